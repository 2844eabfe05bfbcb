"""merge_quotes: how direct and reported quotes combine into one list."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.pipeline import find_quotes, merge_quotes
from quoteattr.results import Quote, QuoteType, Source, TextSpan

TEXT = 'Mr Trump declared relations were at an "all-time low". "It is over," he said.'


def quote(kind: QuoteType, start: int, end: int, confidence: float = 0.9) -> Quote:
    return Quote(
        type=kind,
        content=(TextSpan.from_offsets(TEXT, start, end),),
        cue=None,
        source=Source(mention=TextSpan.from_offsets(TEXT, 0, 8)),
        confidence=confidence,
    )


MIXED = quote(QuoteType.MIXED, 18, 53)  # relations were at an "all-time low"
FRAGMENT = quote(QuoteType.DIRECT, 39, 53)  # "all-time low"
DIRECT = quote(QuoteType.DIRECT, 55, 67)  # "It is over,"
REPORTED_DIRECT = quote(QuoteType.DIRECT, 56, 66, 0.8)  # It is over
INDIRECT = quote(QuoteType.INDIRECT, 18, 38)
RUN_ON = quote(QuoteType.MIXED, 56, 77)  # It is over," he said. : from inside a quotation past its end


@pytest.mark.parametrize(
    ("direct", "reported", "expected"),
    [
        # a reported clause with a quoted fragment is one mixed quote
        ([FRAGMENT, DIRECT], [MIXED], [MIXED, DIRECT]),
        # a reported complement entirely quoted: the direct stage's quote wins
        ([DIRECT], [REPORTED_DIRECT], [DIRECT]),
        # ... and is kept when the direct stage missed it
        ([], [REPORTED_DIRECT], [REPORTED_DIRECT]),
        # same content twice: the most confident is kept
        ([], [INDIRECT, quote(QuoteType.INDIRECT, 18, 38, 0.5)], [INDIRECT]),
        ([DIRECT], [INDIRECT], [INDIRECT, DIRECT]),
        # a mixed reading that crossed the end of a kept quotation is dropped
        ([DIRECT], [RUN_ON], [DIRECT]),
        ([], [], []),
    ],
)
def test_pipeline_merge_quotes(
    direct: list[Quote], reported: list[Quote], expected: list[Quote]
) -> None:
    assert merge_quotes(direct, reported) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mr Trump declared US relations with Russia were at an "all-time low".',
            [("mixed", 'US relations with Russia were at an "all-time low"', "Mr Trump")],
        ),
        (
            'He said he felt that the Americans "need to keep the dialogue open."',
            [("mixed", 'he felt that the Americans "need to keep the dialogue open."', "He")],
        ),
        (
            'Mr Putin said: "We will not leave anything unanswered."',
            [("direct", '"We will not leave anything unanswered."', "Mr Putin")],
        ),
        (
            'Mr Lavrov said talks went well. "We provided an explanation," he added.',
            [
                ("indirect", "talks went well", "Mr Lavrov"),
                ("direct", '"We provided an explanation,"', "he"),
            ],
        ),
    ],
)
def test_pipeline_merge_end_to_end(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (q.type.value, q.text, q.source.mention.text if q.source else None)
        for q in find_quotes(nlp(text))
    ]
    assert found == expected
