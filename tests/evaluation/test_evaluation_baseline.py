"""The accuracy benchmark's textacy baseline: triples become FORMAT.md records."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from spacy.language import Language

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "accuracy.py"


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LAVROV = {"type": "direct", "content": [0, 29], "cue": [40, 44], "speaker": [30, 39], "speaker_name": "Mr Lavrov"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We provided an explanation," Mr Lavrov said. He said "sanctions were seriously flawed".',
            ([LAVROV, {"type": "direct", "content": [54, 87], "cue": [49, 53], "speaker": [46, 48],
                       "speaker_name": "He"}], 0),
        ),
        # An odd number of quotation marks: paragraph by paragraph, the bad one skipped.
        (
            ('"We provided an explanation," Mr Lavrov said.\n"Unbalanced words, she said.\n\n'
            '"The sanctions are seriously flawed," Mr Trump said.'),
            ([LAVROV, {"type": "direct", "content": [76, 113], "cue": [123, 127], "speaker": [114, 122],
                       "speaker_name": "Mr Trump"}], 1),
        ),
    ],
)
def test_evaluation_baseline_records(
    accuracy: ModuleType, nlp: Language, text: str, expected: tuple[list[dict[str, Any]], int]
) -> None:
    assert accuracy.find_baseline_quotes(nlp(text)) == expected
