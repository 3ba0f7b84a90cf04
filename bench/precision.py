"""How many significant digits newsrooms carry in a conversion, and what a qualifier changes:
measured on ``$MONEYFACTS_SHARED/real/conversions.jsonl`` (read from there, never copied).

For each clean, dated record: the significant digits of the stated figure as written (trailing
zeros of a whole number not counted), its relative distance from the exact conversion at the
reference rate of the article's day (ECB/NBP, or the peg), and whether the figure is that
conversion rounded (within half a unit of its last digit) or cut (truncated). Also: how many
records need a rate older than the article's day and the business day before it.

    MONEYFACTS_SHARED=../shared python bench/precision.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import calibration  # noqa: E402


def digits(q) -> int:  # type: ignore[no-untyped-def]
    units = int((q.value / q.precision).to_integral_value())
    s = str(abs(units)).rstrip("0") or "0"
    return len(s)


def main() -> None:
    from moneyfacts.reference import _reference
    from moneyfacts.rates.store import default_store
    from moneyfacts.tolerance import _allowance, Tolerance

    shared = Path(os.environ.get("MONEYFACTS_SHARED", "../shared"))
    rows = [json.loads(x) for x in (shared / "real" / "conversions.jsonl").read_text().splitlines() if x.strip()]
    store = default_store()
    by_digits: Counter[tuple[int, bool]] = Counter()
    rounded: Counter[tuple[int, bool]] = Counter()
    cut: Counter[tuple[int, bool]] = Counter()
    older = total = 0
    far: list[str] = []
    for r in rows:
        if r.get("language") != "en" or not r.get("date") or r["reference"].get("label") != "clean":
            continue
        pair = calibration.numeric_pair(r)
        if pair is None:
            continue
        o, s = pair
        day = dt.date.fromisoformat(r["date"])
        try:
            ref_day = _reference(o.unit, s.unit, day - dt.timedelta(days=3), day, store)
            ref_week = _reference(o.unit, s.unit, day - dt.timedelta(days=7), day, store)
        except Exception:  # noqa: BLE001 - a pair without rates is not measured
            continue
        band = _allowance(Tolerance(), ref_day.regime)
        qual = s.qualifier is not None or o.qualifier is not None
        n = digits(s)
        by_digits[(n, qual)] += 1
        exact = o.value * ref_day.at.value
        half = s.precision / 2
        lo, hi = exact * (1 - band), exact * (1 + band)
        if s.value - half <= hi and s.value + half >= lo:
            rounded[(n, qual)] += 1
        elif s.value <= hi and s.value + s.precision >= lo:
            cut[(n, qual)] += 1
        else:
            far.append(f"{r['id']} {r['foreign_text']} ({r['usd_text']}) {(s.value / exact - 1) * 100:+.1f}%")
        total += 1
        # Does the day and the business day before suffice (2-digit claims, band)?
        p2 = min(s.precision, Decimal(1).scaleb(s.value.adjusted() - 1))
        def fits(ref) -> bool:  # type: ignore[no-untyped-def]
            return (s.value - p2 / 2 <= o.value * ref.hi * (1 + band)
                    and s.value + p2 / 2 >= o.value * ref.lo * (1 - band))
        if not fits(ref_day) and fits(ref_week):
            older += 1
    print("significant digits of the stated figure (qualified: a hedge on either figure)")
    print("| digits | plain | qualified | plain: rounded | plain: only cut |")
    print("|---|---|---|---|---|")
    for n in sorted({k[0] for k in by_digits}):
        print(f"| {n} | {by_digits[(n, False)]} | {by_digits[(n, True)]} | {rounded[(n, False)]} "
              f"| {cut[(n, False)]} |")
    print(f"records: {total}; neither rounded nor cut within the band: {len(far)}")
    for line in far:
        print("  ", line)
    print(f"records that need a rate older than the day and the business day before: {older}")


if __name__ == "__main__":
    main()
