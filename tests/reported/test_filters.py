"""Reported speech: constructions that look like reports but attribute nothing (precision)."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.results import Quote

Row = tuple[str, str, str | None, str | None]


def rows(quotes: list[Quote]) -> list[Row]:
    """Type, content, cue and source mention of each quote."""
    return [
        (
            q.type.value,
            q.text,
            q.cue.text if q.cue else None,
            q.source.mention.text if q.source else None,
        )
        for q in quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's "you" addresses the reader or anyone: no source
        ("Do you support Ada Brisk?", []),
        ("Do you know where your mayor's expense claims are?", []),
        ("You know what they say about big feet.", []),
        ("When you say he has big feet, he laughs.", []),
        # with a modal the writer imagines a view, which PolNeAR attributes
        (
            "If you were on the committee, you would want the hardest test you could get.",
            [("indirect", "the hardest test you could get", "want", "you")],
        ),
        # a speech verb whose short object names the act, not what was said
        ("McCain issued a statement on Friday.", []),
        ("Ada Brisk issued a formal statement.", []),
        ("She will ask a question.", []),
        ("That person may say the wrong thing.", []),
        # a longer object, or a quoted one, is what was said
        (
            "The senator said the same of Trump.",
            [("indirect", "the same of Trump", "said", "The senator")],
        ),
        (
            "She asked a question about the budget.",
            [("indirect", "a question about the budget", "asked", "She")],
        ),
        # a line label that announces a section, not a source
        ("Breaking: Ada Brisk Just Won A Major Vote In Dalmere\nThe senator won.", []),
        ("LOOK: Photos Of The Rally Are Going Viral\nThey are.", []),
        # a passive with no agent names no source: not the subject it shares with an active
        # verb, nor the noun its participle modifies
        (
            "The two men range in age from 30 to 45 and were identified as brothers from the coast.",
            [],
        ),
        ("On Monday a young girl, identified only as Maria, was pulled from the rubble.", []),
        ("With milder weather expected to continue into next week, prices fell.", []),
        ("A man from Leeds appeared in court on Monday, charged with two counts of fraud.", []),
        # ... but a passive that says who spoke keeps its report
        (
            "Smith was quoted as saying the plan had failed.",
            [("indirect", "the plan had failed", "saying", "Smith")],
        ),
        # "hopped" is the verb hop, not a misread "hoped"
        (
            (
                "As he hopped on his scooter to go home, Mr. Dunmore couldn't help going over"
                " one final set of jumps."
            ),
            [],
        ),
        ("She hoped the board would hold.", [("indirect", "the board would hold", "hoped", "She")]),
    ],
)
def test_filters_not_attributions(text: str, expected: list[Row]) -> None:
    assert rows(quoteattr.extract(text)) == expected
