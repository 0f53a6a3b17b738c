"""Near-duplicates are other publications of ONE act: pages of one template about two cases, or two
yearly acts worded alike, are never folded together, however similar their text; a duplicate's
change page and API answer properly (the page goes to the original, which lists its copies).

Real SQLite stores, real extraction; the pages are written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest
from fastapi.testclient import TestClient

from nlp import EXTRACTOR_VERSION
from nlp.pipeline import analyse
from nlp.results import to_change
from nlp.runner import ExtractionOptions, extract_pending
from nlp.vectors.dedup import DuplicateFinder
from nlp.vectors.embeddings import DIMENSIONS, from_blob, to_blob
from nlp.vectors.identity import case_numbers, different_acts, identity_of
from tariffwatch.store import DocumentRecord, open_store

# A remedies authority's case page: every case on these goods uses the same page, only the case
# number, the applicant and the periods differ.
CASE_PAGE = """{case} - Galvanised steel shelving from Vietnam

The goods covered by the application for anti-dumping measures are:

Freestanding shelving units of galvanised or powder-coated steel, whether or not assembled, with three to eight
shelves each able to bear at least 50 kilograms, and uprights not taller than 2.4 metres.

Case details
Applicant {applicant} Tariff Classification 9403.20.00 (statistical code 17)

7308.90.00 (statistical code 59)
Investigation Period {period}
Contact: Investigations 2, Trade Remedies Office
"""
FIRST_CASE = CASE_PAGE.format(case="611", applicant="Minister initiated", period="1 April 2023 to 31 March 2024")
OTHER_CASE = CASE_PAGE.format(case="702", applicant="Rackline Holdings Pty Ltd", period="1 July 2025 to 30 June 2026")
# the first case's page again, at another address and laid out by another site
REPUBLISHED = FIRST_CASE.replace("\n\n", "\n").replace("Case details\n", "Case details\n\n")

# A ministry's yearly quota order: the same words each year, another number and date.
YEARLY_ORDER = (
    "Order No. {number} of {day} on the tariff quota for frozen hake fillets\n\n"
    "A tariff quota of 12 000 tonnes is opened for frozen hake fillets of subheading 0304.74 for the calendar "
    "year. Imports within the quota bear a duty of 0%.\n\nDone at the Ministry of Finance on {day}."
)


LAX_THRESHOLD = 0.9


def page(external_id: str, text: str, url: str) -> DocumentRecord:
    return DocumentRecord(
        source="inbox", external_id=external_id, url=url, title=text.splitlines()[0], text=text, jurisdiction="AU"
    )


def stored(tmp_path, records: list[DocumentRecord]):
    store = open_store(tmp_path / "t.db")
    store.ensure_source("inbox", "inbox", True, None)
    for record in records:
        store.save_document(record)
    return store


def marks(store) -> dict[str, str | None]:
    """{document external id: external id of the document its change was folded into}."""
    rows = store.db.query(
        "select d.external_id as name, o.external_id as original from changes c join documents d on d.id = c.document_id "
        "left join changes oc on oc.id = c.duplicate_of left join documents o on o.id = oc.document_id"
    )
    return {row["name"]: row["original"] for row in rows}


def test_two_cases_on_one_page_template_stay_two_changes_and_a_republished_page_is_folded(tmp_path):
    """The packaged model finds the two cases' pages alike (same goods, codes and summary; above a
    threshold of 0.9, which a user may set): their case numbers keep them apart, at any threshold.
    The first case's page at another address is still its duplicate."""
    store = stored(
        tmp_path,
        [
            page("case-611.txt", FIRST_CASE, "https://remedies.example.gov/cases/611"),
            page("case-702.txt", OTHER_CASE, "https://remedies.example.gov/cases/702"),
            page("mirror-611.html", REPUBLISHED, "https://mirror.example.org/remedies/611"),
        ],
    )
    extract_pending(store, ExtractionOptions(embeddings=True, duplicate_threshold=LAX_THRESHOLD))
    vectors = [
        from_blob(row["vector"]) for row in store.db.query("select vector from change_embeddings order by change_id")
    ]
    assert vectors[0] @ vectors[1] >= LAX_THRESHOLD  # alike enough to be folded but for their numbers
    assert marks(store) == {"case-611.txt": None, "case-702.txt": None, "mirror-611.html": "case-611.txt"}


def planted_duplicates(tmp_path, texts: dict[str, str]) -> dict[str, int | None]:
    """Each text extracted into a real store, all with ONE vector (so only codes and the act's
    names decide); {name: the change it duplicates}."""
    store = stored(tmp_path, [page(name, text, f"https://example.gov/{name}") for name, text in texts.items()])
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[0] = 1.0
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, threshold=0.97)
    ids, found = {}, {}
    for document in store.documents_to_extract(EXTRACTOR_VERSION):
        name = document["external_id"]
        ids[name] = store.save_change(document, EXTRACTOR_VERSION, to_change(analyse(document["text"])))
        found[name] = finder.find(ids[name], document["id"], vector)
        store.save_embedding(ids[name], "test", to_blob(vector), DIMENSIONS, found[name])
        finder.add(ids[name], document["id"], vector)
    by_id = {change_id: name for name, change_id in ids.items()}
    return {name: by_id.get(duplicate) for name, duplicate in found.items()}


def test_yearly_acts_worded_alike_are_not_duplicates_but_the_same_act_twice_is(tmp_path):
    found = planted_duplicates(
        tmp_path,
        {
            "order-2026.txt": YEARLY_ORDER.format(number="14/2026", day="12 January 2026"),
            "order-2027.txt": YEARLY_ORDER.format(number="9/2027", day="11 January 2027"),
            "order-2026-gazette.txt": YEARLY_ORDER.format(number="14/2026", day="12 January 2026").replace(
                "\n\n", "\n"
            ),
        },
    )
    assert found == {"order-2026.txt": None, "order-2027.txt": None, "order-2026-gazette.txt": "order-2026.txt"}


@pytest.mark.parametrize(
    "one, other, different",
    [
        # the act's number: the same act in two languages agrees; another number does not
        (("Regulation (EU) 2025/60", [], []), ("VO (EU) 2025/60", [], []), False),
        (("Regulation (EU) 2025/60", [], []), ("VO (EU) 2025/61", [], []), True),
        # a number one of them leaves out (the act's date beside its number, no identifier at all) is no conflict
        (("Regulation 2025/60", [], []), ("Regulation 2025/60 of 14 January 2025", [], []), False),
        ((None, [], []), ("Regulation (EU) 2025/61", [], []), False),
        # the case number, however a title writes it
        ((None, ["611 - Steel shelving from Vietnam"], []), (None, ["Case No. 611: shelving"], []), False),
        ((None, ["611 - Steel shelving from Vietnam"], []), (None, ["702 - Steel shelving from Vietnam"], []), True),
        ((None, ["Investigation No. 731-TA-1600 (Final)"], []), (None, ["Inv. No. 731-TA-1601"], []), True),
        ((None, ["Steel shelving from Vietnam"], []), (None, ["702 - Steel shelving from Vietnam"], []), False),
        # the act's own date
        ((None, [], ["2026-01-12"]), (None, [], ["2027-01-11"]), True),
        ((None, [], ["2026-01-12"]), (None, [], []), False),
    ],
)
def test_different_acts(one, other, different):
    assert different_acts(identity_of(*one), identity_of(*other)) is different


@pytest.mark.parametrize(
    "title, numbers",
    [
        ("611 - Steel shelving from Vietnam", {"611"}),
        ("Case No. 611: shelving", {"611"}),
        ("Expediente Nº 12/2025 sobre acero", {"12-2025"}),
        ("A-552-831: Steel shelving from Vietnam", {"A-552-831"}),
        # numbers that are no case: a year, a stage, a city's order number before the city's name
        ("2015 Reassessment of the duty on galvanised wire", set()),
        ("Notice of the start of review stage 2", set()),
        ("60 Baku city, 31 January 2024", set()),
    ],
)
def test_case_numbers_of_a_title(title, numbers):
    assert case_numbers(title) == numbers


@pytest.fixture
def web(project, monkeypatch):
    """The web app over a real store: case 611's page, its copy at another address (folded into it),
    and an inbox copy without a web address (folded too)."""
    from digest.web.app import create_app
    from tariffwatch.config import load_config

    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", "duplicate-test-signing-key-0123456789")
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    for record in (
        page("case-611.txt", FIRST_CASE, "https://remedies.example.gov/cases/611"),
        page("mirror-611.html", REPUBLISHED, "https://mirror.example.org/remedies/611"),
        page("inbox-611.txt", FIRST_CASE.replace("\n", "\r\n"), "file:///inbox/inbox-611.txt"),
    ):
        store.save_document(record)
    extract_pending(store, ExtractionOptions(embeddings=True))
    ids = {
        row["external_id"]: row["id"]
        for row in store.db.query("select c.id, d.external_id from changes c join documents d on d.id = c.document_id")
    }
    store.close()
    with TestClient(create_app(load_config(project.config_path))) as client:
        yield client, ids


def test_a_duplicates_page_goes_to_the_original_which_lists_its_copies(web):
    client, ids = web
    original, mirror, inbox = ids["case-611.txt"], ids["mirror-611.html"], ids["inbox-611.txt"]
    for copy in (mirror, inbox):
        response = client.get(f"/changes/{copy}", follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, f"/changes/{original}")
    page_text = client.get(f"/changes/{mirror}").text
    assert "611 - Galvanised steel shelving from Vietnam" in page_text
    assert '<a href="https://mirror.example.org/remedies/611"' in page_text
    assert "“611 - Galvanised steel shelving from Vietnam” (no web address)" in page_text


def test_the_api_answers_for_a_duplicate_and_its_original(web):
    client, ids = web
    original, mirror = ids["case-611.txt"], ids["mirror-611.html"]
    copy = client.get(f"/api/changes/{mirror}")
    assert copy.status_code == 200 and copy.json()["duplicate_of"] == original
    listed = client.get(f"/api/changes/{original}").json()
    assert listed["duplicate_of"] is None
    assert [entry["url"] for entry in listed["also_published_as"]] == [
        "https://mirror.example.org/remedies/611",
        "file:///inbox/inbox-611.txt",
    ]


def test_a_duplicate_of_a_duplicate_and_a_mark_to_a_lost_change_answer_too(web, project):
    """A chain of marks leads to its first change; a mark to a change no longer stored shows the change itself."""
    client, ids = web
    original, mirror, inbox = ids["case-611.txt"], ids["mirror-611.html"], ids["inbox-611.txt"]
    store = project.store()
    with store.db.atomic():
        store.db.execute("update changes set duplicate_of = ? where id = ?", [mirror, inbox])
    store.close()
    assert client.get(f"/changes/{inbox}", follow_redirects=False).headers["location"] == f"/changes/{original}"
    assert "(no web address)" in client.get(f"/changes/{original}").text
    store = project.store()
    with store.db.atomic():
        store.db.execute("update changes set duplicate_of = 999999 where id = ?", [mirror])
    store.close()
    lost = client.get(f"/changes/{mirror}", follow_redirects=False)
    assert lost.status_code == 200 and "611 - Galvanised steel shelving from Vietnam" in lost.text
