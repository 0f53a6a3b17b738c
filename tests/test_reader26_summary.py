"""Round 26 reader-fix, summaries whose meaning was the opposite of the source (the policy officer's reading of
final29's digest). Passages written for these tests (fictional acts, other wordings than the documents read), each
failing on the tree before the fix, with a near miss where the rule could over-reach.

Classes:
- a heading line under the goods that says the page gives notice of expiry, or terminates an investigation, in German,
  French, Spanish or English, read as 'announces an anti-dumping duty' (4018, 4019).
- rates an account says were set and the next sentence says were eliminated read as new rates (4031).
- concessions suspended (a WTO retaliation) read as 'suspends retaliatory duties'; a relief from duty that only
  exempts goods from the additional duty typed as a duty suspension (4021).
- 'ends preferential treatment' naming an origin whose access the act extends, with the extension's end as 'until'
  (4003).
- a duty that applies only if another body finds injury read as 'announces an anti-dumping duty' (4029).
- the annual re-set of a WTO-authorised additional duty typed as a plain rate change (4016).
"""

from nlp.pipeline import analyse
from tests.summary_lead import lead, summary_of


def types_of(text: str, jurisdiction: str) -> list[str]:
    return [m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures]


def roles_of(text: str, jurisdiction: str) -> list[tuple[float, str]]:
    return [(r.value, r.role) for r in analyse(text, jurisdiction=jurisdiction)._.rates]


EXPIRY_DE = """Harnstoff mit Ursprung in Belarus

Bekanntmachung des bevorstehenden Außerkrafttretens

Seit 2026 gelten endgültige Antidumpingzölle auf Einfuhren von Harnstoff der KN-Codes 3102 10 10 und ex 3102 10 90 mit Ursprung in Belarus.

Die Europäische Kommission gibt im Amtsblatt C 88 vom 3.3.2031 das Außerkrafttreten dieser Antidumpingmaßnahme zum 14.9.2031 bekannt, sofern keine Überprüfung beantragt wird.
"""


def test_a_german_notice_of_coming_expiry_announces_no_duty():
    first = lead(summary_of(EXPIRY_DE, "EU"))
    assert "gives notice of the coming expiry of" in first
    assert "announces" not in first
    assert "on 14 September 2031" in first  # the day the measure lapses, never the journal's date
    assert "3 March 2031" not in first


EXPIRY_FR = EXPIRY_DE.replace("Bekanntmachung des bevorstehenden Außerkrafttretens", "Avis d'expiration prochaine")


def test_a_french_notice_of_coming_expiry_heading_is_read_too():
    assert "gives notice of the coming expiry of" in lead(summary_of(EXPIRY_FR, "EU"))


TERMINATED_DE = """Antidumping – Fahrradrahmen aus Aluminium mit Ursprung in Vietnam

Einstellung der Antisubventionsuntersuchung

Durchführungsbeschluss der Kommission vom 2. Mai 2031 zur Einstellung der Untersuchung betreffend die Einfuhren von Fahrradrahmen mit Ursprung in Vietnam.

Auf die Einfuhren von Fahrradrahmen der KN-Codes ex 8714 91 10 mit Ursprung in Vietnam bestehen Antidumpingmaßnahmen.

Das Verfahren wird eingestellt, da der Antrag zurückgenommen wurde.
"""


def test_a_german_heading_that_terminates_an_investigation_ends_it():
    first = lead(summary_of(TERMINATED_DE, "EU"))
    assert "ends an investigation into" in first
    assert "announces" not in first


TERMINATED_ES = TERMINATED_DE.replace(
    "Einstellung der Antisubventionsuntersuchung", "Terminación de la investigación antidumping"
)


def test_a_spanish_termination_heading_is_read_too():
    assert "ends an investigation into" in lead(summary_of(TERMINATED_ES, "EU"))


# near miss: a termination named in a body paragraph, not a heading line, decides nothing here
IMPOSED_DE = """Antidumping – Fahrradrahmen aus Aluminium mit Ursprung in Vietnam

Einführung eines endgültigen Antidumpingzolls

Mit Durchführungsverordnung vom 2. Mai 2031 wird ein endgültiger Antidumpingzoll von 24,5 % auf die Einfuhren von Fahrradrahmen der KN-Codes ex 8714 91 10 mit Ursprung in Vietnam eingeführt. Einstellung der Untersuchung betreffend Kambodscha, da keine Ausfuhren festgestellt wurden.
"""


def test_a_termination_in_the_body_leaves_the_duty_imposed():
    first = lead(summary_of(IMPOSED_DE, "EU"))
    assert "ends an investigation" not in first
    assert "imposes" in first


ELIMINATED = """Trade Bulletin - Chile, March 2031

On 4 March 2031 the Ministry of Finance published a Decree that amends the customs tariff.

By a Decree of 10 January 2031, tariffs of 15% and 12% were set for copper wire (tariff item 7408.11.00) and copper foil (tariff item 7410.11.00). Under the March Decree, the above tariff items were removed to protect the cable industry. The Decree also raised the tariff on potassium nitrate (tariff item 2834.21.00) to 15% as of 1 April 2031.
"""


def test_rates_the_next_sentence_removes_are_previous():
    roles = roles_of(ELIMINATED, "CL")
    assert (12, "previous") in roles
    assert (15, "previous") in roles
    assert (15, "new") in roles  # the nitrate's rate, the same figure, is the one set
    assert "12%" not in lead(summary_of(ELIMINATED, "CL"))


# near miss: the next sentence removes something else ('the above quotas were removed' names no rates of its own
# sentence? it does: keep the wording of a sentence that keeps the rates)
KEPT = ELIMINATED.replace("the above tariff items were removed", "the above tariff items were kept")


def test_rates_the_next_sentence_keeps_stay_new():
    assert (12, "new") in roles_of(KEPT, "CL")


CONCESSIONS = """Council Regulation (EU) 2031/55 of 9 March 2031 on additional customs duties on imports of certain products originating in the Federative Republic of Brazil

Article 1

The application of tariff concessions and related obligations of the Union under GATT 1994 is suspended in respect of the products originating in Brazil listed in the Annex.

Article 2

An additional ad valorem duty of 12 % shall be imposed on the products originating in Brazil listed in the Annex (CN codes 0805 10 22, 8711 40 00).

Article 3

Products listed in the Annex which are admitted free of import duties under Regulation (EC) No 1186/2009 shall not be subject to the additional duty.
"""


def test_suspended_concessions_impose_the_retaliation():
    first = lead(summary_of(CONCESSIONS, "EU"))
    assert "imposes" in first
    assert "suspends" not in first
    assert "duty_suspension" not in types_of(CONCESSIONS, "EU")


# near miss: an act that suspends the additional duties themselves still suspends them
SUSPENDED_DUTIES = CONCESSIONS.replace(
    "The application of tariff concessions and related obligations of the Union under GATT 1994 is suspended",
    "The application of the additional duties imposed by Regulation (EU) 2030/12 is suspended until 31 December 2031",
)


def test_suspended_duties_still_read_suspends():
    assert "imposes retaliatory" not in lead(summary_of(SUSPENDED_DUTIES, "EU"))


EXTENDED = """TO TAKE CERTAIN ACTIONS UNDER THE AFRICAN GROWTH AND OPPORTUNITY ACT AND FOR OTHER PURPOSES

BY THE PRESIDENT OF THE UNITED STATES OF AMERICA

A PROCLAMATION

1. Section 506A(a)(3) of the Trade Act of 1974 requires the President to terminate the designation of a country that he determines is not making continual progress toward meeting the eligibility requirements.

2. I have determined that Mali does not meet those requirements.

3. To maintain the general level of reciprocal concessions with respect to Jordan, I have determined to provide duty-free access into the United States through the close of December 31, 2032, for specified quantities of certain cheeses of Jordan.

NOW, THEREFORE, I, by virtue of the authority vested in me by the Constitution and the laws of the United States, do proclaim that:

(1) The designation of Mali as a beneficiary sub-Saharan African country for purposes of section 506A of the Trade Act is terminated, effective January 1, 2032.

(2) The quantities of cheeses of Jordan set out in the Annex to this proclamation shall enter free of duty through the close of December 31, 2032.
"""


def test_ends_names_no_origin_whose_access_is_extended():
    first = lead(summary_of(EXTENDED, "US"))
    assert "ends" in first
    assert "Jordan" not in first
    assert "until 31 December 2032" not in first


# near miss: both origins are terminated: both are named
BOTH_ENDED = EXTENDED.replace(
    "3. To maintain the general level of reciprocal concessions with respect to Jordan, I have determined to provide"
    " duty-free access into the United States through the close of December 31, 2032, for specified quantities of"
    " certain cheeses of Jordan.",
    "3. I have determined that Chad does not meet those requirements either.",
).replace(
    "(1) The designation of Mali as",
    "(1) The designations of Chad and Mali as",
)


def test_ends_names_every_origin_it_terminates():
    first = lead(summary_of(BOTH_ENDED, "US"))
    assert "ends" in first
    assert "Chad and Mali" in first


INJURY_WAITS = """CANADA BORDER SERVICES AGENCY

SPECIAL IMPORT MEASURES ACT

Steel fence posts — Decision

On May 3, 2031, pursuant to paragraph 41(1)(b) of the Special Import Measures Act, the Canada Border Services Agency has made a final determination of dumping respecting certain steel fence posts originating in or exported from Vietnam.

Should the Canadian International Trade Tribunal determine that the dumping has caused injury to the domestic industry, anti-dumping duty will be levied on future imports of the subject goods.
"""


def test_a_duty_waiting_for_an_injury_finding_is_a_determination():
    first = lead(summary_of(INJURY_WAITS, "CA"))
    assert "final determination" in first
    assert "announces" not in first


# near miss: a finding of injury made, the duty imposed outright: no determination to wait for
IMPOSED_NOW = """CANADIAN INTERNATIONAL TRADE TRIBUNAL

Steel fence posts — Finding

On May 3, 2031, the Canadian International Trade Tribunal found that the dumping of certain steel fence posts originating in or exported from Vietnam has caused injury to the domestic industry.

Anti-dumping duty is imposed on imports of the subject goods from Vietnam.
"""


def test_a_duty_imposed_outright_keeps_its_verb():
    assert "imposes" in lead(summary_of(IMPOSED_NOW, "CA"))


RESET = """Commission Delegated Regulation (EU) 2032/90 of 3 March 2032 amending Regulation (EU) 2031/55 on additional customs duties on imports of certain products originating in the Federative Republic of Brazil

Whereas:

(1) In accordance with the WTO authorisation to suspend the application of concessions to Brazil, the Commission adjusts each year the level of suspension to the level of nullification or impairment.

HAS ADOPTED THIS REGULATION:

Article 1

An ad valorem duty of 0,4 % additional to the customs duty shall be imposed on the products originating in Brazil listed in the Annex (CN codes 0805 10 22, 8711 40 00).
"""


def test_an_annual_reset_of_an_authorised_suspension_is_retaliation():
    assert types_of(RESET, "EU") == ["retaliation"]
    assert "retaliatory" in lead(summary_of(RESET, "EU"))


# near miss: recitals that name no WTO authorisation leave the rate change as it is
PLAIN_RESET = RESET.replace(
    "In accordance with the WTO authorisation to suspend the application of concessions to Brazil, the Commission"
    " adjusts each year the level of suspension to the level of nullification or impairment.",
    "The Commission adjusts each year the additional duty to the change in world prices.",
)


def test_a_plain_rate_reset_stays_a_rate_change():
    assert "retaliation" not in types_of(PLAIN_RESET, "EU")
