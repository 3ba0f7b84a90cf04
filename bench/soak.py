"""Soak test of ``moneyfacts check --jsonl --workers 2 --resume`` (not part of the test suite).

    python bench/soak.py                       # 1,000,000 records, 3 kills (about 20-40 min)
    python bench/soak.py --records 200000      # what fits a busy machine
    python bench/soak.py --write-results       # also (re)write its section of bench/RESULTS.md

1. Writes an input of ``--records`` JSON Lines records (seeded; amounts that agree and that
   do not, texts with no amount, malformed lines, null texts, repeated ids, blank lines).
2. Runs it once uninterrupted and keeps the output's SHA-256 and size.
3. Runs it again with ``--resume``, killing the run ``--kills`` times at random points (by
   default SIGKILL, SIGTERM, SIGKILL: the kill that leaves no chance to clean up, and the
   polite one), checking after each kill that no worker outlived the command, then resumes
   until the run completes.
4. Compares the two outputs byte for byte (SHA-256 and size) and reports the peak resident
   memory (VmHWM) of the command and of its workers, sampled from /proc.

Exits 0 when the outputs are identical, no worker was orphaned and the peak RSS stayed under
``--max-rss-mb``; 1 otherwise. Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MARK_BEGIN = "<!-- soak: written by bench/soak.py -->"
MARK_END = "<!-- /soak -->"

# Texts written for this benchmark.
_TEXTS = [
    "The group will invest 40 billion yuan ($5.5 billion) in new chip plants.",
    "The group will invest 40 billion yuan ($5.5 million) in new chip plants.",
    "Revenue was €8.5bn ($8.9bn), or €8.5bn ($9.2bn) by another count.",
    "The council met on Tuesday and adjourned without a vote.",
    "Shares rose 4% after the results; no figures were given for the unit.",
    "It paid ¥2 trillion ($13.3 billion) for the stake, about 150 billion yuan.",
    "Nothing here but words about the weather in the harbour.",
    "The bank lent Rs 54,000 crore ($6.5 billion) to the state firm.",
]


def make_input(path: Path, n: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    kinds = {"ok": 0, "malformed": 0, "null_text": 0, "blank": 0, "repeated_id": 0}
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            r = rng.random()
            if r < 0.002:
                fh.write('{"id": %d, "text": "unterminated\n' % i)
                kinds["malformed"] += 1
                continue
            if r < 0.004:
                fh.write(json.dumps({"id": i, "text": None}) + "\n")
                kinds["null_text"] += 1
                continue
            if r < 0.005:
                fh.write("\n")
                kinds["blank"] += 1
            rid: object = i
            if r > 0.99:
                rid = "dup"
                kinds["repeated_id"] += 1
            date = "2025-01-22" if rng.random() < 0.9 else f"2024-{rng.randint(1, 12):02d}"
            fh.write(json.dumps({"id": rid, "text": rng.choice(_TEXTS), "date": date}) + "\n")
            kinds["ok"] += 1
    return kinds


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry))
    return kids


def _hwm_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


@dataclass
class Run:
    seconds: float = 0.0
    returncode: int | None = None
    parent_hwm_kib: int = 0
    worker_hwm_kib: int = 0
    workers_seen: set[int] = field(default_factory=set)
    killed_at_lines: int | None = None
    signal: str | None = None
    orphans: list[int] = field(default_factory=list)


def _lines(path: Path) -> int:
    if not path.exists():
        return 0
    n = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


def run_once(inp: Path, out: Path, workers: int, resume: bool, env: dict[str, str],
             kill_after_lines: int | None = None, sig: signal.Signals = signal.SIGKILL) -> Run:
    cmd = [sys.executable, "-m", "moneyfacts.cli", "check", "--jsonl", str(inp), "--out", str(out),
           "--workers", str(workers), "--no-progress"] + (["--resume"] if resume else [])
    res = Run()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    start_lines = _lines(out)
    last_check = 0.0
    while proc.poll() is None:
        res.parent_hwm_kib = max(res.parent_hwm_kib, _hwm_kib(proc.pid))
        for k in _children(proc.pid):
            res.workers_seen.add(k)
            res.worker_hwm_kib = max(res.worker_hwm_kib, _hwm_kib(k))
        now = time.monotonic()
        if kill_after_lines is not None and now - last_check > 0.5:
            last_check = now
            done = out.stat().st_size if out.exists() else 0
            if done and _lines(out) - start_lines >= kill_after_lines:
                res.killed_at_lines = _lines(out)
                res.signal = sig.name
                proc.send_signal(sig)
                break
        time.sleep(0.2)
    proc.wait()
    err = proc.stderr.read().decode() if proc.stderr else ""
    res.returncode = proc.returncode
    res.seconds = time.monotonic() - t0
    if "Traceback" in err:
        print(err, file=sys.stderr)
        raise SystemExit("a traceback on standard error")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(p) for p in res.workers_seen):
        time.sleep(0.2)
    res.orphans = [p for p in res.workers_seen if _alive(p)]
    for p in res.orphans:  # clean up what the command should have
        os.kill(p, signal.SIGKILL)
    return res


def sha256(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000, help="input records (default 1,000,000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--kills", type=int, default=3, help="interruptions (default 3)")
    ap.add_argument("--seed", type=int, default=20251130, help="input and kill points (default fixed)")
    ap.add_argument("--dir", type=Path, default=BENCH / ".cache" / "soak", help="work directory")
    ap.add_argument("--max-rss-mb", type=float, default=300.0,
                    help="peak RSS bound per process, MiB (default 300)")
    ap.add_argument("--keep", action="store_true", help="keep the input and outputs")
    ap.add_argument("--write-results", action="store_true",
                    help="(re)write the soak section of bench/RESULTS.md")
    args = ap.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("soak.py reads /proc: Linux only")

    args.dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    inp, ref, out = args.dir / "in.jsonl", args.dir / "ref.jsonl", args.dir / "resumed.jsonl"
    for p in (ref, out):
        p.unlink(missing_ok=True)
    t0 = time.monotonic()
    kinds = make_input(inp, args.records, args.seed)
    print(f"input: {args.records:,} records {kinds}, {inp.stat().st_size / 2**20:.0f} MiB "
          f"({time.monotonic() - t0:.0f} s)", flush=True)

    full = run_once(inp, ref, args.workers, False, env)
    ref_hash, ref_size = sha256(ref)
    ref_lines = _lines(ref)
    print(f"uninterrupted: {full.seconds:.0f} s, exit {full.returncode}, {ref_lines:,} lines, "
          f"{ref_size / 2**20:.0f} MiB, peak RSS parent {full.parent_hwm_kib / 1024:.0f} MiB, "
          f"workers {full.worker_hwm_kib / 1024:.0f} MiB", flush=True)
    if not args.keep:
        ref.unlink()

    rng = random.Random(args.seed + 1)
    # Kill points: random line counts, spread over the run (each in its own slice).
    slices = [(ref_lines * k // (args.kills + 1), ref_lines * (k + 1) // (args.kills + 1))
              for k in range(args.kills)]
    signals = [signal.SIGKILL, signal.SIGTERM, signal.SIGKILL]
    runs: list[Run] = []
    for k, (lo, hi) in enumerate(slices):
        target = rng.randint(lo + 1, max(lo + 1, hi))
        already = _lines(out)
        sig = signals[k % len(signals)]
        r = run_once(inp, out, args.workers, True, env, max(1, target - already), sig)
        runs.append(r)
        print(f"run {k + 1}: killed with {r.signal} at {r.killed_at_lines} lines after "
              f"{r.seconds:.0f} s, exit {r.returncode}, orphaned workers {len(r.orphans)}", flush=True)
    last = run_once(inp, out, args.workers, True, env)
    runs.append(last)
    out_hash, out_size = sha256(out)
    identical = (out_hash, out_size) == (ref_hash, ref_size)
    orphans = sum(len(r.orphans) for r in runs)
    peak_parent = max(r.parent_hwm_kib for r in [full, *runs]) / 1024
    peak_worker = max(r.worker_hwm_kib for r in [full, *runs]) / 1024
    resumed_seconds = sum(r.seconds for r in runs)
    print(f"final resume: {last.seconds:.0f} s, exit {last.returncode}; output identical: "
          f"{identical}; orphaned workers: {orphans}; peak RSS parent {peak_parent:.0f} MiB, "
          f"worker {peak_worker:.0f} MiB", flush=True)
    ok = identical and orphans == 0 and max(peak_parent, peak_worker) <= args.max_rss_mb \
        and last.returncode == full.returncode
    if not args.keep:
        out.unlink()
        inp.unlink()

    if args.write_results:
        import importlib.metadata as md

        rows = [f"| uninterrupted | {full.seconds:.0f} s | - | exit {full.returncode} | "
                f"{full.parent_hwm_kib / 1024:.0f} / {full.worker_hwm_kib / 1024:.0f} MiB |"]
        for k, r in enumerate(runs[:-1], 1):
            rows.append(f"| resumed run {k} | {r.seconds:.0f} s | {r.signal} after "
                        f"{r.killed_at_lines:,} records written | orphaned workers: {len(r.orphans)} | "
                        f"{r.parent_hwm_kib / 1024:.0f} / {r.worker_hwm_kib / 1024:.0f} MiB |")
        rows.append(f"| resumed run {len(runs)} (to the end) | {last.seconds:.0f} s | - | exit "
                    f"{last.returncode} | {last.parent_hwm_kib / 1024:.0f} / "
                    f"{last.worker_hwm_kib / 1024:.0f} MiB |")
        section = "\n".join([
            MARK_BEGIN,
            "## Soak: kill and resume (`bench/soak.py`)",
            "",
            f"{args.records:,} records through `moneyfacts check --jsonl --workers {args.workers}`, "
            f"run once uninterrupted, then again with `--resume`, killed {args.kills} times at "
            "random points and resumed to the end. "
            f"Machine: {platform.machine()}, {os.cpu_count()} cores (shared with other jobs), "
            f"Python {platform.python_version()}, moneyfacts {md.version('moneyfacts')} at "
            f"{_git_head()}, {time.strftime('%Y-%m-%d', time.gmtime())}.",
            "",
            f"Input: {kinds['ok']:,} records ({kinds['repeated_id']:,} with a repeated id), "
            f"{kinds['malformed']:,} malformed lines, {kinds['null_text']:,} null texts, "
            f"{kinds['blank']:,} blank lines.",
            "",
            "| run | time | interrupted | outcome | peak RSS (command / worker) |",
            "|---|---|---|---|---|",
            *rows,
            "",
            f"Result: output {'byte-identical' if identical else 'DIFFERENT'} "
            f"({out_size:,} bytes, {ref_lines:,} records, SHA-256 {out_hash[:16]}…); "
            f"orphaned workers after the kills: {orphans}; peak RSS {peak_parent:.0f} MiB for the "
            f"command and {peak_worker:.0f} MiB per worker (bound {args.max_rss_mb:.0f} MiB). "
            f"Interrupted and resumed: {resumed_seconds:.0f} s in all, against "
            f"{full.seconds:.0f} s uninterrupted (times vary with the other jobs on the machine). "
            "`bench/run.py` keeps this section when it rewrites the file; `python bench/soak.py "
            "--write-results` rewrites it.",
            MARK_END,
        ])
        results = BENCH / "RESULTS.md"
        text = results.read_text(encoding="utf-8") if results.exists() else ""
        if MARK_BEGIN in text and MARK_END in text:
            head, rest = text.split(MARK_BEGIN, 1)
            text = head + section + rest.split(MARK_END, 1)[1]
        else:
            text = text.rstrip("\n") + "\n\n" + section + "\n"
        results.write_text(text, encoding="utf-8")
    return 0 if ok else 1


def _git_head() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip() or "?"
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
