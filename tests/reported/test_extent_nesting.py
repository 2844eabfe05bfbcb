"""Reported speech: which of two nested reports is read (cue choice).

A cue inside another report's content is normally dropped with its report;
these cases pin down where the other reading wins.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.pipeline import find_quotes
from tests.quote_rows import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # an adverbial clause opening the sentence of a parenthetical ``he said`` is
    # its own report; ``said`` reports only the quotation
    (
        'Asked whether she had rehearsed her talk, she said, "I went over it twice and that was all."',
        [
            ("indirect", ("whether she had rehearsed her talk",), "Asked", None),
            ("direct", ('"I went over it twice and that was all."',), "said", "she"),
        ],
    ),
    (
        'Asked about the new harbor levy, he said, "We have no right to tax fishermen."',
        [
            ("indirect", ("the new harbor levy",), "Asked about", None),
            ("direct", ('"We have no right to tax fishermen."',), "said", "he"),
        ],
    ),
    # an adverbial clause after the parenthetical stays in its content
    (
        "The scheme appealed to her, she said, because she thought officials were not doing enough.",
        [
            (
                "indirect",
                (
                    "The scheme appealed to her",
                    "because she thought officials were not doing enough",
                ),
                "said",
                "she",
            )
        ],
    ),
    # a verb with a bare object in a subordinate clause of reason or time stays in the
    # content: it does not start a second report
    (
        "The mayor said the bridge was closed because two of its supports had shown cracks.",
        [
            (
                "indirect",
                ("the bridge was closed because two of its supports had shown cracks",),
                "said",
                "The mayor",
            )
        ],
    ),
    (
        "The company said the inquiry began after it disclosed the problem to regulators.",
        [
            (
                "indirect",
                ("the inquiry began after it disclosed the problem to regulators",),
                "said",
                "The company",
            )
        ],
    ),
    # ... but one saying what its object is, is a report of its own
    (
        "The aide said the talks ended because she accused him of bad faith.",
        [
            ("indirect", ("the talks ended",), "said", "The aide"),
            ("indirect", ("him of bad faith",), "accused", "she"),
        ],
    ),
    # a main-clause cue already leaves the opening clause out of its content
    (
        "Asked whether she had rehearsed, she said she went over it twice.",
        [
            ("indirect", ("whether she had rehearsed",), "Asked", None),
            ("indirect", ("she went over it twice",), "said", "she"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extent_nested_report_choice(nlp: Language, text: str, expected: list[Row]) -> None:
    assert rows(find_quotes(nlp(text))) == expected
