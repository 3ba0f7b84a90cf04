"""A currency's hundredth written after a number: '12.5 pence a share' is 0.125 GBP, and
'99 cents' is 0.99 of the dollar a bare '$' is read as (``assumed`` says so, as for '$');
'20 dollars 43 cents' is one amount (:func:`joined`).

The spellings are ``data/lexicon.txt``'s [minor] section, '<spelling> = <currency>': an ISO
code, or '{dollar}' for the caller's dollar. They are read in lower case and only after
digits: '50 Cent' is a name, and 'my two cents' stays words as 'two pounds' does.

>>> from moneyfacts import parse
>>> q = parse("12.5 pence a share")
>>> q.unit, q.value, q.precision, q.per
('GBP', Decimal('0.125'), Decimal('0.001'), 'share')
>>> q = parse("99 cents")
>>> q.unit, q.value, q.assumed
('USD', Decimal('0.99'), "'cents' read as USD (dollar='USD')")
>>> parse("5 euro cents").value
Decimal('0.05')
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.currencies import _lexicon_text, _parse_lexicon, name_sign
from moneyfacts.numbers import Figure
from moneyfacts.parts import Part

__all__ = ["joined", "minor_unit"]


@cache
def _spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the [minor] spellings after a number (longest first: 'euro cents' before
    'cents'), and each spelling's currency."""
    values: dict[str, str] = {}
    for spelling, value, _ in _parse_lexicon(_lexicon_text()).get("minor", []):
        values[" ".join(spelling.split())] = value
    words = sorted(values, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", "[ -]") for w in words)
    return re.compile(rf"[ \u00a0-]?({alternation})\b"), values


@cache
def _join() -> re.Pattern[str]:
    """What may stand between an amount and its hundredths: spaces, or a [minor-join] word."""
    words = [w for w, _, _ in _parse_lexicon(_lexicon_text()).get("minor-join", [])]
    return re.compile(rf"\s+(?:(?:{'|'.join(map(re.escape, words))})\s+)?$", re.IGNORECASE)


def joined(text: str, parts: list[Part]) -> list[Part]:
    """``parts`` with each amount of money followed by its hundredths read as one ('20 dollars
    43 cents' is 20.43 USD, '3 CHF 4 cents' 3.04 CHF): the cents of an amount are in its
    currency, not the caller's dollar. Pence join only pounds, euro cents only euros.

    >>> from moneyfacts import parse
    >>> q = parse("20 dollars and 43 cents")
    >>> q.value, q.text
    (Decimal('20.43'), '20 dollars and 43 cents')
    >>> q = parse("3 Swiss francs 4 cents")
    >>> q.unit, q.value
    ('CHF', Decimal('3.04'))
    """
    out: list[Part] = []
    for b in parts:
        a = out[-1] if out else None
        if (a is not None and b.magnitude == -2 and b.kind == "money" and a.kind == "money"
                and a.magnitude is None and a.currency is not None and b.prefix_start is None
                and (b.sign is not None or b.currency == a.currency)
                and a.fig.value >= 0 and _join().match(text, a.end, b.start) is not None):
            cents = b.scaled()
            a.fig = Figure(a.fig.value + cents.value, min(a.fig.precision, cents.precision))
            a.end, a.per = b.end, a.per or b.per
            continue
        out.append(b)
    return out


def minor_unit(text: str, part: Part) -> bool:
    """Read a hundredth written after the digits of ``part`` into it ('12.5 pence': money,
    GBP, two powers of ten less), or give False when none follows."""
    if not text[part.start : part.start + 1].isdigit():
        return False
    pattern, values = _spellings()
    m = pattern.match(text, part.end)
    if m is None:
        return False
    written = m.group(1)
    value = values[written.replace("-", " ")]
    sign = name_sign(written, value)
    part.end, part.kind = m.end(), "money"
    part.magnitude = (part.magnitude or 0) - 2
    if sign is None:
        part.currency = value
    else:
        part.ambiguous = sign  # '{dollar}': resolved as a bare '$' is
    return True
