"""Whole results of the reported-speech tests as plain rows, written once for every test file."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from quoteattr.results import Quote

#: Type, content segments, cue and source mention (``None`` where there is none).
Row = tuple[str, tuple[str, ...], str | None, str | None]
#: Type, content segments, cue, source mention (``""`` where there is none) and confidence.
ScoredRow = tuple[str, tuple[str, ...], str, str, float]


def rows(quotes: list[Quote]) -> list[Row]:
    """Type, content segments, cue and source mention of each quote."""
    return [
        (
            q.type.value,
            tuple(s.text for s in q.content),
            q.cue.text if q.cue else None,
            q.source.mention.text if q.source else None,
        )
        for q in quotes
    ]


def reported_rows(nlp: Language, text: str) -> list[ScoredRow]:
    """Type, content segments, cue, source mention and confidence of each reported quote."""
    return [
        (
            q.type.value,
            tuple(s.text for s in q.content),
            q.cue.text if q.cue else "",
            q.source.mention.text if q.source else "",
            q.confidence,
        )
        for q in find_reported_speech(nlp(text), find_quotations(text))
    ]


#: A hand-built token: text, head index, dependency, tag, part of speech, lemma.
Token6 = tuple[str, int, str, str, str, str]


def parsed_doc(nlp: Language, tokens: list[Token6], ents: list[str] | None = None) -> Doc:
    """A Doc with the parse given by hand, to pin the attachments a rule reads.

    ``ents`` gives each token's entity as IOB (``"B-PERSON"``, ``"I-PERSON"``,
    ``"O"``); none by default.
    """
    words = [t[0] for t in tokens]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))],
        heads=[t[1] for t in tokens],
        deps=[t[2] for t in tokens],
        tags=[t[3] for t in tokens],
        pos=[t[4] for t in tokens],
        lemmas=[t[5] for t in tokens],
        ents=ents if ents is not None else ["O"] * len(words),
    )
