"""The count-noun matcher: the noun a number counts ('20,000 H200 chips', '30tn tokens').

:func:`count_noun` looks at the next three words after a number for a noun the lexicon
counts, or a plural in lower case: after a big number, or after any plain number when it
follows at most two modifiers in lower case ('52 priority road projects', '61 oil wells').
A currency word, a stop word or a line break ends the search. A plain number is no year
('In 2024 companies ...'), no day of a month ('March 3 officials'), and no label after a
capitalised word ('Section 230 protections', 'Boeing 737 jets'). In Chinese, a classifier of
the lexicon's [count-classifier] section makes a count of the noun after it ('320个项目').
:func:`singular` gives a noun's singular as the lexicon spells it.

>>> from moneyfacts.currencies import lexicon
>>> singular("batteries", lexicon())
'battery'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from moneyfacts.currencies import Lexicon, _lexicon_text, _parse_lexicon
from moneyfacts.locales import LocaleProfile
from moneyfacts.parts import Part
from moneyfacts.signs import WORDS

__all__ = ["count_noun", "singular"]


#: The plural endings ``singular`` cuts, in turn, and what replaces each.
_PLURAL_ENDINGS = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""))
#: Their last letters, and those that do not end in 'es' (all a word not ending so can end in).
_PLURAL_LAST = frozenset(cut[-1] for cut, _ in _PLURAL_ENDINGS)
_PLURAL_NOT_ES = tuple((cut, add) for cut, add in _PLURAL_ENDINGS if not cut.endswith("es"))


def singular(word: str, lex: Lexicon) -> str | None:
    w = word.lower()
    if w in lex.count_nouns:
        return lex.count_nouns[w]
    if w[-1:] not in _PLURAL_LAST:
        return None  # no plural ending ends so ('car', 'data')
    for cut, add in _PLURAL_ENDINGS if w.endswith("es") else _PLURAL_NOT_ES:
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
    lower = True  # every word so far in lower case: modifiers ('priority road projects')
    for _ in range(3):
        m = WORDS.match(text, p)
        if not m or m.start(1) - p > 2 or "\n" in text[p : m.start(1)] or "\r" in text[p : m.start(1)]:
            return pos, None  # a count ends at a line break (a heading, a table cell: '2,026\nshares')
        word = m.group(1).rstrip(".,'’")
        low = word.lower()
        if low in lex.words.stop or _fold(low) in _foreign_magnitudes(lex):
            return pos, None  # 'of', 'the'; 'milliards', 'milhoes': another language's magnitude
        if p == pos and _CJK_FIRST.match(word):
            return _classified(word, m.start(1), pos)
        noun = singular(word, lex)
        if _money_word(low, noun, lex, prof):
            return pos, None
        if noun is not None:
            if noun in lex.not_count or low in lex.not_count:
                return pos, None
            found = _counted(text, m.start(1) + len(word), word, low, noun, part, lex, lower,
                             prof)
            if found is not None:
                return found
        lower = lower and word.islower() and word.isalpha() and word.isascii()
        p = m.start(1) + len(word)
    return pos, None


_CJK_FIRST = re.compile(r"[\u3400-\u9fff]")
_HAN = re.compile(r"[\u3400-\u9fff]+")


@cache
def _section(name: str) -> frozenset[str]:
    """The spellings of one section of ``data/lexicon.txt``."""
    return frozenset(k for k, _, _ in _parse_lexicon(_lexicon_text()).get(name, []))


def _classified(word: str, start: int, pos: int) -> tuple[int, str | None]:
    """'320个项目': a classifier of [count-classifier] right after the number, and the noun
    of Han characters after it (up to [count-noun-end] or four characters), as (end, noun)."""
    classifier = word[0]
    if classifier not in _section("count-classifier"):
        return pos, None
    han = _HAN.match(word, 1)
    if han is None:
        return pos, None
    noun = han.group()[:4]
    for k, ch in enumerate(noun):
        if ch in _section("count-noun-end"):
            noun = noun[:k]
            break
    if not noun or any(ch in _section("count-money-char") for ch in noun):
        return pos, None  # '5306亿台币' is money
    return start + 1 + len(noun), noun


def _plain(text: str, part: Part, prof: LocaleProfile | None) -> bool:
    """May the number of ``part`` count a noun the lexicon does not list? A plain number
    (:func:`_plain_number`) in English: another language's nouns are read with its locale.
    Asked last, only when nothing else decides: the language identifier is the costly part."""
    return _plain_number(text, part) and (
        prof.name.split("_")[0] == "en" if prof is not None else _english(text, part.start))


def _english(text: str, at: int) -> bool:
    """Is the text around ``at`` (its line, up to 150 characters each side) English, as the
    language identifier py3langid has it? Asked only for a small number before a noun the
    lexicon does not list: '15 dolares' and '126 aviones' are no English counts."""
    lo = text.rfind("\n", max(0, at - 150), at) + 1 or max(0, at - 150)
    hi = text.find("\n", at, at + 150)
    return _language(text[lo : hi if hi >= 0 else at + 150]) == "en"


@lru_cache(maxsize=256)
def _language(window: str) -> str:
    import py3langid  # type: ignore[import-untyped]

    language: str = py3langid.classify(window)[0]
    return language


def _fold(word: str) -> str:
    """``word`` without its accents ('milhões' -> 'milhoes')."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_FOLDED: list[Any] = []  # the lexicon and its foreign magnitudes, folded


def _foreign_magnitudes(lex: Lexicon) -> frozenset[str]:
    """The lexicon's other-language magnitude words, with and without their accents."""
    if not _FOLDED or _FOLDED[0] is not lex:
        words = lex.foreign_magnitudes
        _FOLDED[:] = [lex, frozenset([*words, *map(_fold, words)])]
    folded: frozenset[str] = _FOLDED[1]
    return folded


@cache
def _months() -> frozenset[str]:
    """English month names and abbreviations, from CLDR (babel)."""
    from babel import Locale

    months = Locale("en").months
    return frozenset(name.lower().rstrip(".") for width in ("wide", "abbreviated")
                     for name in months["format"][width].values())


def _year(text: str, part: Part) -> bool:
    """Is the number of ``part`` written as a year: four digits from 1900 to 2099, ungrouped
    and with no magnitude ('In 2024 companies raised ...')?"""
    written = text[part.start : part.end]
    return (part.magnitude is None and len(written) == 4 and written.isdigit()
            and 1900 <= int(written) <= 2099)


def _plain_number(text: str, part: Part) -> bool:
    """May the number of ``part`` count a noun the lexicon does not list? Not a year, not a
    day after a month name ('March 3 officials'), not a label after a capitalised word inside
    a sentence ('Section 230 protections', 'Boeing 737 jets'), nor glued to a word."""
    written = text[part.start : part.end]
    if not written[:1].isdigit() or _year(text, part) or (
            written[:1] == "0" and written[1:2].isdigit()):
        return False  # spelled ('two-three gigawatts'); a year; '000' ('80 000 spectators')
    start = part.start
    if start == 0:
        return True
    if text[start - 1] != " ":
        return not (text[start - 1].isalnum() or text[start - 1] in "-/.:#&")
    before = text[max(0, start - 24) : start - 1]
    words = before.split()
    if not words or before[-1:].isspace():
        return True
    prev = words[-1]
    if prev.lower().rstrip(".") in _months():
        return False
    if not prev[:1].isupper():
        return True
    lead = text[: start - 1 - len(prev)].rstrip()  # a capitalised word opening a sentence
    return not lead or lead[-1] in ".!?\"“”:;"


def _money_word(low: str, noun: str | None, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """A currency word, which makes money, never a count: 'liras', 'reais', 'lekes', and a
    currency word of the locale's ('libras' in pt)."""
    cw = lex.currency_words
    if low in cw or (low.endswith("es") and low[:-2] in cw):
        return True
    return prof is not None and low in prof.currency_words and noun not in lex.count_units


def _counted(
    text: str, end: int, word: str, low: str, noun: str, part: Part, lex: Lexicon, lower: bool,
    prof: LocaleProfile | None,
) -> tuple[int, str] | None:
    """Matcher: ``word`` (ending at ``end``) as a counted noun, (end, noun), when the lexicon
    knows it, or it is a plural in lower case after a big number ('30tn tokens') or after a
    plain number with only words in lower case before it (``lower``: '52 priority road
    projects')."""
    known = low in lex.count_nouns or noun in lex.count_units
    big = part.magnitude is not None or (part.fig.value >= 1000 and not _year(text, part))
    plural = word.islower() and word.isalpha() and low.endswith("s")
    if not (known or (big and plural) or (
            lower and plural and word.isascii() and _plain(text, part, prof))):
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
