"""Lines a policy officer found wrong in the digest of final23 (round 20), by class: a Brazilian portal's list of SECEX
circulars is Brazil's (its acronym and the 'D.O.U.' of each line name it), a regulation repealing a classification
regulation repeals it (it classifies nothing), the final provisions on entry into force and binding effect are no
operative sentence, and a message that suspends a duty for a year suspends it, whatever the background's history of
the duty says ('by imposing a 25 percent ad valorem tariff'). Passages written for these tests."""

from nlp.countries.jurisdiction import implementing_jurisdiction
from nlp.pipeline import analyse


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


SECEX_LIST = (
    "2031\n"
    "CIRCULAR SECEX Nº 07, DE 14 DE MARÇO DE 2031 - D.O.U. de 15/03/2031.\n"
    "Inicia revisão do direito antidumping aplicado às importações de vidros planos (NCM 7005.29.00), originárias "
    "da Ruritânia.\n"
    "CIRCULAR SECEX Nº 08, DE 21 DE MARÇO DE 2031 - D.O.U. de 22/03/2031.\n"
    "Torna públicos os prazos da revisão da medida antidumping aplicada às importações de pneus.\n"
)


def test_a_portals_list_of_secex_circulars_is_brazils():
    assert [m.code for m in implementing_jurisdiction(SECEX_LIST)] == ["BR"]


REPEAL = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/77\nof 4 February 2031\nrepealing Regulation (EC) No 1500/98 "
    "concerning the classification of certain goods in the Combined Nomenclature\n\nTHE EUROPEAN COMMISSION,\n"
    "Whereas:\n(1) The classification no longer conforms to the Harmonized System.\n"
    "HAS ADOPTED THIS REGULATION:\nArticle 1\nRegulation (EC) No 1500/98 is repealed.\nArticle 2\n"
    "This Regulation shall enter into force on the twentieth day following that of its publication in the "
    "Official Journal of the European Union.\n"
    "This Regulation shall be binding in its entirety and directly applicable in the Member States of the Union.\n"
)


def test_a_regulation_repealing_a_classification_repeals_it_and_quotes_no_final_provision():
    assert summary_of(REPEAL, "EU") == (
        "The European Commission repeals a classification of goods in the Combined Nomenclature."
    )


SUSPENSION = (
    "BACKGROUND\nOn March 8, 2028, the President issued Proclamation 9901 (Adjusting Imports of Aluminum Into the "
    "United States) under Section 232 of the Trade Expansion Act of 1962, as amended (19 U.S.C. 1862), adjusting the "
    "imports of aluminum articles by imposing a 10 percent ad valorem tariff on such articles imported from all "
    "countries.\n"
    "On May 2, 2031, the President issued A Proclamation: Adjusting Imports of Aluminum Into the United States "
    "(Freedonia) suspending Section 232 duties on imports of aluminum articles from Freedonia for one year, effective "
    "June 1, 2031.\n"
    "GUIDANCE\nEffective June 1, 2031, imports of aluminum articles that are products of Freedonia will not be "
    "subject to additional duties under HTSUS subheading 9903.85.01 from 12:00 a.m. June 1, 2031, through 11:59 p.m. "
    "on May 31, 2032.\n"
)


def test_a_duty_suspended_for_a_year_is_suspended_not_imposed():
    assert summary_of(SUSPENSION, "US").startswith("The US suspends a duty from 1 June 2031 until 31 May 2032")


POTASH_RESPONSE = (
    "COUNCIL REGULATION (EU) 2031/300\nof 2 March 2031\non duties on fertilisers originating in Belarus in response "
    "to its export restrictions on potash\n\nTHE COUNCIL OF THE EUROPEAN UNION,\nHAS ADOPTED THIS REGULATION:\n"
    "Article 1\nAn additional duty of 6,5 % shall apply to imports of fertilisers originating in Belarus.\n"
)


def test_a_duty_answering_export_restrictions_acts_on_imports():
    assert summary_of(POTASH_RESPONSE, "EU").startswith(
        "The EU Council imposes a duty of 6.5% on fertilisers from Belarus."
    )
