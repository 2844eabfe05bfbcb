"""``quoteattr sources`` and ``quoteattr quotations``: the corpus tables from the command line.

Both read their inputs as ``quoteattr`` does (``.txt`` files, ``.jsonl``
records whose other keys, such as ``outlet`` and ``date``, are the metadata,
folders, standard input), run them through :func:`quoteattr.extract_many`
with the same progress bar, and print one table for the whole corpus:
:func:`quoteattr.corpus.corpus_sources` or
:func:`quoteattr.corpus.corpus_quotations`. The exit status is 0 when every
document succeeded, 1 otherwise (the table still covers the others), 2 for
a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from quoteattr.batch import DocumentResult
from quoteattr.corpus import CorpusQuotation, CorpusSource, corpus_quotations, corpus_sources
from quoteattr.errors import Errors, QuoteattrError
from quoteattr.models import load
from quoteattr.reading import (
    InputRecord,
    NoBar,
    count_records,
    extract_records,
    failure_summary,
    positive_int,
    progress_bar,
    read_records,
)
from quoteattr.results import QuoteType

COMMANDS = ("sources", "quotations")
TABLE_FORMATS = ("table", "csv", "json")


def build_parser(command: str) -> argparse.ArgumentParser:
    """The argument parser of ``quoteattr sources`` or ``quoteattr quotations``."""
    what = {
        "sources": "who is quoted across a corpus: one row per source, names merged across documents",
        "quotations": "the direct quotations that several documents carry, one row each",
    }[command]
    parser = argparse.ArgumentParser(prog=f"quoteattr {command}", description=what)
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help=".txt or .jsonl files, folders, or - (default)"
    )
    if command == "sources":
        parser.add_argument(
            "--by",
            metavar="KEY",
            default=None,
            help="break the counts down by a record key (outlet, date, ...)",
        )
    else:
        parser.add_argument(
            "--min-words",
            type=positive_int,
            default=5,
            metavar="N",
            help="leave out quotes shorter than N words (default: 5)",
        )
        parser.add_argument(
            "--min-documents",
            type=positive_int,
            default=2,
            metavar="N",
            help="leave out quotations in fewer documents (default: 2)",
        )
    parser.add_argument("--format", choices=TABLE_FORMATS, default="table", help="default: table")
    parser.add_argument("-o", "--output", metavar="PATH", help="write here, not to stdout")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline name or path")
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=16,
        metavar="N",
        help="documents parsed together (default: 16)",
    )
    parser.add_argument(
        "--n-process", type=positive_int, default=1, metavar="N", help="worker processes (default: 1)"
    )
    parser.add_argument(
        "--fast", action="store_true", help="parse each sentence only as far as the stages need"
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar (stderr, only on a terminal)"
    )
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``quoteattr sources|quotations ARGS``; returns the exit status."""
    command, args = argv[0], list(argv[1:])
    parser = build_parser(command)
    options = parser.parse_args(args)
    inputs = options.inputs or ["-"]
    for name in inputs:
        if name != "-" and not Path(name).exists():
            parser.error(Errors.E067.format(path=name))
    try:
        nlp = load(options.model)
    except QuoteattrError as error:
        parser.exit(2, f"quoteattr: error: {error}\n")
    show_progress = not options.no_progress and sys.stderr.isatty()
    total = count_records(inputs) if show_progress else None
    failed: list[InputRecord] = []
    done = [0]
    outcomes = extract_records(
        read_records(inputs),
        nlp=nlp,
        batch_size=options.batch_size,
        n_process=options.n_process,
        fast=options.fast,
        sources=True,  # the sources' profiles (gender, role, affiliation) for the table
    )

    def documents(bar: Any) -> Iterator[tuple[DocumentResult, dict[str, Any]]]:
        for index, (record, outcome, sources) in enumerate(outcomes):
            bar.update(1)
            done[0] = index + 1
            metadata = {**record.metadata, **record.extra}  # an export's fields, a record's keys
            if isinstance(outcome, str):
                failed.append(record)
                yield DocumentResult(index=index, id=record.id, error=outcome), metadata
            else:
                result = DocumentResult(index=index, id=record.id, quotes=outcome, entities=sources)
                yield result, metadata

    with contextlib.ExitStack() as stack:
        out: IO[str] = sys.stdout
        if options.output is not None:
            try:
                out = stack.enter_context(open(options.output, "w", encoding="utf-8", newline=""))
            except OSError as error:
                parser.error(
                    Errors.E071.format(
                        path=options.output, reason=error.strerror or type(error).__name__
                    )
                )
        with progress_bar(total) if show_progress else NoBar() as bar:
            if command == "sources":
                sources = corpus_sources(documents(bar), by=options.by)
            else:
                quotations = corpus_quotations(
                    documents(bar), min_words=options.min_words, min_documents=options.min_documents
                )
        if command == "sources":
            write_sources(out, sources, fmt=options.format, by=options.by)
        else:
            write_quotations(out, quotations, fmt=options.format)
    if failed:
        print(failure_summary(failed, done[0]), file=sys.stderr)
        return 1
    return 0


TYPES = tuple(kind.value for kind in QuoteType)


def write_sources(out: IO[str], rows: list[CorpusSource], *, fmt: str, by: str | None) -> None:
    """The source table as ``table``, ``csv`` or ``json``."""
    if fmt == "json":
        out.write(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=1) + "\n")
        return
    group = [by] if by else []
    header = ["source", "kind", *group, "quotes", "documents", *TYPES, "attribution_kinds"]
    lines = [
        [
            row.label,
            row.kind or "-",
            *([_text(row.group)] if by else []),
            str(row.quotes),
            str(row.documents),
            *(str(row.by_type.get(kind, 0)) for kind in TYPES),
            " ".join(f"{kind}={count}" for kind, count in row.by_kind.items()) or "-",
        ]
        for row in rows
    ]
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow([*header, "names", "document_ids"])
        for line, row in zip(lines, rows):
            writer.writerow([*line, "; ".join(row.names), " ".join(map(str, row.document_ids))])
        return
    out.write(_aligned([header, *lines], right=len(header) - len(TYPES) - 3))


def write_quotations(out: IO[str], rows: list[CorpusQuotation], *, fmt: str) -> None:
    """The shared-quotation table as ``table``, ``csv`` or ``json``."""
    if fmt == "json":
        out.write(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=1) + "\n")
        return
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(
            ["text", "speaker", "quotes", "documents", "first_document", "document_ids"]
        )
        for row in rows:
            ids = " ".join(map(str, row.document_ids))
            writer.writerow(
                [row.text, row.speaker or "", row.quotes, row.documents, row.first_document, ids]
            )
        return
    header = ["documents", "speaker", "first", "quotation"]
    lines = [
        [
            str(row.documents),
            row.speaker or "-",
            _text(row.first_document),
            " ".join(row.text.split()),
        ]
        for row in rows
    ]
    out.write(_aligned([header, *lines], right=0, last_free=True))


def _text(value: Any) -> str:
    return "-" if value is None else str(value)


def _aligned(lines: list[list[str]], *, right: int, last_free: bool = False) -> str:
    """Columns padded to their widest cell; numbers (from column ``right`` on) to the right."""
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    text = []
    for line in lines:
        cells = []
        for i, cell in enumerate(line):
            if last_free and i == len(line) - 1:
                cells.append(cell)
            elif i >= right and cell[:1].isdigit() and line is not lines[0]:
                cells.append(cell.rjust(widths[i]))
            else:
                cells.append(cell.ljust(widths[i]))
        text.append("  ".join(cells).rstrip())
    return "\n".join(text) + "\n"
