"""Physical units after a number: the matcher behind ``Quantity.kind == "measure"``.

:func:`match_measure` reads the unit written at ``pos`` (right after a number and its
magnitude word, if any) and returns a :class:`MeasureMatch` with the unit as pint spells it,
or None. The scan calls it after many numbers, so its first test is two set lookups of the
next word; the spellings are data (``data/units.txt`` for what pint lacks, and
``data/units_pint.txt``, the table of pint's own names and symbols for the units read, written
by ``python -m moneyfacts.measures --write-table``). Nothing here imports pint.

>>> m = match_measure("2 GW of capacity", 1)
>>> m.end, m.unit, m.per
(4, 'gigawatt', None)
>>> match_measure("500,000 barrels per day", 7)[1:3]
('barrel', 'day')
>>> match_measure("120 km/h", 3)[1:3]
('kilometer', 'hour')
>>> match_measure("a 3nm chip", 3).unit
'nanometer'
>>> match_measure("5G network", 1) is None, match_measure("30tn tokens", 4) is None
(True, True)
>>> match_measure("40 bcm", 2).power
9
>>> match_measure("300 tons", 3).assumed
"'tons' read as metric tons (a short ton is 0.907 t, a long ton 1.016 t)"
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.currencies import Lexicon

__all__ = ["MeasureMatch", "match_measure", "measure_matcher", "minus_before", "hyphen_per", "per_phrase", "table",
           "pint_table"]

UNITS_FILE = "units.txt"
TABLE_FILE = "units_pint.txt"

_POWERS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_WORD = re.compile(r"°?[^\W\d_]+")
_SLASH_WORD = re.compile(r"/([^\W\d_]+)")
#: A per-unit after a slash spaced on both sides ('480 000 t / y', '90 km / h'; count18).
_SPACED_SLASH = re.compile(r" / ([^\W\d_]+)\b")
#: Between the words of one unit: a space or a hyphen ('gigawatt-hours', 'square feet').
_JOIN = frozenset(" -\u00a0")


def _per_words() -> frozenset[str]:
    """[unit-per-word] (lexicon.txt): the words before a unit that make it the per-unit of the
    measure before it ('500,000 barrels a day', '2 GW each year').

    >>> sorted(_per_words())
    ['a', 'an', 'each', 'every', 'per']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["unit-per-word"])


_PER_WORDS = _per_words()


def _alternatives(section: str, *values: str) -> str:
    """The words of a lexicon.txt section (valued one of ``values``, all when none) as a
    regex's alternatives, the longest first (:func:`moneyfacts.currencies.lexicon_alternation`).

    >>> _alternatives("hyphen-per")
    'per|an|a'
    """
    from moneyfacts.currencies import lexicon_alternation

    return lexicon_alternation(section, *values)


def _values(section: str) -> dict[str, str]:
    """The words of a lexicon.txt section and their values."""
    from moneyfacts.currencies import lexicon_section

    return dict(lexicon_section(section))


#: A per-unit hyphenated on: '-per-day', '-a-year' ([hyphen-per]).
_HYPHEN_PER = re.compile(rf"-({_alternatives('hyphen-per')})-([^\W\d_]+)\b", re.IGNORECASE)


class MeasureMatch(NamedTuple):
    """A unit read after a number.

    ``unit`` and ``per`` are pint spellings in moneyfacts' registry; ``power`` is the
    magnitude the spelling itself carries ('bcm' is billion cubic metres: 9); ``assumed``
    says which reading a spelling that news uses two ways was given ('tons');
    ``unscale`` is True when the magnitude just read was no magnitude ('a 5m-high wall').
    """

    end: int
    unit: str
    per: str | None = None
    power: int | None = None
    assumed: str | None = None
    unscale: bool = False


class _Entry(NamedTuple):
    unit: str
    per: str | None
    power: int | None
    assumed: str | None


@dataclass(frozen=True)
class Table:
    """The spellings read, by how they are matched."""

    names: dict[str, _Entry]  # lower case, words joined with '_'
    symbols: dict[str, _Entry]  # case-sensitive
    attached: dict[str, _Entry]  # case-sensitive, glued to the number only
    at_end: dict[str, _Entry]  # case-sensitive, spaced only where no word follows ('5 in.')
    at_end_after: dict[str, frozenset[str]]  # or after a number after these words ('5 ft 2 in')
    at_end_then: dict[str, frozenset[str]]  # or before these words ('73 ha is irrigated', count19)
    first_names: frozenset[str]  # the first word of every name, lower case
    first_symbols: frozenset[str]  # every symbol, and the part before the '/' of 'Gb/s'
    max_words: int
    prefixes: frozenset[str]  # the first words of every name of two words or more, joined by '_'
    per: dict[str, str]
    per_adverb: dict[str, str]
    per_modifier: dict[str, str]  # those read before a counted noun too ([per adverb]; count22)
    minus: frozenset[str]
    length_context: frozenset[str]
    plural_only: frozenset[str]
    spelled_before: tuple[str, ...]  # stems of the unit words a spelled number is read before
    troy: frozenset[str]  # words that make an ounce a troy ounce ('ounces of gold')
    nautical: frozenset[str]  # words that make 'nm' a nautical mile ('knots', 'vessel')
    nano: frozenset[str]  # words that keep 'nm' a nanometre ('3 nm chips')
    tonne: frozenset[str]  # words that make a bare 't' a metric tonne, with [mining context]'s
    temperature: frozenset[str]  # words of a sentence that make a glued 'c' degrees Celsius
    qualifiers: frozenset[tuple[str, str]]  # (word, unit): pint's 'lunar_month', 'dry_barrel'
    slash_only: dict[str, _Entry]  # symbols read only before '/' and a per-unit ('bu/acre')
    mining: frozenset[str]  # words that make 'MT' after a small bare number a million tonnes
    wind: frozenset[str]  # words of wind besides [nautical context]'s: 'kt' is knots there
    pressure: frozenset[str]  # words before a number that make 'mb' after it millibars
    height: frozenset[str]  # words of a sentence that make a bare glued 'm' a metre ('snow')
    height_before: frozenset[str]  # and the words right before its number ('above 800m')
    height_after: frozenset[str]  # words after its 'm' that start no noun ('800m in parts')
    no_article: frozenset[str]  # unit words an article before is no 1 of ('a ton of work')
    lengths: frozenset[str]  # the pint units of length ('3m and 5cm': the 'm' is a metre)
    areas: frozenset[str]  # the pint units of area ('5 million dryland acres' is an area, count18)
    angles: dict[str, str]  # angle unit words, read with a word of rotation around them
    angle_context: frozenset[str]  # those words and phrases ('rotate', 'turn left')
    marks: tuple[tuple[str, str], ...]  # inch and foot marks ('5"', "5'10\""), longest first
    mark_after: dict[str, frozenset[str]]  # marks read only after these words ("2 yd 7'")
    water_only: frozenset[str]  # symbols read only in a text about water ('TMC', 'MLD'; count22)
    masses: frozenset[str]  # the pint units of mass ([masses]; count22)
    water: frozenset[str]  # the words of such a text ([water context])


def _sections(text: str) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
            continue
        key, _, value = line.partition("=")
        out.setdefault(current, []).append((key.strip(), value.strip()))
    return out


def _entry(value: str) -> _Entry:
    """'billion * meter ** 3', 'barrel / day', 'metric_ton ; assumed: note'."""
    expr, _, note = value.partition(";")
    note = note.strip()
    assumed = note[len("assumed:"):].strip() if note.startswith("assumed:") else None
    power = None
    head, star, rest = expr.partition("*")
    if star and _power_word(head.strip()) is not None and not rest.startswith("*"):
        power, expr = _power_word(head.strip()), rest
    unit, _, per = expr.partition(" / ")
    return _Entry(" ".join(unit.split()), per.strip() or None, power, assumed)


def _power_word(word: str) -> int | None:
    """The power of ten of a magnitude word before a unit in units.txt ('billion * meter ** 3'):
    the English ones, or any spelled magnitude of lexicon.txt's [magnitude] ('lakh', count22:
    'LMT = lakh * metric_ton').

    >>> _power_word("billion"), _power_word("lakh"), _power_word("meter")
    (9, 5, None)
    """
    if word in _POWERS:
        return _POWERS[word]
    from moneyfacts.currencies import lexicon_sections

    for key, value, _ in lexicon_sections().get("magnitude", []):
        if key == word and value.split()[0].isdigit():
            return int(value.split()[0])
    return None


def _key(spelling: str) -> str:
    return "_".join(spelling.replace("-", " ").split()).lower()


def _plural(key: str) -> str:
    return key if key.endswith("s") else key + "s"


def units_text() -> str:
    return resources.files("moneyfacts").joinpath("data", UNITS_FILE).read_text("utf-8")


def _words(sec: dict[str, list[tuple[str, str]]], name: str) -> frozenset[str]:
    """The keys of a section of words ('[troy context]'), lower case."""
    return frozenset(k.lower() for k, _ in sec.get(name, []))


@cache
def table() -> Table:
    """The spellings of ``units.txt`` and ``units_pint.txt``, loaded once."""
    sec = _sections(units_text())
    names: dict[str, _Entry] = {}
    symbols: dict[str, _Entry] = {}
    qualifiers: set[tuple[str, str]] = set()
    pint_rows = resources.files("moneyfacts").joinpath("data", TABLE_FILE).read_text("utf-8")
    for line in pint_rows.splitlines():
        if not line or line.startswith("#"):
            continue
        spelling, unit, how = line.split("\t")
        entry = _Entry(unit, None, None, None)
        if how == "q":
            qualifiers.add((spelling, unit))
        elif how == "s":
            symbols.setdefault(spelling, entry)
        else:
            names.setdefault(spelling, entry)
    # moneyfacts' own spellings win over pint's ('tons' is not pint's short ton).
    for spelling, value in sec.get("spelling", []):
        entry = _Entry(*_entry(value))
        key = _key(spelling)
        names[key] = entry
        names.setdefault(_plural(key), entry)
    for spelling, value in sec.get("symbol", []):
        symbols[spelling] = _entry(value)
    for spelling, entry in _rate_symbols(sec):
        symbols.setdefault(spelling, entry)
    contexts = _context_fields(sec, symbols)
    attached = {s: _entry(v) for s, v in sec.get("attached", [])}
    slash_only = {s: _entry(v) for s, v in sec.get("slash symbol", [])}
    at_end = {s: _entry(v.split(";")[0]) for s, v in sec.get("symbol at end", [])}
    at_end_after = {s: _flag(v, "after") for s, v in sec.get("symbol at end", []) if "; after:" in v}
    at_end_then = {s: _flag(v, "then") for s, v in sec.get("symbol at end", []) if "; then:" in v}
    return Table(
        names=names,
        symbols=symbols,
        attached=attached,
        at_end=at_end,
        at_end_after=at_end_after,
        at_end_then=at_end_then,
        first_names=frozenset(k.split("_", 1)[0].split("/", 1)[0] for k in names),  # 'b/d' starts at 'b'
        slash_only=slash_only,
        first_symbols=frozenset([*symbols, *attached, *at_end, *slash_only,
                                 *(k.split("/")[0] for k in symbols if not k.startswith("m/"))]),
        max_words=max(k.count("_") + 1 for k in names),
        prefixes=frozenset("_".join(k.split("_")[:i]) for k in names
                           for i in range(1, k.count("_") + 1)),
        per={k.lower(): v for k, v in sec.get("per", [])},
        per_adverb=_per_adverbs(sec),
        minus=_words(sec, "minus"),
        length_context=_words(sec, "length context"),
        plural_only=_words(sec, "plural only"),
        spelled_before=_stems(sec.get("spelled before", [])),
        troy=_words(sec, "troy context"),
        nautical=_words(sec, "nautical context"),
        nano=_words(sec, "nano context"),
        tonne=_words(sec, "tonne context"),
        temperature=_words(sec, "temperature context"),
        qualifiers=frozenset(qualifiers),
        mining=_words(sec, "mining context"),
        wind=_words(sec, "wind context"),
        pressure=_words(sec, "pressure context"),
        height=_words(sec, "height context"),
        height_before=_words(sec, "height before"),
        height_after=_words(sec, "height after"),
        no_article=_words(sec, "no article"),
        lengths=frozenset(k for k, _ in sec.get("lengths", [])),
        areas=frozenset(k for k, _ in sec.get("areas", [])),
        angles={k.lower(): v for k, v in sec.get("angle", [])},
        angle_context=_words(sec, "angle context"),
        marks=tuple(sorted(((k, v.split("; after:")[0].strip()) for k, v in sec.get("mark", [])),
                           key=lambda kv: -len(kv[0]))),
        mark_after={k: frozenset(v.split("; after:")[1].split())
                    for k, v in sec.get("mark", []) if "; after:" in v},
        **contexts,
    )


def _context_fields(sec: dict[str, list[tuple[str, str]]], symbols: dict[str, _Entry]) -> dict[str, Any]:
    """(count22) The Table's fields of the sections added in session 22: [water symbol]'s
    symbols put into ``symbols`` and named in ``water_only``, [water context]'s words,
    [masses] and [per adverb] (a count's per-unit before its noun)."""
    for spelling, value in sec.get("water symbol", []):
        symbols.setdefault(spelling, _entry(value))
    return {
        "water_only": frozenset(k for k, _ in sec.get("water symbol", [])),
        "water": _words(sec, "water context"),
        "masses": frozenset(k for k, _ in sec.get("masses", [])),
        "per_modifier": {k.lower(): v for k, v in sec.get("per adverb", [])},
    }


def _per_adverbs(sec: dict[str, list[tuple[str, str]]]) -> dict[str, str]:
    """The adverbs of a period after a measure or count ('12 million tonnes annually', '34
    tankers monthly'): lexicon.txt's English [per-adverb] whose value is a unit of [time]
    (count22: 'monthly' and 'weekly' were read after money only), and units.txt's own.

    >>> _per_adverbs(_sections(units_text()))["monthly"]
    'month'
    """
    from moneyfacts.currencies import lexicon_section

    times = {k for k, _ in sec.get("time", [])}
    out = {k.lower(): v for k, v in lexicon_section("per-adverb") if v in times}
    out.update({k.lower(): v for k, v in sec.get("per adverb", [])})
    return out


def _flag(value: str, name: str) -> frozenset[str]:
    """The words of the flag ``name`` of a [symbol at end] value ('ha = hectare ; after:
    {magnitude} ; then: of is'), lower case.

    >>> sorted(_flag("hectare ; after: {magnitude} ; then: of is", "then"))
    ['is', 'of']
    """
    for part in value.split(";")[1:]:
        key, _, words = part.partition(":")
        if key.strip() == name:
            return frozenset(words.split())
    return frozenset()


def _rate_symbols(sec: dict[str, list[tuple[str, str]]]) -> list[tuple[str, _Entry]]:
    """Every base of [rate base] with every suffix of [rate suffix] glued after it, and in
    capitals for the bases of [rate base upper] ('ktpa', 'tpd', 'Mtpy', 'TPD', 'KTPA'; count17):
    the base's unit with the suffix's span of time as its per-unit.

    >>> rows = dict(_rate_symbols(_sections(units_text())))
    >>> rows["ktpa"], rows["TPD"].per
    (_Entry(unit='metric_ton', per='year', power=3, assumed=None), 'day')
    """
    upper = {k for k, _ in sec.get("rate base upper", [])}
    out = []
    for base, value in sec.get("rate base", []):
        unit, _, power, _ = _entry(value)
        for suffix, per in sec.get("rate suffix", []):
            entry = _Entry(unit, per, power, None)
            out.append((base + suffix, entry))
            if base in upper:
                out.append(((base + suffix).upper(), entry))
    return out


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def per_phrase(text: str, end: int, noun: str) -> tuple[int, str] | None:
    """A unit name of two words after 'per' whose first word ``noun`` ends at ``end``
    ('HK$14,888 per square foot', 'per sq ft'): (end, the name with its last word in the
    singular the table spells), or None.

    >>> per_phrase("$400 per square feet a", 15, "square")
    (20, 'square foot')
    """
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return None
    written = f"{noun} {m.group(1)}"
    entry = table().names.get(_key(written))
    if entry is None or len(noun) < 2:
        return None
    singular = next((k for k, e in table().names.items() if e == entry and k.startswith(
        _key(noun) + "_") and not k.endswith("s")), _key(written))
    return m.end(), singular.replace("_", " ")


#: The [per] nouns that are spans of time: only after one does a word of [not-per] make 'a
#: <noun>' no per-unit ('a year later', 'a month earlier').
TIME_SPANS = frozenset(["day", "week", "month", "year", "hour", "night", "quarter", "season", "semester"])


@cache
def _adverbs_after() -> re.Pattern[str]:
    """[not-per]'s 'adverb' words ('earlier', 'ago'), after a measure's per-unit of time."""
    from moneyfacts.currencies import lexicon_section

    words = [k for k, v in lexicon_section("not-per") if v == "adverb"]
    return re.compile(r"[ \n]+(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _not_per_after(text: str, end: int) -> bool:
    return _adverbs_after().match(text, end) is not None


def listed_per(text: str, end: int, noun: str, lex: Any) -> tuple[int, str] | None:
    """The per-unit after 'a'/'an' (a [per-word] of listed nouns) whose first word ``noun``
    ends at ``end``: (end, unit), or None. A noun of [per] ('$2 a share'), or a unit name of
    two words from the units table ('$5,811 a metric ton', '$1,200 a square foot'). A span of
    time before a word of [not-per] is none ('$900 a month later'); any other noun is one
    whatever follows ('$5 a share on Friday', '$1,223 an ounce later').

    >>> from moneyfacts.currencies import lexicon
    >>> listed_per("$5 a share on Friday", 10, "share", lexicon())
    (10, 'share')
    >>> listed_per("$900 a month later", 12, "month", lexicon()) is None
    True
    >>> listed_per("$5,811 a metric ton", 15, "metric", lexicon())
    (19, 'metric ton')
    """
    per = lex.per_nouns.get(noun)
    if per is None and "-" in noun:  # [per] keys are spaced: 'a kilowatt-hour'
        per = lex.per_nouns.get(noun.replace("-", " "))
    if per is not None:
        if per in TIME_SPANS and lex.words.not_per_after.match(text, end):
            return None
        return end, per
    return per_phrase(text, end, noun) or modified_per(text, end, lex)


def _lexicon() -> Any:
    from moneyfacts.currencies import lexicon

    return lexicon()


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    return start


def _modifier(word: str, lex: Any) -> bool:
    """Whether ``word`` may modify a per-unit's noun: an English word of four letters or more
    ('academic', 'calendar', 'full-time'), no stop word ('a un año' in Spanish is no per-unit
    of 'un año')."""
    return len(word) >= 4 and word.isascii() and word.replace("-", "").isalpha() and (
        word.lower() not in lex.words.stop)


def hyphen_per(text: str, end: int, lex: Any) -> tuple[int, str] | None:
    """A per-unit hyphenated onto an amount before its noun, at ``end``: 'a $50,000-a-year
    job', 'a $15-an-hour wage', 'a $100-per-barrel price' (a noun of [per] after '-a-',
    '-an-' or '-per-'): (end, unit), or None.

    >>> from moneyfacts.currencies import lexicon
    >>> hyphen_per("a $50,000-a-year job", 9, lexicon())
    (16, 'year')
    >>> hyphen_per("a $5-a-bit more", 4, lexicon()) is None
    True
    """
    m = _HYPHEN_PER.match(text, end)
    if m is None:
        return None
    per = lex.per_nouns.get(m.group(2).lower())
    return None if per is None else (m.end(), per)


def modified_per(text: str, end: int, lex: Any) -> tuple[int, str] | None:
    """The per-unit after 'a'/'an' and a word that names none, ending at ``end``: a noun of
    [per] right after it is the unit, the word its modifier ('£300 a financial year', '$50 a
    working day'): (end, unit), or None. A span of time before a word of [not-per] is none,
    as in :func:`listed_per`. (After 'per', :func:`moneyfacts.after.per_after` reads up to
    two modifiers by its own rule: 'per ordinary share', 'per Class A share'.)

    >>> from moneyfacts.currencies import lexicon
    >>> modified_per("£300 a financial year.", 16, lexicon())
    (21, 'year')
    >>> modified_per("$40 a calendar month later", 14, lexicon()) is None
    True
    >>> modified_per("$9,000 per full-time student", 19, lexicon()) is None
    True
    """
    m = _NEXT_WORD.match(text, end)
    if m is None or not _modifier(text[_word_start(text, end) : end], lex):
        return None
    per = lex.per_nouns.get(m.group(1).lower()) if m.group(1).isascii() else None
    if per is None or (per in TIME_SPANS and lex.words.not_per_after.match(text, m.end())):
        return None
    return m.end(), per


def _stems(rows: list[tuple[str, str]]) -> tuple[str, ...]:
    """The [spelled before] stems, lower case; each must be letters only (the scan finds a
    stem inside a word and walks back over letters to the word's start)."""
    for stem, _ in rows:
        if not stem.isalpha():
            raise ValueError(f"units.txt: [spelled before] {stem!r} is not letters only")
    return tuple(stem.lower() for stem, _ in rows)


def _read_per(text: str, pos: int, t: Table) -> tuple[int, str | None]:
    """A per-unit at ``pos``: '/h', ' per day', ' a year', ' annually'."""
    c = text[pos : pos + 1]
    if c == "/" or c == " " and text[pos + 1 : pos + 3] == "/ ":
        m = _SLASH_WORD.match(text, pos) if c == "/" else _SPACED_SLASH.match(text, pos)
        if m and m.group(1).lower() in t.per:
            return m.end(), t.per[m.group(1).lower()]
        return pos, None
    if c == "-":  # hyphenated on before a noun: 'a 100,000-barrel-per-day refinery', '-a-year'
        m = _HYPHEN_PER.match(text, pos)
        if m and m.group(2).lower() in t.per:
            return m.end(), t.per[m.group(2).lower()]
        return pos, None
    if c == "." and text[pos - 1 : pos].isalpha() and text[pos + 1 : pos + 2] == " ":
        return _per_past_word(text, pos + 1, t) or (pos, None)  # '0.67 oz. gold per ton'
    if c in (")", " ") and (bracket := _per_past_bracket(text, pos, t)) is not None:
        return bracket
    if c != " ":
        return pos, None
    m = _WORD.match(text, pos + 1)
    if not m:
        return pos, None
    word = m.group().lower()
    if word in t.per_adverb:
        return m.end(), t.per_adverb[word]
    if word in _PER_WORDS and text[m.end() : m.end() + 1] == " ":
        n = _WORD.match(text, m.end() + 1)
        if n:
            return _per_noun(text, word, n, t) or (pos, None)
    if word == "of":
        return per_after_of(text, m.end(), t) or (pos, None)
    return _per_past_word(text, pos, t) or (pos, None)


@cache
def _rate_nouns() -> frozenset[str]:
    """[rate-noun]'s nouns of a rate ('yield', 'output'): see :func:`per_before`."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k for k, _ in lexicon_section("rate-noun"))


#: 'per' and the word before it, if any: where a per-unit may be written before its figure.
_PER_BEFORE = re.compile(r"(?:([A-Za-z]+) )?\b([Pp]er) (?=[a-z])")
#: What ends a clause: a figure after it is no longer the rate's ('per hectare. Then 3 tonnes').
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")


def per_before(text: str, parts: list[Any]) -> None:
    """(count23) A per-unit written before its figure: after a noun of a rate of [rate-noun]
    ('Nigeria's yield per hectare is 1.6 t', 'per acre yields rose to 25 bags') or opening a
    sentence ('Per hectare, farmers harvested 3.2 tonnes'), a measure or count after it in
    its clause, with no figure between and no per-unit of its own, is per that unit.

    >>> from moneyfacts.grammar import scan
    >>> [(q.unit, q.per) for q in scan("The yield per hectare is 1.6 tonnes on average.")]
    [('metric_ton', 'hectare')]
    >>> [(q.unit, q.per) for q in scan("Per hectare, farmers harvested 3.2 tonnes.")]
    [('metric_ton', 'hectare')]
    >>> [(q.unit, q.per) for q in scan("The firm, paid per hour, hired 500 workers.")]
    [('worker', None)]
    """
    t = table()
    end = 0
    for part in parts:
        before, end = end, part.end
        if part.kind not in ("measure", "count") or part.per is not None:
            continue
        for m in _PER_BEFORE.finditer(text, before, part.start):
            word = m.group(1)
            opens = m.group(2) == "Per" and (m.start(2) == 0 or text[:m.start(2)].rstrip()[-1:] in ".!?\"\u201c")
            if not (opens or word is not None and word.lower() in _rate_nouns()):
                continue
            stop, per = _read_per(" " + text[m.start(2) : m.start(2) + 40].lower(), 0, t)
            if per is None or per == part.unit or _CLAUSE_END.search(
                    text, m.start(2) + stop - 1, part.start) is not None:
                continue
            part.per = per


def _pers(text: str, end: int, t: Table) -> tuple[int, str | None]:
    """The per-unit after a unit that ends at ``end`` (:func:`_read_per`), and a second of
    time after it (:func:`then_per`)."""
    end, per = _read_per(text, end, t)
    return (end, per) if per is None else then_per(text, end, per, t)


def then_per(text: str, end: int, per: str, t: Table | None = None) -> tuple[int, str]:
    """A per-unit of time right after another per-unit that ends at ``end`` ('3 litres per
    person per day', '$1.50 per jumbo per month', '5 tonnes per hectare a year'; count21: the
    second was dropped): both, as the product of the denominators ('person * day', which
    :mod:`moneyfacts.equivalents` writes 'liter / (person * day)'), with the end of the
    second; else (end, per).

    >>> then_per("3 litres per person per day", 19, "person")
    (27, 'person * day')
    >>> then_per("3 litres per person a year earlier", 19, "person")
    (19, 'person')
    """
    t = t or table()
    if text[end : end + 1] != " " or per in TIME_SPANS or "*" in per:
        return end, per
    after, second = _read_per(text, end, t)
    if second is None or second not in TIME_SPANS:
        return end, per
    return after, f"{per} * {second}"


#: A bracket after a measure holding its equivalent ('250 kilometres (160 miles) per hour'):
#: a figure, at most 40 characters, no bracket inside.
_EQUIVALENT_BRACKET = re.compile(r" \((?=[^()]{0,20}\d)[^()]{1,40}\)")


def _per_past_bracket(text: str, pos: int, t: Table) -> tuple[int, str | None] | None:
    """The per-unit written once after a measure and its bracketed equivalent (count21):
    '250 kilometres (160 miles) per hour' is 250 km and 160 miles an hour, both. At ``pos``
    the bracket opens after the first measure, or closes after the second (an opening
    bracket within 40 characters before it, with a figure); the span read ends at ``pos``
    (the bracket stays the equivalent's): (pos, unit), (pos, None) for a bracket with no
    per-unit after it, or None for no bracket there.

    >>> text = "gusts of 250 kilometres (160 miles) per hour"
    >>> _per_past_bracket(text, 23, table()), _per_past_bracket(text, 34, table())
    ((23, 'hour'), (34, 'hour'))
    >>> _per_past_bracket("a 5 km (3 miles) walk", 6, table())
    (6, None)
    """
    if text[pos] == " ":
        if text[pos + 1 : pos + 2] != "(":
            return None
        b = _EQUIVALENT_BRACKET.match(text, pos)
        last = b.group()[2:-1].split()[-1] if b is not None else ""
        after = b.end() if b is not None and len(last) > 1 and (
            last.lower() in t.names or last in t.symbols or last.lower() in _lexicon().words.weight_names
        ) else None  # not '(126 m)': no unit; '(22,613 pounds)' a weight's (count22)
    else:
        opened = text.rfind("(", max(0, pos - 40), pos)
        inner = text[opened + 1 : pos] if opened >= 0 else ""
        after = pos + 1 if opened > 0 and text[opened - 1] == " " and ")" not in inner and any(
            ch.isdigit() for ch in inner) else None
    if after is None or text[after : after + 1] != " " or text[after + 1 : after + 2] == "(":
        return pos, None
    return pos, _read_per(text, after, t)[1]


#: One word of what a measure is of, in lower case or a short acronym, right before 'per' or
#: a slash ('grams gold per tonne', 't DM/ha'; count19).
_PAST_WORD = re.compile(r" ([a-z]{2,}|[A-Z]{2,4})(?=/|[ ]per )")


def _per_past_word(text: str, pos: int, t: Table) -> tuple[int, str] | None:
    """Matcher: the per-unit after one word naming what the measure is of, at ``pos``: 'per'
    or a slash and a per-unit of the table ('16.17 grams gold per tonne', '302 grams silver
    per tonne', '12 t DM/ha'; count19): (end, unit), or None. No stop word, adverb or unit
    stands between ('5 tonnes more per day' is read from 'more' as any word; 'tonnes of it').

    >>> _per_past_word("cut 16.17 grams gold per tonne", 15, table())
    (30, 'metric_ton')
    >>> _per_past_word("cut 16 grams the per tonne", 12, table()) is None
    True
    """
    w = _PAST_WORD.match(text, pos)
    if w is None:
        return None
    word = w.group(1).lower()
    if word in _lexicon().words.stop or word in t.per_adverb or word in t.per or (
            word in _PER_WORDS or word in t.names):
        return None
    end, per = _read_per(text, w.end(), t)
    return None if per is None else (end, per)


#: A word of what a measure is of, before its per-unit: a word, or an acronym in brackets.
_OF_WORD = re.compile(r" (\([A-Z][A-Za-z]{1,5}\)|[^\W\d_]+(?:-[^\W\d_]+)*)")
_OF_WORDS = 4


def per_after_of(text: str, at: int, t: Table) -> tuple[int, str] | None:
    """The per-unit after what a measure is of, 'of' ending at ``at``: one to four words, none
    a stop word, then 'per', 'a' ... and its noun ('175,000 tonnes of ore per day', '60,000
    tonnes of lithium carbonate equivalent (LCE) per year', '5,000 barrels of oil a day';
    count17), or a per adverb ('2 million tonnes of crude oil annually'; gnews17): (end,
    unit), or None ('tonnes of ore in a day', 'of the metal a year').

    >>> t = "milled 175,000 tonnes of ore per day"
    >>> per_after_of(t, 24, table())
    (36, 'day')
    >>> per_after_of("5 tonnes of it in a day", 11, table()) is None
    True
    """
    stop = _lexicon().words.stop
    for k in range(_OF_WORDS + 1):
        w = _OF_WORD.match(text, at)
        if w is None:
            return None
        word = w.group(1).lower()
        if k and word in t.per_adverb:  # 'barrels of crude oil daily' (gnews17)
            return w.end(), t.per_adverb[word]
        if word in _PER_WORDS and k and text[w.end() : w.end() + 1] == " ":
            n = _WORD.match(text, w.end() + 1)
            found = _per_noun(text, word, n, t) if n else None
            if found is None or found[1] is None:
                return None
            return found[0], found[1]
        if word in stop or k == _OF_WORDS:
            return None
        at = w.end()
    return None  # pragma: no cover - the loop returns


def _per_noun(text: str, word: str, n: re.Match[str], t: Table) -> tuple[int, str | None] | None:
    """The per-unit the noun ``n`` after ``word`` ('per', 'a') names: (end, unit), (start of
    the word, None) for none there, or None to read nothing."""
    noun = n.group().lower()
    if (named := _per_name(text, noun, n.end(), t)) is not None:
        return named
    if len(noun) > 2 and noun in t.per:
        if word != "per" and t.per[noun] in TIME_SPANS and _not_per_after(text, n.end()):
            return None  # '1.1 million tonnes a year earlier': no per-unit
        return n.end(), t.per[noun]
    if word == "per" and _foreign_time(noun) is not None:  # '250.000 ton per tahun' (id)
        return n.end(), _foreign_time(noun)
    if noun.endswith("s") and noun[:-1] in t.per and word == "per":
        return None  # 'per days' is no per-unit
    if noun not in t.per and _modifier(n.group(), _lexicon()):  # 'barrels per calendar day'
        k = _NEXT_WORD.match(text, n.end())
        span = t.per.get(k.group(1).lower()) if k and k.group(1).isascii() and len(
            k.group(1)) > 2 else None  # count21: not 'a' ('per person a day' is no year)
        if k and span in TIME_SPANS and not _not_per_after(text, k.end()):
            return k.end(), span
    if word == "per" and _counted_per(n.group()) and (
            noun in t.names or _listed_noun(noun) or _english_noun(noun)):
        entry = t.names.get(noun)  # a unit's name as pint spells it ('per gramme': gram)
        unit = entry.unit if entry is not None and entry.per is None and entry.power is None else noun
        return n.end(), unit  # count19: '3.3 tonnes per cow', '37.8 microgrammes per gramme'
    return None


def _per_name(text: str, noun: str, end: int, t: Table) -> tuple[int, str] | None:
    """A per-unit of two words the table names, ``noun`` the first, ending at ``end``: 'per
    metric ton', 'per short ton', 'per square metre' (count21: the first word alone was read,
    'metric', 'short', 'square'), as (end, unit), or None.

    >>> text = "0.15 ounces per short ton"
    >>> _per_name(text, "short", 21, table()), _per_name("5 kg per metric tonne", "metric", 15, table())
    ((25, 'short_ton'), (21, 'metric_ton'))
    """
    k = _NEXT_WORD.match(text, end) if noun in t.prefixes else None
    if k is None:
        return None
    entry = t.names.get(noun + "_" + k.group(1).lower())
    if entry is None or entry.per is not None or entry.power is not None or entry.assumed:
        return None  # 'per bcm' (a magnitude), 'per ton' (a choice): not read so
    return k.end(), entry.unit


def _counted_per(word: str) -> bool:
    """Is ``word`` after 'per' a thing counted that a measure is shared by ('3.3 tonnes per
    cow', '2 litres per person', '40 km per charge'): a singular English noun in lower case,
    no stop word and no percent's ('per cent'; count19)? Money takes any noun there already.

    >>> _counted_per("cow"), _counted_per("cows"), _counted_per("cent"), _counted_per("the")
    (True, False, False, False)
    """
    if not (word.isascii() and word.isalpha() and word.islower() and len(word) > 2) or (
            word.endswith("s")):
        return False
    return word not in _lexicon().words.stop and word not in _percent_words()


def _listed_noun(word: str) -> bool:
    """Is ``word`` a noun of lexicon.txt [per] or [count] ('person', 'household', 'head',
    'vehicle'), a thing English copy prices or counts? Not any word: after 'per' another
    language's unit names come too ('2 kilometer per time', nb: an hour), read by the
    locale's own names."""
    lex = _lexicon()
    return word in lex.per_nouns or word in lex.count_nouns


def _english_noun(word: str) -> bool:
    """Is ``word`` an English word of web2 (english-words) that is no noun of [notcount]
    ('time', 'cent'): a thing a measure is shared by that the lexicon does not list ('3.3
    tonne per cow', '2 kg per animal'; count20)? Another language's unit names after 'per'
    are its own ('per tahun'), or [notcount]'s ('2 kilometer per time', nb: an hour).

    >>> _english_noun("cow"), _english_noun("time"), _english_noun("tahun")
    (True, False, False)
    """
    from moneyfacts.counts import _web2

    return word in _web2() and word not in _lexicon().not_count


@cache
def _percent_words() -> frozenset[str]:
    """The words after 'per' in lexicon.txt [percent] spellings ('per cent', 'per centum')."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.split()[1].lower() for k, _ in lexicon_section("percent")
                     if len(k.split()) == 2 and k.split()[0].lower() == "per")


def _foreign_time(noun: str) -> str | None:
    """The span of time another language's [per] noun names ('tahun' -> 'year'), read after
    the English 'per' as Indonesian and Malay copy write it; None for any other word."""
    from moneyfacts.after import _foreign_pers
    from moneyfacts.currencies import lexicon

    if noun not in _foreign_pers():
        return None
    per = lexicon().per_nouns.get(noun)
    return per if per in ("day", "week", "month", "year", "hour") else None


def match_measure(text: str, pos: int, after_m: bool = False,
                  number: Decimal | None = None, *, digits: bool = False) -> MeasureMatch | None:
    """The unit written at ``pos`` (glued: '3nm', or after one space or hyphen: '2 GW',
    'a 100-megawatt farm'), or None.

    ``after_m``: the number ends in a glued 'm' read as million; a word of the length
    context after it makes that 'm' a metre ('a 5m-high wall'). ``number``: the number
    before, when it has no magnitude word: only 1 may have a singular time unit after a
    space ('1 day'; '2024 second-quarter' is no measure). ``digits``: read that number from
    the digits before ``pos`` instead, when it is needed.

    >>> match_measure("a 5m-high wall", 4, after_m=True)
    MeasureMatch(end=4, unit='meter', per=None, power=None, assumed=None, unscale=True)
    >>> match_measure("5m people", 2, after_m=True) is None
    True
    >>> match_measure("5m tonnes", 2, after_m=True).unit
    'metric_ton'
    >>> match_measure("2024 second-quarter", 4, number=Decimal(2024)) is None
    True
    >>> match_measure("a 75-day delay", 4).unit, match_measure("1 day", 1, number=Decimal(1)).unit
    ('day', 'day')
    """
    t = table()
    c = text[pos : pos + 1]
    if after_m or c in _MARK_STARTS or c == " " and text[pos + 1 : pos + 2] in _SPACED_SIGNS:
        special = _not_a_word(text, pos, c, after_m, t)
        if special is not None:
            return special
    m = _unit_word(text, pos, c)
    if m is None:
        return None
    glued = c not in _JOIN
    if after_m and not glued:
        tall = _tall(text, pos, m, t)
        if tall is not None:
            return tall
    # The first test: most words after a number are no unit (two set lookups).
    if m.group().lower() not in t.first_names and m.group() not in t.first_symbols:
        return _unlisted(text, pos, m, glued, after_m, t)
    return _listed(text, pos, m, t, number, digits)


def _tall(text: str, pos: int, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """A word of [length context] after a spaced glued 'm' ('5m tall', 'a 120m long pier'):
    the 'm' is a metre; not before a hyphen ('5m long-term loans') nor where the word starts a
    unit's name ('5m long tons'; count17: 'long' was passed over for 'long ton')."""
    low = m.group().lower()
    if low not in t.length_context or text[m.end() : m.end() + 1] == "-" or (
            low in t.first_names and _name_at(text, m, t)):
        return None
    return MeasureMatch(pos, "meter", unscale=True)


def _unlisted(text: str, pos: int, m: re.Match[str], glued: bool, after_m: bool, t: Table
              ) -> MeasureMatch | None:
    """A word that starts no unit name or symbol of the table: a spaced symbol with its power
    ('40 m3'), a capital K for kilo ('Kg'), a unit after a modifier ('16 straight days'), a
    lower-case scale in a temperature sentence ('10c'; all count17), or :func:`_other_word`'s
    readings."""
    word = m.group()
    after = text[m.end() : m.end() + 1]
    if after in _POWER_MARKS and word + after in t.symbols:
        return _with_power(text, m, t)  # '40 m3', '12 m2' spaced
    if word[0] == "K" and len(word) > 1:
        return _kilo(text, m, t)
    found = _other_word(text, pos, m, glued, after_m, t)
    if found is not None or word == "m":
        return found
    if not glued:
        return _modified(text, pos, m, t)
    return _lower_scale(text, m, t) if word in _LOWER_SCALES else None


def _listed(text: str, pos: int, m: re.Match[str], t: Table, number: Decimal | None,
            digits: bool) -> MeasureMatch | None:
    """A word that starts a unit name or symbol of the table: the unit read from it, or None."""
    c = text[pos : pos + 1]
    word = m.group()
    low = word.lower()
    after = text[m.end() : m.end() + 1]
    if after.isdigit() or after in _POWER_MARKS:
        return _with_power(text, m, t)  # '190 km2', '5 m²'; not 'GW2'
    best = _dry(text, word, _symbol_at(text, m, c not in _JOIN, t), t)
    if best is not None and c == "-" and len(word) == 2 and word.isupper() and _identifier(
            text, pos, word):
        return None  # '2330-TW': a ticker (FactSet's number-territory form), no terawatts
    if best is None and word == "t":
        best = _tonne(text, m, t)  # count17: '480 000 t/y', '883 t of copper' in ore copy
    if best is None and low in t.first_names:
        best = _name_at(text, m, t, singular=low not in t.plural_only or c != " " or (
            _number_before(text, pos) if digits else number) == 1 or _adjectival(text, pos, m))
    if best is not None and best[0] == m.end() and low in _SCALE_NAMES and _name_follows(text, best[0]):
        return None  # count18: '1.7 million Celsius users', 'Fahrenheit Street': a name
    if best is None and c == " " and word in _SPACED_SCALES:
        return _lower_scale(text, m, t)  # count18: 'A temperature of 40.2 C was recorded'
    if best is None and low in t.angles:  # 'degrees': not 'degrees Celsius'
        return _angle(text, pos, m, t)
    if best is None and len(word) == 1 and after == ".":
        return _dotted(text, m, t)  # 'b.p.d.': 'b' starts the symbol 'b/d' too
    return None if best is None else _measure(text, best, t)


def _scale_names() -> frozenset[str]:
    """[scale-name] (lexicon.txt): the temperature scales read by their name alone.

    >>> sorted(_scale_names())
    ['celsius', 'fahrenheit']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["scale-name"])


#: The temperature scales read by their name alone ('40 Celsius', count18).
_SCALE_NAMES = _scale_names()


def _name_follows(text: str, end: int) -> bool:
    """Is the word right after a scale's name ending at ``end`` a capitalised word or a plural
    in lower case (no stop word), so that the name is a name's ('1.7 million Celsius users',
    'Celsius Network', '25 Fahrenheit Street'), no temperature's (count18)?

    >>> _name_follows("40 Celsius users", 10), _name_follows("40 Celsius on Monday", 10)
    (True, False)
    """
    nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if nxt is None:
        return False
    word = nxt.group()
    if word[:1].isupper():
        return True
    return word.endswith("s") and len(word) > 3 and word not in _lexicon().words.stop


#: The digits of an identifier before a hyphen: four or more, ungrouped, no decimals.
_IDENTIFIER_DIGITS = re.compile(r"(?:^|[^\d.,])(\d{4,})$")
#: An article ([article]) right before a figure.
_ARTICLE_BEFORE = re.compile(rf"(?:^|\W)(?:{_alternatives('article')})[ \u00a0]$", re.IGNORECASE)


def _adjectival(text: str, pos: int, m: re.Match[str]) -> bool:
    """Is the singular unit ``m`` after the number ending at ``pos`` an adjective with its
    hyphen left out, after an article and before a noun ('a 26 year life of mine', 'the 10 day
    window'; count16)? A year is no such number ('a 2024 second-quarter loss').

    >>> t = "a 26 year life of mine"
    >>> _adjectival(t, 4, _WORD.match(t, 5)), _adjectival("in 26 year", 5, _WORD.match("in 26 year", 6))
    (True, False)
    """
    i = pos
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    written = text[i:pos]
    if not written or len(written) == 4 and "1900" <= written <= "2099" or (
            _ARTICLE_BEFORE.search(text, max(0, i - 5), i) is None):
        return False
    nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return nxt is not None and nxt.group().islower() and nxt.group() not in _lexicon().words.stop


@cache
def _territory_codes() -> frozenset[str]:
    """CLDR's two-letter territory codes ('TW', 'GB', 'MW')."""
    from babel import Locale

    return frozenset(k for k in map(str, Locale("en").territories) if len(k) == 2 and k.isalpha())


def _identifier(text: str, pos: int, code: str) -> bool:
    """Is the hyphen at ``pos`` inside an identifier rather than a compound adjective: four
    digits or more, ungrouped ('2330', '0700'), then a territory code in upper case ('2330-TW',
    a ticker as FactSet writes them; 'TW', 'GW', 'MW', 'GB' are unit symbols too)? Not after
    an article, which makes it a compound adjective ('a 1000-MW plant', 'the 2400-MW dam').

    >>> _identifier("TSMC (2330-TW) rose", 10, "TW"), _identifier("a 1000-MW plant", 6, "MW")
    (True, False)
    """
    digits = _IDENTIFIER_DIGITS.search(text, max(0, pos - 16), pos)
    if digits is None or code not in _territory_codes():
        return False
    return _ARTICLE_BEFORE.search(text, max(0, digits.start(1) - 4), digits.start(1)) is None


_POWER_MARKS = frozenset("23²³")
_POWER_OF = {"2": 2, "²": 2, "3": 3, "³": 3}


_SPACED_SIGNS = frozenset("\"(<[{")


def _not_a_word(text: str, pos: int, c: str, after_m: bool, t: Table) -> MeasureMatch | None:
    """What is read at ``pos`` that is not a unit word: an inch or foot mark ('5"'), a power
    after a glued 'm' ('24703m2'), that 'm' beside another length ('3m and 5cm'), a symbol in
    brackets ('20 (kg)'); None when none is (the caller reads a word then)."""
    if c in _MARK_STARTS or c == " " and text[pos + 1 : pos + 2] in _MARK_STARTS:
        return _mark(text, pos, t)
    if after_m:
        metre = _glued_metre(text, pos, c, t)
        if metre is not None:
            return metre
    if c == " " and text[pos + 1 : pos + 2] in _BRACKETS:
        return _bracketed(text, pos + 1, t)
    return None


def _glued_metre(text: str, pos: int, c: str, t: Table) -> MeasureMatch | None:
    """The glued 'm' before ``pos`` read as a metre, not a million: before a slash of a symbol
    ('8m/s'; count17) or a power ('24703m2', '231m3/min' with its per-unit), beside another
    length ('3m and 5cm'), alone in brackets after a length ('413 feet (126m)'), or a height
    ('snow above 800m'); None for none of these."""
    if c == "/" and (s := _SLASH_WORD.match(text, pos)) and "m" + s.group() in t.symbols:
        entry = t.symbols["m" + s.group()]  # '8m/s': metres a second, no million
        return MeasureMatch(s.end(), entry.unit, entry.per, unscale=True)
    if c in _POWER_MARKS and _word_power(text, pos):
        end, per = _read_per(text, pos + 1, t)  # '231m3/min' (count17)
        return MeasureMatch(end, f"meter ** {_POWER_OF[c]}", per, unscale=True)  # '24703m2'
    if _beside_length(text, pos, t):
        return MeasureMatch(pos, "meter", unscale=True)  # '3m and 5cm': metres, not millions
    if c == ")" and _length_in_brackets(text, pos, t):
        return MeasureMatch(pos, "meter", unscale=True)  # '413 feet (126m)': metres (count15)
    if _metres_in_brackets(text, pos, t) or _metre_defined(text, pos):
        return MeasureMatch(pos, "meter", unscale=True)  # '88.5ft (12m to 27m)' (count19)
    if _height(text, pos, t):
        return MeasureMatch(pos, "meter", unscale=True)  # 'snow above 800m': metres (count16)
    return None


def _bracket_words(*values: str) -> str:
    """The words of [metres-bracket] (lexicon.txt) valued one of ``values``, in its order, as
    alternatives; each followed by a space but those valued 'join'.

    >>> _bracket_words("join")
    'to'
    """
    from moneyfacts.currencies import lexicon_sections

    return "|".join(re.escape(k) + ("" if v == "join" else " ")
                    for k, v, _ in lexicon_sections()["metres-bracket"] if v in values)


#: A word and a bracket opening on one figure and a glued 'm' ('feet (about 126m').
_BRACKET_BEFORE = re.compile(rf"([^\W\d_]+)\.? \((?:{_bracket_words('about')})?[\d.,]+m$")


def _length_in_brackets(text: str, pos: int, t: Table) -> bool:
    """Is the number and glued 'm' ending at ``pos`` alone in brackets right after a length
    in another unit ('413 feet (126m)', '3,000 ft (914m)'): the same length in metres?

    >>> _length_in_brackets("rotors of 413 feet (126m) across", 24, table())
    True
    >>> _length_in_brackets("sales of 413 tonnes (126m) a year", 25, table())
    False
    """
    m = _BRACKET_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    word = m.group(1)
    entry = t.symbols.get(word) or t.names.get(word.lower())
    return entry is not None and entry.unit in t.lengths and entry.per is None


#: A bracket of metres, alone or a range, that ends at an 'm' ('(126m', '(10 m', '(12m to 27m',
#: '(12-27 m'), after the word before the bracket.
_METRES_OPEN = re.compile(
    rf"(\S+) \((?:{_bracket_words('about', 'range')})?(?:[\d.,]+ ?m? ?(?:{_bracket_words('join')}|-|–) ?)?"
    r"[\d.,]+ ?m$")
#: What may follow an 'm' in such a bracket: its close, or a range's other end and the close.
_METRES_CLOSE = re.compile(rf"\)| ?(?:{_bracket_words('join')}|-|–) ?[\d.,]+ ?m\)")


def _metres_in_brackets(text: str, pos: int, t: Table) -> bool:
    """Is the 'm' ending at ``pos`` inside a bracket of metres alone, glued or spaced, one or a
    range, right after a length in another unit: a number and its unit ('39.4ft to 88.5ft
    (12m to 27m)'), a unit's name ('33 feet (10 m)') or a compound adjective of one ('a
    33-foot-wide (10 m) asteroid')? The writer's conversion of that length (count19).

    >>> t = table()
    >>> _metres_in_brackets("between 39.4ft to 88.5ft (12m to 27m) across", 29, t)
    True
    >>> _metres_in_brackets("a 33-foot-wide (10 m) asteroid", 20, t)
    True
    >>> _metres_in_brackets("sales of 413 tonnes (126 m) a year", 26, t)
    False
    """
    if "(" not in text[max(0, pos - 40) : pos]:
        return False  # (most: no bracket opens before the number)
    m = _METRES_OPEN.search(text, max(0, pos - 48), pos)
    if m is None or not _METRES_CLOSE.match(text, pos):
        return False
    for piece in m.group(1).rstrip(".,;:").split("-"):
        unit = piece.lstrip("0123456789.,")
        entry = t.symbols.get(unit) or t.names.get(unit.lower())
        if entry is not None and entry.unit in t.lengths and entry.per is None:
            return True
    return False


#: A text's own definition of the symbol 'm' after the metre's name ('90.05 metres (m) AOD').
_METRE_DEFINED = re.compile(rf"\b(?:{_alternatives('metre-name')}) \(m\)")
#: A word in lower case after an 'm' (a noun it may count: '5m people').
_LOWER_AFTER = re.compile(r" [a-z]")


def _metre_defined(text: str, pos: int) -> bool:
    """Does the text define 'm' as the metre ('... 90.05 metres (m) AOD'), before the 'm'
    ending at ``pos``, and no word in lower case follow that 'm' (no noun it counts: '5m
    people')? A symbol the writer defined is read as defined (count19).

    >>> t = "a tower of 90.05 metres (m) AOD and one of 102.3 m AOD"
    >>> _metre_defined(t, len(t) - 4), _metre_defined("the 102.3 m AOD", 11)
    (True, False)
    """
    if "(m)" not in text:
        return False  # (most texts define no symbol)
    d = _METRE_DEFINED.search(text, 0, pos)
    return d is not None and d.end() < pos and not _LOWER_AFTER.match(text, pos)


def _other_word(text: str, pos: int, m: re.Match[str], glued: bool, after_m: bool, t: Table
                ) -> MeasureMatch | None:
    """A word that starts no unit name or symbol, read all the same: a symbol written with
    points ('1 k.g.'), an angle beside a word of rotation ('rotate 3 turns'), a bare spaced 'm'
    before a slash ('25 m/s'), beside another length ('12 m 2 dm') or after a size's first side
    ('1 m x 1 m')."""
    word = m.group()
    low = word.lower()
    if len(word) == 1 and text[m.end() : m.end() + 1] == ".":
        return _dotted(text, m, t)
    if low in t.angles:
        return _angle(text, pos, m, t)
    if word == "m" and not after_m and text[m.end() : m.end() + 1] == "/":
        slashed = _symbol_at(text, m, glued, t)  # count17: '25 m/s'
        return None if slashed is None else _measure(text, slashed, t)
    if word == "m" and not glued and (_beside_length(text, m.end(), t) or _size_before(
            text, pos)):
        return MeasureMatch(m.end(), "meter")  # '12 m 2 dm', '1 m x 20 cm', '1 m x 1 m'
    if word == "m" and not glued and not after_m and (_metres_in_brackets(text, m.end(), t) or (
            _metre_defined(text, m.end()))):
        return MeasureMatch(m.end(), "meter")  # '33-foot-wide (10 m)', '102.3 m AOD' (count19)
    return None


def _kilo(text: str, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """A symbol written with a capital 'K' for its prefix kilo ('4332 Kg/ha', '500 KG', '12
    Km'; count17): SI has no prefix 'K', so the symbol is read as its 'k' form or its lower
    case, where that is a symbol with no magnitude of its own nor a choice to note ('Kt' stays
    unread: 'kt' is kilotonnes or knots).

    >>> _kilo("4332 Kg/ha", _WORD.match("4332 Kg/ha", 5), table())[1:3]
    ('kilogram', 'hectare')
    >>> _kilo("5 Kt", _WORD.match("5 Kt", 2), table()) is None
    True
    """
    word = m.group()
    entry = next((t.symbols[w] for w in ("k" + word[1:], word.lower()) if w in t.symbols), None)
    if entry is None or entry.power is not None or entry.assumed is not None:
        return None
    return _measure(text, (m.end(), entry), t)


_LOWER_SCALES = {"c": "degree_Celsius", "f": "degree_Fahrenheit"}
#: A capital scale letter after a space ('40.2 C'), read as :func:`_lower_scale` reads a glued
#: lower-case one: in a temperature's sentence with no money (count18; '5 C' alone is no
#: quantity, and 'C' is pint's coulomb).
_SPACED_SCALES = frozenset(["C", "F"])


@cache
def _money_words() -> re.Pattern[str]:
    """lexicon.txt's English [money-word]s, whole words: a sentence holding one speaks of
    money ('prices', 'cost')."""
    from moneyfacts.currencies import lexicon_section

    words = sorted((k for k, _ in lexicon_section("money-word")), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, words)), re.IGNORECASE)


@cache
def _money_signs() -> tuple[re.Pattern[str], frozenset[str]]:
    """A pattern of a currency sign of [money-sign] (lexicon.txt) or three capitals, and
    those signs: the capitals are money when they are a currency code of CLDR's list
    (count18: 'GMT', 'NHS' and 'USA' are none: 'A temperature of 40.2 C ... before noon GMT').

    >>> pattern, signs = _money_signs()
    >>> [m.group() for m in pattern.finditer("up 10c to $2 (EUR 1.80) at noon GMT")], "$" in signs
    (['$', 'EUR', 'GMT'], True)
    """
    from moneyfacts.currencies import lexicon_section

    signs = sorted((k for k, _ in lexicon_section("money-sign")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, signs)) + r"|\b[A-Z]{3}\b"), frozenset(signs)


def _lower_scale(text: str, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """A lower-case 'c' or 'f' glued to a number ``m``, read as degrees Celsius or
    Fahrenheit where a word of [temperature context] is in its sentence and no currency sign,
    code or word of [money-word] ('Temperatures will reach up to 10c'; count17), 'assumed'
    naming the word; None elsewhere ('a 10c rise in petrol', 'fares went up 10c to $2', 'prices
    rose 10c as temperatures soared').

    >>> t = "Temperatures will reach 10c tonight."
    >>> _lower_scale(t, _WORD.match(t, t.index("c ")), table()).assumed
    "'c' read as degrees Celsius: 'temperatures' in its sentence"
    >>> t = "Temperatures rose and fares went up 10c to $2."
    >>> _lower_scale(t, _WORD.match(t, t.index("c ")), table()) is None
    True
    """
    start = max((s.end() for s in _SENTENCE_END.finditer(text, max(0, m.start() - 300),
                                                            m.start())), default=0)
    end = _SENTENCE_END.search(text, m.end())
    sentence = text[start : end.start() if end else len(text)]
    pattern, signs = _money_signs()
    if any(m.group() in signs or m.group() in _lexicon().all_codes
           for m in pattern.finditer(sentence)) or _money_words().search(sentence):
        return None  # '10c' is ten cents there
    said = next((w for w in (w.strip(",;:()'\"").lower() for w in sentence.split())
                 if w in t.temperature), None)
    if said is None or text[m.end() : m.end() + 1].isalnum():
        return None
    scale = m.group().lower()
    return MeasureMatch(m.end(), _LOWER_SCALES[scale],
                        assumed=f"{m.group()!r} read as degrees "
                                f"{'Celsius' if scale == 'c' else 'Fahrenheit'}: {said!r} "
                                "in its sentence")


@cache
def _unit_modifiers() -> frozenset[str]:
    """[unit-modifier]'s words (lexicon.txt), lower case."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for k, _ in lexicon_section("unit-modifier"))


def _modified(text: str, pos: int, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """A unit's name in the plural after one word ``m`` of [unit-modifier] ('16 straight days',
    '1,902 development metres', '2.1 million dry metric tonnes', '5 more hours'; count17): the
    measure, its text the modifier too. Any other word leaves the unit word a counted noun of
    its own kind ('60,000 bonus miles', moneyfacts.after), and a modifier that with the unit
    names another of pint's units names no measure read here (:func:`_qualifier_rows`); a year
    is no such number ('in 2030 more days').

    >>> t = "a run of 16 straight days"
    >>> _modified(t, 11, _WORD.match(t, 12), table())[:2]
    (25, 'day')
    >>> t = "earn 60,000 bonus miles"
    >>> _modified(t, 11, _WORD.match(t, 12), table()) is None
    True
    """
    word = m.group()
    if word not in _unit_modifiers() or text[m.end() : m.end() + 1] != " ":
        return None
    n = _WORD.match(text, m.end() + 1)
    if n is None or not n.group().islower() or n.group() not in t.first_names:
        return None
    best = _name_at(text, n, t)
    if best is None or not text[n.start() : best[0]].endswith(("s", "feet")) or (
            word, best[1].unit) in t.qualifiers:
        return None
    i = pos
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    if pos - i == 4 and "1900" <= text[i:pos] <= "2099" and text[i - 1 : i] not in (",", "."):
        return None  # 'in 2030 many days': a year
    return _measure(text, best, t)


def _dotted(text: str, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """A symbol written with points from the one letter ``m`` ('1 k.g.'), or a name of
    initials so ('12 m.p.h.', '5,000 b.p.d.'); None for any other ('5 a.m.')."""
    dotted = _DOTTED.match(text, m.start())
    if dotted is None:
        return None
    bare = dotted.group().replace(".", "")
    entry = t.symbols.get(bare) or (t.names.get(bare.lower()) if bare.isalpha() else None)
    return None if entry is None else _measure(text, (dotted.end(), entry), t)


def _with_power(text: str, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """A symbol with a power after it ('190 km2', '5 m²'); None for other digits ('GW2')."""
    after = text[m.end() : m.end() + 1]
    entry = t.symbols.get(m.group() + after)
    if entry is None or not _word_power(text, m.end()):
        return None
    return _measure(text, (m.end() + 1, entry), t)


def _angle(text: str, pos: int, m: re.Match[str], t: Table) -> MeasureMatch | None:
    """An angle unit word, read only beside a word of rotation ([angle context])."""
    if not _turning(text, pos, m.end(), t):
        return None
    return _measure(text, (m.end(), _Entry(t.angles[m.group().lower()], None, None, None)), t)


def _word_power(text: str, pos: int) -> bool:
    """Is the power mark at ``pos`` the end of a unit ('m2', not 'm24' nor 'm2b')?"""
    return not text[pos + 1 : pos + 2].isalnum()


#: A symbol written with points: 'k.g.', 'k.gs' (read as 'kg', 'kgs').
_DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_]+)+\.?")
#: Where a number and a unit of length may follow a length ('3m and 5cm', '12 m 2 dm', '1 m x
#: 20 cm'): the gap words of a compound or a dimension ([dimension-join]), then the number.
_LENGTH_GAP = re.compile(rf"\s*,?\s*(?:(?:{_alternatives('dimension-join')})\s*)?(\d[\d.,]*)\s?")
_SIDES = re.compile(rf"\s*(?:{_alternatives('dimension-join', 'side')})\s*\d")
_MARK_STARTS = frozenset("\"'″′")


def _beside_length(text: str, pos: int, t: Table) -> bool:
    """Does a number with a unit of length ([lengths]) come right after ``pos``, joined as
    the parts of one length or the sides of a size are ('3m and 5cm', '1 m x 20 cm')? Then a
    bare 'm' before it is a metre."""
    g = _LENGTH_GAP.match(text, pos)
    if g is None or not g.group(0).strip(" ,") or g.end(1) - g.start(1) > 12:
        return False
    w = _WORD.match(text, g.end())
    if w is None:
        return False
    if w.group() == "m" and _SIDES.match(g.group()):
        return True  # '1 m x 1 m': the sides of a size
    entry = t.symbols.get(w.group()) or t.names.get(w.group().lower())
    return entry is not None and entry.unit in t.lengths and entry.per is None


def _turning(text: str, pos: int, end: int, t: Table) -> bool:
    """Is a word or phrase of rotation ([angle context]) within the three words before the
    number that ends at ``pos``, or right after the unit word ending at ``end``?"""
    head = " ".join(text[max(0, pos - 48) : pos].lower().split()[-4:-1])
    if any(f" {c} " in f" {head} " for c in t.angle_context):
        return True
    nxt = _WORD.match(text, end + 1) if text[end : end + 1] in _JOIN else None
    return nxt is not None and nxt.group().lower() in t.angle_context


#: A size's first side before a number: '1 m x ', '5m × '.
_SIZE_BEFORE = re.compile(rf"\d\s?m\s*(?:{_alternatives('dimension-join', 'side')})\s*[\d.,]*$")


def _size_before(text: str, pos: int) -> bool:
    """Is the number ending at ``pos`` the second side of a size in metres ('1 m x 1 m')?"""
    return _SIZE_BEFORE.search(text, max(0, pos - 24), pos) is not None


def _mark(text: str, pos: int, t: Table) -> MeasureMatch | None:
    """An inch or foot mark after a number: '5"', "5''", '5″' (inches), '5′', '5′10″' (feet),
    or None. A straight double quote is an inch only where it closes no quotation
    (the straight double quotes before it are even in number), and spaced only before a word
    of the length context ('10 " long'); a straight single quote is a foot only before the
    inches of the same length ("5' 10\"") or after a larger unit ("2 yd 7'")."""
    spaced = text[pos] == " "
    at = pos + 1 if spaced else pos
    for mark, unit in t.marks:
        if not text.startswith(mark, at):
            continue
        end = at + len(mark)
        nxt = text[end : end + 1]
        if nxt.isalpha() or nxt.isdigit() and not (
                unit == "foot" and _INCHES_AFTER.match(text, end)) or mark != '"' and spaced:
            return None
        if mark in ('"', "''") and text.count('"', 0, at) % 2:
            return None  # the close of a quotation: 'the "Top 5"'
        if spaced:
            w = _WORD.match(text, end + 1)
            if w is None or w.group().lower() not in t.length_context:
                return None
        if mark in t.mark_after and not (_INCHES_AFTER.match(text, end) or _word_before_number(
                text, pos) in t.mark_after[mark]):
            return None
        return MeasureMatch(end, unit)
    return None


_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _bracketed(text: str, at: int, t: Table) -> MeasureMatch | None:
    """A unit symbol in brackets after a number, as tables write it: '20 (kg)', '20 [kg]'."""
    w = _WORD.match(text, at + 1)
    if w is None or text[w.end() : w.end() + 1] != _BRACKETS[text[at]]:
        return None
    entry = t.symbols.get(w.group())
    if entry is None or entry.assumed is not None:
        return None
    return MeasureMatch(w.end() + 1, entry.unit, entry.per, entry.power)


_INCHES_AFTER = re.compile(r" ?\d+(?:\.\d+)?(?:\"|''|″)")
#: A range's other end with the same symbol: ' and about 7.0 l', ' to 7 in' ([unit-range-join]).
_AND_NUMBER = re.compile(rf"\s+(?:{_alternatives('unit-range-join')})\s+(?:[^\W\d_]+\s+)?\d[\d.,]*\s?"
                         r"([^\W\d_]+)")


def _dry(text: str, word: str, best: tuple[int, _Entry] | None, t: Table) -> tuple[int, _Entry] | None:
    """``best``, the symbol found, unless it is one of [water symbol] in a text not about
    water (count22: '29 TMC MLAs' is a party's; '30 TMC' of a dam is water)."""
    if best is not None and word in t.water_only and not _about_water(text, t):
        return None
    return best


def _about_water(text: str, t: Table) -> bool:
    """Is ``text`` about water: a word of [water context] in it ('reservoir', 'cusecs')?

    >>> _about_water("The dam holds 30 TMC.", table()), _about_water("29 TMC MLAs won.", table())
    (True, False)
    """
    return any(w.lower() in t.water for w in _WORD_RUN.findall(text))


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _unit_word(text: str, pos: int, c: str) -> re.Match[str] | None:
    """The word at ``pos``: after one space or hyphen ('2 GW'), or glued ('3nm', '45°C')."""
    if c in _JOIN:
        return _WORD.match(text, pos + 1)
    if c.isalpha() or c == "°":
        return _WORD.match(text, pos)
    return None


def _measure(text: str, best: tuple[int, _Entry], t: Table) -> MeasureMatch | None:
    """The match of a unit found, with the per-unit after it; None when letters or digits
    follow it at once ('GWh2')."""
    end, entry = best
    if text[end : end + 1].isalnum():
        return None
    if text[end - 2 : end] == "mb" and entry.unit == "millibar" and not _pressure_before(
            text, end, t):
        return None  # 'a 5 mb file': no air pressure spoken of (count16)
    if text[end - 2 : end] == "kt" and entry.power == 3:
        kt = _kt(text, end, t)  # count16: kilotonnes or knots, as the text says
        if kt is None:
            return None
        entry = kt
    unit, assumed = _ounce(text, end, t) if entry.unit == "ounce" else _nm(text, end, t) if (
        entry.unit == "nanometer" and text[end - 2 : end] == "nm") else (entry.unit, entry.assumed)
    per = entry.per
    if entry.unit not in _CHECKED_UNITS:  # most units: read as written
        if per is None:
            end, per = _pers(text, end, t)
        return MeasureMatch(end, unit, per, entry.power, assumed)
    # count15: the few units read one way or another by what is around them
    if text[end - 2 : end] == "Mt" and _CAPITAL_AFTER.match(text, end):
        return None  # '5 Mt Everest': a mountain's name, no megatonnes
    if text[end : end + 4].lower() == "-old" and entry.unit in _AGE_UNITS:
        return None  # 'a 34-year-old man', '6-month-old twins': an age, no span of time
    power, written = entry.power, end
    if per is None:
        end, per = _pers(text, end, t)
    if power is None and entry.unit == "metric_ton" and text[written - 2 : written].lower() == "mt":
        power, assumed = _mt_read(text, written, per, assumed, t)
    return MeasureMatch(end, unit, per, power, assumed)


_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")


def _age_units() -> frozenset[str]:
    """[age-unit] (lexicon.txt): the units of time (the units table's names) that '-old' after
    them makes an age, no measure ('a 5-year-old').

    >>> sorted(_age_units())
    ['day', 'hour', 'month', 'week', 'year']
    """
    from moneyfacts.currencies import lexicon_sections

    return frozenset(k for k, _, _ in lexicon_sections()["age-unit"])


_AGE_UNITS = _age_units()
_CHECKED_UNITS = _AGE_UNITS | {"metric_ton"}


#: A word of [mining context] ('g/t' keeps its slash).
#: (count22) A text that defines 'mt' as million tonnes: 'million tonnes (mt)', 'million metric
#: tonnes (MT)' (India's business press); there a bare 'mt' after a number is a million tonnes,
#: not a metric ton (it was a silent wrong value a million times too small).
_MILLION_TONNES_DEFINED = re.compile(r"million (?:metric )?ton(?:ne)?s? \(mt\)", re.IGNORECASE)
_MINING_WORD = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")


def _mt_read(text: str, written: int, per: str | None, assumed: str | None, t: Table
             ) -> tuple[int | None, str | None]:
    """(power, assumed) of an 'mt' or 'MT' ending at ``written``: a million tonnes after digits
    where the text defines 'million tonnes (mt)' (count22: '37.2 mt' in Indian copy was a
    silent wrong value; not '18 million mt'), else an 'MT' with no per-unit as :func:`_mt`
    reads it (not '3.2 MT/ha': tonnes a hectare), else as found.

    >>> _mt_read("At 40 million tonnes (mt), up from 37.2 mt.", 42, None, None, table())[0]
    6
    """
    if text[written - 4 : written - 2].strip()[-1:].isdigit() and _MILLION_TONNES_DEFINED.search(text):
        return 6, "'mt' read as million tonnes: the text defines it so ('million tonnes (mt)')"
    if per is None and text[written - 2 : written] == "MT":
        return _mt(text, written, t)
    return None, assumed


def _mt(text: str, end: int, t: Table) -> tuple[int | None, str | None]:
    """(power, assumed) of an 'MT' ending at ``end``: a metric ton after a magnitude word or a
    number of 1,000 or more ('1.2 million MT', '5,000 MT of rice'); after a smaller bare number
    a million tonnes where a word of [mining context] is in the text (mining copy's megatonne,
    'assumed' naming the word), else a metric ton, assumed.

    >>> _mt("Ore processed rose to 2.3MT.", 27, table())
    (6, "'MT' read as million tonnes: 'ore' in the text")
    >>> _mt("It shipped 500 MT of rice.", 17, table())[0], _mt("5,000 MT of rice", 8, table())
    (None, (None, None))
    """
    at = end - 2
    if text[at - 1 : at] == " ":
        at -= 1
    number = _number_before(text, at) if text[at - 1 : at].isdigit() else None
    if number is None or number >= 1000:
        return None, None
    for w in _MINING_WORD.finditer(text):
        if w.group().lower() in t.mining:
            return 6, f"'MT' read as million tonnes: {w.group().lower()!r} in the text"
    return None, "'MT' read as metric tons (mining copy writes 'MT' for million tonnes too)"


@cache
def _carat_after() -> re.Pattern[str]:
    """After 'kt', the words of a carat, [carat-metal] (lexicon.txt): a metal, maybe a colour
    before it ('18kt gold', '14kt white gold'): no kilotonnes or knots.

    >>> [bool(_carat_after().match(t)) for t in (" gold", "-white gold", " golden", " of gold")]
    [True, True, False, False]
    """
    from moneyfacts.currencies import lexicon_section

    words = lexicon_section("carat-metal")
    colours = "|".join(re.escape(k) for k, v in words if v == "colour")
    metals = "|".join(re.escape(k) for k, v in words if v == "metal")
    return re.compile(rf"[ -](?:(?:{colours}) )?(?:{metals})\b", re.IGNORECASE)


#: After a glued 'm': the end of a clause; or (:func:`_height_after`) a word of [height after].
_CLAUSE_ENDS_AFTER = re.compile(r"[.,;:)]|\s*$")
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
#: The sentence of a position: from after the last full stop before it to the next.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _height_after(text: str, pos: int, t: Table) -> bool:
    """Does what follows a glued 'm' at ``pos`` start no noun for a million to count: the end
    of a clause, or a word of [height after] ('above 800m in parts', '300-400m each')?

    >>> [_height_after(t, 4, table()) for t in ("800m in parts", "800m.", "800m people")]
    [True, True, False]
    """
    if _CLAUSE_ENDS_AFTER.match(text, pos):
        return True
    w = _LOWER_WORD_AFTER.match(text, pos)
    return w is not None and w.group(1) in t.height_after


def _height(text: str, pos: int, t: Table) -> bool:
    """Is the glued 'm' of the bare number ending at ``pos`` a height in metres: a word of
    [height context] in its sentence ('snow could fall above 800m in parts', 'at altitudes
    above 800m, with less down to 600m'), a word of [height before] right before the number,
    no currency or sign glued to it, and no noun after the 'm' for a million to count ('5m
    people')?

    >>> _height("Snow may settle above 800m in places.", 26, table())
    True
    >>> _height("Sales rose above 800m in May.", 21, table())
    False
    """
    if not _height_after(text, pos, t):
        return False
    i = _digits_start(text, pos - 1)  # before the 'm'
    if text[i - 1 : i] in ("-", "\u2013") and text[i - 2 : i - 1].isdigit():
        i = _digits_start(text, i - 1)  # a range's high end: 'holes of 300-400m each' (count17)
    if i == 0 or not text[i - 1].isspace():
        return False  # '$800m', '£5m': money
    before = text[max(0, i - 24) : i].lower().split()
    if not before or before[-1] not in t.height_before and " ".join(
            before[-2:]) not in t.height_before:
        return False  # 'snow cost the council 5m': money the text names no currency of
    number = _number_before(text, pos - 1)
    if number is None or number < 100:
        return False  # a snow line, a summit's height: hundreds of metres, not '5m'
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, i - 300), i)), default=0)
    end = _SENTENCE_END.search(text, pos + 1)
    sentence = text[start : end.start() if end else len(text)].lower()
    return any(w.strip(",;:()'\"") in t.height for w in sentence.split())


def _digits_start(text: str, end: int) -> int:
    """Where the digits, points and commas ending at ``end`` start."""
    i = end
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    return i


def _pressure_before(text: str, end: int, t: Table) -> bool:
    """Is a word of [pressure context] among the few words before the number of the 'mb'
    ending at ``end`` ('minimum central pressure was 941 mb'), in its sentence?

    >>> _pressure_before("The minimum surface pressure was 941 mb.", 39, table())
    True
    >>> _pressure_before("Pressure fell. The file was 941 mb.", 34, table())
    False
    """
    head = text[max(0, end - 80) : end]
    head = re.split(r"[.;!?]\s", head)[-1]
    return any(w.strip(",:()").lower() in t.pressure for w in head.split()[-7:])


def _kt(text: str, end: int, t: Table) -> _Entry | None:
    """The unit of a 'kt' ending at ``end``: kilotonnes where a word of [mining context] is
    in the text ('428kt of ore', '144 kt of contained cobalt ... grade'; a metal alone is no
    evidence: jewellers write '14kt and 18kt gold'),
    knots where a word of [nautical context] or [wind context] is ('gusts of 90 kt'), each with
    'assumed' naming the word; None (no reading) with words of both kinds or of neither, and
    for a carat ('18kt gold').

    >>> _kt("Ore mined fell to 428kt.", 22, table()).power
    3
    >>> _kt("Gusts reached 90 kt on the coast.", 16, table()).unit
    'knot'
    >>> _kt("An 18kt gold ring.", 7, table()) is None, _kt("It weighed 5 kt.", 14, table()) is None
    (True, True)
    """
    if _carat_after().match(text, end):
        return None
    at = end - 2 if text[end - 3 : end - 2].isdigit() else end - 3
    number = _number_before(text, at)
    after = [w.strip(",.;:()").lower() for w in text[end : end + 60].split()[:_TROY_WINDOW]]
    if number is not None and number <= 24 and any(w in t.troy for w in after):
        return None  # '14kt and 18kt gold': carats
    mined = _troy_pattern(t.mining).search(text)
    windy = _troy_pattern(t.nautical | t.wind).search(text)
    if mined is not None and windy is None:
        return _Entry("metric_ton", None, 3,
                      f"'kt' read as kilotonnes: {mined.group().lower()!r} in the text")
    if windy is not None and mined is None:
        return _Entry("knot", None, None,
                      f"'kt' read as knots: {windy.group().lower()!r} in the text")
    return None  # words of both kinds, or of neither


@cache
def _lower_words(words: frozenset[str]) -> re.Pattern[str]:
    """These words as English writes them mid-sentence, in lower case only ('tonnes'; German
    capitalises its nouns: 'pro Tonne' is no English evidence)."""
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, words))))


@cache
def _troy_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, words))), re.IGNORECASE)


_TROY_WINDOW = 4  # words after an ounce that may name its metal ('ounces of refined gold')


def _ounce(text: str, end: int, t: Table) -> tuple[str, str | None]:
    """(unit, assumed) of an ounce ending at ``end``: a troy ounce when a word of [troy
    context] follows within a few words ('ounces of gold'), or stands elsewhere in the text
    (then 'assumed' names it); else the avoirdupois ounce, assumed.

    >>> _ounce("4 oz of chocolate", 4, table())[0], _ounce("2 ounces of gold", 8, table())
    ('ounce', ('troy_ounce', None))
    >>> _ounce("The gold mine made 500,000 ounces.", 33, table())
    ('troy_ounce', "'ounces' read as troy ounces: 'gold' in the text")
    """
    written = text[: end].rsplit(None, 1)[-1] if text[:end].strip() else "ounces"
    written = written.lstrip("0123456789.,-")
    after = [w.strip(",.;:()").lower() for w in text[end : end + 60].split()[:_TROY_WINDOW]]
    if any(w in t.troy for w in after):
        return "troy_ounce", None
    named = _troy_pattern(t.troy).search(text)
    if named:
        word = named.group().lower()
        return "troy_ounce", f"{written!r} read as troy ounces: {word!r} in the text"
    return "ounce", (f"{written!r} read as avoirdupois ounces (a troy ounce, of gold and "
                     "silver, is 31.1 g)")


def _nm(text: str, end: int, t: Table) -> tuple[str, str | None]:
    """(unit, assumed) of a bare 'nm' ending at ``end``: the nanometre, unless a word of
    [nautical context] is in the text and no word of [nano context] follows within a few words
    ('602 nm south of ... at 7 knots' is nautical miles, 'assumed' naming the word); with a
    nano word elsewhere too, the nanometre, assumed.

    >>> _nm("a 3 nm chip", 4, table()), _nm("The ship was 120 nm off the coast.", 16, table())
    (('nanometer', None), ('nautical_mile', "'nm' read as nautical miles: 'ship' in the text"))
    """
    after = [w.strip(",.;:()").lower() for w in text[end : end + 60].split()[:_TROY_WINDOW]]
    if any(w in t.nano for w in after):
        return "nanometer", None
    nautical = _troy_pattern(t.nautical).search(text)
    if nautical is None:
        return "nanometer", None
    word = nautical.group().lower()
    nano = _troy_pattern(t.nano).search(text)
    if nano is not None:
        return "nanometer", (f"'nm' read as nanometres: {nano.group().lower()!r} in the text "
                             f"(also {word!r}: 'nm' is a nautical mile there)")
    return "nautical_mile", f"'nm' read as nautical miles: {word!r} in the text"


def _tonne(text: str, m: re.Match[str], t: Table) -> tuple[int, _Entry] | None:
    """A bare 't' at the word ``m`` read as a metric tonne: before a per-unit after a slash
    ('480 000 t/y', '21,200 t/d', '110,000 t/a'), or where a word of [tonne context] or
    [mining context] is in the text ('883 t of copper' in ore copy), then 'assumed' names the
    word, or where :func:`_tonne_after`'s words follow ('40 t of coal'), then 'assumed' names
    them; None elsewhere ('a 3 t truck' says no more).

    >>> _tonne("a 480 000 t/y plant", _WORD.match("a 480 000 t/y plant", 10), table())[1].assumed
    >>> _tonne("Ore: 883 t milled.", _WORD.match("Ore: 883 t milled.", 9), table())[1].assumed
    "'t' read as metric tonnes: 'ore' in the text"
    >>> _tonne("a 3 t truck", _WORD.match("a 3 t truck", 4), table()) is None
    True
    """
    s = _SLASH_WORD.match(text, m.end()) or _SPACED_SLASH.match(text, m.end())
    if s is not None and s.group(1).lower() in t.per:
        return m.end(), _Entry("metric_ton", None, None, None)
    said = _troy_pattern(t.mining).search(text) or _lower_words(t.tonne).search(text)
    if said is not None:
        return m.end(), _Entry("metric_ton", None, None,
                               f"'t' read as metric tonnes: {said.group().lower()!r} in the text")
    after = _tonne_after(text, m.end(), t)
    if after is None:
        return None
    return m.end(), _Entry("metric_ton", None, None, f"'t' read as metric tonnes: {after!r} follows")


#: After a bare 't': 'per' and a word, or 'of' and a word in lower case ('2,000 t per hour',
#: '40 t of coal'; [tonne-after]), and what each word is.
_T_AFTER = re.compile(rf" ({_alternatives('tonne-after')}) ([a-z]+)\b")
_T_AFTER_WORDS = _values("tonne-after")


def _tonne_after(text: str, end: int, t: Table) -> str | None:
    """Matcher: what after a bare 't' ending at ``end`` makes it a mass, the words as written:
    'per' and a per-unit of the table ('2,000 t per hour'), or 'of' and a word in lower case
    that is no stop word ('40 t of coal', '12 t of cocaine'); None for anything else ('a 3 t
    truck', '40 t of the'; count20).

    >>> t = table()
    >>> _tonne_after("moved 2,000 t per hour", 13, t), _tonne_after("landed 40 t of coal", 11, t)
    ('per hour', 'of coal')
    >>> _tonne_after("a 3 t truck", 5, t), _tonne_after("40 t of the", 4, t)
    (None, None)
    """
    m = _T_AFTER.match(text, end)
    if m is None:
        return None
    word = m.group(2)
    if _T_AFTER_WORDS[m.group(1)] == "per" and word not in t.per or word in _lexicon().words.stop:
        return None
    return m.group()[1:]


def _symbol_at(text: str, m: re.Match[str], glued: bool, t: Table) -> tuple[int, _Entry] | None:
    """A unit symbol at the word ``m``: with a slash in it first ('Gb/s', 'b/d'), then the
    symbol alone, then one written only glued to the number ('3nm')."""
    word = m.group()
    s = _SLASH_WORD.match(text, m.end())
    if s and word + s.group() in t.symbols:
        return s.end(), t.symbols[word + s.group()]
    if s and word.lower() + s.group().lower() in t.names:
        return s.end(), t.names[word.lower() + s.group().lower()]
    if s and word in t.slash_only and s.group(1).lower() in t.per:
        return m.end(), t.slash_only[word]  # '181 bu/acre' (count17): the per-unit read next
    if word in t.symbols:
        return m.end(), t.symbols[word]
    if glued and word in t.attached:
        return m.end(), t.attached[word]
    if glued and word in t.at_end_after and _word_before_number(text, m.start()).lstrip(
            "0123456789.,") in t.at_end_after[word]:
        return m.end(), t.at_end[word]  # '6ft 4in' (count15), as '6 ft 4 in' is
    if not glued and word in t.at_end and (_NO_WORD_AFTER.match(text, m.end()) or (
            (same := _AND_NUMBER.match(text, m.end())) is not None and same.group(1) == word) or (
            (before := _word_before_number(text, m.start() - 1)) in t.at_end_after.get(word, ())) or (
            _MAGNITUDE_TOKEN in t.at_end_after.get(word, ()) and (
                before in _lexicon().words.magnitude_words))):
        return m.end(), t.at_end[word]  # count18: '10.66 lakh ha for', after a magnitude word
    if not glued and word in t.at_end_then and _then_word(text, m, t.at_end_then[word]):
        return m.end(), t.at_end[word]  # count19: '73 ha is irrigated', '10 ha per year'
    return None


#: The word after a spaced symbol, and a number of four digits that may be a year before it.
_THEN_WORD = re.compile(r" ([^\W\d_]+)\b")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d $")


def _then_word(text: str, m: re.Match[str], words: frozenset[str]) -> bool:
    """Is the spaced symbol ``m`` followed by one of ``words`` (its '; then:' list: 'of',
    'is', 'per'), after a number that is no year ('73 ha is irrigated'; not 'en 2023 ha
    sido', Spanish 'has')?

    >>> t = table()
    >>> _then_word("the 73 ha is irrigated", _WORD.match("the 73 ha is", 7), t.at_end_then["ha"])
    True
    >>> _then_word("en 2023 ha per", _WORD.match("en 2023 ha per", 8), t.at_end_then["ha"])
    False
    """
    nxt = _THEN_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in words and not _YEAR_BEFORE.search(
        text, max(0, m.start() - 6), m.start())


def _word_before_number(text: str, end: int) -> str:
    """The word before the number that ends at ``end`` ('5 ft 2' -> 'ft')."""
    i = end
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    head = text[max(0, i - 12) : i].rstrip(" ,")
    return head.rsplit(None, 1)[-1].lower() if head.strip() else ""


#: In a '; after:' list of [symbol at end]: any magnitude word of lexicon.txt [magnitude] (count18).
_MAGNITUDE_TOKEN = "{magnitude}"

#: Nothing but the end of the text or of a clause after a word: '5 in', '5 in.', '7 l)'.
_NO_WORD_AFTER = re.compile(r"[.,;:!?)\]]|\s*$")


def _name_at(
    text: str, m: re.Match[str], t: Table, singular: bool = True
) -> tuple[int, _Entry] | None:
    """A unit name of up to ``t.max_words`` words from the word ``m``, the longest that is
    one. ``singular=False``: a name of one word that is only a unit in the plural after a
    number other than 1 ('2024 second-quarter') is none."""
    words, ends, p = [m.group().lower()], [m.end()], m.end()
    joined = words[0]
    while joined in t.prefixes and (text[p : p + 1] in _JOIN or text[p : p + 1] == "." and (
            text[p + 1 : p + 2] in _JOIN)):  # a longer name may start here
        p += text[p] == "."  # an abbreviation's full stop ('40 sq. km', 'a 115-sq.-km park')
        n = _WORD.match(text, p + 1)
        if n is None:
            break
        words.append(n.group().lower())
        ends.append(n.end())
        p = n.end()
        joined = joined + "_" + words[-1]
    for k in range(len(words), 0, -1):
        entry = t.names.get("_".join(words[:k]))
        if entry is not None:
            if k == 1 and not singular:
                return None
            return ends[k - 1], entry
    return None


def measure_matcher(text: str, pos: int, lex: Lexicon | None = None) -> MeasureMatch | None:
    """The grammar's matcher (:func:`moneyfacts.grammar.register_matcher`): the unit at
    ``pos``, right after a number and its magnitude, with what :func:`match_measure` needs
    read from the text before ``pos``: a glued 'm' (``after_m``) and whether the number is 1.

    >>> measure_matcher("a 5m-high wall", 4).unscale, measure_matcher("2 GW", 1).unit
    (True, 'gigawatt')
    >>> measure_matcher("1 day", 1).unit, measure_matcher("2024 second-quarter", 4)
    ('day', None)
    """
    before = text[pos - 1 : pos]
    if before.isdigit():
        return match_measure(text, pos, False, None, digits=True)
    after_m = before == "m" and text[pos - 2 : pos - 1].isdigit()
    return match_measure(text, pos, after_m, None)


def _number_before(text: str, pos: int) -> Decimal | None:
    """The number written in digits right before ``pos`` ('1', '1.0', '2,024'), or None."""
    i = pos
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    try:
        return Decimal(text[i:pos].replace(",", ""))
    except ArithmeticError:  # pragma: no cover - '1.2.3'
        return None


def minus_before(text: str, start: int) -> int | None:
    """Where a sign or word making the number at ``start`` negative begins, or None.

    >>> minus_before("minus 20 degrees", 6), minus_before("at -5C", 4), minus_before("1-2", 2)
    (0, 3, None)
    """
    if not start:
        return None
    c = text[start - 1]
    if c in "-−":
        if start == 1 or text[start - 2] in " (\n":
            return start - 1
        return None
    if c != " ":
        return None
    begin = text.rfind(" ", 0, start - 1) + 1
    if text[begin : start - 1].lower() in table().minus:
        return begin
    return None


# --- the table of pint's spellings -----------------------------------------------------------


def pint_table() -> list[tuple[str, str, str]]:
    """(spelling, pint unit, 'i' for a name read in any case or 's' for a symbol), from pint's
    registry, for the units and prefixes of ``units.txt``'s [read] section (each unit's rows:
    :func:`_unit_rows`), and the words before a unit's name that name another unit
    (:func:`_qualifier_rows`)."""
    from moneyfacts.units import registry

    ureg: Any = registry()
    rows: dict[str, tuple[str, str, str]] = {}
    pdefs = {ureg._prefixes[n].symbol: ureg._prefixes[n] for n in ureg._prefixes if n}
    for unit, spec in _sections(units_text()).get("read", []):
        _unit_rows(ureg, pdefs, unit, spec, rows)
    import pint

    pint_own: Any = pint.UnitRegistry()  # pint's default definitions only, none of ours
    for row in _qualifier_rows(pint_own, {u for _, u, _ in rows.values()} | _spelled_units()):
        rows.setdefault("\t".join(row), row)
    return sorted(rows.values())


def _unit_rows(
    ureg: Any, pdefs: dict[str, Any], unit: str, spec: str, rows: dict[str, tuple[str, str, str]]
) -> None:
    """The rows of one unit of the [read] section into ``rows``: its name, pint's aliases and
    their plurals, each with the prefixes ``spec`` lists (but the bare name with '-name'), the
    variants of a name of two words (:func:`_head_variants`), and its symbol with each prefix
    (bare too with '+bare'; none with '-symbol'); each only as pint's parser reads it
    (:func:`_add_row`)."""
    parts = spec.split()
    flags = {p for p in parts if p[0] in "+-"}
    prefixes = [p for p in parts if p[0] not in "+-"]
    udef = ureg._units[unit]
    words = [unit] + _word_aliases(udef.aliases)
    for variant in _head_variants(unit, words[1:]):
        for form in (variant, _plural(variant)):
            rows.setdefault(form + "\ti", (form, unit, "i"))
    symbol = udef.symbol
    if "-symbol" in flags or symbol == unit:
        symbol = None  # no symbol read: none of its own, or its name again
    for pre in [""] + prefixes:
        pname = pdefs[pre].name if pre else ""
        if pre or "-name" not in flags:
            for w in words:
                for form in (pname + w, _plural(pname + w)):
                    _add_row(ureg, rows, unit, form, pname + unit, "i")
        if symbol is not None and (pre or "+bare" in flags):
            _add_row(ureg, rows, unit, pre + symbol, pname + unit, "s")


def _word_aliases(aliases: tuple[str, ...]) -> list[str]:
    """pint's aliases of a unit that are words: three lower-case ASCII letters or more.

    >>> _word_aliases(("tonne", "t", "Mt", "tons"))
    ['tonne', 'tons']
    """
    return [a for a in aliases if len(a) >= 3 and re.fullmatch(r"[a-z]+", a)]


def _head_variants(unit: str, aliases: list[str]) -> list[str]:
    """A name of two words whose head word pint spells another way too ('metric_ton' and its
    alias 'tonne'): the qualifier before that spelling names the unit as well ('metric
    tonnes'). Read without asking pint's parser, which knows the two words apart only.

    >>> _head_variants("metric_ton", ["tonne", "t"])
    ['metric_tonne']
    """
    qualifier, _, head = unit.rpartition("_")
    return [f"{qualifier}_{a}" for a in aliases if qualifier and a != head and a.startswith(head)]


def _add_row(
    ureg: Any, rows: dict[str, tuple[str, str, str]], unit: str, spelling: str, name: str,
    how: str,
) -> None:
    """The row of ``spelling`` for the prefixed unit ``name`` (of ``unit``) into ``rows``, when
    pint's parser reads it so, case-sensitively; a name ('i') lower-cased."""
    prefix = name[: len(name) - len(unit)]
    found = ureg.parse_unit_name(spelling, case_sensitive=True)
    if (prefix, unit) in {(p, u) for p, u, _ in found}:
        key = spelling.lower() if how == "i" else spelling
        rows.setdefault(key + "\t" + how, (key, name, how))


def _spelled_units() -> set[str]:
    """The plain pint units units.txt's own spellings read ('metric_ton' for 'tons')."""
    sec = _sections(units_text())
    out = set()
    for name in ("spelling", "symbol", "attached", "symbol at end"):
        for _, value in sec.get(name, []):
            unit = _entry(value.split("; after:")[0]).unit
            if re.fullmatch(r"[a-z_]+", unit):
                out.add(unit)
    return out


def _qualifier_rows(ureg: Any, heads: set[str]) -> list[tuple[str, str, str]]:
    """(word, unit, 'q') for every pint unit named by one lower-case word before the name of a
    unit read here ('lunar_month', 'dry_barrel', 'light_year'; count17): before that unit's
    name the word names another unit, so it is no modifier of the one read ('2 lunar months'
    are not read as 2 months; '16 straight days', '1,902 development metres' are days and
    metres)."""
    out = []
    for name in ureg._units:
        word, _, head = name.rpartition("_")
        if word.isalpha() and word.islower() and head in heads:
            out.append((word, head, "q"))
    return out


def write_table(path: str | None = None) -> str:
    import pint

    lines = [
        "# Generated from pint's registry by `python -m moneyfacts.measures --write-table`:",
        f"# pint {pint.__version__}, the [read] section of units.txt. Do not edit;",
        "# tests/test_units.py checks that pint still gives these.",
        "# spelling<TAB>pint unit<TAB>i (a name: any case) | s (a symbol: case-sensitive)",
    ]
    lines += ["\t".join(row) for row in pint_table()]
    out = "\n".join(lines) + "\n"
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
    return out


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["--write-table"]:
        target = resources.files("moneyfacts").joinpath("data", TABLE_FILE)
        write_table(str(target))
        print(f"wrote {target}")
    else:
        print("usage: python -m moneyfacts.measures --write-table")
