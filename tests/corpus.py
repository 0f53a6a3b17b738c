"""A corpus of realistic trade notices written for the extraction-engine tests (not taken from any
dev set): EU anti-dumping regulations, US countervailing notices, UK quota stop-press notices and
Canadian tariff orders, varied in product, codes, countries and dates, plus a re-published copy
(a near-duplicate) and a document that gets a second version.
"""

from __future__ import annotations

from tariffwatch.store import DocumentRecord

PRODUCTS = [
    ("hot-rolled flat products of iron", "7208 51 20", "7208.51.0030", "7208.51.00", "China"),
    ("ceramic wall tiles", "6907 21 00", "6907.21.1000", "6907.21.00", "India"),
    ("aluminium foil in rolls", "7607 11 19", "7607.11.3000", "7607.11.00", "Türkiye"),
    ("glass fibre rovings", "7019 12 00", "7019.12.0000", "7019.12.00", "Egypt"),
    ("seamless steel tubes", "7304 19 10", "7304.19.1020", "7304.19.00", "Russia"),
    ("frozen hake fillets", "0304 74 00", "0304.74.0000", "0304.74.00", "Argentina"),
]


def product_of(i: int) -> tuple[str, str, str, str, str]:
    """Each kind of notice meets every product once in 24 notices, so no two of those are alike."""
    return PRODUCTS[(i // 4) % len(PRODUCTS)]


MONTHS = ["January", "March", "May", "July", "September", "November"]

# A procedural paragraph that real acts carry; it pads the documents to a realistic size.
RECITALS = (
    "(1) The investigation covered the period from 1 April 2025 to 31 March 2026. The examination of trends "
    "relevant for the assessment of injury covered the period from 1 January 2022 to the end of the "
    "investigation period. (2) Interested parties were given the opportunity to comment on the essential "
    "facts and considerations on the basis of which it was intended to impose measures. (3) The comments "
    "submitted were considered and, where appropriate, taken into account. "
)


def eu_regulation(i: int, padding: int) -> tuple[str, str]:
    product, cn, _, _, country = product_of(i)
    month, year = MONTHS[i % len(MONTHS)], 2026 + i % 3
    title = f"Commission Implementing Regulation (EU) {year}/{1100 + i} imposing a definitive anti-dumping duty on imports of {product} originating in {country}"
    text = (
        f"{title}\n\nTHE EUROPEAN COMMISSION,\n\n{RECITALS * padding}\n"
        f"Article 1\n\n1. A definitive anti-dumping duty is imposed on imports of {product}, currently falling "
        f"under CN code {cn}, originating in {country}.\n2. The rate of the definitive anti-dumping duty "
        f"shall be {12 + i % 20}.{i % 10} %.\n\nArticle 2\n\nThis Regulation shall enter into force on "
        f"{1 + i % 27} {month} {year}.\n"
    )
    return title, text


def us_notice(i: int, padding: int) -> tuple[str, str]:
    product, _, hts, _, country = product_of(i)
    month = MONTHS[(i + 2) % len(MONTHS)]
    title = f"{product.capitalize()} From {country}: Final Affirmative Countervailing Duty Determination"
    text = (
        f"DEPARTMENT OF COMMERCE\nInternational Trade Administration\n\n{title}\n\n"
        f"AGENCY: Enforcement and Compliance, International Trade Administration, Commerce.\n"
        f"SUMMARY: Commerce determines that countervailable subsidies are being provided to producers and "
        f"exporters of {product} from {country}.\nDATES: Applicable {month} {2 + i % 25}, 2026.\n"
        f"{RECITALS * padding}\nScope of the Investigation\n\nThe merchandise is currently classifiable "
        f"under Harmonized Tariff Schedule of the United States (HTSUS) subheading {hts}. "
        f"Comments must be received on or before {month} {3 + i % 25}, 2026.\n"
    )
    return title, text


def uk_notice(i: int, padding: int) -> tuple[str, str]:
    product, _, _, _, country = product_of(i)
    code = product_of(i)[1].replace(" ", "") + f"{10 + i % 80}"
    month = MONTHS[(i + 4) % len(MONTHS)]
    title = f"Tariff stop press notice: new tariff quota for {product}"
    text = (
        f"{title}\n\nA tariff quota of {500 + 25 * i} tonnes opens for {product} from {country} under "
        f"commodity code {code[:4]} {code[4:6]} {code[6:8]} {code[8:]}.\n\n{RECITALS * max(1, padding // 2)}\n"
        f"The quota applies from {1 + i % 27} {month} 2027.\n"
    )
    return title, text


def canada_order(i: int, padding: int) -> tuple[str, str]:
    product, _, _, item, country = product_of(i)
    title = f"Order Amending the Schedule to the Customs Tariff ({product}, {country})"
    text = (
        f"{title}\n\nP.C. 2026-{400 + i}\n\nHer Excellency the Governor General in Council makes the annexed "
        f"Order.\n\n{RECITALS * max(1, padding // 2)}\n1. Tariff item No. {item}10 in the List of Tariff "
        f"Provisions is amended by replacing the rate of customs duty with {5 + i % 7}%.\n"
        f"2. This Order comes into force on {MONTHS[i % len(MONTHS)]} {1 + i % 27}, 2027.\n"
    )
    return title, text


KINDS = [("EU", eu_regulation), ("US", us_notice), ("GB", uk_notice), ("CA", canada_order)]


def notices(count: int, padding: int = 2) -> list[DocumentRecord]:
    """`count` notices, the second of which is re-published as the last (a near-duplicate)."""
    records = []
    for i in range(count - 1):
        jurisdiction, write = KINDS[i % len(KINDS)]
        title, text = write(i, padding)
        records.append(
            DocumentRecord(
                source="inbox",
                external_id=f"notice-{i:04d}.txt",
                url=f"file:///inbox/notice-{i:04d}.txt",
                title=title,
                text=text,
                jurisdiction=jurisdiction,
                published_date=f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            )
        )
    copy = records[1]
    records.append(
        DocumentRecord(
            source="inbox",
            external_id="republished-copy.txt",
            url="file:///inbox/republished-copy.txt",
            title=copy.title,
            text=copy.text,
            jurisdiction=copy.jurisdiction,
            published_date=copy.published_date,
        )
    )
    return records


def amended(record: DocumentRecord) -> DocumentRecord:
    """A second version of a notice: another code and a later date."""
    text = record.text.replace("7208 51 20", "7208 52 10").replace("2026.", "2027.")
    return DocumentRecord(**{**vars(record), "text": text + "\nCorrigendum: the code is 7208 52 10.\n"})


def load(store, records: list[DocumentRecord]) -> None:
    store.ensure_source("inbox", "inbox", True, None)
    for record in records:
        store.save_document(record)
