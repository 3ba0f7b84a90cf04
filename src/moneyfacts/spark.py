"""Spark: mentions and findings of a text column, computed on the executors.

:func:`findings` and :func:`mentions` apply :mod:`moneyfacts.frames` to a Spark DataFrame
through ``DataFrame.mapInArrow``: each Arrow batch of a partition is read and checked in the
Python worker, and the result has a typed schema (``DecimalType(38, 10)`` amounts,
``DecimalType(38, 18)`` rates, ``DateType`` dates; never a double). See
:mod:`moneyfacts.frames` for the columns; the Spark tables carry your ``id`` column in place
of ``row``, which has no meaning across partitions.

Rates on the executors
----------------------
Nothing is broadcast. The ECB and NBP rate files ship inside the moneyfacts package, so
moneyfacts (with the ``spark`` extra) must be installed in the executors' Python (as on the
driver; or shipped with ``--archives`` of a packed environment). Each Python worker process
parses the bundled files once, on its first batch, into the process-wide store
(:func:`moneyfacts.rates.default_store`, a module-level cache) and keeps it for every later
batch and task; Spark reuses its Python workers by default (``spark.python.worker.reuse``),
so the rates are loaded about once per executor core, not once per task or row.

Example (needs pyspark and Java; see the README for a cluster one-liner)::

    from moneyfacts import spark as mfs
    df = session.createDataFrame([("a1", "2025-01-22", "It paid 40 billion yuan ($5.5 billion).")],
                                 "id string, date string, text string")
    mfs.findings(df).select("id", "verdict", "expected_low").show()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from pyspark.sql import DataFrame

__all__ = ["findings", "mentions", "spark_schema", "warm"]

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


def spark_schema(arrow_schema: pa.Schema, id_field: Any = None) -> Any:
    """The Spark StructType of an Arrow schema; ``id_field`` (a Spark StructField) is kept as is."""
    _require()
    from pyspark.sql.pandas.types import from_arrow_type
    from pyspark.sql.types import StructField, StructType

    fields = []
    for f in arrow_schema:
        if id_field is not None and f.name == id_field.name:
            fields.append(id_field)
        else:
            fields.append(StructField(f.name, from_arrow_type(f.type), nullable=True))
    return StructType(fields)


def _prepare(df: DataFrame, id: str, build: Callable[[str, Any], pa.Schema]
             ) -> tuple[Any, pa.Schema, Any]:
    """(Spark schema, Arrow schema, Spark id field) of the output, without the ``row`` column."""
    _require()
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_type

    if id not in df.columns:
        raise KeyError(f"no column {id!r} (columns: {', '.join(df.columns)}); "
                       "the Spark tables need an id column to tie rows back to the input")
    id_field = df.schema[id]
    arrow = build(id, to_arrow_type(id_field.dataType))
    arrow = pa.schema([f.with_nullable(True) for f in arrow if f.name != "row"])
    return spark_schema(arrow, id_field), arrow, id_field


def _to_batches(table: pa.Table, schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    table = table.drop_columns(["row"]).cast(schema)
    yield from table.to_batches()


def findings(df: DataFrame, *, text: str = "text", date: str | None = "date", id: str = "id",
             default_date: dt.date | str | None = None, window: int | None = None,
             dollar: str = "USD", yen: str = "JPY") -> DataFrame:
    """One row per stated equivalent in ``df[text]``, checked at ``df[date]`` (lazy, typed).

    Same columns as :func:`moneyfacts.frames.findings`, with ``id`` instead of ``row``. A row
    that cannot be checked gives one row with ``error`` set. ``date`` may be a string or a
    date column, or absent (``default_date`` then applies).
    """
    from moneyfacts.frames import findings_schema

    schema, arrow, _ = _prepare(df, id, findings_schema)
    use_date = date if date is not None and date in df.columns else None
    cols = [c for c in dict.fromkeys([id, text, use_date]) if c is not None]
    opts: dict[str, Any] = dict(default_date=default_date, window=window, dollar=dollar, yen=yen)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from moneyfacts import frames

        warm()
        for batch in batches:
            if batch.num_rows == 0:
                continue
            table = frames.findings(_table(batch), text=text, date=use_date, id=id, **opts)
            yield from _to_batches(table, arrow)

    return df.select(*cols).mapInArrow(run, schema)


def mentions(df: DataFrame, *, text: str = "text", id: str = "id", dollar: str = "USD",
             yen: str = "JPY") -> DataFrame:
    """One row per amount read in ``df[text]`` (lazy, typed; see :mod:`moneyfacts.frames`)."""
    from moneyfacts.frames import mentions_schema

    schema, arrow, _ = _prepare(df, id, mentions_schema)
    cols = list(dict.fromkeys([id, text]))

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from moneyfacts import frames

        warm()
        for batch in batches:
            if batch.num_rows == 0:
                continue
            table = frames.mentions(_table(batch), text=text, id=id, dollar=dollar, yen=yen)
            yield from _to_batches(table, arrow)

    return df.select(*cols).mapInArrow(run, schema)


def _table(batch: pa.RecordBatch) -> pa.Table:
    import pyarrow as pa

    return pa.Table.from_batches([batch])
