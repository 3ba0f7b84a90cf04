"""moneyfacts.dating: an article's date from its own text, and the seeds checked as they come."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import check, extract
from moneyfacts.cli import main
from moneyfacts.dating import date_text, nearest_first
from moneyfacts.models import DateRange
from moneyfacts.verify import date_spec

TODAY = dt.date(2026, 12, 6)
BODY = ("ByteDance plans to spend 100 billion yuan (about $14 billion) on chips, "
        "the company said in a statement.")

#: The day each seed was published (as in test_check.SEED_DATES).
SEED_DATES = {"000": "2025-01-22", "001": "2025-01-23", "003": "2025-12-31", "004": "2025-12-23"}


@pytest.mark.parametrize("head, day", [
    ("December 31, 2025", "2025-12-31"),
    ("Published 23 Dec 2025 10:02", "2025-12-23"),
    ("2025-12-23", "2025-12-23"),
    ("By Jane Doe | Updated: Wed 31 Dec 2025", "2025-12-31"),
    ("Veröffentlicht am 23. Dezember 2025", "2025-12-23"),
    ("Publié le 23 décembre 2025 à 10h02", "2025-12-23"),
])
def test_a_printed_date_dates_the_article(head: str, day: str) -> None:
    d = date_text(f"Chips\n\n{head}\n\n{BODY}", today=TODAY)
    assert d is not None and d.label == day and d.source == "printed"
    assert d.evidence.startswith("printed '") and "(line 3)" in d.evidence


def test_a_date_inside_the_prose_is_not_the_publication_date() -> None:
    text = ("On March 3, 2024, the company said it would spend 100 billion yuan on chips over "
            "the following years, according to people familiar with the matter.")
    d = date_text(text, today=TODAY)
    assert d is None or d.source != "printed"


def test_a_future_date_is_not_a_publication_date() -> None:
    assert date_text(f"January 5, 2027\n\n{BODY}", today=TODAY) is None


def test_a_dateline_takes_its_year_from_the_weekday() -> None:
    d = date_text("BEIJING, Wednesday, Dec. 31 (Reuters) - ByteDance said it will spend more.",
                  today=TODAY)
    assert d is not None and (d.label, d.source) == ("2025-12-31", "dateline")
    assert "Wednesday" in d.evidence


def test_a_dateline_takes_its_year_from_the_year_cues() -> None:
    text = ("SHANGHAI, Dec 3 (Reuters) - The firm plans to spend more in 2021 than it did in "
            "2020, its chief executive told reporters on a call with analysts.")
    d = date_text(text, today=TODAY)
    assert d is not None and d.source == "dateline" and d.label == "2021-12-03"


def test_year_cues_this_year_beside_a_named_year() -> None:
    text = ("It has preliminary plans to spend Rmb160 billion in 2026, people said. "
            "That is more than the Rmb150 billion it invested this year, a record for it.")
    d = date_text(text, today=TODAY)
    assert d is not None and (d.label, d.source) == ("2025", "year cues")


def test_a_target_year_is_not_a_cue() -> None:
    text = ("Revenue rose in 2023 and again in 2024, and the group aims for net zero by 2050, "
            "the company said in its annual report on Tuesday.")
    d = date_text(text, today=TODAY)
    assert d is not None and (d.start.year, d.end.year) == (2023, 2024)


def test_a_printed_date_is_preferred_and_the_conflict_said() -> None:
    text = ("March 3, 2019\n\nThe company plans to spend more in 2025 than it did in 2024, "
            "its chief executive said on a call with analysts and reporters.")
    d = date_text(text, today=TODAY)
    assert d is not None and d.label == "2019-03-03"
    assert d.conflicts and "printed date is preferred" in d.conflicts[0]


@settings(max_examples=25, deadline=None)
@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=TODAY))
def test_any_printed_day_is_read_back(day: dt.date) -> None:
    d = date_text(f"{day:%B} {day.day}, {day.year}\n\n{BODY}", today=TODAY)
    assert d is not None and d.start == d.end == day


def test_a_range_reads_as_a_date_spec() -> None:
    spec = date_spec("2025-10-01/2025-12-31")
    assert (spec.start, spec.end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    r = check("It spent 40 billion yuan ($6.5 billion).", date="2025-10-01/2025-12-31")
    assert r.date == "2025-10-01/2025-12-31" and r.findings[0].verdict == "inconsistent"


def test_nearest_first_never_puts_2007_before_2025() -> None:
    rs = [DateRange(start=dt.date(2007, 11, 7), end=dt.date(2008, 3, 19)),
          DateRange(start=dt.date(2025, 1, 2), end=dt.date(2025, 2, 1))]
    assert [r.start.year for r in nearest_first(rs, None)] == [2025, 2007]


def _seed(seeds_dir: Path, key: str) -> Path:
    (path,) = seeds_dir.glob(f"{key}_*.txt")
    return path


def test_undated_ranges_are_shown_most_recent_first(seeds_dir: Path) -> None:
    text = _seed(seeds_dir, "000").read_text(encoding="utf-8")
    f = check(text, date=None).findings[0]
    assert f.verdict == "unverifiable"
    shown = f.explanation.split("consistent only from ")[1]
    years = [int(part.strip()[:4]) for part in shown.split(",")]
    # (>= 2023: issue 22 §4 lets "40 billion"'s own rounding count, so the latest range
    # runs from 2023-05-18 to the end of the data; it started in 2024 before.)
    assert years[0] == max(d.start.year for d in f.consistent_dates) >= 2023
    assert years == sorted(years, reverse=True) and 2007 not in years[:1]


def test_the_seeds_check_with_no_options(seeds_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Each of the four stated pairs is consistent at a date its own text supports (the day
    the seed was published lies in it), and the evidence is printed."""
    paths = [str(_seed(seeds_dir, k)) for k in sorted(SEED_DATES)]
    assert main(["check", *paths, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key, rep in zip(sorted(SEED_DATES), out):
        assert [f["verdict"] for f in rep["findings"] if f["subject"] == "equivalent"][:1] == \
            ["consistent"], key
        dating = rep["dating"]
        assert dating["evidence"], key
        assert dating["start"] <= SEED_DATES[key] <= dating["end"], key
    assert out[2]["dating"]["evidence"] == "printed 'December 31, 2025' (line 3)"
    main(["check", *paths])
    table = capsys.readouterr().out
    assert "dated 2025-12-31: printed 'December 31, 2025' (line 3)" in table
    assert "4 file(s): 5 consistent" in table


def test_no_seed_mention_runs_across_a_line_break(seeds_dir: Path) -> None:
    for path in seeds_dir.glob("*.txt"):
        for m in extract(path.read_text(encoding="utf-8")).mentions:
            assert "\n" not in m.text and "\r" not in m.text, (path.name, m.text)


def test_a_count_ends_at_a_line_break() -> None:
    text = "Baidu Plans First-Ever Dividend in 2026\nTencent Shares Slide After WeChat Move"
    assert extract(text).mentions == []
    assert [m.text for m in extract("It hired 4,500 workers.").mentions] == ["4,500 workers"]


PRINTED = f"Chips\n\nDecember 31, 2025\n\n{BODY}"


def test_check_many_dates_a_record_with_no_date() -> None:
    from moneyfacts import check_many

    (res,) = list(check_many([PRINTED]))
    assert res.report.date == "2025-12-31" and res.report.dating.source == "printed"
    (res,) = list(check_many([(PRINTED, "2025-01-02")]))
    assert res.report.date == "2025-01-02" and res.report.dating is None


def test_frames_say_how_a_row_was_dated() -> None:
    pd = pytest.importorskip("pandas")
    from moneyfacts import frames

    df = pd.DataFrame({"text": [PRINTED, PRINTED], "date": [None, "2025-12-23"]})
    s = frames.summary(df)
    assert list(s["date"]) == ["2025-12-31", "2025-12-23"]
    assert list(s["date_source"]) == ["printed", "given"]
    assert s["date_evidence"][0] == "printed 'December 31, 2025' (line 3)"
    f = frames.findings(df)
    assert list(f["date_source"]) == ["printed", "given"]


def test_the_html_report_shows_the_evidence(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(PRINTED, encoding="utf-8")
    assert main(["check", str(path), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "dated 2025-12-31: printed" in page and "December 31, 2025" in page


def test_findings_and_summary_check_each_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    from moneyfacts import frames, verify

    calls = []
    real = verify.check

    def counting(*a: object, **k: object) -> object:
        calls.append(1)
        return real(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(verify, "check", counting)
    df = pd.DataFrame({"text": [PRINTED, "It paid 40 billion yuan ($5.5 million).", None],
                       "date": [None, "2025-01-22", None]})
    f, s = frames.findings_and_summary(df)
    assert len(calls) == 2  # one check an article (the null text is not checked)
    assert f.equals(frames.findings(df)) and s.equals(frames.summary(df))
    assert list(s["status"]) == ["ok", "ok", "error"]


def test_one_error_wording_for_the_same_bad_row() -> None:
    """check_many (as --jsonl) and the frames word a bad text the same (Spark: test_spark)."""
    pd = pytest.importorskip("pandas")
    from moneyfacts import check_many, frames

    rows = [{"text": None}, {"text": 42}, {"text": "It cost $5.", "date": 7}]
    jsonl = [r.error.message for r in check_many(rows)]
    df = pd.DataFrame({"text": pd.Series([None, 42, "It cost $5."], dtype=object),
                       "date": pd.Series([None, None, 7], dtype=object)})
    assert list(frames.summary(df)["error"]) == jsonl
    assert jsonl[:2] == ["the 'text' field is null, not a string",
                         "the 'text' field is a number, not a string"]


@pytest.mark.parametrize("fiscal", ["FY2026", "FY26", "fiscal 2026", "FY 2025/26"])
def test_a_fiscal_year_is_a_year_cue(fiscal: str) -> None:
    text = (f"The company raised its revenue outlook for {fiscal} after a strong quarter, "
            "its chief financial officer told analysts on a call with reporters.")
    d = date_text(text, today=TODAY)
    from moneyfacts.rates import coverage

    end = min(TODAY, coverage("USD")[1])  # the range ends with the rates at the latest
    assert d is not None and (d.start, d.end) == (dt.date(2025, 1, 1), end)


def test_a_cue_range_ends_with_the_rates(seeds_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Seed 002 names only 2026: its range runs to the last day of the rates, not past it
    (where nothing could be checked), and its implied pair is not called inconsistent."""
    from moneyfacts.rates import coverage

    last = coverage("USD")[1]
    d = date_text("The company plans to invest about $23 billion in 2026, people familiar "
                  "with the matter said.", today=last + dt.timedelta(days=40))
    assert d is not None and d.end == last and "the last day of the rates" in d.evidence
    main(["check", str(_seed(seeds_dir, "002")), "--json"])
    (rep,) = json.loads(capsys.readouterr().out)
    assert rep["dating"]["end"] <= last.isoformat()
    assert rep["findings"] and all(f["verdict"] != "inconsistent" for f in rep["findings"])
