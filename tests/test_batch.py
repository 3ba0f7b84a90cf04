"""Batch checking: check_many and ``moneyfacts check --jsonl``."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import mmap
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import moneyfacts
from moneyfacts.batch import BatchResult, check_many
from moneyfacts.cli import main

GOOD = "It will spend 40 billion yuan ($5.5 billion) on chips."
BAD = "It will spend 40 billion yuan ($5.5 million) on chips."
DAY = "2025-01-22"


def _write(path: Path, records: list[Any]) -> Path:
    lines = [r if isinstance(r, (str, bytes)) else json.dumps(r) for r in records]
    path.write_bytes(b"".join((ln.encode() if isinstance(ln, str) else ln) + b"\n" for ln in lines))
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "moneyfacts.cli", *argv]


# --- library ---------------------------------------------------------------------------------


def test_check_many_accepts_strings_tuples_and_mappings() -> None:
    out = list(check_many(
        [GOOD, (BAD, DAY), (GOOD, None, "t3"), {"id": "m4", "text": BAD, "date": DAY},
         {"text": GOOD, "date": None}],
        date=DAY,
    ))
    assert [r.index for r in out] == [0, 1, 2, 3, 4]
    assert [r.id for r in out] == [None, None, "t3", "m4", None]
    assert all(isinstance(r, BatchResult) and r.ok for r in out)
    verdicts = [r.report.findings[0].verdict for r in out]
    assert verdicts == ["consistent", "inconsistent", "consistent", "inconsistent", "consistent"]
    assert [r.report.date for r in out] == [DAY] * 5  # a missing or null date falls back to date=


def test_check_many_is_lazy_and_the_lazy_attribute_works() -> None:
    def endless() -> Any:
        i = 0
        while True:
            yield f"item {i}"
            i += 1

    gen = moneyfacts.check_many(endless())
    first = [next(gen) for _ in range(3)]
    assert [r.index for r in first] == [0, 1, 2]
    gen.close()


def test_check_many_errors_are_results_not_exceptions() -> None:
    out = list(check_many([42, ("a", "b", "c", "d"), {"txt": "x"}, ("x", "2025-13-01"),
                           {"text": GOOD, "dollar": "XYZ"}, {"text": ["no"]}], date=DAY))
    assert [r.status for r in out] == ["error"] * 6
    assert [r.error.type for r in out] == ["InputError"] * 4 + ["UnknownCurrencyError", "InputError"]
    assert all(r.report is None and r.error.message for r in out)


def test_check_many_workers_keeps_order() -> None:
    items = [{"id": i, "text": (GOOD if i % 3 else BAD) if i % 5 else "nothing", "date": DAY}
             for i in range(150)]
    one = list(check_many(items, workers=1))
    two = list(check_many(items, workers=2, chunksize=7))
    assert [r.id for r in two] == list(range(150))
    assert one == two


def test_check_many_rejects_zero_workers() -> None:
    with pytest.raises(moneyfacts.errors.InputError):
        next(check_many(["x"], workers=0))


# --- command line ----------------------------------------------------------------------------


def test_cli_result_and_error_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "in.jsonl", [
        {"id": "ok1", "text": GOOD, "date": DAY},
        "this is not json",
        {"id": "notext", "date": DAY},
        {"id": "baddate", "text": GOOD, "date": "22/01/2025"},
        {"id": "cur", "text": GOOD, "date": DAY, "dollar": "XYZ"},
        b'{"id": "utf", "text": "\xff\xfe"}',
        "[1, 2]",
        {"id": "numtext", "text": 5},
        "",
        {"id": "nodate", "text": GOOD},
        {"id": "nulldate", "text": GOOD, "date": None},
        {"id": 7, "text": BAD, "date": DAY},
    ])
    out = tmp_path / "out.jsonl"
    rc = main(["check", "--jsonl", str(inp), "--out", str(out)])
    assert rc == 3  # some records failed (the worst status; there is an inconsistent finding too)
    recs = _read(out)
    assert [r["line"] for r in recs] == [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    assert [r["id"] for r in recs] == ["ok1", None, "notext", "baddate", "cur", None, None,
                                       "numtext", "nodate", "nulldate", 7]
    status = {r["line"]: r["status"] for r in recs}
    assert [ln for ln, s in status.items() if s == "error"] == [2, 3, 4, 5, 6, 7, 8]
    errors = {r["line"]: r["error"] for r in recs if r["status"] == "error"}
    assert errors[2]["type"] == "InputError" and "not valid JSON" in errors[2]["message"]
    assert "no 'text' field" in errors[3]["message"]
    assert "unreadable date '22/01/2025'" in errors[4]["message"]
    assert errors[5]["type"] == "UnknownCurrencyError"
    assert "UTF-8" in errors[6]["message"]
    assert "array" in errors[7]["message"]
    assert "number, not a string" in errors[8]["message"]
    assert set(recs[0]) == {"id", "line", "status", "report"}
    assert recs[0]["report"]["findings"][0]["verdict"] == "consistent"
    assert recs[0]["report"]["findings"][0]["stated"]["value"] == "5500000000"
    # No date: checked with date=None, which reports the date ranges that fit.
    assert recs[8]["report"]["date"] is None and recs[9]["report"]["date"] is None
    assert recs[8]["report"]["findings"][0]["verdict"] in ("consistent", "unverifiable")
    err = capsys.readouterr().err
    assert "11 record(s): 4 ok, 7 error(s)" in err and "1 inconsistent" in err
    assert "1 blank line(s) skipped" in err


def test_cli_failed_records_exit_3_and_all_failed_exit_4(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "in.jsonl", ["garbage", {"id": 1, "text": GOOD, "date": DAY}])
    assert main(["check", "--jsonl", str(inp), "--out", str(tmp_path / "o.jsonl")]) == 3
    assert "1 error(s)" in capsys.readouterr().err
    inp = _write(tmp_path / "bad.jsonl", ["garbage", {"id": 1, "txt": GOOD}])
    assert main(["check", "--jsonl", str(inp), "--out", str(tmp_path / "o.jsonl")]) == 4
    assert "2 error(s)" in capsys.readouterr().err
    inp = _write(tmp_path / "good.jsonl", [{"id": 1, "text": GOOD, "date": DAY}])
    assert main(["check", "--jsonl", str(inp), "--out", str(tmp_path / "o.jsonl")]) == 0


def test_cli_usage_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text("keep\n")
    assert main(["check", "--jsonl", str(tmp_path / "missing.jsonl"), "--out", str(out)]) == 2
    assert out.read_text() == "keep\n"  # an unreadable input never truncates the output
    inp = _write(tmp_path / "in.jsonl", [{"text": GOOD}])
    with pytest.raises(SystemExit) as exc:  # argparse: a usage error
        main(["check", "--jsonl", str(inp), "--workers", "0"])
    assert exc.value.code == 2
    assert main(["check", "--jsonl", str(inp), "--resume"]) == 2  # resume needs --out
    assert main(["check", "--jsonl", str(inp), "--date", "yesterday"]) == 2
    assert main(["check", "--jsonl", str(inp), "--dollar", "XYZ"]) == 2
    capsys.readouterr()


def test_cli_fields_and_stdin_stdout(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = "\n".join(json.dumps(r) for r in [
        {"key": "x", "body": BAD, "day": DAY}, {"key": "y", "body": GOOD, "day": DAY}]) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    rc = main(["check", "--jsonl", "-", "--out", "-", "--text-field", "body",
               "--date-field", "day", "--id-field", "key", "--no-progress"])
    assert rc == 1
    captured = capsys.readouterr()
    recs = [json.loads(ln) for ln in captured.out.splitlines()]
    assert [(r["id"], r["report"]["findings"][0]["verdict"]) for r in recs] == [
        ("x", "inconsistent"), ("y", "consistent")]
    assert "2 record(s): 2 ok, 0 error(s)" in captured.err
    assert "\x1b" not in captured.err  # no progress bar when stderr is not a terminal


def test_cli_date_option_is_the_default_date(tmp_path: Path) -> None:
    inp = _write(tmp_path / "in.jsonl", [{"id": 1, "text": BAD}, {"id": 2, "text": BAD, "date": "2025"}])
    out = tmp_path / "o.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(out), "--date", DAY]) == 1
    assert [r["report"]["date"] for r in _read(out)] == [DAY, "2025"]


def test_cli_workers_order_is_stable(tmp_path: Path) -> None:
    records: list[Any] = []
    for i in range(400):
        if i % 37 == 0:
            records.append("{broken")
        else:
            records.append({"id": f"r{i}", "text": [GOOD, BAD, "nothing", "€8.5bn ($8.9bn)"][i % 4],
                            "date": DAY})
    inp = _write(tmp_path / "in.jsonl", records)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(one)]) == 3  # some records broken
    assert main(["check", "--jsonl", str(inp), "--out", str(two), "--workers", "2"]) == 3
    assert one.read_bytes() == two.read_bytes()
    assert [r["line"] for r in _read(two)] == list(range(1, 401))


def test_cli_resume_skips_done_records_and_repairs_a_torn_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [{"id": f"a{i}", "text": [GOOD, BAD, "x"][i % 3], "date": DAY} for i in range(30)]
    records[5] = "not json"  # no id: resumed by position all the same
    inp = _write(tmp_path / "in.jsonl", records)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(full)]) == 3
    lines = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(lines[:12]) + lines[12][:25])  # killed in the middle of a line
    capsys.readouterr()
    assert main(["check", "--jsonl", str(inp), "--out", str(part), "--resume"]) == 3
    assert part.read_bytes() == full.read_bytes()
    err = capsys.readouterr().err
    assert "30 record(s) (12 already done, resumed)" in err
    assert "resuming by position after the 12 record(s)" in err
    # Nothing left to do: a second resume appends nothing and still reports the findings.
    assert main(["check", "--jsonl", str(inp), "--out", str(part), "--resume"]) == 3
    assert part.read_bytes() == full.read_bytes()


def test_cli_killed_midway_leaves_complete_lines_and_resumes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def record(i: int) -> dict[str, Any]:
        return {"id": i, "text": GOOD if i % 2 else BAD, "date": DAY}

    # The input is a pipe fed without end, so the run cannot finish before it is killed; the
    # kill comes when enough complete lines are written (a condition, not a time).
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(_cli("check", "--jsonl", "-", "--out", str(out)), stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert proc.stdin is not None
    feed_in = proc.stdin

    def feed() -> None:
        try:
            for i in itertools.count():
                feed_in.write(json.dumps(record(i)).encode() + b"\n")
        except (OSError, ValueError):  # the pipe broke: the command was killed
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    want = 100
    try:
        deadline = time.monotonic() + 600  # only against a hang: it takes well under a second
        while proc.poll() is None and time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= want:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the command ended on an endless input"
        assert out.read_bytes().count(b"\n") >= want, f"fewer than {want} records in 600 s"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        feeder.join(timeout=30)
        with contextlib.suppress(OSError):
            feed_in.close()
    assert proc.returncode == -signal.SIGKILL
    data = out.read_bytes()
    body, _, torn = data.rpartition(b"\n")
    recs = [json.loads(ln) for ln in body.split(b"\n")]
    n = len(recs)
    assert n >= want
    assert [r["id"] for r in recs] == list(range(n))
    assert [r["line"] for r in recs] == list(range(1, n + 1))
    assert all(r["status"] == "ok" for r in recs)
    # One write() per record: the only partial line a kill can leave is the kernel stopping
    # inside that write at a page boundary (a SIGKILL is checked between pages).
    assert not torn or len(data) % mmap.PAGESIZE == 0, (len(data), torn[:40])
    # The rest, resumed from the kill, continues exactly where it stopped: the killed and
    # resumed output is byte for byte what one whole run writes.
    capsys.readouterr()
    tail = _write(tmp_path / "tail.jsonl", [record(i) for i in range(n + 50)])
    assert main(["check", "--jsonl", str(tail), "--out", str(out), "--resume"]) == 1
    assert f"{n + 50} record(s) ({n} already done, resumed)" in capsys.readouterr().err
    whole = tmp_path / "whole.jsonl"
    assert main(["check", "--jsonl", str(tail), "--out", str(whole)]) == 1
    assert out.read_bytes() == whole.read_bytes()
    assert [r["id"] for r in _read(out)] == list(range(n + 50))
    # A torn line was the start of that same record, checked again.
    assert whole.read_bytes().split(b"\n")[n].startswith(torn)


@pytest.mark.parametrize("cut", [1, 2, 3, 6, 7, 8, 40, -1])
def test_cli_resume_repairs_a_last_line_torn_at_any_byte(tmp_path: Path, cut: int) -> None:
    # A SIGKILL can stop the kernel inside the one write() of a line, at a page boundary, so
    # the torn rest of the last line may be any of its proper prefixes: even '{' or '{"i'.
    records = [{"id": i, "text": GOOD if i % 2 else BAD, "date": DAY} for i in range(6)]
    inp = _write(tmp_path / "in.jsonl", records)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(full)]) == 1
    lines = full.read_bytes().splitlines(keepends=True)
    torn = lines[3][:cut] if cut > 0 else lines[3][:-1]  # -1: all but its newline
    assert torn and not torn.endswith(b"\n")
    part.write_bytes(b"".join(lines[:3]) + torn)
    assert main(["check", "--jsonl", str(inp), "--out", str(part), "--resume"]) == 1
    assert part.read_bytes() == full.read_bytes()


_HWM = textwrap.dedent("""
    import sys
    from moneyfacts.cli import main
    rc = main(sys.argv[1:])
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print(int(line.split()[1]), file=sys.stderr)
    sys.exit(rc)
""")


def _peak_kib(inp: Path, out: Path, *extra: str) -> int:
    res = subprocess.run([sys.executable, "-c", _HWM, "check", "--jsonl", str(inp), "--out", str(out),
                          *extra], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    return int(res.stderr.strip().splitlines()[-1])


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_cli_100k_records_stream_in_bounded_memory(tmp_path: Path) -> None:
    def make(n: int) -> Path:
        path = tmp_path / f"in{n}.jsonl"
        with path.open("w") as fh:
            for i in range(n):
                fh.write(f'{{"id": {i}, "text": "Nothing to convert here.", "date": "{DAY}"}}\n')
        return path

    small, big = make(10000), make(100000)
    out_small, out_big = tmp_path / "o10k.jsonl", tmp_path / "o100k.jsonl"
    peak_small = _peak_kib(small, out_small, "--workers", "2")
    peak_big = _peak_kib(big, out_big, "--workers", "2")
    n = 0
    with out_big.open() as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            assert rec["id"] == n - 1 and rec["line"] == n and rec["status"] == "ok"
    assert n == 100000
    # Ten times the records, (nearly) the same peak: the run streams.
    assert peak_big - peak_small < 16 * 1024, (peak_small, peak_big)  # KiB
