"""Other languages' news, a held-out set of session 18 (issue 21): the shapes its misreadings
took, each in a sentence of ours, and the laws they break. Causes fixed for the whole class:
a year before a sign that stands before its number, the units after a thousand or a lakh,
Urdu's spelled numbers (a language num2words lacks, as Hindi), a word written onto a currency
word ending in an Arabic-script letter that joins none after it, and Persian spelled numbers
and Arabic-keyboard letters."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract


def _read(text: str, locale: str | None) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.text, m.unit, m.value) for m in extract(text, locale=locale).mentions]


# -- a year, then a sign that stands before its number -------------------------------------

@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Dana itu naik pada 2021 Rp 40,5 triliun, dari 2020 Rp 33 triliun.", "id",
     [("Rp 40,5 triliun", "IDR", Decimal("40500000000000")), ("Rp 33 triliun", "IDR", Decimal("33000000000000"))]),
    ("Sales reached in 2024 US$ 7 million, after 2023 US$ 4.5 million.", "en",
     [("US$ 7 million", "USD", Decimal("7000000")), ("US$ 4.5 million", "USD", Decimal("4500000"))]),
    ("Os gastos somaram em 2022 R$ 12 bilhões.", "pt", [("R$ 12 bilhões", "BRL", Decimal("12000000000"))]),
])
def test_a_year_does_not_take_the_sign_of_the_next_number(
        text: str, locale: str, want: list[tuple[str, str, Decimal]]) -> None:
    # Before, '2021 Rp' was read as 2,021 rupiah and the figure after it lost: a silent
    # wrong value.
    assert _read(text, locale) == want


@given(year=st.integers(1900, 2099), whole=st.integers(1, 999))
def test_the_amount_after_a_year_is_the_amount(year: int, whole: int) -> None:
    got = extract(f"The fund held in {year} US$ {whole} million.").mentions
    assert [(m.unit, m.value) for m in got] == [("USD", Decimal(whole) * 1_000_000)]


def test_a_sign_after_an_amount_in_a_locale_that_writes_it_after_stays_its_own() -> None:
    # '25 € 50 personnes': French writes the euro after the number (CLDR), so it is 25's.
    assert _read("Le billet coûte 25 € pour 50 personnes.", "fr")[0] == ("25 €", "EUR", Decimal(25))


# -- the units after a thousand or a lakh ---------------------------------------------------

@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("हर नागरिक पर 63 हजार 418 रुपये का कर्ज है।", "hi", Decimal(63418), "INR"),
    ("हर नागरिक पर 2 लाख 6 हजार 15 रुपये का कर्ज है।", "hi", Decimal(206015), "INR"),
    ("हर नागरिक पर 3 लाख 40 सहस्र 7 रुपए का कर्ज है।", "hi", Decimal(340007), "INR"),
    ("Bilet fiyatı 4 bin 250 lira oldu.", "tr", Decimal(4250), "TRY"),
    ("قیمت 12 ہزار 640 روپے ہو گئی۔", "ur", Decimal(12640), "PKR"),
])
def test_the_units_after_a_thousand_are_added(text: str, locale: str, value: Decimal, unit: str) -> None:
    # Before, '63 हजार 418 रुपये' was read as 418 rupees: the thousands dropped, silently.
    got = extract(text, locale=locale).mentions
    assert [(m.unit, m.value) for m in got] == [(unit, value)]


@given(thousands=st.integers(1, 99), units=st.integers(1, 999))
def test_thousands_and_units_read_as_the_number_they_spell(thousands: int, units: int) -> None:
    got = extract(f"कुल खर्च {thousands} हजार {units} रुपये रहा।", locale="hi").mentions
    assert [m.value for m in got] == [Decimal(thousands * 1000 + units)]


def test_a_number_after_a_million_is_no_units_of_it() -> None:
    # Only the units of a thousand or a lakh are written so: '5 million 2020' is two numbers.
    got = extract("They paid 5 million 2020 euros.", locale="en").mentions
    assert [m.value for m in got] == [Decimal(2020)]


# -- Urdu's spelled numbers ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("حکومت نے ایک ہزار 240 ارب روپے کا قرض لیا۔", Decimal("1240000000000"), "PKR"),
    ("منصوبے پر دو ارب روپے خرچ ہوں گے۔", Decimal("2000000000"), "PKR"),
    ("خسارہ پندرہ سو بیس ارب روپے تک پہنچ گیا۔", Decimal("1520000000000"), "PKR"),
    ("بینک کو ڈیڑھ ارب ڈالر ملے۔", Decimal("1500000000"), "USD"),
    ("ہر نوٹ کی قیمت ایک ہزار روپے ہے۔", Decimal(1000), "PKR"),
])
@pytest.mark.parametrize("locale", ["ur", "auto"])
def test_urdu_spelled_numbers(text: str, value: Decimal, unit: str, locale: str) -> None:
    # Before, 'ایک ہزار 240 ارب' was read as 240 arab (a silent wrong value), and 'دو ارب
    # روپے' as no amount.
    got = extract(text, locale=locale).mentions
    assert [(m.unit, m.value) for m in got] == [(unit, value)]


_URDU_TENS = {"دس": 10, "بیس": 20, "تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "نوے": 90}


@given(word=st.sampled_from(sorted(_URDU_TENS)), hundreds=st.booleans())
def test_urdu_tens_and_their_hundreds(word: str, hundreds: bool) -> None:
    n = _URDU_TENS[word] * (100 if hundreds else 1)
    spelled = f"{word} سو" if hundreds else word
    got = extract(f"اس سال {spelled} ارب روپے کا بجٹ ہے۔", locale="ur").mentions
    assert [m.value for m in got] == [Decimal(n) * 10**9]


# -- a word written onto a currency word (Arabic script) ------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("قرضوں میں 912 ارب روپےکااضافہ ہوا۔", Decimal("912000000000"), "PKR"),
    ("قیمت 310 روپےتک پہنچ گئی۔", Decimal(310), "PKR"),
    ("ملک کو 4 ارب ڈالرکی ضرورت ہے۔", Decimal("4000000000"), "USD"),
])
@pytest.mark.parametrize("locale", ["ur", "auto"])
def test_a_word_written_onto_a_currency_word_that_joins_none(
        text: str, value: Decimal, unit: str, locale: str) -> None:
    # 'ے' and 'ر' join no letter after them, so 'روپےکا' looks like 'روپے کا' and Urdu
    # writers leave the space out: before, no amount.
    got = extract(text, locale=locale).mentions
    assert [(m.unit, m.value) for m in got] == [(unit, value)]


# -- Persian ---------------------------------------------------------------------------------

@pytest.mark.parametrize("locale", ["fa", "auto"])
def test_persian_spelled_numbers_and_arabic_keyboard_letters(locale: str) -> None:
    # 'هزار' a number num2words spells in Persian; with locale='fa', 'ميليارد ريال' typed
    # with the Arabic yeh too (unsaid, a text so typed may be told for Arabic).
    got = extract("دولت موظف شد دو هزار ميليارد ريال به اين طرح بدهد.", locale="fa").mentions
    assert [(m.unit, m.value) for m in got] == [("IRR", Decimal("2000000000000"))]
    toman = extract("برای این طرح سه هزار میلیارد تومان اعتبار اختصاص یافت.", locale=locale).mentions
    assert [(m.unit, m.value) for m in toman] == [("IRR", Decimal("30000000000000"))]
    assert toman[0].assumed is not None  # the toman is ten rials, by the convention named


@given(n=st.integers(1, 9999))
def test_persian_reads_the_same_with_either_yeh(n: int) -> None:
    persian = f"مبلغ {n} میلیارد ریال پرداخت شد."
    arabic = persian.replace("ی", "ي")
    read = [(m.unit, m.value) for m in extract(persian, locale="fa").mentions]
    assert read == [(m.unit, m.value) for m in extract(arabic, locale="fa").mentions]
    assert read == [("IRR", Decimal(n) * 10**9)]


# -- Swahili -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Wizara imetengewa shilingi billion 12.5 mwaka huu.", Decimal("12500000000")),
    ("Wizara imetengewa shilingi trillion 2.1 mwaka huu.", Decimal("2100000000000")),
    ("Wizara imetengewa shilling bilioni 87 mwaka huu.", Decimal("87000000000")),
    ("Wizara imetengewa shilingi bilioni tatu mwaka huu.", Decimal("3000000000")),
    ("Wizara imetengewa shilingi milioni thelathini na nane mwaka huu.", Decimal("38000000")),
    ("Wizara imetengewa shilingi elfu saba mwaka huu.", Decimal("7000")),
])
def test_swahili_magnitude_first_in_any_spelling(text: str, value: Decimal) -> None:
    # Swahili writes the magnitude before the number (CLDR's 'bilioni 0'); Kenyan copy writes
    # the English word there too, the English 'shilling', and the number in words.
    got = extract(text, locale="sw_KE").mentions
    assert [(m.unit, m.value) for m in got] == [("KES", value)]


def test_swahili_numbers_before_a_hundred_are_no_figure_of_it() -> None:
    # 'mia mbili' is 200: the hundred comes first, as the magnitudes do, and is left as words
    # rather than read as 2 or 102.
    assert extract("Wizara imetengewa shilingi mia mbili tu.", locale="sw_KE").mentions == []


@given(tens=st.sampled_from([("ishirini", 20), ("thelathini", 30), ("arobaini", 40), ("hamsini", 50),
                             ("sitini", 60), ("sabini", 70), ("themanini", 80), ("tisini", 90)]),
       unit=st.sampled_from([("", 0), (" na moja", 1), (" na tano", 5), (" na tisa", 9)]))
def test_swahili_tens_and_units_after_a_magnitude(tens: tuple[str, int], unit: tuple[str, int]) -> None:
    text = f"Serikali itatumia shilingi bilioni {tens[0]}{unit[0]} kwa barabara."
    got = extract(text, locale="sw_TZ").mentions
    assert [(m.unit, m.value) for m in got] == [("TZS", Decimal(tens[1] + unit[1]) * 10**9)]


# -- digits written onto an Urdu word ending in a letter that joins none ---------------------

@pytest.mark.parametrize(("text", "value"), [
    ("اس منصوبے پر450ارب روپے خرچ ہوں گے۔", Decimal("450000000000")),
    ("اخراجات مجموعی طورپر12کھرب 5 ارب روپے رہے۔", Decimal("1205000000000")),
    ("بینکوں سے 95 ارب 20کروڑ40 لاکھ روپے لیے گئے۔", Decimal("95204000000")),
    ("قرضوں میں 6ہزار315ارب روپے کا اضافہ ہوا۔", Decimal("6315000000000")),
])
def test_digits_after_a_letter_joining_none(text: str, value: Decimal) -> None:
    # 'ر', 'ڑ' join no letter after them: 'پر450' looks like 'پر 450', and Urdu copy leaves
    # the space out before digits and between a magnitude and the next group.
    got = extract(text, locale="ur").mentions
    assert [(m.unit, m.value) for m in got] == [("PKR", value)]


def test_the_rest_of_a_glued_thousand_is_never_read_alone() -> None:
    # '8ہزار848ارب' written onto 'میں' (whose last letter joins): the 848 is the thousands'
    # rest, so it is not read as 848 arab, the 8 thousand dropped.
    got = extract("حکومت کےقرضوں میں8ہزار848ارب روپےکااضافہ ہوا۔", locale="ur").mentions
    assert all(m.value != Decimal("848000000000") for m in got)


# -- Turkish capitals ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("İHRACAT İLK KEZ 31 MİLYAR DOLARI GEÇTİ", Decimal("31000000000"), "USD"),
    ("BÜTÇE 97,4 MİLYAR LİRA AÇIK VERDİ", Decimal("97400000000"), "TRY"),
    ("İHALE BEDELİ 750 MİLYON TL OLDU", Decimal("750000000"), "TRY"),
])
def test_turkish_headline_capitals(text: str, value: Decimal, unit: str) -> None:
    # Python lowers 'İ' to 'i' and a combining dot, so 'MİLYAR' was no magnitude (the amount
    # refused as another language's) and 'DOLARI' no dollar ('I' is the dotless 'ı' there).
    got = extract(text, locale="tr").mentions
    assert [(m.unit, m.value) for m in got] == [(unit, value)]


def test_a_code_in_a_turkish_headline_stays_a_code() -> None:
    got = extract("İTHALAT 40 MİLYON INR TUTTU", locale="tr").mentions
    assert [(m.unit, m.value) for m in got] == [("INR", Decimal("40000000"))]


# -- a month name one territory alone writes (CLDR) ------------------------------------------

@pytest.mark.parametrize("month", ["يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"])
def test_a_moroccan_month_settles_the_dirham(month: str) -> None:
    # 'درهم' is the UAE's and Morocco's; CLDR's ar_MA alone writes these months, so a text
    # that writes one is Morocco's: read as MAD, the month named as the evidence.
    text = f"سجلت الخزينة عجزا بقيمة 41,2 مليار درهم عند نهاية {month} الماضي."
    got = extract(text, locale="auto").mentions
    assert [(m.unit, m.value) for m in got] == [("MAD", Decimal("41200000000"))]
    assert month in (got[0].assumed or "")


def test_a_month_every_arabic_locale_writes_settles_nothing() -> None:
    got = extract("سجلت الخزينة عجزا بقيمة 41,2 مليار درهم عند نهاية يوليو الماضي.", locale="auto")
    assert got.mentions == [] and [s.text for s in got.skipped] == ["41,2 مليار درهم"]


# -- a fraction word before digits (Hindi, Urdu) ----------------------------------------------

@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("राज्य को साढ़े 4 लाख रुपये मिले।", "hi", Decimal(450000), "INR"),
    ("राज्य को सवा 8 करोड़ रुपये मिले।", "hi", Decimal(82500000), "INR"),
    ("राज्य को पौने 3 करोड़ रुपये मिले।", "hi", Decimal(27500000), "INR"),
    ("صوبے کو ساڑھے 9 ارب روپے ملے۔", "ur", Decimal(9500000000), "PKR"),
    ("صوبے کو پونے دو ارب روپے ملے۔", "ur", Decimal(1750000000), "PKR"),
])
def test_a_fraction_word_adds_to_the_number_after_it(
        text: str, locale: str, value: Decimal, unit: str) -> None:
    # Before, 'साढ़े 4 लाख' (four and a half lakh) was read as 4 lakh: a silent wrong value.
    got = extract(text, locale=locale).mentions
    assert [(m.unit, m.value) for m in got] == [(unit, value)]


@given(n=st.integers(1, 99))
def test_a_half_before_digits_adds_a_half(n: int) -> None:
    got = extract(f"कुल खर्च साढ़े {n} करोड़ रुपये रहा।", locale="hi").mentions
    assert [m.value for m in got] == [(Decimal(n) + Decimal("0.5")) * 10**7]


# -- a currency named in brackets after a bare 元 ----------------------------------------------

@pytest.mark.parametrize("locale", ["zh_Hant_TW", "auto"])
def test_a_bracketed_currency_after_yuan_settles_it(locale: str) -> None:
    # A Taipei paper on mainland money, with its Taiwan-dollar equivalent: the note '(人民幣,
    # 下同)' names the currency of that amount and of the bare 元 after it, until another note.
    text = ("大陸今年新批准的基礎建設投資約3兆元(人民幣,下同,約13兆台幣),其中上海約800億元;"
            "台北市則編列120億元(新台幣)興建捷運。")
    got = extract(text, locale=locale).mentions
    money = [(m.text, m.unit, m.value) for m in got if m.kind == "money"]
    assert money == [("約3兆元", "CNY", Decimal("3000000000000")), ("約13兆台幣", "TWD", Decimal("13000000000000")),
                     ("約800億元", "CNY", Decimal("80000000000")), ("120億元", "TWD", Decimal("12000000000"))]
