"""Filters: cues that attribute nothing, whatever their frame.

Not attributions: negated speech (``did not say``, ``nobody commented``; a
negated belief or wish still states a stance, ``doesn't think that ...``),
withheld speech (``declined to say``, :func:`quoteattr.cues.is_withheld`),
hypotheticals (``if he says ...``), a cue word that is markup
(``<tweet pic=...>``), the writer's ``you`` (``Do you support X?``), the
reason for anonymity (``spoke on condition of anonymity to discuss X``), a
sourceless hedge (``reportedly discussed X``), a speech act named without
its content (``issued a statement``) and a passive with no agent, whose
subject is what was spoken of (``the girl, identified only as Mira``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quoteattr.cues import (
    CueClass,
    cue_lexicon,
)
from quoteattr.reported.candidates import HYPOTHETICAL_MARKS

MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing", "noone"})
#: Cue classes whose negation still attributes a stance (``doesn't think that ...``).
_NEGATABLE_CLASSES = frozenset({"cognition", "intention"})


def holds_negated_stance(token: Token, cue_class: CueClass) -> bool:
    """Whether a negated cue of ``cue_class`` still attributes a stance (``doesn't think X``).

    Only an active belief or wish negated by ``not`` counts: ``nobody thinks``
    and ``no one wants`` have no source, ``is not expected to`` names none, and
    ``did not want to be named`` asks for anonymity.
    """
    return cue_class.name in _NEGATABLE_CLASSES and not any(
        c.dep_ == "auxpass"
        # "did not want to be named": a wish about being named, not a stance
        or (c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children))
        or c.dep_ in {"nsubj", "nsubjpass"}
        and (
            c.lower_ in _NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)
        )
        for c in token.children
    )


def is_agentless_passive(token: Token) -> bool:
    """Whether a cue is a passive participle with no ``by`` agent, so names no source.

    ``range in age from 19 to 64 and were identified as two brothers``, ``a
    girl, identified only as Mira``, ``temperatures expected to continue``,
    ``appeared in court, charged with murder``: a passive coordinated with an
    active verb would borrow that verb's subject, a participle on a noun would
    take the noun as its subject and one set off after a clause that clause's
    subject, but each is what the report is about, not who made it. (A passive with its own
    subject already has no source, :mod:`quoteattr.sources`.)
    """
    if token.tag_ != "VBN" or any(c.dep_ in {"agent", "dobj", "nsubj"} for c in token.children):
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return token.dep_ == "conj"
    if token.dep_ == "advcl" and not any(c.dep_ in {"aux", "mark"} for c in token.children):
        # "appeared in court yesterday, charged with murder": a participle set off by a
        # comma, whose subject is the main clause's
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        return before is not None and before.text == "," and before.i > token.sent.start
    # a participle on a noun is a passive unless it takes a preposition of its own: then it
    # is mostly a past tense the tagger misread ("the candidate boasted of his deals")
    return token.dep_ == "acl" and not any(
        c.dep_ == "aux" or (c.dep_ == "prep" and c.lower_ != "as") for c in token.children
    )


def is_anonymity_purpose(token: Token) -> bool:
    """Whether a cue gives the reason for anonymity: ``spoke on condition of anonymity to discuss``.

    What a source asked anonymity to discuss is a topic, not a content (but
    ``anonymity to speak freely about X`` is read, as PolNeAR marks it).
    """
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].lower_ == "to"
        and doc[token.i - 2].lower_ in {"anonymity", "anonymously"}
    )


def is_hedged(token: Token) -> bool:
    """Whether a cue carries a sourceless hedge (``reportedly discussed``): hearsay, not a report."""
    return any(c.dep_ == "advmod" and c.lower_ in cue_lexicon()["hedges"] for c in token.children)


def is_negated(token: Token) -> bool:
    """Whether a cue is negated: ``did not say``, ``never said``, ``nobody commented``."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            child.lower_ in _NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in child.children)
        ):
            return True
    return False


def is_hypothetical(token: Token) -> bool:
    """Whether the cue sits in a conditional clause (``if he says ...``)."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in node.children
        ):
            return True
        if node.dep_ in {"ccomp", "ROOT"}:
            break
    return False


def is_reader_address(token: Token) -> bool:
    """Whether a cue's subject is the writer's ``you`` with no modal: ``Do you support X?``.

    Outside quotation marks, a second-person subject addresses the reader or
    stands for anyone (``you know``, ``when you say``); it names no source.
    With a modal the writer imagines a view (``you would want X``), which
    PolNeAR does attribute.
    """
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "you" for c in token.children
    ) and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children)


def is_speech_act(doc: Doc, parts: tuple[tuple[int, int], ...], min_words: int) -> bool:
    """Whether a content without quotation marks is too short to be what was said.

    ``issued a statement``, ``asked a question``, ``said little``: a cue
    class with ``min_words`` reads such an object as the act, not its content.
    """
    tokens = [t for start, end in parts for t in doc[start:end]]
    if any(t.is_quote for t in tokens):
        return False
    return sum(1 for t in tokens if not (t.is_punct or t.is_space)) < min_words


def is_markup(token: Token) -> bool:
    """Whether a cue word is a markup tag or attribute name (``<tweet pic="" ...>``), not a verb."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before.endswith("<") or before == "</" or after.startswith("=") or after == "-"
