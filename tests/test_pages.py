"""HTML pages: main text only, the page's date, its title and URL; bad pages get one line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from moneyfacts import check_many
from moneyfacts.cli import main
from moneyfacts.pages import read_page

#: A page written for this test: amounts in the navigation, a related list and the footer,
#: and one stated equivalent in the article.
PAGE = """<!DOCTYPE html>
<html><head><title>ByteDance's chip plans</title>
<meta property="article:published_time" content="2025-01-22T08:00:00Z">
<link rel="canonical" href="https://news.example.com/2025/01/bytedance-chips"></head>
<body>
<nav><ul><li><a href="/deals">Deals from $9 billion</a></li><li><a href="/m">Markets</a></li></ul></nav>
<article><h1>ByteDance's chip plans</h1>
<p>ByteDance plans to spend 40 billion yuan ($5.5 billion) on AI chips in China this year,
people familiar with the matter said, as it races to keep up with its American rivals.</p>
<p>The company declined to comment on the report, which said spending would rise again in the
following years as demand for computing power keeps growing across its many apps.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/x">Tencent buys stake for 7 billion yuan ($1 billion)</a></li>
<li><a href="/y">Baidu sets $5 billion buyback</a></li></ul></aside>
<footer><p>Subscribe from €3 million a year. © 2025 Example News</p></footer>
</body></html>
"""


def _json_check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]]]:
    code = main(["check", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", ["story.html", "story.txt", "story.html.gz"])
def test_a_page_is_read_for_its_main_text(tmp_path: Path, name: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """By extension or by content: only the article's amounts, the page's date, title, URL."""
    path = tmp_path / name
    data = PAGE.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    code, (rep,) = _json_check(capsys, str(path))
    assert code == 0
    assert sorted(m["text"] for m in rep["mentions"]) == ["$5.5 billion", "40 billion yuan"]
    assert rep["date"] == "2025-01-22" and rep["dating"]["source"] == "page"
    assert rep["meta"]["title"] == "ByteDance's chip plans"
    assert rep["meta"]["url"] == "https://news.example.com/2025/01/bytedance-chips"
    assert [f["verdict"] for f in rep["findings"]] == ["consistent"]


def test_extract_reads_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    ex = json.loads(capsys.readouterr().out)
    assert sorted(m["text"] for m in ex["mentions"]) == ["$5.5 billion", "40 billion yuan"]


def test_check_many_and_frames_sniff_a_page() -> None:
    (res,) = list(check_many([PAGE]))
    assert res.status == "ok" and len(res.report.mentions) == 2
    assert res.report.meta["title"] == "ByteDance's chip plans"
    assert res.report.date == "2025-01-22"
    pd = pytest.importorskip("pandas")
    from moneyfacts import frames

    s = frames.summary(pd.DataFrame({"text": [PAGE]}), date=None)
    assert (s["mentions"][0], s["date"][0], s["date_source"][0]) == (2, "2025-01-22", "page")


@pytest.mark.parametrize("content, words", [
    (b"hello, this is no page at all", "not an HTML page"),
    (b"\x00\x01\x02\xff binary", "not an HTML page"),
    (b"<html><head><title>E</title></head><body><script>var a = 1;</script></body></html>",
     "the page has no main text"),
    (b"\x1f\x8b\x08\x00garbage", "a broken gzip file"),
])
def test_a_bad_page_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                content: bytes, words: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_the_shared_pages_give_their_dates(shared: Path) -> None:
    """The 103 real pages with hand-judged dates: at least 90% read their known date (100 of
    103 when this was written), and every page gives some main text."""
    rows = [json.loads(line) for line in
            (shared / "pages" / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 103
    right = 0
    for r in rows:
        page = read_page((shared / "pages" / r["file"]).read_bytes(), url=r["url"],
                         name=r["file"])
        assert page.text
        right += page.dating is not None and page.dating.label == r["date"]
    assert right / len(rows) >= 0.9, right
