"""Session 21 (pairs21): what a cause names, measured on every labelled pair.

Several rival causes are named by what tells them apart; a stale rate names its source.
Sentences written here.
"""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import check


def _one(text: str, date: str):  # type: ignore[no-untyped-def]
    findings = [f for f in check(text, date=date).findings if f.subject == "equivalent"]
    assert len(findings) == 1, findings
    return findings[0]


def test_rivals_are_named_by_what_tells_them_apart() -> None:
    """A pair many causes fit is unexplained, and the detail names each rival: the factor
    of the magnitude slip, the other currency's code."""
    f = _one("The plan caps spending at around one trillion Egyptian pounds "
             "(1.3 billion dollars).", "2024-04")
    assert f.verdict == "inconsistent" and f.cause is not None and f.cause.kind == "unexplained"
    assert f.cause.detail.startswith("no one slip explains it clearly (-93.8%"), f.cause.detail
    assert "a slip of magnitude (10 times)" in f.cause.detail
    assert "fit about as well" in f.cause.detail and "wrong currency" not in f.cause.detail


def test_a_stale_rate_names_its_source() -> None:
    """The rate an old figure fits is named with its day and its source."""
    f = _one("The group trimmed its budget to 475 billion yen ($3.115 billion).", "2025-05-24")
    assert f.cause is not None and f.cause.kind == "stale_rate"
    assert "(152.344 JPY per USD, ECB)" in f.cause.detail, f.cause.detail
    assert str(f.cause.date) == "2025-02-11"


def test_a_stale_rate_just_outside_the_band_leaves_the_pair_inconsistent() -> None:
    """A stale rate 3.0% from the day's in crowns per dollar is 3.1% in dollars per crown,
    outside a ±3.07% band: the pair (beyond the band and its precision) is no newsroom's
    rate of the day, whichever way the gap is shown. It was judged consistent."""
    f = _one("The company will spend 253 million Swedish crowns ($33.093 million) on two "
             "plants.", "2010-06-11")
    assert f.band is not None and f.band < Decimal("0.031")
    assert f.verdict == "inconsistent" and f.cause is not None and f.cause.kind == "stale_rate"
    assert "-3.0% from the day's" in f.cause.detail


def test_an_undated_pair_names_the_rates_it_was_searched_in() -> None:
    """With no article date, the dates that fit are named with the rates' source, and a pair
    no date fits names the span of the data searched."""
    fits = check("It invests 650 billion zloty (160.3 billion U.S. dollars).", date=None)
    assert "with no article date, at the ECB rates: consistent only from " in \
        fits.findings[0].explanation
    never = check("It invests 650 billion zloty (16.03 U.S. dollars).", date=None).findings[0]
    assert never.verdict == "inconsistent"
    assert never.explanation.startswith("no date in the rate data (ECB, 1999-01-04 to ")


def test_another_currencys_rate_is_named_with_its_source_and_day() -> None:
    """A figure that fits another currency names that rate as published: value, source,
    day (here the Danish crown's, for a figure in Norwegian kroner: 'kr' is shared)."""
    f = _one("The Oslo firm paid 10 billion kroner ($1.45 billion).", "2024-03-01")
    assert f.cause is not None and (f.cause.kind, f.cause.currency) == ("wrong_currency", "DKK")
    assert "the DKK rate (6.89383 DKK per USD, ECB, 2024-03-01), not the NOK rate" in \
        f.cause.detail, f.cause.detail


def test_a_stale_note_names_the_days_rate_it_is_measured_from() -> None:
    """A consistent figure that fits an older rate of the window says how far that rate is
    from the day's, and names the day's rate, its source and date (the head names the
    judging rate, which may be the business day before's)."""
    f = _one("The fund of 2.76 trillion won ($1.92 billion) was approved.", "2025-05-02")
    assert f.verdict == "consistent" and f.cause is not None and f.cause.kind == "stale_rate"
    assert "from the day's 1397.73 KRW per USD (ECB, 2025-05-02), within the band" in \
        f.cause.detail, f.cause.detail
