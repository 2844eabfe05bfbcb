"""Accuracy benchmark: quoteattr beside textacy's direct-quotation baseline, on gold files.

Run from the repository root::

    python benchmarks/accuracy.py                      # every ../shared/eval/dev/*.jsonl
    python benchmarks/accuracy.py GOLD.jsonl ... --limit 50
    python benchmarks/accuracy.py GOLD.jsonl ... --rewrap 60,72,90

``--rewrap`` also scores each file with every paragraph re-wrapped at each
width, as wire copy and PDF text come (:func:`quoteattr.linebreaks.to_wrapped_text`: spaces turned into
single line breaks, so the gold offsets stay right), and prints quoteattr's
overlap F1 and name accuracy beside the figures on the file as it is.

Each text is parsed once with quoteattr's pipeline and the same ``Doc`` goes to
both systems. Both are scored by :func:`quoteattr.evaluation.score_corpus`
(the rules of ``shared/eval/FORMAT.md``). One side-by-side table per file is
printed, and the figures are written to ``benchmarks/results/accuracy.json``
stamped with the quoteattr, spaCy, model and Python versions.

The baseline is ``textacy.extract.triples.direct_quotations``. It raises on a
document with an odd number of quotation marks; it is then run paragraph by
paragraph, skipping the paragraphs that still raise. Each ``(speaker, cue,
content)`` triple becomes a ``direct`` quote whose ``speaker_name`` is the
speaker as written (textacy resolves no names).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import spacy
import textacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token
from textacy.extract.triples import direct_quotations

import quoteattr
from quoteattr.evaluation import Report, read_corpus, score_corpus
from quoteattr.evaluation.corpus import Document
from quoteattr.evaluation.report import format_table
from quoteattr.linebreaks import to_wrapped_text
from quoteattr.parsing import parse_texts
from quoteattr.serialization import to_format_record

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUOTEATTR_SHARED", ROOT.parent / "shared"))
DEFAULT_GOLD = SHARED / "eval" / "dev"
DEFAULT_OUTPUT = ROOT / "benchmarks" / "results" / "accuracy.json"
SYSTEMS = ("quoteattr", "textacy")
_PARAGRAPH = re.compile(r"[^\n]+")


def find_quoteattr_quotes(doc: Doc) -> list[dict[str, Any]]:
    """quoteattr's quotes in ``doc`` as FORMAT.md records."""
    return [to_format_record(quote) for quote in quoteattr.find_quotes(doc)]


def find_baseline_quotes(doc: Doc) -> tuple[list[dict[str, Any]], int]:
    """textacy's direct quotations in ``doc`` as FORMAT.md records.

    Args:
        doc: A parsed Doc.

    Returns:
        The records, and how many paragraphs were skipped because textacy
        raised on them even alone.
    """
    try:
        return [_baseline_record(triple, 0) for triple in direct_quotations(doc)], 0
    except ValueError:
        pass
    records, skipped = [], 0
    for match in _PARAGRAPH.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        try:
            triples = list(direct_quotations(span.as_doc()))
        except ValueError:
            skipped += 1
            continue
        records += [_baseline_record(triple, span.start_char) for triple in triples]
    return records, skipped


def _baseline_record(triple: Any, offset: int) -> dict[str, Any]:
    def extent(tokens: Sequence[Token]) -> list[int]:
        return [offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])]

    speaker = extent(triple.speaker)
    return {
        "type": "direct",
        "content": [offset + triple.content.start_char, offset + triple.content.end_char],
        "cue": extent(triple.cue),
        "speaker": speaker,
        "speaker_name": " ".join(t.text for t in triple.speaker),
    }


def with_sourced_quotes_only(document: Document) -> Document:
    """The gold document with its sourceless attributions turned into ignored regions.

    PolNeAR annotates attributions with no source (``is expected to``,
    ``reportedly``); issue 3 rules those out as sourceless hedges. This view
    drops them from the gold and ignores a prediction lying inside one, the
    way FORMAT.md's ``ignore_spans`` treat unresolved regions, so the figures
    measure the attributions the library is asked to find. It is printed
    beside the figures on the whole gold, never instead of them.
    """
    sourceless = [q for q in document.quotes if q.speaker is None]
    return attrs.evolve(
        document,
        quotes=tuple(q for q in document.quotes if q.speaker is not None),
        ignore_spans=document.ignore_spans + tuple(q.content for q in sourceless),
    )


def parse(texts: list[str], nlp: Language, cached: Path | None) -> Iterator[Doc]:
    """The parsed texts, from a DocBin of the same texts when one is given."""
    if cached is not None and cached.is_file():
        docs = DocBin().from_disk(cached).get_docs(nlp.vocab)
        for text, doc in zip(texts, docs):
            if doc.text != text:
                raise SystemExit(f"{cached} does not hold the gold texts in order")
            yield doc
        return
    # parsed as extract() parses: long texts in pieces, wrapped text through its parse view
    for start in range(0, len(texts), 16):
        yield from parse_texts(nlp, texts[start : start + 16], batch_size=16)


def run_file(
    path: Path,
    nlp: Language,
    *,
    limit: int | None,
    cache_dir: Path | None,
    width: int | None = None,
) -> dict[str, Any]:
    """Both systems on one gold file: reports, failures and times.

    With ``width``, each text is first re-wrapped at that width (:func:`quoteattr.linebreaks.to_wrapped_text`)
    and parsed afresh.
    """
    gold = read_corpus(path)[:limit]
    cached = cache_dir / f"{path.stem}.spacy" if cache_dir else None
    if width is not None:
        gold = [attrs.evolve(document, text=to_wrapped_text(document.text, width)) for document in gold]
        cached = None
    predictions: dict[str, list[dict[str, Any]]] = {name: [] for name in SYSTEMS}
    seconds = dict.fromkeys(("parse", *SYSTEMS), 0.0)
    failures = {"quoteattr_documents": 0, "textacy_skipped_paragraphs": 0, "textacy_documents": 0}
    started = time.perf_counter()
    for document, doc in zip(gold, parse([d.text for d in gold], nlp, cached)):
        now = time.perf_counter()
        seconds["parse"] += now - started
        # textacy first: it only reads the Doc, so nothing quoteattr stores on it reaches the baseline.
        theirs, skipped = find_baseline_quotes(doc)
        failures["textacy_skipped_paragraphs"] += skipped
        failures["textacy_documents"] += bool(skipped)
        middle = time.perf_counter()
        seconds["textacy"] += middle - now
        try:
            ours = find_quoteattr_quotes(doc)
        except Exception as error:  # noqa: BLE001 - a failing document scores as no quotes, counted
            failures["quoteattr_documents"] += 1
            print(f"quoteattr raised on {document.id}: {error!r}", file=sys.stderr)
            ours = []
        started = time.perf_counter()
        seconds["quoteattr"] += started - middle
        predictions["quoteattr"].append({"id": document.id, "quotes": ours})
        predictions["textacy"].append({"id": document.id, "quotes": theirs})
    reports = {name: score_corpus(gold, predictions[name]) for name in SYSTEMS}
    genre_reports = {}
    genres = sorted({genre_of(document.id) for document in gold})
    if 1 < len(genres) <= len(gold) // 2:
        for genre in genres:
            part = [document for document in gold if genre_of(document.id) == genre]
            ids = {document.id for document in part}
            genre_reports[genre] = score_corpus(
                part, [p for p in predictions["quoteattr"] if p["id"] in ids]
            )
    sourced_reports = {}
    if any(q.speaker is None for document in gold for q in document.quotes):
        sourced = [with_sourced_quotes_only(document) for document in gold]
        sourced_reports = {name: score_corpus(sourced, predictions[name]) for name in SYSTEMS}
    return {
        "file": str(path),
        "documents": len(gold),
        "reports": reports,
        "sourced_reports": sourced_reports,
        "genre_reports": genre_reports,
        "failures": failures,
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
    }


def genre_of(document_id: str) -> str:
    """A document's genre, from its id's prefix before ``_`` (``gum-news_warhol`` -> ``gum-news``).

    A file is reported by genre when it has several and at most half as many as documents.
    """
    return document_id.split("_", 1)[0]


def by_genre(reports: dict[str, Report]) -> str:
    """One table of quoteattr's figures: a metric per row, a genre per column."""
    rows = {genre: dict(report.rows()) for genre, report in reports.items()}
    metrics = ["documents", "overlap F1", "speaker accuracy", "name accuracy", "attribution F1"]
    table = [[metric, *(rows[genre].get(metric, "-") for genre in rows)] for metric in metrics]
    return format_table(["metric", *rows], table)


def side_by_side(reports: dict[str, Report]) -> str:
    """One table: a metric per row, a system per column."""
    rows = [r.rows() for r in reports.values()]
    table = [[metric, *(row[i][1] for row in rows)] for i, (metric, _) in enumerate(rows[0])]
    return format_table(["metric", *reports], table)


def rewrap_table(original: Report, rewrapped: dict[int, Report]) -> str:
    """Overlap F1 and name accuracy, as the file is and at each re-wrap width."""
    rows = [["as it is", *_headline(original)]]
    rows += [[f"wrapped at {width}", *_headline(report)] for width, report in rewrapped.items()]
    return format_table(["text", "overlap F1", "name accuracy"], rows)


def _headline(report: Report) -> list[str]:
    figures = report.to_dict()
    return [f"{figures['overlap']['f1']:.3f}", f"{figures['name_accuracy']['value']:.3f}"]


def _widths(value: str) -> tuple[int, ...]:
    try:
        widths = tuple(int(part) for part in value.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"widths are whole numbers like 60,72,90, got {value!r}") from None
    if any(width < 10 for width in widths):
        raise argparse.ArgumentTypeError(f"widths are at least 10 columns, got {value!r}")
    return widths


def stamp(nlp: Language) -> dict[str, Any]:
    """The versions and commit the figures come from."""
    def git(*args: str) -> str | None:
        try:
            return subprocess.run(
                ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None

    commit = git("rev-parse", "--short", "HEAD")
    if commit and git("status", "--porcelain", "--untracked-files=no"):
        commit += " (with uncommitted changes)"
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": commit,
        "quoteattr": quoteattr.__version__,
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "textacy": textacy.__version__,
        "python": platform.python_version(),
    }


def is_attribution_gold(path: Path) -> bool:
    """Whether a gold file holds attributions (records with a ``text``), not profiles."""
    with path.open(encoding="utf-8") as lines:
        first = next((line for line in lines if line.strip()), "{}")
    return "text" in json.loads(first)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the tables and write the JSON result."""
    parser = argparse.ArgumentParser(description="quoteattr vs textacy on gold attribution files.")
    parser.add_argument("gold", nargs="*", type=Path, help="gold JSONL files (default: all in ../shared/eval/dev)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each file")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSON result")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path (default: quoteattr's)")
    parser.add_argument(
        "--cache-dir", type=Path, default=None,
        help="folder of <file stem>.spacy DocBins of the same texts, to skip parsing (development)",
    )
    parser.add_argument(
        "--rewrap", type=_widths, default=(),
        help="also score each file re-wrapped at these widths, comma-separated (60,72,90)",
    )
    options = parser.parse_args(argv)
    paths = options.gold or [p for p in sorted(DEFAULT_GOLD.glob("*.jsonl")) if is_attribution_gold(p)]
    if not paths:
        parser.error(f"no gold files given and none found in {DEFAULT_GOLD}")
    nlp = quoteattr.load(options.model)
    result: dict[str, Any] = {"stamp": stamp(nlp), "limit": options.limit, "files": {}}
    for path in paths:
        run = run_file(path, nlp, limit=options.limit, cache_dir=options.cache_dir)
        reports = run.pop("reports")
        sourced_reports = run.pop("sourced_reports")
        genre_reports = run.pop("genre_reports")
        print(f"\n## {path.name}: {run['documents']} documents\n")
        print(side_by_side(reports))
        print(f"\nfailures: {run['failures']}; seconds: {run['seconds']}")
        result["files"][path.name] = {**run, **{name: r.to_dict() for name, r in reports.items()}}
        if genre_reports:
            print(f"\n### {path.name}, quoteattr by genre (the prefix of the ids)\n")
            print(by_genre(genre_reports))
            result["files"][path.name]["by_genre"] = {
                genre: r.to_dict() for genre, r in genre_reports.items()
            }
        if sourced_reports:
            print(f"\n### {path.name}, attributions with a source (sourceless ones ignored)\n")
            print(side_by_side(sourced_reports))
            result["files"][path.name]["with_a_source"] = {
                name: r.to_dict() for name, r in sourced_reports.items()
            }
        if options.rewrap:
            rewrapped = {
                width: run_file(path, nlp, limit=options.limit, cache_dir=None, width=width)["reports"]
                for width in options.rewrap
            }
            print(f"\n### {path.name} re-wrapped (quoteattr)\n")
            print(rewrap_table(reports["quoteattr"], {w: r["quoteattr"] for w, r in rewrapped.items()}))
            result["files"][path.name]["rewrapped"] = {
                str(width): {name: r.to_dict() for name, r in runs.items()}
                for width, runs in rewrapped.items()
            }
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {options.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
