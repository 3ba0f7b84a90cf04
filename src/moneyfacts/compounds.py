"""A length or weight written in parts, largest first: '7 feet 10 inches' is 94 inches.

After a scan, measures of one dimension that follow each other with nothing between them but
spaces, commas and a joining word (``lexicon.txt`` [compound]: '7 feet, 10 inches', '2 km and
1 meter'), each in another unit, with no range, qualifier or rate of their own, are one
quantity: their sum, in the first of their units (last first) that every part converts to
exactly (pint's definitions). Parts whose units are more than a thousand apart stay apart
('10 hectares and 6298.47 square meters' are two areas: a hectare is 10,000 m², no unit a
remainder is written in), as do parts after a fraction of a unit ('5.5 feet and 3 inches')
and two parts within a tenth of each other ('5 miles, 8 km' is one distance stated twice,
not 13 km): two figures, never a silent sum.

>>> from moneyfacts.grammar import scan
>>> [str(q) for q in scan("He is 7 feet and 10 inches tall.")]
['94 inch']
>>> [(q.value, q.unit) for q in scan("2 km and 1 meter; 10 kms, 8 meters, and 6 cm")]
[(Decimal('2001'), 'meter'), (Decimal('1000806'), 'centimeter')]
>>> [(q.value, q.unit) for q in scan("1 meter and 1 foot")]
[(Decimal('1.3048'), 'meter')]
>>> [str(q) for q in scan("a run of 5 miles, 8 km")]   # one distance stated twice
['5 mile', '8 kilometer']
>>> [str(q) for q in scan("10 hectares and 6298.47 square meters")]
['10 hectare', '6,298.47 meter ** 2']
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from moneyfacts.models import Quantity
from moneyfacts.units import registry

__all__ = ["join_measures"]


@cache
def _gap() -> re.Pattern[str]:
    from moneyfacts.currencies import lexicon_sections

    words = sorted((k for k, _, _ in lexicon_sections().get("compound", [])),
                   key=len, reverse=True)
    link = "|".join(map(re.escape, words))
    return re.compile(rf"[ \u00a0]*,?[ \u00a0]*(?:(?:{link})[ \u00a0]+)?$", re.IGNORECASE)


def _factor(ureg: Any, a: str, b: str) -> Decimal | None:
    """How many ``b`` one ``a`` is, if exactly a short decimal; None otherwise."""
    try:
        f = Decimal(ureg.Quantity(Decimal(1), a).to(b).magnitude)
    except Exception:  # noqa: BLE001 - pint: other dimension or unknown unit
        return None
    f = f.normalize()
    return f if len(f.as_tuple().digits) <= 12 else None


def _apart(ureg: Any, a: Quantity, b: Quantity) -> bool:
    """``b`` may add to ``a``: another unit of its dimension, at most a thousand times
    larger or smaller (the steps compounds are written in: feet and inches 12, pounds and
    ounces 16, hours and minutes 60, kilometres and metres 1,000; not hectares and square
    metres, 10,000: '10 hectares and 6298.47 square meters' are two areas), ``a`` a whole
    number of its unit ('5.5 feet and 3 inches' is no compound), and not about as much as
    ``a`` (within a tenth: '5 miles, 8 km' states one distance twice)."""
    if a.unit == b.unit or a.value is None or b.value is None or not b.value or not a.value:
        return False
    if a.value != a.value.to_integral_value():
        return False
    try:
        step = float(ureg.Quantity(1, a.unit).to(b.unit).magnitude)
    except Exception:  # noqa: BLE001 - pint: other dimension or unknown unit
        return False
    if not 1e-3 <= step <= 1e3:
        return False
    ratio = step * float(a.value) / float(b.value)
    return not 0.9 <= abs(ratio) <= 1.1


def _plain(q: Quantity) -> bool:
    return (q.kind == "measure" and q.value is not None and q.low is None and q.high is None
            and q.per is None and q.rate is None)


def _merge(text: str, run: list[Quantity]) -> Quantity | None:
    from moneyfacts.units import registry

    ureg = registry()
    for target in reversed(run):
        factors = [_factor(ureg, q.unit, target.unit) for q in run]
        if any(f is None for f in factors):
            continue
        total = sum((q.value * f for q, f in zip(run, factors) if q.value is not None and f is not None),
                    Decimal(0))
        precision = min((q.precision * f for q, f in zip(run, factors) if f is not None))
        first, last = run[0], run[-1]
        return first.model_copy(update={
            "unit": target.unit, "value": total, "precision": precision, "end": last.end,
            "text": text[first.start : last.end]})
    return None


def join_measures(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each measure written in parts read as one (see the module)."""
    measures = 0
    for q in found:
        if q.kind == "measure":
            measures += 1
    if measures < 2:
        return found  # no two measures to join: most texts
    ureg = registry()
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        run = [found[i]]
        j = i + 1
        while (_plain(run[-1]) and j < len(found) and _plain(found[j])
               and found[j].qualifier is None and found[j].start >= run[-1].end
               and _gap().match(text, run[-1].end, found[j].start)
               and _apart(ureg, run[-1], found[j])):
            run.append(found[j])
            j += 1
        merged = _merge(text, run) if len(run) > 1 else None
        if merged is None:
            out.append(found[i])
            i += 1
        else:
            out.append(merged)
            i = j
    return out
