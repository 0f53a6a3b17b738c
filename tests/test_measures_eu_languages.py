"""Measures and their origins as EU acts name them in the official languages without a pipeline of their own
(issue 15, generalisation): the remedy imposed and the country the goods originate in, the quotas opened, the duties
suspended. One class per fact, parametrised over the languages; every passage is written for these tests in the
shape of the acts' formulas, with other goods than any set."""

import pytest

from nlp.pipeline import analyse


def measure_types(text):
    return {measure.type for measure in analyse(text, jurisdiction="EU")._.measures}


def affected(text):
    return analyse(text, jurisdiction="EU")._.countries["affected"]


# Article 1 of a definitive anti-dumping regulation on steel wire ropes originating in China
ANTI_DUMPING = {
    "nl": "Artikel 1\nEr wordt een definitief antidumpingrecht ingesteld op de invoer van staalkabels van oorsprong "
    "uit de Volksrepubliek China.",
    "pl": "Artykuł 1\nNakłada się ostateczne cło antydumpingowe na przywóz lin stalowych pochodzących z Chińskiej "
    "Republiki Ludowej.",
    "cs": "Článek 1\nUkládá se konečné antidumpingové clo z dovozu ocelových lan pocházejících z Čínské lidové "
    "republiky.",
    "sk": "Článok 1\nUkladá sa konečné antidumpingové clo na dovoz oceľových lán s pôvodom v Čínskej ľudovej "
    "republike.",
    "sl": "Člen 1\nUvede se dokončna protidampinška dajatev na uvoz jeklenih vrvi s poreklom iz Ljudske republike "
    "Kitajske.",
    "hr": "Članak 1.\nUvodi se konačna antidampinška pristojba na uvoz čeličnih užadi podrijetlom iz Narodne "
    "Republike Kine.",
    "ro": "Articolul 1\nSe instituie o taxă antidumping definitivă la importurile de cabluri din oțel originare din "
    "Republica Populară Chineză.",
    "hu": "1. cikk\nA Kínai Népköztársaságból származó acélkötelek behozatalára végleges dömpingellenes vámot kell "
    "kivetni.",
    "bg": "Член 1\nНалага се окончателно антидъмпингово мито върху вноса на стоманени въжета с произход от "
    "Китайската народна република.",
    "fi": "1 artikla\nOtetaan käyttöön lopullinen polkumyyntitulli Kiinan kansantasavallasta peräisin olevien "
    "teräsköysien tuonnissa.",
    "lt": "1 straipsnis\nNustatomas galutinis antidempingo muitas Kinijos Liaudies Respublikos kilmės plieno lynų "
    "importui.",
    "lv": "1. pants\nAr šo tiek noteikts galīgais antidempinga maksājums Ķīnas Tautas Republikas izcelsmes tērauda "
    "trošu importam.",
    "et": "Artikkel 1\nKehtestatakse lõplik dumpinguvastane tollimaks Hiina Rahvavabariigist pärit terastrosside "
    "impordi suhtes.",
}


class TestAntiDumpingDutyImposed:
    @pytest.mark.parametrize("language", sorted(ANTI_DUMPING))
    def test_the_measure(self, language):
        assert measure_types(ANTI_DUMPING[language]) == {"anti_dumping"}

    @pytest.mark.parametrize("language", sorted(ANTI_DUMPING))
    def test_the_origin(self, language):
        assert affected(ANTI_DUMPING[language]) == ["CN"]

    def test_greek_names_the_measure(self):
        text = (
            "Άρθρο 1\nΕπιβάλλεται οριστικός δασμός αντιντάμπινγκ στις εισαγωγές συρματόσχοινων από χάλυβα "
            "καταγωγής Λαϊκής Δημοκρατίας της Κίνας."
        )
        assert measure_types(text) == {"anti_dumping"}


class TestOtherOrigins:
    @pytest.mark.parametrize(
        "text,code",
        [
            ("Artykuł 1\nNakłada się ostateczne cło antydumpingowe na przywóz rur pochodzących z Turcji.", "TR"),
            ("Článek 1\nUkládá se konečné antidumpingové clo z dovozu trubek pocházejících z Indie.", "IN"),
            (
                "Članak 1.\nUvodi se konačna antidampinška pristojba na uvoz cijevi podrijetlom iz Ruske Federacije.",
                "RU",
            ),
            (
                "Articolul 1\nSe instituie o taxă antidumping definitivă la importurile de țevi originare din Indonezia.",
                "ID",
            ),
            ("1 straipsnis\nNustatomas galutinis antidempingo muitas Vietnamo kilmės vamzdžių importui.", "VN"),
        ],
        ids=["pl-TR", "cs-IN", "hr-RU", "ro-ID", "lt-VN"],
    )
    def test_the_origin(self, text, code):
        assert affected(text) == [code]


class TestTariffQuotasOpened:
    PASSAGES = {
        "nl": "Artikel 1\nDe tariefcontingenten van de Unie voor bepaalde bosbouwproducten worden geopend voor de "
        "periode 2033-2035.",
        "pl": "Artykuł 1\nOtwiera się kontyngenty taryfowe Unii na niektóre produkty leśne na okres 2033-2035.",
        "cs": "Článek 1\nPro období 2033-2035 se otevírají celní kvóty Unie pro některé lesnické produkty.",
        "ro": "Articolul 1\nSe deschid contingentele tarifare ale Uniunii pentru anumite produse forestiere pentru "
        "perioada 2033-2035.",
        "hu": "1. cikk\nA 2033-2035-ös időszakra megnyitják az egyes erdészeti termékekre vonatkozó uniós "
        "vámkontingenseket.",
        "fi": "1 artikla\nAvataan unionin tariffikiintiöt tietyille metsätaloustuotteille kaudeksi 2033-2035.",
        "bg": "Член 1\nОткриват се тарифните квоти на Съюза за някои горски продукти за периода 2033-2035 г.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_the_measure(self, language):
        assert measure_types(self.PASSAGES[language]) == {"tariff_quota"}


class TestDutiesSuspended:
    PASSAGES = {
        "it": "Articolo 1\nSono sospesi i dazi autonomi della tariffa doganale comune per i motori elencati "
        "nell'allegato.",
        "pl": "Artykuł 1\nZawiesza się cła autonomiczne wspólnej taryfy celnej na silniki wymienione w załączniku.",
        "ro": "Articolul 1\nSe suspendă taxele vamale autonome pentru motoarele enumerate în anexă.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_the_measure(self, language):
        assert measure_types(self.PASSAGES[language]) == {"duty_suspension"}
