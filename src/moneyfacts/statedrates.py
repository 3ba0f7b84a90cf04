"""The rate an article prints: "($1 = 7.2686 Chinese yuan renminbi)" and its kin.

:func:`find` reads every stated-rate line of a text as a :class:`~moneyfacts.models.StatedRate`
(``value`` units of ``quote`` per one ``base``, with the written precision and the span). The
phrases are data (``[stated]`` in ``moneyfacts/data/rates.txt``); the currencies are read by
:func:`moneyfacts.parse`, so every spelling the lexicon knows works.

The forms:

* one unit equals a figure: ``($1 = 7.2686 Chinese yuan renminbi)``, ``$1=3.2095 Malaysian
  ringgit``, ``$1 to 51.79 Philippine pesos``, ``(1 euro = 1.08 U.S. dollars)``;
* a currency closing at a figure a dollar: ``The naira closed at 197.50 a dollar``;
* a pair and its rate: ``The U.S. dollar/Turkish lira exchange rate was 5.93``;
* a line of several currencies over a base of 1, 10, 100 ...: ``(100 baht = RM12.95/US$2.94)``
  (one StatedRate per currency, each over the whole line), and a line in words: ``One U.S.
  dollar equals seven point two yuan``.

>>> [(r.base, r.quote, str(r.value)) for r in find("($1 = 7.2686 Chinese yuan renminbi)")]
[('USD', 'CNY', '7.2686')]
>>> [(r.base, r.quote, str(r.value)) for r in find("(1 euro = 1.08 U.S. dollars)")]
[('EUR', 'USD', '1.08')]
>>> [(r.base, r.quote, str(r.value)) for r in find("(100 baht = RM12.95/US$2.94)")]
[('THB', 'MYR', '0.1295'), ('THB', 'USD', '0.0294')]
>>> r = find("The naira closed at 197.50 a dollar on Friday.")[0]
>>> r.base, r.quote, r.value, r.precision, r.text
('USD', 'NGN', Decimal('197.50'), Decimal('0.01'), 'The naira closed at 197.50 a dollar')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from moneyfacts.errors import MoneyfactsError
from moneyfacts.models import Quantity, StatedRate

__all__ = ["find", "phrases"]

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NAME = r"(?P<name>[A-Za-z][A-Za-z.']*(?:[ \-][A-Za-z][A-Za-z.']*){0,3})"


@lru_cache(maxsize=1)
def phrases() -> dict[str, tuple[str, ...]]:
    """The ``[stated]`` phrases of ``data/rates.txt`` by kind (equals, closed, per, pair)."""
    text = resources.files("moneyfacts").joinpath("data/rates.txt").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section == "stated":
            kind, _, value = line.partition(" = ")
            out.setdefault(kind.strip(), []).append(value.strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


def _words(section: str) -> str:
    """The words of a lexicon.txt section of a stated rate's ([rate-approx], [rate-one],
    [rate-article], [rate-dollar-prefix]) as a regex's alternatives.

    >>> _words("rate-approx")
    'around|about'
    """
    from moneyfacts.currencies import lexicon_alternation

    return lexicon_alternation(section)


@lru_cache(maxsize=1)
def _screen() -> re.Pattern[str]:
    """A cheap first look: does the text have anything a rate line starts with?"""
    p = phrases()
    equals = "|".join("=" if w == "=" else rf"\b{re.escape(w)}" for w in p["equals"])
    return re.compile(rf"(?:{equals})\s*(?:(?:{_words('rate-approx')})\s+)?\d|{_alt(p['closed'])}|/",
                      re.I)


@lru_cache(maxsize=1)
def _needles() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """What every rate line must hold, tested before the patterns: a ``closed`` phrase and
    the last word of a ``per`` phrase ('closed at', 'a dollar'), or a one before an
    ``equals`` word."""
    p = phrases()
    last = tuple(sorted({w.split()[-1].lower() for w in p["per"]}))
    closed = tuple(" ".join(w.lower().split()) for w in p["closed"])
    equals = "|".join(re.escape(w) for w in p["equals"] if w != "=")
    # '$1 to', '1 euro equals', '1 U.S. dollar to': a one, at most three words, an equals word.
    one = re.compile(rf"1(?:\s+[^\W\d][\w.]*){{0,3}}\s+(?:{equals})\s", re.I)
    return closed, last, one


#: ``_needles()``, kept after the first text (a list: no cached call on every text).
_NEEDLES: list[tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]] = []


def _first_needles() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    _NEEDLES.append(_needles())
    return _NEEDLES[0]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    equals = "|".join(r"\s*=\s*" if w == "=" else rf"\s+{re.escape(w)}\s+" for w in p["equals"])
    qual = rf"(?P<qual>(?:{_words('rate-approx')})\s+)?"
    unit = (rf"(?P<one>(?:(?:{_words('rate-dollar-prefix')})\s?)?[$€£¥]\s?1(?![\d.,])"
            rf"|\b1\s+(?P<basename>[A-Za-z][A-Za-z.]*(?:\s[A-Za-z][A-Za-z.]*)?))")
    one = re.compile(rf"{unit}(?:{equals}){qual}{_NUM}\s+{_NAME}")
    closed = re.compile(rf"\b(?:(?:{_words('rate-article')})\s+)?(?P<name>[A-Za-z]+(?:\s[A-Za-z]+)?)\s+"
                        rf"(?:{_alt(p['closed'])})\s+{qual}{_NUM}\s+"
                        rf"(?:{_alt(p['per'])})\b", re.I)
    pair = re.compile(rf"(?P<base>(?:U\.S\.\s)?[A-Za-z]+(?:\s[A-Za-z]+)?)\s?/\s?"
                      rf"(?P<name>[A-Za-z]+(?:\s[A-Za-z]+)?)\s+(?:{_alt(p['pair'])})\s+"
                      rf"{qual}{_NUM}(?![\d.])", re.I)
    return one, closed, pair


def _currency(text: str, value: str = "1") -> str | None:
    """The currency of a short amount text such as '1 euro' or '7.2686 Chinese yuan', if it
    reads as exactly ``value`` of it (no magnitude: '1 million euros' is not one euro)."""
    from moneyfacts.grammar import parse

    for t in (text, re.sub(r"\bU\.S\.(?=\s)", "US", text)):
        try:
            q = parse(t)
        except MoneyfactsError:
            continue
        ok = q.kind == "money" and q.value == Decimal(value)
        return q.unit if ok else None
    return None


def _quote(num: str, name: str) -> str | None:
    words = name.split()
    for n in range(len(words), 0, -1):  # the longest spelling the lexicon knows
        code = _currency(f"{num} {' '.join(words[:n])}", num)
        if code is not None:
            return code
    return None


def _precision(num: str) -> Decimal:
    _, _, frac = num.partition(".")
    return Decimal(1).scaleb(-len(frac))


def _rate(text: str, m: re.Match[str], base: str | None, quote: str | None, start: int,
          end: int) -> StatedRate | None:
    if base is None or quote is None or base == quote:
        return None
    num = m.group("num").replace(",", "")
    value = Decimal(num)
    if value <= 0:
        return None
    return StatedRate(base=base, quote=quote, value=value, precision=_precision(num),
                      qualifier="approx" if m.group("qual") else None,
                      text=text[start:end], start=start, end=end)


def _pairs(pair: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The ``pair`` pattern's matches, looked for only just before each '/': its two currency
    names, of at most three words, end there ('The U.S. dollar/Turkish lira ...')."""
    out: list[re.Match[str]] = []
    at = text.find("/")
    done = 0
    while at >= 0:
        start = at
        for _ in range(4):  # back over at most three words and their spaces
            start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
            if start <= done:
                start = done
                break
        m = pair.search(text, start, min(len(text), at + 160))
        if m is not None and m.start() <= at:
            out.append(m)
            done = m.end()
        at = text.find("/", max(at + 1, done))
    return out


#: The values a rate line's base may have: '$1 =', '100 baht =', '1,000 won ='.
_BASES = frozenset(Decimal(10) ** k for k in range(5))


@lru_cache(maxsize=1)
def _equals_forms() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The equals of a line of several rates or of words: the ``equals`` phrases but 'to'
    (too common between two amounts); a spelled one before a currency name ('One U.S. dollar
    equals'); the qualifiers a quote figure may carry (the lexicon's)."""
    from moneyfacts.currencies import lexicon

    words = [w for w in phrases()["equals"] if w not in ("=", "to")]
    eq = re.compile(rf"\s*=\s*|\s+(?:{_alt(tuple(words))})\s+", re.I)
    spelled = re.compile(rf"\b(?:{_words('rate-one')})\s+(?P<name>[A-Za-z][A-Za-z.]*(?:\s[A-Za-z][A-Za-z.]*){{0,2}})\s*$",
                         re.I)
    return eq, spelled, frozenset(lexicon().qualifiers_before)


def _amounts(text: str) -> list[Quantity]:
    from moneyfacts.grammar import options_of, quantities

    return [q for q in quantities(text, options_of(None, None, None, None), False, None)
            if q.kind == "money" and q.value is not None and not q.per]


def _base(left: str) -> tuple[str, Decimal, int] | None:
    """The base of a rate line ending ``left``: its currency, its amount, where it starts."""
    _, spelled, _ = _equals_forms()
    m = spelled.search(left)
    if m is not None:
        code = _currency(f"1 {m.group('name')}")
        if code is not None:
            return code, Decimal(1), m.start()
    if not any(c.isdigit() for c in left[-24:]):  # no figure just before: '?a=b' in a link
        return None
    found = _amounts(left)
    if found and found[-1].end == len(left) and found[-1].value in _BASES:
        q = found[-1]
        assert q.value is not None
        return q.unit, q.value, q.start
    return None


def _quotes(right: str) -> list[Quantity]:
    """The figures of a rate line after its equals: the first after qualifiers only, the
    others each after a '/' ('RM12.95/US$2.94')."""
    _, _, qualifiers = _equals_forms()
    out: list[Quantity] = []
    end = 0
    for q in _amounts(right):
        gap = right[end:q.start].strip().lower()
        if not out and gap and gap not in qualifiers:
            break
        if out and gap != "/":
            break
        out.append(q)
        end = q.end
    return out


def _lines(text: str, out: list[StatedRate], add_all: Callable[[list[StatedRate]], None]) -> None:
    """Rate lines of several currencies or in words: '(100 baht = RM12.95/US$2.94)', 'One
    U.S. dollar equals seven point two yuan': each quote a StatedRate over the whole line."""
    eq, _, _ = _equals_forms()
    for m in eq.finditer(text):
        left_start = max(0, m.start() - 60)
        base = _base(text[left_start:m.start()])
        if base is None:
            continue
        code, amount, at = base
        right = text[m.end():m.end() + 120]
        cut = min((i for i in (right.find(c) for c in (")", ";", "\n", ". ")) if i >= 0),
                  default=len(right))
        quotes = [q for q in _quotes(right[:cut]) if q.unit != code]
        if not quotes:
            continue
        start, end = left_start + at, m.end() + quotes[-1].end
        if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")":
            start, end = start - 1, end + 1
        rates = []
        for q in quotes:
            assert q.value is not None
            rates.append(StatedRate(base=code, quote=q.unit, value=q.value / amount,
                                    precision=q.precision / amount,
                                    qualifier="approx" if q.qualifier == "approx" else None,
                                    text=text[start:end], start=start, end=end))
        add_all(rates)


def find(text: str) -> list[StatedRate]:
    """Every stated-rate line in ``text``, in text order (see the module documentation).

    >>> [(r.base, r.quote, str(r.value)) for r in find("The U.S. dollar/Turkish lira exchange rate was 5.93 on average.")]
    [('USD', 'TRY', '5.93')]
    >>> [(r.base, r.quote, str(r.value), r.text) for r in find("a rate of $1 to 51.79 Philippine pesos (Php).")]
    [('USD', 'PHP', '51.79', '$1 to 51.79 Philippine pesos')]
    >>> find("It paid $1 to 2 million shareholders.")
    []
    >>> find("Costs rose from 1 million euros to 2 million dollars.")
    []
    """
    if not isinstance(text, str):
        from moneyfacts.errors import InputError

        raise InputError(f"text must be a str, not {type(text).__name__}")
    # Which patterns may match, from the literals each needs, tested as substrings here (no
    # call: every text of a scan comes here): most texts have no '=', '/', 'closed at ... a
    # dollar' or a one before an equals word, and then no pattern runs (they try every word).
    closed_words, last_words, one_gate = _NEEDLES[0] if _NEEDLES else _first_needles()
    run_one = "=" in text or ("1" in text and one_gate.search(text) is not None)
    run_pair = "/" in text
    run_closed = False
    low = text.lower()
    for w in last_words:  # loops, not any(): no generator per text
        if w in low:
            for c in closed_words:
                if c in low:
                    run_closed = True
                    break
            break
    run_lines = "=" in text or "equals" in low
    if not (run_one or run_closed or run_pair or run_lines):
        return []
    if not run_lines and _screen().search(text) is None:
        return []
    return _found(text, run_one, run_closed, run_pair, run_lines)


def _found(text: str, run_one: bool, run_closed: bool, run_pair: bool,
           run_lines: bool) -> list[StatedRate]:
    """:func:`find` past its screens, the patterns ``run_*`` allows run. (A function of its
    own: the two functions below read its lists, which makes them cells on every call,
    about 200 instructions each under CPython 3.11; the screens every text passes have
    none.)"""
    one, closed, pair = _patterns()
    out: list[StatedRate] = []
    starts: list[int] = []  # the spans taken, in text order (they never overlap)
    ends: list[int] = []

    def add(r: StatedRate | None) -> None:
        # Only the last span starting before r ends can overlap it: one bisection, not a
        # look at every span taken (linear on '($1 = 7.2 yuan) ' * n).
        if r is None:
            return
        at = bisect.bisect_left(starts, r.end)
        if at and ends[at - 1] > r.start:
            return
        out.append(r)
        starts.insert(at, r.start)
        ends.insert(at, r.end)

    def add_all(rs: list[StatedRate]) -> None:  # one line's rates share its span
        at = bisect.bisect_left(starts, rs[0].end)
        if at and ends[at - 1] > rs[0].start:
            return
        out.extend(rs)
        starts.insert(at, rs[0].start)
        ends.insert(at, rs[0].end)

    for m in one.finditer(text) if run_one else ():
        # 'one' spans either form: '$1', or '1 U.S. dollar' (its words kept apart).
        base = (_currency(f"1 {m.group('basename')}") if m.group("basename")
                else _currency(m.group("one").replace(" ", "")))
        words = m.group("name").split()
        quote = _quote(m.group("num").replace(",", ""), m.group("name"))
        # The span ends after the words that named the quote currency.
        end = m.end()
        for n in range(len(words), 0, -1):
            num = m.group("num").replace(",", "")
            if _currency(f"{num} {' '.join(words[:n])}", num) == quote:
                end = m.start("name") + len(" ".join(words[:n]))
                break
        if text[end - 1] == "." and _currency(text[m.start("num"):end - 1].replace(",", ""),
                                              m.group("num").replace(",", "")) == quote:
            end -= 1  # '... equals about 149 yen.': the sentence's full stop
        start = m.start()
        if start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")":
            start, end = start - 1, end + 1
        add(_rate(text, m, base, quote, start, end))
    for m in closed.finditer(text) if run_closed else ():
        quote = _quote(m.group("num").replace(",", ""), m.group("name"))
        add(_rate(text, m, "USD", quote, m.start(), m.end()))
    for m in _pairs(pair, text) if run_pair else ():
        base = _currency(f"1 {m.group('base')}")
        quote = _quote(m.group("num").replace(",", ""), m.group("name"))
        add(_rate(text, m, base, quote, m.start(), m.end()))
    if run_lines:
        _lines(text, out, add_all)
    return sorted(out, key=lambda r: r.start)
