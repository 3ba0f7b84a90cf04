"""Shared driver for the benchmark adapters (standard library only).

Each adapter script (``<tool>_adapter.py``) runs with its tool's own venv interpreter and calls
:func:`main` with three callables:

* ``setup() -> state``: import the tool and build whatever it needs (timed as setup);
* ``parse_expr(state, text) -> list[pred]``: the tool's readings of one short expression,
  best first (the harness scores the first one);
* ``extract(state, text) -> list[pred]``: every mention in a sentence or document.

A ``pred`` is a normalised reading: ``{"kind", "unit", "value"}`` or ``{"kind", "unit",
"low", "high"}``, values as plain decimal strings, and optionally ``"alts"``: other readings
the tool gave for the same span (see README: scoring).

Usage: ``python <tool>_adapter.py TASK.json RESULT.json``. The task file holds
``{"phases": {name: [text, ...]}, "budget_s": float, "min_time_s": float, "extras": bool}``.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import resource
import sys
import time
import traceback
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, NamedTuple

Pred = dict[str, Any]

#: Which callable each phase uses.
PHASE_FN = {
    "expressions": "parse_expr",
    "sentences": "extract",
    "corpus_sentences": "extract",
    "corpus_docs": "extract",
}


def dec(x: Any) -> str | None:
    """A number (int, float, str, Decimal) as a plain decimal string, or None.

    Floats go through ``repr`` (the shortest string that round-trips), so ``5.5e9`` becomes
    ``"5500000000"`` and a float artefact such as ``10500000000.75`` stays visible.
    """
    if x is None:
        return None
    try:
        d = Decimal(repr(x)) if isinstance(x, float) else Decimal(str(x).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    d = d.normalize()
    s = format(d, "f")
    return s


def pred(kind: str, unit: str | None, value: Any = None, low: Any = None, high: Any = None) -> Pred:
    p: Pred = {"kind": kind, "unit": unit}
    if low is not None or high is not None:
        p["low"] = dec(low)
        p["high"] = dec(high)
    else:
        p["value"] = dec(value)
    return p


def rss_now_mb() -> float | None:
    return _status_mb("VmRSS")


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB.

    Linux: ``VmHWM`` from /proc/self/status. Not ``ru_maxrss``: Linux carries ``ru_maxrss``
    over ``execve``, so a child started by a big parent would report the parent's peak.
    """
    hwm = _status_mb("VmHWM")
    if hwm is not None:
        return hwm
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


class Split(NamedTuple):
    """How one phase runs a tool: ``call(state, text)`` is the tool's own work and is timed;
    ``convert(state, raw)`` turns what it returned into this harness's predictions after the
    clock has stopped, so no tool is charged for the harness's bookkeeping."""

    call: Callable[[Any, str], Any]
    convert: Callable[[Any, Any], list[Pred]]


def run_phase(split: Split, state: Any, texts: list[str],
              budget_s: float, min_time_s: float, warmup: int = 5) -> dict[str, Any]:
    """Warm up on a few inputs, then one recorded, timed pass (stopping at ``budget_s``), then
    unrecorded timed passes until ``min_time_s`` of timed work is reached. Only the tool's
    calls are timed; their results are converted afterwards."""
    call = split.call
    for t in texts[:warmup]:
        try:
            call(state, t)
        except Exception:  # noqa: BLE001
            pass
    raws: list[Any] = []
    n_done = 0
    nbytes = 0
    elapsed = 0.0
    clock = time.perf_counter
    gc.collect()
    for t in texts:
        t0 = clock()
        try:
            raw = call(state, t)
        except Exception as e:  # noqa: BLE001 - a tool's crash on one input is data
            raw = _Failed(f"{type(e).__name__}: {e}"[:300])
        elapsed += clock() - t0
        raws.append(raw)
        n_done += 1
        nbytes += len(t.encode("utf-8"))
        if elapsed > budget_s:
            break
    items, total_bytes, passes = n_done, nbytes, 1
    # Repeat (without recording) when the pass was too short to time reliably.
    if n_done == len(texts) and elapsed > 0:
        while elapsed < min_time_s and passes < 1000:
            t1 = clock()
            for t in texts:
                try:
                    call(state, t)
                except Exception:  # noqa: BLE001
                    pass
            elapsed += clock() - t1
            items += n_done
            total_bytes += nbytes
            passes += 1
    outputs: list[Any] = []
    errors = 0
    first_error: str | None = None
    for raw in raws:
        if not isinstance(raw, _Failed):
            try:
                outputs.append(split.convert(state, raw))
                continue
            except Exception as e:  # noqa: BLE001
                raw = _Failed(f"{type(e).__name__} converting the output: {e}"[:300])
        errors += 1
        first_error = first_error or raw.error
        outputs.append({"error": raw.error})
    return {
        "n": len(texts),
        "n_done": n_done,
        "seconds": elapsed,
        "passes": passes,
        "items_per_s": items / elapsed if elapsed > 0 else None,
        "kb_per_s": total_bytes / 1000 / elapsed if elapsed > 0 else None,
        "errors": errors,
        "first_error": first_error,
        "outputs": outputs,
    }


class _Failed(NamedTuple):
    error: str


def main(name: str, version: Callable[[], str], setup: Callable[[], Any],
         parse_expr: Split, extract: Split,
         extras: Callable[[Any, dict[str, Any]], dict[str, Any]] | None = None) -> int:
    task_path, out_path = sys.argv[1], sys.argv[2]
    with open(task_path, encoding="utf-8") as f:
        task = json.load(f)
    result: dict[str, Any] = {
        "tool": name,
        "python": platform.python_version(),
        "executable": sys.executable,
        "pid": os.getpid(),
    }
    fns = {"parse_expr": parse_expr, "extract": extract}
    try:
        rss0 = rss_now_mb()
        t0 = time.perf_counter()
        state = setup()
        result["setup_s"] = time.perf_counter() - t0
        result["rss_before_setup_mb"] = rss0
        result["rss_after_setup_mb"] = rss_now_mb()
        result["version"] = version()
        phases: dict[str, Any] = {}
        for phase, texts in task["phases"].items():
            fn = fns[PHASE_FN[phase]]
            phases[phase] = run_phase(fn, state, texts, float(task.get("budget_s", 60)),
                                      float(task.get("min_time_s", 1.0)))
            # Write partial results as we go, so a later crash keeps what was measured.
            result["phases"] = phases
            result["peak_rss_mb"] = peak_rss_mb()
            _dump(result, out_path)
        result["phases"] = phases
        if extras is not None and task.get("extras"):
            try:
                result["extras"] = extras(state, task)
            except Exception as e:  # noqa: BLE001
                result["extras"] = {"error": f"{type(e).__name__}: {e}"}
        result["peak_rss_mb"] = peak_rss_mb()
        result["ok"] = True
    except Exception as e:  # noqa: BLE001
        result["ok"] = False
        result["error"] = f"{type(e).__name__}: {e}"
        result["traceback"] = traceback.format_exc()[-3000:]
        result["peak_rss_mb"] = peak_rss_mb()
    _dump(result, out_path)
    return 0 if result.get("ok") else 1


def _dump(result: dict[str, Any], path: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
    os.replace(tmp, path)
