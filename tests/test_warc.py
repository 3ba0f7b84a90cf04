"""check --warc: one JSON Lines record per HTML page of a web archive; broken archives end in one line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from warcs import request, response, write

from moneyfacts import warc
from moneyfacts.cli import main
from test_pages import PAGE

OTHER = PAGE.replace("($5.5 billion)", "($5.5 million)").replace("2025-01-22", "2025-01-21")


def _archive(tmp_path: Path, gz: bool = True) -> Path:
    return write(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), [
        request("https://news.example.com/a"),
        response("https://news.example.com/a", PAGE.encode()),
        response("https://news.example.com/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        response("https://news.example.com/gone", b"<html><body>Not found</body></html>",
                 status="404 Not Found"),
        response("https://news.example.com/b", OTHER.encode("utf-8")),
    ], gz=gz)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]], str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


@pytest.mark.parametrize("gz", [True, False])
def test_each_html_page_gives_one_record(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         gz: bool) -> None:
    code, recs, err = _run(capsys, "--warc", str(_archive(tmp_path, gz)))
    assert code == 1  # the second page's "$5.5 million" is inconsistent
    assert [r["url"] for r in recs] == ["https://news.example.com/a", "https://news.example.com/b"]
    assert [r["line"] for r in recs] == [2, 5]
    a, b = recs
    assert a["warc_date"] == "2025-01-23T10:00:00Z" and a["status"] == "ok"
    assert (a["date"], a["date_source"]) == ("2025-01-22", "page")
    assert a["title"] == "ByteDance's chip plans"
    assert a["verdicts"] == {"consistent": 1} and b["verdicts"] == {"inconsistent": 1}
    assert sorted(m["text"] for m in a["report"]["mentions"]) == ["$5.5 billion", "40 billion yuan"]
    assert "3 record(s) not HTML pages skipped" in err


def test_workers_and_resume_give_the_same_records(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _archive(tmp_path)
    _, one, _ = _run(capsys, "--warc", str(path))
    _, two, _ = _run(capsys, "--warc", str(path), "--workers", "2")
    assert one == two
    out = tmp_path / "out.jsonl"
    main(["check", "--warc", str(path), "--out", str(out)])
    first = out.read_text(encoding="utf-8").splitlines()[0]
    out.write_text(first + "\n", encoding="utf-8")
    capsys.readouterr()
    main(["check", "--warc", str(path), "--out", str(out), "--resume"])
    assert "resuming after the 1 record(s)" in capsys.readouterr().err
    assert [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] == one


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("cut", [40, 200])
def test_a_truncated_archive_keeps_what_came_before(tmp_path: Path, gz: bool, cut: int,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _archive(tmp_path, gz)
    data = path.read_bytes()
    path.write_bytes(data[:-cut])
    code, recs, err = _run(capsys, "--warc", str(path))
    assert code == 2
    assert recs[0]["url"] == "https://news.example.com/a" and recs[0]["status"] == "ok"
    assert recs[-1]["status"] == "error" and "offset" in recs[-1]["error"]["message"]
    line = [x for x in err.splitlines() if x.startswith("moneyfacts: error:")]
    assert len(line) == 1 and "truncated" in line[0] and "offset" in line[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("content", [gzip.compress(b"just text, not an archive"),
                                     b"\x1f\x8b\x08\x00 not even gzip", b"plain words"])
def test_a_file_that_is_no_warc_is_one_line(tmp_path: Path, content: bytes,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(content)
    code, recs, err = _run(capsys, "--warc", str(path))
    assert code == 2 and recs == []
    assert err.count("moneyfacts: error:") == 1 and "not a WARC file" in err
    assert "Traceback" not in err


def test_a_page_that_cannot_be_read_is_an_error_record(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "c.warc.gz", [
        response("https://e.example/empty", b"<html><head></head><body></body></html>"),
        response("https://news.example.com/a", PAGE.encode()),
    ])
    code, recs, _ = _run(capsys, "--warc", str(path))
    assert code == 3 and [r["status"] for r in recs] == ["error", "ok"]
    assert recs[0]["error"]["message"] == "https://e.example/empty: the page has no main text"


def test_the_shared_pages_as_an_archive(shared: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A WARC of the 103 real pages: 103 records in, 103 out, and their dates as read_page."""
    rows = [json.loads(line) for line in
            (shared / "pages" / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    path = write(tmp_path / "pages.warc.gz", [
        response(r["url"], gzip.decompress((shared / "pages" / r["file"]).read_bytes()),
                 content_type="text/html") for r in rows])
    assert [p.url for p in warc.pages(str(path))] == [r["url"] for r in rows]
    code, recs, err = _run(capsys, "--warc", str(path), "--workers", "2")
    assert len(recs) == len(rows) and code in (0, 1, 3)
    assert [r["url"] for r in recs] == [r["url"] for r in rows]
    right = sum(rec.get("date") == r["date"] for rec, r in zip(recs, rows))
    assert right / len(rows) >= 0.9, right
    assert list(warc.rows(str(path)))[:3] == recs[:3]
