"""Floors of the held-out sets of rounds 1-6 (tune, final … final8); tests/heldout_floors.py holds the rest and the
rules for raising them."""

FIRST_SETS = {
    "tune": {
        "codes": 1.0,
        "dates": 1.0,  # round 3 (issue 15): 0.857 before
        "measures": 1.0,
        "affected": 1.0,
        "title": 0.923,
        "identifier": 1.0,
        "rates": 1.0,
        "quotas": 1.0,
    },
    "final": {
        "codes": 0.993,
        # round 20 label convention (a lone 'applies to goods entered on and after' is entry into force; 120 relabelled,
        # eval/heldout/README.md 'Round 20 label conventions'): 0.933 before
        "dates": 0.977,  # round 3 (issue 15): 0.884 before
        # round 14 (read17-us): a modification of the action taken in this Section 301 investigation (114): 0.975 before
        "measures": 1.0,  # round 5 (claiming an exclusion): 0.950 before
        "affected": 1.0,
        "title": 0.896,
        "identifier": 1.0,
        "rates": 1.0,
        "quotas": 1.0,
    },
    # measured at the end of the generalisation round (before it: codes 0.942, dates 0.747, measures
    # 0.627, affected 0.588, title 0.529, identifier 0.609, rates 0.545, quotas 0.0); codes, titles,
    # identifiers, rates and quotas raised in round 3 after reading its misses (issue 15, codes r3)
    "final2": {
        "codes": 1.0,  # round 6: a Mercosur ex-tariff annex's rows (NCM, Ex, rate): 0.995 before
        "dates": 1.0,  # round 3 (issue 15), its misses read as development material: 0.779 before
        "measures": 1.0,  # round 3, after reading its misses (untouched: 0.679)
        "affected": 1.0,  # (untouched: 0.878)
        "title": 0.969,  # round 3b (national gazettes' titles): 0.937 before
        "identifier": 1.0,
        "rates": 0.888,
        "quotas": 1.0,
    },
    # blind at the end of round 3 (codes 0.608, dates 0.721, measures 0.724, affected 0.755, title 0.387,
    # identifier 0.583); raised after reading its misses by class (issue 15: codes, titles and identifiers in
    # codes r3b; dates, measures and affected in facts r3b)
    "final3": {
        "codes": 0.996,
        "dates": 1.0,  # round 4 (yearless seasonal periods): 0.968 before
        # round 14 (read17-us): a Section 301 modification of the action (302): 0.920; round 18: a CBP guidance
        # message on 301 exclusions (304) takes no retaliation: 0.952
        "measures": 0.967,
        "affected": 1.0,
        "title": 1.0,  # titles r5: item headings over a table make a bulletin (0.937 floor, 0.968 measured)
        "identifier": 1.0,
        "rates": 0.941,  # round 7: spelled rates, cents of the act's country, background of a rate change: 0.8 before
        "quotas": 1.0,
    },
    # blind at the end of round 3 (codes 0.935, dates 0.585, measures 0.677, affected 0.786, title 0.629,
    # identifier 0.800); raised after reading its misses by class (issue 15, codes r3c, facts r3c, Russian);
    # quotas 0.0 (no volume in MTRV read yet)
    "final4": {
        "codes": 1.0,
        # round 7b (a register's list of gazette notices: publication and implementation columns): 0.926 before
        "dates": 0.985,
        # round 7 (South African rebate provisions created are duty suspensions): 0.872; round 5: 0.857 before
        "measures": 0.918,  # round 21 generalisation probes (the HTS review statute as legal basis, 403; creation of tariff subheadings, 423): 0.888 before
        "affected": 0.965,  # round 5 (changes made by the EU name no origin): 0.933 before
        "title": 1.0,  # round 9b: a Sri Lankan order titled by its act and kind ('… ACT, No. 18 OF 2011 Order …'): 0.967
        "identifier": 1.0,
        "rates": 1.0,  # round 7: amounts of a per-postal-item duty ('from 25 dollars to 75 dollars'): 0.777 before
        "quotas": 1.0,  # round 4: volumes in MTRV read (0.0 before)
    },
    # blind, labelled at the end of round 3 and measured twice (session start and end, totals only); its
    # misses not read: codes 0.971, dates 0.571 -> 0.621, measures 0.588 -> 0.686, affected 0.850
    "final5": {
        "codes": 1.0,  # round 5, after reading its misses (SACU item codes, 7-digit subheadings): 0.971 before
        "dates": 0.918,  # round 5 (dates read by class): 0.621 before; round 11: 0.888
        # round 13 (read16-world: a single rebate item acted on remits its duty, 508): 0.856; round 5 (a proceeding run
        # in parallel is context): 0.833, 0.705 before
        "measures": 0.888,
        # round 5 (a register of duties in force, 'EU Exit'): 0.871 before (0.850 in round 4). Lowered in round 20
        # (1.000 -> 0.977) because this set was relabelled: the round 20 convention adds CN (the circumvented
        # duty's origin) to 502, a recitals-only excerpt whose CN no operative sentence names
        "affected": 0.976,
        # round 5 (titles r5: a transcript's page marker before an act, a flattened WTO masthead, metadata labels)
        "title": 0.875,  # 0.625 before
        "identifier": 0.941,  # 0.800 before
        "rates": 1.0,  # round 7: 'free of duty' as one end of a change: 0.963 before
    },
    # blind, labelled and audited at the start of round 4 (eval/heldout/final6/AUDIT*.md), totals only; at the
    # round's first commit: codes 0.885, dates 0.575, measures 0.717, affected 0.776, quotas 0.783
    # raised after reading its misses by class (issue 15, f6 r4: codes, measures, countries, titles,
    # identifiers, rates; dates are the integrator's)
    "final6": {
        "codes": 0.997,
        # round 5: dates read by class (0.960), then a weekday-led date under its label (read-b)
        # round 8 second pass (dates fixed by class on final11): 0.979 before
        "dates": 0.989,  # round 6 (ACE readiness when no entry into force): 0.970; 0.878 before round 5 (blind: 0.575)
        "measures": 0.949,
        # round 5 (a notification form's Member under its heading): 0.962 before; round 7 second pass: a quota
        # bulletin's allocation table names Canada's quantity on the next line (0.974)
        "affected": 0.986,
        "title": 0.938,
        "identifier": 1.0,
        "rates": 0.970,  # round 6: rates quoted by an amendment ('the phrase ‘15%’ …'): 0.909 before
        "quotas": 1.0,  # MTRV read (round 4, 0.916); 'kgs' and 'TRQ' read (round 6, issue 15 quotas r6)
        # round 5: WTO symbols' Members, cues in other forms, ties to the first named (0.956); a committee's own
        # document is no Member's act (read-b)
        "jurisdiction": 0.970,  # 0.806 before round 5
    },
    # blind, labelled and audited in round 4 (eval/heldout/final7/AUDIT*.md), measured with totals only on the
    # round's first commit (codes 0.903, dates 0.752, measures 0.804, affected 0.914) and at its end; its labels
    # unread (the texts of 711 and 721 were read as fresh documents by round-4 readers: eval/heldout/README.md)
    "final7": {
        "codes": 0.998,  # round 5, after reading its misses (chapter lists after a colon, captioned code lists): 0.904
        # round 6 (a change that 'commences on' a day takes effect; restated clauses): 0.953; round 5: 0.806 before
        # round 20 residual: restated exception ends (707), a formula term's counting period (726): 0.965
        "dates": 0.979,  # 0.973 (round 26: 732's table heading no second start)
        # round 5, after reading its misses: 0.845 before; round 6: an exception to the duty 'imposed in this
        # order' is its scope, not an exclusion (0.900); round 7: a safeguard's quota is its form (0.908)
        "measures": 0.918,
        # round 5 (declined German names, older partner names, a title's exception): 0.942, 0.936; round 7: the
        # Member a standard 'was adopted by' implements it, so it is not affected (0.978)
        "affected": 0.985,
        # round 5 (read-b): a gazette site's field labels are no title (was 0.750); titles r5: record title fields,
        # short titles under portal banners, EU notices in the text's language, WTO subjects, bulletins (0.781)
        "title": 0.984,
        "identifier": 1.0,  # titles r5: CSMS Message, 'No. S', SI and '(No. N)' numbers, joint symbols (0.810)
        # round 6: a share column and product contents are no rates, a bare '$' is the act's own dollar (0.486)
        "rates": 0.709,
        "quotas": 1.0,  # round 6: volume columns in the unit their header or a note names (0.081 before)
        # round 5: a WTO delegation's request, Singapore, Zambia, Swiss, EUR-Lex cues (0.956); a joint notification
        # names no Member (read-b); round 7: the Member a standard 'was adopted by' (0.970)
        # round 8: Norway's agencies are a jurisdiction's cues (734, 0.986)
        "jurisdiction": 1.0,  # 0.825 before round 5
    },
    # blind, labelled and audited at the start of round 5 (eval/heldout/final8/AUDIT-k.md, AUDIT-l.md), measured
    # with totals only on the round's first commit (codes 0.977, dates 0.744, measures 0.854, affected 0.767) and
    # at its end; its labels unread: the estimate for unseen documents (823 and 829 were read as fresh documents)
    "final8": {
        # round 6 (its misses read): a long flattened table's code column, chapters in a 'Chapter or Heading'
        # column, Mercosur ex-tariff rows (0.978 before; the blind estimate stays 0.979)
        "codes": 1.0,
        # round 20 residual: restated section 232 exception ends (805): 0.957
        "dates": 0.966,  # round 6, its misses read by class (development material now): 0.770 blind
        # round 6: own-scope exceptions, carve-outs from an earlier order's duty, codes being removed, 'duti
        # pelindung', 'exempts … from so much of the duty of customs', 'new suspensions' (0.867 before)
        "measures": 0.964,
        # round 6 (development material now): actors 'by the Government of', 'alignment with the EU', an
        # extension's original origins, a proceeding the amended act terminated (0.767 before); round 20 label
        # convention (eval/heldout/README.md): 808's excepted partners relabelled [], 822's extended-duty origins
        # relabelled affected and found (0.862 before)
        "affected": 0.983,
        "title": 0.979,  # round 20 (an ementa under a 'DOU de' line, 0.957); round 6 reader: a search box's 'No results found' and a Malay order's '(NO. 2)' (0.898);
        # round 7 reader: a 'G.S.R….(E)' line opens the enacting sentence (0.938)
        "identifier": 1.0,  # round 7 reader: an Indian notification's series after an en dash (0.914)
        # round 6: numbered tables' rate cells, '(in %)' columns, rows one a paragraph, Mercosur rate columns (0.608)
        "rates": 0.983,  # round 7: a rate-changing order's rates in its background: 0.963 before; round 13b: CSMS
        # guidance headings after the background (0.965 before)
        "quotas": 1.0,  # round 6: tranches in 'mt' (0.8 before)
        # round 8: the US 'International Trade Administration' cue stops before 'Commission' (833, ITAC: 0.971)
        "jurisdiction": 1.0,  # round 7: a portal record's notifying-Member label '通告成员' (0.955)
    },
}
