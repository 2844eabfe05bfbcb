"""Typed, frozen results: what quoteattr returns.

Nothing here imports spaCy. A result holds character offsets into the original
text plus the text they cover, never live ``Token`` or ``Span`` objects, so
results can be stored, compared, hashed and sent between processes.

Offsets are Python ``str`` indices, half-open: ``text[span.start:span.end] ==
span.text`` for the text the result was extracted from.

``None`` means "unknown" or "not given by the text"; an empty tuple means
"looked for, none found". Each field's docstring says which.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable
from typing import Any

import attrs


class QuoteType(enum.StrEnum):
    """How the content is reported."""

    #: The content is entirely inside quotation marks.
    DIRECT = "direct"
    #: Reported speech or a claim with no quotation marks.
    INDIRECT = "indirect"
    #: Reported speech that contains a quoted fragment.
    MIXED = "mixed"


class QuoteKind(enum.StrEnum):
    """What kind of attribution a quote is: the kind of its cue (the lexicon's ``kinds``)."""

    #: What a source said, wrote or asked (``said``, ``according to``, a quotation).
    SPEECH = "speech"
    #: What a source believes, holds or judges (``thinks``, ``is confident that``).
    THOUGHT = "thought"
    #: What a source means or wants to do (``vowed to``, ``wants to``).
    INTENTION = "intention"
    #: What a poll, study or report shows (``polls show``, ``In the latest poll, ...``).
    EVIDENCE = "evidence"
    #: A claim hedged with no source (``is reportedly planning``, ``is said to be``): only
    #: when asked for by kind, always with ``source=None`` and a low confidence.
    HEDGE = "hedge"


class SourceKind(enum.StrEnum):
    """What kind of source a quote is attributed to."""

    #: A named or identifiable person (``Mr Lavrov``, ``he``, ``the President``).
    PERSON = "person"
    #: A named organisation (``the State Department``, ``Reuters``).
    ORGANIZATION = "organization"
    #: A named work that speaks for its authors: a book, a report, a film (``The Quiet Years``).
    WORK = "work"
    #: A plural or collective source (``officials``, ``three agencies``, ``they``).
    GROUP = "group"
    #: A single source the text does not name (``a senior official``, ``a new poll``).
    UNNAMED = "unnamed"
    #: Not determined.
    UNKNOWN = "unknown"


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class TextSpan:
    """A stretch of the original text: ``text == original[start:end]``.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
        text: The characters covered.
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) must be >= start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"text has {len(self.text)} characters but the offsets "
                f"[{self.start}, {self.end}) cover {self.end - self.start}"
            )

    @classmethod
    def from_offsets(cls, text: str, start: int, end: int) -> TextSpan:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start


def _to_spans(spans: Iterable[TextSpan]) -> tuple[TextSpan, ...]:
    """Any iterable of spans as a tuple (lets callers pass lists)."""
    return tuple(spans)


def _check_confidence(instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be in [0, 1], got {value}")


@attrs.frozen(kw_only=True)
class Source:
    """Who a quote is attributed to.

    Attributes:
        mention: The source as written, nearest the cue (``Mr Lavrov``, ``he``,
            ``The President``, ``a senior official``).
        name: The canonical full name (``Sergey Lavrov``); ``None`` when the
            source has no name (unnamed, generic or plural sources) or it could
            not be resolved.
        kind: Person, organisation, work, group, unnamed or unknown.
        entity_id: Identifies the entity within one document: two quotes whose
            sources have the same ``entity_id`` have the same source. ``None``
            when the source was not linked to an entity.
    """

    mention: TextSpan
    name: str | None = None
    kind: SourceKind = SourceKind.UNKNOWN
    entity_id: int | None = None


@attrs.frozen(kw_only=True)
class Quote:
    """One attribution: who said (or claimed, or believes) what.

    Attributes:
        type: Direct, indirect or mixed.
        content: The attributed content as one or more segments, in text
            order. A quote interrupted by its cue (``"X," he said. "Y."``) is
            one quote with two segments. Never empty.
        cue: The reporting verb or phrase (``said``, ``according to``, ``:``),
            or ``None`` when the text gives none (a floating quote).
        source: Who it is attributed to, or ``None`` when the text gives no
            source.
        confidence: How sure quoteattr is that this is a real attribution, in
            [0, 1].
        kind: The kind of attribution, from its cue (:class:`QuoteKind`):
            speech, thought, intention or evidence; a quotation is speech. A
            sourceless hedge (``hedge``) is returned only when asked for by kind.
    """

    type: QuoteType = attrs.field(converter=QuoteType)
    content: tuple[TextSpan, ...] = attrs.field(converter=_to_spans)
    cue: TextSpan | None = None
    source: Source | None = None
    confidence: float = attrs.field(default=1.0, validator=_check_confidence)
    kind: QuoteKind = attrs.field(default=QuoteKind.SPEECH, converter=QuoteKind)

    @content.validator
    def _check_content(self, attribute: attrs.Attribute[Any], value: tuple[TextSpan, ...]) -> None:
        if not value:
            raise ValueError("a quote needs at least one content segment")
        for before, after in itertools.pairwise(value):
            if after.start < before.end:
                raise ValueError("content segments must be in text order and not overlap")

    @property
    def start(self) -> int:
        """Offset where the content begins."""
        return self.content[0].start

    @property
    def end(self) -> int:
        """Offset where the content ends."""
        return self.content[-1].end

    @property
    def text(self) -> str:
        """The content's segments joined by a space."""
        return " ".join(segment.text for segment in self.content)

    @property
    def speaker(self) -> str | None:
        """The canonical source name, else the mention as written, else ``None``."""
        if self.source is None:
            return None
        return self.source.name or self.source.mention.text


#: The values of ``Entity.gender`` besides ``None``.
GENDERS = ("female", "male")
#: The values of ``Entity.gender_source`` besides ``None``: the text's own word, or a name estimate.
GENDER_SOURCES = ("text", "name")


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    """Any iterable of strings as a tuple (lets callers pass lists)."""
    return tuple(values)


def _int_tuple(values: Iterable[int]) -> tuple[int, ...]:
    """Any iterable of indices as a tuple (lets callers pass lists)."""
    return tuple(values)


@attrs.frozen(kw_only=True)
class Entity:
    """A source the document quotes, with every mention of it.

    Attributes:
        id: The ``Source.entity_id`` of the quotes attributed to it.
        name: Canonical full name, or ``None`` for unnamed and group sources.
        kind: Person, organisation, work, group, unnamed or unknown.
        mentions: Every mention of the entity found in the text, in order.
        quotes: Indices, in the list of quotes it was built from, of the quotes
            attributed to it; empty when none (or not known).
        gender: ``"female"`` or ``"male"`` as the text refers to the person
            (a pronoun resolved to them, an honorific, a gendered noun for
            them), or an estimate from the first name when asked for (see
            ``gender_source``); ``None`` when unknown, conflicting or not a person.
        gender_evidence: The first word of the text that gives ``gender``;
            ``None`` when the gender is unknown or estimated from the name.
        gender_source: ``"text"`` when the text gives the gender, ``"name"``
            when it is an estimate from the first name (opt-in); ``None`` when
            the gender is unknown.
        role: The job, title or description the text gives the person, without
            the organisation (``head of currency strategy``, ``MP``); ``None``
            when the text gives none.
        affiliation: The organisation, party, team or country the text attaches
            to that role (``Bank of America``, ``Labour``); ``None`` when none.
        warnings: Coded messages about this entity (``W201``: the text gives
            conflicting genders); empty when none.
    """

    id: int
    name: str | None
    kind: SourceKind
    mentions: tuple[TextSpan, ...] = attrs.field(converter=_to_spans, default=())
    quotes: tuple[int, ...] = attrs.field(converter=_int_tuple, default=())
    gender: str | None = attrs.field(
        default=None, validator=attrs.validators.in_(GENDERS + (None,))
    )
    gender_evidence: TextSpan | None = None
    gender_source: str | None = attrs.field(
        default=None, validator=attrs.validators.in_(GENDER_SOURCES + (None,))
    )
    role: TextSpan | None = None
    affiliation: TextSpan | None = None
    warnings: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
