"""Evaluation: score predicted attributions against gold (``shared/eval/FORMAT.md``).

>>> from quoteattr.evaluation import score_corpus
>>> text = 'He said "we agreed".'
>>> gold = [{"id": "a", "text": text, "quotes": [
...     {"type": "direct", "content": [8, 19], "cue": [3, 7], "speaker": [0, 2]}]}]
>>> predicted = [{"id": "a", "quotes": [
...     {"type": "direct", "content": [9, 18], "cue": [3, 7], "speaker": [0, 2]}]}]
>>> score_corpus(gold, predicted).counts.strict.f1
1.0
"""

from quoteattr.evaluation.corpus import (
    QUOTE_TYPES,
    Document,
    QuoteRecord,
    from_record,
    from_records,
    read_corpus,
)
from quoteattr.evaluation.matching import is_speech_cue, names_equal, normalize_name
from quoteattr.evaluation.report import (
    PRF,
    Accuracy,
    Counts,
    DocumentErrors,
    ErrorQuote,
    Report,
    WrongSpeaker,
)
from quoteattr.evaluation.scoring import MATCH_THRESHOLD, score_corpus, score_document

__all__ = [
    "MATCH_THRESHOLD",
    "PRF",
    "QUOTE_TYPES",
    "Accuracy",
    "Counts",
    "Document",
    "DocumentErrors",
    "ErrorQuote",
    "QuoteRecord",
    "Report",
    "WrongSpeaker",
    "from_record",
    "from_records",
    "is_speech_cue",
    "names_equal",
    "normalize_name",
    "read_corpus",
    "score_corpus",
    "score_document",
]
