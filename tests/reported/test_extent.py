"""Reported speech: where a content starts and ends, one extent rule per case.

The first table runs the default model; the second builds parses by hand
(spaCy's ``Doc(vocab, words=..., heads=..., deps=...)``) to pin down the
misparses a rule repairs, whatever a future model does with the sentence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import Row, Token6, parsed_doc, rows

MODEL_CASES: list[tuple[str, list[Row]]] = [
    # a complement after the cue is its content, a misread sentence before it is not
    (
        "It is an unlikely scenario; her team says she will continue her campaign this week.",
        [("indirect", ("she will continue her campaign this week",), "says", "her team")],
    ),
    # a parenthetical cue in a sentence the parser left without a verb
    (
        (
            "The hashtag #TrouverDalmere, Mr. Holm said, accompanied descriptions of missing"
            " friends sought."
        ),
        [
            (
                "indirect",
                (
                    "The hashtag #TrouverDalmere",
                    "accompanied descriptions of missing friends sought",
                ),
                "said",
                "Mr. Holm",
            )
        ],
    ),
    # a comma-set "where" clause closing the content is the writer's gloss
    (
        (
            "Holm said the tour was a welcome break from campaigning in Dalmere, where he trails"
            " Brisk in most polls."
        ),
        [
            (
                "indirect",
                ("the tour was a welcome break from campaigning in Dalmere",),
                "said",
                "Holm",
            )
        ],
    ),
    # a participle after a quoted fragment's comma ends the content and reports on its own
    (
        'He said talks "should be settled by the spring," referring to the trade summit.',
        [
            ("mixed", ('talks "should be settled by the spring,"',), "said", "He"),
            ("indirect", ("the trade summit",), "referring to", "He"),
        ],
    ),
    # a trailing participle that is no cue elaborates the content and stays in it
    (
        (
            "The charity says it collected more than $3 million in March, bringing its total for"
            " the year to almost $12 million."
        ),
        [
            (
                "indirect",
                (
                    (
                        "it collected more than $3 million in March, bringing its total for the"
                        " year to almost $12 million"
                    ),
                ),
                "says",
                "The charity",
            )
        ],
    ),
    # a cue in a subordinate clause of the content does not end the content
    (
        (
            'The farmers say he was "sort of sitting on the wall" until Brisk said she was backing'
            " the mayor."
        ),
        [
            (
                "mixed",
                (
                    (
                        'he was "sort of sitting on the wall" until Brisk said she was backing'
                        " the mayor"
                    ),
                ),
                "say",
                "The farmers",
            )
        ],
    ),
    # a coordinated "there was" clause after a quoted fragment stays in the content
    (
        (
            'She said her town was following the contest with "wry amusement," and there was a'
            " strong current of opinion online."
        ),
        [
            (
                "mixed",
                (
                    (
                        'her town was following the contest with "wry amusement," and there was a'
                        " strong current of opinion online"
                    ),
                ),
                "said",
                "She",
            )
        ],
    ),
    # a "because" clause hung on the cue after a closing quotation mark stays in the content
    (
        (
            'In a court filing, the lawyer wrote that such a delay was "pointless," because if there'
            " were more plans in the case, the council now holds them."
        ),
        [
            (
                "mixed",
                (
                    (
                        'that such a delay was "pointless," because if there were more plans in the'
                        " case, the council now holds them"
                    ),
                ),
                "wrote",
                "the lawyer",
            )
        ],
    ),
    # a subjectless cue continuing the report takes the first cue's source
    (
        (
            "Holm said Brisk had started making calls to council members - there are three from"
            " each of the five wards, plus two aldermen - but said the final result was still far"
            " from certain."
        ),
        [
            (
                "indirect",
                (
                    (
                        "Brisk had started making calls to council members - there are three from"
                        " each of the five wards, plus two aldermen"
                    ),
                ),
                "said",
                "Holm",
            ),
            ("indirect", ("the final result was still far from certain",), "said", "Holm"),
        ],
    ),
    # a quoted sentence closing the paragraph after a closing cue continues the report
    (
        (
            'Brisk "changed her mind several times on this issue," Holm said. "I think it is time'
            ' for people to move on."'
        ),
        [
            (
                "mixed",
                (
                    'Brisk "changed her mind several times on this issue,"',
                    '"I think it is time for people to move on."',
                ),
                "said",
                "Holm",
            )
        ],
    ),
    # ... after a closing cue with an aside on its source
    (
        (
            'Both parties "saw Norland as a partner under pressure," said Ada Brisk, who served as'
            ' trade envoy. "In that sense, it was like knocking on an open gate."'
        ),
        [
            (
                "mixed",
                (
                    'Both parties "saw Norland as a partner under pressure,"',
                    '"In that sense, it was like knocking on an open gate."',
                ),
                "said",
                "Ada Brisk",
            )
        ],
    ),
    # ... after a sentence's own report whose content runs to the sentence's end
    (
        (
            'Holm said he and Brisk had made progress in the face of opposition. "I really'
            ' believe that the governor has done a remarkable job."'
        ),
        [
            (
                "mixed",
                (
                    "he and Brisk had made progress in the face of opposition",
                    '"I really believe that the governor has done a remarkable job."',
                ),
                "said",
                "Holm",
            )
        ],
    ),
    # ... but not after a participle cue continuing the sentence's first report
    (
        (
            '"I think that tells you everything," she said, adding that the campaign will work hard to'
            ' win over those voters. "I think they are waiting to be courted."'
        ),
        [
            (
                "direct",
                ("I think that tells you everything", '"I think they are waiting to be courted."'),
                "said",
                "she",
            ),
            (
                "indirect",
                ("that the campaign will work hard to win over those voters",),
                "adding",
                "she",
            ),
        ],
    ),
    # ... but not one with a cue of its own
    (
        (
            'Brisk "changed her mind several times on this issue," Holm said. "I think it is time'
            ' for people to move on," he added.'
        ),
        [
            (
                "mixed",
                ('Brisk "changed her mind several times on this issue,"',),
                "said",
                "Holm",
            ),
            ("direct", ("I think it is time for people to move on",), "added", "he"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_CASES)
def test_reported_extent(nlp: Language, text: str, expected: list[Row]) -> None:
    doc = nlp(text)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected


# (word, head index, dependency, fine tag, coarse tag, lemma) for each token

PARSED_CASES: list[tuple[list[Token6], list[Row]]] = [
    # "let" coordinated with the finite cue "said" cannot share its subject: it is content
    (
        [
            ("She", 1, "nsubj", "PRP", "PRON", "she"),
            ("said", 1, "ROOT", "VBD", "VERB", "say"),
            ("she", 3, "nsubj", "PRP", "PRON", "she"),
            ("wanted", 1, "ccomp", "VBD", "VERB", "want"),
            ("to", 5, "aux", "TO", "PART", "to"),
            ("speak", 3, "xcomp", "VB", "VERB", "speak"),
            ("and", 1, "cc", "CC", "CCONJ", "and"),
            ("let", 1, "conj", "VB", "VERB", "let"),
            ("them", 9, "nsubj", "PRP", "PRON", "they"),
            ("know", 7, "ccomp", "VB", "VERB", "know"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("she wanted to speak and let them know",), "said", "She")],
    ),
    # a closing cue read as an adverbial clause of the content
    (
        [
            ("Prices", 1, "nsubj", "NNS", "NOUN", "price"),
            ("rose", 1, "ROOT", "VBD", "VERB", "rise"),
            ("sharply", 1, "advmod", "RB", "ADV", "sharply"),
            (",", 5, "punct", ",", "PUNCT", ","),
            ("she", 5, "nsubj", "PRP", "PRON", "she"),
            ("said", 1, "advcl", "VBD", "VERB", "say"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("Prices rose sharply",), "said", "she")],
    ),
    # a speech cue coordinated after the content ends it, even one reporting nothing itself
    (
        [
            ("He", 1, "nsubj", "PRP", "PRON", "he"),
            ("says", 1, "ROOT", "VBZ", "VERB", "say"),
            ("he", 3, "nsubj", "PRP", "PRON", "he"),
            ("respects", 1, "ccomp", "VBZ", "VERB", "respect"),
            ("Brisk", 3, "dobj", "NNP", "PROPN", "Brisk"),
            ("and", 3, "cc", "CC", "CCONJ", "and"),
            ("tweets", 3, "conj", "VBZ", "VERB", "tweet"),
            ("often", 6, "advmod", "RB", "ADV", "often"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("he respects Brisk",), "says", "He")],
    ),
]


@pytest.mark.parametrize(("tokens", "expected"), PARSED_CASES)
def test_reported_extent_on_misparses(
    nlp: Language, tokens: list[Token6], expected: list[Row]
) -> None:
    doc = parsed_doc(nlp, tokens)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected
