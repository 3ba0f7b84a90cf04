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
* **Qualifiers** widen the claim: "about" to a whole unit of the last digit either way;
  "more than"/"at least" a whole unit upwards, "less than"/"up to" downwards. An "about"
  on the original widens it by half its own last unit.
* **Rate window.** Journalists convert a few days before they publish: every rate in force
  from ``window`` days before the article date to the date itself is tried (7 by default).

All arithmetic is Decimal. An inconsistent pair gets a likely ``cause``: a magnitude slip,
an inverted rate, another currency's rate, a stale rate (naming the day whose rate fits) or,
failing those, an arithmetic slip.

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

from moneyfacts.conventions import Conventions
from moneyfacts.errors import InputError, MoneyfactsError
from moneyfacts.extract import extract
from moneyfacts.units import format_amount, format_rate
from moneyfacts.models import (
    Cause,
    DateRange,
    Extraction,
    Finding,
    Interval,
    Quantity,
    Rate,
    Report,
    keep_text,
    trusted,
)

__all__ = ["check", "check_pair", "Tolerance", "DateSpec", "date_spec"]

_ZERO = Decimal(0)


@dataclass(frozen=True)
class Tolerance:
    """The knobs of the tolerance model (see the module documentation).

    ``window``: days before the article date whose rates are tried.
    ``truncation``: whether round figures may have been truncated.
    ``approx_units``: how many units of the last written digit "about" allows either way.
    ``bound_units``: how far beyond the figure "more than"/"less than" may reach, in units.
    ``stale_days``: how far back a stale-rate diagnosis looks.
    ``slip_factors``: the factors tried for a magnitude slip.
    """

    window: int = 7
    truncation: bool = True
    approx_units: Decimal = Decimal(1)
    bound_units: Decimal = Decimal(1)
    stale_days: int = 366
    slip_factors: tuple[int, ...] = (1000, 1000000, 1000000000, 10, 100)


@dataclass(frozen=True)
class DateSpec:
    """The article date as given: a day, a month, a year, or unknown (``start`` None)."""

    label: str | None
    start: dt.date | None
    end: dt.date | None


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_spec(value: dt.date | str | None) -> DateSpec:
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
    except ValueError:
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


# --- rates ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _window(base: str, quote: str, start: dt.date, end: dt.date) -> tuple[Rate, ...]:
    from moneyfacts import rates

    return tuple(rates.window(base, quote, start, end).rates)


def _extremes(rs: Sequence[Rate]) -> tuple[Decimal, Decimal]:
    values = [r.value for r in rs]
    return min(values), max(values)


@lru_cache(maxsize=4096)
def _span(base: str, quote: str, start: dt.date, end: dt.date) -> tuple[Decimal, Decimal]:
    """The lowest and highest rate of a window (cached with the window)."""
    return _extremes(_window(base, quote, start, end))


def _expected(original: Quantity, span: tuple[Decimal, Decimal], stated: Quantity) -> Interval:
    r_lo, r_hi = span
    ends = _ends(original)
    q = stated.precision.scaleb(-2)
    lo, hi = (ends[0] * r_lo), (ends[-1] * r_hi)
    return trusted(Interval, {"low": _plain(lo.quantize(q)), "high": _plain(hi.quantize(q)),
                              "unit": stated.unit})


def _plain(d: Decimal) -> Decimal:
    """Drop a positive exponent (5.456E+9 -> 5456000000) so the value reads plainly."""
    exp = d.as_tuple().exponent
    return d.quantize(Decimal(1)) if isinstance(exp, int) and exp > 0 else d


def _deviation(original: Quantity, stated: Quantity, rate: Rate) -> Decimal:
    o = sum(_ends(original), _ZERO) / len(_ends(original))
    s = sum(_ends(stated), _ZERO) / len(_ends(stated))
    exp = o * rate.value
    return ((s - exp) / exp).quantize(Decimal("0.0001")) if exp else _ZERO


# --- diagnosis -----------------------------------------------------------------------------


def _diagnose(original: Quantity, stated: Quantity, fit: tuple[Decimal, Decimal],
              span: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance) -> Cause:
    """Why no rate of the window (``span``: its lowest and highest) is in ``fit``, the
    interval of rates that would make the pair agree. Each hypothesis tests whether a rate it
    implies falls in there (a claim scales linearly with a magnitude factor)."""
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
    end = spec.end
    assert spec.start is not None and end is not None
    lex = lexicon()
    # Another currency's rate: the original read as a look-alike currency, or the stated
    # figure converted into one.
    mixups = [(other, b, other, f"the figure matches the {other} rate, not the {a} rate")
              for other in lex.confusable.get(a, ()) if other != b]
    mixups += [(a, other, other, f"the figure is a conversion into {other}, not {b}")
               for other in lex.confusable.get(b, ()) if other != a]
    for base, quote, other, detail in mixups:
        try:
            alt = _span(base, quote, spec.start - dt.timedelta(days=tol.window), end)
        except MoneyfactsError:
            continue
        if fits(*alt):
            return Cause(kind="wrong_currency", currency=other, detail=detail)
    stale_end = spec.start - dt.timedelta(days=tol.window + 1)
    try:
        old = _window(a, b, spec.start - dt.timedelta(days=tol.stale_days), stale_end)
    except MoneyfactsError:
        old = ()
    for r in reversed(old):
        if fit_lo <= r.value <= fit_hi:
            return Cause(kind="stale_rate", date=r.date,
                         detail=f"the figure matches the rate of {r.date} ({r.value} {b} per {a})")
    return Cause(kind="arithmetic_slip",
                 detail="no rate, magnitude or currency mix-up explains it: an arithmetic slip")


def _magnitude_words(f: int) -> str:
    return {10: "a misplaced decimal point", 100: "lakh for crore or a misplaced decimal point",
            1000: "thousand/million/billion", 1000000: "million for trillion or thousand for billion",
            1000000000: "billion for units"}.get(f, f"×{f}")


# --- checking a pair -----------------------------------------------------------------------


def check_pair(original: Quantity, stated: Quantity, *, date: dt.date | str | None,
               tolerance: Tolerance | None = None) -> Finding:
    """Check one stated equivalent.

    >>> from moneyfacts import parse
    >>> f = check_pair(parse("Rmb160 billion"), parse("$23 billion"), date="2025-12-23")
    >>> f.verdict, f.rate[0].date.isoformat(), f.deviation
    ('consistent', '2025-12-23', Decimal('0.0103'))
    """
    tol = tolerance or Tolerance()
    spec = date if isinstance(date, DateSpec) else date_spec(date)
    if original.per != stated.per:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                       explanation="the two amounts are per different units")
    if spec.start is None:
        return _undated(original, stated, tol)
    assert spec.end is not None
    try:
        rs = _window(original.unit, stated.unit, spec.start - dt.timedelta(days=tol.window), spec.end)
    except MoneyfactsError as exc:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                       explanation=f"cannot check {original.unit} against {stated.unit}: {exc}")
    fit = _fitting_rates(_pairs(original, stated, tol))
    span = _extremes(rs)
    at_date = rs[-1]
    used = _dedupe([at_date, min(rs, key=lambda r: r.value), max(rs, key=lambda r: r.value)])
    expected = _expected(original, span, stated)
    deviation = _deviation(original, stated, at_date)
    rate_text = f"{format_rate(at_date)} ({at_date.source}, {at_date.date})"
    exp_text = (format_amount(expected.low, stated.unit) if expected.low == expected.high
                else f"{format_amount(expected.low, stated.unit)} to {format_amount(expected.high, stated.unit)}")
    if max(fit[0], span[0]) <= min(fit[1], span[1]):
        return _finding(
            original=original, stated=stated, verdict="consistent", expected=expected,
            deviation=deviation, rate=used,
            explanation=(f"{original.text or original} at {rate_text} gives {exp_text} over the "
                         f"{len(rs)} rates from {rs[0].date} to {at_date.date}; the stated "
                         f"{stated.text or stated} agrees within its written precision."),
        )
    cause = _diagnose(original, stated, fit, span, spec, tol)
    return _finding(
        original=original, stated=stated, verdict="inconsistent", expected=expected,
        deviation=deviation, rate=used, cause=cause,
        explanation=(f"{original.text or original} at {rate_text} gives {exp_text}, but the "
                     f"article states {stated.text or stated} ({_pct(deviation)}); likely "
                     f"{cause.detail}."),
    )


def _finding(**fields: object) -> Finding:
    """A Finding from parts this module built and typed itself (no second validation)."""
    return trusted(Finding, {"expected": None, "deviation": None, "rate": [], "cause": None,
                             "consistent_dates": [], **fields})


def _pct(d: Decimal) -> str:
    return f"{d * 100:+.1f}%"


def _dedupe(rs: list[Rate]) -> list[Rate]:
    seen: set[dt.date] = set()
    out = []
    for r in rs:
        if r.date not in seen:
            seen.add(r.date)
            out.append(r)
    return out


def _undated(original: Quantity, stated: Quantity, tol: Tolerance) -> Finding:
    """No article date: find the dates over which the pair is consistent."""
    from moneyfacts import rates

    try:
        first_a, last_a, _ = rates.coverage(original.unit)
        first_b, last_b, _ = rates.coverage(stated.unit)
        rs = _window(original.unit, stated.unit, max(first_a, first_b), min(last_a, last_b))
    except MoneyfactsError as exc:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                       explanation=f"cannot check {original.unit} against {stated.unit}: {exc}")
    pairs = _pairs(original, stated, tol)
    span = dt.timedelta(days=tol.window)
    ranges: list[list[dt.date]] = []
    fit_lo, fit_hi = _fitting_rates(pairs)
    for r in rs:
        if fit_lo <= r.value <= fit_hi:
            if ranges and r.date <= ranges[-1][1] + dt.timedelta(days=1):
                ranges[-1][1] = r.date + span
            else:
                ranges.append([r.date, r.date + span])
    found = [DateRange(start=a, end=min(b, rs[-1].date + span)) for a, b in ranges]
    if not found:
        verdict, text = "inconsistent", "no date in the rate data makes these amounts agree"
    elif len(found) == 1 and found[0].start <= rs[0].date and found[0].end >= rs[-1].date:
        verdict, text = "consistent", "these amounts agree at every date in the rate data"
    else:
        verdict = "unverifiable"
        shown = ", ".join(f"{d.start} to {d.end}" for d in found[:4])
        more = f" and {len(found) - 4} more" if len(found) > 4 else ""
        text = f"with no article date: consistent only from {shown}{more}"
    return _finding(original=original, stated=stated, verdict=verdict,  # type: ignore[arg-type]
                   explanation=text + ".", consistent_dates=found)


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
    date: dt.date | str | None,
    window: int | None = None,
    tolerance: Tolerance | None = None,
    dollar: str | None = None,
    yen: str | None = None,
    conventions: Conventions | None = None,
) -> Report:
    """Find every stated equivalent in ``text`` and check it against the rates of ``date``.

    ``date`` is a day, a month (``"2025-12"``), a year, or None (then each finding lists the
    date ranges over which it is consistent). ``window`` overrides the tolerance's rate
    window in days.

    >>> r = check("Revenue was €8.5bn ($8.9bn), or €8.5bn ($9.2bn) by another count.",
    ...           date="2025-03-03")
    >>> [(f.verdict, str(f.stated)) for f in r.findings]
    [('consistent', '8.9 billion USD'), ('inconsistent', '9.2 billion USD')]
    """
    if not isinstance(text, (str, Extraction)):
        raise InputError(f"check() reads text (a str) or an Extraction, not {type(text).__name__}")
    if tolerance is not None and not isinstance(tolerance, Tolerance):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance, not {type(tolerance).__name__}")
    tol = tolerance or Tolerance()
    if window is not None:
        if window < 0:
            raise InputError(f"the rate window must be zero or more days, not {window}")
        tol = Tolerance(**{**tol.__dict__, "window": window})
    spec = date_spec(date)
    _reachable(spec, tol)
    ex = text if isinstance(text, Extraction) else extract(text, dollar=dollar, yen=yen,
                                                                 conventions=conventions)
    findings = []
    for e in ex.equivalences:
        a, b = ex.mentions[e.original], ex.mentions[e.stated]
        try:
            findings.append(check_pair(a, b, date=spec, tolerance=tol))  # type: ignore[arg-type]
        except ArithmeticError:  # decimal.InvalidOperation: beyond the context's precision
            raise InputError(f"cannot check {a.text or a!s} against {b.text or b!s}: the figures "
                             "need more digits than exact arithmetic here holds") from None
    report = trusted(Report, {"date": spec.label, "findings": findings, "mentions": ex.mentions,
                              "skipped": ex.skipped, "meta": {"window_days": tol.window}})
    return keep_text(report, text)  # beside the fields, for the HTML view
