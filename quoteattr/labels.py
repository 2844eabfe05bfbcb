"""Labelled speech: headlines, transcripts and interviews, where a label and a colon introduce the words.

- A headline or deck ``Holt: "We will win" as rally fills stadium``: the
  quotation after the label is a direct quote of the label's speaker, not
  the start of a mixed quote running to the end of the line.
- A transcript turn ``CHAO: We have the money now.`` (a speaker label in
  capitals at the start of a paragraph, then the words without marks) is a
  direct quote of that speaker, in a text with the labels of at least two
  speakers (one label alone is a headline kicker: ``AP: ...``, ``BUSTED: ...``).
- Interview turns ``Q: ...`` and ``A: ...``, each paragraph one direct quote:
  the answers are the interviewee's and the questions the interviewer's when
  the text names them (``Interview with Mayor Lin Chao``, ``interviewed by
  Tom Hart``).

These run over the merged quotes of the other stages (:func:`apply_labels`).
"""

from __future__ import annotations

import re

import attrs
from spacy.tokens import Doc

from quoteattr.quotemarks import Quotation
from quoteattr.results import Quote, QuoteType, Source, TextSpan

#: A speaker label opening a paragraph: one to four capitalised words in capitals, a colon.
_LABEL = re.compile(r"(?:^|(?<=\n))[^\S\n]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}):[^\S\n]+")

#: An interview turn: ``Q:`` or ``A:`` opening a paragraph.
_TURN = re.compile(r"(?:^|(?<=\n))[^\S\n]*([QA]):[^\S\n]+([^\n]*\S)")

#: Who is interviewed and who asks, as the text says it.
_INTERVIEWEE = re.compile(r"\b(?:interview|conversation|talk)s? with\b", re.IGNORECASE)
_INTERVIEWER = re.compile(r"\b(?:interviewed|asked|questions?) by\b", re.IGNORECASE)

CONFIDENCE_LABEL = 0.9


def apply_labels(doc: Doc, text: str, quotes: list[Quote], quotations: list[Quotation]) -> list[Quote]:
    """``quotes`` with labelled speech read as direct quotes, and interview turns added.

    Args:
        doc: The parsed Doc (its entities name the interview's people).
        text: Its text.
        quotes: The merged quotes of the other stages, in text order.
        quotations: The quotations of ``text``.

    Returns:
        The quotes in text order.
    """
    by_start = {q.start: q for q in quotations if q.closed}
    # a transcript has turns of at least two speakers; one label is a headline or a kicker
    transcript = len({m.group(1) for m in _LABEL.finditer(text)}) >= 2
    labelled = []
    for quote in quotes:
        relabelled = _relabel(doc, quote, text, by_start, transcript=transcript)
        if relabelled is quote or not any(
            q is not quote and q.content == relabelled.content for q in quotes
        ):
            labelled.append(relabelled)
    turns = _interview_turns(doc, text)
    if turns:
        labelled = [q for q in labelled if not any(_overlaps(q, t) for t in turns)] + turns
    return sorted(labelled, key=lambda q: (q.start, q.end))


def _overlaps(first: Quote, second: Quote) -> bool:
    return first.start < second.end and second.start < first.end


def _relabel(
    doc: Doc,
    quote: Quote, text: str, quotations: dict[int, Quotation], *, transcript: bool
) -> Quote:
    """A quote cued by a label's colon, as a direct quote where the label introduces the words."""
    if quote.cue is None or quote.cue.text != ":" or quote.type is QuoteType.DIRECT:
        return quote
    line_start = text.rfind("\n", 0, quote.cue.start) + 1
    label = text[line_start : quote.cue.start]
    after = quote.cue.end + len(text[quote.cue.end :]) - len(text[quote.cue.end :].lstrip(" \t"))
    names_speaker = (
        quote.source is not None
        and line_start <= quote.source.mention.start < quote.cue.start
        and _is_name(doc, line_start, quote.cue.start)
    )
    if quote.type is QuoteType.MIXED and after in quotations and label.strip() and names_speaker:
        quotation = quotations[after]  # Holt: "We will win" as rally fills stadium
        content = TextSpan.from_offsets(text, quotation.start, quotation.end)
        return attrs.evolve(quote, type=QuoteType.DIRECT, content=(content,))
    if (
        quote.type is QuoteType.INDIRECT
        and transcript
        and _LABEL.match(text, line_start)
        and label.strip().isupper()
    ):
        return attrs.evolve(quote, type=QuoteType.DIRECT)  # CHAO: We have the money now.
    return quote


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc``'s words in ``[start, end)`` may be a name: capitalised, none a plural
    noun or a verb (``Holt``, ``Bernie Sanders``; not ``Reports``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if t.is_alpha]
    return bool(words) and all(
        t.text[0].isupper() and t.tag_ not in ("NNS", "NNPS") and t.pos_ != "VERB" for t in words
    )


def _interview_turns(doc: Doc, text: str) -> list[Quote]:
    """One direct quote per ``Q:`` / ``A:`` paragraph, sourced where the text names the people."""
    if "Q:" not in text and "A:" not in text:
        return []
    turns = list(_TURN.finditer(text))
    if not any(m.group(1) == "Q" for m in turns) or not any(m.group(1) == "A" for m in turns):
        return []
    first = turns[0].start()
    interviewee = _person_after(doc, text, _INTERVIEWEE, first)
    interviewer = _person_after(doc, text, _INTERVIEWER, first)
    quotes = []
    for match in turns:
        mention = interviewee if match.group(1) == "A" else interviewer
        quotes.append(
            Quote(
                type=QuoteType.DIRECT,
                content=(TextSpan.from_offsets(text, match.start(2), match.end(2)),),
                cue=TextSpan.from_offsets(text, match.end(1), match.end(1) + 1),
                source=None if mention is None else Source(mention=mention),
                confidence=CONFIDENCE_LABEL,
            )
        )
    return quotes


def _person_after(doc: Doc, text: str, pattern: re.Pattern[str], before: int) -> TextSpan | None:
    """The first person named right after ``pattern`` in ``text[:before]``."""
    for match in pattern.finditer(text, 0, before):
        for entity in doc.ents:
            if entity.label_ == "PERSON" and match.end() <= entity.start_char <= match.end() + 40:
                return TextSpan.from_offsets(text, entity.start_char, entity.end_char)
    return None
