"""A long number spelled in English, one group per magnitude, largest first: 'one billion and
one hundred and eighty million four hundred and seventy-four thousand rupees' is
1,180,474,000 rupees, not its last group ('four hundred and seventy-four thousand rupees').

After a scan, an amount or count whose written text opens with a spelled group and a
magnitude word (lexicon.txt [magnitude] entries marked 'words': thousand, million, billion,
lakh, crore...) takes in the spelled groups written right before it, each of a larger
magnitude than the one after it, with nothing between them but spaces, a comma or 'and'
(local19: a parliament's appropriation in words, then in figures). The sum keeps the last
group's precision. :func:`moneyfacts.extract` runs it on English text that writes a
'-illion' word and another magnitude word (two at least: the screen keeps it off most texts). Groups that do not grow leftwards ('two million, three million dollars')
stay apart.

>>> from moneyfacts import extract
>>> m = extract("a total of one billion and one hundred and eighty million four hundred and "
...             "seventy-four thousand rupees (Rs1,180,474,000)").mentions[0]
>>> m.value, m.text[:24]
(Decimal('1180474000'), 'one billion and one hund')
>>> [str(m.value) for m in extract("two million, three thousand people").mentions]
['2003000']
>>> [str(m.value) for m in extract("three thousand, two million people").mentions]
['2000000']
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from moneyfacts.models import Quantity
from moneyfacts.numbers import SPELLED, read_spelled

__all__ = ["join_spelled_groups"]


@cache
def _magnitudes() -> dict[str, int]:
    """The English magnitude words a spelled number may stand before ('million': 6)."""
    from moneyfacts.currencies import lexicon_section

    out: dict[str, int] = {}
    for key, value in lexicon_section("magnitude"):
        parts = value.split()
        if len(parts) == 2 and parts[1] == "words" and key.isascii() and " " not in key:
            out[key.lower()] = int(parts[0])
    return out


@cache
def _group_before() -> re.Pattern[str]:
    """A spelled group and its magnitude ending the text, then a comma, spaces or 'and'."""
    words = rf"(?:{SPELLED})"
    mags = "|".join(sorted(map(re.escape, _magnitudes()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words}(?:[\s-]+{words})*)\s+({mags})\s*,?\s*(?:and\s+)?$",
                      re.IGNORECASE)


@cache
def _group_opens() -> re.Pattern[str]:
    """A spelled group and its magnitude opening a mention's text."""
    words = rf"(?:{SPELLED})"
    mags = "|".join(sorted(map(re.escape, _magnitudes()), key=len, reverse=True))
    return re.compile(rf"{words}(?:[\s-]+{words})*\s+({mags})\b", re.IGNORECASE)


def join_spelled_groups(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """Each mention that opens with a spelled group and a magnitude, with the larger spelled
    groups written right before it added in (see the module's doc)."""
    if not any(text[m.start : m.start + 1].isalpha() for m in mentions):
        return mentions  # most texts: every amount opens with a digit or a sign
    out: list[Quantity] = []
    for m in mentions:
        out.append(_joined(text, m, out[-1].end if out else 0))
    return out


def _joined(text: str, m: Quantity, floor: int) -> Quantity:
    if m.value is None or m.low is not None or not text[m.start : m.start + 1].isalpha():
        return m
    opens = _group_opens().match(text, m.start)
    if opens is None or m.start - floor < 8:
        return m
    power = _magnitudes()[opens.group(1).lower()]
    start, added = m.start, Decimal(0)
    while True:
        found = _group_before().search(text, max(floor, start - 120), start)
        if found is None:
            break
        more = _magnitudes()[found.group(2).lower()]
        if more <= power:
            break
        try:
            group = read_spelled(found.group(1))
        except ValueError:
            break
        added += group.value.scaleb(more)
        start, power = found.start(), more
    if not added:
        return m
    return m.model_copy(update={"value": m.value + added, "start": start,
                                "text": text[start : m.end]})
