"""Phrase and preposition cues: ``according to X``, framing prepositions, a poll opening a sentence.

- ``according to X``: the clause around it (the whole sentence when the
  phrase closes it);
- a framing preposition (the lexicon's ``framing`` entry): a viewpoint
  opening a sentence (``To many, ...``) or a reckoning (``by one
  estimate``);
- a sentence opened by a poll or study (``In the latest poll, ...``).
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.cues import (
    cue_lemma,
    find_cue_classes,
    framing_confidence,
    framing_cues,
    phrase_confidence,
)
from quoteattr.lexicon import active_lexicon
from quoteattr.reported.candidates import Candidate, closes_sentence, interrupted, same_line
from quoteattr.sources import find_according_to_source, noun_phrase

EVIDENCE_IN_CONFIDENCE = 0.6
#: Fewest content tokens of a framing cue (``by all accounts`` before ``who is`` is too few).
MIN_FRAMED_CONTENT = 3
#: Quantifiers standing for people after a viewpoint ``to`` (``To many, ...``).
_VIEWERS = frozenset({"many", "others", "some", "most"})
#: Links from a clause up to the sentence a closing ``according to X`` vouches for.
_VOUCHED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def evidence_nouns() -> frozenset[str]:
    """Nouns of polls and studies (the lexicon's ``evidence_nouns``): ``In the latest poll, ...``."""
    return active_lexicon().words("evidence_nouns")


def read_according_to(token: Token) -> Candidate | None:
    """The clause around ``according to X``; the whole sentence when the phrase closes it."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    source = find_according_to_source(token)
    if source is None:
        return None
    clause = token.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"} and token.i > clause.i:
        # "A rose, but B declined, according to X": the source vouches for both clauses
        clause = clause.head
    if closes_sentence(token):
        clause = _sentence_clause(clause)
    parts = interrupted(clause, token)
    # What follows "according to X" without a verb is an afterthought, not the claim.
    parts = tuple(
        (start, end)
        for start, end in parts
        if start < token.i or any(t.pos_ in {"VERB", "AUX"} for t in token.doc[start:end])
    )
    if not parts:
        return None
    parts = _with_subject_taken_for_apposition(token, clause, parts)
    to = token.nbor()
    cue = (token.idx, to.idx + len(to))
    kind = active_lexicon().kind("phrases")
    return Candidate(parts, cue, source, phrase_confidence(), kind=kind)


def _with_subject_taken_for_apposition(
    according: Token, clause: Token, parts: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """Give back the subject the parser hung on the source as an apposition.

    ``According to curator Amy Lane, the bronze bell came from the tower``: the
    clause after the comma has no subject, because the parser read ``the
    bronze bell`` as an apposition to the source; the content starts after the
    comma.
    """
    doc = according.doc
    if clause.i < according.i or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children
    ):
        return parts
    pobj = next((c for c in according.nbor().children if c.dep_ == "pobj"), None)
    if pobj is None:
        return parts
    apposed = [c for c in pobj.rights if c.dep_ == "appos"]
    if not apposed or doc[apposed[0].left_edge.i - 1].text != ",":
        return parts
    start = apposed[0].left_edge.i
    later = [p for p in parts if p[0] > start]
    if not later or max(c.right_edge.i for c in apposed) >= later[0][0]:
        return parts
    return ((start, later[0][1]), *later[1:])


def _sentence_clause(clause: Token) -> Token:
    """The clause a sentence-closing ``according to X`` vouches for: the whole sentence.

    ``More than 6 in 10 voters said that Wall Street hurts the economy,
    according to exit polling``: the parser hangs the phrase on the last
    clause, but the source vouches for the sentence, report and all.
    """
    while (
        clause.dep_ in _VOUCHED_DEPS
        and clause.head.i != clause.i
        and same_line(clause, clause.head)
    ):
        clause = clause.head
    return clause


def read_evidence_in(token: Token) -> Candidate | None:
    """A sentence opened by a poll or study: ``In the latest poll, Ms Clinton leads by five``."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    if (
        token.i != token.sent.start
        or token.right_edge.i + 1 >= len(token.doc)
        or token.right_edge.nbor().text != ","
    ):
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    clause = token.head
    if pobj is None or cue_lemma(pobj) not in evidence_nouns() or find_cue_classes(clause):
        return None
    parts = interrupted(clause, token)
    if not parts:
        return None
    return Candidate(
        parts,
        (token.idx, token.idx + len(token)),
        noun_phrase(pobj),
        EVIDENCE_IN_CONFIDENCE,
        kind="evidence",
    )


def read_framing(token: Token) -> Candidate | None:
    """A clause credited to a viewpoint or a reckoning by a preposition (cues.json ``framing``).

    - ``To many, Okafor is a hero``, ``But to others, she's ...``: a
      sentence opened by ``to`` and a person, a group or a pronoun, then a
      comma; the rest of the sentence is the content.
    - ``..., by one estimate``, ``By some measures, X has a case``, ``who, by
      popular reckoning, have ...``: ``by`` and a noun of reckoning; the
      clause around it is the content.
    """
    viewpoint, reckoning, nouns = framing_cues()
    if token.dep_ != "prep" or token.lower_ not in viewpoint | reckoning:
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if token.lower_ in viewpoint:
        if not _opens_sentence(token) or not _is_viewer(pobj):
            return None
        after = token.right_edge.i + 1
        if after >= len(token.doc) or token.doc[after].text != ",":
            return None
        if token.head.pos_ not in {"VERB", "AUX"}:
            return None
        parts = tuple(p for p in interrupted(token.head, token) if p[0] > token.i)
    else:
        if cue_lemma(pobj) not in nouns:
            return None
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ not in {"VERB", "AUX"}:
            return None
        parts = interrupted(clause, token)
    if sum(end - start for start, end in parts) < MIN_FRAMED_CONTENT:
        return None
    cue = (token.idx, token.idx + len(token))
    kind = active_lexicon().kind("framing")
    return Candidate(parts, cue, noun_phrase(pobj), framing_confidence(), kind=kind)


def _opens_sentence(token: Token) -> bool:
    """Whether ``token`` starts its sentence, after a conjunction at most (``But to ...``)."""
    start = token.sent.start
    return token.i == start or (token.i == start + 1 and token.doc[start].dep_ == "cc")


#: Pronouns that stand for a thing, never for whose view a sentence gives.
_NOT_VIEWERS = frozenset({"this", "that", "these", "those", "it", "which", "what"})


def _is_viewer(token: Token) -> bool:
    """Whether a noun names whose view a sentence gives: a person, a group, a pronoun, ``many``."""
    if token.lower_ in _NOT_VIEWERS:
        # "To this, Mr Hale said ...": a reply to a thing, not a view
        return False
    return (
        token.ent_type_ in {"PERSON", "ORG", "NORP"}
        or token.pos_ == "PRON"
        or token.lower_ in _VIEWERS
    )
