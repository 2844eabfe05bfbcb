"""Reading gold and prediction files in the format of ``shared/eval/FORMAT.md``.

A file is JSON Lines, one document per line. Gold documents carry the ``text``,
what the corpus ``annotates`` and optional ``ignore_spans``; prediction
documents need only the ``id`` and their ``quotes`` (``quoteattr``'s own
``--format jsonl`` output has no ``text``): the scorer takes the text and the
annotation scope from the gold document with the same ``id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from quoteattr.errors import Errors, EvaluationDataError

#: The quote types of FORMAT.md.
QUOTE_TYPES = ("direct", "indirect", "mixed")

#: What a corpus annotates when a record does not say.
DEFAULT_ANNOTATES = ("direct", "indirect", "mixed", "cue", "speaker")

Offsets = tuple[int, int]


@attrs.frozen(kw_only=True)
class QuoteRecord:
    """One quote of a gold or prediction file.

    Attributes:
        type: ``direct``, ``indirect`` or ``mixed``.
        content: ``[start, end)`` of the whole content.
        content_parts: The fragments of an interrupted content, in order; a
            single fragment equal to ``content`` when the record has none.
        cue: The cue's offsets, or ``None`` when the quote has no cue (an
            empty span is read as none).
        speaker: The source mention's offsets, or ``None`` when there is none
            (an empty span is read as none).
        speaker_name: The canonical name, or ``None`` (unnamed, group or not
            resolved).
        confidence: The predicted confidence, ``None`` in gold records.
    """

    type: str
    content: Offsets
    content_parts: tuple[Offsets, ...]
    cue: Offsets | None = None
    speaker: Offsets | None = None
    speaker_name: str | None = None
    confidence: float | None = None


@attrs.frozen(kw_only=True)
class Document:
    """One line of a gold or prediction file.

    Attributes:
        id: The document's identifier, shared by its gold and prediction lines.
        text: The text the offsets index; ``""`` for a prediction line without
            text.
        annotates: What the gold covers (quote types, ``cue``, ``speaker``,
            ``speaker_name``).
        quotes: The quotes, in file order.
        ignore_spans: Regions where unmatched predictions are not counted as
            false positives.
    """

    id: str
    text: str = ""
    annotates: frozenset[str] = frozenset(DEFAULT_ANNOTATES)
    quotes: tuple[QuoteRecord, ...] = ()
    ignore_spans: tuple[Offsets, ...] = ()


def from_record(record: Mapping[str, Any] | Document, *, where: str = "record") -> Document:
    """A :class:`Document` from one JSON object of a FORMAT.md file.

    Args:
        record: The decoded JSON object (or a Document, returned as it is).
        where: Names the record in error messages (``gold.jsonl line 3``).

    Returns:
        The document, its offsets checked against its text when it has one.

    Raises:
        EvaluationDataError: A field is missing or malformed, or an offset lies
            outside the text (``E501``).
    """
    if isinstance(record, Document):
        return record
    if not isinstance(record, Mapping) or "id" not in record:
        raise _bad(where, "a JSON object with an 'id'")
    text = record.get("text") or ""
    if not isinstance(text, str):
        raise _bad(where, "'text' as a string")
    limit = len(text) if text else None
    quotes = tuple(
        _quote(raw, limit=limit, where=f"{where} quote {i}")
        for i, raw in enumerate(record.get("quotes") or ())
    )
    annotates = record.get("annotates")
    ignore = tuple(
        _offsets(span, limit=limit, where=f"{where} ignore_spans")
        for span in record.get("ignore_spans") or ()
    )
    return Document(
        id=str(record["id"]),
        text=text,
        annotates=frozenset(DEFAULT_ANNOTATES if annotates is None else annotates),
        quotes=quotes,
        ignore_spans=tuple(span for span in ignore if span is not None),
    )


def read_corpus(path: str | Path) -> list[Document]:
    """Every document of a FORMAT.md JSONL file, in file order.

    Args:
        path: The ``.jsonl`` file.

    Returns:
        One Document per non-blank line.

    Raises:
        EvaluationDataError: A line is not JSON or not a valid record (``E501``).
    """
    path = Path(path)
    documents = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path.name} line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise _bad(where, f"valid JSON ({error.msg})") from error
            documents.append(from_record(record, where=where))
    return documents


def from_records(records: Iterable[Mapping[str, Any] | Document]) -> list[Document]:
    """:func:`from_record` over many records (dicts or Documents)."""
    return [from_record(record, where=f"record {i}") for i, record in enumerate(records)]


def _quote(raw: Any, *, limit: int | None, where: str) -> QuoteRecord:
    if not isinstance(raw, Mapping) or raw.get("type") not in QUOTE_TYPES:
        raise _bad(where, f"a quote object with 'type' one of {list(QUOTE_TYPES)}")
    content = _offsets(raw.get("content"), limit=limit, where=f"{where} content")
    if content is None:
        raise _bad(where, "'content' as [start, end)")
    parts = tuple(
        part
        for part in (
            _offsets(p, limit=limit, where=f"{where} content_parts")
            for p in raw.get("content_parts") or ()
        )
        if part is not None
    )
    confidence = raw.get("confidence")
    name = raw.get("speaker_name")
    return QuoteRecord(
        type=raw["type"],
        content=content,
        content_parts=parts or (content,),
        cue=_non_empty(_offsets(raw.get("cue"), limit=limit, where=f"{where} cue")),
        speaker=_non_empty(_offsets(raw.get("speaker"), limit=limit, where=f"{where} speaker")),
        speaker_name=name if isinstance(name, str) and name.strip() else None,
        confidence=None if confidence is None else float(confidence),
    )


def _non_empty(span: Offsets | None) -> Offsets | None:
    return span if span is not None and span[0] < span[1] else None


def _offsets(value: Any, *, limit: int | None, where: str) -> Offsets | None:
    if value is None:
        return None
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not 0 <= value[0] <= value[1]
        or (limit is not None and value[1] > limit)
    ):
        bound = "" if limit is None else f" with end <= {limit} (the text length)"
        raise _bad(where, f"[start, end) integers, 0 <= start <= end{bound}, got {value!r}")
    return (value[0], value[1])


def _bad(where: str, expected: str) -> EvaluationDataError:
    return EvaluationDataError(Errors.E501.format(where=where, expected=expected))
