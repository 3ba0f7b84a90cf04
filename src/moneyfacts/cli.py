"""The ``moneyfacts`` command.

::

    moneyfacts parse TEXT [--json]
    moneyfacts extract FILE [--json]
    moneyfacts convert TEXT --to USD --on 2025-12-23 [--json]
    moneyfacts convert "2 GW" --to MW
    moneyfacts check FILE... [--date D] [--json | --format table|json|html] [--html PATH]
                             [--window DAYS]
    moneyfacts check --jsonl IN [--out OUT] [--workers N] [--resume]
    moneyfacts rates info | update [--provider ecb|forex-python] [--file PATH] | reset

``-`` reads standard input (for ``parse``, ``-`` as TEXT). Files are UTF-8 (a byte-order mark
is skipped) or UTF-16 with a byte-order mark. A file may carry its date in a front-matter
block (``---`` / ``date: 2025-12-23`` / ``---``; a timestamp such as
``2025-01-22T10:00:00Z`` or ``2025-01-22 10:00:00 +0000`` gives its day as written);
``--date`` overrides it.

Exit codes (:data:`EXIT_CODES`; with several files or records, the worst that applies):
0 nothing inconsistent; 1 some stated equivalent is inconsistent; 2 a usage or input error
(for ``check FILE...``: some file could not be read or checked; the others are still
reported); 3 some JSON Lines records failed (each has an error record); 4 every JSON Lines
record failed; 130 interrupted (Ctrl-C) and 143 terminated (SIGTERM). A closed output pipe
(``| head``) ends the command quietly with 0.

Heavy imports (pydantic models, babel, pint, rich) happen inside the commands, so the
command starts fast.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from moneyfacts.options import (
    add_batch_arguments,
    add_convention_arguments,
    conventions_from_args,
    currency_code,
    day_count,
    tolerance_item,
)

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.conventions import Conventions
    from moneyfacts.models import Finding, Report

__all__ = ["main", "read_article", "article_date", "add_batch_arguments", "EXIT_CODES",
           "OUTPUT_FORMATS"]

#: The exit codes of the command (see the module documentation).
EXIT_CODES = {
    0: "nothing inconsistent",
    1: "some stated equivalent is inconsistent",
    2: "a usage or input error",
    3: "some JSON Lines records failed",
    4: "every JSON Lines record failed",
    130: "interrupted (Ctrl-C)",
    143: "terminated (SIGTERM)",
}

_BOM = "\ufeff"
#: The line that opens a front-matter block, and the ends of lines (CR-only too: old Mac files).
_FRONT = re.compile(r"\A\ufeff?---[ \t]*(?:\r\n|\r|\n)")
_EOL = re.compile(r"\r\n|\r|\n")
_FIELD = re.compile(r"([ \t]*)([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")
#: A day, optionally followed by a time and a zone, as Hugo, Jekyll and friends write it.
_STAMP = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?$", re.I)


def read_article(text: str, warn: Callable[[str], None] | None = None
                 ) -> tuple[dict[str, str], str, int]:
    """Split a front-matter block from an article: (fields, body, body offset).

    A byte-order mark before the block does not hide it (it counts in the offset). Lines may
    end in LF, CRLF or CR alone; the block ends with ``---`` or YAML's ``...``; its keys may
    all be indented alike. What cannot be read is told to ``warn`` (default:
    :func:`warnings.warn`), never silently dropped: a block that is never closed (it is
    then read as the article's text), a ``date`` indented under another key.

    >>> read_article("---\\ndate: 2025-12-23\\n---\\nIt cost Rmb1bn.")
    ({'date': '2025-12-23'}, 'It cost Rmb1bn.', 25)
    >>> read_article("\\ufeff---\\ndate: 2025-12-23\\n---\\nIt cost Rmb1bn.")[0]
    {'date': '2025-12-23'}
    >>> read_article("---\\r  date: 2025-12-23\\r...\\rIt cost Rmb1bn.")[:2]
    ({'date': '2025-12-23'}, 'It cost Rmb1bn.')
    >>> read_article("---\\ndate: 2025-12-23\\nIt cost Rmb1bn.", warn=print)[0]
    front matter opened by '---' on line 1 is never closed by '---' or '...': it is read as the article's text (no date taken from it)
    {}
    >>> read_article("No front matter.")[0]
    {}
    """
    say = warn if warn is not None else _warn
    start = 1 if text.startswith(_BOM) else 0
    m = _FRONT.match(text)
    if not m:
        return {}, text[start:], start
    lines: list[str] = []
    pos, end = m.end(), None
    while pos < len(text):
        eol = _EOL.search(text, pos)
        line, nxt = (text[pos:eol.start()], eol.end()) if eol else (text[pos:], len(text))
        if line.rstrip(" \t") in ("---", "..."):
            end = nxt
            break
        lines.append(line)
        pos = nxt
    if end is None:
        say("front matter opened by '---' on line 1 is never closed by '---' or '...': it is "
            "read as the article's text (no date taken from it)")
        return {}, text[start:], start
    found = [f for f in map(_FIELD.fullmatch, lines) if f]
    base = min((len(f.group(1).expandtabs()) for f in found), default=0)
    fields: dict[str, str] = {}
    nested: set[str] = set()
    for f in found:
        key = f.group(2).lower()
        if len(f.group(1).expandtabs()) == base:
            fields[key] = f.group(3).strip("'\"")
        else:
            nested.add(key)
    if "date" in nested and "date" not in fields:
        say("front matter has 'date' only indented under another key: not taken as the "
            "article's date (write it unindented, or give --date)")
    return fields, text[end:], end


def _warner(path: str) -> Callable[[str], None]:
    """The command's warning about one file: one line on standard error, naming it."""
    name = "standard input" if path == "-" else path

    def warn(message: str) -> None:
        print(f"moneyfacts: warning: {name}: {message}", file=sys.stderr)

    return warn


def _warn(message: str) -> None:
    import warnings

    warnings.warn(message, UserWarning, stacklevel=3)


def article_date(value: str | None) -> str | None:
    """The date of a front-matter ``date:`` field: a day, month or year as
    :func:`moneyfacts.verify.date_spec` reads it, or a timestamp, whose day (as written,
    in the writer's own zone) is the article's date.

    >>> article_date("2025-01-22T10:00:00Z"), article_date("2025-01-22 10:00:00 +0000")
    ('2025-01-22', '2025-01-22')
    >>> article_date("2025-12")
    '2025-12'
    """
    if value is None:
        return None
    m = _STAMP.match(value.strip())
    return m.group(1) if m else value


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (a BOM is kept as U+FEFF, which read_article skips) or UTF-16 with a BOM."""
    from moneyfacts.errors import InputError

    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return _BOM + raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not UTF-16 text despite its byte-order mark ({exc.reason} "
                             f"at byte {exc.start})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {raw[exc.start]:#04x} at offset "
                         f"{exc.start}); save it as UTF-8 or UTF-16 with a byte-order mark") from None


def _read(path: str) -> str:
    return _decode(_read_raw(path), "standard input" if path == "-" else path)


def _read_raw(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as fh:
        return fh.read()


def _read_any(path: str) -> tuple[dict[str, str], str, int, Any]:
    """A text file as :func:`read_article` splits it, or an HTML page's main text (by its
    content or a ``.html`` name): (fields, body, body offset, the page or None)."""
    from moneyfacts.pages import is_html, read_page

    raw = _read_raw(path)
    name = "standard input" if path == "-" else path
    if is_html(raw, name):
        page = read_page(raw, name=name)
        return {}, page.text, 0, page
    return (*read_article(_decode(raw, name), warn=_warner(path)), None)


def _publisher(conv: Any, meta: dict[str, Any], url: str | None = None) -> Any:
    """``conv`` with the publisher's territory of a page (its ``meta``) or of a front matter's
    ``url:`` (:mod:`moneyfacts.publisher`), unless ``--territory`` gave one."""
    from moneyfacts.publisher import territory_of_url, with_page

    if url is not None and "territory" not in meta:
        return conv.with_territory(territory_of_url(url))
    return with_page(conv, meta)


def _blank(text: str, upto: int) -> str:
    """``text`` with its first ``upto`` characters (front matter, BOM) blanked, so that offsets
    found in it count in the file as given."""
    return re.sub(r"[^\r\n]", " ", text[:upto]) + text[upto:]


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _cmd_parse(args: argparse.Namespace) -> int:
    from moneyfacts.grammar import parse

    text = _read("-") if args.text == "-" else args.text
    q = parse(text, conventions=conventions_from_args(args))
    if args.json:
        print(q.model_dump_json(indent=2, exclude_none=True))
    else:
        extra = f"  [{q.assumed}]" if q.assumed else ""
        print(f"{q}  (kind={q.kind}, precision={q.precision:f}){extra}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from moneyfacts.mentions import extract

    from moneyfacts.pages import is_html, read_page

    raw, name = _read_raw(args.file), "standard input" if args.file == "-" else args.file
    conv = conventions_from_args(args)
    if is_html(raw, name):  # a page: offsets count in its main text
        page = read_page(raw, name=name)
        text, conv = page.text, _publisher(conv, page.meta)
    else:  # offsets count in the file as given: the front matter is blanked, not cut
        text = _decode(raw, name)
        fields, _, offset = read_article(text, warn=_warner(args.file))
        text, conv = _blank(text, offset), _publisher(conv, {}, fields.get("url"))
    ex = extract(text, conventions=conv)
    if not ex.mentions and conv.locale is None:
        _locale_hint(args.file, text)
    if args.json:
        print(ex.model_dump_json(indent=2, exclude_none=True))
        return 0
    for i, m in enumerate(ex.mentions):
        print(f"[{i}] {m.start}-{m.end} {m.text!r}: {m}")
    for e in ex.equivalences:
        print(f"[{e.original}] = [{e.stated}] ({e.form})")
    return 0


def _locale_hint(path: str, body: str) -> None:
    """No amount read in a text of another language, and no --locale: say so on stderr."""
    from moneyfacts.locales import detect

    lang = detect(body)
    if lang is not None:
        from babel import Locale

        name = Locale.parse(lang).get_display_name("en")
        print(f"moneyfacts: {path}: no amounts read; the text looks {name} ({lang}): try "
              f"--locale auto or --locale {lang}", file=sys.stderr)


def _cmd_convert(args: argparse.Namespace) -> int:
    from moneyfacts.conversions import convert
    from moneyfacts.verify import date_spec

    from moneyfacts.grammar import parse

    q = parse(args.text, conventions=conventions_from_args(args))
    if q.kind == "measure":  # '2 GW' --to MW: a unit, exactly, with no day
        q = convert(q, to=args.to)
    else:
        if args.on is None:
            raise _usage("converting money needs a date: --on YYYY-MM-DD (a measure needs none)")
        try:
            to = currency_code(args.to)
        except argparse.ArgumentTypeError as exc:
            raise _usage(str(exc)) from None
        spec = date_spec(args.on)
        if spec.end is None or spec.start != spec.end:
            raise _usage("--on takes one day, YYYY-MM-DD")
        q = convert(q, to=to, on=spec.end)
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
    """Check each file; a file that cannot be read or checked is reported and named, the
    others are still checked. Returns the worst exit code."""
    from moneyfacts.batch import tolerance_from_args
    from moneyfacts.verify import check

    tol = tolerance_from_args(args)
    conv = conventions_from_args(args)
    fmt = _output_format(args)
    check("", date=args.date, tolerance=tol, conventions=conv)  # bad options: exit 2 up front
    if args.html is not None:  # never an input, never a file that is not ours: refused up front
        from moneyfacts.outputs import check_output, is_html_output

        check_output(args.html, "--html", inputs=args.files, ours=is_html_output)
    results: list[tuple[str, Report | None, str | None]] = []
    articles: list[Any] = []  # for the HTML page: (name, body, report, where the date came from)
    worst = 0
    for path in args.files:
        checked = _check_file(path, args, tol, conv)
        if isinstance(checked, str):
            print(f"moneyfacts: error: {checked}", file=sys.stderr)
            results.append((path, None, checked))
            worst = max(worst, 2)
            continue
        body, report, date = checked
        results.append((path, report, None))
        if not report.mentions and conv.locale is None:
            _locale_hint(path, body)
        _warn_empty(path, body)
        articles.append((path if path != "-" else "standard input", body, report,
                         _date_source(args, date, report)))
        if any(f.verdict == "inconsistent" for f in report.findings):
            worst = max(worst, 1)
    _write_check(args, fmt, results, articles)
    return worst


def _check_file(path: str, args: argparse.Namespace, tol: Any,
                conv: Conventions) -> tuple[str, Report, Any] | str:
    """One file read and checked: (its text, the report, the date given or found), or the
    message naming the file and what was wrong with it."""
    from moneyfacts.errors import MoneyfactsError
    from moneyfacts.verify import check

    try:
        fields, body, _, page = _read_any(path)
        date = args.date if args.date is not None else article_date(fields.get("date"))
        if date is None and page is not None:
            date = page.dating
        report = check(body, date=_dated(body, date), tolerance=tol,
                       conventions=_publisher(conv, page.meta if page is not None else {},
                                              fields.get("url")))
        if page is not None:
            from moneyfacts.publisher import page_meta

            report.meta.update(page_meta(conv, page.meta))
    except (MoneyfactsError, OSError) as exc:
        msg = str(exc) if isinstance(exc, MoneyfactsError) else f"{path}: {exc.strerror or exc}"
        return msg if path in msg else f"{path}: {msg}"
    return body, report, date


def _date_source(args: argparse.Namespace, date: Any, report: Report) -> str | None:
    """Where the article's date came from, for the HTML page."""
    if report.dating is not None:
        from moneyfacts.dating import describe

        return describe(report.dating)
    return "--date" if args.date is not None else "front matter" if date else None


def _write_check(args: argparse.Namespace, fmt: str,
                 results: list[tuple[str, Report | None, str | None]], articles: list[Any]) -> None:
    """The reports in the output format asked for, and the HTML page to ``--html``."""
    if args.html is not None or fmt == "html":
        from moneyfacts.html import Article, render_page

        page = render_page([Article(*a) for a in articles])
        if args.html is not None:
            from moneyfacts.outputs import is_html_output, open_output

            with open_output(args.html, "--html", inputs=args.files, ours=is_html_output) as fh:
                fh.write(page)
        if fmt == "html":
            sys.stdout.write(page)
            return
    OUTPUT_FORMATS[fmt](results)


def _warn_empty(path: str, body: str) -> None:
    """A warning for an empty file (a text in another language: :func:`_locale_hint`)."""
    if not body.strip():
        print(f"moneyfacts: warning: {path} is empty: nothing to check", file=sys.stderr)


def _dated(text: str, date: str | None) -> Any:
    """The date to check at: the one given, else the article's own (moneyfacts.dating)."""
    from moneyfacts.dating import resolve

    return resolve(text, date)


def _output_format(args: argparse.Namespace) -> str:
    """What ``check`` prints: ``--format``, with ``--json`` as ``--format json``."""
    fmt: str = getattr(args, "format", None) or ("json" if args.json else "table")
    if args.json and fmt != "json":
        raise _usage(f"--json and --format {fmt} disagree: give one")
    return fmt


def _json_out(results: list[tuple[str, Report | None, str | None]]) -> None:
    """``check --json``: always a list, one entry per file in order: the report with its
    ``file``, or ``{"file", "error"}`` for a file that could not be read or checked."""
    payload: list[dict[str, Any]] = []
    for path, report, error in results:
        if report is None:
            payload.append({"file": path, "error": error})
        else:
            payload.append({"file": path, **report.model_dump(mode="json", exclude_none=True)})
    print(_dump(payload))


def _table_out(results: list[tuple[str, Report | None, str | None]]) -> None:
    _table([(p, r) for p, r, _ in results if r is not None],
           failed=[(p, e) for p, r, e in results if r is None and e is not None])


_STYLE = {"consistent": "green", "loose": "blue", "inconsistent": "bold red", "unverifiable": "yellow"}
_COLUMNS = ("#", "original", "stated", "verdict", "expected", "deviation", "cause")


def _table(reports: list[tuple[str, Report]], failed: Sequence[tuple[str, str]] = ()) -> None:
    """``check``'s table: one per file with findings, their notes, what was not read, and a
    summary line."""
    from rich.console import Console

    console = Console()
    for path, report in reports:
        if not report.findings:
            read_as = (f", read as {report.meta['locale']}" if report.meta.get("locale")
                       else "")  # the page's language (moneyfacts.pages.page_locale)
            console.print(f"{path}: no stated equivalents found "
                          f"({len(report.mentions)} amounts read{read_as})")
            continue
        console.print(_findings_table(path, report))
        if report.dating is not None:
            from moneyfacts.dating import describe

            console.print(f"  {describe(report.dating)}", highlight=False)
        if report.meta.get("url") or report.meta.get("title"):
            console.print(f"  page: {report.meta.get('title') or ''} <{report.meta.get('url') or ''}>",
                          highlight=False)
        if report.meta.get("territory"):  # the publisher's, as the resolver weighed it
            console.print(f"  publisher: {report.meta['territory']} "
                          f"({report.meta.get('territory_from') or 'given'})", highlight=False)
        if report.meta.get("locale"):  # the page's language, its amounts read in it
            console.print(f"  read as: {report.meta['locale']} "
                          f"({report.meta.get('locale_from') or 'given'})", highlight=False)
        for i, f in enumerate(report.findings, 1):
            console.print(f"  {i}. {f.explanation}", highlight=False)
            if f.evidence is not None:  # linked across sentences: say what links them
                how = (f"implied by the subject '{f.evidence.subject}'" if f.evidence.subject
                       else f"linked by '{f.evidence.phrase}'")
                shown = " / ".join(f"“{s}”" for s in f.evidence.sentences)
                console.print(f"     {how}: {shown}", highlight=False)
    for path, report in reports:
        for k in report.skipped:
            console.print(f"{path}: not read: {k.text!r} at {k.start}: {k.reason}", highlight=False)
    console.print(_summary_line(reports, failed), highlight=False)


def _findings_table(path: str, report: Report) -> Any:
    from rich.table import Table

    table = Table(title=f"{path} — date {report.date or 'unknown'}", title_justify="left")
    for col in _COLUMNS:
        table.add_column(col, overflow="fold")
    for i, f in enumerate(report.findings, 1):
        table.add_row(str(i), f.original.text, f.stated.text + _link_tag(f),
                      f"[{_STYLE[f.verdict]}]{f.verdict}[/]", *_finding_cells(f))
    return table


def _link_tag(f: Finding) -> str:
    """'(unit)' for two measures; '(implied: budget)' for amounts a shared subject links."""
    if f.form == "implied" and f.evidence is not None:
        return f" (implied: {f.evidence.subject})"
    return " (unit)" if f.kind == "unit" else ""


def _finding_cells(f: Finding) -> tuple[str, str, str]:
    """The expected, deviation and cause cells of a finding's row."""
    exp = ""
    if f.expected is not None:
        lo, hi = (_approx(v, f.stated) for v in (f.expected.low, f.expected.high))
        exp = lo if lo == hi else f"{lo} – {hi}"
    dev = f"{f.deviation * 100:+.1f}%" if f.deviation is not None else ""
    cause = ""
    if f.cause:
        cause = f.cause.kind.replace("_", " ")
        cause += f" ({f.cause.currency})" if f.cause.currency else ""
        cause += f" ({f.cause.date})" if f.cause.date else ""
    return exp, dev, cause


def _summary_line(reports: list[tuple[str, Report]], failed: Sequence[tuple[str, str]]) -> str:
    counts: dict[str, int] = {}
    for _, r in reports:
        for f in r.findings:
            counts[f.verdict] = counts.get(f.verdict, 0) + 1
    summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "nothing to check"
    unread = f"; {len(failed)} not checked ({', '.join(p for p, _ in failed)})" if failed else ""
    return f"{len(reports) + len(failed)} file(s): {summary}{unread}"


def _approx(v: Any, stated: Any) -> str:
    from moneyfacts.units import format_amount

    return format_amount(v, stated.unit)


#: ``check``'s output formats: name -> renderer of ``[(file, report or None, error or None)]``.
OUTPUT_FORMATS: dict[str, Callable[[list[tuple[str, Any, str | None]]], None]] = {
    "table": _table_out,
    "json": _json_out,
}


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error in one line (no usage block): ``moneyfacts check: error:
    argument --window: -3 is out of range: give 0 to 36600 days (see --help)``. Sub-commands'
    parsers are made of the same class."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="moneyfacts",
        description="Read money in news text exactly and check stated currency conversions.",
        epilog="exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()),
    )
    from moneyfacts import __version__

    parser.add_argument("--version", action="version", version=f"moneyfacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="read one written amount",
                       epilog="exit codes: 0 read; 2 no amount or a usage error")
    p.add_argument("text", metavar="TEXT", help="the amount as written, or - for standard input")
    p.add_argument("--json", action="store_true", help="print the Quantity as JSON")
    add_convention_arguments(p)
    p.set_defaults(func=_cmd_parse)

    p = sub.add_parser("extract", help="list the amounts and stated equivalents in a file",
                       epilog="offsets count characters in the file as given, front matter "
                       "included; exit codes: 0 done; 2 an unreadable file or a usage error")
    p.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print the Extraction as JSON")
    add_convention_arguments(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("convert", help="convert an amount at the rate of a day, or a measure to a unit",
                       epilog="exit codes: 0 converted; 2 no rate, no amount or a usage error")
    p.add_argument("text", metavar="TEXT", help="the amount as written, e.g. 'Rmb160 billion' or '2 GW'")
    p.add_argument("--to", required=True, metavar="CODE|UNIT",
                   help="the currency to convert to, any case (e.g. USD); for a measure, a unit (e.g. MW)")
    p.add_argument("--on", metavar="YYYY-MM-DD",
                   help="the day whose rate is used (money only; a measure converts without)")
    p.add_argument("--json", action="store_true", help="print the converted Quantity as JSON")
    add_convention_arguments(p)
    p.set_defaults(func=_cmd_convert)

    p = sub.add_parser(
        "check", help="check the stated equivalents in articles",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="exit codes (the worst that applies):\n" + "\n".join(
            f"  {k:>3}  {v}" for k, v in EXIT_CODES.items()),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files, or - for standard input")
    p.add_argument("--date", help="article date: YYYY-MM-DD, YYYY-MM or YYYY (else front matter)")
    p.add_argument("--json", action="store_true",
                   help="JSON instead of a table: always a list, one entry per file")
    p.add_argument("--format", choices=("table", "json", "html"),
                   help="what to print: a table (default), JSON (as --json), or the HTML page of "
                   "--html")
    p.add_argument("--html", metavar="PATH",
                   help="also write a self-contained HTML report to PATH: the article with "
                   "every amount marked, each stated conversion with its verdict and a note")
    p.add_argument("--warc", metavar="PATH",
                   help="check every HTML page of a WARC file (gzipped or not): one JSON Lines "
                   "record per page; --out, --resume and --workers as for --jsonl")
    p.add_argument("--window", type=day_count, metavar="DAYS",
                   help="days before the date whose rates are tried (default 7)")
    p.add_argument("--tolerance", action="append", type=tolerance_item, metavar="FIELD=VALUE",
                   help="a tolerance setting: truncation=false, approx_units=0.5, bound_units=1, "
                   "stale_days=30, slip_factors=10,1000, band=0.0075, window=7 (repeatable)")
    add_convention_arguments(p)
    add_batch_arguments(p)
    p.set_defaults(func=_cmd_check_dispatch)

    from moneyfacts.rates import cli as rates_cli

    rates_cli.register(sub)
    return parser


_BATCH_ONLY = ("out", "workers", "resume")


def _cmd_check_dispatch(args: argparse.Namespace) -> int:
    if getattr(args, "warc", None) is not None:
        from moneyfacts import warc

        return warc.run_cli(args)
    if getattr(args, "jsonl", None) is not None:
        if args.html is not None or args.format == "html":
            raise _usage("--html and --format html take FILE arguments, not --jsonl")
        from moneyfacts import batch

        return batch.run_cli(args)
    given = [f"--{name}" for name in _BATCH_ONLY if getattr(args, name, None) not in (None, False)]
    if given:
        raise _usage(f"{', '.join(given)} only work with --jsonl or --warc")
    if not args.files:
        raise _usage("check needs at least one FILE (or - for standard input)")
    return _cmd_check(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns its exit code (see :data:`EXIT_CODES`).

    A Ctrl-C or SIGTERM at any moment gives 130 or 143 and one line on standard error
    (:mod:`moneyfacts.signals`); run as the program (``argv`` None), one arriving after the
    work is done still ends the process with that code.
    """
    from moneyfacts import signals

    previous = signals.install()
    try:
        return signals.finish(_main(argv))
    except signals.Terminated:
        print("moneyfacts: terminated", file=sys.stderr)
        return signals.finish(143, announced=True)
    except KeyboardInterrupt:
        print("moneyfacts: interrupted", file=sys.stderr)
        return signals.finish(130, announced=True)
    finally:
        signals.restore(previous, late_exit=argv is None)


def _main(argv: Sequence[str] | None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)  # usage errors and --help exit here (SystemExit)
    except BrokenPipeError:  # `moneyfacts --help | head -1`
        _quiet_stdout()
        return 0
    from moneyfacts.errors import MoneyfactsError

    try:
        rc: int = args.func(args)
        sys.stdout.flush()
        return rc
    except _UsageError as exc:
        print(f"moneyfacts: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except (MoneyfactsError, OSError, UnicodeDecodeError) as exc:
        print(f"moneyfacts: error: {exc}", file=sys.stderr)
        return 2


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit-time flush is silent."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # pragma: no cover - no real stdout
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
