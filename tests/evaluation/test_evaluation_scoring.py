"""score_corpus on small hand-made documents, one FORMAT.md rule at a time."""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr.errors import EvaluationDataError
from quoteattr.evaluation import (
    PRF,
    Accuracy,
    DocumentErrors,
    ErrorQuote,
    WrongSpeaker,
    score_corpus,
)

TEXT = (
    'Mr Lavrov said "we agreed on everything." '
    "Critics say the plan failed badly. "
    '"It works," she said, "for now." '
    "Subscribe to our newsletter today."
)


def at(phrase: str, text: str = TEXT) -> list[int]:
    """The ``[start, end)`` of the first occurrence of ``phrase``."""
    start = text.index(phrase)
    return [start, start + len(phrase)]


def quote(content: str, *, type: str = "direct", cue: str | None = None, speaker: str | None = None,
          name: str | None = None, parts: list[str] | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": type,
        "content": at(content),
        "cue": at(cue) if cue else None,
        "speaker": at(speaker) if speaker else None,
        "speaker_name": name,
    }
    if parts:
        record["content_parts"] = [at(p) for p in parts]
    return record


LAVROV = quote('"we agreed on everything."', cue="said", speaker="Mr Lavrov", name="Sergey Lavrov")
CRITICS = quote("the plan failed badly", type="indirect", cue="say", speaker="Critics")
SHE = quote(
    '"It works," she said, "for now."', cue="said,", speaker="she",
    parts=['"It works,"', '"for now."'],
)


def gold_doc(*quotes: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"id": "d", "text": TEXT, "quotes": list(quotes),
            "annotates": ["direct", "indirect", "mixed", "cue", "speaker"], **fields}


def predicted_doc(*quotes: dict[str, Any]) -> dict[str, Any]:
    return {"id": "d", "quotes": list(quotes)}


def overlap(gold: dict[str, Any], predicted: dict[str, Any], **kw: Any) -> PRF:
    return score_corpus([gold], [predicted], **kw).counts.overlap


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        # Quotation marks and punctuation trimmed: the same content.
        (quote("we agreed on everything"), PRF(1, 1, 1, 1)),
        # 3 of 4 tokens: Jaccard 0.75.
        (quote("agreed on everything"), PRF(1, 1, 1, 1)),
        # 2 of 4 tokens: Jaccard exactly 0.5 still matches.
        (quote("on everything"), PRF(1, 1, 1, 1)),
        # 1 of 4: no match, one false positive and one miss.
        (quote("everything"), PRF(1, 0, 1, 0)),
        # Longer than the gold: 4 of 7 tokens.
        (quote('said "we agreed on everything'), PRF(1, 1, 1, 1)),
    ],
)
def test_scoring_overlap_needs_token_jaccard_of_half(predicted: dict[str, Any], expected: PRF) -> None:
    assert overlap(gold_doc(LAVROV), predicted_doc(predicted)) == expected


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (quote("we agreed on everything"), PRF(1, 1, 1, 1)),
        (quote('"we agreed on everything."'), PRF(1, 1, 1, 1)),
        (quote("agreed on everything"), PRF(1, 0, 1, 0)),
    ],
)
def test_scoring_strict_needs_equal_trimmed_spans(predicted: dict[str, Any], expected: PRF) -> None:
    report = score_corpus([gold_doc(LAVROV)], [predicted_doc(predicted)])
    assert report.counts.strict == expected


def test_scoring_matches_one_to_one() -> None:
    predictions = predicted_doc(
        quote("agreed on everything", speaker="Lavrov"), quote("we agreed on everything", speaker="Lavrov")
    )
    report = score_corpus([gold_doc(LAVROV)], [predictions])
    assert (report.counts.overlap, report.counts.strict) == (PRF(2, 1, 1, 1), PRF(2, 1, 1, 1))
    assert report.errors == (
        DocumentErrors(
            id="d",
            false_positives=(
                ErrorQuote(type="direct", start=19, end=39, text="agreed on everything", speaker="Lavrov"),
            ),
        ),
    )


@pytest.mark.parametrize(
    ("predicted", "overlap_prf", "strict_prf"),
    [
        # The fragments themselves: a strict match.
        (quote('"It works,"', parts=['"It works,"', '"for now."']), PRF(1, 1, 1, 1), PRF(1, 1, 1, 1)),
        # The whole stretch, cue included: tokens 4 of 6, overlap only.
        (quote('"It works," she said, "for now."'), PRF(1, 1, 1, 1), PRF(1, 0, 1, 0)),
        # One fragment alone matches that fragment, here exactly.
        (quote("It works"), PRF(1, 1, 1, 1), PRF(1, 1, 1, 1)),
        # Most of one fragment: an overlap match of the fragment.
        (quote("It works,\" she"), PRF(1, 1, 1, 1), PRF(1, 0, 1, 0)),
    ],
)
def test_scoring_uses_content_parts(predicted: dict[str, Any], overlap_prf: PRF, strict_prf: PRF) -> None:
    predicted["content"] = [predicted["content"][0], at('"for now."')[1]] if "content_parts" in predicted else predicted["content"]
    report = score_corpus([gold_doc(SHE)], [predicted_doc(predicted)])
    assert (report.counts.overlap, report.counts.strict) == (overlap_prf, strict_prf)


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        # Unmatched, inside the ignored region: not counted at all.
        (quote("Subscribe to our newsletter"), PRF(0, 0, 1, 0)),
        # Quotation marks around it do not take it outside.
        (quote("our newsletter today."), PRF(0, 0, 1, 0)),
        # Partly outside the region: a false positive.
        (quote("for now.\" Subscribe to our"), PRF(1, 0, 1, 0)),
    ],
)
def test_scoring_ignores_unmatched_predictions_in_ignore_spans(
    predicted: dict[str, Any], expected: PRF
) -> None:
    gold = gold_doc(LAVROV, ignore_spans=[at("Subscribe to our newsletter today.")])
    assert overlap(gold, predicted_doc(predicted)) == expected


def test_scoring_matches_each_fragment_once() -> None:
    predictions = predicted_doc(
        quote("It works", speaker="she"), quote("for now", speaker="she"), quote("It works", speaker="she")
    )
    report = score_corpus([gold_doc(SHE)], [predictions])
    assert (report.counts.overlap, report.counts.attribution) == (PRF(3, 2, 1, 1), PRF(3, 2, 1, 1))


def test_scoring_counts_matched_predictions_in_ignore_spans() -> None:
    gold = gold_doc(LAVROV, ignore_spans=[at('"we agreed on everything."')])
    assert overlap(gold, predicted_doc(quote("we agreed on everything"))) == PRF(1, 1, 1, 1)


def test_scoring_drops_predicted_types_the_corpus_does_not_annotate() -> None:
    gold = gold_doc(LAVROV, annotates=["direct", "cue", "speaker"])
    predictions = predicted_doc(quote("we agreed on everything"), quote("the plan failed", type="indirect"))
    assert overlap(gold, predictions) == PRF(1, 1, 1, 1)


def test_scoring_by_type_counts_gold_and_predicted_types_apart() -> None:
    gold = gold_doc(LAVROV, CRITICS)
    predictions = predicted_doc(quote("we agreed on everything", type="mixed"), quote("Critics say the plan failed badly", type="indirect"))
    counts = score_corpus([gold], [predictions]).counts
    assert counts.by_type == (
        ("direct", PRF(0, 0, 1, 1), PRF(0, 0, 1, 1)),
        ("indirect", PRF(1, 1, 1, 1), PRF(1, 0, 1, 0)),
        ("mixed", PRF(1, 1, 0, 0), PRF(1, 1, 0, 0)),
    )
    assert counts.type_accuracy == Accuracy(1, 2)


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        (None, PRF(2, 1, 2, 1)),
        (["direct"], PRF(1, 1, 1, 1)),
        (["indirect"], PRF(1, 0, 1, 0)),
        (["mixed"], PRF(0, 0, 0, 0)),
        ("direct", PRF(1, 1, 1, 1)),
    ],
)
def test_scoring_types_filter(types: Any, expected: PRF) -> None:
    gold = gold_doc(LAVROV, CRITICS)
    predictions = predicted_doc(quote("we agreed on everything"), quote("Subscribe to our newsletter", type="indirect"))
    assert overlap(gold, predictions, types=types) == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [("said", Accuracy(1, 1)), ("Mr Lavrov said", Accuracy(1, 1)), ("Mr", Accuracy(0, 1)), (None, Accuracy(0, 1))],
)
def test_scoring_cue_right_when_overlapping(cue: str | None, expected: Accuracy) -> None:
    predictions = predicted_doc(quote("we agreed on everything", cue=cue))
    assert score_corpus([gold_doc(LAVROV)], [predictions]).counts.cue == expected


@pytest.mark.parametrize(
    ("annotates", "expected"),
    [(["direct", "cue"], Accuracy(1, 1)), (["direct"], Accuracy(0, 0))],
)
def test_scoring_cue_judged_only_when_annotated(annotates: list[str], expected: Accuracy) -> None:
    gold = gold_doc(quote("we agreed on everything"), annotates=annotates)
    predictions = predicted_doc(quote("we agreed on everything"))
    assert score_corpus([gold], [predictions]).counts.cue == expected


NAMED = ["direct", "indirect", "mixed", "cue", "speaker", "speaker_name"]


@pytest.mark.parametrize(
    ("annotates", "speaker", "name", "speaker_acc", "name_acc"),
    [
        # Names judged: equal names are right whatever the mention.
        (NAMED, "she", "sergey lavrov", Accuracy(1, 1), Accuracy(1, 1)),
        (NAMED, "Mr Lavrov", "Lavrov", Accuracy(0, 1), Accuracy(0, 1)),
        (NAMED, "Mr Lavrov", None, Accuracy(0, 1), Accuracy(0, 1)),
        # Names not annotated: the mention spans must overlap.
        (NAMED[:5], "Lavrov", None, Accuracy(1, 1), Accuracy(0, 0)),
        (NAMED[:5], "she", "Sergey Lavrov", Accuracy(0, 1), Accuracy(0, 0)),
        (NAMED[:5], None, None, Accuracy(0, 1), Accuracy(0, 0)),
        # Neither speakers nor names annotated: not judged.
        (["direct"], "she", None, Accuracy(0, 0), Accuracy(0, 0)),
    ],
)
def test_scoring_speaker_by_name_else_by_mention(
    annotates: list[str], speaker: str | None, name: str | None, speaker_acc: Accuracy, name_acc: Accuracy
) -> None:
    gold = gold_doc(LAVROV, annotates=annotates)
    predictions = predicted_doc(quote("we agreed on everything", speaker=speaker, name=name))
    counts = score_corpus([gold], [predictions]).counts
    assert (counts.speaker, counts.name) == (speaker_acc, name_acc)


@pytest.mark.parametrize(
    ("gold_quote", "speaker", "expected"),
    [
        # Gold without a name: the mentions decide, even where names are annotated.
        (CRITICS, "Critics", Accuracy(1, 1)),
        (CRITICS, "plan", Accuracy(0, 1)),
        # Gold without a source: right only when none is predicted.
        (quote("the plan failed badly", type="indirect"), None, Accuracy(1, 1)),
        (quote("the plan failed badly", type="indirect"), "Critics", Accuracy(0, 1)),
    ],
)
def test_scoring_speaker_without_gold_name(gold_quote: dict[str, Any], speaker: str | None, expected: Accuracy) -> None:
    gold = gold_doc(gold_quote, annotates=NAMED)
    predictions = predicted_doc(quote("the plan failed badly", type="indirect", speaker=speaker))
    assert score_corpus([gold], [predictions]).counts.speaker == expected


def test_scoring_attribution_needs_match_and_right_speaker() -> None:
    gold = gold_doc(LAVROV, CRITICS)
    predictions = predicted_doc(
        quote("we agreed on everything", speaker="Mr Lavrov"),
        quote("the plan failed badly", type="indirect", speaker="she"),
        quote("Subscribe to our newsletter", speaker="our"),
    )
    report = score_corpus([gold], [predictions])
    assert report.counts.attribution == PRF(3, 1, 2, 1)
    assert report.errors[0].wrong_speakers == (
        WrongSpeaker(
            gold=ErrorQuote(type="indirect", start=54, end=75, text="the plan failed badly",
                            cue="say", speaker="Critics"),
            predicted=ErrorQuote(type="indirect", start=54, end=75, text="the plan failed badly",
                                 speaker="she"),
        ),
    )


def test_scoring_speech_cue_recall() -> None:
    believes = {**quote("It works", type="indirect"), "cue": at("Subscribe")}
    gold = gold_doc(LAVROV, CRITICS, believes)
    predictions = predicted_doc(quote("we agreed on everything"), quote("It works", type="indirect"))
    assert score_corpus([gold], [predictions]).counts.speech_cue_recall == Accuracy(1, 2)


def test_scoring_adds_documents_and_missing_predictions() -> None:
    second = {**gold_doc(CRITICS), "id": "e"}
    predictions = predicted_doc(quote("we agreed on everything", speaker="Lavrov"))
    report = score_corpus([gold_doc(LAVROV), second], [predictions])
    assert (report.documents, report.counts.overlap) == (2, PRF(1, 1, 2, 1))
    assert [e.id for e in report.errors] == ["e"]


def test_scoring_report_to_dict() -> None:
    report = score_corpus([gold_doc(LAVROV)], [predicted_doc(quote("everything"))], types=["direct"])
    data = report.to_dict(errors=True)
    assert data["overlap"] == {
        "predicted": 1, "correct_predicted": 0, "gold": 1, "correct_gold": 0,
        "precision": 0.0, "recall": 0.0, "f1": 0.0,
    }
    assert data["types"] == ["direct"]
    assert [len(data["errors"][0][k]) for k in ("false_positives", "misses", "wrong_speakers")] == [1, 1, 0]


def test_scoring_report_table_lists_every_metric() -> None:
    table = score_corpus([gold_doc(LAVROV)], [predicted_doc(quote("we agreed on everything"))]).to_table()
    metrics = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
    assert metrics == [
        "documents", "gold / predicted",
        "overlap precision", "overlap recall", "overlap F1",
        "strict precision", "strict recall", "strict F1",
        "direct overlap P / R / F1", "direct strict P / R / F1",
        "indirect overlap P / R / F1", "indirect strict P / R / F1",
        "mixed overlap P / R / F1", "mixed strict P / R / F1",
        "type accuracy", "cue accuracy", "speaker accuracy", "name accuracy",
        "attribution precision", "attribution recall", "attribution F1",
        "speech-cue recall",
    ]


@pytest.mark.parametrize(
    ("gold", "predicted", "types", "message"),
    [
        ([gold_doc()], [{"id": "x", "quotes": []}], None, "E502 The predictions have documents the gold does not: 'x'."),
        ([gold_doc(), gold_doc()], [], None, "E503 The document id 'd' occurs more than once in the gold."),
        ([gold_doc()], [], ["quoted"], "E504 Unknown quote type 'quoted' to score"),
        ([gold_doc({"type": "direct", "content": [5, 999]})], [], None, "E501 Invalid evaluation record (record 0 quote 0 content)"),
        ([gold_doc({"type": "said", "content": [0, 1]})], [], None, "E501 Invalid evaluation record (record 0 quote 0)"),
        ([gold_doc()], [predicted_doc({"type": "direct", "content": [0, 999]})], None, "E501 Invalid evaluation record (prediction 0 of 'd')"),
        ([{"text": TEXT}], [], None, "E501 Invalid evaluation record (record 0): expected a JSON object with an 'id'"),
    ],
)
def test_scoring_rejects_bad_input(gold: Any, predicted: Any, types: Any, message: str) -> None:
    with pytest.raises(EvaluationDataError) as error:
        score_corpus(gold, predicted, types=types)
    assert str(error.value).startswith(message)


@pytest.mark.shared
def test_scoring_gold_against_itself_is_perfect(eval_dev: Any) -> None:
    from quoteattr.evaluation import read_corpus

    gold = read_corpus(eval_dev / "seed.jsonl")
    counts = score_corpus(gold, gold).counts
    assert (counts.overlap, counts.strict, counts.attribution, counts.name, counts.speech_cue_recall) == (
        PRF(15, 15, 15, 15), PRF(15, 15, 15, 15), PRF(15, 15, 15, 15), Accuracy(13, 13), Accuracy(10, 10)
    )
