"""Loading the bundled rates and looking rates up: :class:`RateStore`.

Two sources, one rule for crosses:

* **ECB** euro reference rates (41 currencies and the euro, daily since 1999). A pair of
  currencies the ECB publishes is always taken from the ECB, crossed through the euro
  (``via="EUR"``), both legs from the same ECB day.
* **NBP** (National Bank of Poland) mid rates, table A (daily) and table B (weekly), for
  the currencies the ECB lacks. A pair with such a currency is taken *wholly* from NBP,
  crossed through the złoty (``via="PLN"``), both legs from the same NBP table day, and
  labelled with the table(s) used: ``"NBP table B"``, or ``"NBP tables A+B"`` when one leg
  is a daily table-A currency such as USD. The two sources are never mixed in one rate.

On a day without publication the last day *on or before* the day asked is used, looking
back at most ``lookback`` days; a later day is never used and a date outside the data is
never clamped. By default ``lookback`` is 7 days for the daily tables (ECB, NBP table A);
a rate that needs NBP table B, published weekly (every second week before 2005) and in force
until the next table, may look back 15 days unless ``lookback`` is given.

>>> import datetime as dt
>>> store = default_store()
>>> r = store.get_rate("USD", "CNY", dt.date(2025, 1, 22))
>>> round(r.value, 4), r.date, r.source, r.via
(Decimal('7.2673'), datetime.date(2025, 1, 22), 'ECB', 'EUR')
>>> store.get_rate("USD", "TWD", dt.date(2025, 1, 22)).source
'NBP tables A+B'
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import warnings
from array import array
from dataclasses import dataclass
from functools import lru_cache
from decimal import Context, Decimal, localcontext
from pathlib import Path
from typing import NoReturn

from moneyfacts.errors import (
    InputError,
    RateNotAvailableError,
    RatesDataError,
    UnknownCurrencyError,
)
from moneyfacts.models import Rate, trusted
from moneyfacts.rates import ecb, nbp
from moneyfacts.rates.series import PairSeries, Series, extend


def _relabel(s: Series, label: str) -> Series:
    s.labels = (label,)
    return s
from moneyfacts.rates.ratewindow import RateWindow

__all__ = [
    "RateStore",
    "default_store",
    "set_default_store",
    "load",
    "bundled_dir",
    "cache_dir",
    "ECB_FILE",
    "NBP_FILE",
    "DAILY_LOOKBACK",
    "WEEKLY_LOOKBACK",
]

ECB_FILE = "eurofxref-hist.csv.gz"
NBP_FILE = "nbp-rates.txt.gz"
DAILY_LOOKBACK = 7
WEEKLY_LOOKBACK = 15
#: Decimal arithmetic for crosses: 28 significant digits, whatever the caller's context.
CONTEXT = Context(prec=28)

_PathLike = str | os.PathLike[str]


def bundled_dir() -> Path:
    """Where the bundled rate files are: ``moneyfacts/_rates`` in an installed wheel,
    ``<repo>/rates`` in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here.parent / "_rates"
    if (installed / ECB_FILE).is_file():
        return installed
    return here.parents[2] / "rates"


def cache_dir() -> Path:
    """The user-level cache that ``moneyfacts rates update`` writes.

    ``$MONEYFACTS_CACHE`` if set, else ``$XDG_CACHE_HOME/moneyfacts``, else
    ``~/.cache/moneyfacts``.
    """
    explicit = os.environ.get("MONEYFACTS_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "moneyfacts"


_WITHDRAWN = re.compile(r"^([A-Z]{3}) = (\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d) (ECB|NBP)$")


@lru_cache(maxsize=2)
def withdrawn(source: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The observations of ``source`` ("ECB" or "NBP") left out as the data's own errors:
    ``data/rates.txt``'s [withdrawn] section, each span of days (ordinals, both ends
    included) by currency, with its evidence in the file's comment.

    >>> import datetime as dt
    >>> [(dt.date.fromordinal(a), dt.date.fromordinal(b)) for a, b in withdrawn("NBP")["KWD"]]
    [(datetime.date(2018, 5, 2), datetime.date(2018, 5, 23))]
    """
    from importlib import resources

    text = resources.files("moneyfacts").joinpath("data/rates.txt").read_text(encoding="utf-8")
    spans: dict[str, list[tuple[int, int]]] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.partition(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section != "withdrawn":
            continue
        m = _WITHDRAWN.match(line)
        if m is None:
            raise RatesDataError("data/rates.txt", None, f"unreadable [withdrawn] line {line!r}")
        if m.group(4) == source:
            first, last = (dt.date.fromisoformat(m.group(k)).toordinal() for k in (2, 3))
            spans.setdefault(m.group(1), []).append((first, last))
    return {code: tuple(v) for code, v in spans.items()}


def _without(s: Series, spans: tuple[tuple[int, int], ...]) -> Series:
    """``s`` without its observations on the days of ``spans`` (decoded when first used)."""
    def thunk() -> tuple[array[int], array[int], array[int], bytes]:
        s._ensure()
        keep = [i for i, d in enumerate(s._days) if not any(a <= d <= b for a, b in spans)]
        return (array("l", (s._days[i] for i in keep)), array("q", (s._mant[i] for i in keep)),
                array("b", (s._exp[i] for i in keep)), bytes(s._tags[i] for i in keep))
    return Series(s.code, s.labels, thunk)


@dataclass(frozen=True)
class _Plan:
    kind: str  # "ECB" or "NBP"
    legs: tuple[Series | None, Series | None]  # None: the cross base itself (EUR or PLN)
    via: str | None


def _norm(code: str) -> str:
    if not isinstance(code, str):
        raise UnknownCurrencyError(repr(code))
    return code.strip().upper()


class RateStore:
    """The rates of one ECB history file and one NBP file, loaded once on first use.

    ``RateStore()`` reads the bundled files, preferring a valid user-cache ECB history
    (written by ``moneyfacts rates update``) when it is newer. Give ``ecb_path`` and/or
    ``nbp_path`` to read other files; ``nbp_path=False`` leaves NBP out. Nothing is read
    until the first lookup (or :meth:`load`).

    >>> import datetime as dt
    >>> store = RateStore()
    >>> store.get_rate("EUR", "USD", dt.date(2025, 1, 25))  # a Saturday
    Rate(base='EUR', quote='USD', value=Decimal('1.0472'), date=datetime.date(2025, 1, 24), source='ECB', via=None)
    """

    def __init__(
        self,
        ecb_path: _PathLike | None = None,
        nbp_path: _PathLike | None | bool = None,
        *,
        use_cache: bool = True,
    ) -> None:
        self._ecb_path = Path(ecb_path) if ecb_path is not None else None
        if nbp_path is False:
            self._nbp_path: Path | None = None
        elif nbp_path is None or nbp_path is True:
            self._nbp_path = bundled_dir() / NBP_FILE
        else:
            self._nbp_path = Path(nbp_path)
        self._use_cache = use_cache and ecb_path is None
        self._lock = threading.Lock()
        self._loaded = False
        self.ecb: ecb.EcbTable | None = None
        self.nbp: nbp.NbpTable | None = None
        self._ecb_codes: frozenset[str] = frozenset()
        self._nbp_codes: frozenset[str] = frozenset()
        self._known: list[str] = []
        #: What is computed from these rates and kept with them (pair series, the checker's
        #: windows): a new store, e.g. after ``rates update``, starts with none of it.
        self.memo: dict[object, object] = {}

    # -- loading -------------------------------------------------------------------------
    def _choose_ecb(self) -> Path:
        if self._ecb_path is not None:
            return self._ecb_path
        bundled = bundled_dir() / ECB_FILE
        if self._use_cache:
            cached = cache_dir() / ECB_FILE
            if cached.is_file():
                c_last, b_last = ecb.peek_last_date(cached), ecb.peek_last_date(bundled)
                if c_last is not None and (b_last is None or c_last > b_last):
                    return cached
        return bundled

    def load(self) -> RateStore:
        """Parse the files now (once); raise :class:`RatesDataError` if one is damaged."""
        if self._loaded:
            return self
        with self._lock:
            if self._loaded:
                return self
            path = self._choose_ecb()
            try:
                table = ecb.read(path)
            except RatesDataError as exc:
                bundled = bundled_dir() / ECB_FILE
                if self._ecb_path is not None or path == bundled:
                    raise
                warnings.warn(f"ignoring the cached rates: {exc}", stacklevel=2)
                table = ecb.read(bundled)
            if self._use_cache:
                self._add_provider_rows(table)
            self.ecb = table
            self.nbp = nbp.read(self._nbp_path) if self._nbp_path is not None else None
            if self.nbp is not None:
                for code, spans in withdrawn("NBP").items():
                    if code in self.nbp.series:
                        self.nbp.series[code] = _without(self.nbp.series[code], spans)
            self._ecb_codes = frozenset(table.series) | {"EUR"}
            nbp_codes = set(self.nbp.series) | {"PLN"} if self.nbp is not None else set()
            self._nbp_codes = frozenset(nbp_codes - self._ecb_codes)
            self._known = sorted(self._ecb_codes | self._nbp_codes)
            self._loaded = True
        return self

    def _add_provider_rows(self, table: ecb.EcbTable) -> None:
        """Append cached forex-python rows dated after the ECB history, labelled so."""
        path = cache_dir() / "forex-python.csv.gz"
        if not path.is_file() or table.last is None:
            return
        try:
            extra = ecb.read(path)
        except RatesDataError as exc:
            warnings.warn(f"ignoring the cached forex-python rates: {exc}", stacklevel=3)
            return
        if extra.last is None or extra.last <= table.last:
            return
        after = table.last.toordinal()
        for code, s in extra.series.items():
            if code in table.series:
                table.series[code] = extend(table.series[code], _relabel(s, "forex-python"), after)
        table.last = extra.last

    @property
    def ecb_table(self) -> ecb.EcbTable:
        self.load()
        assert self.ecb is not None
        return self.ecb

    def _ecb_series(self) -> dict[str, Series]:
        return self.ecb_table.series

    def _nbp_series(self) -> dict[str, Series]:
        self.load()
        return self.nbp.series if self.nbp is not None else {}

    # -- what is known --------------------------------------------------------------------
    def ecb_currencies(self) -> frozenset[str]:
        """Currencies taken from the ECB (with the euro itself)."""
        self.load()
        return self._ecb_codes

    def nbp_currencies(self) -> frozenset[str]:
        """Currencies taken from NBP: those the ECB lacks."""
        self.load()
        return self._nbp_codes

    def known_currencies(self) -> list[str]:
        """Every currency code a rate can be looked up for, sorted.

        >>> codes = RateStore().known_currencies()
        >>> len(codes) > 150, {"USD", "EUR", "CNY", "TWD", "AED", "VND", "NGN"} <= set(codes)
        (True, True)
        """
        self.load()
        return list(self._known)

    def _check(self, code: str) -> str:
        c = _norm(code)
        self.load()
        if c not in self._ecb_codes and c not in self._nbp_codes:
            raise UnknownCurrencyError(c, self._known)
        return c

    def coverage(self, currency: str) -> tuple[dt.date, dt.date, str]:
        """(first day, last day, source) of the rates for ``currency``.

        >>> RateStore().coverage("CNY")
        (datetime.date(2005, 4, 1), datetime.date(2026, 10, 30), 'ECB')
        >>> RateStore().coverage("TWD")[2]
        'NBP table B'
        """
        c = self._check(currency)
        if c in self.ecb_currencies():
            if c == "EUR":
                t = self.ecb_table
                assert t.first is not None and t.last is not None
                return t.first, t.last, ecb.SOURCE
            s = self._ecb_series()[c]
            return s.first, s.last, ecb.SOURCE
        if c == "PLN":  # only reached without ECB PLN, i.e. never with the bundled data
            s = self._nbp_series()["USD"]
            return s.first, s.last, "NBP"
        s = self._nbp_series()[c]
        labels = sorted(s.tag_set())
        source = labels[0] if len(labels) == 1 else "NBP tables " + "+".join(lb[-1] for lb in labels)
        return s.first, s.last, source

    # -- lookups --------------------------------------------------------------------------
    def _plan(self, base: str, quote: str) -> _Plan:
        ecb_codes = self.ecb_currencies()
        if base in ecb_codes and quote in ecb_codes:
            series = self._ecb_series()
            legs = (series.get(base), series.get(quote))
            via = None if "EUR" in (base, quote) else "EUR"
            return _Plan("ECB", legs, via)
        series = self._nbp_series()
        for c in (base, quote):
            if c != "PLN" and c not in series:
                other = quote if c == base else base
                raise RateNotAvailableError(
                    c,
                    dt.date.today(),
                    reason=f"{other} is published only by NBP and NBP publishes no {c} rate",
                )
        legs = (series.get(base), series.get(quote))
        via = None if "PLN" in (base, quote) else "PLN"
        return _Plan("NBP", legs, via)

    def _common_day(
        self, plan: _Plan, on: dt.date, lookback: int | None, currencies: tuple[str, str]
    ) -> tuple[int, list[int]]:
        """The last ordinal ≤ ``on`` on which every leg was published, and each leg's index."""
        limit = lookback if lookback is not None else (
            DAILY_LOOKBACK if plan.kind == "ECB" else WEEKLY_LOOKBACK
        )
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise InputError(f"lookback must be a whole number of days (0 or more), not {limit!r}")
        o = on.toordinal()
        legs = [(c, s) for c, s in zip(currencies, plan.legs) if s is not None]
        for c, s in legs:
            if not len(s) or o < s.day(0):
                first, last = (s.first, s.last) if len(s) else (None, None)
                raise RateNotAvailableError(c, on, first, last)
        day = o
        while True:
            idx = [s.latest_index(day) for _, s in legs]
            days = [s.day(i) if i >= 0 else -1 for (_, s), i in zip(legs, idx)]
            low = min(days) if days else o
            if low == day or not legs:
                break
            day = low
            if day < o - limit:
                break
        if day < o - limit or (legs and min(days) < 0):
            self._not_available(plan, legs, on, limit)
        if lookback is None and plan.kind == "NBP" and o - day > DAILY_LOOKBACK:
            # The weekly allowance is for currencies NBP lists in table B. A table's label is
            # inferred from the publishing rhythm and can be wrong at a switch-over (SAR in
            # April 2007), so a currency that is ever in table B keeps the allowance.
            tables = set().union(*(s.tag_set() for _, s in legs))
            if tables <= {nbp.LABELS[0]}:  # all daily: the weekly allowance does not apply
                self._not_available(plan, legs, on, DAILY_LOOKBACK)
        return day, idx

    def _not_available(self, plan: _Plan, legs: list[tuple[str, Series]], on: dt.date,
                       limit: int) -> NoReturn:
        o = on.toordinal()
        for c, s in legs:  # a leg whose data ends before the day asked: name its range
            if o - limit > s.day(-1):
                raise RateNotAvailableError(c, on, s.first, s.last)
        names = "/".join(c for c, _ in legs)
        before = [s.latest_index(o) for _, s in legs]
        lasts = [dt.date.fromordinal(s.day(i)).isoformat() for (_, s), i in zip(legs, before) if i >= 0]
        raise RateNotAvailableError(
            names,
            on,
            reason=(
                f"{plan.kind} published no {names} rate in the {limit} days up to {on}"
                + (f" (the last ones before: {', '.join(lasts)})" if lasts else "")
                + "; pass a larger lookback to accept an older rate"
            ),
        )

    def _rate_at(self, plan: _Plan, base: str, quote: str, day: int, idx: list[int]) -> Rate:
        values: list[Decimal] = []
        labels: set[str] = set()
        k = 0
        for s in plan.legs:
            if s is None:
                values.append(Decimal(1))
            else:
                values.append(s.value(idx[k]))
                labels.add(s.label(idx[k]))
                k += 1
        b, q = values
        with localcontext(CONTEXT):
            # ECB: units per euro, so quote/base. NBP: złoty per unit, so base/quote.
            value = q / b if plan.kind == "ECB" else b / q
        if len(labels) == 1:
            source = next(iter(labels))
        elif plan.kind == "NBP":
            source = "NBP tables A+B"
        else:
            source = " + ".join(sorted(labels))
        rate: Rate = trusted(Rate, {
            "base": base, "quote": quote, "value": value,
            "date": dt.date.fromordinal(day), "source": source, "via": plan.via,
        })
        return rate

    def get_rate(self, base: str, quote: str, on: dt.date, *, lookback: int | None = None) -> Rate:
        """``quote`` units per one ``base`` unit, as published on ``on`` or the last day before.

        See the module docstring for the sources, the cross rule and ``lookback``.

        >>> import datetime as dt
        >>> RateStore().get_rate("USD", "CNY", dt.date(2025, 12, 23)).value.quantize(Decimal("1.0000"))
        Decimal('7.0281')
        """
        b, q = self._check(base), self._check(quote)
        on = on.date() if isinstance(on, dt.datetime) else on
        if b == q:
            return Rate(base=b, quote=q, value=Decimal(1), date=on, source="identity")
        plan = self._plan(b, q)
        day, idx = self._common_day(plan, on, lookback, (b, q))
        return self._rate_at(plan, b, q, day, idx)

    def published_days(self, base: str, quote: str, start: dt.date, end: dt.date) -> list[dt.date]:
        """The days in [start, end] on which both legs of the pair were published.

        >>> import datetime as dt
        >>> RateStore().published_days("USD", "GBP", dt.date(2025, 12, 24), dt.date(2025, 12, 29))
        [datetime.date(2025, 12, 24), datetime.date(2025, 12, 29)]
        """
        b, q = self._check(base), self._check(quote)
        if b == q:
            return [dt.date.fromordinal(o) for o in range(start.toordinal(), end.toordinal() + 1)]
        plan = self._plan(b, q)
        return [dt.date.fromordinal(d) for d, _ in self._publications(plan, start, end)]

    def _publications(self, plan: _Plan, start: dt.date, end: dt.date) -> list[tuple[int, list[int]]]:
        legs = [s for s in plan.legs if s is not None]
        lo, hi = start.toordinal(), end.toordinal()
        if not legs or hi < lo:
            return []
        # Walk the shortest leg's days in the window and keep those all legs share.
        legs_sorted = sorted(legs, key=len)
        pivot = legs_sorted[0]
        out: list[tuple[int, list[int]]] = []
        for i in range(pivot.first_index(lo), len(pivot)):
            d = pivot.day(i)
            if d > hi:
                break
            idx = []
            for s in legs:
                j = s.latest_index(d)
                if j < 0 or s.day(j) != d:
                    break
                idx.append(j)
            else:
                out.append((d, idx))
        return out

    def pair_series(self, base: str, quote: str) -> PairSeries:
        """Every published rate of ``quote`` per ``base`` as a :class:`PairSeries`, built once
        per pair and kept with this store (a new store starts afresh).

        >>> import datetime as dt
        >>> p = RateStore().pair_series("USD", "CNY")
        >>> k = p.in_force(dt.date(2025, 1, 22).toordinal())
        >>> p.exact(k) == RateStore().get_rate("USD", "CNY", dt.date(2025, 1, 22)).value
        True
        """
        b, q = self._check(base), self._check(quote)
        key = (b, q)
        got = self.memo.get(("pair", key))
        if isinstance(got, PairSeries):
            return got
        if b == q:
            raise ValueError("a pair of one currency has no series")
        plan = self._plan(b, q)
        legs = [s for s in plan.legs if s is not None]
        for s in legs:
            s._ensure()
        if len(legs) == 1:
            idx_lists: list[list[int]] = [list(range(len(legs[0])))]
            days = list(legs[0]._days)
        else:
            where = {d: i for i, d in enumerate(legs[1]._days)}
            pairs = [(d, i, where[d]) for i, d in enumerate(legs[0]._days) if d in where]
            days = [d for d, _, _ in pairs]
            idx_lists = [[i for _, i, _ in pairs], [j for _, _, j in pairs]]
        idx = tuple(array("l", x) for x in idx_lists)

        floats = []
        n = 0
        for leg in plan.legs:
            if leg is None:
                floats.append([1.0] * len(days))
            else:
                m, e = leg._mant, leg._exp
                floats.append([m[i] * 10.0 ** e[i] for i in idx[n]])
                n += 1
        b_vals, q_vals = floats
        kinds = plan.legs
        approx = array("d", [q / b for b, q in zip(b_vals, q_vals)] if plan.kind == "ECB"
                       else [b / q for b, q in zip(b_vals, q_vals)])

        def exact(k: int) -> Decimal:
            vals = []
            n = 0
            for leg in kinds:
                if leg is None:
                    vals.append(Decimal(1))
                else:
                    vals.append(leg.value(idx[n][k]))
                    n += 1
            with localcontext(CONTEXT):
                return vals[1] / vals[0] if plan.kind == "ECB" else vals[0] / vals[1]

        lookback = DAILY_LOOKBACK
        if plan.kind == "NBP" and not set().union(*(s.tag_set() for s in legs)) <= {nbp.LABELS[0]}:
            lookback = WEEKLY_LOOKBACK
        series = PairSeries(array("l", days), approx, idx, lookback, exact)
        self.memo[("pair", key)] = series
        return series

    def rate_at(self, base: str, quote: str, k: int) -> Rate:
        """The k-th published rate of :meth:`pair_series` as a :class:`Rate`."""
        b, q = self._check(base), self._check(quote)
        p = self.pair_series(b, q)
        plan = self._plan(b, q)
        return self._rate_at(plan, b, q, p.days[k], [leg[k] for leg in p.legs])

    def window(
        self,
        base: str,
        quote: str,
        start: dt.date,
        end: dt.date,
        *,
        lookback: int | None = None,
    ) -> RateWindow:
        """The rates in force over [start, end], with their min and max.

        That is the rate in force on ``start`` (published on ``start`` or, within
        ``lookback``, before it) and every rate published after it up to ``end``.

        >>> import datetime as dt
        >>> w = RateStore().window("USD", "CNY", dt.date(2025, 1, 18), dt.date(2025, 1, 22))
        >>> [r.date.isoformat() for r in w.rates], w.min.date.isoformat()
        (['2025-01-17', '2025-01-20', '2025-01-21', '2025-01-22'], '2025-01-22')
        """
        b, q = self._check(base), self._check(quote)
        if end < start:
            raise ValueError(f"the window ends ({end}) before it starts ({start})")
        rates: list[Rate] = []
        try:
            rates.append(self.get_rate(b, q, start, lookback=lookback))
        except RateNotAvailableError:
            pass
        if b != q:
            plan = self._plan(b, q)
            for d, idx in self._publications(plan, start + dt.timedelta(days=1), end):
                rates.append(self._rate_at(plan, b, q, d, idx))
        if not rates:
            # Nothing in force: report why for the end of the window.
            self.get_rate(b, q, end, lookback=lookback)
            raise RateNotAvailableError(f"{b}/{q}", start, reason=f"no rate published from {start} to {end}")
        return RateWindow.of(b, q, start, end, rates)


_default: RateStore | None = None
_default_lock = threading.Lock()


def default_store() -> RateStore:
    """The process-wide store of the bundled (or newer cached) rates, created on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = RateStore()
    return _default


def set_default_store(store: RateStore | None) -> None:
    """Replace the process-wide store (``None``: start afresh on next use, e.g. after an update)."""
    global _default
    with _default_lock:
        _default = store


def load(ecb_path: _PathLike | None = None, nbp_path: _PathLike | None | bool = None) -> RateStore:
    """A store of the given files (default: the bundled ones), parsed now.

    A damaged file raises :class:`~moneyfacts.errors.RatesDataError` naming it and the line.

    >>> import pathlib, tempfile
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "bad.csv"
    >>> _ = bad.write_text("Date,USD,\\n2025-01-22,1.04,\\n2025-01-21,1.0x,\\n")
    >>> load(bad, nbp_path=False)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    moneyfacts.errors.RatesDataError: malformed rates file ...bad.csv:3: bad rate '1.0x'
    """
    return RateStore(ecb_path, nbp_path).load()
