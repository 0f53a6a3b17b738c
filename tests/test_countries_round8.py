"""Countries, round 8 of issue 15: name forms and languages of gazettes the sets never held (Portuguese, Ukrainian,
Turkish and Indonesian names from pycountry; 'China PR'; 'Hong Kong, China'), a group the acting state belongs to,
the victim of an aggression, an Argentine closing article, an opening's list of origins that completes an exporters'
table, and implementing jurisdictions printed in capitals or by agencies and unions not known before (APHIS, OFAC,
Korea's Ministry of Economy and Finance, Ukraine's trade commission, the Gulf Cooperation Council, a WTO report's
symbol ending with its Member). Every passage is written for these tests."""

from datetime import date

from nlp.countries.groups import member_states
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def countries(text: str, jurisdiction: str | None = None) -> dict:
    return analyse(text, jurisdiction=jurisdiction)._.countries


def guessed(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def test_portuguese_names_of_origins():
    text = (
        "RESOLUÇÃO GECEX Nº 901, DE 3 DE MARÇO DE 2031\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR resolve:\n"
        "Art. 1º Aplicar direito antidumping definitivo, por um prazo de até 5 (cinco) anos, às importações "
        "brasileiras de fios de poliéster, comumente classificadas no subitem 5402.47.00 da NCM, originárias da "
        "Tailândia e da Indonésia, nos montantes abaixo especificados.\n"
        "Art. 2º Esta Resolução entra em vigor na data de sua publicação.\n"
    )
    assert countries(text, "BR")["affected"] == ["TH", "ID"]


def test_ukrainian_names_in_the_genitive():
    text = (
        "МІЖВІДОМЧА КОМІСІЯ З МІЖНАРОДНОЇ ТОРГІВЛІ\nРІШЕННЯ\n"
        "Міжвідомча комісія з міжнародної торгівлі вирішила:\n"
        "1. Застосувати остаточні антидемпінгові заходи щодо імпорту в Україну електродів походженням з "
        "Республіки Індія та Республіки Польща, які класифікуються за кодом 8545 11 00 згідно з УКТ ЗЕД.\n"
    )
    assert guessed(text) == ["UA"]
    assert sorted(countries(text, "UA")["affected"]) == ["IN", "PL"]


def test_china_pr_as_indian_notifications_write_it():
    text = (
        "NOTIFICATION\nNo. 07/2031-Customs (ADD)\n"
        "Now, therefore, the Central Government hereby imposes on the subject goods anti-dumping duty as "
        "specified in the Table below:\n"
        "S. No. | Heading | Country of origin | Duty (USD/MT)\n"
        "1 | 2917 | China PR | 88\n2 | 2917 | Thailand | 61\n"
    )
    assert sorted(countries(text, "IN")["affected"]) == ["CN", "TH"]


def test_hong_kong_china_names_the_territory_only():
    text = (
        "Notice of initiation of investigation\n"
        "The Canada Border Services Agency hereby initiates an investigation into the dumping of certain "
        "steel shelving originating in or exported from Macao, China and Hong Kong, China.\n"
    )
    assert sorted(countries(text, "CA")["affected"]) == ["HK", "MO"]


def test_a_group_the_acting_state_belongs_to_is_its_own_side():
    text = (
        "Forskrift om tollsatser\n"
        "Article 1. Goods originating in Georgia shall be admitted free of duty under the Free Trade Agreement "
        "between the EFTA States and Georgia.\n"
    )
    assert countries(text, "NO")["affected"] == ["GE"]


def test_the_victim_of_an_aggression_is_not_targeted():
    text = (
        "COUNCIL REGULATION (EU) 2031/77\nof 2 March 2031\n"
        "amending Regulation (EU) No 901/2029 concerning restrictive measures in view of the situation in Belarus "
        "and the involvement of Belarus in the aggression against Moldova\n"
        "THE COUNCIL OF THE EUROPEAN UNION,\nHAS ADOPTED THIS REGULATION:\nArticle 1\n"
        "It shall be prohibited to import steel goods which originate in Belarus or have been exported from "
        "Belarus.\n"
    )
    assert countries(text, "EU")["affected"] == ["BY"]


def test_an_argentine_article_that_closes_the_case_names_the_origin():
    text = (
        "MINISTERIO DE ECONOMÍA\nResolución 77/2031\nRESUELVE:\n"
        "ARTÍCULO 1°.- Procédese al cierre de la investigación que se llevara a cabo para las operaciones de "
        "exportación hacia la REPÚBLICA ARGENTINA de ventiladores de pie, originarias de la REPÚBLICA DE "
        "INDONESIA, mercadería que clasifica en la posición arancelaria 8414.51.90 de la N.C.M.\n"
        "ARTÍCULO 2°.- Fíjase a las operaciones mencionadas un derecho antidumping definitivo del 21 %.\n"
    )
    assert countries(text, "AR")["affected"] == ["ID"]


def test_the_openings_origins_complete_an_exporters_table():
    text = (
        "Anti-Dumping Notice No. 2031/012\n\nCustoms Act 1901 – Part XVB\n\n"
        "Aluminium road wheels exported to Australia from the Kingdom of Thailand and the Republic of Korea\n\n"
        "Findings in relation to a dumping investigation\n\n"
        "I am satisfied that aluminium road wheels have been exported to Australia from Thailand and Korea at "
        "dumped prices. I declare that section 8 of the Customs Tariff (Anti-Dumping) Act 1975 applies to the "
        "goods.\n"
        "Exporter | Effective rate of dumping duty\n"
        "Enkei Wheels (Thailand) | 6.2%\n"
        "All other exporters | 11.9%\n"
    )
    assert sorted(countries(text, "AU")["affected"]) == ["KR", "TH"]


def test_a_masthead_in_capitals_names_the_jurisdiction():
    text = (
        "MINISTERIO DE COMERCIO, INDUSTRIA Y TURISMO\nRESOLUCIÓN NÚMERO 0412 DE 2031\n"
        "Artículo 1. Imponer un derecho antidumping provisional a las importaciones de vajillas de cerámica.\n"
    )
    assert guessed(text) == ["CO"]


def test_a_cue_in_another_case_is_no_masthead():
    text = (
        "Canada Border Services Agency\nCustoms Notice 31-04\n"
        "Following the measures announced by the White House, and a statement of the White House of March 3, the "
        "surtax on steel goods applies from April 1, 2031.\n"
    )
    assert guessed(text) == ["CA"]


def test_us_agencies_beyond_trade():
    aphis = (
        "DEPARTMENT OF AGRICULTURE\nAnimal and Plant Health Inspection Service\n7 CFR Part 319\n"
        "Importation of Fresh Pitahaya From Ecuador Into the Continental United States\n"
    )
    ofac = (
        "DEPARTMENT OF THE TREASURY\nOffice of Foreign Assets Control\n"
        "Determination: the importation of seafood of Ruritanian origin is prohibited.\n"
    )
    assert (guessed(aphis), guessed(ofac)) == (["US"], ["US"])


def test_a_korean_ordinance_names_korea():
    text = (
        "Ministry of Economy and Finance Ordinance No. 1301\n"
        "Rule on the imposition of anti-dumping duties on plywood supplied from Viet Nam\n"
    )
    assert guessed(text) == ["KR"]


def test_a_gulf_cooperation_council_act_stands_for_its_member_states():
    text = (
        "Cooperation Council for the Arab States of the Gulf\nSecretariat General\n"
        "Decision on definitive anti-dumping duties on imports into the GCC States of ceramic sinks originating "
        "in the People's Republic of China.\n"
    )
    assert guessed(text) == ["GCC"]
    assert member_states("GCC", date(2031, 1, 1)) == {"SA", "AE", "BH", "KW", "OM", "QA"}


def test_a_wto_report_symbol_ending_with_its_member():
    text = (
        "WORLD TRADE ORGANIZATION\nG/SCM/N/412/TPKM\n2 March 2031\nCommittee on Subsidies and Countervailing "
        "Measures\nSEMI-ANNUAL REPORT UNDER ARTICLE 25.11 OF THE AGREEMENT\n"
    )
    assert guessed(text) == ["TW"]


def test_a_withdrawn_request_names_no_target():
    text = (
        "Ministry of Finance, Japan\nPress Release\n"
        "Imposition of Definitive Countervailing Duties on Ductile Iron Pipes Produced in the Republic of Korea\n"
        "The Government decided to impose definitive countervailing duties of 14.8% on ductile iron pipes produced "
        "in the Republic of Korea for five years. A petition concerning the same pipes from Brazil, filed in "
        "2030, was withdrawn before initiation.\n"
    )
    assert countries(text, "JP")["affected"] == ["KR"]


def test_a_table_with_its_origin_column_headed_in_turkish():
    text = (
        "Resmî Gazete\nCumhurbaşkanı Kararı\n"
        "MADDE 1 – (1) Aşağıdaki tabloda belirtilen eşyanın ithalatında ek mali yükümlülük uygulanır.\n"
        "GTİP | Eşya tanımı | Menşe ülke | Ek mali yükümlülük (%)\n"
        "8516.60.10.00.00 | Ocaklar | Meksika | 15\n"
        "8516.60.10.00.00 | Ocaklar | Endonezya | 15\n"
    )
    assert sorted(countries(text, "TR")["affected"]) == ["ID", "MX"]


def test_norwegian_and_us_trade_commission_notices_name_their_jurisdiction():
    norway = (
        "Norwegian Agriculture Agency\nRegulation on tariff quotas for cheese originating in Iceland\n"
        "Section 1. A tariff quota of 300 tonnes is opened for 2031.\n"
    )
    usitc = (
        "INTERNATIONAL TRADE COMMISSION\n[Investigation No. 731-TA-1901 (Final)]\n"
        "Aluminum Foil From Ruritania; Scheduling of the Final Phase of an Anti-Dumping Duty Investigation\n"
    )
    assert (guessed(norway), guessed(usitc)) == (["NO"], ["US"])


def test_a_chinese_announcement_names_its_origins_without_capitals():
    text = (
        "商务部公告2031年第4号\n关于对原产于日本、印度尼西亚的进口不锈钢钢坯反倾销调查最终裁定的公告\n"
        "根据《中华人民共和国反倾销条例》的规定，商务部发布最终裁定，自2031年3月1日起征收反倾销税。\n"
    )
    assert guessed(text) == ["CN"]
    assert countries(text, "CN")["affected"] == ["JP", "ID"]


def test_an_adjective_names_an_origin_only_before_origin():
    text = (
        "Section 1. Goods of Brazilian or Argentine origin imported into the United States shall be subject to an "
        "additional duty of 15 percent. Japanese producers supplied the remaining volume.\n"
    )
    assert sorted(countries(text, "US")["affected"]) == ["AR", "BR"]


def test_a_member_state_beside_the_targeted_union_is_part_of_it():
    text = (
        "Ministry of Commerce of the People's Republic of China\nAnnouncement No. 3 of 2031\n"
        "The Customs Tariff Commission of the State Council decided to impose anti-dumping duties on imports of "
        "pork originating in the European Union. Producers that offered price undertakings, including Vion "
        "(Netherlands), are exempted while the undertakings are honoured.\n"
    )
    assert countries(text, "CN")["affected"] == ["EU"]


def test_the_country_an_act_defends_and_the_one_the_target_buys_from_are_not_targeted():
    sanctions = (
        "COUNCIL REGULATION (EU) 2031/5\nof 4 January 2031\n"
        "amending Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia's actions "
        "destabilising the situation in Moldova\nTHE COUNCIL OF THE EUROPEAN UNION,\n"
        "HAS ADOPTED THIS REGULATION:\nArticle 1\nIt shall be prohibited to import copper wire into the Union if it "
        "originates in Russia.\n"
    )
    duty = (
        "Section 1. Articles of Ruritania imported into the United States shall be subject to an additional duty of "
        "20 percent, because the Government of Ruritania continues to purchase Iranian oil. Articles of Sylvania "
        "shall be subject to the same duty, as Sylvania continues to import Venezuela crude oil.\n"
    )
    assert countries(sanctions, "EU")["affected"] == ["RU"]
    assert countries(duty, "US")["affected"] == []


def test_countries_moved_into_a_preference_framework():
    text = (
        "Trade Tariff notice\n1. With effect from 1 March 2031, the following countries are moved from the "
        "Standard Preferences framework to the Enhanced Preferences framework:\n(a) Ghana; and\n(b) Tunisia.\n"
    )
    assert sorted(countries(text, "UK")["affected"]) == ["GH", "TN"]


def test_jurisdictions_named_by_their_agencies_not_by_a_target():
    canada = (
        "Customs Notice 31-08\nNew tariff treatment beneficiaries\n1. Goods originating in the Socialist Republic "
        "of Viet Nam are entitled to the CPTPT.\nFor more information, call the Border Information Service.\n"
    )
    ecuador = (
        "COMITÉ EJECUTIVO DEL CONSEJO DE COMERCIO EXTERIOR\nRESOLUCIÓN No. 031-2031\nArtículo 1.- Aplicar un "
        "derecho a las importaciones originarias de la República de Colombia. Publíquese en el Registro Oficial.\n"
    )
    morocco = (
        "ROYAUME DU MAROC\nDirection de la Défense Commerciale\nAvis public relatif à un droit antidumping sur les "
        "importations de carreaux originaires d'Espagne.\n"
    )
    mexico = (
        "RESOLUCIÓN Final de la investigación antidumping sobre las importaciones de válvulas originarias de la "
        "República de Corea, independientemente del país de procedencia\nAl margen un sello con el Escudo Nacional, que dice: Estados Unidos Mexicanos.- "
        "Secretaría de Economía.\n"
    )
    assert [guessed(text) for text in (canada, ecuador, morocco)] == [["CA"], ["EC"], ["MA"]]
    assert countries(mexico, "MX")["affected"] == ["KR"]


def test_south_africas_trade_commission_chiles_exempt_decrees_and_the_philippine_masthead():
    itac = (
        "INTERNATIONAL TRADE ADMINISTRATION COMMISSION OF SOUTH AFRICA\nNOTICE 88 OF 2031\n"
        "The International Trade Administration Commission hereby initiates a sunset review of the duties on "
        "tyres originating in Thailand.\n"
    )
    chile = (
        "MINISTERIO DE HACIENDA\nDecreto Exento Nº 12\nSantiago, 3 de marzo de 2031.\n"
        "1. Aplícase una sobretasa de 9% a las importaciones de leche en polvo.\nAnótese, comuníquese y publíquese.\n"
    )
    philippines = (
        "Republic of the Philippines\nTARIFF COMMISSION\nNotice of Public Hearing\nThe Department of Trade and "
        "Industry referred the petition on imports of float glass.\n"
    )
    assert [guessed(text) for text in (itac, chile, philippines)] == [["ZA"], ["CL"], ["PH"]]


def test_an_sro_whose_government_is_pleased_to_direct_names_its_origin():
    text = (
        "GOVERNMENT OF PAKISTAN\nFEDERAL BOARD OF REVENUE\nNOTIFICATION\n(CUSTOMS)\n"
        "S.R.O. 88(I)/2031.— In exercise of the powers conferred by section 18 of the Customs Act, 1969, the Federal "
        "Government is pleased to direct that the customs duty on the goods specified in the Annex, when imported "
        "from Malaysia under the Malaysia-Pakistan Closer Economic Partnership Agreement, shall be charged at the "
        "rates specified in column (4).\n"
    )
    assert countries(text, "PK")["affected"] == ["MY"]


def test_goods_found_not_to_be_dumped_are_not_acted_on():
    text = (
        "Ministry of Finance, R.O.C.\nPress Release\nDefinitive anti-dumping duties of 31% will be imposed for five "
        "years on imports of steel nails from Viet Nam. Imports from Thailand, which were found not to be dumped, "
        "will not be subject to the duties.\n"
    )
    assert countries(text, "TW")["affected"] == ["VN"]
