"""quoteattr: who said what in news text.

>>> import quoteattr
>>> quotes = quoteattr.extract('"We provided an explanation," Mr Lavrov said.')
"""

from quoteattr import component as _component  # noqa: F401  registers the spaCy factory
from quoteattr.batch import DocumentResult, extract_many
from quoteattr.corpus import (
    CorpusQuotation,
    CorpusSource,
    corpus_quotations,
    corpus_sources,
    to_dataframe,
)
from quoteattr.errors import (
    IncompatibleDocError,
    InputTypeError,
    ModelNotFound,
    NotEnglishWarning,
    QuoteattrError,
)
from quoteattr.models import load
from quoteattr.pipeline import extract, find_quotes
from quoteattr.render import render
from quoteattr.resolution import extract_sources, find_sources
from quoteattr.results import Entity, Quote, QuoteType, Source, SourceKind, TextSpan

__version__ = "0.1.0"

__all__ = [
    "CorpusQuotation",
    "CorpusSource",
    "DocumentResult",
    "Entity",
    "IncompatibleDocError",
    "InputTypeError",
    "ModelNotFound",
    "NotEnglishWarning",
    "Quote",
    "QuoteType",
    "QuoteattrError",
    "Source",
    "SourceKind",
    "TextSpan",
    "corpus_quotations",
    "corpus_sources",
    "extract",
    "extract_many",
    "extract_sources",
    "find_quotes",
    "find_sources",
    "load",
    "render",
    "to_dataframe",
]
