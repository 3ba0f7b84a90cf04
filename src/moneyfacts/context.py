"""Signs settled by context: the resolver's step in the scan, kept under its old name.

The evidence is gathered by :mod:`~moneyfacts.evidence` and weighed by
:mod:`~moneyfacts.resolve`; see there.

>>> from moneyfacts import extract
>>> [m.assumed for m in extract("MANILA - The bank lent P90 billion.").mentions]
["'P' read as PHP: dateline MANILA"]
"""

from __future__ import annotations

from moneyfacts.currencies import Lexicon
from moneyfacts.evidence import dateline, tender
from moneyfacts.resolve import Reading, family, settle

__all__ = ["settle", "family", "Reading"]


def _dateline(text: str, lex: Lexicon) -> tuple[str, tuple[str, ...]] | None:
    """The place a story is datelined and the currencies tender in its territory since 2002,
    or None (``verify`` asks which currencies an article may plausibly use)."""
    clue = dateline(text)
    return None if clue is None else (clue.phrase, tender(clue.territory))
