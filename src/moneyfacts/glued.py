"""Abbreviations glued to the digits in English business copy: 'fell 0.8pc' (percent),
'closed at 452p' (pence), 'down 18c to $4.57' (cents of the dollar a bare '$' is read as).

The letters and what they are read as are ``data/lexicon.txt``'s [glued] section; figures that
are something else with the same letter ('1080p', a video resolution) its [not-glued]. Only
glued ('20 pc games' is no percent), only without a locale (English copy), and a dollar's
cent only where the text writes a '$' ('highs of 25c' in a weather report is a temperature)
or a price per unit follows after a slash ('34c/l': cents a litre).

>>> from moneyfacts import parse
>>> q = parse("Shares closed at 452p")
>>> q.unit, q.value, q.precision
('GBP', Decimal('4.52'), Decimal('0.01'))
>>> parse("The index fell 0.81pc").unit
'percent'
>>> parse("a 1080p screen and 452p shares").value
Decimal('4.52')

A letter that opens a dotted abbreviation is none of these: '4p.m.' is a clock time.
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.currencies import lexicon_section, name_sign
from moneyfacts.parts import Part

__all__ = ["dollar_letters", "glued_unit"]


@cache
def _letters() -> dict[str, str]:
    """[glued]: the abbreviation and what it is read as ('p' -> 'GBP')."""
    return dict(lexicon_section("glued"))


@cache
def _not_glued() -> frozenset[str]:
    """[not-glued]: figures with a glued letter that are no amount ('1080p')."""
    return frozenset(k for k, _ in lexicon_section("not-glued"))


def glued_unit(text: str, part: Part) -> bool:
    """Matcher: read an abbreviation of [glued] right after the digits of ``part`` into it
    (percent, or a currency's hundredth: two powers of ten less), or give False."""
    end = part.end
    for size in (3, 2, 1):
        letters = text[end : end + size]
        if len(letters) == size and letters in _letters() and not text[end + size : end + size + 1].isalnum():
            break
    else:
        return False
    if not text[part.start : part.start + 1].isdigit() or text[part.start : end + size] in _not_glued():
        return False
    if _dotted_on(text, end + size):
        return False  # '4p.m.', '4.30p.m.': the letters open a dotted abbreviation (a time)
    value = _letters()[letters]
    if value == "percent":
        part.end, part.kind, part.unit = end + size, "percent", "percent"
        return True
    sign = name_sign(letters, value)
    prefixed = dollar_letters(text, part.start) if sign is not None else None
    if prefixed is not None:  # 'US50c': cents of the dollar its letters name
        part.end, part.kind, part.currency = end + size, "money", prefixed[1]
        part.prefix_start = prefixed[0]
        part.magnitude = (part.magnitude or 0) - 2
        return True
    if sign is not None and "$" not in text and not _per_slash(text, end + size) and (
            _cent_sign().search(text) is None):
        return False  # '25c' with no dollar in the text: a temperature, say
    part.end, part.kind = end + size, "money"
    part.magnitude = (part.magnitude or 0) - 2
    if sign is None:
        part.currency = value
    else:
        part.ambiguous = sign
    return True


def dollar_letters(text: str, start: int) -> tuple[int, str] | None:
    """(gnews19) The letters glued before the digits at ``start`` that, with a '$' after them,
    are a prefixed dollar sign of one currency in the lexicon ('US' of 'US$', 'NZ', 'HK'), as
    Australian and New Zealand copy writes a dollar's cents ('rose US50c'): where they start
    and the currency; None otherwise. Two letters or more (a lone 'A' or 'C' before digits is
    a grade or a model), after no letter or digit.

    >>> dollar_letters("rose US50c to", 7), dollar_letters("the A50c mark", 5)
    ((5, 'USD'), None)
    """
    from moneyfacts.currencies import prefixed_dollars

    k = start
    while k > 0 and "A" <= text[k - 1] <= "Z" and start - k < 3:
        k -= 1
    letters = text[k:start]
    if len(letters) < 2 or (k > 0 and text[k - 1].isalnum()):
        return None
    code = prefixed_dollars().get(letters)
    return None if code is None else (k, code)


@cache
def _cent_sign() -> re.Pattern[str]:
    """(news_20) A sign before digits that the lexicon reads as a currency whose hundredth
    English calls a cent and that is no dollar ([cent-of]: 'R' the rand, 'KSh' the Kenyan
    shilling): a text that writes one writes its cents glued as a dollar's are ('EPS rose to
    599.7c ... R513 million'), and the resolver reads them as that currency's
    (moneyfacts.resolve._hundredths_of_dollar).

    >>> bool(_cent_sign().search("earnings of R513 million")), bool(_cent_sign().search("Rome 25c"))
    (True, False)
    """
    from moneyfacts.currencies import lexicon

    cents = {k for k, _ in lexicon_section("cent-of")}
    signs = sorted((t for t, sign in lexicon().signs.items()
                    if sign.codes and all(c in cents for c in sign.codes)
                    and " " not in t and not t.islower()), key=lambda t: (-len(t), t))
    alternation = "|".join(map(re.escape, signs)) or "(?!)"
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternation})[ \u00a0]?\d")


def _per_slash(text: str, at: int) -> bool:
    """Whether a slash and a letter follow at ``at``: the glued letter is a price per unit
    ('34c/l', '12c/kWh': cents a litre, a kilowatt-hour), which no temperature is (local19:
    a South African fuel story writes 'c/l' and no '$').

    >>> _per_slash("rose 34c/l today", 8), _per_slash("highs of 25c/30c", 11)
    (True, False)
    """
    return text[at : at + 1] == "/" and text[at + 1 : at + 2].isalpha()


def _dotted_on(text: str, at: int) -> bool:
    """Whether a full stop and a small letter follow at ``at``: the glued letters before
    start a dotted abbreviation ('4p.m.', '9p.m. on Friday': a clock time; gnews18: read as
    4 and 9 pence), not an abbreviation of their own; a full stop then a capital ends a
    sentence written without its space ('closed at 452p.The index': pence).

    >>> _dotted_on("at 4p.m. today", 5), _dotted_on("at 452p.The", 7), _dotted_on("3p. Then", 2)
    (True, False, False)
    """
    return text[at : at + 1] == "." and text[at + 1 : at + 2].islower()

