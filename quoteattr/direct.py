"""Direct quotes: quotations in quotation marks, with their cue and source.

A quotation is a *direct quote* when it stands as speech on its own: it opens
a sentence, or follows a cue (``X said: "..."``, ``According to X, "..."``),
and it ends a clause (``"...," X said``). A quoted fragment inside a sentence
(``called it "a disaster"``, ``said the deal was "bad"``) is not: it belongs
to a mixed quote (see :mod:`quoteattr.reported`), and scare quotes, nicknames
and titles with no cue next to them are not attributed at all.

The cue is looked for in the clause right after the quotation (``"...," she
said``, ``"...," said X``, ``"...," X, who ..., said``), then in the clause
right before it (``X said: "..."``, ``X told reporters "..."``), then, for a
quotation that opens a paragraph, at the end of the paragraph before
(``He added:``). Quotations of one speaker joined only by their cue (``"X,"
he said. "Y."``), and quote paragraphs that continue the previous paragraph's
quote, make one quote with several content segments. A quotation that looks
like speech but has no cue anywhere near is kept as a floating quote with no
cue, no source and a low confidence.

Also handled: a short sentence before the quotation that is only a source and
a cue (``Bystrom agreed. "..."``), a dash signature (``"..." ― Name``),
transcripts whose paragraphs open with a speaker label (``"PENCE: ..."``: one
quote per turn, the colon as cue), a long quoted object of a naming verb
(``called his actions "a crucial step forward"``, lower confidence), and
quotations in single marks when the text quotes in single marks only.
Confidences follow the evidence: a cue with its source, then a cue without
source or one found by position only, then a naming verb, then no cue.
"""

from __future__ import annotations

import bisect
import re

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.cues import cue_lexicon
from quoteattr.direct_signatures import mistagged_cue, role_taken_for_verb, signature_after
from quoteattr.direct_sources import (
    CONFIDENCE_ARGUMENT,
    CONFIDENCE_CUE,
    CONFIDENCE_FLOATING,
    CONFIDENCE_INTRODUCED,
    CONFIDENCE_OTHER_VERB,
    Attribution,
    attribution_for,
    is_cue_word,
    tokens_between,
)
from quoteattr.doctext import doc_text, doc_tokens
from quoteattr.lexicon import Lexicon, active_lexicon, using_lexicon
from quoteattr.quotemarks import Quotation
from quoteattr.results import Quote, QuoteType, Source, TextSpan
from quoteattr.sources import noun_phrase
from quoteattr.transcripts import find_transcript_turns


def _word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


#: Characters that end the text before an opening mark when a new sentence
#: or a list of quotations starts there.
OPENERS = frozenset(".?!;…([{\u2014\u2013\u2015-\"'\u201c\u201d\u2018\u2019\u00bb\u00ab")

#: Marks that open a quotation right after a cue (``She also said "..."``).
OPENING_MARKS = frozenset("\"\u201c\u201e'\u2018\u00ab")

#: Characters that end a quoted clause, inside or right after the closing mark.
CLAUSE_ENDS = frozenset(".,?!;:…\u2014\u2013\u2015-")

#: Sentence-final tokens: the cue of a quotation lies before the next one.
SENTENCE_ENDS = frozenset({".", "?", "!", "…"})

#: Sentence adverbs and conjunctions that may stand, with a comma, before a quotation.
DISCOURSE_MARKERS = _word_set(
    "yet but and still however meanwhile also instead now then so indeed again later "
    "finally first second third plus or thus moreover otherwise"
)

#: Dashes that sign a quotation (``"..." ― Name (@handle)``).
SIGNATURE_DASHES = frozenset("\u2014\u2015")

#: Dashes that introduce a quotation after its source's name, as a colon does.
INTRODUCING_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015", "--"})

#: Dependencies of a cue's children that may stand between the cue and its quotation.
FRAME_DEPS = _word_set(
    "nsubj nsubjpass aux auxpass neg advmod npadvmod prep agent prt dative punct advcl "
    "tmod obl cc intj compound"
)

#: Tokens before a colon clause searched for the cue of a sentence holding a quoted fragment.
_MAX_FRAGMENT_SPAN = 24

#: Words a quoted phrase needs to count as a quote when it is a cue's argument, not a sentence.
MIN_ARGUMENT_WORDS = 4


@attrs.define
class _Builder:
    """A direct quote being assembled from one or more quotations."""

    parts: list[Quotation]
    attribution: Attribution
    paragraph_end: int
    open_to_next_paragraph: bool = False


def find_direct_quotes(
    doc: Doc, quotations: list[Quotation], *, lexicon: Lexicon | None = None
) -> list[Quote]:
    """Quotations that stand as speech, with their cue and source.

    Args:
        doc: A parsed Doc.
        quotations: The quotations of ``doc.text`` (see ``find_quotations``).
        lexicon: The cue lexicon; default the one in use (:mod:`quoteattr.lexicon`).

    Returns:
        The direct quotes in text order; a quote interrupted by its cue, or
        continued in the next paragraph, is one quote with several segments.
    """
    with using_lexicon(lexicon):
        return _find_direct_quotes(doc, quotations)


def _find_direct_quotes(doc: Doc, quotations: list[Quotation]) -> list[Quote]:
    text = doc_text(doc)
    ordered = sorted(speech_quotations(quotations), key=lambda q: q.start)
    starts = [token.idx for token in doc_tokens(doc)]
    builders: list[_Builder] = []
    current: _Builder | None = None
    turns = find_transcript_turns(text, ordered)
    for index, quotation in enumerate(ordered):
        if quotation in turns:
            builders.extend(_turn_quotes(doc, text, starts, turns[quotation]))
            current = None
            continue
        para_start = text.rfind("\n", 0, quotation.start) + 1
        para_end = _paragraph_end(text, quotation.end)
        previous_end = ordered[index - 1].end if index > 0 else 0
        next_start = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
        before_start = max(para_start, previous_end)
        after_end = min(para_end, next_start)
        if before_start > quotation.start:
            continue  # overlaps the previous quotation
        before = text[before_start : quotation.start]
        if _is_label(text, quotation):
            continue
        following = _cue_after(doc, starts, quotation, after_end, text)
        if not _ends_clause(text, quotation, text[quotation.end : after_end]) and not _right_after(
            doc, following, quotation
        ):
            continue
        same_paragraph = current is not None and current.paragraph_end == _paragraph_end(
            text, quotation.start
        )
        previous = ordered[index - 1] if index > 0 and previous_end > para_start else None
        introduced = _cue_before(doc, starts, quotation, before_start, text, previous)
        if current is not None and same_paragraph and current.attribution.cue is not None:
            cue_start = doc[current.attribution.cue[0]].idx
            shared = [
                a
                for a in (following, introduced)
                if a is not None and a.cue == current.attribution.cue
            ]
            interrupted = (
                following is None
                and cue_start < quotation.start
                and not _other_cue_between(doc, starts, current, quotation)
            )
            resumes = _opens_sentence(before) or before.rstrip().endswith(",")
            if shared or (interrupted and introduced is None and resumes):
                # "X," he said. "Y."  /  "X," he said, "y."  /  "X." He paused. "Y."
                _extend(current, quotation, para_end, text, doc, starts)
                continue
        if introduced is None and not _opens_sentence(before):
            argument = _cue_governing(doc, starts, quotation, text)
            if argument is None:
                continue
            current = _Builder(parts=[quotation], attribution=argument, paragraph_end=para_end)
            builders.append(current)
            continue
        if (
            _starts_lowercase(text, quotation)
            and introduced is None
            and not before.rstrip().endswith((",", ":"))
        ):
            continue
        attribution = following or introduced
        if introduced is not None and (
            _sentence_introduced(text, quotation, before)
            or (_participle_after(doc, following) and introduced.confidence >= CONFIDENCE_CUE)
        ):
            # X said, "We won." Y agreed.  (Y's is the next sentence)
            # X said, "We won", also noting ...  (the participle goes on with X's report; only
            # after a cue verb with its source, not after a colon's fallback verb)
            attribution = introduced
        paragraph_opening = not text[para_start : quotation.start].strip()
        if attribution is None and paragraph_opening:
            attribution = _cue_introducing(doc, starts, text, para_start)
        if (
            attribution is None
            and current is not None
            and paragraph_opening
            and _continues(text, current, quotation)
        ):
            _extend(current, quotation, para_end, text, doc, starts)
            continue
        if attribution is None:
            if not paragraph_opening or not _sentence_like(text, quotation):
                continue
            attribution = Attribution(None, None, CONFIDENCE_FLOATING)
        current = _Builder(
            parts=[quotation],
            attribution=attribution,
            paragraph_end=para_end,
            open_to_next_paragraph=_ends_paragraph(text, doc, starts, quotation, para_end),
        )
        builders.append(current)
    return [_to_quote(doc, text, builder) for builder in builders]


def speech_quotations(quotations: list[Quotation]) -> list[Quotation]:
    """The quotations that may hold speech: in single quotation marks only when the text uses no double ones.

    News in single-quote style (British headlines and articles) quotes speech in
    single marks; where double marks are used, single marks hold nested quotes,
    scare quotes and headline phrases.
    """
    usable = [q for q in quotations if q.inner_end > q.inner_start]
    double = [q for q in usable if getattr(q, "family", "double") != "single"]
    return double or usable


def _other_cue_between(
    doc: Doc, starts: list[int], builder: _Builder, quotation: Quotation
) -> bool:
    """Whether a cue other than the quote's own stands between its last segment and ``quotation``."""
    own = builder.attribution.cue
    for token in tokens_between(doc, starts, builder.parts[-1].end, quotation.start):
        if own is not None and own[0] <= token.i < own[1]:
            continue
        if is_cue_word(token):
            return True
    return False


def _right_after(doc: Doc, attribution: Attribution | None, quotation: Quotation) -> bool:
    """Whether a cue and its source follow the quotation at once (``"..." said X``, ``"..." he said``)."""
    if attribution is None or attribution.cue is None or attribution.source is None:
        return False
    first = min(attribution.cue[0], attribution.source[0], len(doc))
    between = []
    while first > 0 and doc[first - 1].idx >= quotation.end:
        first -= 1
        between.append(doc[first])
    return all(t.is_space or t.text == "," for t in between)


def _turn_quotes(
    doc: Doc, text: str, starts: list[int], turns: list[tuple[int, int, int]]
) -> list[_Builder]:
    """One quote per transcript turn: the label is the source, its colon the cue."""
    builders = []
    for label, colon, end in turns:
        content_start = colon + 1 + len(text[colon + 1 : end]) - len(text[colon + 1 : end].lstrip())
        if content_start >= end:
            continue
        label_tokens = tokens_between(doc, starts, label, colon)
        colon_tokens = tokens_between(doc, starts, colon, colon + 1)
        if not len(label_tokens) or not len(colon_tokens):
            continue
        attribution = Attribution(
            (colon_tokens[0].i, colon_tokens[0].i + 1),
            (label_tokens[0].i, label_tokens[-1].i + 1),
            CONFIDENCE_INTRODUCED,
        )
        part = Quotation(content_start, end, closed=False)
        builders.append(
            _Builder(parts=[part], attribution=attribution, paragraph_end=_paragraph_end(text, end))
        )
    return builders


def _extend(
    builder: _Builder, quotation: Quotation, para_end: int, text: str, doc: Doc, starts: list[int]
) -> None:
    """Add a quotation to a quote as its next content segment."""
    builder.parts.append(quotation)
    builder.paragraph_end = para_end
    builder.open_to_next_paragraph = _ends_paragraph(text, doc, starts, quotation, para_end)


def _paragraph_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _inner_last(text: str, quotation: Quotation) -> str:
    inner = text[quotation.inner_start : quotation.inner_end].rstrip()
    if inner.endswith("]") and inner[:-1].rstrip(".?!\u2026").endswith("["):
        return inner[-2]  # an editor's full stop: "... may say[.]"
    return inner[-1:] if inner else ""


def _ends_clause(text: str, quotation: Quotation, after: str) -> bool:
    """Whether the quotation ends a clause: punctuation inside or after it, or nothing after it."""
    if not quotation.closed or _inner_last(text, quotation) in CLAUSE_ENDS:
        return True
    rest = after.lstrip()
    return not rest or rest[0] in CLAUSE_ENDS or rest[0] in ")]"


def _participle_after(doc: Doc, following: Attribution | None) -> bool:
    """Whether the cue after a quotation is a participle (``..., "We won", also noting ...``)."""
    return following is not None and following.cue is not None and doc[following.cue[0]].tag_ == "VBG"


def _sentence_introduced(text: str, quotation: Quotation, before: str) -> bool:
    """Whether a cue clause ending in a comma or colon introduces a quotation that ends its sentence."""
    return before.rstrip().endswith((",", ":")) and _inner_last(text, quotation) in SENTENCE_ENDS


def _opens_sentence(before: str) -> bool:
    """Whether the text before a quotation ends where a sentence (or a list item) may start."""
    rest = before.rstrip()
    if rest.endswith(","):
        words = re.split(r"[.?!:;]\s", rest[:-1])[-1].split()
        if len(words) == 1 and words[0].lower() in DISCOURSE_MARKERS:
            return True  # Yet, "it is hard to make a causal link," added Zarate.
    return (
        not rest
        or rest[-1] in OPENERS
        or rest[-1] == ":"
        or not (rest[-1].isalnum() or rest[-1] in ",&%$")
    )


def _is_label(text: str, quotation: Quotation) -> bool:
    """Whether a quotation is a short label ending with a colon (``"Related:"``), not speech."""
    inner = text[quotation.inner_start : quotation.inner_end].strip()
    return inner.endswith(":") and len(inner.split()) <= 3


def _sentence_like(text: str, quotation: Quotation) -> bool:
    """Whether a quotation reads as a spoken sentence: several words, ending with punctuation."""
    inner = text[quotation.inner_start : quotation.inner_end].strip()
    return len(inner.split()) >= 4 and (not quotation.closed or inner[-1:] in CLAUSE_ENDS)


def _speaks(cue: Token) -> bool:
    """Whether a cue right before its quotation is a finite verb of saying (``he said "..."``)."""
    lemma = cue.lemma_.lower()
    speech = lemma in cue_lexicon()["speech"] or lemma in active_lexicon().words("direct_verbs")
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    return speech and not infinitive


def _after_markers(tokens: Span) -> list[Token]:
    """``tokens`` without the discourse markers and punctuation they open with (``But, he noted,``)."""
    words = list(tokens)
    while words and (words[0].is_punct or words[0].lower_ in DISCOURSE_MARKERS):
        words.pop(0)
    return words


def _in_subject(cue: Token, token: Token) -> bool:
    """Whether ``token`` belongs to the subject of ``cue``."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass"} and token.i in {t.i for t in child.subtree}
        for child in cue.children
    )


def _frames(cue: Token, tokens: Span | list[Token], *, allow_object: bool) -> bool:
    """Whether every token of ``tokens`` belongs to the cue or to its frame (subject, adverbials)."""
    allowed = {cue.i}
    for child in cue.children:
        if child.dep_ in FRAME_DEPS or (allow_object and child.dep_ in {"dobj", "iobj", "attr"}):
            allowed.update(t.i for t in child.subtree)
    return all(t.i in allowed or t.is_punct for t in tokens)


def _cue_after(
    doc: Doc, starts: list[int], quotation: Quotation, end: int, text: str
) -> Attribution | None:
    """The cue in the clause right after the quotation (``"...," X said``)."""
    signature = signature_after(doc, starts, quotation, end, text)
    if signature is not None:
        return signature
    window = tokens_between(doc, starts, quotation.end, end)
    clause = []
    for token in window:
        if token.text in SENTENCE_ENDS:
            break
        clause.append(token)
    if not clause:
        return None
    rest = text[clause[-1].idx + len(clause[-1]) : end]
    if len(clause) < len(window) or rest.strip():
        pass
    elif _inner_last(text, quotation) in SENTENCE_ENDS and (
        clause[-1].text in {",", ":"} or text[end : end + 1] in OPENING_MARKS
    ):
        return None  # "Why now?" Hart then replies, "You look tired."  (the cue introduces the next quote)
    dialogue = (
        _inner_last(text, quotation) in {",", "?", "!", "\u2014", "-"}
        or text[quotation.end : end].lstrip()[:1] == ","
    )
    mistagged = mistagged_cue(clause) or role_taken_for_verb(clause)
    if mistagged is not None:
        return mistagged
    for position, token in enumerate(clause[:30]):
        lexical = is_cue_word(token)
        if not lexical and not (
            dialogue and token.pos_ == "VERB" and token.dep_ in {"ROOT", "ccomp", "parataxis"}
        ):
            continue
        if not _frames(token, doc[clause[0].i : token.i], allow_object=False):
            if lexical:
                continue
            return None
        if token.lower_ != "according" and any(t.lower_ == "according" for t in clause[position:]):
            return None  # the quote is a part of what a second source reports
        confidence = CONFIDENCE_CUE if lexical else CONFIDENCE_OTHER_VERB
        return attribution_for(token, confidence=confidence, quotation=quotation)
    return None


def _cue_before(
    doc: Doc,
    starts: list[int],
    quotation: Quotation,
    start: int,
    text: str,
    previous: Quotation | None = None,
) -> Attribution | None:
    """The cue in the clause right before the quotation (``X said: "..."``)."""
    window = list(tokens_between(doc, starts, start, quotation.start))
    while window and window[-1].is_space:
        window.pop()
    clause: list[Token] = []
    for token in reversed(window):
        if token.text in SENTENCE_ENDS:
            break
        clause.insert(0, token)
    if not clause:
        return _cue_sentence_before(window) if window else None
    last = clause[-1]
    asides = {
        t.i for c in clause if _relays(c, clause) or _reports_antecedent(c) for t in c.subtree
    }
    for token in reversed([t for t in clause if t.i not in asides][-16:]):
        lexical = is_cue_word(token) or (
            token.lower_ == "according" and token.nbor(1).lower_ == "to"
        )
        if not lexical:
            continue
        rest = [t for t in doc[token.i + 1 : last.i + 1] if t.i not in asides]
        if not last.is_punct and last.i != token.i and _in_subject(token, last):
            break  # "said Ed Gresser, author of the book "Failure to Adjust"": a title in the source
        allow_object = token.lemma_.lower() in active_lexicon().words("direct_object_verbs")
        if last.text == ":" and token.lemma_.lower() != "call":
            cue = _outermost_cue(token, clause)
            found = attribution_for(cue, confidence=CONFIDENCE_CUE, quotation=quotation)
            return _source_outside(doc, starts, found, previous, quotation)
        if not _frames(token, rest, allow_object=allow_object) or _governs(token, quotation):
            break
        lowercase = _starts_lowercase(text, quotation)
        if (
            lowercase
            and last.i != token.i
            and not _frames(token, _after_markers(doc[clause[0].i : token.i]), allow_object=False)
        ):
            break  # the cue is a parenthetical inside a sentence that the quotation completes
        if last.text not in {",", ":"} and token.lemma_.lower() == "call":
            break
        if last.text not in {",", ":"} and lowercase and last.i != token.i:
            break
        if last.i == token.i and not _speaks(token):
            break  # "did not find "ties of any consequence"", "to counter "Clinton's rhetoric""
        found = attribution_for(token, confidence=CONFIDENCE_CUE, quotation=quotation)
        return _source_outside(doc, starts, found, previous, quotation)
    if last.text == ":":
        across = _cue_across_fragment(doc, starts, text, clause, previous)
        if across is not None:
            return attribution_for(across, confidence=CONFIDENCE_INTRODUCED, quotation=quotation)
        return _colon_attribution(clause)
    words = [t for t in clause[:-1] if not t.is_space]
    if last.text in INTRODUCING_DASHES and _names_only(words):  # Ashworth & Lyle - "..."
        return Attribution((last.i, last.i + 1), (words[0].i, words[-1].i + 1), CONFIDENCE_INTRODUCED)
    if last.text == "," and not _starts_lowercase(text, quotation):
        for token in reversed(clause):
            if token.i in asides:
                continue
            if (is_cue_word(token) and token.lemma_.lower() != "call") or _issues_message(token):
                return attribution_for(token, confidence=CONFIDENCE_INTRODUCED, quotation=quotation)
    return None


def _source_outside(
    doc: Doc,
    starts: list[int],
    found: Attribution,
    previous: Quotation | None,
    quotation: Quotation,
) -> Attribution:
    """``found`` with a source outside the quotation before, if the parse put it in there.

    ``X said they were chanting, "We won," adding, "..."``: the parser hangs
    the participle in the first quotation, whose subject is no speaker; the
    participle goes on with the report that introduced that quotation, and
    its source is that report's.
    """
    if previous is None or found.source is None:
        return found
    if not previous.start <= doc[found.source[0]].idx < previous.end:
        return found
    first = bisect.bisect_left(starts, previous.start)
    sentence: list[Token] = []
    for token in reversed(doc[max(0, first - _MAX_FRAGMENT_SPAN) : first]):
        if token.text in SENTENCE_ENDS or "\n" in token.text:
            break
        sentence.insert(0, token)
    for token in reversed(sentence):
        if is_cue_word(token):
            outer = _outermost_cue(token, sentence)
            source = attribution_for(outer, confidence=found.confidence, quotation=quotation).source
            return found if source is None else Attribution(found.cue, source, found.confidence)
    return found


def _outermost_cue(cue: Token, clause: list[Token]) -> Token:
    """The cue whose reported clause holds ``cue`` (``X told the paper the data showed a trend: "..."``)."""
    while (
        cue.dep_ == "ccomp"
        and cue.head in clause
        and is_cue_word(cue.head)
        and any(c.dep_ == "nsubj" for c in cue.head.children)
    ):
        cue = cue.head  # not "When asked why, X responded: ...": the outer cue has a speaker
    return cue


def _reports_antecedent(cue: Token) -> bool:
    """Whether a cue's clause is a relative clause on a noun (``the vote, which the paper noted was rare``).

    Such a cue reports on the noun the relative clause hangs on; it does not
    introduce a quotation after it. A relative pronoun that is the cue's own
    subject (``Ms Lee, who said: "..."``) names the speaker instead.
    """
    edge = cue.left_edge
    return (
        is_cue_word(cue)
        and edge.tag_ in {"WDT", "WP"}
        and edge.i < cue.i
        and not (edge.head.i == cue.i and edge.dep_ in {"nsubj", "nsubjpass"})
    )


def _relays(cue: Token, clause: list[Token]) -> bool:
    """Whether a cue is a passive aside naming who relayed another cue's words (``said, as reported by X,``)."""
    return (
        cue.tag_ == "VBN"
        and is_cue_word(cue)
        and any(child.dep_ == "mark" and child.lower_ == "as" for child in cue.children)
        and any(t.i < cue.i and is_cue_word(t) for t in clause)
    )


def _cue_across_fragment(
    doc: Doc, starts: list[int], text: str, clause: list[Token], previous: Quotation | None
) -> Token | None:
    """The cue of a sentence before a quoted fragment that a colon clause goes on from.

    ``Lee defended the plan whilst promising a "full review" was coming: "..."``:
    the clause before the colon starts after the fragment's closing mark; the
    cue is before the fragment, in the same sentence.
    """
    if previous is None or _inner_last(text, previous) in SENTENCE_ENDS:
        return None
    between = [t for t in tokens_between(doc, starts, previous.end, clause[0].idx) if not t.is_space]
    if between:
        return None  # a sentence ended between the fragment and the colon clause
    first = bisect.bisect_left(starts, previous.start)
    for token in reversed(doc[max(0, first - _MAX_FRAGMENT_SPAN) : first]):
        if token.text in SENTENCE_ENDS or "\n" in token.text:
            return None
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        if is_cue_word(token) and token.lemma_.lower() != "call" and not passive:
            return token  # not "X was known for what he called "...", voiced in ...: "...""
    return None


def _names_only(words: list[Token]) -> bool:
    """Whether ``words`` are a short noun phrase naming someone, without a verb (``Ashworth & Lyle``)."""
    return (
        0 < len(words) <= 8
        and any(t.pos_ in {"PROPN", "NOUN"} for t in words)
        and all(t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "ADP", "CCONJ", "PUNCT", "SYM"} for t in words)
    )


def _issues_message(token: Token) -> bool:
    """Whether a verb issues a message (``issued a statement``, ``posted a tweet``)."""
    return token.pos_ == "VERB" and any(
        child.dep_ == "dobj" and child.lemma_.lower() in active_lexicon().words("message_nouns")
        for child in token.children
    )


def _cue_governing(
    doc: Doc, starts: list[int], quotation: Quotation, text: str
) -> Attribution | None:
    """The cue verb whose argument is a long quoted phrase (``called his actions "a crucial step forward"``)."""
    inner = [
        t
        for t in tokens_between(doc, starts, quotation.inner_start, quotation.inner_end)
        if not t.is_punct
    ]
    if len(inner) < MIN_ARGUMENT_WORDS:
        return None
    for ancestor in list(inner[0].ancestors)[:3]:
        if ancestor.idx >= quotation.start:
            continue
        naming = ancestor.lemma_.lower() in active_lexicon().words("naming_verbs")
        if naming and ancestor.sent.start == inner[0].sent.start:
            return attribution_for(ancestor, confidence=CONFIDENCE_ARGUMENT)
    return None


def _cue_sentence_before(window: list[Token]) -> Attribution | None:
    """A short sentence right before the quotation that is only a source and a cue (``Bystrom agreed.``)."""
    sentence: list[Token] = []
    for token in reversed(window[:-1]):
        if token.text in SENTENCE_ENDS:
            break
        sentence.insert(0, token)
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    cues = [t for t in words if is_cue_word(t) and t.dep_ == "ROOT"]
    if len(cues) != 1 or window[-1].text != ".":
        return None
    subject = {t.i for c in cues[0].children if c.dep_ == "nsubj" for t in c.subtree}
    if len([t for t in words if t.i not in subject]) > 8:
        return None  # the source may be long ("X, who led the talks, agreed."), the rest not
    if any(c.dep_ in {"ccomp", "xcomp"} for c in cues[0].children):
        return None
    attribution = attribution_for(cues[0], confidence=CONFIDENCE_INTRODUCED)
    return attribution if attribution.source is not None else None


def _colon_attribution(clause: list[Token]) -> Attribution | None:
    """A colon introducing a quotation: the clause's verb, else the colon, as cue; its subject or last noun as source."""
    colon = clause[-1]
    verbs = [t for t in clause if t.pos_ == "VERB" and t.dep_ in {"ROOT", "conj", "ccomp"}]
    if verbs:
        return attribution_for(verbs[-1], confidence=CONFIDENCE_OTHER_VERB)
    heads = [t for t in clause[:-1] if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    if not heads:
        return None
    root = heads[0]
    while (
        root.head.i != root.i
        and root.head in clause
        and root.head.pos_ in {"PROPN", "NOUN", "PRON"}
    ):
        root = root.head
    mention = noun_phrase(root)
    return Attribution((colon.i, colon.i + 1), (mention.start, mention.end), CONFIDENCE_INTRODUCED)


def _governs(cue: Token, quotation: Quotation) -> bool:
    """Whether the quotation is the object of a preposition or particle of the cue (``described as "..."``)."""
    for child in cue.rights:
        if (
            child.dep_ in {"prep", "prt", "oprd", "acomp", "dobj", "attr"}
            and child.idx < quotation.start
            and any(quotation.start <= t.idx < quotation.end for t in child.subtree)
        ):
            # "told the Ledger after the hearing "..."": the preposition has its object already
            objects = [t for t in child.children if t.dep_ in {"pobj", "pcomp"}]
            return child.dep_ != "prep" or not objects or objects[0].idx >= quotation.start
    return False


def _starts_lowercase(text: str, quotation: Quotation) -> bool:
    """Whether the quoted text begins with a lowercase letter: a fragment of a longer sentence."""
    head = text[quotation.inner_start : quotation.inner_start + 20].lstrip()
    if head.startswith(("\u2026", "...", ". . .")):
        return False  # a quote cut short at its start: "... overall, I think"
    letters = [c for c in head if c.isalpha()]
    return bool(letters) and letters[0].islower()


def _cue_introducing(
    doc: Doc, starts: list[int], text: str, para_start: int
) -> Attribution | None:
    """The cue of a paragraph ending with a colon that introduces a quote paragraph (``He added:``)."""
    previous = text[:para_start].rstrip()
    if not previous.endswith(":"):
        return None
    colon = len(previous) - 1
    line_start = previous.rfind("\n") + 1
    window = list(tokens_between(doc, starts, line_start, colon))
    clause: list[Token] = []
    for token in reversed(window):
        if token.text in SENTENCE_ENDS:
            break
        clause.insert(0, token)
    for token in reversed(clause):
        if is_cue_word(token) or token.pos_ == "VERB":
            confidence = CONFIDENCE_INTRODUCED if is_cue_word(token) else CONFIDENCE_OTHER_VERB
            return attribution_for(token, confidence=confidence)
    return None


def _ends_paragraph(
    text: str, doc: Doc, starts: list[int], quotation: Quotation, para_end: int
) -> bool:
    """Whether nothing but the quotation's own cue clause follows it in its paragraph."""
    after = text[quotation.end : para_end]
    tokens = [t for t in tokens_between(doc, starts, quotation.end, para_end) if not t.is_space]
    ends = [t for t in tokens if t.text in SENTENCE_ENDS]
    return not after.strip() or (len(ends) <= 1 and (not ends or ends[0] is tokens[-1]))


def _continues(text: str, current: _Builder, quotation: Quotation) -> bool:
    """Whether a paragraph-opening quotation continues the quote of the paragraph before."""
    if not current.open_to_next_paragraph or current.attribution.cue is None:
        return False
    return (
        current.paragraph_end < quotation.start
        and not text[current.paragraph_end : quotation.start].strip()
    )


def _to_quote(doc: Doc, text: str, builder: _Builder) -> Quote:
    content = tuple(TextSpan.from_offsets(text, q.start, q.end) for q in builder.parts)
    attribution = builder.attribution
    cue = None
    if attribution.cue is not None:
        span = doc[attribution.cue[0] : attribution.cue[1]]
        cue = TextSpan.from_offsets(text, span.start_char, span.end_char)
    source = None
    if attribution.source is not None:
        span = doc[attribution.source[0] : attribution.source[1]]
        source = Source(mention=TextSpan.from_offsets(text, span.start_char, span.end_char))
    return Quote(
        type=QuoteType.DIRECT,
        content=content,
        cue=cue,
        source=source,
        confidence=attribution.confidence,
    )
