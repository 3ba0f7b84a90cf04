"""Currency signs, codes and names around a number: the matchers the scan asks first.

:func:`prefix_sign` reads a sign or ISO code written before a number (``$``, ``HK$``, ``Rs``,
``RMB``, ``R $``), :func:`suffix_currency` one written after it: a CJK name (``亿元``), an ISO
code or sign (``12.5bn USD``, ``1 234,50 €``), or an English currency name (``Hong Kong
dollars``, ``U.S. dollars``, ``Turkish liras``). Both read the lexicon's tables
(:mod:`moneyfacts.currencies`) and, with a CLDR locale, that locale's own symbols first.

>>> from moneyfacts.currencies import lexicon
>>> lex = lexicon()
>>> prefix_sign("paid HK$5bn", 8, lex)[1].codes
('HKD',)
>>> suffix_currency("5 billion U.S. dollars", 9, lex)[:2]
(22, 'USD')
"""

from __future__ import annotations

import re
from functools import lru_cache, cache
from collections.abc import Container
from typing import Any
import unicodedata

from moneyfacts.currencies import Lexicon, Sign, name_sign
from moneyfacts.inflect import strip_suffix, suffix_languages
from moneyfacts.subunits import subunit_words
from moneyfacts.locales import _HEAD_FINAL, LocaleProfile, fold
from moneyfacts.evidence import _english_words

__all__ = ["prefix_sign", "suffix_currency", "code_magnitudes", "name_before", "capital_names", "locale_sign", "particles", "SPACES", "GAP", "GAP_START", "WORDS",
           "CJK_FIRST", "CJK_LAST"]

#: Spaces CLDR formats put between sign and number, bidi marks included.
SPACES = " \t\u00a0\u202f\u2009\u200e\u200f\u061c"
#: Between the words of one amount: spaces, a hyphen, or one line break of wrapped text.
GAP = re.compile(f"(?:[{SPACES}-]|\r?\n){{1,2}}")
GAP_START = frozenset(SPACES + "-\r\n")
WORDS = re.compile(r"(?:[ \u00a0-]|\r?\n(?![ \t]*\r?\n))*([^\W\d_][\w.'’\u0900-\u0963\u0966-\u0dff"
                   r"\u0e31-\u0e4e\u0eb1-\u0ecd\u1000-\u109f\u1780-\u17dd]*)")  # asia23: Thai,
# Lao, Myanmar and Khmer vowel signs and tone marks ('ກີບ', 'ដុល្លារ')
# (Indic scripts' vowel signs are no \w: 'डॉलर' is one word with them; the danda '।' ends it)
#: The CJK ideographs that carry Chinese and Japanese magnitudes and currency names, and the
#: kana between them (no letters of ours).
CJK_FIRST, CJK_LAST = "\u3040", "\u9fff"  # kana too: "3億円と2000万円"


def locale_sign(cand: str, prof: LocaleProfile | None) -> Sign | None:
    if prof is not None and cand in prof.symbols:
        return Sign(cand, prof.symbols[cand], default=prof.symbol_defaults.get(cand))
    return None


#: What a prefix matcher returns: where the sign or code starts (``pos`` when there is
#: none), the sign, and the ISO code.
Prefix = tuple[int, Sign | None, str | None]


def prefix_sign(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, Sign | None, str | None]:
    """A currency sign or ISO code ending at ``pos`` (one space allowed before the number).

    The matchers below are tried at ``pos`` and after the one or two spaces before it, in
    order: the locale's own symbols and codes, a sign of the lexicon, an ISO code. Each gives
    a record (a :data:`Prefix`, or None), composed here: the locale's own
    (:func:`_locale_prefix`), the lexicon's sign or a code (:func:`_sign_or_code_at`), widened
    by a code or letters spaced before it (:func:`_spaced_before`), unless it is a word before
    a date (:func:`_dated_word`); last, with a locale, a currency name before the number
    (:func:`_name_before`).

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> prefix_sign("Rs 11,000", 3, lex)[1].codes[0], prefix_sign("cost CNY 5", 9, lex)
    ('INR', (5, None, 'CNY'))
    >>> prefix_sign("worth 187", 6, lex)
    (6, None, None)
    """
    if prof is None:
        quick = _without_search(text, pos, lex)
        if quick is not None:
            return quick
    codes = lex.all_codes if prof is not None else lex.codes
    for end in range(pos, max(pos - 3, -1), -1):  # the sign, or one or two spaces before
        if end < pos and text[end] not in SPACES:
            break
        local = _locale_prefix(text, end, prof, codes) if prof is not None else None
        found = _sign_or_code_at(text, end, pos, lex, codes)
        if found is not None:
            found = _spaced_before(text, found, end, pos, lex)
        # The locale's own symbol, unless the lexicon's is longer: 'C$', 'mxn$' are no '$'.
        if local is not None and (found is None or local[0] <= found[0]):
            return local
        if found is not None and not _dated_word(text, found, end, pos, lex, prof):
            return found
    return _name_before(text, pos, lex, prof)


def _sign_or_code_at(
    text: str, end: int, pos: int, lex: Lexicon, codes: frozenset[str]
) -> Prefix | None:
    """Matcher of :func:`prefix_sign`'s search at ``end`` (``pos``, or a space before it): a
    sign of the lexicon, joined to a code or letters glued before it ('SGD$4.90', 'c$ 16');
    else an ISO code of ``codes``; else a code in title case glued to the number
    ('Kes94.35 billion') or one space before it ('Rwf 800 million'). None when there is none.

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> _sign_or_code_at("paid SGD$4.90", 9, 9, lex, lex.codes)[::2]
    (5, 'SGD')
    >>> _sign_or_code_at("cost CNY 5", 8, 9, lex, lex.codes), _sign_or_code_at("paid Kes94", 8, 8, lex, lex.codes)
    ((5, None, 'CNY'), (5, None, 'KES'))
    >>> _sign_or_code_at("worth 187", 6, 6, lex, lex.codes) is None
    True
    """
    found = _lexicon_sign_before(text, end, lex, end == pos)
    if found is None:
        found = _code_before(text, end, codes)
        if found is None and end == pos and text[end - 1] in lex.title_ends:
            found = _title_code_before(text, end, lex)  # 'Kes94.35 billion'
        elif found is None and end == pos - 1 and text[end] == " " and text[end - 1] in lex.title_ends:
            found = _title_code_spaced(text, pos, lex)  # 'Rwf 800 million'
    elif found[0] and text[found[0] - 1].isalpha():
        found = (found[0] >= 3 and _code_and_sign(text, found, lex)) or _spaced_letters_sign(
            text, found, lex, 0) or found
    return found


def _spaced_before(text: str, found: Prefix, end: int, pos: int, lex: Lexicon) -> Prefix:
    """Step of :func:`prefix_sign`'s search, on the sign ``found`` ending at ``end``: a code in
    capitals one space before it joins it ('AUD $ 6.6 million': :func:`_code_and_sign`), and,
    the sign spaced from the number at ``pos``, letters of a sign in lower case one space
    before it ('hk $ 10': :func:`_spaced_letters_sign`; not 'a $5 fee'). The record as
    widened, or ``found`` as it was.

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> _spaced_before("AUD $ 6.6 million", (4, lex.signs["$"], None), 5, 6, lex)[::2]
    (0, 'AUD')
    >>> _spaced_before("hk $ 10", (3, lex.signs["$"], None), 4, 5, lex)[1].codes
    ('HKD',)
    >>> _spaced_before("a $ 5 fee", (2, lex.signs["$"], None), 3, 4, lex)[0]
    2
    """
    if found[0] >= 4 and text[found[0] - 1] == " " and (
            "A" <= text[found[0] - 2] <= "Z") and found[1] is not None:
        found = _code_and_sign(text, found, lex, 1) or found  # 'AUD $ 6.6 million'
    if end < pos and found[0] >= 2 and text[found[0] - 1] == " " and (
            text[found[0] - 2].isalpha()) and found[1] is not None:  # 'hk $ 10', not 'a $5 fee
        found = _spaced_letters_sign(text, found, lex) or found
    return found


def _dated_word(
    text: str, found: Prefix, end: int, pos: int, lex: Lexicon, prof: LocaleProfile | None
) -> bool:
    """Rule of :func:`prefix_sign`'s search: is the sign ``found`` (ending at ``end``) a stop
    word of the text's language, written before a day of the month and its name ('Le 11
    septembre' in French is no Sierra Leonean leone)? With a locale, a stop word before a
    number is never a sign.

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> t = "LE 11 janvier"
    >>> _dated_word(t, (0, lex.signs["LE"], None), 2, 3, lex, None)
    True
    >>> _dated_word("LE 11 million", (0, lex.signs["LE"], None), 2, 3, lex, None)
    False
    """
    return found[1] is not None and text[found[0] : end].lower() in lex.words.stop and (
        prof is not None or day_then_month(text, pos))


def _name_before(text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None) -> Prefix:
    """Matcher, last of :func:`prefix_sign`, with a locale that writes currency names before
    numbers: a one-word name of the locale one space before the number ('en dólar 22,5
    millones': :func:`locale_name_before`); else no sign, ``(pos, None, None)``.

    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.locales import profile
    >>> t = "comienzan en dólar 22,5 millones"
    >>> _name_before(t, 19, lexicon(), profile("es"))[:2]
    (13, Sign(text='dólar', codes=(), param='dollar', default=None))
    >>> _name_before(t, 19, lexicon(), None)
    (19, None, None)
    """
    if prof is not None and prof.heads and pos > 4 and text[pos - 1] in " \u00a0":
        named = locale_name_before(text, pos, lex, prof)  # 'en dólar 22,5 millones'
        if named is not None:
            return named
    return pos, None, None


def _without_search(text: str, pos: int, lex: Lexicon) -> Prefix | None:
    """:func:`prefix_sign`'s answer without a locale where it is known without the search,
    else None. Most numbers have no sign: that is decided here when no sign or code can end
    at ``pos`` or after the one or two spaces before it (the places the search looks at)."""
    ends = lex.prefix_ends
    c = text[pos - 1] if pos else ""
    if c in ends:
        # A sign touching the number, not after a letter ('$5', 'HK$5', '€5'): what the
        # search's first step (at ``pos``) returns, without the search.
        found = _lexicon_sign_before(text, pos, lex, True)
        if found is None and "a" <= c <= "z":  # 'sh370 billion' beside 'Sh15 billion'
            return _lower_sign_before(text, pos, lex)
        if found is not None and found[0] >= 4 and text[found[0] - 1] == " " and (
                "A" <= text[found[0] - 2] <= "Z"):
            return _code_and_sign(text, found, lex, 1) or found  # 'AUD $6.6 million'
        return found if found is not None and not (found[0] and text[found[0] - 1].isalpha()) else None
    if c not in SPACES or pos < 2:
        if c in lex.title_ends:  # 'Rwf50': a code in title case glued to the digits
            return _title_code_before(text, pos, lex) or _lower_sign_before(text, pos, lex) or (
                pos, None, None)
        if "a" <= c <= "z":  # 'sh370 billion' beside 'Sh15 billion'
            return _lower_sign_before(text, pos, lex) or (pos, None, None)
        return pos, None, None
    c = text[pos - 2]
    if c not in ends and (c not in SPACES or pos < 3 or text[pos - 3] not in ends):
        if c in lex.title_ends and text[pos - 1] == " ":  # 'Rwf 800 million'
            return _title_code_spaced(text, pos, lex) or (pos, None, None)
        return pos, None, None
    if c not in lex.prefix_ends_mixed:
        return _letter_sign_spaced(text, pos, lex)
    if c.islower() and text[pos - 1] == " ":  # 'raised 5', 'for 5', 'was 5', 'Rs 5'
        return _whole_word_sign(text, pos, lex)
    return None


def _letter_sign_spaced(text: str, pos: int, lex: Lexicon) -> Prefix | None:
    """A sign in letters one space before the number ('Rs 11,000'), when only such a sign
    can end there ('worth 187': at 'h' or 's'). One that starts after a letter or digit does
    not count, so it is the whole word or nothing, and one letter apart from its number is no
    sign ('R 5'). None when the word is not all letters: the search decides."""
    word = text[text.rfind(" ", 0, pos - 1) + 1 : pos - 1]
    if not word.isalpha():
        return None
    sign = lex.signs.get(word)
    if sign is None and len(word) == 3 and word in lex.title_codes:
        return _title_code_spaced(text, pos, lex) or (pos, None, None)  # 'Rwf 800 million'
    if sign is None or word in lex.after_only or len(word) == 1 and not _spaced_letter(
            text, pos - 1 - len(word), pos, lex):
        return pos, None, None  # 'R 5' is no sign; 'R 6 billion' is
    if word.lower() in lex.words.stop and day_then_month(text, pos):
        return pos, None, None  # 'Le 11 janvier' (French read as English) is a date
    return pos - 1 - len(word), sign, None


def _lower_sign_before(text: str, pos: int, lex: Lexicon) -> Prefix | None:
    """A sign the lexicon spells capitalised ('Sh', 'Rs', 'Tk') written in small letters and
    glued to an amount of millions, in a text that writes it as the lexicon spells it too:
    'from sh370 billion to sh385 billion' beside 'Sh15 billion' (a slip of the keyboard the
    local press leaves in), or None. The letters are a word of their own (no letter, digit or
    mark before them). (local22) A sign of three letters or more needs no such twin: 'shs72.3
    trillion', 'tsh5 billion' in a headline written in small letters are money wherever they
    stand (two letters glued to millions may be something else: 'ft5 million').

    >>> from moneyfacts.currencies import lexicon
    >>> t = "Sh15 billion more, from sh370 billion; ft5 million"
    >>> _lower_sign_before(t, 26, lexicon())[:2], _lower_sign_before(t, 48, lexicon())
    ((24, Sign(text='Sh', codes=('KES', 'TZS', 'UGX', 'SOS'), param=None, default='KES')), None)
    >>> _lower_sign_before("unveils shs72.3 trillion budget", 11, lexicon())[0]
    8
    """
    start = pos
    while start > 0 and pos - start < 4 and "a" <= text[start - 1] <= "z":
        start -= 1
    if pos - start < 2 or (start and (text[start - 1].isalnum() or text[start - 1] in "-_'’.")):
        return None
    cap = text[start].upper() + text[start + 1 : pos]
    sign = lex.signs.get(cap)
    if sign is None or (cap not in text and pos - start < 3) or not _big_magnitude_after(text, pos, lex):
        return None
    return start, sign, None


def _whole_word_sign(text: str, pos: int, lex: Lexicon) -> Prefix | None:
    """What the search finds before a number after one space and a word of two letters or
    more ending in a small letter that ends a sign with more than letters in it too ('u$d',
    'U.S. dollar': 'raised 5', 'was 5', 'Rs 5'), without the search; None when the word is not
    all letters or is the tail of a sign with a space in it ('U.S. dollar 5'): the search
    decides. Such a sign cannot end at a word of letters after a space but as that tail (its
    part after the space would hold a mark), an ISO code ends in a capital, and a sign in
    letters that starts inside the word is its tail: what can end there is the whole word as a
    sign (then, as the search does, a word of one to three letters before it may join it:
    'n Rs 5' is 'NRs'), or a code in title case ('Kes 800 million').

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> _whole_word_sign("raised 5", 7, lex), _whole_word_sign("paid Rs 5", 8, lex)[0]
    ((7, None, None), 5)
    """
    start = text.rfind(" ", 0, pos - 1) + 1
    word = text[start : pos - 1]
    if len(word) < 2 or not word.isalpha() or word in _spaced_tails(lex):
        return None
    sign = lex.signs.get(word)
    if sign is None or word in lex.after_only:
        if len(word) == 3 and word in lex.title_codes:
            return _title_code_spaced(text, pos, lex) or (pos, None, None)  # 'Kes 800 million'
        return pos, None, None
    found: Prefix = (start, sign, None)
    if start >= 2 and text[start - 2].isalpha():  # 'hk Rs 5': the search's joined sign
        found = _spaced_letters_sign(text, found, lex) or found
    if found[1] is not None and text[found[0] : pos - 1].lower() in lex.words.stop and (
            day_then_month(text, pos)):
        return pos, None, None  # 'Le 11 janvier' (French read as English) is a date
    return found


#: The signs whose tails after their last space :func:`_spaced_tails` was made with, and those.
_TAILS_OF: list[tuple[dict[str, Sign], frozenset[str]]] = []


def _spaced_tails(lex: Lexicon) -> frozenset[str]:
    """The part after the last space of each sign with a space in it ('dollar' of 'U.S.
    dollar'): a word that may end such a sign (see :func:`_whole_word_sign`)."""
    if not _TAILS_OF or _TAILS_OF[0][0] is not lex.signs:
        _TAILS_OF[:] = [(lex.signs, frozenset(s.rsplit(" ", 1)[1] for s in lex.signs if " " in s))]
    return _TAILS_OF[0][1]


_DAY_WORD = re.compile(r"[ \u00a0]{0,2}([1-9]|[12][0-9]|3[01])(?:er|\.)?[ \u00a0]+([^\W\d_]+)")


def day_then_month(text: str, pos: int) -> bool:
    """Is the number at ``pos`` (after up to two spaces) a day of the month followed by a
    month's name in any language CLDR knows ('11 janvier', '3. März', '30 April')? A sign
    that is also a word of the language ('Le', the French article) is no sign there.

    >>> day_then_month("Le 11 janvier dernier", 2), day_then_month("LE 11 million", 2)
    (True, False)
    """
    m = _DAY_WORD.match(text, pos)
    return m is not None and m.group(2).lower() in month_names()


@cache
def month_names() -> frozenset[str]:
    """The month names of every language CLDR has (:func:`moneyfacts.locales.month_names`),
    three letters or more."""
    from babel.localedata import locale_identifiers

    from moneyfacts.locales import month_names as of_language

    # a territory's variant ('fr_CA') names its months as its language does
    return frozenset(name for ident in locale_identifiers() if "_" not in ident
                     for name in of_language(ident) if len(name) >= 3)


@cache
def _spaced_letters() -> frozenset[str]:
    """The lexicon's [spaced-letter-sign]: one-letter signs the press writes spaced before an
    amount of millions ('R 6 billion' in South African copy, 'N 5 billion' in Nigerian)."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("spaced-letter-sign"))


#: (local23) A figure of a million or more written in full, in comma groups ('1,767,400,000.00'):
#: a one-letter sign spaced before it is money as before a magnitude ('D 1,767,400,000.00').
_MILLIONS_IN_FULL = re.compile(r"[ \u00a0]?[0-9]{1,3}(?:,[0-9]{3}){2,}(?:\.[0-9]+)?(?![0-9,])")


def _spaced_letter(text: str, start: int, after: int, lex: Lexicon) -> bool:
    """Is the one-letter sign at ``start``, spaced from the number at ``after``, money? Only
    before a number ending in a magnitude of a million or more ('R 6 billion') or written in
    full from a million up ('D 1,767,400,000.00', local23), and then a
    letter of the lexicon's [spaced-letter-sign] anywhere, any other sign of one capital
    letter (CLDR's 'P', 'K', 'E'...) where no capitalised word comes right before it: 'Basic
    Education (P 9.01 billion)', 'paid K 400 million' are money, 'Model S 5 million' and
    'Series E 5 million' a name's letter. Which currency a shared letter is, the resolver says.

    >>> from moneyfacts.currencies import lexicon
    >>> [_spaced_letter(t, t.index(c), t.index(c) + 2, lexicon()) for t, c in (
    ...     ("health (P 7.73 billion)", "P"), ("paid K 400 million", "K"),
    ...     ("its Model S 5 million", "S"), ("paid K 400", "K"), ("set aside R 57 167 million", "R"),
    ...     ("submitted D 1,767,400,000.00", "D"), ("Plan D 1,200,000", "D"))]
    [True, True, False, False, True, True, False]
    """
    if not _big_magnitude_after(text, after, lex) and _MILLIONS_IN_FULL.match(text, after) is None:
        return False
    letter = text[start]
    if letter in _spaced_letters():
        return True
    if not ("A" <= letter <= "Z" and letter in lex.signs):
        return False
    before = text[:start].split()
    return not (before and before[-1][:1].isupper())


#: (local21) The digits may be grouped by spaces, as the rand's copy writes them ('R 57 167
#: million'): a group of three after a space is the same number's.
_NUMBER_WORD = re.compile(r"[ \u00a0]{0,2}\d[\d,.]*(?:[ \u00a0]\d{3}(?![\d,.]\d))*[ \u00a0]?([^\W\d_]+)")
#: A figure and the letters glued to it ('800m', '1.2bn').
_NUMBER_GLUED = re.compile(r"\d[\d,.]*([^\W\d_]+)")


def _big_magnitude_after(text: str, pos: int, lex: Lexicon) -> bool:
    """Does the number at ``pos`` (after one or two spaces) end in a magnitude of a million or more ('R 6 billion', 'N 5
    bn')? Only money is written so: a one-letter sign spaced before such a number is one."""
    m = _NUMBER_WORD.match(text, pos)
    return m is not None and (lex.magnitudes_ci.get(m.group(1).lower()) or 0) >= 6


def _locale_prefix(text: str, end: int, prof: LocaleProfile, codes: frozenset[str]) -> Prefix | None:
    """The locale's own symbol ending at ``end``, the longest first, or an ISO code."""
    for k in range(min(12, end), 0, -1):
        cand = text[end - k : end]
        sign = locale_sign(cand, prof)
        if sign is not None and cand[0].isalpha() and _word_tail(text, end - k):
            continue  # the tail of a word ('Jersey'den': a Turkish suffix, not 'den')
        if sign is not None:
            return end - k, sign, None
        if k == 3:
            found = _code_before(text, end, codes)
            if found is not None:
                return found
    return None


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")


def locale_name_before(text: str, pos: int, lex: Lexicon, prof: LocaleProfile) -> Prefix | None:
    """A one-word currency name of the locale right before the number at ``pos``, one space
    between ('comienzan en dólar 22,5 millones', 'ho bisogno di dollari 996'), read as it is
    after a number; not after a number ('15 dólares 50' is the hundredths' business), nor
    before a year ('en dólares 2023').

    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.locales import profile
    >>> locale_name_before("en dólar 22,5", 9, lexicon(), profile("es"))[0]
    3
    >>> locale_name_before("5 dólares 20", 10, lexicon(), profile("es")) is None
    True
    """
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None or len(m.group(1)) < 4:
        return None
    start = m.start(1)
    before = text[max(0, start - 40) : start].split()[-3:]
    if before and (any(w[-1:].isdigit() for w in before) or fold(before[-1]) in prof.currency_words):
        return None  # '15 dólares 50', '2 thai bhat 23': the name of the amount before
    from moneyfacts.wordnumbers import LANGUAGES, NUM2WORDS

    if prof.language not in LANGUAGES and prof.language not in NUM2WORDS:
        return None  # a number the language spells is read in the scan, not digits before
    digits = re.match(r"\d+", text[pos:])
    if digits is not None and len(digits.group()) == 4 and "1800" <= digits.group() <= "2100" and (
            not text[pos + 4 : pos + 5].isdigit() and text[pos + 4 : pos + 5] not in ".,"):
        return None
    if not _ends_after_figure(text, pos, lex, prof):
        return None  # 'el euro 1,08 dólares', 'dem Euro 0,3 Prozent': another unit follows
    found = _locale_name_after(text, start, lex, prof)
    if found is None or found[0] != m.end(1):
        return None
    end, code, sign = found
    return start, sign, code


def locale_name_after(text: str, pos: int, lex: Lexicon, prof: LocaleProfile) -> Suffix | None:
    """A currency name of the locale starting at ``pos`` (see :func:`_locale_name_after`): its
    (end, code, sign), or None."""
    return _locale_name_after(text, pos, lex, prof)


_FIGURE = re.compile(r"\d+(?:[.,\u00a0 ]\d+)*")
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+\.?)")


def _ends_after_figure(text: str, pos: int, lex: Lexicon, prof: LocaleProfile) -> bool:
    """Whether the figure at ``pos``, with a magnitude after it or none, ends its phrase (the
    text's end or a punctuation mark follows): nothing after it that could be its unit."""
    m = _FIGURE.match(text, pos)
    end = m.end() if m is not None else pos
    w = _WORD_AFTER.match(text, end)
    if w is not None and (w.group(1) in prof.markers or w.group(1).rstrip(".") in prof.markers
                          or w.group(1).lower() in lex.magnitudes_ci):
        end = w.end()
    rest = text[end : end + 2].lstrip(" \u00a0")
    return not rest or rest[0] in ".,;:!?)]\"'»”"


def _word_tail(text: str, start: int) -> bool:
    """Does ``start`` continue a word: after a letter or digit, or after an apostrophe that
    follows a letter (a Turkish suffix, 'Jersey'den'; a quote opening ''Rs 5'' does not)?"""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalnum():
        return True
    return before in "'’" and start > 1 and text[start - 2].isalpha()


def _lexicon_sign_before(text: str, end: int, lex: Lexicon, attached: bool) -> Prefix | None:
    """A sign of the lexicon ending at ``end``: one in letters must not follow a letter or
    digit, and a one-letter sign must touch its number."""
    if not end:
        return None
    if end >= 2:  # only the lengths of the signs that end in the last two characters
        lengths = lex.sign_lengths_by_last_two.get(text[end - 2 : end])
        if lengths is None:
            lengths = _ONE if text[end - 1] in lex.signs else ()
    else:
        lengths = lex.sign_lengths_by_last.get(text[end - 1], ())
    for k in lengths:
        cand = text[end - k : end]
        if end < k or cand not in lex.signs:
            continue
        start = end - k
        if cand[0].isalpha() and (_word_tail(text, start) or cand in lex.after_only):
            continue  # a word's tail; or 'den 3. Mai': a sign written after numbers only
        if cand.isalpha() and len(cand) == 1 and not attached and not _spaced_letter(
                text, start, end, lex):
            continue  # 'R 5' is no sign; 'R 6 billion' is
        return start, lex.signs[cand], None
    return None


def _code_and_sign(text: str, found: Prefix, lex: Lexicon, space: int = 0) -> Prefix | None:
    """An ISO code written in any case right before a sign of its currency: 'SGD$4.90',
    'mxn$ 15', 'aud$ 15' (the '$' a dollar or peso of its own), or None. With ``space``
    (local19), the code in capitals, a space, then a '$': 'AUD $6.6 million', 'NZD $5' (a
    dollar's or a peso's code only: 'ALL $5 deals' is no Albanian lek).

    >>> from moneyfacts.currencies import lexicon
    >>> prefix_sign("mxn$ 15", 5, lexicon())
    (0, None, 'MXN')
    >>> prefix_sign("a further AUD $6.6 million", 15, lexicon()), prefix_sign("ALL $5", 5, lexicon())[2]
    ((10, None, 'AUD'), None)
    """
    start, sign, _ = found
    if space and text[start - space : start] != " " * space:
        return None
    at = start - space
    cand = text[at - 3 : at]
    if not cand.isalpha() or (at > 3 and text[at - 4].isalnum()):
        return None
    code = cand.upper()
    if code not in lex.codes or sign is None:
        return None
    if space:
        if cand != code or sign.param != "dollar" or code not in _spaced_code_dollars():
            return None
        return at - 3, None, code
    if code in sign.codes or (sign.param == "dollar" and "$" in sign.text):
        return start - 3, None, code
    return None


@cache
def _spaced_code_dollars() -> frozenset[str]:
    """The codes of the currencies CLDR's English names a dollar or a peso: those a code
    may name before a spaced '$' ('AUD $6.6 million')."""
    from babel import Locale

    return frozenset(code for code, name in Locale("en").currencies.items()
                     if name.endswith((" Dollar", " Peso")) and "(" not in name)


def _spaced_letters_sign(text: str, found: Prefix, lex: Lexicon, space: int = 1) -> Prefix | None:
    """A sign of the lexicon written in lower case, with a space inside or not ('hk $ 10',
    'c$ 16' for 'HK$', 'C$'), or None: the letters are one to three, a word of their own.

    >>> from moneyfacts.currencies import lexicon
    >>> prefix_sign("hk $ 10", 5, lexicon())[1].codes, prefix_sign("c$ 16", 3, lexicon())[1].text
    (('HKD',), 'C$')
    """
    start, sign, _ = found
    if sign is None:
        return None
    word_start = start - space
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start : start - space]
    if len(word) > 3 or (word_start and text[word_start - 1] not in " \n(") or not word.islower() or (
            word in lex.words.stop):  # 'a $ 5' is a dollar amount, not A$
        return None
    joined = lex.signs.get(word.upper() + sign.text)
    if joined is None:
        return None
    return word_start, joined, None


_ONE = (1,)
@cache
def code_magnitudes() -> dict[str, int]:
    """The letters written onto an ISO code as its magnitude ('MUSD', 'kEUR'), lexicon
    [code-magnitude]: the letter and its power of ten."""
    from moneyfacts.currencies import lexicon_sections

    return {k: int(v) for k, v, _ in lexicon_sections().get("code-magnitude", [])}


def _title_code_before(text: str, end: int, lex: Lexicon) -> Prefix | None:
    """An ISO code in title case glued to the number at ``end`` ('Kes94.35 billion',
    'Rwf50 billion'), not after a letter or digit (lexicon.title_codes).

    >>> from moneyfacts.currencies import lexicon
    >>> prefix_sign("paid Kes94.35 billion", 8, lexicon()), prefix_sign("Top10", 3, lexicon())
    ((5, None, 'KES'), (3, None, None))
    """
    if end < 3:
        return None
    code = lex.title_codes.get(text[end - 3 : end])
    if code is None or (end > 3 and text[end - 4].isalnum()):
        return None
    return end - 3, None, code


#: A figure with digit groups ('5,000', '1,250,000.50'): one no year, page or model number is.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)")


def _title_code_spaced(text: str, pos: int, lex: Lexicon) -> Prefix | None:
    """An ISO code in title case one space before the number at ``pos`` ('Rwf 800 million',
    'Rwf 5,000', as Rwandan papers write their franc), when only money is written so: the
    number ends in a magnitude of a million or more, or has digit groups. 'Rwf 5' alone, or
    a title-case word before a year, is no amount.

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> prefix_sign("cost Rwf 800 million", 9, lex), prefix_sign("paid Rwf 5,000", 9, lex)
    ((5, None, 'RWF'), (5, None, 'RWF'))
    >>> prefix_sign("Rwf 5 each", 4, lex), prefix_sign("in Kes 2020", 7, lex)
    ((4, None, None), (7, None, None))
    """
    found = _title_code_before(text, pos - 1, lex)
    if found is None or not (_big_magnitude_after(text, pos, lex) or _GROUPED.match(text, pos)):
        m = _NUMBER_GLUED.match(text, pos) if found is not None else None
        if m is None or (lex.magnitudes.get(m.group(1)) or 0) < 6:
            return None  # not '800m', '1.2bn' either
    return found


def _code_before(text: str, end: int, codes: frozenset[str]) -> Prefix | None:
    """A three-letter ISO code ending at ``end`` that does not follow a letter or digit."""
    if end < 3:
        return None
    cand = text[end - 3 : end]
    if cand in codes and (end == 3 or not text[end - 4].isalnum()):
        return end - 3, None, cand
    if cand in codes and text[end - 4] in code_magnitudes() and (
            end == 4 or not text[end - 5].isalnum()):
        return end - 4, None, cand  # 'MAUD 60': the grammar reads the M (code_magnitudes)
    return None


#: What a suffix matcher returns: where the currency ends (``pos`` when there is none),
#: its ISO code when the text settles it, else its sign.
Suffix = tuple[int, str | None, Sign | None]


def suffix_currency(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None, words: bool = True
) -> tuple[int, str | None, Sign | None]:
    """A currency after the amount: CJK name, ISO code, sign, or English name.

    After a space or hyphen (not at ``pos`` itself) the matchers are tried in order: the
    locale's own symbols, an ISO code, a sign of the lexicon; then, with ``words``, an
    English name starting at ``pos``.

    >>> from moneyfacts.currencies import lexicon
    >>> lex = lexicon()
    >>> suffix_currency("12.5bn USD", 6, lex), suffix_currency("5 美元", 2, lex)[:2]
    ((10, 'USD', None), (4, 'USD'))
    """
    c = text[pos : pos + 1]
    if CJK_FIRST <= c <= CJK_LAST:
        cjk = _cjk_name_after(text, pos, lex)
        if cjk[0] == pos and words and prof is not None and prof.heads:  # 'ドル', the locale's
            return _locale_name_after(text, pos, lex, prof) or cjk
        return cjk
    start = _gap_end(text, pos, c)
    gap = start != pos
    if gap and CJK_FIRST <= text[start : start + 1] <= CJK_LAST:
        cjk = _cjk_name_after(text, start, lex)  # '100 元', spaced as in a Latin text
        if cjk[0] > start:
            return cjk
    found = _code_or_sign_at(text, start, lex, prof)
    if found is not None:
        if gap is not None and found[0] > start and _YEAR_BEFORE.search(text, max(0, pos - 5), pos) and (
                _DIGIT_NEXT.match(text, found[0])) and not (prof is not None and prof.sign_after) and (
                not _hundredths_next(text, found[0])):
            return pos, None, None  # 'tahun 2019 Rp 69,8 triliun', 'in 2019 US$ 5 million': a
            # sign between a year and a number, where the locale writes its sign first (CLDR),
            # is the prefix of the number after it ('3 GBP 1 pence' stays 3.01 GBP)
        return found
    if prof is not None and gap:  # '75 millions de $': the locale's link, a sign
        m = WORDS.match(text, pos)
        if m is not None and fold(m.group(1)) in lex.locale_links.get(prof.language, ()):
            after = GAP.match(text, m.end())
            if after is not None:
                linked = _code_or_sign_at(text, after.end(), lex, prof)
                if linked is not None and linked[0] > after.end() and not _DIGIT_NEXT.match(
                        text, linked[0]):  # not '2025 de R$ 650 milhões': the sign's own number
                    return linked
    if not words:
        return pos, None, None
    if prof is not None and prof.heads:
        found = _locale_name_after(text, pos, lex, prof)
        if found is not None:
            return found
    return _name_after(text, pos, lex, prof)


_DIGIT_NEXT = re.compile(r"[ \u00a0]?\d")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|2[01])\d\d$")
_NUMBER_THEN_WORD = re.compile(r"[ \u00a0]?\d+[ \u00a0]+([^\W\d_]+)")


def _hundredths_next(text: str, at: int) -> bool:
    """Is the number at ``at`` followed by a subunit word ('3 GBP 1 pence', '3 CAD 3 cents'):
    the hundredths of the amount before it?"""
    from moneyfacts.subunits import subunit_words

    m = _NUMBER_THEN_WORD.match(text, at)
    return m is not None and m.group(1).lower() in subunit_words()


def _gap_end(text: str, pos: int, c: str) -> int:
    """Where :data:`GAP` matched at ``pos`` ends (``c``: the character there), ``pos`` when
    it does not match. The commonest gap, one space or hyphen before a character that
    continues no gap ('5 people'), is read without the pattern (a match costs as much as a
    dozen of these tests).

    >>> [_gap_end(t, 1, t[1:2]) for t in ("5 people", "5  x", "5\\r\\nx", "5\\rx", "5x", "5 ")]
    [2, 3, 3, 1, 1, 2]
    """
    if c not in GAP_START:
        return pos
    if c != "\r" and text[pos + 1 : pos + 2] not in GAP_START:
        return pos + 1
    gap = GAP.match(text, pos)
    return pos if gap is None else gap.end()


@lru_cache(maxsize=64)
def _adjectives(prof: LocaleProfile) -> frozenset[str]:
    """The first words of the locale's currency names of several words that end none, in a
    language that puts the adjective first (lexicon [adjective-first]): 'britische' of
    'Britisches Pfund', 'svenske' of 'svenske kroner'; empty elsewhere ('peso mexicano')."""
    from moneyfacts.currencies import lexicon_sections

    langs = {k for k, _, _ in lexicon_sections().get("adjective-first", [])}
    if prof.language not in langs:
        return frozenset()
    firsts = {k.split()[0] for k in prof.names if " " in k}
    lasts = {k.split()[-1] for k in prof.names}
    return frozenset(firsts - lasts)


def _adjective(word: str, prof: LocaleProfile) -> bool:
    return word in _adjectives(prof)


def _money_noun(word: str, lex: Lexicon, prof: LocaleProfile) -> bool:
    """A word that names money in some language ('kronor', 'rupi', 'kr', 'renminbi')."""
    return (word in prof.currency_words or word in lex.currency_words or word in lex.names
            or word in subunit_words() or word in prof.heads and not _adjective(word, prof))


def _locale_name_after(text: str, pos: int, lex: Lexicon, prof: LocaleProfile) -> Suffix | None:
    """A currency name of the locale after the amount: CLDR's, singular or plural, the
    longest first, after a word of [locale-link] if the language has one ('8,1 milliards de
    livres'). A name several current currencies share is read as the English lexicon reads
    that word ('won'), as a dollar when all are dollars ('dolari': ``dollar=`` decides), and
    else as an ambiguous sign, refused unless the text or the caller settles it.

    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.locales import profile
    >>> _locale_name_after("12 miliarde yuani", 11, lexicon(), profile("ro"))
    (17, 'CNY', None)
    >>> _locale_name_after("3 miliardi di dollari", 10, lexicon(), profile("it"))[2].param
    'dollar'
    """
    words, raws, ends = _name_words(text, pos, lex, prof)
    if not words:
        return None
    whole = _whole_name(words, lex, prof)
    if whole is not None:
        k, codes = whole
    else:
        k, codes, answer, final = _head_name(text, words, raws, ends, lex, prof)
        if final:
            return answer
    end = ends[k - 1]
    if not codes and (words[0][:1] >= "\u3040" or "\u0e00" <= words[0][:1] <= "\u0eff" or (
            unspaced_script(words[0][:1]))):
        # kana, CJK, Hangul, Thai, Lao, Myanmar and Khmer: no spaces between words, and
        # particles glued on ('달러를', 'ドルを', 'บาทต่อลิตร': baht per litre; asia23:
        # '២០ពាន់លានដុល្លារនិងមាស', 20 billion dollars and gold)
        glued = _glued_name(words[0], lex, prof)
        if glued is not None:
            cut, codes = glued
            end = ends[0] - len(raws[0]) + cut
            raws[0] = raws[0][:cut]
    if not codes:
        return None
    if len(codes) == 1:
        return end, codes[0], None
    code, sign = _shared_name(words[0], raws[0], codes, lex, prof)
    return end, code, sign


def unspaced_script(char: str) -> bool:
    """(asia23) Whether ``char`` is a letter of Myanmar or Khmer, scripts that write no space
    between words (as Thai and Lao): a name may have the next word glued onto it."""
    return "\u1000" <= char <= "\u109f" or "\u1780" <= char <= "\u17ff"


def _name_words(text: str, pos: int, lex: Lexicon, prof: LocaleProfile
                ) -> tuple[list[str], list[str], list[int]]:
    """The words after ``pos`` that may be a currency name of the locale (as many as its
    longest name has), folded, as written, and where each ends: a word of [locale-link] before
    them is passed once ('de', "d'euros"), a particle glued to a word left off ('달러를')."""
    words: list[str] = []
    raws: list[str] = []
    ends: list[int] = []
    p = pos
    links = lex.locale_links.get(prof.language, frozenset())
    linked = False
    while len(words) < prof.max_name_words:
        m = WORDS.match(text, p)
        if m is None:
            break
        raw = m.group(1).rstrip(".,'’")
        word = fold(raw)
        stem = _without_particle(word, prof, lex)
        if stem is not None:  # '달러를', '달러입니다': the name, then a particle glued to it
            raw, word = raw[: len(stem)], stem
        elif "\u0600" <= word[:1] <= "\u06ff" and not (word in prof.heads or word in prof.names):
            glued = _unjoined_name(word, _Known(prof, lex))
            if glued:  # 'ڈالرکا': the name, then the next word written onto it
                raw, word, stem = raw[:glued], word[:glued], word[:glued]
        p = m.start(1) + len(raw)
        if not words and not linked and word in links:  # 'de', 'di': once, before the name
            linked = True
            continue
        if not words and not linked and "’" in word[1:3]:  # typeset "d’euros", as "d'euros"
            word = word.replace("’", "'", 1)
        if not words and not linked and "'" in word[1:3] and word[: word.index("'") + 1] in links:
            cut = word.index("'") + 1  # "d'euros": the link elided onto the name
            word, raw, linked = word[cut:], raw[cut:], True
        words.append(word)
        raws.append(raw)
        ends.append(p)
        if stem is not None and (prof.language in suffix_languages() or "\u0600" <= word[:1] <= "\u06ff"):
            break  # a Turkish case suffix ends the name ('avroydu'), a word written onto it
    return words, raws, ends


#: The Arabic-script letters that join no letter after them (Unicode's joining type R: alef,
#: dal, reh, waw, Urdu's yeh barree...): a word ending in one looks apart from the next even
#: with no space between, and Urdu and Persian writers often leave the space out ('روپےکا').
RIGHT_JOINING = frozenset("\u0622\u0623\u0625\u0627\u0671\u062f\u0630\u0631\u0632\u0698"
                           "\u0688\u0691\u0648\u0624\u06c4\u06c5\u06c6\u06c7\u06c8\u06c9"
                           "\u06ca\u06cb\u06d2\u06d3\u0629\u06c3")


def _unjoined_name(word: str, names: Container[str]) -> int:
    """Where a currency name of ``names`` ending in a letter of :data:`RIGHT_JOINING` ends
    inside ``word``, the next word written onto it ('روپےکا' is 'روپے' and 'کا', 'ڈالرکی'
    'ڈالر' and 'کی'); 0 if none starts it.

    >>> from moneyfacts.currencies import lexicon
    >>> _unjoined_name("روپےکااضافہ", lexicon().names), _unjoined_name("روپوںمیں", lexicon().names)
    (4, 0)
    """
    for i in range(len(word) - 1, 1, -1):
        if word[i - 1] in RIGHT_JOINING and word[:i] in names:
            return i
    return 0


def _whole_name(words: list[str], lex: Lexicon, prof: LocaleProfile
                ) -> tuple[int, tuple[str, ...]] | None:
    """The longest name of the locale (or an inflected name of the lexicon: 'fin markı') the
    words start with: how many words it takes and the codes it names; None if none does. A
    whole name of two words or more names its currency, a former one too ('핀란드 마르카':
    FIM); a word alone names only a current one."""
    for k in range(len(words), 0, -1):
        codes = _locale_name(words[:k], prof)
        if not codes and k > 1 and lex.names.get(" ".join(words[:k])) in lex.all_codes:
            codes = (lex.names[" ".join(words[:k])],)
        if codes:
            known = lex.all_codes if k > 1 else lex.codes
            return k, tuple(c for c in codes if c in known)
    return None


_Head = tuple[int, tuple[str, ...], Suffix | None, bool]


def _head_name(text: str, words: list[str], raws: list[str], ends: list[int], lex: Lexicon,
               prof: LocaleProfile) -> _Head:
    """The currency the first word heads when no whole name is written ('dólares'), with an
    adjective of the locale before its noun ('10 svenske kronor') or a place after it
    ('dólares de Hong Kong'): (words taken, current codes, the answer, whether that answer is
    final: no money, or a reading already made)."""
    k = 1
    codes = prof.heads.get(words[0], ())
    if not codes and len(words) > 1:  # 'lira egiptiana': accents left out, one name
        codes = _bare_heads(prof).get(_bare(words[0]), ())
        if len(codes) > 1 and not _qualified_name(words, codes, prof):
            codes = ()
    if codes and words[0] in subunit_words():  # 'सेंट' is a cent, not St Helena's pound
        return k, (), None, True
    if codes and _adjective(words[0], prof):  # 'britische': a noun of money must follow
        if len(words) < 2 or not _money_noun(words[1], lex, prof):
            return k, (), None, True  # '2 britische Soldaten' is no money
        k = 2  # '10 svenske kronor', '10 indiske rupi': the adjective and its noun
    if not codes and lex.names.get(words[0]) in lex.codes and not (
            words[0] in lex.cased_names and raws[0].islower() and prof.language != "en"
            and words[0] in lex.words.stop):  # 'le', an article, not 'LE'
        codes = (lex.names[words[0]],)  # a name of the lexicon ('엔'), a particle after it
    qualified = _qualified_name(words, codes, prof) if len(codes) > 1 else ()
    if qualified:
        k, codes = 2, qualified
    elif len(codes) > 1 and len(words) > 2 and words[1] in lex.locale_links.get(
            prof.language, frozenset()):
        place = _of_place(text, ends[1], codes, prof)  # 'dólares de Hong Kong'
        if place is not None:
            return k, codes, place, True
    if k == 1 and len(codes) > 0 and len(words) > 1 and not qualified and (
            prof.language not in _HEAD_FINAL):  # there the word after the noun is none of
        # its adjectives ('110 milyar dolar altında', below: no Zimbabwe gold, 'altını')
        other = _adjective_of_another(words, codes, prof)
        if len(other) == 1 and _loose_head(words[0], other[0], prof):
            # 'fiorini olandesi': CLDR's 'fiorino olandese'
            return k, codes, (ends[1], other[0], None), True
        if other:  # 'marchi finlandesi' is no Bosnian mark: refused, both named
            return k, codes, (ends[1], None, Sign(raws[0], tuple(sorted({*codes, *other})))), True
    return k, tuple(c for c in codes if c in lex.codes), None, False


def _glued_name(word: str, lex: Lexicon, prof: LocaleProfile) -> tuple[int, tuple[str, ...]] | None:
    """In a script written without spaces, the longest name or head of the locale ``word``
    starts with ('달러를', 'ドルを'): its length and its current codes; None if none."""
    for cut in range(min(len(word) - 1, 12), 0, -1):
        codes = prof.names.get(word[:cut], ()) or prof.heads.get(word[:cut], ())
        codes = tuple(c for c in codes if c in lex.codes)
        if codes:
            return cut, codes
    return None


def _shared_name(word: str, raw: str, codes: tuple[str, ...], lex: Lexicon,
                 prof: LocaleProfile) -> tuple[str | None, Sign | None]:
    """A name several current currencies share: read as the English lexicon reads that word
    ('won', 'sol'), as a dollar when all are dollars ('dolari': ``dollar=`` decides), and
    else as an ambiguous sign, refused unless the text or the caller settles it."""
    english = lex.names.get(word)
    if english is not None and english in codes and _english_word(word, english):
        return english, None  # 'sol' (PEN), as in English copy
    newsroom = name_sign(raw, english) if english is not None and "|" in english else None
    if newsroom is not None and newsroom.default in codes and _english_word(word, newsroom.default) and (
            set(codes) <= set(newsroom.codes)):
        return None, newsroom  # 'dirham', 'won': as English copy reads them, and says so
    if english is None and _latin(word) and not set(codes) & _own(prof):
        # 'libras', 'sterline', 'dirhami', 'Rupien': the one English word CLDR's English
        # names of all the candidates end with ('pound'), read as the lexicon reads that word
        # (GBP as the newsroom default, and 'assumed' says so); else refused. Not where one
        # candidate is the locale's own (its press means that one, or says which).
        english = _english_reading(codes, lex)
        if english is not None and english in lex.codes and english in codes:
            return english, None
        derived = name_sign(raw, english) if english is not None else None
        if derived is not None and derived.default in codes:
            return None, derived
    # A word of the language's own script the lexicon gives a default ('파운드': GBP as the
    # lexicon's 'pound' is, and says so); an English word in another language stays refused.
    shared = name_sign(raw, english) if english is not None and not word.isascii() else None
    if shared is not None and (shared.default in codes or set(codes) <= set(shared.codes)):
        # ('פאונד' of 'פאונד גיברלטר' in he, where the pound sterling is 'לירה שטרלינג')
        return None, shared
    if _dollar_word(codes, prof):
        return None, Sign(raw, (), "dollar")
    return None, Sign(raw, codes)


def _dollar_word(codes: tuple[str, ...], prof: LocaleProfile) -> bool:
    """Does a word the locale's names share name the dollars: all its currencies are, or
    all but one in ten and the US dollar among them (CLDR's Nepali names the Jordanian dinar
    'जोर्डानियाली डलर', so 'डलर' named 22 dollars and a dinar)?"""
    others = sum(c not in prof.dollars for c in codes)
    return others == 0 or ("USD" in codes and others * 10 <= len(codes))


def _locale_name(words: list[str], prof: LocaleProfile) -> tuple[str, ...]:
    """The codes of a name of the locale written in ``words`` (folded): as CLDR spells it,
    without its spaces and hyphens ('sør-afrikanske rand', 'new zealandske dollar' for CLDR's
    'sørafrikanske rand', 'newzealandske dollar'), or with a plural -s on its last word
    ('amerikanske dollars', as the English names take one)."""
    for last in (words[-1], words[-1][:-1] if len(words) > 1 and words[-1].endswith("s") else ""):
        if not last:
            continue
        name = [*words[:-1], last]
        codes = prof.names.get(" ".join(name), ()) or (
            prof.compact.get("".join(name), ()) if len(name) > 1 else ())
        if codes:
            return codes
    return ()


@cache
def particles() -> dict[str, tuple[str, ...]]:
    """[particle]: the particles a language glues to a noun ('를' = ko), longest first."""
    from moneyfacts.currencies import lexicon_sections

    out: dict[str, list[str]] = {}
    for word, lang, _ in lexicon_sections().get("particle", []):
        out.setdefault(lang, []).append(word)
    return {lang: tuple(sorted(words, key=len, reverse=True)) for lang, words in out.items()}


def _without_particle(word: str, prof: LocaleProfile, lex: Lexicon) -> str | None:
    """``word`` without the particle its language glues to it, when what is left is a
    currency name or its head ('달러를' -> '달러'); else None.

    >>> from moneyfacts.locales import profile
    >>> from moneyfacts.currencies import lexicon
    >>> ko = profile("ko")
    >>> _without_particle("달러를", ko, lexicon()), _without_particle("달러", ko, lexicon())
    ('달러', None)
    """
    if word in prof.heads or word in prof.names or word in lex.names:
        return None
    if prof.language in suffix_languages():  # 'dolardan', "sent'e": a Turkish case suffix
        if word in prof.currency_words:
            return None  # a word of a name that is no head: 'yeni' (new), not 'yen' + 'i'
        return strip_suffix(word, _Known(prof, lex), prof.language)
    for particle in particles().get(prof.language, ()):
        stem = word[: -len(particle)]
        if word.endswith(particle) and stem and (
                stem in prof.heads or stem in prof.names or stem in lex.names):
            return stem
    return None
class _Known:
    """The words a currency name of the locale or of the lexicon is (``in`` only)."""

    __slots__ = ("prof", "lex")

    def __init__(self, prof: LocaleProfile, lex: Lexicon) -> None:
        self.prof, self.lex = prof, lex

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (
            word in self.prof.heads or word in self.prof.names or word in self.lex.names)


@lru_cache(maxsize=64)
def _bare_heads(prof: LocaleProfile) -> dict[str, tuple[str, ...]]:
    """The locale's heads by their spelling without accents, each with the codes of every
    head spelled so (made once a locale: the scan asked every head for every number)."""
    out: dict[str, set[str]] = {}
    for head, codes in prof.heads.items():
        out.setdefault(_bare(head), set()).update(codes)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _bare(word: str) -> str:
    """``word`` without its accents ('egipteană' -> 'egipteana')."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _qualified_name(words: list[str], codes: tuple[str, ...], prof: LocaleProfile) -> tuple[str, ...]:
    """The one currency of a shared head whose two-word name the text's two words spell
    loosely: without accents, or a variant ending ('lira egiptiana' for CLDR's 'liră
    egipteană', 'rial qataria' for 'rial qatarian'): the first five letters of the second
    word agree, or the name's shorter word starts the text's (four letters at least; a short
    word of the text is a word of its own: 'dólares para' is no 'dólar paraguayo'). Else
    nothing.

    >>> from moneyfacts.locales import profile
    >>> _qualified_name(["lira", "egiptiana"], ("EGP", "GBP", "TRY"), profile("ro"))
    ('EGP',)
    >>> _qualified_name(["lire", "mari"], ("EGP", "GBP", "TRY"), profile("ro"))
    ()
    """
    if len(words) < 2:
        return ()
    head, second = _bare(words[0]), _bare(words[1])
    if len(second) < 4:
        return ()
    found: set[str] = set()
    for name, named in prof.names.items():
        split = _bare(name).split()
        if len(split) != 2 or split[0] != head or not set(named) & set(codes):
            continue
        other = split[1]
        if other[:5] == second[:5] if min(len(other), len(second)) >= 5 else (
                second.startswith(other)):  # not 'para' (a word of its own) for 'paraguayo'
            found.update(c for c in named if c in codes)
    return tuple(sorted(found)) if len(found) == 1 else ()


def _latin(word: str) -> bool:
    """Whether ``word`` is written in Latin letters ('libras', 'dirhami', 'lire')."""
    return all(c < "\u0250" for c in word)


@cache
def _own(prof: LocaleProfile) -> frozenset[str]:
    """The currencies tender in the locale's territory, or its language's likely one."""
    from babel import Locale

    from moneyfacts.locales import _own_currencies

    return frozenset(_own_currencies(Locale.parse(prof.name)))


def _english_reading(codes: tuple[str, ...], lex: Lexicon) -> str | None:
    """How the English lexicon reads the one last word of CLDR's English names of all
    ``codes`` ('pound' of 'Egyptian Pound' and 'British Pound': 'GBP | EGP ...'), or None
    when the names end in different words ('livres' is pounds and the Turkish lira).

    >>> from moneyfacts.currencies import lexicon
    >>> _english_reading(("EGP", "GBP", "LBP"), lexicon())[:3]
    'GBP'
    >>> _english_reading(("GBP", "TRY"), lexicon()) is None
    True
    """
    word = _english_last_word(codes)
    return lex.names.get(word) if word is not None else None


@cache
def _english_last_word(codes: tuple[str, ...]) -> str | None:
    from babel.numbers import get_currency_name

    last = {get_currency_name(c, locale="en").lower().split()[-1] for c in codes}
    return last.pop() if len(last) == 1 else None


def _adjective_of_another(words: list[str], codes: tuple[str, ...], prof: LocaleProfile
                          ) -> tuple[str, ...]:
    """The currencies of the locale's two-word names whose second word the text's second word
    spells loosely (as :func:`_qualified_name` compares them), when none is among ``codes``,
    the head's: 'marchi finlandesi' (CLDR's 'markka finlandese', FIM) after 'marchi' (BAM).

    >>> from moneyfacts.locales import profile
    >>> _adjective_of_another(["marchi", "finlandesi"], ("BAM",), profile("it"))
    ('FIM',)
    >>> _adjective_of_another(["dollari", "per"], ("USD",), profile("it"))
    ()
    """
    second = _bare(words[1])
    if len(second) < 4:
        return ()
    found: set[str] = set()
    for name, named in prof.names.items():
        split = _bare(name).split()
        if len(split) != 2:
            continue
        other = split[1]
        if other[:5] == second[:5] if min(len(other), len(second)) >= 5 else (
                second.startswith(other)):  # not 'para' (a word of its own) for 'paraguayo'
            found.update(named)
    return () if not found or found & set(codes) else tuple(sorted(found))


_PLACE_WORDS = re.compile(r"[ \u00a0]+([A-ZÀ-Þ][^\W\d_]*(?:[ -][A-ZÀ-Þ][^\W\d_]*){0,3})")


def _of_place(text: str, at: int, codes: tuple[str, ...], prof: LocaleProfile) -> Suffix | None:
    """'dólares de Hong Kong', 'dollari di Singapore': a currency word, the language's 'of'
    (ending at ``at``) and a country's name (CLDR's, of the gazetteer) whose currency is one
    of ``codes``.

    >>> from moneyfacts.locales import profile
    >>> _of_place("dólares de Hong Kong.", 10, ("HKD", "USD"), profile("es"))
    (20, 'HKD', None)
    """
    from moneyfacts.evidence import gazetteer

    m = _PLACE_WORDS.match(text, at)
    if m is None:
        return None
    phrases = gazetteer(prof.language).phrases
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        hit = phrases.get(phrase)
        if hit is not None and hit[1] == "country":  # not a city's: 'dollars de Toronto'
            here = [c for c in _territory_dollars(hit[0]) if c in codes]
            if len(here) == 1:
                return m.start(1) + len(phrase), here[0], None
            return None
    return None


def _loose_head(word: str, code: str, prof: LocaleProfile) -> bool:
    """Whether ``word`` spells loosely (its first five letters, without accents) the first
    word of one of the locale's names of ``code`` ('fiorini' of 'fiorino olandese'; not
    'marchi' of 'markka finlandese')."""
    head = _bare(word)[:5]
    return len(head) == 5 and any(
        _bare(name.split()[0])[:5] == head for name, named in prof.names.items() if code in named)


def _english_word(word: str, code: str) -> bool:
    """Whether ``word`` is a word of ``code``'s English CLDR name ('won' of 'South Korean
    Won'), so that the English reading of a shared locale word holds ('lire', the plural
    the English lexicon also gives the Turkish lira, is the Romanian for pounds too)."""
    from babel.numbers import get_currency_name

    return word in get_currency_name(code, locale="en").lower().split()


def _cjk_name_after(text: str, pos: int, lex: Lexicon) -> Suffix:
    """A CJK currency name starting at ``pos`` ('元', '美元'), the longest first."""
    for k in range(min(lex.max_cjk_len, len(text) - pos), 0, -1):
        cand = text[pos : pos + k]
        if cand in lex.cjk_names:
            value = lex.cjk_names[cand]
            sign = name_sign(cand, value)  # 'ドル': '{dollar}', the caller's dollar
            return (pos + k, None, sign) if sign is not None else (pos + k, value, None)
    return pos, None, None


def _code_or_sign_at(text: str, start: int, lex: Lexicon, prof: LocaleProfile | None) -> Suffix | None:
    """An ISO code or sign written at ``start`` after the number ('12.5bn USD', '1 234,50 €')."""
    three = text[start : start + 3]
    code_here = three in (lex.all_codes if prof is not None else lex.codes) and (
        not text[start + 3 : start + 4].isalnum())
    if prof is not None:
        found = _lower_dollar_after(text, start, lex) if text.startswith("$ ", start) else None
        found = found or _locale_suffix(text, start, prof, code_here)
        if found is not None:
            return found
    if code_here:
        return start + 3, three, None
    if prof is not None and _lower_code(text, start, lex, prof):  # '3 gbp', '10,5 ron'
        return start + 3, three.upper(), None
    found = _lexicon_sign_after(text, start, lex)
    if found is None and prof is None and three.islower():
        found = _lower_code_at(text, start, lex)
    return found


def _lower_code_at(text: str, start: int, lex: Lexicon) -> Suffix | None:
    """An ISO code written in lower case after the number ('20 usd', in text written all in
    lower case), unless it is an English word as well (lexicon [code-word]: '1 cup', '5 all').

    >>> from moneyfacts.currencies import lexicon
    >>> _lower_code_at("20 usd", 3, lexicon()), _lower_code_at("1 cup", 2, lexicon())
    ((6, 'USD', None), None)
    """
    word = text[start : start + 3]
    code = word.upper()
    if code not in lex.codes or text[start + 3 : start + 4].isalnum() or (
            start and text[start - 1].isalpha()) or word in _code_words():
        return None
    if word in _english_words():  # 'cad', 'mad', 'top': a word as often as the code
        return None
    if word in _unit_spellings():  # '5 kgs of sugar' (KGS is the Kyrgyz som)
        return None
    return start + 3, code, None


@cache
def _unit_spellings() -> frozenset[str]:
    """The unit names and symbols the measures table reads (units.txt, pint): a lower-case
    code spelled as one of them is the unit."""
    from moneyfacts.measures import table

    t = table()
    return frozenset([*t.symbols, *t.names])


@cache
def _code_words() -> frozenset[str]:
    """ISO codes that are English words too in lower case (lexicon [code-word])."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k.lower() for k, _, _ in lexicon_sections().get("code-word", []))


def _lower_code(text: str, start: int, lex: Lexicon, prof: LocaleProfile) -> bool:
    """Whether a current ISO code is written in lower case at ``start`` as a word of its own,
    one that is no English word ('gbp', 'ron'; not 'all', 'top', 'try', 'mad') nor a word of
    the locale's CLDR unit names ('sek', seconds in nb, da and de)."""
    word = text[start : start + 3]
    if not (word.isalpha() and word.islower() and word.upper() in lex.codes) or (
            text[start + 3 : start + 4].isalnum()):
        return False
    from moneyfacts.evidence import _english_words

    return word not in _english_words() and word not in _unit_words(prof.name)


@cache
def _unit_words(locale: str) -> frozenset[str]:
    """The words of a locale's CLDR unit patterns ('sek' of '{0} sek'), lower case."""
    from babel import Locale

    out: set[str] = set()
    patterns: Any = Locale.parse(locale)._data.get("unit_patterns", {})
    for unit in patterns:
        for width in ("long", "short", "narrow"):
            forms: Any = patterns[unit].get(width) if hasattr(patterns[unit], "get") else None
            for form in forms.values() if forms is not None and hasattr(forms, "values") else ():
                if isinstance(form, str):
                    out.update(w.lower() for w in re.findall(r"[^\W\d_]+", form.replace("{0}", "")))
    return frozenset(out)


#: '$ hk', '$CAD': a dollar sign, then (after a space or none) the letters of its country.
_DOLLAR_LETTERS = re.compile(r"\$[ \u00a0]?([A-Za-z]{2,3})(?![^\W\d_])")


@cache
def _territory_dollars(territory: str) -> tuple[str, ...]:
    """The currencies tender today in ``territory`` (ISO 3166), none for an unknown code."""
    from babel.numbers import get_territory_currencies

    try:
        return tuple(get_territory_currencies(territory))
    except Exception:  # an unknown territory
        return ()


def _locale_suffix(text: str, start: int, prof: LocaleProfile, code_here: bool) -> Suffix | None:
    """The locale's own symbol at ``start``, the longest first; a code beats a shorter one.
    A '$' with its country's letters spaced or in lower case ('$ hk' for the locale's '$HK'),
    or with a dollar's ISO code ('$CAD'), is that dollar."""
    if text[start : start + 1] == "$":
        m = _DOLLAR_LETTERS.match(text, start)
        if m is not None:
            letters = m.group(1).upper()
            named = prof.symbols.get("$" + letters, ())
            if len(named) != 1 and letters in prof.dollars:
                named = (letters,)
            if len(named) != 1 and len(letters) == 2:  # '$ hk': the territory's dollar
                named = tuple(c for c in _territory_dollars(letters) if c in prof.dollars)
            if len(named) == 1:
                return m.end(), named[0], None
    for k in range(min(12, len(text) - start), 0, -1):
        if k < 3 and code_here:
            return start + 3, text[start : start + 3], None
        sign = locale_sign(text[start : start + k], prof)
        if sign is not None and sign.text == "\\":
            continue  # '¥' as a backslash (ja, ko) stands before its number only: '1\\n'
        if sign is not None and not (text[start + k - 1].isalpha() and text[start + k : start + k + 1].isalpha()):
            return start + k, None, sign  # 'kr', not the 'kr' of 'kroner'

    return None


_LOWER_DOLLAR = re.compile(r"([a-z]{1,3})( ?)\$(?![\w$])|\$ ([a-z]{1,3})(?![\w$'’])")


def _lower_dollar_after(text: str, start: int, lex: Lexicon) -> Suffix | None:
    """A prefixed dollar written in lower case after the number, its letters apart or not
    ("300 milyon c$'lık", "10,5 milyar hk $'a"), or after the '$' ('16,4 milyon $ c'): the
    sign the letters make in capitals ('C$', 'HK$'), not a stop word ('5 $ a day')."""
    m = _LOWER_DOLLAR.match(text, start)
    if m is None:
        return None
    letters = m.group(1) or m.group(3)
    if letters in lex.words.stop:
        return None
    sign = lex.signs.get(letters.upper() + "$")
    return (m.end(), None, sign) if sign is not None else None


def _lexicon_sign_after(text: str, start: int, lex: Lexicon) -> Suffix | None:
    """A sign of the lexicon at ``start``: not one starting with a digit, not a lone letter,
    and one ending in a letter must end its word."""
    if "$" in text[start : start + 5]:  # 'c$', 'hk $', '$ c'
        found = _lower_dollar_after(text, start, lex)
        if found is not None:
            return found
    first = text[start : start + 1]
    for k in lex.sign_lengths_by_first.get(first, ()) or lex.after_signs_by_first.get(first, ()):
        cand = text[start : start + k]
        if len(cand) != k or cand not in lex.signs or cand[0].isdigit() or (cand.isalpha() and k < 2):
            continue
        if cand in lex.before_only:
            continue  # '10¢' is a cent ([minor]), '¢10' the cedi ([sign-before])
        if text[start + k : start + k + 1].isalnum() and cand[-1].isalpha() and not (
                cand[-1] in RIGHT_JOINING and "\u0600" <= text[start + k] <= "\u06ff"):
            continue  # (but 'روپےکا': a word written onto one ending in a letter joining none)
        if cand[-1] == "-" and text[start + k : start + k + 1].isdigit():
            continue  # '3/-2': the hyphen is the next number's minus, no '/-'
        return start + k, None, lex.signs[cand]
    return None


def name_before(text: str, pos: int, lex: Lexicon, capital: bool = False) -> Prefix | None:
    """A currency name written in lower case right before the number at ``pos``, one space
    apart ('ringgit 42', 'malaysian ringgit 42', 'at dollar 22.5 million'), as (start, sign,
    code); None when there is none. Its last word must be a currency word of the lexicon, in
    lower case ('Euro 2024' is a tournament); with ``capital``, also one of
    :func:`capital_names` capitalised or in capitals ('Rupees 542 billion', 'KWACHA 1.2
    billion'), the caller settling what may follow the number.

    >>> from moneyfacts.currencies import lexicon
    >>> name_before("pay malaysian ringgit 42", 22, lexicon())
    (4, None, 'MYR')
    >>> name_before("Euro 2024", 5, lexicon()) is None
    True
    """
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return None
    first = max(text.rfind(" ", 0, pos - 1), text.rfind("\u00a0", 0, pos - 1)) + 1
    word = text[first : pos - 1]
    if not word.isalpha() or not (word.islower() and word in lex.currency_words or (
            capital and word.lower() in capital_names(lex)
            and (word.isupper() or word[0].isupper() and word[1:].islower()))):
        return None
    for _ in range(lex.max_name_words):  # the longest name that ends there, the first word last
        start = text.rfind(" ", 0, first - 1) + 1 if first > 1 else first
        if start == first or not text[start : first - 1].isalpha():
            break
        first = start
    while first < pos - 1:
        end, code, sign = _name_after(text, first, lex)
        if end == pos - 1 and (code is not None or sign is not None):
            return first, sign, code
        first = text.find(" ", first) + 1
    return None


def capital_names(lex: Lexicon) -> frozenset[str]:
    """The currency words of the lexicon read capitalised before a number ('Rupees 542
    billion', 'Kwacha 1.2 billion', as South Asian and East African papers write them): names
    of four letters or more ('Sh', 'Kd' are signs) that are no English word of the web2 list
    ('kwacha', 'naira', 'dirham'), or the plural of a currency word that is one ('rupees',
    'shillings', 'dollars'); not 'Won', 'Real', 'Mark', 'Rand', 'Sterling' (words, names), nor
    a name in a script without capitals.

    >>> from moneyfacts.currencies import lexicon
    >>> sorted(w for w in capital_names(lexicon()) if w in {"naira", "rupees", "won", "real", "sh"})
    ['naira', 'rupees']
    """
    return _capital_names(lex.currency_words)


@cache
def _capital_names(words: frozenset[str]) -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section
    from moneyfacts.evidence import _english_words

    english = _english_words()
    never = frozenset(k.lower() for k, _ in lexicon_section("not-name-first"))
    return frozenset(w for w in words if w.isalpha() and len(w) >= 4 and w != w.upper() and (
        w not in english or w.endswith("s") and w[:-1] in english and w[:-1] in words)
        and w not in never)


def _name_word(word: str) -> str:
    """A word of a currency name as the lexicon's names are keyed: 'U.S.' is 'us'."""
    return word.rstrip(".,'’").lower().replace(".", "")


def _name_after(text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None) -> Suffix:
    """The longest currency name the next words spell ('Hong Kong dollars', 'U.S. dollars').
    A sign in letters written in lower case that is a function word ([stop]) of another
    language than English is that word ('760 le amministrazioni'), no currency."""
    m = WORDS.match(text, pos)
    if m is None:
        return pos, None, None
    first = _name_word(m.group(1))
    if first not in lex.name_prefixes and first not in lex.names:
        cut = _unjoined_name(first, lex.names) if "\u0600" <= first[:1] <= "\u06ff" else 0
        if not cut:
            return pos, None, None  # the first word starts no name: most words after a number
        key = first[:cut]  # 'روپےکا': the name, the next word written onto it
        code = lex.names[key]
        end = m.start(1) + cut
        return (end, code, None) if code in lex.all_codes else (end, None, name_sign(key, code))
    best: tuple[str, int] | None = None
    seen: list[str] = []
    p = pos
    for _ in range(lex.max_name_words):
        m = WORDS.match(text, p)
        if not m:
            break
        word = m.group(1).rstrip(".,'’")
        seen.append(_name_word(word))
        key = " ".join(seen)
        if key in lex.names:
            best = (key, m.start(1) + len(word))
        if key not in lex.name_prefixes:
            break
        p = m.end()
    if best is None:
        return pos, None, None
    key, end = best
    if key in _at_end_names() and _noun_next(text, end, lex):
        return pos, None, None  # '45,939 gold equivalent ounces', '10 real problems'
    sign = lex.cased_names.get(key)
    if sign is not None and prof is not None and prof.language != "en" and key in lex.words.stop and (
            text[pos:end].strip().islower()):
        return pos, None, None  # a sign in letters, written otherwise: a word ('760 le enti')
    code = lex.names[key]
    if code in lex.all_codes:
        return end, code, None
    return end, None, name_sign(key, code)


@cache
def _at_end_names() -> frozenset[str]:
    """The lexicon's [name-at-end]: names of a currency that are English words, money only
    where the phrase ends ('10 Zimbabwe gold'), not before a noun ('eight gold mines')."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("name-at-end"))


def _noun_next(text: str, end: int, lex: Lexicon) -> bool:
    """Is the word right after ``end`` (one space) a word in lower case that is no function
    word ([stop]): the noun or adjective the name before it qualifies?"""
    m = WORDS.match(text, end)
    if m is None or m.start(1) != end + 1 or text[end : end + 1] != " ":
        return False
    word = m.group(1).rstrip(".,'’")
    return word.isalpha() and word.islower() and word not in lex.words.stop
