"""Historical exchange rates, bundled and exact: the ECB reference rates and, for the
currencies the ECB lacks, the National Bank of Poland's tables A and B.

Every rate is a :class:`~moneyfacts.models.Rate` with the business day actually used, its
source and, for a cross, the common base (``via``). Arithmetic is Decimal throughout. The
bundled files are parsed once, on first use; each lookup is a binary search.

>>> import datetime as dt
>>> from moneyfacts import rates
>>> r = rates.get_rate("USD", "CNY", dt.date(2025, 1, 22))
>>> round(r.value, 4), r.source, r.via
(Decimal('7.2673'), 'ECB', 'EUR')
>>> r = rates.get_rate("USD", "TWD", dt.date(2025, 1, 26))   # a Sunday: table B of Wednesday
>>> r.date, r.source, r.via
(datetime.date(2025, 1, 22), 'NBP tables A+B', 'PLN')
>>> rates.get_rate("RUB", "USD", dt.date(2022, 6, 1))
Traceback (most recent call last):
...
moneyfacts.errors.RateNotAvailableError: no RUB rate for 2022-06-01: the rate data covers RUB from 2005-04-01 to 2022-03-01
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.models import Rate
    from moneyfacts.rates.store import (
        RateStore,
        bundled_dir,
        cache_dir,
        default_store,
        load,
        set_default_store,
    )
    from moneyfacts.rates.ratewindow import RateWindow

# The store, the models and pydantic load on first use, so that `moneyfacts.rates.cli` and
# the command line's argument parser stay cheap to import.
_LAZY = {
    "Rate": "moneyfacts.models",
    "RateStore": "moneyfacts.rates.store",
    "bundled_dir": "moneyfacts.rates.store",
    "cache_dir": "moneyfacts.rates.store",
    "default_store": "moneyfacts.rates.store",
    "load": "moneyfacts.rates.store",
    "set_default_store": "moneyfacts.rates.store",
    "RateWindow": "moneyfacts.rates.ratewindow",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'moneyfacts.rates' has no attribute {name!r}")


def _store() -> RateStore:
    from moneyfacts.rates.store import default_store as _default

    return _default()


def as_day(on: object, name: str = "on") -> dt.date:
    """A day from a ``date``, a ``datetime`` (its date) or an ISO ``"YYYY-MM-DD"`` string;
    anything else raises :class:`~moneyfacts.errors.InputError`.

    >>> as_day("2025-01-22")
    datetime.date(2025, 1, 22)
    """
    from moneyfacts.errors import InputError

    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    if isinstance(on, str):
        try:
            return dt.date.fromisoformat(on.strip())
        except ValueError:
            pass
        raise InputError(f"{name}={on!r} is not a day: use YYYY-MM-DD")
    raise InputError(f"{name} must be a date or a YYYY-MM-DD string, not {type(on).__name__}")


def as_lookback(lookback: object) -> int | None:
    """None, or a whole number of days >= 0; else :class:`~moneyfacts.errors.InputError`."""
    from moneyfacts.errors import InputError

    if lookback is None:
        return None
    if not isinstance(lookback, int) or isinstance(lookback, bool) or not 0 <= lookback <= 36600:
        raise InputError(f"lookback must be a whole number of days from 0 to 36600, not {lookback!r}")
    return lookback


def as_code(code: object, name: str) -> str:
    """A currency code as text (any case); anything else raises InputError."""
    from moneyfacts.errors import InputError

    if not isinstance(code, str):
        raise InputError(f"{name} must be a currency code (a str), not {type(code).__name__}")
    return code

__all__ = [
    "Rate",
    "RateStore",
    "RateWindow",
    "get_rate",
    "window",
    "as_day",
    "published_days",
    "coverage",
    "known_currencies",
    "load",
    "default_store",
    "set_default_store",
    "bundled_dir",
    "cache_dir",
]


def get_rate(base: str, quote: str, on: dt.date | str, *, lookback: int | None = None) -> Rate:
    """``quote`` units per one ``base`` unit on ``on`` (or the last published day before it).

    ``on`` is a date or an ISO ``"YYYY-MM-DD"`` string.

    ``lookback`` bounds how many days back a rate may come from (default 7 for the daily
    tables, 15 when NBP's weekly table B is needed); a later day is never used.

    >>> import datetime as dt
    >>> get_rate("GBP", "EUR", dt.date(2025, 12, 25)).date    # Christmas: the 24th
    datetime.date(2025, 12, 24)
    >>> get_rate("USD", "CNY", "2025-01-22").date
    datetime.date(2025, 1, 22)
    """
    return _store().get_rate(as_code(base, "base"), as_code(quote, "quote"), as_day(on),
                             lookback=as_lookback(lookback))


def window(
    base: str, quote: str, start: dt.date | str, end: dt.date | str, *, lookback: int | None = None
) -> RateWindow:
    """The rates in force over [start, end] with their min and max (see :class:`RateWindow`).

    >>> import datetime as dt
    >>> w = window("EUR", "USD", dt.date(2025, 1, 20), dt.date(2025, 1, 24))
    >>> len(w.rates), str(w.min.value), str(w.max.value)
    (5, '1.0316', '1.0472')
    """
    return _store().window(as_code(base, "base"), as_code(quote, "quote"), as_day(start, "start"),
                           as_day(end, "end"), lookback=as_lookback(lookback))


def published_days(base: str, quote: str, start: dt.date | str, end: dt.date | str) -> list[dt.date]:
    """Days in [start, end] with a published rate for the pair (both legs, same source).

    >>> import datetime as dt
    >>> published_days("USD", "AED", dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    [datetime.date(2025, 1, 8), datetime.date(2025, 1, 15), datetime.date(2025, 1, 22), datetime.date(2025, 1, 29)]
    """
    return _store().published_days(as_code(base, "base"), as_code(quote, "quote"),
                                   as_day(start, "start"), as_day(end, "end"))


def coverage(currency: str) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, source) of the bundled rates for ``currency``.

    >>> coverage("RUB")
    (datetime.date(2005, 4, 1), datetime.date(2022, 3, 1), 'ECB')
    """
    return _store().coverage(as_code(currency, "currency"))


def known_currencies() -> list[str]:
    """Every currency code with rates, sorted.

    >>> "TWD" in known_currencies() and "XYZ" not in known_currencies()
    True
    """
    return _store().known_currencies()
