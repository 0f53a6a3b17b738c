"""New Zealand, Australian, Canadian and Mexican texts, by class (round 24 second pass, final27 3825-3835): a trade-remedy
proceeding that never names its remedy (an Australian case page's fields, 'provisional duties' after 'preliminary
determinations') is an anti-dumping case; a Mexican 'Tasa Aplicable … para las mercancías originarias de' and
'tasas/aranceles preferenciales' grant a preference, and a 'CONSIDERANDO' heading without a colon opens recitals; a relay's
'On <date>, the agency issued … that provisional duties are now payable on goods released on or after <date>' keeps
the day duties apply from; New Zealand's tariff item joined to its statistical key by a dot ('2008.70.09.00L') is the
8-digit item; New Zealand's Act under its pre-2017 name and its Minister of Commerce and Consumer Affairs say who acts;
a Gazette page's 'Notice Number' field is the notice's number; a CBSA page's three-line heading (case code, goods ending
in 'Board', the page's kind) is its title. Each class has a passage in another wording or jurisdiction and a near
miss. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted({code.code for code in analyse(text)._.codes})


# --- measure types: a trade-remedy proceeding that never names its remedy ------------------------------------------


def test_an_australian_case_page_without_its_case_type_is_an_anti_dumping_case():
    """Class: an Anti-Dumping Commission case page (final27 3829, 3835) names no measure; its fields ('The goods the
    subject of the application', 'Investigation Period', 'Injury Examination Period') say it is a remedy case."""
    text = (
        "617 - Steel wheels from Thailand\n\n"
        "The goods the subject of the application (the goods) are:\n\n"
        "Steel wheels of a diameter from 14 to 24 inches, whether or not painted.\n\n"
        "Case information\nApplicant Wheelco Pty Ltd Tariff Classification 8708.70.10 (statistical code 31)\n"
        "Investigation Period 1 April 2030 to 31 March 2031 Injury Examination Period From 1 April 2027\n"
        "Contacts for this investigation Case Manager: Tel: +61 3 8539 2400\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_relay_of_provisional_duties_after_preliminary_determinations_is_an_anti_dumping_case():
    """Class (another wording): a broker's item on 'Provisional duties are now payable' after a 'Notice of
    Preliminary Determinations' (final27 3833), naming neither dumping nor subsidy."""
    text = (
        "On March 2, 2031, the Canada Border Services Agency issued a Notice of Preliminary Determinations to announce"
        " that provisional duties are now payable on certain steel strapping released from Customs on or after"
        " March 2, 2031.\nThe subject goods are defined as steel strapping of a width up to 32 mm.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_spanish_notice_of_provisional_duties_on_investigated_goods_is_an_anti_dumping_case():
    """Class (another language): a Spanish notice of a preliminary determination imposing 'derechos provisionales' on
    'las mercancías investigadas'."""
    text = (
        "Aviso de la autoridad investigadora\n\n"
        "Se publicó la determinación preliminar de la investigación sobre las importaciones de tubos de acero"
        " originarias de Brasil. A partir del 3 de mayo de 2031 se aplicarán derechos provisionales a las mercancías"
        " investigadas.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_one_proceeding_word_alone_names_no_remedy():
    """Near miss: 'subject goods' alone (a classification notice) is no remedy case."""
    text = (
        "Notice to the trade\n\n"
        "The subject goods of this advance ruling are classified under tariff item 8708.70.10. The ruling is"
        " binding for three years.\n"
    )
    assert "anti_dumping" not in measures(text)


def test_a_proceeding_that_names_a_safeguard_stays_a_safeguard():
    """Near miss: provisional duties after a preliminary determination in a safeguard case are no anti-dumping case."""
    text = (
        "The Tribunal's preliminary determination found serious injury. Provisional safeguard duties are now payable"
        " on the subject goods released on or after 1 June 2031.\n"
    )
    assert "anti_dumping" not in measures(text)


# --- measure types: Mexico's applicable rate for an FTA partner's goods; 'CONSIDERANDO' on its own line ------------


MEXICAN_RATE_ACUERDO = (
    "ACUERDO por el que se da a conocer la Tasa Aplicable del Impuesto General de Importación para las mercancías"
    " originarias de Panamá\n\n"
    "Al margen un sello con el Escudo Nacional, que dice: Estados Unidos Mexicanos.- ECONOMÍA.- Secretaría de"
    " Economía.\n\n"
    "Con fundamento en los artículos 34 de la Ley Orgánica de la Administración Pública Federal, y\n\n"
    "CONSIDERANDO\n\n"
    "Que el Tratado de Libre Comercio entre México y Panamá establece reglas de origen y otros mecanismos para definir"
    " las mercancías originarias.\n\n"
    "Que las tasas arancelarias se reducen cada año conforme al calendario del Tratado.\n"
)


def test_a_mexican_acuerdo_making_known_the_applicable_rate_for_a_partners_goods_is_a_preference():
    """Class: 'Tasa Aplicable del Impuesto General de Importación para las mercancías originarias de <país>' (final27
    3831); the rules of origin its recitals mention under 'CONSIDERANDO' (no colon) are background."""
    assert measures(MEXICAN_RATE_ACUERDO) == ["preference"]


def test_preferential_tariffs_in_a_colombian_decree_are_a_preference():
    """Class (another wording and jurisdiction): 'aranceles preferenciales' for a partner's goods."""
    text = (
        "DECRETO 1210 DE 2031\n\n"
        "Por el cual se establecen aranceles preferenciales para las importaciones originarias de la República de Corea"
        " en desarrollo del Acuerdo.\n"
    )
    assert "preference" in measures(text)


def test_preferential_tariffs_for_a_sectors_inputs_without_an_origin_are_no_preference():
    """Near miss: 'aranceles preferenciales para piezas …' (reduced tariffs for inputs, no partner's origin) is a rate
    change, not an agreement's preference."""
    text = (
        "DECRETO 455 DE 2031\n\n"
        "Se establecen aranceles preferenciales para piezas utilizadas en la fabricación de bicicletas, con una"
        " alícuota del dos por ciento.\n"
    )
    assert "preference" not in measures(text)


def test_rules_of_origin_named_only_in_recitals_under_a_bare_considerando_give_no_type():
    """Near miss: a decree changing a rate, whose recitals under 'CONSIDERANDO' name rules of origin: no such type."""
    text = (
        "DECRETO por el que se modifica la Tarifa de la Ley de los Impuestos Generales de Importación y de Exportación\n\n"
        "CONSIDERANDO\n\n"
        "Que los tratados comerciales establecen reglas de origen para las mercancías.\n\n"
        "Por lo expuesto, he tenido a bien expedir el siguiente\n\n"
        "DECRETO\n\n"
        "Artículo Único.- Se modifica la tasa del arancel de la fracción arancelaria 7208.51.01 de 10% a 15%.\n"
    )
    assert "rules_of_origin" not in measures(text)


# --- dates: 'On <date>, the agency issued … that provisional duties are now payable … on or after <date>' ---------


def test_a_relayed_notice_that_provisional_duties_are_now_payable_keeps_their_start():
    """Class: the announcing sentence (final27 3833) is not history: what 'is now payable' from a day applies then."""
    text = (
        "On August 14, 2031, the Canada Border Services Agency (CBSA) issued a Notice of Preliminary Determinations to"
        " announce that provisional duties are now payable on certain wire rod released from Customs on or after"
        " August 14, 2031.\n"
    )
    assert ("application_start", "2031-08-14") in dates(text)


def test_a_relayed_announcement_that_provisional_duties_are_now_being_collected_keeps_their_start():
    """Class (another wording): day first, 'announced that provisional duties are now being collected'."""
    text = (
        "On 4 March 2031, the Board published a notice and announced that provisional duties are now being collected on"
        " goods imported on or after 4 March 2031.\n"
    )
    assert ("application_start", "2031-03-04") in dates(text)


def test_a_past_notice_imposing_provisional_duties_stays_history():
    """Near miss: 'On <date>, the CBSA issued a notice imposing provisional duties …' (nothing 'now'): history."""
    text = (
        "On May 5, 2027, the CBSA issued a notice imposing provisional duties on goods released on or after May 5,"
        " 2027.\n"
    )
    assert ("application_start", "2027-05-05") not in dates(text)


# --- codes: New Zealand's tariff item joined to its statistical key by a dot ---------------------------------------


def test_a_tariff_item_joined_to_its_statistical_key_by_a_dot_is_the_eight_digit_item():
    """Class: 'tariff item and statistical key 2008.70.09.00L' (final27 3826): the key and its check letter are not
    part of the code."""
    text = (
        "During the period of review the goods were classified under tariff item and statistical key 2008.70.09.00L,"
        " which classification is provided for convenience only.\n"
    )
    assert codes(text) == ["20087009"]


def test_another_item_joined_to_its_key_in_a_schedule_sentence_is_read_alike():
    """Class (another wording): 'Tariff Item 0304.89.00.19K' in a schedule of subject goods."""
    text = "Description of Goods\n\nFrozen hoki fillets, classified under Tariff Item 0304.89.00.19K.\n"
    assert codes(text) == ["03048900"]


def test_a_part_number_with_two_letters_after_its_last_pair_is_no_code():
    """Near miss: a part number whose last pair carries two letters ('7208.51.00.10AB') is no tariff item."""
    text = "The spare part number 7208.51.00.10AB was replaced under warranty.\n"
    assert codes(text) == []


# --- jurisdiction: New Zealand's remedies Act under its earlier name -----------------------------------------------


def test_new_zealands_remedies_act_under_its_earlier_name_says_new_zealand_acts():
    """Class: 'Dumping and Countervailing Duties Act 1988' and 'the Minister of Commerce and Consumer Affairs' (final27
    3828, a 2015 Gazette notice; the Act was renamed in 2017)."""
    text = (
        "Pursuant to section 14(6) of the Dumping and Countervailing Duties Act 1988 (\u201cthe Act\u201d), the"
        " Minister of Commerce and Consumer Affairs, having carried out a reassessment of the anti-dumping duty on"
        " certain nails from Thailand, gives the following notice.\n"
    )
    assert jurisdiction(text) == ["NZ"]


def test_duty_on_imports_into_new_zealand_says_new_zealand_acts():
    """Class (another wording): a notice on the duty 'applying to imports into New Zealand'."""
    text = (
        "Reassessment of duty\n\n"
        "The reassessed duty applying to imports into New Zealand of canned tomatoes from Italy takes effect on the day"
        " after the date of this notice.\n"
    )
    assert jurisdiction(text) == ["NZ"]


def test_the_trade_remedies_act_under_its_current_name_is_still_new_zealands_alone():
    """Near miss: the current name ('Trade (Anti-dumping and Countervailing Duties) Act 1988') is not counted twice
    as the earlier name: one cue, New Zealand all the same."""
    text = "Pursuant to section 17 of the Trade (Anti-dumping and Countervailing Duties) Act 1988, duty applies.\n"
    assert jurisdiction(text) == ["NZ"]


# --- identifier: a Gazette page's 'Notice Number' field ------------------------------------------------------------


def test_a_gazette_pages_notice_number_field_is_its_identifier():
    """Class: 'Notice Number' / '2015-go1817' in a Gazette page's metadata block (final27 3828)."""
    text = (
        "Notice Title\n\nReassessment of Anti-dumping Duty: Steel Nails From Thailand\n\n"
        "Publication Date\n4 Mar 2031\n\nNotice Number\n\n2031-go1044\n\nPage Number\n\n812\n\n"
        "Pursuant to section 14(6) of the Act, the Minister gives the following notice.\n"
    )
    assert identifier(text) == "2031-go1044"


def test_a_notice_number_label_with_a_colon_gives_the_number_below():
    """Class (another wording): 'Notice No.:' over the number on the next line."""
    text = "Notice No.:\nTN-2031-17\n\nChanges to the tariff concessions on machinery.\n"
    assert identifier(text) == "TN-2031-17"


def test_a_page_number_field_is_no_identifier():
    """Near miss: only a 'Page Number' field (and a 'Notice Number' field without a number) names no number."""
    text = "Notice Number\n\nPending\n\nPage Number\n\n1400\n\nThe Minister gives the following notice.\n"
    assert identifier(text) is None


# --- title: a CBSA page's three-line heading -----------------------------------------------------------------------


def test_a_cbsa_case_heading_with_goods_ending_in_board_is_the_whole_heading():
    """Class: 'GB 2016 IN' / 'Certain Gypsum Board' / 'Notice of Initiation of Investigation' (final27 3830): the goods
    line ending in 'Board' is no agency's name, and the heading's three lines are the title."""
    text = (
        "OSB 2031 IN\nCertain Oriented Strand Board\nNotice of Initiation of Investigation\n\n"
        "Ottawa, May 3, 2031\n\n"
        "The Canada Border Services Agency (CBSA) initiated an investigation on May 3, 2031, under the Special Import"
        " Measures Act respecting the alleged injurious dumping of certain oriented strand board.\n"
    )
    assert title(text) == "OSB 2031 IN Certain Oriented Strand Board Notice of Initiation of Investigation"


def test_a_cbsa_expiry_review_schedule_heading_is_the_whole_heading():
    """Class (another wording): 'Expiry Review Schedule' under the goods line."""
    text = (
        "PB 2031 ER\nCertain Particle Board\nExpiry Review Schedule\n\n"
        "Date Event\nMay 3, 2031 Initiation of the CBSA's expiry review investigation\n"
    )
    assert title(text) == "PB 2031 ER Certain Particle Board Expiry Review Schedule"


def test_an_agency_line_ending_in_board_over_a_notice_is_still_no_title():
    """Near miss: a real agency's line ('Canadian Grain Board') over the notice's title is skipped."""
    text = (
        "Canadian Grain Board\n"
        "Notice of Changes to Import Licensing for Malting Barley\n\n"
        "The Board announces changes to its import licensing procedures.\n"
    )
    assert title(text) == "Notice of Changes to Import Licensing for Malting Barley"
