"""moneyfacts adapter: ``moneyfacts.parse`` for expressions, ``moneyfacts.extract`` for
sentences and documents, plus the moneyfacts-only extras (``check`` latency, CLI cold start,
rates load time and memory)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from importlib.metadata import version as _v

import _base

CHECK_DATE = dt.date(2025, 1, 22)

# Run in a fresh interpreter: time and peak-RSS delta of the first rates lookup.
RATES_PROBE = r"""
import json, resource, time, datetime
def peak():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over execve from the parent.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
import moneyfacts
# pydantic and the public models load with any moneyfacts call (about 0.15 s and 19 MB on
# their own); what is measured here is the rates: the store, the files, the first lookup.
import moneyfacts.models
base = peak()
t0 = time.perf_counter()
import moneyfacts.rates
rate = moneyfacts.rates.get_rate("USD", "CNY", datetime.date(2025, 1, 22))
t1 = time.perf_counter()
after = peak()
t2 = time.perf_counter()
moneyfacts.rates.get_rate("EUR", "JPY", datetime.date(2024, 6, 3))
t3 = time.perf_counter()
value = getattr(rate, "value", rate)
print(json.dumps({"load_ms": (t1 - t0) * 1000, "second_lookup_ms": (t3 - t2) * 1000,
                  "rss_delta_mb": after - base, "peak_rss_mb": after, "rate": str(value)}))
"""


def setup():
    import moneyfacts

    moneyfacts.parse("$5bn")
    try:
        moneyfacts.extract("It paid $5bn (Rmb36 billion).")
        # The data read once a process, on first need (the place gazetteer and the English
        # words that weigh a shared sign such as 'C$' or '£', the CJK tables): loaded here, in
        # the timed setup, not in the first timed pass of whichever phase meets it first (the
        # expressions': ~10 s of loading counted as parsing, 76 expressions a second).
        moneyfacts.parse("C$450 million")
        moneyfacts.extract("It paid £350m and Rs 5 crore; 160亿元 in all.")
        moneyfacts.extract("It has 30tn tokens at $20,000 per unit, 5.5 billion dollars, 2 GW.")
    except Exception:  # noqa: BLE001 - extract may not be ready; its phases record the error
        pass
    return moneyfacts


def convert(q):
    # A measure's per-unit is part of its unit ('barrel / day'), as a unit tool writes it.
    unit = f"{q.unit} / {q.per}" if q.kind == "measure" and q.per else q.unit
    if q.value is None and (q.low is not None or q.high is not None):
        return _base.pred(q.kind, unit, low=q.low, high=q.high)
    return _base.pred(q.kind, unit, q.value)


def parse_call(mf, text):
    from moneyfacts.errors import ParseError

    try:
        return mf.parse(text)
    except ParseError:  # how moneyfacts says "no amount here"
        return None


def parse_convert(mf, q):
    return [] if q is None else [convert(q)]


def extract_call(mf, text):
    return mf.extract(text)


def extract_convert(mf, ex):
    return [convert(q) for q in ex.mentions]


def _median_ms(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def extras(mf, task):
    out = {}
    quick = bool(task.get("quick"))
    article = task.get("check_article") or ""
    # check() of a ~5 KB article after warm-up.
    try:
        for _ in range(3):
            rep = mf.check(article, date=CHECK_DATE)
        med, best = _median_ms(lambda: mf.check(article, date=CHECK_DATE), 5 if quick else 30)
        findings = getattr(rep, "findings", None)
        out["check"] = {"article_bytes": len(article.encode()), "median_ms": med, "min_ms": best,
                        "findings": len(findings) if findings is not None else None}
    except Exception as e:  # noqa: BLE001
        out["check"] = {"error": f"{type(e).__name__}: {e}"[:300]}
    # CLI cold start of the installed console script.
    bindir = os.path.dirname(sys.executable)
    script = os.path.join(bindir, "moneyfacts")
    if not os.path.exists(script):
        script = shutil.which("moneyfacts") or script
    try:
        runs = 3 if quick else 9
        times = []
        last = None
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            last = subprocess.run([script, "parse", "$5bn"], capture_output=True, text=True, timeout=60)
            times.append(time.perf_counter() - t0)
        times = times[1:]  # the first run warms the OS file cache
        out["cli"] = {"script": script, "median_s": statistics.median(times), "min_s": min(times),
                      "runs": runs, "returncode": last.returncode,
                      "stdout": last.stdout.strip()[:200], "stderr": last.stderr.strip()[-300:]}
        if last.returncode != 0:
            out["cli"]["error"] = f"exit {last.returncode}: {last.stderr.strip()[-200:]}"
    except Exception as e:  # noqa: BLE001
        out["cli"] = {"error": f"{type(e).__name__}: {e}"[:300]}
    # Rates: first lookup in a fresh process.
    try:
        samples = []
        for _ in range(1 if quick else 5):
            p = subprocess.run([sys.executable, "-c", RATES_PROBE], capture_output=True, text=True, timeout=120)
            if p.returncode != 0:
                raise RuntimeError(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f"exit {p.returncode}")
            samples.append(json.loads(p.stdout.strip().splitlines()[-1]))
        out["rates"] = {
            "load_ms": statistics.median(s["load_ms"] for s in samples),
            "rss_delta_mb": statistics.median(s["rss_delta_mb"] for s in samples),
            "second_lookup_ms": statistics.median(s["second_lookup_ms"] for s in samples),
            "rate_usd_cny_2025_01_22": samples[0]["rate"], "runs": len(samples),
        }
    except Exception as e:  # noqa: BLE001
        out["rates"] = {"error": f"{type(e).__name__}: {e}"[:300]}
    return out


if __name__ == "__main__":
    raise SystemExit(_base.main("moneyfacts", lambda: _v("moneyfacts"), setup, _base.Split(parse_call, parse_convert),
                                _base.Split(extract_call, extract_convert), extras))
