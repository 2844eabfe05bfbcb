"""Line-broken text (wire copy, PDF extraction, e-mail): the soft line breaks read as spaces.

Text wrapped at a fixed width (a line break every 60-90 characters inside a
paragraph) reads to a person as running text, but a line break cuts spaCy's
sentences and quoteattr's quotations. This stage tells wrapped text from
text with one paragraph per line, per document, and gives the parser a
*same-length view* of the text: each soft line break becomes a space and each
word broken across lines (``state-\\nment``) one token, so every offset into
the view is the same offset into the text as given.

A document is wrapped when its line breaks look like a column's
(:func:`is_wrapped`): the longest lines, near the column's width, end in the
middle of a sentence, or lines end mid-sentence with the next line going on
in lower case. In a wrapped document a line break is a paragraph break when
a blank line or an indented line follows, or when the next line's first word
would have fitted on the line and the line ends a sentence (or the next line
begins with a capital); every other line break is soft.

>>> text = "The minister said the\\nbudget would be balanced."
>>> to_parse_text(text)
'The minister said the budget would be balanced.'
>>> to_parse_text("One paragraph.\\nAnother paragraph.")
'One paragraph.\\nAnother paragraph.'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import attrs

from quoteattr.results import Entity, Quote, Source, TextSpan

#: What stands in the view for the hyphen and line break of a word broken
#: across lines: the soft hyphen, which spaCy keeps inside a token.
JOINER = "\u00ad"

#: Characters that end a sentence at the end of a line (closing marks after them count too).
_SENTENCE_FINAL = ".!?\u2026:"
_CLOSING = "\"'\u201d\u2019)]\u00bb"

#: The longest line a column of wrapped text has; longer lines are paragraphs.
MAX_WIDTH = 160

#: How much shorter than the longest line a line may be and still fill the column.
FILL_SLACK = 20

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")


@attrs.frozen
class _Line:
    start: int
    end: int  # where the line's text ends (before trailing spaces and the break)
    stop: int  # where the line break ends
    text: str  # the line, without its break

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indented(self) -> bool:
        return self.text[:1].isspace()


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        body = match.group().rstrip("\r\n")
        stripped = body.rstrip()
        lines.append(_Line(match.start(), match.start() + len(stripped), match.end(), body))
    return lines


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_CLOSING)
    return stripped[-1:] in tuple(_SENTENCE_FINAL)


def _first_word(line: str) -> str:
    return line.split(maxsplit=1)[0] if line.strip() else ""


def is_wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped at a fixed width, rather than one paragraph per line.

    Judged from the lines followed by another line of the same paragraph
    (not blank, not indented): wrapped when at least half of those near the
    longest line's length (and at least two) end mid-sentence, with the
    longest line at most :data:`MAX_WIDTH` characters; or when at least half
    of all of them end mid-sentence before a line that goes on in lower case.

    >>> is_wrapped("The minister said the\\nbudget would be balanced by\\n2027, she said.")
    True
    >>> is_wrapped("Talks failed.\\n\\n\\"We will go on,\\" she said.")
    False
    """
    lines = _lines(text)
    followed = [
        line
        for line, after in itertools.pairwise(lines)
        if not line.blank and not after.blank and not after.indented
    ]
    if not followed:
        return False
    width = max(len(line.text.rstrip()) for line in lines)
    following = {line.start: after for line, after in itertools.pairwise(lines)}
    runs_on = sum(
        not _ends_sentence(line.text) and following[line.start].text[:1].islower()
        for line in followed
    )
    if 2 * runs_on >= len(followed):
        return True
    if width > MAX_WIDTH:
        return False
    full = [line for line in followed if len(line.text.rstrip()) >= width - FILL_SLACK]
    open_full = sum(not _ends_sentence(line.text) for line in full)
    return open_full >= 2 and 2 * open_full >= len(full)


def find_soft_breaks(text: str) -> list[tuple[int, int, bool]]:
    """The soft line breaks of a wrapped text; ``[]`` when it is not wrapped.

    Args:
        text: Any text.

    Returns:
        ``(start, end, joined)`` per soft break, in order: ``text[start:end]``
        is the trailing spaces and the line break (``\\n``, ``\\r\\n`` or
        ``\\r``), with the hyphen before it when ``joined`` (a word broken
        across the lines, ``state-\\nment``).
    """
    if not is_wrapped(text):
        return []
    lines = _lines(text)
    width = _wrap_width(lines)
    breaks = []
    for line, after in itertools.pairwise(lines):
        if line.blank or after.blank or after.indented:
            continue
        body = line.text.rstrip()
        goes_on_lower = after.text[:1].islower()
        fits = len(body) + 1 + len(_first_word(after.text)) <= width
        if fits and not (goes_on_lower and not _ends_sentence(body)):
            continue  # the next word would have fitted: the line ended on purpose
        joined = bool(_BROKEN_WORD.search(body)) and goes_on_lower
        breaks.append((line.end - 1 if joined else line.end, line.stop, joined))
    return breaks


def _wrap_width(lines: list[_Line]) -> int:
    """The width a text was wrapped at: the 90th percentile of its line lengths.

    Not the longest line: a line the wrapper could not break (a long address,
    words joined by two spaces) would make every shorter line look as if the
    next word had fitted, and its break deliberate.
    """
    lengths = sorted(len(line.text.rstrip()) for line in lines if not line.blank)
    return lengths[(9 * (len(lengths) - 1)) // 10] if lengths else 0


def to_parse_text(text: str) -> str:
    """The same-length view of ``text`` that the parser reads.

    Each soft line break (:func:`find_soft_breaks`) becomes spaces (a
    ``\\r\\n`` two), and the hyphen and break of a word broken across lines
    become :data:`JOINER` characters, so ``state-\\nment`` is one token. A text
    that is not wrapped is returned as it is.

    >>> to_parse_text("The state-\\nment said that the talks on trade\\nwould go on until May.")
    'The state\\xad\\xadment said that the talks on trade would go on until May.'
    """
    breaks = find_soft_breaks(text)
    if not breaks:
        return text
    parts = []
    last = 0
    for start, end, joined in breaks:
        parts.append(text[last:start])
        parts.append((JOINER if joined else " ") * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def to_wrapped_text(text: str, width: int) -> str:
    """``text`` with each line wrapped at ``width`` columns, every offset unchanged.

    Greedy wrapping, as wire services and e-mail do it: a single space between
    two words becomes a line break where the next word would pass ``width``.
    Line breaks, other spaces and words longer than ``width`` stay as they
    are. Used to measure quoteattr on wrapped text against gold offsets.

    >>> to_wrapped_text("one two three four\n\nfive six", 9)
    'one two\nthree\nfour\n\nfive six'
    """
    chars = list(text)
    line_begin = 0
    for word in re.finditer(r"\S+|\n", text):
        start, end = word.span()
        if word.group() == "\n":
            line_begin = end
        elif (
            start > line_begin
            and end - line_begin > width
            and text[start - 1] == " "
            and not text[start - 2].isspace()
        ):
            chars[start - 1] = "\n"
            line_begin = start
    return "".join(chars)


def _span(span: TextSpan, text: str) -> TextSpan:
    return TextSpan.from_offsets(text, span.start, span.end)


def _source(source: Source | None, text: str) -> Source | None:
    if source is None:
        return None
    return attrs.evolve(source, mention=_span(source.mention, text))


def with_text(quotes: Iterable[Quote], text: str) -> list[Quote]:
    """The quotes found in a view of ``text``, their spans holding ``text``'s characters.

    Args:
        quotes: Quotes whose offsets index ``text`` (found in its view).
        text: The text as given.

    Returns:
        The same quotes, each span's ``text`` read from ``text``.
    """
    return [
        attrs.evolve(
            quote,
            content=tuple(_span(segment, text) for segment in quote.content),
            cue=None if quote.cue is None else _span(quote.cue, text),
            source=_source(quote.source, text),
        )
        for quote in quotes
    ]


def entities_with_text(entities: Iterable[Entity], text: str) -> list[Entity]:
    """:func:`with_text` for the sources of a document."""
    return [
        attrs.evolve(entity, mentions=tuple(_span(m, text) for m in entity.mentions))
        for entity in entities
    ]
