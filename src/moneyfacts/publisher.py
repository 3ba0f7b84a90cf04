"""The publisher's territory: where a page comes from, by its address and declared language.

A reader of an Australian paper knows that its bare '$' is the Australian dollar; a reader of
a Nairobi paper that its 'Sh' is the Kenyan shilling. moneyfacts knows it from the page: the
country-code domain of its address ('.au', '.co.ke'), else the national edition its path
names ('msn.com/en-au/...'), else the language-territory it declares
(``<html lang="en-AU">``, ``og:locale`` ``en_AU``), else, weakest, the one territory the words
of its path name ('/queensland-state-budget-live': the story's headline as the site wrote it). Codes sold worldwide as generic names
('.io', '.tv', '.co', '.me') and names of no country ('.eu', '.su') give nothing
(``data/publishers.txt`` lists them, with the reason). The territory goes into
:class:`~moneyfacts.Conventions` (``territory``, and ``territory_from``: how it was found),
where the resolver weighs it as the weakest evidence of all (:mod:`moneyfacts.resolve`).

>>> territory_of(url="https://www.abc.net.au/news/2024-05-14/federal-budget")
('AU', 'address ends .au')
>>> territory_of(url="https://nation.co.ke/business/banks")
('KE', 'address ends .ke')
>>> territory_of(url="https://www.bbc.co.uk/news"), territory_of(url="https://x.gov/a")
(('GB', 'address ends .uk'), ('US', 'address ends .gov'))
>>> territory_of(url="https://markets.example.io/a"), territory_of(url="https://europa.eu/")
(None, None)
>>> territory_of(url="https://www.example.com/", lang="en-AU")
('AU', "the page's language en-AU")
>>> territory_of(url="https://www.example.com/", lang="es-419") is None
True
>>> territory_code("au")
'AU'
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, urlsplit

from moneyfacts.errors import UnknownTerritoryError

if TYPE_CHECKING:
    from moneyfacts.conventions import Conventions

__all__ = ["territory_of", "territory_of_url", "territory_of_name", "territory_of_lang", "territory_code",
           "with_page", "PUBLISHERS_FILE"]

PUBLISHERS_FILE = "publishers.txt"


def _split(url: str) -> SplitResult | None:
    """The parts of an address, read with or without its scheme ('www.example.com/a' as
    '//www.example.com/a'); None for one urllib cannot split (an unclosed IPv6 bracket).

    >>> _split("www.example.com/a/b").hostname, _split("http://[::1/x") is None
    ('www.example.com', True)
    """
    try:
        return urlsplit(url if "//" in url else f"//{url}")
    except ValueError:
        return None


@cache
def _sections() -> dict[str, dict[str, str]]:
    text = resources.files("moneyfacts").joinpath("data", PUBLISHERS_FILE).read_text("utf-8")
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        key, eq, value = line.partition("=")
        if current is None or not eq:
            raise ValueError(f"{PUBLISHERS_FILE}:{lineno}: expected '<label> = <value>'")
        current[key.strip().lower()] = value.strip()
    return sections


@cache
def _countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (pycountry)."""
    import pycountry

    return frozenset(str(c.alpha_2) for c in pycountry.countries)


def territory_code(value: object, where: str | None = None) -> str:
    """``value`` as an ISO 3166-1 alpha-2 code (any case), or
    :class:`~moneyfacts.errors.UnknownTerritoryError` naming ``where`` it was given."""
    if isinstance(value, str) and value.strip().upper() in _countries():
        return value.strip().upper()
    raise UnknownTerritoryError(value, where)


def territory_of_url(url: str | None) -> tuple[str, str] | None:
    """(territory, how) from the country-code domain of an address, or None (a generic or
    marketed-as-generic domain, an IP address, no host). An address on a generic domain that
    wraps another page's (an archive's copy, a redirect or a mail scanner's link, a proxy)
    is that page's: :func:`_wrapped_address`; else the national edition a step of its path
    names ('/en-au/': :func:`_path_locale`).

    >>> territory_of_url("https://web.archive.org/web/2021/https://www.smh.com.au/business/x")
    ('AU', 'the address it wraps ends .au')
    >>> territory_of_url("https://www.example.com/share?to=https://www.example.org/x") is None
    True
    >>> territory_of_url("https://www.gov.sc/budget"), territory_of_url("https://news.sc/a") is None
    (('SC', 'address ends .gov.sc'), True)
    """
    found = _territory_of_host(url)
    if found is not None or not isinstance(url, str):
        return found
    return _address_itself(url) or _path_words(url)


def _address_itself(url: str) -> tuple[str, str] | None:
    """The territory of a wrapped paper's address, else of the edition the path names (an
    address on a generic domain whose own host names none)."""
    inner = _wrapped_address(url)
    if inner is not None:
        found = _territory_of_host(inner)
        if found is not None:
            return found[0], "the address it wraps " + found[1][8:]
    return _path_locale(url)


#: A step of an address's path that is a language and a territory, as sites on generic
#: domains name their national editions ('msn.com/en-au/news/...', '/en-gb/', '/fr_CA/').
_PATH_LOCALE = re.compile(r"/([A-Za-z]{2})[-_]([A-Za-z]{2})(?=/)")


def _path_locale(url: str) -> tuple[str, str] | None:
    """(territory, how) from the first step of the address's path (before any query) that is
    an ISO 639-1 language and an ISO 3166-1 territory joined ('/en-au/': the site's edition
    for Australia), or None. A step of two letters alone ('/au/', '/in/', '/de/') is a
    section or a language as often as a country: none is read; nor a pair whose first part
    is no language ('/ab-cd/' aside, '/xx-au/').

    >>> _path_locale("https://www.msn.com/en-au/news/australia/story/ar-AA1")
    ('AU', "the address's edition /en-au/")
    >>> _path_locale("https://example.com/fr_CA/a/"), _path_locale("https://example.com/en/au/")
    (('CA', "the address's edition /fr_CA/"), None)
    >>> _path_locale("https://example.com/a?next=/en-gb/x") is None
    True
    """
    parts = _split(url)
    if parts is None:
        return None
    path = parts.path
    for m in _PATH_LOCALE.finditer(path):
        language, region = m.group(1).lower(), m.group(2).upper()
        if region in _countries() and language in _languages():
            return region, f"the address's edition /{m.group(1)}{path[m.end(1)]}{m.group(2)}/"
    return None


#: The words of an address's path: runs of letters ('queensland', 'state', 'budget').
_PATH_WORD = re.compile(r"[a-z]+")


def _path_words(url: str) -> tuple[str, str] | None:
    """(territory, how) from the places the words of an address's path name, where they name
    one territory only: its slug and sections, the story's headline as the site wrote it
    ('newsite.com/world/queensland-state-budget-live': AU; '/toronto-and-vancouver-home-sales':
    CA). A place is a country, its people's adjective, a capital, a city of a million people,
    or a state or province of the gazetteer (:func:`_slug_places`), written as one word or
    several ('new-zealand'); none that is an English word ('turkey-prices', 'chad-smith'),
    none of fewer than four letters ('us-', 'uk-'). Places of two territories name none.

    >>> _path_words("https://newsite.example.com/world/queensland-state-budget-live/")
    ('AU', "the address's words 'queensland'")
    >>> _path_words("https://x.example.com/a/new-zealand-budget-2024?id=7")[0]
    'NZ'
    >>> _path_words("https://x.example.com/toronto-vs-sydney-rents") is None
    True
    >>> _path_words("https://x.example.com/turkey-prices-before-thanksgiving") is None
    True
    """
    parts = _split(url)
    if parts is None:
        return None
    path = parts.path
    words = _PATH_WORD.findall(path.lower())
    if not words:
        return None
    places = _slug_places()
    found: dict[str, str] = {}
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            key = "".join(words[i : i + n])
            hit = places.get(key)
            if hit is not None and len(key) >= 4:
                found.setdefault(hit, "-".join(words[i : i + n]))
                i += n
                break
        else:
            i += 1
    if len(found) != 1:
        return None
    territory, written = next(iter(found.items()))
    return territory, f"the address's words {written!r}"


@cache
def _slug_places() -> dict[str, str]:
    """Place as one lower-case word ('newzealand', 'queensland', 'toronto') -> territory: the
    English gazetteer's countries, adjectives, capitals, metropolises and regions (states,
    provinces), none that is an English word (web2: 'turkey', 'chad', 'guinea'), nor one two
    territories' places share."""
    from moneyfacts.evidence import _english_words, gazetteer

    words = _english_words()
    out: dict[str, str] = {}
    clash: set[str] = set()
    for phrase, (territory, kind) in gazetteer("en").phrases.items():
        if kind not in ("country", "adjective", "capital", "metropolis", "region"):
            continue
        key = _key(phrase)
        if len(key) < 4 or (" " not in phrase and key in words):
            continue
        if out.get(key, territory) != territory:
            clash.add(key)
        out[key] = territory
    return {k: v for k, v in out.items() if k not in clash}


@cache
def _languages() -> frozenset[str]:
    """ISO 639-1 two-letter language codes (pycountry)."""
    import pycountry

    return frozenset(str(lang.alpha_2) for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def _territory_of_host(url: str | None) -> tuple[str, str] | None:
    if not isinstance(url, str) or not url:
        return None
    parts = _split(url)
    if parts is None:
        return None
    host = parts.hostname or ""
    label = host.rstrip(".").rpartition(".")[2].lower()
    if not label.isalpha() or "." not in host:
        return None
    data = _sections()
    territory = None if label in data.get("generic", {}) else data.get("domain", {}).get(label)
    if territory is None and len(label) == 2 and label.upper() in _countries() and (
            label not in data.get("generic", {})):
        territory = label.upper()
    if territory is None and label in data.get("generic", {}) and label.upper() in _countries():
        second = host.rstrip(".").lower().split(".")[-2]
        if second in data.get("registry", {}):
            # (local20) 'statehouse.gov.sc': a code marketed as generic, but the registry's
            # own second level for the country's institutions is the country's
            return label.upper(), f"address ends .{second}.{label}"
    if territory is None:
        return territory_of_name(host)
    return territory, f"address ends .{label}"


def territory_of_name(host: str) -> tuple[str, str] | None:
    """(territory, how) from the name of a site under a generic domain, when the name is a
    place and the [masthead] words of ``data/publishers.txt`` only: 'lusakatimes.com' is
    Lusaka's paper, 'dailynewsegypt.com' Egypt's; None for any other name.

    >>> territory_of_name("www.lusakatimes.com")
    ('ZM', "the site's name 'lusakatimes' (Lusaka)")
    >>> territory_of_name("jamaica-gleaner.com")
    ('JM', "the site's name 'jamaica-gleaner' (Jamaica)")
    >>> territory_of_name("malibutimes.com") is None, territory_of_name("example.com") is None
    (True, True)
    """
    labels = host.rstrip(".").lower().split(".")
    if len(labels) < 2:
        return None
    name = labels[-2]
    words = _masthead()
    places = _site_places()
    found: set[tuple[str, str | None]] = set()
    for part in name.split("-"):
        if not part.isalpha():
            return None
        ways = _segments(part, words, places)
        if ways is None:
            return None
        found |= ways
    # a state or province spelled the same way vetoes ('newjerseyglobe': New Jersey, not
    # Jersey), but names no territory by itself ('centralnews')
    territories = {t for t, p in found if p is not None}
    if len(territories) != 1 or any(t not in territories for t, _ in found):
        return None
    phrases = sorted({p for _, p in found if p is not None})
    return territories.pop(), f"the site's name {name!r} ({' and '.join(phrases)})"


def _segments(part: str, words: frozenset[str],
              places: dict[str, tuple[tuple[str, str | None], ...]]
              ) -> set[tuple[str, str | None]] | None:
    """The places of the ways ``part`` splits into masthead words and places (every way's;
    a state or province as (territory, None)), or None when it splits into none."""
    n = len(part)
    reach: list[set[tuple[str, str | None]] | None] = [None] * (n + 1)
    reach[0] = set()
    for i in range(n):
        got = reach[i]
        if got is None:
            continue
        for j in range(i + 2, n + 1):
            piece = part[i:j]
            if piece in words:
                reach[j] = (reach[j] or set()) | got
            place = places.get(piece)
            if place is not None:
                reach[j] = (reach[j] or set()) | got | set(place)
    return reach[n]


@cache
def _masthead() -> frozenset[str]:
    return frozenset(_sections().get("masthead", {}))


@cache
def _site_places() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """Place as one lower-case word ('papuanewguinea') -> ((territory, as written), ...): the
    gazetteer's countries, adjectives, capitals and cities of a million people; the states
    and provinces of ISO 3166-2 (pycountry) as (territory, None), which only veto."""
    import pycountry

    from moneyfacts.evidence import gazetteer

    out: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    for phrase, (territory, kind) in gazetteer("en").phrases.items():
        key = _key(phrase)
        if kind not in ("country", "adjective", "capital", "metropolis") or len(key) < 4:
            continue
        if out.get(key, (territory,))[0] != territory:
            clash.add(key)
        out.setdefault(key, (territory, phrase))
    found: dict[str, tuple[tuple[str, str | None], ...]] = {
        k: (v,) for k, v in out.items() if k not in clash}
    for sub in pycountry.subdivisions:
        key = _key(str(sub.name))
        if len(key) >= 4 and (str(sub.country_code), None) not in found.get(key, ()):
            found[key] = (*found.get(key, ()), (str(sub.country_code), None))
    return found


def _key(phrase: str) -> str:
    """A place as one lower-case ASCII word: 'Papua New Guinea' -> 'papuanewguinea'."""
    import unicodedata

    flat = unicodedata.normalize("NFKD", phrase)
    return "".join(c for c in flat.lower() if c.isascii() and c.isalpha())


#: An address written inside another ('/web/2021/https://www.smh.com.au/...',
#: '?url=https%3A%2F%2Fwww.stuff.co.nz%2F...'), or a web host's name as a step of a proxy's
#: or a cache's path ('/www.adelaidenow.com.au/news/...', AMP caches' '/c/s/www.abc.net.au/').
_INNER = re.compile(r"https?://([^/?#&\s]+)|/((?:www\d?|m|amp|mobile)\.[^/?#&\s]+\.[a-z]{2,})/",
                    re.IGNORECASE)


def _wrapped_address(url: str) -> str | None:
    """The address of the page that ``url`` (on a generic domain) wraps, or None: the first
    address written in its path or query, percent-decoded ('web.archive.org/web/.../https://
    www.smh.com.au/...', a mail scanner's '?url=https%3A%2F%2Fwww.stuff.co.nz...'), or a
    web host's name as a step of a proxy's or a cache's path ('newsbite.mooo.com/www.
    adelaidenow.com.au/...', 'www-abc-net-au.cdn.ampproject.org/c/s/www.abc.net.au/...').

    >>> _wrapped_address("https://newsbite.mooo.com/www.adelaidenow.com.au/news/a")
    'www.adelaidenow.com.au'
    >>> _wrapped_address("https://x.example.com/r?url=https%3A%2F%2Fwww.stuff.co.nz%2Fa%2Fb")
    'www.stuff.co.nz'
    >>> _wrapped_address("https://www.example.com/news/2024/a.html") is None
    True
    """
    from urllib.parse import unquote

    parts = _split(url)
    if parts is None:
        return None
    rest = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    m = _INNER.search(rest)
    if m is None:
        return None
    return (m.group(1) or m.group(2)).lower()


_REGION = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})(?:[-_.@]|$)")


def territory_of_lang(tag: str | None, what: str = "the page's language") -> tuple[str, str] | None:
    """(territory, how) from a language tag with a region ('en-AU', 'en_KE', 'zh-Hant-HK'),
    or None (no region, a numeric area as in 'es-419', no country).

    >>> territory_of_lang("en_GB", "og:locale"), territory_of_lang("en")
    (('GB', 'og:locale en_GB'), None)
    """
    if not isinstance(tag, str):
        return None
    m = _REGION.match(tag.strip())
    if m is None or m.group(1).upper() not in _countries():
        return None
    return m.group(1).upper(), f"{what} {tag.strip()}"


def territory_of(url: str | None = None, lang: str | None = None,
                 og_locale: str | None = None) -> tuple[str, str] | None:
    """The publisher's (territory, how it was found): the address's country-code domain
    first (or a wrapped paper's, or the edition its path names), then ``og:locale``, then the
    page's ``lang``, then the places its path's words name (:func:`_path_words`: what the
    story is about, the weakest); None when none names a country."""
    if isinstance(url, str) and url:
        found = _territory_of_host(url) or _address_itself(url)
        if found is not None:
            return found
    return (territory_of_lang(og_locale, "og:locale") or territory_of_lang(lang)
            or (_path_words(url) if isinstance(url, str) else None))


def with_page(conventions: Conventions | None, meta: dict[str, Any]) -> Conventions | None:
    """``conventions`` with the territory and the locale a page's ``meta`` records
    (``territory``, ``territory_from``; ``locale``: :func:`moneyfacts.pages.read_page`, the
    language the page declares where its text is in it), unless they set them already.

    >>> with_page(None, {"territory": "KE", "territory_from": "address ends .ke"}).territory
    'KE'
    >>> with_page(None, {"locale": "de", "locale_from": "<html lang='de'> and ..."}).locale
    'de'
    >>> from moneyfacts.conventions import Conventions
    >>> with_page(Conventions(locale="auto"), {"locale": "de"}).locale
    'auto'
    >>> with_page(None, {}) is None
    True
    """
    territory, locale = meta.get("territory"), meta.get("locale")
    if not isinstance(territory, str) and not isinstance(locale, str):
        return conventions
    from dataclasses import replace

    from moneyfacts.conventions import Conventions

    conv = conventions or Conventions()
    if isinstance(locale, str) and conv.locale is None:
        conv = replace(conv, locale=locale)
    if not isinstance(territory, str):
        return conv
    how = meta.get("territory_from")
    return conv.with_territory((territory, how if isinstance(how, str) else "the page"))


def page_meta(conventions: Conventions | None, meta: dict[str, Any]) -> dict[str, Any]:
    """A page's ``meta`` as it applies under the caller's ``conventions``: without the page's
    locale when the caller gave one (the caller's word comes first, and the report must not
    say it was read otherwise).

    >>> from moneyfacts.conventions import Conventions
    >>> meta = {"title": "T", "locale": "de", "locale_from": "<html lang='de'> and ..."}
    >>> page_meta(Conventions(locale="fr"), meta)
    {'title': 'T'}
    >>> page_meta(None, meta) == meta
    True
    """
    if conventions is None or conventions.locale is None or "locale" not in meta:
        return meta
    return {k: v for k, v in meta.items() if k not in ("locale", "locale_from")}
