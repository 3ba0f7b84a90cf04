"""Undated pairs: the dates over which a stated equivalent is consistent, found by scanning
the pair's series of rates in blocks of days (floats screen, Decimals decide at the edges).

>>> from moneyfacts import parse
>>> from moneyfacts.rates.store import default_store
>>> from moneyfacts.tolerance import Tolerance
>>> f = undated(parse("Rmb160 billion"), parse("$23 billion"), Tolerance(), default_store())
>>> f.verdict, len(f.consistent_dates) > 1
('unverifiable', True)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from moneyfacts.errors import MoneyfactsError
from moneyfacts.models import DateRange, Finding, Quantity, trusted
from moneyfacts.reference import _build_reference, _data, regime
from moneyfacts.tolerance import Tolerance, _allowance, _fitting_rates, _meets, _pairs, _widen

if False:  # pragma: no cover - typing only
    from moneyfacts.rates.store import RateStore

__all__ = ["undated", "intersect"]


def _finding(**fields: object) -> Finding:
    """A Finding from parts this room and :mod:`moneyfacts.verify` built and typed themselves
    (no second validation)."""
    finding: Finding = trusted(Finding, {"expected": None, "deviation": None, "rate": [],
                                         "cause": None, "consistent_dates": [],
                                         "subject": "equivalent", "band": None, "kind": "money",
                                         "form": None, "evidence": None, **fields})
    return finding


def undated(original: Quantity, stated: Quantity, tol: Tolerance, store: RateStore) -> Finding:
    """No article date: find the dates over which the pair is consistent (a scan of the
    pair's dense series by blocks; floats screen, Decimals decide at the edges)."""
    a, b = original.unit, stated.unit
    try:
        series = store.pair_series(a, b) if a != b else None
    except (MoneyfactsError, ValueError) as exc:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"cannot check {a} against {b}: {exc}")
    if series is None or not len(series):
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"cannot check {a} against {b}: no rates for the pair")
    fit = _fitting_rates(_pairs(original, stated, tol))
    ranges = _DayScan(a, b, fit, tol, store, series).ranges()
    last = series.days[-1] + tol.window
    found = [DateRange(start=dt.date.fromordinal(x), end=dt.date.fromordinal(min(y, last)))
             for x, y in ranges]
    source = store.rate_at(a, b, len(series.days) - 1).source
    verdict, text = _undated_verdict(found, series.days[0], series.days[-1], source)
    return _finding(original=original, stated=stated, verdict=verdict,
                    explanation=text + ".", consistent_dates=found)


def _undated_verdict(found: list[DateRange], first: int, last: int,
                     source: str) -> tuple[str, str]:
    """The verdict and its words: the dates that fit, named with the rates' source (the
    ECB's or the NBP's tables) and, when none fits, the span of the data searched.

    >>> import datetime as dt
    >>> d = dt.date(2024, 1, 2).toordinal()
    >>> _undated_verdict([], d, d + 30, "ECB")[1]
    'no date in the rate data (ECB, 2024-01-02 to 2024-02-01) makes these amounts agree'
    """
    if not found:
        return "inconsistent", (f"no date in the rate data ({source}, "
                                f"{dt.date.fromordinal(first)} to {dt.date.fromordinal(last)}) "
                                "makes these amounts agree")
    if len(found) == 1 and found[0].start.toordinal() <= first and found[0].end.toordinal() >= last:
        return "consistent", f"these amounts agree at every date in the rate data ({source})"
    latest = sorted(found, key=lambda d: d.end, reverse=True)  # most recent first
    shown = ", ".join(f"{d.start} to {d.end}" for d in latest[:4])
    more = f" and {len(found) - 4} more" if len(found) > 4 else ""
    return "unverifiable", (f"with no article date, at the {source} rates: consistent only "
                            f"from {shown}{more}")


def _screen(fit: tuple[Decimal, Decimal], allowance: Decimal, inner: bool) -> tuple[float, float]:
    """Float bounds on a rate for the fitting rates widened by ``allowance``: beyond float
    error outside (``inner=False``: a rate outside never fits) or inside (``inner``: a rate
    inside always fits)."""
    lo, hi = fit
    eps = 1e-9 if inner else -1e-9
    f_lo = float(lo / (1 + allowance)) * (1 + eps) if lo > 0 else 0.0
    f_hi = float(hi / (1 - allowance)) * (1 - eps) if hi.is_finite() else float("inf")
    return f_lo, f_hi


class _DayScan:
    """The days of a pair's series whose rate, widened by the band, fits: whole blocks of
    days (:data:`_BLOCKS`) skipped or taken at once from their lowest and highest rate, the
    rest day by day (a peg's days judged by the peg)."""

    def __init__(self, a: str, b: str, fit: tuple[Decimal, Decimal], tol: Tolerance,
                 store: RateStore, series: Any) -> None:
        self.a, self.b, self.fit, self.tol, self.store, self.series = a, b, fit, tol, store, series
        self.span = tol.window
        self.pegs = [p for p in _data().pegs.get(a, ()) + _data().pegs.get(b, ())
                     if {p.code, p.anchor} == {a, b}]
        # Without a peg between the two, the allowance is one for every day; else it changes
        # only where a peg starts or ends: screen with the widest.
        self.fixed = None if self.pegs else self.allowance_on(series.days[0])
        widest = max(_allowance(tol, reg) for reg in ("floating", "managed", "pegged"))
        self.outer = _screen(fit, self.fixed if self.fixed is not None else widest, False)
        self.inner = _screen(fit, self.fixed, True) if self.fixed is not None else (0.0, 0.0)
        self.out: list[list[int]] = []

    def allowance_on(self, o: int) -> Decimal:
        return _allowance(self.tol, regime(self.a, self.b, dt.date.fromordinal(o)))

    def add(self, start: int, end: int) -> None:
        if self.out and start <= self.out[-1][1] + 1:
            self.out[-1][1] = end + self.span
        else:
            self.out.append([start, end + self.span])

    def ranges(self) -> list[list[int]]:
        days, n, k = self.series.days, len(self.series.days), 0
        levels = [(size, _blocks(self.series, self.store, self.a, self.b, size))
                  for size in _BLOCKS]
        (f_lo, f_hi), (s_lo, s_hi) = self.outer, self.inner
        while k < n:
            for size, (mins, maxs, gaps) in levels:  # a whole block: all outside, or all inside
                if k % size:
                    continue
                i, end = k // size, min(k + size, n) - 1
                if maxs[i] < f_lo or mins[i] > f_hi:
                    break
                if s_lo <= mins[i] and maxs[i] <= s_hi and gaps[i] <= self.span + 1:
                    self.add(days[k], days[end])
                    break
            else:
                if self.fits(k):
                    self.add(days[k], days[k])
                k += 1
                continue
            k = end + 1
        return self.out

    def fits(self, k: int) -> bool:
        v, o = self.series.approx[k], self.series.days[k]
        if v < self.outer[0] or v > self.outer[1]:
            return False
        if self.inner[0] <= v <= self.inner[1]:
            return True
        exact = self.series.exact(k)
        aw = self.fixed if self.fixed is not None else self.allowance_on(o)
        if _meets(self.fit, _widen(exact, exact, aw)):
            return True
        p = next((p for p in self.pegs if p.start.toordinal() <= o
                  and (p.end is None or o <= p.end.toordinal())), None)
        if p is None:
            return False
        d = dt.date.fromordinal(o)
        ref = _build_reference(self.a, self.b, d, d, self.store)
        return _meets(self.fit, _widen(ref.lo, ref.hi, aw))


#: Days per block of a pair's series for the undated scan, largest first (min, max and
#: widest gap kept per block).
_BLOCKS = (64, 8)


def _blocks(series: object, store: RateStore, a: str, b: str, size: int
            ) -> tuple[list[float], list[float], list[int]]:
    """Per block of ``size`` published days: the lowest and highest rate (floats) and the
    widest gap between consecutive days (into the block), kept with the store."""
    key = ("blocks", a, b, size)
    got = store.memo.get(key)
    if got is not None:
        return got  # type: ignore[return-value]
    approx, days = series.approx, series.days  # type: ignore[attr-defined]
    mins, maxs, gaps = [], [], []
    for s in range(0, len(days), size):
        chunk = approx[s:s + size]
        mins.append(min(chunk))
        maxs.append(max(chunk))
        gaps.append(max((days[j] - days[j - 1] for j in range(s + 1, min(s + size, len(days)))),
                        default=0))
    store.memo[key] = (mins, maxs, gaps)
    return mins, maxs, gaps


def intersect(a: list[DateRange], b: list[DateRange]) -> list[DateRange]:
    """The days in both lists of ranges (each sorted and disjoint, as the scans give them):
    one pass over both, in order."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        x, y = a[i], b[j]
        lo, hi = max(x.start, y.start), min(x.end, y.end)
        if lo <= hi:
            out.append(DateRange(start=lo, end=hi))
        if x.end < y.end:
            i += 1
        else:
            j += 1
    return out
