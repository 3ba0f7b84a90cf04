"""Counts and physical quantities in English news (session 23): digits a space apart before a unit of measure after a word in lower case
('generate 16 170 MWh', noted; a label or a list before them leaves them in doubt); a noun
written once for two figures with modifiers of their own ('12 primary and 4 secondary
schools', noted). Sentences written for this project in the shapes of power, farm, weather
and public-works copy; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, str | None]]:
    return [(m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


# --- spelled numbers that stay words ---------------------------------------------------------


def test_one_day_and_two_times_stay_words() -> None:
    assert _read("One day the river will rise.") == []
    assert _read("The pump failed two times in a week.") == []


# --- digits a space apart before a unit of measure ----------------------------------------------


@pytest.mark.parametrize("text, value, unit", [
    ("The new turbines generate 16 170 MWh a year.", "16170", "megawatt_hour"),
    ("Breakdowns totalled 14 900 MW on Thursday morning.", "14900", "megawatt"),
    ("The barge carried 17 300 tonnes of coal.", "17300", "metric_ton"),
    ("They laid track of 1 520 mm gauge.", "1520", "millimeter"),
])
def test_digits_a_space_apart_before_a_unit_are_one_number_noted(
        text: str, value: str, unit: str) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.value) == ("measure", unit, Decimal(value))
    assert m.assumed is not None and "grouped by a space" in m.assumed


@pytest.mark.parametrize("text", [
    "Eskom said Unit 5 800 MW was back.",            # a capitalised label
    "Its unit 5 800 MW was back on Monday.",         # a label word of [label-word]
    "Units 1, 2 and 3 600 MW each are offline.",     # the last of a list
    "The storm left 12 400 families without power.",  # no unit: a count stays in doubt
])
def test_digits_a_space_apart_after_a_label_or_list_stay_in_doubt(text: str) -> None:
    ex = extract(text)
    assert [m for m in ex.mentions if m.kind in ("count", "measure")] == []
    assert any("may be one number grouped by a space" in s.reason for s in ex.skipped)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_space_grouped_measure_reads_its_digits_whole(high: int, low: int) -> None:
    """Law: 'N NNN MW' after a verb is the number its digits make, never its last group."""
    [m] = extract(f"The grid lost {high} {low:03d} MW overnight.").mentions
    assert m.value == Decimal(high * 1000 + low) and m.unit == "megawatt"


# --- a noun written once for two figures with their own modifiers ----------------------------


@pytest.mark.parametrize("text, first, second, unit", [
    ("The district has 12 primary and 4 secondary schools.", 12, 4, "school"),
    ("The state runs 30 public and 12 private hospitals.", 30, 12, "hospital"),
    ("The city bought 40 electric and 12 hybrid buses.", 40, 12, "bus"),
])
def test_modifiers_on_both_sides_of_and_share_the_noun(
        text: str, first: int, second: int, unit: str) -> None:
    got = extract(text).mentions
    assert [(m.kind, m.unit, m.value) for m in got] == [
        ("count", unit, first), ("count", unit, second)]
    assert got[0].assumed is not None and "carried from" in got[0].assumed


@pytest.mark.parametrize("text", [
    "The pump failed 12 times and 4 new schools opened.",
    "In 2024 and 4 new schools opened.",
])
def test_a_noun_or_a_year_before_and_takes_no_noun(text: str) -> None:
    assert [m.value for m in extract(text).mentions] == [4]
