"""The moneyfacts command: outputs, JSON, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from moneyfacts.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

GOOD = "---\ndate: 2025-01-22\n---\nIt will spend 40 billion yuan ($5.5 billion) on chips.\n"
BAD = "---\ndate: 2025-01-22\n---\nIt will spend 40 billion yuan ($5.5 million) on chips.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_prints_the_quantity(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "Rmb160 billion")
    assert code == 0 and "160 billion CNY" in out and "precision=1000000000" in out


def test_parse_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--json", "about $5.50 billion")
    data = json.loads(out)
    assert code == 0
    assert data["value"] == "5500000000" and data["precision"] == "10000000"
    assert data["qualifier"] == "approx" and data["unit"] == "USD" and "assumed" in data


def test_parse_dollar_setting(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "parse", "--json", "--dollar", "AUD", "$5bn")
    assert json.loads(out)["unit"] == "AUD"


def test_parse_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "parse", "nothing here")
    assert code == 2 and "no amount found" in err


def test_extract_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--json")
    data = json.loads(out)
    assert code == 0
    assert [m["unit"] for m in data["mentions"]] == ["CNY", "USD"]
    assert data["equivalences"] == [{"original": 0, "stated": 1, "form": "paren"}]


def test_convert(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "Rmb160 billion", "--to", "USD", "--on", "2025-12-23",
                       "--json")
    data = json.loads(out)
    assert code == 0 and data["unit"] == "USD"
    assert data["rate"]["date"] == "2025-12-23" and data["rate"]["source"] == "ECB"
    assert 22.7e9 < float(data["value"]) < 22.8e9  # a float only to state the test's bound


def test_convert_needs_one_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "convert", "Rmb160 billion", "--to", "USD", "--on", "2025-12")
    assert code == 2 and "--on" in err


def test_check_consistent_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "good.txt"
    f.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(f))
    assert code == 0 and "consistent" in out and "inconsistent" not in out


def test_check_inconsistent_exits_1_with_cause(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(BAD, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(f), "--json")
    (data,) = json.loads(out)  # always a list, one entry per file
    assert code == 1
    (finding,) = data["findings"]
    assert finding["verdict"] == "inconsistent" and finding["cause"]["kind"] == "magnitude_slip"
    assert data["date"] == "2025-01-22"


def test_check_date_flag_overrides_front_matter(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "good.txt"
    f.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(f), "--date", "2015-06-01", "--json")
    assert code == 1 and json.loads(out)[0]["date"] == "2015-06-01"


def test_check_several_files_json_is_a_list(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text(BAD, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(a), str(b), "--json")
    data = json.loads(out)
    assert code == 1 and [d["file"] for d in data] == [str(a), str(b)]


def test_check_window_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "w.txt"
    # Issue 22 §2: the day and the business day before judge; --window 0 the day alone (the
    # figure is the rate of 2025-01-21 exactly; with no band, a day's gap is a stale rate).
    f.write_text("---\ndate: 2025-01-22\n---\nIt spent 40.00 billion yuan ($5.491 billion).\n",
                 encoding="utf-8")
    assert run(capsys, "check", str(f), "--tolerance", "band=0")[0] == 0
    assert run(capsys, "check", str(f), "--tolerance", "band=0", "--window", "0")[0] == 1


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "/no/such/file.txt"], ["check", "-", "--date", "23/12/2025"],
     ["check", "-", "--window", "-3"], ["frobnicate"]],
)
def test_usage_and_input_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(GOOD))
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    assert code == 2


def test_examples_are_consistent(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    assert len(files) >= 3
    code, out, _ = run(capsys, "check", *files, "--json")
    reports = json.loads(out)
    assert code == 0
    assert sum(len(r["findings"]) for r in reports) >= 6
    assert all(f["verdict"] == "consistent" for r in reports for f in r["findings"])


def test_error_examples_are_caught(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (EXAMPLES / "errors").glob("*.txt"))
    code, out, _ = run(capsys, "check", *files, "--json")
    causes = [f["cause"]["kind"] for d in json.loads(out) for f in d["findings"]]
    # Issue 22 §3: an unexplained slip is "unexplained" (it was "arithmetic_slip").
    assert code == 1 and causes == ["magnitude_slip", "unexplained", "wrong_currency"]


def test_console_script_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "moneyfacts.cli", "check", "-", "--json"],
        input=BAD, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)[0]["findings"][0]["verdict"] == "inconsistent"
