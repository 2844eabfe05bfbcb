"""Nexis Uni / LexisNexis plain-text exports (see :mod:`quoteattr.exports`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from quoteattr.errors import Errors
from quoteattr.exports.records import (
    ExportArticle,
    Line,
    clean_byline,
    find_body,
    is_copyright,
    parse_date,
    word_count,
)

NEXIS_START = re.compile(r"^\s*\d+\s+of\s+\d+\s+DOCUMENTS?\s*$", re.IGNORECASE)
NEXIS_END = re.compile(r"^\s*End of Document\s*$")
#: Labelled fields before the body.
NEXIS_HEAD_LABELS = frozenset(
    {
        "SECTION", "LENGTH", "HEADLINE", "BYLINE", "DATELINE", "HIGHLIGHT", "SOURCE",
        "EDITION", "AUTHOR", "ABSTRACT", "NAME", "TYPE", "PUBLICATION", "JOURNAL-CODE",
        "DOCUMENT-TYPE", "SERIES", "LINK", "DISTRIBUTION",
    }
)  # fmt: skip
#: Labelled fields after the body.
NEXIS_TAIL_LABELS = frozenset(
    {
        "LANGUAGE", "PUBLICATION-TYPE", "SUBJECT", "GEOGRAPHIC", "LOAD-DATE", "GRAPHIC",
        "CORRECTION-DATE", "CORRECTION", "COMPANY", "ORGANIZATION", "INDUSTRY", "PERSON",
        "CITY", "STATE", "COUNTRY", "TICKER", "NOTES", "URL", "TERMS", "GEOGRAPHIC-TERMS",
        "TICKER-SYMBOL", "DOCUMENT-TYPE", "JOURNAL-CODE", "PUB-TYPE", "ACC-NO",
    }
)  # fmt: skip
_NEXIS_LABELS = NEXIS_HEAD_LABELS | NEXIS_TAIL_LABELS
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z-]*):(?:\s+|$)(.*)$")
#: A Nexis Uni heading that opens the fields after the body.
_NEXIS_TAIL_HEADINGS = frozenset({"Classification", "Notes", "Graphic"})


def nexis_label(text: str) -> tuple[str, str] | None:
    """``(LABEL, value)`` when the line starts with a known Nexis label."""
    match = _LABEL.match(text)
    if match is None or match.group(1).upper() not in _NEXIS_LABELS:
        return None
    return match.group(1).upper(), match.group(2).strip()


def body_marker(text: str) -> int | None:
    """Where the body text starts on a ``BODY:`` / ``Body`` line, else ``None``."""
    stripped = text.strip()
    if stripped in ("Body", "BODY", "BODY:", "Body:"):
        return len(text)
    match = re.match(r"^\s*BODY:\s*", text)
    return match.end() if match else None


def read_nexis(lines: Iterable[Line], stem: str) -> Iterator[ExportArticle]:
    """Split the lines into articles and read each."""
    current: list[Line] = []
    number = 0
    announced: tuple[int, int] | None = None  # the last "N of M" line
    for line in lines:
        content = line.content
        if NEXIS_START.match(content):
            if any(x.stripped for x in current):
                number += 1
                yield _nexis_article(current, stem, number, ended=True)
            current = []
            digits = re.findall(r"\d+", content)
            announced = (int(digits[0]), int(digits[1]))
        elif NEXIS_END.match(content):
            number += 1
            yield _nexis_article(current, stem, number, ended=True, needs_marker=True)
            current = []
            announced = None
        else:
            current.append(line)
    if any(x.stripped for x in current):
        number += 1
        # An "N of M" article is whole unless the file promised more.
        ended = announced is not None and announced[0] >= announced[1]
        yield _nexis_article(current, stem, number, ended=ended, needs_marker=announced is None)


def _fields(lines: Sequence[Line], start: int, stop: int) -> list[tuple[str, str, int]]:
    """The labelled fields of ``lines[start:stop]``: ``(LABEL, value, index)``.

    A value continues on the next lines up to a blank line or another label.
    """
    found: list[tuple[str, str, int]] = []
    open_field = False
    for index in range(start, stop):
        content = lines[index].content
        labelled = nexis_label(content)
        if labelled is not None:
            found.append((*labelled, index))
            open_field = True
        elif not content.strip():
            open_field = False
        elif open_field:
            label, value, at = found[-1]
            found[-1] = (label, f"{value} {content.strip()}".strip(), at)
    return found


def _field_end(lines: Sequence[Line], index: int) -> int:
    """The index after the field that starts at ``index`` (its wrapped lines)."""
    end = index + 1
    while end < len(lines) and lines[end].stripped and nexis_label(lines[end].content) is None:
        end += 1
    return end


def _nexis_article(
    lines: list[Line], stem: str, number: int, *, ended: bool, needs_marker: bool = False
) -> ExportArticle:
    """One Nexis article from its lines (without the separator lines)."""
    id_ = f"{stem}-{number}"
    first = next((x for x in lines if x.stripped), lines[0] if lines else Line("", 0, 1))
    start = marker_column = None
    for index, line in enumerate(lines):
        column = body_marker(line.content)
        if column is not None:
            start, marker_column = index, column
            break
    head_fields = [f for f in _fields(lines, 0, len(lines) if start is None else start)]
    if start is None and not needs_marker:
        # Older exports: the body follows the fields before it, ending with LENGTH:.
        head = [f for f in head_fields if f[0] in NEXIS_HEAD_LABELS]
        tail_at = next((f[2] for f in head_fields if f[0] in NEXIS_TAIL_LABELS), len(lines))
        head = [f for f in head if f[2] < tail_at]
        if any(f[0] == "LENGTH" for f in head):
            start, marker_column = _field_end(lines, head[-1][2]), 0
            head_fields = head
    first_label = min((f[2] for f in head_fields), default=len(lines) if start is None else start)
    header = _nexis_header([x.stripped for x in lines[:first_label] if x.stripped])
    values = {label: value for label, value, _ in head_fields if label in NEXIS_HEAD_LABELS}
    metadata: dict[str, Any] = {
        "outlet": header.get("outlet"),
        "date": header.get("date"),
        "headline": values.get("HEADLINE") or header.get("headline"),
        "byline": clean_byline(values.get("BYLINE")),
        "section": values.get("SECTION"),
        "length": word_count(values.get("LENGTH")),
    }
    copyright_ = [("COPYRIGHT", c) for c in header.get("copyright", ())]
    if start is None or marker_column is None:
        fields = tuple(copyright_ + [(label, value) for label, value, _ in head_fields])
        message = Errors.E092.format(number=number, line=first.number)
        return ExportArticle(
            id=id_, format="nexis", number=number, line=first.number, fields=fields,
            error=message, **metadata,
        )  # fmt: skip
    stop = len(lines)
    for index in range(start + 1, len(lines)):
        content = lines[index].content
        labelled = nexis_label(content)
        if labelled is not None and labelled[0] in NEXIS_TAIL_LABELS:
            stop = index
            break
        if content.strip() in _NEXIS_TAIL_HEADINGS and not lines[index - 1].stripped:
            stop = index
            break
    tail_fields = _fields(lines, stop, len(lines))
    trailer = [x.stripped for x in lines[stop:] if x.stripped and is_copyright(x.stripped)]
    # A copyright trailer right after the body (older exports) is not body text.
    while stop > start + 1 and (
        not lines[stop - 1].stripped or is_copyright(lines[stop - 1].stripped)
    ):
        if lines[stop - 1].stripped:
            trailer.insert(0, lines[stop - 1].stripped)
        stop -= 1
    fields = tuple(
        copyright_
        + [(label, value) for label, value, _ in head_fields]
        + [(label, value) for label, value, _ in tail_fields]
        + [("COPYRIGHT", c) for c in trailer]
    )
    if not ended:
        message = Errors.E093.format(number=number, line=first.number)
        return ExportArticle(
            id=id_, format="nexis", number=number, line=first.number, fields=fields,
            error=message, **metadata,
        )  # fmt: skip
    text, offset, line_number = find_body(lines, start, marker_column, stop)
    if not text:
        message = Errors.E092.format(number=number, line=first.number)
        return ExportArticle(
            id=id_, format="nexis", number=number, line=first.number, fields=fields,
            error=message, **metadata,
        )  # fmt: skip
    return ExportArticle(
        id=id_, format="nexis", number=number, text=text, offset=offset, line=line_number,
        fields=fields, **metadata,
    )  # fmt: skip


def _nexis_header(header: list[str]) -> dict[str, Any]:
    """Outlet, date, edition, headline and copyright lines of the header block.

    The outlet is the line before the date line; a line before it is the
    headline (Nexis Uni); after it come the edition (a line naming an
    edition) and, in older exports, the headline when there is no
    ``HEADLINE:`` field.
    """
    found: dict[str, Any] = {"copyright": [c for c in header if is_copyright(c)]}
    plain = [h for h in header if not is_copyright(h)]
    at = next((i for i, h in enumerate(plain) if parse_date(h)), None)
    if at is None:
        return found
    found["date"] = parse_date(plain[at])
    before, after = plain[:at], plain[at + 1 :]
    if before:
        found["outlet"] = before[-1]
    headline = before[:-1]
    for line in after:
        if "edition" in line.lower() and "edition" not in found:
            found["edition"] = line
        else:
            headline.append(line)
    if headline:
        found["headline"] = " ".join(headline)
    return found
