"""The resolver: one source mention after another against a Doc's entities.

:class:`Resolver` reads the whole Doc once (names, clustered into entities),
then :meth:`Resolver.resolve` reads each quote's source mention, in text
order: a name joins its entity, a role noun goes to the person whose role
fits, a pronoun to its nearest compatible antecedent, an organisation's
description to the organisation in focus, a plural or generic source to a
group or unnamed entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quoteattr.doctext import doc_text, doc_tokens
from quoteattr.names_data import is_person_noun, lexicon, role_key
from quoteattr.resolution.acronyms import link_acronyms
from quoteattr.resolution.documents import (
    document_owner,
    earlier_owner,
    is_document,
    issuer,
    work_title,
)
from quoteattr.resolution.entities import (
    GROUP,
    UNKNOWN,
    UNNAMED,
    WORK,
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
from quoteattr.resolution.names import PersonName, fold, is_first_name, is_honorific, is_title
from quoteattr.resolution.organisations import join_mention, link_person_organisations
from quoteattr.resolution.phrases import (
    DEFINITE,
    PLACE_ENTITIES,
    against_or_for,
    capitalised_name,
    co_arguments,
    coordinated,
    full_name_elsewhere,
    is_definite,
    is_outlet,
    is_public_body_for_business,
    leading_name,
    linked_organisation_name,
    name_with_words,
    outlet_before,
    person_at,
    phrase_head,
    repaired_mention,
    singular_name,
    title_role,
    trailing_name,
    unrecognised_subject,
    who_person,
    words_after_title,
)
from quoteattr.resolution.pronouns import (
    GUESSED,
    Anchor,
    described_subject,
    fits,
    organisation_as_they,
    pronoun_gender,
    resolve_pronoun,
    surname_taken_for_organisation,
)
from quoteattr.resolution.roles import (
    holder_named_next,
    holds_role,
    is_title_role,
    resolve_role,
)
from quoteattr.resolution.turns import (
    Turn,
    addressee_at,
    find_turns,
    nearest_signature,
    signed_lines,
    speaker_at,
)
from quoteattr.results import TextSpan

__all__ = ["Resolver"]

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: A pronoun continues the latest source at most this many paragraph breaks after it.
CONTINUED_PARAGRAPHS = 1
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
#: Organisation nouns that never stand for a news outlet (``the group``).
_NOT_OUTLETS = frozenset({"group", "organization", "organisation"})
#: A line holding only a social-media handle: the signature of a post quoted in full.
_HANDLE_LINE = re.compile(r"^[ \t]*(@\w{1,30})\.?[ \t]*$", re.MULTILINE)


class Resolver:
    """Resolves source mentions one by one against a Doc's entities."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.index = DocIndex.from_doc(doc)
        self.clusters = cluster_mentions(
            [who_person(doc, m) for m in find_mentions(doc, self.index)]
        )
        self.anchors: list[Anchor] = []
        #: The turns of a dialogue text (``[]`` when not one), read at the first ``I``.
        self.turns: list[Turn] | None = None
        #: Offset and entity of the latest source mention resolved outside quoted content.
        self.last_source: tuple[int, Cluster] | None = None
        self.content: list[TextSpan] = []
        self.narrative: list[int] = []
        count = 0
        for start in self.index.sent_starts:
            self.narrative.append(count)
            if start < len(doc) and not (
                doc[start].is_space or self.index.in_quote(doc[start].idx, doc[start].idx + 1)
            ):
                count += 1
        link_person_organisations(doc, self.index, self.clusters)
        link_acronyms(doc, self.index, self.clusters)
        for cluster in self.clusters:
            for mention in cluster.mentions:
                if not mention.in_quote:
                    self.anchors.append(
                        Anchor(mention.start, mention.sent, mention.subject, mention.depth, cluster)
                    )

    def quoted_first_person(self, mention: TextSpan) -> bool:
        """Whether a source mention is ``I`` (``me``, ``my``) inside quoted content: never a source."""
        return mention.text.strip().lower() in lexicon()["first_person"] and self.index.in_quote(
            mention.start, mention.end
        )

    def resolve(self, mention: TextSpan, content: Sequence[TextSpan] | None = None) -> Cluster:
        """The entity of one source mention (a new one for an unnamed or unresolved source).

        A role noun or pronoun never refers to a person named inside the
        reported ``content`` of its own quote (``SEIU chief says Trump can
        win``, ``She asked Okafor what ...``); a direct quote may name its
        own speaker, in a list, so its words are not passed.
        """
        self.content = list(content or [])
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            span = repaired_mention(span)
        tokens = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
        cluster = self.read(span, tokens) if span is not None and tokens else None
        if cluster is None:
            cluster = Cluster(UNKNOWN)
        if cluster not in self.clusters:
            self.clusters.append(cluster)
        head = phrase_head(span, tokens) if span is not None and tokens else None
        cluster.sources.append((mention.start, mention.end))
        if not self.index.in_quote(mention.start, mention.end):
            self.last_source = (mention.start, cluster)
        if head is not None:
            place = (self.index.sentence_of(head.i), is_subject(head))
            if not self.index.in_quote(mention.start, mention.end):
                self.anchors.append(Anchor(mention.start, place[0], place[1], depth(head), cluster))
                cluster.source_places.append((mention.start, place[0], place[1]))
        return cluster

    def read(self, span: Span, tokens: list[Token]) -> Cluster | None:
        """The entity a source span refers to, by its head word."""
        head = phrase_head(span, tokens)
        lowered = head.lower_
        if len(tokens) <= 2 and (gender := pronoun_gender(head.text)) is not None:
            return self.pronoun(head, gender)
        if len(tokens) == 1 and lowered == "you" and not self.index.in_quote(head.idx, head.idx + 1):
            if self.turns is None:
                self.turns = find_turns(self.text, self.clusters)
            return addressee_at(self.turns, head.idx) or Cluster(UNNAMED)
        if len(tokens) == 1 and head.text.isupper() and len(head.text) > 1 and head.is_alpha:
            # ``WHO say``: an acronym (or a transcript label), whatever its tag
            return self.named(span, head) or self.proper(span, head)
        if len(tokens) == 1 and lowered in lexicon()["relative_pronouns"]:
            return self.relative(head)
        if (
            head.lower_ in lexicon()["unnamed_pronouns"]
            or " ".join(t.lower_ for t in tokens) in lexicon()["unnamed_pronouns"]
        ):
            # ``One of the Vice Presidents, Rebecca Amani,`` is named after all
            return self.named(span, head) or Cluster(UNNAMED)
        name = trailing_name(span, tokens)
        if name is not None and name.start <= head.i < name.end:
            name = None
        name = name or leading_name(span, tokens)
        if name is not None:
            found = self.named(name, name[-1])
            if found is not None and found.kind == PERSON:
                return found
            return self.person_named(name) or found or self.proper(name, name[-1])
        return self.noun_phrase(span, head)

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

    def pronoun(self, head: Token, gender: str) -> Cluster:
        """A pronoun's antecedent entity; a new group or unnamed entity when it has none."""
        if gender == "group":
            return organisation_as_they(head, self.index, self.clusters) or Cluster(GROUP)
        if gender == "first":
            if self.index.in_quote(head.idx, head.idx + 1):
                return Cluster(UNKNOWN)
            if self.turns is None:
                self.turns = find_turns(self.text, self.clusters)
            if self.turns:
                return speaker_at(self.turns, head.idx) or Cluster(UNNAMED)
            return self.signature(head.idx) or Cluster(UNNAMED)
        if gender == "neuter" and (noun := described_subject(head, self.index)) is not None:
            found = self.noun_phrase(self.doc[noun.left_edge.i : noun.i + 1], noun)
            if found is not None and found.kind == ORGANIZATION:
                return found
        others = co_arguments(head)
        anchors = [
            a
            for a in self.anchors
            if (a.start > head.idx or not self.named_in_content(a.cluster))
            and not any(m.start <= o < m.end for o in others for m in a.cluster.mentions)
        ]
        found = self.continued_source(head, gender, anchors) or resolve_pronoun(
            gender,
            start=head.idx,
            sentence=self.index.sentence_of(head.i),
            depth=depth(head),
            anchors=anchors,
            narrative=self.narrative,
        )
        if found is None and gender in ("male", "female"):
            found = surname_taken_for_organisation(head, self.index, anchors, self.narrative)
        if found is None and gender in ("male", "female"):
            # ``Alexis Marlow ... she``: a first name's guessed gender gives way
            found = resolve_pronoun(
                GUESSED,
                start=head.idx,
                sentence=self.index.sentence_of(head.i),
                depth=depth(head),
                anchors=anchors,
                narrative=self.narrative,
            )
        if found is None:
            return Cluster(UNNAMED)
        if gender in ("male", "female"):
            found.pronoun_genders.append(gender)
        return found

    def continued_source(self, head: Token, gender: str, anchors: list[Anchor]) -> Cluster | None:
        """The source of the attribution a ``he`` or ``she`` continues (``According to
        Dr. Sam Ortiz, ... He said``): the latest source, in this paragraph or the one
        before, when it fits and no other subject that fits is written between them."""
        if (
            gender not in ("male", "female")
            or self.last_source is None
            or head.dep_ not in ("nsubj", "nsubjpass")
        ):
            return None
        start, cluster = self.last_source
        if start >= head.idx or cluster.kind != PERSON or not fits(cluster, gender):
            return None
        if self.text[start : head.idx].count("\n\n") > CONTINUED_PARAGRAPHS:
            return None
        sentence = self.index.sentence_of(head.i)
        if any(
            a.cluster is not cluster
            and fits(a.cluster, gender)
            and (
                ((start < a.start < head.idx or a.sent == sentence) and a.subject)
                or (a.sent == sentence and a.start < head.idx)  # ``Omar's sister ... he``
            )
            for a in anchors
        ):
            return None
        return cluster

    def named_in_content(self, cluster: Cluster) -> bool:
        """Whether the entity is named inside the content of the quote being resolved."""
        return any(
            part.start <= m.start and m.end <= part.end
            for part in self.content
            for m in cluster.mentions
        )

    def signature(self, position: int) -> Cluster | None:
        """The writer of a first-person text: a name (or social-media handle) alone on a
        line, a letter's signature after the ``I``, else a byline before it."""
        return nearest_signature(
            signed_lines(self.text, self.clusters) + self.handle_signatures(), position
        )

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
        if coordinated(span, head, self.index):
            return Cluster(GROUP)
        if (
            head.pos_ == "PROPN"
            and any(t.dep_ == "det" and t.lower_ in ("a", "an", "another") for t in head.lefts)
            and (
                any(against_or_for(t) for t in span)
                or (
                    role_key(head.lemma_.lower()) in lexicon()["org_heads"]
                    and not self.doc[head.i - 1].text[:1].isupper()
                )
            )
        ):
            # "an anti-Harlow PAC", "a super PAC": one of a kind, unnamed
            return Cluster(UNNAMED)
        named = self.named(span, head)
        if named is not None:
            return named
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and role_key(head.lemma_.lower()) in lexicon()["utterances"]:
            return self.noun_phrase(self.doc[owner.left_edge.i : owner.i + 1], owner)
        if is_document(head):
            title = work_title(head)
            if title is not None:
                return self.work(title)
            author = document_owner(head, span) or issuer(head)
            if author is None and is_definite(head):
                author = earlier_owner(head)
            if author is not None and not author.start <= head.i < author.end:
                found = self.noun_phrase(author, author[-1])
                if found is not None and found.kind in (PERSON, ORGANIZATION):
                    return found
            if owner is not None and pronoun_gender(owner.text) == "neuter":
                # ``its website notes``: the organisation ``its`` refers to, named in
                # its sentence or the one before
                found = self.pronoun(owner, "neuter")
                sentence = self.index.sentence_of(owner.i)
                if found.kind == ORGANIZATION and any(
                    m.start < owner.idx and sentence - m.sent <= 1 for m in found.mentions
                ):
                    return found
        plural = (
            head.tag_ in _PLURAL_TAGS or "Plur" in head.morph.get("Number", [])
        ) and head.lower_ not in lexicon()["collective_organisations"]
        if plural and head.text[:1].isupper() and (
            head.ent_type_ in ("PERSON", "ORG") or singular_name(head)
        ):
            # A surname ending in s the tagger took for a plural (``Sanders said``), a
            # plural-looking name with a singular verb (``Social Greens describes itself``).
            return self.proper(span, head)
        if plural or (head.ent_type_ == "NORP" and head.text.endswith("s")):
            return Cluster(GROUP)
        if head.pos_ == "PROPN" and not is_person_noun(role_key(head.lemma_.lower())):
            return self.proper(span, head)
        after = span.end
        if (
            after < len(self.doc)
            and head.i == span.end - 1
            and self.doc[after].ent_iob_ == "B"
            and self.doc[after].ent_type_ == "PERSON"
            and is_person_noun(role_key(head.lemma_.lower()))
        ):
            # ``curator`` cut from ``curator Elaine Marsh``: the title's name.
            last = after
            while last + 1 < len(self.doc) and self.doc[last + 1].ent_iob_ == "I":
                last += 1
            found = self.named(self.doc[after : last + 1], self.doc[last])
            if found is not None:
                return found
        titled = person_at(words_after_title(span, head), self.clusters)
        if titled is not None:
            # ``Mayor`` cut from ``Mayor of Norland Zaid Haddad``: the person named after it
            return titled
        name = capitalised_name(span, head)
        if name is not None and (organisation := org_mention(self.doc, name, self.index)):
            return self._join(organisation, link_org_name(organisation, self.clusters), ORGANIZATION)
        return self.common(span, head)

    def named(self, span: Span, head: Token) -> Cluster | None:
        """The entity of a name mention at the phrase's head or in its appositive.

        The appositive may lie past the mention as the extraction cut it
        (``One member of the review panel``, ``, Ada Brenner,``).
        """
        targets = [head]
        if head.pos_ == "PROPN" and is_title(head.text):
            # ``The Senate Minority Leader, Ruth Calder,``: a title's appositive name
            targets = [
                c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
            ] + targets
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
                    # ``One of the Vice Presidents, Rebecca Amani``: the one named
                    or (head.lower_ == "one" and prep.lower_ == "of")
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
                self.doc[start - 1].text in ("/", "-", "&", "'", "’")
                and start - 2 >= span.start
                and self.doc[start - 2].text[:1].isupper()
                and not self.doc[start - 2].whitespace_
            )
            or (self.doc[start - 1].text == "&" and start - 2 >= span.start)
        ):
            # ``USA TODAY/Suffolk``, ``Players' Guild Association``, ``Marks & Spencer``
            start -= 1
        name_span = self.doc[start : head.i + 1]
        # a name running on with link words (the recogniser may take it all for a date)
        run = linked_organisation_name(name_span, span)
        whole = org_mention(self.doc, run, self.index, dates=False) if run is not None else None
        if whole is not None:
            return self._join(whole, link_org_name(whole, self.clusters), ORGANIZATION)
        if any(t.dep_ == "det" and t.lower_ in ("a", "an", "another") for t in head.lefts):
            # "a national LEDGER/Dalmere University Poll" names one poll of an
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
        if len(name_span) == 1 and (full := self.unrecognised_full_name(head)) is not None:
            return full
        mention = person_mention(self.doc, name_span, self.index)
        acronym = len(name_span) == 1 and head.text.isupper() and len(head.text) > 1
        person = mention is not None and (
            head.ent_type_ == "PERSON"
            or (head.pos_ != "PROPN" and not acronym)  # a capitalised name tagged as a noun
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

    def unrecognised_full_name(self, surname: Token) -> Cluster | None:
        """For a lone proper name the recogniser took for no person: the person whose
        full name, written elsewhere outside any entity, ends with it
        (:func:`~quoteattr.resolution.phrases.full_name_elsewhere`)."""
        found = full_name_elsewhere(surname)
        mention = person_mention(self.doc, found, self.index) if found is not None else None
        if mention is None or not mention.name.full:
            return None
        return self._join(mention, link_full_name(mention, self.clusters), PERSON)

    def work(self, title: Span) -> Cluster:
        """The entity of a named work (``a new book, The Quiet Years``), made when new."""
        key = fold(title.text)
        for cluster in self.clusters:
            if cluster.kind == WORK and any(fold(m.text) == key for m in cluster.mentions):
                return cluster
        mention = Mention(
            start=title.start_char,
            end=title.end_char,
            text=title.text,
            kind=WORK,
            name=PersonName(tuple(key.split()), "", ""),
            sent=self.index.sentence_of(title.start),
            in_quote=self.index.in_quote(title.start_char, title.end_char),
        )
        return self._join(mention, None, WORK)

    def person_named(self, name: Span) -> Cluster | None:
        """The person a name is, though the recogniser took it (with more) for an
        organisation (``Norland Arvid Lindahl``)."""
        mention = person_mention(self.doc, name, self.index)
        if mention is None or not mention.name.full:
            return None
        return self._join(mention, link_full_name(mention, self.clusters), PERSON)

    def _join(self, mention: Mention, cluster: Cluster | None, kind: str) -> Cluster:
        return join_mention(self.clusters, mention, cluster, kind)

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
        plural = (
            head.tag_ in _PLURAL_TAGS or "Plur" in head.morph.get("Number", [])
        ) and head.lower_ not in lexicon()["collective_organisations"]
        definite = det is None or det.lower_ in DEFINITE or det.dep_ == "poss"
        role = title_role(self.doc, head, span.start, role)
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
            found = self.samephrase_head(role)
            if found is None:
                # Nobody named in the quote's reported content or in the phrase's own
                # modifiers (``the hacker who revealed that Ada Brisk used ...``).
                clusters = [
                    c
                    for c in self.clusters
                    if not self.named_in_content(c)
                    and not any(
                        span.start_char <= m.start and m.end <= span.end_char for m in c.mentions
                    )
                ]
                gender = words["role_genders"].get(head.lower_)
                found = resolve_role(
                    role,
                    keys,
                    former=bool(keys & set(words["former"])),
                    sentence=self.index.sentence_of(head.i),
                    position=span.start_char,
                    clusters=[c for c in clusters if gender is None or c.gender in (None, gender)],
                    affiliations=affiliations,
                )
            if found is not None:
                return found
        if det is not None and det.dep_ == "poss" and det.pos_ == "PROPN" and not plural:
            # ``Norvik's governor``, ``the Institute's director``: whoever the text
            # gives that role.
            holders = [
                c
                for c in self.clusters
                if c.kind == PERSON and holds_role(c, role, keys) and not self.named_in_content(c)
            ]
            if holders:
                sentence = self.index.sentence_of(head.i)
                return max(holders, key=lambda c: c.focus(head.idx, sentence))
        if det is not None and det.lower_ in ("our", "my"):
            # ``our correspondent``: the writer's colleague the text names with that role.
            holders = [c for c in self.clusters if c.kind == PERSON and role in c.roles]
            if holders:
                sentence = self.index.sentence_of(head.i)
                return max(holders, key=lambda c: c.focus(head.idx, sentence))
        if not definite and not plural and is_title_role(role):
            named = holder_named_next(role, keys, self.clusters, self.text, span.end_char)
            if named is not None:
                return named
        return Cluster(UNNAMED, head=role)

    def samephrase_head(self, role: str) -> Cluster | None:
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
        names = [t for t in modifiers if t.pos_ == "PROPN" and not against_or_for(t)]
        for cluster in self.clusters:
            if cluster.kind == ORGANIZATION and any(
                m.start <= t.idx < m.end for m in cluster.mentions for t in names
            ):
                return cluster
        places = [t for t in modifiers if t.ent_type_ in PLACE_ENTITIES]
        if not names and definite and places and role in lexicon()["place_organisations"]:
            names = places
        if names:
            # ``the Saudi government``, ``the French embassy``: a place's organisation
            # is named by the place and the noun together.
            whole = role in lexicon()["named_by_person"] or (
                role in lexicon()["place_organisations"]
                and all(t.ent_type_ in PLACE_ENTITIES for t in names)
            )
            last = head if whole else names[-1]
            mention = org_mention(self.doc, self.doc[names[0].i : last.i + 1], self.index)
            if mention is not None:
                return self._join(mention, link_org_name(mention, self.clusters), ORGANIZATION)
        if owned:
            return Cluster(UNNAMED, head=role)
        if definite:
            # ``the bank`` is an organisation whose name has the word (``Bank of Norland``),
            # ``the fire service`` one that has both (``Halden Fire and Rescue Service``):
            # the one most in focus.
            needed = {role} | {
                t.lower_ for t in modifiers if t.pos_ == "NOUN" and t.text.islower()
            }
            having = [
                c
                for c in self.clusters
                if c.kind == ORGANIZATION
                and any(needed <= set(fold(m.text).split()) for m in c.mentions)
            ]
            run = None if having else name_with_words(head, role, needed)
            named = org_mention(self.doc, run, self.index, dates=False) if run else None
            if named is not None:
                having = [self._join(named, link_org_name(named, self.clusters), ORGANIZATION)]
            if having:
                sentence = self.index.sentence_of(head.i)
                return max(
                    having,
                    key=lambda c: (
                        c.focus(head.idx, sentence),
                        -min(abs(m.start - head.idx) for m in c.mentions),
                    ),
                )
            if role in lexicon()["media_heads"]:
                outlet = outlet_before(head, self.index, self.clusters)
                if outlet is not None:
                    return outlet
            if role in lexicon()["any_organisation"]:
                organisations = [
                    c
                    for c in self.clusters
                    if c.kind == ORGANIZATION
                    and any(m.start < head.idx for m in c.mentions)
                    and not (role in _NOT_OUTLETS and is_outlet(c))
                    and not is_public_body_for_business(c, role)
                ]
                sentence = self.index.sentence_of(head.i)
                if organisations:
                    return max(organisations, key=lambda c: c.focus(head.idx, sentence))
                unrecognised = self.unrecognised_subject(head)
                if unrecognised is not None:
                    return unrecognised
        return Cluster(GROUP)

    def unrecognised_subject(self, head: Token) -> Cluster | None:
        """For ``the band`` with no organisation named: a proper name the entity recogniser
        missed, as the subject of the sentence before (``The Velvet Owls cancelled their
        tour. The band said``)."""
        subject = unrecognised_subject(head, self.index, self.clusters)
        mention = org_mention(self.doc, subject, self.index) if subject is not None else None
        if mention is None:
            return None
        return self._join(mention, link_org_name(mention, self.clusters), ORGANIZATION)
