"""Counts and physical quantities in English news (session 16): 'metric tonnes' (pint's metric
ton under its British head word), 'kt' read as kilotonnes or knots only as the text settles
it, units written as initials with points ('m.p.h.'), 'kmh' and lower-case 'mt', and '/y' as a
per-year. Sentences written for this project in the shapes real news uses; laws over generated
ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.measures import table

_whole = st.integers(min_value=25, max_value=999_999)
_tenths = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1)


def _measures(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "measure"]


def _grouped(n: int) -> str:
    return f"{n:,}"


# --- metric tonnes ------------------------------------------------------------------------


@given(_whole)
def test_metric_tonnes_are_metric_tons(n: int) -> None:
    """Law: 'n metric tonnes' reads as 'n metric tons' and 'n tonnes' do, a measure."""
    readings = {w: _measures(f"The terminal handled {_grouped(n)} {w} of grain.")
                for w in ("metric tonnes", "metric tons", "tonnes")}
    assert readings["metric tonnes"] == readings["metric tons"] == readings["tonnes"] == [
        ("metric_ton", Decimal(n), None)]


def test_metric_tonne_with_magnitude_and_per() -> None:
    assert _measures("Exports reached 2.4 million metric tonnes a year.") == [
        ("metric_ton", Decimal("2400000"), "year")]


def test_metric_tonnes_are_no_count() -> None:
    assert [m.kind for m in extract("It shipped 250,000 metric tonnes of cargo.").mentions] == [
        "measure"]


# --- kt: kilotonnes or knots, as the text says -------------------------------------------


@given(_whole)
def test_kt_in_ore_copy_is_kilotonnes(n: int) -> None:
    """Law: with a word of ore handling in the text, 'n kt' is n thousand metric tons, and
    'assumed' names the word."""
    [m] = [m for m in extract(f"The concentrator milled {_grouped(n)} kt in the half.").mentions
           if m.kind == "measure"]
    assert (m.unit, m.value) == ("metric_ton", Decimal(n) * 1000)
    assert m.assumed is not None and "'milled'" in m.assumed


@given(st.integers(min_value=25, max_value=250))
def test_kt_in_wind_copy_is_knots(n: int) -> None:
    """Law: with a word of wind or the sea in the text, 'n kt' is n knots, assumed."""
    [m] = [m for m in extract(f"Gusts to {n} kt lashed the island overnight.").mentions
           if m.kind == "measure"]
    assert (m.unit, m.value) == ("knot", Decimal(n))
    assert m.assumed is not None and "'gusts'" in m.assumed


@pytest.mark.parametrize("text", [
    "The plant's output was 40 kt last year.",  # no evidence either way
    "Ore tonnage hit 300 kt as the storm passed.",  # evidence both ways
    "A pendant in 18kt gold.",  # a carat
    "Rings come in 14kt and 18kt gold at the mill shop.",  # carats, a mining word or not
])
def test_kt_the_text_does_not_settle_is_not_read(text: str) -> None:
    assert _measures(text) == []


def test_kt_glued_in_mining_copy() -> None:
    assert _measures("Copper in concentrate rose to 61.5kt at a head grade of 0.8%.") == [
        ("metric_ton", Decimal("61500"), None)]


# --- initials with points, 'kmh', 'mt', '/y' ----------------------------------------------


def _initials() -> list[str]:
    """The table's names written in initials: lower-case letters only, up to four ('mph')."""
    return sorted(k for k in table().names if k.isalpha() and k.islower() and 2 < len(k) <= 4
                  and k == k.lower())


@pytest.mark.parametrize("name", ["mph", "kph", "kmh", "bpd", "mpg"])
def test_initials_with_points_read_as_without(name: str) -> None:
    """Law over the speed and flow initials: 'x m.p.h.' reads as 'x mph'."""
    assert name in _initials()
    dotted = ".".join(name) + "."
    assert _measures(f"It ran at 45 {dotted} for an hour.") == _measures(
        f"It ran at 45 {name} for an hour.") != []


@given(st.integers(min_value=1, max_value=300))
def test_kmh_is_kilometres_an_hour(n: int) -> None:
    """Law: 'n kmh' and 'nkmh' are n kilometres an hour, as 'n km/h' is."""
    want = [("kilometer", Decimal(n), "hour")]
    assert _measures(f"Winds of {n} kmh are forecast.") == want
    assert _measures(f"Winds of {n}kmh are forecast.") == want
    assert _measures(f"Winds of {n} km/h are forecast.") == want


def test_times_of_day_with_points_are_no_units() -> None:
    assert _measures("The gates open at 5 a.m. and shut at 9 p.m. daily.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Sierra Bend will lift capacity to 220,000 mt/y by 2027.",
     [("metric_ton", Decimal("220000"), "year")]),
    ("The new pit will pour 80 000 oz/y of gold.", [("troy_ounce", Decimal("80000"), "year")]),
    ("Pipeline capacity is 12 Mt/y.", [("metric_ton", Decimal("12000000"), "year")]),
])
def test_slash_y_is_a_year(text: str, want: list[tuple[str, Decimal, str]]) -> None:
    assert _measures(text) == want


def test_lower_case_mt_after_a_magnitude() -> None:
    assert _measures("Mills crushed 3.1 million mt of cane.") == [
        ("metric_ton", Decimal("3100000"), None)]


# --- counts: a level's head, joined modifiers after another -------------------------------


def _counts(text: str) -> list[tuple[str | None, Decimal | None]]:
    return [(m.unit, m.value) for m in extract(text).mentions if m.kind == "count"]


@pytest.mark.parametrize("head", ["numbers", "figures", "tallies"])
@given(year=st.integers(min_value=1990, max_value=2030))
def test_a_year_before_a_level_counts_nothing(head: str, year: int) -> None:
    """Law: '<year> visitor <numbers|figures|tallies>' is a level of that year, no count of
    visitors."""
    assert _counts(f"In {year} visitor {head} rose sharply at the park.") == []


def test_a_counted_noun_before_a_span_counts_nothing() -> None:
    assert _counts("The crew logged 1,000 staff hours on the refit.") == []


def test_a_plural_head_after_a_modifier_is_still_counted() -> None:
    assert _counts("The bank closed 2,500 customer accounts.") == [("account", Decimal("2500"))]


@given(st.integers(min_value=2, max_value=90_000))
def test_joined_modifiers_after_another_modifier(n: int) -> None:
    """Law: 'n new wind and solar farms' counts n farms, as 'n wind and solar farms' does."""
    assert _counts(f"The state approved {n:,} new wind and solar farms.") == _counts(
        f"The state approved {n:,} wind and solar farms.") == [("farm", Decimal(n))]


def test_joined_plurals_stay_two_counts_or_one() -> None:
    assert _counts("Crews cleared 5 cars and 3 trucks.") == [("car", Decimal(5)), ("truck", Decimal(3))]
    assert _counts("It rebuilt 20 bridges and roads.") == [("bridge", Decimal(20))]


# --- digits grouped by spaces, an adjective's unit, 'mb' --------------------------------


def test_a_text_that_groups_by_spaces_settles_its_doubtful_groups() -> None:
    """'7 410 oz' alone may be two numbers; beside '3 050 oz' (no two numbers: a group starts
    with 0) the text groups its digits by spaces, and both are one number. (count23: alone,
    after a verb in lower case and before a unit, it is one number too, noted.)"""
    [alone] = extract("The pit poured 7 410 oz.").mentions
    assert alone.value == Decimal(7410) and alone.assumed and "grouped by a space" in alone.assumed
    assert sorted(v for _, v, _ in _measures(
        "The pit poured 7 410 oz of gold, 3 050 oz of it in May.")) == [Decimal(3050), Decimal(7410)]


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["year", "day", "month", "week"]))
def test_an_adjectives_unit_without_its_hyphen(n: int, unit: str) -> None:
    """Law: 'a n <unit> <noun>' reads as 'a n-<unit> <noun>' does: n of the unit."""
    assert _measures(f"They signed a {n} {unit} lease.") == _measures(
        f"They signed a {n}-{unit} lease.") == [(unit, Decimal(n), None)]


def test_a_year_before_a_singular_unit_is_no_adjective() -> None:
    assert _measures("It booked a 2024 second quarter loss.") == []
    assert _measures("The club has 26 year members.") == []


@given(st.integers(min_value=880, max_value=1050))
def test_mb_after_pressure_is_millibars(n: int) -> None:
    """Law: 'pressure ... n mb' is n millibars; 'mb' with no pressure spoken of is not read."""
    assert _measures(f"The storm's central pressure fell to {n:,} mb overnight.") == [
        ("millibar", Decimal(n), None)]
    assert _measures(f"The attachment was {n:,} mb in size.") == []


# --- a snow line's glued 'm' --------------------------------------------------------------


@given(st.integers(min_value=1, max_value=30).map(lambda k: k * 100),
       st.sampled_from(["above", "below", "around", "down to"]))
def test_a_height_in_snow_copy_is_metres(n: int, where: str) -> None:
    """Law: in a sentence about snow, '<above|below|around|down to> nm' (n of 100 or more) is
    n metres, not n million."""
    assert _measures(f"Heavy snow is likely {where} {n:,}m on Friday.") == [
        ("meter", Decimal(n), None)]


@pytest.mark.parametrize("text", [
    "Snow clearing cost the council 900m.",  # no word placing a height before it
    "Snow clearing costs rose to 900m.",
    "Snow settled above 5m in drifts.",  # too small for a snow line: left as it was
    "Spending rose above 800m in May.",  # no word of snow or altitude in the sentence
])
def test_a_glued_m_that_is_no_height_stays_unread(text: str) -> None:
    assert _measures(text) == []


def test_a_million_before_a_noun_in_snow_copy_stays_a_count() -> None:
    assert _counts("The snow left 2m homes above 500m without power.")[:1] == [
        ("home", Decimal(2_000_000))]


# --- a clause whose verb is left out --------------------------------------------------------


@given(st.decimals(min_value=Decimal("1.1"), max_value=Decimal("99.9"), places=1),
       st.sampled_from(["million tonnes", "million bpd", "million cubic metres"]))
def test_a_gapped_clause_carries_the_unit(x: Decimal, unit: str) -> None:
    """Law: 'A shipped x <unit> and B y million.' reads y million in the same unit (and per)."""
    first, second = _measures(f"Norway exported {x} {unit} and Algeria {x + 1} million.")
    assert second == (first[0], (x + 1) * 1_000_000, first[2])


def test_a_gapped_clause_needs_a_name_and_nothing_else() -> None:
    text = "The mill crushed 5 million tonnes and Apple said 3 million."
    assert _measures(text) == [("metric_ton", Decimal(5_000_000), None)]
    [m] = [m for m in extract("Chile mined 5.6 million tonnes and Peru 2.4 million.").mentions
           if m.text == "2.4 million"]
    assert m.assumed is not None and "carried" in m.assumed


# --- a name after 'the' and a number ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "She trained the winner of the 1,000 Guineas at Newmarket.",
    "He landed the 2019 2,000 Guineas with a colt.",
    "They toured the 1000 Islands by boat.",
])
def test_a_capitalised_plural_after_the_and_a_number_is_a_name(text: str) -> None:
    assert _counts(text) == []


def test_a_title_list_after_no_article_is_still_counted() -> None:
    assert _counts("Hired in 2023: 4,500 Nurses & 300 Doctors") [:1] == [("nurse", Decimal(4500))]
    assert _counts("The union has the 5,000 workers it needs.") == [("worker", Decimal(5000))]


@pytest.mark.parametrize(("text", "want"), [
    ("Divers recovered three more bodies on Sunday.", [("body", Decimal(3))]),
    ("When two more turbines are added, output doubles.", [("turbine", Decimal(2))]),
    ("It needs two more than that.", []),
    ("Talks need five more days.", []),  # a span of time: the unit matcher's, spelled: words
])
def test_spelled_count_after_more(text: str, want: list[tuple[str, Decimal]]) -> None:
    assert _counts(text) == want


# --- furlongs, quintals, standard cubic feet a day ------------------------------------------


@given(st.integers(min_value=5, max_value=24))
def test_furlongs_are_a_length(n: int) -> None:
    """Law: 'n furlongs' is n of pint's furlong (a length), as 'a n-furlong race' is."""
    assert _measures(f"The sprint is run over {n} furlongs.") == _measures(
        f"It is a {n}-furlong race.") == [("furlong", Decimal(n), None)]


def test_quintals_are_a_mass_and_a_price_unit() -> None:
    assert _measures("Farmers harvested 42 quintals per hectare.") == [
        ("quintal", Decimal(42), "hectare")]
    [m] = extract("Paddy fetched Rs 2,183 a quintal at the mandi.").mentions
    assert (m.kind, m.value, m.per) == ("money", Decimal(2183), "quintal")


@pytest.mark.parametrize(("text", "value"), [
    ("The gas field makes 180 MMscfd.", "180000000"),
    ("Flow rose to 95 mmscf/d in May.", "95000000"),
    ("The plant takes 1.4 bcfd of feed gas.", "1400000000"),
])
def test_standard_cubic_feet_a_day(text: str, value: str) -> None:
    assert _measures(text) == [("foot ** 3", Decimal(value), "day")]
