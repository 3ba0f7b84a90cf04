"""Equivalents checked without a rate: units, restatements.

Two measures stated as equivalents, ``92,900 square metres (1 million square feet)`` or
``100 miles, or 160 km``, are linked by :func:`moneyfacts.mentions.link` when pint gives
them the same dimension (or one is the square of the other's: ``100 sq km (62 miles)``).
:func:`judge` checks such a pair exactly: pint's factor has no rate band, so the pair is
*consistent* when the original, within half its last written digit (more with "about"),
lands inside what the stated figure claims (its written precision, truncation and qualifier,
as for money: see :mod:`moneyfacts.verify`). The finding has ``kind="unit"``. When the gap is
explained, the cause names it:

* ``wrong_gallon``: US gallon for imperial gallon, or the other way round;
* ``wrong_ton``: short (US) ton, long ton or metric tonne mixed up;
* ``wrong_barrel``: a US liquid barrel (31.5 gallons) for an oil barrel (42), or back;
* ``wrong_mile``: statute for nautical miles, or back;
* ``square_as_linear``: an area converted with a length's factor (``100 sq km (62 sq
  miles)``), or an area stated as a length;
* ``magnitude_slip``: a factor of 1,000 missing or extra (metres for kilometres).

A money amount restated in its own currency, ``three hundred billion naira (N300bn)``, is a
restatement, not a conversion: it is checked the same way with a factor of one (a finding of
kind ``money`` with no rate; cause ``restated_unequal`` when the two do not agree).

>>> from moneyfacts import check
>>> [(f.kind, f.verdict) for f in check("It is 100 miles (160 km) long.", date=None).findings]
[('unit', 'consistent')]
>>> f = check("It is 100 miles (200 km) long.", date=None).findings[0]
>>> f.verdict, f.kind, f.explanation
('inconsistent', 'unit', '100 miles is 160.9344 kilometer (1.609344 kilometer per mile), not 200 km.')
>>> f = check("The tank holds 100 gallons (379 litres).", date=None).findings[0]
>>> f.verdict
'consistent'
>>> f = check("The tank holds 100 gallons (455 litres).", date=None).findings[0]
>>> f.verdict, f.cause.kind
('inconsistent', 'wrong_gallon')
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from moneyfacts.models import Cause, Finding, Interval, Quantity, trusted

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.models import Equivalence

__all__ = ["judge", "dimensions_match", "with_link"]

_ZERO = Decimal(0)

#: Units a writer may take one for the other, each group with its cause kind: a pint unit
#: name and the names it may have been confused with.
_CONFUSED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wrong_gallon", ("gallon", "imperial_gallon")),
    ("wrong_ton", ("metric_ton", "short_ton", "ton", "long_ton")),
    ("wrong_barrel", ("barrel", "oil_barrel")),
    ("wrong_mile", ("mile", "nautical_mile")),
)


def _measure_unit(q: Quantity) -> str:
    return f"{q.unit} / ({q.per})" if q.per else q.unit


def _factor(src: str, dest: str) -> Decimal | None:
    """How many ``dest`` one ``src`` is (exact, from pint), or None across dimensions."""
    import pint

    from moneyfacts.units import registry

    ureg = registry()
    try:
        m = ureg.Quantity(Decimal(1), src).to(dest).magnitude
    except (pint.DimensionalityError, pint.UndefinedUnitError, AttributeError, TypeError,
            ValueError):
        return None
    return m if isinstance(m, Decimal) else None


def dimensions_match(a: Quantity, b: Quantity) -> bool:
    """Whether two measures may be stated as equivalents: another unit of the same dimension,
    or one the square of the other's (an area stated as a length: a slip :func:`judge`
    names). Pint is loaded only here, for a pair the text already links.

    >>> from moneyfacts import parse
    >>> dimensions_match(parse("100 miles"), parse("160 km"))
    True
    >>> dimensions_match(parse("100 miles"), parse("160 kg")), dimensions_match(parse("5 sq km"), parse("2 miles"))
    (False, True)
    """
    if a.kind != "measure" or b.kind != "measure" or (a.unit, a.per) == (b.unit, b.per):
        return False
    if _factor(_measure_unit(a), _measure_unit(b)) is not None:
        return True
    return _squared(a, b) is not None


def _squared(a: Quantity, b: Quantity) -> tuple[Decimal, bool] | None:
    """For an area and a length (either way round): the factor from a's unit to b's unit
    taken at the same power, and whether a is the area."""
    from moneyfacts.units import registry

    ureg = registry()
    try:
        da = ureg.Quantity(1, _measure_unit(a)).dimensionality
        db = ureg.Quantity(1, _measure_unit(b)).dimensionality
    except Exception:  # noqa: BLE001 - an unknown unit links nothing
        return None
    if da == db ** 2:
        f = _factor(_measure_unit(a), f"({_measure_unit(b)}) ** 2")
        return (f.sqrt(), True) if f is not None else None
    if db == da ** 2:
        f = _factor(f"({_measure_unit(a)}) ** 2", _measure_unit(b))
        return (f.sqrt(), False) if f is not None else None
    return None


def _tolerance_parts() -> tuple[Callable[..., tuple[Decimal, Decimal]], Callable[..., Decimal]]:
    from moneyfacts.tolerance import _claim, _effective_precision

    return _claim, _effective_precision


def _exact(q: Quantity) -> tuple[Decimal, Decimal]:
    """A figure taken as given (the source of a conversion): its value or range, within half
    its last written digit when it says "about"."""
    lo, hi = q.bounds
    h = q.precision / 2 if q.qualifier == "approx" else _ZERO
    return lo - h, hi + h


def _whole(q: Quantity) -> Quantity:
    """A whole figure written with digit grouping ('92,900') as the tolerance model reads a
    whole number: its trailing zeros may be rounding (the model reads '92,900' as a decimal
    fraction, with every digit meant, since it looks for a separator before digits)."""
    if q.precision == 1 and q.text:
        return q.model_copy(update={"text": ""})
    return q


def _claimed(q: Quantity, tol: Any) -> tuple[Decimal, Decimal]:
    """What a converted figure claims: its written precision, truncation and qualifier."""
    claim, _ = _tolerance_parts()
    lo, hi = q.bounds
    w = _whole(q)
    return claim(lo, w, tol)[0], claim(hi, w, tol)[1]


Sides = tuple[tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]], ...]


def _sides(a: Quantity, b: Quantity, tol: Any) -> Sides:
    """The two ways the pair may have been written: a converted into b (a taken as given, b
    claiming its written precision), or b into a. '92,900 square metres (1 million square
    feet)' converts the million square feet; '100 miles (160 km)' the hundred miles."""
    return ((_exact(a), _claimed(b, tol)), (_claimed(a, tol), _exact(b)))


def _fits(sides: Sides, factor: Decimal) -> bool:
    """Whether some way of writing the pair agrees at ``factor`` (b units per a unit)."""
    return any(src[0] * factor <= claim[1] and claim[0] <= src[1] * factor
               for src, claim in sides)


def _swaps(unit: str) -> list[tuple[str, str]]:
    """``unit`` with one confusable name replaced by each of its look-alikes, and the cause."""
    out = []
    for kind, names in _CONFUSED:
        for name in names:
            pieces = unit.replace("(", " ( ").replace(")", " ) ").split()
            if name not in pieces:
                continue
            for other in names:
                if other != name:
                    swapped = " ".join(other if p == name else p for p in pieces)
                    out.append((swapped.replace("( ", "(").replace(" )", ")"), kind))
    return out


def _cause(a: Quantity, b: Quantity, sides: Sides,
           square: tuple[Decimal, bool] | None) -> Cause | None:
    """The slip that explains the gap, named only when the original converted with it lands
    within the stated figure's precision (as for money: see moneyfacts.verify)."""
    sides = sides[:1]
    ua, ub = _measure_unit(a), _measure_unit(b)
    for side, unit in (("original", ua), ("stated", ub)):
        for swapped, kind in _swaps(unit):
            f = _factor(swapped, ub) if side == "original" else _factor(ua, swapped)
            if f is not None and _fits(sides, f):
                was = unit if side == "original" else ub
                return Cause(kind=kind,  # type: ignore[arg-type]
                             detail=f"the {side} figure converted as {swapped}, not {was}")
    if square is not None:  # an area and a length: the pair fits as lengths
        if _fits(sides, square[0]):
            return Cause(kind="square_as_linear",
                         detail="an area stated as a length (or the other way round)")
        return None
    linear = _linear_factor(ua, ub)
    if linear is not None and _fits(sides, linear):
        return Cause(kind="square_as_linear",
                     detail="an area converted with the factor of its length unit, not its square")
    f = _factor(ua, ub)
    if f is not None:
        for factor in (Decimal(1000), Decimal("0.001")):
            if _fits(sides, f * factor):
                return Cause(kind="magnitude_slip", factor=factor,
                             detail=f"a factor of {factor.normalize():f} "
                             f"{'missing' if factor > 1 else 'too many'}")
    return None


def _linear_factor(ua: str, ub: str) -> Decimal | None:
    """For two areas ('kilometer ** 2', 'mile ** 2'): the factor between their lengths."""
    if not (ua.endswith(" ** 2") and ub.endswith(" ** 2")) or "/" in ua + ub:
        return None
    return _factor(ua[:-5], ub[:-5])


def judge(a: Quantity, b: Quantity, e: Equivalence | None, tol: Any) -> Finding | None:
    """The finding of a pair checked without a rate (two measures, or money restated in its own
    currency), or None for a conversion between currencies (see the module documentation)."""
    if a.kind == "money" and b.kind == "money" and a.unit == b.unit:
        factor: Decimal | None = Decimal(1)
        kind = "money"
        square = None
    elif a.kind == "measure" and b.kind == "measure":
        kind = "unit"
        factor = _factor(_measure_unit(a), _measure_unit(b))
        square = _squared(a, b) if factor is None else None
    else:
        return None
    sides = _sides(a, b, tol)
    src = _exact(a)
    form = e.form if e is not None else None
    evidence = e.evidence if e is not None else None
    who_a, who_b = a.text or str(a), b.text or str(b)
    if factor is None:
        if square is None:
            return None
        f = _finding(a, b, "inconsistent", None, None, kind, form, evidence,
                     _cause(a, b, sides, square), f"{who_a} is an area and {who_b} a length "
                     "(or the other way round): they are not the same measure")
        return f
    expected = Interval(low=src[0] * factor, high=src[1] * factor, unit=b.unit)
    value = a.bounds[0] * factor
    stated = b.bounds[0]
    deviation = (stated - value) / value if value else None
    shown = f"{_plain(factor)} {b.unit} per {a.unit}" if kind == "unit" else "the same currency"
    if _fits(sides, factor):
        return _finding(a, b, "consistent", expected, deviation, kind, form, evidence, None,
                        f"{who_a} is {_span(expected)} {b.unit} "
                        f"({shown}): {who_b} agrees.")
    cause = _cause(a, b, sides, None) if kind == "unit" else Cause(
        kind="restated_unequal", detail="the same amount restated as another figure")
    why = f"; likely {cause.detail}" if cause is not None else ""
    return _finding(a, b, "inconsistent", expected, deviation, kind, form, evidence, cause,
                    f"{who_a} is {_span(expected)} {b.unit} "
                    f"({shown}), not {who_b}{why}.")


def _span(i: Interval) -> str:
    lo, hi = _plain(i.low), _plain(i.high)
    return lo if lo == hi else f"{lo}–{hi}"


def _plain(d: Decimal) -> str:
    q = d.quantize(Decimal(1)) if abs(d) >= 1000 else d.normalize()
    return format(q.normalize() if q == q.to_integral_value() else round(q, 6).normalize(), "f")


def _finding(a: Quantity, b: Quantity, verdict: str, expected: Interval | None,
             deviation: Decimal | None, kind: str, form: str | None, evidence: object,
             cause: Cause | None, explanation: str) -> Finding:
    f: Finding = trusted(Finding, {
        "original": a, "stated": b, "verdict": verdict, "expected": expected,
        "deviation": deviation, "rate": [], "explanation": explanation, "cause": cause,
        "consistent_dates": [], "subject": "equivalent", "band": None, "kind": kind, "form": form,
        "evidence": evidence})
    return f


def with_link(f: Finding, e: Equivalence) -> Finding:
    """A money pair's finding with the form (and evidence) of the equivalence it checked."""
    return f.model_copy(update={"form": e.form, "evidence": e.evidence})
