"""Stated equivalents as written in news copy (session 18, pairs held-out set): a spelled
amount right after an opening bracket or quote is read whole, a square bracket opens a
stated equivalent, a country name capitalised word by word is still the country, and a
conversion reused months after its day is named a stale rate when the figure singles that
period out. Examples are written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.causes import LONG_STALE_DAYS, _singled_out, _stale
from moneyfacts.evidence import _titled, cldr_countries
from moneyfacts.rates import get_rate
from moneyfacts.reference import DateSpec
from moneyfacts.tolerance import Tolerance


def _money(text: str, locale: str | None = None) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.unit) for m in moneyfacts.extract(text, locale=locale).mentions]


# --- a spelled amount after an opening bracket or quote ----------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("The fund (two billion dollars) closed.", Decimal("2000000000")),
    ('The fund "three million dollars" closed.', Decimal("3000000")),
    ("The fund [four billion dollars] closed.", Decimal("4000000000")),
    ("about five trillion yen (one billion and 40 million dollars) in all",
     Decimal("1040000000")),
])
def test_a_spelled_amount_after_a_bracket_is_read_whole(text: str, value: Decimal) -> None:
    assert (value, "USD") in _money(text)


_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "twelve", "twenty", "forty"]


@given(st.sampled_from(_WORDS), st.sampled_from(["million", "billion"]),
       st.sampled_from(["(", "[", '"', "\u201c"]))
def test_an_opening_bracket_or_quote_changes_no_spelled_reading(
        word: str, magnitude: str, opener: str) -> None:
    """A law: '(N million dollars)' reads as 'N million dollars' does."""
    closer = {"(": ")", "[": "]", '"': '"', "\u201c": "\u201d"}[opener]
    plain = _money(f"The fund of {word} {magnitude} dollars closed.")
    assert plain and _money(f"The fund {opener}{word} {magnitude} dollars{closer} closed.") == plain


# --- a square bracket opens a stated equivalent ------------------------------------------


def test_a_square_bracket_opens_a_stated_equivalent() -> None:
    r = moneyfacts.check("The new hall will cost 40 billion won [$36 million], the city said.",
                         date="2017-03-02")
    [f] = [f for f in r.findings if f.subject == "equivalent"]
    assert (f.original.unit, f.stated.unit) == ("KRW", "USD")
    assert f.stated.value == Decimal("36000000")
    assert f.verdict == "consistent"


def test_a_square_bracket_still_catches_a_slip() -> None:
    r = moneyfacts.check("The new hall will cost 40 billion won [$36 billion], the city said.",
                         date="2017-03-02")
    [f] = [f for f in r.findings if f.subject == "equivalent"]
    assert f.verdict == "inconsistent"
    assert f.cause is not None and f.cause.kind == "magnitude_slip"


# --- a country name capitalised word by word ---------------------------------------------


def test_titled_capitalises_the_later_long_words_only() -> None:
    assert _titled("Nouvelle-Calédonie") == "Nouvelle-Calédonie"
    assert _titled("République dominicaine") == "République Dominicaine"
    assert _titled("Corée du Sud") == "Corée du Sud"


@pytest.mark.parametrize("language", ["fr", "es", "it", "pt", "de", "nl"])
def test_every_country_name_keeps_its_territory_when_titled(language: str) -> None:
    names = cldr_countries(language)
    for name, code in names.items():
        assert names[_titled(name)] == code


@pytest.mark.parametrize(("text", "code"), [
    ("Le contrat de 3 milliards de dirhams a été signé aux Emirats Arabes Unis.", "AED"),
    ("Le contrat de 3 milliards de riyals a été signé en Arabie Saoudite.", "SAR"),
])
def test_a_titled_country_name_settles_a_shared_currency_name(text: str, code: str) -> None:
    assert _money(text, "auto") == [(Decimal("3000000000"), code)]


# --- a conversion reused months later ----------------------------------------------------


def _stated_at(base: str, quote: str, amount: Decimal, day: str) -> Decimal:
    rate = get_rate(base, quote, dt.date.fromisoformat(day)).value
    return (amount * Decimal(str(rate))).quantize(Decimal("1E+8"))


def test_a_conversion_months_old_is_named_a_stale_rate() -> None:
    # A weakening currency: the figure is the one of the rate some ten weeks before.
    stated = _stated_at("USD", "KES", Decimal("900000000"), "2023-11-08")
    text = f"The lender approved $900 million (Sh{stated / Decimal('1e9'):f} billion) in June."
    r = moneyfacts.check(text, date="2024-01-24")
    [f] = [f for f in r.findings if f.subject == "equivalent"]
    assert f.verdict == "inconsistent"
    assert f.cause is not None and f.cause.kind == "stale_rate"
    assert f.cause.date is not None
    assert dt.date(2023, 10, 20) <= f.cause.date <= dt.date(2023, 11, 30)


def _series(rates: list[float]) -> SimpleNamespace:
    """A stand-in pair series: one rate a day from day 1000 on."""
    days = list(range(1000, 1000 + len(rates)))

    def span(start: int, end: int) -> tuple[int, int]:
        i = max(0, min(len(days), start - 1000))
        j = max(i, min(len(days), end - 1000 + 1))
        return i, j

    return SimpleNamespace(days=days, approx=rates, span=span,
                           exact=lambda k: Decimal(str(rates[k])))


class _Store:
    def __init__(self, series: SimpleNamespace) -> None:
        self.series = series

    def pair_series(self, a: str, b: str) -> SimpleNamespace:
        return self.series


def test_a_long_stale_rate_needs_a_figure_that_singles_out_a_period() -> None:
    tol = Tolerance()
    n = LONG_STALE_DAYS + tol.window + tol.stale_days + 20
    day = dt.date.fromordinal(1000 + n - 1)
    spec = DateSpec(label=day.isoformat(), start=day, end=day)
    # A rate climbing one unit a day: a one-unit fit is a single day, months back.
    climbing = _series([100.0 + k for k in range(n)])
    found = _stale("A", "B", (Decimal("150.5"), Decimal("151.5")), spec, tol, _Store(climbing))  # type: ignore[arg-type]
    assert found is not None and found[1] == Decimal("151.0")
    # A rate swinging between two values: the same fit holds half the days, by chance.
    swinging = _series([151.0 if k % 2 else 140.0 for k in range(n - 60)] + [170.0] * 60)
    assert _stale("A", "B", (Decimal("150.5"), Decimal("151.5")), spec, tol,
                  _Store(swinging)) is None  # type: ignore[arg-type]
    # Within the stale days, the latest fit is named as before, however common.
    assert _stale("A", "B", (Decimal("169.5"), Decimal("170.5")), spec, tol,
                  _Store(swinging)) is not None  # type: ignore[arg-type]


def test_singled_out_is_the_share_of_fitting_rates() -> None:
    s = SimpleNamespace(approx=[1.0] * 2 + [2.0] * 8)
    assert _singled_out(s, 0, 10, 0.5, 1.5)  # type: ignore[arg-type]
    assert not _singled_out(s, 0, 10, 1.5, 2.5)  # type: ignore[arg-type]
    assert not _singled_out(s, 3, 3, 0.5, 1.5)  # type: ignore[arg-type]


# --- the link words of other languages ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "La obra costará 900 millones de euros (1.000 millones de dólares o 780 millones de libras).",
    "L'opera costerà 900 milioni di euro (1 miliardo di dollari o 780 milioni di sterline).",
    "L'ouvrage coûtera 900 millions d'euros (1 milliard de dollars ou 780 millions de livres "
    "sterling).",
    "A obra custará 900 milhões de euros (1.000 milhões de dólares ou 780 milhões de libras).",
])
def test_a_second_equivalent_in_a_bracket_joins_by_the_languages_or(text: str) -> None:
    r = moneyfacts.check(text, date="2019-02-18", locale="auto")
    pairs = {(f.original.unit, f.stated.unit) for f in r.findings if f.subject == "equivalent"}
    assert pairs == {("EUR", "USD"), ("EUR", "GBP")}


def test_the_or_words_come_from_cldr_for_every_language() -> None:
    from moneyfacts.currencies import _cldr_or_words

    words = set(_cldr_or_words())
    assert {"ou", "o", "oder", "of", "или", "veya", "atau"} <= words
    assert all(w and " " not in w for w in words)


@pytest.mark.parametrize("text", [
    "La obra costará 900 millones de euros, es decir, unos 1.000 millones de dólares.",
    "A obra custará 900 milhões de euros, ou seja, cerca de 1.000 milhões de dólares.",
    "L'opera costerà 900 milioni di euro, pari a 1 miliardo di dollari.",
])
def test_that_is_in_other_languages_links_a_restated_amount(text: str) -> None:
    r = moneyfacts.check(text, date="2019-02-18", locale="auto")
    [f] = [f for f in r.findings if f.subject == "equivalent"]
    assert (f.original.unit, f.stated.unit) == ("EUR", "USD")


@pytest.mark.parametrize("text", [
    "O fundo soma 250 milhões de dólares norte-americanos.",
    "El fondo suma 250 millones de dólares norteamericanos.",
])
def test_the_north_american_dollar_is_the_us_dollar(text: str) -> None:
    assert _money(text, "auto") == [(Decimal("250000000"), "USD")]


# --- a currency at par with the one written is no other currency -------------------------


def test_at_par_reads_the_one_for_one_pegs() -> None:
    from moneyfacts.reference import at_par

    day = dt.date(2020, 1, 2)
    assert at_par("GIP", "GBP", day) and at_par("GBP", "FKP", day) and at_par("BSD", "USD", day)
    assert not at_par("AED", "USD", day) and not at_par("GBP", "EUR", day)


@pytest.mark.parametrize("amount", ["38.4", "47.3", "55.2", "61.9"])
def test_a_sterling_figure_at_an_older_rate_is_not_called_a_gibraltar_pound(amount: str) -> None:
    # The figures are converted at the rate of four days before (the sterling market moved);
    # '£' is also the Gibraltar pound's sign, sterling's one for one.
    stated = (Decimal(amount) / Decimal("2.13949")).quantize(Decimal("0.1"))
    r = moneyfacts.check(f"The buyers will pay {amount}bn Canadian dollars (£{stated}bn) for "
                         "the phone group.", date="2007-06-30")
    [f] = r.findings
    assert f.cause is not None and f.cause.kind == "stale_rate"
    assert f.cause.date is not None and dt.date(2007, 6, 22) <= f.cause.date <= dt.date(2007, 6, 28)


@pytest.mark.parametrize("text", [
    "Завод обойдётся в 20 млрд рублей, или около 310 млн долларов.",
    "Fabrika 20 milyar lira, veya yaklaşık 3,4 milyar dolar değerinde.",
    "Pabrik itu bernilai Rp 20 triliun, atau sekitar US$1,4 miliar.",
    "L'usine coûtera 2 milliards d'euros, ou environ 2,2 milliards de dollars.",
])
def test_a_languages_or_after_a_comma_links_an_equivalent(text: str) -> None:
    r = moneyfacts.check(text, date="2019-06-03", locale="auto")
    assert [f for f in r.findings if f.subject == "equivalent"]


def test_an_english_word_among_the_or_words_joins_only_in_a_bracket() -> None:
    from moneyfacts.currencies import _cldr_or_words

    assert "of" in _cldr_or_words() and "of" not in _cldr_or_words(plain=True)
    r = moneyfacts.check("It kept €20 million of $30 million raised.", date="2019-06-03")
    assert not [f for f in r.findings if f.subject == "equivalent"]
