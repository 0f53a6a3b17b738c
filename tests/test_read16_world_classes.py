"""Africa and South and West Asia (issue 15, round 13, read16-world): the classes the set's misses showed.

Codes: national lines written with a capital letter among their digits (Ghana's concessionary chapter 98 lines
'9804.10W00', '9809.0V00') keep their letter; dotted headings after a French or Spanish keyword whose qualifiers
follow it ('sous-positions tarifaires suivantes : 87.01 …'); chapters of a customs union's Common External Tariff
('Chapters 98 and 99 of the CET'). Who acts: Uganda's gazette, the UAE's federal laws, Algeria's DAPS, Nepal's
capital as a dateline, Israel's customs tariff order in Hebrew, Morocco's import duty rate ('quotité du droit
d'importation'), Saudi Arabia's trade authority in Arabic. Measures as these texts word them: duties that 'shall be
raised', customs fees reduced and standardised, a tax that is 'remitted wholly' under a (Remission) Order, SACU
rebate items, a revised tariff book, a move to a new CET version, an amended subheading description, French import
suspensions and Moroccan rate changes, Hebrew customs exemptions, an Arabic authority that announces an
investigation. Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from tests.fact_readers import jurisdiction, measures


def codes(text: str) -> list[str]:
    return [mention.code for mention in find_codes(text)[0]]


def test_a_national_line_written_with_a_letter_keeps_its_letter():
    text = (
        "Goods of Chapter 98 of the HS Code now attract a concessionary rate of 5%, except (a) 9804.10W00 — seed "
        "dressings imported by the cocoa board; and (b) 9809.0V00 — broadcasting equipment for local studios."
    )
    assert codes(text) == ["98", "980410W00", "98090V00"]


def test_a_reference_glued_to_a_word_or_a_version_number_is_no_lettered_code():
    assert codes("Fill in Form C1234.5A67 and see release v1234.10B00 of the software.") == []


def test_dotted_headings_after_a_french_keyword_and_its_qualifiers():
    text = "La suspension est maintenue pour les sous-positions tarifaires suivantes : 84.29, 84.30 et 84.33."
    assert codes(text) == ["8429", "8430", "8433"]


def test_chapters_of_a_common_external_tariff():
    text = "The customs service has opened Chapters 98 and 99 of the CET for national incentives to assemblers."
    assert codes(text) == ["98", "99"]


def test_who_acts_in_african_and_west_asian_texts():
    assert jurisdiction("Uganda Gazette\nVol. CII No. 12 3rd March, 2009\nCONTENTS\nThe Finance Bill—Corrections") == [
        "UG"
    ]
    assert jurisdiction("Federal Law No. 7 of 2011\nConcerning customs duties on tobacco imported into the State") == [
        "AE"
    ]
    assert jurisdiction("Les marchandises restent soumises au droit additionnel provisoire de sauvegarde.") == ["DZ"]
    assert jurisdiction("KATHMANDU: The government has lowered the customs duty on electric buses.") == ["NP"]
    assert jurisdiction("פורסם ברשומות ביום 14.3.2016 בקובץ התקנות 7600") == ["IL"]
    assert jurisdiction("La quotité du droit d'importation applicable au maïs sera ramenée à 2,5 %.") == ["MA"]
    assert jurisdiction("أعلنت الهيئة العامة للتجارة الخارجية بدء تحقيق في واردات الألواح") == ["SA"]


def test_duties_raised_in_the_passive_and_customs_fees_reduced():
    assert measures(
        "Article 1\nThe customs duties shall be raised by 5% to 7% of the CIF value of imported goods."
    ) == ["duty_rate_change"]
    assert measures("The cabinet approved an order to reduce and unify customs fees on imported goods.") == [
        "duty_rate_change"
    ]


def test_a_remission_order_and_a_tax_remitted_wholly():
    text = (
        "THE CUSTOMS DUTY (REMISSION) ORDER, 2031\n\n2. The duty payable on the equipment listed in the Schedule "
        "being imported for the Lake Basin Power project be remitted wholly."
    )
    assert measures(text) == ["remission"]


def test_sacu_rebate_items_and_an_amended_subheading_description():
    assert measures(
        "On 4 March the Commission published guidelines for Rebate Item 460.15, a rebate of the full anti-dumping "
        "duty on frozen hake."
    ) == ["remission"]
    assert "nomenclature_change" in measures(
        "The Commission published its intention to amend the description of tariff subheading 6115.10.30."
    )


def test_a_revised_tariff_book_and_a_new_cet_version():
    assert "nomenclature_change" in measures(
        "The Ministry of Finance has launched a revised tariff book listing duty rates for each product."
    )
    assert "nomenclature_change" in measures(
        "The customs service migrated from the old version of the Common External Tariff to the 2031 edition."
    )


def test_french_import_suspensions_and_a_moroccan_rate_change():
    assert measures("Le décret lève la suspension d’importation des ciments et des carreaux.") == ["prohibition"]
    assert measures(
        "Le projet de décret porte modification de la quotité du droit d'importation applicable à l'orge."
    ) == ["duty_rate_change"]


def test_a_hebrew_customs_exemption_and_an_arabic_announced_investigation():
    assert measures("בצו זה מוצע להאריך את הוראת השעה המבטלת מכסים על כסאות לתינוקות") == ["duty_suspension"]
    assert measures("أعلنت الهيئة اليوم بدء تحقيق مكافحة الإغراق ضد واردات الزجاج") == ["anti_dumping"]
