"""Factiva text exports, with field codes or without (see :mod:`quoteattr.exports`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from quoteattr.errors import Errors
from quoteattr.exports.records import (
    WORDS,
    ExportArticle,
    Line,
    clean_byline,
    find_body,
    is_copyright,
    parse_date,
    word_count,
)

FACTIVA_CODES = frozenset(
    {
        "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
        "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART",
    }
)  # fmt: skip
FACTIVA_CODE = re.compile(r"^(" + "|".join(sorted(FACTIVA_CODES)) + r")(?:[ \t]+(.*)|)$")
FACTIVA_END = re.compile(r"^\s*(?:AN\s+)?Document\s+([A-Za-z0-9]{12,})\s*$")
#: Codes that may follow the body; an indexing code's value reads ``code : Name``.
_FACTIVA_AFTER_BODY = frozenset({"TD", "CT", "RF", "PUB", "AN", "IPC", "IPD"})
_FACTIVA_INDEX = frozenset({"CO", "IN", "NS", "RE"})
_LANGUAGES = frozenset(
    {"English", "German", "French", "Spanish", "Italian", "Dutch", "Portuguese", "Swedish",
     "Danish", "Norwegian", "Finnish", "Polish", "Russian", "Chinese", "Japanese", "Arabic"}
)  # fmt: skip


def read_factiva(lines: Iterable[Line], stem: str) -> Iterator[ExportArticle]:
    """Split the lines into articles at their ``Document ...`` lines and read each."""
    current: list[Line] = []
    number = 0
    for line in lines:
        match = FACTIVA_END.match(line.content)
        if match is None:
            current.append(line)
            continue
        number += 1
        yield _factiva_article(current, match.group(1), number)
        current = []
    rest = [x for x in current if x.stripped]
    if rest and not rest[0].stripped.lower().startswith("search summary"):
        number += 1
        first = rest[0]
        yield ExportArticle(
            id=f"{stem}-{number}", format="factiva", number=number, line=first.number,
            error=Errors.E093.format(number=number, line=first.number),
        )  # fmt: skip


def _factiva_article(lines: list[Line], accession: str, number: int) -> ExportArticle:
    first_line = next((x for x in lines if x.stripped), None)
    if first_line is not None and FACTIVA_CODE.match(first_line.content):
        return _factiva_coded(lines, accession, number)
    return _factiva_plain(lines, accession, number)


def _factiva_coded(lines: list[Line], accession: str, number: int) -> ExportArticle:
    """An article with field codes: each code opens a field up to the next code."""
    fields: list[tuple[str, int, int]] = []  # code, line index, column of the value
    in_body = False
    for index, line in enumerate(lines):
        match = FACTIVA_CODE.match(line.content)
        if match is None:
            continue
        code = match.group(1)
        if in_body and code not in _FACTIVA_AFTER_BODY:
            value = match.group(2) or ""
            if code not in _FACTIVA_INDEX or " : " not in value:
                continue  # a body line that starts like a code
        in_body = code in ("LP", "TD")
        column = match.start(2) if match.group(2) is not None else len(line.content)
        fields.append((code, index, column))
    values: list[tuple[str, str]] = []
    for (code, index, column), following in itertools.zip_longest(fields, fields[1:]):
        stop = following[1] if following else len(lines)
        value = " ".join(
            x.stripped
            for x in [Line(lines[index].raw[column:], 0, 0), *lines[index + 1 : stop]]
            if x.stripped
        )
        values.append((code, value))
    found = dict(values)
    body = [(code, index, column) for code, index, column in fields if code in ("LP", "TD")]
    metadata: dict[str, Any] = {
        "outlet": found.get("SN"),
        "date": parse_date(found.get("PD", "")),
        "headline": found.get("HD"),
        "byline": clean_byline(found.get("BY")),
        "section": found.get("SE"),
        "length": word_count(found.get("WC")),
    }
    first = next((x for x in lines if x.stripped), lines[0] if lines else Line("", 0, 1))
    if not body:
        return ExportArticle(
            id=accession, format="factiva", number=number, line=first.number, fields=tuple(values),
            error=Errors.E092.format(number=number, line=first.number), **metadata,
        )  # fmt: skip
    # The body runs from the LP value to the end of the last LP/TD field in a row.
    run_end = fields.index(body[0])
    while run_end + 1 < len(fields) and fields[run_end + 1][0] in ("LP", "TD"):
        run_end += 1
    stop = fields[run_end + 1][1] if run_end + 1 < len(fields) else len(lines)
    masked = [
        (index, column) for code, index, column in fields[fields.index(body[0]) + 1 : run_end + 1]
    ]
    text, offset, line_number = find_body(lines, body[0][1], body[0][2], stop, masked)
    return ExportArticle(
        id=accession, format="factiva", number=number, text=text, offset=offset,
        line=line_number, fields=tuple(values), **metadata,
    )  # fmt: skip


def _factiva_plain(lines: list[Line], accession: str, number: int) -> ExportArticle:
    """An article without codes: a header block (headline ... copyright), then the body."""
    first = next((i for i, x in enumerate(lines) if x.stripped), None)
    words = next(
        (
            i
            for i, x in enumerate(lines)
            if WORDS.match(x.stripped) and x.stripped.lower().endswith(("word", "words"))
        ),
        None,
    )
    start_line = lines[first].number if first is not None else 1
    if first is None or words is None:
        return ExportArticle(
            id=accession, format="factiva", number=number, line=start_line,
            error=Errors.E092.format(number=number, line=start_line),
        )  # fmt: skip
    head = [x.stripped for x in lines[first:words] if x.stripped]
    byline = [h for h in head[1:] if h.lower().startswith("by ")]
    headline = " ".join(h for h in head if h not in byline) or None
    header_end = words + 1
    after: list[str] = []
    while header_end < len(lines) and lines[header_end].stripped:
        after.append(lines[header_end].stripped)
        header_end += 1
    date_at = next((i for i, h in enumerate(after) if parse_date(h)), None)
    outlet = None
    if date_at is not None:
        rest = [
            h
            for h in after[date_at + 1 :]
            if not re.fullmatch(r"\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+\w+)?", h)
        ]
        outlet = (
            rest[0] if rest and rest[0] not in _LANGUAGES and not is_copyright(rest[0]) else None
        )
    fields = [("HD", headline or ""), ("BY", " ".join(byline)), ("WC", lines[words].stripped)]
    fields += [("", h) for h in after]
    fields = [(code, value) for code, value in fields if value]
    metadata: dict[str, Any] = {
        "outlet": outlet,
        "date": parse_date(after[date_at]) if date_at is not None else None,
        "headline": headline,
        "byline": clean_byline(" ".join(byline)),
        "section": None,
        "length": word_count(lines[words].stripped),
    }
    text, offset, line_number = find_body(lines, header_end, 0, len(lines))
    if not text:
        return ExportArticle(
            id=accession, format="factiva", number=number, line=start_line, fields=tuple(fields),
            error=Errors.E092.format(number=number, line=start_line), **metadata,
        )  # fmt: skip
    return ExportArticle(
        id=accession, format="factiva", number=number, text=text, offset=offset,
        line=line_number, fields=tuple(fields), **metadata,
    )  # fmt: skip
