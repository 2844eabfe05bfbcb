"""Markup: words never glued to tags (quoteattr.parsing.MarkupTokenizer), quotation
marks never paired across paragraph tags (quoteattr.doctext.to_quotation_text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.doctext import to_quotation_text
from quoteattr.parsing import MarkupTokenizer, find_markup_segments
from quoteattr.results import QuoteType, TextSpan


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No tags.", "No tags."),
        ('<p>"Hi.</p>', '\n\n\n"Hi.\n\n\n\n'),
        ('<P CLASS="x">a<br/>b</P>', "\n\n\n\n\n\n\n\n\n\n\n\n\na\n\n\n\n\nb\n\n\n\n"),
        ("<b>bold</b> <a href='x'>link</a>", "<b>bold</b> <a href='x'>link</a>"),
    ],
)
def test_parsing_markup_block_tags_become_line_breaks(text: str, expected: str) -> None:
    assert to_quotation_text(text) == expected


def test_parsing_markup_quotation_marks_do_not_pair_across_paragraph_tags() -> None:
    text = '<p>"Unclosed here.</p><p>Then he said "we won."</p>'
    quotes = quoteattr.extract(text)
    assert [(q.type, q.content, q.cue, q.source.mention if q.source else None) for q in quotes] == [
        (
            QuoteType.DIRECT,
            (TextSpan(start=38, end=47, text='"we won."'),),
            TextSpan(start=33, end=37, text="said"),
            TextSpan(start=30, end=32, text="he"),
        )
    ]
