"""Silent wrong readings found on real text, each fixed by its cause (issue 21 §2): the
sentences here are our own, of the same shapes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract


def _read(text: str, locale: str | None = None) -> list[tuple[str, Decimal | None, str]]:
    return [(q.text, q.value, q.unit) for q in extract(text, locale=locale).mentions]


# --- 1. Han unit names built by a prefix (千 kilo, 平方 square, 立方 cubic) ----------------


@pytest.mark.parametrize(("text", "want"), [
    ("水库蓄水约3立方千米。", [("约3立方千米", Decimal(3), "kilometer ** 3")]),
    ("保护区面积为12平方千米。", [("12平方千米", Decimal(12), "kilometer ** 2")]),
    ("这条公路长8千米。", [("8千米", Decimal(8), "kilometer")]),
    ("全国铁路营业里程达到十六万千米。", [("十六万千米", Decimal(160000), "kilometer")]),
    ("新建管道2万千米。", [("2万千米", Decimal(20000), "kilometer")]),
])
def test_han_prefixed_unit_is_read_whole(text: str, want: list[tuple[str, Decimal, str]]) -> None:
    assert _read(text, "zh") == want


def test_han_kilo_prefix_alone_is_no_thousand() -> None:
    # '每千克' is 'per kilogram': no figure of a thousand grams; the price is the figure
    assert _read("苹果每千克12元。", "zh") == [("12元", Decimal(12), "CNY")]


def test_han_thousand_before_currency_and_colloquial_units_unchanged() -> None:
    assert _read("他付了千元。", "zh") == [("千元", Decimal(1000), "CNY")]
    assert _read("她身高一米六。", "zh")[0][1:] == (Decimal("1.6"), "meter")
