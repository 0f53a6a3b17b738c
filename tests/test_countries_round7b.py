"""Affected countries, round 7 second pass of issue 15: a quota bulletin's allocation field ('Restraint Level:') lists
one country per line with its quantity; those allotted a quantity are the quota's origins, those listed without one
('no limit') are outside the quota. Every passage is written for these tests (other goods, partners and numbers
than any eval set)."""

from nlp.pipeline import analyse


def countries(text: str, jurisdiction: str | None = None) -> dict:
    return analyse(text, jurisdiction=jurisdiction)._.countries


BULLETIN = (
    "Commodity:\n"
    "Lamb as provided for in Chapter 2, Additional U.S. Note 9, of the Harmonized Tariff Schedule.\n"
    "Quota Period:\n"
    "January 1, 2032, through December 31, 2032\n"
    "Restraint Level:\n"
    "Chile (export certificate required)\n"
    "1,250,000 kg\n"
    "Iceland (export certificate required)\n"
    "480,000 kg\n"
    "Other countries or areas\n"
    "2,100,000 kg\n"
    "Peru\n"
    "no limit (Use Entry type code 01)\n"
    "Reporting Instructions:\n"
    "Countries with no limit are not quota entries.\n"
    "Special Instructions:\n"
    "Lamb imports from Chile and Iceland require an export certificate to qualify for the in-quota rate; imports "
    "from Peru are entered as consumption entries.\n"
)


def test_a_quota_bulletin_allots_its_quota_to_the_countries_with_a_quantity():
    assert countries(BULLETIN, "US") == {"implementing": ["US"], "affected": ["CL", "IS"]}


def test_quantities_on_the_countrys_own_line_count_too():
    text = (
        "QUOTA PERIOD:\nOctober 1, 2031, through September 30, 2032\n"
        "RESTRAINT LEVELS:\n"
        "Raw cane sugar 95,000,000 kg\n"
        "Colombia (certificate required) 24,000,000 kg\n"
        "Guatemala (certificate required) 31,500,000 kg\n"
        "HTS NUMBERS:\n1701.13.1000\n"
    )
    assert countries(text, "US") == {"implementing": ["US"], "affected": ["CO", "GT"]}


def test_a_rate_column_headed_by_partners_names_no_origin():
    text = (
        "Correction Notice R.9001, correcting Part 1 of Schedule No. 1, by the substitution of the rates of duty in "
        "the column headed “EU/UK” for subheading 8516.60.10 from 10% to 5%; and in the columns headed “General” and "
        "“EFTA” for subheading 8418.10 from 25% to 20%.\n"
    )
    assert countries(text, "ZA") == {"implementing": ["ZA"], "affected": []}


def test_a_rate_column_heading_leaves_an_origin_named_after_it():
    text = (
        "Notice R.9002 amends Part 2 of Schedule No. 2 by the substitution of the rate of duty in the column headed "
        "“Rate of anti-dumping duty” for glass fibre rovings originating in Peru from 20% to 31%.\n"
    )
    assert countries(text, "ZA") == {"implementing": ["ZA"], "affected": ["PE"]}
