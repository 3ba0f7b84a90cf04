"""Where the numbers of a text are: the anchors the scan reads amounts around.

:func:`anchors` finds every run of digits (with its grouping), the spelled numbers before a
magnitude word ("two hundred million") or a unit word (stems in ``data/units.txt``
[spelled before]: "two gigawatts"), and the numbers written over several tokens, which
it reads here: the broadcast decimals of KBS ("550-point-two", "one-point-08") and digits
grouped by plain spaces ("2 500 000"). It is linear in the text: regular expressions that
skip ahead at C speed, ``str.find`` for magnitude words, and one pass to drop the spans a
longer number covers.

>>> from moneyfacts.currencies import lexicon
>>> text = "It paid 2 500 000 euros, two-point-5 times more."
>>> spans, spelled, figures, doubtful = anchors(text, lexicon())
>>> [text[s:e] for s, e in spans], [str(figures[s].value) for s, _ in spans]
(['2 500 000', 'two-point-5'], ['2500000', '2.5'])
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, Inexact
from functools import cache, lru_cache
from typing import Any

from moneyfacts.currencies import Lexicon, lexicon_alternation
from moneyfacts.measures import table as unit_table
from moneyfacts.phrases import Phrases
from moneyfacts.numbers import (BELOW_HUNDRED, FRACTIONS, GROUP_CHARS, SPELLED, Figure, read_digits,
                               read_spelled)

__all__ = ["anchors", "Anchors", "letter_read", "letter_sign_read", "name_first_read"]

_FIRST_SPELLED = "|".join(w for w in SPELLED.split("|") if w not in ("and", "hundred"))
#: ``\d\d*``, not ``\d+``: a pattern that opens with one plain character class lets the
#: regex engine skip ahead to the next digit at C speed (2.5x faster through words).
_DIGITS = re.compile(rf"\d\d*(?:[{re.escape(GROUP_CHARS)}]\d+)*")
#: The same for a text all in ASCII, where ``\d`` is ``[0-9]``: a range the regex engine
#: tests faster than the Unicode digit category (0.42 against 0.68 us a sentence).
_ASCII_DIGITS = re.compile(rf"[0-9][0-9]*(?:[{re.escape(GROUP_CHARS)}][0-9]+)*")
#: Spelled numbers are read only before a magnitude word ([magnitude] '... words' in the
#: lexicon), so they are looked for only in a text that has one. At most six words ('two
#: hundred and fifty-five'): the bound keeps the scan linear on text like 'a a a a ...'.
_SPELLED_BEFORE = re.compile(
    rf"\b(?:half[ -]an?|(?:{_FIRST_SPELLED}|an?)(?:[ -](?:{SPELLED}|a)\b){{0,6}})[ -]$",
    re.IGNORECASE,
)
#: A whole spelled number and 'and a half' before a magnitude word ('one and a half
#: billion', 'two hundred and a half million'): read as one number, the whole plus 0.5.
_AND_A_HALF = re.compile(
    rf"\b(?:{_FIRST_SPELLED})(?:[ -](?:{SPELLED})\b){{0,5}}(?<!and)([ -]and[ -]a[ -]half)[ -]$",
    re.IGNORECASE,
)
_SPELLED_WORDS = frozenset([*SPELLED.split("|"), "a", "an", "half"])
#: The number words a spelled number before a unit word ends with ('a ton of work' is no 1 t).
_UNIT_SPELLED_WORDS = _SPELLED_WORDS - {"a", "an", "half", "and"}



_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: The whole part of a spelled decimal, a spelled number below a thousand in up to six words
#: ('three', 'fifty-three', 'five hundred fifty three': 'five hundred fifty three point five
#: million' is 553.5 million, never 3.5 million).
_SPELLED_INT = rf"(?:{_FIRST_SPELLED})(?:[ -](?:{SPELLED})){{0,5}}"
_DIGIT_WORD = "|".join(_DIGIT_WORDS)


@cache
def _point_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The broadcast style of KBS and others, '550-point-two', 'one-point-08', with the
    lexicon's [decimal-word] words ('point')."""
    point = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})*|\d+|{_SPELLED_INT})[ -](?:{point})[ -]"
        rf"(\d+|(?:{_DIGIT_WORD})(?:[ -](?:{_DIGIT_WORD}))*)\b",
        re.IGNORECASE,
    )


#: Digits grouped by plain spaces: '2 500 000', '1 234,50'. The digit groups say so only
#: with two groups or more, a decimal comma after them, or a currency sign right before.
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?:,\d+|\.\d+(?![.,]?\d))?(?![\d])")
_DIGIT_SPACE_DIGIT = re.compile(r"\d \d")


def _special_numbers(
    text: str, found: list[tuple[int, int]], lex: Lexicon
) -> tuple[list[tuple[int, int]], dict[int, Figure], dict[int, int]]:
    """Numbers written over several tokens, read here: the found spans they cover go. Also
    the digits whose grouping is in doubt: the start of the last group -> of the first."""
    figures: dict[int, Figure] = {}
    ends: dict[int, int] = {}
    doubtful: dict[int, int] = {}
    _point_numbers(text, lex, figures, ends, found)
    if _DIGIT_SPACE_DIGIT.search(text):
        _space_grouped(text, lex, figures, ends, found, doubtful)
    if ", " in text and _COMMA_SPACE_HINT.search(text):
        _comma_space_grouped(text, lex, figures, ends, found)
    if not figures:
        return found, figures, doubtful
    return _without_covered(found, ends), figures, doubtful


#: (gnews19) Digits whose last group of three follows its comma after a stray space, between a
#: currency sign and a magnitude word: 'Rs 81, 750 crore' is Rs 81,750 crore, not 'Rs 81' and
#: '750 crore'. Group 1 the digits before the comma, group 2 the last group, group 3 the word.
_COMMA_SPACE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{2,3})*), (\d{3}) ([^\W\d_]+)")
_COMMA_SPACE_HINT = re.compile(r"\d, \d{3} ")


def _comma_space_grouped(text: str, lex: Lexicon, figures: dict[int, Figure],
                         ends: dict[int, int], found: list[tuple[int, int]]) -> None:
    """Add the digits grouped with a stray space after a comma ('Rs 81, 750 crore') to
    ``figures``, ``ends`` and ``found``: only right after a currency sign of the lexicon (its
    space aside) and before a magnitude word of a thousand or more. A list of two amounts
    writes its sign, or its word, before the second one too ('Rs 81, Rs 750').

    >>> from moneyfacts.currencies import lexicon
    >>> figures, ends, found = {}, {}, []
    >>> _comma_space_grouped("got Rs 81, 750 crore", lexicon(), figures, ends, found)
    >>> figures[7].value, "got Rs 81, 750 crore"[7:ends[7]]
    (Decimal('81750'), '81, 750')
    >>> _comma_space_grouped("In 2019, 750 crore", lexicon(), {}, {}, found)
    >>> len(found)
    1
    """
    for m in _COMMA_SPACE.finditer(text):
        if (lex.magnitudes.get(m.group(3)) or lex.magnitudes_ci.get(m.group(3).lower()) or 0) < 3:
            continue
        before = text[: m.start()].rstrip(" \u00a0")
        if not any(before.endswith(sign) and (len(before) == len(sign) or not (
                sign[:1].isalpha() and before[-len(sign) - 1].isalnum()))
                for sign in _signs_ending(before[-1:], lex)):
            continue
        figures[m.start()] = read_digits(f"{m.group(1)},{m.group(2)}")
        ends[m.start()] = m.start(3) - 1
        found.append((m.start(), m.start(3) - 1))


def _signs_ending(last: str, lex: Lexicon) -> list[str]:
    """The lexicon's currency signs written before a number that end in ``last``."""
    return [k for k in lex.signs if k.endswith(last)] if last else []


def _point_numbers(text: str, lex: Lexicon, figures: dict[int, Figure], ends: dict[int, int],
                   found: list[tuple[int, int]]) -> None:
    """Add the broadcast decimals ('550-point-two') to ``figures``, ``ends`` and ``found``."""
    points = lex.words.decimal_words
    if not any(word in text for word in points):  # a case-blind pattern, tried on a cheap hint
        return
    for m in _point_pattern(points).finditer(text):
        figure = _point_figure(m.group(1), m.group(2))
        if figure is None:
            continue
        figures[m.start()] = figure
        ends[m.start()] = m.end()
        found.append(m.span())


def _point_figure(whole: str, frac: str) -> Figure | None:
    """The value of 'WHOLE point FRAC' ('550', 'two'), or None when the whole part is not one
    plain number."""
    if frac[0].isdigit():
        digits = frac
    else:
        digits = "".join(str(_DIGIT_WORDS.index(w.lower())) for w in re.split("[ -]", frac))
    try:
        head = read_digits(whole) if whole[0].isdigit() else read_spelled(whole)
    except ValueError:
        return None
    if head.precision < 1 or head.value != head.value.to_integral_value():
        return None  # 'one and a half point two' is no number; 'twenty point five' is 20.5
    return Figure(Decimal(f"{head.value}.{digits}"), Decimal(1).scaleb(-len(digits)))


def _space_grouped(text: str, lex: Lexicon, figures: dict[int, Figure], ends: dict[int, int],
                   found: list[tuple[int, int]], doubtful: dict[int, int]) -> None:
    """Add the digits grouped by plain spaces ('2 500 000') to ``figures``, ``ends`` and
    ``found``, or to ``doubtful`` when the groups allow two readings."""
    for m in _SPACE_GROUPED.finditer(text):
        token = m.group()
        if _grouping_in_doubt(text, m.start(), token, lex):
            # '5 200 euros': 5,200 euros, or 5 and 200 euros? The groups allow both; the
            # scan leaves the amount out when the last group reads as money.
            doubtful[m.end() - 3] = m.start()
            continue
        if m.start() in figures:
            continue
        whole_part, _, frac = token.partition("," if "," in token else ".")  # '700 000.00' too
        value = whole_part.replace(" ", "")
        figures[m.start()] = Figure(Decimal(value + ("." + frac if frac else "")),
                                    Decimal(1).scaleb(-len(frac)))
        ends[m.start()] = m.end()
        found.append(m.span())


def _grouping_in_doubt(text: str, start: int, token: str, lex: Lexicon) -> bool:
    """One space group, no decimal comma, and no currency sign right before (a letter is one
    where the text writes it before comma-grouped digits too: 'R42 000' beside 'R1,200')."""
    before = text[start - 1 : start]
    if token.partition(".")[0][-3:-2] == "0" and token.count(" ") == 1:
        return False  # 'R671 000', 'R90 000.00': a group of '0..' is no number of its own
    return token.count(" ") < 2 and "," not in token and not (
        before and before in lex.prefix_ends_mixed and (not before.isalnum() or (
            before.isalpha() and (start < 2 or not text[start - 2].isalnum())
            and letter_read(text, before))))


@lru_cache(maxsize=64)
def letter_read(text: str, letter: str) -> bool:
    """Does the text write the one-letter sign ``letter`` elsewhere before digits grouped by
    commas ('R1,200')? Then that letter is a currency sign in it, and 'R290 a month' is money
    too, not a label like 'Q4' or 'K2'."""
    return re.search(rf"(?<![^\W\d_]){re.escape(letter)}\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)",
                     text) is not None


_LETTER_WORD = r"(?<![^\W\d_]){}\d+(?:[.,]\d+)*[ \u00a0]?([^\W\d_]+)"


@lru_cache(maxsize=64)
def letter_sign_read(text: str, letter: str) -> bool:
    """Does the text write the one-letter sign ``letter`` as money elsewhere: before digits
    grouped by commas ('R1,200', :func:`letter_read`) or glued to a number that a magnitude
    of a million or more ends ('R2bn', 'R33.6 billion', 'N5 billion')? Only money is written
    so, and then 'R20 to R370' in the same text is money too, not a label like 'Q4' or 'K2'.

    >>> letter_sign_read("It will cost R2bn: the grant rises to R370.", "R")
    True
    >>> letter_sign_read("Q4 sales rose; Q3 was flat.", "Q")
    False

    (gnews19) A price in hundredths ('R1.71 a kilowatt-hour') or a price per a unit of
    measure ('N945 per litre') is money too, only money is written so: then 'an extra R186'
    and 'from N895' in the same text are money as well.

    >>> letter_sign_read("Power cost R1.71 a unit; he paid an extra R186.", "R")
    True
    >>> letter_sign_read("Petrol rose to N945 per litre from N895.", "N")
    True
    >>> letter_sign_read("The K2 climb took 3.25 days; K9 units joined.", "K")
    False
    """
    if letter_read(text, letter):
        return True
    from moneyfacts.currencies import lexicon

    powers = lexicon().magnitudes_ci
    return any((powers.get(m.group(1).lower()) or 0) >= 6
               for m in re.finditer(_LETTER_WORD.format(re.escape(letter)), text)) or (
        letter_priced(text, letter))


#: A one-letter sign glued to a price in hundredths ('R1.71'), or to a figure priced per a
#: word ('N945 per litre', 'K25/kg'): group 1 is that word, when there is one.
_LETTER_PRICE = (r"(?<![^\W\d_]){}(?:\d+\.\d\d(?![\d.,])|\d+(?:[.,]\d+)*[ \u00a0]?"
                 r"(?:per|a|an|/)[ \u00a0]?([^\W\d_]+))")


@lru_cache(maxsize=64)
def letter_priced(text: str, letter: str) -> bool:
    """(gnews19) Does the text write the one-letter sign ``letter`` glued to a price in
    hundredths ('R1.71') or to a figure priced per a unit of measure of the units table
    ('N945 per litre', not per a unit of time: 'Q4 a year')?

    >>> letter_priced("It sold at N617 per litre.", "N"), letter_priced("Q4 a year on", "Q")
    (True, False)
    """
    for m in re.finditer(_LETTER_PRICE.format(re.escape(letter)), text):
        word = m.group(1)
        if word is None or _measure_word(word):
            return True
    return False


def _measure_word(word: str) -> bool:
    """Is ``word`` a unit of measure of the units table, and none of time ('litre', 'kg')?"""
    from moneyfacts.measures import _sections, units_text

    t = unit_table()
    entry = t.names.get(word.lower()) or t.symbols.get(word)
    return entry is not None and entry.unit not in frozenset(
        k for k, _ in _sections(units_text()).get("time", []))


_NAME_FIRST_MONEY = r"(?<![^\W\d_]){}[ \u00a0](?:\d+(?:[.,]\d+)*[ \u00a0]?([^\W\d_]+)|\d+\.\d\d(?![\d.,]))"


@lru_cache(maxsize=64)
def name_first_read(text: str, name: str) -> bool:
    """Does the text write the currency name ``name`` in lower case before a number as money
    elsewhere: before a number that a magnitude of a thousand or more ends ('pounds 2.2bn') or
    before a price in hundredths ('pounds 187.50')? Archive copy that lost its '£' writes every
    amount so, and then 'the pounds 95 ticket' in the same text is money too.

    >>> name_first_read("Fans spent pounds 2.2bn; the pounds 95 ticket sold out.", "pounds")
    True
    >>> name_first_read("She lost pounds 5 a week.", "pounds")
    False
    """
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    for m in re.finditer(_NAME_FIRST_MONEY.format(re.escape(name)), text):
        word = m.group(1)
        if word is None or (lex.magnitudes.get(word) or lex.magnitudes_ci.get(word.lower())
                            or 0) >= 3:
            return True
    return False


def _without_covered(
    spans: list[tuple[int, int]], own: dict[int, int]
) -> list[tuple[int, int]]:
    """``spans`` in order, less those that overlap one of the ``own`` spans (start -> end),
    which stand: one pass over both, sorted."""
    keep: list[tuple[int, int]] = []
    cover = sorted(own.items())
    k = 0
    for st, en in sorted(set(spans)):
        if own.get(st) == en:
            keep.append((st, en))
            continue
        while k < len(cover) and cover[k][1] <= st:
            k += 1  # the covering spans that end before this one starts are behind us
        if k < len(cover) and cover[k][0] < en:
            continue  # overlaps cover[k]
        keep.append((st, en))
    return keep


Anchors = tuple[list[tuple[int, int]], set[int], dict[int, Figure], dict[int, int]]
_SPAN = re.Match.span  # each match's span, mapped in C (no loop of the interpreter's)
_NO_FIGURES: dict[int, Figure] = {}  # no number read over several tokens (never changed)
_NO_DOUBT: dict[int, int] = {}  # no digits in doubt (never changed)


#: Each byte's mark for the digit scan of an ASCII text: a digit is b"0", any other byte b" ".
_DIGIT_MARKS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))


def _ascii_digit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_ASCII_DIGITS`` in the ASCII ``text``, as its ``finditer`` gives them:
    the text's bytes marked once (``bytes.translate``), ``bytes.find`` skips to each next
    digit at C speed, where the regex engine's own skip tests a character class at about 100
    instructions a character; the pattern is matched only where a digit starts it, and a
    match from a digit is the leftmost one ``finditer`` would find from there.

    >>> text = "Q4 2,500.75 and 3 of 1.2.3"
    >>> _ascii_digit_spans(text) == [m.span() for m in _ASCII_DIGITS.finditer(text)]
    True

    The text's bytes as :func:`screen_tokens` read them serve as the marks when it read this
    very text (the same object) last: its table writes b"0" for each digit, as this one does,
    and no other byte as b"0" (a capital becomes its small letter, any other byte stays), so
    ``find`` stops at the same places. The scan of an English text has read them just before.
    """
    read = _TOKEN_READ[0]  # screen_tokens' bytes of this very text, when it made them
    marks = read[1] if read[0] is text else text.encode("ascii").translate(_DIGIT_MARKS)
    found = []
    at = marks.find(48)
    while at >= 0:
        end = _ASCII_DIGITS_AT(text, at).end()  # type: ignore[union-attr]  # a digit starts it
        found.append((at, end))
        at = marks.find(48, end)
    return found


_ASCII_DIGITS_AT = _ASCII_DIGITS.match


def anchors(text: str, lex: Lexicon, tokens: list[str] | None = None) -> Anchors:
    """The (start, end) of every number, in text order, the starts of the spelled ones, and
    the figures already read of the numbers written in more than one token ('550-point-two',
    '2 500 000'). ``tokens``: the ASCII ``text``'s :func:`screen_tokens`, when the caller has
    them (the scan's other word screen, :func:`moneyfacts.wordnumbers.rewrite_money`, reads
    them too)."""
    ascii_only = text.isascii()
    found = _ascii_digit_spans(text) if ascii_only else list(map(_SPAN, _DIGITS.finditer(text)))
    figures, doubtful = _NO_FIGURES, _NO_DOUBT
    words = lex.words
    if not _SCREEN or _SCREEN[0] is not words.magnitude_words:
        _screen(words)
    for word in _SCREEN[4 if ascii_only else 3]:  # 'point': numbers in broadcast copy
        if word in text:
            found, figures, doubtful = _special_numbers(text, found, lex)
            break
    else:  # digits grouped by spaces: two numbers one space apart ('2 500', '81, 750')
        read = _TOKEN_READ[0]
        if read[1] and read[0] is text:  # screen_tokens' bytes of this text (see _grouped_apart)
            # bytes.find, not ``in``: ``in`` on bytes first tries its operand as an integer
            # (a byte) and builds and drops a TypeError, ~1,400 instructions a test
            if read[1].find(b"0 0") >= 0 or read[1].find(b"0, 0") >= 0:
                found, figures, doubtful = _special_numbers(text, found, lex)
        elif _grouped_apart(text, found):
            found, figures, doubtful = _special_numbers(text, found, lex)
    # '½ teaspoon', '1½ cups': the pattern (no literal to skip ahead to) only where the
    # character class finds a fraction (at C speed)
    if not ascii_only and _VULGAR_CHAR.search(text) and _VULGAR.search(text):
        found, figures = _vulgar_numbers(text, found, figures)
    if tokens is not None:  # an ASCII text: the screen below, from the caller's tokens
        if not _screened_words("", _SCREEN[2], tokens):
            return found, _NONE, figures, doubtful
    low = text.lower()
    if tokens is not None:
        starts = _magnitude_starts(low, words.magnitude_pieces, words.magnitude_words)
    elif not ascii_only and len(low) != len(text):  # pragma: no cover - letters whose lower case is longer
        starts = [m.start() for m in words.magnitude_word.finditer(text)]
        low = text  # magnitude_word's own case-blind search kept the offsets right
    else:
        # The screen every text passes: a magnitude word ('two million') or a unit word ('two
        # gigawatts') in a word after a letter and a space or hyphen (see _screened); else no
        # spelled number is read. In '5 billion' the word follows a digit.
        if not _screened_words(low, _SCREEN[2]):
            return found, _NONE, figures, doubtful
        starts = _magnitude_starts(low, words.magnitude_pieces, words.magnitude_words)
    fractions: dict[int, Figure] = {}
    spans, spelled = _spelled_anchors(text, low, found, starts, fractions)
    if fractions:  # 'a quarter million': read here, as the broadcast decimals are
        figures = {**figures, **fractions}
    if figures and spelled:  # a spelled number read inside 'one-point-eight' goes
        spans = _without_covered(spans, _read_already(spans, figures))
    return spans, spelled, figures, doubtful


def _grouped_apart(text: str, found: list[tuple[int, int]]) -> bool:
    """Does a number of ``found`` (the digit spans, in order) start one space, or a comma and
    a space, after the one before it ends ('2 500', '81, 750')?

    For an ASCII text, the same as a digit, a space (or a comma and a space) and a digit in
    its bytes as :func:`screen_tokens` reads them (each digit b"0", no other byte b"0"): a
    span ends at its last digit, the character after it neither a digit nor a grouping
    character before a digit, so a digit before ' ' or ', ' ends a span, and the digit after
    starts the next one (the scan finds each next digit from where a span ends). So
    :func:`anchors` tests two substrings of those bytes when it has them.

    >>> text = "It rose 2 500 and 81, 750 and 3,5 6"
    >>> _grouped_apart(text, _ascii_digit_spans(text)), _grouped_apart("1, a 2", [(0, 1), (5, 6)])
    (True, False)
    """
    end = -2
    for st, en in found:
        if st == end + 1 and text[end] == " " or st == end + 2 and text[end : st] == ", ":
            return True
        end = en
    return False


def _read_already(spans: list[tuple[int, int]], figures: dict[int, Figure]) -> dict[int, int]:
    """The spans (start -> end) whose figures are read already. A function of its own: a
    comprehension in :func:`anchors` reading ``figures`` would make it a cell on every call
    (about 200 instructions a text under CPython 3.11), where few texts need it."""
    return {s: e for s, e in spans if s in figures}


#: A vulgar fraction, after a whole number or alone: '½', '1½', '2 ¾'.
_VULGAR_CHARS = "\u00bc-\u00be\u2150-\u215e"
_VULGAR = re.compile(rf"(?:(?<![\d.,])(\d+) ?)?([{_VULGAR_CHARS}])(?![\d\u2044/])")
#: One vulgar fraction character: the screen of _VULGAR, which needs one.
_VULGAR_CHAR = re.compile(f"[{_VULGAR_CHARS}]")


def _vulgar_numbers(
    text: str, found: list[tuple[int, int]], figures: dict[int, Figure]
) -> tuple[list[tuple[int, int]], dict[int, Figure]]:
    """Add the vulgar fractions ('½ teaspoon', '1½ cups': 0.5, 1.5) to ``found`` and
    ``figures``, each read exactly from its Unicode decomposition; one with no exact decimal
    ('⅓') is left out, and so is the whole number before it.

    >>> spans, figs = _vulgar_numbers("½ teaspoon and 1½ cups, ⅓ cup", [(15, 16)], {})
    >>> [(s, e, str(figs[s].value)) for s, e in spans]
    [(0, 1, '0.5'), (15, 17, '1.5')]
    """
    import unicodedata

    figures = dict(figures)
    own: dict[int, int] = {}
    for m in _VULGAR.finditer(text):
        parts = unicodedata.decomposition(m.group(2)).split()
        num, _, den = "".join(chr(int(h, 16)) for h in parts[1:]).partition("\u2044")
        try:
            value = _EXACT.divide(Decimal(num), Decimal(den))
        except (ArithmeticError, ValueError):  # '⅓': no exact decimal; '↉'
            own[m.start()] = m.end()  # the whole number before it goes too
            continue
        if m.group(1):
            value += Decimal(m.group(1))
        exponent = value.normalize().as_tuple().exponent
        figures[m.start()] = Figure(value, Decimal(1).scaleb(
            min(0, exponent if isinstance(exponent, int) else 0)))
        own[m.start()] = m.end()
        found.append(m.span())
    keep = _without_covered(found, {s: e for s, e in own.items() if s in figures})
    dropped = {s for s, e in own.items() if s not in figures}
    return [(s, e) for s, e in keep if not any(d <= s < own[d] for d in dropped)], figures


_EXACT = Context(prec=40, traps=[Inexact])


#: The magnitude words the screen was made with, its words, their needles (see _needles),
#: and the lexicon's [decimal-word] words, each once (the 'komma' of four languages is one
#: test), then those in ASCII (an ASCII text holds no 'chấm').
_SCREEN: list[Any] = []


def _screen(words: Phrases) -> tuple[str, ...]:
    """The screen's words for ``words`` (kept for the next text, with their needles): each
    'words' magnitude and each [spelled before] stem of the unit table (all letters only),
    longest first. The readers need one of those after a letter (inside a word: 'gigawatts')
    or after a letter and a space or hyphen ('two million'); see :func:`_screened`.

    >>> from moneyfacts.currencies import lexicon
    >>> found = _screen(lexicon().words)
    >>> "watt" in found, "billion" in found, found.index("billion") < found.index("lakh")
    (True, True, True)
    """
    found = tuple(sorted({*words.magnitude_words, *(_STEMS or _stems())},
                         key=lambda w: (-len(w), w)))
    decimal = tuple(dict.fromkeys(words.decimal_words))
    _SCREEN[:] = [words.magnitude_words, found, _needles(found), decimal,
                  tuple(w for w in decimal if w.isascii())]
    return found


@cache
def _pattern(needles: Needles) -> re.Pattern[str]:
    """The pattern of the words under ``needles`` (see :func:`_trie`): one search tells
    whether a word met for the first time holds any, where a test a needle costs more."""
    return re.compile(_trie([w for _, words in needles for w in words]))


def _trie(words: tuple[str, ...] | list[str]) -> str:
    """A pattern that matches exactly ``words``, written as a tree of their letters (one
    branch a first letter: the regex engine tries a handful of branches at each place).

    >>> _trie(("crores", "crore", "cup", "kg"))
    'c(?:rore(?:s)?|up)|kg'
    """
    return "|".join(_branches(words))


def _branches(words: tuple[str, ...] | list[str]) -> list[str]:
    """The branches of :func:`_trie`, one a first letter."""
    heads: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        heads.setdefault(w[0], []).append(w[1:])
    out = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        inner = _branches(rest) if rest else []
        if len(rest) < len(tails):  # a word ends at ``head``: what follows is optional
            out.append(re.escape(head) + (f"(?:{'|'.join(inner)})?" if inner else ""))
        elif len(inner) > 1:
            out.append(f"{re.escape(head)}(?:{'|'.join(inner)})")
        else:
            out.append(re.escape(head) + inner[0])
    return out


Needles = tuple[tuple[str, tuple[str, ...]], ...]


def _needles(words: tuple[str, ...]) -> Needles:
    """Fewer substrings than ``words`` (of at least three letters, or a shorter word whole),
    each with the words that hold it, every word under one: a text without a needle holds
    none of its words, and the words are looked for only after their needle is found. Chosen
    greedily, the needle that most words hold first ('illion': million, billion, ...).

    >>> _needles(("trillion", "billion", "crores", "crore", "kg"))
    (('illion', ('trillion', 'billion')), ('crore', ('crores', 'crore')), ('kg', ('kg',)))
    """
    left = list(words)
    out: list[tuple[str, tuple[str, ...]]] = []
    while left:
        holders: dict[str, list[str]] = {}
        for w in left:
            n = min(3, len(w))
            for piece in {w[i:j] for i in range(len(w)) for j in range(i + n, len(w) + 1)}:
                holders.setdefault(piece, []).append(w)
        best = max(holders, key=lambda piece: (len(holders[piece]), len(piece), piece))
        out.append((best, tuple(holders[best])))
        left = [w for w in left if w not in holders[best]]
    return tuple(out)


def _screened(low: str, needles: Needles) -> bool:
    """Does ``low`` hold one of the screen's words (under their ``needles``) in a word that
    follows a letter and a space or hyphen (:func:`_word_after_letter`)? Each word is found by
    ``str.find``: a text with none of the needles (most texts) costs a substring test each.

    The same answer as a search of the pattern of the words, each behind a letter or a letter
    and ``[ -]``, hit after hit: a hit it skips (inside the one before, all letters) starts
    no word the hit before does not.

    >>> needles = _needles(("billion", "watt", "ton"))
    >>> _screened("two gigawatts", needles), _screened("5 billion, 3 tonnes", needles)
    (True, False)
    >>> _screened("in boston", needles), _screened("5 tonnes", needles)
    (True, False)
    """
    for needle, words in needles:
        if needle in low:  # most texts: a substring test a needle, and no more
            for word in words:
                if word not in low:  # cheaper than a find ('oun' of 'amount': no 'ounce')
                    continue
                at = low.find(word)
                while at >= 0:
                    if low[at - 1 : at].isalpha():  # inside a word ('gigawatts'): its start?
                        if _word_after_letter(low, at) >= 0:
                            return True
                    elif at >= 2 and low[at - 1] in " -" and low[at - 2].isalpha():
                        return True  # _word_after_letter's answer for a word that starts here
                    at = low.find(word, at + len(word))
    return False


#: What :func:`_word_screen` found in a word (the text split at spaces), by the word, kept
#: for the next text (at most ``_MAX_WORDS`` words of at most ``_LONGEST_KEPT`` characters),
#: and, of those, the words that hold no screen word where it counts (most words); both for
#: the needles in ``_KEPT_FOR`` (a screen of other needles starts them afresh).
_WORD_SCREENS: dict[str, int] = {}
#: The needles :func:`_word_screen` met last, with their pattern (:func:`_pattern`).
_PATTERN_OF: list[tuple[Needles, re.Pattern[str]]] = []
_PLAIN_WORDS: set[str] = set()
_KEPT_FOR: list[Needles] = []
_MAX_WORDS = 1 << 16
_LONGEST_KEPT = 40
#: What a word holds: no screen word that counts; one that counts after a letter and a space
#: before the word ('two million'); one that counts alone ('two-million', 'kilo-watts').
_NOTHING, _AFTER_LETTER, _ALONE = 0, 1, 2


#: Each byte of an ASCII text as :func:`screen_tokens` reads it: a capital as its small
#: letter, a digit as '0', any other byte as it is.
_TOKEN_BYTES = bytes(b + 32 if 65 <= b <= 90 else 48 if 48 <= b <= 57 else b for b in range(256))


def screen_tokens(text: str) -> list[str]:
    """The ASCII ``text`` lowered, each digit written '0', split at its spaces: the tokens
    both word screens of an English scan read (:func:`_screened_words` here,
    :func:`moneyfacts.wordnumbers.rewrite_money`'s), neither of which tells one digit from
    another (each looks at letters, spaces and hyphens only), made once a text. With the
    digits alike, a token such as '$0.0' or '(us$000' recurs, so what each screen keeps of a
    token serves again ('$9.4' and '$1.5' are one token).

    >>> screen_tokens("Profit rose 5% to $9.4 billion.")
    ['profit', 'rose', '0%', 'to', '$0.0', 'billion.']
    """
    read = text.encode("ascii").translate(_TOKEN_BYTES)
    _TOKEN_READ[0] = (text, read)  # one object: a thread reads a pair or the other, whole
    return read.decode("ascii").split(" ")


#: The text :func:`screen_tokens` read last and its bytes as read (each digit b"0"), for the
#: digit scan of the same text (:func:`_ascii_digit_spans`): one translation a text, not two.
_TOKEN_READ: list[tuple[str | None, bytes]] = [(None, b"")]


def _screened_words(low: str, needles: Needles, words: list[str] | None = None) -> bool:
    """:func:`_screened`, word by word: ``low`` split at its spaces, what each word holds
    found once (:func:`_word_screen`) and kept, so that a text of words met before costs a
    split and a set test, not a search for every needle (most texts: their words hold none).

    >>> needles = _needles(("billion", "watt", "ton"))
    >>> _screened_words("two gigawatts", needles), _screened_words("5 billion, 3 tonnes", needles)
    (True, False)
    >>> _screened_words("in boston", needles), _screened_words("5-billion", needles)
    (True, False)
    """
    if not _KEPT_FOR or _KEPT_FOR[0] is not needles:
        _WORD_SCREENS.clear()
        _PLAIN_WORDS.clear()
        _KEPT_FOR[:] = [needles]
    if words is None:  # ``low`` split at its spaces, unless the caller has its tokens
        words = low.split(" ")  # (screen_tokens: the same answer, digits aside)
    plain = _PLAIN_WORDS
    if plain.issuperset(words):
        return False
    before = ""  # the word before ('' at the start, or after two spaces: no letter)
    for word in words:
        if word not in plain:
            found = _WORD_SCREENS.get(word)
            if found is None:
                found = _word_screen(word, needles)
            if found == _ALONE or found == _AFTER_LETTER and before[-1:].isalpha():
                return True
        before = word
    return False


def _word_screen(word: str, needles: Needles) -> int:
    """What ``word`` (no space in it) holds for :func:`_screened`, kept: the screen of the
    word after a letter and a space (nothing, for most words), then after a character that is
    no letter and a space (a screen word that counts in the word alone, 'two-million', or
    only when the word before ends in a letter, 'million'). Each look back of
    :func:`_word_after_letter` stops at the space, whatever stands before it, and its bound
    on the letters does not depend on where the word stands.

    >>> needles = _needles(("million", "watt"))
    >>> [_word_screen(w, needles) for w in ("million", "two-million", "5-million", "gigawatts")]
    [1, 2, 0, 1]
    """
    known = _PATTERN_OF  # by identity: a cached call would hash the needles every new word
    if not known or known[0][0] is not needles:
        known[:] = [(needles, _pattern(needles))]
    if known[0][1].search(word) is None or not _screened("a " + word, needles):
        found = _NOTHING  # most words: no screen word in them, found by one search
    else:  # what counts alone counts after a letter too
        found = _ALONE if _screened("\0 " + word, needles) else _AFTER_LETTER
    if len(_WORD_SCREENS) < _MAX_WORDS and len(word) <= _LONGEST_KEPT:
        _WORD_SCREENS[word] = found
        if found == _NOTHING:
            _PLAIN_WORDS.add(word)
    return found


def _spelled_anchors(
    text: str, low: str, found: list[tuple[int, int]], starts: list[int],
    fractions: dict[int, Figure] | None = None,
) -> tuple[list[tuple[int, int]], set[int]]:
    """The spelled numbers before the magnitude words at ``starts`` and before unit words,
    beside the digits ``found``; the fractions of a magnitude ('a quarter million') read
    into ``fractions``."""
    spelled: list[tuple[int, int]] = []
    if fractions is None:
        fractions = {}
    for at in starts:
        # Only a number word right before 'million' starts the (bounded) backward look.
        before = _word_start(low, at - 1)
        if before >= 0 and low[before : at - 1] in _fraction_ends() and (
                low[before : at - 1] != "half" or _and_a_half_start(text, low, at) < 0):
            frac = _fraction_before(text, at)
            if frac is not None:
                if frac[1] is not None:
                    spelled.append((frac[0], at - 1))
                    fractions[frac[0]] = frac[1]
                continue  # 'a third of a million' is no 'a million': not read at all
        if before >= 0 and low[before : at - 1].lower() in _SPELLED_WORDS:
            if low[before : at - 1] == "half":  # 'one and a half billion': 1.5 billion
                first = _and_a_half_start(text, low, at)
                if first >= 0:
                    spelled.append((first, at - 1))
                    low_side = _range_low(text, low, first)  # 'between one and two and a half'
                    if low_side is not None:
                        spelled.append(low_side)
                continue
            m = _SPELLED_BEFORE.search(text, max(0, at - 64), at)
            if m:
                if low[before : at - 1] in ("a", "an"):  # 'a million', 'half a billion'
                    # 'a quarter of a million' is 250,000, never a million
                    first = _article_start(text, low, before, at)
                    spelled.append((first if first >= 0 else m.start(), at - 1))
                    continue
                # Read as one number ('between two and three million' is no 5 million, 'a
                # two million dollar deal' no 3 million), and a range's low end kept beside it.
                first = _number_start(low, m.start(), at - 1)
                if first >= 0:
                    spelled.append((first, at - 1))
                    low_side = _range_low(text, low, first)
                    if low_side is not None:
                        spelled.append(low_side)
    return _unit_anchors(text, low, found, spelled)


_EXACT = Context(prec=40, traps=[Inexact])


@cache
def _fractions() -> tuple[re.Pattern[str], dict[str, Decimal | None]]:
    """The fractions of a magnitude, lexicon [fraction-word] ('quarter = 1/4'; 'none' for a
    word that says no value, 'a fraction of a million'), and the pattern of one before a
    magnitude word: 'half', 'a quarter', 'three quarters of a', 'a third of a'."""
    from moneyfacts.currencies import lexicon_sections

    values: dict[str, Decimal | None] = {}
    for word, value, _ in lexicon_sections().get("fraction-word", []):
        num, _, den = value.partition("/")
        try:
            values[word.lower()] = _EXACT.divide(Decimal(num), Decimal(den or 1))
        except (ArithmeticError, ValueError):  # '1/3': no exact decimal; 'none'
            values[word.lower()] = None
    words = "|".join(map(re.escape, sorted(values, key=len, reverse=True)))
    counts = "|".join(_DIGIT_WORDS[1:])
    return re.compile(
        rf"\b(?:(an?|{counts})[ -])?({words})(?:[ -]of)?(?:[ -]an?)?[ -]$", re.IGNORECASE,
    ), values


@cache
def _fraction_ends() -> frozenset[str]:
    """The words a fraction of a magnitude ends with ('quarter', 'a' of 'quarter of a')."""
    return frozenset({*_fractions()[1], "a", "an"})


def _fraction_before(text: str, at: int) -> tuple[int, Figure | None] | None:
    """The fraction written before the magnitude word at ``at`` ('a quarter million',
    'three quarters of a billion'): where it starts and its figure, None for one with no
    exact value ('a third of a million'); None when there is none.

    >>> _fraction_before("three quarters of a billion", 20)
    (0, Figure(value=Decimal('0.75'), precision=Decimal('0.01')))
    >>> _fraction_before("a third of a million", 13), _fraction_before("a million", 2)
    ((0, None), None)
    """
    pattern, values = _fractions()
    m = pattern.search(text, max(0, at - 48), at)
    if m is None:
        return None
    if text[max(0, m.start() - 4) : m.start()].lower() in ("and ", "and-"):
        return m.start(), None  # '... and a half billion': the tail of a number not read
    word, count = m.group(2).lower(), (m.group(1) or "a").lower()
    part = values[word]
    n = 1 if count in ("a", "an") else _DIGIT_WORDS.index(count)
    if part is None or (n > 1) != word.endswith("s"):
        return m.start(), None  # no value; 'two quarter million', 'a quarters': not read
    value = part * n
    exponent = value.as_tuple().exponent
    return m.start(), Figure(value, Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0))


def _and_a_half_start(text: str, low: str, at: int) -> int:
    """Where the whole spelled number before the 'and a half' that ends just before ``at``
    begins, read as one number with it ('one and a half billion', 'two and a half
    gigawatts'), or -1.

    >>> _and_a_half_start("two and a half gigawatts", "two and a half gigawatts", 15)
    0
    """
    half = _AND_A_HALF.search(text, max(0, at - 80), at)
    return _number_start(low, half.start(), half.start(1)) if half else -1


_WORD = re.compile(r"\w+")


#: The most letters a word the readers use can hold before a magnitude or unit word found
#: in it ('kilo' in 'kilowatts'): the look back over the letters of a word stops there, so
#: glued words ('billionbillion...', 'xwattsxwatts...') cost no walk over the whole run.
_LONGEST_WORD = 32


def _word_after_letter(low: str, at: int) -> int:
    """The start of the word of letters that holds ``at``, when a letter and a space or
    hyphen come before it ('two million', 'a-lakh'), else -1: where a spelled number can end.
    A word with more than ``_LONGEST_WORD`` letters before ``at`` is none the readers use.

    >>> _word_after_letter("two gigawatts", 8), _word_after_letter("5 gigawatts", 6)
    (4, -1)
    >>> _word_after_letter("two " + "x" * 40 + "watts", 44)
    -1
    """
    first = at
    stop = at - _LONGEST_WORD if at > _LONGEST_WORD else 0
    while first > stop and low[first - 1].isalpha():
        first -= 1
    if first and first == stop and low[first - 1].isalpha():
        return -1  # a longer run of letters: no magnitude or unit word the readers read
    if first >= 2 and low[first - 1] in " -" and low[first - 2].isalpha():
        return first
    return -1


def _magnitude_starts(
    low: str, pieces: tuple[str, ...], magnitudes: frozenset[str]
) -> list[int]:
    """Where the magnitude words of ``low`` start that follow a letter and a space or hyphen
    ('two million'; '5.9 million' is read from its digits), in text order: each piece found
    with ``str.find`` and the whole word checked only after a letter. Called only when the
    screen in :func:`anchors` found such a word or a unit word (a rare text).

    >>> _magnitude_starts("two million, 5 billion, a-lakh, millions", ("illion", "lakh"),
    ...                   frozenset({"million", "billion", "lakh"}))
    [4, 26]
    """
    starts: set[int] = set()
    for piece in pieces:
        at = low.find(piece)
        while at >= 0:
            first = _word_after_letter(low, at)
            if first >= 0 and first not in starts:
                word = _WORD.match(low, first)
                if word is not None and word.group() in magnitudes:
                    starts.add(first)
            at = low.find(piece, at + len(piece))
    return sorted(starts)


def _unit_anchors(
    text: str, low: str, found: list[tuple[int, int]], spelled: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[int]]:
    """Add the spelled numbers before a unit word ('two gigawatts') to those before a
    magnitude word (``spelled``). The grammar keeps such a number only if a unit is read
    after it."""
    taken = {start for start, _ in spelled}
    for stem in _STEMS or _stems():
        at = low.find(stem)
        while at >= 0:
            st = _word_start(low, at)  # 'giga|watts'
            if st >= 2 and low[st - 2].isalpha() and (st == at or low[st:at].isalpha()):
                before = _word_start(low, st - 1)
                if before >= 2 and low[before : st - 1] in _unit_leads():  # 'cubic metres'
                    st = before
                    before = _word_start(low, st - 1)
                if before >= 0 and low[before : before + 1] in _OPENING:
                    before += 1  # '(three kilometers)': a bracket opens the number (count15)
                word = low[before : st - 1] if before >= 0 else ""
                if word in _ARTICLE_WORDS and (  # 'a liter', 'half a gallon', 'quarter-litre'
                        word != "half" or _and_a_half_start(text, low, st) < 0):
                    first = _article_start(text, low, before, st)
                    if first >= 0 and first not in taken:
                        taken.add(first)
                        spelled.append((first, st - 1))
                elif word in _UNIT_SPELLED_WORDS or word == "half":
                    if word == "half":  # 'two and a half gigawatts': 2.5
                        first = _and_a_half_start(text, low, st)
                    else:
                        m = _SPELLED_BEFORE.search(text, max(0, st - 64), st)
                        first = _number_start(low, m.start(), st - 1) if m else -1
                    if first >= 0 and first not in taken:
                        taken.add(first)
                        spelled.append((first, st - 1))
                        low_side = _range_low(text, low, first)  # 'two to three gigawatts'
                        if low_side is not None and low_side[0] not in taken:
                            taken.add(low_side[0])
                            spelled.append(low_side)
            at = low.find(stem, at + len(stem))
    if not spelled:
        return found, _NONE
    return sorted(found + spelled), {start for start, _ in spelled}


#: Marks that may open a spelled number before a unit word: '(three kilometers)'.
_OPENING = frozenset("([\"'\u201c\u2018")

def _unit_articles() -> frozenset[str]:
    """[unit-article] (lexicon.txt): words right before a unit word that may open a number
    other than a spelled one: an article ('a liter'), 'of' after a fraction ('tenth of a
    gallon'), 'half' or 'quarter' ('half-litre', 'a quarter mile').

    >>> sorted(_unit_articles())
    ['a', 'an', 'half', 'of', 'quarter']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["unit-article"])


_ARTICLE_WORDS = _unit_articles()


def _article_start(text: str, low: str, before: int, st: int) -> int:
    """Where the number that an article or a fraction before the unit word at ``st`` opens
    starts ('a liter', 'half a gallon', 'a tenth of a gallon', 'three quarters of a cup',
    'quarter-litre', 'half liter'), or -1: never after a figure ('$5 a gallon' is a price
    per gallon), nor before a unit of units.txt [no article] ('a ton of work').

    >>> t = "half a gallon, a tenth of a liter, a ton of work, $5 a gallon, fourth of liter"
    >>> [t[_article_start(t, t, b, s):s - 1] for b, s in ((5, 7), (26, 28), (70, 73))]
    ['half a', 'a tenth of a', 'fourth of']
    >>> _article_start(t, t, 35, 37), _article_start(t, t, 53, 55)
    (-1, -1)
    """
    unit = _WORD.match(low, st)
    if unit is None or unit.group() in _no_article():
        return -1
    words = [(before, low[before : st - 1])]
    while len(words) < 5 and words[-1][0] >= 2 and low[words[-1][0] - 1] in " -":
        b = _word_start(low, words[-1][0] - 1)
        if b < 0:
            break
        words.append((b, low[b : words[-1][0] - 1]))
    w0 = words[0][1]
    fraction = False
    if w0 in ("a", "an"):
        first, i = before, 1
        if len(words) > 1 and _is_fraction(words[1][1]):  # 'half a'
            first, i, fraction = words[1][0], 2, True
        elif len(words) > 2 and words[1][1] == "of" and _is_fraction(words[2][1]):
            first, i, fraction = words[2][0], 3, True  # 'tenth of a'
    elif w0 == "of" and len(words) > 1 and _is_fraction(words[1][1]):
        first, i, fraction = words[1][0], 2, True  # 'fourth of liter'
    elif w0 in ("half", "quarter"):
        first, i, fraction = before, 1, True  # 'half-litre', 'quarter mile'
    else:
        return -1
    if fraction and i < len(words) and (
            words[i][1] in ("a", "an") or words[i][1] in _UNIT_SPELLED_WORDS):
        first, i = words[i][0], i + 1  # 'a tenth of a', 'three quarters of a'
    if i < len(words) and any(c.isdigit() for c in words[i][1]):
        return -1  # '$5 a gallon', '2 half-litre bottles'
    return first


def _is_fraction(word: str) -> bool:
    return word in FRACTIONS or word.endswith("s") and word[:-1] in FRACTIONS


@cache
def _no_article() -> frozenset[str]:
    return unit_table().no_article


def _word_start(low: str, end: int) -> int:
    """Where the word that ends at ``end`` starts (after the last space or hyphen, or an
    opening bracket or quote: '(two billion dollars)'), looked for over at most
    ``_LONGEST_WORD`` characters, or -1 when the word is longer: no search back over the
    whole text for each hit ('xwattsxwatts...').

    >>> _word_start("two giga-watts", 9), _word_start("x" * 40 + "watts", 40)
    (9, -1)
    >>> _word_start("cost (two billion", 9), _word_start('"one million', 4)
    (6, 1)
    """
    lo = end - _LONGEST_WORD if end > _LONGEST_WORD else 0
    space = max(low.rfind(" ", lo, end), low.rfind("-", lo, end))
    if space < end - 1:  # an opening bracket or quote inside the word ends before it
        for c in _OPENERS:
            space = max(space, low.rfind(c, space + 1, end))
    if space < 0 and lo > 0:
        return -1
    return space + 1


#: What opens a bracket or quote right before a word (:func:`_word_start`).
_OPENERS = ("(", "[", '"', "\u201c", "\u2018", "'", "\uff08")
_SEP = re.compile("[ -]")
#: What joins the two ends of a spelled range before a unit word ('two to three gigawatts'):
#: a space, a hyphen, a dash or a range's word of [unit-range-join] (lexicon.txt).
_RANGE_JOIN = re.compile(
    rf"(?:[ -]|\s+(?:{lexicon_alternation('unit-range-join', 'range')})\s+|\s*[–—]\s*)$")


#: The stems of ``data/units.txt`` [spelled before], loaded on the first scan (a module-level
#: list: the cheapest to test on every text).
_STEMS: list[str] = []


def _stems() -> list[str]:
    if not _STEMS:
        _STEMS.extend(unit_table().spelled_before)
    return _STEMS


@cache
def _unit_leads() -> frozenset[str]:
    """The first words of unit names of several words: 'square', 'cubic', 'metric'."""
    return frozenset(k.split("_", 1)[0] for k in unit_table().names if "_" in k)


def _range_low(text: str, low: str, high: int) -> tuple[int, int] | None:
    """The spelled number before the one at ``high`` that a range joins to it, or None: the
    grammar pairs the two ('between two and three gigawatts' is 2 to 3 GW, not 3)."""
    j = _RANGE_JOIN.search(low, max(0, high - 8), high)
    if j is None or j.start() == 0:
        return None
    end = j.start()
    before = _word_start(low, end)
    if before < 0 or low[before:end] not in _UNIT_SPELLED_WORDS:
        return None
    m = _SPELLED_BEFORE.search(text, max(0, end - 64), end + 1)
    first = _number_start(low, m.start(), end) if m else -1
    return (first, end) if first >= 0 else None


def _number_start(low: str, start: int, end: int) -> int:
    """Where the spelled number in ``low[start:end]`` begins, read as one number: an 'and'
    only after 'hundred' ('between two and three gigawatts' is no 5), an article only before
    'hundred' ('a two-mile stretch' is no 3; 'a hundred tonnes' is 100), a word after a word
    below twenty only if it is 'hundred' ('two-three' is no 5); -1 when none is left.

    >>> _number_start("a two hundred and five", 0, 22), _number_start("two and three", 0, 13)
    (2, 8)
    >>> _number_start("two-three", 0, 9), _number_start("twenty-five", 0, 11)
    (4, 0)
    """
    words = _SEP.split(low[start:end])
    at = first = start
    prev = ""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("a", "an"):
            joins = False  # an article opens a number ('a hundred') or is no part of one
            ok = nxt == "hundred"
        elif w == "and":
            joins, ok = prev == "hundred", prev == "hundred"
        elif w == "hundred":
            joins, ok = prev in _VALUES and _VALUES[prev] < 100 or prev in ("a", "an"), True
        else:
            pv = _VALUES.get(prev)
            joins = prev in ("hundred", "and") or (
                pv is not None and pv >= 20 and pv % 10 == 0 and 0 < _VALUES.get(w, 99) < 10)
            ok = True
        if not joins:
            first = at if ok else at + len(w) + 1
        prev = w if ok else ""
        at += len(w) + 1
    return first if first < end else -1


_VALUES = BELOW_HUNDRED


_NONE: set[int] = set()  # no spelled numbers (never changed)
