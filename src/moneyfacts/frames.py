"""Dataframes: mentions and findings of a column of texts as flat, typed tables.

:func:`mentions` gives one row per amount read, :func:`findings` one row per stated
equivalent checked. Both take a :class:`pyarrow.Table` or a :class:`pandas.DataFrame` and
return the same kind of table. pandas and pyarrow are optional: ``pip install
"moneyfacts[frames]"``.

Columns are typed. Amounts (value, low, high, precision, expected low/high, deviation) are
``decimal128(38, 10)``: exact for every amount news writes (up to 10²⁸, down to 10⁻¹⁰; 450
trillion and 0.000001 both fit). An amount that would not fit exactly is left null and the
row's ``exact`` column is False, never rounded. Rates are ``decimal128(38, 18)``: a cross
rate is a 28-digit quotient, rounded here to 18 decimal places. Floats are never used;
pandas receives :class:`~decimal.Decimal` objects.

Mentions columns: ``row`` (0-based input row), the id column if asked for, ``mention``
(index in its text), ``start``, ``end``, ``text``, ``kind``, ``unit``, ``value``, ``low``,
``high``, ``qualifier``, ``per``, ``precision``, ``assumed``, ``exact``, and for a measure
(``kind == "measure"``, whose ``unit``/``per`` are pint spellings) ``base_unit``, the pint
spelling of its SI base unit (per-unit included: ``meter ** 3 / second``), and ``base_value``,
``base_low``, ``base_high``, the amounts in it (:func:`moneyfacts.units.to_base`); null for
other kinds.

Findings columns: ``row``, the id column, ``finding``, ``date`` (the article date as given),
``original_text``, ``original_unit``, ``original_value``, ``original_low``,
``original_high``, ``stated_text``, ``stated_unit``, ``stated_value``, ``stated_low``,
``stated_high``, ``verdict``, ``expected_low``, ``expected_high``, ``deviation``,
``cause_kind``, ``cause_currency``, ``cause_factor``, ``cause_date``, ``rate_value``
(stated units per original unit, on the article date), ``rate_date``, ``rate_source``,
``explanation``, ``exact`` and ``error``: a row whose text or date cannot be checked
yields one row with ``error`` set and no finding; nothing is dropped.

Example (skipped without the ``frames`` extra):

>>> import pytest; pd = pytest.importorskip("pandas"); _ = pytest.importorskip("pyarrow")
>>> df = pd.DataFrame({"id": ["a1", "a2"], "date": ["2025-01-22", "2025-01-22"],
...                    "text": ["It paid 40 billion yuan ($5.5 billion).",
...                             "It paid 40 billion yuan ($5.5 million)."]})
>>> out = findings(df, id="id")
>>> list(zip(out["id"], out["verdict"], out["deviation"].map(str)))
[('a1', 'consistent', '-0.0008000000'), ('a2', 'inconsistent', '-0.9990000000')]
>>> out["expected_low"].tolist()
[Decimal('5456000000.0000000000'), Decimal('5455777000.0000000000')]
>>> m = mentions(df, id="id")
>>> list(zip(m["id"], m["unit"], m["value"].map(str)))[:2]
[('a1', 'CNY', '40000000000.0000000000'), ('a1', 'USD', '5500000000.0000000000')]
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from decimal import Context, Decimal, Inexact, InvalidOperation, Rounded
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

    from moneyfacts.models import Quantity

__all__ = [
    "mentions",
    "findings",
    "mentions_schema",
    "findings_schema",
    "AMOUNT_TYPE",
    "RATE_TYPE",
]

#: (precision, scale) of the amount columns and the rate column.
AMOUNT_TYPE = (38, 10)
RATE_TYPE = (38, 18)
_AMOUNT_Q = Decimal(1).scaleb(-AMOUNT_TYPE[1])
_AMOUNT_MAX = Decimal(10) ** (AMOUNT_TYPE[0] - AMOUNT_TYPE[1])
_RATE_Q = Decimal(1).scaleb(-RATE_TYPE[1])
_EXACT = Context(prec=AMOUNT_TYPE[0], traps=[Inexact, Rounded, InvalidOperation])
_ROUND = Context(prec=RATE_TYPE[0])


def _require(extra: str, *modules: str) -> None:
    missing = []
    for m in modules:
        try:
            __import__(m)
        except ImportError:
            missing.append(m)
    if missing:
        raise ImportError(
            f"moneyfacts.{extra} needs {' and '.join(missing)}: "
            f'pip install "moneyfacts[{extra}]"'
        )


def _pa() -> Any:
    _require("frames", "pyarrow")
    import pyarrow

    return pyarrow


# --- schemas ---------------------------------------------------------------------------------


def _key_fields(pa: Any, id_field: str | None, id_type: pa.DataType | None) -> list[pa.Field]:
    """The columns that say which input row a table row comes from: row, and the id."""
    fields = [pa.field("row", pa.int64(), nullable=False)]
    if id_field is not None:
        fields.append(pa.field(id_field, id_type or pa.string()))
    return fields


def mentions_schema(id_field: str | None = None, id_type: pa.DataType | None = None) -> pa.Schema:
    """The Arrow schema of :func:`mentions` (with an id column when ``id_field`` is given)."""
    pa = _pa()
    amount = pa.decimal128(*AMOUNT_TYPE)
    fields = _key_fields(pa, id_field, id_type)
    fields += [
        pa.field("mention", pa.int32(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("unit", pa.string(), nullable=False),
        pa.field("value", amount),
        pa.field("low", amount),
        pa.field("high", amount),
        pa.field("qualifier", pa.string()),
        pa.field("per", pa.string()),
        pa.field("precision", amount),
        pa.field("assumed", pa.string()),
        pa.field("exact", pa.bool_(), nullable=False),
        pa.field("base_unit", pa.string()),
        pa.field("base_value", amount),
        pa.field("base_low", amount),
        pa.field("base_high", amount),
    ]
    return pa.schema(fields)


def findings_schema(id_field: str | None = None, id_type: pa.DataType | None = None) -> pa.Schema:
    """The Arrow schema of :func:`findings` (with an id column when ``id_field`` is given)."""
    pa = _pa()
    amount = pa.decimal128(*AMOUNT_TYPE)
    fields = _key_fields(pa, id_field, id_type)
    fields += [pa.field("finding", pa.int32()), pa.field("date", pa.string())]
    for side in ("original", "stated"):
        fields += [
            pa.field(f"{side}_text", pa.string()),
            pa.field(f"{side}_unit", pa.string()),
            pa.field(f"{side}_value", amount),
            pa.field(f"{side}_low", amount),
            pa.field(f"{side}_high", amount),
        ]
    fields += [
        pa.field("verdict", pa.string()),
        pa.field("expected_low", amount),
        pa.field("expected_high", amount),
        pa.field("deviation", amount),
        pa.field("cause_kind", pa.string()),
        pa.field("cause_currency", pa.string()),
        pa.field("cause_factor", amount),
        pa.field("cause_date", pa.date32()),
        pa.field("rate_value", pa.decimal128(*RATE_TYPE)),
        pa.field("rate_date", pa.date32()),
        pa.field("rate_source", pa.string()),
        pa.field("explanation", pa.string()),
        pa.field("exact", pa.bool_(), nullable=False),
        pa.field("error", pa.string()),
    ]
    return pa.schema(fields)


# --- rows ------------------------------------------------------------------------------------


class _Row(dict[str, Any]):
    """One output row; ``amount`` stores a Decimal only when it fits exactly."""

    def amount(self, key: str, d: Decimal | None) -> None:
        if d is None:
            self[key] = None
            return
        try:
            q = d.quantize(_AMOUNT_Q, context=_EXACT)
        except (Inexact, Rounded, InvalidOperation):
            q = None
        if q is None or abs(q) >= _AMOUNT_MAX:
            self[key] = None
            self["exact"] = False
        else:
            self[key] = q


def _missing(x: Any) -> bool:
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    try:  # pandas NaT / NA
        return bool(x != x)
    except (TypeError, ValueError):
        return False


def _date_value(x: Any) -> Any:
    if _missing(x):
        return None
    if hasattr(x, "to_pydatetime"):  # pandas Timestamp
        return x.to_pydatetime().date()
    if isinstance(x, dt.datetime):
        return x.date()
    return x


def _mention_rows(row: int, rid: Any, text: Any, dollar: str, yen: str) -> list[_Row]:
    from moneyfacts.grammar import scan

    if _missing(text):
        return []
    out = []
    for i, q in enumerate(scan(str(text), dollar=dollar, yen=yen)):
        r = _Row(row=row, rid=rid, mention=i, start=q.start, end=q.end, text=q.text, kind=q.kind,
                 unit=q.unit, qualifier=q.qualifier, per=q.per, assumed=q.assumed, exact=True)
        for k in ("value", "low", "high", "precision"):
            r.amount(k, getattr(q, k))
        r["base_unit"] = r["base_value"] = r["base_low"] = r["base_high"] = None
        if q.kind == "measure":
            from moneyfacts.units import to_base

            base = to_base(q)
            r["base_unit"] = base.unit
            for k in ("value", "low", "high"):
                r.amount(f"base_{k}", getattr(base, k))
        out.append(r)
    return out


def _side(r: _Row, side: str, q: Quantity) -> None:
    r[f"{side}_text"] = q.text
    r[f"{side}_unit"] = q.unit
    for k in ("value", "low", "high"):
        r.amount(f"{side}_{k}", getattr(q, k))


def _finding_rows(row: int, rid: Any, text: Any, date: Any, *, default_date: Any,
                  window: int | None, dollar: str, yen: str) -> list[_Row]:
    from moneyfacts.verify import check

    if _missing(text):
        return []
    date = _date_value(date)
    if date is None:
        date = default_date
    try:
        if not isinstance(text, str):
            raise TypeError(f"the text is {type(text).__name__}, not a string")
        report = check(text, date=date, window=window, dollar=dollar, yen=yen)
    except Exception as exc:  # noqa: BLE001 - a bad row becomes an error row
        return [_Row(row=row, rid=rid, date=None if date is None else str(date), exact=True,
                     error=f"{type(exc).__name__}: {exc}")]
    out = []
    for i, f in enumerate(report.findings):
        r = _Row(row=row, rid=rid, finding=i, date=report.date, verdict=f.verdict,
                 explanation=f.explanation, exact=True, error=None)
        _side(r, "original", f.original)
        _side(r, "stated", f.stated)
        r.amount("expected_low", f.expected.low if f.expected else None)
        r.amount("expected_high", f.expected.high if f.expected else None)
        r.amount("deviation", f.deviation)
        c = f.cause
        r["cause_kind"] = c.kind if c else None
        r["cause_currency"] = c.currency if c else None
        r["cause_date"] = c.date if c else None
        r.amount("cause_factor", c.factor if c else None)
        rate = f.rate[0] if f.rate else None
        r["rate_value"] = rate.value.quantize(_RATE_Q, context=_ROUND) if rate else None
        r["rate_date"] = rate.date if rate else None
        r["rate_source"] = rate.source if rate else None
        out.append(r)
    return out


def _build(rows: list[_Row], schema: pa.Schema, id_field: str | None, ids: Any) -> pa.Table:
    """An Arrow table of ``rows``; the id column is taken from the input's ids (same type)."""
    pa = _pa()
    cols = {}
    for f in schema:
        if f.name == id_field:
            continue
        cols[f.name] = pa.array([r.get(f.name) for r in rows], type=f.type)
    if id_field is not None:
        take = pa.array([r["row"] for r in rows], type=pa.int64())
        cols[id_field] = ids.take(take) if len(rows) else pa.array([], type=ids.type)
    return pa.table([cols[f.name] for f in schema], schema=schema)


# --- public functions --------------------------------------------------------------------------


def _columns(data: Any, names: Sequence[str | None]) -> tuple[bool, list[Any], dict[str, Any]]:
    """(is pandas, column names present, python lists and the arrow id array)."""
    pa = _pa()
    is_pandas = type(data).__module__.startswith("pandas")
    if is_pandas:
        _require("frames", "pandas")
        table_cols = set(data.columns)
    elif isinstance(data, (pa.Table, pa.RecordBatch)):
        table_cols = set(data.schema.names)
    else:
        raise TypeError(f"expected a pyarrow Table or a pandas DataFrame, not {type(data).__name__}")
    out: dict[str, Any] = {}
    for name in names:
        if name is None:
            continue
        if name not in table_cols:
            raise KeyError(f"no column {name!r} (columns: {', '.join(map(str, sorted(table_cols)))})")
        if is_pandas:
            out[name] = data[name].tolist()
        else:
            out[name] = data.column(name).to_pylist()
    return is_pandas, list(table_cols), out


def _id_array(data: Any, id_field: str | None, is_pandas: bool) -> Any:
    if id_field is None:
        return None
    pa = _pa()
    if is_pandas:
        return pa.array(data[id_field].tolist(), from_pandas=True)
    col = data.column(id_field)
    return col.combine_chunks() if hasattr(col, "combine_chunks") else col


def _finish(table: pa.Table, is_pandas: bool) -> Any:
    return table.to_pandas() if is_pandas else table


def mentions(data: pa.Table | pd.DataFrame, *, text: str = "text", id: str | None = None,
             dollar: str = "USD", yen: str = "JPY") -> Any:
    """One row per amount read in the ``text`` column (see the module for the columns).

    Returns a table of the kind given: Arrow in, Arrow out; pandas in, pandas out.
    """
    is_pandas, _, cols = _columns(data, [text, id])
    ids = _id_array(data, id, is_pandas)
    rows = [r for i, t in enumerate(cols[text]) for r in _mention_rows(i, None, t, dollar, yen)]
    schema = mentions_schema(id, ids.type if ids is not None else None)
    return _finish(_build(rows, schema, id, ids), is_pandas)


def findings(data: pa.Table | pd.DataFrame, *, text: str = "text", date: str | None = "date",
             id: str | None = None, default_date: dt.date | str | None = None,
             window: int | None = None, dollar: str = "USD", yen: str = "JPY") -> Any:
    """One row per stated equivalent in the ``text`` column, checked at the row's ``date``.

    ``date`` names the date column (ignored when the table has none); a missing or null date
    is ``default_date`` (None: the check lists consistent date ranges instead). A row that
    cannot be checked (unreadable date, not a string) gives one row with ``error`` set.
    """
    is_pandas, present, _ = _columns(data, [text, id])
    use_date = date if date is not None and date in present else None
    _, _, cols = _columns(data, [text, use_date])
    ids = _id_array(data, id, is_pandas)
    dates = cols[use_date] if use_date else [None] * len(cols[text])
    check_row: Callable[..., list[_Row]] = _finding_rows
    rows = [r for i, (t, d) in enumerate(zip(cols[text], dates, strict=True))
            for r in check_row(i, None, t, d, default_date=default_date, window=window,
                               dollar=dollar, yen=yen)]
    schema = findings_schema(id, ids.type if ids is not None else None)
    return _finish(_build(rows, schema, id, ids), is_pandas)
