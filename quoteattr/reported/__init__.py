"""Reported speech and claims: indirect and mixed quotes.

Every token outside quotation marks is offered to the readers of
:data:`READERS`, in their order; the first that reads a report from it wins.
A reader is a function from a token of a parsed Doc to a
:class:`~quoteattr.reported.candidates.Candidate` (or ``None``), one module
per family of cues (the order of ``docs/cues.md``):

- :mod:`~quoteattr.reported.verbs`: verb cues in the frames of their class;
- :mod:`~quoteattr.reported.parentheticals`: a cue set off by commas inside
  its content, or interrupting a relative clause;
- :mod:`~quoteattr.reported.nominal`: noun cues (``X's claim that ...``,
  ``took issue with X``, ``Trump's criticism of X``);
- :mod:`~quoteattr.reported.stance`: adjective cues (``X is confident that
  ...``, ``X made it clear that ...``);
- :mod:`~quoteattr.reported.phrases`: ``according to X``, framing
  prepositions, a sentence opened by a poll;
- :mod:`~quoteattr.reported.headlines`: a line opened by a label and a
  colon, and headlines.

What no reader may attribute (negated or withheld speech, hypotheticals,
markup) is in :mod:`~quoteattr.reported.filters`; the misparsed complements
a verb cue still reads (``ruled the levy violated the charter``) in
:mod:`~quoteattr.reported.misparses`; where a content starts and
ends, over all candidates of a Doc, in :mod:`~quoteattr.reported.extent`
(:data:`CONTENT_PASSES`, in their order); the quote type from the quotation
marks in :mod:`~quoteattr.reported.quotes`. Adding or switching off a reader
or a pass is one line in these lists.

Sourceless hedges (``X is reportedly planning``, ``is said to``) are no
attribution and no reader's: :mod:`~quoteattr.reported.hedges` finds them,
as quotes of kind ``hedge``, only when a caller asks for that kind.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quoteattr.doctext import doc_text, doc_tokens
from quoteattr.lexicon import Lexicon, using_lexicon
from quoteattr.quotemarks import Quotation
from quoteattr.reported.candidates import Candidate
from quoteattr.reported.extent import (
    drop_nested,
    split_continuations,
    without_according_to,
    without_continuations,
    without_framing_adjunct,
    without_leading_time,
    without_trailing_aside,
)
from quoteattr.reported.headlines import (
    read_colon_label,
    read_headline,
    read_headline_evidence,
)
from quoteattr.reported.nominal import read_light_noun, read_nominal_frame, read_noun_clause
from quoteattr.reported.parentheticals import (
    read_parenthetical,
    read_relative_cue,
    without_clause_before_semicolon,
)
from quoteattr.reported.phrases import read_according_to, read_evidence_in, read_framing
from quoteattr.reported.quotes import quoted_mask, to_quote
from quoteattr.reported.stance import read_made_clear, read_stance_adjective
from quoteattr.reported.verbs import read_verb
from quoteattr.results import Quote

__all__ = ["CONTENT_PASSES", "READERS", "ContentPass", "Reader", "find_reported_speech"]

#: A reader: the report a token cues, or ``None``.
Reader = Callable[[Token], Candidate | None]

#: The readers, in the order they are tried on each token (the first match wins).
READERS: tuple[Reader, ...] = (
    read_according_to,
    read_verb,
    read_parenthetical,
    read_relative_cue,
    read_noun_clause,
    read_light_noun,
    read_nominal_frame,
    read_stance_adjective,
    read_made_clear,
    read_colon_label,
    read_evidence_in,
    read_headline,
    read_framing,
    read_headline_evidence,
)

#: A content pass: the candidates of a Doc with their contents cut, or some dropped.
ContentPass = Callable[[list[Candidate], Doc], list[Candidate]]


def _each(rule: Callable[[Candidate, Doc], Candidate]) -> ContentPass:
    """A content pass applying ``rule`` to each candidate on its own."""
    return lambda candidates, doc: [rule(c, doc) for c in candidates]


#: The content passes run over all candidates of a Doc after the readers, in order.
CONTENT_PASSES: tuple[ContentPass, ...] = (
    split_continuations,
    _each(without_according_to),
    _each(without_continuations),
    drop_nested,
    _each(without_trailing_aside),
    _each(without_framing_adjunct),
    _each(without_leading_time),
    _each(without_clause_before_semicolon),
)


def find_reported_speech(
    doc: Doc, quotations: list[Quotation], *, lexicon: Lexicon | None = None
) -> list[Quote]:
    """Indirect and mixed quotes (and direct ones a cue introduces) in a parsed Doc.

    Args:
        doc: A parsed Doc.
        quotations: The quotations of ``doc.text``.
        lexicon: The cue lexicon; default the one in use (:mod:`quoteattr.lexicon`).

    Returns:
        One quote per reported clause, in text order. A clause holding a
        quotation is a mixed quote; one entirely inside quotation marks is
        direct.
    """
    with using_lexicon(lexicon):
        return _find_reported_speech(doc, quotations)


def _find_reported_speech(doc: Doc, quotations: list[Quotation]) -> list[Quote]:
    quoted = quoted_mask(len(doc_text(doc)), quotations)
    candidates: list[Candidate] = []
    for token in doc_tokens(doc):
        if quoted[token.idx]:
            continue
        found = next((c for read in READERS if (c := read(token)) is not None), None)
        if found is not None:
            candidates.append(found)
    for content_pass in CONTENT_PASSES:
        candidates = content_pass(candidates, doc)
    quotes = [to_quote(doc, c, quotations, quoted) for c in candidates]
    return sorted((q for q in quotes if q is not None), key=lambda q: (q.start, q.end))
