"""The scorer's typed report: counts, the rates derived from them, and the errors.

Every rate is derived from stored counts, so reports can be added up and
compared exactly; :meth:`Report.to_dict` adds the rates for JSON readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@attrs.frozen
class PRF:
    """Precision, recall and F1 from counts.

    Predicted and gold sides are counted apart: with a type filter, a
    prediction of the filtered type matched to a gold quote of another type is
    correct for precision, while that gold quote is outside recall.

    Attributes:
        predicted: Predictions counted (not dropped, not inside an ignore span
            when unmatched).
        correct_predicted: Of those, the ones that are right.
        gold: Gold quotes counted.
        correct_gold: Of those, the ones found.
    """

    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    correct_gold: int = 0

    @property
    def precision(self) -> float:
        """``correct_predicted / predicted``; 0.0 when nothing was predicted."""
        return _ratio(self.correct_predicted, self.predicted)

    @property
    def recall(self) -> float:
        """``correct_gold / gold``; 0.0 when there is no gold quote."""
        return _ratio(self.correct_gold, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other))))

    def to_dict(self) -> dict[str, Any]:
        """Counts and rates (rounded to 4 places)."""
        return {
            **attrs.asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@attrs.frozen
class Accuracy:
    """A share of judged items.

    Attributes:
        correct: Items judged right.
        total: Items judged.
    """

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """``correct / total``; 0.0 when nothing was judged."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        """Counts and the rate (rounded to 4 places)."""
        return {**attrs.asdict(self), "value": round(self.value, 4)}


@attrs.frozen(kw_only=True)
class ErrorQuote:
    """A quote shown in error analysis.

    Attributes:
        type: Its quote type.
        start: Where its content starts.
        end: Where its content ends.
        text: The content (fragments joined by `` … ``).
        cue: The cue as written, or ``None``.
        speaker: The speaker mention as written, or ``None``.
        speaker_name: The canonical name, or ``None``.
    """

    type: str
    start: int
    end: int
    text: str
    cue: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None


@attrs.frozen(kw_only=True)
class WrongSpeaker:
    """A matched quote whose speaker is wrong.

    Attributes:
        gold: The gold quote.
        predicted: The prediction it matched.
    """

    gold: ErrorQuote
    predicted: ErrorQuote


@attrs.frozen(kw_only=True)
class DocumentErrors:
    """One document's errors.

    Attributes:
        id: The document id.
        false_positives: Counted predictions that matched no gold quote.
        misses: Gold quotes no prediction matched.
        wrong_speakers: Matched quotes with a wrong speaker.
    """

    id: str
    false_positives: tuple[ErrorQuote, ...] = ()
    misses: tuple[ErrorQuote, ...] = ()
    wrong_speakers: tuple[WrongSpeaker, ...] = ()


@attrs.frozen(kw_only=True)
class Counts:
    """Every count of one document (or, added up, a corpus).

    Attributes:
        overlap: Matches by token Jaccard >= 0.5.
        strict: Matches whose trimmed content is exactly the gold's.
        by_type: ``(type, overlap, strict)`` for each quote type, counting
            gold quotes by their gold type and predictions by their predicted
            type.
        type_accuracy: Matched quotes whose predicted type is the gold type.
        cue: Matched quotes whose cue is right (overlapping the gold cue, or
            both absent), where the corpus annotates cues.
        speaker: Matched quotes whose speaker is right (names where the gold
            has a ``speaker_name``, else mention overlap, or both absent).
        name: Matched quotes whose gold has a ``speaker_name`` (where the
            corpus annotates names) and whose predicted name equals it.
        attribution: Matches with a right speaker.
        speech_cue_recall: Gold quotes with a speech cue that were found.
    """

    overlap: PRF = PRF()
    strict: PRF = PRF()
    by_type: tuple[tuple[str, PRF, PRF], ...] = ()
    type_accuracy: Accuracy = Accuracy()
    cue: Accuracy = Accuracy()
    speaker: Accuracy = Accuracy()
    name: Accuracy = Accuracy()
    attribution: PRF = PRF()
    speech_cue_recall: Accuracy = Accuracy()

    def __add__(self, other: Counts) -> Counts:
        types = {t: (o, s) for t, o, s in self.by_type}
        for t, o, s in other.by_type:
            before = types.get(t, (PRF(), PRF()))
            types[t] = (before[0] + o, before[1] + s)
        return Counts(
            overlap=self.overlap + other.overlap,
            strict=self.strict + other.strict,
            by_type=tuple((t, o, s) for t, (o, s) in sorted(types.items())),
            type_accuracy=self.type_accuracy + other.type_accuracy,
            cue=self.cue + other.cue,
            speaker=self.speaker + other.speaker,
            name=self.name + other.name,
            attribution=self.attribution + other.attribution,
            speech_cue_recall=self.speech_cue_recall + other.speech_cue_recall,
        )


@attrs.frozen(kw_only=True)
class Report:
    """The scores of a set of predictions against gold.

    Attributes:
        documents: Gold documents scored.
        types: The quote types scored, in order.
        counts: Every count, added up over the documents.
        errors: Per-document errors, for documents that have any.
    """

    documents: int
    types: tuple[str, ...]
    counts: Counts
    errors: tuple[DocumentErrors, ...] = ()

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """The report as JSON-ready data: counts with their rates.

        Args:
            errors: Also list each document's false positives, misses and
                wrong speakers.
        """
        c = self.counts
        data: dict[str, Any] = {
            "documents": self.documents,
            "types": list(self.types),
            "overlap": c.overlap.to_dict(),
            "strict": c.strict.to_dict(),
            "by_type": {t: {"overlap": o.to_dict(), "strict": s.to_dict()} for t, o, s in c.by_type},
            "type_accuracy": c.type_accuracy.to_dict(),
            "cue_accuracy": c.cue.to_dict(),
            "speaker_accuracy": c.speaker.to_dict(),
            "name_accuracy": c.name.to_dict(),
            "attribution": c.attribution.to_dict(),
            "speech_cue_recall": c.speech_cue_recall.to_dict(),
        }
        if errors:
            data["errors"] = [attrs.asdict(e) for e in self.errors]
        return data

    def rows(self) -> list[tuple[str, str]]:
        """``(metric, value)`` rows, as the table prints them."""
        c = self.counts
        rows = [
            ("documents", str(self.documents)),
            ("gold / predicted", f"{c.overlap.gold} / {c.overlap.predicted}"),
        ]
        rows += _prf_rows("overlap", c.overlap) + _prf_rows("strict", c.strict)
        for t, o, s in c.by_type:
            rows.append((f"{t} overlap P / R / F1", _prf(o)))
            rows.append((f"{t} strict P / R / F1", _prf(s)))
        rows += [
            ("type accuracy", _acc(c.type_accuracy)),
            ("cue accuracy", _acc(c.cue)),
            ("speaker accuracy", _acc(c.speaker)),
            ("name accuracy", _acc(c.name)),
        ]
        rows += _prf_rows("attribution", c.attribution)
        rows.append(("speech-cue recall", _acc(c.speech_cue_recall)))
        return rows

    def to_table(self) -> str:
        """A plain-text table of the scores."""
        return format_table(["metric", "value"], self.rows())

    def __str__(self) -> str:
        return self.to_table()


def _prf(prf: PRF) -> str:
    if not prf.predicted and not prf.gold:
        return "n/a"
    precision = f"{prf.precision:.3f}" if prf.predicted else "-"
    recall = f"{prf.recall:.3f}" if prf.gold else "-"
    return f"{precision} / {recall} / {prf.f1:.3f}"


def _prf_rows(name: str, prf: PRF) -> list[tuple[str, str]]:
    return [
        (f"{name} precision", f"{prf.precision:.3f} ({prf.correct_predicted}/{prf.predicted})"),
        (f"{name} recall", f"{prf.recall:.3f} ({prf.correct_gold}/{prf.gold})"),
        (f"{name} F1", f"{prf.f1:.3f}"),
    ]


def _acc(accuracy: Accuracy) -> str:
    if not accuracy.total:
        return "n/a"
    return f"{accuracy.value:.3f} ({accuracy.correct}/{accuracy.total})"


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Rows as a Markdown table with padded columns."""
    table = [list(header)] + [list(r) for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in table]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)
