"""The HTML view: a self-contained page, every text escaped, marks where the quotes are."""

from __future__ import annotations

import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import spacy

import quoteattr
from quoteattr.component import set_quotes
from quoteattr.render import render_article
from quoteattr.results import Quote, QuoteType, Source, SourceKind, TextSpan

ROOT = Path(__file__).resolve().parents[1]
LAVROV = '"We provided an explanation," Mr Lavrov said.'

HOSTILE = '"<script>alert(1)</script> & co," she said. Tom & Jerry said "<b>x</b>".'


def span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan.from_offsets(text, start, start + len(part))


HOSTILE_QUOTES = [
    Quote(
        type=QuoteType.DIRECT,
        content=[span(HOSTILE, '"<script>alert(1)</script> & co,"')],
        cue=span(HOSTILE, "said"),
        source=Source(mention=span(HOSTILE, "she"), name="<i>Ann</i>", kind=SourceKind.PERSON),
        confidence=0.9,
    ),
    Quote(
        type=QuoteType.MIXED,
        content=[span(HOSTILE, '"<b>x</b>"')],
        cue=span(HOSTILE, "said", 40),
        source=Source(mention=span(HOSTILE, "Tom & Jerry"), kind=SourceKind.GROUP),
        confidence=0.5,
    ),
]


class Marks(HTMLParser):
    """The text of the article, and the text under each class of mark (badges apart)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""
        self.marked: dict[str, list[str]] = {}
        self.panel: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        css = dict(attrs).get("class") or ""
        in_text = any("text" in outer.split() for outer in self.stack)
        self.stack.append(css)
        for name in css.split() if in_text else ():
            if name in ("q-direct", "q-indirect", "q-mixed", "cue", "src", "who"):
                self.marked.setdefault(name, []).append("")

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = {c for css in self.stack for c in css.split()}
        if "sources" in classes and {"name", "count"} & set(self.stack[-1].split()):
            self.panel.append(data)
        if "text" not in classes:
            return
        for name in classes & self.marked.keys():
            self.marked[name][-1] += data
        if "who" not in classes:
            self.text += data


def parse(page: str) -> Marks:
    marks = Marks()
    marks.feed(page)
    return marks


def test_render_page_is_self_contained() -> None:
    page = quoteattr.render(LAVROV)
    marks = parse(page)
    assert (
        page.startswith("<!DOCTYPE html>"),
        page.endswith("</html>\n"),
        {"script", "link", "img", "iframe"} & marks.tags,
        "http" in page.replace("https://json-schema", ""),
    ) == (True, True, set(), False)


@pytest.mark.parametrize("text", [LAVROV, "", "No quotes at all.", HOSTILE])
def test_render_text_round_trips_through_escaping(text: str) -> None:
    quotes = HOSTILE_QUOTES if text == HOSTILE else None
    assert parse(quoteattr.render(text, quotes)).text == text


def test_render_marks_quote_cue_source_and_badge() -> None:
    [quote] = quoteattr.extract(LAVROV)
    marks = parse(quoteattr.render(LAVROV))
    assert marks.marked == {
        f"q-{quote.type.value}": [quote.content[0].text],
        "src": [quote.source.mention.text],
        "cue": [quote.cue.text],
        "who": [quote.speaker],
    }


def test_render_escapes_hostile_text_and_names() -> None:
    page = quoteattr.render(HOSTILE, HOSTILE_QUOTES, title="<title>")
    marks = parse(page)
    assert (
        "<script>" in page,
        "<b>" in page,
        "<i>" in page,
        marks.marked["who"],
        marks.marked["src"],
    ) == (False, False, False, ["<i>Ann</i>", "Tom & Jerry"], ["she", "Tom & Jerry"])


def test_render_side_panel_counts_sources() -> None:
    text = '"Yes," he said. "No," he said. Officials disagreed.'
    he = Source(mention=TextSpan(7, 9, "he"), name="Ann Lee", kind=SourceKind.PERSON, entity_id=0)
    he2 = Source(
        mention=TextSpan(22, 24, "he"), name="Ann Lee", kind=SourceKind.PERSON, entity_id=0
    )
    quotes = [
        Quote(
            type="direct",
            content=[TextSpan(0, 6, '"Yes,"')],
            source=he,
            cue=TextSpan(10, 14, "said"),
        ),
        Quote(
            type="direct",
            content=[TextSpan(16, 21, '"No,"')],
            source=he2,
            cue=TextSpan(25, 29, "said"),
        ),
        Quote(type="indirect", content=[TextSpan(41, 50, "disagreed")]),
    ]
    assert parse(quoteattr.render(text, quotes)).panel == ["Ann Lee", "2", "no source", "1"]


def test_render_doc_uses_component_quotes() -> None:
    nlp = spacy.blank("en")
    doc = nlp(HOSTILE)  # no parser: extract() would raise, so the stored quotes must be used
    set_quotes(doc, HOSTILE_QUOTES)
    assert parse(quoteattr.render(doc)).marked["cue"] == ["said", "said"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_render_in_headless_chromium(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "examples" / "reference-article.txt").read_text("utf-8")
    page = tmp_path / "page.html"
    page.write_text(quoteattr.render(text, title="Reference article"), "utf-8")
    base = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    shot = tmp_path / "shot.png"
    subprocess.run(
        [*base, "--window-size=1280,900", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        check=True,
        timeout=60,
    )
    png = shot.read_bytes()
    width, height = struct.unpack(">II", png[16:24])
    in_browser, written = parse(dom), parse(page.read_text("utf-8"))
    assert (in_browser.text, in_browser.marked, png[:8], width, height, len(png) > 50_000) == (
        text,
        written.marked,
        b"\x89PNG\r\n\x1a\n",
        1280,
        900,
        True,
    )


def test_render_sources_panel_tooltip_gives_the_profile() -> None:
    text = 'Labour MP Ann Cole said the plan was wrong. "It is a disgrace," she said.'
    page = render_article(
        text, quoteattr.extract(text), entities=quoteattr.extract_sources(text)
    )
    assert '<li title="gender: female (she)\nrole: MP\naffiliation: Labour">' in page
    assert "<li title=" not in render_article(text, quoteattr.extract(text))
