"""Source phrases: the words of a source mention, from the head noun the parser gives.

:func:`noun_phrase` cuts a noun phrase before appositives, clauses and
brackets; :func:`source_phrase` takes the name set beside a description
(``The party chairman, Tom Okafor,``) or the author of a document
(``a statement released by the ministry``) instead; :func:`can_speak` tells
a common noun that may stand for a source. Read by :mod:`quoteattr.sources`
and the stages after it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.cues import document_nouns
from quoteattr.names_data import is_person_noun, lexicon, role_key

#: Right children that end a source's noun phrase.
_NP_STOP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"})


def can_speak(noun: Token) -> bool:
    """Whether a common noun may stand for a source (a person, a group, an organisation, a document)."""
    words = lexicon()
    key = noun.lemma_.lower()
    return (
        is_person_noun(role_key(key))
        or key in words["org_heads"]
        or key in words["media_heads"]
        or key in words["any_organisation"]
        or key in words["utterances"]
    )


#: Entity types of a name that stands for the description it is set beside.
_APPOSED_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE"})


def source_phrase(head: Token) -> Span:
    """The mention of a source headed by ``head``.

    The name set beside a description (``The party chairman, Kelly
    Armstrong, said``, ``radio broadcaster Westwave``: the name is the mention
    nearest the cue, :func:`_named_apposition`), the author of a document
    (``a statement released by the ministry``: :func:`_document_author`),
    otherwise :func:`noun_phrase`.
    """
    named = named_source(head)
    return named if named is not None else noun_phrase(head)


def named_source(head: Token) -> Span | None:
    named = _named_apposition(head)
    if named is not None:
        return named
    author = _document_author(head)
    return source_phrase(author) if author is not None else None


#: Entity types of a document's author.
_AUTHOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _document_author(head: Token) -> Token | None:
    """The author a by- or from-phrase gives a document or message noun.

    ``a statement released by Ada Brisk's office``, ``a 1994 report from the
    Norland Rail Safety Board``, ``the reports by Dalmere
    University``: the head of the author's noun phrase, when it names one
    person, organisation or noun that may speak (not ``a video from the
    scene``, ``a study from March``, ``reports from the Treasury and the
    bank``). The nouns and the verbs of authoring (``released``, not
    ``seen by``) are the ``documents`` entry of the cue lexicon.
    """
    nouns, authoring = document_nouns()
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in nouns:
        return None  # "Notes from Norland" is a title
    for child in head.rights:
        preposition = None
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            preposition = child
        elif child.dep_ == "acl" and child.lemma_.lower() in authoring:
            # "released by", "posted online by"; not "seen by", "obtained by"
            preposition = next(
                (c for c in child.children if c.dep_ == "agent" or c.lower_ == "by"), None
            )
        if preposition is None:
            continue
        author = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if author is not None and _names_an_author(author):
            return author
    return None


def _names_an_author(noun: Token) -> bool:
    """Whether a by- or from-object names one author: a name or a definite noun that may speak.

    Not a date, not several authors, not an indefinite one.
    """
    if any(c.dep_ == "conj" for c in noun.children):
        return False  # "reports from the Treasury and the bank": several sources, kept as written
    if noun.ent_type_:
        return noun.ent_type_ in _AUTHOR_ENTS
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False  # "a post by an unnamed user": names no more than the document does
    return noun.pos_ == "PROPN" or (noun.pos_ == "NOUN" and can_speak(noun))


def _named_apposition(head: Token) -> Span | None:
    """The proper name in apposition to a description (``One news site, Ferncloud.com,``).

    The head is a common noun, a number (``One of the groups, the Norland
    Rail Union,``) or a title (``The Vice President, Tom Adler,``);
    its appositive is a proper name of a person, an organisation or a place
    (or one the entity recogniser left unlabelled), not in brackets (a gloss: ``the national archive (Arkiv
    Dalmere)``). A person's name keeps its own description aside (``Hugh
    Hill, a doctor,`` stays ``Hugh Hill``), and a title or an organisation
    only gives way to a person. A person's (or an unlabelled) name is the run of proper nouns
    ending in it, without the common nouns the parser hung on it (``Acme Bank
    president Kofi Adeyemi`` gives ``Kofi Adeyemi``, ``President Obama`` stays
    whole).
    """
    if head.pos_ not in {"NOUN", "PROPN", "NUM"} or head.ent_type_ == "PERSON":
        return None
    name = next((c for c in head.rights if c.dep_ == "appos"), None)
    if name is None or name.pos_ != "PROPN":
        return None
    kind = name.ent_type_
    if (kind and kind not in _APPOSED_NAME_ENTS) or (head.pos_ == "PROPN" and kind != "PERSON"):
        return None
    phrase = noun_phrase(name)
    if name.doc[phrase.start - 1].text == "(":
        return None  # a gloss: "the national archive (Arkiv Dalmere)"
    if kind in {"ORG", "GPE"}:
        return phrase
    start = name.i
    doc = name.doc
    while start > phrase.start and (doc[start - 1].pos_ == "PROPN" or doc[start].ent_iob_ == "I"):
        start -= 1  # "Mei-Ling Tan": a hyphen inside the entity is part of the name
    return name.doc[start : phrase.end]


def noun_phrase(head: Token) -> Span:
    """The noun phrase headed by ``head``, cut before appositives, clauses, coordination or punctuation.

    A proper noun the parser made an appositive of the proper noun right
    before it is the rest of the same name (``Ramon dela Paz``); a person's
    name ends before a preposition (``Ada Brisk of the University of
    Dalmere`` gives ``Ada Brisk``); the phrase ends before a bracket
    (``Transport for Dalmere (TfD)`` gives ``Transport for Dalmere``).
    """
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or doc[start].dep_ in {"cc", "prep"}
    ):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in _NP_STOP_DEPS and not _continues_name(child, end):
            break
        if child.dep_ == "prep" and head.ent_type_ == "PERSON" and child.ent_iob_ != "I":
            break
        end = child.right_edge.i + 1
    end = next((t.i for t in doc[head.i + 1 : end] if t.text == "("), end)
    while end > head.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _continues_name(child: Token, end: int) -> bool:
    """Whether an appositive is a proper noun right after a name, with nothing between (a split name)."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.head.pos_ == "PROPN"
        and child.left_edge.i == end
        and not child.left_edge.is_punct
        and "\n" not in child.doc[end - 1].whitespace_
    )
