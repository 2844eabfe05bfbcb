"""Cues: the words that attribute content to a source (``said``, ``according to``).

The lexicon is packaged data (``quoteattr/data/cues.json``), one list of lemmas
or phrases per class.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from spacy.tokens import Token


@functools.cache
def cue_lexicon() -> dict[str, frozenset[str]]:
    """The packaged cue lexicon: class name -> lemmas or phrases."""
    raw = json.loads(resources.files("quoteattr").joinpath("data/cues.json").read_text("utf-8"))
    return {name: frozenset(words) for name, words in raw.items()}


@functools.cache
def cue_verbs() -> frozenset[str]:
    """Every verb lemma of the lexicon."""
    lexicon = cue_lexicon()
    return lexicon["speech"] | lexicon["cognition"] | lexicon["evidence"]


def is_cue_verb(token: Token) -> bool:
    """Whether ``token`` is a verb whose lemma is in the cue lexicon."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in cue_verbs()
