"""A line written all in capitals (a headline, an alert: 'RELIANCE Q4 PROFIT RS 13,227 CRORE')
loses the case that tells a newsroom sign from a word: the lexicon's signs in mixed case
('Rs', 'Dh', 'KSh', 'SFr') are matched as written, and a hundredth after a number ('cents',
'pence', 'sen') only in lower case ('50 Cent' is a name). :func:`restore` gives the text with,
in each such line, those spellings next to a number written as the lexicon spells them: the
same length, so every span read from it is a span of the text as written.

>>> restore("OIL: RS 500 CRORE, UP 50 CENTS; 5P A SHARE\\nRs 5 and 50 Cent")
'OIL: Rs 500 CRORE, UP 50 cents; 5p A SHARE\\nRs 5 and 50 Cent'
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.currencies import lexicon, lexicon_section

__all__ = ["restore"]

#: A line with a digit and two capitals in a row and no lower-case ASCII letter.
_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*\d)(?=[^a-z\n]*[A-Z]{2})[^a-z\n]+$", re.MULTILINE)


@cache
def _tables() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One pattern of the upper-cased spellings and, for each, the spelling to write: the
    lexicon's [currency] signs in mixed case before a number (one space at most), unless the
    capitals are a sign already ('RMB'); [minor]'s hundredths after one; [glued]'s 'p' glued
    to its digits ('5P')."""
    lex = lexicon()
    before: dict[str, str] = {}
    for k, _ in lexicon_section("currency"):
        if (" " not in k and not k.islower() and k != k.upper() and k.replace("$", "").isalpha()
                and k.upper() not in lex.signs):
            before.setdefault(k.upper(), k)
    after = {k.upper(): k for k, v in lexicon_section("minor") if k.islower() and k.replace(" ", "").isalpha()}
    glued = {k.upper(): k for k, v in lexicon_section("glued") if len(k) == 1 and v != "{dollar}"}
    pattern = re.compile(
        r"(?<![\w$])(" + "|".join(re.escape(k) for k in sorted(before, key=len, reverse=True))
        + r")(?= ?\d)|(?<=\d)( ?)(" + "|".join(re.escape(k) for k in sorted(after, key=len, reverse=True))
        + r")\b|(?<=\d)(" + "|".join(re.escape(k) for k in glued) + r")\b")
    return pattern, before, {**after, **glued}


def restore(text: str) -> str:
    """``text`` with the signs and hundredths of its lines in capitals spelled as the lexicon
    spells them, and the names of territories and peoples in them as the gazetteer does (see
    the module doc); ``text`` itself when it has no such line."""
    if "\n" in text:  # (a C loop a line, most stopping at its first lower-case letter)
        if not any(line.isupper() for line in text.split("\n")):
            return text
    elif not text.isupper():
        return text
    caps = _CAPS_LINE.search(text) is not None
    if not caps and _UPPER_LINE.search(text) is None:
        return text
    pattern, signs, words = _tables()

    def one(t: re.Match[str]) -> str:
        if t.group(1) is not None:
            return signs[t.group(1)]
        return (t.group(2) or "") + words[t.group(3) or t.group(4)]

    def line(m: re.Match[str]) -> str:
        written = m.group()
        if caps and _CAPS_LINE.fullmatch(written) is not None:
            written = pattern.sub(one, written)
        if _UPPER_LINE.fullmatch(m.group()) is not None:
            written = _territories_spelled(written)
        return written

    return _ANY_CAPS_LINE.sub(line, text)


#: A line with no lower-case ASCII letter and two capitals in a row.
_ANY_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{2})[^a-z\n]+$", re.MULTILINE)


def _territories_spelled(line: str) -> str:
    """``line`` (in capitals) with the names of territories and peoples in it as the
    gazetteer spells them (:func:`_territory_names`): one opening the line or a clause, or
    after a small word ('KENYA: MPS PASS', 'BANK OF UGANDA'), not one after another word
    that may make it a name or a longer place ('MICHAEL JORDAN', 'NEW JERSEY'), nor one
    starting a longer place of the gazetteer."""
    names, spelled, longer = _territory_names()
    small = lexicon().words.stop

    def one(m: re.Match[str]) -> str:
        before = line[: m.start()].split()
        after = line[m.end() :].split()
        if before and not (before[-1][-1] in ":;,.-\u2013\u2014(\"'" or before[-1].lower() in small):
            return m.group()
        if after and f"{m.group()} {after[0]}" in longer:
            return m.group()
        return spelled[m.group()]

    return names.sub(one, line)


#: A line of words in capitals, no lower-case ASCII letter in it ('TRINIDAD AND TOBAGO
#: REVENUE AUTHORITY', 'KENYA: MPS PASS THE BUDGET').
_UPPER_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{4})[^a-z\n]+$", re.MULTILINE)


@cache
def _territory_names() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The gazetteer's names of territories and of their peoples (its kinds 'country' and
    'adjective'), of four letters or more, in capitals, and each as the gazetteer writes it
    ('TRINIDAD AND TOBAGO' -> 'Trinidad and Tobago', 'KENYAN' -> 'Kenyan'), local17: a
    heading in capitals names its country as the text's prose would.

    >>> restore("TRINIDAD AND TOBAGO REVENUE AUTHORITY: 5 NEW TAXES")
    'Trinidad and Tobago REVENUE AUTHORITY: 5 NEW TAXES'
    """
    from moneyfacts.evidence import gazetteer

    spelled = {p.upper(): p for p, (_, kind) in gazetteer("en").phrases.items()
               if kind in ("country", "adjective") and len(p) >= 4 and p.isascii()
               and p.upper() != p}
    alternatives = "|".join(re.escape(k) for k in sorted(spelled, key=len, reverse=True))
    longer = frozenset(p.upper() for p in gazetteer("en").phrases if " " in p)
    return re.compile(rf"(?<![A-Za-z'’])(?:{alternatives})(?![A-Za-z])"), spelled, longer
