"""Cue verbs that news uses widely, each with where it reads a content and where it stays silent."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import reported_rows

CASES: list[tuple[str, list[Row]]] = [
    # a court or a judge rules (that) ...: the ruling is what the source stated
    (
        "District Judge Anna Wells ruled the new tax violated the state constitution.",
        [
            (
                "indirect",
                ("the new tax violated the state constitution",),
                "ruled",
                "District Judge Anna Wells",
                0.9,
            )
        ],
    ),
    (
        "The appeals court ruled that the election could go ahead.",
        [("indirect", ("that the election could go ahead",), "ruled", "The appeals court", 0.9)],
    ),
    # ... but ruling something out, or ruling a place, states nothing
    ("The minister ruled out a second vote.", []),
    ("The family ruled the region for a century.", []),
    # a speech verb in the passive with its source as agent: the thing, then what was said of it
    (
        'Lopez has been described by the Daily Post as a "local hero", for her work.',
        [
            (
                "mixed",
                ("Lopez has been described", 'as a "local hero"'),
                "described",
                "the Daily Post",
                0.7,
            )
        ],
    ),
    # ... with no agent the text names no source
    ("The bridge was described as unsafe.", []),
    # a clause verb in the passive with its source as agent and an infinitive: the raised
    # subject and the infinitive are what the source reported
    (
        "The two ministers were reported by state media to have met secretly in Geneva.",
        [
            (
                "indirect",
                ("The two ministers were reported", "to have met secretly in Geneva"),
                "reported",
                "state media",
                0.9,
            )
        ],
    ),
    # a participle opening the sentence before a cue of its own names the report's topic
    (
        "Speaking about the film, the bishop said the church had failed the victims.",
        [
            (
                "indirect",
                ("the church had failed the victims",),
                "said",
                "the bishop",
                0.9,
            )
        ],
    ),
    # ... with no agent it is a hedge, no attribution
    ("The two ministers were reported to have met secretly in Geneva.", []),
    # "To this," replies to a thing: no viewpoint frames the sentence, its cue does
    (
        "To this, Mark Hale of the tenants group said the rule would not protect anyone.",
        [("indirect", ("the rule would not protect anyone",), "said", "Mark Hale", 0.9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_news_cues(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected
