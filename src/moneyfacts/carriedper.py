"""The 'per' an amount takes from the words before it: 'earnings per share rose to 62 cents
from 41 cents' is 62 cents a share and 41 cents a share.

:func:`carry` gives an amount of money no 'per' of its own the one its clause names: a
subject of the lexicon's [per-subject] section before it, followed by 'per' and a noun of the
[per] section ('earnings per share', 'dividend per unit', 'revenue per employee'), or that
section's abbreviation naming the per itself ('EPS'). Each later amount of money of the
clause takes it, up to the first with a magnitude word ('... to 62 cents, on revenue of
$5 billion' stops there) or the clause's end (a full stop, ';', a line break, ', while',
', but', ', and'). A percent between ('fell 4.1 percent to 12.3 pence') keeps none.

A range whose high end is a bare number takes the 'per' written after it
('HK$13,000 to 15,000 per square foot'), as one whose ends both carry the sign does.

An amount that has a 'per' gives it alike to the amounts of the same currency it is compared
with later in its clause, a word of the [per-compared] section or a bracket before each
('$1.02 per share, up from 87 cents'; '4.30p per share (last year: 4.00p)').

>>> from moneyfacts import extract
>>> [(m.text, m.per) for m in extract("Diluted earnings per share rose to 62 cents from "
...                                    "41 cents, while revenue rose to $5 billion.").mentions]
[('62 cents', 'share'), ('41 cents', 'share'), ('$5 billion', None)]
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.currencies import lexicon, lexicon_section
from moneyfacts.models import Quantity

__all__ = ["carry", "compared", "range_per"]

#: Where a clause ends: a full stop before a space or the end, ';', a line break, or a comma
#: before a word that opens another clause.
_CLAUSE_END = re.compile(r"[;\n]|\.(?=\s|$)|,\s+(?:while|whereas|but|and)\b", re.IGNORECASE)
#: The words of an amount after its digits ('$5 billion', '$2bn': 'billion', 'bn').
_WORDS = re.compile(r"[^\W\d_]+")


@cache
def _subjects() -> re.Pattern[str]:
    """'<subject> per <noun>' for the [per-subject] words whose value is 'per', or the
    abbreviation alone for those whose value is the per noun ('eps = share')."""
    named = sorted((k for k, v in lexicon_section("per-subject") if v == "per"), key=len, reverse=True)
    itself = sorted((k for k, v in lexicon_section("per-subject") if v != "per"), key=len, reverse=True)
    nouns = sorted(lexicon().per_nouns, key=len, reverse=True)
    return re.compile(
        r"\b(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in named) + r")\s+per\s+("
        + "|".join(map(re.escape, nouns)) + r")|(" + "|".join(map(re.escape, itself)) + r"))\b",
        re.IGNORECASE)


@cache
def _itself() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon_section("per-subject") if v != "per"}


def _magnitude(written: str) -> bool:
    """Whether an amount is written with a magnitude word: a total, not a figure per share."""
    lex = lexicon()
    digits = re.search(r"\d", written)
    return digits is not None and any(
        w in lex.magnitudes or w.lower() in lex.magnitudes_ci for w in _WORDS.findall(written, digits.end()))


@cache
def _compared_words() -> re.Pattern[str]:
    words = sorted((k for k, _ in lexicon_section("per-compared")), key=len, reverse=True)
    return re.compile(r"\(|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _clause_end(text: str, pos: int) -> int:
    end = _CLAUSE_END.search(text, pos)
    return end.start() if end else len(text)


def range_per(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with each range of money that has no 'per' given the one written right
    after it (see the module doc); the list itself when nothing changes."""
    from moneyfacts.counts import singular
    from moneyfacts.measures import per_phrase

    lex = lexicon()
    out: list[Quantity] | None = None
    for i, q in enumerate(mentions):
        if q.kind != "money" or q.value is not None or q.per is not None:
            continue
        m = lex.words.per.match(text, q.end)
        if m is None:
            continue
        noun, end = m.group(3).lower(), m.end()
        if m.group(1) and noun not in lex.words.stop:  # 'per square foot'
            per: str | None = singular(noun, lex) or noun
            two = per_phrase(text, end, noun)
            if two is not None:
                end, per = two
        elif noun in lex.per_nouns and not lex.words.not_per_after.match(text, end):
            per = lex.per_nouns[noun]  # 'a month'
        else:
            continue
        out = out if out is not None else list(mentions)
        out[i] = q.model_copy(update={"per": per, "end": end, "text": text[q.start:end]})
    return mentions if out is None else out


def compared(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with the amounts compared with an amount per a unit given its 'per' (see
    the module doc); the list itself when nothing changes."""
    out: list[Quantity] | None = None
    for i, q in enumerate(mentions):
        if q.kind != "money" or q.per is None or q.value is None:
            continue
        stop, prev = _clause_end(text, q.end), q.end
        for j in range(i + 1, len(mentions)):
            r = (out or mentions)[j]
            if r.start >= stop:
                break
            if r.kind == "percent":
                continue
            if (r.kind != "money" or r.unit != q.unit or r.per is not None or r.value is None
                    or _magnitude(r.text) or not _compared_words().search(text, prev, r.start)):
                break
            out = out if out is not None else list(mentions)
            out[j] = r.model_copy(update={"per": q.per})
            prev = r.end
    return mentions if out is None else out


def carry(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with each amount of money that has no 'per' given its clause's subject's
    (see the module doc); the list itself when nothing changes."""
    out: list[Quantity] | None = None
    for m in _subjects().finditer(text):
        per = lexicon().per_nouns[m.group(1).lower()] if m.group(1) else _itself()[m.group(2).lower()]
        stop = _clause_end(text, m.end())
        for i, q in enumerate(mentions):
            if q.start < m.end() or q.start >= stop or q.kind == "percent":
                continue
            if q.kind != "money" or q.value is None or _magnitude(q.text):
                break  # a count, a measure, a total or a range: another quantity
            if q.per is None:
                out = out if out is not None else list(mentions)
                out[i] = q.model_copy(update={"per": per})
    return mentions if out is None else out
