"""Quotes in a whole web page: the article's main text first, then the attributions.

A page as people save it holds menus, footers and comments around the article.
:func:`extract_main_text` takes the article out with trafilatura (the optional
extra ``quoteattr[html]``); :func:`extract_html` reports the quotes of that
text, so every offset indexes :attr:`PageQuotes.text`, which it returns too.
An HTML fragment whose markup should be kept as is (offsets into the raw
HTML) goes to :func:`quoteattr.extract` instead.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable
from types import ModuleType

import attrs
from spacy.language import Language

from quoteattr.errors import Errors, InputTypeError, MissingExtraError, type_hint
from quoteattr.pipeline import extract
from quoteattr.results import Quote


@functools.cache
def _trafilatura() -> ModuleType:
    """trafilatura, imported on first use: it is optional and slow to import."""
    try:
        return importlib.import_module("trafilatura")
    except ImportError as error:
        raise MissingExtraError(Errors.E086) from error


def _to_quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(quotes)


@attrs.frozen
class PageQuotes:
    """The article text taken out of a page and its quotes.

    Attributes:
        text: The article's main text; ``""`` when the page has none.
        quotes: The quotes, their offsets into ``text``.
    """

    text: str
    quotes: tuple[Quote, ...] = attrs.field(converter=_to_quotes)


def extract_main_text(html: str) -> str:
    """The main text of a web page: title and paragraphs, one a line.

    Args:
        html: The page's HTML.

    Returns:
        The text; ``""`` when no article text is found.

    Raises:
        InputTypeError: ``html`` is not a ``str`` (``E003``).
        MissingExtraError: trafilatura is not installed (``E086``).
    """
    if not isinstance(html, str):
        raise InputTypeError(Errors.E003.format(type_name=type(html).__name__, hint=type_hint(html)))
    extractor = _trafilatura()
    if not html.strip():
        return ""
    text = extractor.extract(html, favor_recall=True, include_comments=False)
    return text if isinstance(text, str) else ""


def extract_html(
    html: str,
    *,
    nlp: str | Language | None = None,
    fast: bool = False,
    quotations: str = "attributed",
) -> PageQuotes:
    """Every attribution in the article of a web page.

    Args:
        html: The page's HTML.
        nlp: The pipeline (or its name); default :func:`quoteattr.load`'s.
        fast: As for :func:`quoteattr.extract`.
        quotations: ``"attributed"`` or ``"all"``, as for :func:`quoteattr.extract`.

    Returns:
        The article text and its quotes, offsets into that text.

    Raises:
        InputTypeError: ``html`` is not a ``str`` (``E003``).
        MissingExtraError: trafilatura is not installed (``E086``).
    """
    text = extract_main_text(html)
    return PageQuotes(text, extract(text, nlp=nlp, fast=fast, quotations=quotations))
