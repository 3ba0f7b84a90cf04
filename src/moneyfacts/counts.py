"""The count-noun matcher: the noun a number counts ('20,000 H200 chips', '30tn tokens').

:func:`count_noun` looks at the next three words after a number for a noun the lexicon
counts, or a plural in lower case after a big number; a currency word or a stop word ends the
search. :func:`singular` gives a noun's singular as the lexicon spells it.

>>> from moneyfacts.currencies import lexicon
>>> singular("batteries", lexicon())
'battery'
"""

from __future__ import annotations

from moneyfacts.currencies import Lexicon
from moneyfacts.locales import LocaleProfile
from moneyfacts.parts import Part
from moneyfacts.signs import WORDS

__all__ = ["count_noun", "singular"]


def singular(word: str, lex: Lexicon) -> str | None:
    w = word.lower()
    if w in lex.count_nouns:
        return lex.count_nouns[w]
    for cut, add in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if w.endswith(cut) and len(w) > len(cut) + 1:
            stem = w[: -len(cut)] + add
            if stem in lex.count_nouns:
                return lex.count_nouns[stem]
            return stem
    return None


def count_noun(
    text: str, pos: int, part: Part, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, str | None]:
    """The counted noun in the next three words ('20,000 H200 chips'): (end, noun), or
    (``pos``, None)."""
    p = pos
    for _ in range(3):
        m = WORDS.match(text, p)
        if not m or m.start(1) - p > 2 or "\n" in text[p:m.start(1)] or "\r" in text[p:m.start(1)]:
            return pos, None  # a count ends at a line break (a list of headlines, a title)
        word = m.group(1).rstrip(".,'’")
        low = word.lower()
        if low in lex.words.stop:
            return pos, None
        noun = singular(word, lex)
        if _money_word(low, noun, lex, prof):
            return pos, None
        if noun is not None:
            if noun in lex.not_count or low in lex.not_count:
                return pos, None
            found = _counted(text, m.start(1) + len(word), word, low, noun, part, lex)
            if found is not None:
                return found
        p = m.start(1) + len(word)
    return pos, None


def _money_word(low: str, noun: str | None, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """A currency word, which makes money, never a count: 'liras', 'reais', 'lekes', and a
    currency word of the locale's ('libras' in pt)."""
    cw = lex.currency_words
    if low in cw or (low.endswith("es") and low[:-2] in cw):
        return True
    return prof is not None and low in prof.currency_words and noun not in lex.count_units


def _counted(
    text: str, end: int, word: str, low: str, noun: str, part: Part, lex: Lexicon
) -> tuple[int, str] | None:
    """Matcher: ``word`` (ending at ``end``) as a counted noun, (end, noun), when the lexicon
    knows it or a big number comes before a plural in lower case ('30tn tokens')."""
    known = low in lex.count_nouns or noun in lex.count_units
    big = part.magnitude is not None or part.fig.value >= 1000
    if not (known or (big and word.islower() and word.isalpha() and low.endswith("s"))):
        return None
    if not known:
        two = _two_words(text, end, low, lex)
        if two is not None:
            return two
    return end, noun


def _two_words(text: str, end: int, low: str, lex: Lexicon) -> tuple[int, str] | None:
    """Matcher: 'graphics cards', a noun of two words the lexicon lists, (end, noun)."""
    nxt = WORDS.match(text, end)
    if nxt is not None and nxt.start(1) == end + 1:
        w2 = nxt.group(1).rstrip(".,'’")
        two = f"{low} {w2.lower()}"
        for key in (two, two[:-1] if two.endswith("s") else two):
            if key in lex.count_nouns:
                return nxt.start(1) + len(w2), lex.count_nouns[key]
    return None
