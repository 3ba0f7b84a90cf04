"""Calibration of `check` on conversions real newsrooms printed, and the speed of checking.

An evaluation in price-parser's manner: a fixed set of labelled examples read from outside the
project (``$MONEYFACTS_SHARED/real/conversions.jsonl``, never copied here), one pass, and a
table of how many come out as labelled. Run it from the repository:

    MONEYFACTS_SHARED=../shared PYTHONPATH=src python bench/calibration.py [--speed] [--write]

It prints:

1. **The band.** For every dated English record, how far the rate the pair implies (an
   interval from the written precision of both figures) lies outside the reference rates of
   the 7 days before the date (the peg, for a pegged currency). Per currency regime: the
   count, the median, the 90th and 98th percentile and the largest gap among ``clean``
   records, and the smallest gap of the ``error`` records. This is built from the records'
   numeric fields (``foreign_amount``, ``usd_amount``) and the digits written in their texts,
   so it does not depend on how well ``parse`` reads them.
2. **Verdicts.** ``check_pair`` on quantities built from the numeric fields (the model alone),
   and ``check_pair(parse(foreign_text), parse(usd_text))`` (the model with today's reader),
   per reference label.
3. **The article's own rate.** Each ``stated_rate`` text read by ``moneyfacts.statedrates``
   and whether each record's figure is judged by it.
4. ``--speed``: articles a second with dates spread over 2000-2026 (2-10 pairs each), the
   undated cost per pair, and the rates' load time and memory (in a fresh process).

``--write`` replaces the calibration section of ``bench/RESULTS.md`` with the output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- calibration:begin -->"
END = "<!-- calibration:end -->"


def shared_dir() -> Path:
    return Path(os.environ.get("MONEYFACTS_SHARED") or ROOT.parent / "shared")


def records() -> list[dict[str, Any]]:
    path = shared_dir() / "real" / "conversions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- quantities from the numeric fields -------------------------------------------------------

_QUALIFIERS = {
    "approx": ("about", "around", "approx", "approximately", "roughly", "some", "nearly",
               "almost"),
    "gt": ("more than", "over", "surpass", "exceed"),
    "ge": ("at least",),
    "lt": ("less than", "under"),
    "le": ("up to",),
}


def _qualifier(text: str) -> str | None:
    low = text.lower()
    for kind, words in _QUALIFIERS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            return kind
    return None


def written_precision(text: str, amount: Decimal) -> Decimal:
    """The worth of one unit of the last digit written in ``text`` for ``amount``: parse's
    reading where it reads the same amount, else from the digits written ("-point-" spelled
    numbers count their spelled digits)."""
    from moneyfacts import parse
    from moneyfacts.errors import MoneyfactsError

    try:
        q = parse(text)
        if q.value == amount:
            return q.precision
    except MoneyfactsError:
        pass
    spelled = re.sub(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|zero)\b", "1", text)
    spelled = re.sub(r"-point-", ".", spelled)
    tokens = re.findall(r"\d[\d.,\s]*\d|\d", spelled)
    token = max(tokens, key=lambda t: sum(c.isdigit() for c in t))
    digits = re.sub(r"\D", "", token).lstrip("0") or "0"
    exponent = amount.adjusted() if amount else 0
    return Decimal(1).scaleb(exponent - len(digits) + 1)


def numeric_pair(r: dict[str, Any]) -> tuple[Any, Any] | None:
    """(original, stated) Quantities from a record's numeric fields, or None."""
    from moneyfacts.models import Quantity

    if r.get("non_usd"):
        s_text, s_cur, s_amt = r.get("stated_text"), r.get("stated_currency"), r.get("stated_amount")
    else:
        s_text, s_cur, s_amt = r.get("usd_text"), "USD", r.get("usd_amount")
    if not (s_text and s_cur and s_amt and r.get("foreign_amount")):
        return None
    out = []
    for text, cur, amt in ((r["foreign_text"], r["foreign_currency"], r["foreign_amount"]),
                           (s_text, s_cur, s_amt)):
        value = Decimal(amt)
        out.append(Quantity(kind="money", unit=cur, value=value, text=text,
                            precision=written_precision(text, value), qualifier=_qualifier(text)))
    return out[0], out[1]


def parsed_pair(r: dict[str, Any]) -> tuple[Any, Any] | None:
    from moneyfacts import parse
    from moneyfacts.errors import MoneyfactsError

    s_text = r.get("stated_text") if r.get("non_usd") else r.get("usd_text")
    try:
        return parse(r["foreign_text"]), parse(s_text or "")
    except MoneyfactsError:
        return None


# --- 1. the band --------------------------------------------------------------------------------


def gap(r: dict[str, Any]) -> tuple[str, Decimal] | None:
    """(regime, relative gap between the rates the pair allows and the reference rates).

    The gap is zero when some reference rate of the window lies within the written precision
    of both figures; otherwise how far the nearest lies outside, relative to it."""
    from moneyfacts import verify
    from moneyfacts.errors import MoneyfactsError

    pair = numeric_pair(r)
    if pair is None or not r.get("date"):
        return None
    original, stated = pair
    day = dt.date.fromisoformat(r["date"])
    if not hasattr(verify, "reference_span"):  # the model before calibration
        from moneyfacts import rates

        tol = verify.Tolerance()
        try:
            w = rates.window(original.unit, stated.unit, day - dt.timedelta(days=7), day)
        except MoneyfactsError:
            return None
        lo, hi = w.min.value, w.max.value
        f_lo, f_hi = verify._fitting_rates(verify._pairs(original, stated, tol))
        reg = "all"
    else:
        tol = verify.Tolerance(band=None)
        try:
            lo, hi = verify.reference_span(original.unit, stated.unit,
                                           day - dt.timedelta(days=tol.window), day)
        except MoneyfactsError:
            return None
        f_lo, f_hi = verify.fitting_rates(original, stated, tol)
        reg = verify.regime(original.unit, stated.unit, day)
    if f_hi < lo:
        g = (lo - f_hi) / lo
    elif f_lo > hi:
        g = (f_lo - hi) / hi
    else:
        g = Decimal(0)
    return reg, g


def _q(values: list[Decimal], p: float) -> Decimal:
    if not values:
        return Decimal(0)
    s = sorted(values)
    return s[min(len(s) - 1, int(p * (len(s) - 1) + 0.5))]


def band_table(recs: list[dict[str, Any]]) -> None:
    by: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    for r in recs:
        if r.get("language") != "en":
            continue
        got = gap(r)
        if got is None:
            continue
        by[(got[0], r["reference"].get("label"))].append(got[1])
    print("### The band: gap between the rates a pair allows and the reference rates\n")
    print("Dated English records; the gap is 0 when a reference rate of the 7 days before the date")
    print("(the peg for a pegged currency) lies within the written precision of both figures.\n")
    print("| regime | label | records | gap 0 | median | p90 | p98 | max |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (reg, label), gs in sorted(by.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        zero = sum(1 for g in gs if g == 0)
        print(f"| {reg} | {label} | {len(gs)} | {zero} | {_pct(_q(gs, .5))} | {_pct(_q(gs, .9))} "
              f"| {_pct(_q(gs, .98))} | {_pct(max(gs))} |")
    from moneyfacts import verify

    print()
    print("Allowance in force (`verify.BAND`): " + ", ".join(
        f"{k} {_pct(v)}" for k, v in getattr(verify, "BAND", {"none": Decimal(0)}).items()))
    print()


def _pct(d: Decimal) -> str:
    return f"{float(d) * 100:.2f}%"


# --- 2. verdicts ----------------------------------------------------------------------------------


def verdict_table(recs: list[dict[str, Any]]) -> dict[str, Any]:
    from moneyfacts.verify import check_pair

    rows: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    for r in recs:
        if r.get("language") != "en" or not r.get("date"):
            continue
        label = r["reference"].get("label") or "undated"
        for how, build in (("numeric", numeric_pair), ("parsed", parsed_pair)):
            pair = build(r)
            if pair is None:
                rows[(how, label)]["unread"] += 1
                continue
            f = check_pair(pair[0], pair[1], date=r["date"])
            cause = f.cause.kind if f.cause else ""
            rows[(how, label)][f.verdict] += 1
            if label == "clean" and f.verdict != "consistent":
                misses[how].append(f"{r['id']} {r['foreign_text']!r} / "
                                   f"{r.get('usd_text') or r.get('stated_text')!r}: {f.verdict}; "
                                   f"{f.explanation}")
            if label == "error":
                rows[(how, label)][f"cause {cause}"] += 1
    print("### Verdicts on dated English records\n")
    print("*numeric*: quantities built from the records' amounts and written digits (the tolerance")
    print("model alone); *parsed*: `check_pair(parse(foreign_text), parse(usd_text), date=...)`.\n")
    print("| input | label | records | read | consistent | inconsistent | unverifiable | consistent / read |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    out: dict[str, Any] = {}
    for (how, label), c in sorted(rows.items()):
        read = c["consistent"] + c["inconsistent"] + c["unverifiable"]
        total = read + c["unread"]
        share = f"{100 * c['consistent'] / read:.1f}%" if read else "-"
        print(f"| {how} | {label} | {total} | {read} | {c['consistent']} | {c['inconsistent']} "
              f"| {c['unverifiable']} | {share} |")
        out[f"{how}/{label}"] = dict(c)
    causes = {k: {c: n for c, n in v.items() if c.startswith("cause")} for k, v in out.items()
              if k.endswith("/error")}
    print(f"\nCauses named on `error` records: {causes}\n")
    for how, ms in misses.items():
        print(f"Clean records not judged consistent ({how}):\n")
        for m in ms:
            print(f"- {m}")
        print()
    return out


# --- 3. the article's own rate --------------------------------------------------------------------


def stated_rate_table(recs: list[dict[str, Any]]) -> None:
    try:
        from moneyfacts import statedrates
    except ImportError:
        print("### Stated rates\n\n(not read yet: no `moneyfacts.statedrates`)\n")
        return
    from moneyfacts.verify import check_pair

    texts = {r["stated_rate"]["text"]: r["stated_rate"] for r in recs if r.get("stated_rate")}
    read = 0
    print("### The article's own rate\n")
    print("| stated rate as printed | read as | expected per USD |")
    print("|---|---|---:|")
    for text, sr in texts.items():
        found = statedrates.find(text)
        shown = "; ".join(f"{x.value} {x.quote} per {x.base}" for x in found) or "(not read)"
        per_usd = None
        for x in found:
            if {x.base, x.quote} == {"USD", sr["currency"]}:
                per_usd = x.value if x.base == "USD" else (Decimal(1) / x.value)
        ok = per_usd is not None and abs(per_usd - Decimal(sr["per_usd"])) <= Decimal("0.0001")
        read += ok
        print(f"| {text} | {shown} | {sr['per_usd']} {'✓' if ok else '✗'} |")
    judged = total = agree = 0
    for r in recs:
        sr = r.get("stated_rate")
        pair = numeric_pair(r) if sr else None
        if not pair:
            continue
        total += 1
        rates = statedrates.find(sr["text"])
        f = check_pair(pair[0], pair[1], date=r.get("date"), stated_rates=rates)
        judged += any(x.source == "article" for x in f.rate)
        agree += f.verdict == "consistent"
    print(f"\n{read} of {len(texts)} distinct stated-rate texts read to the printed rate; "
          f"{judged} of {total} records with a stated rate judged by it, {agree} of them consistent "
          "with it (the others contradict it: the record's note says so or the figure disagrees).\n")


# --- 4. speed -------------------------------------------------------------------------------------

_SPEED_CURRENCIES = ("JPY", "GBP", "CHF", "KRW", "CNY", "AUD", "SEK", "TRY", "HKD", "SGD", "MXN",
                     "BRL", "INR", "THB", "TWD", "AED", "SAR")


#: The share of the benchmark's pairs written with a slip (8% off or a magnitude).
SLIPS = 0.1


def _articles(n: int, seed: int = 20250122) -> list[tuple[str, dt.date, int]]:
    from moneyfacts import rates
    from moneyfacts.errors import MoneyfactsError

    rng = random.Random(seed)
    out = []
    start = dt.date(2000, 1, 1).toordinal()
    end = dt.date(2026, 10, 30).toordinal()
    misses = 0
    while len(out) < n:
        if misses > 100 * n + 1000:
            raise RuntimeError("no rates found for the benchmark's dates: is the rate data there?")
        day = dt.date.fromordinal(rng.randrange(start, end))
        code = rng.choice(_SPEED_CURRENCIES)
        try:
            rate = rates.get_rate(code, "USD", day)
        except MoneyfactsError:
            misses += 1
            continue
        parts = []
        pairs = rng.randint(2, 10)
        for _ in range(pairs):
            amount = Decimal(rng.randint(10, 999)).scaleb(rng.choice((6, 9)))
            usd = amount * rate.value
            if rng.random() < SLIPS:  # a slip: the checker diagnoses it
                usd *= rng.choice((Decimal("1.08"), Decimal("0.92"), Decimal(1000)))
            word = "billion" if usd >= 10**9 else "million"
            shown = (usd / Decimal(10**9 if word == "billion" else 10**6))
            shown = round(shown, 2 if shown < 10 else 1)
            a_word = "billion" if amount >= 10**9 else "million"
            a_shown = amount / Decimal(10**9 if a_word == "billion" else 10**6)
            parts.append(f"The unit booked {code} {a_shown} {a_word} (USD {shown} {word}).")
        out.append((" ".join(parts), day, pairs))
    return out


def speed(n: int = 1000) -> dict[str, float]:
    import moneyfacts
    from moneyfacts import check, parse

    src = str(Path(moneyfacts.__file__).resolve().parents[1])
    from moneyfacts.verify import check_pair

    arts = _articles(n)
    pairs = sum(p for _, _, p in arts)
    t = time.perf_counter()
    for text, day, _ in arts:
        check(text, date=day)
    dated = time.perf_counter() - t
    undated_pairs = [(parse(f"{c} {a} billion"), parse(f"USD {u} billion"))
                     for c, a, u in (("CNY", "40", "5.5"), ("JPY", "2000", "13.3"),
                                     ("KRW", "59.4", "46.1"), ("TWD", "883.2", "29.2"),
                                     ("SAR", "79", "21.07"), ("GBP", "103", "137.6"))]
    # First look-ups: a currency and date not seen before (the windows are not cached yet).
    rng = random.Random(7)
    firsts = []
    while len(firsts) < 300:
        day = dt.date.fromordinal(rng.randrange(dt.date(2006, 1, 1).toordinal(),
                                                dt.date(2026, 10, 1).toordinal()))
        code = rng.choice(_SPEED_CURRENCIES)
        firsts.append((parse(f"{code} 40 billion"), parse("USD 5.5 billion"), day))
    t = time.perf_counter()
    for o, s, day in firsts:
        check_pair(o, s, date=day)
    first = (time.perf_counter() - t) / len(firsts)
    t = time.perf_counter()
    for o, s in undated_pairs:
        check_pair(o, s, date=None)
    undated = (time.perf_counter() - t) / len(undated_pairs)
    load = subprocess.run(
        [sys.executable, "-c",
         "import time, tracemalloc, moneyfacts.models, moneyfacts.rates.store as st;"
         "t = time.perf_counter(); s = st.RateStore().load(); el = time.perf_counter() - t;"
         "tracemalloc.start(); s2 = st.RateStore().load(); cur, peak = tracemalloc.get_traced_memory();"
         "print(el, cur, peak)"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=True).stdout.split()
    res = {"articles": n, "pairs": pairs, "articles_per_s": n / dated,
           "ms_per_article": 1000 * dated / n, "undated_ms_per_pair": 1000 * undated, "first_ms": 1000 * first,
           "load_ms": 1000 * float(load[0]), "load_mb": int(load[1]) / 2**20,
           "load_peak_mb": int(load[2]) / 2**20}
    print("### Speed of checking\n")
    print(f"{n} articles, {pairs} pairs ({SLIPS:.0%} written with a slip), dates spread over "
          f"2000-2026 (one process, cold caches; moneyfacts from {src}):\n")
    print("| figure | value |")
    print("|---|---:|")
    print(f"| articles a second (one core) | {res['articles_per_s']:,.0f} |")
    print(f"| ms an article | {res['ms_per_article']:.2f} |")
    print(f"| first `check_pair` for a currency and date (mostly slips: the diagnosis runs) | "
          f"{res['first_ms']:.2f} ms |")
    print(f"| undated: ms a pair | {res['undated_ms_per_pair']:.1f} |")
    print(f"| rates load (fresh process) | {res['load_ms']:.0f} ms |")
    print(f"| rates load: memory held (traced) | {res['load_mb']:.1f} MB |")
    print(f"| rates load: peak while loading (traced) | {res['load_peak_mb']:.1f} MB |")
    print()
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--speed", action="store_true", help="also measure the speed of checking")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--write", action="store_true", help="write the section into bench/RESULTS.md")
    ap.add_argument("--src", default=str(ROOT / "src"),
                    help="the moneyfacts sources to measure (default: this checkout's src)")
    ap.add_argument("--baseline", metavar="SRC",
                    help="also measure another checkout's src (e.g. an earlier commit, from "
                    "`git archive <commit> src rates | tar -x -C DIR`) and print it first")
    ap.add_argument("--baseline-label", default="the baseline",
                    help="how the baseline is named in the output (e.g. its commit)")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.src)
    before = ""
    if args.baseline:
        cmd = [sys.executable, __file__, "--src", args.baseline, "--articles", str(args.articles)]
        before = subprocess.run(cmd + (["--speed"] if args.speed else []), capture_output=True,
                                text=True, check=True,
                                env={**os.environ, "PYTHONPATH": args.baseline}).stdout
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("## Verdicts on real journalism (bench/calibration.py)\n")
        from moneyfacts import __version__  # noqa: F401

        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
        print(f"Generated by `python bench/calibration.py{' --speed' if args.speed else ''}` at "
              f"{commit} (sources: `{os.path.relpath(args.src, ROOT)}`), "
              f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, on "
              f"`$MONEYFACTS_SHARED/real/conversions.jsonl`.\n")
        recs = records()
        band_table(recs)
        verdict_table(recs)
        stated_rate_table(recs)
        if args.speed:
            speed(args.articles)
    text = buf.getvalue()
    if before:
        body = before.split("\n", 2)[2] if before.startswith("## ") else before
        text += (f"\n### Before: the same measurements on {args.baseline_label}\n\n"
                 + body.replace("\n### ", "\n#### "))
    print(text)
    if args.write:
        path = ROOT / "bench" / "RESULTS.md"
        old = path.read_text(encoding="utf-8")
        section = f"{BEGIN}\n{text.rstrip()}\n{END}\n"
        if BEGIN in old and END in old:
            new = old[: old.index(BEGIN)] + section + old[old.index(END) + len(END) + 1 :]
        else:
            new = old.rstrip("\n") + "\n\n" + section
        path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
