"""Models built from fields moneyfacts has already made valid, without a second validation.

:func:`fast` is how the scan, the linker and the rate store make their pydantic models: every
field given, each already of its type (Decimals, known words, models). Pydantic's validation
would only repeat that work, at a third of the scan's cost. It is compiled with the hot path
in the compiled build, so a model costs no interpreter frame. :mod:`moneyfacts.models` uses it
only while pydantic keeps a model's state in the four slots set here (``models.trusted``), and
the tests check it builds exactly what validation builds.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

#: The four slots of a pydantic model instance that :func:`fast` fills.
SLOTS = frozenset({"__dict__", "__pydantic_fields_set__", "__pydantic_extra__",
                   "__pydantic_private__"})
_FIELD_ORDER: dict[type, tuple[str, ...]] = {}


def fast(cls: type[M], fields: dict[str, Any], ordered: bool = False) -> M:
    """A ``cls`` holding ``fields`` (with ``ordered=True``: already in the model's field order,
    in a dict of the caller's own, which the model keeps)."""
    if not ordered:
        # In the model's field order: pydantic serialises the instance dict in its order.
        order = _FIELD_ORDER.get(cls)
        if order is None:
            order = _FIELD_ORDER[cls] = tuple(cls.model_fields)
        fields = {name: fields[name] for name in order}
    m = object.__new__(cls)
    object.__setattr__(m, "__dict__", fields)
    object.__setattr__(m, "__pydantic_fields_set__", set(fields))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m
