"""From candidates to quotes: the quote type from its quotation marks, and a quoted run-on.

A content holding quotation marks is a mixed quote; a content entirely
inside quotation marks is a direct quote (``X said: "..."``). A content never
runs over its cue's line, and a quoted sentence closing the paragraph after
a whole report continues it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quoteattr.doctext import doc_text
from quoteattr.quotemarks import Quotation
from quoteattr.reported.candidates import Candidate
from quoteattr.results import Quote, QuoteType, Source, TextSpan


def to_quote(
    doc: Doc, candidate: Candidate, quotations: list[Quotation], quoted: list[bool]
) -> Quote | None:
    text = doc_text(doc)
    offsets = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in candidate.parts]
    start, end = offsets[0][0], offsets[-1][1]
    for quotation in quotations:
        if start <= quotation.start < end < quotation.end:
            offsets[-1] = (offsets[-1][0], quotation.end)
            end = quotation.end
    offsets = _in_cue_paragraph(text, offsets, candidate.cue[0])
    offsets += _quoted_continuation(doc, candidate, offsets, quotations)
    inside = outside = 0
    for s, e in offsets:
        for i in range(s, e):
            if text[i].isalnum():
                if quoted[i]:
                    inside += 1
                else:
                    outside += 1
    if inside + outside == 0:
        return None
    quote_type = (
        QuoteType.DIRECT if outside == 0 else QuoteType.MIXED if inside else QuoteType.INDIRECT
    )
    source = None
    if candidate.source is not None:
        mention = TextSpan.from_offsets(
            text, candidate.source.start_char, candidate.source.end_char
        )
        source = Source(mention=mention)
    return Quote(
        type=quote_type,
        content=tuple(TextSpan.from_offsets(text, s, e) for s, e in offsets),
        cue=TextSpan.from_offsets(text, *candidate.cue),
        source=source,
        confidence=candidate.confidence,
        kind=candidate.kind,
    )


def _quoted_continuation(
    doc: Doc, candidate: Candidate, offsets: list[tuple[int, int]], quotations: list[Quotation]
) -> list[tuple[int, int]]:
    """A quotation that follows a report's sentence and ends its paragraph: the report runs on.

    ``Yet Trump is a "change agent," Cole said. "That's what people want."``,
    ``"X," said Y, an economist. "Z."``, ``He said he would not vote for Cruz.
    "I'm not sure ..."``: after a sentence holding a whole report (a closing
    cue with whatever follows it outside quotation marks, or a content that
    runs to the sentence's end), a quoted sentence ending the paragraph, with
    no cue of its own, continues the same report.
    """
    text = doc_text(doc)
    cue = doc.char_span(candidate.cue[0], candidate.cue[1], alignment_mode="expand")
    if cue is None or candidate.source is None:
        return []
    sent = cue[0].sent
    if offsets[0][0] < sent.start_char or offsets[-1][1] > sent.end_char:
        return []
    if offsets[-1][1] <= candidate.cue[0]:
        # a closing cue: what follows it may say more about the source, but quote no one
        if any(cue.end_char <= q.start < sent.end_char for q in quotations):
            return []
    elif cue[0].dep_ != "ROOT" or text[offsets[-1][1] : sent.end_char].strip(" \t.!?"):
        # a content after its cue: the sentence's own report (not ", adding that ..."),
        # running to the sentence's end
        return []
    after = sent.end_char
    while after < len(text) and text[after] in " \t":
        after += 1
    following = next((q for q in quotations if q.start == after), None)
    if following is None or not following.closed or following.paragraph_break:
        return []
    line_end = text.find("\n", following.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[following.end : line_end].strip():
        return []
    return [(following.start, following.end)]


def _in_cue_paragraph(text: str, offsets: list[tuple[int, int]], cue: int) -> list[tuple[int, int]]:
    """The content's parts cut to the line of the cue: a parse never runs across a line break."""
    line_start = text.rfind("\n", 0, cue) + 1
    line_end = text.find("\n", cue)
    line_end = len(text) if line_end < 0 else line_end
    kept = [(max(s, line_start), min(e, line_end)) for s, e in offsets]
    kept = [(s, e) for s, e in kept if text[s:e].strip()]
    return [
        (s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()))
        for s, e in kept
    ] or offsets


def quoted_mask(length: int, quotations: list[Quotation]) -> list[bool]:
    """For each character offset (and one past the end), whether it lies inside a quotation."""
    mask = [False] * (length + 1)
    for quotation in quotations:
        mask[quotation.start : quotation.end] = [True] * (quotation.end - quotation.start)
    return mask
