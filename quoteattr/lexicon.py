"""The cue lexicon as an object users own: load it, validate it, extend it.

Every word that makes quoteattr read an attribution is data: the packaged
``quoteattr/data/cues.json`` (documented in ``docs/cues.md``, its schema in
``quoteattr/data/cues.schema.json``). A :class:`Lexicon` holds one such
document, validated when it is made, and the tables the stages read from it.

>>> from quoteattr import Lexicon
>>> lexicon = Lexicon.default().extend({"speech": ["harrumph"]})
>>> "harrumph" in lexicon.entries()["speech"], "harrumph" in Lexicon.default().entries()["speech"]
(True, False)

The stages take a lexicon as an argument (default :meth:`Lexicon.default`);
inside a stage, the helpers of :mod:`quoteattr.cues` read the lexicon in use
(:func:`active_lexicon`), set for the stage's run by :func:`using_lexicon`.
Tables are kept on the lexicon itself, so a lexicon of one's own needs no
cache clearing.
"""

from __future__ import annotations

import contextvars
import copy
import functools
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

import attrs
import jsonschema

from quoteattr.errors import Errors, LexiconError, LexiconTypeError

#: Frames a cue class may use (see :mod:`quoteattr.cues`).
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

#: The word list :meth:`Lexicon.extend` grows for an entry named without a field.
_DEFAULT_FIELDS = {"phrases": "phrases", "headline_verbs": "forms", "hedges": "lemmas"}


@attrs.frozen(kw_only=True)
class CueClass:
    """One class of the cue lexicon.

    Attributes:
        name: The class name (``speech``, ``cognition``, ...).
        description: What the class covers.
        frames: How its verbs take their content (see :mod:`quoteattr.cues`).
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
        kind: The kind of attribution its cues make (the lexicon's ``kinds``:
            ``speech``, ``thought``, ``intention``, ``evidence``).
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
    kind: str = "speech"


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


class Lexicon:
    """A validated cue lexicon and the tables the stages read from it.

    Make one with :meth:`default`, :meth:`from_path` or :meth:`from_dict`;
    :meth:`extend` returns a new lexicon and never changes the one it is
    called on. A lexicon is compared and hashed by identity (stages keep
    tables per lexicon object).
    """

    __slots__ = ("__weakref__", "_data", "_memo")

    def __init__(self, data: Mapping[str, Any], *, _validated: bool = False) -> None:
        if not _validated:
            validate_lexicon(data)
        self._data: dict[str, Any] = copy.deepcopy(dict(data))
        self._memo: dict[str, Any] = {}

    @classmethod
    def default(cls) -> Lexicon:
        """The packaged lexicon (``quoteattr/data/cues.json``), loaded once."""
        return _default_lexicon()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lexicon:
        """A lexicon from a document in the format of ``quoteattr/data/cues.json``.

        Raises:
            LexiconError: The document breaks the schema, repeats a word or
                names a class that does not exist (``E110``, ``E111``).
        """
        return cls(data)

    @classmethod
    def from_path(cls, path: str | PathLike[str]) -> Lexicon:
        """A lexicon read from a JSON file in the format of ``quoteattr/data/cues.json``.

        Raises:
            LexiconError: The file cannot be read, is not JSON or is no valid
                lexicon (``E110``, ``E111``, ``E112``).
        """
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise LexiconError(Errors.E112.format(path=str(path), reason=error)) from error
        return cls(data)

    def extend(self, additions: Mapping[str, Iterable[str]]) -> Lexicon:
        """A new lexicon with words added; this one is left as it is.

        Args:
            additions: Entry -> words. An entry is a verb class (``"speech"``:
                lemmas), another entry with a word list (``"nominal"``,
                ``"hedges"``, ``"phrases"``, ``"headline_verbs"``: its list),
                or ``"entry.field"`` for one list of an entry with several
                (``"stance.clause"``, ``"light.nouns"``).

        Returns:
            The extended lexicon.

        Raises:
            LexiconError: An entry does not exist (``E111``) or a word is
                already listed there (``E110``).
        """
        if not isinstance(additions, Mapping):
            raise LexiconError(Errors.E111.format(entry=repr(additions), known=self._list_names()))
        data = copy.deepcopy(self._data)
        for key, words in additions.items():
            target = self._word_list(data, key)
            if isinstance(words, str):
                words = [words]
            for word in words:
                if word in target:
                    raise LexiconError(Errors.E110.format(entry=key, word=word))
                target.append(word)
        return Lexicon(data)

    def to_dict(self) -> dict[str, Any]:
        """The lexicon's document (a copy), as :meth:`from_dict` takes it."""
        return copy.deepcopy(self._data)

    def __repr__(self) -> str:
        return f"<Lexicon: {len(self._data['classes'])} verb classes>"

    # -- tables ----------------------------------------------------------------------------

    def _table(self, name: str, build: Any) -> Any:
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]

    def classes(self) -> dict[str, CueClass]:
        """The verb classes, by name, in lexicon order."""
        return self._table("classes", self._build_classes)  # type: ignore[no-any-return]

    def _build_classes(self) -> dict[str, CueClass]:
        classes = {}
        for name, entry in self._data["classes"].items():
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
                kind=str(entry["kind"]),
            )
        return classes

    def entries(self) -> dict[str, frozenset[str]]:
        """Every verb class and word entry as plain lower-case strings: name -> words.

        Besides the verb classes: ``phrases`` (``according to``), ``nominal``
        cue nouns, ``withheld`` verbs that withhold speech and
        ``withheld_speech`` what they withhold, ``hedges`` (never cues), and
        the word lists of the other stages (``direct_verbs``,
        ``message_nouns``, ``media``, ``occasions``, ...).
        """
        return self._table("entries", self._build_entries)  # type: ignore[no-any-return]

    def _build_entries(self) -> dict[str, frozenset[str]]:
        raw = self._data
        entries = {
            name: frozenset(w.lower() for w in e["lemmas"]) for name, e in raw["classes"].items()
        }
        entries["phrases"] = frozenset(raw["phrases"]["phrases"])
        entries["nominal"] = frozenset(raw["nominal"]["lemmas"])
        entries["withheld"] = frozenset(raw["withheld"]["lemmas"])
        entries["withheld_speech"] = frozenset(raw["withheld"]["withheld_speech"])
        entries["hedges"] = frozenset(raw["hedges"]["lemmas"])
        return entries

    def words(self, entry: str, field: str = "lemmas") -> frozenset[str]:
        """One word list of an entry as a set (``words("media")``, ``words("evidence_nouns", "plurals")``)."""
        key = f"words:{entry}:{field}"
        return self._table(key, lambda: frozenset(self._data[entry][field]))  # type: ignore[no-any-return]

    def forms(self, entry: str) -> Mapping[str, Any]:
        """A mapping entry (``irregular_forms``: lemma -> forms, ``lemma_fixes``: lemma -> lemma)."""
        return self._data[entry]["forms"]  # type: ignore[no-any-return]

    def confidence(self, entry: str) -> float:
        """The base confidence of a non-verb entry (``phrases``, ``nominal``, ``light``, ...)."""
        return float(self._data[entry]["confidence"])

    def kind(self, entry: str) -> str:
        """The kind of attribution a verb class or a non-verb entry makes (``stance``: ``thought``)."""
        if entry in self._data["classes"]:
            return str(self._data["classes"][entry]["kind"])
        return str(self._data[entry]["kind"])

    def kinds(self) -> dict[str, str]:
        """The kinds of attribution (the lexicon's ``kinds``): name -> what it covers."""
        return dict(self._data["kinds"])

    def light(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The light-verb cues (``made comments about``): verbs, object nouns and prepositions."""
        light = self._data["light"]
        return (
            (
                self.words("light", "verbs"),
                self.words("light", "nouns"),
                self.words("light", "prepositions"),
            )
            if light
            else (frozenset(), frozenset(), frozenset())
        )

    def framing(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The framing cues: viewpoint prepositions, reckoning prepositions, nouns of reckoning."""
        return (
            self.words("framing", "viewpoint"),
            self.words("framing", "reckoning"),
            self.words("framing", "reckoning_nouns"),
        )

    def stance(self) -> StanceCues:
        """The stance-adjective cues (the ``stance`` entry)."""
        return self._table("stance", self._build_stance)  # type: ignore[no-any-return]

    def _build_stance(self) -> StanceCues:
        stance = self._data["stance"]
        return StanceCues(
            links=frozenset(stance["links"]),
            clause=frozenset(stance["clause"]),
            made=frozenset(stance["made"]),
            pairs=frozenset((p.split(" ")[0], p.split(" ")[1]) for p in stance["preposition"]),
            confidence=float(stance["confidence"]),
        )

    def nominal_frames(self) -> dict[str, frozenset[str]]:
        """The nominal-frame cues (``Trump's criticism of X``): noun lemma -> its frames."""
        return self._table("nominal_frames", self._build_nominal_frames)  # type: ignore[no-any-return]

    def _build_nominal_frames(self) -> dict[str, frozenset[str]]:
        frames: dict[str, set[str]] = {}
        for pair in self._data["nominal_frames"]["pairs"]:
            noun, frame = pair.split(" ", 1)
            frames.setdefault(noun, set()).add(frame)
        return {noun: frozenset(found) for noun, found in frames.items()}

    def nominal_frame_relations(self) -> frozenset[str]:
        """How a nominal-frame cue's source may hang on the noun (``possessor``, ``by``, ...)."""
        return self.words("nominal_frames", "relations")

    def cue_verbs(self) -> frozenset[str]:
        """Every single-word lemma of the speech, cognition and evidence classes."""
        classes = self.classes()
        return self._table(  # type: ignore[no-any-return]
            "cue_verbs",
            lambda: frozenset().union(
                *(classes[n].lemmas for n in ("speech", "cognition", "evidence") if n in classes)
            ),
        )

    def classes_of_verb(self, lemma: str) -> tuple[CueClass, ...]:
        """The classes, in lexicon order, that list ``lemma`` as a lemma or as a pair's verb."""
        memo: dict[str, tuple[CueClass, ...]] = self._table("classes_of_verb", dict)
        found = memo.get(lemma)
        if found is None:
            found = memo[lemma] = tuple(
                cue_class
                for cue_class in self.classes().values()
                if lemma in cue_class.lemmas or any(verb == lemma for verb, _ in cue_class.pairs)
            )
        return found

    def inflect(self, word: str) -> frozenset[str]:
        """The forms of an English verb or noun a cue word may take in text.

        Suffix rules over-generate on purpose (``say`` gives ``sayed`` too),
        with the irregular forms of ``irregular_forms`` (``said``).
        """
        forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
        if word.endswith("e"):
            forms.add(word[:-1] + "ing")
        if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
            forms |= {word[:-1] + "ies", word[:-1] + "ied"}
        if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
        forms.update(self.forms("irregular_forms").get(word, ()))
        return frozenset(forms)

    def verb_lemma(self, form: str) -> str | None:
        """The verb-class lemma a lower-case form inflects (``harrumphed`` -> ``harrumph``), if any.

        The lemmatizer guesses the lemma of a verb it does not know
        (``harrumphe``); a cue added to the lexicon is found by its forms.
        Only lemmas the packaged lexicon lacks are indexed: its own entries
        were measured with the model's lemmas (indexing them too would read
        ``lambasted``, which the model lemmatizes ``lambast``, as ``lambaste``:
        4 more quotes on PolNeAR dev, 1 of them right, so it is left out).
        """
        index: dict[str, str] = self._table("verb_forms", self._build_verb_forms)
        return index.get(form)

    def _build_verb_forms(self) -> dict[str, str]:
        index: dict[str, str] = {}
        default = Lexicon.default().classes()
        for name, cue_class in self.classes().items():
            packaged = default[name].lemmas if name in default else frozenset()
            for lemma in sorted(cue_class.lemmas - packaged):
                for form in sorted(self.inflect(lemma)):
                    index.setdefault(form, lemma)
        return index

    # -- extension -------------------------------------------------------------------------

    def _list_names(self) -> str:
        names = [*self._data["classes"]]
        for entry, value in self._data.items():
            if entry == "classes" or not isinstance(value, dict):
                continue
            lists = [f for f, v in value.items() if isinstance(v, list)]
            names += [entry] if len(lists) == 1 or entry in _DEFAULT_FIELDS else []
            names += [f"{entry}.{f}" for f in lists if len(lists) > 1]
        return ", ".join(names)

    def _word_list(self, data: dict[str, Any], key: str) -> list[str]:
        entry, _, field = key.partition(".")
        if entry in data["classes"] and not field:
            return data["classes"][entry]["lemmas"]  # type: ignore[no-any-return]
        value = data.get(entry) if entry != "classes" else None
        if isinstance(value, dict):
            if not field:
                lists = [f for f, v in value.items() if isinstance(v, list)]
                field = _DEFAULT_FIELDS.get(entry, lists[0] if len(lists) == 1 else "")
            if isinstance(value.get(field), list):
                return value[field]  # type: ignore[no-any-return]
        raise LexiconError(Errors.E111.format(entry=repr(key), known=self._list_names()))


@functools.cache
def _default_lexicon() -> Lexicon:
    data = json.loads(resources.files("quoteattr").joinpath("data/cues.json").read_text("utf-8"))
    return Lexicon(data)


@functools.cache
def lexicon_schema() -> dict[str, Any]:
    """The JSON Schema of a lexicon (``quoteattr/data/cues.schema.json``)."""
    schema: dict[str, Any] = json.loads(
        resources.files("quoteattr").joinpath("data/cues.schema.json").read_text("utf-8")
    )
    return schema


def validate_lexicon(data: Any) -> None:
    """Check a lexicon document against its schema and for repeated words.

    Raises:
        LexiconError: The first problem found, naming the entry and the fix
            (``E110`` a repeated word, ``E113`` a break of the schema).
    """
    validator = jsonschema.Draft202012Validator(lexicon_schema())
    error = next(iter(sorted(validator.iter_errors(data), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        if error.validator == "uniqueItems":
            repeated = next(w for w, n in Counter(error.instance).items() if n > 1)
            raise LexiconError(Errors.E110.format(entry=where, word=repeated))
        if error.validator == "additionalProperties" and not error.absolute_path:
            known = ", ".join(lexicon_schema()["properties"])
            raise LexiconError(Errors.E111.format(entry=error.message, known=known))
        raise LexiconError(Errors.E113.format(entry=where, problem=error.message))


_ACTIVE: contextvars.ContextVar[Lexicon | None] = contextvars.ContextVar(
    "quoteattr_lexicon", default=None
)


def active_lexicon() -> Lexicon:
    """The lexicon of the stage running now (:func:`using_lexicon`), else the default."""
    return _ACTIVE.get() or Lexicon.default()


@contextmanager
def using_lexicon(lexicon: Lexicon | None) -> Iterator[Lexicon]:
    """Run the block with ``lexicon`` as the lexicon in use (``None``: keep the one in use).

    Raises:
        LexiconTypeError: ``lexicon`` is not a :class:`Lexicon` (``E114``).
    """
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise LexiconTypeError(Errors.E114.format(type_name=type(lexicon).__name__))
    token = _ACTIVE.set(lexicon or active_lexicon())
    try:
        yield active_lexicon()
    finally:
        _ACTIVE.reset(token)
