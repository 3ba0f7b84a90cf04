"""The rates of one currency pair over a window of days."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from moneyfacts.models import Rate

__all__ = ["RateWindow"]


class RateWindow(BaseModel):
    """Rates of ``quote`` per ``base`` in force over [start, end], with the extremes.

    ``rates`` is in day order; ``min`` and ``max`` are the rates with the lowest and the
    highest value (the earliest such day on a tie).

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> r = [Rate(base="USD", quote="CNY", value=Decimal(v), date=dt.date(2025, 1, d), source="ECB", via="EUR")
    ...      for v, d in (("7.31", 20), ("7.28", 21), ("7.30", 22))]
    >>> w = RateWindow.of("USD", "CNY", dt.date(2025, 1, 20), dt.date(2025, 1, 22), r)
    >>> str(w.min.value), str(w.max.value), w.max.date.day
    ('7.28', '7.31', 20)
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    base: str
    quote: str
    start: dt.date
    end: dt.date
    rates: list[Rate]
    min: Rate
    max: Rate

    @classmethod
    def of(cls, base: str, quote: str, start: dt.date, end: dt.date, rates: list[Rate]) -> RateWindow:
        """The window of the given rates (at least one)."""
        if not rates:
            raise ValueError("a rate window needs at least one rate")
        ordered = sorted(rates, key=lambda r: r.date)
        lo = min(ordered, key=lambda r: r.value)
        hi = max(ordered, key=lambda r: r.value)
        return cls(base=base, quote=quote, start=start, end=end, rates=ordered, min=lo, max=hi)
