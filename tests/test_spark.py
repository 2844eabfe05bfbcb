"""quoteattr.spark in local mode (local[2]): the same quotes as the library, one row each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language

from quoteattr.batch import extract_many
from quoteattr.errors import Errors

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'quoteattr[spark]'")

from pyspark.sql import SparkSession

from quoteattr.spark import QUOTE_COLUMNS, extract_dataframe, local_session, to_rows

DOCS = [
    ("a", '"We provided an explanation," Mr Lavrov said.\n\nMr Lavrov said the talks were useful.'),
    ("b", "Nothing happened."),
    ("c", None),
    ("d", 'The New York Post reports that the team avoided "taking her to the emergency room".'),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session = local_session("local[2]")
    yield session
    session.stop()


def test_spark_rows_are_the_library_quotes(spark: SparkSession, nlp: Language) -> None:
    frame = spark.createDataFrame(DOCS, schema="id string, text string").repartition(2)
    rows = [row.asDict() for row in extract_dataframe(frame).collect()]
    records = [{"id": i, "text": t} if t is not None else {"id": i} for i, t in DOCS]
    expected: list[dict[str, Any]] = []
    for result in extract_many(records, nlp=nlp):
        expected.extend(to_rows(result, result.id))
    # an error's record number counts within a Spark batch: compare its code only
    for row in rows + expected:
        row["error"] = row["error"] and row["error"].split()[0]
    key = lambda row: (row["doc_id"], row["content_start"] or 0)
    assert sorted(rows, key=key) == sorted(expected, key=key)


def test_spark_missing_text_gives_an_error_row(spark: SparkSession) -> None:
    frame = spark.createDataFrame([("c", None)], schema="id string, text string")
    rows = [row.asDict() for row in extract_dataframe(frame).collect()]
    expected = dict.fromkeys(name for name, _ in QUOTE_COLUMNS)
    expected.update(doc_id="c", error=Errors.E701.format(index=0, id="c"))
    assert rows == [expected]


def test_spark_missing_column_is_named(spark: SparkSession) -> None:
    frame = spark.createDataFrame([("a", "x")], schema="doc string, body string")
    with pytest.raises(ValueError, match="no column 'id'"):
        extract_dataframe(frame)


def corpus_results() -> list[tuple[Any, dict[str, Any]]]:
    """Hand-made results with every kind of name the corpus tables merge or keep apart."""
    from quoteattr.results import QuoteType, SourceKind
    from tests.test_corpus import LONG, doc, quote

    direct, org, unnamed = QuoteType.DIRECT, SourceKind.ORGANIZATION, SourceKind.UNNAMED
    return [
        (doc(0, quote("Sergey Lavrov", text=f'"{LONG},"', type=direct), quote(None, unnamed)),
         {"outlet": "Daily", "date": "2024-05-02"}),
        (doc(1, quote("Sergei Lavrov", text=LONG, type=direct), quote("Ed Miliband")),
         {"outlet": "Weekly", "date": "2024-05-01"}),
        (doc(2, quote("Ashworth & Lyle", org), quote("David Miliband", type=QuoteType.MIXED)),
         {"outlet": "Daily", "date": "2024-05-03"}),
        (doc(3, quote("Ashworth and Lyle", org), quote(None, kind=None),
             quote("Lavrov", text=LONG[:-12], type=direct)),
         {"outlet": "Weekly", "date": "2024-05-03"}),
    ]


def test_spark_corpus_tables_equal_the_single_machine_tables(spark: SparkSession) -> None:
    from quoteattr import corpus
    from quoteattr.spark import QUOTE_SCHEMA, corpus_quotations, corpus_sources

    results = corpus_results()
    rows = []
    for result, metadata in results:
        for row in to_rows(result, result.id):
            rows.append({**row, **metadata})
    schema = QUOTE_SCHEMA + ", outlet string, date string"
    quotes = spark.createDataFrame(rows, schema=schema).repartition(3)

    def local(row: corpus.CorpusSource) -> dict[str, Any]:
        return {**row.to_dict(), "document_ids": sorted(row.document_ids), "names": list(row.names)}

    names = [(row.name, row.quotes) for row in corpus.corpus_sources(results) if row.name]
    assert names == [
        ("Sergei Lavrov", 3),
        ("Ashworth and Lyle", 2),
        ("David Miliband", 1),
        ("Ed Miliband", 1),
    ]
    for by in (None, "outlet"):
        expected = [local(row) for row in corpus.corpus_sources(results, by=by)]
        found = [row.asDict() for row in corpus_sources(quotes, by=by).collect()]
        assert found == expected
    expected_quotations = [row.to_dict() for row in corpus.corpus_quotations(results)]
    found_quotations = [row.asDict() for row in corpus_quotations(quotes).collect()]
    assert found_quotations == expected_quotations
    assert expected_quotations[0]["document_ids"] == ["d1", "d0", "d3"]
