"""Source resolution: each quote's source as a canonical name and a document entity.

The stage reads the whole Doc: it finds every person and organisation name
(:mod:`~quoteattr.resolution.mentions`), clusters them into entities
(:mod:`~quoteattr.resolution.entities`), joins short forms to the names they
stand for (:mod:`~quoteattr.resolution.acronyms`), then reads each quote's
source mention, in text order (:mod:`~quoteattr.resolution.resolver`, over the
phrase as :mod:`~quoteattr.resolution.phrases` reads it):

- a name (``Mr Lavrov``, ``Russian Foreign Minister Sergey Lavrov``,
  ``WALLACE``, ``the Post``, ``the Ledger's Maria Costa``) joins its entity;
- a role noun (``The President``, ``the chancellor``, ``our correspondent``)
  goes to the person whose role fits (:mod:`~quoteattr.resolution.roles`);
- an organisation's description (``the bank``, ``the carmaker``) to the
  organisation in focus, a document (``a Redfield Analytics statement``, ``the
  report``) to its author (:mod:`~quoteattr.resolution.documents`);
- a pronoun (``he``, ``she``, ``who``, ``they`` after an organisation) to its
  nearest compatible antecedent (:mod:`~quoteattr.resolution.pronouns`), ``I``
  in an interview or hearing to whoever holds the floor
  (:mod:`~quoteattr.resolution.turns`);
- a plural or generic source (``officials``, ``a senior official``, ``they``)
  keeps its mention and gets kind ``group`` or ``unnamed`` and no name.

:func:`resolve_attributions` resolves once and returns the quotes and the
entities together; the pipeline, the spaCy component and the long-text windows
use it.

A direct quote with neither cue nor source (a floating quote), or whose
source mention is an ``I`` inside quoted content (never a source), continues
the previous quote's source, with lower confidence. No name is ever invented: a
canonical name is always the fullest form of a name written in the text.
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc

from quoteattr.doctext import doc_text
from quoteattr.resolution.entities import GROUP, UNKNOWN, UNNAMED, WORK, Cluster
from quoteattr.resolution.mentions import ORGANIZATION, PERSON
from quoteattr.resolution.profiles import find_profiles
from quoteattr.resolution.resolver import Resolver
from quoteattr.results import Entity, Quote, QuoteType, SourceKind, TextSpan

__all__ = ["FLOATING_CONFIDENCE", "resolve_attributions", "resolve_sources"]

#: A floating quote's confidence is its own times this.
FLOATING_CONFIDENCE = 0.8
#: A floating quote continues a quote at most this many paragraphs before it.
FLOATING_PARAGRAPHS = 3


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
    resolved, _ = resolve_attributions(doc, quotes)
    return resolved


_KINDS = {
    PERSON: SourceKind.PERSON,
    ORGANIZATION: SourceKind.ORGANIZATION,
    WORK: SourceKind.WORK,
    GROUP: SourceKind.GROUP,
    UNNAMED: SourceKind.UNNAMED,
    UNKNOWN: SourceKind.UNKNOWN,
}


def resolve_attributions(
    doc: Doc, quotes: list[Quote], *, profiles: bool = True, gender_from_names: bool = False
) -> tuple[list[Quote], list[Entity]]:
    """Resolve every quote's source once: the resolved quotes and the document's sources.

    Args:
        doc: The parsed Doc the quotes were found in.
        quotes: The quotes, with source mentions as written.
        profiles: Give each person the gender, role and affiliation the text
            gives them (:func:`~quoteattr.resolution.profiles.find_profiles`);
            ``False`` when only the quotes are wanted.
        gender_from_names: With ``profiles``, where the text gives no gender,
            estimate it from the first name (``gender_source="name"``).

    Returns:
        The quotes as :func:`resolve_sources` gives them, and one entity per
        source, ordered by its first quote, with every mention of it in the
        text (a name inside a longer mention, ``Lavrov`` in ``Mr Lavrov``,
        counts once, as the longer) and the indices of its quotes in
        ``quotes``.
    """
    resolver = Resolver(doc)
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


def _continues(quote: Quote, prior: Quote, text: str, resolver: Resolver) -> bool:
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

