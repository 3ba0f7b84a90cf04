"""Refreshing the rates: ``moneyfacts rates update``.

The bundled files are never touched. An update writes the user cache
(:func:`~moneyfacts.rates.store.cache_dir`) atomically: a temporary file in the same folder,
checked, then renamed over the old one. The store prefers a valid cached ECB history when it
is newer than the bundled one.

* :func:`update_ecb` downloads the ECB's full history (``eurofxref-hist.zip``) with a timeout,
  checks every line, and installs it. :func:`install_file` does the same from a local file.
  Either way the new file is *merged* into the history held (the bundled file and any earlier
  update): its days are added or corrected, no day and no currency is ever lost, so a partial
  file (a few recent days) extends the history instead of replacing it.
* :func:`reset` removes what updates wrote to the user cache: back to the bundled rates.
* :func:`update_forex_python` asks forex-python (optional extra ``live``) for the ECB rates of
  the business days after the last one held, and caches them apart, labelled
  ``"forex-python"``. Its service has been unreliable since 2025: every call has a deadline
  and any failure is a :class:`~moneyfacts.errors.ProviderError`.

Tests inject the network: ``fetch(url, timeout) -> bytes`` or a forex-python-like client.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import gzip
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from moneyfacts.errors import ProviderError, RatesDataError
from moneyfacts.rates import ecb
from moneyfacts.rates.store import ECB_FILE, RateStore, cache_dir, set_default_store

__all__ = [
    "ECB_URL",
    "FOREX_FILE",
    "UpdateResult",
    "http_fetch",
    "update_ecb",
    "install_file",
    "update_forex_python",
    "reset",
]

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
FOREX_FILE = "forex-python.csv.gz"
Fetch = Callable[[str, float], bytes]


@dataclass(frozen=True)
class UpdateResult:
    """What an update installed."""

    path: Path
    source: str
    first: dt.date | None
    last: dt.date | None
    currencies: int
    days: int
    #: Days the update added to the history held before (or corrected in it).
    added: int = 0


def http_fetch(url: str, timeout: float) -> bytes:
    """GET ``url`` with a timeout; any failure is a :class:`ProviderError`."""
    req = urllib.request.Request(url, headers={"User-Agent": "moneyfacts (rates update)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - fixed https URL
            return bytes(resp.read())
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ProviderError(f"could not download {url} within {timeout:g} s: {exc}") from exc


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: The lock file, in the cache folder, that updates hold while they read, merge and write.
LOCK_FILE = ".rates-update.lock"


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the cache folder's update lock (``fcntl.flock``, exclusive; waits for another
    update to finish), so that two concurrent updates each merge into what the other wrote
    and no day is lost. Where ``fcntl`` is missing (Windows), updates are not serialised."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(folder / LOCK_FILE, "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _today() -> dt.date:
    """The latest day it is anywhere on Earth now (UTC+14): no rate can be dated later."""
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=14)).date()


def _check_ecb(text: str, name: str, *, future_ok: bool = False) -> ecb.EcbTable:
    table = ecb.parse(text, name)
    for s in table.series.values():
        len(s)  # decode every column: a bad value fails here, not later
    if "USD" not in table.series or table.last is None:
        raise RatesDataError(name, 1, "no USD column: not an ECB reference-rate history")
    today = _today()
    if table.last > today and not future_ok:
        lines = text.replace("\r\n", "\n").split("\n")
        n = next((i for i, ln in enumerate(lines, 1) if i > 1 and ln[:10] > today.isoformat()
                  and ln[:4].isdigit()), None)
        raise RatesDataError(name, n, f"a row is dated {table.last}, after today ({today}): "
                             "rates are published for days that have come; nothing installed")
    return table


def _rows(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """(currency codes, {day: cells}) of a checked ECB CSV text."""
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    codes = [c.strip() for c in lines[0].rstrip(",").split(",")[1:]]
    rows: dict[str, list[str]] = {}
    for line in lines[1:]:
        cells = line.rstrip(",").split(",") if line.endswith(",") else line.split(",")
        rows[cells[0]] = [c.strip() for c in cells[1 : len(codes) + 1]]
    return codes, rows


def _held(cache: Path) -> list[str]:
    """The ECB histories held now, oldest authority first: the bundled file, then a valid
    cached one (a damaged cache is ignored here, as the store ignores it)."""
    from moneyfacts.rates.store import bundled_dir

    texts = [ecb.read_text(bundled_dir() / ECB_FILE)]
    cached = cache / ECB_FILE
    if cached.is_file():
        try:
            text = ecb.read_text(cached)
            _check_ecb(text, str(cached), future_ok=True)  # (written before rows were refused)
            texts.append(text)
        except RatesDataError:
            pass
    return texts


def merge(held: list[str], new: str) -> tuple[str, int]:
    """One ECB CSV holding every day and currency of ``held`` and ``new`` (later texts win
    for a day they share), newest day first; and how many days ``new`` added or changed.

    >>> old = "Date,USD,\\n2030-01-02,1.1,\\n2030-01-01,1.2,\\n"
    >>> text, added = merge([old], "Date,USD,JPY,\\n2030-01-03,1.3,160.1,\\n")
    >>> print(text.strip()); added
    Date,USD,JPY,
    2030-01-03,1.3,160.1,
    2030-01-02,1.1,N/A,
    2030-01-01,1.2,N/A,
    1
    """
    codes: list[str] = []
    days: dict[str, dict[str, str]] = {}
    added = 0
    for k, text in enumerate([*held, new]):
        cols, rows = _rows(text)
        codes += [c for c in cols if c not in codes]
        for day, cells in rows.items():
            values = {c: v for c, v in zip(cols, cells) if v and v != "N/A"}
            before = days.get(day)
            merged = {**(before or {}), **values}
            if k == len(held) and merged != before:
                added += 1
            days[day] = merged
    lines = ["Date," + ",".join(codes) + ","]
    for day in sorted(days, reverse=True):
        lines.append(day + "," + ",".join(days[day].get(c, "N/A") for c in codes) + ",")
    return "\n".join(lines) + "\n", added


def _install_ecb(text: str, name: str, cache: Path | None) -> UpdateResult:
    _check_ecb(text, name)
    folder = cache or cache_dir()
    with _locked(folder):  # read, merge and write as one step: a concurrent update waits
        return _merge_into(folder, text, name)


def _merge_into(folder: Path, text: str, name: str) -> UpdateResult:
    held = _held(folder)
    merged, added = merge(held, text)
    table = _check_ecb(merged, name, future_ok=True)  # the new rows were checked; keep the held
    before = ecb.parse(held[-1], "held")
    if table.first is None or before.first is None or table.first > before.first or (
            before.last is not None and table.last is not None and table.last < before.last):
        raise RatesDataError(name, None, "merging it would shorten the history held; nothing installed")
    target = folder / ECB_FILE
    _atomic_write(target, gzip.compress(merged.encode("ascii"), mtime=0))
    set_default_store(None)  # the next lookup reloads, preferring the new file
    return UpdateResult(target, "ECB", table.first, table.last, len(table.series),
                        len(merged.strip().splitlines()) - 1, added)


def reset(*, cache: Path | None = None) -> list[Path]:
    """Remove the rates that updates wrote to the user cache (the bundled files stay); the
    next lookup uses the bundled rates. Returns the files removed.

    >>> import pathlib, tempfile
    >>> reset(cache=pathlib.Path(tempfile.mkdtemp()))
    []
    """
    folder = cache or cache_dir()
    removed: list[Path] = []
    if not folder.is_dir():
        set_default_store(None)
        return removed
    with _locked(folder):
        for name in (ECB_FILE, FOREX_FILE):
            path = folder / name
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            removed.append(path)
    set_default_store(None)
    return removed


def update_ecb(
    *, fetch: Fetch | None = None, timeout: float = 30.0, cache: Path | None = None, url: str = ECB_URL
) -> UpdateResult:
    """Download the ECB history and install it in the user cache.

    >>> import pathlib, tempfile, zipfile, io
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as zf:
    ...     zf.writestr("eurofxref-hist.csv", "Date,USD,\\n2025-01-05,1.1,\\n2025-01-04,1.2,\\n")
    >>> res = update_ecb(fetch=lambda url, timeout: buf.getvalue(), cache=pathlib.Path(tempfile.mkdtemp()))
    >>> res.added, res.path.name                    # two new days, merged into the history
    (2, 'eurofxref-hist.csv.gz')
    >>> res.first                                   # the bundled history is kept
    datetime.date(1999, 1, 4)
    """
    raw = (fetch or http_fetch)(url, timeout)
    return _install_ecb(ecb.decode_bytes(raw, url), url, cache)


def install_file(path: str | os.PathLike[str], *, cache: Path | None = None) -> UpdateResult:
    """Merge a downloaded ECB history (``.zip``, ``.csv.gz`` or ``.csv``, the whole history
    or only some days) into the history held, in the user cache."""
    return _install_ecb(ecb.read_text(Path(path)), str(path), cache)


def _with_deadline(fn: Callable[..., Any], timeout: float, *args: Any) -> Any:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(fn, *args).result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        raise ProviderError(
            f"forex-python did not answer within {timeout:g} s (its service has been unreliable "
            "since 2025); try 'moneyfacts rates update' for the ECB file instead"
        ) from None
    except ProviderError:
        raise
    except Exception as exc:  # noqa: BLE001 - any client failure is reported as such
        raise ProviderError(f"forex-python failed: {type(exc).__name__}: {exc}") from exc
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def update_forex_python(
    *,
    client: Any = None,
    timeout: float = 20.0,
    cache: Path | None = None,
    today: dt.date | None = None,
    max_days: int = 31,
    store: RateStore | None = None,
) -> UpdateResult:
    """Fetch, via forex-python, the euro rates of the weekdays after the last day held.

    ``client`` is a ``forex_python.converter.CurrencyRates`` (made if None; the package is
    imported only then). forex-python does not say which day a rate was published, so a day
    whose rates equal the previous day's is taken as a holiday and skipped. The rows are
    cached in ``forex-python.csv.gz`` and used only after the last ECB day, labelled
    ``"forex-python"``.
    """
    if client is None:
        try:
            from forex_python.converter import CurrencyRates  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise ProviderError(
                "forex-python is not installed: pip install 'moneyfacts[live]'"
            ) from exc
        client = CurrencyRates(force_decimal=True)
    store = store or RateStore()
    table = store.ecb_table
    assert table.last is not None
    codes = list(table.series)
    today = today or dt.date.today()
    day = table.last
    rows: list[tuple[dt.date, dict[str, Decimal]]] = []
    previous: dict[str, Decimal] | None = None
    while day < today and len(rows) < max_days:
        day += dt.timedelta(days=1)
        if day.weekday() >= 5:
            continue
        got = _with_deadline(client.get_rates, timeout, "EUR", day)
        if not isinstance(got, dict) or not got:
            raise ProviderError(f"forex-python returned no rates for {day}: {got!r}")
        try:
            rates = {str(k).upper(): Decimal(str(v)) for k, v in got.items()}
        except (InvalidOperation, ValueError) as exc:
            raise ProviderError(f"forex-python returned a non-numeric rate for {day}: {exc}") from exc
        if any(v <= 0 for v in rates.values()):
            raise ProviderError(f"forex-python returned a non-positive rate for {day}")
        if rates == previous:
            continue
        previous = rates
        rows.append((day, rates))
    header = "Date," + ",".join(codes) + ","
    lines = [header]
    for d, rates in reversed(rows):  # newest first, like the ECB file
        cells = [format(rates[c], "f") if c in rates else "N/A" for c in codes]
        lines.append(d.isoformat() + "," + ",".join(cells) + ",")
    text = "\n".join(lines) + "\n"
    target = (cache or cache_dir()) / FOREX_FILE
    if rows:
        ecb.parse(text, str(target))
        with _locked(target.parent):
            _atomic_write(target, gzip.compress(text.encode("ascii"), mtime=0))
        set_default_store(None)
    return UpdateResult(target, "forex-python", rows[0][0] if rows else None,
                        rows[-1][0] if rows else None, len(codes), len(rows))
