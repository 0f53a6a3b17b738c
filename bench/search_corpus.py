"""A synthetic store for the search benchmark: realistic changes at any size, built fast.

Titles and summaries are drawn from real measure phrasings over about 1,400 products, HS codes
across all chapters, four jurisdictions, typed dates, extracted facts (measure type, affected
country) and vectors from the real embedding model (a pool of embedded texts, varied by noise).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import numpy as np

# A long tail like a real journal's: about 1,400 products from materials and forms.
MATERIALS = [
    item.strip()
    for item in """
steel, stainless steel, aluminium, copper, zinc, glass fibre, ceramic, porcelain, polyester, nylon,
cotton, wool, silk, hardwood, softwood, bamboo, rubber, plastic, silicon, titanium, nickel,
tungsten, magnesium, ferro-silicon, graphite, paper, leather, vinyl, epoxy, acrylic, lithium,
cobalt, manganese, molybdenum, lead, tin, granite, marble, cast iron, brass, bronze, carbon fibre,
polyethylene, polypropylene, PET
""".split(",")
]
FORMS = [
    item.strip()
    for item in """
sheets, coils, tubes, wire rod, fasteners, tiles, rovings, yarn, fabrics, plywood, flooring,
tableware, cables, panels, bars, profiles, extrusions, mesh, foil, fittings, valves, wheels, tyres,
containers, film, fibres, castings, forgings, strip, powder, plates
""".split(",")
]
PRODUCTS = [f"{material} {form}" for material in MATERIALS for form in FORMS]
MEASURES = [
    ("anti_dumping", "definitive anti-dumping duty"),
    ("countervailing", "countervailing duty"),
    ("tariff_quota", "tariff quota"),
    ("safeguard", "safeguard measure"),
    ("duty_rate_change", "additional ad valorem duty"),
    ("duty_suspension", "suspension of duties"),
    ("exclusion", "product exclusion"),
    ("nomenclature_change", "new commodity codes"),
]
# Origins with their ISO codes, as extraction stores them.
COUNTRIES = [
    item.strip()
    for item in """
China, India, Viet Nam, Türkiye, Brazil, Indonesia, Korea, Mexico, Thailand, Malaysia, Egypt,
Russia, Ukraine, Taiwan, Japan, South Africa, Argentina, Pakistan, Oman, Belarus
""".split(",")
]
ISO = dict(zip(COUNTRIES, "CN IN VN TR BR ID KR MX TH MY EG RU UA TW JP ZA AR PK OM BY".split(), strict=True))
JURISDICTIONS = ["EU", "US", "GB", "CA"]
QUERIES = [
    "anti-dumping steel China",
    "glass fibre rovings",
    "tariff quota copper",
    "countervailing silicon panels",
    "ceramic tiles India",
    "safeguard steel wire rod",
    "product exclusion nylon",
    "new commodity codes tyres",
    "aluminium extrusions",
    "suspension of duties graphite",
]


def texts(rng: random.Random):
    product, (measure, phrase), country = rng.choice(PRODUCTS), rng.choice(MEASURES), rng.choice(COUNTRIES)
    chapter = rng.randint(1, 97)
    code = f"{chapter:02d}{rng.randint(1, 99):02d}{rng.randint(10, 99)}{rng.choice(['00', '10', '90'])}"
    title = f"{phrase.capitalize()} on imports of {product} originating in {country}"
    summary = (
        f"A {phrase} is imposed on imports of {product} falling within CN code {code[:4]} {code[4:6]} "
        f"{code[6:]} originating in {country}, with effect from the day after publication."
    )
    return title, summary, measure, code, ISO[country]


def build(path: Path, size: int, rng: random.Random) -> None:
    from nlp import EXTRACTOR_VERSION
    from nlp.vectors.embeddings import embed_texts, to_blob
    from tariffwatch.store import open_store

    store = open_store(path)
    db = store.db
    pool = [texts(rng) for _ in range(6000)]
    vectors = embed_texts([f"{t}\n{s}" for t, s, *_ in pool], batch_size=64)
    db.execute("insert into sources (name, kind, enabled) values ('bench', 'inbox', 1)")
    started = time.perf_counter()
    batch = 20_000
    for offset in range(0, size, batch):
        rows = range(offset + 1, min(size, offset + batch) + 1)
        picks = [(i, rng.randrange(len(pool))) for i in rows]
        db.conn.executemany(
            "insert into documents (id, source, external_id, url, title, text, content_hash) "
            "values (?, 'bench', ?, ?, ?, ?, ?)",
            [(i, f"d{i}", f"https://example.org/{i}", pool[p][0], pool[p][1], f"h{i}") for i, p in picks],
        )
        db.conn.executemany(
            "insert into changes (id, document_id, content_hash, extractor_version, jurisdiction, title, url, "
            "first_seen, measure_types, countries, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    i,
                    i,
                    f"h{i}",
                    EXTRACTOR_VERSION,
                    JURISDICTIONS[i % 4],
                    pool[p][0],
                    f"https://example.org/{i}",
                    f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}",
                    json.dumps([pool[p][2]]),
                    json.dumps({"implementing": [JURISDICTIONS[i % 4]], "affected": [pool[p][4]]}),
                    pool[p][1],
                )
                for i, p in picks
            ],
        )
        db.conn.executemany(
            "insert into change_codes (change_id, code, level, ex, role, text, start, end, sentence) "
            "values (?, ?, 'cn8', 0, 'covered', ?, 0, 8, ?)",
            [(i, pool[p][3][:8], pool[p][3][:8], pool[p][1]) for i, p in picks],
        )
        db.conn.executemany(
            "insert into change_dates (change_id, type, date, derived, text, start, end, sentence) "
            "values (?, 'entry_into_force', ?, 0, '', 0, 0, '')",
            [(i, f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}") for i, _ in picks],
        )
        db.conn.executemany(
            "insert into changes_fts (rowid, title, summary, evidence, codes, body) values (?, ?, ?, ?, ?, ?)",
            [
                (i, pool[p][0], pool[p][1], pool[p][1], " ".join(pool[p][3][:n] for n in (2, 4, 6, 8)), pool[p][1])
                for i, p in picks
            ],
        )
        noise = np.random.default_rng(offset).normal(0, 0.02, (len(picks), vectors.shape[1])).astype(np.float32)
        varied = vectors[[p for _, p in picks]] + noise
        varied /= np.linalg.norm(varied, axis=1, keepdims=True)
        db.conn.executemany(
            "insert into change_embeddings (change_id, model, dimensions, vector) values (?, 'm', 384, ?)",
            [(i, to_blob(v)) for (i, _), v in zip(picks, varied, strict=True)],
        )
        db.conn.commit()
    db.execute("analyze")
    db.conn.commit()
    print(f"  built {size} changes in {time.perf_counter() - started:.0f} s")
