"""English hundredths after prose that follows another figure (gnews18, issue 21): 'Brent
for December 2024 delivery rose 50 cents' holds an amount of 50 cents, not the end of an
amount '2024 ... 50 cents' whose currency word went unread.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract


def money(text: str, locale: str | None = None) -> list[tuple[str, str | None]]:
    got = extract(text, locale=locale).mentions if locale else extract(text).mentions
    return [(str(m.value), m.unit) for m in got if m.kind == "money"]


@pytest.mark.parametrize("text, want", [
    ("Crude for March 2026 delivery climbed 42 cents to $71.05 a barrel.",
     [("0.42", "USD"), ("71.05", "USD")]),
    ("Fares for 2025 went up 25 cents on every route.", [("0.25", "USD")]),
    ("The stock, one of 3 lenders in the index, slipped 9 pence in London.", [("0.09", "GBP")]),
    ("Futures for the 2027 contract eased 7 cents or 0.1% in early trade.", [("0.07", "USD")]),
])
def test_hundredths_after_words_after_a_figure_are_their_own_amount(
        text: str, want: list[tuple[str, str]]) -> None:
    assert money(text) == want


@pytest.mark.parametrize("text, want", [
    ("The ticket costs 5 dollars and 60 cents.", [("5.60", "USD")]),
    ("She paid twenty dollars 43 cents for it.", [("20.43", "USD")]),
    ("It is 3 pounds 20 pence a tin.", [("3.20", "GBP")]),
])
def test_an_amount_written_whole_stays_whole(text: str, want: list[tuple[str, str]]) -> None:
    assert money(text) == want


def test_another_languages_unread_amount_is_still_not_read_as_hundredths_alone() -> None:
    # Norwegian 'to' (two) before a misspelt currency name: 0.23 alone would be a wrong value
    assert money("to thai bhat 23 satang", "nb") == []


@given(year=st.integers(1990, 2060), verb=st.sampled_from(["rose", "fell", "gained", "slipped", "added"]),
       cents=st.integers(1, 99))
def test_a_year_then_a_verb_never_swallows_the_cents(year: int, verb: str, cents: int) -> None:
    text = f"Contracts for {year} {verb} {cents} cents on the day."
    got = [m for m in extract(text).mentions if m.kind == "money"]
    assert len(got) == 1 and got[0].value == Decimal(cents) / 100 and got[0].unit == "USD"
