"""Counts and physical quantities in English news (session 17): rates written as abbreviations
('ktpa', 'tpd', 't/y'), the bare tonne 't' where the text settles it, a rate's per-unit after
what the measure is of ('tonnes of ore per day'), and a modifier between a number and its
unit ('dry metric tonnes', 'development metres', 'straight days'). Sentences written for this
project in the shapes trade, mining and weather copy use; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.measures import table

_whole = st.integers(min_value=2, max_value=999_999)


def _measures(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "measure"]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.kind, m.unit) for m in extract(text).mentions]


# --- rates written as one abbreviation -----------------------------------------------------

_RATES = [("tpa", 0, "year"), ("tpy", 0, "year"), ("tpd", 0, "day"), ("tph", 0, "hour"),
          ("ktpa", 3, "year"), ("ktpd", 3, "day"), ("Mtpa", 6, "year"), ("Mtpy", 6, "year"),
          ("TPD", 0, "day"), ("TPA", 0, "year"), ("KTPA", 3, "year")]


@given(_whole, st.sampled_from(_RATES))
def test_rate_abbreviations_are_tonnes_per_span(n: int, rate: tuple[str, int, str]) -> None:
    """Law: a tonne symbol with 'p' and a span's initial glued after it is that many tonnes
    (times its prefix) per that span, spaced or glued to the number."""
    sym, power, per = rate
    want = [("metric_ton", Decimal(n) * 10 ** power, per)]
    assert _measures(f"The new kiln is rated at {n:,} {sym} of clinker.") == want
    assert _measures(f"The new kiln is rated at {n:,}{sym} of clinker.") == want


def test_rate_symbols_come_from_the_two_sections() -> None:
    symbols = table().symbols
    assert symbols["ktpa"].unit == "metric_ton" and symbols["ktpa"].power == 3
    assert "mtpa" not in symbols  # LNG's million tonnes a year stays [spelling]'s
    assert _measures("A 5.2 mtpa train.") == [("metric_ton", Decimal("5200000"), "year")]


# --- the bare 't' ----------------------------------------------------------------------------


@given(_whole, st.sampled_from([("y", "year"), ("d", "day"), ("a", "year"), ("h", "hour")]))
def test_t_before_a_slash_rate_is_tonnes(n: int, slash: tuple[str, str]) -> None:
    """Law: 't/<span>' is tonnes per that span, whatever else the text says."""
    letter, per = slash
    assert _measures(f"A {n:,} t/{letter} line was built.") == [("metric_ton", Decimal(n), per)]


@given(_whole)
def test_bare_t_is_tonnes_only_where_the_text_says_so(n: int) -> None:
    """Law: a bare 't' is a tonne where a word of ore handling or a tonne spelled out is in the
    text, and 'assumed' names it; with neither it is not read."""
    [m] = [m for m in extract(f"The plant treated {n:,} t of ore.").mentions if m.kind == "measure"]
    assert (m.unit, m.value) == ("metric_ton", Decimal(n))
    assert m.assumed is not None and "'ore'" in m.assumed
    assert _measures(f"Trucks carry {n:,} t now.") == []


def test_bare_t_after_tonnes_spelled_elsewhere() -> None:
    [a, b] = [m for m in extract("It bought 300 tonnes of zinc and 44,000t of lead.").mentions
              if m.kind == "measure"]
    assert (b.unit, b.value, b.text) == ("metric_ton", Decimal(44000), "44,000t")
    assert "'tonnes'" in (b.assumed or "") and a.assumed is None


def test_capital_t_stays_trillion() -> None:
    assert _measures("Ore reserves of 3 T were noted.") == []


# --- a per-unit after what the measure is of --------------------------------------------------


@given(_whole, st.sampled_from(["ore", "iron ore", "crude oil", "potash concentrate (KCl)"]),
       st.sampled_from([("per day", "day"), ("a year", "year"), ("per annum", "year")]))
def test_per_unit_after_what_is_measured(n: int, what: str, span: tuple[str, str]) -> None:
    """Law: '<n> tonnes of <up to four words> <per-unit>' is a rate, as '<n> tonnes <per-unit>'
    is."""
    words, per = span
    assert _measures(f"Crews move {n:,} tonnes of {what} {words} there.") == [
        ("metric_ton", Decimal(n), per)]


@pytest.mark.parametrize("text", [
    "Crews moved 500 tonnes of it in a day.",           # a stop word: no rate
    "They cut 500 tonnes of the waste a year ago.",     # 'the': no rate ('a year ago' is none)
])
def test_no_per_unit_read_across_other_words(text: str) -> None:
    assert [per for _, _, per in _measures(text)] == [None]


# --- a word between the number and the unit ---------------------------------------------------


@given(_whole, st.sampled_from(["dry", "wet"]))
def test_dry_metric_tonnes_are_metric_tons(n: int, basis: str) -> None:
    """Law: the basis of a weight between the number and its unit leaves the unit: 'n dry metric
    tonnes' reads as 'n metric tonnes' does (count16's silent counts of 'tonne')."""
    assert _measures(f"The miner shipped {n:,} {basis} metric tonnes of ore.") == _measures(
        f"The miner shipped {n:,} metric tonnes of ore.") == [("metric_ton", Decimal(n), None)]


def test_development_metres_and_runs_of_days() -> None:
    assert _kinds("Crews advanced 2,104 development metres in the half.") == [("measure", "meter")]
    assert _measures("The heat lasted 12 straight days.") == [("day", Decimal(12), None)]
    assert _measures("Sales fell for 3 consecutive weeks.") == [("week", Decimal(3), None)]


def test_other_words_before_a_unit_keep_their_own_reading() -> None:
    # air miles are a count of their own; a word that with the unit names another unit of
    # pint's ('lunar_month') is no modifier of it; a year before one is no number of it
    assert _kinds("Members earned 40,000 bonus miles.") == [("count", "mile")]
    assert _measures("It orbits in 2 lunar months.") == []
    assert _measures("In 2030 straight days of heat may come.") == []


def test_the_unit_word_after_a_modifier_is_plural() -> None:
    assert _measures("A 5 straight day run.") == []


# --- lower-case scales, a capital K, powers with a per-unit, heights in metres ---------------


@given(st.integers(min_value=-30, max_value=45))
def test_lower_case_c_in_a_temperature_sentence_is_celsius(n: int) -> None:
    """Law: '<n>c' glued is degrees Celsius where its sentence speaks of temperature and names
    no currency, 'assumed' naming the word; in a sentence of money it is not read so."""
    [m] = [m for m in extract(f"Overnight temperatures could dip to {n}c in the valleys.").mentions
           if m.kind == "measure"]
    assert (m.unit, m.value) == ("degree_Celsius", Decimal(n))
    assert "'temperatures'" in (m.assumed or "")
    assert _measures(f"Bus fares rose {abs(n)}c, so $2 now buys less.") == []


def test_lower_case_c_with_no_temperature_word_is_unread() -> None:
    assert _measures("The stamp went up 10c on Monday.") == []


@pytest.mark.parametrize(("text", "unit", "per"), [
    ("Yields reached 3,120 Kg/ha in the north.", "kilogram", "hectare"),
    ("The bags weigh 50 KG each.", "kilogram", None),
    ("The road runs 14 Km inland.", "kilometer", None),
])
def test_a_capital_k_prefix_is_kilo(text: str, unit: str, per: str | None) -> None:
    assert [(u, p) for u, _, p in _measures(text)] == [(unit, per)]


def test_a_capital_k_before_an_ambiguous_symbol_stays_unread() -> None:
    assert _measures("Ore of 5 Kt was stacked.") == []  # 'kt': kilotonnes or knots


def test_a_glued_cubic_metre_keeps_its_per_unit() -> None:
    assert _measures("Fans move 450m3/min of air.") == [("meter ** 3", Decimal(450), "minute")]


@pytest.mark.parametrize(("text", "value", "low"), [
    ("The adit opens at 1,240m amsl on the ridge.", "1240", None),
    ("The shaft reaches a depth of 640m from the collar.", "640", None),
    ("Six deep holes of 250-300m each were drilled.", None, "250"),
])
def test_glued_m_is_metres_in_depth_and_height_copy(text: str, value: str | None,
                                                     low: str | None) -> None:
    [m] = [m for m in extract(text).mentions if m.kind == "measure"]
    assert m.unit == "meter"
    assert (m.value, m.low) == (Decimal(value) if value else None, Decimal(low) if low else None)


def test_glued_m_stays_millions_elsewhere() -> None:
    assert [(m.kind, m.value) for m in extract("The airports handled 27.8m passengers.").mentions
            ] == [("count", Decimal("27800000"))]
    assert _measures("Sales of 300-400m each year were made.") == []


# --- a range restated in brackets; a unit carried across a possessive ----------------------


@given(st.integers(min_value=-20, max_value=40), st.integers(min_value=1, max_value=15))
def test_a_bracketed_pair_after_a_range_is_its_range(low: int, width: int) -> None:
    """Law: 'between a and b °C (c and d °F)' reads two ranges, the bracketed one restating
    the first in Fahrenheit: both its ends are read, not only the high one."""
    high = low + width
    f_low, f_high = low * 9 // 5 + 32, high * 9 // 5 + 32
    got = [(m.unit, m.low, m.high) for m in extract(
        f"Expect between {low} and {high} °C ({f_low} and {f_high} °F) by noon.").mentions]
    assert got == [("degree_Celsius", Decimal(low), Decimal(high)),
                   ("degree_Fahrenheit", Decimal(f_low), Decimal(f_high))]


def test_a_bracketed_pair_after_no_range_stays_two_figures() -> None:
    got = [(m.value, m.low) for m in extract("It weighs 7 tonnes (11 and 15 lbs).").mentions]
    assert (None, Decimal(11)) not in got


@given(st.integers(min_value=1_000, max_value=99_999), st.integers(min_value=1_000, max_value=99_999),
       st.sampled_from(["compared with September's", "up from last year's", "against the rival's",
                        "and the refinery's"]))
def test_a_figure_after_a_possessive_takes_the_unit_before(a: int, b: int, gap: str) -> None:
    """Law: a bare figure after a word of change or 'and' and a possessive, in the sentence of
    a measure, is in that measure's unit, 'assumed' saying so."""
    ms = extract(f"The mill ran {a:,} tonnes, {gap} {b:,}.").mentions
    assert [(m.unit, m.value) for m in ms] == [("metric_ton", Decimal(a)), ("metric_ton", Decimal(b))]
    assert ms[1].assumed is not None and "carried from" in ms[1].assumed


def test_a_possessive_before_a_noun_or_a_year_carries_nothing() -> None:
    ms = extract("It shipped 5,000 tonnes to China's 1,200 customers.").mentions
    assert [(m.kind, m.unit) for m in ms] == [("measure", "metric_ton"), ("count", "customer")]
    assert [m.unit for m in extract("Output was 500 tonnes, against the firm's 2019.").mentions
            ] == ["metric_ton"]
    assert [m.unit for m in extract("It shipped 500 tonnes. Compared with May's 420, fine."
                                    ).mentions] == ["metric_ton"]


@given(st.integers(min_value=2, max_value=900), st.integers(min_value=2, max_value=900),
       st.sampled_from([("a day", "day"), ("per year", "year")]),
       st.sampled_from(["from", "up from", "against", "compared with"]))
def test_a_rate_gives_its_per_unit_to_the_level_it_is_compared_with(
        a: int, b: int, span: tuple[str, str], word: str) -> None:
    """Law: a measure per a span gives that per-unit to the measure of its unit it is compared
    with in its clause, with or without a magnitude, as money's 'per share' does."""
    words, per = span
    got = _measures(f"Output rose to {a} million barrels {words} {word} {b} million barrels.")
    assert got == [("barrel", Decimal(a) * 10 ** 6, per), ("barrel", Decimal(b) * 10 ** 6, per)]


def test_a_rate_gives_no_per_unit_across_its_clause() -> None:
    assert [p for _, _, p in _measures(
        "It pumps 500,000 barrels a day; reserves are 120 million barrels.")] == ["day", None]


# --- more rates and powers written as symbols ---------------------------------------------


@pytest.mark.parametrize(("text", "unit", "value", "per"), [
    ("The field pumps 300 kbpd now.", "barrel", "300000", "day"),
    ("Exports hit 1.2 mbpd in May.", "barrel", "1200000", "day"),
    ("The train makes 4.5 MMtpa of LNG.", "metric_ton", "4500000", "year"),
    ("The tank holds 40 m3 of diesel.", "meter ** 3", "40", None),
    ("Pumps lift 40 m3/h from the pit.", "meter ** 3", "40", "hour"),
    ("The hall has 800 m2 of floor.", "meter ** 2", "800", None),
    ("Gusts reached 25 m/s on the coast.", "meter", "25", "second"),
    ("Gusts reached 25m/s on the coast.", "meter", "25", "second"),
])
def test_rate_and_power_symbols(text: str, unit: str, value: str, per: str | None) -> None:
    assert _measures(text) == [(unit, Decimal(value), per)]


def test_a_spaced_bare_m_keeps_its_old_readings() -> None:
    assert _measures("It covers 12 m x 4 m in all.") == [("meter", Decimal(12), None),
                                                  ("meter", Decimal(4), None)]
    assert [(m.kind, m.unit) for m in extract("Sales hit $5m/year.").mentions] == [("money", "USD")]


@given(st.integers(min_value=2, max_value=9_999))
def test_glued_m_before_long_is_metres_as_before_tall(n: int) -> None:
    """Law: 'long' after a glued 'm' makes it metres as 'tall' and 'high' do ('long' also
    starts the name 'long ton', which is read where it is written)."""
    assert _measures(f"The pier is {n:,}m long.") == _measures(f"The pier is {n:,}m tall.") == [
        ("meter", Decimal(n), None)]
    assert [u for u, _, _ in _measures(f"It sold {n:,}m long tons.")] == ["long_ton"]


@pytest.mark.parametrize(("text", "unit", "value", "per"), [
    ("Corn yields hit 181 bu/acre in Iowa.", "bushel", "181", "acre"),
    ("Soy made 52.5 bu/ac this fall.", "bushel", "52.5", "acre"),
    ("Glaciers lost 270 Gt of ice.", "metric_ton", "270000000000", None),
])
def test_farm_and_climate_symbols(text: str, unit: str, value: str, per: str | None) -> None:
    assert _measures(text) == [(unit, Decimal(value), per)]


def test_bu_alone_stays_a_word() -> None:
    assert _measures("Bu 5 bu kitap var.") == []


def test_lower_case_c_in_a_sentence_of_money_is_unread() -> None:
    assert _measures("Petrol prices rose 10c as temperatures soared.") == []


def test_dry_and_wet_metric_tonne_symbols() -> None:
    assert _measures("The port loaded 116,854 dmt and 9,210 wmt.") == [
        ("metric_ton", Decimal(116854), None), ("metric_ton", Decimal(9210), None)]


def test_deadweight_and_the_ordinal_degree_sign() -> None:
    [m] = [m for m in extract("Yards delivered three 82,000 dwt bulkers.").mentions
           if m.kind == "measure"]
    assert (m.unit, m.value) == ("metric_ton", Decimal(82000))
    assert m.assumed is not None and "deadweight" in m.assumed
    assert _measures("Highs near 21ºC (70ºF) today.") == [("degree_Celsius", Decimal(21), None),
                                                         ("degree_Fahrenheit", Decimal(70), None)]
    assert _measures("Vive en el 5º piso.") == []
