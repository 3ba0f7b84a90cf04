"""Bulgarian, Croatian, Russian, Indonesian and Hindi money: spelled numbers (num2words
inverted, or the lexicon's [number-word] tables), the case forms of currency nouns
([case-ending]), names CLDR lacks ([name]), qualifiers and hundredths."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import parse
from moneyfacts.errors import MoneyfactsError
from moneyfacts.grammar import scan


def _read(text: str, locale: str) -> tuple[str, str, str | None]:
    q = parse(text, locale=locale)
    value = q.value if q.value is not None else Decimal(0)
    return f"{value.normalize():f}", q.unit, q.qualifier


@pytest.mark.parametrize("text, value, unit", [
    ("един лев", "1", "BGN"),
    ("десет лева", "10", "BGN"),
    ("двадесет и пет лева", "25", "BGN"),
    ("две хиляди лева", "2000", "BGN"),
    ("петстотин и петдесет евро", "550", "EUR"),
    ("петнадесет лева и петдесет стотинки", "15.5", "BGN"),
    ("петдесет стотинки", "0.5", "BGN"),
    ("десет паунда", "10", "GBP"),
])
def test_bulgarian_spelled_numbers_from_the_lexicon(text: str, value: str, unit: str) -> None:
    assert _read(text, "bg")[:2] == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("jedan euro", "1", "EUR"),
    ("dvije kune", "2", "HRK"),
    ("dvije stotine kuna", "200", "HRK"),  # a hundred times two, not a hundred
    ("dvjesto kuna", "200", "HRK"),
    ("dvije tisuće eura", "2000", "EUR"),
    ("tisuću kuna", "1000", "HRK"),
    ("2 kune i 23 lipe", "2.23", "HRK"),
    ("5 kunama", "5", "HRK"),
])
def test_croatian_numbers_and_case_forms(text: str, value: str, unit: str) -> None:
    assert _read(text, "hr")[:2] == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("один рубль", "1", "RUB"),
    ("одна гривна", "1", "UAH"),
    ("тысяча рублей", "1000", "RUB"),
    ("заплатил тысячу рублей", "1000", "RUB"),
    ("10 рублях", "10", "RUB"),  # the prepositional; 'рубль' is RUB, not the Belarusian
    ("10 гривнами", "10", "UAH"),
    ("20 долларами 43 центами", "20.43", "USD"),
    ("10руб", "10", "RUB"),
    ("3.04 грн", "3.04", "UAH"),
    ("42 баксов", "42", "USD"),
    ("10 центов", "0.1", "USD"),
    ("десять пенсов", "0.1", "GBP"),
    ("10к$", "10000", "USD"),
])
def test_russian_case_forms_and_abbreviations(text: str, value: str, unit: str) -> None:
    assert _read(text, "ru")[:2] == (value, unit)


def test_a_russian_pound_alone_is_refused() -> None:
    with pytest.raises(MoneyfactsError):
        parse("десять фунтов", locale="ru")  # EGP, LBP, SYP... and GBP is 'фунт стерлингов'


def test_a_lone_one_is_a_number_only_before_money() -> None:
    assert _read("en krone", "nb")[:2] == ("1", "NOK")
    assert [str(q) for q in scan("en bil og en båt", locale="nb")] == []
    assert [str(q) for q in scan("один из них", locale="ru")] == []


def test_a_cyrillic_name_is_read_after_its_number_only() -> None:
    # 'курс доллара 90 рублей': the dollar's rate is 90 roubles, no 90 dollars
    assert [str(q) for q in scan("курс доллара 90 рублей", locale="ru")] == ["90 RUB"]


@pytest.mark.parametrize("text, locale, qualifier", [
    ("по-малко от 7 Евро", "bg", "lt"),  # a hyphen inside the qualifier
    ("най-малко 7 евро", "bg", "ge"),
    ("preko 1,42 dolara", "hr", "gt"),
    ("di bawah Rp 500", "id", "lt"),
    ("tidak sampai 7 euro", "id", "lt"),
    ("melebihi USD1,42", "id", "gt"),
    ("di atas 33.000 Rupiah", "id", "gt"),
])
def test_qualifiers(text: str, locale: str, qualifier: str) -> None:
    assert _read(text, locale)[2] == qualifier


def test_indonesian_rp_with_its_dot_and_a_capitalised_lev() -> None:
    assert _read("Rp. 315,00", "id")[:2] == ("315", "IDR")
    assert _read("15 Лв и 50 Ст", "bg")[:2] == ("15.5", "BGN")


@pytest.mark.parametrize("text, value, unit", [
    ("इसमें केवल तेरह डॉलर पैंतालीस की लागत थी", "13.45", "USD"),  # ends at the postposition
    ("इसकी कीमत केवल तेरह डॉलर और पैंतालीस सेंट है", "13.45", "USD"),
    ("उसने पाँच सौ रुपए दिए", "500", "INR"),  # candrabindu read as the anusvara; 'सौ' multiplies
    ("लगभग 62.7 मिलियन डॉलर।", "62700000", "USD"),  # the danda ends the name
    ("फिसल कर एक पेनी पर बंद हुए", "0.01", "GBP"),  # a vowel sign ends 'पेनी'
    ("इसमें एक कुआई और पांच माओ और पांच \u095eेन की जरूरत", "1.55", "CNY"),
])
def test_hindi(text: str, value: str, unit: str) -> None:
    found = [q for q in scan(text, locale="hi") if q.kind == "money"]
    assert [(f"{q.value.normalize():f}", q.unit) for q in found if q.value is not None] == [
        (value, unit)]


def test_hindi_bare_digits_before_other_words_stay_the_amount() -> None:
    found = scan("इसमें केवल 13 डॉलर 45 लोगों", locale="hi")
    assert [(q.value, q.unit) for q in found if q.kind == "money"] == [(Decimal(13), "USD")]


@settings(max_examples=60)
@given(st.integers(min_value=2, max_value=9999))
def test_russian_spelled_numbers_invert_num2words(n: int) -> None:
    from num2words import num2words  # type: ignore[import-untyped]

    assert _read(f"{num2words(n, lang='ru')} рублей", "ru")[:2] == (str(n), "RUB")


@settings(max_examples=60)
@given(st.integers(min_value=2, max_value=999))
def test_serbian_spelled_numbers_read_in_croatian(n: int) -> None:
    from num2words import num2words

    assert _read(f"{num2words(n, lang='sr')} eura", "hr")[:2] == (str(n), "EUR")


@pytest.mark.parametrize("text, locale, value, unit, assumed", [
    ("5 लाख रुपये", "hi", "500000", "INR", True),  # 'रुपये', as 'रुपए' is written as often
    ("२५ लाख रुपये", "hi", "2500000", "INR", True),  # Devanagari digits
    ("50 हजार रुपये", "hi", "50000", "INR", True),  # 'हज़ार' without its nukta
    ("रु. 500 का नोट", "hi", "500", "INR", True),  # shared with NPR, PKR: says so
    ("200 долл.", "ru", "200", "USD", True),  # the caller's dollar
    ("2 mlrd. kuna", "hr", "2000000000", "HRK", False),
])
def test_news_forms(text: str, locale: str, value: str, unit: str, assumed: bool) -> None:
    q = parse(text, locale=locale)
    assert (f"{q.value.normalize():f}" if q.value is not None else None, q.unit) == (value, unit)
    assert bool(q.assumed) is assumed


@pytest.mark.parametrize("text, locale, digits", [
    ("хиляди хора", "bg", None),  # thousands of people: no number
    ("две хиляди лева", "bg", "2000 лева"),
    ("stotine ljudi", "hr", None),
    ("stotinu eura", "hr", "100 eura"),
    ("кимат пांच", "hi", None),
])
def test_a_plural_hundred_or_thousand_is_a_number_only_after_one(text: str, locale: str,
                                                                  digits: str | None) -> None:
    from moneyfacts.wordnumbers import rewrite

    out = rewrite(text, locale)
    assert (out[0] if out else None) == digits


@pytest.mark.parametrize("text, value, unit", [
    ("10 гривнях", "10", "UAH"),
    ("20 доларами", "20", "USD"),
])
def test_ukrainian_case_forms(text: str, value: str, unit: str) -> None:
    assert _read(text, "uk")[:2] == (value, unit)


@pytest.mark.parametrize("text, locale, value, unit", [
    ("डेढ़ लाख रुपये", "hi", "150000", "INR"),
    ("ढाई करोड़ रुपये", "hi", "25000000", "INR"),
    ("साढ़े तीन लाख रुपये", "hi", "350000", "INR"),  # 'साढ़े' adds a half to the number after
    ("सवा दो करोड़ रुपये", "hi", "22500000", "INR"),
    ("полтора миллиона рублей", "ru", "1500000", "RUB"),
    ("полторы тысячи рублей", "ru", "1500", "RUB"),
])
def test_fractional_number_words(text: str, locale: str, value: str, unit: str) -> None:
    assert _read(text, locale)[:2] == (value, unit)


def test_a_fraction_word_is_a_number_only_before_a_magnitude_or_money() -> None:
    assert scan("साढ़े तीन बजे", locale="hi") == []  # half past three (o'clock)
    assert scan("полтора часа", locale="ru") == []


@pytest.mark.parametrize("text, unit, note", [
    ("पाकिस्तान में 500 रुपए", "PKR", "'पाकिस्तान' in the text"),  # places in an uncased script
    ("नेपाल में 500 रुपया", "NPR", "'नेपाल' in the text"),
    ("श्रीलंका में 100 रुपये", "LKR", "'श्रीलंका' in the text"),
    ("भारत में 5 लाख रुपये", "INR", "'भारत' in the text"),
    ("5 लाख रुपये", "INR", "newsroom default"),  # no place: INR, and it says so
])
def test_the_hindi_rupee_is_decided_by_the_text(text: str, unit: str, note: str) -> None:
    [q] = [q for q in scan(text, locale="hi") if q.kind == "money"]
    assert q.unit == unit and q.assumed is not None and note in q.assumed


@pytest.mark.parametrize("text, locale, readings", [
    ("Зарплата выросла на 200 рублей до 1500 рублей.", "ru", ["200 RUB", "1500 RUB"]),
    ("Plaća je porasla za 200 kuna do 1500 kuna.", "hr", ["200 HRK", "1500 HRK"]),
    ("Salaries rise by $200 to $1,500.", None, ["200 USD", "1500 USD"]),
    ("Цена от 10 до 20 долларов", "ru", ["10..20 USD"]),  # a range still
    ("otprilike 100 do 200 dolara", "hr", ["100..200 USD"]),
])
def test_a_change_and_its_result_is_no_range(text: str, locale: str | None,
                                             readings: list[str]) -> None:
    def shown(q: object) -> str:
        v = getattr(q, "value")
        lo, hi = getattr(q, "low"), getattr(q, "high")
        n = f"{v.normalize():f}" if v is not None else f"{lo.normalize():f}..{hi.normalize():f}"
        return f"{n} {getattr(q, 'unit')}"

    assert [shown(q) for q in scan(text, locale=locale, dollar="USD")] == readings
