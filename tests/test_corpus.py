"""The corpus layer: sources merged across documents, shared quotations, quote tables.

Every result here is built by hand (no parsing), so the tests are quick and
say exactly which names and texts go in.
"""

from __future__ import annotations

import random
from typing import Any

import attrs
import pytest

from quoteattr.batch import DocumentResult
from quoteattr.corpus import (
    CorpusQuotation,
    CorpusSource,
    corpus_quotations,
    corpus_sources,
    group_quotations,
    merge_names,
    quotation_words,
    quote_rows,
    to_dataframe,
)
from quoteattr.errors import InputTypeError
from quoteattr.results import Entity, Quote, QuoteKind, QuoteType, Source, SourceKind, TextSpan
from quoteattr.tables import COLUMN_NAMES

PERSON, ORG, GROUP, UNNAMED = (
    SourceKind.PERSON,
    SourceKind.ORGANIZATION,
    SourceKind.GROUP,
    SourceKind.UNNAMED,
)


def quote(
    name: str | None,
    kind: SourceKind | None = PERSON,
    *,
    text: str = "the talks were useful",
    type: QuoteType = QuoteType.INDIRECT,
    mention: str | None = None,
) -> Quote:
    """A quote whose content is ``text`` (offset 0), attributed to ``name``."""
    content = TextSpan(0, len(text), text)
    if kind is None:
        return Quote(type=type, content=[content])
    written = mention or name or "a spokesman"
    span = TextSpan(len(text) + 1, len(text) + 1 + len(written), written)
    return Quote(type=type, content=[content], source=Source(mention=span, name=name, kind=kind))


def doc(index: int, *quotes: Quote, id: Any = None, error: str | None = None) -> DocumentResult:
    return DocumentResult(
        index=index, id=f"d{index}" if id is None else id, quotes=quotes, error=error
    )


def rows_by_label(rows: list[CorpusSource]) -> dict[str, tuple[int, int, tuple[str, ...]]]:
    return {row.label: (row.quotes, row.documents, row.names) for row in rows}


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("Sergey Lavrov", "Sergei Lavrov", PERSON),
        ("Donald J. Trump", "Donald Trump", PERSON),
        ("Ashworth & Lyle", "Ashworth and Lyle", ORG),
        ("the World Health Organization", "World Health Organization", ORG),
        ("Angela Merkel", "Angela Merkel", PERSON),
        ("François Hollande", "Francois Hollande", PERSON),
        ("R. Tillerson", "Rex Tillerson", PERSON),
    ],
)
def test_corpus_sources_merge_one_source_named_differently(
    one: str, other: str, kind: SourceKind
) -> None:
    rows = corpus_sources([doc(0, quote(one, kind), quote(one, kind)), doc(1, quote(other, kind))])
    assert [(row.name, row.kind, row.quotes, row.documents) for row in rows] == [
        (one, kind.value, 3, 2)
    ]
    assert rows[0].names == tuple(sorted({one, other}))
    assert rows[0].document_ids == ("d0", "d1")


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("Ed Miliband", "David Miliband", PERSON),
        ("George W. Bush", "George H. W. Bush", PERSON),
        ("Donald Trump Jr.", "Donald Trump", PERSON),
        ("Jane Smith", "John Smith", PERSON),
        ("Ashworth & Lyle", "Ashworth Lyle Partners", ORG),
        # the same name as a person and as an organisation: two sources
        ("Morgan Stanley", "Morgan Stanley", ORG),
    ],
)
def test_corpus_sources_never_merge_different_sources(
    one: str, other: str, kind: SourceKind
) -> None:
    other_kind = PERSON if one == other else kind
    rows = corpus_sources([doc(0, quote(one, kind)), doc(1, quote(other, other_kind))])
    assert sorted((row.name, row.quotes) for row in rows) == sorted([(one, 1), (other, 1)])


def test_corpus_sources_a_surname_alone_joins_the_only_person_it_fits() -> None:
    rows = corpus_sources(
        [doc(0, quote("Sergey Lavrov")), doc(1, quote("Lavrov")), doc(2, quote("Rex Tillerson"))]
    )
    assert rows_by_label(rows) == {
        "Sergey Lavrov": (2, 2, ("Lavrov", "Sergey Lavrov")),
        "Rex Tillerson": (1, 1, ("Rex Tillerson",)),
    }


def test_corpus_sources_a_surname_two_people_share_stays_apart() -> None:
    results = [
        doc(0, quote("Ed Miliband")),
        doc(1, quote("David Miliband")),
        doc(2, quote("Miliband")),
    ]
    assert rows_by_label(corpus_sources(results)) == {
        "David Miliband": (1, 1, ("David Miliband",)),
        "Ed Miliband": (1, 1, ("Ed Miliband",)),
        "Miliband": (1, 1, ("Miliband",)),
    }


def test_corpus_sources_count_nameless_sources_by_kind() -> None:
    results = [
        doc(
            0,
            quote(None, UNNAMED, mention="a senior official"),
            quote(None, GROUP, mention="officials"),
        ),
        doc(1, quote(None, UNNAMED, mention="a diplomat"), quote(None, kind=None)),
        # a named group is still a group: counted by kind, never by name
        doc(2, quote("Democrats", GROUP), quote(None, PERSON, mention="he")),
    ]
    rows = corpus_sources(results)
    assert [(row.label, row.name, row.kind, row.quotes, row.documents) for row in rows] == [
        ("(group)", None, "group", 2, 2),
        ("(unnamed)", None, "unnamed", 2, 2),
        ("(unresolved person)", None, "person", 1, 1),
        ("(no source)", None, None, 1, 1),
    ]


def test_corpus_sources_count_types_and_documents() -> None:
    results = [
        doc(0, quote("Ann Cole", type=QuoteType.DIRECT), quote("Ann Cole"), quote("Ann Cole")),
        doc(1, error="E703 failed"),
        doc(2, quote("Ann Cole", type=QuoteType.MIXED)),
        doc(3, quote("Ann Cole"), id=None),
    ]
    results[3] = DocumentResult(index=3, quotes=[quote("Ann Cole")])
    (row,) = corpus_sources(iter(results))
    assert row == CorpusSource(
        name="Ann Cole",
        kind="person",
        quotes=5,
        documents=3,
        by_type={"direct": 1, "indirect": 3, "mixed": 1},
        by_kind={"speech": 5},
        names=("Ann Cole",),
        document_ids=("d0", "d2", 3),
    )


def test_corpus_sources_break_counts_down_by_metadata() -> None:
    results = [
        (doc(0, quote("Sergey Lavrov"), quote(None, UNNAMED)), {"outlet": "Daily"}),
        (doc(1, quote("Sergei Lavrov")), {"outlet": "Weekly"}),
        (doc(2, quote("Sergey Lavrov")), {"outlet": "Daily"}),
        (doc(3, quote(None, UNNAMED)), {}),
    ]
    rows = corpus_sources(results, by="outlet")
    assert [(row.label, row.group, row.quotes, row.document_ids) for row in rows] == [
        ("Sergey Lavrov", "Daily", 2, ("d0", "d2")),
        ("Sergey Lavrov", "Weekly", 1, ("d1",)),
        ("(unnamed)", "Daily", 1, ("d0",)),
        ("(unnamed)", None, 1, ("d3",)),
    ]


def test_corpus_sources_do_not_depend_on_input_order() -> None:
    names = [
        "Sergey Lavrov",
        "Sergei Lavrov",
        "Lavrov",
        "Ed Miliband",
        "David Miliband",
        "D. Miliband",
    ]
    results = [doc(i, quote(name)) for i, name in enumerate(names * 2)]
    expected = corpus_sources(results)
    assert {row.name for row in expected} == {"Sergei Lavrov", "Ed Miliband", "David Miliband"}
    shuffled = results[:]
    random.Random(4).shuffle(shuffled)
    again = corpus_sources(shuffled)
    assert [(r.name, r.quotes, set(r.document_ids)) for r in again] == [
        (r.name, r.quotes, set(r.document_ids)) for r in expected
    ]


def test_corpus_sources_reject_what_is_not_a_result() -> None:
    with pytest.raises(InputTypeError, match="E801 Item 1 of the corpus is of type str"):
        corpus_sources([doc(0), "text"])


def test_corpus_merge_names_prefers_the_most_quoted_variant() -> None:
    weights = {
        ("person", "Sergei Lavrov"): 1,
        ("person", "Sergey Lavrov"): 3,
        ("person", "Lavrov"): 9,
    }
    assert set(merge_names(weights).values()) == {"Lavrov"}
    weights[("person", "Lavrov")] = 2
    assert set(merge_names(weights).values()) == {"Sergey Lavrov"}


LONG = "We will not accept any deal that leaves our farmers worse off than before"


@pytest.mark.parametrize(
    "copy",
    [
        LONG,
        f"“{LONG}.”",
        "we will not accept any deal that leaves our farmers worse off",  # trimmed
        "We will not accept a deal that leaves our farmers worse off than before",  # edited
        "We will never accept any deal that leaves our farmers worse off than before",
    ],
)
def test_corpus_quotations_group_copies(copy: str) -> None:
    results = [
        doc(0, quote("Ann Cole", text=f'"{LONG},"', type=QuoteType.DIRECT)),
        doc(1, quote("Ann Cole", text=copy, type=QuoteType.DIRECT)),
    ]
    assert corpus_quotations(results) == [
        CorpusQuotation(
            text=f'"{LONG},"',
            speaker="Ann Cole",
            quotes=2,
            first_document="d0",
            document_ids=("d0", "d1"),
        )
    ]


@pytest.mark.parametrize(
    "other",
    [
        "We will accept any deal that leaves our farmers better off than before today",
        "Our fishermen have never been worse off than they are this year",
        "We will not",  # too short to be a quotation
    ],
)
def test_corpus_quotations_keep_different_quotations_apart(other: str) -> None:
    results = [
        doc(0, quote("Ann Cole", text=LONG, type=QuoteType.DIRECT)),
        doc(1, quote("Ann Cole", text=other, type=QuoteType.DIRECT)),
    ]
    assert corpus_quotations(results) == []


def test_corpus_quotations_first_document_by_date_then_input_order() -> None:
    direct = QuoteType.DIRECT
    results = [
        (doc(0, quote("Sergey Lavrov", text=LONG, type=direct)), {"date": "2024-05-02"}),
        (doc(1, quote("Sergei Lavrov", text=LONG, type=direct)), {"date": "2024-05-01"}),
        (doc(2, quote(None, UNNAMED, text=LONG, type=direct)), {}),
        (doc(3, quote("Sergey Lavrov", text=LONG, type=direct)), {"date": "2024-05-01"}),
        # indirect quotes are not quotations
        (doc(4, quote("Sergey Lavrov", text=LONG)), {}),
    ]
    (row,) = corpus_quotations(results)
    assert (row.speaker, row.first_document, row.document_ids, row.quotes) == (
        "Sergey Lavrov",
        "d1",
        ("d1", "d3", "d0", "d2"),
        4,
    )
    (row,) = corpus_quotations(result for result, _ in results)
    assert row.document_ids == ("d0", "d1", "d2", "d3")


def test_corpus_quotations_need_min_documents() -> None:
    results = [doc(0, quote("Ann Cole", text=LONG, type=QuoteType.DIRECT))]
    assert corpus_quotations(results) == []
    (row,) = corpus_quotations(results, min_documents=1)
    assert row.document_ids == ("d0",)


def test_corpus_group_quotations_compare_few_candidates_on_many_texts() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(400)]
    texts = [" ".join(rng.choices(vocabulary, k=12)) for _ in range(3000)]
    trimmed = {text: " ".join(text.split()[1:-1]) for text in texts[:50]}
    belongs = group_quotations(texts + list(trimmed.values()))
    assert all(belongs[copy] == text for text, copy in trimmed.items())
    assert len(set(belongs.values())) == 3000


def test_corpus_quotation_words_fold_marks_case_and_accents() -> None:
    assert quotation_words("“Très bien,” — c’est ÇA!") == ("tres", "bien", "c", "est", "ca")


def test_corpus_quote_rows_have_the_table_columns() -> None:
    results = [
        doc(0, quote("Ann Cole", text='"Yes,"', type=QuoteType.DIRECT)),
        doc(1, error="E703 x"),
    ]
    rows = list(quote_rows(results))
    assert [list(row) for row in rows] == [list(COLUMN_NAMES)] * 2
    assert [(r["doc_id"], r["type"], r["source_name"], r["kind"], r["error"]) for r in rows] == [
        ("d0", "direct", "Ann Cole", "speech", None),
        ("d1", None, None, None, "E703 x"),
    ]


def test_corpus_to_dataframe_one_row_per_quote() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe([doc(0, quote("Ann Cole"), quote("Bo Li")), doc(1)])
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert frame["source_name"].tolist() == ["Ann Cole", "Bo Li"]


def test_corpus_sources_read_the_profiles_of_the_documents_sources() -> None:
    def said(name: str, entity_id: int) -> Quote:
        source = Source(mention=TextSpan(0, len(name), name), name=name, kind=PERSON, entity_id=entity_id)
        return Quote(type=QuoteType.INDIRECT, content=[TextSpan(30, 35, "it is")], source=source)

    def entity(entity_id: int, name: str, gender: str | None, role: str | None) -> Entity:
        role_span = None if role is None else TextSpan(40, 40 + len(role), role)
        return Entity(id=entity_id, name=name, kind=PERSON, gender=gender, role=role_span)

    results = [
        DocumentResult(
            index=0,
            id="d0",
            quotes=[said("Ann Cole", 0), said("Bo Li", 1)],
            entities=[entity(0, "Ann Cole", "female", "Labour MP"), entity(1, "Bo Li", "male", None)],
        ),
        DocumentResult(
            index=1,
            id="d1",
            quotes=[said("Ann Cole", 0), said("Ann Cole", 1)],
            entities=[entity(0, "Ann Cole", "female", "minister"), entity(1, "Ann Cole", None, "minister")],
        ),
        # without sources=True a result has no entities: no profile
        doc(2, said("Bo Li", 0)),
    ]
    rows = corpus_sources(results)
    assert [(r.name, r.gender, r.role, r.affiliation) for r in rows] == [
        ("Ann Cole", "female", "minister", None),
        ("Bo Li", "male", None, None),
    ]
    by_gender = corpus_sources(results, by="gender")
    assert [(r.name, r.group, r.quotes) for r in by_gender] == [
        ("Ann Cole", "female", 2),
        ("Ann Cole", None, 1),
        ("Bo Li", None, 1),
        ("Bo Li", "male", 1),
    ]


def test_corpus_sources_and_rows_count_kinds_of_attribution() -> None:
    def said(kind: str) -> Quote:
        return attrs.evolve(quote("Ann Cole"), kind=QuoteKind(kind))

    results = [doc(0, said("speech"), said("thought")), doc(1, said("speech"), said("evidence"))]
    (row,) = corpus_sources(results)
    assert row.by_kind == {"speech": 2, "thought": 1, "evidence": 1}
    assert [r["kind"] for r in quote_rows(results)] == ["speech", "thought", "speech", "evidence"]
