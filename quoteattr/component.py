"""The spaCy component: ``nlp.add_pipe("quoteattr")``.

The component runs :func:`quoteattr.pipeline.find_quotes` on each Doc and
stores the result twice:

- as plain data (lists, dicts, strings, numbers) in ``doc.user_data``, read
  back as typed :class:`~quoteattr.results.Quote` objects by the getter of the
  ``doc._.quotes`` extension. Plain data is what ``DocBin(store_user_data=True)``,
  ``Doc.to_bytes`` and ``nlp.pipe(..., n_process=2)`` carry across, so the
  quotes survive all three;
- as span groups, for displaCy and other spaCy tools:
  ``doc.spans["quotes"]`` (content, labelled with the quote type),
  ``doc.spans["quote_sources"]`` (source mentions, labelled with the source
  kind, ``kb_id_`` the canonical name) and ``doc.spans["quote_cues"]``
  (labelled ``CUE``). Each span's ``id_`` is the index of its quote in
  ``doc._.quotes``.

Importing this module registers the factory and nothing else; the Doc
extension is registered when a component is made (or by
:func:`register_extension`), and never over an extension that another
package registered under the same name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteattr.errors import Errors, ExtensionConflictError
from quoteattr.pipeline import find_quotes
from quoteattr.results import Quote, TextSpan
from quoteattr.serialization import converter

#: The key prefix of the stored plain data in ``doc.user_data``.
USER_DATA_PREFIX = "quoteattr"

DEFAULT_CONFIG: dict[str, Any] = {
    "extension": "quotes",
    "quotes_key": "quotes",
    "sources_key": "quote_sources",
    "cues_key": "quote_cues",
    "min_confidence": 0.0,
}


@Language.factory(
    "quoteattr",
    default_config=DEFAULT_CONFIG,
    requires=["token.dep", "token.head", "doc.ents"],
    assigns=["doc._.quotes", "doc.spans"],
)
def make_quoteattr(
    nlp: Language,
    name: str,
    extension: str,
    quotes_key: str,
    sources_key: str,
    cues_key: str,
    min_confidence: float,
) -> QuoteAttributor:
    """Make the ``quoteattr`` component (spaCy calls this from ``add_pipe``).

    Args:
        nlp: The pipeline the component is added to.
        name: The component's name in the pipeline.
        extension: Name of the Doc extension holding the quotes (``doc._.quotes``).
        quotes_key: Span group of the quote contents.
        sources_key: Span group of the source mentions.
        cues_key: Span group of the cues.
        min_confidence: Quotes with a lower confidence are dropped.

    Returns:
        The component.
    """
    return QuoteAttributor(
        extension=extension,
        quotes_key=quotes_key,
        sources_key=sources_key,
        cues_key=cues_key,
        min_confidence=min_confidence,
    )


class QuoteAttributor:
    """Finds the quotes of a Doc and stores them on it (see the module docstring)."""

    def __init__(
        self,
        *,
        extension: str = "quotes",
        quotes_key: str = "quotes",
        sources_key: str = "quote_sources",
        cues_key: str = "quote_cues",
        min_confidence: float = 0.0,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(Errors.E061.format(value=min_confidence))
        self.extension = extension
        self.quotes_key = quotes_key
        self.sources_key = sources_key
        self.cues_key = cues_key
        self.min_confidence = min_confidence
        register_extension(extension)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` with its quotes; exceptions propagate."""
        quotes = [q for q in find_quotes(doc) if q.confidence >= self.min_confidence]
        set_quotes(doc, quotes, extension=self.extension)
        doc.spans[self.quotes_key] = [
            span
            for i, quote in enumerate(quotes)
            if (span := _char_span(doc, quote.start, quote.end, quote.type.value, i)) is not None
        ]
        doc.spans[self.sources_key] = [
            span
            for i, quote in enumerate(quotes)
            if quote.source is not None and (span := _source_span(doc, quote, i)) is not None
        ]
        doc.spans[self.cues_key] = [
            span
            for i, quote in enumerate(quotes)
            if quote.cue is not None
            and (span := _char_span(doc, quote.cue.start, quote.cue.end, "CUE", i)) is not None
        ]
        return doc


def user_data_key(extension: str) -> str:
    """The ``doc.user_data`` key where the quotes of ``doc._.<extension>`` are stored."""
    return f"{USER_DATA_PREFIX}.{extension}"


def set_quotes(doc: Doc, quotes: list[Quote], *, extension: str = "quotes") -> None:
    """Store ``quotes`` on ``doc`` as plain data, for ``doc._.<extension>`` to read."""
    doc.user_data[user_data_key(extension)] = [converter.unstructure(q) for q in quotes]


def register_extension(extension: str = "quotes") -> None:
    """Register the ``doc._.<extension>`` getter, unless it is already ours.

    Call it before reading ``doc._.quotes`` from Docs loaded (from a DocBin or
    bytes) in a process that has not made the component.

    Args:
        extension: The extension name.

    Raises:
        ExtensionConflictError: Another package registered ``doc._.<extension>``
            (``E060``); choose another name with the ``extension`` config value.
    """
    if Doc.has_extension(extension):
        getter = Doc.get_extension(extension)[2]
        if getattr(getter, "quoteattr_key", None) == user_data_key(extension):
            return
        raise ExtensionConflictError(Errors.E060.format(name=extension))
    Doc.set_extension(extension, getter=_make_getter(user_data_key(extension)))


def _make_getter(key: str) -> Callable[[Doc], list[Quote] | None]:
    def get_quotes(doc: Doc) -> list[Quote] | None:
        data = doc.user_data.get(key)
        if data is None:
            return None
        return [converter.structure(item, Quote) for item in data]

    get_quotes.quoteattr_key = key  # type: ignore[attr-defined]
    return get_quotes


def _char_span(doc: Doc, start: int, end: int, label: str, index: int) -> Span | None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        span.id_ = str(index)
    return span


def _source_span(doc: Doc, quote: Quote, index: int) -> Span | None:
    assert quote.source is not None
    mention: TextSpan = quote.source.mention
    span = _char_span(doc, mention.start, mention.end, quote.source.kind.value, index)
    if span is not None and quote.source.name is not None:
        span.kb_id_ = quote.source.name
    return span
