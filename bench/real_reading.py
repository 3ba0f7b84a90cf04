"""How moneyfacts reads the real calibration set: every English record's two printed amounts.

    MONEYFACTS_SHARED=/work/shared PYTHONPATH=src python bench/real_reading.py [-v]

For each record with ``language == "en"`` it parses ``foreign_text`` (expecting
``foreign_currency``/``foreign_amount``) and ``usd_text`` (expecting USD or the record's
``stated_currency`` and ``usd_amount``/``stated_amount``), with default conventions. It prints
how many are read exactly, how many are read wrong (a different currency or amount, the worst
case) and how many are refused (ParseError, AmbiguousCurrencyError). A second line reads the
refused ambiguous signs ("692.1 billion pesos") again with the record's currency passed
through ``Conventions(signs=...)``, as the article's context would settle it. ``-v`` lists
the misses.
The set itself lives outside the project (``$MONEYFACTS_SHARED/real/conversions.jsonl``).
"""

from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from pathlib import Path

from moneyfacts import parse
from moneyfacts.errors import AmbiguousCurrencyError, MoneyfactsError

try:
    from moneyfacts import Conventions
except ImportError:  # pragma: no cover - older checkouts, for the before figure
    Conventions = None  # type: ignore[assignment,misc]


def records() -> list[dict[str, object]]:
    shared = Path(os.environ.get("MONEYFACTS_SHARED", "../shared"))
    with open(shared / "real" / "conversions.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cases() -> list[tuple[str, str, str, Decimal]]:
    out = []
    for r in records():
        if r.get("language") != "en":
            continue
        out.append((f"{r['id']}/foreign", str(r["foreign_text"]), str(r["foreign_currency"]),
                    Decimal(str(r["foreign_amount"]))))
        if r.get("non_usd"):
            out.append((f"{r['id']}/stated", str(r["stated_text"]), str(r["stated_currency"]),
                        Decimal(str(r["stated_amount"]))))
        else:
            out.append((f"{r['id']}/usd", str(r["usd_text"]), "USD", Decimal(str(r["usd_amount"]))))
    return out


def main() -> int:
    verbose = "-v" in sys.argv
    exact = wrong = refused = settled = 0
    for ident, text, code, amount in cases():
        try:
            q = parse(text)
        except AmbiguousCurrencyError as exc:
            refused += 1
            if verbose:
                print(f"REFUSED {ident}: {text!r} -> {type(exc).__name__}: {exc}")
            sign = getattr(exc, "sign", None)
            if Conventions is not None and sign and code in getattr(exc, "candidates", ()):
                try:
                    q = parse(text, conventions=Conventions(signs={sign: code}))
                except MoneyfactsError:
                    continue
                settled += q.unit == code and q.value == amount
            continue
        except MoneyfactsError as exc:
            refused += 1
            if verbose:
                print(f"REFUSED {ident}: {text!r} -> {type(exc).__name__}: {exc}")
            continue
        if q.unit == code and q.value == amount:
            exact += 1
        else:
            wrong += 1
            if verbose:
                print(f"WRONG   {ident}: {text!r} -> {q.unit} {q.value} (want {code} {amount})")
    total = exact + wrong + refused
    print(f"English texts: {total}; exact {exact} ({100 * exact / total:.1f}%), "
          f"wrong {wrong}, refused {refused}")
    print(f"with the record's currency for an ambiguous sign (Conventions(signs=...)): exact "
          f"{exact + settled} ({100 * (exact + settled) / total:.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
