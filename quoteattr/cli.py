"""The ``quoteattr`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from quoteattr.pipeline import extract
from quoteattr.serialization import to_format_record


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Who said what: find the quotes in news text and who they are attributed to.",
    )
    parser.add_argument("input", help="a .txt file, or a .jsonl file of {\"id\", \"text\"} lines")
    parser.add_argument("--format", choices=["table", "jsonl"], default=None)
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["evaluate"]:
        from quoteattr.evaluation.cli import main as evaluate_main

        return evaluate_main(args[1:])
    options = build_parser().parse_args(args)
    path = Path(options.input)
    fmt = options.format or ("jsonl" if path.suffix == ".jsonl" else "table")
    out = open(options.output, "w", encoding="utf-8") if options.output else sys.stdout
    failures = 0
    try:
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        else:
            records = [{"id": path.stem, "text": path.read_text("utf-8")}]
        for record in records:
            try:
                quotes = extract(record["text"], nlp=options.model)
            except Exception as error:  # a failing document becomes an error record
                failures += 1
                out.write(json.dumps({"id": record.get("id"), "error": str(error)}) + "\n")
                continue
            if fmt == "jsonl":
                line = {"id": record.get("id"), "quotes": [to_format_record(q) for q in quotes]}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                for quote in quotes:
                    out.write(f"{quote.speaker or '-'}\t{quote.type.value}\t{quote.cue.text if quote.cue else '-'}\t{quote.text}\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failures else 0
