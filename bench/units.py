"""Units benchmark: moneyfacts and quantulum3 side by side on the units gold set.

    python bench/units.py                    # builds/reuses bench/.venvs/quantulum3, writes bench/UNITS.md
    python bench/units.py --skip-install --rounds 3 --out /tmp/U.md

Inputs: ``$MONEYFACTS_SHARED/gold/units.jsonl`` (50 expressions such as ``2 GW``,
``1.1 million bpd``, ``a 3nm chip``; never copied into the repository). Each tool parses each
expression through the same adapters as ``bench/run.py`` (``bench/adapters/``; quantulum3 in its
own pinned venv, moneyfacts from this checkout's ``src/`` as pure Python, in the current
interpreter), with the same timing rules (warm-up, one recorded pass, repeated to
``--min-time``, best of ``--rounds`` rounds in alternating order).

Scoring (the first reading of each expression, as in run.py):

* **correct**: the reading is the gold quantity as a physical quantity: its unit (per-unit
  included) is a pint unit of the gold unit's dimension and the gold value (or low/high),
  converted into it, equals the reading's value (exactly for Decimals; within 1e-9 relative for
  floats). quantulum3's unit names are mapped to pint as generously as they allow ('barrel per
  day' -> 'barrel / day', 'square foot' -> 'foot ** 2', 'degree Celsius' -> 'degree_Celsius').
  So '1.2 million tonnes' read as 1200000.0 tonne is correct.
* **exact**: correct, and the value written exactly as the gold's decimal (no float artefact).

The scorer needs pint (it uses moneyfacts' registry from ``src/``), so run it with the
project's environment; the adapters themselves run in their tools' interpreters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO / "src"))
import run  # noqa: E402  (the main harness: venvs, paths)

TOOLS = ("moneyfacts", "quantulum3")


def load_gold(shared: Path) -> list[dict[str, Any]]:
    return run.read_jsonl(shared / "gold" / "units.jsonl")


def run_adapter(tool: str, py: str, texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    task = {"phases": {"expressions": texts}, "budget_s": args.budget, "min_time_s": args.min_time,
            "quick": False, "extras": False}
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    if tool == "moneyfacts":  # this checkout, not whatever moneyfacts the interpreter has
        env["PYTHONPATH"] = str(REPO / "src")
    adapter = run.ADAPTERS / run.TOOLS[tool][0]
    with tempfile.TemporaryDirectory(prefix="mfunits-") as tmp:
        tpath, opath = Path(tmp) / "task.json", Path(tmp) / "out.json"
        tpath.write_text(json.dumps(task, ensure_ascii=False), encoding="utf-8")
        p = subprocess.run([py, str(adapter), str(tpath), str(opath)], capture_output=True,
                           text=True, timeout=args.timeout, env=env)
        if not opath.exists():
            return {"ok": False, "error": (p.stderr.strip().splitlines() or ["no output"])[-1]}
        return json.loads(opath.read_text(encoding="utf-8"))


def quantulum_unit(name: str) -> str:
    """quantulum3's unit name as a pint expression ('square foot per second' -> '(foot ** 2) / (second)')."""
    parts = []
    for piece in name.split(" per "):
        piece = piece.strip()
        power = ""
        for word, p in (("square ", " ** 2"), ("cubic ", " ** 3")):
            if piece.startswith(word):
                piece, power = piece[len(word):], p
        # The adapter writes names in lower case; pint spells the degrees with a capital.
        piece = piece.replace("celsius", "Celsius").replace("fahrenheit", "Fahrenheit")
        parts.append(f"({piece.replace(' ', '_')}{power})")
    return " / ".join(parts)


def correct(pred: dict[str, Any], gold: dict[str, Any], tool: str) -> tuple[bool, bool]:
    """(correct, exact) of one reading against one gold label."""
    import pint

    from moneyfacts.units import registry

    ureg = registry()
    if not pred or "error" in pred or not pred.get("unit"):
        return False, False
    if tool == "moneyfacts" and pred.get("kind") != "measure":
        return False, False
    unit = pred["unit"] if tool == "moneyfacts" else quantulum_unit(pred["unit"])
    gunit = gold["unit"] + (f" / ({gold['per']})" if gold.get("per") else "")
    keys = ("value",) if gold.get("value") is not None else ("low", "high")
    ok = exact = True
    for k in keys:
        if pred.get(k) is None:
            return False, False
        try:
            want = ureg.Quantity(Decimal(gold[k]), gunit).to(unit).magnitude
        except (pint.errors.PintError, AttributeError, ValueError, TypeError, KeyError):
            return False, False
        got = Decimal(pred[k])
        ok = ok and abs(got - want) <= abs(want) * Decimal("1e-9")
        exact = exact and got == want
    return ok, ok and exact


def score(res: dict[str, Any], gold: list[dict[str, Any]], tool: str) -> dict[str, Any]:
    outs = ((res.get("phases") or {}).get("expressions") or {}).get("outputs") or []
    n_ok = n_exact = 0
    misses = []
    for item, out in zip(gold, outs):
        first = out[0] if isinstance(out, list) and out else (out if isinstance(out, dict) else {})
        ok, exact = correct(first, item["expected"], tool)
        n_ok += ok
        n_exact += exact
        if not ok:
            misses.append((item["text"], first.get("unit") if first else None,
                           first.get("value", first.get("low")) if first else None))
    return {"n": len(gold), "correct": n_ok, "exact": n_exact, "misses": misses}


def render(rows: dict[str, dict[str, Any]], meta: dict[str, Any]) -> str:
    lines = [
        "# Units benchmark: moneyfacts vs quantulum3",
        "",
        f"Generated by `python bench/units.py` on {meta['date']} ({meta['machine']}; "
        f"{meta['rounds']} rounds, best timing of each tool). Inputs: the {meta['n']} expressions "
        "of `gold/units.jsonl`. See the docstring of bench/units.py for the scoring.",
        "",
        "| tool | version | correct | exact value | expressions/s | setup |",
        "|---|---|---|---|---|---|",
    ]
    for tool, r in rows.items():
        sc, ph = r.get("score") or {}, r.get("phase") or {}
        if not r.get("ok"):
            lines.append(f"| {tool} | – | failed: {r.get('error')} | | | |")
            continue
        rate = ph.get("items_per_s")
        lines.append(f"| {tool} | {r.get('version', '?')} | {sc['correct']}/{sc['n']} | "
                     f"{sc['exact']}/{sc['n']} | {rate:,.0f} | {r.get('setup_s', 0):.2f} s |")
    mf, qu = rows.get("moneyfacts", {}), rows.get("quantulum3", {})
    if mf.get("ok") and qu.get("ok"):
        ratio = mf["phase"]["items_per_s"] / qu["phase"]["items_per_s"]
        lines += ["", f"Speed ratio (moneyfacts ÷ quantulum3, expressions per second): **{ratio:,.1f}×** "
                  "(moneyfacts as pure Python, not its compiled release build)."]
    for tool, r in rows.items():
        misses = (r.get("score") or {}).get("misses") or []
        if misses:
            lines += ["", f"{tool} misses ({len(misses)}): " + "; ".join(
                f"`{t}` → {u!r} {v}" for t, u, v in misses)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", help="the shared directory (default $MONEYFACTS_SHARED or ../shared)")
    ap.add_argument("--skip-install", action="store_true", help="reuse bench/.venvs/quantulum3 as it is")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--min-time", type=float, default=2.0)
    ap.add_argument("--budget", type=float, default=240.0)
    ap.add_argument("--timeout", type=float, default=1800.0)
    ap.add_argument("--out", type=Path, default=BENCH / "UNITS.md")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--json", action="store_true", help="print a JSON summary")
    args = ap.parse_args(argv)
    gold = load_gold(run.shared_dir(args.shared))
    texts = [g["text"] for g in gold]
    pythons: dict[str, str] = {"moneyfacts": sys.executable}
    rows: dict[str, dict[str, Any]] = {}
    try:
        pythons["quantulum3"] = run.ensure_venv("quantulum3", args.skip_install)["python"]
    except Exception as e:  # noqa: BLE001 - an install failure is a result
        rows["quantulum3"] = {"ok": False, "error": f"install failed: {e}"[:300]}
    best: dict[str, dict[str, Any]] = {}
    for rnd in range(args.rounds):
        for tool in (TOOLS if rnd % 2 == 0 else TOOLS[::-1]):
            if tool not in pythons:
                continue
            run.log(f"units: {tool}, round {rnd + 1} of {args.rounds}")
            res = run_adapter(tool, pythons[tool], texts, args)
            ph = (res.get("phases") or {}).get("expressions") or {}
            if tool not in best or (ph.get("items_per_s") or 0) > (best[tool]["phase"].get("items_per_s") or 0):
                best[tool] = {"res": res, "phase": ph}
    for tool in TOOLS:
        if tool in best:
            res = best[tool]["res"]
            rows[tool] = {"ok": bool(best[tool]["phase"].get("outputs")), "error": res.get("error"),
                          "version": res.get("version"), "setup_s": res.get("setup_s"),
                          "phase": {k: v for k, v in best[tool]["phase"].items() if k != "outputs"},
                          "score": score(res, gold, tool)}
    meta = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "rounds": args.rounds, "n": len(gold)}
    md = render(rows, meta)
    if not args.no_write:
        args.out.write_text(md + "\n", encoding="utf-8")
        run.log(f"wrote {args.out}")
    print(json.dumps(rows, indent=1, default=str) if args.json else md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
