"""Payloads of the hostile-input corpus: bombs, deep trees, huge and repetitive texts, hostile URLs."""

from __future__ import annotations

import functools
import os
import random
import zlib

from bench.harness import notice

NOTICE_SENTENCE = (
    "Imports of hot-rolled flat products of iron falling within CN code 7208 51 20 originating in Egypt are "
    "subject to a definitive anti-dumping duty from 1 March 2031."
)


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
