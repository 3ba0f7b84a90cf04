"""Work counted, not timed: the linear-scan tests compare the calls made for n and 8n input."""

from __future__ import annotations

import sys
from collections.abc import Callable


def calls(fn: Callable[[], object]) -> int:
    """How many Python and C function calls ``fn()`` makes: a count, not a clock, so the
    same on every machine and every run (regex steps inside one C call are not counted;
    bench/ measures the time)."""
    count = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    old = sys.getprofile()
    sys.setprofile(hook)
    try:
        fn()
    finally:
        sys.setprofile(old)
    return count
