"""Sameness check for speed work: every reading of ``extract()`` (and ``parse()``) over the
benchmark corpus, the gold sets, the real records, the peers' suites, the seeds, the examples
and the real pages' main text, dumped as JSON Lines, so that a change meant to make reading
faster can be shown to change nothing it reads.

    python bench/sameness.py --out /tmp/before.jsonl                 # this checkout's src/
    python bench/sameness.py --src /tmp/base/src --out /tmp/base.jsonl
    python bench/sameness.py --out /tmp/after.jsonl --compare /tmp/before.jsonl

Each line is one call: its input's id, the call and its whole result (``model_dump`` in JSON
mode: mentions, equivalences, skipped, rates; or the error's type and message). The files of
two checkouts that read alike are byte-identical; ``--compare`` prints the first lines that
differ and exits 1 if any does. Reads ``$MONEYFACTS_SHARED`` (default ``../shared``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def inputs(shared: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(id, text, keyword arguments of extract) for every input, in a fixed order."""
    sys.path.insert(0, str(HERE))
    import corpus

    for i, art in enumerate(corpus.build(corpus.DEFAULT_KB, corpus.SEED)):
        yield f"corpus/{i}", art["text"], {}
        for j, s in enumerate(art["sentences"]):
            yield f"corpus/{i}/{j}", s["text"], {}
    for name in ("expressions", "sentences", "units"):
        for i, r in enumerate(_lines(shared / "gold" / f"{name}.jsonl")):
            yield f"gold/{name}/{i}", r["text"], {}
    for r in _lines(shared / "real" / "conversions.jsonl"):
        texts = [r.get(k) for k in ("foreign_text", "usd_text", "stated_text")]
        texts.append(f"{r.get('foreign_text')} ({r.get('usd_text')})")
        for k, t in enumerate(texts):
            if isinstance(t, str):
                yield f"real/{r['id']}/{k}", t, {}
                if r.get("language") not in (None, "en"):
                    yield f"real/{r['id']}/{k}/locale", t, {"locale": r["language"]}
    for suite in ("duckling", "recognizers"):
        for r in _lines(shared / "peers" / f"{suite}.jsonl"):
            yield r["id"], r["input"], {}
            if r["lang"] != "en":
                yield r["id"] + "/locale", r["input"], {"locale": r["lang"]}
            yield r["id"] + "/auto", r["input"], {"locale": "auto"}
    for path in sorted((shared / "seeds").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield path.name, text, {}
        yield path.name + "/auto", text, {"locale": "auto"}
    pages = shared / "pages"
    if (pages / "pages.jsonl").exists():
        try:
            from resiliparse.extract.html2text import extract_plain_text
            from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        except ImportError:
            print("resiliparse not installed: the pages are left out", file=sys.stderr)
            return
        for r in _lines(pages / "pages.jsonl"):
            raw = gzip.decompress((pages / r["file"]).read_bytes())
            text = extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=True,
                                      alt_texts=False, links=False, form_fields=False,
                                      noscript=False)
            yield "pages/" + r["file"], text, {}
            yield "pages/" + r["file"] + "/auto", text, {"locale": "auto"}


def readings(shared: Path) -> Iterator[str]:
    import moneyfacts
    from moneyfacts.errors import MoneyfactsError

    def call(fn: Any, text: str, kw: dict[str, Any]) -> Any:
        try:
            return fn(text, **kw).model_dump(mode="json")
        except MoneyfactsError as exc:
            return {"error": type(exc).__name__, "message": str(exc)}

    for id_, text, kw in inputs(shared):
        row = {"id": id_, "kw": kw, "extract": call(moneyfacts.extract, text, kw)}
        if len(text) < 200:  # an expression: parse() reads it too
            row["parse"] = call(moneyfacts.parse, text, kw)
        yield json.dumps(row, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="the JSON Lines file to write")
    ap.add_argument("--src", type=Path, help="read with the moneyfacts of this src/ directory")
    ap.add_argument("--compare", type=Path, help="a previous dump that must be identical")
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("MONEYFACTS_SHARED", ROOT.parent / "shared")))
    args = ap.parse_args(argv)
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    import moneyfacts

    rows = list(readings(args.shared))
    data = "\n".join(rows) + "\n"
    args.out.write_text(data, encoding="utf-8")
    digest = hashlib.sha256(data.encode()).hexdigest()[:16]
    print(f"{len(rows)} calls from {Path(moneyfacts.__file__).parent}: sha256 {digest} -> {args.out}")
    if args.compare:
        old = args.compare.read_text(encoding="utf-8").splitlines()
        if old == rows:
            print(f"identical to {args.compare}")
            return 0
        diff = [(a, b) for a, b in zip(old, rows) if a != b]
        print(f"DIFFERENT from {args.compare}: {len(diff)} of {len(rows)} lines differ"
              + (f", {len(old)} lines before" if len(old) != len(rows) else ""))
        for a, b in diff[:5]:
            print("-", a[:600])
            print("+", b[:600])
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
