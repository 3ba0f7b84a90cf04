"""The grammar of a written amount: sign, number, magnitude, currency, qualifier, range, per.

:func:`scan` finds every quantity in a text in one left-to-right pass. It anchors on numbers
(:mod:`~moneyfacts.anchors`) and reads a bounded window of words on each side, asking the
matchers in turn, each filling the one record of that number (:class:`~moneyfacts.parts.Part`):
a currency sign or code before the number (:mod:`~moneyfacts.signs`), then what follows it
(:mod:`~moneyfacts.after`): the magnitude (:mod:`~moneyfacts.magnitudes`), percent, a
currency, any matcher slotted in with :func:`register_matcher`, a counted noun
(:mod:`~moneyfacts.counts`), a qualifier and a per-unit. Ranges are joined
(:mod:`~moneyfacts.ranges`), steps read what takes several parts (:mod:`~moneyfacts.steps`),
then the signs several currencies share are settled by the text
(:mod:`~moneyfacts.context`). Every phrase the matchers look for is in the lexicon
(:mod:`~moneyfacts.phrases`). Its cost grows linearly with the text. :func:`parse` reads one
amount.

>>> parse("Rmb160 billion").value
Decimal('160000000000')
>>> q = parse("about $5.50 billion")
>>> (q.unit, q.value, q.precision, q.qualifier, q.assumed)
('USD', Decimal('5500000000'), Decimal('1E+7'), 'approx', "'$' read as USD (dollar='USD')")
>>> r = parse("$1.5-2 billion")
>>> (r.low, r.high, r.value)
(Decimal('1500000000'), Decimal('2000000000'), None)
>>> parse("₹1.5 lakh crore").value
Decimal('1500000000000')
>>> parse("20,000 H200 chips").unit
'chip'
>>> parse("£1.2m a year").per
'year'
>>> parse("¥2 trillion", yen="CNY").unit
'CNY'
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Context, Decimal, Inexact
from functools import cache, lru_cache
from typing import Any, NoReturn, TypeVar, overload

from moneyfacts.context import settle
from moneyfacts.resolve import restated_pairs, retired_in, stray_noun, strays
from moneyfacts.conventions import Conventions, sign_in
from moneyfacts.currencies import Lexicon, Sign, lexicon, lexicon_sections
from moneyfacts.errors import AmbiguousCurrencyError, ParseError, UnknownCurrencyError
from moneyfacts.locales import AUTO, LocaleProfile, detect, markers_first, own_reading, profile
from moneyfacts.measures import measure_matcher, per_before
from moneyfacts.parts import Part
from moneyfacts.ranges import merge_ranges
from moneyfacts.after import AFTER_NUMBER as AFTER_NUMBER  # re-exported: the matchers' slots
from moneyfacts.after import Matcher as Matcher
from moneyfacts.after import after_number
from moneyfacts.after import register_matcher as register_matcher
from moneyfacts.steps import (
    bracketed_magnitude, carried, changed_to, number_of, elided, glued_qualifier_before, qualifier_before,
    RATE_ENDS, rate_before,
)
from moneyfacts.models import Quantity, Skipped, trusted
import moneyfacts.views  # noqa: F401  (binds str(), to_pint and _repr_html_ to the models)
from moneyfacts.compounds import join_measures
from moneyfacts.colloquial import named
from moneyfacts.subunits import join
from moneyfacts.separators import (
    comma_group_languages, comma_groups_besides, point_groups, split_languages, with_text_grouping,
)
from moneyfacts.wordnumbers import _apply as _apply_spans, restore, rewrite, rewrite_money, split_decimals
from moneyfacts.unitnames import rewrite_units
from moneyfacts.anchors import anchors, letter_sign_read, name_first_read, screen_tokens
from moneyfacts.glued import dollar_letters
from moneyfacts.signs import (
    RIGHT_JOINING,
    WORDS,
    code_magnitudes,
    locale_name_after,
    name_before,
    CJK_FIRST,
    CJK_LAST,
    prefix_sign,
    _code_words,
    unspaced_script,
)
from moneyfacts.numbers import (
    _EN_GROUPED, GROUP_CHARS, MAX_DIGITS, Figure, plain_text, read_digits, read_spelled, scale,
)

__all__ = ["parse", "scan", "Options"]

#: A Han ideograph: a text with one may write a currency name before its number.
_HAN_TEXT = re.compile("[\u3400-\u9fff]")

register_matcher(measure_matcher)


#: What a sign says under given Options: (currency, assumed-note, ambiguous sign, and the
#: sign again when several currencies share it, for the text to settle).
_Reading = tuple[str | None, str | None, Sign | None, Sign | None]


@dataclass(frozen=True, slots=True)
class Options:
    """How ambiguous signs are read: a bare ``$`` is ``dollar``, a bare ``¥`` is ``yen``."""

    dollar: str = "USD"
    yen: str = "JPY"
    locale: LocaleProfile | None = None
    #: The caller's readings of shared signs (Conventions.signs), and whether the text may
    #: settle them (Conventions.context).
    signs: tuple[tuple[str, str], ...] = ()
    context: bool = True
    #: The article's date (Conventions.date): which currencies were tender then.
    date: _dt.date | None = None
    #: The publisher's (territory, how it was known) (Conventions.territory): the weakest
    #: evidence of a shared sign (moneyfacts.resolve).
    publisher: tuple[str, str] | None = None
    #: What each sign resolves to under these options (see :func:`_resolve`), filled as met.
    resolved: dict[tuple[str, tuple[str, ...], str | None], _Reading] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )


def _resolve(sign: Sign, opts: Options) -> _Reading:
    """(currency, assumed-note, ambiguous-sign) for a sign."""
    # Memoised per Options under a plain tuple key: hashing the dataclasses themselves
    # runs Python code, and this is asked for every amount with a sign.
    key = (sign.text, sign.codes, sign.param or sign.default)
    found = opts.resolved.get(key)
    if found is None:
        code, note, ambiguous = _resolve_sign(sign, opts)
        found = opts.resolved[key] = (code, note, ambiguous, sign if sign.shared else None)
    return found


def _resolve_sign(sign: Sign, opts: Options) -> tuple[str | None, str | None, Sign | None]:
    if opts.signs:
        code = sign_in(opts.signs, sign.text)
        if code is not None:
            return code, f"{sign.text!r} read as {code} (signs[{sign.text!r}])", None
    if sign.param == "dollar":
        return opts.dollar, f"{sign.text!r} read as {opts.dollar} (dollar={opts.dollar!r})", None
    if sign.param == "yen":
        return opts.yen, f"{sign.text!r} read as {opts.yen} (yen={opts.yen!r})", None
    if sign.default is not None:
        others = ", ".join(c for c in sign.codes if c != sign.default)
        name = None if opts.locale is None else opts.locale.name
        own = None if name is None else own_reading(name, sign.codes, opts.date)
        if own is not None and own != sign.default:
            # the locale's own before the newsroom's: 'रु.' in ne is NPR (INR in Hindi news)
            return own, f"{sign.text!r} read as {own}: the currency of locale=" \
                f"{name!r} (also {', '.join(c for c in sign.codes if c != own)})", None
        if opts.locale is not None and opts.locale.symbol_defaults.get(sign.text) == sign.default:
            return sign.default, f"{sign.text!r} read as {sign.default} (CLDR's symbol in " \
                f"locale={opts.locale.name!r}; also {others})", None  # 'FCFA' in fr
        return sign.default, f"{sign.text!r} read as {sign.default} (the newsroom default; " \
                             f"also {others})", None
    if len(sign.codes) == 1 and sign.codes[0] != "?":
        return sign.codes[0], None, None
    if opts.locale is not None and len(sign.codes) > 1:
        # 'lei' in ro: RON, and says so (a Latin word: other scripts' shared words are the
        # lexicon's, '파운드' is GBP as 'pound' is)
        own = own_reading(opts.locale.name, sign.codes, opts.date)
        if own is not None:
            return own, f"{sign.text!r} read as {own}: the currency of locale={opts.locale.name!r}", None
    return None, None, sign


def _spelled(text: str, s: int, e: int, figures: dict[int, Figure]) -> Part | None:
    """Matcher: a spelled number ('two', 'one-point-eight'), or None when it does not read."""
    fig = figures.get(s) if figures else None
    if fig is None:
        try:
            fig = read_spelled(text[s:e])
        except ValueError:
            return None
    return Part(s, e, fig)


def _digits(
    text: str, s: int, e: int, figures: dict[int, Figure], lex: Lexicon, opts: Options,
    floor: int = 0,
) -> Part | None:
    """Matcher: digits, with the currency sign or ISO code written before them (not one the
    amount before, ending at ``floor``, has read: '10 $ 30 $'); None when they are no amount
    ('COVID-19', 'H200'). Its rules are asked when their first test, written here, holds:
    :func:`_dash_label`, :func:`_from_point`, :func:`_sign_then_minus`,
    :func:`_letters_label`, :func:`_below_one`, :func:`_locale_figure`,
    :func:`_comma_doubts`.

    >>> opts, lex = _default_options(), lexicon()
    >>> p = _digits("It cost -$1,250.5 in all", 10, 17, {}, lex, opts)
    >>> (p.fig, p.currency, p.prefix_start)
    (Figure(value=Decimal('-1250.5'), precision=Decimal('0.1')), 'USD', 8)
    >>> _digits("the COVID-19 wave", 10, 12, {}, lex, opts) is None
    True
    """
    prev = text[s - 1] if s else ""  # the character before the number ('' at the start)
    if prev in _DASHES and _dash_label(text, s, floor):
        return None  # 'COVID-19', 'F-35'
    prof = opts.locale
    token_start = s
    if prev == "." and _from_point(text, s, e, lex, prof):
        s -= 1  # '.75 €': a figure below one, its point first
        prev = text[s - 1] if s else ""
    pstart, sign, code, minus = _sign_before(text, s, prev, floor, lex, prof)
    if pstart == s and (prev.isalpha() or prev == "_") and _letters_label(text, s, e, prev):
        return None  # 'H200', 'Q4': letters that are not a currency sign (not 'پر735ارب'; 'US50c')
    if token_start != s:
        return _below_one(text, s, e, token_start, pstart, sign, code, opts)
    read = _figure_at(text, s, e, figures, prof, pstart < s)
    if read is None:
        return None  # no convention reads it ('1,5,7')
    fig, slip = read
    part = Part(s, e, fig)
    if slip or prof is not None or (
            prev not in _NOT_BEFORE_FRACTION and text.startswith(_FRACTION_STARTS, e)):
        _marked(text, part, prev, slip, prof)
    if sign is not None or code is not None:
        _prefix(text, part, pstart, sign, code, opts)
    if minus:
        part.fig = Figure(-part.fig.value, part.fig.precision)
    return part


def _sign_before(text: str, s: int, prev: str, floor: int, lex: Lexicon, prof: LocaleProfile | None
                 ) -> tuple[int, Sign | None, str | None, bool]:
    """Matcher: the currency sign or ISO code written before the digits at ``s`` (``prev``:
    the character before them), maybe before a minus ('€ -12', '$-5':
    :func:`_sign_then_minus`), as (where it starts, the sign, the code, whether a minus
    stands between); none when it starts before ``floor`` (the amount before read it).

    >>> _sign_before("cut by $-5 today", 9, "-", 0, lexicon(), None)[::3]
    (7, True)
    >>> _sign_before("cut by $-5 today", 9, "-", 8, lexicon(), None)
    (9, None, None, False)
    """
    pstart, sign, code = prefix_sign(text, s, lex, prof)
    minus = False
    if pstart == s and prev in _MINUS:
        found = _sign_then_minus(text, s, lex, prof)  # '€ -12', '$-5'
        if found is not None:
            pstart, sign, code = found
            minus = True
    if pstart < floor:
        return s, None, None, False
    return pstart, sign, code, minus


def _figure_at(text: str, s: int, e: int, figures: dict[int, Figure], prof: LocaleProfile | None,
               sign_before: bool) -> tuple[Figure, bool] | None:
    """Matcher: the figure of the digits ``text[s:e]`` and whether a comma in it may be a
    slip: one read before (``figures``, by start; :data:`_SMALL_INTEGERS`: '2024', '35'
    read once), else :func:`_figure`'s; None when no convention reads it.

    >>> _figure_at("up 35 points", 3, 5, {}, None, False)
    (Figure(value=Decimal('35'), precision=Decimal('1')), False)
    """
    fig = figures.get(s) if figures else None
    if fig is None:
        fig = _SMALL_INTEGERS.get(text[s:e])
    if fig is not None:
        return fig, False
    return _figure(text[s:e], prof, sign_before)


def _figure(token: str, prof: LocaleProfile | None, sign_before: bool) -> tuple[Figure, bool] | None:
    """Matcher: the figure of the digits ``token`` not read before (:data:`_SMALL_INTEGERS`,
    :data:`_FIGURES` keep them), and whether a comma in it may be a slip (a decimal comma in
    a text that groups by commas: :func:`_marked`); English's way without a locale, else the
    locale's (:func:`_locale_figure`); None when no convention reads it.

    >>> _figure("1,250.5", None, False)
    (Figure(value=Decimal('1250.5'), precision=Decimal('0.1')), False)
    >>> _figure("1,5,7", None, False) is None
    True
    """
    if token.isdigit() and len(token) <= MAX_DIGITS:  # read_digits' first case
        fig = _new_figure(Figure, (Decimal(token), _ONE))
        if len(token) <= 4 and token.isascii():
            _SMALL_INTEGERS[token] = fig
        return fig, False
    if prof is not None:
        return _locale_figure(token, prof, sign_before)
    known = _FIGURES.get(token)
    if known is None:
        try:
            known = _english_figure(token)
        except ValueError:
            return None
    return known, "," in token[-3:] and _COMMA_DECIMAL.fullmatch(token) is not None


def _marked(text: str, part: Part, prev: str, slip: bool, prof: LocaleProfile | None) -> None:
    """The rules over the figure :func:`_digits` read, before its sign: a comma that may be a
    slip (``slip``), a comma in doubt with a locale (:func:`_comma_doubts`), a fraction after
    the number (:func:`_fraction`; ``prev``: the character before the digits).

    >>> part = Part(2, 4, Figure(Decimal(10), _ONE))
    >>> _marked("a 10 1/2 mile walk", part, " ", False, None); (part.fig.value, part.end)
    (Decimal('10.5'), 8)
    """
    s, e = part.start, part.end
    if slip and comma_groups_besides(text):
        # '150,00 – 170,000 ounces': a comma before one or two digits in a text that groups
        # its digits by commas is no decimal mark of the writer's habit, or a slip (count15)
        part.doubt = (f"{text[s:e]!r} has a comma before {e - 1 - text.rindex(',', s, e)} "
                      "digits in a text that groups digits by commas: a decimal comma, or a "
                      "slip in a thousands group: in doubt")
    if prof is not None and part.fig.precision == _THOUSANDTH and prof.decimal == ",":
        _comma_doubts(text, part, prof)  # '350,000 fat' in nb, '1,145 mdd' read with 'es'
    if prev not in _NOT_BEFORE_FRACTION and text.startswith(_FRACTION_STARTS, e):
        _fraction(text, part)  # '1/4 mile', '10 1/2 miles', '12-3/4 cents'


def _unjoined_word_before(text: str, s: int) -> bool:
    """Does a word of its own end at ``s`` in a letter that joins none after it (Urdu 'پر735
    ارب': the space left out, as the letters show it), not one written onto digits before it
    ('8ہزار848': the 848 is the thousands' rest, read with them or not at all)?

    >>> _unjoined_word_before("عوام پر735ارب", 7), _unjoined_word_before("8ہزار848ارب", 5)
    (True, False)
    """
    if text[s - 1] not in RIGHT_JOINING:
        return False
    k = s - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k == 0 or not text[k - 1].isdigit()


def _dash_label(text: str, s: int, floor: int) -> bool:
    """Rule: are the digits at ``s``, after a dash, the number of a name ('COVID-19', 'F-35')?
    Not where an amount ends at the dash ('3km-5km'), nor after Hebrew's prepositions,
    hyphenated onto the number ('ב-5', 'בכ-9').

    >>> _dash_label("the F-35 jet", 6, 0), _dash_label("3km-5km", 4, 3)
    (True, False)
    """
    return s > 1 and text[s - 2].isalpha() and floor != s - 1 and not (
        _proclitic_run(text, s - 1))


def _from_point(text: str, s: int, e: int, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """Rule: are the digits at ``s``, after a point, a figure below one written from its point
    ('.75 €', '$.75')? Not after a letter, digit or separator ('U.S.75', '5..75'), nor three
    digits or more where the decimal mark is a comma ('.5 por ciento' is; a group of
    thousands has three digits), nor after the point of a sign ('S/.530':
    :func:`_point_of_sign`).

    >>> _from_point("a .75 cut", 3, 5, lexicon(), None), _from_point("U.S.75", 4, 6, lexicon(), None)
    (True, False)
    """
    return (s == 1 or _BEFORE_POINT(text[s - 2])) and text[s:e].isdigit() and (
        prof is None or prof.decimal == "." or e - s < 3) and not _point_of_sign(text, s, lex, prof)


def _point_of_sign(text: str, s: int, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """Rule: is the point before the digits at ``s`` the last letter of a currency sign
    written with a point (the lexicon's 'S/.' of Peruvian copy, 'Bs.')? Then it is no
    decimal point: 'S/.530 millones' is 530 millions of soles, also where the point is the
    decimal mark (es_PE), not 0.53 millions.

    >>> _point_of_sign("un gasto de S/.530 millones", 15, lexicon(), None)
    True
    >>> _point_of_sign("it fell to $.75 a share", 13, lexicon(), None)
    False
    """
    pstart, sign, _ = prefix_sign(text, s, lex, prof)
    return sign is not None and pstart < s - 1 and sign.text.endswith(".")


def _sign_then_minus(
    text: str, s: int, lex: Lexicon, prof: LocaleProfile | None
) -> tuple[int, Sign | None, str | None] | None:
    """Rule: a sign, a minus, the digits at ``s`` ('€ -12', CLDR's negative pattern in nl:
    '¤ -#,##0.00'; '$-5'): the sign before the minus (:func:`~moneyfacts.signs.prefix_sign`),
    or None.

    >>> _sign_then_minus("a loss of $-5", 12, lexicon(), None)[0]
    10
    """
    if not (s > 1 and text[s - 2] in _SIGN_THEN_MINUS):
        return None
    pstart, sign, code = prefix_sign(text, s - 1, lex, prof)
    if pstart < s - 1 and (sign is not None or code is not None):
        return pstart, sign, code
    return None


def _letters_label(text: str, s: int, e: int, prev: str) -> bool:
    """Rule: are the letters right before the digits at ``s`` (``prev`` the last of them) no
    currency sign but a label ('H200', 'Q4')? Not a Han ideograph ('投资1600亿元': no letters
    of ours), nor a word of [proclitic] written onto the number ('ל20', 'الـ4.7'), nor a word
    ending in a letter that joins none after it ('پر735ارب': :func:`_unjoined_word_before`),
    nor a dollar's letters before its cents ('US50c'), nor a letter of a script that writes
    no spaces between words (asia23: Khmer 'ប្រមាណ៦០០០លានដុល្លារ', about 6,000 million dollars).

    >>> _letters_label("the H200 chip", 5, 9, "H"), _letters_label("投资1600亿元", 2, 6, "资")
    (True, False)
    """
    return not (CJK_FIRST <= prev <= CJK_LAST) and not unspaced_script(prev) and not (
        prev in _proclitics() and (s == 1 or not text[s - 2].isalnum())) and not (
        prev in _ARTICLE_ENDS and _proclitic_run(text, s)) and not _unjoined_word_before(text, s) and not (
        text[e : e + 1] == "c" and dollar_letters(text, s) is not None)


def _below_one(
    text: str, s: int, e: int, token_start: int, pstart: int, sign: Sign | None,
    code: str | None, opts: Options,
) -> Part:
    """Matcher: a figure below one written from its point, at ``s`` ('.75 €', '$.75'), with
    the sign before it.

    >>> p = _below_one("$.75", 1, 4, 2, 0, lexicon().signs["$"], None, _default_options())
    >>> (p.fig, p.currency)
    (Figure(value=Decimal('0.75'), precision=Decimal('0.01')), 'USD')
    """
    part = Part(s, e, Figure(Decimal("0" + text[s:e]), Decimal(1).scaleb(token_start - e)))
    if sign is not None or code is not None:
        _prefix(text, part, pstart, sign, code, opts)
    return part


def _locale_figure(
    token: str, prof: LocaleProfile, sign_before: bool
) -> tuple[Figure, bool] | None:
    """Matcher: the figure of ``token`` as the locale writes numbers, and whether its comma
    may be a slip (a comma before one or two digits, read as a decimal comma where the
    locale's mark is a point: '229,3 مليار دولار' in AFP's Arabic); '$10,000' in ru (a sign
    written before the number, as English writes it and the locale does not: ``sign_before``)
    with English grouping; None when no convention reads it.

    >>> ru = profile("ru")
    >>> _locale_figure("10,000", ru, True), _locale_figure("10,5", ru, False)[0]
    ((Figure(value=Decimal('10000'), precision=Decimal('1')), False), Figure(value=Decimal('10.5'), precision=Decimal('0.1')))
    >>> _locale_figure("229,3", profile("ar"), False)
    (Figure(value=Decimal('229.3'), precision=Decimal('0.1')), True)
    """
    try:
        if (sign_before and prof.sign_after or prof.comma_groups) and (
                prof.decimal == "," and _EN_GROUPED.fullmatch(token)):
            return read_digits(token), False
        return read_digits(token, decimal=prof.decimal, group=prof.group), False
    except ValueError:
        if prof.decimal != "." or not _COMMA_DECIMAL.fullmatch(token):
            return None
        # a comma before one or two digits groups nothing, so it is the decimal comma of the
        # writer's own habit
        return read_digits(token, decimal=",", group="."), True


def _comma_doubts(text: str, part: Part, prof: LocaleProfile) -> None:
    """Rule, where the locale's decimal mark is a comma, for a figure read with three decimals:
    '350,000' is in doubt where no one writes thousandths with two trailing zeros
    (:func:`_comma_in_doubt`), '1,145' where the language's territories split
    (:func:`_split_in_doubt`).

    >>> opts = _options_for(Conventions.of(None, locale="nb"))
    >>> part = _digits("350,000 fat", 0, 7, {}, lexicon(), opts)
    >>> part.doubt[:34]
    "'350,000' is 350 with the decimal "
    """
    s, e = part.start, part.end
    if _ROUND_THOUSANDTHS.fullmatch(text, s, e):
        part.doubt = _comma_in_doubt(text[s:e], prof)  # '350,000 fat' in nb
    elif not prof.comma_groups and prof.name == prof.language and (
            prof.language in split_languages() and _THREE_DECIMALS.fullmatch(text, s, e)
            and not point_groups(text)):
        part.doubt = _split_in_doubt(text[s:e], prof)  # '1,145 mdd' read with 'es'


@cache
def _proclitics() -> frozenset[str]:
    """The one-letter words written onto a number ('מ10', 'ל20'), lexicon [proclitic]."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections().get("proclitic", []))


_COMMA_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")  # ASCII or Arabic-Indic digits ("١٤٠,١")
#: A comma before three digits ending in '00' ('350,000', '2,500'): a decimal comma's
#: thousandths written with two zeros or more, or English grouping (see _comma_in_doubt).
_ROUND_THOUSANDTHS = re.compile(r"[1-9][0-9]{0,2},[0-9]00")
_THOUSANDTH = Decimal("0.001")


def _comma_in_doubt(token: str, prof: LocaleProfile) -> str | None:
    """Why '350,000' in a locale whose decimal mark is the comma ('nb', 'de', 'fr') is in doubt:
    no one writes a decimal's thousandths with two trailing zeros, and English grouping ('350,000
    fat' in Norwegian copy) writes just that; '1,790 Euro' (a fuel price) stays a decimal. The
    languages where CLDR's territories disagree ('es') are decided by the text's other numbers
    (:mod:`moneyfacts.separators`) instead."""
    if prof.comma_groups or prof.language in comma_group_languages():
        return None
    whole, _, frac = token.partition(",")
    decimal = f"{whole}.{frac.rstrip('0')}" if frac.rstrip("0") else whole
    return (f"{token!r} is {decimal} with the decimal comma of "
            f"{prof.language!r}, or {whole}{frac} grouped as in English: in doubt")


#: One comma and three digits after it ('1,145'): a decimal or a thousands group.
_THREE_DECIMALS = re.compile(r"[1-9][0-9]{0,2},[0-9]{3}")


def _split_in_doubt(token: str, prof: LocaleProfile) -> str:
    """Why '1,145' read with a bare language whose territories are split ('es':
    :func:`moneyfacts.separators.split_languages`) is in doubt when the text's other numbers
    do not say which convention it writes: 1.145 in Spain or Argentina, 1145 in Mexico or
    Peru."""
    whole, _, frac = token.partition(",")
    return (f"{token!r} is {whole}.{frac} with the decimal comma of some {prof.language!r} "
            f"territories and {whole}{frac} grouped by a comma as in others (CLDR), and the "
            "text's other numbers do not say which: in doubt; give a locale with its territory")


#: The [proclitic] words of more than one letter (Arabic's article 'ال', glued onto a number
#: as onto any word: 'الـ4.7 تريليون', 'وال500 مليون'), longest first, and their last letters.
_LONG_PROCLITICS = tuple(sorted((k for k, _, _ in lexicon_sections().get("proclitic", []) if len(k) > 1),
                                key=len, reverse=True))
_ARTICLE_ENDS = frozenset(k[-1] for k in _LONG_PROCLITICS)
#: The characters before a number that a qualifier may be written onto (:func:`_qualifier_of`):
#: a [proclitic] of one letter, a hyphen or maqaf after one, or nothing (the text's start).
_WRITTEN_ON = frozenset(k for k, _, _ in lexicon_sections().get("proclitic", []) if len(k) == 1) | {
    "-", "\u05be", ""}


def _proclitic_run(text: str, end: int) -> bool:
    """Are the letters ending at ``end`` one to three words of [proclitic], a word of their
    own ('ב-5', 'בכ-9', 'ושב-3')?"""
    k = end
    words = _proclitics()
    while k > 0 and end - k < 3:
        w = next((w for w in _LONG_PROCLITICS if text.endswith(w, 0, k)), None)  # 'ال'
        if w is None and text[k - 1] not in words:
            break
        k -= len(w) if w is not None else 1
    return k < end and (k == 0 or not text[k - 1].isalnum())


def _BEFORE_POINT(c: str) -> bool:
    """May ``c`` stand before a figure written from its point ('.75 €', '$.75')? Not a
    letter, digit or separator ('U.S.75', '5..75'), nor a vowel sign or other mark that
    ends a word ('रु.६ खर्ब' is 'रु.' and 6, Devanagari's 'Rs.6'). A kana or Han character
    may (asia22): Chinese and Japanese write no space between words, and no abbreviation
    of theirs ends in a point, so '投资.5万元' is 0.5万 (5,000 yuan), not 5万.

    >>> _BEFORE_POINT("资"), _BEFORE_POINT("S"), _BEFORE_POINT(" ")
    (True, False, True)
    """
    if "\u3040" <= c <= "\u9fff":  # kana, the CJK punctuation and ideographs
        return True
    return not c.isalnum() and c not in ".,'" and not unicodedata.category(c).startswith("M")


#: A fraction after a whole number: '1/4 mile', '10 1/2 miles', '12-3/4 cents' (the whole
#: number, a space or hyphen, the fraction); not a date or a score ('1/4/2024', '24/7', '9/11'
#: are refused below).
_FRACTION = re.compile(r"([ -][0-9]+)?/([0-9]+)(?![0-9/]|[.,][0-9])")
_NOT_BEFORE_FRACTION = frozenset("/.,")
#: How a fraction after a number starts: its slash, a space and a digit, or a hyphen and a
#: digit ('12-3/4 cents'): one test in C.
_FRACTION_STARTS = ("/", *(" " + d for d in "0123456789"), *("-" + d for d in "0123456789"))
_DASHES = frozenset("-–")
_EXACT = Context(prec=MAX_DIGITS + 40, traps=[Inexact])


def _fraction(text: str, part: Part) -> None:
    """Step: a whole number followed by a fraction ('1/4 mile', '10 1/2 miles', '12-3/4
    cents') is read exactly (0.25, 10.5, 12.75); after a figure with decimals the fraction is
    of its last digit, as grain and bond prices are quoted ('$6.28-1/2 a bushel' is 6.285,
    '$13.02 3/4' 13.0275); a fraction with no finite decimal ('1/3', '9/11') is refused."""
    e = part.end
    if text[e] in " -":
        m = _FRACTION.match(text, e)
        if m is None or m.group(1) is None:
            return
        num, den = int(m.group(1)[1:]), int(m.group(2))
        if not 0 < num < den:
            return  # '10 12/5', '5-6/4': no mixed number
        if part.fig.precision != 1:
            try:
                frac = _EXACT.divide(Decimal(num), Decimal(den))
            except Inexact:
                return  # '$6.28 1/3': not a tick we read
            part.end = m.end()
            value = part.fig.value + frac * part.fig.precision
            exponent = value.as_tuple().exponent
            part.fig = Figure(value, Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0))
            return
        whole = part.fig.value
    else:
        m = _FRACTION.match(text, e)
        if m is None:
            return
        num, den, whole = int(part.fig.value), int(m.group(2)), Decimal(0)
    written = text[part.start : m.end()]
    part.end = m.end()
    if den == 0 or part.fig.precision != 1:
        part.doubt = f"{written!r} is a ratio, not a number we read"  # '5.5/2', '1/0'
        return
    try:
        frac = _EXACT.divide(Decimal(num), Decimal(den))
    except Inexact:
        part.doubt = f"{written!r} is a fraction with no exact decimal value"
        return
    value = whole + frac
    exponent = value.as_tuple().exponent
    part.fig = Figure(value, Decimal(1).scaleb(min(0, exponent if isinstance(exponent, int)
                                                   else 0)))


def _prefix(
    text: str, part: Part, pstart: int, sign: Sign | None, code: str | None, opts: Options
) -> None:
    """Read the sign or code before the number into ``part``, with a minus before it."""
    if pstart > 0 and text[pstart - 1] in _MINUS and (
        pstart == 1 or text[pstart - 2] in _BEFORE_MINUS
    ):
        pstart -= 1  # '-€2bn': a minus before the sign
        part.fig = Figure(-part.fig.value, part.fig.precision)
    part.prefix_start = pstart
    part.kind = "money"
    if code is not None:
        part.currency = code
    else:
        assert sign is not None
        # _resolve's memo, asked here first (a call saved on every amount with a sign)
        found = opts.resolved.get((sign.text, sign.codes, sign.param or sign.default))
        part.currency, part.assumed, part.ambiguous, part.sign = (
            found if found is not None else _resolve(sign, opts))
    # 'R5 billion' is rand, but 'Q4' is a quarter and 'K2' a mountain: see _finish.
    part.letter = sign is not None and sign.text.isalpha() and len(sign.text) == 1


def _finish(
    text: str, part: Part, e: int, spelled: set[int], figures: dict[int, Figure],
    doubtful: dict[int, int], spaced: bool = False,
) -> Part | None:
    """Step after the right side is read: the part as kept (digits in doubt, unless the
    locale groups digits with a space: ``spaced``), or None when it is no amount after all
    ('two pounds', 'Q4')."""
    s = part.start
    if spelled and s in spelled and _spelled_unit(part, figures):
        return None  # a spelled number is read before a magnitude or a unit: not 'two pounds'
    if doubtful and s in doubtful and (part.kind == "money" or part.kind in ("count", "measure")
                                        and not _day_before(text, doubtful[s])):
        # count15: '19 600 households' was 600 households; a count or a measure is in the
        # same doubt as money ('On March 19 600 people marched': a date, read as before)
        if spaced:  # the locale groups digits with a space ('10 000 dollars' in fr): one number
            first = doubtful[s]
            part.fig = Figure(Decimal(text[first:e].replace(" ", "")), Decimal(1))
            part.start = first
        elif not _measure_grouped(text, part, doubtful[s], e):
            _doubt(text, part, doubtful[s], e)
    if part.letter and part.magnitude is None and not any(c in GROUP_CHARS or c == " " for c in text[s:e]) and (
            not letter_sign_read(text, text[part.prefix_start if part.prefix_start is not None else s])) and (
            not _priced_per_measure(part)) and not (
            e - s >= 3 and (_letter_named(text, text[part.prefix_start if part.prefix_start is not None else s])
                            or _letter_placed(text, text[part.prefix_start if part.prefix_start is not None else s]))):
        return None  # 'Q4', 'K2' (but 'R370' in a text that writes 'R2bn'); not 'N617 per litre'
    if part.letter and part.magnitude is not None and part.currency is not None and (
            part.currency not in _lakh_currencies()) and any(
            w.strip(".,;:()") in _lakh_words() for w in text[e : part.end].lower().split()):
        sign = text[part.prefix_start if part.prefix_start is not None else s]
        part.doubt = (f"{sign!r} is {part.currency}, but lakh and crore count the money of the "
                      "territories CLDR groups by lakhs (#,##,##0: "
                      f"{', '.join(sorted(_lakh_territories()))}), not its")  # 'R49.9 lakh crore'
    return part


@lru_cache(maxsize=64)
def _letter_named(text: str, letter: str) -> bool:
    """Does the text name, as a word, the money of a currency the one-letter sign ``letter``
    stands for: the noun of its English CLDR name ('kwacha' for 'K', 'naira' for 'N', 'rand'
    for 'R')? Then the letter is that money's sign in it, and 'from K1180 to K1700' is money
    (a figure of three digits or more: 'N95 masks' stays a label).

    >>> _letter_named("The Malawi kwacha fell from K1180 to K1700.", "K")
    True
    >>> _letter_named("Sales rose in Q4.", "Q")
    False
    """
    sign = lexicon().signs.get(letter)
    if sign is None:
        return False
    from babel import Locale

    names = Locale("en").currencies
    low = text.lower()
    for code in sign.codes:
        words = re.sub(r"\s*\(.*?\)", "", str(names.get(code, ""))).lower().split()
        if words and words[-1] in low and re.search(
                rf"(?<![^\W\d_]){re.escape(words[-1])}s?(?![^\W\d_])", low):
            return True
    return False


@lru_cache(maxsize=64)
def _letter_placed(text: str, letter: str) -> bool:
    """Does the text name a country (its name or its people's) where a currency the shared
    one-letter sign ``letter`` stands for is tender (CLDR)? Then the letter is that money's
    sign in it, as the local press writes it, and 'a fine of K750' in a story that says
    'Zambia' is money (local19; a figure of three digits or more: 'K2' stays a mountain).
    Only a letter the lexicon shares among several currencies ('K', 'P'): a letter of one
    currency names no place of its own, and 'the R300' in a South African story is a road.

    >>> _letter_placed("The laws of Zambia set a fine of K750.", "K")
    True
    >>> _letter_placed("Climbers reached K2 in Pakistan.", "K"), _letter_placed("Guatemala's Q400.", "Q")
    (False, False)
    """
    sign = lexicon().signs.get(letter)
    if sign is None or len([c for c in sign.codes if c != "?"]) < 2:
        return False
    from moneyfacts.evidence import places, tender

    return any(clue.kind in ("country", "adjective") and set(tender(clue.territory)) & set(sign.codes)
               for clue in places(text))


def _priced_per_measure(part: Part) -> bool:
    """Is ``part`` priced per a unit of measure of the units table ('N617 per litre', 'K25 a
    kilo', 'R21/litre')? A one-letter sign before a bare figure is then money, as in Nigerian,
    Zambian and South African fuel and food prices; a label ('Q4', 'K2', 'D3') takes no such
    per."""
    if part.kind != "money" or not part.per:
        return False
    from moneyfacts.measures import table

    t = table()
    per = part.per
    entry = t.names.get("_".join(per.replace("-", " ").split()).lower()) or t.symbols.get(per)
    return entry is not None and entry.unit not in _time_units()


@cache
def _time_units() -> frozenset[str]:
    """units.txt's [time]: the units of time, a rate over which is no price of a good."""
    from moneyfacts.measures import _sections, units_text

    return frozenset(k for k, _ in _sections(units_text()).get("time", []))


@cache
def _lakh_territories() -> frozenset[str]:
    """The territories of CLDR locales that group digits by lakhs ('#,##,##0': en_IN, ne_NP,
    bn_BD...)."""
    from babel import Locale, localedata

    out: set[str] = set()
    for ident in localedata.locale_identifiers():
        try:
            loc = Locale.parse(ident)
        except Exception:  # pragma: no cover - a locale babel lists but cannot load
            continue
        pattern = loc.decimal_formats.get(None)
        if pattern is not None and ",##," in pattern.pattern and loc.territory:
            out.add(loc.territory)
    return frozenset(out)


@cache
def _lakh_currencies() -> frozenset[str]:
    from babel.numbers import get_territory_currencies

    return frozenset(c for t in _lakh_territories() for c in get_territory_currencies(t))


@cache
def _lakh_words() -> frozenset[str]:
    """The magnitude words of lakhs and crores (powers 5 and 7, which no other numbering
    names: 'lakh', 'crore', 'cr'), from lexicon.txt [magnitude] sections."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k.lower() for name, rows in lexicon_sections().items()
                     if name.split()[0] == "magnitude" for k, v, _ in rows
                     if v.split()[:1] in (["5"], ["7"]) and k[:1] < "\u3000")  # (not 十万, 千万)




def _unsettled_code(
    text: str, part: Part, e: int, lex: Lexicon, written: dict[str, int]
) -> bool:
    """An all-capital word before a bare whole number that is an ISO code as well ('ALL 5
    solutions', 'TOP 10 tips'), with a plural word after the number and the code written
    nowhere else: the text does not settle it as a currency.

    >>> [(q.text, q.unit) for q in scan("ALL 5 solutions, and the EUR 200 fine")]
    [('5 solutions', 'solution'), ('EUR 200', 'EUR')]

    An ISO code that is an English word ([code-word]) glued to one or two digits is a name
    with its number ('COP28', the climate summit), no amount; 'CNY3' is money, and so is such a
    code when the text is nothing but the amount (CLDR writes 1 kip 'LAK1' in English).

    >>> [(q.text, q.unit) for q in scan("LAK1")], scan("Leaders met at COP28 in Dubai.")
    ([('LAK1', 'LAK')], [])
    """
    assert part.prefix_start is not None
    first = part.prefix_start
    if text[first] in code_magnitudes() and text[first + 1 : first + 4] == part.currency:
        first += 1  # 'MALL 5 stars'
    code = text[first : first + 3]
    if code != part.currency or part.end != e or part.fig.precision != 1:
        return False
    if part.start == first + 3 and e - part.start <= 2:
        if not text[: part.prefix_start].strip() and not text[e:].strip(" .\n"):
            return False  # the whole text is the amount ('LAK1', as CLDR formats it): money
        from moneyfacts.signs import _code_words

        return code.lower() in _code_words()  # 'COP28', 'TOP10': a code that is a word, glued to one or two digits
    m = WORDS.match(text, e)
    if m is None or m.start(1) == e:
        return False
    word = m.group(1)
    low = word.lower()
    return (word.islower() and low.endswith("s") and low not in lex.currency_words
            and low not in lex.magnitudes_ci and low not in lex.words.stop
            and _times_written(text, code, written) == 1)


#: What ends the phrase of an amount whose currency name is written first ('ringgit 42.').
_NAME_FIRST_END = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)")


def _name_first(text: str, part: Part, lex: Lexicon, opts: Options) -> None:
    """Step: a bare number with a currency name in lower case right before it, ending its
    phrase ('ringgit 42', 'The price starts at dollar 22.5 million.'), is money in that
    currency; not a year ('euro 2024'), nor a number something else follows ('the dollar 10
    years ago'). A name capitalised or in capitals (signs.capital_names) is read so too, and
    before a number with a magnitude word whatever follows ('Shillings 32.7 trillion in
    debt', as East African and South Asian papers write amounts); not 'In Rupees 5 times',
    nor a small number without a magnitude ('meets Euro 6.': an emission standard)."""
    magnitude = part.magnitude is not None and part.magnitude > 0
    name = text[text.rfind(" ", 0, part.start - 1) + 1 : part.start - 1]
    if name[:1].isupper():
        if not magnitude and part.fig.value < 100:
            return
        if not magnitude and not _NAME_FIRST_END.match(text, part.end):
            return
    elif not (magnitude or _NAME_FIRST_END.match(text, part.end) or (name.endswith("s") and (
            part.fig.precision == _HUNDREDTH or name_first_read(text, name)))):
        # In lower case: ending its phrase, or with a magnitude word ('pounds 5m last year',
        # as archive copy writes '£'), or a price in hundredths after a plural ('pounds
        # 187.50 each'), or a plural the text writes so as money elsewhere ('the pounds 95
        # ticket' beside 'pounds 2.2bn'); not 'the dollar 10 years ago', nor 'lost pounds 5
        # a week'.
        return
    if part.magnitude is None and part.fig.precision == 1 and 1900 <= part.fig.value <= 2099:
        return  # a year
    found = name_before(text, part.start, lex, capital=True)
    if found is not None:
        start, sign, code = found
        _prefix(text, part, start, sign, code, opts)


def _money_name_before(text: str, start: int, lex: Lexicon) -> bool:
    """Is the word right before the number at ``start`` a currency's plural name in lower case
    that the text writes before numbers as money elsewhere (anchors.name_first_read)? Then
    the number is money, not the count of a noun further on ('the pounds 95 face value people
    paid' beside 'pounds 2.2bn')."""
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return word.islower() and word.endswith("s") and word in lex.currency_words and (
        name_first_read(text, word))


def _sign_before_spelled(text: str, part: Part, lex: Lexicon, opts: Options, floor: int) -> None:
    """Step: a sign or ISO code right before a spelled number of a million or more ('KD one
    million', '$two billion', 'USD three million'): money in that currency, as after digits
    (signs.prefix_sign); not a spelled number without a magnitude ('a $ one' is no amount).
    Only signs no prose writes before 'one million': not a code that is an English word
    ([code-word]: 'THE TOP ONE MILLION'), nor a sign in letters that is one letter, in lower
    case ('won one million' is a verb's) or an English word ('Sh', 'DA')."""
    from moneyfacts.evidence import _english_words
    from moneyfacts.signs import _code_words

    pstart, sign, code = prefix_sign(text, part.start, lex)
    if not floor <= pstart < part.start or (sign is None and code is None):
        return
    if code is not None and code.lower() in _code_words():
        return
    letters = text[pstart : part.start].strip(" .\u00a0")
    if sign is not None and letters.isalpha() and (
            len(letters) == 1 or letters.islower() or letters.lower() in _english_words()):
        return
    _prefix(text, part, pstart, sign, code, opts)


def _currency_on_both_sides(
    text: str, part: Part, lex: Lexicon, parts: list[Part], seen: set[str]
) -> None:
    """Step: a currency word in lower case right before a number that has a currency after
    it, other than its hundredths ('rmb 10 usd 20': is 10 yuan or dollars?), leaves the
    reading in doubt (not a word of the amount before, ending in ``parts``); the shared sign
    of the currency after is noted in ``seen``.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "a price of rmb 10 usd"
    >>> part = _digits(text, 15, 17, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> _currency_on_both_sides(text, part, lex, [], set()); part.doubt
    "'rmb 10 usd' has a currency before the number and another after it"
    """
    if parts and parts[-1].end >= part.start - 1:
        return  # the word is the amount before's
    first = text.rfind(" ", 0, part.start - 1) + 1
    word = text[first : part.start - 1]
    # (not '2 dollars 23 cents': the cents are the hundredths, read as magnitude -2)
    hundredths = part.magnitude is not None and part.magnitude < 0
    if word.isalpha() and not hundredths and (word in lex.currency_words or (
            word.upper() in lex.codes or word.upper() in lex.signs)) and not _code_word(word):
        part.doubt = (f"{text[first : part.end]!r} has a currency before the number and "
                      "another after it")
        part.prefix_start = first
    if part.sign is not None:
        seen.add(_SHARED if part.sign.param is None else _BARE)


#: (news_20) Capitals right after an amount, as an ISO code is written there ('10 USD').
_CODE_AFTER = re.compile(r"[ \u00a0]+([A-Z]{3})(?![A-Za-z])")


def _code_word_both_sides(text: str, part: Part, lex: Lexicon) -> None:
    """Step (news_20): an ISO code in capitals that is an English word too ([code-word]:
    'TOP', 'ALL') read before a number that another ISO code follows ('TOP 10 USD earners',
    a headline's ranking) leaves the reading in doubt, as a currency word on both sides of a
    number does in lower case (:func:`_currency_on_both_sides`): no pa'anga is read there.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "THE TOP 10 USD EARNERS"
    >>> part = _digits(text, 8, 10, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> _code_word_both_sides(text, part, lex); part.doubt
    "'TOP 10 USD' has a currency before the number and another after it"
    """
    code = part.currency
    assert part.prefix_start is not None
    if code is None or text[part.prefix_start : part.prefix_start + 3] != code or (
            not _code_word(code.lower())):
        return
    m = _CODE_AFTER.match(text, part.end)
    if m is not None and m.group(1) != code and m.group(1) in lex.codes:
        part.doubt = (f"{text[part.prefix_start : m.end()]!r} has a currency before the number "
                      "and another after it")


def _code_word(word: str) -> bool:
    """Whether ``word``, not in capitals, is an English word that an ISO code spells too
    (lexicon [code-word]): 'sales top 5 million dollars' is no pa'anga before the number,
    'they try 5 dollars' no lira; 'TOP 5 dollars' is the code.

    >>> _code_word("top"), _code_word("Try"), _code_word("TOP"), _code_word("rmb")
    (True, True, False, False)
    """
    return not word.isupper() and word.lower() in _code_words()


def _code_magnitude(text: str, part: Part) -> None:
    """Step: the magnitude letter written onto the code before the number ('MAUD 60' is 60
    million AUD; lexicon [code-magnitude]); a magnitude after the number as well ('MUSD 5
    million') leaves the reading in doubt. Asked of a code before the number: only a code
    whose first letter is one of [code-magnitude], and not the currency's own, may carry one.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "a MAUD 60 loan"
    >>> part = _digits(text, 7, 9, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> _code_magnitude(text, part); (part.currency, part.magnitude)
    ('AUD', 6)
    """
    assert part.prefix_start is not None and part.currency is not None
    letter = text[part.prefix_start]
    if letter == part.currency[0] or letter not in code_magnitudes():
        return  # 'AUD 60', 'EUR 5': no magnitude letter before the code
    power = code_magnitudes()[letter]
    if text[part.prefix_start + 1 : part.prefix_start + 4] != part.currency:
        return  # no magnitude letter on the code
    if part.magnitude is not None:
        part.doubt = f"{text[part.prefix_start : part.end]!r} has two magnitudes"
        return
    part.magnitude = power


#: The last word before a space; in an Indic script with its vowel signs and joiners, which are
#: no word characters to ``re`` (asia21: Sinhala's 'කෝටි', 'ට්\u200dරිලියන').
_LAST_WORD = re.compile(r"((?:[^\W\d_]|[\u0900-\u0963\u0970-\u0de5\u0df0-\u0dff\u200c\u200d])+)[ \u00a0]$")


def _marker_first(text: str, part: Part, lex: Lexicon, opts: Options, at: int | None = None) -> None:
    """Step: a magnitude the locale writes before the number (:func:`markers_first`: CLDR's
    'bilioni 0' in Swahili) is the amount's: 'shilingi trilioni 33.1' is 33.1 trillion
    shillings, 'dola bilioni 14.3' 14.3 billion dollars, 'Sh bilioni 600', 'bilioni 5 dola'.
    Read for money only: the currency's sign or name before the word, or its name after the
    number; a bare 'bilioni 5' stays as it was. ``at``: where the amount starts, its sign
    before the number (asia22: Hausa's 'tiriliyan N1.8' is 1.8 trillion naira, was 1.8)."""
    prof = opts.locale
    assert prof is not None
    at = part.start if at is None else at
    m = _LAST_WORD.search(text, max(0, at - 20), at)
    power = markers_first(prof.name).get(m.group(1).lower()) if m is not None else None
    if m is None or power is None:
        return
    mstart = m.start(1)
    if part.kind == "money" or at != part.start:  # the name after the number: 'bilioni 5
        part.magnitude = power  # dola'; the sign before it: 'tiriliyan N1.8'
        return
    if part.kind is not None:
        return
    pstart, sign, code = prefix_sign(text, mstart, lex, prof)  # 'Sh bilioni 600', 'TSh'
    if sign is None and code is None:  # a name: 'shilingi', 'dola za kimarekani'
        for w in _name_words_before(text, mstart, prof.max_name_words):
            found = locale_name_after(text, w, lex, prof)
            if found is not None and found[0] == mstart - 1:
                pstart, code, sign = w, found[1], found[2]
                break
    if sign is None and code is None:  # the English name: 'shilling bilioni 314'
        english = name_before(text, mstart, lex)
        if english is not None:
            pstart, sign, code = english
    if sign is None and code is None:
        return
    _prefix(text, part, pstart, sign, code, opts)
    part.magnitude = power


#: A link word, a magnitude word, a figure: the next part of an amount whose magnitudes come
#: first ('... da biliyan 286'); the link and the word are looked up in the lexicon.
_LINKED_MARKER = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+([^\W\d_]+)[ \u00a0]+(\d{1,3})(?!\d|[.,]\d)")


@cache
def _marker_links(language: str) -> frozenset[str]:
    """[magnitude-first-link <language>]: the words joining the parts of an amount said
    magnitude first ('da' in Hausa, 'na' in Swahili), lower case."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for k, _v in lexicon_section(f"magnitude-first-link {language}"))


def _marker_first_rest(text: str, part: Part, locale: str) -> None:
    """Step, after :func:`_marker_first`: the smaller parts of an amount said magnitude first,
    each joined by a link word ('Naira tiriliyan 2 da biliyan 286' is 2,286 billion naira, 'naira
    Biliyan 648 da miliyan 26' 648,026 million) are added to it, which is then counted in the
    smallest magnitude; else the first part alone would be read and the rest dropped. A part
    whose magnitude is not smaller, or whose figure overflows it, ends the amount."""
    links = _marker_links(locale.split("_")[0])
    if not links:
        return
    firsts = markers_first(locale)
    assert part.magnitude is not None
    total, last, end = part.fig.value, part.magnitude, part.end
    while (m := _LINKED_MARKER.match(text, end)) is not None and m.group(1).lower() in links:
        power = firsts.get(m.group(2).lower())
        if power is None or power >= last or len(m.group(3)) > last - power:
            break
        total = total.scaleb(last - power) + Decimal(m.group(3))
        last, end = power, m.end()
    if end != part.end:
        part.fig = Figure(total, Decimal(1))
        part.end, part.magnitude = end, last


def _name_words_before(text: str, end: int, most: int) -> list[int]:
    """The starts of the last one to ``most`` words before the space at ``end - 1``, the
    farthest first (the longest name wins)."""
    starts: list[int] = []
    pos = end - 1
    for _ in range(most):
        m = _LAST_WORD.search(text, max(0, pos - 30), pos + 1)
        if m is None:
            break
        starts.append(m.start(1))
        pos = m.start(1) - 1
        if pos < 1 or text[pos] != " ":
            break
    return starts[::-1]


def _percent_first(text: str, part: Part, prof: LocaleProfile) -> None:
    """Step: the percent a locale writes before the number ('yüzde 14', '%5' in tr: CLDR's
    percent patterns, moneyfacts.unitnames.percent_before) makes the bare number a percentage."""
    from moneyfacts.unitnames import percent_before

    begin = percent_before(text, part.start, prof.name)
    if begin is not None:
        part.kind, part.unit, part.prefix_start = "percent", "percent", begin


def _code_as_name(text: str, part: Part) -> bool:
    """An ISO code glued to a whole number below 100, where the text writes the code before no
    other number ('the COP26 summit', 'at COP28 and COP 29', 'the COP presidency', 'TOP10'),
    in a text that says more than the amount: the pair names something (a conference, a
    list), as 'G20' does; prose writes no such currency amount so, unless English writes the
    currency by a symbol of its own ('USD50 gift cards').

    >>> [q.unit for q in scan("Auf der COP26 zahlen Staaten 100 Milliarden US-Dollar.", locale="de")]
    ['USD']
    >>> [q.unit for q in scan("MYR42")]
    ['MYR']
    """
    assert part.prefix_start is not None
    code = text[part.prefix_start : part.prefix_start + 3]
    if code != part.currency or part.prefix_start + 3 != part.start or (
            part.end < len(text) and text[part.end].isalnum()):
        return False  # glued to its number only: 'USD 50' is written as money is
    if code in _english_symbol_codes():
        return False  # English writes it by a symbol of its own ('$', '€'): 'USD50 cards' is money
    if not text.strip(" .\n")[len(code) :].strip(" .\n").replace(" ", "").isdigit():
        return not any(_MONEY_AFTER.match(text, m.end()) and not _SMALL_AFTER.match(text, m.end())
                       for m in re.finditer(code, text))
    return False


@cache
def _english_symbol_codes() -> frozenset[str]:
    """The codes CLDR's English writes by a symbol other than the code ('$', '€', '£', 'CN¥',
    '₹', 'CA$'): the currencies English prose names most, and writes glued to any figure."""
    from babel import Locale

    return frozenset(c for c, sym in Locale("en").currency_symbols.items() if sym and sym != c)


#: What follows a code that names something: a whole number of one or two digits (the other
#: times it is written may have a space: 'COP 29'), or no number ('COP-Präsidentschaft').
_SMALL_AFTER = re.compile(r" ?[0-9]{1,2}(?![0-9]|[.,][0-9])")
_MONEY_AFTER = re.compile(r"[ \u00a0]?[0-9]")


def _times_written(text: str, code: str, written: dict[str, int]) -> int:
    """How often ``code`` is written in ``text``, counted once a scan (so a scan stays linear:
    at most one count a code)."""
    found = written.get(code)
    if found is None:
        found = written[code] = text.count(code)
    return found


def _negative(text: str, part: Part, begin: int, parts: list[Part]) -> None:
    """Step: a minus or a word of [minus] before an amount makes it negative ('-40 billion
    yuan', '-15€', '-5%', 'minus 40 billion yuan'), unless it is the dash of a range whose
    low end is the part before ('5 -10%')."""
    negative = _minus_before(text, begin)
    if negative is None:
        return
    if parts and not text[parts[-1].end : negative].strip():
        return  # '5 -10%': a range's dash
    if text[part.end : part.end + 1] in _MINUS and text[negative - 1 : negative] == " " and (
            not text[part.end + 1 : part.end + 2].isalnum()):
        return  # 'la deuda -15.000 millones de euros-': dashes around an aside, no minus
    part.fig = Figure(-part.fig.value, part.fig.precision)
    part.prefix_start = negative


def _minus_before(text: str, begin: int) -> int | None:
    """Where a minus sign or a word of [minus] before ``begin`` starts ('-5', '(-5', 'minus
    5', '(minus 5'), or None."""
    c = text[begin - 1]
    if c in _MINUS:
        return begin - 1 if begin == 1 or text[begin - 2] in _BEFORE_MINUS else None
    if c not in _MINUS_GAP or begin < 2 or text[begin - 2].lower() not in _minus_ends():
        return None
    word = text[max(0, begin - 12) : begin - 1].rsplit(None, 1)[-1:]
    if word and word[0].lstrip("([").lower() in _minus_words():
        return begin - 1 - len(word[0].lstrip("(["))
    return None


@cache
def _minus_words() -> frozenset[str]:
    from moneyfacts.measures import table

    return table().minus


@cache
def _minus_ends() -> frozenset[str]:
    """The last letters of the [minus] words: a cheap first test."""
    return frozenset(w[-1] for w in _minus_words())


def _spelled_unit(part: Part, figures: dict[int, Figure]) -> bool:
    """A spelled number read with a currency or unit but no magnitude ('two pounds'), which is
    left out, unless it was read over several tokens ('one-point-eight')."""
    return part.magnitude is None and part.kind is not None and part.kind != "measure" and (
        not figures or part.start not in figures)


def _space_grouped(
    text: str, spans: list[tuple[int, int]], figures: dict[int, Figure],
    doubtful: dict[int, int],
) -> tuple[list[tuple[int, int]], dict[int, Figure], dict[int, int]]:
    """With a locale that groups digits by spaces ('12 500 EUR' in de, fr, nb): the digits in
    doubt are one number (anchors leave them in doubt without a locale)."""
    figures = dict(figures)
    joined: dict[int, int] = {}
    for last, first in doubtful.items():
        end = last
        while end < len(text) and text[end].isdigit():
            end += 1
        figures[first] = Figure(Decimal(text[first:end].replace(" ", "")), _ONE)
        joined[first] = end
    out = [(s, joined[s]) if s in joined else (s, e) for s, e in spans
           if not any(f < s < j for f, j in joined.items())]
    return out, figures, {}


#: (news_20) The letters or symbols right before a figure, with one space at most between:
#: a sign that may be its currency's ('R57 167', 'R 57 167').
_SIGN_BEFORE = re.compile(r"(?<![A-Za-z])([^\s\d]{1,4})[ \u00a0]?$")


def _space_grouping_sign(text: str, first: int) -> bool:
    """(news_20) Is the figure starting at ``first`` written after a sign of one currency whose
    territory's English copy groups digits by a space (CLDR: en_ZA writes 'R57 167'; the
    rand's 'R' and 'ZAR')? Its digits in doubt are then one number, as with a locale that
    groups so ('R57 167 million' is 57,167 million rand, not 57 rand and 167 million).

    >>> _space_grouping_sign("revenue of R57 167 million", 12), _space_grouping_sign("$57 167", 1)
    (True, False)
    """
    m = _SIGN_BEFORE.search(text, max(0, first - 6), first)
    return m is not None and m.group(1) in _space_grouping_signs()


@cache
def _space_grouping_signs() -> frozenset[str]:
    """The lexicon's signs of one currency whose territory has an English CLDR locale that
    groups digits by a space ('R' and 'ZAR': en_ZA), cached."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_group_symbol

    lex = lexicon()
    spaced: dict[str, bool] = {}
    out = set()
    for text, sign in lex.signs.items():
        if len(sign.codes) != 1 or sign.param is not None or sign.default is not None:
            continue
        code = sign.codes[0]
        if code not in spaced:
            try:
                Locale.parse(f"en_{code[:2]}")
                spaced[code] = get_group_symbol(f"en_{code[:2]}") in (" ", "\u00a0", "\u202f")
            except (UnknownLocaleError, ValueError):
                spaced[code] = False
        if spaced[code] and 1 <= len(text) <= 4 and not any(c.isspace() or c.isdigit() for c in text):
            out.add(text)
    return frozenset(out)


#: Digits grouped by spaces that can be no two numbers: a group after the first starts with
#: '0' ('5 010 oz', '100 000 oz').
_SURE_SPACE_GROUP = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]0\d\d(?![\d.,]\d)")


#: Groups of three digits each after a comma and a space, one of them starting with '0'
#: (no number of a list is written so): the thousands of the figure before ('Rs 1, 000').
_COMMA_SPACE_GROUPS = re.compile(r"(?:, [0-9]{3})*, 0[0-9]{2}(?:, [0-9]{3})*(?![0-9]|[.,][0-9])")


def _comma_space_grouped(
    text: str, spans: list[tuple[int, int]], figures: dict[int, Figure],
) -> tuple[list[tuple[int, int]], dict[int, Figure]]:
    """A figure of one to three digits followed by groups of three after a comma and a space,
    one of which starts with '0' ('K347, 764, 004', 'Rs 1, 000'): one number, its thousands
    grouped with a stray space (a list's numbers never start with '0'); read whole, not as
    its first group (local17).

    >>> t = "a K347, 764, 004 budget"
    >>> _comma_space_grouped(t, [(3, 6), (8, 11), (13, 16)], {})
    ([(3, 16)], {3: Figure(value=Decimal('347764004'), precision=Decimal('1'))})
    >>> _comma_space_grouped("prizes of 5, 10 and 15", [(10, 11), (13, 15), (20, 22)], {})[0]
    [(10, 11), (13, 15), (20, 22)]
    """
    joined: dict[int, int] = {}
    reach = -1
    for s, e in spans:
        if s < reach or not (1 <= e - s <= 3 and text[s:e].isdigit()) or (s and text[s - 1] in ",." and (
                s > 1 and text[s - 2].isdigit())):
            continue
        m = _COMMA_SPACE_GROUPS.match(text, e)
        if m is not None:
            joined[s] = reach = m.end()
    if not joined:
        return spans, figures
    figures = dict(figures)
    for s, end in joined.items():
        figures[s] = Figure(Decimal(text[s:end].replace(", ", "")), _ONE)
    out = [(s, joined[s]) if s in joined else (s, e) for s, e in spans
           if not any(f < s < j for f, j in joined.items())]
    return out, figures


def _groups_by_space(text: str, spans: list[tuple[int, int]], doubtful: dict[int, int]) -> bool:
    """Does the text itself group digits by spaces, in a number that can be no two ('5 010
    oz', '100 000 oz/y'), so that its digits in doubt are one number too ('9 240 oz') (count16)?

    >>> t = "It made 9 240 oz, of which 5 010 oz in December."
    >>> _groups_by_space(t, [(8, 13), (27, 32)], {10: 8})
    True
    >>> _groups_by_space("It made 9 240 oz.", [(8, 13)], {10: 8})
    False
    """
    firsts = set(doubtful.values())
    return any(s not in firsts and _SURE_SPACE_GROUP.fullmatch(text, s, e) is not None
               for s, e in spans)


def _signed_before_magnitude(text: str, spans: list[tuple[int, int]], doubtful: dict[int, int],
                             prof: LocaleProfile | None) -> bool:
    """Do the text's digits in doubt stand between a currency sign and a magnitude word ('S/.
    130 621 millones', '$ 5 200 million')? Those are one number grouped by spaces: as two,
    the first amount would have a sign and no magnitude and the second a magnitude and no
    sign; so the text groups its digits by spaces (as :func:`_groups_by_space`). world20:
    Peru's budget 'S/. 130 621 millones' was read as 130 soles, silently.

    >>> _signed_before_magnitude("It cost $ 5 200 million", [(10, 11), (12, 15)], {12: 10}, None)
    True
    >>> _signed_before_magnitude("In 2019 5 200 million", [(3, 7), (8, 9), (10, 13)], {10: 8}, None)
    False
    """
    from moneyfacts.currencies import lexicon
    from moneyfacts.signs import prefix_sign

    lex = lexicon()
    ends = dict(spans)
    for second, first in doubtful.items():
        end = ends.get(second)
        words = text[end:end + 40].split(None, 1) if end is not None else []
        word = words[0].rstrip(".,;:") if words else ""
        magnitude = word in lex.magnitudes or word.lower() in lex.magnitudes_ci or (
            prof is not None and (word in prof.markers or word.lower() in prof.markers))
        if magnitude and prefix_sign(text, first, lex, prof)[0] < first:
            return True
    return False


def _day_before(text: str, first: int) -> bool:
    """Is the group of digits at ``first`` a day after a month's name ('March 19 600 people')?"""
    from moneyfacts.counts import _months

    words = text[max(0, first - 12) : first].split()
    return bool(words) and words[-1].lower().rstrip(".,") in _months()


def _measure_grouped(text: str, part: Part, first: int, e: int) -> bool:
    """(count23) :func:`moneyfacts.counts.space_grouped_measure`, imported when first asked
    (that module asks this one's neighbours): digits in doubt before a unit read as one
    number, noted ('generate 16 170 MWh')."""
    from moneyfacts.counts import space_grouped_measure

    return part.kind == "measure" and space_grouped_measure(text, part, first, e)


def _doubt(text: str, part: Part, first: int, e: int) -> None:
    """'5 200 euros': digits from ``first`` to ``e`` may be one number or two; the part is
    refused, saying so."""
    if first == part.start and ", " in text[first:part.end]:  # '$171, 7 billion' (local23)
        part.doubt = (f"{text[first:part.end]!r} may be one number written with a stray space "
                      "after its comma, or two numbers")
        return
    part.doubt = (f"digits {text[first:e]!r} may be one number grouped by a space or "
                  "two numbers")
    part.prefix_start = first


#: The kinds of parts :func:`_word_before` reads a word before (no percent, no measure).
_WORD_BEFORE_KINDS = frozenset({None, "count", "money"})
#: What the scanner notes of a text's parts for the steps over all of them (:func:`_over_all`):
#: a sign several currencies share was read, other than the bare dollar and yen ('kr'); a
#: bare one ('$', '¥'); a currency noun followed by a word that agrees with it
#: (resolve.strays); a one-letter sign of one currency ('R5 billion': resolve._letter_sign).
_SHARED, _BARE, _STRAY, _LETTERED = "shared sign", "bare sign", "stray noun", "letter sign"


def _parts(
    text: str, opts: Options, lex: Lexicon, tokens: list[str] | None = None
) -> list[Part]:
    """The scanner: every anchored number read by a matcher (:func:`_matched`: :func:`_digits`
    or :func:`_spelled`, and what follows it), then the rules over that one part in turn
    (:func:`_ruled`), then the steps over all of them (:func:`_over_all`: a bracketed
    magnitude, the shared signs the text settles, elided currency). A rule is asked only
    when its first test holds: a call costs more than most tests, and most parts need none
    of them. ``tokens``: the ASCII text's
    :func:`~moneyfacts.anchors.screen_tokens`, when the caller has them.

    >>> [(p.currency, p.fig.value, p.magnitude) for p in _parts(
    ...     "Rmb160 billion ($23 billion)", _default_options(), lexicon())]
    [('CNY', Decimal('160'), 9), ('USD', Decimal('23'), 9)]
    """
    spans, spelled, figures, doubtful = anchors(text, lex, tokens)
    if not spans:
        return []  # no number: nothing for the steps either
    prof = opts.locale
    if doubtful or ", " in text:
        spans, figures, doubtful = _regrouped(text, spans, figures, doubtful, prof)
    parts: list[Part] = []
    seen: set[str] = set()  # _SHARED, _BARE, _STRAY, _LETTERED
    written: dict[str, int] = {}  # how often a code is written in the text (_unsettled_code)
    for s, e in spans:
        floor = parts[-1].end if parts else 0  # where the amount before ends
        if s < floor:
            continue  # read already, inside the amount before ('3億2000万円', '1/4 mile')
        part = _matched(text, s, e, spelled, figures, doubtful, lex, opts, floor, seen, written)
        if part is not None:
            parts.append(_ruled(text, part, e, lex, opts, parts, seen))
    _over_all(text, parts, opts, lex, seen)
    return parts


def _matched(
    text: str, s: int, e: int, spelled: set[int], figures: dict[int, Figure],
    doubtful: dict[int, int], lex: Lexicon, opts: Options, floor: int, seen: set[str],
    written: dict[str, int],
) -> Part | None:
    """Matcher of the scanner (:func:`_parts`): the part of the anchor ``s``..``e``, read by
    :func:`_digits` or :func:`_spelled` and what follows it (:func:`~moneyfacts.after.
    after_number`), kept (:func:`_kept`) and its ISO code weighed (:func:`_code_read`); None
    when it is no amount. The sign it read is noted in ``seen``, also when it is dropped.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "It cost $5 billion"
    >>> p = _matched(text, 9, 10, set(), {}, {}, lex, opts, 0, set(), {})
    >>> (p.currency, p.magnitude)
    ('USD', 9)
    """
    prof = opts.locale
    if (not spelled or s not in spelled) and (not figures or not text[s].isalpha()):
        part = _digits(text, s, e, figures, lex, opts, floor)
    else:
        part = _spelled(text, s, e, figures)
    if part is None:
        return None
    if part.sign is not None:  # counted even when the part is dropped below
        seen.add(_SHARED if part.sign.param is None else _BARE)
    if not after_number(text, part, lex, prof):
        return None
    if prof is not None or spelled or doubtful or part.letter:
        kept = _kept(text, part, s, e, spelled, figures, doubtful, lex, opts, floor, seen)
        if kept is None:
            return None
        part = kept
    if part.prefix_start is not None and part.sign is None and part.magnitude is None and (
            part.currency is not None):  # an ISO code before the number
        return _code_read(text, part, e, lex, prof, written)
    return part


def _ruled(
    text: str, part: Part, e: int, lex: Lexicon, opts: Options, parts: list[Part],
    seen: set[str],
) -> Part:
    """The rules over one part the scanner (:func:`_parts`) keeps, in turn, each asked only
    when its first test, written here, holds (a call costs more than most tests): what the
    word before says (:func:`_word_before`), an ISO code with a magnitude letter ('MAUD 60'),
    a magnitude the locale writes first, a point in doubt, then a minus before and an
    ambiguous sign (:func:`_signed_and_noted`); the part as ruled. ``parts``: those before it.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "a loss of -40 billion yuan"
    >>> p = _matched(text, 11, 13, set(), {}, {}, lex, opts, 0, set(), {})
    >>> p = _ruled(text, p, 13, lex, opts, [], set()); (p.fig.value, p.currency)
    (Decimal('-40'), 'CNY')
    """
    prof = opts.locale
    start = part.start
    if prof is None and part.prefix_start is None and start > 1 and (
            text[start - 1] in " \u00a0" and text[start - 2].isalpha()) and (
            part.kind in _WORD_BEFORE_KINDS):  # a word before
        part = _word_before(text, part, e, lex, opts, parts, seen)
    if part.prefix_start is not None and part.sign is None and part.currency is not None:
        _code_magnitude(text, part)  # 'MAUD 60': a code before the number (rare)
    if prof is not None:
        _marker_before(text, part, lex, opts, seen)  # 'shilingi trilioni 33.1' (sw)
    elif part.magnitude is None and text[e - 4 : e - 3] == ".":
        _point_in_doubt(text, part, e)  # '$10.000', '12.345 $'
    _signed_and_noted(text, part, start, opts, parts, seen)
    return part


def _signed_and_noted(text: str, part: Part, start: int, opts: Options, parts: list[Part],
                      seen: set[str]) -> None:
    """The last rules of :func:`_ruled`, each asked when its first test, written here,
    holds: a minus before (:func:`_negative`: 'minus 20 degrees Celsius', '-5C', '-40
    billion yuan', and the low end of '-2 to 3 GW', no unit of its own yet), then an
    ambiguous sign, a stray noun or a letter sign (:func:`_noted`). ``start``: where the
    digits started when the rules began.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "a loss of -40 billion yuan"
    >>> p = _matched(text, 11, 13, set(), {}, {}, lex, opts, 0, set(), {})
    >>> _signed_and_noted(text, p, 11, opts, [], set()); p.fig.value
    Decimal('-40')
    """
    begin = start if part.prefix_start is None else part.prefix_start  # (the steps keep start)
    # (_minus_before's first tests, here: after a space, only a word of [minus] counts.)
    before = text[begin - 1] if begin else ""
    if (before in _MINUS or before in _MINUS_GAP and begin >= 2 and (
            text[begin - 2].lower() in _minus_ends())) and part.fig.value >= 0:
        _negative(text, part, begin, parts)
    if part.ambiguous is not None or part.letter or (
            part.kind == "money" and part.prefix_start is None):
        _noted(text, part, opts, seen)  # an ambiguous sign, a stray noun, a letter sign


def _word_before(
    text: str, part: Part, e: int, lex: Lexicon, opts: Options, parts: list[Part],
    seen: set[str],
) -> Part:
    """Rule, without a locale, for a part with a word right before it and no sign: a money
    name before a count read as money ('the pounds 95 face value'), a currency name before a
    bare number ('ringgit 42': :func:`_name_first`), a currency on both sides of money ('rmb
    10 usd 20': :func:`_currency_on_both_sides`); the part as ruled.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "It paid Rupees 542 billion"
    >>> p = _matched(text, 15, 18, set(), {}, {}, lex, opts, 0, set(), {})
    >>> _word_before(text, p, 18, lex, opts, [], set()).currency
    'INR'
    """
    start = part.start
    if part.kind == "count" and part.magnitude is None and _money_name_before(text, start, lex):
        part = Part(start, e, part.fig)  # 'the pounds 95 face value people paid'
    if part.kind is None:
        _name_first(text, part, lex, opts)  # 'ringgit 42', 'Rupees 542 billion'
        if part.sign is not None:  # a shared name ('Rupees'): the resolver weighs it
            seen.add(_SHARED if part.sign.param is None else _BARE)
    elif part.kind == "money" and text[start - 1] == " " and text[start - 2].islower():
        _currency_on_both_sides(text, part, lex, parts, seen)  # 'rmb 10 usd 20'
    return part


def _regrouped(
    text: str, spans: list[tuple[int, int]], figures: dict[int, Figure],
    doubtful: dict[int, int], prof: LocaleProfile | None,
) -> tuple[list[tuple[int, int]], dict[int, Figure], dict[int, int]]:
    """Rule over the anchors: digits in doubt are one number where the locale or the text
    groups digits by spaces (:func:`_space_grouped`), and so is a figure whose thousands
    follow a comma and a space ('K347, 764, 004': :func:`_comma_space_grouped`).

    >>> _regrouped("a K347, 764, 004 budget", [(3, 6), (8, 11), (13, 16)], {}, {}, None)[:2]
    ([(3, 16)], {3: Figure(value=Decimal('347764004'), precision=Decimal('1'))})
    """
    if doubtful and (prof is not None and prof.space_groups or _groups_by_space(
            text, spans, doubtful) or _signed_before_magnitude(text, spans, doubtful, prof)):
        spans, figures, doubtful = _space_grouped(text, spans, figures, doubtful)
    elif doubtful and prof is None:
        signed = {last: first for last, first in doubtful.items()
                  if _space_grouping_sign(text, first)}
        if signed:  # 'R57 167 million' (news_20)
            spans, figures, _ = _space_grouped(text, spans, figures, signed)
            doubtful = {k: v for k, v in doubtful.items() if k not in signed}
    if ", 0" in text:  # 'K347, 764, 004', 'Rs 1, 000': groups after a comma and a space
        spans, figures = _comma_space_grouped(text, spans, figures)
    if ", " in text and _COMMA_SPACE_DIGIT.search(text) is not None:
        spans, figures, doubtful = _comma_space_signed(text, spans, figures, doubtful, prof)
    return spans, figures, doubtful


#: A digit, a comma, a space and a digit: the cheap screen of :func:`_comma_space_signed`.
_COMMA_SPACE_DIGIT = re.compile(r"\d, \d")
#: (local23) What follows a figure's first group after a comma and a space, when the groups
#: settle that it is one number: a group of three that goes on in groups of three joined by a
#: bare comma ('D100, 000,000', 'D893, 585,417.80'), or one group of three and cents
#: ('P201, 600.00'). Group 1: the first group after the space.
_SIGNED_GROUPS = re.compile(
    r", ([0-9]{3})(?:(?:,[0-9]{3})+(?:\.[0-9]+)?|\.[0-9]{2})(?![0-9]|[.,][0-9])")
#: (local23) One or two digits after the comma and a space, then a magnitude word: '$171, 7
#: billion' is $171.7 billion with a stray space, or $171 and 7 billion; the groups do not say.
_COMMA_SPACE_SHORT = re.compile(r", ([0-9]{1,2}) ([^\W\d_]+)")


def _comma_space_signed(
    text: str, spans: list[tuple[int, int]], figures: dict[int, Figure],
    doubtful: dict[int, int], prof: LocaleProfile | None,
) -> tuple[list[tuple[int, int]], dict[int, Figure], dict[int, int]]:
    """(local23) A figure of one to three digits right after a currency sign, then a comma, a
    space and more digits: one number when the groups settle it (:data:`_SIGNED_GROUPS`:
    'D100, 000,000', 'D893, 585,417.80', 'P201, 600.00' in Gambian and Botswanan copy), read
    whole, not as its first group; refused, as digits in doubt, when they do not ('$171, 7
    billion': one or two digits, then a magnitude). A list writes its sign again, or stops at
    a lone group ('$100, 200 and 300'), which is left as it was.

    >>> t = "a sum of D893, 585,417.80 and"
    >>> _comma_space_signed(t, [(10, 13), (15, 25)], {}, {}, None)[:2]
    ([(10, 25)], {10: Figure(value=Decimal('893585417.80'), precision=Decimal('0.01'))})
    >>> _comma_space_signed("fees of $100, 200 and 300", [(9, 12), (14, 17), (22, 25)], {}, {}, None)[0]
    [(9, 12), (14, 17), (22, 25)]
    >>> _comma_space_signed("it is $171, 7 billion", [(7, 10), (12, 13)], {}, {}, None)[::2]
    ([(7, 13)], {7: 7})
    """
    from moneyfacts.signs import prefix_sign

    lex = lexicon()
    joined: dict[int, tuple[int, Figure]] = {}
    doubts: dict[int, int] = {}
    for s, e in spans:
        if not (1 <= e - s <= 3 and text.startswith(", ", e) and text[s:e].isdigit()) or (
                s in figures or prefix_sign(text, s, lex, prof)[0] >= s):
            continue
        found = _comma_space_read(text, s, e, lex)
        if found is not None:
            joined[s] = found[:2]
            if found[2]:
                doubts[s] = s
    if not joined:
        return spans, figures, doubtful
    figures = dict(figures)
    for s, (end, fig) in joined.items():
        figures[s] = fig
    out = [(s, joined[s][0]) if s in joined else (s, e) for s, e in spans
           if not any(f < s < j for f, (j, _) in joined.items())]
    return out, figures, {**doubtful, **doubts}


def _comma_space_read(text: str, s: int, e: int, lex: Lexicon) -> tuple[int, Figure, bool] | None:
    """(local23) The figure at ``s``..``e`` and the groups after its comma and space, as
    :func:`_comma_space_signed` reads them: (end, value, in doubt), or None for a list.

    >>> _comma_space_read("P201, 600.00 paid", 1, 4, lexicon())
    (12, Figure(value=Decimal('201600.00'), precision=Decimal('0.01')), False)
    """
    m = _SIGNED_GROUPS.match(text, e)
    if m is not None:
        digits = text[s:m.end()].replace(", ", "").replace(",", "")
        frac = digits.partition(".")[2]
        return m.end(), Figure(Decimal(digits), Decimal(1).scaleb(-len(frac))), False
    short = _COMMA_SPACE_SHORT.match(text, e)
    if short is None:
        return None
    word = short.group(2)
    if (lex.magnitudes.get(word) or lex.magnitudes_ci.get(word.lower()) or 0) < 3:
        return None
    # one part over both figures, refused in _finish (its value is never reported)
    return short.end(1), Figure(Decimal(f"{text[s:e]}.{short.group(1)}"), Decimal(1)), True


def _kept(
    text: str, part: Part, s: int, e: int, spelled: set[int], figures: dict[int, Figure],
    doubtful: dict[int, int], lex: Lexicon, opts: Options, floor: int, seen: set[str],
) -> Part | None:
    """Rule, with a locale, spelled numbers, digits in doubt or a one-letter sign: the part
    of the span ``s``..``e`` as kept: a percent the locale writes first, the doubts of
    :func:`_finish`, a sign before a spelled number of a million or more; None when it is no
    amount after all ('two pounds', 'Q4').

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "Sales rose in Q4"
    >>> part = _digits(text, 15, 16, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> _kept(text, part, 15, 16, set(), {}, {}, lex, opts, 0, set()) is None
    True
    """
    prof = opts.locale
    if part.kind is None and prof is not None and part.prefix_start is None and (
            prof.percent_first):
        _percent_first(text, part, prof)  # 'yüzde 14', '%14' (tr)
    # _finish changes nothing without spelled or doubtful numbers or a letter sign
    if (spelled or doubtful or part.letter) and _finish(
        text, part, e, spelled, figures, doubtful, prof is not None and prof.group.isspace()
    ) is None:
        return None
    if spelled and s in spelled and part.kind is None and prof is None and (
            part.magnitude or 0) >= 6:
        _sign_before_spelled(text, part, lex, opts, floor)  # '$two billion'
        if part.sign is not None:
            seen.add(_SHARED if part.sign.param is None else _BARE)
    return part


def _code_read(
    text: str, part: Part, e: int, lex: Lexicon, prof: LocaleProfile | None,
    written: dict[str, int],
) -> Part | None:
    """Rule: a bare number with an ISO code written before it, read without the code when the
    text does not settle it as a currency ('ALL 5 solutions': :func:`_unsettled_code`), None
    when code and number name something ('COP26': :func:`_code_as_name`), else as it is.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "ALL 5 solutions, and the EUR 200 fine"
    >>> part = _digits(text, 4, 5, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> (part.currency, _code_read(text, part, 5, lex, None, {}).unit)
    ('ALL', 'solution')
    """
    if _unsettled_code(text, part, e, lex, written):
        part = Part(part.start, e, part.fig)  # 'ALL 5 solutions': read without the code
        return part if after_number(text, part, lex, prof) else None
    if part.fig.precision == 1 and part.fig.value < 100 and _code_as_name(text, part):
        return None  # 'COP26', 'die COP 28 in Dubai': a name, not Colombian pesos
    return part


def _marker_before(text: str, part: Part, lex: Lexicon, opts: Options, seen: set[str]) -> None:
    """Rule, with a locale: a magnitude the locale writes before the number, after a space
    (:func:`_marker_first`).

    >>> opts, lex = _options_for(Conventions.of(None, locale="sw")), lexicon()
    >>> text = "shilingi trilioni 33.1"
    >>> part = _digits(text, 18, 22, {}, lex, opts)
    >>> _ = after_number(text, part, lex, opts.locale)
    >>> _marker_before(text, part, lex, opts, set()); (text[part.prefix_start :], part.magnitude)
    ('shilingi trilioni 33.1', 12)
    """
    prof = opts.locale
    assert prof is not None
    _joined_to_words(text, part, prof.name.split("_")[0])  # 'ஐந்தாயிரத்து 500 கோடி' (ta)
    at = part.start if part.prefix_start is None else part.prefix_start
    if part.doubt is None and not markers_first(prof.name):
        _magnitude_word_before(text, part, at, prof)  # 'ერთი მილიარდ 260 მილიონი ლარი' (ka)
    if part.magnitude is None and markers_first(prof.name) and text[at - 1 : at] == " ":
        _marker_first(text, part, lex, opts, at)  # 'shilingi trilioni 33.1', 'Sh bilioni 600' (sw)
        if part.magnitude is not None:
            _marker_first_rest(text, part, prof.name)  # 'Naira tiriliyan 2 da biliyan 286' (ha)
        if part.sign is not None:  # a shared sign or name ('Sh', 'shilingi'): the resolver weighs it
            seen.add(_SHARED if part.sign.param is None else _BARE)


def _magnitude_word_before(text: str, part: Part, at: int, prof: LocaleProfile) -> None:
    """Rule, with a locale that writes its magnitudes after the number: a magnitude word of
    the locale right before the figure, greater than the figure's own, is part of a number
    written before it that was not read with it ('ერთი მილიარდ 260 მილიონი ლარი' is 1,260
    million lari, its 'one billion' in words): the figure alone is not the amount, in doubt.

    >>> from moneyfacts.locales import profile
    >>> p = Part(13, 16, Figure(Decimal(260), Decimal(1))); p.magnitude = 6
    >>> _magnitude_word_before("ერთი მილიარდ 260 მილიონი", p, 13, profile("ka")); p.doubt is not None
    True
    >>> q = Part(10, 14, Figure(Decimal(2020), Decimal(1)))
    >>> _magnitude_word_before("5 million 2020 euros", q, 10, profile("en")); q.doubt is None
    True
    """
    if at < 3 or text[at - 1] != " " or not text[at - 2].isalpha():
        return
    start = at - 2
    while start > 0 and (text[start - 1].isalpha() or unicodedata.category(text[start - 1])[0] == "M"):
        start -= 1
    word = text[start : at - 1]
    if text[max(0, start - 2) : start].rstrip()[-1:].isdigit():
        return  # '5 million 2020 euros': the magnitude of a figure in digits, two numbers
    power = prof.markers.get(word) if len(word) > 1 else None
    if power is not None and power > (part.magnitude or 0) and power >= 6:
        part.doubt = (f"{word!r} before the figure is the magnitude of a number written before it, "
                      f"which is not read with it: the figure alone is not the amount")


@cache
def _number_joints(language: str) -> tuple[str, ...]:
    """[number-joint <language>]: the endings of a spelled number's word joined to the figure
    after it."""
    from moneyfacts.currencies import lexicon_section

    return tuple(k for k, _v in lexicon_section(f"number-joint {language}"))


def _joined_to_words(text: str, part: Part, language: str) -> None:
    """Rule, with a locale: a figure right after a spelled number whose last word joins it
    ('ஐந்தாயிரத்து 500 கோடி' in Tamil is 5,500 crore) is left out in doubt: that language's
    number words are not read, and the figure alone would be a wrong value.

    >>> p = Part(13, 16, Figure(Decimal(500), Decimal(1)))
    >>> _joined_to_words("ஐந்தாயிரத்து 500 கோடி", p, "ta"); p.doubt is not None
    True
    >>> q = Part(4, 7, Figure(Decimal(500), Decimal(1)))
    >>> _joined_to_words("மொத்த 500 கோடி", q, "ta"); q.doubt is None
    True
    """
    begin = part.start if part.prefix_start is None else part.prefix_start
    joints = _number_joints(language)
    if not joints or begin < 2 or text[begin - 1] != " " or not text.endswith(joints, 0, begin - 1):
        return
    word = text[text.rfind(" ", 0, begin - 1) + 1 : begin - 1]
    part.doubt = (f"{word!r} before the figure is a spelled number joined to it, which is not "
                  f"read in {language!r}: the figure alone is not the amount")


def _point_in_doubt(text: str, part: Part, e: int) -> None:
    """Rule, without a locale, for a figure with no magnitude: money or a count written with one
    to three digits, a point and three digits ('$10.000', '12.345 $') is in doubt: ten in
    English copy, ten thousand in most of Europe's.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "It cost $10.000 in all"
    >>> part = _digits(text, 9, 15, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> _point_in_doubt(text, part, 15); part.doubt
    "'10.000' may be a decimal or a whole number grouped by a point; read with a locale"
    """
    if part.kind in _POINT_IN_DOUBT and _POINT_THREE.fullmatch(text, part.start, e):
        if part.kind == "money" and _ENGLISH_SEPARATORS.search(text) is not None and (
                _EUROPEAN_SEPARATORS.search(text) is None):
            return  # (news_20) '$2.668 a pound' in a text that writes '$1,107.90': its point
            # is a decimal point, as the text's own grouped figures say
        part.doubt = (f"{text[part.start : e]!r} may be a decimal or a whole number "
                      "grouped by a point; read with a locale")


def _noted(text: str, part: Part, opts: Options, seen: set[str]) -> None:
    """Rule, the last over one part: its ambiguous sign resolved (:func:`_resolve`), and what
    the steps over all parts (:func:`_over_all`) need to know of it noted in ``seen``: the
    shared sign its currency was read from, a currency noun followed by a word that agrees
    with it (resolve.stray_noun), a one-letter sign.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "It cost kr 5 billion."
    >>> part = _digits(text, 11, 12, {}, lex, opts)
    >>> _ = after_number(text, part, lex, None)
    >>> seen: set[str] = set()
    >>> _noted(text, part, opts, seen); (part.currency, part.ambiguous.text, seen)
    (None, 'kr', {'shared sign'})
    """
    if part.ambiguous is not None and part.currency is None:
        part.currency, part.assumed, part.ambiguous, part.sign = _resolve(part.ambiguous, opts)
        if part.sign is not None:
            seen.add(_SHARED if part.sign.param is None else _BARE)
    elif part.prefix_start is None and part.kind == "money" and part.sign is None and (
            part.magnitude is None and part.currency is not None and stray_noun(text, part)):
        seen.add(_STRAY)  # 'escudos faciales' (resolve.strays)
    if part.letter and part.sign is None and part.currency is not None:
        seen.add(_LETTERED)


def _over_all(
    text: str, parts: list[Part], opts: Options, lex: Lexicon, seen: set[str]
) -> None:
    """The steps over all parts, after the scan: stray currency nouns, the signs the text
    settles (:func:`_whole`), restated pairs, a currency carried to the parts after it, 'the
    number of'.

    >>> opts, lex = _default_options(), lexicon()
    >>> text = "Revenue was $5 billion. Profit was 1.2 billion."
    >>> parts = [_digits(text, 13, 14, {}, lex, opts), _digits(text, 35, 38, {}, lex, opts)]
    >>> for p in parts:
    ...     _ = after_number(text, p, lex, None)
    >>> _over_all(text, parts, opts, lex, set()); [p.currency for p in parts]
    ['USD', 'USD']
    """
    if _STRAY in seen and opts.context:
        strays(text, parts, opts)
    # The text may settle a shared sign (moneyfacts.resolve); with the article's date, a
    # currency no longer tender then may be read as its successor.
    settles = (_SHARED in seen or _BARE in seen or _LETTERED in seen or opts.date is not None
               or retired_in(parts, lex)) and opts.context
    # _whole's steps need two parts and a bracket, or a sign to settle: most texts skip it.
    if parts and (settles or (len(parts) > 1 and "(" in text)):
        _whole(text, parts, settles, opts, lex)
        if settles and _SHARED in seen and len(parts) > 1 and "(" in text:
            restated_pairs(text, parts)  # 'Rs 202 billion (Rs 12,600 crore)', after settle
    for part in parts:
        if part.prefix_start is not None and part.sign is None and part.kind == "money":
            _code_word_both_sides(text, part, lex)  # 'TOP 10 USD earners'
    if len(parts) > 1:  # 'Profit was 31.2 billion' takes the currency before it (steps.py)
        carried(text, parts)
    if parts and "umber" in text:  # 'The number of exporting companies stood at 97,418'
        number_of(text, parts)
    if parts and "er " in text and (" per " in text or "Per " in text):
        per_before(text, parts)  # count23: 'the yield per hectare is 1.6 t' (measures)


def _whole(text: str, parts: list[Part], settles: bool, opts: Options, lex: Lexicon) -> None:
    """The steps over all parts: a bracketed magnitude, the signs the text settles, elided
    currencies."""
    if len(parts) > 1 and "(" in text:
        bracketed_magnitude(text, parts, lex, opts.locale)
    if settles:
        settle(text, parts, lex, opts)
    if len(parts) > 3 and "(" in text:
        elided(text, parts)


#: A figure of one to three digits (not a zero), a point and three digits: '10.000' is ten
#: in English copy and ten thousand in most of Europe's; money and counts are refused.
_POINT_THREE = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")
_POINT_IN_DOUBT = frozenset({"money", "count"})
#: (news_20) A figure grouped by commas with a decimal point ('1,107.90'), and one grouped by
#: points with a decimal comma ('1.107,90'): a text that writes the first and never the
#: second settles its money's '2.668' as a decimal (English separators), as a locale would.
_ENGLISH_SEPARATORS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d,])")
_EUROPEAN_SEPARATORS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.])")
_MINUS = frozenset("-\u2212")
_MINUS_GAP = frozenset(" \u00a0")
#: What stands before the minus of '€ -12', '$-5': a space, or a sign of [sign-then-minus]
#: (lexicon.txt) glued to it.
_SIGN_THEN_MINUS = _MINUS_GAP | frozenset(k for k, _, _ in lexicon_sections()["sign-then-minus"])
_BEFORE_MINUS = frozenset(" \t\n(\u00a0")
_ONE = Decimal(1)
_HUNDREDTH = Decimal("0.01")
_new_figure = tuple.__new__  # a Figure without the named tuple's Python-level __new__
#: The figures of the integers of up to four ASCII digits read so far ('2024', '35'), kept:
#: the commonest numbers in news, read once (at most 11,110 of them: '0' to '9999', '007').
_SMALL_INTEGERS: dict[str, Figure] = {}
#: The figures of the other tokens read without a locale ('2.5', '1,200', '43,000'), kept:
#: :func:`~moneyfacts.numbers.read_digits` reads a token alone; emptied when large.
_FIGURES: dict[str, Figure] = {}


def _english_figure(token: str) -> Figure:
    """:func:`~moneyfacts.numbers.read_digits` of ``token`` (no locale), kept in
    :data:`_FIGURES`; raises ValueError as it does (nothing kept then)."""
    fig = read_digits(token)
    if len(_FIGURES) >= 4096:
        _FIGURES.clear()
    _FIGURES[token] = fig
    return fig


def scan(
    text: str,
    *,
    dollar: str | None = None,
    yen: str | None = None,
    locale: str | None = None,
    strict: bool = False,
    skipped: list[Skipped] | None = None,
    conventions: Conventions | None = None,
) -> list[Quantity]:
    """Every quantity in ``text``, in text order.

    Amounts whose currency sign is ambiguous (``kr 5bn``) are left out (and appended to
    ``skipped``, when given, with the reason), or raise
    :class:`~moneyfacts.errors.AmbiguousCurrencyError` with ``strict=True``. With a CLDR
    ``locale`` the text is read as that locale formats numbers (``"1.234,50 €"`` in ``de``)
    and its own currency symbols come first (``$`` is MXN in ``es_MX``).

    >>> [str(q) for q in scan("It paid 40 billion yuan ($5.5 billion) in 2025, up 20%.")]
    ['40 billion CNY', '5.5 billion USD', '20 percent']
    """
    return quantities(text, options_of(dollar, yen, locale, conventions, text), strict, skipped)


def options_of(
    dollar: str | None, yen: str | None, locale: str | None, conventions: Conventions | None,
    text: str = "",
) -> Options:
    """The Options a scan reads with, from :func:`scan`'s arguments (``text``: the text whose
    language ``locale="auto"`` finds)."""
    if conventions is None and dollar is None and yen is None and locale is None:
        return _DEFAULT_OPTIONS[0] if _DEFAULT_OPTIONS else _default_options()  # most calls
    if locale == AUTO or (isinstance(conventions, Conventions) and conventions.locale == AUTO):
        conv = Conventions.of(conventions, dollar=dollar, yen=yen)
        return _options_for(replace(conv, locale=detect(text)))
    return _options_for(Conventions.of(conventions, dollar=dollar, yen=yen, locale=locale))


def quantities(
    text: str, opts: Options, strict: bool, skipped: list[Skipped] | None
) -> list[Quantity]:
    """:func:`scan` with its options made (positional arguments: the call every text of
    :func:`moneyfacts.extract` makes, without keywords to match).

    The scan reads the text without its invisible format characters (Unicode category Cf)
    and with full-width digits as ASCII (:func:`~moneyfacts.numbers.plain_text`); every span
    is given back in ``text``.

    >>> [(q.value, q.text) for q in scan("It paid $5.5\u200b billion.")]
    [(Decimal('5500000000'), '$5.5\u200b billion')]
    """
    if text.isascii():  # the common case: nothing to make plain
        return _localised(text, opts, strict, skipped)
    read, where = plain_text(text)
    if read is text:
        return _localised(text, opts, strict, skipped)
    mine: list[Skipped] | None = [] if skipped is not None else None
    found = _spanned(_localised(read, opts, strict, mine), text, where)
    if skipped is not None and mine:
        skipped.extend(_spanned(mine, text, where))
    return found


_Spanned = TypeVar("_Spanned")


def _spanned(found: list[_Spanned], text: str, where: list[int] | None) -> list[_Spanned]:
    """Each of ``found`` (read in the plain text) with its span in ``text`` (:func:`_span`).
    A function of its own, as :func:`_restored`: a comprehension in the caller reading its
    locals would make them cells on every call (about 200 instructions each, CPython 3.11),
    where most texts need none of it."""
    items: list[Any] = found  # Quantity or Skipped records: each has its span
    return [f.model_copy(update=_span(text, where, f.start, f.end)) for f in items]


def _restored(found: list[_Spanned], text: str, back: list[int]) -> list[_Spanned]:
    """Each of ``found`` (read in a rewritten text) restored onto ``text`` through ``back``
    (:func:`~moneyfacts.wordnumbers.restore`); see :func:`_spanned` for why a function."""
    return [restore(f, text, back) for f in found]


def _span(text: str, where: list[int] | None, start: int, end: int) -> dict[str, object]:
    """A span of the plain text as a span of ``text`` (see :func:`quantities`); ``where``
    None: the same offsets."""
    if where is None:
        return {"text": text[start:end]}
    first = where[start] if start < len(where) else len(text)
    last = where[end - 1] + 1 if end > start else first
    return {"start": first, "end": last, "text": text[first:last]}


def _localised(
    text: str, opts: Options, strict: bool, skipped: list[Skipped] | None
) -> list[Quantity]:
    """The scan of a plain text: numbers the locale's language spells rewritten as digits
    (:mod:`moneyfacts.wordnumbers`), amounts with their hundredths joined
    (:mod:`moneyfacts.subunits`)."""
    if opts.locale is not None:  # numbers the locale's language spells (wordnumbers)
        prof = opts.locale
        opts = with_text_grouping(text, opts)  # '6,500 millones' in Mexican copy read as 'es'
        rewritten = _rewritten(text, prof.language, prof.name)
        if rewritten is not None:
            new, back = rewritten
            inner: list[Skipped] = []
            found = join(new, _quantities(new, opts, strict, inner), inner)
            if skipped is not None:
                skipped.extend(_restored(inner, text, back))
            return _restored(join_measures(new, found), text, back)
    else:  # English: the spelled numbers before a currency word ('ten dollars')
        # An ASCII text's tokens made once, for both word screens: rewrite_money's and the
        # spelled numbers' (anchors), when the text stays as it is.
        tokens = screen_tokens(text) if text.isascii() else None
        lex = lexicon()
        rewritten = rewrite_money(text, lex.currency_words, tokens)
        if rewritten is None and not text.isascii() and _HAN_TEXT.search(text):
            rewritten = named(text)  # '新台币300亿元': the name before is the currency
        if rewritten is not None:
            new, back = rewritten
            inner = []
            found = join(new, _quantities(new, opts, strict, inner), inner)
            if skipped is not None:
                skipped.extend(_restored(inner, text, back))
            return _restored(join_measures(new, found), text, back)
        found = _quantities(text, opts, strict, skipped, tokens, lex)
        if not found:
            return found  # (what join and join_measures give for no quantity)
        return join_measures(text, join(text, found, skipped))
    return join_measures(text, join(text, _quantities(text, opts, strict, skipped), skipped))


def _rewritten(text: str, language: str, locale: str) -> tuple[str, list[int]] | None:
    """``text`` without the Arabic script's short-vowel signs (:func:`_unvowelled`), with a
    glued spelled decimal split ('dreikommafünf'), its spelled numbers in digits, then the
    words that are a number before a unit name ('ein Liter'); each position mapped back onto
    ``text``."""
    if not text.isascii() and _VOWEL_SIGN.search(text):
        plain, first = _unvowelled(text, language)
        found = _after_signs(plain, language, locale)
        if plain == text:
            return found
        if found is None:
            return plain, first
        return found[0], [first[p] for p in found[1]]
    return _after_signs(text, language, locale)


def _after_signs(text: str, language: str, locale: str) -> tuple[str, list[int]] | None:
    """:func:`_rewritten`'s steps after the vowel signs."""
    split = split_decimals(text, language)
    if split is None:
        return _then(rewrite(text, language), text, locale)
    found = _then(rewrite(split[0], language), split[0], locale)
    if found is None:
        return split
    return found[0], [split[1][p] for p in found[1]]


#: The Arabic script's short vowels, tanween, shadda and sukun, and the superscript alef:
#: marks few writers put ('دولارًا', 'شهريًا', 'عُمان') and every name the lexicon reads leaves
#: out (:func:`moneyfacts.locales.fold`).
_VOWEL_SIGN = re.compile("[\u064b-\u0652\u0670]+")


def _unvowelled(text: str, language: str) -> tuple[str, list[int]]:
    """``text`` without its Arabic vowel signs, each position mapped back onto it: '60
    دولارًا للبرميل' is read as '60 دولارا للبرميل' (60 dollars a barrel), the span as written.
    A place name the gazetteer of ``language`` has as written keeps its signs, which tell
    places apart ('عمّان', Amman; 'عُمان', Oman) and which the resolver's notes name.

    >>> _unvowelled("60 دولارًا في عُمان", "ar")[0] == "60 دولارا في عُمان"
    True
    """
    from moneyfacts.evidence import gazetteer

    phrases = gazetteer(language).phrases
    spans: list[tuple[int, int, str]] = []
    for word in _ARABIC_WORD.finditer(text):
        if _VOWEL_SIGN.search(word.group()) is None or word.group() in phrases:
            continue
        spans.extend((word.start() + m.start(), word.start() + m.end(), "")
                     for m in _VOWEL_SIGN.finditer(word.group()))
    return _apply_spans(text, spans)


_ARABIC_WORD = re.compile("[\u0600-\u06ff]+")


def _then(
    first: tuple[str, list[int]] | None, text: str, locale: str
) -> tuple[str, list[int]] | None:
    """The spelled numbers rewritten (``first``), then the words that are a number before a
    unit name of the locale ('ein Liter', 'demi-litre': :func:`~moneyfacts.unitnames.rewrite_units`),
    each position mapped back onto ``text``."""
    second = rewrite_units(first[0] if first else text, locale)
    if second is None:
        return first
    if first is None:
        return second
    return second[0], [first[1][p] for p in second[1]]


def _quantities(
    text: str, opts: Options, strict: bool, skipped: list[Skipped] | None,
    tokens: list[str] | None = None, lex: Lexicon | None = None,
) -> list[Quantity]:
    """The quantities the scanner's parts read as (``lex``: the lexicon, when the caller
    has it at hand)."""
    if lex is None:
        lex = lexicon()
    found: list[Quantity] = []
    parts = _parts(text, opts, lex, tokens)
    pairs: list[tuple[Part, Part | None, int]]
    if len(parts) < 2:  # merge_ranges' own first case, here: no call for most texts
        if not parts:
            return found  # no number (most texts without a digit): nothing to build
        lo = parts[0]  # one part (no comprehension: its own function call)
        pairs = [(lo, None, lo.start if lo.prefix_start is None else lo.prefix_start)]
    else:
        pairs = merge_ranges(text, parts, lex)
    for lo, hi, start in pairs:
        if (hi or lo).kind is None:
            continue
        if lo.doubt is not None or lo.ambiguous is not None or (
            hi is not None and (hi.ambiguous is not None or hi.doubt is not None)
        ):
            _refuse(text, lo, hi, start, strict, skipped)
            continue
        q = _quantity(text, lo, hi, start, lex)
        if q is not None:
            found.append(q)
    return found


#: The Options of the default Conventions, made on the first scan without any (a list: no
#: Conventions.of and no lookup by id on every call).
_DEFAULT_OPTIONS: list[Options] = []


def _default_options() -> Options:
    _DEFAULT_OPTIONS.append(_options_for(Conventions.of(None)))
    return _DEFAULT_OPTIONS[0]


def _options_for(conv: Conventions) -> Options:
    """The Options for ``conv``, kept by the object's id (the same object as last time: no
    key to hash)."""
    known = _BY_CONVENTIONS.get(id(conv))
    if known is not None and known[0] is conv:
        return known[1]
    opts = _options(conv.dollar, conv.yen, conv.locale, conv.signs, conv.context, conv.date)
    if conv.territory is not None:  # the publisher's territory (moneyfacts.publisher)
        opts = replace(opts, publisher=(
            conv.territory, conv.territory_from or f"territory={conv.territory!r}"))
    if len(_BY_CONVENTIONS) < 64:
        _BY_CONVENTIONS[id(conv)] = (conv, opts)
    return opts


def _refuse(
    text: str, lo: Part, hi: Part | None, start: int, strict: bool,
    skipped: list[Skipped] | None,
) -> None:
    """A reading in doubt or with an ambiguous sign: raised when ``strict``, else noted in
    ``skipped`` (when given)."""
    last = hi or lo
    doubt = lo.doubt if lo.doubt is not None else hi.doubt if hi is not None else None
    if doubt is not None:
        if strict:
            raise ParseError(f"{doubt} in {text[start : last.end]!r}", text)
        reason = doubt
    else:
        sign = lo.ambiguous or (hi.ambiguous if hi else None)
        assert sign is not None
        cands = [c for c in sign.codes if c != "?"]
        if strict:
            raise AmbiguousCurrencyError(sign.text, cands or ["several currencies"], text)
        which = f" ({', '.join(cands)})" if cands else ""
        reason = f"currency sign {sign.text!r} is ambiguous{which}"
        owner = lo if lo.ambiguous is not None else hi
        if owner is not None and owner.assumed is not None:  # the resolver's evidence
            reason += f": {owner.assumed}"
    if skipped is not None:
        skipped.append(Skipped(text=text[start : last.end], start=start, end=last.end,
                               reason=reason))


def _quantity(text: str, lo: Part, hi: Part | None, start: int, lex: Lexicon) -> Quantity | None:
    """The Quantity a part (or a range of two) reads as, with a qualifier before it; None
    when it has no unit."""
    last = hi or lo
    unit = last.currency if last.kind == "money" else last.unit
    if unit is None:
        return None
    before = text[start - 1] if start else ""
    if start >= 4:  # qualifier_before's first tests, answered once for the same four characters
        window = text[start - 4 : start]
        memo = _ASKS[0][1] if _ASKS and _ASKS[0][0] is lex.qualifier_ends else _new_asks(lex)
        asks = memo.get(window)
        if asks is None:
            asks = _asks_qualifier(window, lex, memo)
    else:
        asks = before == "~" or before.isspace()
    if asks or before in _WRITTEN_ON or before >= CJK_FIRST:
        qstart, qual = _qualifier_of(text, start, before, asks, lex)
    else:
        qstart, qual = start, None
    if hi is None:
        fig = scale(lo.fig, lo.magnitude) if lo.magnitude else lo.fig
        value, low, high, precision = fig.value, None, None, fig.precision
    else:
        flo, fhi = lo.scaled(), hi.scaled()
        value, low, high = None, flo.value, fhi.value
        precision = min(flo.precision, fhi.precision)
    # steps.rate_asked(text, qstart), inlined (a call saved a quantity): may a rate be
    # written before the span? The character before it, and the last letter of the word before.
    ahead = text[qstart - 1] if qstart >= 2 else ""
    rated = ahead >= "\u3040" or ahead == " " and text[qstart - 2] in RATE_ENDS
    # Built from fields already valid, in the model's field order (see models.trusted).
    return trusted(Quantity, {
        "kind": last.kind,
        "unit": unit,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qual or last.qualifier,
        "per": last.per or (rate_before(text, qstart) if rated and last.kind != "percent" else None),
        "precision": precision,
        "text": text[qstart : last.end],
        "start": qstart,
        "end": last.end,
        "assumed": lo.assumed or last.assumed,
        "rate": None,
    }, True)


def _qualifier_of(text: str, start: int, before: str, asks: bool, lex: Lexicon) -> tuple[int, str | None]:
    """Matcher: the qualifier before the amount at ``start`` (``before`` the character before
    it; ``asks``: :func:`_asks_qualifier`'s answer), as (where the amount's span starts, the
    qualifier), or (``start``, None): a qualifier before a space ('about $5 billion', 'not
    under $5 billion', '不低于 5 亿元'), one ending in a preposition written onto the number
    (:func:`_proclitic_qualifier`), or a Chinese or Japanese one written without a space
    ('最多1.2元'); an 'up to' that is the 'to' of a change told before it is none ('выросла на
    12%, до 36 трлн рублей').

    >>> from moneyfacts.currencies import lexicon
    >>> _qualifier_of("not under $5 billion", 10, " ", True, lexicon())
    (0, 'ge')
    >>> _qualifier_of("最多1.2元", 2, "多", False, lexicon())
    (0, 'le')
    >>> _qualifier_of("Выручка выросла на 12%, до 36 трлн рублей", 27, " ", True, lexicon())
    (27, None)
    """
    if asks:
        qstart, qual = qualifier_before(text, start, lex)
        if qual is None and before == " " and start > 1 and text[start - 2] >= CJK_FIRST:
            qstart, qual = glued_qualifier_before(text, start - 1, lex)  # '不低于 5 亿元'
            qstart = start if qual is None else qstart
        if qual in _NEGATED and lex.words.negations:
            qstart, qual = _negated(text, qstart, qual, lex)
    elif (found := _proclitic_qualifier(text, start, before, lex)) is not None:
        qstart, qual = found
    elif before >= CJK_FIRST:  # '最多1.2元', '约5亿': written without a space
        qstart, qual = glued_qualifier_before(text, start, lex)
    else:
        return start, None
    if qual == "le" and changed_to(text, qstart, start):
        return start, None  # 'выросла на 12%, до 36 трлн рублей': to, not up to
    return qstart, qual


def _proclitic_qualifier(text: str, start: int, before: str, lex: Lexicon) -> tuple[int, str | None] | None:
    """Matcher (Hebrew, Arabic): a qualifier whose preposition is written onto the number
    ('פחות מ7', 'מתחת ל7': the [proclitic] ``before`` it ends the qualifier), or hyphenated
    onto it, the hyphen its own ('כ-9 מיליארד', 'בכ-3.7': about) or not ('יותר מ-5'), as
    (where the span starts, the qualifier, turned by a [negation] before it), or (``start``,
    None); None when the number has no proclitic before it.

    >>> from moneyfacts.currencies import lexicon
    >>> _proclitic_qualifier("כ-9 מיליארד", 2, "-", lexicon())
    (0, 'approx')
    >>> _proclitic_qualifier("a 9", 2, " ", lexicon()) is None
    True
    """
    if before in _proclitics() and start > 1 and text[start - 2].isspace():
        qstart, qual = qualifier_before(text[:start] + " ", start + 1, lex)
    elif before in "-\u05be" and start > 1 and text[start - 2] in _proclitics():
        qstart, qual = qualifier_before(text[:start] + " ", start + 1, lex)
        if qual is None:
            qstart, qual = qualifier_before(text[: start - 1] + " ", start, lex)
    else:
        return None
    qstart = min(qstart, start)
    if qual in _NEGATED and lex.words.negations:
        return _negated(text, qstart, qual, lex)
    return qstart, qual


#: The qualifier ends the answers of :func:`_asks_qualifier` were made with, and those answers
#: by the four characters before an amount (at most ``_MAX_ASKS`` of them).
_ASKS: list[tuple[frozenset[str], dict[str, bool]]] = []
_MAX_ASKS = 4096


def _new_asks(lex: Lexicon) -> dict[str, bool]:
    _ASKS[:] = [(lex.qualifier_ends, {})]
    return _ASKS[0][1]


def _asks_qualifier(window: str, lex: Lexicon, memo: dict[str, bool]) -> bool:
    """qualifier_before's first tests on the four characters before an amount, kept in
    ``memo``: after a '~', or after a space when the word before ends as a qualifier does
    ('about', 'of'; the three characters before the space tell, unless they are not plain
    ASCII or the space is one of several). Most amounts need no call.

    >>> from moneyfacts.currencies import lexicon
    >>> _asks_qualifier("out ", lexicon(), {}), _asks_qualifier("ion ", lexicon(), {})
    (True, False)
    """
    before, ends, quals = window[3], window[:3].lower(), lex.qualifier_ends
    asks = before == "~" or before.isspace() and (
        ends in quals or ends[1:] in quals or ends[2:] in quals or ends[2:].isspace()
        or not ends.isascii())
    if len(memo) < _MAX_ASKS:
        memo[window] = asks
    return asks


#: An order qualifier after a negation ('not under', 'never more than'): its opposite.
_NEGATED = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}


def _negated(text: str, qstart: int, qual: str, lex: Lexicon) -> tuple[int, str]:
    """Step: a word of [negation] right before the qualifier turns it into its opposite
    ('not under $5 billion' is at least $5 billion), the word then part of the span.

    >>> parse("not under $5 billion").qualifier, parse("no fewer than 5,000 jobs").qualifier
    ('ge', 'ge')
    """
    lo = max(0, qstart - 16)  # a window: the negation words are short
    head = text[lo:qstart]
    word = head.rstrip()
    if len(word) == len(head):
        return qstart, qual
    first = max(word.rfind(" "), word.rfind("\n"), word.rfind("("), word.rfind("\t")) + 1
    if (first or not lo or not text[lo - 1].isalnum()) and (
            word[first:].lower() in lex.words.negations):
        return lo + first, _NEGATED[qual]
    return qstart, qual


#: Options by the id of the Conventions they were made for (the object is kept with them,
#: so its id is not reused while the entry lives).
_BY_CONVENTIONS: dict[int, tuple[Conventions, Options]] = {}


@lru_cache(maxsize=4096)  # keyed by the article's date too: bounded for long pipelines
def _options(
    dollar: str, yen: str, locale: str | None = None,
    signs: tuple[tuple[str, str], ...] = (), context: bool = True,
    date: _dt.date | None = None,
) -> Options:
    lex = lexicon()
    for code in (dollar, yen):
        if code not in lex.all_codes:
            raise UnknownCurrencyError(code, list(lex.codes))
    return Options(dollar=dollar, yen=yen, locale=profile(locale) if locale else None,
                   signs=signs, context=context, date=date)


@overload
def parse(  # type: ignore[overload-overlap]  # text reads; anything else raises
    text: str, *, dollar: str | None = None, yen: str | None = None, locale: str | None = None,
    conventions: Conventions | None = None,
) -> Quantity: ...
@overload
def parse(
    text: object, *, dollar: str | None = None, yen: str | None = None,
    locale: str | None = None, conventions: Conventions | None = None,
) -> NoReturn: ...


# Anything but text raises ParseError, in the compiled build too: the implementation takes
# an object, as mypyc would answer a ``str`` parameter given an int with its own TypeError.
def parse(
    text: object, *, dollar: str | None = None, yen: str | None = None,
    locale: str | None = None, conventions: Conventions | None = None,
) -> Quantity:
    """Read one written amount into an exact :class:`~moneyfacts.models.Quantity`.

    The first quantity in ``text`` is returned. A bare ``$`` is read as ``dollar`` and a bare
    ``¥`` as ``yen``; the Quantity's ``assumed`` field says so. No quantity in the text
    raises :class:`~moneyfacts.errors.ParseError`. ``locale`` reads the text as a CLDR
    locale writes it (see :func:`scan`).

    >>> parse("12 billion Swedish crowns").unit
    'SEK'
    >>> parse("1.234,50\u00a0€", locale="de").value
    Decimal('1234.50')
    >>> parse("between $5bn and $7bn").high
    Decimal('7000000000')
    >>> parse("the year 2025")
    Traceback (most recent call last):
    ...
    moneyfacts.errors.ParseError: no amount found in 'the year 2025'
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, got {type(text).__name__}", None)
    found = scan(text, dollar=dollar, yen=yen, locale=locale, strict=True, conventions=conventions)
    if not found:
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise ParseError(f"no amount found in {shown!r}", text)
    return found[0]
