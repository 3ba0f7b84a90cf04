"""Issue 20, items 3, 22, 23 and 25: ``check --jsonl`` never stops on a record it cannot write,
reads JSON numbers in tolerances exactly, caps its workers, and a Ctrl-C at any moment ends
with exit 130."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from moneyfacts.cli import main

GOOD = "It will spend 40 billion yuan ($5.5 billion) on chips."
DAY = "2025-01-22"


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


# --- item 3: a lone surrogate is an error record, never a traceback ----------------------------


def _surrogate_input(tmp_path: Path) -> Path:
    # json.dumps writes a lone surrogate as the escape \ud800, as a hostile file would.
    rows = [{"id": "a1", "text": GOOD, "date": DAY},
            {"id": "a\ud800", "text": GOOD, "date": DAY},
            {"id": "a3", "text": "x \udc00 " + GOOD, "date": DAY},
            {"id": "a4", "text": GOOD, "date": "2025\ud800"},
            {"id": {"k": "\udc00"}, "text": GOOD, "date": DAY},
            {"id": "a6", "text": GOOD, "date": DAY}]
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")
    return inp


def test_a_lone_surrogate_becomes_an_error_record(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    inp = _surrogate_input(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(out)]) == 3
    assert "Traceback" not in capsys.readouterr().err
    recs = _lines(out)
    assert [r["line"] for r in recs] == [1, 2, 3, 4, 5, 6]
    assert [r["status"] for r in recs] == ["ok", "error", "error", "error", "error", "ok"]
    assert [r["id"] for r in recs] == ["a1", None, "a3", "a4", None, "a6"]
    assert "lone surrogate" in recs[1]["error"]["message"] and "\\ud800" in recs[1]["error"]["message"]
    assert "lone surrogate" in recs[2]["error"]["message"]
    assert "\\ud800" in recs[3]["error"]["message"]


def test_resume_passes_a_lone_surrogate_record(tmp_path: Path) -> None:
    inp = _surrogate_input(tmp_path)
    whole = tmp_path / "whole.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(whole)]) == 3
    lines = whole.read_bytes().splitlines(keepends=True)
    for n in (2, 5):  # killed just after the surrogate records
        part = tmp_path / f"part{n}.jsonl"
        part.write_bytes(b"".join(lines[:n]))
        assert main(["check", "--jsonl", str(inp), "--out", str(part), "--resume"]) == 3
        assert part.read_bytes() == whole.read_bytes()


# --- item 25: a Ctrl-C at any moment ends with 130 ----------------------------------------------

# A Ctrl-C that lands after the last record is written, while the interpreter shuts the process
# pool down (its atexit callback): Python reports the KeyboardInterrupt as "Exception ignored"
# and the run used to exit 1. The SIGINT is sent from an atexit callback registered before the
# command's own, so it arrives after them, in the same shutdown.
_LATE = textwrap.dedent("""
    import atexit, os, signal, sys, time
    from moneyfacts.cli import main

    def late():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(2)

    atexit.register(late)
    sys.argv = ["moneyfacts", *sys.argv[1:]]
    sys.exit(main())
""")

# A Ctrl-C whose KeyboardInterrupt is raised inside a __del__ (garbage collected during the
# run): Python prints "Exception ignored" and goes on; the run used to check every record and
# exit 1.
_SWALLOWED = textwrap.dedent("""
    import os, signal, sys
    from moneyfacts import batch
    from moneyfacts.cli import main

    class Ctrl_C_in_del:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(100000):
                pass

    check_line = batch._check_line

    def patched(opts, task):
        if task[0] == 5:
            Ctrl_C_in_del()
        return check_line(opts, task)

    batch._check_line = patched
    sys.exit(main(sys.argv[1:]))
""")


def _records(path: Path, n: int) -> Path:
    rows = [{"id": i, "text": GOOD if i % 2 else GOOD.replace("billion)", "million)"),
             "date": DAY} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_ctrl_c_during_the_shutdown_still_exits_130(tmp_path: Path, workers: str) -> None:
    inp = _records(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-c", _LATE, "check", "--jsonl", str(inp), "--out",
                           str(out), "--workers", workers],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.strip().endswith("moneyfacts: interrupted")
    assert "Traceback" not in proc.stderr and "ignored" not in proc.stderr
    assert len(_lines(out)) == 20  # the work was done and written


def test_a_swallowed_ctrl_c_still_stops_the_run_with_130(tmp_path: Path) -> None:
    inp = _records(tmp_path / "in.jsonl", 200)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-c", _SWALLOWED, "check", "--jsonl", str(inp),
                           "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 130, proc.stderr
    assert "moneyfacts: interrupted" in proc.stderr
    written = _lines(out)
    assert 5 <= len(written) < 200  # stopped at once, not after checking everything
    assert [r["line"] for r in written] == list(range(1, len(written) + 1))


# --- item 23: --workers is capped by the CPUs and the records, and says so ---------------------


@pytest.mark.parametrize("cpus, records, asked, used, reason", [
    (3, 200, 64, 3, "this machine has 3 CPU(s)"),
    (8, 2, 64, 2, "there are 2 record(s) to check"),
    (8, 200, 4, 4, None),
])
def test_workers_are_capped_by_cpus_and_records(
        cpus: int, records: int, asked: int, used: int, reason: str | None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import concurrent.futures

    from moneyfacts import batch

    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, max_workers: int, **kw: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers, **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counting)
    monkeypatch.setattr(batch, "_cpus", lambda: cpus)
    inp = _records(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(out), "--workers", str(asked)]) == 1
    err = capsys.readouterr().err
    assert started == ([used] if used > 1 else [])
    if reason:
        assert f"--workers {asked} capped to {used}: {reason}" in err
    else:
        assert "capped" not in err
    assert [r["line"] for r in _lines(out)] == list(range(1, records + 1))


# --- item 22: a JSON number for a Decimal tolerance field is read exactly, as written ----------


def test_a_json_number_tolerance_is_read_as_written(tmp_path: Path) -> None:
    from decimal import Decimal

    from moneyfacts.batch import check_many, tolerance_of
    from moneyfacts.errors import InputError

    assert tolerance_of(json.loads('{"band": 0.01}')).band == Decimal("0.01")
    assert tolerance_of(json.loads('{"approx_units": 0.5, "bound_units": 1}')).approx_units \
        == Decimal("0.5")
    assert tolerance_of({"band": 1e-05}).band == Decimal("0.00001")
    for bad in (float("nan"), float("inf"), -0.01):
        with pytest.raises(InputError, match="band"):
            tolerance_of({"band": bad})
    # Per record in JSON Lines, the same number as a string or a number gives the same result.
    rows = [{"id": k, "text": GOOD.replace("5.5 billion", "5.6 billion"), "date": DAY,
             "tolerance": {"band": band}} for k, band in enumerate((0.03, "0.03", 0, "0"))]
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["check", "--jsonl", str(inp), "--out", str(out)])
    recs = _lines(out)
    assert [r["status"] for r in recs] == ["ok"] * 4
    verdicts = [r["report"]["findings"][0]["verdict"] for r in recs]
    assert verdicts[0] == verdicts[1] and verdicts[2] == verdicts[3]
    assert list(check_many([rows[0]]))[0].ok
