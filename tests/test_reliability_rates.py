"""Issue 10, section 2: ``rates update --file`` with a partial CSV never replaces the history
with fewer days; ``rates reset`` goes back to the bundled rates. No network."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import moneyfacts
from moneyfacts import rates
from moneyfacts.cli import main
from moneyfacts.errors import RatesDataError
from moneyfacts.rates import update
from moneyfacts.rates.store import bundled_dir

D = dt.date


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path / "cache"))
    rates.set_default_store(None)
    yield
    rates.set_default_store(None)


def _bundled_days() -> int:
    from moneyfacts.rates import ecb

    return len(ecb.read_text(bundled_dir() / "eurofxref-hist.csv.gz").strip().splitlines()) - 1


def test_a_partial_csv_is_merged_not_installed_over_the_history(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = rates.get_rate("USD", "CNY", D(2025, 1, 22))
    first, last, _ = rates.coverage("USD")
    partial = tmp_path / "one-day.csv"
    new_day = last + dt.timedelta(days=3)
    partial.write_text(f"Date,USD,CNY,\n{new_day.isoformat()},1.2345,8.1234,\n")
    assert main(["rates", "update", "--file", str(partial)]) == 0
    out = capsys.readouterr().out
    assert "merged 1 new or corrected day(s)" in out and "installed 1 days" not in out
    # Every 2025 conversion still works, at the same rate; the new day is there too.
    assert rates.get_rate("USD", "CNY", D(2025, 1, 22)) == before
    assert moneyfacts.check("40 billion yuan ($5.5 billion)", date="2025-01-22").findings[0].verdict \
        == "consistent"
    assert rates.coverage("USD")[:2] == (first, new_day)
    r = rates.get_rate("EUR", "USD", new_day)
    assert (r.value, r.date) == (Decimal("1.2345"), new_day)
    # A currency the partial file lacks keeps its history and gets no value for the new day.
    assert rates.coverage("JPY")[1] == last
    res = update.install_file(partial)
    assert res.days == _bundled_days() + 1 and res.added == 0  # nothing new the second time


def test_a_damaged_or_foreign_partial_file_changes_nothing(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    for text in ("Date,JPY,\n2030-01-01,160.1,\n", "Date,USD,\n2030-01-01,1.2.3,\n", "hello\n"):
        bad = tmp_path / "bad.csv"
        bad.write_text(text)
        assert main(["rates", "update", "--file", str(bad)]) == 2
        assert "moneyfacts: error" in capsys.readouterr().err
        assert not (cache / "eurofxref-hist.csv.gz").exists()
        with pytest.raises(RatesDataError):
            update.install_file(bad)


def test_rates_reset_goes_back_to_the_bundled_rates(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    last = rates.coverage("USD")[1]
    new_day = last + dt.timedelta(days=3)
    partial = tmp_path / "p.csv"
    partial.write_text(f"Date,USD,\n{new_day.isoformat()},1.5,\n")
    assert main(["rates", "update", "--file", str(partial)]) == 0
    assert rates.coverage("USD")[1] == new_day
    capsys.readouterr()
    assert main(["rates", "reset"]) == 0
    assert "removed" in capsys.readouterr().out
    assert rates.coverage("USD")[1] == last
    assert not (tmp_path / "cache" / "eurofxref-hist.csv.gz").exists()
    assert main(["rates", "reset"]) == 0
    assert "nothing to reset" in capsys.readouterr().out
