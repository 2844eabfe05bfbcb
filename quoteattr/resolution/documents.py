"""Documents and messages as sources: their author is the source.

``a Redfield Analytics statement said``, ``the Bank of Norland's figures
show``, ``a report by the institute found``, ``a 1994 report from the
Norland Rail Safety Board`` are the organisation (or person)
that wrote them: the owner is the noun phrase's possessor, its proper-noun
modifiers, or the object of its ``by``/``from``/``of`` (which the extraction
may have cut from the mention). A definite document without an owner
(``the report said``) is the one the text mentioned last with the same
noun: its owner, or whoever issued it (``the carmaker issued a statement
... The statement said``).

A named work (``a new book, The Quiet Years, claims``) is itself the
source, a work by its title: the title in apposition to the document noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.cues import document_nouns
from quoteattr.names_data import lexicon, role_key

#: Prepositions introducing a document's author.
AUTHOR_PREPOSITIONS = frozenset({"by", "from", "of"})
#: How many words back an earlier mention of the same document is looked for.
LOOKBACK_WORDS = 400
#: Verbs whose subject issues the document that is their object.
_ISSUING_DEPS = frozenset({"dobj", "nsubjpass"})


def is_document(head: Token) -> bool:
    """Whether a noun names a document or message (``statement``, ``report``, ``figures``).

    A capitalised one is part of a name (``the Mueller Report``, ``a USA TODAY Poll``).
    """
    return head.pos_ in ("NOUN", "PROPN") and head.text.islower() and (
        role_key(head.lemma_.lower()) in lexicon()["documents"]
        or head.lower_ in lexicon()["documents"]
    )


def document_owner(head: Token, span: Span | None = None) -> Span | None:
    """The noun phrase naming who wrote a document, or ``None``.

    Args:
        head: The document noun.
        span: The mention it heads; proper-noun modifiers are read inside it.

    Returns:
        The owner's noun phrase: a possessor, a run of proper-noun modifiers
        (``Norland Maritime Authority records``), an organisation's description
        as modifier (``a fire service statement``), or the object of an author
        preposition (``a report by the institute``).
    """
    doc = head.doc
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return doc[child.left_edge.i : child.i + 1]
    start = span.start if span is not None else head.left_edge.i
    proper = [
        t
        for t in head.lefts
        if t.i >= start and t.dep_ in ("compound", "nmod", "amod") and t.pos_ == "PROPN"
    ]
    if proper:
        first = min(t.left_edge.i for t in proper)
        last = max(t.i for t in proper)
        while first < last and doc[first].pos_ not in ("PROPN",) and not doc[first].text[:1].isupper():
            first += 1
        return doc[first : last + 1]
    nouns = [t for t in head.lefts if t.i >= start and t.dep_ == "compound" and t.pos_ == "NOUN"]
    if (
        nouns
        and head.tag_ == "NN"
        and role_key(nouns[-1].lemma_.lower()) in lexicon()["org_heads"]
    ):
        # ``a fire service statement``, ``a council report``: the organisation the
        # description names (one document: ``party figures`` may be people)
        first = min(t.left_edge.i for t in nouns)
        return doc[max(first, start) : nouns[-1].i + 1]
    preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS]
    # ``a poll conducted by Dalmere Radio``, ``a survey commissioned by the society``
    preps += [
        p
        for clause in head.rights
        if clause.dep_ == "acl"
        for p in clause.children
        if p.dep_ in ("agent", "prep") and p.lower_ == "by"
    ]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN") and not is_document(obj):
                return doc[obj.left_edge.i : obj.i + 1]
    return None


def earlier_owner(head: Token) -> Span | None:
    """For ``the report``: the owner or issuer of the latest earlier mention of the same
    noun that says whose it is, or the subject of the latest earlier verb the noun names
    (``ruled`` for ``the ruling``)."""
    doc = head.doc
    lemma = head.lemma_.lower()
    verbs = set(lexicon()["document_verbs"].get(lemma, []))
    for i in range(head.i - 1, max(head.i - LOOKBACK_WORDS, -1), -1):
        token = doc[i]
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            # ``The court ruled ... According to the ruling``: the act's doer
            found = _subject(token)
        elif token.lemma_.lower() == lemma and token.pos_ in ("NOUN", "PROPN"):
            found = document_owner(token) or _issuer(token)
        else:
            continue
        if found is not None and found[0].lower_ not in lexicon()["indefinite"]:
            # ``rulings from a court``: some court's, not the one ``the ruling`` is
            return found
    return None


def issuer(document: Token) -> Span | None:
    """The subject of a verb of authoring whose object the document is (``Marlow
    Motors released a statement which read``; not ``the Ledger obtained a letter``); the
    verbs are the ``authoring`` list of the cue lexicon's ``documents`` entry."""
    _, authoring = document_nouns()
    if (
        document.dep_ == "dobj"
        and document.head.pos_ == "VERB"
        and document.head.lemma_.lower() in authoring
    ):
        return _subject(document.head)
    return None


def _issuer(document: Token) -> Span | None:
    """Who issued a document: the subject of the verb it is the object of (``Marlow
    Motors issued a statement``), or of the verb it is said in (``Marlow said in a filing``)."""
    if document.dep_ in _ISSUING_DEPS and document.head.pos_ == "VERB":
        return _subject(document.head)
    if document.dep_ == "pobj" and document.head.head.pos_ == "VERB":
        return _subject(document.head.head)
    return None


def _subject(verb: Token) -> Span | None:
    """A verb's nominal subject, as a noun phrase."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
            return verb.doc[child.left_edge.i : child.i + 1]
    return None


def work_title(head: Token) -> Span | None:
    """The title a document noun is given in apposition (``a new book, The Quiet Years``).

    A title is capitalised and names no person (``a statement, Jane Doe said`` is not one).
    """
    if head.lower_ not in lexicon()["works"]:
        return None
    doc = head.doc
    for child in head.rights:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON":
            continue
        span = doc[child.left_edge.i : child.right_edge.i + 1]
        words = [t for t in span if t.is_alpha]
        if words and words[0].text[:1].isupper() and words[-1].text[:1].isupper():
            return span
    return None
