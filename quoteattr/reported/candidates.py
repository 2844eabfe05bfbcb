"""What every reader of reported speech shares: the candidate it returns and token-range helpers.

A reader (see :mod:`quoteattr.reported`) turns a cue token into a
:class:`Candidate`: token ranges of the content over the Doc, the cue's
character offsets, the source mention and a confidence. The helpers here
trim, measure and cut such ranges (``The deal, he said, is dead`` gives the
clause around the interrupting cue).
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.cues import cue_lemma
from quoteattr.doctext import doc_text
from quoteattr.lexicon import active_lexicon

#: Tags of a finite verb or its modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
#: Entity types of a prepositional object that is a time or place, not a topic.
NOT_TOPICS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
#: Entity types of a time.
TIMES = frozenset({"DATE", "TIME"})
#: Leading and trailing tokens never part of a content.
_TRIM_DEPS = frozenset({"cc", "punct"})


@attrs.frozen
class Candidate:
    """A reported quote before its type is known: token ranges over the Doc."""

    parts: tuple[tuple[int, int], ...]  # (start_token, end_token) ranges
    cue: tuple[int, int]  # char offsets
    #: ``None`` only for a question put to its subject by no one named (``was asked why``).
    source: Span | None
    confidence: float
    #: The content is the cue's object noun phrase (``issued a statement``).
    nominal: bool = False
    #: The kind of attribution (:class:`quoteattr.results.QuoteKind`), from the cue's lexicon entry.
    kind: str = "speech"


def same_line(first: Token, second: Token) -> bool:
    """Whether no line break separates two tokens."""
    start, end = sorted((first.idx, second.idx))
    return "\n" not in doc_text(first.doc)[start:end]


def is_addressee(token: Token) -> bool:
    """Whether an object names whom a speaker addresses: a person, a pronoun, an organisation."""
    return (
        token.pos_ in {"PRON", "PROPN"}
        or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or cue_lemma(token) in active_lexicon().words("addressees")
    )


def closes_sentence(according: Token) -> bool:
    """Whether ``, according to X`` ends its sentence (only punctuation after it)."""
    doc = according.doc
    before = doc[according.i - 1] if according.i > 0 else None
    if before is None or before.text != ",":
        return False
    end = max(according.right_edge.i, according.nbor().right_edge.i) + 1
    return all(t.is_punct or t.is_space for t in doc[end : according.sent.end])


def interrupted(head: Token, cue: Token) -> tuple[tuple[int, int], ...]:
    """The clause of ``head`` without the subtree of the interrupting ``cue``."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    cut_start, cut_end = cue.left_edge.i, cue.right_edge.i + 1
    doc = head.doc
    opening = next(
        (c for c in head.lefts if c.i < cut_start and (_is_question_put(c) or _is_setting(c))),
        None,
    )
    if opening is not None:
        # "Asked what he would like ..., Adelson said, ...", "When she got inside the
        # church, she said, ...": the question put to the source, or the scene, opens the
        # sentence; what follows is the content
        start = opening.right_edge.i + 1
    parts = [trim(doc, start, cut_start), trim(doc, cut_end, end)]
    return tuple(p for p in parts if p[1] - p[0] > 0)


def _is_setting(token: Token) -> bool:
    """Whether a clause's adverbial clause opens it, set off by a comma, and sets the scene
    (``As polling day nears, Brisk says, ...``, ``When she finally reached the hall,
    she said, ...``): the content is the clause after it.

    A condition (``If the rule harms farmers, Okafor said, ...``, ``Even
    if ...``) is part of what was said.
    """
    doc = token.doc
    return (
        token.dep_ == "advcl"
        and token.left_edge.i == token.head.left_edge.i
        and token.right_edge.i + 1 < len(doc)
        and doc[token.right_edge.i + 1].text == ","
        and not any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children)
        and not any(c.dep_ == "advmod" and c.lower_ == "even" for c in token.children)
    )


def _is_question_put(token: Token) -> bool:
    """Whether a clause's adverbial is a question put to its subject: ``Asked whether ...,``,
    ``When pressed on ...,``."""
    return (
        token.dep_ == "advcl"
        and cue_lemma(token) in active_lexicon().words("question_put_verbs")
        and token.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in token.children)
    )


def span_of(tokens: list[Token]) -> tuple[tuple[int, int], ...]:
    if not tokens:
        return ()
    doc = tokens[0].doc
    covered = [t.i for token in tokens for t in token.subtree]
    start, end = min(covered), max(covered) + 1
    part = trim(doc, start, end)
    return (part,) if part[1] > part[0] else ()


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].dep_ in _TRIM_DEPS or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].dep_ in _TRIM_DEPS or doc[end - 1].is_space):
        end -= 1
    return (start, end)


def overlaps(parts: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in parts)
