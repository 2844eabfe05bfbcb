"""A whole web page: its article text taken out, quotes with offsets into that text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

import quoteattr.htmlpage
from quoteattr.cli import main
from quoteattr.errors import MissingExtraError
from quoteattr.htmlpage import extract_html, extract_main_text

PAGE = """<html><head><title>Talks end</title></head><body>
<nav>Home | News | Sport | Weather</nav>
<article><h1>Talks end without a deal</h1>
<p>&ldquo;We provided an explanation,&rdquo; Mr Lavrov said after the meeting in Manila.</p>
<p>The talks lasted three hours, officials said.</p></article>
<footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>"""


def test_htmlpage_main_text_leaves_menus_out() -> None:
    text = extract_main_text(PAGE)
    assert "\u201cWe provided an explanation,\u201d Mr Lavrov said" in text
    assert "Weather" not in text and "Copyright" not in text


def test_htmlpage_quotes_index_the_extracted_text(nlp: Language) -> None:
    page = extract_html(PAGE, nlp=nlp)
    rows = [(q.type.value, page.text[q.start : q.end], q.speaker) for q in page.quotes]
    assert rows[0] == ("direct", "\u201cWe provided an explanation,\u201d", "Lavrov")


def test_htmlpage_empty_page() -> None:
    assert extract_main_text("") == ""


def test_htmlpage_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    quoteattr.htmlpage._trafilatura.cache_clear()
    monkeypatch.setattr(quoteattr.htmlpage.importlib, "import_module", missing)
    with pytest.raises(MissingExtraError, match=r"E086 .*pip install 'quoteattr\[html\]'"):
        extract_main_text(PAGE)
    quoteattr.htmlpage._trafilatura.cache_clear()


def test_htmlpage_cli_reads_a_page(
    nlp: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main([str(path), "--format", "jsonl", "--no-progress"]) == 0
    record = json.loads(capsys.readouterr().out)
    start, end = record["quotes"][0]["content"]
    assert record["text"][start:end] == "\u201cWe provided an explanation,\u201d"
