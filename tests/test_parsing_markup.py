"""Words are never glued to markup tags (quoteattr.parsing.MarkupTokenizer)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.parsing import MarkupTokenizer, find_markup_segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("No tags, a < 3 and b > 2.", ["No tags, a < 3 and b > 2."]),
        (
            '<p class="lead">"We won," she said.</p>',
            ['<p class="lead">', '"We won," she said.', "</p>"],
        ),
        (
            'He wrote <tweet author="carl">Lies.</tweet>. Then<br/>more',
            ["He wrote ", '<tweet author="carl">', "Lies.", "</tweet>", ". Then", "<br/>", "more"],
        ),
        ("<!-- note --><b>x</b>", ["<!-- note -->", "<b>", "x", "</b>"]),
    ],
)
def test_parsing_markup_segments(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in find_markup_segments(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<p class="lead">"We will win," she said.</p>',
            [
                "<",
                "p",
                'class="lead',
                '"',
                ">",
                '"',
                "We",
                "will",
                "win",
                ",",
                '"',
                "she",
                "said",
                ".",
                "<",
                "/p",
                ">",
            ],
        ),
        ('"No tags," he said.', ['"', "No", "tags", ",", '"', "he", "said", "."]),
    ],
)
def test_parsing_markup_tokens_stop_at_tags(nlp: Language, text: str, expected: list[str]) -> None:
    assert isinstance(nlp.tokenizer, MarkupTokenizer)
    doc = nlp.make_doc(text)
    assert ([t.text for t in doc], doc.text) == (expected, text)
