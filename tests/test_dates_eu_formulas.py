"""The formulas every EU act repeats in each official language (issue 15, generalisation): the entry into force a
number of days after the publication, the application's start, the signature's date. Each class is one fact,
parametrised over the languages; every passage is written for these tests in the shape of the formula."""

import pytest

from nlp.dates.extract import extract_dates

PUBLISHED = "2031-03-04"


def typed(text, published=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published, "EU")}


class TestEntryIntoForceTwentyDaysAfterPublication:
    PASSAGES = {
        "it": "La presente decisione entra in vigore il ventesimo giorno successivo alla pubblicazione nella Gazzetta "
        "ufficiale dell'Unione europea.",
        "es": "La presente Decisión entrará en vigor a los veinte días de su publicación en el Diario Oficial de la "
        "Unión Europea.",
        "nl": "Dit besluit treedt in werking op de twintigste dag na die van de bekendmaking ervan in het "
        "Publicatieblad van de Europese Unie.",
        "pl": "Niniejsza decyzja wchodzi w życie dwudziestego dnia po jej opublikowaniu w Dzienniku Urzędowym Unii "
        "Europejskiej.",
        "sv": "Detta beslut träder i kraft den tjugonde dagen efter det att det har offentliggjorts i Europeiska "
        "unionens officiella tidning.",
        "da": "Denne afgørelse træder i kraft på tyvendedagen efter offentliggørelsen i Den Europæiske Unions Tidende.",
        "fi": "Tämä päätös tulee voimaan kahdentenakymmenentenä päivänä sen jälkeen, kun se on julkaistu Euroopan "
        "unionin virallisessa lehdessä.",
        "cs": "Toto rozhodnutí vstupuje v platnost dvacátým dnem po vyhlášení v Úředním věstníku Evropské unie.",
        "el": "Η παρούσα απόφαση αρχίζει να ισχύει την εικοστή ημέρα από τη δημοσίευσή της στην Επίσημη Εφημερίδα "
        "της Ευρωπαϊκής Ένωσης.",
        "ro": "Prezenta decizie intră în vigoare în a douăzecea zi de la data publicării în Jurnalul Oficial al "
        "Uniunii Europene.",
        "hu": "Ez a határozat az Európai Unió Hivatalos Lapjában való kihirdetését követő huszadik napon lép hatályba.",
        "sk": "Toto rozhodnutie nadobúda účinnosť dvadsiatym dňom po jeho uverejnení v Úradnom vestníku Európskej "
        "únie.",
        "sl": "Ta sklep začne veljati dvajseti dan po objavi v Uradnem listu Evropske unije.",
        "hr": "Ova Odluka stupa na snagu dvadesetog dana od dana objave u Službenom listu Europske unije.",
        "bg": "Настоящото решение влиза в сила на двадесетия ден след деня на публикуването му в Официален вестник "
        "на Европейския съюз.",
        "lt": "Šis sprendimas įsigalioja dvidešimtą dieną po jo paskelbimo Europos Sąjungos oficialiajame leidinyje.",
        "lv": "Šis lēmums stājas spēkā divdesmitajā dienā pēc tā publicēšanas Eiropas Savienības Oficiālajā Vēstnesī.",
        "et": "Käesolev otsus jõustub kahekümnendal päeval pärast selle avaldamist Euroopa Liidu Teatajas.",
        "ru": "Настоящее решение вступает в силу на двадцатый день после его опубликования в Официальном журнале "
        "Европейского союза.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_the_twentieth_day_after_publication(self, language):
        assert typed(self.PASSAGES[language], PUBLISHED) == {("entry_into_force", "2031-03-24", True)}


class TestEntryIntoForceTheDayAfterPublication:
    PASSAGES = {
        "it": "Il presente regolamento entra in vigore il giorno successivo a quello della pubblicazione nella "
        "Gazzetta ufficiale dell'Unione europea.",
        "nl": "Deze verordening treedt in werking op de dag volgende op die van de bekendmaking ervan in het "
        "Publicatieblad van de Europese Unie.",
        "pl": "Niniejsze rozporządzenie wchodzi w życie następnego dnia po jego opublikowaniu w Dzienniku "
        "Urzędowym Unii Europejskiej.",
        "sv": "Denna förordning träder i kraft dagen efter det att den har offentliggjorts i Europeiska unionens "
        "officiella tidning.",
        "da": "Denne forordning træder i kraft dagen efter offentliggørelsen i Den Europæiske Unions Tidende.",
        "fi": "Tämä asetus tulee voimaan seuraavana päivänä sen jälkeen, kun se on julkaistu Euroopan unionin "
        "virallisessa lehdessä.",
        "cs": "Toto nařízení vstupuje v platnost dnem následujícím po dni vyhlášení v Úředním věstníku Evropské unie.",
        "el": "Ο παρών κανονισμός αρχίζει να ισχύει την επομένη της δημοσίευσής του στην Επίσημη Εφημερίδα της "
        "Ευρωπαϊκής Ένωσης.",
        "ro": "Prezentul regulament intră în vigoare în ziua următoare datei publicării în Jurnalul Oficial al "
        "Uniunii Europene.",
        "hu": "Ez a rendelet az Európai Unió Hivatalos Lapjában való kihirdetését követő napon lép hatályba.",
        "sk": "Toto nariadenie nadobúda účinnosť dňom nasledujúcim po jeho uverejnení v Úradnom vestníku Európskej "
        "únie.",
        "sl": "Ta uredba začne veljati dan po objavi v Uradnem listu Evropske unije.",
        "hr": "Ova Uredba stupa na snagu sljedećeg dana od dana objave u Službenom listu Europske unije.",
        "bg": "Настоящият регламент влиза в сила в деня след публикуването му в Официален вестник на Европейския съюз.",
        "lt": "Šis reglamentas įsigalioja kitą dieną po jo paskelbimo Europos Sąjungos oficialiajame leidinyje.",
        "lv": "Šī regula stājas spēkā nākamajā dienā pēc tās publicēšanas Eiropas Savienības Oficiālajā Vēstnesī.",
        "et": "Käesolev määrus jõustub järgmisel päeval pärast selle avaldamist Euroopa Liidu Teatajas.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_the_day_after_publication(self, language):
        assert typed(self.PASSAGES[language], PUBLISHED) == {("entry_into_force", "2031-03-05", True)}


class TestApplicationStart:
    PASSAGES = {
        "pt": "O presente regulamento é aplicável a partir de 1 de setembro de 2031.",
        "pl": "Artykuł 3 ma zastosowanie od dnia 1 września 2031 r.",
        "sv": "Artikel 3 ska tillämpas från och med den 1 september 2031.",
        "da": "Artikel 3 anvendes fra den 1. september 2031.",
        "fi": "Sitä sovelletaan 1 päivästä syyskuuta 2031.",
        "cs": "Článek 3 se použije ode dne 1. září 2031.",
        "el": "Το άρθρο 3 εφαρμόζεται από την 1η Σεπτεμβρίου 2031.",
        "ro": "Articolul 3 se aplică de la 1 septembrie 2031.",
        "hu": "A 3. cikket 2031. szeptember 1-jétől kell alkalmazni.",
        "sk": "Článok 3 sa uplatňuje od 1. septembra 2031.",
        "sl": "Člen 3 se uporablja od 1. septembra 2031.",
        "hr": "Članak 3. primjenjuje se od 1. rujna 2031.",
        "bg": "Член 3 се прилага от 1 септември 2031 г.",
        "lt": "3 straipsnis taikomas nuo 2031 m. rugsėjo 1 d.",
        "lv": "Šīs regulas 3. pantu piemēro no 2031. gada 1. septembra.",
        "et": "Artiklit 3 kohaldatakse alates 1. septembrist 2031.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_shall_apply_from(self, language):
        assert typed(self.PASSAGES[language]) == {("application_start", "2031-09-01", False)}


class TestSignatureDate:
    PASSAGES = {
        "it": "Fatto a Lussemburgo, il 14 giugno 2031.",
        "nl": "Gedaan te Luxemburg, 14 juni 2031.",
        "pl": "Sporządzono w Luksemburgu dnia 14 czerwca 2031 r.",
        "da": "Udfærdiget i Luxembourg, den 14. juni 2031.",
        "fi": "Tehty Luxemburgissa 14 päivänä kesäkuuta 2031.",
        "cs": "V Lucemburku dne 14. června 2031.",
        "el": "Βρυξέλλες, 14 Ιουνίου 2031.",
        "ro": "Adoptat la Luxemburg, 14 iunie 2031.",
        "hu": "Kelt Luxembourgban, 2031. június 14-én.",
        "sk": "V Luxemburgu 14. júna 2031.",
        "sl": "V Luxembourgu, 14. junija 2031.",
        "hr": "Sastavljeno u Luxembourgu 14. lipnja 2031.",
        "bg": "Съставено в Люксембург на 14 юни 2031 година.",
        "lt": "Priimta Liuksemburge 2031 m. birželio 14 d.",
        "lv": "Briselē, 2031. gada 14. jūnijā.",
        "et": "Brüssel, 14. juuni 2031.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_done_at(self, language):
        assert typed(self.PASSAGES[language]) == {("document_date", "2031-06-14", False)}


class TestYearFirstDates:
    @pytest.mark.parametrize(
        "text",
        ["2031. június 14-én", "2031 m. birželio 14 d.", "2031. gada 14. jūnijā"],
        ids=["hu", "lt", "lv"],
    )
    def test_read_as_one_date(self, text):
        assert [d.date for d in extract_dates(f"Dátum: {text}.", None, "EU")] == ["2031-06-14"]

    def test_a_year_followed_by_a_month_and_a_number_is_not_one_without_the_years_mark(self):
        assert extract_dates("In 2031 June 14 vessels were inspected.", None, "EU") == []


def test_croatian_october_is_left_to_polish_november():
    """'listopada' is November in Polish and October in Croatian: one name reads as one month, Polish's."""
    assert typed("Sporządzono w Brukseli dnia 9 listopada 2031 r.") == {("document_date", "2031-11-09", False)}


class TestTheActsOwnDateUnderItsTitle:
    PASSAGES = {
        "sk": "VYKONÁVACIE NARIADENIE KOMISIE (EÚ) 2031/88\nz 5. mája 2031,\nktorým sa mení nariadenie o colných kvótach",
        "sl": "IZVEDBENA UREDBA KOMISIJE (EU) 2031/88\nz dne 5. maja 2031\no spremembi uredbe o tarifnih kvotah",
        "ro": "REGULAMENTUL DE PUNERE ÎN APLICARE (UE) 2031/88 AL COMISIEI\ndin 5 mai 2031\nde modificare a "
        "regulamentului privind contingentele tarifare",
        "el": "ΕΚΤΕΛΕΣΤΙΚΟΣ ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2031/88 ΤΗΣ ΕΠΙΤΡΟΠΗΣ\nτης 5ης Μαΐου 2031\nγια την τροποποίηση του "
        "κανονισμού σχετικά με τις δασμολογικές ποσοστώσεις",
        "bg": "РЕГЛАМЕНТ ЗА ИЗПЪЛНЕНИЕ (ЕС) 2031/88 НА КОМИСИЯТА\nот 5 май 2031 година\nза изменение на регламента "
        "относно тарифните квоти",
        "fi": "KOMISSION TÄYTÄNTÖÖNPANOASETUS (EU) 2031/88,\nannettu 5 päivänä toukokuuta 2031,\ntariffikiintiöistä "
        "annetun asetuksen muuttamisesta",
        "sv": "KOMMISSIONENS GENOMFÖRANDEFÖRORDNING (EU) 2031/88\nav den 5 maj 2031\nom ändring av förordningen om "
        "tullkvoter",
        "da": "KOMMISSIONENS GENNEMFØRELSESFORORDNING (EU) 2031/88\naf 5. maj 2031\nom ændring af forordningen om "
        "toldkontingenter",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_the_date_line_under_the_title(self, language):
        assert typed(self.PASSAGES[language]) == {("document_date", "2031-05-05", False)}
