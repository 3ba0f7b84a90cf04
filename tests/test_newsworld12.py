"""Session 12's readings of other languages' news (issue 21), each in a sentence of the shape
the held-out news showed, written here: a magnitude abbreviation, qualifiers with a proclitic,
rates after 'في' and 'per', percent and unit spellings, counts where no plural marks the noun."""

from decimal import Decimal

import pytest

import moneyfacts
from moneyfacts import Conventions


def _read(text: str, locale: str) -> list[tuple[str, str | None, Decimal | None, str | None, str | None]]:
    found = moneyfacts.extract(text, conventions=Conventions(locale=locale)).mentions
    return [(m.kind, m.unit, m.value, m.qualifier, m.per) for m in found]


def test_italian_mld_after_a_euro_amount() -> None:
    got = _read("Il gruppo ha investito 2,5 miliardi di euro e ne spenderà altri 1,2 mld nel 2026.", "it")
    assert ("money", "EUR", Decimal("1200000000"), None, None) in got


@pytest.mark.parametrize("text", [
    "بلغت الإيرادات بنحو 12.5 مليار دولار",
    "وبلغت الأصول وبقرابة 12.5 مليار دولار",
])
def test_arabic_qualifier_with_a_proclitic(text: str) -> None:
    assert _read(text, "ar") == [("money", "USD", Decimal("12500000000"), "approx", None)]


def test_arabic_rate_after_fi() -> None:
    got = _read("تربح الشركة 300 مليون دولار في اليوم و9 مليارات دولار في العام الماضي", "ar")
    assert got[0][4] == "day"
    assert got[1][:3] == ("money", "USD", Decimal("9000000000")) and got[1][4] is None  # last year


def test_hindi_percent_loanword() -> None:
    assert _read("कंपनी का मुनाफा 12 परसेंट बढ़ा", "hi") == [("percent", "percent", Decimal("12"), None, None)]


@pytest.mark.parametrize("text, locale", [
    ("新工場の延床面積は4500㎡で、", "ja"),
    ("De nieuwe hal meet 4500 m2.", "nl"),
])
def test_square_metre_spellings(text: str, locale: str) -> None:
    assert _read(text, locale) == [("measure", "meter ** 2", Decimal("4500"), None, None)]


def test_indonesian_per_tahun_and_hektar() -> None:
    got = _read("Pabrik itu memproduksi 40.000 mobil per tahun di lahan seluas 35 hektar.", "id")
    assert ("count", "mobil", Decimal("40000"), None, "year") in got
    assert ("measure", "hectare", Decimal("35"), None, None) in got


def test_turkish_counts_and_square_metres_are_no_carried_money() -> None:
    got = _read("Şirket 300 milyon dolarlık yatırımla 2,5 milyon metrekarelik alanda yıllık "
                "4 milyon adet lastik üretecek ve 450 kişiye istihdam sağlayacak; kârı yüzde 12 arttı.", "tr")
    assert ("measure", "meter ** 2", Decimal("2500000"), None, None) in got
    assert ("count", "piece", Decimal("4000000"), None, "year") in got  # 'yıllık': yearly
    assert ("count", "kişiye", Decimal("450"), None, None) in got
    assert ("percent", "percent", Decimal("12"), None, None) in got
    assert [k for k in got if k[0] == "money"] == [("money", "USD", Decimal("300000000"), None, None)]


def test_turkish_small_number_before_an_adjective_counts_nothing() -> None:
    got = _read("Fabrika iki büyük hat için 800 dolar ödedi.", "tr")
    assert [k[0] for k in got] == ["money"]


def test_title_case_magnitude_word() -> None:
    assert _read("Yatırım Bedeli: 4,5 Milyar Dolar", "tr")[0][:3] == ("money", "USD", Decimal("4500000000"))


def test_polish_counts_and_groszy() -> None:
    got = _read("W zakładzie pracę znajdzie 120 osób i 35 pracowników.", "pl")
    assert [(k[0], k[2]) for k in got] == [("count", Decimal("120")), ("count", Decimal("35"))]
    assert not [k for k in _read("Kosztuje 2 złote i 23 groszy.", "pl") if k[0] == "count"]


def test_dutch_plural_counts_not_verbs() -> None:
    got = _read("Het bedrijf schrapt 85 banen en bouwt 140 woningen.", "nl")
    assert [(k[0], k[2]) for k in got] == [("count", Decimal("85")), ("count", Decimal("140"))]
    got = _read("De twee kaartjes zullen samen 5 kosten.", "nl")
    assert not [k for k in got if k[1] == "kosten"]  # a verb after the amount, no plural counted


def test_german_adjective_before_a_counted_noun() -> None:
    assert _read("In Leipzig entstehen 40 neue Arbeitsplätze.", "de") == [
        ("count", "arbeitsplätze", Decimal("40"), None, None)]


def test_chinese_not_below_is_at_least() -> None:
    assert _read("项目年产值不低于8亿元", "zh") == [("money", "CNY", Decimal("800000000"), "ge", None)]


def test_indonesian_counts() -> None:
    got = _read("Perusahaan membangun 12 pabrik baru dan mempekerjakan 2.400 orang.", "id")
    assert [(k[0], k[1], k[2]) for k in got] == [("count", "pabrik", Decimal("12")), ("count", "orang", Decimal("2400"))]


@pytest.mark.parametrize("text, locale, per", [
    ("新ラインの生産能力は年産2万4000トン。", "ja", "year"),
    ("工場は日産3000台を生産する。", "ja", "day"),
    ("Tesis yıllık 80 bin araç üretecek.", "tr", "year"),
])
def test_rate_written_before_the_amount(text: str, locale: str, per: str) -> None:
    assert [k[4] for k in _read(text, locale)] == [per]


def test_hindi_per_unit_and_people() -> None:
    got = _read("शेयर 412.50 रुपये प्रति यूनिट पर बंद हुआ और 640 लोगों को नौकरी मिली", "hi")
    assert got == [("money", "INR", Decimal("412.50"), None, "unit"), ("count", "person", Decimal("640"), None, None)]


@pytest.mark.parametrize("text, locale, qual", [
    ("O prejuízo foi superior a R$ 2 bilhões.", "pt", "gt"),
    ("Il titolo è sceso a un valore inferiore a 3 euro.", "it", "lt"),
    ("项目年产值不低于 6 亿元", "zh", "ge"),
])
def test_above_and_below_qualifiers(text: str, locale: str, qual: str) -> None:
    assert [k[3] for k in _read(text, locale)] == [qual]


def test_japanese_meal_counter_and_indonesian_tonnes_per_year() -> None:
    assert _read("新工場は日産8万食を生産する。", "ja") == [("count", "食", Decimal("80000"), None, "day")]
    assert _read("Kapasitasnya 120.000 ton per tahun.", "id")[0][1:] == (
        "metric_ton", Decimal("120000"), None, "year")


def test_arabic_counts() -> None:
    got = _read("افتتحت الشركة 4 مصانع ووظفت 1250 عاملا خلال 12 شهرا", "ar")
    assert [(k[0], k[2]) for k in got] == [("count", Decimal("4")), ("count", Decimal("1250"))]


def test_new_before_a_currency_noun_in_the_plural_after_five() -> None:
    # CLDR's Polish 'nowych szekli' (after five): 'nowych' is the adjective 'new', no currency
    got = _read("Zakład da 180 nowych miejsc pracy.", "pl")
    assert [(k[0], k[2]) for k in got] == [("count", Decimal("180"))]
    assert not [k for k in _read("Zapłacono 100 nowych szekli.", "pl") if k[0] == "count"]
    assert _read("Pagó 100 séqueles.", "es") == [("money", "ILS", Decimal("100"), None, None)]
