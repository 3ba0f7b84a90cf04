"""Hypothesis strategies for property tests of code that reads money in text.

* :func:`amounts`: Decimal amounts as news writes them (1–4 significant digits, units to
  trillions).
* :func:`money_texts`: ``(text, expected Quantity)`` pairs in many written styles: symbols,
  ISO codes before or after, CLDR names, magnitudes, qualifiers, ranges, Indian and CJK
  units. The expectation is computed from how the text was built, never by the parser.
* :func:`articles`: short articles with stated conversions and the verdict each should get:
  correct conversions at the rate of the date, written at a random precision, are
  ``"consistent"``; conversions off by ×1.25, ×0.8 or a magnitude are ``"inconsistent"``.

Needs hypothesis (``pip install "moneyfacts[test]"``).

>>> from hypothesis import given, settings
>>> import moneyfacts
>>> from moneyfacts.strategies import money_texts
>>> @settings(max_examples=25, deadline=None)
... @given(money_texts())
... def test_parse(example):
...     text, expected = example
...     q = moneyfacts.parse(text)
...     assert (q.unit, q.value, q.low, q.high, q.qualifier) == (
...         expected.unit, expected.value, expected.low, expected.high, expected.qualifier)
>>> test_parse()
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover
    raise ImportError(
        'moneyfacts.strategies needs hypothesis: pip install "moneyfacts[test]" '
        "(or pip install hypothesis)"
    ) from exc

from moneyfacts.models import Quantity, Qualifier

__all__ = [
    "amounts",
    "money_texts",
    "warm",
    "measure_texts",
    "MEASURES",
    "articles",
    "Article",
    "Equivalent",
    "QUALIFIERS",
    "SYMBOLS",
    "NAMES",
]

#: Magnitude spellings: (spelling, power of ten, attached to the number?).
MAGNITUDES: tuple[tuple[str, int, bool], ...] = (
    (" thousand", 3, False),
    (" million", 6, False),
    ("m", 6, True),
    ("mn", 6, True),
    (" mn", 6, False),
    (" billion", 9, False),
    ("bn", 9, True),
    (" bn", 9, False),
    (" trillion", 12, False),
    ("tn", 12, True),
)
#: Currency signs written before the number: sign → ISO code (``$`` is read as USD, ``¥`` as JPY).
SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "Rs ": "INR", "₩": "KRW",
    "HK$": "HKD", "A$": "AUD", "S$": "SGD", "C$": "CAD", "R$": "BRL", "¥": "JPY", "Rmb": "CNY",
}
#: English currency names written after the number: (singular, plural) → ISO code.
NAMES: dict[tuple[str, str], str] = {
    ("euro", "euros"): "EUR",
    ("Hong Kong dollar", "Hong Kong dollars"): "HKD",
    ("Swedish crown", "Swedish crowns"): "SEK",
    ("Norwegian crown", "Norwegian crowns"): "NOK",
    ("US dollar", "US dollars"): "USD",
    ("Canadian dollar", "Canadian dollars"): "CAD",
    ("Swiss franc", "Swiss francs"): "CHF",
    ("Indian rupee", "Indian rupees"): "INR",
    ("British pound", "British pounds"): "GBP",
    ("yuan", "yuan"): "CNY",
    ("yen", "yen"): "JPY",
    ("won", "won"): "KRW",
    ("South African rand", "South African rand"): "ZAR",
}
ISO_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "SEK", "INR", "AUD", "BRL", "ZAR")
#: Qualifier spellings before the amount → qualifier.
QUALIFIERS: dict[str, Qualifier] = {
    "about ": "approx", "around ": "approx", "roughly ": "approx",
    "more than ": "gt", "over ": "gt", "at least ": "ge", "up to ": "le",
    "under ": "lt", "less than ": "lt",
}
_CJK_CURRENCIES = {"元": "CNY", "美元": "USD", "日元": "JPY"}
_CJK_MAGNITUDES = {"万": 4, "亿": 8}


_WARM: set[str] = set()


def warm(*, rates: bool = False) -> None:
    """Build, once per process, what the first ``parse`` (and, with ``rates``, the first
    ``check``) would otherwise build inside the first example: the currency-name lexicon
    (from CLDR, cached in ``$MONEYFACTS_CACHE``) and the rate store.

    :func:`money_texts` and :func:`articles` call it when the strategy is made, that is when
    ``@given`` is applied, so that a cold machine's first example does not exceed
    hypothesis's deadline. Later calls return at once.
    """
    from moneyfacts.grammar import parse
    from moneyfacts.verify import check

    if "parse" not in _WARM:
        parse("about US$1.5 billion")
        _WARM.add("parse")
    if rates and "rates" not in _WARM:
        check("It paid €8.5bn ($8.9bn).", date="2025-03-03")
        _WARM.add("rates")


# --- figures -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Figure:
    """A number as written before its magnitude: '5.5', '12.25', '450'."""

    written: str
    number: Decimal  # the written number
    decimals: int

    def value(self, power: int) -> Decimal:
        return _plain(self.number.scaleb(power))

    def precision(self, power: int) -> Decimal:
        return Decimal(1).scaleb(power - self.decimals)


def _plain(d: Decimal) -> Decimal:
    """5.5E+9 → 5500000000 (an integral value without exponent), as the parser gives it."""
    exp = d.as_tuple().exponent
    return d.quantize(Decimal(1)) if isinstance(exp, int) and exp > 0 else d


@st.composite
def _figures(draw: Any, max_int_digits: int = 3, max_sig: int = 4) -> _Figure:
    sig = draw(st.integers(1, max_sig))
    ints = draw(st.integers(1, min(sig, max_int_digits)))
    first = draw(st.sampled_from("123456789"))
    rest = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=sig - 1, max_size=sig - 1)))
    digits = first + rest
    written = digits[:ints] + ("." + digits[ints:] if ints < sig else "")
    return _Figure(written, Decimal(written), sig - ints)


def amounts(min_power: int = 0, max_power: int = 12) -> st.SearchStrategy[Decimal]:
    """Decimal amounts as news writes them: 1–4 significant digits, units to trillions.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(amounts())
    ... def test(d):
    ...     assert 1 <= d < 10**15 and len(d.normalize().as_tuple().digits) <= 4
    >>> test()
    """

    @st.composite
    def build(draw: Any) -> Decimal:
        fig: _Figure = draw(_figures())
        power = draw(st.integers(min_power, max_power))
        return fig.value(power)

    return build()


def _grouped(n: int, indian: bool = False) -> str:
    s = str(n)
    if not indian or len(s) <= 3:
        return f"{n:,}"
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


# --- written amounts ---------------------------------------------------------------------------


@st.composite
def _with_magnitude(draw: Any, fig: _Figure | None = None) -> tuple[str, Decimal, Decimal, int]:
    """(written number + magnitude, value, precision, power)."""
    fig = fig or draw(_figures())
    spelling, power, _ = draw(st.sampled_from(MAGNITUDES))
    return fig.written + spelling, fig.value(power), fig.precision(power), power


@st.composite
def _full_digits(draw: Any, indian: bool = False) -> tuple[str, Decimal, Decimal, int]:
    """'1,250,000' or '12.50' or (Indian grouping) '1,00,000': every digit written."""
    if draw(st.booleans()):
        cents = draw(st.integers(100, 99999))
        value = Decimal(cents).scaleb(-2)
        return f"{_grouped(cents // 100, indian)}.{cents % 100:02d}", value, Decimal("0.01"), 0
    fig = draw(_figures())
    power = draw(st.integers(fig.decimals, fig.decimals + 7))
    value = fig.value(power)
    return _grouped(int(value), indian), value, Decimal(1), 0


def _money(unit: str, value: Decimal | None = None, low: Decimal | None = None,
           high: Decimal | None = None, precision: Decimal = Decimal(1),
           qualifier: Qualifier | None = None, text: str = "") -> Quantity:
    return Quantity(kind="money", unit=unit, value=value, low=low, high=high, qualifier=qualifier,
                    precision=precision, text=text, start=0, end=len(text))


@st.composite
def _single(draw: Any) -> tuple[str, str, Decimal, Decimal]:
    """(text, unit, value, precision) of one amount in one of the written styles."""
    style = draw(st.sampled_from(["symbol", "symbol", "code_before", "code_after", "name",
                                  "indian", "cjk", "digits"]))
    if style == "symbol":
        sign = draw(st.sampled_from(sorted(SYMBOLS)))
        num, value, prec, _ = draw(_with_magnitude())
        return sign + num, SYMBOLS[sign], value, prec
    if style == "digits":
        sign = draw(st.sampled_from(["$", "€", "£", "US$", "HK$", "₩"]))
        num, value, prec, _ = draw(_full_digits())
        return sign + num, SYMBOLS[sign], value, prec
    if style == "code_before":
        code = draw(st.sampled_from(ISO_CODES))
        num, value, prec, _ = draw(st.one_of(_with_magnitude(), _full_digits()))
        return f"{code}{draw(st.sampled_from(['', ' ']))}{num}", code, value, prec
    if style == "code_after":
        code = draw(st.sampled_from(ISO_CODES))
        num, value, prec, _ = draw(st.one_of(_with_magnitude(), _full_digits()))
        gap = draw(st.sampled_from(["", " "])) if num[-1].isdigit() else " "
        return f"{num}{gap}{code}", code, value, prec
    if style == "name":
        (one, many), code = draw(st.sampled_from(sorted(NAMES.items())))
        num, value, prec, _ = draw(st.one_of(_with_magnitude(), _full_digits()))
        name = one if value == 1 and num in ("1",) else many
        return f"{num} {name}", code, value, prec
    if style == "indian":
        sign = draw(st.sampled_from(["₹", "Rs ", "Rs. "]))
        kind = draw(st.sampled_from(["lakh", "crore", "lakh crore", "grouped"]))
        if kind == "grouped":
            num, value, prec, _ = draw(_full_digits(indian=True))
            return sign + num, "INR", value, prec
        fig = draw(_figures())
        power = {"lakh": 5, "crore": 7, "lakh crore": 12}[kind]
        return f"{sign}{fig.written} {kind}", "INR", fig.value(power), fig.precision(power)
    # CJK: '160亿元', '5万美元', '1.5亿日元'
    fig = draw(_figures())
    mag = draw(st.sampled_from(sorted(_CJK_MAGNITUDES)))
    cur = draw(st.sampled_from(sorted(_CJK_CURRENCIES)))
    power = _CJK_MAGNITUDES[mag]
    return f"{fig.written}{mag}{cur}", _CJK_CURRENCIES[cur], fig.value(power), fig.precision(power)


@st.composite
def _range(draw: Any) -> tuple[str, Quantity]:
    """'$1.5-2 billion', '€1.5bn-€2bn', 'between $5bn and $7bn', '5-7 billion euros'."""
    lo_fig, hi_fig = draw(_figures(max_sig=3)), draw(_figures(max_sig=3))
    if lo_fig.number == hi_fig.number:
        hi_fig = _Figure(f"{hi_fig.number + 1}", hi_fig.number + 1, hi_fig.decimals)
    lo_fig, hi_fig = sorted((lo_fig, hi_fig), key=lambda f: f.number)
    spelling, power, attached = draw(st.sampled_from(
        [m for m in MAGNITUDES if m[0].strip() in ("million", "billion", "bn", "trillion")]))
    style = draw(st.sampled_from(["dash", "dash_both", "between", "to", "name"]))
    lo, hi = lo_fig.value(power), hi_fig.value(power)
    prec = min(lo_fig.precision(power), hi_fig.precision(power))
    if style == "name":
        (one, many), code = draw(st.sampled_from(sorted(NAMES.items())))
        mag = spelling if not attached else " " + spelling
        text = f"{lo_fig.written}-{hi_fig.written}{mag} {many}"
        return text, _money(code, low=lo, high=hi, precision=prec, text=text)
    sign = draw(st.sampled_from(["$", "€", "£", "US$", "HK$"]))
    code = SYMBOLS[sign]
    if style == "dash":
        dash = draw(st.sampled_from(["-", "–"]))
        text = f"{sign}{lo_fig.written}{dash}{hi_fig.written}{spelling}"
    elif style == "dash_both":
        text = f"{sign}{lo_fig.written}{spelling}-{sign}{hi_fig.written}{spelling}"
    elif style == "between":
        text = f"between {sign}{lo_fig.written}{spelling} and {sign}{hi_fig.written}{spelling}"
    else:
        text = f"{sign}{lo_fig.written}{spelling} to {sign}{hi_fig.written}{spelling}"
    return text, _money(code, low=lo, high=hi, precision=prec, text=text)


def money_texts(*, ranges: bool = True, qualifiers: bool = True) -> st.SearchStrategy[tuple[str, Quantity]]:
    """``(text, expected)``: an amount in a written style and the Quantity it must read as.

    The expected Quantity has the exact ``kind``, ``unit``, ``value``/``low``/``high``,
    ``qualifier`` and ``precision``; ``text`` is the generated text. A bare ``$`` is USD and
    a bare ``¥`` JPY (the parser's defaults).

    >>> from hypothesis import find
    >>> text, q = find(money_texts(), lambda e: e[1].unit == "INR" and "lakh" in e[0])
    >>> q.kind, q.unit
    ('money', 'INR')
    """

    @st.composite
    def single(draw: Any) -> tuple[str, Quantity]:
        text, unit, value, prec = draw(_single())
        qual: Qualifier | None = None
        if qualifiers and draw(st.integers(0, 3)) == 0:
            spelling = draw(st.sampled_from(sorted(QUALIFIERS)))
            text, qual = spelling + text, QUALIFIERS[spelling]
        return text, _money(unit, value=value, precision=prec, qualifier=qual, text=text)

    warm()
    if not ranges:
        return single()
    return st.one_of(single(), single(), single(), _range())


# --- articles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Equivalent:
    """One stated equivalent in an :class:`Article`: texts, the rate used, the verdict due."""

    original: str
    stated: str
    verdict: str
    rate: Decimal
    perturbation: str  # "none", "x1.25", "x0.8", "x1000", "/1000"


@dataclass(frozen=True)
class Article:
    """A generated article: its text, date, and the stated equivalents in text order."""

    text: str
    date: dt.date
    equivalents: tuple[Equivalent, ...]

    @property
    def verdicts(self) -> list[str]:
        return [e.verdict for e in self.equivalents]


#: Original currencies of articles and how they are written: (prefix, suffix, powers).
_ORIGINALS: dict[str, tuple[str, str, tuple[int, ...]]] = {
    "CNY": ("", " yuan", (6, 9)),
    "EUR": ("€", "", (6, 9)),
    "GBP": ("£", "", (6, 9)),
    "JPY": ("¥", "", (9, 12)),
    "KRW": ("", " won", (9, 12)),
    "INR": ("Rs ", "", (7,)),  # crore
    "HKD": ("HK$", "", (6, 9)),
    "CHF": ("", " Swiss francs", (6, 9)),
    "SEK": ("", " Swedish crowns", (6, 9)),
    "CAD": ("C$", "", (6, 9)),
}
_POWER_WORDS = {6: [" million", "m", "mn"], 9: [" billion", "bn"], 12: [" trillion", "tn"],
                7: [" crore"]}
_COMPANIES = ["Northwind", "Acme Holdings", "Globex", "Initech", "Umbrella Corp", "Stark Industries",
              "Wayne Enterprises", "Hooli", "Vandelay Industries", "Tyrell"]
_TEMPLATES = [
    "{co} said it would invest {orig} ({stated}) in new factories.",
    "The deal, worth {orig}, or {stated}, is expected to close next year.",
    "{co} reported revenue of {orig} ({stated}) for the quarter.",
    "Regulators fined {co} {orig} ({stated}) on Tuesday.",
    "The government approved {orig} (about {stated}) for the new port.",
    "{co} raised {orig} ({stated}) from investors, it said.",
]
_FILLERS = ["Shares rose in early trading.", "Analysts had expected the move.",
            "The company did not comment further.", "Details were not disclosed."]


def _write_amount(value: Decimal, decimals: int, prefix: str, suffix: str, power: int,
                  word: str) -> str:
    w = (value.scaleb(-power)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    return f"{prefix}{w:f}{word}{suffix}"


def _stated(draw: Any, exact: Decimal, quote: str, min_sig: int) -> str:
    """``exact`` written in ``quote`` at a random precision, rounded half-even."""
    sign = {"USD": draw(st.sampled_from(["$", "US$"])), "EUR": "€"}[quote]
    if exact >= Decimal("999.5e9"):
        power, word = 12, draw(st.sampled_from([" trillion", "tn"]))
    elif exact >= Decimal("999.5e6"):
        power, word = 9, draw(st.sampled_from([" billion", "bn"]))
    elif exact >= Decimal("1e6"):
        power, word = 6, draw(st.sampled_from([" million", "m"]))
    else:
        value = exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
        return f"{sign}{int(value):,}"
    scaled = exact.scaleb(-power)
    int_digits = len(str(int(scaled))) if scaled >= 1 else 1
    lo = max(0, min_sig - int_digits)
    decimals = draw(st.integers(lo, max(lo, 4 - int_digits)))
    return _write_amount(exact, decimals, sign, "", power, word)


@st.composite
def _equivalent(draw: Any, date: dt.date) -> tuple[str, str, Equivalent]:
    from moneyfacts import rates

    base = draw(st.sampled_from(sorted(_ORIGINALS)))
    prefix, suffix, powers = _ORIGINALS[base]
    quote = "EUR" if base in ("GBP", "CHF", "SEK") and draw(st.booleans()) else "USD"
    power = draw(st.sampled_from(powers))
    fig = draw(_figures(max_sig=3))
    word = draw(st.sampled_from(_POWER_WORDS[power]))
    if suffix and not word.startswith(" "):
        word = " " + {"m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}[word]
    orig_text = f"{prefix}{fig.written}{word}{suffix}"
    value = fig.value(power)
    rate = rates.get_rate(base, quote, date).value
    exact = value * rate
    kind = draw(st.sampled_from(["none", "none", "x1.25", "x0.8", "x1000", "/1000"]))
    factor = {"none": Decimal(1), "x1.25": Decimal("1.25"), "x0.8": Decimal("0.8"),
              "x1000": Decimal(1000), "/1000": Decimal("0.001")}[kind]
    # Two significant digits at least, as newsrooms write conversions (bench/precision.py):
    # a one-digit figure ("$1 million" for 1.39) is "loose", a suggestion.
    stated_text = _stated(draw, exact * factor, quote, 2)
    verdict = "consistent" if kind == "none" else "inconsistent"
    return orig_text, stated_text, Equivalent(orig_text, stated_text, verdict, rate, kind)


def _dates() -> st.SearchStrategy[dt.date]:
    from moneyfacts import rates

    last = min(rates.coverage(c)[1] for c in [*_ORIGINALS, "USD"])
    return st.dates(dt.date(2010, 1, 4), last)


def articles(date: dt.date | str | None = None, *, max_equivalents: int = 3
             ) -> st.SearchStrategy[Article]:
    """Short articles with stated conversions and the verdict each must get on ``date``.

    ``date`` fixes the article date (a date or ``"YYYY-MM-DD"``); None draws one from the
    rate data. Correct conversions use :func:`moneyfacts.rates.get_rate` on the date and are
    written at a random precision (rounded half-even); wrong ones are ×1.25, ×0.8, ×1000 or
    ÷1000 of the correct figure, written with at least two significant digits.

    >>> from hypothesis import given, settings
    >>> import moneyfacts
    >>> @settings(max_examples=10, deadline=None)
    ... @given(articles("2025-01-22"))
    ... def test_check(article):
    ...     report = moneyfacts.check(article.text, date=article.date)
    ...     assert [f.verdict for f in report.findings] == article.verdicts
    >>> test_check()
    """
    fixed = dt.date.fromisoformat(date) if isinstance(date, str) else date
    warm(rates=True)

    @st.composite
    def build(draw: Any) -> Article:
        day = fixed if fixed is not None else draw(_dates())
        n = draw(st.integers(1, max_equivalents))
        sentences, eqs = [], []
        templates = draw(st.permutations(_TEMPLATES))
        for i in range(n):
            orig, stated, eq = draw(_equivalent(day))
            co = draw(st.sampled_from(_COMPANIES))
            sentences.append(templates[i % len(templates)].format(co=co, orig=orig, stated=stated))
            eqs.append(eq)
            if draw(st.booleans()):
                sentences.append(draw(st.sampled_from(_FILLERS)))
        return Article(" ".join(sentences), day, tuple(eqs))

    return build()


# --- measures ----------------------------------------------------------------------------------

#: Units written after a number, as news writes them: (singular, plural, pint unit, per, style).
#: style: "name" (a word: plural after the number, singular in 'a 100-megawatt farm'),
#: "symbol" (spaced or glued: '2 GW', '3.5GW'), "spaced" (spaced only: '5,000 sq ft'),
#: "attached" (glued only, no magnitude: '45C'), or a power of ten the spelling carries
#: ('40 bcm' is 40 billion cubic metres; no magnitude word before it).
MEASURES: tuple[tuple[str, str, str, str | None, str | int], ...] = (
    ("gigawatt", "gigawatts", "gigawatt", None, "name"),
    ("megawatt", "megawatts", "megawatt", None, "name"),
    ("kilowatt", "kilowatts", "kilowatt", None, "name"),
    ("terawatt-hour", "terawatt-hours", "terawatt_hour", None, "name"),
    ("gigawatt hour", "gigawatt hours", "gigawatt_hour", None, "name"),
    ("tonne", "tonnes", "metric_ton", None, "name"),
    ("metric ton", "metric tons", "metric_ton", None, "name"),
    ("kilogram", "kilograms", "kilogram", None, "name"),
    ("gram", "grams", "gram", None, "name"),
    ("barrel", "barrels", "barrel", None, "name"),
    ("cubic metre", "cubic metres", "meter ** 3", None, "name"),
    ("litre", "litres", "liter", None, "name"),
    ("gallon", "gallons", "gallon", None, "name"),
    ("kilometre", "kilometres", "kilometer", None, "name"),
    ("kilometer", "kilometers", "kilometer", None, "name"),
    ("mile", "miles", "mile", None, "name"),
    ("nanometre", "nanometres", "nanometer", None, "name"),
    ("square foot", "square feet", "foot ** 2", None, "name"),
    ("square kilometre", "square kilometres", "kilometer ** 2", None, "name"),
    ("hectare", "hectares", "hectare", None, "name"),
    ("acre", "acres", "acre", None, "name"),
    ("gigabyte", "gigabytes", "gigabyte", None, "name"),
    ("petabyte", "petabytes", "petabyte", None, "name"),
    ("day", "days", "day", None, "name"),
    ("month", "months", "month", None, "name"),
    ("basis point", "basis points", "basis_point", None, "name"),
    ("degree Celsius", "degrees Celsius", "degree_Celsius", None, "name"),
    ("cup", "cups", "cup", None, "name"),
    ("tablespoon", "tablespoons", "tablespoon", None, "name"),
    ("teaspoon", "teaspoons", "teaspoon", None, "name"),
    ("inch", "inches", "inch", None, "name"),
    ("foot", "feet", "foot", None, "name"),
    ("yard", "yards", "yard", None, "name"),
    ("troy ounce", "troy ounces", "troy_ounce", None, "name"),
    ("g", "g", "gram", None, "symbol"),
    ("ft", "ft", "foot", None, "symbol"),
    ("mi", "mi", "mile", None, "symbol"),
    ("tbsp", "tbsp", "tablespoon", None, "symbol"),
    ("km2", "km2", "kilometer ** 2", None, "symbol"),
    ("l", "l", "liter", None, "attached"),
    ("GW", "GW", "gigawatt", None, "symbol"),
    ("MW", "MW", "megawatt", None, "symbol"),
    ("kW", "kW", "kilowatt", None, "symbol"),
    ("TWh", "TWh", "terawatt_hour", None, "symbol"),
    ("GWh", "GWh", "gigawatt_hour", None, "symbol"),
    ("kWh", "kWh", "kilowatt_hour", None, "symbol"),
    ("kg", "kg", "kilogram", None, "symbol"),
    ("km", "km", "kilometer", None, "symbol"),
    ("nm", "nm", "nanometer", None, "symbol"),
    ("GB", "GB", "gigabyte", None, "symbol"),
    ("TB", "TB", "terabyte", None, "symbol"),
    ("PB", "PB", "petabyte", None, "symbol"),
    ("mph", "mph", "mile", "hour", "symbol"),
    ("km/h", "km/h", "kilometer", "hour", "symbol"),
    ("TB/s", "TB/s", "terabyte", "second", "symbol"),
    ("Gbps", "Gbps", "gigabit", "second", "symbol"),
    ("bpd", "bpd", "barrel", "day", "symbol"),
    ("sq ft", "sq ft", "foot ** 2", None, "spaced"),
    ("C", "C", "degree_Celsius", None, "attached"),
    ("F", "F", "degree_Fahrenheit", None, "attached"),
    ("bcm", "bcm", "meter ** 3", None, 9),
    ("mtpa", "mtpa", "metric_ton", "year", 6),
)
#: Per-units written after a unit: (spelling, pint unit).
_MEASURE_PERS = ((" per day", "day"), (" a day", "day"), (" a year", "year"), (" per year", "year"),
                 (" annually", "year"), (" per annum", "year"), (" per hour", "hour"))


def _measure(unit: str, per: str | None, text: str, value: Decimal | None = None,
             low: Decimal | None = None, high: Decimal | None = None,
             precision: Decimal = Decimal(1), qualifier: Qualifier | None = None) -> Quantity:
    return Quantity(kind="measure", unit=unit, per=per, value=value, low=low, high=high,
                    precision=precision, qualifier=qualifier, text=text, start=0, end=len(text))


@st.composite
def _measure_number(draw: Any, style: str | int, magnitudes: bool) -> tuple[str, str, Decimal, Decimal]:
    """(written number, what goes between it and the unit, value, precision)."""
    plain = isinstance(style, int) or style == "attached" or not magnitudes
    choice = draw(st.sampled_from(["digits", "figure"] if plain else ["digits", "figure", "magnitude"]))
    if choice == "magnitude":
        num, value, prec, _ = draw(_with_magnitude())
        return num, " ", value, prec
    if choice == "digits":
        num, value, prec, _ = draw(_full_digits())
    else:
        fig = draw(_figures())
        num, value, prec = fig.written, fig.value(0), fig.precision(0)
    if style == "attached":
        gap = ""
    elif style == "symbol":
        gap = draw(st.sampled_from(["", " "]))
    else:
        gap = " "
    return num, gap, value, prec


def measure_texts(*, units: tuple[str, ...] | None = None, ranges: bool = True,
                  qualifiers: bool = True, magnitudes: bool = True,
                  ) -> st.SearchStrategy[tuple[str, Quantity]]:
    """``(text, expected)``: a physical quantity as news writes it and the Quantity
    (``kind="measure"``) it must read as: '2 GW', '3.5GW', '1.2 million tonnes', 'a 100-megawatt
    solar farm', '500,000 barrels per day', '120 km/h', '45C', '1-2 GW', 'between 300 and 400
    MW', 'about 40 bcm'. ``units`` keeps only the rows of :data:`MEASURES` whose written
    spelling (singular or plural) is listed. The expectation is built with the text.

    >>> from hypothesis import find
    >>> text, q = find(measure_texts(units=("bcm",)), lambda e: e[1].value is not None)
    >>> q.kind, q.unit, q.value % 10**9
    ('measure', 'meter ** 3', Decimal('0'))
    """
    rows = [r for r in MEASURES if units is None or r[0] in units or r[1] in units]
    if not rows:
        raise ValueError(f"no unit of MEASURES is spelled {units!r}")

    @st.composite
    def single(draw: Any) -> tuple[str, Quantity]:
        one, many, unit, per, style = draw(st.sampled_from(rows))
        num, gap, value, prec = draw(_measure_number(style, magnitudes))
        if isinstance(style, int):
            value, prec = _plain(value.scaleb(style)), prec.scaleb(style)
        if style == "name" and gap == " " and not any(c.isalpha() for c in num) and " " not in one \
                and "Celsius" not in one and draw(st.integers(0, 3)) == 0:
            text = f"a {num}-{one} project"  # the hyphenated adjective
        else:
            text = f"{num}{gap}{many}"
        if per is None and style in ("name", "spaced") and not text.startswith("a ") \
                and draw(st.integers(0, 3)) == 0:
            spelling, per = draw(st.sampled_from(_MEASURE_PERS))
            text += spelling
        qual: Qualifier | None = None
        if qualifiers and not text.startswith("a ") and draw(st.integers(0, 3)) == 0:
            spelling = draw(st.sampled_from(sorted(QUALIFIERS)))
            text, qual = spelling + text, QUALIFIERS[spelling]
        return text, _measure(unit, per, text, value=value, precision=prec, qualifier=qual)

    @st.composite
    def ranged(draw: Any) -> tuple[str, Quantity]:
        one, many, unit, per, style = draw(st.sampled_from(
            [r for r in rows if r[4] in ("name", "symbol", "spaced")] or rows[:1]))
        lo_fig, hi_fig = draw(_figures(max_sig=3)), draw(_figures(max_sig=3))
        if lo_fig.number == hi_fig.number:
            hi_fig = _Figure(f"{hi_fig.number + 1}", hi_fig.number + 1, hi_fig.decimals)
        lo_fig, hi_fig = sorted((lo_fig, hi_fig), key=lambda f: f.number)
        power, mag = 0, ""
        if magnitudes and draw(st.booleans()):
            power, mag = draw(st.sampled_from([(6, " million"), (9, " billion"), (6, "mn")]))
        form = draw(st.sampled_from(["-", " to ", "between"]))
        if form == "between":
            text = f"between {lo_fig.written} and {hi_fig.written}{mag} {many}"
        else:
            text = f"{lo_fig.written}{form}{hi_fig.written}{mag} {many}"
        prec = min(lo_fig.precision(power), hi_fig.precision(power))
        return text, _measure(unit, per, text, low=lo_fig.value(power), high=hi_fig.value(power),
                              precision=prec)

    singles = single()
    if not ranges or all(isinstance(r[4], int) or r[4] == "attached" for r in rows):
        return singles
    return st.one_of(singles, singles, ranged())
