"""One currency's published rates, stored compactly and decoded on first use.

A :class:`Series` holds, per published day, the day's ordinal, the rate as an integer
mantissa and a decimal exponent (``1.0354`` is ``10354, -4``), and a small tag naming the
table it came from. Nothing becomes a :class:`~decimal.Decimal` until it is looked up, so
loading the bundled history costs a few arrays, not hundreds of thousands of objects.

>>> from array import array
>>> s = Series.from_arrays("USD", ("ECB",), array("l", [738000, 738003]),
...                        array("q", [10354, 1036]), array("b", [-4, -3]), b"\\0\\0")
>>> s.latest_index(738002), s.value(0), s.value(1)
(0, Decimal('1.0354'), Decimal('1.036'))
"""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal

__all__ = ["Series", "PairSeries", "Arrays", "split_decimal", "extend"]

#: (day ordinals, mantissas, exponents, tags): what a decoder returns.
Arrays = tuple["array[int]", "array[int]", "array[int]", bytes]


def split_decimal(text: str) -> tuple[int, int]:
    """A plain decimal string as (mantissa, exponent).

    >>> split_decimal("7.2673"), split_decimal("136"), split_decimal("0.000043")
    ((72673, -4), (136, 0), (43, -6))
    """
    point = text.find(".")
    if point < 0:
        return int(text), 0
    return int(text[:point] + text[point + 1 :]), point + 1 - len(text)


class Series:
    """Published rates of one currency against its source's base, sorted by day."""

    __slots__ = ("code", "labels", "_thunk", "_days", "_mant", "_exp", "_tags")

    def __init__(self, code: str, labels: tuple[str, ...], thunk: Callable[[], Arrays]) -> None:
        self.code = code
        #: ``labels[tag]`` names the source of an observation (``"ECB"``, ``"NBP table B"``).
        self.labels = labels
        self._thunk: Callable[[], Arrays] | None = thunk
        self._days: array[int] = array("l")
        self._mant: array[int] = array("q")
        self._exp: array[int] = array("b")
        self._tags = b""

    @classmethod
    def from_arrays(
        cls,
        code: str,
        labels: tuple[str, ...],
        days: array[int],
        mant: array[int],
        exp: array[int],
        tags: bytes,
    ) -> Series:
        """A series from ready arrays (sorted ascending by day)."""
        return cls(code, labels, lambda: (days, mant, exp, tags))

    def _ensure(self) -> None:
        if self._thunk is not None:
            self._days, self._mant, self._exp, self._tags = self._thunk()
            self._thunk = None

    def __len__(self) -> int:
        self._ensure()
        return len(self._days)

    @property
    def first(self) -> dt.date:
        self._ensure()
        return dt.date.fromordinal(self._days[0])

    @property
    def last(self) -> dt.date:
        self._ensure()
        return dt.date.fromordinal(self._days[-1])

    def day(self, i: int) -> int:
        """Ordinal of the i-th published day."""
        self._ensure()
        return self._days[i]

    def latest_index(self, ordinal: int) -> int:
        """Index of the last published day on or before ``ordinal`` (-1 if none). O(log n)."""
        self._ensure()
        return bisect_right(self._days, ordinal) - 1

    def first_index(self, ordinal: int) -> int:
        """Index of the first published day on or after ``ordinal`` (len if none)."""
        self._ensure()
        return bisect_left(self._days, ordinal)

    def value(self, i: int) -> Decimal:
        """The i-th rate, exactly as published."""
        self._ensure()
        return Decimal(self._mant[i]).scaleb(self._exp[i])

    def label(self, i: int) -> str:
        """The source of the i-th rate."""
        self._ensure()
        return self.labels[self._tags[i]]

    def tag_set(self) -> set[str]:
        """Every source label that occurs in the series."""
        self._ensure()
        return {self.labels[t] for t in set(self._tags)}


def extend(head: Series, tail: Series, after: int) -> Series:
    """``head`` followed by the observations of ``tail`` after day ``after``, each labelled
    with its own source (a provider's rows after the last ECB day)."""
    labels = head.labels + tuple(lb for lb in tail.labels if lb not in head.labels)

    def decode() -> Arrays:
        head._ensure()
        tail._ensure()
        d, m, e = array("l", head._days), array("q", head._mant), array("b", head._exp)
        tags = bytearray(head._tags)
        for i in range(tail.first_index(after + 1), len(tail._days)):
            d.append(tail._days[i])
            m.append(tail._mant[i])
            e.append(tail._exp[i])
            tags.append(labels.index(tail.labels[tail._tags[i]]))
        return d, m, e, bytes(tags)

    return Series(head.code, labels, decode)


class PairSeries:
    """The published rates of one currency pair, as a dense series by day.

    Built once per pair and store (see :meth:`RateStore.pair_series`): ``days`` are the
    ordinals on which both legs were published, ``approx`` their rates as floats (for
    screening only), ``legs`` each leg's index per published day (to compute the exact
    Decimal on demand), and ``dense[o - first]`` the index of the last published day on or
    before ordinal ``o`` (-1 before the first). A window, a year's search or an undated scan
    is then an index look-up and a slice; nothing is rebuilt per call.

    >>> p = PairSeries(array("l", [10, 12, 15]), array("d", [1.0, 1.5, 2.0]), (), 7,
    ...                lambda k: Decimal(k))
    >>> p.in_force(11), p.in_force(9), p.in_force(40), p.span(11, 15)
    (0, -1, -1, (0, 3))
    """

    __slots__ = ("days", "approx", "legs", "lookback", "first", "dense", "_exact")

    def __init__(self, days: array[int], approx: array[float], legs: tuple[array[int], ...],
                 lookback: int, exact: Callable[[int], Decimal]) -> None:
        self.days = days
        self.approx = approx
        self.legs = legs
        #: how many days a published rate stays in force.
        self.lookback = lookback
        self.first = days[0] if days else 0
        self._exact = exact
        dense = array("l")
        for k in range(len(days) - 1):
            dense.extend(array("l", [k]) * (days[k + 1] - days[k]))
        if days:
            dense.append(len(days) - 1)
        self.dense = dense

    def __len__(self) -> int:
        return len(self.days)

    def latest(self, ordinal: int) -> int:
        """Index of the last published day on or before ``ordinal`` (-1 if none)."""
        if not self.days or ordinal < self.first:
            return -1
        o = ordinal - self.first
        return self.dense[o] if o < len(self.dense) else len(self.days) - 1

    def in_force(self, ordinal: int) -> int:
        """Index of the rate in force on ``ordinal``: published on it or within ``lookback``
        days before it (-1 if none; a date past the data is never clamped)."""
        k = self.latest(ordinal)
        return k if k >= 0 and ordinal - self.days[k] <= self.lookback else -1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the rates in force over [start, end]: the one in force on
        ``start`` and every one published after it up to ``end``."""
        i = self.in_force(start)
        if i < 0:
            i = self.latest(start) + 1
        j = self.latest(end) + 1
        return i, max(i, j)

    def exact(self, k: int) -> Decimal:
        """The k-th rate as a Decimal, exactly as the store computes it."""
        return self._exact(k)
