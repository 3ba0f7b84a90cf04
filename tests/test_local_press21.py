"""Session 21, local English-language press where signs are shared (round 7).

* A crown's own body names its country: 'the Royal Solomon Islands Police Force' places the
  story in the Solomon Islands, though the country stands after a capitalised word.
* ISO 3166-2 names places only in parts: the core two subdivisions share after a compass
  word ('East/West Grand Bahama': 'Grand Bahama') and an island's name without 'Island'
  ('Rodrigues Island': 'Rodrigues') are places; so are the second-level subdivisions
  (Uganda's districts, the Philippines' provinces), weighed as towns.
* A small town named as another country's capital's alias ('Mahé', Victoria's island) names
  no place: not India.
* A country named with its state's own body ('Seychelles Defence Forces', 'Reserve Bank of
  Fiji') weighs more than a passing mention.
* '<place adjective> <shared currency word>' is that territory's money where it is one of the
  word's ('Omani riyals', 'Saudi rials', 'Nepali rupees'): these were not read at all.
* A magnitude run into the next word ('$60 millionfor') refuses the amount.
* A one-letter sign spaced before digits grouped by spaces ('R 57 167 million') is read.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from money_fields import dated_money, dated_skipped

from moneyfacts.evidence import places


_money, _skipped = dated_money, dated_skipped


# ---------------------------------------------------------------- a crown's body

def test_a_royal_police_force_names_its_country() -> None:
    text = ("Guarding the seized boat costs $9,500 a day, an officer of the Royal Solomon "
            "Islands Police Force told reporters.")
    got = _money(text)
    assert [(u, v) for u, v, _ in got] == [("SBD", Decimal(9500))]
    assert "Solomon Islands" in (got[0][2] or "")


def test_another_capitalised_word_before_a_country_stays_a_name() -> None:
    # 'Michael Jordan' is a name, as before; only a crown word opens a state's body
    assert [c.kind for c in places("The guard Michael Jordan spoke.")] == []
    assert [c.territory for c in places("the Royal Bahamas Defence Force")] == ["BS", "BS"]


# ---------------------------------------------------------------- ISO 3166-2 in parts

def test_an_island_split_in_two_districts_is_a_place() -> None:
    got = _money("The new west Grand Bahama road will cost $48m, the contractor said.")
    assert [(u, v) for u, v, _ in got] == [("BSD", Decimal(48_000_000))]


def test_an_island_without_its_word_is_a_place() -> None:
    assert [(c.phrase, c.territory) for c in places("Schools in Rodrigues reopened.")] == [
        ("Rodrigues", "MU")]
    got = _money("Schools in Rodrigues get Rs 40 million for new roofs.")
    assert [(u, v) for u, v, _ in got] == [("MUR", Decimal(40_000_000))]


def test_districts_place_a_story() -> None:
    text = ("The ministry sent Shs 3.2 billion for seedlings in Kiryandongo, Butambala and "
            "Namayingo districts.")
    got = _money(text)
    assert [(u, v) for u, v, _ in got] == [("UGX", Decimal(3_200_000_000))]


def test_a_capital_alias_names_no_indian_town() -> None:
    # 'Mahé' is the Seychelles' main island (geonames: an alias of Victoria), not Puducherry's
    assert [c.territory for c in places("The hotel on Mahé reopened.")] == []


# ---------------------------------------------------------------- a state's own body

def test_a_state_body_places_the_letter_sign() -> None:
    got = _money("The Seychelles Defence Forces will get a new jetty for R13.5 million.")
    assert [(u, v) for u, v, _ in got] == [("SCR", Decimal(13_500_000))]
    # a passing mention of the country still refuses the letter: it may be rand copy
    text = "A week in the Seychelles now costs R30,000 a head, the travel agent said."
    assert _money(text) == []
    assert _skipped(text) == ["R30,000 a head"]


def test_a_central_bank_of_the_country() -> None:
    got = _money("The Central Bank of Seychelles sold R45 million of bills on Tuesday.")
    assert [(u, v) for u, v, _ in got] == [("SCR", Decimal(45_000_000))]


# ---------------------------------------------------------------- adjective names

def test_an_adjective_before_a_shared_currency_word() -> None:
    text = ("The tender board awarded works worth 640 million Omani riyals; a Saudi firm took "
            "12 million Saudi rials of them and a supplier 3 billion Nepali rupees.")
    got = _money(text)
    assert [(u, v, a) for u, v, a in got] == [
        ("OMR", Decimal(640_000_000), None), ("SAR", Decimal(12_000_000), None),
        ("NPR", Decimal(3_000_000_000), None)]
    # the French have no rial: that adjective reads nothing
    assert [u for u, _, _ in _money("It cost 5 million French rials.")] == []


# ---------------------------------------------------------------- no silent wrong number

def test_a_magnitude_run_into_the_next_word_is_refused() -> None:
    text = "The clinic, budgeted at $60 millionfor equipment, opens in May."
    assert _money(text) == []
    assert _skipped(text) == ["$60 millionfor"]
    # a word that starts with a magnitude is read as before
    assert [v for _, v, _ in _money("He became a $60 millionaire overnight.")] == [Decimal(60)]


def test_a_spaced_letter_sign_before_space_grouped_digits() -> None:
    got = _money("The Treasury in Pretoria set aside R 57 167 million for grants.")
    assert [(u, v) for u, v, _ in got] == [("ZAR", Decimal(57_167_000_000))]
