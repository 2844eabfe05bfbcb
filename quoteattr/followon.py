"""Follow-on quotations: a quotation right after a reported clause is a quote of its own.

News often reports a claim and then quotes the speaker in the next sentence
or after a colon::

    Ms Lee said the plan had failed. "It was a disaster from the start."
    Ms Lee said the plan had failed: "It was a disaster from the start."

That is two attributions: an indirect quote (``the plan had failed``) and a
direct quote of the quotation with the same source. After a sentence end the
direct quote has no cue of its own (``cue=None``, the follow-on convention);
after a colon the colon's clause is its cue. Two things are done here, on the
results of the direct and reported-speech stages:

- :func:`split_follow_on` cuts a mixed quote whose tail is such a quotation
  into the reported clause and the direct quote;
- :func:`find_follow_on_quotes` attributes a quotation that no quote covers
  and that follows an indirect or mixed quote in the same paragraph with only
  that quote's own cue and source and a sentence end (or colon) between.
"""

from __future__ import annotations

import re

import attrs

from quoteattr.quotemarks import Quotation
from quoteattr.results import Quote, QuoteType, TextSpan

#: Confidence of a follow-on quote found after an indirect quote (no cue of its own).
CONFIDENCE_FOLLOW_ON = 0.8

#: What may stand between a reported clause and its follow-on quotation: a
#: sentence end or a colon, with closing brackets and spaces, on one line.
_BETWEEN = re.compile(r"[^\S\n]*[,]?[^\S\n]*([.!?\u2026:])[)\]]?[^\S\n]*")


def split_follow_on(text: str, quotations: list[Quotation], reported: list[Quote]) -> list[Quote]:
    """The reported quotes with each mixed quote ending in a follow-on quotation cut in two.

    Args:
        text: The Doc's text.
        quotations: The quotations of ``text`` that may hold speech.
        reported: Quotes of the reported-speech stage.

    Returns:
        The quotes, a split mixed quote replaced by its reported clause
        (indirect, or mixed when it still holds a quoted fragment) and a
        direct quote of the quotation with the same source.
    """
    result: list[Quote] = []
    for quote in reported:
        result.extend(_split(text, quotations, quote) if quote.type is QuoteType.MIXED else [quote])
    return result


def _split(text: str, quotations: list[Quotation], quote: Quote) -> list[Quote]:
    for quotation in quotations:
        if not quote.start < quotation.start < quote.end <= quotation.end:
            continue
        head_end = len(text[quote.start : quotation.start].rstrip()) + quote.start
        mark = text[head_end - 1 : head_end]
        if mark not in ".!?\u2026:" or not _opens_sentence(text, quotation):
            return [quote]
        cut = len(text[quote.start : head_end].rstrip(" .:")) + quote.start
        head = [
            TextSpan.from_offsets(text, part.start, min(part.end, cut))
            for part in quote.content
            if part.start < cut
        ]
        if not head:
            return [quote]
        fragment = any(quote.start <= q.start and q.end <= cut for q in quotations)
        reported = attrs.evolve(
            quote, type=QuoteType.MIXED if fragment else QuoteType.INDIRECT, content=tuple(head)
        )
        direct = attrs.evolve(
            quote,
            type=QuoteType.DIRECT,
            content=(TextSpan.from_offsets(text, quotation.start, quotation.end),),
            cue=quote.cue if mark == ":" else None,
        )
        return [reported, direct]
    return [quote]


def find_follow_on_quotes(
    text: str, quotations: list[Quotation], quotes: list[Quote]
) -> list[Quote]:
    """Direct quotes of the quotations that follow a reported clause and no quote covers.

    Args:
        text: The Doc's text.
        quotations: The quotations of ``text`` that may hold speech.
        quotes: The quotes found so far, in text order.

    Returns:
        The new quotes (``quotes`` are not repeated): the source of the
        reported clause, its cue after a colon, ``None`` after a sentence end.
    """
    found = []
    for quotation in quotations:
        if any(
            part.start < quotation.end and quotation.start < part.end
            for quote in quotes
            for part in quote.content
        ):
            continue
        before = [q for q in quotes if q.end <= quotation.start]
        if not before or not _opens_sentence(text, quotation):
            continue
        previous = max(before, key=lambda q: q.end)
        if previous.type is QuoteType.DIRECT or previous.source is None:
            continue
        between = _without_attribution(text, previous, quotation.start)
        match = _BETWEEN.fullmatch(between)
        if match is None:
            continue
        found.append(
            Quote(
                type=QuoteType.DIRECT,
                content=(TextSpan.from_offsets(text, quotation.start, quotation.end),),
                cue=previous.cue if match.group(1) == ":" else None,
                source=previous.source,
                confidence=min(previous.confidence, CONFIDENCE_FOLLOW_ON),
            )
        )
    return found


def _without_attribution(text: str, quote: Quote, end: int) -> str:
    """The text from the end of ``quote`` to ``end``, its cue and source mention left out.

    ``The plan failed, she said. "It ..."`` leaves ``, .``.
    """
    spans = [s for s in (quote.cue, quote.source.mention if quote.source else None) if s]
    chars = list(text[quote.end : end])
    for span in spans:
        for offset in range(max(span.start, quote.end), min(span.end, end)):
            chars[offset - quote.end] = ""
    return re.sub(r"[^\S\n]+", " ", "".join(chars))


def _opens_sentence(text: str, quotation: Quotation) -> bool:
    """Whether the quoted text reads as a sentence of its own: it starts with a capital."""
    inner = text[quotation.inner_start : quotation.inner_end].lstrip(" .\u2026[")
    words = inner.split()
    return len(words) >= 3 and inner[:1].isupper()
