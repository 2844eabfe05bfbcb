"""Every quotation on request: extract(text, quotations="all") and --all-quotations."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from quoteattr.cli import main
from quoteattr.pipeline import extract
from quoteattr.unattributed import CONFIDENCE_UNATTRIBUTED

TEXT = 'The film "Brief Encounter" was shown again. "We will win," she said.'


def test_unattributed_default_unchanged(nlp: Language) -> None:
    assert [q.text for q in extract(TEXT, nlp=nlp)] == ['"We will win,"']


def test_unattributed_all_quotations(nlp: Language) -> None:
    rows = [
        (q.text, q.cue is None, q.source is None, q.confidence)
        for q in extract(TEXT, nlp=nlp, quotations="all")
    ]
    assert rows == [
        ('"Brief Encounter"', True, True, CONFIDENCE_UNATTRIBUTED),
        ('"We will win,"', False, False, 0.95),
    ]


def test_unattributed_bad_value_is_coded(nlp: Language) -> None:
    with pytest.raises(ValueError, match="E085"):
        extract(TEXT, nlp=nlp, quotations="every")


def test_unattributed_cli_flag(
    nlp: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main([str(path), "--all-quotations", "--format", "jsonl", "--no-progress"]) == 0
    assert '"content": [9, 26], "cue": null, "speaker": null' in capsys.readouterr().out
