"""Reported speech: known cues the reader used to skip, one cause per case.

Each row is a sentence whose cue the lexicon knows but whose quote was lost:
the source hidden in an opening phrase by the parse, the subject of an
adjective the cue complements (``is quick to note that``), a name a source
gives (``what police called a smuggling run``), a cue set off by commas
inside its content (``These workers, Holm explained, were well paid``),
a belief or wish negated by ``not`` (``She doesn't think X``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.pipeline import find_quotes
from tests.quote_rows import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # a name the parser hung on an opening phrase is the cue's subject
    (
        "As a part of his plea, Jonas Emil Brisk, 51, said that he cheated nearly 300 customers.",
        [("indirect", ("that he cheated nearly 300 customers",), "said", "Jonas Emil Brisk")],
    ),
    (
        (
            "Worried by the flooding in Norland, Governor Piet Lanner, the party chairman, said that "
            "he spoke with Ms. Brisk on Friday."
        ),
        [
            (
                "indirect",
                ("that he spoke with Ms. Brisk on Friday",),
                "said",
                "Governor Piet Lanner",
            )
        ],
    ),
    # the subject of "be" + adjective whose infinitive is the cue
    (
        "Farmers are quick to note that foreign buyers have paid far more.",
        [
            (
                "indirect",
                ("that foreign buyers have paid far more",),
                "note",
                "Farmers",
            )
        ],
    ),
    (
        "Ferncloud voters were somewhat more likely to say they favored Brisk.",
        [("indirect", ("they favored Brisk",), "say", "Ferncloud voters")],
    ),
    # an ability ("old enough to"), not a report
    ("I'm old enough to remember that bread cost a penny.", []),
    # a name or description a source gives: "what X called Y", "a N that X described as Y"
    (
        "Varga bought the boat used in what police called a smuggling run.",
        [("indirect", ("what", "a smuggling run"), "called", "police")],
    ),
    (
        ("Twelve people were hurt by a fire that Mayor Ada Brisk described as a deliberate act."),
        [
            (
                "indirect",
                ("that", "as a deliberate act"),
                "described",
                "Mayor Ada Brisk",
            )
        ],
    ),
    # a cue set off by commas inside its content, whatever the parse
    (
        "These workers, Holm explained at the inquiry, were well paid.",
        [("indirect", ("These workers", "were well paid"), "explained", "Holm")],
    ),
    (
        "If he wins the election, Holm suggested in a speech, taxes won't go up.",
        [
            (
                "indirect",
                ("If he wins the election", "taxes won't go up"),
                "suggested",
                "Holm",
            )
        ],
    ),
    # a participle after the cue is its adverbial; ", you know," is a filler
    (
        "Weighing in on the debate, Piet Lanner agreed, praising his former rival.",
        [("indirect", ("his former rival",), "praising", "Piet Lanner")],
    ),
    ("Trade deals, you know, are hard to sell.", []),
    # a relative clause a cue interrupts, its verb misread as the cue's xcomp
    (
        (
            "He attacked Ada Brisk, whom many members believed was quietly steering the board "
            "toward Holm."
        ),
        [
            ("indirect", ("Ada Brisk",), "attacked", "He"),
            (
                "indirect",
                (("whom many members believed was quietly steering the board toward Holm"),),
                "believed",
                "many members",
            ),
        ],
    ),
    ("He met people who claim to represent Sikhs.", []),
    # a belief or wish negated by "not" is still the source's stance; negated or
    # withheld speech, a negative subject and a wish for anonymity are not read
    (
        "She doesn't think Holm can solve the problems that Brisk described.",
        [
            (
                "indirect",
                ("Holm can solve the problems that Brisk described",),
                "think",
                "She",
            )
        ],
    ),
    (
        "We don't want to see another empty harbor there.",
        [("indirect", ("to see another empty harbor there",), "want", "We")],
    ),
    ("Nobody thinks he will win.", []),
    ("The official did not want to be named.", []),
    ("He did not say that the deal was dead.", []),
    ("Ms. Brisk did not respond to a message seeking comment.", []),
    # a passive names no source; a relative pronoun as subject is no naming
    ("The senators held what is called a debate.", []),
    ("Dalmere is a county that could prove elusive.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_cue_reads_whatever_the_parse(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert rows(find_quotes(nlp(text))) == expected
