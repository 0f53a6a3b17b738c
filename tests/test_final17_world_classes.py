"""Other countries' acts and the pages that relay them (round 14, second pass on final17's world quarter): the classes
their misses showed. Numbers of acts printed inside a flattened or reported line (an Indian notification's heading run
into one line, a Moroccan joint order a French news item reports, a Russian news sentence opening with the act it
reports, a Kenyan legal notice's number line, a Philippine order over its series in an OCR copy, a Colombian decree's
line under a bulletin item, an Egyptian decree's bracketed number and a law the decree rests on); a legislation
register's gazette and commencement lines; a news item's weekday dateline under its headline, and the reported act's
date below it. Every passage is written for these tests."""

import pytest

from nlp.countries.jurisdiction import implementing_jurisdiction
from nlp.pipeline import analyse


def all_dates(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def identifier(text: str, jurisdiction: str | None = None) -> str | None:
    found = analyse(text, jurisdiction=jurisdiction)._.identifier
    return found.text if found else None


# --- identifiers printed inside a line


def test_indian_notification_heading_run_into_one_line():
    text = (
        "Seeks to levy ADD on Widget Rings from Ruritania - 14/2031 - Anti Dumping Duty MINISTRY OF FINANCE (Department "
        "of Revenue) NOTIFICATION NO. 14/2031-Customs (ADD) New Delhi, the 3rd March, 2031 G.S.R. 101(E). Whereas, in "
        "the matter of widget rings falling under tariff item 7318 15 00, the designated authority vide notification "
        "No. 6/12/2030-DGTR has come to the conclusion that ..."
    )
    assert identifier(text, "IN") == "Notification No. 14/2031-Customs (ADD)"


def test_cited_notification_without_place_and_date_is_not_the_number():
    text = (
        "Seeks to amend a notification - MINISTRY OF FINANCE (Department of Revenue) In exercise of the powers, the "
        "Central Government hereby amends notification No. 9/2030-Customs (ADD), dated the 2nd May, 2030 as follows."
    )
    assert identifier(text, "IN") != "Notification No. 9/2030-Customs (ADD)"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        (
            "un arrêté conjoint du Ministre de l'Industrie et du Ministre des Finances a été pris n° 31.1507 du "
            "4 mars 2031 portant application d'un droit antidumping",
            "n° 31.1507",
        ),
        (
            "L'arrêté du ministre de l'industrie n° 1207-31 du 12 rejeb 1452 (3 mars 2031) institue un droit",
            "n° 1207-31",
        ),
    ],
)
def test_moroccan_order_reported_by_a_news_item(sentence, number):
    text = f"Le Maroc taxe les tapis importés\n\nSelon le Bulletin officiel, {sentence}.\n"
    assert identifier(text, "MA") == number


def test_order_cited_in_a_visa_is_not_the_number():
    text = (
        "Arrêté portant application d'un droit\n\nVu l'arrêté conjoint du ministre de l'industrie et du ministre des "
        "finances n° 2011-30 du 4 safar 1451 (3 octobre 2030) portant ouverture d'une enquête ;\n"
    )
    assert identifier(text, "MA") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Решением Коллегии ЕЭК от 14.03.2031 № 27 установлена нулевая ставка ввозной таможенной пошлины на отдельные "
            "виды тканей.",
            "№ 27",
        ),
        (
            "Казахстан ограничил ввоз кормов\nПриказом Министра сельского хозяйства от 5 марта 2031 года № 118 введен "
            "временный запрет на ввоз кормов.",
            "№ 118",
        ),
    ],
)
def test_russian_news_sentence_opening_with_the_reported_act(text, number):
    assert identifier(text) == number


def test_russian_act_cited_inside_a_sentence_is_not_the_number():
    text = "Пошлины применяются в соответствии с Решением Совета ЕЭК от 14.03.2031 № 27 к отдельным видам тканей."
    assert identifier(text) is None


def test_kenyan_legal_notice_number_line():
    text = (
        "Adjustment of Rates of Export Levy\n\nLegal Notice 88 of 2031\n\nIN EXERCISE of the powers conferred by "
        "section 5 of the Act, the Commissioner-General adjusts the rates.\n"
    )
    assert identifier(text, "KE") == "Legal Notice 88 of 2031"


def test_philippine_order_over_its_series_in_a_flattened_ocr_copy():
    text = (
        "Makati City © DEPARTMENT OF TRADE Department Administrative Order No. 31-04 Senes of 2031 IN THE MATTER OF "
        "THE DEFINITIVE GENERAL SAFEGUARD MEASURE ON IMPORTATIONS OF CERAMIC TILES x x ORDER On 3 March 2031 the "
        "Department received the report."
    )
    assert identifier(text, "PH") == "Department Administrative Order No. 31-04"


def test_colombian_decree_line_under_a_bulletin_item():
    text = (
        "Boletín de comercio exterior\n\nBoletín semanal | 5 de marzo 2031\n\n"
        + "Mincit modifica el arancel de los neumáticos. " * 30
        + "\n\nMinisterio de Comercio, Industria y Turismo\n\nDecreto 377 del 2 de marzo de 2031\n\nOtra noticia.\n"
    )
    assert identifier(text, "CO") == "Decreto 377"


def test_egyptian_decree_number_in_brackets_and_the_law_it_rests_on():
    text = (
        "أصدر وزير التجارة القرار رقم (52) لسنة 2031 بفرض رسوم وقائية على واردات الصلب.\n"
        "يستند القرار إلى القانون رقم 161 لسنة 1998 بشأن حماية الاقتصاد القومي.\n"
    )
    assert identifier(text, "EG") == "رقم (52) لسنة 2031"


def test_egyptian_decree_resting_on_a_law_alone_takes_no_number_from_the_law():
    text = "يستند القرار إلى القانون رقم 161 لسنة 1998 بشأن حماية الاقتصاد القومي.\n"
    assert identifier(text, "EG") is None


# --- a legislation register's lines


def test_kenya_law_gazette_and_commencement_lines():
    text = (
        "Adjustment of Rates of Export Levy\n\nLegal Notice 88 of 2031\n\n"
        "  • Published in Kenya Gazette Vol. CXXXIII—No. 51 on 14 March 2031\n"
        "  • Commenced on 17 March 2031\n"
        "IN EXERCISE of the powers conferred by section 5 of the Act, the Commissioner-General adjusts the rates.\n"
    )
    assert all_dates(text, "KE") == {("publication", "2031-03-14"), ("entry_into_force", "2031-03-17")}


# --- a news item's weekday dateline


@pytest.mark.parametrize("dateline", ["le Mardi 4 Mars 2031", "Tuesday, 4 March 2031", "martes, 4 de marzo de 2031"])
def test_weekday_dateline_under_the_headline_is_the_publication(dateline):
    text = (
        f"Le Maroc applique un droit antidumping sur les tapis\n\n\n{dateline}\n\n"
        "Dans le dernier Bulletin officiel, un arrêté conjoint du Ministre de l'Industrie a été pris n° 31.1507 du "
        "12 février 2031 stipulant l'application d'un droit antidumping sur les tapis.\n"
    )
    assert all_dates(text, "MA") == {("publication", "2031-03-04"), ("other", "2031-02-12")}


# --- rates and measures in Spanish


def rates(text: str, jurisdiction: str | None = None) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in analyse(text, jurisdiction=jurisdiction)._.rates}


def measure_types(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Los tubos de cobre tendrán una alícuota del cinco por ciento en lugar de las tarifas habituales.", 5),
        ("Las bobinas de acero tendrán un arancel del doce por ciento a partir de marzo.", 12),
        ("As chapas de aço terão uma alíquota de dez por cento.", 10),
    ],
)
def test_round_rate_in_spanish_or_portuguese_words(sentence, value):
    assert rates(sentence, "AR") == {(value, "percent")}


def test_rate_a_draft_decree_proposes_is_no_rate():
    text = (
        "Mincit modifica el arancel de los neumáticos\n\n"
        "El Ministerio establece un gravamen arancelario del 15% para las importaciones de neumáticos.\n\n"
        "Arancel para la importación de vidrio podría incrementar\n\n"
        "Con el proyecto normativo se propone establecer un arancel del 30% para las importaciones de vidrio.\n"
    )
    assert rates(text, "CO") == {(15, "percent")}


def test_tariff_set_on_listed_subheadings_is_a_rate_change():
    text = (
        "El Ministerio de Comercio modifica parcialmente el Decreto 1881 de 2031 estableciendo un gravamen "
        "arancelario del 40% para las importaciones de las mercancías clasificadas bajo las subpartidas "
        "arancelarias 8703210090, 8703221090.\n"
    )
    assert measure_types(text, "CO") == {"duty_rate_change"}


def test_units_of_a_spelled_compound_are_no_rate():
    text = "Fíjase un derecho antidumping ad valorem de TREINTA Y TRES POR CIENTO (33 %) por el término de cinco años."
    assert rates(text, "AR") == {(33, "percent")}


@pytest.mark.parametrize(
    "text",
    [
        "Se reemplaza la Nomenclatura utilizada en el Arancel Aduanero por la del Sistema Armonizado.",
        "Se modifica la descripción de la fracción arancelaria 9503.00.22 de la Tarifa.",
    ],
)
def test_tariff_schedule_names_are_no_rate_change(text):
    assert "duty_rate_change" not in measure_types(text, "CL")


# --- an EAEU zero duty for a while, reported by a news item


def test_eaeu_zero_duty_for_a_period_reported_by_news():
    text = (
        "Решением Совета ЕЭК от 14.03.2031 № 27 установлена нулевая ставка ввозной таможенной пошлины в отношении "
        "отдельных видов тканей, классифицируемых кодом 5407 20 190 0 ТН ВЭД ЕАЭС, по 30 июня 2033 г. включительно.\n"
        "Документ вступает в силу по истечении 30 календарных дней с даты его официального опубликования.\n"
        "Решение опубликовано на сайте ЕЭК 2 апреля 2031 г.\n"
    )
    doc = analyse(text)
    assert {m.type for m in doc._.measures} == {"duty_suspension"}
    assert {(r.value, r.unit) for r in doc._.rates} == {(0, "percent")}
    dates = {(d.type, d.date) for d in doc._.dates if d.date != "2031-03-14"}  # (the decision's own date aside)
    assert dates == {("application_end", "2033-06-30"), ("entry_into_force", "2031-05-02"), ("other", "2031-04-02")}


def test_eaeu_zero_duty_without_a_period_is_no_suspension():
    text = (
        "Решением Совета ЕЭК от 14.03.2031 № 27 установлена нулевая ставка ввозной таможенной пошлины в отношении "
        "отдельных видов тканей, классифицируемых кодом 5407 20 190 0 ТН ВЭД ЕАЭС.\n"
    )
    assert "duty_suspension" not in measure_types(text)


# --- an Egyptian safeguard reported in Arabic


def test_egyptian_safeguard_heading_in_brackets_and_minimum_per_tonne():
    text = (
        "أصدر وزير التجارة القرار رقم (52) لسنة 2031 بفرض تدابير وقائية مؤقتة على واردات الصلب.\n"
        "ينص القرار على خضوع واردات الصلب المدرجة تحت البند الجمركي (7208) لرسوم وقائية بنسبة 12.5% من القيمة، "
        "على ألا تقل الرسوم عن 2950 جنيهاً للطن.\n"
    )
    doc = analyse(text, jurisdiction="EG")
    assert [c.code for c in doc._.codes] == ["7208"]
    assert {(r.value, r.unit) for r in doc._.rates} == {(12.5, "percent"), (2950, "EGP/tonne")}


def test_arabic_dollars_for_each_tonne():
    text = "ينص القرار على فرض رسوم مكافحة الإغراق بواقع 120 دولاراً لكل طن على واردات الصلب.\n"
    assert rates(text, "EG") == {(120, "USD/tonne")}


# --- a Kenyan levy table flattened with its cells glued


def test_glued_levy_table_and_the_inflation_it_is_adjusted_by():
    text = (
        "Adjustment of Rates of Export Levy\n\nIN EXERCISE of the powers conferred by section 5, the Commissioner-General "
        "adjusts for inflation the specific rates of export levy set out in the schedule, taking into account the "
        "average rate of inflation for the 2030/2031 financial year of four decimal two per centum (4.2%).\n\n"
        "Tariff No.Tariff descriptionCurrent rate of export levyNew rate of export levy\n"
        "4101.20.00Whole hides and skins, dried or otherwise preserved70% or USD 0.40 per kg70% or USD 0.42 per kg\n"
    )
    assert rates(text, "KE") == {(70, "percent"), (0.40, "USD/kg"), (0.42, "USD/kg")}


# --- a Turkish import regime amendment


def test_turkish_import_regime_row_of_partner_group_rates():
    text = (
        "İTHALAT REJİMİ KARARINDA DEĞİŞİKLİK YAPILMASINA İLİŞKİN KARAR\n"
        "MADDE 1- Aynı Karara ekli (I) sayılı listede yer alan eşyaya ilişkin (4) numaralı dipnot aşağıdaki şekilde "
        "değiştirilmiştir.\n"
        "“(4) 1 Ocak-30 Nisan tarihleri arasında gümrük vergisi %15 olarak uygulanır.”\n"
        "MADDE 2- Aşağıda GTİP belirtilen eşyaya ilişkin satır aşağıdaki şekilde değiştirilmiştir.\n"
        "| GTİP | DİPNOT | GÜMRÜK VERGİSİ ORANI (%) | ||||||\n"
        "| AB, BK | GÜR | MLZ | SNG | KOS | DÜ | ||\n"
        "| 1507.10.90.00.00 | 20 | 20 | 20 | 5 | 20 | 20 | |\n"
        "MADDE 3- Bu Karar 1/1/2031 tarihinde yürürlüğe girer.\n"
    )
    doc = analyse(text, jurisdiction="TR")
    assert {m.type for m in doc._.measures} == {"duty_rate_change"}
    assert {(r.value, r.unit) for r in doc._.rates} == {(15, "percent"), (20, "percent"), (5, "percent")}


# --- a Brazilian importers' news item on extended anti-dumping duties


def test_portuguese_news_item_origin_column_and_plural_entry_into_force():
    text = (
        "DIREITOS ANTIDUMPING Prorrogação\n"
        "Foram publicadas no Diário Oficial da União desta quarta-feira, 5.3.2031, as Resoluções GECEX n° 711/2031 e "
        "712/2031, prorrogando a aplicação do direito antidumping definitivo às importações dos seguintes produtos:\n"
        "NCM | Produto | Origem |\n"
        "3920.62.19 | Filmes de poliéster | República Popular da China e da República da Indonésia |\n"
        "7219.33.00 | Laminados de aço inoxidável | Tailândia |\n"
        "As Resoluções entram em vigor em 6.3.2031.\n"
    )
    doc = analyse(text, jurisdiction="BR")
    assert set(doc._.countries["affected"]) == {"CN", "ID", "TH"}
    assert ("entry_into_force", "2031-03-06") in {(d.type, d.date) for d in doc._.dates}


# --- an Argentine decree under a republisher's lead, cut in its considerandos


ARGENTINE_DECREE = (
    "Abarca a 40 productos, incluidos los tubos de cobre y las bobinas de acero. Los tubos de cobre para la "
    "fabricación de equipos de frío tendrán una alícuota del tres por ciento en lugar de las tarifas habituales. La "
    "medida entrará en vigor a partir del 1 de marzo de 2031 y tiene por fin bajar los precios al consumidor\n"
    "Decreto 211/31\n"
    "Ciudad de Buenos Aires, 3/2/2031\n"
    "VISTO el Expediente N° EX-2031-1234-APN-DGD#MEC, el TRATADO PARA LA CONSTITUCIÓN DE UN MERCADO COMÚN ENTRE LA "
    "REPÚBLICA ARGENTINA, LA REPÚBLICA FEDERATIVA DEL BRASIL, LA REPÚBLICA DEL PARAGUAY Y LA REPÚBLICA ORIENTAL DEL "
    "URUGUAY, suscripto en la Ciudad de ASUNCIÓN (REPÚBLICA DEL PARAGUAY) el 26 de marzo de 1991, y\n"
    "CONSIDERANDO:\n"
    "Que mediante el TRATADO PARA LA CONSTITUCIÓN DE UN MERCADO COMÚN ENTRE LA REPÚBLICA ARGENTINA, LA REPÚBLICA "
    "FEDERATIVA DEL BRASIL, LA REPÚBLICA DEL PARAGUAY Y LA REPÚBLICA ORIENTAL DEL URUGUAY, los Estados Partes "
    "decidieron constituir un Mercado Común.\n"
)


def test_mercosur_treaty_parties_are_neither_targets_nor_the_acting_state():
    doc = analyse(ARGENTINE_DECREE)
    assert doc._.countries["affected"] == []
    assert [mention.code for mention in implementing_jurisdiction(ARGENTINE_DECREE)] == ["AR"]


def test_republisher_lead_paragraph_is_no_title():
    doc = analyse(ARGENTINE_DECREE, jurisdiction="AR")
    assert doc._.official_title is None
    assert doc._.identifier.text == "Decreto 211/31"


def test_philippine_caption_inside_a_flattened_ocr_line_is_the_title():
    text = (
        "Makati City © DEPARTMENT OF TRADE Department Administrative Order No. 31-04 Senes of 2031 IN THE MATTER OF "
        "THE DEFINITIVE GENERAL SAFEGUARD MEASURE ON IMPORTATIONS OF CERAMIC TILES (AHTN 2022 CODE 6907.21.00) "
        "(Safeguard Measures Case No. SG02-2030) x x ORDER On 3 March 2031 the Department received the report."
    )
    title = analyse(text, jurisdiction="PH")._.official_title
    assert title.text == (
        "IN THE MATTER OF THE DEFINITIVE GENERAL SAFEGUARD MEASURE ON IMPORTATIONS OF CERAMIC TILES (AHTN 2022 CODE "
        "6907.21.00)"
    )


def test_bulletin_issue_line_is_its_publication():
    text = (
        "Impuestos indirectos y comercio exterior\n\nBoletín semanal | 5 de marzo 2031\n\n"
        "Mincit modifica el arancel de los neumáticos mediante el Decreto 377 del 2 de marzo de 2031.\n"
    )
    assert ("publication", "2031-03-05") in all_dates(text, "CO")
