"""A currency sign that is also a word of some language ('Le': Sierra Leone's leone and the
French article) is no sign before a day of the month and a month's name, in any language
CLDR knows, even when the text is read as English (a pipeline that does not set a locale)."""

from __future__ import annotations

from babel import Locale
from hypothesis import given, strategies as st

from moneyfacts import extract
from moneyfacts.signs import day_then_month, month_names

_FRENCH_MONTHS = sorted(str(m) for m in Locale.parse("fr").months["format"]["wide"].values())


@given(day=st.integers(1, 31), month=st.sampled_from(_FRENCH_MONTHS),
       sign=st.sampled_from(["Le", "LE"]))
def test_a_sign_word_before_a_date_reads_no_money(day: int, month: str, sign: str) -> None:
    text = f"{sign} {day} {month} dernier, le ministre a parlé."
    assert [m for m in extract(text).mentions if m.kind == "money"] == []


@given(amount=st.integers(1, 31), magnitude=st.sampled_from(["million", "billion"]))
def test_the_same_sign_before_an_amount_is_still_money(amount: int, magnitude: str) -> None:
    leone = extract(f"It cost Le {amount} {magnitude} in Freetown.").mentions
    pound = extract(f"Prices reached LE {amount} {magnitude} in Cairo.").mentions
    assert [m.unit for m in leone] == ["SLE"] and [m.unit for m in pound] == ["EGP"]


def test_months_come_from_every_language() -> None:
    names = month_names()
    for language in ("fr", "de", "es", "it", "pl", "tr", "sw"):
        wide = Locale.parse(language).months["format"]["wide"].values()
        assert {str(m).lower() for m in wide} <= names, language
    assert "million" not in names and "for" not in names


def test_day_then_month_needs_a_day() -> None:
    assert day_then_month("Le 1er mai", 2) and day_then_month("Le 3. März", 2)
    assert not day_then_month("Le 32 mai", 2)
    assert not day_then_month("Le 11,000 janvier", 2)
    assert not day_then_month("Le 11 for rice", 2)
