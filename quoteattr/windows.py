"""Long documents: the attribution stages run window by window.

Source resolution reads the whole Doc (every name is clustered with every
other, every pronoun looks back over every earlier mention), so its cost
grows faster than the text. A text of up to :data:`LONG_TEXT_CHARS`
characters (a news article, however long) is read whole. A longer one is
cut at paragraph breaks into blocks of at most :data:`BLOCK_CHARS`
characters; consecutive blocks are grouped into cores of at most
:data:`CORE_CHARS`, and each core is read with one block of context on
either side, so a window holds at most ``CORE_CHARS + 2 * BLOCK_CHARS``
characters and the cost per character is bounded.

A window keeps the quotes whose content starts in its core, so every quote
is found once, with the context of the paragraphs around it (a cue or a
floating quote's speaker in the paragraph before, a multi-paragraph
quotation running into the next block). What a window cannot see:

- a name's canonical form comes from the window, not the whole text (a
  ``Lavrov`` far from any ``Sergey Lavrov`` stays ``Lavrov``);
- a pronoun or role noun finds no antecedent more than a block before;
- a quotation longer than a block may be cut.

Entity ids stay unique in the document: a named source gets the id its
(kind, name) got in an earlier window, other sources a new id. The sources
of the windows are merged the same way (one entity per id, its mentions and
quotes from every window), so quotes and sources always agree.

>>> from quoteattr.windows import find_windows
>>> text = "One.\\n\\nTwo.\\n\\nThree.\\n\\nFour."
>>> [(text[a:b], text[c:d]) for (a, b), (c, d) in find_windows(text, block_chars=8, core_chars=12)]
[('One.\\n\\nTwo.\\n\\n', 'One.\\n\\nTwo.\\n\\nThree.\\n\\n'), ('Three.\\n\\n', 'Two.\\n\\nThree.\\n\\nFour.'), ('Four.', 'Three.\\n\\nFour.')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

import attrs
from spacy.attrs import ENT_IOB
from spacy.tokens import Doc

from quoteattr.doctext import doc_text
from quoteattr.parsing import find_pieces
from quoteattr.results import Entity, Quote, Source, TextSpan

#: Texts up to this many characters are read whole.
LONG_TEXT_CHARS = 100_000
#: Longest block (paragraphs cut as :func:`quoteattr.parsing.find_pieces` does).
BLOCK_CHARS = 10_000
#: Longest core: the blocks whose quotes one window keeps.
CORE_CHARS = 40_000


def find_windows(
    text: str, *, block_chars: int = BLOCK_CHARS, core_chars: int = CORE_CHARS
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The windows a long text is read in.

    Args:
        text: The text.
        block_chars: The longest block, and the context on each side of a core.
        core_chars: The longest core, at least ``block_chars``.

    Returns:
        ``((core_start, core_end), (window_start, window_end))`` offsets, in
        order; the cores cover the text end to end.
    """
    blocks = find_pieces(text, max_chars=block_chars)
    windows = []
    first = 0
    while first < len(blocks):
        last = first
        while last + 1 < len(blocks) and blocks[last + 1][1] - blocks[first][0] <= core_chars:
            last += 1
        core = (blocks[first][0], blocks[last][1])
        window = (blocks[max(first - 1, 0)][0], blocks[min(last + 1, len(blocks) - 1)][1])
        windows.append((core, window))
        first = last + 1
    return windows


def find_quotes_in_windows(
    doc: Doc,
    find: Callable[[Doc], tuple[list[Quote], list[Entity]]],
    *,
    block_chars: int = BLOCK_CHARS,
    core_chars: int = CORE_CHARS,
) -> tuple[list[Quote], list[Entity]]:
    """Run ``find`` over each window of a long Doc and merge the quotes and sources.

    Args:
        doc: A parsed Doc.
        find: The stages over one whole Doc (never windowing again): its
            quotes and their sources.
        block_chars: The longest block, and the context on each side of a core.
        core_chars: The longest core.

    Returns:
        The quotes, sorted by position, offsets into ``doc``'s text, and their
        sources, one entity per entity id, ordered by id.
    """
    text = doc_text(doc)
    starts = [token.idx for token in doc]
    columns: list[int | str] = list(doc._get_array_attrs())
    array = doc.to_array(columns)
    ids = _EntityIds()
    quotes: list[Quote] = []
    sources: dict[int, Entity] = {}
    for core, window in find_windows(text, block_chars=block_chars, core_chars=core_chars):
        first, last = bisect_left(starts, window[0]), bisect_left(starts, window[1])
        if first >= last:
            continue
        shift = starts[first]
        core_start, core_end = (
            _token_start(starts, core[0], text),
            _token_start(starts, core[1], text),
        )
        found, entities = find(_window_doc(doc, first, last, columns, array))
        kept = [i for i, q in enumerate(found) if core_start <= q.start + shift < core_end]
        renumbered = ids.renumber([_shifted(found[i], shift, text) for i in kept])
        _merge_sources(sources, entities, kept, renumbered, len(quotes), shift, text)
        quotes.extend(renumbered)
    return quotes, [sources[i] for i in sorted(sources)]


def _merge_sources(
    sources: dict[int, Entity],
    entities: list[Entity],
    kept: list[int],
    quotes: list[Quote],
    offset: int,
    shift: int,
    text: str,
) -> None:
    """Add a window's entities that have a kept quote to ``sources``, by document-wide id.

    ``kept`` holds the window's indices of the kept ``quotes`` (already
    renumbered); their document-wide indices start at ``offset``.
    """
    new_index = {old: offset + new for new, old in enumerate(kept)}
    for entity in entities:
        indices = [new_index[i] for i in entity.quotes if i in new_index]
        if not indices:
            continue
        source = quotes[indices[0] - offset].source
        assert source is not None and source.entity_id is not None
        mentions = [TextSpan.from_offsets(text, m.start + shift, m.end + shift) for m in entity.mentions]
        earlier = sources.get(source.entity_id)
        if earlier is not None:
            mentions = sorted(set(earlier.mentions) | set(mentions), key=lambda m: (m.start, m.end))
            indices = [*earlier.quotes, *indices]
        sources[source.entity_id] = attrs.evolve(
            entity, id=source.entity_id, mentions=mentions, quotes=indices
        )


def _window_doc(doc: Doc, first: int, last: int, columns: list[int | str], array: Any) -> Doc:
    """``doc[first:last].as_doc()``, from the Doc's array computed once.

    ``Span.as_doc`` reads the whole Doc's array and entities on each call, which
    would make the windows quadratic again.
    """
    span = doc[first:last]
    part = array[first:last].copy()
    span._fix_dep_copy(columns, part)  # type: ignore[attr-defined]  # heads outside: as as_doc
    if ENT_IOB in columns and len(part) and part[0][columns.index(ENT_IOB)] == 1:
        part[0][columns.index(ENT_IOB)] = 3  # an entity cut at the start begins here
    window = Doc(
        doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span]
    )
    window.from_array(columns, part)
    return window


def _token_start(starts: list[int], offset: int, text: str) -> int:
    """The offset of the first token starting at or after ``offset``."""
    i = bisect_left(starts, offset)
    return starts[i] if i < len(starts) else len(text)


def _shifted(quote: Quote, shift: int, text: str) -> Quote:
    def span(s: TextSpan) -> TextSpan:
        return TextSpan.from_offsets(text, s.start + shift, s.end + shift)

    source = quote.source
    return attrs.evolve(
        quote,
        content=tuple(span(s) for s in quote.content),
        cue=span(quote.cue) if quote.cue is not None else None,
        source=attrs.evolve(source, mention=span(source.mention)) if source is not None else None,
    )


class _EntityIds:
    """Entity ids unique across windows: a named source keeps its earlier id."""

    def __init__(self) -> None:
        self.by_name: dict[tuple[str, str], int] = {}
        self.count = 0

    def renumber(self, quotes: list[Quote]) -> list[Quote]:
        """The quotes of one window with document-wide entity ids."""
        local: dict[int, int] = {}
        renumbered = []
        for quote in quotes:
            source = quote.source
            if source is None or source.entity_id is None:
                renumbered.append(quote)
                continue
            if source.entity_id not in local:
                local[source.entity_id] = self.new_id(source, set(local.values()))
            renumbered.append(
                attrs.evolve(quote, source=attrs.evolve(source, entity_id=local[source.entity_id]))
            )
        return renumbered

    def new_id(self, source: Source, taken: set[int]) -> int:
        """The id of a window's entity: an earlier window's for the same name, else a new one."""
        key = (str(source.kind), source.name) if source.name else None
        if key is not None and key in self.by_name and self.by_name[key] not in taken:
            return self.by_name[key]
        self.count += 1
        if key is not None:
            self.by_name[key] = self.count - 1
        return self.count - 1
