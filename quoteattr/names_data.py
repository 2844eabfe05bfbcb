"""The word lists of ``quoteattr/data/names.json`` and the look-ups every stage shares.

Honorifics, titles and their abbreviations, role and person nouns, words
that stand for speech: general knowledge about how news text names people,
read by the source-mention stage (:mod:`quoteattr.sources`), reported
speech (:mod:`quoteattr.reported`) and resolution (:mod:`quoteattr.resolution`).
It sits below all of them and imports no stage, so that each can read it
without importing a later one. Nothing here reads a Doc.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """The word lists of ``quoteattr/data/names.json``."""
    with resources.files("quoteattr").joinpath("data/names.json").open(encoding="utf-8") as file:
        data: dict[str, Any] = json.load(file)
    return data


def word_key(word: str) -> str:
    """A word lowercased, without a full stop at its end: ``"Sen."`` -> ``"sen"``."""
    return word.lower().rstrip(".")


def role_key(word: str) -> str:
    """The role noun a title or role word stands for: ``"Sen."`` -> ``"senator"``."""
    key = word_key(word)
    return str(lexicon()["abbreviations"].get(key, key))


def is_person_noun(role: str) -> bool:
    """Whether a noun describes a single person (``candidate``, ``Texan``, ``employee``)."""
    words = lexicon()
    return (
        role in words["titles"] or role in words["person_nouns"] or role in words["generic_roles"]
    )
