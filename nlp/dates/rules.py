"""The date-typing rules of every language, read once from nlp/data/date_rules.*.yaml.

The files hold the words; this module compiles them. Each language's rules are used on every
text: bilingual texts mix languages, and one language's words do not occur in another's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

from nlp.dates.rule_phrases import with_phrases
from nlp.text.needed_words import NeededWords, finditer_of
from nlp.text.patterns import guarded, required_words
from nlp.text.prefilter import scan_gated_builder
from nlp.text.scan_sets import ScanSet

FLAGS = re.IGNORECASE
# the keys of a rule file that each add one pattern to the list of the same name
GUARDED_LISTS = (
    "restated availability recent_changes amendment_notices listed_act_effects issue_headers "
    "headline_entries told_entries announced"
).split()


@dataclass(frozen=True)
class Trigger:
    """Words that give a date its type when they stand close enough to it."""

    types: tuple[str, ...]
    pattern: re.Pattern
    within: int = 40
    requires: re.Pattern | None = None
    unless: re.Pattern | None = None

    def admits(self, sentence: str) -> bool:
        if self.requires is not None and not self.requires.search(sentence):
            return False
        return self.unless is None or not self.unless.search(sentence)


@dataclass(frozen=True)
class LineRule:
    types: tuple[str, ...]
    pattern: re.Pattern


@dataclass(frozen=True)
class RelativeRule:
    pattern: re.Pattern
    unit: str | None  # days, weeks, months, years; None: read from the `unit` group
    count: int | None  # None: read from the `count` or `ordinal` group (1 when neither is there)
    sign: int
    kind: str | None = None  # the date's type when the phrase itself says it ('coming into effect the next day')


@dataclass(frozen=True)
class LeadIn:
    pattern: re.Pattern
    operative: re.Pattern
    past: re.Pattern
    ending: re.Pattern | None = None  # "On 14 June 2027, the measure ... will end": the measure's end
    starting: re.Pattern | None = None  # "From 18 October 2027 HMRC will begin registering ...": a period's start
    described: re.Pattern | None = None  # a relative clause on the subject ("the duties that were imposed"): no tense


@dataclass(eq=False)  # one instance, hashed by identity (cached patterns are built from it)
class DateRules:
    months: dict[str, int] = field(default_factory=dict)
    year_first: list[str] = field(default_factory=list)  # what follows a year in a year-first date (finder.py)
    dense_months: dict[str, int] = field(default_factory=dict)  # read only between a day and a year: "30 out 2025"
    ordinals: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # a length's unit word -> days, weeks, months, years
    short_year_labels: list[str] = field(default_factory=list)  # a date line's labels (short_year_lines.py)
    glued_labels: list[str] = field(default_factory=list)  # a record's labels a copy glues to a month (finder.py)
    title_act_amenders: list[str] = field(default_factory=list)  # verbs before an amended act (title_acts.py)
    masthead_words: list[str] = field(default_factory=list)  # a news masthead line's word for news (bylines.py)
    before: list[Trigger] = field(default_factory=list)
    fallback: list[Trigger] = field(default_factory=list)
    after: list[Trigger] = field(default_factory=list)
    # ... without the triggers written in other scripts (Cyrillic, Arabic, Thai, Korean, Japanese, Chinese): what a text
    # in none of them is read with (their words cannot be looked up in one pass, so they would be tried everywhere)
    latin_before: list[Trigger] = field(default_factory=list)
    latin_after: list[Trigger] = field(default_factory=list)
    leadins: list[LeadIn] = field(default_factory=list)
    labels: list[LineRule] = field(default_factory=list)
    lines: list[LineRule] = field(default_factory=list)
    sections: list[LineRule] = field(default_factory=list)
    inline_sections: list[LineRule] = field(default_factory=list)  # block labels inside a flattened page
    period_openings: list[re.Pattern] = field(default_factory=list)
    period_joinings: list[re.Pattern] = field(default_factory=list)
    period_bare: list[re.Pattern] = field(default_factory=list)
    period_appositive: list[re.Pattern] = field(default_factory=list)  # "<date>, effective date of X, to <date>"
    period_columns: list[re.Pattern] = field(default_factory=list)  # a header line naming start and end columns
    period_in_force: list[re.Pattern] = field(default_factory=list)  # an act in force from its start until its end
    period_column: list[re.Pattern] = field(default_factory=list)  # a header line whose last column holds a period
    history_sections: list[str] = field(default_factory=list)  # "BACKGROUND": earlier acts restated (sources)
    background: list[re.Pattern] = field(default_factory=list)
    retroactive: list[re.Pattern] = field(default_factory=list)  # periods of importation that may predate the act
    conditions: list[re.Pattern] = field(default_factory=list)  # the goods' journey ("loaded ... on or after")
    unasserted: list[re.Pattern] = field(default_factory=list)  # "would take effect on": no date this act sets
    restated: list[re.Pattern] = field(default_factory=list)  # "... is revised to read as follows:" (restated.py)
    availability: list[re.Pattern] = field(default_factory=list)  # "available in ACE as of": a filing system's day
    recent_changes: list[re.Pattern] = field(default_factory=list)  # "has been reinstated with effect from" (recent.py)
    amendment_notices: list[re.Pattern] = field(default_factory=list)  # "advise of an amendment to" (recent.py)
    listed_act_effects: list[re.Pattern] = field(default_factory=list)  # "SOR/2029-56. (Effective on" (listed_acts.py)
    issue_headers: list[re.Pattern] = field(default_factory=list)  # a journal's issue line, its date below it
    notice_lists: list[re.Pattern] = field(default_factory=list)  # a list of gazette notices' header (notice_lists.py)
    headline_entries: list[re.Pattern] = field(default_factory=list)  # "Agreement enters into force" heading news
    announced: list[re.Pattern] = field(default_factory=list)  # a history section's "will apply as of" (demotions.py)
    told_entries: list[re.Pattern] = field(default_factory=list)  # "entered into force on": its date told in the past
    history_heading: re.Pattern | None = None
    # a proclamation's numbered recitals, from "A PROCLAMATION" to "NOW, THEREFORE": earlier acts restated
    recitals: list[tuple[re.Pattern, re.Pattern]] = field(default_factory=list)
    relative: list[RelativeRule] = field(default_factory=list)
    relative_cues: list[str] = field(default_factory=list)  # words every relative phrase of a language has
    durations: list[re.Pattern] = field(default_factory=list)  # "for five years from <date>": a period's length
    durations_after: list[re.Pattern] = field(default_factory=list)  # "from <date> for six months"
    title_acts: list[re.Pattern] = field(default_factory=list)
    anchor_kinds: list[tuple[str, re.Pattern]] = field(default_factory=list)
    _needed: dict[str, tuple[list, NeededWords]] = field(default_factory=dict, repr=False)
    _scanned: dict[str, tuple[list, ScanSet]] = field(default_factory=dict, repr=False)

    def needed_words(self, name: str) -> NeededWords:
        """The words the patterns of the list `name` need: built once, again if the list was changed."""
        items = getattr(self, name)
        known = self._needed.get(name)
        if known is None or known[0] is not items or known[1].count != len(items):
            known = self._needed[name] = (items, NeededWords([_pattern_of(item) for item in items]))
        return known[1]

    def possible(self, name: str, text: str) -> list[int]:
        """Indexes, in order, of the patterns of the list `name` that may match in the short `text` (a line): those
        whose supersets one Hyperscan scan of it finds (a needed-word lookup of a line rules out few of 40 rules),
        else those one of whose needed words it holds."""
        items = getattr(self, name)
        known = self._scanned.get(name)
        if known is None or known[0] is not items or known[1].count != len(items):
            known = self._scanned[name] = (items, ScanSet([_pattern_of(item) for item in items]))
        found = known[1].occurring(text)
        return sorted(found) if found is not None else self.needed_words(name).possible(text)

    def triggers_for(self, text: str) -> tuple[list[Trigger], list[Trigger]]:
        """The triggers before and after a date that can be found in `text`."""
        if OTHER_SCRIPT.search(text):
            return self.before, self.after
        return self.latin_before, self.latin_after

    def anchor_kind(self, words: str) -> str | None:
        """What a relative date is counted from: publication, registration, entry_into_force..."""
        for kind, pattern in self.anchor_kinds:
            if pattern.search(words):
                return kind
        return None

    def is_background(self, sentence: str) -> bool:
        return self.needed_words("background").search_any(sentence)

    def is_retroactive(self, sentence: str) -> bool:
        return self.needed_words("retroactive").search_any(sentence)

    def is_issue_header(self, line: str) -> bool:
        return any(pattern.search(line) for pattern in self.issue_headers)

    def is_condition(self, clause: str) -> bool:
        """Whether the clause before a date makes it a condition on the goods, not the measure's date."""
        return self.needed_words("conditions").search_any(clause)

    def is_unasserted(self, clause: str) -> bool:
        """Whether the clause before a date only supposes, asks for or proposes it, or tells of a deadline passed
        ("would take effect on", "requested that the duties apply from", "were due on"): no date of this act."""
        return self.needed_words("unasserted").search_any(clause)

    def reports_its_headline(self, headline: str, clause: str) -> bool:
        """Whether a news item's headline announces a treaty's entry into force and the clause before a date tells it
        in the past ("Agreement enters into force" / "The Agreement entered into force on <date>"): the item's event."""
        return any(p.search(clause) for p in self.told_entries) and any(
            p.search(headline) for p in self.headline_entries
        )

    def is_qualified(self, clause: str) -> bool:
        """Whether the clause before a date makes it no date of this act: a condition on the goods, or unasserted."""
        return self.is_condition(clause) or self.is_unasserted(clause)


def _pattern_of(item: re.Pattern | Trigger | LineRule | RelativeRule) -> re.Pattern:
    return item if isinstance(item, re.Pattern) else item.pattern


# letters of the scripts some rule files are written in: Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali, Thai,
# Lao, Myanmar, Georgian, Khmer, kana, CJK ideographs, Hangul
OTHER_SCRIPT = re.compile(
    r"[\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff"
    r"\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
# the languages with a rules file; the EU's other official languages (from "sv") hold the formulas every act repeats;
# Azerbaijani (Cabinet decisions) is written in Latin letters and read with the English pipeline
LANGUAGES = tuple(
    "en fr de es ms vi tr ru uk af zh no is it nl ar he ko ja th pl cs fi"
    " sv da pt ro el hu sk sl hr bg lt lv et mk sr az hi bn kk uz mn ka hy sq fa sw".split()
)


@cache
def date_rules() -> DateRules:
    rules = DateRules()
    for lang in LANGUAGES:
        data = yaml.safe_load(resources.files("nlp").joinpath(f"data/date_rules.{lang}.yaml").read_text("utf-8"))
        _add_language(rules, with_phrases(data))
    latin = [trigger for trigger in rules.before if not _in_other_script(trigger)]
    rules.before, rules.latin_before, rules.fallback = _merged(rules.before), _merged(latin), _merged(rules.fallback)
    rules.after = [_guarded(trigger) for trigger in rules.after]
    rules.latin_after = [trigger for trigger in rules.after if not _in_other_script(trigger)]
    for name in ("background", "retroactive", "conditions", "unasserted", "title_acts"):
        setattr(rules, name, [guarded(p.pattern, p.flags) for p in getattr(rules, name)])
    # every language's history headings in one multi-line pattern, case as written (a case-blind pass is slower)
    rules.history_heading = re.compile("|".join(f"(?:{source})" for source in rules.history_sections), re.M)
    for trigger in (*rules.before, *rules.latin_before, *rules.fallback):
        finditer_of(trigger.pattern)  # a long alternation's alternatives compiled with the rules, not at a first date
    return rules


@scan_gated_builder
@cache
def _scanned_title_acts() -> tuple[re.Pattern, ...]:
    """Every language's act words, registered with the scan gate (a text holds one language's or two)."""
    return tuple(date_rules().title_acts)


@scan_gated_builder
@cache
def _scanned_whole_text_lists() -> tuple[re.Pattern, ...]:
    """The lists searched over a whole text (whether a notice advises of amendments, a notice list's header),
    registered with the scan gate: a text none of whose scan finds is not searched (nlp.text.patterns.may_match)."""
    rules = date_rules()
    return (*rules.amendment_notices, *rules.notice_lists)


def _in_other_script(trigger: Trigger) -> bool:
    """Whether a trigger is written in a script other than Latin and needs no Latin word."""
    return bool(OTHER_SCRIPT.search(trigger.pattern.pattern)) and required_words(trigger.pattern) is None


def _guarded(trigger: Trigger) -> Trigger:
    return replace(trigger, pattern=guarded(trigger.pattern.pattern, trigger.pattern.flags))


def _merged(triggers: list[Trigger]) -> list[Trigger]:
    """Triggers that differ only in their words become one pattern: the same answer, fewer scans."""
    groups: dict[tuple, list[Trigger]] = {}
    for trigger in triggers:
        key = (trigger.types, trigger.within, _source(trigger.requires), _source(trigger.unless))
        groups.setdefault(key, []).append(trigger)
    merged = []
    for same in groups.values():
        pattern = "|".join(f"(?:{trigger.pattern.pattern})" for trigger in same)
        merged.append(Trigger(same[0].types, guarded(pattern, FLAGS), same[0].within, same[0].requires, same[0].unless))
    return merged


def _source(pattern: re.Pattern | None) -> str | None:
    return pattern.pattern if pattern is not None else None


def _add_language(rules: DateRules, data: dict) -> None:
    rules.months.update(data.get("months") or {})
    rules.year_first += data.get("year_first") or []
    rules.dense_months.update(data.get("dense_months") or {})
    rules.ordinals.update(data.get("ordinals") or {})
    rules.numbers.update(data.get("numbers") or {})
    rules.units.update(data.get("units") or {})
    rules.short_year_labels += data.get("short_year_labels") or []
    rules.glued_labels += data.get("glued_labels") or []
    rules.title_act_amenders += data.get("title_act_amenders") or []
    rules.masthead_words += data.get("masthead_words") or []
    rules.before += [_trigger(item) for item in data.get("before") or []]
    rules.fallback += [_trigger(item) for item in data.get("fallback") or []]
    rules.after += [_trigger(item) for item in data.get("after") or []]
    rules.labels += [_line_rule(item, anchored=True) for item in data.get("labels") or []]
    rules.lines += [_line_rule(item) for item in data.get("lines") or []]
    rules.sections += [_line_rule(item) for item in data.get("sections") or []]
    # case as written (capitals): a case-blind pass over every character of a long text is slower
    rules.inline_sections += [
        LineRule(_types(item), re.compile(item["pattern"])) for item in data.get("inline_sections") or []
    ]
    if data.get("leadin"):
        leadin = data["leadin"]
        # an opening "On" is capitalised: a wrapped line that starts with "on" opens nothing
        rules.leadins.append(
            LeadIn(
                guarded(leadin["pattern"]),
                guarded(leadin["operative"], FLAGS),
                guarded(leadin["past"], FLAGS),
                guarded(leadin["ending"], FLAGS) if leadin.get("ending") else None,
                guarded(leadin["starting"], FLAGS) if leadin.get("starting") else None,
                guarded(leadin["described"], FLAGS) if leadin.get("described") else None,
            )
        )
    periods = data.get("periods") or {}
    for key, target in (
        ("opening", "period_openings"),
        ("joining", "period_joinings"),
        ("bare", "period_bare"),
        ("appositive", "period_appositive"),
        ("columns", "period_columns"),
        ("in_force", "period_in_force"),
        ("column", "period_column"),
    ):
        if periods.get(key):
            getattr(rules, target).append(guarded(periods[key], FLAGS))
    if data.get("title_acts"):
        rules.title_acts.append(re.compile(rf"\b(?:{data['title_acts']})\b", FLAGS))
    for key in ("background", "hypothetical"):
        if data.get(key):
            rules.background.append(re.compile(data[key], FLAGS))
    if data.get("history_sections"):
        rules.history_sections.append(data["history_sections"])
    if data.get("recitals"):
        recitals = data["recitals"]
        rules.recitals.append((re.compile(recitals["start"], re.M), re.compile(recitals["end"], re.M)))
    for key in ("retroactive", "conditions", "unasserted"):  # guarded with the other languages' (date_rules)
        if data.get(key):
            getattr(rules, key).append(re.compile(data[key], FLAGS))
    for key in GUARDED_LISTS:
        if data.get(key):
            getattr(rules, key).append(guarded(data[key], FLAGS))
    if data.get("notice_lists"):
        rules.notice_lists.append(re.compile(data["notice_lists"], FLAGS | re.M))
    anchors = data.get("anchors") or {}
    for kind, words in (anchors.get("kinds") or {}).items():
        rules.anchor_kinds.append((kind, guarded(words, FLAGS)))
    numbers, ordinals = _alternation(data.get("numbers") or {}), _alternation(data.get("ordinals") or {})
    words = {
        "{ordinal}": rf"(?:\d{{1,3}}(?:st|nd|rd|th|e|ème|\.)|(?:{numbers}[-\s])?{ordinals})",
        "{number}": rf"(?:{numbers}[-\s])?{numbers}",
        "{anchor}": anchors.get("pattern", "(?!)"),
    }
    rules.relative += [_relative_rule(item, words) for item in data.get("relative") or []]
    rules.relative_cues += data.get("relative_cues") or []
    rules.durations += [_relative_rule({"pattern": item}, words).pattern for item in data.get("durations") or []]
    rules.durations_after += [
        _relative_rule({"pattern": item}, words).pattern for item in data.get("durations_after") or []
    ]


def _trigger(item: dict) -> Trigger:
    return Trigger(
        types=_types(item),
        pattern=re.compile(item["pattern"], FLAGS),
        within=item.get("within", 40),
        # searched in the whole sentence of every date the trigger is near: skipping ahead to their first characters
        requires=guarded(item["requires"], FLAGS) if item.get("requires") else None,
        unless=guarded(item["unless"], FLAGS) if item.get("unless") else None,
    )


def _line_rule(item: dict, anchored: bool = False) -> LineRule:
    pattern = rf"(?:{item['pattern']})" if not anchored else rf"^(?:{item['pattern']})$"
    return LineRule(_types(item), re.compile(pattern, FLAGS))


def _types(item: dict) -> tuple[str, ...]:
    if "types" in item:
        return tuple(item["types"])
    return (item["type"],) if item.get("type") else ()


def _relative_rule(item: dict, words: dict[str, str]) -> RelativeRule:
    pattern = item["pattern"]
    for placeholder, alternation in words.items():
        pattern = pattern.replace(placeholder, alternation)
    return RelativeRule(
        guarded(pattern, FLAGS), item.get("unit"), item.get("count"), item.get("sign", 1), item.get("type")
    )


def _alternation(words: dict[str, int]) -> str:
    """Longest words first, so that 'seventeenth' is not read as 'seven'."""
    names = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return f"(?:{'|'.join(names)})" if names else "(?!)"
