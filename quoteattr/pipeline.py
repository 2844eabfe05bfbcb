"""The whole attribution pipeline over a parsed Doc, and the text-level API."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.boilerplate import drop_boilerplate
from quoteattr.direct import find_direct_quotes, speech_quotations
from quoteattr.doctext import doc_text, to_quotation_text
from quoteattr.errors import (
    Errors,
    IncompatibleDocError,
    InputTypeError,
    NotEnglishWarning,
    type_hint,
)
from quoteattr.followon import find_follow_on_quotes, split_follow_on
from quoteattr.inputs import repair_text
from quoteattr.labels import apply_labels
from quoteattr.lexicon import Lexicon, using_lexicon
from quoteattr.linebreaks import with_text
from quoteattr.models import load
from quoteattr.parsing import parse_text
from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from quoteattr.reported.hedges import find_hedges
from quoteattr.resolution import resolve_attributions
from quoteattr.results import Entity, Quote, QuoteKind, QuoteType
from quoteattr.unattributed import QUOTATION_CHOICES, find_unattributed_quotations
from quoteattr.windows import LONG_TEXT_CHARS, find_quotes_in_windows
from quoteattr.wire import find_headline_attributions, wire_conventions


def find_attributions(
    doc: Doc,
    *,
    lexicon: Lexicon | None = None,
    quotations: str = "attributed",
    profiles: bool = True,
    gender_from_names: bool = False,
    hedges: bool = False,
    headlines: bool = False,
) -> tuple[list[Quote], list[Entity]]:
    """Every attribution in a parsed Doc and its sources, resolved once.

    A Doc longer than :data:`~quoteattr.windows.LONG_TEXT_CHARS` characters
    is read in overlapping windows (:mod:`quoteattr.windows`).

    Args:
        doc: A Doc parsed by a pipeline with a dependency parser and NER.
        lexicon: The cue lexicon; default :meth:`quoteattr.Lexicon.default`
            (or the one in use, see :mod:`quoteattr.lexicon`).
        quotations: ``"attributed"`` (default): the attributions only;
            ``"all"``: also every other quotation (titles, scare quotes,
            dialogue without a cue), as a direct quote with no cue, no source
            and a low confidence (:mod:`quoteattr.unattributed`).
        profiles: Give each person source the gender, role and affiliation the
            text gives them (:mod:`quoteattr.resolution.profiles`).
        gender_from_names: With ``profiles``, where the text gives no gender,
            estimate it from the first name (``gender_source="name"``).
        hedges: Also every claim hedged without a source (``is reportedly
            planning``, ``is said to be``), as a quote of kind ``hedge`` with
            no source and a low confidence (:mod:`quoteattr.reported.hedges`).
        headlines: Also read each all-capitals headline line as an attribution
            (``MINISTER SAYS TALKS WILL GO ON``: an indirect quote of
            ``MINISTER``, cue ``SAYS``), each source a new entity
            (:func:`quoteattr.wire.find_headline_attributions`). Such a line is
            never a source nor a quote of the body either way.

    Returns:
        The quotes, sorted by position, with resolved sources; and one entity
        per source (:func:`find_sources`), whose ``quotes`` index that list.

    Raises:
        IncompatibleDocError: The Doc has no parse or no entities (``E004``).
        ValueError: ``quotations`` is neither ``"attributed"`` nor ``"all"`` (``E085``).
    """
    if quotations not in QUOTATION_CHOICES:
        raise ValueError(Errors.E085.format(value=quotations))
    check_doc(doc)
    find = functools.partial(
        _find_attributions_whole, profiles=profiles, gender_from_names=gender_from_names
    )
    with using_lexicon(lexicon):
        if len(doc_text(doc)) > LONG_TEXT_CHARS:
            quotes, entities = find_quotes_in_windows(doc, find)
        else:
            quotes, entities = find(doc)
    text = doc_text(doc)
    quotes, entities = _with_wire_conventions(text, quotes, entities)
    if headlines:
        quotes, entities = _with_headlines(text, quotes, entities)
    if hedges or quotations == "all":
        every = find_quotations(to_quotation_text(text))
        if hedges:
            found = find_hedges(doc, every, quotes, lexicon=lexicon)
            quotes, entities = _with_added(quotes, entities, found)
        if quotations == "all":
            unattributed = find_unattributed_quotations(text, every, quotes)
            quotes, entities = _with_added(quotes, entities, unattributed)
    return quotes, entities


def _with_added(
    quotes: list[Quote], entities: list[Entity], added: list[Quote]
) -> tuple[list[Quote], list[Entity]]:
    """The quotes with ``added`` ones in text order, the entities' quote indices moved
    (an added quote's own entity, if any, indexes it at ``len(quotes) + its position``)."""
    if not added:
        return quotes, entities
    combined = quotes + added
    order = sorted(range(len(combined)), key=lambda i: (combined[i].start, combined[i].end))
    position = {old: new for new, old in enumerate(order)}
    moved = [attrs.evolve(e, quotes=sorted(position[i] for i in e.quotes)) for e in entities]
    return [combined[i] for i in order], moved


def _with_headlines(
    text: str, quotes: list[Quote], entities: list[Entity]
) -> tuple[list[Quote], list[Entity]]:
    """The quotes with the all-capitals headlines' attributions added, each source a new entity."""
    added: list[Quote] = []
    new_entities: list[Entity] = []
    next_id = max((entity.id for entity in entities), default=-1) + 1
    for quote in find_headline_attributions(text):
        if quote.source is None:
            continue
        entity_id = next_id + len(added)
        source = attrs.evolve(quote.source, entity_id=entity_id)
        new_entities.append(
            Entity(
                id=entity_id,
                name=None,
                kind=source.kind,
                mentions=(source.mention,),
                quotes=(len(quotes) + len(added),),
            )
        )
        added.append(attrs.evolve(quote, source=source))
    return _with_added(quotes, entities + new_entities, added)


def _with_wire_conventions(
    text: str, quotes: list[Quote], entities: list[Entity]
) -> tuple[list[Quote], list[Entity]]:
    """The quotes with the text's wire conventions applied (:mod:`quoteattr.wire`), and
    their sources renumbered: a quote dropped, or left without a source, leaves its
    source; a source left with no quote is dropped; a source renamed (a ticker that
    becomes its company) takes the new name."""
    applied = wire_conventions(text, quotes)
    if all(new is old for new, old in zip(applied, quotes)):
        return quotes, entities
    kept = [i for i, quote in enumerate(applied) if quote is not None]
    new_quotes = [quote for quote in applied if quote is not None]
    position = {old: new for new, old in enumerate(kept)}
    renumbered = []
    for entity in entities:
        indices = [position[i] for i in entity.quotes if i in position]
        sources = [s for i in indices if (s := new_quotes[i].source) is not None]
        indices = [i for i in indices if new_quotes[i].source is not None]
        if entity.quotes and not indices:
            continue
        names = {source.name for source in sources}
        name = names.pop() if len(names) == 1 else entity.name
        renumbered.append(attrs.evolve(entity, quotes=indices, name=name))
    return new_quotes, renumbered


def find_quotes(
    doc: Doc,
    *,
    lexicon: Lexicon | None = None,
    quotations: str = "attributed",
    hedges: bool = False,
    headlines: bool = False,
) -> list[Quote]:
    """Every attribution in a parsed Doc, sorted by position.

    Args:
        doc: A Doc parsed by a pipeline with a dependency parser and NER.
        lexicon: The cue lexicon; default :meth:`quoteattr.Lexicon.default`.
        quotations: ``"attributed"`` (default) or ``"all"``: also every
            quotation not read as attributed speech (see :func:`find_attributions`).
        hedges: Also the claims hedged without a source, as quotes of kind
            ``hedge`` (see :func:`find_attributions`).
        headlines: Also the attributions of all-capitals headline lines
            (see :func:`find_attributions`).

    Returns:
        The quotes, with resolved sources (:func:`find_attributions`).

    Raises:
        IncompatibleDocError: The Doc has no parse or no entities (``E004``).
        ValueError: ``quotations`` is neither ``"attributed"`` nor ``"all"`` (``E085``).
    """
    quotes, _ = find_attributions(
        doc,
        lexicon=lexicon,
        quotations=quotations,
        profiles=False,
        hedges=hedges,
        headlines=headlines,
    )
    return quotes


def find_sources(
    doc: Doc, quotes: list[Quote] | None = None, *, gender_from_names: bool = False
) -> list[Entity]:
    """The document's sources: who said what, one entity per source.

    Each person has the gender, role and affiliation the text gives them
    (:func:`~quoteattr.resolution.profiles.find_profiles`).

    Args:
        doc: A parsed Doc.
        quotes: Its quotes (from :func:`find_quotes`); found when ``None``.
        gender_from_names: Where the text gives no gender, estimate it from the
            first name (``gender_source="name"``).

    Returns:
        One entity per source, ordered by its first quote, with every mention
        of it in the text (a name inside a longer mention, ``Lavrov`` in ``Mr
        Lavrov``, counts once, as the longer) and the indices of its quotes in
        ``quotes``.
    """
    if quotes is None:
        _, entities = find_attributions(doc, gender_from_names=gender_from_names)
    else:
        _, entities = resolve_attributions(doc, quotes, gender_from_names=gender_from_names)
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
    if isinstance(text, str):
        if not text.strip():
            return []
        text = load(nlp)(text)
    if not isinstance(text, Doc):
        raise InputTypeError(Errors.E003.format(type_name=type(text).__name__, hint=type_hint(text)))
    check_doc(text)
    return find_sources(text, gender_from_names=gender_from_names)


def _find_attributions_whole(
    doc: Doc, *, profiles: bool, gender_from_names: bool
) -> tuple[list[Quote], list[Entity]]:
    """The stages over the whole Doc at once."""
    text = doc_text(doc)
    quotations = find_quotations(to_quotation_text(text))
    direct = find_direct_quotes(doc, quotations)
    speech = speech_quotations(quotations)
    reported = split_follow_on(text, speech, find_reported_speech(doc, quotations))
    quotes = merge_quotes(direct, reported)
    quotes += find_follow_on_quotes(text, speech, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = apply_labels(doc, text, quotes, quotations)
    quotes = drop_boilerplate(quotes, text)
    return resolve_attributions(
        doc, quotes, profiles=profiles, gender_from_names=gender_from_names
    )


def merge_quotes(direct: list[Quote], reported: list[Quote]) -> list[Quote]:
    """Direct and reported quotes combined, in text order, each attribution once.

    - A reported clause holding a quoted fragment is one mixed quote: the
      direct quotes of its fragments are dropped.
    - A reported clause entirely inside quotation marks (``X said: "..."``)
      is a direct quote: the direct stage's quote of it is kept, the reported
      one dropped; it is kept when the direct stage missed it.
    - A mixed quote that starts inside a quotation the direct stage kept and
      runs past it (``wrote: "...". ,According to ...``) crossed the
      quotation's end: it is dropped, the direct quote kept.
    - Reported cues inside a quotation never reach here (nested attributions
      are not counted).
    - Of quotes with the same content, the most confident is kept.

    Args:
        direct: Quotes of the direct stage.
        reported: Quotes of the reported-speech stage.

    Returns:
        The merged quotes sorted by position.
    """
    mixed = [q for q in reported if q.type is QuoteType.MIXED]
    kept = [q for q in direct if not any(m.start <= q.start < m.end for m in mixed)]
    kept += [
        q
        for q in reported
        if q.type is QuoteType.INDIRECT or not any(_overlap(q, d) for d in kept)
    ]
    best: dict[tuple[int, int], Quote] = {}
    for quote in kept:
        key = (quote.start, quote.end)
        if key not in best or quote.confidence > best[key].confidence:
            best[key] = quote
    return sorted(best.values(), key=lambda q: (q.start, q.end))


def _overlap(first: Quote, second: Quote) -> bool:
    return any(a.start < b.end and b.start < a.end for a in first.content for b in second.content)


def check_doc(doc: Doc) -> None:
    """Raise ``E004`` when ``doc`` lacks a dependency parse or entities."""
    if len(doc) == 0:
        return
    missing = []
    if not doc.has_annotation("DEP"):
        missing.append("dependency parse")
    if not doc.has_annotation("ENT_IOB"):
        missing.append("named entities")
    if missing:
        raise IncompatibleDocError(Errors.E004.format(missing=" and no ".join(missing)))


def extract(
    text: str | Doc,
    *,
    nlp: str | Language | None = None,
    fast: bool = False,
    lexicon: Lexicon | None = None,
    kinds: Iterable[str] | None = None,
    quotations: str = "attributed",
    fix_text: bool = False,
    headlines: bool = False,
) -> list[Quote]:
    """Every attribution in a text: who said (or claimed) what.

    Args:
        text: The article text, or a Doc already parsed.
        nlp: The pipeline (or its name) to parse a ``str`` with; default
            :func:`quoteattr.load`'s. Ignored for a Doc.
        fast: Parse each sentence only as far as the stages need: fully
            where an attribution may be, for names only elsewhere
            (:mod:`quoteattr.parsing`). A text
            longer than a piece (100,000 characters) is parsed in pieces cut
            at paragraph boundaries either way.
        lexicon: The cue lexicon, for the prefilter and every stage; default
            :meth:`quoteattr.Lexicon.default` (see :mod:`quoteattr.lexicon`).
        kinds: Keep only quotes of these kinds (:class:`quoteattr.QuoteKind`:
            ``speech``, ``thought``, ``intention``, ``evidence``, ``hedge``);
            default all but ``hedge``. Sourceless hedges (``is reportedly
            planning``) are looked for only when ``hedge`` is asked for.
        quotations: ``"attributed"`` (default) or ``"all"``: also every
            quotation not read as attributed speech (see :func:`find_quotes`).
        fix_text: Repair mojibake first (:func:`quoteattr.inputs.repair_text`,
            the ``fix`` extra); the offsets then index the repaired text.
            Ignored for a Doc.
        headlines: Also read each all-capitals headline line as an
            attribution (``MINISTER SAYS TALKS WILL GO ON``), never by default
            (see :func:`find_attributions`).

    Returns:
        The quotes, sorted by position; ``[]`` when there are none.

    Raises:
        InputTypeError: ``text`` is not a ``str`` or ``Doc`` (``E003``).
        IncompatibleDocError: The Doc has no parse or entities (``E004``).
        ValueError: ``quotations`` is neither ``"attributed"`` nor ``"all"`` (``E085``).
        ModelNotFound: No pipeline is installed (``E001``, ``E002``).
        LexiconTypeError: ``lexicon`` is not a :class:`quoteattr.Lexicon` (``E114``).
        ValueError: ``kinds`` names an unknown kind (``E115``).
        MissingExtraError: ``fix_text`` without ftfy installed (``E083``).

    Warns:
        NotEnglishWarning: The pipeline or the Doc is not English (``W001``).
    """
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)  # read twice below
    if isinstance(text, Doc):
        if text.lang_ != "en":
            warnings.warn(Errors.W001.format(lang=text.lang_), NotEnglishWarning, stacklevel=2)
        found = find_quotes(
            text,
            lexicon=lexicon,
            quotations=quotations,
            hedges=wants_hedges(kinds),
            headlines=headlines,
        )
        return keep_kinds(found, kinds)
    if not isinstance(text, str):
        raise InputTypeError(Errors.E003.format(type_name=type(text).__name__, hint=type_hint(text)))
    if quotations not in QUOTATION_CHOICES:
        raise ValueError(Errors.E085.format(value=quotations))
    keep_kinds([], kinds)  # a wrong kind fails before the parse
    if fix_text:
        text = repair_text(text)
    with using_lexicon(lexicon):
        if not text.strip():
            return []
        hedges = wants_hedges(kinds)
        doc = parse_text(load(nlp), text, fast=fast, hedges=hedges)
        found = find_quotes_of(
            doc, text, quotations=quotations, hedges=hedges, headlines=headlines
        )
        return keep_kinds(found, kinds)


def find_quotes_of(
    doc: Doc,
    text: str,
    *,
    quotations: str = "attributed",
    hedges: bool = False,
    headlines: bool = False,
) -> list[Quote]:
    """:func:`find_quotes` of a Doc parsed from ``text``, the spans holding ``text``'s characters.

    The Doc's text is the parse view of ``text`` (:mod:`quoteattr.linebreaks`):
    the same offsets, with soft line breaks read as spaces.
    """
    quotes = find_quotes(doc, quotations=quotations, hedges=hedges, headlines=headlines)
    return quotes if doc_text(doc) == text else with_text(quotes, text)


def wants_hedges(kinds: Iterable[str] | None) -> bool:
    """Whether ``kinds`` asks for sourceless hedges (never by default: ``None``)."""
    if kinds is None:
        return False
    return QuoteKind.HEDGE.value in ([kinds] if isinstance(kinds, str) else kinds)


def keep_kinds(quotes: list[Quote], kinds: Iterable[str] | None) -> list[Quote]:
    """The quotes of the given kinds (all when ``kinds`` is ``None``).

    Hedges are in ``quotes`` only when they were asked for (:func:`wants_hedges`).

    Raises:
        ValueError: A kind is not a :class:`~quoteattr.results.QuoteKind` (``E115``).
    """
    if kinds is None:
        return quotes
    wanted = set()
    for kind in [kinds] if isinstance(kinds, str) else kinds:
        try:
            wanted.add(QuoteKind(kind))
        except ValueError:
            allowed = ", ".join(k.value for k in QuoteKind)
            raise ValueError(Errors.E115.format(kind=kind, allowed=allowed)) from None
    return [q for q in quotes if q.kind in wanted]


def keep_sources(entities: Iterable[Entity], kept: list[int]) -> list[Entity]:
    """The entities with quote indices into the kept quotes; those left without one dropped.

    Args:
        entities: Sources whose ``quotes`` index a list of quotes.
        kept: The indices, in that list, of the quotes kept, in order.
    """
    new_index = {old: new for new, old in enumerate(kept)}
    found = []
    for entity in entities:
        quotes = [new_index[i] for i in entity.quotes if i in new_index]
        if quotes or not entity.quotes:
            found.append(attrs.evolve(entity, quotes=quotes))
    return found
