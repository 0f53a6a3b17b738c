"""North American documents whose measure types one keyword does not decide (issue 15, round 18, read21-na): CITT
orders in English and French, ITA notices, GSP proclamations, Mexican licensing acts and 'cuota compensatoria'
resolutions, a CBP quota message. The classes their misses showed, with the cue that decides each: Mexico's prior
permit ('permiso previo') and automatic notice ('aviso automático') are licensing; a 'cuota compensatoria' (the word
for both remedies' duties) imposed by an anti-subsidy investigation is countervailing; a tribunal's order amended
'afin d'exclure' goods carves them out, from a day that may precede the order; the French heading 'Ordonnance et
motifs rendus' over 'le mercredi <date>' dates the order; a legal compilation's '(Publicado en el Diario Oficial de
la Federación el <date>)' after the act's title is its publication; entries 'subject to suspension of liquidation
effective <date>' are reached from that day; 'EU ÉGARD À' is French, not the Union; 'Taipei chinois' is Chinese
Taipei; the CITT's French names say Canada acts. Every passage is written for these tests."""

from tests.fact_readers import affected, dates, jurisdiction, measures

# --- measures: Mexico's licences ------------------------------------------------------------------------------------

PRIOR_PERMIT = (
    "ACUERDO QUE SUJETA AL REQUISITO DE PERMISO PREVIO DE IMPORTACIÓN LA IMPORTACIÓN DE NEUMÁTICOS USADOS\n\n"
    "Al margen un sello con el Escudo Nacional, que dice: Estados Unidos Mexicanos.- Secretaría de Economía.\n\n"
    "ARTÍCULO PRIMERO.- Se sujeta al requisito de permiso previo de importación por parte de la Secretaría de "
    "Economía la importación de las mercancías comprendidas en las fracciones arancelarias 4012.20.01 y 4012.20.99.\n"
)


def test_goods_made_subject_to_a_prior_import_permit_are_licensing():
    assert measures(PRIOR_PERMIT) == ["licensing"]


def test_goods_made_subject_to_an_automatic_import_notice_are_licensing():
    text = (
        "ACUERDO por el que se sujeta al requisito de aviso automático de importación la importación de productos "
        "siderúrgicos.\n\nARTÍCULO ÚNICO.- Se sujetan al requisito de aviso automático de importación las mercancías "
        "comprendidas en las fracciones arancelarias 7208.10.01 y 7208.25.01.\n"
    )
    assert measures(text) == ["licensing"]


# --- measures: a duty named for both remedies -------------------------------------------------------------------


def expiry_review(case: str) -> str:
    return (
        "RESOLUCIÓN Final del procedimiento administrativo de examen de vigencia de la cuota compensatoria impuesta a "
        "las importaciones de ácido cítrico originarias de Ruritania, independientemente del país de procedencia.\n\n"
        "Visto para resolver en la etapa final el expediente administrativo E.C. 07/30, se emite la presente "
        "Resolución de conformidad con los siguientes\n\nRESULTANDOS\n\n"
        f"A. Resolución final de la investigación {case}\n\n"
        "1. El 3 de marzo de 2025 se publicó en el Diario Oficial de la Federación la Resolución final de la "
        f"investigación {case} sobre las importaciones de ácido cítrico, mediante la cual se impuso una cuota "
        "compensatoria definitiva de 18.40%.\n\nRESOLUTIVOS\n\n"
        "2. Se prorroga la vigencia de la cuota compensatoria definitiva por cinco años más.\n"
    )


def test_a_cuota_compensatoria_imposed_by_an_anti_subsidy_investigation_is_countervailing():
    assert measures(expiry_review("antisubvención")) == ["countervailing"]


def test_a_cuota_compensatoria_imposed_by_an_anti_dumping_investigation_stays_anti_dumping():
    assert measures(expiry_review("antidumping")) == ["anti_dumping"]


# --- a Canadian tribunal's order in French ------------------------------------------------------------------------

INTERIM_REVIEW = (
    "CERTAINS TUYAUX EN CUIVRE\nRéexamen intermédiaire no RD-2030-004\n\n"
    "Ordonnance et motifs rendus\nle jeudi 12 juin 2031\n\n"
    "EU ÉGARD À un réexamen intermédiaire, aux termes du paragraphe 76.01(1) de la Loi sur les mesures spéciales "
    "d’importation, des conclusions rendues par le Tribunal canadien du commerce extérieur le 4 avril 2027 "
    "concernant :\n\nLE DUMPING DE CERTAINS TUYAUX EN CUIVRE ORIGINAIRES OU EXPORTÉS DE LA RÉPUBLIQUE POPULAIRE DE "
    "CHINE ET DU TAIPEI CHINOIS\n\nORDONNANCE\n\n"
    "Aux termes de l’alinéa 76.01(5)b) de la Loi sur les mesures spéciales d’importation, le Tribunal canadien du "
    "commerce extérieur modifie par la présente ses conclusions afin d’exclure, à compter du 3 juin 2030, les "
    "marchandises suivantes : tuyaux en cuivre d’un diamètre extérieur supérieur à 200 mm.\n"
)


def test_an_order_amended_to_exclude_goods_carves_them_out_of_the_remedy():
    assert measures(INTERIM_REVIEW) == ["anti_dumping", "exclusion"]


def test_the_french_heading_dates_the_order_and_the_exclusion_reaches_back_to_its_own_day():
    found = dates(INTERIM_REVIEW)
    assert ("document_date", "2031-06-12") in found
    assert ("entry_into_force", "2030-06-03") in found
    assert ("other", "2027-04-04") in found


def test_reasons_issued_alone_under_their_heading_do_not_date_the_order():
    text = "CERTAINS TUYAUX EN CUIVRE\nEnquête no NQ-2030-002\n\nMotifs rendus\nle lundi 7 juillet 2031\n"
    assert dates(text) == [("other", "2031-07-07")]


def test_eu_egard_is_french_and_taipei_chinois_is_chinese_taipei():
    assert affected(INTERIM_REVIEW) == ["CN", "TW"]


def test_the_tribunals_french_names_say_canada_acts():
    assert jurisdiction(INTERIM_REVIEW) == ["CA"]


# --- dates: a Mexican compilation's note, a suspension of liquidation ---------------------------------------------


def test_a_compilations_note_after_the_title_is_the_acts_publication_and_a_cited_acts_is_not():
    text = (
        "ACUERDO por el que se dan a conocer los cupos para importar carne de bovino (Publicado en el Diario Oficial "
        "de la Federación el 14/05/2031) Al margen un sello con el Escudo Nacional. CONSIDERANDO Que el Acuerdo de "
        "cupos (publicado en el Diario Oficial de la Federación el 2 de marzo de 2030) establece el procedimiento.\n"
    )
    assert dates(text) == [("other", "2030-03-02"), ("publication", "2031-05-14")]


def test_entries_subject_to_suspension_of_liquidation_from_an_earlier_day_are_reached_from_it():
    text = (
        "Federal Register / Vol. 96, No. 51 / Monday, March 17, 2031 / Notices\n"
        "SUMMARY: The Department of Commerce preliminarily determines that imports of steel wheel blanks from "
        "Ruritania are circumventing the antidumping duty order on steel wheels from Freedonia. As a result, imports "
        "of steel wheel blanks from Ruritania will be subject to suspension of liquidation effective May\n"
        "4, 2030.\nDATES: Applicable March 17, 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2030-05-04") in found
    assert ("entry_into_force", "2031-03-17") in found


# --- dates: a legislation database's XML elements -----------------------------------------------------------------


def test_a_legislation_xmls_date_elements_are_typed_by_the_element_they_stand_in():
    text = (
        '<?xml version="1.0" encoding="utf-8"?><Regulation lims:pit-date="2031-02-11" regulation-type="SOR">'
        "<Identification><InstrumentNumber>SOR/2030-77</InstrumentNumber><RegistrationDate><Date><YYYY>2030</YYYY>"
        "<MM>4</MM><DD>17</DD></Date></RegistrationDate><ConsolidationDate><Date><YYYY>2031</YYYY><MM>2</MM>"
        "<DD>11</DD></Date></ConsolidationDate><ShortTitle>Widget Parts Remission Order</ShortTitle>"
        "<RegulationMakerOrder><RegulationMaker>P.C.</RegulationMaker><OrderNumber>2030-301</OrderNumber><Date>"
        "<YYYY>2030</YYYY><MM>4</MM><DD>9</DD></Date></RegulationMakerOrder></Identification>"
    )
    found = dates(text)
    assert ("registration", "2030-04-17") in found
    assert ("document_date", "2030-04-09") in found
    assert ("other", "2031-02-11") in found
