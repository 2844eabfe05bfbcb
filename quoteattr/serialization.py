"""Results to and from JSON.

Two shapes:

- the full results, lossless, through a private cattrs converter:
  :func:`to_dict` / :func:`from_dict` for a :class:`~quoteattr.results.Quote`,
  :func:`entity_to_dict` / :func:`entity_from_dict` for an
  :class:`~quoteattr.results.Entity`, and :func:`to_document` /
  :func:`from_document` for a document's quotes and sources together (the
  ``--format json`` output of the command line);
- the evaluation record of ``shared/eval/FORMAT.md`` (:func:`to_format_record`,
  :func:`to_format_document`), flat offsets used by the gold data and the
  scorer (the ``--format jsonl`` output).

Both are described by a JSON Schema shipped with the package
(:func:`load_schema`, ``quoteattr/data/output.schema.json``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import cattrs

from quoteattr.results import Entity, Quote, QuoteKind, QuoteType, SourceKind, TextSpan

#: Private converter: never register hooks on cattrs' global one.
converter = cattrs.Converter()
for _enum in (QuoteType, SourceKind, QuoteKind):
    # Plain ``str`` values, not enum members, so msgpack and json see plain data.
    converter.register_unstructure_hook(_enum, lambda member: member.value)


#: The JSON Schema file of the output, inside the package.
SCHEMA_RESOURCE = "data/output.schema.json"


def to_dict(quote: Quote) -> dict[str, Any]:
    """A Quote as plain JSON-ready data (lossless)."""
    data: dict[str, Any] = converter.unstructure(quote)
    return data


def from_dict(data: Mapping[str, Any]) -> Quote:
    """The Quote that :func:`to_dict` made."""
    return converter.structure(data, Quote)


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """An Entity as plain JSON-ready data (lossless)."""
    data: dict[str, Any] = converter.unstructure(entity)
    return data


def entity_from_dict(data: Mapping[str, Any]) -> Entity:
    """The Entity that :func:`entity_to_dict` made."""
    return converter.structure(data, Entity)


def to_entities(quotes: Iterable[Quote]) -> list[Entity]:
    """The sources of a document's quotes, one Entity per source, in order of first mention.

    Sources with the same ``entity_id`` are one entity; sources without one are
    grouped by canonical name (else the mention as written) and kind, and get
    ids after the largest ``entity_id``. This needs no Doc: when the Doc is at
    hand, :func:`quoteattr.find_sources` also finds the mentions outside the
    quotes' sources.

    Args:
        quotes: The quotes of one document.

    Returns:
        The entities; each holds the distinct mentions of its quotes' sources
        and, in ``quotes``, the indices of its quotes in ``quotes``.
    """
    return _group_sources(list(quotes))[0]


def to_entity_ids(quotes: Iterable[Quote]) -> list[int | None]:
    """For each quote, the id of its source's Entity in :func:`to_entities`; ``None`` if no source."""
    return _group_sources(list(quotes))[1]


def _group_sources(quotes: list[Quote]) -> tuple[list[Entity], list[int | None]]:
    sources = [q.source for q in quotes if q.source is not None]
    next_id = max((s.entity_id for s in sources if s.entity_id is not None), default=-1) + 1
    ids: dict[object, int] = {}
    found: dict[int, tuple[str | None, SourceKind, list[TextSpan], list[int]]] = {}
    index: list[int | None] = []
    for position, quote in enumerate(quotes):
        source = quote.source
        if source is None:
            index.append(None)
            continue
        key: object = source.entity_id
        if key is None:
            key = (source.name or source.mention.text, source.kind)
        if key not in ids:
            if source.entity_id is not None:
                ids[key] = source.entity_id
            else:
                ids[key], next_id = next_id, next_id + 1
            found[ids[key]] = (source.name, source.kind, [], [])
        index.append(ids[key])
        _, _, mentions, positions = found[ids[key]]
        positions.append(position)
        if source.mention not in mentions:
            mentions.append(source.mention)
    entities = []
    for id_, (name, kind, mentions, positions) in found.items():
        ordered: tuple[TextSpan, ...] = tuple(sorted(mentions, key=_start))
        entity = Entity(id=id_, name=name, kind=kind, mentions=ordered, quotes=positions)
        entities.append(entity)
    return entities, index


def _start(span: TextSpan) -> int:
    return span.start


def to_document(
    quotes: Iterable[Quote],
    *,
    id: Any = None,
    extra: Mapping[str, Any] | None = None,
    entities: Iterable[Entity] | None = None,
) -> dict[str, Any]:
    """A document's full results: ``{"id", ...extra, "quotes", "entities"}``.

    Args:
        quotes: The document's quotes.
        id: The document id.
        extra: Other keys of the input record, passed through.
        entities: The document's sources, e.g. from
            :func:`quoteattr.find_sources` when the Doc is at hand; by default
            :func:`to_entities` of ``quotes``.

    Returns:
        JSON-ready data, valid against the ``Document`` definition of the schema.
    """
    quotes = list(quotes)
    sources = to_entities(quotes) if entities is None else list(entities)
    return {
        "id": id,
        **(extra or {}),
        "quotes": [to_dict(q) for q in quotes],
        "entities": [entity_to_dict(e) for e in sources],
    }


def from_document(data: Mapping[str, Any]) -> tuple[list[Quote], list[Entity]]:
    """The quotes and entities that :func:`to_document` wrote."""
    quotes = [from_dict(q) for q in data["quotes"]]
    entities = [entity_from_dict(e) for e in data.get("entities", ())]
    return quotes, entities


def to_json(quotes: Iterable[Quote]) -> str:
    """Quotes as a JSON array (full form, non-ASCII kept as is)."""
    return json.dumps([to_dict(q) for q in quotes], ensure_ascii=False)


def from_json(text: str) -> list[Quote]:
    """The quotes that :func:`to_json` wrote."""
    return [from_dict(q) for q in json.loads(text)]


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
    record["kind"] = quote.kind.value
    return record


def to_format_document(
    quotes: Iterable[Quote], *, id: Any = None, extra: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A prediction line of FORMAT.md: ``{"id", ...extra, "quotes": [records]}``."""
    return {"id": id, **(extra or {}), "quotes": [to_format_record(q) for q in quotes]}


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of quoteattr's JSON output.

    Its ``$defs`` name each shape: ``FormatDocument`` (a ``--format jsonl``
    line), ``Document`` (a ``--format json`` item), ``ErrorRecord`` (a
    document that failed), ``Quote``, ``Entity``, ``FormatQuote``.
    """
    text = resources.files("quoteattr").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
