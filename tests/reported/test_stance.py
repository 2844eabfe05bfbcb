"""Stance adjectives (``X is confident that``, ``X seemed critical of``) and ``made it clear``.

Measured on PolNeAR dev: the stance frames give 103 new quotes, 80 right;
``made clear`` 10 new, 8 right.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.cues import stance_cues
from quoteattr.parsing import may_hold_attribution
from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import reported_rows

READ: list[tuple[str, list[Row]]] = [
    # clause frame: the adjective's that-clause, after be or another linking verb
    (
        "Some Democrats are worried that Sanders could hurt the party.",
        [("indirect", ("that Sanders could hurt the party",), "worried", "Some Democrats", 0.6)],
    ),
    (
        "Mr. Putin seemed hopeful that the talks would resume.",
        [("indirect", ("that the talks would resume",), "hopeful", "Mr. Putin", 0.6)],
    ),
    # a participle the tagger reads as a verb; a negated stance is still the source's
    (
        "Many donors are not convinced that the plan will work.",
        [("indirect", ("that the plan will work",), "convinced", "Many donors", 0.6)],
    ),
    # preposition frame: the object of the listed preposition
    (
        "Republicans have been critical of Clinton's use of personal email.",
        [("indirect", ("Clinton's use of personal email",), "critical of", "Republicans", 0.6)],
    ),
    (
        "The governor was not happy about the criticism.",
        [("indirect", ("the criticism",), "happy about", "The governor", 0.6)],
    ),
    (
        "The senator seems confident in the governor.",
        [("indirect", ("the governor",), "confident in", "The senator", 0.6)],
    ),
    # a coordinated preposition continues the content
    (
        "They were also concerned about the Kremlin's reaction and about disclosing sources.",
        [
            (
                "indirect",
                ("the Kremlin's reaction and about disclosing sources",),
                "concerned about",
                "They",
                0.6,
            )
        ],
    ),
    # a coordinated adjective shares the first one's linking verb
    (
        "Activists are ambivalent or frustrated with the plan.",
        [("indirect", ("the plan",), "frustrated with", "Activists", 0.6)],
    ),
    # made (it) clear: the clause on "make", or the one the parser hangs on "clear"
    (
        "The governor made it clear that she would veto the bill.",
        [("indirect", ("that she would veto the bill",), "made it clear", "The governor", 0.6)],
    ),
    (
        "The senator made clear he will run again.",
        [("indirect", ("he will run again",), "made clear", "The senator", 0.6)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_stance_stance_reads(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


SILENT: list[tuple[str, list[Row]]] = [
    # no source: an expletive or demonstrative subject, a place, a thing
    ("It is clear that the deal is dead.", []),
    ("The science is clear that warming is real.", []),
    ("Utah is loyal to Republicans.", []),
    # a hypothetical stance
    ("If she is confident that he will win, she will stay.", []),
    # frames left out: an infinitive (20 of 49 right), a state rather than a stance
    ("Mr. Obama is eager to leave.", []),
    ("She was proud of her record.", []),
    # a preposition the adjective does not take as content
    ("The senator was critical to the campaign.", []),
    # not made clear
    ("She did not make clear whether she would run.", []),
]


@pytest.mark.parametrize(("text", "expected"), SILENT)
def test_stance_stance_silent(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


NESTED: list[tuple[str, list[Row]]] = [
    # a stance inside another report's content is not a second attribution
    (
        "He said they were worried that the plan would fail.",
        [("indirect", ("they were worried that the plan would fail",), "said", "He", 0.9)],
    ),
    # nor one inside quotation marks
    (
        '"We are confident that we will win," she said.',
        [("direct", ("We are confident that we will win",), "said", "she", 0.9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_stance_stance_nested(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


def test_stance_lexicon_frames() -> None:
    stance = stance_cues()
    found = {
        "links": {"be", "seem", "appear"} <= stance.links,
        "clause": {"confident", "worried"} <= stance.clause,
        "pairs": {("critical", "of"), ("worried", "about")} <= stance.pairs,
        "made": stance.made,
        "left out": {("proud", "of"), ("eager", "to")} & stance.pairs,
    }
    assert found == {
        "links": True,
        "clause": True,
        "pairs": True,
        "made": frozenset({"clear", "plain", "known"}),
        "left out": set(),
    }


PREFILTER: list[tuple[str, bool]] = [
    ("Republicans have been critical of the plan.", True),
    ("Some donors are hopeful that he will run.", True),
    ("The governor made it plain to everyone.", True),
    ("The meeting lasted three hours.", False),
]


@pytest.mark.parametrize(("text", "expected"), PREFILTER)
def test_stance_fast_prefilter_opens_on_stance(text: str, expected: bool) -> None:
    assert may_hold_attribution(text) is expected
