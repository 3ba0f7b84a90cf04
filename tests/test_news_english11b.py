"""English news reading, session 11 (second wave): the East African and South Asian '/-'
after an amount, and percents spelled in words. Causes found on a held-out set of real English
news (judged outside the project), each tested here with sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract


def readings(text: str) -> list[tuple[str, str | None, Decimal | None, str]]:
    return [(m.kind, m.unit, m.value, m.text) for m in extract(text).mentions]


# ------------------------------------------------------------- '/-': the local money
@pytest.mark.parametrize("text, unit, value, written", [
    ("The Arusha brewer in Tanzania booked 84bn/- in sales.", "TZS", "84000000000", "84bn/-"),
    ("Tanzania's cement maker lent 1.45tri/- to dealers.", "TZS", "1450000000000", "1.45tri/-"),
    ("A Mombasa hotel in Kenya charged 12,500/- a night.", "KES", "12500",
     "12,500/- a night"),
    ("Farmers near Gulu, Uganda, sold maize at 900/- a kilo.", "UGX", "900",
     "900/- a kilo"),
    ("The Pune clinic in India billed 2,400/- for the scan.", "INR", "2400", "2,400/-"),
    ("The ferry across Lake Victoria in Tanzania costs 7.5 million/-.", "TZS", "7500000",
     "7.5 million/-"),
])
def test_slash_dash_after_an_amount_is_the_local_money(
    text: str, unit: str, value: str, written: str
) -> None:
    """'/-' after a figure is money in the shillings or rupees the story's places settle."""
    ((kind, got_unit, got_value, got_text),) = [r for r in readings(text) if r[0] == "money"]
    assert (kind, got_unit, got_value, got_text) == ("money", unit, Decimal(value), written)


def test_slash_dash_without_places_is_refused() -> None:
    ex = extract("The stall owner asked 650/- for the basket.")
    assert not ex.mentions
    assert ex.skipped and "'/-'" in ex.skipped[0].reason and "TZS" in ex.skipped[0].reason


@pytest.mark.parametrize("text", [
    "The poll in Tanzania has a margin of +/-4 percent.",
    "Results in Kenya varied by +/-2.5 points.",
    "In the Nairobi model the ratio was 3/-2 for Kenya.",
])
def test_slash_dash_before_a_number_is_no_sign(text: str) -> None:
    assert all(kind != "money" for kind, *_ in readings(text))


def test_tri_is_a_magnitude_only_before_slash_dash() -> None:
    assert readings("Dodoma's budget in Tanzania reached 3tri last year.") == []
    assert [r[:2] for r in readings("The co-op in Tanzania sold 4 tri-color mats.")] != [
        ("money", "TZS")]


def test_a_sign_before_the_amount_keeps_its_reading_with_slash_dash() -> None:
    ((kind, unit, value, _),) = readings("In Chennai, India, a ticket costs Rs 350/- now.")
    assert (kind, unit, value) == ("money", "INR", Decimal(350))


# ----------------------------------------------------------------- spelled percents
@pytest.mark.parametrize("text, value, written", [
    ("Rents in the capital rose nine per cent last year.", "9", "nine per cent"),
    ("Turnout fell three percent from the last vote.", "3", "three percent"),
    ("Exports grew thirty-two per cent in the quarter.", "32", "thirty-two per cent"),
    ("Eleven percent of the crop was lost.", "11", "Eleven percent"),
    ("The levy was cut by forty pct.", "40", "forty pct"),
])
def test_a_spelled_number_before_percent_is_a_percent(text: str, value: str, written: str) -> None:
    assert readings(text) == [("percent", "percent", Decimal(value), written)]


def test_a_spelled_percent_range_keeps_its_low_end() -> None:
    ((kind, unit, _value, written),) = readings("Fares may rise between four and six per cent.")
    m = extract("Fares may rise between four and six per cent.").mentions[0]
    assert (kind, unit, m.low, m.high) == ("percent", "percent", Decimal(4), Decimal(6))
    assert written == "between four and six per cent"


@pytest.mark.parametrize("text", [
    "Margins narrowed by two percentage points.",
    "Three people shared the cent they found.",
    "Seven workers joined the firm.",
])
def test_spelled_numbers_before_no_percent_stay_words(text: str) -> None:
    assert all(kind != "percent" for kind, *_ in readings(text))


def test_spelled_percent_beside_spelled_money() -> None:
    assert [(k, u, v) for k, u, v, _ in readings(
        "The fee rose ten dollars, or eight per cent.")] == [
        ("money", "USD", Decimal(10)), ("percent", "percent", Decimal(8))]
