"""Japanese numbers written in hiragana, before a currency (``locale="ja"``).

'にせんにひゃくごじゅうろく ドル' is 2,256 dollars: a word of hiragana that reads, syllable by
syllable, as the numerals of the lexicon's [kana-number ja] section ('に' 二, 'せん' 千,
'ひゃく' 百, with the sound changes 'びゃく', 'ぜん', 'はっ') is rewritten as its number, but
only right before a currency name (one space allowed): hiragana is also every particle and
ending ('に', 'ご', 'し' alone are words), so nothing else is read.

>>> spans("このパソコンは にせんにひゃくごじゅうろく ドル となってます")
[(8, 22, '2256')]
>>> spans("あなた に ろく どる"), spans("さんびゃくえん"), spans("あなた に あげる")
([(6, 9, '6')], [(0, 5, '300')], [])
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["spans"]

_RUN = re.compile(r"[\u3041-\u3096ー]+")


@cache
def _readings() -> tuple[tuple[str, str], ...]:
    """The [kana-number ja] readings (kana, numeral), the longest first."""
    from moneyfacts.currencies import lexicon_sections

    rows = lexicon_sections().get("kana-number", [])
    return tuple(sorted(((k, v) for k, v, _n in rows), key=lambda kv: -len(kv[0])))


def _numerals(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The numerals the hiragana from ``start`` read as, syllable by syllable, up to ``end`` or
    to a currency name ('さんびゃくえん'), and where they end; None if a part is no numeral or
    no currency follows."""
    out: list[str] = []
    pos = start
    while pos < end:
        if out and _currency_at(text, pos):
            return "".join(out), pos
        for kana, numeral in _readings():
            if text.startswith(kana, pos) and pos + len(kana) <= end:
                out.append(numeral)
                pos += len(kana)
                break
        else:
            return None
    return ("".join(out), pos) if out and _currency_at(text, pos) else None


def _currency_at(text: str, pos: int) -> bool:
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    if text[pos : pos + 1] == " ":
        pos += 1
    return any(text[pos : pos + k] in lex.cjk_names for k in range(1, lex.max_cjk_len + 1))


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each hiragana number right before a currency name; a space
    between them is part of the number's span ('ろく どる' is read as '6どる')."""
    from moneyfacts.colloquial import han_number

    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        read = _numerals(text, m.start(), m.end())
        if read is None or read[1] - m.start() < 2:
            continue
        numerals, end = read
        value = han_number(numerals)
        if value is not None:
            if text[end : end + 1] == " ":
                end += 1
            out.append((m.start(), end, f"{value:f}"))
    return out
