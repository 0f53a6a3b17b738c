"""What the digest's summary line says, as a reader of round 21's digest (final24) found it wrong: a government that
declines a recommended duty imposes none; an investigation terminated is no duty ended (the rates a recital restates
are the duty in force); imports made subject to registration are no duty announced; an inquiry requested into whether
a safeguard is warranted opens an inquiry; a tribunal's decision on an appeal is said as one; a count with a thousands
separator is read whole. Passages written for these tests, each with a near miss that keeps today's output."""

from nlp.pipeline import analyse


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


# Class: a decision NOT to impose / not to accept a recommendation of a duty.
DECLINED = (
    "Countervailing Duty Investigation concerning imports of Glass Fibre Rovings\n"
    "Office Memorandum\n"
    "1. The designated authority, in its final findings dated the 4th May, 2031, recommended the imposition of "
    "countervailing duty on imports of glass fibre rovings originating in or exported from Viet Nam and Egypt.\n"
    "2. The Central Government, having considered the said final findings, does not accept the recommendation of "
    "the designated authority.\n"
)
ACCEPTED = DECLINED.replace("does not accept the recommendation", "accepts the recommendation")
NOT_TO_ACCEPT_AN_END = (
    "Sunset Review concerning Anti-Dumping Duty on imports of Steel Wire Rod\n"
    "1. The Commission recommended that the anti-dumping duty on steel wire rod originating in Ukraine be allowed "
    "to expire.\n"
    "2. The Minister has decided not to accept the recommendation and the anti-dumping duty remains in force.\n"
)


def test_a_government_that_does_not_accept_a_recommended_duty_decides_not_to_impose_it():
    summary = summary_of(DECLINED, "IN")
    assert summary.startswith("India decides not to impose a countervailing duty"), summary


def test_a_recommendation_accepted_is_not_declined():
    assert "not to impose" not in summary_of(ACCEPTED, "IN")


def test_a_recommendation_to_let_a_duty_expire_not_accepted_imposes_nothing_new():
    assert "not to impose" not in summary_of(NOT_TO_ACCEPT_AN_END, "ZA")


# Class: an investigation (proceeding) terminated is not a duty ended; rates restated in recitals are not its rates.
TERMINATED = (
    "Commission Implementing Regulation (EU) 2031/610 of 2 June 2031 terminating the anti-dumping proceeding "
    "concerning imports of steel wheels originating in Morocco\n\n"
    "THE EUROPEAN COMMISSION,\nWhereas:\n"
    "(1) Imports of steel wheels from Türkiye are subject to an anti-dumping duty of 11,4 % to 37,2 %.\n"
    "(2) The complainant withdrew its complaint.\n"
    "HAS ADOPTED THIS REGULATION:\nArticle 1\n"
    "The anti-dumping proceeding concerning imports of steel wheels originating in Morocco is hereby terminated.\n"
    "Article 2\nThis Regulation shall enter into force on the day following that of its publication in the "
    "Official Journal of the European Union.\n"
)
REPEALED = TERMINATED.replace(
    "terminating the anti-dumping proceeding concerning", "repealing the anti-dumping duty on"
)


def test_an_act_terminating_a_proceeding_ends_an_investigation_and_quotes_no_rate():
    summary = summary_of(TERMINATED, "EU")
    assert summary.startswith("The European Commission ends an investigation into an anti-dumping duty"), summary
    assert "%" not in summary.split(".")[0]


def test_an_act_repealing_a_duty_still_ends_the_duty():
    assert summary_of(REPEALED, "EU").startswith("The European Commission ends an anti-dumping duty")


# Class: registration of imports (EN/FR/DE).
REGISTRATION_EN = (
    "Commission Implementing Regulation (EU) 2031/402 of 9 April 2031 making imports of aluminium road wheels "
    "originating in Morocco subject to registration\n\n"
    "THE EUROPEAN COMMISSION,\nWhereas:\n(1) On 1 February 2031 the Commission initiated an anti-dumping "
    "proceeding.\nHAS ADOPTED THIS REGULATION:\nArticle 1\nThe customs authorities are hereby directed to take the "
    "appropriate steps to register imports of aluminium road wheels originating in Morocco.\n"
)
REGISTRATION_DE = (
    "Durchführungsverordnung (EU) 2031/403 der Kommission vom 9. April 2031 zur zollamtlichen Erfassung der "
    "Einfuhren von Aluminiumrädern mit Ursprung in Marokko\n\nDIE EUROPÄISCHE KOMMISSION —\n"
    "gestützt auf die Verordnung (EU) 2016/1036 über den Schutz gegen gedumpte Einfuhren, insbesondere Artikel 14 "
    "Absatz 5,\n"
)
REGISTRATION_WITH_INITIATION = REGISTRATION_EN.replace(
    "making imports of aluminium road wheels originating in Morocco subject to registration",
    "initiating an investigation concerning possible circumvention of the anti-dumping measures on aluminium road "
    "wheels and making such imports subject to registration",
)


def test_imports_made_subject_to_registration_are_said_so_in_english():
    summary = summary_of(REGISTRATION_EN, "EU")
    assert "makes imports subject to registration" in summary, summary
    assert "announces" not in summary


def test_imports_made_subject_to_registration_are_said_so_in_german():
    summary = summary_of(REGISTRATION_DE, "EU")
    assert "makes imports subject to registration" in summary, summary


def test_an_initiation_that_also_registers_imports_still_opens_an_investigation():
    assert "opens an investigation into" in summary_of(REGISTRATION_WITH_INITIATION, "EU")


# Class: an inquiry requested or initiated into whether a safeguard is warranted opens an inquiry, imposes nothing.
INQUIRY = (
    "Safeguard inquiry into imports of aluminium extrusions\n\nDirection\n"
    "The Minister of Commerce hereby directs the Trade Remedies Commission to conduct an investigation into whether "
    "a safeguard measure is warranted against imports of aluminium extrusions of tariff items 7604.10 and 7604.21.\n"
)
IMPOSED = (
    "Safeguard measure on imports of aluminium extrusions\n\nDirection\n"
    "The Minister of Commerce hereby imposes a safeguard measure on imports of aluminium extrusions of tariff items "
    "7604.10 and 7604.21.\n"
)


def test_an_investigation_requested_into_whether_a_safeguard_is_warranted_opens_an_inquiry():
    summary = summary_of(INQUIRY, "NZ")
    assert "opens an inquiry into a safeguard measure" in summary, summary


def test_a_safeguard_imposed_is_still_imposed():
    assert "imposes a safeguard measure" in summary_of(IMPOSED, "NZ")


# Class: a tribunal's decision on an appeal.
APPEAL = (
    "Appeal No. 2031-017\n\nNorthern Outdoor Supply Ltd.\nv.\nThe Commissioner of Customs\n\n"
    "Decision issued 14 March 2031\n\n"
    "DECISION\n\nThe appeal is dismissed.\n\n"
    "REASONS\n\n[1] This is an appeal filed with the Customs Appeals Tribunal from a re-determination of the tariff "
    "classification of camping lanterns under tariff item No. 9405.40.90.\n"
)
APPEAL_OPEN = APPEAL.replace("DECISION\n\nThe appeal is dismissed.\n\n", "")


def test_a_tribunals_decision_on_an_appeal_says_the_appeal_is_decided():
    summary = summary_of(APPEAL, "CA")
    assert summary.startswith("The Customs Appeals Tribunal dismisses an appeal on tariff classification"), summary


def test_a_text_that_decides_no_appeal_is_no_appeal_decision():
    assert "dismisses" not in summary_of(APPEAL_OPEN, "CA")


# Class: a number with a thousands separator is read whole, and a notice extending some exclusions counts those.
EXCLUSIONS = (
    "On March 2, 2031, the Office of the U.S. Trade Representative announced that of the more than 2,400 "
    "exclusions granted under Section 301 for products of China, it will grant extensions for 118 items. "
    "These products will remain excluded from the Section 301 duties until June 30, 2031.\n"
)
GRANTED = (
    "On March 2, 2031, the Office of the U.S. Trade Representative granted 1,150 product exclusions from the "
    "Section 301 duties on products of China. The exclusions apply until June 30, 2031.\n"
)
FEW = GRANTED.replace("1,150", "43")


def test_a_notice_extending_some_exclusions_counts_what_it_extends():
    summary = summary_of(EXCLUSIONS, "US")
    assert summary.startswith("USTR extends 118 product exclusions"), summary


def test_a_count_with_a_thousands_separator_is_read_whole():
    summary = summary_of(GRANTED, "US")
    assert "1,150 product exclusions" in summary, summary
    assert " 150 product" not in summary


def test_a_small_count_is_read_as_before():
    assert "43 product exclusions" in summary_of(FEW, "US")
