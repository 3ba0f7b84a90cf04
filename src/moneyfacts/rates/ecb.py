"""The ECB euro foreign exchange reference rates, in the ECB's own CSV layout.

The ECB publishes ``eurofxref-hist.csv`` (inside ``eurofxref-hist.zip``): a header
``Date,USD,JPY,...,`` then one line per business day, newest first, each rate in units of
the currency per one euro, ``N/A`` where none was published. moneyfacts bundles that file
gzipped, byte for byte, and reads a downloaded ``.zip``, a ``.csv.gz`` or a plain ``.csv``.

Reading is split in two so loading stays cheap: :func:`parse` checks every line (so a
corrupt or truncated file fails at once, naming the line) and turns the dates into
ordinals; each currency's column is decoded into arrays only when it is first used.

>>> text = "Date,USD,CNY,\\n2025-01-22,1.0413,7.5675,\\n2025-01-21,1.0412,N/A,\\n"
>>> table = parse(text, "example.csv")
>>> usd = table.series["USD"]
>>> usd.last, usd.value(usd.latest_index(usd.day(-1)))
(datetime.date(2025, 1, 22), Decimal('1.0413'))
>>> len(table.series["CNY"])
1
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zipfile
import zlib
from array import array
from collections.abc import Callable
from itertools import repeat
from dataclasses import dataclass, field
from pathlib import Path

from moneyfacts.errors import RatesDataError
from moneyfacts.rates.series import Arrays, Series, split_decimal

__all__ = ["EcbTable", "parse", "read", "read_text", "peek_last_date", "SOURCE"]

SOURCE = "ECB"
_CODE = re.compile(r"[A-Z]{3}")
_DATE = r"\d{4}-\d\d-\d\d"
_FIELD = r"(?:\d+(?:\.\d+)?|N/A)?"
_FIELD_RE = re.compile(_FIELD)
_STRAY = re.compile(r"[^0-9.,NA/\n-]|\.(?![0-9])|(?<![0-9])\.")
_MAX_DIGITS = 18
_ALLOWED = str.maketrans("", "", "0123456789.,NA/\n-")


@dataclass
class EcbTable:
    """A parsed ECB history: per-currency series (decoded lazily) and the days covered."""

    path: str
    series: dict[str, Series] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None


def read_text(path: str | Path) -> str:
    """The CSV text of an ECB history file (``.zip``, ``.gz`` or plain CSV).

    A truncated or damaged archive raises :class:`~moneyfacts.errors.RatesDataError`.
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise RatesDataError(str(p), None, f"cannot read it: {exc}") from exc
    if len(raw) > MAX_BYTES:
        raise RatesDataError(str(p), None, _too_big("is"))
    return decode_bytes(raw, str(p))


#: The largest ECB history read, uncompressed (the whole history since 1999 is about 1.5 MB):
#: a larger file, or an archive that inflates beyond it (a decompression bomb), is refused.
MAX_BYTES = 64 * 1024 * 1024


def _too_big(verb: str) -> str:
    return (f"it {verb} more than {MAX_BYTES // (1024 * 1024)} MB, and the whole ECB history "
            "is about 1.5 MB: not an ECB history (or a decompression bomb); nothing read")


def decode_bytes(raw: bytes, name: str) -> str:
    """CSV text from the bytes of a ``.zip``, gzip or plain CSV file, of at most
    :data:`MAX_BYTES` uncompressed."""
    compressed = raw[:2] == b"\x1f\x8b" or raw[:4] == b"PK\x03\x04"
    try:
        if raw[:2] == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
                raw = gz.read(MAX_BYTES + 1)  # decompressed only that far: a bomb stops here
        elif raw[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                names = [n for n in zf.namelist() if n.endswith(".csv")]
                if len(names) != 1:
                    raise RatesDataError(name, None, f"expected one .csv in the zip, found {names}")
                if zf.getinfo(names[0]).file_size > MAX_BYTES:
                    raise RatesDataError(name, None, _too_big("decompresses to"))
                with zf.open(names[0]) as member:
                    raw = member.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise RatesDataError(name, None, _too_big("decompresses to" if compressed else "is"))
        return raw.decode("ascii")
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
        raise RatesDataError(name, None, f"truncated or damaged archive ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise RatesDataError(name, None, f"not an ASCII CSV file ({exc})") from exc


def read(path: str | Path) -> EcbTable:
    """Read and check an ECB history file; currencies are decoded on first use."""
    return parse(read_text(path), str(path))


def peek_last_date(path: str | Path) -> dt.date | None:
    """The newest day in an ECB history file, reading only its first lines (None if unreadable)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
        if head[:2] == b"\x1f\x8b":
            with gzip.open(path, "rt", encoding="ascii") as fh:
                fh.readline()
                line = fh.readline()
        else:
            text = read_text(path)
            line = text.split("\n", 2)[1] if text.count("\n") >= 1 else ""
        return dt.date.fromisoformat(line[:10])
    except (OSError, EOFError, ValueError, RatesDataError, zlib.error, IndexError):
        return None


def _problem(line: str, n: int, trailing: bool = False) -> str:
    if trailing and not line.endswith(","):
        return "the line ends without its final comma (the file looks truncated)"
    fields = line.split(",")
    if fields and fields[-1] == "":
        fields.pop()
    if len(fields) != n + 1:
        return (
            f"{len(fields)} fields where the header has {n + 1}"
            + (" (the file looks truncated)" if len(fields) < n + 1 else "")
        )
    if not re.fullmatch(_DATE, fields[0]):
        return f"bad date {fields[0]!r}"
    for f in fields[1:]:
        if not _FIELD_RE.fullmatch(f):
            return f"bad rate {f!r}"
    return "malformed line"


def parse(text: str, path: str = "<rates>") -> EcbTable:
    """Check an ECB history CSV and index it; columns are decoded lazily.

    Raises :class:`~moneyfacts.errors.RatesDataError` naming ``path`` and the line for a
    bad header, a malformed or truncated line, a bad or repeated date.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise RatesDataError(path, None, "the file is empty")
    header = lines[0].rstrip("\r").rstrip(",").split(",")
    if header[0] != "Date" or len(header) < 2:
        raise RatesDataError(path, 1, "expected an ECB header 'Date,USD,JPY,...'")
    codes = [c.strip() for c in header[1:]]
    for c in codes:
        if not _CODE.fullmatch(c):
            raise RatesDataError(path, 1, f"bad currency code {c!r} in the header")
    if len(set(codes)) != len(codes):
        raise RatesDataError(path, 1, "a currency appears twice in the header")
    n = len(codes)
    trailing = lines[0].rstrip("\r").endswith(",")
    want = n + 1 if trailing else n
    body = lines[1:]
    if not body:
        raise RatesDataError(path, 2, "no rates after the header (the file looks truncated)")
    # Cheap whole-file checks here (one scan for stray characters, a comma count and a
    # date per line); each value is checked when its currency is decoded.
    # str.translate deletes every allowed character in a few ms; only a file with something
    # left over pays for the slower regex that finds the first stray character.
    dots_ok = ".." not in text and ",." not in text and ".," not in text
    clean = dots_ok and not text[len(lines[0]) :].translate(_ALLOWED)
    stray = None if clean else _STRAY.search(text, len(lines[0]))
    if stray:
        no = text.count("\n", 0, stray.start()) + 1
        raise RatesDataError(path, no, _problem(lines[no - 1], n, trailing))
    ordinals: list[int] = []
    fromiso = dt.date.fromisoformat
    for i, line in enumerate(body):
        commas = line.count(",")
        if commas != want or line[10:11] != ",":
            raise RatesDataError(path, i + 2, _problem(line, n, trailing))
        try:
            ordinals.append(fromiso(line[:10]).toordinal())
        except ValueError:
            raise RatesDataError(path, i + 2, f"bad date {line[:10]!r}") from None
    descending = len(ordinals) < 2 or ordinals[0] > ordinals[1]
    if descending:
        body.reverse()
        ordinals.reverse()
    for k in range(1, len(ordinals)):
        if ordinals[k] <= ordinals[k - 1]:
            bad = k if not descending else len(ordinals) - 1 - k
            raise RatesDataError(path, bad + 2, "dates are repeated or out of order")

    def lineno(k: int) -> int:
        return (len(body) - 1 - k if descending else k) + 2

    days = array("l", ordinals)
    table = EcbTable(path, first=dt.date.fromordinal(days[0]), last=dt.date.fromordinal(days[-1]))

    def decoder(col: int, code: str) -> Callable[[], Arrays]:
        def decode() -> Arrays:
            column = [line.split(",", col + 1)[col] for line in body]
            keep = [k for k, v in enumerate(column) if v and v != "N/A"]
            vals = [column[k] for k in keep]
            if max(map(len, vals), default=0) > _MAX_DIGITS:  # (a point and 18 digits pass)
                for k in keep:  # 64-bit integers hold 18 digits: no real rate has more
                    if len(column[k].replace(".", "")) > _MAX_DIGITS:
                        raise RatesDataError(path, lineno(k), f"rate {column[k]!r} for {code} "
                                             f"has more than {_MAX_DIGITS} digits")
            try:
                # map() keeps the per-value work in C: about 6 ms for 7,000 rates.
                points = list(map(str.find, vals, repeat(".")))
                if max(map(str.count, vals, repeat(".")), default=0) > 1:
                    raise ValueError("two decimal points")
                m = array("q", map(int, map(str.replace, vals, repeat("."), repeat(""))))
            except ValueError:
                for k in keep:
                    try:
                        split_decimal(column[k])
                    except ValueError:
                        raise RatesDataError(path, lineno(k), f"bad rate {column[k]!r} for {code}") from None
                raise  # pragma: no cover - split_decimal and the fast path agree

            e = array("b", [p + 1 - n if p >= 0 else 0 for p, n in zip(points, map(len, vals))])
            if min(m, default=1) <= 0:
                k = keep[[i for i, x in enumerate(m) if x <= 0][0]]
                raise RatesDataError(path, lineno(k), f"non-positive rate for {code}")
            d = array("l", [days[k] for k in keep])
            return d, m, e, bytes(len(d))

        return decode

    for j, code in enumerate(codes):
        table.series[code] = Series(code, (SOURCE,), decoder(j + 1, code))
    return table
