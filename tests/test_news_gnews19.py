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
