"""The currency lexicon: CLDR (through babel) plus the newsroom aliases in ``data/lexicon.txt``.

CLDR gives every ISO 4217 code, every currency symbol used in any locale, and the English,
Chinese and Japanese currency names with their plurals. ``lexicon.txt`` adds what CLDR lacks
(Rmb, crowns, reais, bn, crore, ...) and settles the clashes CLDR leaves open.

Reading every CLDR locale takes babel about two seconds, so the CLDR part is built once and
cached as JSON in the user cache directory, keyed by babel's version and this module's
lexicon; later processes load it in milliseconds.

>>> lex = lexicon()
>>> lex.sign("HK$").codes, lex.sign("₩").codes, lex.sign("$").param
(('HKD',), ('KRW',), 'dollar')
>>> lex.name("swedish crowns"), lex.name("yuan"), lex.name("hong kong dollars")
('SEK', 'CNY', 'HKD')
>>> lex.is_code("CHF"), lex.is_code("CEO")
(True, False)
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable, TypeGuard

from moneyfacts.numbers import without_format_chars
# (re-exported: every module reads a section of words through moneyfacts.currencies)
from moneyfacts.lexiconfile import LEXICON_FILE as LEXICON_FILE
from moneyfacts.lexiconfile import lexicon_alternation as lexicon_alternation
from moneyfacts.lexiconfile import lexicon_section as lexicon_section
from moneyfacts.lexiconfile import lexicon_text as _lexicon_text
from moneyfacts.phrases import Phrases, build_phrases

__all__ = ["Sign", "Lexicon", "lexicon", "build_lexicon", "cache_dir", "write_cache", "name_key", "name_sign",
           "LEXICON_FILE"]

_BUILD_VERSION = "11+cjk+territory+after+shared-heads+current-title-codes+or-words2+dated-own-names"  # bump when the CLDR extraction below changes
#: Currencies in use at some time in this window count as current: the ECB history starts in
#: 1999 and the euro replaced its legacy currencies in 2002.
_ACTIVE_FROM = _dt.date(2002, 3, 1)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def cache_dir() -> Path:
    """Where moneyfacts caches what it builds: ``$MONEYFACTS_CACHE``, else the XDG cache."""
    env = os.environ.get("MONEYFACTS_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "moneyfacts"


def write_cache(path: Path, data: object) -> None:
    """Write ``data`` as JSON to ``path`` in :func:`cache_dir`, whole or not at all (a
    temporary file, then renamed); a read-only cache is fine: it is rebuilt next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass


@dataclass(frozen=True, slots=True)
class Sign:
    """What a currency sign stands for.

    ``codes`` holds one code when the sign is clear, several when it is ambiguous (and
    ``param`` is None); ``param`` is ``"dollar"`` or ``"yen"`` when the caller decides.
    ``default`` is the newsroom reading of a sign shared with ``codes`` (``Rs``: INR), which
    the text or the caller may settle otherwise; ``("?", "?")`` are unknown candidates.
    """

    text: str
    codes: tuple[str, ...]
    param: str | None = None
    default: str | None = None

    @property
    def ambiguous(self) -> bool:
        return self.param is None and self.default is None and len(self.codes) != 1

    @property
    def shared(self) -> bool:
        """Do several currencies write this sign (the text may settle which)?"""
        return self.param is not None or len(self.codes) != 1 or self.default is not None


@dataclass
class Lexicon:
    """Lookup tables for currency signs and names, magnitudes and the words around amounts."""

    codes: frozenset[str]
    signs: dict[str, Sign]
    names: dict[str, str]  # lowercase name -> code, '{dollar}'/'{yen}', or '!'
    cjk_names: dict[str, str]
    magnitudes: dict[str, int]
    magnitudes_ci: dict[str, int]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    count_nouns: dict[str, str]
    per_nouns: dict[str, str]
    not_count: frozenset[str]
    confusable: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_sign_len: int = 0
    max_name_words: int = 0
    sign_lengths_by_last: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sign_lengths_by_first: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: The same for the signs of [sign-after], written after the number only ('/-').
    after_signs_by_first: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: The same by the last two characters (a one-character sign under every pair it ends).
    sign_lengths_by_last_two: dict[str, tuple[int, ...]] = field(default_factory=dict)
    name_prefixes: frozenset[str] = field(default_factory=frozenset)
    qualifiers_by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(
        default_factory=dict
    )
    #: How those last words end: their last three characters, and the shorter words whole
    #: ('out', 'of', '~'). A word before an amount that ends otherwise ends no qualifier
    #: (the scan's first test).
    qualifier_ends: frozenset[str] = field(default_factory=frozenset)
    #: For a last word that ends only qualifiers of several words ('of': 'upwards of', 'in
    #: excess of'), the words that may stand before it: any other means no qualifier.
    qualifier_seconds: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Names that are a sign in letters ('le' of 'LE', 'tl' of 'TL') -> that sign: one that is
    #: also a function word is read in lower case only in English ('760 le amministrazioni').
    cased_names: dict[str, str] = field(default_factory=dict)
    #: Words joining a magnitude to the currency name after it, by language ('de', 'di').
    locale_links: dict[str, frozenset[str]] = field(default_factory=dict)
    count_units: frozenset[str] = field(default_factory=frozenset)
    #: [per-subject] and [per-compared] as written (moneyfacts.carriedper).
    per_sections: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    compound_starts: frozenset[str] = field(default_factory=frozenset)
    max_cjk_len: int = 0
    all_codes: frozenset[str] = field(default_factory=frozenset)
    #: Every character a currency sign or code written before a number can end with: the
    #: scan looks no further back for one when the character there is not among them.
    prefix_ends: frozenset[str] = field(default_factory=frozenset)
    #: ISO codes in title case, read only glued to their number ('Kes94.35 billion', 'Rwf50
    #: billion'): title case -> code; none a sign already or an English word.
    title_codes: dict[str, str] = field(default_factory=dict)
    #: Their last letters.
    title_ends: frozenset[str] = field(default_factory=frozenset)
    #: Of those, the ones that end a code or a sign with anything but letters in it; after
    #: any other, only a sign spelled in letters can end there, and it must be a whole word.
    prefix_ends_mixed: frozenset[str] = field(default_factory=frozenset)
    #: Every word that ends a currency name, in every plural ('lira', 'liras', 'reais'):
    #: never read as a counted noun.
    currency_words: frozenset[str] = field(default_factory=frozenset)
    #: The names that spell each code and no other ('mexican pesos' -> MXN): context.
    names_by_code: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Dateline cities (upper case) and CLDR country names (upper case) -> territory.
    datelines: dict[str, str] = field(default_factory=dict)
    #: First words of the two-word magnitudes that are not magnitudes alone ('lk').
    compound_only: frozenset[str] = field(default_factory=frozenset)
    #: CLDR symbols in lower-case letters, of three or more, that every locale writing them
    #: puts after the number ('100 den'): before a number they are a word ('den 3. Mai').
    after_only: frozenset[str] = field(default_factory=frozenset)
    #: Signs of [sign-before], read before a number only ('¢1.5 billion' is the cedi's; after a
    #: number, '10¢', the sign is [minor]'s cent).
    before_only: frozenset[str] = field(default_factory=frozenset)
    #: Magnitude words of other languages' number formats (CLDR's long compact formats,
    #: a million and up) that are none of ours -> a locale that writes them ('bilhões' -> pt):
    #: an amount before one is refused, not read a billion times too small.
    foreign_magnitudes: dict[str, str] = field(default_factory=dict)
    #: Magnitudes read only glued between the number and a sign written after it
    #: ([magnitude-before-sign]: '2.70tri/-'): spelling -> (power, sign).
    sign_magnitudes: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: The words around amounts, compiled (see moneyfacts.phrases); always set by
    #: :func:`build_lexicon` (a plain field: the scan reads it for every number).
    words: Phrases = field(default=None)  # type: ignore[assignment]

    def sign(self, text: str) -> Sign | None:
        return self.signs.get(text)

    def name(self, text: str) -> str | None:
        return self.names.get(name_key(text))

    def is_code(self, text: str) -> bool:
        return text in self.codes


def _norm(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.strip().lower())


def name_key(text: str) -> str:
    """How a currency name is looked up: lower case, one space between words, no dots
    ('U.S. Dollars' -> 'us dollars')."""
    return _norm(text).replace(".", "")


def _is_sign(spelling: str) -> bool:
    if _CJK.search(spelling):
        return False
    if re.search(r"\s", spelling):  # 'R $': a sign only with a non-letter in it
        return not spelling.replace(" ", "").isalpha()
    # A word of a script without case ('엔', '위안') is a name, as a lower-case word is.
    return not spelling.isalpha() or not (spelling.islower() or spelling.lower() == spelling.upper())


def _parse_lexicon(text: str) -> dict[str, list[tuple[str, str, int]]]:
    sections: dict[str, list[tuple[str, str, int]]] = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        # A '#' may not start a comment inside a spelling: none of ours contain one.
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            # '[qualifier de]': a language's own spellings, read like the section's others;
            # '[magnitude hi]' only with that locale (see locales.profile)
            name = line[1:-1].split()
            current = " ".join(name) if name[0] in ("magnitude", "symbol") else name[0]
            sections.setdefault(current, [])
            continue
        if current is None or "=" not in line:
            raise ValueError(f"{LEXICON_FILE}:{lineno}: expected '<spelling> = <value>'")
        key, _, value = line.rpartition("=")
        sections[current].append((key.strip(), value.strip(), lineno))
    return sections


@cache
def lexicon_sections() -> dict[str, list[tuple[str, str, int]]]:
    """The shipped lexicon.txt's sections (a language's read into its base one, as
    ``_parse_lexicon`` reads them), parsed once a process for every module that reads a list
    from it; read only.

    >>> ("from", "opens") in [(k, v) for k, v, _ in lexicon_sections()["range"]]
    True
    """
    return _parse_lexicon(_lexicon_text())


def _active_codes() -> set[str]:
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    today = _dt.date.today()
    active: set[str] = set()
    for territory in get_global("territory_currencies"):
        active.update(get_territory_currencies(territory, _ACTIVE_FROM, today))
    return active


#: The locales whose CLDR currency names in their own script are read (beside English's):
#: adding a language's names is a line here (part of the CLDR cache's key).
CJK_NAME_LOCALES = ("zh", "zh_Hant", "ja", "ko")


def _build_cldr() -> dict[str, object]:
    """Read CLDR through babel's public API: symbols of every locale, en/zh/ja/ko names
    and the English plurals, and the English territory names. One small reader a source."""
    from babel import Locale
    from babel.numbers import list_currencies

    active = _active_codes()
    en = Locale("en")
    symbols, foreign, after = _cldr_locale_data(active, en)
    names, heads = _cldr_english_names(active, en)
    return {
        "codes": sorted(active),
        "all_codes": sorted(list_currencies()),
        "symbols": symbols,
        "after_only": after,
        "names": {k: sorted(v) for k, v in names.items()},
        "heads": {k: sorted(v) for k, v in heads.items()},
        "shared_heads": _shared_heads(heads),
        "title_codes": _title_codes(),
        "cjk_names": {k: sorted(v) for k, v in _cldr_cjk_names(active).items()},
        "territories": {k: v for k, v in en.territories.items() if k.isalpha()},
        "foreign_magnitudes": foreign,
        "or_words": _cldr_or_words(),
        "or_words_plain": _cldr_or_words(plain=True),
    }


def _cldr_or_words(plain: bool = False) -> list[str]:
    """The word for 'or' of every CLDR language, from its list pattern of alternatives ('{0}
    ou {1}', '{0} o {1}', '{0} oder {1}'): what joins a second stated equivalent to the first
    inside a bracket ('(1,55 milliard de dollars ou 1,36 milliard d'euros)'). ``plain``: only
    those that are no English word, which may also join an amount and its equivalent outside a
    bracket ('10 млрд рублей, или около 150 млн долларов'); not Dutch 'of', Spanish 'o'.

    >>> {"ou", "o", "oder", "of", "или"} <= set(_cldr_or_words())
    True
    >>> {"ou", "oder", "или"} <= set(_cldr_or_words(plain=True)), "of" in _cldr_or_words(plain=True)
    (True, False)
    """
    from babel import Locale
    from babel.localedata import locale_identifiers

    out: set[str] = set()
    for ident in locale_identifiers():
        if "_" in ident:
            continue  # a language's regional variants write its word
        try:
            pattern = Locale.parse(ident).list_patterns.get("or", {}).get("2", "")
        except Exception:  # pragma: no cover - babel ships a few unparsable ids
            continue
        word = pattern.replace("{0}", "").replace("{1}", "").strip(" ,،、，")
        if word and " " not in word:
            out.add(word)
    if plain:
        from moneyfacts.evidence import _english_words

        english = _english_words()
        out = {w for w in out if w.lower() not in english}
    return sorted(out)


def _cldr_locale_data(
    active: set[str], en: object
) -> tuple[dict[str, list[str]], dict[str, str], list[str]]:
    """Over every CLDR locale: each currency symbol with its codes (the English owner when
    the symbol is English's for one of them), the long compact-format magnitude words, and
    the symbols in letters that no locale writing them puts before the number ('den', sq_MK's
    denar: '100 den'; before a number it is the German and Nordic article)."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    symbols: dict[str, set[str]] = {}
    foreign: dict[str, str] = {}  # a long compact-format magnitude word -> its first locale
    first: dict[str, bool] = {}  # a symbol in letters -> some locale writes it first
    for ident in locale_identifiers():
        try:
            loc = Locale.parse(ident)
        except Exception:  # pragma: no cover - babel ships a few unparsable ids
            continue
        _add_foreign_magnitudes(foreign, loc, ident.split("_")[0])
        _add_symbols(symbols, loc, active)
        _add_sign_sides(first, loc, active)
    en_symbols = {c: sym for c, sym in en.currency_symbols.items()  # type: ignore[attr-defined]
                  if c in active}
    return ({sym: _symbol_owners(sym, codes, en_symbols) for sym, codes in symbols.items()},
            foreign, sorted(sym for sym, before in first.items() if not before))


def letter_dollars(names: dict[str, list[str]], codes: frozenset[str],
                   territories: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The dollars written with letters glued before '$' as their own press writes them: the
    territory's ISO 3166 code ('TT$', 'GY$', 'NA$') and the first letter of its English name
    ('J$', 'G$', 'L$'), for every current currency whose CLDR English name is a dollar and
    whose code starts with its territory's (ISO 4217). A letter several such territories
    start with names them all ('N$': Namibia's and New Zealand's; 'B$': five): the story's
    places settle it.

    >>> from moneyfacts.currencies import _cldr_cached
    >>> c = _cldr_cached()
    >>> found = letter_dollars(c["names"], frozenset(c["codes"]), c["territories"])
    >>> found["TT$"], found["J$"], found["N$"]
    (('TTD',), ('JMD',), ('NAD', 'NZD'))
    """
    dollars = {c for name, owners in names.items() if name.endswith(" dollar")
               for c in owners if c in codes and c[:2] in territories}
    found: dict[str, set[str]] = {}
    for code in dollars:
        territory = code[:2]
        for form in (territory + "$", territories[territory][:1] + "$"):
            found.setdefault(form, set()).add(code)
    return {form: tuple(sorted(owners)) for form, owners in sorted(found.items())}


def unmarked_owner(form: str, owners: tuple[str, ...],
                   symbols: dict[str, list[str]]) -> str | None:
    """Of the dollars a letter form names ('N$': NAD, NZD), the one CLDR writes with no longer
    letters that start the same ('NZ$' is the New Zealand dollar's in every locale that marks
    it, so a writer who means it writes that): the form's reading when the text's places say
    nothing, ``assumed`` naming the others; None when not exactly one is left ('S$': SGD and
    SRD both) or the form names one currency.

    >>> unmarked_owner("N$", ("NAD", "NZD"), {"NZ$": ["NZD"], "A$": ["AUD"]})
    'NAD'
    >>> unmarked_owner("T$", ("TTD", "TWD"), {"NT$": ["TWD"]}) is None
    True
    """
    if len(owners) < 2:
        return None
    letters = form[:-1]
    marked = {c for sym, codes in symbols.items() if sym != form and sym.endswith("$")
              and sym[:-1].isalpha() and sym.startswith(letters) for c in codes}
    left = [c for c in owners if c not in marked]
    return left[0] if len(left) == 1 else None


def initial_dollar_words(form: str) -> tuple[str, ...]:
    """A territory's initial glued to '$' (:func:`letter_dollars`: 'N$') as its national news
    agency also writes it before an amount, the initial abbreviating the nationality of the
    dollar's name ('N.dollars 14.2 billion', 'N. dollars 6 743 897 000': Namibia's NAMPA);
    none for a form of more letters ('TT$') or none.

    >>> initial_dollar_words("N$"), initial_dollar_words("TT$")
    (('N.dollars', 'N. dollars'), ())
    """
    if len(form) != 2 or not form[0].isupper() or form[1] != "$":
        return ()
    return (f"{form[0]}.dollars", f"{form[0]}. dollars")


@cache
def _shilling_codes() -> frozenset[str]:
    """The currencies CLDR's English names a shilling ('KES', 'TZS', 'UGX', 'SOS')."""
    from babel import Locale

    return frozenset(c for c, n in Locale("en").currencies.items() if n.endswith(" Shilling"))


def shilling_forms(sym: str) -> tuple[str, ...]:
    """The forms East African copy also writes a shilling's sign in ('TSh' of CLDR, 'Ksh' of
    the lexicon): with a plural 's' ('TShs', 'Kshs', as 'UShs'), and, for a sign that names
    its territory's letter before 'Sh', in capitals ('KSH 5 billion', 'TSHS'); not 'SHS' alone
    (a school's letters in Ghana and Kenya).

    >>> shilling_forms("TSh"), shilling_forms("Sh"), shilling_forms("Kshs")
    (('TShs', 'TSH', 'TSHS'), ('Shs',), ('KSHS',))
    """
    if not (sym.isascii() and sym.isalpha()) or sym.lower().rstrip("s")[-2:] != "sh":
        return ()
    out = [] if sym.endswith("s") else [sym + "s"]
    if len(sym) >= 3 and sym[0] != "S" and not sym.isupper():
        out += [f.upper() for f in (sym, *out)]
    return tuple(out)


def capitals_form(sym: str) -> str | None:
    """A dollar sign with letters of mixed case glued before it (CLDR's 'Bds$', the lexicon's
    'Can$', 'Mex$') as the press also writes it, in capitals ('BDS$3.5 billion', as 'CDN$'
    beside 'Cdn$'); None for any other sign (letters in one case already: 'HK$', 'A$').

    >>> [capitals_form(s) for s in ("Bds$", "Can$", "HK$", "A$", "Rs")]
    ['BDS$', 'CAN$', None, None, None]
    """
    letters = sym[:-1]
    if not sym.endswith("$") or len(letters) < 2 or not (letters.isascii() and letters.isalpha()):
        return None
    return None if letters.isupper() or letters.islower() else sym.upper()


def title_form(sym: str) -> str | None:
    """A sign in letters of mixed case ('USh', 'TSh', 'SFr', 'NKr': CLDR's and the
    lexicon's) as the local press also writes it, in title case ('Ush 5bn', 'Tsh 40
    billion', 'Sfr 2 million'); None for any other sign (one in capitals only, 'RM' or 'KM',
    is left alone: 'Rm' is a magnitude's neighbour).

    >>> [title_form(s) for s in ("USh", "TSh", "RM", "Rs", "zł", "$")]
    ['Ush', 'Tsh', None, None, None, None]
    """
    if len(sym) < 3 or not (sym.isascii() and sym.isalpha()) or not sym[0].isupper():
        return None
    rest = sym[1:]
    if rest.islower() or rest.isupper():
        return None  # 'Rs', 'Bs': title case already; 'KM': capitals only
    return sym[0] + rest.lower()


def stop_form(sym: str, sign: Sign) -> str | None:
    """A sign in letters written as an abbreviation, with a lower-case letter in it ('Sh',
    'Ksh', 'Tsh', 'Rs', 'Rp'), as the local press also writes it with a full stop ('Sh. 400
    million', 'Ksh. 1.2bn', 'Tsh. 50 billion'); None for any other sign: one in capitals
    only ('KD', 'RO': a full stop after them ends a sentence as often), or one that is also a
    unit's symbol ('Ft', marked unsettled by its '?').

    >>> [stop_form(s, Sign(s, ("KES",))) for s in ("Sh", "KSh", "KD", "$", "Rs.")]
    ['Sh.', 'KSh.', None, None, None]
    """
    if len(sym) < 2 or not (sym.isascii() and sym.isalpha()) or not sym[0].isupper():
        return None
    if sym.isupper() or "?" in sign.codes:
        return None
    return sym + "."


def _add_sign_sides(first: dict[str, bool], loc: object, active: set[str]) -> None:
    """Whether the locale writes its currency pattern's sign before the number, recorded
    for each of its symbols spelled in letters (``first[sym]`` stays True once one does)."""
    try:
        pattern = loc.currency_formats["standard"].pattern.split(";")[0]  # type: ignore[attr-defined]
    except (KeyError, AttributeError):  # pragma: no cover - every CLDR locale has one
        return
    digits = [i for i, c in enumerate(pattern) if c in "#0"]
    if "\xa4" not in pattern or not digits:
        return
    before = pattern.index("\xa4") < digits[0]
    for code, sym in loc.currency_symbols.items():  # type: ignore[attr-defined]
        if code in active and _letters(sym):
            first[sym] = first.get(sym, False) or before


def _add_foreign_magnitudes(foreign: dict[str, str], loc: object, lang: str) -> None:
    """A locale's long compact-format words of a million and up ('bilhões' in pt), each kept
    under the shortest language code that writes it."""
    from moneyfacts.locales import compact_markers

    for marker, power in compact_markers(loc.compact_decimal_formats, "long").items():  # type: ignore[attr-defined]
        word = marker.lower()
        if power < 6 or len(word) < 4 or not _letters(word.replace(" ", "")):
            continue
        if word not in foreign or (len(lang), lang) < (len(foreign[word]), foreign[word]):
            foreign[word] = lang  # 'bilhões' (pt), 'milliards' (fr)


def _add_symbols(symbols: dict[str, set[str]], loc: object, active: set[str]) -> None:
    """A locale's currency symbols of the active codes (not the code itself, at most six
    characters)."""
    for code, sym in loc.currency_symbols.items():  # type: ignore[attr-defined]
        sym = without_format_chars(sym)  # no Cf character is a sign ('\u200b' in pt_CV)
        if code in active and sym != code and sym.strip() and len(sym) <= 6:
            symbols.setdefault(sym, set()).add(code)


def _symbol_owners(sym: str, codes: set[str], en_symbols: dict[str, str]) -> list[str]:
    """The code a symbol is English's for, when one is; else every code that writes it."""
    owners = sorted(c for c in codes if en_symbols.get(c) == sym)
    return owners if len(owners) == 1 else sorted(codes)


def _title_codes() -> list[str]:
    """The codes of the currencies tender today (CLDR), in title case, that are no English
    word (web2 of english-words): 'Kes', 'Rwf', 'Ugx', as East African papers glue them to
    the number ('Kes94.35 billion', 'Rwf50 billion'); not 'Top', 'Try', 'Mad', 'Cad', 'Pen'
    (words), nor a retired code ('Std 7' is a school year in Kenya, 'DEM' the mark)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies
    from english_words import get_english_words_set

    today = _dt.date.today()
    current: set[str] = set()
    for territory in get_global("territory_currencies"):
        current.update(get_territory_currencies(territory, today, today))
    words = get_english_words_set(["web2"], lower=True)
    return sorted(c[0] + c[1:].lower() for c in current if c.isalpha() and c.lower() not in words)


def _shared_heads(heads: dict[str, set[str]]) -> dict[str, list[str]]:
    """The last words of several current currencies' English names ('kwacha': Malawi's and
    Zambia's; 'manat', 'som') that are no English word (web2 of english-words, in the
    singular: 'mark', 'guilder' and 'leu' are): a bare one is a shared name the story's
    places settle, as the lexicon's 'dinar' and 'shilling' are."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=True)
    out: dict[str, list[str]] = {}
    for head, codes in heads.items():
        singular = head[:-1] if head.endswith("s") and head[:-1] in heads else head
        if len(codes) > 1 and head.isalpha() and singular not in words:
            out[head] = sorted(codes)
    return out


def _cldr_english_names(active: set[str], en: object) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """English currency names, singular and plural, and their last words ('dollars')."""
    from babel.numbers import get_currency_name

    names: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    places = _tender_places(en)
    own = _own_heads(en)
    for code in active:
        forms = {en.currencies.get(code, "")}  # type: ignore[attr-defined]
        forms.update(get_currency_name(code, count=count, locale=en) for count in (1, 2))  # type: ignore[arg-type]
        for n in (name_key(form) for form in forms if form):
            if "(" in n:
                continue
            names.setdefault(n, set()).add(code)
            if " " in n:
                head = n.rsplit(" ", 1)[1]
                heads.setdefault(head, set()).add(code)
                for place in places.get(code, ()):  # 'malaysia ringgit', as 'malaysian ringgit'
                    mine = own.get(place, {}).get(head.removesuffix("s"), set())
                    if mine and code not in mine:
                        continue  # 'zimbabwe dollar' is Zimbabwe's own dollar, not the US one
                    names.setdefault(f"{place} {head}", set()).add(code)
    _add_dated_own_names(names, active, en, own)
    return names, heads


def _own_heads(en: object) -> dict[str, dict[str, set[str]]]:
    """Each territory's English name (lower case, as :func:`_tender_places`) -> the last words
    of the CLDR names of the currencies it ever had of its own (the code starts with the
    territory's, ISO 4217), with their codes: 'zimbabwe' -> {'dollar': {'ZWD', 'ZWL', 'ZWR'},
    'gold': {'ZWG'}}."""
    from babel.core import get_global

    out: dict[str, dict[str, set[str]]] = {}
    for territory, history in get_global("territory_currencies").items():
        key = name_key(en.territories.get(territory, ""))  # type: ignore[attr-defined]
        if not key or not key.replace(" ", "").isalpha():
            continue
        for entry in history:
            code = entry[0]
            if not code.startswith(territory):
                continue
            name = re.sub(r"\s*\(.*?\)", "", en.currencies.get(code, ""))  # type: ignore[attr-defined]
            if " " in name:
                out.setdefault(key, {}).setdefault(name_key(name).rsplit(" ", 1)[1], set()).add(code)
    return out


def _add_dated_own_names(names: dict[str, set[str]], active: set[str], en: object,
                         own: dict[str, dict[str, set[str]]]) -> None:
    """A current-window currency CLDR names only with its dates ('Zimbabwean Dollar
    (2009–2024)': ZWL, the latest of three so named), by its name without them and after its
    territory's name ('Zimbabwean dollars', 'Zimbabwe dollar'), where no other currency has
    that name ('Sierra Leonean Leone (1964—2022)' stays SLE's undated name). Of several so
    named, the one whose dates end last; the article's date reads another (resolve._dated)."""
    from babel.numbers import get_currency_name

    latest: dict[str, tuple[str, str]] = {}
    for code in sorted(active):
        name = en.currencies.get(code, "")  # type: ignore[attr-defined]
        m = re.fullmatch(r"(.+?) \((?:\d{4}[–—-])?(\d{4})\)", name)
        if m is None:
            continue
        bare = name_key(m.group(1))
        if bare in names or " " not in bare:
            continue
        if bare not in latest or m.group(2) > latest[bare][1]:
            latest[bare] = (code, m.group(2))
    for bare, (code, _) in latest.items():
        head = bare.rsplit(" ", 1)[1]
        plural = name_key(re.sub(r"\s*\(.*?\)", "", get_currency_name(code, count=2, locale=en)))  # type: ignore[arg-type]
        for form in {bare, plural}:
            names.setdefault(form, set()).add(code)
        for place, by_head in own.items():
            if code in by_head.get(head, set()):
                names.setdefault(f"{place} {head}", set()).add(code)


def _tender_places(en: object) -> dict[str, list[str]]:
    """The territories (their English names, in lower case, letters and spaces only) where
    each currency is tender today: 'MYR' -> ['malaysia']."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    today = _dt.date.today()
    out: dict[str, list[str]] = {}
    for territory in get_global("territory_currencies"):
        name = en.territories.get(territory, "")  # type: ignore[attr-defined]
        key = name_key(name)
        if not key or not key.replace(" ", "").isalpha():
            continue  # 'Congo - Kinshasa', 'St. Helena': not written before a currency word
        for code in get_territory_currencies(territory, today, today):
            out.setdefault(code, []).append(key)
    return out


def _cldr_cjk_names(active: set[str]) -> dict[str, set[str]]:
    """The currency names of :data:`CJK_NAME_LOCALES` written in their own script."""
    from babel import Locale

    cjk: dict[str, set[str]] = {}
    for ident in CJK_NAME_LOCALES:
        tails: dict[str, set[str]] = {}
        loc = Locale.parse(ident)
        for code, name in loc.currencies.items():
            if code in active and _CJK.search(name) and "(" not in name:
                cjk.setdefault(name, set()).add(code)
                if " " in name:  # 'スイス フラン' is written 'スイスフラン' and 'スイス・フラン'
                    for joined in (name.replace(" ", ""), name.replace(" ", "・")):
                        cjk.setdefault(joined, set()).add(code)
                    tails.setdefault(name.rsplit(" ", 1)[1], set()).add(code)
                else:  # '奈拉' of '尼日利亚奈拉': the name after its territory's (CLDR)
                    land = loc.territories.get(code[:2], "")
                    if land and name.startswith(land) and len(name) - len(land) >= 2:
                        tails.setdefault(name[len(land):], set()).add(code)
        for tail, codes in tails.items():  # 'ナイラ' of 'ナイジェリア ナイラ' alone: one currency's
            if len(codes) == 1 and tail not in cjk:
                cjk[tail] = set(codes)
    return cjk


def _unit_lookalikes(signs: dict[str, Sign]) -> dict[str, Sign]:
    """CLDR's signs in Latin capitals that a unit's symbol spells in lower case ('KM' of BAM:
    km; 'Ft' of HUF: ft; 'G' of HTG: g), each made ambiguous: money only where the story's
    places settle its currency ('10 KM' in Sarajevo copy), refused elsewhere ('within 5 KM
    of the gas field' is a distance)."""
    from moneyfacts.measures import match_measure

    return {sym: Sign(sym, (*sign.codes, "?")) for sym, sign in signs.items()
            if sym.isascii() and sym.isalpha() and sym != sym.lower() and not sign.ambiguous
            and match_measure(f"5 {sym.lower()} ", 1) is not None}


def _dotted_alike(signs: dict[str, Sign]) -> dict[str, Sign]:
    """CLDR's signs in letters that differ only by a final point ('Bs' of the Bolivian
    boliviano, 'Bs.' of the Venezuelan bolívar; 'kr' and 'kr.'), each made to name the
    currencies of all: the press writes either with or without the point ('Bs 100' in
    Caracas, 'Bs. 100' in La Paz), so the story's places and the article's date settle it. A
    sign CLDR gives one current currency gives it as the default of all of them ('Bs' and
    'Bs.': BOB; VEF is tender nowhere now), read when the text says nothing, and ``assumed``
    says so: a full stop after a sign changes nothing.

    >>> new = _dotted_alike({"Bs": Sign("Bs", ("BOB",)), "Bs.": Sign("Bs.", ("VEF",)),
    ...                      "$": Sign("$", ("USD",)), "Bs.S": Sign("Bs.S", ("VES",))})
    >>> new["Bs"], new["Bs."].default, sorted(new)
    (Sign(text='Bs', codes=('BOB', 'VEF', 'VES'), param=None, default='BOB'), 'BOB', ['Bs', 'Bs.'])
    """
    from babel.core import get_global

    current = {entry[0] for history in get_global("territory_currencies").values()
               for entry in history if entry[3] and entry[2] is None}  # (code, from, to, tender)
    groups: dict[str, list[Sign]] = {}
    for sym, sign in signs.items():
        key = sym.rstrip(".")
        if sign.param is None and key.isalpha():  # not 'Bs.S' (VES): a point inside it
            groups.setdefault(key, []).append(sign)
    out: dict[str, Sign] = {}
    for alike in groups.values():
        codes = {c for sign in alike for c in sign.codes if c != "?"}
        if all(set(sign.codes) - {"?"} == codes for sign in alike):
            continue  # one sign alone, or all name the same currencies
        codes |= {new for c in codes if c not in current
                  for new in [_successor_today(c)] if new is not None}  # 'Bs.': VES too
        defaults = {sign.default or own[0] for sign in alike
                    for own in [[c for c in sign.codes if c != "?"]]
                    if sign.default or len(own) == 1 and own[0] in current}
        default = defaults.pop() if len(defaults) == 1 else None  # the point changes nothing
        for sign in alike:
            out[sign.text] = Sign(sign.text, tuple(sorted(codes)), None, default)
    return out


def _successor_today(code: str) -> str | None:
    """The current currency that replaced ``code`` under the same name (VEF -> VES), or None."""
    import datetime as _dt

    from moneyfacts.resolve import _successor

    return _successor(code, _dt.date.today())


def _letters(word: str) -> bool:
    """Letters and their combining marks only ('milliards', 'बिलियन', 'करोड़')."""
    import unicodedata

    return bool(word) and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in word)


_CLDR_KEYS = frozenset({"codes", "all_codes", "symbols", "names", "cjk_names",
                        "foreign_magnitudes"})


#: The type of each value of the CLDR cache: a list of strings, or a mapping of strings to
#: lists of strings or to strings.
_CLDR_SHAPES = {"codes": "strs", "all_codes": "strs", "symbols": "str->strs", "names": "str->strs",
                "after_only": "strs",
                "heads": "str->strs", "shared_heads": "str->strs", "title_codes": "strs",
                "cjk_names": "str->strs", "territories": "str->str",
                "foreign_magnitudes": "str->str", "or_words": "strs",
                "or_words_plain": "strs"}


def _cldr_valid(cached: object) -> TypeGuard[dict[str, object]]:
    """Whether a CLDR cache read back has every key, each of its type (a file with the right
    keys and values of the wrong types, edited or damaged, is rebuilt, not used).

    >>> _cldr_valid({k: 5 for k in _CLDR_SHAPES})
    False
    """
    if not isinstance(cached, dict) or not _CLDR_KEYS <= cached.keys():
        return False
    if not cached["codes"] or not cached["symbols"]:  # an emptied file reads no currency
        return False

    def strs(v: object) -> bool:
        return isinstance(v, list) and all(isinstance(x, str) for x in v)

    for key, shape in _CLDR_SHAPES.items():
        if key not in cached:
            continue
        v = cached[key]
        if shape == "strs":
            ok = strs(v)
        else:
            ok = isinstance(v, dict) and all(
                isinstance(k, str) and (strs(x) if shape == "str->strs" else isinstance(x, str))
                for k, x in v.items())
        if not ok:
            return False
    return True


def _cldr_cached() -> dict[str, object]:
    import babel

    key = hashlib.sha256(f"{babel.__version__}|{_BUILD_VERSION}|{CJK_NAME_LOCALES}".encode()
                         ).hexdigest()[:16]
    path = cache_dir() / f"cldr-currencies-{key}.json"
    try:
        cached = json.loads(path.read_text("utf-8"))
        if _cldr_valid(cached):
            return cached
    except (OSError, ValueError):
        pass  # missing, unreadable or not JSON; valid JSON of the wrong shape is rebuilt too
    data = _build_cldr()
    write_cache(path, data)
    return data


def _sign(spelling: str, value: str, cldr_codes: tuple[str, ...] | list[str] = ()) -> Sign:
    """The Sign a lexicon value makes: 'XXX', '{dollar}', '!', '! XXX YYY', 'XXX | YYY'."""
    if value in ("{dollar}", "{yen}"):
        return Sign(spelling, (), value[1:-1])
    if value.startswith("!"):
        codes = tuple(value[1:].split()) or tuple(cldr_codes) or ("?", "?")
        return Sign(spelling, codes if len(codes) > 1 else (*codes, "?"))
    if "|" in value:
        first, _, rest = value.partition("|")
        return Sign(spelling, (first.strip(), *rest.split()), None, first.strip())
    return Sign(spelling, (value,))


def _name_value(sign: Sign) -> str:
    """How a name is stored in ``Lexicon.names``: a code, '{dollar}', '!', or 'XXX|YYY ZZZ'."""
    if sign.param:
        return "{" + sign.param + "}"
    if sign.default:
        return sign.default + "|" + " ".join(sign.codes[1:])
    if sign.ambiguous:
        return "!" + " ".join(c for c in sign.codes if c != "?")
    return sign.codes[0]


def name_sign(key: str, value: str) -> Sign | None:
    """The Sign a name's stored value makes, or None for a plain code."""
    if value.startswith("{"):
        return Sign(key, (), value[1:-1])
    if value.startswith("!"):
        codes = tuple(value[1:].split())
        return Sign(key, codes if len(codes) > 1 else (*codes, "?") if codes else ("?", "?"))
    if "|" in value:
        first, _, rest = value.partition("|")
        return Sign(key, (first, *rest.split()), None, first)
    return None


@cache
def lexicon() -> Lexicon:
    """The lexicon, built once per process from CLDR and ``data/lexicon.txt``."""
    return build_lexicon(_lexicon_text())


@cache
def prefixed_dollars() -> dict[str, str]:
    """The letters of each dollar sign of the lexicon written with a prefix of two capitals or
    more that names one currency ('NZ' of 'NZ$' is NZD, 'US' of 'US$' USD; a lone 'A' or 'C'
    is no nation's), to that currency: the press writes them before a dollar's cents too
    ('US50c', '3.13 NZ cents').

    >>> prefixed_dollars()["NZ"], prefixed_dollars()["HK"], "A" in prefixed_dollars()
    ('NZD', 'HKD', False)
    """
    return {s[:-1]: e.codes[0] for s, e in lexicon().signs.items()
            if s.endswith("$") and len(s) > 2 and s[:-1].isalpha() and s[:-1].isupper()
            and len(e.codes) == 1}


def _one(form: str | None) -> tuple[str, ...]:
    return () if form is None else (form,)


def _add_press_forms(signs: dict[str, Sign]) -> None:
    """Add to ``signs`` the forms the local press also writes a sign in, one pass of each kind
    over the signs the passes before left, in this order: title case (:func:`title_form`:
    'USh' -> 'Ush'), capitals (:func:`capitals_form`: 'Bds$' -> 'BDS$'), a shilling's plural
    and capitals (:func:`shilling_forms`, for a sign of shillings only: 'TSh' -> 'TShs',
    'TSH'), a full stop (:func:`stop_form`: 'Sh' -> 'Sh.'). A form already a sign keeps its
    own reading; a new one reads as the sign it comes from.

    >>> signs = {"TSh": Sign("TSh", ("TZS",))}
    >>> _add_press_forms(signs); sorted(signs)
    ['TSH', 'TSHS', 'TSh', 'TSh.', 'TShs', 'TShs.', 'Tsh', 'Tsh.', 'Tshs', 'Tshs.']
    """
    shillings = _shilling_codes()
    passes: tuple[Callable[[str, Sign], tuple[str, ...]], ...] = (
        lambda sym, _sign: _one(title_form(sym)),
        lambda sym, _sign: _one(capitals_form(sym)),
        lambda sym, sign: shilling_forms(sym) if (
            sign.codes and set(sign.codes) - {"?"} <= shillings) else (),
        lambda sym, sign: _one(stop_form(sym, sign)),
    )
    for forms in passes:
        for sym, sign in list(signs.items()):
            for form in forms(sym, sign):
                if form not in signs:
                    signs[form] = Sign(form, sign.codes, sign.param, sign.default)


def build_lexicon(text: str) -> Lexicon:
    """A lexicon from CLDR and the text of a lexicon file. Raises ValueError, naming the
    line, for an entry it cannot use (a magnitude of three words, an unknown code).

    Each table comes from one small function of one source: CLDR's signs and names, the
    file's [currency] and [plural] sections, its [magnitude], [qualifier] and [dateline]
    sections; the indexes the scan uses are derived from them (:func:`_indexes`).

    >>> build_lexicon("[magnitude]\\nbig round sum = 9\\n")
    Traceback (most recent call last):
    ...
    ValueError: lexicon.txt:2: a magnitude is one or two words
    """
    cldr = _cldr_cached()
    sections = _parse_lexicon(text)
    codes = frozenset(cldr["codes"])  # type: ignore[call-overload]
    all_codes = frozenset(cldr["all_codes"])  # type: ignore[call-overload]
    heads: dict[str, list[str]] = cldr.get("heads", {})  # type: ignore[assignment]
    signs = {sym: Sign(sym, tuple(c)) for sym, c in cldr["symbols"].items()}  # type: ignore[attr-defined]
    signs.update(_unit_lookalikes(signs))  # 'KM', 'Ft': a unit's symbol in capitals
    signs.update(_dotted_alike(signs))  # 'Bs' (BOB) and 'Bs.' (VEF): the press writes both
    names = _cldr_name_table(cldr["names"], heads)  # type: ignore[arg-type]
    cjk_names = _unique(cldr["cjk_names"])  # type: ignore[arg-type]
    plurals = {name_key(k): tuple(name_key(v) for v in value.split())
               for k, value, _ in sections.get("plural", [])}
    cased: dict[str, str] = {}
    for spelling, value, lineno in sections.get("currency", []):
        _add_currency(spelling, value, lineno, all_codes, heads, signs, names, cjk_names, cased)
    _add_press_forms(signs)  # 'Ush', 'BDS$', 'TShs', 'Sh.': as the local press writes them
    _add_letter_dollars(signs, cldr, codes)  # 'TT$', 'J$', 'N$', 'N. dollars'
    for head, owners in cldr.get("shared_heads", {}).items():  # type: ignore[attr-defined]
        names.setdefault(head, "!" + " ".join(owners))  # 'kwacha': the places settle it
    title_codes = {t: t.upper() for t in cldr.get("title_codes", ())  # type: ignore[attr-defined]
                   if t not in signs and t.upper() in codes}
    prefix_signs = _add_placed_signs(signs, sections, all_codes)
    from moneyfacts.evidence import adjective_names  # (local21) 'Omani riyals', 'Nepali rupees'
    names.update(adjective_names(names))
    currency_words = _name_words(names, plurals, heads, all_codes - codes)
    magnitudes, magnitudes_ci = _magnitudes(sections.get("magnitude", []))
    compound_only = frozenset(
        k.split(" ")[0] for k in magnitudes_ci if " " in k and k.split(" ")[0] not in magnitudes_ci
    )
    q_before, q_after = _qualifiers(sections.get("qualifier", []))
    _add_proclitic_qualifiers(q_before, sections.get("proclitic", []))
    return Lexicon(
        codes=codes,
        signs=signs,
        names=names,
        cjk_names=cjk_names,
        magnitudes=magnitudes,
        magnitudes_ci=magnitudes_ci,
        qualifiers_before=q_before,
        qualifiers_after=q_after,
        all_codes=all_codes,
        currency_words=currency_words,
        names_by_code=_names_by_code(names, codes),
        datelines=_datelines(cldr.get("territories", {}), sections.get("dateline", [])),  # type: ignore[arg-type]
        compound_only=compound_only,
        after_only=frozenset(  # 'den': a word of three letters or more, never written first
            s for s in cldr.get("after_only", ()) if s.islower() and len(s) >= 3),  # type: ignore[attr-defined]
        foreign_magnitudes=_foreign_magnitude_table(
            sections, cldr, magnitudes_ci, compound_only, currency_words),
        words=build_phrases(sections, list(q_after),
                            cldr.get("or_words", ()),  # type: ignore[arg-type]
                            cldr.get("or_words_plain", ())),  # type: ignore[arg-type]
        cased_names=cased,
        title_codes=title_codes,
        **_section_tables(sections),
        **_indexes(prefix_signs, names, cjk_names, codes, magnitudes_ci, q_before, title_codes),
        after_signs_by_first=_index({k: v for k, v in signs.items() if k not in prefix_signs}, 0),
    )


def _add_letter_dollars(signs: dict[str, Sign], cldr: dict[str, object], codes: frozenset[str]) -> None:
    """CLDR's dollars written with their country's letters ('TT$', 'J$', 'N$'), each read as
    the dollar it names alone or as the one its territories' press writes unmarked
    (:func:`unmarked_owner`), and their initials before the word ('N.dollars', 'N. dollars':
    local18); the lexicon's and CLDR's own signs come first."""
    for form, owners in letter_dollars(cldr["names"], codes, cldr.get("territories", {})).items():  # type: ignore[arg-type]
        if form not in signs:  # 'TT$', 'J$', 'N$': the lexicon's and CLDR's own come first
            signs[form] = Sign(form, owners, default=unmarked_owner(
                form, owners, cldr["symbols"]))  # type: ignore[arg-type]
        for word in initial_dollar_words(form):  # 'N.dollars', 'N. dollars' (local18)
            if word not in signs:
                signs[word] = Sign(word, owners, default=signs[form].default if (
                    signs[form].codes == owners) else None)


def _add_placed_signs(
    signs: dict[str, Sign], sections: dict[str, list[tuple[str, str, int]]],
    all_codes: frozenset[str],
) -> dict[str, Sign]:
    """The file's [sign-before] signs ('¢1.5 billion': before the number only) and
    [sign-after] ones ('150bn/-': after it only) added to ``signs``; the signs written before
    a number returned, for the scan's indexes. Raises ValueError for an unknown code."""
    for spelling, value, lineno in sections.get("sign-before", []):
        _check_codes(value, lineno, all_codes)
        signs[spelling] = _sign(spelling, value)  # '¢1.5 billion': before the number only
    prefix_signs = dict(signs)  # the signs written before a number, for the scan's indexes
    for spelling, value, lineno in sections.get("sign-after", []):
        _check_codes(value, lineno, all_codes)
        signs[spelling] = _sign(spelling, value)  # '150bn/-': after the number only
    return prefix_signs


def _name_words(
    names: dict[str, str], plurals: dict[str, tuple[str, ...]], heads: dict[str, list[str]],
    former: frozenset[str],
) -> frozenset[str]:
    """The currency names made whole: plurals, unaccented forms, the names of ``former``
    codes (added after the words are taken: 'mark' stays a count), unaccented again
    ('salvadoran colons'); the currency words of the names before the former ones."""
    _add_plural_names(names, plurals)
    _add_unaccented_names(names)
    currency_words = _currency_words(names, heads, plurals)
    _add_former_names(names, former)  # after the words: 'mark' stays a count
    _add_unaccented_names(names)  # 'salvadoran colons' too
    return currency_words


def _foreign_magnitude_table(
    sections: dict[str, list[tuple[str, str, int]]], cldr: dict[str, object],
    magnitudes_ci: dict[str, int], compound_only: frozenset[str], currency_words: frozenset[str],
) -> dict[str, str]:
    """A language's magnitude words and the language: the file's [magnitude xx] sections
    ('[magnitude hi]'), then CLDR's compact markers (:func:`_foreign_magnitudes`) but for the
    file's [not-foreign-magnitude] English words."""
    english_words = frozenset(k.lower() for k, _, _ in sections.get("not-foreign-magnitude", []))
    return {  # lexicon [magnitude hi]: that locale's words; CLDR's first
        w.lower(): name.split()[1] for name, entries in sections.items()
        if name.startswith("magnitude ") for w, _v, _n in entries} | _foreign_magnitudes(
        cldr.get("foreign_magnitudes", {}), magnitudes_ci, compound_only,  # type: ignore[arg-type]
        currency_words, english_words)


def _section_tables(sections: dict[str, list[tuple[str, str, int]]]) -> dict[str, Any]:
    """The :class:`Lexicon` fields read from one section of the file each: counted nouns,
    per-units, not-counts, confusable codes, locale links, signs written first only, the
    magnitudes written before a sign."""
    count = {_norm(k): v for k, v, _ in sections.get("count", [])}
    return dict(
        count_nouns=count,
        count_units=frozenset(count.values()),
        per_nouns={_norm(k): v for k, v, _ in sections.get("per", [])},
        per_sections={n: tuple((k, v) for k, v, _ in sections.get(n, ()))
                      for n in ("per-subject", "per-compared")},
        not_count=frozenset(_norm(k) for k, _, _ in sections.get("notcount", [])),
        confusable={k: tuple(v.split()) for k, v, _ in sections.get("confusable", [])},
        locale_links=_locale_links(sections.get("locale-link", [])),
        before_only=frozenset(k for k, _v, _n in sections.get("sign-before", [])),
        sign_magnitudes=_sign_magnitudes(sections.get("magnitude-before-sign", [])),
    )


def _sign_magnitudes(section: list[tuple[str, str, int]]) -> dict[str, tuple[int, str]]:
    """[magnitude-before-sign]: 'tri = 12 /-' -> {'tri': (12, '/-')}."""
    out: dict[str, tuple[int, str]] = {}
    for spelling, value, lineno in section:
        power, _, sign = value.partition(" ")
        if not power.isdigit() or not sign.strip():
            raise ValueError(f"{LEXICON_FILE}:{lineno}: a power of ten, then the sign after")
        out[spelling] = (int(power), sign.strip())
    return out


def _unique(table: dict[str, list[str]]) -> dict[str, str]:
    """The entries of a CLDR table that name one code."""
    return {key: found[0] for key, found in table.items() if len(found) == 1}


def _cldr_name_table(cldr_names: dict[str, list[str]], heads: dict[str, list[str]]) -> dict[str, str]:
    """CLDR's English names of one code, then the last words of names of one code ('yuan')."""
    names = _unique(cldr_names)
    for head, code in _unique(heads).items():
        names.setdefault(head, code)
    for name, code in list(names.items()):  # 'egyptianpound', 'saudiriyal': written as one
        if name.count(" ") == 1 and name.replace(" ", "").isalpha():
            names.setdefault(name.replace(" ", ""), code)
    return names


def _add_currency(
    spelling: str, value: str, lineno: int, all_codes: frozenset[str],
    heads: dict[str, list[str]], signs: dict[str, Sign], names: dict[str, str],
    cjk_names: dict[str, str], cased: dict[str, str] | None = None,
) -> None:
    """One [currency] line: a sign (before the number), a name (after it), or both."""
    _check_codes(value, lineno, all_codes)
    if _CJK.search(spelling):
        cjk_names[spelling] = _name_value(_sign(spelling, value))  # 'GBP|EGP ...', '{dollar}'
        return
    key = name_key(spelling)
    cldr_codes = signs[spelling].codes if spelling in signs else heads.get(
        key, heads.get(key[:-1], ()) if key.endswith("s") else ()
    )
    sign = _sign(spelling, value, cldr_codes)
    if spelling in signs and len(sign.codes) == 1 and sign.param is None and (
            set(cldr_codes) - set(sign.codes)):
        # 'C$ = CAD', which CLDR also gives the Nicaraguan córdoba (es_NI): the lexicon's
        # code is the newsroom default, CLDR's others stay candidates the text may settle
        # ('C$20' in a story about Managua), and `assumed` says so.
        others = tuple(sorted(set(cldr_codes) - set(sign.codes)))
        sign = Sign(spelling, (*sign.codes, *others), None, sign.codes[0])
    if _is_sign(spelling):
        signs[spelling] = sign
    # A sign in letters also follows the number ('1.500.000.000 TL'), but one letter
    # never does ('10 P' is ten pence as often as ten pesos).
    if not _is_sign(spelling) or (spelling.isalpha() and len(spelling) > 1):
        if _is_sign(spelling) and cased is not None and key not in names:
            cased[key] = cased[f"{key}s"] = spelling  # 'LE': never 'le', a word ('760 le ...')
        names[key] = _name_value(sign)
        if not key.endswith("s") and f"{key}s" not in names:
            names[f"{key}s"] = names[key]


def _add_former_names(names: dict[str, str], former: frozenset[str]) -> None:
    """CLDR's English names of the currencies no longer tender, in full, singular and plural
    ('Finnish markka', 'Dutch guilders', 'French francs'): a former currency named in full is
    no other. Not their last words alone ('pesetas' were Spain's and Andorra's), nor a name
    CLDR dates or qualifies ('Argentine Peso (1983–1985)'), nor one a current currency has."""
    from babel import Locale
    from babel.numbers import get_currency_name

    en = Locale("en")
    for code in sorted(former):
        forms = {en.currencies.get(code) or "", get_currency_name(code, count=2, locale=en)}
        for form in forms:
            key = name_key(form)
            if " " in key and key.replace(" ", "").isalpha() and key not in names:
                names[key] = code
                if not key.endswith("s"):
                    names.setdefault(f"{key}s", code)


def _check_codes(value: str, lineno: int, all_codes: frozenset[str]) -> None:
    for code in value.replace("!", " ").replace("|", " ").split():
        if code not in all_codes and code not in ("{dollar}", "{yen}"):
            raise ValueError(f"{LEXICON_FILE}:{lineno}: {code!r} is no ISO 4217 code")


def _add_plural_names(names: dict[str, str], plurals: dict[str, tuple[str, ...]]) -> None:
    """Plurals of the last word of every name ('Turkish lira' -> 'Turkish liras', 'Brazilian
    real' -> 'Brazilian reales'), unless the name's plural is spelled otherwise already."""
    for n, value in list(names.items()):
        *adj, last = n.split(" ")
        for plural in (*plurals.get(last, ()), *_regular_plurals(last)):
            names.setdefault(" ".join([*adj, plural]), value)


def unaccented(text: str) -> str:
    """``text`` without its accents ('bolívares' -> 'bolivares'), as English copy often
    writes the names of Latin American currencies.

    >>> unaccented("Costa Rican colóns"), unaccented("córdobas")
    ('Costa Rican colons', 'cordobas')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _add_unaccented_names(names: dict[str, str]) -> None:
    """Every name in Latin letters with accents, also without them ('venezuelan bolivars',
    'bolivares', 'cordobas', 'guaranies'), as English copy writes them: a name read as
    written is read so unaccented, as the same currency or currencies (a bare 'bolivars' is
    otherwise a count of bolivars)."""
    for n, value in list(names.items()):
        if n.isascii():
            continue
        bare = unaccented(n)
        if bare != n and bare.isascii():
            names.setdefault(bare, value)


def _currency_words(
    names: dict[str, str], heads: dict[str, list[str]], plurals: dict[str, tuple[str, ...]]
) -> frozenset[str]:
    """Every word that ends a currency name, in every plural: never a counted noun."""
    words = {n.split(" ")[-1] for n in names} | set(heads)
    for head in list(words):
        words.update(plurals.get(head, ()))
        words.update(_regular_plurals(head))
    return frozenset(words)


def _names_by_code(names: dict[str, str], codes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The names of several words that spell each code and no other ('mexican pesos')."""
    by_code: dict[str, list[str]] = {}
    for n, value in names.items():
        if value in codes and " " in n:
            by_code.setdefault(value, []).append(n)
    return {k: tuple(sorted(v)) for k, v in by_code.items()}


def _magnitudes(section: list[tuple[str, str, int]]) -> tuple[dict[str, int], dict[str, int]]:
    """[magnitude]: (spellings matched as written: one letter or CJK, the others by case)."""
    exact: dict[str, int] = {}
    folded: dict[str, int] = {}
    for spelling, value, lineno in section:
        power = int(value.split()[0])
        if len(spelling) == 1 or _CJK.search(spelling):
            exact[spelling] = power
            continue
        key = _norm(spelling)
        if len(key.split(" ")) > 2:
            raise ValueError(f"{LEXICON_FILE}:{lineno}: a magnitude is one or two words")
        folded[key] = power
    return exact, folded


def _qualifiers(section: list[tuple[str, str, int]]) -> tuple[dict[str, str], dict[str, str]]:
    """[qualifier]: (before the amount, after it: the spellings starting with '+')."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for spelling, value, _ in section:
        if spelling.startswith("+"):
            after[spelling[1:].lower()] = value
        else:
            before[_norm(spelling)] = value
            if "-" in spelling:  # 'по-малко от' is written so, its first two words one
                before.setdefault(" ".join(spelling.lower().split()), value)
    return before, after


def _add_proclitic_qualifiers(before: dict[str, str], proclitics: list[tuple[str, str, int]]) -> None:
    """Each qualifier before an amount also with a [proclitic] of its script written onto it,
    one or two, as Arabic and Hebrew write a preposition or 'and' onto the next word
    ('بنحو 50.1 مليار دولار' by about, 'وبقرابة' and by nearly; 'ובערך'). A spelling of the
    lexicon's own is kept ('בכ-')."""
    letters = [k for k, _, _ in proclitics if len(k) == 1]
    if not letters:
        return
    for spelling, qual in list(before.items()):
        script = _script(spelling[:1])
        own = [p for p in letters if _script(p) == script]
        for p in own:
            before.setdefault(p + spelling, qual)
            for q in own:
                if q != p:
                    before.setdefault(q + p + spelling, qual)


def _script(ch: str) -> str:
    """The script of a letter by its Unicode name's first word ('ARABIC', 'HEBREW')."""
    import unicodedata

    return unicodedata.name(ch, "").split(" ", 1)[0]


def _datelines(territories: dict[str, str], section: list[tuple[str, str, int]]) -> dict[str, str]:
    """CLDR's English country names and the [dateline] cities, in capitals -> territory."""
    datelines = {name.upper(): terr for terr, name in territories.items()}
    datelines.update((k.upper(), v) for k, v, _ in section)
    return datelines


def _foreign_magnitudes(
    cldr: dict[str, str], magnitudes_ci: dict[str, int], compound_only: frozenset[str],
    currency_words: frozenset[str], english_words: frozenset[str],
) -> dict[str, str]:
    """Other languages' magnitude words that are none of ours, nor a currency word, nor an
    English word ([not-foreign-magnitude])."""
    return {
        w: loc for w, loc in cldr.items()
        if w not in magnitudes_ci and w.split(" ")[0] not in magnitudes_ci
        and w not in compound_only and w.split(" ")[0] not in currency_words
        and w not in english_words}


def _indexes(
    signs: dict[str, Sign], names: dict[str, str], cjk_names: dict[str, str],
    codes: frozenset[str], magnitudes_ci: dict[str, int], q_before: dict[str, str],
    title_codes: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The lookups the scan derives from the tables: lengths, first and last characters and
    words (see the fields of :class:`Lexicon`)."""
    return {
        "max_sign_len": max(map(len, signs)),
        "max_name_words": max(len(n.split(" ")) for n in names),
        "max_cjk_len": max(map(len, cjk_names)),
        "sign_lengths_by_last": _index(signs, -1),
        "sign_lengths_by_first": _index(signs, 0),
        "sign_lengths_by_last_two": _index_last_two(signs),
        "prefix_ends": frozenset(sign[-1] for sign in signs) | frozenset(c[-1] for c in codes),
        # a title-case code's last letter, glued to the digits only ('Kes94'): looked at only
        # where no other sign can end (signs.prefix_sign)
        "title_ends": frozenset(t[-1] for t in title_codes or ()),
        "prefix_ends_mixed": frozenset(sign[-1] for sign in signs if not sign.isalpha())
        | frozenset(c[-1] for c in codes),
        "qualifiers_by_last": _by_last_word(q_before),
        "qualifier_ends": frozenset(w.split(" ")[-1][-3:] for w in q_before),
        "qualifier_seconds": _seconds(q_before),
        "compound_starts": frozenset(k.split(" ")[0] for k in magnitudes_ci if " " in k),
        "name_prefixes": frozenset(
            " ".join(n.split(" ")[:k]) for n in names for k in range(1, len(n.split(" ")))),
    }


def _regular_plurals(word: str) -> tuple[str, ...]:
    """The English plurals of a currency word made by rule: '-s' ('lira' -> 'liras'), and
    '-ies' after a consonant ('zloty' -> 'zloties', beside CLDR's 'zlotys')."""
    if word.endswith("s"):
        return ()
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return (word + "s", word[:-1] + "ies")
    return (word + "s",)


def _by_last_word(spellings: dict[str, str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Multi-word spellings keyed by their last word, longest first ('well over', 'over')."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for spelling, value in spellings.items():
        words = tuple(spelling.split(" "))
        out.setdefault(words[-1], []).append((words, value))
    return {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in out.items()}


def _locale_links(section: list[tuple[str, str, int]]) -> dict[str, frozenset[str]]:
    """[locale-link]: the words joining a magnitude to a currency name, by language."""
    links: dict[str, set[str]] = {}
    for word, languages, _ in section:
        for language in languages.split():
            links.setdefault(language, set()).add(word.lower())
    return {language: frozenset(words) for language, words in links.items()}


def _seconds(spellings: dict[str, str]) -> dict[str, frozenset[str]]:
    """The words before the last of the spellings of several words, by that last word, for
    the last words that end no spelling of one word."""
    seconds: dict[str, set[str]] = {}
    alone: set[str] = set()
    for spelling in spellings:
        words = spelling.split(" ")
        if len(words) == 1:
            alone.add(words[0])
        else:
            seconds.setdefault(words[-1], set()).add(words[-2])
    return {last: frozenset(ws) for last, ws in seconds.items() if last not in alone}


def _index_last_two(signs: dict[str, Sign]) -> dict[str, tuple[int, ...]]:
    """The lengths of the signs (longest first) by their last two characters, a
    one-character sign counted under every pair it can end ('$' under ' $' and 'S$'): the
    pairs no longer sign ends in are left out, and there only a one-character sign can end."""
    lengths: dict[str, set[int]] = {}
    for sign in signs:
        if len(sign) >= 2:
            lengths.setdefault(sign[-2:], set()).add(len(sign))
    for pair, found in lengths.items():
        if pair[-1] in signs:
            found.add(1)
    return {pair: tuple(sorted(found, reverse=True)) for pair, found in lengths.items()}


def _index(signs: dict[str, Sign], at: int) -> dict[str, tuple[int, ...]]:
    """The lengths of the signs that start (at=0) or end (at=-1) with a character, longest
    first: a lookup tries only those few slices."""
    out: dict[str, set[int]] = {}
    for sign in signs:
        out.setdefault(sign[at], set()).add(len(sign))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}
