"""Main text of real pages: trafilatura (accuracy reference) against resiliparse (speed).

Reads the 103 pages of ``$MONEYFACTS_SHARED/pages`` (never copied here) and prints, per
extractor, seconds a page and the amounts moneyfacts reads in the extracted text, and the
amounts each reads that the other does not (with a sample of resiliparse's extra ones, to
judge whether they are boilerplate). Also the publication dates htmldate gives, as
``moneyfacts.pages.read_page`` takes them. ``python bench/pages.py``; results in PAGES.md.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import sys
import time
from pathlib import Path


def main() -> int:
    import trafilatura
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    import moneyfacts
    from moneyfacts.pages import read_page

    shared = Path(os.environ.get("MONEYFACTS_SHARED", "../shared")) / "pages"
    rows = [json.loads(line) for line in (shared / "pages.jsonl").read_text().splitlines()]
    pages = [gzip.decompress((shared / r["file"]).read_bytes()) for r in rows]
    t_traf = t_res = t_read = 0.0
    n_traf = n_res = only_traf = only_res = dates = 0
    extra: list[str] = []
    for r, raw in zip(rows, pages):
        t = time.perf_counter()
        a = trafilatura.extract(raw, url=r["url"], include_comments=False, include_tables=True,
                                favor_precision=True) or ""
        t_traf += time.perf_counter() - t
        t = time.perf_counter()
        b = extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=True,
                               alt_texts=False, links=False, form_fields=False, noscript=False)
        t_res += time.perf_counter() - t
        ma = {m.text for m in moneyfacts.extract(a).mentions}
        mb = {m.text for m in moneyfacts.extract(b).mentions}
        n_traf, n_res = n_traf + len(ma), n_res + len(mb)
        only_traf, only_res = only_traf + len(ma - mb), only_res + len(mb - ma)
        extra += [f"{r['file']}: {m!r}" for m in sorted(mb - ma)]
        t = time.perf_counter()
        page = read_page(raw, url=r["url"], name=r["file"])
        t_read += time.perf_counter() - t
        dates += page.dating is not None and page.dating.label == r["date"]
    n = len(rows)
    print(f"pages: {n}")
    print(f"trafilatura: {1000 * t_traf / n:.1f} ms a page, {n_traf} amounts, {only_traf} only here")
    print(f"resiliparse: {1000 * t_res / n:.1f} ms a page, {n_res} amounts, {only_res} only here")
    print(f"read_page (trafilatura + htmldate): {1000 * t_read / n:.1f} ms a page; "
          f"known dates {dates}/{n} ({100 * dates / n:.1f}%)")
    random.seed(0)
    print("a sample of resiliparse's extra amounts:")
    for line in random.sample(extra, min(15, len(extra))):
        print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
