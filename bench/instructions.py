"""Instructions a sentence of ``moneyfacts.extract``: a deterministic speed figure for work on
the scanner, where clock time on a shared machine moves too much to compare two commits.

    python bench/instructions.py                 # this checkout's src/ (needs valgrind)
    python bench/instructions.py --src /tmp/base/src --sentences 1200

It runs Python under valgrind (callgrind, ``PYTHONHASHSEED=0``) twice over the benchmark
corpus's first sentences (bench/corpus.py): once importing and warming up only, once also
reading every sentence; the difference over the number of sentences is the figure. About a
minute a run; the figures of issue 21's speed work in CHANGELOG.md and bench/RESULTS.md are
this script's (280.2k a sentence at 95db40e).

``--collect`` runs a full garbage collection after the warm-up, in both runs, so that the timed
loop starts from empty young generations in every tree. Without it, the collector's counts at
the loop's start are what the tree's imports and warm-up left (main 1918419: gen1 at 0 of 10;
a tree with three more functions: at 11 of 10), so whether a collection falls inside the loop,
and what it walks, differs from tree to tree: a part of the +-1.5k a sentence earlier sessions
called layout noise (scan_16: main 272,713 plain and 273,575 collected; its branch 270,448
plain and 269,554 collected). The rest moves with the program's text and addresses (objects
hashed by identity): the same tree measured by a script differing only in how it writes the
collection gave 269,159. Compare figures made the same way only.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_PASS = """
import sys
sys.path[:0] = [{src!r}, {bench!r}]
import corpus, moneyfacts
sents = [s["text"] for a in corpus.build(kb=200) for s in a["sentences"]][:{n}]
for s in sents[:300]:
    moneyfacts.extract(s)
if {collect}:
    import gc
    gc.collect()
if {timed}:
    for s in sents:
        moneyfacts.extract(s)
"""


def _count(src: str, n: int, timed: bool, collect: bool = False) -> int:
    code = _PASS.format(src=src, bench=str(HERE), n=n, timed=timed, collect=collect)
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-c", code], env=env, capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"valgrind gave no count:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(HERE.parent / "src"), help="the src/ to measure")
    ap.add_argument("--sentences", type=int, default=1200)
    ap.add_argument("--collect", action="store_true",
                    help="gc.collect() after the warm-up, in both runs (see the module)")
    args = ap.parse_args(argv)
    base = _count(args.src, args.sentences, False, args.collect)
    timed = _count(args.src, args.sentences, True, args.collect)
    print(f"instructions a sentence: {(timed - base) // args.sentences:,} "
          f"({args.sentences} corpus sentences, {args.src}"
          f"{', collected first' if args.collect else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
