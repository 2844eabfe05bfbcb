"""Source resolution: each quote's source as a canonical name and entity."""

from __future__ import annotations

import attrs
from spacy.tokens import Doc

from quoteattr.results import Quote, SourceKind


def resolve_sources(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Give each quote's source a name and kind (first cut: the mention as written)."""
    resolved = []
    for quote in quotes:
        if quote.source is not None and quote.source.name is None:
            source = attrs.evolve(quote.source, name=quote.source.mention.text, kind=SourceKind.UNKNOWN)
            quote = attrs.evolve(quote, source=source)
        resolved.append(quote)
    return resolved
