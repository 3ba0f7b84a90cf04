"""Counts and physical quantities in English news (session 18): a number before a compound
adjective whose half is a currency word ('2 million 480-pound bales'), the temperature scales
by name alone ('40 Celsius') and a capital scale letter after a space in a temperature's
sentence ('30.5 C'), kilovolts. Sentences written for this project in the shapes farm,
weather and energy copy use; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract

_whole = st.integers(min_value=2, max_value=999_999)
_tenths = st.decimals(min_value=Decimal("-40"), max_value=Decimal("60"), places=1)


def _read(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.kind, m.unit, m.value) for m in extract(text).mentions]


# --- a compound adjective with a currency word's half ----------------------------------------


@given(st.integers(min_value=2, max_value=99), _whole,
       st.sampled_from(["pound", "ton", "foot", "gallon", "ounce"]),
       st.sampled_from(["bales", "sacks", "containers", "drums"]))
def test_number_before_a_compound_counts_the_noun_after_it(n: int, size: int, half: str,
                                                           noun: str) -> None:
    """Law: 'N million S-<unit> <nouns>' counts N million of the nouns, whatever the unit of
    the compound (a pound is a currency too), and takes no unit from a measure before it."""
    text = f"Growers shipped 3.1 billion bushels, and the gins came to {n} million {size}-{half} {noun}."
    got = _read(text)
    assert got[0] == ("measure", "bushel", Decimal("3100000000"))
    assert got[1] == ("count", noun[:-1], Decimal(n) * 10**6)
    assert len(got) == 2


def test_compound_after_a_plain_number_still_counts() -> None:
    assert _read("The yard stacked 2,000 40-foot containers.") == [
        ("count", "container", Decimal("2000"))]
    assert _read("Mills pressed 800 500-pound bales last week.") == [
        ("count", "bale", Decimal("800"))]


# --- temperature scales by name; a spaced capital scale letter -------------------------------


@given(_tenths, st.sampled_from([("Celsius", "degree_Celsius"), ("Fahrenheit", "degree_Fahrenheit"),
                                 ("celsius", "degree_Celsius")]))
def test_a_scale_name_alone_is_a_temperature(n: Decimal, scale: tuple[str, str]) -> None:
    """Law: a number and a scale's name alone, before a bracket, a comma, a preposition or the
    end, is that temperature."""
    name, unit = scale
    for tail in (" on Friday.", ", a record.", " (a record).", "."):
        got = _read(f"The town reached {abs(n)} {name}{tail}")
        assert got == [("measure", unit, abs(n))], tail


def test_a_scale_name_before_a_name_or_plural_is_no_temperature() -> None:
    assert _read("The lender had 1.7 million Celsius users.") == [
        ("count", "user", Decimal("1700000"))]
    assert [k for k, _, _ in _read("They live at 25 Fahrenheit Street.")] == []


def test_degrees_with_a_scale_are_read_as_before() -> None:
    assert _read("It was 41 degrees Celsius (106 Fahrenheit) in the shade.") == [
        ("measure", "degree_Celsius", Decimal("41")), ("measure", "degree_Fahrenheit", Decimal("106"))]


@given(st.integers(min_value=1, max_value=50), st.sampled_from([("C", "degree_Celsius"),
                                                               ("F", "degree_Fahrenheit")]))
def test_spaced_capital_scale_in_a_temperature_sentence(n: int, scale: tuple[str, str]) -> None:
    """Law: a capital 'C' or 'F' after a space is a temperature only where a word of
    [temperature context] is in the sentence and no money; 'assumed' names the word."""
    letter, unit = scale
    m = extract(f"Forecasters said temperatures would hit {n} {letter} by noon.").mentions
    assert [(x.unit, x.value) for x in m] == [(unit, Decimal(n))]
    assert m[0].assumed is not None and "temperatures" in m[0].assumed
    assert [x.unit for x in extract(f"The ward had {n} {letter} grade staff.").mentions] != [unit]
    assert [x.unit for x in extract(
        f"Temperatures rose and tickets cost $5 for {n} {letter} seats.").mentions if x.kind == "measure"] == []


def test_kilovolts() -> None:
    assert _read("Crews strung 132kV lines and a 400 kV link.") == [
        ("measure", "kilovolt", Decimal("132")), ("measure", "kilovolt", Decimal("400"))]


# --- a count written as a compound adjective --------------------------------------------------


@given(st.integers(min_value=2, max_value=9_999),
       st.sampled_from(["game", "storey", "bed", "member", "nation", "cow", "page"]),
       st.sampled_from(["season", "tower", "unit", "panel", "herd", "report"]))
def test_compound_adjective_counts_its_noun(n: int, noun: str, head: str) -> None:
    """Law: 'a N-<noun> <head>' counts N of the noun (a 34-game season has 34 games)."""
    m = extract(f"Officials described a {n:,}-{noun} {head} on Monday.").mentions
    assert [(x.kind, x.unit, x.value, x.text) for x in m] == [
        ("count", noun, Decimal(n), f"{n:,}-{noun}")]


@given(st.integers(min_value=2, max_value=999),
       st.sampled_from(["star", "strong", "fold", "way", "seater", "sided", "beta"]))
def test_compound_that_is_a_rating_or_size_counts_nothing(n: int, half: str) -> None:
    """Law: a half of [count-compound-not] or with an adjective's ending makes no count."""
    assert extract(f"Reporters saw a {n}-{half} group there.").mentions == []


def test_compound_after_a_label_or_in_the_plural_counts_nothing() -> None:
    assert extract("Shops ran out of the RTX 3000-series cards quickly.").mentions == []


def test_spaced_singular_after_a_magnitude_needs_the_plural_counted_in_the_text() -> None:
    text = "Analysts see a 15.8 million bale crop, 1.2 million bales below the estimate."
    assert _read(text) == [("count", "bale", Decimal("15800000")),
                           ("count", "bale", Decimal("1200000"))]
    assert _read("Sales reached 5 million last year.") == []


# --- a pair that writes its unit once --------------------------------------------------------


@given(st.integers(min_value=2, max_value=500), st.integers(min_value=2, max_value=500),
       st.sampled_from([("storeys", "count", "storey"), ("GW", "measure", "gigawatt"),
                        ("hectares", "measure", "hectare")]))
def test_pair_with_one_unit_carries_it_back(a: int, b: int, unit: tuple[str, str, str]) -> None:
    """Law: 'A and B <unit>' reads A in B's unit, 'assumed' naming the figure it came from."""
    word, kind, name = unit
    m = extract(f"The plan adds sites of {a} and {b} {word} this year.").mentions
    assert [(x.kind, x.unit, x.value) for x in m] == [(kind, name, Decimal(a)), (kind, name, Decimal(b))]
    assert m[0].assumed == f"unit of '{a}' carried from '{b} {word}', the figure after it"


def test_pair_keeps_ranges_years_and_unsaid_magnitudes() -> None:
    assert [(m.low, m.high) for m in extract("It will add between 5 and 7 GW.").mentions] == [
        (Decimal("5"), Decimal("7"))]
    assert [m.value for m in extract("Output fell by 3 and 4 million barrels.").mentions] == [
        Decimal("4000000")]
    assert [m.text for m in extract("Sales in 2019 and 2020 stores fell.").mentions if m.kind == "count"] == [
        "2020 stores"] or all(m.unit != "store" or m.value != 2019 for m in extract(
            "Sales in 2019 and 2020 stores fell.").mentions)


# --- modifiers before a counted noun; hectares after a magnitude; areas after any words -----


def test_english_care_is_no_stop_word() -> None:
    """'care' is Romanian 'which' too; its stop belongs to Romanian copy read with its locale."""
    assert _read("The unit opened 20 intensive care beds.") == [("count", "bed", Decimal("20"))]
    assert _read("The board hired 79 health care assistants.") == [
        ("count", "assistant", Decimal("79"))]


@given(st.integers(min_value=2, max_value=99_999),
       st.sampled_from(["in-patient", "on-site", "off-grid", "in-house"]))
def test_compound_modifier_with_a_stop_word_half(n: int, modifier: str) -> None:
    """Law: a compound modifier whose first half is a stop word is a modifier like any."""
    assert _read(f"The trust lists {n:,} {modifier} clinics today.") == [
        ("count", "clinic", Decimal(n))]


@given(st.decimals(min_value=Decimal("1"), max_value=Decimal("999"), places=2),
       st.sampled_from([("lakh", 5), ("million", 6), ("thousand", 3)]))
def test_ha_after_a_magnitude_is_hectares_before_any_word(n: Decimal, mag: tuple[str, int]) -> None:
    """Law: 'N <magnitude> ha' is hectares even where a word follows."""
    word, power = mag
    assert _read(f"Cane covers {n} {word} ha for the season.") == [
        ("measure", "hectare", n * 10**power)]


def test_ha_without_a_magnitude_keeps_its_old_rule() -> None:
    assert _read("They laughed 5 ha ha.") == []
    assert _read("The farm has 5 ha.") == [("measure", "hectare", Decimal("5"))]


@given(st.integers(min_value=2, max_value=9_999_999),
       st.sampled_from(["dryland", "irrigated", "forest", "farm"]),
       st.sampled_from([("acres", "acre"), ("hectares", "hectare")]))
def test_area_after_any_lower_case_words_is_that_area(n: int, modifier: str, unit: tuple[str, str]) -> None:
    """Law: an area unit stays that area after lower-case words; a length does not (air miles)."""
    word, name = unit
    assert _read(f"Growers planted {n:,} {modifier} {word} this year.") == [
        ("measure", name, Decimal(n))]


def test_bonus_miles_stay_a_count() -> None:
    assert _read("Members earn 60,000 bonus miles.") == [("count", "mile", Decimal("60000"))]


# --- a weight per area past a modifier; a per-unit named by a count's modifier ---------------


@given(st.integers(min_value=2, max_value=9_999), st.sampled_from(["harvested", "planted", "irrigated"]))
def test_pounds_per_modified_acre_are_a_weight(n: int, modifier: str) -> None:
    """Law: 'N pounds per <modifier> acre' is a yield (a weight an acre), as 'N pounds per
    acre' is; 'assumed' says why it is no price."""
    m = extract(f"Yields should average {n:,} pounds per {modifier} acre this year.").mentions
    assert [(x.kind, x.unit, x.value, x.per) for x in m] == [("measure", "pound", Decimal(n), "acre")]
    assert m[0].assumed is not None and "weight" in m[0].assumed


def test_pounds_per_person_stay_money() -> None:
    m = extract("Tickets cost 5 pounds per adult visitor.").mentions
    assert [x.kind for x in m] == ["money"]


@given(st.integers(min_value=2, max_value=99_999),
       st.sampled_from([("daily", "day"), ("hourly", "hour"), ("yearly", "year")]),
       st.sampled_from(["flights", "passenger trains", "deliveries"]))
def test_count_with_a_per_modifier(n: int, adverb: tuple[str, str], noun: str) -> None:
    """Law: a modifier of [per adverb] before the counted noun is the count's per-unit."""
    word, per = adverb
    m = extract(f"The network runs {n:,} {word} {noun} now.").mentions
    assert [(x.kind, x.value, x.per) for x in m] == [("count", Decimal(n), per)]


# --- a part of a whole; a temperature sentence naming a time zone ---------------------------


@given(st.integers(min_value=2, max_value=999), st.integers(min_value=1_000, max_value=99_999),
       st.sampled_from(["the", "its", "the country's", "Texas's"]),
       st.sampled_from([("employees", "count", "employee"), ("acres", "measure", "acre")]))
def test_part_of_a_whole_takes_its_unit(part: int, whole: int, det: str, unit: tuple[str, str, str]) -> None:
    """Law: 'A of <determiner> B <unit>' reads A in B's unit, 'assumed' naming the whole."""
    word, kind, name = unit
    m = extract(f"Officials said {part} of {det} {whole:,} {word} were affected.").mentions
    assert [(x.kind, x.unit, x.value) for x in m] == [(kind, name, Decimal(part)), (kind, name, Decimal(whole))]
    assert m[0].assumed == f"unit of '{part}' carried from '{whole:,} {word}', the whole it is part of"


def test_part_of_a_whole_keeps_years_labels_and_unsaid_magnitudes() -> None:
    assert [m.text for m in extract("In 2019 of the 12 reactors, two shut.").mentions] == ["12 reactors"]
    assert [m.text for m in extract("Chapter 11 of the 2,000 pages is long.").mentions] == ["2,000 pages"]
    assert [m.text for m in extract("It had 7.1 of the 12.5 million acres.").mentions] == ["12.5 million acres"]


def test_time_zone_is_no_currency_in_a_temperature_sentence() -> None:
    assert _read("A temperature of 40.2 C was recorded at noon GMT.") == [
        ("measure", "degree_Celsius", Decimal("40.2"))]
    assert _read("Temperatures rose as tickets rose 10 C per seat in USD.") == []


def test_a_reading_on_a_scale_is_no_compound_count() -> None:
    assert extract("A 5.4-magnitude quake and a 7-magnitude quake struck.").mentions == []
    assert extract("They held a 2.5-game lead.").mentions == []


@given(_whole, st.sampled_from([("t", "metric_ton"), ("km", "kilometer"), ("Mt", "metric_ton")]),
       st.sampled_from([("y", "year"), ("a", "year"), ("h", "hour"), ("d", "day")]))
def test_per_unit_after_a_spaced_slash(n: int, unit: tuple[str, str], per: tuple[str, str]) -> None:
    """Law: '<unit> / <per>' with spaces around the slash is the rate '<unit>/<per>' is."""
    sym, name = unit
    letter, span = per
    spaced = [(m.unit, m.per) for m in extract(f"The line runs at {n:,} {sym} / {letter} now.").mentions]
    glued = [(m.unit, m.per) for m in extract(f"The line runs at {n:,} {sym}/{letter} now.").mentions]
    assert spaced == glued == [(name, span)]
