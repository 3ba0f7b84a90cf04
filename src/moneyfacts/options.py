"""Command-line options shared by :mod:`moneyfacts.cli` and :mod:`moneyfacts.batch`.

Argument types (each bad value is a usage error, exit 2, naming what was wrong), the option
groups, and the :class:`~moneyfacts.Conventions` the options give. Both the command and the
batch runner import this module; neither imports the other at load time.

>>> import argparse
>>> p = argparse.ArgumentParser()
>>> add_convention_arguments(p)
>>> conventions_from_args(p.parse_args(["--dollar", "aud", "--sign", "Rs=pkr"])).dollar
'AUD'
>>> currency_code("usd")
'USD'
"""

from __future__ import annotations

import argparse
import re
from typing import Any

__all__ = ["currency_code", "day_count", "worker_count", "sign_setting", "tolerance_item",
           "add_convention_arguments", "add_batch_arguments", "conventions_from_args",
           "territory_setting", "MAX_DAYS"]

#: The longest window or look-back in days (a hundred years).
MAX_DAYS = 36600


def currency_code(value: str) -> str:
    """A currency code, any case: 'usd' is USD."""
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise argparse.ArgumentTypeError(f"{value!r} is not a three-letter currency code")
    return code


def day_count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of days") from None
    if not 0 <= n <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{value} is out of range: give 0 to {MAX_DAYS} days")
    return n


def worker_count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= n <= 1024:
        raise argparse.ArgumentTypeError(f"{value} is out of range: give 1 to 1024 processes")
    return n


def sign_setting(value: str) -> tuple[str, str]:
    sign, eq, code = value.rpartition("=")
    if not eq or not sign:
        raise argparse.ArgumentTypeError(f"{value!r}: write SIGN=CODE, e.g. Rs=PKR")
    return sign, currency_code(code)


def territory_setting(value: str) -> str:
    """An ISO 3166-1 alpha-2 territory, any case: 'au' is AU."""
    from moneyfacts.errors import UnknownTerritoryError
    from moneyfacts.publisher import territory_code

    try:
        return territory_code(value)
    except UnknownTerritoryError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code (e.g. AU, KE, GB)") from None


def tolerance_item(value: str) -> tuple[str, str]:
    key, eq, v = value.partition("=")
    if not eq or not key:
        raise argparse.ArgumentTypeError(f"{value!r}: write FIELD=VALUE, e.g. truncation=false")
    return key.strip(), v.strip()


def add_convention_arguments(p: argparse.ArgumentParser) -> None:
    """Add the sign and locale options (``--dollar``, ``--yen``, ``--locale``, ``--sign``,
    ``--no-context``) that :func:`conventions_from_args` reads."""
    p.add_argument("--dollar", type=currency_code, default="USD", metavar="CODE",
                   help="what a bare $ means, any case (default USD)")
    p.add_argument("--yen", type=currency_code, default="JPY", metavar="CODE",
                   help="what a bare ¥ means, any case (default JPY)")
    p.add_argument("--locale", metavar="LOCALE",
                   help="the CLDR locale the numbers are written in, e.g. de or fr_CH; "
                   "auto: found from each text's language")
    p.add_argument("--territory", type=territory_setting, metavar="CC",
                   help="the publisher's territory, an ISO 3166-1 code (e.g. AU, KE): a bare $ "
                   "or Sh the text does not settle is read as its currency, and says so "
                   "(default: from a page's address or declared language, if any)")
    p.add_argument("--sign", action="append", type=sign_setting, metavar="SIGN=CODE",
                   help="what a shared sign means, e.g. Rs=PKR or pesos=MXN (repeatable)")
    p.add_argument("--no-context", action="store_true",
                   help="do not settle shared signs from the text itself")


def add_batch_arguments(p: argparse.ArgumentParser) -> None:
    """Add the JSON Lines batch options to the ``check`` sub-command (run by
    :func:`moneyfacts.batch.run_cli`; kept out of it so that building the parser stays cheap)."""
    g = p.add_argument_group(
        "batch (JSON Lines)",
        "check one record per line: {\"id\": ..., \"text\": ..., \"date\": ...}, optionally with "
        "its own \"dollar\", \"yen\", \"window\", \"conventions\": {...} and \"tolerance\": {...}; "
        "writes one result record per input record, in order",
    )
    g.add_argument("--jsonl", metavar="PATH", help="read records from PATH (- for standard input)")
    g.add_argument("--text-field", default="text", metavar="NAME", help="text field (default text)")
    g.add_argument("--date-field", default="date", metavar="NAME", help="date field (default date)")
    g.add_argument("--id-field", default="id", metavar="NAME", help="id field (default id)")
    g.add_argument("--out", metavar="PATH",
                   help="write results to PATH (default or -: standard output); never the input "
                   "file, nor an existing file that is not a moneyfacts output")
    g.add_argument("--workers", type=worker_count, default=None, metavar="N",
                   help="check in N processes; output order stays the input order (default 1)")
    g.add_argument("--resume", action="store_true",
                   help="continue a killed run: keep the records already in --out and check the "
                   "rest (by position: --out holds the first records of the input, in order)")
    g.add_argument("--no-progress", action="store_true",
                   help="no progress bar on standard error (it counts records done)")


def conventions_from_args(args: argparse.Namespace) -> Any:
    """The :class:`~moneyfacts.Conventions` the command-line options give."""
    from moneyfacts.conventions import Conventions

    signs: Any = dict(getattr(args, "sign", None) or ())  # a mapping; Conventions sorts it
    return Conventions(
        dollar=getattr(args, "dollar", None) or "USD",
        yen=getattr(args, "yen", None) or "JPY",
        locale=getattr(args, "locale", None),
        signs=signs,
        context=not getattr(args, "no_context", False),
        territory=getattr(args, "territory", None),
    )
