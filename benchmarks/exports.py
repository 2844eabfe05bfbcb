"""What does reading a news-database export cost? One command, one run.

    python benchmarks/exports.py                   # 10,000 generated articles
    python benchmarks/exports.py --articles 500    # a quick look

Generates a Nexis Uni export of N made-up articles (CRLF, a byte order mark,
a header and wrapped fields around each body; the bodies are sentences built
from templates, some with quotes) and the same bodies as a JSON Lines file,
then times, in one process:

- the export reader alone (:func:`quoteattr.read_export` over the file) and
  the JSON Lines reader alone (the CLI's :func:`quoteattr.reading.read_records`);
- the whole command-line run (:func:`quoteattr.reading.extract_records`: reading,
  parsing, attribution) on the export and on the JSON Lines file, and checks
  that both give the same quotes for every article.

The reader's share is its time over the whole export run. Writes
``benchmarks/results/exports.json`` (stamped with the versions) and prints a
summary for ``docs/benchmarks.md``. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy

import quoteattr
from quoteattr import reading
from quoteattr.serialization import to_format_record

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "exports.json"

_NAMES = ("Ana Lind", "Tom Vale", "Ruth Adeyemi", "Omar Haddad", "Kim Roe", "Paul Ortega")
_ROLES = ("the mayor", "a spokeswoman", "the council", "the union", "officials")
_TOPICS = ("the bridge", "the new library", "bus fares", "the harbour", "the budget", "the school")
_TEMPLATES = (
    "{name} said {topic} would be ready by {month}.",
    '"We are pleased with {topic}," said {name}.',
    "Work on {topic} began in {month}, {role} said.",
    "The plan for {topic} was approved on Tuesday.",
    "{role} told reporters that {topic} had cost more than expected.",
    "Residents have complained about {topic} for years.",
    '"It will take time," {name} said of {topic}.',
)
_MONTHS = ("March", "April", "May", "June", "July")


def make_body(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 8)):
        template = rng.choice(_TEMPLATES)
        sentence = template.format(
            name=rng.choice(_NAMES), topic=rng.choice(_TOPICS), role=rng.choice(_ROLES),
            month=rng.choice(_MONTHS),
        )  # fmt: skip
        sentences.append(sentence[0].upper() + sentence[1:])
    # Hard-wrapped paragraphs of three sentences.
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join(_wrap(p) for p in paragraphs)


def _wrap(text: str, width: int = 70) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def write_inputs(folder: Path, count: int, seed: int = 19) -> tuple[Path, Path]:
    """The export and the JSON Lines file of the same ``count`` bodies."""
    rng = random.Random(seed)
    export, jsonl = folder / "export.txt", folder / "bodies.jsonl"
    with export.open("wb") as out, jsonl.open("w", encoding="utf-8") as lines:
        out.write(b"\xef\xbb\xbf")
        for n in range(1, count + 1):
            body = make_body(rng)
            day = n % 28 + 1
            article = (
                f"Headline of article {n}\n\nThe Example Gazette\nMarch {day}, 2019 Tuesday\n"
                f"Final Edition\n\nCopyright 2019 Example Gazette Ltd All Rights Reserved\n\n"
                f"Section: CITY; Pg. {n % 20 + 1}\nLength: {len(body.split())} words\n"
                f"Byline: Writer {n % 50}\n\nBody\n\n{body}\n\nClassification\n\n"
                "Language: ENGLISH\nPublication-Type: Newspaper\n"
                "Subject: CITY GOVERNMENT (90%); TRANSPORT (81%); PUBLIC WORKS (70%); BUDGETS\n"
                f"(66%)\nLoad-Date: March {day}, 2019\n\nEnd of Document\n"
            )
            out.write(article.replace("\n", "\r\n").encode("utf-8"))
            lines.write(
                json.dumps({"id": f"export-{n}", "text": body.replace("\n", "\r\n")}) + "\n"
            )
    return export, jsonl


def timed(function: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--output", type=Path, default=RESULTS)
    options = parser.parse_args(argv)
    nlp = quoteattr.load()
    with tempfile.TemporaryDirectory() as folder:
        export, jsonl = write_inputs(Path(folder), options.articles)
        size = export.stat().st_size
        read_export_s, count = timed(lambda: sum(1 for _ in quoteattr.read_export(export)))
        read_jsonl_s, jsonl_count = timed(lambda: sum(1 for _ in reading.read_records([str(jsonl)])))
        assert count == jsonl_count == options.articles

        def run(path: Path) -> list[Any]:
            records = reading.read_records([str(path)])
            return [
                (record.id, [to_format_record(q) for q in outcome])
                for record, outcome, _ in reading.extract_records(records, nlp=nlp)
                if not isinstance(outcome, str)
            ]

        run_export_s, export_results = timed(lambda: run(export))
        run_jsonl_s, jsonl_results = timed(lambda: run(jsonl))
    same = export_results == jsonl_results
    quotes = sum(len(q) for _, q in export_results)
    results = {
        "versions": {
            "quoteattr": quoteattr.__version__, "spacy": spacy.__version__,
            "model": f"{nlp.meta['name']} {nlp.meta['version']}", "python": platform.python_version(),
        },
        "articles": options.articles,
        "export_bytes": size,
        "quotes": quotes,
        "read_export_s": round(read_export_s, 3),
        "read_jsonl_s": round(read_jsonl_s, 3),
        "run_export_s": round(run_export_s, 2),
        "run_jsonl_s": round(run_jsonl_s, 2),
        "reader_share": round(read_export_s / run_export_s, 4),
        "same_quotes": same,
    }  # fmt: skip
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
