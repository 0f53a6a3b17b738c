"""Countries: the implementing jurisdiction (jurisdiction.py), and the countries whose goods the measure targets
or favours, each with its evidence span.

The implementing jurisdiction is the source's (a UK notice is GB even when its text never says
so), else the phrases only one jurisdiction's texts use. A country is affected when the title
names it, or an operative sentence that acts names it outside an exception ('except Canada'),
a quoted restatement of earlier text, or the title of another act cited in parentheses.
Countries named only in recitals, background sections or analogue-country discussions are not.
"""

from __future__ import annotations

import re

from nlp.countries.acting_states import applies_the_rate_itself
from nlp.countries.agreement_columns import partners_of_agreement_columns
from nlp.countries.allocations import allocation_lines, origin_field_countries
from nlp.countries.amount_lines import countries_before_amounts
from nlp.countries.bulletin_fields import in_a_commodity_field
from nlp.countries.case_lines import origins_of_case_lines
from nlp.countries.cited_instruments import in_a_cited_instrument
from nlp.countries.continued_items import continues_an_acting_item
from nlp.countries.defined_terms import in_a_glossary_line, in_a_one_country_definition
from nlp.countries.exceptions import after_exception, cues, origin_cues
from nlp.countries.extensions import extended_measure_origin_names
from nlp.countries.groups import as_members, member_states
from nlp.countries.heading_rows import heading_row_origins
from nlp.countries.included_territories import with_included_territories
from nlp.countries.inserted_text import in_inserted_text
from nlp.countries.investigated import investigated_countries
from nlp.countries.jurisdiction import implementing_jurisdiction as implementing_jurisdiction
from nlp.countries.listed_countries import listed_under_an_acting_lead_in
from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.countries.not_origins import in_an_act_number, names_a_law_not_goods
from nlp.countries.outside_quota import excluded_from_the_quota
from nlp.countries.partner_schedules import names_a_partner_schedule
from nlp.countries.postposed import origins_before_cues
from nlp.countries.quota_numbers import origins_with_quota_numbers
from nlp.countries.registers import register_origins
from nlp.countries.tables import (
    countries_heading_rows,
    countries_in_amount_rows,
    origins_in_cell_line_rows,
    origins_in_table_cells,
)
from nlp.countries.targets import (
    goods_in_a_determination,
    may_hold_a_determination,
    named_as_the_target,
    named_for_its_tariff_treatment,
    named_in_a_quota_program,
    named_with_its_own_rate,
)
from nlp.countries.terminated_back import named_before_its_termination
from nlp.text.acting import ActingSentences
from nlp.text.citations import in_cited_title
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.matter import matter_headings
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences

EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)  # named in an EU act as Member States, not as origins


def affected_countries(
    text: str,
    layout: Layout,
    sentences: Sentences,
    implementing: list[str],
    title_span: tuple[int, int] | None = None,
    lang: str = "en",
    acting: ActingSentences | None = None,
) -> list[CountryMention]:
    """One mention per affected country (its first evidence), the most often named first. `acting` may
    be shared with the other extractors of the same document (its answers are cached per sentence)."""
    acting = acting or ActingSentences(text, sentences, lang, layout)
    if acting.document_asks_only():
        return []  # a Member's questions on another's notification target no goods
    # a union's members are named in its act as the states that act (a Mercosur decision lets Paraguay and Uruguay
    # list more items), not as origins
    skip = {member for code in implementing for member in member_states(code)} | set(implementing)
    skip |= EU_MEMBERS if "EU" in implementing else set()
    first: dict[str, CountryMention] = {}
    counts: dict[str, int] = {}
    titles = [title_span] if title_span else []
    titles += _own_act_names(text)
    titles += matter_headings(text, min(len(text), OPENING_CHARS))  # a tribunal's goods under 'IN THE MATTER OF'
    for name in _names_in(text, layout, titles):
        if name.code in skip or names_a_law_not_goods(text, name.start, name.end):
            continue
        if names_a_partner_schedule(text, name.start, name.end):
            continue  # 'Schedules 5 (US originating goods), 6 (Thai originating goods)': a part of the tariff law
        if in_a_one_country_definition(text, name.start, skip):
            continue  # '(c) The term “Ruritania” means …': what the words mean, not whose goods are targeted
        if in_a_glossary_line(text, name.start):
            continue  # '"EFTA Countries" – Iceland, Norway …': a definitions list, not the goods targeted
        if applies_the_rate_itself(text, name.start, name.end):
            continue  # 'Rwanda is granting stay of application …': a member applying its rate, not an origin
        if excluded_from_the_quota(text, name.end):
            continue  # 'articles the product of Ruritania shall not be permitted or included under the quota'
        if not (
            _in_a_title(text, name.start, titles, sentences)
            or _targeted(text, name.start, layout, sentences, acting)
            or _rated_on_its_own(text, name.start, name.end, acting)
        ):
            continue
        first.setdefault(
            name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
        )
        counts[name.code] = counts.get(name.code, 0) + 1
    for name in [
        *_goods_in_determinations(text, layout, sentences, skip),
        *investigated_countries(text, acting),
        *heading_row_origins(text),  # '“9903.03.13 Articles the product of Canada …': the heading's own origin
    ]:
        if name.code in skip:
            continue  # (the determinations' names are read without the skipped ones already)
        mention = CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
        first.setdefault(name.code, mention)
        counts[name.code] = counts.get(name.code, 0) + 1
    if fields := origin_field_countries(text, skip):  # a quota annex's 'Origin' fields: the other names are partners
        first = {
            code: mention for code, mention in first.items() if _in_a_title(text, mention.start, titles, sentences)
        }
        for mention in fields:
            first.setdefault(mention.code, mention)
            counts[mention.code] = counts.get(mention.code, 0) + 1
    allotted, outside_the_quota = allocation_lines(text, skip)
    for name in [
        *origins_in_table_cells(text, skip, cues()["table_origins"]),
        *origins_in_table_cells(text, skip, cues()["operative_table_origins"], layout),
        *countries_heading_rows(text, skip, layout),
        *allotted,
        *countries_in_amount_rows(text, skip, layout),
        *origins_in_cell_line_rows(text, skip),
        *origins_with_quota_numbers(text, skip),
        *origins_of_case_lines(text, skip, layout),
        *countries_before_amounts(text, skip, layout),
        *partners_of_agreement_columns(text, skip, sentences),
    ]:
        if name.code not in first:
            first[name.code], counts[name.code] = name, 1
    for code in outside_the_quota:  # listed in a quota's allocation without a quantity: not quota entries
        first.pop(code, None)
    if not _has_marked_operative_part(layout):
        opening_origins = _origins_of_the_goods(text, sentences, skip)
        if not first:
            return _with_extended_origins(text, sentences, opening_origins or _register_origins(text, skip), skip)
        _complete_from_the_opening(text, opening_origins, first, counts)
    ranked = _without_members_of_the_union(sorted(first.values(), key=lambda m: (-counts[m.code], m.start)))
    found = _with_extended_origins(text, sentences, as_members(ranked, skip), skip)
    return with_included_territories(text, found, skip)


def _without_members_of_the_union(found: list[CountryMention]) -> list[CountryMention]:
    """Where the Union's goods are targeted, a Member State named beside it ('Cognac houses (France)') is part of
    that origin, not another one."""
    if not any(mention.code == "EU" for mention in found):
        return found
    return [mention for mention in found if mention.code not in EU_MEMBERS]


def _complete_from_the_opening(
    text: str, opening_origins: list[CountryMention], first: dict[str, CountryMention], counts: dict[str, int]
) -> None:
    """The opening's list of origins ('… exported to Ruritania from Freedonia and Sylvania') completes the countries
    found where it shares one of them (a findings sentence or an exporters' table named only some): it names the
    same goods."""
    if not any(mention.code in first for mention in opening_origins):
        return
    for mention in opening_origins:
        if mention.code in first or names_a_law_not_goods(text, mention.start, mention.end):
            continue
        if not _in_cited_title(text, mention.start):  # nor the origins of an earlier notice or a cited act
            first[mention.code], counts[mention.code] = mention, 1


def _with_extended_origins(
    text: str, sentences: Sentences, found: list[CountryMention], skip: set[str]
) -> list[CountryMention]:
    """Plus the origins of a duty the document extends to other goods (extensions.py): the circumvented measure
    targets their goods too (round 20 convention). Not where no country was found at all."""
    if not found:
        return found
    have = {mention.code for mention in found} | skip
    return found + [
        CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
        for name in extended_measure_origin_names(text, sentences)
        if name.code not in have
    ]


def _in_a_title(text: str, offset: int, titles: list[tuple[int, int]], sentences: Sentences) -> bool:
    """A country the title names as the goods' origin or partner; not one it names as acting ('Addressing Threats
    … by the Government of Ruritania': the order may target another country's goods) nor one it excepts ('…
    Free-Trade Partners (other than EU and EFTA States)'), as an operative sentence would not (cues.json)."""
    if not any(start <= offset < end for start, end in titles):
        return False
    return not after_exception(text, offset, sentences)


def _rated_on_its_own(text: str, start: int, end: int, acting: ActingSentences) -> bool:
    """An origin named with the rate its goods pay (targets.py), in a sentence that does not go on to say it is only
    background ('…; nothing in this notice modifies those tariffs': the rate of another origin the notice leaves
    alone). Read from the name on: a quoted title that closes the sentence before ('… EO 14298, “Modifying …
    China.” Goods of China … continue to be subject to …') is no sentence break to the splitter."""
    if not named_with_its_own_rate(text, start, end):
        return False
    return not acting.inert.search(text[start : acting.sentence_at(start)[1]].lower())


def _goods_in_determinations(text: str, layout: Layout, sentences: Sentences, skip: set[str]):
    """Origins whose goods a proclamation's recital decides on (targets.py), where its operative part acts."""
    if not any(kind == "operative" for _, _, kind in layout.zones()):
        return
    if not may_hold_a_determination(text):
        return  # no recital's name can be in a determination: the recitals' names are not read at all
    for start, end in layout.spans({"recitals"}):
        for name in find_country_names(text, start, end):
            if name.code in skip or not goods_in_a_determination(text, name.start, sentences.around(name.start)):
                continue
            # the dearer test (an exception's clause read back) last: a determination holds few of a recital's names
            if not after_exception(text, name.start, sentences):
                yield name


def _has_marked_operative_part(layout: Layout) -> bool:
    """Articles after 'HAS ADOPTED', a 'RESUELVE:', an ACTION/SUMMARY block: an operative part that names
    no country is erga omnes, not an excerpt that stops before it."""
    return any(kind in OPERATIVE - {"body"} for _, _, kind in layout.zones())


OPENING_CHARS = 6000
ORIGIN_REACH = 220  # a list of countries after 'originating in'
# The goods of one case described in parts ('In relation to China and Taiwan, …' / 'In relation to India, …'): a
# later origin phrase this close below the first names the goods of the same case
DESCRIPTION_PARTS_REACH = 500
DESCRIPTION_PART = re.compile(
    r"^[ \t]*(?i:in relation to|as regards|with respect to|for goods (?:from|of))\b[^\n]{0,120}\bgoods\b", re.M
)


def _origins_of_the_goods(text: str, sentences: Sentences, skip: set[str]) -> list[CountryMention]:
    """Where no title or operative sentence names a country and no operative part is marked (an excerpt
    that stops in its recitals), the countries of the first 'originating in …' phrase of its opening:
    the goods it is about, with those of the phrases just below it (a goods description in parts)."""
    found: dict[str, CountryMention] = {}
    reach, first_end = min(len(text), OPENING_CHARS), 0
    for cue in origin_cues().in_text(text[:reach]).finditer(text, 0, reach):
        if found and not DESCRIPTION_PART.search(text, first_end, cue.start()):
            continue  # a later phrase names other goods unless a part of the description opens before it
        end = _origin_phrase_end(text, sentences, cue.end())
        for name in find_country_names(text, cue.end(), end):
            if name.code in skip or in_an_act_number(text, name.start, name.end):
                continue
            if not after_exception(text, name.start, sentences):
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
        if found and not first_end:  # a goods description in parts, one per origin of the case, goes on below
            first_end, reach = end, min(reach, end + DESCRIPTION_PARTS_REACH)
    return list(found.values()) or origins_before_cues(text, skip, OPENING_CHARS)  # 'Çin Halk … Tayland … menşeli'


def _register_origins(text: str, skip: set[str]) -> list[CountryMention]:
    """A register of duties in force ('Canned pears from Chile' / 'Wire rod from Ruritania'): its cases' origins."""
    return [
        CountryMention(code, "affected", text[start:end], start, end)
        for code, start, end in register_origins(text, skip)
    ]


CLAUSE_END = re.compile(r"[.;](?:\s|$)")
# Origins listed as dashed items under the cue, each with its exporters ('exported from:' / '- China by …; or')
DASHED_ORIGINS = re.compile(r"[ \t]*:[ \t]*\n[ \t]*[-–•]")
DASHED_ITEM = re.compile(r"[ \t]*[-–•][ \t]")


def _dashed_list_end(text: str, start: int) -> int:
    """The end of the last dashed item in the run of them below `start` (the cue's line)."""
    end = text.find("\n", start)
    while end >= 0 and DASHED_ITEM.match(text, end + 1):
        following = text.find("\n", end + 1)
        end = len(text) if following < 0 else following
    return len(text) if end < 0 else end


def _origin_phrase_end(text: str, sentences: Sentences, start: int) -> int:
    """Where the list of origins after a cue ends: the end of its sentence, or, where a PDF's line breaks
    cut the sentence ('originating in the People's Republic\n\nChina.'), its next full stop."""
    reach = min(len(text), start + ORIGIN_REACH)
    if DASHED_ORIGINS.match(text, start):  # 'exported from:' / '- China by …; or' / '- Taiwan by …'
        return _dashed_list_end(text, start)
    sentence_end = sentences.around(start)[1]
    if sentence_end > start and text[:sentence_end].rstrip()[-1:] in ".;":
        return min(sentence_end, reach)
    stop = CLAUSE_END.search(text, start, reach)
    return stop.start() + 1 if stop else reach


def _own_act_names(text: str) -> list[tuple[int, int]]:
    """The name of the act an enacting formula makes ('… makes the annexed Widget Surtax Order (Ruritania)'):
    the document's own title where the text has no title line of its own."""
    return [match.span() for match in cues()["own_act"].finditer(text, 0, min(len(text), OPENING_CHARS))]


def _names_in(text: str, layout: Layout, titles: list[tuple[int, int]]):
    """Country names in the title and the operative parts (the only places they can count)."""
    spans = sorted([*titles, *layout.spans(OPERATIVE)])
    position = 0
    for start, end in spans:
        start = max(start, position)
        if start < end:
            yield from find_country_names(text, start, end)
            position = end


def _targeted(text: str, offset: int, layout: Layout, sentences: Sentences, acting: ActingSentences) -> bool:
    if layout.kind_at(offset) not in OPERATIVE or layout.in_restatement(offset):
        return False
    if not (
        acting(offset)
        or _heads_a_list_of_goods(text, offset)
        or continues_an_acting_item(text, offset, sentences, acting)
        or listed_under_an_acting_lead_in(text, offset, acting)
        or in_a_commodity_field(text, offset)
        or named_as_the_target(text, offset)
        or named_for_its_tariff_treatment(text, offset)
        or named_in_a_quota_program(text, offset)
        or named_before_its_termination(text, offset, sentences)
    ):
        return False
    lead_in = acting.lead_in(offset)
    if lead_in and cues()["not_affected"].search(text[lead_in[0] : lead_in[1]].lower()):
        if not in_inserted_text(text, lead_in[0]):  # an amendment writing the exceptions in makes them its subject
            return False  # an item of a list of exceptions ('the following goods are not subject to …:')
    return not after_exception(text, offset, sentences) and not _in_cited_title(text, offset)


ORIGIN_HEADING = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:For|Applies\s+to)\s+(?:imports|goods|products)\s+"
    r"(?:from|originating\s+in|consigned\s+from)\s+(?:the\s+)?$"
)
HEADING_REST = re.compile(r"[^\n.;,]{0,60}?:?[ \t]*(?:\n|$)")


def _heads_a_list_of_goods(text: str, offset: int) -> bool:
    """A line 'For imports from Ruritania' over a list of codes (a notice grouping its changes by origin): the
    country is the one those goods come from, though the line has no verb."""
    line_start = text.rfind("\n", 0, offset) + 1
    return bool(ORIGIN_HEADING.fullmatch(text, line_start, offset)) and bool(HEADING_REST.match(text, offset))


def _in_cited_title(text: str, offset: int) -> bool:
    """Inside the title of another act: parenthesised ('Executive Order 14195 of February 1, 2025
    (Imposing Duties To Address … the People's Republic of China)'), or cited in full after its number and
    date ('Commission Implementing Regulation (EU) 2018/140 of 29 January 2018 imposing … originating in
    India', the act a notice transitions or amends)."""
    if _in_full_title_citation(text, offset) or in_cited_title(text, offset) or _in_earlier_notice(text, offset):
        return True
    return in_a_cited_instrument(text, offset)  # '… Withdrawal Order (United Kingdom): SOR/2031-86


FULL_TITLE_CITATION = guarded(  # guarded: searched back from every country name, skipping ahead to 'R' and 'D'
    r"\b(?:Regulation|Decision|Directive)\s+\((?:EU|EC|EEC|Euratom)\)\s+(?:No\s+)?\d+/\d+\s+of\s+\d{1,2}\s+[A-Z][a-z]+"
    r"\s+\d{4}\s+(?:imposing|amending|extending|terminating|opening|establishing|concerning|re-imposing|initiating"
    r"|repealing|suspending|making|collecting|continuing|on)\b[^.;]*$"
)
CITATION_REACH = 600  # how far back in its sentence a cited title may begin


def _in_full_title_citation(text: str, offset: int) -> bool:
    return bool(FULL_TITLE_CITATION.search(text, max(0, offset - CITATION_REACH), offset))


# An expiry review's opening clause names the goods of the earlier notice of impending expiry, up to the comma
# before the Commission ('Following the publication of a notice of impending expiry of the measures on imports
# … originating in A, B and C, the Commission received a request …'): the review's own countries are in its
# title and its operative sections, and may be fewer.
EARLIER_NOTICE = guarded(  # guarded: searched back from every country name
    r"\b(?:following\s+the\s+publication\s+of\s+a\s+notice\s+of|à\s+la\s+suite\s+de\s+la\s+publication\s+d[’']un\s+avis"
    r"|nach\s+(?:der\s+)?veröffentlichung\s+einer\s+bekanntmachung)\b"
    r"(?:(?!\b(?:the|la|die)\s+(?:european\s+|europäische\s+)?(?:commission|kommission)\b)[^.;])*$",
    re.I,
)


def _in_earlier_notice(text: str, offset: int) -> bool:
    return bool(EARLIER_NOTICE.search(text, max(0, offset - CITATION_REACH), offset))
