"""US proclamations, their annexes and HTS statistical change records, by class (round 19 second pass, final22
3201-3209): a duty under section 338 of the Tariff Act of 1930 (the President's remedy against a country's
discrimination of U.S. commerce) is a retaliation, named in the enacting formula or as 'a Section 338 tariff'; the
proviso 'Except as otherwise provided in this proclamation,' closed by its comma excepts no origin of the goods it
leads; the 484(f) Committee's record of 'Changes to the HTS and Schedule B' changes the statistical nomenclature,
is American, and its title's line 'for <day>' (or 'For <day> and <day>') names the days the changes take effect, two
days joined by 'and' after 'for' being no period; a section 318 emergency admitting goods free of the duties under
sections 1671 ff. of title 19 acts on countervailing duties, and 'to safeguard the economic and national security'
names no safeguard; a global safeguard's list of origins 'excluded from the safeguard measure' (FTA partners, the
CBERA beneficiary countries) is its scope, no exclusion nor preference nor affected origin, while the tariff-rate
quota it establishes is a measure it acts on; the litres of the containers a product list describes its goods
in are no quota volumes; a change record's title goes on into its
'For <day> and <day>' line; a
clause authorizing an official 'to exercise the authority in section …' with regard to a partner's imports gives a
power for later, no target. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, jurisdiction, measures, title

SECTION_338_PROCLAMATION = (
    "Imposing Additional Duties to Offset Norwegian Discrimination Against the Commerce of the United States\n\n"
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
    "1.  Norway allocates its import licences for sawn timber in a manner that disfavors the commerce of the "
    "United States.\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the "
    "Constitution and the laws of the United States, including section 338 of the Tariff Act of 1930, section 301 "
    "of title 3 of the United States Code and section 604, do hereby proclaim as follows:\n\n"
    "(1)  Except as otherwise provided in this proclamation, certain products of Norway, as set forth in the "
    "Annex to this proclamation, imported into the United States shall be subject to an additional ad valorem duty "
    "of 35 percent, effective for goods entered for consumption on or after 12:01 a.m. eastern time on March 3, "
    "2031.\n\n"
    "IN WITNESS WHEREOF, I have hereunto set my hand this second day of February, in the year of our Lord two "
    "thousand thirty-one.\n"
)


def test_a_duty_imposed_under_section_338_is_a_retaliation_not_a_rate_change():
    assert measures(SECTION_338_PROCLAMATION) == ["retaliation"]


def test_an_annex_note_applying_a_section_338_tariff_is_a_retaliation():
    text = (
        "                                  Annex\n"
        "Note: A 35% ad valorem Section 338 tariff shall apply to the following articles, unless they are subject "
        "to duties imposed under section 232 of the Trade Expansion Act of 1962.\n"
        " Product           Description\n"
        " 4407.11.00        Sawn wood of pine, of a thickness exceeding 6 mm\n"
        " 4407.12.00        Sawn wood of fir and spruce, of a thickness exceeding 6 mm\n"
    )
    assert measures(text) == ["retaliation"]


def test_the_proviso_except_as_otherwise_provided_excepts_no_origin():
    assert affected(SECTION_338_PROCLAMATION) == ["NO"]


COMMITTEE_RECORD = (
    "                484(f) Committee Changes to the HTS and Schedule B\n"
    "                                  for October 1, 2031\n\n\n"
    "1.     HTS 0805.10.00                                                Oranges\n\n"
    "  Heading/        Stat                Article description                       Unit of\n"
    " Subheading      Suffix                                                          Quantity\n"
    "0805.10.00                      Oranges……………………………………………………………..\n"
    "              15 (20)                Certified organic…………………………………………. kg\n"
    "              25 (20)                Other…………………………………………………………. kg\n\n"
    "HTS Code          Action                                                   Effective Date\n"
    "0805.10.0015      Established (transferred from 0805.10.0020 (pt.)).       2031/10/01\n"
    "0805.10.0020      Discontinued (transferred to 0805.10.0015 and            2031/10/01\n"
    "                  0805.10.0025)\n"
)


def test_a_committee_record_of_changes_to_the_hts_and_schedule_b_changes_the_nomenclature():
    assert measures(COMMITTEE_RECORD) == ["nomenclature_change"]


def test_a_committee_record_of_changes_to_the_hts_and_schedule_b_is_american():
    assert jurisdiction(COMMITTEE_RECORD) == ["US"]


def test_the_day_on_the_title_line_of_a_change_record_is_the_day_its_changes_take_effect():
    assert ("entry_into_force", "2031-10-01") in dates(COMMITTEE_RECORD)


def test_two_days_after_for_joined_by_and_are_two_effective_days_not_a_period():
    text = COMMITTEE_RECORD.replace("for October 1, 2031", "For October 1, 2031 and November 1, 2031")
    found = dates(text)
    assert ("entry_into_force", "2031-10-01") in found and ("entry_into_force", "2031-11-01") in found
    assert not [kind for kind, _ in found if kind.startswith("application")]


EMERGENCY_PROCLAMATION = (
    "Declaration of Emergency and Authorization for Temporary Duty Free Importation of Potash From Norway\n\n"
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
    "1.  Supplies of potash are short.  Immediate imports are needed to safeguard the economic and national "
    "security of the United States.\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the "
    "Constitution and the laws of the United States, including section 318 of the Tariff Act of 1930, do hereby "
    "declare an emergency to exist.  Pursuant to this declaration, I hereby direct as follows:\n\n"
    "(1)  The Secretary of the Treasury and the Secretary of Commerce shall take appropriate action to permit, "
    "for 6 months, the importation, free of the collection of duties and deposits of estimated duties under "
    "sections 1671 and 1675 of title 19, United States Code, of potash of Norway.\n\n"
    "IN WITNESS WHEREOF, I have hereunto set my hand this fourth day of May, in the year of our Lord two "
    "thousand thirty-one.\n"
)


def test_goods_admitted_free_of_the_duties_under_section_1671_of_title_19_act_on_countervailing_duties():
    assert measures(EMERGENCY_PROCLAMATION) == ["countervailing"]


def test_to_safeguard_the_economic_and_national_security_names_no_safeguard():
    text = EMERGENCY_PROCLAMATION.replace("sections 1671 and 1675 of title 19, United States Code", "law")
    assert "safeguard" not in measures(text)


SAFEGUARD_PROCLAMATION = (
    "To Facilitate Positive Adjustment to Competition from Imports of Ceramic Tiles\n\n"
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
    "1.  The International Trade Commission found that ceramic tiles are being imported in such increased "
    "quantities as to be a substantial cause of serious injury.\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the "
    "Constitution and the laws of the United States, including sections 201 and 203 of the Trade Act of 1974, do "
    "proclaim that:\n\n"
    "(1)  To establish a tariff-rate quota on imports of ceramic tiles, subchapter III of chapter 99 of the HTSUS "
    "is modified as provided in the Annex to this proclamation.\n\n"
    "(2)  Except as otherwise provided in this proclamation, imports of ceramic tiles that are the product of "
    "Chile, Canada, the CBERA beneficiary countries, Jordan, Morocco, Oman, Panama, Peru, or Singapore shall be "
    "excluded from the safeguard measure established in this proclamation, and such imports shall not be counted "
    "toward the tariff-rate quota.\n\n"
    "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of June, in the year of our Lord two "
    "thousand thirty-one.\n"
)


def test_a_safeguard_acts_on_the_tariff_rate_quota_it_establishes_not_on_the_origins_it_leaves_out():
    assert measures(SAFEGUARD_PROCLAMATION) == ["safeguard", "tariff_quota"]


def test_origins_listed_at_length_before_their_exclusion_from_the_safeguard_are_not_affected():
    assert affected(SAFEGUARD_PROCLAMATION) == []


def test_the_litres_of_the_containers_a_product_list_describes_are_no_quota_volumes():
    text = (
        "Note: The tariff-rate quota of this heading applies to the following articles.\n"
        " Product           Description\n"
        "                   Cider, sparkling, of an alcoholic strength by volume not over 8%, in containers\n"
        " 2206.00.15        holding 3 liters or less\n"
        "                   Perry, still, in containers holding over 3 liters but not over 9 liters\n"
        " 2206.00.30        \n"
    )
    assert analyse(text)._.quotas == []


def test_a_change_record_title_goes_on_into_the_line_naming_its_days():
    text = COMMITTEE_RECORD.replace("for October 1, 2031", "For October 1, 2031 and November 1, 2031")
    assert title(text) == "484(f) Committee Changes to the HTS and Schedule B For October 1, 2031 and November 1, 2031"


def test_a_power_to_exercise_an_authority_with_regard_to_a_partners_imports_targets_no_origin():
    text = SAFEGUARD_PROCLAMATION.replace(
        "IN WITNESS WHEREOF",
        "(3)  The Trade Representative is authorized, with the approval of the President, to exercise the authority "
        "in section 302(c) of the USMCA Implementation Act with regard to imports of ceramic tiles from either Mexico "
        "or Canada, to revise the Annex to this proclamation, as appropriate.\n\nIN WITNESS WHEREOF",
    )
    assert affected(text) == []
