"""Nordic-language tariff acts (Icelandic reglugerð, Norwegian forskrift, Danish bekendtgørelse, Swedish
förordning): dates, measures, countries, titles, identifiers and codes, each pinned on passages written for
these tests (other goods, numbers, dates and wording than any evaluation document)."""

from nlp.pipeline import analyse
from nlp.text.sentences import split_spans


def facts(text: str) -> dict:
    doc = analyse(text)
    return {
        "codes": {c.code for c in doc._.codes},
        "measures": {m.type for m in doc._.measures},
        "dates": {(d.type, d.date) for d in doc._.dates if d.type != "other"},
        "countries": doc._.countries,
        "title": doc._.official_title.text if doc._.official_title else None,
        "identifier": doc._.identifier.text if doc._.identifier else None,
    }


# an Icelandic gazette page: the site's banner, the number and date line, the title over two lines, a table of
# quotas with the 8-digit tariff numbers opening rows, the ministry's signature line
GAZETTE = (
    "Velkomin á vef stjórnartíðinda ráðuneytisins\n"
    "Stækka letur\n\n"
    "Nr. 845/2031 9. október 2031\n\n"
    "REGLUGERÐ\n"
    "um úthlutun á tollkvótum vegna innflutnings á grænmeti frá Færeyjum.\n\n"
    "1. gr.\n\n"
    "Fyrir það tímabil sem tilgreint er í 2. gr. úthlutar ráðherra tollkvótum á grænmeti sem upprunnið er í "
    "Færeyjum samkvæmt 12. gr. tollalaga nr. 88/2005.\n\n"
    "2. gr.\n\n"
    "  Vara Tímabil Vörumagn Verðtollur Magntollur\n"
    "Tollskrárnr.:     kg % kr./kg\n"
    "0705.1101 Jöklasalat 01.11.-31.12.31 4.000 0 0\n"
    "0709.9301 Grasker 01.11.-31.12.31 2.500 0 0\n\n"
    "3. gr.\n\n"
    "Reglugerð þessi er sett samkvæmt heimild í 65. gr. búvörulaga. Reglugerðin öðlast gildi 1. nóvember 2031 "
    "og gildir til og með 31. desember 2031.\n\n"
    "Matvælaráðuneytinu, 9. október 2031.\n\n"
    "Jón Jónsson.\n"
)


def test_an_icelandic_gazette_regulation_allocating_quotas_for_one_partner():
    found = facts(GAZETTE)
    assert found["codes"] == {"07051101", "07099301"}
    assert found["measures"] == {"tariff_quota"}
    assert found["countries"] == {"implementing": ["IS"], "affected": ["FO"]}
    assert found["title"] == "REGLUGERÐ um úthlutun á tollkvótum vegna innflutnings á grænmeti frá Færeyjum"
    assert found["identifier"] == "Nr. 845/2031"
    assert found["dates"] == {
        ("document_date", "2031-10-09"),
        ("entry_into_force", "2031-11-01"),
        ("application_start", "2031-11-01"),
        ("application_end", "2031-12-31"),
    }


def test_a_quota_tables_compact_periods_are_start_and_end_of_each_period():
    text = (
        "2. gr.\n\nÁkvæði eftirfarandi töflu gilda um tollkvóta:\n\n"
        "Tollskrárnr.:     kg % kr./kg\n"
        "0702.0001 Tómatar 15.10. - 31.12.32 ótilgr. 0 0\n"
        "0709.6001 Paprika 20.12.32-28.02.33 ótilgr. 0 12\n"
        "Bókun 31.12.32 er ekki tímabil.\n"
    )
    assert facts(text)["dates"] == {
        ("application_start", "2032-10-15"),
        ("application_end", "2032-12-31"),
        ("application_start", "2032-12-20"),
        ("application_end", "2033-02-28"),
    }


def test_an_icelandic_regulation_in_force_at_once_under_a_registers_bare_number():
    text = (
        "Fara á forsíðu\n\n"
        "702/2032\n\n"
        "Reglugerð um úthlutun á tollkvóta vegna innflutnings á smjöri frá Evrópusambandinu. - Brottfallin\n\n"
        "1. gr.\n\n"
        "Ráðherra úthlutar tollkvóta fyrir smjör sem upprunnið er í ríkjum Evrópusambandsins.\n\n"
        "2. gr.\n\n"
        "Reglugerðin öðlast þegar gildi.\n\n"
        "Atvinnuvegaráðuneytinu, 14. júlí 2032.\n"
    )
    found = facts(text)
    assert found["title"] == "Reglugerð um úthlutun á tollkvóta vegna innflutnings á smjöri frá Evrópusambandinu"
    assert found["identifier"] == "702/2032"
    assert found["measures"] == {"tariff_quota"}
    assert found["countries"] == {"implementing": ["IS"], "affected": ["EU"]}
    assert found["dates"] == {("document_date", "2032-07-14"), ("entry_into_force", "2032-07-14")}


def test_an_icelandic_article_heading_is_no_title():
    text = (
        "1. gr.\n\nRáðherra úthlutar tollkvótum á osti samkvæmt viðauka IV A við tollalög.\n\n"
        "2. gr.\n\nReglugerðin öðlast gildi 1. mars 2033.\n"
    )
    found = facts(text)
    assert found["title"] is None
    assert found["countries"] == {"implementing": ["IS"], "affected": []}
    assert found["dates"] == {("entry_into_force", "2033-03-01")}


def test_a_norwegian_regulation_of_duty_reductions_names_its_measure_and_author():
    text = (
        "Forskrift om endring av forskrift om tollnedsettelser for fôrvarer\n\n"
        "Fastsatt av Landbruks- og matdepartementet 12. mars 2031 med hjemmel i tolloven § 9-2.\n\n"
        "I\n\nDet kan innrømmes tollnedsettelse for import av soyamel til bruk i fôr.\n\n"
        "II\n\nEndringene trer i kraft 1. april 2031.\n"
    )
    found = facts(text)
    assert found["measures"] == {"duty_suspension"}
    assert found["countries"] == {"implementing": ["NO"], "affected": []}
    assert found["title"] == "Forskrift om endring av forskrift om tollnedsettelser for fôrvarer"
    assert found["dates"] == {("document_date", "2031-03-12"), ("entry_into_force", "2031-04-01")}


def test_danish_and_swedish_quota_acts_name_their_quotas_and_partners():
    danish = (
        "Bekendtgørelse om toldkontingenter for landbrugsvarer fra Norge\n\n"
        "Toldkontingentet for ost med oprindelse i Norge fastsættes til 500 tons.\n\n"
        "Skatteministeriet, den 4. maj 2031\n"
    )
    found = facts(danish)
    assert found["measures"] == {"tariff_quota"}
    assert found["countries"] == {"implementing": ["DK"], "affected": ["NO"]}
    assert found["dates"] == {("document_date", "2031-05-04")}
    swedish = "Förordning om tullkvoter för fisk från Norge\n\nSFS 2031:412\n\nTullkvoten för lax från Norge gäller.\n"
    found = facts(swedish)
    assert found["measures"] == {"tariff_quota"}
    assert found["countries"] == {"implementing": ["SE"], "affected": ["NO"]}


def test_english_words_among_nordic_country_names_are_no_countries():
    text = "Man may import goods from the Island of Java under heading 0901 of the Harmonized System.\n"
    assert facts(text)["countries"]["affected"] == []


def test_a_norwegian_tariff_number_written_like_a_date_is_a_code_only_after_its_keyword():
    text = (
        "Det kan innrømmes tollnedsettelse for import av settepoteter innenfor varenummer 07.01.1000 i "
        "tolltariffen. Endringene gjelder fra 01.07.2031 til og med 31.12.2031.\n"
    )
    assert facts(text)["codes"] == {"07011000"}


def test_nr_and_skv_do_not_end_a_sentence():
    """'nr.' before a number and Icelandic 'skv.' stand inside a sentence; the summary quotes it whole."""
    text = (
        "I forskrift 14. mars 2009 nr. 388 om tollkvoter for kjøtt gjøres følgende endringer. "
        "Ráðherra úthlutar tollkvótum skv. 12. gr. tollalaga nr. 88/2005 til eins árs. Reglugerðin öðlast gildi."
    )
    spans = [text[start:end].strip() for start, end in split_spans(text)]
    assert spans == [
        "I forskrift 14. mars 2009 nr. 388 om tollkvoter for kjøtt gjøres følgende endringer.",
        "Ráðherra úthlutar tollkvótum skv. 12. gr. tollalaga nr. 88/2005 til eins árs.",
        "Reglugerðin öðlast gildi.",
    ]
