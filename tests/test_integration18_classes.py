"""Where round 18's branches met (integration): the section 301 statute beside exclusions is dropped only under a
headline of a filing message ('GUIDANCE', 'Instructions'); the statute's own actions (a notice of action, a review's
memorandum) and their updates keep retaliation beside the exclusions they grant.
Every passage is written for these tests."""

from nlp.pipeline import analyse


def measures(text: str) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction="US")._.measures}


def test_a_guidance_message_on_section_301_exclusions_takes_no_retaliation():
    text = (
        "CSMS # 71234567 - GUIDANCE: Section 301 Ruritania Exclusion Amendments\n\n"
        "This message provides guidance on two previously extended Section 301 exclusions, whose HTSUS numbers are "
        "re-described after a change of the statistical suffixes effective July 1, 2031.\n"
    )
    assert measures(text) == {"exclusion"}


def test_a_notice_of_action_under_section_301_keeps_retaliation_beside_its_exclusions():
    text = (
        "Notice of Action Pursuant to Section 301: Ruritania's Acts, Policies, and Practices Related to Shipbuilding\n\n"
        "SUMMARY: In accordance with the direction of the President, the U.S. Trade Representative has determined to "
        "take action under section 301 of the Trade Act of 1974. The U.S. Trade Representative will establish a "
        "process by which U.S. stakeholders may request that particular products be excluded from the action.\n"
    )
    assert measures(text) == {"exclusion", "retaliation"}
