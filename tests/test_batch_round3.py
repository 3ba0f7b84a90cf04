"""Issue 20, items 3, 22, 23 and 25: ``check --jsonl`` never stops on a record it cannot write,
reads JSON numbers in tolerances exactly, caps its workers, and a Ctrl-C at any moment ends
with exit 130."""

from __future__ import annotations

import json
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
