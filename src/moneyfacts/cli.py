"""The ``moneyfacts`` command.

::

    moneyfacts parse TEXT [--json]
    moneyfacts extract FILE [--json]
    moneyfacts convert TEXT --to USD --on 2025-12-23 [--json]
    moneyfacts convert "2 GW" --to MW
    moneyfacts check FILE... [--date D] [--json] [--window DAYS]
    moneyfacts rates info | update [--provider ecb|forex-python]

``-`` reads standard input. ``check`` exits 0 when nothing is inconsistent, 1 when something
is, and 2 on a usage or input error. A file may carry its date in a front-matter block
(``---`` / ``date: 2025-12-23`` / ``---``); ``--date`` overrides it.

Heavy imports (pydantic models, babel, pint, rich) happen inside the commands, so the
command starts fast.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.models import Report

__all__ = ["main", "read_article", "add_batch_arguments"]

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)


def read_article(text: str) -> tuple[dict[str, str], str, int]:
    """Split a front-matter block from an article: (fields, body, body offset).

    >>> read_article("---\\ndate: 2025-12-23\\n---\\nIt cost Rmb1bn.")
    ({'date': '2025-12-23'}, 'It cost Rmb1bn.', 25)
    >>> read_article("No front matter.")[0]
    {}
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0
    fields = {k.lower(): v.strip("'\"") for k, v in _FIELD.findall(m.group(1))}
    return fields, text[m.end() :], m.end()


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _cmd_parse(args: argparse.Namespace) -> int:
    from moneyfacts.grammar import parse

    q = parse(args.text, dollar=args.dollar, yen=args.yen)
    if args.json:
        print(q.model_dump_json(indent=2, exclude_none=True))
    else:
        extra = f"  [{q.assumed}]" if q.assumed else ""
        print(f"{q}  (kind={q.kind}, precision={q.precision:f}){extra}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from moneyfacts.extract import extract

    _, body, _ = read_article(_read(args.file))
    ex = extract(body, dollar=args.dollar, yen=args.yen)
    if args.json:
        print(ex.model_dump_json(indent=2, exclude_none=True))
        return 0
    for i, m in enumerate(ex.mentions):
        print(f"[{i}] {m.start}-{m.end} {m.text!r}: {m}")
    for e in ex.equivalences:
        print(f"[{e.original}] = [{e.stated}] ({e.form})")
    return 0


def _cmd_convert(args: argparse.Namespace) -> int:
    from moneyfacts.convert import convert
    from moneyfacts.verify import date_spec

    day = None
    if args.on is not None:  # money needs it; a measure ('2 GW' --to MW) converts without
        spec = date_spec(args.on)
        if spec.end is None or spec.start != spec.end:
            raise _usage("--on takes one day, YYYY-MM-DD")
        day = spec.end
    q = convert(args.text, to=args.to, on=day)
    if args.json:
        print(q.model_dump_json(indent=2, exclude_none=True))
    else:
        from moneyfacts.units import format_rate

        r = q.rate
        via = f" via {r.via}" if r and r.via else ""
        print(f"{q}" + (f"  (at {format_rate(r)}, {r.source}{via}, {r.date})" if r else ""))
    return 0


class _UsageError(Exception):
    pass


def _usage(msg: str) -> _UsageError:
    return _UsageError(msg)


def _cmd_check(args: argparse.Namespace) -> int:
    from moneyfacts.verify import Tolerance, check

    tol = Tolerance(window=args.window) if args.window is not None else Tolerance()
    if args.window is not None and args.window < 0:
        raise _usage("--window must be zero or more days")
    reports: list[tuple[str, Report]] = []
    for path in args.files:
        fields, body, _ = read_article(_read(path))
        date = args.date if args.date is not None else fields.get("date")
        report = check(body, date=date, tolerance=tol, dollar=args.dollar, yen=args.yen)
        reports.append((path, report))
    bad = any(f.verdict == "inconsistent" for _, r in reports for f in r.findings)
    if args.json:
        payload = [{"file": p, **r.model_dump(mode="json", exclude_none=True)} for p, r in reports]
        print(_dump(payload if len(payload) != 1 else payload[0]))
    else:
        _table(reports)
    return 1 if bad else 0


def _table(reports: list[tuple[str, Report]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    style = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "yellow"}
    for path, report in reports:
        if not report.findings:
            console.print(f"{path}: no stated equivalents found "
                          f"({len(report.mentions)} amounts read)")
            continue
        table = Table(title=f"{path} — date {report.date or 'unknown'}", title_justify="left")
        for col in ("#", "original", "stated", "verdict", "expected", "deviation", "cause"):
            table.add_column(col, overflow="fold")
        for i, f in enumerate(report.findings, 1):
            exp = ""
            if f.expected is not None:
                lo, hi = (_approx(v, f.stated) for v in (f.expected.low, f.expected.high))
                exp = lo if lo == hi else f"{lo} – {hi}"
            dev = f"{f.deviation * 100:+.1f}%" if f.deviation is not None else ""
            cause = f.cause.kind.replace("_", " ") if f.cause else ""
            if f.cause and f.cause.currency:
                cause += f" ({f.cause.currency})"
            if f.cause and f.cause.date:
                cause += f" ({f.cause.date})"
            table.add_row(str(i), f.original.text, f.stated.text,
                          f"[{style[f.verdict]}]{f.verdict}[/]", exp, dev, cause)
        console.print(table)
        for i, f in enumerate(report.findings, 1):
            console.print(f"  {i}. {f.explanation}", highlight=False)
    for path, report in reports:
        for k in report.skipped:
            console.print(f"{path}: not read: {k.text!r} at {k.start}: {k.reason}", highlight=False)
    counts: dict[str, int] = {}
    for _, r in reports:
        for f in r.findings:
            counts[f.verdict] = counts.get(f.verdict, 0) + 1
    summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "nothing to check"
    console.print(f"{len(reports)} file(s): {summary}")


def _approx(v: Any, stated: Any) -> str:
    from moneyfacts.units import format_amount

    return format_amount(v, stated.unit)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moneyfacts",
        description="Read money in news text exactly and check stated currency conversions.",
    )
    from moneyfacts import __version__

    parser.add_argument("--version", action="version", version=f"moneyfacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dollar", default="USD", help="what a bare $ means (default USD)")
        p.add_argument("--yen", default="JPY", help="what a bare ¥ means (default JPY)")

    p = sub.add_parser("parse", help="read one written amount")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="print the Quantity as JSON")
    common(p)
    p.set_defaults(func=_cmd_parse)

    p = sub.add_parser("extract", help="list the amounts and stated equivalents in a file")
    p.add_argument("file", help="a text file, or - for standard input")
    p.add_argument("--json", action="store_true")
    common(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("convert", help="convert an amount at the rate of a day, or a measure to a unit")
    p.add_argument("text")
    p.add_argument("--to", required=True, metavar="CODE", help="a currency, or a unit for a measure")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day of the rate (money only)")
    p.add_argument("--json", action="store_true")
    common(p)
    p.set_defaults(func=_cmd_convert)

    p = sub.add_parser("check", help="check the stated equivalents in articles")
    p.add_argument("files", nargs="*", metavar="FILE", help="text files, or - for standard input")
    p.add_argument("--date", help="article date: YYYY-MM-DD, YYYY-MM or YYYY (else front matter)")
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    p.add_argument("--window", type=int, metavar="DAYS",
                   help="days before the date whose rates are tried (default 7)")
    common(p)
    add_batch_arguments(p)
    p.set_defaults(func=_cmd_check_dispatch)

    from moneyfacts.rates import cli as rates_cli

    rates_cli.register(sub)
    return parser


def add_batch_arguments(p: argparse.ArgumentParser) -> None:
    """Add the JSON Lines batch options to the ``check`` sub-command (run by
    :func:`moneyfacts.batch.run_cli`; defined here so that building the parser stays cheap)."""
    g = p.add_argument_group(
        "batch (JSON Lines)",
        "check one record per line: {\"id\": ..., \"text\": ..., \"date\": ...}; writes one "
        "result record per input record, in order",
    )
    g.add_argument("--jsonl", metavar="PATH", help="read records from PATH (- for standard input)")
    g.add_argument("--text-field", default="text", metavar="NAME", help="text field (default text)")
    g.add_argument("--date-field", default="date", metavar="NAME", help="date field (default date)")
    g.add_argument("--id-field", default="id", metavar="NAME", help="id field (default id)")
    g.add_argument("--out", metavar="PATH", help="write results to PATH (default or -: standard output)")
    g.add_argument("--workers", type=int, default=1, metavar="N",
                   help="check in N processes; output order stays the input order (default 1)")
    g.add_argument("--resume", action="store_true",
                   help="skip records whose id is already in --out and append the rest")
    g.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")


def _cmd_check_dispatch(args: argparse.Namespace) -> int:
    if getattr(args, "jsonl", None) is not None:
        from moneyfacts import batch

        return batch.run_cli(args)
    if not args.files:
        raise _usage("check needs at least one FILE (or - for standard input)")
    return _cmd_check(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from moneyfacts.errors import MoneyfactsError

    try:
        rc: int = args.func(args)
        return rc
    except _UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"moneyfacts: error: {exc}", file=sys.stderr)
        return 2
    except (MoneyfactsError, OSError, UnicodeDecodeError) as exc:
        print(f"moneyfacts: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
