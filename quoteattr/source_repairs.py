"""Repairs of the parses a source mention is read from (used by :mod:`quoteattr.sources`).

The cue whose source a subjectless cue shares when the parser hangs it inside a report:
``X said the delays "cost millions," further saying "..."``, ``Y has
indicated he would curb critics, vowing to ...``: a participle cue with no
subject of its own continues the report of the cue before it, but the parser
often hangs it on the verb of that report's content, whose subject (``the
delays``, ``he``) is not who speaks. The source is the enclosing cue's.

A subject split at a hyphen: ``said study co-author Professor Jane Marsh``,
``said vice-president Tom Reyes``: the tokenizer cuts the hyphenated word and
the parser makes each piece a subject of the cue; the last piece heads the
whole noun phrase.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from spacy.tokens import Token

from quoteattr.cues import find_cue_classes
from quoteattr.lexicon import active_lexicon

#: Dependencies through which a participle hangs on the verb it continues.
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
#: Dependencies of a source of a cue's own.
_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})


def enclosing_report_cue(cue: Token) -> Token | None:
    """The cue of the report whose complement a subjectless participle cue hangs in.

    Args:
        cue: A cue verb.

    Returns:
        The enclosing cue verb, or ``None`` when ``cue`` is no participle
        without a subject of its own, or hangs in no cue's complement clause.
    """
    if (
        cue.tag_ != "VBG"
        or cue.dep_ not in _PARTICIPLE_DEPS
        or any(c.dep_ in _OWN_SUBJECT_DEPS for c in cue.children)
    ):
        return None
    host = cue.head
    while host.dep_ == "conj" and host.head.i != host.i:
        host = host.head
    if host.dep_ != "ccomp" or host.i > cue.i:
        return None
    if find_cue_classes(host) and not _continuation(cue, host):
        # "A, Smith added, saying B": a participle on a cue continues that cue's report
        return None
    outer = host.head
    if outer.i > cue.i or not find_cue_classes(outer):
        return None
    return outer


def _continuation(cue: Token, host: Token) -> bool:
    """Whether a participle cue goes on with a report (``adding``), rather than reports on its own.

    ``She said she was thinking, "...," adding, "..."``: hung on ``thinking``,
    ``adding`` still goes on with what she said; not when the inner cue is a
    parenthetical with its own speaker (``A, Smith said, adding B``).
    """
    if cue.lemma_.lower() not in active_lexicon().words("continuation_verbs"):
        return False
    start = min(t.i for t in host.subtree if not t.is_punct)
    return start == 0 or host.doc[start - 1].text != ","  # not "A, Smith said, adding B"


def hyphen_joined_subject(subjects: Sequence[Token]) -> Token | None:
    """The head of one subject noun phrase the parser split into several at a hyphen.

    Args:
        subjects: A verb's subjects, in text order.

    Returns:
        The last subject when each follows the one before with no space
        between them (``co`` ``-`` ``author Professor Jane Marsh``), else ``None``.
    """
    if len(subjects) < 2:
        return None
    doc = subjects[0].doc
    for first, second in itertools.pairwise(subjects):
        end = first.right_edge
        if second.left_edge.i != end.i + 1 or end.whitespace_:
            return None
        if "-" not in {end.text, second.left_edge.text} and not end.text.endswith("-"):
            return None
    last = subjects[-1]
    return last if doc[subjects[0].left_edge.i : last.i].text.count(" ") < 6 else None
