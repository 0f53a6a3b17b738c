"""Round 24 review of measure types (ROUND24-REVIEWER-FINDINGS items 3, 4, 5, 7, 8): passages WRITTEN FOR THESE
TESTS, each failing on int24 (51e5edf4) unless marked as held, each pinning the one right set of types. Classes: a
proceeding's generic words ('subject goods', 'material injury', 'measures in force') in a classification appeal or
ruling, or denied, name no remedy, and the evidence of an unnamed remedy is the text at its offsets; an exclusion from
another act's measure, in a later paragraph of an imposing article, stays an exclusion; a zero rate the goods had
before a new non-zero rate is no suspension; a past, future or conditional liberalisation changes no rate; an
exemption from export customs duty is no rate change."""

from nlp.pipeline import analyse
from tests.fact_readers import measures

# --- item 4: an unnamed trade-remedy proceeding ------------------------------------------------------------------


def test_a_classification_appeal_that_denies_the_goods_are_subject_goods_names_no_remedy():
    """'are not subject goods within the meaning of the Special Import Measures Act … no finding of material
    injury': a customs appeal, no anti-dumping case."""
    text = (
        "Canadian International Trade Tribunal - Appeal AP-2031-022 under section 67 of the Customs Act\n\n"
        "The appellant imported aluminium ladders and claimed tariff item 7616.99.90. The Tribunal finds that the"
        " ladders are not subject goods under the Special Import Measures Act and that no finding of material injury"
        " covers them. The appeal is dismissed.\n"
    )
    assert measures(text) == []


def test_generic_proceeding_words_in_an_advance_ruling_name_no_remedy():
    """'subject goods' and a period of investigation (an audit's) are no step of a remedy proceeding."""
    text = (
        "Advance ruling 2031-118 on tariff classification\n\n"
        "The requester asked whether the subject goods, copper fittings, fall within heading 7412. The period of"
        " investigation for the verification of the requester's records ran from 2029 to 2030. The subject goods are"
        " classified under tariff item 7412.20.00.\n"
    )
    assert measures(text) == []


def test_court_news_on_an_old_injury_finding_names_no_new_remedy():
    """'material injury' and 'measures in force' in a news item on an appeal: no step of a proceeding."""
    text = (
        "Appeal court leaves grating duties untouched\n\n"
        "The court rejected the importer's review application. The Tribunal had found material injury in 2027 and"
        " the measures in force stay as they are.\n"
    )
    assert measures(text) == []


def test_the_evidence_of_an_unnamed_remedy_is_the_text_at_its_offsets():
    """A heading with dotted capital İ (which lower-casing lengthens) before the cues: the evidence is the cue itself."""
    text = (
        "İZMİR İHRACATÇILAR BİRLİĞİ DUYURUSU\n\n"
        "After the preliminary determination, provisional duties are now payable on the subject goods, cold-rolled"
        " coils, released on or after 5 May 2031.\n"
    )
    found = analyse(text)._.measures
    assert [(mention.type, mention.text) for mention in found] == [("anti_dumping", "preliminary determination")]
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_relay_of_provisional_duties_still_names_an_anti_dumping_case():
    """Held on int24 (guards the fix): a proceeding's steps ('preliminary determination', 'provisional duties')."""
    text = (
        "On 4 June 2031 the Agency issued a preliminary determination; provisional duties are now payable on the"
        " subject goods, steel racks, released on or after that day.\n"
    )
    assert measures(text) == ["anti_dumping"]


# --- item 5: a later paragraph of an imposing article ------------------------------------------------------------


def test_a_later_paragraph_excluding_goods_from_another_acts_measure_is_an_exclusion():
    """'(3) … are hereby excluded from the scope of the anti-dumping measures imposed by Implementing Regulation
    (EU) 2027/410': goods carved out of a measure in force, not the scope of the duty Article 1 imposes."""
    text = (
        "Commission Implementing Regulation imposing a definitive anti-dumping duty on imports of ceramic tiles"
        " originating in Egypt\n\n"
        "Article 1\n"
        "1. A definitive anti-dumping duty is imposed on imports of ceramic tiles falling within CN code 6907 21 00"
        " and originating in Egypt.\n"
        "2. The rate of the definitive anti-dumping duty shall be 28.4%.\n"
        "3. Ceramic tiles produced by Nordtile AS in India are hereby excluded from the scope of the anti-dumping"
        " measures imposed by Implementing Regulation (EU) 2027/410 on imports originating in India.\n"
        "Article 2\n"
        "This Regulation shall enter into force on the day following that of its publication.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_a_later_paragraph_referring_back_to_the_articles_own_scope_is_no_exclusion():
    """Held on int24 (guards the fix): '(3) … excluded from the scope of the measure' with no other act named."""
    text = (
        "Commission Implementing Regulation imposing a definitive anti-dumping duty on imports of ceramic tiles"
        " originating in Egypt\n\n"
        "Article 1\n"
        "1. A definitive anti-dumping duty is imposed on imports of ceramic tiles falling within CN code 6907 21 00"
        " and originating in Egypt.\n"
        "2. The rate of the definitive anti-dumping duty shall be 28.4%.\n"
        "3. Mosaic tiles of CN code 6907 30 00 are excluded from the scope of the measure set out in paragraph 1.\n"
        "Article 2\n"
        "This Regulation shall enter into force on the day following that of its publication.\n"
    )
    assert measures(text) == ["anti_dumping"]


# --- item 3: a zero rate the goods had before their new rate ----------------------------------------------------


def test_a_zero_rate_the_goods_were_admitted_at_before_a_new_duty_is_no_suspension():
    """'were admitted at a zero rate of duty since 2030 will be subject to customs duty of 12 per cent': the zero
    rate is the goods' old rate; the act sets a new one."""
    text = (
        "Customs Notice 32-04: Tariff changes for solar inverters\n\n"
        "The temporary relief for solar inverters ends. Solar inverters of subheading 8504.40 that were admitted at"
        " a zero rate of duty since 2030 will be subject to customs duty of 12 per cent from 1 March 2032.\n"
    )
    assert "duty_suspension" not in measures(text)


def test_a_zero_rate_currently_applied_before_an_increase_is_no_suspension():
    """'currently imported at a zero rate of customs duty, will have their rate increased to 8 per cent'."""
    text = (
        "Finance Bill 2032: Customs Tariff amendments\n\n"
        "Bicycle frames of heading 8714, currently imported at a zero rate of customs duty, will have their rate"
        " increased to 8 per cent with effect from 1 July 2032.\n"
    )
    assert "duty_suspension" not in measures(text)


def test_a_zero_rate_extended_stays_a_suspension():
    """Held on int24 (guards the fix): a zero rate of import customs duty extended for a year is a suspension."""
    text = (
        "By the decree of 4 March 2032 the application of the zero rate of import customs duty on medical gloves has"
        " been extended until 1 January 2033.\n"
    )
    assert measures(text) == ["duty_suspension"]


# --- item 7: 'liberalise' tariffs ---------------------------------------------------------------------------------


def test_tariffs_the_parties_may_liberalise_later_are_no_rate_change():
    """'may liberalise tariffs … once a free trade agreement is concluded': a joint statement's intention."""
    text = (
        "Joint statement of the trade ministers\n\n"
        "The ministers agreed that both sides may liberalise tariffs on machinery once a free trade agreement is"
        " concluded. Talks resume in May.\n"
    )
    assert "duty_rate_change" not in measures(text)


def test_tariffs_liberalised_decades_ago_are_no_rate_change():
    """'Since the country liberalised tariffs … in 1998': history in an explanatory note."""
    text = (
        "Explanatory note\n\n"
        "Since the country liberalised tariffs on most manufactured goods in 1998, footwear has remained protected."
        " Consultations on the sector open next year.\n"
    )
    assert "duty_rate_change" not in measures(text)


def test_a_document_that_liberalises_tariffs_changes_rates():
    """Held on int24 (guards the fix): 'The new version of the tariff document liberalises tariffs on four codes'."""
    text = (
        "Explanatory memorandum\n\n"
        "The new version of the tariff document liberalises tariffs on four textile commodity codes to align them"
        " with the partner's schedule.\n"
    )
    assert "duty_rate_change" in measures(text)


# --- item 8: an export customs duty ------------------------------------------------------------------------------


def test_goods_exempt_from_export_customs_duty_are_no_rate_change():
    """'list of goods exempt from export customs duty … released without payment of export customs duty'."""
    text = (
        "Resolution on the list of goods exempt from export customs duty\n\n"
        "1. Goods of the attached list, exported as humanitarian aid, are released without payment of export customs"
        " duty.\n"
    )
    assert "duty_rate_change" not in measures(text)


def test_a_translated_rate_of_export_export_customs_duty_changes_rates():
    """Held on int24 (guards the fix): 'Establish rate of export (export) customs duty on raw wool … 8%'."""
    text = (
        "RESOLUTION OF THE CABINET OF MINISTERS\n\n"
        "1. Establish rate of export (export) customs duty on raw wool of heading 5101 in the amount of 8% of the"
        " customs value.\n"
    )
    assert measures(text) == ["duty_rate_change"]
