"""First person in interviews and hearings: ``I`` is whoever holds the floor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.results import SourceKind
from tests.resolution.helpers import Row, resolved_rows

P, U = SourceKind.PERSON, SourceKind.UNNAMED

INTERVIEW = (
    "The Ledger interviews marine biologist Helen Okafor about coral reefs\n\n"
    "Helen Okafor has studied reefs off Kenya for twenty years.\n\n"
    "Why did you choose to study reefs?\n\n"
    "I grew up by the sea and I think reefs are the most beautiful places on Earth.\n\n"
    "Are the reefs recovering?\n\n"
    "I believe some of them are, slowly.\n\n"
    "What should readers do?\n\n"
    "I would ask them to eat less fish."
)
HEARING = (
    "We will hear argument first today in Case 21-330, Ortega versus Harlow County. "
    "Mr. Lindqvist?\n\n"
    "Thank you. I will argue that the county had no power to seize the land.\n\n"
    "Counsel, is that not a question for the state courts?\n\n"
    "Alright, Ms. Barros, please proceed.\n\n"
    "May it please the Court. I will show that one word of the statute decides this case."
)


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            INTERVIEW,
            ["I#1", "I#3", "I#4"],
            [("I", "Helen Okafor", P), ("I", "Helen Okafor", P), ("I", "Helen Okafor", P)],
            id="interview-answers-are-the-interviewee-the-headline-names",
        ),
        pytest.param(
            HEARING,
            ["I#1", "I#2"],
            [("I", "Lindqvist", P), ("I", "Barros", P)],
            id="hearing-floor-goes-to-the-person-called-on",
        ),
        pytest.param(
            "Good morning. In the case of Harlow Mills against Dana Ortega, for the appellant, "
            "Priya Nandi and Owen Clarke; for the respondent, Leo Brandt. Ms. Nandi?\n\n"
            "Thank you. I will address the contract claim first.",
            ["I"],
            [("I", "Priya Nandi", P)],
            id="hearing-named-by-its-parties-and-the-counsel-called",
        ),
        pytest.param(
            INTERVIEW.replace("Are the reefs recovering?", "Are you saying the reefs recover?"),
            ["you"],
            [("you", "Helen Okafor", P)],
            id="a-questions-you-is-who-answers-it",
        ),
        pytest.param(
            INTERVIEW.replace(
                "I grew up by the sea",
                "Fans say, \"Hi Helen, my name is John.\" I grew up by the sea",
            ),
            ["I#1"],
            [("I", "Helen Okafor", P)],
            id="a-name-introduced-inside-a-quotation-takes-no-turn",
        ),
        pytest.param(
            "My trip to Lisbon\n\nI walked along the river and I said the city was lovely.",
            ["I#2"],
            [("I", None, U)],
            id="a-first-person-story-is-no-dialogue",
        ),
    ],
)
def test_resolution_turns(
    nlp: Language, text: str, mentions: list[str], expected: list[Row]
) -> None:
    assert resolved_rows(nlp, text, mentions) == expected
