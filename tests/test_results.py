"""The result classes: validation, derived properties, immutability."""

from __future__ import annotations

import attrs
import pytest

from quoteattr.results import Entity, Quote, QuoteType, Source, SourceKind, TextSpan

TEXT = '"We provided an explanation," Mr Lavrov said.'


def make_quote(**changes: object) -> Quote:
    quote = Quote(
        type=QuoteType.DIRECT,
        content=(TextSpan.from_offsets(TEXT, 0, 29),),
        cue=TextSpan.from_offsets(TEXT, 40, 44),
        source=Source(
            mention=TextSpan.from_offsets(TEXT, 30, 39),
            name="Sergey Lavrov",
            kind=SourceKind.PERSON,
            entity_id=0,
        ),
        confidence=0.9,
    )
    return attrs.evolve(quote, **changes)


def test_results_text_span_from_offsets_covers_the_text() -> None:
    assert TextSpan.from_offsets(TEXT, 30, 39) == TextSpan(30, 39, "Mr Lavrov")


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (-1, 3, "abcd", "start must be >= 0"),
        (5, 3, "", r"end \(3\) must be >= start \(5\)"),
        (0, 3, "ab", "text has 2 characters but the offsets"),
        (0, 2, 12, "must be <class 'str'>"),
    ],
)
def test_results_text_span_rejects_inconsistent_values(
    start: int, end: int, text: str, message: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        TextSpan(start, end, text)


def test_results_quote_derived_properties() -> None:
    quote = make_quote()
    assert (quote.start, quote.end, quote.text, quote.speaker) == (
        0,
        29,
        '"We provided an explanation,"',
        "Sergey Lavrov",
    )


def test_results_quote_with_two_segments_spans_both() -> None:
    text = '"X," he said. "Y."'
    quote = make_quote(
        content=(TextSpan.from_offsets(text, 0, 4), TextSpan.from_offsets(text, 14, 18))
    )
    assert (quote.start, quote.end, quote.text) == (0, 18, '"X," "Y."')


def test_results_speaker_falls_back_to_the_mention_then_none() -> None:
    unnamed = make_quote(source=Source(mention=TextSpan(0, 1, '"'), kind=SourceKind.UNNAMED))
    assert (unnamed.speaker, make_quote(source=None).speaker) == ('"', None)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"content": ()}, "at least one content segment"),
        ({"confidence": 1.5}, r"confidence must be in \[0, 1\]"),
        ({"confidence": -0.1}, r"confidence must be in \[0, 1\]"),
        (
            {"content": (TextSpan(10, 12, "ab"), TextSpan(0, 2, "cd"))},
            "in text order and not overlap",
        ),
        ({"type": "quoted"}, "'quoted' is not a valid QuoteType"),
    ],
)
def test_results_quote_rejects_invalid_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_quote(**changes)


def test_results_quote_type_accepts_its_string_value() -> None:
    assert make_quote(type="mixed").type is QuoteType.MIXED


def test_results_are_frozen_and_hashable() -> None:
    quote = make_quote()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.confidence = 0.5  # type: ignore[misc]
    assert len({quote, make_quote()}) == 1


def test_results_entity_keeps_mentions_as_a_tuple() -> None:
    entity = Entity(id=0, name="Sergey Lavrov", kind=SourceKind.PERSON, mentions=[TextSpan(30, 39, "Mr Lavrov")])
    assert entity.mentions == (TextSpan(30, 39, "Mr Lavrov"),)
