"""The record every matcher of :mod:`~moneyfacts.grammar` fills: one number as read so far.

A :class:`Part` starts as the number an anchor found (its span and :class:`~moneyfacts.numbers.Figure`);
the matchers add what they read around it (sign, magnitude, currency or unit, qualifier,
per) and the scanner turns the parts it keeps into :class:`~moneyfacts.models.Quantity`.

>>> from moneyfacts.numbers import read_digits
>>> p = Part(0, 3, read_digits("1.5"), magnitude=9)
>>> p.scaled().value
Decimal('1500000000')
"""

from __future__ import annotations

from dataclasses import dataclass

from moneyfacts.currencies import Sign
from moneyfacts.numbers import Figure, scale

__all__ = ["Part"]


@dataclass(slots=True)
class Part:
    """One number and what the matchers read around it (see the module)."""

    start: int
    end: int
    fig: Figure
    magnitude: int | None = None
    currency: str | None = None
    assumed: str | None = None
    ambiguous: Sign | None = None
    kind: str | None = None  # money | count | percent
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None
    prefix_start: int | None = None
    #: The shared sign this part's currency was read from, which the text may settle.
    sign: Sign | None = None
    #: Why the reading is in doubt and left out ('5 200 euros': one number or two?).
    doubt: str | None = None
    #: The sign before the number is one letter ('R5', but 'Q4'): kept only with a magnitude
    #: or grouped digits.
    letter: bool = False

    def scaled(self, power: int | None = None) -> Figure:
        """The figure times ten to ``power`` (by default the magnitude read)."""
        p = self.magnitude if power is None else power
        return scale(self.fig, p or 0)


