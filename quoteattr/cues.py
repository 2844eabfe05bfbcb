"""Cues: the words that attribute content to a source (``said``, ``according to``).

The lexicon is data (``quoteattr/data/cues.json``, documented in
``docs/cues.md``), held by a :class:`quoteattr.Lexicon`; the functions here
read the lexicon of the stage running (:func:`quoteattr.lexicon.active_lexicon`). Each cue class lists lemmas, or ``"verb particle"`` pairs
such as ``"call for"``, with the frames in which the verb takes its content:

- ``clause``: a clausal complement (``said (that) ...``, ``..., she said``);
- ``infinitive``: an infinitive complement (``vowed to ...``);
- ``object``: a direct object with its predicate (``called X "flawed"``);
- ``preposition``: the object of the pair's preposition (``called for ...``);
- ``marked_clause``: a clausal complement opened by ``that`` or a wh-word
  (``described how ...``);
- ``small_clause``: a subject and a verbless predicate (``consider [him a
  phony]``);
- ``question_clause``: a yes-no question opened by ``if`` or ``whether``
  (``asked [if she would run]``).
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.lexicon import FRAMES, CueClass, StanceCues, active_lexicon

__all__ = [
    "EMBEDDED_DEPS",
    "FRAMES",
    "CueClass",
    "StanceCues",
    "cue_classes",
    "cue_lemma",
    "cue_lexicon",
    "cue_verbs",
    "document_nouns",
    "find_cue_classes",
    "framing_confidence",
    "framing_cues",
    "is_cue_verb",
    "is_withheld",
    "light_confidence",
    "light_cues",
    "nominal_confidence",
    "nominal_frame_confidence",
    "nominal_frame_relations",
    "nominal_frames",
    "phrase_confidence",
    "stance_cues",
]

#: Dependency labels of a verb that modifies a noun or complements another verb.
EMBEDDED_DEPS = frozenset({"relcl", "acl", "xcomp", "pcomp"})


def cue_classes() -> dict[str, CueClass]:
    """The verb classes of the lexicon in use (:func:`quoteattr.lexicon.active_lexicon`), by name."""
    return active_lexicon().classes()


def cue_lexicon() -> dict[str, frozenset[str]]:
    """Every entry of the lexicon in use as plain strings: class name -> lemmas or phrases.

    Besides the verb classes, ``phrases`` holds fixed phrases (``according
    to``), ``nominal`` cue nouns, ``withheld`` verbs that withhold speech and
    ``hedges`` adverbs that are never cues.
    """
    return active_lexicon().entries()


def document_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns naming a document or message, and the verbs of authoring one (``released by``).

    Returns:
        The noun lemmas and the authoring verb lemmas of the ``documents`` entry.
    """
    lexicon = active_lexicon()
    return lexicon.words("documents"), lexicon.words("documents", "authoring")


def phrase_confidence() -> float:
    """Base confidence of a fixed-phrase cue (``according to``)."""
    return active_lexicon().confidence("phrases")


def nominal_confidence() -> float:
    """Base confidence of a nominal cue (``X's claim that``)."""
    return active_lexicon().confidence("nominal")


def light_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The light-verb cues (``made comments about``): verbs, object nouns and prepositions."""
    return active_lexicon().light()


def framing_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The framing cues (``To many, ...``, ``by one estimate``).

    Returns:
        The viewpoint prepositions, the reckoning prepositions and the nouns
        of reckoning they take.
    """
    return active_lexicon().framing()


def framing_confidence() -> float:
    """Base confidence of a framing cue (``To many, ...``, ``by one estimate``)."""
    return active_lexicon().confidence("framing")


def light_confidence() -> float:
    """Base confidence of a light-verb cue (``took issue with``)."""
    return active_lexicon().confidence("light")


def stance_cues() -> StanceCues:
    """The stance-adjective cues of the lexicon in use (its ``stance`` entry)."""
    return active_lexicon().stance()


def nominal_frames() -> dict[str, frozenset[str]]:
    """The nominal-frame cues (``Trump's criticism of X``): noun lemma -> its frames."""
    return active_lexicon().nominal_frames()


def nominal_frame_relations() -> frozenset[str]:
    """How a nominal-frame cue's source may hang on the noun (``possessor``, ``by``, ...)."""
    return active_lexicon().nominal_frame_relations()


def nominal_frame_confidence() -> float:
    """Base confidence of a nominal-frame cue (``her proposal for X``)."""
    return active_lexicon().confidence("nominal_frames")


def cue_verbs() -> frozenset[str]:
    """Every single-word lemma of the speech, cognition and evidence classes."""
    return active_lexicon().cue_verbs()


def cue_lemma(token: Token) -> str:
    """The token's lemma, lowercased, with known model errors fixed (``hoped`` -> ``hope``)."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith("hopp"):
        return lemma  # "hopped on her board": the verb hop, not a misread "hope"
    lexicon = active_lexicon()
    fixed: str = lexicon.forms("lemma_fixes").get(lemma, lemma)
    if token.pos_ == "VERB" and not lexicon.classes_of_verb(fixed):
        # a verb the lemmatizer does not know ("harrumphed" -> "harrumphe"): by its form
        return lexicon.verb_lemma(token.lower_) or fixed
    return fixed


def is_cue_verb(token: Token) -> bool:
    """Whether ``token`` is a verb whose lemma is a speech, cognition or evidence cue."""
    return token.pos_ in {"VERB", "AUX"} and cue_lemma(token) in cue_verbs()


def find_cue_classes(token: Token) -> list[tuple[CueClass, Token | None]]:
    """The lexicon classes a verb token belongs to, in lexicon order.

    Args:
        token: Any token.

    Returns:
        ``(class, particle)`` pairs: ``particle`` is the preposition or
        particle child that completes a pair entry (``for`` in ``called
        for``), else ``None``. Empty when the token is no cue verb. A class
        that is not ``embedded`` is left out where the verb modifies a noun
        or complements another verb.
    """
    if token.pos_ != "VERB":
        return []
    lemma = cue_lemma(token)
    embedded = token.dep_ in EMBEDDED_DEPS
    found: list[tuple[CueClass, Token | None]] = []
    for cue_class in active_lexicon().classes_of_verb(lemma):
        if embedded and not cue_class.embedded:
            continue
        if cue_class.subjects and not _has_subject(token, cue_class.subjects):
            continue
        if cue_class.objects and not any(
            c.dep_ == "dobj" and cue_lemma(c) in cue_class.objects for c in token.children
        ):
            continue
        if lemma in cue_class.lemmas:
            found.append((cue_class, None))
        paired: list[Token] = []
        for verb, particle in cue_class.pairs:
            if verb != lemma:
                continue
            child = next(
                (
                    c
                    for c in token.rights
                    if c.dep_ in {"prep", "prt", "agent"} and c.lower_ == particle
                ),
                None,
            )
            if child is None and particle == "for":
                # "called for Clinton to resign": the parser reads "for" as the
                # subordinator of an adverbial clause, not as a preposition
                child = next(
                    (
                        m
                        for c in token.rights
                        if c.dep_ == "advcl"
                        for m in c.lefts
                        if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1
                    ),
                    None,
                )
            if child is not None:
                paired.append(child)
        # the particle nearest the verb first (called for X on Y)
        found.extend((cue_class, child) for child in sorted(paired, key=lambda c: c.i))
    return found


def _has_subject(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether the verb's subject (or a conjunct verb's, ``A poll ... and shows``) has one of ``lemmas``."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(cue_lemma(s) in lemmas for s in subjects)


def is_withheld(token: Token) -> bool:
    """Whether a verb withholds speech: ``declined to comment``, ``refused to say``."""
    lexicon = cue_lexicon()
    lemma = cue_lemma(token)
    if lemma in lexicon["withheld"]:
        return any(
            c.dep_ == "xcomp" and cue_lemma(c) in lexicon["withheld_speech"] for c in token.children
        )
    if token.dep_ == "xcomp":
        # "declined to say", and any cue withheld the same way: "refused to endorse him"
        return cue_lemma(token.head) in lexicon["withheld"]
    return False
