"""What each subscriber receives: the product areas, jurisdictions and measures matched, the areas listed,
weekly timing, catalogues and the size of a realistic e-mail (real SMTP server on loopback)."""

import json
import re

import pytest

from tests.digest_helpers import TODAY, add_documents
from tests.sending_helpers import DOCUMENTS, SECRET, documents_in, plain, point_at, subscribe


@pytest.mark.parametrize(
    "options,expected",
    [
        (["--hs", "72"], {"eu-steel.html", "us-steel.txt", "ca-steel.txt"}),
        (["--hs", "720851"], {"eu-steel.html", "us-steel.txt", "ca-steel.txt"}),
        (["--hs", "7213"], {"ca-steel.txt"}),
        (["--hs", "7210 41"], {"us-steel.txt", "ca-steel.txt"}),
        (["--hs", "7212"], {"us-steel.txt", "ca-steel.txt"}),  # a range's upper end is inside it
        (["--hs", "7212 60 00"], {"us-steel.txt", "ca-steel.txt"}),
        (["--hs", "７２１２"], {"us-steel.txt", "ca-steel.txt"}),  # full-width digits, as typed on some keyboards
        (["--hs", "8703", "--jurisdiction", "UK"], {"uk-cars.txt"}),
        (["--hs", "72", "--measure", "anti_dumping"], {"eu-steel.html"}),
        (["--jurisdiction", "EU", "--jurisdiction", "US"], {"eu-steel.html", "us-steel.txt"}),
        ([], set(DOCUMENTS)),
    ],
)
def test_product_area_matching_at_every_level(mailing, smtp, options, expected):
    subscribe(mailing, "analyst@example.org", *options)
    assert mailing.run("send").exit_code == 0
    [message] = smtp.messages
    assert documents_in(message) == expected


def test_the_email_lists_the_areas_followed_and_how_to_change_them(mailing, smtp):
    subscribe(mailing, "desk@example.org", "--hs", "72", "--hs", "8703", "--jurisdiction", "US", "--jurisdiction", "CA")
    mailing.run("send")
    text = plain(smtp.messages[0])
    assert "You follow: product areas 72, 8703; jurisdictions CA, US." in text
    assert "Change your areas: https://tariffwatch.example/subscription?token=" in text
    assert "Your feed: https://tariffwatch.example/feeds/" in text


def test_a_cross_chapter_range_reaches_and_is_listed_under_the_subscribers_own_chapter(mailing, smtp):
    add_documents(
        mailing,
        [
            {
                "title": "Duties on sections and structures",
                "published_date": TODAY,  # a text stating no date of its own is listed apart as undated
                "text": "The duty applies to goods of headings 7216 to 7301 originating in Brazil.",
            }
        ],
    )
    subscribe(mailing, "structures@example.org", "--hs", "7301")
    mailing.run("send")
    text = plain(smtp.messages[0])
    assert "Duties on sections and structures" in text
    assert re.findall(r"^-- (.+) --$", text, flags=re.M)[0] == "Ch. 73 Articles of iron or steel (1)"


def test_full_width_codes_in_a_document_match_subscriptions(mailing, smtp):
    add_documents(
        mailing,
        [
            {
                "title": "Notice on hot-rolled sheet",
                "text": "The duty applies to goods of heading ７２０８ originating in Japan.",
            }
        ],
    )
    subscribe(mailing, "sheet@example.org", "--hs", "720851")
    mailing.run("send")
    assert "Notice on hot-rolled sheet" in plain(smtp.messages[0])


def test_weekly_subscribers_get_the_weeks_changes_on_their_day_only(mailing, smtp):
    from datetime import date, timedelta

    subscribe(mailing, "weekly@example.org", "--hs", "72", "--frequency", "weekly")
    today = date.today()
    monday = today + timedelta(days=(7 - today.weekday()) % 7)
    tuesday = monday + timedelta(days=1)
    off = json.loads(mailing.run("send", "--date", tuesday.isoformat(), "--json").stdout)
    assert off["not_due"] == 1 and smtp.messages == []
    due = json.loads(mailing.run("send", "--date", monday.isoformat(), "--json").stdout)
    assert due["sent"] == 1
    [message] = smtp.messages
    assert message["Subject"].startswith(f"tariffwatch weekly digest {monday.isoformat()}: 3 changes")
    assert documents_in(message) == {"eu-steel.html", "us-steel.txt", "ca-steel.txt"}


def test_a_catalogue_subscription_names_the_subscribers_own_products(mailing, smtp, tmp_path):
    catalogue = tmp_path / "products.csv"
    catalogue.write_text("commodity code;our name\n7208.51.20;Hot-rolled coil 2mm\n8703 80 10;E-van chassis\n", "utf-8")
    result = mailing.run("subscribe", "buyer@example.org", "--catalogue", str(catalogue))
    assert result.exit_code == 0 and "created: buyer@example.org with 2 products" in result.stdout
    mailing.run("send")
    text = plain(smtp.messages[0])
    assert documents_in(smtp.messages[0]) == set(DOCUMENTS)
    assert text.count(">> Affects your 'Hot-rolled coil 2mm' (7208.51.20)") == 3
    assert text.count(">> Affects your 'E-van chassis' (8703 80 10)") == 1
    assert "your catalogue of 2 products" in text


@pytest.mark.parametrize(
    "content,message",
    [
        ("7208.51.20\n", "row 1: give a code and your product name"),
        ("code,name\nsteel,Coil\n", "row 2: 'steel' is not a tariff code"),
    ],
)
def test_a_bad_catalogue_is_one_line_naming_the_row(project, tmp_path, content, message):
    catalogue = tmp_path / "bad.csv"
    catalogue.write_text(content, "utf-8")
    result = project.run("subscribe", "buyer@example.org", "--catalogue", str(catalogue))
    assert result.exit_code == 2 and message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_email_of_five_matching_changes_stays_under_100_kb(project, smtp, monkeypatch):
    """A realistic day: 36 changes, five of them for this subscriber, some with long code annexes."""
    from tests.realistic_day import realistic_day

    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    point_at(project, smtp.port)
    add_documents(project, realistic_day())
    subscribe(project, "copper@example.org", "--hs", "74")
    assert project.run("send").exit_code == 0
    [message] = smtp.messages
    assert message["Subject"].endswith("5 changes in your product areas")
    assert len(smtp.raw[0]) < 100_000, len(smtp.raw[0])
