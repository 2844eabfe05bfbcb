"""Sourceless hedges: claims the text makes with a hedge and no source, asked for by kind.

``The company is reportedly planning to cut jobs``, ``The minister is said to
be furious``, ``It is understood that the talks have stalled``, ``She is
widely seen as the favourite``: hearsay the writer passes on without saying
whose it is. They are no attribution (the readers of
:mod:`quoteattr.reported` never read them, and :func:`~quoteattr.reported.filters.is_hedged`
stops a hedged cue), so the pipeline looks for them only when a caller asks
for the ``hedge`` kind (:func:`quoteattr.extract` with ``kinds={"hedge", ...}``).

The hedge words are the lexicon's ``hedges`` entry: ``lemmas`` are adverbs
on the clause's verb; ``passives`` are verbs whose passive without a ``by``
agent hedges an infinitive (``is said to``), a ``that`` clause after an
expletive ``it`` (``It is believed that``) or, as ``verb as`` pairs, a
description (``is seen as``). Each hedged clause is one quote of kind
``hedge``: the hedge words are its cue, the clause without them its
content, ``source=None``, and the entry's (low) confidence. A hedge inside the
content of an attribution found (``The BBC said the firm is reportedly
...``) is the source's and is left out; a hedged clause that holds an
attribution is a hedge all the same (``Smith reportedly said X``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quoteattr.doctext import doc_text, doc_tokens
from quoteattr.lexicon import Lexicon, using_lexicon
from quoteattr.quotemarks import Quotation
from quoteattr.reported.candidates import Candidate, trim
from quoteattr.reported.quotes import quoted_mask, to_quote
from quoteattr.results import Quote, QuoteKind

__all__ = ["find_hedges"]

#: Token ranges: the hedge's cue (one range) and the content's parts.
_Reading = tuple[tuple[int, int], tuple[tuple[int, int], ...]]
#: Relations of a verb whose hedge hedges a whole clause (not a noun's modifier).
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
#: Children of a hedged verb that are not part of its claim: another clause, its conjunction.
_OUTSIDE_CLAIM = frozenset({"advcl", "parataxis", "mark"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def find_hedges(
    doc: Doc, quotations: list[Quotation], quotes: list[Quote], *, lexicon: Lexicon | None = None
) -> list[Quote]:
    """The sourceless hedged claims of a parsed Doc, as quotes of kind ``hedge``.

    Args:
        doc: A parsed Doc.
        quotations: The quotations of ``doc.text`` (a hedge inside one is the
            speaker's, not the writer's, and is left out).
        quotes: The attributions found in ``doc``: a hedged clause that is
            part of one has a source and is left out.
        lexicon: The cue lexicon; default the one in use (:mod:`quoteattr.lexicon`).

    Returns:
        One quote per hedged clause, in text order, with ``source=None``,
        ``kind`` ``hedge`` and the confidence of the lexicon's ``hedges`` entry.
    """
    with using_lexicon(lexicon) as used:
        adverbs = used.entries()["hedges"]
        passives = used.words("hedges", "passives")
        confidence = used.confidence("hedges")
        quoted = quoted_mask(len(doc_text(doc)), quotations)
        found: list[Quote] = []
        heads: set[int] = set()
        for token in doc_tokens(doc):
            if quoted[token.idx]:
                continue
            reading = _adverb_hedge(token, adverbs) or _passive_hedge(token, passives)
            if reading is None:
                continue
            (cue_start, cue_end), parts = reading
            head = token.head.i if token.lower_ in adverbs else token.i
            if head in heads or not parts:
                continue
            cue = (doc[cue_start].idx, doc[cue_end - 1].idx + len(doc[cue_end - 1]))
            candidate = Candidate(parts, cue, None, confidence, kind=QuoteKind.HEDGE.value)
            quote = to_quote(doc, candidate, quotations, quoted)
            if quote is None or _is_attributed(quote, quotes):
                continue
            heads.add(head)
            found.append(quote)
    return sorted(found, key=lambda q: (q.start, q.end))


def _adverb_hedge(token: Token, adverbs: frozenset[str]) -> _Reading | None:
    """``X is reportedly planning Y``: a hedge adverb on a clause's verb, the clause its content."""
    verb = token.head
    if (
        token.lower_ not in adverbs
        or token.dep_ != "advmod"
        or verb.pos_ not in {"VERB", "AUX"}
        or verb.dep_ not in _CLAUSE_DEPS
        or (verb.dep_ != "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children))
    ):
        return None
    left_out = {token.i}
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "conj" and any(g.dep_ in _SUBJECTS for g in c.children)
    ]
    for child in verb.children:
        if child.dep_ in _OUTSIDE_CLAIM or child in clauses or (child.dep_ == "cc" and clauses):
            # "While Smith said X, Jones is reportedly ...", "... and Jones will go": another
            # clause ("allegedly assaulted X and fled" hedges both verbs)
            left_out.update(t.i for t in child.subtree)
    claim = [t.i for t in verb.subtree if t.i not in left_out]
    return (token.i, token.i + 1), _runs(verb.doc, claim)


def _passive_hedge(verb: Token, passives: frozenset[str]) -> _Reading | None:
    """``X is said to be Y``, ``It is understood that Y``, ``X is seen as Y``: an agentless passive."""
    children = list(verb.children)
    auxiliaries = [c for c in children if c.dep_ == "auxpass" and c.i < verb.i]
    if (
        verb.pos_ != "VERB"
        or not auxiliaries
        or verb.dep_ not in _CLAUSE_DEPS
        or any(c.dep_ == "agent" for c in children)
    ):
        return None
    cue_start = auxiliaries[0].i
    subject = next((c for c in children if c.dep_ in {"nsubjpass", "expl"} and c.i < verb.i), None)
    if subject is None:
        return None
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if subject.lower_ == "it":
        # "It is understood that the talks have stalled": the clause is the claim
        clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if lemma not in passives or clause is None:
            return None
        return (cue_start, verb.i + 1), _runs(doc, [t.i for t in clause.subtree])
    subject_part = [t.i for t in subject.subtree]
    if lemma in passives:
        # "The minister is said to be furious": the subject and the infinitive
        infinitive = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
        to = None if infinitive is None else next(
            (a for a in infinitive.children if a.dep_ == "aux" and a.lower_ == "to"), None
        )
        if infinitive is None or to is None:
            return None
        cue_end = to.i + 1 if to.i == verb.i + 1 else verb.i + 1
        rest = [t.i for t in infinitive.subtree if t.i != to.i]
        return (cue_start, cue_end), _runs(doc, subject_part) + _runs(doc, rest)
    for child in children:
        # "She is widely seen as the favourite": the subject and what it is seen as
        if child.dep_ == "prep" and child.i == verb.i + 1 and f"{lemma} {child.lower_}" in passives:
            objects = [t.i for c in child.children if c.dep_ == "pobj" for t in c.subtree]
            if objects:
                return (cue_start, child.i + 1), _runs(doc, subject_part) + _runs(doc, objects)
    return None


def _runs(doc: Doc, indices: list[int]) -> tuple[tuple[int, int], ...]:
    """Token indices as trimmed ranges of consecutive tokens, in order; empty ones dropped."""
    runs: list[tuple[int, int]] = []
    for i in sorted(indices):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    trimmed = (trim(doc, start, end) for start, end in runs)
    return tuple(run for run in trimmed if run[1] > run[0])


def _is_attributed(hedge: Quote, quotes: list[Quote]) -> bool:
    """Whether a hedge is part of what a source said: its cue inside a quote's content.

    ``The BBC said the firm is reportedly ...``, ``..., according to X``: the
    hedge is the source's. A clause that holds an attribution is hedged all
    the same (``Smith reportedly said X``: that Smith said X is hearsay).
    """
    cue = hedge.cue
    return cue is not None and any(
        part.start <= cue.start < part.end for quote in quotes for part in quote.content
    )

