"""Numbers other languages write in words, rewritten as digits before a locale's scan.

With ``locale=`` set, :func:`rewrite` turns the numbers a text spells in that language into
the digits the grammar reads, and :func:`restore` puts the quantities found back onto the
text as written (their ``start``, ``end`` and ``text``):

* in French, English, Spanish, Portuguese, German, Italian and Dutch, spelled numbers, read by
  the maintained ``text2num`` library ("vingt-cinq euros" → 25, "treze euros" → 13,
  "dreizehn Euro" → 13). A magnitude word that ends the spelled number stays for the grammar
  to read with the locale's markers ("trois millions de dollars" → "3 millions de dollars",
  "mil millones" → "1000 millones"), so the figure keeps its written precision;
* in Norwegian, Swedish, Danish, Russian, Ukrainian, Romanian, Hebrew, Arabic, Persian,
  Turkish, Vietnamese, Indonesian, Polish, Czech, Finnish and Croatian (through Serbian's Latin
  words), the numbers the maintained ``num2words`` library spells, inverted: every number to
  a hundred, the hundreds and the thousands to nine thousand, and their sums as written
  ("ti kroner" → 10, "to tusen fem hundre" → 2500);
* in Bulgarian and Hindi, which num2words lacks, the number words lexicon.txt lists with their
  values ([number-word bg]: "петдесет = 50"), summed and multiplied the same way
  ("двадесет и пет лева" → 25, "दो सौ" → 200);
* in Korean, Japanese and Chinese, the numerals grouped by myriads ("4천 820만", "2억 4천
  7백만", "3億2000万"): the whole figure is written once in its largest myriad ("4820만",
  "2.47억", "3.2億"), so the last written digit keeps its place (the precision).

Nothing else changes: a text with no such number is scanned as it is.

>>> rewrite("trois millions de dollars", "fr")[0]
'3 millions de dollars'
>>> rewrite("2억 4천 7백만 달러", "ko")[0]
'2.47억 달러'
>>> rewrite("no numbers here", "en") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from moneyfacts.counts import spelled_counts
from moneyfacts.currencies import lexicon
from moneyfacts.numbers import ENGLISH_NUMBERS
from moneyfacts.subunits import subunit_words

if TYPE_CHECKING:
    from moneyfacts.currencies import Lexicon

__all__ = ["LANGUAGES", "rewrite", "rewrite_money", "restore", "language_section"]

#: The languages whose spelled numbers ``text2num`` reads.
LANGUAGES = frozenset({"fr", "en", "es", "pt", "de", "it", "nl"})
#: The languages whose number words ``num2words`` spells (CLDR language -> its code).
NUM2WORDS = {"nb": "no", "no": "no", "nn": "no", "sv": "sv", "da": "da", "ru": "ru", "uk": "uk",
             "ro": "ro", "he": "he", "ar": "ar", "tr": "tr", "vi": "vi", "id": "id", "pl": "pl",
             "cs": "cs", "fi": "fi", "hr": "sr", "sr": "sr", "bs": "sr", "bn": "bn", "fa": "fa",
             "sk": "sk", "sl": "sl", "lv": "lv", "lt": "lt", "is": "is",  # world21: these five
             "te": "te", "kn": "kn", "am": "am",  # asia22: Telugu, Kannada, Amharic
             "hu": "hu"}  # world22


def num2words_spelling(n: int, code: str, **kw: Any) -> str:
    """num2words' spelling of ``n`` in the language ``code``, lower case; '' where it cannot
    spell it (asia22: Telugu stops below 10^10, Amharic fails on 2,500).

    >>> num2words_spelling(21, "am"), num2words_spelling(10**12, "te")
    ('ሃያ አንድ', '')
    """
    from num2words import num2words  # type: ignore[import-untyped]

    try:
        spelled = str(num2words(n, lang=code, **kw)).lower()
    except (OverflowError, NotImplementedError, TypeError, ValueError):
        return ""
    return unicodedata.normalize("NFC", spelled)  # Kannada's 'ಕೋಟಿ' as text writes it, 'ಕೋಟಿ'


#: (asia23) The Indian languages whose number words AI4Bharat's maintained
#: ``indic-numtowords`` spells and neither num2words nor the lexicon's [number-word] tables
#: read: Tamil, Malayalam, Odia, Assamese, Marathi, Gujarati and Punjabi.
INDIC_NUMTOWORDS = frozenset({"ta", "ml", "or", "as", "mr", "gu", "pa"})


@cache
def indic_spellings(n: int, language: str) -> tuple[str, ...]:
    """Every spelling ``indic-numtowords`` gives of ``n`` in ``language`` (its colloquial
    variants too), folded; () where it cannot spell it or is not installed.

    >>> indic_spellings(100000, "ta"), indic_spellings(3, "gu")
    (('ஒரு லட்சம்',), ('ત્રણ',))
    """
    try:
        from indic_numtowords import num2words as spell  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - an optional install without it
        return ()
    try:
        found = spell(n, lang=language, variations=True)
    except (KeyError, ValueError, TypeError, IndexError):  # pragma: no cover
        return ()
    return tuple(dict.fromkeys(_fold(unicodedata.normalize("NFC", w.replace("\u200c", "")
                                                                   .replace("\u200d", "")).strip())
                               for w in ([found] if isinstance(found, str) else found) if w))


def _indic_rows(language: str) -> list[tuple[tuple[str, ...], int]]:
    """(asia23) The number words of ``language`` as :func:`indic_spellings` writes them, with
    their values: every number to a hundred, the hundreds and the thousands to nine thousand;
    the lakh and the crore with their 'one' ('ஒரு லட்சம்'), and alone as multipliers of the
    number before them (negative: 'ત્રણ લાખ' is 3 lakh); and the joining form each hundred
    and thousand takes before the rest of a figure ('ஆயிரத்து' of 'ஆயிரத்து ஒன்று', 1,001)."""
    rows: list[tuple[tuple[str, ...], int]] = []
    ones = {tuple(_WORD.findall(w)) for w in indic_spellings(1, language)}
    for n in [*range(0, 101), *range(200, 1000, 100), *range(1000, 10000, 1000), 10**5, 10**7]:
        for spelled in indic_spellings(n, language):
            words = tuple(_WORD.findall(spelled))
            if words:
                rows.append((words, n))
                if n >= 10**5 and len(words) == 2:
                    rows.append((words[1:], -n))  # 'லட்சம்' after a number only
        if n >= 100 and n % 100 == 0 and n < 10**5:
            for spelled in indic_spellings(n + 1, language):
                words = tuple(_WORD.findall(spelled))
                for one in ones:
                    if len(words) > len(one) and words[-len(one):] == one:
                        rows.append((words[: -len(one)], n))
    return rows


#: The languages that group numerals by myriads (万/만 = 10⁴, 億/억 = 10⁸, 兆/조 = 10¹²).
MYRIAD_LANGUAGES = frozenset({"ko", "ja", "zh"})

#: A decimal text2num reads said in words ('drei komma fünf' -> '3,5', 'trois virgule cinq').
_SAID_DECIMAL = re.compile(r"[0-9]+,[0-9]+")
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]")
_DIGITS = re.compile(r"\d+")
#: Magnitudes of a spelled number that the grammar reads itself (a million and up).
_GRAMMAR_READS = Decimal(1_000_000)

_SMALL = {"십": 1, "十": 1, "백": 2, "百": 2, "천": 3, "千": 3}
_BIG = {"만": 4, "万": 4, "萬": 4, "억": 8, "億": 8, "亿": 8, "조": 12, "兆": 12}
_DIGIT_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                "两": 2, "兩": 2}
#: The Sino-Korean digits ('이십유로', '이천칠백삼십오만원'): each is a syllable of other words
#: too ('이' this, '사' company), so they count only in a numeral with a unit ('이십', '오천').
_HANGUL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_DIGIT_WORDS.update(_HANGUL_DIGITS)
#: A Chinese decimal in words: '三點九' (3.9), '一点六'; also with the hyphenation point (U+2027)
#: the Taiwanese and Macanese press writes between Han digits ('四百七十六‧六億元': 47.66 billion).
_HAN = "一二三四五六七八九两兩"
_HAN_POINT = "点點\u2027"
_HAN_DECIMAL = rf"[{_HAN}][{_HAN_POINT}][{_HAN}零〇]+"
#: Digits, also grouped by commas ('6조 9,000억 원', '1兆2,000億円': the figure after a myriad).
_DIGITS_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS_GROUPED}|{_HAN_DECIMAL}|[{''.join(_DIGIT_WORDS)}])"
#: The units the grammar reads itself after digits, as magnitudes ('4천', '5万', '3億').
_GRAMMAR_UNITS = frozenset("천千" + "".join(_BIG))
_SMALLS = "".join(_SMALL)
_BIGS = "".join(_BIG)
# A group: digits with small units ('4천', '7백', '820', '천'), then optionally a myriad.
_GROUP = rf"(?:(?:[零〇]?{_NUM}?[{_SMALLS}] ?)+(?:[零〇]?{_NUM})?|[零〇]?{_NUM})"  # 零: '一百零五'
# A run may start with a Korean myriad alone ('만원': 10,000 won).
_MYRIAD_RUN = re.compile(
    rf"(?<!\d)(?<!\d[.,])(?!(?<=[.,])\d)(?:{_GROUP}|(?=[만억조])(?!만큼|만이|만을|만의))"
    rf"{rf'(?: ?[{_BIGS}](?: ?{_GROUP}(?: ?[{_BIGS}])?)*)'}?")
#: (No run starts inside a figure: after a digit, a digit's point or comma, or a point or comma
#: before digits; a Han numeral after a comma starts one: '據了解,一萬元', asia21.)


class _Token:
    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _spelled(text: str, language: str, one: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every number ``text`` spells out in ``language``."""
    from text_to_num import find_numbers  # type: ignore[import-untyped]

    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    if not tokens:
        return []
    words = [_Token(t[2]) for t in tokens]
    out: list[tuple[int, int, str]] = []
    for occ in find_numbers(words, language, threshold=0):
        first, last = occ.start, occ.end
        span = tokens[first:last]
        if occ.is_ordinal or any(t[2][0].isdigit() for t in span) or not (
                occ.text.isdigit() or _SAID_DECIMAL.fullmatch(occ.text)):
            continue  # 'drei komma fünf' is '3,5' (the language's own decimal mark): kept
        if first and tokens[first - 1][2][0].isdigit() or first > 1 and (
                tokens[first - 1][2] == "-" and tokens[first - 2][2][0].isdigit()
                and tokens[first - 1][0] == tokens[first - 2][1]
                and tokens[first][0] == tokens[first - 1][1]):
            continue  # '75 millions', '1,45 mil millones', '5-thousand-dollar': a magnitude
            # of digits, the grammar's
        if len(span) == 1 and ((occ.text == "1" and not one and not _million_next(
                text, span[0][1], language)) or Decimal(occ.text) >= _GRAMMAR_READS
                               or span[0][2].lower() in subunit_words()):
            continue  # 'un', 'a' are articles too (not before the locale's magnitude: 'un
            # billón', which text2num does not read); 'millions' alone is a magnitude word;
            # 'cents' after a number is a subunit (the French plural of 'cent' too)
        if len(span) == 1 and first and _percent_word(tokens[first - 1][2], span[0][2], language):
            continue  # '4,3 por ciento', '2 per cento': the number's percent, no hundred
        digits = occ.text
        # A magnitude word at the end stays for the grammar: 'trois millions' -> '3 millions'.
        while digits.isdigit() and Decimal(digits) >= _GRAMMAR_READS and last - first > 1:
            head = find_numbers(words[first : last - 1], language, threshold=0)
            if len(head) != 1 or head[0].start != 0 or head[0].end != last - 1 - first:
                break
            last -= 1
            digits = head[0].text
            if not digits.isdigit():
                break
        if last - first == len(span) and digits != occ.text:
            continue  # pragma: no cover - defensive: nothing was kept for the grammar
        out.append((tokens[first][0], tokens[last - 1][1], digits))
    return out


@cache
def _percent_pairs(language: str) -> frozenset[tuple[str, str]]:
    """The spellings of percent of two words whose second text2num reads as a hundred, as
    (first, second) in lower case: CLDR's for ``language`` ('por ciento', 'pour cent') and the
    lexicon's [percent] ('per cento')."""
    from babel import Locale

    from moneyfacts.currencies import lexicon_sections

    forms = [k for k, _v, _n in lexicon_sections().get("percent", [])]
    try:
        patterns = Locale.parse(language)._data["unit_patterns"]["concentr-percent"]["long"]
        forms += [p.replace("{0}", "") for p in dict(patterns).values()]
    except (KeyError, ValueError):
        pass
    return frozenset((w[0], w[1]) for w in (f.lower().split() for f in forms) if len(w) == 2)


def _percent_word(before: str, word: str, language: str) -> bool:
    """Is ``word`` the second word of a spelling of percent after ``before`` ('por ciento')?"""
    return (before.lower(), word.lower()) in _percent_pairs(language)


@cache
def _number_words(language: str) -> tuple[dict[tuple[str, ...], int], frozenset[str], int]:
    """The phrases ``num2words`` spells in ``language`` (as word tuples) -> their value, the
    words that join them ('og' in 'en hundre og tjuetre'), and the longest phrase's length.
    A language num2words lacks ('bg', 'hi') has its number words in the lexicon instead
    ('[number-word bg]': 'петдесет = 50', 'и = join')."""
    table: dict[tuple[str, ...], int] = {}
    joins: set[str] = set()
    listed = _variants(language)
    for spelling, value in listed:  # the lexicon's own number words and joins
        if value.isdigit() and not value.startswith("0") or value == "0":
            table.setdefault(tuple(_WORD.findall(_fold(spelling))), int(value))
        elif value[:1] == "*" and value[1:].isdigit():  # 'хиляди = *1000': after a number only
            table.setdefault(tuple(_WORD.findall(_fold(spelling))), -int(value[1:]))
        elif value == "join":
            joins.add(_fold(spelling))
    if language in INDIC_NUMTOWORDS:
        for words, n in _indic_rows(language):
            table.setdefault(words, n)
    code = NUM2WORDS.get(language)
    if code is not None:
        for kw in _genders(code):  # Hebrew's masculine 'עשרה' beside the feminine 'עשר'
            for n in [*range(0, 101), *range(200, 1000, 100), *range(1000, 10000, 1000)]:
                words = tuple(_WORD.findall(num2words_spelling(n, code, **kw)))
                if words:
                    table.setdefault(words, n)
    for variant, canonical in listed:  # lexicon [number-word sv]: 'fyrtio = förtio'
        if canonical.isdigit() or canonical == "join":
            continue
        for words, n in list(table.items()):
            spelled = " ".join(words)
            if canonical in spelled:
                table.setdefault(tuple(spelled.replace(canonical, variant).split()), n)
    if code is not None:
        for n in (123, 2500, 1023):
            for w in _WORD.findall(num2words_spelling(n, code)):
                if (w,) not in table and (not any(w in k for k in table) or w in _proclitic_letters()):
                    joins.add(w)  # 'og', and Arabic's 'و' (also inside 'خمسة و عشرون')
    # A conjunction written onto the next number word ('מאתיים וחמישים', 'מאה ועשרים') is
    # split off it (see _tokens) and joins the two: [proclitic] 'and'.
    joins.update(k for k, v, _ in _proclitic_rows() if v == "and")
    return table, frozenset(joins), max(map(len, table), default=1)


# A word: letters, with the vowel signs and marks of Indic scripts ('पांच' is one word).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0963\u0970-\u0dff])*")


def _fold(word: str) -> str:
    """A number word as it is looked up: lower case, the Devanagari nukta left out and the
    candrabindu written as the anusvara ('पाँच' is 'पांच'), as writers vary."""
    from moneyfacts.locales import _NUKTA

    return word.lower().translate(_NUKTA).replace("\u0901", "\u0902")


def _genders(code: str) -> list[dict[str, Any]]:
    """The keyword arguments that make ``num2words`` spell each gender its language has (its
    cardinal takes a ``gender``: Hebrew's 'עשר' and 'עשרה'); one call's for the others."""
    import inspect

    from num2words import CONVERTER_CLASSES

    converter = CONVERTER_CLASSES.get(code)
    params = inspect.signature(converter.to_cardinal).parameters if converter else {}
    genders: list[dict[str, Any]] = [{}, {"gender": "m"}, {"gender": "f"}] if "gender" in params else [{}]
    if "construct" in params:  # Hebrew's construct state: 'שני מיליון', 'שלושת אלפים'
        genders += [{**g, "construct": True} for g in genders]
    return genders


@cache
def _proclitic_rows() -> tuple[tuple[str, str, int], ...]:
    from moneyfacts.currencies import lexicon_sections

    return tuple(lexicon_sections().get("proclitic", []))


@cache
def _proclitic_letters() -> frozenset[str]:
    """The one-letter words written onto the next word, a number too ([proclitic] of the
    lexicon: 'מעשר' is 'from ten', 'لعشرين' 'to twenty', 'وعشرون' 'and twenty')."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections().get("proclitic", []))


@cache
def _and_letters() -> frozenset[tuple[str, str]]:
    """The proclitic letters that mean 'and' ([proclitic] of the lexicon: Hebrew's 'ו')."""
    return frozenset((k, v) for k, v, _ in _proclitic_rows() if v == "and")


@cache
def _first_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a number ``num2words`` spells in ``language`` may start with, and all its
    words ('וחמישה' of 'עשרים וחמישה' is one: no proclitic to split off)."""
    table = _number_words(language)[0]
    return frozenset(k[0] for k in table), frozenset(w for k in table for w in k)


def _tokens(text: str, language: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` (start, end, lower case), a proclitic written onto a number word
    its own word ('מעשר' -> 'מ', 'עשר')."""
    out: list[tuple[int, int, str]] = []
    letters = _proclitic_letters()
    firsts, every = _first_words(language)
    for m in _WORD.finditer(text):
        word = _fold(m.group())
        if len(word) > 2 and (word not in every or word not in firsts and (word[0], "and") in _and_letters()
                              ) and (word[0] in letters and word[1:] in firsts):
            # asia23: 'and' written onto a number word that num2words writes only second
            # ('וחמישה' of 'עשרים וחמישה') is split off it too, so that 'ארבע מאות וחמישה' is 405
            out.append((m.start(), m.start() + 1, word[0]))
            out.append((m.start() + 1, m.end(), word[1:]))
        elif len(word) > 4 and word not in every and (glued := _glued_magnitude(word, language)):
            # (world22) Hungarian writes a number and its magnitude as one word ('hétmilliárd',
            # 'kétmillió'): the number word, then the magnitude
            cut = m.start() + len(word) - len(glued)
            out.append((m.start(), cut, word[: len(word) - len(glued)]))
            out.append((cut, m.end(), glued))
        elif len(word) > 3 and word not in every and (lead := _longer_proclitic(word, firsts)) and (
                _number_word_at(text, m.end(), every, language)):
            # Arabic's article on a number word before another ('الأربعين مليار', the forty
            # billion; not 'في المئة', per cent)
            out.append((m.start(), m.start() + len(lead), lead))
            out.append((m.start() + len(lead), m.end(), word[len(lead):]))
        else:
            out.append((m.start(), m.end(), word))
    return out


def _glued_magnitude(word: str, language: str) -> str:
    """(world22) The magnitude word of the locale (:func:`_magnitude_words`: 'millió',
    'milliárd') that ``word`` ends with after a number word num2words spells whole ('hét' +
    'milliárd'), else ''.

    >>> _glued_magnitude("hétmilliárd", "hu"), _glued_magnitude("kétmillió", "hu")
    ('milliárd', 'millió')
    >>> _glued_magnitude("milliárd", "hu"), _glued_magnitude("hétfő", "hu")
    ('', '')
    """
    if language not in _GLUED_LANGUAGES:
        return ""
    table = _number_words(language)[0]
    for mag in sorted(_magnitude_words(language), key=len, reverse=True):
        if len(mag) > 2 and word.endswith(mag) and (word[: len(word) - len(mag)],) in table:
            return mag
    return ""


#: (world22) The languages that write a number and its magnitude as one word ('hétmilliárd').
_GLUED_LANGUAGES = frozenset({"hu"})


def _number_word_at(text: str, pos: int, every: frozenset[str], language: str) -> bool:
    """Is the word after ``pos`` (spaces between) a number word or a magnitude of the
    language ('مليار')?"""
    m = _SPACED_WORD.match(text, pos)
    return m is not None and (_fold(m.group(1)) in every or _fold(m.group(1)) in _magnitude_words(language))


@cache
def _magnitude_words(language: str) -> frozenset[str]:
    """The locale's magnitude words (CLDR's and the lexicon's), as looked up."""
    from moneyfacts.errors import InputError
    from moneyfacts.locales import profile

    try:
        return frozenset(_fold(k) for k in profile(language).markers)
    except InputError:
        return frozenset()


_SPACED_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _longer_proclitic(word: str, firsts: frozenset[str]) -> str:
    """The proclitic of more than one letter ([proclitic] 'ال') ``word`` starts with before a
    word a number starts with, else ''."""
    for lead in _proclitic_letters():
        if len(lead) > 1 and word.startswith(lead) and word[len(lead):] in firsts:
            return lead
    return ""


def _variants(language: str) -> list[tuple[str, str]]:
    """The spellings lexicon.txt's [number-word <language>] gives for a part of what
    ``num2words`` writes ('fyrtio = förtio': 'fyrtiofem' is read as 45 too), or for a
    language num2words lacks, its number words with their values ('пет = 5')."""
    return language_section("number-word", language)


@cache
def language_section(name: str, language: str) -> list[tuple[str, str]]:
    """The '<key> = <value>' lines of lexicon.txt's [<name> <language>] sections, lower case
    ('[number-word bg]', '[case-ending ru]')."""
    from moneyfacts.currencies import lexicon_section

    return [(" ".join(variant.lower().split()), " ".join(canonical.lower().split()))
            for variant, canonical in lexicon_section(f"{name} {language}")]


def _spells(language: str) -> bool:
    """Whether the numbers ``language`` spells are read by inverting num2words or the
    lexicon's [number-word] table; a table of fractions alone counts (asia22: Marathi's
    'साडे ७ हजार कोटी' is 7.5 thousand crore, read as 7 before)."""
    return language in NUM2WORDS or language in INDIC_NUMTOWORDS or any(
        v.isdigit() for _w, v in _variants(language)) or bool(_fractions(language))


@cache
def _fractions(language: str) -> dict[str, str]:
    """The lexicon's fractional number words of ``language``: a value ('डेढ़ = 1.5', 'полтора
    = 1.5'), or an addition to the number after it ('साढ़े = +0.5': 'साढ़े तीन' is 3.5)."""
    return {_fold(w): v for w, v in _variants(language)
            if v[:1] in "+-" and v[1:2].isdigit() or "." in v and v.replace(".", "", 1).isdigit()}


def _fraction_at(text: str, tokens: list[tuple[int, int, str]], i: int, language: str
                 ) -> tuple[int, int, str, int] | None:
    """A fractional number at token ``i`` before a magnitude or money ('डेढ़ लाख', 'साढ़े तीन
    करोड़', 'полтора миллиона'): (start, end, digits, the next token), else None."""
    value = _fractions(language).get(tokens[i][2])
    if value is None:
        return None
    end, j = tokens[i][1], i + 1
    amount = Decimal(value) if value[0] not in "+-" else None
    if amount is None:  # 'साढ़े तीन': the number after it, then the fraction added
        table = _number_words(language)[0]
        n = table.get((tokens[j][2],)) if j < len(tokens) else None
        if n is None or n <= 0:
            return None
        amount, end, j = Decimal(n) + Decimal(value), tokens[j][1], j + 1
    if not (_magnitude_next(text, end, language) or _money_next(text, end, language)):
        return None
    return tokens[i][0], end, f"{amount.normalize():f}", j


_DIGITS_AFTER = re.compile(r"[ \u00a0]+(\d+(?:[.,]\d+)?)(?![\d.,])")


def _fractions_before_digits(text: str, tokens: list[tuple[int, int, str]], language: str
                             ) -> list[tuple[int, int, str]]:
    """A fraction word that adds to the number after it, written before digits ('साढ़े 3
    लाख': 3.5 lakh; 'ساڑھے 11 کھرب'; 'पौने 2 करोड़': 1.75 crore), before a magnitude or
    money: (start, end, the sum in digits), the fraction word and the digits as one number.

    >>> _fractions_before_digits("कुल साढ़े 3 लाख रुपये", _tokens("कुल साढ़े 3 लाख रुपये", "hi"), "hi")
    [(4, 11, '3.5')]
    """
    fractions = _fractions(language)
    out: list[tuple[int, int, str]] = []
    for start, end, word in tokens:
        value = fractions.get(word)
        if value is None or value[0] not in "+-":
            continue
        m = _DIGITS_AFTER.match(text, end)
        if m is None or "," in m.group(1) or not (
                _magnitude_next(text, m.end(), language) or _money_next(text, m.end(), language)):
            continue
        amount = Decimal(m.group(1)) + Decimal(value)
        if amount > 0:
            out.append((start, m.end(), f"{amount.normalize():f}"))
    return out


def _inverted(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every number ``text`` spells in ``language`` (num2words)."""
    table, joins, longest = _number_words(language)
    tokens = _tokens(text, language)
    out: list[tuple[int, int, str]] = []
    if _fractions(language) and any(c.isdigit() for c in text):
        out = _fractions_before_digits(text, tokens, language)
        if out:  # the spelled numbers elsewhere, then all in order
            taken = [(s, e) for s, e, _ in out]
            rest = [t for t in _inverted_words(text, tokens, language, table, joins, longest)
                    if not any(s < t[1] and t[0] < e for s, e in taken)]
            return sorted(out + rest)
    return _inverted_words(text, tokens, language, table, joins, longest)


def _inverted_words(text: str, tokens: list[tuple[int, int, str]], language: str,
                    table: dict[tuple[str, ...], int], joins: frozenset[str], longest: int
                    ) -> list[tuple[int, int, str]]:
    """:func:`_inverted` for the numbers in words."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        fraction = _fraction_at(text, tokens, i, language) if _fractions(language) else None
        if fraction is not None:
            out.append(fraction[:3])
            i = fraction[3]
            continue
        total, start, end, j, last = 0, -1, -1, i, None
        while j < len(tokens):
            for k in range(min(longest, len(tokens) - j), 0, -1):
                phrase = tuple(t[2] for t in tokens[j : j + k])
                value = table.get(phrase)
                if value is not None and value < 0:  # a multiplier only ('хиляди хора': no
                    value = -value if last is not None and _multiplies(total, -value) else None
                    # number, 'thousands of people'; 'две хиляди': 2000)
                if value is not None and (last is None or _fits(last, value)
                                          or _multiplies(total, value) or _hundreds(last, value)):
                    break
            else:
                if last is not None and tokens[j][2] in joins and j + 1 < len(tokens):
                    j += 1  # 'og' inside a number: only if a number follows
                    continue
                break
            if start < 0:
                start = tokens[j][0]
            if last is not None and _multiplies(total, value) and not _fits(last, value):
                total, last = total * value, total * value  # 'on bin': ten thousand
            elif last is not None and _hundreds(last, value) and not _fits(last, value):
                total, last = total - last + last * value, last * value  # 'beş yüz': 500
            else:
                total, last = total + value, value
            end, j = tokens[j + k - 1][1], j + k
        if start < 0:
            i += 1
            continue
        written = _spelled_out(text, start, end, total, language)
        if written is not None:
            out.append(written)
        i = max(j, i + 1)
    return _compounds(text, out, language, joins) if len(out) > 1 else out


def _spelled_out(text: str, start: int, end: int, total: int, language: str
                 ) -> tuple[int, int, str] | None:
    """What :func:`_inverted_words` writes for the spelled number ``total`` at ``start:end``
    (start, end, digits), or None where it is no number: a lone 'one' that is an article, a
    number word after digits, a spelled number joined to the digits after it."""
    before = text[:start].rstrip()
    alone_one = total == 1 and " " not in text[start:end] and not _magnitude_next(
        text, end, language)  # 'en' is an article, but 'en million kroner' is 1 million
    alone_one = alone_one and not _money_next(text, end, language)  # 'один рубль': 1
    alone_one = alone_one and not _decimal_word_after(text, end)  # 'một chấm ba': 1.3
    alone_one = alone_one and not _currency_next(text, end, language)  # 'bir lira': 1
    alone_one = alone_one or (total == 0 and _negation(text[start:end]))  # 'không': not
    if alone_one or (before and before[-1].isdigit()):
        return None
    kept, total = _marker_kept(text, start, end, total, language)
    if kept == end and _joint_before_digits(text, start, end, language):
        return None  # 'ஐந்தாயிரத்து 500 கோடி': left as written, for the grammar to refuse
        # (grammar._joined_to_words); '5000 500' would read 500
    return (start, kept, str(total)) if kept > start else (start, end, f"1 {text[start:end]}")


_DIGITS_NEXT = re.compile(r"[ \u00a0]+\d")


def _joint_before_digits(text: str, start: int, end: int, language: str) -> bool:
    """(asia23) Is the spelled number at ``start:end`` one word ending in a joint of
    [number-joint <language>] with digits after it ('ஐந்தாயிரத்து 500', five thousand and 500):
    the two are one figure, which no rewrite of the word alone writes?

    >>> _joint_before_digits("ஐந்தாயிரத்து 500 கோடி", 0, 12, "ta")
    True
    """
    from moneyfacts.grammar import _number_joints

    return " " not in text[start:end] and bool(_DIGITS_NEXT.match(text, end)) and text.endswith(
        _number_joints(language) or ("\x00",), start, end)


def _marker_kept(text: str, start: int, end: int, total: int, language: str) -> tuple[int, int]:
    """A spelled number ending in a magnitude word of the locale's CLDR formats with digits
    after it ('দুই হাজার ২২৩ কোটি টাকা', 'दो हजार 223 करोड़'): only the number before the
    word is rewritten ('2 হাজার ২২৩ কোটি'), so that the grammar reads the group as one
    (2,223 crore), not the digits alone (223 crore). Else (end, total) as they are.

    >>> _marker_kept("দুই হাজার ২২৩ কোটি টাকা", 0, 9, 2000, "bn")
    (3, 2)
    >>> _marker_kept("দুই হাজার টাকা", 0, 9, 2000, "bn")
    (9, 2000)

    So too with a word joining the digits (asia22: 'سه هزار و 211 میلیارد تومان' is 3,211
    billion; the digits alone were read, 211 billion):

    >>> _marker_kept("سه هزار و 211 میلیارد", 0, 7, 3000, "fa")
    (2, 3)
    """
    if not _DIGITS_NEXT.match(text, end) and not _joined_digits_next(text, end, language):
        return end, total
    head, _, word = text[start:end].rpartition(" ")
    from moneyfacts.locales import fold

    if not head:  # asia23: a magnitude's joining form alone ('ஆயிரத்து 229 கோடி', 1,229
        # crore): one of it, written before it for the grammar to read with the digits
        # (start: the caller writes '1 ஆயிரத்து')
        power = _folded_markers(language).get(fold(word))
        return (start, total) if power is not None and total == 10**power else (end, total)

    power = _folded_markers(language).get(fold(word))
    if power is None or total % 10**power:
        return end, total
    return start + len(head.rstrip()), total // 10**power


_JOINED_DIGITS = re.compile(r"[ \u00a0]+(\S+?)[ \u00a0]*\d")


def _joined_digits_next(text: str, end: int, language: str) -> bool:
    """Rule: do a word joining numbers ('و', 'og') and digits follow ``end``?

    >>> _joined_digits_next("هزار و 211", 4, "fa"), _joined_digits_next("هزار تومان", 4, "fa")
    (True, False)
    """
    m = _JOINED_DIGITS.match(text, end)
    return m is not None and m.group(1) in _number_words(language)[1]


@cache
def _folded_markers(language: str) -> dict[str, int]:
    """The words of the locale's CLDR compact formats, folded ('हज़ार' as 'हजार'), with their
    powers: the magnitudes a spelled number may end in."""
    from moneyfacts.locales import fold, profile

    try:
        markers = profile(language).markers
    except Exception:  # pragma: no cover - a language babel does not know
        return {}
    return {fold(k): v for k, v in markers.items() if " " not in k and not k.isascii()}


def _compounds(text: str, spans: list[tuple[int, int, str]], language: str,
               joins: frozenset[str]) -> list[tuple[int, int, str]]:
    """Spelled numbers around a magnitude word the grammar reads (a million and up) that
    make one number: 'שלושה מיליון ומאתיים אלף', 'üç milyon iki yüz bin' (3,200,000), where
    the second is less than the magnitude; one span, so no part of it reads alone."""
    from moneyfacts.locales import profile

    markers = {k.lower(): v for k, v in profile(language).markers.items() if v >= 6}
    out = [spans[0]]
    for start, end, digits in spans[1:]:
        ps, pe, pd = out[-1]
        m = re.fullmatch(r"\s+(\S+)\s+(\S*?)", text[pe:start])
        power = markers.get(m.group(1).lower()) if m else None
        value = Decimal(digits)
        after = re.match(r"\s+(\S+)", text[end:])  # its own magnitude: 'beş yüz milyon'
        own = markers.get(after.group(1).lower()) if after else None
        if own is not None and power is not None and own < power:
            value, end = value.scaleb(own), end + after.end()  # type: ignore[union-attr]
        if m is not None and power is not None and (not m.group(2) or m.group(2) in joins) and (
                value < 10**power):
            whole = (Decimal(pd) + value.scaleb(-power)).normalize()
            written = f"{whole:f}".replace(".", profile(language).decimal)
            out[-1] = (ps, end, f"{written} {m.group(1)}")  # '3.2 מיליון': the grammar's
        else:
            out.append((start, end, digits))
    return out


def _million_next(text: str, end: int, language: str) -> bool:
    """Whether a magnitude word of the locale of a million or more follows ``end`` ('un
    billón', not 'un mil millones', where text2num reads 'mil' apart)."""
    from moneyfacts.locales import profile

    m = re.match(r"\s+(\S+)", text[end:])
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".,")
    return any(v >= 6 and k.lower() == word for k, v in profile(language).markers.items())


def _magnitude_next(text: str, end: int, language: str) -> bool:
    """Whether a magnitude word of the locale (CLDR's 'million', 'mrd.') follows ``end``."""
    from moneyfacts.locales import profile

    m = re.match(r"\s+(\S+)", text[end:])
    if m is None:
        return False
    markers = {k.lower() for k in profile(language).markers if len(k) > 1}
    word = m.group(1).lower()
    return word in markers or word.rstrip(".,") in markers


def _negation(word: str) -> bool:
    """Whether ``word`` is a word of [negation] ('không' is 'not' before it is a zero: 'không
    đồng ý', 'không quá 7.000 đồng'); another zero word ('אפס ש״ח') is read."""
    from moneyfacts.currencies import lexicon

    return word.lower() in lexicon().words.negations


def _currency_next(text: str, end: int, language: str) -> bool:
    """Whether a currency name of the locale, or a hundredth, follows ``end`` ('bir| lira',
    'bir| dolar', 'bir| sent'), a case suffix on it too ('bir| dolara')."""
    from moneyfacts.currencies import lexicon
    from moneyfacts.inflect import strip_suffix, suffix_languages
    from moneyfacts.locales import fold, profile

    m = re.match(r"\s+([^\W\d_]+)", text[end:])
    if m is None:
        return False
    prof, lex = profile(language), lexicon()
    known = prof.heads.keys() | prof.names.keys() | lex.names.keys() | subunit_words()
    word = fold(m.group(1))
    return bool(word in known or (language in suffix_languages() and word not in prof.currency_words
                                  and strip_suffix(word, known, language) is not None))


def _hundreds(last: int, value: int) -> bool:
    """Whether ``value`` is the hundred a digit before it multiplies, written apart where
    ``num2words`` writes the two as one word ('beş yüz' for 'beşyüz', 'ثلاث مائة')."""
    return value == 100 and 1 < last < 10


def _money_next(text: str, end: int, language: str) -> bool:
    """Whether a currency of the locale, or a currency's hundredth, follows ``end`` ('один
    рубль', 'jedan cent', 'एक पेनी'): then a lone 'one' is the number, not an article."""
    from moneyfacts.currencies import lexicon
    from moneyfacts.locales import profile
    from moneyfacts.signs import suffix_currency

    m = re.match(r"[\s-]+(\S+)", text[end:])
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".,")
    if word in subunit_words() or word in _minor_words():
        return True
    at, code, sign = suffix_currency(text, end, lexicon(), profile(language))
    return at > end and (code is not None or sign is not None)


def _multiplies(total: int, value: int) -> bool:
    """Whether ``value`` (a hundred, a thousand, ten thousand...) multiplies the number
    before it ('две хиляди', 'dvije stotine', 'दो सौ'), the hundred a number below a hundred
    too ('बारह सौ', 'بارہ سو': twelve hundred, 1,200, as Hindi and Urdu count).

    >>> _multiplies(2, 100), _multiplies(12, 100), _multiplies(100, 100), _multiplies(12, 1000)
    (True, True, False, True)
    """
    if str(value).rstrip("0") != "1":
        return False
    return 0 < total < 1000 if value >= 1000 else value == 100 and 0 < total < 100


def _fits(last: int, value: int) -> bool:
    """Whether ``value`` may follow ``last`` in one written number (2000 then 500, 100 then
    23), each part smaller than the place of the one before."""
    place = 10 ** (len(str(last)) - len(str(last).rstrip("0")))
    return bool(value < place)  # (10 ** n is Any to mypy)


def _myriad_value(run: str) -> tuple[Decimal, int, int, str] | None:
    """A myriad-grouped numeral: its value, its largest myriad's power and sign, and the
    place of its last written digit; None if the grammar reads it alone ('820만', '4천')."""
    total = Decimal(0)
    group: list[tuple[Decimal, int]] = []  # (value, place of its last digit) in this myriad
    places: list[int] = []
    number: Decimal | None = None
    top, top_sign = 0, ""
    units = 0

    def place(d: Decimal) -> int:
        return int(d.as_tuple().exponent)

    for piece in re.findall(
            rf"{_DIGITS_GROUPED}|{_HAN_DECIMAL}|[{''.join(_DIGIT_WORDS)}]|[{_SMALLS}{_BIGS}]", run):
        if piece in _SMALL:
            n = number if number is not None else Decimal(1)
            group.append((n * Decimal(10) ** _SMALL[piece], place(n) + _SMALL[piece]))
            number = None
            units += 1
        elif piece in _BIG:
            if number is not None:
                group.append((number, place(number)))
            if not group and piece in "만억조" and not total and not places:
                group.append((Decimal(1), 0))  # '만원': ten thousand won, its 1 unwritten
            if not group:
                return None
            power = _BIG[piece]
            if top and power > top:  # '1万2000亿': 1.2万亿, the whole run so far times 亿
                total = (total + sum(v for v, _p in group)) * Decimal(10) ** power
                places = [p + power for p in places] + [p + power for _v, p in group]
            else:
                total += sum(v for v, _p in group) * Decimal(10) ** power
                places.extend(p + power for _v, p in group)
            if power > top:
                top, top_sign = power, piece
            group, number = [], None
            units += 1
        elif number is not None:
            return None  # two numbers in a row
        elif piece[1:2] and piece[1:2] in _HAN_POINT:  # '三點九': 3.9
            number = Decimal("".join(str(_DIGIT_WORDS.get(c, 0)) if c not in _HAN_POINT else "."
                                     for c in piece))
        else:
            number = (Decimal(_DIGIT_WORDS[piece]) if piece in _DIGIT_WORDS
                      else Decimal(piece.replace(",", "")))
    trailing = number
    if number is not None:
        group.append((number, place(number)))
    total += sum(v for v, _p in group)
    places.extend(p for _v, p in group)
    if not units and any(c in _HANGUL_DIGITS for c in run):
        return None  # '이' alone is 'this', not 2
    if units < 2 and (trailing is None or not top) and not any(c in _DIGIT_WORDS for c in run) and (
            run[:1].isdigit() and run[-1:] in _GRAMMAR_UNITS):
        return None  # '4천', '820만': the grammar reads these; not '千', '7百' ('千円', '7百円')
    return total, top, min(places), top_sign


#: A Sino-Korean decimal said with 점 (쩜): '일점이삼' 1.23, '이십구점구구' 29.99.
_HANGUL_DECIMAL = re.compile(
    r"((?:[일이삼사오육칠팔구]?[십백천])*[일이삼사오육칠팔구]?)[점쩜]([영공일이삼사오육칠팔구]+)")
_HANGUL_FRACTION = {"영": "0", "공": "0", **{k: str(v) for k, v in _HANGUL_DIGITS.items()}}


@cache
def _korean_money_words() -> tuple[str, ...]:
    """The Korean currency words (CLDR's names and their nouns, the lexicon's Hangul
    currencies and hundredths: '달러', '유로', '불', '센트'), longest first."""
    from moneyfacts.currencies import lexicon_sections
    from moneyfacts.locales import profile

    prof = profile("ko")
    words = {w for w in (*prof.names, *prof.heads) if w and " " not in w}
    sections = lexicon_sections()
    words |= {k for sec in ("currency", "minor", "subunit") for k, _v, _n in sections.get(sec, [])
              if "\uac00" <= k[:1] <= "\ud7a3"}
    return tuple(sorted(words, key=len, reverse=True))


def _money_at(text: str, pos: int) -> bool:
    """Does a Korean currency word start at ``pos`` (one space allowed before it)?"""
    if text[pos : pos + 1] == " ":
        pos += 1
    return text.startswith(_korean_money_words(), pos)


def _money_before(text: str, pos: int) -> bool:
    """Does a Korean currency word end at ``pos`` ('이달러|이십삼센트')?"""
    return any(text.endswith(w, 0, pos) for w in _korean_money_words())


def _hangul_decimals(text: str) -> list[tuple[int, int, str]]:
    """'일점이삼달러' as '1.23달러': a decimal said in Sino-Korean before a currency word."""
    out: list[tuple[int, int, str]] = []
    for m in _HANGUL_DECIMAL.finditer(text):
        whole = m.group(1)
        if not whole or not _money_at(text, m.end()):
            continue
        if m.start() and "\uac00" <= text[m.start() - 1] <= "\ud7a3" and not _money_before(
                text, m.start()):
            continue
        read = _myriad_value(whole) if any(c in _SMALL for c in whole) else (
            (Decimal(_HANGUL_DIGITS[whole]), 0, 0, "") if whole in _HANGUL_DIGITS else None)
        if read is None:
            continue
        fraction = "".join(_HANGUL_FRACTION[c] for c in m.group(2))
        out.append((m.start(), m.end(), f"{read[0]:f}.{fraction}"))
    return out


def _zero_before_currency(text: str) -> list[tuple[int, int, str]]:
    """'零円' (no yen): the zero alone, right before a CJK currency name ('零售' is retail)."""
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    out: list[tuple[int, int, str]] = []
    for m in re.finditer("[零〇]", text):
        at = m.end()
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] in _HAN_NUMERAL):
            continue  # inside a numeral ('一百零五')
        if any(text[at : at + k] in lex.cjk_names for k in range(1, lex.max_cjk_len + 1)):
            out.append((m.start(), at, "0"))
    return out


_HAN_NUMERAL = frozenset(_HAN + "十百千万萬亿億")
#: A myriad then 十/百/千 with no digit before it: a unit's prefix ('22亿千瓦' is 2.2 billion
#: kilowatts, '19087万千瓦'), not the myriad's thousand.
_UNIT_AFTER_MYRIAD = re.compile(r"[万萬亿億兆만억조] ?[十百千]")
#: Han digits written by place with a zero among them ('五〇五七點四', '二〇二五'): no
#: 十/百/千 before or after, at least one digit before the 〇.
_POSITIONAL = re.compile(
    r"(?<![一二三四五六七八九〇十百千零兩两])[一二三四五六七八九][一二三四五六七八九〇]*〇"
    rf"[一二三四五六七八九〇]*(?:[{_HAN_POINT}][一二三四五六七八九〇]+)?(?![十百千零])")


def _positional(run: str) -> str:
    """'五〇五七點四' -> '5057.4'."""
    return "".join("." if c in _HAN_POINT else str(_DIGIT_WORDS.get(c, 0)) for c in run)


def _myriads(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = _hangul_decimals(text) if "점" in text or "쩜" in text else []
    if "零" in text or "〇" in text:
        out += _zero_before_currency(text)
    if "〇" in text:  # '五〇五七點四億': digits by place, the 〇 a zero, not 零's skipped place
        out += [(m.start(), m.end(), _positional(m.group())) for m in _POSITIONAL.finditer(text)]
    taken = [(s, e) for s, e, _d in out]
    for m in _MYRIAD_RUN.finditer(text):
        run = m.group().rstrip()
        cut = _UNIT_AFTER_MYRIAD.search(run)
        if cut is not None:  # '22亿千瓦': 千 starts the unit (kW), no thousand added
            run = run[: cut.start() + 1]
        if len(run) > 1 and run[-1] in _HANGUL_DIGITS and run[-2] in _BIG and not _money_at(
                text, m.start() + len(run)):
            run = run[:-1]  # '250억이었다', '3억이 넘는': the copula or a particle 이, not 2
        if not run or any(s < m.start() + len(run) and m.start() < e for s, e in taken):
            continue
        if run[-1] in _SMALL and (len(run) == 1 or run[-2] not in _DIGIT_WORDS) and (
                _prefixed_unit(text, m.start() + len(run) - 1)):
            run = run[:-1]  # '2立方千米', '十千米': 千 with no digit of its own begins the
            if not run:  # unit's name (kilo), no thousand ('每千克': no figure at all)
                continue
        glued = m.start() and "\uac00" <= text[m.start() - 1] <= "\ud7a3"
        if glued and not run[0].isdigit() and not _money_before(text, m.start()):
            continue  # a syllable inside a Korean word ('회사천'), no numeral
        if run[0] in "만억조" and not _money_at(text, m.start() + len(run)):
            continue  # a myriad alone is 1 only before a currency ('만원'); '조건' is a condition
        if run == "一" and _indefinite(text, m.end()):
            continue  # '一个大花园', '一批项目': the article 'a', no figure
        read = _myriad_value(run)
        if read is None and run in _HANGUL_DIGITS and "\uac00" <= text[m.end() : m.end() + 1] <= (
                "\ud7a3") and _money_at(text, m.end()):
            read = (Decimal(_HANGUL_DIGITS[run]), 0, 0, "")  # '구파운드', '이달러': a digit, glued
        if read is None:
            continue
        value, top, low, sign = read
        shown = value.scaleb(-top).quantize(Decimal(1).scaleb(min(0, low - top)))
        end = m.start() + len(run)
        space = " " if top and "\uac00" <= text[end : end + 1] <= "\ud7a3" else ""  # "만 달러"
        lead = " " if glued and not run[0].isdigit() else ""  # '이불|이십삼센트': 2불 23센트
        out.append((m.start(), end, f"{lead}{shown:f}{sign}{space}"))
    return sorted(out)


def _prefixed_unit(text: str, pos: int) -> bool:
    """Does a Han unit name built on a prefix ('千米', '千克', '千瓦'; moneyfacts.unitnames'
    [cjk prefix]) start at ``pos``?"""
    from moneyfacts.unitnames import unit_names

    return any(text.startswith(name, pos) and len(name) > 1
               for name, _unit in unit_names("zh").by_first.get(text[pos], ()))


def _indefinite(text: str, end: int) -> bool:
    """Is the 一 ending at ``end`` the article before a classifier ('一个', '一批', '一位'),
    a classifier of the lexicon's [count-classifier] right after it?"""
    from moneyfacts.currencies import lexicon_section

    return text[end : end + 1] in {k for k, _v in lexicon_section("count-classifier")}


_EN_NUMBER_WORDS = [w for w, v in ENGLISH_NUMBERS.items() if 1 <= v <= 1000]


def _by_first_letter(words: list[str]) -> str:
    """An alternation grouped by first letter ('t(?:hirteen|hree|...)'): Python's re tries a
    letter's group only where that letter stands, several times faster over a text than a
    flat case-insensitive list (rewrite_money screens every English text with it)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                    for first, rest in groups.items())


# Searched in the lower-cased text (no IGNORECASE: the same matches, a third of the time).
# A word after it, or the end of the phrase ('US$3 and fourteen.').
_EN_NUMBER_WORD = re.compile(rf"\b(?:{_by_first_letter(_EN_NUMBER_WORDS)})(?:[ .!?;)-]|$)")
_EN_NUMBER_BYTES = frozenset(w.encode() for w in _EN_NUMBER_WORDS)
#: The number words a spelled count may end with ('six planes', 'thirty-eight citizens', 'two
#: dozen ships', 'three hundred workers'); 'one' only after a ten ('twenty-one'): alone it is an
#: article and a pronoun; 'thousand' is a magnitude word, read by the grammar.
_COUNT_NUMBER_BYTES = frozenset(w.encode() for w in [*_EN_NUMBER_WORDS[1:-1], "dozen"])
#: Every word that starts a spelled number :func:`rewrite_money` reads, money or count.
_SPELLED_BYTES = _EN_NUMBER_BYTES | _COUNT_NUMBER_BYTES
#: Every byte but an ASCII lower-case letter as a space: a text's words in such letters.
_ONLY_ASCII_LETTERS = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))
#: The same, with the ASCII capitals as their small letters: the words of an ASCII text lowered.
_ASCII_LETTERS_LOWERED = bytes(b if 0x61 <= b <= 0x7A else b + 0x20 if 0x41 <= b <= 0x5A
                               else 0x20 for b in range(256))
_NEXT_WORD = re.compile(r"[ \u00a0-]+([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:and[ \u00a0]+)?$")


@cache
def _not_spelled_money() -> frozenset[str]:
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k.lower() for k, v, _n in
                     lexicon_sections().get("not-spelled-money", []) if v != "idiom")


@cache
def _idioms() -> tuple[str, ...]:
    """The phrases of [not-spelled-money] whose spelled number is words ('my two cents')."""
    from moneyfacts.currencies import lexicon_sections

    return tuple(" ".join(k.lower().split()) for k, v, _n in
                 lexicon_sections().get("not-spelled-money", []) if v == "idiom")


@cache
def _minor_words() -> frozenset[str]:
    """The hundredths [minor] spells in lower-case words ('cents', 'pence', 'pennies')."""
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _v, _n in lexicon_sections().get("minor", [])
                     if k.isalpha() and k.islower())


def _negated(text: str, start: int) -> bool:
    """Whether a word of [negation] ('not', 'never') stands right before ``start``."""
    from moneyfacts.currencies import lexicon

    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in lexicon().words.negations


def _in_idiom(text: str, start: int, end: int) -> bool:
    """Whether the spelled number at ``start``:``end`` is inside an idiom ('my two cents')."""
    low = text[max(0, start - 24) : end + 24].lower()
    at = start - max(0, start - 24)
    for idiom in _idioms():
        i = low.find(idiom)
        while i >= 0:
            if i <= at < i + len(idiom):
                return True
            i = low.find(idiom, i + 1)
    return False


#: An amount's last token and 'and' right before a spelled number: 'US$3 and| fourteen', '3
#: GBP and| one'.
_AMOUNT_AND = re.compile(r"(?:(\d)|([^\W\d_]+))[ \u00a0]+and[ \u00a0]+$")
_PHRASE_END = re.compile(r"[ \u00a0]*(?:[.!?;)]|$)")


def _code(word: str) -> bool:
    """An ISO code, or one with its magnitude letter ('USD', 'MUSD'; lexicon
    [code-magnitude])."""
    lexicon, code_magnitudes = _CODE_LOOKUPS[0] if _CODE_LOOKUPS else _code_lookups()
    codes = lexicon().codes
    return word in codes or (len(word) == 4 and word[0] in code_magnitudes() and word[1:] in codes)


#: The functions :func:`_code` asks, imported on its first call (the lexicon loads after this
#: module) and kept: it runs for every word beside a number word, and an import statement
#: costs more than its lookups.
_CODE_LOOKUPS: list[tuple[Callable[[], Lexicon], Callable[[], dict[str, int]]]] = []


def _code_lookups() -> tuple[Callable[[], Lexicon], Callable[[], dict[str, int]]]:
    from moneyfacts.currencies import lexicon
    from moneyfacts.signs import code_magnitudes

    _CODE_LOOKUPS.append((lexicon, code_magnitudes))
    return _CODE_LOOKUPS[0]


def _hundredths_after_and(text: str, start: int, end: int, after: re.Match[str] | None) -> bool:
    """Whether the spelled number at ``start``:``end`` is the hundredths of the amount before
    it, joined by 'and': after its digits or its currency code or word ('US$3 and fourteen',
    '3 GBP and one'), and either ending the phrase or before a subunit word ('$20 and
    forty-three cents'); 'raised $5 and fourteen jobs' is no such thing."""
    m = _AMOUNT_AND.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(2)
    if word is not None:
        from moneyfacts.currencies import lexicon

        lex = lexicon()
        if not (lex.is_code(word) or word.lower() in lex.currency_words):
            return False
    return _PHRASE_END.match(text, end) is not None or (
        after is not None and after.group(1).lower() in subunit_words())


#: Two words (runs of letters, as _NEXT_WORD and _LAST_WORD take them) with only spaces or
#: hyphens between: each word and the next, one match a word.
_NEIGHBOURS = re.compile(r"([^\W\d_]+)[ \u00a0-]+(?=([^\W\d_]+))")
#: The currency words given last, those less [not-spelled-money], and of these the words of
#: ASCII letters as bytes (to compare with the words of the screen's split).
_SPELLABLE: list[frozenset[Any]] = []
_NUMERIC: dict[str, bool] = {}  # a word -> does text2num read it alone as a number


def _numeric(word: str) -> bool:
    """Does ``text2num`` read ``word`` alone as a number ('three', 'hundred', 'tens')? The
    first and the last word of every spelled number it finds do ('a hundred' is read from
    'hundred')."""
    found = _NUMERIC.get(word)
    if found is None:
        from text_to_num import find_numbers

        found = bool(find_numbers([_Token(word)], "en", threshold=0))
        if len(_NUMERIC) < 4096:
            _NUMERIC[word] = found
    return found


def _after_digits(text: str, at: int) -> bool:
    """Is the token before ``at`` (see _TOKEN: spaces and '_' between) digits? A spelled
    number with digits in it or right before it is never kept (see :func:`_spelled`)."""
    j = at - 1
    while j >= 0 and (text[j].isspace() or text[j] == "_"):
        j -= 1
    return j >= 0 and text[j].isdecimal()


class _MoneyWords(NamedTuple):
    """The words :func:`_number_beside_currency` looks for beside a number: the currency
    words asked about (lower case), the [minor] words, the subunit words and every currency
    word of the lexicon."""

    currency: frozenset[str]
    minor: frozenset[str]
    subunits: frozenset[str]
    every: frozenset[str]


def _number_beside_currency(text: str, currency_words: frozenset[str]) -> bool:
    """A cheap screen for :func:`rewrite_money`: is a word text2num reads as a number right
    before a currency word, code or subunit word ('ten dollars', 'twenty MUSD', 'fifty cents'),
    or right after a currency or subunit word ('dollars forty-five', 'mao five'), or after one
    and 'and' ('dollars and forty-five'), or after digits, a currency word or a code and 'and'
    (the hundredths: 'US$3 and fourteen', '3 GBP and one')? Without one, no spelled number of
    the text is kept.

    >>> _number_beside_currency("It cost ten dollars.", frozenset({"dollars"}))
    True
    >>> _number_beside_currency("5 billion dollars and often more", frozenset({"dollars"}))
    False
    """
    words = _MoneyWords(currency_words, _minor_words(), subunit_words(), lexicon().currency_words)
    if text.isascii():
        # Only the words beside a word text2num can read as a number (every answer below
        # asks one of the two words of a pair): those found in the lowered text by
        # _NUMERIC_RUN (all text2num reads, and more), each asked. The same answers as the
        # pairs below (tests/test_wordnumbers_screen.py), without visiting every word.
        low = text.lower()
        for n in _NUMERIC_RUN.finditer(low):
            s, e = n.span()
            if s and low[s - 1] in _ASCII_LOWER or not _numeric(text[s:e]):
                continue  # a word's tail ('often'), or not a number alone ('seconds')
            if _run_beside_currency(text, s, e, words):
                return True
        return False
    return _pair_beside_currency(text, words)


def _is_money_word(word: str, words: _MoneyWords) -> bool:
    """Is ``word`` a currency word asked about or a subunit word ('dollars', 'mao')?"""
    low = word.lower()
    return low in words.currency or low in words.subunits


def _is_amount_word(word: str, words: _MoneyWords) -> bool:
    """Is ``word`` the end of an amount before 'and': a currency or subunit word, any
    currency word of the lexicon, or a code ('dollars and', 'GBP and')?"""
    return _is_money_word(word, words) or word.lower() in words.every or _code(word)


def _before_currency(word: str, words: _MoneyWords) -> bool:
    """Is ``word`` a currency word, a [minor] word or a code ('dollars', 'cents', 'MUSD')?"""
    return word.lower() in words.currency or word in words.minor or _code(word)


def _run_beside_currency(text: str, s: int, e: int, words: _MoneyWords) -> bool:
    """The ASCII screen's answer for the number word ``text[s:e]``: a currency word right
    after it (not after digits: '5 billion dollars' is the grammar's), a currency or subunit
    word right before it, or 'and' before it after an amount (:func:`_and_after_amount`)."""
    nxt = _next_run(text, e)
    if nxt is not None and _before_currency(nxt, words) and not _after_digits(text, s):
        return True  # 'ten dollars' (not '5 billion dollars')
    before = _previous_run(text, s)
    if before is None:
        return False
    word, at = before
    if _is_money_word(word, words):
        return True  # 'dollars forty-five', 'mao five'
    return word == "and" and _and_after_amount(text, at, words)


def _and_after_amount(text: str, at: int, words: _MoneyWords) -> bool:
    """Does the 'and' at ``at`` follow an amount: digits ('US$3 and fourteen') or a currency
    word or code ('dollars and forty-five': the pair of words before 'and', the word before
    it as a pair or the last pair before it as :data:`_NEIGHBOURS` reads them)?"""
    if _DIGITS_AND_AT.match(text, at) is not None and _digits_spaces_before(text, at):
        return True  # 'US$3 and fourteen'
    pair = _previous_run(text, at)
    if pair is None:
        last = None
        for last in _NEIGHBOURS.finditer(text, 0, at):
            pass
        if last is None or last.group(2) != "and":
            return False
        pair = last.group(1), last.start()
    return _is_amount_word(pair[0], words)


def _pair_beside_currency(text: str, words: _MoneyWords) -> bool:
    """The screen of :func:`_number_beside_currency` for a text not all ASCII, over every
    pair of neighbouring words (:data:`_NEIGHBOURS`), then digits and 'and' before a number
    word (:data:`_DIGITS_AND`)."""
    after_amount = False  # the word before was a currency or subunit word or code, then 'and'
    for m in _NEIGHBOURS.finditer(text):
        word, nxt = m.group(1), m.group(2)
        if after_amount and word == "and" and _numeric(nxt):
            return True
        after_amount = False
        if (_before_currency(nxt, words) and _numeric(word)
                and not _after_digits(text, m.start())):
            return True  # ('5 billion dollars': a number after digits is the grammar's)
        if _is_money_word(word, words) and _numeric(nxt):
            return True
        if nxt == "and" and _is_amount_word(word, words):
            after_amount = True
    return any(_numeric(m.group(1)) for m in _DIGITS_AND.finditer(text))  # 'US$3 and fourteen'


#: Digits, 'and', then a word: the amount before the spelled hundredths ('US$3 and fourteen').
_DIGITS_AND = re.compile(r"\d[ \u00a0]+and[ \u00a0]+([^\W\d_]+)")
#: A word of ASCII letters in a lowered text that text2num may read alone as a number (all it
#: reads: its English words, any case, with any trailing 's', as tests/test_wordnumbers_screen.py
#: checks; 'seconds' too, which it does not), to the end of the word; its start is checked apart.
_NUMERIC_RUN = re.compile(r"(?:%s)s*(?![a-z])" % _by_first_letter(
    "zero o nought one first oneth two second three third four fourth five fifth six sixth "
    "seven seventh eight eighth nine ninth ten tenth eleven eleventh twelve twelfth thirteen "
    "thirteenth fourteen fourteenth fifteen fifteenth sixteen sixteenth seventeen seventeenth "
    "eighteen eighteenth nineteen nineteenth twenty twentieth thirty thirtieth fourty forty "
    "fortieth fourtieth fifty fiftieth sixty sixteeth seventy seventieth eighty eightieth "
    "ninety ninetieth hundred hundredth thousand thousandth million millionth billion "
    "billionth".split()))
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NEXT_RUN = re.compile(r"[ -]+([A-Za-z]+)")
#: 'and' with only spaces after it, then a word (with digits and spaces before it: the
#: hundredths of _DIGITS_AND).
_DIGITS_AND_AT = re.compile(r"and +[A-Za-z]")


def _digits_spaces_before(text: str, at: int) -> bool:
    """In an ASCII text, are there spaces right before ``at`` and a digit before them?"""
    j = at - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < at - 1 and j >= 0 and text[j] in "0123456789"


def _next_run(text: str, end: int) -> str | None:
    """In an ASCII text, the word of letters after the word ending at ``end``, with only spaces
    or hyphens between (the next word of a pair of _NEIGHBOURS), or None."""
    m = _NEXT_RUN.match(text, end)
    return None if m is None else m.group(1)


def _previous_run(text: str, start: int) -> tuple[str, int] | None:
    """In an ASCII text, the word of letters before the word starting at ``start``, with only
    spaces or hyphens between (the word before it in a pair of _NEIGHBOURS), and where it
    starts; or None."""
    j = start - 1
    while j >= 0 and text[j] in " -":
        j -= 1
    if j == start - 1 or j < 0 or text[j] not in _ASCII_LETTERS:
        return None
    end = j + 1
    while j >= 0 and text[j] in _ASCII_LETTERS:
        j -= 1
    return text[j + 1:end], j + 1
_DIGIT = re.compile(r"\d")


def _spellable(currency_words: frozenset[str]) -> tuple[frozenset[str], frozenset[bytes],
                                                         frozenset[bytes]]:
    """``currency_words`` less [not-spelled-money]; the words in ASCII letters, as bytes, one
    of which a text needs for a spelled number of it to be money beside it: those, the subunit
    words ('cents', 'mao') and the codes, with their magnitude letters ('usd', 'musd'); and
    those a text needs for the hundredths after 'and' ('3 GBP and one'): every currency word
    and the codes. Kept for the last set given (the lexicon's, on every call)."""
    if not _SPELLABLE or _SPELLABLE[0] is not currency_words:
        from moneyfacts.currencies import lexicon
        from moneyfacts.signs import code_magnitudes

        words = currency_words - _not_spelled_money()
        codes = {c.lower() for c in lexicon().codes}
        codes |= {(k + c).lower() for k in code_magnitudes() for c in codes}

        def ascii_bytes(ws: Any) -> frozenset[bytes]:
            return frozenset(w.encode() for w in ws if w.isascii() and w.isalpha())

        beside = ascii_bytes(words | _minor_words() | subunit_words() | codes)
        after_and = ascii_bytes(currency_words | lexicon().currency_words | codes)
        _SPELLABLE[:] = [currency_words, words, beside, after_and]
    return _SPELLABLE[1], _SPELLABLE[2], _SPELLABLE[3]


#: A word character (of ``\\w``: a letter, digit or mark of numbers) outside ASCII.
_WORD_CHAR_OUTSIDE_ASCII = re.compile(r"[^\W\x00-\x7f]")


def _words_in_ascii(text: str) -> bool:
    """Is every word character of ``text`` (what ``\\w``, and so ``[^\\W\\d_]``, reads) in
    ASCII: ``text`` in ASCII, or one whose other characters are signs, marks and spaces only
    ('£5bn', '€58bn', '—', '’', a no-break space)? Then every run of letters the patterns of
    :func:`rewrite_money` read as a word (a currency word, a number word, 'and') is a run of
    ASCII letters between characters that are none, so it is one of the text's words split
    from its UTF-8 bytes (each byte outside ASCII a space there) as it is from an ASCII
    text's: the screens that ask those words alone answer for such a text as for an ASCII
    one. (Not so for 'İ' or the Kelvin sign, which are word characters: their texts are
    lowered first.)

    >>> _words_in_ascii("It cost £5bn — ten pounds"), _words_in_ascii("ten złotych")
    (True, False)
    """
    return text.isascii() or _WORD_CHAR_OUTSIDE_ASCII.search(text) is None


def _through(back: list[int], positions: list[int]) -> list[int]:
    """``positions`` of a text rewritten twice mapped back through the first map, ``back``
    (a function of its own: a comprehension in :func:`rewrite_money` reading ``back`` would
    make it a cell on every call, about 200 instructions a text under CPython 3.11)."""
    return [back[i] for i in positions]


def rewrite_money(
    text: str, currency_words: frozenset[str], tokens: list[str] | None = None
) -> tuple[str, list[int]] | None:
    """English text without a locale: only the spelled numbers right before a currency word
    ('ten dollars', 'one dollar'), or right after one ('thirteen dollars forty-five'), are
    rewritten; 'two hundred million' is the grammar's, as before, and 'two pounds'
    ([not-spelled-money] in the lexicon) stays words. A spelled count ('three people') is
    rewritten too, for the count matcher (:func:`moneyfacts.counts.spelled_counts`).
    ``tokens``: the ASCII ``text``'s :func:`~moneyfacts.anchors.screen_tokens`, when the
    caller has them (the scan shares them with its other word screen): most texts are then
    screened out by one set test of the tokens (:func:`_quiet`).

    >>> rewrite_money("It cost ten dollars, not three people", frozenset({"dollars"}))[0]
    'It cost 10 dollars, not 3 people'
    """
    if " and a half " in text or " and a half-" in text:  # 'a billion and a half dollars'
        halves = _postposed_halves(text, currency_words)
        if halves:
            written, back = _apply(text, halves)
            rest = rewrite_money(written, currency_words)
            if rest is None:
                return written, back
            return rest[0], _through(back, rest[1])
    if tokens is not None and _quiet(tokens, currency_words):
        return None  # no number word, no article read as one: most texts
    # The words of the text in ASCII letters (a bytes split: several times cheaper than the
    # searches below, which find only such words in an ASCII text), then the searches. A text
    # is lowered by the same table (the text itself lowered only when a number word is among
    # them), but for one with 'İ' or 'K' (the Kelvin sign lowers to 'k'): as text first.
    low = ""
    if text.isascii():
        words = text.encode("ascii").translate(_ASCII_LETTERS_LOWERED).split()
    elif "\u0130" in text or "\u212a" in text:  # the two characters lowered to ASCII letters
        low = text.lower()
        words = low.encode("utf-8", "surrogatepass").translate(_ONLY_ASCII_LETTERS).split()
    else:  # any other lowers to none: its UTF-8 bytes are spaces either way (not lowered)
        words = text.encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS_LOWERED).split()
    ones = _ones(text, words, currency_words)
    present = _COUNT_NUMBER_BYTES.intersection(words)
    if present:  # 'six planes', 'a dozen villages' (counts14): the count matcher's spelled numbers
        ones = spelled_counts(text, frozenset(present), ones)
    if _EN_NUMBER_BYTES.isdisjoint(words):
        return _apply(text, ones) if ones else None
    # A spelled percent needs a number word among the words ('six per cent'): asked only here.
    ones = _spelled_percents(text, words, ones)
    if _EN_NUMBER_WORD.search(low or text.lower()) is None:
        return _apply(text, ones) if ones else None
    spellable, beside, after_and = _spellable(currency_words)
    if beside.isdisjoint(words) and not (b"and" in words and (
            not after_and.isdisjoint(words) or _DIGIT.search(text) is not None)) and (
            _words_in_ascii(text)):
        return _apply(text, ones) if ones else None  # no currency word at all (its words are
        # all in the split), nor digits or a currency word before 'and'
    if not _number_beside_currency(text, spellable):
        return _apply(text, ones) if ones else None  # no number word beside a currency word:
        # text2num (the costly part) not asked
    return _money_spelled(text, spellable, ones)


#: The tokens of ASCII texts (:func:`moneyfacts.anchors.screen_tokens`) met so far, and those
#: that are quiet: no English number word and no singular currency word an article reads as one
#: ('dollar', :func:`_article_words`) among their runs of ASCII letters; for the currency
#: words ``_TOKENS_FOR`` holds (see :func:`_quiet`). Emptied when large.
_TOKENS_SEEN: set[str] = set()
_TOKENS_QUIET: set[str] = set()
_TOKENS_FOR: list[frozenset[str]] = []
_MAX_TOKENS = 1 << 16


def _quiet(tokens: list[str], currency_words: frozenset[str]) -> bool:
    """Is every token of ``tokens`` (an ASCII text's
    :func:`~moneyfacts.anchors.screen_tokens`: lowered, its digits as '0', split at spaces)
    quiet? Then the text's words (its runs of
    ASCII letters, which are its tokens' runs, in turn, whatever its digits)
    hold no number word (nor 'dozen': 'a dozen bridges' is a count), so :func:`rewrite_money`
    has no spelled number to read, and no
    singular currency word, so no article reads as one (:func:`_ones`): it gives nothing. One
    set test for most texts (the tokens' hashes made once, kept for the other word screen);
    the tokens met for the first time are read once and kept.

    >>> _quiet("it cost $10, not a lot".split(" "), frozenset({"dollar"}))
    True
    >>> _quiet("it cost a dollar.".split(" "), frozenset({"dollar"}))
    False
    >>> _quiet("it cost ten euros".split(" "), frozenset({"euro"}))
    False
    """
    if not _TOKENS_FOR or _TOKENS_FOR[0] is not currency_words:
        _TOKENS_SEEN.clear()
        _TOKENS_QUIET.clear()
        _TOKENS_FOR[:] = [currency_words]
    if _TOKENS_QUIET.issuperset(tokens):
        return True
    if not _TOKENS_SEEN.issuperset(tokens):
        _learn_tokens(tokens, currency_words)
        return _TOKENS_QUIET.issuperset(tokens)
    return False


def _learn_tokens(tokens: list[str], currency_words: frozenset[str]) -> None:
    """Whether each token of ``tokens`` not met before is quiet (see :func:`_quiet`)."""
    if len(_TOKENS_SEEN) > _MAX_TOKENS:
        _TOKENS_SEEN.clear()
        _TOKENS_QUIET.clear()
    singular = _article_words(currency_words)
    for token in tokens:
        if token in _TOKENS_SEEN:
            continue
        runs = token.encode("ascii").translate(_ASCII_LETTERS_LOWERED).split()
        if _SPELLED_BYTES.isdisjoint(runs) and singular.isdisjoint(runs):
            _TOKENS_QUIET.add(token)
        _TOKENS_SEEN.add(token)


def _money_spelled(text: str, currency_words: frozenset[str],
                   ones: list[tuple[int, int, str]]) -> tuple[str, list[int]] | None:
    """:func:`rewrite_money` past its screens: text2num asked, and the spelled numbers that
    are money kept (``currency_words`` less [not-spelled-money]; ``ones``: the articles read
    as one)."""
    keep = list(ones)
    found = _spelled(text, "en", one=True)
    for start, end, digits in found:
        m = _NEXT_WORD.match(text, end)
        before = _LAST_WORD.search(text, 0, start)
        if before is not None and before.group(1).lower() in _vague_leads() and (
                text[start:end].split()[0].lower() in _BARE_MULTIPLIERS):
            continue  # 'several hundred dollars', 'a few thousand euros': no figure (vague)
        if m is not None and (m.group(1).lower() in currency_words or _code(m.group(1))):
            keep.append((start, end, digits))  # 'ten dollars', 'one dollar', 'twenty MUSD'
        elif m is not None and m.group(1) in _minor_words() and not (
                _in_idiom(text, start, end) or digits == "1" and _negated(text, start)):
            keep.append((start, end, digits))  # 'fifty cents', 'close one penny' ('my two
            # cents': an idiom of [not-spelled-money]; 'not one cent' is none)
        elif digits != "1" and before is not None and before.group(1).lower() in currency_words:
            keep.append((start, end, digits))  # 'thirteen dollars (and) forty-five (cents)'
        elif int(digits) < 100 and _hundredths_after_and(text, start, end, m):
            keep.append((start, end, digits))  # 'US$3 and fourteen', '$20 and forty-three cents'
        elif int(digits) < 10 and before is not None and before.group(1).lower() in (
                subunit_words()) and _PHRASE_END.match(text, end):
            keep.append((start, end, digits))  # 'five mao five': the hundredths after tenths
    if keep and len(found) > len(keep):
        keep += _range_lows(text, found, keep)
    keep = [_magnitude_kept(text, k) for k in keep]
    return _apply(text, sorted(set(keep))) if keep else None  # (a percent's once: ``ones``)


_POSTPOSED_HALF = re.compile(
    r"(?<![\w.,])(an?|%s|\d{1,3})[ -]+(%s)[ -]+and[ -]+a[ -]+half[ -]+([^\W\d_]+)" % (
        "|".join(_EN_NUMBER_WORDS[:10]),
        "|".join(w for w, v in ENGLISH_NUMBERS.items() if v in (10**6, 10**9, 10**12))),
    re.IGNORECASE)


def _postposed_halves(text: str, currency_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """A half said after its magnitude before a currency word ('a billion and a half dollars',
    'two million and a half pounds'), as spans to write in digits to the tenth ('1.5
    billion', '2.5 million'), as 'one and a half billion' is read.

    >>> _postposed_halves("It cost a billion and a half dollars.", frozenset({"dollars"}))
    [(8, 28, '1.5 billion')]
    >>> _postposed_halves("a million and a half people", frozenset({"dollars"}))
    []
    """
    out = []
    for m in _POSTPOSED_HALF.finditer(text):
        if m.group(3).lower() not in currency_words:
            continue
        first = m.group(1).lower()
        whole = int(first) if first.isdigit() else (
            1 if first in ("a", "an") else _EN_NUMBER_WORDS.index(first) + 1)
        out.append((m.start(), m.start(3) - 1, f"{whole}.5 {m.group(2)}"))
    return out


def _bare_multipliers() -> frozenset[str]:
    """[vague-multiplier] (lexicon.txt): the number words that multiply the number before them.

    >>> sorted(_bare_multipliers())
    ['billion', 'hundred', 'million', 'thousand', 'trillion']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["vague-multiplier"])


#: The number words that multiply the number before them, which a vague word may stand
#: before instead ('several hundred', 'a few thousand').
_BARE_MULTIPLIERS = _bare_multipliers()


@cache
def _vague_leads() -> frozenset[str]:
    """The last words of the lexicon's [vague-quantity] ('several', 'few' of 'a few'): before
    a bare 'hundred' or 'thousand' they make it no figure (moneyfacts.vague refuses it)."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.split()[-1].lower() for k, _ in lexicon_section("vague-quantity"))


def _magnitude_kept(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A spelled number ending in a magnitude word rewritten with the word kept ('two-million'
    -> '2-million', not '2000000'): the grammar reads its precision from the word, as for
    '2 million' (a whole million, not one unit).

    >>> _magnitude_kept("a two-million-euro fine", (2, 13, "2000000"))
    (2, 13, '2-million')
    >>> _magnitude_kept("ten dollars", (0, 3, "10"))
    (0, 3, '10')
    """
    from moneyfacts.currencies import lexicon

    start, end, digits = span
    written = text[start:end]
    cut = max(written.rfind(" "), written.rfind("-"))
    # the lexicon's [magnitude] powers ('thousand' 3 ... 'trillion' 12: the words a spelled
    # English number ends with; 'hundred' is none of them)
    power = lexicon().magnitudes_ci.get(written[cut + 1 :].lower()) if cut > 0 else None
    if power is None or not digits.isdigit() or len(digits) <= power or (
            digits[-power:] != "0" * power):
        return span
    return start, end, f"{digits[:-power]}{written[cut:]}"


def _range_lows(text: str, found: list[tuple[int, int, str]],
                keep: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spelled low ends of ranges whose high end is kept ('between five and ten dollars',
    'ten to fifteen dollars'): rewritten too, so the range is read whole, not its high end
    alone."""
    from moneyfacts.currencies import lexicon

    gap = lexicon().words.range_gap
    kept = {start for start, _, _ in keep}
    out = []
    for (start, end, digits), (nstart, _, _) in zip(found, found[1:]):
        if nstart in kept and start not in kept and gap.match(text[end:nstart]):
            out.append((start, end, digits))
    return out


@cache
def _percent_bytes() -> dict[bytes, int]:
    """The last words of the lexicon's [percent] spellings in ASCII letters, as bytes ('cent'
    of 'per cent', 'percent', 'pct'), each -> how many words the spelling has: a text without
    one among its words spells no percent."""
    from moneyfacts.currencies import lexicon_sections

    out: dict[bytes, int] = {}
    for k, _v, _n in lexicon_sections().get("percent", []):
        ws = k.lower().split()
        if ws[-1].isascii() and ws[-1].isalpha():
            out[ws[-1].encode()] = max(out.get(ws[-1].encode(), 0), len(ws))
    return out


def _number_before_percent(words: list[bytes]) -> bool:
    """Does an English number word stand right before a spelling of percent among ``words``
    ('six per cent': b'six', b'per', b'cent')?"""
    spellings = _percent_bytes()
    for i, w in enumerate(words):
        n = spellings.get(w)
        if n is not None and (i >= n and words[i - n] in _EN_NUMBER_BYTES or (
                n > 1 and i >= 1 and words[i - 1] in _EN_NUMBER_BYTES)):
            return True
    return False


def _spelled_percents(
    text: str, words: list[bytes], ones: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``ones`` with the spelled numbers right before a spelling of percent ('six per cent',
    'twenty-five percent', the low end of 'five to seven per cent') added, as (start, end,
    digits). ``words`` are the text's runs of lower-cased ASCII letters: a text without a word
    of [percent] ('cent', 'percent', 'pct') or an English number word among them is screened
    out before text2num is asked."""
    if _percent_bytes().keys().isdisjoint(words) or not _number_before_percent(words):
        return ones
    percent = lexicon().words.percent
    found = _spelled(text, "en", one=True)
    keep = [f for f in found if percent.match(text, f[1])]
    if not keep:
        return ones
    if len(found) > len(keep):
        keep += _range_lows(text, found, keep)
    return sorted(set(ones) | set(keep))


_ARTICLES = frozenset({b"a", b"an"})


def _ones(
    text: str, words: list[bytes], currency_words: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The articles read as one before a singular currency word ('a dollar': see
    :func:`_article_pattern`), as (start, end, '1'). A text whose words (``words``, its runs
    of lower-cased ASCII letters) hold no 'a' or 'an' has none (the article the pattern finds
    stands between characters that are no ASCII letters, whatever the text's script), nor
    has an ASCII text without one of the pattern's words: the pattern is searched only in the
    others (or a text whose word characters are all ASCII: :func:`_words_in_ascii`)."""
    if _ARTICLES.isdisjoint(words) or (
            _article_words(currency_words).isdisjoint(words) and _words_in_ascii(text)):
        return []
    return [(m.start(1), m.end(1), "1") for m in _article_pattern(currency_words).finditer(text)]


@cache
def _article_words(currency_words: frozenset[str]) -> frozenset[bytes]:
    """The words of :func:`_article_pattern` in ASCII letters, as bytes (the words of an ASCII
    text it can find)."""
    return frozenset(w.lower().encode() for w in _singular_words(currency_words) if w.isascii())


def _singular_words(currency_words: frozenset[str]) -> list[str]:
    """The singular currency words one 'a' or 'an' can read as one before ('dollar', 'yuan'):
    letters only, not ending in 's', less [not-spelled-money]."""
    return sorted(w for w in currency_words - _not_spelled_money()
                  if w.isalpha() and not w.endswith("s"))


@cache
def _article_pattern(currency_words: frozenset[str]) -> re.Pattern[str]:
    """'a'/'an' as one before a singular currency word, the amount ending its phrase or
    joined to its hundredths ('a dollar', 'above a dollar and 42 cents'); not before a noun
    ('a dollar bond', 'a euro zone') nor a word of [not-spelled-money] ('a pound of flour')."""
    words = _singular_words(currency_words)
    return re.compile(
        # the letter first, then the look behind it: the engine skips to an 'a' at C speed
        rf"([aA](?<![\w'’-][aA])n?) (?:{_by_first_letter(words)})"
        rf"(?=[ \u00a0]*(?:[.!?;,)]|$)|[ \u00a0]+and[ \u00a0]+(?:\d|{_by_first_letter(_EN_NUMBER_WORDS)}))")


def rewrite(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with the numbers it spells in ``language`` written in digits, and for each
    position of the new text (and its end) the position in ``text``; None if nothing changed.
    Three steps, each on the text the one before wrote: the abbreviations of [expand
    <language>] written out ('אש״ח' -> 'אלף ש״ח'), the numbers, and a count said after a
    currency name ([count-after <language>]: 'שקל אחד' -> '1 שקל')."""
    out: tuple[str, list[int]] | None = None
    for step in (_letters, _fraction_first, _expand, _halves, _thousands, _numbers, _bare_magnitudes,
                 _counts_after):
        done = step(out[0] if out else text, language)
        if done is not None:
            # each position of the new text, through the steps before, on ``text``
            out = done if out is None else (done[0], [out[1][p] for p in done[1]])
    return out


#: The Arabic letters Persian writes with letters of its own, one for one: yeh and kaf
#: ('ميليارد ريال' typed on an Arabic keyboard is 'میلیارد ریال'), as CLDR's fa names are.
_PERSIAN_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9"})


def _letters(text: str, language: str) -> tuple[str, list[int]] | None:
    """A Persian text with the Arabic yeh and kaf written as Persian's (:data:`_PERSIAN_LETTERS`),
    a Turkish one with its capital 'İ' and 'I' as Turkish lowers them (:func:`_turkish_capitals`),
    so that its numbers and currency words read as CLDR spells them; None if none is there.

    >>> _letters("هزار ميليارد ريال", "fa")[0] == "هزار میلیارد ریال"
    True
    >>> _letters("مليار ريال", "ar") is None
    True
    """
    if language == "tr" and "\u0130" in text:
        return _turkish_capitals(text)
    if language != "fa" or ("\u064a" not in text and "\u0643" not in text):
        return None
    return text.translate(_PERSIAN_LETTERS), list(range(len(text) + 1))


#: Turkish capitals as Turkish lowers them: 'İ' is 'i' and 'I' is 'ı' ('MİLYAR DOLARI' is
#: 'milyar doları'), where Python's lower() makes 'İ' an 'i' with a combining dot.
_TURKISH_LOWER = str.maketrans({"\u0130": "i", "I": "\u0131"})
_CAPITALISED = re.compile(r"[^\W\d_]*[I\u0130][^\W\d_]*")


def _turkish_capitals(text: str) -> tuple[str, list[int]] | None:
    """A Turkish text that writes the dotted capital 'İ' (so its plain 'I' is the dotless
    one), its words in capitals of four letters or more with either lowered as Turkish lowers
    them (a headline: '26 MİLYAR DOLAR'); an acronym or code of three ('IMF', 'INR') and a
    capitalised word ('İşlem') stay as written.

    >>> _turkish_capitals("İHRACAT 26 MİLYAR DOLARI AŞTI, IMF İçin")[0]
    'ihracat 26 milyar doları aştı, IMF İçin'
    """
    spans = [(m.start(), m.end(), m.group().translate(_TURKISH_LOWER).lower())
             for m in _CAPITALISED.finditer(text) if len(m.group()) > 3 and m.group().isupper()]
    if not spans:
        return None
    out = list(text)
    for start, end, word in spans:
        out[start:end] = word
    return "".join(out), list(range(len(text) + 1))


@cache
def _bare_words(language: str) -> dict[str, tuple[int, str]]:
    """The magnitude words ``language`` writes with no number for one of them (num2words:
    'مليار', 'miliard', 'מיליון' are 10^9 and 10^6 as they stand; not the Russian 'один
    миллиард'), and the one word it writes for two ('مليارا', with the lexicon's [number-word]
    spellings: 'ملياري'), each -> (how many, the word for one)."""
    code = NUM2WORDS.get(language)
    if code is None:
        return {}
    out: dict[str, tuple[int, str]] = {}
    for power in (6, 9, 12):
        one = num2words_spelling(10**power, code)
        if not _WORD.fullmatch(one):
            continue  # 'один миллиард', 'en miljard': the number is written
        out[one] = (1, one)
        two = num2words_spelling(2 * 10**power, code)
        if _WORD.fullmatch(two):
            out[two] = (2, one)
            for variant, canonical in _variants(language):
                if canonical == two:
                    out.setdefault(variant, (2, one))
    return out


def _bare_magnitudes(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with each magnitude word said with no number before a currency written with
    its number ('استثمار مليار دولار' -> '1 مليار دولار', 'ملياري دولار' -> '2 مليار
    دولار', 'miliard złotych' -> '1 miliard złotych'): the languages whose bare magnitude is
    one of it (:func:`_bare_words`); None if none.

    >>> _bare_magnitudes("تعهد باستثمار مليار دولار وتجاوز ملياري دولار", "ar")[0]
    'تعهد باستثمار 1 مليار دولار وتجاوز 2 مليار دولار'
    >>> _bare_magnitudes("ponad miliard osób", "pl") is None
    True
    """
    words = _bare_words(language)
    if not words or not any(w in text for w in words):
        return None
    spans: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        word, lead = m.group().lower(), 0
        found = words.get(word)
        if found is None:  # asia23: a proclitic or the article written onto it ('بمليار جنيه',
            # for a billion pounds; 'الملياري درهم', the two billion dirhams)
            lead = next((len(p) for p in _bare_leads() if word.startswith(p) and word[len(p):] in words), 0)
            found = words.get(word[lead:]) if lead else None
        if found is None:
            continue
        if _number_before(text[: m.start()].rstrip(), language):
            continue
        if _money_next(text, m.end(), language) or _currency_next(text, m.end(), language):
            spans.append((m.start() + lead, m.end(), f"{found[0]} {found[1]}"))
        elif _and_number_next(text, m.end(), language):
            # one of it: the dual's form ('مليارا', 'تريليونا') is two only in a construct
            # before the thing counted; before 'and' it is the singular's accusative
            # ('تريليونًا وخمسة مليارات', a trillion and five billion)
            spans.append((m.start(), m.end(), f"1 {found[1]}"))
    return _apply(text, spans) if spans else None


@cache
def _bare_leads() -> tuple[str, ...]:
    """(asia23) What may be written onto a bare magnitude word, longest first: the one-letter
    proclitics ([proclitic]: 'ب', 'و', 'ل') and the Arabic article after one or alone
    ([article-prefix] of the lexicon, else 'ال')."""
    letters = sorted(_proclitic_letters())
    articles = ["ال"]
    leads = {*letters, *articles, *(p + a for p in letters for a in articles)}
    return tuple(sorted(leads, key=len, reverse=True))


def _number_before(before: str, language: str) -> bool:
    """Is the magnitude after ``before`` a written number's, not one of it: digits right before
    it ('3 مليار', '1,5 miliarda'), a figure set off by a bracket or quotes ('(1.8) مليار ريال':
    :func:`_figure_closed_before`), or a magnitude it is stacked on ('17 ألف مليار', a thousand
    billion, not one more)?

    >>> _number_before("بلغت 17 ألف", "ar"), _number_before("تعهد باستثمار", "ar")
    (True, False)
    """
    if before and (before[-1].isdigit() or before[-1] in ".,") or _figure_closed_before(before):
        return True
    last = before.rsplit(None, 1)[-1] if before else ""
    return bool(last) and _fold(last) in _magnitude_words(language)


#: A figure set off by a bracket or quotes right before a magnitude ('(8ر1) مليار', '"9ر13" مليار').
_CLOSED_FIGURE = re.compile(r"\d[ \u00a0]*[)\]\"'»”’][ \u00a0]*$")


def _figure_closed_before(before: str) -> bool:
    """Does ``before`` end with a figure then a closing bracket or quote: the magnitude after it
    is that figure's, written apart, not one of it?

    >>> _figure_closed_before('المصروفات "2ر3"'), _figure_closed_before("(الجزائر)")
    (True, False)
    """
    return _CLOSED_FIGURE.search(before[-12:]) is not None


def _and_number_next(text: str, pos: int, language: str) -> bool:
    """Does 'and' written onto a number follow ``pos`` ([proclitic] 'and': 'تريليون و724
    مليارا', a trillion and 724 billion; 'تريليون وتسعة مليارات'), the bare magnitude before it
    then the first of the parts one amount is said in?

    >>> _and_number_next(" و724 مليارا", 0, "ar"), _and_number_next(" وزارة", 0, "ar")
    (True, False)
    """
    m = _NEXT_TOKEN.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    joins = {k for k, v, _ in _proclitic_rows() if v == "and"}
    lead = next((j for j in joins if word.startswith(j)), None)
    if lead is None:
        return False
    rest = word[len(lead):].lstrip()
    if not rest:  # 'و 724': the conjunction as a word of its own
        n = _NEXT_TOKEN.match(text, m.end())
        rest = n.group(1) if n is not None else ""
    return bool(rest) and (rest[0].isdigit() or _fold(rest) in _first_words(language)[0])


_NEXT_TOKEN = re.compile(r"[ \u00a0]*(\S+)")


@cache
def _thousands_pattern(language: str) -> re.Pattern[str] | None:
    """[thousands-digits <language>]: the word for a thousand between a multiplier and the
    three digits of the hundreds ('25 mil 844', 'mil 945', 'cuatro mil 600'), as one pattern."""
    rows = language_section("thousands-digits", language)
    if not rows:
        return None
    words = "|".join(re.escape(k) for k, _ in rows)
    return re.compile(
        rf"(?:(?<![\w.,])(\d{{1,3}})[ \u00a0]+)?\b({words})[ \u00a0]+(\d{{1,3}})(?:([.,])(\d+))?"
        rf"(?![\d]|[.,]\d)",
        re.IGNORECASE)


@cache
def _thousand_alone(word: str, language: str) -> bool:
    """Whether ``word`` alone is a thousand in ``language`` (text2num, num2words: 'mil',
    'bin', 'tysiąc'; not 'тысяч', 'tysięcy', which want a number of thousands)."""
    if language in LANGUAGES:
        from text_to_num import text2num

        try:
            return bool(text2num(word.lower(), language) == 1000)
        except ValueError:
            return False
    code = NUM2WORDS.get(language)
    if code is None:
        return False
    return bool(num2words_spelling(1000, code) == word.lower())


def _magnitude_figure(written: str, language: str) -> int | None:
    """The whole number of '1,0002 milyon' (:func:`_compounds`' spelling of a number said
    past a magnitude word, 1,000,200), if whole; None otherwise."""
    from moneyfacts.locales import profile

    prof = profile(language)
    number, _, word = written.partition(" ")
    power = prof.markers.get(word) or prof.markers.get(word.lower())
    if power is None or power < 6:
        return None
    try:
        value = Decimal(number.replace(prof.decimal, ".") if prof.decimal != "." else number)
    except ArithmeticError:
        return None
    value = value.scaleb(power)
    return int(value) if value == value.to_integral_value() else None


def _millions_before(text: str, start: int, language: str) -> tuple[int, int] | None:
    """(where it starts, its value) of a number of millions (or more) said just before
    ``start`` ('iki milyon ', '2 milyon '), the part of one number the thousands after it
    end; None if none or unread."""
    from moneyfacts.locales import profile

    m = re.search(r"(?:^|(?<=[\s(]))([^\W\d_]{3,})[ \u00a0]+$", text[max(0, start - 30) : start])
    if m is None:
        return None
    power = profile(language).markers.get(m.group(1).lower())
    if power is None or power < 6:
        return None
    at = max(0, start - 30) + m.start(1)
    digits = re.search(r"(?<![\d.,])(\d{1,3})[ \u00a0]+$", text[max(0, at - 10) : at])
    if digits is not None:
        return max(0, at - 10) + digits.start(1), int(digits.group(1)) * 10**power
    base = max(0, at - 40)
    if language in LANGUAGES:  # 'dos millones 25 mil 844': text2num's reading
        from text_to_num import text2num

        words = list(re.finditer(r"[^\W\d_]+", text[base:at]))
        for k in range(min(3, len(words)), 0, -1):
            phrase = text[base + words[-k].start() : at].strip()
            if phrase.count(" ") != k - 1 or (k < len(words) and words[-k - 1].end() == words[-k].start() - 1
                                              and _one_number(words[-k - 1].group(), language)):
                continue
            try:
                value = text2num(phrase, language)
            except ValueError:
                continue
            if 1 <= value <= 999:
                return base + words[-k].start(), value * 10**power
        return None
    said = [s for s in _inverted(text[base:at], language)
            if s[2].isdigit() and text[base + s[1] : at].strip(" \u00a0") == ""]
    if said and not (said[-1][0] == 0 and base > 0 and text[base - 1].isalpha()):
        return base + said[-1][0], int(said[-1][2]) * 10**power
    return None


def _thousands(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with each number written as thousands in words and hundreds in digits, the
    way Mexican copy writes them ('25 mil 844 millones de dólares' is 25,844 million, 'mil
    945 millones' 1,945 million, 'cuatro mil 600' 4,600), in digits ('25844'); None if none.

    >>> _thousands("por 25 mil 844 millones y mil 945 millones", "es")[0]
    'por 25844 millones y 1945 millones'
    >>> _thousands("cuatro mil 600 millones", "es")[0]
    '4600 millones'
    >>> _thousands("465 mil 48.7 millones y 29 mil 59 dólares", "es")[0]
    '465048.7 millones y 29 mil 59 dólares'
    """
    pattern = _thousands_pattern(language)
    if pattern is None or not any(c.isdigit() for c in text):
        return None
    spans: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        span = _thousand_span(text, m, language)
        if span is not None and not (spans and span[0] < spans[-1][1]):
            spans.append(span)
    return _apply(text, spans) if spans else None


def _thousand_span(text: str, m: re.Match[str], language: str) -> tuple[int, int, str] | None:
    """The span of the number of ``m`` (a match of :func:`_thousands_pattern`) and its
    digits, from its number of thousands (:func:`_multiplier`) and the millions said before
    it; None where the words make no one figure.

    >>> t = "por 25 mil 844 millones"
    >>> _thousand_span(t, _thousands_pattern("es").search(t), "es")
    (4, 14, '25844')
    """
    read = _multiplier(text, m, language)
    if read is None:
        return None
    start, times, above = read
    if times == 1 and not _thousand_alone(m.group(2), language):
        return None  # 'тысяч 300', 'Tausend 300': the word needs a number of thousands, unread
    magnitude_next = _magnitude_next(text, m.end(), language)
    if above and magnitude_next:
        return None  # 'bir milyon iki yüz bin 300 milyon': no one reading
    if not above and not m.group(5) and not magnitude_next:
        # 'iki milyon bin 300', '2 milyon 12 bin 300' (not '8 billones 14 mil 210 millones')
        lead = _millions_before(text, start, language)
        if lead is not None:
            start, above = lead
    if (len(m.group(3)) < 3 or m.group(5)) and not magnitude_next:
        return None  # '465 mil 48.7 millones' is 465,048.7 million; '3 mil 50' alone is no figure
    return start, m.end(), (str(above + times * 1000 + int(m.group(3)))
                            + (m.group(4) + m.group(5) if m.group(5) else ""))


#: A run of letters (the words before a thousand: :func:`_multiplier`).
_LETTERS = re.compile(r"[^\W\d_]+")


def _multiplier(text: str, m: re.Match[str], language: str) -> tuple[int, int, int] | None:
    """The number of thousands before the thousand word of ``m`` (a match of
    :func:`_thousands_pattern`), as (where it starts, the number, a million or more said
    before it): in digits ('25 mil'); spelled, the longest text2num reads ('cuatro mil',
    :func:`_read_thousands`); or, in a language text2num lacks, as the language's number
    reader reads it (:func:`_said_thousands`); 1 with none ('mil 945'). None when the words
    before make no figure.

    >>> t = "cuatro mil 600 millones"
    >>> _multiplier(t, _thousands_pattern("es").search(t), "es")
    (0, 4, 0)
    """
    if m.group(1):
        return m.start(), int(m.group(1)), 0
    base = max(0, m.start() - 40)
    before = list(_LETTERS.finditer(text[base : m.start()]))
    read = _read_thousands(text, m, base, before, language)
    if read is not None:
        return read[0], read[1], 0
    if before and language not in LANGUAGES:
        return _said_thousands(text, m, base, before, language)
    return m.start(), 1, 0


def _read_thousands(text: str, m: re.Match[str], base: int, before: list[re.Match[str]],
                    language: str) -> tuple[int, int] | None:
    """A spelled multiplier before the thousand of ``m`` ('cuatro mil'), the longest of up
    to four words text2num reads: (where it starts, the number of thousands), or None.
    ``before``: the runs of letters of ``text[base : m.start()]``."""
    from text_to_num import text2num

    for k in range(min(4, len(before)), 0, -1):
        first = before[-k]
        if text[base + first.start() : m.start()].strip(" \u00a0-").count(" ") != k - 1:
            continue
        try:
            value = text2num(f"{text[base + first.start() : m.start()].strip()} "
                             f"{m.group(2)}", language)
        except ValueError:
            continue
        if value % 1000 == 0 and 2000 <= value < 1_000_000:  # not "millones y mil"
            return base + first.start(), value // 1000
    return None


def _said_thousands(text: str, m: re.Match[str], base: int, before: list[re.Match[str]],
                    language: str) -> tuple[int, int, int] | None:
    """'iki bin 500', 'on iki bin 300', 'üç yüz bin 300' (tr): the multiplier in words text2num
    cannot read, the whole spelled number that ends at the thousand of ``m``, as the
    language's number reader reads it (num2words' words): (where it starts, the number of
    thousands, a million or more said before them: 'bir milyon iki yüz' is 1,000,200), or
    (the thousand's start, 1, 0) with none; None when the words make no figure ('bin bin', a
    multiplier of a thousand or more, or a number word left unread)."""
    start, times, above = m.start(), 1, 0
    said = [s for s in _inverted(text[base : m.start()], language)
            if text[base + s[1] : m.start()].strip(" \u00a0") == ""]
    if said and said[-1][0] == 0 and base > 0 and text[base - 1].isalpha():
        said = []  # the number may begin before the window: unread
    if said and not said[-1][2].isdigit():  # 'bir milyon iki yüz': 1,000,200
        big = _magnitude_figure(said[-1][2], language)
        if big is not None and 1 <= big % 10**6 <= 999:
            said = [(said[-1][0], said[-1][1], str(big % 10**6))]
            above = big - big % 10**6
    if said and said[-1][2].isdigit():
        start, times = base + said[-1][0], int(said[-1][2])
        if not 1 <= times <= 999:
            return None  # 'bin bin', a multiplier of a thousand or more: no figure
    elif _number_words(language)[0].get((_fold(before[-1].group()),)) is not None and (
            text[base + before[-1].end() : m.start()].strip(" \u00a0") == ""):
        return None  # a number word unread before the thousand: no figure rather than a wrong one
    return start, times, above


#: '○' (U+25CB) between Han digits, or after one: a zero ('一點○五兆', '二○二五年').
_CIRCLE_ZERO = re.compile(rf"(?<=[{_HAN}〇○零])○|○(?=[{_HAN}〇○])")


def _numbers(text: str, language: str) -> tuple[str, list[int]] | None:
    """:func:`rewrite` for the numbers alone."""
    spans: list[tuple[int, int, str]] = []
    if language in LANGUAGES:
        if not any(c.isalpha() for c in text):
            return None
        spans = _spelled(text, language)
    elif _spells(language):
        spans = _inverted(text, language)
    elif language in MYRIAD_LANGUAGES:
        if "○" in text:  # '五○五七點四億元': the white circle Taiwan's press writes for 〇
            text = _CIRCLE_ZERO.sub("〇", text)  # (one character for one: positions stay)
        spans = _myriads(text)
        if language == "zh":  # '三块五', '人民幣3.14': moneyfacts.colloquial
            from moneyfacts.colloquial import spans as colloquial

            spans = colloquial(text, spans)
        elif language == "ja":  # 'ろく どる': moneyfacts.kana
            from moneyfacts.colloquial import without_vague
            from moneyfacts.kana import spans as kana

            spans = without_vague(text, sorted(spans + kana(text)))  # '数百万円': no figure
    first = _apply(text, spans) if spans else None
    said = _decimal_words(first[0] if first else text)
    if not said:
        return first
    second, back = _apply(first[0] if first else text, said)
    if first is not None:  # each position of the second text, through the first, on ``text``
        back = [first[1][p] for p in back]
    return second, back


@cache
def _expansions(language: str) -> re.Pattern[str] | None:
    """[expand <language>] of the lexicon: abbreviations written for a magnitude and a
    currency together ('אש״ח', a thousand shekels), as one pattern of whole words."""
    from moneyfacts.inflect import _section

    rows = _section(f"expand {language}")
    if not rows:
        return None
    words = "|".join(re.escape(k) for k, _ in sorted(rows, key=lambda r: -len(r[0])))
    return re.compile(rf"(?<![\w\u05f4\"])(?:{words})(?![\w\u05f4\"])")


@cache
def _expansion_values(language: str) -> dict[str, str]:
    from moneyfacts.inflect import _section

    return dict(_section(f"expand {language}"))


@cache
def _reversed_decimal(language: str) -> re.Pattern[str] | None:
    """[decimal-reversed <language>]: a digit run, one of its letters, a digit run, as one
    pattern (a space allowed on either side of the letter), or None."""
    from moneyfacts.inflect import _section

    marks = "|".join(re.escape(k) for k, _v in _section(f"decimal-reversed {language}"))
    if not marks:
        return None
    return re.compile(rf"(?<![\d.,\u066b\u066c])(\d+) ?(?:{marks}) ?(\d+)(?![\d.,\u066b\u066c])")


def _fraction_first(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with each decimal written fraction first around a letter of [decimal-reversed
    <language>] written as a number ('88ر5' -> '5.88', the Saudi Press Agency's visual order), or
    None.

    >>> _fraction_first("نحو 422 مليار دينار (88ر5 مليار دولار)", "ar")[0]
    'نحو 422 مليار دينار (5.88 مليار دولار)'
    >>> _fraction_first("بلغت 91 ر 70 مليار دولار", "ar")[0]
    'بلغت 70.91 مليار دولار'
    >>> _fraction_first("300 ر.س", "ar") is None
    True
    """
    return _each_match(text, _reversed_decimal(language), lambda m: f"{m.group(2)}.{m.group(1)}")


def _expand(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with the abbreviations of [expand <language>] written out, or None."""
    pattern = _expansions(language)
    if pattern is None:
        return None
    values = _expansion_values(language)
    return _each_match(text, pattern, lambda m: values[m.group()])


def _each_match(text: str, pattern: re.Pattern[str] | None,
                written: Callable[[re.Match[str]], str]) -> tuple[str, list[int]] | None:
    """``text`` with each match of ``pattern`` written as ``written`` gives it, or None (no
    pattern, or no match): :func:`_fraction_first` and :func:`_expand`."""
    if pattern is None:
        return None
    spans = [(m.start(), m.end(), written(m)) for m in pattern.finditer(text)]
    return _apply(text, spans) if spans else None


@cache
def _half_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """[half-magnitude <language>]: the words of a half or one and a half before a magnitude
    word ('een half', 'anderhalf', 'medio', 'pół'), as one pattern, and their values."""
    rows = language_section("half-magnitude", language)
    if not rows:
        return None
    words = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k, _ in sorted(
        rows, key=lambda r: -len(r[0])))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE), dict(rows)


def _halves(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with each half of a magnitude written in digits ('een half miljard euro' ->
    '0,5 miljard euro', 'anderhalf miljoen' -> '1,5 miljoen', 'pół miliarda' -> '0,5
    miliarda'): [half-magnitude <language>], read only before one of the locale's magnitude
    words of a million and up (a value with its own magnitude, 'полмиллиарда = 0,5
    миллиарда', is the whole word); None if none. The half is written to the tenth, as
    'half a billion' is read in English.

    >>> _halves("Er gaat een half miljard euro naar de dijken.", "nl")[0]
    'Er gaat 0,5 miljard euro naar de dijken.'
    >>> _halves("de helft: een half uur", "nl") is None
    True
    """
    found = _half_pattern(language)
    if found is None:
        return None
    pattern, values = found
    from moneyfacts.locales import profile

    markers = {k.lower(): v for k, v in profile(language).markers.items()}  # 'Milliarde'
    spans: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        value = values[" ".join(m.group().lower().split())]
        if " " not in value:
            after = re.match(r"[\s-]+([^\W\d_][^\s,;:)]*)", text[m.end():])
            if after is None or markers.get(after.group(1).lower().rstrip("."), 0) < 6:
                continue  # 'een half uur', 'medio ambiente': no magnitude after it
        spans.append((m.start(), m.end(), value))
    return _apply(text, spans) if spans else None


@cache
def _count_words(language: str) -> dict[str, str]:
    from moneyfacts.inflect import _section

    return {k: v for k, v in _section(f"count-after {language}")}


def _counts_after(text: str, language: str) -> tuple[str, list[int]] | None:
    """``text`` with each count said after a currency name of no number ('שקל אחד' -> '1
    שקל', 'שקל וחצי' -> '1.5 שקל'), and a half said after an amount added to its number
    ('10 שקלים וחצי' -> '10.5 שקלים'): [count-after <language>]; None if none."""
    counts = _count_words(language)
    if not counts:
        return None
    from moneyfacts.currencies import lexicon
    from moneyfacts.locales import fold, profile

    prof, lex = profile(language), lexicon()
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s]+", text)]
    out: list[tuple[int, int, str]] = []
    for i, (_s, end, word) in enumerate(words):
        value = counts.get(word)
        if value is None or i == 0:
            continue
        for k in (2, 1):  # the name of two words or one before it
            if i - k < 0:
                continue
            name = fold(" ".join(w for _, _, w in words[i - k : i]))
            if not (name in prof.names or (k == 1 and (name in prof.heads or name in lex.names))):
                continue
            start, written = words[i - k][0], text[words[i - k][0] : words[i - 1][1]]
            number = words[i - k - 1] if i - k > 0 else None
            if number is None or not number[2][-1:].isdigit():
                out.append((start, end, f"{value} {written}"))
            elif number[2].isdigit() and "." in value:  # '10 שקלים וחצי': 10.5
                half = value[value.index("."):].replace(".", prof.decimal)
                out.append((number[0], end, f"{number[2]}{half} {written}"))
            break  # '10 שקל אחד': the number is written already
    return _apply(text, out) if out else None


@cache
def _decimal_word() -> re.Pattern[str] | None:
    from moneyfacts.currencies import lexicon_sections

    section = lexicon_sections().get("decimal-word", [])
    if not section:
        return None  # pragma: no cover - the lexicon lists some
    words = "|".join(re.escape(k) for k, _, _ in sorted(section, key=lambda r: -len(r[0])))
    return re.compile(rf"(?<![\d.,])(\d+) ({words}) (\d+)(?![\d.,])", re.IGNORECASE)


def _decimal_word_after(text: str, end: int) -> bool:
    """Does a decimal mark said in words follow ``end`` ('một| chấm ba')?"""
    word = text[end:].split(" ", 2)
    return len(word) > 2 and word[0] == "" and word[1].lower() in _decimal_marks()


@cache
def _decimal_marks() -> dict[str, str]:
    from moneyfacts.currencies import lexicon_sections

    return {k.lower(): v for k, v, _ in lexicon_sections().get("decimal-word", [])}


def _decimal_words(text: str) -> list[tuple[int, int, str]]:
    """A decimal mark said in words between two numbers ('2 chấm 23', 'hai phẩy 23' once
    spelled numbers are digits), lexicon [decimal-word]: the number written with the mark the
    lexicon gives.

    >>> _decimal_words("2 chấm 23 đô la")
    [(0, 9, '2,23')]
    """
    pattern = _decimal_word()
    if pattern is None or not any(c.isalpha() for c in text):
        return []
    mark = _decimal_marks()
    return [(m.start(), m.end(), m.group(1) + mark[m.group(2).lower()] + m.group(3))
            for m in pattern.finditer(text)]


def _apply(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    pieces: list[str] = []
    back: list[int] = []
    at = 0
    for start, end, digits in spans:
        pieces.append(text[at:start])
        back.extend(range(at, start))
        pieces.append(digits)
        back.extend([start] * len(digits))
        at = end
    pieces.append(text[at:])
    back.extend(range(at, len(text) + 1))
    # a position inside a rewritten number maps to its start, the one after it to its end
    return "".join(pieces), back


M = TypeVar("M")


def restore(item: M, text: str, back: list[int]) -> M:
    """A quantity (or skipped amount) found in the rewritten text, put back on ``text``."""
    model: Any = item
    start, end = back[model.start], back[model.end]
    if end < start:  # pragma: no cover - defensive
        end = start
    return model.model_copy(update={"start": start, "end": end, "text": text[start:end]})  # type: ignore[no-any-return]


def split_decimals(text: str, language: str) -> tuple[str, list[int]] | None:
    """German, Dutch and the Nordic languages write a spelled decimal as one word
    ('dreikommafünf', 'trekommafem'): such a word, whose parts on either side of a decimal
    word of the lexicon's [decimal-word] are each a number ``rewrite`` reads in ``language``,
    is split at it ('drei komma fünf'), for :func:`rewrite` to read (and map back, as it).

    >>> split_decimals("niedriger als dreikommafünf meilen", "de")[0]
    'niedriger als drei komma fünf meilen'
    >>> split_decimals("Kommanditgesellschaft", "de") is None
    True
    """
    low = text.lower()
    marks = [w for w in _decimal_marks() if w.isalpha() and w in low]
    if not marks:
        return None
    spans: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        for mark in marks:
            i = word.lower().find(mark, 1)
            left, right = word[:i], word[i + len(mark):]
            if i > 0 and right and all(_one_number(p, language) for p in (left, right)):
                spans.append((m.start(), m.end(), f"{left} {word[i : i + len(mark)]} {right}"))
                break
    return _apply(text, spans) if spans else None


def _one_number(word: str, language: str) -> bool:
    """Is ``word`` one number that :func:`rewrite` reads in ``language`` ('drei', 'fem')?"""
    found = rewrite(word, language)
    return found is not None and found[0].isdigit()
