"""Chinese, Korean, Japanese and Vietnamese money (issue 21 §3): each case failed before.

The sentences are ours, in the forms the peers' suites showed us: Vietnamese 'đồng' (the
locale's own currency among the many CLDR names it heads), its qualifiers and spelled numbers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts.grammar import scan


def _read(text: str, locale: str) -> list[tuple[object, ...]]:
    return [(q.value if q.value is not None else (q.low, q.high), q.unit, q.qualifier)
            for q in scan(text, locale=locale)]


@pytest.mark.parametrize("text, value, unit, qualifier", [
    # 'đồng' heads many CLDR names (Đồng Mark Đức...): in Vietnamese, the only language of
    # one territory, it is the own currency
    ("Giá vé là 10.000 đồng", Decimal("10000"), "VND", None),
    ("từ 1000 đồng đến 2000 đồng", (Decimal("1000"), Decimal("2000")), "VND", None),
    ("tầm khoảng 1000 tới 2000 đồng", (Decimal("1000"), Decimal("2000")), "VND", "approx"),
    ("1000 VNĐ", Decimal("1000"), "VND", None),
    ("dưới bảy ngàn đồng", Decimal("7000"), "VND", "lt"),
    ("ít hơn 7000 đồng", Decimal("7000"), "VND", "lt"),
    ("từ 7000 đồng trở xuống", Decimal("7000"), "VND", "le"),
    ("từ 7000 đồng trở lên", Decimal("7000"), "VND", "ge"),
    # 'không' is 'not' before a qualifier ([negation]), never the zero alone
    ("không tới 7000 đồng", Decimal("7000"), "VND", "lt"),
    ("không quá 7.000 đồng", Decimal("7000"), "VND", "le"),
    ("không cao hơn 7000 đồng", Decimal("7000"), "VND", "le"),
    ("không ít hơn 1,42 đô la", Decimal("1.42"), "USD", "ge"),
    # 'một' (also 'a') is one before a currency word; its hundredths join it
    ("trên một đô la và 42 xu", Decimal("1.42"), "USD", "gt"),
    ("mười xu", Decimal("0.10"), "VND", None),
    ("mười xen", Decimal("0.10"), "USD", None),
])
def test_vietnamese_money(text: str, value: object, unit: str, qualifier: str | None) -> None:
    assert _read(text, "vi") == [(value, unit, qualifier)]


def test_vietnamese_negation_is_no_zero() -> None:
    assert _read("không có tiền", "vi") == []
    assert _read("Tôi không đi 5 km", "vi") == [(Decimal("5"), "kilometer", None)]


def test_a_shared_head_stays_shared_in_a_language_of_many_countries() -> None:
    from moneyfacts.locales import profile

    assert profile("vi").heads["đồng"] == ("VND",)
    assert len(profile("es").heads["peso"]) > 1  # Spanish is official in many territories
