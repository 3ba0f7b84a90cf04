"""Issue 20, items 20, 21 and 24: the command's errors are one line (no usage block, no
traceback, exit 2), malformed units in ``convert --to`` are typed errors, and front matter is
read in every form an editor writes or warned about."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from moneyfacts.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = int(exc.code or 0)
    got = capsys.readouterr()
    return rc, got.out, got.err


# --- item 21: option errors are one line, without a usage block ---------------------------------


@pytest.mark.parametrize("argv", [
    ["check", "--tolerance", "truncation", "a.txt"],
    ["check", "--window", "-3", "a.txt"],
    ["check", "a.txt", "--workers", "2"],
    ["check", "--workers", "0", "--jsonl", "a.jsonl"],
    ["convert", "2 GW"],
    ["rates", "update", "--timeout", "x"],
    ["bogus"],
    [],
])
def test_option_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = _run(argv, capsys)
    assert rc == 2
    assert err.count("\n") == 1 and "usage:" not in err and "error:" in err, err
