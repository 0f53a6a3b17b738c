"""Russian-language acts (decisions of the Eurasian Economic Commission): language, dates, codes, measure types,
countries, title and identifier, on passages written for these tests (other goods, numbers and dates than any
evaluation document)."""

from datetime import date

import pytest

from digest.subscriptions import normalise_jurisdiction
from nlp.countries.display import display_name
from nlp.countries.groups import member_states
from nlp.countries.names import find_country_names
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from nlp.text.language import detect_language

# A Board decision as a portal prints it: heading cells on lines of their own, the title line, the recital
# ending with the enacting formula, numbered points.
ANTI_DUMPING = """РЕШЕНИЕ
14 марта 2023 г. |
№ 41 |
г. Москва |
О применении антидемпинговой пошлины в отношении труб стальных бесшовных, происходящих из Республики Индия и ввозимых на таможенную территорию Евразийского экономического союза
В соответствии с пунктом 4 Протокола о применении специальных защитных, антидемпинговых и компенсационных мер по отношению к третьим странам Коллегия Евразийской экономической комиссии решила:
1. Установить антидемпинговую пошлину в размере 18,4 процента от таможенной стоимости в отношении труб стальных бесшовных, происходящих из Республики Индия, классифицируемых кодами ТН ВЭД ЕАЭС 7304 19 100 9 и 7304 29 100 1.
2. Антидемпинговая пошлина применяется с 1 мая 2023 г. по 30 апреля 2028 г. включительно.
3. Настоящее Решение вступает в силу по истечении 30 календарных дней с даты его официального опубликования.
Председатель Коллегии |
"""

# A Council decision headed on one line; it changes the nomenclature and sets duty rates.
NOMENCLATURE = """Решение Совета Евразийской экономической комиссии от 2 июня 2024 г. № 57
О внесении изменений в единую Товарную номенклатуру внешнеэкономической деятельности Евразийского экономического союза в отношении отдельных видов сыров
В соответствии со статьей 45 Договора о Евразийском экономическом союзе от 29 мая 2014 года Совет Евразийской экономической комиссии решил:
1. Внести в единую Товарную номенклатуру внешнеэкономической деятельности Евразийского экономического союза изменения: исключить подсубпозицию 0406 90 860 0; включить подсубпозиции 0406 90 861 0 и 0406 90 869 0.
2. Установить ставки ввозных таможенных пошлин Единого таможенного тарифа Евразийского экономического союза в отношении товаров, классифицируемых кодами ТН ВЭД ЕАЭС 0406 90 861 0 и 0406 90 869 0, в размере 12 процентов от таможенной стоимости.
3. Настоящее Решение вступает в силу по истечении 10 календарных дней с даты его официального опубликования.
"""

# An extension of a safeguard measure; the recital names the Protocol on all three remedies.
SAFEGUARD = """В соответствии с Протоколом о применении специальных защитных, антидемпинговых и компенсационных мер по отношению к третьим странам Коллегия Евразийской экономической комиссии решила:
1. Продлить до 31 июля 2027 г. действие специальной защитной меры в отношении ввозимых на таможенную территорию Евразийского экономического союза кранов мостовых, за исключением товаров, происходящих из Республики Узбекистан.
2. Настоящее Решение вступает в силу по истечении 30 календарных дней с даты его официального опубликования.
"""


def facts(text: str, published: str | None = None) -> dict:
    doc = analyse(text, published=published)
    return {
        "lang": doc.lang_,
        "title": doc._.official_title.text if doc._.official_title else None,
        "identifier": doc._.identifier.text if doc._.identifier else None,
        "codes": {(c.code, c.role) for c in doc._.codes},
        "dates": {(d.type, d.date, d.derived) for d in doc._.dates},
        "measures": {m.type for m in doc._.measures},
        "rates": {(r.value, r.unit, r.kind) for r in doc._.rates},
        "countries": doc._.countries,
    }


def test_an_anti_dumping_decision_is_read_whole():
    found = facts(ANTI_DUMPING, published="2023-03-20")
    assert found["lang"] == "ru"
    assert found["title"] == (
        "О применении антидемпинговой пошлины в отношении труб стальных бесшовных, происходящих из Республики Индия"
        " и ввозимых на таможенную территорию Евразийского экономического союза"
    )
    assert found["identifier"] == "№ 41"
    assert found["codes"] == {("7304191009", "covered"), ("7304291001", "covered")}
    assert found["dates"] == {
        ("document_date", "2023-03-14", False),  # the heading's date on its own line under "РЕШЕНИЕ"
        ("application_start", "2023-05-01", False),  # "с … по … включительно"
        ("application_end", "2028-04-30", False),
        ("entry_into_force", "2023-04-19", True),  # 30 calendar days after the publication
    }
    assert found["measures"] == {"anti_dumping"}  # the Protocol's name in the recital is no measure
    assert found["rates"] == {(18.4, "percent", "ad_valorem")}  # "18,4 процента от таможенной стоимости"
    assert found["countries"] == {"implementing": ["EAEU"], "affected": ["IN"]}


def test_a_nomenclature_decision_headed_on_one_line():
    found = facts(NOMENCLATURE)
    assert found["title"].startswith("О внесении изменений в единую Товарную номенклатуру")
    assert found["identifier"] == "№ 57"
    assert found["codes"] == {("0406908600", "deleted"), ("0406908610", "inserted"), ("0406908690", "inserted")}
    # the heading's own date; the Treaty it is made under is another act's; entry into force needs a publication
    assert found["dates"] == {("document_date", "2024-06-02", False), ("other", "2014-05-29", False)}
    assert found["measures"] == {"nomenclature_change", "duty_rate_change"}
    assert found["rates"] == {(12, "percent", "ad_valorem")}
    assert found["countries"] == {"implementing": ["EAEU"], "affected": []}


def test_an_extended_safeguard_excepting_one_origin():
    found = facts(SAFEGUARD)
    assert found["title"] is None and found["identifier"] is None
    assert found["codes"] == set()
    assert found["dates"] == {("application_end", "2027-07-31", False)}  # "Продлить до …"
    assert found["measures"] == {"safeguard"}
    assert found["rates"] == set()
    assert found["countries"] == {"implementing": ["EAEU"], "affected": []}  # Uzbekistan is the exception


def test_russian_text_is_detected():
    assert detect_language("Коллегия решила: применить меру в отношении товаров, ввозимых из третьих стран.") == "ru"
    assert detect_language("The duty shall apply to goods from the territory of the Union.") == "en"


def test_country_names_in_the_cases_acts_use():
    text = "товаров, происходящих из Китайской Народной Республики, Украины и Турецкой Республики, а также из Японии"
    assert [m.code for m in find_country_names(text)] == ["CN", "UA", "TR", "JP"]


def test_the_union_stands_for_its_members_on_the_act_date():
    assert member_states("EAEU", date(2013, 6, 1)) == {"RU", "BY", "KZ"}
    assert member_states("EAEU", date(2015, 3, 1)) == {"RU", "BY", "KZ", "AM"}
    assert member_states("EAEU") == {"RU", "BY", "KZ", "AM", "KG"}
    assert member_states("EU") == {"EU"}


def test_a_russian_text_of_another_body_is_not_given_to_the_union():
    text = "Министерство экономического развития Республики Узбекистан сообщает о проведении консультаций."
    assert implementing_jurisdiction(text) == []


def test_the_union_is_a_jurisdiction_readers_can_follow():
    assert normalise_jurisdiction("eaeu") == "EAEU"
    assert display_name("EAEU") == "Eurasian Economic Union"


ENACTING = (
    "В соответствии с пунктом 7 Положения о порядке применения мер Совет Евразийской экономической комиссии решил:\n"
)


@pytest.mark.parametrize(
    ("operative", "measures"),
    [
        (
            "1. Установить тарифную квоту в отношении говядины замороженной на 2031 год в объеме 5 000 тонн.",
            {"tariff_quota"},
        ),
        (
            "1. Освободить от уплаты ввозной таможенной пошлины ввозимые на таможенную территорию Союза "
            "комплектующие для производства электробусов сроком до 31 декабря 2031 г.",
            {"duty_suspension"},
        ),
        (
            "1. Установить ставки ввозных таможенных пошлин Единого таможенного тарифа в отношении "
            "алюминиевой фольги согласно приложению.",
            {"duty_rate_change"},
        ),
        (
            "1. Ввести временный запрет на ввоз на таможенную территорию Союза семян подсолнечника.",
            {"prohibition"},
        ),
        (
            "1. Применить компенсационную пошлину в размере 9,2 процента от таможенной стоимости в отношении "
            "проката холоднокатаного, происходящего из Китая.",
            {"countervailing"},
        ),
    ],
)
def test_what_a_decision_orders_is_its_measure(operative, measures):
    # the recital's Protocol on "специальных защитных, антидемпинговых и компенсационных мер" adds nothing
    recital = (
        "Согласно Протоколу о применении специальных защитных, антидемпинговых и компенсационных мер "
        "по отношению к третьим странам и "
    )
    doc = analyse(recital + ENACTING + operative + "\n")
    assert {m.type for m in doc._.measures} == measures
