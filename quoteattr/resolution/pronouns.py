"""Pronouns as sources: ``he``, ``she``, ``his`` to the nearest compatible antecedent.

Antecedents are the person names outside quoted content and the sources of
the quotes resolved before (an unnamed ``The employee`` is an antecedent too,
so a later ``he`` stays unnamed rather than jumping to a named person).
In the pronoun's own sentence the subject nearest the root of the parse
wins (``Mr. Emanuel said Mr. Bush had not won him over, but he ...``), else
the nearest name before it; then the earlier sentences are searched
backwards for a subject (a list of names as objects, ``songs by Elvis
Costello``, is skipped); failing that, the nearest name. A pronoun deep in
a clause that comes before any name in its sentence may refer forward to the
main clause's subject (``In what he called a rant, President Obama said``). The window counts sentences outside quoted content only, and failing
any antecedent in it, the latest compatible mention further back is taken.
A candidate's gender (from honorifics, its first name or pronouns
already resolved to it) must not contradict the pronoun's.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Token

from quoteattr.names_data import lexicon
from quoteattr.resolution.entities import Cluster
from quoteattr.resolution.mentions import ORGANIZATION, PERSON, DocIndex, depth
from quoteattr.resolution.phrases import is_outlet

#: The "gender" of a second look for a he or she that found nobody: a person whose
#: gender was only guessed from a first name, which the pronoun may overrule.
GUESSED = "guessed"
#: ``they`` looks for an organisation subject this many sentences back, and its own.
THEY_SENTENCES = 2
#: A subject this deep (a main clause's) that is no organisation makes ``they`` a group.
THEY_SUBJECT_DEPTH = 1
#: How many sentences back (outside quoted content) a pronoun's antecedent is looked for.
WINDOW = 6
#: How far back, failing that, the latest compatible mention is taken (a pronoun
#: opening a paragraph after a stretch of scene-setting still means the person in focus).
LONG_WINDOW = 20
#: A pronoun this deep in a clause fronted before the main subject refers forward to it
#: (``In what he called a rant, President Obama said ...``).
CATAPHORA_DEPTH = 3


@attrs.frozen
class Anchor:
    """A possible antecedent: a mention of an entity at a place in the text."""

    start: int
    sent: int
    subject: bool
    depth: int
    cluster: Cluster = attrs.field(eq=False)


def pronoun_gender(word: str) -> str | None:
    """``"male"``, ``"female"``, ``"neuter"``, ``"group"``, ``"first"`` or ``None`` for a pronoun."""
    lowered = word.lower()
    words = lexicon()
    for gender, key in (
        ("male", "male_pronouns"),
        ("female", "female_pronouns"),
        ("neuter", "neuter_pronouns"),
        ("group", "group_pronouns"),
        ("first", "first_person"),
    ):
        if lowered in words[key]:
            return gender
    return None


def fits(cluster: Cluster, gender: str) -> bool:
    """Whether an entity may be what a pronoun of this gender refers to."""
    if gender == "neuter":
        return cluster.kind == ORGANIZATION
    if gender == GUESSED:
        # a person whose gender is only guessed from a first name (``Alexis``)
        return cluster.kind == PERSON and cluster.gender_guessed
    if cluster.kind not in (PERSON, "unnamed"):
        return False
    known = cluster.gender
    return known is None or known == gender


def resolve_pronoun(
    gender: str,
    *,
    start: int,
    sentence: int,
    depth: int,
    anchors: list[Anchor],
    narrative: Sequence[int] | None = None,
) -> Cluster | None:
    """The entity a third-person singular pronoun refers to, or ``None``.

    Args:
        gender: ``"male"``, ``"female"`` or ``"neuter"``.
        start: Offset of the pronoun.
        sentence: Index of its sentence.
        depth: How deep the pronoun is in its sentence's parse.
        anchors: Antecedent candidates outside quoted content, in any order.
        narrative: For each sentence index, how many sentences before it start
            outside quoted content: the window counts only those, so a long
            quotation does not push the antecedent out of reach.

    Returns:
        The antecedent's entity, or ``None`` when none fits within the window.
    """

    def distance(anchor: Anchor) -> int:
        if narrative is None:
            return sentence - anchor.sent
        return narrative[sentence] - narrative[anchor.sent]

    fitting = [
        a
        for a in anchors
        if a.start < start
        and a.sent <= sentence
        and distance(a) < WINDOW
        and fits(a.cluster, gender)
    ]
    here = [a for a in fitting if a.sent == sentence]
    if not here and depth >= CATAPHORA_DEPTH:
        main = [
            a
            for a in anchors
            if a.sent == sentence
            and a.start > start
            and a.subject
            and a.depth == 1
            and fits(a.cluster, gender)
        ]
        if main:
            return min(main, key=lambda a: a.start).cluster
    if not fitting:
        far = [
            a
            for a in anchors
            if a.start < start and distance(a) < LONG_WINDOW and fits(a.cluster, gender)
        ]
        return max(far, key=lambda a: a.start).cluster if far else None
    subjects = [a for a in here if a.subject]
    if subjects:
        return min(subjects, key=lambda a: (a.depth, -a.start)).cluster
    if here:
        return max(here, key=lambda a: a.start).cluster
    earlier = [a for a in fitting if a.subject]
    if earlier:
        latest = max(a.sent for a in earlier)
        return min(
            (a for a in earlier if a.sent == latest), key=lambda a: (a.depth, a.start)
        ).cluster
    return max(fitting, key=lambda a: a.start).cluster


def organisation_as_they(head: Token, index: DocIndex, clusters: list[Cluster]) -> Cluster | None:
    """The organisation a ``they`` stands for (``The Weather Office issued a warning.
    They said ...``): the nearest earlier main-clause subject, in its sentence or the
    two before, when that subject is an organisation's name; a plural noun or a person
    there makes ``they`` a group (``it`` and ``he`` are passed over)."""
    if head.lower_ != "they" or index.in_quote(head.idx, head.idx + 1):
        return None
    sentence = index.sentence_of(head.i)
    first = index.sent_starts[max(sentence - THEY_SENTENCES, 0)]
    for token in reversed(head.doc[first : head.i]):
        if (
            token.dep_ not in ("nsubj", "nsubjpass")
            or index.in_quote(token.idx, token.idx + 1)
            or (token.pos_ == "PRON" and token.lower_ not in ("they", "we"))
        ):
            # ``it`` or ``he`` is never what they are
            continue
        found = next(
            (
                c
                for c in clusters
                if any(m.start <= token.idx < m.end for m in c.mentions)
            ),
            None,
        )
        if found is not None and found.kind == ORGANIZATION:
            return found
        if depth(token) <= THEY_SUBJECT_DEPTH:
            return None
        # a subordinate clause's subject that is no organisation is passed over
    return None


def described_subject(head: Token, index: DocIndex) -> Token | None:
    """For ``it``: the latest clause subject before it, in its sentence or the one before,
    when that subject is a singular organisation's description with ``the`` (``The
    commission, an independent body, had been asked ... But it said``), else ``None``."""
    sentence = index.sentence_of(head.i)
    first = index.sent_starts[max(sentence - 1, 0)]
    words = lexicon()
    subjects = [
        t
        for t in head.doc[first : head.i]
        if t.dep_ in ("nsubj", "nsubjpass") and not index.in_quote(t.idx, t.idx + 1)
    ]
    if not subjects:
        return None
    last = subjects[-1]
    noun = last.lemma_.lower()
    if (
        last.pos_ == "NOUN"
        and last.tag_ == "NN"
        and (noun in words["org_heads"] or noun in words["any_organisation"])
        and any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in last.lefts)
    ):
        return last
    return None


def surname_taken_for_organisation(
    head: Token, index: DocIndex, anchors: list[Anchor], narrative: Sequence[int]
) -> Cluster | None:
    """A ``he`` or ``she`` with no person to refer to: a one-word "organisation"
    that was a source before, which is a surname the recogniser mislabelled
    (``as Okafor pointed out, ... She asked``). It becomes a person."""
    speakers = [
        a
        for a in anchors
        if a.cluster.kind == ORGANIZATION
        and a.cluster.sources
        and not is_outlet(a.cluster)
        and all(len(m.name.words) == 1 and m.text.istitle() for m in a.cluster.mentions)
    ]
    found = resolve_pronoun(
        "neuter",
        start=head.idx,
        sentence=index.sentence_of(head.i),
        depth=depth(head),
        anchors=speakers,
        narrative=narrative,
    )
    if found is not None:
        found.kind = PERSON
    return found
