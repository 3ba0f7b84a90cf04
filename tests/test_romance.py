"""Romance languages read from data (our examples; the peers' suites in tests/test_peers.py
measure the breadth): a two-word CLDR name
written without its accents, range and qualifier words of [range ro], [qualifier ro/fr]."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import parse
from moneyfacts.grammar import scan
from moneyfacts.errors import MoneyfactsError


def _read(text: str, locale: str) -> list[str]:
    out = []
    for q in scan(text, locale=locale):
        amount = f"{q.low}..{q.high}" if q.value is None else f"{q.value}"
        out.append(f"{amount} {q.unit}")
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("Au plătit 40 de lira egiptiana.", ["40 EGP"]),             # CLDR 'liră egipteană'
    ("Costă intre 8 si 12 RON.", ["8..12 RON"]),
    ("Costă de la 8 RON la 12 RON.", ["8..12 RON"]),
])
def test_romanian_currency_words_and_ranges(text: str, want: list[str]) -> None:
    assert _read(text, "ro") == want


def test_a_plural_shared_by_several_pounds_is_not_the_turkish_lira() -> None:
    # 'lire' is the Romanian plural of every 'liră' (sterlină, egipteană, turcească): the
    # English lexicon's Turkish reading of 'lire' must not be taken in Romanian text.
    try:
        units = [q.unit for q in scan("Costă nouă lire.", locale="ro")]
    except MoneyfactsError:
        return
    assert "TRY" not in units


@pytest.mark.parametrize(("text", "locale", "qualifier"), [
    ("Costă cel mult 7 euro.", "ro", "le"),
    ("Costă sub 7 euro.", "ro", "lt"),
    ("Costă mai putin de 7 euro.", "ro", "lt"),
    ("Cela coûte pas plus de 10 euros.", "fr", "le"),
    ("Cela coûte plus que 10 euros.", "fr", "gt"),
])
def test_qualifier_words(text: str, locale: str, qualifier: str) -> None:
    q = parse(text, locale=locale)
    assert q.qualifier == qualifier


def _assumed(text: str, locale: str) -> list[tuple[str, str | None]]:
    out = []
    for q in scan(text, locale=locale):
        amount = f"{q.low}..{q.high}" if q.value is None else f"{q.value}"
        out.append((f"{amount} {q.unit}", q.assumed))
    return out


@pytest.mark.parametrize(("text", "locale", "want"), [
    # CLDR's names and compact markers written without their accents, as often online
    ("Ofereceu $ 280 milhoes pelas hipotecas.", "pt", ["280000000 USD"]),
    ("Custou 1,6 milhoes de dolares.", "pt", ["1600000 USD"]),
    ("Solo cuesta 15 dolares y 15 centavos.", "es", ["15.15 USD"]),
])
def test_names_and_markers_without_their_accents(text: str, locale: str, want: list[str]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(("text", "locale", "want", "note"), [
    # a language's own hundredths ([minor <language>]), in any case, after its joining word
    ("Subió 34 centavos.", "es", "0.34 USD", "'centavos' read as USD (dollar='USD')"),
    ("Ofrece 470 peniques por acción.", "es", "4.70 GBP", None),
    ("Subiu 50 centavos.", "pt", "0.50 BRL", "'centavos' read as BRL: the currency of locale='pt'"),
    ("Aumentati di 1,20 centesimi.", "it", "0.0120 EUR", "'centesimi' read as EUR: the currency of locale='it'"),
    ("Par action plus bas à 197 centimes.", "fr", "1.97 EUR", "'centimes' read as EUR: the currency of locale='fr'"),
    ("Costă 50 DE BANI.", "ro", "0.50 RON", "'BANI' read as RON: the currency of locale='ro'"),
])
def test_a_languages_own_hundredths(text: str, locale: str, want: str, note: str | None) -> None:
    assert _assumed(text, locale) == [(want, note)]


def test_hundredths_of_another_language_are_not_read_without_it() -> None:
    # no locale: 'centavos' is the dollar's in es, BRL in pt, so refused, not guessed
    assert scan("He owes me 50 centavos.") == []
    assert scan("50 Cent sang.", locale="es") == []  # the base spellings keep their case


@pytest.mark.parametrize(("text", "locale", "want"), [
    # a word several currencies share, all of them pounds in English ('libras', 'sterline'):
    # read as the English lexicon reads 'pounds', the newsroom default, and said so
    ("Mejoró a 361 millones de libras.", "es", "361000000 GBP"),
    ("Ammontano a 361 milioni di sterline.", "it", "361000000 GBP"),
])
def test_a_shared_word_takes_the_english_newsroom_default(text: str, locale: str, want: str) -> None:
    [(amount, note)] = _assumed(text, locale)
    assert amount == want
    assert note is not None and "newsroom default" in note


def test_the_text_still_settles_a_shared_word() -> None:
    assert _assumed("Egipto gastará 361 millones de libras.", "es") == [
        ("361000000 EGP", "'libras' read as EGP: 'Egipto' in the text")]


@pytest.mark.parametrize(("text", "locale"), [
    ("Il vaut 528 millions de francs.", "fr"),   # francs: CHF, XOF, XAF, ... no default
    ("Il vaut 361 millions de livres.", "fr"),   # livres: pounds and the Turkish lira
])
def test_a_shared_word_with_no_one_english_reading_is_refused(text: str, locale: str) -> None:
    skipped: list = []
    assert scan(text, locale=locale, skipped=skipped) == []
    assert skipped and "ambiguous" in skipped[0].reason


def test_two_digits_before_a_comma_are_hundredths() -> None:
    assert _read("Si tuvieran otros 15 USD 50, habrían pagado más.", "es") == ["15.5 USD"]
    assert _read("It cost 20 euros 43,000 times.", "en") == ["20 EUR"]


@pytest.mark.parametrize(("text", "locale", "want", "note"), [
    # 'lei' is the leu of Romania and of Moldova: the locale's territory decides, and a
    # language alone its likely country when its speakers there outnumber the others twice
    ("Costă 10 lei.", "ro", "10 RON", "'lei' read as RON: the currency of locale='ro'"),
    ("Costă 10 lei.", "ro_MD", "10 MDL", None),
    ("Costă 50 de bani.", "ro_MD", "0.50 MDL", "'bani' read as MDL: the currency of locale='ro_MD'"),
])
def test_the_leu_is_the_locales_own(text: str, locale: str, want: str, note: str | None) -> None:
    [(amount, assumed)] = _assumed(text, locale)
    assert amount == want
    if note is not None:
        assert assumed == note
    else:
        assert assumed is not None and "MDL" in assumed


def test_the_text_settles_the_leu_against_the_locale() -> None:
    [(amount, assumed)] = _assumed("Pâinea costă 10 lei la Chișinău.", "ro")
    assert amount == "10 MDL" and assumed is not None and "Chișinău" in assumed


def test_lei_without_a_romanian_locale_is_no_guess() -> None:
    assert scan("It cost 10 lei.") == []
    skipped: list = []
    assert scan("Costă 10 lei.", locale="fr", skipped=skipped) == []


def test_a_word_two_countries_of_the_language_share_is_refused() -> None:
    # 'céntimos': Spain's euro cent and Peru's sol; Peru's Spanish speakers are too many
    # for 'es' alone to say which
    skipped: list = []
    assert scan("Subió 34 céntimos.", locale="es", skipped=skipped) == []
    assert [q.unit for q in scan("Subió 34 céntimos.", locale="es_PE")] == ["PEN"]


@pytest.mark.parametrize(("text", "locale", "want"), [
    # a '$' with its country's letters (the locale's '$HK' spaced, in lower case) or a
    # dollar's ISO code after it is that dollar
    ("Elles sont tombées à 10,05 milliards de $ hk.", "fr", ["10050000000 HKD"]),
    ("Le prix s'étend entre 16,4 millions de $CAD", "fr", ["16400000 CAD"]),
    ("Il coûte 10 $ us.", "fr", ["10 USD"]),
])
def test_a_dollar_sign_with_its_countrys_letters(text: str, locale: str, want: list[str]) -> None:
    assert _read(text, locale) == want


def test_a_head_word_with_another_currencys_adjective_is_refused() -> None:
    # 'marchi' alone is the Bosnian mark (the one current 'marco'), but 'finlandesi' is the
    # adjective of CLDR's 'markka finlandese': no silent BAM
    skipped: list = []
    assert scan("Per 420 milioni di marchi finlandesi.", locale="it", skipped=skipped) == []
    assert "FIM" in skipped[0].reason and "BAM" in skipped[0].reason


@pytest.mark.parametrize(("text", "locale", "qualifier"), [
    ("Il coûte en-dessous de 10 dollars.", "fr", "lt"),   # the lexicon's 'en dessous de'
    ("Il coûte au-dessus de 10 dollars.", "fr", "gt"),
    ("Costa non più di 10 dollari.", "it", "le"),
    ("Costă nu chiar 7€.", "ro", "lt"),
    ("Costă nici macar 7 euro.", "ro", "lt"),
])
def test_more_qualifier_words(text: str, locale: str, qualifier: str) -> None:
    assert parse(text, locale=locale).qualifier == qualifier


def test_a_hyphenated_word_ending_in_a_qualifier_is_none() -> None:
    assert parse("a run-up to $5 billion").qualifier is None  # no 'up to'


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Le contrat de U$D 10 mil millones de la India.", "es", ["10000000000 USD"]),
    ("Aproximadamente U$S 90 millones.", "es", ["90000000 USD"]),
    ("Incluyendo 450.000 yenes por el primer ministro.", "es", ["450000 JPY"]),
    ("Il a payé 10 000 dollars.", "fr", ["10000 USD"]),   # fr groups digits with a space
])
def test_signs_plurals_and_space_groups(text: str, locale: str, want: list[str]) -> None:
    assert _read(text, locale) == want


def test_a_space_group_stays_in_doubt_where_the_locale_groups_otherwise() -> None:
    skipped: list = []
    # '10 500 dollari': 10,500, or 10 and 500? ('10 000 dollari' is one number: no amount is
    # written '000')
    assert scan("Costa 10 500 dollari.", locale="it", skipped=skipped) == []
    assert "grouped by a space" in skipped[0].reason


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Me pidió $5.00 prestados.", "es", ["5.00 USD"]),  # a point before two digits groups nothing
    ("Hasta los 10050 millones de dólares de Hong Kong.", "es", ["10050000000 HKD"]),
    ("Costa 10 dollari di Singapore.", "it", ["10 SGD"]),
    ("250 milioni di fiorini olandesi.", "it", ["250000000 NLG"]),  # CLDR 'fiorino olandese'
    ("Estimé à 6,65 milliards de pesewas.", "fr", ["66500000 GHS"]),
    ("Doi dolari si douăzeci si trei de centi.", "ro", ["2.23 USD"]),  # written without accents
    ("Saptezeci si sapte de euro.", "ro", ["77 EUR"]),
])
def test_more_romance_readings(text: str, locale: str, want: list[str]) -> None:
    assert _read(text, locale) == want


def test_a_city_after_de_is_no_currency() -> None:
    # 'dollars de Toronto': only a country's name after 'de' names its dollar
    assert [q.unit for q in scan("Il a reçu 10 dollars de Toronto.", locale="fr")] == ["USD"]


def test_un_before_a_currency_word_is_words_in_romanian() -> None:
    # 'un' is Romanian's 'a' as well as 'one': 'un dolar puternic' is a strong dollar
    assert scan("Un dolar puternic ajută exportatorii.", locale="ro") == []


@pytest.mark.parametrize(("text", "locale", "want"), [
    # a one-word currency name right before the number, as Recognizers writes it
    ("Los precios comienzan en dólar 22,5 millones.", "es", "22500000"),
    ("Ho bisogno di dollari 996", "it", "996"),
    ("Os preços começam em dólares 22,5 milhões.", "pt", "22500000"),
])
def test_a_currency_name_before_the_number(text: str, locale: str, want: str) -> None:
    [q] = scan(text, locale=locale)
    assert (q.value, q.unit) == (Decimal(want), "USD")
    assert q.assumed == f"{q.text.split()[0]!r} read as USD (dollar='USD')"


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("El valor en dólares 2023 fue menor.", "es", []),          # a year, no amount
    ("El euro se cambiaba a 1,08 dólares.", "es", ["1.08 USD"]),  # another unit follows
    ("Il dollaro 10 anni fa valeva di più.", "it", []),
    ("Pagó 5 dólares 20 veces.", "es", ["5 USD"]),                 # the name of the amount before
    ("Det kostet to indiske rupi 23 paise.", "nb", ["2.23 INR"]),  # a name of two words
    ("to thai bhat 23", "nb", []),                                  # an amount before the name
])
def test_a_name_before_a_number_that_is_not_its_currency(text: str, locale: str, want: list[str]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Cuesta 3 gbp y 1 centavo.", "es", ["3.01 GBP"]),   # an ISO code in lower case
    ("Costă 10,5 ron.", "ro", ["10.5 RON"]),
    ("Son 10 try.", "es", []),                            # an English word: no code
])
def test_a_lower_case_code_with_a_locale(text: str, locale: str, want: list[str]) -> None:
    assert _read(text, locale) == want


def test_a_lower_case_code_without_a_locale_is_no_code() -> None:
    assert scan("He won 3 gbp") == []


def test_a_name_before_a_percentage_is_no_currency() -> None:
    units = [q.unit for q in scan("Der Dollar gab gegenüber dem Euro 0,3 Prozent nach.", locale="de")]
    assert "EUR" not in units


def test_a_lower_case_code_that_is_a_unit_word_of_the_locale_is_none() -> None:
    assert scan("Det tok 10 sek.", locale="nb") == []   # 'sek': seconds in CLDR's nb units


def test_the_leu_of_the_articles_date() -> None:
    import datetime

    from moneyfacts import Conventions

    q = parse("Costă 10 lei.", locale="ro", conventions=Conventions(date=datetime.date(2003, 5, 1)))
    assert (q.unit, q.assumed) == ("ROL", "'lei' read as ROL: the currency of locale='ro'")


@pytest.mark.parametrize(("text", "want"), [
    ("Costó 25 mdd.", ["25000000 USD"]),            # millones de dólares (Mexican press)
    ("Una inversión de 500 mdp.", ["500000000 MXN"]),
    ("Exportaciones por 1,5 mmdd en 2024.", ["1500000000 USD"]),
])
def test_a_magnitude_that_names_its_currency(text: str, want: list[str]) -> None:
    assert _read(text, "es") == want
    assert scan(text) == []  # Spanish press abbreviations: read with the locale only
