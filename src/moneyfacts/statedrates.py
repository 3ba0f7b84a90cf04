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
from moneyfacts.models import Quantity, StatedRate, trusted
from moneyfacts.currencies import lexicon
from moneyfacts.subunits import subunit_words

__all__ = ["assumed", "find", "near_amounts", "per_amounts", "phrases", "with_per_amounts"]

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


#: ``_equals_words()``, kept after the first text (a list: no cached call on every text).
_EQUALS_WORDS: list[tuple[tuple[str, ...], tuple[str, ...]]] = []


def _equals_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``equals`` phrases of a rate line in words (not '=' or 'to'), lower-cased, and
    their needles: the longest word of each, less those holding another ('equals' holds
    'equal'). A text without a needle holds no such phrase.

    >>> _equals_words()[1]
    ('bought', 'buys', 'equal', 'fetched', 'fetches', 'worth')
    """
    if not _EQUALS_WORDS:
        words = tuple(" ".join(w.lower().split()) for w in phrases()["equals"]
                      if w not in ("=", "to"))
        longest = {max(w.split(), key=len) for w in words}
        needles = tuple(sorted(n for n in longest
                               if not any(o != n and o in n for o in longest)))
        _EQUALS_WORDS.append((words, needles))
    return _EQUALS_WORDS[0]


def _equals_word(low: str) -> bool:
    """Whether the lower-cased text holds an ``equals`` word of a rate line in words ('equals',
    'buys', 'is worth'; not '=' or 'to'): substring tests, no pattern.

    >>> _equals_word("one dollar buys 83 rupees"), _equals_word("the deal is worth $1bn")
    (True, False)
    """
    words, needles = _EQUALS_WORDS[0] if _EQUALS_WORDS else _equals_words()
    for n in needles:  # most texts hold none: one substring test each, then no more
        if n in low:
            break
    else:
        return False
    if "equals" in low:  # as before: '100 baht equals RM12.95'
        return True
    for w in words:
        at = low.find(w)
        while at >= 0:  # only after one unit: 'one dollar buys', '$1 is worth', '1 euro equals'
            if _ONE_BEFORE.search(low, max(0, at - 24), at) is not None:
                return True
            at = low.find(w, at + 1)
    return False


#: What a rate line in words has before its equals word: one unit ('one dollar', 'a euro',
#: '$1', '1 u.s. dollar'); 'the deal is worth', 'bought a stake' run no rate pattern.
_ONE_BEFORE = re.compile(r"(?:\b(?:one|an?)\s+[^\W\d][\w.]*(?:\s[^\W\d][\w.]*)?|[$€£¥]\s?1"
                         r"|\b1(?:\s+[^\W\d][\w.]*){1,3})\s+$")


@lru_cache(maxsize=1)
def _per_tail() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """After an amount, its one unit of the other currency (``per-word``, ``per-one`` of
    ``[stated]``): 'to a dollar', 'per US dollar', 'against the dollar', '/$1'; what may not
    follow that unit (``per-not``: 'per dollar of sales'); the words before a rate that make
    it an assumption (``assumed``)."""
    p = phrases()
    tail = re.compile(rf"\s*(?:(?:{_alt(p['per-word'])})\s+(?:(?:{_alt(p['per-one'])})\s+)?|/\s*)"
                      rf"(?P<name>(?:{_words('rate-dollar-prefix')})?\s?[$€£¥]\s?1?(?![\d.,])"
                      rf"|1\s+[A-Za-z][\w.]*(?:\s[A-Za-z][\w.]*){{0,2}}"
                      rf"|[A-Za-z][\w.]*(?:\s[A-Za-z][\w.]*){{0,2}})", re.I)
    not_after = re.compile(rf"\s+(?:{_alt(p['per-not'])})\b", re.I)
    assumed = re.compile(rf"\b(?:{_alt(p['assumed'])})", re.I)
    return tail, not_after, assumed


def _plain(m: Quantity) -> bool:
    """Whether an amount is a plain figure with its currency ('N190', '1,500 shillings',
    '18,50 pesos'): its written digits are its value's (no magnitude word), no range, no unit
    of its own: the kind of figure a rate is."""
    if m.kind != "money" or m.value is None or m.value <= 0:
        return False
    written = re.sub(r"\D", "", (m.text or "").split(" per ")[0])
    return written.lstrip("0") == format(m.value, "f").replace(".", "").lstrip("0")


def _currency_words(name: str) -> str | None:
    """The words of ``name`` up to its last currency word or code of the lexicon among its
    first three ('US *dollar* on Friday' is 'US dollar', 'Rwandan *franc*'), or None: a
    cheap screen before a parse, which then reads the name alone."""
    lex = lexicon()
    words = name.split()[:3]
    last = -1
    for k, w in enumerate(words):
        if w.lower().strip(".,;:") in lex.currency_words or w.strip(".,;:") in lex.codes:
            last = k
    return " ".join(words[:last + 1]).rstrip(".,;:") if last >= 0 else None


def _unit_currency(name: str) -> tuple[str, int] | None:
    """The currency of one unit named ``name`` ('dollar', 'US dollar', '1 euro', '$1', '$')
    and how many characters of ``name`` name it, if any.

    >>> _unit_currency("US dollar on Friday"), _unit_currency("$1"), _unit_currency("share")
    (('USD', 9), ('USD', 2), None)
    """
    one = name[2:] if name.startswith("1 ") else name
    if one[-1:] in "$€£¥" or one.endswith("$1") or "$" in one[:5] and one.endswith("1"):
        code = _signed(one.replace(" ", "").removesuffix("1"))
        return (code, len(name)) if code is not None else None
    head = _currency_words(one)
    if head is None:
        return None  # 'a share', 'a barrel': no currency word, no parse
    code = _named(head)  # a name several currencies share ('pound') gives no rate
    return (code, len(name) - len(one) + len(head)) if code is not None else None


def _signed(sign: str) -> str | None:
    """The currency of one unit of the sign ``sign`` in a rate ('$' of '/$1' is the US
    dollar's), or None for a sign several currencies share with no default."""
    got = lexicon().signs.get(sign)
    if got is None:
        return None
    if got.param == "dollar":
        return "USD"
    return got.codes[0] if len(got.codes) == 1 else got.default


def _named(head: str) -> str | None:
    """The currency the lexicon's name ``head`` names alone ('us dollar', 'euro'; the
    dollar of a rate, 'to the dollar', is the US dollar), or None for a name it shares."""
    v = lexicon().names.get(re.sub(r"\bu\.s\.", "us", head.lower()))
    if v == "{dollar}":
        return "USD"
    return v if v is not None and len(v) == 3 and v.isalpha() and v.isupper() else None


def per_amounts(text: str, mentions: list[Quantity]) -> list[StatedRate]:
    """The rates an article writes as an amount per one unit of another currency, read from
    the amounts of ``text`` (read in its context: the naira's 'N' of a Nigerian story):
    'an exchange rate of N190 to a dollar', 'at 1,500 shillings to the dollar', 'KSh 129.45
    per US dollar', 'N470/$1'. The words are data (``[stated]`` of ``data/rates.txt``).

    >>> from moneyfacts.grammar import parse
    >>> t = "The plan uses an exchange rate of 1,500 Tanzanian shillings to the dollar."
    >>> m = parse("1,500 Tanzanian shillings").model_copy(update={"start": 34, "end": 59})
    >>> [(r.base, r.quote, str(r.value), r.text) for r in per_amounts(t, [m])]
    [('USD', 'TZS', '1500', '1,500 Tanzanian shillings to the dollar')]
    >>> per_amounts("It pays 5 yuan per dollar of sales.", [parse("5 yuan").model_copy(update={"start": 8, "end": 14})])
    []
    """
    return _per_and_near(text, mentions, None, near=False)[0]


def _per_rate(text: str, m: Quantity, t: re.Match[str], after_prev: int) -> StatedRate | None:
    """The rate of the amount ``m`` followed by ``t``, a match of the per tail ('to a
    dollar'), if ``m`` is a plain figure, not a move, and the tail names one unit of
    another currency; ``after_prev`` is where the mention before ``m`` ends."""
    if not _plain(m) or _moved(text, m, after_prev):
        return None
    got = _unit_currency(t.group("name"))
    if got is None:
        return None
    base, length = got
    end = t.start("name") + length
    _, not_after, _ = _per_tail()
    if base == m.unit or not_after.match(text, end):
        return None
    assert m.value is not None  # _plain
    num = (m.text or "").split(" per ")[0]
    frac = re.search(r"\.(\d+)", num.replace(",", ""))
    precision = Decimal(1).scaleb(-len(frac.group(1))) if frac else Decimal(1)
    return StatedRate(base=base, quote=m.unit, value=m.value, precision=precision,
                      qualifier="approx" if m.qualifier == "approx" else None,
                      text=text[m.start:end], start=m.start, end=end)


def assumed(text: str, rate: StatedRate) -> bool:
    """Whether the article gives ``rate`` as an assumption (a budget's, a forecast's), not a
    market quote: an ``assumed`` word of ``[stated]`` in its sentence before it ('the
    budget is based on an exchange rate of N190 to a dollar').

    >>> r = StatedRate(base="USD", quote="NGN", value=190, start=44, end=60)
    >>> assumed("The proposal was based on an exchange rate of N190 to a dollar.", r)
    True
    >>> assumed("The naira traded at N190 to a dollar.", r.model_copy(update={"start": 20}))
    False
    """
    _, _, words = _per_tail()
    start = max(0, rate.start - 120)
    before = text[start:rate.start]
    stop = max(before.rfind(". "), before.rfind("\n"))
    return words.search(before[stop + 1:]) is not None


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
    run_lines = "=" in text or _equals_word(low)
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


@lru_cache(maxsize=1)
def _near_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap between one unit and its rate read as two amounts (``glued``), and the words
    before a rate written unit first (``unit-article``, a currency name, ``unit-at``)."""
    p = phrases()
    glued = re.compile(rf"\s*(?:{_alt(p['glued'])})\s*$", re.I)
    arts = "|".join(re.escape(w) for w in sorted(p["unit-article"], key=len, reverse=True))
    ats = "|".join(re.escape(w) for w in sorted(p["unit-at"], key=len, reverse=True))
    first = re.compile(rf"(?:^|(?<=[\s(,;:]))(?:{arts})\s*(?P<name>[^\W\d_]+(?:\s[^\W\d_]+)?)"
                       rf"\s+(?:{ats})\s+$", re.I)
    return glued, first


@lru_cache(maxsize=1)
def _unit_at() -> frozenset[str]:
    """The ``unit-at`` words, lower-cased: the one before the figure of a rate written unit
    first ('the dollar *at* 83 rupees')."""
    return frozenset(w.lower() for w in phrases()["unit-at"])


@lru_cache(maxsize=1)
def _unit_at_ends() -> frozenset[str]:
    """The last letter of each ``unit-at`` word, in either case, and the space after it: the
    two characters before a figure written unit first, a cheap first test of the word there.

    >>> sorted(_unit_at_ends())[:4]
    ['A ', 'I ', 'M ', 'T ']
    """
    return frozenset(c + " " for w in _unit_at() for c in (w[-1].lower(), w[-1].upper()))


def _word_before(text: str, start: int) -> str:
    """The word before the space before ``start``, lower-cased ('at' in 'the dollar at 83').

    >>> _word_before("the dollar AT 83 rupees", 14)
    'at'
    """
    return text[text.rfind(" ", 0, start - 1) + 1:start - 1].lower()


def _one_rate(a: Quantity, b: Quantity, text: str, start: int) -> StatedRate:
    """The rate 'a unit of ``a`` is ``b``' over text[start:b.end] (``a`` is one, ten, a
    hundred ... units)."""
    assert a.value is not None and b.value is not None
    end = b.end
    if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")":
        start, end = start - 1, end + 1
    return StatedRate(base=a.unit, quote=b.unit, value=b.value / a.value,
                      precision=b.precision / a.value,
                      qualifier="approx" if b.qualifier == "approx" else None,
                      text=text[start:end], start=start, end=end)


def _moved(text: str, m: Quantity, prev_end: int) -> bool:
    """Is ``m`` a move, not a level ('the naira slipped *20 kobo* against the dollar': an amount
    in a subunit, and rates are quoted in whole units), or the level a change reached after
    another amount ('slid from K1200 *to K1650* against the dollar': both stay amounts)?

    >>> from moneyfacts.grammar import parse
    >>> _moved("It slipped 20 kobo", parse("20 kobo").model_copy(update={"start": 11, "end": 18}), -1)
    True
    >>> _moved("from 1,200 euros to 1,650 euros", parse("1,650 euros").model_copy(update={"start": 20, "end": 31}), 16)
    True
    >>> _moved("at 1,650 euros", parse("1,650 euros").model_copy(update={"start": 3, "end": 14}), -1)
    False
    """
    if any(w in subunit_words() for w in (m.text or "").lower().split()):
        return True
    return prev_end >= 0 and text[prev_end:m.start].strip().lower() in _CHANGE_GAPS


#: What joins two amounts of a change or a range ('from K1200 to K1650').
_CHANGE_GAPS = frozenset({"to", "-", "–", "—"})


def near_amounts(text: str, mentions: list[Quantity], locale: str | None = None) -> list[StatedRate]:
    """The rates an article writes with both sides read as its amounts (in its language):
    one unit and the figure right after it ('1ドルは約149.7円', '1 € pour 655,957 FCFA'), or
    the unit first, named, and its figure ('el dólar a 18,50 pesos').

    >>> from moneyfacts import extract
    >>> ex = extract("投資額は969億ドル（1ドルは約149.7円）で", locale="ja")  # (it calls this)
    >>> [(r.base, r.quote, str(r.value)) for r in ex.rates], [m.text for m in ex.mentions]
    ([('USD', 'JPY', '149.7')], ['969億ドル'])
    """
    return _per_and_near(text, mentions, locale, per=False)[1]


def _glued_rate(text: str, prev: Quantity, m: Quantity) -> StatedRate | None:
    """'1ドルは約149.7円': one (ten, a hundred ...) unit of ``prev``, a ``glued`` word, ``m``;
    or the other way round, '655,957 francs CFA pour un euro': a plain figure, a
    ``per-word``, one unit read as an amount."""
    if prev.unit == m.unit or prev.per or m.per:
        return None
    glued, _ = _near_forms()
    if prev.value in _BASES and glued.match(text, prev.end, m.start):
        return _one_rate(prev, m, text, prev.start)
    if m.value in _BASES and _per_glued().match(text, prev.end, m.start) and _plain(prev):
        assert prev.value is not None and m.value is not None
        return StatedRate(base=m.unit, quote=prev.unit, value=prev.value / m.value,
                          precision=prev.precision / m.value,
                          qualifier="approx" if prev.qualifier == "approx" else None,
                          text=text[prev.start:m.end], start=prev.start, end=m.end)
    return None


@lru_cache(maxsize=1)
def _per_glued() -> re.Pattern[str]:
    """The gap between a figure and one unit read as an amount: a ``per-word``, after at
    most one word ending the figure's currency name ('francs *CFA* pour un euro')."""
    return re.compile(rf"\s*(?:[^\W\d_]{{2,5}}\s+)?(?:{_alt(phrases()['per-word'])})\s*$", re.I)


def _unit_first_rate(text: str, m: Quantity, locale: str | None) -> StatedRate | None:
    """'el dólar a 18,50 pesos', 'the dollar at 83 rupees': the unit named before ``m``
    (the caller has seen a ``unit-at`` word right before ``m``: 'at', 'a', 'à' ...)."""
    _, first = _near_forms()
    u = first.search(text, max(0, m.start - 40), m.start)
    if u is None or not _plain(m):
        return None
    name = u.group("name")
    code = _named(name)  # the lexicon's name ('dollar'); else the locale's, by a parse
    if code is not None:
        one = trusted(Quantity, {"kind": "money", "unit": code, "value": Decimal(1), "low": None,
                                 "high": None, "qualifier": None, "per": None,
                                 "precision": Decimal(1), "text": name, "start": u.start(),
                                 "end": u.start(), "assumed": None, "rate": None})
    elif locale is None or locale.split("_")[0] == "en":
        return None
    else:
        from moneyfacts.grammar import parse  # (here: an import a call costs ~7k instructions)

        try:
            one = parse(f"1 {name}", locale=locale)
        except MoneyfactsError:
            return None
        if one.end != 2 + len(name):
            return None
    if one.kind == "money" and one.value == 1 and one.unit != m.unit:
        return _one_rate(one, m, text, u.start())
    return None


def with_per_amounts(rates: list[StatedRate], text: str, mentions: list[Quantity],
                     locale: str | None = None) -> list[StatedRate]:
    """``rates`` (:func:`find`'s) and the rates :func:`per_amounts` and :func:`near_amounts`
    read from ``mentions`` that overlap none of them (those of :func:`per_amounts` first),
    in text order."""
    if not mentions:
        return rates
    per, near = _per_and_near(text, mentions, locale)
    if not per and not near:
        return rates
    extra: list[StatedRate] = []
    for r in per + near:
        if all(r.end <= o.start or o.end <= r.start for o in rates + extra):
            extra.append(r)
    return sorted(rates + extra, key=lambda r: r.start) if extra else rates


def _per_and_near(text: str, mentions: list[Quantity], locale: str | None, per: bool = True,
                  near: bool = True) -> tuple[list[StatedRate], list[StatedRate]]:
    """The rates of :func:`per_amounts` (if ``per``) and of :func:`near_amounts` (if
    ``near``), in one pass over the amounts: every amount of every text comes here, so each
    field is read once, and the cheap tests that most amounts fail come first (a per tail
    right after it, a base of 1, 10, 100 ... beside the amount before it, a ``unit-at``
    word right before it) before any rate is built.

    >>> from moneyfacts.grammar import parse
    >>> t = "It was 1 dollar = 83 rupees, or 83 rupees to the dollar."
    >>> ms = [parse(t[a:b]).model_copy(update={"start": a, "end": b}) for a, b in ((7, 15), (18, 27), (32, 41))]
    >>> [[r.text for r in rs] for rs in _per_and_near(t, ms, None)]
    [['83 rupees to the dollar'], ['1 dollar = 83 rupees']]
    """
    per_out: list[StatedRate] = []
    near_out: list[StatedRate] = []
    tail = _per_tail()[0]
    unit_at, unit_at_ends = _unit_at(), _unit_at_ends()
    prev_end = -1  # where the amount before ends (any amount): 'from K1200 to K1650'
    prev: Quantity | None = None  # the money amount before, unless it was a glued rate's figure
    prev_value: Decimal | None = None
    for m in mentions:
        after_prev, prev_end = prev_end, m.end
        value = m.value
        if m.kind != "money" or value is None or value <= 0:
            prev = None
            continue
        if per:
            at = prev_end
            if m.per is not None:  # 'KSh 129.45 per US' read as a unit 'US'
                cut = m.text.lower().find(" per ")
                at = m.start + cut if cut >= 0 else at
            t = tail.match(text, at, at + 48)
            r = _per_rate(text, m, t, after_prev) if t is not None else None
            if r is not None:
                per_out.append(r)
        if near:
            r = None
            if prev is not None and (prev_value in _BASES or value in _BASES):
                r = _glued_rate(text, prev, m)
            glued = r is not None  # then m is that rate's figure, the base of no other
            start = m.start
            # the word right before m a unit-at word ('the dollar *at* 83 rupees'), its last
            # letter tested first
            if r is None and text[start - 2:start] in unit_at_ends and _word_before(
                    text, start) in unit_at:
                r = _unit_first_rate(text, m, locale)
            if r is not None:
                near_out.append(r)
            prev, prev_value = (None, None) if glued else (m, value)
    return per_out, near_out
