"""Romance news as it is written (our own sentences, in the shapes real Spanish, Portuguese,
French, Italian and Romanian news writes figures): the digit grouping of the text when the
language's territories disagree (Mexican and Peruvian copy read with 'es'), the word for
'new' before a currency name, a short word after a currency name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.separators import comma_group_languages, comma_groups


def _read(text: str, locale: str = "es") -> list[tuple[str, str | None, str]]:
    out = []
    for q in extract(text, locale=locale).mentions:
        amount = f"{q.low}..{q.high}" if q.value is None else f"{q.value}"
        out.append((q.text, q.unit, amount))
    return out


def test_the_languages_that_group_both_ways_come_from_cldr() -> None:
    assert "es" in comma_group_languages()  # es_MX, es_PE, es_419 group with commas
    assert not {"pt", "it", "ro", "de"} & comma_group_languages()


@pytest.mark.parametrize(("text", "want"), [
    # grouped by commas: three decimals ending in zero, two groups, a point before 1-2 digits
    ("La planta costará 4,500 millones de pesos y dará 2,000 empleos.", True),
    ("Vendió 1,204,330 boletos y creció 12.4 por ciento.", True),
    # grouped by points: the point groups, the comma is the decimal mark
    ("El Estado aporta 1.250 millones de euros, un 3,5% más.", False),
    ("Se perdieron 12.000 empleos; el déficit fue de 2,75 puntos.", False),
    # nothing to tell by: the locale's own reading stands
    ("El litro cuesta 1,459 euros.", False),
])
def test_the_text_says_how_it_groups(text: str, want: bool) -> None:
    assert comma_groups(text) is want


@pytest.mark.parametrize(("text", "want"), [
    ("Televisa invertirá 3,200 millones de pesos en Monterrey y creará 1,500 empleos.",
     [("3,200 millones de pesos", "MXN", "3200000000"), ("1,500 empleos", "empleo", "1500")]),
    ("La minera pagará más de 2,600 millones de soles en Arequipa, Perú.",
     [("más de 2,600 millones de soles", "PEN", "2600000000")]),
    ("El fondo sumó 7,350 mdp en el trimestre, contra 6,900 mdp un año antes.",
     [("7,350 mdp", "MXN", "7350000000"), ("6,900 mdp", "MXN", "6900000000")]),
    # a point grouping in the same text stays a grouping; a lone point before one digit a decimal
    ("Arequipa recibirá 310.5 millones de soles y 2,100 millones más para 12.400 viviendas, en Perú.",
     [("310.5 millones de soles", "PEN", "310500000"), ("12.400 viviendas", "vivienda", "12400")]),
])
def test_a_text_grouped_by_commas_reads_with_es(text: str, want: list[tuple[str, str, str]]) -> None:
    got = _read(text)
    for item in want:
        assert item in got, got


def test_a_text_grouped_by_points_keeps_the_decimal_comma() -> None:
    got = _read("El Gobierno destina 1,125 millones de euros y 3.500 millones más; el paro bajó al 11,5%.")
    assert ("1,125 millones de euros", "EUR", "1125000") in got


@pytest.mark.parametrize(("text", "locale"), [
    ("La empresa abrirá 1.225 nuevos empleos en Jalisco.", "es"),
    ("A fábrica vai abrir 350 novos postos.", "pt"),
    ("Le groupe ouvrira 120 nouveaux magasins.", "fr"),
    ("Il gruppo aprirà 80 nuovi negozi.", "it"),
])
def test_the_word_for_new_is_no_currency(text: str, locale: str) -> None:
    r = extract(text, locale=locale)
    assert not r.skipped, r.skipped
    assert all(m.kind != "money" for m in r.mentions)


def test_the_new_shekel_still_reads() -> None:
    assert _read("Pagó 10 nuevos séqueles israelíes.") == [
        ("10 nuevos séqueles israelíes", "ILS", "10")]


@pytest.mark.parametrize(("text", "value"), [
    ("La firma destinará 200 millones de dólares para ampliar su planta.", 200),
    ("Se asignaron 40 millones de soles para obras en Cusco, Perú.", 40),
])
def test_a_short_word_after_the_name_is_no_adjective(text: str, value: int) -> None:
    r = extract(text, locale="es")  # 'para' does not start 'paraguayo' here
    assert not r.skipped, r.skipped
    assert r.mentions[0].value == Decimal(value) * 1_000_000
