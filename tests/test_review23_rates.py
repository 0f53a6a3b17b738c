"""Round 23 review of duty rates (ROUND23-REVIEWER-FINDINGS items 1, 5-8, 12; the final26 reader's items 1 and 6):
passages WRITTEN FOR THESE TESTS, each failing on int23 (35c4e1d1), each pinning the one right set of (value, unit).
Classes: a change of rate written 'de/von X a/à/bis Y' after a verb of change (the old rate is no rate); a tax named
in an aside about the goods, or a tax that already has its own figure, is not the charge of the figure after it; an
act's verb in any form after a proposal ('is imposing'); an importer's request for a refund is no proposal; a request
for comments that continues a measure is no draft; a growth figure ('has grown by over 35 percent') is no rate."""

from tests.test_rates_quotas import rates


def values(text: str, **kwargs) -> list[tuple]:
    return sorted((float(value), unit) for value, unit, *_ in rates(text, **kwargs))


def test_a_spanish_change_from_one_rate_to_another():
    """'se reduce de 18 a 6 %': a change from the old rate to the new, no range; only the new rate stands."""
    text = "RESOLUCIÓN 412 DE 2031\nArtículo 1. El arancel aplicable a las importaciones de naranjas de la subpartida 0805.10 se reduce de 18 a 6 %, a partir del 1 de marzo de 2032.\n"
    assert values(text, jurisdiction="CO") == [(6.0, "percent")]


def test_a_french_change_from_one_rate_to_another():
    """'passe de 16 à 8 %': the French change of rate, no range."""
    text = "ARRÊTÉ DU 3 FÉVRIER 2032\nArticle premier\nLe taux du droit de douane applicable aux bicyclettes électriques passe de 16 à 8 % à compter du 1er avril 2032.\n"
    assert values(text, jurisdiction="MA") == [(8.0, "percent")]


def test_a_worded_range_without_a_change_stays_a_range():
    """'un arancel de 5 a 15 %' with no verb of change is a range: both ends (held on int23; guards the fix)."""
    text = "DECRETO 88 DE 2031\nArtículo 2. Las subpartidas del anexo quedan gravadas con un arancel de 5 a 15 %.\n"
    assert values(text, jurisdiction="CO") == [(5.0, "percent"), (15.0, "percent")]


def test_a_tax_named_in_an_aside_about_the_goods():
    """'other than those zero-rated for VAT purposes: 12%': the VAT qualifies the goods; the figure is the duty's."""
    text = "CUSTOMS TARIFF (AMENDMENT) ORDER 2031\n2. Customs duty on bicycles of heading 87.12, other than those zero-rated for VAT purposes: 12%.\n"
    assert values(text, jurisdiction="KE") == [(12.0, "percent")]


def test_a_charge_after_a_tax_that_has_its_own_figure():
    """'customs duty 20%, VAT 15%, excise 8%': the VAT's figure is its own; the excise after it is not the VAT's."""
    text = "PUBLIC NOTICE 14 OF 2031\nCharges on imported spirits of heading 22.08 from 1 July 2031: customs duty 20%, VAT 15%, excise 8%.\n"
    assert values(text, jurisdiction="KE") == [(8.0, "percent"), (20.0, "percent")]


def test_an_act_verb_in_its_progressive_form_after_a_proposal():
    """'Having considered the comments on the proposed duties, the Trade Representative is imposing … 30 percent'."""
    text = "Office of the United States Trade Representative\nACTION: Notice of action.\nSUMMARY: Having considered the comments on the proposed duties, the Trade Representative is imposing an additional duty of 30 percent on the listed products of China, effective October 1, 2031.\n"
    assert values(text, jurisdiction="US") == [(30.0, "percent")]


def test_an_importer_may_seek_a_refund_of_the_duty():
    """'Importers may seek a refund of the 15 percent additional duty': a party's request, no official's proposal."""
    text = "CSMS # 2031-118\nGUIDANCE: Importers may seek a refund of the 15 percent additional duty paid on entries of goods granted an exclusion by filing a post-summary correction.\n"
    assert values(text, jurisdiction="US") == [(15.0, "percent")]


def test_a_request_for_comments_that_continues_an_order():
    """'ACTION: Request for comments' on a notice that continues an order: no draft; its rate stands."""
    text = "International Trade Administration\nACTION: Request for comments.\nSUMMARY: The Department continues the countervailing duty order on aluminum extrusions from China at a rate of 74.2 percent and invites comments on the scope of the order.\n"
    assert values(text, jurisdiction="US") == [(74.2, "percent")]


def test_a_growth_figure_is_no_rate():
    """'the trade deficits in goods have grown by over 35 percent': the size of a growth, no duty; the order's own duty stays."""
    text = "EXECUTIVE ORDER 14501\nFURTHER AMENDING TARIFF RATES ON IMPORTS FROM TRADING PARTNERS\nBy the authority vested in me as President, it is hereby ordered:\nSection 1. National Emergency. Since the reciprocal duties were suspended, the trade deficits in goods have grown by over 35 percent, reaching $1.4 trillion in 2030.\nSec. 2. An additional ad valorem duty of 15 percent shall apply to all imports from the listed trading partners.\n"
    assert values(text, jurisdiction="US") == [(15.0, "percent")]


COMPANY_TABLE = """DURCHFÜHRUNGSVERORDNUNG (EU) 2031/880 DER KOMMISSION
HAT FOLGENDE VERORDNUNG ERLASSEN:
Artikel 1
(1) Auf die Einfuhren geschweißter Rohre aus Stahl mit Ursprung in der Volksrepublik China wird ein endgültiger Antidumpingzoll eingeführt.
(2) Für die von den nachstehend aufgeführten Unternehmen hergestellte Ware gelten folgende endgültige Antidumpingzollsätze auf den Nettopreis frei Grenze der Union, unverzollt:

Unternehmen Endgültiger Antidumpingzollsatz (in %) TARIC-Zusatzcode
Tianjin Rongsheng Pipe Co., Ltd 21,4 C501

Unternehmensgruppe Huaxin:

Huaxin Steel Tube Co., Ltd

Huaxin Pipe Trading Co., Ltd

33,7 C502
Shandong Jinhe Pipe Co., Ltd 27,5 C503
Alle übrigen Unternehmen 41,3 C999
"""


def test_a_company_table_goes_on_past_a_group_of_companies():
    """a remedy table whose group of companies stands one a paragraph, blank lines between: every row's rate, not
    only the first (final26 reader item 6: the summary named the lowest company rate as 'the' duty)."""
    assert values(COMPANY_TABLE, jurisdiction="EU") == [
        (21.4, "percent"),
        (27.5, "percent"),
        (33.7, "percent"),
        (41.3, "percent"),
    ]


def test_a_company_table_summary_gives_the_range():
    """the summary of a company table gives the range of its rates, up to the all-others rate."""
    from nlp.pipeline import analyse

    assert "21.4% to 41.3%" in analyse(COMPANY_TABLE, jurisdiction="EU")._.summary
