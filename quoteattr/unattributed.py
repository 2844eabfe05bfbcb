"""Every quotation on request: the quotations not read as attributed speech.

Some users want every quotation in a text, speech or not (titles, scare
quotes, dialogue lines without a cue), as CoreNLP's quote annotator gives
them. :func:`find_unattributed_quotations` returns each quotation that no
attribution covers as a direct quote with no cue, no source and a low
confidence; ``extract(text, quotations="all")`` adds them to the quotes.
"""

from __future__ import annotations

from quoteattr.quotemarks import Quotation
from quoteattr.results import Quote, QuoteType, TextSpan

#: The values of the ``quotations`` option: attributed quotes only (the default), or every quotation too.
QUOTATION_CHOICES = ("attributed", "all")

#: Confidence of a quotation that is not read as attributed speech.
CONFIDENCE_UNATTRIBUTED = 0.2


def find_unattributed_quotations(
    text: str, quotations: list[Quotation], quotes: list[Quote]
) -> list[Quote]:
    """The quotations that no quote's content overlaps, as sourceless direct quotes.

    Args:
        text: The Doc's text.
        quotations: Every quotation of ``text`` (see ``find_quotations``).
        quotes: The attributed quotes.

    Returns:
        One direct quote per quotation left, its content the quotation with
        its marks, ``cue`` and ``source`` ``None``, confidence
        :data:`CONFIDENCE_UNATTRIBUTED`.
    """
    found = []
    for quotation in quotations:
        if quotation.inner_end <= quotation.inner_start or not text[
            quotation.inner_start : quotation.inner_end
        ].strip():
            continue
        if any(
            part.start < quotation.end and quotation.start < part.end
            for quote in quotes
            for part in quote.content
        ):
            continue
        found.append(
            Quote(
                type=QuoteType.DIRECT,
                content=(TextSpan.from_offsets(text, quotation.start, quotation.end),),
                confidence=CONFIDENCE_UNATTRIBUTED,
            )
        )
    return found
