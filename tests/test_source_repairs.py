"""A participle cue the parser hangs inside another report shares that report's source."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.source_repairs import enclosing_report_cue, hyphen_joined_subject
from quoteattr.sources import find_source_mention
from tests.quote_rows import Token6, parsed_doc

#: ``Moyo said the delays cost millions, further saying it hurts trade.``
_FURTHER_SAYING: list[Token6] = [
    ("Moyo", 1, "nsubj", "NNP", "PROPN", "Moyo"),
    ("said", 1, "ROOT", "VBD", "VERB", "say"),
    ("the", 3, "det", "DT", "DET", "the"),
    ("delays", 4, "nsubj", "NNS", "NOUN", "delay"),
    ("cost", 1, "ccomp", "VBD", "VERB", "cost"),
    ("millions", 4, "dobj", "NNS", "NOUN", "million"),
    (",", 4, "punct", ",", "PUNCT", ","),
    ("further", 8, "advmod", "RB", "ADV", "further"),
    ("saying", 4, "advcl", "VBG", "VERB", "say"),
    ("it", 10, "nsubj", "PRP", "PRON", "it"),
    ("hurts", 8, "ccomp", "VBZ", "VERB", "hurt"),
    ("trade", 10, "dobj", "NN", "NOUN", "trade"),
    (".", 1, "punct", ".", "PUNCT", "."),
]

#: ``The mayor cannot say that, Smith added, saying it is up to the council.``: the
#: participle hangs on a cue of its own, whose report it continues.
_ADDED_SAYING: list[Token6] = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("mayor", 4, "nsubj", "NN", "NOUN", "mayor"),
    ("can", 4, "aux", "MD", "AUX", "can"),
    ("not", 4, "neg", "RB", "PART", "not"),
    ("say", 4, "ROOT", "VB", "VERB", "say"),
    ("that", 4, "dobj", "DT", "PRON", "that"),
    (",", 8, "punct", ",", "PUNCT", ","),
    ("Smith", 8, "nsubj", "NNP", "PROPN", "Smith"),
    ("added", 4, "ccomp", "VBD", "VERB", "add"),
    (",", 8, "punct", ",", "PUNCT", ","),
    ("saying", 8, "advcl", "VBG", "VERB", "say"),
    ("it", 12, "nsubj", "PRP", "PRON", "it"),
    ("is", 10, "ccomp", "VBZ", "AUX", "be"),
    ("up", 12, "prep", "RB", "ADV", "up"),
    ("to", 13, "prep", "IN", "ADP", "to"),
    ("the", 16, "det", "DT", "DET", "the"),
    ("council", 14, "pobj", "NN", "NOUN", "council"),
    (".", 4, "punct", ".", "PUNCT", "."),
]

#: ``Lee said she was thinking it was over, adding she left.``: ``adding`` hung on the
#: cue inside what Lee said goes on with Lee's report.
_THINKING_ADDING: list[Token6] = [
    ("Lee", 1, "nsubj", "NNP", "PROPN", "Lee"),
    ("said", 1, "ROOT", "VBD", "VERB", "say"),
    ("she", 4, "nsubj", "PRP", "PRON", "she"),
    ("was", 4, "aux", "VBD", "AUX", "be"),
    ("thinking", 1, "ccomp", "VBG", "VERB", "think"),
    ("it", 6, "nsubj", "PRP", "PRON", "it"),
    ("was", 4, "ccomp", "VBD", "AUX", "be"),
    ("over", 6, "advmod", "RB", "ADV", "over"),
    (",", 4, "punct", ",", "PUNCT", ","),
    ("adding", 4, "advcl", "VBG", "VERB", "add"),
    ("she", 11, "nsubj", "PRP", "PRON", "she"),
    ("left", 9, "ccomp", "VBD", "VERB", "leave"),
    (".", 1, "punct", ".", "PUNCT", "."),
]

#: ``The mayor cannot say that, Smith said, adding it is late.``: ``adding`` on a
#: parenthetical cue with its own speaker goes on with that cue.
_SAID_ADDING: list[Token6] = [
    *[row for row in _ADDED_SAYING[:8]],
    ("said", 4, "ccomp", "VBD", "VERB", "say"),
    (",", 8, "punct", ",", "PUNCT", ","),
    ("adding", 8, "advcl", "VBG", "VERB", "add"),
    ("it", 12, "nsubj", "PRP", "PRON", "it"),
    ("is", 10, "ccomp", "VBZ", "AUX", "be"),
    ("late", 12, "acomp", "JJ", "ADJ", "late"),
    (".", 4, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "cue", "expected"),
    [
        pytest.param(_FURTHER_SAYING, 8, "Moyo", id="participle-in-a-complement"),
        pytest.param(_ADDED_SAYING, 10, "Smith", id="participle-on-an-inner-cue"),
        pytest.param(_THINKING_ADDING, 9, "Lee", id="adding-on-a-cue-inside-the-report"),
        pytest.param(_SAID_ADDING, 10, "Smith", id="adding-on-a-parenthetical-cue"),
    ],
)
def test_sources_participle_in_a_report(
    nlp: Language, tokens: list[Token6], cue: int, expected: str
) -> None:
    doc = parsed_doc(nlp, tokens)
    mention = find_source_mention(doc[cue])
    assert (mention.text if mention is not None else None) == expected


def test_sources_enclosing_cue_only_for_a_subjectless_participle(nlp: Language) -> None:
    doc = parsed_doc(nlp, _FURTHER_SAYING)
    assert [enclosing_report_cue(doc[i]) for i in (1, 4, 8, 10)] == [None, None, doc[1], None]


#: ``"We are ready," said vice-president Tom Reyes.``: the hyphenated role split in two subjects.
_VICE_PRESIDENT: list[Token6] = [
    ('"', 6, "punct", "``", "PUNCT", '"'),
    ("We", 2, "nsubj", "PRP", "PRON", "we"),
    ("are", 6, "ccomp", "VBP", "AUX", "be"),
    ("ready", 2, "acomp", "JJ", "ADJ", "ready"),
    (",", 6, "punct", ",", "PUNCT", ","),
    ('"', 6, "punct", "''", "PUNCT", '"'),
    ("said", 6, "ROOT", "VBD", "VERB", "say"),
    ("vice", 6, "nsubj", "NN", "NOUN", "vice"),
    ("-", 6, "nsubj", "NN", "NOUN", "-"),
    ("president", 11, "compound", "NN", "NOUN", "president"),
    ("Tom", 11, "compound", "NNP", "PROPN", "Tom"),
    ("Reyes", 6, "nsubj", "NNP", "PROPN", "Reyes"),
    (".", 6, "punct", ".", "PUNCT", "."),
]


def test_sources_subject_split_at_a_hyphen(nlp: Language) -> None:
    words = [t[0] for t in _VICE_PRESIDENT]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[False, True, True, False, False, True, True, False, False, True, True, False, False],
        heads=[t[1] for t in _VICE_PRESIDENT],
        deps=[t[2] for t in _VICE_PRESIDENT],
        tags=[t[3] for t in _VICE_PRESIDENT],
        pos=[t[4] for t in _VICE_PRESIDENT],
        lemmas=[t[5] for t in _VICE_PRESIDENT],
    )
    assert doc.text == '"We are ready," said vice-president Tom Reyes.'
    mention = find_source_mention(doc[6])
    assert mention is not None and mention.text == "president Tom Reyes"
    # spaced words are separate subjects, not one split at a hyphen
    assert hyphen_joined_subject([doc[1], doc[11]]) is None
