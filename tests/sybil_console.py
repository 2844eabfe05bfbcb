"""Run the ```console examples of the docs as tests (a Sybil parser).

A console block is checked when its first line is a ``$ `` prompt. Each
``$ command`` runs and its output (stdout and stderr together, as a terminal
shows them) must match the lines below it, with doctest's ``...`` and
whitespace rules. Commands run in a temporary folder per document where
``docs/`` points at the repository's docs, so examples read
``docs/examples/...`` and write files that later examples can ``cat``.

Supported commands (what the docs need, run in process for speed):

- ``quoteattr ARGS`` and ``python -m quoteattr ARGS``, optionally with
  ``< FILE`` or fed by ``cat FILE |`` / ``echo 'TEXT' |``;
- ``cat FILE``; ``echo $?`` (the last exit status); ``echo TEXT``.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import shlex
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sybil import Document, Example, Region
from sybil.parsers.markdown import CodeBlockParser

DOCS = Path(__file__).resolve().parents[1] / "docs"
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


class ConsoleParser(CodeBlockParser):
    """Finds ```console blocks that start with a ``$ `` prompt."""

    def __init__(self) -> None:
        super().__init__(language="console")

    def __call__(self, document: Document) -> Iterable[Region]:
        for region in super().__call__(document):
            if str(region.parsed).startswith("$ "):
                yield region

    def evaluate(self, example: Example) -> str | None:
        """Run the block's commands; a mismatch message, or ``None`` when all match."""
        folder = example.namespace.get("_console_folder")
        if folder is None:
            folder = tempfile.mkdtemp(prefix="quoteattr-docs-")
            os.symlink(DOCS, Path(folder) / "docs")
            example.namespace["_console_folder"] = folder
        status = 0
        for command, want in _steps(str(example.parsed)):
            got, status = _run(command, Path(folder), status)
            checker = doctest.OutputChecker()
            if not checker.check_output(want, got, _FLAGS):
                return f"$ {command}\n" + checker.output_difference(
                    doctest.Example(command, want), got, _FLAGS
                )
        return None


def _steps(source: str) -> list[tuple[str, str]]:
    steps: list[tuple[str, str]] = []
    for line in source.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], ""))
        elif steps and steps[-1][0].endswith("\\") and not steps[-1][1]:
            steps[-1] = (steps[-1][0][:-1] + " " + line.strip(), "")
        else:
            steps[-1] = (steps[-1][0], steps[-1][1] + line + "\n")
    return steps


def _run(command: str, folder: Path, last_status: int) -> tuple[str, int]:
    """Run one command in ``folder``: (its output, its exit status)."""
    stdin: str | None = None
    if "|" in command:
        feeder, command = (part.strip() for part in command.split("|", 1))
        stdin, _ = _run(feeder, folder, last_status)
    words = shlex.split(command)
    if "<" in words:
        at = words.index("<")
        stdin = (folder / words[at + 1]).read_text("utf-8")
        words = words[:at] + words[at + 2 :]
    if words[:3] == ["python", "-m", "quoteattr"]:
        words = ["quoteattr", *words[3:]]
    if words == ["echo", "$?"]:
        return f"{last_status}\n", 0
    if words[0] == "echo":
        return " ".join(words[1:]) + "\n", 0
    if words[0] == "cat":
        return "".join((folder / name).read_text("utf-8") for name in words[1:]), 0
    if words[0] != "quoteattr":
        raise ValueError(f"console examples can run quoteattr, cat and echo, not {words[0]!r}")
    return _quoteattr(words[1:], folder, stdin)


def _quoteattr(argv: list[str], folder: Path, stdin: str | None) -> tuple[str, int]:
    from quoteattr.cli import main

    output = io.StringIO()
    previous = Path.cwd()
    old_stdin, old_columns = sys.stdin, os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"
    sys.stdin = io.StringIO(stdin or "")
    try:
        os.chdir(folder)
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            try:
                status = main(argv)
            except SystemExit as exit:
                status = exit.code if isinstance(exit.code, int) else 1
    finally:
        os.chdir(previous)
        sys.stdin = old_stdin
        if old_columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old_columns
    return output.getvalue(), status
