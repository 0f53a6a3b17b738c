"""Floors of tests/test_eval_heldout.py: each held-out set's size and the F1 it has reached per fact (the first
or blind figure of a set in its comment; the sets of rounds 1-6 in heldout_floors_first_sets.py, the read sets of
rounds 9-13 in heldout_floors_read_sets.py, the blind sets of rounds 15-22 in heldout_floors_blind_later.py). Raise a floor when extraction improves, never lower one."""

from tests.heldout_floors_blind_later import LATER_BLIND_SETS
from tests.heldout_floors_first_sets import FIRST_SETS
from tests.heldout_floors_read_sets import READ_SETS

SIZES = {
    "tune": 18,
    "final": 18,
    "final2": 23,
    "final3": 24,
    "final4": 24,
    "final5": 15,
    "final6": 36,
    "final7": 36,
    "final8": 34,
    "final9": 36,
    "final10": 32,
    "final11": 35,
    "final12": 48,
    "read12-eu": 14,
    "read12-na": 14,
    "read12-world": 14,
    "read13-eu": 14,
    "read13-world": 14,
    "read13-na": 14,
    "final13": 48,
    "final14": 47,
    "read14-world": 14,
    "read14-west": 14,
    "read15-europe": 14,
    "read15-world": 14,
    "read15-na": 14,
    "read16-tables": 14,
    "final15": 47,
    "read16-world": 14,
    "read16-amap": 14,
    "final16": 48,
    "final17": 47,
    "final18": 46,
    "final19": 46,
    "final20": 44,
    "final21": 41,
    "final22": 40,
    "final23": 37,
    "final24": 32,
    "final25": 42,
    "final26": 38,
    "final27": 44,
    "final28": 29,
    "final29": 35,
    "read17-us": 14,
    "read17-eu": 14,
    "read17-asia": 14,
    "read18-tables": 14,
    "read18-relays": 14,
    "read18-south": 14,
    "read19-notices": 14,
    "read19-quotas": 14,
    "read19-asia": 14,
    "read20-na": 14,
    "read20-europe": 14,
    "read20-world": 14,
    "read21-na": 14,
    "read21-europe": 14,
    "read21-world": 14,
    "read22-dates": 14,
    "read22-kinds": 14,
    "read22-codes": 14,
}
FLOORS = {
    **FIRST_SETS,
    **READ_SETS,
    # blind, labelled and audited at the start of round 6 (eval/heldout/final9/AUDIT-k.md, AUDIT-l.md), measured
    # with totals only on the round's first commit (codes 0.960, dates 0.800, measures 0.766, affected 0.889,
    # rates 0.702) and at its end; development material since round 7
    "final9": {
        "codes": 1.0,  # round 7 (issue 15 codes r7): mixed-notation lists, list heads, inserted rows: 0.960 before
        # round 20 residual: restated section 232 exception ends (908): 0.943
        "dates": 0.954,  # round 7: its misses read and fixed by class (0.847 before; 42/2/3)
        # round 7, its misses read by class (development material now; the blind estimate stays 0.766): Section 232
        # quota proclamations, 'from all countries except', FTA rate reductions, rebates, Schedule 4, 50/2017
        "measures": 1.0,
        # round 7: EFTA as its members, contact lines, 'gilt nicht für' (0.888; blind estimate 0.889)
        "affected": 0.972,
        # round 7 reader (its misses read): a legislature over a bill's cover, a capitals ministry line, a flattened
        # 'RESOLUCIÓN NÚMERO … DE 2017 (…) por la cual', WTO forms in Chinese, a list of items, an article page's
        # footnote, a bilingual copy (0.739 blind); the one left: UK stop press labels that disagree (915/916)
        "title": 0.978,  # round 9b: a stop press's précis line ending in a full stop (915): 0.956
        "identifier": 1.0,  # round 7 reader: the full Indian notification number, 'Customs Tariff Proposal' (0.810)
        "rates": 1.0,  # round 7: spelled rates, tiers, 'Free', company cells, narrating recitals: 0.819 before
        "quotas": 1.0,  # round 7: a proclamation's agreed volumes in its numbered preamble: 0.0 before
        "jurisdiction": 0.947,  # round 7: '通告成员' and TPKM (Taiwan) in WTO portal records (0.918)
    },
    # blind, labelled and audited at the start of round 7 (eval/heldout/final10/AUDIT-k.md, AUDIT-l.md), measured
    # with totals only on the round's first commit (codes 0.992, dates 0.774, measures 0.676, affected 0.787,
    # identifier 0.632, rates 0.750, quotas 0.500) and after the round's first merge (codes 0.992, dates 0.807,
    # measures 0.703, affected 0.787, identifier 0.737, rates 0.765, quotas 0.545): the blind estimate. Its misses
    # were then read and fixed by class in the round's second pass (the comments below)
    "final10": {
        # round 7 second pass (quotas): a quota bulletin's rows (a chapter 99 number before its HTS number under
        # 'HTS NUMBERS:'), a chapter column before a dotted tariff item (0.991 before)
        "codes": 0.995,
        # round 7b, its misses read by class (quota bulletins' opening day, EU titles in es/pt/nl/it, an annex's
        # "Effective with respect to goods entered", a release dateline, expiry windows, notice lists): 0.807 blind
        # round 20 residual: restated section 232 exception ends (1004): 0.947
        "dates": 0.956,
        # round 7 second pass, its misses read by class (development material now; the blind estimate stays 0.703):
        # statistical-layer and description changes, quota bulletin fields, AGOA/GSP beneficiaries, MFN rate updates,
        # dumping-duty exemptions, numbered rebate items, FTA implementing proclamations
        # round 11 (the measure gate retrained on every development set, weighing types named only in sentences
        # that do not act where the rules found nothing): 0.943 before
        # round 11 second pass (an order modifying a tariff's scope excludes goods, 1005)
        "measures": 0.978,  # technical rectifications (round 20 residual classes): 0.966 before
        # round 7 second pass: a quota bulletin's allocation lines, rate columns headed by partners (blind: 0.787)
        # round 9 (read12-eu): Italian origins in lower-case words ('Repubblica di Bielorussia' beside 'originari della')
        # round 21 second pass (final24 US): goods of Israel in the President's determination recital (1003): 0.918
        "affected": 0.935,
        # round 7 second pass (quotas): a bulletin's masthead line, a portal's number-and-date line (0.869 before)
        "title": 0.933,
        # round 7 second pass (quotas): EU acts in Italian and Spanish, '<kind> No. N of <year>', 'QB 16-133' (0.736)
        "identifier": 1.0,
        # round 7 second pass (quotas): new-series TARIC additional codes and 'See Annex' cells, a group of companies
        # over several paragraphs, contemplated rates, 'free |' cells (0.764 before)
        "rates": 0.947,
        # round 7 second pass (quotas): a bulletin's labelled volumes, litres 'L', volumes an amendment writes into a
        # quantity column (0.545 before)
        "quotas": 0.933,
        "jurisdiction": 0.967,
    },
    # blind, labelled and audited at the start of round 8 (eval/heldout/final11/AUDIT-k.md, AUDIT-l.md, AUDIT-m.md),
    # measured with totals only on the round's first commit b1144e7 (codes 0.963, dates 0.705, measures 0.676,
    # affected 0.520, jurisdiction 0.870, title 0.632, identifier 0.833, rates 0.606, quotas 0.424) and after the
    # round's first merge d7f6e71 (codes 0.963, dates 0.705, measures 0.667, affected 0.520, jurisdiction 0.886,
    # title 0.632, identifier 0.811, rates 0.611, quotas 0.427): the blind estimate
    # raised in round 8's second pass by the Nordic-language acts (issue 15, nordic r8b): Icelandic and Norwegian
    # dates, measures, countries, titles, identifiers and codes
    "final11": {
        "codes": 0.992,  # round 8b (nordic: Icelandic tariff-number keywords, dotted codes before a description): 0.963
        "dates": 1.0,  # round 8b (dates: OJ masthead, remission period, QR record; nordic: Icelandic dates): 0.705
        # round 11: 0.938 (the measure gate retrained; 0.936 before)
        "measures": 0.938,  # round 8b (nordic: tollkvóti, tollnedsettelse; measures: QR symbols, furniture, new wordings): 0.667
        "affected": 0.999,  # round 20: origin adjectives of a remedy's goods ('against Chinese … plate'): 0.969 before; was: round 8b (Icelandic declined names; companion petitions, commodity suppliers, Origin fields): 0.52
        "title": 1.0,  # round 8b (web-copy furniture, CBP bulletins and decisions, national title shapes, Reglugerð): 0.631
        "identifier": 1.0,  # round 8b (CBP Dec., Vietnamese and Chinese announcement numbers, 'Nr. 1096/2017'): 0.81
        "rates": 0.885,  # round 8b (quotas: long quota annexes, description cells, TIGIE and list rates): 0.611
        "quotas": 0.995,  # round 8b (quotas: long quota annexes, SME, quota sheets, adjectival volumes): 0.427
        "jurisdiction": 1.0,  # round 8b (US quota bulletins' cues, a WTO QR record's member, IS cues): 0.885
    },
    # blind, labelled and audited at the start of round 9 (eval/heldout/final12/AUDIT-k.md, AUDIT-l.md, AUDIT-m.md),
    # measured with totals only at the round's first commit e122ba2 (codes 0.976, dates 0.864, measures 0.803,
    # affected 0.830, jurisdiction 0.914, title 0.889, identifier 0.853, rates 0.634, quotas 0.546) and after the
    # first pass's merge (the same, but dates 0.869): the blind estimate
    "final12": {
        "codes": 0.996,  # round 9b (ITC chapters, 'CN FEA' after, heading rows, quoted column (2), run-on table)
        "dates": 0.981,  # round 9 second pass (its misses read by class): 0.869 before
        "measures": 0.939,  # technical rectifications (round 20 residual classes): 0.931 before; earlier: round 9 second pass (final12's misses read by class): 0.803 before
        # round 9b (countries): an executive order's 'I hereby determine and order:', a proclamation clause cut at its
        # semicolons, a safeguard annex's country rows, territories of a CETA schedule, a defined term, a remitted
        # good's next destination, a gazette's next notice, a Turkish 'menşeli' list: 0.829
        "affected": 1.0,
        # round 9b, its misses read by class: Brazilian portal headings (numeric date, ementa, SECEX circulars),
        # Sri Lankan gazette records, DGFT numbers and subject fields, Turkish and Colombian numbers, a stop press's
        # précis line, WTO QR records in French (blind 0.889 / 0.853)
        "title": 1.0,
        "identifier": 1.0,
        "rates": 0.961,  # round 9b (GBP per piece column, header-less quota rows, 'Free' named, por cento, by means of)
        "quotas": 1.0,  # round 9b (unit-less order-numbered rows, CBP bulletin fields, zero limits, 'l' = litres)
        # round 9b: a UK stop press as the Integrated Online Tariff prints it, NZ's dumping act, Sri Lanka's levy acts
        # and gazette numbers, the Eurasian Commission in machine translation: 0.914
        "jurisdiction": 1.0,
    },
    # blind, labelled and audited at the start of round 10 (eval/heldout/final13/AUDIT-k.md, AUDIT-l.md, AUDIT-m.md,
    # AUDIT-n.md), measured with totals only at the round's first commit 9b33c6f (codes 0.953, dates 0.787, measures
    # 0.696, affected 0.882, jurisdiction 0.939, title 0.740, identifier 0.781, rates 0.815, quotas 0.381) and after
    # the first pass's merge (dates 0.813, measures 0.708, jurisdiction 0.950, identifier 0.810): the blind estimate.
    # Raised in the second pass, its misses read by class (wt-f13a US, wt-f13b EU/UK/EFTA, wt-f13c Commonwealth/WTO/
    # Mexico, wt-f13d the world), to the merged figures
    "final13": {
        "codes": 0.998,  # Norwegian tariff numbers shaped like dates, 'posisjon', 'kapitler'; 'Chapter: 40' fields; r16b: 제4412.99호
        # round 12b (Europe quarter of final15): a news item's cited journal issue is not its date (1424): 0.865 before
        # round 14 (read17-us): a short line's look above stops at a sentence's end (1439): 0.872 before
        # round 16b (final19 Americas): a report's lead 'On <date>, X issued ...' typed other (1440): 0.878 before
        # r17 (read20-europe): a news service's date line under its headline and tagged masthead (1423): 0.885 before
        # round 26 residual: a Korean law page's fields '시행: 2016.3.11' / '제정: …' (1437): 0.893 before
        "dates": 0.933,  # Norwegian 'gjelder fra', Korean 'applies from the declaration', 'January 3 , 2022'
        "measures": 0.904,  # executive orders' struck rates and carve-outs, nomenclature notices, GIPs, droit additionnel
        "affected": 0.990,  # territories folded into an origin, allocation sentences, case page goods; Korean names (r12)
        "title": 0.916,  # gazette mastheads, skip links, case-page headings, WTO dispute headings, Russian 'ОБ'
        "identifier": 0.958,  # QBT/TBT numbers, F2016L… numbers, Korean, Indonesian, Arabic number lines
        "rates": 0.921,  # German '(in %)' tables, NZ one cell per line, Mexican amounts in words
        "quotas": 1.0,  # CBP 'Quota Limit'/'UOM' columns, 'onlies'
        # round 13b (final16 Europe): the Commission as German items name it (1423): 0.980 before
        "jurisdiction": 0.990,  # Morocco, Egypt, WTO dispute requests
    },
    # blind, labelled and audited at the start of round 11 (eval/heldout/final14/AUDIT-k.md, AUDIT-l.md, AUDIT-m.md,
    # AUDIT-n.md; 1613 removed as a copy of final12 1216), measured with totals only at the round's first commit
    # 8a565f7 (codes 0.915, dates 0.710, measures 0.622, affected 0.496, jurisdiction 0.830, title 0.635, identifier
    # 0.732, rates 0.755, quotas 0.829): the blind estimate.
    # Raised in round 11's second pass, world quarter (1637-1648: jurisdiction cues, measures in Japanese, Thai,
    # Arabic and Russian words, Thai/EAEU/flattened-row codes, trade-press datelines, Thai case records) and Europe
    # quarter (1614-1624: news items about EU acts, Polish EU acts, EUR-Lex consolidations, Turkish communiqués and
    # letters, Icelandic tariff notices) and US quarter
    # (1601-1612: quota bulletins' colon-less fields, allocation tables one cell per line, glued dotted codes,
    # USITC investigation numbers, USMCA qualification as a condition, scope modifications as exclusions) and
    # Americas quarter (1625-1636: treaty dates in definitions, Canadian Act citations, origins after an exception,
    # Portuguese 'out', tariff versions, lettered form fields, update tables, dotted headings, register columns).
    "final14": {
        "codes": 0.982,  # glued dotted codes, Thai/EAEU rows, dotted headings before a date column; blind 0.915
        # news datelines, EUR-Lex journal lines, tariff versions, Portuguese 'out'; round 12 (final15 world): a report's
        # bracketed day after its opening is no document date; blind 0.710; round 13b (final16 Europe): a Resmî Gazete
        # line with its issue number (1643): 0.907 before
        # round 20 residual: Japanese periods joined by から (1637): 0.926
        "dates": 0.936,  # 0.917 (round 19 second pass, world: 1638's 'hereby amends ... with immediate effect')
        "measures": 0.932,  # news about EU acts, USITC numbers, scope modifications, world words; blind 0.622
        "affected": 0.995,  # allocation tables one cell a line, register columns, origins after exceptions (0.496); r14 merged
        "title": 0.848,  # round 15: 0.830 -> 0.848; news headlines, Turkish subjects, Canadian Act citations, portal lines; blind 0.635
        "identifier": 0.913,  # Polish designations, case IDs, 'Sayı' over 'Konu', a reported PMK; blind 0.732
        "rates": 0.842,  # CSMS background rates; blind 0.755; round 14: Arabic 'جنيهاً للطن' (1645), 1636's zero rate
        "quotas": 0.828,
        "jurisdiction": 1.0,  # ZA, PK, TW, Thai script, Egypt, Russia's export duties, the Union in Nordic news: 0.830
    },
    # blind, labelled and audited at the start of round 12 (eval/heldout/final15/AUDIT-a.md, AUDIT-b.md, AUDIT-c.md,
    # AUDIT-d.md; 1808 removed: its text is another notice's end under its heading), measured with totals only at
    # the round's first commit 527e0ea (codes 0.922, dates 0.802, measures 0.752, affected 0.707, jurisdiction 0.980,
    # title 0.901, identifier 0.881, rates 0.636, quotas 0.577): the blind estimate; after the round's first pass
    # (read sets and speed merged, nobody had read it): measures 0.764, title 0.914, the rest unchanged.
    # Raised in round 12's second pass by quarter (development material since): US (1801-1812: bulletin rows that
    # lost their separators, ACE dates, goods put outside a quota), Europe (1813-1824: space-separated rate tables, UK
    # stop press wordings and changes reported as just made, German news items citing acts with their journal, Swiss
    # quota pages, Turkish unfair-competition communiqués, leaving the Union in French), Americas (1825-1836: XML
    # schedules' edge cells, 'Free (A)', '($)' columns, export charges, s. 82 orders, countries listed under a lead-in,
    # press reports of WTO notifications, Chinese remedy names), world (1837-1848: rate columns named by a header,
    # dated leads, bylines, trailers, replaced wordings, PMK and Tariff Commission identifiers).
    "final15": {
        # round 12 second pass, US quarter (1801-1812; development material now): a bulletin table whose rows lost
        # their cell separators ('99130205US Note 3 (a)50,000,000 kg')
        "codes": 1.0,
        # ACE readiness after a clock time and 'deployed in ACE on', a filing 'gap period', an unlabelled opening day
        "dates": 0.976,
        "measures": 0.95,  # round 21 generalisation probes (HTS conformed to HS amendments, 1809): 0.942 before
        # goods put outside a quota, 'as defined under <agreement>', an allocation named by its country's adjective
        "affected": 0.973,
        "title": 0.956,
        "identifier": 0.966,
        "rates": 0.928,
        "quotas": 1.0,  # tranche tables, a step stated with its total, glued rows
        "jurisdiction": 1.0,
    },
    # blind, labelled and audited at the start of round 13 (eval/heldout/final16/AUDIT-a.md, AUDIT-b.md, AUDIT-c.md,
    # AUDIT-d.md), measured with totals only at the round's first commit 478b6eb (codes 0.941, dates 0.806, measures
    # 0.804, affected 0.814, jurisdiction 0.946, title 0.873, identifier 0.840, rates 0.677, quotas 0.743): the blind
    # estimate; after the round's first pass (read sets and speed merged, nobody had read it): measures 0.825, the rest
    # unchanged. Raised in round 13's second pass by quarter (development material since): world (2037-2048: rows an
    # Indian amendment substitutes, 'Nil' rate cells, ceilings in words, Thai origin names, Korean pre-announcements,
    # traditional-character Tariff Commission announcements, Russian retaliation decrees, Moroccan news reports).
    # Round 13 second pass (documents 2013-2024, European classes: issue covers, page and case dates, compressed
    # and pair-spaced codes, German items on EU acts, a Swiss report and judgment, worded zero rates): raised.
    # US (2001-2012): a code followed by its limit in the next cell, a range start keeping its comma, a misprinted
    # opening weekday, a suspension for days from a clock time, Section 201 quotas, a non-stacking rule, allocation
    # lists whose unit stands in the header, a bracketed CBP decision number, FR notices with an unlabelled 'Background'.
    # Americas (2025-2036): glued and quantity-followed dotted fractions, headerless TIGIE rows, Roman-month DOF
    # dates, Spanish quota and fraction-creation signals, hyphen-joined partners, RIAS as background, Australian cues,
    # WTO page titles.
    "final16": {
        "codes": 1.0,
        # round 16b (final19 Americas): a report's lead 'On <date>, X issued ...' typed other (2007): 0.941 before
        "dates": 0.948,  # round 14b (final17 Americas): old codes closed the day before new ones opened (2034)
        "measures": 0.96,
        "affected": 1.0,
        "title": 0.985,
        "identifier": 0.981,
        "rates": 0.916,
        "quotas": 0.952,
        "jurisdiction": 1.0,
    },
    # blind, labelled and audited at the start of round 14 (eval/heldout/final17/AUDIT-a.md, AUDIT-b.md, AUDIT-c.md,
    # AUDIT-d.md; 2236 unused), measured with totals only at the round's first commit e5d98e0 (codes 0.881, dates
    # 0.650, measures 0.792, affected 0.770, jurisdiction 0.895, title 0.830, identifier 0.705, rates 0.703, quotas
    # 0.689): the blind estimate; after the round's first pass: dates 0.661, the rest unchanged. Raised in round 14's
    # second pass (its misses read by class; development material since): US (2201-2212: relays' date lines and
    # operative wordings, bracketed headings, secondary tariffs, Section 301 relays, CBP/CSMS/IEEPA cues); Europe
    # (2213-2224: TARIC code-and-rate rows, DSB-authorised retaliation, Turkish GTİP rows and decisions, Norwegian
    # quota tables one cell a line, Italian classification regulations); Americas (2225-2235: NZ orders' numbers,
    # history notes and declared parties, ABS code closing/opening days, CITT goods titles, blog date lines, NANDINA
    # schedules, DOF decrees rendered as cells); world (2237-2248: identifiers inside lines, news datelines,
    # Spanish/Arabic/Turkish/Russian rates and measures, treaty parties, glued cells).
    "final17": {
        "codes": 0.996,
        # round 16b (final19 Americas): a report's lead 'On <date>, X issued ...' typed other (2209): 0.946 before
        "dates": 0.953,
        "measures": 0.982,  # a TRQ review is the safeguard's (round 20 residual classes): 0.973 before
        # round 21 generalisation (affected): a cue read over a plain-text copy's line wrap (2201's CA): 0.961 before
        "affected": 0.97,
        "title": 0.969,
        "identifier": 0.952,
        "rates": 0.947,
        "quotas": 0.967,
        "jurisdiction": 0.99,
    },
    **LATER_BLIND_SETS,
}
# A set may hold a false code on a code-less document: pinned at the count measured, so a second one fails
# (final7's one, a Swiss official collection's 'AS 2008 3519', is read as a citation since round 5).
# final28's two ('[Chapter 23:02]', a Zimbabwean Act's law-revision chapter, in 3937 and 3943) are gone since round 25's
# second pass (quarter d).
FALSE_CODES_ON_CODELESS: dict[str, int] = {}
