"""Mainstream English news (session 17, gnews17): the IMF's unit of account written 'SDR' or
'XDR' before the number, 'every' before a noun of [per] as a per-unit ('Sh9 billion every day'),
and a measure's per-unit read across the matter it measures ('barrels of oil per day').
Sentences written for this project in the shapes real news uses; laws over generated ones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import check, extract

_whole = st.integers(min_value=1, max_value=999_999)
_magnitude = st.sampled_from([("million", Decimal(10) ** 6), ("billion", Decimal(10) ** 9)])
_periods = st.sampled_from(["day", "week", "month", "year", "hour"])


def _money(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "money"]


def _measures(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "measure"]


# --- SDR / XDR --------------------------------------------------------------------------------


@given(_whole, _magnitude, st.sampled_from(["SDR", "XDR"]))
def test_sdr_before_a_number_is_xdr(n: int, mag: tuple[str, Decimal], sign: str) -> None:
    """Law: 'SDR n million' and 'XDR n million' read as 'n million special drawing rights'
    does: XDR, the value as written, nothing assumed."""
    word, power = mag
    ours = extract(f"The Fund approved {sign} {n} {word} for the programme.").mentions
    name = extract(f"The Fund approved {n} {word} special drawing rights for it.").mentions
    assert [(m.unit, m.value, m.assumed) for m in ours] == [("XDR", n * power, None)]
    assert [(m.unit, m.value) for m in name] == [("XDR", n * power)]


def test_sdr_tranche_with_its_dollar_equivalent_is_checked() -> None:
    text = ("The lender released a second tranche of SDR 500 million (about $670 million) to "
            "the central bank on Tuesday.")
    found = check(text, date=dt.date(2025, 5, 13)).findings
    assert [(f.original.unit, f.stated.unit, f.verdict) for f in found] == [
        ("XDR", "USD", "consistent")]


def test_sdr_as_a_word_is_no_amount() -> None:
    """'SDR' not before a number names no amount."""
    assert _money("The SDR basket holds five currencies and the SDR rate moved.") == []


# --- 'every' as a per-word --------------------------------------------------------------------


@given(_whole, _periods)
def test_every_period_is_per_period(n: int, period: str) -> None:
    """Law: '<amount> every <period>' has the per-unit '<amount> a <period>' has."""
    every = _money(f"The agency must collect Sh{n} billion every {period} to meet it.")
    a = _money(f"The agency must collect Sh{n} billion a {period} to meet it.")
    assert every == a == [("KES", n * Decimal(10) ** 9, period)]


@given(_whole, st.sampled_from(["other month", "two weeks", "second year", "time he played"]))
def test_every_without_a_period_right_after_is_no_per_unit(n: int, tail: str) -> None:
    """'every other month', 'every two weeks': no per-unit is read (not per month)."""
    assert _money(f"Tenants pay ${n} every {tail}.") == [("USD", Decimal(n), None)]


def test_every_does_not_read_a_period_before_a_time_word() -> None:
    assert _money("It lost $3 billion every year earlier, the filing said.")[0][2] is None


# --- measures of a matter, per a period ---------------------------------------------------------


@given(_whole, st.sampled_from(["oil", "crude", "crude oil", "gas", "water"]),
       st.sampled_from(["per day", "daily"]))
def test_per_unit_after_the_matter_measured(n: int, matter: str, per: str) -> None:
    """Law: 'n barrels of <matter> per day' reads as 'n barrels per day' does ('daily' too)."""
    ours = _measures(f"The line can move {n:,} barrels of {matter} {per} to the coast.")
    plain = _measures(f"The line can move {n:,} barrels {per} to the coast.")
    assert ours == plain == [("barrel", Decimal(n), "day")]


def test_matter_without_a_per_unit_ends_at_the_unit() -> None:
    assert _measures("The mine produced 5 tonnes of gold last year.") == [("metric_ton", Decimal(5), None)]
    assert _measures("Output was 2 million tonnes of coal a year earlier.") == [
        ("metric_ton", Decimal(2_000_000), None)]
    assert _measures("Farmers harvested 90 tonnes of rice per hectare.") == [
        ("metric_ton", Decimal(90), "hectare")]
    # after 'a' the noun may open a clause: the tonnes alone, as before
    assert _measures("It is 5 tonnes of grain a farmer sells.") == [("metric_ton", Decimal(5), None)]


# --- collective nouns counted with no -s -----------------------------------------------------


def _counts(text: str) -> list[tuple[str | None, Decimal | None]]:
    return [(m.unit, m.value) for m in extract(text).mentions if m.kind == "count"]


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["staff", "police", "crew"]))
def test_collective_nouns_count_as_personnel_does(n: int, noun: str) -> None:
    """Law: 'n staff' ('police', 'crew') is a count of that noun, as 'n personnel' is."""
    ours = _counts(f"The group said {n:,} {noun} were sent to the site on Monday.")
    theirs = _counts(f"The group said {n:,} personnel were sent to the site on Monday.")
    assert theirs == [("personnel", Decimal(n))]
    assert ours == [(noun, Decimal(n))]


def test_a_plural_after_a_collective_noun_is_the_noun_counted() -> None:
    assert _counts("It hired 12 staff members and 40 police officers.") == [
        ("member", Decimal(12)), ("officer", Decimal(40))]


# --- a dollar's hundredths in a text with no bare '$' -------------------------------------------

_DATE = dt.date(2024, 3, 1)


def _cents(text: str) -> list[tuple[str | None, Decimal | None]]:
    from moneyfacts.conventions import Conventions

    found = extract(text, conventions=Conventions(date=_DATE)).mentions
    return [(m.unit, m.value) for m in found if m.kind == "money" and "cent" in m.text]


@given(st.integers(min_value=1, max_value=99),
       st.sampled_from([("S$", "SGD"), ("A$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"), ("HK$", "HKD")]))
def test_cents_beside_the_one_dollar_written_are_its_hundredths(n: int, sign: tuple[str, str]) -> None:
    """Law: in a text whose one currency is a dollar written with its prefix, and no bare
    '$', 'n cents' is that dollar's hundredths, 'assumed' naming the amount that says so."""
    prefix, code = sign
    text = f"The board declared a dividend of {n} cents, against a share price of {prefix}2.06."
    assert _cents(text) == [(code, Decimal(n) / 100)]


@given(st.integers(min_value=1, max_value=99))
def test_cents_beside_several_currencies_stay_the_callers(n: int) -> None:
    """Two currencies written ('RM5 billion (S$1.4 billion)'): the cents are not settled by
    them; with no place either, they are the caller's dollar, as before."""
    text = f"Fees rose {n} cents after spending of RM5 billion (S$1.4 billion) was approved."
    assert _cents(text) == [("USD", Decimal(n) / 100)]


@given(st.integers(min_value=1, max_value=99),
       st.sampled_from([("New Zealand", "NZD"), ("Singapore", "SGD"), ("Canada", "CAD")]))
def test_cents_with_no_dollar_written_are_weighed_as_a_bare_dollar(n: int, place: tuple[str, str]) -> None:
    """Law: 'n cents' in a text with no '$' reads as '$0.0n' there would: a text naming the
    territory itself reads its dollar."""
    name, code = place
    ours = _cents(f"Petrol rose {n} cents a litre across {name} on Monday.")
    dollar = extract(f"Petrol rose ${n} a litre across {name} on Monday.").mentions
    assert [m.unit for m in dollar] == [code]
    assert ours == [(code, Decimal(n) / 100)]
