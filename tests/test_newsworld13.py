"""Session 13's readings of other languages' news (issue 21), each in a sentence written here
of the shape the held-out news showed: a language's bare word for a ton (CLDR gives it to the US
short ton and names the metric ton by it and a qualifier), and a magnitude abbreviation with its
point before the currency ('mld. di euro')."""

from decimal import Decimal

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.unitnames import _bare_ton, unit_names


def _read(text: str, locale: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.kind, m.unit, m.value) for m in moneyfacts.extract(text, locale=locale).mentions]


@pytest.mark.parametrize(("text", "locale", "value"), [
    ("A usina deve moer 3,2 milhões de toneladas de cana nesta safra.", "pt", "3200000"),
    ("La fonderia ha prodotto 450 tonnellate di alluminio in marzo.", "it", "450"),
    ("कंपनी ने इस साल 12 लाख टन सीमेंट बेचा।", "hi", "1200000"),
    ("Ekspor beras naik menjadi 2,5 juta ton tahun ini.", "id", "2500000"),
    ("صدرت الشركة 7 أطنان من الذهب الشهر الماضي.", "ar", "7"),
])
def test_bare_ton_is_the_metric_ton(text: str, locale: str, value: str) -> None:
    assert ("measure", "metric_ton", Decimal(value)) in _read(text, locale)


def test_bare_ton_comes_from_cldr_not_a_list() -> None:
    # Where CLDR's metric ton is the bare word already, nothing is added; where the short ton
    # and the metric ton share no word, nothing either.
    assert _bare_ton(Locale.parse("es")._data["unit_patterns"]) == set()
    assert _bare_ton(Locale.parse("de")._data["unit_patterns"]) == set()
    assert _bare_ton(Locale.parse("pt")._data["unit_patterns"]) == {"tonelada", "toneladas"}
    # A word of other units' names is no head ('de' of Romanian 'de tone').
    assert "de" not in _bare_ton(Locale.parse("ro")._data["unit_patterns"])


def test_bare_ton_not_read_where_it_is_another_word_too() -> None:
    # Persian 'تن' counts people; Dutch 'ton' is also 100,000 euros ('twee ton').
    assert "تن" not in unit_names("fa").names and "ton" not in unit_names("nl").names
    assert not [m for m in moneyfacts.extract("در این حادثه ۲۰ تن کشته شدند", locale="fa").mentions
                if m.unit == "metric_ton"]


@given(st.integers(min_value=1, max_value=10**7),
       st.sampled_from([("pt", "toneladas"), ("it", "tonnellate"), ("hi", "टन"), ("id", "ton")]))
def test_bare_ton_reads_every_number_law(n: int, lang_word: tuple[str, str]) -> None:
    lang, word = lang_word
    got = moneyfacts.extract(f"{n} {word}", locale=lang).mentions
    assert [(m.kind, m.unit, m.value) for m in got] == [("measure", "metric_ton", Decimal(n))]


@pytest.mark.parametrize(("text", "locale", "unit", "value"), [
    ("Il piano di rilancio vale 12 mld. di euro in cinque anni.", "it", "EUR", "12000000000"),
    ("Il fondo raccoglie 3,5 bln. euro dagli investitori.", "it", "EUR", "3500000000"),
    ("De overname kost de groep 450 mio. euro.", "nl", "EUR", "450000000"),
    ("Il deficit sale a 7 mld. €, dice il ministero.", "it", "EUR", "7000000000"),
])
def test_abbreviation_point_before_the_currency(text: str, locale: str, unit: str, value: str) -> None:
    assert ("money", unit, Decimal(value)) in _read(text, locale)


def test_full_stop_after_an_abbreviation_reads_no_currency_from_the_next_sentence() -> None:
    got = _read("Le perdite arrivano a 8 mld. Euro e dollaro restano stabili.", "it")
    assert ("money", "EUR", Decimal("8000000000")) not in got


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["mld", "bln", "mio"]))
def test_abbreviation_point_changes_nothing_law(n: int, abbr: str) -> None:
    plain = _read(f"Il costo è di {n} {abbr} di euro.", "it")
    pointed = _read(f"Il costo è di {n} {abbr}. di euro.", "it")
    assert pointed == plain and plain and plain[0][1] == "EUR"


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("Fabrikanın maliyetinin 300 ile 350 milyon dolar arasında olacağı açıklandı.", "300000000", "350000000", "USD"),
    ("Bakanlık 2 ila 3 milyar lira ek bütçe istedi.", "2000000000", "3000000000", "TRY"),
    ("Liman yılda 40 ile 60 bin ton arasındaki yükü taşıyacak.", "40000", "60000", "metric_ton"),
])
def test_turkish_ranges(text: str, low: str, high: str, unit: str) -> None:
    got = moneyfacts.extract(text, locale="tr").mentions
    assert [(m.low, m.high, m.unit) for m in got] == [(Decimal(low), Decimal(high), unit)]


def test_turkish_ile_without_arasinda_keeps_two_amounts() -> None:
    got = _read("Şirket bu yıl 2 milyar dolar ile 1 milyar euro borçlandı.", "tr")
    assert got == [("money", "USD", Decimal("2000000000")), ("money", "EUR", Decimal("1000000000"))]


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=400))
def test_turkish_range_law(a: int, gap: int) -> None:
    b = a + gap
    got = moneyfacts.extract(f"Tutar {a} ile {b} milyon dolar arasında.", locale="tr").mentions
    assert [(m.low, m.high, m.unit) for m in got] == [(Decimal(a) * 10**6, Decimal(b) * 10**6, "USD")]


def test_russian_year_before_carries_the_currency() -> None:
    got = _read("Выручка банка выросла до 340 млрд рублей против 295 млрд годом ранее.", "ru")
    assert got == [("money", "RUB", Decimal("340000000000")), ("money", "RUB", Decimal("295000000000"))]
    # a noun after the bare amount still counts it: no money
    got = _read("Выручка выросла до 5 млрд рублей, а клиентов стало 4 млн человек.", "ru")
    assert ("money", "RUB", Decimal("4000000")) not in got


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("La armadora anunció en Saltillo, Coahuila, una inversión de 1,250 mdd.", "1250000000", "USD"),
    ("El gobierno de Arequipa destinará 2,340 millones de soles a la obra.", "2340000000", "PEN"),
])
def test_places_of_comma_grouping_territories_settle_a_split_comma(text: str, value: str, unit: str) -> None:
    assert _read(text, "es") == [("money", unit, Decimal(value))]


@pytest.mark.parametrize("text", [
    "La constructora firmó en Sevilla un contrato de 1,245 millones de euros.",  # es_ES: decimal comma
    "La constructora firmó un contrato de 1,245 millones de euros.",  # no place
    "La firma opera en Saltillo y en Córdoba, Argentina: invertirá 1,245 millones de dólares.",  # mixed
])
def test_no_place_or_a_decimal_comma_place_leaves_it_in_doubt(text: str) -> None:
    ex = moneyfacts.extract(text, locale="es")
    assert not [m for m in ex.mentions if m.value in (Decimal("1245000000"), Decimal("1245000"))]
    assert ex.skipped and "in doubt" in ex.skipped[0].reason


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=100, max_value=999))
def test_places_grouping_law(head: int, tail: int) -> None:
    # In a text placed in Mexico, 'H,TTT mdd' is H*1000+TTT million dollars, never H.TTT.
    got = _read(f"Una planta en Monterrey, Nuevo León, costará {head},{tail} mdd.", "es")
    assert got == [("money", "USD", Decimal(head * 1000 + tail) * 10**6)]


@pytest.mark.parametrize("text", [
    "올해 매출은 4200억원, 순이익은 310억이었다.",  # the copula 이 after a myriad
    "올해 매출은 4200억원, 순이익은 310억이다.",
    "매출은 4200억원이고 적자는 7억이 넘는다.",  # the particle 이
])
def test_korean_i_after_a_myriad_is_no_two(text: str) -> None:
    got = moneyfacts.extract(text, locale="ko").mentions
    assert all(m.text and m.value is not None and m.value % 10**8 == 0 for m in got)
    assert ("money", "KRW", Decimal("420000000000")) in _read(text, "ko")


def test_korean_two_after_a_myriad_before_a_unit_is_still_read() -> None:
    assert _read("이익은 250억이천만원이었다.", "ko") == [("money", "KRW", Decimal("25020000000"))]
