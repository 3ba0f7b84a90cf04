"""English money in the forms of the peers' suites (issue 21 §2, §3): hundredths, cents,
qualifiers, ranges, fractions of a magnitude, codes with a magnitude letter. Each reading is
the amount the text states, or a refusal; never a silent wrong number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract, parse


def readings(text: str) -> list[str]:
    return [str(q) for q in extract(text).mentions]


# ----------------------------------------------------------------- hundredths and cents
@pytest.mark.parametrize("text, value, unit", [
    ("US$3 and fourteen", "3.14", "USD"),
    ("3 GBP and one", "3.01", "GBP"),
    ("$20 and forty-three cents", "20.43", "USD"),
    ("twenty dollars and forty-three cents", "20.43", "USD"),
    ("$5 and 3 cents", "5.03", "USD"),
    ("$5 and 3¢", "5.03", "USD"),
])
def test_spelled_or_digit_hundredths_after_and(text: str, value: str, unit: str) -> None:
    q = parse(text)
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_hundredths_after_and_end_the_phrase() -> None:
    # a figure after 'and' that does not end the phrase is no hundredths
    assert readings("He raised $5 and fourteen jobs") == ["5 USD"]
    assert readings("It costs you 10 us dollar and me c $ 100 and fifty.") == [
        "10 USD", "100.50 CAD"]


def test_cent_sign_after_digits() -> None:
    q = parse("10¢")
    assert (q.value, q.unit) == (Decimal("0.10"), "USD")
    assert q.assumed == "'¢' read as USD (dollar='USD')"
    assert parse("It costs 10¢ a share.").per == "share"


def test_cents_and_pence_are_one_list() -> None:
    """[minor] spells the hundredths once; the subunit reader joins them from there."""
    from moneyfacts.subunits import subunit_words

    words = subunit_words()
    assert {"cents", "pence", "penny", "¢"} <= words
    assert parse("2 dollars and 23 cents").value == Decimal("2.23")
    assert parse("£3 and 20 pence").value == Decimal("3.20")


@pytest.mark.parametrize("text, qual", [
    ("lower than 7€", "lt"), ("higher than $5 billion", "gt"), ("greater than 5 euros", "gt"),
])
def test_comparative_qualifiers(text: str, qual: str) -> None:
    assert parse(text).qualifier == qual
