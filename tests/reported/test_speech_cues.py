"""Speech-cue rules measured on PolNeAR dev: what each one reads, and where it stays silent."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import parsed_doc, reported_rows

CASES: list[tuple[str, list[Row]]] = [
    # posted_object: what a source tweeted, retweeted or posted is the object
    (
        "Mr Trump tweeted a photograph of the crowd on Sunday.",
        [("indirect", ("a photograph of the crowd",), "tweeted", "Mr Trump", 0.6)],
    ),
    (
        "The senator retweeted an unflattering photo of her rival.",
        [("indirect", ("an unflattering photo of her rival",), "retweeted", "The senator", 0.6)],
    ),
    (
        "The group posted the story on its website.",
        [("indirect", ("the story",), "posted", "The group", 0.6)],
    ),
    # ... but an addressee is not what was posted, and a clause still wins
    ("The senator tweeted Mr Trump.", []),
    (
        "Mr Trump tweeted that the polls were rigged.",
        [("indirect", ("that the polls were rigged",), "tweeted", "Mr Trump", 0.9)],
    ),
    # told_object: a story, tale or joke told is the content; an audience is not
    (
        "Ms Brisk told a very different tale.",
        [("indirect", ("a very different tale",), "told", "Ms Brisk", 0.6)],
    ),
    (
        "He told the story of a retired fisherman in Dalmere.",
        [("indirect", ("the story of a retired fisherman in Dalmere",), "told", "He", 0.6)],
    ),
    ("She told a crowd of 900 in Norland.", []),
    # written_object: a memo, letter or op-ed written is the content; a book is not
    (
        "Mr Elder wrote the memo in 2019.",
        [("indirect", ("the memo",), "wrote", "Mr Elder", 0.6)],
    ),
    ("She wrote a children's book about the war.", []),
    # markup: a tag or attribute named like a cue is no cue
    (
        (
            'Councillors tweeted prayers.\n\n<tweet pic="" author="AdaBrisk" '
            'timestamp="1500000000" tweet_id="123456789012345678">Harbour fire is '
            "terrible. Stay safe, everyone.</tweet>."
        ),
        [("indirect", ("prayers",), "tweeted", "Councillors", 0.42)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_speech_cues(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


UNATTRIBUTED: list[tuple[str, list[Row]]] = [
    # a question put by no one named: the content is the question, with no source
    (
        "Ms Brisk was asked what happened to the rural vote.",
        [("indirect", ("what happened to the rural vote",), "asked", "", 0.63)],
    ),
    (
        "Mr Trump was asked about the remarks on Sunday.",
        [("indirect", ("the remarks on Sunday",), "asked about", "", 0.455)],
    ),
    # ... with an agent, the asker is the source
    (
        "He was asked by the host whether he would run.",
        [("indirect", ("whether he would run",), "asked", "the host", 0.9)],
    ),
    # ... and the questions someone was asked, or was not asked, report nothing
    ("He answered every question he was asked.", []),
    ("The governor was not asked about the bill.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNATTRIBUTED)
def test_reported_speech_cues_unattributed_question(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert reported_rows(nlp, text) == expected


ASIDES: list[tuple[str, list[Row]]] = [
    # a long aside between a subject and its cue: the opening noun phrase is the source
    (
        (
            "Ada Brisk, a Dalmere, Ore., teacher helping to organize the strike, said she "
            "and other teachers were alarmed about the cuts."
        ),
        [
            (
                "indirect",
                ("she and other teachers were alarmed about the cuts",),
                "said",
                "Ada Brisk",
                0.9,
            )
        ],
    ),
    (
        (
            "And it was no accident — Tomas Elder, a spokesman for Brisk, told REUTERS that "
            "the mayor gave Harlow a heads up."
        ),
        [
            (
                "indirect",
                ("that the mayor gave Harlow a heads up",),
                "told",
                "Tomas Elder",
                0.9,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_reported_speech_cues_subject_before_aside(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert reported_rows(nlp, text) == expected


HEADLINES: list[tuple[str, list[Row]]] = [
    # a headline label naming a source and whom or what it addresses
    (
        (
            "Brisk to Teachers Union: Harlow will scrap the pay deal.\n\n"
            "DALMERE, June 10 (UPI) -- Ada Brisk spoke on Friday."
        ),
        [("indirect", ("Harlow will scrap the pay deal",), ":", "Brisk", 0.6)],
    ),
    (
        (
            "Dalmere Radio Chief On Brisk: We Never Pay Politicians To Join Our Shows.\n\n"
            "The network's chief spoke on Friday."
        ),
        [
            (
                "indirect",
                ("We Never Pay Politicians To Join Our Shows",),
                ":",
                "Dalmere Radio Chief",
                0.6,
            )
        ],
    ),
    # ... but not a label whose words before the preposition are no name
    ("Harlow's direct transfers to party in October: $1.4 million.\n\nThe money arrived late.", []),
    (
        (
            "Harlow lament on missing Liberal supporters: Why aren't they at the rallies?\n\n"
            "He spoke late."
        ),
        [],
    ),
    # a verb with two paired prepositions is read with the nearer one (called for, not on)
    (
        "Teachers called for more pay rises in a statement on Thursday.",
        [
            (
                "indirect",
                ("more pay rises",),
                "called for",
                "Teachers",
                0.65,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_reported_speech_cues_headline_labels(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert reported_rows(nlp, text) == expected


BARE_ANSWERS: list[tuple[str, list[Row]]] = [
    # a one-word answer or pro-form after "say" is the content
    (
        "Asked if her expense claims were improper, 38 percent of voters said yes.",
        [
            # the question put to the voters, by no one named (verbs3: the question frame)
            ("indirect", ("if her expense claims were improper",), "Asked", "", 0.56),
            ("indirect", ("yes",), "said", "38 percent of voters", 0.63),
        ],
    ),
    (
        "He said no to the harbour tax.",
        [("indirect", ("no to the harbour tax",), "said", "He", 0.9)],
    ),
    (
        "Mr Elder said as much in an interview on Thursday.",
        [("indirect", ("as much",), "said", "Mr Elder", 0.9)],
    ),
    # ... but not inside a quotation, where the quote is direct speech of its own
    ('"I have to say yes," he said.', [("direct", ("I have to say yes",), "said", "he", 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_ANSWERS)
def test_reported_speech_cues_bare_answer(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


CLOSING: list[tuple[str, list[Row]]] = [
    # a sentence closed by ", SUBJECT said." whatever the parse: what precedes the comma
    (
        (
            "As Ms Brisk prepared to speak to voters in Dalmere on Tuesday, a 40-year-old "
            "man outside the hall was struck by a thrown bottle, police said."
        ),
        [
            (
                "indirect",
                (
                    (
                        "As Ms Brisk prepared to speak to voters in Dalmere on Tuesday, a "
                        "40-year-old man outside the hall was struck by a thrown bottle"
                    ),
                ),
                "said",
                "police",
                0.9,
            )
        ],
    ),
    # ... but a cue with an object of its own reports that, not the opening clause
    (
        "As Liberals rushed to raise party funds last spring, Mr Harlow proposed a plan.",
        [("indirect", ("a plan",), "proposed", "Mr Harlow", 0.7)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING)
def test_reported_speech_cues_closing_cue(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


def test_reported_speech_cues_closing_cue_hung_on_the_content(nlp: Language) -> None:
    """Hand-built parse: ``..., she said.`` with ``said`` hung on the content's verb and
    the content's subject and ``for`` taken for its own: what precedes the comma."""
    doc = parsed_doc(
        nlp,
        [
            ("Radio", 1, "nsubj", "NN", "NOUN", "radio"),
            ("made", 1, "ROOT", "VBD", "VERB", "make"),
            ("it", 3, "nsubj", "PRP", "PRON", "it"),
            ("easy", 1, "ccomp", "JJ", "ADJ", "easy"),
            ("for", 11, "mark", "IN", "ADP", "for"),
            ("sellers", 11, "nsubj", "NNS", "NOUN", "seller"),
            ("to", 7, "aux", "TO", "PART", "to"),
            ("reach", 11, "advcl", "VB", "VERB", "reach"),
            ("buyers", 7, "dobj", "NNS", "NOUN", "buyer"),
            (",", 11, "punct", ",", "PUNCT", ","),
            ("she", 11, "nsubj", "PRP", "PRON", "she"),
            ("said", 1, "advcl", "VBD", "VERB", "say"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
    )
    found = [
        (
            q.type.value,
            tuple(s.text for s in q.content),
            q.cue.text if q.cue else "",
            q.source.mention.text if q.source else "",
            q.confidence,
        )
        for q in find_reported_speech(doc, find_quotations(doc.text))
    ]
    assert found == [
        ("indirect", ("Radio made it easy for sellers to reach buyers",), "said", "she", 0.9)
    ]


TITLE_CUES: list[tuple[str, list[Row]]] = [
    # a title-case cue the tagger read as a name, on a document's first line
    (
        (
            "Brisk Tells Guest Harbour Tax is Beyond Repair.\n\n"
            "When guests on her show spoke, she listened."
        ),
        [("indirect", ("Guest Harbour Tax is Beyond Repair",), "Tells", "Brisk", 0.6)],
    ),
    (
        (
            "Jack Harlow Tweets Wildly Inaccurate Graphics To Portray Renters As "
            "Freeloaders.\n\nFormer banker Jack Harlow tweeted a chart."
        ),
        [
            (
                "indirect",
                ("Wildly Inaccurate Graphics To Portray Renters As Freeloaders",),
                "Tweets",
                "Jack Harlow",
                0.6,
            ),
            ("indirect", ("a chart",), "tweeted", "Former banker Jack Harlow", 0.6),
        ],
    ),
    # ... but not below the headline
    ("He spoke.\n\nBrisk Tells Guest Harbour Tax is Beyond Repair.", []),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CUES)
def test_reported_speech_cues_headline_verb(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected
