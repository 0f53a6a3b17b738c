"""What the digest's summary line says, as a reader of round 22's digest (final25) found it wrong: an act within an
investigation (one opened, a preliminary finding of injury, a review's timetable, a decision the recitals place in an
investigation) is no duty announced or imposed, in any language the product reads; a price undertaking withdrawn makes
the duties apply, it removes none; an export quota limits goods leaving for the country it names, never imports from
it; a regulation that opens a tariff quota (and amends another act) opens it; a legal basis the act ends is not the basis
of the duty it imposes; an act maintaining rates of duty maintains them. Passages written for these tests, each with a
near miss that keeps today's output."""

from nlp.pipeline import analyse


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


# Class: an investigation opened, in another language than English (a Spanish title's 'inicio de la investigación').
OPENED_ES = (
    "Resolución 0112-2031/CDB-INDECOPI\n"
    "Por la que se dispone el inicio de la investigación por presuntas prácticas de dumping en las importaciones de "
    "cilindros de acero para gas originarios de la República de la India\n"
    "La Comisión de Dumping, Subsidios y Eliminación de Barreras Comerciales Arancelarias,\n"
    "RESUELVE:\n"
    "Artículo 1.- Disponer el inicio del procedimiento de investigación por presuntas prácticas de dumping en las "
    "importaciones de cilindros de acero para gas originarios de la República de la India, que ingresan por la "
    "subpartida arancelaria 7311.00.10.00.\n"
)
IMPOSED_ES = OPENED_ES.replace(
    "Por la que se dispone el inicio de la investigación por presuntas prácticas de dumping en",
    "Por la que se impone un derecho antidumping definitivo sobre",
)


def test_a_spanish_title_that_opens_an_investigation_opens_one():
    summary = summary_of(OPENED_ES, "PE")
    assert " opens an investigation into an anti-dumping duty" in summary, summary


def test_a_spanish_title_that_imposes_a_duty_still_imposes_it():
    assert " imposes an anti-dumping duty" in summary_of(IMPOSED_ES, "PE")


# Class: a news item on an investigation launched (another authority than the one the reader saw).
LAUNCHED = (
    "Anti-Dumping Commission news\n"
    "On 3 March 2031, the Anti-Dumping Commission announced that it has launched an investigation into the alleged "
    "dumping and subsidisation of hollow structural sections exported to Australia from Thailand and Malaysia.\n"
)
DECIDED = LAUNCHED.replace(
    "announced that it has launched an investigation into the alleged dumping and subsidisation of",
    "announced that the Minister has imposed anti-dumping duties on",
)


def test_an_investigation_launched_is_opened_not_a_duty_announced():
    summary = summary_of(LAUNCHED, "AU")
    assert " opens an investigation into " in summary and "announces" not in summary.split(".")[0], summary


def test_a_duty_imposed_in_the_same_wording_is_not_an_investigation():
    assert "investigation" not in summary_of(DECIDED, "AU").split(".")[0]


# Class: a preliminary finding of a reasonable indication of injury (a tribunal's, not the US Commission's).
REASONABLE_INDICATION = (
    "Preliminary Injury Inquiry No. PI-2031-002\n"
    "Pursuant to subsection 37.1(1) of the Special Import Measures Act, the Canadian International Trade Tribunal has "
    "determined that the evidence discloses a reasonable indication that the dumping of certain wind towers "
    "originating in or exported from Spain has caused injury to the domestic industry.\n"
)
INJURY_FOUND = REASONABLE_INDICATION.replace(
    "the evidence discloses a reasonable indication that the dumping", "the dumping"
).replace("has determined", "finds")


def test_a_reasonable_indication_of_injury_is_a_preliminary_determination():
    summary = summary_of(REASONABLE_INDICATION, "CA")
    assert " makes a preliminary determination in the investigation into an anti-dumping duty" in summary, summary


def test_an_injury_finding_without_the_words_is_no_preliminary_determination():
    assert "preliminary determination" not in summary_of(INJURY_FOUND, "CA")


# Class: a review's (or an investigation's) timetable made public sets no duty.
TIMETABLE_PT = (
    "Circular SECEX nº 12, de 3 de março de 2031\n"
    "O SECRETÁRIO DE COMÉRCIO EXTERIOR, tendo em vista o que consta do processo referente à investigação de dumping "
    "nas exportações para o Brasil de cadeados, originárias da Índia, decide:\n"
    "1. Tornar públicos os prazos que servirão de parâmetro para o restante da investigação, iniciada pela Circular "
    "SECEX nº 40, de 2 de outubro de 2030.\n"
)
SCHEDULING_REVIEWS = (
    "Pressure Sensitive Plastic Tape From Italy; Scheduling of Full Five-Year Reviews\n"
    "AGENCY: United States International Trade Commission.\n"
    "ACTION: Notice.\n"
    "SUMMARY: The Commission hereby gives notice of the scheduling of full reviews to determine whether revocation "
    "of the antidumping duty order on pressure sensitive plastic tape from Italy would be likely to lead to "
    "continuation or recurrence of material injury.\n"
)
EXTENDED_PT = TIMETABLE_PT.replace(
    "1. Tornar públicos os prazos que servirão de parâmetro para o restante da investigação",
    "1. Prorrogar por até oito meses o prazo para conclusão da investigação",
)


def test_a_portuguese_investigation_timetable_sets_a_timetable():
    summary = summary_of(TIMETABLE_PT, "BR")
    assert " sets the timetable of an investigation into an anti-dumping duty" in summary, summary


def test_a_scheduling_notice_of_reviews_sets_a_review_timetable():
    summary = summary_of(SCHEDULING_REVIEWS, "US")
    assert " sets the timetable of a review of an anti-dumping duty" in summary, summary


def test_an_investigation_extended_is_no_timetable():
    assert "timetable" not in summary_of(EXTENDED_PT, "BR")


# Class: an act the recitals place in an investigation, with no verb of its own (a copy cut before its articles).
WITHIN_ES = (
    "MINISTERIO DE ECONOMÍA Y FINANZAS\n"
    "Resolución N° 44/031\n"
    "Montevideo, 4 de abril de 2031\n"
    "VISTO: la solicitud presentada por la empresa Aceros del Sur S.A.;\n"
    "RESULTANDO: Que por Resolución N° 5/030 se dio inicio a la investigación por presunto dumping en las "
    "importaciones de tubos de cobre originarios de la República Socialista de Vietnam y de la República del Perú, "
    "clasificados en la posición arancelaria 7411.10.10 de la Nomenclatura Común del MERCOSUR.\n"
)
APPLIED_RECITAL = WITHIN_ES.replace(
    "se dio inicio a la investigación por presunto dumping en las importaciones",
    "se aplicaron derechos antidumping definitivos a las importaciones",
)


def test_recitals_on_an_investigation_are_a_decision_in_it():
    summary = summary_of(WITHIN_ES, "UY")
    assert " issues a decision in the investigation into an anti-dumping duty" in summary, summary


def test_recitals_naming_no_investigation_keep_their_verb():
    assert "investigation" not in summary_of(APPLIED_RECITAL, "UY").split(".")[0]


# Class: a price undertaking withdrawn: the duties apply to that exporter (never 'removes a duty').
UNDERTAKING_WITHDRAWN = (
    "Commission Implementing Regulation (EU) 2031/77 of 9 February 2031 withdrawing the acceptance of the undertaking "
    "for two exporting producers in connection with the anti-dumping proceeding concerning imports of solar glass "
    "originating in the People's Republic of China\n"
    "THE EUROPEAN COMMISSION,\n"
    "HAS ADOPTED THIS REGULATION:\n"
    "Article 1\n"
    "Acceptance of the undertaking in relation to Bright Glass Co. Ltd is hereby withdrawn.\n"
    "Article 2\n"
    "The definitive anti-dumping duty imposed by Implementing Regulation (EU) 2028/310 shall apply to imports of "
    "solar glass originating in the People's Republic of China produced by Bright Glass Co. Ltd.\n"
)
DUTY_REPEALED = UNDERTAKING_WITHDRAWN.replace(
    "withdrawing the acceptance of the undertaking for two exporting producers in connection with the anti-dumping "
    "proceeding concerning",
    "repealing the definitive anti-dumping duty on",
)


def test_an_undertaking_withdrawn_makes_the_duty_apply():
    summary = summary_of(UNDERTAKING_WITHDRAWN, "EU")
    assert " withdraws a price undertaking and applies an anti-dumping duty" in summary, summary
    assert "removes" not in summary.split(".")[0]


def test_a_duty_repealed_is_no_undertaking_withdrawn():
    assert "undertaking" not in summary_of(DUTY_REPEALED, "EU").split(".")[0]


# Class: an export quota or ceiling: the country it names is a destination, never an origin of imports.
EXPORT_QUOTA = (
    "Notice on the export quota for raw cane sugar to the European Union for the 2031/2032 marketing year\n"
    "The Ministry of Agro-Industry announces that the tariff quota allocated for exports of raw cane sugar to the "
    "European Union is fixed at 50 000 tonnes for the period 1 October 2031 to 30 September 2032.\n"
)
IMPORT_QUOTA = EXPORT_QUOTA.replace(
    "export quota for raw cane sugar to", "tariff quota for raw cane sugar from"
).replace("allocated for exports of raw cane sugar to", "for imports of raw cane sugar from")


def test_an_export_quota_names_a_destination():
    summary = summary_of(EXPORT_QUOTA, "MU")
    assert "export quota for exports" in summary and " from the EU" not in summary, summary


def test_an_import_quota_keeps_its_origin():
    summary = summary_of(IMPORT_QUOTA, "MU")
    assert "export" not in summary.split(".")[0], summary


# Class: a regulation that opens a tariff quota and amends another act opens the quota.
QUOTA_OPENED = (
    "Commission Implementing Regulation (EU) 2031/220 of 3 March 2031 opening and providing for the management of a "
    "Union tariff quota for garlic originating in Argentina and amending Implementing Regulation (EU) 2029/14\n"
    "THE EUROPEAN COMMISSION,\n"
    "HAS ADOPTED THIS REGULATION:\n"
    "Article 1\n"
    "A tariff quota of 10 000 tonnes for garlic falling within CN code 0703 20 00 originating in Argentina is opened "
    "for the period from 1 June 2031 to 31 May 2032.\n"
)
QUOTA_AMENDED = QUOTA_OPENED.replace(
    "opening and providing for the management of a Union tariff quota for garlic originating in Argentina and "
    "amending Implementing Regulation (EU) 2029/14",
    "amending Implementing Regulation (EU) 2029/14 as regards the volume of the tariff quota for garlic originating "
    "in Argentina",
).replace("is opened", "is increased")


def test_a_regulation_opening_a_quota_and_amending_another_opens_it():
    summary = summary_of(QUOTA_OPENED, "EU")
    assert " opens a tariff quota" in summary, summary


def test_a_regulation_amending_a_quota_still_amends_it():
    assert " amends a tariff quota" in summary_of(QUOTA_AMENDED, "EU")


# Class: a legal basis the act ends is not the basis of the duty it imposes (the rate is another measure's).
BASIS_ENDED = (
    "CSMS # 70011223 - Termination of IEEPA Duties on Goods of Mexico; Section 122 Surcharge\n"
    "Effective for goods entered for consumption on or after 12:01 a.m. EDT on March 2, 2031, the additional duties "
    "imposed under the International Emergency Economic Powers Act are no longer collected.\n"
    "From the same date, a temporary 15% duty applies under Section 122 of the Trade Act of 1974, reported under "
    "HTSUS heading 9903.03.02.\n"
)
BASIS_IMPOSED = (
    "CSMS # 70011224 - Additional IEEPA Duties on Goods of Mexico\n"
    "Effective for goods entered for consumption on or after 12:01 a.m. EDT on March 2, 2031, an additional 15% duty "
    "applies under the International Emergency Economic Powers Act, reported under HTSUS heading 9903.01.99.\n"
)


def test_a_basis_the_act_ends_is_not_the_basis_of_its_duty():
    summary = summary_of(BASIS_ENDED, "US")
    assert "IEEPA" not in summary.split(".")[0] and " imposes a Section 122 duty of 15%" in summary, summary


def test_a_basis_the_act_imposes_under_stays_named():
    assert "IEEPA duty" in summary_of(BASIS_IMPOSED, "US").split(".")[0]


# Class: an act that maintains rates of duty (reduced ones, for a further period) maintains them, never 'amends'.
MAINTAINED = (
    "EXECUTIVE ORDER NO. 41\n"
    "MAINTAINING THE REDUCED RATES OF IMPORT DUTY ON FEED WHEAT UNDER SECTION 1611 OF THE TARIFF ACT\n"
    "WHEREAS, the reduced rates of import duty on feed wheat lapse on 31 December 2031;\n"
    "SECTION 1. The reduced rates of import duty on feed wheat shall continue to apply until 31 December 2032.\n"
)
MODIFIED = MAINTAINED.replace("MAINTAINING THE REDUCED RATES", "MODIFYING THE RATES")


def test_rates_maintained_are_maintained():
    summary = summary_of(MAINTAINED, "PH")
    assert summary.startswith("The Philippines maintains a duty"), summary


def test_rates_modified_are_still_amended():
    assert " amends a duty" in summary_of(MODIFIED, "PH")
