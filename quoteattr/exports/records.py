"""An export's records and what every format shares: lines with offsets, bodies, dates."""

from __future__ import annotations

import calendar
import codecs
import datetime
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteattr.errors import Errors, ExportFormatError


@attrs.frozen(kw_only=True)
class ExportArticle:
    """One article of an export.

    Attributes:
        id: Factiva's accession number; for Nexis, the file's name and the
            article's number in it (``export-3``).
        format: ``nexis`` or ``factiva``.
        number: The article's 1-based position in the file.
        outlet: The publication; ``None`` when the export does not say.
        date: The publication date as an ISO date (``2015-07-01``); ``None``
            when there is no date line.
        headline: ``None`` when there is none.
        byline: ``None`` when there is none.
        section: ``None`` when there is none.
        length: The length in words the export states; ``None`` when absent.
        text: The body; ``""`` when ``error`` is set.
        offset: Where ``text`` starts in the decoded file (characters).
        line: The 1-based line where ``text`` starts (for a broken article,
            where the article starts).
        fields: Every labelled field as found, ``(label, value)`` in file
            order, wrapped values joined with spaces (labels upper case).
        error: Why the article could not be read (a coded message), else ``None``.
    """

    id: str
    format: str
    number: int
    outlet: str | None = None
    date: str | None = None
    headline: str | None = None
    byline: str | None = None
    section: str | None = None
    length: int | None = None
    text: str = ""
    offset: int = 0
    line: int = 1
    fields: tuple[tuple[str, str], ...] = ()
    error: str | None = None

    def metadata(self) -> dict[str, Any]:
        """The article's metadata as plain JSON data (everything but the body).

        ``body_offset`` and ``body_line`` are ``None`` for a broken article.
        """
        return {
            "outlet": self.outlet,
            "date": self.date,
            "headline": self.headline,
            "byline": self.byline,
            "section": self.section,
            "length": self.length,
            "format": self.format,
            "body_offset": None if self.error else self.offset,
            "body_line": None if self.error else self.line,
        }


@attrs.frozen
class Line:
    """One line of the file: its text with its line end, offset and number."""

    raw: str
    offset: int
    number: int

    @property
    def content(self) -> str:
        return self.raw.rstrip("\r\n")

    @property
    def stripped(self) -> str:
        return self.raw.strip()


# Reading lines ------------------------------------------------------------------


def read_lines(path: Path) -> Iterator[Line]:
    """The decoded lines of a file, with their offsets, read lazily.

    A byte order mark is dropped; a line that is not UTF-8 is read as cp1252.
    A ``.docx`` or ``.rtf`` file is read as its text (:func:`saved_text_lines`).
    """
    if path.suffix.lower() in (".docx", ".rtf"):
        yield from saved_text_lines(path)
        return
    with path.open("rb") as stream:
        offset = 0
        for number, data in enumerate(stream, start=1):
            if number == 1 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError:
                raw = data.decode("cp1252", errors="replace")
            yield Line(raw, offset, number)
            offset += len(raw)


def saved_text_lines(path: Path) -> Iterator[Line]:
    """The lines of an export saved as ``.docx`` or ``.rtf``, as text.

    A ``.docx`` gives one line per paragraph (python-docx), read paragraph by
    paragraph; an ``.rtf`` is converted whole (striprtf). Offsets then index
    that text: the paragraphs joined with ``\\n``. Both readers are the
    ``exports`` extra: ``pip install quoteattr[exports]``.

    Raises:
        ExportFormatError: The reader is not installed (``E094``).
    """
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            import docx  # type: ignore[import-not-found,unused-ignore]

            paragraphs: Iterable[str] = (p.text for p in docx.Document(str(path)).paragraphs)
        else:
            from striprtf.striprtf import rtf_to_text  # type: ignore[import-not-found,unused-ignore]

            data = path.read_text(encoding="utf-8", errors="replace")
            paragraphs = str(rtf_to_text(data, errors="ignore")).splitlines()  # type: ignore[no-untyped-call,unused-ignore]
    except ImportError as error:
        raise ExportFormatError(Errors.E094.format(path=str(path), module=error.name)) from error
    offset = 0
    for number, paragraph in enumerate(paragraphs, start=1):
        raw = paragraph.replace("\r", "").replace("\v", "\n") + "\n"
        for piece in raw.splitlines(keepends=True):
            yield Line(piece, offset, number)
            offset += len(piece)


def find_body(
    lines: Sequence[Line],
    first: int,
    column: int,
    stop: int,
    masked: Iterable[tuple[int, int]] = (),
) -> tuple[str, int, int]:
    """The text of ``lines[first:stop]`` from ``column`` of the first, trimmed.

    ``masked`` holds ``(line index, width)`` pairs: that many characters at
    the start of the line are blanked (a field code inside the body).

    Returns:
        ``(text, offset in the file, line number)`` of the trimmed text.
    """
    blanks = dict(masked)
    parts = []
    for index in range(first, stop):
        raw = lines[index].raw
        if index in blanks:
            raw = " " * blanks[index] + raw[blanks[index] :]
        parts.append(raw[column:] if index == first else raw)
    text = "".join(parts)
    if not text.strip():
        return "", 0, 0
    lead = len(text) - len(text.lstrip())
    offset = lines[first].offset + column + lead
    number = lines[first].number + text.count("\n", 0, lead)
    return text.strip(), offset, number


# Dates and lengths -------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.IGNORECASE),
    re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}})", re.IGNORECASE),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
)
#: Words a date line may hold besides the date: weekday, time, zone, edition.
_DATE_LINE_REST = re.compile(
    r"^[\s,.:;\-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}:\d{2}(?::\d{2})?|"
    r"[ap]\.?m\.?|(?-i:[A-Z]{2,4})|\+\d{4}|[\s,.:;\-])*$",
    re.IGNORECASE,
)


def parse_date(text: str) -> str | None:
    """The ISO date a date line states (``July 1, 2015 Wednesday`` -> ``2015-07-01``).

    ``None`` unless the line is a date (with at most a weekday, a time and a
    time zone around it) naming a real day.
    """
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        rest = text[: match.start()] + " " + text[match.end() :]
        if not _DATE_LINE_REST.match(rest):
            continue
        month = match.group("month").rstrip(".").lower()
        number = int(month) if month.isdigit() else _MONTHS[month]
        try:
            day = datetime.date(int(match.group("year")), number, int(match.group("day")))
        except ValueError:
            return None
        return day.isoformat()
    return None


WORDS = re.compile(r"^(\d[\d,]*)\s+words?\b", re.IGNORECASE)


def word_count(text: str | None) -> int | None:
    match = WORDS.match(text.strip()) if text else None
    return int(match.group(1).replace(",", "")) if match else None


def clean_byline(text: str | None) -> str | None:
    """A byline without its leading ``By``."""
    if not text:
        return None
    return re.sub(r"^by\s+", "", text.strip(), flags=re.IGNORECASE) or None


def is_copyright(text: str) -> bool:
    lowered = text.lower()
    return lowered.startswith(("copyright", "\u00a9", "(c)")) or lowered == "all rights reserved"
