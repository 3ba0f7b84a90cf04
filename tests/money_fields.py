"""The money a text reads, as the tests of the news helpers compare it: (text, unit, assumed)
for each money mention of :func:`moneyfacts.extract` (tests/test_news20.py, test_news21.py);
(unit, value, assumed) and the skipped texts read on a date (test_local_press21.py, 22);
(value, unit) read in a locale (test_asia22.py, test_asia23.py)."""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import extract
from moneyfacts.conventions import Conventions


def money(text: str, conventions: Conventions | None = None) -> list[tuple[str, str | None, str | None]]:
    """Each money mention of ``text`` as (text, unit, assumed), read with ``conventions``."""
    return [(m.text, m.unit, m.assumed) for m in extract(text, conventions=conventions).mentions
            if m.kind == "money"]


def dated_money(text: str, date: str = "2025-03-01") -> list[tuple[str | None, Decimal | None, str | None]]:
    """Each money mention of ``text`` read on ``date`` as (unit, value, assumed)."""
    ex = extract(text, conventions=Conventions(date=date))
    return [(m.unit, m.value, m.assumed) for m in ex.mentions if m.kind == "money"]


def dated_skipped(text: str, date: str = "2025-03-01") -> list[str]:
    """The texts ``text`` skips, read on ``date``."""
    return [s.text for s in extract(text, conventions=Conventions(date=date)).skipped]


def valued_money(text: str, locale: str | None) -> list[tuple[Decimal | None, str | None]]:
    """Each money mention of ``text`` read in ``locale`` as (value, unit)."""
    return [(m.value, m.unit) for m in extract(text, locale=locale).mentions if m.kind == "money"]
