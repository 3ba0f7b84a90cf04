"""Dataframes: mentions and findings of a column of texts as flat, typed tables.

:func:`mentions` gives one row per amount read, :func:`findings` one row per stated
equivalent checked, :func:`summary` exactly one row per input row. Each takes a
:class:`pyarrow.Table` or a :class:`pandas.DataFrame` and returns the same kind of table.
pandas and pyarrow are optional: ``pip install "moneyfacts[frames]"``.

Nothing is dropped. An input row that cannot be read (a null, NaN, ``pd.NA`` or non-string
text, ``bytes`` included; an unreadable date; a bad per-row option) gives one row with
``error`` set to the reason and the other result columns null. An input row with no amount
or no stated equivalent gives no row in :func:`mentions` or :func:`findings`; use
:func:`summary` (one row per input, with counts) to tell it from a lost one.

Columns are typed, and the types never depend on the data. Amounts (value, low, high,
precision, expected low/high, deviation) are ``decimal128(38, 10)``: exact for every amount
news writes (up to 10²⁸, down to 10⁻¹⁰; 450 trillion and 0.000001 both fit). An amount that
would not fit exactly is left null and the row's ``exact`` column is False, never rounded.
Rates are ``decimal128(38, 18)``: a cross rate is a 28-digit quotient, rounded here to 18
decimal places. Floats are never used. :func:`mentions_schema`, :func:`findings_schema` and
:func:`summary_schema` give the Arrow schemas. A pandas result has nullable pandas types
(``Int32``/``Int64`` counts and indexes, ``boolean``, ``string``) and Arrow-backed
``decimal128(38, 10)[pyarrow]`` amounts and ``date32[pyarrow]`` dates, so that its types are
the same for every input and ``DataFrame.to_parquet`` writes the documented decimals; each
amount reads back as a :class:`~decimal.Decimal`.

Mentions columns: ``row`` (0-based input row), the id column and the ``keep`` columns if
asked for, ``mention`` (index in its text), ``start``, ``end``, ``text``, ``kind``, ``unit``,
``value``, ``low``, ``high``, ``qualifier``, ``per``, ``precision``, ``assumed``, ``exact``,
``error``, and for a measure (``kind == "measure"``, whose ``unit``/``per`` are pint
spellings) ``base_unit``, the pint spelling of its SI base unit (per-unit included:
``meter ** 3 / second``), and ``base_value``, ``base_low``, ``base_high``, the amounts in it
(:func:`moneyfacts.units.to_base`); null for other kinds.

Findings columns: ``row``, the id and ``keep`` columns, ``finding``, ``date`` (the article
date checked: the row's, else the text's own, a day or ``START/END``), ``date_source`` and
``date_evidence`` (how it was dated, see :mod:`moneyfacts.dating`), ``subject`` (:attr:`moneyfacts.Finding.subject`: ``"equivalent"`` for a stated
equivalent, ``"stated_rate"`` for a rate the article prints), ``kind`` (``"money"``, or
``"unit"`` for two measures), ``form`` (how the pair is linked: ``"paren"``, ``"implied"``
...), ``evidence`` (the subject word or link phrase of a pair in two sentences),
``original_text``, ``original_unit``, ``original_value``, ``original_low``,
``original_high``, ``stated_text``, ``stated_unit``, ``stated_value``, ``stated_low``,
``stated_high``, ``verdict``, ``expected_low``, ``expected_high``, ``deviation``,
``cause_kind``, ``cause_currency``, ``cause_factor``, ``cause_date``, ``rate_value``
(stated units per original unit, on the article date), ``rate_date``, ``rate_source``,
``explanation``, ``exact`` and ``error``.

Summary columns: ``row``, the id and ``keep`` columns, ``date``, ``date_source``,
``date_evidence``, ``status`` (``"ok"`` or
``"error"``, as in :func:`moneyfacts.check_many`), ``mentions``, ``skipped`` (amounts left
out, e.g. an ambiguous ``kr``), ``findings``, ``consistent``, ``inconsistent``,
``unverifiable`` (counts, null on an error row) and ``error``.

Options, checked once when the function is called (a bad one raises a
:mod:`moneyfacts.errors` type before any row is read): the column names (``text``, ``date``,
``id``, ``keep``; a ``date`` column that is not there raises, ``date=None`` checks without
one), ``default_date`` (the date of rows whose date is null), ``window`` and ``tolerance``
(:class:`moneyfacts.verify.Tolerance`), ``conventions`` (:class:`moneyfacts.Conventions`)
and its ``dollar``/``yen`` shorthands. ``per_row`` names columns that override ``dollar``,
``yen``, ``locale`` or ``window`` row by row (a null keeps the call's value), as the
``dollar``/``yen`` fields of a JSON Lines record do; ``territory`` (the publisher's, ISO
3166-1) and ``url`` (the page's address, whose country-code domain names the territory when
no ``territory`` is given: :mod:`moneyfacts.publisher`). An id or ``keep`` column named like an
output column (``"row"``, ``"date"``, ``"verdict"``, …) is refused: rename it first.

Dates may be ``date``/``datetime``/Timestamp values or strings: ``"2025-01-22"``,
``"2025-01"``, ``"2025"``, or a timestamp such as ``"2025-01-22T10:00:00Z"`` or
``"2025-01-22 10:00:00 +0000"``, whose day is taken as written (no time-zone conversion).

Example (skipped without the ``frames`` extra):

>>> import pytest; pd = pytest.importorskip("pandas"); _ = pytest.importorskip("pyarrow")
>>> df = pd.DataFrame({"id": ["a1", "a2", "a3"], "date": ["2025-01-22"] * 3,
...                    "text": ["It paid 40 billion yuan ($5.5 billion).",
...                             "It paid 40 billion yuan ($5.5 million).", None]})
>>> out = findings(df, id="id")
>>> list(zip(out["id"], out["verdict"].fillna("-"), out["deviation"].dropna().map(str)))
[('a1', 'consistent', '-0.0008000000'), ('a2', 'inconsistent', '-0.9990000000')]
>>> out["expected_low"].dropna().tolist()
[Decimal('5491000000.0000000000'), Decimal('5491298000.0000000000')]
>>> out["id"][out["error"].notna()].tolist(), out["error"].dropna().tolist()
(['a3'], ["the 'text' field is null, not a string"])
>>> m = mentions(df, id="id")
>>> list(zip(m["id"], m["unit"], m["value"].map(str)))[:2]
[('a1', 'CNY', '40000000000.0000000000'), ('a1', 'USD', '5500000000.0000000000')]
>>> s = summary(df, id="id")
>>> s[["id", "status", "findings", "inconsistent"]].to_dict("records")[1]
{'id': 'a2', 'status': 'ok', 'findings': 1, 'inconsistent': 1}
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Context, Decimal, Inexact, InvalidOperation, Rounded
from typing import TYPE_CHECKING, Any

from moneyfacts.conventions import Conventions
from moneyfacts.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

    from moneyfacts.models import Quantity, Report
    from moneyfacts.rates.store import RateStore
    from moneyfacts.verify import Tolerance

__all__ = [
    "mentions",
    "findings",
    "summary",
    "findings_and_summary",
    "mentions_schema",
    "findings_schema",
    "summary_schema",
    "PER_ROW_OPTIONS",
    "AMOUNT_TYPE",
    "RATE_TYPE",
]

#: (precision, scale) of the amount columns and the rate column.
AMOUNT_TYPE = (38, 10)
RATE_TYPE = (38, 18)
#: The options a ``per_row`` column may override.
PER_ROW_OPTIONS = ("dollar", "yen", "locale", "window", "territory", "url")
_AMOUNT_Q = Decimal(1).scaleb(-AMOUNT_TYPE[1])
_AMOUNT_MAX = Decimal(10) ** (AMOUNT_TYPE[0] - AMOUNT_TYPE[1])
_RATE_Q = Decimal(1).scaleb(-RATE_TYPE[1])
_EXACT = Context(prec=AMOUNT_TYPE[0], traps=[Inexact, Rounded, InvalidOperation])
_ROUND = Context(prec=RATE_TYPE[0])
_VERDICTS = ("consistent", "loose", "inconsistent", "unverifiable")


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


def _key_fields(pa: Any, id_field: str | None, id_type: pa.DataType | None,
                keep: Sequence[pa.Field]) -> list[pa.Field]:
    """The columns that say which input row a table row comes from: row, the id, kept ones."""
    fields = [pa.field("row", pa.int64(), nullable=False)]
    if id_field is not None:
        fields.append(pa.field(id_field, id_type or pa.string()))
    fields += [f.with_nullable(True) for f in keep]
    return fields


def mentions_schema(id_field: str | None = None, id_type: pa.DataType | None = None,
                    keep: Sequence[pa.Field] = ()) -> pa.Schema:
    """The Arrow schema of :func:`mentions`: ``row``, the id (``id_field`` of ``id_type``,
    string by default) and ``keep`` columns, then the mention columns.

    >>> import pytest; _ = pytest.importorskip("pyarrow")
    >>> s = mentions_schema()
    >>> s.names[:3], str(s.field("value").type)
    (['row', 'mention', 'start'], 'decimal128(38, 10)')
    """
    pa = _pa()
    amount = pa.decimal128(*AMOUNT_TYPE)
    fields = _key_fields(pa, id_field, id_type, keep)
    fields += [
        pa.field("mention", pa.int32()),
        pa.field("start", pa.int32()),
        pa.field("end", pa.int32()),
        pa.field("text", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("unit", pa.string()),
        pa.field("value", amount),
        pa.field("low", amount),
        pa.field("high", amount),
        pa.field("qualifier", pa.string()),
        pa.field("per", pa.string()),
        pa.field("precision", amount),
        pa.field("assumed", pa.string()),
        pa.field("exact", pa.bool_(), nullable=False),
        pa.field("error", pa.string()),
        pa.field("base_unit", pa.string()),
        pa.field("base_value", amount),
        pa.field("base_low", amount),
        pa.field("base_high", amount),
    ]
    return pa.schema(fields)


def findings_schema(id_field: str | None = None, id_type: pa.DataType | None = None,
                    keep: Sequence[pa.Field] = ()) -> pa.Schema:
    """The Arrow schema of :func:`findings` (``row``, the id and ``keep`` columns first).

    >>> import pytest; _ = pytest.importorskip("pyarrow")
    >>> s = findings_schema("id")
    >>> s.names[:4], str(s.field("rate_value").type), str(s.field("finding").type)
    (['row', 'id', 'finding', 'date'], 'decimal128(38, 18)', 'int32')
    """
    pa = _pa()
    amount = pa.decimal128(*AMOUNT_TYPE)
    fields = _key_fields(pa, id_field, id_type, keep)
    fields += [pa.field("finding", pa.int32()), pa.field("date", pa.string()),
               pa.field("date_source", pa.string()), pa.field("date_evidence", pa.string()),
               pa.field("subject", pa.string()), pa.field("kind", pa.string()),
               pa.field("form", pa.string()), pa.field("evidence", pa.string())]
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


def summary_schema(id_field: str | None = None, id_type: pa.DataType | None = None,
                   keep: Sequence[pa.Field] = ()) -> pa.Schema:
    """The Arrow schema of :func:`summary` (``row``, the id and ``keep`` columns first).

    >>> import pytest; _ = pytest.importorskip("pyarrow")
    >>> summary_schema().names
    ['row', 'date', 'date_source', 'date_evidence', 'status', 'mentions', 'skipped', 'findings', 'consistent', 'loose', 'inconsistent', 'unverifiable', 'error']
    """
    pa = _pa()
    fields = _key_fields(pa, id_field, id_type, keep)
    fields += [pa.field("date", pa.string()), pa.field("date_source", pa.string()),
               pa.field("date_evidence", pa.string()),
               pa.field("status", pa.string(), nullable=False)]
    fields += [pa.field(name, pa.int32()) for name in
               ("mentions", "skipped", "findings", *_VERDICTS)]
    fields.append(pa.field("error", pa.string()))
    return pa.schema(fields)


_SCHEMAS: dict[str, Callable[..., pa.Schema]] = {
    "mentions": mentions_schema, "findings": findings_schema, "summary": summary_schema}


# --- options -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    """The validated options of one call (picklable: Spark ships it to the executors)."""

    kind: str
    text: str
    date: str | None = None
    id: str | None = None
    keep: tuple[str, ...] = ()
    default_date: dt.date | str | None = None
    tolerance: Tolerance | None = None
    conventions: Conventions | None = None
    per_row: tuple[tuple[str, str], ...] = ()
    corrupt: str | None = None
    store: RateStore | None = None
    #: A column naming the JSON type of each text (Spark's ``schema_of_variant``), if any.
    text_type: str | None = None

    def inputs(self) -> list[str]:
        """The input columns read, each once."""
        names = [self.id, *self.keep, self.text, self.date, *(c for _, c in self.per_row),
                 self.corrupt, self.text_type]
        return [n for n in dict.fromkeys(names) if n is not None]


def _name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InputError(f"{what} must be a column name, not {value!r}")
    return value


def _window(value: Any, where: str) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{where} must be a whole number of days, not {value!r}")
    if value < 0 or value > 36600:
        raise InputError(f"{where} must be between 0 and 36600 days, not {value}")
    return value


def _keep(keep: Any, id: str | None) -> tuple[str, ...]:
    """keep=: the column names to carry into the output, once each, the id column left out."""
    if keep is None:
        return ()
    if isinstance(keep, str) or not isinstance(keep, Iterable):
        raise InputError(f"keep= must be a list of column names, not {keep!r}")
    return tuple(k for k in dict.fromkeys(_name(k, "a keep= entry") for k in keep) if k != id)


def _per_row(per_row: Any) -> tuple[tuple[str, str], ...]:
    """per_row=: (option, column) pairs from a mapping, or from a list of names that are both."""
    if per_row is None:
        return ()
    if isinstance(per_row, Mapping):
        pairs = list(per_row.items())
    elif isinstance(per_row, Iterable) and not isinstance(per_row, str):
        pairs = [(k, k) for k in per_row]
    else:
        raise InputError(f"per_row= must map option names to column names, not {per_row!r}")
    rows: list[tuple[str, str]] = []
    for opt, col in pairs:
        if opt not in PER_ROW_OPTIONS:
            raise InputError(f"per_row= cannot set {opt!r}; it sets {', '.join(PER_ROW_OPTIONS)}")
        rows.append((opt, _name(col, f"per_row[{opt!r}]")))
    return tuple(rows)


def _outputs_free(kind: str, id: str | None, keep: tuple[str, ...], drop_row: bool) -> None:
    """Raise if the id or a kept column has the name of an output column of ``kind``."""
    outputs = set(_SCHEMAS[kind]().names)
    if drop_row:
        outputs.discard("row")
    for name, what in [(id, "id"), *((k, "keep") for k in keep)]:
        if name is not None and name in outputs:
            raise InputError(f"the {what} column {name!r} has the name of an output column of "
                             f"{kind}(); rename it first (output columns: "
                             f"{', '.join(sorted(outputs))})")


def _tolerance_with(tolerance: Any, window: Any) -> Any:
    """tolerance= checked, with window= (the days a rate may be looked for) put in it."""
    from moneyfacts.verify import Tolerance

    if window is not None:
        window = _window(window, "window=")
    if tolerance is not None and not isinstance(tolerance, Tolerance):
        raise InputError(f"tolerance= must be a moneyfacts.verify.Tolerance, not {type(tolerance).__name__}")
    if window is not None:
        tolerance = Tolerance(**{**(tolerance or Tolerance()).__dict__, "window": window})
    return tolerance


def _options(kind: str, columns: Iterable[Any], *, text: Any, date: Any = None, id: Any = None,
             keep: Any = None, default_date: Any = None, window: Any = None,
             tolerance: Any = None, conventions: Any = None, dollar: Any = None,
             yen: Any = None, per_row: Any = None, corrupt: str | None = None,
             drop_row: bool = False, store: Any = None,
             text_type: str | None = None) -> _Options:
    """Check every option once, before any row is read; raises a moneyfacts error."""
    from moneyfacts.verify import date_spec

    present = [str(c) for c in columns]
    text = _name(text, "text=")
    date = None if date is None else _name(date, "date=")
    id = None if id is None else _name(id, "id=")
    keep = _keep(keep, id)
    rows = _per_row(per_row)
    _outputs_free(kind, id, keep, drop_row)
    tolerance = _tolerance_with(tolerance, window)
    conv = Conventions.of(conventions, dollar=dollar, yen=yen)
    if store is not None:
        from moneyfacts.rates.store import RateStore

        if not isinstance(store, RateStore):
            raise InputError(f"store= must be a moneyfacts.rates.store.RateStore, not "
                             f"{type(store).__name__}")
    if default_date is not None:
        default_date = _date_value(default_date, "default_date=")
        date_spec(default_date)  # raises InputError on a bad one
    opts = _Options(kind=kind, text=text, date=date, id=id, keep=keep, default_date=default_date,
                    tolerance=tolerance, conventions=conv, per_row=tuple(rows), corrupt=corrupt,
                    store=store, text_type=text_type)
    missing = [c for c in opts.inputs() if c not in present and c != corrupt]
    if missing:
        hint = "; pass date=None to check without a date column" if missing == [date] else ""
        raise InputError(f"no column {missing[0]!r} (columns: {', '.join(sorted(present))}){hint}")
    return opts


# --- values ----------------------------------------------------------------------------------


def _missing(x: Any) -> bool:
    """None, NaN, pandas NA and NaT: all the ways a table says 'no value'."""
    if x is None:
        return True
    if isinstance(x, float):
        return math.isnan(x)
    if isinstance(x, Decimal):
        return x.is_nan()
    return type(x).__name__ in ("NAType", "NaTType")


_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                    r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$")


def _date_value(x: Any, where: str) -> dt.date | str | None:
    """A date as ``check`` takes it; a timestamp (value or ISO string) gives its day as written."""
    if _missing(x):
        return None
    if hasattr(x, "to_pydatetime"):  # pandas Timestamp
        x = x.to_pydatetime()
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    if isinstance(x, str):
        m = _STAMP.match(x.strip())
        if m and int(m.group(2)) < 24 and int(m.group(3)) < 60 and int(m.group(4) or 0) < 61:
            try:
                return dt.date.fromisoformat(m.group(1))
            except ValueError:
                pass
        return x
    raise InputError(f"{where} is {_json_kind(x)}, not a date string")


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


def _row_conventions(base: Conventions | None, given: dict[str, Any]) -> Conventions:
    """The conventions of one row: the call's, with its per-row ``dollar``/``yen``/``locale``,
    its ``territory`` (the caller's) or else the territory of its ``url``'s country-code domain
    (:mod:`moneyfacts.publisher`)."""
    from moneyfacts.publisher import territory_of_url

    given = dict(given)
    territory, url = given.pop("territory", None), given.pop("url", None)
    conv = Conventions.of(base, **given)
    if territory is not None:
        return replace(conv, territory=territory, territory_from=None)
    return conv.with_territory(territory_of_url(url) if isinstance(url, str) else None)


class _Reader:
    """Reads one input row: its text, date and options, or the reason it cannot be read."""

    def __init__(self, opts: _Options, cols: dict[str, list[Any]]) -> None:
        self.opts = opts
        self.cols = cols
        self.cache: dict[Any, Conventions | Exception] = {}
        self.checked: dict[Any, Any] = {}

    def text(self, i: int) -> str:
        o = self.opts
        if o.corrupt is not None and o.corrupt in self.cols:
            bad = self.cols[o.corrupt][i]
            if not _missing(bad):
                raise InputError(f"the input record is malformed (Spark put it in {o.corrupt!r}): "
                                 f"{str(bad)[:200]!r}")
        if o.text_type is not None:
            kind = self.cols[o.text_type][i]
            if not _missing(kind) and kind not in ("STRING", "VOID"):
                raise InputError(f"the {o.text!r} field is {_json_words(kind)}, not a string")
        t = self.cols[o.text][i]
        # The same words as check --jsonl and check_many, so that errors group across paths.
        if _missing(t):
            raise InputError(f"the {o.text!r} field is null, not a string")
        if isinstance(t, (bytes, bytearray, memoryview)):
            raise InputError(f"the {o.text!r} field is bytes, not a string (decode it first)")
        if not isinstance(t, str):
            raise InputError(f"the {o.text!r} field is {_json_kind(t)}, not a string")
        return t

    def date(self, i: int) -> dt.date | str | None:
        o = self.opts
        if o.date is None:
            return o.default_date
        d = _date_value(self.cols[o.date][i], f"the {o.date!r} field")
        return o.default_date if d is None else d

    def conventions(self, i: int) -> Conventions | None:
        o = self.opts
        given = {opt: self.cols[col][i] for opt, col in o.per_row
                 if opt != "window" and not _missing(self.cols[col][i])}
        if not given:
            return o.conventions
        key = tuple(sorted((k, repr(v)) for k, v in given.items()))
        got = self.cache.get(key)
        if got is None:
            try:
                got = _row_conventions(o.conventions, given)
            except Exception as exc:  # noqa: BLE001 - a bad row value becomes an error row
                got = exc
            self.cache[key] = got
        if isinstance(got, Exception):
            raise got
        return got

    def url(self, i: int) -> str | None:
        """The row's page address (``per_row={"url": column}``), or None."""
        for opt, col in self.opts.per_row:
            value = self.cols[col][i]
            if opt == "url" and isinstance(value, str) and value:
                return value
        return None

    def tolerance(self, i: int) -> Tolerance | None:
        from moneyfacts.verify import Tolerance

        o = self.opts
        for opt, col in o.per_row:
            value = self.cols[col][i]
            if opt == "window" and not _missing(value):
                window = _window(value, f"the {col!r} column")
                return Tolerance(**{**(o.tolerance or Tolerance()).__dict__, "window": window})
        return o.tolerance

    def check(self, i: int) -> tuple[str | None, Report]:
        """(the date label, the report), once per row however many tables ask for it;
        raises on a row that cannot be checked (again, when asked again)."""
        key = ("check", i)
        if key not in self.checked:
            try:
                self.checked[key] = self._check(i)
            except Exception as exc:  # noqa: BLE001 - raised again for each table
                self.checked[key] = exc
        got = self.checked[key]
        if isinstance(got, Exception):
            raise got
        done: tuple[str | None, Report] = got
        return done

    def _check(self, i: int) -> tuple[str | None, Report]:
        from moneyfacts.verify import check, date_spec

        from moneyfacts.pages import article_text

        from moneyfacts.publisher import page_meta, with_page

        # A page is read for its main text; no date given: the page's or the text's own.
        text, date, meta = article_text(self.text(i), self.date(i), url=self.url(i))
        label = date_spec(date).label
        given = self.conventions(i)
        report = check(text, date=date, tolerance=self.tolerance(i),
                       conventions=with_page(given, meta), store=self.opts.store)
        report.meta.update(page_meta(given, meta))
        return label, report

    def date_label(self, i: int) -> str | None:
        """The row's date as a string, for an error row (None when it is unreadable)."""
        try:
            d = self.date(i)
        except InputError:
            return None
        return None if d is None else d.isoformat() if isinstance(d, dt.date) else str(d)


def _json_words(kind: str) -> str:
    """'a number', 'an object', ... for a type name of Spark's ``schema_of_variant``."""
    head = kind.split("<", 1)[0].split("(", 1)[0]
    words = {"OBJECT": "an object", "ARRAY": "an array", "BOOLEAN": "a boolean"}
    if head in ("BIGINT", "INT", "SMALLINT", "TINYINT", "DECIMAL", "DOUBLE", "FLOAT"):
        return "a number"
    return words.get(head, f"a JSON {kind}")


def _error(row: int, exc: Exception, **more: Any) -> _Row:
    """An error row: the message as ``check --jsonl`` and ``check_many`` word it."""
    from moneyfacts.batch import _reason

    return _Row(row=row, exact=True, error=_reason(exc), **more)


def _json_kind(v: Any) -> str:
    """'a number', 'a boolean', 'an array', 'an object' (JSON's words, as check --jsonl)."""
    import numbers

    if isinstance(v, bool) or type(v).__name__ == "bool_":
        return "a boolean"
    if isinstance(v, numbers.Number):
        return "a number"
    if isinstance(v, (list, tuple)) or type(v).__name__ == "ndarray":
        return "an array"
    if isinstance(v, dict):
        return "an object"
    return type(v).__name__


def _mention_rows(r: _Reader, i: int) -> list[_Row]:
    from moneyfacts.grammar import scan

    try:
        text = r.text(i)
        found = scan(text, conventions=r.conventions(i))
    except Exception as exc:  # noqa: BLE001 - a bad row becomes an error row
        return [_error(i, exc)]
    out = []
    for n, q in enumerate(found):
        row = _Row(row=i, mention=n, start=q.start, end=q.end, text=q.text, kind=q.kind,
                   unit=q.unit, qualifier=q.qualifier, per=q.per, assumed=q.assumed, exact=True,
                   error=None)
        for k in ("value", "low", "high", "precision"):
            row.amount(k, getattr(q, k))
        row["base_unit"] = row["base_value"] = row["base_low"] = row["base_high"] = None
        if q.kind == "measure":
            from moneyfacts.units import to_base

            base = to_base(q)
            row["base_unit"] = base.unit
            for k in ("value", "low", "high"):
                row.amount(f"base_{k}", getattr(base, k))
        out.append(row)
    return out


def _side(r: _Row, side: str, q: Quantity) -> None:
    r[f"{side}_text"] = q.text
    r[f"{side}_unit"] = q.unit
    for k in ("value", "low", "high"):
        r.amount(f"{side}_{k}", getattr(q, k))


def _finding_rows(r: _Reader, i: int) -> list[_Row]:
    try:
        label, report = r.check(i)
    except Exception as exc:  # noqa: BLE001 - a bad row becomes an error row
        return [_error(i, exc, date=r.date_label(i))]
    out = []
    for n, f in enumerate(report.findings):
        row = _Row(row=i, finding=n, date=label, subject=f.subject, verdict=f.verdict,
                   explanation=f.explanation, exact=True, error=None, **_dating(report),
                   kind=f.kind, form=f.form,
                   evidence=(f.evidence.subject or f.evidence.phrase) if f.evidence else None)
        _side(row, "original", f.original)
        _side(row, "stated", f.stated)
        row.amount("expected_low", f.expected.low if f.expected else None)
        row.amount("expected_high", f.expected.high if f.expected else None)
        row.amount("deviation", f.deviation)
        c = f.cause
        row["cause_kind"] = c.kind if c else None
        row["cause_currency"] = c.currency if c else None
        row["cause_date"] = c.date if c else None
        row.amount("cause_factor", c.factor if c else None)
        rate = f.rate[0] if f.rate else None
        row["rate_value"] = rate.value.quantize(_RATE_Q, context=_ROUND) if rate else None
        row["rate_date"] = rate.date if rate else None
        row["rate_source"] = rate.source if rate else None
        out.append(row)
    return out


def _dating(report: Report) -> dict[str, Any]:
    """``date_source`` and ``date_evidence``: how a row with no date was dated from its text
    (``"printed"``, ``"dateline"``, ``"year cues"``), or ``"given"`` and null evidence."""
    d = report.dating
    if d is None:
        return {"date_source": "given" if report.date is not None else None,
                "date_evidence": None}
    return {"date_source": d.source, "date_evidence": d.evidence}


def _summary_rows(r: _Reader, i: int) -> list[_Row]:
    try:
        label, report = r.check(i)
    except Exception as exc:  # noqa: BLE001 - a bad row becomes an error row
        return [_error(i, exc, date=r.date_label(i), status="error")]
    row = _Row(row=i, date=label, status="ok", mentions=len(report.mentions),
               skipped=len(report.skipped), findings=len(report.findings), error=None,
               **_dating(report))
    for v in _VERDICTS:
        row[v] = sum(1 for f in report.findings if f.verdict == v)
    return [row]


_ROWS: dict[str, Callable[[_Reader, int], list[_Row]]] = {
    "mentions": _mention_rows, "findings": _finding_rows, "summary": _summary_rows}


# --- tables ----------------------------------------------------------------------------------


def _is_pandas(data: Any) -> bool:
    return type(data).__module__.startswith("pandas")


def _column_names(data: Any) -> list[Any]:
    pa = _pa()
    if _is_pandas(data):
        _require("frames", "pandas")
        return list(data.columns)
    if isinstance(data, (pa.Table, pa.RecordBatch)):
        return list(data.schema.names)
    raise InputError(f"expected a pyarrow Table or a pandas DataFrame, not {type(data).__name__}")


def _arrow_column(data: Any, name: str) -> Any:
    """The input column as one Arrow array, of the input's type."""
    pa = _pa()
    if _is_pandas(data):
        arr = pa.Array.from_pandas(data[name])
        return pa.array([None] * len(arr), pa.string()) if pa.types.is_null(arr.type) else arr
    col = data.column(name)
    return col.combine_chunks() if hasattr(col, "combine_chunks") else col


def _values(data: Any, name: str) -> list[Any]:
    if _is_pandas(data):
        return list(data[name].tolist())
    return list(data.column(name).to_pylist())


def _pandas_type(t: Any) -> Any:
    """The pandas dtype of an Arrow type: nullable, and the same whatever the data."""
    import pandas as pd

    pa = _pa()
    if pa.types.is_integer(t):
        return pd.api.types.pandas_dtype(("Int" if pa.types.is_signed_integer(t) else "UInt")
                                         + str(t.bit_width))
    if pa.types.is_boolean(t):
        return pd.BooleanDtype()
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pd.StringDtype()
    if pa.types.is_decimal(t) or pa.types.is_date(t):
        return pd.ArrowDtype(t)
    return None


def _run(data: Any, opts: _Options, reader: _Reader | None = None) -> Any:
    """The output table of ``opts.kind`` for ``data``, as Arrow (a pandas input: pandas);
    a ``reader`` another table used keeps the checks it made."""
    pa = _pa()
    is_pandas = _is_pandas(data)
    n = len(data)
    if reader is None:
        present = set(_column_names(data))
        cols = {c: _values(data, c) for c in opts.inputs()
                if c in present and c not in (opts.id, *opts.keep)}
        reader = _Reader(opts, cols)
    make = _ROWS[opts.kind]
    rows = [row for i in range(n) for row in make(reader, i)]
    carried = {c: _arrow_column(data, c) for c in (opts.id, *opts.keep) if c is not None}
    keep_fields = [pa.field(c, carried[c].type) for c in opts.keep]
    id_type = carried[opts.id].type if opts.id is not None else None
    schema = _SCHEMAS[opts.kind](opts.id, id_type, keep_fields)
    out = {}
    take = pa.array([r["row"] for r in rows], type=pa.int64())
    for f in schema:
        if f.name in carried:
            out[f.name] = carried[f.name].take(take)
        else:
            out[f.name] = pa.array([r.get(f.name) for r in rows], type=f.type)
    table = pa.table([out[f.name] for f in schema], schema=schema)
    return table.to_pandas(types_mapper=_pandas_type) if is_pandas else table


# --- public functions --------------------------------------------------------------------------


def mentions(data: pa.Table | pd.DataFrame, *, text: str = "text", id: str | None = None,
             keep: Sequence[str] | None = None, conventions: Conventions | None = None,
             dollar: str | None = None, yen: str | None = None,
             per_row: Mapping[str, str] | Sequence[str] | None = None) -> Any:
    """One row per amount read in the ``text`` column (see the module for the columns).

    A row whose text cannot be read gives one row with ``error`` set. Returns a table of the
    kind given: Arrow in, Arrow out; pandas in, pandas out.
    """
    opts = _options("mentions", _column_names(data), text=text, id=id, keep=keep,
                    conventions=conventions, dollar=dollar, yen=yen, per_row=per_row)
    return _run(data, opts)


def findings(data: pa.Table | pd.DataFrame, *, text: str = "text", date: str | None = "date",
             id: str | None = None, keep: Sequence[str] | None = None,
             default_date: dt.date | str | None = None, window: int | None = None,
             tolerance: Tolerance | None = None, conventions: Conventions | None = None,
             dollar: str | None = None, yen: str | None = None,
             per_row: Mapping[str, str] | Sequence[str] | None = None,
             store: RateStore | None = None) -> Any:
    """One row per stated equivalent in the ``text`` column, checked at the row's ``date``.

    ``date`` names the date column (it must exist; None: no date column); a null date is
    ``default_date`` (None: the check lists consistent date ranges instead). A row that
    cannot be checked (null or non-string text, unreadable date) gives one row with
    ``error`` set. ``store`` gives the rates (default: the process-wide store), as for
    :func:`moneyfacts.check`. Returns a table of the kind given.
    """
    opts = _options("findings", _column_names(data), text=text, date=date, id=id, keep=keep,
                    default_date=default_date, window=window, tolerance=tolerance,
                    conventions=conventions, dollar=dollar, yen=yen, per_row=per_row,
                    store=store)
    return _run(data, opts)


def summary(data: pa.Table | pd.DataFrame, *, text: str = "text", date: str | None = "date",
            id: str | None = None, keep: Sequence[str] | None = None,
            default_date: dt.date | str | None = None, window: int | None = None,
            tolerance: Tolerance | None = None, conventions: Conventions | None = None,
            dollar: str | None = None, yen: str | None = None,
            per_row: Mapping[str, str] | Sequence[str] | None = None,
            store: RateStore | None = None) -> Any:
    """Exactly one row per input row: its status, counts of mentions and findings by verdict,
    or the error that stopped it. Takes the options of :func:`findings`.

    An article with no stated equivalent is a row with ``status`` ``"ok"`` and
    ``findings`` 0; one that could not be read has ``status`` ``"error"`` and the reason.
    """
    opts = _options("summary", _column_names(data), text=text, date=date, id=id, keep=keep,
                    default_date=default_date, window=window, tolerance=tolerance,
                    conventions=conventions, dollar=dollar, yen=yen, per_row=per_row,
                    store=store)
    return _run(data, opts)


def findings_and_summary(data: pa.Table | pd.DataFrame, *, text: str = "text",
                         date: str | None = "date", id: str | None = None,
                         keep: Sequence[str] | None = None,
                         default_date: dt.date | str | None = None, window: int | None = None,
                         tolerance: Tolerance | None = None,
                         conventions: Conventions | None = None, dollar: str | None = None,
                         yen: str | None = None,
                         per_row: Mapping[str, str] | Sequence[str] | None = None,
                         store: RateStore | None = None) -> tuple[Any, Any]:
    """``(findings(data), summary(data))`` from one pass: each article is checked once.
    Takes the options of :func:`findings`.

    >>> import pytest; pd = pytest.importorskip("pandas")
    >>> df = pd.DataFrame({"text": ["It paid 40 billion yuan ($5.5 billion)."],
    ...                    "date": ["2025-01-22"]})
    >>> f, s = findings_and_summary(df)
    >>> list(f["verdict"]), int(s["consistent"][0])
    (['consistent'], 1)
    """
    opts = _options("findings", _column_names(data), text=text, date=date, id=id, keep=keep,
                    default_date=default_date, window=window, tolerance=tolerance,
                    conventions=conventions, dollar=dollar, yen=yen, per_row=per_row,
                    store=store)
    present = set(_column_names(data))
    cols = {c: _values(data, c) for c in opts.inputs()
            if c in present and c not in (opts.id, *opts.keep)}
    reader = _Reader(opts, cols)
    found = _run(data, opts, reader)
    return found, _run(data, replace(opts, kind="summary"), reader)
