"""The ``quoteattr`` command line: who said what, from files, folders or stdin.

Input records come from ``.txt`` files (one document each), ``.jsonl`` files
(one ``{"id": ..., "text": ...}`` object per line, other keys passed through)
or standard input. Each record gives exactly one output record, in input
order, written and flushed as soon as its batch is done (documents go through
:func:`quoteattr.batch.extract_many`: batches, worker processes, long texts in
pieces): a record that cannot be read or a document that raises gives an error
record ``{"id": ..., "line": ..., "error": ...}`` and the batch goes on. The exit
status is 0 when every document succeeded, 1 otherwise (with a summary on
stderr), 2 for a usage error and 130 when interrupted.

``quoteattr evaluate ...`` runs the scorer (:mod:`quoteattr.evaluation.cli`).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Self

import attrs
from spacy.language import Language

from quoteattr.batch import DocumentResult, extract_many
from quoteattr.errors import Errors, InputDecodeError, QuoteattrError
from quoteattr.exports import EXPORT_FORMATS, detect_format, read_export
from quoteattr.htmlpage import extract_main_text
from quoteattr.inputs import (
    AUTO,
    DEFAULT_ENCODING,
    check_encoding,
    decode_text,
    detect_encoding,
    repair_text,
)
from quoteattr.lexicon import Lexicon
from quoteattr.models import load
from quoteattr.pipeline import keep_sources
from quoteattr.render import page_end, page_start, render_article, render_error
from quoteattr.results import Entity, Quote, QuoteKind
from quoteattr.serialization import to_document, to_entities, to_entity_ids, to_format_document
from quoteattr.tables import COLUMN_NAMES, to_rows

FORMATS = ("table", "json", "jsonl", "html", "csv")
INPUT_FORMATS = ("auto", "txt", "text", "jsonl", "html", *EXPORT_FORMATS)

EXAMPLES = """\
examples:
  quoteattr article.txt                       who said what, grouped by source
  quoteattr articles.jsonl -o out.jsonl       FORMAT.md records, one line per input line
  quoteattr news/ --format html -o news.html  every .txt and .jsonl under news/, as a web page
  cat article.txt | quoteattr                 read standard input
  quoteattr big.jsonl --n-process 2           two worker processes, same output
  quoteattr nexis-export.txt                  one result per article of a Nexis/Factiva export
  quoteattr --format json --min-confidence 0.5 article.txt
  quoteattr articles.jsonl --format csv       one row per quote (the Spark columns plus kind)
  quoteattr sources articles.jsonl --by outlet  who is quoted across the corpus, per outlet
  quoteattr quotations articles.jsonl         quotations that several articles carry
  quoteattr evaluate --help                   score predictions against gold data

exit status: 0 when every document succeeded; 1 when some failed (each failure
is an error record {"id", "line", "error"} and a summary goes to stderr);
2 for a usage error (bad option, missing file, folder without inputs,
unwritable output, model not installed);
130 when interrupted (every finished batch is already written);
141 when the reader of the output went away (quoteattr ... | head).
"""


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``quoteattr``."""
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description=(
            "Who said what: find the quotes in news text (direct, indirect, mixed), "
            "their cues and who they are attributed to."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help=".txt, .jsonl or .html files (a web page: its article text is read, and "
        "written to the output), folders (searched for .txt and .jsonl), or - for standard input "
        "(the default)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="table: who said what, grouped by source; jsonl: one FORMAT.md record per line; "
        "json: a JSON array of full results with the sources; html: a web page; "
        "csv: one row per quote (the Spark columns plus kind). "
        "Default: from the -o suffix, else jsonl for .jsonl inputs, else table",
    )
    parser.add_argument("-o", "--output", metavar="PATH", help="write here, not to stdout")
    parser.add_argument(
        "--model",
        default=None,
        help="installed spaCy pipeline name or path (default: en_core_web_sm)",
    )
    parser.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="X",
        help="drop quotes whose confidence is below X, in [0, 1] (default: 0)",
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read inputs; auto: by suffix, a .txt file that is a Nexis or Factiva "
        "export is read as its articles (nexis, factiva: force that), stdin is jsonl when it "
        "starts with '{'; txt or text: one document per file; html: a web page's article",
    )
    parser.add_argument(
        "--search-headline",
        action="store_true",
        help="exports: search each article's headline too (it comes first in the text, "
        "followed by a blank line; body_start says where the body starts)",
    )
    parser.add_argument(
        "--batch-size",
        type=_positive,
        default=16,
        metavar="N",
        help="documents parsed together; each batch is written when done (default: 16)",
    )
    parser.add_argument(
        "--n-process",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes, each with its own copy of the pipeline (default: 1)",
    )
    parser.add_argument(
        "--fast",
        action="store_true",
        help="parse each sentence only as far as the stages need (full parse where an "
        "attribution may be, names only elsewhere): faster, nearly as accurate",
    )
    parser.add_argument(
        "--lexicon",
        metavar="FILE",
        help="read cues from this lexicon (JSON in the format of quoteattr/data/cues.json, "
        "see docs/cues.md) instead of the packaged one",
    )
    parser.add_argument(
        "--kinds",
        nargs="+",
        choices=[kind.value for kind in QuoteKind],
        metavar="KIND",
        help="keep only quotes of these kinds: speech, thought, intention, evidence, hedge "
        "(default: all but hedge, a claim hedged with no source, found only when named)",
    )
    parser.add_argument(
        "--gender-from-names",
        action="store_true",
        help="where the text gives a source no gender (no pronoun, honorific or gendered "
        'noun for them), estimate one from the first name; marked gender_source "name"',
    )
    parser.add_argument(
        "--all-quotations",
        action="store_true",
        help="also every quotation not read as attributed speech (titles, scare quotes, "
        "dialogue without a cue), with no source and a low confidence",
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        default=DEFAULT_ENCODING,
        metavar="NAME",
        help="how input files and stdin are encoded: any codec Python knows (cp1252, "
        "latin-1, utf-16, ...) or auto to detect it (default: utf-8, with or without a BOM)",
    )
    parser.add_argument(
        "--fix-text",
        action="store_true",
        help="repair mojibake (â€œ for “) with ftfy before reading; offsets then "
        "index the repaired text, which the json and jsonl outputs carry as \"text\"",
    )
    parser.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (it goes to stderr, and only when stderr is a terminal)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["evaluate"]:
        from quoteattr.evaluation.cli import main as evaluate_main

        status: int = evaluate_main(args[1:])
        return status
    if args[:1] and args[0] in ("sources", "quotations"):
        from quoteattr.corpus_cli import main as corpus_main  # it builds on this module's readers

        corpus_status: int = corpus_main(args)
        return corpus_status
    parser = build_parser()
    options = parser.parse_args(args)
    inputs = options.inputs or ["-"]
    for name in inputs:
        if name != "-" and not Path(name).exists():
            parser.error(Errors.E067.format(path=name))
        if name != "-" and Path(name).is_dir() and next(_files(Path(name)), None) is None:
            parser.error(Errors.E068.format(path=name))
    fmt = options.format or _default_format(inputs, options.output)
    if options.fix_text:
        try:
            repair_text("")
        except QuoteattrError as error:
            parser.exit(2, f"quoteattr: error: {error}\n")
    try:
        nlp = load(options.model)
    except QuoteattrError as error:
        parser.exit(2, f"quoteattr: error: {error}\n")
    try:
        options.lexicon = Lexicon.from_path(options.lexicon) if options.lexicon else None
    except QuoteattrError as error:
        parser.exit(2, f"quoteattr: error: {error}\n")
    records = read_records(
        inputs,
        input_format=options.input_format,
        encoding=options.encoding,
        fix_text=options.fix_text,
        search_headline=options.search_headline,
    )
    show_progress = not options.no_progress and sys.stderr.isatty()
    total = count_records(inputs, input_format=options.input_format) if show_progress else None
    with contextlib.ExitStack() as stack:
        out: IO[str] = sys.stdout
        if options.output is not None:
            try:
                out = stack.enter_context(open(options.output, "w", encoding="utf-8"))
            except OSError as error:
                reason = error.strerror or type(error).__name__
                parser.error(Errors.E071.format(path=options.output, reason=reason))
        bar = _progress(total) if show_progress else _NoBar()
        return _run(records, nlp, WRITERS[fmt](out), options, bar)


def _run(
    records: Iterable[InputRecord],
    nlp: Language,
    writer: Writer,
    options: argparse.Namespace,
    progress: Any,
) -> int:
    """Process the records, write each outcome as soon as it is ready; the exit status."""
    failed: list[InputRecord] = []
    done = 0
    outcomes = extract_records(
        records,
        nlp=nlp,
        min_confidence=options.min_confidence,
        batch_size=options.batch_size,
        n_process=options.n_process,
        fast=options.fast,
        lexicon=options.lexicon,
        kinds=options.kinds,
        sources=type(writer) is not Writer,
        gender_from_names=options.gender_from_names,
        quotations="all" if options.all_quotations else "attributed",
    )
    try:
        with progress as bar:
            writer.start()
            for record, outcome, sources in outcomes:
                writer.write(record, outcome, sources)
                writer.out.flush()
                done += 1
                if isinstance(outcome, str):
                    failed.append(record)
                bar.update(1)
            writer.end()
            writer.out.flush()
    except KeyboardInterrupt:
        writer.out.flush()
        print(f"quoteattr: interrupted after {done} documents", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``quoteattr ... | head``): stop quietly, like other tools.
        if writer.out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    if failed:
        print(_summary(failed, done), file=sys.stderr)
        return 1
    return 0


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
        for path, id_ in _files(Path(name)):
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
        for path, _ in _files(Path(name)):
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
) -> Iterator[tuple[InputRecord, Outcome, Sources]]:
    """Each record with its quotes (or error message) and sources, in input order, lazily.
    quotations: str = "attributed",

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


# Writers --------------------------------------------------------------------


class Writer:
    """Writes one output record per input record to ``out`` (base: JSON Lines of FORMAT.md)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def start(self) -> None:
        """Write what comes before the first record."""

    def end(self) -> None:
        """Write what comes after the last record."""

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        """Write one record's result (``sources``: its sources with profiles, when found)."""
        self.out.write(json.dumps(self.item(record, outcome), ensure_ascii=False) + "\n")

    def item(self, record: InputRecord, outcome: Outcome) -> dict[str, Any]:
        """The JSON item of one record."""
        if isinstance(outcome, str):
            return error_record(record, outcome)
        return to_format_document(outcome, id=record.id, extra={**record.metadata, **record.extra})


class JsonWriter(Writer):
    """A JSON array of full results (:func:`~quoteattr.serialization.to_document`), one item a line."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.first = True

    def start(self) -> None:
        self.out.write("[")

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        separator = "\n" if self.first else ",\n"
        self.first = False
        self.out.write(
            separator + json.dumps(self.item(record, outcome, sources), ensure_ascii=False)
        )

    def end(self) -> None:
        self.out.write("\n]\n")

    def item(
        self, record: InputRecord, outcome: Outcome, sources: Sources | None = None
    ) -> dict[str, Any]:
        if isinstance(outcome, str):
            return error_record(record, outcome)
        # An export article's JSON carries its body, which the quotes' offsets index.
        body = {"text": record.text} if record.metadata else {}
        return to_document(
            outcome,
            id=record.id,
            extra={**record.metadata, **body, **record.extra},
            entities=sources or None,
        )


class TableWriter(Writer):
    """Who said what, as plain text grouped by source: name, then type, cue and quote."""

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        self.out.write(format_table(record, outcome, sources))


class HtmlWriter(Writer):
    """One HTML page with a section per document (:mod:`quoteattr.render`)."""

    def start(self) -> None:
        self.out.write(page_start("quoteattr"))

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        title = f"line {record.line}" if record.id is None else str(record.id)
        if record.metadata:
            title = f"{title}: {describe_article(record.metadata)}"
        if isinstance(outcome, str):
            self.out.write(render_error(title, outcome))
        else:
            self.out.write(
                render_article(record.text or "", outcome, title=title, entities=sources)
            )

    def end(self) -> None:
        self.out.write(page_end())


class CsvWriter(Writer):
    """One CSV row per quote, the columns of :data:`quoteattr.tables.QUOTE_COLUMNS`.

    A document that failed gives one row with its ``error``; one without
    quotes gives no row. ``content_parts`` is written as JSON.
    """

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.csv = csv.writer(out, lineterminator="\n")

    def start(self) -> None:
        self.csv.writerow(COLUMN_NAMES)

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        doc_id = None if record.id is None else str(record.id)
        if isinstance(outcome, str):
            result = DocumentResult(index=0, id=record.id, error=outcome)
        else:
            result = DocumentResult(index=0, id=record.id, quotes=outcome)
        for row in to_rows(result, doc_id):
            row["content_parts"] = None if row["content_parts"] is None else json.dumps(row["content_parts"])
            self.csv.writerow("" if row[name] is None else row[name] for name in COLUMN_NAMES)


WRITERS: dict[str, Callable[[IO[str]], Writer]] = {
    "jsonl": Writer,
    "json": JsonWriter,
    "table": TableWriter,
    "html": HtmlWriter,
    "csv": CsvWriter,
}


def error_record(record: InputRecord, message: str) -> dict[str, Any]:
    """The output record of a document that failed (with an export article's metadata)."""
    return {"id": record.id, "line": record.line, **record.metadata, "error": message}


def describe_article(metadata: dict[str, Any]) -> str:
    """An export article in one line: ``headline (outlet, date)``."""
    where = ", ".join(str(metadata[k]) for k in ("outlet", "date") if metadata.get(k))
    headline = metadata.get("headline") or "(no headline)"
    return f"{headline} ({where})" if where else str(headline)


def format_table(record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> str:
    """One document's block of the table format.

    A heading line with the id, then for each source (in order of first
    mention, quotes without a source last) its name (the mention as written
    when it has none), kind, the pronoun of its gender and its role as the
    text gives them (from ``sources``, when given: ``Ann Cole (person, she,
    Labour MP, 3)``), and quote count, and one line per quote: type, cue
    (``-`` when none) and the quote's text.
    """
    profiles = {e.id: e for e in sources or ()}
    name = "" if record.id is None else str(record.id)
    if record.line is not None:
        name = f"{name} (line {record.line})" if name else f"line {record.line}"
    about = f"  {describe_article(record.metadata)}\n" if record.metadata else ""
    if isinstance(outcome, str):
        return f"== {name}: failed ==\n{about}  {outcome}\n\n"
    count = f"{len(outcome)} quote{'' if len(outcome) == 1 else 's'}"
    lines = [f"== {name}: {count} =="] + ([about.rstrip("\n")] if about else [])
    entities = {e.id: e for e in to_entities(outcome)}
    groups: dict[int | None, list[Quote]] = {}
    for quote, id_ in zip(outcome, to_entity_ids(outcome), strict=True):
        groups.setdefault(id_, []).append(quote)
    if None in groups:
        groups[None] = groups.pop(None)
    cue_width = max((len(q.cue.text) for q in outcome if q.cue), default=1)
    for id_, quotes in groups.items():
        if id_ is None:
            lines.append(f"(no source) ({len(quotes)})")
        else:
            entity = entities[id_]
            name = entity.name or entity.mentions[0].text
            details = [entity.kind.value, *profile_words(profiles.get(id_)), str(len(quotes))]
            lines.append(f"{name} ({', '.join(details)})")
        for quote in quotes:
            cue = quote.cue.text if quote.cue else "-"
            text = " ".join(quote.text.split())
            lines.append(f"  {quote.type.value:<8}  {cue:<{cue_width}}  {text}")
    return "\n".join(lines) + "\n\n"


def profile_words(entity: Entity | None) -> list[str]:
    """A source's gender as a pronoun (``she``; ``she?`` for a name estimate) and its
    role with its affiliation as written (``Labour MP``), those known."""
    if entity is None:
        return []
    found = []
    if entity.gender is not None:
        pronoun = "she" if entity.gender == "female" else "he"
        found.append(pronoun + ("?" if entity.gender_source == "name" else ""))
    if entity.role is not None or entity.affiliation is not None:
        found.append(profile_description(entity))
    return found


def profile_description(entity: Entity) -> str:
    """Role and affiliation in text order as one phrase: ``Labour MP``, ``head of X, Bank of America``."""
    parts = sorted(
        (s for s in (entity.affiliation, entity.role) if s is not None), key=lambda s: s.start
    )
    if len(parts) == 2 and parts[0].end < parts[1].start and parts[1].start - parts[0].end <= 1:
        text = " ".join(" ".join(p.text.split()) for p in parts)
    else:
        text = ", ".join(" ".join(p.text.split()) for p in parts)
    return text


# Helpers ------------------------------------------------------------------------


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(Errors.E061.format(value=value))
    return number


def _encoding(value: str) -> str:
    try:
        return check_encoding(value)
    except LookupError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(Errors.E069.format(value=value))
    return number


def _default_format(inputs: Sequence[str], output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    by_suffix = {".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html", ".csv": "csv"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if inputs and all(Path(name).suffix == ".jsonl" for name in inputs):
        return "jsonl"
    return "table"


def _files(path: Path) -> Iterator[tuple[Path, str]]:
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


def _summary(failed: list[InputRecord], done: int) -> str:
    where = [f"line {r.line}" if r.line is not None else str(r.id) for r in failed[:10]] + (
        ["..."] if len(failed) > 10 else []
    )
    return f"quoteattr: {len(failed)} of {done} documents failed ({', '.join(where)})"


class _NoBar:
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        """Do nothing."""


def _progress(total: int | None) -> Any:
    """A tqdm bar on stderr for ``total`` records (``None``: unknown)."""
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[misc]  # tqdm has no type hints
        """No monitor thread: it would outlive the run and be alive when workers fork."""

        monitor_interval = 0

    return Bar(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
