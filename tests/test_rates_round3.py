"""Issue 20, items 2, 16, 17, 18: ``rates update`` never loses a day to a concurrent update, and
refuses absurd rates, far-future rows and decompression bombs in one line. No network."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from moneyfacts import rates
from moneyfacts.rates import ecb
from moneyfacts.rates.store import ECB_FILE


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path / "cache"))
    rates.set_default_store(None)
    yield
    rates.set_default_store(None)


# Each process stops between merging and writing until the other one has got that far too (or
# 5 s have passed): without a lock both merge into the same history and the second write
# drops the first one's day; with the lock the second waits, then merges into the first's file.
_UPDATER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from moneyfacts.cli import main
    from moneyfacts.rates import update

    me, other, csv = sys.argv[1:4]
    write = update._atomic_write

    def slow_write(target, data):
        Path(me).touch()
        deadline = time.monotonic() + 5
        while not Path(other).exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        write(target, data)

    update._atomic_write = slow_write
    sys.exit(main(["rates", "update", "--file", csv]))
""")


def test_two_concurrent_updates_keep_both_days(tmp_path: Path) -> None:
    # Two weekend days inside the history (never ECB days, never in the future).
    days = ("2025-01-04", "2025-01-05")
    procs = []
    for k, day in enumerate(days):
        csv = tmp_path / f"d{k}.csv"
        csv.write_text(f"Date,USD,JPY,\n{day},1.0{k}1,16{k}.5,\n")
        procs.append(subprocess.Popen(
            [sys.executable, "-c", _UPDATER, str(tmp_path / f"ready{k}"),
             str(tmp_path / f"ready{1 - k}"), str(csv)],
            env={**os.environ, "MONEYFACTS_CACHE": str(tmp_path / "cache")},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        assert "merged 1 new or corrected day(s)" in out
    text = ecb.read_text(tmp_path / "cache" / ECB_FILE)
    held = {line[:10] for line in text.splitlines()[1:]}
    assert set(days) <= held, "a concurrent update lost a day"
