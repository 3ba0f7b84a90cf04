"""The grammar of a written amount: sign, number, magnitude, currency, qualifier, range, per.

:func:`scan` finds every quantity in a text in one left-to-right pass. It anchors on numbers
(digits, or spelled numbers before a magnitude) and reads a bounded window of words on each
side, so its cost grows linearly with the text. :func:`parse` reads one amount.

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

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NoReturn, overload

from moneyfacts.conventions import Conventions
from moneyfacts.currencies import Lexicon, Sign, lexicon
from moneyfacts.errors import AmbiguousCurrencyError, ParseError, UnknownCurrencyError
from moneyfacts.locales import LocaleProfile, profile
from moneyfacts.measures import match_measure, minus_before
from moneyfacts.models import Quantity, Skipped, trusted
from moneyfacts.numbers import GROUP_CHARS, SPELLED, Figure, read_digits, read_spelled, scale

__all__ = ["parse", "scan", "Options"]

_WORD_MAGNITUDES = "thousand|million|billion|trillion|quadrillion|lakh|lac|crore"
_FIRST_SPELLED = "|".join(w for w in SPELLED.split("|") if w not in ("and", "hundred"))
#: ``\d\d*``, not ``\d+``: a pattern that opens with one plain character class lets the
#: regex engine skip ahead to the next digit at C speed (2.5x faster through words).
_DIGITS = re.compile(rf"\d\d*(?:[{re.escape(GROUP_CHARS)}]\d+)*")
#: Spelled numbers are read only before a magnitude word, so they are looked for only in a
#: text that has one. At most six words ('two hundred and fifty-five'): the bound keeps the
#: scan linear on text like 'a a a a ...'.
_MAGNITUDE_WORD = re.compile(rf"(?<=[a-z][ -])(?:{_WORD_MAGNITUDES})\b", re.IGNORECASE)
_MAGNITUDE_LOWER = re.compile(rf"(?:{_WORD_MAGNITUDES})\b")
_SPELLED_BEFORE = re.compile(
    rf"\b(?:half[ -]an?|(?:{_FIRST_SPELLED}|an?)(?:[ -](?:{SPELLED}|a)\b){{0,6}})[ -]$",
    re.IGNORECASE,
)
_SPELLED_WORDS = frozenset([*SPELLED.split("|"), "a", "an", "half"])


#: Lower-case pieces that find every word of _WORD_MAGNITUDES with ``str.find``, each with
#: how far before it such a word may start (m|illion, tr|illion, quadr|illion).
_MAGNITUDE_NEEDLES = (("illion", (1, 2, 5)), ("thousand", (0,)), ("lakh", (0,)), ("lac", (0,)),
                      ("crore", (0,)))


def _anchors(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """The (start, end) of every number, in text order, and the starts of the spelled ones."""
    found = [m.span() for m in _DIGITS.finditer(text)]
    low = text.lower()
    if len(low) != len(text):  # pragma: no cover - letters whose lower case is longer
        starts = [m.start() for m in _MAGNITUDE_WORD.finditer(text)]
        low = text  # _MAGNITUDE_WORD's own case-blind search kept the offsets right
    else:
        # Each magnitude word found with str.find (no regex pass over the whole text), then
        # held to what _MAGNITUDE_WORD asks: a whole word after a letter and a space or hyphen.
        if not ("illion" in low or "thousand" in low or "lakh" in low or "lac" in low
                or "crore" in low):  # the needles below, tested the cheapest way
            return found, _NONE
        starts = []
        for needle, offsets in _MAGNITUDE_NEEDLES:
            at = low.find(needle)
            while at >= 0:
                for back in offsets:  # where the word would start: 'm|illion', 'tr|illion'
                    st = at - back
                    if st >= 2 and low[st - 1] in " -" and low[st - 2].isalpha():
                        word = _MAGNITUDE_LOWER.match(low, st)
                        if word is not None and word.end() > at:
                            starts.append(st)
                            break
                at = low.find(needle, at + 1)
        if not starts:
            return found, _NONE
        starts.sort()
    spelled: list[tuple[int, int]] = []
    for at in starts:
        # Only a number word right before 'million' starts the (bounded) backward look.
        before = max(low.rfind(" ", 0, at - 1), low.rfind("-", 0, at - 1)) + 1
        if low[before : at - 1].lower() in _SPELLED_WORDS:
            m = _SPELLED_BEFORE.search(text, max(0, at - 64), at)
            if m:
                spelled.append((m.start(), at - 1))
    if not spelled:
        return found, _NONE
    return sorted(found + spelled), {start for start, _ in spelled}


_NONE: set[int] = set()  # no spelled numbers (never changed)


_ALPHA = re.compile(r"[^\W\d_]+")
#: Spaces CLDR formats put between sign and number, bidi marks included.
_SPACES = " \u00a0\u202f\u2009\u200e\u200f\u061c"
#: Between the words of one amount: spaces, a hyphen, or one line break of wrapped text.
_GAP = re.compile(f"(?:[{_SPACES}-]|\r?\n){{1,2}}")
_GAP_START = frozenset(_SPACES + "-\r\n")
_SPACED_WORD = re.compile(rf"{_GAP.pattern}([^\W\d_]+)")
#: What can start anything read after a number, besides letters and currency signs.
_RIGHT_STARTS = _GAP_START | {"%", "％", "°"}
_WORDS = re.compile(r"(?:[ \u00a0-]|\r?\n(?![ \t]*\r?\n))*([^\W\d_][\w.'’]*)")
_PERCENT = re.compile(r"[ \u00a0\u202f]?(?:%|％|per[ -]?cent\b|percent\b|pct\b)", re.IGNORECASE)
_PER = re.compile(r"[ ,]*(?:(per)|(an?))[ \n]+([^\W\d_][\w-]*)", re.IGNORECASE)
_NOT_PER_AFTER = re.compile(r"[ \n]+(?:earlier|ago|later|before|after|on|from|in)\b", re.I)
_RANGE_GAP = re.compile(r"\s*(?:(-|–|—)|(to|and))\s*$", re.IGNORECASE)
_RANGE_INTRO = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)
#: The CJK ideographs that carry Chinese and Japanese magnitudes and currency names.
_CJK_FIRST, _CJK_LAST = "\u3400", "\u9fff"
_STOP = frozenset(
    "of the a an and or in on at for to from by with than as that this these those its their"
    " his her our your is are was were be been has have had will would worth more less over"
    " about around some per each every".split()
)


#: What a sign says under given Options: (currency, assumed-note, ambiguous sign).
_Reading = tuple[str | None, str | None, Sign | None]


@dataclass(frozen=True, slots=True)
class Options:
    """How ambiguous signs are read: a bare ``$`` is ``dollar``, a bare ``¥`` is ``yen``."""

    dollar: str = "USD"
    yen: str = "JPY"
    locale: LocaleProfile | None = None
    #: What each sign resolves to under these options (see :func:`_resolve`), filled as met.
    resolved: dict[tuple[str, tuple[str, ...], str | None], _Reading] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )


@dataclass(slots=True)
class _Part:
    start: int
    end: int
    fig: Figure
    magnitude: int | None = None
    currency: str | None = None
    assumed: str | None = None
    ambiguous: Sign | None = None
    kind: str | None = None  # money | count | percent
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None
    prefix_start: int | None = None

    def scaled(self, power: int | None = None) -> Figure:
        p = self.magnitude if power is None else power
        return scale(self.fig, p or 0)


def _resolve(sign: Sign, opts: Options) -> _Reading:
    """(currency, assumed-note, ambiguous-sign) for a sign."""
    # Memoised per Options under a plain tuple key: hashing the dataclasses themselves
    # runs Python code, and this is asked for every amount with a sign.
    key = (sign.text, sign.codes, sign.param)
    found = opts.resolved.get(key)
    if found is None:
        found = opts.resolved[key] = _resolve_sign(sign, opts)
    return found


def _resolve_sign(sign: Sign, opts: Options) -> _Reading:
    if sign.param == "dollar":
        return opts.dollar, f"{sign.text!r} read as {opts.dollar} (dollar={opts.dollar!r})", None
    if sign.param == "yen":
        return opts.yen, f"{sign.text!r} read as {opts.yen} (yen={opts.yen!r})", None
    if len(sign.codes) == 1 and sign.codes[0] != "?":
        return sign.codes[0], None, None
    return None, None, sign


def _locale_sign(cand: str, prof: LocaleProfile | None) -> Sign | None:
    if prof is not None and cand in prof.symbols:
        return Sign(cand, prof.symbols[cand])
    return None


def _prefix(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, Sign | None, str | None]:
    """A currency sign or ISO code ending at ``pos`` (one space allowed before the number)."""
    if prof is None:
        # Most numbers have none: decided here when no sign or code can end at ``pos`` or
        # after the one or two spaces before it (the loop below looks at just those places).
        ends = lex.prefix_ends
        c = text[pos - 1] if pos else ""
        if c not in ends:
            if c not in _SPACES or pos < 2:
                return pos, None, None
            c = text[pos - 2]
            if c not in ends and (c not in _SPACES or pos < 3 or text[pos - 3] not in ends):
                return pos, None, None
            if c not in lex.prefix_ends_mixed:
                # 'worth 187', 'Rs 11,000': only a sign in letters can end at 'h' or 's', and
                # one that starts after a letter or digit does not count, so it is the whole
                # word or nothing (and one letter apart from its number is no sign: 'R 5').
                word = text[text.rfind(" ", 0, pos - 1) + 1 : pos - 1]
                if word.isalpha():
                    sign = lex.signs.get(word)
                    if sign is None or len(word) == 1:
                        return pos, None, None
                    return pos - 1 - len(word), sign, None
    codes = lex.all_codes if prof is not None else lex.codes
    for end in range(pos, max(pos - 3, -1), -1):  # the sign, or one or two spaces before
        if end < pos and text[end] not in _SPACES:
            break
        attached = end == pos
        if prof is not None:
            for k in range(min(12, end), 0, -1):
                cand = text[end - k : end]
                sign = _locale_sign(cand, prof)
                if sign is not None:
                    return end - k, sign, None
                if k == 3 and cand in codes and (end == 3 or not text[end - 4].isalnum()):
                    return end - 3, None, cand
        for k in lex.sign_lengths_by_last.get(text[end - 1], ()) if end else ():
            cand = text[end - k : end]
            if end >= k and cand in lex.signs:
                start = end - k
                if cand[0].isalpha() and start > 0 and text[start - 1].isalnum():
                    continue
                if cand.isalpha() and len(cand) == 1 and not attached:
                    continue
                return start, lex.signs[cand], None
        if end >= 3:
            cand = text[end - 3 : end]
            if cand in codes and (end == 3 or not text[end - 4].isalnum()):
                return end - 3, None, cand
    return pos, None, None


def _suffix_currency(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None, words: bool = True
) -> tuple[int, str | None, Sign | None]:
    """A currency after the amount: CJK name, ISO code, sign, or English name."""
    c = text[pos : pos + 1]
    if _CJK_FIRST <= c <= _CJK_LAST:
        for k in range(min(lex.max_cjk_len, len(text) - pos), 0, -1):
            cand = text[pos : pos + k]
            if cand in lex.cjk_names:
                return pos + k, lex.cjk_names[cand], None
        return pos, None, None
    gap = _GAP.match(text, pos) if c in _GAP_START else None
    # ISO code or sign written after the number ('12.5bn USD', '1 234,50 €').
    codes = lex.all_codes if prof is not None else lex.codes
    for start in (pos, gap.end()) if gap else (pos,):
        if start == pos and gap:
            continue  # a space or hyphen starts no code or sign
        code_here = text[start : start + 3] in codes and not text[start + 3 : start + 4].isalnum()
        if prof is not None:
            for k in range(min(12, len(text) - start), 0, -1):
                if k < 3 and code_here:
                    return start + 3, text[start : start + 3], None
                sign = _locale_sign(text[start : start + k], prof)
                if sign is not None:
                    return start + k, None, sign
        if code_here:
            return start + 3, text[start : start + 3], None
        for k in lex.sign_lengths_by_first.get(text[start : start + 1], ()):
            cand = text[start : start + k]
            if len(cand) == k and cand in lex.signs and not cand[0].isdigit() and (
                not cand.isalpha() or k >= 2
            ):
                if text[start + k : start + k + 1].isalnum() and cand[-1].isalpha():
                    continue
                return start + k, None, lex.signs[cand]
    if not words:
        return pos, None, None
    # Currency names: the longest name that the next words spell ('Hong Kong dollars').
    best: tuple[str, int] | None = None
    seen: list[str] = []
    p = pos
    for _ in range(lex.max_name_words):
        m = _WORDS.match(text, p)
        if not m:
            break
        word = m.group(1).rstrip(".,'’")
        seen.append(word.lower())
        key = " ".join(seen)
        if key in lex.names:
            best = (key, m.start(1) + len(word))
        if key not in lex.name_prefixes:
            break
        p = m.end()
    if best is None:
        return pos, None, None
    key, end = best
    code = lex.names[key]
    if code == "!":
        return end, None, Sign(key, ("?", "?"))
    if code.startswith("{"):
        return end, None, Sign(key, (), code[1:-1])
    return end, code, None


def _magnitude(
    text: str, pos: int, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, int | None, bool]:
    """(end, power, ok). ``ok`` is False when letters glued to the number are not ours."""
    if prof is not None:
        gap = _GAP.match(text, pos)
        for start in dict.fromkeys((pos, gap.end() if gap else pos)):
            # A currency that starts here and is longer than a marker wins: 'BRL' is no 'B'.
            currency_end = _suffix_currency(text, start, lex, prof, words=False)[0]
            for marker, power in prof.markers_longest_first:
                if text.startswith(marker, start) and currency_end - start <= len(marker):
                    end = start + len(marker)
                    if not text[end : end + 1].isalpha() or (
                        _suffix_currency(text, end, lex, prof, words=False)[0] != end
                    ):
                        return end, power, True
    c = text[pos : pos + 1]
    if not c or not (c.isalpha() or c in _GAP_START):
        return pos, None, True  # ')', ',', '.', '%', the end: no magnitude, nothing glued
    if _CJK_FIRST <= c <= _CJK_LAST:
        for k in (2, 1):
            cand = text[pos : pos + k]
            if cand in lex.magnitudes:
                return pos + k, lex.magnitudes[cand], True
        return pos, None, True
    m = _ALPHA.match(text, pos) if c.isalpha() else None
    if m:  # letters glued to the digits: '5bn', '$450k', 'Rs45,000cr', '3nm''
        w = m.group()
        glued = lex.magnitudes.get(w)
        if glued is None:
            glued = lex.magnitudes_ci.get(w.lower())
        if glued is None:
            return pos, None, w in lex.codes
        return _compound(text, m.end(), glued, w, lex)
    m = _SPACED_WORD.match(text, pos)  # the gap and the word after it, in one match
    if m:
        word = m.group(1)
        if _CJK_FIRST <= word[0] <= _CJK_LAST:  # '5 亿美元'
            after = m.start(1)
            for k in (2, 1):
                if text[after : after + k] in lex.magnitudes:
                    return after + k, lex.magnitudes[text[after : after + k]], True
            return pos, None, True
        if len(word) > 1:
            low = word.lower()
            spaced = lex.magnitudes_ci.get(low)
            if spaced is not None:
                if low not in lex.compound_starts:  # _compound's first test, saving a call
                    return m.end(), spaced, True
                return _compound(text, m.end(), spaced, word, lex)
    return pos, None, True


def _compound(text: str, end: int, power: int, word: str, lex: Lexicon) -> tuple[int, int, bool]:
    """A two-word magnitude ('lakh crore'), else the one word already read."""
    if word.lower() not in lex.compound_starts:
        return end, power, True
    gap = _GAP.match(text, end)
    if gap:
        m = _ALPHA.match(text, gap.end())
        if m:
            key = f"{word.lower()} {m.group().lower()}"
            if key in lex.magnitudes_ci:
                return m.end(), lex.magnitudes_ci[key], True
    return end, power, True


def _singular(word: str, lex: Lexicon) -> str | None:
    w = word.lower()
    if w in lex.count_nouns:
        return lex.count_nouns[w]
    for cut, add in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if w.endswith(cut) and len(w) > len(cut) + 1:
            stem = w[: -len(cut)] + add
            if stem in lex.count_nouns:
                return lex.count_nouns[stem]
            return stem
    return None


def _count(text: str, pos: int, part: _Part, lex: Lexicon) -> tuple[int, str | None]:
    p = pos
    for _ in range(3):
        m = _WORDS.match(text, p)
        if not m or m.start(1) - p > 2:
            return pos, None
        word = m.group(1).rstrip(".,'’")
        low = word.lower()
        if low in _STOP:
            return pos, None
        noun = _singular(word, lex)
        if noun is not None and noun not in lex.not_count and low not in lex.not_count:
            known = low in lex.count_nouns or noun in lex.count_units
            big = part.magnitude is not None or part.fig.value >= 1000
            if known or (big and word.islower() and word.isalpha() and low.endswith("s")):
                end = m.start(1) + len(word)
                if not known:  # 'graphics cards': a noun of two words the lexicon lists
                    nxt = _WORDS.match(text, end)
                    if nxt is not None and nxt.start(1) == end + 1:
                        w2 = nxt.group(1).rstrip(".,'’")
                        two = f"{low} {w2.lower()}"
                        for key in (two, two[:-1] if two.endswith("s") else two):
                            if key in lex.count_nouns:
                                return nxt.start(1) + len(w2), lex.count_nouns[key]
                return end, noun
        if noun is not None and (noun in lex.not_count or low in lex.not_count):
            return pos, None
        p = m.start(1) + len(word)
    return pos, None


def _right(text: str, part: _Part, lex: Lexicon, prof: LocaleProfile | None = None) -> bool:
    """Read magnitude, percent, currency, count noun, qualifier and per after the number."""
    c = text[part.end : part.end + 1]
    if prof is None and (not c or (
        c not in _RIGHT_STARTS and not c.isalpha() and c not in lex.sign_lengths_by_first
    )):
        return True  # ')', ',', '.', the end: nothing below could read a thing
    end, power, ok = _magnitude(text, part.end, lex, prof)
    if not ok:
        # Letters glued to the digits that are no magnitude: only a currency may follow
        # ('100USD', '1,234.50US$'); anything else ('H200s', '3nm', '5G') is no amount.
        if part.currency is not None or part.ambiguous is not None:
            return False
        cend, code, sign = _suffix_currency(text, part.end, lex, prof)
        if cend == part.end:
            if not _measure(text, part, part.end):  # '3nm', '3.5GW', '45C'; not '5G'
                return False
            _after(text, part, lex)
            return True
        part.end, part.kind, part.currency, part.ambiguous = cend, "money", code, sign
        _after(text, part, lex)
        return True
    mag_start = part.end
    part.end, part.magnitude = end, power
    if power is None:
        m = _PERCENT.match(text, end)
        if m:
            part.end, part.kind, part.unit = m.end(), "percent", "percent"
            return True
    if part.currency is None and part.ambiguous is None:
        cend, code, sign = _suffix_currency(text, part.end, lex, prof)
        if cend != part.end:
            part.end = cend
            part.kind = "money"
            if code is not None:
                part.currency = code
            else:
                part.ambiguous = sign
        elif part.kind is None and not _measure(text, part, mag_start):  # a unit wins
            nend, noun = _count(text, part.end, part, lex)
            if noun is not None:
                part.end, part.kind, part.unit = nend, "count", noun
    if text[part.end : part.end + 1] in _AFTER_START:  # _after's own first test, saving a call
        _after(text, part, lex)
    return True


def _measure(text: str, part: _Part, mag_start: int) -> bool:
    """A physical unit after the number and its magnitude (see moneyfacts.measures)."""
    found = match_measure(text, part.end, part.end - mag_start == 1 and text[mag_start] == "m",
                          part.fig.value if part.magnitude is None else None)
    if found is None:
        return False
    if found.unscale:  # the 'm' was metres: 'a 5m-high wall'
        part.magnitude = None
    elif found.power is not None:  # '40 bcm' carries its billion
        if part.magnitude is not None:
            return False
        part.magnitude = found.power
    part.end, part.kind, part.unit, part.per = found.end, "measure", found.unit, found.per
    part.assumed = found.assumed
    return True


_AFTER_START = frozenset(" -")
_AFTER_SECOND = frozenset("poaPOA")


def _after(text: str, part: _Part, lex: Lexicon) -> None:
    if text[part.end : part.end + 1] not in _AFTER_START:
        return
    tail = text[part.end : part.end + 12].lower()
    if tail[1:2] not in _AFTER_SECOND:  # '-plus', ' plus', ' or more', ' or so', ' per', ' a'
        return
    for spelling, qual in lex.qualifiers_after.items():
        lead = "" if spelling.startswith("-") else " "
        probe = lead + spelling
        if tail.startswith(probe) and not tail[len(probe) : len(probe) + 1].isalnum():
            part.end += len(probe)
            part.qualifier = qual
            break
    if part.kind in ("money", "count"):
        m = _PER.match(text, part.end)
        if m:
            noun = m.group(3).lower()
            if m.group(1):
                part.per, part.end = _singular(noun, lex) or noun, m.end()
            elif noun in lex.per_nouns and not _NOT_PER_AFTER.match(text, m.end()):
                part.per, part.end = lex.per_nouns[noun], m.end()


_OPENERS = "([{\"'“‘—–-,;:"


def _qualifier_before(text: str, start: int, lex: Lexicon) -> tuple[int, str | None]:
    """A qualifier ending just before ``start``: the last one to three words, looked up."""
    if not start:
        return start, None
    if text[start - 1] == "~":
        return start - 1, "approx"
    lo = start - 28 if start > 28 else 0
    window = text[lo:start]
    if not window[-1].isspace():
        return start, None
    words = window.split()
    if not words:
        return start, None
    last = words[-1]
    candidates = lex.qualifiers_by_last.get(last.lower().lstrip(_OPENERS))
    if not candidates:
        return start, None  # the common case, decided by one lookup
    for key, qual in candidates:  # longest first: 'well over' before 'over'
        n = len(key)
        if n > 1:  # the lookup matched the last word; the ones before it must match too
            if n > len(words) or last.lower() != key[-1]:  # '(over' ends no 'well over'
                continue
            seq = [w.lower() for w in words[-n:-1]]
            seq[0] = seq[0].lstrip(_OPENERS)
            if tuple(seq) != key[:-1]:
                continue
        pos = window.rfind(last)
        for w in words[-2 : -n - 1 : -1]:  # back to where the first of those words starts
            pos = window.rfind(w, 0, pos)
        if pos == 0 and lo > 0 and text[lo - 1].isalnum():
            continue  # a word cut by the window ('handsome' is not 'some')
        first = words[-n]
        return lo + pos + len(first) - len(first.lstrip(_OPENERS)), qual
    return start, None


def _parts(text: str, opts: Options, lex: Lexicon) -> list[_Part]:
    parts: list[_Part] = []
    prof = opts.locale
    spans, spelled = _anchors(text)
    for s, e in spans:
        token = text[s:e]
        if not spelled or s not in spelled:
            if s > 0 and text[s - 1] in "-–" and s > 1 and text[s - 2].isalpha():
                continue  # 'COVID-19', 'F-35'
            pstart, sign, code = _prefix(text, s, lex, prof)
            if pstart == s and s > 0 and (text[s - 1].isalpha() or text[s - 1] == "_"):
                continue  # 'H200', 'Q4': letters that are not a currency sign
            try:
                if prof is not None:
                    fig = read_digits(token, decimal=prof.decimal, group=prof.group)
                else:
                    fig = read_digits(token)
            except ValueError:
                continue
            part = _Part(s, e, fig)
        else:
            try:
                fig = read_spelled(token)
            except ValueError:
                continue
            part = _Part(s, e, fig)
            pstart, sign, code = s, None, None
        if sign is not None or code is not None:
            part.prefix_start = pstart
            part.kind = "money"
            if code is not None:
                part.currency = code
            else:
                assert sign is not None
                part.currency, part.assumed, part.ambiguous = _resolve(sign, opts)
        if not _right(text, part, lex, prof):
            continue
        if part.kind == "measure" and s and text[s - 1] in _MINUS_END:
            negative = minus_before(text, s)  # 'minus 20 degrees Celsius', '-5C'
            if negative is not None:
                part.fig = Figure(-part.fig.value, part.fig.precision)
                part.prefix_start = negative
        if sign is not None and len(sign.text) == 1 and sign.text.isalpha():
            # 'R5 billion' is rand, but 'Q4' is a quarter and 'K2' a mountain.
            if part.magnitude is None and not any(c in GROUP_CHARS for c in token):
                continue
        if part.ambiguous is not None and part.currency is None:
            part.currency, part.assumed, part.ambiguous = _resolve(part.ambiguous, opts)
        parts.append(part)
    return parts


_MINUS_END = frozenset(" -−")


def _merge_ranges(text: str, parts: list[_Part]) -> list[tuple[_Part, _Part | None, int]]:
    """Pair parts that form ranges. Returns (low part, high part or None, start)."""
    out: list[tuple[_Part, _Part | None, int]] = []
    i = 0
    while i < len(parts):
        a = parts[i]
        start = a.prefix_start if a.prefix_start is not None else a.start
        b = parts[i + 1] if i + 1 < len(parts) else None
        b_start = (b.prefix_start if b.prefix_start is not None else b.start) if b else 0
        g = _RANGE_GAP.match(text[a.end : b_start]) if b and b_start - a.end <= 7 else None
        if g:
            assert b is not None
            intro = _RANGE_INTRO.search(text, max(0, start - 10), start)
            between = intro is not None and intro.group(1).lower() == "between"
            if g.group(1) or g.group(2).lower() == "to" or between:
                merged = _range(a, b)
                if merged is not None:
                    if intro and (g.group(2) or "").lower() in ("to", "and"):
                        start = intro.start()
                    out.append((merged[0], merged[1], start))
                    i += 2
                    continue
        out.append((a, None, start))
        i += 1
    return out


def _range(a: _Part, b: _Part) -> tuple[_Part, _Part] | None:
    kind = b.kind or a.kind
    if kind is None or (a.kind is not None and b.kind is not None and a.kind != b.kind):
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    if a.qualifier or a.per:
        return None
    lo = a
    if a.magnitude is None and b.magnitude is not None:
        borrowed = replace(a, magnitude=b.magnitude)
        if borrowed.scaled().value < b.scaled().value:
            lo = borrowed
    if not lo.scaled().value < b.scaled().value:
        return None
    unit, currency = b.unit or a.unit, b.currency or a.currency
    lo = replace(lo, kind=kind, unit=unit, currency=currency,
                 assumed=lo.assumed or b.assumed, ambiguous=lo.ambiguous or b.ambiguous)
    hi = replace(b, kind=kind, unit=unit, currency=currency)
    return lo, hi


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
    conv = Conventions.of(conventions, dollar=dollar, yen=yen, locale=locale)
    opts = _options(conv.dollar, conv.yen, conv.locale)
    lex = lexicon()
    found: list[Quantity] = []
    for lo, hi, start in _merge_ranges(text, _parts(text, opts, lex)):
        last = hi or lo
        if last.kind is None:
            continue
        if lo.ambiguous is not None or (hi is not None and hi.ambiguous is not None):
            sign = lo.ambiguous or (hi.ambiguous if hi else None)
            assert sign is not None
            cands = [c for c in sign.codes if c != "?"]
            if strict:
                raise AmbiguousCurrencyError(sign.text, cands or ["several currencies"], text)
            if skipped is not None:
                which = f" ({', '.join(cands)})" if cands else ""
                skipped.append(Skipped(text=text[start : last.end], start=start, end=last.end,
                                       reason=f"currency sign {sign.text!r} is ambiguous{which}"))
            continue
        before = text[start - 1] if start else ""
        if before == "~" or before.isspace():  # _qualifier_before's first tests, saving a call
            qstart, qual = _qualifier_before(text, start, lex)
        else:
            qstart, qual = start, None
        qual = qual or last.qualifier
        if hi is None:
            fig = scale(lo.fig, lo.magnitude) if lo.magnitude else lo.fig
            value, low, high, precision = fig.value, None, None, fig.precision
        else:
            flo, fhi = lo.scaled(), hi.scaled()
            value, low, high = None, flo.value, fhi.value
            precision = min(flo.precision, fhi.precision)
        unit = last.currency if last.kind == "money" else last.unit
        if unit is None:
            continue
        # Built from fields already valid, in the model's field order (see models.trusted).
        found.append(trusted(Quantity, {
            "kind": last.kind,
            "unit": unit,
            "value": value,
            "low": low,
            "high": high,
            "qualifier": qual,
            "per": last.per,
            "precision": precision,
            "text": text[qstart : last.end],
            "start": qstart,
            "end": last.end,
            "assumed": lo.assumed or last.assumed,
            "rate": None,
        }, True))
    return found


@cache
def _options(dollar: str, yen: str, locale: str | None = None) -> Options:
    lex = lexicon()
    for code in (dollar, yen):
        if code not in lex.all_codes:
            raise UnknownCurrencyError(code, list(lex.codes))
    return Options(dollar=dollar, yen=yen, locale=profile(locale) if locale else None)


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
