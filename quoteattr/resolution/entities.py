"""Entities: the mentions of one person or organisation, clustered across a Doc.

Full names (``Sergey Lavrov``) are clustered first: two full names are one
person when their surnames match and their first names are compatible
(``Sergei``/``Sergey``, an initial), or one ends the other (``Peña Nieto``).
Then each partial name (``Lavrov``, ``Mr Trump``, ``Hillary``) joins the
compatible entity of the right gender mentioned nearest before it (after it
when none comes before); a partial name with no full form makes its own
entity, whose canonical name is then the surname.
"""

from __future__ import annotations

from collections import Counter

import attrs

from quoteattr.resolution.mentions import ORGANIZATION, PERSON, Mention
from quoteattr.resolution.names import (
    PersonName,
    first_name_gender,
    names_compatible,
    org_names_match,
    parse_person_name,
    surname_misspelt,
)

#: Weight of a mention as a clause subject in :meth:`Cluster.focus` (other mentions weigh 1).
SUBJECT_WEIGHT = 2.0

#: A named work (a book, a report) speaking for its authors.
WORK = "work"
#: Kinds of entity that have no name.
GROUP = "group"
UNNAMED = "unnamed"
UNKNOWN = "unknown"


@attrs.define(eq=False)
class Cluster:
    """One person, organisation or unnamed source of a document (internal, mutable).

    Attributes:
        kind: ``person``, ``organization``, ``work``, ``group``, ``unnamed`` or ``unknown``.
        mentions: Its name mentions, in text order.
        sources: Offsets of the quote source mentions linked to it.
        source_places: For each source mention outside quoted content: its
            offset, sentence index and whether it is a clause subject.
        head: For an unnamed source, its head noun (``employee``), which a later
            role noun (``the employee``) may match.
        pronoun_genders: Genders of the pronouns already resolved to it.
    """

    kind: str
    mentions: list[Mention] = attrs.field(factory=list)
    sources: list[tuple[int, int]] = attrs.field(factory=list)
    head: str | None = None
    pronoun_genders: list[str] = attrs.field(factory=list)
    source_places: list[tuple[int, int, bool]] = attrs.field(factory=list)

    @property
    def name(self) -> str | None:
        """The canonical name: the fullest form of the name in the document.

        A headline's form counts only when the body never gives a full name
        (capitals in a headline can glue a verb to a name: ``Howard Dean Tells``).
        """
        if self.kind not in (PERSON, ORGANIZATION, WORK) or not self.mentions:
            return None
        fullest = max(self.mentions, key=lambda m: (len(m.name.words), -m.start))
        body = [m for m in self.mentions if not m.headline]
        if body:
            in_body = max(body, key=lambda m: (len(m.name.words), -m.start))
            if len(in_body.name.words) >= 2 or self.kind != PERSON:
                return in_body.text
        return fullest.text

    @property
    def full_names(self) -> list[PersonName]:
        """The parsed names of the mentions that give both first name and surname."""
        return [m.name for m in self.mentions if m.name.full]

    @property
    def gender(self) -> str | None:
        """The gender most of its mentions and pronouns imply, or ``None``."""
        votes: Counter[str] = Counter()
        for mention in self.mentions:
            if mention.gender:
                votes[mention.gender] += 2 if mention.honorific else 1
        votes.update(self.pronoun_genders)
        if not votes and self.kind == PERSON:
            # ``Nadia``, only ever named by one word: that word's gender as a first name
            words = {m.name.words for m in self.mentions}
            if len(words) == 1 and len(next(iter(words))) == 1:
                return first_name_gender(next(iter(words))[0])
        if not votes:
            return None
        (top, count), *rest = votes.most_common()
        return top if not rest or rest[0][1] < count else None

    @property
    def gender_guessed(self) -> bool:
        """Whether its gender comes from first names alone (no honorific, no pronoun)."""
        return not self.pronoun_genders and not any(m.honorific for m in self.mentions)

    @property
    def roles(self) -> frozenset[str]:
        """Every role word attached to any of its names."""
        return frozenset().union(*(m.roles for m in self.mentions))

    @property
    def qualifiers(self) -> frozenset[str]:
        """Nationality and place words qualifying its titles (``russian``)."""
        return frozenset().union(*(m.qualifiers for m in self.mentions))

    @property
    def former(self) -> bool:
        """Whether its titles are marked past (``former President``)."""
        return any(m.former for m in self.mentions)

    def positions(self) -> list[int]:
        """Start offsets of every name and source mention."""
        return sorted([m.start for m in self.mentions] + [s for s, _ in self.sources])

    def salience(self) -> int:
        """How often it is mentioned outside quoted content."""
        return len(self.occurrences())

    def occurrences(self) -> dict[int, tuple[int, bool]]:
        """Sentence index and subjecthood of each mention outside quoted content, by offset."""
        found = {m.start: (m.sent, m.subject) for m in self.mentions if not m.in_quote}
        for start, sent, subject in self.source_places:
            found[start] = (sent, subject)
        return found

    def focus(self, position: int, sentence: int) -> float:
        """How much the text is about this entity at ``position``.

        Each earlier mention counts 1 (2 as a clause subject), divided by one
        plus its distance in sentences; how often it is mentioned in all adds
        a little, to break ties.
        """
        total = 0.05 * self.salience()
        for start, (sent, subject) in self.occurrences().items():
            if start < position:
                total += (SUBJECT_WEIGHT if subject else 1.0) / (1 + max(sentence - sent, 0))
        return total


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group name mentions into entities.

    Args:
        mentions: Person and organisation mentions in text order.

    Returns:
        The entities, ordered by their first mention.
    """
    persons = [m for m in mentions if m.kind == PERSON]
    full_persons = [m.name for m in persons if m.name.full]
    person_words = {m.name.words for m in persons}
    orgs = []
    for mention in mentions:
        if mention.kind == ORGANIZATION:
            as_person = parse_person_name(mention.text)
            if len(as_person.words) <= 2 and (
                any(names_compatible(as_person, full) for full in full_persons)
                or as_person.words in person_words
            ):
                persons.append(attrs.evolve(mention, kind=PERSON, name=as_person))
            else:
                orgs.append(mention)
    persons.sort(key=lambda m: m.start)
    clusters: list[Cluster] = []
    for mention in persons:
        if mention.name.full:
            _add(mention, link_full_name(mention, clusters), clusters, PERSON)
    for mention in persons:
        if not mention.name.full:
            _add(mention, link_partial_name(mention, clusters), clusters, PERSON)
    for mention in orgs:
        _add(mention, link_org_name(mention, clusters), clusters, ORGANIZATION)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    return sorted(clusters, key=lambda c: c.mentions[0].start)


def _add(mention: Mention, cluster: Cluster | None, clusters: list[Cluster], kind: str) -> None:
    if cluster is None:
        cluster = Cluster(kind)
        clusters.append(cluster)
    cluster.mentions.append(mention)


def _nearest(clusters: list[Cluster], mention: Mention) -> Cluster | None:
    """The cluster most in focus at ``mention``; when none is mentioned before it, the nearest after."""

    def rank(cluster: Cluster) -> tuple[float, int]:
        after = min((m.start - mention.start for m in cluster.mentions), default=0)
        return (cluster.focus(mention.start, mention.sent), -abs(after))

    return max(clusters, key=rank) if clusters else None


def _gender_fits(mention: Mention, cluster: Cluster) -> bool:
    if mention.gender is None:
        # a mention of no known gender fits any cluster: skip counting the cluster's votes
        return True
    gender = cluster.gender
    return gender is None or mention.gender == gender


def link_full_name(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The person cluster a full name belongs to, or ``None`` for a new person."""
    candidates = [
        c
        for c in clusters
        if c.kind == PERSON
        and any(names_compatible(mention.name, full) for full in c.full_names)
        and _gender_fits(mention, c)
    ]
    return _nearest(candidates, mention)


def link_partial_name(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The person cluster a surname or first name alone belongs to, or ``None``.

    A surname is tried first; a single word that is nobody's surname may be a
    first name used alone (``Hillary``), linked only when one person has it.
    When several people share the surname, one named in full elsewhere in the
    same sentence is not the one meant.
    """
    people = [c for c in clusters if c.kind == PERSON and _gender_fits(mention, c)]
    by_surname = [
        c
        for c in people
        if any(names_compatible(mention.name, full) for full in c.full_names)
        or any(m.name == mention.name for m in c.mentions)
    ]
    if len(by_surname) > 1:
        by_surname = [c for c in by_surname if not _named_in_full_beside(c, mention)] or by_surname
    if by_surname:
        return _nearest(by_surname, mention)
    if len(mention.name.words) == 1:
        word = mention.name.words[0]
        by_first = [c for c in people if any(full.first == word for full in c.full_names)]
        if len(by_first) == 1:
            return by_first[0]
        # a news text's slip of one letter (``Kowalcyk said`` for ``Dana Kowalczyk``): only when
        # one person's surname is that close
        close = [c for c in people if any(surname_misspelt(word, f.last) for f in c.full_names)]
        if len(close) == 1:
            return close[0]
    return None


def _named_in_full_beside(cluster: Cluster, mention: Mention) -> bool:
    """Whether the person is named in full elsewhere in the mention's sentence.

    In ``Okafor said of Grace Okafor`` the bare surname is the other Okafor.
    """
    return any(
        m.sent == mention.sent and m.name.full and m.start != mention.start
        for m in cluster.mentions
    )


def link_org_name(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The organisation cluster a name belongs to, or ``None`` for a new one."""
    candidates = [
        c
        for c in clusters
        if c.kind == ORGANIZATION and any(org_names_match(mention.text, m.text) for m in c.mentions)
    ]
    return _nearest(candidates, mention)
