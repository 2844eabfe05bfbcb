"""Direct quotations in each convention news uses, end to end (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.pipeline import find_quotes

#: (type, content segments, cue, source mention) of one quote.
Row = tuple[str, tuple[str, ...], str | None, str | None]


def _rows(nlp: Language, text: str) -> list[Row]:
    return [
        (
            q.type.value,
            tuple(part.text for part in q.content),
            q.cue.text if q.cue else None,
            q.source.mention.text if q.source else None,
        )
        for q in find_quotes(nlp(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Ms Lee said the plan had failed. "It was a disaster from the start."',
            [
                ("indirect", ("the plan had failed",), "said", "Ms Lee"),
                ("direct", ('"It was a disaster from the start."',), None, "Ms Lee"),
            ],
            id="follow-on-after-sentence",
        ),
        pytest.param(
            'The coach said the team had run out of ideas: "We were flat and slow all night."',
            [
                ("indirect", ("the team had run out of ideas",), "said", "The coach"),
                ("direct", ('"We were flat and slow all night."',), "said", "The coach"),
            ],
            id="follow-on-after-colon",
        ),
        pytest.param(
            'Ashworth & Lyle - "Interest rates are likely to remain low."',
            [("direct", ('"Interest rates are likely to remain low."',), "-", "Ashworth & Lyle")],
            id="source-hyphen-quote",
        ),
        pytest.param(
            "Ashworth & Lyle \u2013 \"Interest rates are likely to remain low.\"",
            [("direct", ('"Interest rates are likely to remain low."',), "\u2013", "Ashworth & Lyle")],
            id="source-en-dash-quote",
        ),
        pytest.param(
            "Analysts at Ashworth & Lyle \u2014 \"Interest rates are likely to remain low.\"",
            [
                (
                    "direct",
                    ('"Interest rates are likely to remain low."',),
                    "\u2014",
                    "Analysts at Ashworth & Lyle",
                )
            ],
            id="source-em-dash-quote",
        ),
        pytest.param(
            "'Charles' dog is older than the '80s van,' said the farmer.",
            [("direct", ("'Charles' dog is older than the '80s van,'",), "said", "the farmer")],
            id="apostrophes-in-single-marks",
        ),
        pytest.param(
            "'Well, 'twas a fine night for rock 'n' roll until two o'clock,' said the drummer.",
            [
                (
                    "direct",
                    ("'Well, 'twas a fine night for rock 'n' roll until two o'clock,'",),
                    "said",
                    "the drummer",
                )
            ],
            id="elisions-in-single-marks",
        ),
        pytest.param(
            'The mayor said: "The water came in at night. "By morning the street was a river."',
            [
                (
                    "direct",
                    ('"The water came in at night. "By morning the street was a river."',),
                    "said",
                    "The mayor",
                )
            ],
            id="paragraph-break-lost",
        ),
        pytest.param(
            'The head of the inquiry told the court "Basic checks were not done." '
            'She also said "We were called too late."',
            [
                ("direct", ('"Basic checks were not done."',), "told", "The head of the inquiry"),
                ("direct", ('"We were called too late."',), "said", "She"),
            ],
            id="cue-introduces-the-next-quotation",
        ),
        pytest.param(
            'The ruling, released on Monday, read in part, "The law is void from this day on[.]"',
            [("direct", ('"The law is void from this day on[.]"',), "read", "The ruling")],
            id="editor-full-stop-in-brackets",
        ),
        pytest.param(
            'Senator Hale spoke on the radio, "This will lead to a wider war in the region."',
            [("direct", ('"This will lead to a wider war in the region."',), "spoke", "Senator Hale")],
            id="spoke-comma-quote",
        ),
        pytest.param(
            "<p>&ldquo;We provided an explanation,&rdquo; Mr Lavrov said.</p>",
            [("direct", ("&ldquo;We provided an explanation,&rdquo;",), "said", "Mr Lavrov")],
            id="html-character-references",
        ),
    ],
)
def test_direct_conventions(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"The water came in at night," the mayor said.\n\n"By morning the street was a river.'
            '\n\n"We lost everything.',
            [
                (
                    "direct",
                    (
                        '"The water came in at night,"',
                        '"By morning the street was a river.\n\n"We lost everything.',
                    ),
                    "said",
                    "the mayor",
                )
            ],
            id="paragraphs-cue-between-last-unclosed",
        ),
        pytest.param(
            "\"She told me, 'He kept saying \"wait\" all day,' and I believed her,\" said Ann.",
            [
                (
                    "direct",
                    ("\"She told me, 'He kept saying \"wait\" all day,' and I believed her,\"",),
                    "said",
                    "Ann",
                )
            ],
            id="three-levels",
        ),
        pytest.param(
            "'She said \"never\" to me,' he said.",
            [("direct", ("'She said \"never\" to me,'",), "said", "he")],
            id="double-in-single",
        ),
        pytest.param(
            "\"He called the plan 'a waste of time.''' said Ann.",
            [("direct", ("\"He called the plan 'a waste of time.'''",), "said", "Ann")],
            id="two-closing-at-once",
        ),
        pytest.param(
            "``He told me `never again' and left,'' she said.",
            [("direct", ("``He told me `never again' and left,''",), "said", "she")],
            id="latex-marks",
        ),
        pytest.param(
            "`We will win,' the coach said.",
            [("direct", ("`We will win,'",), "said", "the coach")],
            id="latex-single-marks",
        ),
    ],
)
def test_direct_paragraphs_and_nesting(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _rows(nlp, text) == expected
