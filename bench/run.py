"""Benchmark harness: moneyfacts against its peers, on the same inputs, on one machine.

    python bench/run.py                       # everything: venvs, all tools, RESULTS.md
    python bench/run.py --tools moneyfacts,duckling --quick
    python bench/run.py --tools moneyfacts --inplace --quick --json --out /tmp/r.md

Every tool runs in its own venv (``bench/.venvs/<tool>``, created from the pinned
``bench/requirements/<tool>.txt``) through a small adapter script
(``bench/adapters/<tool>_adapter.py``) started as a subprocess. The adapter times the work and
writes normalised readings; this harness scores them against the gold labels and writes
``bench/RESULTS.md`` (``--json`` also prints a JSON summary on stdout). See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import corpus  # noqa: E402

VENVS = BENCH / ".venvs"
CACHE = BENCH / ".cache"
REQS = BENCH / "requirements"
ADAPTERS = BENCH / "adapters"

#: tool name -> (adapter script, requirements file)
TOOLS: dict[str, tuple[str, str]] = {
    # The release build: the hot modules compiled with mypyc (pyproject.toml, wheel hook).
    "moneyfacts": ("moneyfacts_adapter.py", "moneyfacts.txt"),
    # The same checkout installed as pure Python, as `pip install .` does by default.
    "moneyfacts-py": ("moneyfacts_adapter.py", "moneyfacts.txt"),
    "quantulum3": ("quantulum3_adapter.py", "quantulum3.txt"),
    "price-parser": ("price_parser_adapter.py", "price-parser.txt"),
    "recognizers": ("recognizers_adapter.py", "recognizers.txt"),
    "duckling": ("duckling_adapter.py", "duckling.txt"),
}
OURS = ("moneyfacts", "moneyfacts-py")

TARGETS = {"check_ms": 5.0, "cli_s": 0.4, "rates_ms": 150.0, "rates_mb": 30.0}


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- inputs


#: The sections of RESULTS.md that other scripts write (bench/soak.py, bench/calibration.py),
#: between their markers: kept when this script rewrites the file.
KEPT_SECTIONS = (("<!-- speed:begin -->", "<!-- speed:end -->"),
                 ("<!-- soak: written by bench/soak.py -->", "<!-- /soak -->"),
                 ("<!-- calibration:begin -->", "<!-- calibration:end -->"))


def kept_sections(path: Path) -> str:
    """The marked sections of an existing results file, in their order there, or ''."""
    try:
        old = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    found = []
    for begin, end in KEPT_SECTIONS:
        i = old.find(begin)
        j = old.find(end, i + 1) if i >= 0 else -1
        if i >= 0 and j >= 0:
            found.append((i, old[i : j + len(end)] + "\n"))
    return "\n".join(block for _, block in sorted(found))


def shared_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    env = os.environ.get("MONEYFACTS_SHARED")
    return Path(env) if env else (REPO.parent / "shared")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_inputs(args: argparse.Namespace) -> dict[str, Any]:
    shared = shared_dir(args.shared)
    gold = shared / "gold"
    exprs = read_jsonl(gold / "expressions.jsonl")
    sents = read_jsonl(gold / "sentences.jsonl")
    if args.quick:
        exprs, sents = exprs[:25], sents[:8]
        articles = corpus.build(kb=4.5)
    else:
        articles = corpus.build(kb=args.corpus_kb)
        corpus.write(articles, CACHE)
    corpus_sents = [s for a in articles for s in a["sentences"]]
    return {
        "shared": str(shared),
        "expressions": exprs,
        "sentences": sents,
        "articles": articles,
        "corpus_sentences": corpus_sents,
        "check_article": articles[0]["text"],
    }


# --------------------------------------------------------------------------- venvs


def req_python(req: Path) -> str | None:
    for line in req.read_text().splitlines():
        if line.startswith("# python:"):
            return line.split(":", 1)[1].strip()
    return None


def find_python(version: str | None) -> str:
    """An interpreter of the wanted X.Y version (pyenv-aware); the current one if None."""
    if not version or platform.python_version().startswith(version + "."):
        return sys.executable
    candidates = [shutil.which(f"python{version}")]
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    candidates += sorted(glob.glob(f"{root}/versions/{version}.*/bin/python{version}"), reverse=True)
    candidates += [f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"]
    for c in candidates:
        if not c or not os.path.exists(c):
            continue
        try:
            out = subprocess.run([c, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip() == version:
            return c
    raise RuntimeError(f"no Python {version} interpreter found (pyenv install {version}?)")


def _run(cmd: list[str], logf: Path, timeout: float = 1800, env: dict[str, str] | None = None) -> None:
    with logf.open("a") as f:
        f.write(f"\n$ {' '.join(cmd)}\n")
        f.flush()
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, timeout=timeout,
                           env=dict(os.environ, **env) if env else None)
    if p.returncode != 0:
        tail = [ln for ln in logf.read_text(errors="replace").splitlines() if ln.strip()
                and "is ignored: it is neither a file nor a directory" not in ln]
        errors = [ln for ln in tail if ln.startswith("ERROR")]
        tail = errors[-3:] if errors else tail[-4:]
        raise RuntimeError(f"`{' '.join(cmd[-3:])}` failed (exit {p.returncode}): " + " | ".join(tail))


def ensure_venv(tool: str, skip_install: bool) -> dict[str, Any]:
    """Create/refresh the tool's venv; return {"python", "install", ...} or raise."""
    req = REQS / TOOLS[tool][1]
    venv = VENVS / tool
    py = venv / "bin" / "python"
    info: dict[str, Any] = {"venv": str(venv)}
    if skip_install:
        if not py.exists():
            raise RuntimeError(f"--skip-install but {venv} does not exist")
        info["python"] = str(py)
        info["install"] = "skipped"
        return info
    VENVS.mkdir(parents=True, exist_ok=True)
    logf = VENVS / f"{tool}.install.log"
    logf.write_text("")
    stamp = venv / ".bench-stamp"
    want = hashlib.sha256(req.read_bytes()).hexdigest()
    if py.exists() and (not stamp.exists() or stamp.read_text().split("\n")[0] != want):
        shutil.rmtree(venv)
    if not py.exists():
        base = find_python(req_python(req))
        _run([base, "-m", "venv", str(venv)], logf, 300)
    pip = [str(py), "-m", "pip", "--disable-pip-version-check", "-q"]
    if tool in OURS:
        if not stamp.exists():
            _run(pip + ["install", str(REPO)], logf)
        # Always reinstall the current checkout (not editable, like a user's install).
        reinstall = pip + ["install", "--no-deps", "--force-reinstall", "--no-cache-dir", str(REPO)]
        compiled = False
        if tool == "moneyfacts":
            try:
                # CLEAN_HOOKS_AFTER: the mypyc hook builds its extension modules beside the
                # sources, where they would shadow an editable install; they go once packed.
                _run(reinstall, logf, env={"HATCH_BUILD_HOOK_ENABLE_MYPYC": "true",
                                           "HATCH_BUILD_CLEAN_HOOKS_AFTER": "true"})
                compiled = True
                info["install"] = "pip install <repo> (wheel, compiled with mypyc)"
            except RuntimeError as e:
                log(f"moneyfacts: the mypyc build failed ({e}); installing pure Python")
        if not compiled:
            try:
                _run(reinstall, logf)
                info["install"] = "pip install <repo> (wheel, pure Python)" + (
                    "; the mypyc build failed" if tool == "moneyfacts" else "")
            except RuntimeError as e:
                log(f"{tool}: non-editable install failed ({e}); trying editable")
                _run(pip + ["install", "-e", str(REPO)], logf)
                info["install"] = "pip install -e <repo> (editable; the wheel build failed)"
    elif not stamp.exists():
        _run(pip + ["install", "-r", str(req)], logf)
        info["install"] = "pip install -r " + os.path.relpath(req, REPO)
    else:
        info["install"] = "cached venv (requirements unchanged)"
    stamp.write_text(want + "\n")
    info["python"] = str(py)
    return info


# --------------------------------------------------------------------------- running


def run_tool(tool: str, py: str, task: dict[str, Any], timeout: float) -> dict[str, Any]:
    raw_dir = CACHE / ("quick" if task.get("quick") else "")
    raw_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mfbench-") as tmp:
        task_path = Path(tmp) / "task.json"
        out_path = Path(tmp) / "result.json"
        task_path.write_text(json.dumps(task, ensure_ascii=False), encoding="utf-8")
        cmd = [py, str(ADAPTERS / TOOLS[tool][0]), str(task_path), str(out_path)]
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONPATH", None)
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
            rc, stderr = p.returncode, p.stderr
        except subprocess.TimeoutExpired as e:
            rc, stderr = None, (e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else e.stderr or "")
        wall = time.perf_counter() - t0
        res: dict[str, Any] = {}
        if out_path.exists():
            try:
                res = json.loads(out_path.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                res = {}
    res["wall_s"] = wall
    if rc is None:
        res["ok"] = False
        res["error"] = f"timed out after {timeout:.0f} s" + (" (partial results kept)" if res.get("phases") else "")
    elif rc != 0 and not res.get("error"):
        res["ok"] = False
        lines = [ln for ln in (stderr or "").strip().splitlines() if ln.strip()]
        res["error"] = f"adapter exited {rc}: " + (lines[-1] if lines else "no output")
    (raw_dir / f"result-{tool}.json").write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    return res


# --------------------------------------------------------------------------- scoring


def _d(x: Any) -> Decimal | None:
    if x is None:
        return None
    try:
        return Decimal(str(x)).normalize()
    except (InvalidOperation, ValueError):
        return None


def key(p: dict[str, Any]) -> tuple[Any, ...]:
    """What must match exactly: kind, unit, and value (or low and high)."""
    kind = p.get("kind")
    unit = p.get("unit")
    unit = "" if unit is None else str(unit)
    unit = unit.upper() if kind == "money" else unit.lower()
    if p.get("value") is None and (p.get("low") is not None or p.get("high") is not None):
        return (kind, unit, "range", _d(p.get("low")), _d(p.get("high")))
    return (kind, unit, "value", _d(p.get("value")))


def _candidates(p: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [key(p)] + [key(a) for a in p.get("alts", [])]


def match_multiset(preds: list[dict[str, Any]], gold: list[dict[str, Any]],
                   kinds: set[str] | None = None) -> tuple[int, int, int]:
    """(true positives, predicted, gold) under multiset matching; ``alts`` may stand in."""
    if kinds is not None:
        preds = [p for p in preds if p.get("kind") in kinds]
        gold = [g for g in gold if g.get("kind") in kinds]
    remaining = Counter(key(g) for g in gold)
    tp = 0
    for p in preds:
        for k in _candidates(p):
            if remaining[k] > 0:
                remaining[k] -= 1
                tp += 1
                break
    return tp, len(preds), len(gold)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | None]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if n_gold or n_pred else None)
    return {"precision": p, "recall": r, "f1": f}


def score_expressions(outputs: list[Any], gold: list[dict[str, Any]]) -> dict[str, Any]:
    correct = []
    for out, g in zip(outputs, gold):
        ok = isinstance(out, list) and bool(out) and key(g["expected"]) in _candidates(out[0])
        correct.append(ok)
    n = len(correct)
    money = [c for c, g in zip(correct, gold) if g["expected"]["kind"] == "money"]
    by_tag: dict[str, list[bool]] = {}
    for c, g in zip(correct, gold):
        for t in g.get("tags", []):
            by_tag.setdefault(t, []).append(c)
    return {
        "n": n,
        "accuracy": sum(correct) / n if n else None,
        "money_n": len(money),
        "money_accuracy": sum(money) / len(money) if money else None,
        "by_tag": {t: {"n": len(v), "accuracy": sum(v) / len(v)} for t, v in sorted(by_tag.items())},
        "correct": correct,
    }


def score_mentions(outputs: list[Any], golds: list[list[dict[str, Any]]]) -> dict[str, Any]:
    n = len(outputs)
    exact = 0
    tot = [0, 0, 0]
    tot_m = [0, 0, 0]
    for out, gold in zip(outputs, golds):
        preds = out if isinstance(out, list) else []
        tp, np_, ng = match_multiset(preds, gold)
        exact += int(tp == np_ == ng)
        tot = [a + b for a, b in zip(tot, (tp, np_, ng))]
        tm = match_multiset(preds, gold, {"money"})
        tot_m = [a + b for a, b in zip(tot_m, tm)]
    return {
        "n": n,
        "exact": exact / n if n else None,
        **prf(*tot),
        "money": prf(*tot_m),
        "counts": {"tp": tot[0], "pred": tot[1], "gold": tot[2]},
    }


def score(res: dict[str, Any], inputs: dict[str, Any]) -> dict[str, Any]:
    ph = res.get("phases") or {}
    sc: dict[str, Any] = {}
    if "expressions" in ph:
        sc["expressions"] = score_expressions(ph["expressions"]["outputs"], inputs["expressions"])
    if "sentences" in ph:
        outs = ph["sentences"]["outputs"]
        sc["sentences"] = score_mentions(outs, [s["expected"] for s in inputs["sentences"]][: len(outs)])
    if "corpus_sentences" in ph:
        outs = ph["corpus_sentences"]["outputs"]
        sc["corpus_sentences"] = score_mentions(outs, [s["expected"] for s in inputs["corpus_sentences"]][: len(outs)])
    if "corpus_docs" in ph:
        outs = ph["corpus_docs"]["outputs"]
        golds = [[m for s in a["sentences"] for m in s["expected"]] for a in inputs["articles"]]
        sc["corpus_docs"] = score_mentions(outs, golds[: len(outs)])
    return sc


# --------------------------------------------------------------------------- report


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        commit += " (src/ modified)" if dirty else ""
    except (OSError, subprocess.TimeoutExpired):
        commit = "?"
    return {
        "date_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem,
        "harness_python": platform.python_version(),
        "moneyfacts_commit": commit,
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }


def _f(x: Any, fmt: str = "{:.1f}", none: str = "–") -> str:
    if x is None:
        return none
    try:
        return fmt.format(x)
    except (ValueError, TypeError):
        return str(x)


def _pct(x: Any) -> str:
    return _f(None if x is None else 100 * x, "{:.1f}%")


def _ratio(a: Any, b: Any) -> str:
    if not a or not b:
        return "–"
    r = a / b
    return f"{r:.1f}×" if r >= 10 else f"{r:.2f}×"


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One result from a tool's runs: what it read from the first run that finished (the
    readings are the same each time), each phase's timing from its fastest run, the highest
    memory, and for the moneyfacts extras the fastest time and the highest memory of each."""
    done = [r for r in runs if r.get("ok")]
    if not done:
        return runs[-1] if runs else {"ok": False, "error": "not run"}
    best = dict(done[0])
    best["runs"] = len(runs)
    phases = {}
    for name, phase in (best.get("phases") or {}).items():
        timed = [r["phases"][name] for r in done if name in (r.get("phases") or {})
                 and r["phases"][name].get("items_per_s")]
        fastest = max(timed, key=lambda p: p["items_per_s"], default=phase)
        phases[name] = {**phase, **{k: fastest.get(k) for k in ("seconds", "passes", "items_per_s", "kb_per_s")},
                        # every run's, in round order (None for a run without this phase)
                        "rounds_kb_per_s": [(r.get("phases") or {}).get(name, {}).get("kb_per_s")
                                            for r in done]}
    best["phases"] = phases
    best["peak_rss_mb"] = max((r.get("peak_rss_mb") or 0 for r in done), default=None) or None
    best["setup_s"] = min((r["setup_s"] for r in done if r.get("setup_s") is not None), default=None)
    extras = [r.get("extras") or {} for r in done]
    if any(extras):
        merged = dict(extras[0])
        for key, field, pick in (("check", "median_ms", min), ("cli", "median_s", min),
                                 ("rates", "load_ms", min)):
            timed = [x[key] for x in extras if field in (x.get(key) or {})]
            if timed:
                merged[key] = dict(pick(timed, key=lambda x: x[field]))
        rss = [x["rates"]["rss_delta_mb"] for x in extras if "rss_delta_mb" in (x.get("rates") or {})]
        if rss and "rates" in merged:
            merged["rates"]["rss_delta_mb"] = max(rss)
        best["extras"] = merged
    return best


def summarise(tool: str, res: dict[str, Any], sc: dict[str, Any]) -> dict[str, Any]:
    ph = res.get("phases") or {}

    def phase(name: str, field: str) -> Any:
        return (ph.get(name) or {}).get(field)

    return {
        "tool": tool,
        "ok": bool(res.get("ok")),
        "error": res.get("error"),
        "version": res.get("version"),
        "python": res.get("python"),
        "install": res.get("install"),
        "setup_s": res.get("setup_s"),
        "peak_rss_mb": res.get("peak_rss_mb"),
        "rss_after_setup_mb": res.get("rss_after_setup_mb"),
        "expressions": {
            **{k: v for k, v in (sc.get("expressions") or {}).items() if k != "correct"},
            "per_s": phase("expressions", "items_per_s"),
            "errors": phase("expressions", "errors"),
            "first_error": phase("expressions", "first_error"),
        },
        "sentences": {**(sc.get("sentences") or {}), "kb_per_s": phase("sentences", "kb_per_s"),
                      "errors": phase("sentences", "errors"), "first_error": phase("sentences", "first_error")},
        "corpus_sentences": {**(sc.get("corpus_sentences") or {}), "kb_per_s": phase("corpus_sentences", "kb_per_s"),
                             "per_s": phase("corpus_sentences", "items_per_s"),
                             "rounds_kb_per_s": phase("corpus_sentences", "rounds_kb_per_s"),
                             "n_done": phase("corpus_sentences", "n_done"), "n_total": phase("corpus_sentences", "n"),
                             "errors": phase("corpus_sentences", "errors"),
                             "first_error": phase("corpus_sentences", "first_error")},
        "corpus_docs": {**(sc.get("corpus_docs") or {}), "kb_per_s": phase("corpus_docs", "kb_per_s"),
                        "n_done": phase("corpus_docs", "n_done"), "n_total": phase("corpus_docs", "n"),
                        "errors": phase("corpus_docs", "errors"), "first_error": phase("corpus_docs", "first_error")},
        "extras": res.get("extras"),
    }


def _rounds_section(tools: list[dict[str, Any]], rounds: int) -> list[str]:
    """The corpus sentences' speed of every tool in each round, and the pure-Python moneyfacts
    to Duckling ratio round by round: how far the machine moved the figures the tables above
    take the best of."""
    rows = [t for t in tools if t["ok"] and len(t["corpus_sentences"].get("rounds_kb_per_s") or []) > 1]
    if rounds < 2 or not rows:
        return []
    L = ["## Speed in each round (KB/s per sentence)", "",
         "Each round runs every tool once, first to last or last to first, so the same round of two "
         "tools ran minutes apart on the same machine; the tables above take each tool's best round.",
         ""]
    n = max(len(t["corpus_sentences"]["rounds_kb_per_s"]) for t in rows)
    L.append("| tool | " + " | ".join(f"round {k + 1}" for k in range(n)) + " | best | median |")
    L.append("|---|" + "---:|" * (n + 2))
    for t in rows:
        got = t["corpus_sentences"]["rounds_kb_per_s"]
        cells = [_f(x, "{:,.1f}") for x in got] + ["–"] * (n - len(got))
        done = [x for x in got if x]
        best = _f(max(done), "{:,.1f}") if done else "–"
        middle = _f(statistics.median(done), "{:,.1f}") if done else "–"
        L.append(f"| {t['tool']} | " + " | ".join(cells) + f" | {best} | {middle} |")
    by = {t["tool"]: t["corpus_sentences"]["rounds_kb_per_s"] for t in rows}
    if "moneyfacts-py" in by and "duckling" in by:
        pairs = [a / b for a, b in zip(by["moneyfacts-py"], by["duckling"]) if a and b]
        if pairs:
            L.append("")
            L.append("moneyfacts-py ÷ duckling in the same round: "
                     + ", ".join(f"{r:.2f}×" for r in pairs)
                     + f" (median {statistics.median(pairs):.2f}×, lowest {min(pairs):.2f}×).")
    L.append("")
    return L


def render(summary: dict[str, Any]) -> str:
    m = summary["machine"]
    tools = summary["tools"]
    inp = summary["inputs"]
    L: list[str] = []
    L.append("# moneyfacts benchmark results")
    L.append("")
    L.append("Generated by `python bench/run.py" + (" " + " ".join(summary["argv"]) if summary["argv"] else "")
             + "` (this top part; the soak and calibration sections below come from their own "
             "scripts and are kept); regenerated on every run (see bench/README.md for what is "
             "measured and how).")
    L.append("")
    L.append(f"- Date: {m['date_utc']}")
    L.append(f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM; {m['platform']}")
    L.append(f"- moneyfacts commit: {m['moneyfacts_commit']}; harness Python {m['harness_python']}")
    rounds = summary.get("settings", {}).get("rounds", 1)
    if rounds > 1:
        L.append(f"- Every tool ran {rounds} times, in alternating order (first to last, then last to "
                 "first): timings are each tool's best run, memory its highest")
    if m.get("load_average") or summary.get("load_average_start"):
        L.append(f"- Load average (1/5/15 min) at start: {summary.get('load_average_start')}, at end: "
                 f"{m.get('load_average')} (other work on the machine slows every tool)")
    L.append(f"- Inputs: {inp['expressions']} gold expressions, {inp['sentences']} gold sentences, "
             f"generated corpus of {inp['articles']} articles / {inp['corpus_sentences']} sentences / "
             f"{inp['corpus_kb']:.1f} KB (seed {corpus.SEED})" + (" — **quick mode (tiny inputs)**" if summary["quick"] else ""))
    L.append("")
    L.append("## Tools")
    L.append("")
    L.append("| tool | version | Python | install | setup (s) | peak RSS (MB) | status |")
    L.append("|---|---|---|---|---:|---:|---|")
    for t in tools:
        status = "ok" if t["ok"] else "**failed**: " + str(t.get("error") or "?").replace("|", "\\|")[:300]
        L.append(f"| {t['tool']} | {t.get('version') or '–'} | {t.get('python') or '–'} | {t.get('install') or '–'} | "
                 f"{_f(t.get('setup_s'), '{:.2f}')} | {_f(t.get('peak_rss_mb'))} | {status} |")
    L.append("")
    L.append("## Accuracy and speed")
    L.append("")
    L.append("Accuracy is exact: kind, unit (ISO 4217 for money) and value (or low and high) must all "
             "match. Sentence figures match mentions as a multiset; *money F1* counts money mentions only "
             "(fairer to money-only tools).")
    L.append("")
    L.append("| tool | expr. accuracy | expr. money acc. | expr/s | gold sent. exact | gold sent. F1 | "
             "corpus sent. F1 | corpus money F1 | KB/s per sentence | corpus doc F1 | KB/s documents | peak RSS (MB) |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for t in tools:
        e, s, cs, cd = t["expressions"], t["sentences"], t["corpus_sentences"], t["corpus_docs"]
        cov_s = "" if cs.get("n_done") == cs.get("n_total") or cs.get("n_done") is None else f" ({cs['n_done']}/{cs['n_total']})"
        cov_d = "" if cd.get("n_done") == cd.get("n_total") or cd.get("n_done") is None else f" ({cd['n_done']}/{cd['n_total']} docs)"
        L.append(f"| {t['tool']} | {_pct(e.get('accuracy'))} | {_pct(e.get('money_accuracy'))} | {_f(e.get('per_s'), '{:,.0f}')} | "
                 f"{_pct(s.get('exact'))} | {_pct(s.get('f1'))} | {_pct(cs.get('f1'))}{cov_s} | "
                 f"{_pct((cs.get('money') or {}).get('f1'))} | {_f(cs.get('kb_per_s'), '{:,.1f}')} | "
                 f"{_pct(cd.get('f1'))}{cov_d} | {_f(cd.get('kb_per_s'), '{:,.1f}')} | {_f(t.get('peak_rss_mb'))} |")
    L.append("")
    ours = [t for t in tools if t["tool"] in OURS]
    peers = [t for t in tools if t["tool"] not in OURS]
    for mf in ours:
        if not peers:
            break
        pure = mf["tool"] == "moneyfacts-py"
        L.append("## " + ("moneyfacts as pure Python" if pure else "moneyfacts") + " relative to each peer")
        L.append("")
        if pure:
            L.append("The same checkout without the compiled modules (what `pip install .` gives by default).")
        else:
            L.append("Speed ratios are moneyfacts ÷ peer (above 1× means moneyfacts is faster); memory is "
                     "moneyfacts ÷ peer (below 1× means moneyfacts uses less); accuracy is the difference in points.")
        L.append("")
        L.append("| peer | expr/s | KB/s per sentence | KB/s documents | peak RSS | Δ expr. accuracy | Δ corpus sent. F1 |")
        L.append("|---|---:|---:|---:|---:|---:|---:|")
        for p in peers:
            def diff(a: Any, b: Any) -> str:
                return "–" if a is None or b is None else f"{100 * (a - b):+.1f}"
            L.append(f"| {p['tool']} | {_ratio(mf['expressions'].get('per_s'), p['expressions'].get('per_s'))} | "
                     f"{_ratio(mf['corpus_sentences'].get('kb_per_s'), p['corpus_sentences'].get('kb_per_s'))} | "
                     f"{_ratio(mf['corpus_docs'].get('kb_per_s'), p['corpus_docs'].get('kb_per_s'))} | "
                     f"{_ratio(mf.get('peak_rss_mb'), p.get('peak_rss_mb'))} | "
                     f"{diff(mf['expressions'].get('accuracy'), p['expressions'].get('accuracy'))} | "
                     f"{diff(mf['corpus_sentences'].get('f1'), p['corpus_sentences'].get('f1'))} |")
        L.append("")
    L.extend(_rounds_section(tools, rounds))
    if ours:
        L.append("## moneyfacts only")
        L.append("")
        L.append("| measure | " + " | ".join(t["tool"] for t in ours) + " | target |")
        L.append("|---|" + "---:|" * len(ours) + "---:|")

        def row(label: str, target: str, cell: Callable[[dict[str, Any]], str]) -> None:
            L.append(f"| {label} | " + " | ".join(cell(t.get("extras") or {}) for t in ours) + f" | {target} |")

        def mark(ok: bool) -> str:
            return " ✅" if ok else " ❌"

        def check_cell(x: dict[str, Any]) -> str:
            c = x.get("check") or {}
            if "median_ms" not in c:
                return "error: " + str(c.get("error", x.get("error", "not run")))
            return f"{c['median_ms']:.2f} ms" + mark(c["median_ms"] <= TARGETS["check_ms"])

        def cli_cell(x: dict[str, Any]) -> str:
            c = x.get("cli") or {}
            if "median_s" not in c or c.get("error"):
                return "error: " + str(c.get("error", "not run"))
            return f"{c['median_s']:.3f} s (median of {c['runs']})" + mark(c["median_s"] <= TARGETS["cli_s"])

        def rates_cell(key: str, fmt: str, target: float) -> Callable[[dict[str, Any]], str]:
            def cell(x: dict[str, Any]) -> str:
                c = x.get("rates") or {}
                if key not in c:
                    return "error: " + str(c.get("error", "not run"))
                return fmt.format(c[key]) + mark(c[key] <= target)
            return cell

        size = next(((t.get("extras") or {}).get("check", {}).get("article_bytes") for t in ours
                     if "article_bytes" in ((t.get("extras") or {}).get("check") or {})), 5000)
        row(f"`check()` of a {size / 1000:.1f} KB article, warm (median)", "≤ 5 ms", check_cell)
        row("CLI cold start `moneyfacts parse '$5bn'`", "≤ 0.4 s", cli_cell)
        row("rates: first `get_rate('USD','CNY', 2025-01-22)` in a fresh process", "≤ 150 ms",
            rates_cell("load_ms", "{:.1f} ms", TARGETS["rates_ms"]))
        row("rates: peak RSS delta of that call", "≤ 30 MB", rates_cell("rss_delta_mb", "{:.1f} MB", TARGETS["rates_mb"]))
        L.append("")
    # Expression accuracy by tag.
    tags = sorted({tag for t in tools for tag in (t["expressions"].get("by_tag") or {})})
    if tags:
        L.append("## Expression accuracy by gold tag")
        L.append("")
        L.append("| tag | n | " + " | ".join(t["tool"] for t in tools) + " |")
        L.append("|---|---:|" + "---:|" * len(tools))
        for tag in tags:
            n = next((t["expressions"]["by_tag"][tag]["n"] for t in tools if tag in (t["expressions"].get("by_tag") or {})), 0)
            cells = [_pct(((t["expressions"].get("by_tag") or {}).get(tag) or {}).get("accuracy")) for t in tools]
            L.append(f"| {tag} | {n} | " + " | ".join(cells) + " |")
        L.append("")
    errs = [(t["tool"], ph, t[ph].get("errors"), t[ph].get("first_error")) for t in tools
            for ph in ("expressions", "sentences", "corpus_sentences", "corpus_docs") if t[ph].get("errors")]
    if errs:
        L.append("## Per-input errors (the tool raised on some inputs)")
        L.append("")
        L.append("| tool | phase | inputs that raised | first error |")
        L.append("|---|---|---:|---|")
        for tool, ph, n, first in errs:
            first_s = str(first).replace("|", "\\|")[:200]
            L.append(f"| {tool} | {ph} | {n} | {first_s} |")
        L.append("")
    return "\n".join(L)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark moneyfacts against its peers.")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of: " + ", ".join(TOOLS))
    ap.add_argument("--quick", action="store_true", help="tiny inputs (25 expressions, 8 sentences, ~5 KB corpus)")
    ap.add_argument("--skip-install", action="store_true", help="use the existing venvs as they are")
    ap.add_argument("--inplace", action="store_true", help="run moneyfacts in this interpreter (no venv)")
    ap.add_argument("--json", action="store_true", help="print the JSON summary on stdout")
    ap.add_argument("--out", type=Path, default=BENCH / "RESULTS.md", help="Markdown output (default %(default)s)")
    ap.add_argument("--no-write", action="store_true", help="do not write the Markdown file")
    ap.add_argument("--shared", help="shared folder (default $MONEYFACTS_SHARED or ../shared)")
    ap.add_argument("--budget", type=float, default=None,
                    help="seconds of timed work per phase per tool before stopping early (default 240; quick 10)")
    ap.add_argument("--min-time", type=float, default=None, help="minimum seconds of timed work per phase (default 2; quick 0.05)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a tool's run is killed")
    ap.add_argument("--corpus-kb", type=float, default=corpus.DEFAULT_KB)
    ap.add_argument("--rounds", type=int, default=None,
                    help="runs of every tool, in alternating order; timings are each tool's best "
                         "(default 2; quick 1)")
    args = ap.parse_args(argv)

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        ap.error(f"unknown tool(s): {', '.join(unknown)}")
    budget = args.budget if args.budget is not None else (10.0 if args.quick else 240.0)
    min_time = args.min_time if args.min_time is not None else (0.05 if args.quick else 2.0)
    args.rounds = max(1, args.rounds if args.rounds is not None else (1 if args.quick else 2))

    load_start = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    inputs = load_inputs(args)
    task = {
        "phases": {
            "expressions": [e["text"] for e in inputs["expressions"]],
            "sentences": [s["text"] for s in inputs["sentences"]],
            "corpus_sentences": [s["text"] for s in inputs["corpus_sentences"]],
            "corpus_docs": [a["text"] for a in inputs["articles"]],
        },
        "budget_s": budget,
        "min_time_s": min_time,
        "quick": args.quick,
        "check_article": inputs["check_article"],
    }
    corpus_kb = sum(len(a["text"].encode()) for a in inputs["articles"]) / 1000
    log(f"inputs: {len(inputs['expressions'])} expressions, {len(inputs['sentences'])} sentences, "
        f"{len(inputs['articles'])} articles ({corpus_kb:.1f} KB), {len(inputs['corpus_sentences'])} corpus sentences")

    infos: dict[str, dict[str, Any]] = {}
    runs: dict[str, list[dict[str, Any]]] = {tool: [] for tool in tools}
    for rnd in range(args.rounds):
        # Alternate the order (A..E, then E..A): the machine's speed drifts, and a tool that
        # always ran first or last would carry the drift into every ratio.
        for tool in (tools if rnd % 2 == 0 else tools[::-1]):
            if tool not in infos:
                try:
                    if tool in OURS and args.inplace:
                        infos[tool] = {"python": sys.executable, "install": "in place (current interpreter)"}
                    else:
                        log(f"{tool}: preparing venv")
                        infos[tool] = ensure_venv(tool, args.skip_install)
                except Exception as e:  # noqa: BLE001 - an install failure is a result
                    log(f"{tool}: install failed: {e}")
                    infos[tool] = {"error": f"install failed: {e}"[:600]}
            info = infos[tool]
            if "error" in info:
                continue
            log(f"{tool}: running, round {rnd + 1} of {args.rounds} ({info.get('install')})")
            t_task = dict(task, extras=(tool in OURS))
            res = run_tool(tool, info["python"], t_task, args.timeout)
            res["install"] = info.get("install")
            runs[tool].append(res)
            log(f"{tool}: {'ok' if res.get('ok') else 'FAILED: ' + str(res.get('error'))[:200]}; "
                f"wall {res.get('wall_s', 0):.1f} s")

    summaries = []
    for tool in tools:
        if "error" in infos.get(tool, {}):
            summaries.append(summarise(tool, {"ok": False, "error": infos[tool]["error"], "install": "failed"}, {}))
            continue
        res = best_of(runs[tool])
        sc = score(res, inputs) if res.get("phases") else {}
        s = summarise(tool, res, sc)
        summaries.append(s)
        log(f"{tool}: expr acc {_pct(s['expressions'].get('accuracy'))}, corpus F1 "
            f"{_pct(s['corpus_sentences'].get('f1'))}, best of {len(runs[tool])} run(s)")

    summary = {
        "machine": machine_info(),
        "quick": args.quick,
        "load_average_start": load_start,
        "argv": list(argv if argv is not None else sys.argv[1:]),
        "inputs": {"expressions": len(inputs["expressions"]), "sentences": len(inputs["sentences"]),
                   "articles": len(inputs["articles"]), "corpus_sentences": len(inputs["corpus_sentences"]),
                   "corpus_kb": corpus_kb, "shared": inputs["shared"]},
        "settings": {"budget_s": budget, "min_time_s": min_time, "timeout_s": args.timeout,
                     "rounds": args.rounds},
        "tools": summaries,
    }
    md = render(summary)
    if not args.no_write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        kept = kept_sections(args.out)
        args.out.write_text(md + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")
        log(f"wrote {args.out}")
    if args.json:
        print(json.dumps(summary, indent=1, default=str))
    else:
        print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
