"""Content extent: where a reported content starts and ends.

Inside a reader's frame, what the parser hangs on the cue but belongs to the
content stays in it: a phrase running on after the cue's object or clause
(``blamed the violence on a "disturbed person"``), a bare verb coordinated
with a finite cue (``said she wanted to speak and let them know ...``), and
the rest of the sentence after a quoted fragment (``was "futile," because
...``). A cue inside a subordinate clause of the content (``until Haley said
...``) does not end it.

Over all candidates of a Doc, in the order :func:`quoteattr.reported.find_reported_speech`
applies them: a second speech cue coordinated after a content (``... and
adds ...``, ``..., adding ...``) starts the source's next report, with the
same source when it has no subject of its own (``X said A ... but said B``);
a closing ``, according to X`` is a report of its own; reports whose cue lies
inside another report's content are dropped (nested attributions are not
counted); a comma-set gloss closing a content is the writer's (``...,
which ...``, ``...," referring to ...``), and so is a phrase on the cue after
a noun-phrase content that frames the report (``called for X in a statement
on Thursday``, ``endorsed X after ...``) or a time opening it (``said Tuesday
...``).
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc, Token

from quoteattr.cues import (
    cue_lemma,
    find_cue_classes,
)
from quoteattr.doctext import doc_text
from quoteattr.lexicon import active_lexicon
from quoteattr.reported.candidates import FINITE_TAGS, TIMES, Candidate, closes_sentence, trim

#: What may run on after a cue's object or clause inside its content.
_RUN_ON_MODIFIERS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
#: Prepositions that place a report in time or setting, ending a run-on (``at a rally``,
#: ``since 2008``).
_RUN_ON_STOPS = frozenset({"at", "since", "after", "by", "according", "before", "from"})
#: Conjunctions of a subordinate clause that completes a content, even when it holds a
#: cue of its own: "he was riding the fence until Haley said she ...".
_CONTENT_MARKS = frozenset({"until", "before", "unless", "if", "whether", "that", "once"})
#: Conjunctions of a subordinate clause of reason or time inside a content.
_SUBORDINATE_MARKS = frozenset({"because", "after", "since", "when", "once"})
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
#: Conjunctions of an adverbial clause on a cue that frames the report: ``after he ...``.
_FRAMING_MARKS = frozenset(
    {"after", "before", "since", "while", "when", "because", "though", "although", "whereas"}
)
#: Parts of speech of the head of a noun-phrase content.
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ"})
#: Punctuation that opens a writer's aside at the end of a content.
_ASIDE_OPENERS = frozenset({","})


def object_modifiers(verb: Token, obj: Token, extra: list[Token]) -> list[Token]:
    """The cue's modifiers that run on after its object noun phrase: part of the content.

    ``pledged their support on the second vote``, ``blamed the violence on a
    "disturbed person"``, ``rejected the offer prior to the debate``: a
    prepositional phrase or adverb hung on the cue right after its object
    completes what was said.
    """
    last = max([obj.right_edge.i] + [e.right_edge.i for e in extra])
    return _run_on_modifiers(verb, last, keep_times=False)


def clause_modifiers(verb: Token, clause: Token, tail: list[Token]) -> list[Token]:
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
        if not keep_times and any(t.ent_type_ in TIMES for t in child.subtree):
            break
        if any(
            c.dep_ == "pobj" and c.lemma_.lower() in active_lexicon().words("media")
            for c in child.children
        ):
            break
        found.append(child)
        last = child.right_edge.i
    return found


def with_misread_clause(
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
    if token.tag_ not in FINITE_TAGS or token.pos_ not in {"AUX", "VERB"}:
        return parts
    head = token.head if token.dep_ in {"aux", "auxpass"} else token
    if head.i < after:
        return parts
    return (*parts[:-1], trim(doc, parts[-1][0], head.right_edge.i + 1))


def content_conjuncts(verb: Token, clause: Token) -> list[Token]:
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


def content_adverbials(verb: Token, clause: Token) -> list[Token]:
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


def without_according_to(candidate: Candidate, doc: Doc) -> Candidate:
    """End another cue's content before a closing ``, according to X``: a report of its own.

    ``The president told her that it was not that simple, according to an
    account she gave``: the account vouches for the whole sentence, cue and
    all (see :func:`quoteattr.reported.phrases._sentence_clause`); the telling is nested inside it.
    """
    start, end = candidate.parts[-1]
    for token in doc[start + 1 : end]:
        if (
            token.lower_ == "according"
            and token.idx != candidate.cue[0]
            and closes_sentence(token)
            and token.nbor().lower_ == "to"
        ):
            last = trim(doc, start, token.i)
            if last[1] > last[0]:
                return attrs.evolve(candidate, parts=(*candidate.parts[:-1], last))
    return candidate


def split_continuations(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Split a report's content where a second report continues the sentence.

    The parser often hangs ``..., adding that ...``, ``... and added ...`` or
    ``..., while others said ...`` on the first content's verb: the first
    content then ends before the second cue. A second cue without a subject
    of its own takes the first report's source.
    """
    result = list(candidates)
    for i, inner in enumerate(result):
        cue = doc.char_span(inner.cue[0], inner.cue[0] + 1, alignment_mode="expand")
        if cue is None or not is_continuation(cue[0]):
            continue
        token = cue[0]
        shares_source = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        for j, outer in enumerate(result):
            start, end = outer.parts[-1]
            if j == i or not start < token.left_edge.i < end or token.right_edge.i + 2 < end:
                continue
            last = trim(doc, start, token.left_edge.i)
            if last[1] <= last[0]:
                continue
            result[j] = attrs.evolve(outer, parts=(*outer.parts[:-1], last))
            if shares_source:
                result[i] = attrs.evolve(inner, source=outer.source)
            break
    return result


def without_continuations(candidate: Candidate, doc: Doc) -> Candidate:
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
        last = trim(doc, start, token.left_edge.i)
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
    if "evaluation" not in names or token.tag_ not in FINITE_TAGS or obj is None:
        return False
    said_of = [
        c
        for c in token.children
        if c.i > obj.i
        and c.dep_ in {"oprd", "prep"}
        and (c.dep_ != "prep" or c.lower_ in {"for", "as"})
    ]
    return bool(said_of) or any(t.is_quote for t in obj.subtree)


def is_continuation(token: Token) -> bool:
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
        if (
            token.left_edge.dep_ == "mark"
            and token.left_edge.lower_ in _SUBORDINATE_MARKS
            and any(c.dep_ == "dobj" for c in token.children)
            and not any(
                c.dep_ in {"ccomp", "xcomp", "oprd"}
                # "because she accused him of sexism", "sees him as a threat": what the
                # subordinate verb says of its object makes it a report of its own
                or (c.dep_ == "prep" and c.lower_ in {"as", "of", "for"})
                for c in token.children
            )
        ):
            # "said the trial stopped early because two drugs had shown progress": a verb
            # with a bare object in a subordinate clause tells the content's reason or
            # time, not a second report
            return False
        # "..., while 22 percent said ...", "..., and he said no"
        # but not a subordinate clause of the content: "... until Haley said she ..."
        return (
            before.text == ","
            or before.dep_ == "cc"
            or (token.left_edge.dep_ == "mark" and token.left_edge.lower_ not in _CONTENT_MARKS)
        )
    return token.dep_ == "conj" and before.dep_ == "cc"


def without_trailing_aside(candidate: Candidate, doc: Doc) -> Candidate:
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
        last = trim(doc, start, token.left_edge.i)
        if last[1] - last[0] >= 3:
            # a shorter content may close with another aside: ", referring to X, where ..."
            return without_trailing_aside(
                attrs.evolve(candidate, parts=(*candidate.parts[:-1], last)), doc
            )
    return candidate


def _relative_aside_end(token: Token, end: int) -> int:
    """The last token of a phrase's subtree, or for a relative clause, of the verb phrases
    the parser hung higher up after it (``Hart, who was his deputy at the time
    and is now ...``, ``Brisk, who also held a rally ..., drawing 900 people``)."""
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


def without_framing_adjunct(candidate: Candidate, doc: Doc) -> Candidate:
    """Cut what the parser hung on the cue after a noun-phrase content: when or how it was said.

    ``called for more rail investment in a statement on Monday``,
    ``lashed out at Khan after he delivered a speech``, ``backed a no-fly zone,
    putting her at odds with ...``: a phrase closing the content that
    depends on the cue verb, not on the content, frames the report (its
    occasion, its time, the writer's comment). A content that is a clause
    keeps what follows it (see :func:`content_adverbials`).
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
        last = trim(doc, start, token.left_edge.i)
        if last[1] > last[0]:
            # "... in a statement on Thursday, after ...": several phrases may close it
            return without_framing_adjunct(
                attrs.evolve(candidate, parts=(*candidate.parts[:-1], last)), doc
            )
    return candidate


def without_leading_time(candidate: Candidate, doc: Doc) -> Candidate:
    """Cut a time phrase opening a content right after its cue: when it was said.

    ``The mayor said Friday her plans are ...``, ``told farmers
    this weekend she would ...``: the parser hangs the time on the content's
    verb. A time that is the content's subject (``said 2016 has seen ...``) stays.
    """
    if not candidate.parts:
        return candidate
    (start, end), *rest = candidate.parts
    cue = doc.char_span(candidate.cue[0], candidate.cue[1], alignment_mode="expand")
    first = doc[start]
    if cue is None or first.ent_type_ not in TIMES or first.ent_iob_ != "B" or start <= cue[-1].i:
        return candidate
    between = doc[cue[-1].i + 1 : start]
    if any(t.head.i != cue[-1].i and t.head.i not in {b.i for b in between} for t in between):
        return candidate  # only the cue's own object ("told farmers") may come between
    time = next(e for e in doc.ents if e.start == start)
    if time.root.dep_ not in {"npadvmod", "advmod"} or time.root.head.i < time.end:
        return candidate
    cut = trim(doc, time.end, end)
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
            and (pobj.ent_type_ in TIMES or cue_lemma(pobj) in active_lexicon().words("occasions"))
        )  # "in a statement", "on Thursday", "at every single one of his rallies"
    if token.dep_ == "npadvmod":
        return token.ent_type_ in TIMES  # "last week"
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


def drop_nested(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Drop reports whose cue lies inside another report's content.

    A noun-phrase content that holds a report by the same source gives way to
    it: ``issued a statement saying X`` reports X, not ``a statement saying X``.
    """

    text = doc_text(doc)

    def contains(outer: Candidate, inner: Candidate) -> bool:
        # a content never runs over its cue's line (see quotes._in_cue_paragraph)
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


def _beside_parenthetical(doc: Doc, outer: Candidate, inner: Candidate) -> bool:
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


def _gives_way(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer``'s noun-phrase content is only the wrapping of ``inner``."""
    if outer.source is None or inner.source is None:
        return False
    return outer.nominal and (outer.source.start, outer.source.end) == (
        inner.source.start,
        inner.source.end,
    )
