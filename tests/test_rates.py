"""Historical rates: known values, fallbacks, crosses, sources, errors, refresh. No network."""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import rates
from moneyfacts.errors import (
    ProviderError,
    RateNotAvailableError,
    RatesDataError,
    UnknownCurrencyError,
)
from moneyfacts.rates import RateStore, RateWindow, cli, update
from moneyfacts.rates.store import bundled_dir

D = dt.date
Q4 = Decimal("0.0001")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Never read or write the user's real cache; start from the bundled data."""
    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path / "cache"))
    rates.set_default_store(None)
    yield
    rates.set_default_store(None)


@pytest.fixture(scope="module")
def store() -> RateStore:
    return RateStore(use_cache=False).load()


# --- known values -------------------------------------------------------------------------
def test_cny_per_usd_known_values(store: RateStore) -> None:
    r = store.get_rate("USD", "CNY", D(2025, 1, 22))
    assert r.value.quantize(Q4) == Decimal("7.2673")
    assert (r.base, r.quote, r.date, r.source, r.via) == ("USD", "CNY", D(2025, 1, 22), "ECB", "EUR")
    assert store.get_rate("USD", "CNY", D(2025, 12, 23)).value.quantize(Q4) == Decimal("7.0281")


def test_direct_euro_rate_is_the_published_figure(store: RateStore) -> None:
    r = store.get_rate("EUR", "USD", D(1999, 1, 4))
    assert r.value == Decimal("1.1789") and r.via is None and r.source == "ECB"
    assert store.get_rate("USD", "EUR", D(1999, 1, 4)).value == Decimal(1) / Decimal("1.1789")


def test_cross_is_exact_quotient(store: RateStore) -> None:
    # 2026-10-30: USD 1.1172, CNY 7.4326 per euro
    assert store.get_rate("USD", "CNY", D(2026, 10, 30)).value == Decimal("7.4326") / Decimal("1.1172")


def test_identity(store: RateStore) -> None:
    r = store.get_rate("usd", "USD", D(2025, 1, 5))
    assert r.value == 1 and r.date == D(2025, 1, 5) and r.source == "identity"


def test_module_api_uses_bundled_data() -> None:
    assert rates.get_rate("USD", "CNY", D(2025, 1, 22)).value.quantize(Q4) == Decimal("7.2673")
    assert {"USD", "EUR", "PLN", "CNY", "TWD", "AED", "VND", "NGN", "SAR"} <= set(rates.known_currencies())


# --- fallbacks ----------------------------------------------------------------------------
def test_weekend_uses_friday(store: RateStore) -> None:
    sat, sun = store.get_rate("EUR", "USD", D(2025, 1, 25)), store.get_rate("EUR", "USD", D(2025, 1, 26))
    assert sat.date == sun.date == D(2025, 1, 24)
    assert sat.value == store.get_rate("EUR", "USD", D(2025, 1, 24)).value


def test_holiday_uses_previous_business_day(store: RateStore) -> None:
    # ECB (TARGET) holidays: 25-26 December, 1 January, Good Friday, Easter Monday
    assert store.get_rate("USD", "GBP", D(2025, 12, 26)).date == D(2025, 12, 24)
    assert store.get_rate("USD", "JPY", D(2025, 1, 1)).date == D(2024, 12, 31)
    assert store.get_rate("USD", "JPY", D(2025, 4, 21)).date == D(2025, 4, 17)  # Easter Monday


def test_lookback_exceeded_and_never_a_later_day(store: RateStore) -> None:
    with pytest.raises(RateNotAvailableError, match="in the 1 days up to 2025-04-20"):
        store.get_rate("USD", "JPY", D(2025, 4, 20), lookback=1)  # Easter Sunday; Thursday is 3 days back
    with pytest.raises(RateNotAvailableError):
        store.get_rate("EUR", "USD", D(2025, 1, 26), lookback=0)
    assert store.get_rate("EUR", "USD", D(2025, 1, 26), lookback=2).date == D(2025, 1, 24)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=D(1999, 1, 11), max_value=D(2026, 10, 30)))
def test_rate_date_is_never_after_the_day_asked(day: dt.date) -> None:
    store = rates.default_store()
    r = store.get_rate("USD", "GBP", day)
    assert day - dt.timedelta(days=7) <= r.date <= day
    assert r.date in store.published_days("USD", "GBP", r.date, day)
    assert store.published_days("USD", "GBP", r.date + dt.timedelta(days=1), day) == []


def test_gap_in_a_currency_is_reported_not_bridged(store: RateStore) -> None:
    # The ECB published no ISK rate from December 2008 to 2018.
    with pytest.raises(RateNotAvailableError, match="ECB published no EUR/ISK|ISK"):
        store.get_rate("EUR", "ISK", D(2012, 6, 1))


# --- crosses ------------------------------------------------------------------------------
ECB_CODES = ["EUR", "USD", "JPY", "GBP", "CHF", "CNY", "PLN", "SEK", "AUD", "ZAR", "KRW", "IDR"]
NBP_CODES = ["TWD", "AED", "SAR", "NGN", "VND", "UAH", "CLP"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(ECB_CODES + NBP_CODES),
    st.sampled_from(ECB_CODES + NBP_CODES),
    st.dates(min_value=D(2010, 1, 1), max_value=D(2026, 10, 20)),
)
def test_cross_rate_symmetry(a: str, b: str, day: dt.date) -> None:
    store = rates.default_store()
    ab, ba = store.get_rate(a, b, day), store.get_rate(b, a, day)
    assert ab.date == ba.date and ab.source == ba.source and ab.via == ba.via
    assert abs(ab.value * ba.value - 1) <= Decimal("1E-26")
    assert ab.value > 0


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NBP_CODES), st.dates(min_value=D(2006, 1, 1), max_value=D(2026, 10, 20)))
def test_nbp_triangle_through_pln(code: str, day: dt.date) -> None:
    store = rates.default_store()
    r = store.get_rate("USD", code, day)
    usd_pln, pln_x = store.get_rate("USD", "PLN", r.date), store.get_rate("PLN", code, r.date)
    # both legs from NBP on r.date; USD/PLN alone is the ECB figure, so only compare via NBP
    assert r.via == "PLN" and r.source.startswith("NBP")
    assert pln_x.date == r.date and pln_x.source.startswith("NBP")
    assert usd_pln.source == "ECB"


def test_nbp_sourced_currencies(store: RateStore) -> None:
    twd = store.get_rate("USD", "TWD", D(2025, 6, 18))
    assert Decimal(27) < twd.value < Decimal(35)
    assert (twd.source, twd.via, twd.date) == ("NBP tables A+B", "PLN", D(2025, 6, 18))
    aed = store.get_rate("USD", "AED", D(2025, 6, 18))
    assert abs(aed.value - Decimal("3.6725")) < Decimal("0.02")  # pegged
    pln = store.get_rate("PLN", "TWD", D(2025, 6, 18))
    assert pln.source == "NBP table B" and pln.via is None
    sar_aed = store.get_rate("SAR", "AED", D(2025, 6, 18))
    assert sar_aed.source == "NBP table B" and Decimal("0.97") < sar_aed.value < Decimal("0.99")


def test_nbp_weekly_table_uses_the_table_in_force(store: RateStore) -> None:
    # Table B comes out on Wednesdays: a Monday uses the previous Wednesday's table.
    r = store.get_rate("USD", "TWD", D(2025, 6, 23))
    assert r.date == D(2025, 6, 18)
    with pytest.raises(RateNotAvailableError):
        store.get_rate("USD", "TWD", D(2025, 6, 23), lookback=3)


def test_coverage(store: RateStore) -> None:
    assert store.coverage("CNY") == (D(2005, 4, 1), D(2026, 10, 30), "ECB")
    assert store.coverage("RUB")[1] == D(2022, 3, 1)
    first, last, source = store.coverage("INR")
    assert first.year == 2009 and source == "ECB"
    assert store.coverage("EUR")[0] == D(1999, 1, 4)
    first, last, source = store.coverage("TWD")
    assert source == "NBP table B" and first < D(2000, 1, 1) and last.year == 2026
    assert len([c for c in store.known_currencies() if store.coverage(c)[2] == "ECB"]) == 42


# --- windows ------------------------------------------------------------------------------
def test_window(store: RateStore) -> None:
    w = store.window("USD", "CNY", D(2025, 1, 18), D(2025, 1, 24))
    assert isinstance(w, RateWindow)
    assert [r.date for r in w.rates] == [D(2025, 1, d) for d in (17, 20, 21, 22, 23, 24)]
    assert w.min.value == min(r.value for r in w.rates)
    assert w.max.value == max(r.value for r in w.rates)
    assert w.min.value < w.max.value
    with pytest.raises(Exception):
        w.rates.append(w.min) if False else setattr(w, "min", w.max)  # frozen
    assert store.published_days("USD", "CNY", D(2025, 1, 18), D(2025, 1, 24)) == [
        D(2025, 1, d) for d in (20, 21, 22, 23, 24)
    ]


def test_window_nbp_is_weekly(store: RateStore) -> None:
    w = store.window("USD", "TWD", D(2025, 6, 1), D(2025, 6, 30))
    assert [r.date.weekday() for r in w.rates[1:]] == [2] * (len(w.rates) - 1)  # Wednesdays
    assert all(r.source == "NBP tables A+B" for r in w.rates)


# --- errors -------------------------------------------------------------------------------
def test_unknown_currency(store: RateStore) -> None:
    with pytest.raises(UnknownCurrencyError, match="unknown currency 'XYZ'"):
        store.get_rate("XYZ", "USD", D(2025, 1, 2))
    with pytest.raises(UnknownCurrencyError):
        store.coverage("ABC")


def test_before_coverage_names_the_range(store: RateStore) -> None:
    with pytest.raises(RateNotAvailableError) as ei:
        store.get_rate("USD", "CNY", D(2005, 3, 1))
    assert ei.value.first == D(2005, 4, 1) and ei.value.currency == "CNY"
    assert "covers CNY from 2005-04-01 to 2026-10-30" in str(ei.value)
    with pytest.raises(RateNotAvailableError, match="covers USD from 1999-01-04"):
        store.get_rate("USD", "GBP", D(1998, 12, 31))


def test_rub_after_march_2022(store: RateStore) -> None:
    assert store.get_rate("EUR", "RUB", D(2022, 3, 1)).date == D(2022, 3, 1)
    with pytest.raises(RateNotAvailableError) as ei:
        store.get_rate("USD", "RUB", D(2022, 3, 15))
    assert ei.value.last == D(2022, 3, 1) and "2022-03-01" in str(ei.value)


def test_after_the_data_is_not_clamped(store: RateStore) -> None:
    with pytest.raises(RateNotAvailableError, match="to 2026-10-30"):
        store.get_rate("EUR", "USD", D(2027, 1, 4))


def _ecb_text(rows: int = 3) -> str:
    lines = ["Date,USD,CNY,"]
    for i in range(rows):
        lines.append(f"2025-01-{22 - i:02d},1.04{i},7.5{i},")
    return "\n".join(lines) + "\n"


def test_corrupt_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(_ecb_text().replace("7.51", "7.5x1"))
    with pytest.raises(RatesDataError) as ei:
        rates.load(bad, nbp_path=False)
    assert ei.value.line == 3 and str(bad) in str(ei.value)
    bad.write_text(_ecb_text().replace("7.51", "7..51"))
    with pytest.raises(RatesDataError, match=r"bad\.csv:3: bad rate '7\.\.51'"):
        rates.load(bad, nbp_path=False)
    bad.write_text(_ecb_text().replace("7.51", "NA"))  # caught when the column is decoded
    store = rates.load(bad, nbp_path=False)
    store.get_rate("EUR", "USD", D(2025, 1, 22))
    with pytest.raises(RatesDataError, match=r"bad\.csv:3: bad rate 'NA' for CNY"):
        store.get_rate("EUR", "CNY", D(2025, 1, 22))
    bad.write_text(_ecb_text().replace("2025-01-21", "2025-02-30"))
    with pytest.raises(RatesDataError, match=r":3: bad date"):
        rates.load(bad, nbp_path=False)
    bad.write_text("When,USD\n")
    with pytest.raises(RatesDataError, match=r":1: expected an ECB header"):
        rates.load(bad, nbp_path=False)


def test_truncated_files(tmp_path: Path) -> None:
    text = _ecb_text()
    cut = tmp_path / "cut.csv"
    cut.write_text(text[: text.rindex(",7.5") + 3])  # last line cut mid-way
    with pytest.raises(RatesDataError, match=r"cut\.csv:4: .*\(the file looks truncated\)"):
        rates.load(cut, nbp_path=False)
    cut.write_text(text[: text.rindex("2025-01-20") + 14])
    with pytest.raises(RatesDataError, match=r"cut\.csv:4: the line ends without its final comma \(the file looks truncated\)"):
        rates.load(cut, nbp_path=False)
    gz = tmp_path / "cut.csv.gz"
    data = gzip.compress(text.encode())
    gz.write_bytes(data[: len(data) // 2])
    with pytest.raises(RatesDataError, match="truncated or damaged archive"):
        rates.load(gz, nbp_path=False)
    # the bundled NBP file, cut short
    nbp_text = gzip.decompress((bundled_dir() / "nbp-rates.txt.gz").read_bytes()).decode()
    short = tmp_path / "nbp.txt"
    short.write_text(nbp_text[: len(nbp_text) // 2].rsplit("\n", 1)[0] + "\n")
    with pytest.raises(RatesDataError, match=r"no '# end N' trailer"):
        RateStore(tmp_path / "ok.csv", short).load() if (tmp_path / "ok.csv").write_text(text) else None


def test_corrupt_nbp_line(tmp_path: Path) -> None:
    (tmp_path / "ok.csv").write_text(_ecb_text())
    nbp = tmp_path / "nbp.txt"
    nbp.write_text("# moneyfacts nbp-rates 1\nTWD 2025-01-01 B 0:0.12 7:0.1x2\n# end 1\n")
    store = RateStore(tmp_path / "ok.csv", nbp).load()
    with pytest.raises(RatesDataError, match=r"nbp\.txt:2: TWD: bad observation '7:0\.1x2'"):
        store.get_rate("PLN", "TWD", D(2025, 1, 9))


def test_csv_with_a_zero_rate(tmp_path: Path) -> None:
    p = tmp_path / "zero.csv"
    p.write_text(_ecb_text().replace("1.041", "-1"))
    with pytest.raises(RatesDataError, match=r":3: non-positive rate for USD"):
        rates.load(p, nbp_path=False).get_rate("EUR", "USD", D(2025, 1, 22))


def test_explicit_small_file(tmp_path: Path) -> None:
    p = tmp_path / "small.csv"
    p.write_text(_ecb_text())
    store = rates.load(p, nbp_path=False)
    assert store.get_rate("USD", "CNY", D(2025, 1, 21)).value == Decimal("7.51") / Decimal("1.041")
    with pytest.raises(UnknownCurrencyError):
        store.get_rate("USD", "TWD", D(2025, 1, 21))


# --- refresh ------------------------------------------------------------------------------
def _zip(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("eurofxref-hist.csv", text)
    return buf.getvalue()


def _newer_history() -> str:
    bundled = gzip.decompress((bundled_dir() / "eurofxref-hist.csv.gz").read_bytes()).decode()
    header, rest = bundled.split("\n", 1)
    n = header.rstrip(",").count(",")
    usd_col = header.split(",").index("USD")
    cells = ["N/A"] * n
    cells[usd_col - 1] = "1.2345"
    return header + "\n2026-11-02," + ",".join(cells) + ",\n" + rest


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="moneyfacts")
    cli.register(parser.add_subparsers(dest="command"))
    return parser


def test_update_installs_newer_history_in_cache(tmp_path: Path) -> None:
    seen = {}

    def fetch(url: str, timeout: float) -> bytes:
        seen.update(url=url, timeout=timeout)
        return _zip(_newer_history())

    bundled_before = (bundled_dir() / "eurofxref-hist.csv.gz").read_bytes()
    args = _parser().parse_args(["rates", "update", "--timeout", "4"])
    assert args.func is cli.run
    assert cli.run(args, fetch=fetch) == 0
    assert seen == {"url": update.ECB_URL, "timeout": 4.0}
    cached = tmp_path / "cache" / "eurofxref-hist.csv.gz"
    assert cached.is_file()
    assert (bundled_dir() / "eurofxref-hist.csv.gz").read_bytes() == bundled_before
    r = rates.get_rate("EUR", "USD", D(2026, 11, 3))
    assert (r.value, r.date) == (Decimal("1.2345"), D(2026, 11, 2))
    assert rates.get_rate("USD", "CNY", D(2025, 1, 22)).value.quantize(Q4) == Decimal("7.2673")


def test_update_rejects_bad_download_and_keeps_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    update.update_ecb(fetch=lambda u, t: _zip(_newer_history()))
    before = (cache / "eurofxref-hist.csv.gz").read_bytes()
    broken = _newer_history().replace("1.2345", "1.2.345")
    with pytest.raises(RatesDataError):
        update.update_ecb(fetch=lambda u, t: _zip(broken))
    with pytest.raises(RatesDataError, match="truncated or damaged"):
        update.update_ecb(fetch=lambda u, t: _zip(broken)[:300])
    assert (cache / "eurofxref-hist.csv.gz").read_bytes() == before
    assert [p.name for p in cache.iterdir() if p.name != ".rates-update.lock"] == [
        "eurofxref-hist.csv.gz"]  # no temp files left (the lock file of rates update stays)


def test_update_network_failure_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    def fetch(url: str, timeout: float) -> bytes:
        raise ProviderError(f"could not download {url} within {timeout:g} s: timed out")

    assert cli.run(_parser().parse_args(["rates", "update"]), fetch=fetch) == 2
    assert "could not download" in capsys.readouterr().err


def test_stale_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "eurofxref-hist.csv.gz").write_bytes(gzip.compress(_ecb_text().encode()))
    assert rates.coverage("USD")[1] == D(2026, 10, 30)  # the bundled file is newer


def test_install_local_file(tmp_path: Path) -> None:
    src = tmp_path / "download.zip"
    src.write_bytes(_zip(_newer_history()))
    assert cli.run(_parser().parse_args(["rates", "update", "--file", str(src)])) == 0
    assert rates.coverage("EUR")[1] == D(2026, 11, 2)


class FakeForex:
    def __init__(self, answers: dict[dt.date, dict[str, str]] | None = None, fail: Exception | None = None):
        self.answers, self.fail, self.calls = answers or {}, fail, []

    def get_rates(self, base: str, day: dt.date) -> dict[str, Decimal]:
        self.calls.append((base, day))
        if self.fail:
            raise self.fail
        return {k: Decimal(v) for k, v in self.answers[day].items()}


def test_forex_python_provider(tmp_path: Path) -> None:
    answers = {
        D(2026, 11, 2): {"USD": "1.2", "CNY": "8.5"},
        D(2026, 11, 3): {"USD": "1.2", "CNY": "8.5"},  # same as the day before: not published
        D(2026, 11, 4): {"USD": "1.25", "CNY": "8.6"},
    }
    fake = FakeForex(answers)
    res = update.update_forex_python(client=fake, today=D(2026, 11, 4))
    assert res.days == 2 and (res.first, res.last) == (D(2026, 11, 2), D(2026, 11, 4))
    assert [d for _, d in fake.calls] == [D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4)]
    r = rates.get_rate("EUR", "USD", D(2026, 11, 3))
    assert (r.value, r.date, r.source) == (Decimal("1.2"), D(2026, 11, 2), "forex-python")
    x = rates.get_rate("USD", "CNY", D(2026, 11, 4))
    assert x.value == Decimal("8.6") / Decimal("1.25") and x.source == "forex-python"
    assert rates.get_rate("EUR", "USD", D(2026, 10, 30)).source == "ECB"


def test_forex_python_failures_are_provider_errors() -> None:
    with pytest.raises(ProviderError, match="forex-python failed: ConnectionError"):
        update.update_forex_python(client=FakeForex(fail=ConnectionError("down")), today=D(2026, 11, 4))

    class Slow:
        def get_rates(self, base: str, day: dt.date) -> dict[str, Decimal]:
            import threading

            threading.Event().wait(2)
            return {}

    with pytest.raises(ProviderError, match="did not answer within 0.05 s"):
        update.update_forex_python(client=Slow(), timeout=0.05, today=D(2026, 11, 4))
    args = _parser().parse_args(["rates", "update", "--provider", "forex-python"])
    assert cli.run(args, client=FakeForex(fail=TimeoutError("timed out"))) == 2


def test_info_table(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.console import Console

    console = Console(width=200, record=True)
    assert cli.run(_parser().parse_args(["rates", "info", "-c", "TWD", "-c", "rub"]), console=console) == 0
    out = console.export_text()
    assert "ECB euro reference rates" in out and "NBP tables A and B" in out
    assert "1999-01-04" in out and "2026-10-30" in out
    assert "2022-03-01" in out and "NBP table B" in out


def test_weekly_allowance_for_a_currency_ever_in_table_b() -> None:
    # Found by hypothesis: NBP has no SAR rate from 2007-04-12 to 2007-04-25, and the
    # 2007-04-12 observation reads as table A; SAR is a table-B currency, so the 15-day
    # allowance applies and the rate of the 12th is used, never a later one.
    r = rates.get_rate("USD", "SAR", D(2007, 4, 20))
    assert r.date == D(2007, 4, 12) and r.via == "PLN"
    with pytest.raises(RateNotAvailableError):
        rates.get_rate("USD", "SAR", D(2007, 4, 20), lookback=7)
