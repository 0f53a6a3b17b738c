"""Inbox documents with their metadata: sidecars, `tariffwatch ingest`, facts taken from the text,
and the files the inbox must refuse (links out of the folder, oversized, empty, binary)."""

import json
import os

import yaml

NOTICE = (
    "Federal Register / Vol. 91, No. 214 / Friday, November 6, 2026 / Notices\n"
    "Billing Code 3510-DS-P\n"
    "DEPARTMENT OF COMMERCE\n"
    "International Trade Administration\n"
    "Cold-Drawn Mechanical Tubing From India: Final Results of Antidumping Duty Administrative Review\n"
    "SUMMARY: Commerce determines that cold-drawn tubing under HTSUS subheading 7304.31.3000 was sold at less\n"
    "than normal value. This notice is published on November 6, 2026.\n"
    "DATES: Applicable November 6, 2026.\n"
)


def documents(project) -> dict:
    store = project.store()
    try:
        return {row["external_id"]: row for row in store.db["documents"].rows}
    finally:
        store.close()


def inbox_only(project):
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    project.write_config(data)


def crawl(project):
    result = project.run("crawl", "inbox", "--json")
    return result.exit_code, json.loads(result.stdout)[0]


def test_json_sidecar_gives_title_date_jurisdiction_url_and_identifier(project):
    inbox_only(project)
    (project.inbox / "tubing.txt").write_text(NOTICE, encoding="utf-8")
    (project.inbox / "tubing.txt.meta.json").write_text(
        json.dumps(
            {
                "title": "Cold-Drawn Mechanical Tubing From India: Final Results",
                "published": "2026-11-06",
                "jurisdiction": "us",
                "url": "https://www.federalregister.gov/d/2026-22104",
                "identifier": "FR Doc. 2026-22104",
            }
        ),
        encoding="utf-8",
    )
    assert crawl(project)[0] == 0
    stored = documents(project)["tubing.txt"]
    assert (stored["title"], stored["published_date"], stored["jurisdiction"]) == (
        "Cold-Drawn Mechanical Tubing From India: Final Results",
        "2026-11-06",
        "US",
    )
    assert (stored["url"], stored["identifier"]) == (
        "https://www.federalregister.gov/d/2026-22104",
        "FR Doc. 2026-22104",
    )
    assert project.run("extract").exit_code == 0
    store = project.store()
    facts = store.db.execute(
        "select type, date, field from change_dates where field is not null and change_id = "
        "(select id from changes where document_id = ?)",
        [stored["id"]],
    ).fetchall()
    assert [tuple(fact) for fact in facts] == [("publication", "2026-11-06", "sidecar field published")]


def test_yaml_sidecar_named_after_the_stem_and_an_edit_updates_metadata_without_a_version(project):
    inbox_only(project)
    (project.inbox / "quota.html").write_text(
        "<html><body><p>Tariff quota 09.8123 for heading 0201 opens on 1 January 2027.</p></body></html>", "utf-8"
    )
    sidecar = project.inbox / "quota.yaml"
    sidecar.write_text(yaml.safe_dump({"title": "Quota notice", "jurisdiction": "EU"}), encoding="utf-8")
    crawl(project)
    sidecar.write_text(yaml.safe_dump({"title": "Beef quota opening 2027", "jurisdiction": "EU"}), encoding="utf-8")
    os.utime(sidecar, ns=(1, 2_000_000_000_000_000_000))
    code, report = crawl(project)
    assert (code, report["fetched"], report["new_versions"]) == (0, 1, 0)
    assert documents(project)["quota.html"]["title"] == "Beef quota opening 2027"
    assert project.count("document_versions") == 1


def test_a_sidecar_with_a_script_link_is_refused_in_one_line(project):
    inbox_only(project)
    (project.inbox / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (project.inbox / "notice.meta.json").write_text(json.dumps({"url": "javascript:alert(1)"}), encoding="utf-8")
    code, report = crawl(project)
    assert (code, report["failed_items"]) == (1, 1)
    [problem] = report["problems"]
    assert problem.startswith(
        f"inbox: {project.inbox / 'notice.meta.json'}: url: URL scheme should be 'http' or 'https'"
    )
    assert documents(project) == {}


def test_without_metadata_title_skips_page_furniture_and_the_text_gives_date_and_jurisdiction(project):
    inbox_only(project)
    (project.inbox / "tubing.txt").write_text(NOTICE, encoding="utf-8")
    crawl(project)
    stored = documents(project)["tubing.txt"]
    assert (
        stored["title"]
        == "Cold-Drawn Mechanical Tubing From India: Final Results of Antidumping Duty Administrative Review"
    )
    assert (stored["published_date"], stored["jurisdiction"]) == (None, None)
    assert project.run("extract").exit_code == 0
    stored = documents(project)["tubing.txt"]
    assert (stored["published_date"], stored["jurisdiction"]) == ("2026-11-06", "US")


def change_titles(project) -> dict:
    store = project.store()
    try:
        return {row["document_id"]: row["title"] for row in store.db["changes"].rows}
    finally:
        store.close()


def test_a_title_guessed_from_a_saved_page_gives_way_to_the_one_the_text_states_but_a_sidecar_title_never_does(
    project,
):
    """A page saved from a portal opens with its banner ('Skip to main content'): the inbox can only guess a title
    from it, so the change shows the title the extractor reads from the text; a sidecar's title is the reader's."""
    inbox_only(project)
    saved_page = "Skip to main content\nShare this page\n" + NOTICE
    (project.inbox / "saved.txt").write_text(saved_page, encoding="utf-8")
    (project.inbox / "named.txt").write_text(saved_page, encoding="utf-8")
    (project.inbox / "named.meta.json").write_text(json.dumps({"title": "Tubing review (our copy)"}), "utf-8")
    crawl(project)
    stored = documents(project)
    assert (stored["saved.txt"]["title"], stored["named.txt"]["title"]) == (
        "Skip to main content",
        "Tubing review (our copy)",
    )
    assert project.run("extract").exit_code == 0
    assert change_titles(project) == {
        stored["saved.txt"]["id"]: "Cold-Drawn Mechanical Tubing From India: Final Results of Antidumping Duty "
        "Administrative Review",
        stored["named.txt"]["id"]: "Tubing review (our copy)",
    }


def test_a_label_line_ending_in_a_colon_is_not_guessed_as_the_title(project):
    inbox_only(project)
    (project.inbox / "portal.txt").write_text("This page is relevant for:\nExporters, Importers\n" + NOTICE, "utf-8")
    crawl(project)
    assert (
        documents(project)["portal.txt"]["title"]
        == "Cold-Drawn Mechanical Tubing From India: Final Results of Antidumping Duty Administrative Review"
    )


def test_ingest_files_a_document_with_its_options(project, tmp_path):
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "surtax.txt").write_text("Goods of tariff item 7217.10.00 are subject to a surtax of 20%.\n", "utf-8")
    result = project.run(
        "ingest",
        str(elsewhere / "surtax.txt"),
        "--published",
        "2026-11-21",
        "--jurisdiction",
        "CA",
        "--title",
        "Steel Wire Surtax Order",
        "--identifier",
        "SOR/2026-311",
        "--url",
        "https://gazette.gc.ca/rp-pr/p2/2026/2026-11-21/html/sor-dors311-eng.html",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == (
        f"{elsewhere / 'surtax.txt'}: new: Steel Wire Surtax Order (SOR/2026-311; published 2026-11-21; jurisdiction CA)"
    )
    stored = documents(project)[f"ingest:{(elsewhere / 'surtax.txt').resolve().as_posix()}"]
    assert (stored["source"], stored["identifier"], stored["url"]) == (
        "inbox",
        "SOR/2026-311",
        "https://gazette.gc.ca/rp-pr/p2/2026/2026-11-21/html/sor-dors311-eng.html",
    )
    again = project.run("ingest", str(elsewhere / "surtax.txt"), "--title", "Steel Wire Surtax Order")
    assert again.stdout.startswith(f"{elsewhere / 'surtax.txt'}: unchanged: ")


def test_ingest_refuses_a_non_http_url_in_one_line(project):
    (project.inbox / "n.txt").write_text(NOTICE, encoding="utf-8")
    result = project.run("ingest", str(project.inbox / "n.txt"), "--url", "file:///etc/passwd")
    assert result.exit_code == 2
    assert result.stderr == "Error: url: URL scheme should be 'http' or 'https' (see 'tariffwatch ingest --help')\n"


def test_a_symbolic_link_out_of_the_inbox_is_not_followed(project, tmp_path):
    inbox_only(project)
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (project.inbox / "passwd.txt").symlink_to(secret)
    (project.inbox / "real.txt").write_text(NOTICE, encoding="utf-8")
    code, report = crawl(project)
    assert (code, report["new_documents"]) == (0, 1)
    assert report["problems"] == ["inbox: passwd.txt: a symbolic link; not followed"]
    assert set(documents(project)) == {"real.txt"}


def test_an_oversized_file_is_refused_in_one_line(project):
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["sources"]["inbox"]["max_file_bytes"] = 1000
    project.write_config(data)
    (project.inbox / "big.txt").write_text("Heading 7208. " * 200, encoding="utf-8")
    code, report = crawl(project)
    assert (code, report["failed_items"]) == (1, 1)
    assert report["problems"] == [
        f"inbox: {project.inbox / 'big.txt'}: 2800 bytes exceeds the inbox cap of 1000 bytes; not read"
    ]


def test_empty_binary_and_mojibake_documents_are_flagged(project):
    inbox_only(project)
    (project.inbox / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (project.inbox / "image.txt").write_bytes(bytes(range(256)) * 40)
    (project.inbox / "garbled.txt").write_text(
        "Droits sur les tôles de la position 7208, règlement modifié.".encode().decode("latin-1"), encoding="utf-8"
    )
    code, report = crawl(project)
    assert (code, report["new_documents"], report["failed_items"]) == (1, 1, 2)
    assert sorted(report["problems"]) == sorted(
        [
            f"inbox: {project.inbox / 'empty.txt'}: no text in the document; not stored empty",
            f"inbox: {project.inbox / 'image.txt'}: binary content, not text; not stored",
            f"inbox: {project.inbox / 'garbled.txt'}: mis-decoded characters (mojibake) repaired before storing",
        ]
    )
    assert documents(project)["garbled.txt"]["text"] == "Droits sur les tôles de la position 7208, règlement modifié."
