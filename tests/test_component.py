"""The spaCy component: factory, extension, span groups, and the round trips."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import quoteattr
from quoteattr.component import DEFAULT_CONFIG, make_quoteattr, register_extension
from quoteattr.errors import ExtensionConflictError, WrappedTextWarning
from quoteattr.linebreaks import to_wrapped_text
from quoteattr.models import default_model_name

ROOT = Path(__file__).resolve().parents[1]

LAVROV = '"We provided an explanation," Mr Lavrov said.'
REPORTED = "Mr Lavrov said Mr Tillerson was chiefly interested in the diplomats."
TEXTS = [LAVROV, REPORTED, "No one said anything quotable here", ""]


@pytest.fixture(scope="module")
def pipeline() -> Language:
    """A fresh copy of the default pipeline with the component (not the cached one)."""
    nlp = spacy.load(default_model_name())
    nlp.add_pipe("quoteattr")
    return nlp


@pytest.fixture(scope="module")
def docs(pipeline: Language) -> list[Doc]:
    return list(pipeline.pipe(TEXTS))


def annotations(doc: Doc) -> dict[str, Any]:
    """Everything the component stores on a Doc, as comparable plain values."""
    groups = {"quotes_spans": "quotes", "sources": "quote_sources", "cues": "quote_cues"}
    return {
        "quotes": doc._.quotes,
        "entities": doc._.quote_sources,
        **{
            name: [(s.start_char, s.end_char, s.label_, s.id_, s.kb_id_) for s in doc.spans[key]]
            for name, key in groups.items()
        },
    }


def expected_annotations(text: str) -> dict[str, Any]:
    """What the component must store for ``text``: extract()'s quotes, their sources and spans."""
    quotes = quoteattr.extract(text)
    doc = quoteattr.load()(text)
    return {
        "quotes": quotes,
        "entities": quoteattr.find_sources(doc, quotes),
        "quotes_spans": [(q.start, q.end, q.type.value, str(i), "") for i, q in enumerate(quotes)],
        "sources": [
            (m.start, m.end, q.source.kind.value, str(i), q.source.name or "")
            for i, q in enumerate(quotes)
            if q.source and (m := q.source.mention)
        ],
        "cues": [
            (q.cue.start, q.cue.end, "CUE", str(i), "") for i, q in enumerate(quotes) if q.cue
        ],
    }


def test_component_factory_declares_config_requires_assigns(pipeline: Language) -> None:
    meta = pipeline.get_pipe_meta("quoteattr")
    config = dict(pipeline.config["components"]["quoteattr"])
    assert (meta.requires, meta.assigns, config) == (
        ["token.dep", "token.head", "doc.ents"],
        ["doc._.quotes", "doc._.quote_sources", "doc.spans"],
        {"factory": "quoteattr", **DEFAULT_CONFIG},
    )


@pytest.mark.parametrize("text", TEXTS)
def test_component_annotations_equal_extract(pipeline: Language, text: str) -> None:
    assert annotations(pipeline(text)) == expected_annotations(text)


def test_component_lavrov_spans_text(docs: list[Doc]) -> None:
    doc = docs[0]
    assert [
        [(s.text, s.id_) for s in doc.spans[key]]
        for key in ("quotes", "quote_sources", "quote_cues")
    ] == [[('"We provided an explanation,"', "0")], [("Mr Lavrov", "0")], [("said", "0")]]


def test_component_without_run_gives_none(pipeline: Language) -> None:
    doc = pipeline.make_doc(LAVROV)
    assert doc._.quotes is None


def roundtrip_docbin(pipeline: Language, docs: list[Doc]) -> list[Doc]:
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    return list(DocBin().from_bytes(data).get_docs(pipeline.vocab))


def roundtrip_to_bytes(pipeline: Language, docs: list[Doc]) -> list[Doc]:
    return [Doc(pipeline.vocab).from_bytes(doc.to_bytes()) for doc in docs]


def roundtrip_docbin_fresh_vocab(pipeline: Language, docs: list[Doc]) -> list[Doc]:
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    return list(DocBin().from_bytes(data).get_docs(spacy.blank("en").vocab))


@pytest.mark.parametrize(
    "roundtrip", [roundtrip_docbin, roundtrip_to_bytes, roundtrip_docbin_fresh_vocab]
)
def test_component_survives_serialization(
    pipeline: Language, docs: list[Doc], roundtrip: Any
) -> None:
    assert [annotations(d) for d in roundtrip(pipeline, docs)] == [annotations(d) for d in docs]


def test_component_survives_n_process_2(pipeline: Language, docs: list[Doc]) -> None:
    piped = list(pipeline.pipe(TEXTS[:2], n_process=2, batch_size=1))
    assert [annotations(d) for d in piped] == [annotations(d) for d in docs[:2]]


def test_component_survives_to_disk_and_spacy_load(
    pipeline: Language, docs: list[Doc], tmp_path: Path
) -> None:
    pipeline.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert (loaded.pipe_names[-1], [annotations(loaded(t)) for t in TEXTS]) == (
        "quoteattr",
        [annotations(d) for d in docs],
    )


@pytest.fixture
def custom_names() -> Iterator[None]:
    yield
    for name in ("qa_quotes", "qa_sources", "taken"):
        if Doc.has_extension(name):
            Doc.remove_extension(name)


def test_component_extension_and_keys_configurable(custom_names: None, nlp: Language) -> None:
    config = {
        "extension": "qa_quotes",
        "sources_extension": "qa_sources",
        "quotes_key": "qa",
        "sources_key": "qa_src",
        "cues_key": "qa_cue",
    }
    component = make_quoteattr(nlp, "quoteattr", **{**DEFAULT_CONFIG, **config})
    doc = component(nlp(LAVROV))
    quotes = quoteattr.extract(LAVROV)
    assert (doc._.qa_quotes, doc._.qa_sources, sorted(doc.spans)) == (
        quotes,
        quoteattr.find_sources(nlp(LAVROV), quotes),
        ["qa", "qa_cue", "qa_src"],
    )


def test_component_never_overwrites_another_extension(custom_names: None) -> None:
    Doc.set_extension("taken", default="theirs")
    with pytest.raises(ExtensionConflictError) as caught:
        make_quoteattr(spacy.blank("en"), "quoteattr", **{**DEFAULT_CONFIG, "extension": "taken"})
    doc = spacy.blank("en")("text")
    assert (str(caught.value).split(" ")[:5], doc._.taken) == (
        ["E060", "The", "Doc", "extension", "'taken'"],
        "theirs",
    )


@pytest.mark.parametrize("key", ["extension", "sources_extension"])
def test_component_never_overwrites_another_sources_extension(
    custom_names: None, key: str
) -> None:
    Doc.set_extension("taken", default="theirs")
    names = {"extension": "qa_quotes", "sources_extension": "qa_sources"}
    config = {**DEFAULT_CONFIG, **names, key: "taken"}
    with pytest.raises(ExtensionConflictError, match="^E060 The Doc extension 'taken'"):
        make_quoteattr(spacy.blank("en"), "quoteattr", **config)
    other = "qa_quotes" if key == "sources_extension" else "qa_sources"
    assert (Doc.has_extension(other), spacy.blank("en")("text")._.taken) == (False, "theirs")


def test_component_extensions_need_two_names() -> None:
    config = {**DEFAULT_CONFIG, "extension": "same", "sources_extension": "same"}
    with pytest.raises(ValueError, match="^E070 The component's extension and sources_extension"):
        make_quoteattr(spacy.blank("en"), "quoteattr", **config)


def test_component_sources_match_quote_entity_ids(docs: list[Doc]) -> None:
    doc = docs[1]  # REPORTED: Mr Lavrov's quote
    quotes, sources = doc._.quotes, doc._.quote_sources
    by_entity = [(e.id, [quotes[i].source.entity_id for i in e.quotes]) for e in sources]
    assert by_entity == [(0, [0])]


def test_component_register_extension_is_idempotent() -> None:
    before = [Doc.get_extension("quotes"), Doc.get_extension("quote_sources")]
    register_extension("quotes", sources="quote_sources")
    assert [Doc.get_extension("quotes"), Doc.get_extension("quote_sources")] == before


@pytest.mark.parametrize("threshold", [0.0, 0.8, 1.0])
def test_component_min_confidence_filters(nlp: Language, threshold: float) -> None:
    component = make_quoteattr(nlp, "quoteattr", **{**DEFAULT_CONFIG, "min_confidence": threshold})
    text = f"{LAVROV} {REPORTED}"
    expected = [q for q in quoteattr.extract(text) if q.confidence >= threshold]
    assert component(nlp(text))._.quotes == expected


def test_component_min_confidence_renumbers_source_quotes(nlp: Language) -> None:
    # Two quotes of one source; the threshold keeps only the second one.
    text = f"{REPORTED} {LAVROV}"
    found = quoteattr.extract(text)
    threshold = max(q.confidence for q in found)
    component = make_quoteattr(nlp, "quoteattr", **{**DEFAULT_CONFIG, "min_confidence": threshold})
    doc = component(nlp(text))
    kept = [i for i, q in enumerate(found) if q.confidence >= threshold]
    assert (kept, [(e.name, e.quotes) for e in doc._.quote_sources]) == (
        [1],
        [(found[1].source.name, (0,))],
    )


def test_component_min_confidence_out_of_range() -> None:
    with pytest.raises(
        ValueError, match=r"^E061 min_confidence must be a number in \[0, 1\], got 2.0"
    ):
        make_quoteattr(spacy.blank("en"), "quoteattr", **{**DEFAULT_CONFIG, "min_confidence": 2.0})


def test_component_entry_point_declared() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    target = pyproject["project"]["entry-points"]["spacy_factories"]["quoteattr"]
    module, _, name = target.partition(":")
    assert getattr(__import__(module, fromlist=[name]), name) is make_quoteattr


def _installed_entry_point() -> bool:
    points = importlib.metadata.entry_points(group="spacy_factories")
    return any(p.name == "quoteattr" for p in points)


@pytest.mark.skipif(
    not _installed_entry_point(),
    reason="the installed quoteattr has no spacy_factories entry point yet (reinstall it)",
)
def test_component_spacy_load_without_importing_quoteattr(
    pipeline: Language, tmp_path: Path
) -> None:
    pipeline.to_disk(tmp_path / "pipeline")
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({LAVROV!r})\n"
        "print(nlp.pipe_names[-1], [s.text for s in doc.spans['quote_cues']])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "quoteattr ['said']\n"


def test_component_import_only_registers() -> None:
    code = (
        "import spacy.tokens, quoteattr, quoteattr.models\n"
        "from spacy.language import Language\n"
        "print(Language.has_factory('quoteattr'), spacy.tokens.Doc.has_extension('quotes'),"
        " quoteattr.models._load_cached.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "True False 0\n"


def test_component_conflict_error_is_a_value_error() -> None:
    assert issubclass(ExtensionConflictError, quoteattr.QuoteattrError) and issubclass(
        ExtensionConflictError, ValueError
    )


def test_component_html_through_a_plain_pipeline_agrees_with_extract() -> None:
    plain = spacy.load(quoteattr.models.default_model_name() or "en_core_web_sm")
    plain.add_pipe("quoteattr")
    html = '<p>Officials met on Monday.</p><p>"The vote was close," said Mayor Ann Lee.</p>'
    expected = quoteattr.extract(html)
    assert plain(html)._.quotes == expected
    assert [q.type.value for q in expected] == ["direct"]


def test_component_warns_once_on_wrapped_text() -> None:
    plain = spacy.load(quoteattr.models.default_model_name() or "en_core_web_sm")
    plain.add_pipe("quoteattr")
    text = to_wrapped_text(
        "The council approved a budget of 40 million dollars on Tuesday after a long "
        "debate over the cost of the new bridge across the river, and the mayor said "
        "that the bridge would open in the spring of the next year.",
        50,
    )
    with pytest.warns(WrappedTextWarning, match="^W080 "):
        plain(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error", WrappedTextWarning)
        plain(text)
