"""What the reader sees of a document: its title and number, on cover pages, flattened designations, labelled
forms and lists, and the digest and change page built from them (issue 15, round 7, found reading the misses of a
held-out set and a digest of development documents). Every passage is written for
these tests: other goods, numbers, bodies and wording than any document read."""

from fastapi.testclient import TestClient

from crawler.titles import title_from_text
from digest.entry import in_english, summary_under
from digest.web.app import create_app
from nlp.pipeline import analyse
from tariffwatch.config import load_config
from tests.conftest import inbox_project


def read(text: str, jurisdiction: str = "US") -> tuple[str | None, str | None]:
    doc = analyse(text, jurisdiction=jurisdiction)
    title = doc._.official_title.text if doc._.official_title else None
    return title, doc._.identifier.text if doc._.identifier else None


SENTENCE = "That the Customs Tariff Act 1995 be altered as set out in Schedule 1 to this Proposal.\n"


def test_a_legislatures_name_over_a_bills_cover_is_no_title_and_a_tariff_proposal_is_known_by_its_name():
    cover = (
        "2031\nThe Parliament of the\nCommonwealth of Australia\nTHE SENATE\n"
        "Customs Tariff Proposal (No. 4) 2031\nMotion to be moved\n1. " + SENTENCE
    )
    assert read(cover, "AU") == ("Customs Tariff Proposal (No. 4) 2031", "Customs Tariff Proposal (No. 4) 2031")


def test_a_ministrys_name_in_capitals_with_its_secretariat_is_no_title():
    header = (
        "MINISTERIO DE AGRICULTURA, GANADERÍA Y PESCA SECRETARÍA DE COMERCIO EXTERIOR Y ASUNTOS ECONÓMICOS "
        "INTERNACIONALES\nResolución 77/2031\nRESOL-2031-77-APN-SCE#MAGP\nCiudad de Buenos Aires, 14/05/2031\n"
        "VISTO el Expediente N° EX-2031-1234567- -APN-DGD#MAGP, y\nCONSIDERANDO:\n"
        "Que la firma solicitó el inicio de una investigación por presunto dumping.\n"
    )
    assert read(header, "AR") == (None, "Resolución 77/2031")


def test_a_resolutions_number_and_date_flattened_before_its_por_la_cual_clause():
    flat = (
        "RESOLUCIÓN NÚMERO 0457 DE 2031 (marzo 21) por la cual se prorroga la vigencia de un derecho antidumping "
        "sobre las importaciones de vajilla de cerámica originarias de la República de la India. El Director de "
        "Comercio Exterior, en ejercicio de sus facultades legales, y CONSIDERANDO: Que mediante resolución se "
        "impuso el derecho.\n"
    )
    assert read(flat, "CO") == (
        "por la cual se prorroga la vigencia de un derecho antidumping sobre las importaciones de vajilla de "
        "cerámica originarias de la República de la India",
        "Resolución número 0457 de 2031",  # in normal case, as identifiers are shown
    )


def test_an_indian_notification_is_known_by_its_full_number_not_the_short_form_of_a_portals_heading():
    page = (
        "CUSTOMS Notification No 71 of 2031 dated 3rd March, 2031\n\n"
        "Seeks to amend notification no. 50/2017-Customs to exempt certain fishing vessels.\n\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\n\n"
        "Notification No. 71/2031-Customs\n\nNew Delhi, dated the 3rd March, 2031\n\n"
        "G.S.R. 201(E).- In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central "
        "Government hereby makes the following amendments.\n"
    )
    assert read(page, "IN") == (
        "CUSTOMS Notification No 71 of 2031 dated 3rd March, 2031",
        "Notification No. 71/2031-Customs",
    )


def test_a_wto_form_in_chinese_is_titled_by_its_title_field_and_known_by_its_symbol_field():
    form = (
        "通报号:G/TBT/N/ARE/812/Add.2\n通报标题:G/TBT/N/ARE/812/Add.2(补遗)\n通报成员:阿拉伯联合酋长国\n"
        "通报日期:2031-02-11\n内容概述:\n"
    )
    assert read(form, "AE") == ("G/TBT/N/ARE/812/Add.2(补遗)", "G/TBT/N/ARE/812/Add.2")
    numbered = (
        "世界贸易组织\nG/SPS/N/KOR/901\n2031-04-02\n原文:\n通  报\n1.\n通报成员: 韩国\n2.\n负责机构:食品药品安全部\n"
        "6.\n通报标题: 修订食品中兽药最大残留限量标准\n语言:英语 页数:3页\n7.\n内容简述:\n"
    )
    assert read(numbered, "KR") == ("修订食品中兽药最大残留限量标准", "G/SPS/N/KOR/901")


def test_a_list_of_quoted_items_is_no_title():
    listing = (
        "PUBLISHER: Revenue Service Website\n\n"
        "  • “Amendment to Part 3 of Schedule No. 1, by the insertion of tariff subheading 8703.80.10 – Report 912”. "
        "Gazette: 51020. R.4100\n\n \n\n"
        "  • “Amendment to Part 1 of Schedule No. 4, by the creation of rebate item 460.17 – Report 915”. "
        "Gazette: 51020. R.4101\n\n"
    )
    assert read(listing, "ZA")[0] is None


def test_an_article_page_of_a_consolidated_act_is_not_titled_by_the_act_cited_in_its_footnote():
    article = (
        "Artikel 3 VO (EU) 2031/118\n\n(1) Die in Artikel 56 der Verordnung (EU) Nr. 952/2013 des Europäischen "
        "Parlaments und des Rates(1) genannten Zollsätze werden ausgesetzt.\n\nFußnote(n):\n\n(1)\n\n"
        "Verordnung (EU) Nr. 952/2013 des Europäischen Parlaments und des Rates vom 9. Oktober 2013 zur Festlegung "
        "des Zollkodex der Union (ABl. L 269 vom 10.10.2013, S. 1).\n"
    )
    assert read(article, "EU") == (None, "VO (EU) 2031/118")


def test_a_bilingual_copy_ends_the_english_title_where_the_french_designation_begins():
    both = (
        "Commission Implementing Regulation (EU) 2031/402 of 3 May 2031 opening tariff quotas for sheepmeat "
        "originating in New Zealand\n"
        "Règlement d'exécution (UE) 2031/402 de la Commissiondu 3 mai 2031portant ouverture de contingents tarifaires "
        "pour la viande ovine originaire de Nouvelle-Zélande LA COMMISSION EUROPÉENNE,vu le traité\n"
    )
    assert read(both, "EU") == (
        "Commission Implementing Regulation (EU) 2031/402 of 3 May 2031 opening tariff quotas for sheepmeat "
        "originating in New Zealand",
        "Regulation (EU) 2031/402",
    )


# --- the title shown for a document that states neither a title nor a number -----------------------------------


def _shown(project, name: str, text: str) -> list[tuple[str, str | None]]:
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    project.write_config(data)
    (project.inbox / name).write_text(text, "utf-8")
    assert project.run("crawl", "inbox").exit_code == 0
    assert project.run("extract").exit_code == 0
    store = project.store()
    try:
        return [(row["title"], row["summary"]) for row in store.db["changes"].rows]
    finally:
        store.close()


def test_a_news_release_without_a_title_line_is_headed_by_what_it_does_not_by_its_first_300_characters(project):
    release = (
        "Winnipeg, Manitoba, March 3, 2031-The Canadian International Trade Tribunal today found that the dumping "
        "of certain aluminium extrusions originating in or exported from the Republic of Türkiye and the Kingdom "
        "of Thailand has caused injury to the domestic industry, and that the resulting anti-dumping duties will "
        "be collected by the Canada Border Services Agency from the date of the finding onwards.\n\n"
        "Anti-dumping duties will therefore be collected by the Canada Border Services Agency.\n"
    )
    [(title, summary)] = _shown(project, "release.txt", release)
    assert (title, summary.startswith(title)) == (
        "Canada announces an anti-dumping duty on aluminium extrusions from Türkiye and Thailand",
        True,
    )


def test_a_short_heading_line_guessed_from_the_file_is_kept(project):
    bulletin = (
        "Import controls for poultry meat under measure type 720 clarified\n\n"
        "The import controls for poultry meat under measure type 720 do not apply to samples; commodity codes "
        "0207 and 1602 are concerned.\n"
    )
    assert _shown(project, "bulletin.txt", bulletin)[0][0] == (
        "Import controls for poultry meat under measure type 720 clarified"
    )


def test_a_verb_inside_the_goods_hyphenated_name_is_no_action():
    finding = (
        "Halifax, Nova Scotia, May 9, 2031-The Canadian International Trade Tribunal today found that the dumping "
        "of cold-reduced stainless steel strip originating in or exported from the Republic of Chile has caused "
        "injury to the domestic industry.\n\nAnti-dumping duties will therefore be collected by the Canada Border "
        "Services Agency.\n"
    )
    summary = analyse(finding, jurisdiction="CA")._.summary
    assert (
        summary.split(";")[0].split(". ")[0]
        == "Canada announces an anti-dumping duty on cold-reduced stainless steel strip from Chile"
    )


def test_a_republishers_source_label_is_never_the_guessed_title():
    page = "PUBLISHER: Revenue Service Website (www.example.org)\n\nTariff amendments published this week\n"
    assert title_from_text(page) == "Tariff amendments published this week"


def test_the_digest_does_not_repeat_a_heading_built_from_the_summary_and_the_change_page_says_mentioned(project):
    notice = (
        "Please see the changes below for the following commodity codes.\n\n"
        "The following updates to duty suspensions will be made on 3 March 2031: commodity codes 2903510010 and "
        "2920901090 are added to the suspension.\n"
    )
    [(title, summary)] = _shown(project, "notice.txt", notice)
    result = project.run("digest", "--format", "text")
    digest = open(result.stdout.strip().splitlines()[-1], encoding="utf-8").read()
    rest = (
        "The following updates to duty suspensions will be made on 3 March 2031: commodity codes 2903510010 and "
        "2920901090 are added to the suspension."
    )
    assert (title, summary) == ("The UK amends duty suspensions", f"{title} (2 tariff codes). {rest}")
    assert (digest.count(title), summary_under(summary, title), summary_under(summary, "Another heading")) == (
        1,
        rest,
        summary,
    )
    numbered = "“Amendment to Part 3 of Schedule No. 2 – Report 712”"
    assert [summary_under(f"{title}.", title), summary_under(f"{numbered}.", numbered)] == [None, None]
    assert summary_under(f"{title} on imports. More.", title) == f"{title} on imports. More."


def test_an_order_for_philippine_imports_under_a_partnership_agreement_is_the_philippines_and_the_partner_affected():
    order = (
        "DEPARTMENT OF TRADE & INDUSTRY\n\nDEPARTMENT ADMINISTRATIVE ORDER NO. 31-07 Series of 2031\n\nSUBJECT:\n\n"
        "GUIDELINES ON THE TARIFF RATE QUOTA FOR PHILIPPINE IMPORTS OF GALVANIZED STEEL SHEETS FROM KOREA UNDER THE "
        "KOREA-PHILIPPINES FREE TRADE AGREEMENT\n\nWHEREAS, the Agreement provides that each Party shall reduce the "
        "customs duties on originating goods of the other Party;\n"
    )
    assert analyse(order)._.countries == {"implementing": ["PH"], "affected": ["KR"]}


def test_an_indian_notification_number_with_an_en_dash_before_its_series_is_its_number_not_its_title():
    notice = (
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\nNotification No. 88/2031 –Customs\n"
        "New Delhi, the 2nd May, 2031\n\nG.S.R….(E).- In exercise of the powers conferred by section 25 of the "
        "Customs Act, 1962, the Central Government hereby makes the following amendments.\n"
    )
    assert read(notice, "IN") == (None, "Notification No. 88/2031 –Customs")


def test_a_tribunals_review_notice_is_known_by_its_case_number():
    notice = (
        "CANADIAN INTERNATIONAL TRADE TRIBUNAL\n\nEXPIRY REVIEW OF ORDER\n\nCopper pipe fittings\n\n"
        "The Canadian International Trade Tribunal gives notice that it will initiate an expiry review (Expiry "
        "Review RR-2031-004) of its order made on March 2, 2027, in expiry review RR-2026-001.\n"
    )
    assert read(notice, "CA")[1] == "Expiry Review RR-2031-004"


def test_a_rate_rows_country_and_residual_label_read_in_english_in_the_digest():
    labels = ["Indien", "Volksrepublik China Zhejiang Example Steel Co., Ltd", "Alle übrigen Unternehmen", "Inde"]
    assert [in_english(label) for label in labels] == [
        "India",
        "China, Zhejiang Example Steel Co., Ltd",
        "all other companies",
        "India",
    ]
    assert [in_english(label) for label in ("Ukraine OJSC Example Works", "all other companies", None)] == [
        "Ukraine OJSC Example Works",
        "all other companies",
        None,
    ]


WRAPPED_BODY = (
    "This notice announces that the Department of Commerce has received a request\n"
    "to review the antidumping duty order on certain copper pipe fittings from\n"
    "Ruritania covering the period from January 1, 2030 through December 31,\n"
    "2030, and invites interested parties to submit comments on the request\n"
    "within thirty days of the date of publication of this notice in the Federal\n"
    "Register, as provided by law.\n"
)


def test_a_title_a_hard_wrapping_broke_before_a_capitalised_word_goes_on_into_its_next_line():
    wrapped = "Certain Copper Pipe Fittings From Ruritania: Initiation of Antidumping Duty\nAdministrative Review\n\n"
    assert read(wrapped + WRAPPED_BODY)[0] == (
        "Certain Copper Pipe Fittings From Ruritania: Initiation of Antidumping Duty Administrative Review"
    )


def test_a_short_title_over_its_first_sentence_or_a_field_keeps_its_line_end():
    short = "Copper Pipe Fittings From Ruritania\nThe Department of Commerce received a request for review.\n\n"
    field = "Certain Copper Pipe Fittings From Ruritania: Initiation of Antidumping Duty\nDate: May 3, 2031\n\n"
    link = "Certain Copper Pipe Fittings From Ruritania: Initiation of Antidumping Duty\nDownload as PDF\n\n"
    sentence = (
        "Certain Copper Pipe Fittings From Ruritania: Initiation of Antidumping Duty\n"
        "U.S. Customs and Border Protection sent this bulletin at 05/02/2031 10:20 AM EDT.\n\n"
    )
    assert [read(text + WRAPPED_BODY)[0] for text in (short, field, link, sentence)] == [
        "Copper Pipe Fittings From Ruritania",
        *["Certain Copper Pipe Fittings From Ruritania: Initiation of Antidumping Duty"] * 3,
    ]


def test_the_change_page_calls_an_untyped_date_mentioned_and_says_when_a_document_states_no_date(project):
    inbox_project(project)
    store = project.store()
    dated, undated = [row[0] for row in store.db.execute("select distinct change_id from change_dates limit 2")]
    with store.db.atomic():
        store.db.execute("update change_dates set type = 'other' where change_id = ?", [dated])
        store.db.execute("delete from change_dates where change_id = ?", [undated])
    store.close()
    with TestClient(create_app(load_config(project.config_path))) as client:
        pages = [client.get(f"/changes/{change}").text for change in (dated, undated)]
    assert ("<td>mentioned</td>" in pages[0], "<td>other</td>" in pages[0]) == (True, False)
    assert ("The document states no date." in pages[1], "<th>Date</th>" in pages[1]) == (True, False)


def test_a_document_summary_does_not_repeat_the_date_or_number_its_title_already_gives():
    page = (
        "CUSTOMS Notification No 71 of 2031 dated 3rd March, 2031\n\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\n\n"
        "Notification No. 71/2031-Customs\n\nNew Delhi, dated the 3rd March, 2031\n\n"
        "G.S.R. 201(E).- In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central "
        "Government hereby makes the following amendments in the notification No. 36/2001-Customs (N.T.), namely:-\n"
    )
    # an amended tariff-value notification (no measure type known: the summary is led by the title, dated once;
    # amending 50/2017-Customs would lead it with 'India amends duty suspensions')
    summary = analyse(page, jurisdiction="IN")._.summary
    assert summary == (
        "India issues CUSTOMS Notification No 71 of 2031 dated 3rd March, 2031. The Central Government makes the "
        "following amendments in the notification No. 36/2001-Customs (N.T.), namely:-"
    )


def test_the_change_page_lists_a_date_once_when_the_document_also_types_it_elsewhere(project):
    inbox_project(project)
    store = project.store()
    change, date, start = store.db.execute(
        "select change_id, date, start from change_dates where type != 'other' and start is not null limit 1"
    ).fetchone()
    with store.db.atomic():
        store.db.execute("delete from change_dates where change_id = ? and date != ?", [change, date])
        store.db.execute("delete from change_dates where change_id = ? and start != ?", [change, start])
        store.db.execute(
            "insert into change_dates (change_id, type, date, derived, text, start, end, sentence) "
            "select change_id, 'other', date, derived, text, start + 400, end + 400, sentence "
            "from change_dates where change_id = ?",
            [change],
        )
        store.db.execute(
            "insert into change_dates (change_id, type, date, derived, text, start, end, sentence) "
            "values (?, 'other', '2031-02-03', 0, '3 February 2031', 10, 25, 'On 3 February 2031 it was read.')",
            [change],
        )
    store.close()
    with TestClient(create_app(load_config(project.config_path))) as client:
        page = client.get(f"/changes/{change}").text
    rows = page.split("<th>Date</th>", 1)[1].split("</table>", 1)[0]
    assert (rows.count(f"<td>{date}</td>"), rows.count("<td>mentioned</td>"), rows.count("<td>2031-02-03</td>")) == (
        1,
        1,
        1,
    )


def test_an_inbox_file_without_a_title_line_is_headed_by_what_it_does_not_by_its_file_name(project):
    (project.inbox / "bulletin-0417.txt").write_text(
        "Seasonal preferential rates for 2031 have been updated for the following commodity codes:\n\n"
        "- 08051022\n\n- 08055010\n\n- 07020007\n",
        encoding="utf-8",
    )
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    project.write_config(data)
    assert project.run("crawl").exit_code == 0 and project.run("extract").exit_code == 0
    store = project.store()
    title, summary = store.db.execute("select title, summary from changes").fetchone()
    store.close()
    # round 9b: the heading leaves the code count to the entry's codes line
    assert (title, summary.startswith(title)) == ("The UK amends preferential tariff treatment", True)
