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
