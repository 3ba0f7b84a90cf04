"""Silent wrong readings of the second wave (issue 21: no silent wrong number), each fixed by
a general rule: sentences of our own, of the shapes found on held-out news."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.grammar import scan


def _read(text: str, locale: str | None = None) -> list[tuple[str, Decimal | None, str]]:
    return [(q.text, q.value, q.unit) for q in extract(text, locale=locale).mentions]


def _measures(text: str) -> list[tuple[Decimal | None, str]]:
    return [(q.value, q.unit) for q in scan(text)]


# --- 1. a measure in parts: whole units, then a unit at most a thousand times smaller ----


@pytest.mark.parametrize(("text", "want"), [
    # a hectare is 10,000 m²: no subdivision one writes a remainder in; two areas, not a sum
    ("The farm spans more than 10 hectares and 6298.47 square meters of orchards.",
     [(Decimal(10), "hectare"), (Decimal("6298.47"), "meter ** 2")]),
    ("They bought 4 hectares, 150 square metres of the estate.",
     [(Decimal(4), "hectare"), (Decimal(150), "meter ** 2")]),
    ("The lot adds 2 acres and 300 square feet.",
     [(Decimal(2), "acre"), (Decimal(300), "foot ** 2")]),
    ("A paddock of 3 hectares and 40 square metres was sold.",
     [(Decimal(3), "hectare"), (Decimal(40), "meter ** 2")]),
    # the first part is no whole count of its unit
    ("The pole is 5.5 feet and 3 inches.", [(Decimal("5.5"), "foot"), (Decimal(3), "inch")]),
])
def test_measures_that_are_no_compound_stay_apart(text: str,
                                                   want: list[tuple[Decimal, str]]) -> None:
    assert _measures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The centre is 6 feet 2 inches tall.", [(Decimal(74), "inch")]),
    ("The race lasted 2 hours and 30 minutes.", [(Decimal(150), "minute")]),
    ("The baby weighed 7 pounds 4 ounces.", [(Decimal(116), "ounce")]),
    ("The load was 3 tonnes and 40 kg.", [(Decimal(3040), "kilogram")]),
    ("The trail is 2 km and 1 meter long.", [(Decimal(2001), "meter")]),
])
def test_conventional_compounds_still_add_up(text: str, want: list[tuple[Decimal, str]]) -> None:
    assert _measures(text) == want


# --- 2. Turkish thousands: a spelled multiplier of several words, digits after ------------


@pytest.mark.parametrize(("text", "value"), [
    ("Şirket çalışana on iki bin 300 dolar ikramiye ödedi.", Decimal(12300)),
    ("Bağış yirmi beş bin 750 dolar oldu.", Decimal(25750)),
    ("Proje üç yüz bin 400 dolara mal oldu.", Decimal(300400)),
    ("Fatura iki milyon bin 300 dolar tuttu.", Decimal(2001300)),
    ("Fatura bir milyon iki yüz bin 300 dolar tuttu.", Decimal(1200300)),
    ("Fatura 2 milyon 12 bin 300 dolar tuttu.", Decimal(2012300)),
    ("Şirket iki bin 300 dolar ödedi.", Decimal(2300)),   # unchanged
    ("Şirket bin 300 dolar ödedi.", Decimal(1300)),       # unchanged
])
def test_turkish_thousands_read_whole(text: str, value: Decimal) -> None:
    got = _read(text, "tr")
    assert [(v, u) for _, v, u in got] == [(value, "USD")]


def test_spanish_millions_before_thousands_in_words() -> None:
    got = _read("La empresa pagó dos millones 25 mil 844 dólares.", "es")
    assert [(v, u) for _, v, u in got] == [(Decimal(2025844), "USD")]


# --- 3. the same shape in other languages: thousands in a word, hundreds in digits ----------


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Премия составила двенадцать тысяч 300 рублей.", "ru", Decimal(12300), "RUB"),
    ("Штраф составил 15 тысяч 500 рублей.", "ru", Decimal(15500), "RUB"),
    ("Пенсія зросла до 12 тисяч 300 гривень.", "uk", Decimal(12300), "UAH"),
    ("Nagroda wyniosła dwanaście tysięcy 300 złotych.", "pl", Decimal(12300), "PLN"),
    ("Kara wyniosła 15 tysięcy 500 złotych.", "pl", Decimal(15500), "PLN"),
    ("La prime atteint douze mille 300 euros.", "fr", Decimal(12300), "EUR"),
    ("Die Strafe betrug 12 Tausend 300 Euro.", "de", Decimal(12300), "EUR"),
])
def test_thousands_word_then_digits_in_other_languages(text: str, locale: str, value: Decimal,
                                                       unit: str) -> None:
    assert [(v, u) for _, v, u in _read(text, locale)] == [(value, unit)]


def test_a_plural_thousand_with_no_number_gives_no_thousand() -> None:
    # 'тысяч' wants a number of thousands: none read, so no 1,300
    assert all(v != Decimal(1300) for _, v, _ in _read("Десятки тысяч 300 рублей.", "ru"))
