"""Check stated equivalents against the historical rates: findings with verdicts and causes.

The tolerance model
-------------------
A stated equivalent is *consistent* when some rate published in the window before the
article date, applied to the original amount, lands inside what the stated figure claims:

* **Written precision.** A figure claims only the digits it was written with: "$6.23
  billion" is 6.225–6.235 billion, "$20 billion" is 19.5–20.5 billion (half a unit of the
  last written digit either way). Trailing zeros of a whole number are ambiguous, so a
  figure is read at two significant digits at least: "$140 million" is 135–145 million.
* **Truncation.** A round figure (last written digit 0, or one significant digit) may have
  been cut rather than rounded: "$20 billion" also covers 20–21 billion.
* **Qualifiers**: "about"/"around" say the writer rounded, so they widen the claim to the
  rounding of the last written digit (half a unit either way), no more; "more than"/"at
  least" reach a whole unit upwards, "less than"/"up to" downwards. An "about" on the
  original widens it by half its own last unit.
* **Rate window.** Journalists convert a few days before they publish: every rate in force
  from ``window`` days before the article date to the date itself is tried (7 by default).
* **The reference band.** Newsrooms use their own rate (a fixing, an earlier quote, a round
  rate): the window's rates are widened by an allowance per currency regime (:data:`BAND`,
  calibrated on real conversions; ``Tolerance(band=...)`` sets one for all). A currency
  pegged to the other side is judged by its peg (``Rate.source == "peg"``).
* **The article's own rate.** A figure in a currency the article prints a rate for is judged
  by that rate (within its written precision), and the printed rate by the references.

All arithmetic is Decimal. An inconsistent pair gets a likely ``cause``, named only when its
evidence fits within the stated figure's precision: a magnitude slip, an inverted rate,
another currency's rate, a digit transposition, a stale rate (within ``stale_days``), a
contradiction of the article's own rate or of its other pairs, else an arithmetic slip.

>>> import datetime as dt
>>> r = check("It will spend 40 billion yuan ($5.5 billion) on chips.", date=dt.date(2025, 1, 22))
>>> f = r.findings[0]
>>> f.verdict, str(f.expected.low), str(f.expected.high)
('consistent', '5456000000', '5504000000')
>>> bad = check("It will spend 40 billion yuan ($5.5 million) on chips.", date="2025-01-22")
>>> bad.findings[0].verdict, bad.findings[0].cause.kind, bad.findings[0].cause.factor
('inconsistent', 'magnitude_slip', Decimal('1000'))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from moneyfacts.conventions import Conventions
from moneyfacts.errors import InputError, MoneyfactsError, RateNotAvailableError
from moneyfacts.mentions import extract
from moneyfacts.units import format_amount, format_rate
from moneyfacts.models import (
    ArticleDate,
    Cause,
    DateRange,
    Extraction,
    Finding,
    Interval,
    Quantity,
    Rate,
    Report,
    StatedRate,
    keep_text,
    trusted,
)

if False:  # pragma: no cover - typing only
    from moneyfacts.rates.store import RateStore

__all__ = ["check", "check_pair", "Tolerance", "DateSpec", "date_spec", "BAND", "regime",
           "reference_span", "fitting_rates", "LOOKBACK_STALE"]

_ZERO = Decimal(0)


@dataclass(frozen=True)
class Tolerance:
    """The knobs of the tolerance model (see the module documentation).

    ``window``: days before the article date whose rates are tried.
    ``truncation``: whether round figures may have been truncated.
    ``approx_units``: how many units of the last written digit "about" allows either way
    (half a unit: the rounding of the last digit).
    ``bound_units``: how far beyond the figure "more than"/"less than" may reach, in units.
    ``stale_days``: how far before the window a stale-rate diagnosis looks (30 days).
    ``slip_factors``: the factors tried for a magnitude slip.
    ``band``: the allowance by which the window's rates are widened, relative (``None``: the
    calibrated allowance of the currency regime, :data:`BAND`; ``Decimal(0)``: none).

    >>> Tolerance(window="7")
    Traceback (most recent call last):
    ...
    moneyfacts.errors.InputError: Tolerance window must be a whole number of days (0 or more), not '7'
    """

    window: int = 7
    truncation: bool = True
    approx_units: Decimal = Decimal("0.5")
    bound_units: Decimal = Decimal(1)
    stale_days: int = 30
    slip_factors: tuple[int, ...] = (1000, 1000000, 1000000000, 10, 100)
    band: Decimal | None = None

    def __post_init__(self) -> None:
        for name in ("window", "stale_days"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0 or v > 36600:
                raise InputError(f"Tolerance {name} must be a whole number of days (0 or more), "
                                 f"not {v!r}")
        for name in ("approx_units", "bound_units"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, Decimal)) or v < 0:
                raise InputError(f"Tolerance {name} must be a Decimal of 0 or more, not {v!r}")
        if self.band is not None and (isinstance(self.band, bool)
                                      or not isinstance(self.band, (int, Decimal))
                                      or not 0 <= self.band < Decimal("0.04")):
            raise InputError(f"Tolerance band must be None or a Decimal from 0 to under 0.04, "
                             f"not {self.band!r}")
        if not isinstance(self.truncation, bool):
            raise InputError(f"Tolerance truncation must be True or False, not {self.truncation!r}")


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
            last = calendar.monthrange(y, mo)[1]
            return DateSpec(f"{y:04d}-{mo:02d}", dt.date(y, mo, 1), dt.date(y, mo, last))
        if m := _YEAR.match(text):
            y = int(m.group(1))
            return DateSpec(text, dt.date(y, 1, 1), dt.date(y, 12, 31))
        day = dt.date.fromisoformat(text)
        return DateSpec(day.isoformat(), day, day)
    except (ValueError, OverflowError):
        pass
    raise InputError(f"unreadable date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY")


# --- the claimed interval of a written figure -------------------------------------------


def _is_round(value: Decimal, precision: Decimal) -> bool:
    units = (value / precision).to_integral_value()
    return units % 10 == 0 or units < 10


_FRACTION = re.compile(r"\d[.,]\d+(?![\d.,])")


def _effective_precision(value: Decimal, q: Quantity) -> Decimal:
    """Trailing zeros of a whole number are ambiguous ("$140 million" may be 2 or 3 digits):
    such a figure claims at least two significant digits, and no more than it shows. Zeros
    after a decimal point ("$76.0 million") are meant."""
    precision = q.precision
    if _FRACTION.search(q.text):
        return precision
    units = int((value / precision).to_integral_value())
    digits = len(str(abs(units))) if units else 1
    zeros = len(str(abs(units))) - len(str(abs(units)).rstrip("0")) if units else 0
    return precision.scaleb(max(0, min(zeros, digits - 2)))


def _claim(value: Decimal, q: Quantity, tol: Tolerance) -> tuple[Decimal, Decimal]:
    """The interval a written figure stands for."""
    p = _effective_precision(value, q)
    lo, hi = value - p / 2, value + p / 2
    if tol.truncation and _is_round(value, p):
        hi = value + p
    if q.qualifier == "approx":
        lo, hi = min(lo, value - p * tol.approx_units), max(hi, value + p * tol.approx_units)
    elif q.qualifier in ("gt", "ge"):
        hi = max(hi, value + p * tol.bound_units + p / 2)
    elif q.qualifier in ("lt", "le"):
        lo = min(lo, value - p * tol.bound_units - p / 2)
    return lo, hi


def _source(q: Quantity) -> list[tuple[Decimal, Decimal]]:
    """The original amount as intervals: [low end, high end] (one for a single figure)."""
    h = q.precision / 2 if q.qualifier == "approx" else _ZERO
    return [(v - h, v + h) for v in _ends(q)]


def _ends(q: Quantity) -> list[Decimal]:
    if q.value is not None:
        return [q.value]
    assert q.low is not None and q.high is not None
    return [q.low, q.high]


def _claims(stated: Quantity, tol: Tolerance) -> list[tuple[Decimal, Decimal]]:
    return [_claim(v, stated, tol) for v in _ends(stated)]


def _pairs(
    original: Quantity, stated: Quantity, tol: Tolerance
) -> list[tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]]]:
    src, claims = _source(original), _claims(stated, tol)
    if len(src) == len(claims):
        return list(zip(src, claims, strict=True))
    if len(src) == 1:  # a single original restated as a range: both ends must cover it
        return [(src[0], (claims[0][0], claims[-1][1]))]
    return [((src[0][0], src[-1][1]), claims[0])]  # a range restated as one figure


Pairs = Sequence[tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]]]
_NONE = (Decimal(1), Decimal(0))  # an empty interval


def _fitting_rates(pairs: Pairs) -> tuple[Decimal, Decimal]:
    """The interval of rates that map every source interval into its claim.

    A rate r fits a pair when s·r lies in [c_lo, c_hi] for some s in [s_lo, s_hi], that is
    r ∈ [c_lo/s_hi, c_hi/s_lo]; it fits them all on the intersection. Empty when lo > hi.
    """
    lo_rate, hi_rate = Decimal(0), Decimal("Infinity")
    for (s_lo, s_hi), (c_lo, c_hi) in pairs:
        if s_hi <= 0 or c_hi <= 0:
            return _NONE
        lo_rate = max(lo_rate, c_lo / s_hi)
        if s_lo > 0:
            hi_rate = min(hi_rate, c_hi / s_lo)
    return lo_rate, hi_rate


# --- reference rates: the store's series, the pegs, the band ------------------------------

#: The reference band's allowance per currency regime, relative: the window's rates are
#: widened by this much either way. Derived from ``$MONEYFACTS_SHARED/real/conversions.jsonl``
#: by ``bench/calibration.py``: for each regime, the largest gap between the rates a clean
#: record's figures allow (within their written precision) and the reference rates of its
#: week, rounded up to a quarter of a percent; the README shows the figures.
BAND: dict[str, Decimal] = {
    "floating": Decimal("0.0075"),
    "managed": Decimal("0.015"),
    "pegged": Decimal("0.0025"),
}
#: How far before the rate window a stale-rate diagnosis looks, in days (Tolerance.stale_days).
LOOKBACK_STALE = 30


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
    if reg == "pegged" and pegs:
        for a, b, inv in ((base, quote, False), (quote, base, True)):
            p = _peg(a, end)
            if p is not None and p.anchor == b:
                # A peg is known as far as the rate data reaches, no further.
                first, last, _ = store.coverage(b)
                if end > last + dt.timedelta(days=7):
                    raise RateNotAvailableError(
                        a, end, reason=f"the rate data, and with it the {a} peg's record, "
                        f"covers {first} to {last}")
                # p.low..p.high are units of ``a`` per ``b``; the Rate is quote per base.
                vals = [p.low, p.high] if inv else [Decimal(1) / p.high, Decimal(1) / p.low]
                rs = tuple(_dedupe_values([_peg_rate(base, quote, v, end, p) for v in vals]))
                return _Ref(rs, min(r.value for r in rs), max(r.value for r in rs), rs[0], reg,
                            1, p.start if p.start > start else start)
    if base == quote:
        r = trusted(Rate, {"base": base, "quote": quote, "value": Decimal(1), "date": end,
                           "source": "identity", "via": None})
        return _Ref((r,), r.value, r.value, r, reg, 1, start)
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
                dt.date.fromordinal(series.days[i]))


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


def fitting_rates(original: Quantity, stated: Quantity, tolerance: Tolerance | None = None
                  ) -> tuple[Decimal, Decimal]:
    """The interval of rates (stated per original) that make the pair agree within the
    written precision of both figures (empty when low > high)."""
    return _fitting_rates(_pairs(original, stated, tolerance or Tolerance()))


def _allowance(tol: Tolerance, reg: str) -> Decimal:
    return Decimal(tol.band) if tol.band is not None else BAND[reg]


def _widen(lo: Decimal, hi: Decimal, a: Decimal) -> tuple[Decimal, Decimal]:
    return lo * (1 - a), hi * (1 + a)


def _meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


# --- people's numbers ----------------------------------------------------------------------


def _sig(d: Decimal, digits: int = 6) -> str:
    """``d`` at ``digits`` significant figures, plainly written.

    >>> _sig(Decimal("0.2727483332904321861566578290")), _sig(Decimal("30")), _sig(Decimal("7.2686"))
    ('0.272748', '30', '7.2686')
    """
    if d == 0:
        return "0"
    q = d.quantize(Decimal(1).scaleb(d.adjusted() - digits + 1))
    text = f"{q.normalize():f}"
    return text


def _rate_text(value: Decimal, base: str, quote: str, direction: tuple[str, str] | None = None) -> str:
    """A rate in the direction the article uses (``direction``: (base, quote)), else the one
    in which it is at least one; six significant figures."""
    if direction is not None and direction == (quote, base) or direction is None and value < 1:
        value, base, quote = Decimal(1) / value, quote, base
    return f"{_sig(value)} {quote} per {base}"


def _pct(d: Decimal) -> str:
    return f"{d * 100:+.1f}%"


def _band_pct(a: Decimal) -> str:
    return f"{(a * 100).normalize():f}%"


def _round_rate(fit: tuple[Decimal, Decimal], band: tuple[Decimal, Decimal],
                base: str, quote: str) -> str | None:
    """A round rate (one or two significant figures, in the direction in which it is at
    least one) inside both the band and the rates the figures allow, as text."""
    lo, hi = max(fit[0], band[0]), min(fit[1], band[1])
    if lo > hi or lo <= 0:
        return None
    if hi < 1:
        lo, hi, base, quote = Decimal(1) / hi, Decimal(1) / lo, quote, base
    for digits in (1, 2):
        step = Decimal(1).scaleb(hi.adjusted() - digits + 1)
        candidate = (lo / step).to_integral_value(rounding="ROUND_CEILING") * step
        if candidate <= hi:
            return f"{_sig(candidate)} {quote} per {base}"
    return None


def _expected(original: Quantity, span: tuple[Decimal, Decimal], stated: Quantity) -> Interval:
    r_lo, r_hi = span
    ends = _ends(original)
    q = stated.precision.scaleb(-2)
    lo, hi = (ends[0] * r_lo), (ends[-1] * r_hi)
    out: Interval = trusted(Interval, {"low": _plain(lo.quantize(q)),
                                       "high": _plain(hi.quantize(q)), "unit": stated.unit})
    return out


def _plain(d: Decimal) -> Decimal:
    """Drop a positive exponent (5.456E+9 -> 5456000000) so the value reads plainly."""
    exp = d.as_tuple().exponent
    return d.quantize(Decimal(1)) if isinstance(exp, int) and exp > 0 else d


def _deviation(original: Quantity, stated: Quantity, value: Decimal) -> Decimal:
    o = sum(_ends(original), _ZERO) / len(_ends(original))
    s = sum(_ends(stated), _ZERO) / len(_ends(stated))
    exp = o * value
    return ((s - exp) / exp).quantize(Decimal("0.0001")) if exp else _ZERO


# --- diagnosis -----------------------------------------------------------------------------


def _transpositions(stated: Quantity) -> list[Decimal]:
    """The stated figure with its two leading written digits swapped (52.2 -> 25.2). A swap
    further right moves a figure by a few percent, as often a coincidence as a typo (5.94
    for 5.49 is also 8% off), so it is not taken as evidence."""
    if stated.value is None or stated.value <= 0:
        return []
    units = str(int((stated.value / stated.precision).to_integral_value()))
    out = []
    for i in range(min(1, len(units) - 1)):
        if units[i] != units[i + 1] and not (i == 0 and units[1] == "0"):
            swapped = units[:i] + units[i + 1] + units[i] + units[i + 2:]
            out.append(Decimal(swapped) * stated.precision)
    return out


def _diagnose(original: Quantity, stated: Quantity, fit: tuple[Decimal, Decimal],
              span: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance, store: RateStore,
              reg: str, direction: tuple[str, str], *, article: bool = False) -> Cause:
    """Why no rate of ``span`` (the band's lowest and highest) is in ``fit``, the interval
    of rates that would make the pair agree. Each hypothesis tests whether a rate it implies
    falls in there, within the stated figure's precision (a claim scales linearly with a
    magnitude factor). ``article``: the span is the article's own rate (no other currency
    or day is then tried)."""
    from moneyfacts.currencies import lexicon

    fit_lo, fit_hi = fit

    def fits(r_lo: Decimal, r_hi: Decimal, factor: Decimal = Decimal(1)) -> bool:
        return max(fit_lo * factor, r_lo) <= min(fit_hi * factor, r_hi)

    r_lo, r_hi = span
    a, b = original.unit, stated.unit
    for f in tol.slip_factors:
        for factor, word in ((Decimal(f), "small"), (Decimal(1) / Decimal(f), "large")):
            if fits(r_lo, r_hi, factor):
                return Cause(
                    kind="magnitude_slip",
                    factor=Decimal(f),
                    detail=f"the stated figure is {f:,} times too {word}: a slip of magnitude "
                    f"({_magnitude_words(f)})",
                )
    if fits(Decimal(1) / r_hi, Decimal(1) / r_lo):
        return Cause(kind="inverted_rate",
                     detail=f"the figure matches the rate turned upside down ({a} per {b} "
                     f"used as {b} per {a})")
    allowance = _allowance(tol, reg)
    for value in _transpositions(stated):
        if stated.value is None or abs(value - stated.value) <= 2 * allowance * stated.value:
            continue  # a swap this small is indistinguishable from another rate
        moved = stated.model_copy(update={"value": value})
        if _meets(_fitting_rates(_pairs(original, moved, tol)), span):
            shown = format_amount(value, b)
            return Cause(kind="digit_transposition",
                         detail=f"two digits swapped: {shown} fits the rate, the written "
                         f"{stated.text or stated} does not")
    if article:
        return Cause(kind="contradicts_stated_rate", detail="the figure contradicts the rate the "
                     "article itself prints")
    assert spec.start is not None and spec.end is not None
    lex = lexicon()
    extra = _data().confusable
    # Another currency's rate: the original read as a look-alike (or the dollar, or the
    # euro), or the stated figure converted into one.
    def others(code: str, exclude: str) -> list[str]:
        names = list(lex.confusable.get(code, ())) + list(extra.get(code, ())) + ["USD", "EUR"]
        return [c for c in dict.fromkeys(names) if c not in (code, exclude)]

    mixups = [(other, b, other, f"the figure matches the {other} rate, not the {a} rate")
              for other in others(a, b)]
    mixups += [(a, other, other, f"the figure is a conversion into {other}, not {b}")
               for other in others(b, a)]
    for base, quote, other, detail in mixups:
        # The market's own rates (not a peg's band): the evidence must be as narrow as the
        # figure's precision.
        alts: list[tuple[Decimal, Decimal, bool]] = []  # (low, high, from a peg's band)
        w_start = spec.start - dt.timedelta(days=tol.window)
        try:  # the market's rates over the window: a short look-up, no series built
            w = store.window(base, quote, w_start, spec.end)
            alts.append((w.min.value, w.max.value, False))
        except (MoneyfactsError, ValueError):
            pass
        if regime(base, quote, spec.end) == "pegged":
            try:
                ref_alt = _reference(base, quote, w_start, spec.end, store)
                alts.append((ref_alt.lo, ref_alt.hi, ref_alt.lo != ref_alt.hi))
            except (MoneyfactsError, ValueError):
                pass
        # A peg's band (HKD's 7.75-7.85) is wider than a figure's precision: not evidence.
        if any(fits(lo, hi) for lo, hi, band in alts if not band):
            return Cause(kind="wrong_currency", currency=other, detail=detail)
    if reg != "pegged" and a != b:
        stale = _stale(a, b, fit, spec, tol, store)
        if stale is not None:
            day, value = stale
            return Cause(kind="stale_rate", date=day,
                         detail=f"the figure matches the rate of {day} "
                         f"({_rate_text(value, a, b, direction)}), "
                         f"{(spec.start - day).days} days before the article")
    return Cause(kind="arithmetic_slip",
                 detail="no rate, magnitude, digit or currency mix-up explains it: an "
                 "arithmetic slip")


def _stale(a: str, b: str, fit: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance,
           store: RateStore) -> tuple[dt.date, Decimal] | None:
    """The latest rate of the ``stale_days`` before the window that fits, if any."""
    assert spec.start is not None
    try:
        series = store.pair_series(a, b)
    except (MoneyfactsError, ValueError):
        return None
    end = spec.start.toordinal() - tol.window - 1
    i, j = series.span(end - tol.stale_days, end)
    lo, hi = float(fit[0]), float(fit[1])
    for k in range(j - 1, i - 1, -1):
        v = series.approx[k]
        if lo * (1 - 1e-9) <= v <= hi * (1 + 1e-9):
            exact = series.exact(k)
            if fit[0] <= exact <= fit[1]:
                return dt.date.fromordinal(series.days[k]), exact
    return None


def _magnitude_words(f: int) -> str:
    return {10: "a misplaced decimal point", 100: "lakh for crore or a misplaced decimal point",
            1000: "thousand/million/billion", 1000000: "million for trillion or thousand for billion",
            1000000000: "billion for units"}.get(f, f"×{f}")


# --- checking a pair -----------------------------------------------------------------------


def _article_rate(rates: Sequence[StatedRate] | None, a: str, b: str) -> StatedRate | None:
    for r in rates or ():
        if {r.base, r.quote} == {a, b}:
            return r
    return None


def _article_span(r: StatedRate, a: str, tol: Tolerance) -> tuple[Decimal, Decimal]:
    """The article's rate as an interval of ``b`` per ``a`` (within its written precision)."""
    h = r.precision * (tol.approx_units if r.qualifier == "approx" else Decimal("0.5"))
    h = max(h, r.precision / 2)
    lo, hi = r.value - h, r.value + h
    if r.base == a:
        return lo, hi
    return Decimal(1) / hi, Decimal(1) / lo


def _as_rate(r: StatedRate, day: dt.date | None) -> Rate:
    """The article's rate as a Rate (``source="article"``; dated by the article, or
    ``date.min`` for an undated one)."""
    rate: Rate = trusted(Rate, {"base": r.base, "quote": r.quote, "value": r.value,
                                "date": day or dt.date.min, "source": "article", "via": None})
    return rate


def check_pair(original: Quantity, stated: Quantity, *, date: dt.date | str | DateSpec | None,
               tolerance: Tolerance | None = None,
               stated_rates: Sequence[StatedRate] | None = None,
               store: RateStore | None = None) -> Finding:
    """Check one stated equivalent.

    ``stated_rates``: the rates the article prints (:attr:`Extraction.rates`); a figure in a
    currency pair one of them covers is judged by it. ``store``: the rates to use (default:
    the process-wide store).

    >>> from moneyfacts import parse
    >>> f = check_pair(parse("Rmb160 billion"), parse("$23 billion"), date="2025-12-23")
    >>> f.verdict, f.rate[0].date.isoformat(), f.deviation
    ('consistent', '2025-12-23', Decimal('0.0103'))
    >>> check_pair(parse("$0"), parse("0 yuan"), date="2025-12-23").verdict
    'consistent'
    """
    tol = tolerance or Tolerance()
    if not isinstance(tol, Tolerance):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance, not {type(tol).__name__}")
    for name, q in (("original", original), ("stated", stated)):
        if not isinstance(q, Quantity):
            raise InputError(f"check_pair's {name} must be a Quantity, not {type(q).__name__}")
    spec = date if isinstance(date, DateSpec) else date_spec(date)
    rs = _store(store)
    if original.per != stated.per:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation="the two amounts are per different units")
    if original.unit == stated.unit:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"both amounts are in {stated.unit}: not a conversion")
    if all(v == 0 for v in _ends(original) + _ends(stated)):
        return _finding(original=original, stated=stated, verdict="consistent",
                        explanation="both amounts are zero: zero is zero in any currency.")
    art = _article_rate(stated_rates, original.unit, stated.unit)
    if spec.start is None:
        if art is not None:  # no date, but the article's own rate judges the figure
            return _by_article(original, stated, spec, tol, rs, art, None, [])
        return _undated(original, stated, tol, rs)
    assert spec.end is not None
    try:
        ref = _reference(original.unit, stated.unit, spec.start - dt.timedelta(days=tol.window),
                         spec.end, rs)
    except (MoneyfactsError, ValueError, OverflowError) as exc:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"cannot check {original.unit} against {stated.unit}: {exc}")
    return _judge(original, stated, spec, tol, rs, ref, art)


def _judge(original: Quantity, stated: Quantity, spec: DateSpec, tol: Tolerance, rs: RateStore,
           ref: _Ref, art: StatedRate | None, direction: tuple[str, str] | None = None) -> Finding:
    a, b = original.unit, stated.unit
    if art is not None:
        direction = (art.base, art.quote)
    fit = _fitting_rates(_pairs(original, stated, tol))
    allowance = _allowance(tol, ref.regime)
    band = _widen(ref.lo, ref.hi, allowance)
    used = list(ref.rates)
    at = ref.at
    expected = _expected(original, (ref.lo, ref.hi), stated)
    rate_text = f"{_rate_text(at.value, a, b, direction)} ({at.source}, {at.date})"
    window_text = (f"the peg" if ref.regime == "pegged" else
                   f"the {ref.count} rates from {ref.first} to {at.date}")
    exp_text = (format_amount(expected.low, b) if expected.low == expected.high
                else f"{format_amount(expected.low, b)} to {format_amount(expected.high, b)}")
    who_o, who_s = original.text or str(original), stated.text or str(stated)
    if art is not None:
        return _by_article(original, stated, spec, tol, rs, art, expected, used)
    deviation = _deviation(original, stated, at.value)
    if _meets(fit, band):
        how = "agrees within its written precision"
        if not _meets(fit, (ref.lo, ref.hi)):
            round_text = _round_rate(fit, band, a, b)
            how += (f" at a round {round_text}, inside the ±{_band_pct(allowance)} band of a "
                    f"{ref.regime} currency" if round_text else
                    f" and the ±{_band_pct(allowance)} band of a {ref.regime} currency "
                    "(newsrooms use their own rate)")
        return _finding(
            original=original, stated=stated, verdict="consistent", expected=expected,
            deviation=deviation, rate=used,
            explanation=(f"{who_o} at {rate_text} gives {exp_text} over {window_text} "
                         f"(±{_band_pct(allowance)}); the stated {who_s} {how}."))
    cause = _diagnose(original, stated, fit, band, spec, tol, rs, ref.regime,
                      direction or (a, b))
    return _finding(
        original=original, stated=stated, verdict="inconsistent", expected=expected,
        deviation=deviation, rate=used, cause=cause,
        explanation=(f"{who_o} at {rate_text} gives {exp_text} over {window_text} "
                     f"(±{_band_pct(allowance)}), but the article states {who_s} "
                     f"({_pct(deviation)}); likely {cause.detail}."))


def _by_article(original: Quantity, stated: Quantity, spec: DateSpec, tol: Tolerance,
                rs: RateStore, art: StatedRate, expected: Interval | None,
                used: list[Rate]) -> Finding:
    """A figure judged by the rate its article prints, within both written precisions."""
    a = original.unit
    direction = (art.base, art.quote)
    source = original
    if (original.value and stated.value
            and stated.precision / stated.value < original.precision / original.value):
        # The equivalent is written finer than the original: the writer converted the
        # unrounded figure, so the original stands for its whole rounding interval.
        source = original.model_copy(update={"qualifier": "approx"})
    fit = _fitting_rates(_pairs(source, stated, tol))
    span = _article_span(art, a, tol)
    arate = _as_rate(art, spec.end)
    deviation = _deviation(original, stated, art.value if art.base == a else 1 / art.value)
    art_text = f"the article's own rate of {art.value} {art.quote} per {art.base} ({art.text.strip('()')})"
    who_o, who_s = original.text or str(original), stated.text or str(stated)
    if _meets(fit, span):
        return _finding(
            original=original, stated=stated, verdict="consistent", expected=expected,
            deviation=deviation, rate=[arate, *used],
            explanation=f"{who_o} at {art_text} gives the stated {who_s} within its "
            f"written precision.")
    reg = regime(original.unit, stated.unit, spec.end) if spec.end else "floating"
    cause = _diagnose(original, stated, fit, span, spec, tol, rs, reg, direction, article=True)
    return _finding(
        original=original, stated=stated, verdict="inconsistent", expected=expected,
        deviation=deviation, rate=[arate, *used], cause=cause,
        explanation=f"{who_o} at {art_text} does not give the stated {who_s} "
        f"({_pct(deviation)}); likely {cause.detail}.")


def _finding(**fields: object) -> Finding:
    """A Finding from parts this module built and typed itself (no second validation)."""
    finding: Finding = trusted(Finding, {"expected": None, "deviation": None, "rate": [],
                                         "cause": None, "consistent_dates": [],
                                         "subject": "equivalent", **fields})
    return finding


def _undated(original: Quantity, stated: Quantity, tol: Tolerance, store: RateStore) -> Finding:
    """No article date: find the dates over which the pair is consistent (a scan of the
    pair's dense series; floats screen, Decimals decide at the edges)."""
    a, b = original.unit, stated.unit
    try:
        series = store.pair_series(a, b) if a != b else None
    except (MoneyfactsError, ValueError) as exc:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"cannot check {a} against {b}: {exc}")
    if series is None or not len(series):
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"cannot check {a} against {b}: no rates for the pair")
    fit_lo, fit_hi = _fitting_rates(_pairs(original, stated, tol))
    span = dt.timedelta(days=tol.window)
    first, last = series.days[0], series.days[-1]
    pegs = [p for p in _data().pegs.get(a, ()) + _data().pegs.get(b, ())
            if {p.code, p.anchor} == {a, b}]
    ranges: list[list[int]] = []

    def allowance_on(o: int) -> Decimal:
        return _allowance(tol, regime(a, b, dt.date.fromordinal(o)))

    # The band's allowance changes only where a peg starts or ends: screen with the widest.
    widest = max(_allowance(tol, reg) for reg in ("floating", "managed", "pegged"))
    f_lo = float(fit_lo / (1 + widest)) * (1 - 1e-9) if fit_lo > 0 else 0.0
    f_hi = float(fit_hi / (1 - widest)) * (1 + 1e-9) if fit_hi.is_finite() else float("inf")
    approx = series.approx
    days = series.days
    for k in range(len(days)):
        v = approx[k]
        if v < f_lo or v > f_hi:
            continue
        o = days[k]
        aw = allowance_on(o)
        exact = series.exact(k)
        ok = _meets((fit_lo, fit_hi), _widen(exact, exact, aw))
        if not ok:
            p = next((p for p in pegs if p.start.toordinal() <= o
                      and (p.end is None or o <= p.end.toordinal())), None)
            if p is not None:
                d = dt.date.fromordinal(o)
                ref = _build_reference(a, b, d, d, store)
                ok = _meets((fit_lo, fit_hi), _widen(ref.lo, ref.hi, aw))
        if ok:
            if ranges and o <= ranges[-1][1] + 1:
                ranges[-1][1] = o + span.days
            else:
                ranges.append([o, o + span.days])
    found = [DateRange(start=dt.date.fromordinal(x), end=dt.date.fromordinal(min(y, last + span.days)))
             for x, y in ranges]
    if not found:
        verdict, text = "inconsistent", "no date in the rate data makes these amounts agree"
    elif len(found) == 1 and found[0].start.toordinal() <= first and found[0].end.toordinal() >= last:
        verdict, text = "consistent", "these amounts agree at every date in the rate data"
    else:
        verdict = "unverifiable"
        latest = sorted(found, key=lambda d: d.end, reverse=True)  # most recent first
        shown = ", ".join(f"{d.start} to {d.end}" for d in latest[:4])
        more = f" and {len(found) - 4} more" if len(found) > 4 else ""
        text = f"with no article date: consistent only from {shown}{more}"
    return _finding(original=original, stated=stated, verdict=verdict,
                    explanation=text + ".", consistent_dates=found)


def _intersect(a: list[DateRange], b: list[DateRange]) -> list[DateRange]:
    out = []
    for x in a:
        for y in b:
            lo, hi = max(x.start, y.start), min(x.end, y.end)
            if lo <= hi:
                out.append(DateRange(start=lo, end=hi))
    return out


# --- the article's pairs together ----------------------------------------------------------

_DATED_APART = re.compile(r"at\s+the\s+time|at\s+the\s+then|then-|\b(?:19|20)\d\d\b", re.I)


def _implied(f: Finding, tol: Tolerance) -> tuple[str, str, Decimal, Decimal] | None:
    """(currency, USD-side..., low, high): the rate a pair implies, as foreign per other,
    oriented so every pair of the same two currencies reads the same way."""
    a, b = f.original.unit, f.stated.unit
    lo, hi = _fitting_rates(_pairs(f.original, f.stated, tol))
    if lo > hi or lo <= 0 or not hi.is_finite():
        return None
    if a < b:
        return a, b, lo, hi
    return b, a, Decimal(1) / hi, Decimal(1) / lo


def _other_pairs(text: str, findings: list[Finding], tol: Tolerance) -> list[Finding]:
    """Pairs of one currency pair that imply rates clear of each other's: the ones outside
    the largest agreeing group (with two, the one farther from the reference) get
    ``contradicts_other_pairs``."""
    groups: dict[tuple[str, str], list[tuple[int, Decimal, Decimal]]] = {}
    for i, f in enumerate(findings):
        if f.subject != "equivalent" or f.verdict == "unverifiable":
            continue
        if f.cause is not None and f.cause.kind != "arithmetic_slip":
            continue  # explained already (a slip of magnitude, another currency ...)
        lo_pos = min(f.original.start, f.stated.start)
        hi_pos = max(f.original.end, f.stated.end)
        if text and _DATED_APART.search(text[max(0, lo_pos - 40): hi_pos + 40]):
            continue
        imp = _implied(f, tol)
        if imp is None:
            continue
        groups.setdefault((imp[0], imp[1]), []).append((i, imp[2], imp[3]))
    out = list(findings)
    for (c1, c2), items in groups.items():
        if len(items) < 2:
            continue

        def distance(j: int) -> Decimal:
            f = findings[j]
            dev = f.deviation if f.deviation is not None else _ZERO
            return abs(dev)

        def standing(group: list[int]) -> tuple[int, int, Decimal]:
            """The group that stands: the most pairs the references agree with, then the
            most pairs, then the nearest its references. Pairs that agree with each other
            but not with the market ('C$8mn (US$4.916m)' twice) do not outvote a right one,
            nor does a vague pair ('$2 million') that meets both a slip and a right one."""
            agreed = sum(findings[j].verdict == "consistent" for j in group)
            return agreed, len(group), -sum(map(distance, group), _ZERO)

        # The groups are the pairs covering a point (pairwise-meeting intervals share one).
        best = max(([j for j, l2, h2 in items if l2 <= lo <= h2] for _, lo, _ in items),
                   key=standing)
        if len(best) == len(items):
            continue
        if len(best) == 1:  # one pair alone: the one nearest its reference stands, if it fits
            best = [min((j for j, _, _ in items), key=distance)]
            if findings[best[0]].verdict != "consistent":
                continue
        good = [(lo, hi) for j, lo, hi in items if j in best]
        g_lo, g_hi = max(x for x, _ in good), min(y for _, y in good)
        shown = ", ".join(f"{findings[j].original.text or findings[j].original} "
                          f"({findings[j].stated.text or findings[j].stated})" for j in best)
        for j, lo, hi in items:
            f = findings[j]
            if j in best or (f.verdict == "inconsistent" and f.cause is not None
                             and f.cause.kind != "arithmetic_slip"):
                continue
            mid = (lo + hi) / 2
            other_mid = (g_lo + g_hi) / 2
            detail = (f"the pair implies {_sig(mid if mid >= 1 else 1 / mid)} "
                      f"{c2 if mid >= 1 else c1} per {c1 if mid >= 1 else c2}, the article's "
                      f"other pairs {shown} imply {_sig(other_mid if mid >= 1 else 1 / other_mid)}")
            cause = Cause(kind="contradicts_other_pairs", detail=detail)
            out[j] = _finding(**{**{k: getattr(f, k) for k in Finding.model_fields},
                                 "verdict": "inconsistent", "cause": cause,
                                 "explanation": f"{f.original.text or f.original} "
                                 f"({f.stated.text or f.stated}) disagrees with the article's "
                                 f"other conversions: {detail}."})
    return out


def _reachable(spec: DateSpec, tol: Tolerance) -> None:
    """The earliest day a check may look up (the window and the stale-rate search before the
    date) must be a calendar day: else an InputError naming the date and the window."""
    try:
        reach = dt.timedelta(days=tol.window + tol.stale_days + 1)
    except OverflowError:
        raise InputError(f"the rate window of {tol.window} days is too long") from None
    if spec.start is not None:
        try:
            spec.start - reach
        except OverflowError:
            raise InputError(f"date {spec.label!r} is too early: with the {tol.window}-day rate "
                             "window it reaches before year 1") from None


def check(
    text: str | Extraction,
    *,
    date: dt.date | str | ArticleDate | None,
    window: int | None = None,
    tolerance: Tolerance | None = None,
    dollar: str | None = None,
    yen: str | None = None,
    conventions: Conventions | None = None,
    store: RateStore | None = None,
) -> Report:
    """Find every stated equivalent in ``text`` and check it against the rates of ``date``.

    ``date`` is a day, a month (``"2025-12"``), a year, or None (then each finding lists the
    date ranges over which it is consistent, and ``Report.consistent_dates`` where they all
    are). ``window`` overrides the tolerance's rate window in days; ``store`` the rates
    (default: the process-wide store). The rates the article prints (``Report.rates``) judge
    the figures in their currencies and are judged themselves (``subject="stated_rate"``).

    >>> r = check("Revenue was €8.5bn ($8.9bn), or €8.5bn ($9.4bn) by another count.",
    ...           date="2025-03-03")
    >>> [(f.verdict, str(f.stated)) for f in r.findings]
    [('consistent', '8.9 billion USD'), ('inconsistent', '9.4 billion USD')]
    """
    if not isinstance(text, (str, Extraction)):
        raise InputError(f"check() reads text (a str) or an Extraction, not {type(text).__name__}")
    if tolerance is not None and not isinstance(tolerance, Tolerance):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance, not {type(tolerance).__name__}")
    tol = tolerance or Tolerance()
    if not isinstance(tol, Tolerance):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance, not {type(tol).__name__}")
    if window is not None:
        if isinstance(window, bool) or not isinstance(window, int):
            raise InputError(f"the rate window must be a whole number of days, not {window!r}")
        if window < 0:
            raise InputError(f"the rate window must be zero or more days, not {window}")
        tol = Tolerance(**{**tol.__dict__, "window": window})
    spec = date_spec(date)
    _reachable(spec, tol)
    rs = _store(store)
    if isinstance(text, Extraction):
        ex, raw = text, ""
    elif isinstance(text, str):
        ex, raw = extract(text, dollar=dollar, yen=yen, conventions=conventions), text
    else:
        raise InputError(f"check() reads a str or an Extraction, not {type(text).__name__}")
    findings = []
    for e in ex.equivalences:
        a, b = ex.mentions[e.original], ex.mentions[e.stated]
        try:
            findings.append(check_pair(a, b, date=spec, tolerance=tol, stated_rates=ex.rates,
                                       store=rs))
        except ArithmeticError:  # decimal.InvalidOperation: beyond the context's precision
            raise InputError(f"cannot check {a.text or a!s} against {b.text or b!s}: the figures "
                             "need more digits than exact arithmetic here holds") from None
    findings = _other_pairs(raw, findings, tol)
    for r in ex.rates:
        findings.append(_rate_finding(r, spec, tol, rs))
    consistent_dates: list[DateRange] = []
    if spec.start is None and findings:
        ranges: list[DateRange] | None = None
        for f in findings:
            if f.verdict == "consistent" and not f.consistent_dates:
                continue  # agrees on every date
            ranges = f.consistent_dates if ranges is None else _intersect(ranges, f.consistent_dates)
        consistent_dates = ranges or []
    report: Report = trusted(Report, {
        "date": spec.label, "findings": findings, "mentions": ex.mentions, "skipped": ex.skipped,
        "meta": {"window_days": tol.window}, "consistent_dates": consistent_dates,
        "rates": list(ex.rates), "dating": date if isinstance(date, ArticleDate) else None})
    return keep_text(report, text)  # beside the fields, for the HTML view


def _rate_finding(r: StatedRate, spec: DateSpec, tol: Tolerance, store: RateStore) -> Finding:
    """The article's printed rate judged against the reference rates: "1 base = value quote"
    checked as a pair."""
    one = trusted(Quantity, {"kind": "money", "unit": r.base, "value": Decimal(1), "low": None,
                             "high": None, "qualifier": None, "per": None,
                             "precision": Decimal("1E-12"), "text": f"1 {r.base}",
                             "start": r.start, "end": r.start, "assumed": None, "rate": None})
    shown = f"{r.value} {r.quote}"
    value = trusted(Quantity, {"kind": "money", "unit": r.quote, "value": r.value, "low": None,
                               "high": None, "qualifier": r.qualifier, "per": None,
                               "precision": r.precision, "text": shown, "start": r.start,
                               "end": r.end, "assumed": None, "rate": None})
    if spec.start is None or spec.end is None:
        f = check_pair(one, value, date=spec, tolerance=tol, store=store)
    else:
        try:
            ref = _reference(r.base, r.quote, spec.start - dt.timedelta(days=tol.window),
                             spec.end, store)
        except (MoneyfactsError, ValueError, OverflowError) as exc:
            f = _finding(original=one, stated=value, verdict="unverifiable",
                         explanation=f"cannot check {r.base} against {r.quote}: {exc}")
        else:
            f = _judge(one, value, spec, tol, store, ref, None, (r.base, r.quote))
    explanation = f"The article's own rate {r.text!r}: " + f.explanation[0].lower() + f.explanation[1:]
    return f.model_copy(update={"subject": "stated_rate", "explanation": explanation})
