"""Typed dates: what each date in a document means for the measure.

Each absolute date is typed by the words just before it in its clause ("comes into force on",
"Dated:", "until", "period of review"...). Relative dates ("the twentieth day following that of
its publication", "within 30 days of the date of publication") are resolved against the
document's own dates and marked derived. Dates restated from earlier acts, and measure dates
earlier than the document's own date, are typed `other`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.finder import FoundDate, find_dates, iter_ordinal_words, number_value
from nlp.text.sentences import Sentences
from nlp.types import DateMention

# (type, pattern on the clause before the date); the match closest to the date wins.
TRIGGERS = [
    ("publication", r"Federal Register\s*/\s*Vol\.\s*\d+,\s*No\.\s*\d+\s*/\s*(?:\w+day,\s*)?$"),
    ("publication", r"\[?Federal\s+Register\s+Volume\s+\d+,\s+Number\s+\d+\s+\((?:\w+day,\s*)?$"),  # raw text header
    ("publication", r"\b(?:published|publication)\b[^.;]{0,30}\b(?:on|of)\s*$"),
    ("publication", r"(?:^|\n)\s*Published:?\s*$"),  # gov.uk page header "Published 12 March 2024"
    ("other", r"(?:^|\n)\s*(?:Last\s+updated|Updated):?\s*$"),
    ("registration", r"\bRegistration\s*(?:SOR/\d{4}-\d+|SI/\d{4}-\d+)?\s*$|\bregistered\s+on\s*$"),
    ("other", r"\b(?:Consolidation\s+date|current\s+to|last\s+amended\s+on)\s*:?\s*$"),
    ("document_date", r"\bP\.C\.\s*\d{4}-\d+\s*$"),
    (
        "document_date",
        r"(?:^|\n|\.\s)\s*(?:Dated|Signed|Adopted|Done\s+at\s+[A-Z][\w-]+)\s*[:,]?\s*(?:on\s+|this\s+)?$",
    ),
    ("document_date", r"\bTHE\s+WHITE\s+HOUSE,?\s*$"),
    ("document_date", r"\bIN\s+WITNESS\s+WHEREOF\b[^.]*$"),
    (
        "other",
        r"\b(?:Regulation|Decision|Directive|Proclamation|Order|Notice|Act|Agreement|Memorandum|Determination)\b[^.;]{0,60}\bof\s*$",
    ),
    ("other", r"\bFR\s+\d+\s*\(\s*$|\bOJ\s+[LC]\s*\d+[^.;]{0,12}$"),
    ("other", r"\b(?:prior\s+to|(?<!or\s)before|since)\b[^.;]{0,50}$"),
    (
        "comment_deadline",
        r"\b(?:comments?|submissions?|case\s+briefs?|rebuttal|views|representations|objections)\b[^.;]{0,120}\b(?:on\s+or\s+before|by|no\s+later\s+than|not\s+later\s+than|until|before)\b[^.;]{0,40}$",
    ),
    ("expiry", r"\b(?:expire|expires|expiry|lapse|lapses)\b[^.;]{0,40}\b(?:on|at)?\s*$"),
    (
        "application_end",
        r"\b(?:until|through|up\s+to\s+and\s+including|ending\s+on|ends\s+on|to\s+and\s+including)\b[^.;,]{0,50}$",
    ),
    (
        "application_start",
        r"\b(?:apply|applies|applicable|application)\s+(?:from|as\s+from|with\s+effect\s+from)\b[^.;]{0,20}$",
    ),
    (
        "entry_into_force",
        r"\b(?:enter|enters|entered|entry|come|comes|came|coming)\s+into\s+(?:force|effect)\b[^.;]{0,40}$",
    ),
    ("entry_into_force", r"\bin\s+force\s*(?:on|from|as\s+of)?\s*$"),
    ("entry_into_force", r"\b(?:effective|take\s+effect|takes\s+effect|with\s+effect)\b[^.;]{0,40}$"),
    ("entry_into_force", r"\bon\s+or\s+after\b[^.;]{0,60}$"),
    (
        "entry_into_force",
        r"(?:^|\n|DATES:)\s*(?:Applicable|Effective)\s*:?\s*(?:on\s+)?$",
    ),  # FR "DATES: Applicable ..."
    ("entry_into_force", r"\b(?:introduced|implemented|imposed)\s+(?:from|as\s+of|on)\s*$"),
    # French and German (EU acts in FR/DE)
    ("document_date", r"\bFait\s+à\s+[\w-]+,?\s+le\s*$|\bGeschehen\s+zu\s+[\w-]+\s+am\s*$"),
    ("entry_into_force", r"\bentre(?:ra)?\s+en\s+vigueur\s+le\s*$|\btritt\s+am\s*$|\bin\s+Kraft\s+(?:am|ab)\s*$"),
    (
        "application_start",
        r"\b(?:est\s+applicable|s['’]applique)\s+(?:à\s+partir\s+du|à\s+compter\s+du|du)\s*$|\bgilt\s+ab\s+(?:dem\s+)?$",
    ),
    ("application_end", r"\bjusqu['’]au\s*$|\bbis\s+(?:zum\s+)?$"),
]
# Bare "from DATE" says least: it counts only when no more specific words precede the date.
GENERIC_TRIGGERS = [
    ("entry_into_force", r"(?:^|\n|[.:]\s)\s*From\s*$"),
    ("entry_into_force", r"\bfrom\s*$"),
]
TRIGGERS = [(kind, re.compile(pattern, re.I)) for kind, pattern in TRIGGERS]
GENERIC_TRIGGERS = [(kind, re.compile(pattern, re.I)) for kind, pattern in GENERIC_TRIGGERS]
PERIOD = re.compile(r"\bfrom\s*$", re.I)
PERIOD_END = re.compile(r"^\s*(?:to|until|through|-|–)\s*$", re.I)
BACKGROUND = re.compile(
    r"\b(?:period\s+of\s+(?:review|investigation)|review\s+period|investigation\s+period|"
    r"period\s+considered|covered\s+the\s+period|\(POR\)|\(IP\)|\(RIP\)|"
    r"période\s+d['’]enquête|Untersuchungszeitraum)",
    re.I,
)
FUTURE_EVENT = re.compile(
    r"^,?\s[^.]{0,120}\bwill\s+(?:replace|apply|take\s+effect|come\s+into|enter\s+into|be\s+introduced|be\s+implemented|begin|start|commence)",
    re.I,
)
OWN_ACT = re.compile(
    r"\b(?:Regulation|Decision|Directive|Règlement|Verordnung|Beschluss)\s*(?:d['’]exécution\s*)?"
    r"\((?:EU|EC|EEC|UE|CE|Euratom)\)\s*(?:No|n[o°])?\s*(\d+/\d+)",
    re.I,
)
TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?", re.I)
MEASURE_TYPES = {"entry_into_force", "application_start", "application_end", "expiry", "comment_deadline"}

_ORDINALS = "|".join(sorted(iter_ordinal_words(), key=len, reverse=True))
RELATIVE = [
    # "on the twentieth day following that of its publication", "the day following its publication"
    (
        re.compile(
            rf"\b(?:on\s+)?the\s+(?:(?P<ordinal>(?:twenty|thirty)?-?(?:{_ORDINALS}))\s+)?day\s+following\s+"
            r"(?:that\s+of\s+)?(?:the\s+date\s+of\s+)?(?:its|their)\s+publication",
            re.I,
        ),
        "publication",
    ),
    # "within 30 days of the date of publication of this notice", "30 days after the date of this proclamation"
    (
        re.compile(
            r"\b(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+\(\d{1,3}\))?\s+(?:calendar\s+)?days\s+"
            r"(?:after|from|following|of)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?"
            r"(?P<base>publication(?:\s+date)?|this\s+(?:proclamation|order|notice|memorandum|regulation))",
            re.I,
        ),
        None,
    ),
    # "le vingtième jour suivant celui de sa publication", "am zwanzigsten Tag nach ihrer Veröffentlichung"
    (
        re.compile(
            r"\ble\s+(?:(?P<ordinal>[a-zé]+ième|premier)\s+)?jour\s+suivant\s+(?:celui\s+de\s+)?sa\s+publication", re.I
        ),
        "publication",
    ),
    (
        re.compile(
            r"\bam\s+(?:(?P<ordinal>[a-zä]+(?:ten|sten))\s+)?Tag\s+nach\s+(?:seiner|ihrer)\s+Veröffentlichung", re.I
        ),
        "publication",
    ),
    # "effective on the date of publication in the Federal Register", "on the day of its publication"
    (
        re.compile(
            r"\b(?:on\s+)?the\s+(?:date|day)\s+of\s+(?:its\s+|their\s+)?publication(?!\s+of\s+the\s+final)", re.I
        ),
        "publication_day",
    ),
    # "comes into force on the day on which it is registered"
    (re.compile(r"\bon\s+the\s+day\s+on\s+which\s+it\s+is\s+registered", re.I), "registration"),
    # "comes into force on the day on which it is published in the Canada Gazette, Part II"
    (re.compile(r"\bon\s+the\s+day\s+on\s+which\s+it\s+is\s+published", re.I), "publication_day"),
]


def extract_dates(
    text: str, published: str | None = None, jurisdiction: str | None = None, sentences: Sentences | None = None
) -> list[DateMention]:
    """Typed dates of one document; `published` (YYYY-MM-DD) anchors relative dates."""
    sentences = sentences or Sentences(text)
    found = find_dates(text, month_first_slashes=(jurisdiction == "US"))
    own_act = _own_act_number(text)
    mentions = _typed_absolute(text, found, sentences, own_act)
    anchors = _anchors(mentions, published)
    mentions += _relative(text, sentences, mentions, anchors)
    mentions = _demote_before_document_date(mentions, anchors)
    return _deduplicate(mentions)


def _own_act_number(text: str) -> str | None:
    """The act's own number, from its title: before the citations ('Having regard to...') begin."""
    title_zone = re.split(r"Having regard|Vu le|gestützt auf|Whereas", text[:600], maxsplit=1, flags=re.I)[0]
    match = OWN_ACT.search(title_zone)
    return match.group(1) if match else None


def _typed_absolute(text: str, found: list[FoundDate], sentences: Sentences, own_act: str | None) -> list[DateMention]:
    mentions = []
    previous_end = 0
    for index, item in enumerate(found):
        sentence_start, sentence_end = sentences.around(item.start)
        clause = text[max(sentence_start, previous_end, item.start - 160) : item.start]
        if len(clause.strip()) < 20 and sentence_start > previous_end and not _closest_trigger(clause):
            # a date on a short line of its own ("THE WHITE HOUSE,\n\n February 20, 2026.",
            # "Registration\nSOR/2025-118 April 8, 2025"): the line before says what it is
            wider = text[max(previous_end, sentence_start - 160) : item.start]
            clause = wider if _closest_trigger(wider) else clause
        kind = _date_type(text, item, clause, sentences, own_act, found[index + 1 :])
        if kind == "period":
            end_item = found[index + 1]
            mentions.append(DateMention("application_start", item.date.isoformat(), item.text, item.start, item.end))
            mentions.append(
                DateMention("application_end", end_item.date.isoformat(), end_item.text, end_item.start, end_item.end)
            )
        elif kind:
            mentions.append(DateMention(kind, item.date.isoformat(), item.text, item.start, item.end))
        previous_end = item.end
    return _drop_period_ends(mentions)


def _date_type(text, item, clause, sentences, own_act, following) -> str | None:
    sentence_start, sentence_end = sentences.around(item.start)
    sentence = text[sentence_start:sentence_end]
    if own_act and re.search(rf"{re.escape(own_act)}\s+(?:of|du|vom)\s*$", clause):
        return "document_date"
    if item.start < text.find("\n") or (item.start < 200 and "\n" not in text[: item.start]):
        first_line = True
    else:
        first_line = False
    if following and PERIOD.search(clause) and PERIOD_END.match(text[item.end : following[0].start]):
        return "other" if BACKGROUND.search(sentence) else "period"
    if BACKGROUND.search(sentence):
        return "other"
    kind = _closest_trigger(clause)
    if kind:
        return kind
    if re.match(r"\s*On\s*$", clause) and FUTURE_EVENT.match(text[item.end : sentence_end]):
        return "entry_into_force"
    if first_line:
        return "document_date"
    return "other"


def _closest_trigger(clause: str) -> str | None:
    clause = TIME_OF_DAY.sub(" ", clause)  # "12:01 a.m." must not end the clause at its dots
    for triggers in (TRIGGERS, GENERIC_TRIGGERS):
        best, best_start = None, -1
        for kind, pattern in triggers:
            match = pattern.search(clause)
            if match and match.start() > best_start:
                best, best_start = kind, match.start()
        if best:
            return best
    return None


def _drop_period_ends(mentions: list[DateMention]) -> list[DateMention]:
    """A period's end was typed with its start; drop the duplicate typing of the same span."""
    by_span = {}
    for mention in mentions:
        key = (mention.start, mention.end)
        if key not in by_span or mention.type == "application_end":
            by_span[key] = mention
    return sorted(by_span.values(), key=lambda m: m.start)


def _anchors(mentions: list[DateMention], published: str | None) -> dict[str, date]:
    anchors = {}
    for kind in ("publication", "document_date", "registration"):
        values = [m.date for m in mentions if m.type == kind]
        if values:
            anchors[kind] = date.fromisoformat(values[0])
    if published and "publication" not in anchors:
        anchors["publication"] = date.fromisoformat(published)
    return anchors


COUNTED_DAYS_BEFORE = re.compile(r"\bdays?\s+(?:of|after|from|following)\s*$", re.I)
RELATIVE_CUE = re.compile(r"\b(?:days?|date|jour|tag|registered)\b", re.I)


def _relative_matches(text: str):
    """Matches of the relative patterns, searched only around the words they need (days, jour, Tag)."""
    seen = set()
    for cue in RELATIVE_CUE.finditer(text):
        window_start = max(0, cue.start() - 90)
        window_end = min(len(text), cue.end() + 160)
        for pattern, fixed_base in RELATIVE:
            for match in pattern.finditer(text, window_start, window_end):
                if match.span() not in seen and match.start() <= cue.start() < match.end():
                    seen.add(match.span())
                    yield match, fixed_base


def _relative(
    text: str, sentences: Sentences, absolute: list[DateMention], anchors: dict[str, date]
) -> list[DateMention]:
    mentions = []
    for match, fixed_base in _relative_matches(text):
        if fixed_base == "publication_day" and COUNTED_DAYS_BEFORE.search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            continue  # "within 30 days of the date of publication": the counted form covers it
        days, base = _offset_and_base(match, fixed_base)
        anchor = anchors.get(base)
        if anchor is None or days is None:
            continue
        sentence_start, sentence_end = sentences.around(match.start())
        kind = _relative_type(text[sentence_start:sentence_end], text[sentence_start : match.start()])
        if kind == "entry_into_force" and _has_absolute(absolute, "entry_into_force", sentence_start, sentence_end):
            continue  # "comes into force on 9 April 2025, but if registered later, on the day..."
        value = (anchor + timedelta(days=days)).isoformat()
        mentions.append(DateMention(kind, value, match.group(0), match.start(), match.end(), derived=True))
    return sorted(mentions, key=lambda m: m.start)


def _offset_and_base(match: re.Match, fixed_base: str | None) -> tuple[int | None, str]:
    groups = match.groupdict()
    if fixed_base == "registration":
        return 0, "registration"
    if fixed_base == "publication_day":
        return 0, "publication"
    if fixed_base == "publication":
        ordinal = groups.get("ordinal")
        return (_ordinal_value(ordinal) if ordinal else 1), "publication"
    base = groups["base"].lower()
    return number_value(groups["count"]), ("publication" if base.startswith("publication") else "document_date")


FOREIGN_ORDINALS = {
    "premier": 1,
    "deuxième": 2,
    "troisième": 3,
    "septième": 7,
    "dixième": 10,
    "quinzième": 15,
    "vingtième": 20,
    "trentième": 30,
    "dritten": 3,
    "siebten": 7,
    "zehnten": 10,
    "fünfzehnten": 15,
    "zwanzigsten": 20,
    "dreißigsten": 30,
}


def _ordinal_value(word: str) -> int | None:
    from nlp.dates.finder import _ordinal_day  # the same words name days of a month

    return FOREIGN_ORDINALS.get(word.lower()) or _ordinal_day(word)


def _relative_type(sentence: str, before: str) -> str:
    if re.search(
        r"\b(?:comments?|case\s+briefs?|written\s+submissions?|views|request\s+a\s+hearing|hearing\s+requests?)\b",
        sentence,
        re.I,
    ):
        return "comment_deadline"
    if re.search(
        r"\binto\s+(?:force|effect)|\beffective\b|\btake\s+effect|\bappl(?:y|ies)\b|\bvigueur|\btritt\b|\bKraft\b",
        before + sentence[-40:],
        re.I,
    ):
        return "entry_into_force"
    return "other"


def _has_absolute(mentions: list[DateMention], kind: str, start: int, end: int) -> bool:
    return any(m.type == kind and start <= m.start < end and not m.derived for m in mentions)


def _demote_before_document_date(mentions: list[DateMention], anchors: dict[str, date]) -> list[DateMention]:
    """Measure dates before the act was made are restated history, not this act's dates."""
    own = anchors.get("document_date") or anchors.get("publication")
    if own is None:
        return mentions
    result = []
    for mention in mentions:
        if mention.type in MEASURE_TYPES and date.fromisoformat(mention.date) < own:
            mention = DateMention("other", mention.date, mention.text, mention.start, mention.end, mention.derived)
        result.append(mention)
    return result


def _deduplicate(mentions: list[DateMention]) -> list[DateMention]:
    """Each (type, date) once, at its first mention."""
    seen, result = set(), []
    for mention in sorted(mentions, key=lambda m: m.start):
        key = (mention.type, mention.date)
        if key not in seen:
            seen.add(key)
            result.append(mention)
    return result
