"""Labelled speech: headlines, transcript turns, interview Q and A."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Holt: "We will win" as rally fills stadium', [("direct", '"We will win"', "Holt")]),
        ('Merkel: "Europe must act" on migrants', [("direct", '"Europe must act"', "Merkel")]),
        (
            "CHAO: We have the money now.\n\nHART: Where did it come from?",
            [("direct", "We have the money now", "Chao"), ("direct", "Where did it come from", "Hart")],
        ),
        (
            "Interview with Mayor Lin Chao\n\nQ: Will the bridge open this year?\n\nA: Yes, in May.",
            [("direct", "Will the bridge open this year?", None), ("direct", "Yes, in May.", "Lin Chao")],
        ),
    ],
)
def test_labels_speech(nlp: Language, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    quotes = quoteattr.extract(text, nlp=nlp)
    assert [(q.type.value, q.text, q.speaker) for q in quotes] == expected


def test_labels_turns_are_never_merged(nlp: Language) -> None:
    text = "Interview with Mayor Lin Chao\n\nQ: And the money?\n\nA: We have it.\n\nA: All of it."
    quotes = quoteattr.extract(text, nlp=nlp)
    assert [q.text for q in quotes] == ["And the money?", "We have it.", "All of it."]
