"""The hostile-input corpus: what an attacker or an unlucky day sends, and the promise each case checks.

Source cases put a file in the inbox or serve something from the loopback server to the feed or
page source; `check` returns the broken promises (empty: held). Web cases talk to a running
`tariffwatch serve`; CLI cases run the command.
"""

from __future__ import annotations

import functools
import os
import random
import zlib
from dataclasses import dataclass, field

from bench.harness import notice

PASSWD_MARK = "root:x:0:0"
NOTICE_SENTENCE = (
    "Imports of hot-rolled flat products of iron falling within CN code 7208 51 20 originating in Egypt are "
    "subject to a definitive anti-dumping duty from 1 March 2031."
)


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


@dataclass
class SourceCase:
    name: str
    via: str  # inbox | feed | page
    files: dict = field(default_factory=dict)  # inbox name -> bytes (or callable(site) -> None)
    serve: dict = field(default_factory=dict)  # path -> (body, content_type, headers)
    feeds: list = field(default_factory=list)  # feed paths, in order
    pages: list = field(default_factory=list)  # page paths
    promise: object = None  # callable(site, finished) -> list of problems
    max_seconds: float = 60
    max_mb: float = 1500
    rerun: bool = False

    def setup(self, site, server) -> None:
        for name, content in self.files.items():
            if callable(content):  # built when the case runs: big payloads are not kept in memory
                content = content(site)
            if content is not None:
                (site.inbox / name).write_bytes(content)
        base = server.url("").rstrip("/").encode()
        for path, (body, content_type, headers) in self.serve.items():
            data = body() if callable(body) else body
            data = data.encode("utf-8") if isinstance(data, str) else data
            if "gzip" not in headers.get("Content-Encoding", ""):
                data = data.replace(b"BASE", base)
            server.serve(path, data, content_type, **headers)
        server.serve("/robots.txt", "", "text/plain", status=404)
        sources = {"inbox": {"enabled": True, "path": "inbox"}}
        if self.feeds:
            sources["feed"] = {
                "enabled": True,
                "urls": [server.url(p) for p in self.feeds],
                "jurisdiction": "EU",
            }
        if self.pages:
            sources["page"] = {
                "enabled": True,
                "pages": [{"url": server.url(p)} for p in self.pages],
            }
        site.write_config(sources=sources)

    def check(self, site, finished) -> list[str]:
        problems = []
        if finished.seconds > self.max_seconds:
            problems.append(f"took {finished.seconds:.0f} s (budget {self.max_seconds:.0f} s)")
        if finished.max_rss_mb > self.max_mb:
            problems.append(f"peak {finished.max_rss_mb:.0f} MB (budget {self.max_mb:.0f} MB)")
        if self.promise:
            problems.extend(self.promise(site, finished))
        return problems

    def held_note(self, site, finished) -> str:
        warnings = [line for line in finished.stderr.splitlines() if line.startswith(("warning", "Error"))]
        return warnings[0][:160] if warnings else "ok"


# -- promises ------------------------------------------------------------------------------


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


# -- payloads ------------------------------------------------------------------------------


def xml_bomb(levels: int = 10) -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, levels)
    )
    return f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><r>&lol{levels - 1};</r>'.encode()


XXE = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><p>Notice &x;</p></r>'


def deep_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + NOTICE_SENTENCE + "</div>" * depth + "</body></html>").encode()


def huge_text(chars: int) -> bytes:
    """Realistic paragraphs to `chars` characters, then a last article naming a code at the very end."""
    rng = random.Random(9)
    parts, size = [], 0
    while size < chars:
        part = notice(rng, len(parts))
        parts.append(part)
        size += len(part) + 2
    return ("\n\n".join(parts) + "\n\nArticle 99\n\nThe duty also covers CN code 8714 93 10.\n").encode()


def repeated(pattern: str, size: int) -> bytes:
    return (pattern * (size // len(pattern) + 1))[:size].encode()


def rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid></item>" for title, link in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'.encode()


def store_hostile_urls(site) -> None:
    """Documents whose source metadata carried script and data URLs, as a careless source could store them."""
    from tariffwatch.store import DocumentRecord, open_store

    store = open_store(site.database)
    try:
        store.ensure_source("inbox", "inbox", True, None)
        for n, url in enumerate(
            [
                "javascript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
            ]
        ):
            text = f"Steel notice {n}. {NOTICE_SENTENCE}"
            store.save_document(DocumentRecord("inbox", f"hostile-url-{n}", url, text, title=f"Steel notice {n}"))
    finally:
        store.close()


def symlink_to_passwd(site) -> None:
    os.symlink("/etc/passwd", site.inbox / "p.txt")


HTML = "text/html; charset=utf-8"


def gzip_bomb(size: int = 1 << 30) -> bytes:
    """`size` bytes of zeros gzipped (about 1 MB for 1 GiB), built in slices: never held whole here."""
    packer, zeros = zlib.compressobj(9, zlib.DEFLATED, 31), bytes(1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(size >> 20)) + packer.flush()


BOMB = functools.cache(gzip_bomb)  # BOMB(): about 1 MB, built on first use
PAGE = f"<html><head><title>Ordinary page</title></head><body><p>{NOTICE_SENTENCE}</p></body></html>"

SOURCES = [
    SourceCase(
        "inbox-xss",
        "inbox",
        files={
            "xss.html": b"<html><head><title>Steel <script>alert(1)</script></title></head><body><p>"
            + NOTICE_SENTENCE.encode()
            + b' <img src=x onerror=alert(1)> <a href="javascript:alert(2)">details</a></p></body></html>'
        },
        promise=no_script_in_digest,
    ),
    SourceCase(
        "metadata-script-urls",
        "inbox",
        files={"(store)": store_hostile_urls},
        promise=all_of(no_script_in_digest, extracted("hostile-url-%")),
    ),
    SourceCase("inbox-xxe", "inbox", files={"xxe.xml": XXE}, promise=no_passwd),
    SourceCase(
        "inbox-billion-laughs",
        "inbox",
        files={"lol.xml": xml_bomb()},
        promise=bounded_text(100_000),
    ),
    SourceCase("inbox-symlink", "inbox", files={"p.txt": symlink_to_passwd}, promise=no_passwd),
    SourceCase(
        "inbox-huge-1.5M",
        "inbox",
        files={"huge.txt": lambda site: huge_text(1_500_000)},
        promise=extracted("huge.txt", "8714 93 10"),
        rerun=True,
        max_seconds=120,
    ),
    SourceCase(
        "inbox-oversize-80MB",
        "inbox",
        files={"big.txt": lambda site: repeated("tariff duty ", 80 << 20)},
        promise=not_stored("big.txt"),
        max_seconds=120,
    ),
    SourceCase(
        "inbox-deep-html-20k",
        "inbox",
        files={"deep.html": deep_html(20_000)},
        max_seconds=30,
    ),
    SourceCase("inbox-empty", "inbox", files={"empty.txt": b""}, promise=reported("empty.txt")),
    SourceCase(
        "inbox-binary",
        "inbox",
        files={"noise.txt": random.Random(4).randbytes(200_000)},
        promise=reported("noise.txt"),
    ),
    SourceCase(
        "inbox-mojibake",
        "inbox",
        files={"mojibake.txt": "RÃ¨glement (UE) 2031/7 â€” droit antidumping sur les tÃ´les".encode() * 50},
        promise=reported("mojibake.txt"),
    ),
    SourceCase(
        "inbox-nul-bytes",
        "inbox",
        files={"nul.txt": NOTICE_SENTENCE.encode().replace(b" ", b"\0 ")},
    ),
    SourceCase(
        "inbox-no-whitespace-500k",
        "inbox",
        files={"blob.txt": repeated("7208512", 500_000)},
        max_seconds=60,
    ),
    SourceCase(
        "inbox-bidi-title",
        "inbox",
        files={"bidi.txt": ("\u202eSteel duty\u202c \u200b" + NOTICE_SENTENCE).encode()},
    ),
    SourceCase(
        "inbox-broken-pdf",
        "inbox",
        files={"broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog"},
        promise=reported("broken.pdf"),
    ),
    SourceCase(
        "inbox-chapters-200k",
        "inbox",
        files={"chapters.txt": b"chapters " + repeated("1, ", 200_000)},
        promise=extracted_or_failed_recorded("chapters.txt"),
        max_seconds=15,
    ),
    SourceCase(
        "inbox-dates-100k",
        "inbox",
        files={"dates.txt": repeated("from 1 March 2031 to ", 100_000)},
        promise=extracted_or_failed_recorded("dates.txt"),
        max_seconds=15,
    ),
    SourceCase(
        "feed-javascript-link",
        "feed",
        serve={
            "/js.rss": (
                rss(
                    [
                        ("Steel notice", "javascript:alert(1)"),
                        ("Data", "data:text/html,<b>x</b>"),
                    ]
                ),
                "application/rss+xml",
                {},
            )
        },
        feeds=["/js.rss"],
        promise=no_script_in_digest,
    ),
    SourceCase(
        "feed-error-page-first",
        "feed",
        serve={
            "/broken.rss": ("<html><body>Service unavailable</body></html>", HTML, {}),
            "/good.rss": (
                rss([("Good notice", "BASE/good.html")]),
                "application/rss+xml",
                {},
            ),
            "/good.html": (PAGE, HTML, {}),
        },
        feeds=["/broken.rss", "/good.rss"],
        promise=other_feed_read,
    ),
    SourceCase(
        "feed-gzip-bomb",
        "feed",
        serve={
            "/bomb.rss": (
                rss([("Bomb", "BASE/bomb.html"), ("Good notice", "BASE/good.html")]),
                "application/rss+xml",
                {},
            ),
            "/bomb.html": (BOMB, HTML, {"Content-Encoding": "gzip"}),
            "/good.html": (PAGE, HTML, {}),
        },
        feeds=["/bomb.rss"],
        promise=all_of(other_feed_read, bounded_text(60 << 20)),
        max_mb=1500,
    ),
    SourceCase(
        "feed-bogus-charset",
        "feed",
        serve={
            "/cs.rss": (
                rss([("Bogus", "BASE/bogus.html"), ("Good notice", "BASE/good.html")]),
                "application/rss+xml",
                {},
            ),
            "/bogus.html": (PAGE, "text/html; charset=x-bogus", {}),
            "/good.html": (PAGE, HTML, {}),
        },
        feeds=["/cs.rss"],
        promise=other_feed_read,
    ),
    SourceCase(
        "feed-xxe",
        "feed",
        serve={
            "/xxe.rss": (
                b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<rss version="2.0"><channel><title>t</title><item><title>&x;</title>'
                b"<link>BASE/good.html</link></item></channel></rss>",
                "application/rss+xml",
                {},
            ),
            "/good.html": (PAGE, HTML, {}),
        },
        feeds=["/xxe.rss"],
        promise=no_passwd,
    ),
    SourceCase(
        "feed-billion-laughs",
        "feed",
        serve={
            "/lol.rss": (
                xml_bomb()
                .replace(b"<r>", b'<rss version="2.0"><channel><title>')
                .replace(b"</r>", b"</title></channel></rss>")
                .replace(b"DOCTYPE r", b"DOCTYPE rss"),
                "application/rss+xml",
                {},
            )
        },
        feeds=["/lol.rss"],
        promise=bounded_text(100_000),
    ),
    SourceCase(
        "feed-truncated-xml",
        "feed",
        serve={
            "/cut.rss": (
                rss([("Good notice", "BASE/good.html"), ("Other", "BASE/other.html")])[:-60],
                "application/rss+xml",
                {},
            ),
            "/good.html": (PAGE, HTML, {}),
            "/other.html": (PAGE, HTML, {}),
        },
        feeds=["/cut.rss"],
    ),
    SourceCase(
        "page-oversize-60MB",
        "page",
        serve={
            "/huge.html": (
                lambda: b"<html><body><p>" + repeated("tariff duty ", 60 << 20) + b"</p></body></html>",
                HTML,
                {},
            )
        },
        pages=["/huge.html"],
        promise=bounded_text(50 << 20),
        max_seconds=120,
    ),
    SourceCase(
        "page-deep-html-20k",
        "page",
        serve={"/deep.html": (deep_html(20_000), HTML, {})},
        pages=["/deep.html"],
        max_seconds=30,
    ),
]
