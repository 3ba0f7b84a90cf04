"""Reading gaps of issue 21 §3 in English: plural magnitudes, pence and cents, counts with
an adjective or an uncommon noun, and a currency carried over from the sentence before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract, parse


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("Rs 245.5 crores", "INR", "2455000000"), ("245.5 crores rupees", "INR", "2455000000"),
     ("Rs 5 lakhs", "INR", "500000"), ("Rs 3 lakh crores", "INR", "3000000000000"),
     ("2.5 millions euros", "EUR", "2500000"), ("$75 millions", "USD", "75000000")],
)
def test_plural_magnitudes_after_a_figure(text: str, unit: str, value: str) -> None:
    """'Rs 245.5 crores' read 245.5 rupees: the plural magnitude was dropped silently."""
    q = parse(text)
    assert (q.unit, q.value, q.text) == (unit, Decimal(value), text)


def test_a_plural_magnitude_joins_a_range() -> None:
    q = parse("Rs 10-12 crores")
    assert (q.low, q.high) == (Decimal("1E+8"), Decimal("1.2E+8"))


def test_billions_stays_another_languages_magnitude() -> None:
    """'billions' is 10^12 in French (the long scale): not read as 10^9 in English."""
    ex = extract("It earned $3 billions.")
    assert ex.mentions == [] and "'fr'" in ex.skipped[0].reason
