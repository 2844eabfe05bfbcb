"""The speaker after the quotation, with a dash: each signed quotation is its own quote."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr

FIRST = '"We will not leave this town."'
SECOND = '"The money is gone."'


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "--", "-"])
@pytest.mark.parametrize("role", ["", ", mayor"])
def test_direct_signature_after_the_quotation(nlp: Language, dash: str, role: str) -> None:
    text = f"{FIRST} {dash} Maria Delgado{role}\n\n{SECOND} {dash} Peter Okafor{role}"
    quotes = quoteattr.extract(text, nlp=nlp)
    assert [(q.text, q.speaker, q.cue.text if q.cue else None) for q in quotes] == [
        (FIRST, "Maria Delgado", dash),
        (SECOND, "Peter Okafor", dash),
    ]


def test_direct_signature_dash_without_a_name_gives_no_source(nlp: Language) -> None:
    text = f"{FIRST} \u2014 Maria Delgado\n\n{SECOND} \u2014"
    quotes = quoteattr.extract(text, nlp=nlp)
    assert [(q.text, q.speaker) for q in quotes] == [(FIRST, "Maria Delgado"), (SECOND, None)]
