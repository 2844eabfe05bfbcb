"""A visual view of a document's quotes: a self-contained HTML page.

:func:`render` returns one page (inline CSS, no script, no external file):
the text with each quote highlighted by type, its cue underlined, its source
mention outlined in the source's colour and named in a badge after the quote,
and a side panel listing the sources with their quote counts. A box per kind
of quote (speech, thought, intention, evidence, hedge) in the header shows or hides
the quotes of that kind (CSS ``:has()``, still no script). Every piece of
text goes through :func:`html.escape`.

The command line's ``--format html`` streams a page of several documents with
:func:`page_start`, :func:`render_article` and :func:`page_end`.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from quoteattr.component import user_data_key
from quoteattr.pipeline import extract
from quoteattr.results import Entity, Quote, QuoteKind, QuoteType
from quoteattr.serialization import converter, to_entities, to_entity_ids

#: Background of a quote's content, by type.
TYPE_COLOURS = {
    QuoteType.DIRECT: "#fde68a",
    QuoteType.INDIRECT: "#bfdbfe",
    QuoteType.MIXED: "#ddd6fe",
}

#: Colour of quotes without a source.
NO_SOURCE_COLOUR = "#6b7280"

#: Colours given to the sources of a document in turn.
SOURCE_COLOURS = (
    "#dc2626", "#2563eb", "#16a34a", "#9333ea", "#ea580c",
    "#0891b2", "#be185d", "#4d7c0f", "#92400e", "#475569",
)  # fmt: skip

_CSS = """
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #1f2937;
  background: #f3f4f6; }
header.page { padding: 1rem 2rem; background: #111827; color: #f9fafb;
  font-family: system-ui, sans-serif; }
header.page h1 { margin: 0; font-size: 1.25rem; }
.legend { margin-top: .4rem; font-size: .85rem; }
.legend span { margin-right: 1rem; padding: 0 .4rem; border-radius: 3px; color: #111827; }
.legend .cue { color: #f9fafb; }
section.doc { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 1.5rem;
  margin: 1.5rem 2rem; }
section.doc h2 { grid-column: 1 / -1; margin: 0; font: 600 1.1rem system-ui, sans-serif; }
article.text { background: #fff; padding: 1.5rem 2rem; border-radius: 8px;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); white-space: pre-wrap; overflow-wrap: anywhere; }
aside.sources { background: #fff; padding: 1rem 1.25rem; border-radius: 8px;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); align-self: start; font-family: system-ui, sans-serif;
  font-size: .9rem; }
aside.sources h3 { margin: 0 0 .5rem; font-size: 1rem; }
aside.sources ol { list-style: none; margin: 0; padding: 0; }
aside.sources li { display: flex; align-items: baseline; gap: .5rem; padding: .3rem 0;
  border-bottom: 1px solid #e5e7eb; }
aside.sources .swatch { width: .8rem; height: .8rem; border-radius: 50%; flex: none; }
aside.sources .name { flex: 1; font-weight: 600; }
aside.sources .kind { color: #6b7280; font-size: .8rem; }
aside.sources .count { font-variant-numeric: tabular-nums; font-weight: 700; }
aside.sources .types { display: block; color: #6b7280; font-size: .75rem; font-weight: 400; }
aside.sources p.none { color: #6b7280; margin: 0; }
.q { border-radius: 2px; }
.q-direct { background: #fde68a; }
.q-indirect { background: #bfdbfe; }
.q-mixed { background: #ddd6fe; }
.cue { font-weight: 700; text-decoration: underline 2px #b91c1c; text-underline-offset: 3px; }
.src { font-weight: 700; border-bottom: 3px solid var(--c); }
.who { font: 600 .7rem system-ui, sans-serif; color: #fff; background: var(--c);
  padding: 0 .35rem; border-radius: 3px; margin-left: .2rem; vertical-align: super;
  white-space: nowrap; }
.error { margin: 1.5rem 2rem; padding: 1rem; background: #fee2e2; border-radius: 8px;
  font-family: system-ui, sans-serif; }
"""

#: The kind filter: an unticked kind's quotes lose their highlight and their badges.
_KIND_CSS = ".kinds { margin-top: .3rem; font: .85rem system-ui, sans-serif; }\n" + "".join(
    f"body:has(#kind-{k.value}:not(:checked)) .q.k-{k.value} {{ background: none; }}\n"
    f"body:has(#kind-{k.value}:not(:checked)) .who.k-{k.value} {{ display: none; }}\n"
    for k in QuoteKind
)


def render(
    text_or_doc: str | Doc, quotes: Sequence[Quote] | None = None, *, title: str = ""
) -> str:
    """A self-contained HTML page showing who said what in a document.

    Args:
        text_or_doc: The text, or a parsed Doc.
        quotes: The document's quotes; by default the Doc's ``doc._.quotes``
            when the quoteattr component ran, else :func:`quoteattr.extract`'s.
        title: A heading for the document.

    Returns:
        The page, as a string.
    """
    if quotes is None:
        quotes = _quotes_of(text_or_doc)
    text = text_or_doc.text if isinstance(text_or_doc, Doc) else text_or_doc
    return page_start(title or "quoteattr") + render_article(text, quotes) + page_end()


def page_start(title: str = "quoteattr") -> str:
    """The start of a page: head, styles, heading and legend."""
    legend = "".join(f'<span class="q-{kind.value}">{kind.value}</span>' for kind in QuoteType)
    boxes = "".join(
        f'<label><input type="checkbox" id="kind-{kind.value}" checked> {kind.value}</label>'
        for kind in QuoteKind
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}{_KIND_CSS}</style>\n</head>\n<body>\n"
        f'<header class="page"><h1>{html.escape(title)}</h1>'
        f'<div class="legend">{legend}<span class="cue">cue</span>'
        '<span class="src" style="--c:#f9fafb;color:#f9fafb">source</span></div>'
        f'<div class="kinds">show: {boxes}</div></header>\n'
    )


def page_end() -> str:
    """The end of a page."""
    return "</body>\n</html>\n"


def render_article(
    text: str,
    quotes: Sequence[Quote],
    *,
    title: str = "",
    entities: Sequence[Entity] | None = None,
) -> str:
    """One document's section: the highlighted text and the sources panel.

    ``entities`` (from :func:`quoteattr.find_sources`) give each source in the
    panel a tooltip with its gender, role and affiliation as the text gives them.
    """
    profiles = {e.id: e for e in entities or ()}
    entities = to_entities(quotes)
    entity_ids = to_entity_ids(quotes)
    colours = {e.id: SOURCE_COLOURS[i % len(SOURCE_COLOURS)] for i, e in enumerate(entities)}
    colour_of = [NO_SOURCE_COLOUR if id_ is None else colours[id_] for id_ in entity_ids]
    heading = f"<h2>{html.escape(title)}</h2>\n" if title else ""
    return (
        f'<section class="doc">\n{heading}'
        f'<article class="text">{_highlight(text, quotes, colour_of)}</article>\n'
        f"{_sources_panel(quotes, entities, entity_ids, colours, profiles)}</section>\n"
    )


def render_error(id_: object, error: str) -> str:
    """A section for a document that failed."""
    return (
        f'<div class="error"><strong>{html.escape(str(id_))}</strong>: {html.escape(error)}</div>\n'
    )


def profile_tooltip(entity: Entity | None) -> str:
    """A source's profile on one line each: ``gender: female (she)``, ``role: MP``, ``affiliation: Labour``."""
    if entity is None:
        return ""
    lines = []
    if entity.gender is not None:
        if entity.gender_source == "name":
            lines.append(f"gender: {entity.gender} (estimated from the first name)")
        else:
            evidence = entity.gender_evidence.text if entity.gender_evidence else ""
            lines.append(f"gender: {entity.gender} ({evidence})")
    if entity.role is not None:
        lines.append(f"role: {' '.join(entity.role.text.split())}")
    if entity.affiliation is not None:
        lines.append(f"affiliation: {' '.join(entity.affiliation.text.split())}")
    lines.extend(entity.warnings)
    return "\n".join(lines)


def _quotes_of(text_or_doc: str | Doc) -> list[Quote]:
    if isinstance(text_or_doc, Doc):
        data = text_or_doc.user_data.get(user_data_key("quotes"))
        if data is not None:
            return [converter.structure(item, Quote) for item in data]
    return extract(text_or_doc)


def _highlight(text: str, quotes: Sequence[Quote], colour_of: list[str]) -> str:
    """The text as HTML, each character wrapped in the marks that cover it."""
    marks: list[tuple[int, int, str, str, str]] = []  # start, end, class, style, tooltip
    badges: dict[int, list[str]] = {}
    for i, quote in enumerate(quotes):
        colour = colour_of[i]
        who = quote.speaker or "no source"
        cue = quote.cue.text if quote.cue else "no cue"
        kind = quote.kind.value
        tip = f"{quote.type.value} · {kind} · {cue} · {who} · confidence {quote.confidence:.2f}"
        for segment in quote.content:
            marks.append((segment.start, segment.end, f"q q-{quote.type.value} k-{kind}", "", tip))
        if quote.cue is not None:
            marks.append((quote.cue.start, quote.cue.end, "cue", "", f"cue of: {who}"))
        if quote.source is not None:
            mention = quote.source.mention
            source_kind = quote.source.kind.value
            marks.append(
                (mention.start, mention.end, "src", f"--c:{colour}", f"{who} ({source_kind})")
            )
        badge = (
            f'<span class="who k-{kind}" style="--c:{colour}" title="{html.escape(tip)}">'
            f"{html.escape(who)}</span>"
        )
        badges.setdefault(quote.end, []).append(badge)
    cuts = sorted({0, len(text), *badges, *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m[0] <= start and end <= m[1] and m[0] < m[1]]
        piece = html.escape(text[start:end])
        for _, _, css_class, style, tip in covering:
            style_attr = f' style="{style}"' if style else ""
            piece = (
                f'<span class="{css_class}"{style_attr} title="{html.escape(tip)}">{piece}</span>'
            )
        pieces.append(piece)
        pieces.extend(badges.get(end, []))
    if not text:
        pieces.extend(badges.get(0, []))
    return "".join(pieces)


def _sources_panel(
    quotes: Sequence[Quote],
    entities: list[Entity],
    entity_ids: list[int | None],
    colours: dict[int, str],
    profiles: dict[int, Entity] | None = None,
) -> str:
    counts = Counter(entity_ids)
    types: dict[int | None, Counter[str]] = {}
    for quote, id_ in zip(quotes, entity_ids):
        types.setdefault(id_, Counter())[quote.type.value] += 1
    rows: list[tuple[str, str, str, int | None]] = [
        (entity.name or entity.mentions[0].text, entity.kind.value, colours[entity.id], entity.id)
        for entity in entities
    ]
    if counts[None]:
        rows.append(("no source", "", NO_SOURCE_COLOUR, None))
    rows.sort(key=lambda row: -counts[row[3]])
    items = []
    for name, kind, colour, id_ in rows:
        detail = ", ".join(f"{n} {type_}" for type_, n in sorted(types[id_].items()))
        tooltip = profile_tooltip((profiles or {}).get(id_)) if id_ is not None else ""
        title_attr = f' title="{html.escape(tooltip)}"' if tooltip else ""
        items.append(
            f'<li{title_attr}><span class="swatch" style="background:{colour}"></span>'
            f'<span class="name">{html.escape(name)}'
            f'<span class="types">{html.escape(detail)}</span></span>'
            f'<span class="kind">{html.escape(kind)}</span>'
            f'<span class="count">{counts[id_]}</span></li>'
        )
    body = f"<ol>{''.join(items)}</ol>" if items else '<p class="none">No quotes found.</p>'
    total = len(quotes)
    return (
        f'<aside class="sources"><h3>Sources · {total} quote{"s" if total != 1 else ""}</h3>'
        f"{body}</aside>\n"
    )
