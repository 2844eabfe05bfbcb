"""Line-broken text: soft line breaks read as spaces, offsets into the text as given."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import quoteattr
from quoteattr.linebreaks import (
    JOINER,
    find_soft_breaks,
    is_wrapped,
    to_parse_text,
    to_wrapped_text,
)

#: An article written for these tests: paragraphs separated by blank lines, one per line.
ARTICLE = (
    "Council approves the new budget\n"
    "\n"
    "The city council approved a budget of 40 million dollars on Tuesday after a "
    "long debate over the cost of the new bridge across the river.\n"
    "\n"
    '"We will not raise taxes to pay for it," said Mayor Ann Lee, who has led the '
    "city since 2019. She added that the bridge would open in the spring.\n"
    "\n"
    "Opposition leader Tom Hart said the figures did not add up and that the council "
    "would have to borrow more money before the end of the year."
)

#: The same article with one paragraph per line and no blank lines.
ONE_PER_LINE = ARTICLE.replace("\n\n", "\n")


def test_linebreaks_paragraph_per_line_text_is_not_wrapped() -> None:
    assert not is_wrapped(ARTICLE)
    assert not is_wrapped(ONE_PER_LINE)
    assert to_parse_text(ONE_PER_LINE) == ONE_PER_LINE


@settings(max_examples=40, deadline=None)
@given(width=st.integers(min_value=40, max_value=100), crlf=st.booleans())
def test_linebreaks_wrapped_article_reads_as_the_original(width: int, crlf: bool) -> None:
    wrapped = to_wrapped_text(ARTICLE, width)
    assert len(wrapped) == len(ARTICLE)
    assert is_wrapped(wrapped)
    assert to_parse_text(wrapped) == ARTICLE
    if crlf:  # a soft "\r\n" reads as two spaces, paragraph breaks stay
        windows = wrapped.replace("\n", "\r\n")
        view = to_parse_text(windows)
        assert len(view) == len(windows)
        assert view.replace("  ", " ").replace("\r\n", "\n") == ARTICLE


@settings(max_examples=40, deadline=None)
@given(width=st.integers(min_value=40, max_value=100))
def test_linebreaks_wrapped_one_per_line_text_keeps_its_paragraphs(width: int) -> None:
    wrapped = to_wrapped_text(ONE_PER_LINE, width)
    view = to_parse_text(wrapped)
    # every soft break is a space; a paragraph break stays unless its line was
    # full and ended a sentence (then nothing in the text tells it from a soft one)
    assert view.replace("\n", " ") == ONE_PER_LINE.replace("\n", " ")
    kept = {i for i, char in enumerate(view) if char == "\n"}
    paragraph_breaks = {i for i, char in enumerate(ONE_PER_LINE) if char == "\n"}
    assert kept <= paragraph_breaks
    for i in paragraph_breaks - kept:
        line = wrapped[: i].rsplit("\n", 1)[-1]
        next_word = wrapped[i + 1 :].split(maxsplit=1)[0]
        assert len(line) + 1 + len(next_word) > width - 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word broken across lines is one token: hyphen and break become joiners
        (
            "The state-\nment said that the talks on trade would\ngo on in May.",
            f"The state{JOINER * 2}ment said that the talks on trade would go on in May.",
        ),
        # an indented line starts a paragraph
        (
            ("The talks on trade will go on until the end of\nMay, the minister said, and the\n"
            "union will join them.\n  A new round starts in June."),
            ("The talks on trade will go on until the end of May, the minister said, and the "
            "union will join them.\n  A new round starts in June."),
        ),
        # a line that ends a sentence short of the column ends its paragraph
        (
            ("The talks on trade will go on until the end of the\nmonth, the minister said.\n"
            "A new round of the talks starts in June, she\nadded."),
            ("The talks on trade will go on until the end of the month, the minister said.\n"
            "A new round of the talks starts in June, she added."),
        ),
    ],
)
def test_linebreaks_view(text: str, expected: str) -> None:
    assert to_parse_text(text) == expected


def test_linebreaks_soft_breaks_index_the_text() -> None:
    text = "Officials said the\r\nbudget was balanced by the end of the\r\nyear."
    breaks = find_soft_breaks(text)
    assert [text[start:end] for start, end, _ in breaks] == ["\r\n", "\r\n"]


@pytest.mark.parametrize("width", [60, 72, 90])
def test_linebreaks_extract_finds_the_same_quotes_in_wrapped_text(nlp: Language, width: int) -> None:
    expected = [(q.type, q.start, q.end, q.speaker) for q in quoteattr.extract(ARTICLE, nlp=nlp)]
    wrapped = to_wrapped_text(ARTICLE, width)
    quotes = quoteattr.extract(wrapped, nlp=nlp)
    assert [(q.type, q.start, q.end, q.speaker) for q in quotes] == expected
    assert expected  # the article has quotes
    for quote in quotes:  # the spans hold the characters of the text as given
        assert all(wrapped[s.start : s.end] == s.text for s in quote.content)


def test_linebreaks_broken_word_is_not_the_source(nlp: Language) -> None:
    text = (
        '"The talks were useful," the minister said in a state-\n'
        "ment released on Monday after the long and difficult\n"
        "meeting with her counterparts."
    )
    [quote] = quoteattr.extract(text, nlp=nlp)
    assert quote.source is not None
    assert quote.source.mention.text == "the minister"
    assert quote.content[0].text == '"The talks were useful,"'


def test_linebreaks_an_overlong_line_does_not_hide_soft_breaks() -> None:
    # wrapped at 40; one line the wrapper could not break runs to 60 columns
    text = (
        "The regional police chief said that seven\n"
        "people were hurt in the clashes. Director\n"
        "Ana Ruiz said the roads would reopen soon.\n"
        "See https://example.org/a/very/long/address/for/the/report\n"
        "for the statement the ministry issued late\n"
        "on Monday after the talks broke down again.\n"
    )
    parse = to_parse_text(text)
    assert len(parse) == len(text)
    assert "Director Ana Ruiz" in parse
