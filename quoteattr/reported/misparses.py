"""Complements the parser misreads around a cue verb, and where their content lies.

The small model often hangs a reported clause on its cue in a way no frame
reads: the clause's subject as the cue's object (``announced the new bridge
would open``, ``ruled the levy violated the charter``), the cue as a
complement of its own content (``The agency reported in early 2020, 40
stores had closed``), or a passive cue with its source as agent (``was
described by the Post as a "hero"``, ``were reported by state media to have
met``). :mod:`quoteattr.reported.verbs` reads a cue's frames; the repairs
it falls back on are here.
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.cues import find_cue_classes
from quoteattr.reported.candidates import FINITE_TAGS, WH_TAGS, span_of, trim

__all__ = [
    "OBJECT_PRONOUNS",
    "is_fronted_cue",
    "misread_adverbial_subject",
    "misread_noun_clause",
    "misread_subject",
    "passive_with_agent",
]

#: Object pronouns, never the subject of a clause (``told him ...``).
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
#: Dependency labels of a verb heading a clause of its own inside another phrase.
_CLAUSE_DEPS = frozenset({"pcomp", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj"})


def misread_subject(verb: Token, clause: Token) -> list[Token]:
    """The subject of a complement clause that the parser hung on the cue as its object.

    ``announced the new bridge would open``, ``have confirmed an arson inquiry
    is under way``: with no ``that``, the parser may read the clause's subject
    as the cue's object and leave the finite clause without a subject; the
    object starts the content.
    """
    if clause.i < verb.i or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children
    ):
        return []
    finite = clause.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in clause.children
    )
    subject = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and verb.i < c.i < clause.i
            and c.lower_ not in OBJECT_PRONOUNS
            and c.right_edge.i < clause.left_edge.i
        ),
        None,
    )
    return [subject] if finite and subject is not None else []


def misread_adverbial_subject(verb: Token, clause: Token) -> Token | None:
    """The cue's object that is the subject of a finite clause the parser hung on the cue.

    ``ruled the new levy violated the charter``, ``has maintained the review
    is what the panel is doing``: with no ``that``, the parser may read the
    clause's subject as the cue's object and its verb as an adverbial clause or
    a conjunct without a subject, a conjunction or an auxiliary; the object
    right before that verb starts the content.
    """
    if clause.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark", "aux", "auxpass"}
        or (c.dep_ == "advmod" and c.tag_ in WH_TAGS)
        for c in clause.children
        if c.i < clause.i
    ):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and verb.i < c.i
            and c.right_edge.i + 1 == clause.left_edge.i == clause.i
            and c.lower_ not in OBJECT_PRONOUNS
        ),
        None,
    )


def is_fronted_cue(verb: Token) -> bool:
    """Whether a cue opening its sentence was read as a complement of its content's verb.

    ``The agency reported in early 2020, 40 stores had closed``: with a
    comma after the cue's setting, the parser may make the content the main
    clause and hang the cue, with its subject, on it as ``ccomp``.
    """
    head = verb.head
    doc = verb.doc
    after = verb.right_edge.i + 1
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "ccomp"
        and head.pos_ in {"VERB", "AUX"}
        and head.i > after
        and doc[after].text == ","
        # "Those talks are continuing, he said": a sentence closed by its own cue
        and not any(c.kind == "speech" for c, _ in find_cue_classes(head))
        # "Would you say, ..., X": a question, not a report
        and subject is not None
        and subject.i < verb.i
        and not any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "mark"} for c in verb.children)
        # only its subject and setting: no clause of its own ("continued by noting that ...")
        and not any(
            t.is_quote or (t.pos_ in {"VERB", "AUX"} and t.dep_ in _CLAUSE_DEPS)
            for t in verb.subtree
            if t.i != verb.i
        )
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > after for c in head.children)
    )


def passive_with_agent(verb: Token) -> tuple[tuple[int, int], ...]:
    """What a source said of a thing, in the passive with the source as agent.

    ``Lopez has been described by the Daily Post as a "local hero"``, ``The
    plan was called a disaster by the mayor``: the thing with its verb, then
    what was said of it; the agent between them is the source. Only for a
    speech verb with no pair entry of its own (``dismissed ... as``).
    """
    classes = find_cue_classes(verb)
    if any(particle is not None for _, particle in classes) or not any(
        c.kind == "speech" for c, _ in classes
    ):
        # "was dismissed by voters as X": a pair entry reads the predicate alone
        return ()
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    predicate = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in {"oprd", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "as"))
        ),
        None,
    )
    if (
        subject is None
        or agent is None
        or predicate is None
        or not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return ()
    doc = verb.doc
    parts = [trim(doc, subject.left_edge.i, verb.i + 1)] + list(span_of([predicate]))
    parts = sorted(p for p in parts if p[1] > p[0])
    if any(s < agent.right_edge.i + 1 and agent.i < e for s, e in parts):
        return ()
    return tuple(parts)


def misread_noun_clause(verb: Token) -> tuple[Token, Token] | None:
    """The cue's object and the finite verb the parser hung on it as a noun modifier.

    ``researchers report webbed feet evolved 12 times``: with no ``that``, the
    parser may read the clause's subject as the cue's object and its finite
    verb (tagged as a past or present tense, not a participle) as a clause
    modifying that noun; object and verb make the content.
    """
    for obj in verb.rights:
        if obj.dep_ != "dobj" or obj.lower_ in OBJECT_PRONOUNS or obj.pos_ == "PRON":
            continue
        clause = next((c for c in obj.rights if c.dep_ == "acl"), None)
        if (
            clause is not None
            and clause.i == obj.i + 1
            and clause.tag_ in {"VBD", "VBZ", "VBP"}
            and not any(
                c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in clause.lefts
            )
        ):
            return obj, clause
    return None

