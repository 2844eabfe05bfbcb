"""The comparison rules of ``shared/eval/FORMAT.md``: trimming, token overlap, names.

Plain functions on offsets and strings; no spaCy.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

from quoteattr.evaluation.corpus import Offsets

#: A word token: a run of letters or digits (punctuation is never a token).
_WORD = re.compile(r"\w+")
#: Characters trimmed from both ends besides Unicode punctuation and spaces.
_EXTRA_TRIM = frozenset("`´^~|")


def is_trimmed_char(char: str) -> bool:
    """Whether ``char`` is trimmed from a span's ends: quote mark, punctuation or space."""
    return char.isspace() or char in _EXTRA_TRIM or unicodedata.category(char)[0] in "PZ"


def trim(text: str, span: Offsets) -> Offsets:
    """``span`` without quotation marks, punctuation and whitespace at both ends.

    Args:
        text: The document text.
        span: ``[start, end)`` offsets into ``text``.

    Returns:
        The trimmed offsets; an empty span at ``start`` when nothing is left.
    """
    start, end = span
    while start < end and is_trimmed_char(text[start]):
        start += 1
    while end > start and is_trimmed_char(text[end - 1]):
        end -= 1
    return (start, end) if start < end else (span[0], span[0])


class TokenIndex:
    """The word tokens of one text, to find the tokens of a span quickly.

    A token is identified by its position, so a repeated word counts once per
    occurrence and two spans share a token only where they overlap in the text.
    """

    def __init__(self, text: str) -> None:
        matches = list(_WORD.finditer(text))
        self._starts = [m.start() for m in matches]
        self._ends = [m.end() for m in matches]

    def tokens(self, spans: Sequence[Offsets]) -> frozenset[int]:
        """The indices of the word tokens overlapping any of ``spans``."""
        found: set[int] = set()
        for start, end in spans:
            if start >= end:
                continue
            first = bisect.bisect_right(self._ends, start)
            last = bisect.bisect_left(self._starts, end)
            found.update(range(first, last))
        return frozenset(found)


def jaccard(first: frozenset[int], second: frozenset[int]) -> float:
    """Jaccard index of two token sets; ``0.0`` when both are empty."""
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def overlaps(first: Offsets | None, second: Offsets | None) -> bool:
    """Whether two spans share at least one character."""
    if first is None or second is None:
        return False
    return max(first[0], second[0]) < min(first[1], second[1])


def inside(span: Offsets, region: Offsets) -> bool:
    """Whether ``span`` lies within ``region``."""
    return region[0] <= span[0] and span[1] <= region[1]


def match_quotes(
    gold: Sequence[Sequence[frozenset[int]]],
    predicted: Sequence[frozenset[int]],
    *,
    threshold: float = 0.5,
) -> list[tuple[int, int, int | None]]:
    """One-to-one greedy matching of predictions to gold quotes or their fragments.

    A gold quote is matched whole (the tokens of all its fragments) or, when it
    has several fragments, fragment by fragment: a prediction of one fragment
    of an interrupted quote matches that fragment, and another prediction can
    match another fragment. Pairs are taken best first; each prediction is
    used once, each fragment once, and a quote matched whole takes all its
    fragments.

    Args:
        gold: For each gold quote, the token sets of its fragments.
        predicted: For each prediction, the token set of its content.
        threshold: The lowest Jaccard index that may match.

    Returns:
        ``(gold_index, predicted_index, fragment)`` triples, best first;
        ``fragment`` is ``None`` for a whole-quote match. Ties go to the whole
        quote, then the earlier gold quote, fragment and prediction.
    """
    candidates = []
    for gi, fragments in enumerate(gold):
        units: list[tuple[int | None, frozenset[int]]] = [(None, frozenset().union(*fragments))]
        if len(fragments) > 1:
            units += list(enumerate(fragments))
        for fragment, tokens in units:
            for pi, other in enumerate(predicted):
                if tokens & other:
                    score = jaccard(tokens, other)
                    if score >= threshold:
                        rank = -1 if fragment is None else fragment
                        candidates.append((-score, gi, rank, pi, fragment))
    candidates.sort(key=lambda c: c[:4])
    used_predicted: set[int] = set()
    whole: set[int] = set()
    used_fragments: set[tuple[int, int]] = set()
    matched: list[tuple[int, int, int | None]] = []
    for _, gi, _, pi, fragment in candidates:
        if pi in used_predicted or gi in whole:
            continue
        if fragment is None:
            if any(g == gi for g, _ in used_fragments):
                continue
            whole.add(gi)
        elif (gi, fragment) in used_fragments:
            continue
        else:
            used_fragments.add((gi, fragment))
        used_predicted.add(pi)
        matched.append((gi, pi, fragment))
    return matched


def normalize_name(name: str) -> str:
    """A name as compared: lowercase, no diacritics, no possessive, no leading "the".

    >>> normalize_name("  The Kremlin's ")
    'kremlin'
    >>> normalize_name("Peña Nieto")
    'pena nieto'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = plain.lower().replace("\u2019", "'").split()
    text = " ".join(words).strip(" .,;:!?\"'")
    text = text.removesuffix("'s")
    text = text.removeprefix("the ")
    return text.strip()


def names_equal(gold: str | None, predicted: str | None) -> bool:
    """Whether two canonical names name the same source under FORMAT.md's rules.

    Equal after :func:`normalize_name`, or both of two or more words with the
    same first and last word (``Donald J. Trump`` and ``Donald Trump``).
    """
    if gold is None or predicted is None:
        return False
    first, second = normalize_name(gold), normalize_name(predicted)
    if not first or not second:
        return False
    if first == second:
        return True
    a, b = first.split(), second.split()
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]


@functools.cache
def speech_cue_lexicon() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The packaged speech cues (``quoteattr/data/speech_cues.json``): words, phrases, marks."""
    raw = json.loads(
        resources.files("quoteattr").joinpath("data/speech_cues.json").read_text("utf-8")
    )
    return frozenset(raw["words"]), tuple(raw["phrases"]), frozenset(raw["marks"])


def is_speech_cue(cue_text: str) -> bool:
    """Whether a cue is a common verb of saying, ``according to`` or a colon.

    >>> is_speech_cue("said in a statement"), is_speech_cue(":"), is_speech_cue("believes")
    (True, True, False)
    """
    words, phrases, marks = speech_cue_lexicon()
    text = " ".join(cue_text.lower().split())
    if text in marks:
        return True
    text = text.strip(" .,;:!?\"'")
    return any(phrase in text for phrase in phrases) or any(
        word in words for word in _WORD.findall(text)
    )
