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

import itertools
from collections.abc import Iterator
from pathlib import Path

from quoteattr.errors import Errors, ExportFormatError
from quoteattr.exports.factiva import FACTIVA_CODE, FACTIVA_END, read_factiva
from quoteattr.exports.nexis import NEXIS_END, NEXIS_START, body_marker, nexis_label, read_nexis
from quoteattr.exports.records import ExportArticle, parse_date, read_lines, saved_text_lines

__all__ = [
    "EXPORT_FORMATS",
    "ExportArticle",
    "detect_format",
    "parse_date",
    "read_export",
    "saved_text_lines",
]

EXPORT_FORMATS = ("nexis", "factiva")

#: How much of a file :func:`detect_format` looks at.
SNIFF_LINES = 2000


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
        yield from read_nexis(read_lines(path), stem)
    else:
        yield from read_factiva(read_lines(path), stem)


def detect_format(path: str | Path) -> str:
    """``nexis``, ``factiva`` or ``text``: what the start of the file looks like.

    Only the first :data:`SNIFF_LINES` lines are read. A file is ``nexis``
    when it has an ``N of M DOCUMENTS`` or ``End of Document`` line, or both
    a ``Length:`` field and a ``Body`` line; ``factiva`` when it has a
    ``Document ...`` accession line, or ``HD`` and ``LP``/``TD`` field codes;
    anything else (including an unreadable file) is ``text``.
    """
    try:
        lines = [line.content for line in itertools.islice(read_lines(Path(path)), SNIFF_LINES)]
    except OSError:
        return "text"
    if any(NEXIS_START.match(s) or NEXIS_END.match(s) for s in lines):
        return "nexis"
    if any(FACTIVA_END.match(s) for s in lines):
        return "factiva"
    codes = {m.group(1) for s in lines if (m := FACTIVA_CODE.match(s))}
    if "HD" in codes and codes & {"LP", "TD"}:
        return "factiva"
    has_length = any(
        nexis_label(s) == ("LENGTH", s.split(":", 1)[1].strip()) for s in lines if ":" in s
    )
    if has_length and any(body_marker(s) is not None for s in lines):
        return "nexis"
    return "text"
