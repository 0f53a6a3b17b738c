"""Canadian and Australian orders, relays and register pages, by class (round 21 second pass, final24 3525-3531):
an order that grants a refund of a surtax or duty already paid is a remission; origins left out of the scope of the
document's own safeguard investigation are its scope, not an exclusion; production or import figures narrated as a
trend between years are statistics, not quota volumes, even after a sentence that says 'volume'; the heading of a
register page listing many orders of one kind is no title of its own; a statistical agency's notice of amendments to
its statistical item codes or commodity classifications changes the nomenclature; a period in the definition of an
event ('the Games means … held during the period beginning on …') is the event's, not the measure's. Each class has a
passage in another wording or jurisdiction and a near miss that must keep its fact. Every passage is written for these
tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, measures, title


def quotas(text: str) -> list[tuple[float, str]]:
    return sorted((quota.amount, quota.unit) for quota in analyse(text)._.quotas)


# --- remission: a refund granted of a surtax or duty paid ---------------------------------------------------------


def test_a_refund_granted_of_a_surtax_paid_is_a_remission():
    text = (
        "> Surtax on the Importation of Certain Aluminum Goods Refund Order\n\n"
        "### 1 Refund\n\n"
        "(1) A refund is granted of a surtax paid under the *Order Imposing a Surtax on the Importation of Certain"
        " Aluminum Goods*, as it read on March 3, 2031, in respect of goods of classes 1 to 4 of Schedule 1 to that"
        " Order.\n\n"
        "### 2 Coming into force\n\n"
        "This Order comes into force on the day on which it is registered.\n"
    )
    assert measures(text) == ["remission"]


def test_duty_paid_that_shall_be_refunded_to_the_importer_is_a_remission():
    """Another wording: a notification under an Indian-style customs act refunding the duty paid on listed goods."""
    text = (
        "NOTIFICATION No. 14/2031-Customs\n\n"
        "In exercise of the powers conferred by section 25 of the Customs Act, the Central Government hereby directs"
        " that the duty of customs paid on relief consignments of medical oxygen imported during the period from"
        " the 1st day of May, 2031 to the 30th day of June, 2031 shall be refunded to the importer.\n"
    )
    assert "remission" in measures(text)


def test_an_importer_who_may_apply_for_a_refund_of_overpaid_duty_gives_no_remission():
    """Near miss: a procedure for claiming back duty overpaid grants no relief of its own."""
    text = (
        "Customs Notice 31-07: Corrections to declarations\n\n"
        "An importer who declared the wrong tariff classification may apply for a refund of duties overpaid by"
        " filing a correction within four years of the date of accounting.\n"
    )
    assert "remission" not in measures(text)


def test_provisional_anti_dumping_duties_refunded_after_a_termination_give_no_remission():
    """Near miss: provisional duties paid are refunded because a dumping investigation ended: the measure acted on is
    the anti-dumping duty."""
    text = (
        "Notice of termination of a dumping investigation into certain steel nails\n\n"
        "The investigation into steel nails originating in Ruritania is terminated. Provisional anti-dumping duties"
        " will no longer be imposed on those goods, and any provisional duties paid or security posted will be"
        " refunded, as appropriate.\n"
    )
    assert "remission" not in measures(text)


# --- safeguard scope: origins left out of the document's own safeguard investigation -------------------------------


def test_countries_excluded_from_the_scope_of_a_safeguard_investigation_are_its_scope():
    text = (
        "Australia opens safeguard inquiry into imported galvanised wire\n\n"
        "Australia has initiated a safeguard investigation on imports of galvanised wire, according to a notification"
        " to the World Trade Organization.\n\n"
        "Chile and Malaysia are excluded from the scope of the investigation and from any potential safeguard"
        " measures, in line with Australia's free trade agreements.\n"
    )
    assert measures(text) == ["safeguard"]


def test_imports_from_free_trade_partners_excluded_from_a_ministrys_safeguard_investigation_are_its_scope():
    """Another wording and jurisdiction: a ministry's notice leaving imports from two partners out of its scope."""
    text = (
        "Notice of initiation of a safeguard investigation into ceramic tiles\n\n"
        "The Ministry has initiated a safeguard investigation into imports of ceramic tiles. Imports originating in"
        " Norway and Iceland are excluded from the scope of this investigation under the free trade agreement.\n"
    )
    assert measures(text) == ["safeguard"]


def test_goods_excluded_from_a_safeguard_measure_already_in_force_remain_an_exclusion():
    """Near miss: a product carved out of a safeguard that goes on is an exclusion."""
    text = (
        "Notice of product exclusion under the safeguard measure on steel wire rod\n\n"
        "Following the review, stainless steel wire rod of a diameter above 20 mm is excluded from the safeguard"
        " measure with effect from 1 March 2032; the measure continues to apply to all other products.\n"
    )
    assert "exclusion" in measures(text)


# --- statistics narrated as a trend are no quota volume ---------------------------------------------------------


def test_production_that_declined_from_one_year_to_the_next_is_no_quota_volume():
    text = (
        "Safeguard inquiry on fabricated wire mesh\n\n"
        "There is evidence that this sustained import volume is causing injury to the domestic industry. Domestic"
        " production of wire mesh declined 9 percent from 412,000 mt in 2029 to 375,000 mt in 2030.\n"
    )
    assert quotas(text) == []


def test_imports_that_rose_between_years_after_a_volume_word_are_statistics():
    """Another wording: imports that grew, stated in tonnes, after a sentence that names a volume."""
    text = (
        "Review of the beef market\n\n"
        "The volume of trade has grown steadily. Imports of frozen beef rose from 120,500 tonnes in 2028 to"
        " 131,800 tonnes in 2029, an increase of 9.4 per cent.\n"
    )
    assert quotas(text) == []


def test_a_quota_raised_from_one_year_to_the_next_keeps_its_volumes():
    """Near miss: a quota's own volumes stated as a change between years are quota volumes."""
    text = (
        "Notice on the tariff rate quota for skim milk powder\n\n"
        "The tariff rate quota volume will be increased from 50,000 tonnes in 2031 to 60,000 tonnes in 2032.\n"
    )
    assert quotas(text) == [(50000, "tonnes"), (60000, "tonnes")]


# --- a register page's heading is no title ----------------------------------------------------------------------


def test_the_heading_of_a_register_of_concession_orders_is_no_title():
    text = (
        "Tariff Concession Orders\n\n"
        "Tariff Concession Orders\n\n"
        "Advice about Tariff Concession Orders\n\n\n"
        "Tariff ClassificationTCO NumberTCO descriptionOperative dateDecision date\n"
        "8419.89.901702211\n"
        "PASTEURISERS, tunnel type, having ALL of the following:\n"
        "  (a) conveyor width 2 m or greater;\n"
        "  (b) throughput 40 000 containers per hour or greater\n"
        "03/02/201711/05/2017\n"
    )
    assert title(text) is None


def test_the_heading_of_a_list_of_customs_notices_is_no_title():
    """Another register: a list page of notices, one row each, under its heading."""
    text = (
        "Customs Notices\n\n"
        "Notice number | Title | Date issued\n"
        "CN 31-12 | Changes to the remission of duties on ship parts | 2031-04-02\n"
        "CN 31-11 | Extension of the surtax on steel goods | 2031-03-17\n"
    )
    assert title(text) is None


def test_an_order_titled_in_the_plural_over_its_own_sections_keeps_its_title():
    """Near miss: one act whose title ends in a plural instrument word, not a register."""
    text = (
        "Customs Tariff (Ship Parts) Remission Orders\n\n"
        "1. Remission is granted of the customs duties paid or payable on parts of ships imported by a shipbuilder.\n"
    )
    assert title(text) == "Customs Tariff (Ship Parts) Remission Orders"


# --- statistical item codes amended: a nomenclature change -------------------------------------------------------


def test_amendments_to_statistical_item_codes_in_force_on_a_date_change_the_nomenclature():
    text = (
        "5368.0 - International Trade in Goods, Australia, Mar 2031\n\n"
        "Changes in forthcoming issues\n\n"
        "From the July 2031 reference month, there will be amendments to statistical item codes across imports and"
        " exports.\n\n"
        "In force 1 July, 2031, are the following changes to Australian international merchandise trade commodity"
        " classifications:\n\n"
        "1. Imports - Honey (Chapter 04)\n"
        "New codes to allow identification of manuka honey.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_statistical_codes_revised_in_another_agencys_wording_change_the_nomenclature():
    """Another jurisdiction and wording: a statistics office revising its commodity classification codes."""
    text = (
        "Statistics Office notice: trade classification update\n\n"
        "With effect from 1 January 2032, changes to the commodity classification for exports will split the"
        " statistical item codes for frozen fish fillets into species.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_release_that_only_revises_trade_figures_changes_no_nomenclature():
    """Near miss: revised statistics, not revised codes."""
    text = (
        "International Trade in Goods, Australia, Mar 2031\n\n"
        "Changes in this issue\n\n"
        "Export figures for February 2031 have been revised following late lodgement of export declarations.\n"
    )
    assert "nomenclature_change" not in measures(text)


# --- a period in the definition of an event ---------------------------------------------------------------------


def test_the_period_of_an_event_in_its_definition_is_not_the_application_period():
    text = (
        "> Pan American Games 2031 Remission Order\n\n"
        "### 1 Definitions\n\n"
        "**2031 Games** means the Pan American Games, which are to be held during the period beginning on"
        " August 2, 2031 and ending on August 18, 2031 in Ottawa. (**Jeux de 2031**)\n\n"
        "### 2 Remission\n\n"
        "Remission is granted of the customs duties paid or payable on goods imported temporarily into Canada by a"
        " participating team.\n\n"
        "### 3 Conditions\n\n"
        "Remission is granted on the condition that the goods are imported during the period beginning on"
        " January 1, 2031 and ending on August 18, 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-01-01") in found
    assert ("application_start", "2031-08-02") not in found
    assert ("other", "2031-08-02") in found


def test_an_exhibition_defined_with_its_dates_in_another_wording_is_not_the_application_period():
    """Another wording: quoted term, 'from … to …'."""
    text = (
        "Expo 2033 (Customs Relief) Order\n\n"
        "1. In this Order, “the Exhibition” means the international exhibition held in Perth from 1 May 2033 to"
        " 31 October 2033.\n\n"
        "2. Customs duty is not payable on goods imported for display at the Exhibition during the period from"
        " 1 February 2033 to 31 December 2033.\n"
    )
    found = dates(text)
    assert ("application_start", "2033-02-01") in found
    assert ("application_start", "2033-05-01") not in found


def test_a_defined_quota_period_keeps_its_application_dates():
    """Near miss: the defined term is itself the measure's period."""
    text = (
        "Cheese Tariff Rate Quota Order\n\n"
        "1. **quota period** means the period beginning on January 1, 2032 and ending on December 31, 2032.\n\n"
        "2. The within access commitment for cheese is 20,412,000 kg for the quota period.\n"
    )
    found = dates(text)
    assert ("application_start", "2032-01-01") in found
    assert ("application_end", "2032-12-31") in found
