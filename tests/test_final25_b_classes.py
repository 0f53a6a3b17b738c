"""EU, UK and Austrian acts and guidance, by class (round 22 second pass, final25 3613-3623). Each class has a passage
in the final25 documents' own kind, one in another wording or jurisdiction, and a near miss that must not give the
fact. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, measures


def codes(text: str) -> list[str]:
    return sorted(code.code for code in analyse(text)._.codes)


def quotas(text: str) -> list[tuple[float, str]]:
    return sorted((quota.amount, quota.unit) for quota in analyse(text)._.quotas)


# --- a chapter where the act amends the nomenclature: 'Chapter 22 of Part Two of the CN', a note it amends ----------


def test_a_chapter_of_part_two_of_the_combined_nomenclature_that_an_article_amends_is_a_code():
    """Class: 'Chapter N of Part Two of the Combined Nomenclature … is amended as follows' names the chapter whose rows
    the act changes (final25 3615); 'of Part Two' is the nomenclature's structure, not another text's chapter."""
    text = (
        "Article 1\n\n"
        "Chapter 22 of Part Two of the Combined Nomenclature set out in Annex I to Regulation (EEC) No 2658/87 is"
        " amended as follows:\n\n"
        "(a) the row for CN code 2202 99 91 is deleted;\n"
    )
    assert codes(text) == ["22", "22029991"]


def test_a_chapter_note_that_the_act_supplements_gives_its_chapter():
    """Class: a chapter's note the act amends ('In Additional note 6 to Chapter 17 … the following paragraph is added',
    final25 3621/3623): the chapter is where the nomenclature changes."""
    text = (
        "Article 1\n\n"
        "In Additional note 3 to Chapter 20 of Part Two of the Combined Nomenclature set out in Annex I to Regulation"
        " (EEC) No 2658/87, the following paragraph is added:\n\n"
        "'The sugar content shall be determined by refractometer.'\n"
    )
    assert codes(text) == ["20"]


def test_a_chapter_note_replaced_in_a_national_tariff_gives_its_chapter():
    """Another wording and jurisdiction: a national tariff order replacing a chapter note."""
    text = (
        "2. In the Schedule to the Customs Tariff, Note 4 to Chapter 39 is replaced by the following:\n\n"
        "'4. The expression \"copolymers\" covers all polymers in which no single monomer unit contributes 95 %.'\n"
    )
    assert codes(text) == ["39"]


def test_a_chapter_note_named_as_a_reason_for_a_classification_is_no_code():
    """Near miss: a classification regulation names a note only as the reason for the heading it picks."""
    text = (
        "Classification is determined by general rules 1 and 6 for the interpretation of the Combined Nomenclature,"
        " by Additional note 1 to Chapter 42 and by the wording of CN codes 4202 and 4202 32 90.\n"
    )
    assert "42" not in codes(text)


def test_a_us_note_to_a_chapter_that_a_proclamation_modifies_stays_structure():
    """Near miss: an additional U.S. note modified by a proclamation is the schedule's structure, not a chapter of
    goods."""
    text = (
        "(1) Additional U.S. note 5 to chapter 17 of the HTS is modified by deleting '1,117,195' and inserting"
        " '1,317,195' in lieu thereof.\n"
    )
    assert "17" not in codes(text)


# --- codes listed in one cell with spaces only -----------------------------------------------------------------------


def test_cn_codes_listed_in_one_cell_with_spaces_only_are_each_read():
    """Class: an annex cell lists CN codes with only spaces between them, some after 'ex' and some not ('ex 3926 20 00
    4015 11 00 ex 6210 10 10 6210 10 92', final25 3618): the last pair of one code is no phone trunk prefix of the
    next, and no code swallows the next one's heading."""
    text = (
        "Category | Description | CN Codes\n"
        "Gloves | Gloves for protection against infectious material | ex 3926 20 00 4015 11 00 ex 4015 19 00\n"
        "Gowns | Gowns for protection against infectious material | ex 6210 10 10 6210 10 92 ex 6210 10 98\n"
    )
    assert codes(text) == ["39262000", "40151100", "40151900", "62101010", "62101092", "62101098"]


def test_commodity_codes_of_a_notice_run_together_with_spaces_are_each_read():
    """Another wording: a UK-style notice listing commodity codes with spaces only."""
    text = "The measure covers the goods of commodity codes 7304 19 10 7304 19 30 7304 19 90 from 1 March 2031.\n"
    assert codes(text) == ["73041910", "73041930", "73041990"]


def test_a_phone_number_with_its_trunk_prefix_is_still_no_code():
    """Near miss: a trunk prefix before a phone number's groups keeps them from being a code."""
    text = "For questions about commodity codes call the helpline on 020 7215 5000 or write to us.\n"
    assert codes(text) == []


def test_a_refund_nomenclature_code_with_a_four_digit_suffix_stays_one_code():
    """Near miss: a CN code and its four-digit refund suffix ('0406 90 33 9919') is one 12-digit code, not a CN code
    and a heading."""
    text = "Cheese falling within code 0406 90 33 9919 shall not qualify for the refund.\n"
    assert codes(text) == ["040690339919"]


# --- a number format's placeholder -----------------------------------------------------------------------------------


def test_a_placeholder_of_one_repeated_digit_is_no_code():
    """Class: a form's explanatory note describes a number format with a placeholder of one repeated digit
    ('XXyyyy999999, where … 999999 is a 6-digit number', final25 3618): no heading of any schedule."""
    text = (
        "Box 2 | Authorisation number | The authorisation number has the following format: XXyyyy999999, where XX is"
        " the code of the issuing Member State and 999999 is a 6-digit number unique within XXyyyy.\n"
    )
    assert codes(text) == []


def test_a_declaration_placeholder_for_an_unknown_commodity_code_is_no_code():
    """Another wording: a customs declaration guide's filler for an unknown commodity code."""
    text = "Where the commodity code is not yet known, enter 99999999 in box 33 and the description in box 31.\n"
    assert codes(text) == []


def test_a_chapter_99_code_with_repeated_digits_stays_a_code():
    """Near miss: a real code with repeated digits that are not all one digit."""
    text = "Goods of heading 9903.88.03 remain subject to the additional duty.\n"
    assert codes(text) == ["99038803"]


# --- destinations excepted from an all-destination measure by several of its paragraphs ------------------------------


def test_destinations_not_subject_to_the_measures_of_paragraphs_1_and_2_are_not_affected():
    """Class: an export regime for all destinations excepts some by name ('Exports to Norway, Iceland … shall not be
    subject to the measures set out in paragraphs 1 and 2', final25 3618): several paragraphs named as the measure
    leave those countries out as one paragraph does."""
    text = (
        "Article 1\n\n"
        "1. An export authorisation shall be required for the export outside the Union of the products listed in"
        " Annex I.\n\n"
        "2. Without the production of such export authorisation, the exportation is prohibited.\n\n"
        "3. Exports to Norway, Iceland, Liechtenstein and Switzerland shall not be subject to the measures set out in"
        " paragraphs 1 and 2.\n"
    )
    assert affected(text) == []


def test_origins_not_subject_to_the_duties_imposed_by_two_articles_are_not_affected():
    """Another wording: a duty for all origins that leaves partners out by naming its articles."""
    text = (
        "Article 3\n\n"
        "Products originating in Canada or Mexico shall not be subject to the duties imposed by Articles 1 and 2 of"
        " this Regulation.\n"
    )
    assert affected(text) == []


def test_origins_made_subject_to_the_measures_of_two_paragraphs_stay_affected():
    """Near miss: goods of a named origin made subject to the same measures are targeted."""
    text = (
        "Article 1\n\n"
        "3. Imports originating in Viet Nam shall be subject to the measures set out in paragraphs 1 and 2.\n"
    )
    assert affected(text) == ["VN"]


# --- the signature ends the act's last section -----------------------------------------------------------------------


def test_a_footnote_under_the_signature_is_not_in_the_entry_into_force_article():
    """Class: an act's last article is headed 'Entry into force and application'; the signature ('Done at …') ends
    it, so the footnotes below it (the Parliament's position 'of 10 March 2016', final25 3622) date other acts."""
    text = (
        "Article 8\n\nEntry into force and application\n\n"
        "This Regulation shall enter into force on 1 June 2031.\n\n"
        "Done at Strasbourg, 20 May 2031.\n\nFor the European Parliament\n\nThe President\n\n"
        "(1) Position of the European Parliament of 9 April 2031 (not yet published in the Official Journal) and"
        " decision of the Council of 12 May 2031.\n"
    )
    assert dates(text) == [
        ("document_date", "2031-05-20"),
        ("entry_into_force", "2031-06-01"),
        ("other", "2031-04-09"),
        ("other", "2031-05-12"),
    ]


def test_a_french_footnote_under_the_signature_is_not_in_the_entry_into_force_article():
    """Another language: the French act's 'Fait à …' ends its 'Entrée en vigueur' article."""
    text = (
        "Article 3\n\nEntrée en vigueur\n\n"
        "Le présent règlement entre en vigueur le 1er juin 2031.\n\n"
        "Fait à Bruxelles, le 20 mai 2031.\n\nPar la Commission\n\n"
        "(1) Avis du Parlement européen du 9 avril 2031.\n"
    )
    assert ("entry_into_force", "2031-04-09") not in dates(text)


def test_a_date_of_the_entry_into_force_article_above_the_signature_keeps_its_type():
    """Near miss: the article's own date above the signature is still its entry into force."""
    text = (
        "Article 8\n\nEntry into force\n\n"
        "This Regulation shall enter into force on 1 June 2031.\n\n"
        "Done at Brussels, 20 May 2031.\n"
    )
    assert ("entry_into_force", "2031-06-01") in dates(text)


# --- licensing: exports or imports made subject to the production of an authorisation or licence --------------------


def test_exports_made_subject_to_the_production_of_an_export_authorisation_are_licensing():
    """Class: 'making the exportation of certain products subject to the production of an export authorisation'
    (final25 3618): an authorisation regime, whatever words stand between 'subject to' and the authorisation."""
    text = (
        "Commission Implementing Regulation (EU) 2031/77 of 2 March 2031 making the exportation of certain medical"
        " gases subject to the production of an export authorisation\n\n"
        "Article 1\n\n"
        "1. The export outside the Union of the products listed in Annex I shall be subject to the production of an"
        " export authorisation issued by the competent authorities of the Member State where the exporter is"
        " established.\n"
    )
    assert "licensing" in measures(text)


def test_imports_made_subject_to_the_presentation_of_an_import_licence_are_licensing():
    """Another wording: an import regime 'subject to the presentation of an import licence'."""
    text = (
        "Article 2\n\n"
        "Releases for free circulation of the steel products listed in the Annex shall be subject to the presentation"
        " of an import licence issued by the Member States.\n"
    )
    assert "licensing" in measures(text)


def test_imports_subject_to_the_production_of_a_certificate_of_origin_are_no_licensing():
    """Near miss: a proof of origin to be produced is no licence."""
    text = (
        "Article 2\n\n"
        "Releases for free circulation of the goods listed in the Annex shall be subject to the production of a"
        " certificate of origin issued by the exporting country.\n"
    )
    assert "licensing" not in measures(text)


# --- a reference document revised to follow commodity code changes made elsewhere ------------------------------------


def test_a_document_revised_to_reflect_changes_to_commodity_codes_changes_no_nomenclature():
    """Class: a UK instrument's explanatory note says a reference document 'is also revised to reflect changes to
    commodity codes' (final25 3619): it follows changes made in the tariff, it makes none."""
    text = (
        "EXPLANATORY NOTE\n\n"
        "Regulation 5 amends the definition of the Suspensions of Import Duty Rates Document to refer to a revised"
        " version of this document. This document is revised to add goods to the list of goods subject to tariff"
        " suspensions. This document is also revised to reflect changes to commodity codes by reference to which the"
        " applicable duty rate is determined.\n"
    )
    assert "nomenclature_change" not in measures(text)


def test_a_schedule_updated_to_reflect_changes_to_the_commodity_codes_changes_no_nomenclature():
    """Another wording: a quota schedule updated to follow the new codes of the tariff."""
    text = (
        "Article 1\n\n"
        "The Annex is replaced by the Annex to this Order. The Annex is updated to reflect the changes to the"
        " commodity codes made by the 2031 amendments of the tariff, and the quota volumes are unchanged.\n"
    )
    assert "nomenclature_change" not in measures(text)


def test_a_notice_of_changes_to_commodity_codes_still_changes_the_nomenclature():
    """Near miss: a notice announcing the changes to commodity codes themselves."""
    text = (
        "Tariff stop press notice\n\n"
        "Changes to commodity codes: from 1 July 2031 commodity code 8507 60 00 is split and new commodity codes"
        " 8507 60 10 and 8507 60 90 are created.\n"
    )
    assert "nomenclature_change" in measures(text)


# --- one table row's date where the document's own date stands outside the table -----------------------------------


def test_an_invoice_rows_date_is_not_the_acts_own_date():
    """Class: an act dated in its title lists an invalidated invoice in a table ('Number of invoice | Date | Issued
    by' / 'XTS-004 | 16 January 2015 | …', final25 3620): the row's date is the invoice's."""
    text = (
        "Commission Implementing Regulation (EU) 2031/88 of 28 June 2031 withdrawing the acceptance of the"
        " undertaking for one exporting producer\n\n"
        "(27) The re-sale invoice is linked to the following transaction:\n\n"
        "Number of commercial invoice | Date | Issued by | Issued to\n"
        "RTX-2030-17 | 16 January 2030 | Ruritania Solar Co. Ltd | Example Trading GmbH\n\n"
        "Therefore this invoice is declared invalid.\n"
    )
    assert ("document_date", "2030-01-16") not in dates(text)
    assert ("document_date", "2031-06-28") in dates(text)


def test_a_consignment_rows_date_is_not_the_notices_own_date():
    """Another wording: a notice signed at its foot lists a consignment in a table."""
    text = (
        "Notice to importers: release of a detained consignment\n\n"
        "Entry number | Date | Importer\n"
        "ENT-4471 | 3 February 2031 | Example Foods Ltd\n\n"
        "The consignment may be released on payment of the duty.\n\n"
        "Dated: 10 March 2031\n"
    )
    assert ("document_date", "2031-02-03") not in dates(text)


def test_an_acts_own_date_repeated_in_a_table_row_stays_its_date():
    """Near miss: the act's own date, in its title and again in a row of its table, stays its date."""
    text = (
        "Commission Implementing Regulation (EU) 2031/88 of 28 June 2031 on the list of approved exporters\n\n"
        "Exporter | Date of approval\n"
        "Example Solar Co. Ltd | 28 June 2031\n"
    )
    assert ("document_date", "2031-06-28") in dates(text)
