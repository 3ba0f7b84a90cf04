"""The grammar of a written amount: sign, number, magnitude, currency, qualifier, range, per.

:func:`scan` finds every quantity in a text in one left-to-right pass. It anchors on numbers
(:mod:`~moneyfacts.anchors`) and reads a bounded window of words on each side, asking the
matchers in turn: a currency sign or code before the number (:mod:`~moneyfacts.signs`), the
magnitude after it (:mod:`~moneyfacts.magnitudes`), percent, a currency after it, any
matcher slotted in with :func:`register_matcher`, a counted noun, a qualifier and a per-unit.
Ranges are joined, then the signs several currencies share are settled by the text
(:mod:`~moneyfacts.context`). Every phrase the matchers look for is in the lexicon
(:mod:`~moneyfacts.phrases`). Its cost grows linearly with the text. :func:`parse` reads one
amount.

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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NoReturn, overload

from moneyfacts.context import family, settle
from moneyfacts.conventions import Conventions, sign_in
from moneyfacts.currencies import Lexicon, Sign, lexicon
from moneyfacts.errors import AmbiguousCurrencyError, ParseError, UnknownCurrencyError
from moneyfacts.locales import LocaleProfile, profile
from moneyfacts.measures import MeasureMatch, measure_matcher, minus_before
from moneyfacts.models import Quantity, Skipped, trusted
from moneyfacts.anchors import anchors
from moneyfacts.magnitudes import magnitude
from moneyfacts.signs import (
    CJK_FIRST,
    CJK_LAST,
    GAP_START,
    WORDS,
    prefix_sign,
    suffix_currency,
)
from moneyfacts.numbers import GROUP_CHARS, Figure, read_digits, read_spelled, scale

__all__ = ["parse", "scan", "Options"]

#: What can start anything read after a number, besides letters and currency signs.
_RIGHT_STARTS = GAP_START | {"%", "％", "°"}


#: A matcher read after a number that has no currency, before the count-noun reading:
#: ``matcher(text, end_of_number, lexicon)`` gives (end, kind, unit) or None, or a
#: :class:`~moneyfacts.measures.MeasureMatch` (a physical unit, with its per-unit, the
#: magnitude its spelling carries and what was assumed). The scan tries those in
#: ``AFTER_NUMBER`` in order (see :func:`register_matcher`), after a magnitude word or right
#: after the digits ('3nm', '45C'). The first is the measure matcher ('2 GW', '5 km').
Matcher = Callable[[str, int, Lexicon], "tuple[int, str, str] | MeasureMatch | None"]
AFTER_NUMBER: list[Matcher] = []


def register_matcher(matcher: Matcher) -> None:
    """Slot a matcher in after the number and before the count-noun reading (once)."""
    if matcher not in AFTER_NUMBER:
        AFTER_NUMBER.append(matcher)


register_matcher(measure_matcher)


#: What a sign says under given Options: (currency, assumed-note, ambiguous sign, and the
#: sign again when several currencies share it, for the text to settle).
_Reading = tuple[str | None, str | None, Sign | None, Sign | None]


@dataclass(frozen=True, slots=True)
class Options:
    """How ambiguous signs are read: a bare ``$`` is ``dollar``, a bare ``¥`` is ``yen``."""

    dollar: str = "USD"
    yen: str = "JPY"
    locale: LocaleProfile | None = None
    #: The caller's readings of shared signs (Conventions.signs), and whether the text may
    #: settle them (Conventions.context).
    signs: tuple[tuple[str, str], ...] = ()
    context: bool = True
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
    #: The shared sign this part's currency was read from, which the text may settle.
    sign: Sign | None = None
    #: Why the reading is in doubt and left out ('5 200 euros': one number or two?).
    doubt: str | None = None
    #: The sign before the number is one letter ('R5', but 'Q4'): kept only with a magnitude
    #: or grouped digits.
    letter: bool = False

    def scaled(self, power: int | None = None) -> Figure:
        p = self.magnitude if power is None else power
        return scale(self.fig, p or 0)


def _resolve(sign: Sign, opts: Options) -> _Reading:
    """(currency, assumed-note, ambiguous-sign) for a sign."""
    # Memoised per Options under a plain tuple key: hashing the dataclasses themselves
    # runs Python code, and this is asked for every amount with a sign.
    key = (sign.text, sign.codes, sign.param or sign.default)
    found = opts.resolved.get(key)
    if found is None:
        code, note, ambiguous = _resolve_sign(sign, opts)
        found = opts.resolved[key] = (code, note, ambiguous, sign if sign.shared else None)
    return found


def _resolve_sign(sign: Sign, opts: Options) -> tuple[str | None, str | None, Sign | None]:
    if opts.signs:
        code = sign_in(opts.signs, sign.text)
        if code is not None:
            return code, f"{sign.text!r} read as {code} (signs[{sign.text!r}])", None
    if sign.param == "dollar":
        return opts.dollar, f"{sign.text!r} read as {opts.dollar} (dollar={opts.dollar!r})", None
    if sign.param == "yen":
        return opts.yen, f"{sign.text!r} read as {opts.yen} (yen={opts.yen!r})", None
    if sign.default is not None:
        others = ", ".join(c for c in sign.codes if c != sign.default)
        return sign.default, f"{sign.text!r} read as {sign.default} (the newsroom default; " \
                             f"also {others})", None
    if len(sign.codes) == 1 and sign.codes[0] != "?":
        return sign.codes[0], None, None
    return None, None, sign


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


def _count(
    text: str, pos: int, part: _Part, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, str | None]:
    """The counted noun in the next three words ('20,000 H200 chips'): (end, noun), or
    (``pos``, None)."""
    p = pos
    for _ in range(3):
        m = WORDS.match(text, p)
        if not m or m.start(1) - p > 2:
            return pos, None
        word = m.group(1).rstrip(".,'’")
        low = word.lower()
        if low in lex.words.stop:
            return pos, None
        noun = _singular(word, lex)
        if _money_word(low, noun, lex, prof):
            return pos, None
        if noun is not None:
            if noun in lex.not_count or low in lex.not_count:
                return pos, None
            found = _counted(text, m.start(1) + len(word), word, low, noun, part, lex)
            if found is not None:
                return found
        p = m.start(1) + len(word)
    return pos, None


def _money_word(low: str, noun: str | None, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """A currency word, which makes money, never a count: 'liras', 'reais', 'lekes', and a
    currency word of the locale's ('libras' in pt)."""
    cw = lex.currency_words
    if low in cw or (low.endswith("es") and low[:-2] in cw):
        return True
    return prof is not None and low in prof.currency_words and noun not in lex.count_units


def _counted(
    text: str, end: int, word: str, low: str, noun: str, part: _Part, lex: Lexicon
) -> tuple[int, str] | None:
    """Matcher: ``word`` (ending at ``end``) as a counted noun, (end, noun), when the lexicon
    knows it or a big number comes before a plural in lower case ('30tn tokens')."""
    known = low in lex.count_nouns or noun in lex.count_units
    big = part.magnitude is not None or part.fig.value >= 1000
    if not (known or (big and word.islower() and word.isalpha() and low.endswith("s"))):
        return None
    if not known:
        two = _two_words(text, end, low, lex)
        if two is not None:
            return two
    return end, noun


def _two_words(text: str, end: int, low: str, lex: Lexicon) -> tuple[int, str] | None:
    """Matcher: 'graphics cards', a noun of two words the lexicon lists, (end, noun)."""
    nxt = WORDS.match(text, end)
    if nxt is not None and nxt.start(1) == end + 1:
        w2 = nxt.group(1).rstrip(".,'’")
        two = f"{low} {w2.lower()}"
        for key in (two, two[:-1] if two.endswith("s") else two):
            if key in lex.count_nouns:
                return nxt.start(1) + len(w2), lex.count_nouns[key]
    return None


def _right(text: str, part: _Part, lex: Lexicon, prof: LocaleProfile | None = None) -> bool:
    """Read magnitude, percent, currency, count noun, qualifier and per after the number."""
    c = text[part.end : part.end + 1]
    if prof is None and (not c or (
        c not in _RIGHT_STARTS and not c.isalpha() and c not in lex.sign_lengths_by_first
    )):
        return True  # ')', ',', '.', the end: nothing below could read a thing
    end, power, ok = magnitude(text, part.end, lex, prof)
    if not ok:
        return _glued(text, part, lex, prof)
    if power is None and part.prefix_start is not None and text[end : end + 1] == "-":
        end, power = _hyphen_magnitude(text, end, lex)
    part.end, part.magnitude = end, power
    if power is None:
        m = lex.words.percent.match(text, end)
        if m:
            part.end, part.kind, part.unit = m.end(), "percent", "percent"
            return True
    shared = part.sign or part.ambiguous
    if shared is not None and (text[part.end : part.end + 2][-1:].isupper()):
        _code_after(text, part, shared, lex, prof)
    elif part.currency is None and part.ambiguous is None:
        _currency_or_count(text, part, lex, prof)
    if text[part.end : part.end + 1] in _AFTER_START:  # _after's own first test, saving a call
        _after(text, part, lex)
    return True


def _glued(text: str, part: _Part, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """Letters glued to the digits that are no magnitude: only a currency may follow
    ('100USD', '1,234.50US$') or a matcher's unit ('3nm', '3.5GW', '45C'); anything else
    ('H200s', '5G') is no amount (False)."""
    if part.currency is not None or part.ambiguous is not None:
        return False
    cend, code, sign = suffix_currency(text, part.end, lex, prof)
    if cend == part.end:
        if not _matched(text, part, lex):
            return False
    else:
        part.end, part.kind, part.currency, part.ambiguous = cend, "money", code, sign
    _after(text, part, lex)
    return True


def _hyphen_magnitude(text: str, end: int, lex: Lexicon) -> tuple[int, int | None]:
    """'P300-b': a one-letter magnitude after a hyphen, when a sign stands before; the (end,
    power) read, or (``end``, None)."""
    letter = text[end + 1 : end + 2]
    if letter in lex.magnitudes and letter.isalpha() and not text[end + 2 : end + 3].isalnum():
        return end + 2, lex.magnitudes[letter]
    return end, None


def _code_after(
    text: str, part: _Part, shared: Sign, lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """'$74.3 billion USD', 'kr 5bn SEK': a code after the amount settles a shared sign
    before it, when it is one of the sign's currencies."""
    cend, code, _ = suffix_currency(text, part.end, lex, prof, words=False)
    if code is not None and (code in shared.codes or (
            shared.param is not None and code in family(shared.param))):
        part.end, part.currency, part.assumed, part.ambiguous, part.sign = (
            cend, code, None, None, None)


def _currency_or_count(text: str, part: _Part, lex: Lexicon, prof: LocaleProfile | None) -> None:
    """A currency after the number, else a matcher's unit, else a counted noun."""
    cend, code, sign = suffix_currency(text, part.end, lex, prof)
    if cend != part.end:
        part.end = cend
        part.kind = "money"
        if code is not None:
            part.currency = code
        else:
            part.ambiguous = sign
    elif part.kind is None and not _matched(text, part, lex):  # a unit before a count
        nend, noun = _count(text, part.end, part, lex, prof)
        if noun is not None:
            part.end, part.kind, part.unit = nend, "count", noun


def _matched(text: str, part: _Part, lex: Lexicon) -> bool:
    """Ask the matchers of ``AFTER_NUMBER`` in turn; the first reading taken wins."""
    for matcher in AFTER_NUMBER:
        found = matcher(text, part.end, lex)
        if found is None:
            continue
        if isinstance(found, MeasureMatch):
            if found.unscale:  # the 'm' was metres: 'a 5m-high wall'
                part.magnitude = None
            elif found.power is not None:  # '40 bcm' carries its billion
                if part.magnitude is not None:
                    continue
                part.magnitude = found.power
            part.end, part.kind, part.unit, part.per = found.end, "measure", found.unit, found.per
            part.assumed = found.assumed
        else:
            part.end, part.kind, part.unit = found
        return True
    return False


_AFTER_START = frozenset(" -")


def _after(text: str, part: _Part, lex: Lexicon) -> None:
    if text[part.end : part.end + 1] not in _AFTER_START:
        return
    tail = text[part.end : part.end + 12].lower()
    words = lex.words
    if tail[1:2] not in words.after_second:  # '-plus', ' plus', ' or more', ' or so', ' per', ' a'
        return
    for spelling, qual in lex.qualifiers_after.items():
        lead = "" if spelling.startswith("-") else " "
        probe = lead + spelling
        if tail.startswith(probe) and not tail[len(probe) : len(probe) + 1].isalnum():
            part.end += len(probe)
            part.qualifier = qual
            break
    if part.kind in ("money", "count"):
        m = words.per.match(text, part.end)
        if m:
            noun = m.group(3).lower()
            if m.group(1):
                part.per, part.end = _singular(noun, lex) or noun, m.end()
            elif noun in lex.per_nouns and not words.not_per_after.match(text, m.end()):
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


def _spelled(text: str, s: int, e: int, figures: dict[int, Figure]) -> _Part | None:
    """Matcher: a spelled number ('two', 'one-point-eight'), or None when it does not read."""
    fig = figures.get(s) if figures else None
    if fig is None:
        try:
            fig = read_spelled(text[s:e])
        except ValueError:
            return None
    return _Part(s, e, fig)


def _digits(
    text: str, s: int, e: int, figures: dict[int, Figure], lex: Lexicon, opts: Options
) -> _Part | None:
    """Matcher: digits, with the currency sign or ISO code written before them; None when
    they are no amount ('COVID-19', 'H200')."""
    if s > 0 and text[s - 1] in "-–" and s > 1 and text[s - 2].isalpha():
        return None  # 'COVID-19', 'F-35'
    prof = opts.locale
    pstart, sign, code = prefix_sign(text, s, lex, prof)
    if pstart == s and s > 0 and (text[s - 1].isalpha() or text[s - 1] == "_") and not (
        CJK_FIRST <= text[s - 1] <= CJK_LAST  # '投资1600亿元': no letters of ours
    ):
        return None  # 'H200', 'Q4': letters that are not a currency sign
    fig = figures.get(s) if figures else None
    if fig is None:
        try:
            if prof is not None:
                fig = read_digits(text[s:e], decimal=prof.decimal, group=prof.group)
            else:
                fig = read_digits(text[s:e])
        except ValueError:
            return None
    part = _Part(s, e, fig)
    if sign is not None or code is not None:
        _prefix(text, part, pstart, sign, code, opts)
    return part


def _prefix(
    text: str, part: _Part, pstart: int, sign: Sign | None, code: str | None, opts: Options
) -> None:
    """Read the sign or code before the number into ``part``, with a minus before it."""
    if pstart > 0 and text[pstart - 1] in _MINUS and (
        pstart == 1 or text[pstart - 2] in _BEFORE_MINUS
    ):
        pstart -= 1  # '-€2bn': a minus before the sign
        part.fig = Figure(-part.fig.value, part.fig.precision)
    part.prefix_start = pstart
    part.kind = "money"
    if code is not None:
        part.currency = code
    else:
        assert sign is not None
        part.currency, part.assumed, part.ambiguous, part.sign = _resolve(sign, opts)
    # 'R5 billion' is rand, but 'Q4' is a quarter and 'K2' a mountain: see _finish.
    part.letter = sign is not None and len(sign.text) == 1 and sign.text.isalpha()


def _finish(
    text: str, part: _Part, e: int, spelled: set[int], figures: dict[int, Figure],
    doubtful: dict[int, int],
) -> _Part | None:
    """Step after the right side is read: the part as kept (a minus before a measure, digits
    in doubt), or None when it is no amount after all ('two pounds', 'Q4')."""
    s = part.start
    if part.magnitude is None and part.kind is not None and part.kind != "measure" and (
        spelled and s in spelled and (not figures or s not in figures)
    ):
        return None  # a spelled number is read before a magnitude or a unit: not 'two pounds'
    if part.kind == "measure" and s and text[s - 1] in _MINUS_END:
        negative = minus_before(text, s)  # 'minus 20 degrees Celsius', '-5C'
        if negative is not None:
            part.fig = Figure(-part.fig.value, part.fig.precision)
            part.prefix_start = negative
    if doubtful and s in doubtful and part.kind == "money":
        first = doubtful[s]
        part.doubt = (f"digits {text[first:e]!r} may be one number grouped by a space or "
                      "two numbers")
        part.prefix_start = first
    if part.letter and part.magnitude is None and not any(c in GROUP_CHARS for c in text[s:e]):
        return None  # 'Q4', 'K2'
    return part


def _parts(text: str, opts: Options, lex: Lexicon) -> list[_Part]:
    """The scanner: every anchored number read by the matchers in turn, then the steps over
    all of them (a bracketed magnitude, the shared signs the text settles, elided currency)."""
    parts: list[_Part] = []
    prof = opts.locale
    # 1: a sign several currencies share, other than the bare dollar and yen; 2: a bare one.
    shared = 0
    spans, spelled, figures, doubtful = anchors(text, lex)
    for s, e in spans:
        if (not spelled or s not in spelled) and (not figures or not text[s].isalpha()):
            part = _digits(text, s, e, figures, lex, opts)
        else:
            part = _spelled(text, s, e, figures)
        if part is None:
            continue
        if part.sign is not None:  # counted even when the part is dropped below
            shared |= 1 if part.sign.param is None else 2
        if not _right(text, part, lex, prof) or _finish(
            text, part, e, spelled, figures, doubtful
        ) is None:
            continue
        if part.ambiguous is not None and part.currency is None:
            part.currency, part.assumed, part.ambiguous, part.sign = _resolve(part.ambiguous, opts)
            if part.sign is not None:
                shared |= 1 if part.sign.param is None else 2
        parts.append(part)
    if parts:
        _whole(text, parts, shared, opts, lex)
    return parts


def _whole(text: str, parts: list[_Part], shared: int, opts: Options, lex: Lexicon) -> None:
    """The steps over all parts: a bracketed magnitude, the signs the text settles, elided
    currencies."""
    if len(parts) > 1 and "(" in text:
        _bracketed_magnitude(text, parts, lex, opts.locale)
    # The bare '$' and '¥' are settled by a dateline only: none opens with 'Ab' ('The ...').
    if opts.context and (shared & 1 or (shared & 2 and (
            text[:1].isspace() or text[1:2].isupper()))):
        settle(text, parts, lex)
    if len(parts) > 3 and "(" in text:
        _elided(text, parts)


_OPEN_PAREN = re.compile(r"\s*\(\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def _begin(part: _Part) -> int:
    return part.prefix_start if part.prefix_start is not None else part.start


def _elided(text: str, parts: list[_Part]) -> None:
    """'from 900 billion yen ($6 billion) to 700 billion ($4.7 billion)': a bare amount with
    a magnitude, followed by a bracketed amount in the currency that an earlier pair of the
    same sentence also brackets, is in that earlier pair's first currency."""
    for j in range(2, len(parts) - 1):
        b, y = parts[j], parts[j + 1]
        if b.kind is not None or b.magnitude is None or b.prefix_start is not None:
            continue
        if y.kind != "money" or y.currency is None or not _OPEN_PAREN.match(text[b.end : _begin(y)]):
            continue
        for i in range(j - 2, -1, -1):
            x, x2 = parts[i], parts[i + 1]
            if _SENTENCE_END.search(text, x.end, b.start):
                break
            if (x.kind == "money" and x2.kind == "money" and x2.currency == y.currency
                    and x.currency is not None and x.currency != y.currency
                    and _OPEN_PAREN.match(text[x.end : _begin(x2)])):
                written = text[_begin(x) : x.end]
                b.kind, b.currency, b.ambiguous = "money", x.currency, None
                b.assumed = (f"currency of {text[b.start : b.end]!r} taken from {written!r}, "
                             "which it parallels")
                break


_MINUS = frozenset("-\u2212")
_MINUS_END = frozenset(" -\u2212")
_BEFORE_MINUS = frozenset(" \t\n(\u00a0")


def _bracketed_magnitude(
    text: str, parts: list[_Part], lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """'SEK 1,234 (987) million': the magnitude after a bracketed year-ago figure belongs to
    both figures, and the bracketed one is in the same currency."""
    for a, b in zip(parts, parts[1:]):
        if a.kind != "money" or a.magnitude is not None or b.kind is not None:
            continue
        if b.magnitude is not None or b.prefix_start is not None:
            continue
        if text[a.end : b.start].strip() != "(" or text[b.end : b.end + 1] != ")":
            continue
        end, power, _ = magnitude(text, b.end + 1, lex, prof)
        if power is None:
            continue
        a.magnitude = b.magnitude = power
        a.end = end
        b.kind, b.currency, b.assumed, b.ambiguous, b.sign = (
            "money", a.currency, a.assumed, a.ambiguous, a.sign)


def _merge_ranges(
    text: str, parts: list[_Part], lex: Lexicon
) -> list[tuple[_Part, _Part | None, int]]:
    """Pair parts that form ranges. Returns (low part, high part or None, start)."""
    out: list[tuple[_Part, _Part | None, int]] = []
    i = 0
    while i < len(parts):
        a = parts[i]
        start = a.prefix_start if a.prefix_start is not None else a.start
        if i + 1 < len(parts):
            b = parts[i + 1]
            b_start = b.prefix_start if b.prefix_start is not None else b.start
            if b_start - a.end <= 7:  # the longest gap a range is written with
                joined = _joined(text, a, b, start, b_start, lex)
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
        out.append((a, None, start))
        i += 1
    return out


def _joined(
    text: str, a: _Part, b: _Part, start: int, b_start: int, lex: Lexicon
) -> tuple[_Part, _Part | None, int] | None:
    """Matcher: the range two neighbouring parts form ('$1.5-2 billion', 'between 5 and 7
    million'), as (low, high, start), or None."""
    words = lex.words
    g = words.range_gap.match(text[a.end : b_start])
    if not g:
        return None
    intro = words.range_intro.search(text, max(0, start - words.range_intro_reach), start)
    between = intro is not None and intro.group(1).lower() in words.range_pair_intros
    if not (g.group(1) or g.group(2).lower() in words.range_words_alone or between):
        return None
    merged = _range(a, b)
    if merged is None:
        return None
    if intro and g.group(2):
        start = intro.start()
    return merged[0], merged[1], start


def _range(a: _Part, b: _Part) -> tuple[_Part, _Part] | None:
    """The low and high ends of a range read from two parts, what one lacks taken from the
    other, or None when they do not make one."""
    kind = _joinable(a, b)
    if kind is None:
        return None
    lo = _range_low(a, b)
    if lo is None:
        return None
    unit, currency = b.unit or a.unit, b.currency or a.currency
    lo = replace(lo, kind=kind, unit=unit, currency=currency,
                 assumed=lo.assumed or b.assumed, ambiguous=lo.ambiguous or b.ambiguous)
    hi = replace(b, kind=kind, unit=unit, currency=currency)
    return lo, hi


def _clash(x: str | None, y: str | None) -> bool:
    return bool(x) and bool(y) and x != y


def _joinable(a: _Part, b: _Part) -> str | None:
    """The kind of a range of ``a`` to ``b``, or None when they differ in kind, currency or
    unit, or ``a`` is qualified or per a unit of its own."""
    kind = b.kind or a.kind
    if kind is None or (a.kind is not None and b.kind is not None and a.kind != b.kind):
        return None
    if _clash(a.currency, b.currency) or _clash(a.unit, b.unit) or a.qualifier or a.per:
        return None
    return kind


def _range_low(a: _Part, b: _Part) -> _Part | None:
    """The low end, with the high end's magnitude when it lacks one and that keeps it below
    ('$1.5-2 billion'); None when it is not below the high end."""
    lo = a
    if a.magnitude is None and b.magnitude is not None:
        borrowed = replace(a, magnitude=b.magnitude)
        if borrowed.scaled().value < b.scaled().value:
            lo = borrowed
    if not lo.scaled().value < b.scaled().value:
        return None
    return lo


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
    opts = _options_for(Conventions.of(conventions, dollar=dollar, yen=yen, locale=locale))
    lex = lexicon()
    found: list[Quantity] = []
    for lo, hi, start in _merge_ranges(text, _parts(text, opts, lex), lex):
        if (hi or lo).kind is None:
            continue
        if lo.doubt is not None or lo.ambiguous is not None or (
            hi is not None and hi.ambiguous is not None
        ):
            _refuse(text, lo, hi, start, strict, skipped)
            continue
        q = _quantity(text, lo, hi, start, lex)
        if q is not None:
            found.append(q)
    return found


def _options_for(conv: Conventions) -> Options:
    """The Options for ``conv``, kept by the object's id (the same object as last time: no
    key to hash)."""
    known = _BY_CONVENTIONS.get(id(conv))
    if known is not None and known[0] is conv:
        return known[1]
    opts = _options(conv.dollar, conv.yen, conv.locale, conv.signs, conv.context)
    if len(_BY_CONVENTIONS) < 64:
        _BY_CONVENTIONS[id(conv)] = (conv, opts)
    return opts


def _refuse(
    text: str, lo: _Part, hi: _Part | None, start: int, strict: bool,
    skipped: list[Skipped] | None,
) -> None:
    """A reading in doubt or with an ambiguous sign: raised when ``strict``, else noted in
    ``skipped`` (when given)."""
    last = hi or lo
    if lo.doubt is not None:
        if strict:
            raise ParseError(f"{lo.doubt} in {text[start : last.end]!r}", text)
        reason = lo.doubt
    else:
        sign = lo.ambiguous or (hi.ambiguous if hi else None)
        assert sign is not None
        cands = [c for c in sign.codes if c != "?"]
        if strict:
            raise AmbiguousCurrencyError(sign.text, cands or ["several currencies"], text)
        which = f" ({', '.join(cands)})" if cands else ""
        reason = f"currency sign {sign.text!r} is ambiguous{which}"
    if skipped is not None:
        skipped.append(Skipped(text=text[start : last.end], start=start, end=last.end,
                               reason=reason))


def _quantity(text: str, lo: _Part, hi: _Part | None, start: int, lex: Lexicon) -> Quantity | None:
    """The Quantity a part (or a range of two) reads as, with a qualifier before it; None
    when it has no unit."""
    last = hi or lo
    unit = last.currency if last.kind == "money" else last.unit
    if unit is None:
        return None
    before = text[start - 1] if start else ""
    if before == "~" or before.isspace():  # _qualifier_before's first tests, saving a call
        qstart, qual = _qualifier_before(text, start, lex)
    else:
        qstart, qual = start, None
    if hi is None:
        fig = scale(lo.fig, lo.magnitude) if lo.magnitude else lo.fig
        value, low, high, precision = fig.value, None, None, fig.precision
    else:
        flo, fhi = lo.scaled(), hi.scaled()
        value, low, high = None, flo.value, fhi.value
        precision = min(flo.precision, fhi.precision)
    # Built from fields already valid, in the model's field order (see models.trusted).
    return trusted(Quantity, {
        "kind": last.kind,
        "unit": unit,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qual or last.qualifier,
        "per": last.per,
        "precision": precision,
        "text": text[qstart : last.end],
        "start": qstart,
        "end": last.end,
        "assumed": lo.assumed or last.assumed,
        "rate": None,
    }, True)


#: Options by the id of the Conventions they were made for (the object is kept with them,
#: so its id is not reused while the entry lives).
_BY_CONVENTIONS: dict[int, tuple[Conventions, Options]] = {}


@cache
def _options(
    dollar: str, yen: str, locale: str | None = None,
    signs: tuple[tuple[str, str], ...] = (), context: bool = True,
) -> Options:
    lex = lexicon()
    for code in (dollar, yen):
        if code not in lex.all_codes:
            raise UnknownCurrencyError(code, list(lex.codes))
    return Options(dollar=dollar, yen=yen, locale=profile(locale) if locale else None,
                   signs=signs, context=context)


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
