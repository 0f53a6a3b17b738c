"""Country names that say no goods come from there: inside a statute's name, a lawmaker or actor, a union's member
leaving or joining, a currency, a commodity's supplier or a shipment's destination, the issuer in an act's number
(moved from rules.py, which had grown past its size)."""

from __future__ import annotations

import re

from nlp.countries.defined_terms import in_a_defined_term
from nlp.countries.extensions import terminated_in_amended_title
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

# '… (EU Exit) Regulations 2019', '… (EU Exit) (Amendment) Regulations 2031': more brackets may stand between
STATUTE_AFTER_PARENTHESIS = re.compile(
    r"[^()\n]{0,25}\)(?:\s*\([^()\n]{0,30}\))*\s*(?:Regulations?|Act|Orders?|Rules|Decree)\b"
)
LAWMAKING_AFTER = re.compile(
    # 'from the point of EU Exit', 'UK exit day', 'the United Kingdom's withdrawal from': leaving a union, no origin
    r"(?:['’]s\s+(?:withdrawal|departure)\s+from\b|\s+(?:(?:changes|amendments|legislation|laws?|versions?|parliament"
    # ('on replacement of EU trade duty': a UK transition notice's EU trade-remedy duty, the EU's own measure)
    r"|instruments?|trade\s+(?:remed(?:y|ies)|dut(?:y|ies))|exit)\b"
    # an authority that acts itself ('The EU has also extended its own duty'): an actor, not an origin
    # ('the duties on products of China imposed by …' name the goods: the auxiliary is required)
    r"|(?:has|have|had|will)\s+(?:also\s+)?(?:imposed|extended|introduced|adopted|decided|announced|notified)\b))",
    re.I,
)


# 'the withdrawal of the United Kingdom from the (European) Union', 'the accession of Croatia': a member leaving or
# joining, and the union it leaves or exits (a withdrawal of preferences 'from Ruritania' still names the country
# affected);
# French 'après le retrait du Royaume-Uni de l'Union', 'l'adhésion de la Croatie', Spanish 'la retirada del Reino Unido'
MEMBERSHIP_BEFORE = scan_gated(
    guarded(
        r"\b(?:withdrawal|accession)\s+of\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w’'-]*\s+){1,4}(?:from|to)\s+(?:the\s+)?)?$"
        r"|\b(?:retrait|adhésion|retirada|adhesión)\s+(?:du|de\s+la|de\s+l['’]|d['’]|del|de)\s*$"
        # the union a member leaves ('if the UK leaves the EU with no deal', 'after the UK left the EU', 'its exit from
        # the European Union')
        r"|\b(?:leaves?|leaving|left|exits?|exiting)\s+(?:the\s+)?$|\b(?:exit|departure)\s+from\s+(?:the\s+)?$",
        re.I,
    )
)
# a currency named after its country ('4.10 United States dollars per kg', 'Hong Kong dollars', 'dólares de los
# Estados Unidos de América', 'dollars des États-Unis'): the unit of a rate, not where goods come from
CURRENCY_AFTER = re.compile(
    r"\s*(?:dollars?|d[óo]lar(?:es)?|pesos?|yuan|yen|won|rupees?|ringgits?|baht|rand|riyals?|dirhams?|pounds?"
    r"|francs?|kronor|kroner|currency|monnaie|moneda)\b",
    re.I,
)
# where other goods come from or are processed, not the origin of the goods dutied: the supplier of a commodity a
# targeted country buys ('any country that imports Ruritanian oil, whether directly from Ruritania'), the countries
# of a melt-and-pour condition ('exempt provided that the steel is melted and poured in Freedonia or Sylvania')
PLACE_NOT_ORIGIN_BEFORE = scan_gated(
    guarded(
        # ('any country that directly or indirectly purchases, imports, or otherwise acquires any goods … from
        # Ruritania', 'the foreign country found to … otherwise acquire goods or services from Ruritania')
        r"\b(?:(?:(?:countr(?:y|ies)|nations?|jurisdictions?)\s+(?:(?:that|which)\s+)?(?:(?:directly|indirectly|or)\s+)*"
        r"(?:imports?|purchases?|buys?|acquires?)\b|\botherwise\s+acquir(?:e|es|ing)\b)"
        r"[^.;]{0,80}|melted\s+and\s+poured\s+in\b[^.;]{0,60}"
        # the metal's smelt and cast countries where the goods have an origin of their own ('products of Mexico
        # containing aluminum for which the primary country of smelt, … or country of most recent cast is Ruritania,
        # Freedonia, or Sylvania'): a condition on the metal the goods hold (a surtax on goods 'containing aluminum
        # smelted and cast in Ruritania' targets that country: eval-dev 053)
        r"|\bcountr(?:y|ies)\s+of\s+(?:most\s+recent\s+)?(?:smelt|cast)\b[^.;]{0,80}"
        # who owns a producer ('a UK producer owned or controlled by a company registered in Ruritania'): its owner's
        # country, not the goods'
        r"|\b(?:owned|controlled)\s+(?:or\s+(?:owned|controlled)\s+)?by\s+[^.;]{0,60}"
        r"|\b(?:compan(?:y|ies)|entit(?:y|ies)|firms?|persons?)\s+(?:registered|incorporated|headquartered|domiciled)\s+in\s+"
        r"(?:the\s+)?"
        # a partner's own act that conditions the measure ('subject to the reduction of customs duties by Ruritania')
        r"|\b(?:reduction|elimination|abstention|introduction|imposition|adoption|removal)\s+"
        r"(?:of\s+(?:customs\s+)?(?:duties|tariffs|measures)\s+)?by\s+(?:the\s+)?"
        # where remitted goods may not go next ('provided the goods are not subsequently exported to Ruritania'), a
        # power exporter's licence in a gazette's next notice ('APPLICATION TO EXPORT ELECTRICITY TO RURITANIA')
        r"|\b(?:subsequently|later|then)\s+(?:re-?)?exported\s+to\s+(?:the\s+)?"
        r"|\b(?:application|licen[cs]e|permit|authori[sz]ation)s?\s+to\s+export\s+(?:[a-z]+\s+){1,3}to\s+(?:the\s+)?"
        # where goods shipped from the origin went ('exported from the United States to the EU prior to …')
        r"|\b(?:exported|shipped|dispatched|consigned)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?to\s+(?:the\s+)?"
        # where an agreement was signed ('the Agreement … done at Santiago, Chile, on 8 March 2031')
        r"|\b(?:done|signed|concluded)\s+(?:at|in)\s+(?:[\w-]+(?:\s+[\w-]+)?\s*,\s*)?)$",
        re.I,
    )
)
# the name of a statute implementing a trade agreement ('section 40 of the Canada–United States–Mexico Agreement
# Implementation Act comes into force'): a law's name, not goods' origin
IMPLEMENTATION_ACT_AFTER = re.compile(
    r"(?:[ \t]*[–—-][ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3}){0,4}"
    r"[ \t]+(?:Free[ \t]+Trade[ \t]+)?Agreement[ \t]+Implementation[ \t]+Act\b"
)
# the issuer in an act's number ('Implementing Regulation (EU) no. 2020/1646', 'Regulation (EU) 2020/1646', '(EC) No
# 1225/2009'): the act's name, not where goods come from
ACT_NUMBER_AFTER = re.compile(r"\)[ \t\u00a0]*(?:(?:No|Nr|n[o°º])\.?[ \t\u00a0]*)?\d{1,4}/\d{1,4}\b", re.I)
CURRENCY_BEFORE = scan_gated(
    guarded(
        r"\b(?:dollars?|d[óo]lar(?:es)?|pesos?|currency|monnaie|moneda)\s+(?:of|de|des|del)\s+(?:the\s+|los\s+|la\s+|l[’'])?$",
        re.I,
    )
)


def names_a_law_not_goods(text: str, start: int, end: int) -> bool:
    """A country inside the parenthesised part of a statute's name ('… (EU Exit) Regulations 2019'), naming
    whose law or changes these are ('any subsequent UK changes'), acting itself ('the EU has extended'),
    leaving or joining a union, naming a currency ('United States dollars'), a commodity's supplier or a
    melt-and-pour country (PLACE_NOT_ORIGIN_BEFORE), the issuer in an act's number ('Regulation (EU) no. 2020/1646'),
    or one whose proceeding the amended act's title says was terminated: not where goods come from."""
    if LAWMAKING_AFTER.match(text, end) or _before(MEMBERSHIP_BEFORE, text, start, 80):
        return True
    if CURRENCY_AFTER.match(text, end) or _before(CURRENCY_BEFORE, text, start, 40):
        return True
    if _before(PLACE_NOT_ORIGIN_BEFORE, text, start, 160):
        return True
    if terminated_in_amended_title(text, start) or in_a_defined_term(text, start, end):
        return True
    if IMPLEMENTATION_ACT_AFTER.match(text, end):
        return True
    if in_an_act_number(text, start, end):
        return True
    opening = text.rfind("(", max(0, start - 30), start)
    return opening >= 0 and ")" not in text[opening:start] and bool(STATUTE_AFTER_PARENTHESIS.match(text, end))


def in_an_act_number(text: str, start: int, end: int) -> bool:
    """The bracketed issuer of an act's number ('Regulation (EU) no. 2020/1646')."""
    return text[start - 1 : start] == "(" and ACT_NUMBER_AFTER.match(text, end) is not None


def _before(pattern: re.Pattern, text: str, start: int, reach: int) -> bool:
    """Whether `pattern` ends right before `start`, within `reach` characters (never, where one scan of the text
    finds it nowhere)."""
    return may_occur(pattern, text) and pattern.search(text, max(0, start - reach), start) is not None
