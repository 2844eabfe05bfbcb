"""The FORMAT.md comparison rules, function by function."""

from __future__ import annotations

import pytest

from quoteattr.evaluation.matching import (
    TokenIndex,
    is_speech_cue,
    jaccard,
    match_quotes,
    names_equal,
    normalize_name,
    trim,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We agreed."', "We agreed"),
        ("  \u201cWe agreed,\u201d ", "We agreed"),
        ("'lengthy'", "lengthy"),
        ("``not now''", "not now"),
        ("(a) b", "a) b"),
        ("\u2014 yes \u2014", "yes"),
        ('" , "', ""),
    ],
)
def test_matching_trim_drops_marks_punctuation_and_space_at_both_ends(text: str, expected: str) -> None:
    start, end = trim(text, (0, len(text)))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 3)], frozenset({0})),
        ([(0, 9)], frozenset({0, 1})),
        ([(2, 5)], frozenset({0, 1})),
        ([(0, 3), (10, 13)], frozenset({0, 2})),
        ([(3, 4)], frozenset()),
    ],
)
def test_matching_tokens_are_word_positions(spans: list[tuple[int, int]], expected: frozenset[int]) -> None:
    assert TokenIndex("the dog, the cat").tokens(spans) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (frozenset({1, 2}), frozenset({1, 2}), 1.0),
        (frozenset({1, 2}), frozenset({2, 3}), 1 / 3),
        (frozenset({1, 2, 3, 4}), frozenset({1, 2}), 0.5),
        (frozenset(), frozenset(), 0.0),
    ],
)
def test_matching_jaccard(first: frozenset[int], second: frozenset[int], expected: float) -> None:
    assert jaccard(first, second) == pytest.approx(expected)


A, B, C = frozenset({1, 2}), frozenset({3, 4, 5}), frozenset({6, 7})


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # The best pair first, each side once.
        ([[A]], [A, A | {9}], [(0, 0, None)]),
        ([[A | {9}], [A]], [A], [(1, 0, None)]),
        ([[A], [A | {9}]], [A | {9}, A], [(0, 1, None), (1, 0, None)]),
        # Jaccard 0.5 matches, below does not.
        ([[A | {7, 8, 9}]], [A], []),
        ([[A | {8, 9}]], [A], [(0, 0, None)]),
        ([[A | {9}]], [A | {8}], [(0, 0, None)]),
        # Ties: the earlier gold quote.
        ([[A], [A]], [A], [(0, 0, None)]),
        # Fragments: whole, else one prediction per fragment.
        ([[A, B]], [A | B], [(0, 0, None)]),
        ([[A, B]], [A, B], [(0, 0, 0), (0, 1, 1)]),
        ([[A, B, C]], [A | B, C], [(0, 1, 2), (0, 0, 1)]),
        ([[A, B]], [A, A], [(0, 0, 0)]),
        ([[A]], [A, A], [(0, 0, None)]),
    ],
)
def test_matching_quotes_one_to_one_on_fragments(
    gold: list[list[frozenset[int]]], predicted: list[frozenset[int]], expected: list[tuple[int, int, int | None]]
) -> None:
    assert match_quotes(gold, predicted) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sergey Lavrov", "sergey lavrov"),
        ("  The   Kremlin ", "kremlin"),
        ("Trump's", "trump"),
        ("Trump\u2019s", "trump"),
        ("Enrique Pe\u00f1a Nieto", "enrique pena nieto"),
        ("Theresa May", "theresa may"),
    ],
)
def test_matching_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Sergey Lavrov", "sergey lavrov", True),
        ("Donald Trump", "Donald J. Trump", True),
        ("Donald J. Trump", "Donald John Trump", True),
        ("the State Department", "State Department", True),
        ("Jos\u00e9 Mujica", "Jose Mujica", True),
        ("Trump", "Donald Trump", False),
        ("Donald Trump", "Melania Trump", False),
        ("Sergey Lavrov", None, False),
        (None, None, False),
    ],
)
def test_matching_names_equal(gold: str | None, predicted: str | None, expected: bool) -> None:
    assert names_equal(gold, predicted) is expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", True),
        ("Said:", True),
        ("has said", True),
        ("told reporters", True),
        ("according to", True),
        (":", True),
        ("believes", False),
        ("shows", False),
        ("\u2015", False),
    ],
)
def test_matching_speech_cues(cue: str, expected: bool) -> None:
    assert is_speech_cue(cue) is expected
