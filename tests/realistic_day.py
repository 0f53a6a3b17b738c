"""A realistic day of 36 official documents, written for the tests (not copied from any real text).

Their shapes follow what the journals publish: proclamations with chapter 99 headings and long
annexes, CSMS messages listing hundreds of HTSUS numbers, EU regulations with CN annexes, UK
stop-press notices, Canadian surtax orders with tariff items, notices that name no code at all,
and documents published years ago. Five concern copper (chapter 74).
"""

from __future__ import annotations


def _codes(prefixes: list[str], per_prefix: int, style: str) -> str:
    out = []
    for prefix in prefixes:
        for n in range(per_prefix):
            digits = f"{prefix}{(n * 7) % 90 + 10:02d}{(n * 3) % 80 + 10:02d}"
            if style == "hts":
                out.append(f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}")
            elif style == "cn":
                out.append(f"{digits[:4]} {digits[4:6]} {digits[6:8]}")
            else:
                out.append(f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}")
    return ", ".join(out)


def _copper() -> list[dict]:
    return [
        {
            "title": "Adjusting Imports of Semi-Finished Copper into the United States",
            "url": "https://trade.example.gov/proclamations/copper-2026",
            "published_date": None,
            "text": "By the President of the United States of America. A Proclamation. "
            "Imports of semi-finished copper products and copper-intensive derivative products threaten to impair "
            "national security. An additional ad valorem duty of 40 percent applies to copper articles classified in "
            f"subheadings {_codes(['7407', '7408', '7409', '7411'], 6, 'hts')} of the HTSUS, "
            "in addition to the units provided in chapters 1 through 97, effective 12:01 a.m. on December 1, 2026. "
            "New heading 9903.78.01 is inserted in subchapter III of chapter 99.",
        },
        {
            "title": "Seamless refined copper pipe and tube from Mexico: final results of administrative review",
            "url": "https://trade.example.gov/notices/2026-22871",
            "published_date": "2026-11-24",
            "text": "The merchandise covered by the order is seamless refined copper pipe and tube, currently classifiable "
            "under HTSUS subheadings 7411.10.1030 and 7411.10.1090. The final results apply to entries made on or after "
            "November 24, 2026. Comments are due no later than December 8, 2026.",
        },
        {
            "title": "CSMS # 66120001 - GUIDANCE: Section 232 duties on copper derivative articles",
            "url": "https://bulletins.example.gov/csms/66120001",
            "published_date": "2026-11-24",
            "text": "Effective December 1, 2026, imports of copper derivative articles are subject to additional duties. "
            "Report heading 9903.78.01 together with the HTS classification of the article. The derivative articles "
            f"are: {_codes(['7412', '7413', '7415', '7418', '7419'], 8, 'hts')}.",
        },
        {
            "title": "Anti-dumping duty on brass rods originating in Turkey",
            "url": "https://trade.example.eu/act/2026-2311",
            "published_date": "2026-11-23",
            "text": "A provisional anti-dumping duty of 11,3 % is imposed on imports of brass rods falling within CN code "
            "7407 21 10 originating in Turkey. This Regulation shall enter into force on 25 November 2026.",
        },
        {
            "title": "Safeguard investigation into refined copper cathodes",
            "url": "https://trade.example.ca/notices/ci-2026-004",
            "jurisdiction": "CA",
            "published_date": "2026-11-22",
            "text": "The Tribunal initiates a safeguard inquiry into imports of refined copper cathodes and copper wire "
            "bars. Refined copper cathodes imported from all countries are within the scope of the inquiry. "
            "Submissions on the scope of the inquiry are due by December 15, 2026.",
        },
    ]


def _others() -> list[dict]:
    docs = [
        {
            "title": "CSMS # 66119888 - Steel articles subject to Section 232 duties: HTS list",
            "url": "https://bulletins.example.gov/csms/66119888",
            "published_date": "2026-11-24",
            "text": "The following HTS numbers are covered by heading 9903.81.87: "
            f"{_codes(['7208', '7209', '7210', '7211', '7212', '7213', '7214', '7216', '7219', '7225'], 12, 'hts')}.",
        },
        {
            "title": "Commission Implementing Regulation (EU) 2026/2290 suspending autonomous duties on chemicals",
            "url": "https://trade.example.eu/act/2026-2290",
            "published_date": "2026-11-21",
            "text": "The autonomous Common Customs Tariff duties for the products listed in the Annex are suspended. "
            "This Regulation shall apply from 1 January 2027. Annex: "
            f"{_codes(['2811', '2903', '2912', '2918', '2921', '2933', '3204', '3824', '3907', '3920'], 25, 'cn')}.",
        },
        {
            "title": "Steel Goods and Aluminum Goods Surtax Order, 2026",
            "url": "https://trade.example.ca/regulations/sor-2026-201",
            "jurisdiction": "CA",
            "published_date": "2026-11-20",
            "text": "The Governor in Council imposes a surtax of 25% on the following goods that originate in China: "
            f"tariff items {_codes(['7208', '7210', '7304', '7306', '7604', '7606'], 20, 'ca')}. "
            "This Order comes into force on December 1, 2026.",
        },
        {
            "title": "Tariff stop press notice: commodity code changes for fruit and vegetables",
            "url": "https://trade.example.uk/stop-press/2026-47",
            "jurisdiction": "GB",
            "published_date": "2026-11-24",
            "text": "Please insert the following commodity codes from 1 January 2027: "
            f"{_codes(['0702', '0703', '0709', '0805', '0806', '0808'], 10, 'cn')}.",
        },
        {
            "title": "Steel safeguard measure extended for two years",
            "url": "https://trade.example.uk/notices/steel-safeguard-2026",
            "jurisdiction": "GB",
            "published_date": "2026-11-24",
            "text": "The safeguard measure on hot-rolled coil, wire rod and other steel products is extended "
            "for two years from 1 July 2026 for imports from all origins.",
        },
        {
            "title": "Advisory committee on trade statistics: notice of open meeting",
            "url": "https://trade.example.gov/notices/2026-22901",
            "published_date": "2026-11-24",
            "text": "The committee will meet in open session to discuss the collection of trade statistics.",
        },
    ]
    products = [
        ("ceramic tiles", "6907 21 00", "India"),
        ("glass fibre rovings", "7019 12 00", "China"),
        ("bicycle parts", "8714 91 10", "Viet Nam"),
        ("aluminium foil", "7607 11 19", "China"),
        ("solar glass", "7007 19 80", "Malaysia"),
        ("ring binder mechanisms", "8305 10 00", "China"),
        ("fatty alcohols", "3823 70 00", "Indonesia"),
        ("electric bicycles", "8711 60 10", "China"),
        ("citric acid", "2918 14 00", "China"),
        ("ironing boards", "7323 93 00", "Turkey"),
        ("optical fibre cables", "8544 70 00", "China"),
        ("steel wheels", "8708 70 10", "Morocco"),
        ("tableware", "6912 00 10", "China"),
        ("plywood", "4412 31 10", "Brazil"),
        ("prepared mushrooms", "2003 10 20", "China"),
        ("urea", "3102 10 10", "Russia"),
        ("graphite electrodes", "8545 11 00", "India"),
        ("peroxosulphates", "2833 40 00", "China"),
        ("glyphosate", "2931 39 90", "China"),
        ("polyester staple fibres", "5503 20 00", "Belarus"),
        ("hand pallet trucks", "8427 90 00", "China"),
        ("candles", "3406 00 11", "China"),
        ("tyres", "4011 20 90", "Thailand"),
        ("fasteners", "7318 15 90", "Taiwan"),
        ("kitchen sinks", "7324 10 00", "China"),
    ]
    for n, (goods, code, origin) in enumerate(products):
        old = n % 6 == 5
        docs.append(
            {
                "title": f"Definitive anti-dumping duty on {goods} originating in {origin}",
                "url": f"https://trade.example.eu/act/2026-{2400 + n}",
                "published_date": "2018-05-14" if old else "2026-11-23",
                "text": f"A definitive anti-dumping duty of {10 + n},{n % 10} % is imposed on imports of {goods}, "
                f"currently falling under CN code {code}, originating in {origin}. "
                f"This Regulation shall enter into force on {1 + n % 20} December 2026.",
            }
        )
    return docs


def realistic_day() -> list[dict]:
    docs = _copper() + _others()
    assert len(docs) == 36
    return [{**doc, "external_id": f"doc-{i:02d}"} for i, doc in enumerate(docs)]
