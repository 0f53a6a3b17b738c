"""A document's metadata dates (API fields) merged with the dates of its text: every case pinned whole."""

from nlp.dates.metadata import missing_document_facts, reconcile_dates

IN_FORCE = {"type": "entry_into_force", "date": "2031-03-02", "text": "shall apply from 2 March 2031", "start": 40}


def text_fact(**fields) -> dict:
    """A text date as reconcile_dates returns it: every key present, the ones not given None."""
    keys = ("type", "date", "derived", "text", "start", "end", "sentence", "field", "conflict")
    return {**dict.fromkeys(keys), **fields}


def test_the_same_type_and_date_in_both_is_one_fact_with_both_evidences():
    merged = reconcile_dates([IN_FORCE], [{"field": "effective_on", "type": "entry_into_force", "date": "2031-03-02"}])
    assert merged == [text_fact(**IN_FORCE, field="effective_on")]


def test_a_field_with_its_own_evidence_words_is_quoted_by_them():
    official = {"field": "effective_on", "evidence": "API field effective_on", "type": "entry_into_force"}
    merged = reconcile_dates([], [{**official, "date": "2031-04-15"}])
    assert merged == [
        {
            "type": "entry_into_force",
            "date": "2031-04-15",
            "derived": 0,
            "text": "API field effective_on",
            "start": None,
            "end": None,
            "sentence": "API field effective_on",
            "field": "API field effective_on",
            "conflict": None,
        }
    ]


def test_another_date_of_the_same_type_keeps_both_each_naming_the_other():
    merged = reconcile_dates([IN_FORCE], [{"field": "effective_on", "type": "entry_into_force", "date": "2031-03-09"}])
    assert merged == [
        text_fact(**IN_FORCE, conflict="effective_on says 2031-03-09"),
        text_fact(
            type="entry_into_force",
            date="2031-03-09",
            derived=0,
            text="effective_on",
            sentence="effective_on",
            field="effective_on",
            conflict="the text says 2031-03-02",
        ),
    ]


def test_two_text_dates_against_a_third_are_named_in_order():
    later = {**IN_FORCE, "date": "2031-05-01", "start": 90}
    merged = reconcile_dates(
        [later, IN_FORCE], [{"field": "effective_on", "type": "entry_into_force", "date": "2031-04-01"}]
    )
    assert [fact["conflict"] for fact in merged] == [
        "effective_on says 2031-04-01",
        "effective_on says 2031-04-01",
        "the text says 2031-03-02, 2031-05-01",
    ]


def test_a_text_date_confirmed_once_is_not_confirmed_twice():
    fields = [
        {"field": "effective_on", "type": "entry_into_force", "date": "2031-03-02"},
        {"field": "signing_date", "type": "entry_into_force", "date": "2031-03-02"},
    ]
    merged = reconcile_dates([IN_FORCE], fields)
    assert [(fact["field"], fact["start"], fact["conflict"]) for fact in merged] == [
        ("effective_on", 40, None),
        ("signing_date", None, None),
    ]


def test_other_types_do_not_meet():
    comments = {"field": "comments_close_on", "type": "comment_deadline", "date": "2031-03-02"}
    merged = reconcile_dates([IN_FORCE], [comments])
    assert [(fact["type"], fact["field"], fact["conflict"]) for fact in merged] == [
        ("entry_into_force", None, None),
        ("comment_deadline", "comments_close_on", None),
    ]


def test_a_document_without_a_publication_date_takes_the_earliest_its_text_states():
    change = {
        "dates": [
            {"type": "document_date", "date": "2031-01-05"},
            {"type": "publication", "date": "2031-01-20"},
            {"type": "publication", "date": "2031-01-12"},
        ],
        "jurisdiction": "NZ",
    }
    assert missing_document_facts({}, change) == {"published_date": "2031-01-12", "jurisdiction": "NZ"}


def test_the_document_date_stands_in_when_no_publication_is_stated():
    change = {"dates": [{"type": "document_date", "date": "2031-01-05"}, IN_FORCE], "jurisdiction": None}
    assert missing_document_facts({"jurisdiction": "AU"}, change) == {"published_date": "2031-01-05"}


def test_what_the_document_already_has_is_not_replaced():
    change = {"dates": [{"type": "publication", "date": "2031-01-12"}], "jurisdiction": "NZ"}
    assert missing_document_facts({"published_date": "2031-01-10", "jurisdiction": "AU"}, change) == {}
