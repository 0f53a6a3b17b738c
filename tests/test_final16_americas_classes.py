"""Canadian, Australian, New Zealand, Mexican and WTO texts, by class (round 13 second pass, final16 2025-2036):
- a tariff site's rows copied one cell a line glue the next cell's words to a dotted fraction ('7208.10.02Tarifa
  2007 Vigente'): the fractions are read where two such lines are; a flattened table's dotted code followed by its
  quantity and unit ('1006.10.99 200,000 toneladas') is a code, and the rows' import duty is read without the
  table's header (fraction, description, unit, import duty, export 'Ex.');
- a date whose month is a Roman numeral ('(DOF 17/X/2017)', '17.X.2017'), the DOF issue closing a tariff site's
  heading being the act's publication;
- Spanish: an 'arancel cupo' or a decree that 'asigna un cupo' opens a tariff quota; 'Se crean las fracciones
  arancelarias' changes the nomenclature; a decree cited after its article inside a sentence is not the page's title;
- a country name of several words after a hyphen ('Canada-Costa Rica Free Trade Agreement');
- a Canada Gazette order's Regulatory Impact Analysis Statement is background;
- Australia's statistics and border agencies and its Working Tariff name the jurisdiction; new statistical codes
  introduced change the nomenclature, and the day they open is the change's entry into force;
- a portal's page title over a WTO document's cover that repeats it in lower case (a cover in capitals keeps its
  own title); an anti-dumping case page's recommendation due
  date and its list of dated notices; 'a duty rate of Free'.
Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from nlp.countries.names import find_country_names
from nlp.pipeline import analyse
from tests.fact_readers import jurisdiction, measures, title
from tests.test_dates_families import typed
from tests.test_rates_round7 import values

EIF, PUB, DOC, OTHER = "entry_into_force", "publication", "document_date", "other"


def codes_of(text: str) -> list[str]:
    return [code.code for code in find_codes(text)[0]]


def affected(text: str, where: str) -> list[str]:
    return sorted(analyse(text, jurisdiction=where)._.countries["affected"])


TARIFF_SITE_ROWS = (
    "ACUERDO: Acuerdo: Modifica diversos aranceles de la Tarifa de la LIGIE (DOF 3/V/2031)\n"
    "4011.10.01Tarifa Vigente\nRadiales.\nPza\n20\nEx.\n"
    "4011.20.99Tarifa Vigente\nLos demás.\nPza\n20\nEx.\n"
    "4011.40.01Tarifa Vigente\nDe los tipos utilizados en motocicletas.\nPza\n10\nEx.\n"
)


def test_dotted_fractions_glued_to_the_next_cells_words_on_their_lines():
    assert codes_of(TARIFF_SITE_ROWS) == ["40111001", "40112099", "40114001"]


def test_one_line_opening_with_a_glued_dotted_number_is_not_read():
    assert codes_of("Release notes\n2031.10.02Beta build of the portal.\n") == []


def test_a_dotted_code_before_its_quantity_and_unit_in_a_flattened_table():
    text = (
        "Fracción arancelaria Monto que queda exento de arancel Arancel fuera del cupo 0402.10.01 15,000 toneladas"
        " 20% 0402.21.01 8,500 toneladas 20%\n"
    )
    assert codes_of(text) == ["04021001", "04022101"]


def test_the_import_duty_of_tariff_rows_copied_without_their_header():
    assert values(TARIFF_SITE_ROWS) == [(10, "percent"), (20, "percent")]


def test_one_row_without_its_header_gives_no_duty():
    assert values("4011.10.01\nRadiales.\nPza\n20\nEx.\n") == []


def test_the_dof_issue_closing_a_tariff_sites_heading_is_the_publication():
    assert (PUB, "2031-05-03", False) in typed(TARIFF_SITE_ROWS, jurisdiction="MX")


def test_a_dotted_date_with_a_roman_month():
    dates = typed("Widget Order\n\n1. This Order comes into force on 17.X.2030 in the whole territory.\n")
    assert {(date_type, date) for date_type, date, _ in dates} == {(EIF, "2030-10-17")}


def test_a_roman_numeral_alone_is_no_month():
    assert typed("Chapter V of the Agreement, Title X/2030 of the register.\n") == set()


def test_a_decree_that_assigns_a_quota_opens_a_tariff_quota():
    text = (
        "El 4 de marzo de 2031, la Secretaría de Economía publicó dos decretos por los cuales se asigna un cupo"
        " para el arancel cupo aplicable a la leche en polvo.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_fractions_created_by_a_decree_change_the_nomenclature():
    text = (
        "Artículo Primero.- Se crean las fracciones arancelarias de la Tarifa de la Ley de los Impuestos Generales"
        " de Importación y de Exportación que a continuación se indican:\n"
        "CÓDIGO\nDESCRIPCIÓN\n7306.30.05\nTubos soldados.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_decree_cited_inside_a_sentence_is_not_the_pages_title():
    text = (
        "311 – México modifica el arancel de los tubos de acero: conoce los cambios\n"
        "El día 3 de mayo de 2031 se dio a conocer en el DOF lo siguiente:\n"
        "ARTÍCULO 1.- Se modifica el arancel que prevé el Decreto por el que se establece la Tasa Aplicable del"
        " Impuesto General de Importación para las mercancías de la región. Los cambios son los siguientes.\n"
    )
    assert title(text) == "311 – México modifica el arancel de los tubos de acero: conoce los cambios"


def test_a_country_of_several_words_after_a_hyphen():
    text = "the Canada-Costa Rica Free Trade Agreement and the EU-New Zealand Agreement"
    assert [text[n.start : n.end] for n in find_country_names(text)] == ["Canada", "Costa Rica", "EU", "New Zealand"]


def test_the_partner_of_a_free_trade_agreement_written_with_hyphens():
    text = (
        "Customs Notice 31-07\nOttawa, March 3, 2031\n"
        "1. Rate of duty reductions included in the Canada-Costa Rica Free Trade Agreement are effective and contain"
        " a change to the CRT tariff treatment for the following tariff items:\n"
        "Tariff Item New Rate of Duty\n4202.11.00 CRT: Free\n4202.12.10 CRT: Free\n"
    )
    assert affected(text, "CA") == ["CR"]


def test_countries_in_a_regulatory_impact_analysis_statement_are_not_affected():
    text = (
        "Order Amending the Import Control List: SOR/2031-40\n"
        "Her Excellency the Governor General in Council makes the annexed Order Amending the Import Control List.\n"
        "1 Item 85 of the Import Control List is replaced by the following: footwear of Chapter 64.\n"
        "REGULATORY IMPACT ANALYSIS STATEMENT\n(This statement is not part of the Order.)\nIssues\n"
        "The Agreement between Canada and Peru, which entered into force on August 1, 2031, provides market access"
        " for imports of footwear from Peru and Chile.\n"
    )
    assert affected(text, "CA") == []


def test_australias_statistics_and_border_agencies_name_the_jurisdiction():
    text = (
        "Changes to the import classification\n"
        "Following a review by the Australian Bureau of Statistics, the Working Tariff has been updated on the"
        " Department of Immigration and Border Protection website.\n"
    )
    assert jurisdiction(text) == ["AU"]


def test_new_statistical_codes_introduced_and_the_day_they_open():
    text = (
        "Following an import classification review, new statistical codes under subheadings 0805.10 and 0805.21"
        " have been introduced. The new codes opened on 1 July 2031.\n"
    )
    assert measures(text) == ["nomenclature_change"]
    assert (EIF, "2031-07-01", False) in typed(text)


def test_a_portals_page_title_over_the_wto_cover_that_repeats_it():
    text = (
        "Committee on Safeguards - Notification under article 12.1(b) of the Agreement on Safeguards on finding a"
        " serious injury - Ruritania - Steel wire\n\n"
        "notification under article 12.1(b) of the agreement\non safeguards on finding a serious injury\n\n"
        "Ruritania\n\nThe following communication, dated 3 May 2031, is being circulated at the request of the"
        " Delegation of Ruritania.\n"
    )
    assert title(text) == (
        "Committee on Safeguards - Notification under article 12.1(b) of the Agreement on Safeguards on finding a"
        " serious injury - Ruritania - Steel wire"
    )


def test_a_wto_cover_in_capitals_under_the_page_title_keeps_its_own_title():
    text = (
        "Committee on Safeguards - Notification under article 12.1(b) of the Agreement on Safeguards on finding a"
        " serious injury - Ruritania - Steel wire\n\n"
        "NOTIFICATION UNDER ARTICLE 12.1(B) OF THE AGREEMENT\nON SAFEGUARDS ON FINDING A SERIOUS INJURY\n\n"
        "Ruritania\n\nThe following communication, dated 3 May 2031, is being circulated at the request of the"
        " Delegation of Ruritania.\n"
    )
    assert title(text) == (
        "NOTIFICATION UNDER ARTICLE 12.1(B) OF THE AGREEMENT ON SAFEGUARDS ON FINDING A SERIOUS INJURY"
    )


CASE_PAGE = (
    "512 - Continuation Inquiry\nSteel Wire exported from Ruritania\nKey Dates\n"
    "Initiation Date 3 March 2031 Submissions due 12 April 2031\n"
    "Final recommendation due no later than 30 June 2031\n"
    "Anti-Dumping Notices (ADNs)\nNo. and Link\n"
    "2031/045 Extension of time to issue the SEF 14 April 2031\nInitiation of a Continuation Inquiry\n"
    "03 March 2031\nKey Documents\nNo. and Link\n"
)


def test_the_day_a_recommendation_is_due_is_no_comment_deadline():
    dates = typed(CASE_PAGE, jurisdiction="AU")
    assert ("comment_deadline", "2031-06-30", False) not in dates
    assert (OTHER, "2031-06-30", False) in dates


def test_the_last_row_of_a_list_of_dated_notices_is_not_the_documents_date():
    dates = typed(CASE_PAGE, jurisdiction="AU")
    assert {date_type for date_type, date, _ in dates if date == "2031-03-03"} == {OTHER}


def test_a_duty_rate_of_free_written_without_quotes():
    text = (
        "This order amends the Tariff by removing the residual Preferential Tariff rates for the goods and replacing"
        " them with a duty rate of Free in alignment with the Normal Tariff.\n"
    )
    assert values(text) == [(0, "percent")]
