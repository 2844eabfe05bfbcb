"""Source resolution: each quote's source as a canonical name and a document entity.

The stage reads the whole Doc: it finds every person and organisation name
(:mod:`~quoteattr.resolution.mentions`), clusters them into entities
(:mod:`~quoteattr.resolution.entities`), then reads each quote's source
mention, in text order:

- a name (``Mr Lavrov``, ``Russian Foreign Minister Sergey Lavrov``,
  ``WALLACE``, ``the Post``) joins its entity;
- a role noun (``The President``, ``the Vermont senator``) goes to the person
  in focus whose role fits (:mod:`~quoteattr.resolution.roles`);
- a pronoun (``he``, ``she``, ``who``) to its nearest compatible antecedent
  (:mod:`~quoteattr.resolution.pronouns`);
- a plural or generic source (``officials``, ``a senior official``, ``they``)
  keeps its mention and gets kind ``group`` or ``unnamed`` and no name.

A direct quote with neither cue nor source (a floating quote), or whose
source mention is an ``I`` inside quoted content (never a source), continues
the previous quote's source, with lower confidence. No name is ever invented: a
canonical name is always the fullest form of a name written in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quoteattr.doctext import doc_text, doc_tokens
from quoteattr.errors import Errors, InputTypeError, type_hint
from quoteattr.resolution.entities import (
    GROUP,
    UNKNOWN,
    UNNAMED,
    Cluster,
    cluster_mentions,
    link_full_name,
    link_org_name,
    link_partial_name,
)
from quoteattr.resolution.mentions import (
    ORGANIZATION,
    PERSON,
    DocIndex,
    Mention,
    depth,
    find_mentions,
    is_subject,
    org_mention,
    person_mention,
)
from quoteattr.resolution.names import (
    PersonName,
    fold,
    is_first_name,
    is_honorific,
    lexicon,
    parse_person_name,
    role_key,
)
from quoteattr.resolution.profiles import find_profiles
from quoteattr.resolution.pronouns import Anchor, pronoun_gender, resolve_pronoun
from quoteattr.resolution.roles import is_person_noun, resolve_role
from quoteattr.results import Entity, Quote, QuoteType, SourceKind, TextSpan

__all__ = ["FLOATING_CONFIDENCE", "extract_sources", "find_sources", "resolve_sources"]

#: A floating quote's confidence is its own times this.
FLOATING_CONFIDENCE = 0.8
#: A floating quote continues a quote at most this many paragraphs before it.
FLOATING_PARAGRAPHS = 3

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
#: Organisation nouns that never stand for a news outlet (``the group``).
_NOT_OUTLETS = frozenset({"group", "organization", "organisation"})
#: Prefixes making a name what an organisation stands for, not its name (``anti-Trump``).
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})
#: A line holding only a social-media handle: the signature of a post quoted in full.
_HANDLE_LINE = re.compile(r"^[ \t]*(@\w{1,30})\.?[ \t]*$", re.MULTILINE)


def resolve_sources(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Give each quote's source its canonical name, kind and entity id.

    Args:
        doc: The parsed Doc the quotes were found in.
        quotes: The quotes, with source mentions as written.

    Returns:
        The same quotes, in the same order, with resolved sources; a floating
        direct quote (no cue, no source) and a quote whose source mention is
        an ``I`` inside quoted content take the previous quote's source.
    """
    resolved, _ = _resolve(doc, quotes)
    return resolved


def find_sources(
    doc: Doc, quotes: list[Quote] | None = None, *, gender_from_names: bool = False
) -> list[Entity]:
    """The document's sources: who said what, one entity per source.

    Each person has the gender, role and affiliation the text gives them
    (:func:`~quoteattr.resolution.profiles.find_profiles`).

    Args:
        doc: A parsed Doc.
        quotes: Its quotes (from :func:`quoteattr.find_quotes`); found when ``None``.
        gender_from_names: Where the text gives no gender, estimate it from the
            first name (``gender_source="name"``).

    Returns:
        One entity per source, ordered by its first quote, with every mention
        of it in the text (a name inside a longer mention, ``Lavrov`` in ``Mr
        Lavrov``, counts once, as the longer) and the indices of its quotes in
        ``quotes``.
    """
    if quotes is None:
        from quoteattr.pipeline import find_quotes

        quotes = find_quotes(doc)
    _, entities = _resolve(doc, quotes, profiles=True, gender_from_names=gender_from_names)
    return entities


def extract_sources(
    text: str | Doc, *, nlp: str | Language | None = None, gender_from_names: bool = False
) -> list[Entity]:
    """The sources of a text: who said what, one entity per source.

    Args:
        text: The article text, or a Doc already parsed.
        nlp: The pipeline (or its name) to parse a ``str`` with.
        gender_from_names: Where the text gives no gender, estimate it from the
            first name (``gender_source="name"``).

    Returns:
        The entities, as :func:`find_sources` gives them; ``[]`` for a blank text.

    Raises:
        InputTypeError: ``text`` is not a ``str`` or ``Doc`` (``E003``).
        IncompatibleDocError: The Doc has no parse or entities (``E004``).
        ModelNotFound: No pipeline is installed (``E001``, ``E002``).
    """
    from quoteattr.models import load
    from quoteattr.pipeline import check_doc

    if isinstance(text, str):
        if not text.strip():
            return []
        text = load(nlp)(text)
    if not isinstance(text, Doc):
        raise InputTypeError(
            Errors.E003.format(type_name=type(text).__name__, hint=type_hint(text))
        )
    check_doc(text)
    return find_sources(text, gender_from_names=gender_from_names)


_KINDS = {
    PERSON: SourceKind.PERSON,
    ORGANIZATION: SourceKind.ORGANIZATION,
    GROUP: SourceKind.GROUP,
    UNNAMED: SourceKind.UNNAMED,
    UNKNOWN: SourceKind.UNKNOWN,
}


def _resolve(
    doc: Doc, quotes: list[Quote], *, profiles: bool = False, gender_from_names: bool = False
) -> tuple[list[Quote], list[Entity]]:
    resolver = _Resolver(doc)
    text = doc_text(doc)
    order = sorted(range(len(quotes)), key=lambda i: _quote_position(quotes[i]))
    links: dict[int, Cluster] = {}
    resolved = list(quotes)
    previous: tuple[Quote, Cluster] | None = None
    for i in order:
        quote = quotes[i]
        if previous is not None and _continues(quote, previous[0], text, resolver):
            prior, links[i] = previous
            resolved[i] = attrs.evolve(
                quote, source=prior.source, confidence=quote.confidence * FLOATING_CONFIDENCE
            )
        elif quote.source is not None:
            reported = quote.content if quote.type is not QuoteType.DIRECT else None
            links[i] = resolver.resolve(quote.source.mention, reported)
        if i in links:
            previous = (resolved[i], links[i])
    ids: dict[int, int] = {}
    for i in order:
        if i in links:
            ids.setdefault(id(links[i]), len(ids))
    for i, cluster in links.items():
        source = resolved[i].source
        assert source is not None
        resolved[i] = attrs.evolve(
            resolved[i],
            source=attrs.evolve(
                source, name=cluster.name, kind=_KINDS[cluster.kind], entity_id=ids[id(cluster)]
            ),
        )
    entities = _entities(text, resolved, links, ids)
    if profiles:
        pronouns: dict[int, list[TextSpan]] = {}
        for span, cluster in resolver.pronoun_links():
            if id(cluster) in ids:
                pronouns.setdefault(ids[id(cluster)], []).append(span)
        entities = find_profiles(
            doc, entities, pronouns=pronouns, gender_from_names=gender_from_names
        )
    return resolved, entities


def _quote_position(quote: Quote) -> tuple[int, int]:
    if quote.source is not None:
        return (min(quote.source.mention.start, quote.start), quote.start)
    return (quote.start, quote.start)


def _continues(quote: Quote, prior: Quote, text: str, resolver: _Resolver) -> bool:
    """Whether a quote takes the previous quote's source.

    It does when it follows closely (at most :data:`FLOATING_PARAGRAPHS`
    paragraph breaks later) and is a floating direct quote (no cue, no
    source) or its source mention is an ``I`` inside quoted content.
    """
    gap = text[prior.end : quote.start]
    if prior.end > quote.start or gap.count("\n\n") > FLOATING_PARAGRAPHS:
        return False
    if quote.source is None:
        return quote.type is QuoteType.DIRECT and quote.cue is None
    return resolver.quoted_first_person(quote.source.mention)


def _entities(
    text: str, quotes: list[Quote], links: dict[int, Cluster], ids: dict[int, int]
) -> list[Entity]:
    by_id: dict[int, Cluster] = {}
    for cluster in links.values():
        by_id[ids[id(cluster)]] = cluster
    entities = []
    for entity_id, cluster in sorted(by_id.items()):
        offsets = {(m.start, m.end) for m in cluster.mentions} | set(cluster.sources)
        for i, linked in links.items():
            if linked is cluster and quotes[i].source is not None:
                mention = quotes[i].source.mention  # type: ignore[union-attr]
                offsets.add((mention.start, mention.end))
        offsets = {
            (s, e)
            for s, e in offsets
            if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in offsets)
        }
        entities.append(
            Entity(
                id=entity_id,
                name=cluster.name,
                kind=_KINDS[cluster.kind],
                mentions=[TextSpan.from_offsets(text, s, e) for s, e in sorted(offsets)],
                quotes=sorted(i for i, linked in links.items() if linked is cluster),
            )
        )
    return entities


class _Resolver:
    """Resolves source mentions one by one against a Doc's entities."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.index = DocIndex.from_doc(doc)
        self.clusters = cluster_mentions(
            [_who_person(doc, m) for m in find_mentions(doc, self.index)]
        )
        self.anchors: list[Anchor] = []
        self.content: list[TextSpan] = []
        self.narrative: list[int] = []
        count = 0
        for start in self.index.sent_starts:
            self.narrative.append(count)
            if start < len(doc) and not (
                doc[start].is_space or self.index.in_quote(doc[start].idx, doc[start].idx + 1)
            ):
                count += 1
        self.person_organisations()
        for cluster in self.clusters:
            for mention in cluster.mentions:
                if not mention.in_quote:
                    self.anchors.append(
                        Anchor(mention.start, mention.sent, mention.subject, mention.depth, cluster)
                    )

    def person_organisations(self) -> None:
        """Add the organisations named after a person the text names (``the Sanders
        campaign``), so that ``the campaign`` finds them wherever they are written."""
        people = [
            (m.start, m.end) for c in self.clusters if c.kind == PERSON for m in c.mentions
        ]
        for token in doc_tokens(self.doc):
            if token.pos_ != "NOUN" or role_key(token.lemma_.lower()) not in lexicon()[
                "named_by_person"
            ]:
                continue
            start = token.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[
                start - 1
            ].head.i in range(start - 1, token.i + 1):
                start -= 1
            if start == token.i or not any(
                s <= self.doc[token.i - 1].idx < e for s, e in people
            ):
                continue
            mention = org_mention(self.doc, self.doc[start : token.i + 1], self.index)
            if mention is not None and not any(
                m.start == mention.start and m.end == mention.end
                for c in self.clusters
                for m in c.mentions
            ):
                self._join(mention, link_org_name(mention, self.clusters), ORGANIZATION)

    def quoted_first_person(self, mention: TextSpan) -> bool:
        """Whether a source mention is ``I`` (``me``, ``my``) inside quoted content: never a source."""
        return mention.text.strip().lower() in lexicon()["first_person"] and self.index.in_quote(
            mention.start, mention.end
        )

    def resolve(self, mention: TextSpan, content: Sequence[TextSpan] | None = None) -> Cluster:
        """The entity of one source mention (a new one for an unnamed or unresolved source).

        A role noun or pronoun never refers to a person named inside the
        reported ``content`` of its own quote (``SEIU chief says Trump can
        win``, ``She asked Richards what ...``); a direct quote may name its
        own speaker, in a list, so its words are not passed.
        """
        self.content = list(content or [])
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        tokens = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
        cluster = self.read(span, tokens) if span is not None and tokens else None
        if cluster is None:
            cluster = Cluster(UNKNOWN)
        if cluster not in self.clusters:
            self.clusters.append(cluster)
        head = _head(span, tokens) if span is not None and tokens else None
        cluster.sources.append((mention.start, mention.end))
        if head is not None:
            place = (self.index.sentence_of(head.i), is_subject(head))
            if not self.index.in_quote(mention.start, mention.end):
                self.anchors.append(Anchor(mention.start, place[0], place[1], depth(head), cluster))
                cluster.source_places.append((mention.start, place[0], place[1]))
        return cluster

    def read(self, span: Span, tokens: list[Token]) -> Cluster | None:
        """The entity a source span refers to, by its head word."""
        head = _head(span, tokens)
        lowered = head.lower_
        if len(tokens) <= 2 and (gender := pronoun_gender(head.text)) is not None:
            return self.pronoun(head, gender)
        if len(tokens) == 1 and lowered in lexicon()["relative_pronouns"]:
            return self.relative(head)
        if (
            head.lower_ in lexicon()["unnamed_pronouns"]
            or " ".join(t.lower_ for t in tokens) in lexicon()["unnamed_pronouns"]
        ):
            return Cluster(UNNAMED)
        return self.noun_phrase(span, head)

    def pronoun(self, head: Token, gender: str) -> Cluster:
        """A pronoun's antecedent entity; a new group or unnamed entity when it has none."""
        if gender == "group":
            return Cluster(GROUP)
        if gender == "first":
            if self.index.in_quote(head.idx, head.idx + 1):
                return Cluster(UNKNOWN)
            return self.signature(head.idx) or Cluster(UNNAMED)
        others = self.co_arguments(head)
        anchors = [
            a
            for a in self.anchors
            if (a.start > head.idx or not self.named_in_content(a.cluster))
            and not any(m.start <= o < m.end for o in others for m in a.cluster.mentions)
        ]
        found = resolve_pronoun(
            gender,
            start=head.idx,
            sentence=self.index.sentence_of(head.i),
            depth=depth(head),
            anchors=anchors,
            narrative=self.narrative,
        )
        if found is None and gender in ("male", "female"):
            found = self.surname_taken_for_organisation(head, anchors)
        if found is None:
            return Cluster(UNNAMED)
        if gender in ("male", "female"):
            found.pronoun_genders.append(gender)
        return found

    def pronoun_links(self) -> list[tuple[TextSpan, Cluster]]:
        """Every ``he``, ``she``, ``his``, ``her`` outside quoted content, with its antecedent
        (the evidence of a person's gender for :mod:`~quoteattr.resolution.profiles`)."""
        self.content = []
        found = []
        for token in doc_tokens(self.doc):
            gender = pronoun_gender(token.text)
            end = token.idx + len(token.text)
            if gender not in ("male", "female") or self.index.in_quote(token.idx, end):
                continue
            found.append((TextSpan.from_offsets(self.text, token.idx, end), self.pronoun(token, gender)))
        return found

    def surname_taken_for_organisation(self, head: Token, anchors: list[Anchor]) -> Cluster | None:
        """A ``he`` or ``she`` with no person to refer to: a one-word "organisation"
        that was a source before, which is a surname the recogniser mislabelled
        (``as Menendez pointed out, ... She asked``). It becomes a person."""
        speakers = [
            a
            for a in anchors
            if a.cluster.kind == ORGANIZATION
            and a.cluster.sources
            and not _is_outlet(a.cluster)
            and all(len(m.name.words) == 1 and m.text.istitle() for m in a.cluster.mentions)
        ]
        found = resolve_pronoun(
            "neuter",
            start=head.idx,
            sentence=self.index.sentence_of(head.i),
            depth=depth(head),
            anchors=speakers,
            narrative=self.narrative,
        )
        if found is not None:
            found.kind = PERSON
        return found

    def co_arguments(self, pronoun: Token) -> list[int]:
        """Offsets of the objects of a subject pronoun's verb: never its antecedent.

        In ``She asked Richards what ...`` she is not Richards.
        """
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        verb = pronoun.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
        objects += [
            o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
        ]
        return [o.idx for o in objects if o.pos_ == "PROPN"]

    def named_in_content(self, cluster: Cluster) -> bool:
        """Whether the entity is named inside the content of the quote being resolved."""
        return any(
            part.start <= m.start and m.end <= part.end
            for part in self.content
            for m in cluster.mentions
        )

    def signature(self, position: int) -> Cluster | None:
        """The writer of a first-person text: a name alone on a line (a letter's signature
        after the ``I``, else a byline before it)."""
        text = self.text
        signed = []
        for cluster in self.clusters:
            if cluster.kind != PERSON:
                continue
            for mention in cluster.mentions:
                line_start = text.rfind("\n", 0, mention.start) + 1
                line_end = text.find("\n", mention.end)
                line = text[line_start : len(text) if line_end == -1 else line_end].strip()
                if line.removeprefix("By ").rstrip(".") == text[mention.start : mention.end]:
                    signed.append((mention.start, cluster))
        signed += self.handle_signatures()
        after = [pair for pair in signed if pair[0] > position]
        before = [pair for pair in signed if pair[0] < position]
        if after:
            return min(after, key=lambda pair: pair[0])[1]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def handle_signatures(self) -> list[tuple[int, Cluster]]:
        """Social-media handles alone on a line (``@jamezolah.``): a reader's post signed."""
        signed = []
        for match in _HANDLE_LINE.finditer(self.text):
            start, end = match.span(1)
            handle = match.group(1)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            cluster = next(
                (
                    c
                    for c in self.clusters
                    if c.kind == PERSON and any(m.text == handle for m in c.mentions)
                ),
                None,
            )
            if cluster is None:
                mention = Mention(
                    start=start,
                    end=end,
                    text=handle,
                    kind=PERSON,
                    name=PersonName((handle.lower(),), "", handle.lower()),
                    sent=self.index.sentence_of(span.start),
                )
                cluster = self._join(mention, None, PERSON)
            signed.append((start, cluster))
        return signed

    def relative(self, head: Token) -> Cluster | None:
        """The entity of the noun a relative pronoun (``who``, ``whose``) refers to."""
        token = head
        for _ in range(4):
            if token.dep_ == "relcl" and token.head.i != token.i:
                noun = token.head
                return self.noun_phrase(self.doc[noun.left_edge.i : noun.i + 1], noun)
            if token.head.i == token.i:
                break
            token = token.head
        before = head.i - 1
        first = self.index.sent_starts[self.index.sentence_of(head.i)]
        while before >= first and self.doc[before].is_punct:
            before -= 1
        if before >= first and self.doc[before].dep_ == "cc":
            # A second relative clause joined to a first (``whom Bush appointed, and who``)
            # shares its antecedent, even where the parser hung it elsewhere.
            earlier = next(
                (
                    t
                    for t in reversed(self.doc[first:before])
                    if t.tag_ in _RELATIVE_TAGS and t.lower_ in lexicon()["relative_pronouns"]
                ),
                None,
            )
            return self.relative(earlier) if earlier is not None else None
        if before >= first and self.doc[before].pos_ in ("NOUN", "PROPN"):
            noun = self.doc[before]
            return self.noun_phrase(self.doc[noun.left_edge.i : noun.i + 1], noun)
        return None

    def noun_phrase(self, span: Span, head: Token) -> Cluster | None:
        """The entity of a noun phrase: a name in it, a proper noun, or a role noun."""
        if self.coordinated(span, head):
            return Cluster(GROUP)
        if (
            head.pos_ == "PROPN"
            and any(t.dep_ == "det" and t.lower_ in ("a", "an", "another") for t in head.lefts)
            and (
                any(_against_or_for(t) for t in span)
                or (
                    role_key(head.lemma_.lower()) in lexicon()["org_heads"]
                    and not self.doc[head.i - 1].text[:1].isupper()
                )
            )
        ):
            # "an anti-Trump PAC", "a super PAC": one of a kind, unnamed
            return Cluster(UNNAMED)
        named = self.named(span, head)
        if named is not None:
            return named
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and role_key(head.lemma_.lower()) in lexicon()["utterances"]:
            return self.noun_phrase(self.doc[owner.left_edge.i : owner.i + 1], owner)
        plural = head.tag_ in _PLURAL_TAGS or "Plur" in head.morph.get("Number", [])
        if plural and head.ent_type_ in ("PERSON", "ORG") and head.text[:1].isupper():
            # A surname ending in s the tagger took for a plural (``Sanders said``).
            return self.proper(span, head)
        if plural or (head.ent_type_ == "NORP" and head.text.endswith("s")):
            return Cluster(GROUP)
        if head.pos_ == "PROPN" and not is_person_noun(role_key(head.lemma_.lower())):
            return self.proper(span, head)
        return self.common(span, head)

    def coordinated(self, span: Span, head: Token) -> bool:
        """Whether the phrase joins two or more sources (``Richards and Menendez``): a group."""
        links = [c for c in head.children if c.dep_ == "cc" and span.start <= c.i < span.end]
        return any(
            c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and span.start <= c.i < span.end
            and any(head.i < link.i < c.i for link in links)
            and not self.index.in_quote(c.idx, c.idx + len(c))
            for c in head.children
        )

    def named(self, span: Span, head: Token) -> Cluster | None:
        """The entity of a name mention at the phrase's head or in its appositive.

        The appositive may lie past the mention as the extraction cut it
        (``Another delegate on the Cruz slate``, ``, Jim Poolman,``).
        """
        targets = [head]
        if head.pos_ != "PROPN":
            targets += [c for c in head.children if c.dep_ == "appos"]
            # ``A spokeswoman for Smith, Jane Doe``, ``a spokesman for the campaign,
            # Brian Fallon``: a name or an organisation takes no person's name as
            # appositive, so one after the object of the head's preposition is the head's.
            targets += [
                appos
                for prep in head.children
                if prep.dep_ == "prep"
                for obj in prep.children
                if obj.dep_ == "pobj"
                and (
                    obj.pos_ == "PROPN"
                    or (obj.pos_ == "NOUN" and not is_person_noun(role_key(obj.lemma_.lower())))
                )
                for appos in obj.children
                if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON"
            ]
        for target in targets:
            for cluster in self.clusters:
                if any(m.start <= target.idx < m.end for m in cluster.mentions):
                    if cluster.kind == ORGANIZATION:
                        self.extend_organisation(cluster, span)
                    return cluster
        return None

    def extend_organisation(self, cluster: Cluster, span: Span) -> None:
        """Add a source written as a fuller organisation name than the entity recogniser found."""
        words = [t for t in span if not t.is_punct]
        while words and (words[0].dep_ in ("det", "poss") or not words[0].text[:1].isupper()):
            words = words[1:]
        proper = words and all(
            t.text[:1].isupper() or t.lower_ in ("of", "on", "for", "and", "&") for t in words
        )
        if not proper or words[-1].lower_ in ("of", "on", "for", "and", "&"):
            return
        mention = org_mention(self.doc, self.doc[words[0].i : words[-1].i + 1], self.index)
        if mention is not None and len(mention.name.words) > max(
            len(m.name.words) for m in cluster.mentions
        ):
            cluster.mentions.append(mention)
            cluster.mentions.sort(key=lambda m: m.start)

    def proper(self, span: Span, head: Token) -> Cluster:
        """The entity of a proper name the entity recogniser missed, made when new."""
        start = head.i
        while start > span.start and (
            self.doc[start - 1].text[:1].isupper()
            or (
                self.doc[start - 1].text in ("/", "-", "&")
                and start - 2 >= span.start
                and self.doc[start - 2].text[:1].isupper()
            )
        ):
            start -= 1
        name_span = self.doc[start : head.i + 1]
        if any(t.dep_ == "det" and t.lower_ in ("a", "an", "another") for t in head.lefts):
            # "a national USA TODAY/Suffolk University Poll" names one poll of an
            # organisation; "a Republican" or "a super PAC" names nobody.
            titled = [t for t in name_span if t.text[:1].isupper()]
            if len(titled) < 2 or role_key(head.lemma_.lower()) not in lexicon()["org_heads"]:
                return Cluster(UNNAMED)
            organisation = org_mention(self.doc, name_span, self.index)
            if organisation is None:
                return Cluster(UNNAMED)
            return self._join(
                organisation, link_org_name(organisation, self.clusters), ORGANIZATION
            )
        mention = person_mention(self.doc, name_span, self.index)
        person = mention is not None and (
            head.ent_type_ == "PERSON"
            or head.pos_ != "PROPN"  # a capitalised name tagged as a plural noun
            or any(is_honorific(t.text) for t in self.doc[max(name_span.start - 1, 0) : name_span.end])
            or (len(mention.name.words) >= 2 and is_first_name(mention.name.words[0]))
            or link_partial_name(mention, self.clusters) is not None
        )
        if person and mention is not None:
            linked = (
                link_full_name(mention, self.clusters)
                if mention.name.full
                else link_partial_name(mention, self.clusters)
            )
            return self._join(mention, linked, PERSON)
        organisation = org_mention(self.doc, name_span, self.index)
        if organisation is None:
            return Cluster(UNKNOWN)
        return self._join(organisation, link_org_name(organisation, self.clusters), ORGANIZATION)

    def _join(self, mention: Mention, cluster: Cluster | None, kind: str) -> Cluster:
        if cluster is None:
            cluster = Cluster(kind)
            self.clusters.append(cluster)
        cluster.mentions.append(mention)
        cluster.mentions.sort(key=lambda m: m.start)
        return cluster

    def common(self, span: Span, head: Token) -> Cluster:
        """The entity of a common noun phrase: an organisation, a person by role, or no name."""
        words = lexicon()
        role = role_key(head.lemma_.lower())
        lefts = [t for t in head.lefts if t.i >= span.start]
        det = next((t for t in lefts if t.dep_ in ("det", "poss")), None)
        modifiers = [t for t in lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        keys = frozenset(role_key(t.lemma_ if t.pos_ == "NOUN" else t.text) for t in modifiers)
        affiliations = frozenset(
            role_key(t.text) for t in modifiers if t.pos_ == "PROPN" and t.ent_type_ != "NORP"
        )
        plural = head.tag_ in _PLURAL_TAGS or "Plur" in head.morph.get("Number", [])
        definite = det is None or det.lower_ in _DEFINITE or det.dep_ == "poss"
        if any(t.lower_ in lexicon()["indefinite"] for t in lefts):
            definite = False
        if role in words["org_heads"]:
            owned = det is not None and det.dep_ == "poss"
            # "the campaign team", "the campaign staff": the campaign
            role = next(
                (
                    role_key(t.lemma_.lower())
                    for t in modifiers
                    if t.pos_ == "NOUN" and role_key(t.lemma_.lower()) in words["named_by_person"]
                ),
                role,
            )
            return self.organisation_role(head, role, modifiers, definite and not plural, owned)
        if plural:
            return Cluster(GROUP)
        if not (is_person_noun(role) or head.ent_type_ == "NORP"):
            return Cluster(GROUP)
        if definite and (det is None or det.dep_ != "poss"):
            found = self.same_head(role)
            if found is None:
                # Nobody named in the quote's reported content or in the phrase's own
                # modifiers (``the hacker who revealed that Hillary Clinton used ...``).
                clusters = [
                    c
                    for c in self.clusters
                    if not self.named_in_content(c)
                    and not any(
                        span.start_char <= m.start and m.end <= span.end_char for m in c.mentions
                    )
                ]
                found = resolve_role(
                    role,
                    keys,
                    former=bool(keys & set(words["former"])),
                    sentence=self.index.sentence_of(head.i),
                    position=span.start_char,
                    clusters=clusters,
                    affiliations=affiliations,
                )
            if found is not None:
                return found
        return Cluster(UNNAMED, head=role)

    def outlet(self, head: Token) -> Cluster | None:
        """The news outlet most in focus before ``the newspaper`` or ``the network``."""
        outlets = [
            c
            for c in self.clusters
            if c.kind == ORGANIZATION
            and _is_outlet(c)
            and any(m.start < head.idx for m in c.mentions)
        ]
        sentence = self.index.sentence_of(head.i)
        return max(outlets, key=lambda c: c.focus(head.idx, sentence)) if outlets else None

    def same_head(self, role: str) -> Cluster | None:
        """The latest unnamed source with the same head noun (``the employee``)."""
        for cluster in reversed(self.clusters):
            if cluster.kind == UNNAMED and cluster.head == role:
                return cluster
        return None

    def organisation_role(
        self, head: Token, role: str, modifiers: list[Token], definite: bool, owned: bool
    ) -> Cluster:
        """An organisation described by a common noun.

        ``the Clinton campaign`` is named by its modifier, ``a new Gallup poll``
        and ``the Rasmussen Reports poll`` are their modifier's organisation,
        ``the campaign`` or ``the group`` the latest or most salient one
        (``the bureau`` one whose name has the word: ``Federal Bureau of
        Investigation``; ``the newspaper`` or ``the station`` the news outlet
        most in focus);
        ``Podesta's firm`` is unnamed.
        """
        names = [t for t in modifiers if t.pos_ == "PROPN" and not _against_or_for(t)]
        for cluster in self.clusters:
            if cluster.kind == ORGANIZATION and any(
                m.start <= t.idx < m.end for m in cluster.mentions for t in names
            ):
                return cluster
        if names:
            last = head if role in lexicon()["named_by_person"] else names[-1]
            mention = org_mention(self.doc, self.doc[names[0].i : last.i + 1], self.index)
            if mention is not None:
                return self._join(mention, link_org_name(mention, self.clusters), ORGANIZATION)
        if owned:
            return Cluster(UNNAMED, head=role)
        if definite:
            ending = [
                c
                for c in self.clusters
                if c.kind == ORGANIZATION
                and any(fold(m.text).split()[-1:] == [role] for m in c.mentions)
            ]
            if ending:
                sentence = self.index.sentence_of(head.i)
                return max(
                    ending,
                    key=lambda c: (
                        c.focus(head.idx, sentence),
                        -min(abs(m.start - head.idx) for m in c.mentions),
                    ),
                )
            for cluster in reversed(self.clusters):
                if cluster.kind == ORGANIZATION and any(
                    role in fold(m.text).split() for m in cluster.mentions
                ):
                    return cluster
            if role in lexicon()["media_heads"]:
                outlet = self.outlet(head)
                if outlet is not None:
                    return outlet
            if role in lexicon()["any_organisation"]:
                organisations = [
                    c
                    for c in self.clusters
                    if c.kind == ORGANIZATION
                    and any(m.start < head.idx for m in c.mentions)
                    and not (role in _NOT_OUTLETS and _is_outlet(c))
                ]
                sentence = self.index.sentence_of(head.i)
                if organisations:
                    return max(organisations, key=lambda c: c.focus(head.idx, sentence))
        return Cluster(GROUP)


def _who_person(doc: Doc, mention: Mention) -> Mention:
    """A person mention for an organisation name a ``who`` clause modifies and that starts
    with a first name (the entity recogniser's ``Cecile Richards, who leads ...``)."""
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


def _against_or_for(token: Token) -> bool:
    """Whether a name is only what an organisation is for or against (``an anti-Trump PAC``)."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return doc[token.i - 2].lower_ in _STANCE_PREFIXES
    return token.lower_.split("-", 1)[0] in _STANCE_PREFIXES and "-" in token.text


def _is_outlet(cluster: Cluster) -> bool:
    """Whether an organisation's name reads as a news outlet's (``Chicago Sun-Times``, ``KING-TV``)."""
    media = set(lexicon()["media_words"])
    for mention in cluster.mentions:
        words = fold(mention.text).replace(".", " ").split()
        if any(w in media or w.rsplit("-", 1)[-1] in media for w in words):
            return True
    return False


def _head(span: Span, tokens: list[Token]) -> Token:
    """The syntactic head of a span: its last noun or pronoun whose head lies outside it.

    The last, because a parser may cut a name from the title before it
    (``Clinton top aide Huma Abedin``).
    """
    outside = [
        t for t in tokens if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i
    ]
    nominal = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if nominal:
        return nominal[-1]
    # A long mention the parser made a clause of (``The Romanian hacker whose
    # cyber-mischief first revealed ...``): its first subject noun.
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
