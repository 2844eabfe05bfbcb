"""Sourceless hedges (``X is reportedly planning``, ``is said to``): the ``hedge`` kind, only on request.

The rules are tested on hand-built parses (a model upgrade must not move
them); the wiring (never by default, asked for by kind, the prefilter, the
batch, the CLI and the schemas) on the default pipeline.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.cli import build_parser
from quoteattr.parsing import find_parse_modes, may_hold_hedge
from quoteattr.quotemarks import find_quotations
from quoteattr.reported.hedges import find_hedges
from quoteattr.results import Quote, QuoteKind, QuoteType
from tests.quote_rows import Row, Token6, parsed_doc, rows

ALL_KINDS = [kind.value for kind in QuoteKind]

PARSED: list[tuple[list[Token6], list[Row]]] = [
    # a hedge adverb on the clause's verb: the clause around it is the content
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("club", 4, "nsubj", "NN", "NOUN", "club"),
            ("is", 4, "aux", "VBZ", "AUX", "be"),
            ("reportedly", 4, "advmod", "RB", "ADV", "reportedly"),
            ("selling", 4, "ROOT", "VBG", "VERB", "sell"),
            ("its", 6, "poss", "PRP$", "PRON", "its"),
            ("stadium", 4, "dobj", "NN", "NOUN", "stadium"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("The club is", "selling its stadium"), "reportedly", None)],
    ),
    # two coordinated verbs share the hedge; a clause of its own stays out
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("driver", 3, "nsubj", "NN", "NOUN", "driver"),
            ("allegedly", 3, "advmod", "RB", "ADV", "allegedly"),
            ("hit", 3, "ROOT", "VBD", "VERB", "hit"),
            ("a", 5, "det", "DT", "DET", "a"),
            ("cyclist", 3, "dobj", "NN", "NOUN", "cyclist"),
            ("and", 3, "cc", "CC", "CCONJ", "and"),
            ("drove", 3, "conj", "VBD", "VERB", "drive"),
            ("off", 7, "prt", "RP", "ADP", "off"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("The driver", "hit a cyclist and drove off"), "allegedly", None)],
    ),
    (
        [
            ("While", 2, "mark", "IN", "SCONJ", "while"),
            ("rents", 2, "nsubj", "NNS", "NOUN", "rent"),
            ("rose", 7, "advcl", "VBD", "VERB", "rise"),
            (",", 7, "punct", ",", "PUNCT", ","),
            ("the", 5, "det", "DT", "DET", "the"),
            ("landlord", 7, "nsubj", "NN", "NOUN", "landlord"),
            ("reportedly", 7, "advmod", "RB", "ADV", "reportedly"),
            ("sold", 7, "ROOT", "VBD", "VERB", "sell"),
            ("up", 7, "prt", "RP", "ADP", "up"),
            (".", 7, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("the landlord", "sold up"), "reportedly", None)],
    ),
    # an agentless passive of a hedging verb with an infinitive: subject and infinitive
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("coach", 3, "nsubjpass", "NN", "NOUN", "coach"),
            ("is", 3, "auxpass", "VBZ", "AUX", "be"),
            ("said", 3, "ROOT", "VBN", "VERB", "say"),
            ("to", 5, "aux", "TO", "PART", "to"),
            ("be", 3, "xcomp", "VB", "AUX", "be"),
            ("furious", 5, "acomp", "JJ", "ADJ", "furious"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("The coach", "be furious"), "is said to", None)],
    ),
    # ... negated too: the negation is part of the cue
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("bridge", 4, "nsubjpass", "NN", "NOUN", "bridge"),
            ("is", 4, "auxpass", "VBZ", "AUX", "be"),
            ("not", 4, "neg", "RB", "PART", "not"),
            ("expected", 4, "ROOT", "VBN", "VERB", "expect"),
            ("to", 6, "aux", "TO", "PART", "to"),
            ("reopen", 4, "xcomp", "VB", "VERB", "reopen"),
            ("soon", 6, "advmod", "RB", "ADV", "soon"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("The bridge", "reopen soon"), "is not expected to", None)],
    ),
    # an expletive "it" and a that-clause
    (
        [
            ("It", 2, "nsubjpass", "PRP", "PRON", "it"),
            ("is", 2, "auxpass", "VBZ", "AUX", "be"),
            ("understood", 2, "ROOT", "VBN", "VERB", "understand"),
            ("that", 6, "mark", "IN", "SCONJ", "that"),
            ("the", 5, "det", "DT", "DET", "the"),
            ("bank", 6, "nsubj", "NN", "NOUN", "bank"),
            ("stalled", 2, "ccomp", "VBD", "VERB", "stall"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("that the bank stalled",), "is understood", None)],
    ),
    # a "verb as" pair of the lexicon: subject and what it is seen as
    (
        [
            ("She", 3, "nsubjpass", "PRP", "PRON", "she"),
            ("is", 3, "auxpass", "VBZ", "AUX", "be"),
            ("widely", 3, "advmod", "RB", "ADV", "widely"),
            ("seen", 3, "ROOT", "VBN", "VERB", "see"),
            ("as", 3, "prep", "IN", "ADP", "as"),
            ("the", 6, "det", "DT", "DET", "the"),
            ("favourite", 4, "pobj", "NN", "NOUN", "favourite"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [("indirect", ("She", "the favourite"), "is widely seen as", None)],
    ),
    # not hedges: an agent names the source; a verb not in the lexicon; a hedged modifier
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("coach", 3, "nsubjpass", "NN", "NOUN", "coach"),
            ("is", 3, "auxpass", "VBZ", "AUX", "be"),
            ("expected", 3, "ROOT", "VBN", "VERB", "expect"),
            ("by", 3, "agent", "IN", "ADP", "by"),
            ("fans", 4, "pobj", "NNS", "NOUN", "fan"),
            ("to", 7, "aux", "TO", "PART", "to"),
            ("resign", 3, "xcomp", "VB", "VERB", "resign"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [],
    ),
    (
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("coach", 3, "nsubjpass", "NN", "NOUN", "coach"),
            ("was", 3, "auxpass", "VBD", "AUX", "be"),
            ("hired", 3, "ROOT", "VBN", "VERB", "hire"),
            ("to", 5, "aux", "TO", "PART", "to"),
            ("win", 3, "xcomp", "VB", "VERB", "win"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ],
        [],
    ),
    (
        [
            ("An", 3, "det", "DT", "DET", "an"),
            ("allegedly", 2, "advmod", "RB", "ADV", "allegedly"),
            ("stolen", 3, "amod", "VBN", "VERB", "steal"),
            ("painting", 4, "nsubj", "NN", "NOUN", "painting"),
            ("surfaced", 4, "ROOT", "VBD", "VERB", "surface"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ],
        [],
    ),
]


@pytest.mark.parametrize(("tokens", "expected"), PARSED)
def test_hedges_read_on_parses(nlp: Language, tokens: list[Token6], expected: list[Row]) -> None:
    doc = parsed_doc(nlp, tokens)
    found = find_hedges(doc, find_quotations(doc.text), [])
    assert rows(found) == expected
    assert all(q.kind is QuoteKind.HEDGE and q.confidence == 0.3 for q in found)


def test_hedges_inside_a_report_are_the_sources(nlp: Language) -> None:
    tokens = PARSED[0][0]
    doc = parsed_doc(nlp, tokens)
    report = Quote(
        type=QuoteType.INDIRECT,
        content=[quoteattr.TextSpan.from_offsets(doc.text, 0, len(doc.text) - 1)],
    )
    assert find_hedges(doc, find_quotations(doc.text), [report]) == []


def test_hedges_words_come_from_the_lexicon(nlp: Language) -> None:
    tokens = PARSED[-2][0]  # "was hired to": hire is no hedging verb...
    doc = parsed_doc(nlp, tokens)
    lexicon = quoteattr.Lexicon.default().extend({"hedges.passives": ["hire"]})
    found = find_hedges(doc, find_quotations(doc.text), [], lexicon=lexicon)
    assert rows(found) == [("indirect", ("The coach", "win"), "was hired to", None)]


TEXT = "The club is reportedly selling its stadium. Fans were furious, the chairman said."


def test_hedges_never_by_default() -> None:
    quotes = quoteattr.extract(TEXT)
    assert [q.kind for q in quotes] == [QuoteKind.SPEECH]
    assert quoteattr.extract(TEXT, kinds=[k for k in ALL_KINDS if k != "hedge"]) == quotes


@pytest.mark.parametrize("fast", [False, True])
def test_hedges_when_asked_for_by_kind(fast: bool) -> None:
    everything = quoteattr.extract(TEXT, kinds=ALL_KINDS, fast=fast)
    hedges = quoteattr.extract(TEXT, kinds={"hedge"}, fast=fast)
    assert rows(hedges) == [("indirect", ("The club is", "selling its stadium"), "reportedly", None)]
    assert [q for q in everything if q.kind is not QuoteKind.HEDGE] == quoteattr.extract(TEXT)
    assert hedges == [q for q in everything if q.kind is QuoteKind.HEDGE]
    assert quoteattr.extract(TEXT, kinds=iter(["hedge"]), fast=fast) == hedges


def test_hedges_in_a_batch_leave_sources_alone() -> None:
    result = next(quoteattr.extract_many([TEXT], kinds=ALL_KINDS, sources=True))
    plain = next(quoteattr.extract_many([TEXT], sources=True))
    assert [q.kind for q in result.quotes] == [QuoteKind.HEDGE, QuoteKind.SPEECH]
    assert [e.quotes for e in result.entities] == [(1,)]
    assert [e.quotes for e in plain.entities] == [(0,)]


def test_hedges_open_a_sentence_for_the_prefilter_only_when_asked() -> None:
    text = "The club is reportedly selling its stadium."
    assert may_hold_hedge(text)
    assert [m for _, _, m in find_parse_modes(text)] == ["names"]
    assert [m for _, _, m in find_parse_modes(text, hedges=True)] == ["full"]


def test_hedges_kind_in_the_cli_and_the_schemas() -> None:
    options = build_parser().parse_args(["in.txt", "--kinds", "hedge", "speech"])
    assert options.kinds == ["hedge", "speech"]
    output = json.loads(resources.files("quoteattr").joinpath("data/output.schema.json").read_text())
    assert output["$defs"]["QuoteKind"]["enum"] == ALL_KINDS
    assert "hedge" in quoteattr.Lexicon.default().kinds()
