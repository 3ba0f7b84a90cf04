"""Counts and physical quantities in English news (session 14): nouns whose plural is the
singular, irregular plurals, adjectives standing for people, names and acronyms among the
modifiers, dates that are no counts, gas and farm units, and 'N and a half' before a unit.
Sentences written for this project in the shapes real news uses; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import extract


def _counts(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.text, m.unit, m.value) for m in extract(text).mentions if m.kind == "count"]


def _measures(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "measure"]


@pytest.mark.parametrize(("text", "noun", "value"), [
    ("Ranchers sold 12,500 cattle before the rains failed.", "cattle", "12500"),
    ("The ewes were shorn and 3,400 sheep were moved north.", "sheep", "3400"),
    ("Some 900 head were trucked to the saleyards.", "head", "900"),
    ("The army sent 2,000 personnel to the valley.", "personnel", "2000"),
    ("Rescuers said the quake claimed 312 lives.", "life", "312"),
])
def test_a_zero_or_irregular_plural_is_counted(text: str, noun: str, value: str) -> None:
    [(_, unit, got)] = _counts(text)
    assert (unit, got) == (noun, Decimal(value))


def test_a_plural_after_a_zero_plural_is_the_noun_counted() -> None:
    assert [c[1] for c in _counts("The league fired 12 head coaches in a season.")] == ["coach"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The blast left 14 dead and 60 injured.", [("14 dead", "dead"), ("60 injured", "injured")]),
    ("Officials counted 2.4 million unemployed in March.", [("2.4 million unemployed", "unemployed")]),
    ("The floods left 7,000 homeless, officials said.", [("7,000 homeless", "homeless")]),
])
def test_an_adjective_standing_for_people_is_counted(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c[0], c[1]) for c in _counts(text)] == expected


@pytest.mark.parametrize(("text", "noun"), [
    ("Vets treated 45 injured horses after the fire.", "horse"),
    ("Police found 3 missing children on Sunday.", "child"),
    ("The hospital has 96 hospitalized COVID-19 patients.", "patient"),
])
def test_an_adjective_before_a_noun_modifies_it(text: str, noun: str) -> None:
    assert [c[1] for c in _counts(text)] == [noun]


@pytest.mark.parametrize("text", [
    "On June 4 workers staged a walkout at the port.",
    "On June 4 injured workers were flown out.",
])
def test_a_date_counts_nothing(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(("text", "noun", "value"), [
    ("Airlines scrapped 1,150 U.S. flights on Friday.", "flight", "1150"),
    ("The ministry reported 88 new COVID-19 infections.", "infection", "88"),
    ("The air force ordered 24 F-16 jets.", "jet", "24"),
])
def test_names_and_acronyms_may_modify_the_noun(text: str, noun: str, value: str) -> None:
    [(_, unit, got)] = _counts(text)
    assert (unit, got) == (noun, Decimal(value))


def test_others_counts_no_noun() -> None:
    assert _counts("Some 1,200 others were stranded overnight.") == []


@pytest.mark.parametrize(("text", "unit", "value", "per"), [
    ("The field delivered 42 bcf last year.", "foot ** 3", "42000000000", None),
    ("The plant processes 1.8 Bcf/d of gas.", "foot ** 3", "1800000000", "day"),
    ("The terminal can send out 6 billion cu m/year.", "meter ** 3", "6000000000", "year"),
    ("The wells make 310 MMcf/d.", "foot ** 3", "310000000", "day"),
    ("The basin pumps 4.1 MMbpd.", "barrel", "4100000", "day"),
    ("Yields reached 5.6 t/ha in the south and 7.1MT/HA on irrigated plots.", "metric_ton", "7.1", "hectare"),
    ("The hatchback returns 48 mpg on the highway.", "mile", "48", "gallon"),
    ("A storm left 3 and a half inches of snow.", "inch", "3.5", None),
])
def test_gas_farm_and_fuel_units(text: str, unit: str, value: str, per: str | None) -> None:
    assert (unit, Decimal(value), per) in _measures(text)


def test_a_spaced_ha_stays_a_word() -> None:
    assert _measures("He laughed, ha, 5 ha ha.") == []


_NOUNS = ["cattle", "sheep", "head", "lives", "flights", "projects", "wells", "homes", "cases"]
_SINGULAR = {"lives": "life", "flights": "flight", "projects": "project", "wells": "well",
             "homes": "home", "cases": "case"}
_MODIFIERS = ["", "new ", "priority road ", "U.S. ", "COVID-19 "]


@settings(max_examples=60)
@given(n=st.integers(min_value=2, max_value=9_999_999), noun=st.sampled_from(_NOUNS),
       modifier=st.sampled_from(_MODIFIERS), dollars=st.integers(min_value=1, max_value=999))
def test_a_count_reads_its_own_digits_and_never_overlaps_money(
        n: int, noun: str, modifier: str, dollars: int) -> None:
    # Law: a count's value comes from the digits inside its own span, and no count overlaps
    # a money mention of the same sentence.
    text = f"The agency spent ${dollars} million as {n:,} {modifier}{noun} were counted."
    ex = extract(text)
    money = [m for m in ex.mentions if m.kind == "money"]
    counts = [m for m in ex.mentions if m.kind == "count"]
    assert len(money) == 1 and money[0].value == Decimal(dollars) * 1_000_000
    for c in counts:
        assert not (c.start < money[0].end and money[0].start < c.end)
        assert f"{n:,}" in text[c.start : c.end] and c.value == n
    if noun in ("cattle", "sheep", "head") or modifier == "":
        assert [c.unit for c in counts] == [_SINGULAR.get(noun, noun)]


_MONTHS = ["January", "March", "June", "September", "December"]


@settings(max_examples=40)
@given(month=st.sampled_from(_MONTHS), day=st.integers(min_value=1, max_value=28),
       adjective=st.sampled_from(["", "injured ", "striking ", "new "]),
       noun=st.sampled_from(["workers", "students", "patients", "cattle", "passengers"]))
def test_a_day_after_a_month_is_never_a_count(month: str, day: int, adjective: str, noun: str) -> None:
    # Law: the day of a date ('On March 3 workers ...') counts nothing, whatever noun follows.
    assert _counts(f"On {month} {day} {adjective}{noun} gathered outside the ministry.") == []


@pytest.mark.parametrize(("text", "value", "noun"), [
    ("The coast guard sent four cutters and nine helicopters.", "4", "cutter"),
    ("Twenty-three miners were trapped underground.", "23", "miner"),
    ("Police arrested two dozen protesters near the square.", "24", "protester"),
    ("A dozen villages lost power overnight.", "12", "village"),
    ("Crews rebuilt three hundred homes after the storm.", "300", "home"),
    ("Forty one volunteers joined the search.", "41", "volunteer"),
])
def test_a_spelled_number_counts_the_plural_after_it(text: str, value: str, noun: str) -> None:
    first = _counts(text)[0]
    assert (first[1], first[2]) == (noun, Decimal(value))


@pytest.mark.parametrize("text", [
    "Two of the pilots were rescued.",            # 'of': a share of a group
    "Voters backed it by two thirds.",             # a fraction
    "Two-thirds of farms were hit.",
    "Seven Sisters station was closed.",           # a name
    "The talks took two years.",                   # a span of time: the unit matcher's
    "Prices rose seven times faster.",             # a multiplier
    "One person was hurt.",                        # 'one' is an article and a pronoun
    "Here are my two cents on the matter.",        # an idiom of [not-spelled-money]
    "They planned a three-day visit.",             # a compound adjective
])
def test_a_spelled_number_that_counts_nothing_stays_words(text: str) -> None:
    assert _counts(text) == []


def test_a_spelled_number_runs_on_to_its_last_word() -> None:
    # 'twenty one players' is 21 players, never 20 'one players'
    assert _counts("Twenty one players and thirty-two coaches came.") == [
        ("Twenty one players", "player", Decimal("21")), ("thirty-two coaches", "coach", Decimal("32"))]


_SPELLED = {2: "two", 3: "three", 7: "seven", 12: "twelve", 19: "nineteen", 21: "twenty-one",
            40: "forty", 58: "fifty-eight", 99: "ninety-nine"}


@settings(max_examples=40)
@given(n=st.sampled_from(sorted(_SPELLED)), noun=st.sampled_from(["ships", "villages", "wells", "nurses"]),
       dollars=st.integers(min_value=2, max_value=99))
def test_a_spelled_count_never_takes_money(n: int, noun: str, dollars: int) -> None:
    # Law: a spelled count is its own number, beside money spelled or written in digits.
    text = f"They paid ${dollars} million for {_SPELLED[n]} {noun}."
    ex = extract(text)
    [money] = [m for m in ex.mentions if m.kind == "money"]
    [count] = [m for m in ex.mentions if m.kind == "count"]
    assert money.value == Decimal(dollars) * 1_000_000 and count.value == n
    assert count.end <= len(text) and text[count.start : count.end].startswith(_SPELLED[n])
    assert not (count.start < money.end and money.start < count.end)

