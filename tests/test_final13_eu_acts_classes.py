"""Round 10 second pass, final13 (documents 1413-1424): EU acts in German. A rate table whose rows end with a closing
bar and an empty additional-code cell, under a header naming the column '(in %)'; an exception in parentheses
('(ausgenommen …)', '(excluding …)') that does not reach the origin named after the parentheses close. Every passage
is written for these tests, with other goods, companies and figures than the set."""

from nlp.pipeline import analyse

ARTICLE = (
    "Artikel 1\n(1) Ein endgültiger Antidumpingzoll wird eingeführt auf die Einfuhren von Rohrformstücken aus Eisen "
    "(ausgenommen Formstücke aus Gusseisen) und Flanschen mit Ursprung in der Republik Korea, die derzeit unter den "
    "KN-Codes 73079311 und 73079319 eingereiht werden.\n"
    "(2) Für die von den nachstehend aufgeführten Unternehmen hergestellte Ware gelten folgende endgültige "
    "Antidumpingzollsätze:\n"
    "Unternehmen | Endgültiger Antidumpingzollsatz (in %) | TARIC-Zusatzcode |\n"
    "---|---|---|\n"
    "Hanseong Pipe Fittings Co., Ltd. | 17,4 | C901 |\n"
    "Andere mitarbeitende Unternehmen | 25,3 | |\n"
    "Alle übrigen Unternehmen | 44,8 | C999 |\n"
)


def test_rates_of_a_barred_table_under_an_in_percent_header():
    rates = analyse(ARTICLE, jurisdiction="EU")._.rates
    assert [(rate.value, rate.unit, rate.role) for rate in rates] == [
        (17.4, "percent", "company_specific"),
        (25.3, "percent", "company_specific"),
        (44.8, "percent", "residual"),
    ]


def test_an_exception_in_closed_parentheses_leaves_the_origin_after_them():
    assert analyse(ARTICLE, jurisdiction="EU")._.countries["affected"] == ["KR"]


def test_an_exception_whose_parentheses_stay_open_still_leaves_the_country_out():
    text = (
        "A definitive anti-dumping duty is imposed on imports of pipe fittings originating in the People's Republic "
        "of China. The duty shall not apply to goods from any country (except Taiwan, which is covered by the "
        "duty).\n"
    )
    assert analyse(text, jurisdiction="EU")._.countries["affected"] == ["CN"]


def test_a_barred_row_ending_in_a_dotted_code_or_a_coefficient_has_no_rate():
    text = (
        "ANNEX\nOrigin | Order number | Allocation coefficient (%) |\n|---|---|---|\n"
        "—Traditional importers | 09.4321 | 0,734512 |\nCode | Rate of duty (in %) |\n|---|---|\n7308.90.90 |\n"
    )
    assert analyse(text, jurisdiction="EU")._.rates == []


def test_abolishing_a_tariffs_industrial_duties_changes_rates():
    text = (
        "Aufhebung Industriezölle\n\nDie Aufhebung der Industriezölle umfasst Waren der Kapitel 28-96 des Zolltarifs "
        "und gilt ab 1. Januar 2031.\n"
    )
    assert {m.type for m in analyse(text, jurisdiction="CH")._.measures} == {"duty_rate_change"}


def test_repealed_anti_dumping_duties_are_no_rate_change():
    text = "Die Aufhebung der Antidumpingzölle auf Einfuhren von Schrauben wird beschlossen.\n"
    assert {m.type for m in analyse(text, jurisdiction="EU")._.measures} == {"anti_dumping"}
