"""Duty rates and amounts: ad valorem ('25 percent ad valorem', '35%'), specific ('EUR 0.5/kg',
'$1.50 per kg', '25 dollars per postal item'), minimum import prices and company rates in
anti-dumping tables, each with its evidence span and what it applies to where the text says.

A number is a rate when duty words stand in its sentence, the sentence before it, or its
table's header, and it is not a margin, a market share or a product specification. Rates come
from the operative part; a proclamation that states its rate only in its recitals ('increasing
the column 2 rates of duty to 35 percent') gets those; a message or an order whose only rates stand in its
BACKGROUND section (a CSMS message guiding on 'rates will increase to 25 percent', an order modifying the scope of
'an additional ad valorem duty rate of 40 percent') gets those. A recital or background sentence that narrates an
earlier act's or a court's doing gives none (nlp/text/narrated.py). Words: data/rates.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from nlp.rates.amounts import duty_amount_columns
from nlp.rates.arrows import arrow_rates
from nlp.rates.cells import (
    ex_tariff_rate_cells,
    flattened_rate_cells,
    in_a_list_of_shares,
    introduced_cell,
    introduced_row,
    list_introduction,
    numbered_line_cell,
    numbered_row_cell,
)
from nlp.rates.columns import amount_unit_currency_rows
from nlp.rates.composition import a_share_of_the_goods
from nlp.rates.currency_columns import currency_column_cells
from nlp.rates.examples import an_example
from nlp.rates.increments import an_increment
from nlp.rates.kinds import amended_column_role, kind_of, margin_nearer, role_of
from nlp.rates.named_columns import percent_column_rows, rate_column_cells
from nlp.rates.not_duties import a_proposed_rate, another_charges_rate, not_a_duty
from nlp.rates.prefixed import prefixed_percents
from nlp.rates.quoted import ordered_row_duties, quoted_by_an_amendment
from nlp.rates.rate_words import RateWords, rate_words
from nlp.rates.remedy_columns import remedy_column, row_name
from nlp.rates.rows import row_label
from nlp.rates.sheets import in_quota_duty_fields
from nlp.rates.spaced import spaced_row_cell
from nlp.rates.stacked import stacked_rate_cells
from nlp.rates.tigie import tigie_import_duties
from nlp.rates.undone import undone_by_next_sentence
from nlp.rates.unit_columns import unit_column_cells
from nlp.rates.wording import (
    bearing_start,
    currency_reader,
    free_rates,
    per_unit_amounts,
    spelled_percents,
)
from nlp.text.acting import ActingSentences
from nlp.text.cell_line_tables import cell_line_rows
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.narrated import narrates
from nlp.text.numbers import parse_number, tidy
from nlp.text.patterns import guarded, remembered_for_the_last_text
from nlp.text.prefilter import may_occur
from nlp.text.sentences import Sentences
from nlp.text.tables import cell_span, column_header, table_header
from nlp.text.textutil import lower_keeping_offsets
from nlp.types import plain_dict

NEAR_BEFORE, NEAR_AFTER = 60, 30  # where a 'not a rate' word must stand to disqualify a number
MAX_PERCENT = 1000
FALLBACK_ZONES = frozenset({"recitals"})
# A notification that is one enacting sentence ('In exercise of the powers …, the Board is pleased to levy … at
# the rates specified in column (4) … TABLE …'): its rates stand in what the layout reads as its preamble.
ENACTING_ZONES = frozenset({"preamble"})
# A message or order stating its rates only where it recounts the measure it guides on or modifies.
BACKGROUND_ZONES = frozenset({"background"})
OPENING_CHARS = 400  # the title lines, where a document says that it changes rates
# A column of shares, not of duties: 'Percentage per Country', 'Share of imports', 'Utilisation (%)'.
# Columns whose figures are no rates: shares, and goods descriptions ('a purity by weight of 99 % or more').
SHARE_COLUMN = guarded(
    r"\b(?:percentage|share|proportion|utili[sz]ation|fill(?:ed|\s+rate)?|allocation"
    r"|description|designation|désignation|descripción|descrição|\w*bezeichnung|\w*beschreibung)\b",
    re.I,
)
# (a Korean or Japanese text joins a range's ends with a tilde: '28.16~33.57%')
# (Arabic joins them with 'إلى' (to) or 'و' (and), glued to the high end: '15 إلى 27 %', 'بين 10 و19 %')
RANGE_START = re.compile(
    r"(?:(?<![\w.,])|(?<=(?<!\w)و))(?P<low>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*(?:to|and|-|–|~|∼|～|إلى|الى|و)[ \t]*$"
)
# A percentage closing a tier's condition, the tier's amount after its colon ('between 16 and 25 percent (inclusive):
# $160 per item', 'above 25 percent: 40%'): the figure says which goods the tier is for, not a rate.
# The inflation a levy is adjusted by, not a rate: "the average rate of inflation for the 2031/2032 financial year of
# six decimal three per centum (6.3%)"
INFLATION_BEFORE = re.compile(
    r"\b(?:rates?\s+of\s+inflation|inflation\s+rates?|taux\s+d['’]inflation)\b[^.;%\n]{0,100}$"
)
# 'or less', 'more than 5kg' qualifying the goods before the rate, not the rate: 'rice packed in more than 5kg or in
# bulk and in 5kg or less to 60 percent from 50 percent'
QUALIFIER_OF_THE_GOODS = re.compile(
    r"\bor (?:more|less)(?=\s+(?:to|at)\s+\d)"
    r"|\b(?:more|less) than \d[\d.,]*\s?(?:kg|g|kilo(?:gram)?s?|tonnes?|tons?|litres?|liters?|l|ml|cm|mm|m)\b"
    # a compound duty's floor in money after its percentage ('5%, but at least 50 euros for 1000 kg'): the duty's
    # minimum, never the goods' specification 'at least' otherwise states ('of a purity of at least 97 %')
    r"|\bat least(?=\s+(?:(?:eur|usd|us\$|\$|€)\s*\d|\d[\d.,]*\s*(?:euros?|eur|€|usd|us\s?dollars?|dollars?)\b))"
    # a specific duty's unit measured in the goods' alcohol ('$40.43/L of alcohol', 'per litre of pure alcohol'): the
    # unit, not an alcohol content the rate is no duty beside
    r"|(?:/|\bper\s+)\s*(?:l|lt|litres?|liters?|hl|hectolitres?|hectoliters?)\s+of\s+(?:pure\s+|absolute\s+)?alcohol\b"
)
# an amount whose figure opens with a zero and has no decimal point ('de 0299 dólares por pieza')
GARBLED_AMOUNT = re.compile(r"[^\d\n]{0,6}0\d+(?![\d.,])")
TIER_CONDITION = re.compile(r"[ \t]*(?:\((?:inclusive|exclusive)\)[ \t]*)?:[ \t\n]+(?:[$€£]|usd|eur|gbp|\d)")


@dataclass(frozen=True)
class RateMention:
    value: float | int
    unit: str  # percent, EUR/tonne, USD/postal item...
    kind: str  # ad_valorem | specific | minimum_import_price | surtax
    role: str  # new | previous | company_specific | residual | other
    applies_to: str | None  # the company or goods of its table row, when it is one
    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return plain_dict(self)


def find_rates(
    text: str, layout: Layout, sentences: Sentences, lang: str = "en", jurisdiction: str | None = None
) -> list[RateMention]:
    """Every duty rate the document sets or restates as applying; one mention per value and row. A bare '$' is
    the dollar of the `jurisdiction` whose act it is."""
    words, lowered = rate_words(), lower_keeping_offsets(text)
    dollar = words.local_dollar.get(jurisdiction or "", "USD")
    cent = words.local_cent.get(jurisdiction or "", "USc")
    rupee = words.local_rupee.get(jurisdiction or "", "INR")
    acting = ActingSentences(text, sentences, lang, layout)
    for zones in (OPERATIVE, FALLBACK_ZONES, ENACTING_ZONES, BACKGROUND_ZONES):
        if zones is BACKGROUND_ZONES and not _changes_rates(lowered, layout, words):
            break  # a message about other things restates the rates of the acts it cites
        found = [
            mention
            for candidate in _candidates_in(zones, text, lowered, layout, words, (dollar, cent, rupee))
            if zones is OPERATIVE
            or not narrates(lowered, candidate[1], sentences)  # a recital's history, a report's advice
            for mention in [_as_rate(text, lowered, candidate, sentences, acting, words)]
            if mention is not None
        ]
        if found:
            return _unique(found)
    return []


def _changes_rates(lowered: str, layout: Layout, words: RateWords) -> bool:
    """The document's opening lines, above its background section, say that it changes rates (its title)."""
    background = layout.spans(BACKGROUND_ZONES)
    end = min(OPENING_CHARS, background[0][0] if background else OPENING_CHARS)
    return bool(words.changes_rates.search(lowered, 0, end))


def _candidates_in(
    zones: frozenset[str], text: str, lowered: str, layout: Layout, words: RateWords, local: tuple[str, str]
):
    for start, end in layout.spans(zones):
        for candidate in _candidates(text, lowered, words, start, end, local):
            if layout.kind_at(candidate[1]) in zones:
                yield candidate


CHANGE_VERB_REACH = 30  # how far before a worded range's opener its verb of change stands ('se reduce de 15 a 5 %')


def worded_range_low(lowered: str, window: int, match: re.Match, words: RateWords) -> re.Match | None:
    """The low end of a range in words ('entre 10 y 20 %', 'de 5 a 15 %'); none where a verb of change stands just
    before its 'de'/'von' ('se reduce de 15 a 5 %', 'passe de 20 à 10 %'): the figure before is the old rate."""
    low = words.worded_range_start.search(lowered, window, match.start())
    if low is None or low.group("opener") in ("entre", "zwischen"):
        return low
    verb_window = max(0, low.start() - CHANGE_VERB_REACH)
    return None if words.changes_before_range.search(lowered, verb_window, low.start()) else low


def _candidates(text: str, lowered: str, words: RateWords, start: int, end: int, local=("USD", "USc", "INR")):
    """(value, start, end, unit, kind hint) for percentages, amounts per unit and table cells."""
    for match in words.percent.finditer(lowered, start, end) if may_occur(words.percent, lowered) else ():
        cell = introduced_cell(text, match.start(), match.end(), words.duty)  # its table's introduction names the duty
        cell = cell or numbered_row_cell(text, match.start(), match.end())  # or its numbered table's header a rate
        cell = cell or numbered_line_cell(text, match.start(), match.end())  # (its rows one a line)
        cell = cell or introduced_row(text, match.start(), words.duty)  # or it ends a row of a schedule introduced so
        cell = cell or spaced_row_cell(text, match.start(), match.end(), words.duty)  # a row, cells apart by spaces
        hint = "column" if cell else "quoted" if quoted_by_an_amendment(text, match.start(), match.end()) else None
        value = match.group("value") or match.group("value2") or match.group("value3")
        yield parse_number(value), match.start(), match.end(), "percent", hint
        window = max(start, match.start() - 30)
        low = RANGE_START.search(lowered, window, match.start()) or worded_range_low(lowered, window, match, words)
        if low and not TIER_CONDITION.match(
            lowered, match.end()
        ):  # the range's low end has no percent sign of its own ('from 27.91 to 38.02 percent')
            yield parse_number(low.group("low")), low.start("low"), low.end("low"), "percent", hint
    yield from free_rates(text, lowered, start, end, words.duty)
    yield from spelled_percents(lowered, start, end)
    yield from prefixed_percents(lowered, start, end)  # Thai 'ร้อยละ 12.26'
    for value, cell_start, cell_end in (
        *flattened_rate_cells(text, start, end),
        *ex_tariff_rate_cells(text, start, end),
        *tigie_import_duties(text, start, end),
        *ordered_row_duties(text, start, end),
        *percent_column_rows(text, start, end),
        *rate_column_cells(text, start, end),
    ):
        yield value, cell_start, cell_end, "percent", "column"
    yield from _specific_amounts(lowered, words, start, end, local)
    patterns = (words.amount, words.per_unit_duty)
    yield from per_unit_amounts(lowered, start, end, patterns, currency_reader(words.currencies, local), words.units)
    yield from unit_column_cells(text, start, end, words)
    yield from amount_unit_currency_rows(text, start, end, words.currencies, words.units)
    yield from currency_column_cells(text, start, end, currency_reader(words.currencies, local), words.units)
    yield from duty_amount_columns(text, start, end, words.units)
    for value, field_start, field_end, unit in in_quota_duty_fields(text, start, end):
        yield value, field_start, field_end, unit, "column"
    yield from stacked_rate_cells(text, start, end)
    for row in cell_line_rows(text):  # a quota table printed one cell a line: its rate lines ('0,00 2 500 EU')
        yield from ((r.value, r.start, r.end, r.unit, "column:specific") for r in row.rates if start <= r.start < end)
    yield from arrow_rates(text, start, end)


THOUSAND = re.compile(r"1[ ,.\u00a0\u202f']?000")


def _specific_amounts(lowered: str, words: RateWords, start: int, end: int, local: tuple[str, str, str]):
    """Amounts per unit ('eur 0.5/kg'), only where a '/kg' or 'per tonne' stands (their scan stops at every word)."""
    if not may_occur(words.specific, lowered) or not words.per_unit.search(lowered, start, end):
        return  # a specific amount holds a per-unit part: where the scan sees no amount, none is searched
    for match in words.specific.finditer(lowered, start, end):
        francs = match.group("francs")
        value = f"{francs}.{match.group('centimes')}" if francs else match.group("v1") or match.group("v2")
        written = "fr." if francs else match.group("cur1") or match.group("cur2")
        currency = currency_reader(words.currencies, local)(written)
        per = (match.group("per") or match.group("per2") or match.group("per3") or "").strip()
        per = "" if per == "1" else per  # 'за 1 тонну': per tonne
        unit = words.units[match.group("unit") or match.group("unit2") or match.group("unit3")]
        if unit == "kg" and THOUSAND.fullmatch(per):
            per, unit = "", "tonne"  # '£25 per 1000kg', 'EUR 50 for 1 000 kg': a tonne
        yield (
            parse_number(value),
            match.start(),
            match.end(),
            f"{currency}/{per + ' ' if per else ''}{unit}",
            "specific",
        )


def _as_rate(text, lowered, candidate, sentences: Sentences, acting: ActingSentences, words) -> RateMention | None:
    value, start, end, unit, hint = candidate
    if value is None or (unit == "percent" and value > MAX_PERCENT):
        return None
    if GARBLED_AMOUNT.match(text, start, end):
        return None  # '0299 dólares por pieza': the copy lost the decimal point, the figure is unreadable (final15)
    remedy = remedy_column(text, start, end) if unit == "percent" else None
    if remedy == "margin":
        return None  # a margin printed beside the duty it makes up
    if remedy == "duty":
        hint = "column"
    sentence_start, sentence_end = sentences.around(start)
    previous_start = sentences.around(max(0, sentence_start - 1))[0]
    header = table_header(text, start)
    context = lowered[previous_start:sentence_end] + "\n" + (header or "").lower()
    introduction = list_introduction(text, start).lower()
    context += "\n" + introduction
    if not (hint or "").startswith("column") and hint != "quoted" and not _names_a_duty(text, context, words):
        return None
    bounds = cell_span(text, start, end) if header is not None else (sentence_start, sentence_end)
    near = lowered[
        bearing_start(lowered, max(bounds[0], sentence_start, start - NEAR_BEFORE), start, unit, words.duty) : min(
            bounds[1], sentence_end, end + NEAR_AFTER
        )
    ]
    near = QUALIFIER_OF_THE_GOODS.sub(lambda m: " " * len(m.group()), near)
    if (words.not_rate.search(near) and remedy is None) or acting.inert_or_recounted(
        start, lowered[sentence_start:sentence_end]
    ):
        return None
    if (unit == "percent" and (TIER_CONDITION.match(lowered, end) or in_a_list_of_shares(text, start))) or an_example(
        lowered, start
    ):
        return None
    if unit != "percent" and not_a_duty(text, start):
        return None  # a reduction's size, a price a duty is calculated from
    if unit == "percent" and (
        an_increment(lowered, start, end, sentence_start)
        or a_share_of_the_goods(lowered, end)
        or INFLATION_BEFORE.search(lowered, max(sentence_start, start - 160), start)
        or another_charges_rate(lowered, start, sentence_start, words)
        or a_proposed_rate(lowered, start, sentence_start, words)
    ):
        return None
    if remedy is None and (
        margin_nearer(lowered[sentence_start:start], words) or SHARE_COLUMN.search(column_header(text, start) or "")
    ):
        return None
    if remedy == "duty":
        row = row_name(text, start)
    elif header is not None or (hint or "").startswith("column"):
        row = row_label(text, start)
    else:
        row = None
    if hint and ":" in hint:
        kind = hint.split(":")[1]
    else:
        kind = kind_of(context, unit, words, lowered[max(0, start - 40) : start], hint == "specific", introduction)
    columns = "\n".join(line for line in (header or "").lower().split("\n") if "|" in line or "(" in line)
    role = role_of(
        lowered[sentence_start:sentence_end], row, columns, words, (start - sentence_start, end - sentence_start)
    )
    if row is not None:  # a duty printed as it was and as amended: the column says which
        role = amended_column_role(column_header(text, start), columns) or role
    if role == "new" and row is None and undone_by_next_sentence(lowered, sentences, sentence_end):
        role = "previous"  # 'tariffs of 35% … were established. … the aforementioned … were eliminated'
    row = row or quota_tier(lowered, start, end, sentence_start)
    return RateMention(tidy(value), unit, kind, role, row, text[start:end], start, end)


# The tier of a tariff quota a rate is for, named in its clause right before it ('liquidated at the in-quota (low) rate
# (HTS 1604.14.22/6%)', 'the out-of-quota rate of 20 %', 'tasa fuera de cupo') or as its tag ('30% (in-quota) and 40%
# (out-quota)'): without it two rates read as one range. A tag closes the figure before it, never opens the next one.
# The words: data/quota_tiers.json.
TIER_WORDS = json.loads(resources.files("nlp").joinpath("data/quota_tiers.json").read_text("utf-8"))
TIERS = rf"(?:(?P<inside>{'|'.join(TIER_WORDS['inside'])})|(?P<outside>{'|'.join(TIER_WORDS['outside'])}))"
QUOTA_TIER = re.compile(rf"\b{TIERS}\b(?:[^.;%\n]|\.(?=\d)){{0,60}}$")
TIER_TAG = re.compile(rf"\s*\(\s*{TIERS}\s*\)")
QUOTA_ITSELF = re.compile(rf"\s+(?:{'|'.join(TIER_WORDS['quota_itself'])})\b")
TAG_OF_A_FIGURE = re.compile(r"%\s*\(\s*$")


def quota_tier(lowered: str, start: int, end: int, sentence_start: int) -> str | None:
    found = TIER_TAG.match(lowered, end) or QUOTA_TIER.search(lowered, max(sentence_start, start - 90), start)
    if found is None or (found.start() < start and TAG_OF_A_FIGURE.search(lowered, 0, found.start())):
        return None
    tier_end = found.end("inside") if found.group("inside") else found.end("outside")
    if found.start() < start and QUOTA_ITSELF.match(lowered, tier_end):
        return None  # 'exceeding the in-quota volume': the quota's size, whichever tier the rate is
    return "in-quota" if found.group("inside") else "over-quota"


@remembered_for_the_last_text
def _duty_contexts(text: str) -> dict:
    """Whether each context asked about names a duty, for the last text: the figures of one sentence or table row
    share it."""
    return {}


def _names_a_duty(text: str, context: str, words: RateWords) -> bool:
    known = _duty_contexts(text)
    key = (id(words), context)
    if key not in known:
        known[key] = bool(words.duty.search(context))
    return known[key]


def _unique(mentions: list[RateMention]) -> list[RateMention]:
    """A rate repeated for the same goods or company is one fact: the first statement is kept. A rate removed and
    the same figure set on other goods are two ('35% … were eliminated', then 'increased … to 35%')."""
    seen, kept = set(), []
    for mention in sorted(mentions, key=lambda m: m.start):
        key = (mention.value, mention.unit, mention.applies_to, mention.role == "previous")
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept
