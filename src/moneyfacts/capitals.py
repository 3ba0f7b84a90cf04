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
    spells them (see the module doc); ``text`` itself when it has no such line."""
    if "\n" in text:  # (a C loop a line, most stopping at its first lower-case letter)
        if not any(line.isupper() for line in text.split("\n")):
            return text
    elif not text.isupper():
        return text
    if _CAPS_LINE.search(text) is None:
        return text
    pattern, signs, words = _tables()

    def one(t: re.Match[str]) -> str:
        if t.group(1) is not None:
            return signs[t.group(1)]
        return (t.group(2) or "") + words[t.group(3) or t.group(4)]

    def line(m: re.Match[str]) -> str:
        return pattern.sub(one, m.group())

    return _CAPS_LINE.sub(line, text)
