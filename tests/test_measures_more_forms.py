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


def measure_types(text: str) -> set[str]:
    return {m.type for m in analyse(text)._.measures}


SCHEDULES = {
    "an indian tariff item omitted from the first schedule": (
        "In exercise of the powers conferred by section 8A of the Customs Tariff Act, 1975, the Central Government "
        "hereby directs that the First Schedule to the said Act shall be amended as follows, namely:-\n"
        "In the First Schedule, in Chapter 85, tariff item 8517 13 00 and the entries relating thereto shall be "
        "omitted.\n",
        {"nomenclature_change"},
    ),
    "tariff items repealed from the list of tariff provisions and others added": (
        "ORDER AMENDING THE SCHEDULE TO THE CUSTOMS TARIFF (2031-1)\n"
        "1. Tariff item Nos. 2106.90.41 and 8479.89.70 in the List of Tariff Provisions set out in the schedule "
        "to the Customs Tariff are repealed.\n"
        "2. The List of Tariff Provisions set out in the schedule to the Act is amended by adding, in numerical "
        "order, the tariff items set out in the schedule to this Order.\n",
        {"nomenclature_change"},
    ),
    "a list of staged rates amended": (
        "ORDER AMENDING THE SCHEDULE TO THE CUSTOMS TARIFF (2031-2)\n"
        "1. The List of Intermediate and Final Rates for Tariff Items of the “K” Staging Category set out in the "
        "schedule to the Act is amended by adding the tariff item set out in the schedule to this Order.\n",
        {"duty_rate_change"},
    ),
    "a levy charged on imports at a rate, another exempted": (
        "RAILWAY DEVELOPMENT LEVY ACT\nORDER\n"
        "1. The Railway Development Levy, shall be charged and levied on import of each article specified in the "
        "First Schedule hereto at the reduced rate of 1.5%.\n"
        "2. Exempt the payment of the Railway Development Levy, on import of each article specified in the Second "
        "Schedule hereto.\n",
        {"duty_rate_change", "duty_suspension"},
    ),
    "items repealed from a surtax order's schedule are no nomenclature change": (
        "ORDER AMENDING THE STEEL GOODS SURTAX ORDER\nHer Excellency the Governor General in Council, pursuant to "
        "section 53 of the Customs Tariff, makes the annexed Order Amending the Steel Goods Surtax Order.\n"
        "1. Items 7208.10.00 and 7208.25.00 in Schedule 1 to the Steel Goods Surtax Order are repealed.\n",
        # a s. 53 surtax naming no origin is a duty rate change since round 19 (final7 726, final22 3226)
        {"duty_rate_change"},
    ),
}


@pytest.mark.parametrize("name", sorted(SCHEDULES))
def test_schedule_and_levy_amendments(name):
    text, expected = SCHEDULES[name]
    assert measure_types(text) == expected


def test_a_rate_increase_answering_another_countrys_retaliation_is_only_a_rate_change():
    text = (
        "AMENDMENT TO DUTIES ON IMPORTS FROM THE FEDERATIVE REPUBLIC OF BRAZIL\n\n"
        "By the authority vested in me as President, it is hereby ordered:\n\n"
        "Sec. 2. Tariff Increase. In recognition of the fact that Brazil has announced that it will retaliate "
        "against the United States, the HTSUS shall be modified to increase the ad valorem rate of duty on "
        "articles of Brazil from 10 percent to 40 percent.\n\n"
        "Sec. 3. De Minimis Tariff Increase. To ensure that the duties imposed under section 2 of this order are "
        "not circumvented, the duty on each postal item containing goods of Brazil shall increase from 20 dollars "
        "to 60 dollars.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_a_customs_announcement_of_the_code_to_declare_goods_under_a_remedy():
    text = (
        "Announcement of the Customs Administration on the declaration codes for goods subject to the provisional "
        "safeguard measure on alloy steel bars\n"
        "From 1 July 2031, when importers declare goods within the scope of the provisional safeguard measure under "
        "tariff line 7228.30, the commodity code shall be reported as 7228309010.\n"
    )
    assert measure_types(text) == {"safeguard", "nomenclature_change"}
