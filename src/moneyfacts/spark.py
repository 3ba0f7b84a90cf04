"""Spark: mentions, findings and per-article summaries of a text column, on the executors.

:func:`findings`, :func:`mentions` and :func:`summary` apply :mod:`moneyfacts.frames` to a
Spark DataFrame through ``DataFrame.mapInArrow``: each Arrow batch of a partition is read
and checked in the Python worker, and the result has a typed schema (``DecimalType(38, 10)``
amounts, ``DecimalType(38, 18)`` rates, ``DateType`` dates, ``IntegerType`` indexes and
counts; never a double): :func:`moneyfacts.frames.findings_schema` (and
``mentions_schema``, ``summary_schema``) without its ``row`` column, which has no meaning
across partitions. The Spark tables carry your ``id`` column instead, and the input columns
named in ``keep`` (``keep=["url", "section"]``), with their Spark types.

Nothing is dropped: a row with a null or non-string text, an unreadable date or a bad
per-row option gives one row with ``error`` set. A line that Spark's JSON (or CSV) reader
could not parse is kept, in its default ``PERMISSIVE`` mode, in the ``_corrupt_record``
column with every other column null; when that column is there (``corrupt=`` names another,
for a reader given ``columnNameOfCorruptRecord``), each such line gives an error row quoting
it.

Spark's JSON reader turns a number, boolean, object or array in a string column into its JSON
text (``{"text": 42}`` reads as ``"42"``), so such a record would be checked as text. To have it
give an error row instead ("the 'text' field is a number, not a string", as
:func:`moneyfacts.check_many` says), read the text as a variant (Spark 4.0 or later)::

    df = session.read.json("articles.jsonl", schema="id long, date string, text variant")

A variant text column is read as a string where the JSON value is one, and as an error row
where it is not. :func:`summary` gives exactly one row per input row. The options (column names,
``default_date``, ``window``, ``tolerance``, ``conventions``, ``dollar``/``yen``,
``per_row``) are checked on the driver when the function is called, before any job runs;
see :mod:`moneyfacts.frames`.

Rates on the executors
----------------------
Nothing is broadcast. The ECB and NBP rate files ship inside the moneyfacts package, so
moneyfacts (with the ``spark`` extra) must be installed in the executors' Python (as on the
driver; or shipped with ``--archives`` of a packed environment). Each Python worker process
parses the bundled files once, on its first batch, into the process-wide store
(:func:`moneyfacts.rates.default_store`, a module-level cache) and keeps it for every later
batch and task; Spark reuses its Python workers by default (``spark.python.worker.reuse``),
so the rates are loaded about once per executor core, not once per task or row.

The executors' Python is ``PYSPARK_PYTHON`` (``python3`` on the ``PATH`` when unset): point
it at the interpreter that has moneyfacts, or the workers fail to import it.

Example (needs pyspark and Java; see the README for a cluster one-liner)::

    from moneyfacts import spark as mfs
    df = session.createDataFrame([("a1", "2025-01-22", "It paid 40 billion yuan ($5.5 billion).")],
                                 "id string, date string, text string")
    mfs.findings(df).select("id", "verdict", "expected_low").show()
    mfs.summary(df).select("id", "status", "findings").show()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from moneyfacts.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from pyspark.sql import DataFrame

    from moneyfacts.conventions import Conventions
    from moneyfacts.verify import Tolerance

__all__ = ["findings", "mentions", "summary", "spark_schema", "warm"]

_WARM = False


def warm() -> None:
    """Load the rates and the currency lexicon into this process, once (module-level cache).

    Called on the first batch in each Spark Python worker; later calls return at once.
    """
    global _WARM
    if _WARM:
        return
    from moneyfacts.currencies import lexicon
    from moneyfacts.rates import default_store

    default_store().known_currencies()
    lexicon()
    _WARM = True


def _require() -> None:
    from moneyfacts.frames import _require as need

    need("spark", "pyspark", "pyarrow", "pandas")


def spark_schema(arrow_schema: pa.Schema, keep: Any = ()) -> Any:
    """The Spark StructType of an Arrow schema; the Spark StructFields in ``keep`` (one, or a
    list: the id and kept input columns) replace the fields of the same name, so they keep
    their Spark types."""
    _require()
    from pyspark.sql.pandas.types import from_arrow_type
    from pyspark.sql.types import StructField, StructType

    given = {f.name: f for f in ([keep] if isinstance(keep, StructField) else keep or ())}
    return StructType([given.get(f.name) or StructField(f.name, from_arrow_type(f.type), True)
                       for f in arrow_schema])


def _arrow_type(spark_type: Any) -> Any:
    """The Arrow type of a Spark type; timestamps in UTC, as mapInArrow sends them."""
    import inspect

    from pyspark.sql.pandas.types import to_arrow_type

    if "timezone" in inspect.signature(to_arrow_type).parameters:  # pyspark >= 4
        return to_arrow_type(spark_type, timezone="UTC")
    return to_arrow_type(spark_type)


def _job(kind: str, df: DataFrame, *, id: str, corrupt: str | None, **options: Any) -> DataFrame:
    """Check the options on the driver, then map the checks over the partitions."""
    _require()
    import pyarrow as pa

    from moneyfacts import frames

    columns = list(df.columns)
    if not isinstance(id, str) or id not in columns:
        raise InputError(f"no column {id!r} (columns: {', '.join(columns)}); "
                         "the Spark tables need an id column to tie rows back to the input")
    use_corrupt = corrupt if corrupt is not None and corrupt in columns else None
    text_type = None
    if options.get("text") in columns and _is_variant(df.schema[options["text"]].dataType):
        df, text_type = _variant_text(df, options["text"]), _TEXT_TYPE
        columns = list(df.columns)
    opts = frames._options(kind, columns, id=id, corrupt=use_corrupt, text_type=text_type,
                           **options)
    carried = [df.schema[c] for c in (opts.id, *opts.keep) if c is not None]
    arrow_types = {f.name: _arrow_type(f.dataType) for f in carried}
    build = frames._SCHEMAS[kind]
    full = build(id, arrow_types[id], [pa.field(f.name, arrow_types[f.name]) for f in carried[1:]])
    arrow = pa.schema([f.with_nullable(True) for f in full if f.name != "row"])
    schema = spark_schema(arrow, carried)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import pyarrow

        from moneyfacts import frames

        warm()
        for batch in batches:
            if batch.num_rows == 0:
                continue
            table = frames._run(pyarrow.Table.from_batches([batch]), opts)
            yield from table.drop_columns(["row"]).cast(arrow).to_batches()

    return df.select(*opts.inputs()).mapInArrow(run, schema)


#: The column that carries the JSON type of a variant text column to the executors.
_TEXT_TYPE = "__moneyfacts_text_type"


def _is_variant(spark_type: Any) -> bool:
    from pyspark.sql import types

    variant = getattr(types, "VariantType", None)  # Spark 4.0 and later
    return variant is not None and isinstance(spark_type, variant)


def _variant_text(df: DataFrame, text: str) -> DataFrame:
    """``df`` with its variant ``text`` column as a string (null where the JSON value is not
    one) and the value's JSON type beside it, for the executors to report."""
    from pyspark.sql import functions as F

    col = F.col(f"`{text.replace('`', '``')}`")
    kind = F.schema_of_variant(col)
    value = F.when(kind == "STRING", F.variant_get(col, "$", "string"))
    return df.withColumn(_TEXT_TYPE, kind).withColumn(text, value)


def findings(df: DataFrame, *, text: str = "text", date: str | None = "date", id: str = "id",
             keep: Sequence[str] | None = None, default_date: dt.date | str | None = None,
             window: int | None = None, tolerance: Tolerance | None = None,
             conventions: Conventions | None = None, dollar: str | None = None,
             yen: str | None = None, per_row: Mapping[str, str] | Sequence[str] | None = None,
             corrupt: str | None = "_corrupt_record") -> DataFrame:
    """One row per stated equivalent in ``df[text]``, checked at ``df[date]`` (lazy, typed).

    Same columns and options as :func:`moneyfacts.frames.findings`, with ``id`` (required)
    instead of ``row``. A row that cannot be checked gives one row with ``error`` set.
    ``date`` may be a string, date or timestamp column; ``date=None`` when there is none
    (``default_date`` then applies).
    """
    return _job("findings", df, text=text, date=date, id=id, keep=keep, default_date=default_date,
                window=window, tolerance=tolerance, conventions=conventions, dollar=dollar,
                yen=yen, per_row=per_row, corrupt=corrupt)


def summary(df: DataFrame, *, text: str = "text", date: str | None = "date", id: str = "id",
            keep: Sequence[str] | None = None, default_date: dt.date | str | None = None,
            window: int | None = None, tolerance: Tolerance | None = None,
            conventions: Conventions | None = None, dollar: str | None = None,
            yen: str | None = None, per_row: Mapping[str, str] | Sequence[str] | None = None,
            corrupt: str | None = "_corrupt_record") -> DataFrame:
    """Exactly one row per input row: status, counts by verdict, or the error (lazy, typed).

    See :func:`moneyfacts.frames.summary`; takes the options of :func:`findings`.
    """
    return _job("summary", df, text=text, date=date, id=id, keep=keep, default_date=default_date,
                window=window, tolerance=tolerance, conventions=conventions, dollar=dollar,
                yen=yen, per_row=per_row, corrupt=corrupt)


def mentions(df: DataFrame, *, text: str = "text", id: str = "id",
             keep: Sequence[str] | None = None, conventions: Conventions | None = None,
             dollar: str | None = None, yen: str | None = None,
             per_row: Mapping[str, str] | Sequence[str] | None = None,
             corrupt: str | None = "_corrupt_record") -> DataFrame:
    """One row per amount read in ``df[text]`` (lazy, typed; see :mod:`moneyfacts.frames`)."""
    return _job("mentions", df, text=text, id=id, keep=keep, conventions=conventions,
                dollar=dollar, yen=yen, per_row=per_row, corrupt=corrupt)
