"""Round 24 summary classes (reader report items 2-8): what the lead says of a proceeding's stage and of the origins
it acts on. Passages written for these tests (fictional acts), each failing on the tree before the fix, with a near
miss where the rule could over-reach.

Classes:
- a review's start read as a duty imposed, amended or announced: 'I will start a full review … whether it is in the
  public interest to continue to impose', 'announced the launch of a … sunset review', a case page whose key dates
  extend the review (items 2, 4, 5).
- a preliminary determination with 'provisional duties are now payable' read as 'reviews' (item 6); a provisional duty
  imposed reads as provisional.
- an origin whose proceeding is terminated listed among those the duty is imposed on (item 3).
- reciprocal (IEEPA) headings called a Section 232 duty where a Section 232 heading follows (item 7).
- an act that amends another (a company renamed) summarised for a country named only in the amended act's title
  (item 8).
"""

from tests.summary_lead import lead, summary_of

# Class: a review started. A notice that starts the second stage of a review asks whether to keep the duty.
REVIEW_START = """Notice Title

Notice of Start of Full Review Stage 2 of Anti-dumping Duties on Canned Pears From Chile

Pursuant to section 17E(2) of the Trade (Anti-dumping and Countervailing Duties) Act 1988 (“Act”), I give the following notice.

Pursuant to section 17H(1) of the Act, on the direction of the Minister, I will start a full review stage 2 in order to investigate whether it is in the public interest to continue to impose an anti-dumping duty on the goods described in Schedule 1 of this notice at the rates described in Schedule 2.

The starting date of the full review stage 2 is 3 March 2031.

Schedule 2

Amount of Anti-dumping Duty

All suppliers Subject goods 9.4%
"""
# Near miss: the Minister's decision on the same review keeps the duty: it is no review opened.
REVIEW_DECIDED = """Notice Title

Notice of Final Determination of Full Review of Anti-dumping Duties on Canned Pears From Chile

Pursuant to section 17E(2) of the Trade (Anti-dumping and Countervailing Duties) Act 1988 (“Act”), I give the following notice.

The full review that I started on 3 March 2031 is complete. The Minister has decided that it is in the public interest to continue to impose an anti-dumping duty of 9.4% on canned pears from Chile.
"""


def test_a_review_started_opens_a_review_and_quotes_no_rate():
    summary = summary_of(REVIEW_START, "NZ")
    assert "opens a review of an anti-dumping duty" in summary
    assert "imposes" not in lead(summary) and "9.4%" not in lead(summary)


def test_a_review_decided_is_not_a_review_opened():
    assert "opens a review" not in summary_of(REVIEW_DECIDED, "NZ")


# A relayed news item: the authority launched a sunset review; the duties are the subject, nothing is amended.
SUNSET_LAUNCH = """Thailand launches AD sunset review on steel wire rod from Ukraine
Update time : 2031-05-18 10:02:11
On May 8, 2031, the Thai Department of Foreign Trade announced the launch of a second anti-dumping (AD) duties sunset review investigation into steel wire rod imported from Ukraine, following a request from a domestic producer.
The investigation will examine the period from January 1, 2030, to December 31, 2030. The products are classified under codes 7213.91.10 and 7213.91.90.
"""


def test_a_sunset_review_launched_opens_a_review():
    summary = summary_of(SUNSET_LAUNCH, "TH")
    assert "opens a review of an anti-dumping duty" in summary
    assert "amends" not in lead(summary)


# A case page: the key dates of a review that may be extended to revocation.
CASE_PAGE = """611 - Steel wire rod from Ukraine

The goods the subject of the application (the goods) are:

Steel wire rod, hot-rolled, in irregularly wound coils, of a diameter less than 14mm.

Case information
Applicant Minister initiated Tariff Classification 7213.91.00 (statistical code 44)
Investigation Period 1 July 2030 to 30 June 2031
Key Dates
Initiation Date 12 August 2031 Initial submissions due 20 September 2031
Application/Submission to extend review to include revocation 20 September 2031
Final recommendation due no later than 8 February 2032
"""
# Near miss: a case page of an investigation has no review in its key dates.
CASE_PAGE_INVESTIGATION = CASE_PAGE.replace(
    "Application/Submission to extend review to include revocation 20 September 2031\n", ""
)


def test_a_case_page_of_a_review_opens_a_review():
    assert "opens a review of" in summary_of(CASE_PAGE, "AU")


def test_a_case_page_of_an_investigation_opens_no_review():
    assert "opens a review of" not in summary_of(CASE_PAGE_INVESTIGATION, "AU")


# Class: a preliminary determination that makes provisional duties payable.
PROVISIONAL = """On March 4, 2031, the Canada Border Services Agency (CBSA) issued a Notice of Preliminary Determinations to announce that Provisional duties are now payable on certain Steel Grating released from Customs on or after March 4, 2031.

The subject goods are defined as steel grating of carbon steel, originating in or exported from Malaysia and Thailand.
"""
# Near miss: a final determination also tells of the provisional duties its history made payable.
DEFINITIVE = PROVISIONAL.replace(
    "Notice of Preliminary Determinations to announce that Provisional duties are now payable",
    "Notice of Final Determinations to announce that definitive anti-dumping duties replace the provisional duties",
)


def test_provisional_duties_payable_are_a_preliminary_determination():
    first = lead(summary_of(PROVISIONAL, "CA"))
    assert "issues a preliminary determination in the investigation into" in first
    assert "reviews" not in first


def test_a_final_determination_is_no_preliminary_determination():
    first = lead(summary_of(DEFINITIVE, "CA"))
    assert "preliminary determination" not in first and "provisional" not in first


# A duty imposed that the act calls provisional reads as provisional in the lead.
PROVISIONAL_IMPOSED = """Decision No. 88/QD-BCT on the imposition of anti-dumping measures

Article 1. To impose provisional anti-dumping duties on certain wire nails originating in Indonesia.

Article 2. The provisional anti-dumping duty is imposed on wire nails of iron or steel at the rate of 12.5%.
"""


def test_a_provisional_duty_imposed_reads_provisional():
    assert "imposes a provisional anti-dumping duty" in lead(summary_of(PROVISIONAL_IMPOSED, "VN"))


# Class: an origin whose proceeding is terminated.
TERMINATED_ORIGIN = """Anti-dumping duty on glass fibre fabrics from China

The European Commission announces the introduction of definitive anti-dumping duties on glass fibre fabrics originating in China and Egypt, with effect from 3 June 2031.

The proceeding initially also covered imports from Bahrain. That proceeding is terminated, so the anti-dumping measures concern only imports from China and Egypt.
"""
# Near miss: an origin the duty names, whose proceeding the next sentence carries on, stays.
CONTINUED_ORIGIN = TERMINATED_ORIGIN.replace("in China and Egypt,", "in China, Egypt and Bahrain,").replace(
    "That proceeding is terminated, so the anti-dumping measures concern only imports from China and Egypt.",
    "That proceeding continues.",
)


def test_a_terminated_origin_is_not_among_the_duty_s_origins():
    first = lead(summary_of(TERMINATED_ORIGIN, "EU"))
    assert "China" in first and "Egypt" in first and "Bahrain" not in first


def test_an_origin_whose_proceeding_continues_stays():
    assert "Bahrain" in lead(summary_of(CONTINUED_ORIGIN, "EU"))


# Class: reciprocal headings before a Section 232 heading.
RECIPROCAL = """CSMS # 77000001 - GUIDANCE: Entry Filing for Replacement Duties

This message provides guidance for filing replacement Chapter 99 duty classifications on imports of Switzerland and Norway.

UPDATE
HTSUS 9903.02.91, Switzerland reciprocal tariff: For a product of Switzerland with a Column 1 rate less than 15 percent, the total of the Column 1 and the reciprocal tariff is 15 percent.

HTSUS 9903.94.77, Norway Section 232 automobile tariff: For an automobile that is a product of Norway with a Column 1 duty rate less than 15 percent ad valorem, the total of the Column 1 and the Section 232 tariff is 15 percent.
"""
# Near miss: the Section 232 heading comes first, its basis leads.
SECTION_232_FIRST = RECIPROCAL.replace(
    "HTSUS 9903.02.91, Switzerland reciprocal tariff: For a product of Switzerland with a Column 1 rate less than 15 percent, the total of the Column 1 and the reciprocal tariff is 15 percent.\n\n",
    "",
)


def test_reciprocal_headings_are_no_section_232_duty():
    first = lead(summary_of(RECIPROCAL, "US"))
    assert "Section 232" not in first and "IEEPA" in first


def test_a_section_232_heading_alone_keeps_its_basis():
    assert "Section 232" in lead(summary_of(SECTION_232_FIRST, "US"))


# Class: an amending act that renames a company: the earlier act's title names both origins, the articles one.
RENAMING = """Commission Implementing Regulation (EU) 2031/812 of 4 May 2031 amending Implementing Regulation (EU) 2027/455 imposing a definitive anti-dumping duty on imports of citric acid originating in the People’s Republic of China and in Malaysia

THE EUROPEAN COMMISSION,

Having regard to the Treaty on the Functioning of the European Union,

Whereas:

(1) Imports of citric acid originating in the People’s Republic of China and in Malaysia are subject to definitive anti-dumping duties imposed by Implementing Regulation (EU) 2027/455.

(2) Sdn. Bhd. Citra Malaysia informed the Commission that it changed its name to Sdn. Bhd. Asia Citrics Malaysia.

HAS ADOPTED THIS REGULATION:

Article 1

The anti-dumping duty rate of 8.2% previously attributed to Sdn. Bhd. Citra Malaysia shall apply to Sdn. Bhd. Asia Citrics Malaysia as of 1 March 2031.

Article 2

This Regulation shall enter into force on the day following that of its publication in the Official Journal of the European Union.
"""
# Near miss: the article acts on goods from both origins: both stay.
AMENDS_BOTH = RENAMING.replace(
    "The anti-dumping duty rate of 8.2% previously attributed to Sdn. Bhd. Citra Malaysia shall apply to Sdn. Bhd. Asia Citrics Malaysia as of 1 March 2031.",
    "The anti-dumping duty rate of 8.2% on citric acid originating in the People’s Republic of China and in Malaysia shall apply as of 1 March 2031.",
)


def test_an_amending_act_names_the_origins_its_articles_name():
    first = lead(summary_of(RENAMING, "EU"))
    # round 25: an act that only renames a company says so (it sets no duty); the origins stay those it acts on
    assert "updates a company's name under" in first and "Malaysia" in first and "China" not in first


def test_an_amending_act_acting_on_both_origins_names_both():
    first = lead(summary_of(AMENDS_BOTH, "EU"))
    assert "Malaysia" in first and "China" in first
