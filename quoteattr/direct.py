"""Direct quotes: quotations in quotation marks with a cue and a source."""

from __future__ import annotations

from spacy.tokens import Doc

from quoteattr.cues import is_cue_verb
from quoteattr.quotemarks import Quotation
from quoteattr.results import Quote, QuoteType, Source, TextSpan
from quoteattr.sources import find_source_mention


def find_direct_quotes(doc: Doc, quotations: list[Quotation]) -> list[Quote]:
    """Quotations that a cue in the same sentence attributes to a source.

    Args:
        doc: A parsed Doc.
        quotations: The quotations of ``doc.text`` (see ``find_quotations``).

    Returns:
        One direct quote per attributed quotation, in text order.
    """
    text = doc.text
    quotes = []
    for quotation in quotations:
        span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span.sent:
            if quotation.start <= token.idx < quotation.end or not is_cue_verb(token):
                continue
            mention = find_source_mention(token)
            if mention is None:
                continue
            quotes.append(
                Quote(
                    type=QuoteType.DIRECT,
                    content=(TextSpan.from_offsets(text, quotation.start, quotation.end),),
                    cue=TextSpan.from_offsets(text, token.idx, token.idx + len(token)),
                    source=Source(mention=TextSpan.from_offsets(text, mention.start_char, mention.end_char)),
                    confidence=0.9,
                )
            )
            break
    return quotes
