"""The fields the gold set labels, and how to compare a reading with a label."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

FIELDS = ("kind", "unit", "value", "low", "high", "qualifier", "per")


def reading(q: Any) -> dict[str, Any]:
    """A Quantity's labelled fields."""
    return {k: getattr(q, k) for k in FIELDS}


def label(e: dict[str, Any]) -> dict[str, Any]:
    """A gold label's fields, amounts as Decimal."""
    return {
        k: (Decimal(e[k]) if k in ("value", "low", "high") and e.get(k) is not None else e.get(k))
        for k in FIELDS
    }
