"""Checking many texts: a streaming library call and the ``check --jsonl`` command.

:func:`check_many` checks an iterable of texts lazily and yields one :class:`BatchResult` per
input, in input order. An input is a string, a ``(text, date)`` or ``(text, date, id)`` tuple,
or a mapping with ``text`` and optional ``date``/``id`` (plus ``dollar``/``yen`` overrides).
A bad input never stops the run: it yields a result with ``status="error"``.

>>> import moneyfacts
>>> results = moneyfacts.check_many([
...     "It paid 40 billion yuan ($5.5 billion).",
...     {"id": "a2", "text": "It paid 40 billion yuan ($5.5 million).", "date": "2025-01-22"},
...     ("Cost: €8.5bn ($8.9bn).", "23/12/2025"),
... ], date="2025-01-22")
>>> [(r.index, r.id, r.status) for r in results]
[(0, None, 'ok'), (1, 'a2', 'ok'), (2, None, 'error')]
>>> r = list(moneyfacts.check_many([{"id": 7, "text": "40 billion yuan ($5.5 million)"}],
...                                date="2025-01-22"))[0]
>>> r.report.findings[0].verdict, r.verdicts()
('inconsistent', {'inconsistent': 1})
>>> bad = list(moneyfacts.check_many([("Cost: €8.5bn ($8.9bn).", "23/12/2025")]))[0]
>>> bad.error.type, bad.error.message
('InputError', "unreadable date '23/12/2025': use YYYY-MM-DD, YYYY-MM or YYYY")

With ``workers=N`` the checks run in ``N`` processes; results still come back in input order
and at most a bounded window of inputs is in flight, so an endless iterable streams.

The command line reads and writes JSON Lines::

    moneyfacts check --jsonl in.jsonl --out out.jsonl [--workers 4] [--resume]

Each output line is ``{"id", "line", "status": "ok", "report": {...}}`` or
``{"id", "line", "status": "error", "error": {"type", "message"}}``, one per input record,
in input order, each written with one ``write`` and flushed at once, so a killed run leaves
complete lines, except that a SIGKILL can stop the kernel inside a write (at a page
boundary) and leave the last line torn: ``--resume`` cuts it off and checks that record again.
``--resume`` continues by position: the output holds the first N records in input order, so
the first N records of the input are skipped (their line numbers, and the last one's id, must
match, else the run is refused); repeated ids are therefore kept, each in its place.

``--out`` is never the input (compared by file identity, not by name) and never an existing
file that is not a moneyfacts output: both are refused before anything is written.

Exit codes of ``check --jsonl`` (the worst that applies): 0 every record checked and nothing
inconsistent; 1 some finding inconsistent; 2 a usage or input error (nothing checked);
3 some records failed (each has an error record); 4 every record failed.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import json
import os
import signal
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar

from moneyfacts.errors import InputError
from moneyfacts.options import add_batch_arguments as add_arguments
from moneyfacts.options import MAX_DAYS, conventions_from_args, day_count

__all__ = [
    "EXIT_OK",
    "EXIT_INCONSISTENT",
    "EXIT_USAGE",
    "EXIT_SOME_FAILED",
    "EXIT_ALL_FAILED",
    "BatchError",
    "BatchResult",
    "check_many",
    "add_arguments",
    "tolerance_of",
    "tolerance_from_args",
    "run_cli",
    "Summary",
]

#: Exit codes of ``moneyfacts check`` (the worst that applies is returned).
EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3
EXIT_ALL_FAILED = 4

Status = Literal["ok", "error"]
RecordId = str | int | None

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.models import Report

    BatchError: Any
    BatchResult: Any


def _define_models() -> None:
    """Create :class:`BatchError` and :class:`BatchResult` on first use.

    The command line imports this module to add its options; pydantic is only loaded when a
    batch actually runs.
    """
    from pydantic import BaseModel, ConfigDict

    from moneyfacts.models import Report

    class BatchError(BaseModel):
        """Why one input could not be checked: the exception's class name and message."""

        model_config = ConfigDict(frozen=True, extra="forbid")

        type: str
        message: str

    class BatchResult(BaseModel):
        """The outcome for one input of :func:`check_many`.

        ``index`` is the 0-based position of the input, ``line`` its 1-based line in a JSON
        Lines file (None otherwise), ``id`` the input's own id if it carries one. Exactly one
        of ``report`` (``status="ok"``) and ``error`` (``status="error"``) is set.
        """

        model_config = ConfigDict(frozen=True, extra="forbid")

        index: int
        id: RecordId = None
        line: int | None = None
        status: Status
        report: Report | None = None
        error: BatchError | None = None

        @property
        def ok(self) -> bool:
            return self.status == "ok"

        def verdicts(self) -> dict[str, int]:
            """Findings by verdict (empty for an error)."""
            out: dict[str, int] = {}
            for f in self.report.findings if self.report else ():
                out[f.verdict] = out.get(f.verdict, 0) + 1
            return out

        def record(self) -> dict[str, Any]:
            """The JSON Lines record: id, line, status and report or error (JSON types only)."""
            rec: dict[str, Any] = {"id": self.id, "line": self.line, "status": self.status}
            if self.report is not None:
                rec["report"] = self.report.model_dump(mode="json")
            if self.error is not None:
                rec["error"] = self.error.model_dump(mode="json")
            return rec

    for cls in (BatchError, BatchResult):
        cls.__qualname__ = cls.__name__
        globals()[cls.__name__] = cls


def __getattr__(name: str) -> Any:
    if name in ("BatchError", "BatchResult"):
        _define_models()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_CHECK: Any = None


def _check_fn() -> Any:
    global _CHECK
    if _CHECK is None:
        from moneyfacts.verify import check

        _CHECK = check
    return _CHECK


# --- one record ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    """What every record shares (picklable: it travels to the worker processes)."""

    date: dt.date | str | None = None
    window: int | None = None
    dollar: str | None = None
    yen: str | None = None
    text_field: str = "text"
    date_field: str = "date"
    id_field: str = "id"
    jsonl: bool = False  # items are raw JSON Lines (bytes)
    tolerance: Any = None  # verify.Tolerance | None
    conventions: Any = None  # conventions.Conventions | None


#: Per-record option keys a mapping may carry, besides its text, date and id (``url``: the
#: page's address, whose country-code domain names the publisher's territory).
ROW_OPTIONS = ("dollar", "yen", "conventions", "tolerance", "window", "url", "territory")

_TOLERANCE_TYPES: dict[str, str] = {
    "window": "int", "truncation": "bool", "approx_units": "decimal", "bound_units": "decimal",
    "stale_days": "int", "slip_factors": "ints", "band": "decimal",
}


def tolerance_of(value: Any, base: Any = None) -> Any:
    """A :class:`~moneyfacts.verify.Tolerance` from a Tolerance, a mapping of its fields
    (JSON types: numbers or strings for the Decimal fields) or None, over ``base``.

    >>> tolerance_of({"window": 0, "truncation": False}).truncation
    False
    >>> tolerance_of({"band": 0.01}).band       # a JSON number, read as written
    Decimal('0.01')
    >>> tolerance_of({"windw": 0})
    Traceback (most recent call last):
    ...
    moneyfacts.errors.InputError: unknown tolerance field 'windw' (known: approx_units, band, bound_units, slip_factors, stale_days, truncation, window)
    """
    from dataclasses import replace

    from moneyfacts.verify import Tolerance

    base = base if base is not None else Tolerance()
    if value is None:
        return base
    if isinstance(value, Tolerance):
        return value
    if not isinstance(value, Mapping):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance or a mapping of its "
                         f"fields, not {_json_type(value)}")
    fields: dict[str, Any] = {}
    for key, v in value.items():
        kind = _TOLERANCE_TYPES.get(key) if isinstance(key, str) else None
        if kind is None:
            raise InputError(f"unknown tolerance field {key!r} (known: "
                             f"{', '.join(sorted(_TOLERANCE_TYPES))})")
        fields[key] = _TOLERANCE_READERS[kind](v)
        if fields[key] is _BAD:
            raise InputError(f"tolerance field {key!r} must be {_KIND_WORDS[kind]}, not {v!r}")
    return replace(base, **fields)


#: What a tolerance field reader returns for a value of the wrong type or range.
_BAD = object()


def _days_field(v: Any) -> Any:
    if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= _MAX_DAYS:
        return _BAD
    return v


def _bool_field(v: Any) -> Any:
    return v if isinstance(v, bool) else _BAD


def _decimal_field(v: Any) -> Any:
    from decimal import Decimal, InvalidOperation

    if isinstance(v, bool) or not isinstance(v, (int, float, str, Decimal)):
        return _BAD
    try:
        # A JSON number arrives as a float: read as written (str: 0.01 is 0.01, not the
        # binary 0.01000000000000000020816681711721685...).
        d = Decimal(str(v) if isinstance(v, float) else v)
    except InvalidOperation:
        return _BAD
    return d if d.is_finite() and d >= 0 else _BAD


def _factors_field(v: Any) -> Any:
    if (not isinstance(v, (list, tuple)) or not v
            or not all(isinstance(f, int) and not isinstance(f, bool) and f > 1 for f in v)):
        return _BAD
    return tuple(v)


_TOLERANCE_READERS: dict[str, Callable[[Any], Any]] = {
    "int": _days_field, "bool": _bool_field, "decimal": _decimal_field, "ints": _factors_field}



def tolerance_from_args(args: argparse.Namespace) -> Any:
    """The :class:`~moneyfacts.verify.Tolerance` the command-line options give
    (``--tolerance FIELD=VALUE``, then ``--window``)."""
    fields: dict[str, Any] = {}
    for key, raw in getattr(args, "tolerance", None) or ():
        if key == "truncation":
            if raw.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise InputError(f"--tolerance truncation={raw!r}: give true or false")
            fields[key] = raw.lower() in ("true", "yes", "1")
        elif key in ("window", "stale_days"):
            fields[key] = day_count(raw) if raw.lstrip("-").isdigit() else raw
        elif key == "slip_factors":
            try:
                fields[key] = [int(x) for x in raw.split(",")]
            except ValueError:
                raise InputError(f"--tolerance slip_factors={raw!r}: give factors like 10,1000") from None
        else:
            fields[key] = raw
    if getattr(args, "window", None) is not None:
        fields["window"] = args.window
    try:
        return tolerance_of(fields)
    except InputError as exc:
        raise InputError(f"--tolerance: {exc}") from None


_MAX_DAYS = MAX_DAYS  # a hundred years of days: any longer window is a mistake
_KIND_WORDS = {"int": f"a whole number of days from 0 to {_MAX_DAYS}", "bool": "true or false",
               "decimal": "a non-negative number", "ints": "a list of whole factors above 1"}


def conventions_of(value: Any, base: Any = None) -> Any:
    """A :class:`~moneyfacts.Conventions` from a Conventions, a mapping of its fields
    (``dollar``, ``yen``, ``locale``, ``signs``, ``context``) or None, over ``base``.

    >>> conventions_of({"dollar": "AUD"}).dollar
    'AUD'
    """
    from dataclasses import fields as dc_fields
    from dataclasses import replace

    from moneyfacts.conventions import Conventions

    base = base if base is not None else Conventions()
    if value is None:
        return base
    if isinstance(value, Conventions):
        return value
    if not isinstance(value, Mapping):
        raise InputError(f"conventions must be a moneyfacts.Conventions or a mapping of its "
                         f"fields, not {_json_type(value)}")
    known = {f.name for f in dc_fields(Conventions)}
    for key in value:
        if key not in known:
            raise InputError(f"unknown conventions field {key!r} (known: {', '.join(sorted(known))})")
    return replace(base, **dict(value))


_MISSING = object()


def _clean_id(value: Any) -> RecordId:
    if value is None or (isinstance(value, (str, int)) and not isinstance(value, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _decode(item: Any, opts: _Options) -> Any:
    """The input itself, or the JSON value of a raw line; raises InputError."""
    if not opts.jsonl:
        return item
    raw = item
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"the line is not valid UTF-8: {exc}") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"the line is not valid JSON: {exc}") from None


def _id_of(item: Any, opts: _Options) -> RecordId:
    if isinstance(item, Mapping):
        return _clean_id(item.get(opts.id_field))
    if isinstance(item, tuple) and len(item) == 3:
        return _clean_id(item[2])
    return None


def _fields(item: Any, opts: _Options) -> tuple[Any, Any, dict[str, Any]]:
    """(text, date, extra check options) of one decoded input; raises InputError."""
    if isinstance(item, str):
        return item, _MISSING, {}
    if isinstance(item, tuple):
        if not 1 <= len(item) <= 3:
            raise InputError(f"expected (text, date) or (text, date, id), got {len(item)} items")
        return item[0], item[1] if len(item) > 1 else _MISSING, {}
    if isinstance(item, Mapping):
        if opts.text_field not in item:
            raise InputError(f"the record has no {opts.text_field!r} field")
        extra = {k: item[k] for k in ROW_OPTIONS if item.get(k) is not None}
        return item[opts.text_field], item.get(opts.date_field, _MISSING), extra
    if opts.jsonl:
        raise InputError(f"the record is {_json_type(item)}, not a JSON object")
    raise InputError(f"expected a string, a tuple or a mapping, got {type(item).__name__}")


def _check_one(opts: _Options, task: tuple[int, int | None, Any]) -> "BatchResult":
    """Check one input; any exception becomes an error result (never raised)."""
    if "BatchResult" not in globals():
        _define_models()
    check = _check_fn()
    index, line, item = task
    rid: RecordId = None
    try:
        item = _decode(item, opts)
        rid = _id_of(item, opts)
        if opts.jsonl and isinstance(rid, str) and _lone_surrogate(rid) is not None:
            bad_id, rid = rid, None  # it cannot be written as UTF-8: the record's line names it
            raise InputError(f"the {opts.id_field!r} field {ascii(bad_id)} holds a lone surrogate "
                             f"({_lone_surrogate(bad_id)}), which is not Unicode text")
        text, date, extra = _fields(item, opts)
        if not isinstance(text, str):
            raise InputError(f"the {opts.text_field!r} field is {_json_type(text)}, not a string")
        if opts.jsonl and _lone_surrogate(text) is not None:
            raise InputError(f"the {opts.text_field!r} field holds a lone surrogate "
                             f"({_lone_surrogate(text)}), which is not Unicode text")
        if date is _MISSING or date is None:
            date = opts.date
        elif not isinstance(date, (str, dt.date)):
            raise InputError(f"the {opts.date_field!r} field is {_json_type(date)}, not a date string")
        tol = tolerance_of(extra.get("tolerance"), opts.tolerance)
        conv = conventions_of(extra.get("conventions"), opts.conventions)
        window = extra.get("window")
        if window is not None and (not isinstance(window, int) or isinstance(window, bool)):
            raise InputError(f"the 'window' field is {_json_type(window)}, not a number of days")
        from moneyfacts.pages import article_text

        text, date, meta = article_text(text, date, url=extra.get("url"))
        if "territory" in extra:  # the record's own: {"territory": "AU"}
            from dataclasses import replace

            conv = replace(conv, territory=extra["territory"], territory_from=None)
        from moneyfacts.publisher import page_meta, with_page

        given, conv = conv, with_page(conv, meta)
        report = check(text, date=date, window=window, tolerance=tol, conventions=conv,
                       dollar=extra.get("dollar", opts.dollar), yen=extra.get("yen", opts.yen))
        report.meta.update(page_meta(given, meta))
        return BatchResult(index=index, id=rid, line=line, status="ok", report=report)
    except Exception as exc:  # noqa: BLE001 - a bad record must never stop the run
        return BatchResult(index=index, id=rid, line=line, status="error",
                           error=BatchError(type=type(exc).__name__, message=_reason(exc)))


def _lone_surrogate(text: str) -> str | None:
    """Where ``text`` holds a lone surrogate (JSON's ``\\ud800`` escapes allow one; UTF-8 cannot
    write it): 'U+D800 at offset 1', or None for text that is valid Unicode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"U+{ord(text[exc.start]):04X} at offset {exc.start}"
    return None


def _writable(rec: dict[str, Any]) -> dict[str, Any]:
    """A result record that UTF-8 can write: one holding a lone surrogate anywhere (in an
    error message quoting the input, say) becomes an error record saying so, with the
    surrogates escaped, so that it never stops the run."""
    err = rec.get("error") or {}
    message = err.get("message") or "the result holds a lone surrogate, which is not Unicode text"
    rid = rec.get("id")
    return {"id": rid if not isinstance(rid, str) or _lone_surrogate(rid) is None else None,
            "line": rec.get("line"), "status": "error",
            "error": {"type": err.get("type") or "InputError",
                      "message": message.encode("utf-8", "backslashreplace").decode("utf-8")}}


def _reason(exc: BaseException) -> str:
    """A message a reader can act on, also for exceptions whose str() is not one."""
    text = str(exc)
    if not text or text.startswith("[<class "):  # decimal signals: "[<class 'decimal...'>]"
        return f"{type(exc).__name__}: an internal computation failed on this record ({text or 'no detail'})"
    return text


def _json_type(v: Any) -> str:
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
            str: "a string", list: "an array", dict: "an object"}.get(type(v), type(v).__name__)


def _check_line(opts: _Options, task: tuple[int, int | None, Any]) -> tuple[str, Status, dict[str, int]]:
    """For the command line: the output line (JSON), status and verdict counts."""
    r = _check_one(opts, task)
    rec = r.record()
    text = json.dumps(rec, ensure_ascii=False)
    if _lone_surrogate(text) is not None:  # an output line must be UTF-8: never stop the run
        return json.dumps(_writable(rec), ensure_ascii=False), "error", {}
    return text, r.status, r.verdicts()


# --- ordered, bounded mapping over processes ---------------------------------------------------

T = TypeVar("T")
R = TypeVar("R")


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


_PR_SET_PDEATHSIG = 1


def _worker_init(parent: int) -> None:
    """Run in each worker process: die with the parent, leave Ctrl-C to the parent.

    On Linux the kernel sends SIGTERM to the worker when the parent dies, however it dies
    (``prctl(PR_SET_PDEATHSIG)``); elsewhere a daemon thread notices that the parent is gone
    (the worker is re-parented) and exits. SIGINT is ignored: the parent handles Ctrl-C and
    shuts the pool down, so a worker never prints a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            armed = False
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    # The parent starts workers with SIGINT and SIGTERM held back (signals.masked), so that
    # none lands before the handlers above are set; let them through now.
    from moneyfacts.signals import unmask

    unmask()
    if not armed:  # pragma: no cover - non-Linux
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, name="moneyfacts-parent-watch", daemon=True).start()


def _ordered_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int,
                 chunksize: int = 64, in_flight: int | None = None) -> Iterator[R]:
    """``map(fn, items)`` over ``workers`` processes, in order, reading ahead a bounded window.

    At most ``in_flight`` chunks (default ``4 × workers``) are submitted and not yet yielded,
    so memory stays bounded whatever the length of ``items``.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    limit = in_flight or 4 * workers
    it = iter(items)
    from concurrent.futures import Future, ProcessPoolExecutor

    from moneyfacts.signals import masked

    pending: collections.deque[Future[list[R]]] = collections.deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                               initargs=(os.getpid(),))
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = [x for _, x in zip(range(chunksize), it)]
                if not chunk:
                    exhausted = True
                    break
                with masked():  # a worker (forked here) starts with the signals held back
                    pending.append(pool.submit(_run_chunk, fn, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        # Normal end, an error, Ctrl-C or a closed generator: drop what is queued and wait
        # only for the chunks already running (a few dozen records each).
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# --- library API -----------------------------------------------------------------------------


def check_many(
    items: Iterable[str | tuple[Any, ...] | Mapping[str, Any]],
    *,
    date: dt.date | str | None = None,
    workers: int = 1,
    window: int | None = None,
    tolerance: Any = None,
    conventions: Any = None,
    dollar: str | None = None,
    yen: str | None = None,
    text_field: str = "text",
    date_field: str = "date",
    id_field: str = "id",
    chunksize: int = 32,
) -> Iterator["BatchResult"]:
    """Check many texts; a lazy generator of :class:`BatchResult`, one per input, in order.

    ``date`` is the article date of inputs that carry none (a missing or null date). Each
    input is a string, a ``(text, date[, id])`` tuple, or a mapping with ``text_field``,
    ``date_field`` and ``id_field`` keys. ``tolerance`` (a :class:`~moneyfacts.verify.Tolerance`
    or a mapping of its fields), ``conventions`` (a :class:`~moneyfacts.Conventions` or a
    mapping of its fields), ``window`` and the ``dollar``/``yen`` shorthands apply to every
    input; a mapping input may set its own ``tolerance``, ``conventions``, ``window``,
    ``dollar`` and ``yen`` (fields it leaves out keep the call's values).
    The call's options are validated at once: a bad one raises
    :class:`~moneyfacts.errors.InputError` (or ``UnknownCurrencyError``) before any input is
    read, not once per input.
    ``workers > 1`` checks in that many processes (``chunksize`` inputs per task, a bounded
    read-ahead). Errors in one input become ``status="error"`` results; nothing is dropped.

    >>> [r.report.findings[0].verdict for r in check_many(
    ...     ["€8.5bn ($8.9bn)", "€8.5bn ($9.2bn)"], date="2025-03-03")]
    ['consistent', 'inconsistent']
    >>> [r.report.findings[0].verdict for r in check_many(
    ...     ["150 billion yuan ($20 billion)",
    ...      {"text": "150 billion yuan ($20 billion)", "tolerance": {"truncation": True}}],
    ...     date="2025-01-23", tolerance={"truncation": False, "window": 0, "band": 0})]
    ['inconsistent', 'loose']
    """
    opts = _batch_options(date=date, workers=workers, window=window, tolerance=tolerance,
                          conventions=conventions, dollar=dollar, yen=yen, text_field=text_field,
                          date_field=date_field, id_field=id_field, chunksize=chunksize)
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Iterable):
        raise InputError(f"items must be an iterable of texts, tuples or mappings, not "
                         f"{_json_type(items)}")
    return _check_many(items, opts, workers, chunksize)


def _batch_options(*, date: Any, workers: Any, window: Any, tolerance: Any, conventions: Any,
                   dollar: Any, yen: Any, text_field: Any, date_field: Any, id_field: Any,
                   chunksize: Any = 1, jsonl: bool = False) -> _Options:
    """Validate the options every record shares; raises InputError (a typed error) at once."""
    from moneyfacts.conventions import Conventions
    from moneyfacts.verify import date_spec

    for name, v, low in (("workers", workers, 1), ("chunksize", chunksize, 1)):
        if not isinstance(v, int) or isinstance(v, bool) or v < low:
            raise InputError(f"{name} must be a whole number of at least {low}, not {v!r}")
    if window is not None and (not isinstance(window, int) or isinstance(window, bool)
                               or not 0 <= window <= _MAX_DAYS):
        raise InputError(f"window must be a whole number of days from 0 to {_MAX_DAYS}, not {window!r}")
    for name, v in (("text_field", text_field), ("date_field", date_field), ("id_field", id_field)):
        if not isinstance(v, str):
            raise InputError(f"{name} must be a field name (a string), not {v!r}")
    for name, v in (("dollar", dollar), ("yen", yen)):
        if v is not None and not isinstance(v, str):
            raise InputError(f"{name} must be a currency code, not {v!r}")
    if date is not None and not isinstance(date, (str, dt.date)):
        raise InputError(f"date must be a date or a YYYY-MM-DD, YYYY-MM or YYYY string, not {date!r}")
    date_spec(date)
    tol = tolerance_of(tolerance)
    if window is not None:  # the call's window= over its tolerance=; a row may set either
        tol = tolerance_of({"window": window}, tol)
    conv = Conventions.of(conventions_of(conventions), dollar=dollar, yen=yen)
    return _Options(date=date, window=None, dollar=dollar, yen=yen, text_field=text_field,
                    date_field=date_field, id_field=id_field, jsonl=jsonl, tolerance=tol,
                    conventions=conv)


def _check_many(items: Any, opts: _Options, workers: int, chunksize: int) -> Iterator["BatchResult"]:
    tasks = ((i, None, item) for i, item in enumerate(items))
    yield from _ordered_map(partial(_check_one, opts), tasks, workers=workers, chunksize=chunksize)


# --- command line ----------------------------------------------------------------------------


@dataclass
class Summary:
    """Counts of a batch run (``resumed``: records found done in the output file)."""

    records: int = 0
    ok: int = 0
    errors: int = 0
    resumed: int = 0
    blank: int = 0

    def __post_init__(self) -> None:
        self.verdicts: dict[str, int] = {}

    def add(self, status: str, verdicts: Mapping[str, int]) -> None:
        self.records += 1
        if status == "ok":
            self.ok += 1
        else:
            self.errors += 1
        for v, n in verdicts.items():
            self.verdicts[v] = self.verdicts.get(v, 0) + n

    def text(self) -> str:
        found = ", ".join(f"{n} {v}" for v, n in sorted(self.verdicts.items())) or "none"
        extra = f" ({self.resumed} already done, resumed)" if self.resumed else ""
        blank = f"; {self.blank} blank line(s) skipped" if self.blank else ""
        return (f"{self.records} record(s){extra}: {self.ok} ok, {self.errors} error(s); "
                f"findings: {found}{blank}")


def _is_output_record(rec: Any) -> bool:
    return (isinstance(rec, dict) and rec.get("status") in ("ok", "error") and "id" in rec
            and isinstance(rec.get("line"), int) and not isinstance(rec.get("line"), bool))


def _not_ours(path: str, what: str) -> InputError:
    return InputError(f"{path} {what}: it is not a moneyfacts output, so it is left as it is "
                      "(remove it, or choose another --out)")


@dataclass
class _Done:
    """The records an earlier run wrote: their input lines, in order, and the last id."""

    lines: array  # type: ignore[type-arg]
    last_id: RecordId = None


#: How every output line starts (``id`` is the first key of a record).
_RECORD_START = b'{"id": '


def _read_done(path: str, summary: Summary) -> _Done:
    """The complete records of an earlier output; cuts off a torn last line (a killed run).

    Every complete line must be a moneyfacts output record, in input order: anything else
    means ``path`` is not an output of ours, and it is refused untouched.
    """
    done = _Done(array("q"))
    try:
        fh = open(path, "r+b")
    except FileNotFoundError:
        return done
    with fh:
        if not _regular(fh.fileno()):
            raise InputError(f"--resume needs --out to be a regular file, not {path}")
        good_end = 0
        pos = 0
        for n, raw in enumerate(fh, 1):
            pos += len(raw)
            if not raw.endswith(b"\n"):
                # A SIGKILL can stop the kernel inside a line's one write(), at a page
                # boundary: what is left is any start of a record, however short ('{"i').
                if not _RECORD_START.startswith(raw[:len(_RECORD_START)]):
                    raise _not_ours(path, f"ends in {raw[:40]!r}")
                break  # a torn last line: the record is checked again
            try:
                rec = json.loads(raw)
            except ValueError:
                rec = None
            if not _is_output_record(rec):
                raise _not_ours(path, f"line {n} is not a moneyfacts result record")
            if done.lines and rec["line"] <= done.lines[-1]:
                raise _not_ours(path, f"line {n} is out of input order")
            good_end = pos
            done.lines.append(rec["line"])
            done.last_id = rec["id"]
            verdicts: dict[str, int] = {}
            for f in (rec.get("report") or {}).get("findings", ()):
                verdicts[f.get("verdict")] = verdicts.get(f.get("verdict"), 0) + 1
            summary.add(rec["status"], verdicts)
            summary.resumed += 1
        if good_end < pos:
            fh.truncate(good_end)
    return done


def _regular(fd: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(fd).st_mode)


def _is_jsonl_output(head: bytes) -> bool:
    """Whether a file starting with ``head`` is an output of ``check --jsonl``: its first line
    is a result record, or one torn record (a run killed while writing its first line)."""
    first = head.split(b"\n", 1)[0] + (b"\n" if b"\n" in head else b"")
    if not first.endswith(b"\n") and first.startswith(_RECORD_START):
        return True
    try:
        rec = json.loads(first)
    except ValueError:
        rec = None
    return _is_output_record(rec)


def check_resume(args: argparse.Namespace) -> None:
    """``--resume`` reads the records already written, so it needs ``--out PATH``."""
    if args.resume and args.out in (None, "-"):
        raise InputError("--resume needs --out PATH (it reads the records already written there)")


def open_out(args: argparse.Namespace, inp: IO[bytes], summary: Summary,
             where: Callable[[_Done], str]) -> tuple[IO[str], _Done]:
    """The output of a batch run (``--jsonl`` or ``--warc``) and the records ``--resume`` found
    done in it: standard output, or ``--out`` checked not to be the input nor a file of another
    kind, opened for appending when resuming (``where`` describes where the run picks up)."""
    from moneyfacts.outputs import open_output

    done = _Done(array("q"))
    if args.out in (None, "-"):
        return sys.stdout, done
    _check_out_path(args.out, inp)
    if args.resume:
        done = _read_done(args.out, summary)
        if done.lines:
            print(f"moneyfacts: resuming {where(done)}", file=sys.stderr)
    out = open_output(args.out, "--out", inputs=[inp], ours=_is_jsonl_output,
                      append=args.resume, buffering=1)  # checked again, on the open file
    return out, done


def _check_out_path(path: str, inp: IO[bytes]) -> None:
    """Refuse an --out that is the input (same file, by identity) or an existing file that
    is not a moneyfacts output (it would be truncated)."""
    from moneyfacts.outputs import check_output

    check_output(path, "--out", inputs=[inp], ours=_is_jsonl_output)


def _lines(fh: IO[bytes], summary: Summary, sizes: collections.deque[int]) -> Iterator[tuple[int, int, bytes]]:
    index = 0
    skipped = 0
    for n, raw in enumerate(fh, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            sizes_bom = 3  # a UTF-8 byte-order mark: not part of the first record
            raw = raw[3:]
        else:
            sizes_bom = 0
        if not raw.strip():
            summary.blank += 1
            skipped += len(raw) + sizes_bom
            continue
        sizes.append(skipped + sizes_bom + len(raw))
        skipped = 0
        yield index, n, raw
        index += 1
    if skipped:
        sizes.append(-skipped)  # trailing blank lines: counted as read when the run ends


def _skip_done(tasks: Iterator[tuple[int, int, bytes]], done: _Done, opts: _Options,
               out_path: str, advance: Callable[[int], None],
               sizes: collections.deque[int]) -> Iterator[tuple[int, int, bytes]]:
    """Resume by position: skip the first ``len(done.lines)`` records, checking that the
    earlier output is this input's (same line numbers, same last id)."""
    n_done = len(done.lines)
    for k in range(n_done):
        task = next(tasks, None)
        if task is None:
            raise InputError(f"--resume: {out_path} holds {n_done} records but the input has "
                             f"only {k}: it is not the output of this input")
        advance(sizes.popleft())
        if task[1] != done.lines[k]:
            raise InputError(f"--resume: record {k + 1} of {out_path} is input line "
                             f"{done.lines[k]}, but the input's record {k + 1} is on line "
                             f"{task[1]}: it is not the output of this input")
        if k == n_done - 1:
            try:
                rec = json.loads(task[2])
            except ValueError:
                rec = None
            rid = _clean_id(rec.get(opts.id_field)) if isinstance(rec, dict) else None
            if isinstance(rid, str) and _lone_surrogate(rid) is not None:
                rid = None  # written as null in its error record
            if rid != done.last_id:
                raise InputError(f"--resume: the last record of {out_path} has id "
                                 f"{done.last_id!r}, but input line {task[1]} has id {rid!r}: "
                                 "it is not the output of this input")
    yield from tasks


def exit_code(summary: Summary) -> int:
    """The exit code of a batch run (see the module documentation)."""
    if summary.records and summary.errors == summary.records:
        return EXIT_ALL_FAILED
    if summary.errors:
        return EXIT_SOME_FAILED
    return EXIT_INCONSISTENT if summary.verdicts.get("inconsistent") else EXIT_OK


def run_cli(args: argparse.Namespace) -> int:
    """``moneyfacts check --jsonl``; returns the exit code (see the module documentation).

    Unusable arguments or an unreadable input file raise ``InputError`` / ``OSError`` (exit 2
    from the command); a bad record only yields an error record.
    """
    workers = args.workers if args.workers is not None else 1
    if getattr(args, "files", None):
        raise InputError("give either FILE arguments or --jsonl, not both")
    to_stdout = args.out in (None, "-")
    check_resume(args)
    opts = _batch_options(
        date=getattr(args, "date", None), workers=workers, window=None,  # folded into the tolerance
        tolerance=tolerance_from_args(args), conventions=conventions_from_args(args),
        dollar=None, yen=None, text_field=args.text_field, date_field=args.date_field,
        id_field=args.id_field, jsonl=True)

    # Open the input first: an unreadable path must not truncate the output.
    if args.jsonl == "-":
        inp: IO[bytes] = sys.stdin.buffer
    else:
        try:
            inp = open(args.jsonl, "rb")
        except OSError as exc:
            raise InputError(f"--jsonl {args.jsonl}: cannot read it: {exc.strerror or exc}") from None
    try:
        total = os.fstat(inp.fileno()).st_size if _regular(inp.fileno()) else None
    except (OSError, ValueError, io.UnsupportedOperation):
        total = None
    summary = Summary()
    try:
        out, done = open_out(args, inp, summary, lambda d: (
            f"by position after the {len(d.lines)} record(s) already in {args.out} "
            f"(input lines 1 to {d.lines[-1]})"))
        try:
            workers, chunksize = _cap_workers(workers, inp, len(done.lines))
            _run(inp, out, opts, args, workers, summary, done, total, chunksize)
        finally:
            if not to_stdout:
                out.close()
    finally:
        if inp is not sys.stdin.buffer:
            inp.close()
    print(f"moneyfacts: {summary.text()}", file=sys.stderr)
    return exit_code(summary)


#: Records per task sent to a worker process (fewer when the input is small).
_CHUNK = 64


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _count_records(inp: IO[bytes], limit: int) -> int | None:
    """The non-blank lines of a regular input file, counting at most ``limit`` (None for a
    stream, which cannot be read twice). Reads from the start, leaves the position as it was."""
    try:
        fd = inp.fileno()
        if not _regular(fd):
            return None
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    count, offset, carry = 0, 0, b""
    while count < limit:
        block = os.pread(fd, 1 << 20, offset)
        if not block:
            break
        offset += len(block)
        lines = (carry + block).split(b"\n")
        carry = lines.pop()  # a line not yet ended
        count += sum(1 for ln in lines if ln.strip())
    if carry.strip():
        count += 1  # the last line, without its newline
    return count


def _cap_workers(workers: int, inp: IO[bytes], done: int) -> tuple[int, int]:
    """(workers, records per task) for a run: at most one process per CPU and per record left
    (about 48 MB each), saying so on standard error when ``--workers`` asked for more."""
    if workers <= 1:
        return 1, _CHUNK
    cpus = _cpus()
    records = _count_records(inp, done + workers * _CHUNK)
    left = None if records is None else max(records - done, 0)
    capped = min(workers, cpus, left if left is not None else workers) or 1
    if capped < workers:
        why = [f"this machine has {cpus} CPU(s)"] if cpus == capped else []
        if left == capped:
            why.append(f"there are {left} record(s) to check")
        print(f"moneyfacts: --workers {workers} capped to {capped}: {' and '.join(why)}",
              file=sys.stderr)
    chunk = _CHUNK
    if left is not None and capped > 1:
        chunk = max(1, min(_CHUNK, -(-left // capped)))  # every worker gets a share
    return capped, chunk


def _run(inp: IO[bytes], out: IO[str], opts: _Options, args: argparse.Namespace, workers: int,
         summary: Summary, done: _Done, total: int | None, chunksize: int = _CHUNK) -> None:
    show = not args.no_progress and sys.stderr.isatty()
    progress: Any = None
    advance: Callable[[int], None] = lambda n: None  # noqa: E731
    if show:
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        # The bar counts the bytes of the records *done* (written), not of those read ahead.
        progress = Progress(TextColumn("checking"), BarColumn(), DownloadColumn(),
                            TextColumn("{task.fields[records]} records done"), TimeElapsedColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = progress.add_task("check", total=total, records=0)
        progress.start()

        def advance(n: int) -> None:
            progress.update(task, advance=abs(n), records=summary.records)

    from moneyfacts.signals import raise_pending

    sizes: collections.deque[int] = collections.deque()
    try:
        tasks: Iterator[tuple[int, int, bytes]] = _lines(inp, summary, sizes)
        if done.lines:
            tasks = _skip_done(tasks, done, opts, args.out, advance, sizes)
        for text, status, verdicts in _ordered_map(
            partial(_check_line, opts), tasks, workers=workers, chunksize=chunksize
        ):
            out.write(text + "\n")
            out.flush()
            summary.add(status, verdicts)
            advance(sizes.popleft())
            raise_pending()  # a Ctrl-C whose KeyboardInterrupt was swallowed (in a __del__, say)
        while sizes:
            advance(sizes.popleft())
    finally:
        if progress is not None:
            progress.stop()
