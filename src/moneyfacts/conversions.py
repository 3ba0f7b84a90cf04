"""Convert an amount to another currency at the historical rate of a day.

>>> import datetime as dt
>>> from decimal import Decimal
>>> from moneyfacts.models import Quantity
>>> q = Quantity(kind="money", unit="CNY", value=Decimal("1.60E+11"), precision=Decimal("1E+10"),
...              text="Rmb160 billion", start=0, end=14)
>>> usd = convert(q, "USD", dt.date(2025, 12, 23))
>>> usd.unit, round(usd.value / Decimal("1E+9"), 2), usd.rate.date, usd.rate.source
('USD', Decimal('22.77'), datetime.date(2025, 12, 23), 'ECB')
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

from moneyfacts.errors import InputError
from moneyfacts.models import Quantity
import moneyfacts.views  # noqa: F401  (binds str(), to_pint and _repr_html_ to the models)
from moneyfacts.rates.store import CONTEXT, RateStore, default_store

__all__ = ["convert"]


def convert(
    q: Quantity | str,
    to: str,
    on: dt.date | str | None = None,
    *,
    lookback: int | None = None,
    store: RateStore | None = None,
) -> Quantity:
    """``q`` in currency ``to`` at the rate of ``on`` (or the last published day before it).

    * A range converts both ends; ``qualifier`` (``approx``, ``gt``, ...) and ``per`` carry over.
    * ``precision`` is converted at the same rate: the converted figure is as uncertain, in
      ``to`` units, as the written one was (``$5.5 billion`` → ±0.05 billion dollars → that
      many euros). It is not rounded to a power of ten.
    * ``text``/``start``/``end``/``assumed`` still describe the original mention.
    * ``rate`` records the :class:`~moneyfacts.models.Rate` used (its day, source and ``via``).

    A string is read with :func:`moneyfacts.parse` first. ``on`` is a date or an ISO
    ``"YYYY-MM-DD"`` string. Money converts at the rate of that day; a measure
    (``kind == "measure"``) converts to another unit of its dimension, exactly and with no
    date (:func:`moneyfacts.units.convert_measure`; another dimension raises
    :class:`~moneyfacts.errors.DimensionError`). A count or a percentage raises
    :class:`~moneyfacts.errors.InputError`, as does anything that is not a Quantity or text. See
    :func:`moneyfacts.rates.get_rate` for ``lookback`` and the errors a lookup raises.

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> q = Quantity(kind="money", unit="USD", low=Decimal("2E+9"), high=Decimal("3E+9"),
    ...              qualifier="approx", precision=Decimal("1E+9"))
    >>> eur = convert(q, "EUR", dt.date(2025, 1, 25))      # a Saturday: Friday's rate
    >>> round(eur.low), round(eur.high), eur.qualifier, eur.rate.date
    (1909854851, 2864782277, 'approx', datetime.date(2025, 1, 24))
    >>> convert("Rmb160 billion", "USD", "2025-12-23").rate.date
    datetime.date(2025, 12, 23)
    >>> mw = convert("2 GW", to="MW")
    >>> f"{mw.value:f} {mw.unit}"
    '2000 megawatt'
    """
    from moneyfacts.rates import as_code, as_day, as_lookback

    if isinstance(q, str):
        from moneyfacts.grammar import parse

        q = parse(q)
    if not isinstance(q, Quantity):
        raise InputError(f"convert() takes a Quantity or text, not {type(q).__name__}")
    if q.kind == "measure":
        from moneyfacts.units import convert_measure

        return convert_measure(q, to)
    if q.kind == "money" and on is None:
        raise InputError(f"converting money needs a date (on=); {q.text or q.unit!r} is money")
    if q.kind != "money" and on is None:  # before the date is read: the kind is what is wrong
        raise InputError(f"only money converts between currencies; {q.text or q.unit!r} is a {q.kind}")
    to, on, lookback = as_code(to, "to"), as_day(on), as_lookback(lookback)
    if store is not None and not isinstance(store, RateStore):
        raise InputError(f"store must be a moneyfacts.rates.RateStore, not {type(store).__name__}")
    if q.kind != "money":
        raise InputError(f"only money converts between currencies; {q.text or q.unit!r} is a {q.kind}")
    rate = (store or default_store()).get_rate(q.unit, to, on, lookback=lookback)
    r = rate.value

    def mul(x: Decimal | None) -> Decimal | None:
        if x is None:
            return None
        with localcontext(CONTEXT):
            return x * r

    return q.model_copy(
        update={
            "unit": rate.quote,
            "value": mul(q.value),
            "low": mul(q.low),
            "high": mul(q.high),
            "precision": mul(q.precision),
            "rate": rate,
        }
    )

