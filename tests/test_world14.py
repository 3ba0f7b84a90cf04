"""Session 14, other languages held out (world14): readings whose cause generalizes past the
examples that showed them. Every sentence here is written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract


def _readings(text: str, locale: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in extract(text, locale=locale).mentions]


# -- Bokmål and Nynorsk: one press, two written standards -----------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Fylket fekk 12 millionar kroner til nye vegar.", "12000000"),
    ("Staten brukar 310,5 milliardar kroner av fondet i år.", "310500000000"),
    ("Budsjettet aukar med 4 mrd. kroner neste år.", "4000000000"),
])
def test_nynorsk_magnitudes_read_with_locale_nb(text: str, value: str) -> None:
    # Norwegian papers print Nynorsk copy beside Bokmål: locale='nb' reads both standards'
    # CLDR magnitude words (before, 'millionar' was refused as "a magnitude in 'nn'").
    ms = extract(text, locale="nb").mentions
    assert [(m.value, m.unit) for m in ms] == [(Decimal(value), "NOK")]
    assert not extract(text, locale="nb").skipped


def test_bokmal_magnitudes_read_with_locale_nn() -> None:
    ms = extract("Selskapet tente 3 milliarder kroner i fjor.", locale="nn").mentions
    assert [(m.value, m.unit) for m in ms] == [(Decimal("3000000000"), "NOK")]


def test_danish_magnitudes_stay_danish() -> None:
    # the siblings are the two Norwegian standards only: 'mia.' is Danish, and a Bokmål
    # reading keeps refusing to read it as a magnitude of its own
    nb = extract("Prisen var 7 mia. kroner.", locale="nb")
    assert all(m.value != Decimal("7000000000") for m in nb.mentions)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(
    [("millionar", 6), ("milliardar", 9), ("millioner", 6), ("milliarder", 9)]))
def test_norwegian_magnitude_law(n: int, word: tuple[str, int]) -> None:
    spelling, power = word
    for locale in ("nb", "nn"):
        ms = extract(f"Tiltaket kostar {n} {spelling} kroner.", locale=locale).mentions
        assert [(m.value, m.unit) for m in ms] == [(Decimal(n) * 10 ** power, "NOK")]


# -- A change from one level to another, in other languages ---------------------------------


@pytest.mark.parametrize(("text", "locale", "levels", "unit"), [
    ("Долг компании вырос с 12 млрд рублей до 15 млрд рублей.", "ru", ("12000000000", "15000000000"), "RUB"),
    ("Затраты снизились с 4 млрд 200 млн до 3 млрд 900 млн рублей.", "ru", ("4200000000", "3900000000"), "RUB"),
    ("La factura pasó de 80 millones a 95 millones de euros.", "es", ("80000000", "95000000"), "EUR"),
    ("O prejuízo caiu de 40 milhões a 25 milhões de reais.", "pt", ("40000000", "25000000"), "BRL"),
    ("Il debito è passato da 3 miliardi a 4 miliardi di euro.", "it", ("3000000000", "4000000000"), "EUR"),
    ("Zadłużenie wzrosło z 6 mld do 8 mld zł.", "pl", ("6000000000", "8000000000"), "PLN"),
    ("Overskuddet økte fra 2 milliarder til 3 milliarder kroner.", "nb", ("2000000000", "3000000000"), "NOK"),
    ("Het tekort daalde van 9 miljoen tot 6 miljoen euro.", "nl", ("9000000", "6000000"), "EUR"),
])
def test_change_from_level_to_level_is_two_amounts(
        text: str, locale: str, levels: tuple[str, str], unit: str) -> None:
    ms = extract(text, locale=locale).mentions
    assert [(m.value, m.unit) for m in ms] == [(Decimal(v), unit) for v in levels]
    # the level left names no currency: it is the level reached's, said so
    assert "taken from" in (ms[0].assumed or "") or ms[0].text.endswith(("рублей", "euros"))
    for m in ms:  # each value whole inside its own text
        assert m.text in text and m.low is None and m.high is None


@pytest.mark.parametrize(("text", "locale", "low", "high", "unit"), [
    ("Билет будет стоить с 300 до 500 рублей.", "ru", "300", "500", "RUB"),
    ("El proyecto costará de 80 a 95 millones de euros.", "es", "80000000", "95000000", "EUR"),
    ("Koszt wyniesie od 6 do 8 mld zł.", "pl", "6000000000", "8000000000", "PLN"),
    ("De kosten liggen tussen 9 miljoen en 12 miljoen euro.", "nl", "9000000", "12000000", "EUR"),
])
def test_from_to_without_a_change_stays_a_range(
        text: str, locale: str, low: str, high: str, unit: str) -> None:
    ms = extract(text, locale=locale).mentions
    assert [(m.low, m.high, m.unit) for m in ms] == [(Decimal(low), Decimal(high), unit)]


def test_russian_range_text_starts_at_its_from_word() -> None:
    # 'с' opens a range as 'от' and 'from' do: the range's text begins with it
    ms = extract("Цены выросли: теперь с 10 до 20 рублей за штуку.", locale="ru").mentions
    assert ms[0].text.startswith("с 10")


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=400))
def test_change_law_russian(a: int, b: int) -> None:
    # whatever the direction, after a verb of change both levels are read, in order
    text = f"Выручка выросла с {a} млрд рублей до {b} млрд рублей."
    ms = extract(text, locale="ru").mentions
    assert [m.value for m in ms] == [Decimal(a) * 10 ** 9, Decimal(b) * 10 ** 9]
    assert {m.unit for m in ms} == {"RUB"}


# -- An enumeration of amounts: its last item ends the sentence -----------------------------


def test_last_item_of_an_enumeration_takes_the_lists_currency() -> None:
    text = ("Las exportaciones sumaron 950 millones de dólares: Perú, 310 millones; "
            "Bolivia, 220 millones; Paraguay, 45 millones.")
    ms = extract(text, locale="es").mentions
    assert [(m.value, m.unit) for m in ms] == [
        (Decimal("950000000"), "USD"), (Decimal("310000000"), "USD"),
        (Decimal("220000000"), "USD"), (Decimal("45000000"), "USD")]
    assert all("carried from" in (m.assumed or "") for m in ms[1:])


def test_a_count_after_one_amount_still_takes_no_currency() -> None:
    # one amount, then a bare figure ending the sentence: no list of amounts, no currency
    ms = extract("El PIB llegó a 3 billones de dólares, y el país tiene 1.400 millones.",
                 locale="es").mentions
    assert [m.value for m in ms] == [Decimal("3000000000000")]


# -- Half a magnitude, said in words, in other languages ------------------------------------


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("De provincie trekt een half miljard euro uit voor dijken.", "nl", "500000000", "EUR"),
    ("Het museum krijgt anderhalf miljoen euro extra.", "nl", "1500000", "EUR"),
    ("Der Bund gibt eine halbe Milliarde Euro für Brücken aus.", "de", "500000000", "EUR"),
    ("La alcaldía destinó medio millón de dólares a parques.", "es", "500000", "USD"),
    ("A prefeitura recebeu meio bilhão de reais.", "pt", "500000000", "BRL"),
    ("La regione stanzia mezzo miliardo di euro.", "it", "500000000", "EUR"),
    ("L'État débloque un demi-milliard d'euros.", "fr", "500000000", "EUR"),
    ("Gmina dostanie pół miliarda złotych.", "pl", "500000000", "PLN"),
    ("Город выделил полмиллиарда рублей на дороги.", "ru", "500000000", "RUB"),
    ("Fylket får en halv milliard kroner.", "nb", "500000000", "NOK"),
    ("Belediye yarım milyar lira harcadı.", "tr", "500000000", "TRY"),
])
def test_half_a_magnitude_in_words(text: str, locale: str, value: str, unit: str) -> None:
    ms = extract(text, locale=locale).mentions
    assert [(m.value, m.unit) for m in ms] == [(Decimal(value), unit)]
    assert text[ms[0].start : ms[0].end] == ms[0].text  # the words as written, restored


@pytest.mark.parametrize(("text", "locale"), [
    ("De vergadering duurt een half uur.", "nl"),
    ("El medio ambiente recibe atención.", "es"),
    ("Wir warten eine halbe Stunde.", "de"),
])
def test_a_half_with_no_magnitude_after_it_is_no_number(text: str, locale: str) -> None:
    assert extract(text, locale=locale).mentions == []


def test_half_a_billion_keeps_the_precision_english_gives_it() -> None:
    nl = extract("Er gaat een half miljard euro naar de wegen.", locale="nl").mentions[0]
    en = extract("Half a billion euros goes to the roads.").mentions[0]
    assert (nl.value, nl.precision) == (en.value, en.precision)


# -- Counts after a magnitude where any word may follow one ---------------------------------


@pytest.mark.parametrize(("text", "locale", "value", "noun"), [
    # the counter ends the sentence: its full stop is no part of it
    ("W zeszłym roku fabryka wyprodukowała 3 mln sztuk.", "pl", "3000000", "piece"),
    ("Geçen yıl 4,5 milyon adet.", "tr", "4500000", "piece"),
    ("ارتفع عدد السكان إلى 12 مليون نسمة.", "ar", "12000000", "person"),
    # the nouns Arabic copy counts in millions, in the singular a magnitude takes
    ("استقبلت البلاد 7 ملايين سائح العام الماضي.", "ar", "7000000", "tourist"),
    ("سجلت المنصة 2.5 مليون مستخدم جديد.", "ar", "2500000", "user"),
    ("وفر البرنامج 1.1 مليون وظيفة.", "ar", "1100000", "job"),
])
def test_count_after_a_magnitude(text: str, locale: str, value: str, noun: str) -> None:
    ms = extract(text, locale=locale).mentions
    assert [(m.kind, m.value, m.unit) for m in ms] == [("count", Decimal(value), noun)]


def test_arabic_word_after_a_magnitude_not_listed_is_no_count() -> None:
    # any word may follow a magnitude in Arabic; only a listed noun is counted
    ms = extract("خصصت الحكومة 3 مليارات للخدمات العامة.", locale="ar").mentions
    assert all(m.kind != "count" for m in ms)
