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
investigation. Dates: Hebrew publication in Reshumot and an end 'עד יום', a news page's 'Publish Date :' field, a
gazette's masthead line, a duty for five years 'to be effective from' a day, a Hijri signature line with its Gregorian
date, a French rate as an earlier act fixed it for its own period. Titles: a news site's date header, its banners and a
paywall's lines are no titles; a federal law's number line goes on into its subject. Rates: the amount a rate is hiked
by and a share of the goods are no rates; a translation's 'raised by 4% to 5%' keeps both. A period 'from July 1st this
year to June 30th, 2032' (its start's year from its end); a federal law's number and a gazette's volume and number as
identifiers; member states that apply their own rates are not the goods' origins. Every passage is written for these
tests."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, rates, title


def affected(text: str, jurisdiction: str) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


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


def test_hebrew_gazette_publication_and_an_extension_until_a_day():
    text = "בצו זה מוצע להאריך את הוראת השעה עד יום 31.12.2032\n\nפורסם ברשומות ביום 14.11.2031 בקובץ התקנות 9120"
    assert dates(text) == [("application_end", "2032-12-31"), ("publication", "2031-11-14")]


def test_a_news_pages_publish_date_field_and_a_gazette_masthead():
    assert dates("Duty cut on buses\n\nKATHMANDU: The duty was lowered.\n\nPublish Date : 3 May 2031 09:15 AM\n") == [
        ("publication", "2031-05-03")
    ]
    assert dates("Uganda Gazette\n\nVol. CXI No. 17 4th April, 2031 Price: Shs. 5000\n\nCONTENTS") == [
        ("publication", "2031-04-04")
    ]


def test_a_duty_for_five_years_to_be_effective_from_a_day():
    text = (
        "The Commission has imposed a definitive anti-dumping duty on nylon yarn from Ruritania at the rate of 9.5 "
        "per cent for a period of five years to be effective from March 2, 2031."
    )
    assert dates(text) == [("application_end", "2036-03-01"), ("application_start", "2031-03-02")]


def test_a_hijri_signature_line_with_its_gregorian_date():
    text = "Article 3\nThis Law shall come into force on its publication.\nIssued by Us\nOn 2 Rajab 1452 H.\nCorresponding to 29 October 2030"
    assert dates(text) == [("document_date", "2030-10-29")]


def test_a_french_rate_as_fixed_by_an_earlier_act_for_its_own_period_is_history():
    text = (
        "Le projet de décret précise que le tarif des droits d'importation, tel qu'il a été fixé par la loi de finances "
        "pour la période allant du 1er janvier au 30 juin 2030, est modifié. Le décret prendra effet à compter du 5 mai 2031."
    )
    assert dates(text) == [("entry_into_force", "2031-05-05"), ("other", "2030-01-01"), ("other", "2030-06-30")]


def test_site_banners_and_date_headers_are_no_titles():
    assert title(
        "Sunday, May 4th, 2031\n\nDuty on cement raised to 40 percent\n\nKATHMANDU: The government raised it."
    ) == ("Duty on cement raised to 40 percent")
    text = (
        "Hello\n\nYour subscription is almost coming to an end. Renew today.\n\nCement import duty doubled\n\n"
        "What you need to know:\n\n  • The rate applies from July 1st.\n\nArusha. The partner states agreed on new rates."
    )
    assert title(text) == "Cement import duty doubled"


def test_a_federal_laws_number_line_goes_on_into_its_subject():
    text = "Federal Law No. 4 of 2031\nCONCERNING THE CUSTOMS DUTY ON CEMENT IMPORTED INTO THE STATE\nWe, President of the State,"
    assert title(text) == "Federal Law No. 4 of 2031 CONCERNING THE CUSTOMS DUTY ON CEMENT IMPORTED INTO THE STATE"


def test_amounts_a_rate_moves_by_and_shares_of_goods_are_no_rates():
    assert rates("The import duty on juice has been hiked by 30 percent and on tea to 40 percent.") == [
        (40, "percent", None)
    ]
    assert rates("The customs duties shall be raised by 4% to 5% of the value of the goods.") == [
        (4, "percent", None),
        (5, "percent", None),
    ]
    assert rates(
        "Over 53 percent of imported goods will be exempt from customs fees; the others pay a 5 percent fee."
    ) == [(5, "percent", None)]


def test_a_period_from_a_day_this_year_to_a_dated_end():
    text = "The new import duty rates will be applicable from March 1st this year to February 28th, 2032."
    assert dates(text) == [("application_end", "2032-02-28"), ("application_start", "2031-03-01")]


def test_a_federal_laws_number_and_a_gazettes_volume_and_number_are_identifiers():
    assert identifier(
        "Federal Law No. 4 of 2031\nCONCERNING THE CUSTOMS DUTY ON CEMENT\nWe, President of the State,"
    ) == ("Federal Law No. 4 of 2031")
    assert (
        identifier("Uganda Gazette\n\nVol. CXI No. 17 4th April, 2031 Price: Shs. 5000\n\nCONTENTS")
        == "Vol. CXI No. 17"
    )


def test_member_states_applying_their_own_rates_are_not_origins():
    text = (
        "Arusha. The Council approved the rates for the year. Kenya will grant stay of application of the CET rate and "
        "apply a duty rate of 10 percent on wheat imported from Argentina. Rwanda is also charging 15 percent on the "
        "same wheat, while Burundi will exempt it from duty. Kenya, along with Uganda and Rwanda, will apply 35 percent "
        "on worn clothing."
    )
    assert affected(text, "KE") == ["AR"]
