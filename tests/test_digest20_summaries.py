"""What the digest's summary line says, as a reader of round 20's digest found it wrong: an act 'fixing the import
duties' fixes them (it does not end them because its title also repeals the previous act), a proclamation's title
that opens with its action names no goods ('Excluding Certain … Products'), an export control acts on exports to the
countries it names, and the Brazilian gazette's signature note is no operative sentence. Passages written for these
tests."""

from nlp.pipeline import analyse
from nlp.summary.operative import is_furniture


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


CEREAL_DUTIES = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/455\nof 27 June 2031\nfixing the import duties in the cereals "
    "sector applicable from 1 July 2031 and repealing Implementing Regulation (EU) 2031/300\n\n"
    "THE EUROPEAN COMMISSION,\nWhereas:\n(1) Duties are fixed every month.\nHAS ADOPTED THIS REGULATION:\n"
    "Article 1\nFrom 1 July 2031, the import duties in the cereals sector shall be those fixed in Annex I.\n"
    "Article 2\nImplementing Regulation (EU) 2031/300 is repealed.\n"
)


def test_an_act_fixing_duties_fixes_them_though_its_title_also_repeals_an_act():
    assert summary_of(CEREAL_DUTIES, "EU").startswith("The European Commission fixes ")


PROCLAMATION = (
    "Excluding Certain Mexican Products from Importation into the United States\n\n"
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\nA PROCLAMATION\n\n"
    "1. On March 3, 2031, I imposed additional duties on certain products of Mexico.\n"
    "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n"
    "(1) The products of Mexico set forth in the Annex to this proclamation shall be subject to an import ban, "
    "effective with respect to goods entered on or after 12:01 a.m. eastern daylight time on October 2, 2031.\n"
)


def test_a_title_opening_with_its_action_names_no_goods():
    summary = summary_of(PROCLAMATION, "US")
    assert "excluding certain" not in summary.lower()
    assert summary.startswith("The US President imposes an import ban on goods from Mexico from 2 October 2031")


EXPORT_CONTROL = (
    "Order Amending the Export Control List\nP.C. 2031-120 March 3, 2031\n\n"
    "Her Excellency the Governor General in Council, on the recommendation of the Minister of Foreign Affairs, "
    "makes the annexed Order Amending the Export Control List.\n\n"
    "Amendment\n1 Item 5204 of the Export Control List is replaced by the following:\n"
    "5204 Refined sugar exported to the United States, within the quantity of sugar allocated to Canada under "
    "the tariff-rate quota of the United States, classified under subheading 1701.99 of the Harmonized Tariff "
    "Schedule of the United States.\n"
)


def test_an_export_control_acts_on_exports_to_the_countries_it_names():
    summary = summary_of(EXPORT_CONTROL, "CA")
    assert "on exports to the United States" in summary
    assert "imports from" not in summary


SIGNATURE_NOTE = (
    "Documento assinado digitalmente conforme MP nº 2.200-2 de 24/08/2001, que institui a Infraestrutura de "
    "Chaves Públicas Brasileira - ICP-Brasil."
)


def test_the_gazettes_signature_note_is_no_operative_sentence():
    assert is_furniture(SIGNATURE_NOTE) is True
