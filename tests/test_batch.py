"""extract_many: order, bad records, laziness, long texts in pieces, the prefilter."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import quoteattr
from quoteattr import batch
from quoteattr.batch import DocumentResult, extract_many
from quoteattr.errors import Errors
from quoteattr.parsing import find_paragraphs, find_pieces, may_hold_attribution, parse_text

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (ROOT / "docs" / "examples" / "reference-article.txt").read_text("utf-8")

TEXTS = [
    '"We provided an explanation," she said.',
    "Nothing was said at the meeting about it.",
    "Mr Lavrov said the talks were useful.",
    "",
    '"We won," he said.',
]


@pytest.mark.parametrize("n_process", [1, 2])
def test_batch_results_come_in_input_order(nlp: Language, n_process: int) -> None:
    records = [{"id": f"doc-{i}", "text": text} for i, text in enumerate(TEXTS)]
    expected = [
        DocumentResult(index=i, id=f"doc-{i}", quotes=tuple(quoteattr.extract(text, nlp=nlp)))
        for i, text in enumerate(TEXTS)
    ]
    assert list(extract_many(records, nlp=nlp, batch_size=2, n_process=n_process)) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            {"id": "x"},
            DocumentResult(index=1, id="x", error=Errors.E701.format(index=1, id="x")),
        ),
        (
            {"id": 7, "text": None},
            DocumentResult(index=1, id=7, error=Errors.E702.format(index=1, id=7, type_name="NoneType")),
        ),
        (
            {"text": b"bytes"},
            DocumentResult(index=1, error=Errors.E702.format(index=1, id=None, type_name="bytes")),
        ),
        (42, DocumentResult(index=1, error=Errors.E702.format(index=1, id=None, type_name="int"))),
    ],
)
def test_batch_bad_record_gives_an_error_result_and_the_stream_goes_on(
    nlp: Language, item: Any, expected: DocumentResult
) -> None:
    text = '"We won," he said.'
    results = list(extract_many([text, item, text], nlp=nlp))
    good = tuple(quoteattr.extract(text, nlp=nlp))
    assert results == [
        DocumentResult(index=0, quotes=good),
        expected,
        DocumentResult(index=2, quotes=good),
    ]


@pytest.mark.parametrize("stage", ["parse_texts", "find_quotes"])
def test_batch_document_that_raises_gives_an_error_result(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    real = getattr(batch, stage)

    def failing(*args: Any, **kwargs: Any) -> Any:
        texts = args[1] if stage == "parse_texts" else [args[0].text]
        if any("BOOM" in text for text in texts):
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, stage, failing)
    texts = ['"We won," he said.', "BOOM", '"We lost," she said.']
    results = list(extract_many(texts, nlp=nlp, batch_size=3))
    message = Errors.E703.format(index=1, id=None, error="RuntimeError: boom")
    assert results == [
        DocumentResult(index=0, quotes=tuple(quoteattr.extract(texts[0], nlp=nlp))),
        DocumentResult(index=1, error=message),
        DocumentResult(index=2, quotes=tuple(quoteattr.extract(texts[2], nlp=nlp))),
    ]


@pytest.mark.parametrize(
    ("n_process", "read_before_first"),
    # one batch; with workers, two batches in flight per worker
    [(1, 2), (2, 8)],
)
def test_batch_input_is_read_lazily(nlp: Language, n_process: int, read_before_first: int) -> None:
    read = []

    def endless() -> Iterator[str]:
        while True:
            read.append(len(read))
            yield "He left."

    results = extract_many(endless(), nlp=nlp, batch_size=2, n_process=n_process)
    first = next(results)
    results.close()
    assert (first, len(read)) == (DocumentResult(index=0), read_before_first)


@pytest.mark.parametrize(
    ("text", "max_chars"),
    [
        ('Mr Lavrov said that "the talks were useful. We will meet again" after the meeting.', 45),
        ('Mr Lavrov said the talks were "useful. We will meet again soon" in Moscow.', 45),
    ],
)
def test_batch_quote_spanning_a_piece_boundary_is_kept(
    nlp: Language, text: str, max_chars: int
) -> None:
    unsplit = tuple(quoteattr.extract(text, nlp=nlp))
    cuts = [end for _, end in find_pieces(text, max_chars=max_chars)[:-1]]
    spanning = [q for q in unsplit if any(q.start < cut < q.end for cut in cuts)]
    split = next(extract_many([text], nlp=nlp, max_chars=max_chars))
    assert (split, len(spanning)) == (DocumentResult(index=0, quotes=unsplit), 1)


@pytest.mark.parametrize("max_chars", [1000, 2000])
def test_batch_split_text_gives_the_unsplit_results(nlp: Language, max_chars: int) -> None:
    assert len(find_pieces(REFERENCE, max_chars=max_chars)) > 1
    unsplit = tuple(quoteattr.extract(REFERENCE, nlp=nlp))
    split = next(extract_many([REFERENCE], nlp=nlp, max_chars=max_chars))
    assert split == DocumentResult(index=0, quotes=unsplit)


def test_batch_extract_parses_a_text_longer_than_max_length(nlp: Language) -> None:
    paragraph = '"We won," he said. ' + "The rest was quiet. " * 5 + "\n\n"
    text = paragraph * 40
    small = quoteattr.load(nlp)
    old = small.max_length
    small.max_length = 2000
    try:
        quotes = quoteattr.extract(text, nlp=small)
    finally:
        small.max_length = old
    assert [q.content[0].start for q in quotes] == [i * len(paragraph) for i in range(40)]


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("", 10, []),
        ("One.\n\nTwo.", 100, ["One.\n\nTwo."]),
        ("One.\n\nTwo.\n\nThree.", 12, ["One.\n\nTwo.\n\n", "Three."]),
        ("Line one\nline two\nline three", 18, ["Line one\nline two\n", "line three"]),
        ("A b. C d. E f.", 10, ["A b. C d. ", "E f."]),
        ("abc def ghi", 5, ["abc ", "def ", "ghi"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_parsing_pieces_cut_at_the_best_boundary(text: str, max_chars: int, expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_pieces(text, max_chars=max_chars)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("One.", ["One."]),
        ("One.\n\nTwo.\n", ["One.\n\n", "Two.\n"]),
        ("\n\nOne.\r\n\r\nTwo.\n \n", ["\n\nOne.\r\n\r\n", "Two.\n \n"]),
    ],
)
def test_parsing_paragraphs_cover_the_text(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_paragraphs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting lasted three hours.", False),
        ("The talks were useful, Mr Lavrov told reporters.", True),
        ("She says so.", True),
        ("They are denying everything.", True),
        ("According  to the report, it rained.", True),
        ("He wrote “no”.", True),
        ("Result: a draw.", True),
        ("The sayings of the sages.", False),
    ],
)
def test_parsing_prefilter_keeps_paragraphs_with_a_cue_form_or_mark(text: str, expected: bool) -> None:
    assert may_hold_attribution(text) is expected


def test_parsing_fast_doc_has_the_text_and_every_entity(nlp: Language) -> None:
    text = "Sergey Lavrov flew to Manila.\n\n\"We won,\" Mr Lavrov said.\n\nRex Tillerson came too."
    fast = parse_text(nlp, text, fast=True)
    assert (fast.text, [e.text for e in fast.ents]) == (
        text,
        [e.text for e in nlp(text).ents],
    )


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .!\n\r\t\u201c\u201d"), max_size=300), max_chars=st.integers(1, 40))
def test_parsing_pieces_join_to_the_text_and_fit(text: str, max_chars: int) -> None:
    pieces = find_pieces(text, max_chars=max_chars)
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(0 < e - s <= max_chars for s, e in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


def test_batch_sources_with_profiles_when_asked(nlp: Language) -> None:
    text = 'Labour MP Ann Cole said the plan was wrong. "It is a disgrace," she said.'
    [plain] = extract_many([text], nlp=nlp)
    [result] = extract_many([text], nlp=nlp, sources=True)
    assert plain.entities == ()
    assert list(result.entities) == quoteattr.extract_sources(nlp(text))
    [cole] = result.entities
    assert (cole.gender, cole.role and cole.role.text) == ("female", "MP")
