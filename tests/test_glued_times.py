"""A clock time written glued ('4p.m.', '9.30p.m.') is no amount in pence (gnews18, issue 21:
'just after 4p.m. ET' in a Canadian story was read as 0.04 GBP, a silent wrong reading).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract


def money(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.unit) for m in extract(text).mentions if m.kind == "money"]


@pytest.mark.parametrize("text", [
    "Polls close at 8p.m. on Thursday.",
    "The statement was tabled just after 4p.m. local time.",
    "Talks ran from 9a.m. to 11.45p.m., aides said.",
])
def test_a_glued_clock_time_is_no_money(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize("text, want", [
    ("The shares ended at 312p.Traders blamed the bank.", [(Decimal("3.12"), "GBP")]),
    ("The stock added 4p. Later it slipped.", [(Decimal("0.04"), "GBP")]),
    ("Doors open at 7p.m. and tickets are £12.", [(Decimal("12"), "GBP")]),
])
def test_pence_at_a_sentence_end_are_still_pence(text: str, want: list[tuple[Decimal, str]]) -> None:
    assert money(text) == want


@given(hour=st.integers(1, 12), minutes=st.sampled_from(["", ".15", ".30", ":45"]),
       half=st.sampled_from(["a", "p"]))
def test_no_glued_time_of_day_is_read_as_money(hour: int, minutes: str, half: str) -> None:
    assert money(f"The count resumes at {hour}{minutes}{half}.m. tomorrow.") == []
