"""Equivalents checked without a rate: units, restatements.

Two measures stated as equivalents, ``92,900 square metres (1 million square feet)`` or
``100 miles, or 160 km``, are linked by :func:`moneyfacts.mentions.link` when pint gives
them the same dimension (or one is the square of the other's: ``100 sq km (62 miles)``).
:func:`judge` checks such a pair exactly: pint's factor has no rate band, so the pair is
*consistent* when the original, within half its last written digit (more with "about"),
lands inside what the stated figure claims (its written precision, truncation and qualifier,
as for money: see :mod:`moneyfacts.verify`). The finding has ``kind="unit"``. When the gap is
explained, the cause names it:

* ``wrong_gallon``: US gallon for imperial gallon, or the other way round;
* ``wrong_ton``: short (US) ton, long ton or metric tonne mixed up;
* ``wrong_barrel``: a US liquid barrel (31.5 gallons) for an oil barrel (42), or back;
* ``wrong_mile``: statute for nautical miles, or back;
* ``square_as_linear``: an area converted with a length's factor (``100 sq km (62 sq
  miles)``), or an area stated as a length;
* ``magnitude_slip``: a factor of 1,000 missing or extra (metres for kilometres).

A money amount restated in its own currency, ``three hundred billion naira (N300bn)``, is a
restatement, not a conversion: it is checked the same way with a factor of one (a finding of
kind ``money`` with no rate; cause ``restated_unequal`` when the two do not agree).

>>> from moneyfacts import check
>>> [(f.kind, f.verdict) for f in check("It is 100 miles (160 km) long.", date=None).findings]
[('unit', 'consistent')]
>>> f = check("It is 100 miles (200 km) long.", date=None).findings[0]
>>> f.verdict, f.kind, f.explanation
('inconsistent', 'unit', '100 miles is 160.9344 kilometer (1.609344 kilometer per mile), not 200 km.')
>>> f = check("The tank holds 100 gallons (379 litres).", date=None).findings[0]
>>> f.verdict
'consistent'
>>> f = check("The tank holds 100 gallons (455 litres).", date=None).findings[0]
>>> f.verdict, f.cause.kind
('inconsistent', 'wrong_gallon')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from moneyfacts.models import Cause, Finding, Interval, Quantity, trusted

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.models import Equivalence

__all__ = ["across", "judge", "dimensions_match", "with_link"]

_ZERO = Decimal(0)

#: Units a writer may take one for the other, each group with its cause kind: a pint unit
#: name and the names it may have been confused with.
_CONFUSED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wrong_gallon", ("gallon", "imperial_gallon")),
    ("wrong_ton", ("metric_ton", "short_ton", "ton", "long_ton")),
    ("wrong_barrel", ("barrel", "oil_barrel", "us_liquid_barrel")),
    ("wrong_mile", ("mile", "nautical_mile")),
)


def _measure_unit(q: Quantity) -> str:
    return f"{q.unit} / ({q.per})" if q.per else q.unit


def _factor(src: str, dest: str) -> Decimal | None:
    """How many ``dest`` one ``src`` is (exact, from pint), or None across dimensions."""
    import pint

    from moneyfacts.units import registry

    ureg = registry()
    try:
        m = ureg.Quantity(Decimal(1), src).to(dest).magnitude
    except (pint.DimensionalityError, pint.UndefinedUnitError, AttributeError, TypeError,
            ValueError):
        return None
    return m if isinstance(m, Decimal) else None


def dimensions_match(a: Quantity, b: Quantity) -> bool:
    """Whether two measures may be stated as equivalents: another unit of the same dimension,
    or one the square of the other's (an area stated as a length: a slip :func:`judge`
    names). Pint is loaded only here, for a pair the text already links.

    >>> from moneyfacts import parse
    >>> dimensions_match(parse("100 miles"), parse("160 km"))
    True
    >>> dimensions_match(parse("100 miles"), parse("160 kg")), dimensions_match(parse("5 sq km"), parse("2 miles"))
    (False, True)
    """
    if a.kind != "measure" or b.kind != "measure" or (a.unit, a.per) == (b.unit, b.per):
        return False
    if _factor(_measure_unit(a), _measure_unit(b)) is not None:
        return True
    return _squared(a, b) is not None


def _squared(a: Quantity, b: Quantity) -> tuple[Decimal, bool] | None:
    """For an area and a length (either way round): the factor from a's unit to b's unit
    taken at the same power, and whether a is the area."""
    from moneyfacts.units import registry

    ureg = registry()
    try:
        da = ureg.Quantity(1, _measure_unit(a)).dimensionality
        db = ureg.Quantity(1, _measure_unit(b)).dimensionality
    except Exception:  # noqa: BLE001 - an unknown unit links nothing
        return None
    if da == db ** 2:
        f = _factor(_measure_unit(a), f"({_measure_unit(b)}) ** 2")
        return (f.sqrt(), True) if f is not None else None
    if db == da ** 2:
        f = _factor(f"({_measure_unit(a)}) ** 2", _measure_unit(b))
        return (f.sqrt(), False) if f is not None else None
    return None


def _tolerance_parts() -> tuple[Callable[..., tuple[Decimal, Decimal]], Callable[..., Decimal]]:
    from moneyfacts.tolerance import _claim, _effective_precision

    return _claim, _effective_precision


def _exact(q: Quantity) -> tuple[Decimal, Decimal]:
    """A figure taken as given (the source of a conversion): its value or range, within half
    its last written digit when it says "about"."""
    lo, hi = q.bounds
    h = q.precision / 2 if q.qualifier == "approx" else _ZERO
    return lo - h, hi + h


def _whole(q: Quantity) -> Quantity:
    """A whole figure written with digit grouping ('92,900') as the tolerance model reads a
    whole number: its trailing zeros may be rounding (the model reads '92,900' as a decimal
    fraction, with every digit meant, since it looks for a separator before digits)."""
    if q.precision == 1 and q.text:
        return q.model_copy(update={"text": ""})
    return q


def _claimed(q: Quantity, tol: Any) -> tuple[Decimal, Decimal]:
    """What a converted figure claims: its written precision, truncation and qualifier."""
    claim, _ = _tolerance_parts()
    lo, hi = q.bounds
    w = _whole(q)
    return claim(lo, w, tol)[0], claim(hi, w, tol)[1]


Sides = tuple[tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]], ...]


def _sides(a: Quantity, b: Quantity, tol: Any) -> Sides:
    """The two ways the pair may have been written: a converted into b (a taken as given, b
    claiming its written precision), or b into a. '92,900 square metres (1 million square
    feet)' converts the million square feet; '100 miles (160 km)' the hundred miles."""
    return ((_exact(a), _claimed(b, tol)), (_claimed(a, tol), _exact(b)))


def _fits(sides: Sides, factor: Decimal, offset: Decimal = _ZERO) -> bool:
    """Whether some way of writing the pair agrees at ``factor`` (b units per a unit; plus
    ``offset`` for a temperature: 30 °C is 30 × 1.8 + 32 °F)."""
    return any(src[0] * factor + offset <= claim[1] and claim[0] <= src[1] * factor + offset
               for src, claim in sides)


def _offset(src: str, dest: str) -> Decimal:
    """What zero ``src`` is in ``dest``: 32 from °C to °F, 0 for any unit without an offset."""
    from moneyfacts.units import registry

    zero = registry().Quantity(Decimal(0), src).to(dest).magnitude
    return zero if isinstance(zero, Decimal) else _ZERO


def _swaps(unit: str) -> list[tuple[str, str]]:
    """``unit`` with one confusable name replaced by each of its look-alikes, and the cause."""
    out = []
    for kind, names in _CONFUSED:
        for name in names:
            pieces = unit.replace("(", " ( ").replace(")", " ) ").split()
            if name not in pieces:
                continue
            for other in names:
                if other != name:
                    swapped = " ".join(other if p == name else p for p in pieces)
                    out.append((swapped.replace("( ", "(").replace(" )", ")"), kind))
    return out


def _cause(a: Quantity, b: Quantity, sides: Sides,
           square: tuple[Decimal, bool] | None) -> Cause | None:
    """The slip that explains the gap, named only when the original converted with it lands
    within the stated figure's precision (as for money: see moneyfacts.verify)."""
    sides = sides[:1]
    ua, ub = _measure_unit(a), _measure_unit(b)
    for side, unit in (("original", ua), ("stated", ub)):
        for swapped, kind in _swaps(unit):
            f = _factor(swapped, ub) if side == "original" else _factor(ua, swapped)
            if f is not None and _fits(sides, f):
                was = unit if side == "original" else ub
                return Cause(kind=kind,  # type: ignore[arg-type]
                             detail=f"the {side} figure converted as {swapped}, not {was}")
    if square is not None:  # an area and a length: the pair fits as lengths
        if _fits(sides, square[0]):
            return Cause(kind="square_as_linear",
                         detail="an area stated as a length (or the other way round)")
        return None
    linear = _linear_factor(ua, ub)
    if linear is not None and _fits(sides, linear):
        return Cause(kind="square_as_linear",
                     detail="an area converted with the factor of its length unit, not its square")
    f = _factor(ua, ub)
    if f is not None:
        for factor in (Decimal(1000), Decimal("0.001")):
            if _fits(sides, f * factor):
                return Cause(kind="magnitude_slip", factor=factor,
                             detail=f"a factor of {factor.normalize():f} "
                             f"{'missing' if factor > 1 else 'too many'}")
    return None


def _linear_factor(ua: str, ub: str) -> Decimal | None:
    """For two areas ('kilometer ** 2', 'mile ** 2'): the factor between their lengths."""
    if not (ua.endswith(" ** 2") and ub.endswith(" ** 2")) or "/" in ua + ub:
        return None
    return _factor(ua[:-5], ub[:-5])


def judge(a: Quantity, b: Quantity, e: Equivalence | None, tol: Any) -> Finding | None:
    """The finding of a pair checked without a rate (two measures, or money restated in its own
    currency), or None for a conversion between currencies (see the module documentation)."""
    if a.kind == "money" and b.kind == "money" and a.unit == b.unit:
        factor: Decimal | None = Decimal(1)
        kind = "money"
        square = None
    elif a.kind == "measure" and b.kind == "measure":
        kind = "unit"
        factor = _factor(_measure_unit(a), _measure_unit(b))
        square = _squared(a, b) if factor is None else None
    else:
        return None
    sides = _sides(a, b, tol)
    src = _exact(a)
    form = e.form if e is not None else None
    evidence = e.evidence if e is not None else None
    who_a, who_b = a.text or str(a), b.text or str(b)
    if factor is None:
        if square is None:
            return None
        f = _finding(a, b, "inconsistent", None, None, kind, form, evidence,
                     _cause(a, b, sides, square), f"{who_a} is an area and {who_b} a length "
                     "(or the other way round): they are not the same measure")
        return f
    offset = _ZERO
    if kind == "unit":  # a temperature converts with an offset, and its factor is the step
        zero = _offset(_measure_unit(a), _measure_unit(b))
        if zero:
            offset, factor = zero, factor - zero
    expected = Interval(low=src[0] * factor + offset, high=src[1] * factor + offset, unit=b.unit)
    value = a.bounds[0] * factor + offset
    stated = b.bounds[0]
    deviation = (stated - value) / value if value else None
    shown = f"{_plain(factor)} {b.unit} per {a.unit}" if kind == "unit" else "the same currency"
    if _fits(sides, factor, offset):
        return _finding(a, b, "consistent", expected, deviation, kind, form, evidence, None,
                        f"{who_a} is {_span(expected)} {b.unit} "
                        f"({shown}): {who_b} agrees.")
    cause = (_cause(a, b, sides, None) if not offset else None) if kind == "unit" else Cause(
        kind="restated_unequal", detail="the same amount restated as another figure")
    why = f"; likely {cause.detail}" if cause is not None else ""
    return _finding(a, b, "inconsistent", expected, deviation, kind, form, evidence, cause,
                    f"{who_a} is {_span(expected)} {b.unit} "
                    f"({shown}), not {who_b}{why}.")


def _span(i: Interval) -> str:
    lo, hi = _plain(i.low), _plain(i.high)
    return lo if lo == hi else f"{lo}–{hi}"


def _plain(d: Decimal) -> str:
    q = d.quantize(Decimal(1)) if abs(d) >= 1000 else d.normalize()
    return format(q.normalize() if q == q.to_integral_value() else round(q, 6).normalize(), "f")


def _finding(a: Quantity, b: Quantity, verdict: str, expected: Interval | None,
             deviation: Decimal | None, kind: str, form: str | None, evidence: object,
             cause: Cause | None, explanation: str) -> Finding:
    f: Finding = trusted(Finding, {
        "original": a, "stated": b, "verdict": verdict, "expected": expected,
        "deviation": deviation, "rate": [], "explanation": explanation, "cause": cause,
        "consistent_dates": [], "subject": "equivalent", "band": None, "kind": kind, "form": form,
        "evidence": evidence})
    return f


def with_link(f: Finding, e: Equivalence) -> Finding:
    """A money pair's finding with the form (and evidence) of the equivalence it checked."""
    return f.model_copy(update={"form": e.form, "evidence": e.evidence})


# --- amounts linked across sentences ---------------------------------------------------------



@lru_cache(maxsize=1)
def _apart() -> frozenset[str]:
    """[subject-apart] (lexicon.txt): words that, between a subject word and its amount or
    just before an amount, make the amount another one than the subject's ('an increase
    from', 'more than', 'last year's').

    >>> "from" in _apart(), "budget" in _apart()
    (True, False)
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["subject-apart"])


@lru_cache(maxsize=1)
def _determiners() -> tuple[str, ...]:
    """[subject-determiner] (lexicon.txt): the words that open a subject phrase told again
    ('the budget', 'this figure'), and a short lead of a link phrase in the next sentence.

    >>> _determiners()[:2]
    ('the', 'this')
    """
    from moneyfacts.currencies import lexicon_sections

    return tuple(k for k, _, _ in lexicon_sections()["subject-determiner"])


#: How many sentences apart two amounts one subject names may be (in adjacent paragraphs).
_REACH = 4
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A sentence ends at . ! ? (and closing quotes) before a space and a capital, a digit, a
#: quote or a currency sign; a line break ends a paragraph. (The one class first lets the
#: regex engine skip to the next of its characters instead of trying every position.)
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(\[$€£¥]|[^\W_])|(?<=\n)\n*)")


def _abbreviation() -> re.Pattern[str]:
    """A full stop that ends no sentence: after initials ('U.S.') or a word of [abbreviation]
    (lexicon.txt: 'Mr.', 'Rs.').

    >>> [bool(_abbreviation().search(t)) for t in ("the U.S.", "Mr.", "Sept.", "a rally.")]
    [True, True, True, False]
    """
    from moneyfacts.currencies import lexicon_alternation

    return re.compile(rf"(?:\b[A-Z]\.){{1,3}}$|\b(?:{lexicon_alternation('abbreviation')})\.$")


_ABBREV = _abbreviation()


@dataclass(frozen=True)
class _Across:
    phrase: re.Pattern[str]
    subjects: dict[str, str]
    subject: re.Pattern[str]
    modifiers: frozenset[str]
    #: The [link-across] phrases as one alternation (spaces matching any run of spaces).
    phrases: str
    #: The last word of any of those phrases, at the end of a text: the screen of ``phrase``.
    last_word: re.Pattern[str]
    #: Those words reversed, to match at the start of a reversed text (see :func:`_ends_in`).
    last_word_reversed: re.Pattern[str]


@lru_cache(maxsize=1)
def _across() -> _Across:
    """The [link-across] phrases and the [subject] words of the lexicon."""
    from moneyfacts.currencies import lexicon_sections

    sections = lexicon_sections()
    phrases = sorted((k for k, _, _ in sections.get("link-across", [])), key=len, reverse=True)
    subjects = {k.lower(): v for k, v, _ in sections.get("subject", [])}
    if not phrases or not subjects:
        raise ValueError("lexicon.txt: sections [link-across] and [subject] are needed")

    def alt(words: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)

    phrase = re.compile(rf"(?P<pre>.*?)(?<![\w'’])(?P<phrase>{alt(phrases)})\s*[,:]?\s*$",
                        re.I | re.S)
    words = sorted(subjects, key=len, reverse=True)
    subject = re.compile(rf"(?<![\w-])(?:{alt(words)})(?![\w-])", re.I)
    modifiers = frozenset(k.lower() for k, _, _ in sections.get("subject-modifier", []))
    last = sorted({w.split()[-1] for w in phrases}, key=len, reverse=True)
    if len(last[0]) >= _LONGEST_LAST_WORD:  # pragma: no cover - the lexicon's are short
        raise ValueError(f"lexicon.txt [link-across]: {last[0]!r} is too long a word")
    last_word = re.compile(rf"(?:{alt(last)})$", re.I)
    reversed_words = re.compile(f"(?:{'|'.join(re.escape(w[::-1]) for w in last)})", re.I)
    return _Across(phrase, subjects, subject, modifiers, alt(phrases), last_word, reversed_words)


def _ends_in(head: str, data: _Across) -> bool:
    """``data.last_word.search(head)``, for a ``head`` without a line break at its end: its
    reversed end matched once, where the search tries the case-insensitive alternation at
    every position (costly: it runs for most texts with two currencies).

    >>> _ends_in("that is", _across()), _ends_in("in euro TERMS", _across()), _ends_in("X", _across())
    (True, True, False)
    """
    return data.last_word_reversed.match(head[: -_LONGEST_LAST_WORD - 1 : -1]) is not None


def _ends_in_phrase_word(head: str, data: _Across) -> bool:
    """The screen of ``data.phrase`` (which tries every position of ``head``): does ``head``
    end, but for spaces and one comma or colon, in the last word of a [link-across] phrase?"""
    head = head.rstrip()
    if head[-1:] in (",", ":"):
        head = head[:-1].rstrip()
    return _ends_in(head, data)


#: More letters than the last word of any [link-across] phrase has (checked at load).
_LONGEST_LAST_WORD = 40


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    paragraph: int


def _sentences(text: str) -> list[_Sentence]:
    """The sentences of ``text`` with their paragraph (line) numbers."""
    out: list[_Sentence] = []
    start = paragraph = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group() and _ABBREV.search(text, max(0, m.start() - 8), m.start() + 1):
            continue
        if text[start:m.start()].strip():
            out.append(_Sentence(start, m.start() + 1, paragraph))
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    if text[start:].strip():
        out.append(_Sentence(start, len(text), paragraph))
    return out


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _subject_of(text: str, q: Quantity, sent: _Sentence, *, anaphoric: bool,
                found: list[re.Match[str]] | None = None) -> str | None:
    """The subject word naming ``q`` in its sentence: at most three words before it (none
    setting it apart: 'increase from'), or (unless ``anaphoric``) at most two after it
    ('a $5 billion fine'). ``anaphoric``: the word must be before, after the/this/its.
    ``found``: the subject words of the sentence before ``q``, if already searched."""
    data, apart = _across(), _apart()
    before = text[sent.start:q.start]
    for m in found if found is not None else data.subject.finditer(before):
        gap = _words(before[m.end():])
        if len(gap) > 3 or any(w in apart for w in gap):
            continue
        if anaphoric:
            # 'The budget', 'the proposed budget': a determiner, then only words that keep
            # it the same amount ('The 2025 budget', 'the chip budget' may be another one).
            lead = _words(before[:m.start()])[-3:]
            at = max((k for k, w in enumerate(lead) if w in _determiners()), default=None)
            if at is None or any(w not in data.modifiers for w in lead[at + 1:]):
                continue
        return data.subjects[" ".join(m.group().lower().split())]
    if anaphoric:
        return None
    after = text[q.end:sent.end]
    later = data.subject.search(after)
    if later is not None and len(_words(after[:later.start()])) <= 2 and not any(
            w in apart for w in _words(after[:later.start()])):
        return data.subjects[" ".join(later.group().lower().split())]
    return None


def _set_apart(text: str, q: Quantity, sent: _Sentence) -> bool:
    """Whether the word just before ``q`` makes it a point of comparison ('from', 'than'),
    or the word after it a difference ('$3 billion more')."""
    before = _words(text[sent.start:q.start])
    return (bool(before) and before[-1] in _apart()) or _compared_after(text, q)


@lru_cache(maxsize=1)
def _compared() -> frozenset[str]:
    """[compared-after] (lexicon.txt): words right after an amount that make it a difference
    ('$3 billion more', '5% higher than').

    >>> sorted(_compared())[:3]
    ['above', 'below', 'extra']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["compared-after"])


def _compared_after(text: str, q: Quantity) -> bool:
    after = _words(text[q.end:q.end + 20])
    return bool(after) and after[0] in _compared()


def _evidence(text: str, sentences: list[_Sentence], i: int, j: int, **kw: str) -> Any:
    from moneyfacts.models import Evidence

    shown = [" ".join(text[s.start:s.end].split()) for s in (sentences[i], sentences[j])]
    return Evidence(sentences=shown if i != j else shown[:1], **kw)


def _link(original: int, stated: int, form: str, evidence: Any) -> Equivalence:
    from moneyfacts.models import Equivalence

    return Equivalence(original=original, stated=stated, form=form, evidence=evidence)


def across(text: str, mentions: list[Quantity], links: list[Equivalence]) -> list[Equivalence]:
    """Equivalents stated across sentences: a link phrase before the second amount
    (form ``phrase``), or one subject naming both (form ``implied``); see the README.

    >>> from moneyfacts import extract
    >>> ex = extract("The fund holds 88.5 trillion yen. That is equivalent to some 640 billion US dollars.")
    >>> [(e.form, e.evidence.phrase) for e in ex.equivalences]
    [('phrase', 'That is equivalent to')]
    >>> ex = extract("The company plans to invest about $23 billion in 2026.\\n"
    ...              "The proposed budget totals roughly 160 billion yuan.")
    >>> [(e.original, e.stated, e.form, e.evidence.subject) for e in ex.equivalences]
    [(0, 1, 'implied', 'budget')]
    >>> extract("US Big Tech spent more than $300 billion. ByteDance's Rmb160 billion budget "
    ...         "is smaller.").equivalences
    []
    """
    money = _unlinked_money(mentions, links)
    if money is None or not _may_link(text, mentions, money):
        return []
    scene = _Scene.of(text, mentions, money)
    out, taken = _phrase_links(scene, money)
    # (b) needs money in two sentences: with two currencies, such amounts make a pair.
    if len(set(scene.where.values())) < 2:
        return out
    return out + _implied_links(scene, money, taken)


def _unlinked_money(mentions: list[Quantity], links: list[Equivalence]) -> list[int] | None:
    """The money amounts no link has taken, or None unless they are in two currencies (most
    texts with two amounts stop here: one loop, no comprehensions)."""
    used: set[int] = set()
    for e in links:
        used.add(e.original)
        used.add(e.stated)
    money: list[int] = []
    unit: str | None = None
    two_units = False
    for i, q in enumerate(mentions):
        if q.kind == "money" and q.value is not None and i not in used:
            money.append(i)
            if unit is None:
                unit = q.unit
            elif q.unit != unit:
                two_units = True
    return money if two_units else None


@dataclass(frozen=True)
class _Scene:
    """What both kinds of link read: the text's sentences and the sentence of each amount."""

    text: str
    mentions: list[Quantity]
    sentences: list[_Sentence]
    starts: list[int]
    #: The sentence of each unlinked money amount.
    where: dict[int, int]
    data: _Across

    @classmethod
    def of(cls, text: str, mentions: list[Quantity], money: list[int]) -> _Scene:
        sentences = _sentences(text)
        starts = [s.start for s in sentences]
        where = {i: max(0, bisect_right(starts, mentions[i].start) - 1) for i in money}
        return cls(text, mentions, sentences, starts, where, _across())

    def sentence_of(self, q: Quantity) -> int:
        return max(0, bisect_right(self.starts, q.start) - 1)

    def money_per_sentence(self) -> dict[int, int]:
        """How many money amounts (linked or not) each sentence holds."""
        per_sentence: dict[int, int] = {}
        for q in self.mentions:
            if q.kind == "money":
                k = self.sentence_of(q)
                per_sentence[k] = per_sentence.get(k, 0) + 1
        return per_sentence

    def headline(self) -> bool:
        """Whether the text opens with a headline: a first line without a sentence end, and
        alone in its paragraph."""
        s = self.sentences
        return bool(s) and s[0].paragraph == 0 and not self.text[
            s[0].start:s[0].end].rstrip().endswith((".", "!", "?")) and (
            len(s) < 2 or s[1].paragraph > 0)


def _phrase_links(scene: _Scene, money: list[int]) -> tuple[list[Equivalence], set[int]]:
    """(a) A link phrase right before the second of two adjacent amounts in two currencies,
    in the same or the next sentence; the links and the amounts they took."""
    text, mentions, sentences, where = scene.text, scene.mentions, scene.sentences, scene.where
    out: list[Equivalence] = []
    taken: set[int] = set()
    for k in range(1, len(money)):
        i, j = money[k - 1], money[k]
        a, b = mentions[i], mentions[j]
        si, sj = where[i], where[j]
        if a.unit == b.unit or a.per != b.per or sj - si > 1 or i in taken:
            continue
        if any(m.kind == "money" for m in mentions[i + 1:j]):
            continue
        head_start = a.end if si == sj else sentences[sj].start
        m = scene.data.phrase.match(text, head_start, b.start) if _ends_in_phrase_word(
            text[head_start : b.start], scene.data) else None
        if m is None:
            continue
        if _phrase_leads(m.group("pre"), same_sentence=si == sj, data=scene.data) and (
                not _compared_after(text, b)) and len(m.group("pre")) <= 80:
            out.append(_link(i, j, "phrase", _evidence(text, sentences, si, sj,
                                                         phrase=" ".join(m.group("phrase").split()))))
            taken.update((i, j))
    return out, taken


def _phrase_leads(pre: str, *, same_sentence: bool, data: _Across) -> bool:
    """Whether the words before a link phrase let it link: in the amount's own sentence only
    punctuation ('..., or about'); in the next one a short lead ('That is', 'The figure
    corresponds to') or another link phrase ('In dollar terms, that is')."""
    if same_sentence:
        return not pre.strip() or pre.rstrip()[-1:] in ",;:(–—-"
    lead = _words(pre)
    return not lead or (len(lead) <= 4 and lead[0] in (*_determiners(), "it", "which")) or (
        re.fullmatch(rf"\s*(?:{data.phrases})\s*,?\s*", pre, re.I) is not None)


def _implied_links(scene: _Scene, money: list[int], taken: set[int]) -> list[Equivalence]:
    """(b) One subject naming both: the second amount after the/this/its ('The budget
    totals ...'), in another sentence than the first, the only figure of its class around in
    another currency."""
    text, mentions, sentences, where = scene.text, scene.mentions, scene.sentences, scene.where
    headline = scene.headline()
    subject_words, classes, by_class = _subjects(scene, money, taken)
    per_sentence = scene.money_per_sentence()
    out: list[Equivalence] = []
    for j in money:
        if j in taken:
            continue
        b, sj = mentions[j], where[j]
        cls = _subject_of(text, b, sentences[sj], anaphoric=True, found=subject_words[j])
        # Below a headline, the body names its subject afresh ('it would invest 2 trillion
        # yen' under 'Toyota to invest $13 billion ...'): only the headline's amount then.
        from_headline = cls is None and headline and sj > 0 and sentences[sj].paragraph <= 5
        if from_headline:
            cls = classes.get(j)
        if cls is None or _set_apart(text, b, sentences[sj]):
            continue
        i = _implied_partner(scene, j, by_class.get(cls, []), taken,
                             headline=headline, from_headline=from_headline)
        if i is None:
            continue
        si = where[i]
        if si == sj or mentions[i].per != b.per or _set_apart(text, mentions[i], sentences[si]):
            continue
        if per_sentence.get(si) != 1 or per_sentence.get(sj) != 1:
            continue  # another amount in either sentence: which one the subject names is open
        ya, yb = (set(_YEAR.findall(text[sentences[s].start:sentences[s].end])) for s in (si, sj))
        if ya and yb and not ya & yb:
            continue
        word = _subject_word(text, b, sentences[sj])
        out.append(_link(i, j, "implied", _evidence(text, sentences, si, sj, subject=word)))
        taken.update((i, j))
    return out


def _subjects(scene: _Scene, money: list[int], taken: set[int]) -> tuple[
        dict[int, list[re.Match[str]]], dict[int, str | None], dict[str, list[tuple[int, int]]]]:
    """For each amount not taken: the subject words before it in its sentence (searched once
    for both asks), its class as a non-anaphoric subject names it; and the amounts of each
    class by sentence (for the window around each second amount)."""
    text, mentions, sentences, where = scene.text, scene.mentions, scene.sentences, scene.where
    subject_words = {i: list(scene.data.subject.finditer(
        text[sentences[where[i]].start:mentions[i].start])) for i in money if i not in taken}
    classes = {i: _subject_of(text, mentions[i], sentences[where[i]], anaphoric=False,
                              found=subject_words[i])
               for i in money if i not in taken}
    by_class: dict[str, list[tuple[int, int]]] = {}
    for i, c in classes.items():
        if c is not None:
            by_class.setdefault(c, []).append((where[i], i))
    return subject_words, classes, by_class


def _implied_partner(scene: _Scene, j: int, group: list[tuple[int, int]], taken: set[int], *,
                     headline: bool, from_headline: bool) -> int | None:
    """The amount before ``j`` its subject's class pairs it with: every amount of the class
    (``group``, by sentence) around ``j`` gives one figure in one other currency and none in
    ``j``'s other than ``j``'s own; the last such amount before ``j`` not yet taken (the
    headline's, when ``from_headline``)."""
    mentions, sentences, where = scene.mentions, scene.sentences, scene.where
    b, sj = mentions[j], where[j]
    pj = sentences[sj].paragraph

    def near(i: int) -> bool:
        """In the same or an adjacent paragraph and at most _REACH sentences away, or the
        headline (for the first five paragraphs)."""
        return (abs(sentences[where[i]].paragraph - pj) <= 1 and abs(where[i] - sj) <= _REACH
                or (headline and where[i] == 0 and pj <= 5))

    lo = bisect_left(group, (sj - _REACH, -1))
    hi = bisect_right(group, (sj + _REACH, len(mentions)))
    window = group[lo:hi] + ([g for g in group[:lo] if where[g[1]] == 0] if headline else [])
    around = [i for _, i in window if i != j and near(i)]
    foreign = {(mentions[i].unit, mentions[i].value) for i in around
               if mentions[i].unit != b.unit}
    same = {mentions[i].value for i in around if mentions[i].unit == b.unit}
    if len(foreign) != 1 or not same <= {b.value}:
        return None
    before = [i for i in around if i < j and i not in taken and mentions[i].unit != b.unit
              and (not from_headline or where[i] == 0)]
    return before[-1] if before else None


def _may_link(text: str, mentions: list[Quantity], money: list[int]) -> bool:
    """The screen of :func:`across`, before its sentences are found: (a) needs two amounts in
    two currencies, the text before the second ending in a phrase's last word (the text from
    the start, see :func:`_before`: never fewer texts than from the head :func:`across` looks
    at); (b) needs two sentences, so a sentence end."""
    if _SENTENCE_END.search(text) is not None:
        return True
    data = _across()
    for k in range(1, len(money)):
        a, b = mentions[money[k - 1]], mentions[money[k]]
        if a.unit != b.unit and _ends_in(_before(text, b.start), data):
            return True
    return False


def _before(text: str, end: int) -> str:
    """The end of ``text[:end]`` as :func:`_ends_in_phrase_word` searches a head ending there:
    without the spaces, then one comma or colon and the spaces before it, the last
    ``_LONGEST_LAST_WORD`` characters (a slice of the same length whatever ``end``: linear in
    the amounts; from the text's start, so it holds the end of any head ending at ``end``).

    >>> _before("It paid 5 yuan, that is,  ", 26)
    'It paid 5 yuan, that is'
    """
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j > 0 and text[j - 1] in ",:":
        j -= 1
        while j > 0 and text[j - 1].isspace():
            j -= 1
    return text[max(0, j - _LONGEST_LAST_WORD) : j]


def _subject_word(text: str, q: Quantity, sent: _Sentence) -> str:
    """The subject word as written before ``q`` (the last one)."""
    found = list(_across().subject.finditer(text, sent.start, q.start))
    return " ".join(found[-1].group().lower().split()) if found else ""
