"""How many silent wrong values moneyfacts gives on the peers' suites (issue 21 §2).

    MONEYFACTS_SHARED=/work/shared PYTHONPATH=src python bench/silent_values.py [-v] [--locale]

A small count beside the peers' harness (bench/peers*, tests/test_peers.py), not a score. For
every amount a suite in ``$MONEYFACTS_SHARED/peers/*.jsonl`` expects with a definite value
(``value`` or ``low``/``high``), the mentions moneyfacts reads over the expected text are
compared with it: a mention there with another value (or, for money, a currency outside the
expected one or class: ``*DOLLAR`` is any dollar) is a *silent wrong value* (or currency,
counted apart when its ``assumed`` note says what was assumed); the worst case, since a
refusal (``skipped``) or a miss at least says nothing false. Cases whose expected text
is not in the input, or whose currency or unit the suite leaves open (``*ANY``, ``*NONE``,
``?...``), are compared on the value only; ``*CENT`` amounts may be read in hundredths
('10 cents': 10) or in the unit (0.10 USD). A mention that reads one part of a compound the
suite sums ('$20 and 43c', '7 feet 10 inches') is counted apart, as a partial reading: the
README's peers section names summing as a deliberate difference. Measures are compared in the expected unit through
pint, when both units are known to it.

With ``--locale`` each record is read with ``Conventions(locale=<its language>)``; by default
it is read as moneyfacts reads unknown text (no locale), which is what a pipeline sees. ``-v``
lists every silent wrong value.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from babel.numbers import get_currency_name

from moneyfacts import Conventions, extract
from moneyfacts.errors import MoneyfactsError

_CLASS_WORDS = {"*KRONE": ("krone", "krona", "kroner", "kronor", "króna"), "*RIAL": ("rial", "riyal"),
                "*RIYAL": ("rial", "riyal")}


def _currency_ok(expected: str, got: str | None) -> bool | None:
    """Is ``got`` the expected currency or one of its class; None when the suite leaves it
    open."""
    if not expected or expected in ("*ANY", "*NONE", "*CENT") or expected.startswith("?"):
        return None
    if got is None:
        return False
    if not expected.startswith("*"):
        return got == expected
    words = _CLASS_WORDS.get(expected, (expected[1:].lower(),))
    name = get_currency_name(got, locale="en").lower()
    return any(w in name.split() or name.endswith(w) for w in words)


def _values(item: dict[str, Any]) -> tuple[Decimal, ...] | None:
    try:
        if item.get("value") is not None:
            return (Decimal(str(item["value"])),)
        if item.get("low") is not None and item.get("high") is not None:
            return Decimal(str(item["low"])), Decimal(str(item["high"]))
    except InvalidOperation:
        return None
    return None


def _got(m: Any, unit: str | None) -> tuple[Decimal, ...] | None:
    """The mention's value(s), in ``unit`` for a measure when pint converts it; None when it
    cannot be compared."""
    ends = (m.value,) if m.value is not None else (m.low, m.high)
    if m.kind != "measure" or not unit or unit.startswith(("*", "?")):
        return tuple(ends)
    try:
        from moneyfacts.units import registry

        ureg = registry()
        return tuple(Decimal(str((ureg.Quantity(float(v), m.unit).to(unit)).magnitude))
                     .quantize(Decimal("0.0001")).normalize() for v in ends)
    except Exception:
        return None


def _same(want: tuple[Decimal, ...], got: tuple[Decimal, ...], measure: bool) -> bool:
    if len(want) == 2 * len(got) and len(got) == 1:  # *CENT: in hundredths, or in units
        return got[0] in want
    if len(want) != len(got):
        return False
    if measure:
        return all(abs(w - g) <= abs(w) * Decimal("0.001") for w, g in zip(want, got))
    return all(w == g for w, g in zip(want, got))


def _partial(text: str, at: int, end: int, m: Any) -> bool:
    """Is the mention one part of a compound amount the suite reads as one ('$20 and 43c',
    '7 feet 10 inches', '2 yuan og 23 fen'): inside the expected text, with figures of the
    expected text left outside it?"""
    if not (at <= m.start and m.end <= end and (m.start, m.end) != (at, end)):
        return False
    rest = text[at : m.start] + text[m.end : end]
    return any(c.isdigit() for c in rest) or len(rest.split()) >= 2


def run(shared: Path, verbose: bool, by_locale: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in sorted((shared / "peers").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            text = rec["input"]
            conv = None
            if by_locale and rec.get("lang") not in (None, "en"):
                try:
                    conv = Conventions(locale=rec["lang"])
                except MoneyfactsError:
                    conv = None
            try:
                ex = extract(text, conventions=conv)
            except MoneyfactsError:
                counts["error"] += 1
                continue
            low = text.lower()
            wrong = []
            for item in rec["expected"]:
                want = _values(item)
                if want is None:
                    continue
                counts["expected"] += 1
                at = low.find(str(item.get("text", "")).lower()) if item.get("text") else -1
                if at < 0:
                    over = ex.mentions[:1] if rec["mode"] == "parse" else []
                else:
                    end = at + len(item["text"])
                    over = [m for m in ex.mentions if m.start < end and at < m.end]
                measure = item.get("kind") == "measure"
                if item.get("currency") == "*CENT":  # '10 cents' is 0.10 of the unit too
                    want = tuple(w.scaleb(-2) for w in want) + want
                for m in over:
                    got = _got(m, item.get("unit"))
                    if got is None:
                        continue
                    bad_value = not _same(want, got, measure)
                    bad_currency = (not measure and m.kind == "money"
                                    and _currency_ok(item.get("currency", ""), m.unit) is False)
                    if bad_value and at >= 0 and _partial(
                            text, at, end, m):
                        counts["partial readings (a compound the suite sums)"] += 1
                        break
                    if bad_value or bad_currency:
                        why = ("silent wrong values" if bad_value else
                               "wrong currencies, noted in 'assumed'" if m.assumed else
                               "silent wrong currencies")
                        wrong.append(((item.get("text"), [str(v) for v in want],
                                       item.get("currency") or item.get("unit"), m.text,
                                       [str(v) for v in got], m.unit), why))
                        break
            for w, why in wrong:
                counts[why] += 1
                counts[f"{why} ({rec['suite']})"] += 1
                if verbose:
                    print(rec["id"], rec["lang"], "|", why, "|", w)
            counts["records"] += 1
    return counts


def main(argv: list[str]) -> int:
    shared = os.environ.get("MONEYFACTS_SHARED")
    if not shared:
        print("set MONEYFACTS_SHARED to the shared folder (with peers/)", file=sys.stderr)
        return 2
    counts = run(Path(shared), "-v" in argv, "--locale" in argv)
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
