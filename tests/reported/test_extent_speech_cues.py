"""Reported speech: extents of the core speech cues (said, says, told, ...).

Where a ``said`` content ends before the source's next act (``and criticized
him for ...``), where a question put to the source opens the sentence
(``Asked whether ..., she said, "..."``) or a scene-setting clause
(``When she got inside the church, she said, ...``), where a time right after the cue
(``said Tuesday his actions ...``) is when it was said, and where a comma-set
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
            "Ms. Khan said Mr. Trump was ''ignorant'' of Islam and criticized him for saying he"
            " had sacrificed for his country."
        ),
        [
            ("mixed", ("Mr. Trump was ''ignorant'' of Islam",), "said", "Ms. Khan"),
            (
                "indirect",
                ("him for saying he had sacrificed for his country",),
                "criticized",
                "Ms. Khan",
            ),
        ],
    ),
    # ... also when the content closes with its quotation's punctuation
    (
        (
            "He says he respects Clinton and calls her \u201can extremely intelligent woman with a"
            " wonderful resume.\u201d"
        ),
        [
            ("indirect", ("he respects Clinton",), "says", "He"),
            (
                "mixed",
                ("her \u201can extremely intelligent woman with a wonderful resume.\u201d",),
                "calls",
                "He",
            ),
        ],
    ),
    # a bare object is not a statement of its own: the content runs on
    (
        "Ms. Khan said Mr. Trump was wrong and attacked his rival in the primary.",
        [
            (
                "indirect",
                ("Mr. Trump was wrong and attacked his rival in the primary",),
                "said",
                "Ms. Khan",
            )
        ],
    ),
    # nor is wanting something
    (
        (
            "He said he was alarmed by the images and wanted to see for himself what it was like"
            " at a Trump rally."
        ),
        [
            (
                "indirect",
                (
                    (
                        "he was alarmed by the images and wanted to see for himself what it was"
                        " like at a Trump rally"
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
            "Asked what he personally believed about the lifestyle of gay people, he said, \"It's"
            ' the wrong thing, but we have no right to judge people."'
        ),
        [
            (
                "direct",
                ("It's the wrong thing, but we have no right to judge people",),
                "said",
                "he",
            ),
        ],
    ),
    (
        (
            'Asked by Matt Lauer whether she had practiced her speech, she said, "I read it once'
            ' over."'
        ),
        [
            ("indirect", ("whether she had practiced her speech",), "Asked", "Matt Lauer"),
            ("direct", ("I read it once over",), "said", "she"),
        ],
    ),
    # so does a scene-setting clause ...
    (
        (
            "When she finally got inside the church, she said, there were no Democratic ballots"
            " and she had to wait another 25 minutes."
        ),
        [
            (
                "indirect",
                ("there were no Democratic ballots and she had to wait another 25 minutes",),
                "said",
                "she",
            )
        ],
    ),
    # ... but a condition is part of what was said
    (
        "If the law conflicts with God's orders, Rubio said, Christians must ignore the law.",
        [
            (
                "indirect",
                ("If the law conflicts with God's orders", "Christians must ignore the law"),
                "said",
                "Rubio",
            )
        ],
    ),
    # a time right after the cue says when it was said ...
    (
        (
            "The president told African-Americans this weekend he would consider it a personal"
            " insult if they did not vote for Mrs. Clinton."
        ),
        [
            (
                "indirect",
                ("he would consider it a personal insult if they did not vote for Mrs. Clinton",),
                "told",
                "The president",
            )
        ],
    ),
    # ... unless it is the content's subject
    (
        "Officials said 2016 has seen the worst four-day start in a new year on record.",
        [
            (
                "indirect",
                ("2016 has seen the worst four-day start in a new year on record",),
                "said",
                "Officials",
            )
        ],
    ),
    # a relative clause on the content's last noun is the writer's gloss, with the verb
    # phrase the parser hangs on the content after it
    (
        (
            "The Times said the emails it received were exchanges between Carter and Eric"
            " Fanning, who was his chief of staff at the time and is now the acting secretary of"
            " the Army."
        ),
        [
            (
                "indirect",
                ("the emails it received were exchanges between Carter and Eric Fanning",),
                "said",
                "The Times",
            )
        ],
    ),
    (
        (
            "Several voters said they had not heard anything to pull them away from Mr. Sanders,"
            " who also held a rally in Mason City on Wednesday night, drawing 1,110 people."
        ),
        [
            (
                "indirect",
                ("they had not heard anything to pull them away from Mr. Sanders",),
                "said",
                "Several voters",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extent_of_speech_cues(nlp: Language, text: str, expected: list[Row]) -> None:
    doc = nlp(text)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected
