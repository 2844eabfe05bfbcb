"""The ``fast`` prefilter: rule sentences, parse modes, and Docs that keep every offset."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import quoteattr
from quoteattr.parsing import (
    FULL,
    NAMES,
    PARSE,
    TOKENS,
    find_parse_modes,
    find_sentences,
    may_hold_attribution,
    may_name_someone,
    parse_text,
)

STOP_WORDS = frozenset({"the", "he", "she", "it", "they", "but", "nothing"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("One.", ["One."]),
        ("Mr. Lavrov spoke. Then he left.", ["Mr. Lavrov spoke. ", "Then he left."]),
        ("He met J. Smith in the U.S. on Friday.", ["He met J. Smith in the U.S. on Friday."]),
        ('"We won." He left!\nNext', ['"We won." ', "He left!\n", "Next"]),
        ("Headline\n\nBody text", ["Headline\n\n", "Body text"]),
    ],
)
def test_parsing_sentences_cover_the_text(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates rose in March.", False),
        ("The group declined to comment.", True),
        # verbs that are cues only after "declined to", and hedges, open nothing
        ("They will provide food and balance the budget.", False),
        ("The minister reportedly left.", False),
        ("They called for a recount.", True),
        # a nominal cue needs its "that" clause
        ("His allegation was false.", False),
        ("His allegation that it was rigged was false.", True),
        ("In a new Quinnipiac University poll, Clinton leads.", True),
        # a light-verb cue turns on its noun (raised concerns over X)
        ("He raised concerns over the bill.", True),
        ("They voiced their stance on trade.", True),
    ],
)
def test_parsing_sentence_may_hold_attribution(text: str, expected: bool) -> None:
    assert may_hold_attribution(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said it was hot.", False),
        ("The rain stopped, and I left.", False),
        ("He met Mr Lavrov.", True),
        ("Lavrov left.", True),
        ("Nothing happened in March.", True),
    ],
)
def test_parsing_may_name_someone_skips_initial_stop_words(text: str, expected: bool) -> None:
    assert may_name_someone(text, STOP_WORDS) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Sergey Lavrov flew to Manila. The weather was fine. He said it was hot. "
                "It rained. Nothing else. Rex Tillerson came too."
            ),
            [
                ("Sergey Lavrov flew to Manila. ", NAMES),
                ("The weather was fine. ", TOKENS),
                # the sentence after a cue is parsed too: a content may run on
                ("He said it was hot. It rained. ", PARSE),
                ("Nothing else. ", TOKENS),
                ("Rex Tillerson came too.", NAMES),
            ],
        ),
        (
            # a paragraph with a quotation mark is parsed sentence by sentence
            '"We won. It was hard," Mr Lavrov said. The end.',
            [('"We won. It was hard," Mr Lavrov said. ', FULL), ("The end.", PARSE)],
        ),
    ],
)
def test_parsing_modes_by_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    runs = find_parse_modes(text, stop_words=STOP_WORDS)
    assert [(text[s:e], mode) for s, e, mode in runs] == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from('aS said. "\n:\u201c'), max_size=200))
def test_parsing_modes_cover_the_paragraph(text: str) -> None:
    runs = find_parse_modes(text, stop_words=STOP_WORDS)
    assert "".join(text[s:e] for s, e, _ in runs) == text
    assert all(a[1] == b[0] and a[2] != b[2] for a, b in itertools.pairwise(runs))


TEXT = (
    "Sergey Lavrov flew to Manila on Sunday. The weather was fine.\n\n"
    '"We had a long talk," Mr Lavrov said. He added that the talks were useful.\n\n'
    "Nothing else happened. Rex Tillerson, his US counterpart, said he agreed."
)


def test_parsing_fast_doc_keeps_the_text_offsets_and_annotations(nlp: Language) -> None:
    fast = parse_text(nlp, TEXT, fast=True)
    full = nlp(TEXT)
    assert (
        fast.text,
        [(t.idx, t.text) for t in fast],
        fast.has_annotation("DEP"),
        fast.has_annotation("ENT_IOB"),
        [e.text for e in fast.ents if e.label_ == "PERSON"],
    ) == (
        TEXT,
        [(t.idx, t.text) for t in full],
        True,
        True,
        [e.text for e in full.ents if e.label_ == "PERSON"],
    )


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        'Rex Tillerson arrived in Manila.\n\n"We had a long talk," he said.',
        "The polls closed at eight. According to officials, turnout was high.",
    ],
)
def test_parsing_fast_finds_the_quotes_of_the_full_parse(nlp: Language, text: str) -> None:
    assert quoteattr.extract(text, nlp=nlp, fast=True) == quoteattr.extract(text, nlp=nlp)


@pytest.mark.xfail(
    strict=True,
    reason="a sentence parsed for names only gives no subject, so a pronoun in the next "
    "attribution may resolve to an earlier person",
)
def test_parsing_fast_pronoun_after_a_names_only_sentence(nlp: Language) -> None:
    text = (
        'Sergey Lavrov flew to Manila.\n\n"We won," Mr Lavrov said.\n\n'
        "Rex Tillerson came too. The weather was fine. He said it was hot."
    )
    names = [q.source.name for q in quoteattr.extract(text, nlp=nlp, fast=True)]
    assert names == [q.source.name for q in quoteattr.extract(text, nlp=nlp)]
