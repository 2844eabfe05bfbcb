"""Speech-cue rules measured on PolNeAR dev: what each one reads, and where it stays silent."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.quote_rows import ScoredRow as Row
from tests.quote_rows import reported_rows

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
        "Fox told a slightly different tale.",
        [("indirect", ("a slightly different tale",), "told", "Fox", 0.6)],
    ),
    (
        "He told the story of an older supporter in Miami.",
        [("indirect", ("the story of an older supporter in Miami",), "told", "He", 0.6)],
    ),
    ("She told a crowd of 1,300 in Ohio.", []),
    # written_object: a memo, letter or op-ed written is the content; a book is not
    (
        "Mr Band wrote the memo in 2011.",
        [("indirect", ("the memo",), "wrote", "Mr Band", 0.6)],
    ),
    ("She wrote a children's book about the war.", []),
    # markup: a tag or attribute named like a cue is no cue
    (
        (
            'Republicans tweeted prayers.\n\n<tweet pic="" author="realDonaldTrump" '
            'timestamp="1449075600" tweet_id="672152791717158917">California shooting looks '
            "very bad. Good luck to law enforcement.</tweet>."
        ),
        [("indirect", ("prayers",), "tweeted", "Republicans", 0.42)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_speech_cues(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


UNATTRIBUTED: list[tuple[str, list[Row]]] = [
    # a question put by no one named: the content is the question, with no source
    (
        "Mr Sanders was asked what happened to the black vote.",
        [("indirect", ("what happened to the black vote",), "asked", "", 0.63)],
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
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he "
            "and other rabbis were alarmed about the rhetoric."
        ),
        [
            (
                "indirect",
                ("he and other rabbis were alarmed about the rhetoric",),
                "said",
                "Jeffrey Salkin",
                0.9,
            )
        ],
    ),
    (
        (
            "And it was no accident — Brendan Buck, a spokesman for Ryan, told POLITICO that "
            "the speaker gave Priebus a heads up."
        ),
        [
            (
                "indirect",
                ("that the speaker gave Priebus a heads up",),
                "told",
                "Brendan Buck",
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
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\n"
            "WASHINGTON, June 10 (UPI) -- Hillary Clinton spoke on Friday."
        ),
        [("indirect", ("Trump will reverse Roe v. Wade",), ":", "Clinton", 0.6)],
    ),
    (
        (
            "CNN President On Trump: We Do Not Pay Candidates To Appear At Debates.\n\n"
            "The network's chief spoke on Friday."
        ),
        [
            (
                "indirect",
                ("We Do Not Pay Candidates To Appear At Debates",),
                ":",
                "CNN President",
                0.6,
            )
        ],
    ),
    # ... but not a label whose words before the preposition are no name
    ("Trump's direct transfers to RNC in October: $2.2 million.\n\nThe money arrived late.", []),
    (
        (
            "Trump lament on missing Republican supporters: Why aren't they on the shows?\n\n"
            "He spoke late."
        ),
        [],
    ),
    # a verb with two paired prepositions is read with the nearer one (called for, not on)
    (
        "Democrats called for more school investment in a statement on Thursday.",
        [
            (
                "indirect",
                ("more school investment",),
                "called for",
                "Democrats",
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
        "Asked if her email practices were illegal, 46 percent of voters said yes.",
        [
            # the question put to the voters, by no one named (verbs3: the question frame)
            ("indirect", ("if her email practices were illegal",), "Asked", "", 0.56),
            ("indirect", ("yes",), "said", "46 percent of voters", 0.63),
        ],
    ),
    ("He said no to the Iraq war.", [("indirect", ("no to the Iraq war",), "said", "He", 0.9)]),
    (
        "Mr Mook said as much in an interview on Thursday.",
        [("indirect", ("as much",), "said", "Mr Mook", 0.9)],
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
            "The Internet has also made it possible for people with like-minded, if bogus, ideas "
            "and theories to organize into communities and reach others, she said."
        ),
        [
            (
                "indirect",
                (
                    (
                        "The Internet has also made it possible for people with like-minded, if "
                        "bogus, ideas and theories to organize into communities and reach others"
                    ),
                ),
                "said",
                "she",
                0.9,
            )
        ],
    ),
    (
        (
            "As Mr Trump prepared to speak to supporters in Wisconsin on Tuesday, a 15-year-old "
            "girl outside the venue was pepper-sprayed by another bystander, police said."
        ),
        [
            (
                "indirect",
                (
                    (
                        "As Mr Trump prepared to speak to supporters in Wisconsin on Tuesday, a "
                        "15-year-old girl outside the venue was pepper-sprayed by another bystander"
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
        "As Republicans scrambled to raise campaign cash last year, Mr Priebus proposed a plan.",
        [("indirect", ("a plan",), "proposed", "Mr Priebus", 0.7)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING)
def test_reported_speech_cues_closing_cue(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected


TITLE_CUES: list[tuple[str, list[Row]]] = [
    # a title-case cue the tagger read as a name, on a document's first line
    (
        (
            "Maher Tells Guest Muslim Violence is Beyond Compare.\n\n"
            "When guests on his show spoke, he listened."
        ),
        [("indirect", ("Guest Muslim Violence is Beyond Compare",), "Tells", "Maher", 0.6)],
    ),
    (
        (
            "Donald Trump Tweets A Wildly Inaccurate Graphic To Portray Black People As "
            "Murderers.\n\nReal estate mogul Donald Trump tweeted a chart."
        ),
        [
            (
                "indirect",
                ("A Wildly Inaccurate Graphic To Portray Black People As Murderers",),
                "Tweets",
                "Donald Trump",
                0.6,
            ),
            ("indirect", ("a chart",), "tweeted", "Real estate mogul Donald Trump", 0.6),
        ],
    ),
    # ... but not below the headline
    ("He spoke.\n\nMaher Tells Guest Muslim Violence is Beyond Compare.", []),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CUES)
def test_reported_speech_cues_headline_verb(nlp: Language, text: str, expected: list[Row]) -> None:
    assert reported_rows(nlp, text) == expected
