"""Other languages read from data: spelled numbers (text2num, num2words), myriad numerals,
amounts with their hundredths, per-language qualifiers and range words, a language's own word
for its currencies. The examples are ours; the peers' suites measure the breadth
(tests/test_peers.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from moneyfacts import parse
from moneyfacts.currencies import _lexicon_text, _parse_lexicon
from moneyfacts.grammar import scan
from moneyfacts.wordnumbers import rewrite


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Le billet coûte vingt-deux euros.", "fr", "22", "EUR"),
    ("trois millions de dollars canadiens", "fr", "3000000", "CAD"),
    ("Kostet achtzehn Euro", "de", "18", "EUR"),
    ("cuesta treinta y cinco euros", "es", "35", "EUR"),
    ("Billetten koster tolv kroner", "nb", "12", "NOK"),
    ("to tusen fem hundre kroner", "nb", "2500", "NOK"),
    ("Det kostar femton kronor", "sv", "15", "SEK"),
    ("двадцать пять рублей", "ru", "25", "RUB"),
    ("on bin lira", "tr", "10000", "TRY"),
    ("3억 5천만 원", "ko", "350000000", "KRW"),
    ("6천 250만 달러", "ko", "62500000", "USD"),
    ("五千万日元", "zh", "50000000", "JPY"),
])
def test_spelled_and_grouped_numbers(text: str, locale: str, value: str, unit: str) -> None:
    q = parse(text, locale=locale, dollar="USD")
    assert (q.value, q.unit) == (Decimal(value), unit)
    assert text[q.start:q.end] == q.text  # the span is the text as written


def test_a_spelled_number_keeps_its_place_and_precision() -> None:
    q = parse("environ trois millions d'euros ou quatre millions de dollars", locale="fr")
    assert q.text == "environ trois millions d'euros" and q.precision == Decimal("1E+6")
    k = parse("2억 4천 7백만 달러", locale="ko", dollar="USD")
    assert (k.value, k.precision) == (Decimal(247000000), Decimal("1E+6"))


def test_digits_before_a_magnitude_word_are_left_to_the_grammar() -> None:
    assert rewrite("75 millions de dollars", "fr") is None
    assert rewrite("1,45 mil millones", "es") is None
    assert rewrite("un accord", "fr") is None  # an article is no number


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("4 dollars and 99 cents.", None, "4.99", "USD"),
    ("sept euros et 30 centimes", "fr", "7.30", "EUR"),
    ("3 kroner og 50 øre", "nb", "3.50", "NOK"),
    ("12달러 5센트", "ko", "12.05", "USD"),
    ("八元五角", "zh", "8.5", "CNY"),
    ("18 dollars 75", None, "18.75", "USD"),
])
def test_an_amount_and_its_hundredths_are_one(text: str, locale: str | None, value: str,
                                              unit: str) -> None:
    found = [q for q in scan(text, locale=locale, dollar="USD") if q.kind == "money"]
    assert [(q.value, q.unit) for q in found] == [(Decimal(value), unit)]
    assert found[0].text == text.rstrip(".")


def test_hundredths_are_not_joined_where_they_may_be_another_figure() -> None:
    assert [str(q) for q in scan("$5 million and 23 cents", dollar="USD")][0] == "5 million USD"
    assert scan("It paid 20 euros 43 times")[0].value == 20
    assert scan("20 euros, 43 percent of it")[0].value == 20


@pytest.mark.parametrize(("text", "locale", "low", "high", "qualifier"), [
    ("zwischen 10 und 20 Euro", "de", "10", "20", None),
    ("entre 10 y 20 dólares", "es", "10", "20", None),
    ("od 100 do 200 kuna", "hr", "100", "200", None),
    ("rund 10 Millionen Euro", "de", None, None, "approx"),
    ("plus de 10 millions d'euros", "fr", None, None, "gt"),
    ("cerca de 5 millones de euros", "es", None, None, "approx"),
])
def test_qualifiers_and_ranges_in_other_languages(text: str, locale: str, low: str | None,
                                                  high: str | None, qualifier: str | None) -> None:
    q = parse(text, locale=locale, dollar="USD")
    if low is not None:
        assert (q.low, q.high) == (Decimal(low), Decimal(high or 0))
    assert q.qualifier == qualifier


def test_language_sections_name_real_languages_and_spell_no_english_word() -> None:
    from babel import Locale

    text = _lexicon_text()
    sections = [line.strip()[1:-1].split() for line in text.splitlines()
                if line.strip().startswith("[") and line.strip().endswith("]")]
    tagged = [s for s in sections if len(s) == 2]
    assert tagged, "the lexicon has language sections"
    for _name, lang in tagged:
        Locale.parse(lang)  # a CLDR language, or raises
    merged = _parse_lexicon(text)
    english = {k.lower() for k, _, _ in merged["qualifier"][:40]}
    assert "rund" in {k for k, _, _ in merged["qualifier"]} and "rund" not in english


@pytest.mark.parametrize(("text", "locale", "unit"), [
    ("10 달러", "ko", "USD"), ("10 ドル", "ja", "USD"), ("10 Dollar", "de", "USD"),
    ("250 kronor", "sv", "SEK"), ("250 kroner", "nb", "NOK"),
])
def test_a_languages_own_word_for_its_currencies(text: str, locale: str, unit: str) -> None:
    q = parse(text, locale=locale, dollar="USD")
    assert q.unit == unit and q.text == text


def test_a_letter_symbol_does_not_match_the_start_of_a_word() -> None:
    q = parse("10 kroner", locale="nb")
    assert q.text == "10 kroner"


def test_indic_words_with_vowel_signs_are_whole_words() -> None:
    q = parse("कंपनी ने 12 मिलियन डॉलर जुटाए", locale="hi", dollar="USD")
    assert (q.value, q.unit, q.text) == (Decimal(12000000), "USD", "12 मिलियन डॉलर")


def test_a_subunit_word_is_no_currency_name() -> None:
    found = scan("कीमत 40 सेंट प्रति बैरल", locale="hi")
    assert all(q.unit != "SHP" for q in found)  # 'सेंट' (cent) is not St Helena's pound


def test_particles_glued_to_a_currency_name() -> None:
    k = parse("회사는 30억 달러를 투자했다", locale="ko", dollar="USD")
    assert (k.value, k.text) == (Decimal(3000000000), "30억 달러")
    j = parse("5ドルを払った", locale="ja", dollar="USD")
    assert (j.value, j.text) == (Decimal(5), "5ドル")


def test_a_link_word_before_a_sign() -> None:
    q = parse("un contrat de 12 millions de $ signé", locale="fr", dollar="USD")
    assert (q.value, q.text) == (Decimal(12000000), "12 millions de $")


def test_a_myriad_and_digits_after_it() -> None:
    q = parse("30만 4500달러", locale="ko", dollar="USD")
    assert q.value == Decimal(304500)


def test_a_word_shared_with_a_historic_name_is_the_current_currency() -> None:
    assert parse("1 рубль", locale="ru").unit == "RUB"  # not the Soviet 'рубль СССР'
    assert parse("10 лв", locale="bg").unit == "BGN"  # CLDR's 'лв.' without its dot


def test_english_spelled_money() -> None:
    assert parse("It cost ten dollars.").value == Decimal(10)
    assert parse("thirteen dollars forty-five").value == Decimal("13.45")
    assert scan("a dollar store") == [] and scan("he paid two pounds") == []
    # 'of' after it makes 'pounds' a weight (lexicon [weight-context]): 2 lb, no money (issue 21
    # §3: Duckling's Quantity; this asserted no reading at all before)
    assert [(q.kind, q.unit, q.value) for q in scan("two pounds of flour")] == [
        ("measure", "pound", Decimal(2))]


def test_spelled_cents_only_after_an_amount() -> None:
    assert parse("thirteen dollars and forty-five cents").value == Decimal("13.45")
    assert scan("my two cents") == []
    assert [q.value for q in scan("It cost $5, 30 cents more.", dollar="USD")][0] == 5


def test_a_languages_magnitude_words_only_with_its_locale() -> None:
    assert parse("$ 2 मिलियन", locale="hi").value == Decimal(2000000)
    skipped: list[Any] = []
    assert scan("$ 2 मिलियन", skipped=skipped) == [] and "locale='hi'" in skipped[0].reason


def test_hundredths_join_only_across_a_currency_word() -> None:
    """'He paid 5 dollars for 20 pence.' is two amounts, never a silent 5.20 USD: the word
    between an amount and its hundredths must be part of a currency name ('to amerikanske
    dollars 23 cent'), not any word."""
    from moneyfacts import extract
    from moneyfacts.conventions import Conventions

    assert [(m.text, m.value) for m in extract("He paid 5 dollars for 20 pence.").mentions] == [
        ("5 dollars", Decimal("5")), ("20 pence", Decimal("0.20"))]
    assert [m.value for m in extract("It cost 2 dollars and 23 cents.").mentions] == [
        Decimal("2.23")]
    nb = extract("to amerikanske dollars 23 cent", conventions=Conventions(locale="nb"))
    assert [m.value for m in nb.mentions] == [Decimal("2.23")]


@pytest.mark.parametrize(("text", "locale", "value", "code", "bound"), [
    # a sign written before the number, as English does and the locale does not: English
    # grouping ('$10,000' in ru was 10)
    ("Стоимость $10,000.", "ru", "10000", "USD", None),
    ("Цената е $10,000.", "bg", "10000", "USD", None),
    # a lone point where the decimal is a comma and the grouping a space: the decimal point
    ("Цената е 3.14 евро.", "bg", "3.14", "EUR", None),
    # the cent and the penny in Russian and Bulgarian, with 'и' between
    ("Цена 20 долларов 43 центов.", "ru", "20.43", "USD", None),
    ("Цена 3 GBP 1 пенс.", "ru", "3.01", "GBP", None),
    ("Цената е 3 GBP 1 пени.", "bg", "3.01", "GBP", None),
    # 'не больше' is at most, not more than
    ("Цена не больше 7 евро.", "ru", "7", "EUR", "le"),
    ("Цена как минимум 7 евро.", "ru", "7", "EUR", "ge"),
])
def test_slavic_digits_cents_and_bounds(text: str, locale: str, value: str, code: str,
                                        bound: str | None) -> None:
    [q] = scan(text, locale=locale)
    assert (q.value, q.unit) == (Decimal(value), code)
    assert q.qualifier == bound



@pytest.mark.parametrize(("text", "locale", "value", "code"), [
    ("Fiyatı cad$ 15 oldu.", "tr", "15", "CAD"),  # a code before the locale's own '$' names it
    ("Fiyatı nzd$15 oldu.", "tr", "15", "NZD"),
    # a Turkish suffix after an apostrophe is no sign ('den' is the denar's)
    ("New Jersey'den 300.000 $ istendi.", "tr", "300000", "USD"),
])
def test_a_code_before_the_locales_sign_and_no_sign_inside_a_word(text: str, locale: str,
                                                                   value: str, code: str) -> None:
    [q] = scan(text, locale=locale)
    assert (q.value, q.unit) == (Decimal(value), code)


def test_a_quote_before_a_sign_in_letters_is_no_word() -> None:
    [q] = scan("It was 'Rs 500' then.")
    assert (q.value, q.unit) == (Decimal(500), "INR")


@pytest.mark.parametrize("text", ["מ10 עד 20 דולר", "בין 10 דולר ל20 דולר"])
def test_hebrew_ranges_with_their_prepositions_written_on_the_number(text: str) -> None:
    [q] = scan(text, locale="he")
    assert (q.low, q.high, q.unit) == (Decimal(10), Decimal(20), "USD")


def test_a_latin_letter_on_a_number_is_still_no_proclitic() -> None:
    assert scan("H200 chips", locale="he") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Giá 2 chấm 23 đô la.", "2.23"),  # the decimal point said in words, not 23
    ("Giá hai phẩy 23 đô.", "2.23"),
    ("Giá một chấm năm đô.", "1.5"),  # 'một' (one) alone before the point is a number too
    ("Giá 2 đô 23 xu.", "2.23"),  # xu, the cent
])
def test_vietnamese_decimal_words_and_cents(text: str, value: str) -> None:
    [q] = scan(text, locale="vi")
    assert (q.value, q.unit) == (Decimal(value), "USD")


@pytest.mark.parametrize("text", ["من 10 الى 20 دولار", "من 10 إلى 20 دولار", "بين 10 و 20 دولار"])
def test_arabic_ranges(text: str) -> None:
    [q] = scan(text, locale="ar")
    assert (q.low, q.high, q.unit) == (Decimal(10), Decimal(20), "USD")
