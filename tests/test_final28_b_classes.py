"""EU acts, corrigenda and relays, by class (round 25 second pass, final28 3913-3921). Each class has a passage in the
final28 document's own kind, one in another wording, language or jurisdiction, and a near miss that must not give the
fact. Every passage is written for these tests."""

from tests.fact_readers import dates, identifier, measures, rates

# --- a provision of the act that applies from a day before the act: its own start, not restated history ----------

CORRECTING_REGULATION = (
    "Commission Implementing Regulation (EU) 2031/412 of 22 May 2031 correcting Implementing Regulation (EU) 2031/190"
    " imposing a definitive anti-dumping duty on imports of certain steel ladders originating in Ruritania\n\n"
    "THE EUROPEAN COMMISSION,\n\n"
    "Whereas:\n\n"
    "(1) By Implementing Regulation (EU) 2031/190 the Commission imposed a definitive anti-dumping duty on imports of"
    " certain steel ladders originating in Ruritania.\n\n"
    "(2) The invoice requirement should apply as of the date of entry into force of Implementing Regulation (EU)"
    " 2031/190 (i.e. 2 April 2031).\n\n"
    "HAS ADOPTED THIS REGULATION:\n\n"
    "Article 1\n\n"
    "Article 1(3) of Implementing Regulation (EU) 2031/190 is replaced by the following text.\n\n"
    "Article 2\n\n"
    "This Regulation shall enter into force on the day following that of its publication in the Official Journal of"
    " the European Union.\n\n"
    "Article 1 of this Regulation shall apply as from 2 April 2031.\n\n"
    "Done at Brussels, 22 May 2031.\n"
)


def test_a_provision_applying_as_from_a_day_before_the_act_is_its_application_start():
    """Class: 'Article 1(5) of this Regulation shall apply as from 15 March 2025.' in a correcting regulation of April
    (final28 3913): the provision reaches back to the corrected act's entry into force. 'shall apply from' was read as
    reaching back, 'shall apply as from' was not: the date before the act was demoted to history."""
    found = dates(CORRECTING_REGULATION)
    assert ("application_start", "2031-04-02") in found
    assert ("document_date", "2031-05-22") in found


def test_the_recital_restating_that_day_stays_history():
    """Near miss: the same day in the recitals (the corrected act's entry into force) is no date of this act."""
    text = CORRECTING_REGULATION.replace("Article 1 of this Regulation shall apply as from 2 April 2031.\n\n", "")
    assert ("application_start", "2031-04-02") not in dates(text)


def test_a_german_provision_applying_from_a_day_before_the_act_is_its_application_start():
    """Class (German): 'Artikel 1 Nummer 3 gilt ab dem 2. April 2031.' in a correcting regulation of May."""
    text = (
        "Durchführungsverordnung (EU) 2031/412 der Kommission vom 22. Mai 2031 zur Berichtigung der"
        " Durchführungsverordnung (EU) 2031/190\n\n"
        "DIE EUROPÄISCHE KOMMISSION —\n\n"
        "HAT FOLGENDE VERORDNUNG ERLASSEN:\n\n"
        "Artikel 1\n\n"
        "Artikel 1 Absatz 3 der Durchführungsverordnung (EU) 2031/190 erhält folgende Fassung.\n\n"
        "Artikel 2\n\n"
        "Diese Verordnung tritt am Tag nach ihrer Veröffentlichung im Amtsblatt der Europäischen Union in Kraft.\n\n"
        "Artikel 1 Nummer 3 gilt ab dem 2. April 2031.\n\n"
        "Brüssel, den 22. Mai 2031\n"
    )
    assert ("application_start", "2031-04-02") in dates(text)


def test_an_italian_provision_applying_from_a_day_before_the_act_is_its_application_start():
    """Class (Italian): 'L'articolo 1, punto 3, si applica a decorrere dal 2 aprile 2031.'"""
    text = (
        "Regolamento di esecuzione (UE) 2031/412 della Commissione, del 22 maggio 2031, che rettifica il regolamento"
        " di esecuzione (UE) 2031/190\n\n"
        "LA COMMISSIONE EUROPEA,\n\n"
        "HA ADOTTATO IL PRESENTE REGOLAMENTO:\n\n"
        "Articolo 1\n\n"
        "L'articolo 1, paragrafo 3, del regolamento di esecuzione (UE) 2031/190 è sostituito dal seguente testo.\n\n"
        "Articolo 2\n\n"
        "Il presente regolamento entra in vigore il giorno successivo alla pubblicazione nella Gazzetta ufficiale"
        " dell'Unione europea.\n\n"
        "L'articolo 1 si applica a decorrere dal 2 aprile 2031.\n\n"
        "Fatto a Bruxelles, il 22 maggio 2031\n"
    )
    assert ("application_start", "2031-04-02") in dates(text)


# --- an Official Journal corrigendum: the number and date in its heading are the corrected act's -----------------

ENGLISH_CORRIGENDUM = (
    "4.6.2031\n\n"
    "EN\n\n"
    "Official Journal of the European Union\n\n"
    "L 151/40\n\n"
    "Corrigendum to Commission Implementing Regulation (EU) 2031/190 of 1 April 2031 imposing a definitive"
    " anti-dumping duty on imports of certain steel ladders originating in Ruritania\n\n"
    "( Official Journal of the European Union L 96 of 2 April 2031 )\n\n"
    "On page 20, Article 1(2):\n\n"
    "for:\n\n"
    "‘calculated on the basis of paragraph 1’\n\n"
    "read:\n\n"
    "‘calculated on the basis of paragraph 4’.\n"
)


def test_an_english_corrigendum_has_no_number_of_its_own():
    """Class: 'Corrigendum to Commission Implementing Regulation (EU) 2015/1953 of 29 October 2015 …' (final28 3916):
    the number is the corrected act's; the heading's 'Commission Implementing' between the corrigendum word and the act
    hid the citation, and the corrected act's number was given as the corrigendum's."""
    assert identifier(ENGLISH_CORRIGENDUM) is None
    assert ("document_date", "2031-04-01") not in dates(ENGLISH_CORRIGENDUM)


ITALIAN_CORRIGENDUM = (
    "Rettifica del regolamento di esecuzione (UE) 2031/190 della Commissione, dell'1 aprile 2031, che istituisce un"
    " dazio antidumping definitivo sulle importazioni di scale di acciaio originarie della Ruritania\n"
    "Pagina 20, articolo 1, paragrafo 2:\n"
    "anziché:\n"
    "«calcolato sulla base del paragrafo 1»,\n"
    "leggasi:\n"
    "«calcolato sulla base del paragrafo 4».\n"
)


def test_an_italian_corrigendum_has_no_number_or_date_of_its_own():
    """Class (Italian): 'Rettifica del Regolamento di esecuzione (UE) 2016/1346 (*) della Commissione, dell'8 agosto
    2016, …' (final28 3917): the corrected act's number and adoption date; 'dell'' before the day was no act's 'of'
    and the date on the heading line was taken for the corrigendum's own."""
    assert identifier(ITALIAN_CORRIGENDUM) is None
    assert ("other", "2031-04-01") in dates(ITALIAN_CORRIGENDUM)
    assert ("document_date", "2031-04-01") not in dates(ITALIAN_CORRIGENDUM)


def test_a_german_corrigendum_has_no_number_of_its_own():
    """Class (German): 'Berichtigung der Durchführungsverordnung (EU) … vom …'."""
    text = (
        "Berichtigung der Durchführungsverordnung (EU) 2031/190 der Kommission vom 1. April 2031 zur Einführung eines"
        " endgültigen Antidumpingzolls auf die Einfuhren bestimmter Stahlleitern mit Ursprung in Ruritanien\n\n"
        "( Amtsblatt der Europäischen Union L 96 vom 2. April 2031 )\n\n"
        "Seite 20, Artikel 1 Absatz 2:\n\n"
        "Anstatt: „auf der Grundlage des Absatzes 1“\n\n"
        "muss es heißen: „auf der Grundlage des Absatzes 4“.\n"
    )
    assert identifier(text) is None
    assert ("document_date", "2031-04-01") not in dates(text)


def test_an_italian_act_keeps_its_own_number_and_date():
    """Near miss: an Italian regulation's own heading ('… della Commissione, dell'8 agosto 2031, che …') gives its
    number and adoption date."""
    text = (
        "Regolamento di esecuzione (UE) 2031/190 della Commissione, dell'8 agosto 2031, che istituisce un dazio"
        " antidumping definitivo sulle importazioni di scale di acciaio originarie della Ruritania\n\n"
        "LA COMMISSIONE EUROPEA,\n\n"
        "HA ADOTTATO IL PRESENTE REGOLAMENTO:\n\n"
        "Articolo 1\n\n"
        "È istituito un dazio antidumping definitivo sulle importazioni di scale di acciaio.\n"
    )
    assert identifier(text) == "Regolamento di esecuzione (UE) 2031/190"
    assert ("document_date", "2031-08-08") in dates(text)


# --- a page's date line with a two-digit year after the month's name ---------------------------------------------

UK_RELAY = (
    "The Customs Tariff (Establishment) (EU Exit) (Amendment) Regulations 2031\n\n"
    "Published: Mon 17th Nov 31\n\n"
    "These Regulations amend the Tariff of the United Kingdom, effective 15th December 2031.\n\n"
    "The amendment increases the import duty on certain husked rice from 0% to £30 per 1000kg.\n"
)


def test_a_relays_date_line_with_a_weekday_and_a_two_digit_year_is_its_publication():
    """Class: 'Published: Mon 17th Nov 25' (final28 3919): a month's name with a two-digit year was no date, and the
    shortened weekday between the label and the date hid the label."""
    found = dates(UK_RELAY)
    assert ("publication", "2031-11-17") in found
    assert ("entry_into_force", "2031-12-15") in found


def test_a_date_line_in_another_wording_with_a_two_digit_year_is_a_publication():
    """Class (another wording): 'Posted on: Tue, 3 March 31' over a news item."""
    text = (
        "Ruritania raises duties on steel ladders\n\n"
        "Posted on: Tue, 3 March 31\n\n"
        "The Ministry announced that the duty on steel ladders rises to 15% from 1 April 2031.\n"
    )
    assert ("publication", "2031-03-03") in dates(text)


def test_a_day_and_month_before_a_count_is_no_date():
    """Near miss: '17 Nov 31 tonnes' on a labelled line is no date line (the two digits do not close it)."""
    text = "Shipment record\n\nDate: 17 Nov 31 tonnes of rice were landed at Dover.\n"
    assert not any(day.startswith("2031-11-17") for _, day in dates(text))


# --- an amount per 1000 kg is per tonne -----------------------------------------------------------------------------


def test_an_amount_per_1000kg_is_per_tonne():
    """Class: '£25 per 1000kg' (final28 3919) is labelled GBP/tonne (final27 3840's '50 euros for 1000 kg' precedent);
    it was read as 'GBP/1000 kg'."""
    assert (30, "GBP/tonne") in {(value, unit) for value, unit, _ in rates(UK_RELAY)}


def test_a_german_amount_per_1000_kg_is_per_tonne():
    """Class (German): 'Der Antidumpingzoll beträgt 42 EUR je 1000 kg.'"""
    text = "Der endgültige Antidumpingzoll auf Stahlleitern beträgt 42 EUR je 1000 kg Eigengewicht.\n"
    assert (42, "EUR/tonne") in {(value, unit) for value, unit, _ in rates(text)}


def test_an_amount_per_100_kg_stays_per_100_kg():
    """Near miss: 'EUR 12 per 100 kg' is per 100 kg, no tonne."""
    text = "The anti-dumping duty on steel ladders is EUR 12 per 100 kg net.\n"
    assert (12, "EUR/100 kg") in {(value, unit) for value, unit, _ in rates(text)}


# --- goods excluded from a chapter or heading in a classification's reasons: no exclusion measure ----------------

CLASSIFICATION_REASONS = (
    "Commission Implementing Regulation (EU) 2031/77 of 9 January 2031 concerning the classification of certain goods"
    " in the Combined Nomenclature\n\n"
    "The goods described in column (1) of the table set out in the Annex shall be classified within the Combined"
    " Nomenclature under the CN code indicated in column (2) of that table.\n\n"
    "Reasons: Classification is determined by general rules 1 and 6. The product is a preparation based on dextrose."
    " The product is therefore excluded from Chapter 29 by the application of Note 1 to that Chapter. Classification"
    " under heading 1702 is also excluded. Consequently, the product is to be classified under CN code 2106 90 98.\n"
)


def test_goods_excluded_from_a_chapter_in_a_classification_are_no_exclusion_measure():
    """Class: 'The product is therefore excluded from Chapter 38 by the application of Note 1(b) to that Chapter.'
    (final28 3920): a classification's reasons, the product classified elsewhere; 'excluded from … application' was
    read as an exclusion from a measure's application."""
    assert measures(CLASSIFICATION_REASONS) == ["other"]


def test_goods_excluded_from_a_heading_in_french_are_no_exclusion_measure():
    """Class (French): 'Le produit est donc exclu du chapitre 38 par application de la note 1 b) de ce chapitre.'"""
    text = (
        "Le produit est une préparation à base de saccharose. Le produit est donc exclu du chapitre 38 par"
        " application de la note 1 b) de ce chapitre.\n"
    )
    assert "exclusion" not in measures(text)


def test_goods_excluded_from_a_duty_stay_an_exclusion():
    """Near miss: goods of a heading excluded from the additional duties are carved out of a measure."""
    text = "Products of heading 7208 are excluded from the additional duties imposed by this Regulation.\n"
    assert "exclusion" in measures(text)


def test_goods_excluded_from_a_us_statute_section_stay_an_exclusion():
    """Near miss (US): machinery 'excluded from section 301 tariffs' is carved out of a measure; a statute's section
    is no place of the nomenclature."""
    text = (
        "The USTR has established a process for domestic manufacturers to request that machinery classified in"
        " chapter 84 be temporarily excluded from section 301 tariffs.\n"
    )
    assert "exclusion" in measures(text)


def test_an_italian_notice_citing_the_basic_regulation_by_its_date_is_not_dated_by_it():
    """Near miss (Italian 'dell'' read as an act's 'of'): a notice published 'in conformità all'articolo 11 … del
    regolamento (UE) 2016/1036 …, dell'8 giugno 2016' cites the basic regulation; its date is no date of the notice."""
    text = (
        "Scadenza di alcune misure antidumping\n"
        "La Commissione informa che la misura antidumping sottoindicata scadrà.\n"
        "Il presente avviso è pubblicato in conformità all'articolo 11, paragrafo 2, del regolamento (UE) 2016/1036"
        " del Parlamento europeo e del Consiglio, dell'8 giugno 2016, relativo alla difesa contro le importazioni"
        " oggetto di dumping.\n"
    )
    assert ("document_date", "2016-06-08") not in dates(text)
