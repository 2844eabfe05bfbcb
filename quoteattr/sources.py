"""Sources: from a cue to the mention of who the content is attributed to."""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def find_source_mention(cue: Token) -> Span | None:
    """The subject noun phrase of a cue verb, or ``None``.

    Args:
        cue: A cue verb.

    Returns:
        The subject's noun phrase without trailing appositives or relative
        clauses, or ``None`` when the verb has no subject.
    """
    verb = cue
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return noun_phrase(child)
    return None


def noun_phrase(head: Token) -> Span:
    """The noun phrase headed by ``head``, without appositives, relative clauses or punctuation after it."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"appos", "relcl", "acl", "punct", "prep", "cc", "conj"}:
            break
        end = child.right_edge.i + 1
    return doc[start:end]
