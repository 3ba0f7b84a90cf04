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
see :mod:`moneyfacts.frames`. ``per_row={"url": "url"}`` reads each row's publisher territory
from its address (``{"territory": col}`` gives it outright: :mod:`moneyfacts.publisher`).

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

__all__ = ["findings", "mentions", "summary", "findings_and_summary", "check_warc",
           "spark_schema", "warm", "PARTITION_BYTES"]

#: An input read from files is repartitioned so that no partition holds more than about this
#: many bytes of input (a 35 MB JSON Lines file read as 2 partitions left one core working).
PARTITION_BYTES = 4 << 20

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


def _input_bytes(df: DataFrame) -> int | None:
    """The size of the files ``df`` reads (None when it reads none or they cannot be sized)."""
    try:
        files = df.inputFiles()
    except Exception:  # noqa: BLE001 - Spark Connect, or a DataFrame made in memory
        return None
    if not files:
        return None
    try:
        jvm = df.sparkSession.sparkContext._jvm
        conf = df.sparkSession.sparkContext._jsc.hadoopConfiguration()
        total = 0
        for f in files:
            path = jvm.org.apache.hadoop.fs.Path(f)
            total += int(path.getFileSystem(conf).getFileStatus(path).getLen())
        return total
    except Exception:  # noqa: BLE001 - no JVM gateway (Spark Connect): sizes unknown
        return None


def _by_size(df: DataFrame) -> DataFrame:
    """``df`` repartitioned so that each partition holds about :data:`PARTITION_BYTES` of its
    input files, when Spark split them into fewer partitions (never fewer than it made)."""
    size = _input_bytes(df)
    if not size:
        return df
    want = -(-size // PARTITION_BYTES)
    try:
        have = df.rdd.getNumPartitions()
    except Exception:  # noqa: BLE001 - no RDD API (Spark Connect)
        return df
    return df.repartition(want) if want > have else df


def _job(kind: str, df: DataFrame, *, id: str, corrupt: str | None, **options: Any) -> DataFrame:
    """Check the options on the driver, then map the checks over the partitions."""
    _require()
    import pyarrow as pa

    from moneyfacts import frames

    df = _by_size(df)
    columns = list(df.columns)
    if not isinstance(id, str) or id not in columns:
        raise InputError(f"no column {id!r} (columns: {', '.join(columns)}); "
                         "the Spark tables need an id column to tie rows back to the input")
    use_corrupt = corrupt if corrupt is not None and corrupt in columns else None
    text_type = None
    if options.get("text") in columns and _is_variant(df.schema[options["text"]].dataType):
        df, text_type = _variant_text(df, options["text"]), _TEXT_TYPE
        columns = list(df.columns)
    opts = frames._options("findings" if kind == "both" else kind, columns, id=id,
                           corrupt=use_corrupt, text_type=text_type, **options)
    if kind == "both":  # the summary's output names must not clash with the id either
        frames._options("summary", columns, id=id, corrupt=use_corrupt, text_type=text_type,
                        **options)
    carried = [df.schema[c] for c in (opts.id, *opts.keep) if c is not None]
    arrow_types = {f.name: _arrow_type(f.dataType) for f in carried}
    if kind == "both":
        return _both(df, opts, carried, arrow_types)
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


def _both(df: DataFrame, opts: Any, carried: list[Any], arrow_types: dict[str, Any]) -> Any:
    """findings and summary from one mapInArrow: each row of its output is one or the other
    (``__table``), persisted so that both are read from one pass."""
    import dataclasses

    import pyarrow as pa
    from pyspark.sql import functions as F

    from moneyfacts import frames

    keep = [pa.field(f.name, arrow_types[f.name]) for f in carried[1:]]
    parts = {k: frames._SCHEMAS[k](opts.id, arrow_types[opts.id], keep)
             for k in ("findings", "summary")}
    names: dict[str, Any] = {}
    for sch in parts.values():
        for f in sch:
            if f.name != "row":
                names.setdefault(f.name, f.with_nullable(True))
    union = pa.schema([pa.field("__table", pa.string()), *names.values()])
    schema = spark_schema(union, carried)
    f_opts = dataclasses.replace(opts, kind="findings")
    s_opts = dataclasses.replace(opts, kind="summary")

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import pyarrow

        from moneyfacts import frames

        warm()
        for batch in batches:
            if batch.num_rows == 0:
                continue
            data = pyarrow.Table.from_batches([batch])
            cols = {c: frames._values(data, c) for c in f_opts.inputs()
                    if c in data.column_names and c not in (f_opts.id, *f_opts.keep)}
            reader = frames._Reader(f_opts, cols)
            for kind, o in (("findings", f_opts), ("summary", s_opts)):
                t = frames._run(data, o, reader)
                n = t.num_rows
                arrays = [pyarrow.array([kind] * n, pyarrow.string())]
                for f in union:
                    if f.name == "__table":
                        continue
                    arrays.append(t.column(f.name).cast(f.type) if f.name in t.column_names
                                  else pyarrow.nulls(n, f.type))
                yield from pyarrow.Table.from_arrays(arrays, schema=union).to_batches()

    both = df.select(*opts.inputs()).mapInArrow(run, schema).persist()
    table = F.col("__table")
    return tuple(both.filter(table == k).select(*[f.name for f in parts[k] if f.name != "row"])
                 for k in ("findings", "summary"))


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


def findings_and_summary(df: DataFrame, *, text: str = "text", date: str | None = "date",
                         id: str = "id", keep: Sequence[str] | None = None,
                         default_date: dt.date | str | None = None, window: int | None = None,
                         tolerance: Tolerance | None = None,
                         conventions: Conventions | None = None, dollar: str | None = None,
                         yen: str | None = None,
                         per_row: Mapping[str, str] | Sequence[str] | None = None,
                         corrupt: str | None = "_corrupt_record") -> tuple[DataFrame, DataFrame]:
    """``(findings(df), summary(df))`` from one pass over ``df``: each article is checked
    once, into one persisted DataFrame both are read from (``unpersist`` it through either's
    plan when done, or let the session end). Takes the options of :func:`findings`."""
    got: tuple[DataFrame, DataFrame] = _job(
        "both", df, text=text, date=date, id=id, keep=keep, default_date=default_date,
        window=window, tolerance=tolerance, conventions=conventions, dollar=dollar, yen=yen,
        per_row=per_row, corrupt=corrupt)
    return got


#: The columns of :func:`check_warc`, as ``check --warc`` writes its records (with ``file``).
WARC_SCHEMA = ("file string, id string, line long, status string, url string, "
               "warc_date string, offset long, title string, date string, date_source string, "
               "date_evidence string, verdicts map<string,int>, report string, "
               "error struct<type:string,message:string>")


def check_warc(session: Any, paths: Sequence[str], *, date: str | None = None,
               tolerance: Tolerance | None = None,
               conventions: Conventions | None = None) -> DataFrame:
    """Check every HTML page of the WARC files ``paths`` (local or on a file system each
    executor reads), one task per file: the rows ``moneyfacts check --warc`` writes for each,
    with the ``file`` first and the ``report`` as JSON text (:data:`WARC_SCHEMA`). A broken
    archive ends with its error row, every page before it kept.

    Example: ``mfs.check_warc(spark, glob.glob("CC-NEWS-*.warc.gz")).write.parquet("out")``.
    """
    _require()
    from moneyfacts.verify import date_spec
    from moneyfacts.warc import Options

    paths = [paths] if isinstance(paths, str) else list(paths)
    if not paths or not all(isinstance(p, str) for p in paths):
        raise InputError("check_warc needs a list of WARC paths")
    date_spec(date)
    opts = Options(date=date, tolerance=tolerance, conventions=conventions)

    def one(path: str) -> Iterator[tuple[Any, ...]]:
        import json

        from moneyfacts import warc

        warm()
        for rec in warc.rows(path, opts):
            report = rec.get("report")
            yield (path, rec.get("id"), rec.get("line"), rec["status"], rec.get("url"),
                   rec.get("warc_date"), rec.get("offset"), rec.get("title"), rec.get("date"),
                   rec.get("date_source"), rec.get("date_evidence"), rec.get("verdicts"),
                   None if report is None else json.dumps(report, ensure_ascii=False),
                   rec.get("error"))

    rdd = session.sparkContext.parallelize(paths, len(paths)).flatMap(one)
    return session.createDataFrame(rdd, WARC_SCHEMA)
