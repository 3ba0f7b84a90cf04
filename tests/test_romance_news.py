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


@pytest.mark.parametrize(("text", "locale", "want"), [
    # (world22: 'pasaron de US$ 2.140 a 2.390 millones' is a change, two figures: see
    # test_world22.py)
    ("El proyecto costará de 15 a 18 millones de euros.", "es",
     ("de 15 a 18 millones de euros", "EUR", "15000000..18000000")),
    ("A obra vai custar de R$ 40 a R$ 55 milhões.", "pt",
     ("de R$ 40 a R$ 55 milhões", "BRL", "40000000..55000000")),
    ("Serve un intervento da 4 a 6 miliardi di euro.", "it",
     ("da 4 a 6 miliardi di euro", "EUR", "4000000000..6000000000")),
])
def test_a_range_from_de_to_a(text: str, locale: str, want: tuple[str, str, str]) -> None:
    assert _read(text, locale) == [want]


@pytest.mark.parametrize(("text", "locale", "want"), [
    # a descent after 'de' is a change and the level it reached: two amounts
    ("La tasa bajó de 7% a 4%.", "es", [("7%", "percent", "7"), ("4%", "percent", "4")]),
    # 'a' after an amount without 'de' joins nothing ('a 20 años' is a term)
    ("Firmó un crédito por 300 millones de dólares a 20 años.", "es",
     [("300 millones de dólares", "USD", "300000000")]),
])
def test_no_range_where_de_a_is_no_range(text: str, locale: str, want: list[tuple[str, str, str]]) -> None:
    assert [w for w in _read(text, locale) if w[1] != "año"] == want


@pytest.mark.parametrize(("text", "locale"), [
    ("Le bénéfice net a progressé de 3,1 % à 742 millions.", "fr"),
    ("El beneficio creció de 3,1% a 742 millones.", "es"),
])
def test_a_percent_then_a_level_is_no_range(text: str, locale: str) -> None:
    got = _read(text, locale)  # was a silent range of 3.1 million to 742 million percent
    assert got[0] == ("3,1 %" if "3,1 %" in text else "3,1%", "percent", "3.1")
    assert all(unit != "percent" or ".." not in amount for _, unit, amount in got)


def test_per_and_an_article_is_no_unit() -> None:
    got = extract("Il governo stanzia 2 miliardi di euro per il prossimo triennio.", locale="it")
    assert [(m.value, m.per) for m in got.mentions] == [(Decimal("2000000000"), None)]
    got = extract("Il dividendo sarà di 0,40 euro per azione.", locale="it")
    assert got.mentions[0].per == "share"  # 'azione' named as [per] names it (gnews15)


@pytest.mark.parametrize(("text", "locale"), [
    ("La ministra estimó en 45.000 los empleos directos.", "es"),
    ("O plano prevê 2.400 nos próximos anos.", "pt"),
])
def test_an_article_is_no_counted_noun(text: str, locale: str) -> None:
    assert all(m.unit not in ("lo", "no") for m in extract(text, locale=locale).mentions)


@pytest.mark.parametrize(("text", "want"), [
    ("Femsa invertirá 12 mil 530 millones de dólares en Nuevo León.",
     ("12 mil 530 millones de dólares", "USD", "12530000000")),
    ("Walmart anunció 3 mil 275 mdd para 2026.", ("3 mil 275 mdd", "USD", "3275000000")),
    ("La planta costará mil 480 millones de pesos en Sonora, México.",
     ("mil 480 millones de pesos", "MXN", "1480000000")),
    ("El estado recibirá tres mil 250 millones de pesos, dijo el gobierno de México.",
     ("tres mil 250 millones de pesos", "MXN", "3250000000")),
    ("Se generarán 41 mil 318 empleos directos.", ("41 mil 318 empleos", "empleo", "41318")),
])
def test_thousands_in_words_then_the_hundreds_in_digits(text: str, want: tuple[str, str, str]) -> None:
    assert want in _read(text), _read(text)  # were read from the hundreds alone ('530 millones')


def test_a_magnitude_before_mil_is_no_multiplier() -> None:
    got = _read("Son 5 millones y mil 200 pesos mexicanos.")
    assert ("mil 200 pesos mexicanos", "MXN", "1200") in got


@pytest.mark.parametrize(("text", "want"), [
    ("Grupo Bimbo reportó ventas por $96,350 millones de pesos en México.",
     ("$96,350 millones de pesos", "MXN", "96350000000")),
    ("Ecopetrol ganó $ 12,5 billones de pesos colombianos.",
     ("$ 12,5 billones de pesos colombianos", "COP", "12500000000000")),
])
def test_a_name_after_the_dollar_sign_says_which(text: str, want: tuple[str, str, str]) -> None:
    assert _read(text) == [want]  # the first was 96,350 million USD, assumed (dollar='USD')


def test_a_bare_dollar_sign_with_pesos_unsettled_is_refused_not_usd() -> None:
    r = extract("El Congreso aprobó un gasto de $7,4 billones de pesos.", locale="es")
    assert all(m.unit != "USD" for m in r.mentions)


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Argentina exportará 3,4 millones de toneladas de trigo.", "es", ("measure", "metric_ton", "3400000")),
    ("O campo produz 1,35 milhão de barris de petróleo.", "pt", ("measure", "barrel", "1350000")),
    ("La Francia ha perso 1,2 milioni di barili.", "it", ("measure", "barrel", "1200000")),
    ("Les incendies ont brûlé 3 millions d'hectares.", "fr", ("measure", "hectare", "3000000")),
    ("La presa almacena 450 millones de litros.", "es", ("measure", "liter", "450000000")),
])
def test_a_unit_after_a_magnitude_and_de(text: str, locale: str, want: tuple[str, str, str]) -> None:
    got = [(m.kind, m.unit, str(m.value)) for m in extract(text, locale=locale).mentions]
    assert got == [want]  # were counts of 'tonelada', 'barri', or not read


@pytest.mark.parametrize("text", [
    "YPF invertirá u$s 350 millones en Neuquén.",
    "La obra costó u$d 42 millones.",
])
def test_the_argentine_dollar_sign_in_lower_case(text: str) -> None:
    got = extract(text, locale="es").mentions
    assert [(m.unit, m.value) for m in got] == [("USD", Decimal(text.split("u$")[1].split()[1]) * 1_000_000)]


def test_mas_is_no_counted_noun() -> None:
    got = extract("El club pagará unos doce millones más por el traspaso.", locale="es").mentions
    assert all(m.unit not in ("má", "más") for m in got)


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("À Dakar, l'État a levé 310 milliards FCFA sur le marché régional.", "fr", "XOF"),
    ("Abidjan : 45 milliards Fcfa pour les routes de Côte d'Ivoire.", "fr", "XOF"),
    ("Le Cameroun a obtenu 120 milliards FCFA à Yaoundé.", "fr", "XAF"),
    ("Le budget atteint 2 400 milliards FCFA.", "fr_SN", "XOF"),
])
def test_fcfa_is_the_franc_of_the_zone_the_text_names(text: str, locale: str, want: str) -> None:
    got = extract(text, locale=locale).mentions
    assert [m.unit for m in got] == [want]
    assert got[0].assumed  # the evidence is recorded


def test_fcfa_alone_is_refused_without_a_locale() -> None:
    r = extract("Le billet coûte 5 000 FCFA.")
    assert not r.mentions and r.skipped  # was 5000 XAF, silently


def test_fcfa_alone_with_fr_is_cldrs_reading_and_says_so() -> None:
    got = extract("Le billet coûte 5 000 FCFA.", locale="fr").mentions
    assert [m.unit for m in got] == ["XAF"]  # as CLDR formats XAF in fr; the text names no zone
    assert "CLDR" in (got[0].assumed or "") and "XOF" in (got[0].assumed or "")


@pytest.mark.parametrize(("text", "locale", "per"), [
    ("La empresa pagará un dividendo de 0,35 euros por acción.", "es", "share"),
    ("El alquiler medio llega a 1.250 euros al mes.", "es", "month"),
    ("Le groupe versera 1,80 euro par action.", "fr", "share"),
    ("Un posto letto costa 35 euro al giorno.", "it", "day"),
    ("O benefício é de R$ 600 ao mês.", "pt", "month"),
])
def test_per_in_romance_words(text: str, locale: str, per: str) -> None:
    assert [m.per for m in extract(text, locale=locale).mentions] == [per]


@pytest.mark.parametrize("text", [
    "La multa asciende a 3 millones de euros por la demora.",
    "Se pagaron 5 millones al Estado.",
])
def test_no_per_after_a_word_that_is_no_unit(text: str) -> None:
    assert all(m.per is None for m in extract(text, locale="es").mentions)


@pytest.mark.parametrize(("text", "value"), [
    ("México superó un billón de dólares en inversiones anunciadas.", Decimal("1e12")),
    ("El Gobierno emitió deuda por un billón de pesos mexicanos.", Decimal("1e12")),
])
def test_un_before_a_magnitude_text2num_lacks(text: str, value: Decimal) -> None:
    assert [m.value for m in extract(text, locale="es").mentions] == [value]  # was not read


@pytest.mark.parametrize(("text", "locale"), [
    ("Le 14 mars, le ministre a présenté le budget.", "fr"),
    ("LE 3 JUIN, la banque centrale a relevé ses taux.", "fr"),
    ("O relatório saiu um 5 de maio.", "pt"),
])
def test_an_article_is_no_currency_sign(text: str, locale: str) -> None:
    r = extract(text, locale=locale)  # 'Le 14' was 14 SLE, silently
    assert not [m for m in r.mentions if m.kind == "money"] and not r.skipped


def test_the_leone_still_reads_in_english() -> None:
    assert [m.unit for m in extract("He paid Le 5,000 in Freetown.").mentions] == ["SLE"]


@pytest.mark.parametrize(("text", "locale"), [
    ("Quedan 500 millones restantes para el último tramo.", "es"),
    ("Sur les 9000 milliards annoncés, rien n'est versé.", "fr"),
    ("Foram 2,5 milhões produzidos no mês.", "pt"),
])
def test_a_word_right_after_a_million_is_no_counted_noun(text: str, locale: str) -> None:
    assert all(m.kind != "count" for m in extract(text, locale=locale).mentions)


def test_a_noun_after_a_million_and_its_link_is_counted() -> None:
    got = extract("La région compte 3 millions d'habitants.", locale="fr").mentions
    assert [(m.kind, m.unit, m.value) for m in got] == [("count", "habitant", Decimal(3_000_000))]


def test_a_dollar_sign_in_spanish_copy_about_colombia_is_the_peso() -> None:
    got = extract("El Gobierno de Colombia aprobó un presupuesto de $612,4 billones para 2027.",
                  locale="es").mentions
    assert [(m.unit, m.value) for m in got] == [("COP", Decimal("612.4e12"))]
    assert "Colombia" in (got[0].assumed or "")  # the evidence is named, not a default


def test_a_dollar_sign_in_spanish_copy_about_two_peso_countries_is_refused() -> None:
    r = extract("Chile y México firmaron un acuerdo por $300 millones.", locale="es")
    assert not r.mentions and r.skipped


def test_a_dollar_sign_in_spanish_copy_with_no_place_stays_the_callers_dollar() -> None:
    got = extract("Netflix ganó $3,19 por acción en el trimestre.", locale="es").mentions
    assert [m.unit for m in got] == ["USD"] and "dollar=" in (got[0].assumed or "")


def test_a_dollar_sign_in_english_copy_about_colombia_stays_the_us_dollar() -> None:
    got = extract("BOGOTA (Reuters) - Colombia's Ecopetrol will invest $5 billion.").mentions
    assert [m.unit for m in got] == ["USD"]


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("La Secretaría recibió 64 solicitudes de 38 municipios.", "es",
     [("count", "solicitud", "64"), ("count", "municipio", "38")]),
    ("A prefeitura entregou 215 casas e 12 escolas.", "pt", [("count", "casa", "215"), ("count", "escola", "12")]),
    ("Le plan prévoit 40 hôpitaux et 75 lycées.", "fr", [("count", "lycée", "75")]),
    ("El grupo abrirá 35 nuevas tiendas y 4 principales oficinas.", "es",
     [("count", "tienda", "35"), ("count", "oficina", "4")]),
])
def test_small_counts_of_romance_nouns(text: str, locale: str, want: list[tuple[str, str, str]]) -> None:
    got = [(m.kind, m.unit, str(m.value)) for m in extract(text, locale=locale).mentions]
    for item in want:
        assert item in got, got  # a plain number before a noun was read in English only


@pytest.mark.parametrize(("text", "locale"), [
    ("La obra tardará 10 años y 3 meses.", "es"),
    ("O contrato vale por 5 anos.", "pt"),
    ("Il a attendu 20 ans.", "fr"),
])
def test_time_is_no_count(text: str, locale: str) -> None:
    assert all(m.kind != "count" for m in extract(text, locale=locale).mentions)


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("El Gobierno repartirá 2.140 millones de euros en ayudas. A Galicia se han asignado 131,6 millones.",
     "es", ("131,6 millones", "EUR", "131600000")),
    ("O governo anunciou R$ 12 bilhões. A receita do programa chega a 4,5 bilhões.",
     "pt", ("4,5 bilhões", "BRL", "4500000000")),
    ("Le plan prévoit 30 milliards d'euros pour l'industrie, 12 milliards pour la recherche.",
     "fr", ("12 milliards", "EUR", "12000000000")),
    ("La manovra vale 24 miliardi di euro: le risorse per la sanità sono circa 3,5 miliardi.",
     "it", ("circa 3,5 miliardi", "EUR", "3500000000")),
])
def test_the_currency_carried_in_romance_copy(text: str, locale: str, want: tuple[str, str, str]) -> None:
    got = {(m.text, m.unit, str(m.value)): m for m in extract(text, locale=locale).mentions}
    assert want in got, list(got)
    assert "carried from" in (got[want].assumed or "")


def test_no_currency_carried_to_a_figure_ending_its_sentence() -> None:
    got = extract("India, with a GDP of $3 trillion, has 1.4 billion.").mentions
    assert [m.unit for m in got] == ["USD"]


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("La BIDC a approuvé 35 milliards Cfa pour Dakar, au Sénégal.", "fr", ("XOF", "35000000000")),
    ("México captó 31 mil mdd de inversión.", "es", ("USD", "31000000000")),
])
def test_more_romance_forms(text: str, locale: str, want: tuple[str, str]) -> None:
    assert [(m.unit, str(m.value)) for m in extract(text, locale=locale).mentions] == [want]


def test_a_dollar_sign_beside_pesos_of_no_place_is_refused_not_usd() -> None:
    r = extract("El presupuesto suma $546,9 billones y la reforma busca 16 billones de pesos.",
                locale="es")
    assert all(m.unit != "USD" for m in r.mentions)
    assert any("'pesos'" in s.reason for s in r.skipped if s.text.startswith("$"))
