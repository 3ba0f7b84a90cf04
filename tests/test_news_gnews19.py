"""gnews19 (session 19): causes found on a held-out set of mainstream English news.

* A state or province named once (ISO 3166-2, one country's alone), with no place of the
  United States, settles a bare '$' as its country's dollar, ``assumed`` naming it.
* A one-letter sign glued to a bare figure is money when the same text writes that letter
  glued to a price in hundredths ('R1.71') or to a price per a unit of measure ('N945 per
  litre').

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.anchors import letter_priced, letter_sign_read
from moneyfacts.evidence import iso_regions
from moneyfacts.resolve import _local_dollars


def _money(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.unit, m.assumed) for m in extract(text).mentions if m.kind == "money"]


@pytest.mark.parametrize("text,unit,place", [
    ("Ontario will put $45 million into rural clinics this year.", "CAD", "Ontario"),
    ("The Queensland budget sets aside $700 million for new trains.", "AUD", "Queensland"),
    ("Albertans will each get a $150 rebate on their heating bills.", "CAD", "Alberta"),
    ("Tasmania's deficit widened to $1.2 billion.", "AUD", "Tasmania"),
])
def test_a_state_named_once_settles_the_bare_dollar(text: str, unit: str, place: str) -> None:
    (found,) = _money(text)
    assert found[1] == unit
    note = found[2]
    assert note is not None and f"'{place}'" in note and "state or province" in note


@pytest.mark.parametrize("text", [
    "Plants in Texas and Ontario cost $3 million each.",  # a US state beside: the caller's USD
    "Ontario and Queensland each pledged $5 million.",  # two dollar territories: none settles
    "The firm raised $20 million in its latest round.",  # no place: the caller's USD
])
def test_a_state_beside_other_places_settles_nothing(text: str) -> None:
    assert {u for _, u, _ in _money(text)} <= {"USD"}


def test_a_state_settles_only_its_own_country() -> None:
    # Law: every region the gazetteer keeps belongs to one territory; where that territory's
    # tender is a local dollar written '$', the region alone reads that dollar.
    regions = iso_regions()
    local = _local_dollars("en")
    assert regions["Ontario"] == "CA" and regions["Queensland"] == "AU"
    for name in ("Ontario", "Queensland", "Manitoba"):
        (found,) = _money(f"{name} will spend $9 million on roads.")
        assert found[1] in local and found[1] != "USD"


@pytest.mark.parametrize("text,want", [
    ("Power cost R1.71 a unit, so a household paying R1000 a month pays an extra R186.",
     [("R1.71 a unit", "ZAR"), ("R1000 a month", "ZAR"), ("R186", "ZAR")]),
    ("Diesel rose to N1,100 per litre while petrol went to N945 per litre from N895.",
     [("N1,100 per litre", "NGN"), ("N945 per litre", "NGN"), ("N895", "NGN")]),
])
def test_a_letter_priced_elsewhere_makes_its_bare_figures_money(
        text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, u) for t, u, _ in _money(text)] == want


@pytest.mark.parametrize("text", [
    "The K2 expedition took 3.25 days longer than the K9 team's.",
    "Q4 sales rose 4.25 per cent; Q3 was flat.",
    "Masks rated N95 cost more than N99 ones.",
])
def test_labels_stay_labels(text: str) -> None:
    assert _money(text) == []


@given(st.sampled_from("RNKP"), st.integers(1, 999), st.integers(0, 99),
       st.sampled_from(["litre", "kg", "kilogram", "tonne"]))
def test_a_price_per_measure_marks_the_letter(letter: str, whole: int, cents: int,
                                              unit: str) -> None:
    # Law: a letter glued to a price in hundredths, or to a figure per a unit of measure,
    # marks that letter as money in the text; per a unit of time it does not.
    assert letter_priced(f"It sold at {letter}{whole}.{cents:02d} today.", letter)
    assert letter_priced(f"It sold at {letter}{whole} per {unit} today.", letter)
    assert letter_sign_read(f"It sold at {letter}{whole} per {unit}; then {letter}{whole}.", letter)
    assert not letter_priced(f"It ran {letter}{whole} per year.", letter)


@pytest.mark.parametrize("text,unit,value", [
    ("The naira slipped 20 kobo against the dollar.", "NGN", "0.20"),
    ("Bus fares went up by 50 ngwee.", "ZMW", "0.50"),
    ("Bread rose 75 tambala a loaf.", "MWK", "0.75"),
    ("Sugar costs 40 toea more.", "PGK", "0.40"),
])
def test_named_hundredths_of_african_and_pacific_money(text: str, unit: str, value: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.unit, str(m.value)) == (unit, value)


def test_a_brand_written_like_a_hundredth_is_no_money() -> None:
    assert _money("The shop sold 20 Kobo readers.") == []


@pytest.mark.parametrize("text,value", [
    ("The ministry was given Rs 81, 750 crore this year.", 817_500_000_000),
    ("A plan worth ₹1,20, 500 crore was cleared.", 1_205_000_000_000),
])
def test_a_stray_space_after_a_grouping_comma_keeps_one_number(text: str, value: int) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.unit, m.value) == ("INR", value)


@pytest.mark.parametrize("text", [
    "In 2019, 750 crore rupees went unspent.",  # no sign right before: a year, then an amount
    "Scores were 81, 750 and 900 points.",  # no sign, no magnitude: a list
])
def test_a_comma_and_space_without_a_sign_still_separates(text: str) -> None:
    assert all(m.value != 81750 and m.value != 2019750 for m in extract(text).mentions)


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(["crore", "lakh", "million"]))
def test_the_stray_space_reads_as_the_grouped_digits(head: int, tail: int, word: str) -> None:
    # Law: 'Rs H, TTT word' reads as 'Rs H,TTT word' exactly.
    spaced = extract(f"They got Rs {head}, {tail:03d} {word} today.").mentions
    grouped = extract(f"They got Rs {head},{tail:03d} {word} today.").mentions
    assert [(m.unit, m.value) for m in spaced] == [(m.unit, m.value) for m in grouped]


@pytest.mark.parametrize("text,value,unit", [
    ("Return fares start at £1,928from Manchester.", 1928, "GBP"),
    ("Rooms cost €240each in the high season.", 240, "EUR"),
])
def test_an_amount_that_lost_its_space_before_a_word(text: str, value: int, unit: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize("text", ["The new H200s shipped late.", "A bet of $5xq was void."])
def test_letters_that_make_no_word_stay_no_amount(text: str) -> None:
    assert _money(text) == []


def test_a_headline_in_capitals_names_its_places() -> None:
    text = "TASMANIA BUDGET AT A GLANCE\n\n* Deficit: $1.1 billion\n* Debt: $5.2 billion"
    found = _money(text)
    assert [u for _, u, _ in found] == ["AUD", "AUD"]
    assert all("'Tasmania'" in (note or "") for _, _, note in found)


@pytest.mark.parametrize("text", [
    "BUDGET AT A GLANCE\n\n* Deficit: $1.1 billion",  # a headline in capitals naming no place
    "SYDNEY - The company raised $40 million.",  # a dateline, no headline: as before
])
def test_capitals_without_a_place_change_nothing(text: str) -> None:
    assert {u for _, u, _ in _money(text)} == {"USD"}


@given(st.sampled_from(["Queensland", "Ontario", "Manitoba", "Tasmania"]),
       st.sampled_from(["BUDGET", "FACT BOX", "AT A GLANCE"]))
def test_a_capital_headline_reads_as_its_title_case(place: str, rest: str) -> None:
    # Law: a headline in capitals reads the places its sentence-case form reads.
    body = "\n\nThe deficit is $2 billion."
    upper = _money(f"{place.upper()} {rest}{body}")
    titled = _money(f"{place} {rest.lower()}{body}")
    assert [u for _, u, _ in upper] == [u for _, u, _ in titled]


@pytest.mark.parametrize("text,unit,value", [
    ("The Australian dollar slipped US0.4c overnight.", "USD", "0.004"),
    ("The kiwi gained US1.2c on the week.", "USD", "0.012"),
    ("Brent fell HK50c in Hong Kong trade.", "HKD", "0.50"),
])
def test_cents_glued_after_a_dollars_letters(text: str, unit: str, value: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.unit, str(m.value)) == (unit, value)
    assert m.assumed is None  # the letters name the dollar: nothing assumed


@pytest.mark.parametrize("text", ["The A50c grade was sold.", "Orders for US50 jets rose."])
def test_one_letter_or_no_cents_is_no_such_amount(text: str) -> None:
    assert _money(text) == []
