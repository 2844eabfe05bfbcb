"""Adjective cues: a stance adjective's clause or prepositional object.

``X is confident that ...``, ``X seemed critical of ...`` (the ``stance``
entry of the lexicon) and ``X made it clear that ...``; the linking verb's
subject is the source when it may hold a stance (a person, a group, an
organisation; not ``it`` or a place).
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.cues import (
    cue_lemma,
    stance_cues,
)
from quoteattr.lexicon import active_lexicon
from quoteattr.names_data import is_person_noun, lexicon, role_key
from quoteattr.reported.candidates import NOT_TOPICS, Candidate, overlaps, same_line, span_of
from quoteattr.reported.filters import is_hypothetical, is_negated
from quoteattr.sources import find_source_mention

#: Subjects of a stance adjective that are no source (``it is clear that``, ``this is critical to``).
_NOT_STANCE_SOURCES = frozenset({"it", "this", "that", "which", "there", "what"})


def read_stance_adjective(token: Token) -> Candidate | None:
    """A stance adjective after a linking verb: ``X is confident that Y``, ``X seemed critical of Y``.

    The adjective's that-clause or prepositional object is the content, for
    the adjectives and pairs the lexicon's ``stance`` entry lists; the
    linking verb's subject is the source, when it may hold a stance.
    """
    if token.pos_ != "ADJ" and token.tag_ != "VBN":
        return None
    stance = stance_cues()
    predicate = token
    while predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        # "are ambivalent or frustrated with X": the first adjective hangs on the link
        predicate = predicate.head
    link = predicate.head
    if (
        (token.pos_ != "ADJ" and token.tag_ != "VBN")  # "are not convinced that": a participle
        or predicate.dep_ not in {"acomp", "oprd"}
        or cue_lemma(link) not in stance.links
        or is_hypothetical(link)
    ):
        return None
    # a participle's lemma is its verb's: the lexicon lists the word as written
    lemma = cue_lemma(token) if token.pos_ == "ADJ" else token.lower_
    parts: tuple[tuple[int, int], ...] = ()
    cue_end = token
    if lemma in stance.clause:
        # the parser hangs the clause on the adjective or on the linking verb
        clause = next(
            (
                c
                for c in [*token.rights, *link.rights]
                if c.dep_ == "ccomp" and c.i > token.i and same_line(c, token)
            ),
            None,
        )
        parts = span_of([clause]) if clause is not None else ()
    if not parts:
        prep = next(
            (c for c in token.rights if c.dep_ == "prep" and (lemma, c.lower_) in stance.pairs),
            None,
        )
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}] if prep else []
        if prep is not None and objects:
            # "concerned about X and about Y": a repeated preposition continues the content
            more = [
                c
                for c in [*prep.children, *token.rights]
                if c.i > prep.i and c.pos_ == "ADP" and c.lower_ == prep.lower_
            ]
            parts = span_of(objects[:1] + more)
            cue_end = prep
    if not parts:
        return None
    source = find_source_mention(link)
    if (
        source is None
        or not _holds_stance(source.root)
        or overlaps(parts, source.start, source.end)
    ):
        return None
    cue = (token.idx, cue_end.idx + len(cue_end))
    return Candidate(parts, cue, source, stance.confidence, kind=active_lexicon().kind("stance"))


def read_made_clear(token: Token) -> Candidate | None:
    """``X made (it) clear that Y``: what the subject made clear, known or plain is the content.

    The parser hangs the clause on ``make`` or on the adjective (as an
    adverbial clause opened by ``that``); without a clause, an object of
    ``make`` after the adjective is the content (``made clear his aim``).
    """
    if token.lower_ not in stance_cues().made or token.dep_ not in {"ccomp", "oprd", "acomp"}:
        return None
    make = token.head
    if cue_lemma(make) != "make" or is_negated(make) or is_hypothetical(make):
        return None
    after = [c for c in [*token.rights, *make.rights] if c.i > token.i and same_line(c, token)]
    content = next(
        (
            c
            for c in after
            # "made clear he will run": the parser may read the clause as the adjective's subject
            if c.dep_ in {"ccomp", "csubj"}
            or (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            )
        ),
        None,
    ) or next((c for c in after if c.dep_ == "dobj"), None)
    if content is None:
        return None
    parts = span_of([content])
    source = find_source_mention(make)
    if (
        not parts
        or source is None
        or source.root.lower_ in _NOT_STANCE_SOURCES
        or overlaps(parts, source.start, source.end)
    ):
        return None
    cue = (make.idx, token.idx + len(token))
    kind = active_lexicon().kind("stance")
    return Candidate(parts, cue, source, stance_cues().confidence, kind=kind)


def _holds_stance(head: Token) -> bool:
    """Whether a subject may hold a stance: a person, a group or an organisation.

    Not ``it``, ``this`` or a place (``Utah is loyal to Republicans``), nor a
    singular common noun naming no person or organisation (``the science is
    clear that``); plural nouns pass (``his donors``, ``party bosses``).
    """
    if head.lower_ in _NOT_STANCE_SOURCES or head.ent_type_ in NOT_TOPICS:
        return False
    if head.pos_ != "NOUN" or head.tag_ == "NNS":
        return True
    key = role_key(head.lemma_.lower())
    words = lexicon()
    return is_person_noun(key) or key in words["org_heads"] or key in words["any_organisation"]
