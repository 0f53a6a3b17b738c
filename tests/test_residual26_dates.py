"""Typed dates on the read sets no pass had targeted (issue 15, round 26 residual): the classes their misses showed.
A register tracker's document details glue each field's label to its month-first value, the cell separator lost
('PublishedDec 8, …', 'Effective DateJan 1, …', 'Comments CloseFeb 2, …'): the label still types the date. A news
page's date glued to the story's first word on the line under the headline ('July 21, …The bank has …') is the day the
item was posted, not an act's. A Korean law page's fields under its title ('시행: 2031.3.11' in force, '제정: 2031.3.4'
enacted) and a Korean news site's approval stamp with its time ('승인 2031.09.05 11:05') are the page's own dates, the
month and day written without zeros or spaces; and a Korean rule applying to goods declared for import after a day
before it was made starts on that day (retroactive), not history. A subject line saying the act amends another
("Seeks to amend Notification No. …, dated …") names the amended act: its date is not the document's.
Every passage is written for these tests."""

from tests.fact_readers import dates


def scored_dates(text: str) -> list[tuple[str, str]]:
    return sorted(item for item in dates(text) if item[0] not in ("other", "registration"))


# --- a tracker's glued field labels -----------------------------------------------------------------------------

TRACKER_DETAILS = (
    "Rule\n\n"
    "Tariff Rate Quota for Raw Cane Sugar; Fiscal Year 2032 Allocation\n\n"
    "Document Details\n\n"
    "Document Number2031-04417\n"
    "TypeRule\n"
    "PublishedFeb 9, 2031\n"
    "Effective DateMar 11, 2031\n"
    "Comments CloseApr 10, 2031\n"
    "Docket IDUSTR-2031-0002\n"
)


def test_glued_field_labels_type_their_dates():
    assert scored_dates(TRACKER_DETAILS) == [
        ("comment_deadline", "2031-04-10"),
        ("entry_into_force", "2031-03-11"),
        ("publication", "2031-02-09"),
    ]


def test_a_name_ending_in_a_month_is_no_glued_label():
    # 'Omar 5, 2031': the letters before 'mar' are no record label; a reference, not a date
    assert scored_dates("Contact: Dagomar 5, 2031 series, Omar 12, 2031 file.\n") == []


# --- a news page's date glued to the story under its headline -------------------------------------------------------

GLUED_LEAD = (
    "Central bank lifts cash deposit on vehicle imports, circular dated 2 March 2031\n"
    "March 30, 2031Importers of passenger cars will no longer have to keep a full cash margin, the central bank said "
    "in a circular sent to commercial lenders on Tuesday.\n"
    "The margin on fuel and food imports is unchanged.\n"
)


def test_a_date_glued_to_the_lead_under_the_headline_is_the_posting_day():
    assert ("publication", "2031-03-30") in scored_dates(GLUED_LEAD)


def test_a_date_glued_to_a_paragraph_further_down_is_not_the_posting_day():
    text = (
        "Central bank lifts cash deposit on vehicle imports\n"
        "Importers of passenger cars will no longer have to keep a full cash margin.\n"
        "The bank's earlier circular took effect on\n"
        "March 30, 2031The margin on fuel and food imports is unchanged.\n"
    )
    assert ("publication", "2031-03-30") not in scored_dates(text)


# --- Korean fields and stamps -------------------------------------------------------------------------------------

KOREAN_LAW_PAGE = (
    "태국산 폴리에스터 단섬유에 대한 덤핑방지관세의 부과에 관한 규칙\n"
    "기획재정부령 제1201호\n"
    "시행: 2031.3.11\n"
    "제정: 2031.3.4\n\n"
    "부칙\n"
    "제1조(시행일) 이 규칙은 공포한 날부터 시행한다.\n"
)


def test_a_korean_law_pages_fields_are_its_own_dates():
    assert scored_dates(KOREAN_LAW_PAGE) == [("document_date", "2031-03-04"), ("entry_into_force", "2031-03-11")]


def test_a_korean_news_sites_approval_stamp_is_the_posting_day():
    text = (
        "산업부, 수입 알루미늄 판재에 잠정 덤핑방지관세 부과\n\n"
        "  • 비철금속\n"
        "  • 승인 2031.10.14 09:40\n"
        "  • 댓글 0\n"
        "기자명 김민수 기자\n"
    )
    assert ("publication", "2031-10-14") in scored_dates(text)


def test_a_korean_code_with_dots_is_no_date():
    text = "품목번호: 2009.11\n세번 2009.11.12 해당 물품\n"
    assert scored_dates(text) == []


def test_a_korean_rule_for_goods_declared_after_an_earlier_day_starts_then():
    text = KOREAN_LAW_PAGE + "제2조(적용례) 이 규칙은 2030년 11월 2일 이후 수입신고된 물품부터 적용한다.\n"
    assert ("application_start", "2030-11-02") in scored_dates(text)


def test_an_earlier_day_without_the_goods_it_applies_to_stays_history():
    text = KOREAN_LAW_PAGE + "제2조(경과조치) 2030년 11월 2일 조사가 개시된 물품에 관하여는 종전의 규정에 따른다.\n"
    assert ("application_start", "2030-11-02") not in scored_dates(text)


def test_a_date_glued_to_the_next_field_on_the_first_line_is_no_posting_day():
    # a portal's metadata line glues its fields ('Document date 13/12/2031Doc # …'): the record's date, not a news post's
    text = (
        "Document symbol G/SPS/N/XX/12Document date 14/03/2031Doc # 31-2211Access level Public\n\n"
        "Committee on Sanitary and Phytosanitary Measures\n\n"
        "14 March 2031\n\n"
        "The following notification is being circulated at the request of the delegation.\n"
    )
    assert ("publication", "2031-03-14") not in scored_dates(text)


# --- a subject line naming the act the document amends ------------------------------------------------------------

AMENDING_NOTIFICATION = (
    "CUS NTF NO. 41/2031 DATE 30/06/2031\n"
    "Seeks to amend Notification No. 12/2027-Customs, dated 31-03-2027 (India-Japan CEPA)\n"
    "G.S.R. 401 (E).—In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central "
    "Government hereby makes the following amendments in the notification No.12/2027-Customs, dated the 31st March, "
    "2027, namely:-\n"
)


def test_the_amended_acts_date_in_a_subject_line_is_not_the_documents():
    assert scored_dates(AMENDING_NOTIFICATION) == [("document_date", "2031-06-30")]


def test_a_title_naming_its_own_act_keeps_its_date():
    text = "Notification No. 41/2031-Customs, dated 30 June 2031\nSeeks to amend notification No. 12/2027-Customs\n"
    assert scored_dates(text) == [("document_date", "2031-06-30")]
