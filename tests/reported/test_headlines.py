"""Headlines and line labels (PolNeAR dev).

A quoting headline, a transcript's speaker label and a headline credited to a poll.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import reported_rows

HEADLINES: list[tuple[str, list[Row]]] = [
    # a headline's colon before a quotation quotes the person the headline opens with
    (
        "Daniel Ferncloud heckles Norland Party delegates: 'You're being childish.'\n\nHe spoke.",
        [("direct", ("You're being childish",), ":", "Daniel Ferncloud", 0.6)],
    ),
    (
        (
            "Sarah Whitfield Slams Ferncloud Airline Boss: \u2018You Should Be Held To"
            " Account.\u2019\n\nThe senator spoke."
        ),
        [
            (
                "direct",
                ("You Should Be Held To Account",),
                ":",
                "Sarah Whitfield",
                0.6,
            )
        ],
    ),
    # ... not a headline opened by anything but a person's name, nor a later line
    (
        "Senate Passes Budget Bill: \u2018A Historic Day\u2019 For Taxpayers.\n\nThe vote was close.",
        [],
    ),
    (
        (
            "The senator spoke on Monday.\nDaniel Ferncloud heckles Norland Party delegates: "
            "'You're being childish.'"
        ),
        [],
    ),
]

TRANSCRIPTS: list[tuple[str, list[Row]]] = [
    # a speaker's name in capitals opening a line, whatever the tagger makes of it
    (
        (
            "The debate went on.\n\nADA BRISK: Why not debate in Dalmere?\n\n"
            "TOMAS ELDER: We will debate."
        ),
        [
            ("indirect", ("Why not debate in Dalmere",), ":", "ADA BRISK", 0.6),
            ("indirect", ("We will debate",), ":", "TOMAS ELDER", 0.6),
        ],
    ),
    # ... but not a label announcing a section
    ("The debate went on.\n\nUPDATE: The senator left the building early.", []),
    ("The debate went on.\n\nBYLINE: John Smith of the Post reports here.", []),
]

HEADLINE_POLLS: list[tuple[str, list[Row]]] = [
    # a headline credited to a poll or survey by "in": the rest of the line is the content
    (
        "Brisk stays well ahead of Harlow in latest poll.\n\nThe race goes on.",
        [("indirect", ("Brisk stays well ahead of Harlow",), "in", "latest poll", 0.6)],
    ),
    (
        "Brisk Leads Harlow In New Survey Of Norland Voters.\n\nThe race goes on.",
        [("indirect", ("Brisk Leads Harlow",), "In", "New Survey Of Norland Voters", 0.6)],
    ),
    # ... only on the first line (in the body, "in the polls" is too rarely annotated)
    ("The race goes on.\nBrisk stays well ahead of Harlow in latest poll.", []),
    ("Clinton campaigns in Ohio.\n\nThe race goes on.", []),
    # ... nor when the line has a cue of its own, which tells who says what
    (
        (
            "In a new study published on Monday, researchers report that coral reefs recover"
            " faster than expected.\n\nThe team worked for years."
        ),
        [
            (
                "indirect",
                ("that coral reefs recover faster than expected",),
                "report",
                "researchers",
                0.9,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_reported_quoting_headline(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_reported_transcript_label(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), HEADLINE_POLLS)
def test_reported_headline_poll(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected
