"""``quoteattr evaluate GOLD PRED`` end to end on small files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr.cli import main

TEXT = 'He said "we agreed". They say it failed.'
GOLD = {
    "id": "a",
    "text": TEXT,
    "annotates": ["direct", "indirect", "mixed", "cue", "speaker"],
    "quotes": [
        {"type": "direct", "content": [8, 19], "cue": [3, 7], "speaker": [0, 2]},
        {"type": "indirect", "content": [30, 39], "cue": [26, 29], "speaker": [21, 25]},
    ],
}
PREDICTED = {"id": "a", "quotes": [{"type": "direct", "content": [9, 18], "cue": [3, 7], "speaker": [0, 2]}]}


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    gold, predicted = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    predicted.write_text(json.dumps(PREDICTED) + "\n", encoding="utf-8")
    return str(gold), str(predicted)


def test_evaluation_cli_json(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", *files, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["overlap"], data["by_type"]["indirect"]["overlap"]["recall"]) == (
        {"predicted": 1, "correct_predicted": 1, "gold": 2, "correct_gold": 1,
         "precision": 1.0, "recall": 0.5, "f1": 0.6667},
        0.0,
    )


def test_evaluation_cli_types(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", *files, "--json", "--types", "direct"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["types"], data["overlap"]["f1"], list(data["by_type"])) == (["direct"], 1.0, ["direct"])


def test_evaluation_cli_table_with_errors(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", *files, "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-2:] == ["## a", "  MISS [30:39] indirect | They | say | it failed"]
    assert "| overlap recall              | 0.500 (1/2)           |" in out


def test_evaluation_cli_bad_file(files: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["evaluate", files[0], str(bad)]) == 2
    assert capsys.readouterr().err.startswith(
        "quoteattr evaluate: E501 Invalid evaluation record (bad.jsonl line 1): expected valid JSON"
    )
