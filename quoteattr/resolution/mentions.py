"""Mentions: the names of people and organisations a Doc mentions, with their roles.

A person mention is a name without its honorifics and titles (``Mr Lavrov`` ->
``Lavrov``, ``Russian Foreign Minister Sergey Lavrov`` -> ``Sergey Lavrov``)
that remembers what it dropped: the gender an honorific implies and the role
words around the name (titles before it, appositives after it), which role
nouns such as ``the minister`` are later matched against.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.doctext import doc_text, doc_tokens, to_quotation_text
from quoteattr.names_data import is_person_noun, lexicon, role_key
from quoteattr.quotemarks import find_quotations
from quoteattr.resolution.names import (
    PersonName,
    first_name_gender,
    fold,
    honorific_gender,
    is_first_name,
    is_honorific,
    is_title,
    org_names_match,
    parse_person_name,
)

PERSON = "person"
ORGANIZATION = "organization"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: Words that end a person's name even capitalised (``Maria T. Lindqvist On Behalf``).
_NAME_BREAKS = frozenset({"on", "of", "for", "and", "the", "in", "at", "by", "to", "with"})
#: Entity labels that may end with a person's name the recogniser swallowed.
_OTHER_NAME_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "EVENT"})
#: Parts of speech of a sentence's capitalised first word that make it no part of a name.
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "INTJ"})
_WEB_NAME = re.compile(r"[A-Z][A-Za-z0-9-]*(?:\.[a-z]{2,4}){1,2}")
#: A first line of at least this many words, most lowercase, is a paragraph, not a headline.
PARAGRAPH_WORDS = 20


@attrs.frozen
class Mention:
    """A name in the text (internal to resolution).

    Attributes:
        start: Offset of the name's first character (honorifics and titles excluded).
        end: Offset one past the name's last character.
        text: The name as written.
        kind: ``"person"`` or ``"organization"``.
        name: The parsed person name (folded); empty words for organisations.
        roles: Role words attached to the name (``minister``, ``senator``, ``russian``).
        former: Whether a role is marked past (``former President``).
        gender: ``"male"``/``"female"`` from an honorific or the first name, else ``None``.
        sent: Index of the sentence holding the mention.
        subject: Whether the name heads a clause subject.
        in_quote: Whether the mention lies inside quoted content.
        honorific: Whether ``gender`` comes from an honorific (``Mr``, ``Mrs``).
        depth: How many words its head is below the root of its sentence's parse.
        qualifiers: Nationality and place words among the role words (``russian``
            in ``Russian President``).
        headline: Whether the mention is on the text's first line, where
            capitals may glue a verb to a name (``Howard Dean Tells``).
    """

    start: int
    end: int
    text: str
    kind: str
    name: PersonName
    roles: frozenset[str] = frozenset()
    former: bool = False
    gender: str | None = None
    sent: int = 0
    subject: bool = False
    in_quote: bool = False
    honorific: bool = False
    depth: int = 0
    qualifiers: frozenset[str] = frozenset()
    headline: bool = False


@attrs.frozen
class DocIndex:
    """What resolution looks up in one Doc: sentence starts and quoted regions."""

    sent_starts: tuple[int, ...]
    quoted: tuple[tuple[int, int], ...]
    #: Offset of the end of the first line (the headline); 0 for a one-line text or
    #: one that opens with a paragraph.
    headline_end: int = 0

    @classmethod
    def from_doc(cls, doc: Doc) -> DocIndex:
        """Index ``doc``'s sentences (token offsets) and quotations (char offsets)."""
        starts = tuple(sent.start for sent in doc.sents) if len(doc) else (0,)
        text = doc_text(doc)
        quoted = tuple(
            (q.inner_start, q.inner_end) for q in find_quotations(to_quotation_text(text))
        )
        first_line = text.find("\n")
        if first_line > 0 and not is_headline(text[:first_line]):
            first_line = 0
        return cls(starts, quoted, max(first_line, 0))

    def sentence_of(self, token_index: int) -> int:
        """The index of the sentence holding a token."""
        return max(bisect_right(self.sent_starts, token_index) - 1, 0)

    def in_quote(self, start: int, end: int) -> bool:
        """Whether the characters ``[start, end)`` lie inside quoted content."""
        return any(q_start <= start and end <= q_end for q_start, q_end in self.quoted)


def is_web_name(word: str) -> bool:
    """Whether a word is a name written as a web address (``Example.com``, ``Shop-Now.co.uk``):
    capitalised, with an ending of the ``web_domains`` list."""
    return bool(_WEB_NAME.fullmatch(word)) and any(
        word.lower().endswith(ending) for ending in lexicon()["web_domains"]
    )


def without_web_ending(name: str) -> str:
    """A web name without its ending: ``Shop-Now.co.uk`` -> ``Shop-Now``."""
    endings = sorted(lexicon()["web_domains"], key=len, reverse=True)
    ending = next((e for e in endings if name.lower().endswith(e)), "")
    return name[: len(name) - len(ending)]


def is_headline(line: str) -> bool:
    """Whether a text's first line reads as a headline rather than its first paragraph.

    A paragraph of body text (``Yesterday, the Harbour Authority said ...``) has
    at least :data:`PARAGRAPH_WORDS` words, most of them lowercase; a headline,
    in title case or not, is shorter or mostly capitalised.
    """
    words = [w for w in line.split() if w[:1].isalpha()]
    lowercase = sum(w[0].islower() for w in words)
    return len(line.split()) < PARAGRAPH_WORDS or lowercase * 2 <= len(words)


def find_mentions(doc: Doc, index: DocIndex) -> list[Mention]:
    """Every person and organisation name in ``doc``, in text order.

    An organisation of several words named only in the headline is left out:
    a headline's capitals make the recogniser take whole phrases for names
    (``New Poll``, ``Harbour Flood Survivors Explain Why ...``).

    Args:
        doc: A parsed Doc with named entities.
        index: The Doc's sentence and quotation index.

    Returns:
        The mentions, sorted by offset.
    """
    found: dict[tuple[int, int], Mention] = {}
    taken: set[int] = set()
    for label in transcript_labels(doc):
        mention = person_mention(doc, label, index)
        if mention is not None:
            found[(mention.start, mention.end)] = mention
            taken.update(range(label.start, label.end))
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    #: Web names without their endings (``Quickmailer`` for ``Quickmailer.com``): a company.
    bare = {without_web_ending(t.text) for t in doc_tokens(doc) if is_web_name(t.text)}
    for ent in doc.ents:
        if taken.intersection(range(ent.start, ent.end)):
            continue
        parts = [(ent, "ORG" if ent.text in bare else ent.label_)]
        inner = _inner_article(ent)
        if inner is not None:
            # ``According to Hart the Norland property ...``: two names run together;
            # the first is left to the surnames read below
            parts = [(ent.doc[inner + 1 : ent.end], ent.label_)]
        elif ent.label_ in _OTHER_NAME_LABELS and _ends_with_person(ent, places):
            # ``Vermont Jane Holloway`` taken for a place, ``Fox News Sean Hannity`` for an
            # organisation: the first name and surname at the end are a person.
            parts = [(ent[:-2], ent.label_), (ent[-2:], "PERSON")]
        for part, kind in parts:
            mention = None
            if kind == "PERSON" or (
                kind == "ORG" and (_after_honorific(part) or _reads_as_person(part))
            ):
                mention = person_mention(doc, part, index)
            elif kind == "ORG":
                mention = org_mention(doc, part, index)
            if mention is not None:
                found[(mention.start, mention.end)] = mention
                taken.update(range(part.start, part.end))
    for span in honorific_names(doc, taken) + titled_names(doc, taken) + described_names(doc, taken):
        mention = person_mention(doc, span, index)
        if mention is not None:
            found[(mention.start, mention.end)] = mention
            taken.update(range(span.start, span.end))
    for token in doc_tokens(doc):
        if token.i not in taken and is_web_name(token.text):
            # ``the man behind Example.com``: a company named by its address, tagged anyhow
            mention = org_mention(doc, doc[token.i : token.i + 1], index)
            if mention is not None:
                found[(mention.start, mention.end)] = mention
    for token in doc_tokens(doc):
        if token.text in bare and token.i not in taken:
            # ``Quickmailer.com ... Quickmailer was sued``: its name without the web ending
            mention = org_mention(doc, doc[token.i : token.i + 1], index)
            if mention is not None:
                found[(mention.start, mention.end)] = mention
                taken.add(token.i)
    surnames = {m.text.split()[-1] for m in found.values() if m.kind == PERSON}
    for token in doc_tokens(doc):
        if token.text in surnames and token.i not in taken:
            mention = person_mention(doc, doc[token.i : token.i + 1], index)
            if mention is not None:
                found[(mention.start, mention.end)] = mention
    body_orgs = [m.text for m in found.values() if m.kind == ORGANIZATION and not m.headline]
    return sorted(
        (
            m
            for m in found.values()
            if not (m.kind == ORGANIZATION and m.headline and len(m.name.words) > 1)
            or any(org_names_match(m.text, other) for other in body_orgs)
        ),
        key=lambda m: (m.start, m.end),
    )


def transcript_labels(doc: Doc) -> list[Span]:
    """All-caps speaker labels at the start of a line (``WALLACE:``)."""
    labels = []
    tokens = doc_tokens(doc)
    for token in tokens[:-1]:
        if not (token.is_upper and token.is_alpha and len(token) > 1):
            continue
        before = tokens[token.i - 1] if token.i else None
        at_line_start = before is None or "\n" in before.text_with_ws
        if at_line_start and tokens[token.i + 1].text == ":":
            labels.append(doc[token.i : token.i + 1])
    return labels


def honorific_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised names after an honorific that the entity recogniser missed (``Mr Lavrov``)."""
    spans = []
    tokens = doc_tokens(doc)
    for token in tokens[:-1]:
        if not (is_honorific(token.text) and token.text[:1].isupper()):
            continue
        end = token.i + 1
        while end < len(doc) and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper():
            end += 1
        if end > token.i + 1 and not taken.intersection(range(token.i + 1, end)):
            spans.append(doc[token.i : end])
    return spans


def described_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the recogniser took for places (or missed) that an appositive describes as
    one person (``Zara Lyon, a Canadian woman, ...``): a given name and a surname, the
    surname taking a singular person noun in apposition."""
    spans = []
    for token in doc_tokens(doc):
        if not (
            token.pos_ == "PROPN"
            and token.text.istitle()
            and token.i not in taken
            and token.ent_type_ in ("", "GPE", "LOC")
            and any(
                c.dep_ == "appos"
                and c.tag_ == "NN"
                and is_person_noun(role_key(c.lemma_))
                for c in token.children
            )
        ):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i == token.i
            and start - 1 not in taken
        ):
            start -= 1
        if token.i - start == 1:
            # a given name and a surname, the only shape read here
            spans.append(doc[start : token.i + 1])
    return spans


def titled_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Names after a capitalised title that the entity recogniser missed (``Prince
    Edmund``, ``Cardinal Rossi``): singular proper nouns in no other entity."""
    spans = []
    tokens = doc_tokens(doc)
    for token in tokens[:-1]:
        if not (is_title(token.text) and token.text[:1].isupper() and token.pos_ == "PROPN"):
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and tokens[end].pos_ == "PROPN"
            and tokens[end].tag_ == "NNP"
            and tokens[end].text.istitle()
            and tokens[end].ent_type_ in ("", "PERSON")
            and not is_title(tokens[end].text)
        ):
            end += 1
        if end > token.i + 1 and not taken.intersection(range(token.i, end)):
            spans.append(doc[token.i : end])
    return spans


def _ends_with_person(ent: Span, places: set[str]) -> bool:
    """Whether an organisation entity ends with a person's first name and surname (``Fox
    News Sean Hannity``; ``Norland Ada Brisk`` in ``Prime Minister of Norland Ada
    Brisk``: a title's place, named alone elsewhere, then a name)."""
    return (
        len(ent) >= 3
        and ent[-2].text.istitle()
        and ent[-1].text.istitle()
        and (
            is_first_name(ent[-2].text)
            or (
                ent[:-2].text in places
                and ent.start >= 2
                and ent.doc[ent.start - 1].lower_ == "of"
                and is_title(ent.doc[ent.start - 2].text)
                and not any(
                    t.lower_ in lexicon()[words]
                    for t in ent[-2:]
                    for words in ("org_heads", "org_designators", "collective_organisations")
                )
            )
        )
        and not is_first_name(ent[-1].text)
        and ent[-1].tag_ == "NNP"
        and ent[-3].pos_ == "PROPN"
        and ent[-3].lower_ not in lexicon()["place_prefixes"]
    )


def _inner_article(ent: Span) -> int | None:
    """The index of a lowercase ``the`` inside an organisation entity, after a capitalised
    word and before one, with no link word before it (``Rathbun the Bellcorp``, not
    ``Friends of the Earth``): the recogniser ran two names together."""
    if ent.label_ != "ORG":
        return None
    for token in ent[1:-1]:
        before = ent.doc[token.i - 1]
        if (
            token.text == "the"
            and before.text[:1].isupper()
            and before.lower_ not in lexicon()["name_links"]
            and ent.doc[token.i + 1].text[:1].isupper()
        ):
            return token.i
    return None


def _after_honorific(ent: Span) -> bool:
    first = ent[0] if not is_honorific(ent[0].text) else None
    if first is None:
        return True
    return ent.start > 0 and is_honorific(ent.doc[ent.start - 1].text)


def name_tokens(span: Span) -> Span | None:
    """The name inside a span: without honorifics, titles, lowercase words, possessives or punctuation."""
    doc = span.doc
    start, end = span.start, span.end
    breaks = [t.i for t in span if "\n" in t.text or "\n" in t.whitespace_]
    if breaks:
        # a headline's last word and the next paragraph's name (``Ward\n\nDan Keane``)
        start = breaks[-1] + 1
        if start >= end:
            return None
    while end < len(doc) and (
        _continues_name(doc, end - 1)
        or (
            doc[end - 1].lower_ in lexicon()["particles"]
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
        )
    ):
        end += 1
    while start < end:
        title = _title_length(doc, start, end)
        if title:
            start += title
        elif (
            is_honorific(doc[start].text)
            or not doc[start].text[:1].isupper()
            or doc[start].is_punct
            or doc[start].lower_ in lexicon()["title_modifiers"]
            or doc[start].ent_type_ in ("NORP", "GPE")
            and start + 1 < end
            and doc[start + 1].ent_type_ != doc[start].ent_type_
            or (start + 1 < end and _opening_word(doc[start]))
        ):
            start += 1
        else:
            break
    particle = start
    while particle > 0 and doc[particle - 1].lower_ in lexicon()["particles"]:
        particle -= 1
    if particle > 0 and (
        _first_name_before(doc[particle - 1])
        or (particle < start and _untitled_proper(doc[particle - 1]))
    ):
        # ``Ramon dela Paz``: a first name (and particles) the recogniser left out.
        start = particle - 1
    elif start > 0 and end - start == 1 and _given_name_before(doc[start - 1], start):
        # ``Mayor of Norland Zaid Haddad`` with only ``Haddad`` recognised: the
        # surname's own proper-noun modifier is its given name.
        start -= 1
    for i in range(start + 1, end):
        word = doc[i]
        if (
            word.is_alpha
            and (word.text.islower() or word.lower_ in _NAME_BREAKS)
            and word.lower_ not in lexicon()["particles"]
            and not _hyphen_joined(doc, i)
        ):
            end = i
            break
    while end > start and (
        doc[end - 1].text in _POSSESSIVES
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in lexicon()["particles"]
    ):
        end -= 1
    if start >= end or _heads_organisation_name(doc, start, end):
        return None
    return doc[start:end]


def _heads_organisation_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word "name" is an organisation's noun whose name goes on with a link
    word and a capitalised word (``Centre`` of ``Centre for Marine Studies``, cut off by the
    recogniser): no person."""
    return (
        end - start == 1
        and end + 1 < len(doc)
        and doc[start].lower_ in lexicon()["org_heads"]
        and doc[end].lower_ in lexicon()["name_links"]
        and doc[end + 1].text[:1].isupper()
    )


def _opening_word(token: Token) -> bool:
    """Whether a word opening its sentence is capitalised only for that, no part of a name
    the recogniser ran it into (``Remarked Harbour Trust scientist ...``): a verb, adverb
    or other word that names nobody, and no first name (``Will``, ``Said``)."""
    return (
        token.is_sent_start is True
        and token.pos_ in _NOT_NAME_POS
        and not is_first_name(token.text)
    )


def _title_length(doc: Doc, start: int, end: int) -> int:
    """How many words of a title start at ``start`` (``Prime Minister``: 2), or 0."""
    for length in (4, 3, 2):
        if start + length < end and " ".join(
            t.lower_.rstrip(".") for t in doc[start : start + length]
        ) in lexicon()["titles"]:
            return length
    return 1 if is_title(doc[start].text) else 0


def _reads_as_person(ent: Span) -> bool:
    """Whether an organisation entity is a person's first name and surname (``Tanya Rhodes``):
    two capitalised words, the first a first name, neither an organisation's word; or three
    such words set beside a title (``Ana Ruiz Soto, the Secretary of Justice``)."""
    words = lexicon()
    doc = ent.doc
    described = (
        ent.end + 2 < len(doc)
        and doc[ent.end].text == ","
        and any(is_title(t.text) for t in doc[ent.end + 1 : ent.end + 4])
    ) or (ent.start > 0 and is_title(doc[ent.start - 1].text))
    return (
        (len(ent) == 2 or (len(ent) == 3 and described))
        and all(t.text.istitle() and t.is_alpha for t in ent)
        and first_name_gender(ent[0].text) is not None
        and not any(
            t.lower_ in words["org_heads"] or t.lower_ in words["org_designators"] for t in ent
        )
    )


def _untitled_proper(token: Token) -> bool:
    """Whether a word is a capitalised proper noun, outside any entity, and no title."""
    return (
        token.pos_ == "PROPN"
        and token.text.istitle()
        and token.ent_type_ in ("", "PERSON")
        and not (is_title(token.text) or is_honorific(token.text))
    )


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether a word is joined by a hyphen to the one before it (``jun`` in ``Min-jun``)."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[
        i - 2
    ].whitespace_


def _given_name_before(token: Token, surname: int) -> bool:
    """Whether a capitalised proper noun right before a lone surname, hung on it as a
    compound, is its given name, though no first-name list knows it: a word outside any
    other entity, no title, honorific or organisation's word, not opening its sentence
    nor on the first line (``Party Donor Okafor``)."""
    return (
        _untitled_proper(token)
        and token.is_alpha
        and token.dep_ == "compound"
        and token.head.i == surname
        and token.is_sent_start is not True
        and not _in_headline(token)
        and token.lower_ not in lexicon()["org_heads"]
        and token.lower_ not in lexicon()["org_designators"]
    )


def _in_headline(token: Token) -> bool:
    """Whether a word is on a text's first line and that line is a headline, where
    capitals mark no name."""
    text = token.doc.text
    end = text.find("\n")
    return 0 <= token.idx < end and is_headline(text[:end])


def _first_name_before(token: Token) -> bool:
    """Whether a word the entity recogniser left out is the first name of the surname after it."""
    return (
        token.pos_ == "PROPN"
        and token.text.istitle()
        and token.ent_type_ in ("", "PERSON")
        and not (is_title(token.text) or is_honorific(token.text))
        and first_name_gender(token.text) is not None
    )


def without_nicknames(name: Span) -> str:
    """A name's text without a nickname in quotation marks: ``Juan "Chico" Manriquez`` -> ``Juan Manriquez``."""
    kept, quoted = [], False
    for token in name:
        if token.is_quote:
            quoted = not quoted
            continue
        if not quoted:
            kept.append(token)
    if not kept:
        return name.text
    return "".join(t.text_with_ws for t in kept).strip()


def _continues_name(doc: Doc, last: int) -> bool:
    """Whether the token after ``last`` continues a person's name the tagger cut short."""
    after = doc[last + 1]
    return (
        after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.ent_type_ not in ("PERSON",)
        and doc[last].head.i == after.i
        and doc[last].whitespace_ != ""
    )


def person_mention(doc: Doc, span: Span, index: DocIndex) -> Mention | None:
    """A person mention for a span holding a name, or ``None`` when no name is left."""
    name = name_tokens(span)
    if name is None:
        return None
    text = without_nicknames(name)
    if text.isupper() and len(text) > 1:
        text = text.title()
    roles, former, gender = attached_roles(name)
    honorific = gender is not None
    qualifiers = frozenset(
        t.lower_ for t in title_run(doc, name.start) if t.ent_type_ in ("NORP", "GPE")
    )
    parsed = parse_person_name(text)
    if gender is None and parsed.full:
        gender = first_name_gender(parsed.first)
    head = name.root
    return Mention(
        start=name.start_char,
        end=name.end_char,
        text=text,
        kind=PERSON,
        name=parsed,
        roles=roles,
        former=former,
        gender=gender,
        sent=index.sentence_of(head.i),
        subject=is_subject(head),
        in_quote=index.in_quote(name.start_char, name.end_char),
        honorific=honorific,
        depth=depth(head),
        qualifiers=qualifiers,
        headline=name.start_char < index.headline_end,
    )


def org_mention(
    doc: Doc, span: Span, index: DocIndex, *, dates: bool = True
) -> Mention | None:
    """An organisation mention for an ORG entity, without a leading "the" or a possessive
    (nor, with ``dates``, a leading date the recogniser ran into it)."""
    start, end = span.start, span.end
    while start < end and (
        doc[start].pos_ == "DET"
        or doc[start].is_punct
        or (dates and doc[start].ent_type_ in ("DATE", "TIME"))
    ):
        # ``Monday the Norland Trade Commission``: a date the recogniser ran into the name
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    links = lexicon()["name_links"]
    tail = end
    while tail > start + 1 and doc[tail - 1].is_lower and doc[tail - 1].lower_ not in links:
        tail -= 1
    if (
        tail < end
        and doc[tail - 1].lower_ in links
        and doc[end - 1].dep_ in ("compound", "amod")
        and doc[end - 1].head.i >= end
    ):
        # ``Dalmere Press of car thefts``: a name run into the first common words of
        # the phrase after it, a modifier of a noun outside the name
        while tail > start + 1 and doc[tail - 1].lower_ in links:
            tail -= 1
        end = tail
    if start >= end or "\n" in doc[start:end].text:
        return None
    if (
        end + 1 < len(doc)
        and doc[end - 1].lower_ in lexicon()["located_organisations"]
        and doc[end].lower_ == "in"
        and doc[end + 1].ent_iob_ == "B"
        and doc[end + 1].ent_type_ in ("GPE", "LOC")
    ):
        # ``the French Embassy in Rome``: the place is part of the name
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    name = doc[start:end]
    if not any(
        t.pos_ == "PROPN"
        or (t.is_upper and len(t) > 1)
        or t.ent_type_ in ("GPE", "NORP")
        or is_web_name(t.text)
        # ``with which Ledger credits``: an organisation's capitalised name tagged as a noun
        or (
            t.ent_type_ == "ORG"
            and t.pos_ == "NOUN"
            and t.text[:1].isupper()
            and t.is_sent_start is not True
        )
        for t in name
    ):
        return None
    if any(t.text in (",", ";", ":", "(", ")") for t in name):
        return None
    return Mention(
        start=name.start_char,
        end=name.end_char,
        text=name.text,
        kind=ORGANIZATION,
        name=PersonName(tuple(fold(name.text).split()), "", ""),
        sent=index.sentence_of(name.root.i),
        subject=name.root.dep_ in SUBJECT_DEPS,
        in_quote=index.in_quote(name.start_char, name.end_char),
        headline=name.start_char < index.headline_end,
    )


def is_subject(token: Token) -> bool:
    """Whether a word heads a clause subject, or an appositive or compound of one."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ in ("appos", "compound") and token.head.dep_ in SUBJECT_DEPS


def depth(token: Token) -> int:
    """How many words ``token`` is below the root of its sentence's parse."""
    steps = 0
    while token.head.i != token.i and steps < 50:
        token, steps = token.head, steps + 1
    return steps


def attached_roles(name: Span) -> tuple[frozenset[str], bool, str | None]:
    """The role words around a name, whether they mark a past role, and an honorific's gender.

    Role words are the modifiers before the name in its noun phrase
    (``Russian Foreign Minister``, ``Sen.``), the noun of an appositive after
    it (``Tom Hart, a senior adviser``) and the noun it is an appositive of
    (``the party chairman, Kelly Armstrong``).
    """
    doc = name.doc
    head = name.root
    words: list[Token] = title_run(doc, name.start)
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.extend(_noun_with_modifiers(child))
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        words.extend(_noun_with_modifiers(head.head))
    gender = None
    roles = set()
    for token in words:
        if token.is_punct or token.pos_ in ("DET", "ADP", "PART"):
            continue
        gender = gender or honorific_gender(token.text)
        roles.add(role_key(token.lemma_ if token.pos_ == "NOUN" else token.text))
    lowered = " ".join(t.lower_.rstrip(".") for t in words)
    for title in lexicon()["titles"]:
        if " " in title and title in lowered:
            roles.add(title)
    following = name[-1].whitespace_ + doc[name.end : name.end + 8].text
    roles.update(party_and_state(following, 0))
    former = bool(roles.intersection(lexicon()["former"]))
    return frozenset(roles), former, gender


_PARTY_STATE = re.compile(r"\s*\(([RDI])\s*[-–]\s*([A-Z][A-Za-z. ]{1,14})\)")


def party_and_state(text: str, end: int) -> set[str]:
    """Party and state from a US legislator's label after a name: ``(R-Fla.)`` -> republican, florida."""
    match = _PARTY_STATE.match(text, end)
    if match is None:
        return set()
    words = lexicon()
    found = {words["parties"][match.group(1)]}
    state = match.group(2).strip().lower()
    found.add(words["states"].get(state.rstrip("."), words["states"].get(state, state)))
    return found


_TITLE_RUN_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})


def title_run(doc: Doc, start: int, *, limit: int = 6) -> list[Token]:
    """The titles and modifiers written right before a name (``Russian Foreign Minister``).

    The run stops at punctuation (a title's own full stop aside), a
    conjunction, a determiner, a verb or another person's name, so in
    ``Republican nominee Donald Trump and Democratic nominee Hillary Clinton``
    each name keeps its own titles.
    """
    run: list[Token] = []
    i = start - 1
    while i >= 0 and len(run) < limit:
        token = doc[i]
        titled = is_honorific(token.text) or is_title(token.text)
        allowed = titled or token.pos_ in _TITLE_RUN_POS or token.lower_ == "of"
        another_name = token.ent_type_ == "PERSON" and not titled
        if not allowed or another_name or "\n" in token.text_with_ws:
            break
        run.insert(0, token)
        i -= 1
    while run and run[0].lower_ == "of":
        run.pop(0)
    return run


def _noun_with_modifiers(noun: Token) -> list[Token]:
    return [child for child in noun.lefts if child.dep_ in _MODIFIER_DEPS] + [noun]
