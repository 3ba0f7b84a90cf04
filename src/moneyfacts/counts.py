"""The count-noun matcher: the noun a number counts ('20,000 H200 chips', '30tn tokens').

:func:`count_noun` looks at the next three words after a number for a noun the lexicon
counts, or a plural in lower case: after a big number, or after any plain number when it
follows at most two modifiers in lower case ('52 priority road projects', '61 oil wells').
A currency word, a stop word or a line break ends the search. A plain number is no year
('In 2024 companies ...'), no day of a month ('March 3 officials'), and no label after a
capitalised word ('Section 230 protections', 'Boeing 737 jets'). In Chinese, a classifier of
the lexicon's [count-classifier] section makes a count of the noun after it ('320个项目').
:func:`singular` gives a noun's singular as the lexicon spells it.

>>> from moneyfacts.currencies import lexicon
>>> singular("batteries", lexicon())
'battery'
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, NamedTuple

from moneyfacts.currencies import Lexicon, lexicon, lexicon_section, lexicon_sections
from moneyfacts.measures import match_measure
from moneyfacts.numbers import ENGLISH_NUMBERS, Figure, read_spelled
from moneyfacts.locales import LocaleProfile
from moneyfacts.parts import Part
from moneyfacts.signs import WORDS

__all__ = ["attributive_count", "count_noun", "singular", "spelled_counts"]


def singular(word: str, lex: Lexicon) -> str | None:
    """The singular of a plural noun: as the lexicon's [count] lists it, else by the longest
    ending of [plural-ending] that fits ('cases' -> 'case', 'buses' -> 'bus', 'analyses' ->
    'analysis'); None for a word that is no plural, by its ending ([no-plural-ending]: 'bonus',
    'business', 'crisis')."""
    w = word.lower()
    if w in lex.count_nouns:
        return lex.count_nouns[w]
    if word[-1:] == "s" and word[-2:-1].isupper():
        stem: str | None = w[:-1]  # an acronym's plural: 'GPUs', 'SUVs'
    else:
        stem = _by_ending(w)
    return None if stem is None else lex.count_nouns.get(stem, stem)


@lru_cache(maxsize=4096)
def _by_ending(w: str) -> str | None:
    """:func:`singular` for a word the lexicon does not list (see there)."""
    if len(w) < 3:
        return None  # 'us', 'is'
    for cut, add in _endings():
        if w.endswith(cut):
            if add is None:
                return None  # 'bonus', 'crisis': no plural
            if len(w) > len(cut):
                return w[: -len(cut)] + add
    return None


@cache
def _endings() -> tuple[tuple[str, str | None], ...]:
    """[plural-ending] as (plural ending, singular ending) and [no-plural-ending] as (ending,
    None), the longest first: the longest ending that fits decides ('bureaus' -> 'bureau'
    before 'bonus', no plural). English's sections only: another language's endings are
    its own ([plural-ending es] 'ales' -> 'al' made 'sales' 'sal' and 'stores' 'stor')."""
    rows: dict[str, str | None] = dict(lexicon_section("plural-ending"))
    rows.update((k, None) for k, _ in lexicon_section("no-plural-ending"))
    return tuple(sorted(rows.items(), key=lambda kv: -len(kv[0])))


def count_noun(
    text: str, pos: int, part: Part, lex: Lexicon, prof: LocaleProfile | None = None
) -> tuple[int, str | None]:
    """The counted noun in the next three words ('20,000 H200 chips'), or those and two more
    when two modifiers are joined ('80 wind and solar farms', '70 new oil and gas wells'):
    (end, noun), or (``pos``, None). Each word is read by the first of :data:`_MATCHERS`
    that makes a :class:`_Step` of it, else as a modifier (:func:`_modifier`)."""
    if prof is not None and prof.name.split("_")[0] in _LISTED_NOUNS:  # '1.816 dự án' (vi)
        return _listed(text, pos, prof.name.split("_")[0])
    any_noun = prof is not None and prof.language in _any_noun_languages()
    if _no_count_here(text, pos, part, lex, prof, any_noun):
        return pos, None
    s = _Scan(text, pos, part, lex, prof, any_noun)
    while s.k < s.words:
        m = _next_word(s)
        if m is None:
            return pos, None  # a count ends at a line break (a heading, a table cell: '2,026\nshares')
        step = _read(s, m, m.group(1).rstrip(".,'’"))
        if step.done:
            return step.at, step.noun
        if step.words:
            s.words = step.words
        s.p = step.at
    return pos, None


class _Step(NamedTuple):
    """What a matcher of :func:`count_noun` makes of one word after the number: the look ends
    (``done``) with (``at``, ``noun``) as count_noun's answer, or goes on at ``at``, past a
    modifier, with ``words`` words to read in all when that changes (0: unchanged)."""

    at: int
    noun: str | None = None
    done: bool = False
    words: int = 0


class _Scan:
    """The look of :func:`count_noun` along the words after a number at ``pos``: where it
    is (``p``), how many words it has read (``k``) of the ``words`` it may, and whether
    every word so far is a modifier (``lower``: 'priority road projects', 'Premier League
    games')."""

    __slots__ = ("text", "pos", "part", "lex", "prof", "any_noun", "english", "endings", "p",
                 "k", "words", "lower")

    def __init__(self, text: str, pos: int, part: Part, lex: Lexicon, prof: LocaleProfile | None,
                 any_noun: bool = False) -> None:
        self.text = text
        self.pos = pos
        self.part = part
        self.lex = lex
        self.prof = prof
        self.any_noun = any_noun
        self.english = prof is None or prof.language == "en"
        self.endings = _lang_words("count-adjective-ending", prof.language) if prof is not None else _NONE
        self.p = _past_compound(text, pos, self.english)
        self.k = 0
        self.words = 3
        self.lower = True

    def nothing(self) -> _Step:
        """The end of the look with no noun counted: (``pos``, None)."""
        return _Step(self.pos, None, True)


def _step_at(matcher: _Matcher, text: str, prof: LocaleProfile | None = None, after: int = 0
             ) -> _Step | None:
    """The step ``matcher`` makes of a word after the number opening ``text`` (its digits, up
    to the first space), as :func:`count_noun` would read it there: the first word, or the
    one after ``after`` words read as count_noun reads them (doctests).

    >>> _step_at(_more, "12 more deaths")
    _Step(at=7, noun=None, done=False, words=0)
    """
    from moneyfacts.numbers import read_digits

    end = text.index(" ")
    s = _Scan(text, end, Part(0, end, read_digits(text[:end])), lexicon(), prof)
    for _ in range(after + 1):
        m = _next_word(s)
        assert m is not None
        word = m.group(1).rstrip(".,'’")
        if _ == after:
            return matcher(s, m, word, word.lower())
        s.p = _read(s, m, word).at
    return None


def _past_compound(text: str, pos: int, english: bool) -> int:
    """Where the look for a noun starts after the number at ``pos``: past a compound adjective
    of a number hyphenated onto a word in English, a modifier ('77 12-gauge shotgun
    cartridges'), and past its word when that is glued to it ('13.2 million 480-pound bales'
    counts bales, not pounds of money, count18); else at ``pos``.

    >>> text = "77 12-gauge shotgun cartridges"
    >>> _past_compound(text, 2, True), _past_compound(text, 2, False), text[11:]
    (11, 2, ' shotgun cartridges')
    """
    if not ("0" <= text[pos + 1 : pos + 2] <= "9" and english):
        return pos
    compound = _COMPOUND.match(text, pos)
    if compound is None:
        return pos
    half = WORDS.match(text, compound.end())
    if half is not None and half.start(1) == compound.end():
        return half.end(1)
    return compound.end() - 1


def _next_word(s: _Scan) -> re.Match[str] | None:
    """The next word of the look, counted as one of the words read unless a hyphen joins it
    to the one before ('large-scale' is one modifier, count15); None at a line break or two
    characters or more of anything but spaces and hyphens."""
    text, p = s.text, s.p
    if p == s.pos or text[p : p + 1] != "-" or not text[p - 1 : p].islower():
        s.k += 1
    m = WORDS.match(text, p)
    if not m or m.start(1) - p > 2 or "\n" in text[p : m.start(1)] or "\r" in text[p : m.start(1)]:
        return None
    return m


def _read(s: _Scan, m: re.Match[str], word: str) -> _Step:
    """The step of the first matcher of :data:`_MATCHERS` that reads ``word`` (``m``'s, its
    trailing stops cut), else of :func:`_modifier`."""
    low = word.lower()
    for matcher in _MATCHERS:
        step = matcher(s, m, word, low)
        if step is not None:
            return step
    return _modifier(s, m, word)


def _foreign_sign(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: where any word may be the noun counted (tr, pl, id), a word not of letters
    ends the look ('100.000 ரூ ödünç': a sign of another script)."""
    return s.nothing() if s.any_noun and not word.isalpha() else None


def _joined(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: 'and', 'or' after a modifier, joining two ('80 wind and solar farms'), once:
    the join is no word of the three, and the look reads two words more ('12 new wind and
    solar farms', count16).

    >>> _step_at(_joined, "80 wind and solar farms", after=1)
    _Step(at=11, noun=None, done=False, words=4)
    >>> _step_at(_joined, "80 and more") is None
    True
    """
    if low in _JOINS and s.p != s.pos and s.lower and s.words == 3 and word == m.group(1):
        return _Step(m.end(1), words=s.k + 2)
    return None


def _more(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: 'more' right after the number, before the noun ('12 more deaths', '60 to 100
    more people'); not before 'than' ('5 more than').

    >>> _step_at(_more, "5 more than") is None
    True
    """
    if low == "more" and s.p == s.pos and not _THAN.match(s.text, m.end(1)):
        return _Step(m.end(1))
    return None


def _before_noun(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: a word of the locale's [count-before] right after the number, which the noun
    follows ('247 de proiecte' in ro, '760 le amministrazioni' in it)."""
    if s.p == s.pos and s.prof is not None and low in _lang_words("count-before", s.prof.language):
        return _Step(m.start(1) + len(word))
    return None


def _stop_word(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: a word that ends the look: a stop word ('of', 'the', 'when', [count-stop]),
    unless it is a compound's half ('plug-in', 'in-patient', count18); another language's
    magnitude ('milliards', 'milhoes'); a word of the locale's [count-end] or one of its
    months.

    >>> _step_at(_stop_word, "5 of them")
    _Step(at=1, noun=None, done=True, words=0)
    >>> _step_at(_stop_word, "5 in-patient beds") is None
    True
    """
    if (low in s.lex.words.stop or low in _section("count-stop")) and not _compound_half(s, m, word) or (
            _fold(low) in _foreign_magnitudes(s.lex)) or (
            s.prof is not None and _ends_count(low, s.prof.language)):
        return s.nothing()
    return None


def _compound_half(s: _Scan, m: re.Match[str], word: str) -> bool:
    """Is the word of ``m`` a half of a compound in lower case: after a hyphen ('plug-in',
    not as the first word) or before one ('in-patient', as written)?"""
    text, start, end = s.text, m.start(1), m.end(1)
    return s.p != s.pos and text[start - 1 : start] == "-" and text[start - 2 : start - 1].islower() or (
        word == m.group(1) and text[end : end + 1] == "-" and text[end + 1 : end + 2].islower())


def _counter_word(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: a word of kana, Han or Hangul right after the number, read by
    :func:`_classified` ('320个项目', '270人')."""
    if s.p == s.pos and _CJK_FIRST.match(word):
        end, noun = _classified(word, m.start(1), s.pos, s.text)
        return _Step(end, noun, True)
    return None


def _adjective_noun(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher (English): an adjective of [count-adjective-noun] right after the number: the
    modifier of the noun after it ('20 injured cattle'), else the noun counted itself, after
    a plain number that is no label ('24 dead and 32,000 homeless').

    >>> _step_at(_adjective_noun, "24 dead and 32,000 homeless")
    _Step(at=7, noun='dead', done=True, words=0)
    """
    if not (s.p == s.pos and low in _section("count-adjective-noun") and s.english):
        return None
    end = m.start(1) + len(word)
    if _noun_after(s.text, end, s.lex) is not None:
        return _Step(end)
    if _plain_number(s.text, s.part) and not _label(s.text, s.part):
        return _Step(end, low, True)
    return s.nothing()


def _adjective_word(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher (a locale's): an adjective of [count-adjective] ('1.225 nuevos empleos', '3
    principales empresas') or one by its language's ending ('200 частных компаний'), before
    the last word read."""
    if s.prof is not None and low in _section("count-adjective") or (
            s.endings and s.k < s.words and _inflected_adjective(low, s.endings)):
        return _Step(m.start(1) + len(word))
    return None


def _noun_counted(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher: the noun counted (:func:`_counted`), or the plural it modifies
    (:func:`_with_head`); a currency word, a noun of [notcount] and a singular before a
    level ('2016 passenger numbers', count16) end the look.

    >>> _step_at(_noun_counted, "52 road projects", after=1)
    _Step(at=16, noun='project', done=True, words=0)
    >>> _step_at(_noun_counted, "12 euros")
    _Step(at=2, noun=None, done=True, words=0)
    """
    lex, prof = s.lex, s.prof
    noun = singular(word, lex) if prof is None else _noun_of(word, low, lex, prof)
    if _money_word(low, noun, lex, prof):
        return s.nothing()
    if noun is None:
        return None
    if noun in lex.not_count or low in lex.not_count:
        return s.nothing()
    end = m.start(1) + len(word)
    found = _counted(s.text, end, word, low, noun, s.part, lex, s.lower, prof)
    if found is None:
        return None
    if found[0] == end and not low.endswith("s") and _level_head(s.text, end, lex):
        return s.nothing()
    at, counted = _with_head(s.text, end, low, found, lex, prof)
    return _Step(at, counted, True)


def _in_play(s: _Scan, m: re.Match[str], word: str, low: str) -> _Step | None:
    """Matcher (English): a noun of [count-in-play] ('points'), which [notcount] keeps from
    counting elsewhere ('the index fell 51 points'), counted in the sentence of a game: one
    with a word of [play-word] ('he scored 40 points', 'a game-high 51 points', 'led by 17
    points at halftime'), after a plain number that is no label, with modifiers in lower
    case only before it (count20).

    >>> _step_at(_in_play, "61 points when she scored again")
    _Step(at=9, noun='point', done=True, words=0)
    >>> _step_at(_in_play, "61 points as the index fell") is None
    True
    """
    noun = _play_nouns().get(low)
    if noun is None or not s.english or not s.lower or not _play_sentence(s.text, s.part.start):
        return None
    if not _plain_number(s.text, s.part) or _label(s.text, s.part):
        return s.nothing()
    return _Step(m.start(1) + len(word), noun, True)


@cache
def _play_nouns() -> dict[str, str]:
    """[count-in-play]: a noun as written (lower case) -> the singular it counts."""
    return dict(lexicon_section("count-in-play"))


def _played(text: str, at: int, noun: str, head: str) -> bool:
    """Is the compound of a number and ``noun`` ('30-point'), before the noun ``head``, a
    count of a game: ``noun`` one of [count-in-play], and ``head`` a [play-word] 'head' ('a
    30-point game'), or a 'margin' in the sentence of a game ('a 17-point lead at halftime';
    :func:`_play_sentence`)? Before any other noun the compound names a thing of the game ('a
    3-point range', 'a 2-point conversion'; count20).

    >>> _played("his 50th 30-point game", 9, "point", "game")
    True
    >>> _played("a 17-point lead in the polls", 2, "point", "lead")
    False
    >>> _played("a career-high 7 attempts from 3-point range", 29, "point", "range")
    False
    """
    if noun not in _play_nouns().values():
        return False
    return head in _play_words("head") or head in _play_words("margin") and _play_sentence(text, at)


@cache
def _play_words(kind: str) -> frozenset[str]:
    """[play-word]'s words valued ``kind``: 'play' (of a game's sentence) or 'head' (the noun
    after a '-point' compound)."""
    return frozenset(k.lower() for k, v in lexicon_section("play-word") if v == kind)


#: The end of a sentence: a full stop, '!' or '?' before a space, or a line break.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
_LETTERS = re.compile(r"[A-Za-z][A-Za-z-]*")


def _play_sentence(text: str, at: int) -> bool:
    """Is the sentence around ``at`` a game's: has it a word of the lexicon's [play-word]
    ('scored', 'halftime', 'game-high'), up to 300 characters each side (count20)?

    >>> _play_sentence("Smith scored 31 points. The index fell 31 points.", 13)
    True
    >>> _play_sentence("Smith scored 31 points. The index fell 31 points.", 39)
    False
    """
    begin = max(0, at - 300)
    for stop in _SENTENCE_STOP.finditer(text, begin, at):
        begin = stop.end()
    end = _SENTENCE_STOP.search(text, at)
    words = _play_words("play")
    return any(w.lower() in words for w in _LETTERS.findall(
        text, begin, end.start() if end is not None else min(len(text), at + 300)))


def _modifier(s: _Scan, m: re.Match[str], word: str) -> _Step:
    """A word no matcher reads: a modifier, which the look passes (with an acronym's last dot:
    'U.S. flights'; with a name's number: 'COVID-19 cases', 'F-35 jets'), noting whether all
    modifiers so far are words in lower case, capitalised ones or acronyms (``lower``).

    >>> from moneyfacts.numbers import read_digits
    >>> s = _Scan("3 U.S. flights", 1, Part(0, 1, read_digits("3")), lexicon(), None)
    >>> _modifier(s, WORDS.match(s.text, 1), "U.S"), s.lower
    (_Step(at=6, noun=None, done=False, words=0), True)
    """
    s.lower = s.lower and ((word.isalpha() or _hyphened(word)) and word.isascii() and (
        word.islower() or word[:1].isupper()) or _ACRONYM.fullmatch(word) is not None)
    p = m.start(1) + len(word)
    if m.group(1)[len(word):] == "." and _ACRONYM.fullmatch(word) and "." in word:
        p = m.end(1)  # 'U.S. flights': the acronym's last dot
    if word[:1].isupper() and (suffix := _NUMBERED.match(s.text, p)) is not None:
        p = suffix.end()  # 'COVID-19 cases', 'F-35 jets': a name's number, no count's
    return _Step(p)


#: A matcher of :func:`count_noun`: the step it makes of one word (the scan, the word's match,
#: the word with its trailing stops cut, in lower case), or None when the word is not its.
_Matcher = Callable[[_Scan, "re.Match[str]", str, str], "_Step | None"]
#: The matchers of :func:`count_noun`, in the order they are asked.
_MATCHERS: tuple[_Matcher, ...] = (
    _foreign_sign, _joined, _more, _before_noun, _stop_word, _counter_word, _adjective_noun,
    _adjective_word, _in_play, _noun_counted)


def attributive_count(text: str, pos: int, part: Part, lex: Lexicon) -> tuple[int, str | None]:
    """Matcher (English): the noun a number counts written in the singular before the noun it
    modifies, as the half of a compound adjective ('a 34-game season', 'a 12-storey tower', 'a
    5-million-bale drop'), or after a magnitude and a space where the text counts that noun in
    the plural too ('a 15.8 million bale crop, 1.2 million bales short'): (end, noun), or
    (``pos``, None). No word of [count-compound-not] ('a 5-star hotel'), no adjective by its
    ending ('a 3-sided'), no stop word, currency or unit, no plural ('RTX 3000-series'), no label
    or year (:func:`_plain_number`); a noun must follow (count18).

    >>> from moneyfacts import extract
    >>> [(m.text, m.unit, m.value) for m in extract("in a 34-game season").mentions]
    [('34-game', 'game', Decimal('34'))]
    >>> extract("a 5-star hotel").mentions
    []
    """
    sep = text[pos : pos + 1]
    if sep not in ("-", " ") or (sep == " " and part.magnitude is None) or (
            part.magnitude is None and part.fig.value != part.fig.value.to_integral_value()):
        return pos, None  # a count is whole: 'a 5.4-magnitude quake' is a reading
    m = WORDS.match(text, pos)
    if m is None or m.start(1) != pos + 1:
        return pos, None
    word = m.group(1)
    end = m.start(1) + len(word)
    if not (word.isascii() and word.isalpha() and word.islower()) or len(word) < 3 or (
            word.endswith("s") or not _plain_number(text, part) or _label(text, part)) or (
            text[end : end + 1] != " " or any(
                word.endswith(e) and len(word) >= len(e) + 3 for e in _ADJECTIVE_ENDINGS)):
        return pos, None
    head = WORDS.match(text, end)
    if head is None or head.start(1) != end + 1:
        return pos, None
    if _no_compound_count(text, part, word, head.group(1).rstrip(".,'’").lower(), lex):
        return pos, None
    if sep == " " and re.search(rf"\d[\d,.]*(?: [a-z]+)? {word}s\b", text) is None:
        return pos, None  # spaced: only a noun the text counts in the plural elsewhere
    return end, lex.count_nouns.get(word, word)


def _no_compound_count(text: str, part: Part, word: str, after: str, lex: Lexicon) -> bool:
    """Does the compound's half ``word``, before the word ``after``, count nothing: either a
    stop word or a join ('and', 'or'), ``word`` of [count-compound-not] ('a 5-star hotel'), a
    noun of [notcount] but a game's points (:func:`_played`: 'a 30-point game'), or a
    currency word?"""
    return any(w in lex.words.stop or w in _section("count-stop") or w in _JOINS for w in (word, after)) or (
        word in _section("count-compound-not") or word in lex.not_count and not (
            _played(text, part.start, word, after)) or word in lex.currency_words)


#: The endings of English adjectives, which a compound's half with them is ('a 3-sided deal'),
#: after a stem of three letters or more ('a 25-bed ward' counts beds).
_ADJECTIVE_ENDINGS = ("ed", "ly", "ish", "ous", "ful", "less", "ive")


def _no_count_here(text: str, pos: int, part: Part, lex: Lexicon, prof: LocaleProfile | None,
                   any_noun: bool) -> bool:
    """Whether no noun after the number at ``pos`` can be counted, before any word is read:
    where any word may be the noun counted (tr, pl, id), digits, no magnitude past a thousand
    but before a noun the lexicon counts ('2,0 milyar açık' is a deficit, '4,2 milyon adet'
    pieces), no small number where adjectives come first ('iki kapılı'), no percent by the
    word before the number ('yüzde 33 gerilemesi'); in English, a compound adjective ('5-star
    hotels', '12-gauge cartridges') or a ratio's second term ('1 in 4 children')."""
    if any_noun and prof is not None and _no_count_any_noun(text, pos, part, lex, prof):
        return True
    english = prof is None or prof.language == "en"
    if english and text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isalpha() and (
            _adjective(text, pos + 1, lex)):
        return True
    return english and text.startswith(" in ", part.start - 4) and part.start > 4 and (
        _ratio(text, part))  # (count15)


def _no_count_any_noun(text: str, pos: int, part: Part, lex: Lexicon, prof: LocaleProfile) -> bool:
    """:func:`_no_count_here` where any word may be the noun counted (see there)."""
    return not text[part.start : part.start + 1].isdigit() or (
        (part.magnitude or 0) >= 6 and not _counter_next(text, pos, lex)) or (
        _percent_before(text, part.start, prof.name)) or (
        prof.language in _ADJECTIVE_FIRST and part.magnitude is None and part.fig.value < 10)


def _noun_of(word: str, low: str, lex: Lexicon, prof: LocaleProfile | None) -> str | None:
    """The singular noun ``word`` stands for, or None: English's singular (the lexicon's
    plural endings), else the locale's own ('intervenciones': 'intervención'; 'vagas' in pt;
    '50 компаний' and 'Mitarbeiter' as the case after a number has them)."""
    noun = singular(word, lex)
    if prof is None or noun in lex.count_nouns:
        return noun
    noun = _singular_in(low, prof.language) or noun
    if noun is None and low[-1:] == "s" and len(low) > 3 and prof.language in _ROMANCE_S:
        noun = low[:-1]  # 'vagas' (pt): English's [no-plural-ending] ('gas') is English'
    if noun is None and prof.language in _section("count-inflected") and (
            _lower(word) and _plural_ending(low, prof.language)):
        noun = low  # '50 компаний', '32 проекти': the noun as the case after a number has it
    if prof.language in _section("count-capital-noun") and word[:1].isupper() and (
            word[1:].islower() and _plural_ending(low, prof.language)):
        noun = low  # 'Mitarbeiter', 'Filialen' (de): the plural as the lexicon has none
    return noun


def _with_head(text: str, end: int, low: str, found: tuple[int, str | None], lex: Lexicon,
               prof: LocaleProfile | None) -> tuple[int, str | None]:
    """``found`` (a noun counted ending at ``end``), or the plural after it when the noun is
    its modifier: a singular ('customer accounts'), or a plural that modifies in English
    ('sales transactions', 'savings accounts')."""
    if found[0] == end and (not low.endswith("s") or low in _plural_modifiers() and (
            prof is None or prof.language == "en")):
        return _head(text, end, lex) or _modified_head(text, end, lex) or found
    return found


#: A ratio's first term before 'in' ('1 in 4 children', 'one in five homes', '3 in 100').
_SMALL = tuple(w for w, v in ENGLISH_NUMBERS.items() if 1 <= v <= 10)
_RATIO_BEFORE = re.compile(rf"(?:^|[^\w.,])(\d{{1,3}}|{'|'.join(_SMALL)})\s+in $", re.IGNORECASE)


def _ratio(text: str, part: Part) -> bool:
    """Is the number of ``part`` a ratio's second term, after a smaller first one and 'in'
    ('1 in 4 children', 'one in five homes', '3 in 100 people'; not '12 in 3 raids', nor 'in
    2020 in 12 cities')?"""
    m = _RATIO_BEFORE.search(text, max(0, part.start - 16), part.start)
    if m is None:
        return False
    term = m.group(1).lower()
    first = Decimal(term) if term.isdigit() else Decimal(_SMALL.index(term) + 1)
    return first < part.scaled().value


def _hyphened(word: str) -> bool:
    """Two words in lower case joined by one hyphen, a modifier like any ('large-scale',
    'long-term': '2 large-scale export projects', count15)."""
    return word.count("-") == 1 and word.islower() and word.replace("-", "").isalpha()


#: A modifier in capitals with dots ('U.S. flights', 'UK firms'): a name, as a capitalised word is.
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*(?:\.[A-Za-z]+)*\.?")
#: A number hyphenated onto a capitalised modifier: part of its name ('COVID-19', 'F-35').
_NUMBERED = re.compile(r"-\d+(?![\d.,]\d)")


def _noun_after(text: str, end: int, lex: Lexicon) -> str | None:
    """The word right after ``end`` (one space) that an adjective before it modifies: a noun
    the lexicon counts, a plural in lower case (no stop word) or a capitalised word ('20
    injured cattle', '2 killed people', '321 hospitalized COVID-19 patients'; not '24 dead
    and', '1,500 evacuated due to'), or None."""
    nxt = WORDS.match(text, end)
    if nxt is None or nxt.start(1) != end + 1:
        return None
    word = nxt.group(1).rstrip(".,'’")
    low = word.lower()
    if low in lex.count_nouns:
        return lex.count_nouns[low]
    if word[:1].isupper():
        return word  # '321 hospitalized COVID-19 patients': a name may modify the noun too
    if not (word.islower() and word.isalpha() and word.endswith("s")) or low in _JOINS or (
            low in lex.words.stop or low in _section("count-stop") or low in lex.not_count):
        return None
    return singular(word, lex)


@cache
def _plural_modifiers() -> frozenset[str]:
    """The lexicon's [count-plural-modifier]: English nouns in the plural that modify the noun
    after them ('sales transactions'); other plurals before an -s word are the noun counted,
    the word after them a verb ('data from 212 games suggests')."""
    return frozenset(k for k, _ in lexicon_section("count-plural-modifier"))


def _adjective(text: str, at: int, lex: Lexicon) -> bool:
    """Is the word at ``at``, hyphenated onto a number, a compound adjective's ('5-star
    hotels', '12-gauge cartridges', '3-bedroom houses'), not a noun the lexicon counts (a
    '20,000-man army' has 20,000 men)?"""
    m = WORDS.match(text, at)
    return m is None or m.group(1).rstrip(".,'’").lower() not in lex.count_nouns


def _head(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """Matcher: a plural in lower case right after a counted noun in the singular, which is
    then its modifier: the plural is the noun counted ('1.5 million customer accounts')."""
    nxt = WORDS.match(text, end)
    if nxt is None or nxt.start(1) != end + 1:
        return None
    word = nxt.group(1).rstrip(".,'’")
    if not (word.islower() and word.isalpha() and word.endswith("s")):
        return None
    noun = singular(word, lex)
    if noun is None or noun in lex.not_count or word in lex.not_count or (
            word in lex.currency_words or word in lex.words.stop or word in _section("count-stop")):
        return None
    return nxt.start(1) + len(word), noun


#: A word in lower case ending in -ing or -ed, then a word (count19).
_PARTICIPLE = re.compile(r" ([a-z]{2,}(?:ing|ed)) (?=[a-z])")


def _modified_head(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """Matcher: a plural after a counted noun and a participle or gerund that joins them into
    one modifier ('256 basement car parking spaces', '81 measles related deaths', '12 cancer
    screening centres'): the plural is the noun counted (count19).

    >>> _modified_head("40 car parking spaces", 6, lexicon())
    (21, 'space')
    >>> _modified_head("40 cars parked outside", 7, lexicon()) is None
    True
    """
    m = _PARTICIPLE.match(text, end)
    if m is None or m.group(1) in lex.words.stop:
        return None
    return _head(text, m.end(1), lex)


def _level_head(text: str, end: int, lex: Lexicon) -> bool:
    """Is the word right after a singular counted noun ending at ``end`` a plural of
    [notcount] that it modifies ('passenger numbers', 'staff hours', 'visitor figures'): the
    phrase is a level or a span, so the number before counts no noun (count16)?

    >>> from moneyfacts.currencies import lexicon
    >>> _level_head("2016 passenger numbers rose", 14, lexicon())
    True
    >>> _level_head("52 road projects", 7, lexicon())
    False
    """
    nxt = WORDS.match(text, end)
    if nxt is None or nxt.start(1) != end + 1:
        return False
    word = nxt.group(1).rstrip(".,'’")
    if not (word.islower() and word.isalpha() and word.endswith("s") and len(word) > 3):
        return False
    noun = singular(word, lex)
    return noun is not None and noun in lex.not_count


_JOINS = frozenset(["and", "or"])
_NONE: frozenset[str] = frozenset()
#: A number hyphenated onto a word after a number: a compound adjective ("40 3-bedroom houses").
_COMPOUND = re.compile(r" \d[\d,.]*-(?=[^\W\d_])")
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


_HALF = frozenset("半")
#: The languages whose counted nouns are the lexicon's list ([count-noun <language>]): their
#: nouns are words of two syllables and more, which no plural marks ('110.764 doanh nghiệp').
_LISTED_NOUNS = frozenset({"vi"})


@cache
def _noun_list(language: str) -> tuple[tuple[str, str], ...]:
    """[count-noun <language>]: (noun as written, in lower case; the noun it counts), the
    longest first."""
    from moneyfacts.currencies import lexicon_section

    pairs = [(k.lower(), v) for k, v in lexicon_section(f"count-noun {language}")]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0])))


def _listed(text: str, pos: int, language: str) -> tuple[int, str | None]:
    """A noun of the lexicon's list right after the number (one space), the longest first,
    ending at a word's end: (end, noun), or (``pos``, None)."""
    if text[pos : pos + 1] != " ":
        return pos, None
    at = pos + 1
    low = text[at : at + 24].lower()
    for written, noun in _noun_list(language):
        if low.startswith(written) and not low[len(written) : len(written) + 1].isalnum():
            return at + len(written), noun
    return pos, None


_KANA = re.compile(r"[\u3040-\u30ff]")
#: What may follow a classifier standing alone: the end of a clause ('77项,', '56个、').
_CLAUSE_END = frozenset("，,、。；;：:）)」』!！?？.．(（")  # and an aside opening: '450名(2021年2月)'
_CJK_FIRST = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")  # kana, Han, Hangul
_HAN = re.compile(r"[\u3400-\u9fff]+")


@cache
def _plural_endings(language: str) -> tuple[tuple[str, str], ...]:
    """[plural-ending <language>]: a plural's ending -> its singular's, longest first."""
    from moneyfacts.currencies import lexicon_section

    rows = (*lexicon_section(f"plural-ending {language}"), *lexicon_section(f"count-singular {language}"))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _lang_words(section: str, language: str) -> frozenset[str]:
    """The spellings of the lexicon's section ``section`` for ``language`` alone ('count-before
    ro': 'de'), read with that locale only."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section(f"{section} {language}"))


def _plural_ending(word: str, language: str) -> bool:
    """Does ``word`` end as a plural noun of ``language`` does, by the lexicon's [count-plural
    <language>] ('aziende', 'comuni' in it; 'proiecte', 'angajați', 'locuri' in ro)? A word of
    three letters or more, no month of the locale ('31 dicembre')."""
    return len(word) > 2 and word[-1:] in _lang_words("count-plural", language) and (
        word not in _locale_months(language))


def _inflected_adjective(word: str, endings: frozenset[str]) -> bool:
    """Is ``word`` an adjective by its ending, one of its language's [count-adjective-ending
    <language>] ('-ых', '-их' in ru, of '200 частных компаний')?"""
    return len(word) > 4 and word.islower() and word.endswith(tuple(endings))


def _ends_count(word: str, language: str) -> bool:
    """Does ``word`` end the look for a counted noun in ``language``: a function word of its
    [count-end <language>] ('di', 'che'; 'și', 'care'), or a month of the locale's calendar
    (CLDR: '4 mars', '31 dicembre' are dates)?"""
    return word in _lang_words("count-end", language) or word in _locale_months(language)


@cache
def _locale_months(language: str) -> frozenset[str]:
    """The month names of ``language``, wide and abbreviated, in lower case (CLDR through
    babel); empty for English, whose months come before the day ('March 3 officials')."""
    if language == "en":
        return frozenset()
    from moneyfacts.locales import month_names

    return month_names(language)


def _singular_in(word: str, language: str) -> str | None:
    """The singular of a plural noun in ``language`` by the lexicon's endings ('ações' ->
    'ação', 'colaboradores' -> 'colaborador'), or None when no ending of it fits."""
    for plural, single in _plural_endings(language):
        if word.endswith(plural) and len(word) > len(plural) + 1:
            return word[: -len(plural)] + ("" if single == "-" else single)
    return None


@cache
def _section(name: str) -> frozenset[str]:
    """The spellings of one section of ``data/lexicon.txt``."""
    return frozenset(k for k, _, _ in lexicon_sections().get(name, []))


def _classified(word: str, start: int, pos: int, text: str = "") -> tuple[int, str | None]:
    """'320个项目': a classifier of [count-classifier] right after the number, and the noun
    of Han characters after it (up to [count-noun-end] or four characters), as (end, noun)."""
    counters = _section("count-counter")
    if word.startswith(tuple(_section("count-counter-not"))):
        return pos, None  # '6개월': months, no count of 개
    for k in range(min(3, len(word)), 0, -1):  # '270人', '3社', '270명', '12カ所': a counter that is its own noun
        if word[:k] in counters and not (k == 1 and word[1:2] in _section("count-money-char")):
            return start + k, word[:k]
    classifier = word[0]
    if classifier not in _section("count-classifier"):
        return pos, None
    if word[1:2] in _HALF:
        return pos, None  # '五個半': five and a half, no count of 半
    han = _HAN.match(word, 1)
    japanese = _KANA.search(text, start, start + 12) is not None
    if japanese:  # the counter is the unit ('63件だった', '18件上回る': a verb's stem after it,
        han = None  # '3件の事故': the noun after の)
    noun = han.group()[:4] if han is not None else ""
    for k, ch in enumerate(noun):
        if ch in _section("count-noun-end"):
            noun = noun[:k]
            break
    if noun and han is not None:  # the noun phrase's words (jieba): '80多个部门接入' counts 部门
        from moneyfacts.colloquial import counted_noun

        found = counted_noun(han.group()[:12])
        if found is not None and found[1] and not any(
                ch in _section("count-money-char") for ch in han.group()[: found[0]]):
            return start + 1 + found[0], found[1]
    if any(ch in _section("count-money-char") for ch in noun):
        return pos, None  # '5306亿台币' is money
    if not noun:  # '产业项目有77项,': the classifier alone is what is counted (not before
        after = text[start + 1 : start + 2]  # a price: '1個\\100' is one piece at ¥100)
        if after and not (after.isspace() or after in _CLAUSE_END or after in _section("count-noun-end")
                          or (japanese and "\u3040" <= after <= "\u9fff")):  # ('63件だ', '18件上回る')
            return pos, None
        return start + 1, classifier
    return start + 1 + len(noun), noun


def _lower(word: str) -> bool:
    """Is ``word`` in lower case, or of a script without case ('شركات')?"""
    return word.islower() or word.isalpha() and word.lower() == word.upper()


def _counter_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the word right after ``pos`` a noun of the lexicon's [count] ('adet', 'sztuk'), a
    sentence's full stop after it or not ('2 mln sztuk.', '105 مليون نسمة.')?"""
    m = WORDS.match(text, pos)
    return m is not None and m.start(1) == pos + 1 and (
        m.group(1).rstrip(".,'’").lower() in lex.count_nouns)


#: Languages whose adjectives stand before the noun with no ending to tell them ('iki büyük
#: şirket', two big companies): a small number there, as spelled ones are, counts nothing.
_ADJECTIVE_FIRST = frozenset({"tr"})


@cache
def _any_noun_languages() -> frozenset[str]:
    """The languages of [count-inflected] whose [count-plural <language>] takes a 'noun' of
    any ending (tr, pl, id): no plural marks the noun a number counts."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(lang for lang, _ in lexicon_section("count-inflected")
                     if any(v == "noun" for _k, v in lexicon_section(f"count-plural {lang}")))


def _percent_before(text: str, start: int, locale: str) -> bool:
    """Does a percent word of ``locale`` written before the number end at ``start`` (CLDR's
    'yüzde {0}' in tr)?"""
    from moneyfacts.unitnames import percent_prefixes

    before = text[max(0, start - 12) : start].rstrip().lower()
    return any(before.endswith(p.strip().lower()) for p in percent_prefixes(locale) if p.strip())


def _plain(text: str, part: Part, prof: LocaleProfile | None) -> bool:
    """May the number of ``part`` count a noun the lexicon does not list? A plain number
    (:func:`_plain_number`) in English: another language's nouns are read with its locale.
    Asked last, only when nothing else decides: the language identifier is the costly part."""
    return _plain_number(text, part) and (
        prof.language in _S_PLURALS or bool(_lang_words("count-plural", prof.language))
        if prof is not None else _english(text, part.start))


#: The languages whose plurals end in -s, as this module finds a plural noun: with the locale,
#: a plain number counts their nouns too ('52 anuncios', '872 projetos', '22 ponts').
_S_PLURALS = frozenset({"en", "es", "pt", "fr", "ca"})
_ROMANCE_S = frozenset({"es", "pt", "fr", "ca"})  # the same, but English


def _english(text: str, at: int) -> bool:
    """Is the text around ``at`` (its line, up to 150 characters each side) English, as the
    language identifier py3langid has it? Asked only for a small number before a noun the
    lexicon does not list: '15 dolares' and '126 aviones' are no English counts."""
    lo = text.rfind("\n", max(0, at - 150), at) + 1 or max(0, at - 150)
    hi = text.find("\n", at, at + 150)
    window = text[lo : hi if hi >= 0 else at + 150]
    if _language(window) == "en":
        return True
    return len(window) < _SHORT_LINE and _dictionary_english(window)


#: A line shorter than this has too few words for the language identifier ('Six planes
#: landed.' is 'fr' to it): English when every word is an English word (count15).
_SHORT_LINE = 40


def _dictionary_english(window: str) -> bool:
    """Is every word of letters in ``window`` (two at least) an English word of web2
    (english-words), as written or without an -s, -es, -ed or -ing ending ('planes',
    'landed')? '126 aviones aterrizaron' is not.

    >>> _dictionary_english("6 planes landed."), _dictionary_english("126 aviones aterrizaron")
    (True, False)
    """
    written = re.findall(r"[^\W\d_]+", window)
    if len(written) < 2 or any(len(w) > 1 and w.isupper() for w in written):
        return False  # ('ALL 5 solutions': a code, or a word in capitals, settles nothing)
    words = [w.lower() for w in written]
    known = _web2()
    return all(w in known or any(w.endswith(e) and w[: -len(e)] in known
                                 for e in ("s", "es", "ed", "d", "ing")) for w in words)


@cache
def _web2() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=True))


@lru_cache(maxsize=256)
def _language(window: str) -> str:
    import py3langid  # type: ignore[import-untyped]

    language: str = py3langid.classify(window)[0]
    return language


def _fold(word: str) -> str:
    """``word`` without its accents ('milhões' -> 'milhoes')."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_FOLDED: list[Any] = []  # the lexicon and its foreign magnitudes, folded


def _foreign_magnitudes(lex: Lexicon) -> frozenset[str]:
    """The lexicon's other-language magnitude words, with and without their accents."""
    if not _FOLDED or _FOLDED[0] is not lex:
        words = lex.foreign_magnitudes
        _FOLDED[:] = [lex, frozenset([*words, *map(_fold, words)])]
    folded: frozenset[str] = _FOLDED[1]
    return folded


@cache
def _months() -> frozenset[str]:
    """English month names and abbreviations, from CLDR (babel)."""
    from moneyfacts.locales import month_names

    return month_names("en")


def _year(text: str, part: Part) -> bool:
    """Is the number of ``part`` written as a year: four digits from 1900 to 2099, ungrouped
    and with no magnitude ('In 2024 companies raised ...')?"""
    written = text[part.start : part.end]
    return (part.magnitude is None and len(written) == 4 and written.isdigit()
            and 1900 <= int(written) <= 2099)


def _word_before(text: str, part: Part) -> str:
    """The word right before the number of ``part`` after one space, lower case, without a
    full stop or comma ('' when none)."""
    start = part.start
    if start < 2 or text[start - 1] != " ":
        return ""
    words = text[max(0, start - 24) : start - 1].split()
    return words[-1].lower().rstrip(".,") if words else ""


def _year_counts(text: str, part: Part) -> bool:
    """Is a number written as a year (:func:`_year`) a count here, after a word of
    [count-before-year] ('a hospital with 1967 beds', 'it employs 2000 people'; count21)?
    Elsewhere it stays a year ('its 2024 sales', 'the 2022 floods'), and before a word of
    [money-word] too ('had 1988 sales of about $14 million': the year's sales).

    >>> from moneyfacts.numbers import read_digits
    >>> _year_counts("a clinic with 1967 beds", Part(14, 18, read_digits("1967")))
    True
    >>> _year_counts("its 1967 beds", Part(4, 8, read_digits("1967")))
    False
    >>> _year_counts("it had 1988 sales of $14m", Part(7, 11, read_digits("1988")))
    False
    """
    if _word_before(text, part) not in _section("count-before-year") and not _listed_after_count(
            text, part.start):
        return False
    after = text[part.end : part.end + 24].split(None, 1)
    return not after or after[0].lower().strip(",.;:") not in _section("money-word")


#: (count22) A count just before, in a list: a number, a plural noun in lower case, then a
#: comma or 'and' ('12 fatalities, 2000 buildings', '40 schools and 2000 homes').
_COUNT_BEFORE = re.compile(r"\d[\d,.]*[ \u00a0][a-z]+s(?:,| and|, and) $")


def _listed_after_count(text: str, start: int) -> bool:
    """Does a count stand just before ``start`` in a list (:data:`_COUNT_BEFORE`)? Then a
    number written as a year there is the list's next count, not a year (count22: '12
    fatalities, 2000 buildings were destroyed').

    >>> _listed_after_count("12 fatalities, 2000 buildings", 15), _listed_after_count("In 2019, 2000 people", 9)
    (True, False)
    """
    return _COUNT_BEFORE.search(text, max(0, start - 40), start) is not None


def _a_year(text: str, part: Part) -> bool:
    """Is the number of ``part`` written as a year (:func:`_year`) and no count here
    (:func:`_year_counts`)?"""
    return _year(text, part) and not _year_counts(text, part)


def _year_dated(text: str, part: Part) -> bool:
    """Is a number written as a year (:func:`_year`) a date after a word of [year-before] or
    a month's name ('Since 2019 users have left', 'In 2024 employees struck')? Then no noun
    after it is counted, not even one the lexicon lists (count21: 'Since 2019 users' was a
    silent count of 2,019 users)."""
    word = _word_before(text, part)
    return word in _section("year-before") or word in _months()


def _dated(text: str, part: Part) -> bool:
    """Is the number of ``part`` the day after a month's name ('On March 3 workers ...')?"""
    start = part.start
    if start < 2 or text[start - 1] != " ":
        return False
    words = text[max(0, start - 24) : start - 1].split()
    return bool(words) and words[-1].lower().rstrip(".") in _months()


def _plain_number(text: str, part: Part) -> bool:
    """May the number of ``part`` count a noun the lexicon does not list? Not a year, not a
    day after a month name ('March 3 officials'), not a label (:func:`_label`), nor glued to
    a word."""
    written = text[part.start : part.end]
    if not written[:1].isdigit() or _a_year(text, part) or (
            written[:1] == "0" and written[1:2].isdigit()):
        return False  # spelled ('two-three gigawatts'); a year; '000' ('80 000 spectators')
    start = part.start
    if start == 0:
        return True
    if text[start - 1] != " ":
        return not (text[start - 1].isalnum() or text[start - 1] in "-/.:#&")
    before = text[max(0, start - 24) : start - 1]
    words = before.split()
    if not words or before[-1:].isspace():
        return True
    return words[-1].lower().rstrip(".") not in _months()


def _label(text: str, part: Part) -> bool:
    """Is the number of ``part`` a label after a capitalised word inside a sentence ('Section
    230 protections', 'Boeing 737 jets', 'RTX 3080 cards', 'iPhone 15 cases')? A possessive ('Britain's 1,200
    hospitals') and a month ('In March 5,000 workers') are no label."""
    start = part.start
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 24) : start - 1]
    words = before.split()
    if not words or before[-1:].isspace():
        return False
    prev = words[-1]
    if prev.lower() in _section("label-word"):
        return True  # 'section 106 sums', 'grade 9 students', 'year 11 pupils'
    if not (prev[:1].isupper() or _camel(prev)) or prev.endswith(("'s", "’s", "s'", "s’", ",", ";", ":", ")", "?", "!")) or (
            prev.lower().rstrip(".") in _months()):
        return False  # 'Swedish Medical Center, 10 coronavirus patients': a comma ends it
    if prev[-1:] == "." and len(prev) > 4 and prev[:-1].isalpha() and not prev[1:-1].isupper() and (
            prev[:-1].lower() not in _section("label-abbreviation")):
        return False  # 'Care. 248 patients': a full stop after a word ends a sentence (count15)
    lead = text[: start - 1 - len(prev)].rstrip()  # a capitalised word opening a sentence
    return bool(lead) and lead[-1] not in ".!?\"“”:;"


def space_grouped_measure(text: str, part: Part, first: int, e: int) -> bool:
    """(count23) Digits a space apart before a unit of measure ('generate 16 170 MWh',
    'breakdowns totalled 14 900 MW'), from ``first`` to ``e``: one number grouped by a space,
    noted in ``part`` (True), where the word before them is one in lower case that no number
    labels: a verb or a preposition, not a label of [label-word] ('unit 5 800 MW'), a
    capitalised name ('Unit 5 800 MW', :func:`_label`), a month ('June 14 300 mm'), nor a
    word that joins numbers of a list or a range ('units 1, 2 and 3 600 MW'). Without a unit
    after them ('12 400 families') or with such a word before, the digits stay in doubt
    (False): one number or two.

    >>> p = Part(16, 19, Figure(Decimal(170), Decimal(1)), kind="measure", unit="megawatt_hour")
    >>> space_grouped_measure("It generates 16 170 MWh.", p, 13, 19), p.fig.value, p.start
    (True, Decimal('16170'), 13)
    >>> p.assumed
    "digits '16 170' read as one number grouped by a space (a unit after them, no label before)"
    >>> q = Part(10, 13, Figure(Decimal(800), Decimal(1)), kind="measure", unit="megawatt")
    >>> space_grouped_measure("Its unit 5 800 MW is down.", q, 9, 14)
    False
    """
    if part.prefix_start is not None or first < 2 or text[first - 1] != " ":
        return False
    words = text[max(0, first - 24) : first - 1].split()
    word = words[-1] if words else ""
    if not (word.isalpha() and word.islower()) or word in _section("label-word") or (
            word in _list_joins()) or word.rstrip(".") in _months():
        return False
    digits = text[first:e]
    part.fig = Figure(Decimal(digits.replace(" ", "")), part.fig.precision)
    part.start = first
    part.assumed = (f"digits {digits!r} read as one number grouped by a space (a unit after "
                    "them, no label before)")
    return True


@cache
def _list_joins() -> frozenset[str]:
    """The words of [list-join] that join the items of a list ('units 1, 2 and 3 600 MW'):
    before digits in doubt they leave the doubt (see :func:`space_grouped_measure`)."""
    return frozenset(k for k, v in lexicon_section("list-join") if v == "join")


#: (count23) The words between a bare figure and the next one in '12 primary and 4 secondary
#: schools': one or two modifiers in lower case, then a word of [list-join] (checked apart).
_MODIFIED_GAP = re.compile(r" ([a-z]+(?:-[a-z]+)?)(?: ([a-z]+(?:-[a-z]+)?))? ([a-z]+) ")


def modified_pair(text: str, a: Part, b: Part) -> bool:
    """(count23) Do the bare figure ``a`` and the count ``b`` after it share ``b``'s noun, as
    modifiers of it written on both sides of a word that joins a list ('12 primary and 4
    secondary schools', '30 public and 12 private hospitals')? The writer wrote the noun once,
    for both (:func:`moneyfacts.steps.carried_pair` carries it, noted). The words after ``a``
    are no stop words ('12 times and 4 new cases'), and ``b`` has a modifier of its own before
    its noun (the parallel that makes the first words modifiers too).

    >>> from moneyfacts.numbers import Figure
    >>> t = "It has 12 primary and 4 secondary schools."
    >>> a = Part(7, 9, Figure(Decimal(12), Decimal(1)))
    >>> b = Part(22, 41, Figure(Decimal(4), Decimal(1)), kind="count", unit="school")
    >>> modified_pair(t, a, b), modified_pair("It had 12 times and 4 new schools.", a, b)
    (True, False)
    """
    if b.kind != "count" or b.magnitude is not None or a.magnitude is not None:
        return False
    m = _MODIFIED_GAP.fullmatch(text, a.end, b.start)
    if m is None or m.group(3) not in _list_joins() or len(text[b.start : b.end].split()) < 3:
        return False
    stops = _spelled_stops(lexicon())
    return not any(w is not None and (w in stops or w.endswith("s") and w not in _plural_modifiers())
                   for w in m.group(1, 2))  # 'various' modifies; 'times', 'hours' are nouns


def _camel(word: str) -> bool:
    """A name in lower camel case ('iPhone', 'eBay', 'iOS'): capitalised inside.

    >>> [_camel(w) for w in ("iPhone", "eBay", "a", "de", "phones", "Phone")]
    [True, True, False, False, False, False]
    """
    return word[:1].islower() and word.isalpha() and any(c.isupper() for c in word[1:])


def _money_word(low: str, noun: str | None, lex: Lexicon, prof: LocaleProfile | None) -> bool:
    """A currency word, which makes money, never a count: 'liras', 'reais', 'lekes', and a
    currency word of the locale's ('libras' in pt)."""
    cw = lex.currency_words
    if low in cw or (low.endswith("es") and low[:-2] in cw):
        return True
    if prof is None:
        return False
    if (low in prof.currency_words or low in prof.heads) and noun not in lex.count_units:
        return True  # a name's noun ('séqueles', 'szekli') too
    return prof.language in _any_noun_languages() and (
        low in _section("subunit") or low in _section("minor"))  # '23 groszy' (pl): money


def _counted(
    text: str, end: int, word: str, low: str, noun: str, part: Part, lex: Lexicon, lower: bool,
    prof: LocaleProfile | None,
) -> tuple[int, str] | None:
    """Matcher: ``word`` (ending at ``end``) as a counted noun, (end, noun), when the lexicon
    knows it, or it is a plural (:func:`_plural_noun`: in lower case, '30tn tokens',
    'iPhones'; a people's name from a country's adjective, 'Americans'), after a big number or
    after a plain number with only modifiers before it (:func:`_modified_plain`: '52 priority
    road projects', '27 Premier League games'). A number written as a label ('RTX 3080
    cards') counts nothing."""
    acronym = len(word) > 2 and word[-1:] == "s" and word[:-1].isupper()  # 'HCWs', 'SUVs'
    if part.magnitude is None and (not word[:1].isupper() or acronym) and _label(text, part):
        return None  # a label before words in lower case ('RTX 3080 cards'), not in a title
    if low in lex.count_nouns or noun in lex.count_units:
        return _known_count(text, end, noun, part)
    if _fraction_of_thing(text, end, part, lex):
        return None  # '3.5 cts', '2.5 kids': a noun the lexicon does not list counts whole things
    big = part.magnitude is not None or (part.fig.value >= 1000 and not _a_year(text, part))
    people = _people(word)
    if not (_plural_noun(text, end, word, low, part, lex, prof, big, people is not None or acronym)
            and (big or _modified_plain(text, part, word, lower, prof))):
        return None
    if people is not None:
        return end, people
    return _two_words(text, end, low, lex) or (end, noun)


def _known_count(text: str, end: int, noun: str, part: Part) -> tuple[int, str] | None:
    """A noun the lexicon counts, (end, noun), unless the number is a day after a month's name
    ('On March 3 workers walked out': a date, no count)."""
    if part.magnitude is None and (_dated(text, part) or _year(text, part) and _year_dated(
            text, part)):
        return None
    return end, noun


def _plural_noun(text: str, end: int, word: str, low: str, part: Part, lex: Lexicon,
                 prof: LocaleProfile | None, big: bool, named: bool) -> bool:
    """Is ``word`` a plural noun a number may count: of letters, and a capitalised noun of
    [count-capital-noun] with its locale's plural ending ('300 Mitarbeiter'); else, in no
    language of [count-no-plural-s], with an -s or its locale's plural ending, in lower case
    or of a script without case, in lower camel case ('iPhones'), ``named`` (a people's name,
    'Americans'; an acronym's plural, 'SUVs') or a title's capitals (:func:`_titled`)?

    >>> from moneyfacts.numbers import read_digits
    >>> _plural_noun("52 road projects", 16, "projects", "projects", Part(0, 2, read_digits("52")),
    ...              lexicon(), None, False, False)
    True
    """
    if not word.isalpha():
        return False
    if prof is not None and word[:1].isupper() and word[1:].islower() and (
            prof.language in _section("count-capital-noun")):
        return _plural_ending(low, prof.language)  # '300 Mitarbeiter' (de): its ending alone
    if prof is not None and prof.language in _section("count-no-plural-s"):
        return False
    ending = low.endswith("s") or (prof is not None and _plural_ending(low, prof.language))
    return ending and (_lower(word) or (word[:1].islower() and word[1:2].isupper()) or named
                       or _titled(text, end, word, part, lex, prof, big))


def _titled(text: str, end: int, word: str, part: Part, lex: Lexicon, prof: LocaleProfile | None,
            big: bool) -> bool:
    """Is ``word`` a capitalised plural counted as a list's or a title's capitals ('39,523
    Security Officers', '70,338 Teachers', count15): after a big number, in English, where the
    noun phrase ends and no 'the' names it ('the 2,000 Guineas')? After a small number a
    capitalised plural stays a name ('Seven Sisters', 'Big 4 Banks'), as it does before
    another word ('1,000 unionized Starbucks workers')."""
    return big and prof is None and word[:1].isupper() and word[1:].islower() and (
        len(word) > 3) and _ends_title(text, end, lex) and not _the_before(
        text, part.start) and _english(text, part.start)


def _modified_plain(text: str, part: Part, word: str, lower: bool, prof: LocaleProfile | None) -> bool:
    """May a small number count a plural the lexicon does not list: only modifiers before it
    (``lower``), the word in ASCII unless the locale is not English ('lycées', 'países'), and
    the number a plain one (:func:`_plain`)?"""
    return lower and (word.isascii() or prof is not None and prof.language != "en") and (
        _plain(text, part, prof))


def _fraction_of_thing(text: str, end: int, part: Part, lex: Lexicon) -> bool:
    """Is the number of ``part`` a fraction (no magnitude, digits after the point) before a
    noun ending at ``end`` that the lexicon does not list, with no per-unit after it? A noun
    counts whole things ('3.5 cts', '2.5 kids'), but an average shares them out: 'per' and a
    word ('8.2 bolls per plant', '1.4 goals per game'; count20).

    >>> from moneyfacts.numbers import read_digits
    >>> lex = lexicon()
    >>> _fraction_of_thing("8.2 bolls per plant", 9, Part(0, 3, read_digits("8.2")), lex)
    False
    >>> _fraction_of_thing("8.2 bolls in all", 9, Part(0, 3, read_digits("8.2")), lex)
    True
    """
    if part.magnitude is not None or part.fig.precision >= 1:
        return False
    per = lex.words.per.match(text, end)
    return per is None or not per.group(1)


#: 'the', and a year after it, right before a number ('the 2,000 Guineas', 'the 2010 2,000
#: Guineas', 'The 1000 Islands').
_THE_BEFORE = re.compile(r"(?:^|\W)the (?:(?:19|20)\d\d )?$", re.IGNORECASE)


def _the_before(text: str, start: int) -> bool:
    """Is 'the' (and maybe a year) right before the number at ``start``: a capitalised plural
    after it is a name ('the 2,000 Guineas', a horse race; 'the 1000 Islands'), no count of
    a title's capitals (count16)?

    >>> _the_before("He won the 2010 2,000 Guineas", 16), _the_before("Staff: 70,338 Teachers", 7)
    (True, False)
    """
    return _THE_BEFORE.search(text, max(0, start - 12), start) is not None


def _ends_title(text: str, end: int, lex: Lexicon) -> bool:
    """Does the noun phrase end at ``end``: punctuation, '&', the end of the text, or a stop
    word ('Homes Without Power', 'Teachers & 258,584')?"""
    m = WORDS.match(text, end)
    if m is None or m.start(1) - end > 2 or not m.group(1)[:1].isalpha():
        return True
    between = text[end : m.start(1)]
    return bool(between.strip(" ")) or m.group(1).rstrip(".,;:").lower() in lex.words.stop


def _people(word: str) -> str | None:
    """'Americans' -> 'American': a capitalised plural whose singular is a country's
    adjective in the gazetteer (CLDR through babel, :mod:`moneyfacts.evidence`), or None."""
    if not (word[:1].isupper() and word[1:].islower() and word.endswith("s")):
        return None
    from moneyfacts.evidence import gazetteer

    found = gazetteer().phrases.get(word[:-1])
    return word[:-1] if found is not None and found[1] == "adjective" else None


def _two_words(text: str, end: int, low: str, lex: Lexicon) -> tuple[int, str] | None:
    """Matcher: 'graphics cards', a noun of two words the lexicon lists, (end, noun)."""
    nxt = WORDS.match(text, end)
    if nxt is not None and nxt.start(1) == end + 1:
        w2 = nxt.group(1).rstrip(".,'’")
        two = f"{low} {w2.lower()}"
        for key in (two, two[:-1] if two.endswith("s") else two):
            if key in lex.count_nouns:
                return nxt.start(1) + len(w2), lex.count_nouns[key]
    return None


#: The number words a run of a spelled number is made of ([english-number] to a thousand), and
#: 'and' between them.
_RUN_WORD = re.compile(
    "(?:%s|and)[ -]$" % "|".join(w for w, v in ENGLISH_NUMBERS.items() if v <= 1000))
_LOWER_WORD = re.compile(r" ([a-z]+)(?=[ ,.;:!?)\n]|$)")
#: A modifier of two words in lower case joined by a hyphen, before a word ('large-scale').
_HYPHENED_MODIFIER = re.compile(r" ([a-z]+-[a-z]+)(?= [a-z])")
_TENS = frozenset(w.encode() for w, v in ENGLISH_NUMBERS.items() if v in range(20, 100, 10))
#: Number words: none may follow the number a count ends with ('twenty one players' is 21).
_NUMBER_WORDS = frozenset([*ENGLISH_NUMBERS, "dozen"])
_DOZEN = re.compile(r" dozen\b(?!-)")
_A_DOZEN = re.compile(r"(?<![\w-])a dozen\b(?!-)")


def spelled_counts(text: str, present: frozenset[bytes], ones: list[tuple[int, int, str]]
                   ) -> list[tuple[int, int, str]]:
    """``ones`` (spans rewritten as digits before the scan: (start, end, digits)) with the
    spelled numbers of English text that count a noun added: a whole number of two or more
    that :func:`moneyfacts.numbers.read_spelled` reads, as before a unit word ('six planes', 'thirty-eight citizens', 'two dozen ships', 'a dozen
    bridges'), then one space, at most two modifiers in lower case and a plural noun
    :func:`count_noun` would count (a plural in lower case or a noun of [count]). ``present``:
    the number words of the text (lower case, bytes) a count may end with. Never 'one' (an
    article and a pronoun), a number before 'of' ('two of them'), before a hyphenated word
    ('two-thirds', 'a three-day visit') or a capitalised one ('Seven Sisters'), before a unit,
    a span of time or a currency word (the unit and money matchers' own: 'two years' stays
    words), a fraction ('two thirds'), nor in an idiom of [not-spelled-money] ('my two
    cents'). The digits then pass every rule of the count matcher (no label, no date, English
    by the language identifier)."""
    lex = lexicon()
    low = text.lower()
    if not _TENS.isdisjoint(present) or b"hundred" in present:
        present = present | {b"one"}  # 'twenty-one coaches', 'a hundred and one people'; 'one'
        # alone counts nothing here
    taken = [(s, e) for s, e, _ in ones]
    found: list[tuple[int, int, str]] = []
    for word in present:
        w = word.decode()
        at = low.find(w)
        while at >= 0:
            end = at + len(w)
            at = low.find(w, end)
            if (end - len(w) and low[end - len(w) - 1].isalpha()) or low[end : end + 1] != " ":
                continue  # a word's tail ('often'), or no space after it ('two-thirds')
            dozen = _DOZEN.match(low, end) if w != "dozen" else None
            count_end = dozen.end() if dozen is not None else end
            if not _noun_ahead(text, count_end, lex):
                continue
            if w == "dozen":
                a = _A_DOZEN.search(low, max(0, end - 8), end)
                if a is not None and a.end() == end:
                    found.append((a.start(), end, "12"))  # 'a dozen bridges'
                continue
            first = _run_start(low, end - len(w))
            if "thousand" in low[first:end]:
                continue  # a magnitude word: the grammar's ('two thousand troops')
            try:  # one word ('five'): its value from [english-number], read once
                value = _ONE_WORD[w] if first == end - len(w) and w in _ONE_WORD else (
                    read_spelled(text[first:end]).value)
            except ValueError:
                continue  # no number the reader knows ('hundred hundred')
            if value < 2 or value >= 1000 or value != value.to_integral_value() or (
                    first and (text[first - 1].isalnum() or text[first - 1] in "-$£€")):
                continue
            digits = str(int(value))
            if dozen is not None:
                digits, end = str(int(digits) * 12), count_end  # 'two dozen ships': 24
            if any(s < end and first < e for s, e in taken) or _idiom(text, first, end):
                continue
            taken.append((first, end))
            low_end = _spelled_low_end(low, first, lex)
            found.append((first, end, digits))
            if low_end is not None and not any(s < low_end[1] and low_end[0] < e for s, e in taken):
                found.append(low_end)  # 'two or three people', 'seven to nine hurricanes'
                taken.append(low_end[:2])
    return sorted([*ones, *found]) if found else ones


_ONE = Decimal(1)
#: The English number words below a hundred and their values as read_spelled gives them.
_ONE_WORD = {w: Decimal(v) for w, v in ENGLISH_NUMBERS.items() if v < 100}


def _run_start(low: str, first: int) -> int:
    """Where the spelled number whose last word starts at ``first`` begins: back over its
    number words ('thirty-eight', 'one hundred and sixty'), but not from an 'and' that joins
    two numbers ('six planes and seven helicopters', 'six and seven')."""
    while (run := _RUN_WORD.search(low, max(0, first - 12), first)) is not None:
        first = run.start()
    while low.startswith(("and ", "and-"), first):
        first += 4
    return first


_LOW_END = re.compile(r"([a-z]+) ([a-z]+) $")


def _spelled_low_end(low: str, first: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The low end of a range of spelled counts before the high end at ``first`` ('two' of
    'two or three people', 'one hundred and one' of 'one hundred and one to one hundred and
    five homes'): a spelled number below a thousand, then a word of [range] that joins a
    range alone ('to', 'or'), as digits; the scan then reads the range as it reads '2 or 3
    people'. Without it the high end alone was read, a silent part of the figure. ``low``:
    the text in lower case.

    >>> from moneyfacts.currencies import lexicon
    >>> _spelled_low_end("two or three people", 7, lexicon())
    (0, 3, '2')
    >>> _spelled_low_end("one hundred and one or one hundred and two people", 23, lexicon())
    (0, 19, '101')
    >>> _spelled_low_end("wait for three people", 9, lexicon()) is None
    True
    """
    m = _LOW_END.search(low, max(0, first - 20), first)
    if m is None or m.end() != first or m.group(2) not in lex.words.range_words_alone:
        return None
    start, end = _run_start(low, m.start(1)), m.end(1)
    if start and (low[start - 1].isalnum() or low[start - 1] in "-$£€"):
        return None
    try:
        value = read_spelled(low[start:end]).value
    except ValueError:
        return None
    if value < 1 or value >= 1000 or value != value.to_integral_value():
        return None
    return start, end, str(int(value))


def _noun_ahead(text: str, end: int, lex: Lexicon) -> bool:
    """After a spelled number ending at ``end``: one space, at most two modifiers in lower case
    and a plural noun counted (see :func:`spelled_counts`)."""
    stops = _spelled_stops(lex)
    at = end
    for _ in range(3):
        m = _LOWER_WORD.match(text, at)
        if m is None:
            if (h := _HYPHENED_MODIFIER.match(text, at)) is not None:
                at = h.end(1)  # 'two large-scale export projects' (count15): a modifier
                continue
            return False
        word = m.group(1)
        if word == "more" and at == end and not _THAN.match(text, m.end(1)):
            at = m.end(1)  # 'two more phases', as '12 more deaths' (count16); not 'two more than'
            continue
        if (word in stops or word in lex.currency_words) and not (at == end and word == "dozen"):
            return False  # 'twenty one players', 'two of them', 'two and', 'ten dollars', 'two thirds'
        noun = lex.count_nouns.get(word) or (
            singular(word, lex) if word.endswith("s") and word not in _plural_modifiers() else None)
        if noun is not None:  # ('previous', 'various': no plural, a modifier)
            if noun in stops:
                return False  # 'two times', 'two quarters', 'five days'
            nxt = WORDS.match(text, m.end(1))
            if nxt is not None and nxt.start(1) == m.end(1) + 1 and noun in _section(
                    "fraction-word") and nxt.group(1).rstrip(".,") == "of":
                return False  # 'two halves of': a share, no count; 'eight provinces of
                # Andalusia' is a count (count15: any plural before 'of' was refused)
            if at == end:
                return match_measure(text, at, False, Decimal(2)) is None  # 'two gigawatts',
                # 'three years': the unit matcher's
            return True
        at = m.end(1)
    return False


_STOPS: list[Any] = []


def _idiom(text: str, start: int, end: int) -> bool:
    """Is the spelled number at ``start``:``end`` in an idiom of [not-spelled-money] ('my two
    cents')? (:func:`moneyfacts.wordnumbers._in_idiom`, imported when first asked: that module
    asks this one.)"""
    from moneyfacts.wordnumbers import _in_idiom

    return _in_idiom(text, start, end)


def _spelled_stops(lex: Lexicon) -> frozenset[str]:
    """The words no spelled count reads past or counts: number words, stop words, 'and', 'or',
    nouns of [notcount] and fractions (kept for the lexicon given)."""
    if not _STOPS or _STOPS[0] is not lex:
        fractions = _section("fraction-word")
        _STOPS[:] = [lex, frozenset().union(
            _NUMBER_WORDS, lex.words.stop, _section("count-stop"), _JOINS, lex.not_count,
            fractions, (f + "s" for f in fractions))]
    stops: frozenset[str] = _STOPS[1]
    return stops
