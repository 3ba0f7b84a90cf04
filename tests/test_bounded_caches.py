"""No cache keyed by a text or a date grows without bound: a pipeline reads millions of
articles over years of dates, and a process-wide ``functools.cache`` on such a key keeps
every one of them (the memory of a long batch run grows with its input)."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from typing import Any

import moneyfacts

#: Parameter names whose values differ from one article to the next.
_PER_ARTICLE = frozenset({"text", "date", "day", "sentence", "body", "when"})
#: Optional extras whose modules need packages the base install has not.
_OPTIONAL = frozenset({"moneyfacts.spark", "moneyfacts.frames"})


def _cached_functions() -> list[tuple[str, Any]]:
    out = []
    for info in pkgutil.walk_packages(moneyfacts.__path__, "moneyfacts."):
        if info.name in _OPTIONAL:
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if callable(obj) and hasattr(obj, "cache_parameters") and getattr(
                    obj, "__module__", None) == info.name:
                out.append((f"{info.name}.{name}", obj))
    return out


def test_the_walk_finds_the_caches() -> None:
    names = {n for n, _ in _cached_functions()}
    assert "moneyfacts.evidence.tender" in names
    assert "moneyfacts.separators.places_group_by_comma" in names


def test_no_unbounded_cache_is_keyed_by_a_text_or_a_date() -> None:
    unbounded = []
    for name, fn in _cached_functions():
        params = inspect.signature(fn.__wrapped__).parameters
        if _PER_ARTICLE & set(params) and fn.cache_parameters()["maxsize"] is None:
            unbounded.append(name)
    assert unbounded == []


def test_a_text_keyed_cache_stays_small_over_many_texts() -> None:
    from moneyfacts.separators import places_group_by_comma

    for i in range(500):
        places_group_by_comma(f"Sales in Lima rose to 1,{i:03d} units.", "es")
    assert places_group_by_comma.cache_info().currsize <= 64


def test_a_date_keyed_cache_stays_bounded_over_many_dates() -> None:
    from moneyfacts.evidence import tender

    start = dt.date(2000, 1, 1)
    for i in range(0, 9000, 1):
        tender("VE", start + dt.timedelta(days=i))
    assert tender.cache_info().currsize <= tender.cache_parameters()["maxsize"] <= 8192
