"""Quotation marks: which marks open and close a quotation, and where.

Works on the raw text, before any parse. A quotation nested inside another is
part of the outer one, so only outermost quotations are returned.
"""

from __future__ import annotations

import attrs

#: Opening marks and the closing marks that may end them.
PAIRS: dict[str, str] = {
    '"': '"',
    "\u201c": "\u201d",  # “ ”
    "\u201e": "\u201c\u201d",  # „ “ (German) or „ ” (Polish)
    "\u00ab": "\u00bb",  # « »
}


@attrs.frozen
class Quotation:
    """A stretch of text between an opening and a closing quotation mark.

    Attributes:
        start: Offset of the opening mark.
        end: Offset one past the closing mark, or the end of the text the
            quotation runs to when it is never closed.
        closed: Whether a closing mark was found.
    """

    start: int
    end: int
    closed: bool = True

    @property
    def inner_start(self) -> int:
        """Offset of the first character after the opening mark."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset of the closing mark (or ``end`` when unclosed)."""
        return self.end - 1 if self.closed else self.end


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quotations in ``text``, in order.

    Args:
        text: Any text.

    Returns:
        The quotations; an unclosed one ends at the end of its paragraph.
    """
    quotations: list[Quotation] = []
    position = 0
    while position < len(text):
        mark = text[position]
        if mark not in PAIRS:
            position += 1
            continue
        paragraph_end = text.find("\n\n", position)
        if paragraph_end < 0:
            paragraph_end = len(text)
        closing = [text.find(c, position + 1, paragraph_end) for c in PAIRS[mark]]
        found = [c for c in closing if c >= 0]
        if found:
            close = min(found)
            quotations.append(Quotation(position, close + 1))
            position = close + 1
        else:
            position += 1
    return quotations
