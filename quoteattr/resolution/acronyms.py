"""Acronyms and short forms a text defines: ``the Federal Trade Board (FTB)``.

An organisation's name followed by a short form in brackets (or a short form
followed by the name it spells, ``NRL (Norland Rowing League)``) defines that
short form for the whole text: every mention of the short form (``the FTB
said``), before or after, is the same organisation, whose canonical name is
the full one. The short form need not be its initials (``FTB``, ``RailCo``,
``TfD``, ``A&L``); initials alone are matched without a definition by
:func:`quoteattr.resolution.names.org_names_match`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quoteattr.names_data import lexicon
from quoteattr.resolution.entities import Cluster
from quoteattr.resolution.mentions import ORGANIZATION, DocIndex, Mention, org_mention
from quoteattr.resolution.names import PersonName, fold

#: A short form: one word with at least two capitals (``FTB``, ``TfD``, ``A&L``, ``RailCo``).
SHORT_FORM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&.\-]{1,11}")
#: The most words a short form's spelt-out name may have, links and commas included.
MAX_SPELT_WORDS = 16


def link_acronyms(doc: Doc, index: DocIndex, clusters: list[Cluster]) -> None:
    """Join each defined short form, and the entities named only by it, to its full name.

    Args:
        doc: The parsed Doc.
        index: Its sentence and quotation index.
        clusters: The document's entities, changed in place: the short form's
            mention in brackets joins the full name's entity, and an entity
            whose every mention is the short form is merged into it.
    """
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(":
            continue
        if doc[i + 2].text != ")":
            spelt_after = _spelt_in_brackets(doc, i, index)
            if spelt_after is not None:
                # ``NRL (Norland Rowing League)``: the name spelt out after its short form
                full = next(
                    (
                        c
                        for c in clusters
                        if c.kind == ORGANIZATION
                        and any(m.start == spelt_after.start and m.end == spelt_after.end for m in c.mentions)
                    ),
                    None,
                )
                if full is None:
                    full = Cluster(ORGANIZATION, mentions=[spelt_after])
                    clusters.append(full)
                _join_short_form(doc, i - 1, full, index, clusters)
            continue
        short = doc[i + 1]
        if not (SHORT_FORM.fullmatch(short.text) or _name_word_before(doc, i)):
            continue
        full = _full_name(doc, i, index, clusters)
        spelt = _spelt_out(doc, i, short.text, index)
        if spelt is not None:
            # ``Council of Nordic Arts, Crafts and Heritage (CNACH)``:
            # the whole name its initials spell, commas and all.
            if full is None:
                full = Cluster(ORGANIZATION)
                clusters.append(full)
            if not any(m.start == spelt.start and m.end == spelt.end for m in full.mentions):
                full.mentions.append(spelt)
        if full is None:
            continue
        _join_short_form(doc, i + 1, full, index, clusters)


def _join_short_form(
    doc: Doc, token: int, full: Cluster, index: DocIndex, clusters: list[Cluster]
) -> None:
    """Add the short form at ``token`` to the entity of its full name, and merge into it
    every organisation named only by that short form."""
    short = doc[token]
    alias = Mention(
        start=short.idx,
        end=short.idx + len(short.text),
        text=short.text,
        kind=ORGANIZATION,
        name=PersonName((fold(short.text),), "", ""),
        sent=index.sentence_of(short.i),
        in_quote=index.in_quote(short.idx, short.idx + len(short.text)),
    )
    key = fold(short.text)
    for other in list(clusters):
        if other is not full and other.kind == ORGANIZATION and other.mentions and all(
            fold(m.text) == key for m in other.mentions
        ):
            full.mentions.extend(other.mentions)
            full.sources.extend(other.sources)
            clusters.remove(other)
    if not any(m.start == alias.start for m in full.mentions):
        full.mentions.append(alias)
    full.mentions.sort(key=lambda m: m.start)


def _name_word_before(doc: Doc, bracket: int) -> bool:
    """Whether the one capitalised word in brackets is a word of the name before them, the
    short form a text goes on to use (``Harbour Supply Group (Harbour)``)."""
    word = doc[bracket + 1]
    if not (word.is_alpha and word.text.istitle()):
        return False
    name: list[str] = []
    i = bracket - 1
    while i >= 0 and doc[i].text[:1].isupper() and len(name) < MAX_SPELT_WORDS:
        name.append(doc[i].text)
        i -= 1
    return len(name) >= 2 and word.text in name


def _spelt_in_brackets(doc: Doc, bracket: int, index: DocIndex) -> Mention | None:
    """The name in brackets after an all-capitals short form that its initials spell
    (``NRL (Norland Rowing League)``)."""
    short = doc[bracket - 1]
    if not (short.is_alpha and short.is_upper and len(short.text) >= 2):
        return None
    close = bracket + 1
    while close < len(doc) and close - bracket <= MAX_SPELT_WORDS and doc[close].text != ")":
        close += 1
    if close >= len(doc) or doc[close].text != ")" or close - bracket < 3:
        return None
    words = doc[bracket + 1 : close]
    if not all(t.text[:1].isupper() or t.lower_ in lexicon()["name_links"] for t in words):
        return None
    if "".join(t.text[0] for t in words if t.text[:1].isupper()) != short.text:
        return None
    # the whole name, a first word the tagger took for a determiner too (``All Elite``)
    return Mention(
        start=words.start_char,
        end=words.end_char,
        text=words.text,
        kind=ORGANIZATION,
        name=PersonName(tuple(fold(words.text).split()), "", ""),
        sent=index.sentence_of(words.start),
        in_quote=index.in_quote(words.start_char, words.end_char),
    )


def _full_name(doc: Doc, bracket: int, index: DocIndex, clusters: list[Cluster]) -> Cluster | None:
    """The organisation whose name ends right before a bracket, made when new."""
    end_char = doc[bracket - 1].idx + len(doc[bracket - 1].text)
    for cluster in clusters:
        if cluster.kind == ORGANIZATION and any(m.end == end_char for m in cluster.mentions):
            return cluster
    start = bracket
    while start > 0 and (
        doc[start - 1].text[:1].isupper()
        or (doc[start - 1].lower_ in lexicon()["name_links"] and start - 2 >= 0 and doc[start - 2].text[:1].isupper())
    ):
        start -= 1
    if bracket - start < 2 or any(c.kind != ORGANIZATION and _covers(c, doc, start, bracket) for c in clusters):
        return None
    mention = org_mention(doc, doc[start:bracket], index)
    if mention is None:
        return None
    cluster = Cluster(ORGANIZATION, mentions=[mention])
    clusters.append(cluster)
    return cluster


def _spelt_out(doc: Doc, bracket: int, short: str, index: DocIndex) -> Mention | None:
    """The words before a bracket whose initials spell an all-capitals short form; a
    lowercase word of the name may give its initial too (``Notes from Norland (NFN)``)."""
    if not (short.isalpha() and short.isupper()):
        return None
    spellings = {""}
    i = bracket - 1
    while i >= 0 and bracket - i <= MAX_SPELT_WORDS and spellings:
        token = doc[i]
        if token.is_alpha and token.text[:1].isupper():
            spellings = {token.text[0] + s for s in spellings}
            if short in spellings:
                start, end = token.idx, doc[bracket - 1].idx + len(doc[bracket - 1].text)
                text = doc.text[start:end]
                return Mention(
                    start=start,
                    end=end,
                    text=text,
                    kind=ORGANIZATION,
                    name=PersonName(tuple(fold(text).split()), "", ""),
                    sent=index.sentence_of(i),
                    in_quote=index.in_quote(start, end),
                )
            spellings = {s for s in spellings if short.endswith(s)}
        elif token.lower_ in lexicon()["name_links"]:
            initial = token.text[0].upper()
            spellings |= {initial + s for s in spellings if short.endswith(initial + s)}
        elif token.text != ",":
            return None
        i -= 1
    return None


def _covers(cluster: Cluster, doc: Doc, start: int, end: int) -> bool:
    """Whether an entity has a mention inside tokens ``[start, end)`` (a person's name)."""
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return any(first <= m.start and m.end <= last for m in cluster.mentions)
