"""Session 18, business copy (company results, deals, listings) and the shared '$'.

* Australian and New Zealand copy writes the US dollar '$US' ('$US12.6 billion'): prefixed as
  'US$' is, so the bare '$' beside it is the local dollar of the places the text names.
* A local dollar written prefixed only as the stated equivalent of a US-dollar amount
  ('US$1.48 billion (C$1.97 billion)', '$US4.87 billion ($A7.25 billion)') says nothing of
  the writer's bare '$'; one standing alone ('raised C$900 million and US$600 million')
  still leaves the bare sign open.
* A place hyphen-joined to a [seat] word ('Houston-based', 'London-listed') says where a
  party sits, not where the story is: it no longer argues against the local dollar of the
  places the text names otherwise.
* A bracketed '$' after a US-dollar amount is no agency conversion into US dollars: the
  publisher's territory may read it.
* A shared sign's bracketed restatement rounded to the digits it writes ('Rs 204.17 crore
  (Rs 2.04 billion)') is the same amount, read, not refused as another currency.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.conventions import Conventions
from moneyfacts.evidence import gazetteer


def _money(text: str, conventions: Conventions | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.unit, m.assumed) for m in extract(text, conventions=conventions).mentions
            if m.kind == "money"]


def _skipped(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.reason) for s in extract(text).skipped]


# ------------------------------------------------------------- '$US': the US dollar prefixed

def test_dollar_us_makes_the_bare_sign_the_local_dollar() -> None:
    text = ("The Brisbane grocer lifted its half-year profit to $US1.4bn ($2.1bn), and its "
            "shares rose to $31.20.")
    got = _money(text)
    assert [(t, u) for t, u, _ in got] == [("$US1.4bn", "USD"), ("$2.1bn", "AUD"), ("$31.20", "AUD")]
    assert got[1][2] is not None and "'$US1.4bn'" in got[1][2] and "'Brisbane'" in got[1][2]


def test_dollar_us_with_a_space_is_the_us_dollar_prefixed() -> None:
    got = _money("The Christchurch dairy firm earned $US 40 million and paid out $12 million.")
    assert [u for _, u, _ in got] == ["USD", "NZD"]


# ---------------------------------------------- a prefixed local dollar stating an equivalent

@pytest.mark.parametrize("text,local", [
    ("The Edmonton pipeline firm will pay US$2 billion (C$2.7 billion) for the line; its "
     "shares fell 35 cents to $41.10.", "CAD"),
    ("The Adelaide explorer posted a loss of $US80 million ($A118 million), and its shares "
     "slid 4 cents to $1.12.", "AUD"),
    ("The Adelaide explorer posted a loss of $A118 million ($US80 million), and its shares "
     "slid 4 cents to $1.12.", "AUD"),
])
def test_a_local_dollar_prefixed_only_in_a_pair_leaves_the_bare_sign_local(text: str, local: str) -> None:
    got = _money(text)
    assert [u for _, u, _ in got][-2:] == [local, local]


def test_a_local_dollar_prefixed_alone_still_leaves_the_bare_sign_open() -> None:
    text = ("The Montreal insurer raised C$400 million and US$250 million, and booked $30 "
            "million in charges.")
    skipped = _skipped(text)
    assert [t for t, _ in skipped] == ["$30 million"]
    assert "CAD, USD" in skipped[0][1]


# -------------------------------------------------------- '-based': where a party sits

@pytest.mark.parametrize("text,local", [
    ("Canadian retailer Metro will sell its warehouse arm to Denver-based Prologis for $900 "
     "million, the Montreal company said.", "CAD"),
    ("New Zealand's largest dairy exporter sold a plant to Chicago-based Kraft for $250 "
     "million, the Auckland firm said.", "NZD"),
    ("The Perth miner, controlled by London-listed Anglo Mining, earned $US300 million and "
     "put $45 million into exploration.", "AUD"),
])
def test_a_foreign_seat_does_not_argue_against_the_local_dollar(text: str, local: str) -> None:
    got = _money(text)
    assert got[-1][1] == local
    assert got[-1][2] is not None and "only says where a party sits" in got[-1][2]


def test_a_seat_named_alone_still_counts() -> None:
    # No other place: 'Houston-based' is all the text says of where the story is.
    got = _money("Houston-based Acme Energy will spend $500 million on new wells.")
    assert got[0][1] == "USD"


def test_the_seat_words_live_in_the_lexicon() -> None:
    from moneyfacts.resolve import _seat_words

    assert {"based", "listed", "headquartered"} <= _seat_words()


def _us_metropolises() -> list[str]:
    return sorted(p for p, (t, k) in gazetteer("en").phrases.items()
                  if t == "US" and k == "metropolis" and p.isalpha())[:40]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_us_metropolises() or ["Houston"]),
       st.sampled_from([("Canadian", "Toronto", "CAD"), ("Australian", "Melbourne", "AUD"),
                        ("New Zealand", "Wellington", "NZD")]))
def test_law_a_foreign_seat_never_changes_the_local_reading(city: str, home: tuple[str, str, str]) -> None:
    adjective, town, _ = home
    plain = f"The {adjective} lender will buy a payments unit for $75 million, the {town} bank said."
    seated = (f"The {adjective} lender will buy a payments unit from a {city}-based rival for "
              f"$75 million, the {town} bank said.")
    assert [u for _, u, _ in _money(seated)] == [u for _, u, _ in _money(plain)]


# ------------------------------------------- a bracketed '$' after a US-dollar amount, publisher

def test_the_publisher_reads_a_bracketed_dollar_after_a_us_dollar_amount() -> None:
    text = "The miner posted a record profit of $US9.1 billion ($12.7 billion) for the half."
    alone = _money(text)
    assert alone[1][1] == "USD"  # no place: the caller's dollar, assumed
    conv = Conventions(date="2022-02-15").with_territory(("AU", "address ends .au"))
    got = _money(text, conv)
    assert [(t, u) for t, u, _ in got] == [("$US9.1 billion", "USD"), ("$12.7 billion", "AUD")]
    assert got[1][2] is not None and "publisher" in got[1][2]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 900), st.integers(1, 900), st.sampled_from(["US$", "$US", "U.S.$"]),
       st.sampled_from([("AU", "AUD"), ("CA", "CAD"), ("NZ", "NZD")]))
def test_law_a_dollar_stating_a_us_dollar_amount_is_never_read_as_it(
        a: int, b: int, us: str, where: tuple[str, str]) -> None:
    conv = Conventions(date="2021-06-30").with_territory((where[0], "address"))
    got = _money(f"The group earned {us}{a} million (${b} million) last year.", conv)
    assert [u for _, u, _ in got] == ["USD", where[1]]


# -------------------------------------------------- a restatement rounded to its own digits

@pytest.mark.parametrize("text", [
    "The refiner earned Rs 318.46 crore (Rs 3.18 billion) in the quarter.",
    "The refiner earned Rs 3.2 billion (Rs 318.46 crore) in the quarter.",
])
def test_a_rounded_restatement_is_the_same_amount(text: str) -> None:
    got = _money(text)
    assert len(got) == 2 and got[0][1] == got[1][1] == "INR"


def test_a_different_amount_in_brackets_is_still_refused() -> None:
    # 1,860 billion is not 1,162.5 billion: the bracket states it in another rupee.
    skipped = _skipped("Nepal's budget of Rs 1,860 billion (Rs 116,250 crore) was passed in Kathmandu.")
    assert [t for t, _ in skipped] == ["Rs 116,250 crore"]
