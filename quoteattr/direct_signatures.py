"""Cue clauses after a direct quotation that the parse misreads.

A dash signing the quotation with a name (``"..." ― Sonya Herridge``), a
name with a cue verb the tagger took for a plural noun (``"...," Conway
notes.``), and a role noun the tagger took for a verb (``"...," Dalby coach
Ann Ross said.``): read from the words, whatever the parser made of them.
Used by :mod:`quoteattr.direct`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quoteattr.cues import cue_verbs
from quoteattr.direct_sources import (
    CONFIDENCE_CUE,
    CONFIDENCE_CUE_NO_SOURCE,
    CONFIDENCE_OTHER_VERB,
    Attribution,
    is_cue_word,
    tokens_between,
)
from quoteattr.lexicon import active_lexicon
from quoteattr.quotemarks import Quotation


def mistagged_cue(clause: list[Token]) -> Attribution | None:
    """``"...," Conway notes.``: a name and a cue verb the tagger took for a plural noun."""
    words = [t for t in clause if not t.is_space and not (t.is_punct and t is clause[0])]
    if len(words) < 2 or len(words) > 4:
        return None
    verb = words[-1]
    names = words[:-1]
    direct_verbs = active_lexicon().words("direct_verbs")
    if verb.tag_ != "NNS" or verb.lemma_.lower() not in cue_verbs() | direct_verbs:
        return None
    if not all(t.pos_ == "PROPN" for t in names) and not (
        len(names) == 1 and names[0].pos_ == "PRON"
    ):
        return None
    return Attribution((verb.i, verb.i + 1), (names[0].i, names[-1].i + 1), CONFIDENCE_OTHER_VERB)


def role_taken_for_verb(clause: list[Token]) -> Attribution | None:
    """``"...," Dalby coach Ann Ross said.``: a role noun in the source the tagger took for a verb.

    The clause is a short run of names and nouns, one of them tagged a verb,
    ending with a cue verb: the name after that role noun is the source,
    whatever the parse made of it.
    """
    words = [t for t in clause if not t.is_space and not t.is_punct]
    if not 3 <= len(words) <= 7 or (clause[-1] is not words[-1] and clause[-1].text != "."):
        return None  # the clause ends with the cue
    cue, phrase = words[-1], words[:-1]
    if not is_cue_word(cue) or phrase[-1].pos_ != "PROPN":
        return None
    if any(t.is_punct for t in clause if phrase[0].i < t.i < cue.i):
        return None  # "Ann Ross, visiting Dalby, said": an aside, not a name run
    roles = [t for t in phrase if t.pos_ == "VERB"]
    if not roles or not all(t.pos_ in {"PROPN", "NOUN", "ADJ", "DET", "VERB"} for t in phrase):
        return None
    if roles[-1].tag_ not in {"VB", "VBP", "VBZ"} or roles[-1] is phrase[0]:
        return None  # a role noun read as a present-tense verb, after the name or body it heads
    return Attribution((cue.i, cue.i + 1), (roles[-1].i + 1, phrase[-1].i + 1), CONFIDENCE_CUE)


#: A dash that signs a quotation with the speaker's name after it: an em dash,
#: a horizontal bar, an en dash, two hyphens, or a hyphen between spaces.
_SIGNATURE_DASH = re.compile(r"\s*([\u2014\u2015\u2013]|--)\s*|\s+(-)\s+")


def signature_after(
    doc: Doc, starts: list[int], quotation: Quotation, end: int, text: str
) -> Attribution | None:
    """A dash and a name signing the quotation (``"..." ― Sonya Herridge``, ``"..." -- Ann Lee, mayor``).

    A dash with no name after it ends the quotation's paragraph with a cue and
    no source, so that the quotation is not taken for the previous quote's
    continuation.
    """
    match = _SIGNATURE_DASH.match(text, quotation.end, end)
    if match is None:
        return None
    group = 1 if match.group(1) else 2
    dash_start, dash_end = match.span(group)
    dash_tokens = [  # the dash may share a token with the closing mark: "”―"
        t
        for t in tokens_between(doc, starts, dash_start - 1, dash_end)
        if t.idx + len(t) > dash_start
    ]
    if not dash_tokens:
        return None
    names = [t for t in tokens_between(doc, starts, match.end(), end) if not t.is_space]
    run = []
    for token in names:
        if token.pos_ != "PROPN":
            break
        run.append(token)
    cue = (dash_tokens[0].i, dash_tokens[-1].i + 1)
    if not run:
        if names and names[0].text not in (",", ";", "."):
            return None  # the dash goes on with a sentence: "..." - and then it rained
        return Attribution(cue, None, CONFIDENCE_CUE_NO_SOURCE)
    return Attribution(cue, (run[0].i, run[-1].i + 1), CONFIDENCE_CUE)
