"""Signs settled by context: the text itself says which of a shared sign's currencies it means.

A sign several currencies share (``pesos``, ``kr``, ``Rs``, ``P``, ``riyals``, ``dinars``, the
bare ``$`` and ``¥``) is read as the one candidate the text names: in an amount written with an
unambiguous sign or name ("Mexican pesos", also in a stated-rate line), by its ISO code, or by
the dateline's city or country. The bare ``$`` and ``¥`` are settled by the dateline only, and
only when the text writes no other sign of their family (``A$``, ``US$``). When nothing
settles a sign, the reading the caller's :class:`~moneyfacts.conventions.Conventions` or the
lexicon gave stands. This step runs after the scan has read every amount of the text
(``Conventions(context=False)`` turns it off).

>>> from moneyfacts import extract
>>> [m.assumed for m in extract("MANILA - The bank lent P90 billion.").mentions]
["'P' read as PHP: dateline MANILA"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from moneyfacts.currencies import Lexicon, Sign, lexicon

__all__ = ["settle", "family"]


class Reading(Protocol):
    """What this step reads and sets of one amount the scan has read."""

    start: int
    end: int
    prefix_start: int | None
    kind: str | None
    currency: str | None
    assumed: str | None
    ambiguous: Sign | None
    sign: Sign | None


#: 'KARACHI, Pakistan (Reuters) -', 'SYDNEY (Reuters) —', 'MANILA -': a dateline's place in
#: capitals at the start, then a comma, a bracket, a dash or a colon.
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?:,\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?\s*(?:\(|,|—|–|-|:)"
)


@cache
def _territory_currencies(territory: str) -> tuple[str, ...]:
    from babel.numbers import get_territory_currencies

    try:
        return tuple(get_territory_currencies(territory))
    except Exception:  # pragma: no cover - a territory babel does not know
        return ()


@cache
def family(param: str) -> frozenset[str]:
    """The currencies a bare '$' or '¥' may stand for: those of the signs that contain it."""
    lex = lexicon()
    mark = "$" if param == "dollar" else "¥"
    return frozenset(
        sign.codes[0] for text, sign in lex.signs.items()
        if mark in text and len(sign.codes) == 1 and sign.codes[0] != "?"
    ) | frozenset({"USD"} if param == "dollar" else {"CNY", "JPY"})


def _dateline(text: str, lex: Lexicon) -> tuple[str, tuple[str, ...]] | None:
    """The place a story is datelined, and its territory's currencies."""
    if not text[:1].isspace() and not text[1:2].isupper():
        return None  # 'The ...': no dateline opens with a capital and a small letter
    m = _DATELINE.match(text)
    if m is None:
        return None
    for place in (m.group(1), m.group(2)):
        if place:
            territory = lex.datelines.get(place.upper())
            if territory is not None:
                return m.group(1), _territory_currencies(territory)
    return None


def settle(text: str, parts: Sequence[Reading], lex: Lexicon) -> None:
    """Read each shared sign as the text settles it (see Conventions.context)."""
    dateline = _dateline(text, lex)
    if dateline is None:
        for part in parts:  # the bare '$' and '¥' are settled by a dateline only
            if part.sign is not None and part.sign.param is None:
                break
        else:
            return
    explicit: dict[str, str] = {}
    for p in parts:
        if p.sign is None and p.currency is not None and p.kind == "money":
            start = p.prefix_start if p.prefix_start is not None else p.start
            explicit.setdefault(p.currency, text[start : p.end])
    low = ""
    settled: dict[str, tuple[str, str] | None] = {}  # by the sign as written
    for part in parts:
        sign = part.sign
        if sign is None:
            continue
        if sign.text not in settled:
            if sign.param is not None:
                members = family(sign.param)
                found: tuple[str, str] | None = None
                if dateline and not any(code in members for code in explicit):
                    cands = [c for c in dateline[1] if c in members]
                    if len(cands) == 1:
                        found = cands[0], f"{sign.text!r} read as {cands[0]}: dateline {dateline[0]}"
                settled[sign.text] = found
            else:
                if not low:
                    low = text.lower()
                settled[sign.text] = _evidence(text, low, sign, explicit, dateline, lex)
        reading = settled[sign.text]
        if reading is not None:
            part.currency, part.assumed, part.ambiguous = reading[0], reading[1], None


def _evidence(
    text: str, low: str, sign: Sign, explicit: dict[str, str],
    dateline: tuple[str, tuple[str, ...]] | None, lex: Lexicon,
) -> tuple[str, str] | None:
    """The one candidate of a shared sign that the text names, and how it names it."""
    found: dict[str, str] = {}
    for code in sign.codes:
        if code == "?":
            continue
        if code in explicit:
            found[code] = f"{explicit[code]!r} in the text"
        elif code in text and re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", text):
            found[code] = f"ISO code {code} in the text"
        else:
            for name in lex.names_by_code.get(code, ()):
                if name in low:
                    found[code] = f"{name!r} in the text"
                    break
    if not found and dateline is not None:
        for code in sign.codes:
            if code in dateline[1]:
                found[code] = f"dateline {dateline[0]}"
    if len(found) != 1:
        return None
    code, why = next(iter(found.items()))
    return code, f"{sign.text!r} read as {code}: {why}"
