"""Reported speech: a noun-phrase content ends before what frames its report.

A phrase the parser hangs on the cue after a noun-phrase content says when,
where or how the report was made (``in a statement on Thursday``, ``after
she gave a speech``, ``, putting him at odds ...``), not what was said.
A clause content keeps what follows it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # an occasion of speech and a time on the cue
    (
        "Republicans called for lower taxes in an interview on Sunday.",
        [("indirect", ("lower taxes",), "called for", "Republicans")],
    ),
    # a framing preposition
    (
        "Brisk criticized the Harbor Levy Act during a campaign stop in Dalmere.",
        [("indirect", ("the Harbor Levy Act",), "criticized", "Brisk")],
    ),
    # an adverbial clause of time
    (
        "Holm lashed out at Brisk after she gave a speech at the congress.",
        [("indirect", ("Brisk",), "lashed out at", "Holm")],
    ),
    # a comma-set participle: the writer's comment on the report
    (
        "He backed a toll bridge in Norland, putting him at odds with the mayor.",
        [("indirect", ("a toll bridge in Norland",), "backed", "He")],
    ),
    # a finite "as" clause
    (
        "He opposed the bill as he prepared himself for a run for governor.",
        [("indirect", ("the bill",), "opposed", "He")],
    ),
    # a clause content keeps its own adjuncts
    (
        "The senator said the bill was dead after the vote failed.",
        [("indirect", ("the bill was dead after the vote failed",), "said", "The senator")],
    ),
    # ... and what follows a quoted fragment
    (
        'He wrote that such a delay was "pointless," because the council now has the plans.',
        [
            (
                "mixed",
                ('that such a delay was "pointless," because the council now has the plans',),
                "wrote",
                "He",
            )
        ],
    ),
    # a gerund content is a clause too
    (
        (
            "He talked about hurrying through the last stages, possibly even putting the treaty"
            " into force this spring."
        ),
        [
            (
                "indirect",
                (
                    (
                        "hurrying through the last stages, possibly even putting the treaty into"
                        " force this spring"
                    ),
                ),
                "talked about",
                "He",
            )
        ],
    ),
    pytest.param(
        "Holm described the gala as Ferncloud celebrating itself.",
        [("indirect", ("the gala as Ferncloud celebrating itself",), "described", "Holm")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parser reads the object predicate as a finite 'as' clause on the cue",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extent_framing_adjunct(nlp: Language, text: str, expected: list[Row]) -> None:
    doc = nlp(text)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected
