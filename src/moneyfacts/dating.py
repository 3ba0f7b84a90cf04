"""The article's date from its own text, when nobody gave one.

In this order (the first that speaks wins; the later ones are checked against it and a
disagreement is said in ``conflicts``):

1. **a printed date**: a line near the top that is a date, or opens with one ("December 31,
   2025", "Published 23 Dec 2025 10:02", "2025-12-23", "23. Dezember 2025"), read by
   ``dateparser`` in the text's language (py3langid) and English;
2. **a dateline** ("BEIJING, Dec. 31 (Reuters) -"): a day and month, whose year comes from
   the year cues, and from the weekday the dateline prints ("Wednesday, Dec. 31");
3. **year cues**: the latest year the prose names (a fiscal year too: "fiscal 2026",
   "FY2026", "FY26" name 2026, so the article is of 2025 or 2026), with "this year" / "next year" (in the
   text's language, from dateparser's data) placing the article the year before a year it names
   apart ("Rmb85bn for processors next year" beside "in 2026": 2025); a month the text says
   something happened in ("in October, the company recorded") starts the range there.

Only where a date or year may be is located here (lines, the dateline's opening, four-digit
numbers); reading the date itself is dateparser's. Nothing past today is a publication date.

>>> import datetime as dt
>>> d = date_text("Chips\\n\\nDecember 31, 2025\\n\\nByteDance plans to spend 100 billion yuan.")
>>> d.label, d.source, d.evidence
('2025-12-31', 'printed', "printed 'December 31, 2025' (line 3)")
>>> text = ("It plans to spend Rmb160 billion in 2026. It spent Rmb150 billion this year, more "
...         "than ever. In October, the company recorded 30tn tokens a day, a record for it.")
>>> d = date_text(text, today=dt.date(2026, 12, 6))
>>> d.label, d.source
('2025-10-01/2025-12-31', 'year cues')
>>> d.evidence
"year cues: 'this year' with 2026 named (line 1) gives 2025; 'In October' with a past tense (line 1)"
>>> date_text("BEIJING, Wednesday, Dec. 31 (Reuters) - ByteDance said.", today=dt.date(2026, 12, 6)).label
'2025-12-31'
>>> date_text("No date here at all.") is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from moneyfacts.models import ArticleDate

__all__ = ["date_text", "resolve", "nearest_first", "describe"]

#: How far down a printed date is looked for: lines, and characters.
HEAD_LINES = 40
HEAD_CHARS = 4000
#: A printed date stands on a short line (at most this long) or opens it.
SHORT_LINE = 120
OPENING = 40
#: Years named more than this above the next lower one are targets ("by 2030"), not cues.
TARGET_GAP = 1

# Locating only: a four-digit number that is not part of an amount ("$2025", "2,026", "2025%").
_YEAR_SPAN = re.compile(r"(?<![\w$€£¥.,])(?:1[89]|20|21)\d\d(?![\w%]|[.,]\d)")
# A fiscal year written short ("FY2026", "FY26", "FY 2025/26"): its (last) year.
_FISCAL_SPAN = re.compile(r"\bFY\s?(?:\d{2,4}[/-])?((?:19|20)?\d\d)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The dateline's date sits between the city's comma and the agency or the dash.
_DATELINE_END = re.compile(r"\s(?:\(|-|–|—)")


@lru_cache(maxsize=1)
def _past() -> re.Pattern[str]:
    """A past tense in a sentence: a word of three letters or more and '-ed', or a verb of
    [past-tense] (lexicon.txt).

    >>> bool(_past().search("Sales rose in March")), bool(_past().search("Sales rise in May"))
    (True, False)
    """
    from moneyfacts.currencies import lexicon_sections

    verbs = "|".join(re.escape(k) for k, _, _ in lexicon_sections()["past-tense"])
    return re.compile(rf"\b\w{{3,}}ed\b|\b(?:{verbs})\b", re.I)


@dataclass(frozen=True)
class _Line:
    no: int
    text: str


def _lines(text: str) -> list[_Line]:
    return [_Line(i, s.strip()) for i, s in enumerate(text.splitlines(), 1) if s.strip()]


@lru_cache(maxsize=64)
def _language_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, int], ...],
                                        tuple[tuple[str, int], ...]]:
    """(this-year phrases, next-year phrases, month names -> 1..12, weekday names -> 0..6) of
    a language, from dateparser's data."""
    from dateparser.languages.loader import default_loader

    info: dict[str, Any] = default_loader.get_locale(lang).info
    rel = info.get("relative-type", {})
    months = tuple((n.lower(), i) for i, m in enumerate(calendar.month_name[1:], 1)
                   for n in info.get(m.lower(), []) if len(n) >= 3)
    days = tuple((n.lower(), i) for i, d in enumerate(calendar.day_name)
                 for n in info.get(d.lower(), []) if len(n) >= 3)
    return (tuple(p.lower() for p in rel.get("0 year ago", [])),
            tuple(p.lower() for p in rel.get("in 1 year", [])), months, days)


@lru_cache(maxsize=1)
def _known_languages() -> frozenset[str]:
    from dateparser.data import languages_info

    return frozenset(languages_info.language_order)


def _languages(text: str) -> list[str]:
    """The text's language (py3langid) and English, as dateparser knows them."""
    langs = ["en"]
    try:
        import py3langid  # type: ignore[import-untyped]

        lang = str(py3langid.classify(text[:2000])[0])
    except Exception:  # pragma: no cover - py3langid missing or failing: English only
        return langs
    if lang != "en" and lang in _known_languages():
        langs.insert(0, lang)
    return langs


def _phrase_in(phrase: str, low: str) -> int:
    m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low)
    return -1 if m is None else m.start()


def _printed(lines: list[_Line], langs: list[str], today: dt.date) -> tuple[dt.date, str, int] | None:
    from dateparser.search import search_dates

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DATES_FROM": "past"}
    seen = 0
    for line in lines[:HEAD_LINES]:
        seen += len(line.text)
        if seen > HEAD_CHARS + len(line.text):
            break
        s = line.text
        if not any(c.isdigit() for c in s):
            continue
        seg = s[:SHORT_LINE]
        try:
            hits = search_dates(seg, languages=langs, settings=settings) or []
            if not hits and _YEAR_SPAN.search(seg):  # a line in another language than the text's
                hits = search_dates(seg, settings=settings) or []
        except Exception:  # dateparser on odd input: no date here
            continue
        for phrase, when in hits:
            at = seg.find(phrase)
            day = when.date()
            if str(day.year) not in phrase and f"{day.year % 100:02d}" not in phrase:
                continue  # a relative date ("23 hours ago"), not a printed one
            if not (2 * len(phrase.strip()) >= len(s) or (at <= OPENING and len(s) <= SHORT_LINE)):
                continue  # a date inside the prose: what the story tells, not when it was printed
            if dt.date(1990, 1, 1) <= day <= today:
                return day, phrase.strip(), line.no
    return None


def _dateline(lines: list[_Line], langs: list[str]) -> tuple[int, int, int | None, str, int] | None:
    """(month, day, weekday or None, the words, line) of a dateline without a year."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False}
    for line in lines[:8]:
        head = line.text[:80]
        end = _DATELINE_END.search(head)
        if end is None:
            continue
        comma = head.find(",")
        piece = head[comma + 1 if 0 <= comma < end.start() else 0:end.start()].strip(" ,")
        if not piece or len(piece) > 30 or not any(c.isdigit() for c in piece):
            continue
        try:
            when = dateparser.parse(piece, languages=langs, settings=settings)
        except Exception:
            continue
        if when is None or str(when.day) not in piece:
            continue
        if _YEAR_SPAN.search(piece):
            continue  # a full date: the printed-date step's
        low = piece.lower()
        weekday = next((i for lang in langs for name, i in _language_words(lang)[3]
                        if _phrase_in(name, low) >= 0), None)
        return when.month, when.day, weekday, piece, line.no
    return None


def _prose(line: _Line) -> bool:
    """A line of running text, not a headline or a list item: long, or a sentence."""
    s = line.text
    return len(s) >= SHORT_LINE or (s[-1:] in ".!?\"”’" and len(s.split()) >= 8)


@dataclass
class _Cues:
    first: int
    last: int
    start: dt.date | None
    said: list[str]


def _sentences(lines: list[_Line]) -> Iterator[tuple[int, str]]:
    for line in lines:
        if _prose(line):
            for sent in _SENTENCE_END.split(line.text):
                yield line.no, sent


def _year_cues(lines: list[_Line], langs: list[str], today: dt.date) -> _Cues | None:
    sents = list(_sentences(lines))
    named: dict[int, int] = {}  # year -> first line naming it
    for no, sent in sents:
        for m in _YEAR_SPAN.finditer(sent):
            named.setdefault(int(m.group()), no)
        for m in _FISCAL_SPAN.finditer(sent):  # a fiscal year names the year it ends in
            y = int(m.group(1))
            named.setdefault(y + 2000 if y < 100 else y, no)
    years = sorted(y for y in named if y <= today.year + 5)
    while len(years) > 1 and years[-1] - years[-2] > TARGET_GAP:
        years.pop()  # a target year ("by 2030"), not the story's own
    if not years:
        return None
    latest = years[-1]
    first, last = latest - 1, latest
    said: list[str] = []
    words = [_language_words(lang) for lang in langs]
    for no, sent in sents:
        low = sent.lower()
        if str(latest) in sent:
            continue  # "this year, 2025": the phrase and the year are the same year
        phrase = next((p for w in words for p in (*w[1], *w[0]) if _phrase_in(p, low) >= 0), None)
        if phrase is not None:
            first = last = latest - 1
            said.append(f"{phrase!r} with {latest} named (line {no}) gives {first}")
            break
    else:
        said.append(f"{latest} named (line {named[latest]}): the article is of {first} or {last}")
    last = min(last, today.year)
    first = min(first, last)
    start = None
    if first == last:
        for no, sent in sents:
            low = sent.lower()
            for w in words:
                for name, month in w[2]:
                    at = _phrase_in(f"in {name}", low)
                    if at < 0 or _YEAR_SPAN.search(sent) or not _past().search(sent):
                        continue
                    cand = dt.date(first, month, 1)
                    if cand <= today and (start is None or cand > start):
                        start = cand
                        phrase = sent[at:at + 3 + len(name)]
                        said_month = f"{phrase!r} with a past tense (line {no})"
        if start is not None:
            said.append(said_month)
    return _Cues(first, last, start, said)


def _label(start: dt.date, end: dt.date) -> str:
    if start == end:
        return start.isoformat()
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    if (start.year, start.month) == (end.year, end.month) and start.day == 1 \
            and end.day == calendar.monthrange(end.year, end.month)[1]:
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start}/{end}"


def date_text(text: str, *, today: dt.date | None = None) -> ArticleDate | None:
    """The article's date from its own text (see the module documentation), or None when it
    prints none and names no year."""
    today = today or dt.date.today()
    lines = _lines(text)
    if not lines:
        return None
    langs = _languages(text)
    cues = _year_cues(lines, langs, today)
    cue_text = "; ".join(cues.said) if cues else ""
    printed = _printed(lines, langs, today)
    if printed is not None:
        day, phrase, no = printed
        conflicts = []
        if cues is not None and not (cues.first <= day.year <= cues.last):
            conflicts.append(f"year cues point elsewhere ({cue_text}); the printed date is preferred")
        return ArticleDate(start=day, end=day, label=day.isoformat(), source="printed",
                           evidence=f"printed {phrase!r} (line {no})", conflicts=conflicts)
    line = _dateline(lines, langs)
    if line is not None:
        month, dom, weekday, piece, no = line
        lo, hi = (cues.first, cues.last) if cues else (today.year - 15, today.year)
        years = [y for y in range(hi, lo - 1, -1)
                 if _valid(y, month, dom) and dt.date(y, month, dom) <= today
                 and (weekday is None or dt.date(y, month, dom).weekday() == weekday)]
        if years:
            y = years[0]
            how = (f"the year from {cue_text}" if cues else
                   "the latest such day up to today (no year in the text)")
            if weekday is not None:
                how += f", a {calendar.day_name[weekday]}"
            day = dt.date(y, month, dom)
            return ArticleDate(start=day, end=day, label=day.isoformat(), source="dateline",
                               evidence=f"dateline {piece!r} (line {no}); {how}")
    if cues is None:
        return None
    start = cues.start or dt.date(cues.first, 1, 1)
    end = min(dt.date(cues.last, 12, 31), today)
    rates_end = _rates_end()
    if rates_end is not None and start <= rates_end < end:  # judged where there are rates
        end = rates_end
        cue_text += f" (to {rates_end}, the last day of the rates)"
    return ArticleDate(start=start, end=end, label=_label(start, end), source="year cues",
                       evidence=f"year cues: {cue_text}")


def _rates_end() -> dt.date | None:
    """The last day of the bundled rates (a range the cues give ends there at the latest)."""
    try:
        from moneyfacts.rates import coverage

        return coverage("USD")[1]
    except Exception:  # noqa: BLE001 - no rates to read: the range stands as the text gives it
        return None


def _valid(y: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(y, month)[1]


def resolve(text: str, date: Any) -> Any:
    """The date to check ``text`` at: ``date`` when one is given, else the text's own
    (an :class:`~moneyfacts.models.ArticleDate`), else None.

    >>> resolve("Printed nothing.", "2025-01-22"), resolve("Printed nothing.", None)
    ('2025-01-22', None)
    """
    if date is not None:
        return date
    return date_text(text)


def nearest_first(ranges: list[Any], cue: dt.date | None) -> list[Any]:
    """Date ranges (with ``start``/``end``), nearest ``cue`` first, else most recent first.

    >>> from moneyfacts.models import DateRange
    >>> rs = [DateRange(start=dt.date(2007, 1, 1), end=dt.date(2007, 3, 1)),
    ...       DateRange(start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 1))]
    >>> [r.start.year for r in nearest_first(rs, None)]
    [2025, 2007]
    >>> [r.start.year for r in nearest_first(rs, dt.date(2008, 1, 1))]
    [2007, 2025]
    """
    if cue is None:
        return sorted(ranges, key=lambda r: r.end, reverse=True)
    c = cue.toordinal()

    def distance(r: Any) -> int:
        return int(max(r.start.toordinal() - c, c - r.end.toordinal(), 0))

    return sorted(ranges, key=distance)


def describe(d: ArticleDate) -> str:
    """The dating in one line, as the command prints it under a report's title.

    >>> describe(date_text("Chips\\n\\nDecember 31, 2025\\n\\nIt costs 40 billion yuan."))
    "dated 2025-12-31: printed 'December 31, 2025' (line 3)"
    """
    return f"dated {d.label}: {d.evidence}" + "".join(f"; conflict: {c}" for c in d.conflicts)
