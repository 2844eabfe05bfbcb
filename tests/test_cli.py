"""The command line: inputs, formats, error records, exit status, streaming."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import quoteattr
import quoteattr.batch
import quoteattr.evaluation.cli
from quoteattr import cli
from quoteattr.errors import Errors
from quoteattr.serialization import to_document, to_format_document

LAVROV = '"We provided an explanation," Mr Lavrov said.'
REPORTED = "Mr Lavrov said Mr Tillerson was chiefly interested in the diplomats."
NONE = "Nothing to see here."


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None
) -> tuple[int, str, str]:
    """``quoteattr ARGV`` in process: (exit status, stdout, stderr)."""
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        status = cli.main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def jsonl(*records: Any) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def format_line(id_: Any, text: str, **extra: Any) -> dict[str, Any]:
    return to_format_document(quoteattr.extract(text), id=id_, extra=extra)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Seven lines: good ones, each kind of bad one, and a blank line (skipped)."""
    path = tmp_path / "batch.jsonl"
    path.write_text(
        jsonl(
            {"id": "a", "text": LAVROV, "corpus": "demo"},
            {"id": "b", "text": 5},
            "not json",
            "",
            {"id": "c"},
            [1, 2],
            {"id": "d", "text": REPORTED},
        ),
        "utf-8",
    )
    return path


BATCH_ERRORS = {
    2: {"id": "b", "line": 2, "error": 'E065 The "text" of line 2 is a JSON number, not a string: '
        "put the article text as a JSON string."},
    3: {"id": None, "line": 3, "error": "E062 Line 3 is not valid JSON (Expecting value: "
        "line 1 column 1 (char 0)): each line must be a JSON object."},
    5: {"id": "c", "line": 5, "error": 'E064 Line 5 has no "text" key: each record needs the '
        'article text under "text".'},
    6: {"id": None, "line": 6, "error": 'E063 Line 6 is a JSON array, not an object: write '
        '{"id": ..., "text": ...}.'},
}  # fmt: skip


def batch_result() -> tuple[int, list[dict[str, Any]], str]:
    """Status, output lines and error summary of a run over the ``batch`` fixture."""
    return (
        1,
        [format_line("a", LAVROV, corpus="demo"), *BATCH_ERRORS.values(), format_line("d", REPORTED)],
        "quoteattr: 4 of 6 documents failed (line 2, line 3, line 5, line 6)\n",
    )


def test_cli_jsonl_bad_records_batch_goes_on(
    capsys: pytest.CaptureFixture[str], batch: Path
) -> None:
    status, out, err = run(capsys, str(batch))
    assert (status, [json.loads(line) for line in out.splitlines()], err) == batch_result()


def test_cli_n_process_same_lines_in_order(
    capsys: pytest.CaptureFixture[str], batch: Path
) -> None:
    status, out, err = run(capsys, str(batch), "--n-process", "2", "--batch-size", "2")
    assert (status, [json.loads(line) for line in out.splitlines()], err) == batch_result()


def test_cli_json_array_of_full_documents(capsys: pytest.CaptureFixture[str], batch: Path) -> None:
    status, out, _ = run(capsys, str(batch), "--format", "json")
    # the sources come from the Doc, with their profiles (quoteattr.find_sources)
    expected = [
        to_document(
            quoteattr.extract(LAVROV),
            id="a",
            extra={"corpus": "demo"},
            entities=quoteattr.extract_sources(LAVROV),
        ),
        *BATCH_ERRORS.values(),
        to_document(
            quoteattr.extract(REPORTED), id="d", entities=quoteattr.extract_sources(REPORTED)
        ),
    ]
    assert (status, json.loads(out), len(out.splitlines())) == (1, expected, 6 + 2)


def test_cli_json_entities_list_their_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"{LAVROV} {NONE} {REPORTED}"
    status, out, _ = run(capsys, "--format", "json", stdin=text)
    [document] = json.loads(out)
    assert (status, [(e["name"], e["quotes"]) for e in document["entities"]]) == (
        0,
        [(document["quotes"][0]["source"]["name"], [0, 1])],
    )


def test_cli_jsonl_output_is_compact_json_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text(jsonl({"id": 1, "text": LAVROV}, {"id": 2, "text": NONE}), "utf-8")
    status, out, err = run(capsys, str(path))
    assert (status, out, err) == (
        0,
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in
                [format_line(1, LAVROV), format_line(2, NONE)]),
        "",
    )  # fmt: skip


def boom_find_quotes(doc: Any, **options: Any) -> Any:
    if "BOOM" in doc.text:
        raise RuntimeError("boom")
    return quoteattr.find_quotes(doc, **options)


def test_cli_document_that_raises_gives_error_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quoteattr.batch, "find_quotes", boom_find_quotes)
    path = tmp_path / "in.jsonl"
    path.write_text(
        jsonl({"id": "x", "text": "BOOM said he."}, {"id": "y", "text": LAVROV}), "utf-8"
    )
    status, out, err = run(capsys, str(path))
    message = Errors.E703.format(index=0, id="x", error="RuntimeError: boom")
    assert (status, [json.loads(line) for line in out.splitlines()], err) == (
        1,
        [{"id": "x", "line": 1, "error": message}, format_line("y", LAVROV)],
        "quoteattr: 1 of 2 documents failed (line 1)\n",
    )


def test_cli_parse_that_raises_gives_error_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse_texts = quoteattr.batch.parse_texts

    def boom_parse_texts(nlp: Language, texts: list[str], **options: Any) -> Any:
        if any("BOOM" in text for text in texts):
            raise ValueError("cannot parse")
        return parse_texts(nlp, texts, **options)

    monkeypatch.setattr(quoteattr.batch, "parse_texts", boom_parse_texts)
    path = tmp_path / "in.jsonl"
    path.write_text(
        jsonl(
            {"id": "x", "text": LAVROV}, {"id": "y", "text": "BOOM"}, {"id": "z", "text": NONE}
        ),
        "utf-8",
    )
    status, out, _ = run(capsys, str(path))
    message = Errors.E703.format(index=1, id="y", error="ValueError: cannot parse")
    assert (status, [json.loads(line) for line in out.splitlines()]) == (
        1,
        [format_line("x", LAVROV), {"id": "y", "line": 2, "error": message}, format_line("z", NONE)],
    )


def test_cli_fast_is_extract_many_fast(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    parse_texts = quoteattr.batch.parse_texts

    def spy(nlp: Language, texts: list[str], **options: Any) -> Any:
        calls.append(options["fast"])
        return parse_texts(nlp, texts, **options)

    monkeypatch.setattr(quoteattr.batch, "parse_texts", spy)
    text = f"Rex Tillerson arrived in Manila.\n\n{LAVROV}"
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl({"id": "f", "text": text}), "utf-8")
    status, out, _ = run(capsys, str(path), "--fast")
    [result] = quoteattr.extract_many([text], fast=True)
    assert (status, json.loads(out), calls) == (
        0,
        to_format_document(result.quotes, id="f"),
        [True, True],  # the CLI's run, then extract_many's above
    )


def test_cli_long_document_is_parsed_in_pieces(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    nlp: Language,
) -> None:
    # Each paragraph fits in 80 characters, the document does not: before pieces,
    # spaCy refused it (E088); now it gives the quotes of the text parsed whole.
    text = f"{LAVROV}\n\n{REPORTED}\n\n{NONE}"
    expected = format_line("long", text)
    monkeypatch.setattr(nlp, "max_length", 80)
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl({"id": "long", "text": text}, {"id": "short", "text": LAVROV}), "utf-8")
    status, out, _ = run(capsys, str(path))
    assert (status, [json.loads(line) for line in out.splitlines()]) == (
        0,
        [expected, format_line("short", LAVROV)],
    )


def test_cli_txt_file_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "lavrov.txt"
    path.write_text(LAVROV, "utf-8")
    [quote] = quoteattr.extract(LAVROV)
    assert run(capsys, str(path)) == (
        0,
        # "Mr Lavrov": the honorific gives the gender, shown as a pronoun
        f"== lavrov: 1 quote ==\n{quote.speaker} (person, he, 1)\n  direct    said  {quote.text}\n\n",
        "",
    )


def test_cli_table_groups_by_source(capsys: pytest.CaptureFixture[str]) -> None:
    text = f"{LAVROV} {REPORTED} Officials said it was fine."
    direct, reported, officials = quoteattr.extract(text)
    assert run(capsys, "--format", "table", stdin=text) == (
        0,
        (
            "== stdin: 3 quotes ==\n"
            f"{direct.speaker} (person, he, 2)\n"
            f"  direct    said  {direct.text}\n"
            f"  indirect  said  {reported.text}\n"
            "Officials (group, 1)\n"
            f"  indirect  said  {officials.text}\n\n"
        ),
        "",
    )


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (LAVROV, [{"id": "stdin", "quotes": "LAVROV"}]),
        (jsonl({"id": "s1", "text": LAVROV}, "{bad"), [{"id": "s1", "quotes": "LAVROV"}, "E062"]),
    ],
)
def test_cli_stdin_sniffs_txt_or_jsonl(
    capsys: pytest.CaptureFixture[str], stdin: str, expected: list[Any]
) -> None:
    status, out, _ = run(capsys, "--format", "jsonl", stdin=stdin)
    lavrov = format_line(None, LAVROV)["quotes"]
    got = [json.loads(line) for line in out.splitlines()]
    shapes = [
        item["error"][:4] if "error" in item else {**item, "quotes": "LAVROV"}
        for item in got
        if "error" in item or item["quotes"] == lavrov
    ]
    assert (status, shapes) == (1 if "E062" in expected else 0, expected)


def test_cli_folder_recursive_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "b.txt").write_text(NONE, "utf-8")
    (tmp_path / "news" / "sub" / "a.txt").write_text(LAVROV, "utf-8")
    (tmp_path / "news" / "c.jsonl").write_text(jsonl({"id": "c1", "text": NONE}), "utf-8")
    (tmp_path / "news" / "notes.md").write_text("ignored", "utf-8")
    status, out, _ = run(capsys, str(tmp_path / "news"), "--format", "jsonl")
    assert (status, [json.loads(line)["id"] for line in out.splitlines()]) == (
        0,
        ["b", "c1", "sub/a"],
    )


def test_cli_output_file_and_format_from_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "lavrov.txt"
    source.write_text(LAVROV, "utf-8")
    status, out, err = run(capsys, str(source), "-o", str(tmp_path / "out.jsonl"))
    written = (tmp_path / "out.jsonl").read_text("utf-8")
    assert (status, out, err, json.loads(written)) == (0, "", "", format_line("lavrov", LAVROV))


def test_cli_html_format_is_a_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text(jsonl({"id": "<b>1</b>", "text": LAVROV + " <script>"}, "{bad"), "utf-8")
    status, out, _ = run(capsys, str(source), "--format", "html")
    assert (
        status,
        out.startswith("<!DOCTYPE html>"),
        out.endswith("</html>\n"),
        out.count('<section class="doc">'),
        out.count('<div class="error">'),
        "<script>" in out or "<b>1</b>" in out,
        "&lt;b&gt;1&lt;/b&gt;" in out,
    ) == (1, True, True, 1, 1, False, True)


@pytest.mark.parametrize("threshold", ["0", "0.8", "1"])
def test_cli_min_confidence(capsys: pytest.CaptureFixture[str], threshold: str) -> None:
    text = f"{LAVROV} {REPORTED}"
    status, out, _ = run(capsys, "--format", "jsonl", "--min-confidence", threshold, stdin=text)
    expected = [q for q in quoteattr.extract(text) if q.confidence >= float(threshold)]
    assert (status, json.loads(out)) == (0, to_format_document(expected, id="stdin"))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--min-confidence", "2"], "E061 min_confidence must be a number in [0, 1], got '2'."),
        (["/no/such/file.txt"], "E067 No such file or folder: '/no/such/file.txt'."),
        (["--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (["--n-process", "0"], "E069 Expected a whole number of at least 1, got '0'."),
        (["--batch-size", "many"], "E069 Expected a whole number of at least 1, got 'many'."),
        (["--model", "no_such_model_xyz"], "E002 The spaCy pipeline 'no_such_model_xyz'"),
    ],
)
def test_cli_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    err = capsys.readouterr().err
    assert (exited.value.code, message in err) == (2, True)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{tmp}/empty"], "E068 '{tmp}/empty' holds no .txt or .jsonl files."),
        (
            ["{tmp}/in.txt", "-o", "{tmp}/no/out.jsonl"],
            "E071 Cannot write the output to '{tmp}/no/out.jsonl': No such file or directory.",
        ),
    ],
)
def test_cli_empty_folder_or_unwritable_output_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not an input", "utf-8")
    (tmp_path / "in.txt").write_text(LAVROV, "utf-8")
    with pytest.raises(SystemExit) as exited:
        cli.main([arg.format(tmp=tmp_path) for arg in argv])
    err = capsys.readouterr().err
    expected = f"quoteattr: error: {message.format(tmp=tmp_path)}"
    assert (exited.value.code, err.splitlines()[-1]) == (2, expected)


def test_cli_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert (exited.value.code, "examples:" in out, "exit status:" in out) == (0, True, True)


def test_cli_interrupted_run_keeps_finished_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "out.jsonl"
    seen: list[str] = []

    def find_quotes(doc: Any, **options: Any) -> Any:
        seen.append(output.read_text("utf-8"))  # what is on disk when the next doc starts
        if "STOP" in doc.text:
            raise KeyboardInterrupt
        return quoteattr.find_quotes(doc, **options)

    monkeypatch.setattr(quoteattr.batch, "find_quotes", find_quotes)
    source = tmp_path / "in.jsonl"
    texts = [LAVROV, NONE, "STOP here.", REPORTED]
    source.write_text(jsonl(*({"id": i, "text": t} for i, t in enumerate(texts))), "utf-8")
    status, _, err = run(capsys, str(source), "-o", str(output), "--batch-size", "2")
    first, second = (json.dumps(format_line(i, t)) + "\n" for i, t in enumerate(texts[:2]))
    assert (status, err, seen, output.read_text("utf-8")) == (
        130,
        "quoteattr: interrupted after 2 documents\n",
        ["", "", first + second],  # written a batch at a time, before the next batch starts
        first + second,
    )


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("terminal", "extra", "bar"),
    [(True, [], True), (False, [], False), (True, ["--no-progress"], False)],
)
def test_cli_progress_bar_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    terminal: bool, extra: list[str], bar: bool,
) -> None:  # fmt: skip
    stderr = FakeTerminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    source = tmp_path / "in.jsonl"
    source.write_text(jsonl({"id": 1, "text": NONE}, {"id": 2, "text": NONE}), "utf-8")
    status = cli.main([str(source), *extra])
    out = capsys.readouterr().out
    assert (status, len(out.splitlines()), "2/2" in stderr.getvalue()) == (0, 2, bar)


def test_cli_evaluate_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(
        quoteattr.evaluation.cli, "main", lambda argv: calls.append(list(argv)) or 7
    )
    assert (cli.main(["evaluate", "gold.jsonl", "pred.jsonl"]), calls) == (
        7,
        [["gold.jsonl", "pred.jsonl"]],
    )


def test_cli_python_m_entry(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(jsonl({"id": "a", "text": LAVROV}, "{bad"), "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, [json.loads(line) for line in result.stdout.splitlines()], result.stderr) == (
        1,
        [
            format_line("a", LAVROV),
            {"id": None, "line": 2, "error": "E062 Line 2 is not valid JSON (Expecting property name "
             "enclosed in double quotes: line 1 column 2 (char 1)): each line must be a JSON object."},
        ],
        "quoteattr: 1 of 2 documents failed (line 2)\n",
    )  # fmt: skip


def test_cli_undecodable_txt_gives_error_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 said \xff")
    (tmp_path / "good.txt").write_text(LAVROV, "utf-8")
    status, out, err = run(
        capsys, str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--format", "jsonl"
    )
    bad, good = (json.loads(line) for line in out.splitlines())
    message = Errors.E080.format(
        source=str(tmp_path / "bad.txt"), encoding="utf-8", position=3, byte="e9"
    )
    assert (status, bad, good, err) == (
        1,
        {"id": "bad", "line": None, "error": message},
        format_line("good", LAVROV),
        "quoteattr: 1 of 2 documents failed (bad)\n",
    )


def test_cli_input_format_overrides_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "records.data"
    path.write_text(jsonl({"id": "r", "text": LAVROV}), "utf-8")
    status, out, _ = run(capsys, str(path), "--input-format", "jsonl", "--format", "jsonl")
    assert (status, json.loads(out)) == (0, format_line("r", LAVROV))
