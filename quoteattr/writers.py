"""The command line's output formats: one writer per ``--format``, listed in :data:`WRITERS`.

Each writer takes the records of :mod:`quoteattr.reading` with their outcomes
(quotes or an error message) and sources, one at a time, and writes them as
they come: ``jsonl`` (FORMAT.md records), ``json`` (full results), ``table``
(who said what, grouped by source), ``html`` (:mod:`quoteattr.render`) and
``csv`` (:mod:`quoteattr.tables` rows).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import IO, Any

from quoteattr.batch import DocumentResult
from quoteattr.reading import InputRecord, Outcome, Sources
from quoteattr.render import page_end, page_start, render_article, render_error
from quoteattr.results import Entity, Quote
from quoteattr.serialization import to_document, to_entities, to_entity_ids, to_format_document
from quoteattr.tables import COLUMN_NAMES, to_rows

FORMATS = ("table", "json", "jsonl", "html", "csv")


class Writer:
    """Writes one output record per input record to ``out`` (base: JSON Lines of FORMAT.md)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def start(self) -> None:
        """Write what comes before the first record."""

    def end(self) -> None:
        """Write what comes after the last record."""

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        """Write one record's result (``sources``: its sources with profiles, when found)."""
        self.out.write(json.dumps(self.item(record, outcome), ensure_ascii=False) + "\n")

    def item(self, record: InputRecord, outcome: Outcome) -> dict[str, Any]:
        """The JSON item of one record."""
        if isinstance(outcome, str):
            return error_record(record, outcome)
        return to_format_document(outcome, id=record.id, extra={**record.metadata, **record.extra})


class JsonWriter(Writer):
    """A JSON array of full results (:func:`~quoteattr.serialization.to_document`), one item a line."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.first = True

    def start(self) -> None:
        self.out.write("[")

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        separator = "\n" if self.first else ",\n"
        self.first = False
        self.out.write(
            separator + json.dumps(self.item(record, outcome, sources), ensure_ascii=False)
        )

    def end(self) -> None:
        self.out.write("\n]\n")

    def item(
        self, record: InputRecord, outcome: Outcome, sources: Sources | None = None
    ) -> dict[str, Any]:
        if isinstance(outcome, str):
            return error_record(record, outcome)
        # An export article's JSON carries its body, which the quotes' offsets index.
        body = {"text": record.text} if record.metadata else {}
        return to_document(
            outcome,
            id=record.id,
            extra={**record.metadata, **body, **record.extra},
            entities=sources or None,
        )


class TableWriter(Writer):
    """Who said what, as plain text grouped by source: name, then type, cue and quote."""

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        self.out.write(format_table(record, outcome, sources))


class HtmlWriter(Writer):
    """One HTML page with a section per document (:mod:`quoteattr.render`)."""

    def start(self) -> None:
        self.out.write(page_start("quoteattr"))

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        title = f"line {record.line}" if record.id is None else str(record.id)
        if record.metadata:
            title = f"{title}: {describe_article(record.metadata)}"
        if isinstance(outcome, str):
            self.out.write(render_error(title, outcome))
        else:
            self.out.write(
                render_article(record.text or "", outcome, title=title, entities=sources)
            )

    def end(self) -> None:
        self.out.write(page_end())


class CsvWriter(Writer):
    """One CSV row per quote, the columns of :data:`quoteattr.tables.QUOTE_COLUMNS`.

    A document that failed gives one row with its ``error``; one without
    quotes gives no row. ``content_parts`` is written as JSON.
    """

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.csv = csv.writer(out, lineterminator="\n")

    def start(self) -> None:
        self.csv.writerow(COLUMN_NAMES)

    def write(self, record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> None:
        doc_id = None if record.id is None else str(record.id)
        if isinstance(outcome, str):
            result = DocumentResult(index=0, id=record.id, error=outcome)
        else:
            result = DocumentResult(index=0, id=record.id, quotes=outcome)
        for row in to_rows(result, doc_id):
            row["content_parts"] = None if row["content_parts"] is None else json.dumps(row["content_parts"])
            self.csv.writerow("" if row[name] is None else row[name] for name in COLUMN_NAMES)


WRITERS: dict[str, Callable[[IO[str]], Writer]] = {
    "jsonl": Writer,
    "json": JsonWriter,
    "table": TableWriter,
    "html": HtmlWriter,
    "csv": CsvWriter,
}


def error_record(record: InputRecord, message: str) -> dict[str, Any]:
    """The output record of a document that failed (with an export article's metadata)."""
    return {"id": record.id, "line": record.line, **record.metadata, "error": message}


def describe_article(metadata: dict[str, Any]) -> str:
    """An export article in one line: ``headline (outlet, date)``."""
    where = ", ".join(str(metadata[k]) for k in ("outlet", "date") if metadata.get(k))
    headline = metadata.get("headline") or "(no headline)"
    return f"{headline} ({where})" if where else str(headline)


def format_table(record: InputRecord, outcome: Outcome, sources: Sources | None = None) -> str:
    """One document's block of the table format.

    A heading line with the id, then for each source (in order of first
    mention, quotes without a source last) its name (the mention as written
    when it has none), kind, the pronoun of its gender and its role as the
    text gives them (from ``sources``, when given: ``Ann Cole (person, she,
    Labour MP, 3)``), and quote count, and one line per quote: type, cue
    (``-`` when none) and the quote's text.
    """
    profiles = {e.id: e for e in sources or ()}
    name = "" if record.id is None else str(record.id)
    if record.line is not None:
        name = f"{name} (line {record.line})" if name else f"line {record.line}"
    about = f"  {describe_article(record.metadata)}\n" if record.metadata else ""
    if isinstance(outcome, str):
        return f"== {name}: failed ==\n{about}  {outcome}\n\n"
    count = f"{len(outcome)} quote{'' if len(outcome) == 1 else 's'}"
    lines = [f"== {name}: {count} =="] + ([about.rstrip("\n")] if about else [])
    entities = {e.id: e for e in to_entities(outcome)}
    groups: dict[int | None, list[Quote]] = {}
    for quote, id_ in zip(outcome, to_entity_ids(outcome), strict=True):
        groups.setdefault(id_, []).append(quote)
    if None in groups:
        groups[None] = groups.pop(None)
    cue_width = max((len(q.cue.text) for q in outcome if q.cue), default=1)
    for id_, quotes in groups.items():
        if id_ is None:
            lines.append(f"(no source) ({len(quotes)})")
        else:
            entity = entities[id_]
            name = entity.name or entity.mentions[0].text
            details = [entity.kind.value, *profile_words(profiles.get(id_)), str(len(quotes))]
            lines.append(f"{name} ({', '.join(details)})")
        for quote in quotes:
            cue = quote.cue.text if quote.cue else "-"
            text = " ".join(quote.text.split())
            lines.append(f"  {quote.type.value:<8}  {cue:<{cue_width}}  {text}")
    return "\n".join(lines) + "\n\n"


def profile_words(entity: Entity | None) -> list[str]:
    """A source's gender as a pronoun (``she``; ``she?`` for a name estimate) and its
    role with its affiliation as written (``Labour MP``), those known."""
    if entity is None:
        return []
    found = []
    if entity.gender is not None:
        pronoun = "she" if entity.gender == "female" else "he"
        found.append(pronoun + ("?" if entity.gender_source == "name" else ""))
    if entity.role is not None or entity.affiliation is not None:
        found.append(profile_description(entity))
    return found


def profile_description(entity: Entity) -> str:
    """Role and affiliation in text order as one phrase: ``Labour MP``, ``head of X, Bank of America``."""
    parts = sorted(
        (s for s in (entity.affiliation, entity.role) if s is not None), key=lambda s: s.start
    )
    if len(parts) == 2 and parts[0].end < parts[1].start and parts[1].start - parts[0].end <= 1:
        text = " ".join(" ".join(p.text.split()) for p in parts)
    else:
        text = ", ".join(" ".join(p.text.split()) for p in parts)
    return text

