"""Issue 10, sections 3 (BOM, front-matter timestamps, extract offsets), 4 (typed errors,
multi-file checks, broken pipes) and 5 (the command line behaves as users expect)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from moneyfacts.cli import build_parser, main

FRONT = "---\ndate: {date}\ntitle: x\n---\n"
GOOD = "It will spend 40 billion yuan ($5.5 billion) on chips.\n"
BAD = "It will spend 40 billion yuan ($5.5 million) on chips.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _cli(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "moneyfacts.cli", *args], capture_output=True,
                          text=True, timeout=120, **kw)  # type: ignore[call-overload]


# --- 3. BOM, front-matter timestamps, extract offsets --------------------------------------


def test_a_bom_does_not_hide_the_front_matter(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + (FRONT.format(date="2025-01-22") + BAD).encode())
    code, out, _ = run(capsys, "check", str(f), "--json")
    (report,) = json.loads(out)
    assert report["date"] == "2025-01-22"
    assert [x["verdict"] for x in report["findings"]] == ["inconsistent"] and code == 1


def test_a_bom_on_the_first_jsonl_line_is_read(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": 1, "text": BAD, "date": "2025-01-22"}).encode()
                    + b"\n" + json.dumps({"id": 2, "text": GOOD, "date": "2025-01-22"}).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(inp), "--out", str(out)]) == 1
    recs = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert [(r["id"], r["status"]) for r in recs] == [(1, "ok"), (2, "ok")]


@pytest.mark.parametrize("stamp", ["2025-01-22T10:00:00Z", "2025-01-22 10:00:00 +0000",
                                   "2025-01-22T10:00:00+08:00", "2025-01-22T10:00",
                                   "'2025-01-22T10:00:00.123Z'"])
def test_front_matter_timestamps_are_read(stamp: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(FRONT.format(date=stamp) + BAD, encoding="utf-8")
    code, out, err = run(capsys, "check", str(f), "--json")
    assert code == 1, err
    assert json.loads(out)[0]["date"] == "2025-01-22"


def test_extract_offsets_count_in_the_file_as_given(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    text = FRONT.format(date="2025-01-22") + GOOD
    for name, raw, decoded in [
        ("plain.txt", text.encode(), text),
        ("bom.txt", b"\xef\xbb\xbf" + text.encode(), "\ufeff" + text),
    ]:
        f = tmp_path / name
        f.write_bytes(raw)
        code, out, _ = run(capsys, "extract", str(f), "--json")
        data = json.loads(out)
        assert code == 0 and len(data["mentions"]) == 2
        for m in data["mentions"]:
            assert decoded[m["start"]:m["end"]] == m["text"]  # the file's own characters
        assert data["mentions"][0]["start"] == decoded.index("40 billion yuan")


# --- 4. typed errors: one line, exit 2 -----------------------------------------------------


@pytest.mark.parametrize("args,needle", [
    (["--date", "0001"], "too early"),
    (["--date", "0001-01-03"], "too early"),
    (["--window", "1000000000"], "out of range"),
    (["--date", "9999-12-31", "--window", "36600"], None),
])
def test_dates_and_windows_out_of_range_exit_2_in_one_line(
        args: list[str], needle: str | None, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    proc = _cli("check", str(f), *args)
    if needle is None:  # far in the future: fine, just unverifiable
        assert proc.returncode == 0 and "unverifiable" in proc.stdout, proc.stderr
        return
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    (line,) = [ln for ln in proc.stderr.splitlines() if "error:" in ln]  # (after the usage)
    assert needle in line


def test_front_matter_date_before_year_1_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(FRONT.format(date="0001-01-03") + GOOD, encoding="utf-8")
    proc = _cli("check", str(f))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "0001-01-03" in proc.stderr and "too early" in proc.stderr


def test_figures_beyond_decimal_precision_are_an_unverifiable_finding(tmp_path: Path) -> None:
    # Issue 20 item 15: the pair is unverifiable with its reason, not an error of the article.
    text = "It set aside 807018733576333 billion yuan ($0.000).\n"
    f = tmp_path / "a.txt"
    f.write_text(FRONT.format(date="2025-01-22") + text, encoding="utf-8")
    proc = _cli("check", str(f), "--json")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    ((finding,),) = [r["findings"] for r in json.loads(proc.stdout)]
    assert finding["verdict"] == "unverifiable" and "InvalidOperation" not in proc.stdout
    assert "807018733576333 billion yuan" in finding["explanation"]
    # In batch, the reason is readable too.
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": 1, "text": text, "date": "2025-01-22"}) + "\n")
    proc = _cli("check", "--jsonl", str(inp))
    (rec,) = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert rec["status"] == "ok" and proc.returncode == 0
    (finding,) = rec["report"]["findings"]
    assert finding["verdict"] == "unverifiable" and "digits" in finding["explanation"]


def test_one_undecodable_file_does_not_abort_the_others(tmp_path: Path) -> None:
    a, garbage, b = tmp_path / "a.txt", tmp_path / "garbage.bin", tmp_path / "b.txt"
    a.write_text(FRONT.format(date="2025-01-22") + GOOD, encoding="utf-8")
    garbage.write_bytes(b"\x00\xff\xfe\x80 binary \xc3\x28")
    b.write_text(FRONT.format(date="2025-01-22") + BAD, encoding="utf-8")
    proc = _cli("check", str(a), str(garbage), str(b), str(tmp_path / "missing.txt"), "--json")
    assert proc.returncode == 2  # the worst status: an input error (b is inconsistent: 1)
    data = json.loads(proc.stdout)
    assert [d["file"] for d in data] == [str(a), str(garbage), str(b), str(tmp_path / "missing.txt")]
    assert data[0]["findings"][0]["verdict"] == "consistent"
    assert data[2]["findings"][0]["verdict"] == "inconsistent"
    assert "garbage.bin" in data[1]["error"] and "UTF" in data[1]["error"]
    assert "missing.txt" in data[3]["error"]
    assert "garbage.bin" in proc.stderr and "Traceback" not in proc.stderr
    # The table names the bad file too, and reports the good ones.
    proc = _cli("check", str(a), str(garbage))
    assert proc.returncode == 2 and "consistent" in proc.stdout and "garbage.bin" in proc.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_files_with_a_bom_are_read(encoding: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "u16.txt"
    body = FRONT.format(date="2025-01-22") + BAD
    raw = body.encode(encoding)
    if encoding != "utf-16":  # explicit byte order: write the BOM ourselves
        raw = "\ufeff".encode(encoding) + raw
    f.write_bytes(raw)
    code, out, _ = run(capsys, "check", str(f), "--json")
    assert code == 1 and json.loads(out)[0]["date"] == "2025-01-22"


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(GOOD * 20000, encoding="utf-8")
    proc = subprocess.run(f"{sys.executable} -m moneyfacts.cli extract {f} | head -1",
                          shell=True, capture_output=True, text=True, timeout=300,
                          executable="/bin/bash")
    assert proc.stdout.count("\n") == 1
    assert proc.stderr == ""  # no "Broken pipe", no "Exception ignored"
    proc = subprocess.run(f"set -o pipefail; {sys.executable} -m moneyfacts.cli extract {f} | head -1",
                          shell=True, capture_output=True, text=True, timeout=300,
                          executable="/bin/bash")
    assert proc.returncode == 0 and proc.stderr == ""


# --- 5. the command line ---------------------------------------------------------------------


def test_check_json_is_always_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FRONT.format(date="2025-01-22") + GOOD)
    b.write_text(FRONT.format(date="2025-01-22") + BAD)
    for files in ([a], [a, b]):
        _, out, _ = run(capsys, "check", *map(str, files), "--json")
        data = json.loads(out)
        assert isinstance(data, list) and [d["file"] for d in data] == list(map(str, files))


def test_parse_dash_reads_stdin() -> None:
    proc = _cli("parse", "-", "--json", input="Rmb160 billion\n")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["unit"] == "CNY"


def test_currency_codes_in_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    a = run(capsys, "parse", "--json", "--dollar", "aud", "$5bn")
    b = run(capsys, "parse", "--json", "--dollar", "AUD", "$5bn")
    assert a[0] == b[0] == 0 and json.loads(a[1])["unit"] == json.loads(b[1])["unit"] == "AUD"
    c = run(capsys, "convert", "Rmb160 billion", "--to", "usd", "--on", "2025-12-23", "--json")
    d = run(capsys, "convert", "Rmb160 billion", "--to", "USD", "--on", "2025-12-23", "--json")
    assert c[0] == d[0] == 0 and json.loads(c[1]) == json.loads(d[1])
    assert run(capsys, "parse", "--yen", "cny", "¥2 trillion")[0] == 0
    code, _, err = run(capsys, "parse", "--dollar", "dollars", "$5")
    assert code == 2 and "currency code" in err


def _actions(parser: argparse.ArgumentParser, path: str = "moneyfacts"):  # type: ignore[no-untyped-def]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{path} {name}")
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            yield path, action


def test_every_option_has_help_text() -> None:
    missing = [f"{path} {a.option_strings or a.dest}" for path, a in _actions(build_parser())
               if not a.help or a.help == argparse.SUPPRESS]
    assert missing == []
    assert len(list(_actions(build_parser()))) > 30


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "abc", "1e9"])
def test_rates_update_timeout_is_validated(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rates", "update", "--timeout", value)
    assert code == 2 and "--timeout" in err


def test_a_very_large_quantity_prints_exactly() -> None:
    import moneyfacts

    digits = "98765432109876543210987654321098765432109876543210123"
    q = moneyfacts.parse(f"${digits}")
    assert str(q.value) == digits
    shown = str(q).split()[0]
    assert shown.replace(".", "").lstrip("0") == digits  # every digit, none rounded away
    q = moneyfacts.parse(f"${digits[:40]}.25 billion")
    assert str(q).split()[0].replace(".", "") .startswith(digits[:40])
