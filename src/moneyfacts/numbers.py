"""Numbers as written: digits with grouping, spelled numbers, and their precision.

A written number becomes a :class:`Figure`: an exact :class:`~decimal.Decimal` and the worth of
one unit in its last written digit. Nothing here ever touches a float.

>>> read_digits("1,234.5")
Figure(value=Decimal('1234.5'), precision=Decimal('0.1'))
>>> read_digits("1.234,50")          # decimal comma, told apart by the two separators
Figure(value=Decimal('1234.50'), precision=Decimal('0.01'))
>>> read_digits("1,00,000")          # Indian grouping
Figure(value=Decimal('100000'), precision=Decimal('1'))
>>> read_digits("12,5")              # a lone comma not followed by three digits is decimal
Figure(value=Decimal('12.5'), precision=Decimal('0.1'))
>>> read_spelled("two hundred")
Figure(value=Decimal('200'), precision=Decimal('1E+2'))
>>> read_spelled("half a")
Figure(value=Decimal('0.5'), precision=Decimal('0.1'))
>>> read_digits("1,5,7")
Traceback (most recent call last):
...
ValueError: '1,5,7' is not a well-formed number
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Context, Decimal, Inexact
from typing import NamedTuple

from moneyfacts.lexiconfile import lexicon_section

__all__ = ["Figure", "read_digits", "read_spelled", "scale", "GROUP_CHARS", "SPELLED",
           "ENGLISH_NUMBERS", "BELOW_HUNDRED", "without_format_chars", "plain_text"]

#: Characters that group digits: comma, dot, apostrophes (Swiss), no-break spaces (CLDR).
GROUP_CHARS = ",.'’\u00a0\u202f\u2009"
_SEP = re.compile(f"[{re.escape(GROUP_CHARS)}]")
#: English grouping with an optional decimal point, read at once (the rules below agree).
_EN_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
#: Longest digit run read as a number; longer runs are identifiers, not amounts.
MAX_DIGITS = 40
_CTX = Context(prec=MAX_DIGITS + 40)
#: The same, raising rather than rounding a digit away.
_EXACT = Context(prec=MAX_DIGITS + 40, traps=[Inexact])


class Figure(NamedTuple):
    """An exact number and the worth of one unit in its last written digit (a named tuple:
    the scan makes one for every number it sees)."""

    value: Decimal
    precision: Decimal


#: Powers of ten by exponent, made once (the scan asks for them for every number).
_POW = {e: Decimal(1).scaleb(e) for e in range(-2 * MAX_DIGITS, 2 * MAX_DIGITS)}
_ONE = Decimal(1)
#: ``_new(Figure, (value, precision))`` builds a Figure without going through the named
#: tuple's Python-level ``__new__`` (the scan makes two for every number).
_new = tuple.__new__


def _figure(digits: str) -> Figure:
    dot = digits.find(".")
    return _new(Figure, (Decimal(digits), _POW[0 if dot < 0 else dot + 1 - len(digits)]))


def _grouped(parts: list[str], indian_ok: bool = True) -> bool:
    """Are ``parts`` (split at one separator) a valid digit grouping?"""
    if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:-1]):
        # Indian grouping: 1,00,00,000 - two-digit groups, then a final group of three.
        if indian_ok and len(parts) >= 3 and len(parts[-1]) == 3 and 1 <= len(parts[0]) <= 2:
            return all(len(p) == 2 for p in parts[1:-1])
        return False
    return len(parts[-1]) == 3


def read_digits(token: str, *, decimal: str | None = None, group: str | None = None) -> Figure:
    """Read a run of digits and separators.

    With ``decimal``/``group`` given (a locale's symbols) they decide
    (:func:`_decimal_point`, then :func:`_locale_groups`). Without them: two different
    separators mean the last is the decimal mark (:func:`_two_marks`); one kind repeated is
    grouping; a lone ``,`` before exactly three digits groups (English), otherwise it is a
    decimal comma; a lone ``.`` is a decimal point; no-break spaces and apostrophes group
    (:func:`_one_mark`).

    Raises ValueError for a run that no convention reads (``1,5,7``).

    >>> read_digits("1.234,5", decimal=",", group=".").value, read_digits("1'234.5").value
    (Decimal('1234.5'), Decimal('1234.5'))
    """
    if len(token) > MAX_DIGITS + MAX_DIGITS // 2:
        raise ValueError(f"{token[:20]!r}… is too long to be an amount")
    if token.isdigit():  # the common case: no separator at all
        return _new(Figure, (Decimal(token), _ONE))
    if decimal is None:
        whole, dot, frac = token.partition(".")
        if dot and whole.isdigit() and frac.isdigit():  # '5.5', '12.50': a lone point
            return _new(Figure, (Decimal(token), _POW[-len(frac)]))
        if _EN_GROUPED.fullmatch(token):  # '11,000', '1,234.5': the news' commonest form
            return _figure(token.replace(",", ""))
    seps = _SEP.findall(token)
    if not seps:
        return _figure(token)
    if decimal is not None:
        fig = _decimal_point(token, seps, decimal, group) or _locale_groups(token, decimal, group)
    elif len(set(seps)) >= 2:
        fig = _two_marks(token, seps)
    else:
        fig = _one_mark(token, seps[0])
    if fig is None:
        raise ValueError(f"{token!r} is not a well-formed number")
    return fig


def _decimal_point(token: str, seps: list[str], decimal: str, group: str | None) -> Figure | None:
    """Rule, with a locale: a point that cannot group there is the decimal point. Where the
    decimal mark is a comma, a point not before three digits ('£ 8.10 miljoner' in Swedish
    copy, '$5.00' in Spanish); where the locale groups by no point either (ru, bg), a lone
    point not before three digits ('3.14'; '1.234' stays refused). None otherwise.

    >>> _decimal_point("8.10", ["."], ",", "\\u00a0"), _decimal_point("1.234", ["."], ",", ".")
    (Figure(value=Decimal('8.10'), precision=Decimal('0.01')), None)
    >>> _decimal_point("3.14", ["."], ",", None)
    Figure(value=Decimal('3.14'), precision=Decimal('0.01'))
    """
    if decimal == "," and group is not None:
        whole, dot, frac = token.partition(".")
        if dot and whole.isdigit() and frac.isdigit() and len(frac) != 3:
            return _new(Figure, (Decimal(token), _POW[-len(frac)]))
    if decimal != "." and token.count(".") == 1 and (
            group is None or "." not in _equivalent_groups(group)) and len(seps) == 1 and (
            len(token.partition(".")[2]) != 3):
        return _figure(token)
    return None


def _locale_groups(token: str, decimal: str, group: str | None) -> Figure | None:
    """Rule, with a locale: the locale's decimal mark, when written, last and once, and
    everything left of it grouped as the locale groups (or by a no-break or thin space:
    :func:`_equivalent_groups`); None when the run is not so written.

    >>> _locale_groups("1.234.567,89", ",", "."), _locale_groups("1,234.5", ",", ".")
    (Figure(value=Decimal('1234567.89'), precision=Decimal('0.01')), None)
    """
    head, dot, tail = token.rpartition(decimal) if decimal in token else (token, "", "")
    if not dot:
        head, tail = token, ""
    groups = _SEP.split(head)
    if len(groups) > 1:
        # Everything left of the decimal mark must be the locale's grouping.
        others = set(_SEP.findall(head))
        if group is not None and not others <= _equivalent_groups(group, decimal):
            return None
        if not _grouped(groups):
            return None
    if tail and _SEP.search(tail):
        return None
    return _figure("".join(groups) + ("." + tail if dot else ""))


def _two_marks(token: str, seps: list[str]) -> Figure | None:
    """Rule, without a locale, for a run with two kinds of separator: the last, written once, is
    the decimal mark (a comma or a point), the others one grouping ('1.234,50', '1,234.5',
    "1'234.5"); None otherwise ('1,234.5.6').

    >>> _two_marks("1.234,50", [".", ","]), _two_marks("1,234.5.6", [",", ".", "."])
    (Figure(value=Decimal('1234.50'), precision=Decimal('0.01')), None)
    """
    dec = seps[-1]
    if seps.count(dec) != 1 or dec not in ",.":
        return None
    head, _, tail = token.rpartition(dec)
    groups = _SEP.split(head)
    if len(set(_SEP.findall(head))) != 1 or not _grouped(groups):
        return None
    return _figure("".join(groups) + "." + tail)


def _one_mark(token: str, sep: str) -> Figure | None:
    """Rule, without a locale, for a run with one kind of separator ``sep``: a lone comma or
    point not before three digits is a decimal mark ('12,5'); otherwise it groups ('1,000,000',
    '1,00,000', '1.000'); None when it does neither ('1,5,7').

    >>> _one_mark("12,5", ","), _one_mark("1,00,000", ","), _one_mark("1,5,7", ",")
    (Figure(value=Decimal('12.5'), precision=Decimal('0.1')), Figure(value=Decimal('100000'), precision=Decimal('1')), None)
    """
    parts = token.split(sep)
    if len(parts) == 2 and sep in ",." and not (sep == "," and len(parts[1]) == 3):
        return _figure(parts[0] + "." + parts[1])
    if _grouped(parts):
        return _figure("".join(parts))
    return None


_SPACE_GROUPS = "\u00a0\u202f\u2009 "


def _equivalent_groups(group: str, decimal: str | None = None) -> set[str]:
    # CLDR's space-like group separators are interchangeable in practice; where the decimal
    # mark is a comma, a point groups too ('10.000 kr' in Norwegian and Swedish copy).
    if group in "\u00a0\u202f\u2009 ":
        return {"\u00a0", "\u202f", "\u2009", *("." if decimal == "," else "")}
    # A no-break or thin space between digits groups them in every locale ('30\u202f000
    # Euro' in de, where CLDR groups by a point): it can be nothing else.
    if group in "'’":
        return {"'", "’", "\u00a0", "\u202f", "\u2009"}
    return {group, "\u00a0", "\u202f", "\u2009"}


#: The English number words of [english-number] (lexicon.txt) and their values, in its order.
ENGLISH_NUMBERS = {word: int(value) for word, value in lexicon_section("english-number")}
#: Those below a hundred ('zero' to 'ninety'): the words a spelled number adds up.
BELOW_HUNDRED = {word: value for word, value in ENGLISH_NUMBERS.items() if value < 100}
#: The fractions a spelled number may name before a unit ('a quarter mile', 'tenth of a
#: gallon', 'three quarters of a cup'): the word -> its denominator (plural with -s too).
FRACTIONS = {
    "half": 2, "quarter": 4, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000,
}
#: Words of a spelled number (regex alternation, longest first).
SPELLED = "|".join(sorted([*BELOW_HUNDRED, "hundred", "and"], key=len, reverse=True))


def read_spelled(words: str) -> Figure:
    """Read a spelled number below a thousand: ``"three"``, ``"twenty-five"``,
    ``"two hundred and fifty"``, ``"a"``/``"an"`` (one), ``"half a"`` (0.5), ``"one and a
    half"`` (1.5, precise to the tenth, as '1.5' is).

    The precision of a spelled number is the place of its last non-zero word:
    ``"two hundred"`` is precise to the hundred, ``"twenty-five"`` to the unit.
    """
    w = re.split(r"[\s-]+", words.strip().lower())
    if w in (["a"], ["an"]):
        return Figure(Decimal(1), Decimal(1))
    if w in (["half", "a"], ["half", "an"], ["half"]):
        return Figure(Decimal("0.5"), Decimal("0.1"))
    if len(w) > 3 and w[-3:] == ["and", "a", "half"]:  # 'one and a half': 1.5, as written
        whole = read_spelled(" ".join(w[:-3]))
        return Figure(whole.value + Decimal("0.5"), Decimal("0.1"))
    fraction = _fraction_words(w)
    if fraction is not None:
        return fraction
    total = 0
    last = ""  # the kind of the word before: '', 'unit', 'teen', 'ten', 'hundred'
    for i, word in enumerate(w):
        if word == "and":
            continue
        if word in ("a", "an"):
            if i:
                raise ValueError(f"{words!r} is not a spelled number")
            total, last = 1, "unit"
        elif word == "hundred":
            if last in ("ten", "hundred"):
                raise ValueError(f"{words!r} is not a spelled number")
            total, last = (total or 1) * 100, "hundred"
        elif word in BELOW_HUNDRED:
            kind = _kind(BELOW_HUNDRED[word])
            if not _may_follow(last, kind):
                raise ValueError(f"{words!r} is not a spelled number")  # 'five six', 'seven eleven'
            total, last = total + BELOW_HUNDRED[word], kind
        else:
            raise ValueError(f"{words!r} is not a spelled number")
    if total == 0 and "zero" not in w:
        raise ValueError(f"{words!r} is not a spelled number")
    zeros = 0
    n = total
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return Figure(Decimal(total), Decimal(1).scaleb(zeros))


def _kind(value: int) -> str:
    return "unit" if value < 10 else "teen" if value < 20 else "ten"


def _may_follow(last: str, kind: str) -> bool:
    """Whether a number word of ``kind`` may follow one of ``last`` in a spelled number below a
    thousand: a unit after a ten ('twenty-five') or a hundred, a teen or a ten after a hundred
    only; never two units, a unit after a teen, nor two tens ('five six', 'seven eleven',
    'twenty thirty' are no number: they summed to 11, 18, 50).

    >>> [_may_follow(a, b) for a, b in (("ten", "unit"), ("unit", "unit"), ("hundred", "teen"), ("ten", "ten"))]
    [True, False, True, False]
    """
    return not last or last == "hundred" or (last == "ten" and kind == "unit")


def _fraction_words(w: list[str]) -> Figure | None:
    """'quarter', 'a quarter', 'tenth of a', 'three quarters of a': the fraction read exactly,
    or None when the words name none; ValueError for one with no exact decimal ('a third').

    >>> [str(read_spelled(t).value) for t in ("quarter", "tenth of a", "three quarters of an")]
    ['0.25', '0.1', '0.75']
    """
    core = w[:-1] if len(w) > 1 and w[-1] in ("a", "an") else w
    core = core[:-1] if len(core) > 1 and core[-1] == "of" else core
    if not core:
        return None
    last = core[-1]
    den = FRACTIONS.get(last) or (FRACTIONS.get(last[:-1]) if last.endswith("s") else None)
    if den is None or (core is w and len(w) > 1 and last not in ("half", "quarter")):
        return None
    head = core[:-1]
    num = read_spelled(" ".join(head)).value if head else Decimal(1)
    try:
        value = _EXACT_DIV.divide(num, Decimal(den))
    except Inexact:
        raise ValueError(f"{' '.join(w)!r} has no exact decimal value") from None
    exponent = value.normalize().as_tuple().exponent
    return Figure(value, Decimal(1).scaleb(min(0, exponent if isinstance(exponent, int) else 0)))


_EXACT_DIV = Context(prec=40, traps=[Inexact])


def scale(fig: Figure, power: int) -> Figure:
    """Multiply by ``10**power`` exactly, keeping the written precision.

    >>> scale(read_digits("5.5"), 9)
    Figure(value=Decimal('5500000000'), precision=Decimal('1E+8'))
    >>> scale(read_digits("5.50"), 9).precision
    Decimal('1E+7')
    """
    if not power:
        return fig
    kept = _SCALED.get((id(fig), power))
    if kept is not None and kept[0] is fig:  # the same figure object, scaled before
        return kept[1]
    if len(_SCALED) >= _MAX_SCALED:
        _SCALED.clear()
    scaled = _scaled(fig, power)
    _SCALED[(id(fig), power)] = (fig, scaled)
    return scaled


#: :func:`scale`'s answers by the identity of the figure (kept in the entry, so that its id
#: is not reused while the entry lives) and the power: the scan reads the commonest tokens
#: into the same Figure objects (grammar's kept figures: '5', '2.5', '1,200'), so '$2.5
#: billion' in text after text is scaled once. By identity, not by value: Decimal('5.5') and
#: Decimal('5.50') are equal keys but scale to different digits. Emptied when large.
_SCALED: dict[tuple[int, int], tuple[Figure, Figure]] = {}
_MAX_SCALED = 4096


def _scaled(fig: Figure, power: int) -> Figure:
    """:func:`scale` of a figure not kept."""
    # The exponent moves; the written digits stay. A figure's value is never written finer
    # than its precision, so a precision above one means a whole number, written whole
    # (5.5E+9 as 5500000000); the exact context raises if that would drop a digit.
    exp = fig.precision.adjusted() + power
    v = fig.value.scaleb(power, _CTX)
    if exp > 0:
        try:
            v = v.quantize(_ONE, None, _EXACT)  # positional: a third cheaper
        except Inexact:  # pragma: no cover - a figure written finer than its precision
            pass
    return _new(Figure, (v, _POW[exp] if exp in _POW else fig.precision.scaleb(power, _CTX)))


def _is_format(c: str) -> bool:
    return c >= "\u00ad" and unicodedata.category(c) == "Cf"


def _dropped(c: str) -> bool:
    """A character the scan may read without: a format character, or the Arabic tatweel
    (U+0640, a stroke that only draws a word longer), the latter before a digit only (see
    :func:`plain_text`)."""
    return c == "\u0640" or _is_format(c)


def without_format_chars(text: str) -> str:
    """``text`` less its invisible format characters (Unicode category Cf: zero-width
    spaces, bidi marks, soft hyphens): such a character is never a sign, and never part of
    one (CLDR writes the Arabic dirham 'د.إ.\u200f', and the Cape Verdean escudo U+200B).

    >>> without_format_chars("د.إ.\u200f"), without_format_chars("\u200b")
    ('د.إ.', '')
    """
    if text.isascii():
        return text
    return "".join(c for c in text if not _is_format(c))


#: Full-width ASCII forms (U+FF01-U+FF5E: '１０７５３', '％', '＄', 'ＵＳＤ') and the
#: ideographic space, as the ASCII characters they are written for; one character each, so no
#: offset moves. The full-width comma and full stop are CJK punctuation ('$20，300美元' is two
#: amounts): they are a separator only between two full-width digits ('１．０７５３').
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E) if 0xFF01 + i not in (0xFF0C, 0xFF0E)
               } | {0x3000: 0x20}
_FULL_WIDTH_SEPARATOR = re.compile("(?<=[０-９])[，．](?=[０-９])")


def plain_text(text: str) -> tuple[str, list[int] | None]:
    """The text as the scan reads it, and where each of its characters stands in ``text``
    (None when no character moved): format characters (Cf) and a tatweel before a digit left out, so that they are
    ignored inside numbers ('$5.5\u200b billion'), and full-width digits and signs read as
    ASCII ('１．０７５３美元').

    >>> plain_text("$5.5\u200b billion")
    ('$5.5 billion', [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12])
    >>> plain_text("１．５%")
    ('1.5%', None)
    >>> plain_text("٣٫٥ مليون")[0][:3]
    '٣.٥'

    """
    if text.isascii():
        return text, None
    chars = set(text)
    chars -= _PLAIN_CHARS  # the characters met before that are read as they are: no test
    odd = [c for c in chars if c >= "\u00ad" and (
        _dropped(c) or c in _FULL_WIDTH_CHARS or c in _TYPESET_SPACES)]
    if len(_PLAIN_CHARS) < _MAX_PLAIN_CHARS:
        _PLAIN_CHARS.update(chars.difference(odd))
    if not odd:
        return text, None
    if "\u3000" in odd or any("\uff01" <= c <= "\uff5e" for c in odd):
        text_ = _FULL_WIDTH_SEPARATOR.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)
        text_ = text_.translate(_FULL_WIDTH)
    else:
        text_ = text
    if any(c in _TYPESET_SPACES for c in odd):  # '30\u2005000 Pfund' (NZZ): a thin space
        text_ = _TYPESET_GROUP.sub("\u2009", text_)
    if "\u066b" in odd or "\u066c" in odd or "\u060c" in odd:  # '٣٫٥', '278،71'
        text_ = _ARABIC_SEPARATOR.sub(lambda m: _ARABIC_MARKS[m.group()], text_)
    if not any(_dropped(c) for c in odd):
        return text_, None
    keep = [i for i, c in enumerate(text) if not (c >= "\u00ad" and _dropped(c)) or (
        c == "\u0640" and not text[i + 1 : i + 2].isdigit())]  # 'بـ38.6': ب38.6; 'ريـال' stays
    if len(keep) == len(text):
        return text_, None
    return "".join(text_[i] for i in keep), keep


#: The characters :func:`plain_text` has met that it reads as they are (the letters of the
#: scripts read so far; at most about ``_MAX_PLAIN_CHARS``): a text of those alone is plain
#: after one set difference.
_PLAIN_CHARS: set[str] = set()
_MAX_PLAIN_CHARS = 1 << 16
#: The typesetter's spaces other than the thin and no-break ones (en, em, four- and six-per-em,
#: figure, punctuation and hair spaces; U+205F): between two digits, a thin space that groups.
_TYPESET_SPACES = frozenset("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u200a\u205f")
_TYPESET_GROUP = re.compile("(?<=\\d)[\u2000-\u2008\u200a\u205f](?=\\d)")
#: The decimal and group marks of CLDR's Arabic-Indic numbering ('arab': '٣٫٥', '١٬٠٠٠'),
#: read as '.' and ',' between two digits; and the Arabic comma between two digits, read as
#: a comma (asia22: Algerian copy's decimal comma, '278،71 مليار دولار', was read as 71
#: billion; Persian's group mark, '١٤،٤٤١،٤١٧'), which the grammar then reads as it reads ','.
_ARABIC_MARKS = {"\u066b": ".", "\u066c": ",", "\u060c": ","}
_ARABIC_SEPARATOR = re.compile("(?<=\\d)[\u066b\u066c\u060c](?=\\d)")
_FULL_WIDTH_CHARS = frozenset(map(chr, _FULL_WIDTH)) | {"，", "．"} | set(_ARABIC_MARKS)
