"""How many of the peers' volume cases moneyfacts reads: Duckling's ``Volume/*`` corpora and
the cases of Recognizers-Text's English ``DimensionModel`` whose unit is a volume.

    MONEYFACTS_SHARED=../shared python bench/volumes.py [-v]

A case reads when every amount the suite expects is among ``extract``'s mentions with its
value (or low/high) and a unit pint finds equal (``liter`` and ``L``, ``milliliter``). ``-v``
prints the English cases missed. Inputs are read from ``$MONEYFACTS_SHARED/peers`` (never
copied here). Not a test: the score goes in the commit message and CHANGELOG.
"""

from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from typing import Any

import moneyfacts
from moneyfacts.models import Quantity
from moneyfacts.units import registry

VOLUMES = {"liter", "milliliter", "centiliter", "hectoliter", "gallon", "barrel", "cup",
           "tablespoon", "teaspoon"}


def _same(expected: dict[str, Any], m: Quantity) -> bool:
    if m.kind != "measure":
        return False
    ureg = registry()
    try:
        unit = m.unit + (f" / ({m.per})" if m.per else "")
        got = ureg.Quantity(Decimal(1), unit).to_base_units()
        want = ureg.Quantity(Decimal(1), expected["unit"]).to_base_units()
    except Exception:  # a class ('*TON') or a name pint lacks
        return False
    if got.units != want.units or abs(got.magnitude - want.magnitude) > abs(want.magnitude) * Decimal("1e-6"):
        return False
    for key in ("value", "low", "high"):
        if expected.get(key) is not None:
            have = getattr(m, key)
            if have is None or have != Decimal(expected[key]):
                return False
    return True


def main(argv: list[str]) -> int:
    peers = os.path.join(os.environ.get("MONEYFACTS_SHARED", "../shared"), "peers")
    scores: dict[str, list[bool]] = {}
    for suite in ("duckling", "recognizers"):
        with open(os.path.join(peers, f"{suite}.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if not (r["sub"].startswith("Volume/") or (
                        r["sub"] == "English/DimensionModel"
                        and any(e.get("unit") in VOLUMES for e in r["expected"]))):
                    continue
                mentions = moneyfacts.extract(r["input"]).mentions
                ok = bool(r["expected"]) and all(
                    any(_same(e, m) for m in mentions) for e in r["expected"])
                scores.setdefault(r["sub"], []).append(ok)
                if "-v" in argv and not ok and r["lang"] == "en":
                    print("missed:", r["input"][:100], [(m.text, m.unit) for m in mentions])
    for sub, oks in sorted(scores.items()):
        print(f"{sub}: {sum(oks)}/{len(oks)}")
    print(f"all: {sum(map(sum, scores.values()))}/{sum(map(len, scores.values()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
