"""Counts and physical quantities in English news (session 21): a hyphen-suspended range ('a
25- to 35-metre wall': the high end alone was a silent wrong value); a per-unit written once
after a measure and its bracketed equivalent ('250 kilometres (160 miles) per hour'); a count
written as a year ('a hospital with 1967 beds') and a year before a counted noun ('Since 2019
users ...'); 'tones' for tonnes; a per-unit of two words ('per short ton'); an abbreviation's
full stop inside a unit name ('a 115-sq.-km park'). Sentences written for this project in the
shapes of energy, farm, weather and health copy; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract

_whole = st.integers(min_value=2, max_value=899)
_years = st.integers(min_value=1900, max_value=2099)
_units = st.sampled_from([("metre", "meter"), ("kilometre", "kilometer"), ("tonne", "metric_ton"),
                          ("megawatt", "megawatt"), ("mile", "mile"), ("hectare", "hectare")])


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, str | None]]:
    return [(m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


# --- a hyphen-suspended range ----------------------------------------------------------------


@given(_whole, st.integers(min_value=1, max_value=100), _units,
       st.sampled_from(["a {a}- to {b}-{u} wall", "between {a}- and {b}-{u} waves",
                        "plans for {a}- to {b}-{u}-long lines", "a {a}- or {b}-{u} gap"]))
def test_a_suspended_hyphen_range_reads_both_ends_or_nothing(
        a: int, step: int, unit: tuple[str, str], shape: str) -> None:
    """Law (no silent wrong value): before a hyphen-suspended low end, the high end is never
    read alone; the range is read from the low end to the high end in the high end's unit."""
    b = a + step
    text = "The council approved " + shape.format(a=a, b=b, u=unit[0]) + " on Monday."
    found = extract(text).mentions
    assert not [m for m in found if m.value == b and m.low is None]
    assert [(m.kind, m.unit, m.low, m.high) for m in found] == [
        ("measure", unit[1], Decimal(a), Decimal(b))]


def test_a_suspended_range_of_a_count_and_of_years() -> None:
    assert [(m.unit, m.low, m.high) for m in extract(
        "Most buyers want 3- to 4-bedroom homes.").mentions] == [
        ("bedroom", Decimal(3), Decimal(4))]
    assert [(m.unit, m.low, m.high) for m in extract(
        "He faces a 10- to 12-year sentence.").mentions] == [("year", Decimal(10), Decimal(12))]
    # 'and' without 'between' lists two sizes: the second is read as written, never a range
    assert _read("The yard builds 20- and 45-metre boats.") == [
        ("measure", "meter", Decimal(45), None)]


# --- a per-unit after a bracketed equivalent -------------------------------------------------


@given(_whole, _whole, st.sampled_from(["per hour", "an hour", "a day"]))
def test_a_per_unit_after_a_bracketed_equivalent_is_both_measures(k: int, m: int, per: str) -> None:
    """Law: 'N kilometres (M miles) per hour' reads both figures per hour."""
    found = _read(f"Gusts reached {k} kilometres ({m} miles) {per} overnight.")
    span = per.split()[-1]
    assert found == [("measure", "kilometer", Decimal(k), span), ("measure", "mile", Decimal(m), span)]


def test_a_bracket_then_per_hour_and_a_bracket_with_none() -> None:
    assert _read("Winds of 250 kilometres (160 miles) per hour hit the coast.") == [
        ("measure", "kilometer", Decimal(250), "hour"), ("measure", "mile", Decimal(160), "hour")]
    assert _read("It is a 5 km (3 miles) walk from the station.") == [
        ("measure", "kilometer", Decimal(5), None), ("measure", "mile", Decimal(3), None)]
    assert _read("The storm dropped 400 mm (16 inches) of rain.") == [
        ("measure", "millimeter", Decimal(400), None), ("measure", "inch", Decimal(16), None)]


# --- a number written as a year -------------------------------------------------------------


@given(_years, st.sampled_from(["beds", "wards", "rooms"]))
def test_a_year_like_number_after_with_counts_the_noun(y: int, noun: str) -> None:
    """Law: after 'with', four digits 1900-2099 before a plural count it ('with 1967 beds')."""
    assert _read(f"The new hospital opened with {y} {noun} last week.") == [
        ("count", noun[:-1], Decimal(y), None)]
    assert _read(f"Its {y} sales rose sharply.") == []  # elsewhere it stays a year
    # before a word of money it is the year's, after 'with' or 'had' too
    assert [m for m in extract(f"The unit had {y} sales of about $4 million.").mentions
            if m.kind == "count"] == []


@given(_years, st.sampled_from(["In", "Since", "During"]),
       st.sampled_from(["users", "employees", "beds", "workers"]))
def test_a_year_after_in_or_since_counts_nothing(y: int, lead: str, noun: str) -> None:
    """Law: after 'in', 'since' or 'during' the number is the year: no count (was a silent
    count of the listed nouns: 'Since 2019 users have left')."""
    assert [m for m in extract(f"{lead} {y} {noun} have left the region.").mentions
            if m.kind == "count"] == []


# --- 'tones', a per-unit of two words, a dotted abbreviation ---------------------------------


def test_tones_is_read_as_tonnes_with_a_note() -> None:
    [m] = extract("Mills produced 74.20 lakh tones of sugar by March.").mentions
    assert (m.kind, m.unit, m.value) == ("measure", "metric_ton", Decimal("7420000"))
    assert m.assumed is not None and "tones" in m.assumed


@given(st.sampled_from([("short ton", "short_ton"), ("metric ton", "metric_ton"),
                        ("metric tonne", "metric_ton"), ("square metre", "meter ** 2"),
                        ("square kilometre", "kilometer ** 2")]),
       st.integers(min_value=1, max_value=99))
def test_a_per_unit_of_two_words_is_read_whole(per: tuple[str, str], n: int) -> None:
    """Law: 'per' and a unit name of two words is that unit (the first word alone was read:
    'metric', 'short', 'square')."""
    [m] = extract(f"The site used {n} litres per {per[0]} last year.").mentions
    assert (m.unit, m.value, m.per) == ("liter", Decimal(n), per[1])


def test_a_full_stop_inside_a_unit_name() -> None:
    assert _read("They fenced a 115-sq.-km reserve.") == [
        ("measure", "kilometer ** 2", Decimal(115), None)]
    assert _read("The flat has 1,200 sq. ft of floor space.") == [
        ("measure", "foot ** 2", Decimal(1200), None)]


# --- a second per-unit, of time ---------------------------------------------------------------


@given(st.integers(min_value=1, max_value=999),
       st.sampled_from([("litres", "liter"), ("kg", "kilogram"), ("tonnes", "metric_ton")]),
       st.sampled_from([("person", "per"), ("hectare", "per"), ("worker", "per")]),
       st.sampled_from([("per day", "day"), ("a year", "year"), ("per month", "month")]))
def test_a_second_per_unit_of_time_is_kept(n: int, unit: tuple[str, str],
                                           first: tuple[str, str], second: tuple[str, str]) -> None:
    """Law: 'N <unit> per <thing> per <time>' is per both, the product of the denominators
    (the second was dropped, or 'a' was read as a year: 'per person a day' was per year)."""
    [m] = extract(f"The plant uses {n} {unit[0]} per {first[0]} {second[0]} now.").mentions
    assert (m.unit, m.value, m.per) == (unit[1], Decimal(n), f"{first[0]} * {second[1]}")


def test_a_price_per_thing_per_month() -> None:
    [m] = extract("The airport charges $1.50 per jumbo per month.").mentions
    assert (m.unit, m.value, m.per) == ("USD", Decimal("1.50"), "jumbo * month")
    [m] = extract("Fees are 12 cents per kilowatt-hour per month.").mentions
    assert m.per == "kilowatt-hour * month"  # was 'per', the word after the hyphened noun
    [m] = extract("It paid $5 per share a year earlier.").mentions
    assert m.per == "share"  # 'a year earlier' is no per-unit


def test_a_spelled_count_ending_in_and_one_is_read() -> None:
    # 'one' alone counts nothing (an article, a pronoun), but after 'hundred and' it ends a
    # number: 'two hundred and one people' was no count at all (found by hypothesis)
    from moneyfacts import extract

    (q,) = extract("Officials said two hundred and one people were affected.").mentions
    assert (q.value, q.unit) == (Decimal(201), "person")
    assert not extract("They met one person and one more.").mentions
