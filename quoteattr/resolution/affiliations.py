"""Affiliations and role words for source profiles: which words of a description name an
organisation, party, team or country, and how much of the text the affiliation spans.

Used by :mod:`quoteattr.resolution.profiles`. The word lists are
``quoteattr/data/profiles.json`` (with ``names.json``'s titles and
organisation nouns).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from quoteattr.names_data import lexicon, role_key, word_key
from quoteattr.resolution.names import fold

__all__ = [
    "affiliation_extent",
    "end_char",
    "is_affiliation_token",
    "is_person",
    "is_role_word",
    "name_affiliation",
    "named_in_full",
    "names_organisation",
    "object_extent",
    "organisation_noun",
    "possessor",
    "profile_lexicon",
    "proper_not_role",
    "role_words",
]


@cache
def profile_lexicon() -> dict[str, Any]:
    """The word lists of ``quoteattr/data/profiles.json``."""
    source = resources.files("quoteattr").joinpath("data/profiles.json")
    with source.open(encoding="utf-8") as file:
        data: dict[str, Any] = json.load(file)
    return data


@cache
def role_words() -> frozenset[str]:
    names = lexicon()
    # names.json's person_nouns are left out: party words there (conservative,
    # democrat) name an affiliation before a role (Conservative MP).
    return frozenset(
        [*profile_lexicon()["role_words"], *names["titles"], *names["generic_roles"]]
        + [*profile_lexicon()["gendered_nouns"]]
    )


def is_affiliation_token(token: Token) -> bool:
    if role_key(token.text) in role_words() or word_key(token.text) in role_words():
        return False
    return token.ent_type_ in profile_lexicon()["affiliation_entities"]


def proper_not_role(token: Token) -> bool:
    """A capitalised word that is not a role word: a name (``Labour`` in ``Labour MP``).

    A capitalised agent noun (``Ecologist``, ``Spokesperson``) is a role word
    wherever it stands: its ending says so (``role_suffixes``).
    """
    key = word_key(token.text)
    acronym = token.is_upper and token.is_alpha and len(token.text) > 1
    return (
        (token.pos_ == "PROPN" or acronym or (token.pos_ == "ADJ" and token.text.istitle()))
        and key not in role_words()
        and role_key(token.text) not in role_words()
        and not (token.ent_type_ == "" and key.endswith(tuple(profile_lexicon()["role_suffixes"])))
    )


def possessor(doc: Doc, first: int) -> tuple[int, int] | None:
    """An organisation owning the title at ``first``: ``Tesco's`` in ``Tesco's chief executive``."""
    if first < 2 or doc[first - 1].tag_ != "POS":
        return None
    owner = doc[first - 2]
    if owner.ent_type_ not in profile_lexicon()["affiliation_entities"]:
        return None
    start = owner.i
    while (
        start > 0
        and doc[start - 1].ent_iob_ == "I"
        or (start > 0 and owner.ent_iob_ == "I" and doc[start].ent_iob_ == "I")
    ):
        start -= 1
    return affiliation_extent(doc[start], owner, stop=first)


def affiliation_extent(
    first: Token, last: Token, *, stop: int, keep_the: bool = False
) -> tuple[int, int]:
    """The span of an affiliation from ``first`` to ``last``, widened to the whole named
    entity at either end (``Export-Import Bank`` -> ``Southern Export-Import Bank``) but not
    to ``stop`` or past it, without a leading article, and without a country owning an
    organisation (``the UK's Serious Fraud Office`` -> ``Serious Fraud Office``)."""
    doc = first.doc
    start, end = first.i, last.i
    if first.ent_type_ in profile_lexicon()["affiliation_entities"]:
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_:
            start -= 1
    if last.ent_type_ in profile_lexicon()["affiliation_entities"]:
        while (
            end + 1 < min(stop, len(doc))
            and doc[end + 1].ent_iob_ == "I"
            and doc[end + 1].text not in ("(", "[", '"', "“")
        ):
            end += 1
    for token in doc[start:end]:
        if "\n" in token.text_with_ws:
            # an affiliation never runs over a line break (``of RSF`` above a new paragraph)
            end = token.i - 1 if token.is_space else token.i
            break
    while end > start and (doc[end].tag_ == "POS" or doc[end].is_punct or doc[end].is_space):
        end -= 1
    while (
        start < end and doc[start].dep_ == "det" and not (keep_the and doc[start].lower_ == "the")
    ):
        start += 1
    owner = next((t for t in doc[start:end] if t.tag_ == "POS"), None)
    if (
        owner is not None
        and owner.i < end
        and all(t.ent_type_ in ("GPE", "NORP") for t in doc[start : owner.i])
    ):
        start = owner.i + 1
    return (doc[start].idx, end_char(doc[end]))


def end_char(token: Token) -> int:
    return token.idx + len(token.text)


def names_organisation(token: Token, person_words: frozenset[str] = frozenset()) -> bool:
    """Whether a preposition's object names an organisation, party, team or country
    (``Bank of America``, ``Garden Weekly magazine``), by itself or by a proper-noun modifier."""
    if token.ent_type_ in profile_lexicon()["affiliation_entities"] and token.text[:1].isupper():
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME"):
        # a lowercase word the tagger took for a name is none (``secretary of state``)
        return token.text[:1].isupper() and not is_person(token, person_words)
    if token.pos_ == "NOUN" and organisation_noun(token):
        # ``of the regional civil defence office``, ``for the city council``
        return True
    return any(
        child.dep_ in ("compound", "nmod")
        and child.pos_ == "PROPN"
        and not is_person(child, person_words)
        for child in token.children
    )


def is_person(token: Token, person_words: frozenset[str]) -> bool:
    """Whether a word tagged as a person's is one of the document's people's names.

    The entity recogniser often tags a team, a town or a party before a title
    as a person (``Maroochy captain``); with the names of the document's people
    known, only their words count as persons' words, and a name right after a
    role word (``fellow candidate Tom Reed``).
    """
    if token.ent_type_ != "PERSON":
        return False
    if not person_words or fold(token.text) in person_words:
        return True
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start > 0 and is_role_word(token.doc[start - 1])


def is_role_word(token: Token) -> bool:
    return word_key(token.text) in role_words() or role_key(token.text) in role_words()


def organisation_noun(token: Token) -> bool:
    """A common noun standing for an organisation before a role (``police`` in ``police spokesman``)."""
    key = word_key(token.lemma_ if token.pos_ == "NOUN" else token.text)
    return key in profile_lexicon()["organisation_nouns"] or key in lexicon()["org_heads"]


def name_affiliation(
    root: Token, name: Span, person_words: frozenset[str]
) -> tuple[int, int] | None:
    """An organisation in a phrase on the name itself: ``Ann Cole of Labour``."""
    for child in root.children:
        if (
            child.dep_ == "prep"
            and child.i >= name.end
            and child.lower_ in ("of", "at", "for", "from", "with")
        ):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and names_organisation(objects[0], person_words):
                return object_extent(objects[0])
    return None


def object_extent(obj: Token) -> tuple[int, int]:
    """A preposition's object as an affiliation: without a leading ``the``, up to a comma,
    a parenthesis or a relative clause (``the University of Leeds (UL), which``), with the
    capitalised words that go on naming it (``of Harbour Trust Canada``)."""
    doc = obj.doc
    start = obj.left_edge
    end = obj.i
    located = word_key(obj.text) in lexicon()["located_organisations"]
    for token in doc[obj.i + 1 : obj.right_edge.i + 1]:
        if token.is_punct and token.text not in ("&", "-", "–", "."):
            break
        if token.dep_ in ("relcl", "acl", "appos") or token.is_space:
            break
        if "\n" in token.text or "\n" in doc[token.i - 1].text_with_ws:
            break
        place = [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")]
        if token.lower_ == "in" and place and not located and token.ent_iob_ != "I":
            # ``the University of Dalmere in Ontario``: where it is, not its name (an
            # embassy's place is its name's: ``the French Embassy in Rome``)
            break
        end = token.i
    named = end
    while (
        end + 1 < len(doc)
        and doc[end].whitespace_ == " "
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].ent_type_ not in ("PERSON", "DATE", "TIME")
        and doc[end + 1].dep_ in ("compound", "appos", "flat")
    ):
        end += 1
    if end > named and obj.pos_ == "NOUN" and organisation_noun(obj):
        # ``of the campaign group Open Doors``: the group's name, not its description
        start = doc[named + 1]
    # ``the`` stays before a description (``of the island's water authority``), not a name
    article = (
        obj.pos_ == "NOUN"
        and start.lower_ == "the"
        and start.i + 1 < len(doc)
        and doc[start.i + 1].text[:1].islower()
    )
    return affiliation_extent(start, doc[end], stop=len(doc), keep_the=article)


def named_in_full(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """An affiliation that is one organisation noun (``Festival director Ann Cole``) as the
    organisation the document names in full with that noun last (``the Harbour Festival``):
    the nearest such name before it, else the first after it; else the span as it is."""
    words = doc.text[span[0] : span[1]].split()
    if len(words) != 1 or not words[0][:1].isupper():
        return span
    key = word_key(words[0])
    if key not in profile_lexicon()["organisation_nouns"] and key not in lexicon()["org_heads"]:
        return span
    names = [
        ent
        for ent in doc.ents
        if ent.label_ in ("ORG", "FAC", "EVENT")
        and len(ent) > 1
        and word_key(ent[-1].text) == key
        and not (ent.start_char <= span[0] < ent.end_char)
    ]
    before = [ent for ent in names if ent.end_char <= span[0]]
    chosen = before[-1] if before else (names[0] if names else None)
    if chosen is None:
        return span
    start = chosen.start + 1 if chosen[0].lower_ == "the" else chosen.start
    return (doc[start].idx, chosen.end_char)
