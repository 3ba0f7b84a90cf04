"""Session 18, business copy (company results, deals, listings) and the shared '$'.

* Australian and New Zealand copy writes the US dollar '$US' ('$US12.6 billion'): prefixed as
  'US$' is, so the bare '$' beside it is the local dollar of the places the text names.
* A local dollar written prefixed only as the stated equivalent of a US-dollar amount
  ('US$1.48 billion (C$1.97 billion)', '$US4.87 billion ($A7.25 billion)') says nothing of
  the writer's bare '$'; one standing alone ('raised C$900 million and US$600 million')
  still leaves the bare sign open.
* A place of a country that writes no '$', hyphen-joined to a [seat] word ('London-based',
  'Tokyo-listed'), says where a party sits, not where the story is: it no longer outweighs
  the local places beside a written US dollar, nor blocks the publisher's dollar. A seat in
  a dollar's territory ('Houston-based') still counts: it may be the story's own company's.
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
    ("The Winnipeg insurer, a unit of Tokyo-based Sumitomo Life, earned US$90 million and "
     "paid $40 million in claims.", "CAD"),
    ("The Perth miner, controlled by London-listed Anglo Mining, earned $US300 million and "
     "put $45 million into exploration.", "AUD"),
])
def test_a_foreign_seat_does_not_outweigh_the_local_places(text: str, local: str) -> None:
    got = _money(text)
    assert got[-1][1] == local
    assert got[-1][2] is not None and "only says where a party sits" in got[-1][2]


def test_a_foreign_seat_does_not_block_the_publishers_dollar() -> None:
    conv = Conventions(date="2023-05-01").with_territory(("AU", "address ends .au"))
    got = _money("London-based Rio Tinto will spend $2 billion on a new iron ore mine.", conv)
    assert got[0][1] == "AUD" and "publisher" in (got[0][2] or "")
    # a place of another dollar territory still does
    got = _money("London-based Rio Tinto will spend $2 billion, its Montreal office said.", conv)
    assert got[0][1] == "USD"


def test_a_seat_in_a_dollar_territory_still_counts() -> None:
    # It may be the home of the story's own company ('the Calgary-based company'):
    # the United States' seat keeps arguing for its dollar.
    got = _money("Loblaw will sell its pharmacy unit to Houston-based Acme Corp. for $500 "
                 "million, the Toronto company said.")
    assert got[0][1] == "USD"


def test_the_seat_words_live_in_the_lexicon() -> None:
    from moneyfacts.resolve import _seat_words

    assert {"based", "listed", "headquartered"} <= _seat_words()


def _foreign_capitals() -> list[str]:
    """Capitals (the gazetteer's) of territories whose money is no dollar."""
    from moneyfacts.evidence import tender
    from moneyfacts.resolve import _local_dollars, family

    dollars = family("dollar") | _local_dollars("en")
    return sorted(p for p, (t, k) in gazetteer("en").phrases.items()
                  if k == "capital" and p.isalpha() and len(p) > 4
                  and not any(d in dollars for d in tender(t)))[:60]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_foreign_capitals() or ["London"]),
       st.sampled_from([("Winnipeg", "CAD"), ("Perth", "AUD"), ("Christchurch", "NZD")]))
def test_law_a_foreign_seat_never_makes_the_local_dollar_less_likely(capital: str, home: tuple[str, str]) -> None:
    town, _ = home
    plain = f"The {town} lender earned US$90 million and set aside $40 million."
    seated = (f"The {town} lender, a unit of a {capital}-based bank, earned US$90 million and "
              f"set aside $40 million.")
    want = _money(plain)[-1][1]
    assert _money(seated)[-1][1] == want


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


# ------------------------------------------------------- glued cents follow the text's dollar

@pytest.mark.parametrize("text,unit", [
    ("Shares of the Canadian miner slipped 14c to $6.02 in Toronto, Ontario.", "CAD"),
    ("The Brisbane lender's stock gained 7c to A$3.10.", "AUD"),
    ("Its units eased 2c to S$1.88 after the results.", "SGD"),
])
def test_glued_cents_are_the_hundredths_of_the_texts_dollar(text: str, unit: str) -> None:
    got = _money(text)
    assert [u for _, u, _ in got] == [unit, unit]


def test_glued_cents_beside_a_us_dollar_stay_us() -> None:
    got = _money("Shares slipped 14c to $6.02 on the New York Stock Exchange.")
    assert [u for _, u, _ in got] == ["USD", "USD"]
