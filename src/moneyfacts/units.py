"""Quantities as pint quantities, on moneyfacts' own unit registry.

Every currency is its own base dimension, so pint never converts one currency into another
(that takes a dated exchange rate: :func:`moneyfacts.convert`) and never yields ``nan``.
Counted things (token, chip, user, ...) are base dimensions too, defined on first use.
Physical units (``kind == "measure"``) are pint's own: the registry holds pint's default
definitions plus what ``data/units.txt`` adds (``basis_point``). It is moneyfacts' own
registry, never pint's shared default one, and it is built lazily on the first
:meth:`~moneyfacts.models.Quantity.to_pint` or conversion (about 0.15 s), so importing
moneyfacts and scanning text stay fast: the scan reads unit spellings from data files and
never imports pint.

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

__all__ = ["registry", "to_pint", "to_base", "convert_measure", "describe", "format_amount", "format_rate"]

_LOCK = threading.Lock()
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@cache
def registry() -> pint.UnitRegistry[Any]:
    """moneyfacts' pint registry: Decimal magnitudes, currencies and counts as dimensions."""
    import pint

    from moneyfacts.currencies import lexicon
    from moneyfacts.measures import _sections, units_text

    # pint's own definitions (units, symbols, prefixes) in a registry of moneyfacts' own:
    # pint's shared default registry is never changed.
    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(
        non_int_type=Decimal, autoconvert_offset_to_baseunit=False
    )
    if "percent" not in ureg:  # pragma: no cover - pint has had it since 0.21
        ureg.define("percent = 0.01 = %")
    # What pint lacks, from data/units.txt [define] ('basis_point = 0.0001 = bp').
    for name, value in _sections(units_text()).get("define", []):
        ureg.define(f"{name} = {value}")
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
    # A noun that is one of pint's units as written ('barrel', 'day') is that unit; one that
    # pint reads only through a prefix ('unit' as micro-nit) or not at all is a count, and so
    # is one that units.txt says means something else in news ('ounce': count_ounce).
    if name in _count_not_pint():
        name = "count_" + name
    if not any(not prefix for prefix, _, _ in ureg.parse_unit_name(name)):
        ureg.define(f"{name} = [{name}]")
    return name


@cache
def _count_not_pint() -> frozenset[str]:
    from moneyfacts.measures import _sections, units_text

    return frozenset(k for k, _ in _sections(units_text()).get("count not pint", []))


def to_pint(q: Quantity) -> pint.Quantity[Any] | tuple[pint.Quantity[Any], pint.Quantity[Any]]:
    """See :meth:`moneyfacts.models.Quantity.to_pint`."""
    ureg = registry()
    with _LOCK:
        if q.kind == "money":
            if q.unit not in ureg:
                ureg.define(f"{q.unit} = [currency_{q.unit}]")
            unit = q.unit
        elif q.kind == "percent":
            unit = "percent"
        elif q.kind == "measure":
            unit = q.unit  # already a pint spelling
        else:
            unit = _define_count(ureg, q.unit)
    if q.per:
        if q.kind == "measure":
            per = q.per
        else:
            with _LOCK:
                per = _define_count(ureg, q.per)
        unit = f"{unit} / ({per})" if " " in per else f"{unit} / {per}"
    if q.value is not None:
        return ureg.Quantity(q.value, unit)
    assert q.low is not None and q.high is not None
    return (ureg.Quantity(q.low, unit), ureg.Quantity(q.high, unit))


def _measure_unit(unit: str, per: str | None) -> str:
    return f"{unit} / ({per})" if per and " " in per else (f"{unit} / {per}" if per else unit)


def _split(units: str) -> tuple[str, str | None]:
    """A pint unit string as (unit, per): 'kilometer / hour' -> ('kilometer', 'hour')."""
    unit, sep, per = units.partition(" / ")
    return (unit, per) if sep else (units, None)


def convert_measure(q: Quantity, to: str) -> Quantity:
    """A measure in unit ``to`` (a pint spelling: 'MW', 'megawatt', 'mile / hour'), exactly.

    ``to`` without a '/' converts the unit and keeps ``per`` ('120 km/h' in 'mile' is miles per
    hour); with one, the whole per-unit converts. ``precision`` converts by the same factor.
    Anything but a measure, or a unit of another dimension, raises
    :class:`~moneyfacts.errors.DimensionError`.

    >>> from moneyfacts import parse
    >>> mw = convert_measure(parse("2 GW"), "MW")
    >>> mw.unit, f"{mw.value:f}"
    ('megawatt', '2000')
    >>> q = convert_measure(parse("120 km/h"), "mile")
    >>> q.unit, q.per, round(q.value, 2)
    ('mile', 'hour', Decimal('74.56'))
    """
    return _convert(q, to, whole="/" in to, split=True)


_WORD_RUN = re.compile(r"\w+")


@cache
def _longest_word() -> int:
    """The most characters a word of a unit expression can hold: the registry's longest
    prefix and name, and a plural 's'."""
    ureg = registry()
    return max(map(len, ureg._prefixes)) + max(map(len, ureg._units)) + 1


def _check_words(to: str) -> None:
    """Refuse a unit expression with a word longer than any unit's before pint reads it:
    pint's parser takes time quadratic in such a word ('W' * 100000 took 74 s).

    >>> _check_words("W" * 1000)
    Traceback (most recent call last):
    moneyfacts.errors.DimensionError: 'WWWWWWWWWWWW...' is not a unit moneyfacts knows (a word of 1000 characters)
    """
    from moneyfacts.errors import DimensionError

    longest = _longest_word()
    for word in _WORD_RUN.finditer(to):
        if len(word.group()) > longest:
            raise DimensionError(f"{to[:12] + '...' if len(to) > 15 else to!r} is not a unit "
                                 f"moneyfacts knows (a word of {len(word.group())} characters)")


def _convert(q: Quantity, to: str, *, whole: bool, split: bool) -> Quantity:
    from moneyfacts.errors import DimensionError

    if q.kind != "measure":
        raise DimensionError(f"only a measure converts between units; {q.text or q.unit!r} is a {q.kind}")
    import pint

    ureg = registry()
    src = _measure_unit(q.unit, q.per)
    dest = _unit_of(ureg, to)
    try:
        if not whole:
            dest_unit, dest_per = str(dest), q.per
            # Through the per-unit, so that pint sees a rate: '1 °C per day' is a difference.
            dest = ureg.Unit(_measure_unit(f"({to})", q.per)) if q.per else dest
        else:
            dest_unit, dest_per = _split(str(dest)) if split else (str(dest), None)

        def conv(x: Decimal | None) -> Decimal | None:
            # A Decimal magnitude stays Decimal through pint (its stubs say float).
            return None if x is None else _decimal(ureg.Quantity(x, src).to(dest).magnitude)

        # The worth of one unit, as a difference: an offset (°C to K) moves no precision.
        step = _decimal(ureg.Quantity(Decimal(1), src).to(dest).magnitude) - _decimal(
            ureg.Quantity(Decimal(0), src).to(dest).magnitude)
        values = {k: conv(getattr(q, k)) for k in ("value", "low", "high")}
    except pint.DimensionalityError as exc:
        raise DimensionError(f"{q.text or q.unit!r} ({exc.dim1 or exc.units1}) does not convert "
                             f"to {to!r} ({exc.dim2 or exc.units2})") from None
    except (pint.UndefinedUnitError, AttributeError, TypeError, ValueError) as exc:
        raise DimensionError(f"{to!r} is not a unit moneyfacts knows ({exc})") from None
    except (KeyError, ArithmeticError, AssertionError) as exc:  # pint on a degenerate unit
        raise DimensionError(f"{q.text or q.unit!r} does not convert to {to!r} "
                             f"({type(exc).__name__})") from None
    return q.model_copy(update={**values, "unit": dest_unit, "per": dest_per,
                                "precision": abs(q.precision * step)})


#: The longest unit expression read ('kilogram * meter ** 2 / second ** 3' is 35 characters).
MAX_UNIT_LENGTH = 200
#: What a unit expression is written with, besides letters and digits ('µ', 'Ω' are letters).
_UNIT_PUNCTUATION = frozenset(" */()^._-°%²³")


def _unit_of(ureg: Any, to: str) -> Any:
    """The pint unit ``to`` names; a malformed expression ('W*', '(W', '1/0', 'W;1', a unit
    of 100,000 characters) raises :class:`~moneyfacts.errors.DimensionError` saying why,
    never pint's, the tokenizer's or decimal's own exception.

    >>> _unit_of(registry(), "W;1")
    Traceback (most recent call last):
    ...
    moneyfacts.errors.DimensionError: 'W;1' is not a unit expression: ';' has no place in one
    """
    from moneyfacts.errors import DimensionError

    if not isinstance(to, str):
        raise DimensionError(f"a unit is a string such as 'MW', not {type(to).__name__}")
    if len(to) > MAX_UNIT_LENGTH:
        raise DimensionError(f"{to[:12]!r}... is not a unit moneyfacts knows (an expression of "
                             f"{len(to):,} characters: at most {MAX_UNIT_LENGTH} are read)")
    if not to.strip():
        raise DimensionError("no unit given: write one such as 'MW' or 'mile / hour'")
    bad = next((ch for ch in to if not (ch.isalnum() or ch in _UNIT_PUNCTUATION)), None)
    if bad is not None:
        raise DimensionError(f"{to!r} is not a unit expression: {bad!r} has no place in one")
    depth = 0
    for ch in to:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            break
    if depth:
        raise DimensionError(f"{to!r} is not a unit expression: its parentheses do not pair up")
    _check_words(to)  # a word longer than any unit's: pint's parser is quadratic in it
    import pint

    try:
        return ureg.Unit(to)
    except pint.PintError as exc:
        raise DimensionError(f"{to!r} is not a unit moneyfacts knows ({exc})") from None
    except Exception:  # noqa: BLE001 - pint's parser raises many kinds on a malformed one
        raise DimensionError(f"{to!r} is not a unit expression moneyfacts can read: write one "
                             "such as 'MW', 'megawatt' or 'mile / hour'") from None


def _decimal(x: object) -> Decimal:
    """A magnitude pint computed from Decimals, as the Decimal it is."""
    if isinstance(x, Decimal):
        return x
    raise TypeError(f"pint gave a {type(x).__name__}, not a Decimal: {x!r}")


def to_base(q: Quantity) -> Quantity:
    """A measure in pint's base units, per-unit included (``per`` becomes None: 'barrel / day'
    is 'meter ** 3 / second'); any other kind is returned as it is (money, counts and
    percentages are their own base).

    >>> from moneyfacts import parse
    >>> b = to_base(parse("1.2 million tonnes"))
    >>> b.unit, f"{b.value:f}", b.per
    ('kilogram', '1200000000', None)
    """
    if q.kind != "measure":
        return q
    ureg = registry()
    base = ureg.Quantity(Decimal(1), _measure_unit(q.unit, q.per)).to_base_units()
    return _convert(q, str(base.units), whole=True, split=False)

