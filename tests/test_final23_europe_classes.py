"""European documents by class (round 20 second pass, final23 3413-3424): a sea or strait that locates a port names
no country; origins an act leaves out with a verb after their names ('… shall not be subject to the measures set out
in Article 1', '… the applicable duties shall correspond to the conventional rate of duty') are exceptions, not
targets; an amending act that writes a list of excepted origins into an earlier act (a suspension withdrawn from their
goods) targets them, a name before the inserted text's closing quote included. Two guards pin that a list of
exceptions of the act's own measure stays an exception and that a later notice freeing one origin from a duty favours
it. Rates: the size of a duty reduction an importer may claim and the prices in a table of the factors a duty is
calculated from are no rates. Every passage is written for these tests."""

from tests.fact_readers import affected, rates

OPENING = (
    "Commission Implementing Regulation (EU) 2031/77 of 3 March 2031 fixing the import duties in the oilseeds sector\n\n"
    "THE EUROPEAN COMMISSION,\n\nHAS ADOPTED THIS REGULATION:\n\n"
)


def test_a_strait_locating_a_port_names_no_country():
    """Class: water named by a port's location. 'beyond the Strait of Gibraltar' and a 'Gulf of Mexico premium' are
    places goods pass, not countries whose goods a measure targets."""
    text = (
        OPENING
        + "Article 1\n\nThe import duty on rapeseed shall be EUR 0,00 per tonne. The importer may benefit from a"
        " reduction where the port of unloading lies beyond the Strait of Gibraltar and the quotation includes the"
        " Gulf of Mexico premium.\n\nArticle 2\n\nThis Regulation shall enter into force on 5 March 2031.\n"
    )
    assert affected(text) == []


def test_origins_not_subject_to_the_measures_are_exceptions():
    """Class: an exclusion verb after the names. 'Products originating in A, B and C shall not be subject to the
    measures set out in Article 1' exempts them from an erga omnes measure: they are not affected."""
    text = (
        "Commission Implementing Regulation (EU) 2031/80 imposing provisional safeguard measures on imports of certain"
        " aluminium products\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nA tariff quota is opened for imports of the"
        " products listed in Annex I; an additional duty of 25 % applies above it.\n\nArticle 5\n\nProducts originating"
        " in Switzerland, Andorra, and San Marino shall not be subject to the measures set out in Article 1.\n"
    )
    assert affected(text) == []


def test_origins_sent_back_to_the_conventional_rate_are_exceptions():
    """Class: the measure's rate is not theirs. 'For products originating in A and B, the applicable duties shall
    correspond to the conventional rate of duty' leaves those origins outside duties fixed for all others."""
    text = (
        OPENING
        + "Article 1\n\nThe import duties on the products listed in the Annex shall be those fixed in the Annex."
        "\n\nANNEX\n\nCN code | Description | Import duty (1) (EUR/tonne)\n1205 10 90 | Rapeseed | 0,00\n\n(1) For the"
        " products originating in or exported directly or indirectly from Iran and Syria, the applicable duties shall"
        " correspond to the conventional rate of duty set in the Common Customs Tariff.\n"
    )
    assert affected(text) == []


def test_a_later_notice_freeing_one_origin_from_a_duty_favours_it():
    """Guard: a notice that frees one origin's goods from an earlier duty ('… products of Moldova, will not be subject to
    additional duties under subheading 9903.80.01') is about that origin: it stays affected."""
    text = (
        "CSMS # 88112233 - Suspension of Section 232 Duties on Steel Articles of Moldova\n\n"
        "Effective July 1, 2031, imports of steel articles that are products of Moldova will not be subject to additional"
        " duties under HTSUS subheading 9903.80.01 through June 30, 2032.\n"
    )
    assert affected(text) == ["MD"]


AMENDING = (
    "Council Regulation (EU) 2031/90 of 9 May 2031 amending Regulation (EU) 2029/12 suspending the Common Customs"
    " Tariff duties on certain industrial products\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n"
)


def test_an_amendment_writing_excepted_origins_in_targets_them():
    """Class: exceptions an amending act inserts. 'paragraph 3 is replaced by the following: ‘3. Paragraph 1 does not
    apply to any of the following: … (b) products originating in A …’' withdraws the suspension from those origins:
    the amendment's subject, so they are affected. The last name stands before the inserted text's closing quote
    ('Syria.’'), which is no part of it."""
    text = (
        AMENDING + "Regulation (EU) 2029/12 is amended as follows:\n\n(1) in Article 1, paragraph 3 is replaced by the"
        " following:\n\n‘3.   Paragraph 1 does not apply to any of the following:\n\n(a) products listed in Part B of"
        " the Annex;\n\n(b) products originating in Iran, with the exception of products falling under TARIC code"
        " 3901109010;\n\n(c) products originating in Syria.’;\n\nArticle 2\n\nThis Regulation shall enter into force"
        " on 1 July 2031.\n"
    )
    assert affected(text) == ["IR", "SY"]


def test_a_list_of_exceptions_of_the_acts_own_measure_stays_exceptions():
    """Guard: the same list written by the act for its own suspension (no amending instruction before it) still
    excepts those origins."""
    text = (
        "Council Regulation (EU) 2031/91 of 9 May 2031 suspending the Common Customs Tariff duties on certain industrial"
        " products\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n1. The duties on the products listed in the Annex"
        " are suspended.\n\n2. Paragraph 1 does not apply to any of the following:\n\n(a) products listed in Part B of"
        " the Annex;\n\n(b) products originating in Iran;\n\n(c) products originating in Syria.\n\nArticle 2\n\nThis"
        " Regulation shall enter into force on 1 July 2031.\n"
    )
    assert affected(text) == []


DUTY_TABLE = (
    OPENING + "Article 1\n\nThe import duties shall be those fixed in Annex I.\n\nANNEX I\n\n"
    "CN code | Description | Import duty (1) (EUR/tonne)\n1205 10 90 | Rapeseed | 5,00\n\n"
)


def test_the_size_of_a_duty_reduction_is_no_rate():
    """Class: reductions an importer may claim. 'benefit from a reduction in the duties of: — EUR 4 per tonne, if …'
    and 'a flat-rate reduction of EUR 12 per tonne' size a reduction; the duty is the table's 5,00."""
    text = (
        DUTY_TABLE + "(1) The importer may benefit from a reduction in the duties of:\n\n"
        "— EUR 4 per tonne, if the port of unloading is located on the Baltic Sea;\n\n"
        "— EUR 6 per tonne, if the goods arrive through the North Sea.\n\n"
        "The importer may also benefit from a flat-rate reduction of EUR 12 per tonne where the conditions are met.\n"
    )
    assert sorted({(value, unit) for value, unit, _ in rates(text)}) == [(5.0, "EUR/tonne")]


def test_prices_a_duty_is_calculated_from_are_no_rates():
    """Class: a table of the factors of a duty. Its rows of quotations, premiums and freight costs under
    '(EUR/tonne)' headers are prices, not duties."""
    text = (
        DUTY_TABLE + "ANNEX II\n\nFACTORS FOR CALCULATING THE IMPORT DUTIES LAID DOWN IN ANNEX I\n\n"
        "(EUR/tonne) | (EUR/tonne)\n | Rapeseed\nQuotation | 412,517\nAtlantic premium | 18,204\n\n"
        "(EUR/tonne) | (EUR/tonne)\nFreight costs: Halifax-Hamburg | 31,786\n"
    )
    assert sorted({(value, unit) for value, unit, _ in rates(text)}) == [(5.0, "EUR/tonne")]
