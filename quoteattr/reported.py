"""Reported speech and claims: indirect and mixed quotes."""

from __future__ import annotations

from spacy.tokens import Doc

from quoteattr.cues import is_cue_verb
from quoteattr.quotemarks import Quotation
from quoteattr.results import Quote, QuoteType, Source, TextSpan
from quoteattr.sources import find_source_mention


def find_reported_speech(doc: Doc, quotations: list[Quotation]) -> list[Quote]:
    """Clausal complements of cue verbs outside quotations.

    Args:
        doc: A parsed Doc.
        quotations: The quotations of ``doc.text``.

    Returns:
        Indirect quotes, and mixed quotes where the complement holds a
        quotation, in text order.
    """
    text = doc.text
    quotes = []
    for token in doc:
        if not is_cue_verb(token) or _inside(token.idx, quotations):
            continue
        complement = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if complement is None or complement.i < token.i:
            continue
        mention = find_source_mention(token)
        if mention is None:
            continue
        start = complement.left_edge.idx
        last = complement.right_edge
        end = last.idx + len(last)
        quote_type = QuoteType.INDIRECT
        for quotation in quotations:
            if start <= quotation.start < end or quotation.start <= start < quotation.end:
                quote_type = QuoteType.MIXED
                end = max(end, quotation.end)
                start = min(start, quotation.start)
        quotes.append(
            Quote(
                type=quote_type,
                content=(TextSpan.from_offsets(text, start, end),),
                cue=TextSpan.from_offsets(text, token.idx, token.idx + len(token)),
                source=Source(mention=TextSpan.from_offsets(text, mention.start_char, mention.end_char)),
                confidence=0.7,
            )
        )
    return quotes


def _inside(offset: int, quotations: list[Quotation]) -> bool:
    return any(q.start <= offset < q.end for q in quotations)
