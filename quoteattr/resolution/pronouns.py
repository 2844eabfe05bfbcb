"""Pronouns as sources: ``he``, ``she``, ``his`` to the nearest compatible antecedent.

Antecedents are the person names outside quoted content and the sources of
the quotes resolved before (an unnamed ``The employee`` is an antecedent too,
so a later ``he`` stays unnamed rather than jumping to a named person).
Sentences are searched backwards from the pronoun: in its own sentence the
nearest candidate before it, in earlier ones a subject first, then the
leftmost. A candidate's gender (from honorifics, its first name or pronouns
already resolved to it) must not contradict the pronoun's.
"""

from __future__ import annotations

import attrs

from quoteattr.resolution.entities import Cluster
from quoteattr.resolution.mentions import ORGANIZATION, PERSON
from quoteattr.resolution.names import lexicon

#: How many sentences back a pronoun's antecedent is looked for.
WINDOW = 6


@attrs.frozen
class Anchor:
    """A possible antecedent: a mention of an entity at a place in the text."""

    start: int
    sent: int
    subject: bool
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


def _fits(cluster: Cluster, gender: str) -> bool:
    if gender == "neuter":
        return cluster.kind == ORGANIZATION
    if cluster.kind not in (PERSON, "unnamed"):
        return False
    known = cluster.gender
    return known is None or known == gender


def resolve_pronoun(gender: str, *, start: int, sentence: int, anchors: list[Anchor]) -> Cluster | None:
    """The entity a third-person singular pronoun refers to, or ``None``.

    Args:
        gender: ``"male"``, ``"female"`` or ``"neuter"``.
        start: Offset of the pronoun.
        sentence: Index of its sentence.
        anchors: Antecedent candidates outside quoted content, in any order.

    Returns:
        The antecedent's entity, or ``None`` when none fits within the window.
    """
    fitting = [a for a in anchors if a.start < start and _fits(a.cluster, gender)]
    for sent in range(sentence, max(sentence - WINDOW, -1), -1):
        here = [a for a in fitting if a.sent == sent]
        if not here:
            continue
        if sent == sentence:
            return max(here, key=lambda a: a.start).cluster
        subjects = [a for a in here if a.subject]
        return min(subjects or here, key=lambda a: a.start).cluster
    return None
