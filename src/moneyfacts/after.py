"""What follows a number: the matchers read after its digits, in turn.

:func:`after_number` reads, into a :class:`~moneyfacts.parts.Part`, the magnitude
(:mod:`~moneyfacts.magnitudes`), percent, a currency after the number
(:mod:`~moneyfacts.signs`), a code settling a shared sign before it, the matchers slotted in
with :func:`register_matcher` (the measure matcher first), a counted noun
(:mod:`~moneyfacts.counts`), a qualifier after it ('-plus', 'or more') and a per-unit.
"""

from __future__ import annotations

import re
import unicodedata

from collections.abc import Callable
from functools import cache
from decimal import Decimal
from functools import cache

from moneyfacts.context import family
from moneyfacts.counts import attributive_count, count_noun, singular
from moneyfacts.currencies import Lexicon, Sign, lexicon_alternation, lexicon_section
from moneyfacts.locales import LocaleProfile, fold
from moneyfacts.magnitudes import cjk_rest, first_power, foreign_language, magnitude
from moneyfacts.magnitudes import _word as _magnitude_word
from moneyfacts.measures import (TIME_SPANS, MeasureMatch, _per_past_bracket, hyphen_per, listed_per,
                                 match_measure, per_after_of, per_phrase, table)
from moneyfacts.glued import glued_unit
from moneyfacts.minor import minor_unit
from moneyfacts.unitnames import match_unit
from moneyfacts.parts import Part
from moneyfacts.numbers import Figure
from moneyfacts.signs import CJK_FIRST, CJK_LAST, GAP_START, WORDS, suffix_currency
from moneyfacts.evidence import _english_words

__all__ = ["AFTER_NUMBER", "Matcher", "after_number", "per_after", "register_matcher"]

#: What can start anything read after a number, besides letters and currency signs.
_RIGHT_STARTS = GAP_START | {"%", "％", "°", "¢", '"', "'", "″", "′", "²", "³"}  # '5"', '5 m²'


#: A matcher read after a number that has no currency, before the count-noun reading:
#: ``matcher(text, end_of_number, lexicon)`` gives (end, kind, unit) or None, or a
#: :class:`~moneyfacts.measures.MeasureMatch` (a physical unit, with its per-unit, the
#: magnitude its spelling carries and what was assumed). The scan tries those in
#: ``AFTER_NUMBER`` in order (see :func:`register_matcher`), after a magnitude word or right
#: after the digits ('3nm', '45C'). The first is the measure matcher ('2 GW', '5 km').
Matcher = Callable[[str, int, Lexicon], "tuple[int, str, str] | MeasureMatch | None"]
AFTER_NUMBER: list[Matcher] = []


def register_matcher(matcher: Matcher) -> None:
    """Slot a matcher in after the number and before the count-noun reading (once)."""
    if matcher not in AFTER_NUMBER:
        AFTER_NUMBER.append(matcher)


def after_number(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None = None) -> bool:
    """Read magnitude, percent, currency, count noun, qualifier and per after the number.

    The scanner after the digits, composing the matchers below in turn, each asked only when
    its first test (written here) holds: :func:`_closed` (nothing can be read there),
    :func:`_spaced_magnitude` (the commonest amounts), :func:`_magnitude_read` (the
    magnitude word, as a record), then :func:`_not_magnitude` (letters that are none), a
    vague magnitude or a percent (read here: most figures have no magnitude) or
    :func:`_magnified`, and :func:`_after_figure` (a currency, count, qualifier or per-unit
    after it all). False when the figure is no amount ('5G').

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(9), Decimal(1))
    >>> p = Part(0, 1, one)
    >>> after_number("9 billion yuan a year", p, lexicon()), p.end, p.magnitude, p.currency, p.per
    (True, 21, 9, 'CNY', 'year')
    >>> after_number("a 5G phone", Part(2, 3, one), lexicon())
    False
    """
    c = text[part.end : part.end + 1]
    if c >= "\u3040" or c == "+":  # '2000多亿元', '300여 명', (local23) '$600+ million': more than
        c = _infixed(text, part, lex, c)
    if prof is None:
        if c not in _RIGHT_STARTS and not c.isalpha() and _closed(text, part, lex, c):
            return True  # ')', ',', '.', the end: nothing below could read a thing
        if c == " " and _spaced_magnitude(text, part, lex):
            return True  # '$9 billion', '9 billion yuan': the commonest amounts, read at once
    read = _magnitude_read(text, part, lex, prof, c)
    if read is None:
        return True  # '9m' in de is 9 metres: read as a unit
    end, power, ok = read
    if not ok:
        if not _unit_not_foreign(text, part, end, prof):
            return _not_magnitude(text, part, end, lex, prof)
        end, power = part.end, None  # count22: an English unit, read by the measure matcher
    if power is None:
        if c == " " and _glued_magnitude(text, part, lex, prof):
            return True  # (local21) '$60 millionfor': its size unsure, refused
        part.end, part.magnitude = end, None
        if text[end + 1 : end + 2] in _VAGUE_FIRSTS and text[end : end + 1] == " " and _vague_magnitude(
                text, part, end + 1):
            return True  # 'Rp 40 ribuan': refused
        m = lex.words.percent.match(text, end)
        if m:
            part.end, part.kind, part.unit = m.end(), "percent", "percent"
            return True
    else:
        _magnified(text, part, end, power, lex, prof)
    _after_figure(text, part, lex, prof)
    return True


def _closed(text: str, part: Part, lex: Lexicon, c: str) -> bool:
    """Matcher, without a locale, for a figure followed by ``c``, a character no reading
    after a number starts with (no letter, space or mark of :data:`_RIGHT_STARTS`): True when
    nothing can be read there (')', ',', '.', the end), after a per-unit after a slash
    ('$45/oz'); False when a sign of the lexicon may start there ('500/-': a [sign-after]
    sign, read as a currency after the number).

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(45), Decimal(1))
    >>> p = Part(1, 3, one, kind="money", currency="USD", prefix_start=0)
    >>> _closed("$45/oz of gold", p, lexicon(), "/"), p.end, p.per
    (True, 6, 'ounce')
    >>> _closed("Sh500/- a month", Part(2, 5, one), lexicon(), "/")
    False
    >>> _closed("in 2019.", Part(3, 7, one), lexicon(), ".")
    True
    """
    if c in lex.sign_lengths_by_first:
        return False
    if c == "/" and part.kind == "money":
        _slash_per(text, part, lex)  # '$45/oz'
    return c not in lex.after_signs_by_first or part.kind is not None or not _sign_at(
        text, part.end, lex.after_signs_by_first[c], lex)


#: The magnitude word read after a figure (:func:`_magnitude_read`): where it ends, its power
#: of ten (None when there is none), and whether the letters there may follow a figure.
_Magnitude = tuple[int, int | None, bool]


def _magnitude_read(
    text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None, c: str
) -> _Magnitude | None:
    """Matcher: the magnitude after the figure (:func:`~moneyfacts.magnitudes.magnitude`),
    with 'and a half' before it ('$2 and a half million': :func:`_and_a_half`) and a
    one-letter magnitude after a hyphen or space after a sign ('P300-b':
    :func:`_hyphen_magnitude`). None when, with a locale, the word is a unit, not a magnitude
    ('9m' in German copy is 9 metres): read as one by :func:`_after`, and the caller is done.

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(2), Decimal(1))
    >>> _magnitude_read("2 billion", Part(0, 1, one), lexicon(), None, " ")
    (9, 9, True)
    >>> _magnitude_read("P300-b", Part(1, 4, one, prefix_start=0), lexicon(), None, "-")
    (6, 9, True)
    >>> _magnitude_read("2 and a half million", p := Part(0, 1, one), lexicon(), None, " "), p.fig
    ((20, 6, True), Figure(value=Decimal('2.5'), precision=Decimal('0.1')))
    """
    end, power, ok = magnitude(text, part.end, lex, prof)
    if prof is not None and end > part.end and (power is not None or not ok) and (
            part.currency is None and part.ambiguous is None and _unit_not_magnitude(
                text, part, prof, end, lex)):
        _after(text, part, lex)  # '9m' in de is 9 metres; '2 mil na godzinę' 2 mph in pl
        return None
    if power is None and c == " " and prof is None and text.startswith(_AND_A_HALF, part.end):
        end, power, ok = _and_a_half(text, part, lex)  # '$2 and a half million'
    if ok and power is None and part.prefix_start is not None and text[end : end + 1] in ("-", " "):
        end, power = _hyphen_magnitude(text, end, lex)
    return end, power, ok


def _not_magnitude(
    text: str, part: Part, end: int, lex: Lexicon, prof: LocaleProfile | None
) -> bool:
    """Step, when the letters after the figure (up to ``end``) may not follow it: glued
    letters (:func:`_glued`: a currency or unit, else no amount, False), or another
    language's magnitude word, refused (:func:`_foreign_magnitude`: 'US$ 17,2 bilhões'), with
    a currency after it read ('5 milliards EUR': refused as money, never a count of
    'milliards' nor 5 of anything).

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(5), Decimal(1))
    >>> _not_magnitude("5 milliards EUR", p := Part(0, 1, one), 11, lexicon(), None)
    True
    >>> p.end, p.currency, p.doubt
    (15, 'EUR', "'milliards' after the amount is a magnitude in 'fr' numbers, not in English; read with locale='fr'")
    >>> _not_magnitude("a 5G phone", Part(2, 3, one), 3, lexicon(), None)
    False
    """
    if end == part.end:
        return _glued(text, part, lex, prof)
    _foreign_magnitude(text, part, end, lex)  # 'US$ 17,2 bilhões': refused
    if part.currency is None and part.ambiguous is None:
        cend, code, sign = suffix_currency(text, part.end, lex, prof)
        if cend != part.end:
            part.end, part.kind, part.currency, part.ambiguous = cend, "money", code, sign
    return True


def _magnified(
    text: str, part: Part, end: int, power: int, lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """Step, for a figure with a magnitude word up to ``end``: the locale's reading of the word
    (:func:`_locale_magnitude`: '25 mdd', a false friend), the magnitude read into the part,
    then smaller magnitudes' figures after it (:func:`_compound_magnitude`: '6 milyar 534
    milyon').

    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.locales import profile
    >>> t = "6 milyar 534 milyon dolar"
    >>> p = Part(0, 1, Figure(Decimal(6), Decimal(1)))
    >>> _magnified(t, p, 8, 9, lexicon(), profile("tr")); p.fig.value, p.end, p.magnitude
    (Decimal('6534'), 19, 6)
    """
    if prof is not None:
        _locale_magnitude(text, part, end, power, lex, prof)
    part.end, part.magnitude = end, power
    _compound_magnitude(text, part, power, lex, prof)


def _after_figure(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None) -> None:
    """Step, once the figure and its magnitude are read: after a sign and a space, the name of
    a currency that settles the sign (with a locale, a name the locale writes '$' after a bare
    '$', '$86,090 millones de pesos': :func:`_name_after_sign`; in English, a currency name,
    '$45.00 dollars per barrel', '€10 euros': :func:`_name_after_english_sign`); then a code
    after it settling a shared sign before it (:func:`_code_after`: '$74.3 billion USD'),
    else, with no currency yet, a currency, unit or counted noun after it
    (:func:`_currency_or_count`); then a qualifier or per-unit after all that
    (:func:`_after`), or a per-unit after a slash ('$45/oz': :func:`_slash_per`).

    >>> from moneyfacts.currencies import lexicon
    >>> p = Part(0, 1, Figure(Decimal(5), Decimal(1)))
    >>> _after_figure("5 engineers or more", p, lexicon(), None); p.unit, p.qualifier
    ('engineer', 'ge')
    >>> p = Part(1, 3, Figure(Decimal(10), Decimal(1)), kind="money", currency="EUR", prefix_start=0)
    >>> _after_figure("€10 euros each", p, lexicon(), None); p.end
    9
    """
    if part.prefix_start is not None and text[part.end : part.end + 1] == " ":
        if prof is not None:
            if text[part.prefix_start : part.start].strip() == "$":
                _name_after_sign(text, part, lex, prof)  # '$86,090 millones de pesos'
        elif text[part.end + 1 : part.end + 5].lower() in (_NAME_STARTS or _name_starts()):
            _name_after_english_sign(text, part, lex)  # '$45.00 dollars per barrel', '€10 euros'
    shared = part.sign or part.ambiguous
    if shared is not None and text[part.end : part.end + 2][-1:].isupper():
        _code_after(text, part, shared, lex, prof)
    elif part.currency is None and part.ambiguous is None:
        _currency_or_count(text, part, lex, prof)
    c = text[part.end : part.end + 1]
    if c in _AFTER_START or c >= "\u3040":  # _after's own first test, saving a call
        _after(text, part, lex)
    elif c == "/" and part.kind in ("money", "count"):
        _slash_per(text, part, lex)


#: The fast path's one match after an amount's digits: a space, a word of ASCII letters (the
#: magnitude word, if any), and then either the end, a closing mark or a space and the next
#: word (ASCII letters, the whole of its run of letters). See :func:`_spaced_magnitude`.
_MAGNITUDE_THEN = re.compile(r" ([A-Za-z]+)(?:(?=[),.;:]|\Z)| ([A-Za-z]+)(?![^\W\d_]))")
#: What joins a second figure to the magnitude before it: [part-join]'s ASCII words
#: (:data:`_SPACED_REST` reads them all).
_REST_LINKS = frozenset(k for k, _ in lexicon_section("part-join") if k.isascii())


def _spaced_magnitude(text: str, part: Part, lex: Lexicon) -> bool:
    """The fast path of :func:`after_number` (no locale) for the commonest amounts in English
    news: a space, a magnitude word of the lexicon, then a closing mark, the end, or a word
    that no magnitude step reads ('US$9 billion)', '$9 billion in', '9 billion yuan'). It
    reads the part to its end (True) exactly as the general path would; anything else is left
    to it (False, the part untouched). The steps it stands for, and why each reads nothing
    here (tests/test_fastpath.py holds the law: the same part as the general path on
    generated and corpus text): :func:`~moneyfacts.magnitudes.magnitude` reads the word as
    the lexicon says (one word, no compound nor code magnitude), its ``_stacked`` finds no
    magnitude and no foreign one in the next word (:func:`_quiet_after_magnitude`),
    ``_compound_magnitude`` no figure after it (no digit, no link word); after a sign,
    :func:`_name_after_english_sign` finds no currency name and ``_code_after`` no capital
    after a shared sign. What follows is the general path's own: a part without a currency
    reads one or a counted noun (:func:`_currency_or_count`), and :func:`_after` is asked
    only when the next word may start a qualifier or per-unit."""
    m = _MAGNITUDE_THEN.match(text, part.end)
    if m is None:
        return False
    kind = _magnitude_word(m.group(1), lex)
    power = kind.power
    if power is None or kind.compound_start or kind.code_power is not None:
        return False
    end = m.end(1)
    nxt = m.group(2)
    shared = part.sign or part.ambiguous
    if nxt is None:  # a closing mark or the end: _code_after looks at the character after it
        if shared is not None and text[end : end + 2][-1:].isupper():
            return False
    else:
        quiet = _quiet_after_magnitude(nxt, lex)
        if quiet == 0 or quiet == 1 and part.prefix_start is not None:
            return False  # a magnitude step reads it; or a name after a sign ('$5 Canadian dollars')
        if shared is not None and nxt[0].isupper():
            return False  # '$74.3 billion USD': a code may settle the shared sign
    part.end, part.magnitude = end, power
    if part.currency is None and part.ambiguous is None:
        _currency_or_count(text, part, lex, None)  # '9 billion yuan', '5 million people'
        c = text[part.end : part.end + 1]  # then as after_number ends
        if c in _AFTER_START or c >= "\u3040":
            _after(text, part, lex)
        elif c == "/" and part.kind in ("money", "count"):
            _slash_per(text, part, lex)
    elif nxt is not None and nxt[0] in lex.words.after_second:  # _after's own first test
        _after(text, part, lex)
    elif nxt is not None and part.kind == "money" and _adverb_ahead(text, end):
        _adverb(text, part)  # 'Sh12.26 billion daily', '$2 million monthly' (local18)
    return True


#: The words met after a magnitude word, and what the steps after a magnitude make of them
#: (:func:`_quiet_after_magnitude`), for the lexicon ``_QUIET_OF`` holds; emptied when large.
_QUIET: dict[str, int] = {}
_QUIET_OF: list[Lexicon] = []


def _quiet_after_magnitude(word: str, lex: Lexicon) -> int:
    """What the steps after a magnitude word make of ``word`` (a run of ASCII letters after
    one space): 0 when one reads it (a magnitude, or a foreign one of four letters or more:
    ``_stacked``; a word joining a figure, 'and 300 million': ``_compound_magnitude``); 1 when
    none does but it starts a currency name (:func:`_name_after_english_sign`, after a sign);
    2 when nothing reads it. The answer depends on the word alone and is kept."""
    if _QUIET_OF and _QUIET_OF[0] is lex:
        found = _QUIET.get(word)
        if found is not None:
            return found
    else:
        _QUIET.clear()
        _QUIET_OF[:] = [lex]
    if len(_QUIET) >= 4096:
        _QUIET.clear()
    kind = _magnitude_word(word, lex)
    if kind.power is not None or len(word) > 3 and kind.foreign or word in _REST_LINKS:
        quiet = 0
    else:
        quiet = 1 if word.lower() in _name_first_words(id(lex)) else 2
    _QUIET[word] = quiet
    return quiet


def _sign_at(text: str, end: int, lengths: tuple[int, ...], lex: Lexicon) -> bool:
    """Is a sign of those ``lengths`` written at ``end``?"""
    return any(text[end : end + k] in lex.signs for k in lengths)


_SLASH_PER = re.compile(r"/([^\W\d_]{1,12})(?![^\W\d_])(?![/-])")  # any script: 'đồng/lít'


def _full_amount(text: str, part: Part, lex: Lexicon) -> bool:
    """'Sh500/- a month', 'Rs. 2,500/= per month': the mark of a full amount that East African
    and South Asian copy writes after a figure (a sign of the lexicon's [sign-after] starting
    with a slash), after an amount whose currency its sign already gave, joins the amount, and
    what follows it is read as after the figure (its per). True when it was there."""
    if part.kind != "money" or (part.currency is None and part.sign is None
                                and part.ambiguous is None):
        return False
    mark = text[part.end : part.end + 2]
    if mark not in lex.signs or mark not in _SLASH_MARKS or text[part.end + 2 : part.end + 3].isdigit():
        return False
    part.end += 2
    if text[part.end : part.end + 1] in _AFTER_START:
        _after(text, part, lex)
    return True


#: The signs of [sign-after] that are a slash and a mark ('/-', '/='): see :func:`_full_amount`.
_SLASH_MARKS = frozenset(("/-", "/="))


def _slash_per(text: str, part: Part, lex: Lexicon) -> None:
    """A noun of [per] right after a slash is the amount's per ('€138M/yr', '$45/oz', '$5m/year');
    not a slash between words ('and/or'), which [per] has none of. A unit of the units table
    is one too, after a magnitude word or not ('$5.9/MMBtu', '$3/Mcf', '$2/mn BTU')."""
    if _full_amount(text, part, lex):
        return
    m = _SLASH_PER.match(text, part.end)
    if m is not None:
        per = lex.per_nouns.get(m.group(1).lower())
        if per is not None:
            part.per, part.end = per, m.end()
            return
        unit = _unit_per(text, part.end + 1, lex)
        if unit is not None:
            part.end, part.per = unit


_ROUND_NUMBER = re.compile(r"1(?:0{1,2}(?:,000)*|,000(?:,000)*|0{3,})(?![\d,.]?\d)")


def _unit_per(text: str, pos: int, lex: Lexicon, number: int | None = None) -> tuple[int, str] | None:
    """A per-unit that is a physical unit of the units table, at ``pos`` (a word's start),
    counted by ``number`` or by a magnitude word before it ('1,000 cubic meters', 'million
    Btu', 'mn BTU', 'MMBtu'): (end, '<number> <unit as written, singular>'), the number left
    out when there is none. None when no unit is written there."""
    if number is None:
        end, power, ok = magnitude(text, pos - 1 if text[pos - 1 : pos] == " " else pos, lex)
        if power is not None and ok and end > pos and text[end : end + 1] == " ":
            number, pos = 10**power, end
    else:
        pos -= 1  # the unit is read after the gap that follows the number
    start = pos + (text[pos : pos + 1] == " ")
    found = match_measure(text, pos, number=None if number is None else Decimal(number))
    if found is None or found.per is not None or found.end <= start:
        return None
    words = text[start : found.end].lower().split()
    last = singular(words[-1], lex)
    two = per_phrase(text, start + len(words[0]), words[0]) if len(words) == 2 else None
    if last is None and two is not None:  # the units table's singular: 'cubic feet' -> 'cubic foot'
        words = two[1].split()
    else:
        words[-1] = last or words[-1]
    unit = " ".join(words)
    return found.end, unit if number is None else f"{number} {unit}"


def _per_quantity(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    """After 'per' at ``pos``: a round number (10, 100, 1,000, ...) or a magnitude word and the
    unit or plural noun it counts ('$280 per 1,000 cubic meters', 'Rs 50,000 per 10 grams',
    '$2.50 per million Btu', '$40 per 1,000 people'): (end, '1000 cubic meter'), or None.
    Any other number after 'per' is no per-unit ('per 2019 figures')."""
    m = _ROUND_NUMBER.match(text, pos)
    if m is None:
        return _unit_per(text, pos, lex) if text[pos : pos + 1].isalpha() else None
    number, end = int(m.group().replace(",", "")), m.end()
    if text[end : end + 1] != " ":
        return None
    unit = _unit_per(text, end + 1, lex, number)
    if unit is not None:
        return unit
    w = _NOUN_AFTER.match(text, end)
    noun = None if w is None else singular(w.group(1), lex)
    if w is None or noun is None:
        return None
    return w.end(), f"{number} {noun}"


_NOUN_AFTER = re.compile(r" ([^\W\d_]{3,})\b")


@cache
def _per_number_heads() -> tuple[str, ...]:
    """How 'per 1,000 cubic meters' may start after an amount: a space or comma and the first
    letter of a [per-word] of any noun, in either case (one test in C)."""
    from moneyfacts.currencies import lexicon_section

    return tuple(sorted({g + c for k, v in lexicon_section("per-word") if v == "any"
                         for c in (k[0].lower(), k[0].upper()) for g in (" ", ",")}))


@cache
def _per_number() -> re.Pattern[str]:
    """A [per-word] of any noun ('per') before a digit: 'per 1,000 cubic meters'."""
    from moneyfacts.currencies import lexicon_section

    words = [k for k, v in lexicon_section("per-word") if v == "any"]
    return re.compile(r"[ ,]*(?:" + "|".join(map(re.escape, words)) + r")[ \n]+(?=\d)", re.IGNORECASE)


def _modified_per(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """'per ordinary share', 'per Class A share', 'per Versum share': one or two words before a
    noun of [per], the first of which is no [per] noun: (end, the [per] noun's value)."""
    words = _MODIFIED.match(text, end)
    if words is None:
        return None
    for i in (1, 2, 3):
        noun = words.group(i)
        if noun is None:
            return None
        if len(noun) == 1 and noun.isupper():
            continue  # a class of shares: 'per Class A share'
        if noun.lower() in lex.words.stop:
            return None
        per = lex.per_nouns.get(noun.lower())
        if per is not None:
            return words.end(i), per
    return None


_AFTER_HYPHENED = re.compile(r" ([a-z]{3,})\b(?!-)")
_MODIFIED = re.compile(r" ([^\W\d_]+)(?: ([^\W\d_]+))?(?: ([^\W\d_]+))?\b")


_AND_A_HALF = " and a half"


def _locale_magnitude(
    text: str, part: Part, end: int, power: int, lex: Lexicon, prof: LocaleProfile
) -> None:
    """With a locale, the magnitude word read up to ``end`` may carry the currency ('25 mdd':
    millions of US dollars) or be a false friend ('$30 Billion' in a German page)."""
    if prof.marker_currencies and part.currency is None and part.ambiguous is None:
        named = prof.marker_currencies.get(text[part.end : end].strip())
        if named is not None:  # '25 mdd': millions of US dollars, the currency in the marker
            part.kind, part.currency = "money", named
    if power >= 9 and part.fig.value != 1 and text[end - 1 : end].isalpha():
        _false_friend(text, part, end, prof, lex)  # '$30 Billion' in a German page


def _compound_magnitude(
    text: str, part: Part, power: int, lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """Figures with smaller magnitudes of their own after the magnitude ending at the part's
    end, added to the amount: '1兆2000億', '2兆 3000億' (one space), '6 milyar 534 milyon'."""
    end = part.end
    if CJK_FIRST <= text[end - 1 : end] <= CJK_LAST and (
            "0" <= text[end + (text[end : end + 1] == " ") : end + 2][:1] <= "9"):
        _cjk_compound(text, part, power, lex)
    elif _SPACED_REST.match(text, end):  # (its first test: a space after the magnitude)
        _spaced_compound(text, part, power, lex, prof)  # '6 milyar 534 milyon', '1 млрд 200 млн'
    else:
        nxt = text[end : end + 1]
        if nxt >= "\u3040" and part.qualifier is None and nxt in _infixes():
            _infix(text, part, _infixes()[nxt])  # '2000万余元', '1.26萬餘張': more than, after the myriad


@cache
def _infixes() -> dict[str, str]:
    """The lexicon's [qualifier-infix]: a qualifier written between the number and its
    magnitude, currency or classifier ('2000多亿元')."""
    from moneyfacts.currencies import lexicon_section

    return dict(lexicon_section("qualifier-infix"))


def _infix(text: str, part: Part, qualifier: str) -> None:
    """The infix qualifier at ``part.end`` is read when a CJK word follows it (one space
    allowed, as Korean writes '300여 명'): the magnitude, currency or classifier."""
    nxt = text[part.end + 1 : part.end + 3].lstrip(" ")[:1]
    if nxt >= "\u3040" and not nxt.isspace():
        part.end += 1
        part.qualifier = qualifier


def _infixed(text: str, part: Part, lex: Lexicon, c: str) -> str:
    """A qualifier written between the number and what follows (lexicon [qualifier-infix]),
    read: a CJK one before a CJK word (:func:`_infix`), a plus sign before a magnitude word
    (:func:`_plus_infix`). The character after the part as it then ends."""
    if c == "+":
        _plus_infix(text, part, lex)
    elif c in _infixes():
        _infix(text, part, _infixes()[c])
    return text[part.end : part.end + 1]


def _plus_infix(text: str, part: Part, lex: Lexicon) -> bool:
    """(local23) A plus sign between the figure and a magnitude word one space after it ('$600+
    million': more than 600 million, lexicon [qualifier-infix] '+') is read as that qualifier,
    so that the magnitude is read too (it was dropped: '$600', a silent wrong value).

    >>> from moneyfacts.currencies import lexicon
    >>> p = Part(1, 4, Figure(Decimal(600), Decimal(1)))
    >>> _plus_infix("$600+ million", p, lexicon()), p.end, p.qualifier
    (True, 5, 'gt')
    >>> _plus_infix("$600+ a year", Part(1, 4, Figure(Decimal(600), Decimal(1))), lexicon())
    False
    """
    qualifier = _infixes().get("+")
    if qualifier is None or text[part.end + 1 : part.end + 2] != " ":
        return False
    word = text[part.end + 2 : part.end + 16].split(None, 1)[:1]
    if not word or magnitude(text, part.end + 2, lex, None)[1] is None:
        return False
    part.end += 1
    part.qualifier = qualifier
    return True


def _and_a_half(text: str, part: Part, lex: Lexicon) -> tuple[int, int | None, bool]:
    """'$2 and a half million': a whole number, 'and a half' and a magnitude are one figure
    (2.5 million, precise to the tenth as '2.5' is). The magnitude read after it, or none
    (then the part stays as it was: '$2 and a half' alone is left to the hundredths)."""
    after = part.end + len(_AND_A_HALF)
    end, power, ok = magnitude(text, after, lex, None)
    if power is None and end == after and part.fig.precision == 1 and part.currency is None and (
            part.ambiguous is None) and _unit_after(text, after):
        part.fig = Figure(part.fig.value + Decimal("0.5"), Decimal("0.1"))
        return after, None, True  # '5 and a half inches of rain': 5.5 inches (counts14)
    if power is None or not ok or part.fig.precision != 1:
        return part.end, None, True
    part.fig = Figure(part.fig.value + Decimal("0.5"), Decimal("0.1"))
    return end, power, ok


def _unit_after(text: str, at: int) -> bool:
    """Is a unit of units.txt written at ``at`` ('inches', 'gigawatts'), with no number of its
    own right after it?"""
    return text[at : at + 1] == " " and match_measure(text, at, False, Decimal(2)) is not None


def _false_friend(text: str, part: Part, end: int, prof: LocaleProfile, lex: Lexicon) -> None:
    """'$30 Billion of demand' quoted in a German page: the locale's singular magnitude word
    (CLDR's long compact form for one, 'Billion', 10^12) is English's too with another power
    (10^9); after a figure other than one the locale writes its plural ('30 Billionen'), so
    the word is English's or the locale's: refused, saying so, never read 1000 times off."""
    word = text[part.end : end].strip(" \u00a0")
    power = _singular_false_friends(prof.name).get(word)
    if power is not None and lex.magnitudes_ci.get(word.lower()) not in (None, power):
        part.doubt = (f"{word!r} after a figure other than one is the English magnitude, or "
                      f"locale={prof.name!r}'s singular (10^{power}) written for its plural")


@cache
def _singular_false_friends(locale: str) -> dict[str, int]:
    """The locale's long magnitude words for one that differ from its plural ('Billion' and
    'Billionen' in de) -> their power of ten."""
    from babel import Locale

    forms = Locale.parse(locale).compact_decimal_formats.get("long", {})
    def words(plural: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, pattern in dict(forms.get(plural, {})).items():
            word = (pattern.suffix[0] or pattern.prefix[0]).strip(" \u00a0")
            if word and pattern.pattern.count("0") == 1:
                out.setdefault(word, len(key) - 1)
        return out
    one, other = words("one"), words("other")
    return {w: p for w, p in one.items() if w not in other}


def _cjk_compound(text: str, part: Part, power: int, lex: Lexicon) -> None:
    """'3億2000万円' (320 million yen): the figures after a CJK magnitude, each with a smaller
    one, are added to the amount, which is then counted in the last magnitude written (its
    precision that of the last figure)."""
    end, rest = cjk_rest(text, part.end, power, lex)
    if not rest:
        return
    last = rest[-1][1]
    total = part.fig.value.scaleb(power - last)
    for digits, p in rest:
        total += Decimal(digits).scaleb(p - last)
    part.fig = Figure(total, _ONE)
    part.end, part.magnitude = end, last or None


#: A spaced figure of one to three digits after a magnitude, maybe with 'and' written onto it
#: (Arabic 'و', Hebrew 'ו') or before it ('1 milione e 300mila', '1 milhão e 300 mil', '2
#: millones y 400 mil'), in any script's digits ('२२ करोड ३३ लाख'), maybe with a decimal
#: ('619 млрд 670,5 млн'), of up to six digits below a magnitude six places above ('9
#: billones 21995 millones', Mexican copy's '21 mil 995' in digits; world20: '1 billón 744 mil
#: 159 millones', six, dropped the billón): the screen of :func:`_spaced_compound`, whose
#: readings each bound the digits by the magnitudes around them.
_SPACED_REST = re.compile(
    r"(?:[ \u00a0]{1,2}|(?<=[\u0627\u062f\u0631\u0632\u0648\u0688\u0691\u06d2]))"  # (Urdu's
    rf"(?:[\u0648\u05d5]-?|(?:{lexicon_alternation('part-join')}) )?(\d{{1,6}})([.,]\d+)?(?=[ \u00a0]|[^\W\d_])")
# 'کروڑ30 لاکھ', 'ہزار848ارب': no space after a letter that joins none after it, RIGHT_JOINING;
# asia23: two spaces as one ('३ लाख ३४ हजार  २७३ कोटी': the parts were read apart, silently);
# Persian writes its 'و' as a word: '۶ هزار و ۴۱۵ میلیون', 6,415 million)


def _spaced_compound(
    text: str, part: Part, power: int, lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """'6 milyar 534 milyon dolar' (tr), '1 млрд 200 млн рублей', '18 مليون و700 ألف': a whole
    figure of at most three digits after a magnitude, with a smaller magnitude of its own that
    it does not fill ('534 milyon' below a milyar), is added to the amount, which is then
    counted in that smaller magnitude (6,534 million). Else the first figure's magnitude
    would be dropped and the amount read as its last part."""
    total = part.fig.value
    end = part.end
    last = power
    precision = _ONE
    while True:
        m = _SPACED_REST.match(text, end)
        if m is None:
            break
        fraction = m.group(2)  # '619 млрд 670,5 млн': the locale's decimal mark only
        if fraction and fraction[0] != (prof.decimal if prof is not None else "."):
            break
        stop, p, ok = magnitude(text, m.end(), lex, prof)
        if p is not None and ok and p > last and not fraction and len(m.group(1)) <= last:
            # A larger magnitude after the figure closes the group before it, as South Asian
            # numbers are written: the group counts in that magnitude ('২ হাজার ২০৮ কোটি':
            # 2,208 crore; '৭ লাখ ৬১ হাজার ৭৮৫ কোটি': 761,785 crore; '21 mil 995 millones'),
            # or, the figure's own magnitude written first ('1 लाख 25 हजार करोड़': a lakh and
            # 25 thousand, of crores), in the magnitude that follows the figure's.
            own = first_power(text, m.end(), lex, prof) if stop > m.end() else None
            if own is not None and own < last and own < p and len(m.group(1)) <= last - own:
                total = total.scaleb(last - own) + Decimal(m.group(1))
                end, last = stop, p
                continue
            group = total.scaleb(last) + Decimal(m.group(1))
            if own == p and group < _ONE.scaleb(p):
                total = group
                end, last = stop, p
                continue
        if p is None and last <= _UNITS_BELOW and len(m.group(1)) <= last and not fraction and (
                _unit_ends(text, m.end())):
            # The units after the smallest magnitude, as South Asian and Turkish numbers end
            # ('54 हजार 901 रुपये': 54,901; '1 लाख 20 हजार 99 रुपये': 120,099; '2 bin 500
            # lira'): added, not dropped for the units to be read alone (901 rupees)
            total = total.scaleb(last) + Decimal(m.group(1))
            end, last = m.end(), 0
            break
        if p is None and last != power and len(m.group(1)) <= 3 and not fraction and (
                _currency_next(text, m.end(), lex, prof)):
            # The units of an amount written out in full, its currency right after them, past
            # two magnitudes ('279 milyar 750 milyon 936 TL': 279,750,000,936 lira, not 936)
            total = total.scaleb(last) + Decimal(m.group(1))
            end, last = m.end(), 0
            break
        if p is None or not ok or p >= last or len(m.group(1)) > last - p:
            break
        total = total.scaleb(last - p) + Decimal(m.group(1) + ("." + fraction[1:] if fraction else ""))
        precision = _ONE.scaleb(1 - len(fraction)) if fraction else _ONE
        end, last = stop, p
    if last != power:
        part.fig = Figure(total, precision)
        part.end, part.magnitude = end, last


#: The largest magnitude whose units a figure after it may be (a thousand, a lakh): '54 हजार
#: 901', '1 लाख 20 हजार 99'; not a million's ('5 million 300' is no number written so).
_UNITS_BELOW = 5


def _currency_next(text: str, end: int, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """Is a currency (a sign, code or name) written right after the figure ending at ``end``?"""
    stop, code, sign = suffix_currency(text, end, lex, prof)
    return stop > end and (code is not None or sign is not None)


def _unit_ends(text: str, end: int) -> bool:
    """Does the figure ending at ``end`` end a number: a space or a letter after it, no digit
    group, decimal or range mark? ('901 रुपये', '99 रुपए'; not '901-905', '500/600')."""
    nxt = text[end : end + 1]
    return nxt == "" or nxt in " \u00a0" and not text[end + 1 : end + 2].isdigit() or nxt.isalpha()


def _glued(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """Letters glued to the digits that are no magnitude: only a currency may follow
    ('100USD', '1,234.50US$') or a matcher's unit ('3nm', '3.5GW', '45C'); anything else
    ('H200s', '5G') is no amount (False). An amount with its sign before it, glued to an
    English word, lost its space (:func:`_lost_space`: '£1,928from London'): kept as written."""
    if part.currency is not None or part.ambiguous is not None:
        if part.magnitude is None and _signed_magnitude(text, part):
            _after(text, part, lex)  # '$867.0mm' (news_20)
            return True
        return _lost_space(text, part.end)
    if prof is not None and minor_unit(text, part, lex, prof.language):  # '10센트' (ko)
        _after(text, part, lex)
        return True
    if prof is not None and number_suffix(text, part.end, prof.language):
        return True  # 'රුපියල් කෝටි 132ක' (si): the figure's article; the words before it read on
    if prof is None and glued_unit(text, part):  # '0.8pc', '452p', '18c' (English copy)
        if part.kind == "money" and text[part.end : part.end + 1] == "/":
            _slash_per(text, part, lex)  # '34c/l': cents a litre (local19)
        else:
            _after(text, part, lex)
        return True
    if lex.sign_magnitudes and _magnitude_before_sign(text, part, lex):
        _currency_or_count(text, part, lex, prof)  # '2.70tri/-': the sign after it
        _after(text, part, lex)
        return True
    cend, code, sign = suffix_currency(text, part.end, lex, prof)
    if cend == part.end:
        if not _matched(text, part, lex, prof):
            if "\uac00" <= text[part.end] <= "\ud7a3":  # '270명의', '2곳으로': a Korean counter
                nend, noun = count_noun(text, part.end, part, lex, prof)
                if noun is not None:
                    part.end, part.kind, part.unit = nend, "count", noun
                    _after(text, part, lex)
                    return True
            return False
    else:
        part.end, part.kind, part.currency, part.ambiguous = cend, "money", code, sign
    _after(text, part, lex)
    return True


@cache
def _number_suffixes(language: str) -> tuple[str, ...]:
    """[number-suffix <language>]: what the language glues onto a figure, longest first."""
    return tuple(sorted((k for k, _v in lexicon_section(f"number-suffix {language}")), key=len, reverse=True))


def number_suffix(text: str, end: int, language: str) -> bool:
    """Is a suffix of [number-suffix <language>] glued to the figure ending at ``end``, the
    word's end right after it ('රුපියල් මිලියන 250ක්' in Sinhala: 250 million rupees, with the
    indefinite article)?

    >>> number_suffix("රුපියල් කෝටි 132ක මුදලක්", 16, "si"), number_suffix("132කට", 3, "si")
    (True, False)
    """
    for suffix in _number_suffixes(language):
        if text.startswith(suffix, end):
            after = text[end + len(suffix) : end + len(suffix) + 1]
            return not after or not (after.isalnum() or unicodedata.category(after) in ("Mn", "Mc"))
    return False


@cache
def _signed_magnitudes() -> dict[str, int]:
    """(news_20) The lexicon's [magnitude-after-sign]: magnitudes read glued to a figure only
    when a currency sign or code stands before it ('$867.0mm')."""
    return {k: int(v) for k, v in lexicon_section("magnitude-after-sign")}


def _signed_magnitude(text: str, part: Part) -> bool:
    """(news_20) A magnitude of [magnitude-after-sign] glued to the digits of an amount whose
    currency is written before them, ending a word ('S$867.0mm': 867 million SGD; '9mm' with
    no sign stays millimetres): read into the part (True).

    >>> p = Part(2, 7, Figure(Decimal("867.0"), Decimal("0.1"))); p.currency = "SGD"
    >>> _signed_magnitude("S$867.0mm in", p), p.end, p.magnitude
    (True, 9, 6)
    """
    m = _GLUED_LETTERS.match(text, part.end)
    if m is None:
        return False
    power = _signed_magnitudes().get(m.group())
    if power is None:
        return False
    part.end, part.magnitude = m.end(), power
    return True


#: (news_20) Letters of either case glued after an amount's digits, ending a word ('mm', 'MM').
_GLUED_LETTERS = re.compile(r"[A-Za-z]+(?![^\W\d_])")
#: The letters glued after an amount's digits (gnews19: '£1,928from').
_GLUED_WORD = re.compile(r"[a-z]+(?![^\W\d_])")


def _lost_space(text: str, end: int) -> bool:
    """(gnews19) Do the small letters glued to the digits ending at ``end`` make a whole
    English word of three letters or more (the web2 list of english-words: 'from', 'each',
    'off'), as a page's markup writes when it loses the space between an amount and the next
    word ('from £1,928from London')? The lexicon's magnitudes ('5bn', '5mil') are read before
    this is asked; letters that make no word ('5G', 'H200s') are no amount.

    >>> _lost_space("cost £1,928from London", 11), _lost_space("a $5xq bet", 4)
    (True, False)
    """
    m = _GLUED_WORD.match(text, end)
    if m is None or len(m.group()) < 3:
        return False
    from moneyfacts.evidence import _english_words

    return m.group() in _english_words()


def _magnitude_before_sign(text: str, part: Part, lex: Lexicon) -> bool:
    """A magnitude of [magnitude-before-sign] glued to the number with its sign right after
    it ('2.70tri/-'): read into the part (True); anything else is no such magnitude."""
    for spelling, (power, sign) in lex.sign_magnitudes.items():
        if text.startswith(spelling, part.end) and text.startswith(sign, part.end + len(spelling)):
            part.end += len(spelling)
            part.magnitude = power
            return True
    return False


def _vague_words() -> tuple[str, ...]:
    from moneyfacts.currencies import lexicon_sections

    return tuple(sorted((k for k, _, _ in lexicon_sections().get("vague-magnitude", [])),
                        key=len, reverse=True))


#: The lexicon's [vague-magnitude] words ('ribuan', 'jutaan'), longest first, and their first
#: letters (a screen: a figure with no magnitude is looked at only when the next word starts
#: with one).
_VAGUE_WORDS = _vague_words()
_VAGUE_FIRSTS = frozenset(w[0] for w in _VAGUE_WORDS)


def _vague_magnitude(text: str, part: Part, at: int) -> bool:
    """A plural magnitude of approximation right after the figure ([vague-magnitude]:
    Indonesian 'Rp 40 ribuan', some forty thousand rupiah): the figure is no amount of its
    own, so the part is refused (``doubt``), never read as Rp 40.

    >>> from moneyfacts import extract
    >>> ex = extract("Harganya Rp 40 ribuan per porsi.", locale="id")
    >>> ex.mentions, ex.skipped[0].reason
    ([], "vague amount: 'Rp 40 ribuan' states no figure ('ribuan')")
    """
    low = text[at : at + 12].lower()
    for word in _VAGUE_WORDS:
        if low.startswith(word) and not low[len(word) : len(word) + 1].isalpha():
            start = part.prefix_start if part.prefix_start is not None else part.start
            part.end = at + len(word)
            part.doubt = f"vague amount: {text[start : part.end]!r} states no figure ({word!r})"
            return True
    return False


#: (local21) The word after an amount and a space, for :func:`_glued_magnitude`.
_WORD_AFTER = re.compile(r" ([A-Za-z]{5,})")


def _glued_magnitude(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None = None) -> bool:
    """(local21) Matcher: after a money amount and a space, a word that opens with an English
    magnitude word and runs on into another, no English word ('JD60 millionfor construction',
    '$60 billionin total': a space lost in the copy). The amount is refused (``doubt``), never
    read a million times too small; 'millionaire', 'millionths' are words, and read as before.

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(60), Decimal(1))
    >>> p = Part(1, 3, one, kind="money", currency="USD", prefix_start=0)
    >>> _glued_magnitude("$60 millionfor the school", p, lexicon()), p.end, p.doubt
    (True, 14, "'millionfor' after the amount opens with the magnitude 'million' run into another word: its size is unsure")
    >>> _glued_magnitude("$60 millionaires", Part(1, 3, one, kind="money"), lexicon())
    False
    """
    if prof is not None or part.kind != "money":
        return False
    m = _WORD_AFTER.match(text, part.end)
    if m is None:
        return False
    word = m.group(1).lower()
    heads = _magnitude_heads(lex)
    if word[:3] not in heads or word in lex.magnitudes_ci:
        return False  # most words: no magnitude's first three letters
    head = next((w for w in heads[word[:3]] if word.startswith(w)), None)
    if head is None:
        return False
    if word in _english_words() or word.rstrip("s") in _english_words():
        return False
    part.doubt = (f"{m.group(1)!r} after the amount opens with the magnitude {head!r} run into "
                  "another word: its size is unsure")
    part.end = m.end()
    return True


#: (local21) :func:`_magnitude_heads` of each lexicon seen, by its id (a Lexicon is no key),
#: with the lexicon itself (held, so that its id is never another's).
_HEADS: dict[int, tuple[Lexicon, dict[str, tuple[str, ...]]]] = {}


def _magnitude_heads(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """(local21) The lexicon's one-word magnitudes of four letters or more, by their first
    three ('mil' -> ('million', 'millions')), for :func:`_glued_magnitude`."""
    seen = _HEADS.get(id(lex))
    if seen is not None:
        return seen[1]
    out: dict[str, list[str]] = {}
    for w in lex.magnitudes_ci:
        if " " not in w and len(w) >= 4:
            out.setdefault(w[:3], []).append(w)
    heads = {k: tuple(v) for k, v in out.items()}
    _HEADS[id(lex)] = (lex, heads)
    return heads


def _unit_not_foreign(text: str, part: Part, end: int, prof: LocaleProfile | None = None) -> bool:
    """(count22) Is the word after the figure, another language's magnitude up to ``end``
    (Italian 'mld', miliardi), a unit of the units table as far or further in this text ('3,850
    MLD of water': a million litres a day where the text is about water)? Then it is read as
    that unit, not refused as a foreign magnitude.

    >>> one = Figure(Decimal(3850), Decimal(1))
    >>> _unit_not_foreign("It supplies 3,850 MLD of water.", Part(12, 17, one), 21)
    True
    >>> _unit_not_foreign("Ricavi per 5 mld.", Part(11, 12, one), 16)
    False
    """
    from moneyfacts.measures import match_measure

    if prof is not None:
        return False  # with a locale, its own units and magnitudes decide (_unit_not_magnitude)
    if part.prefix_start is not None:
        return False  # 'S$412.5mm': after a currency's sign, 'mm' is its million, no millimetre
    found = match_measure(text, part.end, False, part.fig.value)
    return found is not None and found.end >= end


def _foreign_magnitude(text: str, part: Part, end: int, lex: Lexicon) -> None:
    """'US$ 17,2 bilhões', '€5 milliards': an amount with its currency before it and another
    language's magnitude word after it (CLDR's compact formats) is refused, naming the
    locale that reads it, not read a billion times too small."""
    word = text[part.end : end].strip(" -\n\r\u00a0\u202f\u2009")
    lang = foreign_language(word.lower(), lex) or foreign_language(
        word.split()[-1].lower(), lex)  # 'mil millones': the magnitude word is the last
    part.doubt = (f"{word!r} after the amount is a magnitude in {lang!r} numbers, not in "
                  f"English; read with locale={lang!r}")
    part.end = end


def _hyphen_magnitude(text: str, end: int, lex: Lexicon) -> tuple[int, int | None]:
    """'P300-b', 'Ksh 157 B': a one-letter magnitude after a hyphen or a space, when a sign
    stands before; the (end, power) read, or (``end``, None). After a space the letter ends
    a word ('£5 M&S vouchers', '$5 T-shirts' are no magnitudes)."""
    letter = text[end + 1 : end + 2]
    after = text[end + 2 : end + 3]
    if letter in lex.magnitudes and letter.isalpha() and not after.isalnum() and (
            text[end] == "-" or after in _WORD_END):
        return end + 2, lex.magnitudes[letter]
    return end, None


#: What may follow a one-letter magnitude after a space ('Ksh 157 B and', 'Ksh 18.2 B.').
_WORD_END = frozenset(["", " ", ".", ",", ";", ":", ")", "\n", "\u00a0"])


def _code_after(
    text: str, part: Part, shared: Sign, lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """'$74.3 billion USD', 'kr 5bn SEK': a code after the amount settles a shared sign
    before it, when it is one of the sign's currencies."""
    cend, code, _ = suffix_currency(text, part.end, lex, prof, words=False)
    if code is not None and (code in shared.codes or (
            shared.param is not None and code in family(shared.param))):
        part.end, part.currency, part.assumed, part.ambiguous, part.sign = (
            cend, code, None, None, None)


_NEXT_NAMED = re.compile(r" (\d[\d,.]*) ([^\W\d_]+)")


def _named_next(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a number with a currency word after it follows the sign ending at ``at``,
    one space apart ('1 $| 10 dollars'): the sign is that number's, written twice."""
    m = _NEXT_NAMED.match(text, at)
    return m is not None and m.group(2).lower() in lex.currency_words


def _name_after_sign(text: str, part: Part, lex: Lexicon, prof: LocaleProfile) -> None:
    """'$86,090 millones de pesos', '$ 40 millones de pesos colombianos': the locale's name
    of a currency written '$' after an amount with a bare '$' says which: the amount is in the
    name's currency (a shared name, 'pesos', is left to the resolver's evidence), not in the
    caller's dollar."""
    from moneyfacts.resolve import family

    cend, code, sign = suffix_currency(text, part.end, lex, prof)
    if cend == part.end or not text[cend - 1].isalpha():
        return
    codes = (code,) if code is not None else (sign.codes if sign is not None else ())
    if not set(codes) & family("dollar"):  # pesos, dólares: currencies written "$"
        return
    part.end, part.assumed, part.sign = cend, None, None
    if code is not None:
        part.currency, part.ambiguous = code, None
    else:
        part.currency, part.ambiguous = None, sign


_NEXT_LETTERS = re.compile(r" ([A-Za-z]+)")


@cache
def _name_first_words(lex_id: int) -> frozenset[str]:
    """The first words of the lexicon's English currency names ('dollars', 'canadian',
    'euros'): the screen of :func:`_name_after_english_sign`."""
    from moneyfacts.currencies import lexicon

    return frozenset(name.split()[0] for name in lexicon().names if name[:1].isalpha())


_NAME_STARTS: frozenset[str] = frozenset()


def _name_starts() -> frozenset[str]:
    """The first four characters of the lexicon's English currency names, a name shorter with
    the space after it ('us d' of 'us dollars', 'yen '): the scan's first screen, kept in
    :data:`_NAME_STARTS` once made."""
    global _NAME_STARTS
    from moneyfacts.currencies import lexicon

    _NAME_STARTS = frozenset((name + " ")[:4] for name in lexicon().names if name[:1].isalpha())
    return _NAME_STARTS


def _name_after_english_sign(text: str, part: Part, lex: Lexicon) -> None:
    """'$45.00 dollars per barrel', '€10 euros', '$5 Canadian dollars': a currency's name right
    after an amount with a sign before it restates the sign, or says which of its currencies
    it is. The name joins the amount (so what follows it, 'per barrel', is read), and a name of
    one currency the sign may be settles the reading ('$5 Canadian dollars' is CAD). A name of
    a currency the sign is not ('$5 pesos') is left as it was."""
    from moneyfacts.resolve import family

    m = _NEXT_LETTERS.match(text, part.end)
    if m is None or m.group(1).lower() not in _name_first_words(id(lex)):
        return
    cend, code, sign = suffix_currency(text, part.end, lex)
    if cend == part.end or not text[cend - 1].isalpha():
        return
    before = part.sign or part.ambiguous
    mine = set() if part.currency is None else {part.currency}
    if before is not None:
        mine |= set(family("dollar") if before.param == "dollar" else before.codes)
    if code is not None:
        if code not in mine:
            return
    elif sign is None or not (sign.param is not None and before is not None and sign.param == before.param
                              or part.currency is not None and part.currency in sign.codes):
        return  # a shared name of another family ('$5 pesos'): as it was
    part.end = cend
    if code is not None:  # the name settles the sign: one currency
        part.currency, part.ambiguous, part.sign, part.assumed = code, None, None, None


def _link_after_million(text: str, part: Part, lex: Lexicon, prof: LocaleProfile) -> int:
    """After a magnitude word of a million or more, in a language that joins the counted noun
    to it with a word ('2 millones de personas', '3 millions d'habitants', '2 milioni di
    abitanti'): where the noun starts, past that word; -1 when another word follows, which is
    no counted noun ('500 millones restantes', '2,50 milhões boed foram produzidos'); the
    part's end for anything else."""
    links = lex.locale_links.get(prof.language)
    if not links or (part.magnitude or 0) < 6 or not text[part.end - 1 : part.end].isalpha():
        return part.end
    m = WORDS.match(text, part.end)
    if m is None:
        return part.end
    word = fold(m.group(1))
    if word in links:
        return m.end(1)
    if word[:2] in links and word[1:2] in "'’":  # "d'habitants": the noun glued on
        return m.start(1) + 2
    return -1


def _currency_or_count(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None) -> None:
    """A currency after the number, else a matcher's unit, else a counted noun: the matchers
    below each give a record (the currency's end and code or shared sign; a counted noun's
    :data:`_Counted`), which this composes into the part."""
    # '12.5 pence', '99 cents', '5 euro cents' (not 5 euros); another language's hundredths
    # join its amounts (moneyfacts.subunits).
    if minor_unit(text, part, lex, None if prof is None else prof.name):
        return
    cend, code, sign = suffix_currency(text, part.end, lex, prof)
    if cend != part.end:
        if _currency_not_its(text, part, cend, lex, prof):
            return
        part.end, part.kind = cend, "money"
        if code is not None:
            part.currency = code
        else:
            part.ambiguous = sign
        if _restated_mass(text, part, lex):
            return  # count22: '84.2 billion kilograms (185.7 billion pounds)': a weight
        if part.magnitude is None:
            _after_currency(text, part, lex, prof)
        elif part.prefix_start is None and lex.words.weight_names:
            _weight_of_goods(text, part, lex)  # count20: '18 million pounds of steel'
    elif part.kind is None and not _matched(text, part, lex, prof):  # a unit before a count
        counted = _count_after(text, part, lex, prof)
        if counted is not None:
            part.end, part.kind, part.unit = counted[0], "count", counted[1]
            if counted[2] is not None:
                part.qualifier = counted[2]
            if prof is None or prof.language == "en":
                _count_tail(text, part, lex)


def _currency_not_its(text: str, part: Part, cend: int, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """Is the currency found after the number (ending at ``cend``) not the number's? In
    English a sign is written before its number ('1 $10 bill', '1 $ 10 dollars'), and a
    currency after a bare year is that year's dollars, a unit of value ('(in 2015 dollars)',
    'constant 2010 US dollars').

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(1), Decimal(1))
    >>> _currency_not_its("a 1 $10 bill", Part(2, 3, one), 5, lexicon(), None)
    True
    >>> _currency_not_its("(in 2015 dollars)", Part(4, 8, one), 16, lexicon(), None)
    True
    >>> _currency_not_its("40 dollars", Part(0, 2, one), 10, lexicon(), None)
    False
    """
    if prof is None and text[part.end] == " " and not text[cend - 1].isalpha() and (
            "0" <= text[cend : cend + 1] <= "9" or _named_next(text, cend, lex)):
        return True
    return part.prefix_start is None and part.magnitude is None and (
        text[cend - 1 : cend].isalpha() and _base_year(text, part))


def _after_currency(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None) -> None:
    """Step, after a currency read after a number with no magnitude: a magnitude word after
    the currency ('75 USD million'), or, when no sign stands before the number, the currency
    word as a unit of weight ('drop 25 pounds', :func:`_weight`).

    >>> from moneyfacts.currencies import lexicon
    >>> p = Part(0, 6, Figure(Decimal(75), Decimal(1)), kind="money", currency="USD")
    >>> _after_currency("75 USD million", p, lexicon(), None)
    >>> (p.end, p.magnitude)
    (14, 6)
    """
    if text[part.end : part.end + 1] in _AFTER_START:
        _magnitude_after_currency(text, part, lex, prof)
    if part.magnitude is None and part.prefix_start is None and lex.words.weight_names:
        _weight(text, part, lex)


#: A counted noun read after a number (:func:`_count_after`): where it ends, the noun, and
#: the qualifier hyphenated onto the number before it ('20-plus engineers'), or None.
_Counted = tuple[int, str, str | None]


def _count_after(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None) -> _Counted | None:
    """Matcher: the noun a number with no unit counts (:func:`~moneyfacts.counts.count_noun`),
    past a qualifier hyphenated onto the number ('20-plus engineers') or a word joining it to
    a magnitude of a million or more in the locale's language ('2 millones de personas'), or
    in English written before the noun it modifies ('a 34-game season'); None when there is
    none.

    >>> from moneyfacts.currencies import lexicon
    >>> one = Figure(Decimal(1), Decimal(1))
    >>> _count_after("20-plus engineers", Part(0, 2, one), lexicon(), None)
    (17, 'engineer', 'ge')
    >>> _count_after("a 34-game season", Part(2, 4, one), lexicon(), None)
    (9, 'game', None)
    >>> _count_after("5 and more", Part(0, 1, one), lexicon(), None) is None
    True
    """
    link_end = part.end
    qualifier = _hyphen_qualifier(text, part.end, lex)  # '20-plus engineers'
    if qualifier is not None:
        link_end = qualifier[0]
    if prof is not None:
        link_end = _link_after_million(text, part, lex, prof)
        if link_end < 0:
            return None  # '500 millones restantes', '7700 milliards annoncés': no counted noun
    nend, noun = count_noun(text, link_end, part, lex, prof)
    if noun is None and link_end != part.end:
        nend, noun = count_noun(text, part.end, part, lex, prof)
    if noun is None and (prof is None or prof.language == "en"):
        nend, noun = attributive_count(text, part.end, part, lex)  # 'a 34-game season'
    if noun is None:
        return None
    return nend, noun, qualifier[1] if qualifier is not None and nend > qualifier[0] else None


def _count_tail(text: str, part: Part, lex: Lexicon) -> None:
    """Step, in English, after a counted noun is read: a unit past modifiers makes it a
    measure ('500,000 additional tonnes', :func:`_modified_unit`); else a per-unit adverb
    after it ('45 million passengers annually'; a qualifier may follow it: 'daily or more'),
    or one modifying the noun ('13,000 daily passenger trains'), is its per-unit.

    >>> from moneyfacts.currencies import lexicon
    >>> p = Part(0, 21, Figure(Decimal(45), Decimal(1)), magnitude=6, kind="count", unit="passenger")
    >>> _count_tail("45 million passengers annually", p, lexicon())
    >>> (p.end, p.per)
    (30, 'year')
    """
    _modified_unit(text, part, lex)  # '500,000 additional tonnes': a measure
    if part.kind == "count" and text[part.end : part.end + 1] == " ":
        adverb = _count_per_adverb(text, part.end)  # '45 million passengers annually'
        if adverb is not None:
            part.end, part.per = adverb
    if part.kind == "count" and part.per is None:
        part.per = _per_modifier(text, part)  # '13,000 daily passenger trains'


@cache
def _unit_modifiers() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for k, _ in lexicon_section("unit-modifier"))


def _modified_unit(text: str, part: Part, lex: Lexicon) -> None:
    """A counted noun read past modifiers that is a unit ('170,000 attributable ounces',
    '500,000 additional tonnes', '3 more gigawatts'): the part is that measure, as '500,000
    tonnes' is, not a count of 'tonne' (count15)."""
    start = text.rfind(" ", part.start, part.end)
    if start < 0 or text[start + 1 : start + 2].isupper() or text.find(" ", part.start, start) < 0:
        return  # no modifier between the number and the noun ('500 homes')
    between = [w.lower() for w in text[part.start : start].split()[1:]]  # after the number
    between = [w for w in between if w not in lex.words.magnitude_words]
    if not between:
        return
    listed = all(w in _unit_modifiers() for w in between)
    if not listed and not all(w.isalpha() and w.islower() for w in between):
        return  # '60,000 bonus miles': air miles, a count of their own
    found = match_measure(text, start, False, Decimal(2))
    if found is None or found.end < part.end or found.unscale or (
            found.power is not None and part.magnitude is not None):
        return
    if not listed and (found.unit not in table().areas or found.per is not None):
        return  # count18: only an area stays itself after any words ('5 million dryland acres')
    if found.power is not None:
        part.magnitude = found.power
    part.end, part.kind, part.unit, part.per = found.end, "measure", found.unit, found.per
    part.assumed = found.assumed


def _base_year(text: str, part: Part) -> bool:
    """Is the bare number a year (four digits, 1900-2099) after a word of [base-year] ('in',
    'constant', 'real', '('): the currency named after it is that year's, a unit of value
    ('in 2015 dollars'), no amount?"""
    if part.end - part.start != 4 or not "1900" <= text[part.start : part.end] <= "2099":
        return False
    before = text[max(0, part.start - 24) : part.start].rstrip(" \u00a0").lower()
    if before.endswith("("):
        return True
    word = before.rsplit(None, 1)[-1].lstrip("([") if before else ""
    return word in _base_year_words()


@cache
def _base_year_words() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("base-year"))


#: A number of four digits that may be a year, ending where it is searched to.
_YEAR_END = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")


def _hyphen_qualifier(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """A qualifier hyphenated onto the number ending at ``end`` ('20-plus engineers') or
    spaced after it ('40 or so heifers', '30 or more trucks'; count19), as (its end, the
    qualifier), when a word follows it: the noun counted comes after it."""
    if text[end : end + 1] not in ("-", " "):
        return None
    probes = _probes(lex).get(text[end : end + 2].lower())
    if not probes or text[end] == " " and _YEAR_END.search(text, max(0, end - 5), end):
        return None  # (most numbers: no qualifier starts here); 'in 2020 or so': a year
    tail = text[end : end + 12].lower()
    for probe, qual, _ in probes:
        if tail.startswith(probe) and text[end + len(probe) : end + len(probe) + 1] == " ":
            return end + len(probe), qual
    return None


def _weight(text: str, part: Part, lex: Lexicon) -> None:
    """'drop 25 pounds', '25 pounds of beef', 'a 200-pound man': a currency word that is a
    unit of weight too, after a bare figure, is the weight when the words around say so (the
    lexicon's [weight-context]), or when it makes a compound adjective with the figure before
    a noun that is not money's (:func:`_compound_weight`); else it stays the currency."""
    head = text[max(0, part.end - 12) : part.end].rsplit(None, 1)[-1].lower()
    hyphen = head.rpartition("-")[2] if "-" in head else None
    unit = lex.words.weight_names.get(hyphen if hyphen is not None else head)
    if unit is None:
        return
    before = text[max(0, part.start - 40) : part.start].lower().split()[-2:]
    per_area, after2 = _per_area(text, part, lex)
    after = after2[:1]
    # Unhyphenated, the singular after the article is the same compound ('a 200 pound
    # cable'; money says '200 pounds'): weight before a noun that is not money's, noted.
    spaced = hyphen is None and head in lex.words.weight_singular and bool(before) and (
        before[-1] in ("a", "an")) and text[part.end : part.end + 1] == " " and _compound_weight(
        text, part.end, lex)
    verb = before[:-1] if before and before[-1] in lex.qualifiers_before else before
    sentence: str | None = None
    if hyphen is not None and _compound_weight(text, part.end, lex) or spaced or verb and (
            verb[-1] in lex.words.weight_before  # 'weighs (approximately) 60 pounds'
            or " ".join(verb) in lex.words.weight_before) or per_area or any(
            w.strip(",.;:()") in lex.words.weight_after for w in after) or (
            sentence := _weight_sentence(text, part)):
        part.kind, part.unit, part.currency, part.ambiguous = "measure", unit, None, None
        _weight_noted(text, part, lex, head, after2, per_area and not spaced, sentence)
        if spaced and not (before and before[-1] in lex.words.weight_before):
            noun = text[part.end + 1 : part.end + 40].split(None, 1)[0].strip(",.;:!?)")
            part.assumed = (f"'{head}' read as a weight: a compound adjective before '{noun}'"
                            " (not money's)")


#: (count22) A mass and the bracket opening right after it, up to the figure: its unit word(s)
#: and the bracket's qualifier, if any ('kilograms (', 'kg (about ').
_MASS_BEFORE = re.compile(r"\d[\d.,]*(?:[ \u00a0]+[a-z]+illion)?[ \u00a0]?([^\W\d_]+(?: [^\W\d_]+)?)"
                          r" \((?:[a-z]+ )?$")
#: The bracket after a weight's name, up to its unit: '(10,257 kilograms', '(about 10.3 million kg'.
_MASS_AFTER = re.compile(r" \((?:[a-z]+ )?\d[\d.,]*(?:[ \u00a0]+[a-z]+illion)?[ \u00a0]?")


def _restated_mass(text: str, part: Part, lex: Lexicon) -> bool:
    """Matcher (count22): is the currency word ending ``part``, the name of a weight too
    ('pounds'), a mass restated in a bracket, right after a figure of a mass ('84.2 billion
    kilograms (185.7 billion pounds) of milk') or before a bracket holding one ('22,613 pounds
    (10,257 kilograms)')? Then it is that weight, noted; else it stays the currency.

    >>> from moneyfacts import extract
    >>> [(m.kind, m.unit) for m in extract("It made 52.9 billion kilograms (116.6 billion pounds) of milk.").mentions]
    [('measure', 'kilogram'), ('measure', 'pound')]
    >>> [(m.kind, m.unit) for m in extract("It cost 5,000 euros (4,300 pounds).").mentions][1]
    ('money', 'GBP')
    """
    head = text[max(0, part.end - 12) : part.end].rsplit(None, 1)[-1].lower()
    unit = lex.words.weight_names.get(head) if part.prefix_start is None else None
    if unit is None:
        return False
    masses = table().masses
    before = _MASS_BEFORE.search(text, max(0, part.start - 60), part.start)
    found = None
    if before is not None:
        found = match_measure(text, before.start(1) - 1, False, Decimal(2))
        if found is not None and found.end != before.end(1):
            found = None
        if found is None and before.start(1) == before.start() + len(before.group(0)) - len(
                before.group(0).lstrip("0123456789.,")):
            found = match_measure(text, before.start(1), False, Decimal(2))  # glued: '52kg ('
    if found is None:
        after = _MASS_AFTER.match(text, part.end)
        if after is not None:
            at = after.end() - (text[after.end() - 1] in " \u00a0")
            found = match_measure(text, at, False, Decimal(2))
    if found is None or found.unit not in masses:
        return False
    part.kind, part.unit, part.currency, part.ambiguous = "measure", unit, None, None
    part.assumed = f"'{head}' read as a weight: it restates a mass in {found.unit} beside it"
    if before is not None and text[part.end : part.end + 1] == ")":
        past = _per_past_bracket(text, part.end, table())  # '(22,613 pounds) of milk per cow'
        part.per = past[1] if past is not None else None
    return True


def _per_area(text: str, part: Part, lex: Lexicon) -> tuple[bool, list[str]]:
    """Matcher: is the weight word ending ``part`` over an area or a solid volume, a word of
    [weight-context] 'per-area' after 'per', 'a' or 'an' ('60 pounds per acre', '35 pounds
    per square inch'), or after 'per' and one modifier (count18: '634 pounds per harvested
    acre')? With the two words after the weight word that say so (the first two otherwise).

    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.numbers import Figure
    >>> text = "It yields 634 pounds per harvested acre"
    >>> _per_area(text, Part(10, 20, Figure(Decimal(634), Decimal(1))), lexicon())
    (True, ['per', 'acre'])
    """
    after2 = text[part.end : part.end + 24].lower().split()[:2]
    if len(after2) == 2 and after2[0] in ("per", "a", "an") and after2[1].strip(
            ",.;:()") in lex.words.weight_per:  # '60 pounds per acre', '35 pounds per square inch'
        return True, after2
    if after2[:1] == ["per"] and (
            per := lex.words.per.match(text, part.end)) is not None and per.group(3).islower() and (
            (nxt := WORDS.match(text, per.end())) is not None and nxt.start(1) == per.end() + 1
            and nxt.group(1).rstrip(".,;:").lower() in lex.words.weight_per):
        return True, ["per", nxt.group(1).rstrip(".,;:").lower()]  # the per-unit past a modifier
    return False, after2


def _weight_noted(
    text: str, part: Part, lex: Lexicon, head: str, after2: list[str], per_area: bool,
    sentence: str | None,
) -> None:
    """The weight read by :func:`_weight` made whole and noted: its per-unit over an area or a
    solid (:func:`_weight_per`), or 'of' a thing per a unit (count19: '2,091 pounds of lint
    per acre': :func:`_weight_of_per`), or the crop's or catch's weight the sentence speaks
    of (``sentence``)."""
    if per_area:
        _weight_per(text, part, lex)
        part.assumed = (f"'{head}' read as a weight: '{after2[0]} {after2[1].strip(',.;:()')}'"
                        " follows (a rate over an area or a solid, not a price)")
    elif after2[:1] == ["of"]:
        _weight_of_per(text, part)  # count19: '2,091 pounds of lint per acre'
    elif sentence:
        part.assumed = (f"'{head}' read as a weight: the sentence speaks of a crop's or a"
                        f" catch's weight ('{sentence}') and of no money")


_OF = re.compile(r"\s+of\b")
#: 'of' and the words after it, up to three ('of structural steel', 'of new money').
_OF_WORDS = re.compile(r" of((?: [a-z][a-z'’-]*){1,3})")


def _weight_of_goods(text: str, part: Part, lex: Lexicon) -> None:
    """Matcher: a currency word that is a weight's name too, after a figure with a magnitude
    and no sign, then 'of' and a thing ('18 million pounds of structural steel', '2.1 million
    pounds of beef'), is that weight, noted in ``assumed``, when no word after 'of' is money's
    ([money-word], [weight-context] 'money' and 'of-money': 'of new money', 'of damage') and
    the sentence names no money (:func:`_weight_sentence`'s test); else it stays the
    currency (count20). A bare figure is :func:`_weight`'s.

    >>> from moneyfacts import extract
    >>> [(m.kind, m.unit) for m in extract("It used 18 million pounds of steel.").mentions]
    [('measure', 'pound')]
    >>> [(m.kind, m.unit) for m in extract("It spent 18 million pounds of new money.").mentions]
    [('money', 'GBP')]
    """
    head = text[max(0, part.end - 12) : part.end].rsplit(None, 1)[-1].lower()
    unit = lex.words.weight_names.get(head)
    m = _OF_WORDS.match(text, part.end)
    if unit is None or m is None:
        return
    goods = m.group(1).split()
    if any(w in lex.words.weight_money or w in _money_of() for w in goods) or _money_sentence(
            text, part):
        return
    part.kind, part.unit, part.currency, part.ambiguous = "measure", unit, None, None
    part.assumed = (f"'{head}' read as a weight: 'of {goods[0]}' follows and the sentence"
                    " names no money")


@cache
def _money_of() -> frozenset[str]:
    """[weight-context]'s 'of-money' words: what a sum of pounds is of, never a weight's
    ('of damage', 'of savings', 'of taxpayers' money')."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for k, v in lexicon_section("weight-context") if v == "of-money")


def _money_sentence(text: str, part: Part) -> bool:
    """Does the sentence of ``part`` name money: a currency sign or a word of [money-word]
    (:func:`_weight_sentence`'s test)?"""
    begin = max(0, part.start - 300)
    for stop in _SENTENCE_END.finditer(text, begin, part.start):
        begin = stop.end()
    after = _SENTENCE_END.search(text, part.end, part.end + 300)
    sentence = text[begin : after.start() if after else min(len(text), part.end + 300)]
    if any(c in sentence for c in "$£€¥₹"):
        return True
    money = _weight_sentence_words()[1]
    return any(w.lower() in money for w in _SENTENCE_WORD.findall(sentence))
#: The sentence around an amount: from after the last full stop (or line break) before it to
#: the next one after it ('Dr.' and '2.5' aside: a stop is followed by a space and a capital).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n")
_SENTENCE_WORD = re.compile(r"[A-Za-z]+")


@cache
def _weight_sentence_words() -> tuple[frozenset[str], frozenset[str]]:
    """[weight-context]'s 'sentence' words, and [money-word]'s (lower case)."""
    from moneyfacts.currencies import lexicon_section

    weight = frozenset(k.lower() for k, v in lexicon_section("weight-context") if v == "sentence")
    money = frozenset(k.lower() for k, _ in lexicon_section("money-word"))
    return weight, money


def _weight_sentence(text: str, part: Part) -> str | None:
    """The word of [weight-context] 'sentence' in the sentence of a bare figure before a
    weight's name ('This year's average yield is projected at 636 pounds, 68 pounds under
    last year': 'yield'), when the sentence has no word of [money-word] and no currency sign
    ('yields rose and farmers paid 636 pounds' stays money); else None (count19). A figure
    with a magnitude ('636 million pounds') is no weight so.

    >>> from types import SimpleNamespace as At
    >>> t = "Yields fell. The yield is put at 636 pounds, down 3."
    >>> _weight_sentence(t, At(start=t.find("636"), end=t.find(","), magnitude=None))
    'yield'
    >>> t = "Yields fell. The yield cost 636 pounds, down 3."
    >>> _weight_sentence(t, At(start=t.find("636"), end=t.find(","), magnitude=None)) is None
    True
    """
    if part.magnitude is not None:
        return None
    start, end = part.start, part.end
    begin = max(0, start - 300)
    for m in _SENTENCE_END.finditer(text, begin, start):
        begin = m.end()  # the last stop before the figure
    after = _SENTENCE_END.search(text, end, end + 300)
    sentence = text[begin : after.start() if after else min(len(text), end + 300)]
    if any(c in sentence for c in "$£€¥₹"):
        return None
    weight, money = _weight_sentence_words()
    words = [w.lower() for w in _SENTENCE_WORD.findall(sentence)]
    if any(w in money for w in words):
        return None
    return next((w for w in words if w in weight), None)


def _weight_of_per(text: str, part: Part) -> None:
    """The per-unit after what a weight is of ('2,091 pounds of lint per acre', '40 pounds of
    beef a week'), read as a measure's is (:func:`moneyfacts.measures.per_after_of`); the
    amount's text ends at it (count19)."""
    m = _OF.match(text, part.end)
    found = per_after_of(text, m.end(), table()) if m is not None else None
    if found is not None:
        part.end, part.per = found


def _weight_per(text: str, part: Part, lex: Lexicon) -> None:
    """The per-unit of a weight over an area or a solid ('60 pounds per acre', '40 pounds an
    acre', '35 pounds per square inch'), read as money's per-unit is."""
    m = lex.words.per.match(text, part.end)
    if m is None:
        return
    noun = m.group(3).lower()
    nxt = WORDS.match(text, m.end())
    if m.group(1) and noun not in lex.words.weight_per and nxt is not None and nxt.start(1) == (
            m.end() + 1) and nxt.group(1).rstrip(".,;:").lower() in lex.words.weight_per:
        word = nxt.group(1).rstrip(".,;:")  # count18: 'per harvested acre': past the modifier
        part.end, part.per = nxt.start(1) + len(word), singular(word, lex) or word.lower()
        return
    if m.group(1):
        two = per_phrase(text, m.end(), noun)
        part.end, part.per = two if two is not None else (m.end(), singular(noun, lex) or noun)
    elif noun in lex.per_nouns:
        part.per, part.end = lex.per_nouns[noun], m.end()


def _compound_weight(text: str, end: int, lex: Lexicon) -> bool:
    """'a 200-pound man', 'a 200-pound, six-foot man': the hyphenated figure ending at ``end``
    is an adjective before a noun in lower case (after the other compounds that follow a
    comma) that is not one of the money nouns of [weight-context] and [money-word] ('a
    10-pound note', 'a 50-pound fine' stay money)."""
    if text[end : end + 1] not in (" ", ","):
        return False
    words = [w.strip(",.;:!?)'’\"") for w in text[end + 1 : end + 48].split()[:4]]
    if text[end] == ",":  # the noun after the other compounds decides
        compound = bool(words) and "-" in words[0][1:-1]
        while len(words) > 1 and "-" in words[0][1:-1]:
            words.pop(0)
        if not compound or len(words) == 4:
            return False
    noun = words[0] if words else ""
    return noun.isalpha() and noun.islower() and noun not in lex.words.weight_money


def _magnitude_after_currency(
    text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """'75 USD million': a magnitude word after the currency is the amount's (never dropped);
    another language's ('75 USD milhões') refuses it."""
    end, power, ok = magnitude(text, part.end, lex, prof)
    if power is not None:
        part.end, part.magnitude = end, power
    elif not ok and end != part.end:
        _foreign_magnitude(text, part, end, lex)


def _unit_not_magnitude(text: str, part: Part, prof: LocaleProfile, end: int, lex: Lexicon) -> bool:
    """A word read as a magnitude that another language writes ('9m', English's million; '2
    mil', Spanish's thousand) but that the locale's own unit names read, as far or further
    ('m' is the metre in de, 'mil na godzinę' miles an hour in pl): read as that unit, unless
    it is the locale's own magnitude ('Mio.', 'M' in fr)."""
    gap = text[part.end : part.end + 1] in " \u00a0\u202f"
    word = part.end + 1 if gap else part.end
    if text[word : word + 1] < "\u3040" and any(text.startswith(marker, word) for marker in prof.markers):
        return False  # (a CJK unit name longer than the locale's marker is the unit: '80兆瓦')
    if text[end : end + 1] in " \u00a0" and suffix_currency(text, end, lex, prof)[0] != end:
        return False  # '248m TL', '248m Euro': a currency after the letter makes it millions
    return _local_unit(text, part, prof, longer_than=end - 1)


def _local_unit(text: str, part: Part, prof: LocaleProfile, longer_than: int = 0) -> bool:
    """A unit named in the locale's own words (CLDR, :mod:`moneyfacts.unitnames`) at the
    part's end ('8 meilen', '3 kilómetros', '2 l' in de), ending after ``longer_than``: read
    into the part."""
    found = match_unit(text, part.end, prof.name)
    if found is None or found.end <= longer_than:
        return False
    part.end, part.kind, part.unit, part.per = found.end, "measure", found.unit, found.per
    if found.unit == "percent":  # CLDR's 'concentr-percent': '23,3 Prozent', '5 процентов'
        part.kind, part.per = "percent", None
    return True


def _matched(text: str, part: Part, lex: Lexicon, prof: LocaleProfile | None = None) -> bool:
    """Ask the matchers of ``AFTER_NUMBER`` in turn; the first reading taken wins; then,
    with a locale, the locale's own unit names."""
    for matcher in AFTER_NUMBER:
        found = matcher(text, part.end, lex)
        if found is None:
            continue
        if isinstance(found, MeasureMatch):
            if prof is not None and not found.unscale and found.power is None and (
                    _local_unit(text, part, prof, longer_than=found.end)):
                return True  # '100 Kilometer pro Stunde': the locale's whole name
            if found.unscale:  # the 'm' was metres: 'a 5m-high wall'
                part.magnitude = None
            elif found.power is not None:  # '40 bcm' carries its billion
                if part.magnitude is not None:
                    continue
                part.magnitude = found.power
            part.end, part.kind, part.unit, part.per = found.end, "measure", found.unit, found.per
            part.assumed = found.assumed
        else:
            part.end, part.kind, part.unit = found
        return True
    return prof is not None and (_local_unit(text, part, prof) or (
        part.magnitude is not None and _linked_unit(text, part, lex, prof)))


def _linked_unit(text: str, part: Part, lex: Lexicon, prof: LocaleProfile) -> bool:
    """A unit named in the locale's words after a magnitude and the locale's word that joins
    them ('1,5 millones de toneladas', '2,12 milhões de barris', '2 milioni di barili'): read
    into the part, as a currency name after it is ('milhões de reais')."""
    m = WORDS.match(text, part.end)
    links = lex.locale_links.get(prof.language, ())
    if m is None:
        return False
    word = fold(m.group(1))
    if word in links:
        at = m.end(1)
    elif word[:2] in links and word[1:2] in "'’":  # "2 millions d'hectares"
        at = m.start(1) + 2
    else:
        return False
    found = match_unit(text, at, prof.name)
    if found is None:
        return False
    part.end, part.kind, part.unit, part.per = found.end, "measure", found.unit, found.per
    return True


_AFTER_START = frozenset(" -")


@cache
def _foreign_pers() -> frozenset[str]:
    """The nouns of the lexicon's [per <language>] sections, not English's [per]: after the
    English 'per' as other languages' copy writes it ('250.000 ton per tahun')."""
    from moneyfacts.currencies import lexicon_section, lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections().get("per", [])) - frozenset(
        k for k, _ in (*lexicon_section("per"), *lexicon_section("per it")))  # Italian's own
    # 'per' keeps its noun as written ('0,40 euro per azione': per 'azione')


def _foreign_per(noun: str, lex: Lexicon) -> str | None:
    """The [per] noun ``noun`` names, when it is another language's ('tahun' -> 'year')."""
    return lex.per_nouns.get(noun) if noun in _foreign_pers() else None
_ONE = Decimal(1)


#: The probes of each lexicon's qualifiers after an amount, by their first two characters.
_PROBES: dict[int, tuple[dict[str, str], dict[str, list[tuple[str, str, bool]]]]] = {}


def _probes(lex: Lexicon) -> dict[str, list[tuple[str, str, bool]]]:
    """(probe, qualifier, may a letter follow) of each qualifier after an amount, in the
    lexicon's order, by the probe's first two characters: the text after a space is tried
    against those only ('-plus', ' or more'; a Korean word with its particle glued, ' 이상을',
    but not ' 대': ' 대비' is 'compared with')."""
    known = _PROBES.get(id(lex))
    if known is not None and known[0] is lex.qualifiers_after:
        return known[1]
    table: dict[str, list[tuple[str, str, bool]]] = {}
    for spelling, qual in lex.qualifiers_after.items():
        probe = ("" if spelling.startswith("-") else " ") + spelling
        glued = probe[-1:] >= "\uac00" and len(spelling) > 1
        table.setdefault(probe[:2], []).append((probe, qual, glued))
    _PROBES[id(lex)] = (lex.qualifiers_after, table)
    return table


def _after(text: str, part: Part, lex: Lexicon) -> None:
    end = part.end
    first = text[end : end + 1]
    if first not in _AFTER_START:
        if first >= "\u3040":  # '1.2元以下': glued, no space
            for spelling, qual in lex.qualifiers_after.items():
                if spelling[:1] >= "\u3040" and text.startswith(spelling, end):
                    part.end += len(spelling)
                    part.qualifier = qual
                    break
        return
    words = lex.words
    # What can follow starts with one of few letters ('-plus', ' plus', ' or more', ' or so',
    # ' per', ' a'): an ASCII one that is none ends it here, before the lower-casing.
    second = text[end + 1 : end + 2]
    if second <= "\x7f" and second not in words.after_second:
        if part.kind == "money" and _adverb_ahead(text, end):
            _adverb(text, part)  # '$2m annually', '£1,200 pcm'
        return
    tail = text[end : end + 12].lower()
    if tail[1:2] not in words.after_second:
        if part.kind == "money" and _adverb_ahead(text, end):
            _adverb(text, part)  # '45 دولارا للبرميل', '800 zł miesięcznie'
        return
    for probe, qual, glued in _probes(lex).get(tail[:2], ()):
        if tail.startswith(probe) and (glued or not tail[len(probe) : len(probe) + 1].isalnum()):
            part.end += len(probe)
            part.qualifier = qual
            break
    if part.kind in ("money", "count") and part.per is None:
        m = words.per.match(text, part.end)
        if m is not None or text.startswith(_per_number_heads(), part.end):
            found = per_after(text, part.end, lex, m)
            if found is not None:
                part.end, part.per = found
                _then_per(text, part, lex)  # count21: '$1.50 per jumbo per month'
        elif text[part.end : part.end + 1] == "-":
            hyphened = hyphen_per(text, part.end, lex)  # 'a $50,000-a-year job'
            if hyphened is not None:
                part.end, part.per = hyphened
        if part.kind == "money" and part.per is None and _adverb_ahead(text, part.end):
            _adverb(text, part)  # '$2m annually', '£1,200 pcm'


def _then_per(text: str, part: Part, lex: Lexicon) -> None:
    """A per-unit of time right after the per-unit just read ('$1.50 per jumbo per month',
    '12 cents per kilowatt-hour per month', '$400 per room a week'): both, as the product of
    the denominators ('jumbo * month'), as :func:`moneyfacts.measures.then_per` reads a
    measure's (count21: the second was dropped).

    >>> from moneyfacts import extract
    >>> extract("It costs $1.50 per jumbo per month.").mentions[0].per
    'jumbo * month'
    """
    per = part.per
    if per is None or per in TIME_SPANS or text[part.end : part.end + 1] != " ":
        return
    m = lex.words.per.match(text, part.end)
    second = per_after(text, part.end, lex, m) if m is not None else per_adverb(text, part.end)
    if second is not None and second[1] in TIME_SPANS:
        part.end, part.per = second[0], f"{per} * {second[1]}"


def _adverb(text: str, part: Part) -> None:
    adverb = per_adverb(text, part.end)
    if adverb is not None:
        part.end, part.per = adverb


def _adverb_ahead(text: str, at: int) -> bool:
    """``text.startswith(_adverb_heads(), at)``: may an adverb of [per-adverb] start at ``at``
    (a space and its first two letters)? Where every head has three characters (the
    lexicon's adverbs all have two letters or more), one slice of three looked up in their
    set answers it: a hash, not a prefix test for each of some eighty heads in C.

    >>> _adverb_ahead("$2m annually", 3), _adverb_ahead("$2m in all", 3), _adverb_ahead("$2m", 3)
    (True, False, False)
    """
    heads = _ADVERB_HEADS or _adverb_head_set()
    if heads[0] is not None:
        return text[at : at + 3] in heads[0]
    return text.startswith(_adverb_heads(), at)  # pragma: no cover - a head of another length


#: The set of :func:`_adverb_heads` when each has three characters (else None), made once.
_ADVERB_HEADS: list[frozenset[str] | None] = []


def _adverb_head_set() -> list[frozenset[str] | None]:
    heads = _adverb_heads()
    _ADVERB_HEADS[:] = [frozenset(heads) if all(len(h) == 3 for h in heads) else None]
    return _ADVERB_HEADS


@cache
def _adverb_heads() -> tuple[str, ...]:
    """How an adverb of [per-adverb] starts after an amount: a space and its first two letters,
    in lower case or capitalised (one C test before the pattern: ' an', ' mo', ' pc')."""
    heads = {k[:2] for k, _ in _per_adverb_lines()}
    return tuple(sorted({sp + h for h in heads for h in (h.lower(), h.capitalize())
                         for sp in (" ", "\u00a0")}))


def _per_adverb_lines() -> list[tuple[str, str]]:
    """[per-adverb] and every language's [per-adverb xx] ('miesięcznie = month')."""
    from moneyfacts.currencies import lexicon_sections

    return [(k, v) for k, v, _ in lexicon_sections().get("per-adverb", [])]


@cache
def _per_adverbs() -> tuple[re.Pattern[str], dict[str, str]]:
    """The lexicon's [per-adverb] ('annually = year', 'pcm = month') as one pattern of a word
    one space after an amount, and the [per] noun of each."""
    table = {k.lower(): v for k, v in _per_adverb_lines()}
    words = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"[ \u00a0]({words})(?![\w'’-])", re.IGNORECASE), table


def per_adverb(text: str, end: int) -> tuple[int, str] | None:
    """The period an adverb right after an amount of money makes it per ([per-adverb]:
    '$2m annually', 'from $7.99 to $8.99 monthly', '£1,200 pcm'): (its end, the [per] noun),
    or None.

    >>> per_adverb("He earns $2m annually.", 12)
    (21, 'year')
    >>> per_adverb("He earns $2m and more.", 12) is None
    True
    """
    pattern, table = _per_adverbs()
    m = pattern.match(text, end)
    return None if m is None else (m.end(), table[m.group(1).lower()])


_ADVERB = re.compile(r" ([a-z]+)\b")


def _per_modifier(text: str, part: Part) -> str | None:
    """The per-unit of a count named by a modifier of [per adverb] between its number and its
    noun ('13,000 daily passenger trains', '300 daily flights': a day's), or None (count18).

    >>> from moneyfacts import extract
    >>> [(m.unit, m.per) for m in extract("It runs 13,000 daily passenger trains.").mentions]
    [('train', 'day')]
    """
    words = text[part.start : part.end].split()[1:-1]  # between the number and the noun
    adverbs = table().per_modifier
    return next((adverbs[w] for w in words if w in adverbs), None)


def _count_per_adverb(text: str, end: int) -> tuple[int, str] | None:
    """A per-unit adverb of units.txt's [per adverb] right after a count ending at ``end``, as
    after a measure: '45 million passengers annually', '900 flights daily' (count15).

    >>> _count_per_adverb("45 million passengers annually by 2021", 21)
    (30, 'year')
    """
    m = _ADVERB.match(text, end)
    if m is None:
        return None
    per = table().per_adverb.get(m.group(1))
    return None if per is None else (m.end(), per)


def per_after(text: str, end: int, lex: Lexicon,
              m: re.Match[str] | None = None) -> tuple[int, str] | None:
    """The per-unit written at ``end``, after an amount: (its end, the unit), or None. After
    a [per-word] of any noun ('per'): that noun in the singular ('$5 per tonne'), a unit name
    of two words ('per square foot'), a round number or magnitude word and the unit it counts
    ('per 1,000 cubic meters', 'per million Btu'), or the [per] noun after a word or two that
    qualify it ('per ordinary share'); after one of listed nouns ('a', 'an'): a [per] noun
    ('$2 a share', 'a metric ton').

    >>> from moneyfacts.currencies import lexicon
    >>> per_after("$280 per 1,000 cubic meters", 4, lexicon())
    (27, '1000 cubic meter')
    >>> per_after("5p per ordinary share", 2, lexicon())
    (21, 'share')
    """
    words = lex.words
    m = m or words.per.match(text, end)
    if m is None:
        n = _per_number().match(text, end)
        return None if n is None else _per_quantity(text, n.end(), lex)
    noun = m.group(3).lower()
    if m.group(1) and noun not in words.stop:  # 'per il triennio': no unit
        counted = _per_quantity(text, m.start(3), lex)
        if counted is not None and counted[1][:1].isdigit():  # 'per million Btu'
            return counted
        two = per_phrase(text, m.end(), noun)
        if two is not None:  # 'per square foot', 'per sq ft'
            return two
        if noun not in lex.per_nouns and counted is None:
            modified = _modified_per(text, m.start(3) - 1, lex)  # 'per ordinary share'
            if modified is not None:
                return modified
        if "-" in noun and noun.islower() and (h := _AFTER_HYPHENED.match(text, m.end())) and (
                words.per.match(text, m.end()) is None):  # count21: not 'per kilowatt-hour per month'
            # 'per full-time student', 'per low-income household': the hyphened word is the
            # noun's modifier, the noun after it the unit (count15: was per 'full-time')
            return h.end(1), singular(h.group(1), lex) or h.group(1)
        one = singular(noun, lex) or noun
        # the [per] noun a spelling stands for ('per annum': year, 'per kg': kilogram), as
        # after 'a' or a slash; else the noun as written, in the singular
        return m.end(), _foreign_per(noun, lex) or lex.per_nouns.get(noun) or lex.per_nouns.get(one) or one
    if m.group(2) is not None and m.group(2).lower() in words.per_noun_only and (
            noun not in lex.per_nouns):
        return None  # 'every other month', 'every two weeks': no per-unit
    return listed_per(text, m.end(), noun, lex)  # '$2 a share', 'a metric ton'
