"""Reported speech: contents that run on past the cue's object or clause.

The first table runs the default model; the second builds parses by hand
(spaCy's ``Doc(vocab, words=..., heads=..., deps=...)``) to pin down the
attachments a rule reads, whatever a future model does with the sentence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import Row, Token6, parsed_doc, rows

MODEL_CASES: list[tuple[str, list[Row]]] = [
    # a prepositional phrase after the object completes the content
    (
        "The delegates pledged their support on the second ballot in Ferncloud.",
        [
            (
                "indirect",
                ("their support on the second ballot in Ferncloud",),
                "pledged",
                "The delegates",
            )
        ],
    ),
    (
        "Brisk blamed the fire on a faulty heater.",
        [("indirect", ("the fire on a faulty heater",), "blamed", "Brisk")],
    ),
    (
        "The senator rejected the offer prior to the first debate.",
        [("indirect", ("the offer prior to the first debate",), "rejected", "The senator")],
    ),
    # a phrase of setting or time places the report: it stays out
    (
        "Holm praised the mayor at a press conference in Dalmere.",
        [("indirect", ("the mayor",), "praised", "Holm")],
    ),
    (
        "Lanner criticized the bank on Monday.",
        [("indirect", ("the bank",), "criticized", "Lanner")],
    ),
    # a clause whose subject the parser took for the cue's object
    (
        (
            "Shares fell, with traders saying a weak forecast will strengthen the case for a rate"
            " cut."
        ),
        [
            (
                "indirect",
                ("a weak forecast will strengthen the case for a rate cut",),
                "saying",
                "traders",
            )
        ],
    ),
    (
        "The council ended its session by announcing it would extend purchases of farmland.",
        [("indirect", ("it would extend purchases of farmland",), "announcing", "The council")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_CASES)
def test_extent_run_on_content(nlp: Language, text: str, expected: list[Row]) -> None:
    doc = nlp(text)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected


# (word, head index, dependency, fine tag, coarse tag, lemma) for each token

PARSED_CASES: list[tuple[list[Token6], list[Row]]] = [
    # a "because" clause the parser hangs on the cue right after its complement
    (
        [
            ("Officials", 1, "nsubj", "NNS", "NOUN", "official"),
            ("charged", 1, "ROOT", "VBD", "VERB", "charge"),
            ("that", 5, "mark", "IN", "SCONJ", "that"),
            ("the", 4, "det", "DT", "DET", "the"),
            ("firm", 5, "nsubj", "NN", "NOUN", "firm"),
            ("hid", 1, "ccomp", "VBD", "VERB", "hide"),
            ("the", 7, "det", "DT", "DET", "the"),
            ("files", 5, "dobj", "NNS", "NOUN", "file"),
            ("because", 10, "mark", "IN", "SCONJ", "because"),
            ("they", 10, "nsubj", "PRP", "PRON", "they"),
            ("lacked", 1, "advcl", "VBD", "VERB", "lack"),
            ("a", 12, "det", "DT", "DET", "a"),
            ("permit", 10, "dobj", "NN", "NOUN", "permit"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [
            (
                "indirect",
                ("that the firm hid the files because they lacked a permit",),
                "charged",
                "Officials",
            )
        ],
    ),
    # "said A, but that B": a second complement of the cue, even when B's verb is a cue
    (
        [
            ("He", 1, "nsubj", "PRP", "PRON", "he"),
            ("said", 1, "ROOT", "VBD", "VERB", "say"),
            ("the", 3, "det", "DT", "DET", "the"),
            ("plan", 4, "nsubj", "NN", "NOUN", "plan"),
            ("was", 1, "ccomp", "VBD", "AUX", "be"),
            ("sound", 4, "acomp", "JJ", "ADJ", "sound"),
            (",", 1, "punct", ",", "PUNCT", ","),
            ("but", 1, "cc", "CC", "CCONJ", "but"),
            ("that", 11, "mark", "IN", "SCONJ", "that"),
            ("he", 11, "nsubj", "PRP", "PRON", "he"),
            ("would", 11, "aux", "MD", "AUX", "would"),
            ("support", 1, "conj", "VB", "VERB", "support"),
            ("changes", 11, "dobj", "NNS", "NOUN", "change"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [
            (
                "indirect",
                ("the plan was sound, but that he would support changes",),
                "said",
                "He",
            )
        ],
    ),
    # an apposition that opens a list is no aside: the whole list is the object
    (
        [
            ("Hosts", 1, "nsubj", "NNS", "NOUN", "host"),
            ("mocked", 1, "ROOT", "VBD", "VERB", "mock"),
            ("Holm", 1, "dobj", "NNP", "PROPN", "Holm"),
            (",", 2, "punct", ",", "PUNCT", ","),
            ("Brisk", 2, "appos", "NNP", "PROPN", "Brisk"),
            (",", 4, "punct", ",", "PUNCT", ","),
            ("and", 4, "cc", "CC", "CCONJ", "and"),
            ("Lanner", 4, "conj", "NNP", "PROPN", "Lanner"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("Holm, Brisk, and Lanner",), "mocked", "Hosts")],
    ),
]


@pytest.mark.parametrize(("tokens", "expected"), PARSED_CASES)
def test_extent_run_on_content_on_parses(
    nlp: Language, tokens: list[Token6], expected: list[Row]
) -> None:
    doc = parsed_doc(nlp, tokens)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected
