"""Nominal frames: a cue noun whose content and source both hang on the noun.

A noun such as ``criticism`` or ``proposal`` attributes content the way a verb
does, within its own noun phrase:

- content: the noun's ``that`` clause (``the complaint that ...``, kept with
  ``that`` as PolNeAR marks it), its infinitive (``his promise to ...``) or
  the object of one of its prepositions (``her proposal for ...``);
- source: the noun's possessor (``Trump's``), or the object of its ``by``,
  ``from`` or ``among`` (``complaints from rivals that ...``). A possessive
  pronoun gives way to the subject of the verb phrase it sits in when they
  agree in number (``The senators were unsparing in their criticism of X``
  gives ``The senators``).

The lexicon (``nominal_frames`` in ``quoteattr/data/cues.json``) lists
``"noun frame"`` pairs, where ``frame`` is ``that``, ``infinitive`` or a
preposition, and the ``relations`` through which a source may hang on the
noun (``verb``, the subject of the verb taking the noun as its object, is
supported but not listed: it measured 0.42 precision on PolNeAR dev). A noun
without a source is never read: the noun alone is no attribution (``the
criticism of the plan``).

The readers of noun cues: a clause after a nominal cue (``X's claim that
...``), a light verb's noun (``made comments about X``, ``took issue with
X``) and a cue noun's own content and source (:func:`find_nominal_frame`).
"""

from __future__ import annotations

import attrs
from spacy.tokens import Span, Token

from quoteattr.cues import (
    cue_lemma,
    cue_lexicon,
    find_cue_classes,
    is_withheld,
    light_confidence,
    light_cues,
    nominal_confidence,
    nominal_frame_confidence,
    nominal_frame_relations,
    nominal_frames,
)
from quoteattr.lexicon import active_lexicon
from quoteattr.reported.candidates import NOT_TOPICS, Candidate, span_of, trim
from quoteattr.reported.filters import is_hypothetical, is_negated
from quoteattr.sources import find_source_mention, noun_phrase

#: Prepositions whose object is the source of the noun they hang on.
_SOURCE_PREPOSITIONS = frozenset({"by", "from", "among"})
#: Entity types of a prepositional object that is a time or place, not content.
_NOT_CONTENT = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "PERCENT"})
#: Entity types of a possessor that is a time, not a source (``this week's warning``).
_NOT_SOURCES = frozenset({"DATE", "TIME"})
#: Dependents showing that a clause's verb has its complement (it is no relative clause).
_COMPLEMENT_DEPS = frozenset(
    {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "oprd", "advcl", "nsubjpass", "dative"}
)
#: Grammatical number of the possessive pronouns that stand for a verb's subject.
_POSSESSIVE_NUMBER = {"his": "singular", "her": "singular", "its": "singular", "their": "plural"}


@attrs.frozen(kw_only=True)
class NominalFrame:
    """A nominal cue read in one of its frames, as token ranges of its Doc.

    Attributes:
        frame: The frame that matched (``that``, ``infinitive`` or a
            preposition).
        content: ``(start, end)`` token range of the content.
        cue: Index of the cue noun.
        source: ``(start, end)`` token range of the source mention.
        relation: How the source hangs on the noun: ``possessor``, the
            preposition (``by``, ``from``, ``among``) or ``verb`` (the
            subject of the verb that takes the noun as its object).
        confidence: The lexicon's confidence for the class.
    """

    frame: str
    content: tuple[int, int]
    cue: int
    source: tuple[int, int]
    relation: str
    confidence: float


def find_nominal_frame(token: Token) -> NominalFrame | None:
    """The content and source of a cue noun, if ``token`` is one with both.

    Args:
        token: Any token of a parsed Doc.

    Returns:
        The first frame of the noun's lexicon entry that has content, with
        its source; ``None`` when the token is no listed noun, none of its
        frames has content, or no source is found.
    """
    if token.pos_ != "NOUN":
        return None
    frames = nominal_frames().get(cue_lemma(token))
    if not frames:
        return None
    if "among" in frames:
        held = _held_among(token)
        if held is not None:
            return held
    for frame, head in _contents(token):
        if frame not in frames:
            continue
        found = _source(token)
        if found is None:
            return None
        relation, source = found
        if relation not in nominal_frame_relations():
            return None
        content = (head.left_edge.i, head.right_edge.i + 1)
        if source.start < content[1] and content[0] < source.end:
            continue
        return NominalFrame(
            frame=frame,
            content=content,
            cue=token.i,
            source=(source.start, source.end),
            relation=relation,
            confidence=nominal_frame_confidence(),
        )
    return None


def _held_among(noun: Token) -> NominalFrame | None:
    """``Clinton's support among black voters``: the group is the source, Clinton the content."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    among = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "among"), None)
    group = next((c for c in among.children if c.dep_ == "pobj"), None) if among else None
    if owner is None or group is None:
        return None
    content, source = noun_phrase(owner), noun_phrase(group)
    return NominalFrame(
        frame="among",
        content=(content.start, content.end),
        cue=noun.i,
        source=(source.start, source.end),
        relation="among",
        confidence=nominal_frame_confidence(),
    )


def _contents(noun: Token) -> list[tuple[str, Token]]:
    """The noun's candidate contents, in text order: ``(frame, content head)``."""
    found: list[tuple[str, Token]] = []
    for child in noun.rights:
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and objects[0].ent_type_ not in _NOT_CONTENT:
                found.append((child.lower_, objects[0]))
        elif child.dep_ == "acl":
            marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "aux"}}
            if "to" in marks and child.left_edge.i > noun.i:
                found.append(("infinitive", child))
            elif "that" in marks and _is_complement(child):
                found.append(("that", child))
    return found


def _is_complement(clause: Token) -> bool:
    """Whether a ``that`` clause is a complement, not a relative clause the parser misread.

    A relative clause misread as a complement lacks the argument that
    ``that`` stands for (``the case that it had lost``): it has no subject,
    or a transitive verb without its object.
    """
    deps = {c.dep_ for c in clause.children}
    if not deps & {"nsubj", "nsubjpass", "expl"}:
        return False
    return clause.pos_ != "VERB" or bool(deps & _COMPLEMENT_DEPS)


def _verb_subject(noun: Token, possessor: Token) -> Span | None:
    """The subject a possessive pronoun stands for: ``He toned down his criticism of``.

    PolNeAR marks the subject of the verb phrase as the source; it is taken
    where the pronoun agrees with it in number (``his``/``her``/``its`` with
    a singular subject, ``their`` with a plural one).
    """
    number = _POSSESSIVE_NUMBER.get(possessor.lower_)
    verb = noun.head
    if number is None or noun.dep_ not in {"dobj", "pobj"}:
        return None
    if verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    while verb.pos_ == "ADJ" and verb.dep_ in {"acomp", "oprd"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = find_source_mention(verb)
    if subject is None or subject.end > possessor.i or _number(subject.root) != number:
        return None
    return subject


def _number(token: Token) -> str:
    """``plural``, ``singular`` or ``unknown`` (a first or second person, ``who``) of a subject."""
    if token.lower_ in {"i", "me", "we", "us", "you", "who", "that", "which"}:
        return "unknown"
    if token.lower_ == "they" or token.tag_ in {"NNS", "NNPS"}:
        return "plural"
    if any(c.dep_ == "conj" for c in token.children):
        return "plural"
    return "singular"


def _source(noun: Token) -> tuple[str, Span] | None:
    """The noun's source mention and how it hangs on the noun (see :class:`NominalFrame`)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in _NOT_SOURCES:
            return "possessor", _verb_subject(noun, child) or noun_phrase(child)
    for child in noun.rights:
        if child.dep_ in {"prep", "agent"} and child.lower_ in _SOURCE_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return child.lower_, noun_phrase(objects[0])
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.i < noun.i:
        mention = find_source_mention(noun.head)
        if mention is not None:
            return "verb", mention
    return None


def read_noun_clause(token: Token) -> Candidate | None:
    """A cue noun's that-clause: ``X's claim that ...``, ``rejected the claim that ...``."""
    if token.pos_ != "NOUN" or cue_lemma(token) not in cue_lexicon()["nominal"]:
        return None
    clause = next(
        (
            c
            for c in token.rights
            if c.dep_ in {"acl", "ccomp"}
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    source: Span | None = None
    if owner is not None:
        source = noun_phrase(owner)
    elif token.dep_ == "dobj":
        source = find_source_mention(token.head)
    if source is None:
        return None
    parts = span_of([clause])
    cue = (token.idx, token.idx + len(token))
    kind = active_lexicon().kind("nominal")
    return Candidate(parts, cue, source, nominal_confidence(), kind=kind)


def read_light_noun(token: Token) -> Candidate | None:
    """A light verb's speech or stance noun: ``made comments about X``, ``took issue with X``."""
    prep = light_preposition(token)
    if prep is None:
        return None
    verb = token.head
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    source = find_source_mention(verb)
    parts = span_of(objects[:1])
    if source is None or not parts:
        return None
    cue = (verb.idx, prep.idx + len(prep))
    kind = active_lexicon().kind("light")
    return Candidate(parts, cue, source, light_confidence(), nominal=True, kind=kind)


def read_nominal_frame(token: Token) -> Candidate | None:
    """A cue noun with its own content and source: ``her proposal for ...`` (see :func:`find_nominal_frame`)."""
    found = find_nominal_frame(token)
    if found is None or (token.dep_ == "dobj" and find_cue_classes(token.head)):
        # "announced his endorsement of X": the cue verb reports the whole noun phrase
        return None
    doc = token.doc
    parts = (trim(doc, *found.content),)
    if parts[0][1] <= parts[0][0]:
        return None
    return Candidate(
        parts,
        (token.idx, token.idx + len(token)),
        doc[found.source[0] : found.source[1]],
        found.confidence,
        nominal=found.frame != "that",
        kind=active_lexicon().kind("nominal_frames"),
    )


def light_preposition(token: Token) -> Token | None:
    """The preposition whose object a light verb's cue noun attributes, if ``token`` is one."""
    verbs, nouns, prepositions = light_cues()
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or cue_lemma(token) not in nouns:
        return None
    verb = token.head
    if (
        cue_lemma(verb) not in verbs
        or is_negated(verb)
        or is_withheld(verb)
        or is_hypothetical(verb)
    ):
        return None
    # the preposition hangs on the noun, or on the verb after the noun
    after = list(token.rights) + [c for c in verb.rights if c.i > token.i]
    prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in prepositions), None)
    if prep is None:
        return None
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects or objects[0].ent_type_ in NOT_TOPICS:
        # "made comments on Monday", "in Ohio": a time or place, not what was said
        return None
    return prep
