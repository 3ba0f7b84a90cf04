"""Instructions a sentence of each step of ``moneyfacts.extract``, up to ten steps in one
callgrind run: where :mod:`bench.instructions` gives the whole figure, this splits it.

    python bench/steps.py                                   # the default steps, this src/
    python bench/steps.py --src /tmp/base/src --steps resolve:settle statedrates:find
    python bench/steps.py --digitless                       # the sentences with no digit only

Callgrind sees C functions, not Python ones. So each step is called through a C function of
its own that ``extract`` never calls otherwise (``functools.reduce``, ``filter``,
``itertools.starmap``, ...), and the step's cost is that C function's inclusive cost in the
timed pass (the benchmark corpus's sentences, warmed up first, as bench/instructions.py reads
them; collection only inside the timed loop). Every holder of the step in ``moneyfacts``'s
modules is rebound to the wrapper.

What the figures are: the inclusive instructions of the step (a step called by another
counts in both), plus a few hundred instructions a call of the wrapper's own (the C
function's call of a lambda); a wrapped step inside another also adds its wrapper's outer
call (some thousands) to the outer one. Read them as shares of the work, not as what a step
would save if removed; for that, change the code and compare bench/instructions.py figures.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: The C functions the steps are called through (each wrapper below uses one), in order.
ENTRIES = ("functools_reduce", "filter_next", "starmap_next", "partial_vectorcall",
           "context_run", "_operator_call", "accumulate_next", "dropwhile_next",
           "takewhile_next", "filterfalse_next")

#: The steps after the scanner, and the scanner's own part (grammar._parts holds settle and
#: carried).
DEFAULT_STEPS = ("grammar:_parts", "ranges:merge_ranges", "grammar:_quantity",
                 "context:settle", "subunits:join", "statedrates:find", "mentions:link",
                 "equivalents:across", "vague:vague_amounts", "steps:carried")

_PASS = r'''
import sys, functools, itertools, operator, contextvars, importlib, re, gc
sys.path[:0] = [{src!r}, {bench!r}]
import corpus, moneyfacts
sents = [s["text"] for a in corpus.build(kb=200) for s in a["sentences"]][:{n}]
for s in sents[:300]:
    moneyfacts.extract(s)
if {digitless}:
    sents = [t for t in sents if re.search(r"\d", t) is None]


def box_call(consume, f):
    def g(*a, **k):
        box = []
        consume(lambda *_: box.append(f(*a, **k)) or True)
        return box[0]
    return g


ctx = contextvars.copy_context()
WRAPS = [
    lambda f: lambda *a, **k: functools.reduce(lambda _x, _y: f(*a, **k), (0,), None),
    lambda f: box_call(lambda p: next(filter(p, (0,))), f),
    lambda f: lambda *a, **k: next(itertools.starmap(lambda: f(*a, **k), ((),))),
    lambda f: lambda *a, **k: functools.partial(f)(*a, **k),
    lambda f: lambda *a, **k: ctx.run(f, *a, **k),
    lambda f: lambda *a, **k: operator.call(f, *a, **k),
    lambda f: lambda *a, **k: list(itertools.accumulate((0, 0), lambda _x, _y: f(*a, **k)))[1],
    lambda f: box_call(lambda p: list(itertools.dropwhile(lambda y: not p(y), (0,))), f),
    lambda f: box_call(lambda p: list(itertools.takewhile(p, (0,))), f),
    lambda f: box_call(lambda p: list(itertools.filterfalse(lambda y: not p(y), (0,))), f),
]
CALLS = {{}}
for i, target in enumerate({steps!r}):
    modname, name = target.split(":")
    f = getattr(importlib.import_module("moneyfacts." + modname), name)
    inner = WRAPS[i](f)

    def counted(*a, _inner=inner, _t=target, **k):
        CALLS[_t] = CALLS.get(_t, 0) + 1
        return _inner(*a, **k)

    for m in list(sys.modules.values()):
        if getattr(m, "__name__", "").startswith("moneyfacts"):
            for key, value in list(vars(m).items()):
                if value is f:
                    setattr(m, key, counted)
for s in sents[:300]:
    moneyfacts.extract(s)
CALLS.clear()
gc.collect()


def timed():
    for s in sents:
        moneyfacts.extract(s)


sys.call_tracing(timed, ())
print("SENTENCES", len(sents))
for t, c in CALLS.items():
    print("CALLS", t, c)
'''


def measure(src: str, steps: list[str], n: int, digitless: bool, out: str) -> str:
    """The report of one callgrind run over ``steps`` (at most ten)."""
    if len(steps) > len(ENTRIES):
        raise SystemExit(f"at most {len(ENTRIES)} steps a run")
    code = _PASS.format(src=src, bench=str(HERE), n=n, digitless=digitless, steps=steps)
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--collect-atstart=no",
         "--toggle-collect=sys_call_tracing", sys.executable, "-c", code],
        env=dict(os.environ, PYTHONHASHSEED="0"), capture_output=True, text=True, check=True)
    total = re.search(r"Collected : (\d+)", run.stderr)
    sentences = re.search(r"SENTENCES (\d+)", run.stdout)
    if total is None or sentences is None:
        raise SystemExit(f"valgrind gave no count:\n{run.stderr[-2000:]}")
    per = int(sentences.group(1)) or 1
    calls = dict(re.findall(r"CALLS (\S+) (\d+)", run.stdout))
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                               capture_output=True, text=True, check=True).stdout
    inclusive: dict[str, int] = {}
    for line in annotated.splitlines():
        m = re.match(r"\s*([\d,]+) .*?:(\w+) ", line + " ")
        if m:
            inclusive.setdefault(m.group(2), int(m.group(1).replace(",", "")))
    lines = [f"{per} sentences{' (no digit)' if digitless else ''}, {src}; the timed pass with "
             f"the wrappers: {int(total.group(1)) // per:,} instructions a sentence",
             f"{'step':28s} {'calls':>6s} {'a sentence':>11s}"]
    for entry, step in zip(ENTRIES, steps):
        cost = inclusive.get(entry, 0)
        lines.append(f"{step:28s} {calls.get(step, '0'):>6s} {cost // per:>11,}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(HERE.parent / "src"), help="the src/ to measure")
    ap.add_argument("--sentences", type=int, default=1200)
    ap.add_argument("--steps", nargs="+", default=list(DEFAULT_STEPS),
                    help="module:function of moneyfacts, at most ten")
    ap.add_argument("--digitless", action="store_true",
                    help="time only the sentences without a digit")
    ap.add_argument("--out", default="/tmp/moneyfacts-steps.callgrind",
                    help="callgrind's output file")
    args = ap.parse_args(argv)
    print(measure(args.src, args.steps, args.sentences, args.digitless, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
