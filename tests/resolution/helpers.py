"""Resolution cases as whole rows: each source mention, its canonical name and its kind."""

from __future__ import annotations

from spacy.language import Language

from quoteattr.resolution import resolve_sources
from quoteattr.results import Quote, QuoteType, Source, SourceKind, TextSpan

Row = tuple[str, str | None, SourceKind]


def mention_at(text: str, mention: str) -> TextSpan:
    """The span of ``mention`` in ``text``; ``"he#2"`` is the second ``he`` (whole words)."""
    word, _, nth = mention.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.index(word, start + 1)
        while (start > 0 and text[start - 1].isalnum()) or (
            start + len(word) < len(text) and text[start + len(word)].isalnum()
        ):
            start = text.index(word, start + 1)
    return TextSpan.from_offsets(text, start, start + len(word))


def quotes_for(text: str, mentions: list[str]) -> list[Quote]:
    """One indirect quote per mention, its content the rest of the mention's line."""
    quotes = []
    for mention in mentions:
        span = mention_at(text, mention)
        end = text.find("\n", span.end)
        end = len(text) if end == -1 else end
        content = TextSpan.from_offsets(text, span.end, max(end, span.end + 1))
        quotes.append(
            Quote(type=QuoteType.INDIRECT, content=[content], cue=None, source=Source(mention=span))
        )
    return quotes


def resolved_rows(nlp: Language, text: str, mentions: list[str]) -> list[Row]:
    """One indirect quote per mention (:func:`quotes_for`), resolved."""
    return [
        (q.source.mention.text, q.source.name, q.source.kind)
        for q in resolve_sources(nlp(text), quotes_for(text, mentions))
        if q.source is not None
    ]
