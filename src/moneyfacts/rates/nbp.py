"""Mid rates of the National Bank of Poland (NBP), tables A and B, in a compact text file.

NBP publishes, in złoty (PLN) per one unit of each currency, table A every business day
(major currencies) and table B once a week (every second week before 2005) for some 120
more: TWD, SAR, AED, VND, NGN, ... moneyfacts bundles only the currencies it needs, one
line per currency::

    # moneyfacts nbp-rates 1
    TWD 1998-12-22 B 0:0.1072 14:0.1059 ...
    # end 1

After the code and the day of the first observation come tokens: ``A`` or ``B`` switch
the table the following observations come from; ``days:rate`` is one observation, ``days``
after the previous one. The ``# end N`` trailer catches a truncated file. A line is decoded
only when its currency is first used.

>>> text = format_lines({"TWD": [("1998-12-22", "0.1072", "B"), ("1999-01-05", "0.1059", "B")]})
>>> text.splitlines()[1]
'TWD 1998-12-22 B 0:0.1072 14:0.1059'
>>> twd = parse(text, "nbp.txt").series["TWD"]
>>> twd.last, twd.value(1), twd.label(1)
(datetime.date(1999, 1, 5), Decimal('0.1059'), 'NBP table B')
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
import zlib
from array import array
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from moneyfacts.errors import RatesDataError
from moneyfacts.rates.series import Arrays, Series, split_decimal

__all__ = ["NbpTable", "parse", "read", "format_lines", "MAGIC", "LABELS"]

MAGIC = "# moneyfacts nbp-rates 1"
#: Tag 0 is table A, tag 1 table B.
LABELS = ("NBP table A", "NBP table B")
_TABLE = {"A": 0, "B": 1}
_HEAD = re.compile(r"[A-Z]{3} \d{4}-\d\d-\d\d ")
_OBS = re.compile(r"\d+:\d+(?:\.\d+)?")


@dataclass
class NbpTable:
    """Parsed NBP rates: per-currency series, decoded lazily."""

    path: str
    series: dict[str, Series] = field(default_factory=dict)


def read(path: str | Path) -> NbpTable:
    """Read a (gzipped) NBP rates file; currencies are decoded on first use."""
    p = Path(path)
    try:
        raw = p.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        text = raw.decode("ascii")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise RatesDataError(str(p), None, f"truncated or damaged gzip stream ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise RatesDataError(str(p), None, f"not an ASCII text file ({exc})") from exc
    except OSError as exc:
        raise RatesDataError(str(p), None, f"cannot read it: {exc}") from exc
    return parse(text, str(p))


def parse(text: str, path: str = "<nbp>") -> NbpTable:
    """Check the layout of an NBP rates file and index its lines by currency."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or lines[0] != MAGIC:
        raise RatesDataError(path, 1, f"expected the header {MAGIC!r}")
    trailer = lines[-1]
    m = re.fullmatch(r"# end (\d+)", trailer)
    if not m:
        raise RatesDataError(path, len(lines), "no '# end N' trailer (the file looks truncated)")
    table = NbpTable(path)
    for no, line in enumerate(lines[1:-1], start=2):
        if not line or line.startswith("#"):
            continue
        code, first, tokens = line[:3], line[4:14], line[14:]
        if not _HEAD.fullmatch(line[:15]):
            raise RatesDataError(path, no, f"malformed line {line[:40]!r}")
        if code in table.series:
            raise RatesDataError(path, no, f"{code} appears twice")
        table.series[code] = Series(code, LABELS, _decoder(path, no, code, first, tokens))
    if len(table.series) != int(m.group(1)):
        raise RatesDataError(
            path, len(lines), f"the trailer counts {m.group(1)} currencies, the file has {len(table.series)}"
        )
    return table


def _decoder(path: str, no: int, code: str, first: str, tokens: str) -> Callable[[], Arrays]:
    def decode() -> Arrays:
        try:
            day = dt.date.fromisoformat(first).toordinal()
        except ValueError:
            raise RatesDataError(path, no, f"bad date {first!r} for {code}") from None
        d, m, e = array("l"), array("q"), array("b")
        tags = bytearray()
        tag = 0
        for tok in tokens.split():
            if tok in _TABLE:
                tag = _TABLE[tok]
                continue
            delta, _, value = tok.partition(":")
            try:
                step = int(delta)
                mant, exp = split_decimal(value)
            except ValueError:
                raise RatesDataError(
                    path, no, f"{code}: bad observation {tok!r} after {len(d)} observations"
                ) from None
            if step < 0 or (d and not step) or not _OBS.fullmatch(tok):
                raise RatesDataError(path, no, f"{code}: bad observation {tok!r}")
            if d and not step:
                raise RatesDataError(path, no, f"{code}: observation {len(d) + 1} repeats a day")
            day += step
            if mant == 0:
                raise RatesDataError(path, no, f"{code}: zero rate on {dt.date.fromordinal(day)}")
            d.append(day)
            m.append(mant)
            e.append(exp)
            tags.append(tag)
        return d, m, e, bytes(tags)

    return decode


def format_lines(data: Mapping[str, Iterable[tuple[str, str, str]]]) -> str:
    """The file text for ``{code: [(iso_day, rate, table), ...]}`` (days ascending)."""
    out = [MAGIC]
    n = 0
    for code in sorted(data):
        obs = list(data[code])
        if not obs:
            continue
        n += 1
        first = obs[0][0]
        prev = dt.date.fromisoformat(first).toordinal()
        tokens = [code, first]
        table = None
        for day, rate, tab in obs:
            if tab != table:
                tokens.append(tab)
                table = tab
            o = dt.date.fromisoformat(day).toordinal()
            if _OBS.fullmatch(f"0:{rate}") is None or o < prev:
                raise ValueError(f"bad observation {code} {day} {rate}")
            tokens.append(f"{o - prev}:{rate}")
            prev = o
        out.append(" ".join(tokens))
    out.append(f"# end {n}")
    return "\n".join(out) + "\n"
