"""moneyfacts: read money and quantities in news text exactly, and check stated conversions.

The pipeline reads from the module names:
text → :mod:`~moneyfacts.grammar` and :mod:`~moneyfacts.mentions` (mentions) → :mod:`~moneyfacts.numbers` and
:mod:`~moneyfacts.currencies` (quantities) → :mod:`~moneyfacts.rates` and
:mod:`~moneyfacts.conversions` (conversions) → :mod:`~moneyfacts.verify` (findings).

>>> import moneyfacts
>>> q = moneyfacts.parse("Rmb160 billion")
>>> q.unit, q.value
('CNY', Decimal('160000000000'))

Imports are lazy, so ``import moneyfacts`` is cheap and the command line starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "parse": ("moneyfacts.grammar", "parse"),
    "extract": ("moneyfacts.mentions", "extract"),
    "convert": ("moneyfacts.conversions", "convert"),
    "check": ("moneyfacts.verify", "check"),
    "check_many": ("moneyfacts.batch", "check_many"),
    "Quantity": ("moneyfacts.models", "Quantity"),
    "Rate": ("moneyfacts.models", "Rate"),
    "StatedRate": ("moneyfacts.models", "StatedRate"),
    "Extraction": ("moneyfacts.models", "Extraction"),
    "Equivalence": ("moneyfacts.models", "Equivalence"),
    "Evidence": ("moneyfacts.models", "Evidence"),
    "Finding": ("moneyfacts.models", "Finding"),
    "Report": ("moneyfacts.models", "Report"),
    "Cause": ("moneyfacts.models", "Cause"),
    "Conventions": ("moneyfacts.conventions", "Conventions"),
}
_SUBMODULES = {"errors", "models", "rates", "strategies", "frames", "spark", "units"}

__all__ = sorted([*_LAZY, *_SUBMODULES, "__version__"])

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts import errors, models, rates
    from moneyfacts.batch import check_many
    from moneyfacts.conventions import Conventions
    from moneyfacts.conversions import convert
    from moneyfacts.grammar import parse
    from moneyfacts.mentions import extract
    from moneyfacts.models import (
        Cause,
        Equivalence,
        Evidence,
        Extraction,
        Finding,
        Quantity,
        Rate,
        Report,
        StatedRate,
    )
    from moneyfacts.verify import check


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"moneyfacts.{name}")
    else:
        raise AttributeError(f"module 'moneyfacts' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

