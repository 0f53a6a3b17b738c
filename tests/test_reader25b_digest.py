"""Round 25 reader: which entries are today's news, on a real SQLite store (documents written for the tests).

An entry with a key date still to come is never "older", however long ago it was published; a document that
states no date is not today's news: the year its designation names dates it, else it is listed apart as
undated; the older documents are listed newest first.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from digest.age import age_of, designation_year
from tests.digest_helpers import TODAY, add_documents, write_digest

_today = date.fromisoformat(TODAY)


def _words(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


SIGNED_LONG_AGO_BITES_SOON = {
    "title": "Proclamation adjusting imports of titanium sponge",
    "external_id": "titanium-proclamation",
    "published_date": (_today - timedelta(days=120)).isoformat(),
    "text": "Proclamation adjusting imports of titanium sponge\n\nAn additional duty of 25 percent ad valorem shall "
    f"apply to titanium sponge of subheading 8108.20.00. This proclamation shall enter into force on "
    f"{_words(_today + timedelta(days=9))}.\n",
}
SIGNED_LONG_AGO_IN_FORCE_LONG_AGO = {
    "title": "Proclamation adjusting imports of tungsten wire",
    "external_id": "tungsten-proclamation",
    "published_date": (_today - timedelta(days=400)).isoformat(),
    "text": "Proclamation adjusting imports of tungsten wire\n\nAn additional duty of 25 percent ad valorem shall "
    f"apply to tungsten wire of subheading 8101.96.00. This proclamation shall enter into force on "
    f"{_words(_today - timedelta(days=390))}.\n",
}
OLD_INSTRUMENT_NO_DATES = {
    "title": "Statutory Instrument 41 of 2014",
    "external_id": "si-41-2014",
    "text": "Statutory Instrument 41 of 2014\n\nThe Customs and Excise (Tariff) Notice is amended by the insertion of "
    "a rebate of duty on polyethylene of heading 3901 imported by approved manufacturers of packaging.\n",
}
THIS_YEARS_INSTRUMENT_NO_DATES = {
    "title": f"Statutory Instrument 9 of {_today.year}",
    "external_id": "si-9-this-year",
    "text": f"Statutory Instrument 9 of {_today.year}\n\nThe Customs and Excise (Tariff) Notice is amended by the "
    "insertion of a rebate of duty on polypropylene of heading 3902 imported by approved manufacturers.\n",
}
NO_DATE_NO_YEAR = {
    "title": "Notice on the rebate of duty for glass containers",
    "external_id": "glass-rebate",
    "text": "Notice on the rebate of duty for glass containers\n\nA rebate of duty applies to carboys, bottles and "
    "flasks of glass of heading 7010 imported by registered breweries.\n",
}
OLDER_A = {
    "title": "Order on ferro-silicon duties",
    "external_id": "ferro-order",
    "published_date": (_today - timedelta(days=900)).isoformat(),
    "text": "Order on ferro-silicon duties\n\nA duty of 10 percent applies to ferro-silicon of subheading 7202.21.\n",
}
OLDER_B = {
    "title": "Order on ferro-manganese duties",
    "external_id": "manganese-order",
    "published_date": (_today - timedelta(days=200)).isoformat(),
    "text": "Order on ferro-manganese duties\n\nA duty of 10 percent applies to ferro-manganese of subheading 7202.11.\n",
}


def sections(project) -> dict[str, list[str]]:
    digest = json.loads(write_digest(project, "json", TODAY))
    titles = {c["id"]: c["display_title"] for c in digest["changes"]}
    return {group["anchor"]: [titles[change_id] for change_id in group["change_ids"]] for group in digest["groups"]}


def news_titles(found: dict[str, list[str]]) -> list[str]:
    return [title for anchor, titles in found.items() if anchor.startswith("ch-") for title in titles]


def test_an_old_text_with_an_entry_into_force_still_to_come_is_news_not_older(project):
    add_documents(project, [SIGNED_LONG_AGO_BITES_SOON, SIGNED_LONG_AGO_IN_FORCE_LONG_AGO])
    found = sections(project)
    assert SIGNED_LONG_AGO_BITES_SOON["title"] in news_titles(found)
    assert found["older"] == [SIGNED_LONG_AGO_IN_FORCE_LONG_AGO["title"]]  # the near miss: in force long ago


def test_a_dateless_text_is_dated_by_its_designations_year_else_listed_as_undated(project):
    add_documents(project, [OLD_INSTRUMENT_NO_DATES, THIS_YEARS_INSTRUMENT_NO_DATES, NO_DATE_NO_YEAR])
    found = sections(project)
    assert found["older"] == [OLD_INSTRUMENT_NO_DATES["title"]]
    assert found["undated"] == [NO_DATE_NO_YEAR["title"]]
    assert news_titles(found) == [THIS_YEARS_INSTRUMENT_NO_DATES["title"]]  # the near miss: this year's number
    assert list(found).index("undated") < list(found).index("older")


def test_older_documents_are_listed_newest_first(project):
    add_documents(project, [OLDER_A, OLD_INSTRUMENT_NO_DATES, OLDER_B])
    assert sections(project)["older"] == [OLDER_B["title"], OLDER_A["title"], OLD_INSTRUMENT_NO_DATES["title"]]


def test_a_designations_year_is_not_read_from_a_tariff_code():
    assert designation_year({"display_title": "Duties on preserved fruit of subheading 2008 99 and 2009.11"}) is None
    assert designation_year({"display_title": "Commission Implementing Regulation (EU) 2019/1250"}) == 2019
    assert designation_year({"display_title": "Tariff Amendments 2021", "identifier": "SOR/2023-43"}) == 2023


def test_a_date_still_to_come_keeps_an_old_publication_in_the_news():
    change = {
        "first_seen": "2026-11-28T06:00:00+00:00",
        "own_date": {"date": "2026-08-06"},
        "dates": [{"type": "entry_into_force", "date": "2026-12-04"}],
    }
    assert age_of(change, 30) == "news"
    change["dates"] = [{"type": "other", "date": "2026-12-04"}]  # a mere mention does not make it news
    assert age_of(change, 30) == "older"


def test_an_end_years_ahead_does_not_make_an_old_order_news():
    """Class: a remission order published three years before it was first seen, applying until a day five years on, is
    a measure running its course: older. Near miss: the same order lapsing within the month is news."""
    from digest.age import age_of

    order = {
        "first_seen": "2031-02-10T09:00:00",
        "own_date": {"date": "2028-04-02"},
        "dates": [
            {"type": "entry_into_force", "date": "2028-04-03"},
            {"type": "application_end", "date": "2033-04-03"},
        ],
    }
    assert age_of(order, 30) == "older"
    lapsing = {**order, "dates": [{"type": "application_end", "date": "2031-02-28"}]}
    assert age_of(lapsing, 30) == "news"
