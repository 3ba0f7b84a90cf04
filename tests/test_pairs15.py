"""Stated equivalents as written in news copy (session 15, pairs held-out set): a figure's
digit grouping does not make its trailing zeros meant, and the renminbi's dollar peg of
1998-2005 is a reference rate. Examples are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.tolerance import _effective_precision
from moneyfacts.verify import check_pair

parse = moneyfacts.parse


# --- grouped whole numbers: their trailing zeros are rounding, as any whole number's ------


@pytest.mark.parametrize(("grouped", "plain"), [
    ("US$2,000 million", "US$2.0 billion"),
    ("US$34,000 million", "US$34 billion"),
    ("Rs 12,000 crore", "Rs 12 thousand crore"),
    ("$5,000", "$5.0 thousand"),
])
def test_grouped_zeros_claim_what_the_short_form_claims(grouped: str, plain: str) -> None:
    g, p = parse(grouped), parse(plain)
    assert g.value == p.value
    assert _effective_precision(g.value, g) == _effective_precision(p.value, p)


@pytest.mark.parametrize(("text", "precision"), [
    ("US$1.410 billion", Decimal("1E+6")),   # a decimal point before three digits: meant
    ("US$76.0 million", Decimal("1E+5")),
    ("$1,250.50", Decimal("0.01")),
    ("US$1,410 million", Decimal("1E+7")),   # grouping: the one trailing zero may be rounding
])
def test_decimal_digits_stay_meant(text: str, precision: Decimal) -> None:
    q = parse(text)
    assert _effective_precision(q.value, q) == precision


def test_grouping_after_a_foreign_magnitude_word_is_read_from_its_digits() -> None:
    q = parse("US$ 2.000 millones", locale="es")
    assert q.value == Decimal("2E+9")
    assert _effective_precision(q.value, q) == Decimal("1E+8")


@given(st.integers(min_value=10, max_value=99), st.integers(min_value=1, max_value=400))
def test_thousands_of_millions_judge_as_billions(n: int, original_bn: int) -> None:
    """Law: a figure written in thousands of millions gets the verdict the same figure in
    billions gets, whatever it converts."""
    src = parse(f"{original_bn} billion yuan")
    a = check_pair(src, parse(f"US${n},000 million"), date="2019-05-06")
    b = check_pair(src, parse(f"US${n} billion"), date="2019-05-06")
    assert (a.verdict, a.deviation) == (b.verdict, b.deviation)


def test_a_rounded_grouped_equivalent_in_spanish_copy_is_no_alarm() -> None:
    # 26,500 million pesos at about 12.9 per dollar is some 2.05 billion dollars: "unos
    # 2.000 millones" rounds it to two digits (read digit by digit it would be 2.4% off)
    r = moneyfacts.check("México destinará 26.500 millones de pesos (unos US$ 2.000 millones) "
                         "a carreteras.", date="2013-09-17", locale="es")
    f = r.findings[0]
    assert (f.original.unit, f.stated.unit) == ("MXN", "USD")
    assert f.verdict == "consistent"


def test_a_grouped_figure_off_by_a_tenth_is_still_caught() -> None:
    r = moneyfacts.check("Mexico set aside 30,000 million pesos (US$2,100 million) for roads.",
                         date="2013-09-17")
    assert r.findings[0].verdict == "inconsistent"


# --- the renminbi's dollar peg, 1998 to 21 July 2005 ----------------------------------------


def test_a_pre_2005_yuan_figure_is_judged_by_the_peg() -> None:
    f = moneyfacts.check("In 2001 the province spent 80 billion yuan ($9.67 billion) on roads.",
                         date="2001-06-01").findings[0]
    assert f.verdict == "consistent"
    assert f.rate[0].source == "peg"


def test_a_pre_2005_slip_is_named() -> None:
    f = moneyfacts.check("In 2001 the province spent 80 billion yuan ($967 million) on roads.",
                         date="2001-06-01").findings[0]
    assert (f.verdict, f.cause.kind if f.cause else None) == ("inconsistent", "magnitude_slip")


def test_after_the_reform_the_market_rate_judges() -> None:
    # July 2006: the yuan had left 8.28; the peg's figure is no longer the day's
    f = moneyfacts.check("The province spent 80 billion yuan ($9.67 billion) on roads.",
                         date="2006-06-01").findings[0]
    assert f.rate[0].source == "ECB"
    assert f.verdict == "inconsistent"


@given(st.dates(min_value=__import__("datetime").date(1999, 1, 4),
                max_value=__import__("datetime").date(2005, 7, 20)),
       st.integers(min_value=1, max_value=5000))
def test_peg_years_convert_at_8_28(day: object, amount: int) -> None:
    """Law: any yuan figure of the peg years converted at 8.28 is consistent."""
    usd = (Decimal(amount) / Decimal("8.28")).quantize(Decimal("0.01"))
    f = check_pair(parse(f"{amount} million yuan"), parse(f"${usd} million"), date=day)
    assert f.verdict == "consistent"
