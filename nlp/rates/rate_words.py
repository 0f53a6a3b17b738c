"""The words and patterns the rate finder (nlp/rates/finder.py) reads amounts with, compiled once from
data/rates.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlp.rates.unit_columns import TARIC_ADDITIONAL_CODE
from nlp.rates.wording import PERCENT_WORDS
from nlp.text.narrowed import NarrowedAlternation
from nlp.text.numbers import NUMBER
from nlp.text.patterns import guarded
from nlp.text.prefilter import scan_gated

# A TARIC additional code: a letter and three digits ('A859', 'C999'), or the series opened when those ran out, an 8
# and three digits or capitals ('89TF', '8999'); or the cell sending to the annex's list ('See Annex', 'Siehe Anhang').
ADDITIONAL_CODE_CELL = (
    rf"(?-i:{TARIC_ADDITIONAL_CODE})|(?:see|siehe|voir(?:\s+l['’])?|véase\s+el|vedere\s+l['’])\s*(?:an+ex\w*|anhang)"
)
# The figure written again in words between it and its percent sign ('0 (zero) %', '2% (dois por cento)' has it after);
# a percent sign before its figure is how Turkish writes a rate ('%40').
SPELLED_AGAIN = r"(?:\s*\((?:[^\W\d_]+[\s-]?){1,4}\))?"
# an amount spelled out again after its figure, as a Mexican resolution writes it ('$1,568.92 (mil quinientos sesenta y
# ocho punto noventa y dos) dólares …, por tonelada métrica')
SPELLED_AMOUNT = r"(?:\s*\((?:[^\W\d_]+[\s-]?){1,16}\))?"


@dataclass(frozen=True)
class RateWords:
    amount: re.Pattern
    per_unit_duty: re.Pattern
    percent: re.Pattern
    specific: re.Pattern
    per_unit: re.Pattern  # the '/kg', 'per tonne' every specific amount holds: where there is none, no amount
    glued_cell: re.Pattern
    # the duty words of every language, searched in many sentences and windows: an alternative opening with a class
    # ('\w(?:zölle|zöllen)\b') is tried at every position, so each window is searched for the words it can hold
    duty: NarrowedAlternation
    not_rate: re.Pattern
    margin: re.Pattern
    kinds: dict[str, re.Pattern]
    roles: dict[str, re.Pattern]
    company: re.Pattern
    currencies: dict[str, str]
    units: dict[str, str]
    local_dollar: dict[str, str]
    local_cent: dict[str, str]
    local_rupee: dict[str, str]
    changes_rates: re.Pattern
    other_charges: re.Pattern  # taxes that are no customs duty ('Import VAT at 20%'): nlp/rates/not_duties.py
    proposals: re.Pattern  # a clause proposing its rate ('USTR proposes to impose … of 50 percent')
    acts_after_proposal: re.Pattern  # an act's verb after the proposal: the figure is what was done
    worded_range_start: re.Pattern  # a range's low end in words ('entre 10 y', 'de 5 a'), before its high end
    changes_before_range: re.Pattern  # a verb of change: 'se reduce de 15 a 5 %' changes a rate, no range
    compared_previous: re.Pattern  # '… less than the preliminary rate of' just before a figure: the rate replaced


def alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def rate_words() -> RateWords:
    data = json.loads(resources.files("nlp").joinpath("data/rates.json").read_text("utf-8"))
    currency, unit = alternatives(data["currencies"]), alternatives(data["units"])
    before_figure = rf"(?:{currency}|(?:{alternatives(data['prefix_currencies'])})(?=\d))"  # 'P9.80 per bag': pesos
    # Arabic 'لكل طن' (for each tonne), 'للطن' (per the tonne), 'على طن' / 'عن كل طن' (on / for each tonne)
    per_words = r"(?:/|per|par|je|pro|por|за|لكل|لل|على(?:\s+كل)?|عن\s+كل)"
    # (the unit may run into the next cell of a glued table row: '… USD 0.52 per kg80% or …')
    per = r"\s*" + per_words + r"\s*(?P<{0}>\d+\s*)?(?P<{1}>" + unit + r")(?![^\W\d_])"
    # '$0.532 dólares de los Estados Unidos de América, en adelante dólares, por kilogramo': the
    # currency named again after the figure, and a defined term ('hereinafter dollars') before the unit
    named_again = rf"(?:\s+(?:{currency})\b(?:,\s*(?:en\s+adelante|hereinafter)\s+\w+,)?)?"
    specific = (
        # a Swiss amount in francs and centimes: '18 fr. 70 par 100 kg' is CHF 18.70 per 100 kg
        rf"(?<![\w.,])(?P<francs>\d{{1,4}})\s+fr\.\s*(?P<centimes>\d{{2}})(?!\d){per.format('per3', 'unit3')}|"
        # 'Fr. 2'057.- je 100 kg brutto': a Swiss amount of whole francs closes with '.-'
        rf"(?<![\w$€£])(?P<cur1>{before_figure})\s?(?P<v1>{NUMBER})(?:\.[-–])?{SPELLED_AMOUNT}{named_again}"
        rf"{per.format('per', 'unit')}"
        rf"|(?<![\w.,])(?P<v2>{NUMBER})\s*(?P<cur2>{currency})(?!\w){per.format('per2', 'unit2')}"
    )
    # an amount with no unit after it, whose unit the duty's name gave before it ('the per postal item duty … from
    # 25 dollars to 75 dollars')
    amount = (
        rf"(?:(?<![\w$€£])(?P<cur1>{currency})\s?(?P<v1>{NUMBER})|(?<![\w.,])(?P<v2>{NUMBER})\s*(?P<cur2>{currency})(?!\w))"
        r"(?!\s*(?:/|per\b|\d))"
    )
    return RateWords(
        amount=guarded(amount),
        per_unit_duty=re.compile(rf"\bper\s+(?P<unit>{unit})\b[^;]{{0,40}}?\bdut(?:y|ies)\b(?P<rest>[^;]*)$"),
        percent=scan_gated(
            guarded(
                # (a Korean text's percentage points, '40%p', move a rate: no rate)
                # (Arabic glues its 'and' to the figure: 'و19 %')
                rf"(?:(?<![\w.,])|(?<=[\u4e00-\u9fff])|(?<=(?<!\w)و))(?P<value>{NUMBER}){SPELLED_AGAIN}\s*(?:%(?!pt?\b)|{PERCENT_WORDS})"
                rf"|(?<=[\s(])%(?P<value2>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?![\d%])"
                # a table flattened with its cells glued: the description's last word runs into the rate
                # ('… otherwise preserved80% or USD 0.52 per kg')
                rf"|(?<=[^\W\d_])(?P<value3>\d{{1,3}}(?:[.,]\d{{1,2}})?)%(?!pt?\b)"
            )
        ),
        specific=scan_gated(guarded(specific)),
        per_unit=guarded(per_words + r"\s*(?:\d+\s*)?(?:" + unit + r")\b"),
        glued_cell=re.compile(
            # a row's closing bar and an empty code cell may end the line ('| 22,4 | |') after a whole figure of a
            # rate's size (not the end of a dotted code '4002.99.90 |', nor a coefficient '0,511358 |')
            rf"(?P<value>\d{{1,3}}(?:,\d{{1,2}})?|{NUMBER})(?:(?P<closed>(?<![\d.,]\d\d\.\d\d)(?<![.,]\d\d\d)(?<!\d\d\d\d))|)"
            rf"\s*(?:%\s*)?(?:\|?\s*(?:{ADDITIONAL_CODE_CELL}))?(?:\s*$|(?(closed)[\s|]*$|(?!)))",
            re.I,
        ),
        duty=NarrowedAlternation(data["duty_words"]),
        not_rate=guarded("|".join(data["not_rates"])),
        margin=guarded(data["margin_words"]),
        kinds={k: guarded("|".join(v)) for k, v in data["kinds"].items()},
        roles={k: guarded("|".join(v)) for k, v in data["roles"].items()},
        company=guarded("|".join(data["company"])),
        currencies={**data["currencies"], **data["prefix_currencies"]},
        units=data["units"],
        local_dollar=data["local_dollar"],
        local_cent=data["local_cent"],
        local_rupee=data["local_rupee"],
        changes_rates=guarded("|".join(data["changes_rates"])),
        other_charges=guarded("|".join(data["other_charges"])),
        proposals=guarded("|".join(data["proposals"])),
        acts_after_proposal=guarded("|".join(data["acts_after_proposal"])),
        worded_range_start=worded_range_start(data["worded_range_openers"], data["worded_range_joiners"]),
        changes_before_range=guarded("|".join(data["changes_before_range"])),
        compared_previous=re.compile("(?:" + "|".join(data["compared_previous"]) + ")", re.I),
    )


def worded_range_start(openers: list[str], joiners: list[str]) -> re.Pattern:
    """The low end of a range in words, just before its high end's percentage ('entre 10 y 20 %', 'von 5 bis 10 %')."""
    return re.compile(
        rf"\b(?P<opener>{alternatives(openers)})[ \t]+(?P<low>\d{{1,3}}(?:[.,]\d{{1,2}})?)[ \t]*(?:%[ \t]*)?"
        rf"(?:{alternatives(joiners)})[ \t]*$"
    )
