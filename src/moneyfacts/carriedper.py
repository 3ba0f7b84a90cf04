"""The 'per' an amount takes from the words before it: 'earnings per share rose to 62 cents
from 41 cents' is 62 cents a share and 41 cents a share.

:func:`carry` gives an amount of money no 'per' of its own the one its clause names: a
subject of the lexicon's [per-subject] section before it, followed by 'per' and a noun of the
[per] section ('earnings per share', 'dividend per unit', 'revenue per employee'), or that
section's abbreviation naming the per itself ('EPS'). Each later amount of money of the
clause takes it, up to the first with a magnitude word ('... to 62 cents, on revenue of
$5 billion' stops there) or the clause's end (a full stop, ';', a line break, 'while',
'whereas', ', but', ', and'). A percent between ('fell 4.1 percent to 12.3 pence') keeps none.

A range whose high end is a bare number takes the 'per' written after it
('HK$13,000 to 15,000 per square foot'), as one whose ends both carry the sign does.

An amount that has a 'per' gives it alike to the amounts of the same currency it is compared
with later in its clause, a word of the [per-compared] section or a bracket before each
('$1.02 per share, up from 87 cents'; '4.30p per share (last year: 4.00p)'); a measure alike to
the measures of its unit ('1.2 million barrels a day, up from 1 million barrels'; count17).

>>> from moneyfacts import extract
>>> [(m.text, m.per) for m in extract("Diluted earnings per share rose to 62 cents from "
...                                    "41 cents, while revenue rose to $5 billion.").mentions]
[('62 cents', 'share'), ('41 cents', 'share'), ('$5 billion', None)]
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.counts import singular
from moneyfacts.currencies import lexicon
from moneyfacts.after import per_after
from moneyfacts.models import Quantity

__all__ = ["carry", "compared", "range_per"]

def _clause_ends() -> re.Pattern[str]:
    """Where a clause ends: a full stop before a space or the end, ';', a line break, or a
    word of [clause-end] (lexicon.txt): one valued 'after-comma' after a comma (', and'), one
    valued 'word' anywhere ('while').

    >>> [m.group() for m in _clause_ends().finditer("5 t a day, and 3 t while; x. Y")]
    [', and', 'while', ';', '.']
    """
    from moneyfacts.currencies import lexicon_sections

    words = lexicon_sections()["clause-end"]
    comma = "|".join(re.escape(k) for k, v, _ in words if v == "after-comma")
    word = "|".join(re.escape(k) for k, v, _ in words if v == "word")
    return re.compile(rf"[;\n]|\.(?=\s|$)|,\s+(?:{comma})\b|\b(?:{word})\b", re.IGNORECASE)


#: Where a clause ends (:func:`_clause_ends`).
_CLAUSE_END = _clause_ends()
#: The words of an amount after its digits ('$5 billion', '$2bn': 'billion', 'bn').
_WORDS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def _section(name: str) -> tuple[tuple[str, str], ...]:
    """A section of the lexicon as the lexicon read it (no parse of its own)."""
    return lexicon().per_sections.get(name, ())


@cache
def _subjects() -> tuple[frozenset[str], dict[str, str], int]:
    """The [per-subject] phrases written before 'per' (lower case), the abbreviations that
    name their per (as written: 'EPS' -> 'share'), and the most words of a phrase."""
    named = frozenset(" ".join(k.lower().split()) for k, v in _section("per-subject") if v == "per")
    itself = {k.upper(): v for k, v in _section("per-subject") if v != "per"}
    return named, itself, max((len(k.split()) for k in named), default=1)


@cache
def _compared_words() -> frozenset[str]:
    return frozenset(k.lower() for k, _ in _section("per-compared"))


def _found(text: str) -> list[tuple[int, str]]:
    """Where each subject's amounts may start, and its per: after 'earnings per share', after
    'EPS'."""
    lex = lexicon()
    named, itself, most = _subjects()
    out: list[tuple[int, str]] = []
    low = text.lower()
    at = low.find(" per ")
    while at >= 0:
        m = _WORDS.match(text, at + 5)
        if m is not None and m.group().lower() in lex.per_nouns:
            before = low[max(0, at - 40) : at].split()
            if any(" ".join(before[-n:]) in named for n in range(1, min(most, len(before)) + 1)):
                out.append((m.end(), lex.per_nouns[m.group().lower()]))
        at = low.find(" per ", at + 5)
    for abbr, per in itself.items():
        at = text.find(abbr)
        while at >= 0:
            end = at + len(abbr)
            if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                out.append((end, per))
            at = text.find(abbr, end)
    return out


def _compared_before(text: str, start: int, end: int) -> bool:
    """A bracket, or a word of [per-compared], between ``start`` and ``end``."""
    gap = text[start:end]
    return "(" in gap or any(w.strip(",.:;)").lower() in _compared_words() for w in gap.split())


def _magnitude(written: str) -> bool:
    """Whether an amount is written with a magnitude word: a total, not a figure per share."""
    lex = lexicon()
    digits = _DIGIT.search(written)
    return digits is not None and any(
        w in lex.magnitudes or w.lower() in lex.magnitudes_ci for w in _WORDS.findall(written, digits.end()))


def _clause_end(text: str, pos: int) -> int:
    end = _CLAUSE_END.search(text, pos)
    return end.start() if end else len(text)


def range_per(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with each range of money that has no 'per' given the one written right
    after it (see the module doc); the list itself when nothing changes."""
    out: list[Quantity] | None = None
    covered: list[tuple[int, int]] = []
    for i, q in enumerate(mentions):
        if q.kind != "money" or q.value is not None or q.per is not None:
            continue
        found = per_after(text, q.end, lexicon())
        if found is None:
            continue
        end, per = found
        out = out if out is not None else list(mentions)
        out[i] = q.model_copy(update={"per": per, "end": end, "text": text[q.start:end]})
        covered.append((q.end, end))  # 'per 1,000 cubic meters': no measure of its own
    if out is not None and covered:
        out = [r for r in out if not any(s <= r.start < e for s, e in covered)]
    return mentions if out is None else out


_OPEN_BRACKET = re.compile(r"\s*[(（]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[)）]")


def bracketed_per(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with an amount and its equivalent in brackets, neither with a 'per', given
    the one written right after the bracket: '3,950 ringgit ($846) a tonne', '£5,458 ($8,819)
    per tonne' price both per tonne; a figure the per-unit holds ('per 1,000 cubic meters') is
    no mention of its own. The list itself when nothing changes.

    >>> from moneyfacts import extract
    >>> [(m.text, m.per) for m in extract("Palm oil rose to 3,950 ringgit ($846) a tonne.").mentions]
    [('3,950 ringgit', 'tonne'), ('$846', 'tonne')]
    """
    out: list[Quantity] | None = None
    covered: list[tuple[int, int]] = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.kind != "money" or b.kind != "money" or a.per is not None or b.per is not None:
            continue
        if _OPEN_BRACKET.fullmatch(text, a.end, b.start) is None:
            continue
        close = _CLOSE_BRACKET.match(text, b.end)
        found = None if close is None else per_after(text, close.end(), lexicon())
        if found is None:
            continue
        out = out if out is not None else list(mentions)
        out[i] = a.model_copy(update={"per": found[1]})
        out[i + 1] = b.model_copy(update={"per": found[1]})
        covered.append((b.end, found[0]))
    if out is not None and covered:
        out = [r for r in out if not any(s < r.start < e for s, e in covered)]
    return mentions if out is None else out


#: The kinds a 'per' is carried to the amounts compared with: money, and measures, whose
#: rate is compared with the level before it alike ('to 9.2 million tonnes of ore per year from
#: 7.6 million tonnes'; count17).
_RATES = frozenset(["money", "measure"])


def _takes_per(q: Quantity, r: Quantity) -> bool:
    """May ``r``, after ``q`` in its clause, take ``q``'s per-unit: of its kind and unit, with
    no per of its own, and for money no magnitude (a total: '$1.02 per share, on $5 billion';
    a measure with one is a rate still: 'from 1 million barrels'; count17)?"""
    return (r.kind == q.kind and r.unit == q.unit and r.per is None and r.value is not None
            and not (q.kind == "money" and _magnitude(r.text)))


def compared(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with the amounts compared with an amount per a unit given its 'per' (see
    the module doc); the list itself when nothing changes."""
    out: list[Quantity] | None = None
    last = len(mentions) - 1
    for i, q in enumerate(mentions):
        if i == last or q.kind not in _RATES or q.per is None or q.value is None:
            continue
        stop, prev = _clause_end(text, q.end), q.end
        # '$23 million, or 4 cents a share'
        paired = q.kind == "money" and i > 0 and _restated(text, mentions[i - 1], q)
        j = i + 1
        while j < len(mentions):
            r = (out or mentions)[j]
            if r.start >= stop:
                break
            if r.kind == "percent":
                j += 1
                continue
            if paired and j + 1 < len(mentions) and _magnitude(r.text) and r.unit == q.unit and (
                    _compared_before(text, prev, r.start)):
                nxt = mentions[j + 1]  # 'compared with $84 million, or 16 cents': the second
                if (nxt.start < stop and nxt.per is None and not _magnitude(nxt.text)
                        and _restated(text, r, nxt)):  # pair restates its total per share too
                    out = out if out is not None else list(mentions)
                    out[j + 1] = nxt.model_copy(update={"per": q.per})
                    prev, j = nxt.end, j + 2
                    continue
            if not _takes_per(q, r) or not _compared_before(text, prev, r.start):
                break
            out = out if out is not None else list(mentions)
            out[j] = r.model_copy(update={"per": q.per})
            prev = r.end
            j += 1
    return mentions if out is None else out


@cache
def _or_gap() -> re.Pattern[str]:
    """A comma and a [link] 'or' word: what joins a total and the same amount per a unit
    ('$23 million, or 4 cents a share')."""
    from moneyfacts.currencies import lexicon_section

    words = sorted((k for k, v in lexicon_section("link") if v == "or"), key=len, reverse=True)
    return re.compile(r"\s*,\s*(?:" + "|".join(map(re.escape, words)) + r")\s*")


def _restated(text: str, total: Quantity, each: Quantity) -> bool:
    """Does ``each`` restate ``total`` per a unit: money of one currency, the total written with
    a magnitude word, the other without one, ', or' between them?"""
    return (total.kind == "money" and each.kind == "money" and total.unit == each.unit
            and each.value is not None and _magnitude(total.text)
            and _or_gap().fullmatch(text, total.end, each.start) is not None)


def carry(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with each amount of money that has no 'per' given its clause's subject's
    (see the module doc); the list itself when nothing changes."""
    out: list[Quantity] | None = None
    for after, per in _found(text):
        stop = _clause_end(text, after)
        for i, q in enumerate(mentions):
            if q.start < after or q.start >= stop or q.kind == "percent":
                continue
            if q.kind != "money" or q.value is None or _magnitude(q.text):
                break  # a count, a measure, a total or a range: another quantity
            if q.per is None:
                out = out if out is not None else list(mentions)
                out[i] = q.model_copy(update={"per": per})
    return mentions if out is None else out
