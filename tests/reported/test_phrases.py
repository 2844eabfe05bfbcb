"""Framing prepositions and closing ``according to`` phrases (PolNeAR dev)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.cues import framing_confidence, framing_cues
from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import reported_rows

FRAMING: list[tuple[str, list[Row]]] = [
    # viewpoint: a sentence opened by "to" and a person, a group or a pronoun
    (
        "To many, Harlow is a troublemaker and a mouthpiece for the campaign.",
        [
            (
                "indirect",
                ("Harlow is a troublemaker and a mouthpiece for the campaign",),
                "To",
                "many",
                0.6,
            )
        ],
    ),
    (
        "But to others, he is a citizen journalist with no knowledge of the conflict.",
        [
            (
                "indirect",
                ("he is a citizen journalist with no knowledge of the conflict",),
                "to",
                "others",
                0.6,
            )
        ],
    ),
    (
        "To Mr. Dunmore, cycling represents a protest against rising rents.",
        [
            (
                "indirect",
                ("cycling represents a protest against rising rents",),
                "To",
                "Mr. Dunmore",
                0.6,
            )
        ],
    ),
    # ... but not a fixed phrase, and not "For X, ..." (measured under half annotated)
    ("To be sure, the senator has a difficult week ahead.", []),
    ("To date, the campaign has raised $5 million.", []),
    ("For Republicans, blunting her ability to help other Democrats has become the goal.", []),
    # reckoning: "by" with a noun of reckoning, before or after its clause
    (
        "By some measures, Mr. Dunmore has a compelling claim.",
        [("indirect", ("Mr. Dunmore has a compelling claim",), "By", "some measures", 0.6)],
    ),
    (
        "By Harlow's own argument, the council has no right to overturn the local vote.",
        [
            (
                "indirect",
                ("the council has no right to overturn the local vote",),
                "By",
                "Harlow's own argument",
                0.6,
            )
        ],
    ),
    (
        "More than 300,000 acres of forest have been damaged by mining, by one estimate.",
        [
            (
                "indirect",
                ("More than 300,000 acres of forest have been damaged by mining",),
                "by",
                "one estimate",
                0.6,
            )
        ],
    ),
    # ... but not an agent, a margin or a law
    ("The bill was passed by the Senate by a wide margin.", []),
    ("By law, candidates get free airtime on public radio.", []),
    # "in the polls" is not read (under half annotated on PolNeAR dev)
    ("Donald Trump, who is ahead in the polls, spoke on Monday.", []),
]

ACCORDING_TO: list[tuple[str, list[Row]]] = [
    # a closing "according to X" vouches for the whole sentence, another cue and all;
    # the inner report is nested in it and not counted
    (
        "The minister told him that it was not that easy, according to an account he gave.",
        [
            (
                "indirect",
                ("The minister told him that it was not that easy",),
                "according to",
                "an account",
                0.9,
            )
        ],
    ),
    (
        "More than 6 in 10 voters said that Wall Street hurts the economy, according to exit polling.",
        [
            (
                "indirect",
                ("More than 6 in 10 voters said that Wall Street hurts the economy",),
                "according to",
                "exit polling",
                0.9,
            )
        ],
    ),
    (
        "Brisk leads Harlow by 140 delegates, according to a count by The Dalmere Herald.",
        [
            (
                "indirect",
                ("Brisk leads Harlow by 140 delegates",),
                "according to",
                "a count by The Dalmere Herald",
                0.9,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMING)
def test_reported_framing_prepositions(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_reported_closing_according_to(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


def test_reported_framing_lexicon() -> None:
    assert framing_cues() == (
        frozenset({"to"}),
        frozenset({"by"}),
        frozenset(
            {"estimate", "measure", "reckoning", "argument", "account", "calculation", "tally"}
        ),
    )
    assert framing_confidence() == 0.6
