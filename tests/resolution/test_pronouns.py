"""Pronouns across sentences: the source the paragraph continues, never a fronted clause's object."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.resolution.phrases import co_arguments
from quoteattr.results import SourceKind
from tests.quote_rows import parsed_doc
from tests.resolution.helpers import Row, resolved_rows

P = SourceKind.PERSON


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            "Flu season.\nThe health minister, Sir Alan Brook, warned of a hard winter. "
            "According to Dr. Ruth Sandoval, a virologist, the strain is new. He said clinics "
            "should open early.",
            ["Dr. Ruth Sandoval", "He"],
            [("Dr. Ruth Sandoval", "Ruth Sandoval", P), ("He", "Alan Brook", P)],
            id="pronoun-of-another-gender-skips-the-last-source",
        ),
        pytest.param(
            "Flu season.\nThe health minister, Paul Brook, warned of a hard winter. According "
            "to Dr. Sam Ortiz, a virologist, the strain is new. He said clinics should open "
            "early.",
            ["Dr. Sam Ortiz", "He"],
            [("Dr. Sam Ortiz", "Sam Ortiz", P), ("He", "Sam Ortiz", P)],
            id="pronoun-continues-the-source-of-the-last-attribution",
        ),
        pytest.param(
            "Crown prince speaks.\nCrown Prince Tariq Mansour of Qadar accepted the report. "
            "Speaking to Martin Hale of the Daily Ledger, he said the inquiry was fair.",
            ["he"],
            [("he", "Tariq Mansour", P)],
            id="fronted-clause-object-is-not-the-subject-pronoun",
        ),
        pytest.param(
            "Convention.\nVoice actor Alexis Marlow spoke to fans on Friday. Then just 19 "
            "years old, she said, the role had scared her.",
            ["she"],
            [("she", "Alexis Marlow", P)],
            id="a-pronoun-overrules-a-first-names-guessed-gender",
        ),
        pytest.param(
            "Trial.\nThe prosecutor, Mark Hale, told the court the parents ignored doctors. "
            "Reportedly, Omar's aunt begged him to bring Nadia to a clinic, but he "
            "replied that he could not.",
            ["Mark Hale", "he"],
            [("Mark Hale", "Mark Hale", P), ("he", "Omar", P)],
            id="a-fitting-name-in-its-own-sentence-beats-the-last-source",
        ),
    ],
)
def test_resolution_pronouns(
    nlp: Language, text: str, mentions: list[str], expected: list[Row]
) -> None:
    assert resolved_rows(nlp, text, mentions) == expected


def test_resolution_pronoun_is_not_the_object_of_a_fronted_clause_hung_elsewhere(
    nlp: Language,
) -> None:
    """Hand-built parse: ``Speaking to Ann Lee, he said it rained.`` with the fronted
    clause hung on the reported verb, not on the cue: Ann Lee is still not ``he``."""
    doc = parsed_doc(
        nlp,
        [
            ("Speaking", 8, "advcl", "VBG", "VERB", "speak"),
            ("to", 0, "prep", "IN", "ADP", "to"),
            ("Ann", 3, "compound", "NNP", "PROPN", "Ann"),
            ("Lee", 1, "pobj", "NNP", "PROPN", "Lee"),
            (",", 6, "punct", ",", "PUNCT", ","),
            ("he", 6, "nsubj", "PRP", "PRON", "he"),
            ("said", 8, "parataxis", "VBD", "VERB", "say"),
            ("it", 8, "nsubj", "PRP", "PRON", "it"),
            ("rained", 8, "ROOT", "VBD", "VERB", "rain"),
            (".", 8, "punct", ".", "PUNCT", "."),
        ],
    )
    assert co_arguments(doc[5]) == [doc[3].idx]
