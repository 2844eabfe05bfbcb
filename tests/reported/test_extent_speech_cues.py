"""Reported speech: extents of the core speech cues (said, says, told, ...).

Where a ``said`` content ends before the source's next act (``and criticized
him for ...``), where a question put to the source opens the sentence
(``Asked whether ..., she said, "..."``) or a scene-setting clause
(``When she reached the town hall, she said, ...``), where a time right after the cue
(``said Monday her remarks ...``) is when it was said, and where a comma-set
relative clause, with what the parser hung after it, closes the content.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # a stance verb coordinated after the content, with what it says of its object, is the
    # source's next act, with the same source
    (
        (
            "Ms. Brisk said Mr. Holm was ''reckless'' with the budget and criticized him for saying"
            " he had rescued the harbor."
        ),
        [
            ("mixed", ("Mr. Holm was ''reckless'' with the budget",), "said", "Ms. Brisk"),
            (
                "indirect",
                ("him for saying he had rescued the harbor",),
                "criticized",
                "Ms. Brisk",
            ),
        ],
    ),
    # ... also when the content closes with its quotation's punctuation
    (
        (
            "He says he respects Brisk and calls her \u201ca remarkably capable leader with a long"
            " record.\u201d"
        ),
        [
            ("indirect", ("he respects Brisk",), "says", "He"),
            (
                "mixed",
                ("her \u201ca remarkably capable leader with a long record.\u201d",),
                "calls",
                "He",
            ),
        ],
    ),
    # a bare object is not a statement of its own: the content runs on
    (
        "Ms. Brisk said Mr. Holm was wrong and attacked his rival in the primary.",
        [
            (
                "indirect",
                ("Mr. Holm was wrong and attacked his rival in the primary",),
                "said",
                "Ms. Brisk",
            )
        ],
    ),
    # nor is wanting something
    (
        (
            "He said he was worried by the reports and wanted to see for himself what it was like"
            " at a Brisk rally."
        ),
        [
            (
                "indirect",
                (
                    (
                        "he was worried by the reports and wanted to see for himself what it was"
                        " like at a Brisk rally"
                    ),
                ),
                "said",
                "He",
            )
        ],
    ),
    # the question put to the source opens the sentence; the answer is the content
    (
        (
            "Asked what he privately thought about the harbor plan, he said, \"It's the wrong"
            ' plan, but we have no right to block it."'
        ),
        [
            (
                "direct",
                ("It's the wrong plan, but we have no right to block it",),
                "said",
                "he",
            ),
        ],
    ),
    (
        (
            'Asked by Piet Lanner whether she had rehearsed her answer, she said, "I went over it'
            ' twice."'
        ),
        [
            ("indirect", ("whether she had rehearsed her answer",), "Asked", "Piet Lanner"),
            ("direct", ("I went over it twice",), "said", "she"),
        ],
    ),
    # so does a scene-setting clause ...
    (
        (
            "When she finally reached the town hall, she said, there were no paper ballots and"
            " she had to wait another 40 minutes."
        ),
        [
            (
                "indirect",
                ("there were no paper ballots and she had to wait another 40 minutes",),
                "said",
                "she",
            )
        ],
    ),
    # ... but a condition is part of what was said
    (
        "If the court overrules the council, Brisk said, residents must follow the court.",
        [
            (
                "indirect",
                ("If the court overrules the council", "residents must follow the court"),
                "said",
                "Brisk",
            )
        ],
    ),
    # a time right after the cue says when it was said ...
    (
        (
            "The minister told teachers this weekend she would consider it a personal insult if they"
            " did not back the reform."
        ),
        [
            (
                "indirect",
                ("she would consider it a personal insult if they did not back the reform",),
                "told",
                "The minister",
            )
        ],
    ),
    # ... unless it is the content's subject
    (
        "Officials said 2023 has seen the coldest five-day start to a year on record.",
        [
            (
                "indirect",
                ("2023 has seen the coldest five-day start to a year on record",),
                "said",
                "Officials",
            )
        ],
    ),
    # a relative clause on the content's last noun is the writer's gloss, with the verb
    # phrase the parser hangs on the content after it
    (
        (
            "The Gazette said the letters it obtained were exchanges between Holm and Ada Brisk,"
            " who was his deputy at the time and is now the acting head of the port authority."
        ),
        [
            (
                "indirect",
                ("the letters it obtained were exchanges between Holm and Ada Brisk",),
                "said",
                "The Gazette",
            )
        ],
    ),
    (
        (
            "Several farmers said they had seen nothing to draw them away from Ms. Brisk,"
            " who also held a rally in Dalmere on Thursday night, drawing 940 people."
        ),
        [
            (
                "indirect",
                ("they had seen nothing to draw them away from Ms. Brisk",),
                "said",
                "Several farmers",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extent_of_speech_cues(nlp: Language, text: str, expected: list[Row]) -> None:
    doc = nlp(text)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected
