"""Session 21 (pairs21): what a cause names, measured on every labelled pair.

A round rate is the day's rate rounded, not any round number near it; several rival causes
are named by what tells them apart; a stale rate names its source. Sentences written here.
"""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import check
from moneyfacts.causes import ROUND_GAP, _round_rate_near


def _one(text: str, date: str):  # type: ignore[no-untyped-def]
    findings = [f for f in check(text, date=date).findings if f.subject == "equivalent"]
    assert len(findings) == 1, findings
    return findings[0]


def test_a_round_number_that_is_no_rounding_of_the_days_rate_is_no_round_rate() -> None:
    """3.3 dollars a dinar is 2% from the day's 3.236 but no rounding of it (3.2 is): the
    figure stays a slip with no named cause, not 'a round rate'."""
    f = _one("The fund holds 610 million Kuwaiti dinars ($2.013 billion).", "2023-09-18")
    assert f.verdict == "inconsistent" and f.cause is not None
    assert f.cause.kind == "unexplained", f.cause.detail
    assert "+2.0%" in f.cause.detail


def test_a_round_rate_is_the_nearest_rounding_whatever_the_gap_allows() -> None:
    """Every round rate named is one of the day's rate's own roundings (one or two figures)
    and within ROUND_GAP of it; 150 yen is no rounding of 143.5 though only 4.5% away."""
    day = Decimal("143.5")
    assert _round_rate_near((Decimal("149"), Decimal("151")), day, "USD", "JPY", None) is None
    near = _round_rate_near((Decimal("139"), Decimal("141")), day, "USD", "JPY", None)
    assert near is not None and near[0] == Decimal(140)
    assert abs(near[0] / day - 1) <= ROUND_GAP
    # 4 zlotys to the euro when the fixing is 4.16: the fixing rounded to one figure.
    f = _one("The grant is EUR 3,125 (PLN 12,500).", "2014-06-20")
    assert f.cause is not None and f.cause.kind == "round_rate", f.explanation
    assert "round 4 PLN per EUR" in f.cause.detail


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
