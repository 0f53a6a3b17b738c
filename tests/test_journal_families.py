"""Classes found reading fresh EU Official Journal notices, UK trade remedies and tariff notices, UK statutory
instruments, Canada Gazette Part I pages and CBSA customs notices (round 4 of issue 15). Every passage is
written for these tests: other goods, other countries, other numbers and dates than any real document."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse


def typed_dates(text: str, **kwargs) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, **kwargs)._.dates}


def measure_types(text: str, **kwargs) -> set[str]:
    return {m.type for m in analyse(text, **kwargs)._.measures}


def title_and_identifier(text: str, **kwargs) -> tuple:
    doc = analyse(text, **kwargs)
    title, identifier = doc._.official_title, doc._.identifier
    return (title.text if title else None, identifier.text if identifier else None)


# --- dates ------------------------------------------------------------------------------------------------

QUOTA_REGULATION = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/455\n\nof 12 May 2031\n\n"
    "fixing the quantities to be carried over to the subperiod from 1 July 2031 to 31 December 2031 under the "
    "tariff quotas for frozen hake\n\nTHE EUROPEAN COMMISSION,\n\nWhereas:\n\n"
    "(1) The applications for import licences lodged from 2 April 2031 to 9 April 2031 for the subperiod from "
    "1 January 2031 to 30 June 2031 covered less than the quantities available.\n\n"
    "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe quantities set out in the Annex shall be added to the "
    "subperiod from 1 July 2031 to 31 December 2031.\n"
)


def test_periods_restated_in_the_recitals_are_history_and_the_articles_give_the_act_its_dates():
    assert typed_dates(QUOTA_REGULATION, jurisdiction="EU") == {
        ("document_date", "2031-05-12"),
        ("application_start", "2031-07-01"),
        ("application_end", "2031-12-31"),
        ("other", "2031-04-02"),
        ("other", "2031-04-09"),
        ("other", "2031-01-01"),
        ("other", "2031-06-30"),
    }


def test_a_gazette_page_dated_on_the_line_under_its_issue_header():
    text = (
        "Canada Gazette, Part I, Volume 165, Number 12: COMMISSIONS\n\nMarch 22, 2031\n\n"
        "CANADIAN INTERNATIONAL TRADE TRIBUNAL\n\nEXPIRY REVIEW OF ORDER\n\nAluminum ladders\n\n"
        "The Tribunal gives notice that it will initiate an expiry review of its order made on April 3, 2026.\n"
    )
    assert typed_dates(text, jurisdiction="CA") == {("publication", "2031-03-22"), ("other", "2026-04-03")}


def test_an_online_tariff_story_is_dated_by_its_stop_press_heading():
    text = (
        "UK Integrated Online Tariff\n\nTariff Stop Press Notice - 4 February 2031\n\n"
        "Update to duty suspensions\n\nThe suspensions listed below can be used for imports from 9 February 2031.\n"
    )
    doc = analyse(text, jurisdiction="UK")
    assert {(d.type, d.date) for d in doc._.dates} == {
        ("document_date", "2031-02-04"),
        ("entry_into_force", "2031-02-09"),
    }
    assert doc._.official_title.text == "Tariff Stop Press Notice - 4 February 2031"


def test_a_notice_coming_into_effect_the_day_after_its_publication():
    text = (
        "Trade remedies notice 2031/04: safeguard measure: tariff-rate quota on aluminium sheet\n"
        "This notice was published on 14 March 2031, coming into effect the next day.\n"
        "The application of the safeguard measure will continue to be suspended with respect to goods "
        "originating in Moldova.\n"
    )
    doc = analyse(text, jurisdiction="UK")
    assert {(d.type, d.date, d.derived) for d in doc._.dates} == {
        ("publication", "2031-03-14", False),
        ("entry_into_force", "2031-03-15", True),
    }


# --- measure types and countries ------------------------------------------------------------------------


def test_a_surtax_imposed_in_response_to_another_countrys_tariffs_is_retaliation():
    text = (
        "Surtaxes on Certain Goods Originating in Freedonia\nCustoms Notice 31-06\n\nOttawa, May 2, 2031\n\nRevised, June 3, 2031\n\n"
        "1. This notice explains the Freedonia Surtax Order, effective May 9, 2031.\n\n"
        "2. The surtaxes are applied by Canada in response to Freedonia's (F.R.) imposition of tariffs on "
        "imports of Canadian softwood lumber.\n\n"
        "3. Effective May 9, 2031, goods originating in Freedonia are subject to a surtax of 20% on the value "
        "for duty.\n"
    )
    assert measure_types(text, jurisdiction="CA") == {"retaliation"}
    assert title_and_identifier(text, jurisdiction="CA")[1] == "Customs Notice 31-06"
    # the notice's date, not its later revision's
    assert typed_dates(text, jurisdiction="CA") == {
        ("document_date", "2031-05-02"),
        ("other", "2031-06-03"),
        ("entry_into_force", "2031-05-09"),
    }


def test_a_cbsa_determination_of_dumping_is_an_anti_dumping_measure():
    text = (
        "CANADA BORDER SERVICES AGENCY\n\nSPECIAL IMPORT MEASURES ACT\n\nSteel shelving — Decision\n\n"
        "On June 14, 2031, the Canada Border Services Agency made a final determination of dumping concerning "
        "certain steel shelving originating in or exported from Malaysia.\n"
    )
    doc = analyse(text, jurisdiction="CA")
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
    assert doc._.countries["affected"] == ["MY"]


def test_a_transition_notice_concerns_its_own_measure_and_origin_not_those_of_the_acts_it_cites():
    text = (
        "Notice of determination 2031/07: anti-dumping duty on certain steel hinges originating in Vietnam "
        "3 March 2031\n"
        "Determination to transition trade remedies measure\n"
        "The Secretary of State has determined the anti-dumping duty on certain steel hinges originating in "
        "Vietnam imposed by the following European Union (EU) instrument is to be transitioned:\n"
        "Commission Implementing Regulation (EU) 2029/812 of 4 May 2029 imposing a definitive anti-dumping duty "
        "on imports of certain steel hinges originating in Vietnam and terminating the proceeding on imports of "
        "certain steel hinges originating in Thailand.\n"
        "Transition of EU trade remedies measure\n"
        "This determination follows a call for evidence held by the Department to identify anti-dumping and "
        "countervailing duties imposed by the EU that should be carried over into the UK system.\n"
    )
    doc = analyse(text, jurisdiction="UK")
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
    assert doc._.countries["affected"] == ["VN"]
    assert title_and_identifier(text, jurisdiction="UK") == (
        "Notice of determination 2031/07: anti-dumping duty on certain steel hinges originating in Vietnam "
        "3 March 2031",
        "Notice of determination 2031/07",
    )


def test_a_cbsa_initiation_names_injurious_dumping_and_the_date_representations_are_due():
    text = (
        "Canada Gazette, Part I, Volume 165, Number 30: COMMISSIONS\n\nJuly 26, 2031\n\n"
        "CANADA BORDER SERVICES AGENCY\n\nSPECIAL IMPORT MEASURES ACT\n\nWire mesh — Decision\n\n"
        "On July 15, 2031, the Canada Border Services Agency initiated an investigation into the alleged "
        "injurious dumping and subsidizing of certain wire mesh from Malaysia and Thailand, and a subsidy "
        "investigation concerning the same goods.\n\nRepresentations\n\nTo be given consideration in the "
        "investigation, the evidence should be received by October 20, 2031.\n"
    )
    doc = analyse(text, jurisdiction="CA")
    assert {(d.type, d.date) for d in doc._.dates} == {
        ("publication", "2031-07-26"),
        ("other", "2031-07-15"),
        ("comment_deadline", "2031-10-20"),
    }
    assert {m.type for m in doc._.measures} == {"anti_dumping", "countervailing"}
    assert doc._.countries["affected"] == ["MY", "TH"]


# --- codes ----------------------------------------------------------------------------------------------


def test_additional_codes_however_abbreviated_are_not_tariff_codes():
    text = (
        "Suspension measures with add code 2703 have been updated on the following commodity codes:\n"
        "0805100020 Oranges\n0805210010 Mandarins\nUse additional code 2702 for the partial suspension.\n"
    )
    codes, _ = find_codes(text)
    assert {c.code for c in codes} == {"0805100020", "0805210010"}


# --- titles and identifiers -----------------------------------------------------------------------------


def test_an_official_journal_notice_under_its_page_header_cells():
    text = (
        "14.3.2031\n\nEN\n\nOfficial Journal of the European Union\n\nC 77/9\n\n"
        "Notice of initiation of an anti-dumping proceeding concerning imports of certain glass jars originating "
        "in Ruritania\n\n(2031/C 77/05)\n\nThe European Commission has received a complaint alleging that "
        "imports of certain glass jars are being dumped.\n"
    )
    title, identifier = title_and_identifier(text, jurisdiction="EU")
    assert title.startswith("Notice of initiation of an anti-dumping proceeding concerning imports of certain glass")
    assert identifier == "2031/C 77/05"


def test_an_official_journal_notice_flattened_onto_one_line_keeps_its_number():
    text = (
        "Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of citric "
        "esters originating in Ruritania (2031/C 140/11) Following the publication of a notice of impending "
        "expiry, the Commission has received a request for review.\n"
    )
    assert title_and_identifier(text, jurisdiction="EU")[1] == "2031/C 140/11"


def test_a_uk_statutory_instrument_title_and_number():
    text = (
        "Statutory Instruments\n\n2031 No. 88\n\nCUSTOMS\n\n"
        "The Customs (Tariff Quotas) (No. 2) Regulations 2031\n\nMade\n\n2nd February 2031\n\n"
        "Laid before the House of Commons\n\n3rd February 2031\n\nComing into force\n\n1st March 2031\n\n"
        "1. These Regulations may be cited as the Customs (Tariff Quotas) (No. 2) Regulations 2031.\n"
    )
    assert title_and_identifier(text, jurisdiction="UK") == (
        "The Customs (Tariff Quotas) (No. 2) Regulations 2031",
        "2031 No. 88",
    )
