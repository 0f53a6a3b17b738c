"""Affected countries: regressions the round 21 review found (issue 15), each rule narrowed to its class. Passages
written for these tests, each failing on int21 before its fix."""

from nlp.pipeline import analyse


def _affected(text: str) -> list[str]:
    return sorted(analyse(text)._.countries["affected"])


def test_the_entry_an_instruction_inserts_after_a_placing_row_is_the_partner():
    """Class: a row placing an insertion reaches no further than the instruction's verb ('after the entry for Peru
    insert the entry "Philippines 8%"': Peru is a neighbour, the Philippines the entry added)."""
    text = (
        "THE CUSTOMS TARIFF (PREFERENTIAL TRADE ARRANGEMENTS) (AMENDMENT) REGULATIONS 2032\n\n"
        '3. In Schedule 2, after the entry for Peru insert the entry "Philippines 8%".\n'
        "4. These Regulations come into force on 1 March 2032.\n"
    )
    assert _affected(text) == ["PH"]


def test_goods_a_determination_spares_are_not_affected():
    """Class: a President's determination that an origin's imports no longer threaten the national security and that
    its products are exempted names an exception, not goods the proclamation acts on."""
    text = (
        "Proclamation 11210 of May 3, 2032\n\nAdjusting Imports of Aluminum Foil Into the United States\n\n"
        "1. On March 8, 2018, I issued Proclamation 9704, imposing a 10 percent ad valorem tariff on aluminum"
        " articles.\n2. I have determined that imports of aluminum articles from Argentina no longer threaten to"
        " impair the national security, and I have decided to exempt products of Argentina from the tariff.\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n"
        "(1) The tariff of 10 percent shall continue to apply to aluminum articles imported from all countries"
        " except Argentina.\n"
    )
    assert _affected(text) == []


def test_an_origin_rate_restated_in_an_inert_sentence_is_not_affected():
    """Class: an origin named with its own rate in a sentence that says the notice leaves that rate alone ('…;
    nothing in this notice alters that tariff') is background, not an origin the notice rates."""
    text = (
        "Notice of Modification of Tariffs on Goods of the People's Republic of China\n\n"
        "Effective March 1, 2032, the additional duty on products of China under heading 9903.02.70 is increased to"
        " 40 percent. Goods of Mexico that do not qualify for USMCA preference remain subject to the 25 percent"
        " tariff under heading 9903.01.01; nothing in this notice alters that tariff.\n"
    )
    assert _affected(text) == ["CN"]


def test_goods_left_out_of_an_early_entry_into_force_are_an_exception():
    """Class: French goods 'exclues de l'entrée en vigueur anticipée' are left out of the measure, not banned from
    entry ('exclues de l'entrée sur le territoire')."""
    text = (
        "Article 3\nLes marchandises originaires de Suisse sont exclues de l'entrée en vigueur anticipée visée à"
        " l'article 2; les marchandises originaires d'Inde sont soumises au droit.\n"
    )
    assert _affected(text) == ["IN"]


def test_goods_banned_from_entry_stay_targeted():
    """Near miss: goods 'exclus de l'importation' are banned: their origin is targeted."""
    text = "Article 2\nLes produits originaires de Corée du Nord sont exclus de l'importation sur le territoire.\n"
    assert _affected(text) == ["KP"]


def test_a_french_adjective_in_the_remedy_an_act_follows_on_names_no_origin():
    """Class: a postposed French origin adjective in the earlier remedy a sentence cites ('Cette décision fait suite
    au droit compensateur institué en 2030 sur l'acier turc') names that remedy's goods, not the act's."""
    text = (
        "Le Maroc a décidé d'instituer un droit antidumping définitif de 15 % sur les importations de carreaux en"
        " céramique en provenance d'Italie. Cette décision fait suite au droit compensateur institué en 2030 sur"
        " l'acier turc.\n"
    )
    assert _affected(text) == ["IT"]
