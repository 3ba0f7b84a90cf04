"""Smoke test of the benchmark harness (bench/run.py).

Runs the harness on its tiny ``--quick`` inputs for moneyfacts only, in this interpreter
(``--inplace``): no venv is created and nothing is fetched. Checks the shape of the JSON
summary and that the accuracy figures are plausible. No timing assertions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RUN = REPO / "bench" / "run.py"


def _shared() -> Path:
    value = os.environ.get("MONEYFACTS_SHARED")
    return Path(value) if value else REPO.parent / "shared"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict:
    shared = _shared()
    if not (shared / "gold" / "expressions.jsonl").is_file():
        pytest.skip(f"no gold set under {shared} (set MONEYFACTS_SHARED)")
    out = tmp_path_factory.mktemp("bench") / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, str(RUN), "--tools", "moneyfacts", "--inplace", "--quick", "--json",
         "--out", str(out), "--shared", str(shared), "--budget", "5", "--min-time", "0", "--rounds", "2"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    data["_markdown"] = out.read_text(encoding="utf-8")
    return data


def _is_fraction(x: object) -> bool:
    return isinstance(x, (int, float)) and 0.0 <= x <= 1.0


def test_summary_structure(summary: dict) -> None:
    assert summary["quick"] is True
    assert {"machine", "inputs", "settings", "tools"} <= set(summary)
    assert summary["machine"]["date_utc"]
    inputs = summary["inputs"]
    assert inputs["expressions"] == 25 and inputs["sentences"] == 8
    assert inputs["articles"] >= 1 and inputs["corpus_sentences"] > 10
    [tool] = summary["tools"]
    assert tool["tool"] == "moneyfacts"
    assert tool["ok"], tool.get("error")
    assert tool["install"].startswith("in place")
    for phase in ("expressions", "sentences", "corpus_sentences", "corpus_docs"):
        assert phase in tool, phase
    assert tool["expressions"]["n"] == 25
    assert tool["sentences"]["n"] == 8
    assert tool["corpus_sentences"]["n_done"] == tool["corpus_sentences"]["n_total"] == inputs["corpus_sentences"]
    assert tool["corpus_docs"]["n_done"] == inputs["articles"]
    assert isinstance(tool["peak_rss_mb"], float) and tool["peak_rss_mb"] > 1
    assert {"check", "cli", "rates"} <= set(tool["extras"])


def test_accuracy_is_plausible(summary: dict) -> None:
    [tool] = summary["tools"]
    e = tool["expressions"]
    assert _is_fraction(e["accuracy"]) and _is_fraction(e["money_accuracy"])
    # The quick inputs are the seed expressions moneyfacts was built on.
    assert e["accuracy"] >= 0.6
    assert set(e["by_tag"]) >= {"seed"}
    for phase in ("sentences", "corpus_sentences", "corpus_docs"):
        m = tool[phase]
        for field in ("precision", "recall", "f1"):
            assert m[field] is None or _is_fraction(m[field]), (phase, field, m[field])
        assert m["counts"]["gold"] > 0
    assert tool["sentences"]["f1"] >= 0.5
    assert tool["corpus_sentences"]["f1"] >= 0.5
    assert _is_fraction(tool["sentences"]["exact"])


def test_markdown_written(summary: dict) -> None:
    md = summary["_markdown"]
    assert md.startswith("# moneyfacts benchmark results")
    assert "| moneyfacts |" in md
    assert "quick mode" in md


def test_every_round_is_reported(summary: dict) -> None:
    [tool] = summary["tools"]
    rounds = tool["corpus_sentences"]["rounds_kb_per_s"]
    assert len(rounds) == 2 and all(x > 0 for x in rounds)
    assert max(rounds) == pytest.approx(tool["corpus_sentences"]["kb_per_s"])
    section = summary["_markdown"].split("## Speed in each round (KB/s per sentence)")[1]
    assert "| moneyfacts | " in section and "round 2" in section
