"""The cue lexicon (packaged data) and cue lookups on parsed tokens."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from spacy.language import Language

from quoteattr.cues import (
    FRAMES,
    cue_classes,
    cue_lexicon,
    find_cue_classes,
    is_cue_verb,
    is_withheld,
    light_confidence,
    light_cues,
)


def test_cues_lexicon_classes_are_documented() -> None:
    classes = cue_classes()
    assert sorted(classes) == [
        "advocacy",
        "backing",
        "claimed_object",
        "cognition",
        "description",
        "discussion",
        "evaluation",
        "evidence",
        "evidence_finding",
        "evidence_object",
        "intention",
        "judgement",
        "posted_object",
        "preference",
        "prepositional",
        "question",
        "said_object",
        "speech",
        "told_object",
        "written_object",
    ]
    for cue_class in classes.values():
        assert cue_class.description
        assert set(cue_class.frames) <= FRAMES
        assert 0.0 < cue_class.confidence <= 1.0
        assert cue_class.lemmas or cue_class.pairs


def test_cues_lexicon_extra_entries() -> None:
    lexicon = cue_lexicon()
    assert lexicon["phrases"] == frozenset({"according to"})
    assert {"claim", "finding"} <= lexicon["nominal"]
    assert {"decline", "refuse"} <= lexicon["withheld"]
    assert "reportedly" in lexicon["hedges"]


def test_cues_light_verb_entries() -> None:
    verbs, nouns, prepositions = light_cues()
    assert ({"make", "take"} <= verbs, {"comment", "issue"} <= nouns, "about" in prepositions) == (
        True,
        True,
        True,
    )
    assert light_confidence() == 0.6


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("She said it rained.", "said", [("speech", None), ("said_object", None)]),
        ("Mr Lavrov feels the US is ready.", "feels", [("cognition", None)]),
        ("A poll shows he leads.", "shows", [("evidence", None), ("evidence_object", None)]),
        (
            "He vowed to fight.",
            "vowed",
            [("speech", None), ("intention", None), ("evaluation", None)],
        ),
        (
            "She called for calm.",
            "called",
            [("intention", None), ("evaluation", None), ("prepositional", "for")],
        ),
        ("The cat sat on the mat.", "sat", []),
        ("Polls show him ahead.", "show", [("evidence", None), ("evidence_object", None)]),
        # backing is read on a clause's own predicate only
        ("He endorsed Ryan.", "endorsed", [("backing", None)]),
        ("Voters who back Ryan came.", "back", []),
        ("He is likely to support Ryan.", "support", []),
        # evidence_finding needs a poll, study or inquiry as subject
        ("The poll found him ahead.", "found", [("evidence", None), ("evidence_finding", None)]),
        ("The senator found him ahead.", "found", [("evidence", None)]),
    ],
)
def test_cues_find_cue_classes(
    nlp: Language, text: str, word: str, expected: list[tuple[str, str | None]]
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    found = [(c.name, p.text if p is not None else None) for c, p in find_cue_classes(token)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("He said it rained.", "said", True),
        ("A poll shows he leads.", "shows", True),
        ("She sat down.", "sat", False),
    ],
)
def test_cues_is_cue_verb(nlp: Language, text: str, word: str, expected: bool) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert is_cue_verb(token) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("He declined to comment.", "declined", True),
        ("He declined to comment.", "comment", True),
        ("She refused to say where she was.", "refused", True),
        ("She refused to release her tax returns.", "refused", False),
        ("He said it rained.", "said", False),
    ],
)
def test_cues_is_withheld(nlp: Language, text: str, word: str, expected: bool) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert is_withheld(token) is expected


def test_cues_same_cue_whatever_the_hash_seed() -> None:
    # "called for ... on Thursday" holds two verb+particle pairs of the lexicon
    # ("call for", "call on"): the lexicon's order, not the hash seed, picks one
    script = (
        "import quoteattr; print([q.cue.text for q in quoteattr.extract("
        "'Tomas Elder, the director, called for more pay rises in a statement"
        " on Thursday.')])"
    )
    cues = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3", "4")
    }
    assert cues == {"['called for']"}
