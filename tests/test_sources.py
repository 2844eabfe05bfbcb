"""Source mentions: from a cue token to the noun phrase of its source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.sources import find_according_to_source, find_source_mention


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Hugh Hill, a doctor, said the patient was stable.", "said", "Hugh Hill"),
        (
            "Russian Foreign Minister Sergey Lavrov says talks went well.",
            "says",
            "Russian Foreign Minister Sergey Lavrov",
        ),
        ('"We are ready," said Mr Lavrov.', "said", "Mr Lavrov"),
        (
            "Mr Trump called the sanctions flawed and said he would sign the bill.",
            "said",
            "Mr Trump",
        ),
        ("The plan was criticized by Senator Smith.", "criticized", "Senator Smith"),
        ("Mr Trump, who said the deal was bad, left early.", "said", "who"),
        ("The senator went on to say that the bill would fail.", "say", "The senator"),
        ("It was reported that the talks failed.", "reported", None),
        ("The conflict is seen as a test.", "seen", None),
    ],
)
def test_sources_find_source_mention(
    nlp: Language, text: str, cue: str, expected: str | None
) -> None:
    token = next(t for t in nlp(text) if t.text == cue)
    mention = find_source_mention(token)
    assert (mention.text if mention is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to a new poll, Ms Clinton leads.", "a new poll"),
        (
            "Ms Clinton leads, according to officials familiar with the talks.",
            "officials familiar with the talks",
        ),
    ],
)
def test_sources_find_according_to_source(nlp: Language, text: str, expected: str) -> None:
    token = next(t for t in nlp(text) if t.lower_ == "according")
    mention = find_according_to_source(token)
    assert mention is not None and mention.text == expected
