"""Reported speech: indirect and mixed quotes, one construction per case."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.quotemarks import find_quotations
from quoteattr.reported import find_reported_speech
from tests.quote_rows import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # a second that-clause coordinated with the first is the same report
    (
        "She said she accepted the offer and that she wanted to start again.",
        [
            (
                "indirect",
                ("she accepted the offer and that she wanted to start again",),
                "said",
                "She",
            )
        ],
    ),
    # one complement the parser splits into two ccomp children
    (
        "They said they were happy with however it turns out.",
        [("indirect", ("they were happy with however it turns out",), "said", "They")],
    ),
    # a cue between two coordinated clauses: two segments
    (
        (
            "The top fifth paid 7.4 percent, the office said in a March report, and the bottom"
            " fifth paid 1.1 percent."
        ),
        [
            (
                "indirect",
                ("The top fifth paid 7.4 percent", "the bottom fifth paid 1.1 percent"),
                "said",
                "the office",
            )
        ],
    ),
    # a that-clause the parser hangs on a framing adverbial
    (
        "The union says in a statement that the proposal has gone too far.",
        [("indirect", ("that the proposal has gone too far",), "says", "The union")],
    ),
    # an unmarked clause the parser reads as adverbial
    (
        "Brisk said after the meeting she would not accept the offer.",
        [
            (
                "indirect",
                ("after the meeting she would not accept the offer",),
                "said",
                "Brisk",
            )
        ],
    ),
    # speech verbs with what was said as object; an addressee alone is no content
    (
        "Only 31 said yes, while 64 percent said the same of Harlow.",
        [
            ("indirect", ("yes",), "said", "Only 31"),
            ("indirect", ("the same of Harlow",), "said", "64 percent"),
        ],
    ),
    (
        "He asked a question about the economy.",
        [("indirect", ("a question about the economy",), "asked", "He")],
    ),
    ("He told CNN.", []),
    # a belief coordinated inside a content is part of the report
    (
        "He said the voting system is simple and he feels he can win the seat.",
        [
            (
                "indirect",
                ("the voting system is simple and he feels he can win the seat",),
                "said",
                "He",
            )
        ],
    ),
    # a gerund clause the parser hangs on the cue as xcomp
    (
        "Tomas Elder said watching so many families at the harbour festival was a welcome change.",
        [
            (
                "indirect",
                ("watching so many families at the harbour festival was a welcome change",),
                "said",
                "Tomas Elder",
            )
        ],
    ),
    # an inverted cue closing coordinated clauses
    (
        (
            "The paper mill is holding on, but it is under heavy pressure from rising costs, said"
            " the firm's chief executive."
        ),
        [
            (
                "indirect",
                ("The paper mill is holding on, but it is under heavy pressure from rising costs",),
                "said",
                "the firm's chief executive",
            )
        ],
    ),
    # a parse running over a line break: the cue's subject and complement on its own line
    (
        (
            "\u201cSo we\u2019ll see how it works.\u201d\n\nSen. Chuck Harlow, facing a spirited"
            " Democratic challenge in Ohio, a swing state, said he would welcome Brisk."
        ),
        [("indirect", ("he would welcome Brisk",), "said", "Sen. Chuck Harlow")],
    ),
    # a headline opened by a bare name and a colon
    (
        "Brisk: Harbour Tax Story Has Stalled.\nThe senator spoke on Monday.",
        [("indirect", ("Harbour Tax Story Has Stalled",), ":", "Brisk")],
    ),
    ("UPDATE: The senator spoke on Monday at length.", []),
    # according to after coordinated clauses vouches for both
    (
        (
            "The average rent rose by 1.4% from 2001 to 2008, but fell by 0.3% from 2008 to"
            " 2015, according to council data."
        ),
        [
            (
                "indirect",
                (
                    (
                        "The average rent rose by 1.4% from 2001 to 2008, but fell by 0.3% from"
                        " 2008 to 2015"
                    ),
                ),
                "according to",
                "council data",
            )
        ],
    ),
    # a referential "it" is a source; an inherited one is an expletive
    (
        "The company has built two hotels, it said.",
        [("indirect", ("The company has built two hotels",), "said", "it")],
    ),
    ("It is hard to imagine that the deal will pass.", []),
    # a content whose relative pronoun comes before its source and cue
    (
        "Harlow slammed other Liberals, who he said are less loyal than Greens.",
        [
            ("indirect", ("other Liberals",), "slammed", "Harlow"),
            ("indirect", ("who", "are less loyal than Greens"), "said", "he"),
        ],
    ),
    # a comma-set relative clause closing the content is the writer's aside
    (
        "Mr Fowler said Clinton would recover from the illness, which forced her to leave early.",
        [("indirect", ("Clinton would recover from the illness",), "said", "Mr Fowler")],
    ),
    # clausal complement
    (
        "Mr Harlow said Ms Brisk was mainly interested in the budget.",
        [("indirect", ("Ms Brisk was mainly interested in the budget",), "said", "Mr Harlow")],
    ),
    # inverted cue, framing adverbial left out
    (
        "The talks were useful, Mr Lavrov said on Sunday.",
        [("indirect", ("The talks were useful",), "said", "Mr Lavrov")],
    ),
    # a cue interrupting its content: two segments
    ("The deal, he said, is dead.", [("indirect", ("The deal", "is dead"), "said", "he")]),
    (
        "According to a new poll, Ms Clinton leads in Ohio.",
        [("indirect", ("Ms Clinton leads in Ohio",), "According to", "a new poll")],
    ),
    (
        "Ms Clinton leads in Ohio, according to a new poll.",
        [("indirect", ("Ms Clinton leads in Ohio",), "according to", "a new poll")],
    ),
    # coordinated cues sharing a subject: two quotes, one source; a mixed object predicate
    (
        'Mr Trump called the sanctions "seriously flawed" and said he would sign the bill.',
        [
            ("mixed", ('the sanctions "seriously flawed"',), "called", "Mr Trump"),
            ("indirect", ("he would sign the bill",), "said", "Mr Trump"),
        ],
    ),
    (
        "Two Norland watchdogs have accused Harwell Bank of hiding damaging losses.",
        [
            (
                "indirect",
                ("Harwell Bank of hiding damaging losses",),
                "accused",
                "Two Norland watchdogs",
            )
        ],
    ),
    # a second cue of the same source continues the report: two quotes
    (
        "He said the deal was bad, adding that talks would go on.",
        [
            ("indirect", ("the deal was bad",), "said", "He"),
            ("indirect", ("that talks would go on",), "adding", "He"),
        ],
    ),
    (
        "Mr Lavrov said the talks were useful and added that more meetings would follow.",
        [
            ("indirect", ("the talks were useful",), "said", "Mr Lavrov"),
            ("indirect", ("that more meetings would follow",), "added", "Mr Lavrov"),
        ],
    ),
    (
        "Some 60 percent said they are sure of backing her, while 30 percent said they might change their mind.",
        [
            ("indirect", ("they are sure of backing her",), "said", "Some 60 percent"),
            ("indirect", ("they might change their mind",), "said", "30 percent"),
        ],
    ),
    # a headline line opened by its source and a colon
    (
        "Poll: Brisk and Harlow in tight race\n\nThe race is close.",
        [("indirect", ("Brisk and Harlow in tight race",), ":", "Poll")],
    ),
    # an "as" clause on its content; a sentence opened by a poll
    (
        "As Politico reported on Tuesday, the group will spend $10 million.",
        [("indirect", ("the group will spend $10 million",), "reported", "Politico")],
    ),
    (
        "In the latest poll, Ms Clinton leads Mr Trump by five points.",
        [("indirect", ("Ms Clinton leads Mr Trump by five points",), "In", "the latest poll")],
    ),
    ("She rose in the polls, to double figures.", []),
    # the writer's aside on an object is not content
    (
        "He endorsed Ryan, who faces a primary on Tuesday.",
        [("indirect", ("Ryan",), "endorsed", "He")],
    ),
    # reported question
    (
        "She asked whether the talks would resume.",
        [("indirect", ("whether the talks would resume",), "asked", "She")],
    ),
    # intention
    (
        "The senator vowed to block the nomination.",
        [("indirect", ("to block the nomination",), "vowed", "The senator")],
    ),
    (
        "Democrats called for an investigation into the leaks.",
        [("indirect", ("an investigation into the leaks",), "called for", "Democrats")],
    ),
    (
        'Ms Brisk declared ties with Norland were at a "historic low".',
        [
            (
                "mixed",
                ('ties with Norland were at a "historic low"',),
                "declared",
                "Ms Brisk",
            )
        ],
    ),
    # a belief inside a report is not a second attribution
    (
        "Mr Harlow said he felt that the voters were ready.",
        [("indirect", ("he felt that the voters were ready",), "said", "Mr Harlow")],
    ),
    # evidence
    (
        "A new poll shows Ms Clinton leading in Ohio.",
        [("indirect", ("Ms Clinton leading in Ohio",), "shows", "A new poll")],
    ),
    # nominal cue
    (
        "Her claim that the server was secure was false.",
        [("indirect", ("that the server was secure",), "claim", "Her")],
    ),
    # a misattached complementizer
    (
        "They agreed that the discussion would continue.",
        [("indirect", ("that the discussion would continue",), "agreed", "They")],
    ),
    # appositive cut from the source; a relative pronoun source as written
    (
        "Hugh Hill, a doctor, said the patient was stable.",
        [("indirect", ("the patient was stable",), "said", "Hugh Hill")],
    ),
    (
        "The senator, who said the bill was unfair, voted against it.",
        [("indirect", ("the bill was unfair",), "said", "who")],
    ),
    # a complement entirely quoted is direct
    (
        'Mr Putin said: "We will not leave anything unanswered."',
        [("direct", ("We will not leave anything unanswered",), "said", "Mr Putin")],
    ),
    # not attributions
    ("Mr Tillerson did not comment.", []),
    ("Nobody commented on the talks.", []),
    ("No one said the talks had failed.", []),
    ("He never said the talks had failed.", []),
    ("The spokesman declined to say where the talks would take place.", []),
    ("Mr Lavrov did not specify what was discussed.", []),
    ("She refused to say whether she had voted.", []),
    ("The two men also reportedly discussed Ukraine.", []),
    ("The strike is seen as a test of the new council.", []),
    ("If he says the deal is off, markets will fall.", []),
    ("It was reported that the talks had failed.", []),
    # cues inside a quotation are nested, not counted: only the outer cue
    (
        '"I think he said it was over," she joked.',
        [("direct", ("I think he said it was over",), "joked", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_find_reported_speech(nlp: Language, text: str, expected: list[Row]) -> None:
    doc = nlp(text)
    assert rows(find_reported_speech(doc, find_quotations(doc.text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the deal was done.", [0.9]),
        ("He would say the deal was done.", [0.54]),
        ("He believes the deal is done.", [0.7]),
    ],
)
def test_reported_confidence(nlp: Language, text: str, expected: list[float]) -> None:
    doc = nlp(text)
    assert [q.confidence for q in find_reported_speech(doc, [])] == expected


@pytest.mark.parametrize(
    "text",
    ["", "Said.", "According to", "according to ,", '"', "He said", "said said said that that"],
)
def test_reported_odd_input_never_raises(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for quote in find_reported_speech(doc, find_quotations(text)):
        assert all(text[s.start : s.end] == s.text for s in quote.content)
