"""Results to and from JSON.

Two shapes:

- the full results (:func:`to_dict` / :func:`from_dict`), lossless, through a
  private cattrs converter;
- the evaluation record of ``shared/eval/FORMAT.md`` (:func:`to_format_record`),
  flat offsets used by the gold data and the scorer.
"""

from __future__ import annotations

from typing import Any

import cattrs

from quoteattr.results import Quote

#: Private converter: never register hooks on cattrs' global one.
converter = cattrs.Converter()


def to_dict(quote: Quote) -> dict[str, Any]:
    """A Quote as plain JSON-ready data (lossless)."""
    data: dict[str, Any] = converter.unstructure(quote)
    return data


def from_dict(data: dict[str, Any]) -> Quote:
    """The Quote that :func:`to_dict` made."""
    return converter.structure(data, Quote)


def to_format_record(quote: Quote) -> dict[str, Any]:
    """A Quote as a quote record of FORMAT.md (the evaluation interface)."""
    record: dict[str, Any] = {
        "type": quote.type.value,
        "content": [quote.start, quote.end],
    }
    if len(quote.content) > 1:
        record["content_parts"] = [[s.start, s.end] for s in quote.content]
    record["cue"] = [quote.cue.start, quote.cue.end] if quote.cue else None
    source = quote.source
    record["speaker"] = [source.mention.start, source.mention.end] if source else None
    record["speaker_name"] = source.name if source else None
    record["confidence"] = round(quote.confidence, 4)
    return record
