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
        sentence = " ".join(text[start:end].split())
        if len(sentence) < 40 or NOISE.match(sentence) or sentence.count("|") > 1:
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
