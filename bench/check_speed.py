"""What checking costs beside reading (issue 22 §7), measured side by side on one machine (CPU time of this process, steadier than wall time on a loaded machine):
``check()`` against ``extract()`` of the same article, and an undated pair against a dated
one, warm (medians of repeated runs; caches and the rate store loaded first).

    python bench/check_speed.py            # the examples/ articles, dated by their front matter

Targets: checking at most 5x reading; an undated article at most 10x a dated one.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_ms(fn: Callable[[], object], n: int) -> float:
    fn()
    times = []
    for _ in range(n):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times) * 1000


def main() -> int:
    import moneyfacts
    from moneyfacts.cli import read_article

    rows = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        fields, text, _ = read_article(path.read_text(encoding="utf-8"))
        date = fields.get("date")
        read = median_ms(lambda: moneyfacts.extract(text), 30)
        dated = median_ms(lambda: moneyfacts.check(text, date=date), 30)
        undated = median_ms(lambda: moneyfacts.check(text, date=None), 5)
        rows.append((path.name, read, dated, undated))
    print("| article | extract ms | check ms | check / extract | undated ms | undated / dated |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, read, dated, undated in rows:
        print(f"| {name} | {read:.3f} | {dated:.3f} | {dated / read:.1f}x | {undated:.2f} "
              f"| {undated / dated:.0f}x |")
    r = statistics.median(d / e for _, e, d, _ in rows)
    u = statistics.median(x / d for _, _, d, x in rows)
    print(f"\nmedian: check {r:.1f}x reading (target <= 5x); undated {u:.0f}x dated (target <= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
