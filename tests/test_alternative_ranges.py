"""Two figures joined by 'or' or 'to' before one noun are a range ('two or three people',
'25 or 50 basis points', 'seven to nine hurricanes'): reading the figure after the word
alone was a silent part of what the text says. Two amounts in different currencies joined
by 'or' stay an equivalence."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, strategies as st
from num2words import num2words

from moneyfacts import extract

_NOUNS = ["people", "ships", "hurricanes", "schools", "cars"]


def _ranges(text: str) -> list[tuple[Decimal | None, Decimal | None, str]]:
    return [(m.low, m.high, m.unit) for m in extract(text).mentions]


@given(low=st.integers(1, 998), gap=st.integers(1, 50), join=st.sampled_from(["or", "to"]),
       noun=st.sampled_from(_NOUNS), spelled=st.booleans())
@example(low=100, gap=1, join="or", noun="people", spelled=True)  # '... one hundred and one people'
def test_two_figures_joined_before_a_noun_are_a_range(low: int, gap: int, join: str, noun: str,
                                                      spelled: bool) -> None:
    high = min(low + gap, 999)
    if high == low:
        return
    a, b = (num2words(low), num2words(high)) if spelled else (str(low), str(high))
    if spelled and low == 1:
        a = "one"
    text = f"Officials said {a} {join} {b} {noun} were affected."
    [(lo, hi, unit)] = _ranges(text)
    assert (lo, hi) == (Decimal(low), Decimal(high)), text
    assert unit == noun.rstrip("s").replace("people", "person")


def test_money_and_measures_join_alike() -> None:
    assert _ranges("It cut rates by 25 or 50 basis points.") == [
        (Decimal(25), Decimal(50), "basis_point")]
    assert _ranges("Tickets cost $20 or $30.") == [(Decimal(20), Decimal(30), "USD")]


def test_an_equivalence_with_or_stays_two_amounts() -> None:
    ex = extract("It cost 40 billion yuan or $5.5 billion.")
    assert [m.unit for m in ex.mentions] == ["CNY", "USD"] and ex.equivalences[0].form == "or"
    ex = extract("They paid $5 or 10 euros.")
    assert [m.unit for m in ex.mentions] == ["USD", "EUR"]


def test_a_word_that_is_no_number_opens_no_range() -> None:
    assert _ranges("He waited for three people.") == [(None, None, "person")]
    assert _ranges("It went to three schools.") == [(None, None, "school")]
