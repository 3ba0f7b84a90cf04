"""Pages per second per core, reading plus checking, on a WARC built from real pages.

Builds a WARC (one gzip member a record, as Common Crawl writes them) of the 103 real pages
of ``$MONEYFACTS_SHARED/pages`` in a temporary directory (never kept), ``--copies`` times over,
then runs what ``moneyfacts check --warc`` runs for each page in this one process (one core):
reading the archive (FastWARC), the page (trafilatura's main text, htmldate's date), and
checking its text. Prints pages per CPU second of this process (pages a second a core,
robust to other load on the machine), and the share of each step.

``python bench/warc.py [--copies 3]``; results in PAGES.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path


def _record(url: str, body: bytes) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2021-01-01T00:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=3)
    args = ap.parse_args()
    from moneyfacts import warc
    from moneyfacts.dating import date_text
    from moneyfacts.pages import read_page
    from moneyfacts.verify import check

    shared = Path(os.environ.get("MONEYFACTS_SHARED", "../shared")) / "pages"
    rows = [json.loads(x) for x in (shared / "pages.jsonl").read_text().splitlines()]
    bodies = [(r["url"], gzip.decompress((shared / r["file"]).read_bytes())) for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.warc.gz"
        with path.open("wb") as fh:
            for _ in range(args.copies):
                for url, body in bodies:
                    fh.write(_record(url, body))
        size = path.stat().st_size
        # warm: the lexicon, the rates, dateparser's and trafilatura's first calls
        list(warc.rows(str(path)))[:1]
        t_read = t_page = t_check = 0.0
        n = errors = 0
        t0 = time.process_time()
        it = iter(warc.pages(str(path)))
        while True:
            t = time.process_time()
            page = next(it, None)
            t_read += time.process_time() - t
            if page is None:
                break
            n += 1
            t = time.process_time()
            try:
                p = read_page(page.content, url=page.url)
            except Exception:  # noqa: BLE001 - counted, as check --warc writes an error record
                errors += 1
                t_page += time.process_time() - t
                continue
            date = p.dating or date_text(p.text)
            t_page += time.process_time() - t
            t = time.process_time()
            check(p.text, date=date)
            t_check += time.process_time() - t
        total = time.process_time() - t0
        t = time.process_time()
        m = sum(1 for _ in warc.rows(str(path)))
        rows_time = time.process_time() - t
    print(f"archive: {n} pages ({args.copies} x {len(rows)}), {size / 1e6:.1f} MB gzipped, "
          f"{errors} page errors")
    print(f"one core: {n / total:.2f} pages per CPU second (reading + checking, by step); "
          f"warc.rows as check --warc: {m / rows_time:.2f}")
    for name, t in (("archive (FastWARC)", t_read), ("page (trafilatura + htmldate + dating)",
                                                      t_page), ("check", t_check)):
        print(f"  {name}: {1000 * t / n:.1f} ms a page ({100 * t / total:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
