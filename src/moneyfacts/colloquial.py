"""Chinese money said in parts, and a currency name written before its number (``locale="zh"``).

Spoken Chinese names an amount unit by unit, largest first: '三块五' is 3.5 yuan, '两毛五'
0.25, '五元七毛八分' 5.78, '三块零四' 3.04 (零 skips the tenths), Cantonese '五蚊六毫' 5.6
Hong Kong dollars. The units, their worth and the name the amount is read with are the
lexicon's [colloquial zh] section; :func:`spans` rewrites each such amount as one figure
before that name ('5.6元'), which the grammar then reads with its qualifiers and ranges, and
the quantity keeps the span as written.

A unit alone ('7块', '两毛') is read only where no word goes on after it: '三块蛋糕' is three
pieces of cake; '一块' alone is 'together' and '一角' 'a corner' as often; 分 alone is points, minutes or a fraction as often as
the fen, so it is money only with 钱 ('五分钱'). A name before its number ('人民幣3.14',
'港幣三個一毫四') is moved after it, unless a currency follows the number already or the name
is one side of a rate ('人民币兑美元6.9').

>>> from moneyfacts.grammar import scan
>>> [(str(q.value), q.unit, q.text) for q in scan("他花了三块五，我花了两毛五", locale="zh")]
[('3.5', 'CNY', '三块五'), ('0.25', 'CNY', '两毛五')]
>>> [(str(q.value), q.unit) for q in scan("港幣三個一毫四", locale="zh")]
[('3.14', 'HKD')]
>>> scan("我买了三块蛋糕", locale="zh")
[]
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

__all__ = ["spans", "named", "without_vague", "counted_noun"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}  # 兆: Taiwan's and Japan's 10¹²
_HAN = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)
_NUMBER = re.compile(rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?[{''.join(_BIG)}]*|[{_HAN}]+")
_HALF = "半"


def han_number(s: str) -> Decimal | None:
    """A number in Chinese numerals or digits ('一百二十' 120, '两千' 2000, '三万五千', '3.04',
    '25万'); None when it is none ('二五', '零').

    >>> han_number("一百二十"), han_number("十五"), han_number("3亿2000万"), han_number("二五")
    (Decimal('120'), Decimal('15'), None, None)
    """
    if not s:
        return None
    m = re.fullmatch(rf"((?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)([{''.join(_BIG)}]*)", s)
    if m is not None:
        value = Decimal(m.group(1).replace(",", ""))
        for c in m.group(2):
            value *= _BIG[c]
        return value
    if any(c.isdigit() for c in s) or s in _DIGITS or all(c == "零" for c in s):
        return None if s not in _DIGITS or s in "零〇" else Decimal(_DIGITS[s])
    total, section, number, zero = 0, 0, None, False
    last_big = 10**13
    for c in s:
        if c in "零〇":
            if number is not None:
                return None
            zero = True
        elif c in _DIGITS:
            if number is not None:
                return None  # two digits in a row
            number = _DIGITS[c]
        elif c in _SMALL:
            section += (number if number is not None else 1) * _SMALL[c]
            number, zero = None, False
        else:
            big = _BIG[c]
            section += number or 0
            if not section or big >= last_big:
                return None
            total += section * big
            last_big, section, number = big, 0, None
    return Decimal(total + section + (number or 0))


@cache
def _table() -> tuple[dict[str, tuple[Decimal, str]], frozenset[str], frozenset[str]]:
    """The [colloquial zh] units (unit -> worth, name), the money words, the exchange words."""
    from moneyfacts.currencies import lexicon_sections

    units: dict[str, tuple[Decimal, str]] = {}
    money: set[str] = set()
    exchange: set[str] = set()
    for key, value, _ in lexicon_sections().get("colloquial", []):
        if value == "money":
            money.add(key)
        elif value == "exchange":
            exchange.add(key)
        else:
            worth, name = value.split()
            units[key] = (Decimal(worth), name)
    return units, frozenset(money), frozenset(exchange)


@cache
def _after_words() -> tuple[str, ...]:
    """What may follow an amount in Chinese ('以上', '左右', '到', '的', '和'): the lexicon's
    Chinese qualifiers written after the number, range words and [count-noun-end]."""
    from moneyfacts.currencies import lexicon_sections

    sections = lexicon_sections()
    words = {k[1:] for k, _v, _n in sections.get("qualifier", []) if k.startswith("+")}
    words |= {k for k, _v, _n in sections.get("range", [])}
    words |= {k for k, _v, _n in sections.get("count-noun-end", [])}
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


@cache
def _not_figures() -> frozenset[str]:
    """[numeral-before]: the characters before a numeral that make it no figure ('数', '第')."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _v, _n in lexicon_sections().get("numeral-before", []))


def without_vague(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` without the numerals after a character of [numeral-before] ('数百万' is
    several million, no figure; '第一' the first).

    >>> without_vague("数百万美元", [(1, 3, "100万")])
    []
    """
    return [f for f in found if not (f[0] and text[f[0] - 1] in _not_figures())]


def _han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def _ends(text: str, pos: int) -> bool:
    """Does the amount end at ``pos``: no Han word goes on there, but for a qualifier, a range
    word or a word ending a phrase ('以上', '到', '的')?"""
    if pos >= len(text) or not _han(text[pos]):
        return pos >= len(text) or not text[pos].isalnum()
    return text.startswith(_after_words(), pos)


def _digit(text: str, pos: int, two: bool) -> tuple[int, int] | None:
    """One digit at ``pos`` (Han or ASCII), or with ``two`` a number below a hundred ('二十五',
    '25'): (value, end)."""
    m = re.compile(r"\d{1,2}" if two else r"\d").match(text, pos)
    if m is not None and not text[m.end() : m.end() + 1].isdigit():
        return int(m.group()), m.end()
    if two:
        m = re.compile(r"[一二两三四五六七八九]?十[一二三四五六七八九]?").match(text, pos)
        if m is not None:
            value = han_number(m.group())
            if value is not None:
                return int(value), m.end()
    c = text[pos : pos + 1]
    if c and c in _DIGITS and c not in "零〇":
        return _DIGITS[c], pos + 1
    return None


def _amount(text: str, start: int, named: bool) -> tuple[int, Decimal, str, int] | None:
    """The amount said in parts from ``start``: (end, value, name, parts), or None. ``named``:
    a currency name stands before it, so '個' is its dollar. Its first unit
    (:func:`_first_unit`), the parts after it (:func:`_later_parts`), then its end: 钱 says
    money whatever follows; else no word goes on (:func:`_ends`).

    >>> _amount("五元七毛八分", 0, False)
    (6, Decimal('5.78'), '元', 3)
    """
    units, money, _exchange = _table()
    first = _first_unit(text, start, units)
    if first is None:
        return None
    end, number, unit, written = first
    worth, name = units[unit]
    if name == "name" and not named:
        return None  # '五個半': a classifier, no dollar
    if worth < 1 and number * worth >= 1:
        return None  # '300分' is points
    value, pos, parts = _later_parts(text, end + 1, number * worth, worth, name, units)
    if parts == 1 and not text.startswith(tuple(money), pos) and (unit == "分" or written == "一"):
        return None  # '5分': points or minutes as often; '一块', '一角': together, a corner
    if text.startswith(tuple(money), pos):
        pos += 1  # '两块钱一斤': 钱 says money, whatever follows
    elif not _ends(text, pos):
        return None
    return pos, value, "" if name == "name" else name, parts


def _first_unit(
    text: str, start: int, units: dict[str, tuple[Decimal, str]]
) -> tuple[int, Decimal, str, str] | None:
    """Matcher: the number at ``start`` and the unit of [colloquial zh] right after it, as
    (where the unit stands, the number, the unit, the number as written), or None: no unit
    there ('五千万' before none: the myriads are not ours), or 千 that begins a unit name
    ('五万千米': the kilometre, the grammar's).

    >>> _first_unit("三块五", 0, _table()[0])
    (1, Decimal('3'), '块', '三')
    """
    m = _NUMBER.match(text, start)
    if m is None:
        return None
    end = m.end()
    unit = text[end : end + 1]
    while unit not in units and end > m.start() + 1 and text[end - 1] in _BIG:
        end -= 1  # '五千万' before no unit: not ours
        unit = text[end : end + 1]
    if text[end - 1] in _SMALL:
        from moneyfacts.wordnumbers import _prefixed_unit

        if _prefixed_unit(text, end - 1):
            return None  # '五万千米', '千米': 千 begins the unit (kilometre), the grammar's
    number = han_number(text[m.start() : end])
    if number is None or unit not in units:
        return None
    return end, number, unit, text[m.start() : end]


def _later_parts(
    text: str, pos: int, value: Decimal, place: Decimal, family: str,
    units: dict[str, tuple[Decimal, str]],
) -> tuple[Decimal, int, int]:
    """The parts said after the first unit, from ``pos``, each a digit and a smaller unit of the
    same ``family`` ('五元七毛八分'), a half ('三块半'), or one last digit of the next place,
    its unit unsaid ('三块五', '三块零四': 零 skips a place): (value, end, parts).

    >>> _later_parts("三块五", 2, Decimal(3), Decimal(1), "元", _table()[0])
    (Decimal('3.5'), 3, 2)
    """
    parts = 1
    while pos < len(text):
        if text[pos] == _HALF and place >= Decimal("0.1"):
            return value + place / 2, pos + 1, parts + 1  # '三块半'
        zero = text[pos] in "零〇"
        at = pos + 1 if zero else pos
        step = place / (100 if zero else 10)
        read = _digit(text, at, False)
        if read is None:
            break
        d, after = read
        nxt = text[after : after + 1]
        if nxt in units and family in (units[nxt][1], "name") and units[nxt][0] < place:
            w = units[nxt][0]
            if d * w >= place:
                break
            value, place, pos = value + d * w, w, after + 1
            parts += 1
            continue
        if d >= 10:
            break
        return value + d * step, after, parts + 1  # '三块五': the next unit, unsaid
    return value, pos, parts


def spans(text: str, others: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The rewrites of ``text`` (start, end, new text): each amount said in parts
    (:func:`_said_in_parts`), each name moved after its number (:func:`_named`,
    :func:`_named_numeral`), and of ``others`` (the numerals' rewrites) those outside them
    (:func:`_with_others`).

    >>> spans("他花了三块五", [])
    [(3, 6, '3.5元')]
    """
    _units, money, exchange = _table()
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    found: list[tuple[int, int, str]] = []
    taken = -1
    for m in _NUMBER.finditer(text):
        start = m.start()
        if start < taken or (start and (text[start - 1].isdigit() or text[start - 1] in _HAN
                                        or text[start - 1] in _not_figures())):
            continue
        name = _name_before(text, start, lex.cjk_names, lex.max_cjk_len, exchange)
        span = _said_in_parts(text, m, name, money)
        if span is None and name is not None:
            span = _named(text, m, name, lex.cjk_names, lex.max_cjk_len) or (
                _named_numeral(text, start, name, others))
        if span is not None and span[0] >= 0:
            found.append(span)
            taken = span[1]
    found = _merge(found, _leading(text))
    if not found:
        return without_vague(text, others)
    return _with_others(text, found, others)


def _said_in_parts(
    text: str, m: re.Match[str], name: str | None, money: frozenset[str]
) -> tuple[int, int, str] | None:
    """Matcher: the rewrite of the amount said in parts from the number ``m`` (:func:`_amount`),
    with the currency ``name`` written before it, as one figure before its name ('三块五' as
    '3.5元', '港幣三蚊' as '3港幣'); (-1, -1, '') for a figure and 元 alone ('7元': the
    grammar's own, and no name moved either); None when no amount is said in parts there.

    >>> _said_in_parts("三块五", _NUMBER.match("三块五"), None, frozenset("钱"))
    (0, 3, '3.5元')
    """
    start = m.start()
    read = _amount(text, start, name is not None)
    if read is None:
        return None
    end, value, family, parts = read
    unit = text[m.end() : m.end() + 1] if m.end() < len(text) else ""
    if parts == 1 and family == "元" and unit in ("元", "圆") and name is None:
        return -1, -1, ""  # '7元': the grammar's own
    label = family or (name or "")
    if name is not None and family:
        label = name  # '港幣三蚊', '港币1,000元': the name says whose dollar
    begin = start - len(name) if name is not None else start
    # One unit after digits keeps them as written ('1.5亿', '1,000'): their precision.
    written = m.group() if parts == 1 and m.group()[:1].isdigit() and m.end() + 1 == end - (
        1 if text[end - 1 : end] in money else 0) and value == han_number(m.group()) else (
        f"{value:f}")
    return begin, end, f"{written}{label}"


def _with_others(
    text: str, found: list[tuple[int, int, str]], others: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The rewrites ``found``, a space after each unit that is no currency and has a Han word
    glued after it ('三米九' as '3.9米', then '到'), and those of ``others`` outside them
    (:func:`without_vague`), in text order: as the measures read a unit name, no character lost.

    >>> _with_others("三米九到", [(0, 3, "3.9米")], [])
    [(0, 3, '3.9米'), (3, 3, ' ')]
    """
    found = sorted(found + [(e, e, " ") for _s, e, new in found
                            if new[-1:] not in "元蚊" and e < len(text) and _han(text[e])])
    out = list(found)
    for span in without_vague(text, others):
        if not any(s < span[1] and span[0] < e for s, e, _t in found):
            out.append(span)
    return sorted(out)


def _leading(text: str) -> list[tuple[int, int, str]]:
    """'米九' (1.9 m), '块五' (1.5 yuan): a unit said first, its one unsaid, then one digit of
    the next place, and nothing going on after ('大米五斤' is rice). Not 元, the written unit,
    nor 個, a classifier."""
    units, _money, _exchange = _table()
    out: list[tuple[int, int, str]] = []
    for i, c in enumerate(text):
        if c not in units or c in "元圆" or units[c][0] != 1 or units[c][1] == "name":
            continue
        if i and (text[i - 1].isdigit() or text[i - 1] in _HAN):
            continue  # '三米九': the number's own
        read = _digit(text, i + 1, False)
        if read is None or read[0] >= 10 or not _ends(text, read[1]):
            continue
        out.append((i, read[1], f"1.{read[0]}{units[c][1]}"))
    return out


def _merge(first: list[tuple[int, int, str]],
           second: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``first`` with the spans of ``second`` that overlap none of them, in text order."""
    return sorted(first + [b for b in second
                           if not any(s < b[1] and b[0] < e for s, e, _t in first)])


def _name_before(text: str, start: int, names: dict[str, str], longest: int,
                 exchange: frozenset[str]) -> str | None:
    """The currency name written right before ``start`` ('人民幣', '港幣'), not one side of
    a rate ('兑美元')."""
    for k in range(min(longest, start), 0, -1):
        cand = text[start - k : start]
        if cand in names:
            if start - k and text[start - k - 1] in exchange:
                return None
            return cand
    return None


def _moved(text: str, m: re.Match[str], name: str, names: dict[str, str],
           longest: int) -> tuple[int, int, str] | None:
    """'人民幣3.14' as '3.14人民幣': a number after a name and before no currency or word."""
    end = m.end()
    if any(text[end : end + k] in names for k in range(1, longest + 1)):
        return None  # '人民币100元': the currency after it is read
    if not _ends(text, end) or (end < len(text) and text[end] in "%％.,"):
        return None  # '美元5月', '美元5%'
    number = han_number(m.group())
    if number is None:
        return None
    written = m.group() if m.group()[:1].isdigit() else f"{number:f}"
    return m.start() - len(name), end, f"{written}{name}"


def _named_numeral(text: str, start: int, name: str,
                   numerals: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """'新台币90亿2千8百万元': a name before a numeral of parts (``numerals``, the myriads'
    rewrites) ending in the generic 元 is that numeral's currency, as '90.28亿新台币'."""
    for s, e, new in numerals:
        if s == start and text[e : e + 1] in ("元", "圆"):
            return start - len(name), e + 1, f"{new}{name}"
    return None


#: Digits, then 千/百/十 and more digits or myriads ('2千8百万', '90亿2千8百万'): a numeral of
#: parts, which the grammar alone would read from its last digits ('8百万').
_MIXED = re.compile(r"\d[十百千]\d")


_DIGITS_BEFORE_NAME = re.compile(
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?[{''.join(_BIG)}]*")


def named(text: str) -> tuple[str, list[int]] | None:
    """In any text (no locale): a CJK currency name right before digits is their currency,
    also before the generic 元 ('新台币300亿元' is Taiwan dollars, not yuan; '港币1,000元'),
    as :func:`wordnumbers.rewrite` gives it: the new text and its positions, or None.

    >>> named("发行新台币300亿元债券")[0]
    '发行300亿新台币债券'
    """
    from moneyfacts.currencies import lexicon
    from moneyfacts.wordnumbers import _apply

    _units, _money, exchange = _table()
    lex = lexicon()
    found: list[tuple[int, int, str]] = []
    numerals: list[tuple[int, int, str]] = []
    if _MIXED.search(text) is not None:  # '90亿2千8百万元': read whole, as a locale would
        from moneyfacts.wordnumbers import _myriads

        numerals = [sp for sp in _myriads(text) if _MIXED.search(text, sp[0], sp[1])]
    for m in _DIGITS_BEFORE_NAME.finditer(text):
        start = m.start()
        if not start or not _han(text[start - 1]):
            continue
        name = _name_before(text, start, lex.cjk_names, lex.max_cjk_len, exchange)
        if name is None:
            continue
        moved = _named(text, m, name, lex.cjk_names, lex.max_cjk_len) or (
            _named_numeral(text, start, name, numerals))
        if moved is not None:
            found.append(moved)
    found = _merge(found, numerals)
    return _apply(text, found) if found else None


def _named(text: str, m: re.Match[str], name: str, names: dict[str, str],
           longest: int) -> tuple[int, int, str] | None:
    """The rewrite of a name before a number: before the generic 元 ('新台币300亿元' as
    '300亿新台币'), else moved after the number (:func:`_moved`)."""
    if text[m.end() : m.end() + 1] in ("元", "圆") and m.group()[:1].isdigit():
        return m.start() - len(name), m.end() + 1, f"{m.group()}{name}"
    return _moved(text, m, name, names, longest)


#: jieba's parts of speech that may stand in a noun phrase after a classifier: nouns (n, nr,
#: ns, nt, nz, ng, nrt...), verbal and adjectival nouns (vn, an), abbreviations (j), and the
#: adjectives and distinguishing words before them (a, b).
_PHRASE_TAGS = ("n", "vn", "an", "j", "a", "b")


def counted_noun(run: str) -> tuple[int, str] | None:
    """The noun a classifier counts, from the Han characters after it: the noun phrase that
    opens ``run`` (jieba's segmentation and parts of speech), as (its length, its head, the
    last noun: '320个基础设施项目' counts 项目, as '52 priority road projects' counts
    projects); (0, '') when no noun opens it; None without jieba.

    >>> counted_noun("部门接入平台"), counted_noun("基础设施项目开工"), counted_noun("摄像头就让")
    ((2, '部门'), (6, '项目'), (3, '摄像头'))
    """
    words = _segment(run)
    if words is None:
        return None
    head, noun_end, at = "", 0, 0
    for k, (word, tag) in enumerate(words):
        leading_verb = k == 0 and tag == "v" and len(words) > 1 and words[1][1].startswith("n")
        if not (tag.startswith(_PHRASE_TAGS) or leading_verb):  # '顯著特點': v, then n
            break
        at += len(word)
        if tag.startswith(("n", "vn", "j")):
            head, noun_end = word, at
    return noun_end, head


@cache
def _jieba() -> object | None:
    try:
        import logging

        import jieba  # type: ignore[import-untyped]
        import jieba.posseg  # type: ignore[import-untyped]

        jieba.setLogLevel(logging.WARNING)
        posseg: object = jieba.posseg
        return posseg
    except ImportError:  # pragma: no cover - a dependency; the heuristic stands without it
        return None


def _segment(run: str) -> list[tuple[str, str]] | None:
    posseg = _jieba()
    if posseg is None:
        return None
    return [(p.word, p.flag) for p in posseg.cut(run)]  # type: ignore[attr-defined]
