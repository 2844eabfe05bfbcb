"""One row per quote: the flat table that Spark, pandas and CSV share.

A row is a plain ``dict`` of JSON-ready values, one per column of
:data:`QUOTE_COLUMNS`, so the same rows become a Spark DataFrame
(:mod:`quoteattr.spark`), a pandas one (:func:`quoteattr.corpus.to_dataframe`)
or a CSV file (``quoteattr --format csv``).

>>> from quoteattr.batch import DocumentResult
>>> from quoteattr.results import Quote, Source, SourceKind, TextSpan
>>> quote = Quote(
...     type="direct",
...     content=[TextSpan(0, 6, '"Yes,"')],
...     cue=TextSpan(11, 15, "said"),
...     source=Source(mention=TextSpan(7, 10, "she"), kind=SourceKind.PERSON),
... )
>>> row = to_rows(DocumentResult(index=0, id="a", quotes=[quote]), "a")[0]
>>> row["doc_id"], row["type"], row["content_text"], row["source_mention"], row["source_kind"]
('a', 'direct', '"Yes,"', 'she', 'person')
"""

from __future__ import annotations

from typing import Any

from quoteattr.batch import DocumentResult
from quoteattr.results import Quote

#: The columns of a quote row with their Spark SQL types. One row per quote;
#: a document that failed gives one row with ``error`` set and every quote
#: column null; a document without quotes gives no row. ``kind`` is the kind
#: of attribution (``Quote.kind``: speech, thought, ...), null when the
#: quote does not say.
QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "string"),
    ("type", "string"),
    ("content_start", "int"),
    ("content_end", "int"),
    ("content_text", "string"),
    ("content_parts", "array<array<int>>"),
    ("cue_start", "int"),
    ("cue_end", "int"),
    ("cue_text", "string"),
    ("source_start", "int"),
    ("source_end", "int"),
    ("source_mention", "string"),
    ("source_name", "string"),
    ("source_kind", "string"),
    ("confidence", "double"),
    ("error", "string"),
    ("kind", "string"),
)

#: The column names alone, in order.
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in QUOTE_COLUMNS)


def attribution_kind(quote: Quote) -> str:
    """The kind of attribution of a quote, from its cue (``Quote.kind``): ``speech``, ``thought``, ..."""
    return quote.kind.value


def to_rows(result: DocumentResult, doc_id: str | None) -> list[dict[str, Any]]:
    """The quote rows of one document's result (see :data:`QUOTE_COLUMNS`).

    Args:
        result: One result of :func:`quoteattr.extract_many`.
        doc_id: The document id, as a string.

    Returns:
        One row per quote; a single error row when ``result.error`` is set.
    """
    if result.error is not None:
        row: dict[str, Any] = dict.fromkeys(COLUMN_NAMES)
        row.update(doc_id=doc_id, error=result.error)
        return [row]
    rows = []
    for quote in result.quotes:
        source = quote.source
        rows.append(
            {
                "doc_id": doc_id,
                "type": quote.type.value,
                "content_start": quote.start,
                "content_end": quote.end,
                "content_text": quote.text,
                "content_parts": [[part.start, part.end] for part in quote.content],
                "cue_start": quote.cue.start if quote.cue else None,
                "cue_end": quote.cue.end if quote.cue else None,
                "cue_text": quote.cue.text if quote.cue else None,
                "source_start": source.mention.start if source else None,
                "source_end": source.mention.end if source else None,
                "source_mention": source.mention.text if source else None,
                "source_name": source.name if source else None,
                "source_kind": source.kind.value if source else None,
                "confidence": quote.confidence,
                "error": None,
                "kind": attribution_kind(quote),
            }
        )
    return rows
