"""Canadian, Australian, New Zealand and Mexican documents by class (round 26 second pass, final29 4025-4033: Australian
notices of indexed duty rates, Mexican law-firm newsletters and a broker's bulletin). Each class has a passage in the
final29 document's own kind, one in another wording or jurisdiction, and a near miss that must not give the fact.
Every passage is written for these tests."""

from tests.fact_readers import affected, dates, jurisdiction, rates, title

# --- a newsletter that opens with its numeric date line over its masthead ----------------------------------------------

NEWSLETTER = (
    "09 / 22 / 31\n"
    "NEWSLETTER CUSTOMS AND TRADE – July – August – 2031\n"
    "Download\n"
    "1. Final Resolution of the anti-dumping investigation on imports of steel wire rod from Ruritania.\n"
    "On July 9, 2031, the Ministry of Economy published in the Federal Official Gazette the Final Resolution "
    "imposing definitive anti-dumping duties of 14.2% on imports of steel wire rod originating in Ruritania.\n"
)


def test_a_numeric_date_line_over_a_newsletter_masthead_is_its_publication():
    """Class: a law firm's newsletter opens with its own date, month first with a two-digit year and spaced slashes
    ('06 / 17 / 24'), over its masthead (final29 4030, 4031): the issue's publication (relay rule, final17 AUDIT-a),
    and the masthead, not the date, is the title."""
    assert ("publication", "2031-09-22") in dates(NEWSLETTER)
    assert title(NEWSLETTER) == "NEWSLETTER CUSTOMS AND TRADE – July – August – 2031"


def test_a_day_first_date_line_over_a_bulletin_in_another_wording():
    """Same class, another wording: a day-first line without spaces over a trade bulletin's masthead."""
    text = (
        "17/03/31\n"
        "Customs Bulletin – Issue 12 – March 2031\n"
        "The Department of Agriculture has announced new import permit conditions for fresh cut flowers, "
        "which apply from 1 May 2031.\n"
    )
    assert ("publication", "2031-03-17") in dates(text)


def test_a_near_miss_slashed_numbers_inside_the_text_are_no_date_line():
    """Near miss: the same figures inside a sentence, or a first line without a masthead under it, date nothing as
    the item's publication ('06 / 17 / 24' may be a ratio or a count there)."""
    inside = "The panel voted 06 / 17 / 24 on the three motions before it, and the report was adopted on 3 May 2031."
    assert not any(kind == "publication" for kind, _ in dates(inside))
    bare = "04 / 18 / 31\nThe Minister has decided to extend the safeguard measure on steel until 30 June 2032.\n"
    assert not any(kind == "publication" for kind, _ in dates(bare))


# --- a bulletin's own day told as today -------------------------------------------------------------------------------


def test_a_bulletin_dated_today_is_published_that_day_and_dates_the_relative_entry_into_force():
    """Class: a customs broker's bulletin opens 'El día de hoy, 3 de junio de 2020, la Secretaría de Economía dio a
    conocer … la Resolución' (final29 4033): the bulletin's publication; the act's 'entrará en vigor al día siguiente
    de su publicación' is the next day."""
    text = (
        "Estimados clientes:\n"
        "El día de hoy, 14 de abril de 2031, la Secretaría de Economía dio a conocer a través del Diario Oficial de "
        "la Federación la Resolución final de la investigación antidumping sobre las importaciones de tornillos "
        "originarias de Ruritania.\n"
        "Esta Resolución entrará en vigor al día siguiente de su publicación en el DOF.\n"
    )
    found = dates(text)
    assert ("publication", "2031-04-14") in found
    assert ("entry_into_force", "2031-04-15") in found


def test_a_bulletin_dated_today_in_portuguese():
    """Same class, another language and jurisdiction: a Brazilian broker's 'Hoje, 5 de maio de 2031, foi publicada …'."""
    text = (
        "Prezados clientes,\n"
        "Hoje, 5 de maio de 2031, foi publicada no Diário Oficial da União a Resolução Gecex que reduz a zero o "
        "imposto de importação de máquinas sem produção nacional.\n"
    )
    assert ("publication", "2031-05-05") in dates(text)


def test_a_near_miss_a_later_today_is_no_publication():
    """Near miss: 'a partir de hoy' names no day; a date after 'hoy' within a sentence that starts a period ('desde
    hoy hasta el 30 de junio de 2031') is no publication."""
    text = "Las importaciones quedarán exentas desde hoy hasta el 30 de junio de 2031, según el Acuerdo."
    assert not any(kind == "publication" for kind, _ in dates(text))


# --- a table heading that repeats the start day the operative sentence set -------------------------------------------

INDEXATION_NOTICE = (
    "Customs Tariff Act 1995\nNOTICE OF SUBSTITUTED RATES OF CUSTOMS DUTY\nNOTICE (No. 3) 2031\n"
    "I, Jane Citizen, delegate of the Comptroller-General of Customs, in accordance with subsection 19(9) of the "
    "Customs Tariff Act 1995, give notice that, on and from 4 August 2031:\n"
    "− the rate of customs duty for goods classified to each subheading of Schedule 3 set out in Column 1 of the "
    "Table below is the rate in Column 2 opposite that subheading.\n"
    "Column 1 | Column 2 | |\n"
    "Customs Tariff Subheading | New Rates of Duty Operative from 4 August 2031 | |\n"
    "2208.20.10 | $98.12/L of alcohol |\n"
)


def test_a_column_heading_repeating_the_start_adds_no_second_type():
    """Class: 'give notice that, on and from 4 August 2031' is the rates' start (effective, final7 732); the column
    heading 'New Rates of Duty Operative from 4 August 2031' repeats it (final29 4026, 4027): not application_start."""
    found = dates(INDEXATION_NOTICE)
    assert ("entry_into_force", "2031-08-04") in found
    assert ("application_start", "2031-08-04") not in found


def test_a_column_heading_in_another_wording():
    """Same class, another wording and jurisdiction: a New Zealand-style notice whose column reads 'Rate applicable
    from 1 July 2031'."""
    text = (
        "Pursuant to section 11 of the Tariff Act 1988, the Minister gives notice that with effect from 1 July 2031 "
        "the rates of duty set out in the table below apply.\n"
        "Tariff item | Rate applicable from 1 July 2031 |\n"
        "2402.20.00 | $1.45 per stick |\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-07-01") in found
    assert ("application_start", "2031-07-01") not in found


def test_a_near_miss_a_rows_bare_start_date_stays():
    """Near miss: a row's own date cell under a 'Start of validity' column (read12-world) is the row's start."""
    text = (
        "Art. 2º Esta Resolução entra em vigor em 1º de setembro de 2031.\n"
        "NCM | Descrição | Alíquota | Início da Vigência | Término da Vigência\n"
        "8503.00.90 | Partes de geradores | 0% |\n"
        "1º/09/2031 |\n31/08/2033 |\n"
    )
    assert ("application_start", "2031-09-01") in dates(text)


# --- English names of Mexican acts and bodies --------------------------------------------------------------------------


def test_english_names_of_mexican_acts_and_bodies_name_mexico():
    """Class: a law firm's English newsletter names Mexico's acts and bodies in translation, never the country as
    the actor (final29 4030 'Unit of International Trade Practices (UPCI)', 4031 'the Tariff of the Law of General
    Import and Export Taxes (TIGIE)', 'a Decree issued by the Mexican President')."""
    text = (
        "On June 2, 2031, the Unit of International Trade Practices published the initiation of an anti-dumping "
        "investigation on imports of ceramic tiles from Ruritania."
    )
    assert jurisdiction(text) == ["MX"]


def test_english_names_of_mexican_acts_in_another_wording():
    """Same class, another wording: the tariff's acronym and the President."""
    text = (
        "The Decree amending the TIGIE, issued by the Mexican President, raises the import tariff on footwear "
        "to 35% until 2032."
    )
    assert jurisdiction(text) == ["MX"]


def test_a_near_miss_another_countrys_official_gazette_is_no_mexican_cue():
    """Near miss: 'Federal Official Gazette' alone is Brazil's Diário Oficial da União in translation as well: no MX."""
    text = "The resolution published in the Federal Official Gazette of Brazil reduces the import tax on solar panels."
    assert "MX" not in jurisdiction(text)


# --- a schedule named for a partner's goods ----------------------------------------------------------------------------


def test_a_schedule_named_for_a_partners_goods_targets_no_origin():
    """Class: 'Schedules 5 (US originating goods), 6 (Thai originating goods) … in the Tariff Act' name the schedules
    where the same indexed rate applies (final29 4027, final7 732): erga omnes, no affected country."""
    text = (
        "give notice that, on and from 4 August 2031: the increased rate of customs duty for goods classified to a "
        "subheading of Schedule 3 specified in an item in the table in Schedules 6 (Thai originating goods), "
        "9 (Malaysian originating goods) and 11 (Japanese originating goods) in the Tariff Act is the rate in "
        "Column 2 of the Table below.\n"
    )
    assert affected(text) == []


def test_a_partner_schedule_in_another_wording():
    """Same class, another wording: each schedule named with its own word, capitalised goods words."""
    text = (
        "On and from 1 July 2031 the rate of customs duty for goods in Schedule 9 (Malaysian originating goods) "
        "and in Schedule 10 (Korean originating goods) that relate to subheading 2402.20.20 is $1.45 per stick."
    )
    assert affected(text) == []


def test_a_near_miss_goods_originating_in_a_country_stay_targeted():
    """Near miss: a duty on goods 'originating in' a country names its target."""
    text = "A dumping duty is imposed on galvanised wire originating in Malaysia at a rate of 12.3 per cent."
    assert affected(text) == ["MY"]


# --- specific rates per litre of alcohol, per piece in Spanish ---------------------------------------------------------


def test_a_rate_per_litre_of_alcohol_is_a_rate():
    """Class: '$40.43/L of alcohol, calculated on that alcohol content by which …' (final29 4027): the unit is
    measured in the goods' alcohol; 'alcohol' there is no alcohol content that disqualifies the rate."""
    found = rates(INDEXATION_NOTICE)
    assert any(value == 98.12 and unit == "AUD/litre" for value, unit, _ in found)


def test_a_rate_per_litre_of_pure_alcohol_in_another_wording():
    """Same class, another wording and jurisdiction: a New Zealand excise-equivalent duty per litre of pure alcohol."""
    text = (
        "The excise-equivalent duty on spirits classified under tariff item 2208.30.00 is increased to $62.15 per "
        "litre of pure alcohol from 1 July 2031."
    )
    assert any(value == 62.15 for value, _, _ in rates(text))


def test_a_near_miss_an_alcohol_strength_is_no_rate():
    """Near miss: a strength in percent by volume of alcohol stays no rate."""
    text = "The duty applies to beer containing more than 1.15% by volume of alcohol."
    assert not any(value == 1.15 for value, _, _ in rates(text))


def test_a_spanish_duty_per_piece():
    """Class: 'cuota compensatoria definitiva de $0.0299 dólares por pieza' (final29 4033): Spanish 'pieza' is the
    piece, a specific duty's unit."""
    text = (
        "Se prorroga la vigencia de la cuota compensatoria definitiva de $0.0350 dólares por pieza impuesta a las "
        "importaciones de lápices originarias de Ruritania."
    )
    assert any(value == 0.035 and unit == "USD/piece" for value, unit, _ in rates(text))


def test_a_portuguese_duty_per_piece():
    """Same class, another language and jurisdiction: Brazil's 'US$ 1,20 por peça'."""
    text = "Fica aplicado direito antidumping definitivo de US$ 1,20 por peça às importações de ímãs de Ruritânia."
    assert any(unit == "USD/piece" for _, unit, _ in rates(text))


def test_a_near_miss_a_figure_that_lost_its_decimal_point_is_no_rate():
    """Near miss: a copy that lost the decimal point ('de 0299 dólares por pieza', final15 1832) gives no amount."""
    text = "Se prorroga la cuota compensatoria de 0299 dólares por pieza por cinco años más."
    assert rates(text) == []


def test_a_near_miss_a_count_of_pieces_is_no_rate():
    """Near miss: a shipment of pieces counted, no amount per piece."""
    text = "Se importaron 12000 piezas de lápices durante el periodo investigado."
    assert rates(text) == []
