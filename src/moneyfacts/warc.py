"""Web archives: check every HTML page of a WARC file (Common Crawl's CC-NEWS, a crawl of your own).

``moneyfacts check --warc crawl.warc.gz [--out OUT] [--resume] [--workers N]`` streams the
archive's response records with FastWARC and writes one JSON Lines record per HTML page, in
archive order: ``id`` (the WARC-Record-ID), ``line`` (the record's number in the archive,
1-based, counting every record), ``status``, ``url``, ``warc_date``, ``offset`` (the record's
byte offset in the file), ``title``, ``date``, ``date_source`` and ``date_evidence`` (how the
page was dated: ``"page"`` from htmldate, else the text's own, :mod:`moneyfacts.dating`),
``verdicts`` (findings by verdict) and the ``report``; or, for a page that cannot be checked,
``error`` (``{"type", "message"}``) instead of the report. Response records that are not a
successful HTML page are skipped and counted. A truncated or corrupt archive ends with an
error record and a one-line error naming the offset; every record before it is kept.
``--out``, ``--resume`` and ``--workers`` behave as for ``--jsonl``
(:func:`moneyfacts.batch.run_cli`).

:func:`pages` reads an archive; :func:`rows` gives its output records, the same as the
command's (the Spark reader, :func:`moneyfacts.spark.check_warc`, maps it over files).
"""

from __future__ import annotations

import argparse
import email.parser
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import IO, Any

from moneyfacts.errors import InputError, MoneyfactsError

__all__ = ["WarcPage", "Counts", "pages", "rows", "check_page", "run_cli"]


@dataclass(frozen=True)
class WarcPage:
    """One response record holding an HTML page."""

    number: int
    offset: int
    record_id: str | None
    url: str | None
    warc_date: str | None
    content: bytes


@dataclass
class Counts:
    """What an archive held: records read, HTML pages, records skipped (not a successful
    HTML response, or not a response), and the error that ended it (None: read to the end)."""

    records: int = 0
    pages: int = 0
    skipped: int = 0
    error: str | None = None
    error_offset: int | None = None
    last_number: int = 0


def _http(block: bytes) -> tuple[int, str, bytes]:
    """(status code, content type, payload) of an HTTP response block."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    status_line, _, rest = head.partition(b"\n")
    parts = status_line.split()
    try:
        status = int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        status = 0
    headers = email.parser.BytesHeaderParser().parsebytes(rest)
    return status, str(headers.get("Content-Type") or ""), body


def _is_html_response(status: int, ctype: str, body: bytes) -> bool:
    from moneyfacts.pages import looks_like_html

    if not 200 <= status < 300:
        return False
    ctype = ctype.lower()
    if ctype:
        return "html" in ctype
    return looks_like_html(body)


def pages(source: str | IO[bytes], counts: Counts | None = None,
          name: str | None = None) -> Iterator[WarcPage]:
    """The HTML pages of a WARC file (a path or a binary file), gzipped or not, in order.

    ``counts`` is filled as it goes. A truncated or corrupt archive stops the iteration with
    ``counts.error`` set (naming the offset) after every page before it was yielded; a file
    that is not a WARC at all raises :class:`~moneyfacts.errors.InputError`.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    counts = counts if counts is not None else Counts()
    label = name or (source if isinstance(source, str) else getattr(source, "name", "the archive"))
    fh: IO[bytes] = open(source, "rb") if isinstance(source, str) else source
    try:
        size = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        size = None
    last_end = 0
    try:
        it = iter(ArchiveIterator(fh, parse_http=False))
        while True:
            try:
                rec = next(it)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - FastWARC on a broken record
                if counts.records == 0:
                    raise InputError(f"{label}: not a WARC file ({exc} at offset 0)") from None
                counts.error = (f"{label}: the archive is truncated or corrupt at offset "
                                f"{last_end} ({exc})")
                counts.error_offset = last_end
                return
            counts.records += 1
            number = counts.records
            offset = int(rec.stream_pos)
            block = rec.reader.read()
            if len(block) < int(rec.content_length):
                counts.error = (f"{label}: the archive is truncated at offset {offset} (record "
                                f"{number} holds {len(block):,} of its {int(rec.content_length):,} "
                                "bytes)")
                counts.error_offset = offset
                counts.last_number = number
                return
            last_end = offset
            if rec.record_type != WarcRecordType.response:
                counts.skipped += 1
                continue
            status, ctype, body = _http(block)
            if not _is_html_response(status, ctype, body):
                counts.skipped += 1
                continue
            counts.pages += 1
            h = rec.headers
            yield WarcPage(number=number, offset=offset, record_id=h.get("WARC-Record-ID"),
                           url=h.get("WARC-Target-URI"), warc_date=h.get("WARC-Date"),
                           content=body)
        if counts.records == 0 and size:
            raise InputError(f"{label}: not a WARC file (no WARC record in its {size:,} bytes)")
        broken = _broken_tail(fh, last_end, size) if counts.records else None
        if broken is not None:
            counts.error = f"{label}: the archive is truncated or corrupt at offset {broken}"
            counts.error_offset = broken
            counts.last_number = counts.records + 1
    finally:
        counts.last_number = max(counts.last_number, counts.records)
        if isinstance(source, str):
            fh.close()


def _broken_tail(fh: IO[bytes], last: int, size: int | None) -> int | None:
    """Where the archive breaks after its last whole record (FastWARC stops silently at a cut
    gzip member), or None when it ends cleanly: each gzip member from the last record's
    offset must end, and a plain archive must end with its last record's block."""
    import zlib

    if size is None:
        return None
    try:
        fh.seek(last)
        tail = fh.read()
    except (OSError, ValueError):
        return None
    pos = last
    if tail[:2] == b"\x1f\x8b":
        while tail.strip(b"\0"):
            d = zlib.decompressobj(31)
            try:
                d.decompress(tail)
            except zlib.error:
                return pos
            if not d.eof:
                return pos
            pos += len(tail) - len(d.unused_data)
            tail = d.unused_data
        return None
    head, sep, _ = tail.partition(b"\r\n\r\n")
    length = next((int(v) for k, _, v in (ln.partition(b":") for ln in head.split(b"\r\n"))
                   if k.strip().lower() == b"content-length" and v.strip().isdigit()), None)
    if not sep or length is None:
        return pos
    rest = tail[len(head) + 4 + length:]
    return None if not rest.strip() else pos + len(head) + 4 + length


@dataclass(frozen=True)
class Options:
    """What every page is checked with (picklable: workers and Spark executors get it)."""

    date: str | None = None
    tolerance: Any = None
    conventions: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def check_page(opts: Options, page: WarcPage) -> dict[str, Any]:
    """The output record of one page (never raises for a bad page: an error record)."""
    from moneyfacts.dating import date_text
    from moneyfacts.pages import read_page
    from moneyfacts.verify import check

    rec: dict[str, Any] = {"id": page.record_id, "line": page.number, "status": "ok",
                           "url": page.url, "warc_date": page.warc_date, "offset": page.offset}
    try:
        p = read_page(page.content, url=page.url, name=page.url or f"record {page.number}")
        date: Any = opts.date if opts.date is not None else p.dating or date_text(p.text)
        from moneyfacts.publisher import page_meta, with_page

        report = check(p.text, date=date, tolerance=opts.tolerance,
                       conventions=with_page(opts.conventions, p.meta))
        report.meta.update(page_meta(opts.conventions, p.meta))
    except MoneyfactsError as exc:
        return {**rec, "status": "error", "error": {"type": type(exc).__name__,
                                                    "message": str(exc)}}
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop an archive
        return {**rec, "status": "error", "error": {"type": type(exc).__name__,
                                                    "message": f"{exc}"}}
    verdicts: dict[str, int] = {}
    for f in report.findings:
        verdicts[f.verdict] = verdicts.get(f.verdict, 0) + 1
    d = report.dating
    rec.update({
        "title": p.title, "date": report.date,
        "date_source": d.source if d else ("given" if report.date else None),
        "date_evidence": d.evidence if d else None,
        "verdicts": verdicts, "report": report.model_dump(mode="json", exclude_none=True)})
    return rec


def _error_record(counts: Counts) -> dict[str, Any]:
    return {"id": None, "line": counts.last_number, "status": "error", "url": None,
            "warc_date": None, "offset": counts.error_offset,
            "error": {"type": "InputError", "message": counts.error}}


def rows(path: str, opts: Options | None = None) -> Iterator[dict[str, Any]]:
    """Every output record of one archive, as ``check --warc`` writes them: one per page,
    then an error record if the archive is truncated or corrupt (or is no WARC at all)."""
    opts = opts or Options()
    counts = Counts()
    try:
        for page in pages(path, counts):
            yield check_page(opts, page)
    except (InputError, OSError) as exc:
        counts.error = str(exc) if isinstance(exc, InputError) else f"{path}: {exc}"
        counts.error_offset = 0
    if counts.error is not None:
        yield _error_record(counts)


def _check_task(opts: Options, page: WarcPage) -> tuple[str, str, dict[str, int]]:
    import json

    rec = check_page(opts, page)
    return json.dumps(rec, ensure_ascii=False), rec["status"], rec.get("verdicts", {})


def run_cli(args: argparse.Namespace) -> int:
    """``moneyfacts check --warc``; returns the exit code (as for ``--jsonl``; 2 when the
    archive ended in an error)."""
    import json

    from moneyfacts.batch import (Summary, _ordered_map, check_resume, exit_code, open_out,
                                  tolerance_from_args)
    from moneyfacts.options import conventions_from_args
    from moneyfacts.verify import date_spec

    if getattr(args, "files", None) or getattr(args, "jsonl", None) is not None:
        raise InputError("give one of FILE arguments, --jsonl or --warc")
    if args.html is not None or args.format == "html":
        raise InputError("--html and --format html take FILE arguments, not --warc")
    to_stdout = args.out in (None, "-")
    check_resume(args)
    date_spec(args.date)
    opts = Options(date=args.date, tolerance=tolerance_from_args(args),
                   conventions=conventions_from_args(args))
    workers = args.workers if args.workers is not None else 1
    inp = open(args.warc, "rb")
    summary = Summary()
    counts = Counts()
    try:
        out, done = open_out(args, inp, summary, lambda d: (
            f"after the {len(d.lines)} record(s) already in {args.out} "
            f"(archive records 1 to {d.lines[-1]})"))
        last_line, last_id = (done.lines[-1], done.last_id) if done.lines else (0, None)
        try:
            todo = _after(pages(inp, counts, name=args.warc), last_line, last_id, args.out)
            for text, status, verdicts in _ordered_map(partial(_check_task, opts), todo,
                                                       workers=workers, chunksize=8):
                out.write(text + "\n")
                out.flush()
                summary.add(status, verdicts)
            if counts.error is not None:
                out.write(json.dumps(_error_record(counts), ensure_ascii=False) + "\n")
        finally:
            if not to_stdout:
                out.close()
    finally:
        inp.close()
    skipped = f"; {counts.skipped} record(s) not HTML pages skipped" if counts.skipped else ""
    print(f"moneyfacts: {summary.text()}{skipped}", file=sys.stderr)
    if counts.error is not None:
        print(f"moneyfacts: error: {counts.error}", file=sys.stderr)
        return 2
    return exit_code(summary)


def _after(items: Iterator[WarcPage], last_line: int, last_id: Any,
           out_path: str | None) -> Iterator[WarcPage]:
    """Resume: skip the pages already written, checking that the last one is this archive's."""
    for page in items:
        if page.number < last_line:
            continue
        if page.number == last_line:
            if page.record_id != last_id:
                raise InputError(f"--resume: the last record of {out_path} has id {last_id!r}, "
                                 f"but archive record {last_line} has id {page.record_id!r}: it "
                                 "is not the output of this archive")
            continue
        yield page
