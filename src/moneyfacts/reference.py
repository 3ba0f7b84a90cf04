"""Reference rates: the article's date, the regimes and pegs, the rates of a day and of a
window (read from the rate store, remembered with it)."""

from __future__ import annotations

import calendar
import datetime as dt
import statistics
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from moneyfacts.errors import InputError, RateNotAvailableError
from moneyfacts.models import ArticleDate, Rate, trusted

if False:  # pragma: no cover - typing only
    from moneyfacts.rates.store import RateStore

__all__ = ["DateSpec", "date_spec", "regime", "reference_span"]


@dataclass(frozen=True)
class DateSpec:
    """The article date as given: a day, a month, a year, or unknown (``start`` None)."""

    label: str | None
    start: dt.date | None
    end: dt.date | None


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_spec(value: dt.date | str | ArticleDate | None) -> DateSpec:
    """Read an article date: ``date``, ``"2025-12-23"``, ``"2025-12"``, ``"2025"`` or None.

    >>> date_spec("2025-12")
    DateSpec(label='2025-12', start=datetime.date(2025, 12, 1), end=datetime.date(2025, 12, 31))
    >>> date_spec("23/12/2025")
    Traceback (most recent call last):
    ...
    moneyfacts.errors.InputError: unreadable date '23/12/2025': use YYYY-MM-DD, YYYY-MM or YYYY
    """
    if value is None:
        return DateSpec(None, None, None)
    if isinstance(value, ArticleDate):  # dated from the article's own text (moneyfacts.dating)
        return DateSpec(value.label, value.start, value.end)
    if isinstance(value, str) and value.count("/") == 1:  # a range: 2025-10-01/2025-12-31
        first, last = (date_spec(v.strip()) for v in value.split("/"))
        if first.start is None or last.end is None or first.start > last.end:
            raise InputError(f"unreadable date range {value!r}: give START/END, the start first")
        return DateSpec(f"{first.start}/{last.end}", first.start, last.end)
    if not isinstance(value, (str, dt.date)):
        raise InputError(f"unreadable date {value!r}: give a date or a string YYYY-MM-DD, "
                         "YYYY-MM or YYYY")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return DateSpec(value.isoformat(), value, value)
    text = str(value).strip()
    try:
        if m := _MONTH.match(text):
            y, mo = int(m.group(1)), int(m.group(2))
            days = calendar.monthrange(y, mo)[1]
            return DateSpec(f"{y:04d}-{mo:02d}", dt.date(y, mo, 1), dt.date(y, mo, days))
        if m := _YEAR.match(text):
            y = int(m.group(1))
            return DateSpec(text, dt.date(y, 1, 1), dt.date(y, 12, 31))
        day = dt.date.fromisoformat(text)
        return DateSpec(day.isoformat(), day, day)
    except (ValueError, OverflowError):
        pass
    raise InputError(f"unreadable date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY")




@dataclass(frozen=True)
class _Peg:
    code: str
    anchor: str
    low: Decimal
    high: Decimal
    start: dt.date
    end: dt.date | None
    source: str


@dataclass(frozen=True)
class _Data:
    pegs: dict[str, tuple[_Peg, ...]]
    managed: frozenset[str]
    confusable: dict[str, tuple[str, ...]]


_PEG = re.compile(r"^([A-Z]{3}) = (\d+(?:\.\d+)?)(?:\.\.(\d+(?:\.\d+)?))? per ([A-Z]{3}) from (\S+)(?: until (\S+))?$")


@lru_cache(maxsize=1)
def _data() -> _Data:
    """``data/rates.txt``: pegs, regimes and look-alike currencies."""
    text = resources.files("moneyfacts").joinpath("data/rates.txt").read_text(encoding="utf-8")
    pegs: dict[str, list[_Peg]] = {}
    managed: set[str] = set()
    confusable: dict[str, tuple[str, ...]] = {}
    section = ""
    for raw in text.splitlines():
        line, _, comment = raw.partition(" #")
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "peg":
            m = _PEG.match(line)
            if m is None:
                raise ValueError(f"data/rates.txt: unreadable peg {line!r}")
            code, lo, hi, anchor, start, end = m.groups()
            pegs.setdefault(code, []).append(_Peg(
                code, anchor, Decimal(lo), Decimal(hi or lo), dt.date.fromisoformat(start),
                dt.date.fromisoformat(end) if end else None, comment.strip()))
        elif section == "regime":
            name, _, codes = line.partition(" = ")
            if name.strip() == "managed":
                managed.update(codes.split())
        elif section == "confusable":
            code, _, others = line.partition(" = ")
            confusable[code.strip()] = tuple(others.split())
    return _Data({k: tuple(v) for k, v in pegs.items()}, frozenset(managed), confusable)


def _peg(code: str, day: dt.date) -> _Peg | None:
    for p in _data().pegs.get(code, ()):
        if p.start <= day and (p.end is None or day <= p.end):
            return p
    return None


def regime(base: str, quote: str, day: dt.date) -> str:
    """The regime of a pair on a day: "pegged" when one side is pegged to the other,
    "managed" when either side is a managed currency, else "floating".

    >>> import datetime as dt
    >>> regime("SAR", "USD", dt.date(2024, 1, 2)), regime("USD", "CNY", dt.date(2024, 1, 2))
    ('pegged', 'managed')
    """
    for a, b in ((base, quote), (quote, base)):
        p = _peg(a, day)
        if p is not None and p.anchor == b:
            return "pegged"
    m = _data().managed
    return "managed" if base in m or quote in m else "floating"


def at_par(a: str, b: str, day: dt.date) -> bool:
    """Whether one of ``a``, ``b`` is pegged to the other one for one on ``day`` (the
    Gibraltar pound and sterling, the Bermudian and US dollars): no figure tells them apart.

    >>> import datetime as dt
    >>> at_par("BMD", "USD", dt.date(2024, 1, 2)), at_par("USD", "SAR", dt.date(2024, 1, 2))
    (True, False)
    """
    for x, y in ((a, b), (b, a)):
        p = _peg(x, day)
        if p is not None and p.anchor == y and p.low == p.high == 1:
            return True
    return _twins(a, b, day)


def _twins(a: str, b: str, day: dt.date) -> bool:
    """Two currencies fixed to one anchor at one value (the West and Central African CFA
    francs, 655.957 per euro each): one for one to each other.

    >>> import datetime as dt
    >>> _twins("XOF", "XAF", dt.date(2024, 1, 2)), _twins("SAR", "AED", dt.date(2024, 1, 2))
    (True, False)
    """
    x, y = _fixed(a, day), _fixed(b, day)
    return a != b and x[2] is not None and y[2] is not None and x[:2] == y[:2]


@dataclass(frozen=True)
class _Ref:
    """The reference rates of a pair over a window: the rates shown, the extremes, the
    rate of the date, the regime."""

    rates: tuple[Rate, ...]
    lo: Decimal
    hi: Decimal
    at: Rate
    regime: str
    count: int
    first: dt.date
    #: The pair's realised volatility before the date: its typical (median) daily relative
    #: move over the last :data:`VOL_DAYS` published rates (0 for a peg).
    vol: Decimal = Decimal(0)


def _store(store: RateStore | None) -> RateStore:
    if store is not None:
        from moneyfacts.rates.store import RateStore as _RS

        if not isinstance(store, _RS):
            raise InputError(f"store must be a moneyfacts.rates.RateStore, not {type(store).__name__}")
        return store
    from moneyfacts.rates.store import default_store

    return default_store()


def _reference(base: str, quote: str, start: dt.date, end: dt.date, store: RateStore,
               pegs: bool = True) -> _Ref:
    """The reference rates of ``quote`` per ``base`` in force over [start, end], kept with
    the store (a new store, e.g. after ``rates update``, starts afresh). The rate of ``end``
    itself must be in force: a date past the data is never judged by older rates."""
    key = ("ref", base, quote, start, end, pegs)
    got = store.memo.get(key)
    if got is not None:
        return got  # type: ignore[return-value]
    ref = _build_reference(base, quote, start, end, store, pegs)
    if len(store.memo) > 20000:
        store.memo.clear()
    store.memo[key] = ref
    return ref


def _peg_rate(base: str, quote: str, value: Decimal, day: dt.date, p: _Peg) -> Rate:
    rate: Rate = trusted(Rate, {"base": base, "quote": quote, "value": value, "date": day,
                                "source": "peg", "via": None})
    return rate


def _build_reference(base: str, quote: str, start: dt.date, end: dt.date, store: RateStore,
                     pegs: bool = True) -> _Ref:
    reg = regime(base, quote, end)
    if pegs:
        fixed = _pegged(base, quote, start, end, store, reg)
        if fixed is not None:
            return fixed
    if base == quote:
        r = trusted(Rate, {"base": base, "quote": quote, "value": Decimal(1), "date": end,
                           "source": "identity", "via": None})
        return _Ref((r,), r.value, r.value, r, reg, 1, start)
    for code in (base, quote):
        first, last, source = store.coverage(code)
        if "table B" not in source and _past_the_data(end, last):  # B is weekly: its lookback
            raise RateNotAvailableError(code, end, first, last)
    series = store.pair_series(base, quote)
    o_end = end.toordinal()
    if series.in_force(o_end) < 0:
        for code in (base, quote):
            first, last, _ = store.coverage(code)
            if not first <= end <= last + dt.timedelta(days=series.lookback):
                raise RateNotAvailableError(code, end, first, last)
        p_first = dt.date.fromordinal(series.days[0]) if len(series) else None
        p_last = dt.date.fromordinal(series.days[-1]) if len(series) else None
        raise RateNotAvailableError(f"{base}/{quote}", end, p_first, p_last)
    i, j = series.span(start.toordinal(), o_end)
    values = [series.exact(k) for k in range(i, j)]
    k_lo = i + min(range(j - i), key=lambda n: values[n])
    k_hi = i + max(range(j - i), key=lambda n: values[n])
    shown = [store.rate_at(base, quote, k) for k in dict.fromkeys((j - 1, k_lo, k_hi))]
    return _Ref(tuple(shown), values[k_lo - i], values[k_hi - i], shown[0], reg, j - i,
                dt.date.fromordinal(series.days[i]), _volatility(series.approx, j))


def _pegged(base: str, quote: str, start: dt.date, end: dt.date, store: RateStore,
            reg: str) -> _Ref | None:
    """The reference of a pair fixed by a peg: one side pegged to the other (the peg's own
    value or band), or to a third currency (:func:`_peg_cross`); None for any other pair."""
    if reg == "pegged":
        for a, b, inv in ((base, quote, False), (quote, base, True)):
            p = _peg(a, end)
            if p is not None and p.anchor == b:
                # A peg is known as far as the rate data reaches, no further.
                first, last, _ = store.coverage(b)
                if _past_the_data(end, last):
                    raise RateNotAvailableError(
                        a, end, reason=f"the rate data, and with it the {a} peg's record, "
                        f"covers {first} to {last}")
                # p.low..p.high are units of ``a`` per ``b``; the Rate is quote per base.
                vals = [p.low, p.high] if inv else [Decimal(1) / p.high, Decimal(1) / p.low]
                rs = tuple(_dedupe_values([_peg_rate(base, quote, v, end, p) for v in vals]))
                return _Ref(rs, min(r.value for r in rs), max(r.value for r in rs), rs[0], reg,
                            1, p.start if p.start > start else start)
    return _peg_cross(base, quote, start, end, store) if base != quote else None


def peg_legs(base: str, quote: str, day: dt.date) -> tuple[str, str, Decimal] | None:
    """The pair whose market rates stand behind ``base``/``quote`` when a side is pegged to a
    third currency: (anchor of base, anchor of quote, k), the rate of the pair being k times
    the anchors' rate; None when neither side is (the pair's own rates stand).

    >>> import datetime as dt
    >>> a, b, k = peg_legs("XOF", "USD", dt.date(2025, 4, 14))  # type: ignore[misc]
    >>> a, b, round(1 / k, 3)
    ('EUR', 'USD', Decimal('655.957'))
    """
    a, fa, pa = _fixed(base, day)
    b, fb, pb = _fixed(quote, day)
    if pa is None and pb is None:
        return None
    return a, b, fb / fa


def _fixed(code: str, day: dt.date) -> tuple[str, Decimal, _Peg | None]:
    """``code`` as its anchor: (anchor, units of ``code`` per anchor, the peg), or itself
    (``code``, 1, None) when no peg of one value is in force on ``day`` (a band such as the
    Hong Kong dollar's keeps its own market rate)."""
    p = _peg(code, day)
    if p is None or p.low != p.high:
        return code, Decimal(1), None
    return p.anchor, p.low, p


def _peg_cross(base: str, quote: str, start: dt.date, end: dt.date,
               store: RateStore) -> _Ref | None:
    """The reference of a pair one of whose sides is pegged to a third currency: the peg
    times the anchor's own reference rates, not the rate table's (the CFA franc per dollar
    is 655.957 per euro times the euro's dollar rate; NBP's weekly table B, which lists the
    franc, strays from it by up to several per cent). Two currencies pegged to one anchor
    (the riyal and the dirham) are pegged to each other. None when neither side is pegged to
    another currency, or the anchor's pair has no rates (the table's own then stand).

    >>> import datetime as dt
    >>> from moneyfacts.rates.store import default_store
    >>> ref = _peg_cross("XOF", "USD", dt.date(2025, 4, 14), dt.date(2025, 4, 14), default_store())
    >>> ref.at.source, ref.at.via, round(1 / ref.at.value, 2)
    ('ECB and the XOF peg', 'EUR', Decimal('576.56'))
    >>> ref = _peg_cross("SAR", "AED", dt.date(2025, 4, 14), dt.date(2025, 4, 14), default_store())
    >>> ref.regime, ref.at.value.quantize(Decimal("0.0001")), ref.at.source
    ('pegged', Decimal('0.9793'), 'the SAR and AED pegs')
    """
    a, fa, pa = _fixed(base, end)
    b, fb, pb = _fixed(quote, end)
    if pa is None and pb is None:
        return None
    if a == b:  # both pegged to one anchor: fixed to each other
        first, last, _ = store.coverage(a)
        if _past_the_data(end, last):
            raise RateNotAvailableError(base, end, reason=f"the rate data, and with it the pegs' "
                                        f"record, covers {first} to {last}")
        v = fb / fa
        pegs = f"the {base} and {quote} pegs" if pa is not None and pb is not None else "the peg"
        r: Rate = trusted(Rate, {"base": base, "quote": quote, "value": v, "date": end,
                                 "source": pegs, "via": a})
        since = max(p.start for p in (pa, pb) if p is not None)
        return _Ref((r,), v, v, r, "pegged", 1, since if since > start else start)
    try:
        ref = _reference(a, b, start, end, store)
    except RateNotAvailableError:
        return None
    k = fb / fa
    named = " and ".join(c for c, p in ((base, pa), (quote, pb)) if p is not None)
    tail = f" and the {named} peg" + ("s" if pa is not None and pb is not None else "")

    def scaled(x: Rate) -> Rate:
        out: Rate = trusted(Rate, {"base": base, "quote": quote, "value": x.value * k,
                                   "date": x.date, "source": x.source + tail,
                                   "via": x.via or (a if pa is not None else b)})
        return out

    rs = tuple(scaled(x) for x in ref.rates)
    return _Ref(rs, ref.lo * k, ref.hi * k, scaled(ref.at), ref.regime, ref.count, ref.first,
                ref.vol)


#: How many daily moves the realised volatility is measured over (about a month of fixings).
VOL_DAYS = 20


def _volatility(approx: Sequence[float], j: int) -> Decimal:
    """The pair's typical daily move before index ``j`` (the rate of the date included):
    the median of the relative moves of the last ``VOL_DAYS`` rates, to four significant
    figures. A median, so one day of a crash counts as one day."""
    window = approx[max(0, j - VOL_DAYS - 1): j]
    moves = sorted(abs(b / a - 1) for a, b in zip(window, window[1:]) if a > 0)
    if not moves:
        return Decimal(0)
    return Decimal(f"{statistics.median(moves):.4g}")


def previous_business_day(day: dt.date) -> dt.date:
    """The business day (Monday to Friday) before ``day``.

    >>> previous_business_day(dt.date(2025, 1, 20))
    datetime.date(2025, 1, 17)
    """
    d = day - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _past_the_data(day: dt.date, last: dt.date) -> bool:
    """Whether ``day`` lies past the data ending on ``last``: a business day (Monday to
    Friday) falls after ``last`` up to ``day``, whose rate the data does not hold. The rate of
    the last day stands only over the weekend after it, never for the days the data has not
    reached yet (it is never clamped).

    >>> import datetime as dt
    >>> fri = dt.date(2026, 10, 30)
    >>> _past_the_data(dt.date(2026, 11, 1), fri), _past_the_data(dt.date(2026, 11, 2), fri)
    (False, True)
    """
    d = last + dt.timedelta(days=1)
    while d <= day:
        if d.weekday() < 5:
            return True
        d += dt.timedelta(days=1)
    return False


def _dedupe_values(rs: list[Rate]) -> list[Rate]:
    out: list[Rate] = []
    for r in rs:
        if all(r.value != o.value for o in out):
            out.append(r)
    return out


def reference_span(base: str, quote: str, start: dt.date, end: dt.date, *,
                   store: RateStore | None = None) -> tuple[Decimal, Decimal]:
    """The lowest and highest reference rate (``quote`` per ``base``) over [start, end]:
    the store's published rates, or the peg when one side is pegged to the other.

    >>> import datetime as dt
    >>> reference_span("SAR", "USD", dt.date(2024, 1, 1), dt.date(2024, 1, 8))
    (Decimal('0.2666666666666666666666666667'), Decimal('0.2666666666666666666666666667'))
    """
    ref = _reference(base, quote, start, end, _store(store))
    return ref.lo, ref.hi
