"""Unit names in every locale, from CLDR: what '3 Kilometer', '2 l', '8 meilen', '3 kilómetros'
or '9公尺' measure, read with a locale.

:func:`unit_names` derives, for one CLDR locale, its unit names (the long forms in every plural
form, any case) and symbols (the short and narrow forms, case-sensitive) for the units of
``data/unitnames.txt``'s ``[cldr]`` section, each with its pint unit. The file adds only what
CLDR lacks (each addition commented there): which short symbols of one or two letters are read,
German dative plurals, typewriter primes, and the words that are a number only before a unit
('ein Liter', 'halber Liter', 'demi-litre': :func:`rewrite_units`). A name two units of a locale
share is read for neither. The table is cached as JSON (keyed by babel's version), like the
currency names of :mod:`moneyfacts.currencies`.

:func:`match_unit` reads the unit at a position right after a number. The scan asks it when a
locale is given and English's own table (:mod:`moneyfacts.measures`) found none; English text
read without a locale is never read with these names.

>>> match_unit("8 meilen", 1, "de").unit, match_unit("3 kilómetros", 1, "es").unit
('mile', 'kilometer')
>>> match_unit("zwischen 3 und 5 Kilometern", 17, "de").unit
'kilometer'
>>> match_unit("9m", 1, "de").unit, match_unit("2 l Wasser", 1, "de").unit
('meter', 'liter')
>>> match_unit("5 in Berlin", 1, "de") is None  # CLDR's 'in' (inch) is a German preposition
True
>>> unit_names("fr").names["kilometres"], unit_names("zh").symbols["公里"]
('kilometer', 'kilometer')
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources

from moneyfacts.measures import MeasureMatch

__all__ = ["UnitNames", "unit_names", "match_unit", "rewrite_units", "NAMES_FILE"]

NAMES_FILE = "unitnames.txt"
_BUILD_VERSION = "8"  # bump when the extraction below changes
_FORMS = ("long", "short", "narrow")
#: The spaces CLDR puts between the number and the unit ('{0}\u202fkm', '{0}\xa0Tonnen').
_SPACES = " \u00a0\u202f\u2009"
#: Apostrophes: a letter before one is an elided word ("l'entreprise", "m'a"), no symbol.
_ELISION = frozenset("'’ʼ")
#: Between the number and a unit written after it: a space or a hyphen ('3-Kilometer-Lauf').
_GAP = frozenset(" \u00a0\u202f\u2009-")
_WORD = re.compile(r"[^\W\d_]+")
#: A combining mark (Devanagari, Bengali, Thai vowel signs are no letters to ``re``).
_MARK = re.compile("[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u1000-\u109f]")
_WORD_MARKS = re.compile("(?:[^\\W\\d_]|[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u1000-\u109f])+")


@dataclass(frozen=True)
class UnitNames:
    """One locale's unit spellings -> pint unit expressions ('kilometer', 'meter ** 2',
    'kilometer / hour')."""

    locale: str
    #: Long names, folded (lower case, no accents), words joined by one space.
    names: dict[str, str]
    #: Short and narrow symbols, as written (case-sensitive).
    symbols: dict[str, str]
    #: Spellings read only glued to the number ('5"').
    glued: dict[str, str]
    #: The first word of every name, folded; the longest name in words.
    first_words: frozenset[str]
    max_words: int
    #: The symbols by their first character.
    by_first: dict[str, tuple[tuple[str, str], ...]]


def fold(word: str) -> str:
    """``word`` in lower case without accents ('Kilomètres' -> 'kilometres'); 'ß' stays."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


# --- the data file ------------------------------------------------------------------------


@cache
def _sections() -> dict[str, list[tuple[str, str]]]:
    text = resources.files("moneyfacts").joinpath("data", NAMES_FILE).read_text("utf-8")
    out: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"\s+#\s.*$", "", line)  # a comment after an entry
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
            continue
        key, eq, value = line.partition(" = ")
        out.setdefault(current, []).append((key.strip(), value.strip() if eq else ""))
    return out


def _file_hash() -> str:
    """This file's and units.txt's contents (the English symbols read in every locale)."""
    from moneyfacts.measures import units_text

    text = resources.files("moneyfacts").joinpath("data", NAMES_FILE).read_text("utf-8")
    return hashlib.sha256((text + units_text()).encode()).hexdigest()[:12]


# --- from CLDR ----------------------------------------------------------------------------


def _spelling(pattern: str) -> str | None:
    """The unit of a CLDR pattern written after its number ('{0} Kilometer' -> 'Kilometer',
    '{0}公里' -> '公里'); None for one written before it ('時速 {0} キロメートル')."""
    if not pattern.startswith("{0}"):
        return None
    rest = pattern[3:].strip(_SPACES)
    if not rest or "{" in rest:
        return None
    return " ".join(rest.replace("\u00a0", " ").replace("\u202f", " ").split())


def _english_symbols() -> frozenset[str]:
    """The symbols English reads (moneyfacts.measures: 'km', 'ml', 'kg'): read in every
    locale whose CLDR writes them; not one read spaced only before some words ('ha', glued
    '96ha' but 'en 2023 ha crecido' is Spanish 'has': count19)."""
    from moneyfacts.measures import table

    t = table()
    return frozenset([*t.symbols, *(k for k in t.attached if k not in t.at_end)])


def _english_cjk() -> list[tuple[str, str]]:
    """The CJK spellings of moneyfacts.measures ('英裏', '公尺', '吋'), which English reads only
    as a whole word: with a locale they are read as symbols, glued to what follows."""
    from moneyfacts.measures import table

    return [(k, e.unit) for k, e in table().names.items()
            if k[:1] >= "\u3000" and e.per is None and e.power is None]


def _symbol_read(symbol: str, allowed: frozenset[str]) -> bool:
    """A short form is read unless it is one letter, or two ASCII letters, not listed in
    [symbol] ('in', 'pi', 'po' are words), or has no letter at all (a bare '°')."""
    if (symbol.isascii() and symbol.isalpha() and len(symbol) <= 2) or (
            len(symbol) == 1 and symbol.isalpha()):
        return symbol in allowed  # one letter of any script: Russian 'г' (gram) is 'год' in
        # 'в 2020 г.', Arabic 'م' (metre) is AD in '2020 م'; Spanish 'ha' (hectare) is 'has'
        # in 'en 2023 ha crecido
    return any(c.isalpha() for c in symbol) or symbol in ("″", "′")


def _build(locale: str) -> dict[str, dict[str, str]]:
    """The locale's names and symbols, from babel's CLDR data and the file's additions."""
    from babel import Locale

    sec = _sections()
    data = Locale.parse(locale)._data["unit_patterns"]
    allowed = frozenset(k for k, _ in sec.get("symbol", [])) | _english_symbols()
    language = locale.split("_", 1)[0]
    suffixes = [k for k, _ in sec.get(f"inflect {language}", [])]
    names: dict[str, set[str]] = {}
    symbols: dict[str, set[str]] = {}
    for cldr_id, unit in sec["cldr"] + sec.get("cldr-percent", []):
        if cldr_id not in data:
            continue
        forms = data[cldr_id]
        for width in _FORMS:
            if width not in forms:
                continue
            for count, pattern in forms[width].items():
                if count == "per" or not isinstance(pattern, str):
                    continue
                spelled = _spelling(pattern)
                if spelled is None:
                    continue
                if spelled[0] >= "\u3000":  # CJK: no spaces between words, read as written
                    symbols.setdefault(spelled, set()).add(unit)
                elif (width == "long" or _is_name(spelled, data, cldr_id)) and not all(
                        c.isalpha() or c in " -" for c in spelled):
                    symbols.setdefault(spelled, set()).add(unit)  # 'imp. gallon', 'm²': as written
                elif width == "long" or _is_name(spelled, data, cldr_id):
                    key = fold(spelled).replace("-", " ")  # 'kilowatt-heure' read either way
                    names.setdefault(key, set()).add(unit)
                    if count != "one":  # a plural: its case forms ('Kilometern')
                        for suffix in suffixes:
                            if not key.endswith(("n", "s")):
                                names.setdefault(key + suffix, set()).add(unit)
                elif _symbol_read(spelled, allowed):
                    symbols.setdefault(spelled, set()).add(unit)
    for key, unit in _english_cjk():  # '英裏', '公尺': read glued to what follows too ('3.5英裏以下')
        symbols.setdefault(key, set()).add(unit)
    for key, unit in sec.get("si", []):
        symbols.setdefault(key, set()).add(unit)
    for key, unit in sec.get(f"name {language}", []):
        if key[:1] >= "\u3040":  # CJK, read glued like CLDR's '{0}公里' ('150万吨')
            symbols.setdefault(key, set()).add(unit)
        else:
            names.setdefault(fold(key), set()).add(unit)
    if language not in {k for k, _ in sec.get("bare-ton-not", [])}:
        for key in _bare_ton(data):  # 'toneladas' (pt), 'tonnellate' (it), 'टन' (hi), 'ton' (nl)
            names.setdefault(key, set()).add("metric_ton")
    _prefixed(symbols, sec)
    return {
        "names": {k: next(iter(v)) for k, v in names.items() if len(v) == 1},
        "symbols": {k: next(iter(v)) for k, v in symbols.items() if len(v) == 1},
    }


def _prefixed(symbols: dict[str, set[str]], sec: dict[str, list[tuple[str, str]]]) -> None:
    """Add the Han names built by a prefix of the file's [cjk prefix] ('千米' kilometre from
    '米', then '平方千米' from '千米'), each in the file's order, for a unit of [cldr] only and
    never over a name the locale has already."""
    known = {unit for _cldr_id, unit in sec["cldr"]}
    # An SI prefix before a plain unit that is no length, area, volume or mass makes its
    # prefixed unit even where [cldr] lists none: CLDR's zh writes 兆 for mega before derived
    # units (兆瓦, 兆赫, 兆帕, 兆字节) and never before 米, 克 or 升; so '兆焦耳' is megajoules.
    derived = {unit for cldr_id, unit in sec["cldr"]
               if cldr_id.split("-", 1)[0] not in ("length", "area", "volume", "mass")
               and any(other != unit and other.endswith(unit) for other in known)}
    for prefix, pattern in sec.get("cjk prefix", []):
        for spelled, units in list(symbols.items()):
            base = next(iter(units))
            if (len(units) != 1 or not base.isidentifier() or prefix + spelled in symbols
                    or any(c < "\u3400" for c in spelled)):
                continue  # a Han name of a plain unit only: no '千平方米'
            unit = pattern.format(base)
            if unit in known or base in derived and pattern.endswith("{}") and pattern[:-2].isalpha():
                symbols[prefix + spelled] = {unit}


def _bare_ton(data: object) -> set[str]:
    """The locale's bare word for a ton, read as the metric ton, where CLDR gives it to the US
    short ton (mass-ton, not read) and names the metric ton by that word and a qualifier: the
    word both names share ('toneladas' of pt 'toneladas americanas' and 'toneladas métricas'),
    or the short ton's own one-word names when one of them is the metric ton's head word
    ('tonnellate' in it 'tonnellate metriche', 'टन' in hi 'मीट्रिक टन', and then Arabic's
    plurals 'أطنان', 'طنًا' too). News outside US English means 1,000 kg by it, as zh's 吨.
    Where the metric ton's name is the bare word already (es 'toneladas', ru 'тонны') nothing
    is added; a locale that shares no word (de 'Short Tons', ja '米トン') neither.

    >>> sorted(_bare_ton({"mass-ton": {"long": {"one": "{0} tonelada americana",
    ...     "other": "{0} toneladas americanas"}}, "mass-tonne": {"long": {
    ...     "one": "{0} tonelada métrica", "other": "{0} toneladas métricas"}}}))
    ['tonelada', 'toneladas']
    """
    get = getattr(data, "get", lambda k: None)
    ton, tonne = get("mass-ton"), get("mass-tonne")
    if not ton or not tonne or "long" not in ton or "long" not in tonne:
        return set()

    def words(forms: dict[str, object]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for count, pattern in forms.items():
            spelled = _spelling(pattern) if isinstance(pattern, str) and count != "per" else None
            if spelled is not None and spelled[0] < "\u3000":  # CJK: no words to split
                out[count] = fold(spelled).split()
        return out

    tons, tonnes = words(ton["long"]), words(tonne["long"])
    others: set[str] = set()  # words of other units' names: no head ('de' of ro 'de tone')
    for cldr_id in ("mass-kilogram", "mass-gram", "length-kilometer", "volume-liter"):
        forms = get(cldr_id)
        if forms and "long" in forms:
            others.update(w for name in words(forms["long"]).values() for w in name)
    tons = {c: [w for w in name if w not in others] for c, name in tons.items()}
    shared: set[str] = set()
    one_word = False
    for count, name in tons.items():
        qualified = tonnes.get(count) or tonnes.get("other") or []
        if len(qualified) < 2:
            continue  # the metric ton's name is one word: read as it is ('toneladas' in es)
        common = set(name) & set(qualified)
        shared |= common
        one_word = one_word or (len(name) == 1 and bool(common))
    if one_word:  # the short ton's names are the bare word in each plural form
        shared |= {name[0] for name in tons.values() if len(name) == 1}
    return shared


def _is_name(spelled: str, data: object, cldr_id: str) -> bool:
    """A short form that is the long name itself ('{0} tommer' in nb, '{0}公里' in zh): a
    name, read in any case; a short form of letters and no more than one word otherwise."""
    long_forms = getattr(data, "get", lambda k: None)(cldr_id)
    if not long_forms or "long" not in long_forms:
        return False
    return any(isinstance(p, str) and _spelling(p) == spelled
               for c, p in long_forms["long"].items() if c != "per")


@lru_cache(maxsize=64)
def unit_names(locale: str) -> UnitNames:
    """The unit names of ``locale`` (a CLDR locale: 'de', 'fr_CA', 'zh_Hant'), made once.

    >>> n = unit_names("de")
    >>> n.names["meilen"], n.names["kilometern"], n.symbols["km"], n.glued['"']
    ('mile', 'kilometer', 'kilometer', 'inch')
    """
    built = _cached(locale)
    glued = dict(_sections().get("glued", []))
    names = built["names"]
    return UnitNames(
        locale=locale,
        names=names,
        symbols=built["symbols"],
        glued=glued,
        first_words=frozenset(k.split(" ", 1)[0] for k in names),
        max_words=max((k.count(" ") + 1 for k in names), default=1),
        by_first=_by_first(built["symbols"]),
    )


def _by_first(symbols: dict[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for symbol, unit in symbols.items():
        out.setdefault(symbol[0], []).append((symbol, unit))
    return {k: tuple(v) for k, v in out.items()}


def _cached(locale: str) -> dict[str, dict[str, str]]:
    import babel

    from moneyfacts.currencies import cache_dir, write_cache

    key = hashlib.sha256(f"{babel.__version__}|{_BUILD_VERSION}|{_file_hash()}".encode()
                         ).hexdigest()[:16]
    path = cache_dir() / f"cldr-units-{locale}-{key}.json"
    try:
        cached = json.loads(path.read_text("utf-8"))
        if isinstance(cached, dict) and isinstance(cached.get("names"), dict) and isinstance(
                cached.get("symbols"), dict):
            return cached
    except (OSError, ValueError):
        pass  # missing or unreadable: rebuilt
    data = _build(locale)
    write_cache(path, data)
    return data


# --- reading --------------------------------------------------------------------------------


def _measure(end: int, unit: str) -> MeasureMatch:
    expr, _, per = unit.partition(" / ")
    return MeasureMatch(end, " ".join(expr.split()), per.strip() or None)


@lru_cache(maxsize=64)
def percent_prefixes(locale: str) -> tuple[str, ...]:
    """The spellings of percent a locale writes before the number (CLDR's 'concentr-percent':
    'yüzde {0}', '%{0}' in tr), longest first; empty for most locales ('{0} Prozent').

    >>> percent_prefixes("tr"), percent_prefixes("de")
    (('yüzde', '%'), ())
    """
    from babel import Locale

    try:
        forms = Locale.parse(locale)._data["unit_patterns"].get("concentr-percent", {})
    except (ValueError, KeyError):  # pragma: no cover - a locale babel cannot parse
        return ()
    found: set[str] = set()
    for width in _FORMS:
        for count, pattern in dict(forms.get(width, {})).items():
            if isinstance(pattern, str) and count != "per" and not pattern.startswith("{0}"):
                head = pattern.split("{0}")[0].strip()
                if head:
                    found.add(head)
    return tuple(sorted(found, key=len, reverse=True))


def percent_before(text: str, start: int, locale: str) -> int | None:
    """Where a percent written before the number at ``start`` begins ('yüzde 14', '%14' in
    tr), or None."""
    for head in percent_prefixes(locale):
        for gap in ("", " ", "\u00a0"):
            begin = start - len(gap) - len(head)
            if begin >= 0 and text[begin : start].lower() == head + gap and (
                    not head[0].isalpha() or begin == 0 or not text[begin - 1].isalnum()):
                return begin
    return None


def match_unit(text: str, pos: int, locale: str) -> MeasureMatch | None:
    """The unit of ``locale`` written at ``pos``, right after a number: glued ('9m', '3,5meilen',
    '5"') or after a space or hyphen ('8 meilen', '3 kilómetros', '2 l'); None if there is none
    or letters or digits follow it at once.

    >>> match_unit("250ml", 3, "de").unit, match_unit("1,87 Meter", 4, "de").unit
    ('milliliter', 'meter')
    >>> match_unit("5 Meterstäbe", 1, "de") is None
    True
    """
    c = text[pos : pos + 1]
    if not c or locale[:2] == "en" and locale[2:3] in ("", "_"):
        return None  # English is moneyfacts.measures' ('5m people' is five million)
    t = unit_names(locale)
    glued = c not in _GAP
    start = pos if glued else pos + 1
    if glued:
        for spelling, unit in t.glued.items():
            if text.startswith(spelling, pos) and not text[pos + len(spelling):][:1].isalnum():
                if _closes_quote(text, pos, spelling[0]):
                    return None  # 'die Aktion "Top 10"': a quotation mark, no inch
                return _measure(pos + len(spelling), unit)
    elif c == "-" and not text[pos + 1 : pos + 2].isalpha():
        return None
    best = _symbol(text, start, t)
    if best is None:
        best = _name(text, start, t)
    if best is None and text[start : start + 1].isalpha():
        best = _case_suffix(text, start, t)  # 'metrekarelik' (tr): a name with its case suffix
    if best is None:
        return None
    end, unit = best
    if text[end : end + 1].isalnum() and (text[end - 1] < "\u3000" or not (
            _cjk_after(text, end) or text[start:end] in _noun_after())):
        return None  # '公里以下' is read; '2克拉' (carats) is no gram; '150万吨乙烯': tonnes
    if text[end : end + 1] in _ELISION:
        return None  # "en 2020 l'entreprise": an elided article, no litre
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha():
        return None  # 'т.е.', 'т.д.' (that is, and so on): an abbreviation goes on, no tonne
    found = _measure(end, unit)
    if found.per is None and text[end : end + 1] == " ":
        return _per_time(text, found)
    return found


def _times() -> frozenset[str]:
    """[per-time] (lexicon.txt): the [per] nouns a measure may be counted by.

    >>> sorted(_times())
    ['day', 'hour', 'month', 'week', 'year']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["per-time"])


#: The [per] nouns a measure may be counted by: spans of time ('500.000 Barrel pro Tag').
_PER_TIME = _times()


def _per_time(text: str, found: MeasureMatch) -> MeasureMatch:
    """The measure ``found`` with the span of time after it, by a [per-word] of a listed noun
    ('500.000 Barrel pro Tag', '5 млн баррелей в сутки', '350.000 fat om dagen')."""
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    m = lex.words.per.match(text, found.end)
    if m is None:
        return found
    per = lex.per_nouns.get(m.group(3).lower())
    if m.group(1) and not _foreign_per_time(m.group(3).lower()):
        return found  # 'per' before any noun is the English reader's; not 'per tahun' (id)
    if per not in _PER_TIME:
        return found
    return found._replace(end=m.end(), per=per)


def _case_suffix(text: str, start: int, t: UnitNames) -> tuple[int, str] | None:
    """A one-word unit name of ``t`` at ``start`` with the case suffix of its language glued
    on, by the lexicon's [suffix <language>] ('1,6 milyon metrekarelik', '50 kilometreden'),
    as (end, unit); None in a language without suffixes or for another word."""
    from moneyfacts.inflect import strip_suffix, suffix_languages

    language = t.locale.split("_")[0]
    if language not in suffix_languages():
        return None
    m = _WORD.match(text, start)
    if m is None:
        return None
    stem = strip_suffix(fold(m.group()), t.names, language)
    return None if stem is None else (m.end(), t.names[stem])


def _foreign_per_time(noun: str) -> bool:
    """Is ``noun`` a span of time of another language's [per] section ('tahun', after the
    English 'per' in Indonesian copy)?"""
    from moneyfacts.after import _foreign_pers

    return noun in _foreign_pers()


@cache
def _cjk_continuations() -> tuple[str, ...]:
    """What may follow a CJK unit glued to it: the lexicon's qualifiers after an amount
    ('以下', '左右'), its particles ('의', 'を'), and [cjk after] ('的')."""
    from moneyfacts.currencies import lexicon, lexicon_sections

    sections = lexicon_sections()
    out = {k for k in lexicon().qualifiers_after if k[:1] >= "\u3000"}
    out.update(k for k, _, _ in sections.get("particle", []))
    out.update(k for k, _ in _sections().get("cjk after", []))
    return tuple(sorted(out, key=len, reverse=True))


@cache
def _noun_after() -> frozenset[str]:
    """[cjk noun after]: CJK unit names read glued to the noun they measure ('150万吨乙烯')."""
    return frozenset(k for k, _ in _sections().get("cjk noun after", []))


def _cjk_after(text: str, end: int) -> bool:
    """Does a CJK unit ending at ``end`` end its word there: nothing CJK follows, or a
    qualifier, particle or [cjk after] word ('5米的', '3.5英裏以下'; not '2克拉', carats)?"""
    nxt = text[end : end + 1]
    if nxt.isdigit():
        return False  # '三米九' (3米9): 3.9 metres in speech, no 3 metres
    if not nxt or nxt < "\u3000":
        return True
    return text.startswith(_cjk_continuations(), end)


def _closes_quote(text: str, pos: int, mark: str) -> bool:
    """Does the ``mark`` at ``pos`` close a quotation opened before it on its line (an odd
    number of the same mark since the line's start)?"""
    line = text.rfind("\n", 0, pos) + 1
    return text.count(mark, line, pos) % 2 == 1


def _symbol(text: str, start: int, t: UnitNames) -> tuple[int, str] | None:
    """The longest symbol at ``start`` ('km/h' before 'km'), ending at a word's end."""
    found = None
    for symbol, unit in t.by_first.get(text[start : start + 1], ()):
        if text.startswith(symbol, start):
            end = start + len(symbol)
            nxt = text[end : end + 1]
            if (not nxt.isalnum() or not symbol[-1:].isalnum() or (
                    symbol[-1:] >= "\u3000" and (_cjk_after(text, end) or symbol in _noun_after()))) and (
                    found is None or end > found[0]):
                found = (end, unit)
    return found


def _name(text: str, start: int, t: UnitNames) -> tuple[int, str] | None:
    """The longest name of up to ``t.max_words`` words at ``start`` (any case, any accents)."""
    m = _WORD.match(text, start)
    if m is None:
        return None
    if _MARK.match(text, m.end()):  # 'किलोमीटर': a word with its vowel signs
        m = _WORD_MARKS.match(text, start) or m
    first = fold(m.group())
    if first not in t.first_words:
        return None
    words, ends, p = [first], [m.end()], m.end()
    while len(words) < t.max_words and text[p : p + 1] in (" ", "\u00a0", "-"):
        n = _WORD.match(text, p + 1)
        if n is None:
            break
        words.append(fold(n.group()))
        ends.append(n.end())
        p = n.end()
    for k in range(len(words), 0, -1):
        unit = t.names.get(" ".join(words[:k]))
        if unit is not None:
            return ends[k - 1], unit
    return None


# --- quantity words before a unit -----------------------------------------------------------


@lru_cache(maxsize=64)
def _money_words(locale: str) -> frozenset[str]:
    """The words a quantity word is a number before, besides units: the locale's currency
    names of one word (CLDR: 'Euro', 'kronor', 'dollar'), folded, and the hundredths of every
    language of three letters or more ('cent', 'penny', 'øre'; lexicon [subunit])."""
    from babel import Locale

    from moneyfacts.subunits import subunit_words

    from moneyfacts.currencies import lexicon

    data = Locale.parse(locale)._data
    out = {fold(w) for w in subunit_words() if len(w) > 2}
    out.update(fold(w) for w in lexicon().currency_words if len(w) > 2 and w.isalpha())
    names = [n for c, n in data["currency_names"].items() if not c.startswith("X")]
    names += [n for c, forms in data["currency_names_plural"].items() if not c.startswith("X")
              for n in forms.values()]
    for name in names:  # the name, or its noun: the last word ('svenska kronor': 'kronor')
        last = name.split()[-1]
        if "-" not in last and len(last) > 2:
            out.add(fold(last))
    return frozenset(out)


@cache
def _no_article() -> frozenset[str]:
    """[no article]: the units an article before is no number of ('ein Zoll', 'un pied')."""
    return frozenset(k for k, _ in _sections().get("no article", []))


@cache
def _first_words(language: str) -> frozenset[str]:
    """The first word of every [quantity-word] phrase: the only words a phrase starts at."""
    return frozenset(p.split()[0] for p, _ in _quantity_words(language))


def _money_word(low: str, end: int, locale: str) -> bool:
    """Is the word after the gap at ``end`` a money word of the locale ending there (not
    'Dollar-Anleihe': a hyphen after it makes it part of another word)?"""
    m = _WORD.match(low, end + 1)
    if m is None or low[m.end() : m.end() + 1] == "-":
        return False
    return m.group() in _money_words(locale)


@cache
def _quantity_words(language: str) -> tuple[tuple[str, str], ...]:
    """[quantity-word <language>]: (folded phrase, digits), the longest first."""
    from babel.numbers import get_decimal_symbol

    point = get_decimal_symbol(language)
    rows = [(fold(k), str(Decimal(v)).replace(".", point))
            for k, v in _sections().get(f"quantity-word {language}", [])]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def rewrite_units(text: str, locale: str) -> tuple[str, list[int]] | None:
    """``text`` with the words that are a number right before a unit name of ``locale``
    written in digits ('ein halber Liter' -> '0,5 Liter', with the locale's decimal mark), and for each position of the new
    text the position in ``text`` (as :func:`moneyfacts.wordnumbers.rewrite`); None when there
    is none.

    >>> rewrite_units("ein halber liter", "de")[0], rewrite_units("demi-litre", "fr")[0]
    ('0,5 liter', '0,5-litre')
    >>> rewrite_units("ein Auto", "de") is None
    True
    """
    words = _quantity_words(locale.split("_", 1)[0])
    if not words:
        return None
    low = fold(text)
    if len(low) != len(text):
        return None  # pragma: no cover - a letter that folds to two ('İ'): left as written
    firsts = _first_words(locale.split("_", 1)[0])
    spans: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(low):
        s = m.start()
        if m.group() not in firsts or (spans and s < spans[-1][1]):
            continue
        if s and (low[s - 1].isalnum() or low[s - 1] in ".,"):
            continue
        for phrase, digits in words:
            end = s + len(phrase)
            if not low.startswith(phrase, s) or low[end : end + 1].isalnum():
                continue
            if low[end : end + 1] in _GAP:
                unit = match_unit(low, end, locale)
                if (unit is not None and not (digits == "1" and unit.unit in _no_article())) or (
                        unit is None and _money_word(low, end, locale)):
                    spans.append((s, end, digits))
            break
    if not spans:
        return None
    from moneyfacts.wordnumbers import _apply

    return _apply(text, spans)

