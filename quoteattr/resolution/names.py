"""Names as strings: folding, parsing, gender and compatibility of two names.

Nothing here reads a Doc. A person's name is parsed with ``nameparser`` (titles,
particles such as ``de``/``van der``, suffixes), a first name's gender comes
from ``gender-guesser``'s list and near-identical spellings (``Sergei`` and
``Sergey``) are compared with ``rapidfuzz``.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import attrs
import gender_guesser.detector
from nameparser import HumanName
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quoteattr.names_data import lexicon, role_key, word_key

#: Two first names this similar (0-100) with the same surname are one person.
FIRST_NAME_SIMILARITY = 80.0


# the comparisons below run tens of thousands of times a corpus on a few
# thousand distinct strings: they are cached
@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name for comparison: lowercase, no diacritics, no possessive, no leading "the"."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "'").strip()
    for ending in ("'s", "'"):
        text = text.removesuffix(ending)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def honorific_gender(word: str) -> str | None:
    """``"male"``/``"female"`` for a gendered honorific (``Mr``, ``Mrs.``), else ``None``."""
    gender: str | None = lexicon()["honorifics"].get(word_key(word))
    return gender


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific such as ``Mr``, ``Mrs.``, ``Dr`` or ``Sir``."""
    return word_key(word) in lexicon()["honorifics"]


def is_title(word: str) -> bool:
    """Whether ``word`` is a role title (``President``, ``Gov.``, ``minister``)."""
    return role_key(word) in _titles()


@cache
def _designators() -> frozenset[str]:
    return frozenset(lexicon()["org_designators"])


@cache
def _titles() -> frozenset[str]:
    return frozenset(lexicon()["titles"])


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def first_name_gender(first: str) -> str | None:
    """``"male"`` or ``"female"`` when the first name is one gender's, else ``None``.

    Names the list gives as only *mostly* one gender (``Bernie``, ``Kelly``)
    count as unknown: a wrong gender would block the right antecedent.
    """
    if len(first.rstrip(".")) < 2:
        return None
    guess = _detector().get_gender(first)
    return guess if guess in ("male", "female") else None


def is_first_name(word: str) -> bool:
    """Whether ``word`` is in the first-name list (any gender)."""
    return len(word) > 1 and _detector().get_gender(word) != "unknown"


@attrs.frozen
class PersonName:
    """A person's name split into parts (folded for comparison).

    Attributes:
        words: The folded words of the name, in order.
        first: The folded first name, or ``""`` when the name is a surname only.
        last: The folded surname (with its particles: ``"de blasio"``), or ``""``
            when the name is a first name only.
    """

    words: tuple[str, ...]
    first: str
    last: str

    @property
    def full(self) -> bool:
        """Whether both a first name and a surname are known."""
        return bool(self.first and self.last)


@lru_cache(maxsize=4096)
def parse_person_name(text: str, *, bare: str = "last") -> PersonName:
    """Split a name (titles already removed) into first name and surname.

    Args:
        text: The name as written, e.g. ``"Bill de Blasio"``.
        bare: How to read a one-word name: ``"last"`` (a surname) or ``"first"``.

    Returns:
        The parsed name.
    """
    words = tuple(fold(word) for word in text.split() if fold(word))
    if not words:
        return PersonName((), "", "")
    if len(words) == 1:
        key = _strip_particle(words[0])
        return PersonName(words, key, "") if bare == "first" else PersonName(words, "", key)
    if len(words) == 2 and _given_name_second(text.split()[-1]):
        # ``Park Min-jun``, ``Moon Jae-in``: a family name, then a hyphenated given name.
        return PersonName(words, words[1], words[0])
    human = HumanName(text)
    last = _strip_particle(fold(human.last)) or words[-1]
    first = fold(human.first) or words[0]
    return PersonName(words, first, last)


def _given_name_second(word: str) -> bool:
    """Whether a name's last word is an East Asian given name: two syllables joined by a
    hyphen, the second lowercase (``Min-jun``, ``Yung-soo``; not ``Smith-Jones``)."""
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and first[:1].isupper() and second.isalpha() and second.islower()


def _strip_particle(word: str) -> str:
    """``"al-assad"`` -> ``"assad"``; ``"de blasio"`` -> ``"blasio"``."""
    particles = lexicon()["particles"]
    parts = word.replace("-", " ").split()
    while len(parts) > 1 and parts[0] in particles:
        parts = parts[1:]
    return " ".join(parts) if len(parts) > 1 else (parts[0] if parts else "")


def first_names_match(one: str, other: str) -> bool:
    """Whether two first names can be the same person's: equal, an initial, or near-identical."""
    one, other = one.rstrip("."), other.rstrip(".")
    if not one or not other:
        return True
    if one == other:
        return True
    if len(one) == 1 or len(other) == 1:
        return one[0] == other[0]
    return fuzz.ratio(one, other) >= FIRST_NAME_SIMILARITY


#: The shortest surname a one-letter slip may be read through (``Kowalcyk`` for ``Kowalczyk``).
MIN_MISSPELT_SURNAME = 5


def surname_misspelt(one: str, other: str) -> bool:
    """Whether a lone folded surname is another one written with one letter wrong, missing
    or added (``Kowalcyk`` for ``Kowalczyk``, ``Okafer`` for ``Okafor``): same first letter, both
    one word of at least :data:`MIN_MISSPELT_SURNAME` letters."""
    return (
        " " not in one + other
        and min(len(one), len(other)) >= MIN_MISSPELT_SURNAME
        and one[0] == other[0]
        and Levenshtein.distance(one, other) == 1
    )


def surnames_match(one: str, other: str) -> bool:
    """Whether two folded surnames are the same (particles and hyphens aside)."""
    if not one or not other:
        return False
    if one == other:
        return True
    one_words, other_words = one.replace("-", " ").split(), other.replace("-", " ").split()
    shorter, longer = sorted((one_words, other_words), key=len)
    return longer[-len(shorter) :] == shorter


def is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words ``short`` end the words ``long`` (``Peña Nieto`` in ``Enrique Peña Nieto``)."""
    return 0 < len(short) <= len(long) and long[-len(short) :] == short


@lru_cache(maxsize=1 << 16)
def names_compatible(mention: PersonName, name: PersonName) -> bool:
    """Whether ``mention`` can name the same person as ``name`` (cached: a long
    text compares the same few names again and again)."""
    if len(mention.words) >= 2 and is_suffix(mention.words, name.words):
        return True
    if len(name.words) >= 2 and is_suffix(name.words, mention.words):
        return True
    if mention.last and name.last:
        if surnames_match(mention.last, name.last):
            return first_names_match(mention.first, name.first)
        # ``Ibáñez`` for ``Carlos Ibáñez Rojas``: the first of two surnames.
        return (
            not mention.first
            and len(name.words) >= 3
            and mention.last in name.words[1:-1]
            and mention.last != name.first
        )
    if mention.first and not mention.last:
        return bool(name.first) and mention.first == name.first
    if name.first and not name.last:
        return bool(mention.first) and mention.first == name.first
    return False


def acronym(words: list[str]) -> str:
    """The capital initials of a name's words: ``American Conservative Union`` -> ``ACU``."""
    return "".join(word[0] for word in words if word[:1].isupper())


def _without_domain(name: str) -> str:
    """A name without a web domain's ending: ``optinrealbig.com`` -> ``optinrealbig``."""
    for ending in lexicon()["web_domains"]:
        if name.endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)]
    return name


def _expanded(words: list[str]) -> list[str]:
    """Words of an organisation's name with a country's short form spelt out (``u.s.``
    -> ``united states``)."""
    forms: dict[str, str] = lexicon()["country_short_forms"]
    return [part for word in words for part in forms.get(word, word).split()]


@lru_cache(maxsize=65536)
def org_names_match(one: str, other: str) -> bool:
    """Whether two organisation names can be the same organisation.

    Equal after folding, one the last words of the other (``Post`` and
    ``Washington Post``), or one the acronym of the other (``ACU``).
    """
    a = _expanded(_without_domain(fold(one)).split())
    b = _expanded(_without_domain(fold(other)).split())
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if longer[-len(shorter) :] == shorter:
        return True
    if (
        len(shorter) == 2
        and shorter[1] in lexicon()["org_heads"]
        and longer[-3:] == [shorter[1], "of", shorter[0]]
    ):
        # ``State Department`` and ``United States Department of State``: the field
        # before the organisation noun or after it.
        return True
    if longer[: len(shorter)] == shorter and all(
        word.rstrip(".,") in _designators() for word in longer[len(shorter) :]
    ):
        # ``Marlow`` and ``Marlow Motor Company``: a company's name without its designators.
        return True
    if len(shorter) == 1 and len(longer) > 2 and longer[0] == shorter[0] and longer[1] == "of":
        # ``the Society`` for ``Society of Harbour Pilots``, ``the Bank`` for ``Bank of Norland``.
        return True
    short_raw, long_raw = sorted((one.split(), other.split()), key=len)
    if len(short_raw) == 1 and short_raw[0].isupper() and len(short_raw[0]) >= 2:
        return (
            acronym([w for w in long_raw if w.lower() not in ("of", "the", "and", "for")])
            == short_raw[0]
        )
    return False
