"""``quoteattr sources``, ``quoteattr quotations`` and ``--format csv``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from spacy.language import Language

from quoteattr import cli
from quoteattr.tables import COLUMN_NAMES

SAID = '"We will not accept any deal that hurts our farmers," {name} said.'


@pytest.fixture
def corpus(tmp_path: Path, nlp: Language) -> Path:
    path = tmp_path / "corpus.jsonl"
    records = [
        {"id": "a", "outlet": "Daily", "text": SAID.format(name="Sergey Lavrov")},
        {"id": "b", "outlet": "Weekly", "text": SAID.format(name="Sergei Lavrov")},
        {"id": "c", "outlet": "Daily"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_corpus_cli_sources_merge_names_and_report_failures(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(["sources", str(corpus), "--by", "outlet", "--format", "json"])
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert [(r["name"], r["group"], r["quotes"], r["document_ids"]) for r in rows] == [
        ("Sergei Lavrov", "Daily", 1, ["a"]),
        ("Sergei Lavrov", "Weekly", 1, ["b"]),
    ]
    assert status == 1
    assert "1 of 3 documents failed (line 3)" in captured.err


def test_corpus_cli_quotations_as_csv(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["quotations", str(corpus), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [
        (r["speaker"], r["documents"], r["first_document"], r["document_ids"]) for r in rows
    ] == [("Sergei Lavrov", "2", "a", "a b")]


def test_corpus_cli_csv_format_has_the_quote_columns(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(corpus), "--format", "csv"]) == 1
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == list(COLUMN_NAMES)
    found = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert [(r["doc_id"], r["type"], r["source_name"], r["error"][:4]) for r in found] == [
        ("a", "direct", "Sergey Lavrov", ""),
        ("b", "direct", "Sergei Lavrov", ""),
        ("c", "", "", "E064"),
    ]
    assert json.loads(found[0]["content_parts"]) == [[0, 53]]
