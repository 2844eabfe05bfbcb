"""A source mention's phrase: its head, the names inside it, the repairs at its ends.

Plain functions over the tokens of a mention as the extraction gave it: the
head word the resolver reads (:func:`phrase_head`), a person's name ending a
long description (:func:`trailing_name`) or opening one (:func:`leading_name`),
the title a role noun ends (:func:`title_role`), and what marks a phrase as
definite, an outlet's name or a stance (``anti-Harlow``).
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.doctext import doc_tokens
from quoteattr.names_data import is_person_noun, lexicon, role_key
from quoteattr.resolution.entities import Cluster
from quoteattr.resolution.mentions import ORGANIZATION, PERSON, DocIndex, Mention
from quoteattr.resolution.names import (
    first_name_gender,
    fold,
    is_first_name,
    is_honorific,
    is_title,
    parse_person_name,
)

#: Determiners making a noun phrase definite.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Entity labels of places and nationalities (``Saudi``, ``U.S.``).
PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC"})
#: Conjunctions that, after a comma, open a new clause (``..., but Jane Doe reports``).
_CLAUSE_CONJUNCTIONS = frozenset({"but", "yet"})
#: Prefixes making a name what an organisation stands for, not its name (``anti-Harlow``).
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def trailing_name(span: Span, tokens: list[Token]) -> Span | None:
    """A person's name ending a long description (``Chilean Ambassador to the United
    Kingdom Rosa Pereira``, ``the Ledger's Maria Costa``, ``writer and performer Sam
    Ortiz``): the person the mention is, whatever its parse's head.

    The name follows its description directly: after a preposition, a
    conjunction or a determiner it is someone else (``a spokesman for Jane
    Doe``, ``Smith and Jane Doe``).
    """
    last = tokens[-1]
    if last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    doc = span.doc
    start = last.i
    while start - 1 > span.start and _name_word(doc, start - 1):
        start -= 1
    if last.ent_type_ == "PERSON":
        first = last.i
        while first > start and doc[first].ent_iob_ == "I":
            first -= 1
    else:
        first = next(
            (t.i for t in doc[start : last.i] if first_name_gender(t.text) is not None), -1
        )
        if first < 0:
            first = _name_after_title(span, start, last.i)
        if first < 0:
            return None
    before = doc[first - 1] if first > span.start else None
    if before is None or before.is_space:
        return None
    if before.lower_ in _CLAUSE_CONJUNCTIONS and first - 2 > span.start and doc[first - 2].text == ",":
        # ``..., but Jane Doe``: a new clause, whose subject the name is
        return doc[first : last.i + 1]
    if before.text not in ("'s", "’s") and (
        before.pos_ in ("ADP", "CCONJ", "DET", "PRON", "PUNCT", "VERB", "AUX")
        or before.dep_ in ("cc", "prep", "det")
    ):
        return None
    return doc[first : last.i + 1]


def _name_after_title(span: Span, start: int, last: int) -> int:
    """Where a name of two or three words starts in a run of capitalised words that
    follows a title and begins with places (``Prime Minister of Norland Arvid Lindahl``),
    or -1."""
    doc = span.doc
    if not any(is_title(t.text) for t in doc[span.start : start]):
        return -1
    places = {e.text for e in doc.ents if e.label_ in PLACE_ENTITIES}
    first = start
    while first < last and (doc[first].text in places or is_title(doc[first].text)):
        first += 1
    words = doc[first : last + 1]
    if 2 <= len(words) <= 3 and all(t.is_alpha and t.text.istitle() for t in words):
        return first
    return -1


def leading_name(span: Span, tokens: list[Token]) -> Span | None:
    """A person's name opening a mention that goes on to say where they are from
    (``Jennifer Marsh of Leeds University and adviser to the Post``)."""
    doc = span.doc
    first = tokens[0]
    if first.dep_ == "det" and len(tokens) > 1:
        first = tokens[1]
    end = first.i
    while end < span.end and (
        (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper())
        or (end > first.i and doc[end].text == "-" and _name_word(doc, end))  # ``Nils-Erik``
        or (end > first.i and _name_word(doc, end) and doc[end - 1].text == "-")
    ):
        end += 1
    if end - first.i < 2 or end >= span.end or doc[end].lower_ not in ("of", "from", "at", ","):
        return None
    if not (doc[first.i].ent_type_ == "PERSON" or is_first_name(doc[first.i].text)):
        return None
    if doc[first.i].ent_type_ in PLACE_ENTITIES or any(is_title(t.text) for t in doc[first.i : end]):
        # ``Norland Secretary of State Ada Brisk``: a place and a title, no name
        return None
    return doc[first.i : end]


def repaired_mention(span: Span) -> Span:
    """A source mention as the extraction cut it, repaired at its ends: a name cut after a
    particle runs on (``Ramon dela`` -> ``Ramon dela Paz``), an opened bracket is left
    out (``Notes from Norland (NFN`` -> ``Notes from Norland``)."""
    doc = span.doc
    start, end = span.start, span.end
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" for t in span) and opened[0] > start:
        end = opened[0]
    while (
        end < len(doc)
        and end > start
        and doc[end - 1].lower_ in lexicon()["particles"]
        and doc[end].text[:1].isupper()
    ):
        end += 1
    return doc[start:end]


def _name_word(doc: Doc, i: int) -> bool:
    """Whether a token may belong to a name run (a capitalised proper noun, a particle,
    or a hyphen joining two parts of a name: ``Min-jun``)."""
    token = doc[i]
    if token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
        return True
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return True
    return (token.pos_ == "PROPN" and token.text[:1].isupper()) or token.lower_ in lexicon()[
        "particles"
    ]


def who_person(doc: Doc, mention: Mention) -> Mention:
    """A person mention for an organisation name a ``who`` clause modifies and that starts
    with a first name (the entity recogniser's ``Grace Okafor, who leads ...``)."""
    if mention.kind != ORGANIZATION:
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    name = parse_person_name(mention.text)
    if span is None or not name.full or len(name.words) > 3 or not is_first_name(name.first):
        return mention
    who = any(
        clause.dep_ == "relcl" and any(t.lower_ in ("who", "whom") for t in clause.children)
        for clause in span.root.children
    )
    return attrs.evolve(mention, kind=PERSON, name=name) if who else mention


def against_or_for(token: Token) -> bool:
    """Whether a name is only what an organisation is for or against (``an anti-Harlow PAC``)."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return doc[token.i - 2].lower_ in _STANCE_PREFIXES
    return token.lower_.split("-", 1)[0] in _STANCE_PREFIXES and "-" in token.text


def is_outlet(cluster: Cluster) -> bool:
    """Whether an organisation's name reads as a news outlet's (``Chicago Sun-Times``,
    ``KING-TV``) or a website's (``Tavrida.com``)."""
    media = set(lexicon()["media_words"])
    for mention in cluster.mentions:
        if any(fold(mention.text).endswith(e) for e in lexicon()["web_domains"]):
            return True  # ``Tavrida.com``: a website
        words = fold(mention.text).replace(".", " ").split()
        if any(w in media or w.rsplit("-", 1)[-1] in media for w in words):
            return True
    return False


def title_role(doc: Doc, head: Token, start: int, role: str) -> str:
    """The title a role noun ends, with the words before it (``the Vice President``:
    ``vice president``; ``the new health minister``: ``health minister``), else ``role``."""
    for length in (3, 2, 1):
        first = head.i - length
        if first < start:
            continue
        words = [t.lower_.rstrip(".") for t in doc[first : head.i]] + [head.lemma_.lower()]
        if " ".join(words) in lexicon()["titles"]:
            return " ".join(words)
    return role


def is_definite(head: Token) -> bool:
    """Whether a noun phrase is definite (``the report``, ``this statement``)."""
    return any(t.dep_ == "det" and t.lower_ in DEFINITE for t in head.lefts)


def phrase_head(span: Span, tokens: list[Token]) -> Token:
    """The syntactic head of a span: its last noun or pronoun whose head lies outside it.

    The last, because a parser may cut a name from the title before it
    (``Brisk top aide Tom Hart``).
    """
    outside = [
        t for t in tokens if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i
    ]
    nominal = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if nominal:
        return nominal[-1]
    # A long mention the parser made a clause of (``The Latvian hacker whose
    # online prank first revealed ...``): its first subject noun.
    subjects = [
        t
        for t in tokens
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head in outside
        and t.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    if subjects:
        return subjects[0]
    return outside[0] if outside else tokens[0]


def co_arguments(pronoun: Token) -> list[int]:
    """Offsets of the objects of a subject pronoun's verb: never its antecedent.

    In ``She asked Okafor what ...`` she is not Okafor.
    """
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = pronoun.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    objects += [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    # ``Speaking to Martin Hale of the Daily Ledger, he said``: a fronted clause's objects,
    # wherever the parser hung the clause (on the quotation's verb after the cue, too).
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i]
    clauses += [
        t
        for t in pronoun.sent
        if t.dep_ == "advcl" and t.right_edge.i < pronoun.i and t not in clauses
    ]
    for clause in clauses:
        objects += [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        objects += [
            o for c in clause.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
        ]
    return [o.idx for o in objects if o.pos_ == "PROPN"]


def coordinated(span: Span, head: Token, index: DocIndex) -> bool:
    """Whether the phrase joins two or more sources (``Okafor and Hart``): a group."""
    links = [c for c in head.children if c.dep_ == "cc" and span.start <= c.i < span.end]
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN", "PRON")
        and span.start <= c.i < span.end
        and any(head.i < link.i < c.i for link in links)
        and not index.in_quote(c.idx, c.idx + len(c))
        for c in head.children
    )


def unrecognised_subject(head: Token, index: DocIndex, clusters: list[Cluster]) -> Span | None:
    """The proper-noun subject of the sentence before ``head`` that no entity holds (a
    name the recogniser missed: ``The Velvet Owls cancelled their tour.``), or ``None``."""
    sentence = index.sentence_of(head.i)
    if sentence == 0:
        return None
    doc = head.doc
    first, last = index.sent_starts[sentence - 1], index.sent_starts[sentence]
    for token in doc[first:last]:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG"):
            continue
        if any(m.start <= token.idx < m.end for c in clusters for m in c.mentions):
            return None
        return doc[token.left_edge.i : token.i + 1]
    return None


#: Lowercase words that may join the capitalised words of a name (``Fire and Rescue Service``).
_RUN_LINKS = frozenset({"and", "of", "for", "&"})


def name_with_words(head: Token, role: str, words: set[str]) -> Span | None:
    """The latest run of capitalised words before ``head`` that ends or opens with ``role``
    and holds every one of ``words``: a name the entity recogniser missed that a
    description repeats (``Halden Fire and Rescue Service ... the fire service``,
    ``Hotel Blue Lagoon ... the hotel``), or ``None``.

    A run holds two capitalised words or more, no person's name and no line break.
    """
    doc = head.doc
    end = head.i
    while end > 0:
        while end > 0 and not doc[end - 1].text[:1].isupper():
            end -= 1
        start = end
        while start > 0 and "\n" not in doc[start - 1].text_with_ws and (
            doc[start - 1].text[:1].isupper()
            or (
                doc[start - 1].lower_ in _RUN_LINKS
                and start > 1
                and doc[start - 2].text[:1].isupper()
            )
        ):
            start -= 1
        first = start
        while first < end and doc[first].pos_ == "DET":
            first += 1
        run = doc[first:end]
        capitalised = {t.lower_ for t in run if t.text[:1].isupper()}
        if (
            len(capitalised) >= 2
            and role in (run[-1].lower_, run[0].lower_)
            and words <= capitalised
            and not any(t.ent_type_ == "PERSON" for t in run)
        ):
            return run
        end = start
    return None


def outlet_before(head: Token, index: DocIndex, clusters: list[Cluster]) -> Cluster | None:
    """The news outlet most in focus before ``the newspaper`` or ``the network``."""
    outlets = [
        c
        for c in clusters
        if c.kind == ORGANIZATION and is_outlet(c) and any(m.start < head.idx for m in c.mentions)
    ]
    sentence = index.sentence_of(head.i)
    return max(outlets, key=lambda c: c.focus(head.idx, sentence)) if outlets else None


def is_public_body_for_business(cluster: Cluster, noun: str) -> bool:
    """Whether a business's description (``the company``) would take a public body
    (``Norland Department of Forestry``, ``Kent Police``) that it never names."""
    words = lexicon()
    if noun not in words["business_nouns"]:
        return False
    return any(
        set(fold(m.text).split()) & set(words["public_body_words"]) for m in cluster.mentions
    )


def linked_organisation_name(name: Span, span: Span) -> Span | None:
    """An organisation's name that runs on past its head with lowercase link words to
    the end of the mention (``The Centre for Marine Studies``, ``Friends of the
    Harbour``); a person's name never does (``Jane Doe of Leeds University`` is read
    apart), so none holds a person's entity or a first name."""
    doc = name.doc
    links = lexicon()["name_links"]
    rest = [t for t in doc[name.end : span.end] if not t.is_space]
    whole = doc[name.start : span.end]
    if (
        len(rest) < 2
        or rest[0].lower_ not in links
        or not rest[-1].text[:1].isupper()
        or not all(t.text[:1].isupper() or t.lower_ in links for t in rest)
        or any(t.ent_type_ == "PERSON" for t in whole)
        or any(is_first_name(t.text) for t in name if t.pos_ != "DET")
        or _capitalised_for_the_sentence(name)
    ):
        return None
    return whole


def _capitalised_for_the_sentence(name: Span) -> bool:
    """Whether a one-word name opens its sentence, so its capital may be the sentence's
    (``Staff for the committee said``), and is no organisation's noun (``Centre``)."""
    words = [t for t in name if t.pos_ != "DET"]
    return (
        len(words) == 1
        and (words[0].is_sent_start or name[0].is_sent_start) is True
        and words[0].lower_ not in lexicon()["org_heads"]
    )


def words_after_title(span: Span, head: Token) -> list[Token]:
    """The capitalised proper nouns after ``of`` that follow a title ending the mention
    (``Norland Zaid Haddad`` after ``Mayor`` in ``Mayor of Norland Zaid Haddad``), where
    the person the title belongs to is named; none when the title is not capitalised."""
    doc = span.doc
    after = span.end
    if not (
        head.i == span.end - 1
        and is_title(head.text)
        and head.text[:1].isupper()
        and after + 2 < len(doc)
        and doc[after].lower_ == "of"
    ):
        return []
    words = []
    for token in doc[after + 1 : after + 7]:
        if not (token.pos_ == "PROPN" and token.text[:1].isupper()):
            break
        words.append(token)
    return words


def full_name_elsewhere(surname: Token) -> Span | None:
    """A first name and ``surname``'s word, written elsewhere in the text outside any
    entity (``Board member Adam Kessel ... Kessel said``): that person's full name."""
    doc = surname.doc
    if not surname.text.istitle():
        return None
    for token in doc_tokens(doc):
        if token.i == surname.i or token.i == 0 or token.text != surname.text:
            continue
        before = doc[token.i - 1]
        if (
            before.dep_ == "compound"
            and before.head.i == token.i
            and token.ent_type_ in ("", "PERSON")
            and before.pos_ == "PROPN"
            and before.text.istitle()
            and before.ent_type_ == ""
            and is_first_name(before.text)
            and not (is_title(before.text) or is_honorific(before.text))
        ):
            return doc[before.i : token.i + 1]
    return None


def capitalised_name(span: Span, head: Token) -> Span | None:
    """A name of capitalised words whose head the tagger took for a common noun
    (``Norland-TV``, ``KXRB Radio``): every word after a determiner capitalised, one a
    proper noun, none opening the sentence, a person's or a first name, a title or a
    role noun. An organisation's name, as people's names are read elsewhere."""
    doc = span.doc
    words = [t for t in span if not (t.is_punct or t.is_space)]
    while words and words[0].pos_ == "DET":
        words = words[1:]
    if (
        len(words) < 2
        or head.pos_ != "NOUN"
        or words[-1].i != head.i
        or not all(t.text[:1].isupper() for t in words)
        or not any(t.pos_ == "PROPN" for t in words)
        or words[0].is_sent_start is True
        or any(t.ent_type_ == "PERSON" or is_first_name(t.text) or is_title(t.text) for t in words)
        or is_person_noun(role_key(head.lemma_.lower()))
    ):
        return None
    return doc[words[0].i : head.i + 1]


def singular_name(head: Token) -> bool:
    """Whether a plural-looking proper noun is one body's name, as its verb agrees with a
    singular subject (``Social Greens says``, ``Social Greens describes itself``)."""
    verb = head.head
    return (
        head.pos_ == "PROPN"
        and head.dep_ == "nsubj"
        and (
            verb.tag_ == "VBZ"
            or any(t.dep_ == "aux" and t.tag_ == "VBZ" for t in verb.children)
            or any(t.lower_ == "itself" for t in verb.children)
        )
    )


def person_at(tokens: list[Token], clusters: list[Cluster]) -> Cluster | None:
    """The person whose name mention holds the first of ``tokens`` that is in one."""
    return next(
        (
            c
            for t in tokens
            for c in clusters
            if c.kind == PERSON and any(m.start <= t.idx < m.end for m in c.mentions)
        ),
        None,
    )
