"""The digest as a reader sees it: one entry per change, the facts, the links, the areas, amendments."""

import json
import re

from digest.entry import EntryOptions, decorate
from digest.render import DigestRenderer
from tests.digest_helpers import TODAY, add_documents, set_base_url, write_digest

STEEL_DERIVATIVES = {
    "title": "Additional duties on steel and aluminium derivative articles",
    "published_date": TODAY,  # a text that states no date of its own is listed apart as undated
    "url": "https://trade.example.gov/notices/2026-118",
    "text": "Additional duties of 25 percent apply to goods of subheadings 7308 90 95, 7308 20 00 and 7610 10 00, "
    "and to flat-rolled products of CN codes 7208 51 20, 7208 52 10 and 7209 16 90.",
}
WIRE_TIE = {
    "title": "Anti-dumping duty on steel wire and structures from India",
    "url": "https://trade.example.eu/act/2026-771",
    "published_date": "2026-11-18",
    "text": "A definitive anti-dumping duty is imposed on imports of steel wire of CN codes 7308 90 95 and "
    "7208 51 20 originating in India. This Regulation shall enter into force on 1 December 2026.",
}
SAFEGUARD = {
    "title": "Steel safeguard measure extended",
    "published_date": TODAY,
    "jurisdiction": "GB",
    "text": "The safeguard measure on hot-rolled coil and other steel products is extended by two years "
    "for imports of steel from all origins.",
}
MEETING = {
    "title": "Advisory committee meeting on export statistics",
    "published_date": TODAY,
    "url": "https://trade.example.gov/meetings/77",
    "text": "The advisory committee will meet in open session to discuss the collection of export statistics.",
}


def test_each_change_is_one_entry_under_the_chapter_most_of_its_codes_fall_in(project):
    set_base_url(project)
    add_documents(project, [STEEL_DERIVATIVES, WIRE_TIE])
    text = write_digest(project, "text")
    assert text.count("* Additional duties on steel and aluminium derivative articles") == 1
    assert text.count("* Anti-dumping duty on steel wire and structures from India") == 1
    groups = re.findall(r"^-- (.+) --$", text, flags=re.M)
    # 3 codes in 72, 2 in 73, 1 in 76 -> 72; the 1:1 tie of the wire notice -> 73, the first stated
    assert groups == ["Ch. 72 Iron and steel (1)", "Ch. 73 Articles of iron or steel (1)"]
    assert "Area: ch. 72 Iron and steel; also affects ch. 73, 76 (6 codes)" in text
    assert "Area: ch. 73 Articles of iron or steel; also affects ch. 72 (2 codes)" in text
    html = write_digest(project, "html")
    assert html.count(">Additional duties on steel and aluminium derivative articles</a>") == 1
    assert 'href="#ch-72"' in html and 'id="ch-72"' in html and 'href="#ch-73"' in html


def test_a_long_code_list_is_collapsed_with_a_link_to_the_full_list(project):
    set_base_url(project)
    codes = ", ".join(f"7208 {n:02d} 00" for n in range(10, 40))
    add_documents(
        project, [{"title": "Surveillance of flat-rolled steel", "text": f"Surveillance applies to CN codes {codes}."}]
    )
    text = write_digest(project, "text")
    assert "Codes: 72081000, 72081100, 72081200, 72081300, 72081400 and 25 more" in text
    html = write_digest(project, "html")
    assert re.search(r'and <a href="https://tariffwatch.example/changes/\d+#codes"[^>]*>25 more</a>', html)


def test_links_are_official_urls_or_the_change_page_never_a_file_or_script(project):
    set_base_url(project)
    add_documents(
        project,
        [
            {**STEEL_DERIVATIVES, "url": "file:///tmp/inbox/steel.txt"},
            {**WIRE_TIE, "url": "javascript:alert(document.cookie)"},
            {**MEETING, "url": "data:text/html,<script>alert(1)</script>"},
        ],
    )
    for fmt in ("html", "text", "markdown", "json"):
        out = write_digest(project, fmt)
        assert "file:" not in out and "javascript:" not in out and "data:text" not in out, fmt
    html = write_digest(project, "html")
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert hrefs and all(h.startswith(("https://tariffwatch.example/changes/", "#")) for h in hrefs)


def test_every_entry_shows_countries_dates_publication_and_first_seen_only_when_different(project):
    set_base_url(project)
    add_documents(project, [WIRE_TIE, {**STEEL_DERIVATIVES, "published_date": TODAY}])
    text = write_digest(project, "text")
    assert f"EU | anti-dumping duty | published 2026-11-18 | first seen {TODAY}" not in text  # no jurisdiction cue
    assert f"anti-dumping duty | published 2026-11-18 | first seen {TODAY}" in text
    assert "Goods from: India" in text and "In force 2026-12-01" in text
    assert f"duty rate change | published {TODAY}\n" in text  # first seen = published: not repeated
    html = write_digest(project, "html")
    assert re.search(r'In force <a href="https://tariffwatch.example/changes/\d+#date-\d+"[^>]*>2026-12-01</a>', html)
    assert re.search(r'Goods from: <a href="https://tariffwatch.example/changes/\d+#country-0"[^>]*>India</a>', html)
    entry = next(c for c in json.loads(write_digest(project, "json"))["changes"] if c["title"] == WIRE_TIE["title"])
    [india] = entry["affected"]  # with the evidence of the country, one click from its sentence
    assert (india["code"], india["name"]) == ("IN", "India")
    assert re.fullmatch(r"https://tariffwatch.example/changes/\d+#country-0", india["evidence_url"])
    assert [(d["label"], d["date"]) for d in entry["key_dates"]] == [("in force", "2026-12-01")]
    assert entry["own_date"]["date"] == "2026-11-18" and entry["first_seen_shown"] == TODAY


def test_old_documents_first_seen_today_are_listed_apart_from_the_news(project):
    set_base_url(project)
    # in force long ago too: a date still to come would keep it in the news (tests/test_reader25b_digest.py)
    old_wire = {**WIRE_TIE, "published_date": "2019-03-01", "text": WIRE_TIE["text"].replace("2026", "2019")}
    add_documents(project, [old_wire, STEEL_DERIVATIVES])
    text = write_digest(project, "text")
    groups = re.findall(r"^-- (.+) --$", text, flags=re.M)
    assert groups == ["Ch. 72 Iron and steel (1)", "Older documents first seen today (1)"]
    older = text.split("-- Older documents first seen today (1) --")[1]
    assert "* Anti-dumping duty on steel wire and structures from India" in older
    assert f"published 2019-03-01 | first seen {TODAY}" in older


def test_changes_without_codes_get_inferred_areas_marked_everywhere_and_unplaced_ones_go_last(project):
    set_base_url(project)
    add_documents(project, [SAFEGUARD, MEETING, WIRE_TIE])
    text = write_digest(project, "text")
    groups = re.findall(r"^-- (.+) --$", text, flags=re.M)
    assert groups == [
        "Ch. 72 Iron and steel (1)",
        "Ch. 73 Articles of iron or steel (1)",
        "Not tied to a product area (1)",
    ]
    assert "Area: ch. 72 Iron and steel (inferred from: steel, hot rolled)" in text
    assert "* Advisory committee meeting on export statistics" in text.split("-- Not tied to a product area (1) --")[1]
    assert "*inferred from: steel, hot rolled*" in write_digest(project, "markdown")
    assert "<em>(inferred from: steel, hot rolled)</em>" in write_digest(project, "html")
    entry = next(c for c in json.loads(write_digest(project, "json"))["changes"] if c["title"] == SAFEGUARD["title"])
    assert entry["area"]["primary"] == "72" and entry["area"]["inferred"] is True
    assert [(a["code"], a["level"]) for a in entry["inferred_areas"]] == [("72", "chapter"), ("7208", "heading")]


def test_a_new_version_replaces_the_entry_and_says_what_it_amended(project):
    set_base_url(project)
    add_documents(project, [{**WIRE_TIE, "external_id": "wire"}])
    amended = (
        "A definitive anti-dumping duty is imposed on imports of steel wire of CN codes 7208 51 20 and 7210 41 00 "
        "originating in India. This Regulation shall enter into force on 1 January 2027."
    )
    add_documents(project, [{**WIRE_TIE, "external_id": "wire", "text": amended}])
    text = write_digest(project, "text")
    assert text.count("* Anti-dumping duty on steel wire and structures from India") == 1
    assert "AMENDED: in force 2026-12-01 -> 2027-01-01; codes added 72104100; codes removed 73089095;" in text
    html = write_digest(project, "html")
    assert "<strong>Amended</strong> &middot; in force 2026-12-01 &rarr; 2027-01-01" in html


def test_extracted_rates_quotas_and_identifiers_are_shown_and_absent_ones_leave_no_trace():
    """Entries are designed for the facts extraction adds (rates, quotas, identifier, country evidence)."""
    change = {
        "id": 7,
        "title": "OJ L 301 page header",
        "official_title": "Commission Implementing Regulation (EU) 2026/2290 opening a tariff quota for wire rod",
        "official_title_kind": "act",
        "identifier": "Regulation (EU) 2026/2290",
        "url": "https://trade.example.eu/act/2026-2290",
        "jurisdiction": "EU",
        "measure_types": ["tariff_quota"],
        "countries": {"implementing": ["EU"], "affected": ["UA"]},
        "country_evidence": [{"code": "UA", "role": "affected", "start": 5, "end": 12}],
        "summary": "The EU opens a duty-free quota for Ukrainian wire rod.",
        "first_seen": "2026-11-20",
        "published_date": "2026-11-19",
        "codes": [{"code": "7213", "code_to": None, "ex": 0, "role": "covered", "start": 40, "end": 44}],
        "dates": [],
        "rates": [{"value": 0, "unit": "percent", "kind": "ad_valorem", "role": "new", "start": 60, "end": 62}],
        "quotas": [
            {
                "amount": 3000,
                "unit": "tonnes",
                "period_start": "2027-01-01",
                "period_end": "2027-12-31",
                "start": 70,
                "end": 80,
            }
        ],
    }
    decorate(change, lambda code: None, EntryOptions(base_url="https://tariffwatch.example"))
    renderer = DigestRenderer()
    text = renderer.entry(change, "text")
    assert (
        "* Commission Implementing Regulation (EU) 2026/2290 opening a tariff quota for wire rod [Regulation (EU) 2026/2290]"
        in text
    )
    assert "Rates: 0% ad valorem" in text and "Quotas: 3,000 tonnes (2027-01-01 to 2027-12-31)" in text
    assert "Goods from: Ukraine" in text
    html = renderer.entry(change, "html")
    assert '<a href="https://tariffwatch.example/changes/7#rate-0" style="color:#1a1a1a;">0%</a>' in html
    assert '<a href="https://tariffwatch.example/changes/7#quota-0" style="color:#1a1a1a;">3,000 tonnes</a>' in html
    assert '<a href="https://tariffwatch.example/changes/7#country-0" style="color:#1a1a1a;">Ukraine</a>' in html
    bare = {
        **change,
        "id": 8,
        "identifier": None,
        "rates": None,
        "quotas": None,
        "countries": {},
        "country_evidence": [],
    }
    decorate(bare, lambda code: None, EntryOptions())
    plain = renderer.entry(bare, "text")
    assert (
        "Rates" not in plain and "Quotas" not in plain and "Goods from" not in plain and "[" not in plain.split("\n")[0]
    )


def test_a_number_the_title_already_ends_with_is_not_shown_twice():
    change = {
        "id": 9,
        "title": "Fiscal Year 2027 Tariff-Rate Quotas for Raw Cane Sugar, 20417 [2027-08123]",
        "identifier": "2027-08123",
        "url": "https://register.example.gov/d/2027-08123",
        "jurisdiction": "US",
        "measure_types": ["tariff_quota"],
        "countries": {"implementing": ["US"], "affected": []},
        "country_evidence": [],
        "summary": "The US sets the raw cane sugar tariff-rate quota.",
        "first_seen": "2027-04-03",
        "published_date": "2027-04-03",
        "codes": [],
        "dates": [],
        "rates": None,
        "quotas": None,
    }
    decorate(change, lambda code: None, EntryOptions())
    first_line = DigestRenderer().entry(change, "text").split("\n")[0]
    assert first_line == "* Fiscal Year 2027 Tariff-Rate Quotas for Raw Cane Sugar, 20417 [2027-08123]"


def test_digest_escapes_crawled_text(project):
    add_documents(
        project,
        [
            {
                "title": 'Steel <script>alert("x")</script> & "quotes"',
                "text": "An anti-dumping duty on steel of CN code "
                "7208 51 20 applies from 1 December 2026. <img src=x onerror=alert(1)>",
            }
        ],
    )
    html = write_digest(project, "html")
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_a_day_without_changes_is_a_short_digest_not_an_error(project):
    text = write_digest(project, "text", day="2020-01-02")
    assert "No changes were first seen on 2020-01-02." in text


def test_a_realistic_day_of_36_changes_is_one_entry_each_under_500_kb(project):
    from tests.realistic_day import realistic_day

    set_base_url(project)
    add_documents(project, realistic_day())
    html = write_digest(project, "html")
    assert len(html.encode()) < 500_000, len(html.encode())
    assert html.count('<div style="padding:8px 0;border-bottom:1px solid #ddd;">') == 36
    text = write_digest(project, "text")
    assert len(re.findall(r"^\* ", text, flags=re.M)) == 36
    toc = text.split("Contents:\n")[1].split("\n\n")[0]
    assert sum(int(n) for n in re.findall(r"\((\d+)\)$", toc, flags=re.M)) == 36


def test_search_finds_the_current_version_and_its_page_links_the_history(project):
    from fastapi.testclient import TestClient

    from digest.web.app import create_app
    from tariffwatch.config import load_config

    add_documents(project, [{**WIRE_TIE, "external_id": "wire"}])
    add_documents(
        project, [{**WIRE_TIE, "external_id": "wire", "text": WIRE_TIE["text"].replace("1 December", "2 December")}]
    )
    result = project.run("search", "steel wire", "--mode", "fulltext", "--format", "json")
    [found] = json.loads(result.stdout)["results"]
    store = project.store()
    first, current = [row[0] for row in store.db.execute("select id from changes order by id")]
    store.close()
    assert found["change_id"] == current
    with TestClient(create_app(load_config(project.config_path))) as client:
        page = client.get(f"/changes/{current}").text
        assert f'<a href="/changes/{first}">version 1, first seen {TODAY}</a>' in page
        assert f'<a href="/changes/{current}">see the current version</a>' in client.get(f"/changes/{first}").text


def test_a_long_list_of_beneficiary_countries_is_collapsed_with_a_link(project):
    set_base_url(project)
    scheme = {
        **WIRE_TIE,
        "title": "Preference scheme for developing countries",
        "text": "Preferential tariff treatment is granted to goods of heading 7217 originating in "
        + ", ".join(["Angola", "Benin", "Bhutan", "Chad", "Comoros", "Djibouti", "Eritrea", "Haiti"])
        + ", Kiribati, Lesotho and Malawi from 1 January 2027.",
    }
    add_documents(project, [scheme])
    entry = next(c for c in json.loads(write_digest(project, "json"))["changes"] if c["title"] == scheme["title"])
    assert len(entry["affected"]) == 11 and entry["affected_more"] == 3
    text = write_digest(project, "text")
    assert "Goods from: Angola, Benin, Bhutan, Chad, Comoros, Djibouti, Eritrea, Haiti and 3 more\n" in text
    html = write_digest(project, "html")
    assert re.search(r'and <a href="https://tariffwatch.example/changes/\d+#countries"[^>]*>3 more</a>', html)
