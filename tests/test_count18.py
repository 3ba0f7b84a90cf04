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
