"""Source profiles: each person's gender, role and affiliation as the text gives them.

Gender comes only from how the text refers to the person:

- a pronoun the resolver linked to them (``he``, ``her``: the entity's
  pronoun mentions);
- a gendered honorific before one of their names (``Mr``, ``Mrs``, ``Dame``,
  ``Baroness``);
- a gendered noun the text uses for them (``Assemblywoman Jane Doe``,
  ``Jane Doe, his wife,``, ``Doe is a spokeswoman``).

The first such word is the evidence. When the words disagree the gender is
left unknown and the entity carries a ``W201`` warning, never a vote. A
gender from the first name (``gender-guesser``'s list) is only an opt-in
estimate, marked ``gender_source="name"``.

Role and affiliation come from the phrases that describe one of the
person's names, wherever it stands in the document: an appositive (``Robert
Sinche, head of currency strategy at Bank of America,``), a noun the name is
in apposition to (``the party's chairman, Kelly Armstrong``), titles before
the name (``Labour MP Ann Cole``, ``Russian Foreign Minister Sergey
Lavrov``), a copula (``Cole is a Labour MP``, ``Cole, who is a ...``) and an
``of``/``at``/``for`` phrase on the name (``Ann Cole of Labour``). The role is
the job or description without the organisation; the affiliation is the
organisation, party, team or country named with it (a proper-noun modifier,
a possessive, or the object of ``of``/``at``/``for``). The first description
in the text wins. The word lists are ``quoteattr/data/profiles.json`` and
``names.json``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.doctext import doc_text
from quoteattr.errors import Errors
from quoteattr.names_data import lexicon, role_key, word_key
from quoteattr.resolution.affiliations import (
    affiliation_extent,
    end_char,
    is_affiliation_token,
    is_person,
    is_role_word,
    name_affiliation,
    named_in_full,
    names_organisation,
    object_extent,
    organisation_noun,
    possessor,
    profile_lexicon,
    proper_not_role,
    role_words,
)
from quoteattr.resolution.mentions import name_tokens, title_run
from quoteattr.resolution.names import (
    first_name_gender,
    fold,
    honorific_gender,
    is_honorific,
    parse_person_name,
)
from quoteattr.results import Entity, SourceKind, TextSpan

__all__ = ["find_profiles", "profile_lexicon"]

#: Dependency labels of the parts of a noun phrase that are not its description
#: (a relative clause, a further appositive, a parenthesis).
_CUT_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "punct", "cc", "conj", "parataxis"})
_DETERMINERS = frozenset({"DET", "PRON"})
#: A pronoun linked to a person counts as evidence at most this many sentences after one of
#: the person's mentions.
PRONOUN_SENTENCES = 1


def word_gender(word: str) -> str | None:
    """``"male"``/``"female"`` for a gendered honorific or noun (``Mrs``, ``wife``), else ``None``."""
    gender = honorific_gender(word)
    if gender is None:
        gender = profile_lexicon()["gendered_nouns"].get(word_key(word))
    return gender


def _pronoun_gender(word: str) -> str | None:
    lowered = word.lower()
    if lowered in lexicon()["male_pronouns"]:
        return "male"
    if lowered in lexicon()["female_pronouns"]:
        return "female"
    return None


@attrs.frozen
class _Description:
    """One description of a person: a role and/or an affiliation, where the text gives it."""

    position: int
    role: tuple[int, int] | None
    affiliation: tuple[int, int] | None
    genders: tuple[tuple[int, int, str], ...] = ()
    #: From a role noun standing for the person, not from a description of their name:
    #: used only when no name is described.
    fallback: bool = False


def find_profiles(
    doc: Doc,
    entities: Iterable[Entity],
    *,
    pronouns: Mapping[int, Sequence[TextSpan]] | None = None,
    gender_from_names: bool = False,
) -> list[Entity]:
    """The entities with the gender, role and affiliation the text gives each person.

    Args:
        doc: The parsed Doc the entities were found in.
        entities: The document's entities (from the resolver), with their mentions.
        pronouns: By entity id, the pronouns the resolver linked to it besides
            its mentions (``his`` in ``his wife``); their gender is evidence.
        gender_from_names: Where the text gives no gender, estimate it from the
            first name (``gender_source="name"``). Off by default: a name is
            not the text's word.

    Returns:
        The same entities in the same order; a person gains ``gender``,
        ``gender_evidence``, ``gender_source``, ``role``, ``affiliation`` and,
        when the text's references disagree, a ``W201`` warning. Other kinds
        are returned as they are.
    """
    text = doc_text(doc)
    entities = list(entities)
    # the words of the people's names: a word the entity recogniser tags as a person's but
    # that is no one's name here is a team's, a place's or a party's (``Maroochy captain``)
    person_words = frozenset(
        word
        for entity in entities
        if entity.kind is SourceKind.PERSON and entity.name
        for word in fold(entity.name).split()
    )
    return [
        _profile(
            doc,
            text,
            entity,
            (pronouns or {}).get(entity.id, ()),
            gender_from_names,
            person_words,
        )
        if entity.kind is SourceKind.PERSON
        else entity
        for entity in entities
    ]


def _profile(
    doc: Doc,
    text: str,
    entity: Entity,
    pronouns: Sequence[TextSpan],
    gender_from_names: bool,
    person_words: frozenset[str],
) -> Entity:
    evidence: list[tuple[int, int, str]] = []
    descriptions: list[_Description] = []
    for mention in (*entity.mentions, *_near_mentions(doc, entity, pronouns)):
        pronoun = _pronoun_gender(mention.text)
        if pronoun is not None:
            evidence.append((mention.start, mention.end, pronoun))
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        name = _name_in(span, entity.name)
        if name is None:
            # a role noun the resolver linked to the person (``The President said``)
            described = _noun_phrase(doc, span.root, doc[span.start : span.start])
            if described is not None:
                descriptions.append(attrs.evolve(described, fallback=True))
            continue
        evidence.extend(_honorific(doc, name))
        descriptions.extend(describe_name(doc, name, person_words=person_words))
    for description in descriptions:
        evidence.extend(description.genders)
    changes: dict[str, Any] = {}
    genders = {gender for _, _, gender in evidence}
    if len(genders) == 1:
        start, end, gender = min(evidence)
        changes.update(
            gender=gender,
            gender_evidence=TextSpan.from_offsets(text, start, end),
            gender_source="text",
        )
    elif len(genders) > 1:
        female = min(e for e in evidence if e[2] == "female")
        male = min(e for e in evidence if e[2] == "male")
        warning = Errors.W201.format(
            name=entity.name or entity.mentions[0].text,
            female=text[female[0] : female[1]],
            male=text[male[0] : male[1]],
        )
        changes["warnings"] = (*entity.warnings, warning)
    elif gender_from_names and entity.name:
        parsed = parse_person_name(entity.name)
        guess = first_name_gender(entity.name.split()[0]) if parsed.full else None
        if guess is not None:
            changes.update(gender=guess, gender_source="name")
    chosen = _first_description(descriptions)
    if chosen is not None:
        if chosen.role is not None:
            changes["role"] = TextSpan.from_offsets(text, *chosen.role)
        if chosen.affiliation is not None:
            affiliation = named_in_full(doc, chosen.affiliation)
            changes["affiliation"] = TextSpan.from_offsets(text, *affiliation)
    return attrs.evolve(entity, **changes)


def _near_mentions(doc: Doc, entity: Entity, pronouns: Sequence[TextSpan]) -> list[TextSpan]:
    """The linked pronouns at most :data:`PRONOUN_SENTENCES` sentences after a mention of the entity.

    A pronoun far from any mention was linked by the resolver's last resort
    (the latest compatible name): too weak to say what the text calls the person.
    """
    starts = sorted(m.start for m in entity.mentions)
    bounds = sorted(sent.start_char for sent in doc.sents)

    def sentence(offset: int) -> int:
        return bisect_right(bounds, offset) - 1

    kept = []
    for pronoun in pronouns:
        before = [s for s in starts if s < pronoun.start]
        if before and sentence(pronoun.start) - sentence(before[-1]) <= PRONOUN_SENTENCES:
            kept.append(pronoun)
    return kept


def _name_in(span: Span, canonical: str | None) -> Span | None:
    """The person's name inside a mention as written (``Labour MP Ann Cole`` -> ``Ann Cole``).

    The last run of words of the canonical name; ``None`` when the mention has
    none (``The President``); for a person with no canonical name, the mention
    without its honorifics and titles.
    """
    words = set(fold(canonical).split()) if canonical else set()
    end = None
    for token in reversed(span):
        if fold(token.text) in words:
            end = token.i + 1
            break
    if end is None:
        # no word of the name: a role noun or pronoun standing for the person
        return None if words else name_tokens(span)
    start = end - 1
    while start > span.start and fold(span.doc[start - 1].text) in words:
        start -= 1
    # a title the entity recogniser took into the name (``Pope Francis``, ``Ecologist
    # Ann Wu``) is read as a title
    while end - start > 1 and (
        word_key(span.doc[start].text) in role_words() or is_honorific(span.doc[start].text)
    ):
        start += 1
    return span.doc[start:end]


def _first_description(descriptions: list[_Description]) -> _Description | None:
    """The first description with a role (else the first with an affiliation)."""
    ordered = sorted(descriptions, key=lambda d: (d.fallback, d.position))
    with_role = [d for d in ordered if d.role is not None]
    if with_role:
        return with_role[0]
    return ordered[0] if ordered else None


def _honorific(doc: Doc, name: Span) -> list[tuple[int, int, str]]:
    """The gendered honorific right before a name (``Mr``, ``Mrs.``, ``Dame``)."""
    i = name.start - 1
    if i >= 0 and doc[i].text == "." and i > 0:
        i -= 1
    if i < 0 or not is_honorific(doc[i].text):
        return []
    gender = honorific_gender(doc[i].text)
    return [(doc[i].idx, doc[i].idx + len(doc[i].text.rstrip(".")), gender)] if gender else []


def describe_name(
    doc: Doc, name: Span, *, person_words: frozenset[str] = frozenset()
) -> list[_Description]:
    """Every description the text attaches to one occurrence of a person's name.

    Args:
        doc: The parsed Doc.
        name: The tokens of the name (no honorific or title).
        person_words: The folded words of the document's people's names; a word
            tagged as a person's that is none of them is read as an organisation's
            or a place's. Empty: every word tagged as a person's is one.

    Returns:
        The descriptions, from titles before the name, appositives, the noun
        the name is in apposition to, a copula and an ``of``/``at``/``for``
        phrase on the name.
    """
    found = []
    before = _prenominal(doc, name, person_words)
    if before is not None:
        found.append(before)
    root = name.root
    for child in root.children:
        if child.dep_ == "appos" and not (name.start <= child.i < name.end):
            described = _noun_phrase(doc, child, name, person_words)
            if described is not None:
                found.append(described)
    if root.dep_ == "appos" and root.head.i < name.start:
        described = _noun_phrase(doc, root.head, name, person_words)
        if described is not None:
            found.append(described)
    leading = _role_before_comma(doc, name)
    if leading is not None and not (root.dep_ == "appos" and root.head.i == leading.i):
        described = _noun_phrase(doc, leading, name, person_words)
        if described is not None:
            found.append(described)
    copula = _copula(doc, root, name)
    if copula is not None:
        described = _noun_phrase(doc, copula, name, person_words)
        if described is not None:
            found.append(described)
    affiliation = name_affiliation(root, name, person_words)
    if affiliation is not None:
        if before is not None and before.role is not None and before.affiliation is None:
            # ``Director Lena Hart of the Norland Health Institute``: one description
            found[0] = attrs.evolve(before, affiliation=affiliation)
        else:
            found.append(_Description(name.start_char, None, affiliation))
    return found


def _prenominal(doc: Doc, name: Span, person_words: frozenset[str]) -> _Description | None:
    """Titles written before the name: ``Bank of America strategist``, ``Labour MP``."""
    run = title_run(doc, name.start)
    if run and run[-1].pos_ in ("ADP", "DET"):
        # ``the harsh criticism of Ann Cole``: the name is an object, not a titled name
        run = []
    while (
        run
        and run[0].i >= 2
        and doc[run[0].i - 1].text in ("-", "–")
        and not (doc[run[0].i - 2].whitespace_ or doc[run[0].i - 1].whitespace_)
    ):
        # ``director-general``, ``Ex-Prime Minister``: the run stops at the hyphen
        run = [doc[run[0].i - 2], doc[run[0].i - 1], *run]
    if run and run[0].i >= 2 and doc[run[0].i - 1].lower_ in ("and", "&"):
        # ``Local actor and producer Sam Reed``: titles joined by a conjunction
        other = doc[run[0].i - 2]
        if other.pos_ in ("NOUN", "PROPN") and other.ent_type_ != "PERSON":
            run = [*title_run(doc, run[0].i - 1), doc[run[0].i - 1], *run]
    if person_words and (run or name.start > 0):
        # ``Harwell captain``, ``Dalmere RCMP Constable``: title_run stops at a word tagged
        # as a person's; one that is no one's name here is a team's, a town's, a force's
        first = run[0].i if run else name.start
        while (
            first > 0
            and doc[first - 1].pos_ == "PROPN"
            and doc[first - 1].ent_type_ == "PERSON"
            and not is_person(doc[first - 1], person_words)
            and "\n" not in doc[first - 1].text_with_ws
            and len(run) < 8
        ):
            first -= 1
            run = [doc[first], *run]
    # keep only the words that modify the name (a date or a verb's object before it is not a
    # title); a role word right before the name is a title however the parser attached it
    # (``Niger's president Ada Musa said``)
    while run and not (
        name.start <= run[0].head.i < name.end
        or run[0].head in run
        or (
            is_role_word(run[0]) and run[0].pos_ in ("NOUN", "PROPN") and run[0].i + 1 == name.start
        )
    ):
        run = run[1:]
    role_honorific = None
    while run and (
        is_honorific(run[0].text) and word_gender(run[0].text) is None or run[0].lower_ == "of"
    ):
        if word_key(run[0].text) in profile_lexicon()["role_honorifics"]:
            role_honorific = run[0]
        run = run[1:]
    run = [
        t
        for t in run
        if not (
            t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL")
            or (is_person(t, person_words) and not is_role_word(t))
        )
    ]
    genders = tuple(
        (t.idx, t.idx + len(t.text.rstrip(".")), g)
        for t in run
        if (g := word_gender(t.text)) is not None
    )
    titles = [
        t
        for t in run
        if not (is_honorific(t.text) and word_gender(t.text) is not None and _bare_honorific(t))
    ]
    affiliation = possessor(doc, titles[0].i if titles else name.start)
    if not titles:
        if role_honorific is not None:
            # ``Dr. Ann Cole``: the title says the job when nothing else does
            span = (role_honorific.idx, end_char(role_honorific))
            return _Description(name.start_char, span, affiliation, genders, fallback=True)
        if affiliation is None and not genders:
            return None
        return _Description(name.start_char, None, affiliation, genders)
    # the role is the run's last words that are not an organisation's, a party's or a
    # place's (``Former NSA deputy director``: ``deputy director``); a portfolio before a
    # minister's title is the title's own (``Information Minister``)
    portfolio = word_key(titles[-1].text) in profile_lexicon()["portfolio_titles"]
    first_role = len(titles)
    while first_role > 0:
        token = titles[first_role - 1]
        if portfolio and word_key(token.text) in profile_lexicon()["portfolio_words"]:
            # ``Civil Aviation Minister``: the portfolio is the title's, whatever its tag
            first_role -= 1
            continue
        # the word right before the name is a role if it can be one (``Broadcaster Ann Cole``,
        # not the broadcaster as an organisation)
        last = first_role == len(titles) and is_role_word(token)
        organisation = is_affiliation_token(token) or (organisation_noun(token) and not last)
        if organisation or proper_not_role(token):
            break
        first_role -= 1
    if first_role == len(titles):
        return _Description(name.start_char, None, _extent(titles), genders)
    before_role = titles[:first_role]
    while before_role and not (
        is_affiliation_token(before_role[0])
        or organisation_noun(before_role[0])
        or proper_not_role(before_role[0])
    ):
        before_role = before_role[1:]
    if before_role:
        affiliation = affiliation_extent(before_role[0], before_role[-1], stop=titles[first_role].i)
    start = _after_qualifiers(doc, titles[first_role].i, titles[-1].i + 1)
    role_tokens = _first_listed([t for t in titles if t.i >= start])
    role = (role_tokens[0].idx, end_char(role_tokens[-1]))
    return _Description(name.start_char, role, affiliation, genders)


def _first_listed(tokens: list[Token]) -> list[Token]:
    """Of roles joined by ``and``, the first listed (``party leader and Prime Minister``:
    ``party leader``), unless each is one word (``actor and producer``: one role)."""
    for k, token in enumerate(tokens):
        if token.lower_ in ("and", "&") and 0 < k < len(tokens) - 1:
            before = tokens[k - 1]
            if (k == 1 and len(tokens) == 3) or not (
                is_role_word(before)
                and word_key(before.text) not in profile_lexicon()["portfolio_words"]
            ):
                # ``actor and producer``; ``trade and industry commissioner``: one role
                return tokens
            return tokens[:k]
    return tokens


def _after_qualifiers(doc: Doc, start: int, end: int) -> int:
    """The start of a role without its leading qualifiers (``incumbent``, ``longtime``,
    ``local``): they describe the tenure or the place, not the job. ``former`` stays."""
    qualifiers = profile_lexicon()["role_qualifiers"]
    while end - start > 1 and word_key(doc[start].text) in qualifiers:
        start += 1
    return start


def _bare_honorific(token: Token) -> bool:
    """Whether a word is an honorific only (``Mr``), not also a role (``Lord``, ``Queen``)."""
    return word_key(token.text) in (
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "mx",
        "sir",
        "dame",
        "madam",
    )


def _extent(tokens: list[Token]) -> tuple[int, int]:
    return (tokens[0].idx, end_char(tokens[-1]))


#: Dependency labels a role noun heading ``the chair of the board, Ann Cole, said`` may have:
#: a subject or an apposition, not a preposition's or a verb's object (``Speaking to the
#: minister, Ann Cole said`` gives Cole no role).
_LEADING_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "ROOT", "dep", "npadvmod"})


def _role_before_comma(doc: Doc, name: Span) -> Token | None:
    """The role noun of a phrase right before ``, NAME``, however the parser attached the name.

    ``The chief executive of Acme, Ann Cole, said``: the parser often makes the
    name an apposition of ``Acme``; the phrase ending at the comma is headed by
    the role noun the name is in apposition to.
    """
    comma = name.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    token = doc[comma - 1]
    for _ in range(8):
        if (
            token.pos_ in ("NOUN", "PROPN")
            and is_role_word(token)
            and token.ent_type_ != "PERSON"
            and (token.dep_ in _LEADING_ROLE_DEPS or _according_to(token))
        ):
            return token
        head = token.head
        if head.i == token.i or head.i >= comma or token.dep_ not in ("pobj", "prep", "compound"):
            return None
        token = head
    return None


def _according_to(token: Token) -> bool:
    """Whether a noun is the object of ``according to`` (``According to his wife, Ann,``)."""
    return (
        token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
    )


def _copula(doc: Doc, root: Token, name: Span) -> Token | None:
    """The noun a copula gives the name: ``Cole is a Labour MP``, ``Cole, who is a Labour MP``."""
    verb = None
    after = [t for t in doc[name.end : name.end + 3] if t.text != ","]
    if root.dep_ in ("nsubj",) and root.head.lemma_ == "be":
        verb = root.head
    elif len(after) > 1 and after[0].lower_ == "who" and after[1].lemma_ == "be":
        # ``talks with Ann Cole, who is the party's chair``, however the clause is attached
        verb = after[1]
    else:
        for child in root.children:
            if (
                child.dep_ == "relcl"
                and child.lemma_ == "be"
                and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children)
            ):
                verb = child
                break
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _noun_phrase(
    doc: Doc, head: Token, name: Span, person_words: frozenset[str] = frozenset()
) -> _Description | None:
    """The role and affiliation of a noun phrase that describes the person.

    ``head of currency strategy at Bank of America`` gives the role ``head of
    currency strategy`` and the affiliation ``Bank of America``; ``a Labour
    MP`` gives ``MP`` and ``Labour``; ``Tesco's chief executive`` gives
    ``chief executive`` and ``Tesco``.
    """
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if (
        head.pos_ == "PROPN"
        and word_key(head.text) not in role_words()
        and role_key(head.text) not in role_words()
    ):
        return None
    if head.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if word_key(head.lemma_) in profile_lexicon()["not_roles"]:
        return None
    # The phrase: the head with its modifiers before it and its complements after it,
    # up to a comma, a relative clause, a further appositive or the name itself.
    left = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.i != left - 1 and child.right_edge.i != left - 1:
            break
        left = child.left_edge.i
    right = head.i + 1
    for child in sorted(head.rights, key=lambda t: t.i):
        if child.dep_ in _CUT_DEPS or (name.start <= child.i < name.end) or child.i != right:
            break
        right = child.right_edge.i + 1
    # a relation names its other end (``mother of Tom Reed``, ``Tom Reed's mother``): that is
    # part of the role, never an affiliation
    relation = word_key(head.lemma_) in profile_lexicon()["relations"] or (
        word_key(head.text) in profile_lexicon()["relations"]
    )
    # another person's name ends the phrase (``Ambassador to the UN Rosa Pereira``)
    for token in doc[head.i + 1 : right]:
        if relation:
            break
        if token.ent_type_ == "PERSON" and not (name.start <= token.i < name.end):
            right = token.i
            break
    tokens = [t for t in doc[left:right] if not (name.start <= t.i < name.end)]
    # a phrase never reaches back over a line break (a byline above ``Another witness, ...``)
    breaks = [k for k, t in enumerate(tokens) if t.i < head.i and "\n" in t.text_with_ws]
    if breaks:
        tokens = tokens[breaks[-1] + 1 :]
    if not tokens:
        return None
    affiliation: tuple[int, int] | None = None
    role_start = tokens[0].i
    role_end = right
    # leading determiners, possessives and proper-noun modifiers
    i = 0
    while i < len(tokens) and tokens[i].i < head.i:
        token = tokens[i]
        if token.pos_ in _DETERMINERS or token.dep_ in ("det", "poss", "predet"):
            owner = token if token.dep_ == "poss" and token.pos_ == "PROPN" else None
            if owner is not None and owner.ent_type_ in profile_lexicon()["affiliation_entities"]:
                affiliation = (owner.left_edge.idx, end_char(owner))
            # skip the possessor's whole phrase and its 's
            i = (
                next(
                    (
                        k
                        for k, t in enumerate(tokens)
                        if t.i > token.i and t.tag_ != "POS" and t.i > token.right_edge.i
                    ),
                    len(tokens),
                )
                if token.dep_ == "poss"
                else i + 1
            )
            continue
        if token.tag_ == "POS" or token.is_punct or token.pos_ in ("ADV", "SPACE"):
            # ``formerly the director``
            i += 1
            continue
        break
    rest = [t for t in tokens[i:] if t.tag_ != "POS"]
    if not rest:
        return None
    modifiers = [t for t in rest if t.i < head.i]
    portfolio = word_key(head.text) in profile_lexicon()["portfolio_titles"]
    affiliated = [
        t
        for t in modifiers
        if t.tag_ != "POS"
        and not (portfolio and word_key(t.text) in profile_lexicon()["portfolio_words"])
        and (is_affiliation_token(t) or proper_not_role(t) or organisation_noun(t))
    ]
    if affiliated and affiliated[0].i == rest[0].i:
        # a run of proper nouns first: ``a Labour MP``, ``the Bank of America strategist``
        k = 0
        while k < len(modifiers) and modifiers[k] in affiliated:
            k += 1
        if k < len(rest):
            affiliation = affiliation or affiliation_extent(rest[0], rest[k - 1], stop=rest[k].i)
            rest = rest[k:]
    role_start = rest[0].i
    owner = next((t for t in tokens if t.dep_ == "poss" and t.i < head.i), None)
    if relation and owner is not None and owner.pos_ == "PROPN":
        role_start = owner.left_edge.i
        affiliation = None
    # an organisation after the head: ``of Tesco``, ``at Bank of America``
    for token in doc[head.i + 1 : right]:
        if relation:
            if token.dep_ == "prep" and token.lower_ != "of":
                # ``husband of Ann Cole on the campaign trail``: the relation, not the scene
                role_end = token.i
                break
            continue
        if token.dep_ == "prep" and token.lower_ in profile_lexicon()["affiliation_prepositions"]:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and names_organisation(objects[0], person_words):
                affiliation = affiliation or object_extent(objects[0])
                role_end = token.i
                break
    for token in doc[role_start:role_end]:
        if token.pos_ == "CCONJ" and token.i + 1 < role_end and doc[token.i + 1].pos_ == "DET":
            # ``co-author of the report and a lecturer in ...``: the first role listed
            role_end = token.i
            break
    while role_end > role_start and (
        doc[role_end - 1].is_punct or doc[role_end - 1].pos_ in ("CCONJ", "SPACE")
    ):
        role_end -= 1
    role_start = _after_qualifiers(doc, role_start, role_end)
    while role_start < role_end and (
        doc[role_start].is_space or doc[role_start].lower_ in lexicon()["indefinite"]
    ):
        # ``Another eyewitness`` after a paragraph break
        role_start += 1
    if role_end <= role_start:
        return None
    role = (doc[role_start].idx, end_char(doc[role_end - 1]))
    genders: tuple[tuple[int, int, str], ...] = ()
    gender = word_gender(head.text)
    if gender is not None:
        genders = ((head.idx, end_char(head), gender),)
    position = min(head.idx, name.start_char)
    return _Description(position, role, affiliation, genders)
