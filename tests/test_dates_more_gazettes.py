"""Typed dates in gazettes of other countries and forms (Vietnamese, Malay/Indonesian, Turkish, a WTO Member's
notification of a terminated measure, a trade remedy status table), and the origins such a table lists. Every
passage is written for these tests, in other words, numbers and countries than any eval set."""

import pytest

from nlp.dates.extract import extract_dates
from nlp.pipeline import analyse


def typed(text, published=None, jurisdiction=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published, jurisdiction)}


EIF, START, END = "entry_into_force", "application_start", "application_end"
DOC, PUB, OTHER = "document_date", "publication", "other"

CASES = {
    "vietnamese place and date line, in force from signature": (
        "BỘ TÀI CHÍNH\nSố: 77/2031/TT-BTC | Đà Nẵng, ngày 5 tháng 3 năm 2031\n"
        "Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nĐiều 5. Thông tư này có hiệu lực kể từ ngày ký.\n",
        {(DOC, "2031-03-05", False), (OTHER, "2014-06-23", False), (EIF, "2031-03-05", True)},
    ),
    "vietnamese entry into force on a stated day": (
        "Điều 6. Thông tư này có hiệu lực từ ngày 15 tháng 4 năm 2031.\n",
        {(EIF, "2031-04-15", False)},
    ),
    "bilingual gazette cover date": (
        "12 Mac 2031 12 March 2031 P.U. (A) 77 WARTA KERAJAAN PERSEKUTUAN\n"
        "PERINTAH KASTAM (LARANGAN MENGENAI IMPORT) (PINDAAN) 2031\n(2) Perintah ini berkuat kuasa pada 1 April 2031.\n",
        {(PUB, "2031-03-12", False), (EIF, "2031-04-01", False)},
    ),
    "indonesian: in force on the day of promulgation": (
        "Pasal 4\nPeraturan Menteri ini mulai berlaku pada tanggal diundangkan.\n",
        {(EIF, "2031-02-17", True)},
    ),
    "turkish: the day stated after the date": (
        "MADDE 6 – (1) Bu Tebliğ 1/9/2031 tarihinde yürürlüğe girer.\n",
        {(EIF, "2031-09-01", False)},
    ),
    "turkish: in force on its publication": (
        "MADDE 7 – (1) Bu Karar yayımı tarihinde yürürlüğe girer.\n",
        {(EIF, "2031-02-17", True)},
    ),
    "a member notifies a terminated measure": (
        "Under Article 12.1(c) of the Safeguards Agreement, Chile hereby notifies the Committee that the "
        "provisional safeguard measure on imports of wheat flour was terminated by Decree No 40 of the Ministry "
        "of Finance on 3 March 2031 with effect on the same date.\n",
        {(END, "2031-03-03", False), (EIF, "2031-03-03", False)},
    ),
    "status table, one cell per line": (
        "Definitive duties in force\n\nGoods | Origin | Date of imposition | Date of expiry\n\n"
        "Glass wool insulation\n\nEgypt\n\n4/2/2031\n\n3/2/2036\n",
        {(START, "2031-02-04", False), (END, "2036-02-03", False)},
    ),
    "an expiry review is no entry into force": (
        "RESULTANDOS\nB. Exámenes de vigencia anteriores\n4. El 9 de abril de 2030 se publicó la resolución final.\n",
        {(OTHER, "2030-04-09", False)},
    ),
    "spanish entry into force still read": (
        "Artículo 3. La presente Resolución entrará en vigencia el 2 de mayo de 2031.\n",
        {(EIF, "2031-05-02", False)},
    ),
    "an authority's own views are no comments": (
        "Schedule of the review\n\nThe Board must reach its finding in 30 days. The Board's views must be sent to "
        "the Ministry within three days thereafter, or by March 9, 2031.\n",
        {(OTHER, "2031-03-09", False)},
    ),
    "public views are comments": (
        "Schedule of the review\n\nInterested parties may submit written views no later than March 9, 2031.\n",
        {("comment_deadline", "2031-03-09", False)},
    ),
    "a dated line of a dates block that applies from its day": (
        "ACTION:\nNotice of amendment.\nDATES:\nApril 6, 2031: The amended product scope takes effect.\n"
        "March 2, 2031: The removal of the listed subheadings applies to goods entered on or after that day.\n",
        {(EIF, "2031-04-06", False), (START, "2031-03-02", False)},
    ),
    "numbers a description had at a date": (
        "Notice\n\nU.S. note 20(b) is modified to read:\n- Rubber gaskets (described in statistical reporting "
        "number 4016.93.5050 prior to July 1, 2027; described in statistical reporting number 4016.93.5060 "
        "effective July 1, 2029)\n",
        {(OTHER, "2027-07-01", False), (OTHER, "2029-07-01", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_dates_in_more_gazettes(name):
    text, expected = CASES[name]
    published = "2031-02-17" if "publication" in name or "promulgation" in name else None
    assert typed(text, published) == expected


def test_a_status_table_names_the_origins_in_its_cells():
    text = (
        "Trade Remedies: Ongoing Investigations\n\nProduct | HS code | Concerned countries | Date of initiation\n"
        "Copper tubes | 741111 | Viet Nam, Thailand | 04/04/2031\nFloat glass | 700529 | Egypt | 11/05/2031\n"
    )
    affected = analyse(text, jurisdiction="SA")._.countries["affected"]
    assert sorted(affected) == ["EG", "TH", "VN"]
