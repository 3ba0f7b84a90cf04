"""``moneyfacts rates``: ``info`` (sources, coverage, last days), ``update`` and ``reset``.

``update`` merges what it gets (a download or ``--file``) into the history held: a partial
file adds its days and never shortens the history. ``reset`` removes the updates from the
user cache, back to the bundled rates.

:func:`register` adds the sub-command to an argparse sub-parsers object; :func:`run` runs
parsed arguments and returns the exit code (0 done, 2 a failure such as a provider error or
a bad file, reported on standard error).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="moneyfacts")
>>> _ = register(parser.add_subparsers(dest="command"))
>>> args = parser.parse_args(["rates", "update", "--provider", "forex-python", "--timeout", "5"])
>>> args.rates_command, args.provider, args.timeout
('update', 'forex-python', 5.0)
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

from moneyfacts.errors import MoneyfactsError

__all__ = ["register", "run"]


def _seconds(value: str) -> float:
    """A timeout: a finite number of seconds above zero (else a usage error, exit 2)."""
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not math.isfinite(t) or not 0 < t <= 3600:
        raise argparse.ArgumentTypeError(f"{value} is out of range: give more than 0 and at most "
                                         "3600 seconds")
    return t


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``rates`` with ``info``, ``update`` and ``reset`` to an argparse sub-parsers object."""
    p: argparse.ArgumentParser = subparsers.add_parser("rates", help="show or refresh the exchange-rate data")
    sub = p.add_subparsers(dest="rates_command", metavar="{info,update,reset}")
    sub.required = True
    info = sub.add_parser("info", help="sources, their coverage and last days")
    info.add_argument("--currency", "-c", action="append", metavar="CODE",
                      help="also show the coverage of these currencies")
    up = sub.add_parser("update", help="download the latest ECB history and merge it into the "
                        "history held (user cache)")
    up.add_argument("--provider", choices=["ecb", "forex-python"], default="ecb",
                    help="ecb: the ECB's history file (default); forex-python: recent days "
                    "through forex-python (extra 'live')")
    up.add_argument("--file", metavar="PATH",
                    help="merge a downloaded eurofxref-hist.zip/.csv (all of it or some days) "
                    "instead of downloading")
    up.add_argument("--timeout", type=_seconds, default=30.0, metavar="SECONDS",
                    help="network timeout, above 0 and at most 3600 (default 30)")
    sub.add_parser("reset", help="remove the updated rates from the user cache: back to the "
                   "bundled rates")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, *, fetch: Any = None, client: Any = None, console: Any = None) -> int:
    """Run ``rates info`` or ``rates update``; return the exit code.

    ``fetch`` (``(url, timeout) -> bytes``) and ``client`` (a forex-python ``CurrencyRates``)
    replace the network in tests; ``console`` is a rich Console to print to.
    """
    from rich.console import Console

    out = console or Console()
    try:
        if args.rates_command == "info":
            return _info(args, out)
        if args.rates_command == "reset":
            return _reset(out)
        return _update(args, out, fetch, client)
    except MoneyfactsError as exc:
        err = console or Console(stderr=True)
        err.print(f"moneyfacts: error: {exc}", markup=False, highlight=False, soft_wrap=True)
        return 2


def _info(args: argparse.Namespace, out: Any) -> int:
    from rich.table import Table

    from moneyfacts.rates.store import default_store

    store = default_store().load()
    table = Table(title="moneyfacts exchange rates")
    for col in ("source", "currencies", "first day", "last day", "file"):
        table.add_column(col)
    t = store.ecb_table
    ecb_codes = sorted(store.ecb_currencies())
    table.add_row("ECB euro reference rates", str(len(ecb_codes)), str(t.first), str(t.last), t.path)
    if store.nbp is not None:
        nbp_codes = sorted(store.nbp_currencies() - {"PLN"})
        spans = [store.coverage(c) for c in nbp_codes]
        table.add_row(
            "NBP tables A and B (PLN)",
            str(len(nbp_codes)),
            str(min(s[0] for s in spans)),
            str(max(s[1] for s in spans)),
            store.nbp.path,
        )
    out.print(table)
    if args.currency:
        cov = Table(title="coverage")
        for col in ("currency", "first day", "last day", "source"):
            cov.add_column(col)
        for code in args.currency:
            first, last, source = store.coverage(code)
            cov.add_row(code.upper(), str(first), str(last), source)
        out.print(cov)
    return 0


def _update(args: argparse.Namespace, out: Any, fetch: Any, client: Any) -> int:
    from moneyfacts.rates import update

    if args.file:
        res = update.install_file(args.file)
    elif args.provider == "forex-python":
        res = update.update_forex_python(client=client, timeout=args.timeout)
    else:
        res = update.update_ecb(fetch=fetch, timeout=args.timeout)
    if res.source == "ECB":
        out.print(f"merged {res.added} new or corrected day(s) into the ECB history: now "
                  f"{res.days} days, {res.first} to {res.last}, in {res.path}",
                  markup=False, highlight=False)
    elif res.days:
        out.print(f"installed {res.days} days of {res.source} rates, {res.first} to {res.last}, "
                  f"in {res.path}", markup=False, highlight=False)
    else:
        out.print(f"no new {res.source} rates", markup=False, highlight=False)
    return 0


def _reset(out: Any) -> int:
    from moneyfacts.rates import update
    from moneyfacts.rates.store import cache_dir

    removed = update.reset()
    if removed:
        out.print("removed " + ", ".join(str(p) for p in removed) + "; using the bundled rates",
                  markup=False, highlight=False)
    else:
        out.print(f"nothing to reset in {cache_dir()}: using the bundled rates",
                  markup=False, highlight=False)
    return 0


if __name__ == "__main__":  # pragma: no cover
    parser = argparse.ArgumentParser(prog="moneyfacts")
    register(parser.add_subparsers(dest="command"))
    sys.exit(run(parser.parse_args()))
