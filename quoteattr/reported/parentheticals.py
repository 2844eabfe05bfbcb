"""Comma-set cues: a cue set off inside the clause it reports, however the parser hung it.

``These employees, Stumpf explained at the hearing, were well paid`` gives
the sentence on both sides of the aside; ``emails, which she said
represented all her emails`` gives the relative clause the cue interrupts.
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.cues import (
    find_cue_classes,
    is_withheld,
)
from quoteattr.reported.candidates import FINITE_TAGS, WH_TAGS, Candidate, is_addressee, trim
from quoteattr.reported.filters import is_hypothetical, is_negated
from quoteattr.sources import find_source_mention

#: Longest subject of a cue set off by commas inside its content (``, X said,``).
_MAX_PARENTHETICAL_SUBJECT = 6


def read_parenthetical(token: Token) -> Candidate | None:
    """A cue set off by commas inside its content, however the parser hung it.

    ``These employees, Stumpf explained at the hearing, were well paid``,
    ``This kind of comment, the Ledger claimed, breaks its rules``: a subject and a
    clause-taking cue between two commas, with at most adverbials or an
    addressee after the cue, interrupt a sentence whose rest holds a finite
    verb. The content is the sentence on both sides of the aside.
    """
    if (
        token.tag_ not in {"VBD", "VBZ", "VBP"}
        or not any("clause" in c.frames for c, _ in find_cue_classes(token))
        or is_negated(token)
        or is_withheld(token)
        or is_hypothetical(token)
        or any(c.dep_ in {"ccomp", "xcomp", "mark", "nsubjpass", "auxpass"} for c in token.children)
    ):
        return None
    doc = token.doc
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in WH_TAGS or subject.lower_ == "you":
        # ", you know,": a filler, not a report
        return None
    opening = subject.left_edge.i
    if opening - 1 <= token.sent.start or doc[opening - 1].text != ",":
        return None
    if token.i - opening > _MAX_PARENTHETICAL_SUBJECT or any(
        t.pos_ in {"VERB", "AUX"} for t in doc[opening : token.i]
    ):
        return None
    closing = next(
        (t.i for t in doc[token.i + 1 : min(token.i + 9, token.sent.end)] if t.text == ","), None
    )
    if closing is None or any(
        t.pos_ in {"VERB", "AUX"}
        or (t.dep_ == "dobj" and (not is_addressee(t) or t.lower_.endswith(("self", "selves"))))
        for t in doc[token.i + 1 : closing]
    ):
        # "Rubio assumed Trump's style, launching ...": a cue with its own object
        return None
    before = trim(doc, token.sent.start, opening - 1)
    after = trim(doc, closing + 1, token.sent.end)
    if before[1] <= before[0] or after[1] - after[0] < 3:
        return None
    if not (_is_clause(doc[after[0] : after[1]]) or _is_subject_and_verb(doc, before, after)):
        # "Weighing in, Huckabee agreed, praising ...": a participle after the cue
        # is the cue's own adverbial, not an interrupted clause
        return None
    if any(
        t.dep_ in {"nsubj", "nsubjpass"} and find_cue_classes(t.head)
        for t in doc[after[0] : after[1]]
    ):
        # "..., Hart reported, her husband whispered ...": the rest is a report of its own
        return None
    source = find_source_mention(token)
    if source is None:
        return None
    cue = (token.idx, token.idx + len(token))
    classes = [c for c, _ in find_cue_classes(token) if "clause" in c.frames]
    return Candidate((before, after), cue, source, classes[0].confidence, kind=classes[0].kind)


def read_relative_cue(token: Token) -> Candidate | None:
    """A relative clause a cue interrupts: ``emails, which she said represented all her emails``.

    The parser hangs the relative word on the cue and the clause's verb on the
    cue as an ``xcomp``; a finite verb there (``represented``, ``seeks``, ``was
    tilting``), not an infinitive, is what the source said of the antecedent.
    The content runs from the relative word, as PolNeAR marks it.
    """
    if (
        token.dep_ != "relcl"
        or not any("clause" in c.frames for c, _ in find_cue_classes(token))
        or is_negated(token)
        or is_hypothetical(token)
        or any(c.dep_ in {"ccomp", "dobj", "nsubjpass"} and c.i > token.i for c in token.children)
    ):
        return None
    relative = next(
        (c for c in token.lefts if c.tag_ in {"WDT", "WP"} and c.dep_ in {"nsubj", "dobj"}), None
    )
    subject = next((c for c in token.lefts if c.dep_ == "nsubj" and c is not relative), None)
    verb = next((c for c in token.rights if c.dep_ == "xcomp"), None)
    if relative is None or subject is None or verb is None or relative.i > subject.i:
        return None
    if verb.i != token.i + 1 and not any(
        a.dep_ == "aux" and a.lower_ != "to" for a in verb.children
    ):
        return None
    if not (verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in verb.lefts)):
        return None
    source = find_source_mention(token)
    if source is None:
        return None
    part = trim(token.doc, relative.i, verb.right_edge.i + 1)
    classes = [c for c, _ in find_cue_classes(token) if "clause" in c.frames]
    cue = (token.idx, token.idx + len(token))
    return Candidate((part,), cue, source, classes[0].confidence, kind=classes[0].kind)


def _is_clause(span: Span) -> bool:
    """Whether a stretch holds a subject and its finite verb (``the incident is ...``)."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.head.i in range(span.start, span.end)
        and t.head.i > t.i
        and (t.head.head.i == t.head.i or t.head.head.i not in range(span.start, span.end))
        and any(v.tag_ in FINITE_TAGS for v in [t.head, *t.head.children] if v.i > t.i)
        for t in span
    )


def _is_subject_and_verb(doc: Doc, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether a noun phrase before an aside is the subject of a finite verb opening what follows.

    ``These employees, Stumpf explained, were well paid``.
    """
    opening = doc[before[0] : before[1]]
    return (
        doc[after[0]].tag_ in FINITE_TAGS
        and opening[0].pos_ not in {"ADP", "SCONJ", "ADV"}
        and not any(t.pos_ in {"VERB", "AUX"} for t in opening)
        and any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in opening)
    )


def without_clause_before_semicolon(candidate: Candidate, doc: Doc) -> Candidate:
    """Start an interrupted content after a semicolon before its cue.

    ``The van hit the barrier; fuel, officials said, leaked onto the road``:
    a cue set off inside its content reports the clause it interrupts, and a
    semicolon closes the clause before it, whatever the parser hung together.
    """
    parts = candidate.parts
    if len(parts) < 2:
        return candidate
    start, end = parts[0]
    cue_at = candidate.cue[0]
    if not doc[end - 1].idx < cue_at < doc[parts[-1][0]].idx:
        return candidate
    semicolon = next((t.i for t in reversed(doc[start:end]) if t.text == ";"), None)
    if semicolon is None:
        return candidate
    first = trim(doc, semicolon + 1, end)
    if first[1] <= first[0]:
        return candidate
    return attrs.evolve(candidate, parts=(first, *parts[1:]))
