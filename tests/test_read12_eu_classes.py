"""Round 9 (issue 15), read12-eu: the classes the misses of real EU, UK, Swiss, Turkish, Ukrainian and WTO texts
showed. A stop press's 'As of <date>, ... have been created', a duty maintained 'at its current level for N years
from <date>', a translated CIS act's date line, a Turkish gazette line, the act-by-act journal's number over its
date, a French report's own date; Swiss, Ukrainian and EU-schedule jurisdictions; an OJ section heading, the Swiss
gazette's banner and a portal's cut heading that are never titles; Turkish tariff quotas; Italian and Turkish
origins, an 'Origin' quota column, a withdrawing member that takes on a quota share; recitals that narrate the
duties an earlier regulation imposed. Every passage is written for these tests, in other words, numbers and
products than the set."""

import pytest

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed
from tests.test_rates_round7 import values
from tests.test_reader_r7 import read

DATE_CASES = {
    "a stop press: codes created 'as of' a day take effect then": (
        "Tariff Stop Press Notice 9 March 2032\n\nUpdate to safeguard measures on ceramic tiles.\n\n"
        "As of 12 March 2032, measure type 696 - Definitive safeguard duty measures have been created for the "
        "following commodity codes:\n\n6907210000 Other\n",
        {(DOC, "2032-03-09", False), (EIF, "2032-03-12", False)},
    ),
    "a recital's 'on <date> ... has submitted' stays history": (
        "On 4 February 2032 the association of tile makers has submitted a request for review to the Commission.\n",
        {(OTHER, "2032-02-04", False)},
    ),
    "a duty maintained at its current level for a number of years from a day: the period and its derived end": (
        "The Secretary of State has accepted a recommendation that the countervailing measures on glass fibre fabrics "
        "be maintained at their existing levels for 4 years from 11 October 2032.\n",
        {(START, "2032-10-11", False), (END, "2036-10-10", True)},
    ),
    "a translated CIS act: the date line under its heading is its own date": (
        "RESOLUTION OF THE CABINET OF MINISTERS\n\nof November 3, 2031 No. 947\n\nAbout the quotas for 2032\n\n"
        "The Cabinet of Ministers decides:\n1. Approve the quotas for 2032.\n",
        {(DOC, "2031-11-03", False)},
    ),
    "a Turkish communiqué's gazette line is its publication; a gazette it cites is not": (
        "Sırbistan Menşeli Bazı Sanayi Ürünleri İthalatında Tarife Kontenjanı Uygulanmasına İlişkin Tebliğ\n\n"
        "9 Temmuz 2031 Tarihli Resmî Gazete\n\nSayı: 33871\n\nMADDE 1 – (1) Bu Tebliğ, 2/3/2029 tarihli ve 31765 "
        "sayılı Resmî Gazete’de yayımlanan Karar uyarınca hazırlanmıştır.\n",
        {(PUB, "2031-07-09", False), (OTHER, "2029-03-02", False)},
    ),
    "the act-by-act journal printed as text: the act's number over the day it was published": (
        "2033/602\n21.6.2033\nCOUNCIL DECISION (EU) 2033/602\nof 12 June 2033\non the conclusion of an agreement on "
        "tariff-rate quotas\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n",
        {(PUB, "2033-06-21", False), (DOC, "2033-06-12", False)},
    ),
    "a French report's own date in its title": (
        "31.004 Rapport sur les mesures douanières prises en 2030 du 14 janvier 2031\n\n1\n\nGénéralités\n\n"
        "Le Conseil fédéral informe l'Assemblée fédérale des mesures qu'il a prises.\n",
        {(DOC, "2031-01-14", False)},
    ),
}


@pytest.mark.parametrize("name", list(DATE_CASES))
def test_dates_of_the_read12_eu_classes(name):
    text, expected = DATE_CASES[name]
    assert typed(text) == expected


def jurisdictions(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def test_jurisdictions_named_by_their_own_texts():
    swiss = (
        "Rapport sur les mesures tarifaires prises en 2031\n\nPar le présent rapport, le Conseil fédéral informe "
        "l'Assemblée fédérale des mesures prises en vertu de la loi sur le tarif des douanes (RS 632.10).\n"
    )
    ukrainian = (
        "of May 5, 2031 No. 388\n\nThe Cabinet of Ministers of Ukraine decides:\n1. Approve the list of goods whose "
        "import is subject to licensing.\n"
    )
    schedule = (
        "Letter from the European Union\n\nThe volume of tariff rate quota 071 (fresh strawberries) in the Union's "
        "Schedule CLXXV shall be adjusted to 1 210 tonnes.\n"
    )
    assert (jurisdictions(swiss), jurisdictions(ukrainian), jurisdictions(schedule)) == (["CH"], ["UA"], ["EU"])


def test_an_oj_section_heading_run_into_the_act_is_no_title():
    text = (
        "1 L 301/4 II (Non-legislative acts) REGULATIONS COMMISSION IMPLEMENTING REGULATION (EU) 2031/1770 of 6 "
        "December 2031 imposing a definitive anti-dumping duty on imports of steel wheels originating in the "
        "People's Republic of China THE EUROPEAN COMMISSION, Having regard to the Treaty on the Functioning of the "
        "European Union, Whereas: (1) On 2 March 2031 the Commission initiated an investigation.\n"
    )
    title, identifier = read(text, jurisdiction="EU")
    assert title.startswith("COMMISSION IMPLEMENTING REGULATION (EU) 2031/1770 of 6 December 2031 imposing")
    assert identifier == "Regulation (EU) 2031/1770"


def test_the_swiss_gazettes_banner_is_no_title():
    text = (
        "FF 2032 www.fedlex.admin.ch La version électronique signée fait foi\n\n"
        "Rapport sur les mesures tarifaires prises en 2031 du 12 janvier 2032\n\n1\n\nGénéralités\n\n"
        "Par le présent rapport, le Conseil fédéral informe l'Assemblée fédérale.\n"
    )
    title, _ = read(text, jurisdiction="CH")
    assert title == "Rapport sur les mesures tarifaires prises en 2031 du 12 janvier 2032"


def test_a_portals_heading_cut_before_its_celex_number_is_no_title():
    text = (
        "Agreement in the form of an Exchange of Letters between the European Union and t... (22031A00417)\n"
        "EU - Rechtsakte: 11 External relations\n\n\n"
        "Agreement in the form of an Exchange of Letters between the European Union and the Kingdom of Morocco "
        "relating to the modification of concessions on tariff rate quotas\n\n"
        "A.   Letter from the European Union\n\nI have the honour of referring to the negotiations.\n"
    )
    title, _ = read(text, jurisdiction="EU")
    assert title == (
        "Agreement in the form of an Exchange of Letters between the European Union and the Kingdom of Morocco "
        "relating to the modification of concessions on tariff rate quotas"
    )


def test_a_turkish_communique_on_tariff_quotas_and_its_origin():
    text = (
        "Sırbistan Menşeli Bazı Sanayi Ürünleri İthalatında Tarife Kontenjanı Uygulanmasına İlişkin Tebliğ\n\n"
        "Ticaret Bakanlığından:\n\nAmaç ve kapsam\n\nMADDE 1 – (1) Bu Tebliğin amacı, Sırbistan menşeli bazı sanayi "
        "ürünleri ithalatında uygulanacak tarife kontenjanlarının düzenlenmesidir.\n"
    )
    doc = analyse(text, jurisdiction="TR")
    assert [mention.type for mention in doc._.measures] == ["tariff_quota"]
    assert doc._.countries == {"implementing": ["TR"], "affected": ["RS"]}


def test_an_italian_act_names_its_origin_in_lower_case_words():
    text = (
        "REGOLAMENTO DI ESECUZIONE (UE) 2031/845 DELLA COMMISSIONE del 3 maggio 2031 che istituisce un dazio "
        "antidumping definitivo sulle importazioni di ruote in acciaio originarie della Repubblica popolare cinese\n\n"
        "LA COMMISSIONE EUROPEA,\n\nHA ADOTTATO IL PRESENTE REGOLAMENTO:\n\nArticolo 1\n\n1. È istituito un dazio "
        "antidumping definitivo sulle importazioni di ruote in acciaio originarie della Repubblica popolare cinese.\n"
    )
    assert analyse(text, jurisdiction="EU")._.countries == {"implementing": ["EU"], "affected": ["CN"]}


def test_a_withdrawing_member_that_takes_on_a_quota_share_is_no_origin():
    text = (
        "Agreement in the form of an Exchange of Letters between the European Union and the Republic of Ruritania "
        "relating to the modification of concessions as a consequence of the United Kingdom's withdrawal from the "
        "European Union\n\nA.   Letter from the European Union\n\n"
        "Ruritania agrees with apportioning the quantitative commitments whereby a quantity is taken on by the "
        "European Union that no longer includes the United Kingdom, with the remainder of the quantity taken on by "
        "the United Kingdom. The Union's volume of the erga omnes quota 052 (fresh asparagus) shall be adjusted "
        "to 930 tonnes.\n"
    )
    assert "GB" not in analyse(text, jurisdiction="EU")._.countries["affected"]


def test_a_quota_annexs_origin_column_names_the_origin():
    text = (
        "Commission Implementing Regulation (EU) 2031/402 of 2 April 2031 fixing the allocation coefficient for the "
        "tariff quotas for mushrooms\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe quantities applied for "
        "shall be multiplied by the allocation coefficient set out in the Annex.\n\nANNEX\n"
        "Origin | Order number | Allocation coefficient (%) |\n|---|---|---|\nChina | ||\n"
        "—New importers | 09.4104 | 7,208713 |\nOther third countries | ||\n—New importers | 09.4103 | — |\n"
    )
    assert analyse(text, jurisdiction="EU")._.countries["affected"] == ["CN"]


def test_recitals_narrating_duties_an_earlier_regulation_imposed_set_no_rate():
    english = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/98 of 20 January 2031 terminating the investigation "
        "concerning possible circumvention of the anti-dumping measures on steel wheels\n\nWhereas:\n\n"
        "(1) By Implementing Regulation (EU) 2027/410 the Council imposed a definitive anti-dumping duty of 43,6 % "
        "on imports of steel wheels originating in the People's Republic of China.\n"
    )
    italian = (
        "REGOLAMENTO DI ESECUZIONE (UE) 2031/99 DELLA COMMISSIONE del 21 gennaio 2031\n\nconsiderando quanto "
        "segue:\n\nCon il regolamento di esecuzione (UE) 2027/411, il Consiglio ha istituito un dazio antidumping "
        "definitivo a tassi compresi tra il 12,1 % e il 33,4 % sulle importazioni di ruote in acciaio.\n"
    )
    assert (values(english, jurisdiction="EU"), values(italian, jurisdiction="EU")) == ([], [])
