"""Eurasian Economic Commission decisions in Russian, Kazakh and Armenian, an Armenian government decision and
Armenian relays, by class (round 26 second pass, final29 4037-4044). Each class has a passage in the final29
document's own kind, one in another wording or language, and a near miss that must not give the fact. Every passage
is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, jurisdiction, measures, rates


def _codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def _quotas(text: str) -> list[tuple[float, str]]:
    return [(quota.amount, quota.unit) for quota in analyse(text)._.quotas]


# --- a heading named by the nomenclature's noun AFTER it (Kazakh, Armenian) ------------------------------------------


def test_d_kazakh_heading_before_its_noun():
    """Class: '2106 тауар позициясында сыныпталады' (is classified in heading 2106, final29 4042): Kazakh puts the
    noun after the number, as Turkish does."""
    text = (
        "Еуразиялық экономикалық комиссия Алқасы шешті:\n1. Шырын қосылған жеміс желесі Бірыңғай тауар "
        "номенклатурасының 2007 тауар позициясында сыныпталады."
    )
    assert _codes(text) == ["2007"]


def test_d_armenian_heading_before_its_noun():
    """Same class in Armenian ('3917 ապրանքային դիրքում', in heading 3917, final29 4038), a subheading's noun too."""
    text = (
        "1. Սառեցված ձկան ֆիլեն դասակարգվում է միասնական ապրանքային անվանացանկի 0304 ապրանքային դիրքում, իսկ "
        "կտրատված կտորները՝ 0304 89 ենթադիրքում:"
    )
    assert _codes(text) == ["0304", "030489"]


def test_d_year_before_a_heading_noun_is_no_code():
    """Near miss: a year or a count before the noun ('2020 тауар позициясы' in a report's sentence) is no heading."""
    text = "2020 тауар позициясы бойынша мәліметтер жиналды, 1500 тауар позициясы тексерілді."
    assert _codes(text) == []


# --- a classification decision is 'other' in Russian, Kazakh and Armenian --------------------------------------------


def test_d_russian_classification_decision_is_other():
    """Class: the Board's classification decision ('... классифицируется в субпозиции 8311 20 000 0 ЕТН ВЭД ЕАЭС',
    final29 4037) acts on no duty: 'other', as the EU's classification regulations are."""
    text = (
        "Коллегия Евразийской экономической комиссии решила:\n1. Нагреватель воды проточный электрический "
        "классифицируется в субпозиции 8516 10 800 0 единой Товарной номенклатуры внешнеэкономической деятельности "
        "Евразийского экономического союза."
    )
    assert measures(text) == ["other"]


def test_d_kazakh_and_armenian_classification_decisions_are_other():
    """Same class in Kazakh ('... 2106 тауар позициясында сыныпталады', final29 4042) and Armenian ('դասակարգվում են
    ... 3917 ապրանքային դիրքում', a title '... դասակարգման մասին', final29 4038)."""
    kazakh = (
        "Еуразиялық экономикалық комиссия Алқасы шешті:\n1. Балалар ойыншығы Бірыңғай тауар номенклатурасының 9503 "
        "тауар позициясында сыныпталады."
    )
    armenian = (
        "Մանկական խաղալիքի՝ ըստ ապրանքային անվանացանկի, դասակարգման մասին\n1. Մանկական խաղալիքները դասակարգվում "
        "են միասնական ապրանքային անվանացանկի 9503 ապրանքային դիրքում:"
    )
    assert measures(kazakh) == ["other"]
    assert measures(armenian) == ["other"]


def test_d_goods_classified_under_a_rate_are_no_classification_decision():
    """Near miss: goods described as classified in a subheading (a participle) in a decision setting their rate:
    a rate change, no 'other'."""
    text = (
        "Коллегия решила: 1. Установить ставку ввозной таможенной пошлины Единого таможенного тарифа в отношении "
        "товаров, классифицируемых в субпозиции 3402 90, в размере 5 процентов от таможенной стоимости."
    )
    assert "other" not in measures(text)


# --- a zero rate set until a day is a suspension, in Kazakh and Armenian ----------------------------------------------


def test_d_kazakh_zero_rate_until_a_day_is_a_suspension():
    """Class: the CCT's import duty set 'кедендік құнның 0 пайызы мөлшерінде' until a day inclusive ('қоса алғанда
    2023 жылғы 31 қазанға дейін', final29 4039): a suspension with its 0% rate, no rate change."""
    text = (
        "1. ЕАЭО СЭҚ ТН 2922 41 000 0 кодымен сыныпталатын лизинге қатысты Бірыңғай кедендік тарифінің кедендік "
        "әкелу баждарының ставкалары осы Шешім күшіне енген күннен бастап қоса алғанда 2031 жылғы 30 маусымға дейін "
        "кедендік құнның 0 пайызы мөлшерінде белгіленсін."
    )
    assert measures(text) == ["duty_suspension"]
    assert [(value, unit) for value, unit, _ in rates(text)] == [(0, "percent")]


def test_d_armenian_zero_rate_for_a_term_is_a_suspension():
    """Same class in Armenian: 'մաքսատուրքի 0 տոկոս դրույքաչափ' applied until a day inclusive ('ներառյալ')."""
    text = (
        "Կիրառել ներմուծման մաքսատուրքի 0 տոկոս դրույքաչափ հացահատիկի նկատմամբ մինչև 2031 թվականի դեկտեմբերի 31-ը "
        "ներառյալ:"
    )
    assert measures(text) == ["duty_suspension"]


def test_d_kazakh_non_zero_rate_stays_a_rate_change():
    """Near miss: a non-zero rate set with no term ('кедендік құнның 5 пайызы') changes the rate."""
    text = (
        "1. Бірыңғай кедендік тарифінің кедендік әкелу баждарының ставкалары кедендік құнның 5 пайызы мөлшерінде "
        "белгіленсін."
    )
    assert measures(text) == ["duty_rate_change"]
    assert [(value, unit) for value, unit, _ in rates(text)] == [(5, "percent")]


# --- a volume 'not more than' at a zero rate, under a licence: a quota -------------------------------------------------


def test_d_armenian_volume_at_zero_rate_is_a_licensed_quota():
    """Class: imports at a 0% rate 'in a volume of not more than 400 tonnes, with a licence' (final29 4043): a tariff
    quota and licensing, its volume read; no rate change of its own."""
    text = (
        "2031 թվականի ընթացքում Չինաստանի ծագում ունեցող սոյայի ներմուծումը թույլատրվում է 0 տոկոս ներմուծման "
        "մաքսատուրքի դրույքաչափի կիրառման պայմանով` 1500 տոննայից ոչ ավելի ծավալով` լիցենզիայի առկայության դեպքում:"
    )
    assert measures(text) == ["licensing", "tariff_quota"]
    assert _quotas(text) == [(1500, "tonnes")]


def test_d_russian_volume_at_zero_rate_is_a_licensed_quota():
    """Same class in Russian ('в объеме не более 2000 тонн при наличии лицензии')."""
    text = (
        "В 2031 году ввоз сахара-сырца разрешается с применением ставки ввозной таможенной пошлины 0 процентов в "
        "объеме не более 2000 тонн при наличии лицензии."
    )
    assert measures(text) == ["licensing", "tariff_quota"]


def test_d_volume_ceiling_without_zero_rate_is_no_quota():
    """Near miss: a volume 'not more than' without a reduced rate (a packaging limit) opens no quota."""
    text = "Ставки ввозных таможенных пошлин на мед в упаковках в объеме не более 5 литров повышаются до 15 процентов."
    assert "tariff_quota" not in measures(text)


# --- Armenian and Kazakh date lines of an EEC decision ----------------------------------------------------------------


def test_d_armenian_heading_date_and_site_publication_line():
    """Class: the decision's date alone on its heading line ('5 մայիսի 2015 թվականի |' over 'թիվ 43 |') and the site's
    publication line at the end ('Հրապարակվել է կայքում 08 դեկտեմբերի 2015 թվական', final29 4038)."""
    text = (
        "ԿՈԼԵԳԻԱ\nՈ Ր Ո Շ Ո Ւ Մ\n12 մարտի 2031 թվականի |\nթիվ 7 |\nքաղ. Մոսկվա |\nՍույն Որոշումն ուժի մեջ է "
        "մտնում դրա պաշտոնական հրապարակման օրվանից 30 օրացուցային օրը լրանալուց հետո։\nՀրապարակվել է կայքում 20 "
        "ապրիլի 2031 թվական:"
    )
    assert dates(text) == [("document_date", "2031-03-12"), ("publication", "2031-04-20")]


def test_d_kazakh_annex_heading_date_floor_and_cited_treaty():
    """Class: a Kazakh EEC decision dated only in its annex's heading ('Алқасының 2017 жылғы 8 маусымдағы № 65
    шешіміне ҚОСЫМША'), in force 'not earlier than' a day ('бірақ ерте дегенде ... кейін күшіне енеді'), the Treaty on
    the Union cited by its date before its name (final29 4040): the treaty's date is no document date."""
    text = (
        "2014 жылғы 29 мамырдағы Еуразиялық экономикалық одақ туралы шарттың 42-бабына сәйкес Алқа шешті:\n"
        "2. Осы Шешім ресми жарияланған күнінен бастап күнтізбелік 30 күн өткен соң, бірақ ерте дегенде 2031 жылғы "
        "1 наурыздан кейін күшіне енеді.\nТөраға |\nЕуразиялық экономикалық комиссия Алқасының 2030 жылғы 3 "
        "желтоқсандағы № 140 шешіміне ҚОСЫМША |\nСТАВКАЛАРЫ"
    )
    assert dates(text) == [
        ("document_date", "2030-12-03"),
        ("entry_into_force", "2031-03-01"),
        ("other", "2014-05-29"),
    ]


def test_d_kazakh_tariff_cited_in_brackets_is_no_document_date():
    """Near miss: the Tariff cited as the annex of another decision in brackets ('(... 2012 жылғы 16 шілдедегі № 54
    шешіміне қосымша)') is that decision's date."""
    text = (
        "1. Бірыңғай кедендік тарифке (Еуразиялық экономикалық комиссия Кеңесінің 2012 жылғы 16 шілдедегі № 54 "
        "шешіміне қосымша) өзгерістер енгізілсін."
    )
    assert ("document_date", "2012-07-16") not in dates(text)


# --- the Commission and origins named in Armenian ---------------------------------------------------------------------


def test_d_commission_named_in_armenian_acts_for_the_union():
    """Class: 'Եվրասիական տնտեսական հանձնաժողովի կոլեգիան որոշեց' (the Board of the Eurasian Economic Commission
    decided, final29 4038): the Union implements."""
    text = "Եվրասիական տնտեսական հանձնաժողովի կոլեգիան որոշեց.\n1. Դասակարգել ապրանքը 8516 ապրանքային դիրքում:"
    assert jurisdiction(text) == ["EAEU"]


def test_d_armenian_origin_after_the_country():
    """Class: Armenian names the origin after the country ('Վիետնամի Սոցիալիստական Հանրապետության ծագում ունեցող',
    originating in Viet Nam, in a quota's sentence, final29 4043) or by an adjective ('թուրքական ծագում ունեցող ապրանքների', goods of Turkish
    origin, final29 4041)."""
    named = (
        "2031 թվականի ընթացքում Չինաստանի ծագում ունեցող սոյայի ներմուծումը Չինաստանից թույլատրվում է 0 տոկոս "
        "ներմուծման մաքսատուրքի դրույքաչափի կիրառման պայմանով` 1500 տոննայից ոչ ավելի ծավալով:"
    )
    adjective = "ՀՀ ԹՈՒՐՔԱԿԱՆ ԾԱԳՈՒՄ ՈՒՆԵՑՈՂ ԱՊՐԱՆՔՆԵՐԻ ՆԵՐՄՈՒԾՄԱՆ ԺԱՄԱՆԱԿԱՎՈՐ ԱՐԳԵԼՔԻ ՄԱՍԻՆ"
    assert affected(named) == ["CN"]
    assert affected(adjective) == ["TR"]
    assert measures(adjective) == ["prohibition"]


def test_d_armenian_country_without_origin_is_not_affected():
    """Near miss: a country named as a partner to talks, with no origin word, is not affected."""
    text = "Հայաստանի Հանրապետության կառավարությունը քննարկեց Վիետնամի հետ համագործակցության հարցերը:"
    assert affected(text) == []
