"""moneyfacts.spark on a local Spark (local[1], tiny data, one session for the module).

Skipped when pyspark is not installed, unless ``CI`` is set: in CI it must run.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

if importlib.util.find_spec("pyspark") is None:
    if os.environ.get("CI"):
        pytest.fail("CI is set but pyspark is not installed: pip install -e '.[spark]'",
                    pytrace=False)
    pytest.skip("pyspark is not installed (pip install -e '.[spark]')", allow_module_level=True)

from moneyfacts import spark as mfs  # noqa: E402


@pytest.fixture(scope="module")
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
    from pyspark.sql.types import DateType, DecimalType, LongType

    df = session.createDataFrame(ROWS, "id long, date string, text string")
    out = mfs.findings(df)
    schema = out.schema
    assert schema["id"].dataType == LongType()
    assert schema["expected_low"].dataType == DecimalType(38, 10)
    assert schema["rate_value"].dataType == DecimalType(38, 18)
    assert schema["rate_date"].dataType == DateType()
    assert "row" not in out.columns
    rows = sorted(out.collect(), key=lambda r: (r["id"], r["finding"] or 0))
    got = [(r["id"], r["verdict"], r["cause_kind"]) for r in rows]
    assert got == [(1, "consistent", None), (2, "inconsistent", "magnitude_slip"),
                   (4, None, None), (5, "consistent", None), (5, "inconsistent", got[4][2])]
    one = rows[0]
    assert one["expected_low"] == Decimal("5456000000") and one["stated_value"] == Decimal("5.5E9")
    assert one["rate_date"] == dt.date(2025, 1, 22) and one["rate_source"] == "ECB"
    assert rows[2]["error"].startswith("InputError: unreadable date")


def test_mentions_on_spark(session: Any) -> None:
    df = session.createDataFrame([(r[0], r[2]) for r in ROWS], "id long, text string")
    out = mfs.mentions(df).where("unit = 'USD'").orderBy("id", "mention")
    got = [(r["id"], r["text"], r["value"]) for r in out.collect()]
    assert got[:2] == [(1, "$5.5 billion", Decimal("5500000000")),
                       (2, "$5.5 million", Decimal("5500000"))]


def test_needs_an_id_column(session: Any) -> None:
    df = session.createDataFrame([("x",)], "text string")
    with pytest.raises(KeyError, match="no column 'id'"):
        mfs.findings(df)
