"""How quantities and rates are shown to a reader: short, at their written precision.

>>> from moneyfacts import parse
>>> describe(parse("about Rmb160 billion"))
'about 160 billion CNY'
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.models import Quantity, Rate

__all__ = ["describe", "format_amount", "format_rate"]


@cache
def _names() -> tuple[tuple[int, str], ...]:
    """The magnitude words amounts are shown with, largest first: the lexicon's [magnitude]
    words of a power of a thousand from a million up (million, billion, trillion, ...)."""
    from moneyfacts.currencies import lexicon

    return tuple(sorted(((p, n) for n, p in lexicon().words.magnitude_powers
                         if p >= 6 and p % 3 == 0), reverse=True))


_QUAL = {"approx": "about", "gt": "more than", "ge": "at least", "lt": "less than", "le": "up to"}


def _shift(v: Decimal, power: int) -> Decimal:
    """``v`` / 10**power, exactly (``scaleb`` would round to the context's 28 digits)."""
    sign, digits, exp = v.as_tuple()
    return Decimal((sign, digits, exp - power)) if isinstance(exp, int) else v


def _short(v: Decimal, precision: Decimal) -> tuple[str, str]:
    for power, name in _names():
        if abs(v) >= Decimal(1).scaleb(power):
            digits = max(0, -(_shift(precision, power).adjusted()))
            return f"{_shift(v, power):.{digits}f}", f" {name}"
    digits = max(0, -precision.adjusted())
    return f"{v:,.{digits}f}", ""


def describe(q: Quantity) -> str:
    """A short human reading of a quantity, at its written precision.

    >>> from moneyfacts import parse
    >>> describe(parse("about Rmb160 billion"))
    'about 160 billion CNY'
    >>> describe(parse("$5 to $7 per share"))
    '5–7 USD per share'
    """
    if q.value is not None:
        num, mag = _short(q.value, q.precision)
    else:
        assert q.low is not None and q.high is not None
        hi, mag = _short(q.high, q.precision)
        lo, lo_mag = _short(q.low, q.precision)
        num = f"{lo}{lo_mag if lo_mag != mag else ''}–{hi}"
    unit = q.unit
    text = f"{num}{mag} {unit}"
    if q.qualifier:
        text = f"{_QUAL[q.qualifier]} {text}"
    if q.per:
        text += f" per {q.per}"
    return text


def format_amount(v: Decimal, unit: str, digits: int = 4) -> str:
    """An amount to ``digits`` significant digits, in words for the large magnitudes.

    >>> format_amount(Decimal("5455776713.2"), "USD")
    '5.456 billion USD'
    """
    step = Decimal(1).scaleb(v.adjusted() - digits + 1) if v else Decimal(1)
    num, mag = _short(v, step)
    return f"{num}{mag} {unit}"


def format_rate(r: Rate) -> str:
    """A rate as an editor reads it: the direction in which it is at least one, six digits.

    >>> import datetime as dt
    >>> from moneyfacts.models import Rate
    >>> format_rate(Rate(base="CNY", quote="USD", value=Decimal("0.1376034364623412"),
    ...                  date=dt.date(2025, 1, 22), source="ECB"))
    '7.26726 CNY per USD'
    """
    value, base, quote = r.value, r.base, r.quote
    if value < 1:
        value, base, quote = Decimal(1) / value, quote, base
    shown = value.quantize(Decimal(1).scaleb(min(0, value.adjusted() - 5)))
    return f"{shown.normalize():f} {quote} per {base}"
