"""moneyfacts.frames: mentions and findings tables from Arrow and pandas."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

import moneyfacts  # noqa: E402
from moneyfacts import Conventions, frames  # noqa: E402
from moneyfacts.errors import InputError, MoneyfactsError, UnknownCurrencyError  # noqa: E402
from moneyfacts.verify import Tolerance  # noqa: E402

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
        (0, 10, 0), (0, 10, 1), (1, 11, None), (2, 12, 0), (2, 12, 1), (2, 12, 2), (2, 12, 3),
        (3, 13, 0), (3, 13, 1)]
    assert rows[2]["error"] == "the 'text' field is null, not a string" and rows[2]["unit"] is None
    assert all(r["error"] is None for r in rows if r["row"] != 1)
    del rows[2]
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
        (10, 0, "consistent"), (11, None, None), (12, 0, "consistent"), (12, 1, "inconsistent")]
    assert rows[1]["error"] == "the 'text' field is null, not a string"
    r = rows[3]
    assert (r["original_text"], r["stated_text"], r["original_unit"], r["stated_unit"]) == (
        "€8.5bn", "$9.2bn", "EUR", "USD")
    assert r["original_value"] == Decimal("8.5E9") and r["stated_value"] == Decimal("9.2E9")
    # The day's and the business day before's rates (issue 22 §2; it was the week's): the
    # consistent $8.9bn lies within the ±0.75% band of them.
    assert r["expected_low"] < r["expected_high"] <= Decimal("8.9E9") <= r["expected_high"] * Decimal("1.0075")
    assert r["rate_date"] == dt.date(2025, 3, 3) and r["rate_source"] == "ECB"
    assert r["rate_value"] == Decimal("1.0465") and r["date"] == "2025-03-03"
    assert r["cause_kind"] is not None and r["explanation"] and r["error"] is None
    assert isinstance(r["deviation"], Decimal)


def test_findings_error_rows_and_default_date() -> None:
    t = pa.table({"text": ["€8.5bn ($8.9bn)", "€8.5bn ($8.9bn)", "€8.5bn ($8.9bn)"],
                  "date": ["03/03/2025", None, "2025-03-03"]})
    rows = frames.findings(t, default_date="2025-03-03").to_pylist()
    assert rows[0]["row"] == 0 and rows[0]["verdict"] is None and rows[0]["finding"] is None
    assert rows[0]["error"].startswith("unreadable date '03/03/2025'")
    assert [r["verdict"] for r in rows[1:]] == ["consistent", "consistent"]
    assert [r["date"] for r in rows[1:]] == ["2025-03-03", "2025-03-03"]
    # No date column at all, no default: checked undated.
    nodate = frames.findings(pa.table({"text": ["€8.5bn ($8.9bn)"]}), date=None).to_pylist()
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
    assert list(f["verdict"].fillna("-")) == ["consistent", "-", "consistent", "inconsistent"]
    assert all(isinstance(v, Decimal) for v in f["expected_low"].dropna())


def test_amount_that_does_not_fit_is_null_not_rounded() -> None:
    t = frames.mentions(pa.table({"text": ["It costs $0.000000000001 each."]})).to_pylist()
    assert t[0]["value"] is None and t[0]["exact"] is False


def test_errors_on_bad_input() -> None:
    with pytest.raises(InputError, match="no column 'body'"):
        frames.mentions(_arrow(), text="body")
    with pytest.raises(InputError, match="pyarrow Table or a pandas DataFrame"):
        frames.mentions(["a list"])  # type: ignore[arg-type]


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r'pip install "moneyfacts\[frames\]"'):
        frames.mentions_schema()


# --- issue 10, 2b: every record kept, options checked up front, stable types ------------------

GOOD = "Revenue was €8.5bn ($8.9bn)."


def test_null_and_non_string_texts_become_error_rows_alike() -> None:
    texts = [GOOD, None, pd.NA, float("nan"), b"It paid $5 (4 euros).", 42]
    df = pd.DataFrame({"id": list("abcdef"), "date": ["2025-03-03"] * 6,
                       "text": pd.Series(texts, dtype=object)})
    null = "the 'text' field is null, not a string"
    want = [None, null, null, null,
            "the 'text' field is bytes, not a string (decode it first)",
            "the 'text' field is a number, not a string"]
    f = frames.findings(df, id="id")
    assert list(f["id"]) == list("abcdef")
    assert list(f["error"].astype(object).where(f["error"].notna(), None)) == want
    m = frames.mentions(df, id="id")
    assert list(m["id"]) == ["a", "a", "b", "c", "d", "e", "f"]
    assert list(m["error"].dropna()) == want[1:]
    # bytes are not read through str(): no amount comes from the bytes row.
    assert m.loc[m["id"] == "e", "unit"].isna().all()
    s = frames.summary(df, id="id")
    assert list(s["status"]) == ["ok"] + ["error"] * 5
    # Arrow: null and binary columns alike.
    t = pa.table({"text": pa.array([None, b"$5 (4 euros)"], pa.binary())})
    assert [r["error"] for r in frames.mentions(t).to_pylist()] == [
        null, "the 'text' field is bytes, not a string (decode it first)"]


def test_summary_one_row_per_input_and_keep() -> None:
    df = pd.DataFrame({
        "url": ["u/1", "u/2", "u/3", "u/4"],
        "section": ["biz", "biz", "tech", None],
        "date": ["2025-03-03", "2025-03-03", "03/03/2025", None],
        "text": [GOOD + " Or €8.5bn ($9.2bn) by another count.", "No money here.",
                 GOOD, None],
    })
    s = frames.summary(df, id="url", keep=["section"])
    assert len(s) == len(df) and list(s["row"]) == [0, 1, 2, 3]
    assert list(s.columns[:3]) == ["row", "url", "section"]
    rec = s.to_dict("records")
    assert (rec[0]["status"], rec[0]["findings"], rec[0]["consistent"], rec[0]["inconsistent"],
            rec[0]["mentions"]) == ("ok", 2, 1, 1, 4)
    # An article with no stated equivalent is a row, not a gap.
    assert (rec[1]["status"], rec[1]["findings"], rec[1]["mentions"]) == ("ok", 0, 0)
    assert rec[2]["status"] == "error" and "unreadable date '03/03/2025'" in rec[2]["error"]
    assert rec[3]["status"] == "error" and pd.isna(rec[3]["findings"])
    assert list(s["section"].fillna("-")) == ["biz", "biz", "tech", "-"]
    # findings carries the kept column too, on every row of its input.
    f = frames.findings(df, id="url", keep=["section"])
    assert list(zip(f["url"], f["section"].fillna("-"))) == [
        ("u/1", "biz"), ("u/1", "biz"), ("u/3", "tech"), ("u/4", "-")]
    t = pa.Table.from_pandas(df, preserve_index=False)
    assert frames.summary(t, keep=["url"]).schema == frames.summary_schema(
        keep=[t.schema.field("url")])


@pytest.mark.parametrize(("kwargs", "error", "match"), [
    ({"dollar": "XYZ"}, UnknownCurrencyError, "XYZ"),
    ({"yen": "yen"}, UnknownCurrencyError, "yen"),
    ({"window": -1}, InputError, "window="),
    ({"window": "7"}, InputError, "window="),
    ({"window": True}, InputError, "window="),
    ({"default_date": "22/01/2025"}, InputError, "unreadable date '22/01/2025'"),
    ({"default_date": 20250122}, InputError, "default_date="),
    ({"date": "published"}, InputError, "no column 'published'.*date=None"),
    ({"id": "key"}, InputError, "no column 'key'"),
    ({"keep": ["url"]}, InputError, "no column 'url'"),
    ({"keep": "id"}, InputError, "keep="),
    ({"tolerance": 7}, InputError, "Tolerance"),
    ({"conventions": {"dollar": "AUD"}}, InputError, "Conventions"),
    ({"per_row": {"currency": "id"}}, InputError, "per_row= cannot set 'currency'"),
    ({"per_row": ["dollar"]}, InputError, "no column 'dollar'"),
    ({"per_row": 5}, InputError, "per_row= must map option names"),
    ({"store": "rates.db"}, InputError, "store= must be a moneyfacts.rates.store.RateStore"),
    ({"keep": ["id", "id"], "tolerance": 7}, InputError, "Tolerance"),
])
def test_bad_options_fail_once_up_front(kwargs: dict[str, object], error: type[Exception],
                                        match: str) -> None:
    df = pd.DataFrame({"id": ["a", "b"], "date": ["2025-03-03", None], "text": [GOOD, GOOD]})
    for fn in (frames.findings, frames.summary):
        with pytest.raises(error, match=match) as info:
            fn(df, **kwargs)  # type: ignore[operator]
        assert isinstance(info.value, MoneyfactsError)
    if not {"window", "default_date", "date", "tolerance", "store"} & set(kwargs):
        with pytest.raises(error, match=match):
            frames.mentions(df, **kwargs)  # type: ignore[arg-type]


def test_output_types_do_not_change_with_the_data() -> None:
    ok = pd.DataFrame({"id": [1, 2], "date": ["2025-03-03"] * 2, "text": [GOOD, "$0.5 (€0.4)"]})
    bad = pd.DataFrame({"id": [1, 2], "date": ["2025-03-03", "x"], "text": [GOOD, None]})
    empty = ok.iloc[:0]
    for fn in (frames.findings, frames.mentions, frames.summary):
        types = [fn(d, id="id").dtypes.to_dict() for d in (ok, bad, empty)]
        assert types[0] == types[1] == types[2], fn.__name__
    out = frames.findings(bad, id="id")
    assert str(out["finding"].dtype) == "Int32" and str(out["row"].dtype) == "Int64"
    assert str(out["exact"].dtype) == "boolean" and str(out["id"].dtype) == "Int64"
    assert out["expected_low"].dtype == pd.ArrowDtype(pa.decimal128(38, 10))
    assert out["rate_date"].dtype == pd.ArrowDtype(pa.date32())
    # Written back to Arrow (as to_parquet does), small amounts keep the documented decimals.
    back = pa.Table.from_pandas(frames.findings(ok, id="id"))
    for name in ("original_value", "expected_low", "deviation"):
        assert back.schema.field(name).type == pa.decimal128(38, 10)
    assert back.schema.field("rate_value").type == pa.decimal128(38, 18)
    assert back.schema.field("finding").type == pa.int32()
    # Arrow out: always the published schema, error rows or not.
    for d in (ok, bad, empty):
        t = frames.findings(pa.Table.from_pandas(d, preserve_index=False), id="id")
        assert t.schema == frames.findings_schema("id", pa.int64())


@pytest.mark.parametrize("name", ["row", "verdict", "date", "error", "finding"])
def test_id_named_like_an_output_column_is_refused(name: str) -> None:
    df = pd.DataFrame({name: ["a"], "text": [GOOD]})
    if name != "date":
        df["date"] = ["2025-03-03"]
    with pytest.raises(InputError, match=f"the id column '{name}' has the name of an output column"):
        frames.findings(df, id=name)
    with pytest.raises(InputError, match="the keep column 'text'"):
        frames.mentions(df, keep=["text"])
    # No clash: mentions has no 'verdict' or 'finding' column.
    if name in ("verdict", "finding"):
        assert list(frames.mentions(df, id=name)[name]) == ["a", "a"]


def test_timestamp_strings_are_dates() -> None:
    stamps = ["2025-03-03", "2025-03-03T10:00:00", "2025-03-03T23:30:00Z",
              "2025-03-03 10:00:00 +0000", "2025-03-03T10:00:00.123+05:30", "2025-03-03T25:00:00"]
    df = pd.DataFrame({"date": stamps, "text": [GOOD] * len(stamps)})
    out = frames.findings(df)
    assert list(out["date"]) == ["2025-03-03"] * 5 + ["2025-03-03T25:00:00"]  # as given
    assert list(out["verdict"].fillna("-")) == ["consistent"] * 5 + ["-"]
    assert "unreadable date '2025-03-03T25:00:00'" in out["error"].iloc[5]
    # The same as Timestamp-typed and date-typed columns.
    typed = pd.DataFrame({"date": pd.to_datetime(["2025-03-03T10:00:00"]), "text": [GOOD]})
    assert list(frames.findings(typed)["date"]) == ["2025-03-03"]
    s = frames.summary(pd.DataFrame({"text": [GOOD]}), date=None,
                       default_date="2025-03-03T08:00:00Z")
    assert list(s["date"]) == ["2025-03-03"] and list(s["consistent"]) == [1]


def test_tolerance_and_conventions_per_call_match_check() -> None:
    df = pd.DataFrame({"date": ["2025-03-03"], "text": [GOOD]})
    for tol in (Tolerance(window=0), Tolerance(window=3), None):
        want = moneyfacts.check(GOOD, date="2025-03-03", tolerance=tol).findings[0]
        got = frames.findings(df, tolerance=tol)
        assert list(got["explanation"]) == [want.explanation]
    # window= overrides the tolerance's window, as in check().
    w0 = frames.findings(df, tolerance=Tolerance(window=5), window=0)
    assert "over the 1 rates from 2025-03-03" in w0["explanation"].iloc[0]
    text = "It raised $40 million (€24 million)."
    d = pd.DataFrame({"date": ["2025-03-03"], "text": [text]})
    aud = Conventions(dollar="AUD")
    assert list(frames.findings(d)["original_unit"]) == ["USD"]
    assert list(frames.findings(d, conventions=aud)["original_unit"]) == ["AUD"]
    assert list(frames.findings(d, conventions=aud)["verdict"]) == [
        moneyfacts.check(text, date="2025-03-03", conventions=aud).findings[0].verdict]
    assert list(frames.mentions(d, conventions=aud)["unit"]) == ["AUD", "EUR"]
    # The shorthand wins over the conventions object.
    assert list(frames.mentions(d, conventions=aud, dollar="CAD")["unit"]) == ["CAD", "EUR"]


def test_per_row_options_override_the_call() -> None:
    text = "It raised $40 million (€24 million) and ¥3 billion."
    df = pd.DataFrame({
        "date": ["2025-03-03"] * 4,
        "text": [text] * 4,
        "paper_dollar": ["AUD", None, "CAD", "XYZ"],
        "yen": [None, "CNY", None, None],
        "window": pd.array([0, None, 3, None], dtype="Int64"),
    })
    m = frames.mentions(df, dollar="HKD", per_row={"dollar": "paper_dollar", "yen": "yen"})
    units = m.groupby("row")["unit"].apply(lambda s: list(s.dropna())).to_dict()
    assert units[0] == ["AUD", "EUR", "JPY"]
    assert units[1] == ["HKD", "EUR", "CNY"]  # null: the call's dollar
    assert units[2] == ["CAD", "EUR", "JPY"]
    # A bad value in one row is that row's error, not the call's.
    assert "unknown currency 'XYZ'" in m.loc[m["row"] == 3, "error"].iloc[0]
    f = frames.findings(df.assign(text=GOOD), per_row={"window": "window"}, window=7)
    ex = list(f["explanation"])
    assert "over the 1 rates from 2025-03-03" in ex[0]
    # Issue 22 §2: a window of a day or more judges by the day and the business day before
    # (2025-02-28); it was the whole window (2025-02-24 for 7 days). Window 0 (row 0, the
    # row's own value) is the day alone; null (rows 1, 3) is the call's 7 days.
    assert "from 2025-02-28" in ex[1]
    assert "from 2025-02-28" in ex[2]
    assert "from 2025-02-28" in ex[3]
    bad_window = frames.findings(df.assign(window=["x", None, None, None]), per_row=["window"])
    assert "the 'window' column must be a whole number of days" in bad_window["error"].iloc[0]


def test_findings_say_what_each_checks_and_take_the_store() -> None:
    from moneyfacts.rates.store import RateStore

    text = "It will spend 80 billion yuan ($10 billion) ($1 = 8.0000 yuan)."
    table = pa.table({"text": [text, None], "date": ["2025-01-22", "2025-01-22"]})
    store = RateStore()
    rows = frames.findings(table, store=store).to_pylist()
    expected = [f.subject for f in moneyfacts.check(text, date="2025-01-22").findings]
    assert sorted(expected) == ["equivalent", "stated_rate"]
    assert [r["subject"] for r in rows] == [*expected, None]  # the error row has none
    assert rows[-1]["error"] is not None
    assert store.memo  # the rates came from the store given
    assert frames.summary(table, store=store).to_pylist()[0]["findings"] == 2
    with pytest.raises(InputError, match="store="):
        frames.findings(table, store="bundled")  # type: ignore[arg-type]
