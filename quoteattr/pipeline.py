"""The whole attribution pipeline over a parsed Doc, and the text-level API."""

from __future__ import annotations

import warnings

from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.direct import find_direct_quotes
from quoteattr.doctext import doc_text, to_quotation_text
from quoteattr.errors import (
    Errors,
    IncompatibleDocError,
    InputTypeError,
    NotEnglishWarning,
    type_hint,
)
from quoteattr.models import load
from quoteattr.parsing import parse_text
from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from quoteattr.resolution import resolve_sources
from quoteattr.results import Quote, QuoteType
from quoteattr.windows import LONG_TEXT_CHARS, find_quotes_in_windows
from quoteattr.wire import apply_wire_conventions


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attribution in a parsed Doc, sorted by position.

    A Doc longer than :data:`~quoteattr.windows.LONG_TEXT_CHARS` characters
    is read in overlapping windows (:mod:`quoteattr.windows`).

    Args:
        doc: A Doc parsed by a pipeline with a dependency parser and NER.

    Returns:
        The quotes, with resolved sources.

    Raises:
        IncompatibleDocError: The Doc has no parse or no entities (``E004``).
    """
    check_doc(doc)
    if len(doc_text(doc)) > LONG_TEXT_CHARS:
        quotes = find_quotes_in_windows(doc, _find_quotes_whole)
    else:
        quotes = _find_quotes_whole(doc)
    return apply_wire_conventions(doc_text(doc), quotes)


def _find_quotes_whole(doc: Doc) -> list[Quote]:
    """The stages over the whole Doc at once."""
    quotations = find_quotations(to_quotation_text(doc_text(doc)))
    direct = find_direct_quotes(doc, quotations)
    reported = find_reported_speech(doc, quotations)
    quotes = merge_quotes(direct, reported)
    return resolve_sources(doc, quotes)


def merge_quotes(direct: list[Quote], reported: list[Quote]) -> list[Quote]:
    """Direct and reported quotes combined, in text order, each attribution once.

    - A reported clause holding a quoted fragment is one mixed quote: the
      direct quotes of its fragments are dropped.
    - A reported clause entirely inside quotation marks (``X said: "..."``)
      is a direct quote: the direct stage's quote of it is kept, the reported
      one dropped; it is kept when the direct stage missed it.
    - Reported cues inside a quotation never reach here (nested attributions
      are not counted).
    - Of quotes with the same content, the most confident is kept.

    Args:
        direct: Quotes of the direct stage.
        reported: Quotes of the reported-speech stage.

    Returns:
        The merged quotes sorted by position.
    """
    mixed = [q for q in reported if q.type is QuoteType.MIXED]
    kept = [q for q in direct if not any(m.start <= q.start < m.end for m in mixed)]
    kept += [
        q
        for q in reported
        if q.type is not QuoteType.DIRECT or not any(_overlap(q, d) for d in kept)
    ]
    best: dict[tuple[int, int], Quote] = {}
    for quote in kept:
        key = (quote.start, quote.end)
        if key not in best or quote.confidence > best[key].confidence:
            best[key] = quote
    return sorted(best.values(), key=lambda q: (q.start, q.end))


def _overlap(first: Quote, second: Quote) -> bool:
    return any(a.start < b.end and b.start < a.end for a in first.content for b in second.content)


def check_doc(doc: Doc) -> None:
    """Raise ``E004`` when ``doc`` lacks a dependency parse or entities."""
    if len(doc) == 0:
        return
    missing = []
    if not doc.has_annotation("DEP"):
        missing.append("dependency parse")
    if not doc.has_annotation("ENT_IOB"):
        missing.append("named entities")
    if missing:
        raise IncompatibleDocError(Errors.E004.format(missing=" and no ".join(missing)))


def extract(
    text: str | Doc, *, nlp: str | Language | None = None, fast: bool = False
) -> list[Quote]:
    """Every attribution in a text: who said (or claimed) what.

    Args:
        text: The article text, or a Doc already parsed.
        nlp: The pipeline (or its name) to parse a ``str`` with; default
            :func:`quoteattr.load`'s. Ignored for a Doc.
        fast: Parse each sentence only as far as the stages need: fully
            where an attribution may be, for names only elsewhere
            (:mod:`quoteattr.parsing`). A text
            longer than a piece (100,000 characters) is parsed in pieces cut
            at paragraph boundaries either way.

    Returns:
        The quotes, sorted by position; ``[]`` when there are none.

    Raises:
        InputTypeError: ``text`` is not a ``str`` or ``Doc`` (``E003``).
        IncompatibleDocError: The Doc has no parse or entities (``E004``).
        ModelNotFound: No pipeline is installed (``E001``, ``E002``).

    Warns:
        NotEnglishWarning: The pipeline or the Doc is not English (``W001``).
    """
    if isinstance(text, Doc):
        if text.lang_ != "en":
            warnings.warn(Errors.W001.format(lang=text.lang_), NotEnglishWarning, stacklevel=2)
        return find_quotes(text)
    if not isinstance(text, str):
        raise InputTypeError(Errors.E003.format(type_name=type(text).__name__, hint=type_hint(text)))
    if not text.strip():
        return []
    return find_quotes(parse_text(load(nlp), text, fast=fast))
