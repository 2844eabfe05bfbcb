"""``quoteattr evaluate GOLD.jsonl PRED.jsonl``: score a prediction file against gold."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from quoteattr.errors import QuoteattrError
from quoteattr.evaluation.corpus import QUOTE_TYPES, read_corpus
from quoteattr.evaluation.report import ErrorQuote, Report
from quoteattr.evaluation.scoring import score_corpus


def build_parser() -> argparse.ArgumentParser:
    """The ``evaluate`` subcommand's options."""
    parser = argparse.ArgumentParser(
        prog="quoteattr evaluate",
        description="Score predicted attributions against gold (shared/eval/FORMAT.md rules).",
    )
    parser.add_argument("gold", help="gold JSONL file (with text)")
    parser.add_argument("predicted", help="prediction JSONL file (id and quotes per line)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--errors", action="store_true", help="also list each document's false positives and misses"
    )
    parser.add_argument(
        "--types",
        nargs="+",
        choices=QUOTE_TYPES,
        default=None,
        help="score only these quote types (default: all)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the subcommand; 0 on success, 2 on unreadable or invalid input."""
    options = build_parser().parse_args(argv)
    try:
        report = score_corpus(
            read_corpus(options.gold), read_corpus(options.predicted), types=options.types
        )
    except (OSError, QuoteattrError) as error:
        print(f"quoteattr evaluate: {error}", file=sys.stderr)
        return 2
    if options.json:
        print(json.dumps(report.to_dict(errors=options.errors), ensure_ascii=False, indent=2))
    else:
        print(report.to_table())
        if options.errors:
            print(format_errors(report))
    return 0


def format_errors(report: Report) -> str:
    """Each document's false positives, misses and wrong speakers, one per line."""
    lines = []
    for document in report.errors:
        lines.append(f"\n## {document.id}")
        lines += [f"  FP   {_line(q)}" for q in document.false_positives]
        lines += [f"  MISS {_line(q)}" for q in document.misses]
        lines += [
            f"  SPKR {_line(w.gold)}\n       predicted: {w.predicted.speaker_name or w.predicted.speaker}"
            for w in document.wrong_speakers
        ]
    return "\n".join(lines)


def _line(quote: ErrorQuote) -> str:
    text = " ".join(quote.text.split())
    source = quote.speaker_name or quote.speaker or "-"
    return f"[{quote.start}:{quote.end}] {quote.type} | {source} | {quote.cue or '-'} | {text}"
