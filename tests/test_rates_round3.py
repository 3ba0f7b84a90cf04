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
from moneyfacts.errors import RatesDataError
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


def _update(argv_file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from moneyfacts.cli import main

    capsys.readouterr()
    rc = main(["rates", "update", "--file", str(argv_file)])
    return rc, capsys.readouterr().err


def _unchanged(tmp_path: Path) -> bool:
    return not (tmp_path / "cache" / ECB_FILE).exists()


# --- item 16: a rate of more than 18 digits is a typed error, one line ------------------------


@pytest.mark.parametrize("rate", ["1.0300000000000000000001", "10300000000000000000001",
                                  "0.00000000000000000000000000000000001"])
def test_a_rate_of_more_than_18_digits_is_refused_in_one_line(
        rate: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "big.csv"
    csv.write_text(f"Date,USD,JPY,\n2025-01-04,{rate},160.1,\n")
    rc, err = _update(csv, capsys)
    assert rc == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert f"big.csv:2: rate '{rate}' for USD has more than 18 digits" in err
    assert _unchanged(tmp_path)
    with pytest.raises(RatesDataError):
        len(ecb.parse(csv.read_text(), "big.csv").series["USD"])


# --- item 17: rows dated after today are refused ------------------------------------------------


def test_a_row_dated_after_today_is_refused(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import moneyfacts

    future = tmp_path / "future.csv"
    future.write_text("Date,USD,CNY,\n9999-12-31,1.03,7.5,\n")
    rc, err = _update(future, capsys)
    assert rc == 2 and err.count("\n") == 1
    assert "future.csv:2: a row is dated 9999-12-31, after today" in err
    assert _unchanged(tmp_path)
    # Undated checks still work.
    r = moneyfacts.check("It paid 40 billion yuan ($5.5 billion).", date=None)
    assert r.findings and r.findings[0].verdict != "inconsistent"
    # A day that has come is merged as before.
    today = dt.date.today()
    while today.weekday() < 5:  # a weekend day: never an ECB day, so always new
        today -= dt.timedelta(days=1)
    ok = tmp_path / "ok.csv"
    ok.write_text(f"Date,USD,CNY,\n{today.isoformat()},1.03,7.5,\n")
    assert _update(ok, capsys)[0] == 0


# --- item 18: decompression is bounded ----------------------------------------------------------


@pytest.mark.parametrize("kind", ["gz", "zip"])
def test_a_decompression_bomb_is_refused(kind: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import gzip
    import zipfile

    body = b"Date,USD,\n" + b"0" * (ecb.MAX_BYTES + 1024)
    bomb = tmp_path / f"bomb.{kind}"
    if kind == "gz":
        bomb.write_bytes(gzip.compress(body, 9))
    else:
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("eurofxref-hist.csv", body)
    assert bomb.stat().st_size < ecb.MAX_BYTES // 100  # a small file...
    rc, err = _update(bomb, capsys)  # ...that inflates past the bound
    assert rc == 2 and err.count("\n") == 1
    assert "decompresses to more than 64 MB" in err
    assert _unchanged(tmp_path)


def test_the_real_history_is_well_within_the_bound() -> None:
    from moneyfacts.rates.store import bundled_dir

    size = len(ecb.read_text(bundled_dir() / ECB_FILE))
    assert 1_000_000 < size < ecb.MAX_BYTES // 16
