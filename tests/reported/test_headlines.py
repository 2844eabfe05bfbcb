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
        "Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'\n\nShe spoke.",
        [("direct", ("You're being ridiculous",), ":", "Sarah Silverman", 0.6)],
    ),
    (
        (
            "Elizabeth Warren Hammers Wells Fargo CEO: \u2018You Should Be Criminally"
            " Investigated.\u2019\n\nThe senator spoke."
        ),
        [
            (
                "direct",
                ("You Should Be Criminally Investigated",),
                ":",
                "Elizabeth Warren",
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
            "The senator spoke on Monday.\nSarah Silverman heckles Sanders supporters: "
            "'You're being ridiculous.'"
        ),
        [],
    ),
]

TRANSCRIPTS: list[tuple[str, list[Row]]] = [
    # a speaker's name in capitals opening a line, whatever the tagger makes of it
    (
        (
            "The debate went on.\n\nKATE BOULDUAN: Why not debate in New York?\n\n"
            "JOEL BENENSON: We will debate."
        ),
        [
            ("indirect", ("Why not debate in New York",), ":", "KATE BOULDUAN", 0.6),
            ("indirect", ("We will debate",), ":", "JOEL BENENSON", 0.6),
        ],
    ),
    # ... but not a label announcing a section
    ("The debate went on.\n\nUPDATE: The senator left the building early.", []),
    ("The debate went on.\n\nBYLINE: John Smith of the Post reports here.", []),
]

HEADLINE_POLLS: list[tuple[str, list[Row]]] = [
    # a headline credited to a poll or survey by "in": the rest of the line is the content
    (
        "Clinton stays well ahead of Sanders in latest poll.\n\nThe race goes on.",
        [("indirect", ("Clinton stays well ahead of Sanders",), "in", "latest poll", 0.6)],
    ),
    (
        "Trump Leads Cruz In New Survey Of Iowa Voters.\n\nThe race goes on.",
        [("indirect", ("Trump Leads Cruz",), "In", "New Survey Of Iowa Voters", 0.6)],
    ),
    # ... only on the first line (in the body, "in the polls" is too rarely annotated)
    ("The race goes on.\nClinton stays well ahead of Sanders in latest poll.", []),
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
