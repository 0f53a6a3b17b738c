"""Round 23 digest reader (final26) summary classes. Passages written for these tests (fictional acts), each failing
on int23 before the fix, with a near miss that keeps today's output.

Classes:
- opposite meaning, a start postponed: an act whose operative part moves the effective date of duties already
  proclaimed to a later day ('The effective date of the additional duties … shall be August 22 …', 'deleting
  “August 19” and inserting “August 22”') postpones their start; its recitals' 'suspending for a period of 3 days'
  made the lead 'suspends … duties from 22 August', the day the duties begin.
"""

from nlp.pipeline import analyse


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


POSTPONED = """Adjusting the Effective Date of Additional Duties on Imports From Canada

By the President of the United States of America

A Proclamation

1. In Proclamation 12001 of June 2, 2031, I found that Canada discriminates against the commerce of the United States, and under section 338 of the Tariff Act of 1930 (19 U.S.C. 1338) I imposed additional ad valorem duties of 25 percent on certain imports of Canada, effective July 9, 2031.

2. Negotiations with Canada are continuing, and the public interest favors suspending for a period of 5 days the additional duties imposed in Proclamation 12001.

NOW, THEREFORE, I, JOHN DOE, President of the United States of America, by the authority vested in me by the Constitution and the laws of the United States, do hereby proclaim as follows:

(1) The effective date of the additional ad valorem duties imposed in Proclamation 12001 on imports of Canada shall be 12:01 a.m. eastern time on July 14, 2031. Accordingly, Annex I of Proclamation 12001 is amended by deleting the effective date "July 9, 2031" and inserting "July 14, 2031" in lieu thereof.

(2) The head of each agency shall take all appropriate steps to implement this proclamation.
"""
# Near miss: a proclamation that suspends the duties for a period still suspends them.
SUSPENDED = POSTPONED.replace(
    """(1) The effective date of the additional ad valorem duties imposed in Proclamation 12001 on imports of Canada shall be 12:01 a.m. eastern time on July 14, 2031. Accordingly, Annex I of Proclamation 12001 is amended by deleting the effective date "July 9, 2031" and inserting "July 14, 2031" in lieu thereof.""",
    """(1) The head of each agency shall suspend the collection of the additional ad valorem duties imposed in Proclamation 12001 on imports of Canada from July 9, 2031 until July 14, 2031.""",
)


def test_an_act_moving_the_effective_date_of_duties_postpones_them():
    summary = summary_of(POSTPONED, "US")
    assert "postpones the start of" in summary
    assert "suspends" not in summary
    assert "to 14 July 2031" in summary


def test_an_act_suspending_duties_still_suspends_them():
    summary = summary_of(SUSPENDED, "US")
    assert "suspends" in summary
    assert "postpones" not in summary


# Class: wrong verb from an instrument's name. A UK amending instrument's title names the instruments it amends in
# brackets ('(Suspension of Import Duty Rates)'); what it does is '(Amendment)': it amends, it suspends nothing.
AMENDING_SI = """The Customs Tariff (Suspension of Import Duty Rates) (Amendment) Regulations 2031

Made: 4th February 2031

Coming into force: 10th February 2031

The Treasury make these Regulations in exercise of the powers conferred by section 15 of the Taxation (Cross-border Trade) Act 2018.

Citation and commencement

1. These Regulations may be cited as the Customs Tariff (Suspension of Import Duty Rates) (Amendment) Regulations 2031 and come into force on 10th February 2031.

Amendment of the Customs Tariff (Suspension of Import Duty Rates) Regulations 2030

2. In regulation 2 of the Customs Tariff (Suspension of Import Duty Rates) Regulations 2030, for the definition of “Suspensions of Import Duty Rates Document” substitute—
“Suspensions of Import Duty Rates Document” means the Tariff Suspension Document, version 3.1, dated 3rd February 2031.

EXPLANATORY NOTE

These Regulations replace the definition of the Suspensions of Import Duty Rates Document to refer to a revised document, which corrects errors in the duty rates of goods subject to a suspension.
"""
# Near miss: the instrument that establishes the suspensions still suspends.
ESTABLISHING_SI = AMENDING_SI.replace(" (Amendment) Regulations", " Regulations").replace(
    """2. In regulation 2 of the Customs Tariff (Suspension of Import Duty Rates) Regulations 2030, for the definition of “Suspensions of Import Duty Rates Document” substitute—
“Suspensions of Import Duty Rates Document” means the Tariff Suspension Document, version 3.1, dated 3rd February 2031.""",
    """2. Import duty is suspended on the goods listed in the Tariff Suspension Document, version 1.0, dated 3rd February 2031.""",
)


def test_an_amending_instrument_amends_what_its_title_names():
    summary = summary_of(AMENDING_SI, "GB")
    assert "amends" in summary.split(".")[0]
    assert "suspends" not in summary


def test_an_instrument_establishing_suspensions_still_suspends():
    assert "suspends" in summary_of(ESTABLISHING_SI, "GB").split(".")[0]


# Class: wrong verb, an exclusions inquiry opened. A tribunal notice that commences an inquiry into requests for
# exclusions from a surtax grants nothing; the default verb 'grants' said it did.
EXCLUSIONS_INQUIRY = """CANADIAN INTERNATIONAL TRADE TRIBUNAL

COMMENCEMENT OF EXCLUSIONS INQUIRY

Certain aluminium goods

By order of the Governor in Council of March 3, 2031, the Canadian International Trade Tribunal was directed to inquire into and report on requests by domestic users for the exclusion of certain aluminium goods from the surtax imposed by the Surtax on the Importation of Certain Aluminium Goods Order. The Tribunal hereby gives notice that it has commenced an inquiry into the requests for exclusions, and will report to the Governor in Council by June 30, 2031.

Interested parties wishing to participate in the inquiry must file a notice of participation with the Tribunal on or before March 24, 2031.
"""
# Near miss: an order that grants the exclusions still grants them.
EXCLUSIONS_GRANTED = """DEPARTMENT OF FINANCE

PRODUCT EXCLUSIONS FROM THE SURTAX

Certain aluminium goods

Following the report of the Canadian International Trade Tribunal, the Minister of Finance grants exclusions from the surtax imposed by the Surtax on the Importation of Certain Aluminium Goods Order for aluminium plate of a thickness exceeding 200 mm and aluminium foil of a thickness not exceeding 0.006 mm, effective April 1, 2031.
"""


def test_a_notice_opening_an_exclusions_inquiry_grants_nothing():
    summary = summary_of(EXCLUSIONS_INQUIRY, "CA")
    assert "opens an inquiry into" in summary
    assert "grants" not in summary


def test_an_order_excluding_goods_still_grants_exclusions():
    summary = summary_of(EXCLUSIONS_GRANTED, "CA")
    assert "grants" in summary.split(".")[0]
    assert "inquiry" not in summary.split(".")[0]


# Class: a correcting act read as the act it corrects. 'Regulation … correcting Regulation … imposing a definitive
# anti-dumping duty …' corrects; the summary said it imposed the duty (from the corrected act's date).
CORRECTING = """Commission Implementing Regulation (EU) 2031/881 of 12 May 2031 correcting Implementing Regulation (EU) 2030/140 imposing a definitive anti-dumping duty on imports of certain aluminium radiators originating in the People’s Republic of China

THE EUROPEAN COMMISSION,

Having regard to Regulation (EU) 2016/1036 of the European Parliament and of the Council of 8 June 2016 on protection against dumped imports from countries not members of the European Union, and in particular Article 9(4) thereof,

Whereas:

(1) By Implementing Regulation (EU) 2030/140, the Commission imposed a definitive anti-dumping duty on imports of certain aluminium radiators originating in the People’s Republic of China.

(2) The name of one cooperating exporting producer in the Annex was misspelt. The Annex should therefore be corrected.

HAS ADOPTED THIS REGULATION:

Article 1

The Annex to Implementing Regulation (EU) 2030/140 is replaced by the text in the Annex to this Regulation.

Article 2

This Regulation shall enter into force on the day following that of its publication in the Official Journal of the European Union.
"""
# Near miss: the act that imposes the duty still imposes it.
IMPOSING = CORRECTING.replace(
    "of 12 May 2031 correcting Implementing Regulation (EU) 2030/140 imposing", "of 12 May 2031 imposing"
)


def test_a_correcting_act_corrects():
    assert "corrects" in summary_of(CORRECTING, "EU").split(".")[0]


def test_an_imposing_act_still_imposes():
    lead = summary_of(IMPOSING, "EU").split(".")[0]
    assert "imposes" in lead and "corrects" not in lead


# Class: wrong verb, a preliminary determination read as a review. 'made a preliminary determination of dumping'
# (with provisional duty payable) took the verb meant for 'preliminary results of review': 'reviews'.
PRELIMINARY = """CANADA BORDER SERVICES AGENCY

SPECIAL IMPORT MEASURES ACT

Certain aluminium extrusions — Decision

On March 2, 2031, pursuant to subsection 38(1) of the Special Import Measures Act, the Canada Border Services Agency made a preliminary determination of dumping respecting certain aluminium extrusions originating in or exported from Vietnam and Thailand.

Pursuant to section 8 of the Special Import Measures Act, provisional duty is payable on subject goods that are released from the Canada Border Services Agency during the period commencing March 2, 2031.
"""
# Near miss: preliminary results of an administrative review still review the duty.
PRELIMINARY_RESULTS = """Certain Aluminium Extrusions From Vietnam: Preliminary Results of Antidumping Duty Administrative Review; 2029-2030

AGENCY: Enforcement and Compliance, International Trade Administration, Department of Commerce.

SUMMARY: The Department of Commerce preliminarily determines that sales of certain aluminium extrusions from Vietnam were made at less than normal value during the period of review, April 1, 2029, through March 31, 2030.

DATES: Applicable March 2, 2031.
"""


def test_a_preliminary_determination_of_dumping_is_no_review():
    lead = summary_of(PRELIMINARY, "CA").split(".")[0]
    assert "issues a preliminary determination in the investigation into" in lead
    assert "reviews" not in lead


def test_preliminary_results_of_a_review_still_review():
    lead = summary_of(PRELIMINARY_RESULTS, "US").split(".")[0]
    assert "preliminary results of a review of" in lead
    assert "preliminary determination" not in lead


# Class: the duty named by another act's basis. An order's list of goods it does not reach ('… shall not be subject to
# the duties under this order: (i) …; (ii) articles subject to the duties imposed pursuant to section 232 …') names
# other acts' bases; the summary named the duty after the first basis it read there ('a Section 232 duty').
EXCEPTED_BASIS = """Executive Order 15001 of May 5, 2031

Imposing Additional Duties To Address the Situation at Our Northern Border

By the authority vested in me as President by the Constitution and the laws of the United States, including the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA), it is hereby ordered:

Section 1. Additional Duties. (a) All articles that are products of Ruritania shall be subject to an additional 15 percent ad valorem rate of duty, effective June 1, 2031.

(b) The following goods shall not be subject to the additional rate of duty under this order: (i) donations, as described in 50 U.S.C. 1702(b)(2); (ii) all articles of steel and aluminum subject to the duties imposed pursuant to section 232 of the Trade Expansion Act of 1962; and (iii) all automobiles subject to the duties imposed pursuant to section 232 of the Trade Expansion Act of 1962.

Sec. 2. Implementation. The Secretary of Homeland Security is authorized to employ all powers granted to the President by IEEPA as may be necessary to implement this order.
"""
# Near miss: a proclamation whose own operative duty is under section 232 still names it.
OWN_BASIS = (
    EXCEPTED_BASIS.replace(
        "(a) All articles that are products of Ruritania shall be subject to",
        "(a) Pursuant to section 232 of the Trade Expansion Act of 1962, all articles of steel shall be subject to",
    )
    .replace(", including the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA)", "")
    .replace("powers granted to the President by IEEPA", "powers granted to the President")
)


def test_a_basis_named_only_in_an_orders_exceptions_does_not_name_its_duty():
    lead = summary_of(EXCEPTED_BASIS, "US").split(";")[0]
    assert "Section 232" not in lead


def test_the_orders_own_basis_still_names_its_duty():
    assert "Section 232 duty" in summary_of(OWN_BASIS, "US").split(";")[0]


# Class: a field label read as goods. A notification record's field 'In force from' matched the title rule for
# 'Certain Steel Nails From China', and the lead said 'an import ban on in force from …'.
RECORD = """Norway #5120 (v.2)

Base data

In force from
01/03/2031
General description
Conditional prohibition on the importation of live crayfish
National legal basis
Regulation on the import of live crayfish 2030
"""


def test_a_field_label_is_no_goods():
    assert " on in force" not in summary_of(RECORD, "NO")


def test_a_title_naming_goods_from_a_country_still_names_them():
    from nlp.summary.goods import goods_named

    assert goods_named("Certain Steel Nails From China") == "certain steel nails"
