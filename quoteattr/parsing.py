"""From text to Doc at scale: long texts in pieces, and a cheap prefilter.

Two ways quoteattr keeps the parse affordable:

- **Pieces.** A text longer than a piece (at most the pipeline's
  ``max_length``) is cut at paragraph boundaries (else sentence ends, else
  whitespace), each piece is parsed on its own, and the piece Docs are joined
  back into one Doc whose text is exactly the original text. The attribution
  stages then run over the whole Doc, so a quote whose cue and content lie in
  different pieces is found as if the text had been parsed in one go, and
  every offset is an offset into the original text.
- **Prefilter** (``fast=True``). Each paragraph is cut into sentences by
  punctuation, and each sentence is parsed only as far as the stages need
  (:func:`find_parse_modes`): the parser only where an attribution may be
  (a quotation mark, a colon, a cue word form, and the sentence after), the
  named-entity recogniser only where a capitalised word may name someone,
  the tokenizer alone elsewhere. Results may differ slightly from the full
  parse (``docs/scale.md``).

>>> from quoteattr.parsing import find_pieces
>>> text = "First paragraph.\\n\\nSecond one, longer.\\n\\nThird."
>>> [text[start:end] for start, end in find_pieces(text, max_chars=25)]
['First paragraph.\\n\\n', 'Second one, longer.\\n\\n', 'Third.']
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from quoteattr.lexicon import Lexicon, active_lexicon, using_lexicon
from quoteattr.linebreaks import JOINER, to_parse_text

#: Parse modes of the prefilter (:func:`find_parse_modes`): the whole
#: pipeline, the pipeline without NER, NER alone, the tokenizer alone.
FULL, PARSE, NAMES, TOKENS = "full", "parse", "names", "tokens"

#: The components of the named-entity recogniser.
NER_COMPONENTS = ("ner",)

#: Longest piece parsed in one go unless the caller says otherwise; always
#: capped by the pipeline's ``max_length``.
DEFAULT_MAX_CHARS = 100_000

#: Characters of the longest pieces parsed in one batch, at most: ``batch_size`` is
#: lowered for long pieces (a 5 MB text in 32-piece batches peaked at 9 GB).
BATCH_CHARS = 200_000

#: Characters that open or close a quotation (double marks, guillemets, and
#: the left single mark; the right single mark is mostly an apostrophe).
QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018"

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
        variants and the irregular forms of the lexicon in use
        (``irregular_forms``).
    """
    return set(active_lexicon().inflect(word))


#: Lexicon entries that never open an attribution by themselves: the verbs
#: that are withheld after ``declined to`` (the withholding verb is a cue
#: word itself) and hedging adverbs.
NOT_TRIGGERS = frozenset({"withheld_speech", "hedges"})

_SENTENCE_BREAK = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+|[\n\r]\s*")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Za-z]|[A-Za-z]\.[A-Za-z])\.$")
#: Words between ``in`` and a poll (``In a new Quinnipiac University poll``), or ``by`` and a
#: noun of reckoning (``by some conservative estimates``).
_EVIDENCE_REACH = 6
_WORD = re.compile(r"\w+")


def find_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` by punctuation and line breaks alone.

    A sentence ends after ``.``, ``!``, ``?`` or ``…`` (with any closing
    marks) and the whitespace that follows, or after a line break; a period
    after a short capitalised word or a single letter (``Mr.``, ``Sen.``,
    ``J.``, ``U.S.``) ends none. Cheap and rough: it only decides what the
    prefilter parses, never a sentence of the results.

    Args:
        text: Any text.
        start: Where to begin.
        end: Where to stop; default the end of ``text``.

    Returns:
        ``(start, end)`` offsets covering ``text[start:end]`` end to end.

    >>> text = "Mr. Lavrov spoke. Then he left.\\nThe end"
    >>> [text[s:e] for s, e in find_sentences(text)]
    ['Mr. Lavrov spoke. ', 'Then he left.\\n', 'The end']
    """
    end = len(text) if end is None else end
    sentences: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if match.end() <= begin:
            continue
        line_break = "\n" in match.group() or "\r" in match.group()
        if not line_break and _ABBREVIATION.search(text, begin, match.start()):
            continue
        sentences.append((begin, match.end()))
        begin = match.end()
    if begin < end:
        sentences.append((begin, end))
    return sentences


def cue_forms() -> frozenset[tuple[str, ...]]:
    """Every surface form of a cue word or phrase of the lexicon in use, as lower-case word tuples.

    Built from the lexicon (:func:`quoteattr.lexicon.active_lexicon`), except
    :data:`NOT_TRIGGERS` and the nominal cues (see :func:`nominal_cue_forms`):
    single words through :func:`inflect`, ``verb particle`` pairs with the
    verb inflected, fixed phrases as they are, the nouns of light-verb cues
    (``comments``), the nouns of nominal frames (``criticism``), the stance
    adjectives (``confident``, ``critical``) and the title-case verbs of
    headlines (``Says``).
    """
    return _prefilter_tables(active_lexicon())[0]


def nominal_cue_forms() -> frozenset[str]:
    """The nominal cues (``claim``) of the lexicon in use, singular and plural, lower case.

    A nominal cue takes its content in a ``that`` clause, so it counts only
    in a sentence with ``that``.
    """
    return _prefilter_tables(active_lexicon())[1]


@functools.lru_cache(maxsize=8)
def _prefilter_tables(lexicon: Lexicon) -> _PrefilterTables:
    """The prefilter's word tables for one lexicon (kept while the lexicon is among the last 8)."""
    with using_lexicon(lexicon):
        forms: set[tuple[str, ...]] = set()
        for name, entries in lexicon.entries().items():
            if name in NOT_TRIGGERS or name == "nominal":
                continue
            for entry in entries:
                words = tuple(entry.lower().split())
                heads = inflect(words[0]) if name != "phrases" else {words[0]}
                forms |= {(head, *words[1:]) for head in heads}
        # a light-verb cue ("made comments about", "took issue with") turns on its noun
        _, light_nouns, _ = lexicon.light()
        forms |= {(form,) for noun in light_nouns for form in inflect(noun)}
        # a nominal frame ("Trump's criticism of X") turns on its noun with its frame's word
        framed: dict[str, set[str]] = {}
        for noun, frames in lexicon.nominal_frames().items():
            words_of = {"infinitive": "to"}
            for form in inflect(noun):
                framed.setdefault(form, set()).update(words_of.get(f, f) for f in frames)
        # a stance cue ("is confident that", "critical of", "made clear") turns on its adjective
        stance = lexicon.stance()
        forms |= {(word,) for word in stance.clause | stance.made | {a for a, _ in stance.pairs}}
        forms |= {(word.lower(),) for word in lexicon.words("headline_verbs", "forms")}
        nouns = lexicon.entries()["nominal"]
        nominal = frozenset(noun + suffix for noun in nouns for suffix in ("", "s", "es"))
        sizes = {len(form) for form in forms} - {1}
        longer = {size: frozenset(f for f in forms if len(f) == size) for size in sorted(sizes)}
        single = frozenset(f[0] for f in forms if len(f) == 1)
        evidence = lexicon.words("evidence_nouns") | lexicon.words("evidence_nouns", "plurals")
        viewpoint, reckoning, reckoning_nouns = lexicon.framing()
        reckoned = frozenset(form for noun in reckoning_nouns for form in inflect(noun))
    return _PrefilterTables(
        frozenset(forms),
        nominal,
        single,
        longer,
        evidence,
        viewpoint,
        reckoning,
        reckoned,
        {form: frozenset(words) for form, words in framed.items()},
    )


class _PrefilterTables(NamedTuple):
    forms: frozenset[tuple[str, ...]]
    nominal: frozenset[str]
    single: frozenset[str]
    longer: dict[int, frozenset[tuple[str, ...]]]
    evidence: frozenset[str]
    viewpoint: frozenset[str]
    reckoning: frozenset[str]
    reckoning_nouns: frozenset[str]
    nominal_frames: dict[str, frozenset[str]]


def may_hold_attribution(text: str) -> bool:
    """Whether a sentence (or paragraph) may hold the cue of an attribution.

    True for a quotation mark, a colon, a form of a cue word or phrase
    (:func:`cue_forms`), a nominal cue with ``that``
    (:func:`nominal_cue_forms`), ``in`` before a poll, survey, study,
    report or analysis (the lexicon's ``evidence_nouns``), a framing cue
    (``To many, ...`` opening the sentence, ``by one estimate``), all from the
    lexicon in use.

    >>> may_hold_attribution("The meeting lasted three hours.")
    False
    >>> may_hold_attribution("The talks were useful, Mr Lavrov told reporters.")
    True
    """
    if any(mark in text for mark in QUOTE_CHARS) or ":" in text:
        return True
    words = _WORD.findall(text.lower())
    tables = _prefilter_tables(active_lexicon())
    if not tables.single.isdisjoint(words):
        return True
    for size, forms in tables.longer.items():
        if any(tuple(words[i : i + size]) in forms for i in range(len(words) - size + 1)):
            return True
    if "that" in words and not tables.nominal.isdisjoint(words):
        return True
    present = set(words)
    if any(
        not tables.nominal_frames[w].isdisjoint(present)
        for w in present & tables.nominal_frames.keys()
    ):
        return True  # "her criticism of ...", "his promise to ..."
    if words[:2] and not tables.viewpoint.isdisjoint(words[:2]):
        return True  # "To many, ...", "But to others, ..."
    return any(
        (word == "in" and not tables.evidence.isdisjoint(following))
        or (word in tables.reckoning and not tables.reckoning_nouns.isdisjoint(following))
        for i, word in enumerate(words)
        for following in [words[i + 1 : i + 1 + _EVIDENCE_REACH]]
    )


def may_hold_hedge(text: str) -> bool:
    """Whether a sentence may hold a sourceless hedge of the lexicon in use (its ``hedges``).

    A hedge adverb (``reportedly``) or a form of a hedging passive's verb
    (``said``, ``rumoured``, ``seen``): only looked for when hedges are asked
    for (:mod:`quoteattr.reported.hedges`).

    >>> may_hold_hedge("The firm is reportedly for sale."), may_hold_hedge("The firm is for sale.")
    (True, False)
    """
    return not _hedge_forms(active_lexicon()).isdisjoint(_WORD.findall(text.lower()))


@functools.lru_cache(maxsize=8)
def _hedge_forms(lexicon: Lexicon) -> frozenset[str]:
    """The hedge adverbs and the forms of the hedging passives' verbs of one lexicon."""
    with using_lexicon(lexicon):
        verbs = {entry.split()[0] for entry in lexicon.words("hedges", "passives")}
        return lexicon.entries()["hedges"] | {form for verb in verbs for form in inflect(verb)}


def may_name_someone(text: str, stop_words: Collection[str] = frozenset()) -> bool:
    """Whether a sentence has a capitalised word that may begin a name.

    Any capitalised word counts but ``I`` and a first word in
    ``stop_words`` (``The``, ``He``, ``But``): a sentence for which this is
    ``False`` holds no entity that name resolution uses.

    >>> may_name_someone("He said it was hot.", {"he"})
    False
    >>> may_name_someone("He met Mr Lavrov.", {"he"})
    True
    """
    for number, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        if not word[0].isupper() or word == "I" or (number == 0 and word.lower() in stop_words):
            continue
        return True
    return False


def find_parse_modes(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    stop_words: Collection[str] = frozenset(),
    hedges: bool = False,
) -> list[tuple[int, int, str]]:
    """How the prefilter parses each sentence of a paragraph.

    A sentence is an *attribution* sentence when its paragraph has a
    quotation mark (a quotation may run over several sentences and its cue
    may sit in any of them), when it :func:`may_hold_attribution`, or when
    the sentence before it may (a content that runs on: ``He said the talks
    failed. They will meet again.``). Then:

    - :data:`FULL`: an attribution sentence that :func:`may_name_someone`;
    - :data:`PARSE`: an attribution sentence without a name: the pipeline
      without the named-entity recogniser;
    - :data:`NAMES`: another sentence with a name: the recogniser alone;
    - :data:`TOKENS`: any other sentence: the tokenizer alone.

    Args:
        text: Any text.
        start: Where the paragraph begins.
        end: Where it ends; default the end of ``text``.
        stop_words: Lower-case words that begin a sentence without naming
            anyone (the pipeline's stop words).
        hedges: A sentence that :func:`may_hold_hedge` is an attribution
            sentence too.

    Returns:
        ``(start, end, mode)`` runs covering the paragraph, neighbouring
        sentences with the same mode joined.
    """
    end = len(text) if end is None else end
    sentences = find_sentences(text, start, end)
    if any(mark in text[start:end] for mark in QUOTE_CHARS):
        attributions = [True] * len(sentences)
    else:
        hits = [
            may_hold_attribution(text[s:e]) or (hedges and may_hold_hedge(text[s:e]))
            for s, e in sentences
        ]
        attributions = [hit or (number > 0 and hits[number - 1]) for number, hit in enumerate(hits)]
    runs: list[tuple[int, int, str]] = []
    for (s, e), attribution in zip(sentences, attributions):
        named = may_name_someone(text[s:e], stop_words)
        mode = (FULL if named else PARSE) if attribution else (NAMES if named else TOKENS)
        if runs and runs[-1][2] == mode:
            runs[-1] = (runs[-1][0], e, mode)
        else:
            runs.append((s, e, mode))
    return runs


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
    hedges: bool = False,
) -> list[Doc]:
    """Parse texts, each into one Doc whose text is the input text's parse view.

    The parse view (:func:`quoteattr.linebreaks.to_parse_text`) is the input
    text itself unless the text is wrapped at a fixed width; then its soft
    line breaks are spaces and its words broken across lines single tokens.
    It has the input's length, so every offset into the Doc is an offset into
    the input text: read the characters of a span from the input (as
    :func:`quoteattr.linebreaks.with_text` does).

    Args:
        nlp: The pipeline, with a parser and NER.
        texts: The texts, held in memory together (pass a batch).
        batch_size: Pieces parsed together by ``nlp.pipe``.
        max_chars: The longest piece parsed in one go; capped by
            ``nlp.max_length``.
        fast: Parse each sentence only as far as the attribution stages
            need (:func:`find_parse_modes`).
        hedges: With ``fast``, parse the sentences that may hold a
            sourceless hedge too (for the ``hedge`` kind).

    Returns:
        One Doc per text, in order.
    """
    limit = max(1, min(max_chars, nlp.max_length))
    stop_words = frozenset(nlp.Defaults.stop_words)
    texts = [to_parse_text(text) for text in texts]
    plans = [_plan(text, limit, fast, stop_words, hedges) for text in texts]
    streams = {}
    for mode in (FULL, PARSE, NAMES, TOKENS):
        pieces = [text[s:e] for text, plan in zip(texts, plans) for s, e, m in plan if m == mode]
        # Long pieces are parsed a few at a time: the network's memory grows with the batch.
        longest = max(map(len, pieces), default=1)
        size = max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))
        streams[mode] = _parse(nlp, mode, pieces, size) if pieces else iter(())
    docs = []
    for plan in plans:
        docs.append(join_docs(nlp, [next(streams[mode]) for _, _, mode in plan]))
    return docs


def parse_text(
    nlp: Language,
    text: str,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    fast: bool = False,
    hedges: bool = False,
) -> Doc:
    """Parse one text as :func:`parse_texts` does: pieces, prefilter, one Doc."""
    return parse_texts(nlp, [text], max_chars=max_chars, fast=fast, hedges=hedges)[0]


def _plan(
    text: str, limit: int, fast: bool, stop_words: Collection[str], hedges: bool = False
) -> list[tuple[int, int, str]]:
    """The pieces of ``text`` to parse, each with its parse mode."""
    if not fast:
        if len(text) <= limit:
            return [(0, len(text), FULL)]
        return [(start, end, FULL) for start, end in find_pieces(text, max_chars=limit)]
    plan: list[tuple[int, int, str]] = []
    for start, end in find_paragraphs(text):
        for piece_start, piece_end in find_pieces(text[start:end], max_chars=limit):
            plan += find_parse_modes(
                text, start + piece_start, start + piece_end, stop_words=stop_words, hedges=hedges
            )
    return _merge_neighbours(plan, limit) or [(0, 0, FULL)]


def _merge_neighbours(plan: list[tuple[int, int, str]], limit: int) -> list[tuple[int, int, str]]:
    """Neighbouring runs of :data:`NAMES` or :data:`TOKENS` joined while they fit in ``limit``.

    Parsed runs stay apart (they never cross a paragraph break), so that no
    sentence of the parse runs across one.
    """
    merged: list[tuple[int, int, str]] = []
    for start, end, mode in plan:
        if (
            merged
            and mode in (NAMES, TOKENS)
            and merged[-1][2] == mode
            and end - merged[-1][0] <= limit
        ):
            merged[-1] = (merged[-1][0], end, mode)
        else:
            merged.append((start, end, mode))
    return merged


def _parse(nlp: Language, mode: str, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """Docs of ``texts`` parsed as ``mode`` says, each with a dependency and entity annotation."""
    inputs = [_join_words(nlp, text) for text in texts]
    if mode == FULL:
        yield from nlp.pipe(inputs, batch_size=batch_size)
    elif mode == PARSE:
        for doc in nlp.pipe(inputs, batch_size=batch_size, disable=NER_COMPONENTS):
            doc.ents = []
            yield doc
    elif mode == NAMES:
        disable = [name for name in nlp.pipe_names if name not in NER_COMPONENTS]
        for doc in nlp.pipe(inputs, batch_size=batch_size, disable=disable):
            yield _with_flat_tree(doc, entities=True)
    else:
        for doc in map(nlp.make_doc, texts):
            yield _with_flat_tree(doc, entities=False)


def _join_words(nlp: Language, text: str) -> str | Doc:
    """``text`` tokenized, each word broken across lines normed as the whole word.

    A word broken across lines is one token in the parse view
    (``state\xad\xadment``); its norm, which the model's features read, is the
    word without the :data:`~quoteattr.linebreaks.JOINER` characters.
    """
    if JOINER not in text:
        return text
    doc = nlp.make_doc(text)
    for token in doc:
        if JOINER in token.text:
            token.norm_ = token.text.replace(JOINER, "").lower()
    return doc


def _with_flat_tree(doc: Doc, *, entities: bool) -> Doc:
    """``doc`` with rule-based sentences, each a flat tree, and entities set.

    Each sentence gets a flat tree (every token attached to its first,
    labelled ``dep``), so that a Doc joined from parsed and unparsed pieces
    has a complete dependency annotation and sentence boundaries everywhere.
    Without ``entities``, every token is set outside any entity.
    """
    if not len(doc):
        return doc
    doc = _sentencizer()(doc)
    starts = numpy.fromiter((token.is_sent_start for token in doc), dtype=bool, count=len(doc))
    starts[0] = True
    positions = numpy.arange(len(doc), dtype="int64")
    heads = numpy.maximum.accumulate(numpy.where(starts, positions, 0))
    labels = numpy.array(
        [doc.vocab.strings.add("dep"), doc.vocab.strings.add("ROOT")], dtype="uint64"
    )
    attributes = [HEAD, DEP]
    columns = [(heads - positions).astype("uint64"), labels[starts.astype("int64")]]
    if not entities:
        attributes.append(ENT_IOB)
        columns.append(numpy.full(len(doc), 2, dtype="uint64"))  # 2: outside any entity
    doc.from_array(attributes, numpy.stack(columns, axis=1))  # type: ignore[arg-type]
    return doc


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
