"""Ranges: two neighbouring parts joined into one reading ('$1.5-2 billion', 'between $5bn
and $7bn'), what one end lacks (magnitude, currency, unit) taken from the other."""

from __future__ import annotations

import re

from decimal import Decimal

from functools import cache
from typing import NamedTuple

from moneyfacts import steps
from moneyfacts.currencies import Lexicon, lexicon_section
from moneyfacts.numbers import scale
from moneyfacts.parts import Part

__all__ = ["merge_ranges", "change_from"]


def merge_ranges(
    text: str, parts: list[Part], lex: Lexicon
) -> list[tuple[Part, Part | None, int]]:
    """Pair parts that form ranges. Returns (low part, high part or None, start)."""
    if len(parts) < 2:  # most texts: nothing to pair
        return [(a, None, a.start if a.prefix_start is None else a.prefix_start) for a in parts]
    out: list[tuple[Part, Part | None, int]] = []
    i = 0
    while i < len(parts):
        a = parts[i]
        start = a.prefix_start if a.prefix_start is not None else a.start
        if i + 1 < len(parts):
            b = parts[i + 1]
            b_start = b.prefix_start if b.prefix_start is not None else b.start
            if 3 <= b_start - a.end <= 24:  # (_approx_end's own first test, here: no call)
                b_start = _approx_end(text, a, b_start, lex)
            if b_start - a.end <= 7:  # the longest gap a range is written with
                joined = _joined(text, a, b, start, b_start, lex, _restated(text, out, start))
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
        out.append((a, None, start))
        i += 1
    return out


_OPEN_BRACKET = re.compile(r"\s*[(\[]")


def _restated(text: str, out: list[tuple[Part, Part | None, int]], start: int) -> bool:
    """Does the figure at ``start`` open a bracket right after a range just read ('between 10
    and 15 °C (50 and 59 °F)'): the same range restated in another unit, its two ends joined
    as after 'between' (count17)?"""
    if not out or out[-1][1] is None:
        return False
    return _OPEN_BRACKET.fullmatch(text, out[-1][1].end, start) is not None


def _approx_end(text: str, a: Part, b_start: int, lex: Lexicon) -> int:
    """Where the gap before the high end ends: before an 'about' of its own ('zwischen 2 l
    und etwa 7 l', '2 - ~7 liter': the range is 2 to 7), else at ``b_start``."""
    if b_start - a.end < 3 or b_start - a.end > 24:
        return b_start
    if text[b_start - 1] != "~" and not _may_end_approx(text[a.end : b_start], lex):
        return b_start  # most gaps (' in ', ', up from '): no word an 'about' ends with
    qstart, qual = steps.qualifier_before(text, b_start, lex)
    return qstart if qual == "approx" and qstart > a.end else b_start


def _may_end_approx(gap: str, lex: Lexicon) -> bool:
    """Does ``gap`` end in a word an 'approx' qualifier ends with (:func:`_last_key` of it
    among :func:`_approx_lasts`)? The answer depends on the gap alone, for the lexicon's
    table: kept by gap (the gaps between two amounts recur: ' to ', ' and ', ', up from '),
    for the table ``_GAPS_FOR`` holds; emptied when large."""
    table = lex.qualifiers_by_last
    if not _GAPS_FOR or _GAPS_FOR[0] is not table:
        _GAPS.clear()
        _GAPS_FOR[:] = [table]
    found = _GAPS.get(gap)
    if found is None:
        found = _last_key(gap) in _approx_lasts(lex)
        if len(_GAPS) >= _MAX_GAPS:
            _GAPS.clear()
        _GAPS[gap] = found
    return found


_GAPS: dict[str, bool] = {}
_GAPS_FOR: list[object] = []
_MAX_GAPS = 4096


def _last_key(gap: str) -> str | None:
    """The last word of ``gap`` as :func:`~moneyfacts.steps.qualifier_before` looks it up
    (after a bracket glued to the word before, lower case, without an opening mark), when the
    gap ends in a space (else None). A qualifier that starts after the gap's start ends with
    this word, so one whose last word is none of [qualifier] 'approx' is no 'about' here."""
    if not gap[-1:].isspace():
        return None
    tail = gap.rsplit(None, 1)
    if not tail:
        return None
    last = tail[-1]
    cut = max(last.rfind("("), last.rfind("\uff08"))
    if cut > 0:
        last = last[cut + 1 :]
    return last.lower().lstrip(steps._OPENERS)


def _approx_lasts(lex: Lexicon) -> frozenset[str]:
    """The last words of the lexicon's qualifiers that read as 'approx' ('about', 'some',
    'rund'): the keys of ``lex.qualifiers_by_last`` with such a qualifier (kept for the last
    table given: the lexicon's, on every call)."""
    table = lex.qualifiers_by_last
    if not _APPROX or _APPROX[0][0] is not table:
        _APPROX[:] = [(table, frozenset(
            last for last, found in table.items() if any(q == "approx" for _, q in found)))]
    return _APPROX[0][1]


_APPROX: list[tuple[object, frozenset[str]]] = []


class _Joint(NamedTuple):
    """How two neighbouring parts are joined, as :func:`_joint` reads their gap: by a dash or
    a word (one of the two), the intro before the low end ('between', 'from'), whether the
    word is one of 'to', and whether the two are joined as after 'between'."""

    dash: str | None
    word: str | None
    intro: re.Match[str] | None
    to: bool
    between: bool


def _joined(
    text: str, a: Part, b: Part, start: int, b_start: int, lex: Lexicon, restated: bool = False
) -> tuple[Part, Part | None, int] | None:
    """Matcher: the range two neighbouring parts form ('$1.5-2 billion', 'between 5 and 7
    million'), as (low, high, start), or None: a height ('6-foot-5': :func:`_height`), else
    the joint of their gap (:func:`_joint`) unless it joins a change and the level it reached
    (:func:`_a_change`) or a year and a level (:func:`_year_before`), their ends made one
    (:func:`_range`, or a descending range in doubt: :func:`_in_doubt`). ``restated``: the pair
    opens a bracket right after a range, which it restates ('between 10 and 15 °C (50 and 59
    °F)').

    >>> from moneyfacts.grammar import _parts, _default_options
    >>> from moneyfacts.currencies import lexicon
    >>> text = "between $5bn and $7bn"
    >>> a, b = _parts(text, _default_options(), lexicon())
    >>> low, high, start = _joined(text, a, b, 8, 17, lexicon())
    >>> (low.fig.value, high.fig.value, start)
    (Decimal('5'), Decimal('7'), 0)
    """
    if a.unit == "foot" and text[a.end : b_start] == "-":
        height = _height(text, a, b)
        if height is not None:
            return height, None, start
    if _magnitude_sum(a, b, text[a.end : b_start]):
        return a, None, start  # '51 милиарда и 436 милиона евро': one amount (world23)
    joint = _joint(text, a, b, start, b_start, lex, restated)
    if joint is None:
        return None
    word = joint.word
    if _changed_to(text, a, b, word, lex):
        return None  # 'stieg von 5 auf 7 Milliarden Euro': two amounts (world23)
    if joint.dash and _unit_once_before_dash(text, a, b):
        return None  # 'I Lolland - 51.690.000 kroner - 3 projekter': two items, no range
    if word is not None and _level_left_bare(text, a, b, joint, lex):
        return None  # 'subieron de 10 a 12 millones': two amounts, the first refused (world22)
    if word is not None and (_a_change(text, a, b, start, joint, lex) or _year_before(text, a, b)):
        return None  # 'Shares rose $1.20 to $45.60'; 'rose in 2019 to 1.24 million vehicles'
    merged = _range(a, b)
    if merged is None:
        if not _descending(a, b) or not (joint.dash or joint.between) or joint.to:
            return None  # '$9bn to $8bn', 'from $9bn to $8bn', 'de 5% a 3%': a change, two amounts
        if joint.dash in lex.words.range_closed_dashes:
            return None  # (news22) 'Rs 1.5 trillion—Rs 221 billion less': an em dash before a
            # lower amount opens an aside, as a spaced one does; two amounts, no range
        merged = _in_doubt(text, a, b, start, b_start)
    if joint.intro and word:
        start = joint.intro.start()
    return merged[0], merged[1], start


def _joint(
    text: str, a: Part, b: Part, start: int, b_start: int, lex: Lexicon, restated: bool
) -> _Joint | None:
    """Matcher: how the gap between ``a`` (its text from ``start``) and ``b`` (from
    ``b_start``) joins them as a range's ends (:class:`_Joint`), or None: no range gap, a
    spaced em dash that opens an aside ('$1,199 — $100 more'), a word that joins a range only
    after 'between' with none before it.

    >>> from moneyfacts.grammar import _parts, _default_options
    >>> from moneyfacts.currencies import lexicon
    >>> text = "between $5bn and $7bn"
    >>> a, b = _parts(text, _default_options(), lexicon())
    >>> j = _joint(text, a, b, 8, 17, lexicon(), False); (j.word, j.to, j.between)
    ('and', False, True)
    """
    words = lex.words
    g = words.range_gap_groups(text[a.end : b_start])
    if not g:
        return None
    dash, word = g  # one of the two, as the gap is written
    if dash is not None and dash in words.range_closed_dashes and dash != text[a.end : b_start]:
        return None  # '$1,199 — $100 more': a spaced em dash opens an aside, no range
    intro = words.range_intro.search(text, max(0, start - words.range_intro_reach), start)
    if word is not None and word.lower() in words.range_change_to:
        return _change_joint(dash, word, intro, words.range_pair_intros)
    to = word is not None and word.lower() in words.range_to_words
    between = _paired(intro, a, word, to, restated, lex)
    # 'from 1.1 and 1.3 dollars': a bare low end after 'from', its unit written once, joined
    # as after 'between'; 'from $5bn and $3bn' stays two amounts
    if not (dash or (word or "").lower() in words.range_words_alone or between):
        if to or word is None or not _closed(text, b.end, words.range_pair_closers):
            return None
        between = True  # '700 ile 800 milyon dolar arasında': 'between' after both ends
    return _Joint(dash, word, intro, to, between)


def _change_joint(dash: str | None, word: str, intro: re.Match[str] | None,
                  pair_intros: frozenset[str]) -> _Joint | None:
    """(world23) The joint of a word that tells of a change ('von 5 auf 7'): after any 'from'
    intro but a pair's ('zwischen'), else no joint at all ('7 Milliarden auf 5 Jahre')."""
    if intro is None or intro.group(1).lower() in pair_intros:
        return None
    return _Joint(dash, word, intro, True, False)


def _a_change(text: str, a: Part, b: Part, start: int, joint: _Joint, lex: Lexicon) -> bool:
    """Rule: do the two parts joined by a word (not as after 'between', or by 'to', or by a
    word that joins alone) tell of a change and the level it reached, two amounts, not a
    range: a word of change before the low end, or before its 'from' intro ('Shares rose
    $1.20 to $45.60', 'Profit rose from $5bn to $7bn')? Not '$3 to 4 million' (one sign, one
    magnitude: a range whatever stands before), nor a bare low end of a level left.

    >>> from moneyfacts.grammar import _parts, _default_options
    >>> from moneyfacts.currencies import lexicon
    >>> text = "Shares rose $1.20 to $45.60"
    >>> a, b = _parts(text, _default_options(), lexicon())
    >>> _a_change(text, a, b, 12, _joint(text, a, b, 12, 21, lexicon(), False), lexicon())
    True
    """
    # a 'between' is one only with its 'and': 'fra 2 til 3' is Norwegian 'from ... to', not
    # Italian 'fra' (between), whose high end follows 'e'
    word, intro, to = joint.word, joint.intro, joint.to
    assert word is not None
    if joint.between and not to and word.lower() not in lex.words.range_words_alone:
        return False
    if a.kind is None and not _level_left(a, b, intro):
        return False
    if a.magnitude is None and b.magnitude is not None and b.prefix_start is None:
        return False  # ('$3 to 4 million': one sign, one magnitude, a range whatever stands before)
    # 'It ranged from $5bn to $7bn' is a range; 'rose 5 to 10 dollars', its low end bare, is a
    # range of the change; 'pasó de 10 millones a 15 millones de euros', 'выросли с 5 млрд до
    # 7 млрд рублей' are a change, the level left taking the currency of the level reached
    # (steps.carried)
    return (not to and _after_change(text, start, lex)) or (intro is not None and _after_change(
        text, intro.start(1), lex, after_from=True)) or (
        not to and intro is None and _change_of_object(text, a, b, start, lex))


#: (count22) The words between a verb of change and the amount after its object: up to four
#: words of letters ('decreased Argentinian wheat production 1.0 MMT to 19.5 MMT').
_OBJECT_WORDS = 4


def _change_of_object(text: str, a: Part, b: Part, start: int, lex: Lexicon) -> bool:
    """Rule (count22): 'X to Y', both ends written whole in one unit or currency, after a verb
    of change ([range-change], a word of four letters or more) and its object in the same
    clause ('The exchange decreased Argentinian wheat production 1.0 MMT to 19.5 MMT'), is the
    change and the level it reached, two amounts, not a range: the object is one to four
    words, none of [stop] ('increased its stake in 5 to 10 firms' stays a range), no figure
    or mark between. Not a share ('raised prices 5% to 10%' is a range of the change).

    >>> from moneyfacts.grammar import _parts, _default_options
    >>> from moneyfacts.currencies import lexicon
    >>> text = "Experts cut their Brazil crop estimate 2.1 MMT to 12.4 MMT."
    >>> a, b = _parts(text, _default_options(), lexicon())
    >>> _change_of_object(text, a, b, a.start, lexicon())
    True
    >>> text = "The firm cut jobs at 5 plants to 10 plants."
    >>> a, b = _parts(text, _default_options(), lexicon())
    >>> _change_of_object(text, a, b, a.start, lexicon())
    False
    """
    if a.kind not in ("measure", "money") or a.kind != b.kind or (a.unit, a.currency) != (
            b.unit, b.currency) or a.unit == "percent":
        return False
    words = text[max(0, start - 80) : start].split()
    stop, determiners = lex.words.stop, _object_determiners()
    for k in range(2, min(len(words), _OBJECT_WORDS + 1) + 1):
        verb, between = words[-k], words[-k + 1 :]
        if not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() and (
                w.lower() not in stop or w.lower() in determiners) for w in between):
            return False
        if len(verb) >= 3 and verb.islower() and verb not in stop and _change_kind(verb) == "change":
            return True
    return False


@cache
def _object_determiners() -> frozenset[str]:
    """[change-object]: the determiners an object of a verb of change may open with ('its',
    'their'), though [stop] words ('lowered its wheat estimate 1.5 Mt to 30 Mt')."""
    return frozenset(k.lower() for k, _ in lexicon_section("change-object"))


def _unit_once_before_dash(text: str, a: Part, b: Part) -> bool:
    """Rule (world22): a dash after an amount whose unit is written after its number ('51.690.000
    kroner - 3 kvalitetsfondsprojekter') and before a bare number without a magnitude joins
    two items of a list, not a range's ends: a range writes its unit once after the high end
    ('5-7 kroner'), or on both ('5 kroner - 7 kroner').

    >>> from moneyfacts.grammar import scan
    >>> [(q.value, q.unit) for q in scan("Lolland - 51.690.000 kroner - 3 projekter.", locale="da")]
    [(Decimal('51690000'), 'DKK')]
    """
    if not (a.kind is not None and a.prefix_start is None and b.kind is None
            and b.magnitude is None and b.prefix_start is None):
        return False
    written = text[a.start : a.end]
    return any(c.isalpha() for c in written.split()[-1]) and not written.split()[-1].isdigit()


def _level_left_bare(text: str, a: Part, b: Part, joint: _Joint, lex: Lexicon) -> bool:
    """Rule (world22): after a word of a change and its 'from' word ('rose from 5 to 7
    billion dollars', 'subieron de 10 a 12 millones de pesos'), the two figures are the level
    the change left and the one it reached, two amounts, not a range; when only the level
    reached has a magnitude, the level left does not say its own ('5' may be 5 billion or 5
    million); (world23) it takes the magnitude of the level reached when the two then stay
    within :data:`_CHANGE_FACTOR` of each other (:func:`_near_change`), as a range's low end
    does, else it is refused (``doubt``: the scan puts it into ``skipped``, naming both) and
    the level reached is read alone. A range after 'from' with no change before it ('It
    ranged from 5 to 7 billion') stays one.

    >>> from moneyfacts.grammar import scan
    >>> [(q.value, q.unit) for q in scan("Revenue rose from 5 to 7 billion dollars last year.")]
    [(Decimal('5000000000'), 'USD'), (Decimal('7000000000'), 'USD')]
    >>> [(q.value, q.unit) for q in scan("Revenue rose from 900 to 1.2 billion dollars.")]
    [(Decimal('1200000000'), 'USD')]
    >>> [(q.low, q.high) for q in scan("Revenue ranged from 5 to 7 billion dollars.")]
    [(Decimal('5000000000'), Decimal('7000000000'))]
    """
    intro = joint.intro
    if intro is None or intro.group(1).lower() in lex.words.range_pair_intros or not (
            a.magnitude is None and b.magnitude is not None and b.prefix_start is None
            and a.kind in (None, b.kind) and a.per is None and b.kind is not None):
        return False
    if not _after_change(text, intro.start(1), lex, after_from=True):
        return False
    if _near_change(a, b):  # (world23) '5' of 'rose from 5 to 7 billion': 5 billion
        a.magnitude = b.magnitude
        if a.kind is None:  # ('$3' of 'rose from $3 to 4 million' keeps its own sign)
            _take_from_reached(text, a, b)
        return True
    a.doubt = (f"{text[a.start : a.end]!r} is the level a change left, written without the "
               f"magnitude of {text[b.start : b.end]!r}, the level it reached")
    a.kind, a.unit, a.currency = b.kind, b.unit, b.currency
    return True


#: (world23) How far apart the two levels of a change may be, as a factor, for the level
#: left written bare to take the magnitude of the level reached ('von 5 auf 7 Milliarden':
#: 5 billion). Beyond it ('de 900 para 1,2 bilhão') the bare level is refused.
_CHANGE_FACTOR = 10


def _magnitude_sum(a: Part, b: Part, gap: str) -> bool:
    """Rule (world23): a whole number of a larger magnitude joined by a pair word to a smaller
    one that has the currency and stays below the larger's unit ('51 милиарда и 436 милиона
    евро', '2 billion and 300 million dollars'; ``gap`` between them) is one amount, their sum, written as a
    number says it: 51.436 billion. It was a descending range in doubt, or two amounts whose
    second was a silent part. ``a`` becomes the sum (changed in place).

    >>> from moneyfacts.grammar import scan
    >>> [(q.value, q.unit) for q in scan("Приходите са 42 милиарда и 318 милиона евро.", locale="bg")]
    [(Decimal('42318000000'), 'EUR')]
    """
    if a.magnitude is None or gap.strip().lower() not in steps._pair_joins():
        return False  # ('and', 'и', 'y' alone between the two)
    if not (b.magnitude is not None and a.magnitude > b.magnitude
            and a.prefix_start is None and b.prefix_start is None and b.kind == "money"
            and a.per is None and b.per is None and a.kind in (None, "money")
            and a.fig.value == a.fig.value.to_integral_value()
            and 0 <= b.fig.value < 10 ** (a.magnitude - b.magnitude)):
        return False
    shift = a.magnitude - b.magnitude
    a.fig = type(a.fig)(a.fig.value * 10**shift + b.fig.value, min(b.fig.precision, Decimal(1)))
    a.magnitude, a.end = b.magnitude, b.end
    a.kind, a.unit, a.currency, a.assumed = b.kind, b.unit, b.currency, b.assumed
    a.sign, a.ambiguous = b.sign, b.ambiguous
    return True


def _changed_to(text: str, a: Part, b: Part, word: str | None, lex: Lexicon) -> bool:
    """(world23) Is ``word`` one of 'to' that tells of a change ([range] 'change-to')? Then the
    level left is read beside the level reached (:func:`_level_left_of_change`)."""
    if word is None or word.lower() not in lex.words.range_change_to:
        return False
    _level_left_of_change(text, a, b)
    return True


def _level_left_of_change(text: str, a: Part, b: Part) -> None:
    """Rule (world23): after a word of 'to' that tells of a change ([range] 'change-to':
    'auf', 'para', 'naar', 'na') the two figures are the level left and the level
    reached, two amounts. A level left written as a bare number takes the kind, unit and
    currency of the level reached, and its magnitude when it has none of its own and the two
    levels then stay within :data:`_CHANGE_FACTOR` of each other; otherwise its magnitude is
    in doubt and it is refused (``doubt``), the level reached read alone. Only for money,
    measures and shares: '5 auf 7 Schulen' stays as it is.

    >>> from moneyfacts.grammar import scan
    >>> [(q.value, q.unit) for q in scan("Der Umsatz stieg von 5 auf 7 Milliarden Euro.", locale="de")]
    [(Decimal('5000000000'), 'EUR'), (Decimal('7000000000'), 'EUR')]
    >>> [(q.value, q.unit) for q in scan("O lucro caiu de 900 para 1,2 bilhão de reais.", locale="pt")]
    [(Decimal('1200000000'), 'BRL')]
    """
    if a.kind is not None or a.prefix_start is not None or a.per is not None or (
            b.kind not in ("money", "measure", "percent")):
        return
    if a.magnitude is None and b.magnitude is not None:
        if not _near_change(a, b):
            a.doubt = (f"{text[a.start : a.end]!r} is the level a change left, written without "
                       f"the magnitude of {text[b.start : b.end]!r}, the level it reached, and "
                       "far from it")
            a.kind, a.unit, a.currency = b.kind, b.unit, b.currency
            return
        a.magnitude = b.magnitude
    _take_from_reached(text, a, b)


def _take_from_reached(text: str, a: Part, b: Part) -> None:
    """(world23) The bare level left ``a`` of a change takes the kind, unit and currency of
    the level reached ``b``, and its shared sign, which the text then settles for both alike
    (:mod:`moneyfacts.resolve`: 'de 10 a 12 millones de pesos'); ``assumed`` says so, or
    names what settles the sign."""
    a.kind, a.unit, a.currency, a.per = b.kind, b.unit, b.currency, b.per
    a.sign, a.ambiguous = b.sign, b.ambiguous
    what = "currency" if b.kind == "money" else "unit"
    a.assumed = b.assumed or (f"{what} of {text[a.start : a.end]!r} taken from "
                              f"{text[b.start : b.end]!r}, the level the change reached")


def _near_change(a: Part, b: Part) -> bool:
    """(world23) Do the two levels of a change stay within :data:`_CHANGE_FACTOR` of each
    other with the bare level left ``a`` scaled by the magnitude of the level reached ``b``?"""
    left, reached = scale(a.fig, b.magnitude or 0).value, b.scaled().value
    return reached <= left * _CHANGE_FACTOR and left <= reached * _CHANGE_FACTOR


def _in_doubt(text: str, a: Part, b: Part, start: int, b_start: int) -> tuple[Part, Part]:
    """A descending range joined by a dash or as after 'between' ('between $9bn and $8bn'):
    one range, in doubt, its ends sharing what either has of kind, unit and currency."""
    low, high = text[start : a.end], text[b_start : b.end]
    a.doubt = f"range {text[start : b.end]!r} descends: {low!r} is not below {high!r}"
    a.kind = b.kind = b.kind or a.kind
    a.unit = b.unit = b.unit or a.unit
    a.currency = b.currency = b.currency or a.currency
    return a, b


def _paired(intro: re.Match[str] | None, a: Part, word: str | None, to: bool, restated: bool,
            lex: Lexicon) -> bool:
    """Are the two ends joined by their word as after 'between': a pair's intro before the
    low end ('between 5 and 7'; after 'from' only with a word of 'to': 'de 10 a 20
    millones'), any intro before a bare low end joined by a word, or a pair opening a bracket
    after a range it restates ('between 10 and 15 °C (50 and 59 °F)'; count17)?"""
    words = lex.words
    if to:  # 'de 10 a 20 millones': 'a' joins after 'de' alone
        return intro is not None and intro.group(1).lower() in words.range_from_intros
    if restated and word is not None:
        return True
    return intro is not None and (intro.group(1).lower() in words.range_pair_intros or (
        a.kind is None and a.prefix_start is None and word is not None))


def _height(text: str, a: Part, b: Part) -> Part | None:
    """'6-foot-5', '6-foot-5-inch': a height in feet and inches as sports and crime copy write
    it, read in inches as '6 feet 5 inches' is (77), or None: ``a`` a whole number of feet
    written with a hyphen ('6-foot'), ``b`` right after its hyphen a whole number of inches
    below 12, bare or in inches (count15: it was a descending range, refused)."""
    if not (a.kind == "measure" and a.magnitude is None and a.per is None and text[
            a.end - 5 : a.end].lower() == "-foot" and b.magnitude is None and b.per is None and (
            b.kind is None or b.kind == "measure" and b.unit == "inch") and b.prefix_start is None):
        return None
    feet, inches = a.fig.value, b.fig.value
    if feet != feet.to_integral_value() or inches != inches.to_integral_value() or not (
            0 <= inches < 12 and feet > 0):
        return None
    a.fig = type(a.fig)(feet * 12 + inches, a.fig.precision)
    a.unit, a.end = "inch", b.end
    return a


def _level_left(a: Part, b: Part, intro: re.Match[str] | None) -> bool:
    """Can ``a``, a bare number with its own magnitude after a 'from' word ('van 30,3 miljoen
    tot 49,8 miljoen euro'), be the level a change left, an amount of its own? Its value is
    whole inside its text; only its currency is the high end's (named after its number)."""
    return (intro is not None and a.kind is None and (a.magnitude is None) == (b.magnitude is None)
            and a.prefix_start is None and b.kind == "money" and b.currency is not None
            and b.prefix_start is None)  # (world22) 'rose from 5 to 7 dollars': no magnitude


def _closed(text: str, end: int, closers: frozenset[str]) -> bool:
    """Does a word of ``closers`` (a 'between' written after both ends, Turkish 'arasında')
    follow the high end ending at ``end``?

    >>> _closed("700 ile 800 milyon dolar arasında", 24, frozenset({"arasında"}))
    True
    """
    if not closers:
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in closers


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _after_change(text: str, start: int, lex: Lexicon, *, after_from: bool = False) -> bool:
    """Whether a word of a change ([range-change]: 'rose', 'fell', 'by', 'up') stands right
    before ``start``, or before one qualifier there ('rose nearly $1.20 to $45.60'): then 'X
    to Y' is a change and the level it reached, two amounts, not a range. ``after_from``:
    ``start`` is that of a 'from' before X, where the words marked ``from`` count too ('have
    gone from £8m to £14m'; 'it went $5 to $10' is none)."""
    before = _without_percent(text[max(0, start - 40) : start].split())
    if not before:
        return False
    last = before[-1].lower()
    kind = _change_kind(before[-1])
    if kind is None and len(before) > 1 and last in lex.qualifiers_before:
        kind = _change_kind(before[-2])
    return kind == "change" or (kind == "from" and after_from)


def _change_kind(word: str) -> str | None:
    """The [range-change] kind of ``word``: its own entry, or that of a stem it starts with
    (an entry ending with '*': 'podnies*' for 'podniesiona', 'podniesie', 'podniesiono'),
    a stem only for a word written in lower case (a verb or noun of change, not a name).

    >>> _change_kind("rose"), _change_kind("podniesiona"), _change_kind("Podniesiona"), _change_kind("od")
    ('change', 'change', None, None)
    """
    lower = word.lower()
    kind = _change_words().get(lower)
    if kind is None and word.islower():
        stem = _change_stems().match(lower)
        kind = "change" if stem is not None else None
    return kind


def change_from(text: str, start: int, lex: Lexicon) -> bool:
    """Does a 'from' word of [range] ('from', 'van', 'с', 'de') stand right before ``start``,
    itself after a word of a change ('rose from', 'steeg van', 'выросли с', 'pasó de')?

    >>> from moneyfacts.currencies import lexicon
    >>> change_from("Profit rose from 5 billion", 17, lexicon())
    True
    >>> change_from("It ranged from 5 billion", 15, lexicon())
    False
    """
    intro = lex.words.range_intro.search(text, max(0, start - lex.words.range_intro_reach), start)
    return intro is not None and _after_change(text, intro.start(1), lex, after_from=True)


def _without_percent(words: list[str]) -> list[str]:
    """``words`` without the percentage they end with ('increased by 30.8% from', 'rose 5
    per cent from': the change is written as a share too, before the levels), as the
    lexicon's [percent] words write it; else ``words`` as they are."""
    if not words:
        return words
    last = words[-1]
    if last[-1:] in _percent_signs() and _numeric(last[:-1]):
        return words[:-1]
    for n in (2, 3):  # '5 percent', '5 per cent'
        if len(words) > n and " ".join(words[-n + 1 :]).lower() in _percent_words() and (
                _numeric(words[-n])):
            return words[:-n]
    return words


def _numeric(word: str) -> bool:
    return bool(word) and word[0].isdigit() and word.replace(",", "").replace(".", "").isdigit()


@cache
def _percent_words() -> frozenset[str]:
    """The lexicon's [percent] phrases written as words ('percent', 'per cent', 'pct')."""
    return frozenset(k.lower() for k, _ in lexicon_section("percent") if k[0].isalpha())


@cache
def _percent_signs() -> frozenset[str]:
    """The lexicon's [percent] signs ('%', '％')."""
    return frozenset(k for k, _ in lexicon_section("percent") if not k[0].isalpha())


def _change_words() -> dict[str, str]:
    """The [range-change] words with their kind: ``change`` before an amount or a 'from',
    ``from`` before a 'from' only."""
    if not _CHANGE:
        from moneyfacts.currencies import lexicon_sections

        _CHANGE.append({k.lower(): v for k, v, _ in lexicon_sections().get("range-change", [])
                        if not k.endswith("*")})
    return _CHANGE[0]


@cache
def _change_stems() -> re.Pattern[str]:
    """The [range-change] stems ('wzros*', 'podnies*': every form of a verb or noun of change
    in a language that inflects them past listing), as one pattern matching a word's start;
    one that matches nothing when there are none."""
    from moneyfacts.currencies import lexicon_sections

    stems = sorted((k[:-1].lower() for k, _, _ in lexicon_sections().get("range-change", [])
                    if k.endswith("*")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, stems)) if stems else r"(?!)")


_CHANGE: list[dict[str, str]] = []


def _descending(a: Part, b: Part) -> bool:
    """Do ``a`` and ``b`` read as a range whose first end is not below its second ('$9-8
    billion', '$900-1 billion', '$9bn-$8bn')? Not for counts ('won 3-2'), nor for a bare
    figure before an amount with its own sign ('2024 – $5 billion')."""
    kind = _joinable(a, b)
    if kind is None or kind == "count":
        return False
    if a.kind is None and a.prefix_start is None and b.prefix_start is not None:
        return False
    return True


def _range(a: Part, b: Part) -> tuple[Part, Part] | None:
    """The low and high ends of a range read from two parts, what one lacks taken from the
    other, or None when they do not make one. The two parts become the ends (changed in
    place: the scan keeps no other reference to them)."""
    kind = _joinable(a, b)
    if kind is None or _whole_then_bare(a, b):
        return None
    power = _low_power(a, b)
    if power == _NOT_BELOW:
        return None
    unit, currency = b.unit or a.unit, b.currency or a.currency
    a.magnitude = power
    a.kind = b.kind = kind
    a.unit = b.unit = unit
    a.currency = b.currency = currency
    a.assumed = a.assumed or b.assumed
    a.ambiguous = a.ambiguous or b.ambiguous
    return a, b


def _whole_then_bare(a: Part, b: Part) -> bool:
    """(count22) Is ``a`` a measure or count written whole with its unit after it and no
    magnitude ('3 weeks'), and ``b`` a bare number with a magnitude ('16.8 million')? Then the
    two make no range: 'over the last three weeks to 16.8 million' is no 3 to 16.8 million
    weeks (a range writes its unit once after the high end, '3 to 5 million tonnes', or at
    both ends)."""
    return (a.kind in ("measure", "count") and a.unit is not None and a.magnitude is None
            and a.prefix_start is None and b.kind is None and b.unit is None
            and b.magnitude is not None)


def _year_like(a: Part) -> bool:
    """Is ``a`` a bare number written as a year: four digits, 1900-2099, nothing of its own?"""
    return (a.kind is None and a.prefix_start is None and a.magnitude is None
            and a.end - a.start == 4 and a.fig.precision == 1 and 1900 <= a.fig.value <= 2099)


def _year_before(text: str, a: Part, b: Part) -> bool:
    """Is ``a`` a year, the date of the amount after it: after 'in', 'since' or a month
    ([year-before], CLDR's months), or a thousand times below ``b``? 'Profit rose in 2021 to
    $127 million', 'the quarter ended September 2021 to Rs. 12745.50 millions' are no ranges
    from 2021."""
    if not _year_like(a):
        return False
    if b.scaled().value >= 1000 * a.fig.value:
        return True
    before = text[max(0, a.start - 16) : a.start].rstrip().rsplit(None, 1)
    word = before[-1].lower().strip("(,") if before else ""
    return word in _year_words()


@cache
def _year_words() -> frozenset[str]:
    from babel import Locale

    months = Locale("en").months["format"]
    return frozenset(k for k, _ in lexicon_section("year-before")) | frozenset(
        name.lower().rstrip(".") for width in ("wide", "abbreviated")
        for name in months[width].values())


def _clash(x: str | None, y: str | None) -> bool:
    return bool(x) and bool(y) and x != y


def _joinable(a: Part, b: Part) -> str | None:
    """The kind of a range of ``a`` to ``b``, or None when they differ in kind, currency or
    unit, or ``a`` is qualified or per a unit of its own."""
    kind = b.kind or a.kind
    if kind is None or (a.kind is not None and b.kind is not None and a.kind != b.kind):
        return None
    if _clash(a.currency, b.currency) or _clash(a.unit, b.unit) or a.qualifier or a.per:
        return None
    if kind == "percent" and (a.magnitude is not None or b.magnitude is not None):
        return None  # 'de 4,2 % à 856 millions': a change and the level it reached, no range
    return kind


#: What :func:`_low_power` gives when the low end is not below the high end.
_NOT_BELOW = -(10**9)


def _low_power(a: Part, b: Part) -> int | None:
    """The magnitude of the low end: the high end's when it lacks one and that keeps it below
    ('$1.5-2 billion'), else its own; ``_NOT_BELOW`` when it is not below the high end."""
    high = b.scaled().value
    if a.magnitude is None and b.magnitude is not None:
        if scale(a.fig, b.magnitude).value < high:
            return b.magnitude
        if a.prefix_start is not None and a.doubt is None and 1000 <= a.fig.value < high:
            return None  # 'between £600,000 and £2.5 million': its own sign, a thousand and more
        return _NOT_BELOW  # '$9-8 billion', '$900-1 billion': not $9 to $8 billion
    if not a.scaled().value < high:
        return _NOT_BELOW
    return a.magnitude
