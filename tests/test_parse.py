"""parse(): the gold expressions, and the behaviours the issue names one by one."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pint
import pytest

import moneyfacts
from gold_fields import label as from_gold
from gold_fields import reading as as_expected
from moneyfacts import extract, parse
from moneyfacts.errors import (
    AmbiguousCurrencyError,
    MoneyfactsError,
    ParseError,
    UnknownCurrencyError,
)

@pytest.mark.gold
def test_gold_expressions_are_exact(gold_expressions: list[dict[str, Any]]) -> None:
    misses = []
    for item in gold_expressions:
        try:
            got = as_expected(parse(item["text"]))
        except MoneyfactsError as exc:
            misses.append((item["text"], repr(exc)))
            continue
        if got != from_gold(item["expected"]):
            misses.append((item["text"], got))
    assert len(gold_expressions) >= 100
    assert misses == [], f"{len(gold_expressions) - len(misses)}/{len(gold_expressions)} exact"


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Rmb160 billion", "CNY", "160000000000"),
        ("$20bn", "USD", "20000000000"),
        ("RMB 3.5 trillion", "CNY", "3500000000000"),
        ("USD12.5bn", "USD", "12500000000"),
        ("12.5bn USD", "USD", "12500000000"),
        ("A$3.2 billion", "AUD", "3200000000"),
        ("JP¥1 trillion", "JPY", "1000000000000"),
        ("CN¥5bn", "CNY", "5000000000"),
        ("₦2 trillion", "NGN", "2000000000000"),
        ("₽300bn", "RUB", "300000000000"),
        ("Rs 2,000 crore", "INR", "20000000000"),
        ("₹1,00,000", "INR", "100000"),
        ("₹1.5 lakh crore", "INR", "1500000000000"),
        ("5000万美元", "USD", "50000000"),
        ("160亿元", "CNY", "16000000000"),
        ("12億円", "JPY", "1200000000"),
        ("5 亿美元", "USD", "500000000"),
        ("half a billion dollars", "USD", "500000000"),
        ("two hundred million pounds", "GBP", "200000000"),
        ("a trillion yen", "JPY", "1000000000000"),
        ("100 billion naira", "NGN", "100000000000"),
        ("10 billion dirhams", "AED", "10000000000"),
        ("5 billion Hong Kong dollars", "HKD", "5000000000"),
        ("2 billion zł", "PLN", "2000000000"),
        ("R5 billion", "ZAR", "5000000000"),
    ],
)
def test_currency_spellings(text: str, unit: str, value: str) -> None:
    q = parse(text)
    assert (q.kind, q.unit, q.value) == ("money", unit, Decimal(value))


def test_written_precision_is_kept() -> None:
    a, b = parse("$5.5 billion"), parse("$5.50 billion")
    assert a.value == b.value
    assert a.precision == Decimal("1E+8") and b.precision == Decimal("1E+7")
    assert a.half_unit == Decimal("5E+7")
    assert parse("$20 billion").precision == Decimal("1E+9")
    assert parse("two hundred million pounds").precision == Decimal("1E+8")


def test_values_are_decimal_and_json_is_plain_strings() -> None:
    q = parse("about €1.2bn")
    assert isinstance(q.value, Decimal)
    data = json.loads(q.model_dump_json())
    assert data["value"] == "1200000000" and data["precision"] == "100000000"
    assert moneyfacts.Quantity.model_validate_json(q.model_dump_json()) == q


def test_quantity_is_frozen() -> None:
    q = parse("$5bn")
    with pytest.raises(Exception):
        q.value = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about $5bn", "approx"), ("roughly $5bn", "approx"), ("approximately $5bn", "approx"),
        ("around $5bn", "approx"), ("some $5bn", "approx"), ("nearly $5bn", "approx"),
        ("almost $5bn", "approx"), ("an estimated $5bn", "approx"), ("more than $5bn", "gt"),
        ("over $5bn", "gt"), ("well over $5bn", "gt"), ("at least $5bn", "ge"),
        ("$5bn-plus", "ge"), ("up to $5bn", "le"), ("at most $5bn", "le"),
        ("under $5bn", "lt"), ("less than $5bn", "lt"), ("$5bn", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    q = parse(text)
    assert q.qualifier == qualifier and q.value == Decimal("5000000000")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It paid well over $5bn.", "well over $5bn"), ("(well over $5bn)", "well over $5bn"),
        ("well (over $5bn)", "over $5bn"), ("a handsome $5bn", "$5bn"),
        ("in excess of $5bn", "in excess of $5bn"), ("~$5bn", "~$5bn"),
    ],
)
def test_qualifier_spans(text: str, span: str) -> None:
    """A qualifier's words must all stand before the amount as written, openers aside."""
    assert parse(text).text == span


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("$1.5-2 billion", "1500000000", "2000000000", "USD"),
        ("$1.5bn-$2bn", "1500000000", "2000000000", "USD"),
        ("between $5bn and $7bn", "5000000000", "7000000000", "USD"),
        ("from 10 to 20 billion yuan", "10000000000", "20000000000", "CNY"),
        ("$5 billion to $7 billion", "5000000000", "7000000000", "USD"),
        ("€3–4 million", "3000000", "4000000", "EUR"),
    ],
)
def test_ranges(text: str, low: str, high: str, unit: str) -> None:
    q = parse(text)
    assert (q.value, q.low, q.high, q.unit) == (None, Decimal(low), Decimal(high), unit)
    assert q.is_range and q.bounds == (Decimal(low), Decimal(high))


def test_a_fall_is_not_a_range() -> None:
    found = moneyfacts.grammar.scan("Profit fell from $7bn to $5bn.")
    assert [q.value for q in found] == [Decimal("7E9"), Decimal("5E9")]


@pytest.mark.parametrize(
    ("text", "per"),
    [("$20,000 per unit", "unit"), ("$2 a share", "share"), ("£1.2m a year", "year"),
     ("$80 per barrel", "barrel"), ("$5 per tonne", "tonne")],
)
def test_per_unit(text: str, per: str) -> None:
    assert parse(text).per == per


def test_a_year_earlier_is_not_per_year() -> None:
    found = moneyfacts.grammar.scan("It made €30 billion, against £26 billion a year earlier.")
    assert [q.per for q in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("30tn tokens", "token", "30000000000000"), ("20,000 H200 chips", "chip", "20000"),
     ("75 million monthly active users", "user", "75000000"), ("170 million people", "person", "170000000"),
     ("2,000 GPUs", "gpu", "2000"), ("1.2 million cars", "car", "1200000"),
     ("5,000 graphics cards", "graphics card", "5000")],  # barrels are measures: test_units
)
def test_counts(text: str, unit: str, value: str) -> None:
    q = parse(text)
    assert (q.kind, q.unit, q.value) == ("count", unit, Decimal(value))


@pytest.mark.parametrize("text", ["60%", "60 per cent", "60 percent", "60 pct"])
def test_percentages(text: str) -> None:
    q = parse(text)
    assert (q.kind, q.unit, q.value) == ("percent", "percent", Decimal(60))


def test_bare_signs_follow_the_callers_setting_and_say_so() -> None:
    assert parse("$5bn").unit == "USD"
    assert parse("$5bn", dollar="AUD").unit == "AUD"
    assert "dollar='AUD'" in (parse("$5bn", dollar="AUD").assumed or "")
    assert parse("¥2 trillion").unit == "JPY"
    assert parse("¥2 trillion", yen="CNY").unit == "CNY"
    assert parse("5 billion dollars", dollar="CAD").unit == "CAD"
    assert parse("HK$5bn", dollar="AUD").unit == "HKD"  # a prefixed dollar is not bare
    assert parse("HK$5bn").assumed is None


def test_ambiguous_sign_is_refused_not_guessed() -> None:
    with pytest.raises(AmbiguousCurrencyError) as info:
        parse("kr 5 billion")
    assert "kr" in str(info.value) and "SEK" in info.value.candidates
    with pytest.raises(AmbiguousCurrencyError):
        parse("5 billion pesos")
    assert isinstance(info.value, ParseError)


def test_unknown_setting_currency() -> None:
    with pytest.raises(UnknownCurrencyError, match="XXY"):
        parse("$5bn", dollar="XXY")


@pytest.mark.parametrize("text", ["", "no money here", "in 2025", "the H200 chip", "Q4 results",
                                  "COVID-19", "the 5G network", "five years"])  # 3nm: a measure
def test_no_quantity_raises_parse_error_with_the_text(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    assert repr(text) in str(info.value)
    assert isinstance(info.value, MoneyfactsError)


def test_parse_rejects_non_text() -> None:
    with pytest.raises(ParseError):
        parse(5)  # type: ignore[arg-type]


def test_spans_point_into_the_text() -> None:
    text = "They plan to spend about Rmb160 billion next year."
    q = parse(text)
    assert text[q.start : q.end] == q.text == "about Rmb160 billion"


def test_to_pint_uses_our_registry() -> None:
    q = parse("€1.2bn").to_pint()
    assert q.magnitude == Decimal("1200000000") and str(q.units) == "EUR"
    with pytest.raises(pint.DimensionalityError):
        q.to("USD")
    tokens = parse("30tn tokens").to_pint()
    assert str(tokens.units) == "token"
    per = parse("$2 a share").to_pint()
    assert str(per.units) == "USD / share"
    low, high = parse("$1.5-2 billion").to_pint()
    assert (low.magnitude, high.magnitude) == (Decimal("1500000000"), Decimal("2000000000"))
    assert str(high.units) == "USD"
    assert parse("60%").to_pint().to("").magnitude == Decimal("0.60")


@pytest.mark.parametrize(
    ("text", "locale", "unit", "value"),
    [("1.234,50\u00a0€", "de", "EUR", "1234.50"), ("1\u202f234,50\u00a0€", "fr", "EUR", "1234.50"),
     ("$1,234.50", "es_MX", "MXN", "1234.50"), ("¥1,234", "zh", "CNY", "1234"),
     ("1,2\u00a0Mrd.\u00a0€", "de", "EUR", "1200000000"), ("￥12億", "ja", "JPY", "1200000000"),
     ("1.234\u00a0¥", "de", "JPY", "1234")],
)
def test_locale_reading(text: str, locale: str, unit: str, value: str) -> None:
    q = parse(text, locale=locale)
    assert (q.unit, q.value) == (unit, Decimal(value))


@pytest.mark.parametrize(
    ("text", "locale", "unit", "value"),
    [("12,4 miliarde yuani", "ro", "CNY", "12400000000"),  # CLDR's plural ('yuani chinezești')
     ("2,5 miliarde de dolari americani", "ro", "USD", "2500000000"),  # the whole name
     ("2 miliardi di real", "it", "BRL", "2000000000"),
     ("80 millions de dollars canadiens", "fr", "CAD", "80000000")],
)
def test_a_currency_name_in_the_locales_language(
    text: str, locale: str, unit: str, value: str
) -> None:
    q = parse(text, locale=locale)
    assert (q.unit, q.value, q.text, q.assumed) == (unit, Decimal(value), text, None)
    with pytest.raises(moneyfacts.errors.ParseError):
        parse(text)  # not English: nothing is read without the locale


def test_a_shared_name_in_the_locales_language_says_so() -> None:
    # 'won' is North Korea's too (issue 21 §1, session 9): read as English copy reads it,
    # the newsroom default recorded; after the language's 'di'
    q = parse("40 milioni di won", locale="it")
    assert (q.unit, q.value, q.text, q.assumed) == (
        "KRW", Decimal("40000000"), "40 milioni di won",
        "'won' read as KRW (the newsroom default; also KPW)")
    with pytest.raises(moneyfacts.errors.ParseError):
        parse("40 milioni di won")  # not English: nothing is read without the locale


def test_a_locale_name_all_dollars_share_is_read_as_dollar_says() -> None:
    q = parse("3,5 miliardi di dollari", locale="it")
    assert (q.unit, q.value, q.assumed) == ("USD", Decimal("3500000000"),
                                            "'dollari' read as USD (dollar='USD')")
    assert parse("3,5 miliardi di dollari", locale="it", dollar="CAD").unit == "CAD"


@pytest.mark.parametrize(("text", "locale", "sign"), [
    ("7,3 milliards de livres", "fr", "livres"),  # pound sterling, Egyptian, Lebanese...
    ("150 مليون ريـال", "ar", "ريـال"),  # riyal or rial: several, and a tatweel in the word
])
def test_a_locale_name_several_currencies_share_is_refused_unless_settled(
    text: str, locale: str, sign: str
) -> None:
    with pytest.raises(moneyfacts.errors.AmbiguousCurrencyError, match=sign):
        parse(text, locale=locale)
    conv = moneyfacts.Conventions(locale=locale, signs={sign: "GBP" if locale == "fr" else "QAR"})
    assert parse(text, conventions=conv).unit == ("GBP" if locale == "fr" else "QAR")


def test_unknown_locale() -> None:
    with pytest.raises(moneyfacts.errors.InputError, match="xx_YY"):
        parse("$5", locale="xx_YY")


@pytest.mark.parametrize("text", ["about $5.50 billion", "$1.5-2 billion", "30tn tokens", "60%",
                                  "£1.2m a year"])
def test_scanned_quantities_equal_validated_ones(text: str) -> None:
    """The scan builds Quantities without re-running pydantic's validation: they must be
    exactly what validation would build, and stay frozen."""
    q = parse(text)
    again = moneyfacts.Quantity.model_validate(q.model_dump())
    assert q == again and q.model_dump_json() == again.model_dump_json()
    assert q.model_fields_set == again.model_fields_set
    with pytest.raises(Exception):
        q.unit = "EUR"  # type: ignore[misc]


def test_a_copy_with_changes_leaves_the_other_quantities_fields_set_alone() -> None:
    """Scanned Quantities share one fields set (every field is given): a copy made with
    ``model_copy(update=...)`` gets its own, so the others keep theirs unchanged."""
    a, b = parse("$5 billion"), parse("€7 million")
    before = set(b.model_fields_set)
    c = a.model_copy(update={"unit": "CAD"})
    assert c.unit == "CAD" and a.unit == "USD"
    assert c.model_fields_set is not a.model_fields_set
    assert b.model_fields_set == before == a.model_fields_set


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    # Spelled numbers before a magnitude word are read as one number, or as the two ends of a
    # range: these were once read as sums (5 million, 3 million) or lost their low end.
    ("between two and three million dollars", None, "2000000", "3000000"),
    ("two to three million dollars", None, "2000000", "3000000"),
    ("two-three billion yuan", None, "2000000000", "3000000000"),
    ("a two million dollar deal", "2000000", None, None),
    ("two hundred and fifty million dollars", "250000000", None, None),
    ("a hundred million dollars", "100000000", None, None),
    ("a million dollars", "1000000", None, None),
    ("half a billion dollars", "500000000", None, None),
    # '... and a half' before a magnitude is the whole plus 0.5, never the half alone.
    ("one and a half billion dollars", "1500000000", None, None),
    ("a one-and-a-half-billion-dollar deal", "1500000000", None, None),
    ("twenty-one and a half billion yuan", "21500000000", None, None),
    ("a one and a half billion dollar deal", "1500000000", None, None),
    ("between one and two and a half billion dollars", None, "1000000000", "2500000000"),
])
def test_spelled_numbers_before_a_magnitude_are_one_number_or_a_range(
    text: str, value: str | None, low: str | None, high: str | None
) -> None:
    q = parse(text)
    assert q.unit in ("USD", "CNY")
    expected = tuple(None if v is None else Decimal(v) for v in (value, low, high))
    assert (q.value, q.low, q.high) == expected


@pytest.mark.parametrize("text", ["and a half billion dollars", "and a half dollars",
                                  "one and a half"])
def test_a_half_alone_is_never_read_as_the_amount(text: str) -> None:
    """Without a whole number before 'and a half', nothing is read: no 500 million from
    '... and a half billion'. ('a half billion dollars', a fraction of a magnitude as 'a
    quarter million' is, reads 500 million since issue 21: tests/test_english_money.py; 'a
    billion and a half dollars', the half said after its magnitude, 1.5 billion since
    gnews15: tests/test_mainstream15.py.)"""
    assert extract(text).mentions == []


def test_one_and_a_half_keeps_the_precision_of_its_tenth() -> None:
    q = parse("one and a half billion dollars")
    assert q.precision == Decimal("1E+8") and q.text == "one and a half billion dollars"


@pytest.mark.parametrize(("text", "word", "lang", "value"), [
    ("US$ 17,2 bilhões", "bilhões", "pt", "17200000000"),
    ("€5 milliards", "milliards", "fr", "5000000000"),
    ("$3 Milliarden", "Milliarden", "de", "3000000000"),
    ("$5 billions", "billions", "fr", "5000000000000"),  # French for 10**12, not English
])
def test_another_languages_magnitude_after_an_amount_is_refused(
    text: str, word: str, lang: str, value: str
) -> None:
    """A magnitude word of another language's number formats (CLDR) after an amount with
    its currency is refused, naming the locale that reads it; never the bare figure, a
    billion times too small. With that locale it reads."""
    with pytest.raises(moneyfacts.errors.ParseError, match=f"{word!r}.*locale={lang!r}"):
        parse(text)
    ex = extract(f"It raised {text} last year.")
    assert ex.mentions == [] and word in ex.skipped[0].reason
    assert parse(text, locale=lang).value == Decimal(value)


def test_a_foreign_magnitude_read_with_its_locale() -> None:
    q = parse("US$ 17,2 bilhões", locale="pt")
    assert (q.unit, q.value) == ("USD", Decimal("17200000000"))


def test_an_english_word_that_is_a_magnitude_elsewhere_is_read_as_before() -> None:
    """'vote' is a magnitude word in Wolof's numbers and listed as English in
    [not-foreign-magnitude]; with no currency before it, a foreign word changes nothing."""
    assert [str(q) for q in extract("a $52 vote").mentions] == ["52 USD"]
    assert extract("8,7 bilhões de libras").skipped == []

