"""Role nouns as sources: ``the President``, ``the Vermont senator``, ``the former governor``.

A role noun names the person in focus whose role fits. Candidates are the
people mentioned before it (after it only when nobody comes before, as in a
headline); a person whose known title is a different one (``Foreign
Minister`` for ``the President``), or whose matching title is past when the
noun's is not (``former President``), is excluded. Among the rest, a person
whose attached titles include the noun gains (unless the title is qualified
by a nationality or place the noun lacks: ``the President`` is not matched by
``Russian President``), and so does the one most in focus (mentioned
recently, as a subject most of all: ``Cluster.focus``).
"""

from __future__ import annotations

from quoteattr.names_data import lexicon
from quoteattr.resolution.entities import Cluster
from quoteattr.resolution.mentions import PERSON

#: Score for a title attached to the person's name that equals the role noun.
ROLE_MATCH = 1.5
#: Score for a modifier of the role noun attached to the person's name (``Vermont``).
MODIFIER_MATCH = 0.5
#: Score for holding an office, for a role noun any office holder may fill (``the candidate``).
OFFICE_MATCH = 0.75


def is_title_role(role: str) -> bool:
    """Whether a role noun is a title a named person holds (not ``official``, ``aide``)."""
    return role in lexicon()["titles"] and role not in lexicon()["generic_roles"]


def holds_role(cluster: Cluster, role: str, modifiers: frozenset[str] = frozenset()) -> bool:
    """Whether a person's titles include the role noun, not as a lower title of it
    (``Deputy Governor Oleg Marin`` does not hold ``the governor``)."""
    lower = cluster.roles & set(lexicon()["subordinate_modifiers"])
    return role in cluster.roles and not (lower - modifiers)


def holder_named_next(
    role: str, modifiers: frozenset[str], clusters: list[Cluster], text: str, end: int
) -> Cluster | None:
    """``A federal judge ruled ...`` then ``District Judge Ana Ruiz ...``: a news lede's
    indefinite title (ending at offset ``end``) is the one person the text gives that
    title, when that person is first named right after it (in its paragraph or the next)."""
    holders = [c for c in clusters if c.kind == PERSON and holds_role(c, role, modifiers)]
    if len(holders) != 1 or not holders[0].mentions:
        return None
    first = min(m.start for m in holders[0].mentions)
    return holders[0] if first > end and text[end:first].count("\n\n") <= 1 else None


def _conflicts(cluster: Cluster, role: str, former: bool) -> bool:
    offices = lexicon()["offices"]
    held = {r for r in cluster.roles if r in offices}
    if role not in offices or not held:
        return False
    if role not in cluster.roles:
        return True
    return cluster.former != former


def resolve_role(
    role: str,
    modifiers: frozenset[str],
    *,
    former: bool,
    sentence: int,
    position: int,
    clusters: list[Cluster],
    affiliations: frozenset[str] = frozenset(),
) -> Cluster | None:
    """The person a role noun refers to, or ``None``.

    Args:
        role: The role noun, as a role key (``president``, ``senator``).
        modifiers: Role keys of its modifiers (``vermont``, ``republican``).
        former: Whether the noun phrase marks a past role.
        sentence: Index of the sentence holding the noun phrase.
        position: Offset of the noun phrase.
        clusters: The document's entities.
        affiliations: Role keys of the proper-noun modifiers naming who the
            person works for (``gawker`` in ``the Gawker employee``): a generic
            role then fits a person whose name carries that affiliation
            (``Ferncloud.com writer Ada Brisk``).

    Returns:
        The person, or ``None`` when no person fits.
    """
    generic = not is_title_role(role) and role in lexicon()["generic_roles"]
    people = [c for c in clusters if c.kind == PERSON and not _conflicts(c, role, former)]
    if generic:
        people = [
            c for c in people if role in c.roles or affiliations & _affiliations(c.roles)
        ]
    before = [c for c in people if any(p < position for p in c.positions())]
    candidates = before or people
    if not candidates:
        return None
    titled = [c for c in candidates if modifiers and role in c.roles and modifiers <= c.roles]
    if titled:
        # ``the Senate Minority Leader``: whoever the text gives that whole title.
        candidates = titled

    candidacies = set(lexicon()["candidacies"])
    offices = set(lexicon()["offices"])

    def score(cluster: Cluster) -> float:
        value = cluster.focus(position, sentence)
        qualified = cluster.qualifiers
        if holds_role(cluster, role, modifiers) and (not qualified or qualified & modifiers):
            value += ROLE_MATCH
        value += MODIFIER_MATCH * len(modifiers & cluster.roles)
        value += MODIFIER_MATCH * len(affiliations & _affiliations(cluster.roles))
        if role in candidacies and role not in cluster.roles and cluster.roles & offices:
            value += OFFICE_MATCH
        return value

    return max(candidates, key=score)


def _affiliations(roles: frozenset[str]) -> frozenset[str]:
    """Role words as affiliations: a web address without its domain (``gawker.com`` -> ``gawker``)."""
    return frozenset(r.rsplit(".", 1)[0] if "." in r else r for r in roles)
