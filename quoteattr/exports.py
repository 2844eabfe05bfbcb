"""News-database exports: one file of many articles, read one article at a time.

Researchers download articles from Nexis Uni (LexisNexis) and Factiva as one
text file holding hundreds of them, each wrapped in metadata. :func:`read_export`
streams such a file as :class:`ExportArticle` records (one per article, the
metadata parsed, the body as ``text``), reading it line by line so that a
50,000-article export runs in the memory of one article.

Formats (as the databases write them; CRLF line ends and a UTF-8 byte order
mark are normal):

- ``nexis``: Nexis Uni / LexisNexis plain text. Articles start with a centred
  ``N of M DOCUMENTS`` line (older exports) or end with ``End of Document``
  (Nexis Uni). A header of publication, date line (``July 1, 2015
  Wednesday``), edition and copyright lines, labelled fields before the body
  (``SECTION:``, ``LENGTH: 523 words``, ``HEADLINE:``, ``BYLINE:``,
  ``DATELINE:``, any case), ``BODY:`` or ``Body``, the text, then labelled
  fields after it (``LANGUAGE:``, ``SUBJECT:``, ``LOAD-DATE:``, ...). A field
  wraps over the lines that follow it up to a blank line or the next label.
  Older exports may have no ``BODY:`` line: the body then starts after the
  fields that end with ``LENGTH:``.
- ``factiva``: Factiva text, with field codes (``HD``, ``BY``, ``WC``, ``PD``,
  ``SN``, ``SC``, ``LA``, ``LP``, ``TD``, ``CO``, ``IN``, ``NS``, ``RE``,
  ``AN``, ...) or the plain layout (headline, byline, ``N words``, date,
  publication, language, copyright, then the body); each article ends with
  its ``Document ...`` accession number. The body is the lead paragraph
  (``LP``) and the text (``TD``).

Offsets: an article's ``offset`` is the character offset of its body in the
decoded file, ``open(path, encoding="utf-8-sig", newline="").read()`` (the byte
order mark dropped, line ends kept), and ``line`` the 1-based line where the
body starts. The body is that slice of the file, except that a field code
inside it (Factiva's ``TD``) is blanked with spaces, so the offsets of a quote
in ``text`` plus ``offset`` are its place in the file.

A broken article (the file ends inside it, or nothing tells its body from its
metadata) gives a record with a coded ``error`` and no text: the whole
articles around it are read as usual; nothing is dropped or made up.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "export.txt"
>>> _ = path.write_text(
...     "Mayor backs bridge\\n\\nThe Example Gazette\\nJuly 1, 2015 Wednesday\\n\\n"
...     "Length: 9 words\\n\\nBody\\n\\nThe bridge will open in May, the mayor said.\\n\\n"
...     "Load-Date: July 2, 2015\\n\\nEnd of Document\\n", encoding="utf-8")
>>> [article] = read_export(path)
>>> article.outlet, article.date, article.headline, article.length
('The Example Gazette', '2015-07-01', 'Mayor backs bridge', 9)
>>> article.text
'The bridge will open in May, the mayor said.'
"""

from __future__ import annotations

import calendar
import codecs
import datetime
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteattr.errors import Errors, ExportFormatError

#: The formats :func:`read_export` reads.
EXPORT_FORMATS = ("nexis", "factiva")

#: How much of a file :func:`detect_format` looks at.
SNIFF_LINES = 2000


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
class _Line:
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


def read_export(path: str | Path, *, format: str = "auto") -> Iterator[ExportArticle]:
    """The articles of a Nexis or Factiva export, one at a time.

    Args:
        path: The export file (plain text, UTF-8 or cp1252).
        format: ``auto`` (see :func:`detect_format`), ``nexis`` or ``factiva``.

    Yields:
        One :class:`ExportArticle` per article, in file order; a broken one
        has ``error`` set.

    Raises:
        ExportFormatError: ``format`` is unknown, or is ``auto`` and the
            file is not a recognised export (``E090``, ``E091``).
    """
    path = Path(path)
    if format not in ("auto", *EXPORT_FORMATS):
        raise ExportFormatError(Errors.E091.format(value=format))
    if format == "auto":
        format = detect_format(path)
        if format not in EXPORT_FORMATS:
            raise ExportFormatError(Errors.E090.format(path=str(path)))
    stem = path.stem
    if format == "nexis":
        yield from _read_nexis(_read_lines(path), stem)
    else:
        yield from _read_factiva(_read_lines(path), stem)


def detect_format(path: str | Path) -> str:
    """``nexis``, ``factiva`` or ``text``: what the start of the file looks like.

    Only the first :data:`SNIFF_LINES` lines are read. A file is ``nexis``
    when it has an ``N of M DOCUMENTS`` or ``End of Document`` line, or both
    a ``Length:`` field and a ``Body`` line; ``factiva`` when it has a
    ``Document ...`` accession line, or ``HD`` and ``LP``/``TD`` field codes;
    anything else (including an unreadable file) is ``text``.
    """
    try:
        lines = [line.content for line in itertools.islice(_read_lines(Path(path)), SNIFF_LINES)]
    except OSError:
        return "text"
    if any(_NEXIS_START.match(s) or _NEXIS_END.match(s) for s in lines):
        return "nexis"
    if any(_FACTIVA_END.match(s) for s in lines):
        return "factiva"
    codes = {m.group(1) for s in lines if (m := _FACTIVA_CODE.match(s))}
    if "HD" in codes and codes & {"LP", "TD"}:
        return "factiva"
    has_length = any(_label(s) == ("LENGTH", s.split(":", 1)[1].strip()) for s in lines if ":" in s)
    if has_length and any(_body_marker(s) is not None for s in lines):
        return "nexis"
    return "text"


# Reading lines ------------------------------------------------------------------


def _read_lines(path: Path) -> Iterator[_Line]:
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
            yield _Line(raw, offset, number)
            offset += len(raw)


def saved_text_lines(path: Path) -> Iterator[_Line]:
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
            yield _Line(piece, offset, number)
            offset += len(piece)


def _body(
    lines: Sequence[_Line],
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


_WORDS = re.compile(r"^(\d[\d,]*)\s+words?\b", re.IGNORECASE)


def _word_count(text: str | None) -> int | None:
    match = _WORDS.match(text.strip()) if text else None
    return int(match.group(1).replace(",", "")) if match else None


def _byline(text: str | None) -> str | None:
    """A byline without its leading ``By``."""
    if not text:
        return None
    return re.sub(r"^by\s+", "", text.strip(), flags=re.IGNORECASE) or None


def _is_copyright(text: str) -> bool:
    lowered = text.lower()
    return lowered.startswith(("copyright", "\u00a9", "(c)")) or lowered == "all rights reserved"


# Nexis ---------------------------------------------------------------------------

_NEXIS_START = re.compile(r"^\s*\d+\s+of\s+\d+\s+DOCUMENTS?\s*$", re.IGNORECASE)
_NEXIS_END = re.compile(r"^\s*End of Document\s*$")
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


def _label(text: str) -> tuple[str, str] | None:
    """``(LABEL, value)`` when the line starts with a known Nexis label."""
    match = _LABEL.match(text)
    if match is None or match.group(1).upper() not in _NEXIS_LABELS:
        return None
    return match.group(1).upper(), match.group(2).strip()


def _body_marker(text: str) -> int | None:
    """Where the body text starts on a ``BODY:`` / ``Body`` line, else ``None``."""
    stripped = text.strip()
    if stripped in ("Body", "BODY", "BODY:", "Body:"):
        return len(text)
    match = re.match(r"^\s*BODY:\s*", text)
    return match.end() if match else None


def _read_nexis(lines: Iterable[_Line], stem: str) -> Iterator[ExportArticle]:
    """Split the lines into articles and read each."""
    current: list[_Line] = []
    number = 0
    announced: tuple[int, int] | None = None  # the last "N of M" line
    for line in lines:
        content = line.content
        if _NEXIS_START.match(content):
            if any(x.stripped for x in current):
                number += 1
                yield _nexis_article(current, stem, number, ended=True)
            current = []
            digits = re.findall(r"\d+", content)
            announced = (int(digits[0]), int(digits[1]))
        elif _NEXIS_END.match(content):
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


def _fields(lines: Sequence[_Line], start: int, stop: int) -> list[tuple[str, str, int]]:
    """The labelled fields of ``lines[start:stop]``: ``(LABEL, value, index)``.

    A value continues on the next lines up to a blank line or another label.
    """
    found: list[tuple[str, str, int]] = []
    open_field = False
    for index in range(start, stop):
        content = lines[index].content
        labelled = _label(content)
        if labelled is not None:
            found.append((*labelled, index))
            open_field = True
        elif not content.strip():
            open_field = False
        elif open_field:
            label, value, at = found[-1]
            found[-1] = (label, f"{value} {content.strip()}".strip(), at)
    return found


def _field_end(lines: Sequence[_Line], index: int) -> int:
    """The index after the field that starts at ``index`` (its wrapped lines)."""
    end = index + 1
    while end < len(lines) and lines[end].stripped and _label(lines[end].content) is None:
        end += 1
    return end


def _nexis_article(
    lines: list[_Line], stem: str, number: int, *, ended: bool, needs_marker: bool = False
) -> ExportArticle:
    """One Nexis article from its lines (without the separator lines)."""
    id_ = f"{stem}-{number}"
    first = next((x for x in lines if x.stripped), lines[0] if lines else _Line("", 0, 1))
    start = marker_column = None
    for index, line in enumerate(lines):
        column = _body_marker(line.content)
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
        "byline": _byline(values.get("BYLINE")),
        "section": values.get("SECTION"),
        "length": _word_count(values.get("LENGTH")),
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
        labelled = _label(content)
        if labelled is not None and labelled[0] in NEXIS_TAIL_LABELS:
            stop = index
            break
        if content.strip() in _NEXIS_TAIL_HEADINGS and not lines[index - 1].stripped:
            stop = index
            break
    tail_fields = _fields(lines, stop, len(lines))
    trailer = [x.stripped for x in lines[stop:] if x.stripped and _is_copyright(x.stripped)]
    # A copyright trailer right after the body (older exports) is not body text.
    while stop > start + 1 and (
        not lines[stop - 1].stripped or _is_copyright(lines[stop - 1].stripped)
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
    text, offset, line_number = _body(lines, start, marker_column, stop)
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
    found: dict[str, Any] = {"copyright": [c for c in header if _is_copyright(c)]}
    plain = [h for h in header if not _is_copyright(h)]
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


# Factiva -----------------------------------------------------------------------

#: Factiva's field codes.
FACTIVA_CODES = frozenset(
    {
        "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
        "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART",
    }
)  # fmt: skip
_FACTIVA_CODE = re.compile(r"^(" + "|".join(sorted(FACTIVA_CODES)) + r")(?:[ \t]+(.*)|)$")
_FACTIVA_END = re.compile(r"^\s*(?:AN\s+)?Document\s+([A-Za-z0-9]{12,})\s*$")
#: Codes that may follow the body; an indexing code's value reads ``code : Name``.
_FACTIVA_AFTER_BODY = frozenset({"TD", "CT", "RF", "PUB", "AN", "IPC", "IPD"})
_FACTIVA_INDEX = frozenset({"CO", "IN", "NS", "RE"})
_LANGUAGES = frozenset(
    {"English", "German", "French", "Spanish", "Italian", "Dutch", "Portuguese", "Swedish",
     "Danish", "Norwegian", "Finnish", "Polish", "Russian", "Chinese", "Japanese", "Arabic"}
)  # fmt: skip


def _read_factiva(lines: Iterable[_Line], stem: str) -> Iterator[ExportArticle]:
    """Split the lines into articles at their ``Document ...`` lines and read each."""
    current: list[_Line] = []
    number = 0
    for line in lines:
        match = _FACTIVA_END.match(line.content)
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


def _factiva_article(lines: list[_Line], accession: str, number: int) -> ExportArticle:
    first_line = next((x for x in lines if x.stripped), None)
    if first_line is not None and _FACTIVA_CODE.match(first_line.content):
        return _factiva_coded(lines, accession, number)
    return _factiva_plain(lines, accession, number)


def _factiva_coded(lines: list[_Line], accession: str, number: int) -> ExportArticle:
    """An article with field codes: each code opens a field up to the next code."""
    fields: list[tuple[str, int, int]] = []  # code, line index, column of the value
    in_body = False
    for index, line in enumerate(lines):
        match = _FACTIVA_CODE.match(line.content)
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
            for x in [_Line(lines[index].raw[column:], 0, 0), *lines[index + 1 : stop]]
            if x.stripped
        )
        values.append((code, value))
    found = dict(values)
    body = [(code, index, column) for code, index, column in fields if code in ("LP", "TD")]
    metadata: dict[str, Any] = {
        "outlet": found.get("SN"),
        "date": parse_date(found.get("PD", "")),
        "headline": found.get("HD"),
        "byline": _byline(found.get("BY")),
        "section": found.get("SE"),
        "length": _word_count(found.get("WC")),
    }
    first = next((x for x in lines if x.stripped), lines[0] if lines else _Line("", 0, 1))
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
    text, offset, line_number = _body(lines, body[0][1], body[0][2], stop, masked)
    return ExportArticle(
        id=accession, format="factiva", number=number, text=text, offset=offset,
        line=line_number, fields=tuple(values), **metadata,
    )  # fmt: skip


def _factiva_plain(lines: list[_Line], accession: str, number: int) -> ExportArticle:
    """An article without codes: a header block (headline ... copyright), then the body."""
    first = next((i for i, x in enumerate(lines) if x.stripped), None)
    words = next(
        (
            i
            for i, x in enumerate(lines)
            if _WORDS.match(x.stripped) and x.stripped.lower().endswith(("word", "words"))
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
            rest[0] if rest and rest[0] not in _LANGUAGES and not _is_copyright(rest[0]) else None
        )
    fields = [("HD", headline or ""), ("BY", " ".join(byline)), ("WC", lines[words].stripped)]
    fields += [("", h) for h in after]
    fields = [(code, value) for code, value in fields if value]
    metadata: dict[str, Any] = {
        "outlet": outlet,
        "date": parse_date(after[date_at]) if date_at is not None else None,
        "headline": headline,
        "byline": _byline(" ".join(byline)),
        "section": None,
        "length": _word_count(lines[words].stripped),
    }
    text, offset, line_number = _body(lines, header_end, 0, len(lines))
    if not text:
        return ExportArticle(
            id=accession, format="factiva", number=number, line=start_line, fields=tuple(fields),
            error=Errors.E092.format(number=number, line=start_line), **metadata,
        )  # fmt: skip
    return ExportArticle(
        id=accession, format="factiva", number=number, text=text, offset=offset,
        line=line_number, fields=tuple(fields), **metadata,
    )  # fmt: skip
