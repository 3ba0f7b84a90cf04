"""Steps of the scanner around and over the parts: the qualifier before an amount, and the
readings that take two or more parts (a magnitude after a bracketed figure, a currency
elided from an amount that parallels an earlier pair, a currency carried over from the
sentences before)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from collections.abc import Iterator
from functools import cache

from moneyfacts.counts import _label, _plain_number, modified_pair
from moneyfacts.currencies import Lexicon, lexicon_sections
from moneyfacts.locales import LocaleProfile
from moneyfacts.magnitudes import magnitude
from moneyfacts.parts import Part

__all__ = ["bracketed_magnitude", "carried", "elided", "qualifier_before", "rate_asked", "rate_before"]


_OPENERS = "([{\"'“‘—–-,;:"


def glued_qualifier_before(text: str, start: int, lex: Lexicon) -> tuple[int, str | None]:
    """A qualifier of a script written without spaces, glued before ``start`` ('最多1.2元',
    '约5亿'), the longest first.

    >>> from moneyfacts.currencies import lexicon
    >>> glued_qualifier_before("最多1.2元", 2, lexicon())
    (0, 'le')
    """
    for spelling, qual in sorted(lex.qualifiers_before.items(), key=lambda kv: -len(kv[0])):
        if spelling[-1:] >= "\u3040" and text.endswith(spelling, 0, start):
            return start - len(spelling), qual
    return start, None


@cache
def _rates_before() -> dict[str, str]:
    """The lexicon's [per-before]: a rate written before the amount -> its [per] noun."""
    return {k: v for k, v, _ in lexicon_sections().get("per-before", [])}


def rate_before(text: str, start: int) -> str | None:
    """The span of time of a rate written before the amount at ``start`` (after its
    qualifier): a prefix glued on in Japanese or Chinese ('年産11万3600リットル', '日産20万食'),
    a word and a space ('yıllık 150 bin araç'); None for most amounts, by one look at the
    character before.

    >>> rate_before("年産11万3600リットル", 2), rate_before("yıllık 150 bin araç", 7)
    ('year', 'year')
    """
    if start < 2:
        return None
    before = text[start - 1]
    if before == " ":
        if text[start - 2] not in _rate_ends():
            return None  # the common case, by the last letter of the word before
        cut = text.rfind(" ", max(0, start - 12), start - 1)
        return _rates_before().get(text[cut + 1 : start - 1].lower())
    if before >= "\u3040":
        return _rates_before().get(text[start - 2 : start])
    return None


@cache
def _rate_ends() -> frozenset[str]:
    """The last letters of the [per-before] words written with a space ('yıllık')."""
    return frozenset(k[-1] for k in _rates_before() if k[-1] < "\u3040")


def rate_asked(text: str, start: int) -> bool:
    """May a rate be written before ``start`` (:func:`rate_before`)? One look at the
    character before, and the last letter of the word before: False for most amounts."""
    if start < 2:
        return False
    before = text[start - 1]
    return before >= "\u3040" or (before == " " and text[start - 2] in RATE_ENDS)


RATE_ENDS = _rate_ends()


def qualifier_before(text: str, start: int, lex: Lexicon) -> tuple[int, str | None]:
    """A qualifier ending just before ``start``: the last one to three words, looked up."""
    if not start:
        return start, None
    if text[start - 1] == "~":
        return start - 1, "approx"
    lo = start - 28 if start > 28 else 0
    window = text[lo:start]
    if not window[-1].isspace():
        return start, None
    # The last two words first (rsplit from the right: no list of every word in the window).
    tail = window.rsplit(None, 2)
    if not tail:
        return start, None
    last = tail[-1]
    if "(" in last or "（" in last:
        cut = max(last.rfind("("), last.rfind("（"))
        if cut > 0:  # '원(약 2억 달러)': a bracket glued to the word before opens this one
            last = last[cut + 1 :]
    last_key = last.lower().lstrip(_OPENERS)
    candidates = lex.qualifiers_by_last.get(last_key)
    if not candidates:
        return start, None  # the common case, decided by one lookup
    seconds = lex.qualifier_seconds.get(last_key)
    if seconds is not None:  # 'of', 'to': only after 'upwards', 'up' and the like
        before = tail[-2].lower().rpartition("-")[2] if len(tail) > 1 else ""
        if before not in seconds and before.lstrip(_OPENERS) not in seconds:
            return start, None
    # A hyphen joins words as a space does ('en-dessous de', as the lexicon's 'en dessous de')
    words = window.replace("-", " ").split() if "-" in window else window.split()
    prev = words[-2].lower() if len(words) > 1 else ""
    for key, qual in candidates:  # longest first: 'well over' before 'over'
        n = len(key)
        if n > 1:  # the lookup matched the last word; the ones before it must match too
            if n > len(words) or last.lower() != key[-1]:  # '(over' ends no 'well over'
                continue
            if key[-2] != (prev if n > 2 else prev.lstrip(_OPENERS)):
                continue  # the word before differs: no list of the words to compare
            seq = [w.lower() for w in words[-n:-1]]
            seq[0] = seq[0].lstrip(_OPENERS)
            if tuple(seq) != key[:-1]:
                continue
        pos = window.rfind(last)
        for w in words[-2 : -n - 1 : -1]:  # back to where the first of those words starts
            pos = window.rfind(w, 0, pos)
        if pos == 0 and lo > 0 and text[lo - 1].isalnum():
            continue  # a word cut by the window ('handsome' is not 'some')
        if pos > 0 and window[pos - 1] == "-":
            continue  # the end of a hyphenated word ('a run-up to' is no 'up to')
        first = words[-n]
        return lo + pos + len(first) - len(first.lstrip(_OPENERS)), qual
    return start, None


_OPEN_PAREN = re.compile(r"\s*\(\s*$")
_CLOSE_PAREN = re.compile(r"\s*\)")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def _begin(part: Part) -> int:
    return part.prefix_start if part.prefix_start is not None else part.start


def _bracket_pair(text: str, x: Part, x2: Part) -> bool:
    """``x (x2)``: two amounts of money in two known currencies, the second bracketed."""
    return (x.kind == "money" and x2.kind == "money" and x2.currency is not None
            and x.currency is not None and x.currency != x2.currency
            and _OPEN_PAREN.match(text[x.end : _begin(x2)]) is not None)


def elided(text: str, parts: list[Part]) -> None:
    """'from 900 billion yen ($6 billion) to 700 billion ($4.7 billion)': a bare amount with
    a magnitude, followed by a bracketed amount in the currency that an earlier pair of the
    same sentence also brackets, is in that earlier pair's first currency.

    One pass: the latest such pair per bracketed currency is kept as the parts go by, and
    the sentence ends are found once (linear in the parts and the text).

    >>> from moneyfacts.grammar import scan
    >>> t = "from 900 billion yen ($6 billion) to 700 billion ($4.7 billion)"
    >>> [(q.text, q.unit) for q in scan(t)][2]
    ('700 billion', 'JPY')
    """
    latest: dict[str, int] = {}  # bracketed currency -> index of the last pair's first part
    ends: list[tuple[int, int]] | None = None  # the sentence ends, found when first needed
    k, boundary = 0, -1  # the last sentence end before the bare amount (its start)
    for j in range(2, len(parts) - 1):
        x, x2 = parts[j - 2], parts[j - 1]
        if x2.currency is not None and _bracket_pair(text, x, x2):
            latest[x2.currency] = j - 2
        b, y = parts[j], parts[j + 1]
        if b.kind is not None or b.magnitude is None or b.prefix_start is not None:
            continue
        if y.kind != "money" or y.currency is None or not _OPEN_PAREN.match(text[b.end : _begin(y)]):
            continue
        i = latest.get(y.currency)
        if i is None:
            continue
        if ends is None:
            ends = [m.span() for m in _SENTENCE_END.finditer(text)]
        while k < len(ends) and ends[k][1] <= b.start:
            boundary = ends[k][0]
            k += 1
        x = parts[i]
        if boundary >= x.end:
            continue  # a sentence ends between the pair and this amount
        written = text[_begin(x) : x.end]
        b.kind, b.currency, b.ambiguous = "money", x.currency, None
        b.assumed = (f"currency of {text[b.start : b.end]!r} taken from {written!r}, "
                     "which it parallels")


def bracketed_magnitude(
    text: str, parts: list[Part], lex: Lexicon, prof: LocaleProfile | None
) -> None:
    """'SEK 1,234 (987) million': the magnitude after a bracketed year-ago figure belongs to
    both figures, and the bracketed one is in the same currency."""
    for a, b in zip(parts, parts[1:]):
        if a.kind != "money" or a.magnitude is not None or b.kind is not None:
            continue
        if b.magnitude is not None or b.prefix_start is not None:
            continue
        if text[a.end : b.start].strip() != "(" or text[b.end : b.end + 1] != ")":
            continue
        end, power, _ = magnitude(text, b.end + 1, lex, prof)
        if power is None:
            continue
        a.magnitude = b.magnitude = power
        a.end = end
        b.kind, b.currency, b.assumed, b.ambiguous, b.sign = (
            "money", a.currency, a.assumed, a.ambiguous, a.sign)


@cache
def _money_words() -> re.Pattern[str]:
    """The words of lexicon.txt [money-word]: a sentence holding one speaks of money. Other
    languages' sections ([money-word de]) hold stems, found inside a word too: German and
    Nordic compounds end with them ('Konzernumsatz'), Arabic and Hebrew write articles and
    prepositions onto them ('والإيرادات'), and Russian and Turkish inflect them."""
    from moneyfacts.currencies import lexicon_section

    english = [k for k, _ in lexicon_section("money-word")]  # the section alone
    every = [k for k, _, _ in lexicon_sections().get("money-word", [])]
    words = sorted(set(english), key=len, reverse=True)
    # [money-word de] and the others: a word another section lists too is a stem there, though
    # English lists it whole ('budget': Swedish 'Budgeten', 'budgetunderskott')
    stems = sorted({k for k in every if every.count(k) > english.count(k)}, key=len, reverse=True)
    whole = rf"\b(?:{'|'.join(map(re.escape, words))})\b"
    if not stems:
        return re.compile(whole, re.IGNORECASE)
    return re.compile(rf"{whole}|(?:{'|'.join(map(re.escape, stems))})", re.IGNORECASE)


_SENTENCE_STOP = re.compile(r"[.!?]\s")


@cache
def _count_words() -> re.Pattern[str]:
    """The phrases of lexicon.txt [count-word], as one case-blind pattern of whole words."""
    from moneyfacts.currencies import lexicon_section

    words = sorted((k for k, _ in lexicon_section("count-word")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _counts_things(text: str, b: Part) -> bool:
    """Does the sentence of ``b``, before it (up to 160 characters, on its line), hold a phrase
    of [count-word] ('The number of farmers eligible is nearly 63.26 lakh')?"""
    lo = max(text.rfind("\n", max(0, b.start - 160), b.start) + 1, b.start - 160, 0)
    before = text[lo : b.start]
    stops = list(_SENTENCE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    return _count_words().search(before) is not None


def _not_carried(text: str, end: int) -> bool:
    """Does a phrase of [not-carried] follow the bare amount ending at ``end`` ('a million of
    any currency', '3 billion of them'), so that it takes no currency from before?"""
    if text[end : end + 1] != " ":
        return False
    return _not_carried_words().match(text, end + 1) is not None


@cache
def _not_carried_words() -> re.Pattern[str]:
    phrases = sorted((k for k, _, _ in lexicon_sections().get("not-carried", [])),
                     key=len, reverse=True)
    return re.compile(r"(?:%s)\b" % "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases),
                      re.IGNORECASE)


def _speaks_of_money(text: str, b: Part) -> bool:
    """Does the sentence of ``b`` (up to 160 characters before it and 60 after, on its line)
    hold a word of [money-word] ('Profit was 31.2 billion')?"""
    lo = max(text.rfind("\n", max(0, b.start - 160), b.start) + 1, b.start - 160, 0)
    before = text[lo : b.start]
    stops = list(_SENTENCE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    after = text[b.end : b.end + 60]
    cut = _SENTENCE_STOP.search(after)
    after = after[: cut.start()] if cut else after.split("\n", 1)[0]
    words = _money_words()
    return words.search(before) is not None or words.search(after) is not None


@cache
def _change_stems() -> dict[str, re.Pattern[str]]:
    """lexicon.txt [change-to]: a word that is 'up to' alone and 'to' after a verb of change
    -> the stems of those verbs, compiled."""
    by_word: dict[str, list[str]] = {}
    for stem, word, _ in lexicon_sections().get("change-to", []):
        by_word.setdefault(word.lower(), []).append(stem.lower())
    return {w: re.compile("|".join(map(re.escape, sorted(s, key=len, reverse=True))))
            for w, s in by_word.items()}


def changed_to(text: str, qstart: int, start: int) -> bool:
    """Is the 'up to' qualifier at ``qstart`` ('до') the 'to' of a change told before it in
    its sentence ('добыча выросла на 1,1%, до 10,8 млн баррелей', 'зросли до 5 млрд')?

    >>> changed_to("Выручка выросла на 12%, до 36 трлн рублей", 24, 27)
    True
    >>> changed_to("Скидки до 50 процентов", 7, 10)
    False
    """
    word = text[qstart:start].strip().lower()
    stems = _change_stems().get(word)
    if stems is None:
        return False
    before = text[max(0, qstart - 120) : qstart]
    if " " in word:  # 'ticked up to 3.9 per cent': the verb is the word right before
        last = before.split()[-1:]
        return bool(last) and stems.fullmatch(last[0].lower()) is not None
    stop = max(before.rfind(". "), before.rfind("\n"))
    return stems.search(before[stop + 1 :].lower()) is not None


_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _shares_currency(text: str, b: Part, nxt: Part | None) -> bool:
    """'respectivement 77 millions et 68 millions d'euros', '77 million and 68 million
    euros': a bare amount joined by a word of a pair ([range] 'pair') to the next amount, of
    the same magnitude, whose currency is named after its number: that currency is both's."""
    if not (nxt is not None and nxt.kind == "money" and nxt.currency is not None
            and nxt.prefix_start is None and (nxt.magnitude is not None or b.magnitude is None)):
        return False
    join = text[b.end : _begin(nxt)].strip().lower()
    if join in _change_to_joins() and (nxt.magnitude is None) == (b.magnitude is None):
        # (world23) 'von 5 auf 7 Milliarden Euro': a word that tells of a change by itself
        before = text[max(0, b.start - 16) : b.start].split()
        return bool(before) and before[-1].lower() in _range_openers()
    if join in _change_joins() and (nxt.magnitude is None) == (b.magnitude is None):
        # 'steeg van 30,3 miljoen tot 49,8 miljoen euro', 'выросли с 5 млрд до 7 млрд рублей':
        # the level a change left and the level it reached (ranges: no range after a change)
        from moneyfacts.currencies import lexicon
        from moneyfacts.ranges import change_from

        return change_from(text, b.start, lexicon())
    if b.magnitude is None or nxt.magnitude != b.magnitude or join not in _pair_joins():
        return False
    before = text[max(0, b.start - 16) : b.start].split()
    return not (before and before[-1].lower() in _range_openers())  # 'entre X y Y': a range's


@cache
def _range_openers() -> frozenset[str]:
    """The words of [range] that open a range ('between', 'entre', 'from'): read there."""
    return frozenset(k.lower() for k, v, _ in lexicon_sections().get("range", [])
                     if v.startswith("opens"))


@cache
def _change_joins() -> frozenset[str]:
    """The words of [range] (every language's) that join the level a change left to the
    level it reached after a 'from' word ('to', 'tot', 'до', 'a')."""
    return frozenset(k.lower() for k, v, _ in lexicon_sections().get("range", [])
                     if v in ("word", "to"))


@cache
def _change_to_joins() -> frozenset[str]:
    """(world23) The words of [range] (every language's) that join the level a change left
    to the level it reached whatever stands before ('auf', 'para': 'change-to')."""
    return frozenset(k.lower() for k, v, _ in lexicon_sections().get("range", [])
                     if v == "change-to")


@cache
def _pair_joins() -> frozenset[str]:
    """The words of [range] (every language's) that join the two amounts of a pair."""
    return frozenset(k.lower() for k, v, _ in lexicon_sections().get("range", [])
                     if v == "pair")


@cache
def _range_joins() -> frozenset[str]:
    """The words and dashes of [range] (every language's) that join a range's two ends."""
    return frozenset(k.lower() for k, v, _ in lexicon_sections().get("range", [])
                     if v in ("dash", "dash-closed", "word", "pair"))


def _noun_after(text: str, end: int) -> bool:
    """Does a noun follow the bare amount ending at ``end``, so that it counts that noun and
    is no money ('1,2 Millionen Haushalte', '٢٠.٢ مليون مواطن', '3 млрд человек')? A capitalised
    word in Latin script; in others a word of four letters or more that no article or
    [proclitic] begins ('مليار للخدمات', a preposition written onto it, is no count)."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word[0] < "\u0250":
        return word[0].isupper()
    return len(word) >= 4 and not word.startswith("ال") and word[0] not in _proclitic_letters() and (
        word.lower() not in _time_after())  # '98 млрд годом ранее': a time, no noun counted


@cache
def _time_after() -> frozenset[str]:
    """The lexicon's [time-after] words (every language's): a time right after an amount
    ('годом ранее', a year before), no noun it counts."""
    return frozenset(k.lower() for k, _, _ in lexicon_sections().get("time-after", []))


@cache
def _proclitic_letters() -> frozenset[str]:
    return frozenset(k for k, _, _ in lexicon_sections().get("proclitic", []))


def _one_sentence(text: str, source: Part, b: Part, last: bool = False) -> bool:
    """Is ``b`` an item of an enumeration in the sentence of the amount its currency would
    come from ('20 milliards d'euros pour la transition, 15 milliards pour la formation',
    '(20 milliards d'euros), l'éducation (15 milliards)')? A comma or bracket between them,
    within 120 characters, and the sentence goes on after ``b`` (not 'GDP of $3 trillion, it
    has 1.4 billion.'). With ``last`` (``source`` an item already carried to, so the list is
    one of amounts), ``b`` may end the sentence: the list's last item ('Perú, 310
    millones; Paraguay, 45 millones.')."""
    if not source.end <= b.start <= source.end + 120:
        return False
    gap = text[source.end : b.start]
    after = text[b.end : b.end + 3].lstrip(" )")
    bracketed = text[b.start - 1 : b.start] == "(" and text[b.end : b.end + 1] == ")"
    return (_SENTENCE_STOP.search(gap) is None and any(c in gap for c in ",;(")
            and (last or after[:1] not in ("", ".", "!", "?", "\n") or bracketed))  # '(3,1 milhões).


@cache
def _measure_carried_words() -> re.Pattern[str]:
    """[measure-carried]'s words, then at most one single-word qualifier of [qualifier]
    ('to about'), at the end of the text between a measure and a bare amount."""
    from moneyfacts.currencies import lexicon, lexicon_section

    words = sorted((k for k, v in lexicon_section("measure-carried") if v == "change"),
                   key=len, reverse=True)
    quals = sorted((q for q in lexicon().qualifiers_before if q.isalpha()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:(?:"
                      + "|".join(re.escape(q) for q in quals) + r")\s+)?$", re.IGNORECASE)


@cache
def _gapped() -> re.Pattern[str]:
    """The whole gap between a measure and a bare amount of a clause whose verb is left out:
    a 'gapped' word of [measure-carried], then one to three capitalised words, a place or a
    firm ('54.3 million tons and Qatar 53.7 million'; count16)."""
    from moneyfacts.currencies import lexicon_section

    words = [k for k, v in lexicon_section("measure-carried") if v == "gapped"]
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words))
                      + r")\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+")


@cache
def _possessive_gap() -> re.Pattern[str]:
    """The end of the gap between a measure and a bare figure that names whose figure it is,
    after a word of [measure-carried] ('compared with September's 59,371', 'up from last
    year's 8,000', 'and the refinery's 120,000'; count17): a possessive of one to three words
    right before the figure."""
    from moneyfacts.currencies import lexicon_section

    words = sorted((k for k, v in lexicon_section("measure-carried") if v in ("change", "gapped")),
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:[^\W\d_][\w.-]*\s+){0,2}"
                      r"[^\W\d_][\w.-]*['’]s\s+$", re.IGNORECASE)


def carried_possessive(text: str, parts: list[Part]) -> None:
    """'Output hit 60,000 tonnes, compared with September's 59,371': a bare figure right
    after a word of [measure-carried] and a possessive (:func:`_possessive_gap`), in the
    sentence of a measure or count just before it (no amount between but a percent), with no
    noun after it, is in that measure's unit or counts that noun, the writer naming whose figure
    it is instead of the unit; ``assumed`` says where the unit was carried from (count17). Not
    a year ('against the firm's 2019'), nor a figure with a sign or in doubt.

    >>> from moneyfacts.grammar import scan
    >>> q = scan("Mills ran 8,200 tonnes, against the rival's 7,900.")[1]
    >>> q.unit, q.value, q.assumed
    ('metric_ton', Decimal('7900'), "unit of '7,900' carried from '8,200 tonnes', the measure before it in its sentence")
    """
    source: Part | None = None
    for b in parts:
        if b.kind in ("measure", "count") and b.unit is not None:
            source = b
            continue
        if b.kind == "percent" or source is None:
            continue
        if b.kind is None and b.prefix_start is None and b.doubt is None:
            gap = text[source.end : b.start]
            written = text[b.start : b.end]
            if (len(gap) <= 100 and "s " in gap and "\n" not in gap
                    and _SENTENCE_STOP.search(gap) is None
                    and _possessive_gap().search(gap) and not _noun_after(text, b.end)
                    and not (b.magnitude is None and len(written) == 4 and "1900" <= written <= "2099")):
                b.kind, b.unit, b.per = source.kind, source.unit, source.per
                b.assumed = (f"unit of {written!r} carried from "
                             f"{text[source.start : source.end]!r}, the "
                             f"{'measure' if source.kind == 'measure' else 'count'} before it "
                             "in its sentence")
                continue
        source = None


@cache
def _spans_of_time() -> frozenset[str]:
    """units.txt's [time] units: a span of time carries its unit to no bare amount with a
    magnitude after it (count22: 'out of work over the last three weeks to 16.8 million' is no
    16.8 million weeks, nor a range of weeks)."""
    from moneyfacts.measures import _sections, units_text

    return frozenset(k for k, _ in _sections(units_text()).get("time", []))


def carried_measure(text: str, parts: list[Part]) -> None:
    """'Output fell 530,000 barrels a day to 32.6 million a day', 'exports rose to 1.2 million
    tonnes from 1.1 million': a bare amount with a magnitude right after a word of
    [measure-carried] ('to', 'from'), or after 'and' and a name in a clause whose verb is left
    out ('Australia shipped 54.3 million tons and Qatar 53.7 million'), in the sentence of a
    measure just before it (no amount between but a percent), is in that measure's unit; its
    per-unit the one written after it, else the measure's. ``assumed`` says where the unit
    was carried from.

    >>> from moneyfacts.grammar import scan
    >>> q = scan("Output fell 530,000 barrels a day to 32.6 million a day.")[1]
    >>> q.unit, q.value, q.per, q.text
    ('barrel', Decimal('32600000'), 'day', '32.6 million a day')
    """
    source: Part | None = None
    for b in parts:
        if b.kind == "measure":
            if b.unit not in _spans_of_time():  # count22: a span of time carries no unit
                source = b
            continue
        if b.kind == "percent" or source is None:
            continue
        if b.kind is None and b.magnitude is not None and b.prefix_start is None and b.doubt is None:
            gap = text[source.end : b.start]
            if (len(gap) <= 100 and "\n" not in gap and _SENTENCE_STOP.search(gap) is None
                    and (_measure_carried_words().search(gap) or _gapped().fullmatch(gap))
                    and not _noun_after(text, b.end)):
                from moneyfacts.measures import _read_per, table

                end, per = _read_per(text, b.end, table())
                b.kind, b.unit, b.end = "measure", source.unit, end
                b.per = per if per is not None else source.per
                b.assumed = (f"unit of {text[b.start : b.end]!r} carried from "
                             f"{text[source.start : source.end]!r}, the measure before it in "
                             "its sentence")
                continue
        source = None


def _back_gap() -> re.Pattern[str]:
    """The gap between a level reached and the level left: 'to 5 from 4 GW', 'to 1,200
    against 950 workers' (the words of a change, as in [measure-carried]; 'to' alone joins a
    range instead: '3 to 4 GW'): a word of [level-back] (lexicon.txt) valued 'back', maybe one
    valued 'about' after it, at the gap's end.

    >>> [bool(_back_gap().match(g)) for g in (" from ", " vs. about ", " compared with ", " to ")]
    [True, True, True, False]
    """
    words = lexicon_sections()["level-back"]
    back = "|".join(re.escape(k) for k, v, _ in words if v == "back")
    about = "|".join(re.escape(k) + " " for k, v, _ in words if v == "about")
    return re.compile(rf" (?:{back}) (?:{about})?$")


#: The gap between a level reached and the level left (:func:`_back_gap`), and what stands
#: before the first.
_BACK_GAP = _back_gap()


def _word_then_about(section: str, head: str, gap: str) -> str:
    r"""What stands right before a figure, as a pattern: a word of the lexicon's ``section``
    valued ``head``, ``gap`` after it, then maybe one of its words valued 'about' and a space,
    at the end ('to about ', 'between some ').

    >>> re.search(_word_then_about("level-to", "to", " "), "Output rose to about ") is not None
    True
    >>> _word_then_about("pair-between", "opens", r"\s+")
    '(?:between)\\s+(?:about |around |some |roughly )?$'
    """
    words = lexicon_sections()[section]
    heads = "|".join(re.escape(k) for k, v, _ in words if v == head)
    about = "|".join(re.escape(k) + " " for k, v, _ in words if v == "about")
    return rf"(?:{heads}){gap}(?:{about})?$"


#: 'to', maybe 'about', before the level reached ([level-to]).
_BACK_BEFORE = re.compile(r"\b" + _word_then_about("level-to", "to", " "))


def _bare_then_unit(parts: list[Part]) -> Iterator[tuple[Part, Part]]:
    """Each pair of neighbours (a, b) where ``a`` is a bare figure (no kind, no sign, not in
    doubt) and ``b`` a count or measure with its unit, not in doubt: the figures the carried_*
    steps may give ``b``'s unit. Read as the steps go: a figure given a unit is no longer bare.
    """
    for k in range(len(parts) - 1):
        a, b = parts[k], parts[k + 1]
        if a.kind is None and b.kind in ("measure", "count") and b.unit is not None and (
                a.prefix_start is None and a.doubt is None and b.doubt is None):
            yield a, b


def _carry_unit(text: str, a: Part, b: Part, how: str) -> None:
    """Give ``a`` the kind, unit and per-unit of ``b``; ``assumed`` names ``b`` and ``how`` it
    stands to ``a`` ('the figure after it')."""
    a.kind, a.unit, a.per = b.kind, b.unit, b.per
    a.assumed = f"unit of {text[a.start : a.end]!r} carried from {text[b.start : b.end]!r}, {how}"


def carried_back(text: str, parts: list[Part]) -> None:
    """'Output rose to 5 from 4 GW', 'staff grew to 1,200 from 950 workers': a bare figure
    after 'to', right before 'from' (or 'against', 'versus') and a measure or count, is in
    that measure's unit or counts that noun, as the writer left it to the figure after;
    ``assumed`` says so (count15). Not a year ('to 2025 from 4 GW'), nor a figure with a
    currency sign or in doubt.

    >>> from moneyfacts.grammar import scan
    >>> q = scan("Capacity rose to 5 from 4 GW.")[0]
    >>> q.unit, q.value, q.assumed
    ('gigawatt', Decimal('5'), "unit of '5' carried from '4 GW', the figure after it")
    """
    for a, b in _bare_then_unit(parts):
        gap = text[a.end : b.start]
        if len(gap) > 24 or not _BACK_GAP.match(gap) or not _BACK_BEFORE.search(
                text, max(0, a.start - 16), a.start):
            continue
        written = text[a.start : a.end]
        if a.magnitude is None and written.isdigit() and len(written) == 4:
            continue  # 'to 2025 from 4 GW': a year
        if b.magnitude is not None and a.magnitude is None and a.fig.value < 1000:
            continue  # 'to 5 from 4 million tonnes': five what? the writer's magnitude is unsaid
        _carry_unit(text, a, b, "the figure after it")


#: Between the two figures of a pair that writes its unit once: 'and' alone ('5 or 6 people' is
#: a range, moneyfacts.ranges').
_PAIR_GAP = frozenset([" and "])
#: 'between', maybe 'about', before the first figure: a range, no pair ([pair-between]).
_BETWEEN = re.compile(r"\b" + _word_then_about("pair-between", "opens", r"\s+"), re.IGNORECASE)


def carried_pair(text: str, parts: list[Part]) -> None:
    """'two towers of 53 and 42 storeys', 'plots of 7.1 million and 12.5 million acres': a bare
    figure right before 'and' and a count or measure is of that unit, which the writer
    wrote once for both; ``assumed`` says so (count18). Not a year, a label or a day of a month
    ('Units 3 and 4 reactors', 'June 3 and 4 people'), nor a figure with a sign or in doubt, nor
    one with no magnitude before a figure with one ('3 and 4 million barrels': three what?).

    >>> from moneyfacts.grammar import scan
    >>> q = scan("The towers rise 53 and 42 storeys.")[0]
    >>> q.unit, q.value, q.assumed
    ('storey', Decimal('53'), "unit of '53' carried from '42 storeys', the figure after it")
    """
    from moneyfacts.counts import _label, _plain_number

    for a, b in _bare_then_unit(parts):
        if text[a.end : b.start] not in _PAIR_GAP and not modified_pair(text, a, b) or (
                b.magnitude is not None and a.magnitude is None):
            continue  # count23: '12 primary and 4 secondary schools' (counts.modified_pair)
        if _BETWEEN.search(text, max(0, a.start - 24), a.start):
            continue  # 'between 5 and 7 GW' is a range, joined later
        if not _plain_number(text, a) or _label(text, a):
            continue  # 'in 2019 and 2020 sales', 'Units 3 and 4 reactors', 'June 3 and 4 people'
        _carry_unit(text, a, b, "the figure after it")


#: Between a part and the whole it is of: 'of', then a determiner or a possessive of at most
#: two words ('7.1 million of the country's 12.5 million acres', '300 of its 1,200 staff').
def _partitive_gap() -> re.Pattern[str]:
    """The gap of :data:`_PARTITIVE_GAP` from [partitive] (lexicon.txt): a word valued 'of',
    then maybe a 'determiner' or a possessive of at most two words, a word valued 'article'
    maybe before it.

    >>> [bool(_partitive_gap().fullmatch(g)) for g in (" of its ", " of the country's ", " to ")]
    [True, True, False]
    """
    words = lexicon_sections()["partitive"]

    def alt(value: str, tail: str) -> str:
        return "|".join(re.escape(k) + tail for k, v, _ in words if v == value)

    return re.compile(rf" (?:{alt('of', '')}) (?:{alt('determiner', ' ')}|"
                      rf"(?:{alt('article', ' ')})?[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*)?['’]s )?")


_PARTITIVE_GAP = _partitive_gap()


def carried_partitive(text: str, parts: list[Part]) -> None:
    """'Texas has 7.1 million of the country's 12.5 million acres', 'it cut 300 of its 1,200
    employees': a bare figure right before 'of', a determiner or possessive and a count or
    measure is a part of that whole, in its unit; ``assumed`` says so (count18). Not a year, a
    label or a day of a month, nor a figure with a sign or in doubt, nor a small figure with no
    magnitude before a whole with one ('7.1 of the 12.5 million': the writer's magnitude unsaid).

    >>> from moneyfacts.grammar import scan
    >>> q = scan("The firm cut 300 of its 1,200 employees.")[0]
    >>> q.unit, q.value, q.assumed
    ('employee', Decimal('300'), "unit of '300' carried from '1,200 employees', the whole it is part of")
    """
    for a, b in _bare_then_unit(parts):
        if _PARTITIVE_GAP.fullmatch(text, a.end, b.start) is None or (
                b.magnitude is not None and a.magnitude is None and a.fig.value < 100):
            continue
        if not _plain_number(text, a) or _label(text, a):
            continue  # 'in 2019 of the 12 reactors', 'Section 3 of the 12 rules'
        _carry_unit(text, a, b, "the whole it is part of")


@cache
def _level_change() -> re.Pattern[str]:
    """[level-change]'s words, then 'to' or 'from' and at most one qualifier, at the end of
    the text between a count or measure and a bare figure."""
    from moneyfacts.currencies import lexicon_section

    words = sorted((k for k, _ in lexicon_section("level-change")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+"
                      + _word_then_about("level-change-to", "to", r"\s+"), re.IGNORECASE)


def _same_subject_gap() -> re.Pattern[str]:
    """What may stand between a count and the change of it, so that the change is of the same
    thing: a comma right before the change word (', rising to', ', down from': a clause that
    tells of the figure before), or nothing but words of [same-subject] (lexicon.txt: 'but
    fell to', 'and then rose to').

    >>> [bool(_same_subject_gap().fullmatch(g)) for g in (" but then ", " and ridership ", ", ")]
    [True, False, True]
    """
    words = "|".join(re.escape(k) for k, _, _ in lexicon_sections()["same-subject"])
    return re.compile(rf"(?:.*,\s*|\s*(?:(?:{words})\s+)*)$", re.IGNORECASE | re.DOTALL)


_SAME_SUBJECT = _same_subject_gap()


def _same_subject(head: str) -> bool:
    """Is the text ``head`` between a count and a word of a change free of a new subject
    ('1,400 employees but fell to' is; '2,000 buses and ridership rose to' is not)?"""
    return _SAME_SUBJECT.fullmatch(head) is not None


def carried_level(text: str, parts: list[Part]) -> None:
    """'The county had 241,236 households in 2024, rising to 255,612 by 2039', 'Staff numbered
    1,400 employees but fell to 1,150': a bare figure grouped by commas or with a magnitude
    word, right after a word of a change and 'to' or 'from' ([level-change]), in the sentence
    of a count or measure before it (no amount between but a percent or a year), is a level
    of that count or measure; ``assumed`` says so (count15).

    >>> from moneyfacts.grammar import scan
    >>> q = scan("It had 241,236 households in 2024, rising to 255,612 by 2039.")[-1]
    >>> q.kind, q.unit, q.value
    ('count', 'household', Decimal('255612'))
    """
    for b in parts:  # a screen: a bare figure with a magnitude or grouped by commas
        if b.kind is None and (b.magnitude is not None or "," in text[b.start : b.end]):
            break
    else:
        return
    source: Part | None = None
    for b in parts:
        if b.kind in ("measure", "count") and b.unit is not None and b.doubt is None:
            if b.unit not in _spans_of_time():  # count22: a span of time is no level's unit,
                source = b  # nor stands between
            continue
        if source is None:
            continue
        written = text[b.start : b.end]
        if b.kind == "percent" or b.kind is None and b.magnitude is None and (
                written.isdigit() and len(written) == 4):
            continue  # '7.5%', 'from 2011': no amount of its own between
        if b.kind is None and b.prefix_start is None and b.doubt is None and (
                b.magnitude is not None or "," in written):
            gap = text[source.end : b.start]
            change = _level_change().search(gap) if len(gap) <= 120 else None
            if (change is not None and "\n" not in gap and ";" not in gap
                    and _SENTENCE_STOP.search(gap) is None and _same_subject(gap[: change.start()])
                    and not _noun_after(text, b.end) and not _money_words().search(gap)):
                # ('12,000 homes; prices rose to 450,000': another clause, of money)
                b.kind, b.unit, b.per = source.kind, source.unit, source.per
                b.assumed = (f"unit of {written!r} carried from "
                             f"{text[source.start : source.end]!r}, the figure before it in "
                             "its sentence")
                continue
        source = None


@cache
def _number_of() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[count-word]'s 'number of' phrases and the five words after them; and
    [count-level]'s words, then at most one single-word qualifier, right before a figure."""
    from moneyfacts.currencies import lexicon, lexicon_section

    heads = sorted((k for k, v in lexicon_section("count-word") if k.endswith(" of")), key=len,
                   reverse=True)
    levels = sorted((k for k, _ in lexicon_section("count-level")), key=len, reverse=True)
    quals = sorted((q for q in lexicon().qualifiers_before if q.isalpha()), key=len, reverse=True)
    return (re.compile(r"\b(?:" + "|".join(map(re.escape, heads)) + r")((?:\s+[a-z][\w-]*){1,5})",
                       re.IGNORECASE),
            re.compile(r"\b(?:" + "|".join(map(re.escape, levels)) + r")\s+(?:(?:"
                       + "|".join(map(re.escape, quals)) + r")\s+)?$", re.IGNORECASE))


def number_of(text: str, parts: list[Part]) -> None:
    """'The number of exporting companies stood at 97,418', 'the number of importers rising 4.2
    percent to 192,791': a bare figure right after a word of [count-level] ('at', 'to',
    'reached') in the sentence of a 'number of <plural noun>' ([count-word]) before it, no
    amount between but a percent, counts that noun.

    >>> from moneyfacts.grammar import scan
    >>> q = scan("The number of exporting companies stood at 97,418 last year.")[0]
    >>> q.kind, q.unit, q.value
    ('count', 'company', Decimal('97418'))
    """
    from moneyfacts.counts import singular
    from moneyfacts.currencies import lexicon

    heads, level = _number_of()
    lex = lexicon()
    for k, b in enumerate(parts):
        if b.kind is not None or b.prefix_start is not None or b.doubt is not None or (
                b.magnitude is None and b.fig.precision == 1 and 1900 <= b.fig.value <= 2100
                and "," not in text[b.start : b.end]):
            continue  # (a year is no count)
        lo = max(text.rfind("\n", max(0, b.start - 200), b.start) + 1, b.start - 200, 0)
        if k and parts[k - 1].end > lo and parts[k - 1].kind != "percent" and not (
                parts[k - 1].kind == "measure" and parts[k - 1].unit in _spans_of_time()):
            lo = parts[k - 1].end  # no amount between but a percent or a span of time (count22:
            # 'the number of Americans out of work over the last three weeks to 16.8 million')
        before = text[lo : b.start]
        stops = list(_SENTENCE_STOP.finditer(before))
        if stops:
            before = before[stops[-1].end() :]
        if not level.search(before):
            continue
        found = None
        for m in heads.finditer(before):
            found = m
        if found is None or _noun_after(text, b.end):
            continue
        noun = next((n for w in found.group(1).split() if w[-1:] == "s" and w.lower() not in (
            lex.words.stop) and (n := singular(w, lex)) is not None and n != w.lower()), None)
        if noun is None or noun in lex.currency_words:
            continue  # ('the number of jobless claims': 'claims', not 'jobless')
        b.kind, b.unit = "count", noun


class _Paragraph:
    """What :func:`carried` knows of the paragraph so far: its one currency ('' after two),
    the amount it was first written with, an equivalent in brackets after it in another
    currency, and the last amount in it, carried to or not (an enumeration's)."""

    __slots__ = ("currency", "source", "aside", "near")

    def __init__(self) -> None:
        self.currency: str | None = None
        self.source: Part | None = None
        self.aside: Part | None = None
        self.near: Part | None = None

    def money(self, text: str, b: Part, before: Part | None) -> None:
        """Take in an amount of money ``b`` read in the paragraph."""
        if (self.currency and self.source is not None and before is self.near
                and b.currency is not None and before is not None and b.doubt is None
                and _OPEN_PAREN.match(text[before.end : _begin(b)])
                and _CLOSE_PAREN.match(text, b.end)):  # the bracket holds it alone
            self.aside = b  # 'X yuan ($Y)': the bracket restates X; the paragraph's currency stays
        elif b.currency is None or (self.currency is not None and self.currency != b.currency) or (
                before is not None and before.kind is None and before.magnitude is not None
                and _OPEN_PAREN.match(text[before.end : _begin(b)])):
            self.currency = ""  # two currencies, a sign unread, or 'X ($Y)' with X's unnamed
        else:
            self.currency, self.source, self.near = b.currency, b, b


def carried(text: str, parts: list[Part]) -> None:
    """'Revenue was 52.3 billion yuan in 2024. Profit was 31.2 billion, up 5%.': a bare amount
    with a magnitude, in a sentence that speaks of money ([money-word]), is in the one currency
    that the amounts before it in its paragraph (its line) are in, and ``assumed`` says where
    it was carried from. Two currencies before it, a sign left unread, or a pair whose first
    figure names no currency ('1.6 billion ($2.54 billion)': not dollars), and it stays unread.

    >>> from moneyfacts.grammar import scan
    >>> t = "Revenue was 52.3 billion yuan in 2024. Profit was 31.2 billion, up 5%."
    >>> q = scan(t)[1]
    >>> q.unit, q.value, q.assumed
    ('CNY', Decimal('31200000000'), "currency of '31.2 billion' carried from '52.3 billion yuan', the one currency before it in its paragraph")
    """
    for p in parts:  # a first screen for the two below: a bare figure (count15)
        if p.kind is None:
            if " from " in text or " against " in text or " versus " in text or " vs" in text:
                carried_back(text, parts)  # 'rose to 5 from 4 GW': the unit of the measure after it
            carried_level(text, parts)  # '241,236 households ..., rising to 255,612'
            if " and " in text:
                carried_pair(text, parts)  # '53 and 42 storeys' (count18)
            if " of " in text:
                carried_partitive(text, parts)  # '300 of its 1,200 employees' (count18)
            if "'s " in text or "\u2019s " in text:  # 'compared with September's 59,371' (count17)
                carried_possessive(text, parts)
            break
    if not _any_bare(parts):  # a first screen: most texts have none
        return
    carried_measure(text, parts)  # the unit of a measure before it first ('to 32.6 million a day')
    para = _Paragraph()
    end = 0
    for k, b in enumerate(parts):
        if "\n" in text[end : b.start]:
            para = _Paragraph()  # a new paragraph
        before = parts[k - 1] if k else None
        after = parts[k + 1] if k + 1 < len(parts) else None
        end = b.end
        if b.kind == "money":
            para.money(text, b, before)
        elif b.kind is None and b.prefix_start is None and (
                b.magnitude is not None or after is not None and after.magnitude is None) and (
                _shares_currency(text, b, after)):
            assert after is not None
            b.kind, b.currency = "money", after.currency
            b.assumed = (f"currency of {text[b.start : b.end]!r} taken from "
                         f"{text[_begin(after) : after.end]!r}, the amount it is paired with")
        elif _carries(text, para, b, after):
            _carry(text, para, b)
    sentence_carried(text, parts)


def _any_bare(parts: list[Part]) -> bool:
    """Is there a bare amount with a magnitude, or a bare level a change left before an amount
    without one ('rose from 5 to 7 dollars')?"""
    return any(p.kind is None and (p.magnitude is not None or (
        k + 1 < len(parts) and parts[k + 1].kind == "money" and parts[k + 1].magnitude is None
        and parts[k + 1].prefix_start is None)) for k, p in enumerate(parts))


def sentence_carried(text: str, parts: list[Part]) -> None:
    """(world22) 'Profit was 300 million in 2024, against 250 million euros a year earlier',
    '478 miliarde și un rest de 321 miliarde lei', '93 miljarder kronor för 2025 och 89
    miljarder för 2026' (its paragraph also naming USD): a bare amount with a magnitude that
    :func:`carried` left unread, whose sentence names one currency, with every amount of money
    in it, takes that currency, the sentence speaking of money or the amount it is taken
    from written with the same magnitude; ``assumed`` names that amount. Two currencies in the
    sentence, a noun or a count, or a pair in brackets, and it stays unread.

    >>> from moneyfacts.grammar import scan
    >>> q = scan("Profit was 300 million in 2024, against 250 million euros a year earlier.")[0]
    >>> q.unit, q.value, q.assumed
    ('EUR', Decimal('300000000'), "currency of '300 million' taken from '250 million euros', the one currency of its sentence")
    >>> [q.unit for q in scan("A town of 300 million people has 250 million euros.")]
    ['person', 'EUR']
    """
    starts: list[int] | None = None
    paragraphs: dict[int, list[Part]] | None = None
    for k, b in enumerate(parts):
        if not _bare_alone(text, parts, k):
            continue
        if starts is None:
            starts = [p.start for p in parts]
        lo, hi = _sentence_of(text, b)
        near = range(bisect_left(starts, lo), bisect_right(starts, hi))
        money = [parts[j] for j in near if parts[j] is not b and parts[j].kind == "money"
                 and parts[j].currency is not None and parts[j].doubt is None
                 and lo <= _begin(parts[j]) and parts[j].end <= hi]
        if not money:
            if paragraphs is None:
                paragraphs = _paragraph_money(text, parts)
            _paragraph_carry(text, b, paragraphs)
        elif len({p.currency for p in money}) == 1 and not _unsaid_pair(text, parts, near):
            _sentence_carry(text, b, money)


def _bare_alone(text: str, parts: list[Part], k: int) -> bool:
    """Is part ``k`` a bare amount with a magnitude that may take a currency from its
    sentence: no sign, no doubt, not a pair's first in brackets or an equivalent alone in
    brackets, not a range's low end, not beside another figure, no noun or count?"""
    b = parts[k]
    if b.kind is not None or b.magnitude is None or b.prefix_start is not None or (
            b.doubt is not None):
        return False
    after = parts[k + 1] if k + 1 < len(parts) else None
    before = parts[k - 1] if k else None
    if after is not None:
        gap = text[b.end : _begin(after)]
        if after.kind == "money" and _OPEN_PAREN.match(gap):
            return False  # 'Profit was 31.2 billion ($4.3 billion)': a pair, its first unsaid
        if after.kind == "count" and gap.strip().lower() in _range_joins() or _range_gap(gap):
            return False  # the low end of a range ('5 million - 7 million dollars': ranges.py's)
        if not gap.strip():
            return False  # 'paid 5 million 2020 euros': two figures side by side, neither settled
    if before is not None and before.kind == "money" and _OPEN_PAREN.match(
            text[before.end : b.start]) and _CLOSE_PAREN.match(text, b.end):
        return False  # '250.4 billion lira (8.1 billion)': an equivalent, its currency unsaid
    return not (_noun_after(text, b.end) or _counts_things(text, b) or _not_carried(text, b.end))


def _unsaid_pair(text: str, parts: list[Part], near: range) -> bool:
    """Does an amount of money among ``near`` open a bracket right after a bare amount ('1.6
    billion ($2.54 billion), against 2.0 billion': the first's currency is unsaid)?"""
    return any(j and parts[j].kind == "money" and parts[j - 1].kind is None
               and _OPEN_PAREN.match(text[parts[j - 1].end : _begin(parts[j])]) for j in near)


def _sentence_carry(text: str, b: Part, money: list[Part]) -> None:
    """Read ``b`` in the one currency of ``money`` (its sentence's amounts), from the nearest,
    when the sentence speaks of money or that amount has ``b``'s magnitude."""
    source = min(money, key=lambda p: b.start - p.end if p.end <= b.start else _begin(p) - b.end)
    if not (_speaks_of_money(text, b) or source.magnitude == b.magnitude):
        return
    assert source.currency is not None
    b.kind, b.currency = "money", source.currency
    b.assumed = (f"currency of {text[b.start : b.end]!r} taken from "
                 f"{text[_begin(source) : source.end]!r}, the one currency of its sentence"
                 + (f" ({source.assumed})" if source.assumed else ""))


def _paragraph_money(text: str, parts: list[Part]) -> dict[int, list[Part]]:
    """The amounts of money with a currency of each paragraph (line), by its first offset."""
    out: dict[int, list[Part]] = {}
    for p in parts:
        if p.kind == "money" and p.currency is not None and p.doubt is None:
            out.setdefault(text.rfind("\n", 0, p.start) + 1, []).append(p)
    return out


def _paragraph_carry(text: str, b: Part, paragraphs: dict[int, list[Part]]) -> None:
    """(world22) 'Movimenta 244 milioni il bilancio 2026 del Comune. [...] Aumentano di 500mila
    euro gli incassi': a bare amount with a magnitude in a sentence that speaks of money and
    names no currency takes the one currency of its paragraph when it is written only after
    it (before it, :func:`carried` has taken it), and ``assumed`` names the amount."""
    money = paragraphs.get(text.rfind("\n", 0, b.start) + 1, [])
    if not money or len({p.currency for p in money}) != 1 or money[0].start < b.start or (
            not _speaks_of_money(text, b)):
        return
    source = money[0]
    assert source.currency is not None
    b.kind, b.currency = "money", source.currency
    b.assumed = (f"currency of {text[b.start : b.end]!r} taken from "
                 f"{text[_begin(source) : source.end]!r}, the one currency of its paragraph"
                 + (f" ({source.assumed})" if source.assumed else ""))


def _range_gap(gap: str) -> bool:
    """Does ``gap`` join two figures as a range's ends would ('-', ' to '; not a pair's 'and',
    a range's only after 'between')?"""
    from moneyfacts.currencies import lexicon

    g = lexicon().words.range_gap_groups(gap)
    if not g:
        return False
    dash, word = g
    return dash is not None or (word or "").lower() in _change_joins()


def _sentence_of(text: str, b: Part) -> tuple[int, int]:
    """The bounds of ``b``'s sentence: from the last sentence stop or line break before it
    (up to 240 characters back) to the next after it (up to 240 on)."""
    lo = max(text.rfind("\n", max(0, b.start - 240), b.start) + 1, b.start - 240, 0)
    stops = list(_SENTENCE_STOP.finditer(text, lo, b.start))
    if stops:
        lo = stops[-1].end()
    window = text[b.end : b.end + 240]
    cut = _SENTENCE_STOP.search(window)
    rest = window[: cut.start() + 1] if cut else window
    return lo, b.end + len(rest.split("\n", 1)[0])


def _carries(text: str, para: _Paragraph, b: Part, after: Part | None) -> bool:
    """Whether the paragraph's one currency is carried to the bare amount ``b`` (``after``:
    the amount after it): a magnitude, no sign, in a sentence that speaks of money or the
    sentence of the amount the currency was written with (or of the enumeration's last), no
    noun after it, no count, no range of a count, no pair whose first currency is unsaid."""
    source, near = para.source, para.near
    if (not para.currency or source is None or b.kind is not None or b.magnitude is None
            or b.prefix_start is not None or b.doubt is not None
            or not (_speaks_of_money(text, b) or _one_sentence(text, source, b) or (
                near is not None and near is not source and _one_sentence(
                    text, near, b, last=True)))
            or _noun_after(text, b.end) or _counts_things(text, b) or _not_carried(text, b.end)):
        return False
    if after is not None and after.kind == "count" and (
            text[b.end : _begin(after)].strip().lower() in _range_joins()):
        return False  # 'entre 3 mil e 4 mil empregos': the low end of a range of a count
    if near is not None and near.kind == "money" and near.end <= b.start and (
            _OPEN_PAREN.match(text[near.end : b.start]) and _CLOSE_PAREN.match(text, b.end)):
        return False  # '250.4 billion lira (8.1 billion)': alone in the bracket after an
        # amount, its equivalent, in a currency the bracket leaves unsaid (world16)
    # 'Profit was 31.2 billion ($4.3 billion)': a pair, whose first currency the text does
    # not say (see elided)
    return not (after is not None and after.kind == "money" and _OPEN_PAREN.match(
        text[b.end : _begin(after)]))


def _carry(text: str, para: _Paragraph, b: Part) -> None:
    """Read ``b`` in the paragraph's currency, and say where it was carried from."""
    source, aside = para.source, para.aside
    assert source is not None
    written = text[_begin(source) : source.end]
    b.kind, b.currency, para.near = "money", para.currency, b
    b.assumed = (f"currency of {text[b.start : b.end]!r} carried from {written!r}, the one "
                 "currency before it in its paragraph"
                 + ("" if aside is None else
                    f" but for {text[_begin(aside) : aside.end]!r}, an equivalent in brackets")
                 + (f" ({source.assumed})" if source.assumed else ""))
