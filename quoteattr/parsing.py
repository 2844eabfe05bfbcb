"""From text to Doc at scale: long texts in pieces, and a cheap prefilter.

Two ways quoteattr keeps the parse affordable, both invisible in the results:

- **Pieces.** A text longer than a piece (at most the pipeline's
  ``max_length``) is cut at paragraph boundaries (else sentence ends, else
  whitespace), each piece is parsed on its own, and the piece Docs are joined
  back into one Doc whose text is exactly the original text. The attribution
  stages then run over the whole Doc, so a quote whose cue and content lie in
  different pieces is found as if the text had been parsed in one go, and
  every offset is an offset into the original text.
- **Prefilter** (``fast=True``). A paragraph with no quotation mark, no colon
  and no surface form of a cue word (``said``, ``tells``, ``according to``:
  every word of ``data/cues.json``, inflected) cannot hold an attribution, so
  it gets the named-entity recogniser only, which name resolution still needs;
  the other paragraphs get the whole pipeline.

>>> from quoteattr.parsing import find_pieces
>>> text = "First paragraph.\\n\\nSecond one, longer.\\n\\nThird."
>>> [text[start:end] for start, end in find_pieces(text, max_chars=25)]
['First paragraph.\\n\\n', 'Second one, longer.\\n\\n', 'Third.']
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from quoteattr.cues import cue_lexicon

#: Longest piece parsed in one go unless the caller says otherwise; always
#: capped by the pipeline's ``max_length``.
DEFAULT_MAX_CHARS = 100_000

#: Characters of the longest pieces parsed in one batch, at most: ``batch_size`` is
#: lowered for long pieces (a 5 MB text in 32-piece batches peaked at 9 GB).
BATCH_CHARS = 200_000

#: Components the NER-only pass keeps; every other component is disabled.
NER_COMPONENTS = ("ner",)

#: Characters that open or close a quotation (double marks, guillemets, and
#: the left single mark; the right single mark is mostly an apostrophe).
QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018"

#: Irregular verb forms, by lemma, for cue words whose forms no suffix rule
#: makes; only the entries whose lemma is a cue word are used.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "feel": ("felt",),
    "know": ("knew", "known"),
    "find": ("found",),
    "show": ("shown",),
    "speak": ("spoke", "spoken"),
    "hear": ("heard",),
    "hold": ("held",),
    "mean": ("meant",),
    "see": ("saw", "seen"),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "foresee": ("foresaw", "foreseen"),
    "forecast": ("forecast",),
    "teach": ("taught",),
    "understand": ("understood",),
    "swear": ("swore", "sworn"),
    "read": ("read",),
    "put": ("put",),
    "set": ("set",),
    "tweet": ("tweeted",),
}

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*|\r\n[^\S\r\n]*\r\n\s*|\r[^\S\r]*\r\s*")
_LINE_BREAK = re.compile(r"[\n\r]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+")
_WHITESPACE = re.compile(r"\s+")


def find_pieces(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive pieces of at most ``max_chars`` characters.

    Pieces end after a paragraph break where they can, else after a line
    break, a sentence end, any whitespace, or (for a run of ``max_chars``
    characters with no space at all) at ``max_chars``. Each piece ends with the
    whitespace that follows it, so the next piece starts on a word, and the
    pieces joined give back ``text``.

    Args:
        text: Any text.
        max_chars: The longest piece, at least 1.

    Returns:
        ``(start, end)`` offsets of the pieces, in order; ``[]`` for ``""``.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    pieces: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = _cut(text, start, max_chars)
        pieces.append((start, end))
        start = end
    return pieces


def _cut(text: str, start: int, max_chars: int) -> int:
    """Where the piece beginning at ``start`` should end."""
    limit = start + max_chars
    if limit >= len(text):
        return len(text)
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _WHITESPACE):
        cut = _last_break(pattern, text, start, limit)
        if cut is not None:
            return cut
    return limit


def _last_break(pattern: re.Pattern[str], text: str, start: int, limit: int) -> int | None:
    """The end of the last match of ``pattern`` ending in ``(start, limit]``."""
    best = None
    for match in pattern.finditer(text, start, limit):
        if match.end() > start:
            best = match.end()
    return best


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text``, each with the blank lines that follow it.

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` offsets covering ``text`` end to end, in order.
    """
    paragraphs: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.end() > start and match.start() > start:
            paragraphs.append((start, match.end()))
            start = match.end()
    if start < len(text):
        paragraphs.append((start, len(text)))
    elif paragraphs and paragraphs[-1][1] < len(text):
        paragraphs[-1] = (paragraphs[-1][0], len(text))
    return paragraphs


def inflect(word: str) -> set[str]:
    """The forms of an English verb or noun a cue word may take in text.

    Suffix rules over-generate on purpose (``say`` gives ``sayed`` too): the
    forms only decide which paragraphs are worth a full parse.

    Args:
        word: A lemma, lower case.

    Returns:
        The lemma, its ``-s``, ``-ed`` and ``-ing`` forms, doubled-consonant
        variants and the irregular forms of :data:`IRREGULAR_FORMS`.
    """
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    forms.update(IRREGULAR_FORMS.get(word, ()))
    return forms


@functools.cache
def cue_form_pattern() -> re.Pattern[str]:
    """A case-insensitive pattern matching any surface form of a cue word.

    Built from every entry of the packaged cue lexicon: single words through
    :func:`inflect`, phrases word by word with any whitespace between.
    """
    alternatives: set[str] = set()
    for entries in cue_lexicon().values():
        for entry in entries:
            words = entry.lower().split()
            if len(words) == 1:
                alternatives |= {re.escape(form) for form in inflect(words[0])}
            elif words:
                alternatives.add(r"\s+".join(re.escape(word) for word in words))
    ordered = sorted(alternatives, key=lambda form: (-len(form), form))
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\b", re.IGNORECASE)


def may_hold_attribution(text: str) -> bool:
    """Whether a paragraph has a quotation mark, a colon or a cue word form.

    A paragraph for which this is ``False`` holds no attribution that
    quoteattr's stages could find, so the prefilter parses it for names only.

    >>> may_hold_attribution("The meeting lasted three hours.")
    False
    >>> may_hold_attribution("The talks were useful, Mr Lavrov told reporters.")
    True
    """
    if any(mark in text for mark in QUOTE_CHARS) or ":" in text:
        return True
    return cue_form_pattern().search(text) is not None


#: A markup tag (``<p class="lead">``, ``</tweet>``, ``<br/>``); ``a < 3`` is not one.
_TAG = re.compile(r"</?[A-Za-z!][^<>]*>")


def find_markup_segments(text: str) -> list[tuple[int, int]]:
    """``text`` cut at the start and end of every markup tag.

    >>> text = '<p class="lead">"We won," she said.</p>'
    >>> [text[start:end] for start, end in find_markup_segments(text)]
    ['<p class="lead">', '"We won," she said.', '</p>']

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` offsets of the segments, in order, covering ``text``
        end to end; one segment when there is no tag.
    """
    cuts = {0, len(text)}
    for match in _TAG.finditer(text):
        cuts.update(match.span())
    ordered = sorted(cuts)
    return [(start, end) for start, end in itertools.pairwise(ordered) if start < end]


class MarkupTokenizer:
    """A tokenizer that never glues a word to a markup tag.

    spaCy's English tokenizer splits on whitespace first, so in scraped HTML
    (``<p class="lead">"We will win," she said.</p>``) it makes one token of
    ``class="lead">"We`` and one of ``said.</p>``: the quotation mark and the
    cue are lost inside them. This wrapper tokenizes the text between tags and
    each tag on its own, and joins the pieces into one Doc whose text is
    exactly the input. A text without ``<`` is tokenized as before.

    Args:
        tokenizer: The pipeline's own tokenizer, wrapped.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text``, cutting words at markup tags."""
        if "<" not in text:
            return self.tokenizer(text)
        segments = find_markup_segments(text)
        if len(segments) <= 1:
            return self.tokenizer(text)
        docs = [self.tokenizer(text[start:end]) for start, end in segments]
        joined: Doc = Doc.from_docs(docs, ensure_whitespace=False)
        return joined

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize texts one by one."""
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # serialisation, explain, pipe, rules: the wrapped tokenizer's
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def tokenize_markup(nlp: Language) -> Language:
    """Give ``nlp`` a :class:`MarkupTokenizer` (once); returns ``nlp``."""
    if not isinstance(nlp.tokenizer, MarkupTokenizer):
        nlp.tokenizer = MarkupTokenizer(nlp.tokenizer)
    return nlp


def parse_texts(
    nlp: Language,
    texts: Sequence[str],
    *,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    fast: bool = False,
) -> list[Doc]:
    """Parse texts, each into one Doc whose text is exactly the input text.

    Args:
        nlp: The pipeline, with a parser and NER.
        texts: The texts, held in memory together (pass a batch).
        batch_size: Pieces parsed together by ``nlp.pipe``.
        max_chars: The longest piece parsed in one go; capped by
            ``nlp.max_length``.
        fast: Parse fully only the paragraphs that may hold an attribution
            (:func:`may_hold_attribution`); the others get NER only.

    Returns:
        One Doc per text, in order.
    """
    limit = max(1, min(max_chars, nlp.max_length))
    plans = [_plan(text, limit, fast) for text in texts]
    full = [text[s:e] for text, plan in zip(texts, plans) for s, e, whole in plan if whole]
    light = [text[s:e] for text, plan in zip(texts, plans) for s, e, whole in plan if not whole]
    # Long pieces are parsed a few at a time: the network's memory grows with the batch.
    longest = max(map(len, full), default=1)
    batch_size = max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))
    full_docs = iter(nlp.pipe(full, batch_size=batch_size)) if full else iter(())
    light_docs = _ner_only(nlp, light, batch_size) if light else iter(())
    docs = []
    for plan in plans:
        parts = [next(full_docs) if whole else next(light_docs) for _, _, whole in plan]
        docs.append(join_docs(nlp, parts))
    return docs


def parse_text(
    nlp: Language, text: str, *, max_chars: int = DEFAULT_MAX_CHARS, fast: bool = False
) -> Doc:
    """Parse one text as :func:`parse_texts` does: pieces, prefilter, one Doc."""
    return parse_texts(nlp, [text], max_chars=max_chars, fast=fast)[0]


def _plan(text: str, limit: int, fast: bool) -> list[tuple[int, int, bool]]:
    """The pieces of ``text`` to parse, each flagged True for a full parse."""
    if not fast:
        if len(text) <= limit:
            return [(0, len(text), True)]
        return [(start, end, True) for start, end in find_pieces(text, max_chars=limit)]
    plan: list[tuple[int, int, bool]] = []
    for start, end in find_paragraphs(text):
        whole = may_hold_attribution(text[start:end])
        for piece_start, piece_end in find_pieces(text[start:end], max_chars=limit):
            plan.append((start + piece_start, start + piece_end, whole))
    return _merge_neighbours(plan, limit) or [(0, 0, True)]


def _merge_neighbours(
    plan: list[tuple[int, int, bool]], limit: int
) -> list[tuple[int, int, bool]]:
    """Neighbouring NER-only pieces joined while they fit in ``limit``.

    Paragraphs for a full parse stay apart, so that no sentence of the parse
    runs across a paragraph break.
    """
    merged: list[tuple[int, int, bool]] = []
    for start, end, whole in plan:
        if merged and not whole and not merged[-1][2] and end - merged[-1][0] <= limit:
            merged[-1] = (merged[-1][0], end, whole)
        else:
            merged.append((start, end, whole))
    return merged


def _ner_only(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Docs with entities and rule-based sentences, without tagger or parser.

    Each sentence gets a flat tree (every token attached to the first, labelled
    ``dep``), so that a Doc joined from full and NER-only pieces has a
    complete dependency annotation and sentence boundaries everywhere.
    """
    disable = [name for name in nlp.pipe_names if name not in NER_COMPONENTS]
    sentencizer = _sentencizer()
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=disable):
        doc = sentencizer(doc)
        heads = []
        deps = []
        for sentence in doc.sents:
            for token in sentence:
                heads.append(sentence.start)
                deps.append("ROOT" if token.i == sentence.start else "dep")
        yield _with_flat_tree(doc, heads, deps)


def _with_flat_tree(doc: Doc, heads: list[int], deps: list[str]) -> Doc:
    """A copy of ``doc`` with the given heads and labels, entities kept."""
    flat = Doc(
        doc.vocab,
        words=[token.text for token in doc],
        spaces=[bool(token.whitespace_) for token in doc],
        heads=heads,
        deps=deps,
        ents=[token.ent_iob_ + ("-" + token.ent_type_ if token.ent_type_ else "") or "O" for token in doc],
    )
    return flat


@functools.cache
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def join_docs(nlp: Language, docs: list[Doc]) -> Doc:
    """One Doc from consecutive piece Docs, its text their texts joined as is."""
    if len(docs) == 1:
        return docs[0]
    joined: Doc = Doc.from_docs(  # type: ignore[call-arg]  # spaCy's stub lacks exclude
        docs, ensure_whitespace=False, exclude=["tensor", "user_data"]
    )
    return joined
