"""Typed dates: what each date in a document means for the measure.

Absolute dates are found first (nlp/dates/finder.py); pairs that make a period become its start
and end (periods.py); every other date is typed from its line, label, title, clause and section
(classify.py). Relative dates ("the twentieth day following that of its publication", "ending
five years after the day on which this Order comes into force") are typed the same way, then
resolved against the document's own dates and marked derived. Measure dates earlier than the
document's own date are restated history and typed `other`. The words of every rule are data:
nlp/data/date_rules.<language>.yaml.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.before_the_quota import effect_before_the_quota_period
from nlp.dates.caption_date import caption_date_yields_to_place_line
from nlp.dates.classify import MEASURE_TYPES, Classifier, Span
from nlp.dates.column_heading import column_heading_repeats_start
from nlp.dates.demotions import demote_before_document_date, demote_history_sections, demote_recitals
from nlp.dates.extended import demote_former_expiry
from nlp.dates.finder import FoundDate, find_dates
from nlp.dates.item_periods import demote_item_periods
from nlp.dates.layout import Layout
from nlp.dates.notice_lists import typed_notice_list
from nlp.dates.number_words import number_value
from nlp.dates.opening_day import opening_day_under_its_period
from nlp.dates.opening_sentence import EXERCISED_POWER
from nlp.dates.periods import chained_periods, find_periods, open_last_stage, opening_outside_period, staged_periods
from nlp.dates.reaching import TIME_OF_DAY
from nlp.dates.record_fields import typed_record_fields
from nlp.dates.recurring import recurring_quarters_as_other
from nlp.dates.relative import RelativePhrase, find_relative, resolve
from nlp.dates.relayed_lead import relayed_lead_as_other
from nlp.dates.replaced import demote_replaced, later_end_substituted, replaced_spans
from nlp.dates.reported_publication import reported_publication, reported_signature
from nlp.dates.restated import demote_restated, restated_spans
from nlp.dates.rules import date_rules
from nlp.dates.stacked import marked_column_types, stacked_column_types
from nlp.dates.stamped import portal_stamps_as_other, timestamp_as_document_date
from nlp.dates.status_notes import later_acts_in_status_notes
from nlp.dates.this_year import this_year_periods
from nlp.dates.xml_elements import xml_element_dates
from nlp.text.layout import Layout as Zones
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences
from nlp.types import DateMention

ANCHOR_TYPES = ("publication", "document_date", "registration")


def extract_dates(
    text: str,
    published: str | None = None,
    jurisdiction: str | None = None,
    sentences: Sentences | None = None,
    zones: Zones | None = None,
) -> list[DateMention]:
    """Typed dates of one document; `published` (YYYY-MM-DD) anchors relative dates when the text
    does not say when it was published; `zones` (the parts of the text) is built when not given."""
    rules = date_rules()
    sentences = sentences or Sentences(text)
    layout = Layout(text, sentences, rules)
    classifier = Classifier(text, layout, rules)
    found = find_dates(text, month_first_slashes=(jurisdiction == "US"))
    columns = stacked_column_types(text, found, rules)
    columns.update(marked := marked_column_types(text, found, rules))
    mentions = _typed_absolute(found, classifier, find_periods(text, found, layout, rules), columns, set(marked))
    mentions += xml_element_dates(text)  # a legislation XML's <Date><YYYY>… elements
    mentions = _dated_by_the_reported_decision(text, mentions, layout)
    anchors = _anchors(mentions, published, reported_publication(text, mentions))
    mentions += _derived(text, classifier, mentions, {**reported_signature(text, mentions), **anchors})
    mentions = this_year_periods(text, mentions, rules.months)
    mentions += _period_ends(text, mentions, rules)
    mentions = open_last_stage(
        text,
        opening_outside_period(
            chained_periods(text, staged_periods(text, recurring_quarters_as_other(text, mentions))), layout
        ),
    )
    mentions = demote_item_periods(text, mentions)
    mentions = demote_before_document_date(mentions, anchors, layout, rules)
    mentions = demote_history_sections(mentions, layout, rules)
    mentions = demote_recitals(mentions, zones or Zones(text))
    mentions = demote_restated(mentions, restated_spans(text, rules), MEASURE_TYPES)
    mentions = later_end_substituted(text, demote_replaced(mentions, replaced_spans(text)))
    mentions = typed_record_fields(text, later_acts_in_status_notes(text, mentions))
    mentions = timestamp_as_document_date(text, portal_stamps_as_other(text, mentions, layout), layout)
    mentions = caption_date_yields_to_place_line(text, mentions)
    mentions = relayed_lead_as_other(mentions, layout)
    mentions = _availability_as_entry_into_force(text, mentions, rules)
    mentions = effect_before_the_quota_period(text, opening_day_under_its_period(text, mentions))
    mentions = typed_notice_list(text, _table_of_dated_documents(text, mentions), rules)
    mentions = column_heading_repeats_start(text, mentions)
    return _deduplicate(demote_former_expiry(mentions))


def _table_of_dated_documents(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A document has one date of its own: a table column 'Date' that gives several (a list of notifications, each
    with its date) dates the rows' documents, not this one; so does one row's date where the document's own date
    stands outside the table (its title or signature: an invoice's row 'XTS-004 | 16 January 2015 | …')."""
    in_rows = [m for m in mentions if m.type == "document_date" and "|" in _line_of(text, m.start)]
    own = {m.date for m in mentions if m.type == "document_date" and "|" not in _line_of(text, m.start)}
    if len({m.date for m in in_rows}) < 2 and not (own and {m.date for m in in_rows} - own):
        return mentions
    rows = {id(m) for m in in_rows}
    return [DateMention("other", m.date, m.text, m.start, m.end, m.derived) if id(m) in rows else m for m in mentions]


def _line_of(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]


AVAILABILITY_REACH = 160


def _availability_as_entry_into_force(text: str, mentions: list[DateMention], rules) -> list[DateMention]:
    """A message about a change that states no entry into force of its own takes effect for filers the day the
    filing system accepts the change ('will be available in ACE as of 7 am, May 3, 2031'). Where it states one,
    the system's readiness is no date of the measure."""
    if not rules.availability or any(m.type == "entry_into_force" for m in mentions):
        return mentions
    for index, mention in enumerate(mentions):
        if mention.type != "other" or mention.derived:
            continue
        before = text[max(0, mention.start - AVAILABILITY_REACH) : mention.start]
        lowered = before.lower()
        if "available" not in lowered and "deployed" not in lowered:
            continue  # the words every availability pattern needs: most dates are read no further
        if any(pattern.search(TIME_OF_DAY.sub(" ", before)) for pattern in rules.availability):
            entry = DateMention("entry_into_force", mention.date, mention.text, mention.start, mention.end)
            return [*mentions[:index], entry, *mentions[index + 1 :]]
    return mentions


def _typed_absolute(
    found: list[FoundDate],
    classifier: Classifier,
    periods: dict[int, str],
    columns: dict[int, tuple[str, ...]],
    marked: set[int],
) -> list[DateMention]:
    mentions = []
    for index, item in enumerate(found):
        if item.cell:
            kinds = (item.cell,)
        elif index in periods:
            kinds = (periods[index],)
        else:
            floor = found[index - 1].end if index else 0
            ceiling = found[index + 1].start if index + 1 < len(found) else None
            kinds = classifier.types(Span(item.start, item.end, floor, ceiling, value=item.date.isoformat()))
            if index in marked or (kinds == ("other",) and index in columns):
                kinds = columns[index]  # a table printed one cell per line: its column's header names the date
            elif kinds == ("other",) and index and _same_kind_as_previous(classifier.text, found[index - 1], item):
                kinds = tuple(m.type for m in mentions if m.start == found[index - 1].start) or kinds
        for kind in kinds:
            mentions.append(DateMention(kind, item.date.isoformat(), item.text, item.start, item.end))
    return mentions


# "(ii)" right before a date: an item of an enumerated list of alternatives
ENUMERATED = re.compile(r"\(\s*(?:[ivx]{1,4}|[a-z]|\d{1,2})\s*\)\s*$")
ITEM_REACH = 200


# only a conjunction between two dates: 'effective on January 1 of 2031 and January 1 of 2032'
CONJOINED = re.compile(r"[ \t]*,?[ \t\n]*(?:and|or)[ \t\n]+(?:on[ \t]+)?", re.I)


def _same_kind_as_previous(text: str, previous: FoundDate, item: FoundDate) -> bool:
    """A date joined to the one before by a bare 'and'/'or', or the next of a list of alternatives: what the
    trigger before the first says of it says of both."""
    return bool(CONJOINED.fullmatch(text, previous.end, item.start)) or _parallel_items(text, previous, item)


def _parallel_items(text: str, previous: FoundDate, item: FoundDate) -> bool:
    """'imported before (i) October 16, 2031, in the case of ..., or (ii) March 13, 2032, in the case of ...': the
    second date of a list of alternatives is of the first one's type."""
    return (
        item.start - previous.end <= ITEM_REACH
        and bool(ENUMERATED.search(text, max(0, item.start - 12), item.start))
        and bool(ENUMERATED.search(text, max(0, previous.start - 12), previous.start))
    )


# "Pursuant to paragraph 41(1)(b) of the Act, the Agency made a final determination on May 5, 2031 respecting ..."
DECISION_ON = guarded(
    r"\b(?:made|initiated|terminated|rendered|issued|rescinded|concluded)\b[^.;]{0,80}?\bon\s*$", re.I
)
DECISION_REACH = 2500  # a statement of reasons opens with the decision it gives reasons for


def _dated_by_the_reported_decision(text: str, mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """A text that bears no date of its own (its signature line "Ottawa," left blank) is dated by the decision
    it opens with: the first sentence in which an authority exercises a power ('pursuant to paragraph 41(1)(b)
    ... made a final determination on <date>')."""
    if any(m.type in ("document_date", "publication") for m in mentions):
        return mentions
    power = EXERCISED_POWER.search(text, 0, DECISION_REACH)
    if power is None:
        return mentions
    start, end = layout.sentences.around(power.start())
    for index, mention in enumerate(mentions):
        if start <= mention.start < end and mention.type == "other":
            if DECISION_ON.search(text, max(start, mention.start - 120), mention.start):
                mentions[index] = DateMention("document_date", mention.date, mention.text, mention.start, mention.end)
            break
    return mentions


def _anchors(mentions: list[DateMention], published: str | None, reported: date | None = None) -> dict[str, date]:
    anchors = {}
    for kind in ANCHOR_TYPES:
        values = [m.date for m in mentions if m.type == kind]
        if values:
            anchors[kind] = date.fromisoformat(values[0])
    if reported and "publication" not in anchors:  # a news item's reported act, published that day
        anchors["publication"] = reported
    if published and "publication" not in anchors:
        anchors["publication"] = date.fromisoformat(published)
    return anchors


def _derived(
    text: str, classifier: Classifier, absolute: list[DateMention], anchors: dict[str, date]
) -> list[DateMention]:
    """Relative dates, resolved in two rounds: first against publication, registration and the
    document's date; then against the entry into force those (or the absolute dates) give."""
    phrases = find_relative(text, classifier.rules)
    typed = [
        (phrase, (phrase.kind,) if phrase.kind else classifier.types(Span(phrase.start, phrase.end, relative=True)))
        for phrase in phrases
    ]
    mentions: list[DateMention] = []
    for phase in ("first", "after_entry_into_force"):
        if phase == "after_entry_into_force":
            entry = _first_entry_into_force(absolute + mentions, min(anchors.values(), default=None))
            if entry is None:
                break
            anchors = {**anchors, "entry_into_force": entry}
        for phrase, kinds in typed:
            if (phrase.anchor == "entry_into_force") != (phase == "after_entry_into_force"):
                continue
            value = resolve(phrase, {**anchors, **_anchor_stated_after(text, phrase, absolute)})
            if value is None:
                continue
            if phrase.period_length and kinds != ("other",):
                kinds, value = ("application_end",), value - timedelta(days=1)  # the period's last day
            for kind in kinds:
                if kind == "entry_into_force" and _has_absolute(absolute, kind, phrase, classifier):
                    continue  # "comes into force on 9 April 2025, but if registered later, on the day..."
                if kind == "entry_into_force" and _unused_fallback(text, phrase, absolute):
                    continue
                mentions.append(DateMention(kind, value.isoformat(), phrase.text, phrase.start, phrase.end, True))
    return mentions


# what may stand between a relative phrase's anchor and the anchor's own date: "10 hari sejak diundangkan pada 14
# Oktober 2031", "ten days after its promulgation on 14 October 2031"
ANCHOR_DATE_LEAD = re.compile(r"[ \t]*(?:,[ \t]*)?(?:pada(?:[ \t]+tanggal)?|on|of|dated)?[ \t]*")


def _anchor_stated_after(text: str, phrase: RelativePhrase, absolute: list[DateMention]) -> dict[str, date]:
    """The anchor's own date where the text writes it right after the anchor (a report of another's act states
    when that act was promulgated): it, not this document's date, is what the phrase counts from."""
    for mention in absolute:
        if mention.start >= phrase.end and ANCHOR_DATE_LEAD.fullmatch(text, phrase.end, mention.start):
            return {phrase.anchor: date.fromisoformat(mention.date)}
    return {}


def _period_ends(text: str, mentions: list[DateMention], rules) -> list[DateMention]:
    """The end of a period stated by its length before or after its start ("extended for five years from 22 May
    2031", "shall apply from 5 June 2031 for six months"): the day before the same date that many years or months
    later. A derived start counts too: "for a period of five years (unless revoked ...) from the date of publication of
    this notification", its publication known."""
    ends = []
    for mention in mentions:
        if mention.type not in PERIOD_STARTS:
            continue
        match = _stated_length(text, mention, rules)
        count = number_value(match["count"]) if match else None
        if count is None:
            continue
        word = match["unit"].lower()
        unit = rules.units.get(word) or word.rstrip("s") + "s"
        phrase = RelativePhrase(mention.start, mention.end, match[0], anchor="", unit=unit, count=count)
        value = resolve(phrase, {"": date.fromisoformat(mention.date)})
        if value is not None:
            # "continues in force after 25 March 2031 for a further five years": the period opens the day after
            exclusive = AFTER_START.search(text, max(0, mention.start - 12), mention.start) is not None
            # a period counted in days from a clock time ends that many days later, at that time
            exclusive = exclusive or bool(match.groupdict().get("clock"))
            end = (value if exclusive else value - timedelta(days=1)).isoformat()
            ends.append(DateMention("application_end", end, mention.text, mention.start, mention.end, True))
    return ends


# a period opens on its start, or on the entry into force of an act that applies for a stated time ("ввести в
# действие с 1 января 2001 г. сроком на 9 месяцев")
PERIOD_STARTS = ("application_start", "entry_into_force")
AFTER_START = re.compile(r"\bafter\s+(?:the\s+)?$", re.I)
PHRASE_OPENING = re.compile(r"(?:(?:from|commencing|starting|beginning|with\s+effect\s+from)\s+)?", re.I)
# "por um prazo de até cinco anos, às importações de pneus, a partir de": the length is far; "for a period of five years
# (unless revoked, ...) from the date of imposition of the provisional ... duty, that is, the": farther
LENGTH_REACH = 230
# the length far after the start, past the goods and their tariff lines:
# "自…起,对…的腈纶(税则号列:…)继续征收反倾销税,…,期限为5年"
LENGTH_AFTER_REACH = 200


def _stated_length(text: str, mention: DateMention, rules) -> re.Match | None:
    before = text[max(0, mention.start - LENGTH_REACH) : mention.start]
    if mention.derived:  # the phrase holds its own "from": "from the date of publication of this notification"
        before += PHRASE_OPENING.match(mention.text).group()
    for pattern in rules.durations:
        match = pattern.search(before)
        if match is not None:
            return match
    after = text[mention.end : mention.end + LENGTH_AFTER_REACH]
    return next((match for pattern in rules.durations_after if (match := pattern.match(after))), None)


def _first_entry_into_force(mentions: list[DateMention], own: date | None) -> date | None:
    """The act's entry into force, which relative dates count from: the first one stated, of those not earlier than the
    act's own dates (an earlier one is a recital's history, demoted later: "On 3 May 2031, a user submitted ...")."""
    floor = own.isoformat() if own else ""
    values = sorted((m.start, m.date) for m in mentions if m.type == "entry_into_force" and m.date >= floor)
    return date.fromisoformat(values[0][1]) if values else None


# "… come into force on the day on which section 40 of the Act comes into force, but if they are registered after
# that day, they come into force on the day on which they are registered": the registration day only if it is later
FALLBACK_BEFORE = re.compile(r"\bif\s+(?:it\s+is|they\s+are)\s+registered\s+after\s+that\s+day\b[^.;]{0,60}$", re.I)


def _unused_fallback(text: str, phrase, absolute: list[DateMention]) -> bool:
    """The registration day a fallback clause gives, where the document states the day of entry into force itself
    (a consolidation's note: '[Note: Regulations in force July 1, 2020, see SI/2020-33.]')."""
    if not FALLBACK_BEFORE.search(text, max(0, phrase.start - 160), phrase.start):
        return False
    return any(m.type == "entry_into_force" and not m.derived for m in absolute)


# "It shall come into force on 1 July 2031, except clauses (9) and (10), which shall have effect from the next day of
# assent": the relative day is the commencement of the provisions excepted, not an alternative to the absolute one
EXCEPTED = re.compile(r"\bexcept\b")


def _has_absolute(mentions: list[DateMention], kind: str, phrase, classifier: Classifier) -> bool:
    start, end = classifier.layout.sentences.around(phrase.start)
    text = classifier.text
    return any(
        m.type == kind
        and start <= m.start < end
        and not m.derived
        and not (m.end <= phrase.start and EXCEPTED.search(text, m.end, phrase.start))
        for m in mentions
    )


def _deduplicate(mentions: list[DateMention]) -> list[DateMention]:
    """Each (type, date) once, at its first mention."""
    seen, result = set(), []
    for mention in sorted(mentions, key=lambda m: m.start):
        key = (mention.type, mention.date)
        if key not in seen:
            seen.add(key)
            result.append(mention)
    return result
