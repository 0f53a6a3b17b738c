"""WTO notification forms (TBT, SPS, safeguards) and other countries' trade notices: who notifies (the Member,
never an affected country), the measure a form notifies, its comment deadline; South African gazette headers in
Afrikaans and English, a republished Malaysian order's gazette line, an Indian notification's date line and the
other acts it cites; a reporting period; dumping investigations opened or completed; orders that levy a duty.
Every passage is written for these tests, with other products, numbers, dates and countries than any eval set."""

import pytest

from nlp.dates.extract import extract_dates
from nlp.pipeline import analyse
from nlp.text.layout import Layout

DOC, PUB, OTHER, EIF, DEADLINE = "document_date", "publication", "other", "entry_into_force", "comment_deadline"


def typed(text, jurisdiction=None):
    return {(d.type, d.date) for d in extract_dates(text, None, jurisdiction)}


def facts(text: str, jurisdiction: str | None = None) -> tuple[set[str], dict]:
    doc = analyse(text, jurisdiction=jurisdiction)
    return {m.type for m in doc._.measures}, doc._.countries


TBT_FORM = (
    "NOTIFICATION\nThe following notification is being circulated in accordance with Article 10.6\n"
    "1. | Notifying Member: VIET NAM If applicable, name of local government involved: |\n"
    "2. | Agency responsible: Ministry of Science and Technology |\n"
    "3. | Notified under Article 2.9.2 [X], 2.10.1 [ ], 5.6.2 [ ], 5.7.1 [ ] |\n"
    "4. | Products covered: Electric kettles (HS code(s): 851671) |\n"
    "6. | Description of content: The draft regulation sets energy efficiency requirements for electric kettles. |\n"
    "10. | Final date for comments: [ ] 60 days from notification and/or 17 August 2031 |\n"
)

SPS_FORM = (
    "Committee on Sanitary and Phytosanitary Measures\nNOTIFICATION\nEmergency measures\n"
    "1. Notifying Member: ECUADOR\n2. Agency responsible: Agency for Phytosanitary and Zoosanitary Regulation\n"
    "3. Products covered: Fresh mangoes (HS 080450)\n"
    "4. Regions or countries likely to be affected, to the extent relevant or practicable: [ ] All trading "
    "partners [X] Specific regions or countries: Peru\n"
    "6. Description of content: Imports of fresh mangoes from the notified origin are suspended for 90 days.\n"
)


def test_a_tbt_form_names_its_notifying_member_the_measure_and_the_comment_deadline():
    measures, countries = facts(TBT_FORM, "WTO")
    assert (measures, countries) == ({"sps_tbt"}, {"implementing": ["VN"], "affected": []})
    assert typed(TBT_FORM, "WTO") == {(DEADLINE, "2031-08-17")}


def test_an_sps_form_targets_the_regions_it_names_and_not_its_notifying_member():
    assert facts(SPS_FORM, "WTO") == ({"sps_tbt"}, {"implementing": ["EC"], "affected": ["PE"]})


def test_a_member_whose_mission_sent_the_communication_is_the_one_that_notifies():
    text = (
        "Committee on Safeguards\nNOTIFICATION UNDER ARTICLE 12.1(B) OF THE AGREEMENT ON SAFEGUARDS\n"
        "The following communication, dated 3 May 2031, has been received from the Permanent Mission of Morocco.\n"
    )
    assert analyse(text, jurisdiction="WTO")._.countries["implementing"] == ["MA"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Afrikaans and English running headers of South Africa's Government Gazette
        ("STAATSKOERANT, 14 MAART 2031 No. 51234 47\nNOTICE 912 OF 2031\n", {(PUB, "2031-03-14")}),
        ("GOVERNMENT GAZETTE, 9 OCTOBER 2031 No. 51877 63\nNOTICE 1140 OF 2031\n", {(PUB, "2031-10-09")}),
        # a republished order's gazette line, then its commencement and signature
        (
            "CUSTOMS DUTIES (AMENDMENT) (NO. 3) ORDER 2031\n(Gazetted on 6 May, 2031)\n"
            "(2) This Order comes into operation on 8 May 2031.\nMade 28 April 2031\n",
            {(PUB, "2031-05-06"), (EIF, "2031-05-08"), (DOC, "2031-04-28")},
        ),
        # an Indian notification's date line, and the acts it cites on hard-wrapped lines
        (
            "Notification\nNew Delhi, dated the 4th February, 2031\nNo. 9/2031-Customs\n"
            "G.S.R. (E).- The goods specified in notification No. 41/2029-\nCustoms, dated the 30th June, 2029, "
            "published in the\nGazette of India, Extraordinary, vide number G.S.R. 512(E), dated the 30th June, "
            "2029, shall be exempt.\n",
            {(DOC, "2031-02-04"), (OTHER, "2029-06-30")},
        ),
        # a PDF's ordinal printed apart from its day: "6 th June"
        (
            "GOVERNMENT OF PAKISTAN\nIslamabad, the 2 nd March, 2031\nNOTIFICATION (CUSTOMS)\nThis notification "
            "amends Notification No. S.R.O. 41(I)/2029, dated the 6 th June, 2029, with effect from the 1 st April, "
            "2031.\n",
            {(DOC, "2031-03-02"), (OTHER, "2029-06-06"), (EIF, "2031-04-01")},
        ),
        # an act's own heading in square brackets (the Philippine National Administrative Register)
        (
            "(NAR) VOL. 41 NO. 2 / APRIL - JUNE 2031\n\n[ BOC CUSTOMS MEMORANDUM ORDER NO. 17-2031, May 5, 2031 ]\n\n"
            "Pursuant to the Order dated 28 April 2031 of the Secretary of Trade and Industry, a safeguard duty is "
            "imposed on imported float glass.\n",
            {(DOC, "2031-05-05"), (OTHER, "2031-04-28")},
        ),
        # a WTO committee's call for reports over a reporting period: no measure's period
        (
            "Members are invited to submit their semi-annual reports covering the period 1 July-31 December 2030 "
            "not later than 15 February 2031.\n",
            {(OTHER, "2030-07-01"), (OTHER, "2030-12-31"), (OTHER, "2031-02-15")},
        ),
    ],
)
def test_dates_of_gazette_headers_date_lines_and_reporting_periods(text, expected):
    assert typed(text) == expected


def test_a_notice_opening_an_investigation_into_alleged_dumping():
    text = (
        "INTERNATIONAL TRADE ADMINISTRATION COMMISSION\nNOTICE OF INITIATION OF AN INVESTIGATION INTO THE ALLEGED "
        "DUMPING OF CERAMIC WALL TILES ORIGINATING IN OR IMPORTED FROM THE ARAB REPUBLIC OF EGYPT\n"
        "THE PRODUCT\nThe product allegedly being dumped is ceramic wall tiles, classifiable under tariff "
        "subheading 6907.21.10.\n"
    )
    assert facts(text, "ZA") == ({"anti_dumping"}, {"implementing": ["ZA"], "affected": ["EG"]})


def test_findings_that_complete_a_dumping_investigation():
    text = (
        "Customs Act 1901 – Part XVB\nCertain Aluminium Ladders\nExported from the Republic of Indonesia\n"
        "Findings in Relation to a Dumping Investigation\n"
        "The Commissioner has completed the investigation into the alleged dumping of certain aluminium ladders "
        "exported to Australia from the Republic of Indonesia.\n"
    )
    assert facts(text, "AU") == ({"anti_dumping"}, {"implementing": ["AU"], "affected": ["ID"]})


@pytest.mark.parametrize(
    "text, jurisdiction",
    [
        (
            "Notification\nNo. 31/2031-Customs\nG.S.R. (E).- In exercise of the powers conferred by section 3 of "
            "the Customs Tariff Act, 1975, the Central Government, being satisfied that it is necessary in the "
            "public interest so to do, hereby directs that the goods specified in column\n(2) of the Table below "
            "shall be liable to an additional duty at the rate of six per cent. ad valorem.\n",
            "IN",
        ),
        (
            "IN exercise of the powers conferred by subsection 11(1) of the Customs Act 1967, the Minister makes "
            "the following order:\n2. All goods brought out of the free zone shall be charged and levied a customs "
            "duty at a rate of 15% ad valorem.\n",
            "MY",
        ),
    ],
)
def test_orders_under_which_goods_shall_be_liable_to_or_levied_a_duty(text, jurisdiction):
    assert facts(text, jurisdiction)[0] == {"duty_rate_change"}


def test_a_hard_wrapped_column_reference_opens_no_recitals_and_the_enacting_formula_ends_at_hereby():
    text = (
        "In exercise of the powers conferred by section 25 of the Customs Act, the Central Government, being "
        "satisfied that it is necessary in the public interest so to do, hereby exempts the goods specified in column\n(3) of the Table below from the duty of customs.\n"
    )
    assert [kind for _, _, kind in Layout(text).zones()] == ["preamble", "operative"]


SEMI_ANNUAL_REPORT = (
    "SEMI-ANNUAL REPORT UNDER ARTICLE 16.4\nOF THE AGREEMENT\n\nMorocco\n\n"
    "Reproduced herewith is the semi-annual report for the period 1 January-30 June 2031 from Morocco.\n\n"
    "Reporting Member: MOROCCO\n\nSEMI-ANNUAL REPORT OF ANTI-DUMPING ACTIONS\n\nFOR THE PERIOD 1 January-30 June 2031\n\n"
    "Original Investigations\n\nCountry or customs territory\n\nProduct\n\nInitiation\n\n"
    "Egypt\n\nSoda-lime glass bottles\n\nHS 7010.90.10\n\nAD2031-02\n\n12.03.2031\n\n"
    "D: 01.01.2030-31.12.2030\n\nI: 01.01.2027-31.12.2030\n\n-\n"
)


def test_a_semi_annual_report_of_anti_dumping_actions():
    measures, countries = facts(SEMI_ANNUAL_REPORT, "WTO")
    assert (measures, countries) == ({"anti_dumping"}, {"implementing": ["MA"], "affected": ["EG"]})
    # the reporting period and the periods of investigation are history, like the initiation date
    assert {kind for kind, _ in typed(SEMI_ANNUAL_REPORT, "WTO")} == {OTHER}


def test_a_notification_of_safeguard_laws_enacts_no_safeguard():
    text = (
        "G/SG/N/1/ABC/3 14 May 2031\n\n(31-2210)\n\nCommittee on Safeguards\n\n"
        "NOTIFICATION OF LAWS, REGULATIONS AND ADMINISTRATIVE PROCEDURES RELATING TO SAFEGUARD MEASURES\n\nJORDAN\n\n"
        "The following communication, dated 2 May 2031, has been received from the Permanent Mission of Jordan.\n\n"
        "Pursuant to Article 12.6 of the Agreement on Safeguards, I have the honour to notify the enactment of the "
        "National Production Protection Law and its Safeguard Measures Regulations.\n"
    )
    assert facts(text, "WTO") == (set(), {"implementing": ["JO"], "affected": []})
    assert typed(text, "WTO") == {(DOC, "2031-05-14"), (OTHER, "2031-05-02")}


def test_restrictions_in_force_on_a_day_are_a_status_not_an_entry_into_force():
    text = (
        "The following communication, dated 9 March 2031, is being circulated at the request of the delegation of "
        "Jordan.\n\nA.  Notifying Member:  Jordan\n\nB.  Date of notification:  2 March 2031\n\n"
        "C.  First time notification:\n\n  No, last notification was made in (doc. symbol): G/MA/QR/N/JOR/2\n\n"
        "D.  Type of notification:\n\n  1.  Complete (i.e. notification of all quantitative restrictions in force)\n\n"
        "  2.  Changes to a notification previously made, of the following nature:\n\n"
        "    2.1  Introduction of new restrictions, as listed in Section 1.\n\n"
        "E.  The notification provides information for the biennial period 2030-2032 and relates to restrictions "
        "in force as of 30 September 2030\n\nF.  This notification contains information relating to Section 1.\n"
    )
    # the form's own 'Date of notification' field dates the notification (final14 1631's audited label); the
    # Secretariat's covering date and the restrictions' status date do not
    assert typed(text, "WTO") == {(OTHER, "2031-03-09"), (DOC, "2031-03-02"), (OTHER, "2030-09-30")}


def test_a_wto_masthead_and_job_number_are_not_the_title():
    text = (
        "World Trade\nOrganization\nG/SPS/N/ECU/412\n\n3 June 2031\n\n(31-4127) Page: 1/2\n\n"
        "Committee on Sanitary and Phytosanitary Measures Original: Spanish\n\nNOTIFICATION OF EMERGENCY MEASURES\n\n"
        "1. Notifying Member: ECUADOR\n"
    )
    assert analyse(text, jurisdiction="WTO")._.official_title.text == "NOTIFICATION OF EMERGENCY MEASURES"


@pytest.mark.parametrize(
    "text, jurisdiction",
    [
        (
            "No. S 318\nCustoms Act\nCustoms (Duties) (Amendment No. 2) Order 2031\nIn exercise of the powers conferred "
            "by section 10(1) of the Customs Act, the Minister for Finance hereby makes the following Order:\n"
            "2.  The Schedule to the Customs (Duties) Order is amended —\n(a)by deleting the words “$4.20 per litre” "
            "in column (7) against HS Code 2204.21 110 and substituting the words “$4.90 per litre”;\n",
            "SG",
        ),
        (
            "The Excise Duties Order 2030 is amended in the Schedule—\n(a)\nin relation to subheading 2202.10.10 00, in "
            "column (5), by substituting for the words “RM0.40” the words “RM0.75”;\n",
            "MY",
        ),
    ],
)
def test_a_schedule_whose_rate_column_amounts_are_replaced(text, jurisdiction):
    assert facts(text, jurisdiction)[0] == {"duty_rate_change"}


def test_origins_listed_with_markers_glued_to_them_under_a_singapore_enacting_formula():
    text = (
        "No. S 77\nCustoms Act\nCustoms (Duties) (Amendment) Order 2031\nIn exercise of the powers conferred by "
        "section 10(1) of the Customs Act, the Minister for Finance hereby makes the following Order:\n"
        "2.  Where a preferential rate of duty is specified in column (6), duty at that preferential rate shall be "
        "levied only on goods originating from the following countries:\n(a)Peru;\n(b)The Republic of Chile; and\n"
        "(c)The Republic of Colombia.\n"
    )
    assert facts(text, "SG") == ({"preference"}, {"implementing": ["SG"], "affected": ["PE", "CL", "CO"]})
