"""Invariants of the scorer on generated documents (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.evaluation import PRF, score_corpus

WORDS = ["said", "the", "plan", "\u201cno,\u201d", "Mr", "Lavrov", "it", "failed.", '"yes"', "\u2014"]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40)))

    def span() -> list[int]:
        start = draw(st.integers(0, len(text)))
        return [start, draw(st.integers(start, len(text)))]

    quotes = []
    for _ in range(draw(st.integers(0, 6))):
        parts = sorted((span() for _ in range(draw(st.integers(1, 3)))), key=lambda s: s[0])
        quote: dict[str, Any] = {
            "type": draw(st.sampled_from(["direct", "indirect", "mixed"])),
            "content": [parts[0][0], max(p[1] for p in parts)],
            "cue": span() if draw(st.booleans()) else None,
            "speaker": span() if draw(st.booleans()) else None,
            "speaker_name": draw(st.none() | st.sampled_from(["Sergey Lavrov", "the Kremlin"])),
        }
        if len(parts) > 1:
            quote["content_parts"] = parts
        quotes.append(quote)
    ignore = [span() for _ in range(draw(st.integers(0, 2)))]
    return {"id": "g", "text": text, "quotes": quotes, "ignore_spans": ignore,
            "annotates": ["direct", "indirect", "mixed", "cue", "speaker", "speaker_name"]}


@settings(max_examples=100, deadline=None)
@given(documents())
def test_evaluation_gold_against_itself_finds_every_quote_with_tokens(gold: dict[str, Any]) -> None:
    report = score_corpus([gold], [gold])
    counts = report.counts
    assert counts.overlap.correct_gold == counts.overlap.gold - len(report.errors and report.errors[0].misses)
    assert all(not any(ch.isalnum() for ch in miss.text) for e in report.errors for miss in e.misses)
    # A content without a word token matches nothing, not even itself.
    assert all(not any(ch.isalnum() for ch in fp.text) for e in report.errors for fp in e.false_positives)
    assert counts.attribution.correct_gold == counts.overlap.correct_gold


@settings(max_examples=100, deadline=None)
@given(documents(), documents())
def test_evaluation_rates_are_proportions(gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    predicted = {**predicted, "text": gold["text"], "ignore_spans": [], "quotes": [
        q for q in predicted["quotes"]
        if all(0 <= o <= len(gold["text"]) for key in ("content", "cue", "speaker") for o in (q[key] or []))
        and all(o <= len(gold["text"]) for part in q.get("content_parts", []) for o in part)
    ]}
    counts = score_corpus([gold], [predicted]).counts
    prfs: list[PRF] = [counts.overlap, counts.strict, counts.attribution]
    prfs += [prf for _, overlap, strict in counts.by_type for prf in (overlap, strict)]
    for prf in prfs:
        assert 0 <= prf.correct_predicted <= prf.predicted and 0 <= prf.correct_gold <= prf.gold
        assert 0.0 <= prf.f1 <= 1.0
    assert counts.strict.correct_gold <= counts.overlap.correct_gold
    assert counts.attribution.correct_gold <= counts.overlap.correct_gold
