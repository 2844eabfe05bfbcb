"""Resolution decision rules from the PolNeAR error review, each as a whole end-to-end result."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.results import SourceKind

P, O, G, U = SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.GROUP, SourceKind.UNNAMED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cecile Richards met Maria Menendez. Richards spoke at length. She asked Richards "
            "what impact the law has had on women.",
            [("asked", "She", "Maria Menendez", P)],
            id="subject-pronoun-is-not-its-verbs-object",
        ),
        pytest.param(
            "Even an anti-Trump PAC recently revealed that its polling shows Trump winning.",
            [("revealed", "Even an anti-Trump PAC", None, U)],
            id="anti-name-is-not-the-organisations-name",
        ),
        pytest.param(
            "A pro-Clinton super PAC said the ads would run in Ohio.",
            [("said", "A pro-Clinton super PAC", None, U)],
            id="indefinite-proper-head-is-unnamed",
        ),
        pytest.param(
            "A new Gallup poll found that voters are angry.",
            [("found", "A new Gallup poll", "Gallup", O)],
            id="indefinite-common-head-keeps-its-named-modifier",
        ),
    ],
)
def test_resolution_rules_end_to_end(
    nlp: Language, text: str, expected: list[tuple[str | None, str, str | None, SourceKind]]
) -> None:
    assert [
        (q.cue.text if q.cue else None, q.source.mention.text, q.source.name, q.source.kind)
        for q in quoteattr.find_quotes(nlp(text))
        if q.source is not None
    ] == expected
