"""Counts and physical quantities in English news (session 19): the hectare's symbol glued to
its number ('96ha') or spaced before a word that follows an area ('73 ha is irrigated'), river
flows in cusecs and cumecs, a plant's electric megawatts ('805 MWe'), the noun counted after a
disease or a participle that modifies it ('measles cases', 'car parking spaces'). Sentences
written for this project in the shapes farm, flood, energy and health copy use; laws over
generated ones."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.grammar import scan

_whole = st.integers(min_value=2, max_value=99_999).filter(lambda n: not 1900 <= n <= 2099)


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, str | None]]:
    return [(m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


# --- the hectare's 'ha' --------------------------------------------------------------------


@given(_whole)
def test_a_glued_ha_is_hectares(n: int) -> None:
    """Law: a whole number with 'ha' glued to it is that many hectares, before any word."""
    for tail in (" of pasture was sown.", " block sold.", ", the whole farm."):
        assert _read(f"They grazed the {n}ha{tail}") == [("measure", "hectare", Decimal(n), None)], tail


@given(_whole, st.sampled_from(["is", "was", "of", "under", "were", "planted"]))
def test_a_spaced_ha_before_a_word_of_area_is_hectares(n: int, word: str) -> None:
    """Law: a spaced 'ha' after a number that is no year, before a word that follows an area
    ('is', 'of', 'under', 'planted'), is hectares."""
    got = _read(f"The trial plot of {n} ha {word} the best in the district.")
    assert got == [("measure", "hectare", Decimal(n), None)]


def test_a_spaced_ha_per_year_carries_its_period() -> None:
    assert _read("The station reseeds some 14 ha per year.") == [
        ("measure", "hectare", Decimal("14"), "year")]


def test_ha_as_a_spanish_or_italian_verb_stays_no_unit() -> None:
    """'ha' is 'has' in Spanish and Italian: after a year, or before a word no area takes, it is
    no hectare, with or without the page's locale."""
    for text, locale in (("En 2021 ha crecido la demanda", "es"), ("nel 2019 ha registrato", "it"),
                         ("Desde 2018 ha per", None), ("Laughing, 5 ha ha ha", None)):
        got = [q for q in scan(text, locale=locale) if q.kind == "measure"]
        assert got == [], text


# --- flows and electric output -------------------------------------------------------------


@given(_whole, st.sampled_from([("cusecs", "foot ** 3"), ("cumecs", "meter ** 3")]))
def test_river_flows_are_measures(n: int, unit: tuple[str, str]) -> None:
    """Law: 'N cusecs' and 'N cumecs' are flows (a measure), not counts of a noun: pint's
    cubic foot or metre a second (count22: the unit and its per-unit, as 'bpd' is)."""
    word, name = unit
    got = _read(f"The barrage released {n:,} {word} on Monday.")
    assert got == [("measure", name, Decimal(n), "second")]


def test_a_cusec_is_a_cubic_foot_a_second() -> None:
    q = extract("Inflow rose to 1,000 cusecs.").mentions[0]
    assert abs(float(q.to_pint().to("meter ** 3 / second").magnitude) - 28.3168) < 0.001


@given(st.integers(min_value=1, max_value=9_999),
       st.sampled_from([("kWe", "kilowatt"), ("MWe", "megawatt"), ("GWe", "gigawatt")]))
def test_electric_watts_are_watts(n: int, unit: tuple[str, str]) -> None:
    symbol, name = unit
    assert _read(f"The {n} {symbol} reactor restarts next year.") == [
        ("measure", name, Decimal(n), None)]


# --- the noun counted after a modifier -----------------------------------------------------


@given(_whole, st.sampled_from(["measles", "mumps", "diabetes", "rabies"]),
       st.sampled_from([("cases", "case"), ("patients", "patient"), ("deaths", "death")]))
def test_a_disease_in_s_modifies_the_noun_after_it(n: int, disease: str,
                                                   noun: tuple[str, str]) -> None:
    """Law: a disease's name ending in -s after a number is no plural: the noun after it is
    the one counted."""
    word, single = noun
    got = _read(f"Officials logged {n:,} {disease} {word} this week.")
    assert got == [("count", single, Decimal(n), None)]


@given(_whole, st.sampled_from([("car parking spaces", "space"), ("flu related deaths", "death"),
                                ("cancer screening centres", "centre"),
                                ("basement storage units", "unit")]))
def test_a_participle_joins_a_noun_to_the_plural_counted(n: int, phrase: tuple[str, str]) -> None:
    """Law: 'N <noun> <-ing or -ed word> <plural>' counts the plural; the first noun and the
    participle are its modifier."""
    words, single = phrase
    got = _read(f"The plan adds {n:,} {words} by next spring.")
    assert got == [("count", single, Decimal(n), None)]


def test_a_plural_before_a_participle_stays_the_noun_counted() -> None:
    assert _read("Crews towed 40 cars parked on the verge.") == [
        ("count", "car", Decimal("40"), None)]


# --- per-units past a word, and per a thing counted ----------------------------------------


@given(st.integers(min_value=1, max_value=9_999), st.sampled_from(["gold", "silver", "copper", "DM"]),
       st.sampled_from([("grams", "gram"), ("kg", "kilogram"), ("tonnes", "metric_ton")]),
       st.sampled_from([(" per tonne", "metric_ton"), ("/ha", "hectare"), (" per hectare", "hectare")]))
def test_a_word_of_what_a_measure_is_of_before_its_per_unit(n: int, stuff: str,
                                                            unit: tuple[str, str],
                                                            per: tuple[str, str]) -> None:
    """Law: 'N <unit> <word> per <unit>' (or '/<unit>') is a rate: the word between names what
    the measure is of, and the per-unit after it is the rate's."""
    written, name = unit
    tail, denominator = per
    got = _read(f"The core returned {n} {written} {stuff}{tail} over the zone.")
    assert got == [("measure", name, Decimal(n), denominator)]


def test_no_per_unit_past_a_stop_word() -> None:
    assert _read("Crews cut 16 grams the per tonne rate.")[0][3] is None


@given(st.integers(min_value=1, max_value=999),
       st.sampled_from(["person", "household", "vehicle", "passenger", "head"]))
def test_a_measure_per_a_thing_counted(n: int, noun: str) -> None:
    """Law: after 'per', a singular noun the lexicon counts or prices by is a measure's
    denominator, as it is money's ('3.3 tonnes per household')."""
    assert _read(f"Each herd ate {n} tonnes per {noun} last winter.") == [
        ("measure", "metric_ton", Decimal(n), noun)]


def test_per_cent_is_no_denominator_of_a_measure() -> None:
    got = extract("Output rose 5 kg per cent of the quota.").mentions
    assert all(m.per is None for m in got)


# --- 'pounds' of a crop's weight -----------------------------------------------------------


@given(st.integers(min_value=2, max_value=2_000), st.sampled_from(["yield", "lint", "bales"]))
def test_pounds_in_a_sentence_of_yields_are_a_weight(n: int, word: str) -> None:
    """Law: a bare figure before 'pounds' in a sentence that speaks of a crop's weight and of
    no money is a weight, and 'assumed' names the word that made it one."""
    got = extract(f"The county's {word} estimate came in at {n} pounds, below the trend.").mentions
    assert [(m.kind, m.unit, m.value) for m in got] == [("measure", "pound", Decimal(n))]
    assert got[0].assumed is not None and word in got[0].assumed


@given(st.integers(min_value=2, max_value=2_000),
       st.sampled_from(["paid", "price", "cost", "revenue"]))
def test_pounds_beside_a_money_word_stay_money(n: int, word: str) -> None:
    """Law: a word of money in the sentence keeps bare 'pounds' the currency, crop words or
    not."""
    got = extract(f"The lint {word} figure came in at {n} pounds, below the trend.").mentions
    assert [(m.kind, m.unit) for m in got] == [("money", "GBP")]


def test_pounds_with_a_magnitude_or_a_sign_stay_money() -> None:
    got = extract("Bale yields fell and the board lost 3 million pounds.").mentions
    assert [(m.kind, m.unit) for m in got] == [("money", "GBP")]


def test_pounds_of_a_thing_per_area_is_a_rate() -> None:
    assert _read("The pivot field made 2,091 pounds of lint per acre.") == [
        ("measure", "pound", Decimal("2091"), "acre")]


# --- 'm' as metres: a writer's conversion in brackets, a symbol the text defines -----------


@given(st.integers(min_value=2, max_value=900), st.integers(min_value=1, max_value=300),
       st.sampled_from(["{a}ft ({b}m)", "{a} feet ({b} m)", "{a}-foot-tall ({b} m)",
                        "{a}-foot ({b}m)"]))
def test_metres_in_brackets_after_a_length_are_metres(a: int, b: int, form: str) -> None:
    """Law: a number and 'm', glued or spaced, alone in brackets after a length in another unit
    (a number and its unit, or a compound adjective of one) is that length in metres."""
    got = _read("Crews spotted a " + form.format(a=a, b=b) + " wave offshore.")
    assert ("measure", "meter", Decimal(b), None) in got


def test_a_range_of_metres_in_brackets() -> None:
    got = extract("The rock is put at 40ft to 90ft (12m to 27m) across.").mentions
    assert [(m.unit, m.low, m.high) for m in got] == [
        ("foot", Decimal("40"), Decimal("90")), ("meter", Decimal("12"), Decimal("27"))]


def test_m_in_brackets_after_no_length_stays_unread() -> None:
    assert _read("Exports of 413 tonnes (126 m) a year.") == [
        ("measure", "metric_ton", Decimal("413"), None)]


def test_a_text_that_defines_m_as_metres_reads_it_so() -> None:
    text = ("The blocks rise to 60.5 metres (m) above datum; the taller reaches 98.2 m AOD and "
            "the podium 12 m AOD.")
    got = [(m.unit, m.value) for m in extract(text).mentions]
    assert got == [("meter", Decimal("60.5")), ("meter", Decimal("98.2")), ("meter", Decimal("12"))]


def test_a_defined_m_before_a_noun_in_lower_case_is_no_metre() -> None:
    text = "The mast is 20 metres (m) tall. Some 5m people watched."
    assert ("count", "person", Decimal("5000000"), None) in _read(text)


# --- glued inches and hours; network lengths; bushels per acre; per a unit's name -----------


@given(st.integers(min_value=1, max_value=999),
       st.sampled_from([("in", "inch"), ("h", "hour")]),
       st.sampled_from([" of rain fell.", " later, it stopped.", ")."]))
def test_glued_inches_and_hours(n: int, unit: tuple[str, str], tail: str) -> None:
    """Law: a whole number with 'in' or 'h' glued to it is inches or hours."""
    symbol, name = unit
    got = _read(f"The gauge showed it: ({n}{symbol}{tail}" if tail == ")." else
                f"The gauge showed {n}{symbol}{tail}")
    assert got == [("measure", name, Decimal(n), None)]


def test_a_clock_time_with_h_is_no_hours() -> None:
    assert _read("The train left at 10h30 sharp.") == []


@given(_whole, st.sampled_from(["route", "track", "lane"]),
       st.sampled_from([("kilometres", "kilometer"), ("miles", "mile")]))
def test_network_lengths_stay_lengths(n: int, word: str, unit: tuple[str, str]) -> None:
    written, name = unit
    assert _read(f"The network spans {n:,} {word} {written} today.") == [
        ("measure", name, Decimal(n), None)]


def test_bushels_per_acre_abbreviated() -> None:
    assert _read("Scouts now expect 41 bpa in the county.") == [
        ("measure", "bushel", Decimal("41"), "acre")]
    assert _read("The bottles hold 5 BPA free.") == []


def test_per_a_unit_name_is_that_unit() -> None:
    assert _read("Samples held 12.5 microgrammes per gramme of soil.") == [
        ("measure", "microgram", Decimal("12.5"), "gram")]


# --- a qualifier spaced after a number, before the noun counted ----------------------------


@given(st.integers(min_value=2, max_value=999),
       st.sampled_from([("or so", "approx"), ("or more", "ge")]),
       st.sampled_from([("heifers", "heifer"), ("trucks", "truck"), ("volunteers", "volunteer")]))
def test_a_qualifier_after_the_number_before_its_noun(n: int, qual: tuple[str, str],
                                                      noun: tuple[str, str]) -> None:
    """Law: 'N or so <nouns>' and 'N or more <nouns>' count the nouns, qualified."""
    words, qualifier = qual
    plural, single = noun
    got = extract(f"The yard held {n} {words} {plural} by dawn.").mentions
    assert [(m.kind, m.unit, m.value, m.qualifier) for m in got] == [
        ("count", single, Decimal(n), qualifier)]


def test_a_year_before_or_so_counts_nothing() -> None:
    assert _read("Back in 2019 or so people queued for hours.") == []


def test_a_modifier_before_a_span_of_time_after_per_stays_that_span() -> None:
    """'per calendar day' is per day (a modifier and a span of time), not per 'calendar': the
    counted denominator is tried only after it."""
    assert _read("Refiners ran 3.2 million barrels per calendar day last year.") == [
        ("measure", "barrel", Decimal("3200000"), "day")]


def test_a_measure_of_something_per_person_is_per_person() -> None:
    """count17 held 'per person' no per-unit of a measure; a thing counted after 'per' is one
    now, as it is money's (count19), past what the measure is of too."""
    assert _read("Pumps lift 80 litres of water per person.") == [
        ("measure", "liter", Decimal("80"), "person")]


def test_per_a_word_of_another_language_is_left_to_the_locale() -> None:
    got = scan("2 meter per sekund", locale="nb")
    assert [(q.value, q.unit, q.per) for q in got] == [(Decimal("2"), "meter", "second")]
