"""Verb cues, read in the frames of their class (``quoteattr/data/cues.json``).

- a clausal complement (``said (that) ...``, ``asked whether ...``), before
  the cue too (``..., Mr Lavrov said.``), or the clause a cue interrupts or
  closes (``X is dead, he said``, ``As Politico reported, X``);
- an infinitive complement (``vowed to ...``, ``urged Congress to ...``);
- an object with its predicate (``called the sanctions "flawed"``,
  ``accused Moscow of meddling`` gives ``Moscow of meddling``);
- a prepositional object (``called for ...``, ``warned against ...``);
- a small clause (``consider RT a mouthpiece``) and a yes-no question
  (``Asked if ...``).

A cue without a source is no attribution (``it was reported``), except a
question put to its subject by no one named (``was asked why ...``), kept
with no source and a lower confidence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.cues import (
    CueClass,
    cue_classes,
    cue_lemma,
    find_cue_classes,
    is_withheld,
)
from quoteattr.lexicon import active_lexicon
from quoteattr.reported.candidates import (
    NOT_TOPICS,
    TIMES,
    WH_TAGS,
    Candidate,
    interrupted,
    is_addressee,
    overlaps,
    same_line,
    span_of,
    trim,
)
from quoteattr.reported.extent import (
    clause_modifiers,
    content_adverbials,
    content_conjuncts,
    is_continuation,
    object_modifiers,
    with_misread_clause,
)
from quoteattr.reported.filters import (
    MODALS,
    holds_negated_stance,
    is_agentless_passive,
    is_anonymity_purpose,
    is_hedged,
    is_hypothetical,
    is_markup,
    is_negated,
    is_reader_address,
    is_speech_act,
)
from quoteattr.reported.misparses import (
    is_fronted_cue,
    misread_adverbial_subject,
    misread_noun_clause,
    misread_subject,
    passive_with_agent,
)
from quoteattr.reported.nominal import light_preposition
from quoteattr.sources import find_source_mention

#: Bounds of a sentence closed by ``, SUBJECT said [tail].``: its content, subject and tail.
_MIN_CLOSED_CONTENT = 4
_MAX_CLOSING_SUBJECT = 6
_MAX_CLOSING_TAIL = 6
#: Words that stand for a whole answer after ``say`` (``said yes``, ``said so``).
_BARE_ANSWERS = frozenset({"yes", "no", "so"})
#: Confidence factor of a question put by no one named (``was asked why``).
_UNATTRIBUTED_FACTOR = 0.7
_DASHES = frozenset({"—", "--", "–"})
_NOT_CONTENT_TAIL = frozenset({"punct", "cc", "conj", "parataxis", "dep", "mark"})
_OBJECT_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "prep", "acomp", "advcl"})
_OBJECT_PREPOSITIONS = frozenset({"of", "for", "as", "over", "with", "to"})
#: Conjunctions that open an adverbial clause, never a reported one.
_ADVERBIAL_MARKS = frozenset({"so", "because", "although", "though", "unless", "whereas"})
#: Dependents of a plain noun phrase: ``the first two seasons of the show``.
_PLAIN_OBJECT_DEPS = frozenset({"det", "amod", "nummod", "poss", "prep", "punct", "cc", "conj"})
#: Dependents that, inside an object, may be its misread predicate (``deemed the release of
#: a few prisoners a fair trade``).
_PREDICATE_DEPS = frozenset({"appos", "nmod", "npadvmod", "oprd", "attr", "acomp", "dobj"})


def read_verb(token: Token) -> Candidate | None:
    """A verb cue with its content in the first frame of its classes that reads one."""
    matches = find_cue_classes(token)
    if matches and is_negated(token):
        # "doesn't think Clinton can win", "don't want a crazy man": a negated belief
        # or wish still states the source's stance; negated speech reports nothing
        matches = [m for m in matches if holds_negated_stance(token, m[0])]
    if (
        not matches
        or is_withheld(token)
        or is_hypothetical(token)
        or is_markup(token)
        or is_reader_address(token)
        or (is_agentless_passive(token) and not _is_unattributed_question(token))
    ):
        return None
    for cue_class, particle in matches:
        if (
            "clause" in cue_class.frames
            and _takes_infinitive(token)
            and not (_is_inverted(token) and _comma_set_infinitive(token) is not None)
        ):
            # "continued to back him", "wants to see": an infinitive, not a reported clause
            continue
        for frame in cue_class.frames:
            if frame == "object" and any(light_preposition(c) for c in token.children):
                # "expressed concern about X": the light-verb cue reads X
                continue
            if frame == "object" and (is_anonymity_purpose(token) or is_hedged(token)):
                # "spoke on condition of anonymity to discuss the meeting", "reportedly
                # discussed the situation": a topic, not a content
                continue
            if frame == "preposition" and _frames_a_report(token):
                # "Speaking about the film, the bishop said ...": the topic of the report
                continue
            parts = _content(token, frame, particle, addressee=cue_class.addressee)
            if not parts or is_speech_act(token.doc, parts, cue_class.min_words):
                continue
            source = (
                None
                if _is_asked_participle(token)
                else find_source_mention(token) or _continued_source(token)
            )
            if source is None and not _is_unattributed_question(token):
                continue
            if len(parts) == 1 and parts[0][0] < token.i < parts[0][1]:
                # "which he said were at his side": the content's first word comes
                # before its source and cue, which cut the content in two
                parts = _cut_out_cue(token, parts[0])
            if not parts or (source is not None and overlaps(parts, source.start, source.end)):
                continue
            cue_end = particle if particle is not None and particle.i > token.i else token
            cue = (token.idx, cue_end.idx + len(cue_end))
            confidence = _confidence(token, cue_class, parts)
            if source is None:
                confidence = round(confidence * _UNATTRIBUTED_FACTOR, 3)
            nominal = frame == "object"
            return Candidate(parts, cue, source, confidence, nominal=nominal, kind=cue_class.kind)
    return None


def _closes_quotation(before: Token, verb: Token) -> bool:
    """Whether a quotation mark ends the complement ``before`` the cue (``"A," X said, ...``)."""
    between = verb.doc[before.right_edge.i + 1 : verb.i]
    return any(t.is_quote for t in between)


def _continued_source(token: Token) -> Span | None:
    """The source of the report a subjectless cue continues: ``X said A ... but said B``.

    The parser hangs the second cue inside the first report's content; its
    source is the nearest enclosing cue's.
    """
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or not is_continuation(token):
        return None
    for ancestor in token.ancestors:
        if find_cue_classes(ancestor):
            return find_source_mention(ancestor)
    return None


def _content(
    verb: Token, frame: str, particle: Token | None, *, addressee: bool = False
) -> tuple[tuple[int, int], ...]:
    """Token ranges of the content a cue verb takes in ``frame``; empty when none.

    With ``addressee``, an object frame whose object names a person or an
    organisation (``told CNN``, ``asked her``) has no content.
    """
    children = list(verb.children)
    if particle is not None and particle.dep_ == "mark":
        # "called for Clinton to resign": the clause "for" introduces, without it
        # "called for her messages to be made public — even the ones ...": a dash
        # opens the writer's aside
        end = next(
            (
                t.i
                for t in verb.doc[particle.i + 1 : particle.head.right_edge.i + 1]
                if t.text in _DASHES
            ),
            particle.head.right_edge.i + 1,
        )
        part = trim(verb.doc, particle.i + 1, end)
        return (part,) if part[1] > part[0] else ()
    if particle is not None and particle.dep_ != "prt":
        objects = [c for c in particle.children if c.dep_ in {"pobj", "pcomp"}]
        if not objects or (particle.lower_ == "on" and objects[0].ent_type_ in TIMES):
            # "called off its hunt early on Friday": a day, not who was called on
            return ()
        direct = [c for c in children if c.dep_ == "dobj" and c.i < particle.i]
        # "called for $1 trillion in new spending to improve ...": the verb's later
        # modifiers belong to the content; a coordinated verb does not
        rest = [c for c in children if c.i > particle.i and c.dep_ not in _NOT_CONTENT_TAIL]
        fronted = [c for c in direct if _is_fronted_object(c, verb)]
        if fronted:
            # "which he views as [part of a negotiation]": the relative pronoun, then the predicate
            return span_of(fronted[:1]) + span_of(objects + rest)
        return span_of(direct + objects + rest)
    if frame == "clause":
        # a parse running over a line break may hang the line before on the cue
        clause = [
            c
            for c in children
            if c.dep_ == "ccomp" and same_line(c, verb) and not _is_adverbial_clause(c)
        ]
        subject_first = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in children)
        if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children):
            # "Jeffrey Salkin, a ... rabbi helping to organize the boycott, said he ...":
            # a cue left without a subject by a long aside; what precedes it holds the
            # subject, not the content
            subject_first = True
        if (
            subject_first
            and any(c.i < verb.i for c in clause)
            and any(c.i > verb.i for c in clause)
            and not _closes_quotation(clause[0], verb)
        ):
            # "In an interview ..., Trump said defeating ISIS is a priority", "It's
            # unlikely; her team says she'll go on": a complement after the cue is its
            # content, one before it a misread opening phrase or sentence
            clause = [c for c in clause if c.i > verb.i]
        if clause:
            # "said A, but B": the parser may hang B on the cue; a B without a cue is content.
            tail = [
                c
                for c in children
                if c.dep_ == "conj"
                and c.i > clause[0].i
                and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
                and (
                    not find_cue_classes(c)
                    # "said A, but that B": a second complement of the cue, whatever B's verb
                    or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                )
            ]
            if tail and clause[0].i < verb.i < tail[0].i:
                # "A, the agency said, and B": the cue interrupts two coordinated clauses
                return span_of(clause[:1]) + span_of(tail[:1])
            if len(clause) > 1 and all(c.i > verb.i for c in clause):
                # "said they're fine with however it plays out": the parser splits one
                # complement into several ccomp children
                clause = [clause[0], clause[-1]]
            else:
                clause = clause[:1]
            parts = span_of(
                misread_subject(verb, clause[0])
                + clause
                + tail[:1]
                + content_conjuncts(verb, clause[-1])
                + content_adverbials(verb, clause[-1])
                + clause_modifiers(verb, clause[-1], tail[:1])
            )
            if parts and clause[0].i > verb.i:
                # A misattached complementizer ("agreed that X and Y would ...") starts the clause.
                doc = verb.doc
                mark = next(
                    (
                        t
                        for t in doc[verb.i + 1 : parts[0][0]]
                        if t.lower_ == "that" and t.dep_ == "mark"
                    ),
                    None,
                )
                if mark is not None:
                    parts = ((mark.i, parts[0][1]),)
            return parts
        if _is_inverted(verb) or _is_as_clause(verb) or is_fronted_cue(verb):
            purpose = _comma_set_infinitive(verb) if _is_inverted(verb) else None
            if purpose is not None:
                # "The samples will be tested, the lab said, to find out whether ...": the purpose
                # clause of X, which the parser hung on the interrupting cue
                before = [p for p in interrupted(verb.head, verb) if p[1] <= purpose.left_edge.i]
                return (*before, *span_of([purpose])) if before else ()
            return interrupted(verb.head, verb)
        return (
            _misattached_clause(verb)
            or _bare_answer(verb)
            or _before_closing_cue(verb)
            # "were reported by local radio to have left": the raised subject and its infinitive
            or passive_with_agent(verb)
        )
    if frame == "marked_clause":
        # "described how he combined his work": only a clause opened by "that" or a wh-word
        marked = next(
            (
                c
                for c in children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and (c.left_edge.lower_ == "that" or c.left_edge.tag_ in WH_TAGS)
            ),
            None,
        )
        return span_of([marked]) if marked is not None and same_line(marked, verb) else ()
    if frame == "infinitive":
        infinitive = [
            c for c in children if c.dep_ == "xcomp" and c.i > verb.i and _is_infinitive(c)
        ]
        if not infinitive:
            return ()
        addressees = [c for c in children if c.dep_ == "dobj" and c.i < infinitive[0].i]
        return _without_finite_conjunct(infinitive[0], span_of(addressees + infinitive[:1]))
    if frame == "small_clause":
        return _small_clause(verb)
    if frame == "question_clause":
        return _question_clause(verb)
    if frame == "object":
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects:
            return _fronted_object(verb) or passive_with_agent(verb)
        naming = cue_lemma(verb) in active_lexicon().words("naming_verbs")
        extra = [
            c
            for c in children
            if c.i > objects[0].i
            and (
                (
                    c.dep_ in _OBJECT_PREDICATES
                    and (c.dep_ != "prep" or c.lower_ in _OBJECT_PREPOSITIONS)
                )
                # "deemed the sale a fair compromise": the predicate read as a second object
                or (naming and c.dep_ == "dobj")
            )
        ]
        if addressee and not extra and is_addressee(objects[0]):
            return ()
        if _names_nothing(verb, objects[0]) and all(e.dep_ == "advcl" for e in extra):
            # an adverbial clause after the object ("called the police after ...") says
            # when, not what the object was called
            return ()
        parts = span_of(objects[:1] + extra + object_modifiers(verb, objects[0], extra))
        if not extra:
            parts = with_misread_clause(verb, objects[0], parts)
        aside = next((c for c in objects[0].rights if c.dep_ in {"relcl", "appos"}), None)
        if (
            parts
            and not extra
            and aside is not None
            and not _is_enumeration(aside)
            and verb.doc[aside.left_edge.i - 1].text == ","
        ):
            # "endorsed Ryan, who faces a primary": the aside is the writer's, not the source's;
            # "ridicule Trump, Carson, and Fiorina": a list is not an aside
            parts = (trim(verb.doc, parts[0][0], aside.left_edge.i),)
        return parts
    return ()


def _frames_a_report(verb: Token) -> bool:
    """Whether a participle opening its sentence names the topic of the report after it.

    ``Speaking about the film, the bishop said ...``, ``Commenting on the vote,
    she said ...``: set off by a comma before a cue of its own, the source's
    participle and its preposition say what the report is about; the main cue
    reports. (``Asked about the vote, she said ...`` puts a question to her,
    which is reported, see :func:`_is_asked_participle`.)
    """
    head = verb.head
    start = verb.sent.start
    after = verb.right_edge.i + 1
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.left_edge.i == verb.i
        and verb.i in {start, start + 1}
        and after < len(verb.doc)
        and verb.doc[after].text == ","
        and head.i > verb.i
        and any(c.kind == "speech" for c, _ in find_cue_classes(head))
    )


def _is_adverbial_clause(clause: Token) -> bool:
    """Whether a clause the parser hung on a cue as its complement is opened by ``so``,
    ``because`` or another conjunction of an adverbial clause: ``declared an emergency
    on Monday so she could close the port`` gives the purpose of the act, not what was said."""
    return any(
        c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS and c.i == clause.left_edge.i
        for c in clause.children
    )


def _names_nothing(verb: Token, obj: Token) -> bool:
    """Whether a naming verb with a plain object and no predicate names nothing said.

    ``called the police``, ``dubbed the first season``: ``call``, ``dub``,
    ``brand`` (the lexicon's ``naming_verbs.predicate_only``) report a stance
    only with what they call their object (``called the plan a disaster``).
    Not when the parser may have read the predicate as part of the object or as a
    second one (``calls Obamacare 'crazy system'``, ``called her party
    fascist``, ``deemed the release of a few prisoners a fair trade``,
    ``branded the program as X``), nor ``called X out`` and ``called into doubt
    X``.
    """
    if cue_lemma(verb) not in active_lexicon().words("naming_verbs", "predicate_only"):
        return False
    if any(
        (c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ == "prep" and c.lower_ == "into")
        for c in verb.children
    ):
        return False
    return all(c.dep_ in _PLAIN_OBJECT_DEPS for c in obj.children) and not any(
        t.is_quote
        # "the police in Ferncloud, Manitoba": a place in apposition is no predicate
        or (t.dep_ in _PREDICATE_DEPS and t.ent_type_ not in NOT_TOPICS)
        or (t.dep_ == "amod" and t.i > t.head.i)
        or (t.dep_ == "prep" and t.lower_ == "as")
        for t in obj.subtree
        if t.i != obj.i
    ) and not obj.is_quote


def _without_finite_conjunct(
    infinitive: Token, parts: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """An infinitive content cut before a finite verb the parser coordinated with it.

    ``urged the board to think again and wrote to the minister``: a past or
    present tense verb without a subject cannot continue a bare infinitive;
    it is the source's next act, coordinated with the cue.
    """
    finite = next(
        (
            c
            for c in infinitive.children
            if c.dep_ == "conj"
            and c.tag_ in {"VBD", "VBZ"}
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
        ),
        None,
    )
    if finite is None or not parts:
        return parts
    cut = min(
        [finite.left_edge.i]
        + [c.i for c in infinitive.children if c.dep_ in {"cc", "punct"} and c.i < finite.i]
    )
    cut = max(cut, infinitive.i + 1)
    part = trim(infinitive.doc, parts[0][0], cut)
    return (part,) if part[1] > part[0] else ()


def _comma_set_infinitive(verb: Token) -> Token | None:
    """A ``to`` infinitive after a cue and a comma: ``, the lab said, to find out ...``."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and verb.doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )




def _is_enumeration(token: Token) -> bool:
    """Whether an apposition opens a list (``Trump, Ben Carson, and Carly Fiorina``)."""
    return token.dep_ == "appos" and any(c.dep_ in {"cc", "conj"} for c in token.children)


def _cut_out_cue(verb: Token, part: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """A content span around its cue, without the cue and the cue's own dependents."""
    start, end = part
    content = {
        t.i for c in verb.children if c.dep_ in {"ccomp", "xcomp", "dobj"} for t in c.subtree
    }
    own = [i for i in range(start, end) if i not in content]
    if not own:
        return ()
    doc = verb.doc
    parts = [trim(doc, start, min(own)), trim(doc, max(own) + 1, end)]
    return tuple(p for p in parts if p[1] > p[0])


def _closing_cue_content(verb: Token) -> tuple[tuple[int, int], ...]:
    """The sentence before a cue that closes it after a comma, however it is parsed.

    ``X is hanging on, but it is under pressure, said the chief executive.``:
    with an inverted subject the parser may hang the cue anywhere (or read
    the content's first noun as its subject); what precedes the comma is the
    content.
    """
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    after = [c for c in subjects if c.i > verb.i]
    if not after:
        return ()
    start = verb.i
    own_end = max(after[-1].right_edge.i, verb.i)
    while start > verb.sent.start and doc[start - 1].is_space:
        start -= 1
    if start - 1 <= verb.sent.start or doc[start - 1].text != ",":
        return ()
    rest = doc[own_end + 1 : verb.sent.end]
    if any(not (t.is_punct or t.is_space) for t in rest):
        # "..., said Mr X, founder of Y": an appositive on the source may follow
        last = next((t for t in rest if not (t.is_punct or t.is_space)), None)
        if last is None or last.head.i > own_end or last.head.i < verb.i:
            return ()
    part = trim(doc, verb.sent.start, start - 1)
    return (part,) if part[1] - part[0] >= 3 else ()


def _before_closing_cue(verb: Token) -> tuple[tuple[int, int], ...]:
    """The sentence before a cue that closes it, when the parser hung them together otherwise.

    ``Radio has made it easy ..., she said.``, ``... was
    struck by a thrown bottle, police said.``: a finite cue right
    after a comma and a short subject, with only a short tail (an addressee, a
    time) before the sentence ends, reports everything before the comma.
    """
    doc = verb.doc
    sent = verb.sent
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i - sent.start < _MIN_CLOSED_CONTENT:
        return ()
    comma = next(
        (
            t.i
            for t in reversed(doc[max(sent.start, verb.i - _MAX_CLOSING_SUBJECT - 1) : verb.i])
            if t.text == ","
        ),
        None,
    )
    if comma is None or comma == verb.i - 1:
        return ()
    subject = doc[comma + 1 : verb.i]
    if any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "PUNCT"} for t in subject) or not any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} for t in subject
    ):
        return ()
    tail = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(tail) > _MAX_CLOSING_TAIL or any(t.pos_ in {"VERB", "AUX", "SCONJ"} for t in tail):
        return ()
    if any(t.dep_ in {"dobj", "attr", "oprd"} and not is_addressee(t) for t in tail):
        return ()  # "..., Priebus proposed a plan": the cue has content of its own
    if (
        sent.end - 1 > verb.i
        and doc[sent.end - 1].text not in {".", "!", "?"}
        and not doc[sent.end - 1].is_space
    ):
        return ()
    part = trim(doc, sent.start, comma)
    finite = any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in doc[part[0] : part[1]])
    speech = cue_lemma(verb) in cue_classes()["speech"].lemmas
    return (part,) if part[1] - part[0] >= _MIN_CLOSED_CONTENT and finite and speech else ()


def _bare_answer(verb: Token) -> tuple[tuple[int, int], ...]:
    """A one-word answer or pro-form right after ``say``: ``said yes``, ``said so``, ``said as much``.

    What it stands for is elsewhere in the text, but the report is there (46
    percent said yes); the word is the content.
    """
    doc = verb.doc
    if cue_lemma(verb) != "say" or verb.i + 1 >= len(doc):
        return ()
    following = doc[verb.i + 1]
    if following.lower_ in _BARE_ANSWERS:
        end = following.i + 1
        if end < len(doc) and doc[end].lower_ == "to" and doc[end].head.i in {verb.i, following.i}:
            end = doc[end].right_edge.i + 1  # "said no to the new runway"
        return ((following.i, end),)
    if following.lower_ == "as" and verb.i + 2 < len(doc) and doc[verb.i + 2].lower_ == "much":
        return ((following.i, following.i + 2),)
    return ()


def _misattached_clause(verb: Token) -> tuple[tuple[int, int], ...]:
    """A complement clause the parser did not hang on its cue as ``ccomp``.

    - ``said after the convention he would ...``: an unmarked adverbial clause
      with its own subject after the cue;
    - ``said that the company ...`` with ``that`` read as a preposition;
    - ``says in a statement that ...``, ``said during a news conference that
      ...``: a ``that`` clause hung on a framing adverbial's noun;
    - the repairs of :mod:`quoteattr.reported.misparses` (``ruled the levy
      violated the charter``, ``report webbed feet evolved 12 times``).
    """
    closing = _closing_cue_content(verb)
    if closing:
        return closing
    for child in verb.rights:
        if child.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            marks = [c for c in child.children if c.dep_ in {"mark", "advmod"} and c.i < child.i]
            if not marks or all(m.lower_ == "that" for m in marks):
                return span_of([child])
        if child.dep_ in {"advcl", "conj"}:
            subject = misread_adverbial_subject(verb, child)
            if subject is not None:
                return span_of([subject, child])
        if child.dep_ == "prep" and child.lower_ == "that" and child.i == verb.i + 1:
            return span_of([child])
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == verb.i + 1:
            # "said seeing so many officers was a welcome sight": a gerund subject
            return span_of([child])
        if child.dep_ in {"prep", "npadvmod"}:
            for node in child.subtree:
                if node.dep_ in {"acl", "ccomp", "relcl"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == node.left_edge.i
                    for m in node.children
                ):
                    return span_of([node])
    misread = misread_noun_clause(verb)
    if misread is not None:
        return span_of(list(misread))
    return ()


def _is_as_clause(verb: Token) -> bool:
    """Whether a cue is an ``as`` clause on its content: ``As Politico reported, X``."""
    return (
        verb.dep_ == "advcl"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _is_inverted(verb: Token) -> bool:
    """Whether a cue interrupts or follows its content clause: ``X is dead, he said``."""
    head = verb.head
    if verb.dep_ == "parataxis" and head.dep_ == "ROOT" and head.i != verb.i:
        # "The hashtag, Mr. Abboud said, accompanied ...": the parser may leave the
        # interrupted clause without a verb, under a noun
        return True
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "parataxis":
        return True
    if head.i >= verb.i:
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if verb.dep_ == "advcl" and "," in {verb.left_edge.text, before.text if before else ""}:
        # "X has made it possible ..., she said.": a closing cue read as an adverbial clause
        return (
            verb.right_edge.i + 1 >= verb.sent.end - 1
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in {"mark", "ccomp", "xcomp", "dobj"} for c in verb.children)
        )
    return (
        verb.dep_ == "conj"
        and before is not None
        and before.text in {",", "—", "--", "-"}
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "cc" for c in head.children if verb.left_edge.i > c.i > head.i)
    )




def _is_fronted_object(token: Token, verb: Token) -> bool:
    """Whether ``token`` is a wh-word object before its verb: ``which`` in ``which he called X``."""
    return token.dep_ == "dobj" and token.i < verb.i and token.tag_ in WH_TAGS


def _fronted_object(verb: Token) -> tuple[tuple[int, int], ...]:
    """A wh-word object before the verb and the predicate after it, as two segments.

    ``what he called [his own October Surprise]``, ``which he describes as [his
    second home]``: the source and cue between them are left out.
    """
    fronted = next((c for c in verb.children if _is_fronted_object(c, verb)), None)
    if fronted is None:
        return ()
    predicate = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in _OBJECT_PREDICATES
        and (c.dep_ != "prep" or c.lower_ in _OBJECT_PREPOSITIONS)
    ]
    if not predicate:
        return ()
    return span_of([fronted]) + span_of(predicate)




def _question_clause(verb: Token) -> tuple[tuple[int, int], ...]:
    """A yes-no question after the verb, opened by ``if`` or ``whether``.

    ``Asked [if she believed Putin wanted Trump to win], Clinton said ...``:
    the parser hangs an ``if`` clause as an adverbial, not as the complement.
    """
    question = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "ccomp"}
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)
            and same_line(c, verb)
        ),
        None,
    )
    return span_of([question]) if question is not None else ()


def _small_clause(verb: Token) -> tuple[tuple[int, int], ...]:
    """A subject and a verbless predicate after the verb: ``consider [RT a Kremlin mouthpiece]``.

    The parser reads the pair as a clausal complement headed by the
    predicate (``mouthpiece``, ``honest``) with the subject as its ``nsubj``.
    """
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.i > verb.i
            and clause.pos_ in {"NOUN", "PROPN", "ADJ"}
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
            and same_line(clause, verb)
        ):
            return span_of([clause])
    # "considered the disclosure a deliberate attempt": the parser may read the pair
    # as an object and its predicate instead
    subject = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    predicate = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"oprd", "acomp"} and subject is not None and c.i > subject.i
        ),
        None,
    )
    if subject is not None and predicate is not None and same_line(predicate, verb):
        return span_of([subject, predicate])
    return ()


def _takes_infinitive(verb: Token) -> bool:
    """Whether an active verb takes a ``to``-infinitive complement (``continued to back``)."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or token.tag_ == "VBG"


def _is_unattributed_question(token: Token) -> bool:
    """Whether a cue is ``asked`` in the passive with no agent: ``Sanders was asked why ...``.

    The subject is who was asked, not the source; news rarely names who
    asked, and the question is still reported (with no source). A passive in
    a relative clause (``the questions he was asked``) reports nothing.
    """
    if _is_asked_participle(token):
        return True
    return (
        cue_lemma(token) == "ask"
        and token.dep_ not in {"relcl", "acl"}
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "nsubjpass" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _is_asked_participle(token: Token) -> bool:
    """Whether a cue is a bare ``asked`` opening an adverbial: ``Asked if ..., Clinton said``.

    The main clause's subject is who was asked, not the source; with no
    ``by`` agent the text names no source.
    """
    return (
        cue_lemma(token) == "ask"
        and token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent", "auxpass"} for c in token.children)
    )


def _confidence(token: Token, cue_class: CueClass, parts: tuple[tuple[int, int], ...]) -> float:
    confidence = cue_class.confidence
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
        confidence *= 0.6
    if sum(end - start for start, end in parts) < 2:
        confidence *= 0.7
    return round(confidence, 3)
