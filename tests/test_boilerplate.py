"""Press-release and wire boilerplate is not speech; the release's quotes stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.boilerplate import find_boilerplate

RELEASE = '"Sales rose by a third this year," said Chief Executive Ann Lee.'


@pytest.mark.parametrize(
    "tail",
    [
        "CONTACT: Bob Smith, 555-0100",
        "Media contact: Bob Smith, bob@example.com",
        "###",
        "-30-",
        "-- END --",
        "(Reporting by Tom Hart; Editing by Ann Wu)",
    ],
)
def test_boilerplate_is_not_speech(nlp: Language, tail: str) -> None:
    text = f"{RELEASE}\n\n{tail}\n"
    assert [text[s:e] for s, e in find_boilerplate(text)] == [tail]
    quotes = quoteattr.extract(text, nlp=nlp)
    assert [(q.text, q.speaker) for q in quotes] == [('"Sales rose by a third this year,"', "Ann Lee")]


def test_boilerplate_words_inside_a_sentence_are_text() -> None:
    assert find_boilerplate("She said the contact: was brief.\nWe met - 30 - times.") == []
