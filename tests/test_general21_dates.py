"""Typed dates, round 21 generalisation probes: classes earlier second passes fixed on one blind document's wording,
probed with other wordings, verbs, orders, jurisdictions and languages; where a rule had fitted the one wording it was
widened to the class. Each test names its class; every passage is written for these tests (none is copied from an
evaluation set or the development set)."""

from tests.fact_readers import dates

# --- a date opening its clause, the trigger after it ("As of <date>, the duties ... will be removed") ----------------


def test_a_participle_describing_the_subject_does_not_make_a_leading_date_history():
    """Class: leading date, operative main clause after a subject described by a participle ("the surtaxes imposed on
    ..."); the participle is no past tense (final13/final19's 'As of' lead-ins had bare subjects)."""
    text = (
        "NOTICE TO IMPORTERS\n\n"
        "As of 1 September 2031, the surtaxes imposed on the goods listed in the Annex will be removed.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-09-01")]


def test_a_relative_clause_on_the_subject_does_not_make_a_leading_date_history():
    """Class: the same lead-in with the subject described by a relative clause in the past ("that were imposed")."""
    text = (
        "CUSTOMS NOTICE\n\n"
        "As of 1 September 2031, the duties that were imposed by the Surtax Order on goods of the United States will "
        "be removed.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-09-01")]


def test_a_french_relative_clause_on_the_subject_does_not_make_a_leading_date_history():
    """Class: the French lead-in 'Le <date>, les surtaxes qui ont été instituées ... seront supprimées'."""
    text = (
        "AVIS AUX IMPORTATEURS\n\n"
        "Le 1er septembre 2031, les surtaxes qui ont été instituées par le décret n° 2030-12 seront supprimées.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-09-01")]


def test_a_leading_date_of_a_past_act_stays_history():
    """Guard: a lead-in whose main verb is past ('the Commission imposed on imports ...') is a report, even when a
    relative clause after it speaks of the future."""
    assert dates("On 1 July 2031, the Commission imposed on imports of steel a provisional duty.\n") == [
        ("other", "2031-07-01")
    ]
    text = "On 12 March 2031, the Secretary published in the Federal Register a notice which will govern the process.\n"
    assert dates(text) == [("other", "2031-03-12")]


# --- a schedule's last, open-ended stage ("... from 1 July 2033;" after stages with an end) ------------------------
# (final22 3221 fixed the English '<rate> from <date>;' after '(iii) ... from ... until ...')

STAGE_LEAD = "Article 1\nThe customs duty applicable to imports of the fertilisers listed in Annex I shall be:\n"


def test_a_french_schedules_last_stage_from_a_day_starts_it():
    """Class: open last stage, French 'à partir du'."""
    text = (
        "Article premier\nLe droit de douane applicable aux engrais de l'annexe I est fixé comme suit:\n"
        "a) 40 EUR/tonne du 1er juillet 2031 au 30 juin 2032;\n"
        "b) 60 EUR/tonne du 1er juillet 2032 au 30 juin 2033;\n"
        "c) 80 EUR/tonne à partir du 1er juillet 2033.\n"
    )
    found = dates(text)
    assert ("application_start", "2033-07-01") in found
    assert ("entry_into_force", "2033-07-01") not in found


def test_a_german_schedules_last_stage_from_a_day_starts_it():
    """Class: open last stage, German 'ab dem'."""
    text = (
        "Artikel 1\nDer Zollsatz für die in Anhang I aufgeführten Düngemittel beträgt:\n"
        "a) 40 EUR/Tonne vom 1. Juli 2031 bis 30. Juni 2032;\n"
        "b) 60 EUR/Tonne vom 1. Juli 2032 bis 30. Juni 2033;\n"
        "c) 80 EUR/Tonne ab dem 1. Juli 2033.\n"
    )
    found = dates(text)
    assert ("application_start", "2033-07-01") in found
    assert ("entry_into_force", "2033-07-01") not in found


def test_a_schedules_last_stage_whose_item_opens_with_its_day_starts_it():
    """Class: open last stage written date first ('(c) from 1 July 2033: 80 EUR/tonne')."""
    text = STAGE_LEAD + (
        "(a) from 1 July 2031 to 30 June 2032: 40 EUR/tonne;\n"
        "(b) from 1 July 2032 to 30 June 2033: 60 EUR/tonne;\n"
        "(c) from 1 July 2033: 80 EUR/tonne.\n"
    )
    found = dates(text)
    assert ("application_start", "2033-07-01") in found
    assert ("entry_into_force", "2033-07-01") not in found


def test_a_spanish_schedules_last_stage_from_a_day_starts_it():
    """Class: open last stage, Spanish 'a partir del' after the stage's rate."""
    text = (
        "Artículo 1.- El arancel aplicable a las mercancías del Anexo será:\n"
        "a) 5 % del 1 de enero de 2031 al 31 de diciembre de 2031;\n"
        "b) 10 % del 1 de enero de 2032 al 31 de diciembre de 2032;\n"
        "c) 15 % a partir del 1 de enero de 2033.\n"
    )
    found = dates(text)
    assert ("application_start", "2033-01-01") in found
    assert ("entry_into_force", "2033-01-01") not in found


def test_a_portuguese_rate_schedules_stages_are_periods():
    """Class: a rate schedule's stages, Portuguese '<rate>% de <date> a <date>' (the rate, then the period), and its
    open last stage 'a partir de'."""
    text = (
        "Art. 1º A alíquota do Imposto de Importação incidente sobre os produtos do Anexo será de:\n"
        "I - 4% de 1º de janeiro de 2031 a 31 de dezembro de 2031;\n"
        "II - 8% de 1º de janeiro de 2032 a 31 de dezembro de 2032;\n"
        "III - 12% a partir de 1º de janeiro de 2033.\n"
    )
    assert dates(text) == [
        ("application_end", "2031-12-31"),
        ("application_end", "2032-12-31"),
        ("application_start", "2031-01-01"),
        ("application_start", "2032-01-01"),
        ("application_start", "2033-01-01"),
    ]


# --- a period stated as a pair in one clause, however worded ----------------------------------------------------------


def test_an_entry_window_on_or_after_and_on_or_before_is_a_period():
    """Class: period as a pair, a CSMS message's entry window 'on or after <date>, and on or before <date>' (the clock
    time form 'on or after ... and before ...' was read already)."""
    text = (
        "CSMS # 66000001 - GUIDANCE: Temporary suspension of additional duties\n\n"
        "The additional duties do not apply to articles entered for consumption, or withdrawn from warehouse for "
        "consumption, on or after July 1, 2031, and on or before December 31, 2031.\n"
    )
    assert dates(text) == [("application_end", "2031-12-31"), ("application_start", "2031-07-01")]


def test_an_indonesian_period_naming_its_days_is_a_period():
    """Class: period as a pair, Indonesian 'terhitung mulai tanggal <date> sampai dengan tanggal <date>' (the word
    'tanggal', the day, before each date)."""
    text = (
        "PERATURAN MENTERI KEUANGAN NOMOR 46 TAHUN 2031\n\n"
        "Pasal 3\n"
        "Bea Masuk Tindakan Pengamanan dikenakan untuk jangka waktu 3 (tiga) tahun, terhitung mulai tanggal 10 Juni "
        "2031 sampai dengan tanggal 9 Juni 2034.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-06-10") in found
    assert ("application_end", "2034-06-09") in found


# --- a period's length counted from a day of the act ---------------------------------------------------------------
# (final22 3238 fixed "shall not be operative for a period of 3 years from date of publication")

GAZETTE_HEAD = (
    "[TO BE PUBLISHED IN THE GAZETTE OF INDIA, EXTRAORDINARY, PART II, SECTION 3, SUB-SECTION (i)]\n"
    "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(Department of Revenue)\nNotification\n"
    "New Delhi, the 4th April, 2031\n"
)
GAZETTE_FOOT = "\n[F. No. 190354/12/2031-TRU]\nA. K. VERMA, Under Secy.\n\nNEW DELHI, FRIDAY, APRIL 4, 2031\n"


def test_a_suspension_for_a_period_from_publication_ends_the_day_before_the_anniversary():
    """Class: a period's length from a day of the act, 'shall remain suspended for a period of two years from the date
    of publication of this order'."""
    text = GAZETTE_HEAD + (
        "S.O. 2200(E).- The Central Government hereby directs that the enforcement of the Steel Tubes (Quality "
        "Control) Order, 2029 shall remain suspended for a period of two years from the date of publication of this "
        "order in the Official Gazette.\n"
    )
    found = dates(text + GAZETTE_FOOT)
    assert ("application_end", "2033-04-03") in found
    assert ("other", "2033-04-04") not in found


def test_a_notification_in_force_for_a_period_from_publication_ends_the_day_before_the_anniversary():
    """Class: the same length after 'shall remain in force' / 'shall be valid'."""
    text = GAZETTE_HEAD + (
        "G.S.R. 311(E).- The Central Government hereby exempts the goods specified in the Table from the whole of the "
        "duty of customs leviable thereon.\n"
        "2. This notification shall remain in force for a period of one year from the date of its publication in the "
        "Official Gazette.\n"
    )
    assert ("application_end", "2032-04-03") in dates(text + GAZETTE_FOOT)
    valid = text.replace("This notification shall remain in force", "This exemption shall be valid")
    assert ("application_end", "2032-04-03") in dates(valid + GAZETTE_FOOT)


def test_a_duty_effective_for_a_number_of_days_from_publication_ends_on_its_last_day():
    """Class: a period's length in days ('effective for a period of 200 days from the date of publication'): its last
    day is the 200th, not an entry into force 200 days on."""
    text = GAZETTE_HEAD + (
        "G.S.R. 313(E).- The Central Government hereby imposes on the subject goods a provisional safeguard duty.\n"
        "2. The safeguard duty shall be effective for a period of 200 days from the date of publication of this "
        "notification in the Official Gazette.\n"
    )
    found = dates(text + GAZETTE_FOOT)
    assert ("application_end", "2031-10-20") in found
    assert ("entry_into_force", "2031-10-21") not in found


# --- an Official Journal header line carries the publication date ---------------------------------------------------


def test_an_even_page_journal_header_flattened_with_its_page_first_dates_the_issue():
    """Class: OJ header line, the even page's header flattened to one line with the issue and page first ('L 123/4 EN
    Official Journal of the European Union 15.5.2031'); the date is the publication, not the act's own date."""
    text = (
        "L 123/4 EN Official Journal of the European Union 15.5.2031\n\n"
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/901\nof 12 May 2031\n"
        "amending Implementing Regulation (EU) 2029/55 as regards the list of goods\n"
    )
    found = dates(text)
    assert ("publication", "2031-05-15") in found
    assert ("document_date", "2031-05-15") not in found
    assert ("document_date", "2031-05-12") in found


def test_a_spanish_state_gazette_header_dates_the_issue():
    """Class: a gazette header line carries the publication, the BOE's header without its guillemets ('BOE núm. 80, de
    3 de abril de 2031'; the «BOE» form was read), and the entry into force counted from it."""
    text = (
        "BOE núm. 80, de 3 de abril de 2031\n\n"
        "Orden HAC/301/2031, por la que se modifican los anexos de la Orden de aranceles.\n\n"
        "Disposición final única. Entrada en vigor.\n"
        "La presente orden entrará en vigor el día siguiente al de su publicación en el «Boletín Oficial del Estado».\n"
    )
    assert dates(text) == [("entry_into_force", "2031-04-04"), ("publication", "2031-04-03")]


def test_a_portuguese_republic_gazette_header_dates_the_issue():
    """Class: the same header in Portugal's Diário da República ('n.º 80, 1.ª série, de <date>')."""
    text = (
        "Diário da República n.º 80, 1.ª série, de 3 de abril de 2031\n\n"
        "Portaria que altera a pauta aduaneira.\n\n"
        "Artigo 3.º\nA presente portaria entra em vigor no dia seguinte ao da sua publicação.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-04-04"), ("publication", "2031-04-03")]
