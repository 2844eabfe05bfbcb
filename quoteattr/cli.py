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

The inputs are read by :mod:`quoteattr.reading` and each ``--format`` is a
writer of :mod:`quoteattr.writers`. ``quoteattr sources ...`` and ``quoteattr
quotations ...`` print corpus tables (:mod:`quoteattr.corpus_cli`);
``quoteattr evaluate ...`` runs the scorer (:mod:`quoteattr.evaluation.cli`).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from spacy.language import Language

from quoteattr import corpus_cli
from quoteattr.errors import Errors, QuoteattrError
from quoteattr.evaluation import cli as evaluation_cli
from quoteattr.inputs import DEFAULT_ENCODING, check_encoding, repair_text
from quoteattr.lexicon import Lexicon
from quoteattr.models import load
from quoteattr.reading import (
    INPUT_FORMATS,
    InputRecord,
    NoBar,
    count_records,
    extract_records,
    failure_summary,
    input_files,
    positive_int,
    progress_bar,
    read_records,
)
from quoteattr.results import QuoteKind
from quoteattr.writers import FORMATS, WRITERS, Writer

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
        "followed by a blank line; body_start says where the body starts); an all-capitals "
        "headline line (MINISTER SAYS TALKS WILL GO ON) is then read as an attribution",
    )
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=16,
        metavar="N",
        help="documents parsed together; each batch is written when done (default: 16)",
    )
    parser.add_argument(
        "--n-process",
        type=positive_int,
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
        status: int = evaluation_cli.main(args[1:])
        return status
    if args[:1] and args[0] in ("sources", "quotations"):
        corpus_status: int = corpus_cli.main(args)
        return corpus_status
    parser = build_parser()
    options = parser.parse_args(args)
    inputs = options.inputs or ["-"]
    for name in inputs:
        if name != "-" and not Path(name).exists():
            parser.error(Errors.E067.format(path=name))
        if name != "-" and Path(name).is_dir() and next(input_files(Path(name)), None) is None:
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
        bar = progress_bar(total) if show_progress else NoBar()
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
        headlines=options.search_headline,
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
        print(failure_summary(failed, done), file=sys.stderr)
        return 1
    return 0

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


def _default_format(inputs: Sequence[str], output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    by_suffix = {".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html", ".csv": "csv"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if inputs and all(Path(name).suffix == ".jsonl" for name in inputs):
        return "jsonl"
    return "table"
