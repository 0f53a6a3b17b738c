"""Countries, round 8 second pass (issue 15): the families final11's false countries came from. A notice of one
proceeding naming a companion petition's countries, a secondary tariff on buyers of another country's commodity,
a hypothetical follow-on tariff, a directive that 'remains in full effect', a melt-and-pour condition, an erga omnes
act conditioned on a partner's own reductions, a WTO quantitative-restrictions record and a quota annex whose
'Origin' field gives the origin while its 'Legal basis' field names agreement partners. Every passage is written
for these tests."""

from nlp.pipeline import analyse


def countries(text: str, jurisdiction: str | None = None) -> dict:
    return analyse(text, jurisdiction=jurisdiction)._.countries


def test_a_companion_petition_names_no_affected_country():
    text = (
        "Steel Wheels From the Republic of Korea and Thailand: Initiation of Countervailing Duty Investigations\n\n"
        "AGENCY: Trade remedy office of the Department of Commerce.\n\n"
        "DATES: Applicable May 14, 2031.\n\n"
        "SUPPLEMENTARY INFORMATION:\n\nThe Petitions\n\n"
        "On April 23, 2031, Commerce received countervailing duty petitions concerning imports of steel wheels "
        "from Korea and Thailand filed on behalf of the Wheel Makers Alliance. The CVD petitions were accompanied "
        "by antidumping duty petitions concerning imports of steel wheels from Brazil, Korea, Thailand, and "
        "Vietnam.\n"
    )
    found = analyse(text, jurisdiction="US")._
    assert found.countries["affected"] == ["KR", "TH"]
    assert [mention.type for mention in found.measures] == ["countervailing"]


def test_the_supplier_of_a_commodity_and_a_hypothetical_tariff_are_not_affected():
    text = (
        "Imposing Tariffs on Countries Purchasing Freedonian Gas\n\n"
        "By the authority vested in me as President by the Constitution and the laws of the United States of "
        "America, including the International Emergency Economic Powers Act, I hereby order:\n\n"
        "Sec. 2. Imposition of Tariffs. (a) On or after June 3, 2031, a tariff of 20 percent may be imposed on all "
        "goods imported into the United States from any country that purchases liquefied gas, whether directly "
        "from Freedonia or through intermediaries.\n\n"
        "(b) If the Secretary of Commerce decides to impose a tariff under section 2 of this order on Japan, that "
        "tariff shall also apply to goods of Singapore shipped through Japan.\n\n"
        "(c) Any other order that applies to Freedonia remains in\nfull effect.\n"
    )
    assert countries(text, "US")["affected"] == []


def test_melt_and_pour_countries_are_not_origins():
    text = (
        "Aluminum Articles From Argentina: Melt Requirement\n\n"
        "NOW, THEREFORE, I do hereby proclaim as follows:\n\n"
        "(1) Imports of aluminum articles that are products of Argentina shall be exempt from the duty provided "
        "that such articles are smelted and cast in Argentina, and steel articles of Argentina shall be exempt "
        "provided that such steel is melted and poured in Argentina, Chile, or the United States.\n"
    )
    assert countries(text, "US")["affected"] == ["AR"]


def test_a_partners_own_reductions_condition_an_erga_omnes_act():
    text = (
        "Regulation (EU) 2031/77 of the European Parliament and of the Council on the elimination of customs duties "
        "on certain shellfish\n\n"
        "Article 1\n\nThe customs duties of the Common Customs Tariff shall be 0 % for the goods listed in the Annex "
        "on an erga omnes basis.\n\n"
        "Article 2\n\nThe elimination shall be subject to the following conditions:\n\n"
        "(a) the reduction of customs duties by Australia on an erga omnes basis for the goods listed in Part B; and\n\n"
        "(b) the abstention by Australia from new measures against the Union.\n\n"
        "Article 3\n\nIf Australia does not comply with the conditions set out in Article 2, the Commission may adopt "
        "an implementing act suspending the elimination of customs duties referred to in Article 1.\n"
    )
    assert countries(text, "EU")["affected"] == []


def test_a_wto_quantitative_restrictions_record_names_its_reporting_member():
    text = (
        "Norway #3105 (v.1)\nBase data\n- Notified in\n-\nG/MA/QR/N/NOR/4 12/03/2031\n- Reporting member\n- Norway\n"
        "- General description\n-\nImport licensing of certain hazardous chemicals\n- Affected partners\n"
        "- Non-affected partners\nMeasures\n- Reported restrictions\n- NAL\n"
    )
    assert countries(text) == {"implementing": ["NO"], "affected": []}


def test_a_quota_annex_origin_field_outweighs_its_legal_basis():
    text = (
        "ANNEX I\n\nTariff quotas in the cereals sector\n\n"
        "Order No 09.7001\n"
        "Specific legal basis Agreement between the European Union and Georgia(1), concluded by Council Decision "
        "2031/12/EU\n"
        "Description of goods and CN codes\n\nBarley:\n\n    1003\n\n"
        "Origin Georgia\nQuantity 2 000 000 kg net weight\nIn-quota duty 0 EUR\n"
        "Order No 09.7002\n"
        "Specific legal basis\n\nAgreement in the form of an Exchange of Letters between the European Community and "
        "Argentina pursuant to Article XXVIII of GATT 1994 relating to the modification of concessions on cereals\n"
    )
    assert countries(text, "EU")["affected"] == ["GE"]
