"""Small WARC files written by the tests themselves (WARC/1.0, one gzip member a record)."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from pathlib import Path


def response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
             date: str = "2025-01-23T10:00:00Z", status: str = "200 OK") -> bytes:
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    return _record("response", url, http, "application/http; msgtype=response", date)


def request(url: str, date: str = "2025-01-23T10:00:00Z") -> bytes:
    http = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
    return _record("request", url, http, "application/http; msgtype=request", date)


def _record(kind: str, url: str, block: bytes, content_type: str, date: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def write(path: Path, records: Iterable[bytes], gz: bool = True) -> Path:
    path.write_bytes(b"".join(gzip.compress(r) if gz else r for r in records))
    return path
