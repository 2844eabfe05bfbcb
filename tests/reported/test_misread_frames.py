"""Reported contents whose frame the parser misreads: each case pins the parse by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import Row, Token6, parsed_doc, reported_rows, rows

PARSED_CASES: list[tuple[list[Token6], list[Row]]] = [
    # the clause's subject read as the cue's object and its verb as an adverbial clause
    (
        [
            ("A", 2, "det", "DT", "DET", "a"),
            ("federal", 2, "amod", "JJ", "ADJ", "federal"),
            ("judge", 3, "nsubj", "NN", "NOUN", "judge"),
            ("ruled", 3, "ROOT", "VBD", "VERB", "rule"),
            ("the", 6, "det", "DT", "DET", "the"),
            ("new", 6, "amod", "JJ", "ADJ", "new"),
            ("levy", 3, "dobj", "NN", "NOUN", "levy"),
            ("violated", 3, "advcl", "VBD", "VERB", "violate"),
            ("the", 10, "det", "DT", "DET", "the"),
            ("state", 10, "compound", "NN", "NOUN", "state"),
            ("charter", 7, "dobj", "NN", "NOUN", "charter"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the new levy violated the state charter",), "ruled", "A federal judge")],
    ),
    # ... or as a conjunct of the cue with no conjunction before it
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("chair", 3, "nsubj", "NN", "NOUN", "chair"),
            ("has", 3, "aux", "VBZ", "AUX", "have"),
            ("maintained", 3, "ROOT", "VBN", "VERB", "maintain"),
            ("a", 6, "det", "DT", "DET", "a"),
            ("formal", 6, "amod", "JJ", "ADJ", "formal"),
            ("review", 3, "dobj", "NN", "NOUN", "review"),
            ("is", 3, "conj", "VBZ", "AUX", "be"),
            ("under", 9, "amod", "JJ", "ADJ", "under"),
            ("way", 7, "attr", "NN", "NOUN", "way"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("a formal review is under way",), "maintained", "The chair")],
    ),
    # a cue opening its sentence hung, with its subject, on the content's verb
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("agency", 2, "nsubj", "NN", "NOUN", "agency"),
            ("reported", 11, "ccomp", "VBD", "VERB", "report"),
            ("in", 2, "prep", "IN", "ADP", "in"),
            ("early", 5, "amod", "JJ", "ADJ", "early"),
            ("2020", 3, "pobj", "CD", "NUM", "2020"),
            (",", 11, "punct", ",", "PUNCT", ","),
            ("40", 11, "nsubj", "CD", "NUM", "40"),
            ("of", 7, "prep", "IN", "ADP", "of"),
            ("its", 10, "poss", "PRP$", "PRON", "its"),
            ("stores", 8, "pobj", "NNS", "NOUN", "store"),
            ("closed", 11, "ROOT", "VBD", "VERB", "close"),
            ("within", 11, "prep", "IN", "ADP", "within"),
            ("a", 14, "det", "DT", "DET", "a"),
            ("year", 12, "pobj", "NN", "NOUN", "year"),
            (".", 11, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("40 of its stores closed within a year",), "reported", "The agency")],
    ),
    # ... but not one with a clause of its own before the comma
    (
        [
            ("He", 1, "nsubj", "PRP", "PRON", "he"),
            ("continued", 9, "ccomp", "VBD", "VERB", "continue"),
            ("by", 1, "prep", "IN", "ADP", "by"),
            ("noting", 2, "pcomp", "VBG", "VERB", "note"),
            ("the", 5, "det", "DT", "DET", "the"),
            ("cost", 3, "dobj", "NN", "NOUN", "cost"),
            (",", 9, "punct", ",", "PUNCT", ","),
            ("the", 8, "det", "DT", "DET", "the"),
            ("fund", 9, "nsubj", "NN", "NOUN", "fund"),
            ("is", 9, "ROOT", "VBZ", "AUX", "be"),
            ("empty", 9, "acomp", "JJ", "ADJ", "empty"),
            (".", 9, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the cost",), "noting", "He")],
    ),
    # the clause's subject read as the cue's object and its finite verb as the object's modifier
    (
        [
            ("Researchers", 1, "nsubj", "NNS", "NOUN", "researcher"),
            ("report", 1, "ROOT", "VBP", "VERB", "report"),
            ("giant", 3, "amod", "JJ", "ADJ", "giant"),
            ("tortoises", 1, "dobj", "NNS", "NOUN", "tortoise"),
            ("evolved", 3, "acl", "VBD", "VERB", "evolve"),
            ("on", 4, "prep", "IN", "ADP", "on"),
            ("four", 7, "nummod", "CD", "NUM", "four"),
            ("islands", 5, "pobj", "NNS", "NOUN", "island"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("giant tortoises evolved on four islands",), "report", "Researchers")],
    ),
    # a purpose clause hung on the cue as its complement is not what was said
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("governor", 2, "nsubj", "NN", "NOUN", "governor"),
            ("declared", 2, "ROOT", "VBD", "VERB", "declare"),
            ("an", 4, "det", "DT", "DET", "an"),
            ("emergency", 2, "dobj", "NN", "NOUN", "emergency"),
            ("so", 8, "mark", "IN", "SCONJ", "so"),
            ("he", 8, "nsubj", "PRP", "PRON", "he"),
            ("could", 8, "aux", "MD", "AUX", "could"),
            ("release", 2, "ccomp", "VB", "VERB", "release"),
            ("funds", 8, "dobj", "NNS", "NOUN", "fund"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        [],
    ),
    # a past tense the tagger read as a participle on a noun keeps its subject
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("candidate", 1, "ROOT", "NN", "NOUN", "candidate"),
            ("boasted", 1, "acl", "VBN", "VERB", "boast"),
            ("of", 2, "prep", "IN", "ADP", "of"),
            ("his", 5, "poss", "PRP$", "PRON", "his"),
            ("deals", 3, "pobj", "NNS", "NOUN", "deal"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("his deals",), "boasted of", "The candidate")],
    ),
    # ... but not an adverbial clause opened by a conjunction of its own
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("mayor", 2, "nsubj", "NN", "NOUN", "mayor"),
            ("announced", 2, "ROOT", "VBD", "VERB", "announce"),
            ("the", 4, "det", "DT", "DET", "the"),
            ("closure", 2, "dobj", "NN", "NOUN", "closure"),
            ("when", 6, "advmod", "WRB", "SCONJ", "when"),
            ("visited", 2, "advcl", "VBD", "VERB", "visit"),
            ("the", 8, "det", "DT", "DET", "the"),
            ("site", 6, "dobj", "NN", "NOUN", "site"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the closure",), "announced", "The mayor")],
    ),
    # the clause's subject read as the cue's object: it starts the content
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("council", 3, "nsubj", "NN", "NOUN", "council"),
            ("has", 3, "aux", "VBZ", "AUX", "have"),
            ("announced", 3, "ROOT", "VBN", "VERB", "announce"),
            ("the", 6, "det", "DT", "DET", "the"),
            ("new", 6, "amod", "JJ", "ADJ", "new"),
            ("bridge", 3, "dobj", "NN", "NOUN", "bridge"),
            ("would", 8, "aux", "MD", "AUX", "would"),
            ("open", 3, "ccomp", "VB", "VERB", "open"),
            ("in", 8, "prep", "IN", "ADP", "in"),
            ("May", 9, "pobj", "NNP", "PROPN", "May"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the new bridge would open in May",), "announced", "The council")],
    ),
    # ... but an addressee before a clause with its own subject stays out
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("council", 2, "nsubj", "NN", "NOUN", "council"),
            ("told", 2, "ROOT", "VBD", "VERB", "tell"),
            ("residents", 2, "dobj", "NNS", "NOUN", "resident"),
            ("the", 5, "det", "DT", "DET", "the"),
            ("bridge", 7, "nsubj", "NN", "NOUN", "bridge"),
            ("would", 7, "aux", "MD", "AUX", "would"),
            ("open", 2, "ccomp", "VB", "VERB", "open"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the bridge would open",), "told", "The council")],
    ),
    # a finite verb coordinated with an infinitive content is the source's next act
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("minister", 2, "nsubj", "NN", "NOUN", "minister"),
            ("urged", 2, "ROOT", "VBD", "VERB", "urge"),
            ("the", 4, "det", "DT", "DET", "the"),
            ("council", 2, "dobj", "NN", "NOUN", "council"),
            ("to", 6, "aux", "TO", "PART", "to"),
            ("reconsider", 2, "xcomp", "VB", "VERB", "reconsider"),
            ("and", 6, "cc", "CC", "CCONJ", "and"),
            ("left", 6, "conj", "VBD", "VERB", "leave"),
            ("early", 8, "advmod", "RB", "ADV", "early"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the council to reconsider",), "urged", "The minister")],
    ),
    # ... but a second infinitive continues it
    (
        [
            ("She", 1, "nsubj", "PRP", "PRON", "she"),
            ("vowed", 1, "ROOT", "VBD", "VERB", "vow"),
            ("to", 3, "aux", "TO", "PART", "to"),
            ("fight", 1, "xcomp", "VB", "VERB", "fight"),
            ("and", 3, "cc", "CC", "CCONJ", "and"),
            ("win", 3, "conj", "VB", "VERB", "win"),
            ("the", 7, "det", "DT", "DET", "the"),
            ("seat", 5, "dobj", "NN", "NOUN", "seat"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("to fight and win the seat",), "vowed", "She")],
    ),
    # a purpose clause of the content that the parser hung on the interrupting cue
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("bridge", 4, "nsubjpass", "NN", "NOUN", "bridge"),
            ("would", 4, "aux", "MD", "AUX", "would"),
            ("be", 4, "auxpass", "VB", "AUX", "be"),
            ("inspected", 4, "ROOT", "VBN", "VERB", "inspect"),
            (",", 7, "punct", ",", "PUNCT", ","),
            ("Smith", 7, "nsubj", "NNP", "PROPN", "Smith"),
            ("said", 4, "parataxis", "VBD", "VERB", "say"),
            (",", 7, "punct", ",", "PUNCT", ","),
            ("to", 10, "aux", "TO", "PART", "to"),
            ("check", 7, "xcomp", "VB", "VERB", "check"),
            ("its", 12, "poss", "PRP$", "PRON", "its"),
            ("cables", 10, "dobj", "NNS", "NOUN", "cable"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ],
        [
            (
                "indirect",
                ("The bridge would be inspected", "to check its cables"),
                "said",
                "Smith",
            )
        ],
    ),
]


@pytest.mark.parametrize(("tokens", "expected"), PARSED_CASES)
def test_reported_misread_frames(
    nlp: Language, tokens: list[Token6], expected: list[Row]
) -> None:
    doc = parsed_doc(nlp, tokens)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected


def test_reported_interrupted_content_starts_after_semicolon(nlp: Language) -> None:
    text = (
        "The band left the country in 2018; they had, their manager says, "
        "paid agents to take them across the border."
    )
    assert reported_rows(nlp, text) == [
        (
            "indirect",
            ("they had", "paid agents to take them across the border"),
            "says",
            "their manager",
            0.9,
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's subject read as an apposition to the source of "according to"
        (
            ("According to curator Amy Lane, the two-foot (sixty centimetres) bronze bell "
            "came from the tower in the old church."),
            [
                (
                    "indirect",
                    (
                        ("the two-foot (sixty centimetres) bronze bell came from the tower "
                        "in the old church"),
                    ),
                    "According to",
                    "curator Amy Lane",
                    0.9,
                )
            ],
        ),
        # ... but a true apposition before a clause with its own subject stays out
        (
            "According to John Smith, a spokesman, the plan is dead.",
            [("indirect", ("the plan is dead",), "According to", "John Smith", 0.9)],
        ),
    ],
)
def test_reported_according_to_subject_taken_for_apposition(
    nlp: Language, text: str, expected: list[tuple[str, tuple[str, ...], str, str, float]]
) -> None:
    assert reported_rows(nlp, text) == expected
