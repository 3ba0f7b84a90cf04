"""moneyfacts.spark on a local Spark (local[1], tiny data, one session for the module).

Skipped when pyspark is not installed, unless ``CI`` is set: in CI it must run.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.spark,
    # The spark extra pins pandas < 3 for this warning; an environment with pandas 3 (outside
    # the pin) still runs the tests.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

if importlib.util.find_spec("pyspark") is None:
    if os.environ.get("CI"):
        pytest.fail("CI is set but pyspark is not installed: pip install -e '.[spark]'",
                    pytrace=False)
    pytest.skip("pyspark is not installed (pip install -e '.[spark]')", allow_module_level=True)

from moneyfacts import Conventions  # noqa: E402
from moneyfacts import spark as mfs  # noqa: E402
from moneyfacts.errors import InputError, MoneyfactsError, UnknownCurrencyError  # noqa: E402
from moneyfacts.verify import Tolerance  # noqa: E402


@pytest.fixture(scope="session")
def session() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    s = (SparkSession.builder.master("local[1]").appName("moneyfacts-test")
         .config("spark.ui.enabled", "false")
         .config("spark.driver.bindAddress", "127.0.0.1")
         .config("spark.driver.host", "127.0.0.1")
         .config("spark.sql.shuffle.partitions", "1")
         .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")
         .getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


ROWS = [
    (1, "2025-01-22", "It will spend 40 billion yuan ($5.5 billion) on chips."),
    (2, "2025-01-22", "It will spend 40 billion yuan ($5.5 million) on chips."),
    (3, None, "Nothing to see."),
    (4, "22/01/2025", "€8.5bn ($8.9bn)"),
    (5, "2025-03-03", "Revenue was €8.5bn ($8.9bn), or €8.5bn ($9.2bn) by another count."),
]


def test_findings_on_spark(session: Any) -> None:
    from pyspark.sql.types import DateType, DecimalType, LongType, StringType

    df = session.createDataFrame(ROWS, "id long, date string, text string")
    out = mfs.findings(df)
    schema = out.schema
    assert schema["id"].dataType == LongType() and schema["subject"].dataType == StringType()
    assert schema["expected_low"].dataType == DecimalType(38, 10)
    assert schema["rate_value"].dataType == DecimalType(38, 18)
    assert schema["rate_date"].dataType == DateType()
    assert "row" not in out.columns
    rows = sorted(out.collect(), key=lambda r: (r["id"], r["finding"] or 0))
    got = [(r["id"], r["verdict"], r["cause_kind"]) for r in rows]
    assert got == [(1, "consistent", None), (2, "inconsistent", "magnitude_slip"),
                   (4, None, None), (5, "consistent", None), (5, "inconsistent", got[4][2])]
    one = rows[0]
    # The rates of the day and the business day before (issue 22 §2; it was the week's, 5.456bn).
    assert one["expected_low"] == Decimal("5491000000") and one["stated_value"] == Decimal("5.5E9")
    assert one["rate_date"] == dt.date(2025, 1, 22) and one["rate_source"] == "ECB"
    assert rows[2]["error"].startswith("unreadable date")
    assert [r["subject"] for r in rows] == ["equivalent", "equivalent", None, "equivalent",
                                            "equivalent"]


def test_mentions_on_spark(session: Any) -> None:
    df = session.createDataFrame([(r[0], r[2]) for r in ROWS], "id long, text string")
    out = mfs.mentions(df).where("unit = 'USD'").orderBy("id", "mention")
    got = [(r["id"], r["text"], r["value"]) for r in out.collect()]
    assert got[:2] == [(1, "$5.5 billion", Decimal("5500000000")),
                       (2, "$5.5 million", Decimal("5500000"))]


def test_needs_an_id_column(session: Any) -> None:
    df = session.createDataFrame([("x",)], "text string")
    with pytest.raises(InputError, match="no column 'id'"):
        mfs.findings(df)


# --- issue 10, 2b: every record kept, options up front, pass-through -------------------------

GOOD = "Revenue was €8.5bn ($8.9bn)."
LINES = [
    json.dumps({"id": 1, "url": "u/1", "date": "2025-03-03T10:00:00Z", "text": GOOD}),
    json.dumps({"id": 2, "url": "u/2", "date": "2025-03-03", "text": None}),
    json.dumps({"id": 3, "url": "u/3", "date": "2025-03-03"}),
    '{"id": 4, "url": "u/4", "text": "cut off',
    json.dumps({"id": 5, "url": "u/5", "date": "2025-03-03", "text": "No money here."}),
    json.dumps({"id": 6, "url": "u/6", "date": "2025-03-03", "dollar": "AUD",
                "text": "It raised $40 million (€24 million)."}),
]


def _jsonl(tmp_path: Any) -> str:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return str(path)


def test_every_json_line_gives_a_row(session: Any, tmp_path: Any) -> None:
    from pyspark.sql.types import IntegerType, LongType, StringType

    df = session.read.json(_jsonl(tmp_path))
    assert "_corrupt_record" in df.columns  # Spark's default PERMISSIVE mode keeps the line
    f = mfs.findings(df, keep=["url"], per_row=["dollar"])
    assert f.schema["url"].dataType == StringType() and f.columns[:2] == ["id", "url"]
    rows = sorted(f.collect(), key=lambda r: r["url"] or "u/4")
    got = [(r["id"], r["url"], r["verdict"], r["original_unit"], r["date"]) for r in rows]
    assert got == [(1, "u/1", "consistent", "EUR", "2025-03-03"), (2, "u/2", None, None, "2025-03-03"),
                   (3, "u/3", None, None, "2025-03-03"), (None, None, None, None, None),
                   (6, "u/6", "consistent", "AUD", "2025-03-03")]
    errors = [r["error"] for r in rows]
    assert errors[1] == errors[2] == "the 'text' field is null, not a string"
    assert errors[3].startswith("the input record is malformed") and "cut off" in errors[3]
    s = mfs.summary(df, keep=["url"])
    assert s.schema["findings"].dataType == IntegerType() and s.schema["id"].dataType == LongType()
    summ = {r["url"]: (r["status"], r["findings"]) for r in s.collect()}
    assert len(summ) == len(LINES)  # one row per line, the broken one included (url null)
    assert summ["u/5"] == ("ok", 0) and summ["u/1"] == ("ok", 1) and summ[None] == ("error", None)


def test_readme_one_liner_keeps_bad_lines(session: Any, tmp_path: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "mfs.findings(s.read.json(" in x)
    assert "PYSPARK_PYTHON" in readme
    code = re.search(r"python -c '(.*)'", line).group(1)  # type: ignore[union-attr]
    out = tmp_path / "findings.parquet"
    code = code.replace('"articles.jsonl"', repr(_jsonl(tmp_path))).replace(
        '"findings.parquet"', repr(str(out)))
    exec(code, {})  # the session fixture's session: getOrCreate() returns it
    table = pq.read_table(str(out))
    assert table.schema.field("expected_low").type == pa.decimal128(38, 10)
    assert table.schema.field("rate_value").type == pa.decimal128(38, 18)
    errors = sorted(e for e in table.column("error").to_pylist() if e)
    assert len(errors) == 3 and sum("malformed" in e for e in errors) == 1
    assert sorted(x for x in table.column("id").to_pylist() if x) == [1, 2, 3, 6]


def test_options_on_spark(session: Any) -> None:
    df = session.createDataFrame(
        [(1, "2025-03-03", "Revenue was €8.5bn (US$8.9bn).", "x"),
         (2, "2025-03-03", "It raised $40 million (€24 million).", "y")],
        "id long, date string, text string, verdict string")
    out = mfs.findings(df, tolerance=Tolerance(window=0), conventions=Conventions(dollar="AUD"))
    rows = sorted(out.collect(), key=lambda r: r["id"])
    assert "over the 1 rates from 2025-03-03" in rows[0]["explanation"]
    assert (rows[1]["original_unit"], rows[1]["verdict"]) == ("AUD", "consistent")
    m = mfs.mentions(df, dollar="CAD", conventions=Conventions(dollar="AUD"))
    assert [r["unit"] for r in m.where("id = 2").orderBy("mention").collect()] == ["CAD", "EUR"]
    # A timestamp-typed date column, and a kept timestamp column keeps its Spark type.
    ts = df.selectExpr("id", "text", "timestamp(date) AS published", "timestamp(date) AS seen")
    out = mfs.findings(ts, date="published", keep=["seen"])
    assert out.schema["seen"].dataType == ts.schema["seen"].dataType
    got = sorted((r["id"], r["date"], r["verdict"], r["seen"] is not None) for r in out.collect())
    assert got == [(1, "2025-03-03", "consistent", True), (2, "2025-03-03", "inconsistent", True)]


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"dollar": "XYZ"}, UnknownCurrencyError),
    ({"window": -1}, InputError),
    ({"default_date": "22/01/2025"}, InputError),
    ({"date": "published"}, InputError),
    ({"id": "verdict"}, InputError),
    ({"keep": ["date"]}, InputError),
])
def test_bad_options_fail_on_the_driver(session: Any, kwargs: dict[str, Any],
                                        error: type[Exception]) -> None:
    df = session.createDataFrame([(1, "2025-03-03", GOOD, "x")],
                                 "id long, date string, text string, verdict string")
    with pytest.raises(error) as info:
        mfs.findings(df, **kwargs)
    assert isinstance(info.value, MoneyfactsError)


def test_a_variant_text_that_is_no_string_is_an_error_row(session: Any, tmp_path: Any) -> None:
    from pyspark.sql import types

    if getattr(types, "VariantType", None) is None:
        pytest.skip("variant columns need Spark 4.0 or later")
    path = tmp_path / "typed.jsonl"
    records = [{"id": 1, "date": "2025-03-03", "text": GOOD}, {"id": 2, "text": 42},
               {"id": 3, "text": {"body": GOOD}}, {"id": 4, "text": [GOOD]},
               {"id": 5, "text": True}, {"id": 6, "text": None}, {"id": 7, "text": 4.5}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    # Read as a string, the number is text "42" and nothing says it was not a string.
    plain = session.read.json(str(path), schema="id long, date string, text string")
    assert {r["id"]: r["error"] for r in mfs.summary(plain).collect()}[2] is None
    df = session.read.json(str(path), schema="id long, date string, text variant")
    got = {r["id"]: (r["status"], r["findings"], r["error"]) for r in mfs.summary(df).collect()}
    assert got[1] == ("ok", 1, None)
    words = {2: "a number", 3: "an object", 4: "an array", 5: "a boolean", 7: "a number"}
    for i, word in words.items():
        assert got[i] == ("error", None, f"the 'text' field is {word}, not a string")
    assert got[6] == ("error", None, "the 'text' field is null, not a string")
    found = mfs.findings(df).where("id = 1").collect()
    assert [(r["verdict"], r["original_text"]) for r in found] == [("consistent", "€8.5bn")]
    assert _TEXT_TYPE_HIDDEN not in mfs.mentions(df).columns


_TEXT_TYPE_HIDDEN = "__moneyfacts_text_type"


def test_locale_auto_on_spark(session: Any) -> None:
    # Issue 21 §4: the language of each row found on the executors, from a locale column too.
    german = ("Der Umsatz des Konzerns stieg auf 1,2 Mrd. Euro (1,3 Mrd. Dollar), teilte das "
              "Unternehmen am Montag mit.")
    df = session.createDataFrame([(1, "2024-03-01", german, "auto"), (2, "2024-03-01", german, None)],
                                 "id long, date string, text string, lang string")
    m = mfs.mentions(df, per_row={"locale": "lang"})
    assert [r["unit"] for r in m.where("id = 1").orderBy("mention").collect()] == ["EUR", "USD"]
    assert [r["unit"] for r in m.where("id = 2").collect() if r["unit"]] == []
    out = mfs.findings(df, conventions=Conventions(locale="auto"))
    assert sorted((r["id"], r["verdict"]) for r in out.collect()) == [
        (1, "consistent"), (2, "consistent")]

# --- issue 24: one pass, size partitions, WARC files -------------------------------------------


def test_findings_and_summary_from_one_pass(session: Any) -> None:
    df = session.createDataFrame(ROWS, "id long, date string, text string")
    f, s = mfs.findings_and_summary(df)
    assert sorted(tuple(r) for r in f.select("id", "verdict").collect()) == sorted(
        tuple(r) for r in mfs.findings(df).select("id", "verdict").collect())
    assert f.columns == mfs.findings(df).columns and s.columns == mfs.summary(df).columns
    assert sorted(tuple(r) for r in s.select("id", "status", "findings").collect()) == sorted(
        tuple(r) for r in mfs.summary(df).select("id", "status", "findings").collect())


def test_a_big_json_input_is_repartitioned_by_size(session: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(400):
            fh.write(json.dumps({"id": i, "date": "2025-01-22", "text": ROWS[0][2]}) + "\n")
    df = session.read.json(str(path), schema="id long, date string, text string")
    assert df.rdd.getNumPartitions() == 1
    monkeypatch.setattr(mfs, "PARTITION_BYTES", path.stat().st_size // 4)
    assert mfs._by_size(df).rdd.getNumPartitions() in (4, 5)  # the size over a quarter, up
    assert mfs.summary(df).count() == 400


def test_check_warc_gives_the_rows_of_check_warc(session: Any, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from warcs import response, write

    from moneyfacts.cli import main
    from test_pages import PAGE

    good = write(tmp_path / "a.warc.gz", [
        response("https://news.example.com/a", PAGE.encode()),
        response("https://news.example.com/p.png", b"\x89PNG", content_type="image/png"),
        response("https://news.example.com/b", PAGE.replace("$5.5 billion", "$5.5 million").encode())])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    rows = mfs.check_warc(session, [str(good), str(cut)]).collect()
    assert [r["file"] for r in rows] == [str(good)] * 2 + [str(cut)] * 2
    main(["check", "--warc", str(good)])
    cli = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    for r, c in zip(rows, cli):
        assert (r["id"], r["line"], r["url"], r["date"], r["date_source"], dict(r["verdicts"])) == (
            c["id"], c["line"], c["url"], c["date"], c["date_source"], c["verdicts"])
        assert json.loads(r["report"]) == c["report"]
    assert rows[3]["status"] == "error" and "offset" in rows[3]["error"]["message"]


def test_readme_one_liner_rejects_a_number_text(session: Any, tmp_path: Any) -> None:
    """The README's example reads the text as a variant: {"text": 42} is an error row with
    the words check --jsonl uses, not the text "42" checked as "ok"."""
    import pyarrow.parquet as pq

    if not hasattr(__import__("pyspark.sql.types", fromlist=["x"]), "VariantType"):
        pytest.skip("variant columns need Spark 4.0 or later")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "mfs.findings(s.read.json(" in x)
    code = re.search(r"python -c '(.*)'", line).group(1)  # type: ignore[union-attr]
    src = tmp_path / "numbers.jsonl"
    src.write_text(json.dumps({"id": 1, "date": "2025-03-03", "text": 42}) + "\n"
                   + json.dumps({"id": 2, "date": "2025-03-03", "text": GOOD}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "f.parquet"
    exec(code.replace('"articles.jsonl"', repr(str(src))).replace('"findings.parquet"',
                                                                   repr(str(out))), {})
    rows = sorted(pq.read_table(str(out)).to_pylist(), key=lambda r: r["id"])
    assert rows[0]["error"] == "the 'text' field is a number, not a string"
    assert rows[1]["verdict"] == "consistent"


def test_publisher_territory_from_a_url_column_on_spark(session: Any) -> None:
    df = session.createDataFrame(
        [(1, "2024-05-14", "The Treasurer will spend $3 billion on energy relief.",
          "https://www.abc.net.au/news/a"),
         (2, "2024-05-14", "The Treasurer will spend $3 billion on energy relief.", None)],
        "id long, date string, text string, url string")
    rows = sorted(mfs.mentions(df, per_row={"url": "url"}).collect(), key=lambda r: r["id"])
    assert [(r["id"], r["unit"]) for r in rows] == [(1, "AUD"), (2, "USD")]
    assert "the publisher's territory AU (address ends .au)" in rows[0]["assumed"]
