"""Verdicts: dates past the data (issue 20 item 14), one absurd pair beside judged ones (item 15),
the article's pairs compared in linear work (item 6), and issue 22's grades and causes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import moneyfacts
from moneyfacts.rates.store import default_store

PAIR = "It will spend 40 billion yuan ($5.5 billion) on chips."
ABSURD = ("It paid 1 yuan ($" + "1" + "0" * 24 + ") and 40 billion yuan ($5.5 million) "
          "for the plant.")


def _after_the_data() -> list[dt.date]:
    """The business days of the week after the bundled data's last day (a Friday or not)."""
    last = default_store().coverage("CNY")[1]
    days, d = [], last
    while len(days) < 6:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            days.append(d)
    return days


# --- issue 20 item 14: days past the end of the data ------------------------------------


@pytest.mark.parametrize("window", [0, 7])
def test_business_days_past_the_data_are_unverifiable_naming_the_range(window: int) -> None:
    first, last, _ = default_store().coverage("CNY")
    for day in _after_the_data():
        for text in (PAIR, "It will spend 27.3 billion riyals ($7.28 billion)."):
            (f,) = moneyfacts.check(text, date=day, window=window).findings
            assert f.verdict == "unverifiable", (day, f.explanation)
            assert str(last) in f.explanation and str(day) in f.explanation


def test_the_weekend_after_the_last_friday_keeps_the_friday_rate() -> None:
    last = default_store().coverage("CNY")[1]
    if last.weekday() != 4:
        pytest.skip("the bundled data does not end on a Friday")
    (f,) = moneyfacts.check(PAIR, date=last + dt.timedelta(days=2), window=0).findings
    assert f.verdict != "unverifiable" and f.rate[0].date == last


# --- issue 20 item 15: one absurd pair does not hide the article ------------------------


def _assert_absurd_then_judged(verdicts: list[str], explanations: list[str]) -> None:
    assert verdicts == ["unverifiable", "inconsistent"]
    assert "digits" in explanations[0] and "1 yuan" in explanations[0]


def test_an_absurd_pair_is_unverifiable_and_the_others_are_judged() -> None:
    r = moneyfacts.check(ABSURD, date="2025-01-22")
    _assert_absurd_then_judged([f.verdict for f in r.findings], [f.explanation for f in r.findings])
    assert r.findings[1].cause is not None and r.findings[1].cause.kind == "magnitude_slip"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "moneyfacts.cli", *args], capture_output=True,
                          text=True, timeout=300)


def test_an_absurd_pair_in_the_cli_and_jsonl(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("---\ndate: 2025-01-22\n---\n" + ABSURD + "\n", encoding="utf-8")
    proc = _cli("check", str(art), "--json")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr  # the 1000x slip: inconsistent
    (report,) = json.loads(proc.stdout)
    _assert_absurd_then_judged([f["verdict"] for f in report["findings"]],
                               [f["explanation"] for f in report["findings"]])
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": 1, "text": ABSURD, "date": "2025-01-22"}) + "\n")
    proc = _cli("check", "--jsonl", str(inp))
    (rec,) = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert rec["status"] == "ok" and proc.returncode == 1
    _assert_absurd_then_judged([f["verdict"] for f in rec["report"]["findings"]],
                               [f["explanation"] for f in rec["report"]["findings"]])


def test_an_absurd_pair_in_frames() -> None:
    pd = pytest.importorskip("pandas")
    from moneyfacts import frames

    df = pd.DataFrame({"text": [ABSURD], "date": ["2025-01-22"]})
    out = frames.findings(df)
    _assert_absurd_then_judged(list(out["verdict"]), list(out["explanation"]))
    s = frames.summary(df)
    assert list(s["status"]) == ["ok"] and list(s["inconsistent"]) == [1]


# --- issue 20 item 6: the article's pairs compared in linear work -------------------------


def _calls(fn: object) -> int:
    """Python and C function calls made by ``fn()``: a count, not a clock."""
    count = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    old = sys.getprofile()
    sys.setprofile(hook)
    try:
        fn()  # type: ignore[operator]
    finally:
        sys.setprofile(old)
    return count


@pytest.mark.parametrize("shape", ["40 billion yuan ($5.5 billion) ",
                                   "40 billion yuan ($5.5 billion) 40 billion yuan ($6.5 billion) ",
                                   "40 billion yuan ($5.5 billion) 40 billion yuan ($5.4 billion) "
                                   "40 billion yuan ($6.1 billion) "])
def test_the_articles_pairs_are_compared_in_linear_work(shape: str) -> None:
    """'40 billion yuan ($5.5 billion) '*N through check took 19.5 s for 200 KB: each pair's
    standing summed distances over all pairs. 8x the pairs may cost at most 12x the calls
    (quadratic would be 64x)."""
    from moneyfacts import verify

    tol = verify.Tolerance()

    def findings(n: int) -> tuple[str, list[moneyfacts.Finding]]:
        text = shape * n
        return text, moneyfacts.check(text, date="2025-01-22").findings

    small, large = findings(40), findings(320)
    assert len(large[1]) == 8 * len(small[1])
    ops_small = _calls(lambda: verify._other_pairs(small[0], small[1], tol))
    ops_large = _calls(lambda: verify._other_pairs(large[0], large[1], tol))
    assert ops_large / ops_small < 12, f"8x the pairs made {ops_large / ops_small:.1f}x the calls"
