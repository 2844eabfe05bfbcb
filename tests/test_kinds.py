"""Quote.kind: the kind of each attribution, from its cue, and filtering by kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import quoteattr
from quoteattr import cli
from quoteattr.lexicon import Lexicon
from quoteattr.models import default_model_name
from quoteattr.results import QuoteKind
from quoteattr.serialization import to_dict, to_format_record

TEXT = (
    "The minister said the talks had failed. She thinks the deal is dead. "
    "He vowed to fight on. Polls show Ms Smith with a narrow lead."
)

EXPECTED = [
    ("said", "speech"),
    ("thinks", "thought"),
    ("vowed", "intention"),
    ("show", "evidence"),
]


def test_kinds_of_each_cue(nlp: Language) -> None:
    quotes = quoteattr.extract(TEXT, nlp=nlp)
    assert [(q.cue.text if q.cue else "", q.kind.value) for q in quotes] == EXPECTED


@pytest.mark.parametrize("kinds", [{"speech"}, {"thought", "evidence"}, ["intention"], "speech"])
def test_kinds_filter_keeps_only_those(nlp: Language, kinds: set[str] | list[str] | str) -> None:
    wanted = {kinds} if isinstance(kinds, str) else set(kinds)
    quotes = quoteattr.extract(TEXT, nlp=nlp, kinds=kinds)
    assert [(q.cue.text if q.cue else "", q.kind.value) for q in quotes] == [
        row for row in EXPECTED if row[1] in wanted
    ]


def test_kinds_unknown_kind_is_a_coded_error() -> None:
    with pytest.raises(ValueError, match=r"^E115 Unknown quote kind 'belief': use some of speech,"):
        quoteattr.extract(TEXT, kinds={"belief"})


def test_kinds_direct_quote_is_speech(nlp: Language) -> None:
    quotes = quoteattr.extract('"We will win," she said.', nlp=nlp)
    assert [q.kind for q in quotes] == [QuoteKind.SPEECH]


def test_kinds_in_json_and_format_records(nlp: Language) -> None:
    quote = quoteattr.extract(TEXT, nlp=nlp)[1]
    assert to_dict(quote)["kind"] == "thought"
    assert to_format_record(quote)["kind"] == "thought"


def test_kinds_every_lexicon_entry_maps_onto_the_documented_set() -> None:
    lexicon = Lexicon.default()
    assert set(lexicon.kinds()) == {k.value for k in QuoteKind}
    entries = [*lexicon.classes(), "phrases", "framing", "nominal", "light", "nominal_frames"]
    assert {lexicon.kind(e) for e in [*entries, "stance"]} <= set(lexicon.kinds())


def test_kinds_extract_many_filters(nlp: Language) -> None:
    results = list(quoteattr.extract_many([TEXT], nlp=nlp, kinds={"evidence"}))
    assert [[q.cue.text for q in r.quotes if q.cue] for r in results] == [["show"]]


def test_kinds_cli_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert cli.main([str(source), "--format", "jsonl", "--kinds", "thought", "intention"]) == 0
    quotes = json.loads(capsys.readouterr().out)["quotes"]
    assert [q["kind"] for q in quotes] == ["thought", "intention"]


def test_kinds_html_view_has_a_filter_per_kind(nlp: Language) -> None:
    page = quoteattr.render(TEXT, quoteattr.extract(TEXT, nlp=nlp))
    for kind in QuoteKind:
        assert f'<input type="checkbox" id="kind-{kind.value}" checked>' in page
        assert f"body:has(#kind-{kind.value}:not(:checked)) .q.k-{kind.value}" in page
    assert page.count("q q-indirect k-thought") == 1
    assert page.count('class="who k-evidence"') == 1


def test_kinds_on_the_spacy_extension() -> None:
    nlp = spacy.load(default_model_name())
    nlp.add_pipe("quoteattr")
    doc = nlp(TEXT)
    assert [(q.cue.text if q.cue else "", q.kind.value) for q in doc._.quotes] == EXPECTED
