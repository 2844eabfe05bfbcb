"""The corpus tables: memory over a stream ten times longer, and the cost of grouping quotations.

    python benchmarks/corpus.py --cache-dir /work/cache        # Docs parsed once, cached
    python benchmarks/corpus.py                                # parses the dev files first

Measures:

- memory: the real quotes of the dev files (wikinews, gum, polnear-names:
  ``../shared/eval/dev`` or ``$QUOTEATTR_SHARED/eval/dev``) cycled into a
  stream of N and of 10 N documents (fresh ids, an ``outlet`` and a ``date``
  on each), read by ``corpus_sources(by="outlet")`` and by
  ``corpus_quotations``, each in a fresh process; the growth of resident
  memory over the process's memory before the stream, and the time;
- scale: ``corpus_quotations`` over 10,000 synthetic documents of five
  distinct 12-word direct quotes each (one in ten a trimmed or edited copy
  of another document's), beside the all-pairs comparison it avoids
  (timed on the first 1,000 texts and scaled by the square).

Writes ``benchmarks/results/corpus.json`` (stamped with the versions) and the
``## Corpus`` section of ``docs/benchmarks.md``. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import pickle
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUOTEATTR_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "eval" / "dev"
STEMS = ("wikinews", "gum", "polnear-names")
RESULTS = ROOT / "benchmarks" / "results" / "corpus.json"
DOCS_PAGE = ROOT / "docs" / "benchmarks.md"
OUTLETS = ("Daily", "Weekly", "Herald", "Post", "Wire")


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now (``VmRSS``) or at its peak (``VmHWM``), in MB (Linux)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def base_results(cache_dir: Path | None) -> list[Any]:
    """The DocumentResults of the dev files (cached Docs when given, else parsed)."""
    import quoteattr
    from quoteattr.batch import DocumentResult

    nlp = quoteattr.load()
    results: list[Any] = []
    for stem in STEMS:
        with (DEV / f"{stem}.jsonl").open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        cached = cache_dir / f"{stem}.spacy" if cache_dir else None
        if cached and cached.exists():
            from spacy.tokens import DocBin

            docs = DocBin().from_disk(cached).get_docs(nlp.vocab)
            for record, doc in zip(records, docs):
                results.append(
                    DocumentResult(index=0, id=record["id"], quotes=quoteattr.find_quotes(doc))
                )
        else:
            results.extend(quoteattr.extract_many(records, nlp=nlp))
    return results


def stream(base: list[Any], count: int) -> Any:
    """``count`` (result, metadata) pairs: the base cycled, each with a fresh id and index."""
    import attrs

    for index, result in zip(range(count), itertools.cycle(base)):
        cycle = index // len(base)
        metadata = {
            "outlet": OUTLETS[index % len(OUTLETS)],
            "date": f"2024-{1 + cycle % 12:02d}-01",
        }
        yield attrs.evolve(result, index=index, id=f"{result.id}#{cycle}"), metadata


def run_child(base_path: Path, table: str, count: int) -> dict[str, Any]:
    """One table over ``count`` documents in this (fresh) process."""
    from quoteattr.corpus import corpus_quotations, corpus_sources

    with base_path.open("rb") as file:
        base = pickle.load(file)
    before = rss_mb()
    start = time.perf_counter()
    if table == "sources":
        rows: list[Any] = corpus_sources(stream(base, count), by="outlet")
    else:
        rows = corpus_quotations(stream(base, count))
    seconds = time.perf_counter() - start
    return {
        "docs": count,
        "rows": len(rows),
        "seconds": round(seconds, 3),
        "rss_growth_mb": round(rss_mb("VmHWM") - before, 1),
    }


def memory(base: list[Any], docs: int) -> dict[str, Any]:
    """Each table over ``docs`` and ``10 * docs`` documents, each run in a fresh process."""
    found: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "base.pickle")
        with path.open("wb") as file:
            pickle.dump(base, file)
        for table in ("sources", "quotations"):
            found[table] = []
            for count in (docs, 10 * docs):
                command = [sys.executable, __file__, "--child", str(path), table, str(count)]
                output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
                found[table].append(json.loads(output))
    return found


def synthetic_texts(docs: int, seed: int = 3) -> list[list[str]]:
    """Five 12-word quotes a document; one in ten a trimmed or edited copy of an earlier one."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(5000)]
    documents: list[list[str]] = []
    made: list[str] = []
    for _ in range(docs):
        quotes = []
        for _ in range(5):
            if made and rng.random() < 0.1:
                words = rng.choice(made).split()
                if rng.random() < 0.5:
                    words = words[1:-1]
                else:
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                quotes.append(" ".join(words))
            else:
                text = " ".join(rng.choices(vocabulary, k=12))
                made.append(text)
                quotes.append(text)
        documents.append(quotes)
    return documents


def scale(docs: int) -> dict[str, Any]:
    """``corpus_quotations`` over ``docs`` synthetic documents, beside all pairs."""
    from rapidfuzz import fuzz

    from quoteattr.batch import DocumentResult
    from quoteattr.corpus import corpus_quotations
    from quoteattr.results import Quote, QuoteType, TextSpan

    documents = synthetic_texts(docs)
    results = [
        DocumentResult(
            index=index,
            id=f"s{index}",
            quotes=[Quote(type=QuoteType.DIRECT, content=[TextSpan(0, len(t), t)]) for t in quotes],
        )
        for index, quotes in enumerate(documents)
    ]
    start = time.perf_counter()
    rows = corpus_quotations(results)
    seconds = time.perf_counter() - start
    texts = sorted({text for quotes in documents for text in quotes})
    sample = texts[:1000]
    start = time.perf_counter()
    for one, other in itertools.combinations(sample, 2):
        fuzz.ratio(one.split(), other.split())
    pairs_sample = time.perf_counter() - start
    pairs_all = pairs_sample * (len(texts) / len(sample)) ** 2
    return {
        "docs": docs,
        "distinct_texts": len(texts),
        "shared_quotations": len(rows),
        "seconds": round(seconds, 2),
        "all_pairs_seconds_estimated": round(pairs_all, 1),
    }


def versions() -> dict[str, str]:
    import rapidfuzz

    import quoteattr

    return {
        "quoteattr": quoteattr.__version__,
        "rapidfuzz": rapidfuzz.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def markdown(result: dict[str, Any], command: str) -> str:
    lines = [
        "## Corpus",
        "",
        f"`{command}` (figures from {result['date']}; timings depend on the machine's load).",
        "",
        (
            "Memory over a stream ten times longer (the dev files' real quotes cycled, fresh "
            "ids, five outlets; each run in a fresh process; growth of resident memory over the "
            "process before the stream). The rows stay the same; what grows is the list of "
            "document ids each row returns (the last column: KB per extra document):"
        ),
        "",
        "| table | docs | rows | seconds | RSS growth (MB) | KB per extra doc |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for table, runs in result["memory"].items():
        small, large = runs
        per_doc = (
            (large["rss_growth_mb"] - small["rss_growth_mb"])
            * 1024
            / (large["docs"] - small["docs"])
        )
        for run, extra in ((small, ""), (large, f"{per_doc:.2f}")):
            lines.append(
                f"| {table} | {run['docs']} | {run['rows']} | {run['seconds']} | "
                f"{run['rss_growth_mb']} | {extra} |"
            )
    sc = result["scale"]
    lines += [
        "",
        (
            f"Grouping quotations: {sc['docs']} synthetic documents, {sc['distinct_texts']} "
            f"distinct direct quotes, {sc['shared_quotations']} shared quotations found in "
            f"{sc['seconds']} s; comparing all pairs instead would take about "
            f"{sc['all_pairs_seconds_estimated']} s (timed on 1,000 texts, scaled by the square)."
        ),
        "",
    ]
    return "\n".join(lines)


def write_section(section: str, page: Path = DOCS_PAGE) -> None:
    """Replace (or append) the ``## Corpus`` section of the benchmarks page."""
    text = page.read_text(encoding="utf-8")
    start = text.find("## Corpus")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    page.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache-dir", type=Path, default=None, help="folder of <stem>.spacy DocBins"
    )
    parser.add_argument("--docs", type=int, default=2000, help="N: the short stream (default 2000)")
    parser.add_argument(
        "--scale-docs", type=int, default=10000, help="synthetic documents (default 10000)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--no-docs-page", action="store_true", help="do not rewrite docs/benchmarks.md"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        path, table, count = options.child
        print(json.dumps(run_child(Path(path), table, int(count))))
        return 0
    base = base_results(options.cache_dir)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "versions": versions(),
        "base_docs": len(base),
        "memory": memory(base, options.docs),
        "scale": scale(options.scale_docs),
    }
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    command = "python benchmarks/corpus.py" + (
        f" --cache-dir {options.cache_dir}" if options.cache_dir else ""
    )
    section = markdown(result, command)
    print(section)
    if not options.no_docs_page:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
