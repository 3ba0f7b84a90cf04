"""moneyfacts.convert (moneyfacts.conversions): single figures, ranges, qualifiers, precision, the rate recorded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import rates
from moneyfacts.conversions import convert
from moneyfacts.errors import InputError, RateNotAvailableError, UnknownCurrencyError
from moneyfacts.models import Quantity

D = dt.date


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path / "cache"))
    rates.set_default_store(None)
    yield
    rates.set_default_store(None)


def money(unit: str, value: str | None = None, **kw) -> Quantity:
    return Quantity(kind="money", unit=unit, value=Decimal(value) if value else None, **kw)


def test_single_figure_records_the_rate() -> None:
    q = money("CNY", "1.60E+11", precision=Decimal("1E+10"), text="Rmb160 billion", start=3, end=17)
    out = convert(q, "USD", D(2025, 12, 23))
    r = rates.get_rate("CNY", "USD", D(2025, 12, 23))
    assert out.rate == r and out.rate.source == "ECB" and out.rate.via == "EUR"
    assert out.unit == "USD" and out.kind == "money"
    assert out.value == Decimal("1.60E+11") * r.value
    assert Decimal("22.7E+9") < out.value < Decimal("22.8E+9")  # 160/7.0281
    assert out.precision == Decimal("1E+10") * r.value
    assert (out.text, out.start, out.end) == ("Rmb160 billion", 3, 17)


def test_range_and_qualifier_carry_through() -> None:
    q = money("USD", low=Decimal("2E+9"), high=Decimal("3E+9"), qualifier="approx",
              precision=Decimal("1E+9"))
    out = convert(q, "EUR", D(2025, 1, 24))
    r = out.rate
    assert out.is_range and out.value is None
    assert (out.low, out.high) == (Decimal("2E+9") * r.value, Decimal("3E+9") * r.value)
    assert out.qualifier == "approx" and out.low < out.high
    assert r.value == Decimal(1) / Decimal("1.0472") and r.date == D(2025, 1, 24)


@pytest.mark.parametrize("qual", ["gt", "ge", "lt", "le"])
def test_bound_qualifiers(qual: str) -> None:
    out = convert(money("GBP", "500", qualifier=qual), "USD", D(2025, 6, 2))
    assert out.qualifier == qual and out.value == Decimal(500) * out.rate.value


def test_per_unit_kept() -> None:
    out = convert(money("USD", "12.5", per="share", precision=Decimal("0.1")), "JPY", D(2025, 6, 2))
    assert out.per == "share" and out.precision == Decimal("0.1") * out.rate.value


def test_weekend_date_uses_previous_business_day() -> None:
    out = convert(money("EUR", "100"), "USD", D(2025, 1, 26))
    assert out.rate.date == D(2025, 1, 24) and out.value == Decimal("104.72")


def test_nbp_currency_conversion_is_labelled() -> None:
    out = convert(money("TWD", "1E+9", precision=Decimal("1E+8")), "USD", D(2025, 6, 20))
    assert out.rate.source == "NBP tables A+B" and out.rate.via == "PLN"
    assert out.rate.date == D(2025, 6, 18)
    assert Decimal("25E+6") < out.value < Decimal("40E+6")


def test_same_currency() -> None:
    out = convert(money("USD", "5"), "USD", D(2025, 1, 1))
    assert out.value == 5 and out.rate.source == "identity"


def test_errors() -> None:
    with pytest.raises(InputError, match="only money"):
        convert(Quantity(kind="percent", unit="%", value=Decimal(5)), "USD", D(2025, 1, 2))
    with pytest.raises(UnknownCurrencyError):
        convert(money("USD", "1"), "XXQ", D(2025, 1, 2))
    with pytest.raises(RateNotAvailableError, match="covers RUB from"):
        convert(money("RUB", "1"), "USD", D(2023, 1, 2))


@settings(max_examples=50, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1E+12"), places=2),
    st.sampled_from(["USD", "GBP", "JPY", "CNY", "TWD", "AED"]),
    st.dates(min_value=D(2010, 1, 1), max_value=D(2026, 10, 20)),
)
def test_round_trip(value: Decimal, unit: str, day: dt.date) -> None:
    q = money(unit, str(value))
    back = convert(convert(q, "EUR", day), unit, day)
    assert abs(back.value - value) <= value * Decimal("1E-25")


def test_string_is_parsed() -> None:
    out = moneyfacts.convert("Rmb160 billion", "USD", D(2025, 12, 23))
    assert out.unit == "USD" and Decimal("22.7E+9") < out.value < Decimal("22.8E+9")
    assert out.rate.date == D(2025, 12, 23)
