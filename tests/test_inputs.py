"""Files as stored: encodings, byte order marks, line endings, mojibake, record fields."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import cli
from quoteattr.batch import DocumentResult, extract_many
from quoteattr.errors import Errors, InputDecodeError
from quoteattr.inputs import check_encoding, decode_text, detect_encoding, repair_text

WIN = '"We will win," said Mayor Jos\u00e9 Pe\u00f1a.'


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        status = cli.main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_inputs_decode_cp1252_and_utf8_bom() -> None:
    assert decode_text(b"\x93Yes,\x94 she said.", encoding="cp1252") == "\u201cYes,\u201d she said."
    assert decode_text(b"\xef\xbb\xbfYes.\r\n") == "Yes.\r\n"


def test_inputs_decode_failure_names_source_and_byte() -> None:
    with pytest.raises(InputDecodeError) as caught:
        decode_text(b"caf\xe9", source="a.txt")
    assert str(caught.value) == Errors.E080.format(
        source="a.txt", encoding="utf-8", position=3, byte="e9"
    )


def test_inputs_unknown_encoding() -> None:
    with pytest.raises(LookupError, match="E081 Unknown encoding 'nope'"):
        check_encoding("nope")


def test_inputs_detects_cp1252() -> None:
    # on a short text the detector may pick a neighbouring Windows code page:
    # the quotation marks and the length (so the offsets) are right either way
    data = ("\u201cWe will win,\u201d said Mayor Jos\u00e9 Pe\u00f1a. " * 5).encode("cp1252")
    text = decode_text(data, encoding=detect_encoding(data))
    assert (len(text), text[:14]) == (len(data), "\u201cWe will win,\u201d")


def test_inputs_repair_mojibake() -> None:
    broken = "\u00e2\u20ac\u0153We will win,\u00e2\u20ac\x9d she said."
    assert repair_text(broken) == "\u201cWe will win,\u201d she said."


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]),
)
def test_inputs_cli_offsets_index_the_file_as_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ending: str, encoding: str
) -> None:
    text = f"First line.{ending}{ending}{WIN}{ending}"
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    status, out, _ = run(capsys, str(path), "--format", "jsonl", "--encoding", encoding)
    [quote] = json.loads(out)["quotes"]
    start, end = quote["content"]
    assert (status, text[start:end], quote["speaker_name"]) == (0, '"We will win,"', "José Peña")


def test_inputs_cli_stdin_crlf_and_bad_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"First line.\r\n\r\n{WIN}\r\n"
    status, out, _ = run(capsys, "--format", "jsonl", stdin=text.encode())
    [quote] = json.loads(out)["quotes"]
    assert (status, quote["content"]) == (0, [15, 29])
    status, out, _ = run(capsys, "--format", "jsonl", stdin=text.encode("cp1252"))
    assert (status, json.loads(out)["error"][:4]) == (1, "E080")


def test_inputs_cli_jsonl_bom_blank_lines_and_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = {"id": "a", "text": WIN, "outlet": "Daily", "date": "2026-01-02"}
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record).encode() + b"\n\n\n")
    status, out, err = run(capsys, str(path), "--format", "jsonl")
    [line] = [json.loads(line) for line in out.splitlines()]
    assert (status, line["outlet"], line["date"], len(line["quotes"]), err) == (0, "Daily", "2026-01-02", 1, "")


def test_inputs_cli_fix_text_carries_the_repaired_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "broken.txt"
    path.write_text("\u00e2\u20ac\u0153We will win,\u00e2\u20ac\u009d said Mayor Ann Lee.", "utf-8")
    status, out, _ = run(capsys, str(path), "--format", "jsonl", "--fix-text")
    line = json.loads(out)
    start, end = line["quotes"][0]["content"]
    assert (status, line["text"][start:end]) == (0, "\u201cWe will win,\u201d")


def test_inputs_cli_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, "--encoding", "nope", stdin=b"x")
    assert caught.value.code == 2


def test_inputs_batch_keeps_record_fields_and_repaired_text() -> None:
    records = [{"id": 1, "text": "Nothing here.", "outlet": "Daily"}, {"id": 2, "outlet": "Weekly"}]
    first, second = extract_many(records, fix_text=True)
    assert first == DocumentResult(index=0, id=1, extra={"outlet": "Daily"}, text="Nothing here.")
    assert (second.extra, second.error is not None) == ({"outlet": "Weekly"}, True)


def test_inputs_extract_fix_text_offsets_index_the_repaired_text() -> None:
    broken = "\u00e2\u20ac\u0153We will win,\u00e2\u20ac\x9d said Mayor Ann Lee."
    [quote] = quoteattr.extract(broken, fix_text=True)
    assert (quote.text, quote.speaker) == ("\u201cWe will win,\u201d", "Ann Lee")
