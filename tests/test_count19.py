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


@given(_whole, st.sampled_from([("cusecs", "cusec"), ("cumecs", "cumec")]))
def test_river_flows_are_measures(n: int, unit: tuple[str, str]) -> None:
    """Law: 'N cusecs' and 'N cumecs' are flows (a measure), not counts of a noun."""
    word, name = unit
    got = _read(f"The barrage released {n:,} {word} on Monday.")
    assert got == [("measure", name, Decimal(n), None)]


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
