"""Resolution decision rules from the PolNeAR error review, each as a whole end-to-end result."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.resolution import resolve_sources
from quoteattr.results import Quote, QuoteType, Source, SourceKind, TextSpan

P, O, G, U = SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.GROUP, SourceKind.UNNAMED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ada Brisk met Rosa Marquez. Brisk spoke at length. She asked Brisk what impact the "
            "rule has had on tenants.",
            [("asked", "She", "Rosa Marquez", P)],
            id="subject-pronoun-is-not-its-verbs-object",
        ),
        pytest.param(
            "Ada Brisk spoke in Dalmere. And as Marquez pointed out, new rules have real "
            "impact on tenants. Brisk smiled. She asked Brisk what impact the rule has had.",
            [("pointed out", "Marquez", "Marquez", P), ("asked", "She", "Marquez", P)],
            id="surname-taken-for-an-organisation-is-a-pronouns-person",
        ),
        pytest.param(
            "Sanders leads the polls in New Hampshire. The Clinton campaign said it would fight. "
            "The campaign team said the race was close.",
            [
                ("said", "The Clinton campaign", "Clinton campaign", O),
                ("said", "The campaign team", "Clinton campaign", O),
            ],
            id="campaign-team-is-the-campaign",
        ),
        pytest.param(
            "Even an anti-Harlow PAC recently revealed that its polling shows Harlow winning.",
            [("revealed", "Even an anti-Harlow PAC", None, U)],
            id="anti-name-is-not-the-organisations-name",
        ),
        pytest.param(
            "A pro-Clinton super PAC said the ads would run in Ohio.",
            [("said", "A pro-Clinton super PAC", None, U)],
            id="pro-name-in-an-indefinite-proper-head",
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


def resolve_mentions(
    nlp: Language, text: str, mentions: list[str]
) -> list[tuple[str, str | None, SourceKind]]:
    """Resolve one hand-made indirect quote per source mention (its first occurrence)."""
    quotes = []
    for mention in mentions:
        start = text.index(mention)
        end = start + len(mention)
        quotes.append(
            Quote(
                type=QuoteType.INDIRECT,
                content=[TextSpan.from_offsets(text, end, end + 1)],
                source=Source(mention=TextSpan.from_offsets(text, start, end)),
            )
        )
    return [
        (q.source.mention.text, q.source.name, q.source.kind)
        for q in resolve_sources(nlp(text), quotes)
        if q.source is not None
    ]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            "In a national NORLAND POST/Ferncloud University Poll, likely voters said they were "
            "scared. The poll found that voters fear both parties.",
            ["a national NORLAND POST/Ferncloud University Poll", "The poll"],
            [
                (
                    "a national NORLAND POST/Ferncloud University Poll",
                    "NORLAND POST/Ferncloud University Poll",
                    O,
                ),
                ("The poll", "NORLAND POST/Ferncloud University Poll", O),
            ],
            id="indefinite-named-poll-is-its-organisation",
        ),
        pytest.param(
            "A super PAC said the ads would run. A Republican said the plan was bad.",
            ["A super PAC", "A Republican"],
            [("A super PAC", None, U), ("A Republican", None, U)],
            id="indefinite-type-or-party-names-nobody",
        ),
    ],
)
def test_resolution_rules_indefinite_proper_heads(
    nlp: Language,
    text: str,
    mentions: list[str],
    expected: list[tuple[str, str | None, SourceKind]],
) -> None:
    assert resolve_mentions(nlp, text, mentions) == expected
