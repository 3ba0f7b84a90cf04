"""Every spelling of a magnitude the lexicon's [magnitude] section gives (ASCII, one word)
multiplies the amount it follows, glued or spaced: a magnitude is never dropped (a dropped
one is a silent wrong value: '$1.2 tr.' was read as 1.2 dollars)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract
from moneyfacts.currencies import lexicon_section

_SPELLINGS = [(k, int(v.split()[0])) for k, v in lexicon_section("magnitude")
              if k.isascii() and k.isalpha()]


def test_the_section_has_the_short_forms_the_press_uses() -> None:
    short = {k for k, _ in _SPELLINGS}
    assert {"m", "mn", "bn", "tn", "trn", "tr", "bil", "tril", "cr"} <= short


@pytest.mark.parametrize(("spelling", "power"), _SPELLINGS)
@given(whole=st.integers(1, 999), tenths=st.integers(0, 9), spaced=st.booleans())
def test_a_magnitude_multiplies_the_amount(spelling: str, power: int, whole: int, tenths: int,
                                           spaced: bool) -> None:
    figure = f"{whole}.{tenths}"
    text = f"Debt hit ${figure}{' ' if spaced else ''}{spelling} last year."
    (mention,) = extract(text).mentions
    assert mention.value == Decimal(figure) * 10**power
