"""Reading Hindi, Korean, Japanese and Chinese amounts (issue 21 §3): each case failed before.

The sentences are ours, in the forms the peers' suites showed us (Devanagari short-scale
magnitudes, Korean particles and myriads, Japanese katakana names, Chinese numerals, ranges and
qualifiers written without spaces).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract, parse


def _one(text: str, locale: str) -> tuple[object, ...]:
    q = parse(text, locale=None if locale == "en" else locale)
    return (q.value if q.value is not None else (q.low, q.high), q.unit, q.qualifier)


@pytest.mark.parametrize("text, locale, value, unit, qualifier", [
    # Hindi: the English short scale in Devanagari; vowel signs inside a currency name
    ("$ 42 मिलियन", "hi", Decimal("42000000"), "USD", None),
    ("£ 3.5 बिलियन", "hi", Decimal("3500000000"), "GBP", None),
    ("18 मिलियन डॉलर", "hi", Decimal("18000000"), "USD", None),
    # a longer sign of the lexicon beats the locale's own '$'
    ("C$ 2.75", "hi", Decimal("2.75"), "CAD", None),
    ("aud$ 40", "hi", Decimal("40"), "AUD", None),
    ("hk $ 10.05 बिलियन", "hi", Decimal("10050000000"), "HKD", None),
    ("c $ 16.4 मिलियन", "hi", Decimal("16400000"), "CAD", None),
    ("c$ 16", "en", Decimal("16"), "CAD", None),
    ("450,000 येन", "hi", Decimal("450000"), "JPY", None),
    ("10,000 स्विस फ्रैंक", "hi", Decimal("10000"), "CHF", None),  # CLDR writes फ़्रैंक
    ("10 अमेरिकी डॉलर", "hi", Decimal("10"), "USD", None),
    ("100 중국 위안이", "ko", Decimal("100"), "CNY", None),  # CLDR: 중국 위안화
    ("3억 핀란드 마르카", "ko", Decimal("300000000"), "FIM", None),  # a former currency's whole name
    # Korean: particles glued to the name, units after a myriad, a name glued to a myriad
    ("12.40 달러입니다", "ko", Decimal("12.40"), "USD", None),
    ("3억 달러를", "ko", Decimal("300000000"), "USD", None),
    ("70만 3250달러", "ko", Decimal("703250"), "USD", None),
    ("20만달러", "ko", Decimal("200000"), "USD", None),
    ("800만 엔을", "ko", Decimal("8000000"), "JPY", None),
    ("2천억 위안", "ko", Decimal("200000000000"), "CNY", None),
    ("3000원 이상", "ko", Decimal("3000"), "KRW", "ge"),
    ("만원 미만", "ko", Decimal("10000"), "KRW", "lt"),
    ("삼십유로", "ko", Decimal("30"), "EUR", None),
    ("사천오백만원", "ko", Decimal("45000000"), "KRW", None),
    # Japanese: CLDR's spaced names written joined, a one-currency tail, ドル, kanji numerals
    ("2.5スイスフラン", "ja", Decimal("2.5"), "CHF", None),
    ("2.5スイス・フラン", "ja", Decimal("2.5"), "CHF", None),
    ("900ナイラ", "ja", Decimal("900"), "NGN", None),
    ("12.5億人民元", "ja", Decimal("1250000000"), "CNY", None),
    ("千円", "ja", Decimal("1000"), "JPY", None),
    ("1万億円", "ja", Decimal("1000000000000"), "JPY", None),
    ("5306億台湾ドル", "ja", Decimal("530600000000"), "TWD", None),
    ("3百円", "ja", Decimal("300"), "JPY", None),
    ("30〜40ドル", "ja", (Decimal("30"), Decimal("40")), "USD", None),
    # Chinese: qualifiers and ranges written without spaces, decimals in words, lengths
    ("最多2.5元", "zh", Decimal("2.5"), "CNY", "le"),
    ("8元以下", "zh", Decimal("8"), "CNY", "le"),
    ("300元左右", "zh", Decimal("300"), "CNY", "approx"),
    ("2.1到2.9元", "zh", (Decimal("2.1"), Decimal("2.9")), "CNY", None),
    ("四點五亿元", "zh", Decimal("450000000"), "CNY", None),
    ("二點五至四點五公里", "zh", (Decimal("2.5"), Decimal("4.5")), "kilometer", None),
    ("12厘米", "zh", Decimal("12"), "centimeter", None),
    ("6英尺", "zh", Decimal("6"), "foot", None),
])
def test_reads(text: str, locale: str, value: object, unit: str, qualifier: str | None) -> None:
    assert _one(text, locale) == (value, unit, qualifier)


def test_dollar_in_katakana_is_the_callers_dollar_and_says_so() -> None:
    q = parse("15ドル", locale="ja")
    assert (q.value, q.unit) == (Decimal("15"), "USD") and q.assumed and "ドル" in q.assumed
    assert parse("15ドル", locale="ja", dollar="CAD").unit == "CAD"


def test_subunit_joined_in_japanese() -> None:
    assert parse("320ドルと45セント", locale="ja").value == Decimal("320.45")


@pytest.mark.parametrize("text, locale", [
    ("이 회사는 크다", "ko"),  # '이' (this) and '사' (company) are no numbers
    ("5 엔진", "ko"),          # '엔' starts 'engine': no yen
    ("250 मिलियन डच गिल्डर", "hi"),  # 'डच' (Dutch) begins CLDR's hi name of the Deutsche Mark
    ("大米", "zh"),            # rice, no metre
])
def test_no_reading(text: str, locale: str) -> None:
    assert extract(text, locale=locale).mentions == []


@pytest.mark.parametrize("text, locale", [("40 सेंट", "hi"), ("40 센트", "ko")])
def test_a_cent_is_the_callers_dollars_hundredth(text: str, locale: str) -> None:
    # 'सेंट' is also the 'Saint' of CLDR's Saint Helena pound: never SHP
    q = parse(text, locale=locale)
    assert (q.value, q.unit) == (Decimal("0.40"), "USD") and q.assumed


def test_hindi_dollars_and_cents_are_one_amount() -> None:
    assert parse("13 डॉलर और 45 सेंट", locale="hi").value == Decimal("13.45")


def test_korean_digits_inside_a_word_are_no_number() -> None:
    found = extract("이 회사는 5달러를 냈다", locale="ko").mentions
    assert [(q.value, q.unit) for q in found] == [(Decimal("5"), "USD")]


def test_english_tilde_is_still_about_before_a_lone_amount() -> None:
    q = parse("~$10")
    assert (q.value, q.qualifier) == (Decimal("10"), "approx")
    r = parse("$5~$10")
    assert (r.low, r.high) == (Decimal("5"), Decimal("10"))


@pytest.mark.parametrize("text", ["a $5 fee", "a $ 5 fee", "is u.s $ 100, do", "cost$5"])
def test_letters_before_a_dollar_that_make_no_sign(text: str) -> None:
    q = extract(text).mentions[0]
    assert q.unit == "USD" and q.assumed


@pytest.mark.parametrize("text, locale", [("5천만 파운드를", "ko"), ("361 मिलियन पाउंड", "hi"),
                                          ("500ポンド", "ja")])
def test_pound_is_sterling_by_default_and_says_so(text: str, locale: str) -> None:
    q = parse(text, locale=locale)
    assert q.unit == "GBP" and q.assumed and "EGP" in q.assumed


@pytest.mark.parametrize("text, value, unit", [("주당 12 센트로", Decimal("0.12"), "USD"),
                                                ("197 펜스로", Decimal("1.97"), "GBP")])
def test_korean_hundredths_with_a_particle(text: str, value: Decimal, unit: str) -> None:
    q = extract(text, locale="ko").mentions[0]
    assert (q.value, q.unit) == (value, unit)
