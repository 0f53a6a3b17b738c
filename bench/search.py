"""Search latency at scale: p50/p95 for full-text with filters, semantic and hybrid.

    python bench/search.py [--sizes 100000 1000000] [--queries 100] [--keep DIR]

Builds a database of synthetic but realistic changes (titles and summaries drawn from real
measure phrasings, HS codes across all chapters, four jurisdictions, typed dates) with vectors
from the real embedding model (a pool of embedded texts, varied by noise), then times queries.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# A long tail like a real journal's: about 1,400 products from materials and forms.
MATERIALS = [
    "steel",
    "stainless steel",
    "aluminium",
    "copper",
    "zinc",
    "glass fibre",
    "ceramic",
    "porcelain",
    "polyester",
    "nylon",
    "cotton",
    "wool",
    "silk",
    "hardwood",
    "softwood",
    "bamboo",
    "rubber",
    "plastic",
    "silicon",
    "titanium",
    "nickel",
    "tungsten",
    "magnesium",
    "ferro-silicon",
    "graphite",
    "paper",
    "leather",
    "vinyl",
    "epoxy",
    "acrylic",
    "lithium",
    "cobalt",
    "manganese",
    "molybdenum",
    "lead",
    "tin",
    "granite",
    "marble",
    "cast iron",
    "brass",
    "bronze",
    "carbon fibre",
    "polyethylene",
    "polypropylene",
    "PET",
]
FORMS = [
    "sheets",
    "coils",
    "tubes",
    "wire rod",
    "fasteners",
    "tiles",
    "rovings",
    "yarn",
    "fabrics",
    "plywood",
    "flooring",
    "tableware",
    "cables",
    "panels",
    "bars",
    "profiles",
    "extrusions",
    "mesh",
    "foil",
    "fittings",
    "valves",
    "wheels",
    "tyres",
    "containers",
    "film",
    "fibres",
    "castings",
    "forgings",
    "strip",
    "powder",
    "plates",
]
PRODUCTS = [f"{material} {form}" for material in MATERIALS for form in FORMS]
MEASURES = [
    ("anti_dumping", "definitive anti-dumping duty"),
    ("countervailing", "countervailing duty"),
    ("tariff_quota", "tariff quota"),
    ("safeguard", "safeguard measure"),
    ("duty_rate_change", "additional ad valorem duty"),
    ("suspension", "suspension of duties"),
    ("exclusion", "product exclusion"),
    ("nomenclature_change", "new commodity codes"),
]
COUNTRIES = [
    "China",
    "India",
    "Viet Nam",
    "Türkiye",
    "Brazil",
    "Indonesia",
    "Korea",
    "Mexico",
    "Thailand",
    "Malaysia",
    "Egypt",
    "Russia",
    "Ukraine",
    "Taiwan",
    "Japan",
    "South Africa",
    "Argentina",
    "Pakistan",
    "Oman",
    "Belarus",
]
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
    return title, summary, measure, code


def build(path: Path, size: int, rng: random.Random) -> None:
    from nlp.vectors.embeddings import embed_texts, to_blob
    from tariffwatch.store import open_store

    store = open_store(path)
    db = store.db
    pool = [texts(rng) for _ in range(6000)]
    vectors = embed_texts([f"{t}\n{s}" for t, s, _, _ in pool], batch_size=64)
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
            "first_seen, measure_types, countries, summary) values (?, ?, ?, '1', ?, ?, ?, ?, ?, '{}', ?)",
            [
                (
                    i,
                    i,
                    f"h{i}",
                    JURISDICTIONS[i % 4],
                    pool[p][0],
                    f"https://example.org/{i}",
                    f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}",
                    json.dumps([pool[p][2]]),
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


def timed(function, runs: int) -> tuple[float, float]:
    samples = []
    for n in range(runs):
        started = time.perf_counter()
        function(n)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def measure(path: Path, runs: int) -> None:
    from digest.search import SemanticIndex, fulltext_hits, reciprocal_rank_fusion
    from nlp.vectors.embeddings import embed_texts
    from tariffwatch.store import open_store
    from tariffwatch.store.search import SearchFilters

    store = open_store(path)
    index = SemanticIndex()
    started = time.perf_counter()
    index.refresh(store)
    print(f"  semantic index load: {time.perf_counter() - started:.1f} s ({index.matrix.nbytes / 2**20:.0f} MiB)")
    vectors = embed_texts(QUERIES)
    filters = [
        SearchFilters(hs=["72"], jurisdictions=["EU"]),
        SearchFilters(measures=["anti_dumping"]),
        SearchFilters(date_type="entry_into_force", date_from="2026-03-01", date_to="2026-03-31", hs=["85"]),
    ]

    def fulltext(n):
        return fulltext_hits(store, QUERIES[n % len(QUERIES)], filters[n % len(filters)], 20)

    def semantic(n):
        return index.search(vectors[n % len(QUERIES)], None, 20)

    def hybrid(n):
        return reciprocal_rank_fusion(
            fulltext_hits(store, QUERIES[n % len(QUERIES)], SearchFilters(), 60),
            index.search(vectors[n % len(QUERIES)], None, 60),
            limit=20,
        )

    for label, function in (("full-text with filters", fulltext), ("semantic", semantic), ("hybrid", hybrid)):
        p50, p95 = timed(function, runs)
        print(f"  {label:<24} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    print("  (query embedding excluded: about 5-10 ms per query on this CPU)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the benchmark databases")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tariffwatch-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        path = folder / f"search-{size}.db"
        print(f"{size} changes")
        if not path.exists():
            build(path, size, random.Random(size))
        measure(path, args.queries)


if __name__ == "__main__":
    main()
