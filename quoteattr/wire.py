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
  source of the body; only when asked for, :func:`find_headline_attributions`
  reads it as a headline attribution (``MINISTER SAYS TALKS WILL GO ON``: the
  minister, indirectly);
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

from quoteattr.lexicon import active_lexicon
from quoteattr.results import Quote, QuoteType, Source, SourceKind, TextSpan

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
#: Confidence of a headline attribution read without a parse.
HEADLINE_CONFIDENCE = 0.6
#: The most words before a headline's cue that may name its source.
_MAX_HEADLINE_SOURCE = 5
#: The fewest words of a headline attribution's content.
_MIN_HEADLINE_CONTENT = 2
#: Words (and marks) that end a headline's source or content.
_HEADLINE_BREAKS = frozenset({"-", "--", "\u2013", "\u2014", ":", ";", "|"})
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
    found += [(start, end, "headline") for start, end in _capitals_lines(text)]
    return sorted(found)


def _capitals_lines(text: str) -> list[tuple[int, int]]:
    """The all-capitals lines of two words or more (no colon): headlines in a body."""
    return [
        (m.start(), m.end())
        for m in CAPITALS_LINE.finditer(text)
        if len(m.group().split()) >= 2 and ":" not in m.group()
    ]


def find_headline_attributions(text: str) -> list[Quote]:
    """The attributions of the all-capitals headline lines of ``text``, read without a parse.

    A line such as ``MINISTER SAYS TALKS WILL GO ON`` is an indirect quote: the
    words before the first headline verb (the lexicon's ``headline_verbs``, in
    capitals: ``SAYS``, ``WARNS``, ``CLAIMS``, ...) are the source mention, the
    verb is the cue, and the rest of the line, up to a dash, colon or
    semicolon, is the content. The source is left unresolved (``name=None``):
    a headline in capitals does not say whether ``MINISTER`` is a name.
    Offsets index ``text`` as given. The pipeline never calls this by default
    (``headlines=True`` asks for it).

    Args:
        text: The text, whose all-capitals lines are read (:data:`CAPITALS_LINE`).

    Returns:
        One quote per headline line that has a source, a cue and two words of
        content, in text order; ``[]`` when there is none.
    """
    verbs = {form.upper() for form in active_lexicon().words("headline_verbs", "forms")}
    found = []
    for start, end in _capitals_lines(text):
        quote = _read_capitals_headline(text, start, end, verbs)
        if quote is not None:
            found.append(quote)
    return found


def _read_capitals_headline(text: str, start: int, end: int, verbs: set[str]) -> Quote | None:
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    cue = next((i for i, (s, e) in enumerate(words) if text[s:e].rstrip(",.!?") in verbs), None)
    if cue is None or cue == 0:
        return None
    first = cue
    while first > 0 and not _ends_headline_part(text[words[first - 1][0] : words[first - 1][1]]):
        first -= 1
    if not 0 < cue - first <= _MAX_HEADLINE_SOURCE:
        return None
    content: list[tuple[int, int]] = []
    for s, e in words[cue + 1 :]:
        if text[s:e] in _HEADLINE_BREAKS:
            break
        content.append((s, e))
        if _ends_headline_part(text[s:e]):
            break
    if len(content) < _MIN_HEADLINE_CONTENT or text[slice(*content[0])] == "TO":
        return None  # "OFFICIAL SAID TO QUIT" reports a rumour, not the official's words
    cue_end = words[cue][0] + len(text[words[cue][0] : words[cue][1]].rstrip(",.!?"))
    return Quote(
        type=QuoteType.INDIRECT,
        content=(_trimmed(text, content[0][0], content[-1][1]),),
        cue=TextSpan.from_offsets(text, words[cue][0], cue_end),
        source=Source(mention=_trimmed(text, words[first][0], words[cue - 1][1])),
        confidence=HEADLINE_CONFIDENCE,
    )


def _ends_headline_part(word: str) -> bool:
    """Whether a headline's source or content ends at (or after) ``word``."""
    return word in _HEADLINE_BREAKS or word.endswith((",", ";", ":"))


def _trimmed(text: str, start: int, end: int) -> TextSpan:
    """The span of ``text[start:end]`` without the marks that end it (``ON.``, ``OUT!``)."""
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return TextSpan.from_offsets(text, start, end)


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
