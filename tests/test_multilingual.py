"""EU acts in French and German, on real texts (tests/fixtures/multilingual/, provenance in each file):
the exact dates with their types and the exact codes the pipeline finds in each."""

from pathlib import Path

import pytest

from nlp.pipeline import analyse

FOLDER = Path(__file__).parent / "fixtures" / "multilingual"

PUB, DOC, OTHER = "publication", "document_date", "other"

EXPECTED = {
    # register entry and Official Journal header of an implementing regulation; its title printed twice
    "fr_32016R0090_cables_acier.txt": {
        "lang": "fr",
        "dates": {
            (PUB, "2016-01-27"),
            (DOC, "2016-01-26"),
            (OTHER, "2009-11-30"),  # the basic Regulation it cites
            (OTHER, "2018-04-20"),  # EUR-Lex's note on the end of validity
        },
        "codes": set(),
    },
    # a notice of initiation: the day the request was lodged is history; CN codes, several of them "ex"
    "fr_52013XC0712-06_nitrate_ammonium.txt": {
        "lang": "fr",
        "dates": {(PUB, "2013-07-12"), (OTHER, "2009-11-30"), (OTHER, "2013-03-28")},
        "codes": {
            ("31023090", False),
            ("31024090", False),
            ("31022900", True),
            ("31026000", True),
            ("31029000", True),
            ("31051000", True),
            ("31052010", True),
            ("31055100", True),
            ("31055900", True),
        },
    },
    # a page flattened without spaces ("du Conseildu 21 janvier 2008"); the investigation period is history
    "fr_32008R0063_dihydromyrcenol.txt": {
        "lang": "fr",
        "dates": {
            (DOC, "2008-01-21"),
            (OTHER, "1995-12-22"),
            (OTHER, "1996-03-06"),
            (OTHER, "2005-12-23"),
            (OTHER, "2007-07-27"),
            (OTHER, "2007-07-28"),
            (OTHER, "2005-10-01"),
            (OTHER, "2006-09-30"),
            (OTHER, "2003-01-01"),
        },
        "codes": set(),
    },
    "de_32019R1131_zollinstrument.txt": {
        "lang": "de",
        "dates": {(PUB, "2019-07-03"), (DOC, "2019-07-02"), (OTHER, "2016-06-08")},
        "codes": set(),
    },
    "de_32011R1334_erstattungsnomenklatur.txt": {
        "lang": "de",
        "dates": {
            (PUB, "2011-12-20"),
            (DOC, "2011-12-19"),
            (OTHER, "2007-10-22"),
            (OTHER, "1987-12-17"),
            (OTHER, "2012-01-01"),
            (OTHER, "2012-12-31"),
        },
        "codes": set(),
    },
    # HS and TARIC codes written solid; the TARIC additional code C999 and act numbers are not codes
    "de_32023R0825_art1.txt": {
        "lang": "de",
        "dates": set(),
        "codes": {
            (code, False)
            for code in (
                "721911 721912 721913 721914 721922 721923 721924 722011 722012 7219110010 7219121010 7219129010 "
                "7219131010 7219139010 7219141010 7219149010 7219221010 7219229010 7219230010 7219240010 "
                "7220110010 7220120010"
            ).split()
        },
    },
}


def read(name: str) -> str:
    """The fixture's text without its provenance lines."""
    lines = (FOLDER / name).read_text("utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("# "))


def test_every_fixture_is_checked():
    assert sorted(path.name for path in FOLDER.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_french_and_german_acts(name):
    expected = EXPECTED[name]
    doc = analyse(read(name))
    assert doc.lang_ == expected["lang"]
    assert {(d.type, d.date) for d in doc._.dates} == expected["dates"]
    assert {(c.code, c.ex) for c in doc._.codes} == expected["codes"]
    assert doc._.code_ranges == []
