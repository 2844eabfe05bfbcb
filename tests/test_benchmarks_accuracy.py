"""The accuracy benchmark's view of the attributions with a source."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from quoteattr.evaluation import from_records, score_corpus
from quoteattr.evaluation.corpus import Document, QuoteRecord

TEXT = "Mr Lavrov said talks went well. Talks are expected to resume."


def load_benchmark() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"
    spec = importlib.util.spec_from_file_location("accuracy_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold() -> Document:
    [document] = from_records(
        [
            {
                "id": "d",
                "text": TEXT,
                "quotes": [
                    {"type": "indirect", "content": [15, 30], "cue": [10, 14], "speaker": [0, 9]},
                    {"type": "indirect", "content": [38, 60], "cue": [42, 50], "speaker": None},
                ],
            }
        ]
    )
    return document


def test_benchmarks_sourceless_gold_becomes_an_ignored_region() -> None:
    sourced = load_benchmark().with_sourced_quotes_only(gold())
    assert (sourced.quotes, sourced.ignore_spans) == (
        (
            QuoteRecord(
                type="indirect", content=(15, 30), content_parts=((15, 30),), cue=(10, 14),
                speaker=(0, 9),
            ),
        ),
        ((38, 60),),
    )


def test_benchmarks_prediction_of_a_sourceless_gold_is_neither_found_nor_false() -> None:
    sourced = load_benchmark().with_sourced_quotes_only(gold())
    predicted = [{"id": "d", "quotes": [{"type": "indirect", "content": [51, 60]}]}]
    overlap = score_corpus([sourced], predicted).counts.overlap
    whole = score_corpus([gold()], predicted).counts.overlap
    assert (overlap.predicted, overlap.gold, whole.predicted, whole.gold) == (0, 1, 1, 2)


def test_benchmarks_accuracy_genre_is_the_id_prefix() -> None:
    benchmark = load_benchmark()
    assert [benchmark.genre_of(i) for i in ("gum-news_clock", "gum-court_fire", "bbc-tech-1")] == [
        "gum-news",
        "gum-court",
        "bbc-tech-1",
    ]


def test_benchmarks_accuracy_by_genre_table() -> None:
    benchmark = load_benchmark()
    report = score_corpus([gold()], [{"id": "d", "quotes": []}])
    table = benchmark.by_genre({"news": report, "court": report})
    assert [cell.strip() for cell in table.splitlines()[0].split("|")[1:4]] == [
        "metric",
        "news",
        "court",
    ]
    assert "name accuracy" in table
