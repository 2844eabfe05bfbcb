"""Transcripts quoted whole: a quotation whose paragraphs open with a speaker label.

``"WALLACE: ...`` then a paragraph ``PENCE: ..."`` is one turn per label; the direct stage
(:mod:`quoteattr.direct`) makes each turn a quote, the label its source.
"""

from __future__ import annotations

import re

from quoteattr.quotemarks import Quotation

#: A speaker label opening a transcript paragraph: ``"WALLACE: ...``, ``"PENCE: ...``.
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}:[ \t]")


def find_transcript_turns(
    text: str, quotations: list[Quotation]
) -> dict[Quotation, list[tuple[int, int, int]]]:
    """Quotations that hold a transcript, each paragraph opening with a speaker label.

    Returns, for each such quotation, its turns as (label start, colon, turn end) offsets.
    """
    turns: dict[Quotation, list[tuple[int, int, int]]] = {}
    for quotation in quotations:
        paragraphs = [quotation.inner_start] + [
            m.end()
            for m in re.finditer(r"\n\s*[\"\u201c\u201e]?", text[quotation.start : quotation.end])
        ]
        labels = []
        for offset in paragraphs:
            start = offset if offset == quotation.inner_start else quotation.start + offset
            match = SPEAKER_LABEL.match(text, start)
            if match:
                labels.append((start, match.end() - 2))
        if not labels or labels[0][0] != quotation.inner_start:
            continue
        bounds = [label for label, _ in labels[1:]] + [quotation.inner_end]
        found = []
        for (label, colon), bound in zip(labels, bounds):
            end = text.rfind("\n", label, bound)
            end = bound if end < 0 or not labels or bound == quotation.inner_end else end
            found.append((label, colon, len(text[:end].rstrip(' \t\n"\u201c\u201d'))))
        turns[quotation] = found
    return turns
