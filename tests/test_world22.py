"""Session 22 (world22): Europe and the Americas under ``locale="auto"``.

A change is two figures, not one range; a bare amount takes the one currency its sentence or
paragraph names, before or after it; a state's title before its name ('Republicii Moldova');
Hungarian number words, glued to their magnitude; Basque case endings; a dash between a list's
items; a text too short to detect read in the language of its currency's symbol. Every
sentence here is written for the test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract


def _read(text: str, locale: str = "auto") -> list[tuple[str, object, object, object, object]]:
    return [(q.text, q.unit, q.value, q.low, q.high)
            for q in extract(text, locale=locale).mentions if q.kind == "money"]


# ---- a change is two figures ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "locale", "reached", "left"), [
    ("Revenue rose from 900 to 1.2 billion dollars last year.", "en", "1.2 billion dollars", "900"),
    ("Las ventas subieron de 10 a 12 millones de pesos en el año.", "es",
     "12 millones de pesos", "10"),
])
def test_a_change_whose_level_left_lacks_the_magnitude_is_two_figures(
        text: str, locale: str, reached: str, left: str) -> None:
    """The level reached is read; the level left, written without its magnitude, is refused
    naming both where it is far from the level reached (world23: near it, it takes the
    magnitude, see test_world23), or where its currency is in doubt (the pesos of no country)."""
    r = extract(text, locale=locale)
    assert [s.text for s in r.skipped][:1] == [left]
    assert "level a change left" in r.skipped[0].reason or "the level the change reached" in (
        r.skipped[0].reason)
    assert reached in r.skipped[0].reason


@pytest.mark.parametrize(("text", "locale", "left", "reached", "value"), [
    ("Revenue rose from 5 to 7 billion dollars last year.", "en", "5", "7 billion dollars", 5e9),
    ("Les recettes sont passées de 5 à 7 milliards d'euros.", "fr", "5", "7 milliards d'euros", 5e9),
    ("Выручка выросла с 5 до 7 млрд рублей.", "ru", "5", "7 млрд рублей", 5e9),
    ("Los ingresos pasaron de US$ 2.140 a 2.390 millones en el ejercicio.", "es",
     "US$ 2.140", "2.390 millones", 2140e6),
])
def test_a_change_whose_level_left_is_near_reads_both(
        text: str, locale: str, left: str, reached: str, value: float) -> None:
    money = [q for q in extract(text, locale=locale).mentions if q.kind == "money"]
    assert [q.text for q in money] == [left, reached]
    assert money[0].value == Decimal(value)


def test_a_range_after_from_without_a_change_stays_a_range() -> None:
    got = _read("Revenue ranged from 5 to 7 billion dollars.", "en")
    assert got == [("from 5 to 7 billion dollars", "USD", None, Decimal(5e9), Decimal(7e9))]


def test_a_change_between_whole_amounts_reads_both() -> None:
    """'rose from 5 to 7 dollars': the level left takes the currency of the level reached."""
    r = extract("Prices rose from 5 to 7 dollars.", locale="en")
    assert [(q.text, q.unit, q.value) for q in r.mentions] == [
        ("5", "USD", Decimal(5)), ("7 dollars", "USD", Decimal(7))]
    assert r.mentions[0].assumed is not None and "7 dollars" in r.mentions[0].assumed


# ---- the currency a bare amount takes from its sentence or paragraph ----------------------------

@pytest.mark.parametrize(("text", "locale", "bare", "unit"), [
    ("Profit was 300 million in 2024, against 250 million euros a year earlier.", "en",
     "300 million", "EUR"),
    ("La empresa ganó 300 millones en 2024, frente a 250 millones de euros un año antes.", "es",
     "300 millones", "EUR"),
    ("Proiectele au o valoare totală de 478 miliarde și un rest de 321 miliarde lei.", "ro",
     "478 miliarde", "RON"),
    ("Underskottet blir 93 miljarder kronor för 2025 och 89 miljarder för 2026. Det motsvarar"
     " 8,4 miljarder USD.", "sv", "89 miljarder", "SEK"),
])
def test_a_bare_amount_takes_the_one_currency_of_its_sentence(text: str, locale: str, bare: str,
                                                              unit: str) -> None:
    got = {q.text: q for q in extract(text, locale=locale).mentions}
    assert got[bare].unit == unit and got[bare].assumed is not None


@pytest.mark.parametrize("text", [
    "It had a deficit of 1.6 billion ($2.54 billion), against 2.0 billion in August.",
    "They paid 5 million 2020 euros.",
    "The fund spent 3 billion euros and 2 billion dollars, and 4 billion more.",
])
def test_no_currency_is_taken_where_the_sentence_does_not_settle_it(text: str) -> None:
    bare = [q for q in extract(text, locale="en").mentions if q.assumed and "one currency of its"
            in q.assumed]
    assert bare == []


def test_a_swedish_compound_holds_a_word_of_money() -> None:
    """'budget' is whole in English and a stem in Swedish ('Budgeten')."""
    got = _read("Kostnaden blir 21 miljarder kronor 2027. Budgeten lägger 47 miljarder.", "sv")
    assert ("47 miljarder", "SEK", Decimal(47e9), None, None) in got


def test_a_bare_amount_takes_the_one_currency_written_after_it_in_its_paragraph() -> None:
    text = ("Il bilancio del Comune vale 244 milioni nel 2026. Le multe porteranno 500mila euro"
            " in più.")
    got = {q.text: q for q in extract(text, locale="it").mentions}
    assert got["244 milioni"].unit == "EUR" and "paragraph" in str(got["244 milioni"].assumed)


def test_icelandic_words_of_money() -> None:
    text = "Útgjöld aukast um 24,5 milljarða kr. Framlög hækka um 9,9 milljarða."
    got = {q.text: q.unit for q in extract(text, locale="is").mentions}
    assert got["9,9 milljarða"] == "ISK"


# ---- places -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("Bugetul de stat al Republicii Moldova va fi de 20 miliarde de lei.", "MDL"),
    ("Guvernul Republicii Moldova a aprobat 3 miliarde de lei pentru drumuri.", "MDL"),
    ("Правительство Республики Молдова выделило 20 млрд леев.", "MDL"),
])
def test_a_states_title_before_its_name_names_the_place(text: str, code: str) -> None:
    q = extract(text, locale="auto").mentions[0]
    assert q.unit == code and "Moldova" in str(q.assumed) or "Молдова" in str(q.assumed)


def test_lei_without_a_place_stays_the_locales_and_says_so() -> None:
    q = extract("Guvernul a aprobat un buget de 20 miliarde de lei.", locale="auto").mentions[0]
    assert q.unit == "RON" and q.assumed is not None


# ---- number words and endings -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("A cég kétmillió forintot fizetett.", 2_000_000, "HUF"),
    ("A beruházás hétmilliárd eurónyi volt.", 7_000_000_000, "EUR"),
    ("A kormány háromszázmillió forintot költött.", 300_000_000, "HUF"),
    ("A cég két milliárd forintot fizetett.", 2_000_000_000, "HUF"),
])
def test_hungarian_number_words_glued_to_their_magnitude(text: str, value: int, unit: str) -> None:
    q = extract(text, locale="hu").mentions[0]
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_basque_case_endings() -> None:
    got = _read("Proiektua 16.378 milioi eurokoa da. Ekarpenak 300.000 euroko partida dira.", "eu")
    assert [(t, u, v) for t, u, v, _, _ in got] == [
        ("16.378 milioi eurokoa", "EUR", Decimal(16_378_000_000)),
        ("300.000 euroko", "EUR", Decimal(300_000))]


# ---- a list's dash, a short text --------------------------------------------------------------

def test_a_dash_between_a_lists_items_is_no_range() -> None:
    text = "I Lolland - 51.690.000 kroner - 3 projekter. Guldborgsund - 63.075.000 kroner - 4 projekter."
    got = _read(text, "da")
    assert [(t, v) for t, _, v, _, _ in got] == [("51.690.000 kroner", Decimal(51_690_000)),
                                                 ("63.075.000 kroner", Decimal(63_075_000))]
    assert _read("Prisen er 5 kroner - 7 kroner.", "da")[0][3:] == (Decimal(5), Decimal(7))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Custa R$ 12 mil.", 12_000, "BRL"),
    ("Cena 5 zł.", 5, "PLN"),
])
def test_a_short_text_reads_in_the_language_of_its_currency_symbol(text: str, value: int,
                                                                   unit: str) -> None:
    q = extract(text, locale="auto").mentions[0]
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_a_short_text_with_a_shared_sign_keeps_the_default() -> None:
    q = extract("$5 mil", locale="auto").mentions[0]
    assert q.value == Decimal(5_000_000) and q.assumed is not None


def test_a_change_from_a_sign_without_its_magnitude() -> None:
    """'Costs rose from $3 to 4 million': was the range 3-4 million USD; the level left, '$3',
    says no magnitude of its own: (world23) near the level reached it takes its magnitude, two
    figures; far from it ('from $900 to 1.2 billion') it is refused and the level reached read."""
    r = extract("Costs rose from $3 to 4 million.", locale="en")
    assert [(q.text, q.unit, q.value) for q in r.mentions] == [
        ("$3", "USD", Decimal(3_000_000)), ("4 million", "USD", Decimal(4_000_000))]
    r = extract("Costs rose from $900 to 1.2 billion.", locale="en")
    assert [(q.text, q.unit, q.value) for q in r.mentions] == [
        ("1.2 billion", "USD", Decimal(1_200_000_000))]
    assert [s.text for s in r.skipped] == ["$900"]
