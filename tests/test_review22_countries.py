"""Affected countries: round 22 review fixes (issue 15). The regression reviewer's passages, reworded, on the rules this
round added to nlp/countries/ (contingencies, ISO code cells, case lines, amount lines): each test pins the output the
tree gave before those rules and failed on the integration tree int22. Passages written for these tests."""

from nlp.pipeline import analyse


def _affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


# Class 'contingency that is the measure': a condition that is the goods' entry, or a main clause that levies a duty
# at its rate, states the measure on the origin it names (nlp/countries/contingencies.py, cues.json
# contingency_entries, contingency_levies).


def test_a_duty_collected_where_goods_are_entered_for_home_consumption_keeps_its_origin():
    """Class 'contingency that is the measure', the goods' entry: 'Where goods originating in … are entered for home
    consumption, the Commissioner may collect interim dumping duty at …' is the duty on them (FINDINGS 1)."""
    text = (
        "Customs (Dumping Duty) Notice 2031/12\n\n1. Where aluminium extrusions originating in Malaysia are entered"
        " for home consumption, the Commissioner may collect interim dumping duty at the rate of 18.2%.\n"
    )
    assert _affected(text) == ["MY"]


def test_a_duty_collected_at_entry_with_no_rate_keeps_its_origin():
    """Class 'contingency that is the measure', the goods' entry without a stated rate (FINDINGS 1)."""
    text = (
        "Customs (Dumping Duty) Notice 2031/13\n\n1. Where hollow structural sections originating in Thailand are"
        " entered for home consumption, the Commissioner may collect interim dumping duty on them.\n"
    )
    assert _affected(text) == ["TH"]


def test_a_special_safeguard_trigger_keeps_its_origin():
    """Class 'contingency that is the measure', a special safeguard: 'If imports originating in … increase above the
    trigger volume …, an additional duty of 10% shall be imposed' levies the duty on them (FINDINGS 5)."""
    text = (
        "Customs Tariff (Special Safeguard) Order 2031\n\nArticle 1\nThe special safeguard set out in this Order applies"
        " to fresh cucumbers of heading 0707.\n\nArticle 2\nIf imports originating in Egypt rise above the trigger"
        " volume set out in the Schedule, an additional duty of 15% shall be imposed on those imports until the end of"
        " the calendar year.\n\nArticle 3\nThis Order enters into force on 1 July 2031.\n"
    )
    assert _affected(text) == ["EG"]


def test_a_french_special_safeguard_trigger_keeps_its_origin():
    """Class 'contingency that is the measure', French 'Si les importations originaires de … augmentent au-delà du
    volume de déclenchement …, un droit additionnel de 10 % est perçu' (FINDINGS 5)."""
    text = (
        "Arrêté du 9 juin 2031 relatif aux importations de concombres\n\nArticle 1er\nSi les importations originaires"
        " de Tunisie augmentent au-delà du volume de déclenchement fixé à l'annexe, un droit additionnel de 12 % est"
        " perçu sur ces importations.\n"
    )
    assert _affected(text) == ["TN"]


# Class 'ISO code cells': only the origin column's own cells, counted from the header's word, give ISO codes, and a
# placeholder there ('NA', not available) names no country (nlp/countries/code_cells.py, cues.json
# code_cell_placeholders).


def test_product_abbreviations_left_of_an_origin_column_name_no_country():
    """Class 'ISO code cells', the column: a header '| Origin |' whose pattern takes the bar before the word; the
    polymer abbreviations in the first column ('PE', 'PA') are products, not Peru and Panama (FINDINGS 2)."""
    text = (
        "Notice of Additional Duties on Certain Polymers\n\nThe Minister of Finance hereby imposes additional duties on"
        " the following goods, effective 1 May 2031.\n\nProduct | Origin | Rate\nPE | Korea | 20%\nPA | Korea | 20%\n"
        "PS | Korea | 12%\n"
    )
    assert _affected(text) == ["KR"]


def test_not_available_in_an_iso_origin_column_is_not_namibia():
    """Class 'ISO code cells', a placeholder: 'NA' in the origin column of a status table (FINDINGS 8)."""
    text = (
        "Status of Countervailing Measures in Force\n\nProduct | HS code | Country of origin | Date of imposition\n"
        "Glass fibre | 7019.12 | EG | 2 May 2029\nSorbitol | 2905.44 | NA | 7 July 2030\nPolyester yarn | 5402.33 |"
        " VN | 1 June 2030\n"
    )
    assert _affected(text) == ["EG", "VN"]


# Class 'case lines in the background': a list of related proceedings under a 'Background' heading names orders the
# notice only mentions; only case lines in the layout's operative kinds name origins (nlp/countries/case_lines.py).


def test_related_proceedings_listed_in_the_background_name_no_origin():
    """Class 'case lines in the background', 'Background' / 'Related proceedings on …:' / 'A-570-909 | 731-TA-1114 |
    China | …' in a review of another origin's order (FINDINGS 6)."""
    text = (
        "Certain Steel Wheels From the Republic of Turkey: Final Results of Antidumping Duty Administrative Review;"
        " 2029-2030\n\nAGENCY: Enforcement and Compliance, International Trade Administration, Department of"
        " Commerce.\nSUMMARY: Commerce determines that producers and exporters of certain steel wheels from Turkey sold"
        " subject merchandise at less than normal value.\n\nBackground\nRelated proceedings on steel wheels:\n"
        "A-570-082 | 731-TA-1412 | China | Steel Wheels\nA-201-850 | 731-TA-1413 | Mexico | Steel Wheels\n\nFinal"
        " Results of Review\nThe weighted-average dumping margin for the period 2029-2030 is 8.1 percent for"
        " Turkey-based exporters.\n"
    )
    assert _affected(text, "US") == ["TR"]


# Class 'comparison lead-in': a list of countries with rates under a lead-in that compares the act's rate with other
# members' ('By comparison, the duties that other countries apply … are:') names the members that apply them, not the
# act's targets (nlp/countries/amount_lines.py, cues.json amount_lead_reports).


def test_a_comparison_list_of_other_members_rates_names_no_origin():
    """Class 'comparison lead-in', a comparison list in the operative part (FINDINGS 7)."""
    text = (
        "Order Imposing Duties on Imports of Aluminium Foil\n\n1. A duty of 30% is imposed on the aluminium foil listed"
        " in the Schedule originating in Freedonia.\n2. By comparison, the duties that other countries apply to the"
        " same goods are:\n\nChile 6%\nTurkey 18%\nCanada 7%\n\n3. This Order comes into force on 1 June 2031.\n"
    )
    assert _affected(text) == []


def test_a_long_act_of_amount_lines_is_read_whole():
    """Code quality: the amount lines' lead-in is found in one pass over the lines (a walk back from each amount line
    took 15 s on 4000 of them; bench/amount_lines.py prints the time): the last of 3000 lines under one lead-in
    still counts."""
    from nlp.countries.amount_lines import countries_before_amounts
    from nlp.text.layout import Layout

    lines = "Chile 100 tonnes\nPeru 200 tonnes\nBrazil 300 tonnes\n" * 1000 + "Argentina 50 tonnes\n"
    text = "Order\n\n1. The quota is allocated among the following supplying countries:\n\n" + lines
    mentions = countries_before_amounts(text, set(), Layout(text))
    assert sorted(mention.code for mention in mentions) == ["AR", "BR", "CL", "PE"]
