"""Score predictions against gold with the rules of ``shared/eval/FORMAT.md``.

Per document:

1. Predictions of a type the gold does not annotate are dropped.
2. Gold and predicted quotes are matched one to one, greedily, best pairs
   first, by the Jaccard index of the word tokens of their contents, each span
   first trimmed of quotation marks, punctuation and whitespace at both ends;
   a pair needs at least 0.5. A gold quote with ``content_parts`` is matched
   on its fragments: whole (all fragments against the prediction), or
   fragment by fragment, so that separate predictions of ``"X,"`` and
   ``"Y."`` in ``"X," he said. "Y."`` both match it
   (:func:`~quoteattr.evaluation.matching.match_quotes`). Matching ignores
   the quote type: a predicted ``direct`` quote can match a gold ``mixed``
   one (``type_accuracy`` reports the agreement).
3. Unmatched predictions that lie inside an ``ignore_spans`` region are not
   counted at all.
4. ``overlap`` scores count the matches: a prediction is right when it is
   matched, a gold quote is found when any prediction matches it. ``strict``
   scores count only the matches whose trimmed spans are equal (to the
   fragment, for a fragment match). Scores by type count gold quotes by
   their gold type and predictions by their predicted type; the ``types``
   filter of :func:`score_corpus` restricts every figure that way.
5. On each found gold quote (its best match): the cue is right when it
   overlaps the gold cue (or both are absent); the speaker is right when the
   names are equal (:func:`~quoteattr.evaluation.matching.names_equal`) where
   the gold has a ``speaker_name`` and the corpus annotates names, else when
   the speaker mentions overlap (or both are absent). Attribution counts a
   prediction, and a gold quote, when it is matched with a right speaker.
6. Speech-cue recall: the share of gold quotes whose cue is a common verb of
   saying, ``according to`` or a colon (``quoteattr/data/speech_cues.json``)
   that were matched.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from quoteattr.errors import Errors, EvaluationDataError
from quoteattr.evaluation.corpus import (
    QUOTE_TYPES,
    Document,
    Offsets,
    QuoteRecord,
    from_records,
)
from quoteattr.evaluation.matching import (
    TokenIndex,
    inside,
    is_speech_cue,
    match_quotes,
    names_equal,
    overlaps,
    trim,
)
from quoteattr.evaluation.report import (
    PRF,
    Accuracy,
    Counts,
    DocumentErrors,
    ErrorQuote,
    Report,
    WrongSpeaker,
)

#: The lowest token Jaccard index for two contents to match.
MATCH_THRESHOLD = 0.5

Record = Mapping[str, Any] | Document


def score_corpus(
    gold_records: Iterable[Record],
    predicted_records: Iterable[Record],
    *,
    types: Collection[str] | None = None,
) -> Report:
    """Score predicted quotes against gold quotes, document by document.

    Args:
        gold_records: Gold documents (FORMAT.md dicts or
            :class:`~quoteattr.evaluation.corpus.Document`), with text.
        predicted_records: Predicted documents, matched to gold by ``id``;
            they need no text. A gold document without predictions has none.
        types: Score only these quote types (e.g. ``{"direct"}``); default all.

    Returns:
        The report, with every document's errors.

    Raises:
        EvaluationDataError: A record is malformed (``E501``), a prediction's
            id is not in the gold (``E502``), an id repeats (``E503``), or
            ``types`` names an unknown type (``E504``).
    """
    scored_types = _check_types(types)
    gold = _by_id(from_records(gold_records), "gold")
    predicted = _by_id(from_records(predicted_records), "predictions")
    unknown = [doc_id for doc_id in predicted if doc_id not in gold]
    if unknown:
        shown = ", ".join(repr(i) for i in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        raise EvaluationDataError(Errors.E502.format(ids=shown))
    total = Counts()
    errors = []
    for doc_id, gold_doc in gold.items():
        counts, doc_errors = score_document(
            gold_doc, predicted.get(doc_id), types=scored_types
        )
        total = total + counts
        if doc_errors.false_positives or doc_errors.misses or doc_errors.wrong_speakers:
            errors.append(doc_errors)
    return Report(documents=len(gold), types=scored_types, counts=total, errors=tuple(errors))


def score_document(
    gold: Document,
    predicted: Document | None,
    *,
    types: Collection[str] = QUOTE_TYPES,
) -> tuple[Counts, DocumentErrors]:
    """The counts and errors of one document's predictions.

    Args:
        gold: The gold document, with its text.
        predicted: The predictions for it (its text, if any, is not used), or
            ``None`` for none.
        types: The quote types to count.

    Returns:
        The document's counts and its errors.

    Raises:
        EvaluationDataError: A predicted offset lies outside the gold text
            (``E501``).
    """
    text = gold.text
    index = TokenIndex(text)
    gold_quotes = gold.quotes
    predictions = tuple(
        q for q in (predicted.quotes if predicted else ()) if q.type in gold.annotates
    )
    for i, quote in enumerate(predictions):
        _check_inside_text(quote, len(text), where=f"prediction {i} of {gold.id!r}")

    gold_parts = [_trimmed_parts(text, q) for q in gold_quotes]
    pred_parts = [_trimmed_parts(text, q) for q in predictions]
    gold_tokens = [[index.tokens([part]) for part in parts] for parts in gold_parts]
    pred_tokens = [index.tokens(p) for p in pred_parts]
    triples = match_quotes(gold_tokens, pred_tokens, threshold=MATCH_THRESHOLD)
    matches = [(g, p) for g, p, _ in triples]
    gold_match: dict[int, int] = {}
    for g, p in matches:
        gold_match.setdefault(g, p)
    pred_match = {p: g for g, p in matches}
    strict_pairs = {
        (g, p)
        for g, p, fragment in triples
        if pred_parts[p] == (gold_parts[g] if fragment is None else (gold_parts[g][fragment],))
    }

    counted_preds = [
        pi
        for pi in range(len(predictions))
        if pi in pred_match
        or not any(inside(_extent(pred_parts[pi]), region) for region in gold.ignore_spans)
    ]
    right_speaker = {
        (g, p): _speaker_right(gold, gold_quotes[g], predictions[p]) for g, p in matches
    }

    def prf(
        kinds: Collection[str], correct: set[tuple[int, int]] | None = None
    ) -> PRF:
        pairs = set(matches) if correct is None else correct
        good_gold = {g for g, _ in pairs}
        good_pred = {p for _, p in pairs}
        preds = [p for p in counted_preds if predictions[p].type in kinds]
        golds = [g for g in range(len(gold_quotes)) if gold_quotes[g].type in kinds]
        return PRF(
            predicted=len(preds),
            correct_predicted=sum(p in good_pred for p in preds),
            gold=len(golds),
            correct_gold=sum(g in good_gold for g in golds),
        )

    attributed = {pair for pair, right in right_speaker.items() if right is not False}
    judged = [(g, p) for g, p in sorted(gold_match.items()) if gold_quotes[g].type in types]

    type_accuracy = Accuracy(
        sum(gold_quotes[g].type == predictions[p].type for g, p in judged), len(judged)
    )
    cue = Accuracy()
    if "cue" in gold.annotates:
        cue = Accuracy(
            sum(_cue_right(gold_quotes[g], predictions[p]) for g, p in judged), len(judged)
        )
    speaker_judged = [right_speaker[pair] for pair in judged if right_speaker[pair] is not None]
    speaker = Accuracy(sum(bool(r) for r in speaker_judged), len(speaker_judged))
    named = [
        (g, p) for g, p in judged
        if "speaker_name" in gold.annotates and gold_quotes[g].speaker_name
    ]
    name = Accuracy(
        sum(
            names_equal(gold_quotes[g].speaker_name, predictions[p].speaker_name)
            for g, p in named
        ),
        len(named),
    )
    speech = [
        g
        for g, q in enumerate(gold_quotes)
        if q.type in types and q.cue is not None and is_speech_cue(text[q.cue[0] : q.cue[1]])
    ]
    counts = Counts(
        overlap=prf(types),
        strict=prf(types, strict_pairs),
        by_type=tuple(
            (t, prf({t}), prf({t}, strict_pairs)) for t in QUOTE_TYPES if t in types
        ),
        type_accuracy=type_accuracy,
        cue=cue,
        speaker=speaker,
        name=name,
        attribution=prf(types, attributed),
        speech_cue_recall=Accuracy(sum(g in gold_match for g in speech), len(speech)),
    )
    errors = DocumentErrors(
        id=gold.id,
        false_positives=tuple(
            _shown(text, predictions[p])
            for p in counted_preds
            if p not in pred_match and predictions[p].type in types
        ),
        misses=tuple(
            _shown(text, q)
            for g, q in enumerate(gold_quotes)
            if g not in gold_match and q.type in types
        ),
        wrong_speakers=tuple(
            WrongSpeaker(gold=_shown(text, gold_quotes[g]), predicted=_shown(text, predictions[p]))
            for g, p in sorted(judged)
            if right_speaker[(g, p)] is False
        ),
    )
    return counts, errors


def _speaker_right(document: Document, gold: QuoteRecord, predicted: QuoteRecord) -> bool | None:
    """Whether a matched quote's speaker is right; ``None`` when not judged."""
    if "speaker_name" in document.annotates and gold.speaker_name:
        return names_equal(gold.speaker_name, predicted.speaker_name)
    if "speaker" in document.annotates:
        if gold.speaker is None or predicted.speaker is None:
            return gold.speaker is None and predicted.speaker is None
        return overlaps(gold.speaker, predicted.speaker)
    return None


def _cue_right(gold: QuoteRecord, predicted: QuoteRecord) -> bool:
    if gold.cue is None or predicted.cue is None:
        return gold.cue is None and predicted.cue is None
    return overlaps(gold.cue, predicted.cue)


def _trimmed_parts(text: str, quote: QuoteRecord) -> tuple[Offsets, ...]:
    parts = tuple(trim(text, part) for part in quote.content_parts)
    return tuple(p for p in parts if p[0] < p[1]) or (trim(text, quote.content),)


def _extent(parts: tuple[Offsets, ...]) -> Offsets:
    return (parts[0][0], parts[-1][1])


def _check_inside_text(quote: QuoteRecord, length: int, *, where: str) -> None:
    spans = [quote.content, *quote.content_parts, quote.cue, quote.speaker]
    for span in spans:
        if span is not None and span[1] > length:
            raise EvaluationDataError(
                Errors.E501.format(
                    where=where,
                    expected=f"offsets within the gold text (length {length}), got {list(span)}",
                )
            )


def _shown(text: str, quote: QuoteRecord) -> ErrorQuote:
    def at(span: Offsets | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    return ErrorQuote(
        type=quote.type,
        start=quote.content[0],
        end=quote.content[1],
        text=" … ".join(text[s:e] for s, e in quote.content_parts),
        cue=at(quote.cue),
        speaker=at(quote.speaker),
        speaker_name=quote.speaker_name,
    )


def _check_types(types: Collection[str] | None) -> tuple[str, ...]:
    if types is None:
        return QUOTE_TYPES
    if isinstance(types, str):
        types = [types]
    for value in types:
        if value not in QUOTE_TYPES:
            raise EvaluationDataError(
                Errors.E504.format(value=value, allowed=list(QUOTE_TYPES))
            )
    return tuple(t for t in QUOTE_TYPES if t in types)


def _by_id(documents: list[Document], side: str) -> dict[str, Document]:
    found: dict[str, Document] = {}
    for document in documents:
        if document.id in found:
            raise EvaluationDataError(Errors.E503.format(id=document.id, side=side))
        if side == "gold" and document.quotes and not document.text:
            raise EvaluationDataError(
                Errors.E501.format(where=f"gold {document.id!r}", expected="a 'text'")
            )
        found[document.id] = document
    return found


__all__ = ["MATCH_THRESHOLD", "score_corpus", "score_document"]
