"""The inflected forms of a locale's currency names that CLDR does not spell out.

* **Plurals in Hebrew and Arabic.** CLDR gives the plural forms of a few currencies' names
  ('שקל חדש' / 'שקלים חדשים', 'جنيه مصري' / 'جنيهات مصرية'); news inflects them all. The
  changes are learned from those names (a noun's plural, an adjective's ending), from
  ``num2words``' currency forms ('دينار' / 'دينارات') and from the lexicon's [plural he] and
  [plural ar] (the broken plurals: 'دينار = دنانير'), and applied to every name:

  >>> forms = plural_names("ar", {"دينار اردني": ("JOD",)})
  >>> forms["دنانير اردنيه"], forms["دينارات اردنيه"]
  (('JOD',), ('JOD',))

* **Turkish case suffixes.** A Turkish noun carries its case after it ('50 dolardan', '100
  avroya', '361 milyon sterline', "420 milyon fin markı'na"), and a currency name in CLDR
  carries the compound marker ('ABD doları', 'İngiliz sterlini') that the bare noun after a
  number drops ('5 dolar'). The suffixes are the lexicon's [suffix tr], written with the
  archiphonemes of Turkish grammar (A: a/e, I: ı/i/u/ü, D: d/t, a buffer letter in
  brackets) and expanded by vowel harmony against the stem they follow:

  >>> strip_suffix("dolardan", {"dolar"}, "tr"), strip_suffix("avroluk", {"avro"}, "tr")
  ('dolar', 'avro')
  >>> strip_suffix("dolarden", {"dolar"}, "tr") is None  # against vowel harmony
  True
  >>> bare_noun("doları"), bare_noun("lirası"), bare_noun("frangı")
  ('dolar', 'lira', 'frank')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import cache

__all__ = ["plural_names", "plural_nouns", "strip_suffix", "bare_noun", "suffix_languages",
           "all_suffixes", "case_forms"]

#: The languages whose names put the noun first and agree an adjective with it in number.
PLURAL_LANGUAGES = frozenset({"he", "ar"})


def _section(name: str) -> list[tuple[str, str]]:
    """The '<key> = <value>' lines of one lexicon section exactly ('[plural ar]')."""
    from moneyfacts.currencies import lexicon_section

    return list(lexicon_section(name))


def _num2words_forms(language: str) -> list[tuple[str, ...]]:
    """The singular-then-plural forms of the currency words ``num2words`` writes."""
    import importlib

    out: list[tuple[str, ...]] = []
    try:
        module = importlib.import_module(f"num2words.lang_{language.upper()}")
    except ImportError:  # pragma: no cover - a language num2words lacks
        return out
    for name in dir(module):
        value = getattr(module, name)
        if name.startswith("CURRENCY_") and isinstance(value, (list, tuple)):
            out.extend(tuple(v) for v in value if isinstance(v, tuple))
        elif isinstance(value, type) and isinstance(forms := getattr(value, "CURRENCY_FORMS", None),
                                                    dict):
            for unit, sub in forms.values():
                out.extend((tuple(unit), tuple(sub)))
    return out


@cache
def _learned(language: str) -> tuple[dict[str, frozenset[str]], frozenset[tuple[str, str]]]:
    """(a noun's plurals, an adjective's endings (old, new)) learned from CLDR's names of every
    currency with plural forms in ``language``, from num2words and from [plural xx]."""
    from babel import Locale
    from babel.numbers import get_currency_name

    from moneyfacts.locales import fold

    loc = Locale.parse(language)
    nouns: dict[str, set[str]] = {}
    endings: set[tuple[str, str]] = set()
    for code in loc.currencies:
        one = fold(get_currency_name(str(code), count=1, locale=loc)).split()
        for count in (2, 3, 11, 100):
            other = fold(get_currency_name(str(code), count=count, locale=loc)).split()
            if len(other) != len(one) or other == one:
                continue
            if other[0] != one[0]:
                nouns.setdefault(one[0], set()).add(other[0])
            for a, b in zip(one[1:], other[1:]):
                common = len(_common_prefix(a, b))
                if a != b and len(a) - common <= 1 and common >= 2:
                    endings.add((a[common:], b[common:]))
    for forms in _num2words_forms(language):
        words = [fold(w) for w in forms if w]
        for w in words[1:]:
            if w != words[0] and " " not in w:
                nouns.setdefault(words[0], set()).add(w)
    for singular, plurals in _section(f"plural {language}"):
        nouns.setdefault(fold(singular), set()).update(fold(p) for p in plurals.split())
    return {k: frozenset(v) for k, v in nouns.items()}, frozenset(endings)


def plural_nouns(language: str) -> dict[str, frozenset[str]]:
    """The plurals of the currency nouns of a language of :data:`PLURAL_LANGUAGES`
    ('דולר' -> 'דולרים'), folded."""
    return _learned(language)[0] if language in PLURAL_LANGUAGES else {}


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def plural_names(language: str, names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The plural forms of ``names`` (folded names -> codes) not among them, for a language
    of :data:`PLURAL_LANGUAGES`: the noun (the first word) in each plural it has, each
    adjective after it as written or with each ending learned."""
    if language not in PLURAL_LANGUAGES:
        return {}
    nouns, endings = _learned(language)
    out: dict[str, set[str]] = {}
    for name, codes in names.items():
        words = name.split()
        plurals = nouns.get(words[0]) if words else None
        if not plurals or "(" in name:
            continue
        rests: list[list[str]] = [[]]
        for adjective in words[1:]:
            forms = {adjective} | {adjective[: len(adjective) - len(old)] + new
                                   for old, new in endings if adjective.endswith(old)}
            rests = [[*r, f] for r in rests for f in sorted(forms)]
        for plural in plurals:
            for rest in rests:
                form = " ".join([plural, *rest])
                if form not in names:
                    out.setdefault(form, set()).update(codes)
    return {k: tuple(sorted(v)) for k, v in out.items()}


# ------------------------------------------------------------------------- Slavic case endings

@cache
def _case_rules(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The lexicon's [case-ending <language>]: (nominative ending, the other endings), '-'
    for a noun ending in a consonant."""
    from moneyfacts.wordnumbers import language_section

    return tuple((nominative, tuple(others.split()))
                 for nominative, others in language_section("case-ending", language))


def case_forms(word: str, language: str) -> tuple[str, ...]:
    """The other case forms of a noun of ``language`` by the endings of the lexicon's
    [case-ending <language>] ('Минск' -> 'Минске', 'Беларусь' -> 'Беларуси', 'рубль' ->
    'рублях'); none for a word shorter than four letters, or in a language without that
    section. A capitalised word keeps its capital.

    >>> "Минске" in case_forms("Минск", "ru"), "Беларуси" in case_forms("Беларусь", "ru")
    (True, True)
    >>> case_forms("Oman", "en")
    ()
    """
    rules = _case_rules(language)
    if not rules or len(word) < 4 or not all(  # (an Indic vowel sign is a letter's mark: 'રૂપિયા')
            c.isalpha() or unicodedata.category(c) in ("Mn", "Mc") for c in word):
        return ()
    low = word.lower()
    endings = "".join(n for n, _ in rules if n != "-")
    out: list[str] = []
    for nominative, others in rules:
        if nominative == "-":
            if low[-1] in endings or low[-1] in "аеёиоуыэюяaeiou":
                continue
            stem = word
        elif low.endswith(nominative):
            stem = word[: -len(nominative)]
        else:
            continue
        out.extend(stem + ending for ending in others)
    return tuple(dict.fromkeys(f for f in out if f != word))


# ------------------------------------------------------------------------- Turkish suffixes
_BACK, _FRONT = "aıou", "eiöü"
_ROUNDED = "ouöü"
_VOWELS = _BACK + _FRONT
_VOICELESS = "çfhkpsşt"


@cache
def suffix_languages() -> frozenset[str]:
    """The languages the lexicon lists case suffixes for ([suffix tr])."""
    from moneyfacts.lexiconfile import lexicon_text as _lexicon_text

    found = re.findall(r"^\[suffix (\w+)\]", _lexicon_text(), flags=re.MULTILINE)
    return frozenset(found)


@cache
def _patterns(language: str) -> tuple[str, ...]:
    """The archiphonemic suffixes of [suffix <language>] ('DAn', '(y)A', 'lIk')."""
    return tuple(key for key, _ in _section(f"suffix {language}"))


@cache
def all_suffixes() -> tuple[str, ...]:
    """Every spelling of every suffix of the lexicon's [suffix xx] sections, whatever the
    stem (no harmony), longest first: for a pattern that matches a word and its suffix."""
    out: set[str] = set()
    for language in suffix_languages():
        for pattern in _patterns(language):
            out.update(_realise(pattern, "", False))
    return tuple(sorted((s for s in out if s), key=len, reverse=True))


def _last_vowel(stem: str) -> str | None:
    for c in reversed(stem):
        if c in _VOWELS:
            return c
    return None


def _realise(pattern: str, stem: str, harmony: bool) -> set[str]:
    """The spellings of ``pattern`` after ``stem``: by its last vowel and last letter, or
    every spelling when ``harmony`` is off (a sign: "c$'lık", "$'a")."""
    vowel = _last_vowel(stem)
    last = stem[-1:] if stem else ""
    ends_vowel = last in _VOWELS
    outs = {""}
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "(":
            close = pattern.index(")", i)
            buffer = pattern[i + 1 : close]
            i = close + 1
            if not harmony:  # with it and without
                outs |= {o + buffer for o in outs}
            elif ends_vowel:  # after a vowel only: 'avroya', 'dolara'
                outs = {o + buffer for o in outs}
            continue
        if c == "D":  # t after a voiceless letter: of the suffix so far, or of the stem
            outs = ({o + d for o in outs for d in "dt"} if not harmony else
                    {o + ("t" if (o[-1:] or last) in _VOICELESS else "d") for o in outs})
            i += 1
            continue
        opts: tuple[str, ...]
        if c == "A":
            opts = ("a", "e") if not harmony or vowel is None else (
                ("a",) if vowel in _BACK else ("e",))
        elif c == "I":
            if not harmony or vowel is None:
                opts = ("ı", "i", "u", "ü")
            else:
                back, rounded = vowel in _BACK, vowel in _ROUNDED
                opts = ((("u",) if rounded else ("ı",)) if back else
                        (("ü",) if rounded else ("i",)))
        else:
            opts = (c,)
        outs = {o + x for o in outs for x in opts}
        i += 1
    return outs


def strip_suffix(word: str, stems: Container[str], language: str) -> str | None:
    """``word`` without the case suffix of ``language`` it carries, when what is left is one of
    ``stems`` and the suffix agrees with it (vowel harmony; any after an apostrophe that
    follows a sign); else None."""
    patterns = _patterns(language)
    if not patterns:
        return None
    for cut in range(len(word) - 1, 0, -1):
        stem, tail = word[:cut], word[cut:]
        apostrophe = stem.endswith(("'", "’"))
        if apostrophe:
            stem = stem[:-1]
        candidates = [stem]
        if stem.endswith(("ğ", "g")) and not apostrophe:  # 'frangı': softened k
            candidates.append(stem[:-1] + "k")
        for cand in candidates:
            if cand not in stems:
                continue
            harmony = not (apostrophe and not cand[-1:].isalpha())
            for pattern in patterns:
                if tail in _realise(pattern, stem, harmony):
                    return cand
    return None


def bare_noun(word: str) -> str | None:
    """A Turkish noun without the compound marker ('doları' -> 'dolar', 'lirası' -> 'lira',
    'frangı' -> 'frank'), when ``word`` ends in one that agrees with the noun; else None."""
    if len(word) < 4 or word[-1] not in "ıiuü":
        return None
    if word[-2] == "s" and word[-3] in _VOWELS:
        stem = word[:-2]
    elif word[-2] not in _VOWELS:
        stem = word[:-1]
        if stem.endswith("ng"):
            stem = stem[:-1] + "k"
        elif stem.endswith("ğ"):
            stem = stem[:-1] + "k"
    else:
        return None
    return stem if word[-1] in _realise("I", stem, True) else None
