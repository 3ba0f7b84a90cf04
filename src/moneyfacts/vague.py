"""Vague amounts: a currency named after words that state no figure ('tens of millions of
dollars', 'several hundred pounds', 'billions of euros', 'a few thousand rupees').

A fact-checker can check no such amount, and reading one as a figure is a silent error
('several thousand euros' is no 1,000 euros). The matcher finds them in English text and
records each in ``skipped`` with its reason, so a pipeline sees the text speaks of money it
could not read, and no figure is made of it. It holds a magnitude word ('hundred',
'million'), alone or in the plural: 'a few dollars' is left alone. The words come from the
lexicon:
[vague-quantity] (the words that open one: 'several', 'a few', the plural magnitudes
'hundreds', 'millions'...), [magnitude] (the magnitude words between), and the currency
names ([currency] and CLDR, in the plural).

>>> [k.reason for k in vague_amounts("It will cost tens of millions of dollars.", [])]
["vague amount: 'tens of millions of dollars' states no figure"]
>>> vague_amounts("It will cost two million dollars.", [])
[]
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from moneyfacts.models import Quantity, Skipped

__all__ = ["vague_amounts"]


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a vague opening, the magnitude words after it (group 1) and the words
    after them (group 2), and the lexicon's currency names (lower case; '!' a shared one)."""
    from moneyfacts.currencies import lexicon, lexicon_section

    lex = lexicon()
    leads = [k for k, _ in lexicon_section("vague-quantity")]
    # the magnitude words a number may be spelled before ([magnitude] 'words': 'million',
    # 'crore'), and 'hundred' and 'thousand', no magnitudes there
    powers = sorted(lex.words.magnitude_words | {"hundred", "thousand"}, key=len, reverse=True)
    lead = "|".join(r"[ -]+".join(map(re.escape, w.split())) for w in sorted(leads, key=len, reverse=True))
    power = "|".join(map(re.escape, powers))
    pattern = re.compile(
        rf"(?<![\w$£€¥₹-])(?:{lead})((?:[ -]+(?:of[ -]+)?(?:{power})s?)*)[ -]+(?:of[ -]+)?"
        r"([^\W\d_]+(?:[ -][^\W\d_]+){0,2})",
        re.IGNORECASE,
    )
    return pattern, lex.names


def vague_amounts(text: str, mentions: Sequence[Quantity]) -> list[Skipped]:
    """The vague amounts of an English ``text`` that no mention overlaps, as Skipped records
    (text order). A currency word that is a weight too is none without a magnitude word
    before it ('lost several pounds') or with 'of' after it ('hundreds of pounds of beef');
    one that is an English word before a noun ([name-at-end]: 'several real problems') is
    none either."""
    if not ("illions" in text or "undreds" in text or "housands" in text or "everal" in text
            or "few" in text or "ouple" in text):
        return []  # no plural magnitude, no 'several', 'few' or 'couple': most texts (C searches)
    return _vague(text, mentions)


def _vague(text: str, mentions: Sequence[Quantity]) -> list[Skipped]:
    """:func:`vague_amounts` past its screen. (A function of its own: the generators below
    read its locals, which makes them cells on every call, about 200 instructions each
    under CPython 3.11; the screen alone, which every English text passes through, has
    none.)"""
    pattern, names = _words()
    out: list[Skipped] = []
    for m in pattern.finditer(text):
        words = m.group(2).split()
        n = next((k for k in range(len(words), 0, -1)  # the longest name first
                  if names.get(" ".join(words[:k]).lower(), "!") != "!"), 0)
        if not n:
            continue
        end = _name_end(text, m.start(2), n)
        name = " ".join(words[:n]).lower()
        after = text[end : end + 24]
        if name in _weights() and (not m.group(1) or re.match(r"[ -]+of\b", after)):
            continue  # 'lost several pounds', 'hundreds of pounds of beef': a weight
        if name in _at_end_only() and re.match(r" +[a-z]", after):
            continue  # 'several real problems'
        if not m.group(1) and text[m.start() : m.start(1)].lower().rstrip("s") not in _MAGNITUDES:
            continue  # 'a few dollars', 'tens of dollars': no magnitude word, left alone
        start = m.start()
        if any(q.start < end and start < q.end for q in mentions):
            continue
        written = text[start:end]
        out.append(Skipped(text=written, start=start, end=end,
                           reason=f"vague amount: {written!r} states no figure"))
    return out


def _multipliers() -> frozenset[str]:
    """[vague-multiplier] (lexicon.txt): the magnitude words a vague amount holds.

    >>> sorted(_multipliers())
    ['billion', 'hundred', 'million', 'thousand', 'trillion']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["vague-multiplier"])


#: The magnitude words a vague amount holds one of, alone or in the plural. The screen of
#: :func:`vague_amounts` looks for the plurals ('illions', 'undreds', 'housands') and the
#: openings that come before a singular one ('several', 'few', 'couple'): 'many thousands',
#: 'tens of millions' hold a plural.
_MAGNITUDES = _multipliers()


def _name_end(text: str, start: int, n: int) -> int:
    """The end of the ``n`` words of letters from ``start``."""
    found = list(re.finditer(r"[^\W\d_]+", text[start : start + 80]))
    return start + found[n - 1].end()


@cache
def _weights() -> frozenset[str]:
    """Currency words that are weights too ([weight-name], with their plurals)."""
    from moneyfacts.currencies import lexicon_section

    words = {k.lower() for k, _ in lexicon_section("weight-name")}
    return frozenset(words | {w + "s" for w in words})


@cache
def _at_end_only() -> frozenset[str]:
    """Currency names that are English words before a noun ([name-at-end]: 'real', 'gold')."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for k, _ in lexicon_section("name-at-end"))

