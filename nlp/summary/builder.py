"""A one- or two-sentence extractive summary: the sentences that best say what changed."""

from __future__ import annotations

import re

from nlp.text.sentences import Sentences

ACTION = re.compile(
    r"\b(?:hereby|impos|introduc|extend|suspend|amend|replac|modif|terminat|initiat|insert|delet|"
    r"apply|applies|enter into force|comes into force|is subject|shall be subject|will apply|"
    r"preliminary results|final results|determin)\w*",
    re.I,
)
NOISE = re.compile(r"^\W*(?:for further information|agency|dates|summary|addresses|see\b|\\\d+\\)", re.I)
# Page furniture in front of a sentence: "[Federal Register Volume 91, Number 222 (...)] [Notices]",
# and an all-capitals agency line ("OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE The ...").
HEADER = re.compile(
    r"^(?:\s*\[[^\]]{0,200}\])+\s*|^(?:[A-Z][A-Z&,.'’-]*\s+){2,}(?=[A-Z][a-z])|^(?:ACTION|SUMMARY|AGENCY):\s*"
)
JOINING_WORDS = {"of", "the", "in", "and", "or", "to", "for", "on", "by", "with", "from", "a", "an", "at", "under"}
TERMINAL = (".", "!", "?", "…", ".)", ".”", '."')


def summarise(
    text: str,
    sentences: Sentences,
    evidence_offsets: list[int],
    max_sentences: int = 2,
    max_chars: int = 400,
    title: str | None = None,
) -> str:
    """Pick the sentences with an action verb and the most evidence (codes, dates), earliest first.

    The title is shown beside the summary everywhere, so the summary never repeats it.
    """
    scored = []
    evidence = sorted(evidence_offsets)
    heading = " ".join((title or "").split()).lower()
    for index, (start, end) in enumerate(sentences.spans[:400]):
        sentence = operative_part(text[start:end])
        if len(sentence) < 40 or NOISE.match(sentence) or sentence.count("|") > 1 or not sentence.endswith(TERMINAL):
            continue
        if heading and (
            sentence.lower() == heading
            or (
                index < 3
                and "\n" not in text[start:end].strip()
                and not sentence.endswith(".")
                and heading in sentence.lower()
            )
        ):
            continue
        score = 2.0 * len(ACTION.findall(sentence))
        score += sum(1 for offset in evidence if start <= offset < end) * 0.5
        score -= index * 0.01  # prefer the opening sentences, where the act says what it does
        scored.append((score, start, sentence))
    best = sorted(scored, key=lambda item: -item[0])[:max_sentences]
    chosen = [sentence for _, _, sentence in sorted(best, key=lambda item: item[1])]
    summary = " ".join(chosen)
    return summary if len(summary) <= max_chars else summary[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def operative_part(raw: str) -> str:
    """The sentence without page headers, agency lines or a heading line run into it."""
    lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
    start = 0
    for i in range(1, len(lines)):
        if _is_heading_break(lines[i - 1], lines[i]):
            start = i  # what came before was a heading line, not part of this sentence
    return HEADER.sub("", " ".join(" ".join(lines[start:]).split()))


def _is_heading_break(line: str, following: str) -> bool:
    """A line ending without punctuation or a joining word, followed by a line that opens a sentence
    ("A provisional duty ...", "The exclusions ..."), not a wrapped proper name ("Tariff Schedule")."""
    last = line.rsplit(" ", 1)[-1].lower()
    opens_sentence = re.match(r"[A-Z][a-z]*\s+[a-z]", following) is not None
    return line[-1] not in ".,;:(-" and last not in JOINING_WORDS and opens_sentence
