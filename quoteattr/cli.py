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
from quoteattr.errors import Errors, QuoteattrError
from quoteattr.models import load
from quoteattr.render import page_end, page_start, render_article, render_error
from quoteattr.results import Quote
from quoteattr.serialization import to_document, to_entities, to_entity_ids, to_format_document
from quoteattr.tables import COLUMN_NAMES, to_rows

FORMATS = ("table", "json", "jsonl", "html", "csv")
INPUT_FORMATS = ("auto", "txt", "jsonl")

EXAMPLES = """\
examples:
  quoteattr article.txt                       who said what, grouped by source
  quoteattr articles.jsonl -o out.jsonl       FORMAT.md records, one line per input line
  quoteattr news/ --format html -o news.html  every .txt and .jsonl under news/, as a web page
  cat article.txt | quoteattr                 read standard input
  quoteattr big.jsonl --n-process 2           two worker processes, same output
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
    """

    id: Any
    line: int | None
    text: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)
    error: str | None = None


#: What processing one record gives: its quotes, or an error message.
Outcome = list[Quote] | str


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
        help=".txt or .jsonl files, folders (searched for both), or - for standard input "
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
        help="how to read inputs; auto: by suffix, stdin is jsonl when it starts with '{'",
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
    try:
        nlp = load(options.model)
    except QuoteattrError as error:
        parser.exit(2, f"quoteattr: error: {error}\n")
    records = read_records(inputs, input_format=options.input_format)
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
    )
    try:
        with progress as bar:
            writer.start()
            for record, outcome in outcomes:
                writer.write(record, outcome)
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


def read_records(inputs: Sequence[str], *, input_format: str = "auto") -> Iterator[InputRecord]:
    """The records of every input, in order, read lazily.

    Args:
        inputs: Paths of files and folders, ``-`` for standard input.
        input_format: ``auto`` (by suffix), ``txt`` or ``jsonl``.

    Yields:
        One record per .txt file and per .jsonl line; unreadable ones carry an error.
    """
    for name in inputs:
        if name == "-":
            yield from _read_stdin(input_format)
            continue
        for path, id_ in _files(Path(name)):
            kind = input_format if input_format != "auto" else _kind_of(path)
            if kind == "jsonl":
                with path.open("rb") as lines:
                    yield from read_jsonl_lines(lines)
            else:
                yield _read_txt(path, id_)


def count_records(inputs: Sequence[str], *, input_format: str = "auto") -> int | None:
    """How many records the inputs hold; ``None`` when stdin is among them."""
    if "-" in inputs:
        return None
    total = 0
    for name in inputs:
        for path, _ in _files(Path(name)):
            kind = input_format if input_format != "auto" else _kind_of(path)
            if kind == "jsonl":
                with path.open("rb") as lines:
                    total += sum(1 for _ in lines)
            else:
                total += 1
    return total


def read_jsonl_lines(lines: Iterable[bytes | str]) -> Iterator[InputRecord]:
    """One record per line of JSON Lines input, an error record for a bad line."""
    for number, raw in enumerate(lines, start=1):
        yield parse_jsonl_line(raw, number)


def parse_jsonl_line(raw: bytes | str, line: int) -> InputRecord:
    """The record of one JSON Lines line (``line`` is its 1-based number)."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        text = text.rstrip("\r\n")
        if not text.strip():
            return InputRecord(id=None, line=line, error=Errors.E066.format(line=line))
        data = json.loads(text)
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
) -> Iterator[tuple[InputRecord, Outcome]]:
    """Each record with its quotes (or error message), in input order, lazily.

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

    Yields:
        ``(record, quotes)``, or ``(record, message)`` when the record could
        not be read or its document raised.
    """
    in_flight: collections.deque[InputRecord] = collections.deque()

    def documents() -> Iterator[dict[str, Any]]:
        for record in records:
            in_flight.append(record)
            # An unreadable record goes along without a text, so that its
            # result comes back in its place; its own message replaces E701.
            yield {"id": record.id} if record.error is not None else {"id": record.id, "text": record.text}

    results = extract_many(
        documents(), nlp=nlp, batch_size=batch_size, n_process=n_process, fast=fast
    )
    for result in results:
        record = in_flight.popleft()
        if record.error is not None:
            yield record, record.error
        elif result.error is not None:
            yield record, result.error
        else:
            yield record, [q for q in result.quotes if q.confidence >= min_confidence]


# Writers --------------------------------------------------------------------


class Writer:
    """Writes one output record per input record to ``out`` (base: JSON Lines of FORMAT.md)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def start(self) -> None:
        """Write what comes before the first record."""

    def end(self) -> None:
        """Write what comes after the last record."""

    def write(self, record: InputRecord, outcome: Outcome) -> None:
        """Write one record's result."""
        self.out.write(json.dumps(self.item(record, outcome), ensure_ascii=False) + "\n")

    def item(self, record: InputRecord, outcome: Outcome) -> dict[str, Any]:
        """The JSON item of one record."""
        if isinstance(outcome, str):
            return error_record(record, outcome)
        return to_format_document(outcome, id=record.id, extra=record.extra)


class JsonWriter(Writer):
    """A JSON array of full results (:func:`~quoteattr.serialization.to_document`), one item a line."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.first = True

    def start(self) -> None:
        self.out.write("[")

    def write(self, record: InputRecord, outcome: Outcome) -> None:
        separator = "\n" if self.first else ",\n"
        self.first = False
        self.out.write(separator + json.dumps(self.item(record, outcome), ensure_ascii=False))

    def end(self) -> None:
        self.out.write("\n]\n")

    def item(self, record: InputRecord, outcome: Outcome) -> dict[str, Any]:
        if isinstance(outcome, str):
            return error_record(record, outcome)
        return to_document(outcome, id=record.id, extra=record.extra)


class TableWriter(Writer):
    """Who said what, as plain text grouped by source: name, then type, cue and quote."""

    def write(self, record: InputRecord, outcome: Outcome) -> None:
        self.out.write(format_table(record, outcome))


class HtmlWriter(Writer):
    """One HTML page with a section per document (:mod:`quoteattr.render`)."""

    def start(self) -> None:
        self.out.write(page_start("quoteattr"))

    def write(self, record: InputRecord, outcome: Outcome) -> None:
        title = f"line {record.line}" if record.id is None else str(record.id)
        if isinstance(outcome, str):
            self.out.write(render_error(title, outcome))
        else:
            self.out.write(render_article(record.text or "", outcome, title=title))

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

    def write(self, record: InputRecord, outcome: Outcome) -> None:
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
    """The output record of a document that failed."""
    return {"id": record.id, "line": record.line, "error": message}


def format_table(record: InputRecord, outcome: Outcome) -> str:
    """One document's block of the table format.

    A heading line with the id, then for each source (in order of first
    mention, quotes without a source last) its name (the mention as written
    when it has none), kind and quote count, and one line per quote: type,
    cue (``-`` when none) and the quote's text.
    """
    name = "" if record.id is None else str(record.id)
    if record.line is not None:
        name = f"{name} (line {record.line})" if name else f"line {record.line}"
    if isinstance(outcome, str):
        return f"== {name}: failed ==\n  {outcome}\n\n"
    count = f"{len(outcome)} quote{'' if len(outcome) == 1 else 's'}"
    lines = [f"== {name}: {count} =="]
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
            lines.append(f"{name} ({entity.kind.value}, {len(quotes)})")
        for quote in quotes:
            cue = quote.cue.text if quote.cue else "-"
            text = " ".join(quote.text.split())
            lines.append(f"  {quote.type.value:<8}  {cue:<{cue_width}}  {text}")
    return "\n".join(lines) + "\n\n"


# Helpers ------------------------------------------------------------------------


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(Errors.E061.format(value=value))
    return number


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
    return "jsonl" if path.suffix == ".jsonl" else "txt"


def _read_txt(path: Path, id_: str) -> InputRecord:
    try:
        return InputRecord(id=id_, line=None, text=path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return InputRecord(id=id_, line=None, error=_describe(error))


def _read_stdin(input_format: str) -> Iterator[InputRecord]:
    stream = sys.stdin
    first = stream.readline()
    kind = input_format
    if kind == "auto":
        kind = "jsonl" if first.lstrip().startswith("{") else "txt"
    if kind == "jsonl":
        yield from read_jsonl_lines(itertools.chain([first] if first else [], stream))
    else:
        yield InputRecord(id="stdin", line=None, text=first + stream.read())


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
