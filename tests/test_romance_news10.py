"""Romance news, session 10 (our own sentences, in the shapes a held-out set of real Spanish,
Portuguese, French, Italian, Romanian and Catalan news writes figures): Italian and Romanian
plural counts (no -s: '212 cooperative', '3.400 de angajați'), a month after a day no count
('12 mars'), a sign in letters written in lower case no currency outside English ('760 le
...'), the Romanian word for 'new' no currency, Catalan millions with the elided link
('milions d'euros')."""

from __future__ import annotations

import pytest

from moneyfacts import extract


def _read(text: str, locale: str) -> list[tuple[str, str, str | None, str]]:
    out = []
    for q in extract(text, locale=locale).mentions:
        amount = f"{q.low}..{q.high}" if q.value is None else f"{q.value}"
        out.append((q.text, q.kind, q.unit, amount))
    return out


@pytest.mark.parametrize(("text", "locale", "want"), [
    # Italian plurals end in -i, -e, or an accented vowel (invariable)
    ("Il consorzio riunisce 212 cooperative e 35 consorzi agrari.", "it",
     [("212 cooperative", "count", "cooperativa", "212"), ("35 consorzi", "count", "consorzo", "35")]),
    ("Hanno aderito 1.300 imprese e 27 società di servizi.", "it",
     [("1.300 imprese", "count", "impresa", "1300"), ("27 società", "count", "società", "27")]),
    # an article between the number and the noun: 'sono N le ...'
    ("Sono 48 le scuole coinvolte nel progetto.", "it", [("48 le scuole", "count", "scuola", "48")]),
    ("Saranno 120 le famiglie aiutate.", "it", [("120 le famiglie", "count", "famiglia", "120")]),
    # Romanian: 'de' from twenty up, plurals in -i, -e, -uri
    ("Compania are 3.400 de angajați și 12 fabrici în țară.", "ro",
     [("3.400 de angajați", "count", "angajat", "3400"), ("12 fabrici", "count", "fabric", "12")]),
    ("Peste 2.000 de persoane, 14 spitale și 9 școli.", "ro",
     [("Peste 2.000 de persoane", "count", "persoană", "2000"), ("14 spitale", "count", "spital", "14"),
      ("9 școli", "count", "școl", "9")]),
    # 'noi' (new) before the noun: an adjective, not the 'noi' ending two CLDR currency names
    ("Vor fi create 1.800 de noi locuri de muncă.", "ro", [("1.800 de noi locuri", "count", "loc", "1800")]),
    # a question ends the sentence before a number spelled in capitals: no label ('Boeing 737')
    ("Se reindustrializează Moldova? Patru fabrici noi se deschid.", "ro",
     [("Patru fabrici", "count", "fabric", "4")]),
])
def test_italian_and_romanian_plural_counts(text: str, locale: str, want: list[tuple[str, str, str, str]]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(("text", "locale"), [
    ("Entro il 30 novembre, dopo 12 anni di lavori, 20 di questi cantieri.", "it"),
    ("După 15 ani, la 1 decembrie, 20 de zile.", "ro"),
])
def test_time_dates_and_function_words_are_no_counts(text: str, locale: str) -> None:
    assert _read(text, locale) == []


def test_a_month_after_a_day_is_no_count() -> None:
    # CLDR's month names of the locale: '12 mars' is a date, not twelve 'mar'
    assert _read("Le 12 mars, 40 employés ont été licenciés.", "fr") == [
        ("40 employés", "count", "employé", "40")]


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Il est arrivé 760 le matin.", "fr", []),
    ("The bill was 42 LE.", "en", [("42 LE", "money", "EGP", "42")]),
    ("42 le", "en", [("42 le", "money", "EGP", "42")]),  # English copy (Duckling's corpus)
])
def test_a_sign_in_letters_in_lower_case_is_a_word_outside_english(
        text: str, locale: str, want: list[tuple[str, str, str, str]]) -> None:
    assert _read(text, locale) == want


def test_catalan_millions_with_the_elided_link_and_a_carried_currency() -> None:
    text = ("La Generalitat invertirà 350 milions d'euros en habitatge. "
            "El pressupost inclou 75 milions per a escoles.")
    got = _read(text, "ca")
    assert got == [("350 milions d'euros", "money", "EUR", "350000000"),
                   ("75 milions", "money", "EUR", "75000000")]
    q = extract(text, locale="ca").mentions[1]
    assert q.assumed is not None and "carried" in q.assumed


@pytest.mark.parametrize(("text", "locale", "want"), [
    # dashes around an aside are no minus; a minus alone still is
    ("El acuerdo condona parte de la deuda -8.000 millones de euros- al Govern.", "es",
     [("8.000 millones de euros", "money", "EUR", "8000000000")]),
    ("El saldo quedó en -8 millones de euros.", "es", [("-8 millones de euros", "money", "EUR", "-8000000")]),
    # 'de' and a sign with its own number after it: the sign is that number's, not the year's
    ("Um plano para 2023 e 2024 de R$ 420 milhões nas fábricas.", "pt",
     [("R$ 420 milhões", "money", "BRL", "420000000")]),
    # the low end of a range of a count takes no currency from the sentence before it
    ("A rede investirá R$ 2,1 bilhões e promete entre 2 mil e 3 mil vagas diretas.", "pt",
     [("R$ 2,1 bilhões", "money", "BRL", "2100000000"),
      ("entre 2 mil e 3 mil vagas", "count", "vaga", "2000..3000")]),
    ("O grupo vai investir RS$ 800 milhões no Ceará.", "pt", [("RS$ 800 milhões", "money", "BRL", "800000000")]),
    # a magnitude of the locale written in capitals, in a headline
    ("GRUPO MEXICANO ANUNCIA INVERSIÓN DE 750 MILLONES DE PESOS EN SONORA", "es",
     [("750 MILLONES DE PESOS", "money", "MXN", "750000000")]),
    # French financial copy's 'ME' (millions of euros)
    ("Les ventes atteignent 2 310 ME sur le semestre.", "fr", [("2 310 ME", "money", "EUR", "2310000000")]),
])
def test_romance_news_shapes(text: str, locale: str, want: list[tuple[str, str, str, str]]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(("text", "locale", "want"), [
    # a smaller magnitude joined by 'e'/'y' adds to the amount: never its last part alone
    ("Il bando vale un milione e 450mila euro.", "it", [("un milione e 450mila euro", "money", "EUR", "1450000")]),
    ("O prêmio é de 2 milhões e 500 mil reais.", "pt", [("2 milhões e 500 mil reais", "money", "BRL", "2500000")]),
    ("La obra costó 3 millones y 200 mil pesos mexicanos.", "es",
     [("3 millones y 200 mil pesos mexicanos", "money", "MXN", "3200000")]),
    # Peru's older sign and the sol's former name
    ("El MTC invirtió S/. 4,200 millones en 2013.", "es", [("S/. 4,200 millones", "money", "PEN", "4200000000")]),
    ("Una inversión de 2.300 millones de nuevos soles.", "es",
     [("2.300 millones de nuevos soles", "money", "PEN", "2300000000")]),
])
def test_compounds_and_peruvian_signs(text: str, locale: str, want: list[tuple[str, str, str, str]]) -> None:
    assert _read(text, locale) == want


def test_the_first_of_a_pair_takes_the_currency_named_after_the_second() -> None:
    text = "La santé et l'école reçoivent respectivement 45 millions et 32 millions d'euros."
    got = extract(text, locale="fr").mentions
    assert [(q.text, q.unit, str(q.value)) for q in got] == [
        ("45 millions", "EUR", "45000000"), ("32 millions d'euros", "EUR", "32000000")]
    assert got[0].assumed is not None and "paired" in got[0].assumed
    # a range keeps its own reading: 'entre X y Y'
    assert _read("entre 40 millones y 55 millones de euros", "es") == [
        ("entre 40 millones y 55 millones de euros", "money", "EUR", "40000000..55000000")]


def test_a_carried_currency_goes_along_an_enumeration() -> None:
    text = ("Il fatturato sale a 912 milioni di euro, +12%, contro i 815 milioni del 2022, "
            "e +30% sul minimo toccato con i 640 milioni del 2020, quando erano scesi del 25% "
            "rispetto ai 860 milioni 2019.")
    got = [(q.text, q.unit, str(q.value)) for q in extract(text, locale="it").mentions if q.kind == "money"]
    assert got == [("912 milioni di euro", "EUR", "912000000"), ("815 milioni", "EUR", "815000000"),
                   ("640 milioni", "EUR", "640000000"), ("860 milioni", "EUR", "860000000")]
    assert _read("Seguem-se Faro (2,4 milhões de euros) e Beja (1,7 milhões).", "pt") == [
        ("2,4 milhões de euros", "money", "EUR", "2400000"), ("1,7 milhões", "money", "EUR", "1700000")]


@pytest.mark.parametrize(("text", "locale", "want"), [
    # Romanian 'un'/'o' is one before a magnitude only; 'două' is the feminine two
    ("Guvernul alocă un miliard de lei pentru spitale.", "ro", [("un miliard de lei", "money", "RON", "1000000000")]),
    ("Primăria primește două miliarde de lei.", "ro", [("două miliarde de lei", "money", "RON", "2000000000")]),
    ("Un dolar puternic ajută importurile.", "ro", []),
    # the cedilla letters of older Romanian copy ('ş', 'ţ') read as the comma-below ones
    ("Grupul deschide şase fabrici şi angajează şaizeci de ingineri.", "ro",
     [("şase fabrici", "count", "fabric", "6"), ("şaizeci de ingineri", "count", "inginer", "60")]),
    # '1,2 mil vagas': a count (English's no-plural ending 'gas' is no Portuguese one)
    ("O setor abriu 1,2 mil vagas em março.", "pt", [("1,2 mil vagas", "count", "vaga", "1200")]),
])
def test_romanian_one_and_two_and_portuguese_thousands_of_jobs(
        text: str, locale: str, want: list[tuple[str, str, str, str]]) -> None:
    assert _read(text, locale) == want
