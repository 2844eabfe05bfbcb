"""Sources: from a cue to the mention of who the content is attributed to.

The mention is the noun phrase as written, cut before appositives, relative
clauses and parentheses (``Hugh Hill, a doctor, said`` gives ``Hugh Hill``):
the subject of the cue verb (also when inverted: ``said Mr Lavrov``), the
subject shared by coordinated cues, the relative pronoun of a relative clause
as written (``Mr Trump, who said ...`` gives ``who``, as PolNeAR marks it:
resolution links it to its antecedent), the agent of a passive (``was
criticized by X``), the noun a participle clause hangs on (``officials
speaking on condition of anonymity``), or the object of ``according to``.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from quoteattr.doctext import doc_text
from quoteattr.names_data import is_person_noun, lexicon, role_key
from quoteattr.source_phrases import can_speak, named_source, noun_phrase, source_phrase
from quoteattr.source_repairs import enclosing_report_cue, hyphen_joined_subject

__all__ = [
    "SUBJECT_DEPS",
    "find_according_to_source",
    "find_source_mention",
    "noun_phrase",
    "source_phrase",
]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependencies through which a cue without a subject of its own inherits one.
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "dep"})
#: Subjects that never name a source; a referential "it" ("..., it said") does.
_EXPLETIVES = frozenset({"there"})
#: Longest noun phrase taken for a subject an aside cut off from its cue.
_MAX_ASIDE_SUBJECT = 5
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Conjunctions that join clauses, not sources: a subject after one is its own clause's.
_CLAUSE_CONJUNCTIONS = frozenset({"but", "yet"})
#: Tokens that end a sentence.
_SENTENCE_ENDS = frozenset({".", "?", "!"})


def find_source_mention(cue: Token) -> Span | None:
    """The mention of the source a cue verb attributes its content to.

    Args:
        cue: A cue verb.

    Returns:
        The source's noun phrase without appositives, relative clauses or
        parentheses, or ``None`` when the text gives no source (``it was
        reported that``, a passive cue without agent).
    """
    mention = _find_source_mention(cue)
    if mention is not None and _beyond_paragraph(cue, mention):
        return None
    mention = _past_line_start(mention, cue) if mention is not None else None
    return _without_trailing_space(mention) if mention is not None else None


def _beyond_paragraph(cue: Token, mention: Span) -> bool:
    """Whether a mention after its cue starts in a later paragraph: a misparse, never its subject.

    ``"...," said the chief executive.\n\nCONTACT: Bob Smith``: the parser
    may make the next paragraph's first noun the subject of ``said``.
    """
    if mention.start <= cue.i:
        return False
    between = cue.doc[cue.i : mention.start].text_with_ws
    return _PARAGRAPH_BREAK.search(between) is not None


def _without_trailing_space(mention: Span) -> Span:
    """The mention without the whitespace tokens that end it (``Todd\xa0``)."""
    end = mention.end
    while end > mention.start + 1 and mention.doc[end - 1].is_space:
        end -= 1
    return mention.doc[mention.start : end]


def _find_source_mention(cue: Token) -> Span | None:
    outer = enclosing_report_cue(cue)
    if outer is not None:
        return _find_source_mention(outer)
    if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in cue.children):
        shared = _subject_before_comma(cue)
        if shared is not None:
            return shared
        opening = _line_opening_subject(cue) if cue.dep_ not in {"acl", "relcl"} else None
        if opening is not None:
            return opening
        named = _subject_before_aside(cue) or _subject_after_opening(cue)
        if named is not None:
            return named
    verb = cue
    for _ in range(6):
        hung = verb.i == cue.head.i and cue.dep_ == "advcl" and cue.tag_ == "VBG"
        framed = _subordinate_host(verb) if hung else None
        if framed is not None:
            verb = framed  # "X called it risky, as costs are high, while noting ...": X notes
            continue
        agent = _passive_agent(verb)
        if agent is not None:
            return source_phrase(agent)
        subject = _nearest_subject(verb)
        subject = subject if subject is not None else _misparsed_subject(verb)
        if subject is not None:
            if subject.dep_ == "nsubjpass" and verb.i == cue.i:
                return None
            if subject.lower_ in _EXPLETIVES or subject.dep_ == "csubj":
                return None
            quoted = _quoting_aside(subject, verb)
            if quoted is not None:
                return quoted
            doer = _object_taken_for_subject(subject, verb)
            if doer is not None:
                return _with_conjuncts(doer, doer.head)
            if subject.lower_ == "it" and verb.i != cue.i:
                # "it is hard to imagine that ...": an inherited "it" is an expletive
                return None
            said_by = _utterance_owner(verb) if subject.tag_ in _RELATIVE_TAGS else None
            if said_by is not None:
                # "issued a statement that sought to ...": who issued it
                verb = said_by
                continue
            return _with_conjuncts(subject, verb)
        compounds = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
        if verb.i == cue.i and compounds:
            # "..., Norland Election Office records show": the parser takes the
            # subject for a compound of the verb.
            return verb.doc[compounds[0].left_edge.i : compounds[-1].i + 1]
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            said_by = _utterance_owner(verb) or _misattached_clause_owner(verb, cue)
            if said_by is not None:
                # "issued a statement saying ...": who issued it
                verb = said_by
                continue
            holder = _infinitive_holder(verb)
            if holder is not None:
                # "They had no way to confirm ...": who has the means, not the means
                verb = holder
                continue
            return noun_phrase(verb.head)
        if _is_adjective_infinitive(verb):
            # "Farmers are quick to note that ...", "more likely to say ...": the
            # subject of the linking verb the adjective complements
            verb = verb.head.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ in {"prep", "agent"}:
            # "criticized X for saying ...", "protested by shouting ...": the subject of the
            # verb the preposition hangs on
            verb = verb.head.head
            continue
        if (
            verb.dep_ == "xcomp"
            and verb.head.pos_ == "ADV"
            and verb.head.dep_ == "advmod"
            and verb.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "went as far as to say", "went so far as to suggest": the infinitive hangs on
            # the adverb of the verb whose subject speaks
            verb = verb.head.head
            continue
        if verb.dep_ not in _INHERIT_DEPS or verb.head.i == verb.i:
            return None
        if verb.i != cue.i and verb.dep_ != "xcomp":
            # "Dr Ada Brisk, on her first day after the chief was dismissed, admitted ...
            # but insisted": the verb the cue joins lost its subject to an aside too
            named = _subject_before_aside(verb)
            if named is not None:
                return named
        verb = verb.head
    return None


def _infinitive_holder(verb: Token) -> Token | None:
    """The verb whose object is a noun that cannot speak, when an infinitive cue hangs on it.

    ``They had no way to confirm``, ``you get a chance to know``: the noun is
    a means or an occasion; who speaks is the subject of the verb taking it.
    """
    noun = verb.head
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if noun.pos_ != "NOUN" or can_speak(noun) or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.pos_ in {"VERB", "AUX"} else None


def _subordinate_host(verb: Token) -> Token | None:
    """The verb a subordinate clause (``as ...``, ``because ...``) hangs on, when ``verb`` is that clause's.

    A participle cue the parser hung on the verb of a subordinate clause
    continues the clause the subordinate one qualifies: its subject is not the
    subordinate clause's when that clause tells the state of a thing that
    cannot speak (``costs are high``, ``the road is closed``);
    a cue coordinated with that verb shares its subject (``because Ms Lee
    called and asserted ...``).
    """
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    if not any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in clause.children):
        return None
    subject = _nearest_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or can_speak(subject):
        return None
    if verb.lemma_ != "be" and subject.dep_ != "nsubjpass":
        return None  # "because people were fighting, defending it": they may do what the cue says
    return clause.head


def _with_conjuncts(subject: Token, verb: Token) -> Span:
    """A subject's noun phrase with the nouns coordinated with it (``Clinton and the DNC``).

    Several sources together are one plural source, which has no name. A
    singular common noun without a determiner after a name describes the
    named source (``Jane Doe of Leeds University and author of a book`` is
    Jane Doe alone).
    """
    named = (
        _subject_after_dash(subject, verb)
        or named_source(subject)
        or _name_closing_subject(subject, verb)
    )
    if named is not None:
        return named
    phrase = noun_phrase(subject)
    conjuncts = [
        c
        for c in subject.rights
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN", "PRON")
        and c.i < verb.i
        and not (subject.pos_ == "PROPN" and _bare_description(c))
    ]
    if not conjuncts or not any(c.dep_ == "cc" for c in subject.rights):
        return phrase
    last = noun_phrase(conjuncts[-1])
    if any(c.dep_ == "cc" and c.lower_ in _CLAUSE_CONJUNCTIONS for c in subject.rights):
        if any(t.dep_ == "neg" or t.lower_ == "not" for t in conjuncts[-1].subtree):
            return phrase  # "The mayor, but not her deputy, said": the mayor alone
        if any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" for c in subject.rights):
            return last  # "the firm grew, but the Gazette reports ...": a new clause's subject
    return subject.doc[phrase.start : max(phrase.end, last.end)]


def _name_closing_subject(subject: Token, verb: Token) -> Span | None:
    """A person's name in apposition deep in a subject, closing it right before the verb.

    ``The national Institute of Coastal and Marine Science's director,
    Dr. Rhona Mair, said``: the parser may hang the name on a noun inside
    the subject rather than on its head; a person named last, set off by a
    comma before the verb (or ending an inverted subject: ``said the
    University of Westmoor's chancellor, Ines Varga``), is the mention nearest the cue; a
    proper noun the entity recogniser left unlabelled counts as a name. Not
    when the subject is itself a person's name (``Hugh Hill, a friend of Tom
    Lee, said``).
    """
    doc = verb.doc
    if subject.ent_type_ == "PERSON" or verb.i < 2:
        return None
    if subject.i > verb.i:  # inverted: "..., said the university's chancellor, Ana Ruiz."
        last = subject.right_edge.i
        while last > subject.i and doc[last].is_punct:
            last -= 1
    else:
        last = verb.i - 1 if doc[verb.i - 1].text != "," else verb.i - 2
    name = doc[last]
    if name.dep_ != "appos" or name.ent_type_ not in {"PERSON", ""} or name.pos_ != "PROPN":
        return None
    if name.head.i == subject.i or not (subject.left_edge.i <= name.i <= subject.right_edge.i):
        return None  # an appositive of the subject itself is _named_apposition's
    start = name.i
    while start > name.left_edge.i and (
        doc[start - 1].pos_ == "PROPN" or doc[start].ent_iob_ == "I"
    ):
        start -= 1
    return doc[start : name.i + 1]


def _subject_after_dash(subject: Token, verb: Token) -> Span | None:
    """The noun phrase after a dash that opens the verb's clause, taken for an appositive.

    ``... sent a letter to the US attorney, Jane Doe - the Utah Republican asks
    for an inquiry``: the parser makes ``the Utah Republican`` an appositive
    of the noun before the dash; a dash followed by a noun phrase that runs
    right up to the verb, with no closing dash (``Trump — the nominee —
    said`` is an aside), opens a clause whose subject that phrase is. A dash
    with no space on either side joins words (``Dalmere–Ferncloud Railway``).
    """
    doc = verb.doc
    if subject.i > verb.i:
        return None
    for child in subject.rights:
        if child.dep_ != "appos" or child.right_edge.i != verb.i - 1:
            continue
        phrase = noun_phrase(child)
        before = doc[phrase.start - 1]
        spaced = bool(before.whitespace_) or bool(doc[before.i - 1].whitespace_)
        if before.text in _DASHES and spaced and before.i > subject.i and phrase.end == verb.i:
            return phrase
    return None


def _bare_description(noun: Token) -> bool:
    """Whether a noun is a singular common noun without a determiner (``and contributor to Slate``)."""
    return noun.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


_DASHES = frozenset({"—", "--", "-", "–"})


def _past_line_start(mention: Span, cue: Token) -> Span | None:
    """The mention, when a dateline or an earlier line was taken for the cue's subject, redone.

    ``DALMERE (AP) — Wealthy donors gave ...``, ``FERNCLOUD, N.C.—Ada Brisk ...``
    and ``12:15 p.m.\n\nDonald Trump says ...``: the subject is the first noun
    phrase after the dateline's dash or after the line break. ``None`` when
    the cue opens its line and the mention lies wholly on earlier lines
    (``Comments\n\nThank you for registering``: a heading, not a subject).
    """
    doc = cue.doc
    start = None
    breaks = [t.i for t in mention if _holds_line_break(t.text + t.whitespace_)]
    if breaks:
        start = breaks[-1] + 1
    elif (dash := _dateline_dash(mention)) is not None:
        start = dash + 1
    if start is None:
        return mention
    while start < cue.i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if start >= cue.i:
        return None if breaks else mention
    head = doc[start]
    while (
        start <= head.head.i < cue.i
        and head.head.i != head.i
        and head.head.pos_ in {"NOUN", "PROPN", "PRON"}
    ):
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return mention
    phrase = noun_phrase(head)
    return doc[max(phrase.start, start) : phrase.end]


#: A blank line: the break between two paragraphs.
_PARAGRAPH_BREAK = re.compile(r"(?:\r?\n|\r)[ \t\u00a0]*(?:\r?\n|\r)")


def _holds_line_break(text: str) -> bool:
    """Whether ``text`` breaks a line, with a line feed or a carriage return (old Mac text)."""
    return "\n" in text or "\r" in text


def _dateline_dash(mention: Span) -> int | None:
    """The index of the dash ending a dateline that opens a mention's line (``LONDON (Reuters) -``)."""
    doc = mention.doc
    first = mention[0]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return None
    if first.i > 0 and "\n" not in doc[first.i - 1].text + doc[first.i - 1].whitespace_:
        return None
    for token in doc[first.i : min(first.i + 10, len(doc))]:
        if token.text in _DASHES or token.text.startswith(("—", "--")):
            return token.i
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
    return None


def _quoting_aside(subject: Token, verb: Token) -> Span | None:
    """The speaker before the writer's aside ``and I quote`` (``Trump said, and I quote, "..."``)."""
    if verb.lemma_.lower() != "quote" or subject.lower_ != "i":
        return None
    doc = verb.doc
    i = subject.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].dep_ == "cc" or doc[i].lower_ == "and"):
        i -= 1
    if i < 0 or i == subject.i - 1 or doc[i].pos_ != "VERB":
        return None
    speaker = _nearest_subject(doc[i])
    return _with_conjuncts(speaker, doc[i]) if speaker is not None else None


def _nearest_subject(verb: Token) -> Token | None:
    """A verb's subject; of two (a parse error: ``No wonder Trump said``), the one right
    after a cue set off by commas, else the one nearest before it, not one a ``whose``
    clause opens (``The hacker whose mischief revealed``)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    joined = hyphen_joined_subject(subjects)  # "said co-author Jane Marsh"
    if joined is not None:
        return joined
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    plain = [c for c in subjects if not any(d.tag_ == "WP$" for d in c.children)] or subjects
    inverted = [c for c in plain if c.i == verb.i + 1 and verb.doc[verb.i - 1].text == ","]
    if inverted:
        return inverted[0]  # "The donors, said Mr Okafor, are ...": the cue set off by commas
    before = [c for c in plain if c.i < verb.i] or plain
    return min(before, key=lambda c: abs(verb.i - c.i))


def _object_taken_for_subject(subject: Token, verb: Token) -> Token | None:
    """The real subject when the parser took a verb's object ``it`` for a participle's subject.

    ``She reposted it thinking she was ...``: ``it`` is what was retweeted, and
    who imagines is the subject of ``retweeted``.
    """
    doc = verb.doc
    if subject.lower_ != "it" or verb.tag_ != "VBG" or subject.i != verb.i - 1 or subject.i == 0:
        return None
    before = doc[subject.i - 1]
    if before.pos_ != "VERB" or any(c.dep_ == "dobj" for c in before.children):
        return None
    return next((c for c in before.children if c.dep_ == "nsubj"), None)


def _subject_before_comma(cue: Token) -> Span | None:
    """The subject of the verb that ends the clause before a participle cue's comma.

    In ``"...," Okafor said, suggesting ...`` the participle shares the subject of
    ``said``, wherever the parser hung it (often on a verb inside the quotation).
    """
    participle = cue
    while participle.dep_ == "xcomp" and participle.head.i < participle.i:
        participle = participle.head  # "going on to say"
    if participle.tag_ not in ("VBG", "VBN") or participle.i < 2:
        return None
    doc = cue.doc
    comma, before = doc[participle.i - 1], doc[participle.i - 2]
    if comma.text != "," or before.pos_ not in ("VERB", "AUX") or before.tag_ == "VBG":
        return None
    subject = next((c for c in before.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.dep_ == "csubj" or subject.lower_ in _EXPLETIVES:
        return None
    return noun_phrase(subject)


def _utterance_owner(verb: Token) -> Token | None:
    """The verb whose subject issued the statement a clause hangs on.

    ``issued a statement saying``, ``released a statement that sought``: the
    clause (``verb``) modifies an utterance noun that is the object of another
    verb, whose subject is the source. ``None`` for any other clause.
    """
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in lexicon()["utterances"]:
        return None
    governor = None
    if noun.dep_ == "dobj":
        governor = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        governor = noun.head.head
    if governor is None or governor.pos_ not in ("VERB", "AUX"):
        return None
    if (
        not any(c.dep_ in ("nsubj", "agent") for c in governor.children)
        and _misparsed_subject(governor) is None
    ):
        return None
    return governor


def _misattached_clause_owner(verb: Token, cue: Token) -> Token | None:
    """The verb a cue really coordinates with when the parser hung it on a thing's clause.

    ``Romney ran on his ability to jolt the recovery and accused Obama``: a cue
    joined to a clause on a noun that cannot speak (``ability``) shares the
    subject of the verb that noun depends on, as does a participle on a noun
    the parser coordinated with a verb (``called for a vote, and then a visual
    vote, declaring``).
    """
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or can_speak(noun):
        return None
    if verb.i != cue.i:
        if noun.dep_ == "dobj":
            governor = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            governor = noun.head.head
        else:
            return None
    elif noun.dep_ == "conj" and noun.head.pos_ == "VERB":
        governor = noun.head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "agent") for c in governor.children
    ):
        return None
    return governor


def _misparsed_subject(verb: Token) -> Token | None:
    """A name opening the sentence that the parser hung on a verb as a modifier.

    ``Clean Rivers Matter issued a statement``: the tagger took ``Matter`` for an
    adverb of ``issued``; a capitalised proper noun that starts the sentence
    right before its verb is the verb's subject.
    """
    lefts = [c for c in verb.lefts if not c.is_punct]
    if not lefts or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name = lefts[-1]
    if (
        name.dep_ in ("advmod", "npadvmod", "dep")
        and name.pos_ == "PROPN"
        and name.text[:1].isupper()
        and name.left_edge.is_sent_start
        and name.i == verb.i - 1
    ):
        return name
    return None


def _subject_before_aside(cue: Token) -> Span | None:
    """The noun phrase opening a clause when a comma-set aside separates it from its cue.

    ``Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott,
    said ...``, ``Sanders, meanwhile, who sits at zero endorsements, said ...``:
    a long aside often leads the parser to hang the subject anywhere but on the
    cue. When a finite cue without a subject follows a comma, and its clause
    (the sentence, or what follows a dash) opens with a short noun phrase
    closed by a comma, that phrase is the subject.
    """
    doc = cue.doc
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} or cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    start = cue.sent.start
    for token in doc[start : cue.i]:
        if token.text in {"\u2014", "--", "-"} and token.i + 1 < cue.i:
            start = token.i + 1
    while start < cue.i and (doc[start].is_space or doc[start].is_quote):
        start += 1
    comma = next((t.i for t in doc[start : cue.i] if t.text == ","), None)
    if comma is None or comma == cue.i - 1:
        return None
    return _speaker_stretch(doc[start:comma], {"VERB", "AUX", "ADP", "SCONJ"})


def _is_adjective_infinitive(verb: Token) -> bool:
    """Whether a verb taking a clause is the infinitive of an adjective after ``be`` (``is quick to note that``)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.dep_ == "acomp"
        and head.pos_ == "ADJ"
        and head.head.lemma_ == "be"
        # "old enough to remember", "too young to know": an ability, not a report
        and not any(c.lower_ in {"enough", "too"} for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _subject_after_opening(cue: Token) -> Span | None:
    """A name set off by commas after an opening phrase, when the parser hung it there.

    ``As a part of his plea, Jonas Brisk, 51, said ...``, ``Worried by the
    flooding, Governor Piet Lanner, the party chairman, said ...``: the parser
    takes the name for an apposition inside the opening phrase and leaves the
    cue without a subject. When a finite cue without a subject follows a comma
    and its sentence opens with a preposition, a subordinating conjunction or
    a participle, the first comma-set stretch after that phrase that is a short
    noun phrase ending in a name (or a noun that may speak) is the subject.
    """
    doc = cue.doc
    sent = cue.sent
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} or doc[cue.i - 1].text != ",":
        return None
    first = sent[0]
    if not (first.pos_ in {"ADP", "SCONJ"} or first.tag_ in {"VBG", "VBN"}):
        return None
    commas = [t.i for t in doc[sent.start : cue.i] if t.text == ","]
    for start, end in itertools.pairwise(commas):
        speaker = _speaker_stretch(doc[start + 1 : end], {"VERB", "AUX", "ADP", "SCONJ", "PRON", "NUM"})
        if speaker is not None:
            return speaker
    return None


def _speaker_stretch(phrase: Span, excluded: set[str]) -> Span | None:
    """The speaker a comma-set stretch names: all of it, or a name before ``of`` and its affiliation.

    ``Mara Velt of "Stand Tall", a charity, told ...``: a person's name before
    an ``of`` phrase of at most :data:`_MAX_ASIDE_SUBJECT` words is the
    speaker, whatever the parser made of the organisation's name.
    """
    if _names_a_speaker(phrase, excluded):
        return phrase
    of = next((t.i for t in phrase if t.lower_ == "of" and t.pos_ == "ADP"), None)
    if of is None or of == phrase.start or phrase.end - of - 1 > _MAX_ASIDE_SUBJECT:
        return None
    name = phrase.doc[phrase.start : of]
    person = name[-1].pos_ == "PROPN" and name[-1].ent_type_ == "PERSON"
    return name if person and _names_a_speaker(name, excluded) else None  # not "Director of ..."


def _names_a_speaker(phrase: Span, excluded: set[str]) -> bool:
    """Whether a comma-set stretch is a short noun phrase naming who speaks.

    At most :data:`_MAX_ASIDE_SUBJECT` words, none with a part of speech in
    ``excluded``, ending in a name or in a noun that may speak.
    """
    if not 0 < len(phrase) <= _MAX_ASIDE_SUBJECT or any(t.pos_ in excluded for t in phrase):
        return False
    last = phrase[-1]
    return last.pos_ == "PROPN" or (last.pos_ == "NOUN" and can_speak(last))


def _line_opening_subject(cue: Token) -> Span | None:
    """The noun phrase opening a cue's line when the parser hung it on the line before.

    ``"...it works."\n\nSen. Chuck Grassley, ..., said he would ...``: a parse that
    runs over a line break takes the new line's subject for an object of the
    previous sentence; the line's first noun phrase is the cue's subject.
    """
    doc = cue.doc
    line_start = doc_text(doc).rfind("\n", 0, cue.idx) + 1
    if line_start == 0:
        return None
    line_first = cue.i  # the first token of the cue's line, found walking back from the cue
    while line_first > 0 and doc[line_first - 1].idx >= line_start:
        line_first -= 1
    first = next((t for t in doc[line_first : cue.i] if not t.is_space), None)
    if first is None or first.i >= cue.i:
        return None
    if any(t.text in _SENTENCE_ENDS for t in doc[first.i : cue.i]):
        return None  # "Reports vary. The attacker ... claimed": the cue is in a later sentence
    head = first
    while head.head.idx >= line_start and head.head.i < cue.i and head.head.i != head.i:
        head = head.head
    if head.head.idx >= line_start:
        return None
    if head.pos_ in {"VERB", "AUX"} and head.i != cue.i and cue.head.idx < line_start:
        # "...Docklands saw profits fall.\n\nThe firm said ... but stressed ...": the line's
        # clause, cue and all, was hung on the line before; its subject is the cue's
        subject = _nearest_subject(head)
        if (
            subject is None
            or subject.idx < line_start
            or subject.dep_ not in {"nsubj", "nsubjpass"}
        ):
            return None
        return None if subject.lower_ in _EXPLETIVES else _with_conjuncts(subject, head)
    if head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    phrase = noun_phrase(head)
    return doc[max(phrase.start, first.i) : phrase.end]


def find_according_to_source(according: Token) -> Span | None:
    """The object of ``according to`` (``according to officials`` gives ``officials``).

    Where the parser cut the object short, the name it dropped is read from
    the words: a run of proper nouns right after a proper-noun object is the
    rest of one name (``According to Norland Senator Tomas
    Brisk``), a noun right before a person's name describes it
    (``according to curator Lena Hart``), and a single person's role set
    off by commas from a name has that name in apposition (``According to the town's first selectman, Ada Brisk,
    ...``; not ``According to police, Smith, 45, ...``).
    """
    for to in according.rights:
        if to.lower_ == "to":
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                phrase = _without_trailing_space(source_phrase(pobj))
                return _name_cut_from_object(pobj, phrase) or phrase
    return None


def _name_cut_from_object(pobj: Token, phrase: Span) -> Span | None:
    """The name the parser cut off an ``according to`` object, or ``None`` (see above)."""
    doc = pobj.doc
    if pobj.pos_ == "PROPN" and phrase.end == pobj.i + 1:
        end = phrase.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and end > pobj.right_edge.i:
            end += 1
        if end > phrase.end and doc[end - 1].ent_type_ == "PERSON":
            return doc[phrase.start : end]
    if pobj.pos_ == "NOUN" and phrase.end < len(doc) and doc[phrase.end].pos_ == "PROPN":
        # "according to curator Lena Hart", the name hung beside the role
        end = phrase.end
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if doc[end - 1].ent_type_ == "PERSON":
            return doc[phrase.end : end]
    if (
        pobj.pos_ == "NOUN"
        and pobj.tag_ == "NN"
        and is_person_noun(role_key(pobj.lemma_.lower()))
        and phrase.end + 3 < len(doc)
        and doc[phrase.end].text == ","
    ):
        end = phrase.end + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end > phrase.end + 1 and doc[end].text == "," and doc[end - 1].ent_type_ == "PERSON":
            return doc[phrase.end + 1 : end]
    return None


def _passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
