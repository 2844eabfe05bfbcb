"""Attribution over Apache Spark: a DataFrame of texts in, a DataFrame of quotes out.

Needs the ``spark`` extra (``pip install "quoteattr[spark]"``) and Java 17.
Each Spark Python worker loads the spaCy pipeline once, the first time it
gets texts, and keeps it for every later batch (Spark reuses its Python
workers), so the cost of loading is paid once per worker process, not per
batch or per row.

From the command line, on a JSONL file of ``{"id", "text"}`` lines::

    python -m quoteattr.spark articles.jsonl quotes-out --master "local[*]"

writes one JSON line per quote (Spark's part files) into ``quotes-out``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from quoteattr.batch import extract_many
from quoteattr.tables import QUOTE_COLUMNS, to_rows

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

#: The Spark DDL schema of the quote DataFrame (columns: :data:`QUOTE_COLUMNS`).
QUOTE_SCHEMA = ", ".join(f"{name} {kind}" for name, kind in QUOTE_COLUMNS)


def find_quote_rows(
    frames: Iterator[pd.DataFrame],
    *,
    id_column: str = "id",
    text_column: str = "text",
    model: str | None = None,
    batch_size: int = 32,
    fast: bool = False,
) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: frames of texts to frames of quote rows.

    Runs inside a Spark Python worker; :func:`quoteattr.load` caches the
    pipeline per process, so it is loaded once per worker.
    """
    import pandas as pd

    columns = [name for name, _ in QUOTE_COLUMNS]
    for frame in frames:
        ids = [None if value is None else str(value) for value in frame[id_column].tolist()]
        texts = frame[text_column].tolist()
        # a null text (NaN or None in pandas) is a record without text: an error row
        records = (
            {"id": doc_id, "text": text} if isinstance(text, str) else {"id": doc_id}
            for doc_id, text in zip(ids, texts)
        )
        rows: list[dict[str, Any]] = []
        for result in extract_many(records, nlp=model, batch_size=batch_size, fast=fast):
            rows.extend(to_rows(result, result.id))
        yield pd.DataFrame(rows, columns=columns)


def extract_dataframe(
    texts: DataFrame,
    *,
    id_column: str = "id",
    text_column: str = "text",
    model: str | None = None,
    batch_size: int = 32,
    fast: bool = False,
) -> DataFrame:
    """The quotes of every text of a Spark DataFrame, one row per quote.

    Args:
        texts: A DataFrame with an id column and a text column (other columns
            are ignored).
        id_column: The id column; ids are turned into strings.
        text_column: The text column.
        model: The spaCy pipeline's name or path, as each worker loads it;
            default :func:`quoteattr.load`'s.
        batch_size: Texts parsed together in a worker.
        fast: Parse each sentence only as far as the stages need (see
            :func:`quoteattr.parsing.find_parse_modes`).

    Returns:
        A lazy DataFrame with the columns of :data:`QUOTE_COLUMNS`. Nothing
        runs until an action (``write``, ``collect``, ``count``).

    Raises:
        ValueError: A column is missing.
    """
    for column in (id_column, text_column):
        if column not in texts.columns:
            raise ValueError(
                f"the DataFrame has no column {column!r} (columns: {', '.join(texts.columns)}); "
                f"pass id_column= and text_column= to name yours"
            )

    def run(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return find_quote_rows(
            frames,
            id_column=id_column,
            text_column=text_column,
            model=model,
            batch_size=batch_size,
            fast=fast,
        )

    return texts.select(id_column, text_column).mapInPandas(run, schema=QUOTE_SCHEMA)


def local_session(master: str = "local[2]") -> SparkSession:
    """A Spark session for one machine, its Python workers on this interpreter."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(master)
        .appName("quoteattr")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quoteattr.spark IN.jsonl OUT``: quotes of a JSONL corpus, with Spark."""
    parser = argparse.ArgumentParser(
        prog="python -m quoteattr.spark",
        description="Find the quotes of a JSONL corpus of {\"id\", \"text\"} lines with Apache Spark.",
    )
    parser.add_argument("input", help="JSONL file(s) or folder, as spark.read.json reads them")
    parser.add_argument("output", help="output folder (one JSON line per quote, or Parquet)")
    parser.add_argument("--master", default="local[*]", help="Spark master URL (default: local[*])")
    parser.add_argument("--format", choices=["json", "parquet"], default="json")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--partitions", type=int, default=None, help="repartition the input first")
    parser.add_argument("--fast", action="store_true", help="parse each sentence only as far as needed (see docs/scale.md)")
    options = parser.parse_args(argv)
    spark = local_session(options.master)
    try:
        texts = spark.read.json(options.input)
        if options.partitions:
            texts = texts.repartition(options.partitions)
        quotes = extract_dataframe(texts, model=options.model, fast=options.fast)
        quotes.write.mode("overwrite").format(options.format).save(options.output)
        written = spark.read.schema(QUOTE_SCHEMA).format(options.format).load(options.output)
        failed = written.filter("error IS NOT NULL").select("doc_id").distinct().count()
    finally:
        spark.stop()
    if failed:
        print(f"{failed} document(s) failed: see the rows with an error in {options.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
