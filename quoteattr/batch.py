"""Many documents: a stream in, one result per document out, in order.

:func:`extract_many` reads its input lazily, a batch at a time, so memory
stays flat over a stream of any length, and a bad document never stops the
stream: it gives a :class:`DocumentResult` with an ``error`` instead of
quotes.

>>> from quoteattr.batch import extract_many
>>> records = [{"id": "a", "text": '"Yes," she said.'}, {"id": "b"}, "No quotes here."]
>>> for result in extract_many(records):
...     print(result.index, result.id, len(result.quotes), result.error)
0 a 1 None
1 b 0 E701 Record 1 (id 'b') has no "text" field: pass records as {"id": ..., "text": "..."}.
2 None 0 None
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from multiprocessing.pool import AsyncResult, Pool
from typing import Any

import attrs
from spacy.language import Language

from quoteattr.doctext import doc_text
from quoteattr.errors import Errors, LexiconTypeError
from quoteattr.inputs import repair_text
from quoteattr.lexicon import Lexicon, using_lexicon
from quoteattr.linebreaks import entities_with_text, with_text
from quoteattr.models import load
from quoteattr.parsing import DEFAULT_MAX_CHARS, parse_texts
from quoteattr.pipeline import (
    find_attributions,
    find_quotes,
    keep_kinds,
    keep_sources,
    wants_hedges,
)
from quoteattr.results import Entity, Quote
from quoteattr.unattributed import QUOTATION_CHOICES

#: What :func:`extract_many` accepts per document: a text, or a record with a
#: ``"text"`` and optionally an ``"id"`` (other fields come back on the result).
TextOrRecord = str | Mapping[str, Any]


def _to_tuple(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(quotes)


def _to_entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(entities)


@attrs.frozen(kw_only=True)
class DocumentResult:
    """The outcome for one input document of :func:`extract_many`.

    Attributes:
        index: The document's position in the input, from 0 (the line number
            minus one for a JSONL file with no blank lines).
        id: The record's ``"id"``; ``None`` for a plain text or a record
            without one.
        quotes: The quotes, sorted by position; empty when there are none or
            when ``error`` is set.
        error: ``None`` when the document was processed; otherwise a coded
            message saying what was wrong with it (``E701``-``E703``).
        entities: The document's sources with their profiles
            (:func:`quoteattr.find_sources`) when asked for with
            ``sources=True``; empty otherwise.
        extra: The record's other fields (``outlet``, ``date``, ...), as given;
            empty for a plain text.
        text: The repaired text the offsets index, with ``fix_text=True``;
            ``None`` otherwise (the offsets index the text as given).
    """

    index: int
    id: Any = None
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_to_tuple)
    error: str | None = None
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_to_entities)
    extra: Mapping[str, Any] = attrs.field(factory=dict, hash=False)
    text: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the document was processed without error."""
        return self.error is None


@attrs.frozen
class _Item:
    """One input document, checked: its text, or the error that replaces it."""

    index: int
    id: Any
    text: str | None
    error: str | None
    extra: Mapping[str, Any] = attrs.field(factory=dict, hash=False)
    repaired: bool = False


def extract_many(
    texts_or_records: Iterable[TextOrRecord],
    *,
    nlp: str | Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    fast: bool = False,
    lexicon: Lexicon | None = None,
    kinds: Iterable[str] | None = None,
    sources: bool = False,
    gender_from_names: bool = False,
    quotations: str = "attributed",
    fix_text: bool = False,
    headlines: bool = False,
) -> Iterator[DocumentResult]:
    """The quotes of each document of a stream, in input order.

    The input is read lazily, ``batch_size`` documents at a time (times
    ``n_process``, plus one batch ahead per process), so an unbounded stream
    runs in constant memory. Each batch is parsed with ``nlp.pipe``; texts
    longer than ``max_chars`` are parsed in pieces cut at paragraph boundaries
    and joined back (see :mod:`quoteattr.parsing`), so offsets are always into
    the original text.

    Args:
        texts_or_records: Texts, or mappings with a ``"text"`` (a ``str``) and
            an optional ``"id"``; both may be mixed.
        nlp: The pipeline (or its name); default :func:`quoteattr.load`'s.
        batch_size: Documents per batch.
        n_process: Worker processes; each loads the pipeline once and does
            both the parse and the attribution of whole batches.
        max_chars: The longest piece of text parsed in one go (capped by
            ``nlp.max_length``).
        fast: Parse each sentence only as far as the stages need
            (:func:`quoteattr.parsing.find_parse_modes`).
        lexicon: The cue lexicon; default :meth:`quoteattr.Lexicon.default`.
        kinds: Keep only quotes of these kinds (``speech``, ``thought``,
            ``intention``, ``evidence``, ``hedge``); default all but
            ``hedge``: sourceless hedges are looked for only when asked for.
        sources: Also find each document's sources with their profiles
            (``DocumentResult.entities``).
        gender_from_names: With ``sources``, estimate a gender from the first
            name where the text gives none (``gender_source="name"``).
        quotations: ``"attributed"`` or ``"all"`` (every quotation too, see
            :func:`quoteattr.find_quotes`).
        fix_text: Repair mojibake first (:func:`quoteattr.inputs.repair_text`,
            the ``fix`` extra); each result's ``text`` is then the repaired
            text, which its offsets index.
        headlines: Also read each all-capitals headline line as an
            attribution (``MINISTER SAYS TALKS WILL GO ON``), never by default
            (see :func:`quoteattr.find_attributions`).

    Yields:
        One :class:`DocumentResult` per input document, in input order. A
        record that is not a text or has no string ``"text"``, and a document
        whose processing raised, give a result with ``error`` set; the stream
        goes on.

    Raises:
        ValueError: ``batch_size``, ``n_process`` or ``max_chars`` is below 1, or
            ``quotations`` is not a known value (``E085``).
        MissingExtraError: ``fix_text`` without ftfy installed (``E083``).
    """
    if quotations not in QUOTATION_CHOICES:
        raise ValueError(Errors.E085.format(value=quotations))
    for name, value in (("batch_size", batch_size), ("n_process", n_process), ("max_chars", max_chars)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1, got {value!r}")
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise LexiconTypeError(Errors.E114.format(type_name=type(lexicon).__name__))
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    keep_kinds([], kinds)  # a wrong kind fails before any work
    if fix_text:
        repair_text("")  # fails early, with E083, when ftfy is missing
    pipeline = load(nlp)
    options: dict[str, Any] = {
        "max_chars": max_chars,
        "fast": fast,
        "batch_size": batch_size,
        "lexicon": lexicon,
        "kinds": None if kinds is None else sorted(kinds),
        "sources": sources,
        "gender_from_names": gender_from_names,
        "quotations": quotations,
        "headlines": headlines,
    }
    items = (_check(index, item) for index, item in enumerate(texts_or_records))
    if fix_text:
        items = (_repaired(item) for item in items)
    batches = _batched(items, batch_size)
    if n_process == 1:
        for batch in batches:
            yield from process_batch(pipeline, batch, **options)
    else:
        yield from _process_in_pool(pipeline, batches, n_process, options)


def process_batch(
    nlp: Language,
    items: list[_Item],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    fast: bool = False,
    batch_size: int = 32,
    lexicon: Lexicon | None = None,
    kinds: Iterable[str] | None = None,
    sources: bool = False,
    gender_from_names: bool = False,
    quotations: str = "attributed",
    headlines: bool = False,
) -> list[DocumentResult]:
    """The results of one batch of checked documents, in order.

    The batch is parsed in one ``nlp.pipe`` run; if that raises, each
    document is parsed alone so that only the failing one gets an error.
    ``lexicon`` is the cue lexicon (default :meth:`quoteattr.Lexicon.default`);
    ``kinds`` the kinds of quote kept (default all; sourceless hedges only when asked for);
    ``headlines`` reads all-capitals headline lines as attributions.
    """
    with using_lexicon(lexicon):
        results = _process_batch(
            nlp,
            items,
            max_chars=max_chars,
            fast=fast,
            batch_size=batch_size,
            sources=sources,
            gender_from_names=gender_from_names,
            quotations=quotations,
            hedges=wants_hedges(kinds),
            headlines=headlines,
        )
    if kinds is None:
        return results
    return [_keep_kinds(r, kinds) if r.error is None else r for r in results]


def _keep_kinds(result: DocumentResult, kinds: Iterable[str]) -> DocumentResult:
    """A result with only the quotes of ``kinds``, its sources' quote indices renumbered."""
    wanted = {id(q) for q in keep_kinds(list(result.quotes), kinds)}
    kept = [i for i, q in enumerate(result.quotes) if id(q) in wanted]
    return attrs.evolve(
        result,
        quotes=[result.quotes[i] for i in kept],
        entities=keep_sources(result.entities, kept),
    )


def _process_batch(
    nlp: Language,
    items: list[_Item],
    *,
    max_chars: int,
    fast: bool,
    batch_size: int,
    sources: bool,
    gender_from_names: bool,
    quotations: str,
    hedges: bool = False,
    headlines: bool = False,
) -> list[DocumentResult]:
    good = [item for item in items if item.text is not None]
    texts = [item.text for item in good if item.text is not None]
    try:
        docs: list[Any] = parse_texts(
            nlp, texts, batch_size=batch_size, max_chars=max_chars, fast=fast, hedges=hedges
        )
    except Exception:  # noqa: BLE001 - find the failing document by parsing one at a time
        docs = []
        for text in texts:
            try:
                docs.append(
                    parse_texts(nlp, [text], max_chars=max_chars, fast=fast, hedges=hedges)[0]
                )
            except Exception as error:  # noqa: BLE001 - becomes this document's error result
                docs.append(error)
    parsed = {item.index: doc for item, doc in zip(good, docs)}
    results = []
    for item in items:
        if item.error is not None:
            results.append(
                DocumentResult(index=item.index, id=item.id, error=item.error, extra=item.extra)
            )
            continue
        doc = parsed[item.index]
        try:
            if isinstance(doc, Exception):
                raise doc
            if sources:
                quotes, entities = find_attributions(
                    doc,
                    quotations=quotations,
                    gender_from_names=gender_from_names,
                    hedges=hedges,
                    headlines=headlines,
                )
            else:
                found = find_quotes(doc, quotations=quotations, hedges=hedges, headlines=headlines)
                quotes, entities = found, []
            if item.text is not None and doc_text(doc) != item.text:  # a wrapped text's parse view
                quotes = with_text(quotes, item.text)
                entities = entities_with_text(entities, item.text)
        except Exception as error:  # noqa: BLE001 - becomes this document's error result
            message = Errors.E703.format(
                index=item.index, id=item.id, error=f"{type(error).__name__}: {error}"
            )
            results.append(
                DocumentResult(index=item.index, id=item.id, error=message, extra=item.extra)
            )
            continue
        repaired = item.text if item.repaired else None
        results.append(
            DocumentResult(
                index=item.index,
                id=item.id,
                quotes=quotes,
                entities=entities,
                extra=item.extra,
                text=repaired,
            )
        )
    return results


def _check(index: int, item: object) -> _Item:
    """The text of one input document, or the error that says why there is none."""
    if isinstance(item, str):
        return _Item(index, None, item, None)
    if isinstance(item, Mapping):
        record_id = item.get("id")
        extra = {key: value for key, value in item.items() if key not in ("id", "text")}
        if "text" not in item:
            error = Errors.E701.format(index=index, id=record_id)
            return _Item(index, record_id, None, error, extra)
        text = item["text"]
        if not isinstance(text, str):
            error = Errors.E702.format(index=index, id=record_id, type_name=type(text).__name__)
            return _Item(index, record_id, None, error, extra)
        return _Item(index, record_id, text, None, extra)
    error = Errors.E702.format(index=index, id=None, type_name=type(item).__name__)
    return _Item(index, None, None, error)


def _repaired(item: _Item) -> _Item:
    """``item`` with its text's mojibake repaired."""
    if item.text is None:
        return item
    return attrs.evolve(item, text=repair_text(item.text), repaired=True)


def _batched(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    """Consecutive lists of ``size`` items, read lazily."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# One pipeline per worker process, set by the pool's initializer.
_WORKER_STATE: dict[str, Any] = {}


def _init_worker(nlp: Language | str | None, options: dict[str, Any]) -> None:
    _WORKER_STATE["nlp"] = load(nlp)
    _WORKER_STATE["options"] = options


def _run_in_worker(batch: list[_Item]) -> list[DocumentResult]:
    return process_batch(_WORKER_STATE["nlp"], batch, **_WORKER_STATE["options"])


def _process_in_pool(
    nlp: Language, batches: Iterator[list[_Item]], n_process: int, options: dict[str, Any]
) -> Iterator[DocumentResult]:
    """Batches processed by ``n_process`` workers, at most two each in flight."""
    methods = multiprocessing.get_all_start_methods()
    # fork shares the loaded pipeline with the workers; spawn sends it pickled.
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool: Pool = context.Pool(n_process, initializer=_init_worker, initargs=(nlp, options))
    pending: collections.deque[AsyncResult[list[DocumentResult]]] = collections.deque()
    try:
        for batch in batches:
            pending.append(pool.apply_async(_run_in_worker, (batch,)))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()
