"""Stated equivalents as written in news copy (session 17, pairs held-out set): 'approx'
without its point is a qualifier, a bracketed equivalent may open with 'currently' or its
peers in other languages, and an original the text calls approximate has ambiguous
trailing zeros. Examples are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.tolerance import _source
from moneyfacts.verify import check_pair

parse = moneyfacts.parse


# --- 'approx' with or without its point --------------------------------------------------


@pytest.mark.parametrize("text", ["approx Rs 4,000 crore", "approx. Rs 4,000 crore",
                                  "approx $12 million", "approx 300 euros"])
def test_approx_is_a_qualifier_with_or_without_the_point(text: str) -> None:
    q = parse(text)
    assert q.qualifier == "approx"
    assert q.value == parse(text.split(" ", 1)[1]).value


def test_a_bracket_opened_by_approx_links_the_pair() -> None:
    r = moneyfacts.check("The railway deal of $2 billion (approx Rs 14,600 crore) was signed.",
                         date="2019-03-01")
    [f] = [f for f in r.findings if f.subject == "equivalent"]
    assert (f.original.unit, f.stated.unit) == ("USD", "INR")
    assert f.stated.value == Decimal("146000000000")
    assert f.stated.qualifier == "approx"


# --- a bracketed equivalent opened by 'currently' ----------------------------------------


@pytest.mark.parametrize(("text", "locale", "units"), [
    ("The group paid $250 billion (currently about €230 billion) for its rival.", None,
     ("USD", "EUR")),
    ("Der Konzern zahlte 250 Milliarden Dollar (aktuell rund 230 Milliarden Euro).", "auto",
     ("USD", "EUR")),
    ("Der Konzern zahlte 250 Milliarden Dollar (derzeit etwa 230 Milliarden Euro).", "auto",
     ("USD", "EUR")),
    ("Le groupe a payé 250 milliards de dollars (actuellement environ 230 milliards "
     "d'euros).", "auto", ("USD", "EUR")),
    ("De groep betaalde 250 miljard dollar (omgerekend 230 miljard euro).", "auto",
     ("USD", "EUR")),
    ("El grupo pagó 250.000 millones de dólares (actualmente unos 230.000 millones de "
     "euros).", "auto", ("USD", "EUR")),
])
def test_currently_opens_a_bracketed_equivalent(text: str, locale: str | None,
                                                units: tuple[str, str]) -> None:
    r = moneyfacts.check(text, date="2016-06-01", locale=locale)
    found = [f for f in r.findings if f.subject == "equivalent"]
    assert [(f.original.unit, f.stated.unit) for f in found] == [units]
    assert found[0].stated.value == Decimal("230000000000")


@pytest.mark.parametrize("text", [
    "Revenue was $5 billion. Currently €4 billion is held in reserve.",
    "Sales reached $5 billion, currently the best in the trade.",
    "The fund holds $5 billion and currently lends €4 billion a year.",
])
def test_currently_elsewhere_links_nothing(text: str) -> None:
    r = moneyfacts.check(text, date="2016-06-01")
    assert [f for f in r.findings if f.subject == "equivalent"] == []


# --- an approximate original: its trailing zeros are rounding ----------------------------


def test_an_approximate_round_original_may_stand_for_the_figure_converted() -> None:
    # Rs 4,000 crore at 73.0 rupees a dollar is $548 million; $543 million converts about
    # Rs 3,965 crore: the text rounds the figure it converted and says so.
    about = moneyfacts.check("The utility signed a contract of about Rs 4,000 crore "
                             "($543 million) for the plant.", date="2021-01-22")
    exact = moneyfacts.check("The utility signed a contract of Rs 4,000 crore "
                             "($543 million) for the plant.", date="2021-01-22")
    assert about.findings[0].verdict == "consistent"
    assert exact.findings[0].verdict == "inconsistent"


@pytest.mark.parametrize(("text", "low", "high"), [
    ("approximately Rs 1,200 crore", "11950000000", "12050000000"),  # three digits kept
    ("roughly 100 billion yuan", "99500000000", "100500000000"),      # no wider: 3 digits
    ("about 2,000 million euros", "1995000000", "2005000000"),
    ("about 45 million euros", "44500000", "45500000"),
])
def test_about_rounds_an_original_to_three_digits(text: str, low: str, high: str) -> None:
    assert _source(parse(text)) == [(Decimal(low), Decimal(high))]


def test_an_approximate_original_does_not_hide_a_slip() -> None:
    r = moneyfacts.check("The utility signed a contract of about Rs 4,000 crore "
                         "($5.43 billion) for the plant.", date="2021-01-22")
    f = r.findings[0]
    assert f.verdict == "inconsistent"
    assert f.cause is not None and f.cause.kind == "magnitude_slip"


@given(st.integers(min_value=1, max_value=999), st.sampled_from([0, 1, 2, 3]),
       st.sampled_from(["million euros", "billion yuan", "crore rupees"]))
def test_about_only_widens_the_original(units: int, zeros: int, unit: str) -> None:
    """Law: 'about' before an original never narrows the interval it stands for, and keeps
    its value inside; without trailing zeros the interval is what the written digits give."""
    figure = f"{units * 10 ** zeros} {unit}"
    plain, about = parse(figure), parse(f"about {figure}")
    assert plain.value == about.value
    [(plo, phi)] = _source(plain)
    [(alo, ahi)] = _source(about)
    assert alo <= plo <= plain.value <= phi <= ahi
    if units % 10 and zeros == 0:  # no trailing zero: half a unit of the last digit
        assert ahi - alo == plain.precision


@given(st.integers(min_value=11, max_value=99), st.integers(min_value=1, max_value=99))
def test_about_never_turns_a_consistent_pair_inconsistent(n: int, m: int) -> None:
    """Law: a pair the plain original makes consistent stays consistent under 'about'."""
    stated = parse(f"${m}.{n % 10} million")
    plain = check_pair(parse(f"{n}0 million yuan"), stated, date="2019-05-06")
    about = check_pair(parse(f"about {n}0 million yuan"), stated, date="2019-05-06")
    if plain.verdict == "consistent":
        assert about.verdict == "consistent"
