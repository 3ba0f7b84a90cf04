"""Counts and physical quantities in English news (session 20): a game's points, which
[notcount] keeps from counting elsewhere ('the index fell 51 points'); a weight in pounds after
a magnitude ('18 million pounds of steel'); a glued 'm' in a sentence that names a dimension
('a height of 270m'); an average count per thing ('8.2 bolls per plant'); a measure shared by a
thing the lexicon does not list ('3.3 tonnes per cow'). Sentences written for this project in
the shapes sport, farm, building and mining copy use; laws over generated ones."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract

_whole = st.integers(min_value=2, max_value=199)
_big = st.integers(min_value=100, max_value=9_999).filter(lambda n: not 1900 <= n <= 2099)


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, str | None]]:
    return [(m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


# --- a game's points -------------------------------------------------------------------------


@given(_whole, st.sampled_from(["scored", "poured in a game-high", "finished with a career-high"]))
def test_points_in_a_game_are_counted(n: int, verb: str) -> None:
    """Law: in a sentence of play, 'N points' counts points."""
    assert _read(f"The forward {verb} {n} points for the visitors.") == [
        ("count", "point", Decimal(n), None)]


@given(_whole, st.sampled_from(["The index fell", "The bond gained", "Her poll lead grew by",
                                "The credit score dropped"]))
def test_points_outside_a_game_count_nothing(n: int, lead: str) -> None:
    """Law: an index's, a poll's or a score's points stay no count (no word of play)."""
    assert [m for m in extract(f"{lead} {n} points on Tuesday.").mentions if m.kind == "count"] == []


def test_the_play_word_must_be_in_the_same_sentence() -> None:
    text = "She scored twice. Later the index fell 44 points."
    assert [m for m in extract(text).mentions if m.kind == "count"] == []


def test_a_points_compound_before_game_counts_points() -> None:
    assert _read("It was her third 40-point game this month.") == [
        ("count", "point", Decimal(40), None)]
    assert _read("The party opened a 12-point lead in the polls.") == []


def test_a_margin_at_halftime_is_counted() -> None:
    assert _read("The hosts were ahead by 9 points at halftime.") == [
        ("count", "point", Decimal(9), None)]


# --- pounds after a magnitude ----------------------------------------------------------------


@given(st.integers(min_value=2, max_value=900), st.sampled_from(["steel", "cheese", "recycled plastic"]))
def test_pounds_of_a_material_after_a_magnitude_are_a_weight(n: int, goods: str) -> None:
    """Law: 'N million pounds of <material>' in a sentence that names no money is a weight,
    with the reading noted."""
    q = extract(f"The plant shipped {n} million pounds of {goods} last year.").mentions
    assert [(m.kind, m.unit) for m in q] == [("measure", "pound")]
    assert q[0].assumed and "weight" in q[0].assumed


@given(st.integers(min_value=2, max_value=900),
       st.sampled_from(["new money", "damage", "public funding", "savings"]))
def test_pounds_of_money_stay_money(n: int, what: str) -> None:
    """Law: what a sum is of ('of damage', 'of new money') keeps the pounds a currency."""
    q = extract(f"The council counted {n} million pounds of {what}.").mentions
    assert [(m.kind, m.unit) for m in q] == [("money", "GBP")]


def test_a_sentence_with_money_keeps_pounds_money() -> None:
    q = extract("It paid $3 million for 2 million pounds of copper scrap.").mentions
    assert [(m.kind, m.unit) for m in q] == [("money", "USD"), ("money", "GBP")]


# --- a glued 'm' of a dimension --------------------------------------------------------------


@given(_big, st.sampled_from(["height", "length", "width", "distance"]))
def test_a_glued_m_after_a_dimension_of_is_metres(n: int, noun: str) -> None:
    """Law: 'a <dimension> of Nm' (N of 100 or more), no sign, is N metres."""
    assert _read(f"The new mast reaches a {noun} of {n}m.") == [
        ("measure", "meter", Decimal(n), None)]


def test_a_span_across_and_a_height_are_metres() -> None:
    got = _read("The viaduct spans 1,200m across the gorge at a height of 180m.")
    assert got == [("measure", "meter", Decimal(1200), None), ("measure", "meter", Decimal(180), None)]


def test_a_glued_m_with_no_dimension_stays_no_metre() -> None:
    assert [m for m in extract("The agency spent 400m on the scheme.").mentions
            if m.kind == "measure"] == []


# --- averages per thing ----------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
def test_a_fraction_of_a_plural_per_thing_is_an_average_count(whole: int, tenth: int) -> None:
    """Law: 'W.T <plural> per <thing>' is an average count with its per-unit."""
    value = Decimal(f"{whole}.{tenth}")
    assert _read(f"Scouts found {value} pods per stem in the trial.") == [
        ("count", "pod", value, "stem")]


def test_a_fraction_of_a_plural_alone_is_no_count() -> None:
    assert [m for m in extract("Families have 2.4 pets on average.").mentions
            if m.kind == "count"] == []


@given(st.integers(min_value=2, max_value=999), st.sampled_from(["sheep", "animal", "truck"]))
def test_a_measure_per_an_unlisted_english_thing_carries_it(n: int, thing: str) -> None:
    """Law: 'N tonnes per <English singular noun>' carries that noun as its per-unit."""
    assert _read(f"The yard moved {n} tonnes per {thing} this week.") == [
        ("measure", "metric_ton", Decimal(n), thing)]


def test_a_measure_per_time_stays_without_a_per_thing() -> None:
    """'time' is [notcount]: no per-unit of it."""
    assert all(m.per != "time" for m in extract("It lifts 3 tonnes per time.").mentions)


# --- hard-wrapped copy -----------------------------------------------------------------------

_WRAPPED = ("Shipments from the northern terminal climbed in the year to June, to 41,300\n"
            "tonnes of ore and 2,950 tonnes of concentrate, the port authority said,\n"
            "while rail capacity on the branch line rose to about 1.2 million\n"
            "tonnes a year after the second siding opened in the spring.\n")


def test_units_after_wrapped_line_breaks_are_read() -> None:
    got = _read(_WRAPPED)
    assert got == [("measure", "metric_ton", Decimal(41300), None),
                   ("measure", "metric_ton", Decimal(2950), None),
                   ("measure", "metric_ton", Decimal(1200000), "year")]


def test_the_mention_keeps_its_line_break_as_written() -> None:
    text = ("Freight through the inland port grew again in the second half, to 980\n"
            "tonnes a day on average, the operator reported in its annual review,\n"
            "and it expects the new crane to lift that figure once more next season.\n")
    q = extract(text).mentions
    assert [(m.text, m.unit, m.value, m.per) for m in q] == [
        ("980\ntonnes a day", "metric_ton", Decimal(980), "day")]


def test_a_table_of_short_lines_is_not_unwrapped() -> None:
    assert [m for m in extract("Stock\n2,026\nshares\nheld\n").mentions if m.kind == "count"] == []


@given(st.lists(st.text(alphabet="abc ,.0123\n", max_size=90), min_size=1, max_size=8))
def test_unwrap_keeps_the_length_and_changes_only_line_breaks(lines: list[str]) -> None:
    """Law: unwrap gives a text of the same length that differs only where a line break
    became a space."""
    from moneyfacts.wrapped import unwrap

    text = "\n".join(lines)
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, flat))


def test_a_points_compound_naming_a_thing_of_the_game_counts_nothing() -> None:
    """'from 3-point range' names the arc, not three points, even in a game's sentence."""
    text = "She went 5 of 9 from 3-point range and scored a career-high 33 points."
    assert _read(text) == [("count", "point", Decimal(33), None)]


# --- a bare spaced 't' -----------------------------------------------------------------------


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["coal", "scrap", "maize"]))
def test_a_bare_t_before_of_a_thing_is_tonnes(n: int, goods: str) -> None:
    """Law: 'N t of <thing>' is N metric tonnes, noted, with no tonne or mining word around."""
    q = extract(f"Dockers unloaded {n:,} t of {goods} on Friday.").mentions
    assert [(m.kind, m.unit, m.value) for m in q] == [("measure", "metric_ton", Decimal(n))]
    assert q[0].assumed and "of " + goods in q[0].assumed


def test_a_bare_t_before_per_a_span_is_tonnes_per_it() -> None:
    assert _read("The line hauls 1,500 t per hour.") == [
        ("measure", "metric_ton", Decimal(1500), "hour")]


def test_a_bare_t_before_anything_else_stays_unread() -> None:
    assert extract("A 40 t crane arrived.").mentions == []


def test_pounds_of_financial_paper_stay_money() -> None:
    """'of treasury bills' is a sum's paper: the pounds stay the currency."""
    q = extract("The ministry auctioned 15 billion pounds of treasury bills.").mentions
    assert [(m.kind, m.unit) for m in q] == [("money", "GBP")]
