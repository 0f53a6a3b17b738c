"""A text without a source jurisdiction has it read from its own phrases once: the dates (a US text writes its
numeric dates month first) and the countries take the same reading."""

from nlp import pipeline

NOTICE = (
    "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n\n"
    "Certain Steel Nails From the Sultanate of Oman: Final Results of Antidumping Duty Administrative Review\n\n"
    "AGENCY: International Trade Administration (Enforcement and Compliance), Commerce.\n"
    "SUMMARY: The U.S. Department of Commerce determines that imports entered on 10/05/2031 are subject to "
    "antidumping duties.\n"
)


def _counting(monkeypatch) -> list[tuple]:
    calls = []
    read = pipeline.implementing_jurisdiction

    def counted(*arguments):
        calls.append(arguments[1:])
        return read(*arguments)

    monkeypatch.setattr(pipeline, "implementing_jurisdiction", counted)
    return calls


def test_without_a_source_the_text_is_read_once_for_dates_and_countries(monkeypatch):
    calls = _counting(monkeypatch)
    doc = pipeline.analyse(NOTICE)
    assert calls == [()]
    assert doc._.countries["implementing"] == ["US"]
    assert [d.date for d in doc._.dates if d.text == "10/05/2031"] == ["2031-10-05"]  # month first


def test_with_a_source_only_the_countries_ask_and_with_it(monkeypatch):
    calls = _counting(monkeypatch)
    doc = pipeline.analyse(NOTICE, jurisdiction="US")
    assert calls == [("US",)]
    assert doc._.countries["implementing"] == ["US"]
