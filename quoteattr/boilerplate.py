"""Press-release and wire boilerplate, which is not speech.

A press release ends with a contact block (``CONTACT: Bob Smith, 555-0100``,
``Media contact:``) and an end mark (``###``, ``-30-``, ``-- END --``); wire
copy ends with its credits (``(Reporting by ...; Editing by ...)``). A label
and a colon look like a speaker and a cue to the reported-speech stage, so
quotes whose cue lies in such a line are dropped. The quotes of the release
itself stay.

>>> text = 'Sales rose.\\n\\nCONTACT: Bob Smith, 555-0100\\n###'
>>> [text[start:end] for start, end in find_boilerplate(text)]
['CONTACT: Bob Smith, 555-0100', '###']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quoteattr.results import Quote

#: One line of boilerplate: a contact label, an end mark, or wire credits.
_BOILERPLATE_LINE = re.compile(
    r"^[^\S\r\n]*(?:"
    r"(?:(?:media|press|investor|news)[^\S\r\n]+)?(?:contacts?|inquiries|enquiries)[^\S\r\n]*:[^\r\n]*"
    r"|#{3,}|-+[^\S\r\n]*30[^\S\r\n]*-+|-+[^\S\r\n]*end[^\S\r\n]*-+"
    r"|\((?:reporting|writing|additional reporting|compiled)[^\S\r\n]+by[^\r\n]*\)"
    r")[^\S\r\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that are press-release or wire boilerplate.

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` offsets of each boilerplate line (without its line
        break), in order.
    """
    return [
        (match.start() + len(match.group()) - len(match.group().lstrip()), match.end())
        for match in _BOILERPLATE_LINE.finditer(text)
    ]


def drop_boilerplate(quotes: Iterable[Quote], text: str) -> list[Quote]:
    """``quotes`` without those whose cue or first content segment lies in boilerplate."""
    quotes = list(quotes)
    regions = find_boilerplate(text)
    if not regions:
        return quotes

    def inside(start: int) -> bool:
        return any(begin <= start < end for begin, end in regions)

    return [
        quote
        for quote in quotes
        if not inside(quote.start) and (quote.cue is None or not inside(quote.cue.start))
    ]
