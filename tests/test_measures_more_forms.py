"""Measure types and affected countries in more forms: an anti-dumping investigation requested or opened 'for
alleged dumping' (Spanish and Portuguese), and Taiwan under its WTO names in other languages. Every passage is
written for these tests, in other countries' forms and with other products than any eval set."""

import pytest

from nlp.countries.names import find_country_names
from nlp.pipeline import analyse


def facts(text: str) -> tuple[set[str], list[str]]:
    doc = analyse(text)
    return {m.type for m in doc._.measures}, doc._.countries["affected"]


def test_a_request_to_open_an_investigation_for_alleged_dumping_read_from_its_recitals():
    text = (
        "MINISTERIO DE ECONOMÍA\nResolución 212/2031\nMontevideo, 14/03/2031\n"
        "VISTO el expediente N° 2031-5-1-0007, y\nCONSIDERANDO:\n"
        "Que la firma PAPELERA DEL ESTE S.A. presentó una solicitud de apertura de investigación por presunto "
        "dumping en las exportaciones hacia la REPÚBLICA ORIENTAL DEL URUGUAY de cartón corrugado originario de la "
        "REPÚBLICA DE INDIA y TAIPEI CHINO, que clasifica en la posición 4808.10.00.\n"
    )
    assert facts(text) == ({"anti_dumping"}, ["IN", "TW"])


def test_an_investigation_opened_for_alleged_dumping_practices():
    text = (
        "MINISTERIO DE LA PRODUCCIÓN\nResolución N° 31-2031/CDB\nLima, 9 de mayo de 2031\nCONSIDERANDO:\n"
        "Que la empresa Aceros del Sur S.A.C. solicitó el inicio de una investigación por presunto dumping en las "
        "exportaciones al Perú de tubos de acero originarios de la República de Corea y Taiwán;\nSE RESUELVE:\n"
        "Artículo 1.- Disponer el inicio del procedimiento de investigación por presuntas prácticas de dumping en "
        "las importaciones de tubos de acero originarios de la República de Corea y Taiwán.\n"
    )
    assert facts(text) == ({"anti_dumping"}, ["KR", "TW"])


@pytest.mark.parametrize(
    "text",
    [
        "originarias de Taipei Chino",
        "originárias do Taipé Chinês",
        "mit Ursprung in Chinesisch-Taipeh",
        "the Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu",
    ],
)
def test_taiwan_under_its_wto_names(text):
    assert [m.code for m in find_country_names(text)] == ["TW"]


def test_a_wto_safeguard_notification_does_not_make_its_own_member_affected():
    text = (
        "NOTIFICATION UNDER ARTICLE 12.1(c) OF THE AGREEMENT ON SAFEGUARDS\n\nChile\n\nWheat flour\n\n"
        "The following communication, dated 2 June 2031, is being circulated at the request of the delegation "
        "of Chile.\n\nPursuant to Article 12.1(c), Chile notifies its decision to extend the safeguard measure on "
        "wheat flour. Chile will apply the measure to imports from all origins.\n"
    )
    doc = analyse(text, jurisdiction="WTO (notifying Member: Chile)")
    assert doc._.countries == {"implementing": ["CL"], "affected": []}
