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

from moneyfacts.display import describe, format_amount, format_rate  # moved; kept importable

if TYPE_CHECKING:  # pragma: no cover
    import pint

    from moneyfacts.models import Quantity

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
    for name, power in lexicon().words.magnitude_powers:
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
