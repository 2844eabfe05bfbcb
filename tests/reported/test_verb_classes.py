"""Verb cues and frames measured on PolNeAR dev at >= 0.70 on their new quotes.

``claimed_object`` (claim + object), ``preference`` (like, prefer + infinitive),
``persuade`` (intention), ``thank`` (evaluation), ``advocacy`` (push for),
``judgement`` (consider + small clause), ``discussion`` (discuss + object) and
a wh-word object before its cue (what he called X): what each reads, and where
it stays silent.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.cues import cue_classes
from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import reported_rows

CASES: list[tuple[str, list[Row]]] = [
    # claimed_object: what a source claims as its own is the object ...
    (
        "The Norland Liberation Front claimed responsibility for the bombing.",
        [
            (
                "indirect",
                ("responsibility for the bombing",),
                "claimed",
                "The Norland Liberation Front",
                0.6,
            )
        ],
    ),
    (
        "The campaign is already claiming victory in the mayoral race.",
        [("indirect", ("victory in the mayoral race",), "claiming", "The campaign", 0.6)],
    ),
    # ... but not where the verb modifies a noun
    ("A gunman claiming allegiance to the Norland Liberation Front opened fire.", []),
    # preference: what a source would like, or prefers, to do
    (
        "Mr Trump would like to see a wall on the border.",
        [("indirect", ("to see a wall on the border",), "like", "Mr Trump", 0.42)],
    ),
    (
        "She prefers to wait for the results.",
        [("indirect", ("to wait for the results",), "prefers", "She", 0.7)],
    ),
    # ... not in a relative clause: the question holds it
    (
        "Voters were asked which party they would like to see in power.",
        [
            (
                "indirect",
                ("which party they would like to see in power",),
                "asked",
                "",
                0.63,
            )
        ],
    ),
    # intention: persuade someone to do something
    (
        "He persuaded the senator to back the bill.",
        [("indirect", ("the senator to back the bill",), "persuaded", "He", 0.75)],
    ),
    # evaluation: praising (laud, extol) or naming (term) something, with what is said of it
    (
        'The mayor lauded the firefighters for their "extraordinary courage".',
        [
            (
                "mixed",
                ('the firefighters for their "extraordinary courage"',),
                "lauded",
                "The mayor",
                0.7,
            )
        ],
    ),
    (
        'Critics termed the plan a "costly blunder".',
        [("mixed", ('the plan a "costly blunder"',), "termed", "Critics", 0.7)],
    ),
    (
        "She extolled the virtues of public transport.",
        [("indirect", ("the virtues of public transport",), "extolled", "She", 0.7)],
    ),
    # naming verbs (call, dub, deem) report what they call their object, however the
    # parser hangs the predicate ...
    (
        "The board deemed the sale of the two hospitals a reasonable compromise.",
        [
            (
                "indirect",
                ("the sale of the two hospitals a reasonable compromise",),
                "deemed",
                "The board",
                0.7,
            )
        ],
    ),
    # ... but with a plain object and no predicate they name nothing said
    ("A neighbour called the police on Sunday night.", []),
    (
        (
            "A neighbour called the police in Leeds, England on Sunday night after her son found"
            " a bag of pills."
        ),
        [],
    ),
    ("The channel dubbed the first three series of the drama.", []),
    ("The rescue team called off its hunt early on Friday.", []),
    # evaluation: thanking someone for something
    (
        "Brisk thanked Mr Harlow for backing her main housing bill.",
        [
            (
                "indirect",
                ("Mr Harlow for backing her main housing bill",),
                "thanked",
                "Brisk",
                0.7,
            )
        ],
    ),
    # advocacy: pushing for a cause, not in a relative clause about the source
    (
        "Teachers pushed for swift action on class sizes.",
        [("indirect", ("swift action on class sizes",), "pushed for", "Teachers", 0.65)],
    ),
    (
        ("The Mayor, who has repeatedly pushed for closer ties with Norland, arrived on Sunday."),
        [],
    ),
    # judgement: consider + a subject and a verbless predicate
    (
        "Critics consider Ferncloud TV a government mouthpiece.",
        [("indirect", ("Ferncloud TV a government mouthpiece",), "consider", "Critics", 0.7)],
    ),
    (
        "Just 30 percent of voters consider Brisk trustworthy.",
        [("indirect", ("Brisk trustworthy",), "consider", "Just 30 percent of voters", 0.7)],
    ),
    # ... also where the parser reads the pair as an object and its predicate
    (
        "Mr. Elder has long considered a Harwell Bank merger likely.",
        [("indirect", ("a Harwell Bank merger likely",), "considered", "Mr. Elder", 0.7)],
    ),
    ("Voters who consider themselves liberal turned out in large numbers.", []),
    # the stance reading of "made (it) clear": the clause after "clear", wherever the parser hangs it
    (
        "Ms Brisk made it clear to party members on Monday that she backs their plan.",
        [("indirect", ("that she backs their plan",), "made it clear", "Ms Brisk", 0.6)],
    ),
    (
        "He made clear Tuesday night that he plans to appeal it.",
        [("indirect", ("that he plans to appeal it",), "made clear", "He", 0.6)],
    ),
    # ... not a condition, and "make" without "clear" is no cue: it does not end a content
    ("The survey makes clear the hurdles ahead for both parties if they win.", []),
    (
        (
            "Ferncloud said she got a grant for her first term, but her family made "
            "too much money for her to qualify for loans."
        ),
        [
            (
                "indirect",
                (
                    (
                        "she got a grant for her first term, but her family made too "
                        "much money for her to qualify for loans"
                    ),
                ),
                "said",
                "Ferncloud",
                0.9,
            )
        ],
    ),
    # a wh-word object before the cue: the pronoun and the predicate, without source and cue
    (
        "Harlow launched what he called his own spring offensive.",
        [("indirect", ("what", "his own spring offensive"), "called", "he", 0.7)],
    ),
    (
        "Harlow praised Dalmere, which he describes as his adopted home.",
        [
            ("indirect", ("Dalmere",), "praised", "Harlow", 0.49),
            ("indirect", ("which", "as his adopted home"), "describes", "he", 0.7),
        ],
    ),
    (
        "She defended her flexibility, which she views as part of a long bargaining process.",
        [
            ("indirect", ("her flexibility",), "defended", "She", 0.65),
            ("indirect", ("which", "part of a long bargaining process"), "views as", "she", 0.65),
        ],
    ),
    # question: an if or whether clause, however hung; a bare "Asked" names no source ...
    (
        "Asked if she believed Harlow wanted Elder to win, Brisk said she would not speculate.",
        [
            ("indirect", ("if she believed Harlow wanted Elder to win",), "Asked", "", 0.56),
            ("indirect", ("she would not speculate",), "said", "Brisk", 0.9),
        ],
    ),
    # ... unless "by" names the asker
    (
        "Asked by Elder if he believed the deficit was as large, Harlow said yes.",
        [
            ("indirect", ("if he believed the deficit was as large",), "Asked", "Elder", 0.8),
            ("indirect", ("yes",), "said", "Harlow", 0.63),
        ],
    ),
    (
        "Elder asked Brisk on Wednesday if the bridge was still in her plans.",
        [("indirect", ("if the bridge was still in her plans",), "asked", "Elder", 0.8)],
    ),
    # a heading on the line before a cue opening its line is not its source
    ("See their replies\n\nComments\n\nThank you for registering", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_verbs_class_reads(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("claimed_object", (("object",), False, frozenset({"claim"}))),
        ("preference", (("infinitive",), False, frozenset({"like", "prefer"}))),
        ("advocacy", (("preposition",), False, frozenset())),
        ("judgement", (("small_clause",), False, frozenset({"consider"}))),
    ],
)
def test_verbs_class_frames(
    name: str, expected: tuple[tuple[str, ...], bool, frozenset[str]]
) -> None:
    cue_class = cue_classes()[name]
    assert (cue_class.frames, cue_class.embedded, cue_class.lemmas) == expected


DISCUSSION: list[tuple[str, list[Row]]] = [
    # discussion: the topic discussed is the content
    (
        "Dunmore then discussed Brisk's proposed bridge.",
        [("indirect", ("Brisk's proposed bridge",), "discussed", "Dunmore", 0.6)],
    ),
    (
        "Ministers gathered Friday to discuss the problems facing their region.",
        [
            (
                "indirect",
                ("the problems facing their region",),
                "discuss",
                "Ministers",
                0.6,
            )
        ],
    ),
    # ... but not the reason for anonymity, a hedged or a negated discussion
    (
        (
            "The aide, who spoke on the condition of anonymity to discuss the closed "
            "meeting, said the talks failed."
        ),
        [("indirect", ("the talks failed",), "said", "The aide", 0.9)],
    ),
    ("Ms Brisk and Mr Harlow also reportedly discussed the dispute over fishing rights.", []),
    ("The senator did not discuss the bill.", []),
]


@pytest.mark.parametrize(("text", "expected"), DISCUSSION)
def test_reported_discussion(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected
