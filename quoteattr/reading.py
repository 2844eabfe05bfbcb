"""The command line's input records: read from files, folders, stdin and exports, then extracted.

:func:`read_records` turns the inputs into :class:`InputRecord` values, lazily
and in order: ``.txt`` files (one document each), ``.jsonl`` files (one
``{"id": ..., "text": ...}`` object per line, other keys passed through), web
pages, news-database exports and standard input. A record that cannot be read
carries its error instead of a text. :func:`extract_records` runs them through
:func:`quoteattr.batch.extract_many` and gives each record its outcome in input
order. ``quoteattr`` (:mod:`quoteattr.cli`) and ``quoteattr sources`` /
``quoteattr quotations`` (:mod:`quoteattr.corpus_cli`) both read this way, with
the same progress bar and failure summary.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Self

import attrs
from spacy.language import Language

from quoteattr.batch import extract_many
from quoteattr.errors import Errors, InputDecodeError, QuoteattrError
from quoteattr.exports import EXPORT_FORMATS, detect_format, read_export
from quoteattr.htmlpage import extract_main_text
from quoteattr.inputs import AUTO, DEFAULT_ENCODING, decode_text, detect_encoding, repair_text
from quoteattr.lexicon import Lexicon
from quoteattr.pipeline import keep_sources
from quoteattr.results import Entity, Quote

INPUT_FORMATS = ("auto", "txt", "text", "jsonl", "html", *EXPORT_FORMATS)


@attrs.frozen(kw_only=True)
class InputRecord:
    """One document to process, or the reason it could not be read.

    Attributes:
        id: The record's ``id`` (a .txt file: its name without suffix).
        line: The 1-based line of a .jsonl input; ``None`` for a .txt file.
        text: The document text; ``None`` when ``error`` is set.
        extra: The record's other keys, passed through to the output.
        error: Why the record could not be read, else ``None``.
        metadata: An export article's metadata (:meth:`ExportArticle.metadata
            <quoteattr.exports.ExportArticle.metadata>` and its ``file``), written
            into every output; empty for other inputs.
    """

    id: Any
    line: int | None
    text: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
    error: str | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict)


#: What processing one record gives: its quotes, or an error message.
Outcome = list[Quote] | str
#: The sources of one record's quotes, with their profiles (empty for an error or jsonl output).
Sources = list[Entity]


def read_records(
    inputs: Sequence[str],
    *,
    input_format: str = "auto",
    encoding: str = DEFAULT_ENCODING,
    fix_text: bool = False,
    search_headline: bool = False,
) -> Iterator[InputRecord]:
    """The records of every input, in order, read lazily.

    Texts keep their line endings as stored (``\r\n`` is two characters), so
    offsets index the file as it is.

    Args:
        inputs: Paths of files and folders, ``-`` for standard input.
        input_format: ``auto`` (by suffix; a .txt export by its content),
            ``txt`` (or ``text``), ``jsonl``, ``html``, ``nexis`` or ``factiva``.
        encoding: How the inputs are encoded (:func:`quoteattr.inputs.decode_text`):
            a codec name, or ``auto``; UTF-8 may start with a byte order mark.
        fix_text: Repair mojibake (:func:`quoteattr.inputs.repair_text`); the
            repaired text is also put in the record's ``extra["text"]``, so
            that the output carries the text its offsets index.
        search_headline: Put an export article's headline before its body.

    Yields:
        One record per .txt file, per non-blank .jsonl line and per export
        article; unreadable ones carry an error.
    """
    for record in _read_inputs(inputs, input_format, encoding, search_headline):
        if fix_text and record.text is not None:
            text = repair_text(record.text)
            record = attrs.evolve(record, text=text, extra={**record.extra, "text": text})
        yield record


def _read_inputs(
    inputs: Sequence[str], input_format: str, encoding: str, search_headline: bool
) -> Iterator[InputRecord]:
    for name in inputs:
        if name == "-":
            yield from _read_stdin(input_format, encoding)
            continue
        for path, id_ in input_files(Path(name)):
            kind = input_format if input_format != "auto" else _kind_of(path)
            if kind in EXPORT_FORMATS:
                yield from read_export_records(path, kind, search_headline=search_headline)
            elif kind == "jsonl":
                with path.open("rb") as lines:
                    yield from read_jsonl_lines(lines, encoding=encoding, source=str(path))
            elif kind == "html":
                yield _read_html(path, id_, encoding)
            else:
                yield _read_txt(path, id_, encoding)


def count_records(inputs: Sequence[str], *, input_format: str = "auto") -> int | None:
    """How many records the inputs hold; ``None`` when stdin is among them."""
    if "-" in inputs:
        return None
    total = 0
    for name in inputs:
        for path, _ in input_files(Path(name)):
            kind = input_format if input_format != "auto" else _kind_of(path)
            if kind in EXPORT_FORMATS:
                total += sum(1 for _ in read_export(path, format=kind))
            elif kind == "jsonl":
                with path.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip(b" \t\r\n\xef\xbb\xbf"))
            else:
                total += 1
    return total


def read_export_records(
    path: Path, export_format: str, *, search_headline: bool = False
) -> Iterator[InputRecord]:
    """One record per article of a news-database export (:mod:`quoteattr.exports`).

    The text is the article's body (after its headline and a blank line when
    ``search_headline``); the metadata carries the article's fields, the
    file and where the body sits in it. A broken article is an error record.
    """
    for article in read_export(path, format=export_format):
        metadata = {"file": str(path), **article.metadata()}
        if article.error is not None:
            yield InputRecord(id=article.id, line=article.line, error=article.error, metadata=metadata)
            continue
        text = article.text
        if search_headline and article.headline:
            metadata["body_start"] = len(article.headline) + 2
            text = f"{article.headline}\n\n{text}"
        yield InputRecord(id=article.id, line=article.line, text=text, metadata=metadata)


def read_jsonl_lines(
    lines: Iterable[bytes | str], *, encoding: str = DEFAULT_ENCODING, source: str = "the input"
) -> Iterator[InputRecord]:
    """One record per line of JSON Lines input, an error record for a bad line.

    A byte order mark before the first record and blank lines (between records
    or at the end) are skipped; line numbers count every line.
    """
    iterator = iter(lines)
    if encoding == AUTO:
        head = list(itertools.islice(iterator, 200))
        sample = b"".join(line if isinstance(line, bytes) else line.encode() for line in head)
        try:
            encoding = detect_encoding(sample, source=source)
        except InputDecodeError:
            encoding = DEFAULT_ENCODING
        iterator = itertools.chain(head, iterator)
    for number, raw in enumerate(iterator, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf") if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
        if not raw.strip():
            continue
        yield parse_jsonl_line(raw, number, encoding=encoding)


def parse_jsonl_line(raw: bytes | str, line: int, *, encoding: str = DEFAULT_ENCODING) -> InputRecord:
    """The record of one JSON Lines line (``line`` is its 1-based number)."""
    try:
        text = decode_text(raw, encoding=encoding, source=f"line {line}") if isinstance(raw, bytes) else raw
        text = text.rstrip("\r\n")
        if not text.strip():
            return InputRecord(id=None, line=line, error=Errors.E066.format(line=line))
        data = json.loads(text)
    except InputDecodeError as error:
        return InputRecord(id=None, line=line, error=str(error))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = str(error).splitlines()[0]
        return InputRecord(id=None, line=line, error=Errors.E062.format(line=line, reason=reason))
    if not isinstance(data, dict):
        type_name = _json_type(data)
        return InputRecord(
            id=None, line=line, error=Errors.E063.format(line=line, type_name=type_name)
        )
    id_ = data.get("id")
    if "text" not in data:
        return InputRecord(id=id_, line=line, error=Errors.E064.format(line=line))
    if not isinstance(data["text"], str):
        type_name = _json_type(data["text"])
        return InputRecord(
            id=id_, line=line, error=Errors.E065.format(line=line, type_name=type_name)
        )
    extra = {k: v for k, v in data.items() if k not in ("id", "text")}
    return InputRecord(id=id_, line=line, text=data["text"], extra=extra)


def extract_records(
    records: Iterable[InputRecord],
    *,
    nlp: Language,
    min_confidence: float = 0.0,
    batch_size: int = 16,
    n_process: int = 1,
    fast: bool = False,
    lexicon: Lexicon | None = None,
    kinds: Sequence[str] | None = None,
    sources: bool = False,
    gender_from_names: bool = False,
    quotations: str = "attributed",
    headlines: bool = False,
) -> Iterator[tuple[InputRecord, Outcome, Sources]]:
    """Each record with its quotes (or error message) and sources, in input order, lazily.

    The readable records go through :func:`quoteattr.batch.extract_many`
    (batches, ``n_process`` workers, long texts parsed in pieces); a record
    that could not be read keeps its place in the stream and its own message.
    Only the records of the batches in flight are held in memory.

    Args:
        records: The input records.
        nlp: The pipeline that parses the texts.
        min_confidence: Quotes below it are dropped.
        batch_size: Texts parsed together.
        n_process: Worker processes.
        fast: Parse each sentence only as far as the stages need
            (:func:`quoteattr.parsing.find_parse_modes`).
        lexicon: The cue lexicon; default :meth:`quoteattr.Lexicon.default`.
        kinds: Keep only quotes of these kinds; default all.
        sources: Also find each document's sources with their profiles.
        gender_from_names: With ``sources``, estimate a gender from the first
            name where the text gives none.
        quotations: ``"attributed"`` or ``"all"`` (every quotation too).
        headlines: Also read each all-capitals headline line (an export's
            headline, with ``search_headline``) as an attribution.

    Yields:
        ``(record, quotes, sources)``, or ``(record, message, [])`` when the
        record could not be read or its document raised; ``sources`` is empty
        unless asked for, and its quote indices count the kept quotes only.
    """
    in_flight: collections.deque[InputRecord] = collections.deque()

    def documents() -> Iterator[dict[str, Any]]:
        for record in records:
            in_flight.append(record)
            # An unreadable record goes along without a text, so that its
            # result comes back in its place; its own message replaces E701.
            yield {"id": record.id} if record.error is not None else {"id": record.id, "text": record.text}

    results = extract_many(
        documents(),
        nlp=nlp,
        batch_size=batch_size,
        n_process=n_process,
        fast=fast,
        lexicon=lexicon,
        kinds=kinds,
        sources=sources,
        gender_from_names=gender_from_names,
        quotations=quotations,
        headlines=headlines,
    )
    for result in results:
        record = in_flight.popleft()
        if record.error is not None:
            yield record, record.error, []
        elif result.error is not None:
            yield record, result.error, []
        else:
            kept = [i for i, q in enumerate(result.quotes) if q.confidence >= min_confidence]
            yield record, [result.quotes[i] for i in kept], keep_sources(result.entities, kept)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(Errors.E069.format(value=value))
    return number


def input_files(path: Path) -> Iterator[tuple[Path, str]]:
    """The input files under ``path`` with their record ids, sorted."""
    if not path.is_dir():
        yield path, path.stem
        return
    found = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file())
    for file in found:
        yield file, file.relative_to(path).with_suffix("").as_posix()


def _kind_of(path: Path) -> str:
    if path.suffix.lower() in (".html", ".htm"):
        return "html"
    if path.suffix == ".jsonl":
        return "jsonl"
    detected = detect_format(path)
    return detected if detected in EXPORT_FORMATS else "txt"


def _read_html(path: Path, id_: str, encoding: str = DEFAULT_ENCODING) -> InputRecord:
    """A web page's article text (:func:`~quoteattr.htmlpage.extract_main_text`).

    The text goes to the output too (``"text"``): the quotes' offsets index it.
    """
    try:
        page = decode_text(path.read_bytes(), encoding=encoding, source=str(path))
        text = extract_main_text(page)
    except (OSError, QuoteattrError) as error:
        return InputRecord(id=id_, line=None, error=_describe(error))
    return InputRecord(id=id_, line=None, text=text, extra={"text": text})


def _read_txt(path: Path, id_: str, encoding: str = DEFAULT_ENCODING) -> InputRecord:
    try:
        text = decode_text(path.read_bytes(), encoding=encoding, source=str(path))
        return InputRecord(id=id_, line=None, text=text)
    except (OSError, InputDecodeError) as error:
        return InputRecord(id=id_, line=None, error=_describe(error))


def _read_stdin(input_format: str, encoding: str = DEFAULT_ENCODING) -> Iterator[InputRecord]:
    # The bytes, not the text stream: it would turn "\r\n" into "\n" and decode as the locale says.
    stream: IO[bytes] | IO[str] = getattr(sys.stdin, "buffer", sys.stdin)
    first = stream.readline()
    kind = input_format
    if kind == "auto":
        start = first.lstrip(b"\xef\xbb\xbf \t\r\n") if isinstance(first, bytes) else first.lstrip("\ufeff \t\r\n")
        kind = "jsonl" if start[:1] in (b"{", "{") else "txt"
    if kind == "jsonl":
        lines: Iterable[bytes | str] = itertools.chain([first] if first else [], stream)
        yield from read_jsonl_lines(lines, encoding=encoding, source="standard input")
        return
    rest = stream.read()
    if isinstance(first, str) and isinstance(rest, str):
        yield InputRecord(id="stdin", line=None, text=first + rest)
        return
    data = first + rest if isinstance(first, bytes) and isinstance(rest, bytes) else b""
    try:
        text = decode_text(data, encoding=encoding, source="standard input")
    except InputDecodeError as error:
        yield InputRecord(id="stdin", line=None, error=str(error))
        return
    yield InputRecord(id="stdin", line=None, text=text)


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number"}
    names |= {float: "number", type(None): "null value"}
    return names.get(type(value), type(value).__name__)


def _describe(error: BaseException) -> str:
    message = str(error)
    if isinstance(error, QuoteattrError):
        return message
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def failure_summary(failed: list[InputRecord], done: int) -> str:
    where = [f"line {r.line}" if r.line is not None else str(r.id) for r in failed[:10]] + (
        ["..."] if len(failed) > 10 else []
    )
    return f"quoteattr: {len(failed)} of {done} documents failed ({', '.join(where)})"


class NoBar:
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        """Do nothing."""


def progress_bar(total: int | None) -> Any:
    """A tqdm bar on stderr for ``total`` records (``None``: unknown)."""
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[misc]  # tqdm has no type hints
        """No monitor thread: it would outlive the run and be alive when workers fork."""

        monitor_interval = 0

    return Bar(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
