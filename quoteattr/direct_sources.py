"""The source of a direct quote's cue, and how sure the attribution is.

The cue's subject is found by :func:`quoteattr.sources.find_source_mention`;
when the parser gave the cue none, the source is a name it attached as a
compound (``"...," Conway notes``), the noun phrase right after the cue
(``said Ada Brisk, an economist``), the subject of the verb a participle
cue hangs on (``..., adding, "..."``), or a name between the quotation and
its later cue (``"...," Sen. Durbin (D-Ill.) said``). Also the word-level
helpers the direct stage shares: whether a token is a cue verb, and the
tokens between two offsets.
"""

from __future__ import annotations

import bisect

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.cues import cue_verbs
from quoteattr.lexicon import active_lexicon
from quoteattr.quotemarks import Quotation
from quoteattr.sources import find_source_mention, noun_phrase

#: Confidence of each way of finding the attribution, set near the share of such quotes that
#: match a gold quote on the PolNeAR development file (0.98, 0.92, 0.92, 0.88, 0.85, 0.81); a
#: floating quote is put lower because it has no source.
CONFIDENCE_CUE = 0.95
CONFIDENCE_CUE_NO_SOURCE = 0.85
CONFIDENCE_OTHER_VERB = 0.85
CONFIDENCE_INTRODUCED = 0.85
CONFIDENCE_ARGUMENT = 0.75
CONFIDENCE_FLOATING = 0.5


@attrs.define
class Attribution:
    """Where a quotation's cue and source are (token indices) and how sure that is."""

    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    confidence: float


def source_of(cue: Token) -> tuple[int, int] | None:
    mention = find_source_mention(cue)
    if mention is None:
        # a subject the parser attached as a compound ("Conway notes" read as a noun phrase)
        names = [
            c
            for c in cue.lefts
            if c.dep_ in {"compound", "npadvmod", "dep"} and c.pos_ in {"PROPN", "PRON"}
        ]
        if names:
            mention = noun_phrase(names[-1])
    if mention is None:
        mention = _inverted_subject(cue)
    if mention is None and cue.dep_ in {"advcl", "xcomp", "acl", "pcomp"} and cue.head.i != cue.i:
        mention = find_source_mention(cue.head)  # "..., adding, "..."": who adds is who speaks
    if mention is None and cue.lower_ == "according":
        for child in cue.children:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    mention = noun_phrase(obj)
    if mention is None:
        return None
    return (mention.start, mention.end)


def _name_between(cue: Token, quotation: Quotation) -> tuple[int, int] | None:
    """The noun phrase between a quotation and its later cue (``"...," Sen. Durbin (D-Ill.) said``)."""
    doc = cue.doc
    first = cue.i
    while first > 0 and doc[first - 1].idx >= quotation.end:
        first -= 1
    for token in doc[first : cue.i]:
        if token.pos_ in {"PROPN", "NOUN", "PRON"}:
            end = token.i
            while end < cue.i and (doc[end].pos_ in {"PROPN", "NOUN"} or doc[end].text == "."):
                end += 1
            return (token.i, max(end, token.i + 1))
    return None


def _inverted_subject(cue: Token) -> Span | None:
    """The noun phrase right after a cue with no parsed subject (``said Ada Brisk, an economist``).

    Titles before the name are kept, also a title of a place or body
    (``tweeted Mayor of Dalmere Ada Brisk``).
    """
    doc = cue.doc
    position = cue.i + 1
    while position < len(doc) and doc[position].pos_ == "DET":
        position += 1
    if position >= len(doc):
        return None
    if doc[position].pos_ == "PRON":
        return doc[position : position + 1]
    end = position
    while end < len(doc) and end - position < 8:
        if doc[end].pos_ in {"PROPN", "NOUN", "ADJ"}:
            end += 1  # titles before the name: "regional finance director Tom Okafor"
        elif (
            doc[end].lower_ == "of"
            and end > position
            and end + 1 < len(doc)
            and doc[end + 1].pos_ == "PROPN"
        ):
            end += 1  # a title of a place or body: "Mayor of Dalmere Ada Brisk"
        else:
            break
    while end > position and doc[end - 1].pos_ != "PROPN":
        end -= 1
    if end == position:
        return None
    return doc[cue.i + 1 : end]


def _cue_span(cue: Token) -> tuple[int, int]:
    end = cue.i + 1
    for child in cue.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
        if cue.lower_ == "according" and child.lower_ == "to" and child.i == end:
            end += 1
    return (cue.i, end)


def attribution_for(
    cue: Token, *, confidence: float, quotation: Quotation | None = None
) -> Attribution:
    source = source_of(cue)
    if source is not None and quotation is not None:
        start, end = cue.doc[source[0]].idx, cue.doc[source[1] - 1].idx
        if quotation.start <= end and start < quotation.end:
            # the parser took a noun inside the quotation for the subject: another one outside?
            source = None
            for child in cue.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and not (
                    quotation.start <= child.idx < quotation.end
                ):
                    mention = noun_phrase(child)
                    source = (mention.start, mention.end)
    if source is None and quotation is not None and quotation.end <= cue.idx:
        source = _name_between(cue, quotation)
        inverted = _inverted_subject(cue) if source is None else None
        if inverted is not None:
            # '"...," tweeted former executive Ken Gude.': the parser took the name for an object
            source = (inverted.start, inverted.end)
    if source is None:
        confidence = min(confidence, CONFIDENCE_CUE_NO_SOURCE)
    return Attribution(_cue_span(cue), source, confidence)


def tokens_between(doc: Doc, starts: list[int], start: int, end: int) -> Span:
    """The tokens that begin in ``[start, end)``."""
    return doc[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def is_cue_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in token.children):
        return False  # a negated cue attributes nothing: "did not reveal his name"
    if lemma == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children)
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    return lemma in cue_verbs() or lemma in active_lexicon().words("direct_verbs")
