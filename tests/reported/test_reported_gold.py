"""Reported speech against the development gold: the reference article and a PolNeAR subset."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from quoteattr.evaluation.scoring import score_corpus
from quoteattr.pipeline import find_quotes
from quoteattr.serialization import to_format_record
from tests.conftest import read_jsonl

#: Every SUBSET_STEP-th PolNeAR dev document: a fixed subset that parses in about 20 s.
SUBSET_STEP = 30


def predict(nlp: Language, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    docs = nlp.pipe(record["text"] for record in records)
    return [
        {"id": record["id"], "quotes": [to_format_record(q) for q in find_quotes(doc)]}
        for record, doc in zip(records, docs)
    ]


@pytest.fixture(scope="module")
def seed_report(nlp: Language, seed_record: dict[str, Any]) -> Any:
    return score_corpus([seed_record], predict(nlp, [seed_record]))


def test_reported_seed_finds_all_gold_with_their_type_and_nothing_else(seed_report: Any) -> None:
    counts = seed_report.counts
    found = {
        "gold found": counts.overlap.correct_gold,
        "predicted": counts.overlap.predicted,
        "right type": counts.type_accuracy.correct,
        "right cue": counts.cue.correct,
    }
    assert found == {"gold found": 15, "predicted": 15, "right type": 15, "right cue": 15}


def test_reported_polnear_subset_floor(nlp: Language, eval_dev: Path) -> None:
    records = read_jsonl(eval_dev / "polnear.jsonl")[::SUBSET_STEP]
    counts = score_corpus(records, predict(nlp, records)).counts
    scores = {  # measured on this subset: see the floors below
        "overlap_precision": counts.overlap.precision,
        "overlap_recall": counts.overlap.recall,
        "strict_f1": counts.strict.f1,
        "speaker": counts.speaker.value,
    }
    floors = {"overlap_precision": 0.79, "overlap_recall": 0.52, "strict_f1": 0.54, "speaker": 0.92}
    assert {k: v for k, v in scores.items() if v < floors[k]} == {}, scores
