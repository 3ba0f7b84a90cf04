"""Magnitudes after a number: '5bn', '5 billion', '1.5 lakh crore', '₹1.5 lk cr', '5 亿'.

:func:`magnitude` reads the power of ten written after a number, from the lexicon's
``[magnitude]`` section (and, with a CLDR locale, that locale's compact markers: 'Mio.',
'Mrd.', 'milliards'). A two-word magnitude ('lakh crore', 'lk cr') is read as one.

>>> from moneyfacts.currencies import lexicon
>>> magnitude("5 lk cr", 1, lexicon())
(7, 12, True)
>>> magnitude("5nm", 1, lexicon())  # letters glued to the number that are not ours
(1, None, False)
"""

from __future__ import annotations

import re

from moneyfacts.currencies import Lexicon
from moneyfacts.locales import LocaleProfile
from moneyfacts.signs import CJK_FIRST, CJK_LAST, GAP, GAP_START, suffix_currency

__all__ = ["magnitude"]

_ALPHA = re.compile(r"[^\W\d_]+")
_SPACED_WORD = re.compile(rf"{GAP.pattern}([^\W\d_]+)")


def magnitude(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, int | None, bool]:
    """(end, power, ok). ``ok`` is False when letters glued to the number are not ours."""
    if prof is not None:
        gap = GAP.match(text, pos)
        for start in dict.fromkeys((pos, gap.end() if gap else pos)):
            # A currency that starts here and is longer than a marker wins: 'BRL' is no 'B'.
            currency_end = suffix_currency(text, start, lex, prof, words=False)[0]
            for marker, power in prof.markers_longest_first:
                if text.startswith(marker, start) and currency_end - start <= len(marker):
                    end = start + len(marker)
                    if not text[end : end + 1].isalpha() or (
                        suffix_currency(text, end, lex, prof, words=False)[0] != end
                    ):
                        return end, power, True
    c = text[pos : pos + 1]
    if not c or not (c.isalpha() or c in GAP_START):
        return pos, None, True  # ')', ',', '.', '%', the end: no magnitude, nothing glued
    if CJK_FIRST <= c <= CJK_LAST:
        for k in (2, 1):
            cand = text[pos : pos + k]
            if cand in lex.magnitudes:
                return pos + k, lex.magnitudes[cand], True
        return pos, None, True
    m = _ALPHA.match(text, pos) if c.isalpha() else None
    if m:  # letters glued to the digits: '5bn', '$450k', 'Rs45,000cr', '3nm''
        w = m.group()
        glued = lex.magnitudes.get(w)
        if glued is None:
            glued = lex.magnitudes_ci.get(w.lower())
        if glued is None:
            if w.lower() in lex.compound_only:
                two = _compound(text, m.end(), None, w, lex)
                if two[1] is not None:
                    return two[0], two[1], True
            return pos, None, w in lex.codes
        return _compound(text, m.end(), glued, w, lex)
    m = _SPACED_WORD.match(text, pos)  # the gap and the word after it, in one match
    if m:
        word = m.group(1)
        if CJK_FIRST <= word[0] <= CJK_LAST:  # '5 亿美元'
            after = m.start(1)
            for k in (2, 1):
                if text[after : after + k] in lex.magnitudes:
                    return after + k, lex.magnitudes[text[after : after + k]], True
            return pos, None, True
        if len(word) > 1:
            low = word.lower()
            spaced = lex.magnitudes_ci.get(low)
            if spaced is not None:
                if low not in lex.compound_starts:  # _compound's first test, saving a call
                    return m.end(), spaced, True
                return _compound(text, m.end(), spaced, word, lex)
            if low in lex.compound_only:  # 'lk cr': the first word is no magnitude alone
                two = _compound(text, m.end(), None, word, lex)
                if two[1] is not None:
                    return two[0], two[1], True
    return pos, None, True


def _compound(
    text: str, end: int, power: int | None, word: str, lex: Lexicon
) -> tuple[int, int | None, bool]:
    """A two-word magnitude ('lakh crore'), else the one word already read."""
    if word.lower() not in lex.compound_starts:
        return end, power, True
    gap = GAP.match(text, end)
    if gap:
        m = _ALPHA.match(text, gap.end())
        if m:
            key = f"{word.lower()} {m.group().lower()}"
            if key in lex.magnitudes_ci:
                return m.end(), lex.magnitudes_ci[key], True
    return end, power, True
