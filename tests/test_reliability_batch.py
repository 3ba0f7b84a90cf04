"""Issue 10, section 2 (and 5's batch items): nothing a user gives us is destroyed or silently
dropped by ``check --jsonl``; workers never outlive the command; exit codes say what failed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from moneyfacts.batch import check_many
from moneyfacts.cli import main
from moneyfacts.errors import InputError

GOOD = "It will spend 40 billion yuan ($5.5 billion) on chips."
BAD = "It will spend 40 billion yuan ($5.5 million) on chips."
DAY = "2025-01-22"


def _write(path: Path, records: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


def _code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        return int(exc.code or 0)


# --- --out is never the input, never a file that is not ours --------------------------------


@pytest.mark.parametrize("resume", [False, True])
def test_out_that_is_the_input_is_refused_by_identity(tmp_path: Path, resume: bool,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "s.jsonl", [{"id": i, "text": GOOD, "date": DAY} for i in range(8)])
    before = inp.read_bytes()
    (tmp_path / "sub").mkdir()
    os.link(inp, tmp_path / "sub" / "hard.jsonl")
    os.symlink(inp, tmp_path / "link.jsonl")
    for out in (inp, tmp_path / "sub" / ".." / "s.jsonl", tmp_path / "sub" / "hard.jsonl",
                tmp_path / "link.jsonl"):
        argv = ["check", "--jsonl", str(inp), "--out", str(out)] + (["--resume"] if resume else [])
        assert main(argv) == 2, out
        assert "is the input file" in capsys.readouterr().err
        assert inp.read_bytes() == before  # not truncated, not cut to a few lines


def test_out_that_is_stdin_is_refused(tmp_path: Path) -> None:
    inp = _write(tmp_path / "s.jsonl", [{"id": 1, "text": GOOD, "date": DAY}])
    before = inp.read_bytes()
    with inp.open("rb") as fh:
        proc = subprocess.run([sys.executable, "-m", "moneyfacts.cli", "check", "--jsonl", "-",
                               "--out", str(inp)], stdin=fh, capture_output=True, text=True,
                              timeout=120)
    assert proc.returncode == 2 and "is the input file" in proc.stderr
    assert inp.read_bytes() == before


@pytest.mark.parametrize("resume", [False, True])
def test_an_existing_file_that_is_not_ours_is_never_truncated(
        tmp_path: Path, resume: bool, capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "in.jsonl", [{"id": 1, "text": GOOD, "date": DAY}])
    for content in ("my notes\nline two\n", "no newline at the end", '{"id": 1}\n',
                    '{"id": 1, "line": 1, "status": "ok"}\nmy notes\n'):
        notes = tmp_path / "notes.txt"
        notes.write_text(content)
        argv = ["check", "--jsonl", str(inp), "--out", str(notes)] + (["--resume"] if resume else [])
        if not resume and content.startswith('{"id": 1, "line"'):
            continue  # a moneyfacts output may be overwritten (its first line is ours)
        assert main(argv) == 2, content
        assert "not a moneyfacts output" in capsys.readouterr().err
        assert notes.read_text() == content


def test_an_earlier_output_is_overwritten_and_an_empty_file_used(tmp_path: Path) -> None:
    inp = _write(tmp_path / "in.jsonl", [{"id": 1, "text": BAD, "date": DAY}])
    out = tmp_path / "out.jsonl"
    out.write_text("")
    assert main(["check", "--jsonl", str(inp), "--out", str(out)]) == 1
    first = out.read_bytes()
    assert main(["check", "--jsonl", str(inp), "--out", str(out)]) == 1
    assert out.read_bytes() == first


# --- --resume with repeated ids ---------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_resume_with_repeated_ids_keeps_every_record(tmp_path: Path, workers: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    records = [{"id": "same" if i % 2 else i % 5, "text": [GOOD, BAD][i % 2], "date": DAY}
               for i in range(1000)]
    inp = _write(tmp_path / "in.jsonl", records)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(full), "--workers", workers]) == 1
    assert len(_read(full)) == 1000
    lines = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(lines[:5]))
    capsys.readouterr()
    assert main(["check", "--jsonl", str(inp), "--out", str(part), "--resume",
                 "--workers", workers]) == 1
    assert part.read_bytes() == full.read_bytes()  # 1,000 lines, not 998 dropped
    err = capsys.readouterr().err
    assert "resuming by position after the 5 record(s)" in err


def test_resume_after_a_kill_in_the_first_line(tmp_path: Path) -> None:
    inp = _write(tmp_path / "in.jsonl", [{"id": i, "text": BAD, "date": DAY} for i in range(3)])
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(full)]) == 1
    part.write_bytes(full.read_bytes()[:30])  # killed while writing the first record
    assert main(["check", "--jsonl", str(inp), "--out", str(part), "--resume"]) == 1
    assert part.read_bytes() == full.read_bytes()


def test_resume_refuses_an_output_of_another_input(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path / "a.jsonl", [{"id": f"a{i}", "text": GOOD, "date": DAY} for i in range(5)])
    b = _write(tmp_path / "b.jsonl", [{"id": f"b{i}", "text": GOOD, "date": DAY} for i in range(5)])
    short = _write(tmp_path / "c.jsonl", [{"id": "a0", "text": GOOD, "date": DAY}])
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(a), "--out", str(out)]) == 0
    before = out.read_bytes()
    assert main(["check", "--jsonl", str(b), "--out", str(out), "--resume"]) == 2
    assert "not the output of this input" in capsys.readouterr().err
    assert main(["check", "--jsonl", str(short), "--out", str(out), "--resume"]) == 2
    assert "not the output of this input" in capsys.readouterr().err
    assert out.read_bytes() == before


# --- exit codes -------------------------------------------------------------------------------


def test_exit_codes_are_defined_and_documented(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from moneyfacts import batch, cli

    cases = {
        0: [{"id": 1, "text": GOOD, "date": DAY}],
        1: [{"id": 1, "text": BAD, "date": DAY}],
        3: [{"id": 1, "text": GOOD, "date": DAY}, "{broken"],
        4: ["{broken", {"id": 2, "date": DAY}, {"id": 3, "text": GOOD, "date": "22/01/2025"}],
    }
    for code, records in cases.items():
        inp = _write(tmp_path / f"in{code}.jsonl", records)
        assert main(["check", "--jsonl", str(inp), "--out", str(tmp_path / f"o{code}.jsonl")]) == code
    assert (batch.EXIT_OK, batch.EXIT_INCONSISTENT, batch.EXIT_USAGE, batch.EXIT_SOME_FAILED,
            batch.EXIT_ALL_FAILED) == (0, 1, 2, 3, 4)
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    for code, meaning in cli.EXIT_CODES.items():
        assert f"{code} {meaning}" in helptext
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "every JSON Lines record failed" in readme and "some JSON Lines records failed" in readme


# --- batch options only with --jsonl -----------------------------------------------------------


@pytest.mark.parametrize("extra", [["--workers", "2"], ["--resume"], ["--out", "x.jsonl"]])
def test_batch_options_without_jsonl_are_a_usage_error(
        tmp_path: Path, extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    assert _code(["check", str(f), "--date", DAY, *extra]) == 2
    assert "only work with --jsonl" in capsys.readouterr().err


# --- per-call and per-row tolerance and conventions ---------------------------------------------


def test_check_many_carries_tolerance_and_conventions_per_call_and_per_row() -> None:
    text = "150 billion yuan ($20 billion)"
    strict = {"truncation": False, "window": 0, "band": 0}  # band 0: written precision alone
    results = list(check_many(
        [text, {"text": text, "tolerance": {"truncation": True}},
         {"text": text, "tolerance": {"window": 7}}],
        date="2025-01-23", tolerance=strict))
    got = [r.report.findings[0].verdict for r in results]
    # Each row's own field wins. Issue 22: a cut is "loose" (it was consistent); a window
    # of 7 days judges by the day and the day before (it was the week, consistent).
    assert got == ["inconsistent", "loose", "inconsistent"]
    days = [{x.date.day for x in r.report.findings[0].rate} for r in results]
    assert days == [{23}, {23}, {22, 23}]
    from moneyfacts.verify import Tolerance

    assert [r.report.findings[0].verdict for r in check_many(
        [text], date="2025-01-23", tolerance=Tolerance(truncation=False, window=0, band=Decimal(0)))] == ["inconsistent"]
    # Conventions: a bare $ as the call says, or as the row says.
    rows = list(check_many(["It cost $5bn.", {"text": "It cost $5bn.", "conventions": {"dollar": "CAD"}},
                            {"text": "It cost $5bn.", "dollar": "HKD"}],
                           date=DAY, conventions={"dollar": "AUD"}))
    assert [r.report.mentions[0].unit for r in rows] == ["AUD", "CAD", "HKD"]
    from moneyfacts import Conventions

    rows = list(check_many(["It cost $5bn."], date=DAY, conventions=Conventions(dollar="NZD")))
    assert rows[0].report.mentions[0].unit == "NZD"


@pytest.mark.parametrize("kwargs", [
    {"tolerance": {"windw": 3}}, {"tolerance": "strict"}, {"tolerance": {"window": -1}},
    {"conventions": {"dolar": "USD"}}, {"conventions": 5}, {"dollar": "XYZ"}, {"window": -1},
    {"window": "7"}, {"date": "22/01/2025"}, {"workers": 0}, {"chunksize": "x"},
])
def test_check_many_bad_options_fail_once_up_front(kwargs: dict[str, Any]) -> None:
    from moneyfacts.errors import MoneyfactsError

    with pytest.raises(MoneyfactsError):
        check_many(["x"] * 3, **kwargs)  # raised by the call, before any input is read


def test_bad_row_options_become_error_records() -> None:
    out = list(check_many([{"text": GOOD, "tolerance": {"windw": 1}},
                           {"text": GOOD, "conventions": {"dollar": "XYZ"}},
                           {"text": GOOD, "window": "7"}], date=DAY))
    assert [r.status for r in out] == ["error"] * 3
    assert "unknown tolerance field 'windw'" in out[0].error.message
    assert out[1].error.type == "UnknownCurrencyError"
    assert "'window' field" in out[2].error.message


def test_cli_carries_tolerance_and_conventions(tmp_path: Path) -> None:
    inp = _write(tmp_path / "in.jsonl", [
        {"id": 1, "text": "150 billion yuan (US$20 billion)", "date": "2025-01-23"},
        {"id": 2, "text": "150 billion yuan (US$20 billion)", "date": "2025-01-23",
         "tolerance": {"truncation": True, "window": 7}},
        {"id": 3, "text": "It cost $5bn.", "date": DAY, "conventions": {"dollar": "CAD"}},
        {"id": 4, "text": "It cost $5bn.", "date": DAY},
    ])
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(out), "--tolerance", "truncation=false",
                 "--tolerance", "band=0", "--window", "0", "--dollar", "aud"]) == 1
    recs = _read(out)
    # Issue 22 §1: the row's truncation makes the cut "loose" (it was consistent).
    assert [r["report"]["findings"][0]["verdict"] for r in recs[:2]] == ["inconsistent", "loose"]
    assert [r["report"]["mentions"][0]["unit"] for r in recs[2:]] == ["CAD", "AUD"]
    assert _code(["check", "--jsonl", str(inp), "--tolerance", "windw=1"]) == 2


# --- the progress bar counts records done --------------------------------------------------------


def test_progress_counts_records_done_not_read_ahead(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every advance of the bar follows a written record (or skipped blank lines)."""
    from moneyfacts import batch

    inp = _write(tmp_path / "in.jsonl", [{"id": i, "text": GOOD, "date": DAY} for i in range(300)]
                 + [""])
    out = tmp_path / "out.jsonl"
    seen: list[tuple[int, int]] = []  # (bytes advanced so far, records done so far)

    class FakeProgress:
        def __init__(self, *a: Any, **k: Any) -> None:
            self.done = 0

        def add_task(self, *a: Any, **k: Any) -> int:
            return 0

        def start(self) -> None: ...

        def stop(self) -> None: ...

        def update(self, task: int, advance: int = 0, records: int = 0) -> None:
            self.done += advance
            seen.append((self.done, records))

    import rich.progress

    monkeypatch.setattr(rich.progress, "Progress", FakeProgress)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert main(["check", "--jsonl", str(inp), "--out", str(out), "--workers", "2"]) == 0
    sizes = [len(ln) for ln in inp.read_bytes().splitlines(keepends=True)]
    # After k records the bar stands exactly at the bytes of the first k input lines.
    for done, records in seen[:-1]:
        assert done == sum(sizes[:records])
    assert seen[-1][0] == inp.stat().st_size and seen[-2][1] == 300


# --- workers die with their parent; Ctrl-C ends cleanly -----------------------------------------


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


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def _start_big_run(tmp_path: Path, **popen: Any) -> tuple[subprocess.Popen[bytes], list[int], Path]:
    inp = _write(tmp_path / "big.jsonl",
                 [{"id": i, "text": GOOD if i % 2 else BAD, "date": DAY} for i in range(40000)])
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "moneyfacts.cli", "check", "--jsonl", str(inp),
                             "--out", str(out), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= 2 and out.exists() and out.stat().st_size > 50000:
            break
        time.sleep(0.05)
    assert proc.poll() is None and len(workers) >= 2, "the run ended before it could be stopped"
    return proc, workers, out


def _gone(pids: list[int], within: float = 30.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_die_with_their_parent(tmp_path: Path, sig: signal.Signals) -> None:
    proc, workers, out = _start_big_run(tmp_path)
    try:
        proc.send_signal(sig)
        proc.wait(timeout=60)
        assert _gone(workers), f"workers {workers} outlived their parent"
    finally:
        for p in workers:
            if _alive(p):
                os.kill(p, signal.SIGKILL)
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert "Traceback" not in err
    if sig == signal.SIGTERM:
        assert proc.returncode == 143 and "terminated" in err
    assert out.read_bytes().count(b"\n") > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_ends_cleanly_without_a_traceback(tmp_path: Path) -> None:
    proc, workers, out = _start_big_run(tmp_path, start_new_session=True)
    try:
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
        proc.wait(timeout=60)
        assert _gone(workers)
    finally:
        for p in workers:
            if _alive(p):
                os.kill(p, signal.SIGKILL)
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "interrupted" in err
    # What was written is whole records, and --resume continues from it.
    data = out.read_bytes()
    assert data.endswith(b"\n")
    assert all(json.loads(ln)["status"] == "ok" for ln in data.splitlines())


def test_check_many_validates_items() -> None:
    for bad in (None, 5, "a text, not a list of texts", {"text": "x"}):
        with pytest.raises(InputError):
            check_many(bad)  # type: ignore[arg-type]
