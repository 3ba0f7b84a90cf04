"""The words around an amount, from ``data/lexicon.txt``, made into the scan's patterns once.

Every phrase list the grammar and the linker use lives in the lexicon's sections
(``[percent]``, ``[per-word]``, ``[not-per]``, ``[range]``, ``[stop]``, ``[link]``,
``[magnitude]``); this module only turns them into compiled regular expressions and sets, once
per process, when :func:`moneyfacts.currencies.lexicon` loads. The Python holds no phrase.

>>> from moneyfacts.currencies import lexicon
>>> p = lexicon().words
>>> bool(p.percent.match(" per cent")), "the" in p.stop
(True, True)
>>> p.link_form(" (equivalent to ")
'paren'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import TypedDict, TypeVar

__all__ = ["Phrases", "build_phrases"]

_Section = list[tuple[str, str, int]]
_T = TypeVar("_T")


@dataclass(frozen=True)
class Phrases:
    """Compiled patterns for the words around amounts."""

    #: 'percent' after a number: '%', ' per cent', ' pct'.
    percent: re.Pattern[str]
    #: 'per <noun>' (group 1) or 'a <noun>' (group 2), the noun in group 3.
    per: re.Pattern[str]
    #: Words after 'a <noun>' that make it no per-unit amount ('a year earlier').
    not_per_after: re.Pattern[str]
    #: The gap between the two ends of a range: a dash (group 1) or a word (group 2).
    range_gap: re.Pattern[str]
    #: A word opening a range just before it ('between', 'from'), in group 1.
    range_intro: re.Pattern[str]
    range_intro_reach: int
    #: Range words that join two amounts alone ('to'); the others need a 'between' intro.
    range_words_alone: frozenset[str]
    #: Dashes that join a range only written closed, no space on either side ('$5—$7'):
    #: spaced, they open an aside ('$1,199 — $100 more than last year').
    range_closed_dashes: frozenset[str]
    #: Intro words after which a pair word ('and') joins ('between').
    range_pair_intros: frozenset[str]
    #: Words a count noun never is, and at which the look for one stops.
    stop: frozenset[str]
    #: The second character of anything read after an amount's gap (a qualifier after it,
    #: 'per', 'a'): a cheap first test.
    after_second: frozenset[str]
    #: The link forms between an amount and its stated equivalent, in the order tried.
    link_forms: tuple[tuple[str, re.Pattern[str]], ...]
    #: What a gap of a link form starts with after its spaces (its punctuation, the first
    #: letters of the 'or' words in either case): an ASCII character outside is no link.
    link_starts: frozenset[str]
    #: Between two equivalents inside one bracket: 'X (Y; Z)'.
    next_in_paren: re.Pattern[str]
    #: Magnitude words a spelled number may stand before ('two hundred million'): a whole
    #: word after a letter and a space or hyphen (any case).
    magnitude_word: re.Pattern[str]
    #: The same words in lower case (each all letters: checked when the lexicon loads).
    magnitude_words: frozenset[str]
    #: Lower-case pieces, one of which is in every text that has one of those words:
    #: words sharing their last six letters are tested by those six ('illion').
    magnitude_pieces: tuple[str, ...]
    #: Those words with their power of ten, one spelling per power ('lakh', not 'lac').
    magnitude_powers: tuple[tuple[str, int], ...]
    #: Words that stand for a decimal point in broadcast copy ('550-point-two'), in the
    #: case they are looked for first (lower), then matched case-blind.
    decimal_words: tuple[str, ...]
    #: Words that negate the qualifier after them ('not under', 'never more than', 'no fewer
    #: than'), lower case: [negation] (optional).
    negations: frozenset[str] = frozenset()
    #: Currency words that are units of weight too ('pound', 'pounds') -> the pint unit.
    weight_names: dict[str, str] = field(default_factory=dict)
    #: Their singulars as [weight-name] spells them ('pound'): 'a 200 pound cable'.
    weight_singular: frozenset[str] = frozenset()
    #: Words near a bare figure that make such a word its weight ('drop', 'weighs', 'of').
    weight_before: frozenset[str] = frozenset()
    weight_after: frozenset[str] = frozenset()
    #: Units after 'per'/'a'/'an' that make it the weight ('60 pounds per acre').
    weight_per: frozenset[str] = frozenset()
    #: Nouns after a hyphenated figure ('a 10-pound note') that keep it money; before any
    #: other noun ('a 200-pound man') such a word is the weight.
    weight_money: frozenset[str] = frozenset()
    #: Intro words of a range from one figure to another ('de', 'da': 'de 10 a 20 millones'),
    #: after which a 'to' word joins as a pair word does after 'between', but a descent is a
    #: change, two amounts ('bajó de 5% a 3%'), as after 'from'.
    range_from_intros: frozenset[str] = frozenset()
    #: The words that join a range only after one of those ('a').
    range_to_words: frozenset[str] = frozenset()
    #: (world23) The words of 'to' that after any 'from' intro tell of a change, two amounts,
    #: never a range ('von 5 auf 7 Milliarden', 'de 3 para 5 bilhões').
    range_change_to: frozenset[str] = frozenset()
    #: [per-word]s of 'noun' value ('every'): a per-unit only with a [per] noun right after
    #: them ('every day'), no modifier between ('every other day' is none).
    per_noun_only: frozenset[str] = frozenset()
    #: Words after a range's high end that open it as 'between' does, a postposition
    #: (Turkish 'arasında': '700 ile 800 milyon dolar arasında').
    range_pair_closers: frozenset[str] = frozenset()
    #: What :meth:`link_form` and :meth:`range_gap_groups` said of each gap met (a few dozen
    #: gaps, ' (', ' and ', ', or ', are most of those in news; their case-blind patterns cost
    #: far more than a look-up).
    _seen: dict[tuple[bool, str], object] = field(
        default_factory=dict, compare=False, repr=False)

    def link_form(self, gap: str) -> str | None:
        """The name of the link form ``gap`` is, or None."""
        first = gap.lstrip()[:1]
        if first <= "\x7f" and first not in self.link_starts:  # ' in 2025, up from '
            return None
        key = (True, gap)
        if key in self._seen:
            return self._seen[key]  # type: ignore[return-value]  # (a form's name or None)
        return self._keep(key, self._link_form_of(gap))

    def _link_form_of(self, gap: str) -> str | None:
        """:meth:`link_form` of a gap not met before (a method of its own: the generator
        reads ``gap``, which would make it a cell on every call of :meth:`link_form`)."""
        return next((name for name, pattern in self.link_forms if pattern.match(gap)), None)

    def range_gap_groups(self, gap: str) -> tuple[str | None, str | None] | None:
        """The groups of :attr:`range_gap` matched on ``gap`` (its dash, its word), or None.

        >>> from moneyfacts.currencies import lexicon
        >>> lexicon().words.range_gap_groups(" to "), lexicon().words.range_gap_groups(" in ")
        ((None, 'to'), None)
        """
        key = (False, gap)
        if key in self._seen:
            return self._seen[key]  # type: ignore[return-value]  # (as kept below)
        m = self.range_gap.match(gap)
        return self._keep(key, (m.group(1), m.group(2)) if m is not None else None)

    def _keep(self, key: tuple[bool, str], found: _T) -> _T:
        if len(self._seen) < 4096:  # a bound for texts of odd gaps
            self._seen[key] = found
        return found


def _alternation(spellings: list[str], space: str = r"\s+") -> str:
    """A regex alternation of spellings, longest first; a space inside matches ``space``."""
    ordered = sorted(dict.fromkeys(spellings), key=len, reverse=True)
    return "|".join(space.join(re.escape(w) for w in s.split(" ")) for s in ordered)


def _words(section: _Section, value: str | None = None) -> list[str]:
    return [k for k, v, _ in section if value is None or v == value]


def _need(sections: dict[str, _Section], name: str) -> _Section:
    found = sections.get(name)
    if not found:
        raise ValueError(f"lexicon.txt: section [{name}] is missing or empty")
    return found


#: Combining vowel signs a word of Devanagari or Arabic carries, which ``\w`` does not take
#: ('यूनिट' after 'प्रति': per unit).
_MARKS = "\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"


def build_phrases(sections: dict[str, _Section], qualifiers_after: list[str],
                  or_words: Iterable[str] = (), plain_or_words: Iterable[str] = ()) -> Phrases:
    """The Phrases of a parsed lexicon (``currencies._parse_lexicon``); ``or_words``: every
    CLDR language's 'or' (``currencies._cldr_or_words``), read between two equivalents in a
    bracket; ``plain_or_words``: those of them that are no English word, read between an
    amount and its equivalent too ('X, или Y'). Each group of fields is made from its
    sections by one function below, in the order the sections were always asked for (the
    first missing one is the one named)."""
    return Phrases(
        percent=_percent(sections),
        **_per_fields(sections),
        **_range_fields(sections),
        stop=frozenset(k.lower() for k, _, _ in _need(sections, "stop")),
        after_second=_after_second(sections, qualifiers_after),
        **_link_fields(sections, or_words, plain_or_words),
        **_magnitude_fields(sections),
        decimal_words=tuple(_words(_need(sections, "decimal-word"))),
        negations=_negations(sections),
        **_weight_fields(sections),
    )


def _percent(sections: dict[str, _Section]) -> re.Pattern[str]:
    """[percent] after a number: its symbols, and its words, which may be hyphenated on ('a
    7.3-per-cent rise', 'a 5-percent cut').

    >>> from moneyfacts.currencies import lexicon_sections
    >>> pattern = _percent(lexicon_sections())
    >>> [bool(pattern.match(s)) for s in ("%", " per cent", "-percent", " perceptions")]
    [True, True, True, False]
    """
    pct = _need(sections, "percent")
    symbols = [k for k, _, _ in pct if not k[0].isalpha()]
    words = [k for k, _, _ in pct if k[0].isalpha()]
    return re.compile(
        "[ \u00a0\u202f-]?(?:" + "|".join(re.escape(s) for s in symbols)
        + "|" + "|".join(rf"(?:{_alternation([w], '[ -]?')})\b" for w in words) + ")",
        re.IGNORECASE,
    )


class _PerFields(TypedDict):
    per: re.Pattern[str]
    not_per_after: re.Pattern[str]
    per_noun_only: frozenset[str]


def _per_fields(sections: dict[str, _Section]) -> _PerFields:
    """The per-unit's fields: [per-word] before a noun ('per tonne', 'a share'), [not-per]
    after 'a <noun>' ('a year earlier').

    >>> from moneyfacts.currencies import lexicon_sections
    >>> per = _per_fields(lexicon_sections())
    >>> per["per"].match(" per tonne").group(3), bool(per["not_per_after"].match(" earlier"))
    ('tonne', True)
    """
    per_words = _need(sections, "per-word")
    listed = _words(per_words, "listed") + _words(per_words, "noun")
    not_per = _need(sections, "not-per")
    return {
        "per": re.compile(
            rf"[ ,]*(?:({_alternation(_words(per_words, 'any'))})|({_alternation(listed)}))"
            rf"[ \n]+([^\W\d_][\w{_MARKS}-]*)",
            re.IGNORECASE,
        ),
        "not_per_after": re.compile(
            rf"[ \n]+(?:(?:{_alternation(_words(not_per, 'not') + _words(not_per, 'adverb'))})\b|"
            rf"(?:{_alternation(_words(not_per, 'words'))})\b"
            r"(?![ \n]+[^\s\d]{0,3}\d))",  # 'a share from 41 cents': per; 'a year from now' not
            re.IGNORECASE),
        "per_noun_only": frozenset(w.lower() for w in _words(per_words, "noun")),
    }


class _RangeFields(TypedDict):
    range_gap: re.Pattern[str]
    range_intro: re.Pattern[str]
    range_intro_reach: int
    range_words_alone: frozenset[str]
    range_closed_dashes: frozenset[str]
    range_pair_intros: frozenset[str]
    range_from_intros: frozenset[str]
    range_to_words: frozenset[str]
    range_change_to: frozenset[str]
    range_pair_closers: frozenset[str]


def _range_fields(sections: dict[str, _Section]) -> _RangeFields:
    """The range's fields, from [range]: the gap between its two ends (a dash or a word), the
    words opening it, and the sets of each kind of word, lower case.

    >>> from moneyfacts.currencies import lexicon_sections
    >>> rng = _range_fields(lexicon_sections())
    >>> rng["range_gap"].match(" to ").group(2), rng["range_intro"].search("between ").group(1)
    ('to', 'between')
    >>> rng["range_gap"].match("- to ").groups()
    (None, 'to')
    """
    rng = _need(sections, "range")
    dashes = _words(rng, "dash") + _words(rng, "dash-closed")
    alone = _words(rng, "word")
    words = alone + _words(rng, "pair") + _words(rng, "to") + _words(rng, "change-to")
    intros = _words(rng, "opens") + _words(rng, "opens-pair") + _words(rng, "opens-to")
    # a suspended hyphen may close the low end before its word ('25- to 35-metre'; count21)
    suspends = "".join(f"(?:{re.escape(d)}\\s+)?" for d in _words(rng, "suspends")[:1])
    return {
        "range_gap": re.compile(
            rf"\s*(?:({'|'.join(re.escape(d) for d in dashes)})|{suspends}({_alternation(words)}))\s*$",
            re.IGNORECASE,
        ),
        "range_intro": re.compile(rf"\b({_alternation(intros)})\s+$", re.IGNORECASE),
        "range_intro_reach": max(map(len, intros)) + 3,
        "range_words_alone": frozenset(w.lower() for w in alone),
        "range_closed_dashes": frozenset(_words(rng, "dash-closed")),
        "range_pair_intros": _lower(rng, "opens-pair"),
        "range_from_intros": _lower(rng, "opens-to"),
        "range_to_words": _lower(rng, "to"),
        "range_change_to": _lower(rng, "change-to"),
        "range_pair_closers": _lower(rng, "closes-pair"),
    }


def _lower(section: _Section, value: str) -> frozenset[str]:
    """The spellings of ``value`` in a section, lower case."""
    return frozenset(w.lower() for w in _words(section, value))


def _after_second(sections: dict[str, _Section], qualifiers_after: list[str]) -> frozenset[str]:
    """The second character of anything read after an amount's gap, in either case: a
    qualifier after it ('-plus': 'p'; 'or more': 'o') and the first of the [per-word]s
    ('per', 'a').

    >>> from moneyfacts.currencies import lexicon_sections
    >>> sorted(_after_second({"per-word": [("per", "any", 1)]}, ["-plus", "or more"]))
    ['O', 'P', 'o', 'p']
    """
    per_words = _need(sections, "per-word")
    listed = _words(per_words, "any") + _words(per_words, "listed") + _words(per_words, "noun")
    second = {q[1:2] if q.startswith("-") else q[:1] for q in qualifiers_after}
    second |= {w[:1] for w in listed}
    return frozenset(c for s in second for c in (s.lower(), s.upper()) if c)


class _LinkFields(TypedDict):
    link_forms: tuple[tuple[str, re.Pattern[str]], ...]
    link_starts: frozenset[str]
    next_in_paren: re.Pattern[str]


def _link_fields(sections: dict[str, _Section], or_words: Iterable[str],
                 plain_or_words: Iterable[str]) -> _LinkFields:
    """The link forms between an amount and its stated equivalent ([link], CLDR's 'or'
    words but those a [negation] spells), in the order tried, what their gaps start with, and
    the gap between two equivalents in one bracket.

    >>> from moneyfacts.currencies import lexicon_sections
    >>> links = _link_fields(lexicon_sections(), (), ())
    >>> [name for name, form in links["link_forms"] if form.match(" (equivalent to ")]
    ['paren']
    >>> bool(links["next_in_paren"].match("; or ")), "(" in links["link_starts"]
    (True, True)
    """
    link = _need(sections, "link")
    link_words = _alternation(_words(link, "link"))
    negated = _negations(sections)
    joins = _words(link, "or") + [w for w in plain_or_words if w.lower() not in negated]
    restate = _alternation(_words(link, "restate"))
    forms: list[tuple[str, re.Pattern[str]]] = [
        # '（' too: Chinese and Japanese write the fullwidth bracket ('5亿美元（约合人民币36亿元）');
        # '[' too: some newsrooms put every conversion in square brackets ('3 billion won
        # [$2.65 million]')
        ("paren", re.compile(rf"^\s*[(（\[]\s*(?:(?:{link_words})\s*:?\s*)?$", re.I)),
        ("or", re.compile(rf"^\s*(?:,|，|–|—|--?)?\s*(?:{_alternation(joins)})\s*$", re.I)),
        # '，' and '、' too: the Chinese and Japanese commas ('10億ドル、日本円でおよそ1500億円')
        ("equivalent", re.compile(rf"^\s*[,，、–—]\s*(?:{link_words})\s*$", re.I)),
        ("dash", re.compile(r"^\s*[–—]\s*$")),
    ]
    if restate:
        # '. In U.S. dollars, that is': the next sentence restates the amount.
        forms.append(("restated", re.compile(
            rf"^\s*[.;]\s+(?:{restate})\s+[^\W\d_][\w.'’ -]{{0,24}},\s*(?:(?:{link_words})\s*)?$",
            re.I)))
    # 'X (Y; Z)', 'X (Y, or Z)', and 'X (Y or Z)' (the three-way 'QR7.6 billion (Dh7.67
    # billion or $2.09 billion)').
    ors = _alternation(_words(link, 'or') + [w for w in or_words if w.lower() not in negated])
    return {
        "link_forms": tuple(forms),
        # The punctuation the forms above open with (keep the two in step), and the 'or' words.
        "link_starts": frozenset("(,–—-.;[") | frozenset(
            c for w in joins for c in (w[0].lower(), w[0].upper())),
        "next_in_paren": re.compile(rf"^\s*(?:[;,；，、]\s*(?:(?:{ors})\s+)?|(?:{ors})\s+)$", re.I),
    }


def _negations(sections: dict[str, _Section]) -> frozenset[str]:
    """[negation]'s words, lower case (the section is optional)."""
    return frozenset(k.lower() for k, _, _ in sections.get("negation", []))


class _MagnitudeFields(TypedDict):
    magnitude_word: re.Pattern[str]
    magnitude_words: frozenset[str]
    magnitude_pieces: tuple[str, ...]
    magnitude_powers: tuple[tuple[str, int], ...]


def _magnitude_fields(sections: dict[str, _Section]) -> _MagnitudeFields:
    """The [magnitude]s a spelled number may stand before ('words'), found by their pieces
    as whole words of letters (see anchors): each must be one word of letters.

    >>> from moneyfacts.currencies import lexicon_sections
    >>> mags = _magnitude_fields(lexicon_sections())
    >>> "million" in mags["magnitude_words"], ("million", 6) in mags["magnitude_powers"]
    (True, True)
    >>> _magnitude_fields({"magnitude": [("lakh crore", "12 words", 1)]})
    Traceback (most recent call last):
    ...
    ValueError: lexicon.txt: [magnitude] 'lakh crore' is marked 'words' but is not one word of letters
    """
    magnitudes = _need(sections, "magnitude")
    spelled = [k.lower() for k, v, _ in magnitudes if v.split()[1:] == ["words"]]
    for word in spelled:
        if not word.isalpha():
            raise ValueError(f"lexicon.txt: [magnitude] {word!r} is marked 'words' but is "
                             "not one word of letters")
    return {
        "magnitude_word": re.compile(rf"(?<=[a-z][ -])(?:{'|'.join(spelled)})\b", re.IGNORECASE),
        "magnitude_words": frozenset(spelled),
        "magnitude_pieces": _pieces(spelled),
        "magnitude_powers": _first_per_power(magnitudes),
    }


class _WeightFields(TypedDict):
    weight_names: dict[str, str]
    weight_singular: frozenset[str]
    weight_before: frozenset[str]
    weight_after: frozenset[str]
    weight_per: frozenset[str]
    weight_money: frozenset[str]


def _weight_fields(sections: dict[str, _Section]) -> _WeightFields:
    """The currency words that are units of weight too ([weight-name], with their -s
    plurals), and the words that make them weights ([weight-context]) or keep them money
    (its 'money' words and [money-word]'s), lower case; all optional.

    >>> from moneyfacts.currencies import lexicon_sections
    >>> weights = _weight_fields(lexicon_sections())
    >>> weights["weight_names"]["pounds"], "acre" in weights["weight_per"]
    ('pound', True)
    """
    names = sections.get("weight-name", [])
    context = sections.get("weight-context", [])
    return {
        "weight_names": {w: unit for k, unit, _ in names for w in (k.lower(), k.lower() + "s")},
        "weight_singular": frozenset(k.lower() for k, _u, _ in names),
        "weight_before": _lower(context, "before"),
        "weight_after": _lower(context, "after"),
        "weight_per": _lower(context, "per-area"),
        "weight_money": _lower([*context, *sections.get("money-word", [])], "money"),
    }


def _first_per_power(magnitudes: _Section) -> tuple[tuple[str, int], ...]:
    """The 'words' magnitudes with their power, the first spelling of each power only."""
    seen: dict[int, str] = {}
    for spelling, value, _ in magnitudes:
        power, *flags = value.split()
        if flags == ["words"]:
            seen.setdefault(int(power), spelling.lower())
    return tuple((name, power) for power, name in seen.items())


def _pieces(words: list[str]) -> tuple[str, ...]:
    """Substrings that find every word with few ``in`` tests: words sharing their last six
    letters ('million', 'billion', 'trillion') are found by those six."""
    pieces: list[str] = []
    for word in words:
        tail = word[-6:]
        piece = tail if len(word) >= 6 and sum(w.endswith(tail) for w in words) > 1 else word
        if piece not in pieces:
            pieces.append(piece)
    return tuple(pieces)
