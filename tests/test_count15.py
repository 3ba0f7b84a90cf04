"""Counts and physical quantities in English news (session 15): the megatonne of mining copy
('Mt', and 'MT' after a small number where ore is spoken of), the lengths of science and sea
copy that pint names (astronomical units, light-years, nautical miles), and a comma before two
digits in a text that groups its digits by commas. Sentences written for this project in the
shapes real news uses; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract


def _measures(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "measure"]


_tenths = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1)


@given(_tenths)
def test_mt_after_a_number_is_a_million_tonnes(x: Decimal) -> None:
    """Law: 'x Mt' is x million metric tons, whatever x."""
    [(unit, value, per)] = _measures(f"The pit moved {x} Mt of rock last year.")
    assert (unit, value, per) == ("metric_ton", x * 1_000_000, None)


def test_mt_takes_its_per_unit() -> None:
    assert _measures("The plant runs at 7.5 Mt per annum.") == [
        ("metric_ton", Decimal("7500000"), "year")]


def test_mt_before_a_capitalised_name_is_a_mountain() -> None:
    assert _measures("The 4 Mt Kenya trails were shut.") == []


@given(_tenths)
def test_capital_mt_after_a_small_number_in_ore_copy_is_a_million_tonnes(x: Decimal) -> None:
    """Law: in a text about ore, 'x MT' (x below 1,000, no magnitude word) is x million
    tonnes, and 'assumed' names the word that settled it."""
    [m] = [m for m in extract(f"Ore milled climbed to {x}MT in the half.").mentions]
    assert (m.unit, m.value) == ("metric_ton", x * 1_000_000)
    assert m.assumed is not None and "'ore'" in m.assumed


@pytest.mark.parametrize(("text", "value"), [
    ("The mill treated 5,000 MT of ore.", "5000"),  # a thousand or more: metric tons
    ("The port loaded 1.2 million MT of ore.", "1200000"),  # a magnitude word before
])
def test_capital_mt_after_a_large_number_stays_metric_tons(text: str, value: str) -> None:
    [m] = extract(text).mentions
    assert (m.unit, m.value, m.assumed) == ("metric_ton", Decimal(value), None)


def test_capital_mt_without_ore_stays_metric_tons_assumed() -> None:
    [m] = extract("The co-operative sold 40 MT of lentils.").mentions
    assert (m.unit, m.value) == ("metric_ton", Decimal(40))
    assert m.assumed is not None and "metric tons" in m.assumed


def test_capital_mt_per_hectare_is_tonnes_a_hectare() -> None:
    [m] = extract("The ore-rich valley's maize gave 6.1 MT/ha.").mentions
    assert (m.unit, m.value, m.per, m.assumed) == ("metric_ton", Decimal("6.1"), "hectare", None)


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The comet passed 0.4 astronomical units from the sun.", "astronomical_unit", "0.4"),
    ("The cluster lies 1,300 light-years from us.", "light_year", "1300"),
    ("The trawler was 45 nautical miles off the cape.", "nautical_mile", "45"),
    ("The galaxy is 3.2 million parsecs away.", "parsec", "3200000"),
])
def test_a_unit_pint_names_in_words_is_a_measure_not_a_count(
        text: str, unit: str, value: str) -> None:
    mentions = extract(text).mentions
    assert [(m.kind, m.unit, m.value) for m in mentions] == [("measure", unit, Decimal(value))]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=99),
       st.integers(min_value=100, max_value=99_999).map(lambda n: n * 10))
def test_a_comma_before_two_digits_in_a_comma_grouping_text_is_refused(
        whole: int, cents: int, grouped: int) -> None:
    """Law: where the text groups digits by commas ('12,400': only the comma grouping reads
    three digits ending in a zero after a comma), 'w,dd' is no decimal the
    writer habitually writes: it is refused (skipped), never read as w.dd."""
    text = f"Guidance is {whole},{cents:02d} ounces this year against {grouped:,} last year."
    ex = extract(text)
    assert not any(m.value == Decimal(f"{whole}.{cents:02d}") for m in ex.mentions)
    assert any(f"{whole},{cents:02d}" in s.text for s in ex.skipped)


def test_a_comma_decimal_in_a_text_without_comma_groups_is_still_read() -> None:
    [m] = extract("A coffee costs €2,50 here.").mentions
    assert (m.kind, m.unit, m.value) == ("money", "EUR", Decimal("2.50"))


@pytest.mark.parametrize(("text", "noun", "per"), [
    ("The terminal will handle 30 million travellers annually once built.", "traveller", "year"),
    ("Roughly 1,200 trucks daily cross the border post.", "truck", "day"),
])
def test_a_per_adverb_after_a_count_is_its_per_unit(text: str, noun: str, per: str) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.per) == ("count", noun, per)


@pytest.mark.parametrize(("text", "noun", "value"), [
    ("Storms battered all five districts of the coast.", "district", "5"),
    ("Rescuers reached three villages of the valley by boat.", "village", "3"),
])
def test_a_spelled_count_before_of_and_a_place_is_read(text: str, noun: str, value: str) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.value) == ("count", noun, Decimal(value))


@pytest.mark.parametrize("text", [
    "Three quarters of the members voted.",
    "The two halves of the old town were joined.",
    "Two thirds of the crop failed.",
])
def test_a_spelled_fraction_before_of_is_no_count(text: str) -> None:
    assert [m for m in extract(text).mentions if m.kind == "count"] == []


@pytest.mark.parametrize(("text", "noun", "value"), [
    ("The clinic moved to Kisumu. 312 patients followed it.", "patient", "312"),
    ("Officers met the Governor. 45 volunteers joined them.", "volunteer", "45"),
])
def test_a_number_opening_a_sentence_after_a_capitalised_word_is_no_label(
        text: str, noun: str, value: str) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.value) == ("count", noun, Decimal(value))


@pytest.mark.parametrize("text", [
    "The Boeing 737 jets were grounded.",  # a model number inside a sentence
    "Shares of Acme Corp. 500 series bonds fell.",  # an abbreviation's stop ends nothing
])
def test_a_label_after_a_capitalised_word_is_still_no_count(text: str) -> None:
    assert [m for m in extract(text).mentions if m.kind == "count"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("The state funds 14 large-scale solar parks.", "14"),
    ("The state funds fourteen large-scale solar parks.", "14"),
])
def test_a_hyphenated_modifier_is_one_of_the_words_before_a_counted_noun(
        text: str, value: str) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.value) == ("count", "park", Decimal(value))


@pytest.mark.parametrize("text", [
    "The storm left 12 400 families without power.",
    "The barge carried Unit 17 300 tonnes of coal.",  # count23: a label before: still in doubt
])
def test_one_space_group_before_a_count_or_measure_is_refused(text: str) -> None:
    """'12 400 families' is 12,400 families or 12 and 400: never 400 families, read silently.
    (count23: before a unit of measure after a word in lower case, the digits are one number,
    noted: tests/test_count23.py.)"""
    ex = extract(text)
    assert [m for m in ex.mentions if m.kind in ("count", "measure")] == []
    assert len(ex.skipped) == 1 and "may be one number grouped by a space" in ex.skipped[0].reason


def test_a_day_of_a_month_before_a_count_is_no_space_group() -> None:
    [m] = extract("On June 14 300 nurses walked out.").mentions
    assert (m.unit, m.value) == ("nurse", Decimal(300))


@given(st.integers(min_value=4, max_value=7), st.integers(min_value=1, max_value=11))
def test_a_height_in_feet_and_inches_written_with_hyphens_is_inches(feet: int, inches: int) -> None:
    """Law: 'F-foot-I' (I below 12) is 12F + I inches, as 'F feet I inches' is."""
    [m] = extract(f"The {feet}-foot-{inches} forward signed a deal.").mentions
    [n] = extract(f"The forward stands {feet} feet {inches} inches.").mentions
    assert (m.kind, m.unit, m.value) == ("measure", "inch", Decimal(feet * 12 + inches))
    assert (n.unit, n.value) == (m.unit, m.value)


@pytest.mark.parametrize(("text", "per"), [
    ("Schools receive $7,400 per full-time pupil.", "pupil"),
    ("The rebate is $250 per low-income household.", "household"),
])
def test_a_hyphenated_modifier_after_per_is_not_the_unit(text: str, per: str) -> None:
    [m] = extract(text).mentions
    assert m.per == per


def test_a_short_english_line_counts_its_noun() -> None:
    [m] = extract("Seven ferries sailed.").mentions
    assert (m.kind, m.unit, m.value) == ("count", "ferry", Decimal(7))


def test_a_short_line_of_another_language_is_no_english_count() -> None:
    assert extract("126 aviones aterrizaron.").mentions == []


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("Installed capacity rose to 7 from 6 GW.", "gigawatt", "7"),
    ("Its workforce shrank to 1,150 from 1,400 employees.", "employee", "1150"),
])
def test_a_bare_level_before_from_takes_the_unit_after_it(text: str, unit: str, value: str) -> None:
    first = extract(text).mentions[0]
    assert (first.unit, first.value) == (unit, Decimal(value))
    assert first.assumed is not None and "carried" in first.assumed


@pytest.mark.parametrize("text", [
    "The deadline moved to 2031 from 5 GW of bids.",  # a year
    "Prices rose to 6 from 5 million tonnes.",  # a magnitude the first figure does not say
])
def test_a_bare_figure_before_from_stays_unread_when_in_doubt(text: str) -> None:
    assert len(extract(text).mentions) == 1


@pytest.mark.parametrize(("text", "value"), [
    ("The cliff drops 820 feet (250m) to the sea.", "250"),
    ("The tower is 1,000 ft (305m) tall.", "305"),
])
def test_metres_in_brackets_after_a_length_are_metres(text: str, value: str) -> None:
    metres = [m for m in extract(text).mentions if m.unit == "meter"]
    assert [m.value for m in metres] == [Decimal(value)]


def test_m_in_brackets_after_money_stays_millions() -> None:
    assert [m.value for m in extract("The deal was worth £3bn ($4m) then.").mentions][-1] == Decimal(
        "4000000")


@pytest.mark.parametrize(("text", "noun"), [
    ("Registered so far: 41,250 Nurses and 12,030 Pharmacists.", "nurse"),
    ("Storm Leaves 52,000 Homes Without Power", "home"),
])
def test_a_capitalised_plural_after_a_big_number_is_counted(text: str, noun: str) -> None:
    assert extract(text).mentions[0].unit == noun


def test_a_capitalised_plural_after_a_small_number_stays_a_name() -> None:
    assert extract("The Big 4 Banks met regulators.").mentions == []


@pytest.mark.parametrize("text", [
    "A 52-year-old driver was arrested.",
    "Her 9-month-old son was unhurt.",
    "Police spoke to two 17-year-olds.",
])
def test_an_age_is_no_span_of_time(text: str) -> None:
    assert [m for m in extract(text).mentions if m.kind == "measure"] == []


def test_a_span_of_time_written_as_an_adjective_is_still_read() -> None:
    [m] = extract("The project faces a 90-day review.").mentions
    assert (m.unit, m.value) == ("day", Decimal(90))


@pytest.mark.parametrize(("text", "unit", "value", "per"), [
    ("Primary demand hit 9.6 million tonnes of oil equivalent.", "tonne_of_oil_equivalent",
     "9600000", None),
    ("Biofuels supplied 2.4 Mtoe last year.", "tonne_of_oil_equivalent", "2400000", None),
    ("The field pumps 85,000 boe/d.", "barrel_of_oil_equivalent", "85000", "day"),
    ("Reserves stand at 410 million barrels of oil equivalent.", "barrel_of_oil_equivalent",
     "410000000", None),
    ("The project holds 2.7Moz of gold.", "troy_ounce", "2700000", None),
    ("Rice was planted on 640 ha.", "hectare", "640", None),
    ("Sorghum yields fell to 1.9 t/ha.", "metric_ton", "1.9", "hectare"),
    ("The farm adds 120 MWp of panels.", "megawatt", "120", None),
])
def test_energy_mining_and_farm_spellings(text: str, unit: str, value: str, per: str | None) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.value, m.per) == ("measure", unit, Decimal(value), per)


def test_a_barrel_of_oil_equivalent_is_energy_not_volume() -> None:
    [m] = extract("Output was 2 million barrels of oil equivalent.").mentions
    assert m.to_pint().dimensionality == extract("It used 5 GWh.").mentions[0].to_pint(
        ).dimensionality


@given(st.integers(min_value=4, max_value=7), st.integers(min_value=1, max_value=11))
def test_feet_and_inches_glued_are_one_length(feet: int, inches: int) -> None:
    """Law: '{F}ft {I}in' reads as '{F} ft {I} in' does: 12F + I inches."""
    [glued] = extract(f"The keeper is {feet}ft {inches}in tall.").mentions
    [spaced] = extract(f"The keeper is {feet} ft {inches} in tall.").mentions
    assert (glued.unit, glued.value) == (spaced.unit, spaced.value) == (
        "inch", Decimal(12 * feet + inches))


@pytest.mark.parametrize("text", [
    "Roughly 1 in 6 adults has diabetes.",
    "Two in three voters backed the plan.",
    "Only 4 in 1,000 applicants were hired.",
])
def test_a_ratio_is_no_count_of_its_second_term(text: str) -> None:
    assert [m for m in extract(text).mentions if m.kind == "count"] == []


def test_a_count_after_a_year_and_in_is_still_counted() -> None:
    [m] = extract("Sales rose in 2021 in 14 markets.").mentions
    assert (m.unit, m.value) == ("market", Decimal(14))


def test_a_spaced_ha_before_another_ha_is_laughter() -> None:
    assert [m for m in extract("She grinned, ha, 3 ha ha!").mentions if m.kind == "measure"] == []


@pytest.mark.parametrize(("text", "noun"), [
    ("Dealers registered 1,240 plug-in hybrids in May.", "hybrid"),
    ("The builder fitted 60 built-in wardrobes.", "wardrobe"),
])
def test_a_compound_modifier_ending_in_a_stop_word_is_a_modifier(text: str, noun: str) -> None:
    assert extract(text).mentions[0].unit == noun


def test_a_spelled_length_in_brackets_is_read() -> None:
    found = [(m.unit, m.value) for m in extract("The crater is six miles (ten kilometres) wide.").mentions]
    assert found == [("mile", Decimal(6)), ("kilometer", Decimal(10))]


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The region counted 88,410 farms in 2020, falling to 81,900 by 2030.", "farm", "81900"),
    ("Ridership hit 3.4 million passengers but dropped to 2.9 million in May.", "passenger",
     "2900000"),
    ("Exports were 1.1 million tonnes, up from 950,000.", "metric_ton", "950000"),
])
def test_a_level_after_a_change_carries_the_figure_before(text: str, unit: str, value: str) -> None:
    last = extract(text).mentions[-1]
    assert (last.unit, last.value) == (unit, Decimal(value))
    assert last.assumed is not None and "carried" in last.assumed


@pytest.mark.parametrize("text", [
    "The suburb has 9,000 homes and prices climbed to 610,000 this year.",  # money, another subject
    "The depot runs 1,800 buses, with ridership rising to 1.3 million.",  # another subject
    "The port handled 5,000 ships; fees rose to 12,000.",  # another clause
])
def test_a_level_of_another_subject_takes_no_unit(text: str) -> None:
    assert len(extract(text).mentions) == 1


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The mine guides 210,000 attributable ounces of gold.", "troy_ounce", "210000"),
    ("The smelter will add 300,000 additional tonnes.", "metric_ton", "300000"),
    ("The utility plans 4 more gigawatts.", "gigawatt", "4"),
])
def test_a_unit_after_modifiers_is_a_measure_not_a_count(text: str, unit: str, value: str) -> None:
    [m] = extract(text).mentions
    assert (m.kind, m.unit, m.value) == ("measure", unit, Decimal(value))


def test_a_short_line_with_a_word_in_capitals_is_not_settled_english() -> None:
    assert extract("ALL 7 solutions").mentions == []  # 'ALL' may be the lek's code


def test_a_spelled_count_in_a_short_english_phrase_is_counted() -> None:
    [m] = extract("my three daughters").mentions  # was left out with 'my two sons' before
    assert (m.kind, m.unit, m.value) == ("count", "daughter", Decimal(3))


@pytest.mark.parametrize("text", ["En 2024 ha subido el precio.", "nel 2019 ha chiuso"])
def test_a_spaced_ha_before_a_word_is_no_hectare(text: str) -> None:
    assert [m for m in extract(text).mentions if m.kind == "measure"] == []
