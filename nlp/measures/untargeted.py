"""A retaliation read only from the statute an act is made under, in a document that targets no country.

Retaliation is a surtax aimed at one country over its trade measures (the dev README). Some statutes that empower
it also serve duties on every origin: Canada's Customs Tariff s. 53 carries both the surtaxes on United States or
Chinese goods and the erga omnes steel surtaxes (final7 726, final22's steel derivative goods order). Where the
document names no country whose goods it targets, its surtax is a duty rate change, not retaliation; a retaliation
named in the operative part or the title ('countermeasures', 'suspension of concessions') keeps its type.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.measures.rules import MeasureMention

# the one statute that serves both: Canada's Customs Tariff s. 53 ('subsection 53(2)', 'section 53 of the Customs
# Tariff'); section 301, section 338 and the EU's enforcement regulation are retaliation whoever they name
CUSTOMS_TARIFF_53 = re.compile(r"\b53\b")


def retyped_without_target(measures: list[MeasureMention], affected: list[str]) -> list[MeasureMention]:
    """`measures`, with a retaliation whose only evidence is the legal basis read as a duty rate change where
    `affected` (the countries the document targets) is empty."""
    if affected:
        return measures
    kinds = {measure.type for measure in measures}
    retyped = []
    for measure in measures:
        if measure.type == "retaliation" and measure.where == "legal_basis" and CUSTOMS_TARIFF_53.search(measure.text):
            if "duty_rate_change" in kinds:
                continue  # the rate change is there already
            measure = replace(measure, type="duty_rate_change")
        retyped.append(measure)
    return retyped


# 'In conformity with the WTO authorisation to suspend the application of concessions to the United States, the
# Commission is to adjust the level of suspension': the recitals say the additional duty the articles set is the
# suspension of concessions a dispute settlement ruling authorised, however plainly the articles word it.
AUTHORISED_SUSPENSION = re.compile(
    r"\b(?:WTO|DSB|Dispute\s+Settlement\s+Body)\b[^.;]{0,60}?\bauthori[sz](?:ation|ed|es)\b[^.;]{0,40}?\bto\s+"
    r"suspend\s+(?:the\s+application\s+of\s+)?(?:tariff\s+)?concessions\b",
    re.I,
)


def retaliation_by_authorisation(measures: list[MeasureMention], affected: list[str], text: str) -> list:
    """`measures`, with a lone duty rate change on a targeted country's goods read as the retaliation its recitals
    say it is (the annual re-set of a WTO-authorised additional duty)."""
    if not affected or [m.type for m in measures] != ["duty_rate_change"] or not AUTHORISED_SUSPENSION.search(text):
        return measures
    return [replace(measures[0], type="retaliation")]
