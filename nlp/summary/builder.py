"""An operative summary: who does what to which goods from where, from when, and the operative
sentence it rests on. Built from the extracted facts (measure, rate, countries, dates, codes),
never from the first recital. Words: data/summary.json.

    "Canada imposes a 25% retaliatory surtax on motor vehicles from the United States from
     9 April 2025 (35 tariff codes). Motor vehicles that originate in the United States …"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.summary.attach import countries_measure
from nlp.summary.casing import title_case_from_capitals
from nlp.summary.classified import titled_or_classified
from nlp.summary.country_words import country_list, country_name
from nlp.summary.decisions import appeal_decision, declined_remedy, exclusion_count, extension_count
from nlp.summary.destinations import export_destinations
from nlp.summary.goods import goods_defined, goods_named, on_exports
from nlp.summary.headings import expiry_day, heading_act, imposes_by_suspending
from nlp.summary.naming import clip, foreign_title, names_number, states_date
from nlp.summary.operative import (
    OPENING_CHARS,
    content_words,
    is_english,
    operative_sentence,
    plain_operative,
    restates_title,
    worth_quoting,
)
from nlp.summary.partners import partner_rates
from nlp.summary.period import FAVOURS, day, first_date, first_iso, period, start_date
from nlp.summary.phrases import measure_phrase, replaces_ended_basis
from nlp.summary.proceedings import acted_on_codes, as_provisional, opens_review, preliminary_verb, provisional
from nlp.summary.relay_items import dates_of_its_item, export_quota
from nlp.summary.steps import stepped_rates
from nlp.summary.verbs import (
    OPENS_EXCLUSIONS_INQUIRY,
    RENAMES,
    amends_instrument,
    continuation_inquiry,
    distance,
    exclusion_verb,
    in_compound,
    postpones_start,
    renames_company,
    sets_timetable,
    suspends_duty,
    within_investigation,
)
from nlp.summary.words import compiled, words
from nlp.text.acting import ActingSentences
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.patterns import guarded

MAX_CHARS = 450
MAX_EVIDENCE_CHARS = 260
# The measure a summary leads with when a document acts on several.
PRIORITY = (
    "anti_dumping",
    "countervailing",
    "safeguard",
    "retaliation",
    "duty_rate_change",
    "tariff_quota",
    "duty_suspension",
    "preference",
    "remission",
    "sanction",
    "prohibition",
    "exclusion",
    "licensing",
    "sps_tbt",
    "rules_of_origin",
    "nomenclature_change",
    "other",
)
SETS_NO_RATE = (
    "opens an investigation into",
    "opens a review of",
    "decides not to impose",
    "schedules the final phase of an investigation into",
    "opens an inquiry into",
    "ends an investigation into",  # an investigation ended sets no duty: the rates are those of the duty in force
    "ends an investigation into circumvention of",
    "makes imports subject to registration in the investigation into",
    "makes a preliminary determination in the investigation into",  # a finding of injury sets no duty yet
    "issues a final determination in the investigation into",  # the duty waits for the injury finding
    "sets the timetable of a review of",
    "sets the timetable of an investigation into",
    "issues a decision in the investigation into",
    "gives notice of the coming expiry of",  # a notice that duties in force may lapse sets none
    "holds a continuation inquiry into",  # an inquiry whether to keep a duty in force sets none
    RENAMES,  # a company renamed keeps its rate
)


@dataclass
class Facts:
    """What the summary is made of (all already extracted, with their evidence elsewhere)."""

    text: str
    layout: Layout
    acting: ActingSentences
    jurisdiction: str | None
    title: str | None = None
    identifier: str | None = None
    title_span: tuple[int, int] | None = None
    measures: list = field(default_factory=list)  # MeasureMention, most acted on first
    rates: list = field(default_factory=list)  # RateMention
    affected: list = field(default_factory=list)  # CountryMention
    signals: list = field(default_factory=list)  # Signal: every measure mention scanned, with where it stands
    dates: list = field(default_factory=list)  # DateMention
    code_count: int = 0


def summarise(facts: Facts) -> str:
    """One or two sentences; '' when the document carries nothing to summarise."""
    measures = sorted(facts.measures, key=lambda m: (m.type == "other", -m.hits, PRIORITY.index(m.type)))
    actor = _actor(facts)
    found = operative_sentence(facts, measures[0] if measures else None)
    operative = plain_operative(found, actor) if found else None
    if not measures and operative and _names_the_document(operative, facts):
        return clip(operative, MAX_CHARS)  # what the document says it does, naming it
    titled = _titled(facts, measures[0].type if measures else None)
    lead = _lead_sentence(facts, measures, found or "", actor, titled) if measures else _document_sentence(facts, actor)
    if not measures and titled:
        lead = f"{actor} {titled}{_code_count(facts)}."  # 'corrects the wording of language versions of …'
    if not measures and (decided := appeal_decision(facts, actor)):
        lead = decided  # 'The … Tribunal allows an appeal …', never 'Canada issues a notice'
    if (
        operative
        and worth_quoting(operative, lead)
        and not restates_title(operative, facts.title)
        and not _runs_over_title(operative, facts.title)
        and _about_the_document(operative, facts.title, lead)
    ):
        return clip(f"{lead} {clip(_full_stop(operative), MAX_EVIDENCE_CHARS)}".strip(), MAX_CHARS)
    return clip(lead, MAX_CHARS)


def _full_stop(sentence: str) -> str:
    """A list item quoted alone ends as a sentence ('… shall enter into force as from 8 April 2031;')."""
    return sentence[:-1] + "." if sentence.endswith((";", ",")) else sentence


def _names_the_document(sentence: str, facts: Facts) -> bool:
    """Nothing else names the document, or the sentence names its subject line ('The Sensors Advisory
    Committee will meet …' under the subject 'Sensors Advisory Committee')."""
    if not (facts.title or facts.identifier):
        return True
    subject = facts.title and not DOCUMENT_KIND.search(facts.title)
    return bool(subject) and not _runs_over_title(sentence, facts.title) and facts.title.lower() in sentence.lower()


def _runs_over_title(sentence: str, title: str | None) -> bool:
    """The sentence holds the title line as printed in capitals: a web copy ran the gazette header, the title and
    the first article into one line, which names nothing and quotes badly."""
    return bool(title) and title.isupper() and title in sentence


def _about_the_document(sentence: str, title: str | None, lead: str) -> bool:
    """The sentence shares a word with the title or the lead: a page that opens inside the previous notice
    ('However, the attorney did not verify …' above 'Frozen Shrimp From …; Scheduling of Reviews') or a
    paragraph on the complaint's file quotes nothing about what the document does."""
    if not title:
        return True  # nothing states what the document is about: the lead alone is too thin to judge by
    return bool(content_words(sentence) & (content_words(title) | content_words(lead)))


def _titled(facts: Facts, kind: str | None) -> str | None:
    """What the title names the act as doing, read once for both leads: a document with no measure, or one whose
    lead measure ('other', a nomenclature change) says less than its title ('classifies goods in …')."""
    return titled_or_classified(facts.title, facts.text, kind)


def _lead_sentence(facts: Facts, measures: list, operative: str, actor: str, titled: str | None) -> str:
    vocabulary = words()
    primary = measures[0]
    if primary.type == "exclusion":
        return _exclusion_sentence(facts, measures)
    verb = (
        declined_remedy(primary.type, _operative_text(facts), facts.text)
        or continuation_inquiry(primary.type, facts.text)
        or postpones_start(_operative_text(facts))
        or amends_instrument(facts.title)
        or _title_verb(facts.title, primary.type)
        or heading_act(primary.type, facts.text)
        or sets_timetable(primary.type, _operative_text(facts))
        or opens_review(primary.type, _operative_text(facts))
        or vocabulary["measures"][primary.type].get("verb")
        or suspends_duty(primary.type, _operative_text(facts))
        or _verb(facts, primary)
    )
    verb = renames_company(primary.type, verb, facts.text, _articles(facts)) or verb
    verb = within_investigation(verb, primary, facts)
    verb = imposes_by_suspending(verb, primary.type, facts.text[slice(*facts.acting.sentence_at(primary.start))])
    verb = preliminary_verb(verb, primary.type, _operative_text(facts))
    if verb in ("ends", "removes") and replaces_ended_basis(primary.type, _operative_text(facts)):
        verb = "imposes"  # one basis ends, another begins: the summary names the one that begins
    rates = [] if verb in SETS_NO_RATE else _lead_rates(facts)  # an investigation opened sets no duty yet
    partners = partner_rates(facts.text, rates, facts.affected)
    rates = partners.duty_rates
    exports = on_exports(facts.title)
    steps = stepped_rates(rates, facts.dates, facts.text)  # '5% until 31 December 2025, then 10% from …'
    phrase = measure_phrase(primary.type, [] if steps else rates, facts.text, _operative_text(facts), verb)
    phrase += f" of {steps}" if steps else ""
    if verb == "imposes" and provisional(primary.type, _operative_text(facts)):
        phrase = as_provisional(phrase)
    if exports and primary.type == "tariff_quota":
        phrase = "an export quota"  # a ceiling on what leaves, never a quota on imports
    parts = [actor, verb, phrase]
    if titled:
        parts = [actor, titled]  # 'classifies goods in the Combined Nomenclature', never 'changes commodity codes'
    goods = goods_named(facts.title or "") or goods_named(operative) or goods_defined(facts.text)
    # favoured by a drawback: no goods' origin (an act on exports names its destinations: 'on exports to …')
    destinations = set() if exports else export_destinations(facts.text, facts.affected)
    origins = [c for c in acted_on_codes(facts, verb in ("amends", RENAMES), verb == "ends") if c not in destinations]
    countries = country_list(origins) if facts.affected and origins else None
    elsewhere = countries_measure(facts.text, facts.signals, facts.affected, [m.type for m in measures])
    if elsewhere or partners.partners_only:
        countries = None  # named with another measure (the 'it also concerns' part pairs them), or favoured
    if exports:
        on = "for exports" if primary.type == "tariff_quota" else "on exports"  # 'an export quota for exports of …'
        parts.append((f"{on} of {goods}" if goods else on) + (f" to {countries}" if countries else ""))
    elif goods:
        parts.append(f"on {goods}" + (f" from {countries}" if countries else ""))
    elif countries:  # 'on imports from China', never 'a duty from China'
        goods_word = "goods" if primary.type == "prohibition" else "imports"  # 'an import ban on goods from Canada'
        parts.append(f"{'for' if primary.type in FAVOURS else 'on'} {goods_word} from {countries}")
    if partners.partners_only:
        parts.append(f"(a rate of their own for products of {country_list([m.code for m in facts.affected])})")
    its_dates = dates_of_its_item(facts.dates, facts.text, primary.start)  # a relay's other story has its own
    parts.append("" if steps else expiry_day(verb, facts) or period(its_dates, verb, primary.type))
    sentence = " ".join(part for part in parts if part) + _code_count(facts)
    others = [export_quota(m, facts.text) or _other_measure(m.type, elsewhere, facts) for m in measures[1:3]]
    if others:
        sentence += f"; it also concerns {' and '.join(others)}"
    return sentence + "."


def _other_measure(kind: str, elsewhere: str | None, facts: Facts) -> str:
    """'a duty on imports from Belarus and Russia': a measure the document also acts on, with its countries."""
    phrase = words()["measures"][kind]["phrase"]
    if kind != elsewhere:
        return phrase
    return (
        f"{phrase} {'for' if kind in FAVOURS else 'on'} imports from {country_list([m.code for m in facts.affected])}"
    )


def _code_count(facts: Facts) -> str:
    return f" ({facts.code_count} tariff code{'s' if facts.code_count != 1 else ''})" if facts.code_count else ""


def _document_sentence(facts: Facts, actor: str) -> str:
    """What a document that enacts no measure is: 'South Africa issues Notification of laws … (G/ADP/N/9)
    of 20 January 2031', 'Australia's Minister for Industry issues a notice on steel rails from Japan of
    3 May 2031', 'New Zealand issues Customs Import Prohibition Order 2031 (SR 2031/5), in force …'."""
    name = _document_name(facts)
    if not name:
        return ""
    issued = first_iso(facts.dates, ("document_date",))
    parts = [actor, "issues", name]
    if issued and not states_date(name, issued):
        parts.append(f"of {day(issued)}")
    runs = period(facts.dates, "", "")
    if runs:
        parts[-1] += f", in force {runs}"
    return " ".join(parts) + _code_count(facts) + "."


def _document_name(facts: Facts) -> str:
    """The document as its title and number name it; a title that names goods, by its goods."""
    title = facts.title if facts.title and is_english(facts.title) else None
    goods = goods_named(title or "")
    if goods:
        countries = country_list([m.code for m in facts.affected]) if facts.affected else None
        return f"a notice on {goods}" + (f" from {countries}" if countries else "")
    if title and sum(c.isupper() for c in title) > 0.6 * sum(c.isalpha() for c in title):
        title = title_case_from_capitals(title)
    if title and not DOCUMENT_KIND.search(title):  # a subject line, not an act's name
        title = f"a notice, ‘{title}’"
    if title and facts.identifier and not names_number(title, facts.identifier):
        return f"{title} ({facts.identifier})"
    return title or facts.identifier or foreign_title(facts.title)


DOCUMENT_KIND = guarded(
    r"\b(?:Order|Regulations?|Rules|Notice|Notification|Decision|Resolution|Act|Proclamation|Decree|Directive|"
    r"Circular|Determination|Direction|Instrument|Bill|Law|Memorandum|Message|Schedule|Announcement|Bulletin|Perintah|Resoluci[oó]n|"
    r"Resolu[çc][ãa]o|Decreto|D[ée]cret|Arr[êe]t[ée]|Verordnung|Beschluss|Portaria|Acuerdo|Ley|Lei|Loi)\b",
    re.I,
)


def _exclusion_sentence(facts: Facts, measures: list) -> str:
    """'USTR extends product exclusions from the Section 301 duties on China until 29 November 2025':
    what the exclusions are carved out of, whose goods, and until when they run."""
    scope = _operative_text(facts)
    verb = exclusion_verb(facts)
    base = next((phrase for source, phrase in words()["exclusion_from"] if compiled(source).search(facts.text)), None)
    count, extended = exclusion_count(scope), extension_count(scope)
    verb, count = ("extends", extended) if extended else (verb, count)  # what it extends, not what was granted
    parts = [_actor(facts), verb, f"{count} product exclusions" if count else "product exclusions"]
    if base:
        parts.append(f"from {base}")
    if facts.affected:
        parts.append(f"on {'goods from ' if not base else ''}{country_list([m.code for m in facts.affected])}")
    end, start = first_date(facts.dates, ("application_end",)), start_date(facts.dates)
    if end and verb in ("extends", "grants", "reinstates"):
        parts.append(f"until {end}")
    elif start:
        parts.append(f"from {start}")
    sentence = " ".join(parts)
    if verb != OPENS_EXCLUSIONS_INQUIRY:  # an inquiry opened decides on no goods yet
        sentence += _code_count(facts)
    return sentence + "."


def _operative_text(facts: Facts) -> str:
    """The title and the operative parts: where what the document does is said."""
    spans = facts.layout.spans(OPERATIVE - {"annex"})
    return " ".join([facts.title or ""] + [facts.text[start:end] for start, end in spans])


def _articles(facts: Facts) -> str:
    """The operative parts alone, without the title (whose cited act may name a review)."""
    after = facts.title_span[1] if facts.title_span else 0
    spans = facts.layout.spans(OPERATIVE - {"annex"})
    return " ".join(facts.text[max(start, after) : end] for start, end in spans if end > after)


def _actor(facts: Facts) -> str:
    """Who acts: told by the title first ('Council Decision …'), else by the opening; an office that
    signs in the first person ('I, JANE ROE, Minister for Trade, …') in any jurisdiction."""
    actors = words()["actors"]
    country = _country_actor(facts.jurisdiction)
    cued = actors.get(facts.jurisdiction or "", []) + actors["*"]
    for place in (facts.title or "", facts.text[:OPENING_CHARS]):
        for cue, actor in cued:
            if cue and (match := compiled(cue).search(place)):
                return actor.format(country=country, **match.groupdict())
    return next((actor for cue, actor in cued if not cue), country)


def _country_actor(jurisdiction: str | None) -> str:
    if jurisdiction and len(jurisdiction) == 2:  # 'India', 'The Philippines', never 'IN'
        name = country_name(jurisdiction)
        return name[0].upper() + name[1:]
    return jurisdiction or "The authority"


def _verb(facts: Facts, primary) -> str:
    """The verb acting on the main measure: in its evidence sentence, the known verb nearest
    before the measure's words (else the nearest after)."""
    if primary.where == "legal_basis":
        return "imposes" if facts.rates else "announces"
    if primary.where == "title" and facts.title_span:
        start, end = facts.title_span
    else:
        start, end = facts.acting.sentence_at(primary.start)
        start = max(start, facts.layout.zone_start(primary.start))
    lowered, at, own = facts.text[start:end].lower(), primary.start - start, primary.end - start
    found = [
        (distance(at, m.start()), verb)
        for source, verb in words()["verbs"]
        for m in compiled(source).finditer(lowered)
        if verb != "excludes goods from" or not at <= m.start() < own  # 'exemptions from duty' is the measure
        if not in_compound(lowered, m.start())
    ]
    return min(found)[1] if found else "announces"


def _title_verb(title: str | None, kind: str) -> str | None:
    """What the title says the document does ('…: Rescission of Antidumping Duty Administrative Review',
    'Regulation … amending Regulation … imposing …'): the earliest action named after the title's last
    ': ', else anywhere in it. Not for notices of plain customs changes, whose verb is fixed."""
    if not title or kind in ("other", "nomenclature_change"):
        return None
    action = title.rsplit(": ", 1)[-1]
    found = [
        (m.start(), index, verb)
        for index, (source, verb) in enumerate(words()["title_verbs"])
        for m in compiled(source).finditer(action)
        if not in_compound(action, m.start())
    ]
    return min(found)[2] if found else None


def _lead_rates(facts: Facts) -> list:
    """The rates the summary may quote. Rates that all stand in clauses the act restates ("clause 2 is
    amended to read: … 25 percent … 50 percent …") and differ are the earlier measure's, rewritten
    around what the act changes (an exemption for one country, say): quoting their range would say
    the act sets them."""
    restated = [r for r in facts.rates if facts.layout.in_restatement(r.start)]
    if restated and len(restated) == len(facts.rates) and len({(r.value, r.unit) for r in restated}) > 1:
        return []
    return facts.rates
