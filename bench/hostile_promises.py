"""Promises the hostile-input corpus checks: what must hold after each case (empty list: held)."""

from __future__ import annotations

PASSWD_MARK = "root:x:0:0"


def stored_texts(site) -> list[str]:
    return [row[0] or "" for row in site.query("select text from document_versions")]


def stored_titles(site) -> list[str]:
    return [row[0] or "" for row in site.query("select title from documents")]


def digest_html(site) -> str:
    return "".join(p.read_text("utf-8") for p in (site.root / "digests").glob("*.html"))


def changes_of(site, external_id_like: str) -> int:
    return site.query(
        "select count(*) from changes c join documents d on d.id = c.document_id where d.external_id like ?",
        (external_id_like,),
    )[0][0]


def no_passwd(site, finished) -> list[str]:
    leaked = any(PASSWD_MARK in text for text in stored_texts(site)) or PASSWD_MARK in digest_html(site)
    return ["/etc/passwd content stored or published"] if leaked else []


def no_script_in_digest(site, finished) -> list[str]:
    html = digest_html(site).lower()
    bad = [s for s in ("<script>alert", "onerror=alert", 'href="javascript:', 'href="data:') if s in html]
    return [f"digest holds {', '.join(bad)}"] if bad else []


def bounded_text(limit: int):
    def promise(site, finished) -> list[str]:
        longest = max((len(t) for t in stored_texts(site)), default=0)
        return [f"stored a text of {longest:,} characters"] if longest > limit else []

    return promise


def extracted(external_id_like: str, needle: str | None = None):
    """The document was extracted; with `needle`, a code whose span reads `needle` is stored."""

    def promise(site, finished) -> list[str]:
        if not changes_of(site, external_id_like):
            return [f"{external_id_like} not extracted"]
        if needle:
            rows = site.query(
                "select d.text, k.start, k.end from change_codes k join changes c on c.id = k.change_id "
                "join documents d on d.id = c.document_id where d.external_id like ? and k.text = ?",
                (external_id_like, needle),
            )
            if not any(text[start:end] == needle for text, start, end in rows):
                return [f"no code span reading {needle!r} in {external_id_like}"]
        return []

    return promise


def extracted_or_failed_recorded(external_id_like: str):
    def promise(site, finished) -> list[str]:
        if changes_of(site, external_id_like):
            return []
        tables = {row[0] for row in site.query("select name from sqlite_master where type = 'table'")}
        if (
            "extraction_failures" in tables
            and site.query(
                "select count(*) from extraction_failures f join documents d on d.id = f.document_id "
                "where d.external_id like ?",
                (external_id_like,),
            )[0][0]
        ):
            return []
        return [f"{external_id_like} neither extracted nor recorded as failed"]

    return promise


def reported(word: str):
    """The run names the problem on stderr (one line), rather than storing it silently."""

    def promise(site, finished) -> list[str]:
        lines = [line.lower() for line in finished.stderr.splitlines() if not line.startswith("  ")]  # not progress
        named = any(word.lower() in line and ("warning" in line or "error" in line) for line in lines)
        return [] if named else [f"no warning naming {word!r}"]

    return promise


def not_stored(external_id_like: str):
    def promise(site, finished) -> list[str]:
        count = site.query(
            "select count(*) from documents where external_id like ?",
            (external_id_like,),
        )[0][0]
        return [f"{external_id_like} stored"] if count else []

    return promise


def all_of(*promises):
    return lambda site, finished: [p for promise in promises for p in promise(site, finished)]


def other_feed_read(site, finished) -> list[str]:
    count = site.query("select count(*) from documents where source = 'feed'")[0][0]
    return [] if count >= 1 else ["the good feed's entry was not stored"]
