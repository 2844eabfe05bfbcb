"""JSON of the results: lossless round trips, FORMAT.md records, and the shipped JSON Schema."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import quoteattr
from quoteattr import cli
from quoteattr.results import Entity, Quote, QuoteType, Source, SourceKind, TextSpan
from quoteattr.serialization import (
    entity_from_dict,
    entity_to_dict,
    from_dict,
    from_document,
    from_json,
    load_schema,
    to_dict,
    to_document,
    to_entities,
    to_entity_ids,
    to_format_document,
    to_format_record,
    to_json,
)

TEXT = '"Yes," he said. "No." Officials disagreed.'
#: '"Yes," he said. "No."': one direct quote in two segments, a resolved source.
SPLIT = Quote(
    type=QuoteType.DIRECT,
    content=[TextSpan(0, 6, '"Yes,"'), TextSpan(16, 21, '"No."')],
    cue=TextSpan(10, 14, "said"),
    source=Source(
        mention=TextSpan(7, 9, "he"), name="Ann Lee", kind=SourceKind.PERSON, entity_id=4
    ),
    confidence=0.85,
)
#: 'Officials disagreed.': no cue, a group source without a name or entity.
GROUP = Quote(
    type=QuoteType.INDIRECT,
    content=[TextSpan(32, 41, "disagreed")],
    source=Source(mention=TextSpan(22, 31, "Officials"), kind=SourceKind.GROUP),
    confidence=0.3,
)
#: A floating quote: no cue, no source.
FLOATING = Quote(type=QuoteType.DIRECT, content=[TextSpan(16, 21, '"No."')], confidence=1.0)

SPLIT_DICT = {
    "type": "direct",
    "content": [
        {"start": 0, "end": 6, "text": '"Yes,"'},
        {"start": 16, "end": 21, "text": '"No."'},
    ],
    "cue": {"start": 10, "end": 14, "text": "said"},
    "source": {
        "mention": {"start": 7, "end": 9, "text": "he"},
        "name": "Ann Lee",
        "kind": "person",
        "entity_id": 4,
    },
    "confidence": 0.85,
    "kind": "speech",
}

LAVROV = '"We provided an explanation," Mr Lavrov said.'
EXAMPLE_TEXTS = [
    LAVROV,
    "Mr Lavrov said Mr Tillerson was chiefly interested in the diplomats.",
    "Nothing.",
]


def test_serialization_to_dict_is_plain_json() -> None:
    data = to_dict(SPLIT)
    assert (data, type(data["type"]), type(data["source"]["kind"])) == (SPLIT_DICT, str, str)


@pytest.mark.parametrize("quote", [SPLIT, GROUP, FLOATING])
def test_serialization_quote_roundtrip(quote: Quote) -> None:
    assert from_dict(json.loads(json.dumps(to_dict(quote)))) == quote


@pytest.mark.parametrize("text", EXAMPLE_TEXTS)
def test_serialization_extracted_quotes_roundtrip(text: str) -> None:
    quotes = quoteattr.extract(text)
    assert from_json(to_json(quotes)) == quotes


def test_serialization_to_entities_groups_sources() -> None:
    quotes = [SPLIT, GROUP, FLOATING, SPLIT]
    assert (to_entities(quotes), to_entity_ids(quotes)) == (
        [
            Entity(id=4, name="Ann Lee", kind=SourceKind.PERSON, mentions=[SPLIT.source.mention],
                   quotes=[0, 3]),
            Entity(id=5, name=None, kind=SourceKind.GROUP, mentions=[GROUP.source.mention],
                   quotes=[1]),
        ],
        [4, 5, None, 4],
    )  # fmt: skip


#: Sources whose every mention introduces a quote, so that grouping the quotes'
#: sources and resolving them over the Doc agree.
ENTITY_TEXTS = [
    LAVROV,
    (
        '"We provided an explanation," Mr Lavrov said. Officials said it was fine. '
        '"It was not," he added.'
    ),
    "Nothing.",
]


@pytest.mark.parametrize("text", ENTITY_TEXTS)
def test_serialization_to_entities_agrees_with_find_sources(text: str) -> None:
    doc = quoteattr.load()(text)
    quotes = quoteattr.find_quotes(doc)
    # Profiles (gender, role, affiliation) need the Doc: to_entities leaves them unknown.
    unprofiled = [
        attrs.evolve(e, gender=None, gender_evidence=None, gender_source=None, role=None, affiliation=None, warnings=())
        for e in quoteattr.find_sources(doc, quotes)
    ]
    assert to_entities(quotes) == unprofiled


def test_serialization_document_takes_given_entities() -> None:
    other = Entity(id=9, name="Bo Ek", kind=SourceKind.PERSON, mentions=[TextSpan(0, 2, "Bo")],
                   quotes=[1])  # fmt: skip
    assert to_document([SPLIT, GROUP], id="d", entities=[other]) == {
        "id": "d",
        "quotes": [SPLIT_DICT, to_dict(GROUP)],
        "entities": [
            {"id": 9, "name": "Bo Ek", "kind": "person",
             "mentions": [{"start": 0, "end": 2, "text": "Bo"}], "quotes": [1],
             "gender": None, "gender_evidence": None, "gender_source": None,
             "role": None, "affiliation": None, "warnings": []},
        ],
    }  # fmt: skip


@pytest.mark.parametrize("entity", to_entities([SPLIT, GROUP]))
def test_serialization_entity_roundtrip(entity: Entity) -> None:
    assert entity_from_dict(json.loads(json.dumps(entity_to_dict(entity)))) == entity


def test_serialization_document_roundtrip() -> None:
    data = json.loads(json.dumps(to_document([SPLIT, GROUP], id="d1", extra={"corpus": "x"})))
    assert (list(data), from_document(data)) == (
        ["id", "corpus", "quotes", "entities"],
        ([SPLIT, GROUP], to_entities([SPLIT, GROUP])),
    )


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            SPLIT,
            {
                "type": "direct",
                "content": [0, 21],
                "content_parts": [[0, 6], [16, 21]],
                "cue": [10, 14],
                "speaker": [7, 9],
                "speaker_name": "Ann Lee",
                "confidence": 0.85,
                "kind": "speech",
            },
        ),
        (
            GROUP,
            {
                "type": "indirect",
                "content": [32, 41],
                "cue": None,
                "speaker": [22, 31],
                "speaker_name": None,
                "confidence": 0.3,
                "kind": "speech",
            },
        ),
        (
            FLOATING,
            {
                "type": "direct",
                "content": [16, 21],
                "cue": None,
                "speaker": None,
                "speaker_name": None,
                "confidence": 1.0,
                "kind": "speech",
            },
        ),
    ],
)
def test_serialization_format_record(quote: Quote, expected: dict[str, Any]) -> None:
    assert to_format_record(quote) == expected


# The JSON Schema -------------------------------------------------------------------


def validator(definition: str | None = None) -> jsonschema.Draft202012Validator:
    schema = load_schema()
    if definition is not None:
        schema = {"$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(schema)


def test_serialization_schema_is_valid_and_shipped() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    shipped = Path(quoteattr.__file__).parent / "data" / "output.schema.json"
    assert json.loads(shipped.read_text("utf-8")) == schema


def run_cli(tmp_path: Path, fmt: str) -> list[dict[str, Any]]:
    """Real CLI output for EXAMPLE_TEXTS plus two bad lines."""
    lines = [
        json.dumps({"id": f"doc{i}", "text": t, "corpus": "x"}) for i, t in enumerate(EXAMPLE_TEXTS)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([*lines, "{oops", '{"id": 7, "text": null}']) + "\n", "utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        cli.main([str(source), "--format", fmt, "--no-progress"])
    if fmt == "json":
        data: list[dict[str, Any]] = json.loads(out.getvalue())
        return data
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize(("fmt", "definition"), [("jsonl", "FormatDocument"), ("json", "Document")])
def test_serialization_schema_accepts_real_output(
    tmp_path: Path, fmt: str, definition: str
) -> None:
    shapes = [
        definition if validator(definition).is_valid(item)
        else "ErrorRecord" if validator("ErrorRecord").is_valid(item)
        else "invalid"
        for item in run_cli(tmp_path, fmt)
    ]  # fmt: skip
    assert shapes == [definition, definition, definition, "ErrorRecord", "ErrorRecord"]


@pytest.mark.parametrize(
    ("definition", "instance"),
    [
        ("Quote", {**SPLIT_DICT, "confidence": 1.5}),
        ("Quote", {**SPLIT_DICT, "content": []}),
        ("Quote", {k: v for k, v in SPLIT_DICT.items() if k != "cue"}),
        ("FormatQuote", {**to_format_record(GROUP), "content": [3]}),
        ("FormatQuote", {**to_format_record(GROUP), "type": "rumour"}),
        ("FormatDocument", {"id": "a", "quotes": [], "error": "E062 ..."}),
        ("ErrorRecord", {"id": "a", "line": 0, "error": "E062 ..."}),
        (None, {"id": "a"}),
    ],
)
def test_serialization_schema_rejects_bad_output(definition: str | None, instance: Any) -> None:
    assert not validator(definition).is_valid(instance)


@pytest.mark.parametrize(
    ("definition", "instance"),
    [
        ("Quote", SPLIT_DICT),
        ("Entity", entity_to_dict(to_entities([SPLIT])[0])),
        ("FormatDocument", to_format_document([SPLIT, GROUP, FLOATING], id="a", extra={"x": 1})),
        ("Document", to_document([SPLIT, GROUP, FLOATING], id=3)),
    ],
)
def test_serialization_schema_accepts_each_shape(definition: str, instance: Any) -> None:
    assert [e.message for e in validator(definition).iter_errors(instance)] == []
