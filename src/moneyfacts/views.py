"""How the models are shown and converted: the layers above the plain data models supply
``str()`` (:mod:`moneyfacts.display`), ``to_pint``/``to_base`` (:mod:`moneyfacts.units`) and
Jupyter's ``_repr_html_`` (:mod:`moneyfacts.html`). The models import none of these layers;
this module binds them, and the modules that build models for users (the grammar, the
conversions, the checks) import it. Each layer is imported when first used, not before.

>>> from moneyfacts import parse
>>> str(parse("about Rmb160 billion"))
'about 160 billion CNY'
>>> parse("2 GW").to_base().unit
'kilogram * meter ** 2 / second ** 3'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moneyfacts.models import Extraction, Finding, Quantity, Report

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__: list[str] = []


def _str(self: Quantity) -> str:
    from moneyfacts.display import describe

    return describe(self)


def _to_pint(self: Quantity) -> pint.Quantity[Any] | tuple[pint.Quantity[Any], pint.Quantity[Any]]:
    """This quantity on moneyfacts' own pint registry.

    A range becomes a (low, high) pair of pint Quantities. Currencies are independent units:
    converting between them needs a rate (see :mod:`moneyfacts.conversions`), never a silent
    ``nan``.

    >>> import moneyfacts
    >>> q = moneyfacts.parse("30tn tokens").to_pint()
    >>> q.magnitude, str(q.units)
    (Decimal('30000000000000'), 'token')
    >>> gbs = moneyfacts.parse("4.8 TB/s").to_pint().to("GB / second")
    >>> f"{gbs.magnitude:f}", str(gbs.units)
    ('4800', 'gigabyte / second')
    """
    from moneyfacts.units import to_pint

    return to_pint(self)


def _to_base(self: Quantity) -> Quantity:
    """A measure in pint's SI base units (``per`` folded into ``unit``); any other kind as it
    is. See :func:`moneyfacts.units.to_base`.

    >>> import moneyfacts
    >>> b = moneyfacts.parse("2 GW").to_base()
    >>> b.unit, f"{b.value:f}"
    ('kilogram * meter ** 2 / second ** 3', '2000000000')
    """
    from moneyfacts.units import to_base

    return to_base(self)


def _extraction_html(self: Extraction) -> str:
    """The text with its amounts marked (Jupyter); see :mod:`moneyfacts.html`."""
    from moneyfacts.html import extraction_html

    return extraction_html(self)


def _finding_html(self: Finding) -> str:
    """The finding's note and picture (Jupyter); see :mod:`moneyfacts.html`."""
    from moneyfacts.html import finding_html

    return finding_html(self)


def _report_html(self: Report) -> str:
    """The article with every amount marked and each finding's note (Jupyter); see
    :mod:`moneyfacts.html`."""
    from moneyfacts.html import report_html

    return report_html(self)


_to_pint.__name__, _to_base.__name__ = "to_pint", "to_base"
setattr(Quantity, "__str__", _str)
setattr(Quantity, "to_pint", _to_pint)
setattr(Quantity, "to_base", _to_base)
setattr(Extraction, "_repr_html_", _extraction_html)
setattr(Finding, "_repr_html_", _finding_html)
setattr(Report, "_repr_html_", _report_html)
