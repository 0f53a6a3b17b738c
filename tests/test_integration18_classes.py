"""Where round 18's branches met (integration) and what its last review found over-broad: the section 301 statute
beside exclusions is dropped only under a headline of a filing message ('GUIDANCE', 'Instructions'), the statute's
own actions keep retaliation; a country name's plain form that is a word of its own is not read ('Butan' is German
butane); a described list's introduction names tariff codes, not any 'codes' (entry type codes); a short sibling
after a slash shares the subheading's digits ('2204.2150 / 2205' keeps heading 2205); an amendment's inserted words
are no quoted schedule name; an agency dateline takes a dash, not a colon; 'no new exclusions' and French 'afin
d'exclure tout risque' exclude nothing; a German summary quotes the goods without the preposition before
them ('Einfuhren von gewalzten Nickelblechen'); a summary names an order's own legal basis, not the one it stands
aside for ('unless subject to … actions under section 232 …'). Every passage is written for these tests."""

from nlp.countries.names import find_country_names
from nlp.pipeline import analyse


def analysed(text: str, jurisdiction: str | None = None):
    return analyse(text, jurisdiction=jurisdiction)


def codes(text: str, jurisdiction: str | None = None) -> list[str]:
    return [c.code for c in analysed(text, jurisdiction)._.codes]


def dates(text: str, jurisdiction: str | None = None) -> list[tuple[str, str]]:
    return [(d.type, d.date) for d in analysed(text, jurisdiction)._.dates]


def measures(text: str) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction="US")._.measures}


def test_a_guidance_message_on_section_301_exclusions_takes_no_retaliation():
    text = (
        "CSMS # 71234567 - GUIDANCE: Section 301 Ruritania Exclusion Amendments\n\n"
        "This message provides guidance on two previously extended Section 301 exclusions, whose HTSUS numbers are "
        "re-described after a change of the statistical suffixes effective July 1, 2031.\n"
    )
    assert measures(text) == {"exclusion"}


def test_a_notice_of_action_under_section_301_keeps_retaliation_beside_its_exclusions():
    text = (
        "Notice of Action Pursuant to Section 301: Ruritania's Acts, Policies, and Practices Related to Shipbuilding\n\n"
        "SUMMARY: In accordance with the direction of the President, the U.S. Trade Representative has determined to "
        "take action under section 301 of the Trade Act of 1974. The U.S. Trade Representative will establish a "
        "process by which U.S. stakeholders may request that particular products be excluded from the action.\n"
    )
    assert measures(text) == {"exclusion", "retaliation"}


def test_a_country_names_plain_form_that_is_a_word_of_its_own_is_not_read():
    assert [m.code for m in find_country_names("Butan und Propan, verflüssigt, der Unterposition 2711 13")] == []
    text = "As importações originárias da Africa do Sul ficam sujeitas ao direito antidumping."
    assert [m.code for m in find_country_names(text)] == ["ZA"]


def test_a_list_under_entry_type_codes_holds_no_chapters():
    text = (
        "Filers must declare one of the following entry type codes:\n- 01 - Consumption entries\n"
        "- 06 - Foreign trade zone consumption\n- 11 - Informal entries\n"
    )
    assert codes(text, "US") == []


def test_a_list_under_tariff_codes_holds_its_headings_and_chapters():
    text = (
        "The referral scheme now covers the following tariff codes:\n- 8412 - Turbo jets\n"
        "- 2702, 2817 - Fertilisers and zinc oxide\n- 92 - Musical instruments\n"
    )
    assert codes(text, "AU") == ["8412", "2702", "2817", "92"]


def test_a_short_sibling_after_a_slash_shares_its_digits_and_a_heading_of_its_own_does_not():
    text = "Zolltarifnummer | Warenbezeichnung\n2004.1012 / 1013 | Kartoffeln, gefroren\n2204.2150 / 2205 | Wein\n"
    assert codes(text, "CH") == ["20041012", "22042150", "2205"]


def test_words_an_amendment_inserts_into_a_schedule_are_what_it_enacts():
    text = "Part 2 of Schedule No. 2 is amended by inserting “Anti-dumping duty on frozen chicken from Ruritania”."
    assert {m.type for m in analysed(text, "ZA")._.measures} == {"anti_dumping"}


def test_a_date_over_a_heading_with_a_bracket_and_a_colon_is_no_agency_dateline():
    text = "Ruritania tariff news\n\n15.04.2031\nSection 232 (Steel): the agency amended the list of products.\n"
    assert dates(text, "US") == [("document_date", "2031-04-15")]


def test_a_date_over_an_agency_dateline_with_a_dash_is_the_items_publication():
    text = "Ruritania tariff news\n\n15.04.2031\nBonn (GTAI) - Ruritania hat eine Untersuchung eingeleitet.\n"
    assert dates(text) == [("publication", "2031-04-15")]


def test_no_new_exclusions_granted_is_no_exclusion():
    text = "No new exclusions were granted in this round; the tariff on Ruritanian pumps stays at 25 percent."
    assert "exclusion" not in measures(text)


def test_a_french_purpose_to_exclude_a_risk_is_no_exclusion():
    text = "Le Tribunal a modifié ses conclusions afin d'exclure tout risque de contournement des droits."
    assert "exclusion" not in {m.type for m in analysed(text, "CA")._.measures}


def test_a_german_summary_quotes_the_goods_without_the_preposition_before_them():
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2031/44 DER KOMMISSION\n\nvom 3. März 2031\n\nzur Einführung eines "
        "endgültigen Antidumpingzolls auf die Einfuhren von gewalzten Nickelblechen mit Ursprung in der "
        "Volksrepublik China\n\nHAT FOLGENDE VERORDNUNG ERLASSEN:\n\nArtikel 1\n\nAuf die Einfuhren von gewalzten "
        "Nickelblechen mit Ursprung in der Volksrepublik China wird ein endgültiger Antidumpingzoll von 12,5 % "
        "eingeführt.\n"
    )
    summary = analysed(text, "EU")._.summary
    assert "‘gewalzten Nickelblechen’" in summary
    assert "‘von" not in summary


def test_a_summary_names_the_orders_own_basis_not_the_one_it_stands_aside_for():
    text = (
        "Addressing Threats to the United States by the Government of Ruritania\n\n"
        "By the authority vested in me as President, including the International Emergency Economic Powers Act "
        "(IEEPA), I hereby order:\n\nSection 1.  Background.  Ruritania has seized the assets of United States "
        "firms.\n\nSec. 2.  Duties.  (a)  Articles of Ruritania shall be subject to an additional ad valorem rate "
        "of duty of 35 percent, unless subject to existing actions under section 232 of the Trade Expansion Act "
        "of 1962, in which case the duty imposed in this order shall not apply.\n(b)  This duty is imposed under "
        "IEEPA and shall take effect on September 1, 2031.\n"
    )
    summary = analysed(text, "US")._.summary
    assert "IEEPA duty" in summary
    assert "Section 232" not in summary
