"""The money a text reads, as the tests of the news helpers compare it: (text, unit, assumed)
for each money mention of :func:`moneyfacts.extract` (tests/test_news20.py, test_news21.py)."""

from __future__ import annotations

from moneyfacts import extract
from moneyfacts.conventions import Conventions


def money(text: str, conventions: Conventions | None = None) -> list[tuple[str, str | None, str | None]]:
    """Each money mention of ``text`` as (text, unit, assumed), read with ``conventions``."""
    return [(m.text, m.unit, m.assumed) for m in extract(text, conventions=conventions).mentions
            if m.kind == "money"]
