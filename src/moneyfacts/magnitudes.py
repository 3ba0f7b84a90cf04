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
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from moneyfacts.currencies import Lexicon
from moneyfacts.locales import LocaleProfile, fold
from moneyfacts.signs import CJK_FIRST, CJK_LAST, GAP, GAP_START, code_magnitudes, suffix_currency

__all__ = ["magnitude", "foreign_language", "fold_accents", "cjk_rest"]

_ALPHA = re.compile(r"[^\W\d_]+")
_SPACED_WORD = re.compile(rf"{GAP.pattern}([^\W\d_]+)")


#: What a magnitude matcher returns: (end, power, ok); ``ok`` is False when letters glued to
#: the number are not ours.
Magnitude = tuple[int, int | None, bool]


def magnitude(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, int | None, bool]:
    """(end, power, ok). ``ok`` is False when letters glued to the number are not ours, or
    when the word after it is another language's magnitude ('5 milliards': ``end`` after it).

    Tried in order: the locale's markers (with ``prof``), a CJK magnitude, letters glued to
    the number ('5bn'), a word after a space or hyphen ('5 billion', '2.5 lakh crore').

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> magnitude("5bn", 1, lex), magnitude("2 lakh crore", 1, lex), magnitude("5xyz", 1, lex)
    ((3, 9, True), (12, 12, True), (1, None, False))
    """
    if prof is not None:
        found = _locale_marker(text, pos, lex, prof)
        if found is not None:
            return found
    c = text[pos : pos + 1]
    if c in GAP_START:
        m = _SPACED_WORD.match(text, pos)  # the gap and the word after it, in one match
    elif not c.isalpha():
        return pos, None, True  # ')', ',', '.', '%', the end: no magnitude, nothing glued
    elif CJK_FIRST <= c <= CJK_LAST:
        return _cjk_magnitude(text, pos, pos, lex)
    else:  # letters glued to the digits: '5bn', '$450k', 'Rs45,000cr', '3nm''
        m = _ALPHA.match(text, pos)
        if m:
            return _glued(text, pos, m.group(), m.end(), lex)
        return pos, None, True  # pragma: no cover - a letter _ALPHA does not take
    if m is None:
        return pos, None, True
    # The word after a space or hyphen (read here, not in a matcher of its own: a call a
    # number saved): a CJK magnitude ('5 亿美元'), or a magnitude word of two letters or more,
    # one word or two. What the word is, it says alone (:func:`_word`, looked up once).
    word = m.group(1)
    kind = _word(word, lex)
    if kind.cjk:
        return _cjk_magnitude(text, m.start(1), pos, lex)
    wend = m.end()
    if text[wend : wend + 1] > "\x7f" and unicodedata.category(text[wend])[0] == "M":
        wend = _word_end(text, wend)  # 'बिलियन': a word with its vowel signs
        word = text[m.start(1) : wend]
        kind = _word(word, lex)
    if kind.code_power is not None:
        return m.start(1) + 1, kind.code_power, True  # '30 MUSD': M, then USD
    spaced = kind.power
    if spaced is not None:
        if not kind.compound_start:
            if prof is not None and text[wend : wend + 1] == ".":  # with a locale only
                wend = _abbreviation_point(text, wend, word)  # '7 mio. euro' (nl)
            return _stacked(text, wend, spaced, lex)
        power: int | None  # declared: mypyc infers None from the narrowed branch
        end, power, ok = _compound(text, wend, spaced, word, lex)
        if power is None:
            return end, None, ok
        return _stacked(text, end, power, lex)
    if kind.compound_only:
        two = _compound_only(text, wend, word, lex)
        if two is not None:
            return two
    elif kind.foreign:
        return wend, None, False  # 'bilhões', 'milhoes', 'milliards': not ours (see after)
    return pos, None, True


@dataclass(frozen=True, slots=True)
class _Word:
    """What a word after a number is to the magnitude reading, which the word alone says."""

    cjk: bool = False  # starts with a CJK character ('亿美元')
    code_power: int | None = None  # an ISO code with its magnitude letter ('MUSD': 6)
    power: int | None = None  # a magnitude word of two letters or more ('billion': 9)
    compound_start: bool = False  # it may start a two-word magnitude ('lakh crore')
    compound_only: bool = False  # it starts one and is none alone ('lk' of 'lk cr')
    foreign: bool = False  # another language's magnitude ('milliards', 'bilhões')


#: The words met after numbers, and what they are, for the lexicon ``_WORDS_OF`` holds
#: (emptied when large: a stream of news meets more words than are worth keeping).
_WORDS: dict[str, _Word] = {}
_WORDS_OF: list[Lexicon] = []


def _word(word: str, lex: Lexicon) -> _Word:
    """What ``word`` is to :func:`magnitude` (looked up in the lexicon once per word)."""
    found = _WORDS.get(word)
    if found is None or _WORDS_OF[0] is not lex:
        found = _learn(word, lex)
    return found


def _learn(word: str, lex: Lexicon) -> _Word:
    if not _WORDS_OF or _WORDS_OF[0] is not lex or len(_WORDS) >= 4096:
        _WORDS.clear()
        _WORDS_OF[:] = [lex]
    found = _WORDS[word] = _classify(word, lex)
    return found


def _classify(word: str, lex: Lexicon) -> _Word:
    """:func:`_word` for a word not met before: each of the lexicon's tables asked (the
    callers decide which answer comes first)."""
    low = word.lower()
    long = len(word) > 1
    return _Word(
        cjk=CJK_FIRST <= word[0] <= CJK_LAST,
        code_power=code_magnitudes()[word[0]] if len(word) == 4 and word[0] in code_magnitudes()
        and word[1:] in lex.codes else None,
        power=lex.magnitudes_ci.get(low) if long else None,
        compound_start=long and low in lex.compound_starts,
        compound_only=long and low in lex.compound_only,
        foreign=long and foreign_language(low, lex) is not None)


def _word_end(text: str, at: int) -> int:
    """The end of the word of letters and combining marks (Unicode categories L and M)
    going on at ``at``: a Devanagari, Bengali or Thai word is not cut at its first vowel
    sign."""
    while at < len(text) and (text[at].isalpha() or unicodedata.category(text[at])[0] == "M"):
        at += 1
    return at


def _stacked(text: str, end: int, power: int, lex: Lexicon) -> Magnitude:
    """'£4 thousand million', 'Rs 45 thousand crore', 'a million million': a magnitude word
    after a magnitude word, as great or greater, multiplies it (never dropped).

    >>> from moneyfacts.currencies import lexicon
    >>> magnitude("4 thousand million", 1, lexicon()), magnitude("4 million million", 1, lexicon())
    ((18, 9, True), (17, 12, True))
    """
    m = _SPACED_WORD.match(text, end)
    if m is not None:
        word = m.group(1)
        kind = _word(word, lex)
        nxt = kind.power
        if nxt is not None and nxt >= power:
            e2, p2, _ = _compound(text, m.end(), nxt, word, lex)
            return _stacked(text, e2, power + (p2 if p2 is not None else nxt), lex)
        if nxt is None and len(word) > 3 and kind.foreign:
            return m.end(), None, False  # '$ 1,17 mil millones': not a million only
    return end, power, True


def _abbreviation_point(text: str, at: int, word: str) -> int:
    """After a magnitude abbreviated without its point in the lexicon ('mld', 'mio', 'bln'):
    the point at ``at`` is the abbreviation's when the sentence goes on after it, with a word
    in lower case or a currency sign ('210 mld. di euro', '7 mio. euro', '4 bln. €'); the end
    after it then, else ``at`` (a full stop: '... di 8,6 mld. Il gruppo').

    >>> _abbreviation_point("61 mld. di euro", 6, "mld"), _abbreviation_point("6 mld. Il", 5, "mld")
    (7, 5)
    """
    if len(word) > 4 or not word.isalpha() or text[at + 1 : at + 2] not in GAP_START:
        return at
    gap = GAP.match(text, at + 1)
    nxt = text[gap.end() if gap else at + 1 : (gap.end() if gap else at + 1) + 1]
    if nxt.islower() or (nxt and unicodedata.category(nxt) == "Sc"):
        return at + 1
    return at


def fold_accents(word: str) -> str:
    """``word`` without its accents ('milhões' -> 'milhoes'), as writers without them spell it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def foreign_language(low: str, lex: Lexicon) -> str | None:
    """The language whose magnitude the lower-case word ``low`` is, with or without its
    accents ('bilhões', 'milhoes': 'pt'), when it is none of ours; else None.

    >>> from moneyfacts.currencies import lexicon
    >>> foreign_language("milhoes", lexicon()), foreign_language("million", lexicon())
    ('pt', None)
    """
    found = lex.foreign_magnitudes.get(low)
    if found is not None:
        return found
    folded = _FOLDED[0][1] if _FOLDED and _FOLDED[0][0] is lex else _folded_foreign(lex)
    found = folded.get(low)
    if found is None and not low.isascii():
        found = folded.get(fold_accents(low))
    return found


#: The lexicon's foreign magnitudes without accents, with their language (made once for the
#: lexicon they were made for).
_FOLDED: list[tuple[Lexicon, dict[str, str]]] = []


def _folded_foreign(lex: Lexicon) -> dict[str, str]:
    folded: dict[str, str] = {}
    for word, lang in lex.foreign_magnitudes.items():
        f = fold_accents(word)
        if f not in lex.magnitudes_ci and f not in lex.compound_only and (
                f not in lex.currency_words):
            folded.setdefault(f, lang)
    _FOLDED[:] = [(lex, folded)]
    return folded


def _locale_marker(text: str, pos: int, lex: Lexicon, prof: LocaleProfile) -> Magnitude | None:
    """A marker of the locale's compact formats ('Mrd.'), at ``pos`` or after a space."""
    gap = GAP.match(text, pos)
    for start in dict.fromkeys((pos, gap.end() if gap else pos)):
        # A currency that starts here and is longer than a marker wins: 'BRL' is no 'B'.
        currency_end = suffix_currency(text, start, lex, prof, words=False)[0]
        voweled = _voweled_marker(text, start, prof) if text[start : start + 1] > "\u05ff" else None
        if voweled is not None and voweled[1] is not None:  # stacked as any marker ('9 వేల
            return _stacked_marker(text, voweled[0], voweled[1], lex, prof)  # కోట్లు')
        for marker, power in prof.markers_longest_first:
            if text.startswith(marker, start) and currency_end - start <= len(marker):
                end = start + len(marker)
                if not text[end : end + 1].isalpha() or (  # '50만달러': a name glued to it
                    suffix_currency(text, end, lex, prof)[0] != end
                ):
                    if text[end : end + 1] == ".":
                        end = _abbreviation_point(text, end, marker)  # 'mld. di euro' (it)
                        return end, power, True
                    return _stacked_marker(text, end, power, lex, prof)
        first = text[start : start + 1]
        if first.isupper() and text[start + 1 : start + 2].isalpha() and (
                text[start + 1].isupper() or first.lower() in _word_initials(prof.name)):
            return _capital_marker(text, start, prof)  # 'MILLONES', 'Milyar' in a headline
        if "\u0900" <= first <= "\u0dff":
            glued = _postposition_marker(text, start, prof)
            if glued is not None:
                return glued
    return None


def _postposition_marker(text: str, start: int, prof: LocaleProfile) -> Magnitude | None:
    """(asia23) A marker of the locale with a postposition glued onto it, in the Indian
    scripts ('रु.२ अर्बभन्दा बढी', more than 2 arab rupees; 'कोटीचा'): the magnitude, to the end
    of the word; never dropped (the figure alone, 2 rupees, was a silent wrong value).

    >>> from moneyfacts.locales import profile
    >>> _postposition_marker("२ अर्बभन्दा बढी", 2, profile("ne"))
    (11, 9, True)
    """
    end = _word_end(text, start)
    word = text[start:end]
    for marker, power in prof.markers_longest_first:
        if len(marker) < 2 or len(word) <= len(marker) or not "\u0900" <= marker[0] <= "\u0dff":
            continue
        if word.startswith(marker) and unicodedata.category(word[len(marker)])[0] == "L":
            return end, power, True
        stem = marker[:-1]  # a final virama gives way to the vowel sign of what is glued on
        if unicodedata.name(marker[-1], "").endswith("SIGN VIRAMA") and word.startswith(stem) and (
                unicodedata.category(word[len(stem)]) in ("Mn", "Mc")) and len(stem) > 2:
            return end, power, True  # ('மில்லியனாகவும்', as a million: 'மில்லியன்' + 'ஆகவும்')
    return None


def _voweled_marker(text: str, start: int, prof: LocaleProfile) -> Magnitude | None:
    """A marker written with its short vowels or tanween ('84 تريليونًا', 'مليونًا'), which
    the locale's spellings leave out: the word at ``start`` as :func:`~moneyfacts.locales.fold`
    reads it, when it has such a mark."""
    end = _word_end(text, start)
    word = text[start:end]
    if not any(unicodedata.category(c) == "Mn" for c in word):
        return None
    power = _folded_markers(prof).get(fold(word))
    return None if power is None else (end, power, True)


@lru_cache(maxsize=64)
def _folded_markers(prof: LocaleProfile) -> dict[str, int]:
    return {fold(m): p for m, p in prof.markers.items()}


def _stacked_marker(
    text: str, end: int, power: int, lex: Lexicon, prof: LocaleProfile
) -> Magnitude:
    """A locale's marker after a locale's marker, as great or greater, multiplies it, as
    :func:`_stacked` has it for the lexicon's words ('৩৫ হাজার কোটি': 35 thousand crore,
    which CLDR's bn formats write '0000 কোটি'; '2 mil millones'); a marker of one letter
    ('5 K M') is never stacked.

    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.locales import profile
    >>> magnitude("৩৫ হাজার কোটি টাকা", 2, lexicon(), profile("bn"))
    (13, 10, True)
    """
    gap = GAP.match(text, end)
    if gap is not None:
        start = gap.end()
        for marker, more in prof.markers_longest_first:
            if more >= power and len(marker) > 1 and text.startswith(marker, start):
                after = start + len(marker)
                nxt = text[after : after + 1]
                if not nxt or not (nxt.isalpha() or unicodedata.category(nxt)[0] == "M"):
                    return _stacked_marker(text, after, power + more, lex, prof)
        if "\u0900" <= text[start : start + 1] <= "\u0dff":  # asia23: 'ரூ.1 லட்சம் கோடியை' (the
            glued = _postposition_marker(text, start, prof)  # accusative glued on), never dropped
            if glued is not None and glued[1] is not None and glued[1] >= power:
                return glued[0], power + glued[1], True
    return _stacked(text, end, power, lex)


def first_power(text: str, at: int, lex: Lexicon, prof: LocaleProfile | None) -> int | None:
    """The power of the first magnitude word at ``at`` alone, not multiplied by the words
    after it ('हजार' of 'हजार करोड़': 3), or None."""
    gap = GAP.match(text, at)
    start = gap.end() if gap is not None else at
    word = _SPACED_WORD.match(text, at) if gap is not None else _ALPHA.match(text, at)
    if word is None:
        return None
    end = _word_end(text, start)
    return magnitude(text[:end], at, lex, prof)[1]


@lru_cache(maxsize=64)
def _word_initials(locale: str) -> frozenset[str]:
    """The first letters of the locale's word markers of three letters or more, in lower case
    ('m' of 'milyar'): a capitalised word after a number is looked up only when one fits."""
    from moneyfacts.locales import profile

    return frozenset(m[0] for m in profile(locale).markers if len(m) > 2 and m[0].islower())


def _capital_marker(text: str, start: int, prof: LocaleProfile) -> Magnitude | None:
    """A word marker of the locale written in capitals ('500 MILLONES DE PESOS') or with a
    capital as a headline's words are ('2,3 Milyar Dolar'): as its lower-case marker."""
    m = _CAPITALS.match(text, start)
    if m is None or not (m.group().isupper() or m.group()[1:].islower()):
        return None
    power = prof.markers.get(m.group().lower())
    return None if power is None else (m.end(), power, True)


_CAPITALS = re.compile(r"[^\W\d_a-z][^\W\d_]{2,}(?![^\W\d_])")


def _cjk_magnitude(text: str, at: int, pos: int, lex: Lexicon) -> Magnitude:
    """A CJK magnitude starting at ``at`` ('亿', '万亿'), the longest first; else none (``pos``)."""
    for k in (2, 1):
        cand = text[at : at + k]
        if len(cand) == k and cand in lex.magnitudes:  # '5亿' at the end: one character
            return at + k, lex.magnitudes[cand], True
    return pos, None, True


_INTEGER = re.compile(r"[0-9]+")
#: The figure after a CJK magnitude: digits, also grouped by commas, after one space at most
#: ('1兆2,000億円', '6조 9,000억 원'; spaced, also before its own magnitude: '3,350 億 300 萬元').
_AFTER_MYRIAD = re.compile(r" ?([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)")


def cjk_rest(text: str, end: int, power: int, lex: Lexicon) -> tuple[int, list[tuple[str, int]]]:
    """'3億2000万円', '1兆2000億', '5万3000円': the figures written after a CJK magnitude
    (``power``, ending at ``end``), each with a smaller magnitude of its own or none (the
    units, below the one before), as (digits, power); and where they end. Empty when none
    follows.

    >>> from moneyfacts.currencies import lexicon
    >>> cjk_rest("3億2000万円", 2, 8, lexicon()), cjk_rest("5万3000円", 2, 4, lexicon())
    ((7, [('2000', 4)]), (6, [('3000', 0)]))
    """
    rest: list[tuple[str, int]] = []
    while True:
        m = _AFTER_MYRIAD.match(text, end)
        if m is None:
            break
        digits = m.group(1).replace(",", "")
        gap = m.group(0)[:1] == " " and text[m.end() : m.end() + 1] == " "  # '3,350 億 300 萬元'
        stop, p, _ = _cjk_magnitude(text, m.end() + gap, m.end(), lex)
        if p is None:
            if (m.group(0)[:1] == " " or len(digits) > power
                    or text[m.end() : m.end() + 1] in ".,"):
                break  # not the units below the magnitude ('5万30000', '5万3.5', '5万 3')
            rest.append((digits, 0))
            end = m.end()
            break
        if p >= power or len(digits) > power - p:
            break  # '3億2000億': no smaller magnitude
        rest.append((digits, p))
        end, power = stop, p
    return end, rest


def _glued(text: str, pos: int, word: str, end: int, lex: Lexicon) -> Magnitude:
    """Letters glued to the number: a magnitude, else not ours unless an ISO code ('5USD')."""
    glued = lex.magnitudes.get(word)
    if glued is None:
        glued = lex.magnitudes_ci.get(word.lower())
    if glued is not None:
        return _compound(text, end, glued, word, lex)
    two = _compound_only(text, end, word, lex)
    if two is not None:
        return two
    return pos, None, word in lex.codes


def _compound_only(text: str, end: int, word: str, lex: Lexicon) -> Magnitude | None:
    """A two-word magnitude whose first word is no magnitude alone ('lk cr'), or None."""
    if word.lower() in lex.compound_only:
        two = _compound(text, end, None, word, lex)
        if two[1] is not None:
            return two[0], two[1], True
    return None


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
