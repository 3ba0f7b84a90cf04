"""Signs settled by context: the resolver's step in the scan, kept under its old name.

The evidence is gathered by :mod:`~moneyfacts.evidence` and weighed by
:mod:`~moneyfacts.resolve`; see there.

>>> from moneyfacts import extract
>>> [m.assumed for m in extract("MANILA - The bank lent P90 billion.").mentions]
["'P' read as PHP: dateline MANILA"]
"""

from __future__ import annotations

from moneyfacts.resolve import Reading, family, settle

__all__ = ["settle", "family", "Reading"]
