"""Quantities as pint quantities, on moneyfacts' own unit registry.

Every currency is its own base dimension, so pint never converts one currency into another
(that takes a dated exchange rate: :func:`moneyfacts.convert`) and never yields ``nan``.
Counted things (token, chip, user, ...) are base dimensions too, defined on first use.
The registry is built lazily with no default definitions, so importing moneyfacts stays fast.

>>> from moneyfacts import parse
>>> q = parse("€1.2bn").to_pint()
>>> q.magnitude, str(q.units)
(Decimal('1200000000'), 'EUR')
>>> q.to("billion * EUR").magnitude.normalize()
Decimal('1.2')
>>> import pint
>>> try:
...     q.to("USD")
... except pint.DimensionalityError as exc:
...     print("refused:", exc.units1, "->", exc.units2)
refused: EUR -> USD
"""

from __future__ import annotations

import re
import threading
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pint

    from moneyfacts.models import Quantity, Rate

__all__ = ["registry", "to_pint", "describe", "format_amount", "format_rate"]

_LOCK = threading.Lock()
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@cache
def registry() -> pint.UnitRegistry:
    """moneyfacts' pint registry: Decimal magnitudes, currencies and counts as dimensions."""
    import pint

    from moneyfacts.currencies import lexicon

    ureg: pint.UnitRegistry = pint.UnitRegistry(
        None, non_int_type=Decimal, autoconvert_offset_to_baseunit=False
    )
    ureg.define("percent = 0.01 = %")
    # The newsroom magnitudes, as plain numbers: q.to("billion * USD").
    for name, power in (("thousand", 3), ("lakh", 5), ("million", 6), ("crore", 7),
                        ("billion", 9), ("trillion", 12), ("quadrillion", 15)):
        ureg.define(f"{name} = 1{'0' * power}")
    for code in sorted(lexicon().all_codes):
        ureg.define(f"{code} = [currency_{code}]")
    for noun in sorted(set(lexicon().count_nouns.values())):
        _define_count(ureg, noun)
    return ureg


def _define_count(ureg: Any, noun: str) -> str:
    name = noun.replace("-", "_").replace(" ", "_")
    if not _IDENT.match(name):
        name = "count_" + "".join(ch if ch.isalnum() else "_" for ch in name)
    if name not in ureg:
        ureg.define(f"{name} = [{name}]")
    return name


def to_pint(q: Quantity) -> pint.Quantity | tuple[pint.Quantity, pint.Quantity]:
    """See :meth:`moneyfacts.models.Quantity.to_pint`."""
    ureg = registry()
    with _LOCK:
        if q.kind == "money":
            if q.unit not in ureg:
                ureg.define(f"{q.unit} = [currency_{q.unit}]")
            unit = q.unit
        elif q.kind == "percent":
            unit = "percent"
        else:
            unit = _define_count(ureg, q.unit)
    if q.per:
        with _LOCK:
            per = _define_count(ureg, q.per)
        unit = f"{unit} / {per}"
    if q.value is not None:
        return ureg.Quantity(q.value, unit)
    assert q.low is not None and q.high is not None
    return (ureg.Quantity(q.low, unit), ureg.Quantity(q.high, unit))


_NAMES = ((15, "quadrillion"), (12, "trillion"), (9, "billion"), (6, "million"))
_QUAL = {"approx": "about", "gt": "more than", "ge": "at least", "lt": "less than", "le": "up to"}


def _shift(v: Decimal, power: int) -> Decimal:
    """``v`` / 10**power, exactly (``scaleb`` would round to the context's 28 digits)."""
    sign, digits, exp = v.as_tuple()
    return Decimal((sign, digits, exp - power)) if isinstance(exp, int) else v


def _short(v: Decimal, precision: Decimal) -> tuple[str, str]:
    for power, name in _NAMES:
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
