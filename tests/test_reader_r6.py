"""What the reader sees of a document: its title, number and summary, on copies republished by wikis, markdown
exporters, document viewers and on letters (issue 15, round 6, found reading a digest of fresh documents). Every
passage is written for these tests: other goods, numbers, agencies and wording than any document read."""

import json

from nlp.pipeline import analyse
from nlp.summary.goods import goods_named
from nlp.summary.operative import is_furniture, restates_title
from nlp.text.layout import Layout


def read(text: str, jurisdiction: str = "US") -> tuple[str | None, str | None, str]:
    doc = analyse(text, jurisdiction=jurisdiction)
    title = doc._.official_title.text if doc._.official_title else None
    return title, doc._.identifier.text if doc._.identifier else None, doc._.summary


# --- a markdown copy's front matter ---------------------------------------------------------------------------

FRONT_MATTER = (
    '---\nidentifier: "/us/fr/2031-04412"\nsource: "fr"\ntitle: "Fiscal Year 2032 Refined Sugar Tariff-Rate Quota '
    'Reallocation"\npublication_date: "2031-06-02"\nagencies:\n  - "Trade Representative Office"\n  - null\n'
    'document_type: "notice"\n---\n\n'
)
MARKDOWN_BODY = (
    "**AGENCY:**\n\nOffice of the United States Trade Representative.\n\n**ACTION:**\n\nNotice.\n\n**SUMMARY:**\n\n"
    "The Office of the United States Trade Representative is reallocating 14,000 metric tons of the refined sugar "
    "tariff-rate quota among the supplying countries.\n\n**DATES:**\n\nThis notice is applicable on June 2, 2031.\n"
)


def test_front_matter_is_a_header_its_title_names_the_document_and_the_summary_never_quotes_it():
    text = "Skip to content\nRegBase\n\n" + FRONT_MATTER + MARKDOWN_BODY
    layout = Layout(text)
    block = text.index("---")
    assert [layout.kind_at(block + 5), layout.kind_at(text.index("publication_date"))] == ["header", "header"]
    title, _, summary = read(text)
    assert title == "Fiscal Year 2032 Refined Sugar Tariff-Rate Quota Reallocation"
    assert summary == "USTR announces a tariff quota from 2 June 2031. This notice is applicable on June 2, 2031."


def test_markdown_bold_labels_open_their_parts_like_plain_ones():
    layout = Layout(FRONT_MATTER + MARKDOWN_BODY)
    text = FRONT_MATTER + MARKDOWN_BODY
    assert [layout.kind_at(text.index(label)) for label in ("**ACTION:**", "**SUMMARY:**", "**DATES:**")] == [
        "action",
        "summary",
        "dates",
    ]


def test_rules_around_a_single_line_or_a_table_rule_are_no_front_matter():
    note = "Notice of tariff changes\n\n---\nNote: rates are provisional\n---\n\nThe rates below apply.\n"
    table = "Tariff item | Rate\n---|---\n7208.10 | 5%\n"
    assert [Layout(note).kind_at(note.index("Note:")), Layout(table).kind_at(table.index("7208"))] == ["body", "body"]


# --- wiki page names, proofreading notes, a running head's number -----------------------------------------------


def test_a_wiki_page_name_is_no_title_and_a_statutes_page_is_known_by_its_proclamations_number():
    text = (
        "Page:United States Statutes at Large Volume 118 Part 4.djvu/212\n\nThis page needs to be proofread.\n\n"
        "PROCLAMATION 7801—MAR. 9, 2004 118 STAT. 4105 the domestic industry has adjusted to import competition. "
        "NOW, THEREFORE, I, the President of the United States of America, do proclaim that: (1) The additional "
        "duty on imports of welded wire rope provided for in heading 9903.72.40 is terminated.\n"
    )
    title, identifier, summary = read(text)
    assert (title, identifier) == (None, "Proclamation 7801")
    assert "proofread" not in summary


# --- letters: the subject line, never the file reference or the addressee ---------------------------------------


def test_a_ruling_letter_is_titled_by_its_subject_line_not_its_file_reference_or_addressee():
    text = (
        "CLA-2 OT:RR:CTF:TCM H312877 PLR\n\nMr. Arthur Penn\nPenn Imports LLC\n88 Harbor Road\nNorfolk, VA 23510\n\n"
        "RE: Modification of NY N301122; classification of a silicone baking mat.\n\nDear Mr. Penn:\n\n"
        "This is in reply to your letter concerning the tariff classification of a silicone baking mat.\n"
    )
    assert read(text)[:2] == ("Modification of NY N301122; classification of a silicone baking mat", "HQ H312877")


def test_a_subject_label_without_a_salutation_is_no_letter_subject():
    text = (
        "Notification of the Ministry of Finance No. C 7/2561\nRe : Exemption of Customs Duty for Goods from "
        "Laos\n\nBy virtue of section 12 of the Customs Tariff Decree, the Minister of Finance issues this "
        "notification.\n"
    )
    assert read(text, "TH")[0] == (
        "Notification of the Ministry of Finance No. C 7/2561 Re : Exemption of Customs Duty for Goods from Laos"
    )


# --- a document viewer's lines and a notice flattened into one line ---------------------------------------------


def test_a_viewers_lines_are_furniture_and_a_flattened_notices_subject_runs_up_to_agency():
    text = (
        "U.S. Customs and Border Protection\n←\n→\nPage content transcription\nIf your browser does not render page "
        "correctly, please read the page content below\nU.S. Customs and Border Protection ◆ REVOCATION OF ONE RULING "
        "LETTER RELATING TO THE TARIFF CLASSIFICATION OF INSULATED LUNCH BAGS AGENCY: U.S. Customs and Border "
        "Protection, Department of Homeland Security. ACTION: Notice of revocation of one ruling letter.\n"
    )
    title, _, summary = read(text)
    assert title == ("REVOCATION OF ONE RULING LETTER RELATING TO THE TARIFF CLASSIFICATION OF INSULATED LUNCH BAGS")
    assert "browser" not in summary and "Page content" not in summary


def test_a_bullet_before_a_title_is_no_part_of_it():
    text = "◆\n\n◆ NOTICE OF FINAL DETERMINATION CONCERNING CERTAIN SOLAR INVERTERS\n\nAGENCY: U.S. Customs."
    assert read(text)[0] == "NOTICE OF FINAL DETERMINATION CONCERNING CERTAIN SOLAR INVERTERS"


# --- summaries ---------------------------------------------------------------------------------------------------


def test_definitions_short_title_clauses_pointers_and_proofreading_notes_are_never_the_operative_sentence():
    assert [
        is_furniture('The term "exporter" shall include a trading house that ships on its own account.'),
        is_furniture("—(1) These Rules may be cited as the Customs (Olive Oil Quota) Rules 2031."),
        is_furniture("For a complete description of the goods covered, see the Issues and Decision Memorandum."),
        is_furniture("This page has been proofread."),
        is_furniture("On May 4, 2031, the Department of Commerce published the preliminary results of this review."),
        is_furniture("The duty on olive oil from Tunisia shall be reduced to 3 percent from 1 July 2031."),
    ] == [True, True, True, True, True, False]


def test_a_title_run_together_by_a_page_is_a_restatement_of_the_title():
    title = "Commission Implementing Regulation (EU) 2031/88 of 4 May 2031 amending Regulation (EU) 2030/12"
    assert [
        restates_title("Commission Implementing Regulation (EU) 2031/88of 4 May 2031amending Regulation", title),
        restates_title("96_FR_51210 96 FR 51210 - " + title, title),
        restates_title("Regulation (EU) 2030/12 is amended as set out in the Annex to this Regulation.", title),
    ] == [True, True, False]


def test_a_page_opening_inside_the_previous_notice_quotes_nothing_of_it():
    text = (
        "Polyester Staple Fiber From Korea and Taiwan; Scheduling of Expedited Five-Year Reviews, 51210-51211 "
        "[2031-17720]\nFederal Register / Vol. 96, No. 160 / Friday, August 22, 2031 / Notices\n"
        "The Commission issued a warning letter to the paralegal who served the unredacted brief on the wrong "
        "party after finding that the error was inadvertent.\n"
    )
    title, _, summary = read(text)
    assert title == "Polyester Staple Fiber From Korea and Taiwan; Scheduling of Expedited Five-Year Reviews"
    assert "paralegal" not in summary


def test_goods_never_open_with_a_conjunction_or_an_article():
    assert [
        goods_named("duties shall be levied on and paid by the importers in respect of the goods from Vietnam"),
        goods_named("an investigation into the dumping of certain copper pipe fittings from Mexico"),
        goods_named("effective for goods entered on or after the date specified in the Annex"),
    ] == [None, "copper pipe fittings", None]


# --- the title shown: a guess gives way to the document's own number ---------------------------------------------


def test_a_guessed_title_gives_way_to_the_documents_number_when_the_text_states_no_title(project):
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    project.write_config(data)
    (project.inbox / "resolucion.txt").write_text(
        "MINISTERIO DE PRODUCCIÓN Y COMERCIO\n\nResolución 2207/2031\n\nBs. As., 4/3/2031\n\nVISTO el Expediente "
        "N° 12/2030, y\n\nCONSIDERANDO:\n\nQue la Comisión determinó la existencia de dumping.\n",
        "utf-8",
    )
    assert project.run("crawl", "inbox").exit_code == 0
    assert project.run("extract").exit_code == 0
    store = project.store()
    try:
        rows = [(row["title"], row["identifier"]) for row in store.db["changes"].rows]
    finally:
        store.close()
    assert rows == [("Resolución 2207/2031", "Resolución 2207/2031")]
    result = project.run("digest", "--format", "json")
    path = result.stdout.strip().splitlines()[-1]
    entries = json.loads(open(path, encoding="utf-8").read())["changes"]
    assert [(e["display_title"], e["identifier"]) for e in entries] == [("Resolución 2207/2031", None)]


# --- scanned orders, republishers' order summaries, Malay orders with a number ------------------------------------


def test_a_scanned_agency_line_and_a_subject_label_give_the_subject_and_the_order_its_number():
    text = (
        "DEPARTMENT OF\n\nAGR1CULTURE PH1LIPPINES\n\nMEMORANDUM ORDER NO. 14-2031 Series of2031\n\nSUBJECT:\n\n"
        "GUIDELINES ON THE MINIMUM ACCESS VOLUME FOR IMPORTED FROZEN PORK UNDER THE TARIFF RATE QUOTA\n\n"
        "WHEREAS, the minimum access volume for pork is set by law;\n"
    )
    assert read(text, "PH")[:2] == (
        "GUIDELINES ON THE MINIMUM ACCESS VOLUME FOR IMPORTED FROZEN PORK UNDER THE TARIFF RATE QUOTA",
        "Memorandum Order No. 14-2031",
    )


def test_an_order_summary_pages_labels_are_furniture_and_a_short_title_goes_on_into_its_kind_and_year():
    text = (
        "P.U.(A)\n\nRemarks\n(Please access the Order for the full details)\n\n412/2031\n\nCustoms (Safeguard Duties)\n"
        "Order 2031\n\n(Gazetted on 3 March 2031)\n\nThis Order has effect for three years from 5 March 2031.\n"
    )
    assert read(text, "MY")[0] == "Customs (Safeguard Duties) Order 2031"


def test_a_search_boxs_empty_answer_is_no_title_and_a_malay_orders_number_is_part_of_its_title():
    text = (
        "• No results found\n\nWARTA KERAJAAN PERSEKUTUAN PERINTAH DUTI KASTAM (PENGECUALIAN) (NO. 3) 2031\n\n"
        "PADA menjalankan kuasa yang diberikan oleh seksyen 14 Akta Kastam 1967, Menteri membuat perintah yang "
        "berikut.\n"
    )
    assert read(text, "MY")[0] == "PERINTAH DUTI KASTAM (PENGECUALIAN) (NO. 3) 2031"


def test_goods_never_open_with_a_comparison():
    assert [
        goods_named("a duty on a blade width of more than 300 mm originating in Brazil"),
        goods_named("dumping of hand saws of a blade length of more than 300 mm originating in Brazil"),
    ] == [None, "hand saws of a blade length of more than 300 mm"]


def test_an_indian_notifications_number_after_a_portals_label_or_with_a_space_before_its_year():
    heading = "TAXPORTAL|\n\nTHE CUSTOMS ACT 1962 (Notification)\n-\n\n"
    body = (
        ", F.No.354/12/2031-TRU, Dated 4th May, 2031\n\nIn exercise of the powers conferred by section 9A of the "
        "Customs Tariff Act, 1975, the Central Government hereby imposes an anti-dumping duty.\n"
    )
    assert [
        read(heading + "Body Notification No. 61/2031-Customs (ADD)" + body, "IN")[:2],
        read(heading + "Notification No.7 /2031 - Customs (ADD)" + body, "IN")[:2],
    ] == [(None, "Notification No. 61/2031-Customs (ADD)"), (None, "Notification No.7 /2031 - Customs (ADD)")]
