"""Stated equivalents, held-out round 5 (pairs20): the three policy decisions, each measured on
every labelled held-out pair (pairs15-20 and ../shared/real). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from moneyfacts import check, parse
from moneyfacts.tolerance import ORIGINAL_ROUNDING, _source
from moneyfacts.verify import JUDGING_FIXINGS, check_pair


def _equivalents(text: str, date: str) -> list:
    return [f for f in check(text, date=date).findings if f.subject == "equivalent"]


# --- a weekend article is judged by the last two fixings, as a weekday one is --------------

def test_a_saturday_article_is_judged_by_fridays_and_thursdays_fixings() -> None:
    # 51.7bn Canadian dollars in pounds: Thursday's rate gives 24.1bn, Friday's 1.5% less.
    f, = _equivalents("The buyers will pay 51.7bn Canadian dollars (£24.1bn) for the carrier.",
                      "2007-06-30")
    assert JUDGING_FIXINGS == 2
    assert f.verdict == "consistent"
    assert {r.date for r in f.rate} == {dt.date(2007, 6, 28), dt.date(2007, 6, 29)}


def test_a_weekday_article_still_takes_the_day_and_the_business_day_before() -> None:
    f, = _equivalents("The buyers will pay 51.7bn Canadian dollars (£24.1bn) for the carrier.",
                      "2007-07-03")
    assert {r.date for r in f.rate} == {dt.date(2007, 7, 2), dt.date(2007, 7, 3)}


_WEEKENDS = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2024, 12, 31)).filter(
    lambda d: d.weekday() >= 5)


@settings(max_examples=20, deadline=None)
@given(_WEEKENDS)
def test_a_weekend_day_judges_as_the_friday_before_it(day: dt.date) -> None:
    """Law: no fixing is made on a weekend, so a Saturday's or a Sunday's article is judged by
    the very rates of the Friday before it (verdict and rates alike)."""
    friday = day - dt.timedelta(days=day.weekday() - 4)
    a, b = parse("€250 million"), parse("$300 million")
    on_weekend = check_pair(a, b, date=day)
    on_friday = check_pair(a, b, date=friday)
    assert on_weekend.verdict == on_friday.verdict
    assert {r.date for r in on_weekend.rate} == {r.date for r in on_friday.rate}


# --- a written original's own rounding counts at most 2.5% of it ----------------------------

def test_a_two_digit_original_from_10_to_19_no_longer_hides_a_seven_percent_slip() -> None:
    # $12 billion was about KES 1.93 trillion that day; 1.8 trillion is the rate of 150.
    f, = _equivalents("The lender will provide $12 billion (KES 1.8 trillion) over three years.",
                      "2024-01-22")
    assert f.verdict == "inconsistent" and f.cause is not None
    right, = _equivalents("The lender will provide $12 billion (KES 1.9 trillion) over three "
                          "years.", "2024-01-22")
    assert right.verdict == "consistent"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10, max_value=99), st.sampled_from(["million", "billion"]))
def test_the_originals_rounding_is_half_a_unit_capped_at_the_share(n: int, word: str) -> None:
    """Law: a whole two-digit original stands for half a unit of its last digit either way,
    but never more than ORIGINAL_ROUNDING of itself (only 10-19 are capped)."""
    q = parse(f"${n} {word}")
    assert q.value is not None
    (lo, hi), = _source(q)
    half = (hi - lo) / 2
    unit = q.value / n
    assert half == min(unit / 2, q.value * ORIGINAL_ROUNDING)
    assert (half < unit / 2) == (n < 20)


def test_about_keeps_the_originals_whole_rounding() -> None:
    q = parse("about $12 billion")
    (lo, hi), = _source(q)
    assert hi - lo == Decimal("1E9")


# --- a printed rate line that its figures and the market disagree with ---------------------

def test_a_figure_on_the_days_market_is_consistent_when_its_rate_line_is_not() -> None:
    text = ("The agency approved projects worth 21.15 billion baht ($643 million) on Thursday. "
            "($1 = 32.51 baht)")
    f, = _equivalents(text, "2014-12-25")
    assert f.verdict == "consistent"
    assert "32.51" in f.explanation and "printed rate" in f.explanation


def test_a_figure_neither_its_rate_line_nor_the_market_gives_is_still_a_slip() -> None:
    text = ("The agency approved projects worth 21.15 billion baht ($700 million) on Thursday. "
            "($1 = 32.51 baht)")
    f, = _equivalents(text, "2014-12-25")
    assert f.verdict == "inconsistent" and f.cause is not None
    assert f.cause.kind == "contradicts_stated_rate"


def test_a_figure_its_rate_line_gives_is_judged_by_it_as_before() -> None:
    text = ("The agency approved projects worth 21.15 billion baht ($650.6 million) on "
            "Thursday. ($1 = 32.51 baht)")
    f, = _equivalents(text, "2014-12-25")
    assert f.verdict == "consistent" and "article's own rate" in f.explanation
