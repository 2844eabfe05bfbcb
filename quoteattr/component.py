"""The spaCy component: ``nlp.add_pipe("quoteattr")``.

The component runs :func:`quoteattr.find_attributions` on each Doc (the
quotes and their sources, resolved once, so the two always agree) and stores
the results twice:

- as plain data (lists, dicts, strings, numbers) in ``doc.user_data``, read
  back as typed :class:`~quoteattr.results.Quote` and
  :class:`~quoteattr.results.Entity` objects by the getters of the
  ``doc._.quotes`` and ``doc._.quote_sources`` extensions. Plain data is what
  ``DocBin(store_user_data=True)``, ``Doc.to_bytes`` and
  ``nlp.pipe(..., n_process=2)`` carry across, so the results survive all
  three;
- as span groups, for displaCy and other spaCy tools:
  ``doc.spans["quotes"]`` (content, labelled with the quote type),
  ``doc.spans["quote_sources"]`` (source mentions, labelled with the source
  kind, ``kb_id_`` the canonical name) and ``doc.spans["quote_cues"]``
  (labelled ``CUE``). Each span's ``id_`` is the index of its quote in
  ``doc._.quotes``.

Importing this module registers the factory and nothing else; the Doc
extensions are registered when a component is made (or by
:func:`register_extension`), and never over an extension that another
package registered under the same name.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from quoteattr.doctext import doc_text
from quoteattr.errors import Errors, ExtensionConflictError, WrappedTextWarning
from quoteattr.lexicon import Lexicon
from quoteattr.linebreaks import is_wrapped
from quoteattr.parsing import tokenize_markup
from quoteattr.pipeline import find_attributions, keep_sources
from quoteattr.results import Entity, Quote, TextSpan
from quoteattr.serialization import converter

#: The key prefix of the stored plain data in ``doc.user_data``.
USER_DATA_PREFIX = "quoteattr"

DEFAULT_CONFIG: dict[str, Any] = {
    "extension": "quotes",
    "sources_extension": "quote_sources",
    "quotes_key": "quotes",
    "sources_key": "quote_sources",
    "cues_key": "quote_cues",
    "min_confidence": 0.0,
    # None: the packaged lexicon; else a {"@misc": "quoteattr.lexicon.v1", ...} block
    "lexicon": None,
}


@registry.misc("quoteattr.lexicon.v1")  # type: ignore[untyped-decorator]
def make_lexicon(
    path: str | None = None, additions: dict[str, list[str]] | None = None
) -> Lexicon:
    """The component's cue lexicon: the packaged one, or a file's, with words added.

    In a config: ``[components.quoteattr.lexicon]`` with ``@misc =
    "quoteattr.lexicon.v1"``, ``path`` (a lexicon file, or ``null`` for the
    packaged lexicon) and ``additions`` (as :meth:`quoteattr.Lexicon.extend`
    takes them, ``{"speech": ["harrumph"]}``).
    """
    lexicon = Lexicon.from_path(path) if path else Lexicon.default()
    return lexicon.extend(additions) if additions else lexicon


@Language.factory(
    "quoteattr",
    default_config=DEFAULT_CONFIG,
    requires=["token.dep", "token.head", "doc.ents"],
    assigns=["doc._.quotes", "doc._.quote_sources", "doc.spans"],
)
def make_quoteattr(
    nlp: Language,
    name: str,
    extension: str,
    sources_extension: str,
    quotes_key: str,
    sources_key: str,
    cues_key: str,
    min_confidence: float,
    lexicon: Lexicon | None = None,
) -> QuoteAttributor:
    """Make the ``quoteattr`` component (spaCy calls this from ``add_pipe``).

    Args:
        nlp: The pipeline the component is added to.
        name: The component's name in the pipeline.
        extension: Name of the Doc extension holding the quotes (``doc._.quotes``).
        sources_extension: Name of the Doc extension holding the sources
            (``doc._.quote_sources``).
        quotes_key: Span group of the quote contents.
        sources_key: Span group of the source mentions.
        cues_key: Span group of the cues.
        min_confidence: Quotes with a lower confidence are dropped.
        lexicon: The cue lexicon, from a ``quoteattr.lexicon.v1`` block of the
            config; ``None`` (the default) for the packaged one.

    Returns:
        The component. The pipeline's tokenizer is wrapped in a
        :class:`~quoteattr.parsing.MarkupTokenizer` (once), as
        :func:`quoteattr.load` does, so that HTML gives the component the
        tokens :func:`quoteattr.extract` reads.
    """
    tokenize_markup(nlp)
    return QuoteAttributor(
        extension=extension,
        sources_extension=sources_extension,
        quotes_key=quotes_key,
        sources_key=sources_key,
        cues_key=cues_key,
        min_confidence=min_confidence,
        lexicon=lexicon,
    )


class QuoteAttributor:
    """Finds the quotes of a Doc and stores them on it (see the module docstring)."""

    def __init__(
        self,
        *,
        extension: str = "quotes",
        sources_extension: str = "quote_sources",
        quotes_key: str = "quotes",
        sources_key: str = "quote_sources",
        cues_key: str = "quote_cues",
        min_confidence: float = 0.0,
        lexicon: Lexicon | None = None,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(Errors.E061.format(value=min_confidence))
        if extension == sources_extension:
            raise ValueError(Errors.E070.format(name=extension))
        self.extension = extension
        self.sources_extension = sources_extension
        self.quotes_key = quotes_key
        self.sources_key = sources_key
        self.cues_key = cues_key
        self.min_confidence = min_confidence
        self.lexicon = lexicon
        self._warned_wrapped = False
        register_extension(extension, sources=sources_extension)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` with its quotes and sources; exceptions propagate."""
        if not self._warned_wrapped and is_wrapped(doc_text(doc)):
            warnings.warn(Errors.W080, WrappedTextWarning, stacklevel=2)
            self._warned_wrapped = True
        found, entities = find_attributions(doc, lexicon=self.lexicon)
        kept = [i for i, q in enumerate(found) if q.confidence >= self.min_confidence]
        quotes = [found[i] for i in kept]
        set_quotes(doc, quotes, extension=self.extension)
        sources = keep_sources(entities, kept)
        set_sources(doc, sources, extension=self.sources_extension)
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


def set_sources(doc: Doc, sources: list[Entity], *, extension: str = "quote_sources") -> None:
    """Store ``sources`` on ``doc`` as plain data, for ``doc._.<extension>`` to read."""
    doc.user_data[user_data_key(extension)] = [converter.unstructure(e) for e in sources]


def register_extension(extension: str = "quotes", *, sources: str = "quote_sources") -> None:
    """Register the ``doc._.<extension>`` and ``doc._.<sources>`` getters, unless already ours.

    Call it before reading ``doc._.quotes`` or ``doc._.quote_sources`` from
    Docs loaded (from a DocBin or bytes) in a process that has not made the
    component.

    Args:
        extension: The name of the quotes' extension.
        sources: The name of the sources' extension.

    Raises:
        ExtensionConflictError: Another package registered one of the two
            names (``E060``); choose another with the ``extension`` or
            ``sources_extension`` config value.
    """
    for name, kind in ((extension, Quote), (sources, Entity)):
        _check_free(name, kind)
    for name, kind in ((extension, Quote), (sources, Entity)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_make_getter(user_data_key(name), kind))


def _check_free(name: str, kind: type) -> None:
    """Raise unless ``doc._.<name>`` is unregistered or our getter of ``kind`` values."""
    if not Doc.has_extension(name):
        return
    getter = Doc.get_extension(name)[2]
    ours = (getattr(getter, "quoteattr_key", None), getattr(getter, "quoteattr_kind", None))
    if ours != (user_data_key(name), kind):
        raise ExtensionConflictError(Errors.E060.format(name=name))


def _make_getter(key: str, kind: type[Any]) -> Callable[[Doc], list[Any] | None]:
    def get_results(doc: Doc) -> list[Any] | None:
        data = doc.user_data.get(key)
        if data is None:
            return None
        return [converter.structure(item, kind) for item in data]

    get_results.quoteattr_key = key  # type: ignore[attr-defined]
    get_results.quoteattr_kind = kind  # type: ignore[attr-defined]
    return get_results


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
