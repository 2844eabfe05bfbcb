"""Cues: the words that attribute content to a source (``said``, ``according to``).

The lexicon is packaged data (``quoteattr/data/cues.json``, documented in
``docs/cues.md``). Each cue class lists lemmas, or ``"verb particle"`` pairs
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

import functools
import json
from importlib import resources
from typing import Any

import attrs
from spacy.tokens import Token

#: Dependency labels of a verb that modifies a noun or complements another verb.
EMBEDDED_DEPS = frozenset({"relcl", "acl", "xcomp", "pcomp"})

#: Frames a cue class may use.
FRAMES = frozenset(
    {
        "clause",
        "infinitive",
        "object",
        "preposition",
        "marked_clause",
        "small_clause",
        "question_clause",
    }
)

#: Lemmas the small English models get wrong for common cue verbs.
_LEMMA_FIXES = {"hop": "hope", "hoping": "hope", "sai": "say", "retweete": "retweet"}


@attrs.frozen(kw_only=True)
class CueClass:
    """One class of the cue lexicon.

    Attributes:
        name: The class name (``speech``, ``cognition``, ...).
        description: What the class covers.
        frames: How its verbs take their content (see the module docstring).
        confidence: Base confidence of a quote with a cue of this class.
        lemmas: Single-word verb lemmas.
        pairs: ``(verb lemma, preposition or particle)`` pairs.
        addressee: Whether an object naming a person or organisation is the
            addressee rather than the content (``told CNN``).
        embedded: Whether the class's verbs are cues where they modify a noun
            or complement another verb (``voters who back Clinton``, ``likely
            to support him``), not only as a clause's own predicate.
        subjects: Lemmas the verb's subject must have (``poll``, ``survey``);
            empty for any subject.
        objects: Lemmas the verb's direct object must have (``story``,
            ``joke``); empty for any object.
        min_words: Fewest words a content without quotation marks must have;
            a shorter one names the speech act, not what was said (``issued
            a statement``, ``asked a question``, ``said little``).
    """

    name: str
    description: str
    frames: tuple[str, ...]
    confidence: float
    lemmas: frozenset[str]
    pairs: tuple[tuple[str, str], ...]
    addressee: bool = False
    embedded: bool = True
    subjects: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    min_words: int = 0


@functools.cache
def _raw_lexicon() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("quoteattr").joinpath("data/cues.json").read_text("utf-8")
    )
    return data


@functools.cache
def cue_classes() -> dict[str, CueClass]:
    """The verb classes of the packaged lexicon, by name."""
    classes = {}
    for name, entry in _raw_lexicon()["classes"].items():
        words = [w.lower() for w in entry["lemmas"]]
        classes[name] = CueClass(
            name=name,
            description=entry["description"],
            frames=tuple(entry["frames"]),
            confidence=float(entry["confidence"]),
            lemmas=frozenset(w for w in words if " " not in w),
            # a tuple in lexicon order, not a set: the first pair that matches wins, so
            # the order must not depend on the hash seed
            pairs=tuple((w.split(" ", 1)[0], w.split(" ", 1)[1]) for w in words if " " in w),
            addressee=bool(entry.get("addressee", False)),
            embedded=bool(entry.get("embedded", True)),
            subjects=frozenset(entry.get("subjects", ())),
            objects=frozenset(entry.get("objects", ())),
            min_words=int(entry.get("min_words", 0)),
        )
    return classes


@functools.cache
def cue_lexicon() -> dict[str, frozenset[str]]:
    """Every entry of the lexicon as plain strings: class name -> lemmas or phrases.

    Besides the verb classes, ``phrases`` holds fixed phrases (``according
    to``), ``nominal`` cue nouns, ``withheld`` verbs that withhold speech and
    ``hedges`` adverbs that are never cues.
    """
    raw = _raw_lexicon()
    lexicon = {
        name: frozenset(w.lower() for w in e["lemmas"]) for name, e in raw["classes"].items()
    }
    lexicon["phrases"] = frozenset(raw["phrases"]["phrases"])
    lexicon["nominal"] = frozenset(raw["nominal"]["lemmas"])
    lexicon["withheld"] = frozenset(raw["withheld"]["lemmas"])
    lexicon["withheld_speech"] = frozenset(raw["withheld"]["withheld_speech"])
    lexicon["hedges"] = frozenset(raw["hedges"]["lemmas"])
    return lexicon


@functools.cache
def document_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns naming a document or message, and the verbs of authoring one (``released by``).

    Returns:
        The noun lemmas and the authoring verb lemmas of the ``documents`` entry.
    """
    entry = _raw_lexicon()["documents"]
    return frozenset(w.lower() for w in entry["lemmas"]), frozenset(entry["authoring"])


def phrase_confidence() -> float:
    """Base confidence of a fixed-phrase cue (``according to``)."""
    return float(_raw_lexicon()["phrases"]["confidence"])


def nominal_confidence() -> float:
    """Base confidence of a nominal cue (``X's claim that``)."""
    return float(_raw_lexicon()["nominal"]["confidence"])


@functools.cache
def light_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The light-verb cues (``made comments about``): verbs, object nouns and prepositions."""
    light = _raw_lexicon()["light"]
    return (
        frozenset(light["verbs"]),
        frozenset(light["nouns"]),
        frozenset(light["prepositions"]),
    )


@functools.cache
def framing_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The framing cues (``To many, ...``, ``by one estimate``).

    Returns:
        The viewpoint prepositions, the reckoning prepositions and the nouns
        of reckoning they take.
    """
    framing = _raw_lexicon()["framing"]
    return (
        frozenset(framing["viewpoint"]),
        frozenset(framing["reckoning"]),
        frozenset(framing["reckoning_nouns"]),
    )


def framing_confidence() -> float:
    """Base confidence of a framing cue (``To many, ...``, ``by one estimate``)."""
    return float(_raw_lexicon()["framing"]["confidence"])


def light_confidence() -> float:
    """Base confidence of a light-verb cue (``took issue with``)."""
    return float(_raw_lexicon()["light"]["confidence"])


@attrs.frozen(kw_only=True)
class StanceCues:
    """The stance adjectives of the lexicon (``X is confident that ...``).

    Attributes:
        links: Linking verbs an adjective must follow (``be``, ``seem``, ``feel``).
        clause: Adjectives whose that-clause is the content.
        made: Adjectives after ``make`` whose clause or object is what the
            subject made known (``made it clear that ...``).
        pairs: ``(adjective, preposition)`` pairs whose prepositional object
            is the content (``critical of``).
        confidence: Base confidence of a quote with a stance cue.
    """

    links: frozenset[str]
    clause: frozenset[str]
    made: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    confidence: float


@functools.cache
def stance_cues() -> StanceCues:
    """The stance-adjective cues of the packaged lexicon (its ``stance`` entry)."""
    stance = _raw_lexicon()["stance"]
    return StanceCues(
        links=frozenset(stance["links"]),
        clause=frozenset(stance["clause"]),
        made=frozenset(stance["made"]),
        pairs=frozenset((p.split(" ")[0], p.split(" ")[1]) for p in stance["preposition"]),
        confidence=float(stance["confidence"]),
    )


@functools.cache
def nominal_frames() -> dict[str, frozenset[str]]:
    """The nominal-frame cues (``Trump's criticism of X``): noun lemma -> its frames."""
    frames: dict[str, set[str]] = {}
    for pair in _raw_lexicon()["nominal_frames"]["pairs"]:
        noun, frame = pair.split(" ", 1)
        frames.setdefault(noun, set()).add(frame)
    return {noun: frozenset(found) for noun, found in frames.items()}


def nominal_frame_relations() -> frozenset[str]:
    """How a nominal-frame cue's source may hang on the noun (``possessor``, ``by``, ...)."""
    return frozenset(_raw_lexicon()["nominal_frames"]["relations"])


def nominal_frame_confidence() -> float:
    """Base confidence of a nominal-frame cue (``her proposal for X``)."""
    return float(_raw_lexicon()["nominal_frames"]["confidence"])


@functools.cache
def cue_verbs() -> frozenset[str]:
    """Every single-word lemma of the speech, cognition and evidence classes."""
    classes = cue_classes()
    return classes["speech"].lemmas | classes["cognition"].lemmas | classes["evidence"].lemmas


def cue_lemma(token: Token) -> str:
    """The token's lemma, lowercased, with known model errors fixed (``hoped`` -> ``hope``)."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith("hopp"):
        return lemma  # "hopped on her board": the verb hop, not a misread "hope"
    return _LEMMA_FIXES.get(lemma, lemma)


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
    for cue_class in _classes_of_verb(lemma):
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


@functools.cache
def _classes_of_verb(lemma: str) -> tuple[CueClass, ...]:
    """The classes, in lexicon order, that list ``lemma`` as a lemma or as a pair's verb.

    :func:`find_cue_classes` runs for every verb of a text: looking a verb up
    here first spares the subject, object and particle checks of the classes
    it cannot belong to.
    """
    return tuple(
        cue_class
        for cue_class in cue_classes().values()
        if lemma in cue_class.lemmas or any(verb == lemma for verb, _ in cue_class.pairs)
    )


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
