"""Counts and physical quantities in English news (session 22): South Asian water and farm
units ('LMT', 'mcft', 'TMC', 'MLD', cusecs as pint's cubic foot a second); an English unit
after a figure beats another language's magnitude ('3,850 MLD of water', not Italian 'mld');
'pounds' restating a mass in a bracket is a weight; per-units over a distance or a volume
('kWh/km'); a change and the level it reached after a verb and its object ('lowered its crop
estimate 1.5 MMT to 30 MMT': two amounts, not a range); 'monthly' and 'weekly' after a count;
a span of time carries no unit ('3 weeks to 16.8 million'); a year-shaped count in a list;
'mt' defined as million tonnes. Sentences written for this project in the shapes of farm,
water, energy and transport copy; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract

_whole = st.integers(min_value=2, max_value=899)
_tenths = st.integers(min_value=11, max_value=9_999).map(lambda n: Decimal(n) / 10)


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, str | None]]:
    return [(m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


# --- South Asian water and farm units ------------------------------------------------------


@given(_tenths)
def test_lakh_metric_tonnes_abbreviated(x: Decimal) -> None:
    """Law: 'N LMT' is N lakh (100,000) metric tonnes, its power lexicon.txt's 'lakh'."""
    assert _read(f"Mills crushed {x} LMT of cane this season.") == [
        ("measure", "metric_ton", x * 100_000, None)]


@given(_whole)
def test_mcft_is_a_million_cubic_feet(n: int) -> None:
    """Law: South Asian 'mcft' is a million cubic feet (the gas trade's 'Mcf' a thousand)."""
    assert _read(f"The lake stores {n:,} mcft now.") == [("measure", "foot ** 3", n * 10**6, None)]
    assert _read(f"The field made {n:,} Mcf last week.")[0][2] == n * 10**3


@given(_tenths)
def test_tmc_holds_water_only_where_the_text_is_about_water(x: Decimal) -> None:
    """Law: 'TMC' (thousand million cubic feet) is read in a text about water; elsewhere it
    is the party's name and nothing is read as a volume."""
    assert _read(f"The dam holds {x} TMC against its full capacity.") == [
        ("measure", "foot ** 3", x * 10**9, None)]
    assert all(m.unit != "foot ** 3" for m in extract(f"He led {x} TMC MLAs to the house.").mentions)


@given(_whole)
def test_million_litres_a_day_beat_italian_milliards(n: int) -> None:
    """Law: 'N MLD' of water is a million litres a day, an English unit, not refused as
    Italian 'mld'; 'mld' beside euros with no water stays refused."""
    assert _read(f"The new plant treats {n:,} MLD of sewage.") == [
        ("measure", "liter", n * 10**6, "day")]
    got = extract(f"Revenue was {n} mld euro.")
    assert not got.mentions and "'it'" in got.skipped[0].reason


def test_cusecs_are_a_flow() -> None:
    q = extract("The barrage let out 4,500 cusecs on Friday.").mentions[0]
    assert (q.unit, q.per) == ("foot ** 3", "second")
    assert abs(float(q.to_pint().to("meter ** 3 / second").magnitude) - 127.426) < 0.001


# --- a weight restating a mass -------------------------------------------------------------


@given(_whole, _whole)
def test_pounds_in_a_bracket_after_kilograms_are_a_weight(kg: int, lb: int) -> None:
    """Law: '<n> kilograms (<m> pounds)' and '<m> pounds (<n> kg)' restate one mass: the
    pounds are a weight, noted, never sterling."""
    got = extract(f"Each cow gave {kg:,} kilograms ({lb:,} pounds) of milk.").mentions
    assert [(m.kind, m.unit, m.value) for m in got] == [
        ("measure", "kilogram", kg), ("measure", "pound", lb)]
    assert got[1].assumed and "restates a mass" in got[1].assumed
    got = extract(f"The load weighed {lb:,} pounds ({kg:,} kg).").mentions
    assert [(m.kind, m.unit) for m in got] == [("measure", "pound"), ("measure", "kilogram")]


def test_pounds_beside_money_stay_money() -> None:
    got = extract("The fee was 5,000 euros (4,300 pounds).").mentions
    assert [(m.kind, m.unit) for m in got] == [("money", "EUR"), ("money", "GBP")]


# --- per-units over a distance or a volume -------------------------------------------------


@given(st.sampled_from([("kWh/km", "kilowatt_hour", "kilometer"), ("g/km", "gram", "kilometer"),
                        ("km/l", "kilometer", "liter"), ("mg/l", "milligram", "liter")]))
def test_rates_over_a_distance_or_a_volume(unit: tuple[str, str, str]) -> None:
    written, name, per = unit
    assert _read(f"The tested model came to 12 {written} on average.") == [
        ("measure", name, Decimal(12), per)]


# --- a change and the level it reached ------------------------------------------------------


@given(_tenths, _tenths)
def test_a_change_after_a_verb_and_its_object_is_two_amounts(x: Decimal, y: Decimal) -> None:
    """Law: 'X MMT to Y MMT' after a verb of change and its object (up to four words, no
    preposition) is the change and the level reached: two amounts, never one range."""
    got = _read(f"The council lowered its national wheat estimate {x} MMT to {y} MMT.")
    assert got == [("measure", "metric_ton", x * 10**6, None),
                   ("measure", "metric_ton", y * 10**6, None)]


def test_a_preposition_keeps_the_range() -> None:
    got = extract("The group increased output at 5 mills to 9 mills.").mentions
    assert [(m.low, m.high) for m in got] == [(5, 9)]
    got = extract("Output ranged from 5 million tonnes to 7 million tonnes.").mentions
    assert [(m.low, m.high) for m in got] == [(5_000_000, 7_000_000)]


# --- adverbs of a period after a count ------------------------------------------------------


@given(_whole, st.sampled_from([("monthly", "month"), ("weekly", "week"), ("daily", "day")]))
def test_an_adverb_of_a_period_after_a_count(n: int, adverb: tuple[str, str]) -> None:
    word, per = adverb
    assert _read(f"The terminal loads {n} tankers {word}.") == [("count", "tanker", n, per)]


def test_monthly_before_a_noun_is_no_per_unit() -> None:
    assert _read("The app has 40 million monthly active users.") == [
        ("count", "user", 40_000_000, None)]


# --- a span of time carries no unit ---------------------------------------------------------


@given(st.integers(min_value=2, max_value=59), _tenths)
def test_a_span_of_time_carries_no_unit_to_a_bare_amount(n: int, x: Decimal) -> None:
    """Law: a bare amount with a magnitude after a span of time ('over the last 3 weeks to
    16.8 million') is no range of weeks nor weeks at all (it was '3 to 16.8 million weeks')."""
    got = extract(f"Jobless numbers over the last {n} weeks rose to {x} million.").mentions
    assert [(m.kind, m.unit, m.value) for m in got] == [("measure", "week", n)]


def test_a_span_of_time_stands_in_no_count_of_a_number_of() -> None:
    got = extract("The number of workers laid off over the last 3 weeks rose to 16.8 million.")
    assert [(m.kind, m.unit, m.value) for m in got.mentions] == [
        ("measure", "week", 3), ("count", "worker", 16_800_000)]


def test_a_per_unit_after_a_restated_weight_is_both_ends() -> None:
    """The per-unit written once after a mass and its bracketed weight in pounds, past what it
    is of, is both figures' ('of milk per cow')."""
    got = extract("Each herd gave 9,870 kilograms (21,760 pounds) of milk per cow.").mentions
    assert [(m.unit, m.per) for m in got] == [("kilogram", "cow"), ("pound", "cow")]


@given(st.integers(min_value=1900, max_value=2099), _whole)
def test_a_year_shaped_count_in_a_list_of_counts(n: int, first: int) -> None:
    """Law: a number written as a year right after a count in a list ('12 fatalities, 2000
    buildings') is the list's next count."""
    got = _read(f"The fire left {first} injuries, {n} homes were lost.")
    assert got == [("count", "injury", first, None), ("count", "home", n, None)]


@given(_tenths)
def test_mt_defined_as_million_tonnes_in_the_text(x: Decimal) -> None:
    """Law: where the text defines 'million tonnes (mt)', a bare 'mt' after digits is a million
    tonnes, noted; elsewhere 'mt' is a metric ton (the commodity desks' lower case)."""
    got = extract(f"Stocks stood at 40.1 million tonnes (mt), against {x} mt last year.").mentions
    assert (got[1].unit, got[1].value) == ("metric_ton", x * 10**6) and got[1].assumed
    assert _read(f"A cargo of {x} mt of rice arrived.") == [("measure", "metric_ton", x, None)]
