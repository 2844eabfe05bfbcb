"""Organisations named after a person: ``the Sanders campaign``, ``the Clinton Foundation staff``.

:func:`link_person_organisations` reads the whole Doc once, before any source
is resolved, and adds an organisation entity for each noun of the
``named_by_person`` list (``campaign``, ``administration``) written after the
name of a person the text mentions, so that a later ``the campaign`` finds it
wherever it is written. :func:`join_mention` adds a mention to an entity (or
to a new one) and is how the resolver grows the entities.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quoteattr.doctext import doc_tokens
from quoteattr.names_data import lexicon, role_key
from quoteattr.resolution.entities import Cluster, link_org_name
from quoteattr.resolution.mentions import ORGANIZATION, PERSON, DocIndex, Mention, org_mention


def join_mention(
    clusters: list[Cluster], mention: Mention, cluster: Cluster | None, kind: str
) -> Cluster:
    """Add ``mention`` to ``cluster``, or to a new entity of ``kind`` appended to ``clusters``."""
    if cluster is None:
        cluster = Cluster(kind)
        clusters.append(cluster)
    cluster.mentions.append(mention)
    cluster.mentions.sort(key=lambda m: m.start)
    return cluster


def link_person_organisations(doc: Doc, index: DocIndex, clusters: list[Cluster]) -> None:
    """Add the organisations named after a person the text names (``the Sanders
    campaign``), so that ``the campaign`` finds them wherever they are written.

    Args:
        doc: The parsed Doc.
        index: Its sentence and quotation index.
        clusters: The document's entities, changed in place: each such
            organisation joins the organisation entity of the same name, or
            becomes a new one.
    """
    people = [(m.start, m.end) for c in clusters if c.kind == PERSON for m in c.mentions]
    for token in doc_tokens(doc):
        if token.pos_ != "NOUN" or role_key(token.lemma_.lower()) not in lexicon()[
            "named_by_person"
        ]:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[
            start - 1
        ].head.i in range(start - 1, token.i + 1):
            start -= 1
        if start == token.i or not any(s <= doc[token.i - 1].idx < e for s, e in people):
            continue
        mention = org_mention(doc, doc[start : token.i + 1], index)
        if mention is not None and not any(
            m.start == mention.start and m.end == mention.end for c in clusters for m in c.mentions
        ):
            join_mention(clusters, mention, link_org_name(mention, clusters), ORGANIZATION)
