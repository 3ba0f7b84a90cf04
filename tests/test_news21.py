"""news21 (session 21): causes found on a held-out set of mainstream and business English news.

* A state broadcaster is named with its country ('Radio Pakistan', 'Radio Nepal',
  'Television Jamaica'): the lexicon's [firm-word] 'radio' and 'television' make that country
  a place of the text, as 'Statistics Mauritius' does, where it names no other.
* More markets' exchange and index names that copy writes for one market only ([exchange]:
  'SL20', 'All Share Price Index', 'NEPSE', 'EGX30', 'TTSE', 'OMXS30', 'DFM' ...) place a
  shared sign's story.
* A country's own name in its official languages (CLDR: 'Pilipinas', 'Norge', 'Tunisie',
  'Suisse'), as English copy writes it in its institutions' names ('Bangko Sentral ng
  Pilipinas'), is a place of the text; a given name ('Maurice') is not.
* The Iraqi and Yemeni press write their money 'ID' and 'YR' ('ID1 trillion', 'YR 9,000'):
  read where the text's places say Iraq or Yemen, else refused ('ID' is an identifier too).
* A currency's name right after a bare '$' amount names it ('$120 billion pesos'): the name's
  candidates are weighed against the text's places, else refused; never the US dollar.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.conventions import Conventions

from money_fields import money as _money


# ---------------------------------------------------------------- a state broadcaster

@pytest.mark.parametrize("text,unit,place", [
    ("Lawmakers approved an outlay of Rs18.2 trillion for the year, state-run Radio Pakistan "
     "reported.", "PKR", "Pakistan"),
    ("The cabinet set aside Rs 40 billion for the highway, Radio Nepal said on Sunday.",
     "NPR", "Nepal"),
])
def test_a_state_broadcaster_places_the_story(text: str, unit: str, place: str) -> None:
    (written, read, note), = _money(text)
    assert read == unit
    assert note is not None and repr(place) in note


def test_a_broadcaster_of_no_country_is_no_place() -> None:
    (_, pakistan, _), = _money("Profit was Rs 5 billion, Radio Pakistan said.")
    (_, free_europe, note), = _money("Profit was Rs 5 billion, Radio Free Europe said.")
    assert pakistan == "PKR"
    assert free_europe == "INR" and note is not None and "newsroom default" in note


# ---------------------------------------------------------------- an index of one market

@pytest.mark.parametrize("text,unit,name", [
    ("Turnover reached Rs. 3.9 billion while the S&P SL20 shed 12 points.", "LKR", "SL20"),
    ("The All Share Price Index rose as Rs 1.2 billion changed hands.", "LKR",
     "All Share Price Index"),
    ("The NEPSE index gained 30 points on turnover of Rs 6 billion.", "NPR", "NEPSE"),
    ("The EGX30 fell 2% after the bank raised 4 billion pounds.", "EGP", "EGX30"),
    ("The TTSE-listed group booked a profit of $410 million for the year.", "TTD", "TTSE"),
    ("The OMXS30 rose 1% after the lender earned kr 6 billion.", "SEK", "OMXS30"),
    ("The DFM index climbed after the developer booked Dh2.5 billion in sales.", "AED", "DFM"),
])
def test_an_index_of_one_market_places_the_story(text: str, unit: str, name: str) -> None:
    (_, read, note), = _money(text)
    assert read == unit
    assert note is not None and repr(name) in note


# ---------------------------------------------------------------- a country's own name

@pytest.mark.parametrize("text,unit,name", [
    ("The Bangko Sentral ng Pilipinas said lenders earned P120 billion in the half.", "PHP",
     "Pilipinas"),
    ("The Banque centrale de Tunisie put reserves at 24 billion dinars.", "TND", "Tunisie"),
    ("A Sverige-focused fund raised kr 3 billion from pension savers.", "SEK", "Sverige"),
])
def test_a_countrys_own_name_places_the_story(text: str, unit: str, name: str) -> None:
    (_, read, note), = _money(text)
    assert read == unit
    assert note is not None and repr(name) in note
    # a given name in its place ('Maurice', also Mauritius's French name) places nothing
    assert all(n is None or "Maurice" not in n for _, _, n in _money(text.replace(name, "Maurice")))


# ---------------------------------------------------------------- 'ID' and 'YR'

@pytest.mark.parametrize("text,value,unit,place", [
    ("Baghdad set aside ID2 trillion for the new port.", "2000000000000", "IQD", "Baghdad"),
    ("The Iraqi cabinet approved ID 450 billion for salaries.", "450000000000", "IQD", "Iraqi"),
    ("In Aden, a sack of flour sold for YR15,000 last week.", "15000", "YER", "Aden"),
    ("Yemen's central bank printed YR 200 billion in new notes.", "200000000000", "YER", "Yemen"),
])
def test_iraqi_and_yemeni_press_signs(text: str, value: str, unit: str, place: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.value, m.unit) == (Decimal(value), unit)
    assert m.assumed is not None and repr(place) in m.assumed


@pytest.mark.parametrize("text,placed", [
    ("Her staff ID 4471 expired in March.", "Baghdad set aside ID2 trillion for the port."),
    ("The port will cost ID2 trillion, the minister said.",
     "The Iraqi port will cost ID2 trillion, the minister said."),
    ("The YR 2024 figures were revised.", "In Sanaa the YR 2024 budget was YR 3 trillion."),
])
def test_id_and_yr_without_their_country_are_no_money(text: str, placed: str) -> None:
    assert _money(text) == []
    assert [unit for _, unit, _ in _money(placed)] in (["IQD"], ["YER"])  # never the year


# ---------------------------------------------------------------- a name after '$'

def test_a_peso_name_after_a_bare_dollar_sign_names_the_currency() -> None:
    ex = extract("The Mexican railway will receive $95 billion pesos ($4.8 billion USD) next year.")
    first, second = [m for m in ex.mentions if m.kind == "money"]
    assert (first.text, first.value, first.unit) == ("$95 billion pesos", Decimal("95000000000"), "MXN")
    assert first.assumed is not None and "'Mexican'" in first.assumed
    assert (second.value, second.unit) == (Decimal("4800000000"), "USD")
    assert len(ex.equivalences) == 1


def test_a_shared_name_after_a_bare_dollar_sign_with_no_place_is_refused() -> None:
    ex = extract("The railway will receive $95 billion pesos next year.")
    assert [m for m in ex.mentions if m.kind == "money"] == []
    (skipped,) = ex.skipped
    assert "MXN" in skipped.reason and "PHP" in skipped.reason and "USD" not in skipped.reason


def test_the_dollar_name_after_a_dollar_sign_changes_nothing() -> None:
    (_, dollars, _), = _money("He paid $5 million dollars for the house.")
    (_, pesos, _), = _money("He paid $5 million pesos for the house in Mexico City.")
    assert (dollars, pesos) == ("USD", "MXN")
