"""Line cues: a line opened by a label and a colon, and headlines.

- ``Poll: Clinton leads``, ``WALLACE: Let's start``, ``Clinton to Planned
  Parenthood: ...``: the label names the source, the rest of the line is
  the content;
- ``Maher Tells Guest X``: a title-case speech verb the tagger did not read
  as a verb, on a document's first line;
- ``Clinton stays ahead in latest poll``: a headline credited to a poll.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.cues import (
    cue_lemma,
    find_cue_classes,
)
from quoteattr.doctext import doc_text
from quoteattr.lexicon import active_lexicon
from quoteattr.reported.candidates import Candidate, trim
from quoteattr.reported.phrases import EVIDENCE_IN_CONFIDENCE, MIN_FRAMED_CONTENT, evidence_nouns
from quoteattr.sources import noun_phrase

_MAX_LABEL_TOKENS = 5
_MIN_COLON_CONTENT = 3
_MAX_NAME_LABEL = 3
#: Line labels that announce a section, never a source (``UPDATE: ...``).
_NON_SOURCE_LABELS = frozenset(
    {
        "update",
        "updated",
        "note",
        "related",
        "correction",
        "editor",
        "photo",
        "video",
        "watch",
        "read",
        "source",
        "sources",
        "advertisement",
        "disclosure",
        "clarification",
        "q",
        "a",
        "breaking",
        "look",
        "listen",
        "bombshell",
        "byline",
    }
)
_COLON_CONFIDENCE = 0.6
#: Adverbs between a headline's source and its cue (``Trump Just Said``).
_HEADLINE_ADVERBS = frozenset({"Just", "Now", "Also", "Finally"})
#: Tokens that end a headline's source or content.
_HEADLINE_BREAKS = frozenset({",", ":", "-", "\u2013", "\u2014", "--", ";"})
#: Longest headline label naming a source and whom or what it addresses (``X to Y:``).
_MAX_ADDRESSING_LABEL = 10
#: Words that end the source in such a label.
_ADDRESSING_WORDS = frozenset({"to", "on", "at"})


def read_headline_evidence(token: Token) -> Candidate | None:
    """A headline credited to a poll or study: ``Brisk stays well ahead of Okafor in new poll``.

    On a document's first line, followed by more lines, ``in`` and a poll,
    survey, study or report (the evidence labels) attributes the rest of the
    line to it.
    """
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    doc = token.doc
    text = doc_text(doc)
    line_end = text.find("\n")
    if line_end < 0 or token.idx >= line_end:
        # a text of one line has no headline
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    plurals = active_lexicon().words("evidence_nouns", "plurals")
    if pobj is None or cue_lemma(pobj) not in evidence_nouns() | plurals:
        return None
    if find_cue_classes(token.head):
        # "In a new study, scientists report ...": the line's own cue tells who says what
        return None
    line = doc.char_span(0, line_end, alignment_mode="contract")
    if line is None:
        return None
    parts = [
        trim(doc, line.start, token.i),
        trim(doc, token.right_edge.i + 1, line.end),
    ]
    parts = [(start, end) for start, end in parts if end > start]
    while parts and doc[parts[-1][1] - 1].is_punct:
        parts[-1] = (parts[-1][0], parts[-1][1] - 1)
    parts = [(start, end) for start, end in parts if end > start]
    if sum(end - start for start, end in parts) < MIN_FRAMED_CONTENT:
        return None
    cue = (token.idx, token.idx + len(token))
    return Candidate(tuple(parts), cue, noun_phrase(pobj), EVIDENCE_IN_CONFIDENCE, kind="evidence")


def read_colon_label(token: Token) -> Candidate | None:
    """A line opened by a source and a colon: ``Poll: Clinton leads``, ``WALLACE: Let's start``."""
    if token.text != ":":
        return None
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    label = doc.char_span(line_start, token.idx, alignment_mode="contract")
    if label is None or not 0 < len(label):
        return None
    if len(label) > _MAX_LABEL_TOKENS or not _is_source_label(label):
        label = _addressing_label(label) or _quoting_headline_source(label, token)
        if label is None:
            return None
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end < 0 else line_end
    content = doc.char_span(token.idx + 1, line_end, alignment_mode="contract")
    if content is None or sum(not t.is_punct for t in content) < _MIN_COLON_CONTENT:
        return None
    parts = (trim(doc, content.start, content.end),)
    return Candidate(parts, (token.idx, token.idx + 1), label, _COLON_CONFIDENCE)


def read_headline(token: Token) -> Candidate | None:
    """A title-case headline cue the tagger did not read as a verb: ``Maher Tells Guest X``.

    On a document's first line, a capitalised speech verb (``Says``,
    ``Tells``, ...) after a capitalised name reports the rest of the line, up
    to a comma or dash; the name is the source.
    """
    headline_verbs = active_lexicon().words("headline_verbs", "forms")
    if token.text not in headline_verbs or find_cue_classes(token):
        return None
    doc = token.doc
    text = doc_text(doc)
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if token.idx >= line_end or token.i == 0:
        return None
    end = token.i
    while end > 0 and doc[end - 1].text in _HEADLINE_ADVERBS:
        end -= 1  # "Al Sharpton Just Said ..."
    start = end
    while start > 0 and doc[start - 1].text not in _HEADLINE_BREAKS and not doc[start - 1].is_space:
        start -= 1
    source = doc[start:end]
    if not 0 < len(source) <= _MAX_LABEL_TOKENS or not all(t.text[:1].isupper() for t in source):
        return None
    stop = token.i + 1
    while stop < len(doc) and doc[stop].idx < line_end and doc[stop].text not in _HEADLINE_BREAKS:
        stop += 1
    part = trim(doc, token.i + 1, stop)
    while part[1] > part[0] and doc[part[1] - 1].is_punct:
        part = (part[0], part[1] - 1)
    if part[1] - part[0] < 2:
        return None
    return Candidate((part,), (token.idx, token.idx + len(token)), source, _COLON_CONFIDENCE)


def _quoting_headline_source(label: Span, colon: Token) -> Span | None:
    """The name opening a headline whose colon introduces a quotation.

    ``Ada Brisk Grills Harwell Bank Chief: 'You Should Be ...'``,
    ``Ada Brisk mocks Okafor voters: 'You're all ...'``: on a
    document's first line, a colon followed by a quotation mark quotes the
    person the headline opens with (a name of up to three words).
    """
    doc = colon.doc
    if "\n" in doc_text(doc)[: colon.idx] or colon.i + 1 >= len(doc):
        return None
    following = next((t for t in doc[colon.i + 1 :] if not t.is_space), None)
    if following is None or not following.is_quote:
        return None
    end = label.start
    while (
        end < label.end
        and end - label.start < _MAX_NAME_LABEL
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ == "PERSON"
    ):
        end += 1
    return doc[label.start : end] if end > label.start else None


def _addressing_label(label: Span) -> Span | None:
    """The source of a headline label that names whom or what it addresses.

    ``Brisk to Nurses' Union: ...``, ``Ledger Editor On Okafor: ...``,
    ``Hart on Brisk Publishing Her Tax Records: ...``: the name
    before ``to``, ``on`` or ``at`` is the source, the rest the audience or
    topic.
    """
    if len(label) > _MAX_ADDRESSING_LABEL:
        return None
    for token in label[1:]:
        if token.lower_ in _ADDRESSING_WORDS:
            head = label.doc[label.start : token.i]
            if len(head) <= _MAX_NAME_LABEL and _is_source_label(head):
                return head
            return None
    return None


def _is_source_label(label: Span) -> bool:
    """Whether the words before a line's colon name a source (a name, an agency, a poll)."""
    words = [t for t in label if not t.is_punct]
    if _is_transcript_label(words):
        return True
    if not words or any(t.pos_ in {"VERB", "AUX", "ADP", "PRON"} for t in words):
        return False
    if len(words) == 1 and words[0].lemma_.lower() in evidence_nouns():
        return True
    named = sum(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in words)
    capitalised = all(t.text[:1].isupper() for t in words)
    nouns = all(t.pos_ in {"PROPN", "NOUN"} for t in words)
    if capitalised and nouns and len(words) <= _MAX_NAME_LABEL:
        # "Pence: ...", "JOEL BENENSON: ...": a bare name, which the model often leaves
        # untyped (or tags as a common noun in a headline)
        return not any(t.lower_ in _NON_SOURCE_LABELS for t in words)
    return capitalised and 2 * named >= len(words)


def _is_transcript_label(words: list[Token]) -> bool:
    """Whether a line's label is a speaker's name in capitals: ``BOULDUAN:``, ``KATE BOULDUAN:``.

    The tagger reads such names as anything (an adjective, a verb); capitals
    alone say it is a name, unless it announces a section (``UPDATE:``).
    """
    return (
        0 < len(words) <= _MAX_NAME_LABEL
        and all(t.text.isalpha() and t.text.isupper() and len(t.text) > 1 for t in words)
        and not any(t.lower_ in _NON_SOURCE_LABELS for t in words)
    )
