"""US and Canadian documents of kinds the sets lacked (issue 15, round 10, read13-na): the classes their misses showed.
Global Affairs Canada's quota messages and a digest of CBP's New York rulings name their jurisdiction; a quota
'filled as of' a day ends in-quota access, and permits withheld 'until' a day resume then; the Canada Gazette's
masthead in capitals dates the issue (English and French); French names of retaliation; a ruling letter's subject
line with its salutation run into it or dropped, and a protest decision's number over its office symbols; a CITT
decision's database lines and its case caption. Every passage is written for these tests."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_dates_families import END, OTHER, PUB, typed
from tests.test_reader_r7 import read


def guessed(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def types(text: str) -> list[str]:
    return sorted(mention.type for mention in analyse(text)._.measures)


QUOTA_FILLED = (
    "The following is provided by Global Affairs Canada.\n"
    "This message pertains to imports of frozen turkey classified under tariff item 0207.25.10.\n"
    "The 2031 tariff rate quota for frozen turkey has been filled as of May 4, 2031, 10:00 am Eastern Time. "
    "Specific import permits under the tariff rate quota will not be issued until January 1, 2032.\n"
)


def test_a_quota_message_of_global_affairs_canada_names_canada():
    assert guessed(QUOTA_FILLED) == ["CA"]


def test_a_digest_of_cbp_new_york_rulings_names_the_united_states():
    digest = (
        "Recent CBP NY Rulings\nThe following are summaries of rulings issued by the agency's National Commodity"
        " Specialist Division in New York:\nN400001: The tariff classification of a garden hose from Ruritania\n"
    )
    assert guessed(digest) == ["US"]


def test_a_quota_filled_as_of_a_day_ends_in_quota_access_and_withheld_permits_resume_later():
    assert typed(QUOTA_FILLED) == {(END, "2031-05-04", False), (OTHER, "2032-01-01", False)}


def test_a_quota_that_will_be_filled_at_an_hour_on_a_day_ends_then():
    text = "The 2031-2032 barley tariff rate quota will be filled as of 11:59 p.m. local time on March 3, 2032.\n"
    assert typed(text) == {(END, "2032-03-03", False)}


def test_the_gazette_masthead_in_capitals_dates_the_issue_and_a_decision_line_in_lower_case_does_not():
    masthead = "Canada Gazette\n\nPart I\n\nOTTAWA, SATURDAY, JANUARY 17, 2032\n\nGOVERNMENT NOTICES\n"
    french = "Gazette du Canada\n\nPartie I\n\nOTTAWA, LE SAMEDI 17 JANVIER 2032\n\nAVIS DU GOUVERNEMENT\n"
    assert typed(masthead) == typed(french) == {(PUB, "2032-01-17", False)}
    assert typed("Decision\n\nOttawa, Thursday, June 12, 2031\n\nThe appeal is allowed.\n") != {
        (PUB, "2031-06-12", False)
    }


def test_french_retaliatory_measures_are_retaliation():
    text = (
        "MINISTÈRE DES FINANCES\n\nAPPEL D'OBSERVATIONS SUR DES MESURES DE RÉTORSION COMMERCIALES CONTRE LA RURITANIE\n\n"
        "Le gouvernement propose d'appliquer des mesures de rétorsion sous forme d'une surtaxe sur certains produits.\n"
    )
    assert "retaliation" in types(text)


def test_a_subject_line_with_the_salutation_run_into_it_titles_the_protest_decision():
    text = (
        "PRO 2\nH400123 ABC\nOT:RR:CTF:ER\n\nPort Director\nPort of Seattle\n\n"
        "RE: Application for Further Review of Protest Number 3001-2031-100001; garden hoses from Ruritania;"
        " timeliness of protest Dear Port Director:\n\nThe following is our decision regarding the protest.\n"
    )
    assert read(text)[:2] == (
        "Application for Further Review of Protest Number 3001-2031-100001; garden hoses from Ruritania;"
        " timeliness of protest",
        "HQ H400123",
    )


def test_a_ruling_letter_copied_without_its_salutation_is_titled_by_its_subject_line():
    text = (
        "CLA-2 OT:RR:CTF:TCM H400456 XYZ\n\nMs. Jane Roe\nRoe Imports\n\n"
        "RE: Revocation of NY N300001; classification of a ceramic mug from Ruritania\n\n"
        "This letter pertains to New York Ruling Letter N300001 concerning the classification of a ceramic mug.\n"
    )
    assert read(text)[:2] == (
        "Revocation of NY N300001; classification of a ceramic mug from Ruritania",
        "HQ H400456",
    )


def test_a_citt_decision_is_titled_by_its_case_caption_not_the_database_lines():
    text = (
        "Customs and Excise Appeals\n\nDecision Information\n\nDecision Content\n\nAppeal No. AP-2031-007\n\n"
        "Ruritanian Lamps Inc.\n\nv.\n\nPresident of the Canada Border Services Agency\n\nDecision issued\n"
        "Friday, May 2, 2031\n\nDECISION\n\nThe appeal is dismissed.\n"
    )
    assert read(text)[:2] == (
        "Ruritanian Lamps Inc. v. President of the Canada Border Services Agency",
        "Appeal No. AP-2031-007",
    )


def codes(text: str) -> list[str]:
    return sorted(code.code for code in analyse(text)._.codes)


def test_a_trade_agreements_chapters_by_their_titles_are_no_tariff_chapters():
    text = (
        "Entitlement to the preferential tariff treatment on imports of goods is determined by the rules of origin set"
        " out in Chapter 4 Rules of Origin, Chapter 5 Origin Procedures and Chapter 6 Textile and Apparel Goods of"
        " the Agreement. Goods of chapter 61 remain subject to the duty.\n"
    )
    assert codes(text) == ["61"]


def test_a_quota_closed_when_filled_is_acted_on_and_its_access_items_are_no_nomenclature_change():
    text = (
        "Barley Tariff Rate Quota\n"
        "This message pertains to imports of barley classified under Customs Tariff heading 10.03.\n"
        "The purpose of this message is to inform you that the 2031 barley tariff rate quota has been filled and that"
        " the within access commitment tariff items will be closed at that time. Goods that qualify under the"
        " Ruritania Tariff will continue to be assessed at the within access lower rate of duty.\n"
    )
    assert types(text) == ["tariff_quota"]
    assert types(QUOTA_FILLED) == ["tariff_quota"]


def test_cultural_property_import_restrictions_are_a_prohibition_on_that_country():
    text = (
        "Extension of Import Restrictions Imposed on Archaeological Material From Ruritania\n\n"
        "This final rule amends the CBP regulations to reflect an extension of import restrictions on certain"
        " archaeological material from Ruritania through May 4, 2036.\n"
    )
    doc = analyse(text)
    assert [m.type for m in doc._.measures] == ["prohibition"]


def test_a_ruling_letter_naming_no_measure_affects_no_origin_it_names():
    text = (
        "CLA-2 OT:RR:CTF:TCM H400789 XYZ\n\nMs. Jane Roe\n\n"
        "RE: Classification of a ceramic mug from China\n\nDear Ms. Roe:\n\n"
        "This is in reply to your letter concerning the classification of a ceramic mug imported from China.\n"
    )
    assert analyse(text)._.countries["affected"] == []


def test_a_notice_to_importers_and_a_presidential_document_heading_give_their_numbers():
    notice = "Notice to Importers No. 1012\n\nMay 3, 2031\n\nGlobal Affairs Canada has issued a new notice.\n"
    proclamation = (
        "To Modify Duty-Free Treatment Under the Generalized System of Preferences, 40001-40004 [X31-10801]\n\n"
        "Presidential Documents Federal Register Vol. 96, No. 12 Title 3— Proclamation 11020 of June 2, 2031 The"
        " President To Modify Duty-Free Treatment Under the Generalized System of Preferences By the President of"
        " the United States of America A Proclamation 1. Pursuant to section 501 of the Trade Act of 1974 ...\n"
    )
    assert read(notice)[1] == "Notice to Importers No. 1012"
    assert read(proclamation)[:2] == (
        "To Modify Duty-Free Treatment Under the Generalized System of Preferences",
        "Proclamation 11020",
    )
