"""Reported speech and claims: indirect and mixed quotes.

Every cue of the lexicon (:mod:`quoteattr.cues`) outside quotation marks is
read with the dependency parse, in the order of ``docs/cues.md``:

- verb cues, in the frame of their class: a clausal complement (``said
  (that) ...``, ``asked whether ...``), before the cue too (``..., Mr Lavrov
  said.``), or the clause a parenthetical cue interrupts (``The deal, he
  said, is dead`` gives two content segments); an infinitive complement
  (``vowed to ...``, ``urged Congress to ...``); an object with its
  predicate (``called the sanctions "flawed"``, ``accused Moscow of
  meddling`` gives ``Moscow of meddling``); a prepositional object
  (``called for ...``, ``warned against ...``); a small clause
  (``consider RT a mouthpiece``);
- noun cues: a clause after a nominal cue (``X's claim that ...``), a light
  verb's noun (``took issue with X``) and a cue noun's own content and
  source (``Trump's criticism of X``, :mod:`quoteattr.nominal`);
- adjective cues: a stance adjective's clause or prepositional object (``X
  is confident that ...``, ``X seemed critical of ...``, ``X made it clear
  that ...``);
- phrases, prepositions and punctuation: the clause around ``according to
  X``, a framing preposition (``To many, ...``, ``by one estimate``), a line
  opened by a source and a colon (``WALLACE: ...``), a sentence opened by a
  poll (``In the latest poll, ...``) and headlines.

What comes out: a content holding quotation marks is a mixed quote; a
content entirely inside quotation marks is a direct quote (``X said:
"..."``). A second speech cue coordinated after a content (``... and adds
...``, ``..., adding ...``) starts the source's next report, with the same
source when it has no subject of its own (``X said A ... but said B``).

Where a content ends: a comma-set gloss closing it is the writer's (``...,
which ...``, ``..., where he trails ...``, ``...," referring to ...``), and
so is a phrase on the cue after a noun-phrase content that frames the report
(``called for X in a statement on Thursday``, ``endorsed X after ...``).
What the parser hangs on the cue but belongs to the content stays in it: a
complement after the cue rather than a phrase before it (``In an interview,
X said Y``), a bare verb coordinated with a finite cue (``said she wanted to
speak and let them know ...``), and the rest of the sentence after a quoted
fragment (``was "futile," because ...``, ``"bemused interest," and there
was ...``). A cue inside a subordinate clause of the content (``until Haley
said ...``) does not end it.

Not attributions: negated or withheld speech (``did not comment``,
``declined to say``), hypotheticals (``if he says ...``), cues without a
source (``it was reported``, ``is seen as``) and cues inside a quotation or
inside the content of another report (nested attributions are not counted),
the writer's ``you`` (``Do you support X?``) and a speech act named without
its content (``issued a statement``).
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.cues import (
    CueClass,
    cue_classes,
    cue_lemma,
    cue_lexicon,
    find_cue_classes,
    framing_confidence,
    framing_cues,
    is_withheld,
    light_confidence,
    light_cues,
    nominal_confidence,
    phrase_confidence,
    stance_cues,
)
from quoteattr.doctext import doc_text, doc_tokens
from quoteattr.nominal import find_nominal_frame
from quoteattr.quotemarks import Quotation
from quoteattr.resolution.names import lexicon, role_key
from quoteattr.resolution.roles import is_person_noun
from quoteattr.results import Quote, QuoteType, Source, TextSpan
from quoteattr.sources import find_according_to_source, find_source_mention, noun_phrase

_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing", "noone"})
_MAX_LABEL_TOKENS = 5
_MIN_COLON_CONTENT = 3
_MAX_NAME_LABEL = 3
#: Line labels that announce a section, never a source (``UPDATE: ...``).
_NON_SOURCE_LABELS = frozenset(
    {
        "update",
        "updated",
        "note",
        "related",
        "correction",
        "editor",
        "photo",
        "video",
        "watch",
        "read",
        "source",
        "sources",
        "advertisement",
        "disclosure",
        "clarification",
        "q",
        "a",
        "breaking",
        "look",
        "listen",
        "bombshell",
        "byline",
    }
)
_COLON_CONFIDENCE = 0.6
#: Bounds of a sentence closed by ``, SUBJECT said [tail].``: its content, subject and tail.
_MIN_CLOSED_CONTENT = 4
_MAX_CLOSING_SUBJECT = 6
_MAX_CLOSING_TAIL = 6
#: Words that stand for a whole answer after ``say`` (``said yes``, ``said so``).
_BARE_ANSWERS = frozenset({"yes", "no", "so"})
#: Title-case speech verbs of headlines, which the tagger often reads as names.
_HEADLINE_CUES = frozenset(
    {"Says", "Said", "Tells", "Told", "Tweets", "Tweeted", "Explains", "Warns", "Admits", "Claims"}
)
#: Adverbs between a headline's source and its cue (``Trump Just Said``).
_HEADLINE_ADVERBS = frozenset({"Just", "Now", "Also", "Finally"})
#: Tokens that end a headline's source or content.
_HEADLINE_BREAKS = frozenset({",", ":", "-", "\u2013", "\u2014", "--", ";"})
#: Longest headline label naming a source and whom or what it addresses (``X to Y:``).
_MAX_ADDRESSING_LABEL = 10
#: Words that end the source in such a label.
_ADDRESSING_WORDS = frozenset({"to", "on", "at"})
#: Confidence factor of a question put by no one named (``was asked why``).
_UNATTRIBUTED_FACTOR = 0.7
#: Longest subject of a cue set off by commas inside its content (``, X said,``).
_MAX_PARENTHETICAL_SUBJECT = 6
#: Tags of a finite verb or its modal.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Cue classes whose negation still attributes a stance (``doesn't think that ...``).
_NEGATABLE_CLASSES = frozenset({"cognition", "intention"})
_EVIDENCE_IN_CONFIDENCE = 0.6
#: Fewest content tokens of a framing cue (``by all accounts`` before ``who is`` is too few).
_MIN_FRAMED_CONTENT = 3
#: Quantifiers standing for people after a viewpoint ``to`` (``To many, ...``).
_VIEWERS = frozenset({"many", "others", "some", "most"})
_EVIDENCE_LABELS = frozenset({"poll", "survey", "study", "report", "analysis"})
#: Plurals the lemmatizer leaves as they are in title case (``In Polls``).
_EVIDENCE_PLURALS = frozenset({"polls", "surveys", "studies", "reports"})
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
#: Right dependents of a cue verb that never extend its content.
#: Entity types of a prepositional object that is a time or place, not a topic.
_NOT_TOPICS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_DASHES = frozenset({"—", "--", "–"})
#: Links from a clause up to the sentence a closing ``according to X`` vouches for.
_VOUCHED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
_NOT_CONTENT_TAIL = frozenset({"punct", "cc", "conj", "parataxis", "dep", "mark"})
_OBJECT_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "prep", "acomp", "advcl"})
_OBJECT_PREPOSITIONS = frozenset({"of", "for", "as", "over", "with", "to"})
#: What may run on after a cue's object or clause inside its content.
_RUN_ON_MODIFIERS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
#: Where a report appeared (``posted the story on its website``): its setting, not its content.
_MEDIA = frozenset(
    {
        "website",
        "site",
        "twitter",
        "facebook",
        "instagram",
        "blog",
        "page",
        "account",
        "feed",
        "show",
        "program",
        "air",
        "television",
        "radio",
        "interview",
        "broadcast",
        "podcast",
        "channel",
        "statement",
        "tweet",
        "video",
        "speech",
        "debate",
    }
)
#: Prepositions that place a report in time or setting, ending a run-on (``at a rally``,
#: ``since 2008``).
_RUN_ON_STOPS = frozenset({"at", "since", "after", "by", "according", "before", "from"})
#: Common nouns that name an audience rather than what was said (``told reporters``).
_ADDRESSEES = frozenset({"reporter", "crowd", "audience", "supporter", "voter", "show", "member"})
#: Conjunctions of a subordinate clause that completes a content, even when it holds a
#: cue of its own: "he was riding the fence until Haley said she ...".
_CONTENT_MARKS = frozenset({"until", "before", "unless", "if", "whether", "that", "once"})
#: Conjunctions of a subordinate clause that may continue a content after a quoted fragment.
_CONTENT_CLAUSE_MARKS = frozenset(
    {"because", "since", "though", "although", "so", "as", "while", "when", "after", "if", "until"}
)
#: Prepositions of a phrase on a cue that frames the report: ``during a rally``, ``despite ...``.
_FRAMING_PREPOSITIONS = frozenset(
    {"during", "after", "before", "since", "following", "despite", "amid", "throughout", "while"}
    | {"than", "like"}
)
#: Prepositions that frame a report when their object is a time or an occasion of speech.
_SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "from", "through", "via"})
#: Occasions of speech: ``in a statement``, ``at a rally``, ``on his Twitter page``.
_OCCASIONS = frozenset(
    {"interview", "statement", "speech", "rally", "debate", "appearance", "event", "conference"}
    | {"letter", "post", "tweet", "video", "show", "program", "meeting", "hearing", "stop"}
    | {"remark", "op", "editorial", "address", "briefing", "broadcast", "page", "call"}
    | {"session", "forum", "radio", "television", "town", "news", "release", "email"}
    | {"message", "campaign", "stump"}
)
#: Entity types of a time.
_TIMES = frozenset({"DATE", "TIME"})
#: Conjunctions of an adverbial clause on a cue that frames the report: ``after he ...``.
_FRAMING_MARKS = frozenset(
    {"after", "before", "since", "while", "when", "because", "though", "although", "whereas"}
)
#: Parts of speech of the head of a noun-phrase content.
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ"})
#: Punctuation that opens a writer's aside at the end of a content.
_ASIDE_OPENERS = frozenset({","})
#: Leading and trailing tokens never part of a content.
_TRIM_DEPS = frozenset({"cc", "punct"})
_PUT_QUESTION_LEMMAS = frozenset({"ask", "press", "question"})


@attrs.frozen
class _Candidate:
    """A reported quote before its type is known: token ranges over the Doc."""

    parts: tuple[tuple[int, int], ...]  # (start_token, end_token) ranges
    cue: tuple[int, int]  # char offsets
    #: ``None`` only for a question put to its subject by no one named (``was asked why``).
    source: Span | None
    confidence: float
    #: The content is the cue's object noun phrase (``issued a statement``).
    nominal: bool = False


def find_reported_speech(doc: Doc, quotations: list[Quotation]) -> list[Quote]:
    """Indirect and mixed quotes (and direct ones a cue introduces) in a parsed Doc.

    Args:
        doc: A parsed Doc.
        quotations: The quotations of ``doc.text``.

    Returns:
        One quote per reported clause, in text order. A clause holding a
        quotation is a mixed quote; one entirely inside quotation marks is
        direct.
    """
    quoted = _quoted_mask(len(doc_text(doc)), quotations)
    candidates: list[_Candidate] = []
    for token in doc_tokens(doc):
        if quoted[token.idx]:
            continue
        found = (
            _from_according_to(token)
            or _from_verb(token)
            or _from_parenthetical(token)
            or _from_relative_cue(token)
            or _from_noun(token)
            or _from_light_noun(token)
            or _from_nominal_frame(token)
            or _from_stance_adjective(token)
            or _from_made_clear(token)
            or _from_colon(token)
            or _from_evidence_in(token)
            or _from_headline(token)
            or _from_framing(token)
            or _from_headline_evidence(token)
        )
        if found is not None:
            candidates.append(found)
    candidates = _split_continuations(candidates, doc)
    candidates = [_without_according_to(c, doc) for c in candidates]
    candidates = _drop_nested([_without_continuations(c, doc) for c in candidates], doc)
    candidates = [_without_trailing_aside(c, doc) for c in candidates]
    candidates = [_without_framing_adjunct(c, doc) for c in candidates]
    candidates = [_without_leading_time(c, doc) for c in candidates]
    quotes = [_to_quote(doc, c, quotations, quoted) for c in candidates]
    return sorted((q for q in quotes if q is not None), key=lambda q: (q.start, q.end))


def _from_verb(token: Token) -> _Candidate | None:
    matches = find_cue_classes(token)
    if matches and _is_negated(token):
        # "doesn't think Clinton can win", "don't want a crazy man": a negated belief
        # or wish still states the source's stance; negated speech reports nothing
        matches = [m for m in matches if _holds_negated_stance(token, m[0])]
    if (
        not matches
        or is_withheld(token)
        or _is_hypothetical(token)
        or _is_markup(token)
        or _is_reader_address(token)
    ):
        return None
    for cue_class, particle in matches:
        if "clause" in cue_class.frames and _takes_infinitive(token):
            # "continued to back him", "wants to see": an infinitive, not a reported clause
            continue
        for frame in cue_class.frames:
            if frame == "object" and any(_light_preposition(c) for c in token.children):
                # "expressed concern about X": the light-verb cue reads X
                continue
            if frame == "object" and (_is_anonymity_purpose(token) or _is_hedged(token)):
                # "spoke on condition of anonymity to discuss the meeting", "reportedly
                # discussed the situation": a topic, not a content
                continue
            parts = _content(token, frame, particle, addressee=cue_class.addressee)
            if not parts or _is_speech_act(token.doc, parts, cue_class.min_words):
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
            if not parts or (source is not None and _overlaps(parts, source.start, source.end)):
                continue
            cue_end = particle if particle is not None and particle.i > token.i else token
            cue = (token.idx, cue_end.idx + len(cue_end))
            confidence = _confidence(token, cue_class, parts)
            if source is None:
                confidence = round(confidence * _UNATTRIBUTED_FACTOR, 3)
            return _Candidate(parts, cue, source, confidence, nominal=frame == "object")
    return None


def _holds_negated_stance(token: Token, cue_class: CueClass) -> bool:
    """Whether a negated cue of ``cue_class`` still attributes a stance (``doesn't think X``).

    Only an active belief or wish negated by ``not`` counts: ``nobody thinks``
    and ``no one wants`` have no source, ``is not expected to`` names none, and
    ``did not want to be named`` asks for anonymity.
    """
    return cue_class.name in _NEGATABLE_CLASSES and not any(
        c.dep_ == "auxpass"
        # "did not want to be named": a wish about being named, not a stance
        or (c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children))
        or c.dep_ in {"nsubj", "nsubjpass"}
        and (
            c.lower_ in _NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)
        )
        for c in token.children
    )


def _is_anonymity_purpose(token: Token) -> bool:
    """Whether a cue gives the reason for anonymity: ``spoke on condition of anonymity to discuss``.

    What a source asked anonymity to discuss is a topic, not a content (but
    ``anonymity to speak freely about X`` is read, as PolNeAR marks it).
    """
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].lower_ == "to"
        and doc[token.i - 2].lower_ in {"anonymity", "anonymously"}
    )


def _is_hedged(token: Token) -> bool:
    """Whether a cue carries a sourceless hedge (``reportedly discussed``): hearsay, not a report."""
    return any(c.dep_ == "advmod" and c.lower_ in cue_lexicon()["hedges"] for c in token.children)


def _closes_quotation(before: Token, verb: Token) -> bool:
    """Whether a quotation mark ends the complement ``before`` the cue (``"A," X said, ...``)."""
    between = verb.doc[before.right_edge.i + 1 : verb.i]
    return any(t.is_quote for t in between)


def _continued_source(token: Token) -> Span | None:
    """The source of the report a subjectless cue continues: ``X said A ... but said B``.

    The parser hangs the second cue inside the first report's content; its
    source is the nearest enclosing cue's.
    """
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or not _is_continuation(token):
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
        part = _trim(verb.doc, particle.i + 1, end)
        return (part,) if part[1] > part[0] else ()
    if particle is not None and particle.dep_ != "prt":
        objects = [c for c in particle.children if c.dep_ in {"pobj", "pcomp"}]
        if not objects:
            return ()
        direct = [c for c in children if c.dep_ == "dobj" and c.i < particle.i]
        # "called for $1 trillion in new spending to improve ...": the verb's later
        # modifiers belong to the content; a coordinated verb does not
        rest = [c for c in children if c.i > particle.i and c.dep_ not in _NOT_CONTENT_TAIL]
        fronted = [c for c in direct if _is_fronted_object(c, verb)]
        if fronted:
            # "which he views as [part of a negotiation]": the relative pronoun, then the predicate
            return _span_of(fronted[:1]) + _span_of(objects + rest)
        return _span_of(direct + objects + rest)
    if frame == "clause":
        # a parse running over a line break may hang the line before on the cue
        clause = [c for c in children if c.dep_ == "ccomp" and _same_line(c, verb)]
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
                return _span_of(clause[:1]) + _span_of(tail[:1])
            if len(clause) > 1 and all(c.i > verb.i for c in clause):
                # "said they're fine with however it plays out": the parser splits one
                # complement into several ccomp children
                clause = [clause[0], clause[-1]]
            else:
                clause = clause[:1]
            parts = _span_of(
                clause
                + tail[:1]
                + _content_conjuncts(verb, clause[-1])
                + _content_adverbials(verb, clause[-1])
                + _clause_modifiers(verb, clause[-1], tail[:1])
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
        if _is_inverted(verb) or _is_as_clause(verb):
            return _interrupted(verb.head, verb)
        return _misattached_clause(verb) or _bare_answer(verb) or _before_closing_cue(verb)
    if frame == "marked_clause":
        # "described how he combined his work": only a clause opened by "that" or a wh-word
        marked = next(
            (
                c
                for c in children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and (c.left_edge.lower_ == "that" or c.left_edge.tag_ in _WH_TAGS)
            ),
            None,
        )
        return _span_of([marked]) if marked is not None and _same_line(marked, verb) else ()
    if frame == "infinitive":
        infinitive = [
            c for c in children if c.dep_ == "xcomp" and c.i > verb.i and _is_infinitive(c)
        ]
        if not infinitive:
            return ()
        addressees = [c for c in children if c.dep_ == "dobj" and c.i < infinitive[0].i]
        return _span_of(addressees + infinitive[:1])
    if frame == "small_clause":
        return _small_clause(verb)
    if frame == "question_clause":
        return _question_clause(verb)
    if frame == "object":
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects:
            return _fronted_object(verb)
        extra = [
            c
            for c in children
            if c.i > objects[0].i
            and c.dep_ in _OBJECT_PREDICATES
            and (c.dep_ != "prep" or c.lower_ in _OBJECT_PREPOSITIONS)
        ]
        if addressee and not extra and _is_addressee(objects[0]):
            return ()
        parts = _span_of(objects[:1] + extra + _object_modifiers(verb, objects[0], extra))
        if not extra:
            parts = _with_misread_clause(verb, objects[0], parts)
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
            parts = (_trim(verb.doc, parts[0][0], aside.left_edge.i),)
        return parts
    return ()


def _object_modifiers(verb: Token, obj: Token, extra: list[Token]) -> list[Token]:
    """The cue's modifiers that run on after its object noun phrase: part of the content.

    ``pledged their support on the second vote``, ``blamed the violence on a
    "disturbed person"``, ``rejected the offer prior to the debate``: a
    prepositional phrase or adverb hung on the cue right after its object
    completes what was said.
    """
    last = max([obj.right_edge.i] + [e.right_edge.i for e in extra])
    return _run_on_modifiers(verb, last, keep_times=False)


def _clause_modifiers(verb: Token, clause: Token, tail: list[Token]) -> list[Token]:
    """The cue's modifiers that run on after its complement clause: part of the content.

    ``charged that she "hid" the documents because they appeared to contradict
    her pledge``: the parser hangs a subordinate clause or phrase right after
    the complement on the cue; it still tells what was said.
    """
    if clause.i < verb.i:
        return []
    last = max([clause.right_edge.i] + [t.right_edge.i for t in tail])
    return _run_on_modifiers(verb, last, keep_times=True)


def _run_on_modifiers(verb: Token, last: int, *, keep_times: bool) -> list[Token]:
    """The cue's right modifiers that follow token ``last`` with nothing between them.

    A comma stops the run, and so does a phrase of setting (``at a press
    conference``, ``since 2008``), which places the report rather than telling
    its content. Unless ``keep_times``, so does a phrase naming a time (``on
    Monday``): after a clause, such a phrase is more often part of it.
    """
    doc = verb.doc
    found = []
    for child in verb.rights:
        if child.i <= last:
            continue
        if child.dep_ not in _RUN_ON_MODIFIERS or child.lower_ in _RUN_ON_STOPS:
            break
        if any(t.is_punct or t.is_space for t in doc[last + 1 : child.left_edge.i + 1]):
            break
        if not keep_times and any(t.ent_type_ in _TIMES for t in child.subtree):
            break
        if any(c.dep_ == "pobj" and c.lemma_.lower() in _MEDIA for c in child.children):
            break
        found.append(child)
        last = child.right_edge.i
    return found


def _with_misread_clause(
    verb: Token, obj: Token, parts: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """A content that runs on over the verb of a clause the parser took for an object.

    ``saying a state law banning fracking is hurting the economy``: after a
    cue that takes a clause, an "object" followed at once by a finite verb is
    that verb's subject, and the whole clause is the content.
    """
    doc = verb.doc
    after = obj.right_edge.i + 1
    if not parts or after >= len(doc) or parts[-1][1] != after:
        return parts
    if not any("clause" in cue_class.frames for cue_class, _ in find_cue_classes(verb)):
        return parts
    token = doc[after]
    if token.tag_ not in _FINITE_TAGS or token.pos_ not in {"AUX", "VERB"}:
        return parts
    head = token.head if token.dep_ in {"aux", "auxpass"} else token
    if head.i < after:
        return parts
    return (*parts[:-1], _trim(doc, parts[-1][0], head.right_edge.i + 1))


def _content_conjuncts(verb: Token, clause: Token) -> list[Token]:
    """Verb phrases the parser coordinated with the cue that belong to its content.

    ``said she wanted to speak "directly to white people" and let them know
    ...``: a bare or ``-ing`` verb after the content, without a subject or an
    auxiliary of its own, cannot be coordinated with a finite cue (``let``
    after ``said``); it continues the content.
    """
    if clause.i < verb.i or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return []
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return []  # "has suggested X, talked of Y": the auxiliary is shared
    return [
        c
        for c in verb.rights
        if c.dep_ == "conj"
        and c.i > clause.right_edge.i
        and c.tag_ in {"VB", "VBG"}
        and not any(g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for g in c.children)
    ][:1]


def _content_adverbials(verb: Token, clause: Token) -> list[Token]:
    """A subordinate clause right after a content ending in a quoted fragment, hung on the cue.

    ``wrote that such a request was "futile," because ... the FBI now possesses
    them``: after a closing quotation mark the parser often hangs the rest of
    the sentence on the cue; it still belongs to the content.
    """
    doc = verb.doc
    end = clause.right_edge.i + 1
    if clause.i < verb.i or not any(t.is_quote for t in doc[max(end - 2, 0) : end + 1]):
        return []
    for child in verb.rights:
        if child.i <= clause.i or child.dep_ != "advcl":
            continue
        between = doc[end : child.left_edge.i]
        marks = [c for c in child.children if c.dep_ == "mark"]
        if all(t.is_punct for t in between) and marks and marks[0].lower_ in _CONTENT_CLAUSE_MARKS:
            return [child]
    return []


def _is_enumeration(token: Token) -> bool:
    """Whether an apposition opens a list (``Trump, Ben Carson, and Carly Fiorina``)."""
    return token.dep_ == "appos" and any(c.dep_ in {"cc", "conj"} for c in token.children)


def _same_line(first: Token, second: Token) -> bool:
    """Whether no line break separates two tokens."""
    start, end = sorted((first.idx, second.idx))
    return "\n" not in doc_text(first.doc)[start:end]


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
    parts = [_trim(doc, start, min(own)), _trim(doc, max(own) + 1, end)]
    return tuple(p for p in parts if p[1] > p[0])


def _is_addressee(token: Token) -> bool:
    """Whether an object names whom a speaker addresses: a person, a pronoun, an organisation."""
    return (
        token.pos_ in {"PRON", "PROPN"}
        or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or cue_lemma(token) in _ADDRESSEES
    )


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
    part = _trim(doc, verb.sent.start, start - 1)
    return (part,) if part[1] - part[0] >= 3 else ()


def _before_closing_cue(verb: Token) -> tuple[tuple[int, int], ...]:
    """The sentence before a cue that closes it, when the parser hung them together otherwise.

    ``The Internet has made it possible ..., she said.``, ``... was
    pepper-sprayed by another bystander, police said.``: a finite cue right
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
    if any(t.dep_ in {"dobj", "attr", "oprd"} and not _is_addressee(t) for t in tail):
        return ()  # "..., Priebus proposed a plan": the cue has content of its own
    if (
        sent.end - 1 > verb.i
        and doc[sent.end - 1].text not in {".", "!", "?"}
        and not doc[sent.end - 1].is_space
    ):
        return ()
    part = _trim(doc, sent.start, comma)
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
            end = doc[end].right_edge.i + 1  # "said no to the Iraq war"
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
      ...``: a ``that`` clause hung on a framing adverbial's noun.
    """
    closing = _closing_cue_content(verb)
    if closing:
        return closing
    for child in verb.rights:
        if child.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            marks = [c for c in child.children if c.dep_ in {"mark", "advmod"} and c.i < child.i]
            if not marks or all(m.lower_ == "that" for m in marks):
                return _span_of([child])
        if child.dep_ == "prep" and child.lower_ == "that" and child.i == verb.i + 1:
            return _span_of([child])
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == verb.i + 1:
            # "said seeing so many officers was a welcome sight": a gerund subject
            return _span_of([child])
        if child.dep_ in {"prep", "npadvmod"}:
            for node in child.subtree:
                if node.dep_ in {"acl", "ccomp", "relcl"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == node.left_edge.i
                    for m in node.children
                ):
                    return _span_of([node])
    return ()


def _from_according_to(token: Token) -> _Candidate | None:
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    source = find_according_to_source(token)
    if source is None:
        return None
    clause = token.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"} and token.i > clause.i:
        # "A rose, but B declined, according to X": the source vouches for both clauses
        clause = clause.head
    if _closes_sentence(token):
        clause = _sentence_clause(clause)
    parts = _interrupted(clause, token)
    # What follows "according to X" without a verb is an afterthought, not the claim.
    parts = tuple(
        (start, end)
        for start, end in parts
        if start < token.i or any(t.pos_ in {"VERB", "AUX"} for t in token.doc[start:end])
    )
    if not parts:
        return None
    to = token.nbor()
    return _Candidate(parts, (token.idx, to.idx + len(to)), source, phrase_confidence())


def _without_according_to(candidate: _Candidate, doc: Doc) -> _Candidate:
    """End another cue's content before a closing ``, according to X``: a report of its own.

    ``The president told her that it was not that simple, according to an
    account she gave``: the account vouches for the whole sentence, cue and
    all (see :func:`_sentence_clause`); the telling is nested inside it.
    """
    start, end = candidate.parts[-1]
    for token in doc[start + 1 : end]:
        if (
            token.lower_ == "according"
            and token.idx != candidate.cue[0]
            and _closes_sentence(token)
            and token.nbor().lower_ == "to"
        ):
            last = _trim(doc, start, token.i)
            if last[1] > last[0]:
                return attrs.evolve(candidate, parts=(*candidate.parts[:-1], last))
    return candidate


def _closes_sentence(according: Token) -> bool:
    """Whether ``, according to X`` ends its sentence (only punctuation after it)."""
    doc = according.doc
    before = doc[according.i - 1] if according.i > 0 else None
    if before is None or before.text != ",":
        return False
    end = max(according.right_edge.i, according.nbor().right_edge.i) + 1
    return all(t.is_punct or t.is_space for t in doc[end : according.sent.end])


def _sentence_clause(clause: Token) -> Token:
    """The clause a sentence-closing ``according to X`` vouches for: the whole sentence.

    ``More than 6 in 10 voters said that Wall Street hurts the economy,
    according to exit polling``: the parser hangs the phrase on the last
    clause, but the source vouches for the sentence, report and all.
    """
    while (
        clause.dep_ in _VOUCHED_DEPS
        and clause.head.i != clause.i
        and _same_line(clause, clause.head)
    ):
        clause = clause.head
    return clause


def _from_evidence_in(token: Token) -> _Candidate | None:
    """A sentence opened by a poll or study: ``In the latest poll, Ms Clinton leads by five``."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    if (
        token.i != token.sent.start
        or token.right_edge.i + 1 >= len(token.doc)
        or token.right_edge.nbor().text != ","
    ):
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    clause = token.head
    if pobj is None or cue_lemma(pobj) not in _EVIDENCE_LABELS or find_cue_classes(clause):
        return None
    parts = _interrupted(clause, token)
    if not parts:
        return None
    return _Candidate(
        parts, (token.idx, token.idx + len(token)), noun_phrase(pobj), _EVIDENCE_IN_CONFIDENCE
    )


def _from_framing(token: Token) -> _Candidate | None:
    """A clause credited to a viewpoint or a reckoning by a preposition (cues.json ``framing``).

    - ``To many, Santilli is a provocateur``, ``But to others, he's ...``: a
      sentence opened by ``to`` and a person, a group or a pronoun, then a
      comma; the rest of the sentence is the content.
    - ``..., by one estimate``, ``By some measures, X has a case``, ``who, by
      popular reckoning, have ...``: ``by`` and a noun of reckoning; the
      clause around it is the content.
    """
    viewpoint, reckoning, nouns = framing_cues()
    if token.dep_ != "prep" or token.lower_ not in viewpoint | reckoning:
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if token.lower_ in viewpoint:
        if not _opens_sentence(token) or not _is_viewer(pobj):
            return None
        after = token.right_edge.i + 1
        if after >= len(token.doc) or token.doc[after].text != ",":
            return None
        if token.head.pos_ not in {"VERB", "AUX"}:
            return None
        parts = tuple(p for p in _interrupted(token.head, token) if p[0] > token.i)
    else:
        if cue_lemma(pobj) not in nouns:
            return None
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ not in {"VERB", "AUX"}:
            return None
        parts = _interrupted(clause, token)
    if sum(end - start for start, end in parts) < _MIN_FRAMED_CONTENT:
        return None
    cue = (token.idx, token.idx + len(token))
    return _Candidate(parts, cue, noun_phrase(pobj), framing_confidence())


def _opens_sentence(token: Token) -> bool:
    """Whether ``token`` starts its sentence, after a conjunction at most (``But to ...``)."""
    start = token.sent.start
    return token.i == start or (token.i == start + 1 and token.doc[start].dep_ == "cc")


def _is_viewer(token: Token) -> bool:
    """Whether a noun names whose view a sentence gives: a person, a group, a pronoun, ``many``."""
    return (
        token.ent_type_ in {"PERSON", "ORG", "NORP"}
        or token.pos_ == "PRON"
        or token.lower_ in _VIEWERS
    )


def _from_headline_evidence(token: Token) -> _Candidate | None:
    """A headline credited to a poll or study: ``Clinton stays well ahead of Sanders in latest poll``.

    On a document's first line, followed by more lines, ``in`` and a poll,
    survey, study or report (the evidence labels) attributes the rest of the
    line to it.
    """
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    doc = token.doc
    text = doc_text(doc)
    line_end = text.find("\n")
    if line_end < 0 or token.idx >= line_end:
        # a text of one line has no headline
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or cue_lemma(pobj) not in _EVIDENCE_LABELS | _EVIDENCE_PLURALS:
        return None
    line = doc.char_span(0, line_end, alignment_mode="contract")
    if line is None:
        return None
    parts = [
        _trim(doc, line.start, token.i),
        _trim(doc, token.right_edge.i + 1, line.end),
    ]
    parts = [(start, end) for start, end in parts if end > start]
    while parts and doc[parts[-1][1] - 1].is_punct:
        parts[-1] = (parts[-1][0], parts[-1][1] - 1)
    parts = [(start, end) for start, end in parts if end > start]
    if sum(end - start for start, end in parts) < _MIN_FRAMED_CONTENT:
        return None
    cue = (token.idx, token.idx + len(token))
    return _Candidate(tuple(parts), cue, noun_phrase(pobj), _EVIDENCE_IN_CONFIDENCE)


def _from_noun(token: Token) -> _Candidate | None:
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
    parts = _span_of([clause])
    return _Candidate(parts, (token.idx, token.idx + len(token)), source, nominal_confidence())


def _from_light_noun(token: Token) -> _Candidate | None:
    """A light verb's speech or stance noun: ``made comments about X``, ``took issue with X``."""
    prep = _light_preposition(token)
    if prep is None:
        return None
    verb = token.head
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    source = find_source_mention(verb)
    parts = _span_of(objects[:1])
    if source is None or not parts:
        return None
    cue = (verb.idx, prep.idx + len(prep))
    return _Candidate(parts, cue, source, light_confidence(), nominal=True)


def _from_nominal_frame(token: Token) -> _Candidate | None:
    """A cue noun with its own content and source: ``her proposal for ...`` (see nominal.py)."""
    found = find_nominal_frame(token)
    if found is None or (token.dep_ == "dobj" and find_cue_classes(token.head)):
        # "announced his endorsement of X": the cue verb reports the whole noun phrase
        return None
    doc = token.doc
    parts = (_trim(doc, *found.content),)
    if parts[0][1] <= parts[0][0]:
        return None
    return _Candidate(
        parts,
        (token.idx, token.idx + len(token)),
        doc[found.source[0] : found.source[1]],
        found.confidence,
        nominal=found.frame != "that",
    )


#: Subjects of a stance adjective that are no source (``it is clear that``, ``this is critical to``).
_NOT_STANCE_SOURCES = frozenset({"it", "this", "that", "which", "there", "what"})


def _from_stance_adjective(token: Token) -> _Candidate | None:
    """A stance adjective after a linking verb: ``X is confident that Y``, ``X seemed critical of Y``.

    The adjective's that-clause or prepositional object is the content, for
    the adjectives and pairs the lexicon's ``stance`` entry lists; the
    linking verb's subject is the source, when it may hold a stance.
    """
    if token.pos_ != "ADJ" and token.tag_ != "VBN":
        return None
    stance = stance_cues()
    predicate = token
    while predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        # "are ambivalent or frustrated with X": the first adjective hangs on the link
        predicate = predicate.head
    link = predicate.head
    if (
        (token.pos_ != "ADJ" and token.tag_ != "VBN")  # "are not convinced that": a participle
        or predicate.dep_ not in {"acomp", "oprd"}
        or cue_lemma(link) not in stance.links
        or _is_hypothetical(link)
    ):
        return None
    # a participle's lemma is its verb's: the lexicon lists the word as written
    lemma = cue_lemma(token) if token.pos_ == "ADJ" else token.lower_
    parts: tuple[tuple[int, int], ...] = ()
    cue_end = token
    if lemma in stance.clause:
        # the parser hangs the clause on the adjective or on the linking verb
        clause = next(
            (
                c
                for c in [*token.rights, *link.rights]
                if c.dep_ == "ccomp" and c.i > token.i and _same_line(c, token)
            ),
            None,
        )
        parts = _span_of([clause]) if clause is not None else ()
    if not parts:
        prep = next(
            (c for c in token.rights if c.dep_ == "prep" and (lemma, c.lower_) in stance.pairs),
            None,
        )
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}] if prep else []
        if prep is not None and objects:
            # "concerned about X and about Y": a repeated preposition continues the content
            more = [
                c
                for c in [*prep.children, *token.rights]
                if c.i > prep.i and c.pos_ == "ADP" and c.lower_ == prep.lower_
            ]
            parts = _span_of(objects[:1] + more)
            cue_end = prep
    if not parts:
        return None
    source = find_source_mention(link)
    if (
        source is None
        or not _holds_stance(source.root)
        or _overlaps(parts, source.start, source.end)
    ):
        return None
    cue = (token.idx, cue_end.idx + len(cue_end))
    return _Candidate(parts, cue, source, stance.confidence)


def _from_made_clear(token: Token) -> _Candidate | None:
    """``X made (it) clear that Y``: what the subject made clear, known or plain is the content.

    The parser hangs the clause on ``make`` or on the adjective (as an
    adverbial clause opened by ``that``); without a clause, an object of
    ``make`` after the adjective is the content (``made clear his aim``).
    """
    if token.lower_ not in stance_cues().made or token.dep_ not in {"ccomp", "oprd", "acomp"}:
        return None
    make = token.head
    if cue_lemma(make) != "make" or _is_negated(make) or _is_hypothetical(make):
        return None
    after = [c for c in [*token.rights, *make.rights] if c.i > token.i and _same_line(c, token)]
    content = next(
        (
            c
            for c in after
            # "made clear he will run": the parser may read the clause as the adjective's subject
            if c.dep_ in {"ccomp", "csubj"}
            or (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            )
        ),
        None,
    ) or next((c for c in after if c.dep_ == "dobj"), None)
    if content is None:
        return None
    parts = _span_of([content])
    source = find_source_mention(make)
    if (
        not parts
        or source is None
        or source.root.lower_ in _NOT_STANCE_SOURCES
        or _overlaps(parts, source.start, source.end)
    ):
        return None
    return _Candidate(parts, (make.idx, token.idx + len(token)), source, stance_cues().confidence)


def _from_parenthetical(token: Token) -> _Candidate | None:
    """A cue set off by commas inside its content, however the parser hung it.

    ``These employees, Stumpf explained at the hearing, were well paid``,
    ``This sort of opining, CNN claimed, violates its code``: a subject and a
    clause-taking cue between two commas, with at most adverbials or an
    addressee after the cue, interrupt a sentence whose rest holds a finite
    verb. The content is the sentence on both sides of the aside.
    """
    if (
        token.tag_ not in {"VBD", "VBZ", "VBP"}
        or not any("clause" in c.frames for c, _ in find_cue_classes(token))
        or _is_negated(token)
        or is_withheld(token)
        or _is_hypothetical(token)
        or any(c.dep_ in {"ccomp", "xcomp", "mark", "nsubjpass", "auxpass"} for c in token.children)
    ):
        return None
    doc = token.doc
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in _WH_TAGS or subject.lower_ == "you":
        # ", you know,": a filler, not a report
        return None
    opening = subject.left_edge.i
    if opening - 1 <= token.sent.start or doc[opening - 1].text != ",":
        return None
    if token.i - opening > _MAX_PARENTHETICAL_SUBJECT or any(
        t.pos_ in {"VERB", "AUX"} for t in doc[opening : token.i]
    ):
        return None
    closing = next(
        (t.i for t in doc[token.i + 1 : min(token.i + 9, token.sent.end)] if t.text == ","), None
    )
    if closing is None or any(
        t.pos_ in {"VERB", "AUX"}
        or (t.dep_ == "dobj" and (not _is_addressee(t) or t.lower_.endswith(("self", "selves"))))
        for t in doc[token.i + 1 : closing]
    ):
        # "Rubio assumed Trump's style, launching ...": a cue with its own object
        return None
    before = _trim(doc, token.sent.start, opening - 1)
    after = _trim(doc, closing + 1, token.sent.end)
    if before[1] <= before[0] or after[1] - after[0] < 3:
        return None
    if not (_is_clause(doc[after[0] : after[1]]) or _is_subject_and_verb(doc, before, after)):
        # "Weighing in, Huckabee agreed, praising ...": a participle after the cue
        # is the cue's own adverbial, not an interrupted clause
        return None
    if any(
        t.dep_ in {"nsubj", "nsubjpass"} and find_cue_classes(t.head)
        for t in doc[after[0] : after[1]]
    ):
        # "..., Costa reported, his wife whispered ...": the rest is a report of its own
        return None
    source = find_source_mention(token)
    if source is None:
        return None
    cue = (token.idx, token.idx + len(token))
    classes = [c for c, _ in find_cue_classes(token) if "clause" in c.frames]
    return _Candidate((before, after), cue, source, classes[0].confidence)


def _from_relative_cue(token: Token) -> _Candidate | None:
    """A relative clause a cue interrupts: ``emails, which she said represented all her emails``.

    The parser hangs the relative word on the cue and the clause's verb on the
    cue as an ``xcomp``; a finite verb there (``represented``, ``seeks``, ``was
    tilting``), not an infinitive, is what the source said of the antecedent.
    The content runs from the relative word, as PolNeAR marks it.
    """
    if (
        token.dep_ != "relcl"
        or not any("clause" in c.frames for c, _ in find_cue_classes(token))
        or _is_negated(token)
        or _is_hypothetical(token)
        or any(c.dep_ in {"ccomp", "dobj", "nsubjpass"} and c.i > token.i for c in token.children)
    ):
        return None
    relative = next(
        (c for c in token.lefts if c.tag_ in {"WDT", "WP"} and c.dep_ in {"nsubj", "dobj"}), None
    )
    subject = next((c for c in token.lefts if c.dep_ == "nsubj" and c is not relative), None)
    verb = next((c for c in token.rights if c.dep_ == "xcomp"), None)
    if relative is None or subject is None or verb is None or relative.i > subject.i:
        return None
    if verb.i != token.i + 1 and not any(
        a.dep_ == "aux" and a.lower_ != "to" for a in verb.children
    ):
        return None
    if not (verb.tag_ in _FINITE_TAGS or any(a.tag_ in _FINITE_TAGS for a in verb.lefts)):
        return None
    source = find_source_mention(token)
    if source is None:
        return None
    part = _trim(token.doc, relative.i, verb.right_edge.i + 1)
    classes = [c for c, _ in find_cue_classes(token) if "clause" in c.frames]
    cue = (token.idx, token.idx + len(token))
    return _Candidate((part,), cue, source, classes[0].confidence)


def _is_clause(span: Span) -> bool:
    """Whether a stretch holds a subject and its finite verb (``the incident is ...``)."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.head.i in range(span.start, span.end)
        and t.head.i > t.i
        and (t.head.head.i == t.head.i or t.head.head.i not in range(span.start, span.end))
        and any(v.tag_ in _FINITE_TAGS for v in [t.head, *t.head.children] if v.i > t.i)
        for t in span
    )


def _is_subject_and_verb(doc: Doc, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether a noun phrase before an aside is the subject of a finite verb opening what follows.

    ``These employees, Stumpf explained, were well paid``.
    """
    opening = doc[before[0] : before[1]]
    return (
        doc[after[0]].tag_ in _FINITE_TAGS
        and opening[0].pos_ not in {"ADP", "SCONJ", "ADV"}
        and not any(t.pos_ in {"VERB", "AUX"} for t in opening)
        and any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in opening)
    )


def _holds_stance(head: Token) -> bool:
    """Whether a subject may hold a stance: a person, a group or an organisation.

    Not ``it``, ``this`` or a place (``Utah is loyal to Republicans``), nor a
    singular common noun naming no person or organisation (``the science is
    clear that``); plural nouns pass (``his donors``, ``party bosses``).
    """
    if head.lower_ in _NOT_STANCE_SOURCES or head.ent_type_ in _NOT_TOPICS:
        return False
    if head.pos_ != "NOUN" or head.tag_ == "NNS":
        return True
    key = role_key(head.lemma_.lower())
    words = lexicon()
    return is_person_noun(key) or key in words["org_heads"] or key in words["any_organisation"]


def _light_preposition(token: Token) -> Token | None:
    """The preposition whose object a light verb's cue noun attributes, if ``token`` is one."""
    verbs, nouns, prepositions = light_cues()
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or cue_lemma(token) not in nouns:
        return None
    verb = token.head
    if (
        cue_lemma(verb) not in verbs
        or _is_negated(verb)
        or is_withheld(verb)
        or _is_hypothetical(verb)
    ):
        return None
    # the preposition hangs on the noun, or on the verb after the noun
    after = list(token.rights) + [c for c in verb.rights if c.i > token.i]
    prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in prepositions), None)
    if prep is None:
        return None
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects or objects[0].ent_type_ in _NOT_TOPICS:
        # "made comments on Monday", "in Ohio": a time or place, not what was said
        return None
    return prep


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


def _from_colon(token: Token) -> _Candidate | None:
    """A line opened by a source and a colon: ``Poll: Clinton leads``, ``WALLACE: Let's start``."""
    if token.text != ":":
        return None
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    label = doc.char_span(line_start, token.idx, alignment_mode="contract")
    if label is None or not 0 < len(label):
        return None
    if len(label) > _MAX_LABEL_TOKENS or not _is_source_label(label):
        label = _addressing_label(label) or _quoting_headline_source(label, token)
        if label is None:
            return None
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end < 0 else line_end
    content = doc.char_span(token.idx + 1, line_end, alignment_mode="contract")
    if content is None or sum(not t.is_punct for t in content) < _MIN_COLON_CONTENT:
        return None
    parts = (_trim(doc, content.start, content.end),)
    return _Candidate(parts, (token.idx, token.idx + 1), label, _COLON_CONFIDENCE)


def _from_headline(token: Token) -> _Candidate | None:
    """A title-case headline cue the tagger did not read as a verb: ``Maher Tells Guest X``.

    On a document's first line, a capitalised speech verb (``Says``,
    ``Tells``, ...) after a capitalised name reports the rest of the line, up
    to a comma or dash; the name is the source.
    """
    if token.text not in _HEADLINE_CUES or find_cue_classes(token):
        return None
    doc = token.doc
    text = doc_text(doc)
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if token.idx >= line_end or token.i == 0:
        return None
    end = token.i
    while end > 0 and doc[end - 1].text in _HEADLINE_ADVERBS:
        end -= 1  # "Al Sharpton Just Said ..."
    start = end
    while start > 0 and doc[start - 1].text not in _HEADLINE_BREAKS and not doc[start - 1].is_space:
        start -= 1
    source = doc[start:end]
    if not 0 < len(source) <= _MAX_LABEL_TOKENS or not all(t.text[:1].isupper() for t in source):
        return None
    stop = token.i + 1
    while stop < len(doc) and doc[stop].idx < line_end and doc[stop].text not in _HEADLINE_BREAKS:
        stop += 1
    part = _trim(doc, token.i + 1, stop)
    while part[1] > part[0] and doc[part[1] - 1].is_punct:
        part = (part[0], part[1] - 1)
    if part[1] - part[0] < 2:
        return None
    return _Candidate((part,), (token.idx, token.idx + len(token)), source, _COLON_CONFIDENCE)


def _quoting_headline_source(label: Span, colon: Token) -> Span | None:
    """The name opening a headline whose colon introduces a quotation.

    ``Elizabeth Warren Hammers Wells Fargo CEO: 'You Should Be ...'``,
    ``Sarah Silverman heckles Sanders supporters: 'You're being ...'``: on a
    document's first line, a colon followed by a quotation mark quotes the
    person the headline opens with (a name of up to three words).
    """
    doc = colon.doc
    if "\n" in doc_text(doc)[: colon.idx] or colon.i + 1 >= len(doc):
        return None
    following = next((t for t in doc[colon.i + 1 :] if not t.is_space), None)
    if following is None or not following.is_quote:
        return None
    end = label.start
    while (
        end < label.end
        and end - label.start < _MAX_NAME_LABEL
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ == "PERSON"
    ):
        end += 1
    return doc[label.start : end] if end > label.start else None


def _addressing_label(label: Span) -> Span | None:
    """The source of a headline label that names whom or what it addresses.

    ``Clinton to Planned Parenthood: ...``, ``CNN President On Trump: ...``,
    ``Gillibrand on Hillary Releasing Her Speech Transcripts: ...``: the name
    before ``to``, ``on`` or ``at`` is the source, the rest the audience or
    topic.
    """
    if len(label) > _MAX_ADDRESSING_LABEL:
        return None
    for token in label[1:]:
        if token.lower_ in _ADDRESSING_WORDS:
            head = label.doc[label.start : token.i]
            if len(head) <= _MAX_NAME_LABEL and _is_source_label(head):
                return head
            return None
    return None


def _is_source_label(label: Span) -> bool:
    """Whether the words before a line's colon name a source (a name, an agency, a poll)."""
    words = [t for t in label if not t.is_punct]
    if _is_transcript_label(words):
        return True
    if not words or any(t.pos_ in {"VERB", "AUX", "ADP", "PRON"} for t in words):
        return False
    if len(words) == 1 and words[0].lemma_.lower() in _EVIDENCE_LABELS:
        return True
    named = sum(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in words)
    capitalised = all(t.text[:1].isupper() for t in words)
    nouns = all(t.pos_ in {"PROPN", "NOUN"} for t in words)
    if capitalised and nouns and len(words) <= _MAX_NAME_LABEL:
        # "Pence: ...", "JOEL BENENSON: ...": a bare name, which the model often leaves
        # untyped (or tags as a common noun in a headline)
        return not any(t.lower_ in _NON_SOURCE_LABELS for t in words)
    return capitalised and 2 * named >= len(words)


def _is_transcript_label(words: list[Token]) -> bool:
    """Whether a line's label is a speaker's name in capitals: ``BOULDUAN:``, ``KATE BOULDUAN:``.

    The tagger reads such names as anything (an adjective, a verb); capitals
    alone say it is a name, unless it announces a section (``UPDATE:``).
    """
    return (
        0 < len(words) <= _MAX_NAME_LABEL
        and all(t.text.isalpha() and t.text.isupper() and len(t.text) > 1 for t in words)
        and not any(t.lower_ in _NON_SOURCE_LABELS for t in words)
    )


def _interrupted(head: Token, cue: Token) -> tuple[tuple[int, int], ...]:
    """The clause of ``head`` without the subtree of the interrupting ``cue``."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    cut_start, cut_end = cue.left_edge.i, cue.right_edge.i + 1
    doc = head.doc
    opening = next(
        (c for c in head.lefts if c.i < cut_start and (_is_question_put(c) or _is_setting(c))),
        None,
    )
    if opening is not None:
        # "Asked what he would like ..., Adelson said, ...", "When she got inside the
        # church, she said, ...": the question put to the source, or the scene, opens the
        # sentence; what follows is the content
        start = opening.right_edge.i + 1
    parts = [_trim(doc, start, cut_start), _trim(doc, cut_end, end)]
    return tuple(p for p in parts if p[1] - p[0] > 0)


def _is_setting(token: Token) -> bool:
    """Whether a clause's adverbial clause opens it, set off by a comma, and sets the scene
    (``As Election Day nears, Stone says, ...``, ``When she finally got inside the church,
    she said, ...``): the content is the clause after it.

    A condition (``If the law conflicts with God's orders, Rubio said, ...``, ``Even
    if ...``) is part of what was said.
    """
    doc = token.doc
    return (
        token.dep_ == "advcl"
        and token.left_edge.i == token.head.left_edge.i
        and token.right_edge.i + 1 < len(doc)
        and doc[token.right_edge.i + 1].text == ","
        and not any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS for c in token.children)
        and not any(c.dep_ == "advmod" and c.lower_ == "even" for c in token.children)
    )


def _is_question_put(token: Token) -> bool:
    """Whether a clause's adverbial is a question put to its subject: ``Asked whether ...,``,
    ``When pressed on ...,``."""
    return (
        token.dep_ == "advcl"
        and cue_lemma(token) in _PUT_QUESTION_LEMMAS
        and token.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in token.children)
    )


def _span_of(tokens: list[Token]) -> tuple[tuple[int, int], ...]:
    if not tokens:
        return ()
    doc = tokens[0].doc
    covered = [t.i for token in tokens for t in token.subtree]
    start, end = min(covered), max(covered) + 1
    part = _trim(doc, start, end)
    return (part,) if part[1] > part[0] else ()


def _is_fronted_object(token: Token, verb: Token) -> bool:
    """Whether ``token`` is a wh-word object before its verb: ``which`` in ``which he called X``."""
    return token.dep_ == "dobj" and token.i < verb.i and token.tag_ in _WH_TAGS


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
    return _span_of([fronted]) + _span_of(predicate)


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
            and _same_line(c, verb)
        ),
        None,
    )
    return _span_of([question]) if question is not None else ()


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
            and _same_line(clause, verb)
        ):
            return _span_of([clause])
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
    if subject is not None and predicate is not None and _same_line(predicate, verb):
        return _span_of([subject, predicate])
    return ()


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].dep_ in _TRIM_DEPS or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].dep_ in _TRIM_DEPS or doc[end - 1].is_space):
        end -= 1
    return (start, end)


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


def _is_negated(token: Token) -> bool:
    """Whether a cue is negated: ``did not say``, ``never said``, ``nobody commented``."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            child.lower_ in _NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in child.children)
        ):
            return True
    return False


def _is_hypothetical(token: Token) -> bool:
    """Whether the cue sits in a conditional clause (``if he says ...``)."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS for c in node.children
        ):
            return True
        if node.dep_ in {"ccomp", "ROOT"}:
            break
    return False


def _is_reader_address(token: Token) -> bool:
    """Whether a cue's subject is the writer's ``you`` with no modal: ``Do you support X?``.

    Outside quotation marks, a second-person subject addresses the reader or
    stands for anyone (``you know``, ``when you say``); it names no source.
    With a modal the writer imagines a view (``you would want X``), which
    PolNeAR does attribute.
    """
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "you" for c in token.children
    ) and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)


def _is_speech_act(doc: Doc, parts: tuple[tuple[int, int], ...], min_words: int) -> bool:
    """Whether a content without quotation marks is too short to be what was said.

    ``issued a statement``, ``asked a question``, ``said little``: a cue
    class with ``min_words`` reads such an object as the act, not its content.
    """
    tokens = [t for start, end in parts for t in doc[start:end]]
    if any(t.is_quote for t in tokens):
        return False
    return sum(1 for t in tokens if not (t.is_punct or t.is_space)) < min_words


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


def _is_markup(token: Token) -> bool:
    """Whether a cue word is a markup tag or attribute name (``<tweet pic="" ...>``), not a verb."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before.endswith("<") or before == "</" or after.startswith("=") or after == "-"


def _confidence(token: Token, cue_class: CueClass, parts: tuple[tuple[int, int], ...]) -> float:
    confidence = cue_class.confidence
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
        confidence *= 0.6
    if sum(end - start for start, end in parts) < 2:
        confidence *= 0.7
    return round(confidence, 3)


def _overlaps(parts: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in parts)


def _split_continuations(candidates: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """Split a report's content where a second report continues the sentence.

    The parser often hangs ``..., adding that ...``, ``... and added ...`` or
    ``..., while others said ...`` on the first content's verb: the first
    content then ends before the second cue. A second cue without a subject
    of its own takes the first report's source.
    """
    result = list(candidates)
    for i, inner in enumerate(result):
        cue = doc.char_span(inner.cue[0], inner.cue[0] + 1, alignment_mode="expand")
        if cue is None or not _is_continuation(cue[0]):
            continue
        token = cue[0]
        shares_source = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        for j, outer in enumerate(result):
            start, end = outer.parts[-1]
            if j == i or not start < token.left_edge.i < end or token.right_edge.i + 2 < end:
                continue
            last = _trim(doc, start, token.left_edge.i)
            if last[1] <= last[0]:
                continue
            result[j] = attrs.evolve(outer, parts=(*outer.parts[:-1], last))
            if shares_source:
                result[i] = attrs.evolve(inner, source=outer.source)
            break
    return result


def _without_continuations(candidate: _Candidate, doc: Doc) -> _Candidate:
    """End a content before a cue that continues the report, found or not as a report itself.

    ``says he respects Clinton and calls her "an extremely intelligent woman"``,
    ``said Trump was "ignorant" of Islam and criticized him for ...``: the
    second cue, coordinated after the content, is the source's next statement.
    """
    start, end = candidate.parts[-1]
    cue_start = candidate.cue[0]
    closing = end  # the content's end before its closing punctuation: '... woman."'
    while closing > start and (doc[closing - 1].is_punct or doc[closing - 1].is_space):
        closing -= 1
    for token in doc[start + 1 : end]:
        if token.dep_ != "conj" or token.tag_ == "VB":
            # a bare verb shares the content's modal: "he'd sit Putin down and tell him"
            continue
        if token.idx == cue_start or token.left_edge.i <= start:
            continue
        if token.right_edge.i + 2 < end and token.right_edge.i + 1 < closing:
            continue  # it runs on: not the content's last conjunct
        if "cc" not in {token.left_edge.dep_, doc[token.left_edge.i - 1].dep_} or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children
        ):
            continue
        if not _continues_report(token):
            continue
        last = _trim(doc, start, token.left_edge.i)
        if last[1] - last[0] >= 2:
            return attrs.evolve(candidate, parts=(*candidate.parts[:-1], last))
    return candidate


def _continues_report(token: Token) -> bool:
    """Whether a verb coordinated after a content is the source's next act, not content.

    A speech verb (``and added ...``), or a verb voicing a stance on its object
    with what it says of it (``and criticized him for ...``, ``and calls her "an
    extremely intelligent woman"``); not a bare object (``and attacked his
    rival``) nor one of wanting (``and wanted a close aide to ...``).
    """
    names = {c.name for c, _ in find_cue_classes(token)}
    if "speech" in names:
        return True
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if "evaluation" not in names or token.tag_ not in _FINITE_TAGS or obj is None:
        return False
    said_of = [
        c
        for c in token.children
        if c.i > obj.i
        and c.dep_ in {"oprd", "prep"}
        and (c.dep_ != "prep" or c.lower_ in {"for", "as"})
    ]
    return bool(said_of) or any(t.is_quote for t in obj.subtree)


def _is_continuation(token: Token) -> bool:
    """Whether a cue continues a sentence's first report: ``, adding ...``, ``and added ...``."""
    if token.dep_ not in {"advcl", "conj"} or token.left_edge.i == 0:
        return False
    before = token.doc[token.left_edge.i - 1]
    if token.tag_ == "VBG":
        # ", adding ...", and after a quoted fragment '," adding ...'
        return before.text == "," or (
            before.is_quote and before.i > 0 and token.doc[before.i - 1].text == ","
        )
    if token.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    ):
        # "said that A and that B": B is the report's second clause, not a new report
        return False
    speech = _continues_report(token)
    if token.dep_ == "conj" and before.dep_ == "cc" and not speech:
        # "said the system is complex and he feels he can win": a belief coordinated
        # inside the content is part of the report
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        # "..., while 22 percent said ...", "..., and he said no"
        # but not a subordinate clause of the content: "... until Haley said she ..."
        return (
            before.text == ","
            or before.dep_ == "cc"
            or (token.left_edge.dep_ == "mark" and token.left_edge.lower_ not in _CONTENT_MARKS)
        )
    return token.dep_ == "conj" and before.dep_ == "cc"


def _without_trailing_aside(candidate: _Candidate, doc: Doc) -> _Candidate:
    """Cut a comma-set aside that closes a content: the writer's gloss, not the report.

    ``..., which forced her to leave early`` (a relative clause on the last
    noun) and ``..., referring to ...`` (a trailing participle that is a cue
    itself) end the content before their comma.
    """
    start, end = candidate.parts[-1]
    for token in doc[start:end]:
        if token.i == start or not _opens_aside(doc, token.left_edge.i, start):
            continue
        aside_end = _relative_aside_end(token, end)
        if aside_end + 1 < end and not (aside_end + 2 == end and doc[end - 1].is_punct):
            continue
        if not _is_aside(token):
            continue
        last = _trim(doc, start, token.left_edge.i)
        if last[1] - last[0] >= 3:
            # a shorter content may close with another aside: ", referring to X, where ..."
            return _without_trailing_aside(
                attrs.evolve(candidate, parts=(*candidate.parts[:-1], last)), doc
            )
    return candidate


def _relative_aside_end(token: Token, end: int) -> int:
    """The last token of a phrase's subtree, or for a relative clause, of the verb phrases
    the parser hung higher up after it (``Fanning, who was his chief of staff at the time
    and is now ...``, ``Sanders, who also held a rally ..., drawing 1,110 people``)."""
    last = token.right_edge.i
    if token.dep_ != "relcl":
        return last
    doc = token.doc
    while last + 2 < end:
        following = doc[last + 1] if doc[last + 1].dep_ != "punct" else doc[last + 2]
        sibling = following
        if following.dep_ == "cc":
            # "and is now ...": the cc hangs on the first conjunct, the verb after it
            sibling = next(
                (c for c in following.head.rights if c.dep_ == "conj" and c.i > following.i),
                following,
            )
        if not (
            sibling.left_edge.i >= following.i
            and sibling.i not in {t.i for t in token.subtree}
            and token.is_ancestor(sibling) is False
            and sibling.head.is_ancestor(token)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in sibling.children)
            and (sibling.dep_ == "conj" or (sibling.dep_ == "advcl" and sibling.tag_ == "VBG"))
        ):
            break
        last = sibling.right_edge.i
    return last


def _without_framing_adjunct(candidate: _Candidate, doc: Doc) -> _Candidate:
    """Cut what the parser hung on the cue after a noun-phrase content: when or how it was said.

    ``called for more school investment in a statement on Thursday``,
    ``lashed out at Khan after he delivered a speech``, ``backed a no-fly zone,
    putting her at odds with ...``: a phrase closing the content that
    depends on the cue verb, not on the content, frames the report (its
    occasion, its time, the writer's comment). A content that is a clause
    keeps what follows it (see :func:`_content_adverbials`).
    """
    start, end = candidate.parts[-1]
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    cue = doc.char_span(candidate.cue[0], candidate.cue[1], alignment_mode="expand")
    if cue is None or end - start < 2 or _content_root(doc, start, end).pos_ not in _NOMINAL_POS:
        return candidate
    for token in doc[start + 1 : end]:
        if (
            token.head.i != cue[0].i
            or token.left_edge.i <= start
            or token.right_edge.i + 1 < end
            or any(t.is_quote for t in doc[token.left_edge.i : end])
            or not _is_framing(token)
        ):
            continue
        last = _trim(doc, start, token.left_edge.i)
        if last[1] > last[0]:
            # "... in a statement on Thursday, after ...": several phrases may close it
            return _without_framing_adjunct(
                attrs.evolve(candidate, parts=(*candidate.parts[:-1], last)), doc
            )
    return candidate


def _without_leading_time(candidate: _Candidate, doc: Doc) -> _Candidate:
    """Cut a time phrase opening a content right after its cue: when it was said.

    ``The president said Tuesday his actions are ...``, ``told African-Americans
    this weekend he would ...``: the parser hangs the time on the content's
    verb. A time that is the content's subject (``said 2016 has seen ...``) stays.
    """
    if not candidate.parts:
        return candidate
    (start, end), *rest = candidate.parts
    cue = doc.char_span(candidate.cue[0], candidate.cue[1], alignment_mode="expand")
    first = doc[start]
    if cue is None or first.ent_type_ not in _TIMES or first.ent_iob_ != "B" or start <= cue[-1].i:
        return candidate
    between = doc[cue[-1].i + 1 : start]
    if any(t.head.i != cue[-1].i and t.head.i not in {b.i for b in between} for t in between):
        return candidate  # only the cue's own object ("told African-Americans") may come between
    time = next(e for e in doc.ents if e.start == start)
    if time.root.dep_ not in {"npadvmod", "advmod"} or time.root.head.i < time.end:
        return candidate
    cut = _trim(doc, time.end, end)
    if cut[1] - cut[0] < 3:
        return candidate
    return attrs.evolve(candidate, parts=(cut, *rest))


def _content_root(doc: Doc, start: int, end: int) -> Token:
    """The head of a content's first word within the content ``[start, end)``."""
    root = doc[start]
    while start <= root.head.i < end and root.head.i != root.i:
        root = root.head
    return root


def _is_framing(token: Token) -> bool:
    """Whether a phrase on a cue says when, where or how a report was made, not what."""
    doc = token.doc
    if token.dep_ == "prep":
        if token.lower_ in _FRAMING_PREPOSITIONS:
            return True  # "during a campaign stop", "despite concerns"
        pobj = next((c for c in token.children if c.dep_ in {"pobj", "pcomp"}), None)
        return (
            token.lower_ in _SETTING_PREPOSITIONS
            and pobj is not None
            and (pobj.ent_type_ in _TIMES or cue_lemma(pobj) in _OCCASIONS)
        )  # "in a statement", "on Thursday", "at every single one of his rallies"
    if token.dep_ == "npadvmod":
        return token.ent_type_ in _TIMES  # "last week"
    if token.dep_ == "advcl":
        marks = {c.lower_ for c in token.children if c.dep_ in {"mark", "advmod"} and c.i < token.i}
        if marks & _FRAMING_MARKS:
            return True  # "after he delivered a speech"
        if "as" in marks:
            # "as he positioned himself for ...", not "described the dinner as ..."
            return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        # ", putting her at odds with ...": the writer's comment on the report
        return token.tag_ == "VBG" and doc[token.left_edge.i - 1].text == ","
    return False


def _opens_aside(doc: Doc, first: int, start: int) -> bool:
    """Whether punctuation before token ``first`` sets off an aside: ``, ...``, or ``," ...``
    before a participle (``"...," referring to ...``)."""
    before = first - 1
    if (
        before > start
        and doc[before].is_quote
        and doc[before - 1].text == ","
        and doc[first].tag_ == "VBG"
    ):
        return True
    return before >= start and doc[before].text in _ASIDE_OPENERS


def _is_aside(token: Token) -> bool:
    """Whether a comma-set phrase closing a content is the writer's gloss on its last words."""
    if token.dep_ == "relcl":
        # ", which ...", ", who ...", ", where he trails ...", ", when the group launched ..."
        return token.left_edge.tag_ in {"WDT", "WP", "WP$", "WRB"}
    if token.dep_ in {"advcl", "acl"} and token.tag_ == "VBG":
        # ", adding ...", ", referring to ...": a participle that reports on its own; other
        # participles elaborate the content (", bringing its total to $95 million")
        return token.left_edge.i == token.i and bool(find_cue_classes(token))
    return False


def _drop_nested(candidates: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """Drop reports whose cue lies inside another report's content.

    A noun-phrase content that holds a report by the same source gives way to
    it: ``issued a statement saying X`` reports X, not ``a statement saying X``.
    """

    text = doc_text(doc)

    def contains(outer: _Candidate, inner: _Candidate) -> bool:
        # a content never runs over its cue's line (see _in_cue_paragraph)
        line_start = text.rfind("\n", 0, outer.cue[0]) + 1
        line_end = text.find("\n", outer.cue[0])
        line_end = len(text) if line_end < 0 else line_end
        return line_start <= inner.cue[0] < line_end and any(
            doc[s].idx <= inner.cue[0] < doc[e - 1].idx + len(doc[e - 1]) for s, e in outer.parts
        )

    return [
        c
        for i, c in enumerate(candidates)
        if not any(
            (contains(o, c) and not contains(c, o) and not _gives_way(o, c))
            and not _beside_parenthetical(doc, o, c)
            or (
                contains(c, o)
                and not contains(o, c)
                and (_gives_way(c, o) or _beside_parenthetical(doc, c, o))
            )
            for o in candidates[max(0, i - 20) : i + 20]
            if o is not c
        )
    ]


def _beside_parenthetical(doc: Doc, outer: _Candidate, inner: _Candidate) -> bool:
    """Whether ``inner``'s cue frames the sentence of ``outer``'s parenthetical cue.

    In ``Asked about X, he said, "..."`` the parser hangs ``said`` on the
    quoted clause as a parenthetical and ``Asked`` on the same clause as an
    adverbial opening the sentence: ``Asked`` reports its own content, and
    ``said`` only the quotation after it.
    """
    outer_cue = doc.char_span(outer.cue[0], outer.cue[1], alignment_mode="expand")
    inner_cue = doc.char_span(inner.cue[0], inner.cue[1], alignment_mode="expand")
    if outer_cue is None or inner_cue is None:
        return False
    outer_root, inner_root = outer_cue.root, inner_cue.root
    return (
        outer_root.dep_ == "parataxis"
        and inner_root.dep_ == "advcl"
        and inner_root.head.i == outer_root.head.i
        and inner_root.i < outer_root.i
    )


def _gives_way(outer: _Candidate, inner: _Candidate) -> bool:
    """Whether ``outer``'s noun-phrase content is only the wrapping of ``inner``."""
    if outer.source is None or inner.source is None:
        return False
    return outer.nominal and (outer.source.start, outer.source.end) == (
        inner.source.start,
        inner.source.end,
    )


def _to_quote(
    doc: Doc, candidate: _Candidate, quotations: list[Quotation], quoted: list[bool]
) -> Quote | None:
    text = doc_text(doc)
    offsets = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in candidate.parts]
    start, end = offsets[0][0], offsets[-1][1]
    for quotation in quotations:
        if start <= quotation.start < end < quotation.end:
            offsets[-1] = (offsets[-1][0], quotation.end)
            end = quotation.end
    offsets = _in_cue_paragraph(text, offsets, candidate.cue[0])
    offsets += _quoted_continuation(doc, candidate, offsets, quotations)
    inside = outside = 0
    for s, e in offsets:
        for i in range(s, e):
            if text[i].isalnum():
                if quoted[i]:
                    inside += 1
                else:
                    outside += 1
    if inside + outside == 0:
        return None
    quote_type = (
        QuoteType.DIRECT if outside == 0 else QuoteType.MIXED if inside else QuoteType.INDIRECT
    )
    source = None
    if candidate.source is not None:
        mention = TextSpan.from_offsets(
            text, candidate.source.start_char, candidate.source.end_char
        )
        source = Source(mention=mention)
    return Quote(
        type=quote_type,
        content=tuple(TextSpan.from_offsets(text, s, e) for s, e in offsets),
        cue=TextSpan.from_offsets(text, *candidate.cue),
        source=source,
        confidence=candidate.confidence,
    )


def _quoted_continuation(
    doc: Doc, candidate: _Candidate, offsets: list[tuple[int, int]], quotations: list[Quotation]
) -> list[tuple[int, int]]:
    """A quotation that follows a report's sentence and ends its paragraph: the report runs on.

    ``Yet Trump is a "change agent," Cole said. "That's what people want."``,
    ``"X," said Y, an economist. "Z."``, ``He said he would not vote for Cruz.
    "I'm not sure ..."``: after a sentence holding a whole report (a closing
    cue with whatever follows it outside quotation marks, or a content that
    runs to the sentence's end), a quoted sentence ending the paragraph, with
    no cue of its own, continues the same report.
    """
    text = doc_text(doc)
    cue = doc.char_span(candidate.cue[0], candidate.cue[1], alignment_mode="expand")
    if cue is None or candidate.source is None:
        return []
    sent = cue[0].sent
    if offsets[0][0] < sent.start_char or offsets[-1][1] > sent.end_char:
        return []
    if offsets[-1][1] <= candidate.cue[0]:
        # a closing cue: what follows it may say more about the source, but quote no one
        if any(cue.end_char <= q.start < sent.end_char for q in quotations):
            return []
    elif cue[0].dep_ != "ROOT" or text[offsets[-1][1] : sent.end_char].strip(" \t.!?"):
        # a content after its cue: the sentence's own report (not ", adding that ..."),
        # running to the sentence's end
        return []
    after = sent.end_char
    while after < len(text) and text[after] in " \t":
        after += 1
    following = next((q for q in quotations if q.start == after), None)
    if following is None or not following.closed or following.paragraph_break:
        return []
    line_end = text.find("\n", following.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[following.end : line_end].strip():
        return []
    return [(following.start, following.end)]


def _in_cue_paragraph(text: str, offsets: list[tuple[int, int]], cue: int) -> list[tuple[int, int]]:
    """The content's parts cut to the line of the cue: a parse never runs across a line break."""
    line_start = text.rfind("\n", 0, cue) + 1
    line_end = text.find("\n", cue)
    line_end = len(text) if line_end < 0 else line_end
    kept = [(max(s, line_start), min(e, line_end)) for s, e in offsets]
    kept = [(s, e) for s, e in kept if text[s:e].strip()]
    return [
        (s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()))
        for s, e in kept
    ] or offsets


def _quoted_mask(length: int, quotations: list[Quotation]) -> list[bool]:
    """For each character offset (and one past the end), whether it lies inside a quotation."""
    mask = [False] * (length + 1)
    for quotation in quotations:
        mask[quotation.start : quotation.end] = [True] * (quotation.end - quotation.start)
    return mask
