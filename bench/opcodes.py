"""Interpreter opcodes a sentence of ``moneyfacts.extract``, by function: where the work goes.

    python bench/opcodes.py                          # this checkout's src/, 1,200 sentences
    python bench/opcodes.py --top 40 --sentences 600 --src /tmp/base/src

Each of the benchmark corpus's first sentences (bench/corpus.py, as bench/instructions.py
reads them) is read once to warm up, then again under a trace that counts every opcode the
interpreter runs (``sys.settrace`` with ``f_trace_opcodes``), given to each function on the
stack once (inclusive: a function's figure holds its callees'). The counts are layout-free and
deterministic: where bench/instructions.py moves by up to 1% with a tree's addresses, these
move only with the code run. They are no proxy for instructions where builtins do the work (a
regular expression, a set built) or where an object is built (a dataclass, a model): compare
two trees with bench/instructions.py, and look here for why.

The sentences without a digit are counted apart too. Session 17 (fast_17) measured with it
why no quick reading of the commonest shapes reaches the 10x target (bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent


def _trace(texts: list[str], extract: Any) -> tuple[collections.Counter[str], list[int]]:
    """Inclusive opcodes by function name over ``texts``, and each text's own total."""
    inclusive: collections.Counter[str] = collections.Counter()
    count = [0]

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            count[0] += 1
            seen: set[str] = set()
            f: FrameType | None = frame
            while f is not None:
                name = f.f_code.co_name
                if name not in seen:
                    inclusive[name] += 1
                    seen.add(name)
                f = f.f_back
        return tracer

    per: list[int] = []
    for text in texts:
        count[0] = 0
        sys.settrace(tracer)
        try:
            extract(text)
        finally:
            sys.settrace(None)
        per.append(count[0])
    return inclusive, per


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(HERE.parent / "src"), help="the src/ to measure")
    ap.add_argument("--sentences", type=int, default=1200)
    ap.add_argument("--top", type=int, default=30, help="how many functions to list")
    args = ap.parse_args(argv)
    sys.path[:0] = [args.src, str(HERE)]
    import corpus
    from moneyfacts.mentions import extract

    texts = [s["text"] for a in corpus.build(kb=200) for s in a["sentences"]][: args.sentences]
    for text in texts:
        extract(text)
    inclusive, per = _trace(texts, extract)
    total = sum(per)
    n = len(texts)
    print(f"opcodes a sentence: {total / n:,.0f} ({n} corpus sentences, {args.src})")
    print(f"{'function (inclusive)':32} {'a sentence':>10} {'share':>7}")
    for name, ops in [(k, v) for k, v in inclusive.most_common(args.top + 4)
                      if k not in ("_trace", "main", "<module>")][: args.top]:
        print(f"{name:32} {ops / n:10,.0f} {100 * ops / total:6.1f}%")
    digitless = [c for c, t in zip(per, texts) if not any(ch.isdigit() for ch in t)]
    print(f"\nsentences without a digit: {len(digitless)}, {sum(digitless) / max(1, len(digitless)):,.0f} "
          f"opcodes each, {100 * sum(digitless) / total:.1f}% of all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
