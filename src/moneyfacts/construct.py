"""Models built from fields moneyfacts has already made valid, without a second validation.

:func:`fast` is how the scan, the linker and the rate store make their pydantic models: every
field given, each already of its type (Decimals, known words, models). Pydantic's validation
would only repeat that work, at a third of the scan's cost. It is compiled with the hot path
in the compiled build, so a model costs no interpreter frame. :mod:`moneyfacts.models` uses it
only while pydantic keeps a model's state in the four slots set here (``models.trusted``), and
the tests check it builds exactly what validation builds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

#: The four slots of a pydantic model instance that :func:`fast` fills.
SLOTS = frozenset({"__dict__", "__pydantic_fields_set__", "__pydantic_extra__",
                   "__pydantic_private__"})
_FIELD_ORDER: dict[type, tuple[str, ...]] = {}


def _setter(slot: str) -> Callable[[Any, Any], None]:
    """The setter of one slot of a pydantic instance: the slot's own descriptor (a third
    cheaper than ``object.__setattr__``, which looks the name up on every call)."""
    descriptor = BaseModel.__dict__.get(slot)
    setter = getattr(descriptor, "__set__", None)
    if setter is not None:
        return setter  # type: ignore[no-any-return]
    return lambda m, value: object.__setattr__(m, slot, value)  # pragma: no cover


#: The fields set of each class's instances (see :func:`fast`).
_ALL_SET: dict[type, set[str]] = {}
_new = object.__new__
_set_dict = _setter("__dict__")
_set_fields_set = _setter("__pydantic_fields_set__")
_set_extra = _setter("__pydantic_extra__")
_set_private = _setter("__pydantic_private__")


def _all_set(cls: type[BaseModel], fields: dict[str, Any]) -> set[str]:
    """The fields set of a ``cls`` built with ``fields``, kept as the class's shared one when
    it holds every field (as the callers of :func:`fast` give them)."""
    names = set(fields)
    if names == set(cls.model_fields):
        _ALL_SET[cls] = names
    return names


def _in_order(cls: type[BaseModel], fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` in the model's field order: pydantic serialises the instance dict in its
    order. (A function of its own: the comprehension reads ``fields``, which would make it a
    cell in :func:`fast` on every call, about 200 instructions a model under CPython 3.11,
    where most callers give their fields in order.)"""
    order = _FIELD_ORDER.get(cls)
    if order is None:
        order = _FIELD_ORDER[cls] = tuple(cls.model_fields)
    return {name: fields[name] for name in order}


def fast(cls: type[M], fields: dict[str, Any], ordered: bool = False) -> M:
    """A ``cls`` holding ``fields`` (with ``ordered=True``: already in the model's field order,
    in a dict of the caller's own, which the model keeps)."""
    if not ordered:
        fields = _in_order(cls, fields)
    m = _new(cls)
    _set_dict(m, fields)
    # Every field is given, so every instance of ``cls`` has the same fields set: one set per
    # class, shared (a set of 13 names is an allocation a model saved). Pydantic changes a
    # fields set only on a copy (``model_copy``), and these models are frozen.
    names = _ALL_SET.get(cls)
    _set_fields_set(m, names if names is not None else _all_set(cls, fields))
    _set_extra(m, None)
    _set_private(m, None)
    return m
