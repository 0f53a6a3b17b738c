"""A document with no date of its own whose every stated date is long past is history, not news:
the digest lists it under "Older documents first seen today" (digest.older_after_days)."""

from __future__ import annotations

import json

from tests.digest_helpers import TODAY, add_documents, write_digest

# No publication date in the source's metadata, none in the text: only dates of what it is about.
EXPIRED_EXCLUSIONS = {
    "title": "CSMS # 49120577 - Expiry of product exclusions for Chinese steel fasteners",
    "external_id": "csms-49120577",
    "text": """CSMS # 49120577 - Expiry of product exclusions for Chinese steel fasteners

The product exclusions granted on 14 March 2019 for steel fasteners of subheading 7318.15.20 from China expired
on 31 December 2020. Entries made after 31 December 2020 must be filed with the additional duties of
chapter 99.
""",
}
# No date of its own either, but what it states is still to come: news.
COMING_LICENCES = {
    "title": "Notice to importers: licences for aluminium foil",
    "external_id": "licences-foil",
    "text": """Notice to importers: licences for aluminium foil

Import licences will be required for aluminium foil of heading 7607 from 1 September 2099.
""",
}


def sections(project) -> dict[str, list[str]]:
    digest = json.loads(write_digest(project, "json", TODAY))
    titles = {c["id"]: c["display_title"] for c in digest["changes"]}
    return {group["anchor"]: [titles[change_id] for change_id in group["change_ids"]] for group in digest["groups"]}


def test_an_undated_document_about_long_past_dates_is_an_older_document(project):
    add_documents(project, [EXPIRED_EXCLUSIONS, COMING_LICENCES])
    found = sections(project)
    assert found["older"] == [EXPIRED_EXCLUSIONS["title"]]
    assert COMING_LICENCES["title"] in [title for kind, titles in found.items() if kind != "older" for title in titles]
