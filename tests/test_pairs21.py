"""Session 21 (pairs21): what a cause names, measured on every labelled pair.

Several rival causes are named by what tells them apart; a stale rate names its source.
Sentences written here.
"""

from __future__ import annotations

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
