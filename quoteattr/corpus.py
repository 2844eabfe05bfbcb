"""Who is quoted across a corpus: sources merged across documents, shared quotations.

A stage above the per-document pipeline: it reads the
:class:`~quoteattr.batch.DocumentResult` values of
:func:`quoteattr.extract_many` (any iterable, read once, in a stream) and
never parses anything itself.

- :func:`corpus_sources`: one row per corpus-level source. The same person
  or organisation named differently in different articles (``Sergey
  Lavrov`` / ``Sergei Lavrov``, ``Donald J. Trump`` / ``Donald Trump``,
  ``Ashworth & Lyle`` / ``Ashworth and Lyle``) is one row; two people who
  share a surname (``Ed Miliband`` / ``David Miliband``) never are. Unnamed
  and group sources are counted by kind.
- :func:`corpus_quotations`: direct quotes whose words are the same or nearly
  so (a trimmed or lightly edited copy) across documents, one row each.
- :func:`to_dataframe`: one pandas row per quote (the ``pandas`` extra).

Memory grows with what the tables hold (the distinct names and quotation
texts, and the ids of the documents that carry them), never with the texts
or the quotes themselves. Names are merged, and quotations grouped, once the
stream is read, over the distinct values alone and in an order of their own,
so the tables do not depend on the order of the input (the Spark versions in
:mod:`quoteattr.spark` give the same tables).

Metadata (``outlet``, ``date``, ...) comes with each result: give ``(result,
metadata)`` pairs, e.g. ``zip(extract_many(records), records)``, or results
that carry a ``metadata`` mapping themselves.
"""

from __future__ import annotations

import collections
import heapq
import re
import unicodedata
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs
from nameparser import HumanName
from rapidfuzz import fuzz

from quoteattr.batch import DocumentResult
from quoteattr.errors import Errors, InputTypeError
from quoteattr.resolution.names import first_names_match, fold, parse_person_name, surnames_match
from quoteattr.results import Entity, QuoteType, Source, SourceKind
from quoteattr.tables import COLUMN_NAMES, attribution_kind, to_rows

if TYPE_CHECKING:
    import pandas as pd

#: A result with its metadata, or a result alone.
CorpusItem = DocumentResult | tuple[DocumentResult, Mapping[str, Any]]

#: Kinds whose sources are counted by kind only, never by name.
NAMELESS_KINDS = frozenset({SourceKind.GROUP.value, SourceKind.UNNAMED.value})

#: What a source's profile may say of it (``Entity`` gender, role and affiliation,
#: carried on its ``Source``): each row gives the most frequent value of each.
PROFILE_FIELDS = ("gender", "role", "affiliation")

#: Two quotation texts this similar (rapidfuzz, 0-100) are the same quotation.
QUOTATION_SIMILARITY = 90.0

#: Words per shingle when looking for candidate copies of a quotation.
SHINGLE_WORDS = 3

#: A shingle shared by more quotations than this says nothing about which
#: quotation a text copies (``we are not``): it is not used to find candidates.
COMMON_SHINGLE = 500

#: How many candidate quotations, those sharing the most shingles, are compared.
CANDIDATES = 12


@attrs.frozen(kw_only=True)
class CorpusSource:
    """One source of a corpus, with its counts.

    Attributes:
        name: The canonical name (the variant written most often); ``None``
            for unnamed and group sources, for sources whose name was not
            resolved, and for quotes with no source, which are counted by kind.
        kind: The source's kind (``person``, ``organization``, ``group``,
            ``unnamed``, ``unknown``), or ``None`` for quotes with no source.
        group: The value of the ``by`` metadata key these counts are for;
            ``None`` when no ``by`` was given or a document lacks the key.
        quotes: How many quotes are attributed to it.
        documents: How many documents quote it.
        by_type: Quotes per quote type (``direct``, ``indirect``, ``mixed``).
        by_kind: Quotes per kind of attribution (``speech``, ``thought``, ...);
            empty when the quotes do not say.
        names: Every name merged into this row, as written, sorted.
        document_ids: The ids of its documents (the index where a result has
            no id), in input order.
        gender: The gender its quotes' sources are given most often, ``None``
            when they give none (sources carry it once they have profiles).
        role: The role its quotes' sources are given most often, or ``None``.
        affiliation: The affiliation they are given most often, or ``None``.
    """

    name: str | None
    kind: str | None
    group: Any = None
    quotes: int
    documents: int
    by_type: dict[str, int]
    by_kind: dict[str, int]
    names: tuple[str, ...] = ()
    document_ids: tuple[Any, ...] = ()
    gender: str | None = None
    role: str | None = None
    affiliation: str | None = None

    @property
    def label(self) -> str:
        """The name, or what stands for it: ``(unnamed)``, ``(group)``, ``(no source)``."""
        if self.name is not None:
            return self.name
        if self.kind is None:
            return "(no source)"
        if self.kind in NAMELESS_KINDS:
            return f"({self.kind})"
        return f"(unresolved {self.kind})"

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return attrs.asdict(self, recurse=False) | {
            "names": list(self.names),
            "document_ids": list(self.document_ids),
        }


@attrs.frozen(kw_only=True)
class CorpusQuotation:
    """One quotation that several documents carry.

    Attributes:
        text: The quotation as the first document that carries it writes it.
        speaker: The canonical name of the source most of its quotes are
            attributed to; ``None`` when none of them has a name.
        quotes: How many direct quotes carry it.
        first_document: The id of the first document that carries it: the
            earliest ``date`` when the documents have one, else the first in
            input order.
        document_ids: The ids of every document that carries it, first first.
    """

    text: str
    speaker: str | None
    quotes: int
    first_document: Any
    document_ids: tuple[Any, ...]

    @property
    def documents(self) -> int:
        """How many documents carry it."""
        return len(self.document_ids)

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return attrs.asdict(self, recurse=False) | {
            "documents": self.documents,
            "document_ids": list(self.document_ids),
        }


# Reading the input ---------------------------------------------------------------


def read_items(results: Iterable[CorpusItem]) -> Iterator[tuple[DocumentResult, Mapping[str, Any]]]:
    """Each result with its metadata, lazily.

    Raises:
        InputTypeError: An item is neither a result nor a ``(result, metadata)`` pair.
    """
    for position, item in enumerate(results):
        if isinstance(item, DocumentResult):
            yield item, document_metadata(item)
        elif (
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], DocumentResult)
            and isinstance(item[1], Mapping)
        ):
            yield item[0], {**document_metadata(item[0]), **item[1]}
        else:
            raise InputTypeError(
                Errors.E801.format(position=position, type_name=type(item).__name__)
            )


def document_metadata(result: DocumentResult) -> Mapping[str, Any]:
    """The metadata a result carries itself (its record's other fields, ``result.extra``)."""
    return result.extra


def document_key(result: DocumentResult) -> Any:
    """How a document is named in the tables: its id, else its index in the input."""
    return result.index if result.id is None else result.id


# Names ---------------------------------------------------------------------------


def organisation_key(name: str) -> str:
    """An organisation's name for comparison: folded, ``&`` read as ``and``, no punctuation.

    >>> organisation_key("Ashworth & Lyle") == organisation_key("The Ashworth and Lyle")
    True
    """
    text = fold(name).replace("&", " and ")
    return " ".join(re.findall(r"[^\W_]+", text))


def _name_parts(name: str) -> tuple[str, str, str, str]:
    """(first, last, middle initials, suffix) of a person's name, folded."""
    parsed = parse_person_name(name)
    human = HumanName(name)
    middle = "".join(fold(word)[:1] for word in human.middle.split())
    return parsed.first, parsed.last, middle, fold(human.suffix).rstrip(".")


def _same_person(one: tuple[str, str, str, str], other: tuple[str, str, str, str]) -> bool:
    first, last, middle, suffix = one
    first2, last2, middle2, suffix2 = other
    if not surnames_match(last, last2) or suffix != suffix2:
        return False
    if middle and middle2 and middle != middle2:
        return False
    return first_names_match(first, first2)


def _surname_block(name: str) -> str:
    last = parse_person_name(name).last
    return last.replace("-", " ").split()[-1] if last else fold(name)


def merge_names(weights: Mapping[tuple[str, str], int]) -> dict[tuple[str, str], str]:
    """The canonical name of every ``(kind, name)`` of a corpus.

    Persons are merged when their surnames match and their first names can
    be the same person's (equal, an initial, or a near-identical spelling:
    :func:`quoteattr.resolution.names.first_names_match`), and neither their
    middle initials nor their suffixes (``Jr``) differ; a name must fit every
    name already in a group to join it. A surname or an initial alone joins a
    group only when exactly one group fits it. Organisations are merged when
    :func:`organisation_key` is the same. Other kinds keep their names.

    The result does not depend on the order of ``weights``: names are taken
    fullest and most quoted first.

    Args:
        weights: How many quotes each ``(kind, name)`` has.

    Returns:
        The canonical name for each key: the variant of its group with the
        most quotes (the longer one, then the first alphabetically, on a tie).
    """
    groups: list[list[tuple[str, str]]] = []
    people: dict[str, list[str]] = collections.defaultdict(list)
    for kind, name in weights:
        if kind == SourceKind.PERSON.value:
            people[_surname_block(name)].append(name)
        elif kind == SourceKind.ORGANIZATION.value:
            pass
        else:
            groups.append([(kind, name)])
    organisations: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for kind, name in weights:
        if kind == SourceKind.ORGANIZATION.value:
            organisations[organisation_key(name)].append((kind, name))
    groups.extend(organisations[key] for key in sorted(organisations))
    person = SourceKind.PERSON.value
    for block in sorted(people):
        for names in _merge_people(people[block], weights):
            groups.append([(person, name) for name in names])
    canonical: dict[tuple[str, str], str] = {}
    for members in groups:
        best = max(members, key=lambda key: (weights[key], len(key[1]), _reverse(key[1])))
        for key in members:
            canonical[key] = best[1]
    return canonical


def _reverse(text: str) -> tuple[int, ...]:
    """A key that sorts strings in reverse order (so ``max`` prefers the first alphabetically)."""
    return tuple(-ord(char) for char in text)


def _merge_people(names: list[str], weights: Mapping[tuple[str, str], int]) -> list[list[str]]:
    """Groups of the names of one surname block that are one person's."""
    person = SourceKind.PERSON.value
    parts = {name: _name_parts(name) for name in names}

    def partial(name: str) -> bool:
        first = parts[name][0]
        return len(first.rstrip(".")) <= 1

    order = sorted(
        names, key=lambda name: (partial(name), -weights[(person, name)], -len(name), name)
    )
    groups: list[list[str]] = []
    for name in order:
        fitting = [
            group for group in groups if all(_same_person(parts[name], parts[m]) for m in group)
        ]
        if partial(name):
            if len(fitting) == 1:
                fitting[0].append(name)
            else:
                groups.append([name])
        elif fitting:
            fitting[0].append(name)
        else:
            groups.append([name])
    return groups


# Sources -------------------------------------------------------------------------


@attrs.define
class _Tally:
    """Counts of one (kind, name, group) while the stream is read."""

    quotes: int = 0
    by_type: collections.Counter[str] = attrs.field(factory=collections.Counter)
    by_kind: collections.Counter[str] = attrs.field(factory=collections.Counter)
    documents: list[tuple[int, Any]] = attrs.field(factory=list)
    profile: dict[str, collections.Counter[str]] = attrs.field(
        factory=lambda: {field: collections.Counter() for field in PROFILE_FIELDS}
    )


def corpus_sources(results: Iterable[CorpusItem], *, by: str | None = None) -> list[CorpusSource]:
    """One row per source of a corpus, most quoted first.

    Args:
        results: The results of :func:`quoteattr.extract_many`, or ``(result,
            metadata)`` pairs (``zip(extract_many(records), records)``); read
            once, in a stream. Failed documents add nothing.
        by: A metadata key (``"outlet"``, ``"date"``, ...): each source gets
            one row per value of the key, its counts for those documents
            alone (names are merged over the whole corpus all the same). A
            profile field (``"gender"``, ``"role"``, ``"affiliation"``) that
            is not in a document's metadata is read from each quote's source.

    Returns:
        The rows, by number of quotes (then documents, then name). Named
        persons and organisations get a row per canonical name; the others a
        row per kind (``name`` ``None``), and quotes without a source one
        row with ``kind`` ``None``.

    Raises:
        InputTypeError: An item is neither a result nor a ``(result, metadata)`` pair.
    """
    tallies: dict[tuple[str | None, str | None, Any], _Tally] = {}
    for result, metadata in read_items(results):
        for quote in result.quotes:
            source = quote.source
            profile = source_profile(source, result.entities)
            group = None
            if by is not None:
                group = _hashable(metadata[by] if by in metadata else profile.get(by))
            kind = None if source is None else source.kind.value
            name = None if source is None or kind in NAMELESS_KINDS else source.name
            tally = tallies.setdefault((kind, name, group), _Tally())
            for field, value in profile.items():
                if value is not None:
                    tally.profile[field][value] += 1
            tally.quotes += 1
            tally.by_type[quote.type.value] += 1
            attribution = attribution_kind(quote)
            if attribution is not None:
                tally.by_kind[attribution] += 1
            if not tally.documents or tally.documents[-1][0] != result.index:
                tally.documents.append((result.index, document_key(result)))
    weights: collections.Counter[tuple[str, str]] = collections.Counter()
    for (kind, name, _), tally in tallies.items():
        if kind is not None and name is not None:
            weights[(kind, name)] += tally.quotes
    canonical = merge_names(weights)
    merged: dict[
        tuple[str | None, str | None, Any], tuple[Any, list[tuple[str | None, _Tally]]]
    ] = {}
    for (kind, name, group), tally in tallies.items():
        row_name = canonical[(kind, name)] if kind is not None and name is not None else None
        merged.setdefault((kind, row_name, group), (group, []))[1].append((name, tally))
    rows = [
        _source_row(kind, name, group, parts) for (kind, name, _), (group, parts) in merged.items()
    ]
    return sorted(rows, key=source_order)


def source_order(row: CorpusSource) -> tuple[Any, ...]:
    """The order of the source table: most quotes, most documents, then name, kind, group."""
    return (
        -row.quotes,
        -row.documents,
        row.name is None,
        row.name or "",
        row.kind or "~",
        str(row.group),
    )


def _hashable(value: Any) -> Any:
    return value if isinstance(value, Hashable) else repr(value)


def _source_row(
    kind: str | None, name: str | None, group: Any, parts: list[tuple[str | None, _Tally]]
) -> CorpusSource:
    by_type: collections.Counter[str] = collections.Counter()
    by_kind: collections.Counter[str] = collections.Counter()
    profile: dict[str, collections.Counter[str]] = {f: collections.Counter() for f in PROFILE_FIELDS}
    documents: dict[int, Any] = {}
    for _, tally in parts:
        by_type.update(tally.by_type)
        by_kind.update(tally.by_kind)
        for field, counts in tally.profile.items():
            profile[field].update(counts)
        documents.update(tally.documents)
    return CorpusSource(
        name=name,
        kind=kind,
        group=group,
        quotes=sum(tally.quotes for _, tally in parts),
        documents=len(documents),
        by_type=dict(sorted(by_type.items())),
        by_kind=dict(sorted(by_kind.items())),
        names=tuple(sorted({written for written, _ in parts if written is not None})),
        document_ids=tuple(documents[index] for index in sorted(documents)),
        gender=most_frequent(profile["gender"]),
        role=most_frequent(profile["role"]),
        affiliation=most_frequent(profile["affiliation"]),
    )


def most_frequent(counts: Mapping[str, int]) -> str | None:
    """The value counted most often (the first alphabetically on a tie), ``None`` for none."""
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0] if counts else None


def source_profile(
    source: Source | None, entities: Iterable[Entity] = ()
) -> dict[str, str | None]:
    """What a source's profile says of it: gender, role and affiliation, as text.

    Each is read from the document's entity of the source (the results of
    ``extract_many(..., sources=True)`` carry them, see
    :mod:`quoteattr.resolution.profiles`; a span gives its text), else ``None``.
    """
    entity = None
    if source is not None and source.entity_id is not None:
        entity = next((e for e in entities if e.id == source.entity_id), None)
    profile: dict[str, str | None] = {}
    for field in PROFILE_FIELDS:
        value = getattr(entity, field, None)
        value = getattr(value, "text", value)
        profile[field] = None if value is None else str(value)
    return profile


# Quotations ----------------------------------------------------------------------


def quotation_words(text: str) -> tuple[str, ...]:
    """The words of a quotation, for comparison: lowercase, no accents, no marks or punctuation.

    >>> quotation_words('"We will not leave," — she said… no: “We’ll stay.”')
    ('we', 'will', 'not', 'leave', 'she', 'said', 'no', 'we', 'll', 'stay')
    """
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return tuple(re.findall(r"[^\W_]+", text))


def group_quotations(
    texts: Iterable[str], *, similarity: float = QUOTATION_SIMILARITY
) -> dict[str, str]:
    """Which quotation each text is a copy of.

    A text is a copy of a longer one when their words are near-identical
    (``rapidfuzz.fuzz.ratio`` over the words at least ``similarity``: one word
    changed in fifteen is 93) or the shorter is a trimmed part of the longer
    (``fuzz.partial_ratio`` over the words). Texts are taken
    longest first; a text is compared only with the quotations that share the
    most word shingles with it, never with all of them, so the cost grows with
    the number of texts, not its square. The result does not depend on the
    order of ``texts``.

    Args:
        texts: Distinct texts, as :func:`quotation_words` joined by spaces.
        similarity: The least similarity (0-100) of a copy.

    Returns:
        For each text, the text of the quotation it belongs to (its longest
        version).
    """
    order = sorted(set(texts), key=lambda text: (-len(text.split()), text))
    representatives: list[str] = []
    index: dict[tuple[str, ...], list[int]] = collections.defaultdict(list)
    belongs: dict[str, str] = {}
    for text in order:
        shingles = _shingles(text)
        shared: collections.Counter[int] = collections.Counter()
        for shingle in shingles:
            posting = index.get(shingle)
            if posting and len(posting) <= COMMON_SHINGLE:
                shared.update(posting)
        best = heapq.nsmallest(CANDIDATES, shared.items(), key=lambda item: (-item[1], item[0]))
        found = None
        for number, _ in best:
            candidate = representatives[number]
            if _is_copy(text, candidate, similarity):
                found = candidate
                break
        if found is None:
            number = len(representatives)
            representatives.append(text)
            for shingle in shingles:
                index[shingle].append(number)
            found = text
        belongs[text] = found
    return belongs


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    if len(words) < SHINGLE_WORDS:
        return {tuple(words)}
    return {tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _is_copy(text: str, longer: str, similarity: float) -> bool:
    """Compared word by word, so one changed word costs the same whatever its length."""
    words, longer_words = text.split(), longer.split()
    if fuzz.ratio(words, longer_words) >= similarity:
        return True
    return fuzz.partial_ratio(words, longer_words) >= similarity


@attrs.define
class _Carrier:
    """What is known of one distinct quotation text while the stream is read."""

    written: tuple[tuple[Any, ...], str]
    quotes: int = 0
    speakers: collections.Counter[tuple[str, str]] = attrs.field(factory=collections.Counter)
    documents: dict[int, tuple[Any, ...]] = attrs.field(factory=dict)


def corpus_quotations(
    results: Iterable[CorpusItem],
    *,
    min_words: int = 5,
    min_documents: int = 2,
    similarity: float = QUOTATION_SIMILARITY,
) -> list[CorpusQuotation]:
    """The direct quotations that several documents carry, one row each.

    Args:
        results: The results of :func:`quoteattr.extract_many`, or ``(result,
            metadata)`` pairs; read once, in a stream. A ``date`` in the
            metadata (ISO 8601, compared as text) orders the documents.
        min_words: Shorter quotes (``"fake news"``) are left out: short
            phrases recur without being copies of one quotation.
        min_documents: Quotations carried by fewer documents are left out
            (``1`` lists every direct quotation).
        similarity: The least similarity (0-100, rapidfuzz) of a lightly
            edited or trimmed copy to its quotation.

    Returns:
        The rows, carried by the most documents first (then the earliest).

    Raises:
        InputTypeError: An item is neither a result nor a ``(result, metadata)`` pair.
    """
    carriers: dict[str, _Carrier] = {}
    for result, metadata in read_items(results):
        order = document_order(metadata.get("date"), result.index)
        for quote in result.quotes:
            if quote.type is not QuoteType.DIRECT:
                continue
            words = quotation_words(quote.text)
            if len(words) < min_words:
                continue
            key = " ".join(words)
            carrier = carriers.get(key)
            if carrier is None:
                carrier = carriers[key] = _Carrier(written=(order, quote.text))
            elif order < carrier.written[0]:
                carrier.written = (order, quote.text)
            carrier.quotes += 1
            source = quote.source
            if (
                source is not None
                and source.name is not None
                and source.kind.value not in NAMELESS_KINDS
            ):
                carrier.speakers[(source.kind.value, source.name)] += 1
            carrier.documents.setdefault(result.index, (*order, document_key(result)))
    belongs = group_quotations(carriers, similarity=similarity)
    weights: collections.Counter[tuple[str, str]] = collections.Counter()
    for carrier in carriers.values():
        weights.update(carrier.speakers)
    canonical = merge_names(weights)
    members: dict[str, list[_Carrier]] = collections.defaultdict(list)
    for key, carrier in carriers.items():
        members[belongs[key]].append(carrier)
    rows = []
    for group in members.values():
        documents: dict[int, tuple[Any, ...]] = {}
        speakers: collections.Counter[str] = collections.Counter()
        for carrier in group:
            documents.update(carrier.documents)
            for speaker_key, count in carrier.speakers.items():
                speakers[canonical[speaker_key]] += count
        if len(documents) < min_documents:
            continue
        ordered = sorted(documents.values())
        speaker = (
            min(speakers.items(), key=lambda item: (-item[1], item[0]))[0] if speakers else None
        )
        rows.append(
            CorpusQuotation(
                text=min(carrier.written for carrier in group)[1],
                speaker=speaker,
                quotes=sum(carrier.quotes for carrier in group),
                first_document=ordered[0][-1],
                document_ids=tuple(entry[-1] for entry in ordered),
            )
        )
    return sorted(rows, key=lambda row: (-row.documents, -row.quotes, row.text))


def document_order(date: Any, index: int) -> tuple[Any, ...]:
    """How documents sort: dated ones first, by date (as text), then by input order."""
    return (0, str(date), index) if date is not None else (1, "", index)


# Tables --------------------------------------------------------------------------


def quote_rows(results: Iterable[CorpusItem]) -> Iterator[dict[str, Any]]:
    """One row per quote of every document (:data:`quoteattr.tables.QUOTE_COLUMNS`), lazily.

    A failed document gives one row with ``error`` set.
    """
    for result, _ in read_items(results):
        yield from to_rows(result, None if result.id is None else str(result.id))


def to_dataframe(results: Iterable[CorpusItem]) -> pd.DataFrame:
    """One pandas row per quote, with the columns of the Spark output plus ``kind``.

    Needs pandas (``pip install "quoteattr[pandas]"``).

    Args:
        results: The results of :func:`quoteattr.extract_many`, or ``(result,
            metadata)`` pairs.

    Returns:
        A DataFrame with the columns of :data:`quoteattr.tables.QUOTE_COLUMNS`.
    """
    import pandas as pd  # an optional extra: imported only when asked for

    return pd.DataFrame(list(quote_rows(results)), columns=list(COLUMN_NAMES))
