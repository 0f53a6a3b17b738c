"""Rest-of-the-world instruments and relays, by class (round 22 second pass, final25 3637-3648): a Gulf customs
relay's range of solid 8-digit customs items joined by a hyphen; a trade portal's 'Update time :' field under an item's
headline is the day it was posted; a Turkish 'until' whose value stands between the date and 'applied'; a law
library's citation line naming the newspaper and the Official Gazette issue that published a Philippine order (their
dates are publications, the line is no title). Each class has a passage in another wording or jurisdiction and a near
miss that must not give the fact. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, title


def codes(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc = analyse(text)
    return sorted(c.code for c in doc._.codes), [(r.code_from, r.code_to) for r in doc._.code_ranges]


# --- codes: solid 8-digit customs items joined by a hyphen -----------------------------------------------------------


def test_a_range_of_solid_customs_items_with_a_spaced_hyphen_is_one_range():
    text = (
        "KUWAIT CITY, May 9: Customs will levy the GCC's final anti-dumping duties on imports of steel wire rods that"
        " fall under customs items 72131000- 72139900 originating in Ukraine, the director said."
    )
    assert codes(text) == ([], [("72131000", "72139900")])


def test_a_range_of_solid_customs_items_with_a_tight_hyphen_is_one_range():
    """Another wording and member state: an Omani relay, the hyphen touching both items."""
    text = (
        "MUSCAT: The Directorate General of Customs said the definitive duty applies to ceramic tiles of customs"
        " items 69072100-69072300 from India and Spain."
    )
    assert codes(text) == ([], [("69072100", "69072300")])


def test_a_count_of_items_customs_processed_is_no_code():
    """Near miss: 'customs' and 'items' apart, the number a count."""
    text = "Customs processed 76061200 items at the southern ports in 2031, the annual report said."
    assert codes(text) == ([], [])


# --- dates: a trade portal's 'Update time :' field ---------------------------------------------------------------


def test_an_update_time_field_under_a_headline_is_the_items_publication():
    text = (
        "India extends safeguard duty on solar cells\n"
        "Views : 87\n"
        "Update time : 2031-03-02 10:15:07\n"
        "The Directorate General of Trade Remedies recommended that the duty be extended for two years.\n"
    )
    assert dates(text) == [("publication", "2031-03-02")]


def test_a_release_time_field_is_the_items_publication():
    """Another field name of the same portals, with a shorter time."""
    text = (
        "Vietnam imposes anti-dumping duty on Chinese galvanised steel\n"
        "Release time: 2031-05-14 08:00\n"
        "The Ministry of Industry and Trade decided to impose the duty on coated steel from China.\n"
    )
    assert dates(text) == [("publication", "2031-05-14")]


def test_an_update_time_named_in_a_sentence_is_no_publication():
    """Near miss: the words in running text, not a field on its own line."""
    text = (
        "Vietnam imposes anti-dumping duty on Chinese galvanised steel\n"
        "The ministry set the update time of the tariff database to 2031-05-14 for all lines.\n"
    )
    assert ("publication", "2031-05-14") not in dates(text)


# --- dates: Turkish 'until' with the applied value between the date and 'uygulan' ---------------------------------


def test_a_turkish_until_with_a_value_before_applied_ends_the_application():
    text = (
        "İthalatta Gözetim Uygulanmasına İlişkin Tebliğde Değişiklik Yapılmasına Dair Tebliğ\n"
        "MADDE 1 – Tablo aşağıdaki şekilde değiştirilmiştir.\n"
        "*   Ton: Brüt Ağırlık\n"
        "** 01.06.2031 tarihine kadar 1.500.-ABD Doları/Ton olarak uygulanacaktır.\n"
    )
    assert ("application_end", "2031-06-01") in dates(text)


def test_a_turkish_until_with_a_percentage_rate_before_applied_ends_the_application():
    """Another wording: an additional duty's rate in per cent, 'oranında uygulanır'."""
    text = (
        "Bazı Eşyaların İthalatında Ek Mali Yükümlülük Uygulanmasına İlişkin Kararda Değişiklik\n"
        "MADDE 3 – (1) Ek listedeki eşya için ek mali yükümlülük 31/12/2031 tarihine kadar %10 oranında uygulanır.\n"
    )
    assert ("application_end", "2031-12-31") in dates(text)


def test_a_turkish_until_with_a_count_accepted_is_no_application_end():
    """Near miss: applications accepted until a day, a count between, nothing 'applied'."""
    text = (
        "Bazı Eşyaların İthalatında Gözetim Uygulanmasına İlişkin Tebliğ\n"
        "MADDE 3 – (1) Başvurular 31/12/2031 tarihine kadar 250 adet olarak kabul edilir.\n"
    )
    assert ("application_end", "2031-12-31") not in dates(text)


# --- dates and title: a law library's citation line of a Philippine order's publications -------------------------

EO_BODY = (
    "\n\n[ EXECUTIVE ORDER NO. 58, May 30, 2031 ]\n\n"
    "EXTENDING THE REDUCED RATES OF IMPORT DUTY ON RICE UNDER SECTION 1611 OF REPUBLIC ACT NO. 10863, OTHERWISE"
    ' KNOWN AS THE "CUSTOMS MODERNIZATION AND TARIFF ACT"\n\n'
    "WHEREAS, Section 1608 of Republic Act No. 10863 empowers the President to reduce rates of import duty;\n"
)
EO_TITLE = (
    "EXTENDING THE REDUCED RATES OF IMPORT DUTY ON RICE UNDER SECTION 1611 OF REPUBLIC ACT NO. 10863, OTHERWISE"
    ' KNOWN AS THE "CUSTOMS MODERNIZATION AND TARIFF ACT"'
)


def test_a_newspaper_and_gazette_citation_line_gives_two_publications_and_no_title():
    text = "Daily Tribune, June 2, 2031; 127 OG No. 24, 3301 (June 16, 2031)" + EO_BODY
    assert dates(text) == [
        ("document_date", "2031-05-30"),
        ("publication", "2031-06-02"),
        ("publication", "2031-06-16"),
    ]
    assert title(text) == EO_TITLE


def test_a_gazette_issue_citation_alone_is_a_publication_and_no_title():
    """Another form: the Official Gazette's issue alone, another order."""
    text = (
        "127 OG No. 12, 1450 (March 20, 2031)\n\n[ EXECUTIVE ORDER NO. 41, February 25, 2031 ]\n\n"
        "MODIFYING THE RATES OF IMPORT DUTY ON CERTAIN PORK PRODUCTS\n\n"
        "WHEREAS, the President may reduce rates of import duty;\n"
    )
    assert dates(text) == [("document_date", "2031-02-25"), ("publication", "2031-03-20")]
    assert title(text) == "MODIFYING THE RATES OF IMPORT DUTY ON CERTAIN PORK PRODUCTS"


def test_a_place_and_date_line_over_an_order_is_no_publication():
    """Near miss: a place and a date over the order, no gazette issue cited."""
    text = "Manila, June 2, 2031" + EO_BODY
    assert ("publication", "2031-06-02") not in dates(text)
