"""Typed errors. Every error moneyfacts raises on bad input is a :class:`MoneyfactsError`.

Each message names what was wrong and, where it can, what to do instead.

>>> import moneyfacts
>>> try:
...     moneyfacts.parse("no money here")
... except moneyfacts.errors.ParseError as exc:
...     print(exc)
no amount found in 'no money here'
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "MoneyfactsError",
    "ParseError",
    "AmbiguousCurrencyError",
    "UnknownCurrencyError",
    "RateNotAvailableError",
    "RatesDataError",
    "ProviderError",
    "InputError",
    "DimensionError",
    "UnknownTerritoryError",
]


class MoneyfactsError(Exception):
    """Base class of every error moneyfacts raises on bad input or data."""


class ParseError(MoneyfactsError, ValueError):
    """No quantity could be read from the text (the text is in the message)."""

    def __init__(self, message: str, text: str | None = None) -> None:
        super().__init__(message)
        self.text = text


class AmbiguousCurrencyError(ParseError):
    """A currency sign names several currencies and nothing says which one.

    ``kr`` is Swedish, Norwegian, Danish or Icelandic; moneyfacts does not guess.
    """

    def __init__(self, sign: str, candidates: list[str], text: str | None = None) -> None:
        self.sign = sign
        self.candidates = list(candidates)
        super().__init__(
            f"currency sign {sign!r} is ambiguous ({', '.join(candidates)}); "
            f"write the ISO code instead" + (f" in {text!r}" if text else ""),
            text,
        )


class UnknownCurrencyError(MoneyfactsError, ValueError):
    """A currency code that neither the rate data nor CLDR knows."""

    def __init__(self, currency: str, known: list[str] | None = None, where: str | None = None) -> None:
        self.currency = currency
        hint = f" ({where})" if where else ""
        if known:
            hint += f"; known codes include {', '.join(sorted(known)[:12])}…"
        super().__init__(f"unknown currency {currency!r}{hint}")


class RateNotAvailableError(MoneyfactsError, LookupError):
    """No published rate for the currency on (or shortly before) the date asked.

    The covered range is named; the date is never clamped to the nearest end.
    """

    def __init__(
        self,
        currency: str,
        on: _dt.date,
        first: _dt.date | None = None,
        last: _dt.date | None = None,
        reason: str | None = None,
    ) -> None:
        self.currency = currency
        self.on = on
        self.first = first
        self.last = last
        if reason is None:
            if first is not None and last is not None:
                reason = f"the rate data covers {currency} from {first} to {last}"
            else:
                reason = f"the rate data has no {currency}"
        super().__init__(f"no {currency} rate for {on}: {reason}")


class RatesDataError(MoneyfactsError):
    """A rates file is corrupt or truncated; names the file and line."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"malformed rates file {where}: {problem}")


class ProviderError(MoneyfactsError):
    """A live rate provider failed (timeout, bad answer, service down)."""


class InputError(MoneyfactsError, ValueError):
    """A batch input record or a command-line argument is malformed."""


class DimensionError(InputError):
    """A measure asked in a unit of another dimension ('2 GW' in 'km'), a unit moneyfacts
    does not know, or a conversion of units asked of something that is no measure."""


class UnknownTerritoryError(InputError):
    """A territory that is no ISO 3166-1 alpha-2 country code ('AU', 'KE', 'GB')."""

    def __init__(self, territory: object, where: str | None = None) -> None:
        self.territory = territory
        hint = f" ({where})" if where else ""
        super().__init__(f"unknown territory {territory!r}{hint}: give an ISO 3166-1 alpha-2 "
                         "country code, e.g. AU, KE or GB")
