"""Countries, round 9 second pass (issue 15): the families final12's country misses came from. Who acts in a UK stop
press that says 'the Customs Tariff', a New Zealand dumping notice, a Sri Lankan levy order and a machine-translated
Eurasian Commission decision; and which countries an act targets. Every passage is written for these tests (other
goods, numbers and wording than any eval set)."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def jurisdiction(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def countries(text: str, jurisdiction: str | None = None) -> dict:
    return analyse(text, jurisdiction=jurisdiction)._.countries


def test_a_uk_stop_press_that_names_the_customs_tariff_is_british():
    text = (
        "UK Integrated Online Tariff\n\nTariff Stop Press Notice - 9 October 2031\n\n"
        "Changes to preferential quotas from 1 November:\n\n"
        "The way quota balances are shown in the Customs Tariff is changing for declarations made in the Customs "
        "Declaration Service. Declarants should use document code Y929 where the goods are not concerned.\n"
    )
    assert jurisdiction(text) == ["GB"]


def test_a_new_zealand_dumping_notice_names_its_act():
    text = (
        "Notice of Final Determination in Dumping Investigation into Galvanised Wire From Malaysia\n"
        "Pursuant to section 10E of the Trade (Anti-dumping and Countervailing Duties) Act 1988, I give notice that "
        "I have determined that the subject goods are being dumped and that material injury is being caused.\n"
    )
    assert jurisdiction(text) == ["NZ"]


def test_a_sri_lankan_levy_order_in_its_gazette():
    text = (
        "The Extraordinary Gazette No. 2307/41\n\nSPECIAL COMMODITY LEVY ACT, No. 48 OF 2007\n\n"
        "Order under section 2\n\nBy virtue of the powers vested in me by the Special Commodity Levy Act, No. 48 of "
        "2007, I, Minister of Finance, do by this Order specify the levy on dried sprats at Rs. 75 per kilogram.\n"
    )
    assert jurisdiction(text) == ["LK"]


def test_a_machine_translated_eurasian_decision_names_the_union():
    text = (
        "About extension of the safeguard measure concerning the rolled steel imported on customs area of the "
        "Eurasian Economic Union\n"
        "According to the Protocol on application of special protective measures the Board of the Eurasian "
        "economic commission solved:\n1. Extend the special protective duty on goods classified by code "
        "7209 16 900 0 of the CN FEA EEU.\n"
    )
    assert jurisdiction(text) == ["EAEU"]
