"""A currency's name in lower case right before the number is money when the number carries a
magnitude word ('pounds 5m last year', as archive copy writes a lost '£'), ends its phrase
('ringgit 42.'), or is a price in hundredths after a plural ('pounds 187.50 each'); not a
number something else follows ('the dollar 10 years ago', 'lost pounds 5 a week')."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract

_NAMES = {"pounds": "GBP", "dollars": "USD", "euros": "EUR"}
_MAGNITUDES = {"m": 6, "bn": 9, "million": 6, "billion": 9}


def _money(text: str) -> list[tuple[str, Decimal | None]]:
    return [(m.unit, m.value) for m in extract(text).mentions if m.kind == "money"]


@given(name=st.sampled_from(sorted(_NAMES)), magnitude=st.sampled_from(sorted(_MAGNITUDES)),
       whole=st.integers(1, 999), tenths=st.integers(0, 9))
def test_a_magnitude_after_a_lower_case_name_makes_money(name: str, magnitude: str, whole: int,
                                                         tenths: int) -> None:
    figure = f"{whole}.{tenths}"
    glue = "" if len(magnitude) <= 2 else " "
    text = f"Profits rose to {name} {figure}{glue}{magnitude} last year, the group said."
    assert _money(text) == [(_NAMES[name], Decimal(figure) * 10 ** _MAGNITUDES[magnitude])]


@given(name=st.sampled_from(sorted(_NAMES)), whole=st.integers(1, 9999), cents=st.integers(0, 99))
def test_a_price_in_hundredths_after_a_plural_name_is_money(name: str, whole: int,
                                                            cents: int) -> None:
    figure = f"{whole}.{cents:02d}"
    assert _money(f"Tickets cost {name} {figure} each at the gate.") == [
        (_NAMES[name], Decimal(figure))]


@pytest.mark.parametrize("text", [
    "She lost pounds 5 a week in fees.",
    "He paid dollars 500 for it.",
    "The dollar 10 years ago bought more.",
    "The euro 1.08 level held.",
    "The pounds 95 face value bond.",
])
def test_a_bare_number_something_follows_stays_unread(text: str) -> None:
    assert _money(text) == []


@given(name=st.sampled_from(sorted(_NAMES)), magnitude=st.sampled_from(sorted(_MAGNITUDES)),
       whole=st.integers(2, 999), noun=st.sampled_from(["ticket", "face value people paid",
                                                        "fee", "deposit he lost"]))
def test_a_plural_name_the_text_writes_as_money_makes_every_number_after_it_money(
        name: str, magnitude: str, whole: int, noun: str) -> None:
    # Archive copy that lost its '£' writes every amount so: once 'pounds 2.2bn' stands in the
    # text, 'the pounds 95 ticket' is money too, even before a noun a count would take.
    glue = "" if len(magnitude) <= 2 else " "
    text = (f"Fans spent {name} 2.2{glue}{magnitude} last year. "
            f"The {name} {whole} {noun} was the start.")
    assert _money(text) == [(_NAMES[name], Decimal("2.2") * 10 ** _MAGNITUDES[magnitude]),
                            (_NAMES[name], Decimal(whole))]


@pytest.mark.parametrize("text", [
    # written as money elsewhere only in another name, or not at all: unread as before
    "She lost pounds 5 a week; the fund holds dollars 2bn.",
    "The pounds 95 face value people paid was fair.",
])
def test_a_form_the_text_never_writes_as_money_stays_unread(text: str) -> None:
    assert [u for u, _ in _money(text) if u == "GBP"] == []
