"""Turns of a dialogue: who says ``I`` in an interview or a hearing transcript.

A text is a dialogue when its opening says so (``The Ledger interviews ...``,
``An interview with ...``, ``may it please the Court``) or when it reads as
questions and answers (at least :data:`MIN_QUESTIONS` paragraphs that are a
question followed by one that is not). Outside quotation marks, its ``I`` is
then whoever holds the floor in that paragraph:

- at the start, the person the headline names (``Helen Okafor, marine
  biologist, interviewed by the Ledger``), else the person the text names most;
- a speaker who introduces themselves (``My name is Ada Brisk``) holds it
  from that paragraph on;
- a short closing sentence addressing one person by an honorific or a title
  hands it to them (``Alright,
  Ms. Barros, please proceed.``, ``General Harlow.``, ``Miss Nandi?``);
- a question paragraph is the interviewer's (or the bench's): its ``I`` is
  not the answerer, and stays unnamed; its ``you`` is whoever answers it.

Nothing here reads the parse: paragraphs come from the text's line breaks,
people from the resolver's entities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import attrs

from quoteattr.names_data import lexicon
from quoteattr.resolution.entities import Cluster
from quoteattr.resolution.mentions import PERSON
from quoteattr.resolution.names import is_honorific, is_title

#: A text reads as questions and answers with at least this many question paragraphs
#: each followed by an answer.
MIN_QUESTIONS = 3
#: A closing sentence of at most this many words that names one person hands them the floor.
HANDOVER_WORDS = 6
#: A closing question of at most this many words that names one person calls on them
#: (``Miss Nandi?``).
NAME_WORDS = 3
#: The headline and the next few paragraphs are read for the words that mark a dialogue.
OPENING_PARAGRAPHS = 3

_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[\w'’-]+")


@attrs.frozen
class Turn:
    """One paragraph of a dialogue and who holds the floor in it (``None``: a question)."""

    start: int
    end: int
    speaker: Cluster | None = attrs.field(eq=False)


def find_turns(text: str, clusters: Sequence[Cluster]) -> list[Turn]:
    """The turns of a dialogue text, or ``[]`` when the text is not a dialogue.

    Args:
        text: The document text.
        clusters: The document's entities (only people are read).

    Returns:
        One turn per paragraph, in order.
    """
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    if not paragraphs or not _is_dialogue(text, paragraphs):
        return []
    people = sorted(
        (
            (m.start, m.end, c)
            for c in clusters
            if c.kind == PERSON
            for m in c.mentions
            if not m.in_quote  # ``'Hi Ada, my name is Tom'`` quoted in an answer
        ),
        key=lambda item: item[0],
    )

    def named(start: int, end: int) -> list[tuple[int, int, Cluster]]:
        return [p for p in people if start <= p[0] and p[1] <= end]

    headline = named(*paragraphs[0])
    floor: Cluster | None = headline[0][2] if headline else _most_named(people)
    turns = []
    for start, end in paragraphs:
        paragraph = text[start:end]
        introduced = _introduced(text, start, end, named(start, end))
        if introduced is not None:
            floor = introduced
        question = paragraph.rstrip().endswith("?")
        turns.append(Turn(start, end, None if question else floor))
        handed = _handed_to(text, start, end, named(start, end))
        if handed is not None:
            floor = handed
    return turns


def _most_named(people: list[tuple[int, int, Cluster]]) -> Cluster | None:
    """The person named most often (the first named of those tied)."""
    counts: dict[int, int] = {}
    first: dict[int, Cluster] = {}
    for _, _, cluster in people:
        counts[id(cluster)] = counts.get(id(cluster), 0) + 1
        first.setdefault(id(cluster), cluster)
    if not counts:
        return None
    top = max(counts.values())
    return next(c for key, c in first.items() if counts[key] == top)


def speaker_at(turns: Sequence[Turn], position: int) -> Cluster | None:
    """Who holds the floor at a character offset, or ``None``."""
    for turn in turns:
        if turn.start <= position < turn.end:
            return turn.speaker
    return None


def addressee_at(turns: Sequence[Turn], position: int) -> Cluster | None:
    """Whom a question at a character offset asks (``you``): who answers it, or ``None``."""
    for i, turn in enumerate(turns):
        if turn.start <= position < turn.end:
            if turn.speaker is not None:
                return None
            return next((t.speaker for t in turns[i + 1 :] if t.speaker is not None), None)
    return None


def _is_dialogue(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    opening = " ".join(text[s:e] for s, e in paragraphs[:OPENING_PARAGRAPHS]).lower()
    if any(re.search(rf"\b{re.escape(w)}\b", opening) for w in lexicon()["dialogue_openings"]):
        return True
    questions = [text[s:e].rstrip().endswith("?") for s, e in paragraphs]
    answered = sum(q and not a for q, a in pairwise(questions))
    return answered >= MIN_QUESTIONS


def _introduced(
    text: str, start: int, end: int, people: list[tuple[int, int, Cluster]]
) -> Cluster | None:
    """The person a paragraph's speaker says they are (``My name is Ada Brisk``)."""
    for name_start, _, cluster in people:
        before = text[max(start, name_start - 20) : name_start].lower()
        if any(before.rstrip().endswith(p) for p in lexicon()["self_introductions"]):
            return cluster
    return None


def _handed_to(
    text: str, start: int, end: int, people: list[tuple[int, int, Cluster]]
) -> Cluster | None:
    """The one person a paragraph's short closing sentence names: the next speaker."""
    sentences = _SENTENCE_END.split(text[start:end].strip())
    last = sentences[-1] if sentences else ""
    words = len(_WORD.findall(last))
    if not last or words > HANDOVER_WORDS or (last.endswith("?") and words > NAME_WORDS):
        return None
    last_start = start + text[start:end].rfind(last)
    inside = {c for s, _, c in people if last_start <= s and _addressed(text, s)}
    return inside.pop() if len(inside) == 1 else None


def _addressed(text: str, name_start: int) -> bool:
    """Whether a name is written as one addresses its bearer: after an honorific or a
    title (``Ms. Barros``, ``General Harlow``), not bare as in a caption."""
    words = _WORD.findall(text[max(0, name_start - 20) : name_start])
    return bool(words) and (is_honorific(words[-1]) or is_title(words[-1]))


def signed_lines(text: str, clusters: Sequence[Cluster]) -> list[tuple[int, Cluster]]:
    """Where a person's name stands alone on a line (``By Jane Doe`` included): a
    first-person text's signature or byline, with its person."""
    signed = []
    for cluster in clusters:
        if cluster.kind != PERSON:
            continue
        for mention in cluster.mentions:
            line_start = text.rfind("\n", 0, mention.start) + 1
            line_end = text.find("\n", mention.end)
            line = text[line_start : len(text) if line_end == -1 else line_end].strip()
            if line.removeprefix("By ").rstrip(".") == text[mention.start : mention.end]:
                signed.append((mention.start, cluster))
    return signed


def nearest_signature(signed: list[tuple[int, Cluster]], position: int) -> Cluster | None:
    """The writer of an ``I`` at ``position``: the first signature after it, else the
    last before it."""
    after = [pair for pair in signed if pair[0] > position]
    before = [pair for pair in signed if pair[0] < position]
    if after:
        return min(after, key=lambda pair: pair[0])[1]
    return max(before, key=lambda pair: pair[0])[1] if before else None
