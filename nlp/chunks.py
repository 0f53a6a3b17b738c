"""Long documents are extracted in chunks, with every span in the whole document's offsets.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters, error E088), and one failure
used to block every later run. Rather than truncate (a tariff annex's last pages hold codes, an
EU act's last article holds its entry into force), a text over CHUNK_CHARS is cut at paragraph
breaks into chunks, each analysed alone; the results are merged:

- facts with spans (codes, dates, measure evidence: dicts with "start", "end" and a non-empty
  "text") are shifted by their chunk's offset and concatenated;
- lists of names (measure types, countries) are united in order of first appearance; "other"
  measure type only stands when no chunk found a real one;
- single values (summary, language, jurisdiction, the official title) come from the first chunk
  that has one, a span shifted like the others: the opening of a document carries its title, its
  summary and its language.

Unknown keys follow the same rules by shape, so a new fact type needs no change here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

CHUNK_CHARS = 500_000  # well under spaCy's 1,000,000; extraction time stays linear in the chunks
BREAKS = ("\n\n", "\n", ". ", " ")


def analyse_in_chunks(text: str, result: Callable, **analysis) -> dict:
    """`result(doc)` of the whole text: of one analysis, or of each chunk merged (see above).

    `analysis` goes to `nlp.pipeline.analyse` (published, jurisdiction, title, embeddings).
    """
    from nlp.pipeline import analyse

    return merge_changes([(offset, result(analyse(chunk, **analysis))) for offset, chunk in text_chunks(text)])


def text_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pieces of at most `size` characters, cut at the last paragraph break (else
    line break, sentence end, space) before the limit, so no fact straddles two chunks."""
    offset = 0
    while len(text) - offset > size:
        end = _cut(text, offset, offset + size)
        yield offset, text[offset:end]
        offset = end
    yield offset, text[offset:]


def _cut(text: str, start: int, limit: int) -> int:
    for mark in BREAKS:
        found = text.rfind(mark, start + 1, limit)
        if found > start + (limit - start) // 2:  # keep chunks at least half full
            return found + len(mark)
    return limit


def merge_changes(parts: list[tuple[int, dict]]) -> dict:
    """One change from the changes of a document's chunks, given with their offsets."""
    if len(parts) == 1:
        return parts[0][1]
    merged: dict = {}
    for key in dict.fromkeys(key for _, change in parts for key in change):
        merged[key] = _merge_values([(offset, change.get(key)) for offset, change in parts])
    if "measure_types" in merged:
        merged["measure_types"] = _without_other(merged["measure_types"], lambda kind: kind)
    if "measure_evidence" in merged:
        merged["measure_evidence"] = _without_other(merged["measure_evidence"], lambda item: item.get("type"))
    return merged


def _merge_values(values: list[tuple[int, object]]):
    present = [(offset, value) for offset, value in values if value not in (None, "", [], {})]
    if not present:
        return values[0][1]
    first = present[0][1]
    if isinstance(first, list):
        return _merge_lists(present)
    if _is_fact(first):  # one fact with a span (an official title): the first chunk's, in whole-text offsets
        return _shifted(first, present[0][0])
    if isinstance(first, dict):
        keys = dict.fromkeys(key for _, value in present for key in value)
        return {key: _merge_values([(offset, value.get(key)) for offset, value in present]) for key in keys}
    return first


def _merge_lists(present: list[tuple[int, list]]) -> list:
    if any(isinstance(item, dict) for _, items in present for item in items):
        return [_shifted(item, offset) for offset, items in present for item in items]
    joined = [item for _, items in present for item in items]
    try:
        return list(dict.fromkeys(joined))
    except TypeError:  # unhashable items: keep them all
        return joined


def _is_fact(item) -> bool:
    return isinstance(item, dict) and bool(item.get("text")) and isinstance(item.get("start"), int)


def _shifted(item, offset: int):
    """A fact with its span moved into the whole document's offsets."""
    if not _is_fact(item):
        return item
    return {**item, "start": item["start"] + offset, "end": item["end"] + offset}


def _without_other(items: list, kind_of) -> list:
    real = [item for item in items if kind_of(item) != "other"]
    if real:
        return real
    return items[:1]
