"""Quotation marks: which marks open and close a quotation, and where.

Works on the raw text, before any parse. A quotation nested inside another is
part of the outer one, so only outermost quotations are returned.

Conventions handled:

- double marks: straight ``"``, curly ``“…”``, low-high ``„…“`` and ``„…”``,
  the typewriter twins ``''…''`` and ````…''`` (PTB/NYT style), and the
  reversed ``”…”``;
- guillemets ``«…»`` (French spacing too) and ``»…«`` (German);
- single marks used as quotation marks: ``‘…’``, ``'…'``, ``‚…‘``, ``‹…›`` and
  the LaTeX/ASCII ```…'``;
- HTML character references for any of these (``&ldquo;``, ``&rdquo;``,
  ``&quot;``, ``&#8220;``, ``&#x201D;``, ``&lsquo;``, ``&laquo;``, ...): a
  quotation's offsets and marks cover the references as written.

Apostrophes are not quotation marks: a mark between two letters or digits
(``don't``), a leading elision (``the '90s``, ``'em``, ``rock 'n' roll``) and a
trailing one (``students'``) when no single-mark quotation is open, or when a
word follows it and the next single mark in the line closes (``'Charles' dog
is old,' she said``).

Unbalanced marks never raise and never swallow the rest of the text:

- a stray closing mark is ignored;
- a double mark opening after a sentence end while a double quotation is
  open continues that quotation (a paragraph break lost in the text:
  ``"... closed. "The reason ..."``);
- an unclosed opening mark at the end of a paragraph continues into the next
  paragraph when that paragraph opens with a mark of the same kind (news
  style for long quotes: every paragraph opens, only the last closes);
- otherwise an unclosed double mark or guillemet runs to the end of its
  paragraph, or of its line when the paragraph is hard-wrapped (``closed=False``), and an unclosed single mark is dropped (it is
  most likely an apostrophe), any quotation inside it then counting on its own.

Paragraphs are separated by a blank line, or by a single line break after a
line that ends a sentence (a line that stops mid-sentence is taken as hard
wrapping). Marks inside markup tags (``<tweet author="...">``) are ignored.
"""

from __future__ import annotations

import html
import re
from typing import Any

import attrs

#: Families of marks: a closing mark closes only an opening mark of its family.
DOUBLE = "double"
GUILLEMET = "guillemet"
SINGLE = "single"

#: The family of every quotation mark (twin marks are two characters).
FAMILIES: dict[str, str] = {
    '"': DOUBLE,
    "\u201c": DOUBLE,  # “
    "\u201d": DOUBLE,  # ”
    "\u201e": DOUBLE,  # „
    "\u201f": DOUBLE,  # ‟
    "''": DOUBLE,
    "``": DOUBLE,
    "\u2018\u2018": DOUBLE,  # ‘‘
    "\u2019\u2019": DOUBLE,  # ’’
    "\u00ab": GUILLEMET,  # «
    "\u00bb": GUILLEMET,  # »
    "'": SINGLE,
    "\u2018": SINGLE,  # ‘
    "\u2019": SINGLE,  # ’
    "\u201a": SINGLE,  # ‚
    "\u2039": SINGLE,  # ‹
    "\u203a": SINGLE,  # ›
    "`": SINGLE,  # `...' (LaTeX/ASCII)
}

# One match per mark, markup tag or run of line breaks. Tags are matched so
# that the marks inside them are skipped.
_SCAN = re.compile(
    r"(?P<tag></?[A-Za-z][\w:.-]*(?:\s[^<>]{0,10000})?/?>)"
    r"|(?P<brk>(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))*)"
    r"|(?P<run>'{2,})"
    r"|(?P<mark>``|\u2018\u2018|\u2019\u2019|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'\u2018\u2019\u201a\u2039\u203a`])"
)
_MARK = re.compile(
    r"''|``|\u2018\u2018|\u2019\u2019|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'\u2018\u2019\u201a\u2039\u203a`]"
)
# An HTML character reference, named or numeric (``&ldquo;``, ``&#8220;``, ``&#x201D;``).
_REFERENCE = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});")
# What follows an apostrophe that stands for left-out letters or digits.
_ELISION = re.compile(
    r"(?:\d\d(?:s\b|\b)|em\b|n\b|til\b|cause\b|cos\b|bout\b|tis\b|twas\b|s\b|re\b|ll\b|ve\b|d\b|m\b|t\b)",
    re.IGNORECASE,
)
_SINGLE_MARK = re.compile("['\u2018\u2019]")
# Characters after which a mark may open, and before which one may close.
_BEFORE_OPENING = frozenset("([{<\u2014\u2013-/\"'`\u201c\u2018\u201e\u201a\u201f\u00ab\u2039")
_AFTER_CLOSING = frozenset(".,;:!?)]}>\u2014\u2013-/\u2026\"'\u201d\u2019\u00bb\u203a*")
# Double marks written the same way to open and to close.
_AMBIGUOUS_DOUBLE = frozenset(['"', "''", "\u201d", "\u2019\u2019"])
# A line ending in one of these ends a paragraph even without a blank line.
_SENTENCE_END = frozenset(".!?\u2026:;\"'\u201d\u2019\u00bb)")


@attrs.frozen
class Quotation:
    """A stretch of text between an opening and a closing quotation mark.

    Attributes:
        start: Offset of the opening mark.
        end: Offset one past the closing mark, or the end of the paragraph
            the quotation runs to when it is never closed.
        closed: Whether a closing mark was found.
        open_mark: The opening mark as written (``“``, ``"``, ``''``, ...).
        close_mark: The closing mark as written; ``""`` when unclosed.
        paragraph_break: Whether the quotation runs over several paragraphs
            (each of them opening with a mark, as in news style).
    """

    start: int
    end: int
    closed: bool = True
    open_mark: str = attrs.field(default='"', kw_only=True)
    close_mark: str = attrs.field(
        default=attrs.Factory(lambda self: '"' if self.closed else "", takes_self=True),
        kw_only=True,
    )
    paragraph_break: bool = attrs.field(default=False, kw_only=True)

    @property
    def inner_start(self) -> int:
        """Offset of the first character after the opening mark."""
        return self.start + len(self.open_mark)

    @property
    def inner_end(self) -> int:
        """Offset of the closing mark (or ``end`` when unclosed)."""
        return self.end - len(self.close_mark)

    @property
    def family(self) -> str:
        """``"double"``, ``"guillemet"`` or ``"single"``: the kind of marks."""
        return FAMILIES.get(html.unescape(self.open_mark), DOUBLE)


@attrs.define
class _Opening:
    start: int
    mark: str
    family: str
    paragraph_break: bool = False
    line_end: int = 0  # end of the first line it runs past, when wrapped


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quotations in ``text``, in order.

    Never raises on a ``str``, whatever its marks; the quotations are sorted,
    do not overlap and lie inside the text.

    Args:
        text: Any text.

    Returns:
        The quotations; an unclosed one ends at the end of its paragraph.
    """
    references = _mark_references(text)
    if references:
        return _from_references(_find_quotations(_decode(text, references)), references)
    return _find_quotations(text)


def _find_quotations(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    stack: list[_Opening] = []
    skip_until = 0  # marks before this offset were consumed already
    for match in _SCAN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "tag" or start < skip_until:
            continue
        if kind == "brk":
            if stack and _ends_paragraph(text, start, end, stack):
                skip_until = _close_paragraph(text, start, end, stack, found)
            else:  # hard wrapping: an unclosed quotation will stop at the first one
                line_end = _skip_space_back(text, start)
                for opening in stack:
                    opening.line_end = opening.line_end or line_end
            continue
        for mark_start, mark in _split_marks(text, start, match.group()):
            mark_end = mark_start + len(mark)
            if mark_start < skip_until:
                continue
            if FAMILIES[mark] == SINGLE and _is_apostrophe(text, mark_start, mark_end):
                if text.startswith(("n'", "n\u2019"), mark_end):
                    skip_until = mark_end + 2  # rock 'n' roll
                continue
            _push_or_pop(text, mark_start, mark, stack, found)
    if stack:
        _close_paragraph(text, len(text), len(text), stack, found)
    return _outermost(found)


def _mark_references(text: str) -> list[tuple[re.Match[str], str, bool]]:
    """The HTML character references in ``text`` that encode a quotation mark.

    Returns:
        Each reference with the mark it encodes and whether it stands where a
        mark opens (a word follows it, none precedes it).
    """
    if "&" not in text:
        return []
    found = []
    for match in _REFERENCE.finditer(text):
        mark = html.unescape(match.group())
        if mark not in FAMILIES:
            continue
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        opens = not before.isalnum() and (after.isalnum() or after in "([{&")
        found.append((match, mark, opens))
    return found


def _decode(text: str, references: list[tuple[re.Match[str], str, bool]]) -> str:
    """``text`` with each reference replaced by its mark, padded with spaces to the same length.

    An opening mark goes at the end of its reference, next to the word it
    opens; a closing one at the start, next to the word it closes.
    """
    pieces = []
    position = 0
    for match, mark, opens in references:
        padding = " " * (len(match.group()) - 1)
        pieces += [text[position : match.start()], padding + mark if opens else mark + padding]
        position = match.end()
    return "".join(pieces) + text[position:]


def _from_references(
    quotations: list[Quotation], references: list[tuple[re.Match[str], str, bool]]
) -> list[Quotation]:
    """Quotations found in the decoded text, their marks widened back to the references."""
    by_mark = {}
    for match, _, opens in references:
        mark_at = match.end() - 1 if opens else match.start()
        by_mark[mark_at] = match
    result = []
    for quotation in quotations:
        opening = by_mark.get(quotation.start)
        closing = by_mark.get(quotation.end - 1) if quotation.closed else None
        changes: dict[str, Any] = {}
        if opening is not None:
            changes.update(start=opening.start(), open_mark=opening.group())
        if closing is not None:
            changes.update(end=closing.end(), close_mark=closing.group())
        result.append(attrs.evolve(quotation, **changes))
    return result


def _split_marks(text: str, start: int, run: str) -> list[tuple[int, str]]:
    """The marks in a matched run: ``'''`` is a single and a twin mark."""
    if not run.startswith("''"):
        return [(start, run)]
    marks = [(start + i, "''") for i in range(0, len(run) - 1, 2)]
    if len(run) % 2:
        _, right = _flanking(text, start, start + len(run))
        if right:  # closing: the inner single closes first
            marks = [(start, "'")] + [(s + 1, m) for s, m in marks]
        else:
            marks.append((start + len(run) - 1, "'"))
    return marks


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the mark at ``[start, end)`` sits where a mark opens, and where one closes."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after_closes = after.isspace() or after in _AFTER_CLOSING
    opening = (before.isspace() or before in _BEFORE_OPENING) and not after_closes
    closing = after_closes and not before.isspace()
    return opening, closing


def _isolated(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``[start, end)`` has whitespace (or the text's edge) on both sides."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def _is_apostrophe(text: str, start: int, end: int) -> bool:
    """Whether a single mark is an apostrophe rather than a quotation mark."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    return (
        text[start] != "\u201a" and not before.isalnum() and _ELISION.match(text, end) is not None
    )


def _possessive(text: str, start: int, end: int) -> bool:
    """Whether a single mark after ``s`` is a plural or ``-s`` possessive (``Charles' dog``).

    It is when a word follows it and a mark that can close the quotation
    comes later in the line (``'Charles' dog is old,' she said``); a quoted
    phrase ending in ``s`` (``called them 'the lions' today``) closes.
    """
    if start == 0 or text[start - 1] not in "sSzZ" or end + 1 >= len(text):
        return False
    if text[end] not in " \t" or not text[end + 1].isalnum():
        return False
    line_end = text.find("\n", end)
    for match in _SINGLE_MARK.finditer(text, end, len(text) if line_end < 0 else line_end):
        if _is_apostrophe(text, match.start(), match.end()):
            continue
        opening, closing = _flanking(text, match.start(), match.end())
        return closing and not opening  # the next mark closes: this one did not
    return False


def _role(text: str, start: int, mark: str, stack: list[_Opening]) -> str | None:
    """``"open"``, ``"close"`` or ``None`` (not a quotation mark here)."""
    family = FAMILIES[mark]
    opening, closing = _flanking(text, start, start + len(mark))
    top = next((o for o in reversed(stack) if o.family == family), None)
    if mark in ("\u201e", "\u201f", "``", "\u201a", "`"):
        return "open" if mark not in ("\u201a", "`") or opening else None
    if opening and not closing:
        return "open"
    if closing and not opening:
        if family == SINGLE and _possessive(text, start, start + len(mark)):
            return None
        return "close" if top else None
    # Both or neither: decided by what is open.
    if mark in _AMBIGUOUS_DOUBLE and _isolated(text, start, start + len(mark)):
        return "close" if top else None  # a lone mark between spaces opens nothing
    if mark in ("\u201c", "\u2018\u2018"):
        return "close" if top and top.mark == "\u201e" else "open"
    if mark == "\u00ab":
        return "close" if top and top.mark == "\u00bb" else "open"
    if mark == "\u2018" or mark == "\u2039":
        return "close" if top and top.mark == "\u201a" else "open"
    if family == SINGLE:
        return "close" if top else None
    return "close" if top else "open"


def _push_or_pop(
    text: str, start: int, mark: str, stack: list[_Opening], found: list[Quotation]
) -> None:
    role = _role(text, start, mark, stack)
    if role == "open" and _reopens(text, start, mark, stack):
        stack[-1].paragraph_break = True  # a paragraph break lost in the text
    elif role == "open":
        stack.append(_Opening(start, mark, FAMILIES[mark]))
    elif role == "close":
        family = FAMILIES[mark]
        index = max(i for i, o in enumerate(stack) if o.family == family)
        opening = stack[index]
        del stack[index:]  # openings inside it stay unclosed: they are nested anyway
        found.append(
            Quotation(
                opening.start,
                start + len(mark),
                open_mark=opening.mark,
                close_mark=mark,
                paragraph_break=opening.paragraph_break,
            )
        )


def _reopens(text: str, start: int, mark: str, stack: list[_Opening]) -> bool:
    """Whether a double mark opening after a sentence end continues the double quotation open.

    News style opens each paragraph of a long quotation and closes only the
    last; where the paragraph break was lost (``"... closed. "The reason ..."``),
    the second opening mark continues the first quotation instead of nesting
    in it (a quotation nested in double marks takes single marks).
    """
    if FAMILIES[mark] != DOUBLE or not stack or stack[-1].family != DOUBLE:
        return False
    if start == 0 or not text[start - 1].isspace():
        return False
    before = _skip_space_back(text, start)
    return before > stack[-1].start + len(stack[-1].mark) and text[before - 1] in ".!?\u2026"


def _ends_paragraph(text: str, start: int, end: int, stack: list[_Opening]) -> bool:
    """Whether the line breaks at ``[start, end)`` end a paragraph.

    A blank line always does; a single line break does after a line that
    ends a sentence, or before a line that reopens a quotation still open.
    """
    breaks = (
        text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
    )
    if breaks > 1 or end >= len(text):
        return True
    line_end = _skip_space_back(text, start)
    if line_end == 0 or text[line_end - 1] in _SENTENCE_END:
        return True
    continuation = _continuation_mark(text, end)
    return continuation is not None and any(
        o.family == FAMILIES[continuation.group()] for o in stack
    )


def _skip_space_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _continuation_mark(text: str, position: int) -> re.Match[str] | None:
    """The opening mark that starts the paragraph at ``position``, if any."""
    while position < len(text) and text[position].isspace():
        position += 1
    match = _MARK.match(text, position)
    if match is None or _role(text, position, match.group(), []) != "open":
        return None
    if FAMILIES[match.group()] == SINGLE and _is_apostrophe(text, position, match.end()):
        return None
    return match


def _close_paragraph(
    text: str, start: int, end: int, stack: list[_Opening], found: list[Quotation]
) -> int:
    """Settle the openings left at a paragraph's end (the breaks at ``[start, end)``).

    Returns:
        The offset up to which marks are consumed: past the next paragraph's
        opening mark when the quotation continues there, else ``end``.
    """
    continuation = _continuation_mark(text, end)
    next_family = FAMILIES[continuation.group()] if continuation else None
    paragraph_end = _skip_space_back(text, start)
    for index, opening in enumerate(stack):
        if continuation is not None and opening.family == next_family:
            opening.paragraph_break = True
            opening.line_end = 0
            stack[:] = [opening]
            return continuation.end()
        if opening.family != SINGLE:
            end_of_text = opening.line_end or paragraph_end
            if end_of_text <= opening.start + len(opening.mark):
                break  # nothing after the mark: no quotation
            found.append(
                Quotation(
                    opening.start,
                    end_of_text,
                    closed=False,
                    open_mark=opening.mark,
                    paragraph_break=opening.paragraph_break,
                )
            )
            break
    stack.clear()
    return end


def _outermost(quotations: list[Quotation]) -> list[Quotation]:
    result: list[Quotation] = []
    for quotation in sorted(quotations, key=lambda q: (q.start, -q.end)):
        if not result or quotation.start >= result[-1].end:
            result.append(quotation)
    return result
