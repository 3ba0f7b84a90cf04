"""The tolerance model: what a written figure claims, and the band around the reference rates.

A figure claims only the digits it was written with (see :mod:`moneyfacts.verify` for the
whole model): :func:`fitting_rates` gives the rates that map the original into the stated
figure's claim; :data:`BAND` the allowance around the reference rates per regime.

>>> from moneyfacts import parse
>>> [f"{r:.5f}" for r in fitting_rates(parse("Rmb160 billion"), parse("$23 billion"))]
['0.14019', '0.14734']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from moneyfacts.errors import InputError
from moneyfacts.models import Quantity

__all__ = ["Tolerance", "BAND", "LOOKBACK_STALE", "VOL_SCALE", "ORIGINAL_ROUNDING", "fitting_rates"]

_ZERO = Decimal(0)


@dataclass(frozen=True)
class Tolerance:
    """The knobs of the tolerance model (see the module documentation).

    ``window``: days before the article date whose rates are tried.
    ``truncation``: whether round figures may have been truncated.
    ``approx_units``: how many units of the last written digit "about" allows either way
    (half a unit: the rounding of the last digit).
    ``bound_units``: how far beyond the figure "more than"/"less than" may reach, in units.
    ``stale_days``: how far before the window a stale-rate diagnosis looks (30 days); with
    any, a slip's diagnosis then looks on up to ``causes.LONG_STALE_DAYS`` (120) for a rate
    that few of those days fit (``causes._singled_out``).
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


# --- the claimed interval of a written figure -------------------------------------------


def _is_round(value: Decimal, precision: Decimal) -> bool:
    units = (value / precision).to_integral_value()
    return units % 10 == 0 or units < 10


#: A decimal fraction as written: a separator before one, two, or four and more digits
#: ("$76.0 million", "12,50 €").
_FRACTION = re.compile(r"\d[.,](?:\d{1,2}|\d{4,})(?![\d.,])")
#: A separator before exactly three digits: a decimal mark ("US$1.410 billion") or digit
#: grouping ("US$2,000 million", "27.000 millones", "Rs 1,00,000").
_THREE = re.compile(r"\d[.,](\d{3})(?![\d.,])")


def _written_fraction(q: Quantity) -> bool:
    """Whether the figure's last written digit lies after a decimal mark. Before exactly
    three digits the separator is a decimal mark when the figure is finer than its
    magnitude ("US$1.410 billion": a million's worth, of billions; "1,830 €" in German copy:
    a thousandth of a euro), grouping when it is not ("US$2,000 million", "Rs 54,000
    crore", "$5,000"). A magnitude word the English lexicon does not know ("2.000 millones",
    read with a locale) leaves the digits to say: three zeros after a decimal mark are not
    written, so "000" groups."""
    if _FRACTION.search(q.text):
        return True
    m = _THREE.search(q.text)
    if m is None:
        return False
    from moneyfacts.currencies import lexicon
    from moneyfacts.magnitudes import magnitude

    _, power, known = magnitude(q.text, m.end(), lexicon())
    if power is not None:
        return q.precision < Decimal(1).scaleb(power)
    if known:
        return q.precision < 1
    return m.group(1) != "000"


def _effective_precision(value: Decimal, q: Quantity, keep: int = 2) -> Decimal:
    """Trailing zeros of a whole number are ambiguous ("$140 million" may be 2 or 3 digits),
    grouped or not ("US$2,000 million" is "US$2 billion"): such a figure claims at least two
    significant digits (``keep``), and no more than it shows. Zeros after a decimal point
    ("$76.0 million", "US$1.410 billion") are meant."""
    precision = q.precision
    if _written_fraction(q):
        return precision
    units = int((value / precision).to_integral_value())
    digits = len(str(abs(units))) if units else 1
    zeros = len(str(abs(units))) - len(str(abs(units)).rstrip("0")) if units else 0
    return precision.scaleb(max(0, min(zeros, digits - keep)))


def _two_digits(value: Decimal, p: Decimal) -> Decimal:
    """The worth of a figure's last digit read at two significant digits at least: measured
    on real conversions (bench/precision.py), newsrooms round a conversion to two digits or
    more; a one-digit figure ("$6 billion") lies within half a unit of a second digit."""
    if value == 0:
        return p
    return min(p, Decimal(1).scaleb(abs(value).adjusted() - 1))


def _claim(value: Decimal, q: Quantity, tol: Tolerance, strict: bool = True
           ) -> tuple[Decimal, Decimal]:
    """The interval a written figure stands for. ``strict``: as newsrooms round (two
    significant digits at least, half a unit either way; a qualifier widens to the written
    digits; truncation only under a qualifier). Else the written precision alone, with
    truncation of a round figure: what a figure can at most stand for (the ``loose`` grade)."""
    p = _effective_precision(value, q)
    h = (_two_digits(value, p) if strict else p) / 2
    lo, hi = value - h, value + h
    if tol.truncation and (q.qualifier or not strict) and _is_round(value, p):
        hi = max(hi, value + p)
    if q.qualifier == "approx":
        lo, hi = min(lo, value - p * tol.approx_units), max(hi, value + p * tol.approx_units)
    elif q.qualifier in ("gt", "ge"):
        hi = max(hi, value + p * tol.bound_units + p / 2)
    elif q.qualifier in ("lt", "le"):
        lo = min(lo, value - p * tol.bound_units - p / 2)
    return lo, hi


def _source(q: Quantity) -> list[tuple[Decimal, Decimal]]:
    """The original amount as intervals: [low end, high end] (one for a single figure). Its
    own rounding counts too: half a unit of its last digit, read at two digits at least.
    The original is the figure the writer converted, so its trailing zeros are meant ("150
    billion yuan"), unless "about" says the original is itself rounded: then its trailing
    zeros are rounding down to three significant digits ("approximately ₹1,200 crore" is
    1,195-1,205 crore: the newsroom may have converted ₹1,196 crore), not to two as a stated
    figure's are: "roughly 100 billion yuan" stays 99.5-100.5 billion, so that an 8% slip
    cannot pass through the reference band (tests/test_check mutates the seeds by 8%). Without
    "about", the rounding counts at most :data:`ORIGINAL_ROUNDING` of the figure."""
    out = []
    for v in _ends(q):
        p = q.precision
        h = _two_digits(v, p) / 2
        if q.qualifier == "approx":
            h = max(h, p / 2, _effective_precision(v, q, keep=3) / 2)
        else:
            h = min(h, abs(v) * ORIGINAL_ROUNDING)
        out.append((v - h, v + h))
    return out


#: The most a written original's own rounding may count, relative to it (without "about"):
#: half a unit of a second digit is up to 5% of a figure from 10 to 19 ("$12 billion" is
#: 11.5-12.5), wide enough with the stated figure's rounding and the band to pass a 6.7%
#: slip ('$12 billion (KSh1.8 trillion)' at 150 shillings when the day's was 161). Measured
#: on every labelled held-out pair (pairs15-20 and ../shared/real, 383): no consistent pair
#: needs more than 2.5%, and the cap finds that slip; figures from 20 up are unchanged.
ORIGINAL_ROUNDING = Decimal("0.025")


def _ends(q: Quantity) -> list[Decimal]:
    if q.value is not None:
        return [q.value]
    assert q.low is not None and q.high is not None
    return [q.low, q.high]


def _claims(stated: Quantity, tol: Tolerance, strict: bool = True) -> list[tuple[Decimal, Decimal]]:
    return [_claim(v, stated, tol, strict) for v in _ends(stated)]


def _pairs(
    original: Quantity, stated: Quantity, tol: Tolerance, strict: bool = True
) -> list[tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]]]:
    # The original is read at two digits at least either way: "loose" is about the stated
    # figure's written digits (the suggestion is a stated figure).
    src, claims = _source(original), _claims(stated, tol, strict)
    if all(hi <= 0 for _, hi in src + claims):  # '-40 billion yuan (-$5.5 billion)': mirrored
        src = [(-hi, -lo) for lo, hi in src]
        claims = [(-hi, -lo) for lo, hi in claims]
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


def fitting_rates(original: Quantity, stated: Quantity, tolerance: Tolerance | None = None,
                  *, strict: bool = True) -> tuple[Decimal, Decimal]:
    """The interval of rates (stated per original) that make the pair agree within the
    precision of both figures (empty when low > high); ``strict=False``: their written
    precision alone (see :func:`_claim`)."""
    return _fitting_rates(_pairs(original, stated, tolerance or Tolerance(), strict))


#: The band scales with the pair's realised volatility (``reference._volatility``, its typical
#: daily move): it is at least three typical moves, about how far a rate drifts in the week a
#: newsroom's rate may be old (√5 ≈ 2.2 moves for five business days, 3 for nine). Calm
#: markets keep the regime's allowance; a crash widens it by three days' typical move, no
#: longer by a week's whole slide.
VOL_SCALE = Decimal(3)


def _allowance(tol: Tolerance, reg: str, vol: Decimal = _ZERO) -> Decimal:
    """The band's relative allowance: ``Tolerance.band`` when set, else the regime's
    calibrated :data:`BAND`, or the pair's realised daily volatility when that is larger
    (calm markets keep the regime's allowance)."""
    if tol.band is not None:
        return Decimal(tol.band)
    return max(BAND[reg], VOL_SCALE * vol) if reg != "pegged" else BAND[reg]


def _widen(lo: Decimal, hi: Decimal, a: Decimal) -> tuple[Decimal, Decimal]:
    return lo * (1 - a), hi * (1 + a)


def _meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])
