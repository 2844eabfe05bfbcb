"""Wire-copy conventions: what in a news-agency body is markup, not speech.

Agency copy (and the database exports that carry it) wraps the story in
conventions that the attribution stages would otherwise read as words:

- a dateline opens the story (``KNOKKE-HEIST, Belgium, April 5 -``,
  ``LONDON (Reuters) -``, ``WASHINGTON (AP) —``, ``PARIS, March 3 (AFP) -``):
  it is never a source nor part of a quote;
- a company's ticker follows its name (``Harwell Foods Inc <HWF>``,
  ``Acme Corp (NYSE: ACM)``): the ticker belongs to the company's mention,
  so the source is the company, and ``Harwell said`` later is the same source;
- an all-capitals line (a headline inside the body) is never a quote nor a
  source;
- sign-offs and credits (`` Reuter``, ``(Reporting by ...; Editing by ...)``,
  ``Copyright 2015 ...``, ``All Rights Reserved``, an author's e-mail
  address, ``X contributed to this report.``) are not quotes, and a name
  they hold is nobody's name in the story.

:func:`apply_wire_conventions` applies these to the quotes found in a text;
the attribution pipeline calls it last. It only drops or narrows quotes and
renames sources, so every offset still indexes the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quoteattr.results import Quote, Source, SourceKind, TextSpan

_CITY = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*"
_PLACE = r"(?:,\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+)*)?"
_DAY = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
_AGENCY = r"(?:\s+\([A-Za-z][A-Za-z .&\-]{0,30}\))?"
_ANY_CITY = r"(?i:[a-z][a-z.'\-]+(?:\s+[a-z][a-z.'\-]+){0,2})"
_DASH = r"\s+(?:-{1,2}|\u2013|\u2014)\s+"
#: A dateline at the start of a paragraph, up to its dash: a city in capitals,
#: or a city in any case followed by a country, a day or an agency.
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:{_CITY}{_PLACE}{_DAY}{_AGENCY}|{_ANY_CITY}(?:,\s+[A-Za-z][A-Za-z.'\-]+"
    rf"(?:\s+[A-Za-z][A-Za-z.'\-]+)*)?(?:,\s+[A-Za-z]{{3,9}}\.?\s+\d{{1,2}}|\s+\([A-Za-z][A-Za-z .&\-]{{0,30}}\))+)"
    rf"{_DASH}"
)
#: A ticker after a company's name: ``<HWF>``, ``<NORB.F>``, ``(NYSE: ACM)``.
TICKER = re.compile(
    r"\s*(?:<[A-Z0-9][A-Z0-9.\-]{0,9}>|\((?:[A-Z]{2,8}(?:/[A-Z]+)?):\s*[A-Z0-9.\-]{1,10}\))"
)
#: A line that is a sign-off or a credit.
CREDIT_LINE = re.compile(
    r"(?im)^[ \t]*(?:reuters?|\(?(?:reporting|writing|additional reporting|editing)\s+by\b.*"
    r"|(?:copyright|\(c\)|\u00a9)\s.*|all rights reserved\.?"
    r"|\S+@\S+\.\w+|.*\bcontributed (?:to )?this (?:report|story|article)\.?)[ \t]*\r?$"
)
#: An all-capitals line of two words or more (a headline in the body).
CAPITALS_LINE = re.compile(r"(?m)^[ \t]*[A-Z0-9][A-Z0-9 ,.'\-:;!?&$%\u2019]*[A-Z][ \t]*\r?$")
#: Words of a company's name before its ticker.
_COMPANY = re.compile(r"(?:[A-Z][\w&.'\-]*\s+){0,5}[A-Z][\w&.'\-]*$")


def find_wire_markup(text: str) -> list[tuple[int, int, str]]:
    """The wire conventions of ``text``: ``(start, end, kind)``, sorted.

    Kinds: ``dateline``, ``ticker``, ``credit`` and ``headline``.
    """
    found = [(m.start(), m.end(), "dateline") for m in DATELINE.finditer(text)]
    found += [
        (m.start(), m.end(), "ticker")
        for m in TICKER.finditer(text)
        if _company_before(text, m.start())
    ]
    found += [
        (m.start(), m.end(), "credit") for m in CREDIT_LINE.finditer(text) if m.group().strip()
    ]
    found += [
        (m.start(), m.end(), "headline")
        for m in CAPITALS_LINE.finditer(text)
        if len(m.group().split()) >= 2 and ":" not in m.group()
    ]
    return sorted(found)


def _company_before(text: str, at: int) -> str | None:
    match = _COMPANY.search(text, max(0, at - 80), at)
    return match.group() if match else None


def apply_wire_conventions(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of ``text`` with its wire conventions applied (:func:`wire_conventions`)."""
    return [quote for quote in wire_conventions(text, quotes) if quote is not None]


def wire_conventions(text: str, quotes: Sequence[Quote]) -> list[Quote | None]:
    """Each quote of ``text`` with its wire conventions applied, ``None`` where it is dropped.

    - A quote inside a credit, sign-off or all-capitals line is dropped.
    - A content span that starts in a dateline starts after it; a source
      mention inside a dateline, a credit or an all-capitals line is no source.
    - A source mention that is a ticker (or holds one) becomes the company's
      name before it, and so do the sources resolved to that ticker or to a
      word of the company's name (``Harwell said``).
    - A source name that occurs in the text only inside credits or
      all-capitals lines is dropped
      (the mention stays).
    """
    markup = find_wire_markup(text)
    if not markup:
        unchanged: list[Quote | None] = list(quotes)
        return unchanged
    lines = [(s, e) for s, e, kind in markup if kind in ("credit", "headline")]
    datelines = [(s, e) for s, e, kind in markup if kind == "dateline"]
    companies: dict[str, str] = {}
    for start, end, kind in markup:
        if kind == "ticker":
            company = _company_before(text, start)
            if company:
                ticker = text[start:end].strip(" <>()").split(":")[-1].strip()
                companies[ticker] = company
                companies[company.split()[0]] = company
    credit_text = "".join(text[s:e] for s, e in lines)
    outside = text
    for start, end in lines:
        outside = outside[:start] + " " * (end - start) + outside[end:]
    result: list[Quote | None] = []
    for quote in quotes:
        if all(_inside(span.start, span.end, lines) for span in quote.content):
            result.append(None)
            continue
        content = tuple(_after_dateline(text, span, datelines) for span in quote.content)
        content = tuple(span for span in content if span.end > span.start)
        if not content:
            result.append(None)
            continue
        source = quote.source
        if source is not None:
            source = _wire_source(text, source, markup, companies, credit_text, outside)
        result.append(attrs.evolve(quote, content=content, source=source))
    return result


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in regions)


def _after_dateline(text: str, span: TextSpan, datelines: Sequence[tuple[int, int]]) -> TextSpan:
    for start, end in datelines:
        if start <= span.start < end:
            new_start = min(end, span.end)
            return TextSpan(start=new_start, end=span.end, text=text[new_start : span.end])
    return span


def _wire_source(
    text: str,
    source: Source,
    markup: Sequence[tuple[int, int, str]],
    companies: dict[str, str],
    credit_text: str,
    outside: str,
) -> Source | None:
    mention = source.mention
    for start, end, kind in markup:
        if kind == "ticker" and mention.start < end and start < mention.end:
            company = _company_before(text, start)
            if company:
                begin = start - len(company)
                mention = TextSpan(start=begin, end=start, text=text[begin:start])
                return attrs.evolve(
                    source, mention=mention, name=company, kind=SourceKind.ORGANIZATION
                )
        if kind != "ticker" and start <= mention.start and mention.end <= end:
            return None
    name = source.name
    if name is not None and name in companies:
        return attrs.evolve(source, name=companies[name], kind=SourceKind.ORGANIZATION)
    if mention.text in companies:
        return attrs.evolve(source, name=companies[mention.text], kind=SourceKind.ORGANIZATION)
    if (
        name is not None
        and name.lower() in credit_text.lower()
        and name.lower() not in outside.lower()
    ):
        return attrs.evolve(source, name=None)
    return source
