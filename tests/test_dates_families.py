"""Typed dates, round 3: the wording families and document structures that held-out documents
showed (issue 15), each on sentences written for the test in other words, numbers and
jurisdictions, and compared as the exact set of (type, date, derived) the extractor must return."""

import pytest

from nlp.dates.extract import extract_dates
from nlp.dates.finder import find_dates


def typed(text, published=None, jurisdiction=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published, jurisdiction)}


EIF, START, END = "entry_into_force", "application_start", "application_end"
DOC, PUB, OTHER = "document_date", "publication", "other"

CASES = {
    # --- stop-press headings of a tariff notice: the heading names the day the changes take effect
    "taking effect on, heading": (
        "Commodity code updates\n\nNew codes taking effect on 3 March 2025:\n\nCommodity | Description\n"
        "0301990010 | Live eels",
        {(EIF, "2025-03-03", False)},
    ),
    "heading without its year": (
        "New codes taking effect on 9 March:\n\nCommodity | Description\n0306170010 | Shrimps\n\n"
        "New codes taking effect on 16 March 2026:\n\nCommodity | Description\n0306170020 | Prawns",
        {(EIF, "2026-03-09", False), (EIF, "2026-03-16", False)},
    ),
    "changes to the tariff for": (
        "See the changes to the Tariff for 12 May 2026\n\nNew quotas\n\nQuota 058012 opened.",
        {(DOC, "2026-05-12", False)},
    ),
    "changes on, heading": (
        "Changes to the measure structure on 1 October 2025:\n\nCommodity | Change\n"
        "2916110010 | absorbed into 2916110000",
        {(EIF, "2025-10-01", False)},
    ),
    "with effect from, two-digit year": (
        "With effect from 1/4/24 the following descriptions apply:\n\nCommodity | Description",
        {(EIF, "2024-04-01", False)},
    ),
    "w.e.f. abbreviation": (
        "The revised tariff values shall be applicable w.e.f. 16th March, 2025.",
        {(EIF, "2025-03-16", False)},
    ),
    # --- a bulletin's own sending time, a register's own citation line, "this notice was published on"
    "bulletin sent at": (
        "Border Agency sent this bulletin at 11/23/2024 09:15 AM EST\nTrade notice",
        {(PUB, "2024-11-23", False)},
    ),
    "own register citation line": (
        "Certain Steel Nails From Vietnam: Final Results\n89 FR 40112 (May 9, 2024)\nAGENCY: Commerce.",
        {(PUB, "2024-05-09", False)},
    ),
    "this notice was published on": (
        "This customs notice was published on 12 February 2025 and takes effect on 1 March 2025.",
        {(PUB, "2025-02-12", False), (EIF, "2025-03-01", False)},
    ),
    # --- signatures: South Asian header lines, New Zealand and Australian Orders in Council
    "Dated, heading": (
        "Notification No. 7/2025-Customs (ADD), F.No.354/12/2024-TRU Dated, 14th February, 2025\n"
        "In exercise of the powers conferred by section 9A,",
        {(DOC, "2025-02-14", False)},
    ),
    "At place this day": (
        "Order in Council\n\nAt Canberra this 12th day of June 2024\n\nPresent: the Governor-General",
        {(DOC, "2024-06-12", False)},
    ),
    # --- a period whose end is "up to and inclusive of", reaching back before the act that sets it
    "period up to and inclusive, retroactive": (
        "Notification No. 9/2025-Customs, Dated, 3rd March, 2025\nThe duty under this notification shall be "
        "applicable with effect from the date of the provisional duty, that is, the 7th June, 2019 and upto and "
        "inclusive of 6th June, 2024.",
        {(DOC, "2025-03-03", False), (START, "2019-06-07", False), (END, "2024-06-06", False)},
    ),
    # --- the start and end columns of a table row, also when the cells are glued together
    "glued start and end cells": (
        "Código | Descrição\nNCMDescriçãoQuotaInício da VigênciaTérmino da Vigência\n"
        "2918.14.00Ácido cítrico1500 t01/03/202528/02/2026\n",
        {(START, "2025-03-01", False), (END, "2026-02-28", False)},
    ),
    "start and end columns": (
        "Heading | Description | Valid from | Valid to\n8501.31 | Motors | 01/07/2025 | 30/06/2026\n",
        {(START, "2025-07-01", False), (END, "2026-06-30", False)},
    ),
    "rates from a date in column headers": (
        "Tariff item | Description | Rate of duty as of January 1, 2026 | Rate of duty as of January 1, 2027\n"
        "0201.10.00 | Beef carcasses | 26.5% | 20%\n",
        {(START, "2026-01-01", False), (START, "2027-01-01", False)},
    ),
    # --- permissive future discretion is no entry into force
    "may after": (
        "The rates shall remain at 10 percent. On or after March 2, 2026, the Minister may revise the rates of duty "
        "to reflect the agreement.",
        {(OTHER, "2026-03-02", False)},
    ),
    # --- an earlier act's effective date restated in a background section
    "background section": (
        "BACKGROUND\nOn March 1, 2025, the President issued Proclamation 11001. That proclamation imposes a duty on "
        "certain copper articles, effective April 4, 2025.\nFILING INSTRUCTIONS\nThese instructions apply to "
        "entries on or after 12:01 a.m. on June 9, 2025.",
        {(OTHER, "2025-03-01", False), (OTHER, "2025-04-04", False), (EIF, "2025-06-09", False)},
    ),
    # --- a reprint's history notes: what later acts did to this one
    "reprint history note": (
        "2 Commencement\nThis order comes into force on 1 May 2024.\nConfirmed, on 30 November 2025, by section 4 "
        "of the Secondary Legislation Act 2025.",
        {(EIF, "2024-05-01", False), (OTHER, "2025-11-30", False)},
    ),
    # --- a period split by a full stop the converter left after the first date
    "period across a stray full stop": (
        "Perintah ini berkuat kuasa bagi tempoh tiga tahun mulai 5 Mac 2024. hingga 4 Mac 2027.",
        {(START, "2024-03-05", False), (END, "2027-03-04", False)},
    ),
    # --- a register page: the status "In force" above the Journal header cells is no entry into force
    "register status above header cells": (
        "OJ L 88, 4.4.2025, p. 10–14\nIn force\n4.4.2025 |\nEN |\nOfficial Journal of the European Union |\nL 88/10 |\n"
        "COUNCIL REGULATION (EU) 2025/700\nof 2 April 2025\nsuspending duties\nTHE COUNCIL OF THE EUROPEAN UNION,\n"
        "Having regard to the Treaty,",
        {(PUB, "2025-04-04", False), (DOC, "2025-04-02", False)},
    ),
    # --- a remission reaching back: goods imported on or after a date earlier than the order
    "remission for goods imported on or after": (
        "P.C. 2025-77 2025-03-14\nThe remission is granted if the goods are imported on or after January 6, 2025.",
        {(DOC, "2025-03-14", False), (START, "2025-01-06", False)},
    ),
    "remission condition in a list item": (
        "P.C. 2025-120 2025-04-11\nRemission is granted of the surtax paid if\n(a) the goods are imported on or after "
        "February 3, 2025; and\n(b) a claim is made within two years.",
        {(DOC, "2025-04-11", False), (START, "2025-02-03", False)},
    ),
    # --- a concession schedule's "Effective From" cells written as month/year
    "month cells of a concession schedule": (
        "I approve the concessions in the Schedule with effect from the first day of the month so specified.\n"
        "Item Description Normal Pref. Ref. No. From To\nA 8422.30.09 Bottle capping machines Free Free 99 412207K 9/24 ..\n"
        "A 8479.89.09 Robotic palletisers Free Free 99 412215B 11/24 -\n",
        {(START, "2024-09-01", False), (START, "2024-11-01", False)},
    ),
    "month cells without the first-day rule are no dates": (
        "Item Description Ref. No. From To\nA 8422.30.09 Bottle capping machines 99 412207K 9/24 ..\n",
        set(),
    ),
    "this notice applies to goods entered": (
        "This notice applies to goods entered for home consumption on and after 2 May 2024.\n"
        "Dated this 20th day of August 2024.",
        {(EIF, "2024-05-02", False), (DOC, "2024-08-20", False)},
    ),
    # --- Spanish and Portuguese periods and entry into force
    "es del al": (
        "El contingente se aplicará del 1 de julio de 2025 al 30 de junio de 2026.",
        {(START, "2025-07-01", False), (END, "2026-06-30", False)},
    ),
    "es desde hasta": (
        "La medida estará vigente desde el 15 de enero de 2025 hasta el 14 de enero de 2028.",
        {(START, "2025-01-15", False), (END, "2028-01-14", False)},
    ),
    "pt de a": (
        "A redução tarifária vigorará de 1º de abril de 2025 a 31 de março de 2026.",
        {(START, "2025-04-01", False), (END, "2026-03-31", False)},
    ),
    "pt entra em vigor em": ("Esta Portaria entra em vigor em 2 de maio de 2025.", {(EIF, "2025-05-02", False)}),
    "closing date line under the signing authority": (
        "The Ministry decides to levy anti-dumping duties on acrylic fibre from 8 April 2026.\n\n"
        "Ministry of Trade of the Kingdom of Thailand\nApril 2, 2026\n",
        {(EIF, "2026-04-08", False), (DOC, "2026-04-02", False)},
    ),
    "gazetted and Date of Gazette": (
        "Date of Gazette: 3 March 2026\nThis Order was gazetted on 3 March 2026 and comes into operation on 1 April 2026.",
        {(PUB, "2026-03-03", False), (EIF, "2026-04-01", False)},
    ),
    "es Hecho en": ("Hecho en Luxemburgo, el 20 de junio de 2025.", {(DOC, "2025-06-20", False)}),
    "es Dado en": ("Dado en Bogotá, D.C., a los 14 días de marzo de 2025", {(DOC, "2025-03-14", False)}),
    "pt Brasília with the years of the Republic": (
        "Brasília, 12 de agosto de 2025; 204º da Independência e 137º da República.",
        {(DOC, "2025-08-12", False)},
    ),
    "pt register page labels": (
        "Publicado em: 14 mar. 2025\nEntrada em vigor: 1 abr. 2025",
        {(PUB, "2025-03-14", False), (EIF, "2025-04-01", False)},
    ),
    "pt produzindo efeitos": (
        "PORTARIA SECEX Nº 41, DE 10 DE JUNHO DE 2025\n\nO SECRETÁRIO DE COMÉRCIO EXTERIOR, no uso das atribuições "
        "que lhe confere o art. 91 do Decreto nº 11.907, de 31 de janeiro de 2024, resolve:\n\nArt. 2º Esta Portaria "
        "entra em vigor na data de sua publicação, produzindo efeitos a partir de 1º de julho de 2025.",
        {(DOC, "2025-06-10", False), (OTHER, "2024-01-31", False), (EIF, "2025-07-01", False)},
    ),
    "es gazette header line": (
        "DOF: 14/03/2025\nACUERDO por el que se modifica la Tarifa de la Ley de los Impuestos Generales",
        {(PUB, "2025-03-14", False)},
    ),
    "es expido en la Residencia": (
        "Publíquese. Expido el presente Decreto en la Residencia del Poder Ejecutivo Federal, en la Ciudad de "
        "México, a 21 de mayo de 2025.- Rúbrica.",
        {(DOC, "2025-05-21", False)},
    ),
    "es page header with weekday": (
        "Jueves 22 de mayo de 2025 DIARIO OFICIAL (Primera Sección)\nDECRETO por el que se modifica la Tarifa",
        {(PUB, "2025-05-22", False)},
    ),
    "Done in the City of, Philippines": (
        "Done in the City of Manila, this 9th day of June in the year of Our Lord, Two Thousand and Twenty-Five.",
        {(DOC, "2025-06-09", False)},
    ),
    "Approved label": ("Approved: 3 June 2025\nCommissioner of Customs", {(DOC, "2025-06-03", False)}),
    "ms Dibuat": ("Dibuat 14 Mac 2025\n[KE: PERB. 0.5/12]", {(DOC, "2025-03-14", False)}),
    "de gilt bis": ("Die Aussetzung gilt bis zum 30. Juni 2027.", {(END, "2027-06-30", False)}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_typed_dates(name):
    text, expected = CASES[name]
    assert typed(text) == expected


DERIVED = {
    "pt na data de sua publicação": (
        "Art. 3º Esta Resolução entra em vigor na data de sua publicação.",
        "2025-06-10",
        {(EIF, "2025-06-10", True)},
    ),
    "fr lendemain de sa publication": (
        "Le présent arrêté entre en vigueur le lendemain de sa publication au Journal officiel.\nFait le 3 juin 2025.",
        "2025-06-05",
        {(EIF, "2025-06-06", True), (DOC, "2025-06-03", False)},
    ),
    "de Verkündung": (
        "Diese Verordnung tritt am Tag nach der Verkündung in Kraft.\nBerlin, den 11. Juni 2025",
        "2025-06-13",
        {(EIF, "2025-06-14", True), (DOC, "2025-06-11", False)},
    ),
    "es al día siguiente de su publicación": (
        "El presente Acuerdo entrará en vigor al día siguiente de su publicación en el Diario Oficial de la Federación.",
        "2025-06-10",
        {(EIF, "2025-06-11", True)},
    ),
    "days after its complete publication": (
        "This Order shall take effect thirty (30) days after its complete publication in the Official Gazette.",
        "2025-06-10",
        {(EIF, "2025-07-10", True)},
    ),
    "date of issue": (
        "Customs Notice 26-04\nDate: March 5, 2026\nThis notice is effective on the date of issue.",
        None,
        {(DOC, "2026-03-05", False), (EIF, "2026-03-05", True)},
    ),
    "date of its promulgation": (
        "This Decree shall enter into force on the date of its promulgation.",
        "2026-03-02",
        {(EIF, "2026-03-02", True)},
    ),
    "days from the date of signing": (
        "Dated: 2 March 2026\nThis Circular takes effect 45 days from the date of signing.",
        None,
        {(DOC, "2026-03-02", False), (EIF, "2026-04-16", True)},
    ),
    "signature of another instrument is no anchor": (
        "Dated: 2 March 2026\nThe Protocol enters into force on the date of signature of the Agreement.",
        None,
        {(DOC, "2026-03-02", False)},
    ),
    "es vigésimo día siguiente": (
        "El presente Reglamento entrará en vigor el vigésimo día siguiente al de su publicación en el Diario Oficial.",
        "2025-09-02",
        {(EIF, "2025-09-22", True)},
    ),
    "pt vigésimo dia seguinte": (
        "O presente regulamento entra em vigor no vigésimo dia seguinte ao da sua publicação no Jornal Oficial.",
        "2025-09-02",
        {(EIF, "2025-09-22", True)},
    ),
    "day after its notification in the Gazette": (
        "This notice comes into force on the day after the date of its notification in the Gazette.",
        "2025-09-02",
        {(EIF, "2025-09-03", True)},
    ),
    "they are registered": (
        "These Regulations come into force on the day on which they are registered.\nRegistration 2025-09-04",
        None,
        {(EIF, "2025-09-04", True), ("registration", "2025-09-04", False)},
    ),
    "es día siguiente al de su publicación": (
        "La presente resolución entrará en vigor el día siguiente al de su publicación en el Diario Oficial.",
        "2025-06-10",
        {(EIF, "2025-06-11", True)},
    ),
    "days after publication in the Official Gazette": (
        "This Order shall take effect fifteen (15) days after its publication in the Official Gazette.",
        "2025-06-10",
        {(EIF, "2025-06-25", True)},
    ),
    "day after the instrument is registered": (
        "This instrument commences on the day after this instrument is registered.\nRegistered 2025-06-10",
        None,
        {(EIF, "2025-06-11", True), ("registration", "2025-06-10", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(DERIVED))
def test_derived_dates(name):
    text, published, expected = DERIVED[name]
    assert typed(text, published) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("from 1/4/24 and dated 15/11/23", ["2024-04-01", "2023-11-15"]),
        ("glued cells 01/03/202528/02/2026", ["2025-03-01", "2026-02-28"]),
        ("dd-mm-yyyy as 16-03-2025", ["2025-03-16"]),
        ("fractions 1/4/24 of the mixture, ratio 03/08/20, no. 2/13/22", []),
        ("10 out of 2024 applications were approved", []),
    ],
)
def test_written_forms(text, expected):
    assert [d.date.isoformat() for d in find_dates(text)] == expected
