"""Documents of the Americas and the Pacific by class (round 14 second pass, final17 2225-2235): a New Zealand order
in its consolidated form (number, commencement clause, lettered list of the parties it declares, history notes,
Gazette line), ... Every passage is written for these tests."""

from nlp.pipeline import analyse

NZ_ORDER = (
    "Tariff (Specified Example Parties) Order 2030\n\n"
    "Version as at 2 March 2033\n\n"
    "Tariff (Specified Example Parties) Order 2030\n\n"
    "(LI 2030/117)\n\n"
    "Order in Council\n\n"
    "At Wellington this 9th day of June 2030\n\n"
    "Order\n\n"
    "1 Title\n\n"
    "This order is the Tariff (Specified Example Parties) Order 2030.\n\n"
    "2 Commencement\n\n"
    "This order comes into force on 1 July 2030.\n\n"
    "3 Specified parties\n\n"
    "The following countries that are parties to the Pacific Example Trade Agreement done at Lima, Peru, on"
    " 4 February 2029 are declared to be specified parties for the purposes of the Tariff Act 1988:\n\n"
    "(a)\n\nChile;\n\n(b)\n\nJapan;\n\n(ba)\n\nSingapore;\n\n(c)\n\nCanada.\n\n"
    "Clause 3(ba): inserted, on 2 March 2033, by clause 4 of the Tariff (Specified Example Parties—Singapore)"
    " Amendment Order 2033 (SL 2033/41).\n\n"
    "Date of notification in Gazette: 12 June 2030.\n"
)


def dates(doc) -> set[tuple[str, str]]:
    return {(mention.type, mention.date) for mention in doc._.dates}


def test_a_new_zealand_instrument_is_known_by_its_legislative_instrument_number():
    assert analyse(NZ_ORDER, jurisdiction="NZ")._.identifier.text == "LI 2030/117"


def test_a_new_zealand_order_dates_its_commencement_gazette_and_history_notes_apart():
    assert dates(analyse(NZ_ORDER, jurisdiction="NZ")) == {
        ("other", "2033-03-02"),  # the version, and the clause the amendment order inserted
        ("document_date", "2030-06-09"),
        ("entry_into_force", "2030-07-01"),
        ("other", "2029-02-04"),  # the agreement, done at Lima
        ("publication", "2030-06-12"),
    }


def test_parties_declared_for_the_tariff_act_are_a_preference_for_each_lettered_country():
    doc = analyse(NZ_ORDER, jurisdiction="NZ")
    assert [measure.type for measure in doc._.measures] == ["preference"]
    assert doc._.countries["implementing"] == ["NZ"]
    assert sorted(doc._.countries["affected"]) == ["CA", "CL", "JP", "SG"]
