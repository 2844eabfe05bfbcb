"""How fast is quoteattr? One command, ratios from one run, on real news text.

    python benchmarks/speed.py                 # PolNeAR dev, 600 documents
    python benchmarks/speed.py --docs 100 --no-spark --stream-docs 20   # a quick look

Measures, on the same texts (default ``../shared/eval/dev/polnear.jsonl``, or
``$QUOTEATTR_SHARED/eval/dev/polnear.jsonl``):

- a bare ``nlp.pipe`` parse with quoteattr's model, and quoteattr end to end
  (``extract_many``), as a ratio; the textacy baseline
  (``direct_quotations`` on the parsed Docs) beside it;
- the time of each attribution stage on the parsed Docs;
- documents and words per second, peak memory (max RSS);
- time for 10, 100 and all documents;
- ``n_process=2`` against one process (on the first ``--parallel-docs``);
- the ``fast`` prefilter against the full parse, with the accuracy of both on
  the gold (when ``quoteattr.evaluation`` is installed);
- Spark ``local[2]`` against the one-process library on those documents,
  JVM start-up excluded;
- resident memory over a stream of N and 10 N documents (fresh processes).

Writes ``benchmarks/results/speed.json`` (stamped with the versions) and the
``## Speed`` section of ``docs/benchmarks.md``. Timings depend on the machine
and its load; the ratios are what to compare. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUOTEATTR_SHARED", ROOT.parent / "shared"))
DEFAULT_GOLD = SHARED / "eval" / "dev" / "polnear.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "speed.json"
DOCS_PAGE = ROOT / "docs" / "benchmarks.md"
BATCH_SIZE = 32
CHUNK = 100
STREAM_BATCH = 8
PARALLEL_BATCH = 8
SPARK_PARTITIONS = 8
WARMUP = 30


def read_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return records[:limit] if limit else records


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux), else its peak."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Read from ``VmHWM`` on Linux: ``ru_maxrss`` survives ``fork`` and
    ``exec``, so a child would report its parent's peak.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def rate(count: int, seconds: float) -> float:
    return round(count / seconds, 2) if seconds else 0.0


def textacy_quotes(doc: Any) -> list[Any]:
    """textacy's direct quotations, paragraph by paragraph where it raises."""
    from textacy.extract.triples import direct_quotations

    try:
        return list(direct_quotations(doc))
    except Exception:  # noqa: BLE001 - textacy raises on unbalanced marks
        found = []
        start = 0
        for token in doc:
            if "\n" in token.text or token.i == len(doc) - 1:
                paragraph = doc[start : token.i + 1].as_doc()
                with contextlib.suppress(Exception):
                    found.extend(direct_quotations(paragraph))
                start = token.i + 1
        return found


def time_stages(docs: list[Any]) -> dict[str, float]:
    """Seconds spent in each stage function that ``find_quotes`` calls."""
    from quoteattr import pipeline

    spent: dict[str, float] = defaultdict(float)
    originals = {
        name: value
        for name, value in vars(pipeline).items()
        if callable(value)
        and name.startswith(("find_", "resolve_", "merge_"))
        and name != "find_quotes"
    }

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started

        return timed_call

    try:
        for name, function in originals.items():
            setattr(pipeline, name, wrap(name, function))
        started = time.perf_counter()
        for doc in docs:
            pipeline.find_quotes(doc)
        total = time.perf_counter() - started
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    stages = {name: round(seconds, 3) for name, seconds in sorted(spent.items())}
    stages["find_quotes total"] = round(total, 3)
    return stages


def time_components(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Seconds spent in the tokenizer and in each pipeline component."""
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    spent = {"tokenizer": time.perf_counter() - started}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
        spent[name] = time.perf_counter() - started
    return {name: round(seconds, 3) for name, seconds in spent.items()}


def prefilter_shares(nlp: Any, texts: list[str]) -> dict[str, float]:
    """The share of characters the ``fast`` mode parses in each mode."""
    from quoteattr.parsing import find_paragraphs, find_parse_modes

    stop_words = frozenset(nlp.Defaults.stop_words)
    chars: dict[str, int] = defaultdict(int)
    for text in texts:
        for start, end in find_paragraphs(text):
            for s, e, mode in find_parse_modes(text, start, end, stop_words=stop_words):
                chars[mode] += e - s
    total = max(1, sum(chars.values()))
    return {mode: round(count / total, 4) for mode, count in sorted(chars.items())}


def score(gold: list[dict[str, Any]], results: list[Any]) -> dict[str, float] | None:
    """Overlap, strict and attribution F1 of the results, if the scorer is installed."""
    try:
        from quoteattr.evaluation import score_corpus
    except ImportError:
        return None
    from quoteattr.serialization import to_format_record

    predictions = [
        {"id": record["id"], "quotes": [to_format_record(q) for q in result.quotes]}
        for record, result in zip(gold, results)
    ]
    counts = score_corpus(gold, predictions).counts
    return {
        "overlap_f1": round(counts.overlap.f1, 4),
        "strict_f1": round(counts.strict.f1, 4),
        "attribution_f1": round(counts.attribution.f1, 4),
    }


def run_stream_child(gold: Path, docs: int) -> dict[str, Any]:
    """Resident memory while streaming ``docs`` documents (the corpus cycled)."""
    import quoteattr

    nlp = quoteattr.load()
    nlp("Warm up.")
    texts = (record["text"] for record in itertools.cycle(read_records(gold)))
    samples = []
    started = time.perf_counter()
    for result in quoteattr.extract_many(itertools.islice(texts, docs), nlp=nlp, batch_size=STREAM_BATCH):
        if (result.index + 1) % STREAM_BATCH == 0:
            samples.append(round(rss_mb(), 1))
    return {
        "docs": docs,
        "seconds": round(time.perf_counter() - started, 2),
        "rss_after_first_batch_mb": samples[0] if samples else None,
        "rss_end_mb": round(rss_mb(), 1),
        "rss_peak_mb": round(peak_rss_mb(), 1),
        "rss_max_sample_mb": max(samples) if samples else None,
        "rss_growth_after_first_batch_mb": round(max(samples) - samples[0], 1) if samples else None,
    }


def stream_memory(gold: Path, docs: int) -> dict[str, Any]:
    """Run :func:`run_stream_child` for ``docs`` and ``10 * docs`` in fresh processes."""
    runs = {}
    for count in (docs, 10 * docs):
        output = subprocess.run(
            [sys.executable, __file__, "--gold", str(gold), "--stream-child", str(count)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs[str(count)] = json.loads(output.strip().splitlines()[-1])
    small, large = runs[str(docs)], runs[str(10 * docs)]
    runs["peak_ratio_10x_over_1x"] = round(large["rss_peak_mb"] / small["rss_peak_mb"], 3)
    return runs


def start_spark() -> tuple[Any, float]:
    """A local[2] session with a pipeline loaded in each Python worker, and its start-up time."""
    from quoteattr.spark import extract_dataframe, local_session

    started = time.perf_counter()
    spark = local_session("local[2]")
    warm = spark.createDataFrame([(str(i), "He said so.") for i in range(16)], "id string, text string")
    extract_dataframe(warm.repartition(SPARK_PARTITIONS)).write.format("noop").mode("overwrite").save()
    return spark, time.perf_counter() - started


def spark_time(spark: tuple[Any, float], records: list[dict[str, Any]]) -> float:
    """Seconds for quoteattr.spark over ``records`` (the DataFrame built and cached first)."""
    from quoteattr.spark import extract_dataframe

    session = spark[0]
    frame = session.createDataFrame(
        [(r["id"], r["text"]) for r in records], schema="id string, text string"
    ).repartition(SPARK_PARTITIONS)
    frame.cache().count()
    seconds, _ = timed(lambda: extract_dataframe(frame).write.format("noop").mode("overwrite").save())
    frame.unpersist()
    return seconds


def versions(nlp: Any) -> dict[str, str]:
    import spacy

    import quoteattr

    return {
        "quoteattr": quoteattr.__version__,
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": str(os.cpu_count()),
    }


def benchmark(options: argparse.Namespace) -> dict[str, Any]:
    import quoteattr

    gold = read_records(options.gold, options.docs)
    texts = [record["text"] for record in gold]
    words = sum(len(text.split()) for text in texts)
    nlp = quoteattr.load()
    nlp("Warm up the pipeline.")
    import textacy.extract.triples  # noqa: F401 - import time is not the baseline's run time
    load_before = os.getloadavg()
    log = functools.partial(print, file=sys.stderr, flush=True)

    log(f"parse, end to end, fast: {len(texts)} docs, {words} words, in chunks of {CHUNK}")
    # Interleaved chunk by chunk, so that a change in the machine's load
    # during the run weighs on the three the same.
    parse_s = full_s = fast_s = attribution_s = textacy_s = 0.0
    full: list[Any] = []
    fast: list[Any] = []
    stages: dict[str, float] = defaultdict(float)
    # The first parses of a process are slower (allocations): warm up every path first.
    warm = texts[:WARMUP]
    list(nlp.pipe(warm, batch_size=BATCH_SIZE))
    list(quoteattr.extract_many(warm, nlp=nlp, batch_size=BATCH_SIZE))
    list(quoteattr.extract_many(warm, nlp=nlp, batch_size=BATCH_SIZE, fast=True))
    for number, offset in enumerate(range(0, len(texts), CHUNK)):
        chunk = texts[offset : offset + CHUNK]
        runs = {
            "parse": lambda: list(nlp.pipe(chunk, batch_size=BATCH_SIZE)),
            "full": lambda: list(quoteattr.extract_many(chunk, nlp=nlp, batch_size=BATCH_SIZE)),
            "fast": lambda: list(quoteattr.extract_many(chunk, nlp=nlp, batch_size=BATCH_SIZE, fast=True)),
        }
        # the order turns from chunk to chunk, so that none is always first
        names = list(runs)
        names = names[number % 3 :] + names[: number % 3]
        timings = {name: timed(runs[name]) for name in names}
        parse_s += timings["parse"][0]
        docs = timings["parse"][1]
        full_s += timings["full"][0]
        full += timings["full"][1]
        fast_s += timings["fast"][0]
        fast += timings["fast"][1]
        for name, seconds in time_stages(docs).items():
            stages[name] += seconds
        seconds, _ = timed(lambda: [textacy_quotes(doc) for doc in docs])
        textacy_s += seconds
        log(f"  {offset + len(chunk)} docs: parse {parse_s:.1f} s, end to end {full_s:.1f} s, fast {fast_s:.1f} s")
    stages = {name: round(seconds, 3) for name, seconds in stages.items()}
    attribution_s = stages["find_quotes total"]
    del docs

    profile_texts = texts[: options.profile_docs]
    log(f"  components on {len(profile_texts)} docs")
    components = time_components(nlp, profile_texts)
    pipeline_s = max(sum(components.values()), 1e-9)
    ner_share = components.get("ner", 0.0) / pipeline_s
    tokenizer_share = components.get("tokenizer", 0.0) / pipeline_s
    shares = prefilter_shares(nlp, texts)
    # the relative cost of a character in each mode of the prefilter
    mode_cost = {"full": 1.0, "parse": 1.0 - ner_share, "names": ner_share + tokenizer_share,
                 "tokens": tokenizer_share}
    expected_cost = sum(mode_cost[mode] * share for mode, share in shares.items())

    growth = {}
    for count in (10, 100):
        if count < len(texts):
            growth[str(count)], _ = timed(
                lambda count=count: list(quoteattr.extract_many(texts[:count], nlp=nlp, batch_size=BATCH_SIZE))
            )
    growth[str(len(texts))] = full_s
    subset = texts[: options.parallel_docs]
    log(f"  one process vs n_process=2 vs Spark local[2] on {len(subset)} docs, interleaved")
    spark = start_spark() if options.spark else None
    one_s = two_s = spark_s = 0.0
    one: list[Any] = []
    two: list[Any] = []
    try:
        for offset in range(0, len(subset), CHUNK):
            chunk = subset[offset : offset + CHUNK]
            # smaller batches so that two workers share the documents evenly
            one_run = timed(lambda: list(quoteattr.extract_many(chunk, nlp=nlp, batch_size=PARALLEL_BATCH)))
            two_run = timed(
                lambda: list(quoteattr.extract_many(chunk, nlp=nlp, batch_size=PARALLEL_BATCH, n_process=2))
            )
            one_s += one_run[0]
            one += one_run[1]
            two_s += two_run[0]
            two += two_run[1]
            if spark is not None:
                spark_s += spark_time(spark, gold[offset : offset + len(chunk)])
            log(f"  {offset + len(chunk)} docs: one {one_s:.1f} s, two {two_s:.1f} s, spark {spark_s:.1f} s")
    finally:
        if spark is not None:
            spark[0].stop()
    accuracy = {"full": score(gold, full), "fast": score(gold, fast)}
    peak = peak_rss_mb()

    result: dict[str, Any] = {
        "versions": versions(nlp),
        "corpus": {"path": str(options.gold), "docs": len(texts), "words": words,
                   "chars": sum(map(len, texts))},
        "batch_size": BATCH_SIZE,
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "seconds": {
            "parse": round(parse_s, 2),
            "quoteattr_end_to_end": round(full_s, 2),
            "attribution_on_parsed_docs": attribution_s,
            "textacy_on_parsed_docs": round(textacy_s, 2),
            "parallel_subset_docs": len(subset),
            "n_process_1_on_subset": round(one_s, 2),
            "n_process_2": round(two_s, 2),
            "fast": round(fast_s, 2),
        },
        "ratios": {
            "quoteattr_end_to_end_over_parse": round(full_s / parse_s, 3),
            "attribution_over_parse": round(attribution_s / parse_s, 3),
            "textacy_end_to_end_over_parse": round((parse_s + textacy_s) / parse_s, 3),
            "n_process_2_speedup": round(one_s / two_s, 3),
            "fast_speedup": round(full_s / fast_s, 3),
        },
        "same_results": {
            "n_process_2_equals_single": [r.quotes for r in two] == [r.quotes for r in one],
            "errors": sum(not r.ok for r in full),
        },
        "stages_seconds": stages,
        "components_seconds": {"docs": len(profile_texts), **components},
        "fast_prefilter": {
            "share_of_chars_by_mode": shares,
            "ner_share_of_pipeline_time": round(ner_share, 4),
            "tokenizer_share_of_pipeline_time": round(tokenizer_share, 4),
            # each mode costs the components it runs, per character
            "expected_speedup": round(1 / max(expected_cost, 1e-9), 3),
        },
        "throughput": {
            "parse": {"docs_per_s": rate(len(texts), parse_s), "words_per_s": rate(words, parse_s)},
            "quoteattr": {"docs_per_s": rate(len(texts), full_s), "words_per_s": rate(words, full_s)},
            "quoteattr_n_process_2": {"docs_per_s": rate(len(subset), two_s),
                                      "words_per_s": rate(sum(len(t.split()) for t in subset), two_s)},
            "quoteattr_fast": {"docs_per_s": rate(len(texts), fast_s), "words_per_s": rate(words, fast_s)},
        },
        "growth_seconds_by_docs": {k: round(v, 2) for k, v in growth.items()},
        "accuracy": accuracy,
        "peak_rss_mb": round(peak, 1),
    }
    if spark is not None:
        result["spark"] = {
            "master": "local[2]",
            "partitions_per_chunk": SPARK_PARTITIONS,
            "startup_seconds_excluded": round(spark[1], 2),
            "seconds": round(spark_s, 2),
            "docs_per_second": rate(len(subset), spark_s),
            "speedup_over_single_process": round(one_s / spark_s, 3),
        }
    if options.stream_docs:
        log(f"  stream memory: {options.stream_docs} and {10 * options.stream_docs} docs")
        result["stream_memory"] = stream_memory(options.gold, options.stream_docs)
    return result


def markdown(result: dict[str, Any], command: str) -> str:
    """The ``## Speed`` section of docs/benchmarks.md."""
    s, r, v = result["seconds"], result["ratios"], result["versions"]
    corpus = result["corpus"]
    acc = result["accuracy"]
    lines = [
        "## Speed",
        "",
        f"Made by `{command}` (results in `benchmarks/results/speed.json`): quoteattr "
        f"{v['quoteattr']}, spaCy {v['spacy']}, {v['model']}, Python {v['python']}, "
        f"{v['cpus']} CPUs shared with other jobs (load average {result['load_average_before_after'][0]}"
        f" before, {result['load_average_before_after'][1]} after), so absolute times are noisy; "
        f"every ratio comes from one run. Corpus: {corpus['docs']} PolNeAR dev articles, "
        f"{corpus['words']:,} words.",
        "",
        "| what | seconds | ratio | docs/s | words/s |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    t = result["throughput"]
    lines += [
        f"| bare `nlp.pipe` parse | {s['parse']} | 1.00 | {t['parse']['docs_per_s']} | {t['parse']['words_per_s']} |",
        f"| quoteattr end to end (`extract_many`) | {s['quoteattr_end_to_end']} | "
        f"{r['quoteattr_end_to_end_over_parse']:.2f} | {t['quoteattr']['docs_per_s']} | {t['quoteattr']['words_per_s']} |",
        f"| attribution alone, on parsed Docs | {s['attribution_on_parsed_docs']} | {r['attribution_over_parse']:.3f} | | |",
        f"| textacy `direct_quotations`, parse + extraction | {round(s['parse'] + s['textacy_on_parsed_docs'], 2)} | "
        f"{r['textacy_end_to_end_over_parse']:.2f} | | |",
        f"| quoteattr, `n_process=2`, first {s['parallel_subset_docs']} docs, batches of {PARALLEL_BATCH} (vs {s['n_process_1_on_subset']} s in one process) | {s['n_process_2']} | speed-up {r['n_process_2_speedup']:.2f}x | "
        f"{t['quoteattr_n_process_2']['docs_per_s']} | {t['quoteattr_n_process_2']['words_per_s']} |",
        f"| quoteattr, `fast=True` (sentence prefilter) | {s['fast']} | speed-up {r['fast_speedup']:.2f}x | "
        f"{t['quoteattr_fast']['docs_per_s']} | {t['quoteattr_fast']['words_per_s']} |",
    ]
    if "spark" in result:
        sp = result["spark"]
        lines.append(
            f"| Spark `local[2]`, same {s['parallel_subset_docs']} docs, {sp['partitions_per_chunk']} partitions (start-up {sp['startup_seconds_excluded']} s excluded) "
            f"| {sp['seconds']} | speed-up {sp['speedup_over_single_process']:.2f}x | {sp['docs_per_second']} | |"
        )
    lines += [
        "",
        f"Targets of issue 7: `n_process=2` at least 1.6x one process: **{r['n_process_2_speedup']:.2f}x**; "
        f"attribution at most 10% of the parse time: **{100 * r['attribution_over_parse']:.1f}%** "
        f"(stages timed on the parsed Docs; end to end minus parse, "
        f"{100 * (r['quoteattr_end_to_end_over_parse'] - 1):+.1f}%, is within the machine's noise); "
        f"`fast` faster than the full parse (end to end, both with attribution): **{r['fast_speedup']:.2f}x**.",
    ]
    lines += ["", "Time per attribution stage on the parsed Docs (seconds): "
              + ", ".join(f"`{k}` {v}" for k, v in result["stages_seconds"].items()) + ".", ""]
    comp = result["components_seconds"]
    total = sum(v for k, v in comp.items() if k != "docs") or 1.0
    pre = result["fast_prefilter"]
    lines.append(
        f"Where the parse goes (each component over the first {comp['docs']} docs): "
        + ", ".join(f"`{k}` {100 * v / total:.0f}%" for k, v in comp.items() if k != "docs")
        + f". The `fast` prefilter (see docs/scale.md) gives, of the characters, "
        f"{100 * pre['share_of_chars_by_mode'].get('full', 0):.0f}% the whole pipeline, "
        f"{100 * pre['share_of_chars_by_mode'].get('parse', 0):.0f}% the pipeline without NER, "
        f"{100 * pre['share_of_chars_by_mode'].get('names', 0):.0f}% NER alone and "
        f"{100 * pre['share_of_chars_by_mode'].get('tokens', 0):.0f}% the tokenizer alone; with NER at "
        f"{100 * pre['ner_share_of_pipeline_time']:.0f}% of the pipeline's time (it has its own "
        f"embedding layer), that should make it about {pre['expected_speedup']:.2f}x faster."
    )
    lines.append("")
    lines.append("Time by number of documents (end to end, seconds): "
                 + ", ".join(f"{k}: {v}" for k, v in result["growth_seconds_by_docs"].items()) + ".")
    lines.append("")
    if acc["full"] and acc["fast"]:
        lines.append(
            "Accuracy of the prefilter on the same documents (PolNeAR dev, eval's scorer): overlap F1 "
            f"{acc['full']['overlap_f1']:.4f} full vs {acc['fast']['overlap_f1']:.4f} fast, strict F1 "
            f"{acc['full']['strict_f1']:.4f} vs {acc['fast']['strict_f1']:.4f}, attribution F1 "
            f"{acc['full']['attribution_f1']:.4f} vs {acc['fast']['attribution_f1']:.4f}."
        )
        lines.append("")
    if "stream_memory" in result:
        sm = result["stream_memory"]
        small, large = [sm[k] for k in sm if k != "peak_ratio_10x_over_1x"]
        lines.append(
            f"Memory over a stream (fresh process each, `extract_many`, batches of {STREAM_BATCH}, corpus cycled): {small['docs']} docs "
            f"peak RSS {small['rss_peak_mb']} MB, {large['docs']} docs peak {large['rss_peak_mb']} MB "
            f"(x{sm['peak_ratio_10x_over_1x']}); RSS at the end {small['rss_end_mb']} MB vs {large['rss_end_mb']} MB; "
            f"highest sample after the first batch {small['rss_max_sample_mb']} MB vs {large['rss_max_sample_mb']} MB "
            "(a batch of long articles is the transient peak)."
        )
        lines.append("")
    lines.append(f"Peak RSS of the benchmark process: {result['peak_rss_mb']} MB.")
    lines.append("")
    return "\n".join(lines)


def write_section(section: str, page: Path = DOCS_PAGE) -> None:
    """Replace the ``## Speed`` section of the page (create the page if missing)."""
    if not page.exists():
        page.write_text("# Benchmarks\n\n## Accuracy\n\n" + section, encoding="utf-8")
        return
    text = page.read_text("utf-8")
    start = text.find("## Speed")
    if start < 0:
        page.write_text(text.rstrip("\n") + "\n\n" + section, encoding="utf-8")
        return
    end = text.find("\n## ", start + 1)
    rest = text[end + 1 :] if end >= 0 else ""
    page.write_text(text[:start] + section + ("\n" + rest if rest else ""), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="JSONL of {id, text, ...}")
    parser.add_argument("--docs", type=int, default=600, help="documents measured (default 600)")
    parser.add_argument("--no-spark", dest="spark", action="store_false", help="skip the Spark run")
    parser.add_argument("--profile-docs", type=int, default=50,
                        help="documents for the time of each pipeline component (default 50)")
    parser.add_argument("--parallel-docs", type=int, default=200,
                        help="documents for one process vs n_process=2 vs Spark (default 200)")
    parser.add_argument("--stream-docs", type=int, default=40,
                        help="memory check over N and 10 N documents (0 to skip; default 40)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--no-docs", dest="docs_page", action="store_false", help="leave docs/benchmarks.md alone")
    parser.add_argument("--stream-child", type=int, default=None, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.stream_child is not None:
        print(json.dumps(run_stream_child(options.gold, options.stream_child)))
        return 0
    result = benchmark(options)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    command = "python benchmarks/speed.py" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    section = markdown(result, command.strip())
    if options.docs_page:
        write_section(section)
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
