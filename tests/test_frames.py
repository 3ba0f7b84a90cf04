"""moneyfacts.frames: mentions and findings tables from Arrow and pandas."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

from moneyfacts import frames  # noqa: E402

TEXTS = [
    "Samsung will invest 450 trillion won ($310 billion) by 2030.",
    None,
    "Revenue was €8.5bn ($8.9bn), or €8.5bn ($9.2bn) by another count.",
    "A chip costs $0.000001 to make, about 1.5 lakh rupees in all.",
    "Nothing here.",
]
DATES = ["2025-03-03", None, "2025-03-03", "2025-03", None]


def _arrow() -> pa.Table:
    return pa.table({
        "key": pa.array([10, 11, 12, 13, 14], pa.int32()),
        "text": pa.array(TEXTS, pa.string()),
        "date": pa.array(DATES, pa.string()),
    })


def test_mentions_arrow_typed_and_exact() -> None:
    t = frames.mentions(_arrow(), id="key")
    assert isinstance(t, pa.Table)
    assert t.schema == frames.mentions_schema("key", pa.int32())
    assert t.schema.field("value").type == pa.decimal128(38, 10)
    rows = t.to_pylist()
    assert [(r["row"], r["key"], r["mention"]) for r in rows] == [
        (0, 10, 0), (0, 10, 1), (2, 12, 0), (2, 12, 1), (2, 12, 2), (2, 12, 3), (3, 13, 0), (3, 13, 1)]
    won, usd = rows[0], rows[1]
    assert (won["text"], won["kind"], won["unit"]) == ("450 trillion won", "money", "KRW")
    assert won["value"] == Decimal("450000000000000") and won["precision"] == Decimal("1E+12")
    assert usd["value"] == Decimal("310000000000") and usd["assumed"]
    assert TEXTS[0][won["start"]:won["end"]] == "450 trillion won"
    tiny, lakh = rows[6], rows[7]
    assert tiny["value"] == Decimal("0.000001") and tiny["exact"] is True
    assert (lakh["unit"], lakh["value"], lakh["qualifier"]) == ("INR", Decimal("150000"), "approx")
    # No float anywhere.
    assert not any(pa.types.is_floating(f.type) for f in t.schema)


def test_findings_arrow() -> None:
    t = frames.findings(_arrow(), id="key")
    assert t.schema == frames.findings_schema("key", pa.int32())
    rows = t.to_pylist()
    assert [(r["key"], r["finding"], r["verdict"]) for r in rows] == [
        (10, 0, "consistent"), (12, 0, "consistent"), (12, 1, "inconsistent")]
    r = rows[2]
    assert (r["original_text"], r["stated_text"], r["original_unit"], r["stated_unit"]) == (
        "€8.5bn", "$9.2bn", "EUR", "USD")
    assert r["original_value"] == Decimal("8.5E9") and r["stated_value"] == Decimal("9.2E9")
    assert r["expected_low"] <= Decimal("8.9E9") <= r["expected_high"]
    assert r["rate_date"] == dt.date(2025, 3, 3) and r["rate_source"] == "ECB"
    assert r["rate_value"] == Decimal("1.0465") and r["date"] == "2025-03-03"
    assert r["cause_kind"] is not None and r["explanation"] and r["error"] is None
    assert isinstance(r["deviation"], Decimal)


def test_findings_error_rows_and_default_date() -> None:
    t = pa.table({"text": ["€8.5bn ($8.9bn)", "€8.5bn ($8.9bn)", "€8.5bn ($8.9bn)"],
                  "date": ["03/03/2025", None, "2025-03-03"]})
    rows = frames.findings(t, default_date="2025-03-03").to_pylist()
    assert rows[0]["row"] == 0 and rows[0]["verdict"] is None and rows[0]["finding"] is None
    assert rows[0]["error"].startswith("InputError: unreadable date '03/03/2025'")
    assert [r["verdict"] for r in rows[1:]] == ["consistent", "consistent"]
    assert [r["date"] for r in rows[1:]] == ["2025-03-03", "2025-03-03"]
    # No date column at all, no default: checked undated.
    nodate = frames.findings(pa.table({"text": ["€8.5bn ($8.9bn)"]})).to_pylist()
    assert nodate[0]["date"] is None and nodate[0]["verdict"] in ("consistent", "unverifiable")


def test_date32_and_timestamp_dates() -> None:
    t = pa.table({"text": ["€8.5bn ($9.2bn)"], "date": pa.array([dt.date(2025, 3, 3)], pa.date32())})
    assert frames.findings(t).column("verdict").to_pylist() == ["inconsistent"]
    df = pd.DataFrame({"text": ["€8.5bn ($8.9bn)", "€8.5bn ($8.9bn)"],
                       "date": [pd.Timestamp("2025-03-03"), pd.NaT]})
    out = frames.findings(df, default_date="2025-03-03")
    assert list(out["date"]) == ["2025-03-03", "2025-03-03"]


def test_pandas_in_pandas_out() -> None:
    df = pd.DataFrame({"id": ["a", "b", "c", "d", "e"], "text": TEXTS, "date": DATES})
    m = frames.mentions(df, id="id")
    assert isinstance(m, pd.DataFrame)
    assert list(m["id"])[:2] == ["a", "a"]
    assert all(isinstance(v, Decimal) for v in m["value"].dropna())
    f = frames.findings(df, id="id")
    assert isinstance(f, pd.DataFrame)
    assert list(f["verdict"]) == ["consistent", "consistent", "inconsistent"]
    assert all(isinstance(v, Decimal) for v in f["expected_low"])


def test_amount_that_does_not_fit_is_null_not_rounded() -> None:
    t = frames.mentions(pa.table({"text": ["It costs $0.000000000001 each."]})).to_pylist()
    assert t[0]["value"] is None and t[0]["exact"] is False


def test_errors_on_bad_input() -> None:
    with pytest.raises(KeyError, match="no column 'body'"):
        frames.mentions(_arrow(), text="body")
    with pytest.raises(TypeError, match="pyarrow Table or a pandas DataFrame"):
        frames.mentions(["a list"])  # type: ignore[arg-type]


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r'pip install "moneyfacts\[frames\]"'):
        frames.mentions_schema()
