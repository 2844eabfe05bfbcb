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
    LexiconError,
    LexiconTypeError,
    ModelNotFound,
    NotEnglishWarning,
    QuoteattrError,
)
from quoteattr.exports import ExportArticle, read_export
from quoteattr.htmlpage import PageQuotes, extract_html
from quoteattr.lexicon import Lexicon
from quoteattr.models import load
from quoteattr.pipeline import (
    extract,
    extract_sources,
    find_attributions,
    find_quotes,
    find_sources,
)
from quoteattr.render import render
from quoteattr.results import Entity, Quote, QuoteKind, QuoteType, Source, SourceKind, TextSpan

__version__ = "0.1.0"

__all__ = [
    "CorpusQuotation",
    "CorpusSource",
    "DocumentResult",
    "Entity",
    "ExportArticle",
    "IncompatibleDocError",
    "InputTypeError",
    "Lexicon",
    "LexiconError",
    "LexiconTypeError",
    "ModelNotFound",
    "NotEnglishWarning",
    "PageQuotes",
    "Quote",
    "QuoteKind",
    "QuoteType",
    "QuoteattrError",
    "Source",
    "SourceKind",
    "TextSpan",
    "corpus_quotations",
    "corpus_sources",
    "extract",
    "extract_html",
    "extract_many",
    "extract_sources",
    "find_attributions",
    "find_quotes",
    "find_sources",
    "load",
    "read_export",
    "render",
    "to_dataframe",
]
