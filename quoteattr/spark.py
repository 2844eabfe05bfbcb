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
from quoteattr.corpus import (
    NAMELESS_KINDS,
    PROFILE_FIELDS,
    QUOTATION_SIMILARITY,
    group_quotations,
    merge_names,
    quotation_words,
)
from quoteattr.tables import QUOTE_COLUMNS, to_rows

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import Column, DataFrame, SparkSession

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


def corpus_sources(quotes: DataFrame, *, by: str | None = None) -> DataFrame:
    """The source table of :func:`quoteattr.corpus.corpus_sources`, from a DataFrame of quotes.

    The counting runs on the cluster; only the distinct ``(kind, name)``
    pairs with their quote counts go to the driver, where
    :func:`quoteattr.corpus.merge_names` merges them exactly as on one
    machine, and the canonical names go back as a broadcast join.

    Args:
        quotes: Rows of :data:`QUOTE_COLUMNS` (``extract_dataframe``'s), plus
            the ``by`` column when one is given (join it on ``doc_id``).
            Error rows are left out.
        by: A column to break the counts down by.

    Returns:
        Columns ``name``, ``kind``, ``group``, ``quotes``, ``documents``,
        ``by_type`` and ``by_kind`` (maps), ``names`` and ``document_ids``
        (sorted arrays), and ``gender``, ``role`` and ``affiliation`` (null:
        the quote rows carry no source profiles), most quoted first.

    Raises:
        ValueError: ``by`` is not a column of ``quotes``.
    """
    from pyspark.sql import functions as F

    _check_columns(quotes, [by] if by else [])
    kind = F.col("source_kind")
    nameless = kind.isNull() | kind.isin(*sorted(NAMELESS_KINDS))
    rows = quotes.filter(F.col("error").isNull()).select(
        "doc_id",
        "type",
        F.col("kind").alias("attribution"),
        kind.alias("skind"),
        F.when(nameless, F.lit(None)).otherwise(F.col("source_name")).alias("sname"),
        (F.col(by) if by else F.lit(None).cast("string")).alias("grp"),
    )
    rows = _with_canonical_names(rows).withColumnRenamed("canonical", "cname")
    keys = ["skind", "cname", "grp"]
    partial = rows.groupBy(*keys, "sname", "doc_id", "type", "attribution").count().cache()
    totals = partial.groupBy(*keys).agg(
        F.sum("count").alias("quotes"),
        F.countDistinct("doc_id").alias("documents"),
        F.sort_array(F.collect_set("sname")).alias("names"),
        F.sort_array(F.collect_set("doc_id")).alias("document_ids"),
    )
    by_type = _count_map(partial, keys, "type", "by_type")
    attributed = partial.filter(F.col("attribution").isNotNull())
    by_kind = _count_map(attributed, keys, "attribution", "by_kind")
    table = _join_null_safe(_join_null_safe(totals, by_type, keys), by_kind, keys)
    return table.select(
        F.col("cname").alias("name"),
        F.col("skind").alias("kind"),
        F.col("grp").alias("group"),
        "quotes",
        "documents",
        "by_type",
        F.coalesce("by_kind", F.expr("cast(map() as map<string,bigint>)")).alias("by_kind"),
        "names",
        "document_ids",
        # the quote rows do not carry source profiles: gender, role and affiliation are unknown
        *(F.lit(None).cast("string").alias(field) for field in PROFILE_FIELDS),
    ).orderBy(
        F.desc("quotes"),
        F.desc("documents"),
        F.asc_nulls_last("name"),
        F.asc_nulls_last("kind"),
        "group",
    )


def corpus_quotations(
    quotes: DataFrame,
    *,
    min_words: int = 5,
    min_documents: int = 2,
    similarity: float = QUOTATION_SIMILARITY,
) -> DataFrame:
    """The shared-quotation table of :func:`quoteattr.corpus.corpus_quotations`, from quotes.

    The words of each direct quote are read on the cluster; only the distinct
    texts go to the driver, where :func:`quoteattr.corpus.group_quotations`
    groups them exactly as on one machine. Documents are ordered by a
    ``date`` column when ``quotes`` has one (join it on ``doc_id``), then by
    ``doc_id`` (a DataFrame has no input order).

    Args:
        quotes: Rows of :data:`QUOTE_COLUMNS`, plus an optional ``date``.
        min_words: Shorter quotes are left out.
        min_documents: Quotations in fewer documents are left out.
        similarity: The least similarity (0-100) of a copy to its quotation.

    Returns:
        Columns ``text``, ``speaker``, ``quotes``, ``first_document``,
        ``document_ids`` (first first) and ``documents``.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    words = F.udf(lambda text: " ".join(quotation_words(text or "")), "string")
    date = F.col("date").cast("string") if "date" in quotes.columns else F.lit(None).cast("string")
    kind = F.col("source_kind")
    named = kind.isNotNull() & ~kind.isin(*sorted(NAMELESS_KINDS))
    rows = (
        quotes.filter((F.col("error").isNull()) & (F.col("type") == "direct"))
        .select(
            "doc_id",
            F.col("content_text").alias("text"),
            words("content_text").alias("key"),
            kind.alias("skind"),
            F.when(named, F.col("source_name")).alias("sname"),
            F.struct(
                date.isNull().alias("undated"), F.coalesce(date, F.lit("")).alias("date"), "doc_id"
            ).alias("order"),
        )
        .filter(F.size(F.split("key", " ")) >= min_words)
    )
    rows = _with_canonical_names(rows).cache()
    texts = [row.key for row in rows.select("key").distinct().collect()]
    belongs = group_quotations(texts, similarity=similarity)
    spark = rows.sparkSession
    mapping = spark.createDataFrame(sorted(belongs.items()), schema="key string, quotation string")
    rows = rows.join(F.broadcast(mapping), "key")
    documents = (
        rows.groupBy("quotation", "doc_id")
        .agg(F.min("order").alias("order"))
        .groupBy("quotation")
        .agg(F.sort_array(F.collect_list("order")).alias("orders"))
    )
    totals = rows.groupBy("quotation").agg(
        F.count(F.lit(1)).alias("quotes"), F.min(F.struct("order", "text")).alias("first")
    )
    speakers = rows.filter(F.col("canonical").isNotNull()).groupBy("quotation", "canonical").count()
    best = Window.partitionBy("quotation").orderBy(F.desc("count"), F.asc("canonical"))
    speaker = (
        speakers.withColumn("rank", F.row_number().over(best))
        .filter("rank = 1")
        .select("quotation", F.col("canonical").alias("speaker"))
    )
    table = totals.join(documents, "quotation").join(speaker, "quotation", "left")
    ids = F.transform("orders", lambda order: order["doc_id"])
    return (
        table.select(
            F.col("first.text").alias("text"),
            "speaker",
            "quotes",
            F.col("orders")[0]["doc_id"].alias("first_document"),
            ids.alias("document_ids"),
            F.size("orders").alias("documents"),
        )
        .filter(F.col("documents") >= min_documents)
        .orderBy(F.desc("documents"), F.desc("quotes"), "text")
    )


def _check_columns(frame: DataFrame, columns: list[str]) -> None:
    for column in columns:
        if column not in frame.columns:
            raise ValueError(
                f"the DataFrame has no column {column!r} (columns: {', '.join(frame.columns)}); "
                f"join the metadata on doc_id first"
            )


def _with_canonical_names(rows: DataFrame) -> DataFrame:
    """``rows`` with a ``canonical`` column: its ``(skind, sname)`` merged over the corpus."""
    from pyspark.sql import functions as F

    counts = rows.filter(F.col("sname").isNotNull()).groupBy("skind", "sname").count().collect()
    canonical = merge_names({(row.skind, row.sname): row["count"] for row in counts})
    mapping = rows.sparkSession.createDataFrame(
        [(kind, name, merged) for (kind, name), merged in sorted(canonical.items())],
        schema="skind string, sname string, canonical string",
    )
    return rows.join(F.broadcast(mapping), ["skind", "sname"], "left")


def _count_map(rows: DataFrame, keys: list[str], column: str, alias: str) -> DataFrame:
    """Per ``keys``, a map from each value of ``column`` to its summed ``count``."""
    from pyspark.sql import functions as F

    counted = rows.groupBy(*keys, column).agg(F.sum("count").alias("n"))
    entries = F.sort_array(F.collect_list(F.struct(F.col(column), F.col("n"))))
    return counted.groupBy(*keys).agg(F.map_from_entries(entries).alias(alias))


def _join_null_safe(left: DataFrame, right: DataFrame, keys: list[str]) -> DataFrame:
    """A left join on ``keys`` where null equals null; the key columns kept once."""
    others = [column for column in right.columns if column not in keys]
    renamed = right.select(*[right[key].alias(f"_{key}") for key in keys], *others)
    condition: Column = left[keys[0]].eqNullSafe(renamed[f"_{keys[0]}"])
    for key in keys[1:]:
        condition = condition & left[key].eqNullSafe(renamed[f"_{key}"])
    return left.join(renamed, condition, "left").drop(*[f"_{key}" for key in keys])


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
