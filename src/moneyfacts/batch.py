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
in input order, written and flushed one at a time (a killed run leaves complete lines).
``--resume`` skips the records whose id (or, without an id, line) is already in ``--out``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar

from moneyfacts.cli import add_batch_arguments as add_arguments
from moneyfacts.errors import InputError

__all__ = [
    "BatchError",
    "BatchResult",
    "check_many",
    "add_arguments",
    "run_cli",
    "Summary",
]

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
    dollar: str = "USD"
    yen: str = "JPY"
    text_field: str = "text"
    date_field: str = "date"
    id_field: str = "id"
    jsonl: bool = False  # items are raw JSON Lines (bytes)


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
        extra = {k: item[k] for k in ("dollar", "yen") if item.get(k) is not None}
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
        text, date, extra = _fields(item, opts)
        if not isinstance(text, str):
            raise InputError(f"the {opts.text_field!r} field is {_json_type(text)}, not a string")
        if date is _MISSING or date is None:
            date = opts.date
        elif not isinstance(date, (str, dt.date)):
            raise InputError(f"the {opts.date_field!r} field is {_json_type(date)}, not a date string")
        report = check(text, date=date, window=opts.window, dollar=extra.get("dollar", opts.dollar),
                       yen=extra.get("yen", opts.yen))
        return BatchResult(index=index, id=rid, line=line, status="ok", report=report)
    except Exception as exc:  # noqa: BLE001 - a bad record must never stop the run
        return BatchResult(index=index, id=rid, line=line, status="error",
                           error=BatchError(type=type(exc).__name__, message=str(exc)))


def _json_type(v: Any) -> str:
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
            str: "a string", list: "an array", dict: "an object"}.get(type(v), type(v).__name__)


def _check_line(opts: _Options, task: tuple[int, int | None, Any]) -> tuple[str, Status, dict[str, int], Any]:
    """For the command line: the output line (JSON), status, verdict counts, resume key."""
    r = _check_one(opts, task)
    text = json.dumps(r.record(), ensure_ascii=False)
    return text, r.status, r.verdicts(), _key(r.id, r.line)


def _key(rid: RecordId, line: int | None) -> tuple[str, Any]:
    return ("id", rid) if rid is not None else ("line", line)


# --- ordered, bounded mapping over processes ---------------------------------------------------

T = TypeVar("T")
R = TypeVar("R")


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


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

    pending: collections.deque[Future[list[R]]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < limit:
                    chunk = [x for _, x in zip(range(chunksize), it)]
                    if not chunk:
                        exhausted = True
                        break
                    pending.append(pool.submit(_run_chunk, fn, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()


# --- library API -----------------------------------------------------------------------------


def check_many(
    items: Iterable[str | tuple[Any, ...] | Mapping[str, Any]],
    *,
    date: dt.date | str | None = None,
    workers: int = 1,
    window: int | None = None,
    dollar: str = "USD",
    yen: str = "JPY",
    text_field: str = "text",
    date_field: str = "date",
    id_field: str = "id",
    chunksize: int = 32,
) -> Iterator["BatchResult"]:
    """Check many texts; a lazy generator of :class:`BatchResult`, one per input, in order.

    ``date`` is the article date of inputs that carry none (a missing or null date). Each
    input is a string, a ``(text, date[, id])`` tuple, or a mapping with ``text_field``,
    ``date_field`` and ``id_field`` keys (a mapping may also set ``dollar``/``yen``).
    ``workers > 1`` checks in that many processes (``chunksize`` inputs per task, a bounded
    read-ahead). Errors in one input become ``status="error"`` results; nothing is dropped.

    >>> [r.report.findings[0].verdict for r in check_many(
    ...     ["€8.5bn ($8.9bn)", "€8.5bn ($9.2bn)"], date="2025-03-03")]
    ['consistent', 'inconsistent']
    """
    if workers < 1:
        raise InputError(f"workers must be at least 1, not {workers}")
    opts = _Options(date=date, window=window, dollar=dollar, yen=yen, text_field=text_field,
                    date_field=date_field, id_field=id_field)
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


def _read_done(path: str, summary: Summary) -> set[tuple[str, Any]]:
    """Keys of the complete records in an earlier output; cuts off a torn last line."""
    done: set[tuple[str, Any]] = set()
    try:
        fh = open(path, "r+b")
    except FileNotFoundError:
        return done
    with fh:
        good_end = 0
        pos = 0
        for raw in fh:
            pos += len(raw)
            try:
                rec = json.loads(raw)
                key = _key(rec.get("id"), rec.get("line"))
            except (ValueError, AttributeError):
                break
            if not raw.endswith(b"\n"):
                break
            good_end = pos
            if key in done:
                continue
            done.add(key)
            verdicts: dict[str, int] = {}
            for f in (rec.get("report") or {}).get("findings", ()):
                verdicts[f.get("verdict")] = verdicts.get(f.get("verdict"), 0) + 1
            summary.add(rec.get("status", "error"), verdicts)
            summary.resumed += 1
        fh.truncate(good_end)
    return done


def _lines(fh: IO[bytes], summary: Summary, progress: Callable[[int], None]) -> Iterator[tuple[int, int, bytes]]:
    index = 0
    for n, raw in enumerate(fh, 1):
        progress(len(raw))
        if not raw.strip():
            summary.blank += 1
            continue
        yield index, n, raw
        index += 1


def run_cli(args: argparse.Namespace) -> int:
    """``moneyfacts check --jsonl``: 0 when nothing is inconsistent, 1 when something is.

    Unusable arguments or an unreadable input file raise ``InputError`` / ``OSError`` (exit 2
    from the command); a bad record only yields an error record.
    """
    from moneyfacts.verify import date_spec

    if args.workers < 1:
        raise InputError(f"--workers must be at least 1, not {args.workers}")
    if getattr(args, "window", None) is not None and args.window < 0:
        raise InputError("--window must be zero or more days")
    if getattr(args, "files", None):
        raise InputError("give either FILE arguments or --jsonl, not both")
    to_stdout = args.out in (None, "-")
    if args.resume and to_stdout:
        raise InputError("--resume needs --out PATH (it reads the records already written there)")
    date = getattr(args, "date", None)
    if date is not None:
        date_spec(date)  # a bad --date is a usage error, not 100,000 error records
    from moneyfacts.extract import extract

    extract("", dollar=getattr(args, "dollar", "USD"), yen=getattr(args, "yen", "JPY"))  # bad code: exit 2
    opts = _Options(date=date, window=getattr(args, "window", None),
                    dollar=getattr(args, "dollar", "USD"), yen=getattr(args, "yen", "JPY"),
                    text_field=args.text_field, date_field=args.date_field,
                    id_field=args.id_field, jsonl=True)

    # Open the input first: an unreadable path must not truncate the output.
    if args.jsonl == "-":
        inp: IO[bytes] = sys.stdin.buffer
        total = None
    else:
        inp = open(args.jsonl, "rb")
        try:
            total = os.fstat(inp.fileno()).st_size
        except OSError:  # pragma: no cover
            total = None
    summary = Summary()
    try:
        done: set[tuple[str, Any]] = set()
        if to_stdout:
            out: IO[str] = sys.stdout
        else:
            if args.resume:
                done = _read_done(args.out, summary)
            out = open(args.out, "a" if args.resume else "w", encoding="utf-8", buffering=1)
        try:
            _run(inp, out, opts, args, summary, done, total)
        finally:
            if not to_stdout:
                out.close()
    finally:
        if inp is not sys.stdin.buffer:
            inp.close()
    print(f"moneyfacts: {summary.text()}", file=sys.stderr)
    return 1 if summary.verdicts.get("inconsistent") else 0


def _run(inp: IO[bytes], out: IO[str], opts: _Options, args: argparse.Namespace,
         summary: Summary, done: set[tuple[str, Any]], total: int | None) -> None:
    show = not args.no_progress and sys.stderr.isatty()
    progress: Any = None
    advance: Callable[[int], None] = lambda n: None  # noqa: E731
    if show:
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        progress = Progress(TextColumn("checking"), BarColumn(), DownloadColumn(),
                            TextColumn("{task.fields[records]} records"), TimeElapsedColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = progress.add_task("check", total=total, records=0)
        progress.start()

        def advance(n: int) -> None:
            progress.update(task, advance=n, records=summary.records)

    try:
        tasks: Iterable[tuple[int, int, bytes]] = _lines(inp, summary, advance)
        if done:
            tasks = (t for t in tasks if not _may_be_done(t, done, opts))
        for text, status, verdicts, key in _ordered_map(
            partial(_check_line, opts), tasks, workers=args.workers
        ):
            if done and key in done:
                continue  # its id was written by the earlier run
            out.write(text + "\n")
            out.flush()
            summary.add(status, verdicts)
    finally:
        if progress is not None:
            progress.stop()


def _may_be_done(task: tuple[int, int, bytes], done: set[tuple[str, Any]], opts: _Options) -> bool:
    """Cheap pre-filter for --resume: is this record's id (or line) already written?"""
    _, line, raw = task
    try:
        rec = json.loads(raw)
    except ValueError:
        return ("line", line) in done
    rid = _clean_id(rec.get(opts.id_field)) if isinstance(rec, dict) else None
    return _key(rid, line) in done
