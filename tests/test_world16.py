"""World16: money in South Asian, Persian and Arabic copy that the held-out set of session 16
showed read wrong or not at all: magnitude words stacked on each other ('হাজার কোটি', a
thousand crore), groups of lakhs and thousands counted in crores, the paisa after the rupees,
a lira shared by several countries, and an old currency beside the one that replaced it
under the same name in a text with no date. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Conventions, extract

_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_DEVA_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def _one(text: str, locale: str, **kw: object) -> tuple[Decimal | None, str | None, str | None]:
    ex = extract(text, locale=locale, **kw)  # type: ignore[arg-type]
    assert len(ex.mentions) == 1, (ex.mentions, ex.skipped)
    m = ex.mentions[0]
    return m.value, m.unit, m.assumed


@pytest.mark.parametrize("text, locale, value, unit", [
    ("সরকার ১২ হাজার কোটি টাকার ঋণ নেবে।", "bn", "120000000000", "BDT"),
    ("বাজেটের আকার ৬ লাখ ৭৮ হাজার ৬৪ কোটি টাকা।", "bn", "6780640000000", "BDT"),
    ("উন্নয়ন খাতে ১ লাখ ৫ হাজার কোটি টাকা রাখা হয়েছে।", "bn", "1050000000000", "BDT"),
    ("रक्षा बजट 4 लाख 55 हजार करोड़ रुपये रखा गया।", "hi", "4550000000000", "INR"),
    ("योजना पर 3 हजार 400 करोड़ रुपये खर्च होंगे।", "hi", "34000000000", "INR"),
    ("कंपनी को 2 लाख 40 हजार रुपये का जुर्माना लगा।", "hi", "240000", "INR"),
    ("बिजली कंपनी ने ३ अर्ब २० करोड रुपैयाँ नाफा कमायो।", "ne", "3200000000", "NPR"),
])
def test_south_asian_groups_of_magnitudes(text: str, locale: str, value: str, unit: str) -> None:
    """A group of lakhs and thousands is counted in the crore written after it, and a
    thousand stacked on a crore multiplies it: never the last part of the group alone."""
    got, code, _ = _one(text, locale)
    assert (got, code) == (Decimal(value), unit)


@settings(max_examples=40, deadline=None)
@given(lakh=st.integers(1, 99), thousand=st.integers(1, 99), rest=st.integers(0, 999))
def test_a_bengali_group_counted_in_crores(lakh: int, thousand: int, rest: int) -> None:
    """'L লাখ T হাজার R কোটি টাকা' is (L lakh + T thousand + R) crore, for every L, T, R."""
    parts = f"{lakh} লাখ {thousand} হাজার" + (f" {rest}" if rest else "")
    text = f"মোট ব্যয় {parts} কোটি টাকা।".translate(_BN_DIGITS)
    got, code, _ = _one(text, "bn")
    assert code == "BDT"
    assert got == (lakh * 10**5 + thousand * 10**3 + rest) * 10**7


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 999))
def test_a_thousand_crore_is_ten_to_the_tenth(n: int) -> None:
    """A magnitude word followed by a larger one multiplies it: 'N হাজার কোটি' is N x 10^10,
    as 'N लाख करोड़' is N x 10^12."""
    got, _, _ = _one(f"ঋণ {n} হাজার কোটি টাকা ছাড়িয়েছে।".translate(_BN_DIGITS), "bn")
    assert got == n * 10**10
    got, _, _ = _one(f"कर्ज {n} लाख करोड़ रुपये हो गया।", "hi")
    assert got == n * 10**12


@settings(max_examples=40, deadline=None)
@given(whole=st.integers(1, 999), paisa=st.integers(1, 99))
def test_the_paisa_after_the_rupees(whole: int, paisa: int) -> None:
    """'X रुपैयाँ Y पैसा' (ne) and 'X টাকা Y পয়সা' (bn) are X + Y/100: the paise are never
    dropped (the rupees alone would be a wrong value, read silently)."""
    want = Decimal(whole) + Decimal(paisa) / 100
    ne = f"प्रतिशेयर आम्दानी {whole} रुपैयाँ {paisa} पैसा पुगेको छ।".translate(_DEVA_DIGITS)
    assert _one(ne, "ne")[:2] == (want, "NPR")
    bn = f"দাম {whole} টাকা {paisa} পয়সা হয়েছে।".translate(_BN_DIGITS)
    assert _one(bn, "bn")[:2] == (want, "BDT")


@pytest.mark.parametrize("locale", ["bn", "auto"])
def test_bengali_writes_the_billion_as_english_does(locale: str) -> None:
    text = "প্রকল্পে ৩.৫ বিলিয়ন মার্কিন ডলার বিনিয়োগ আসবে বলে জানিয়েছেন মন্ত্রী।"
    assert _one(text, locale)[:2] == (Decimal("3500000000"), "USD")


def test_a_lira_in_a_text_about_turkey_without_a_date_is_the_current_one() -> None:
    """TRL and TRY are both the Turkish lira: with no date the current one is read, and the
    note names the older; with a date before 2005 the older is the lira of the day."""
    text = "قالت وزارة المالية في تركيا إن الإيرادات بلغت 12 مليار ليرة."
    value, unit, assumed = _one(text, "ar")
    assert (value, unit) == (Decimal("12000000000"), "TRY")
    assert assumed is not None and "TRL" in assumed and "تركيا" in assumed
    old = Conventions(date=dt.date(1999, 6, 1))
    assert _one(text, "ar", conventions=old)[1] == "TRL"


def test_liras_of_two_countries_stay_refused() -> None:
    ex = extract("في لبنان وفي تركيا بلغ السعر 10 ليرات", locale="ar")
    assert ex.mentions == [] and ex.skipped


@pytest.mark.parametrize("text, unit", [
    ("صادرات ترکیه به ۲۵ میلیارد لیرهٔ ترکیه رسید.", "TRY"),  # CLDR's name, with its ezafe
    ("در ترکیه درآمد دولت ۲۵ میلیارد لیره بود.", "TRY"),
    ("در ترکیه درآمد دولت ۲۵ میلیارد لیر بود.", "TRY"),
    ("بانک مرکزی لبنان ۲۵ میلیارد لیر چاپ کرد.", "LBP"),
])
def test_persian_liras_settled_by_the_places(text: str, unit: str) -> None:
    assert _one(text, "fa")[:2] == (Decimal("25000000000"), unit)


def test_a_persian_lira_with_no_place_is_refused() -> None:
    ex = extract("درآمد دولت ۲۵ میلیارد لیر بود.", locale="fa")
    assert ex.mentions == [] and ex.skipped and "لیر" in ex.skipped[0].reason


@pytest.mark.parametrize("text, locale, value, unit", [
    ("রপ্তানি আয় ৩ দশমিক ৭৫ বিলিয়ন ডলারে দাঁড়িয়েছে।", "bn", "3750000000", "USD"),
    ("প্রবাসী আয় তিন দশমিক দুই বিলিয়ন ডলার এসেছে।", "bn", "3200000000", "USD"),
    ("মূল্যস্ফীতি ৯ দশমিক ৫ শতাংশে উঠেছে।", "bn", "9.5", "percent"),
    ("विकास दर ६ दशमलव २ प्रतिशत रही।", "hi", "6.2", "percent"),
    ("সংস্থাটি পাঁচ কোটি টাকা জরিমানা দিয়েছে।", "bn", "50000000", "BDT"),
    ("উন্নয়ন খাতে দুই হাজার ৩১৫ কোটি টাকা রাখা হয়েছে।", "bn", "23150000000", "BDT"),
    ("सड़कों पर तीन हजार 120 करोड़ रुपये खर्च होंगे।", "hi", "31200000000", "INR"),
])
def test_spelled_numbers_and_decimals_said_in_words(text: str, locale: str, value: str,
                                                    unit: str) -> None:
    """Bengali numbers spelled (num2words, inverted), the decimal point said in words
    ('দশমিক', 'दशमलव'), and a spelled thousand before digits and a crore: never the part
    after the word alone (3.75, not 75; 2,315 crore, not 315 crore)."""
    got, code, _ = _one(text, locale)
    assert (got, code) == (Decimal(value), unit)


@settings(max_examples=40, deadline=None)
@given(whole=st.integers(0, 99), tenths=st.integers(1, 9))
def test_a_decimal_said_in_bengali_is_the_decimal(whole: int, tenths: int) -> None:
    text = f"প্রবৃদ্ধি {whole} দশমিক {tenths} শতাংশ হয়েছে।".translate(_BN_DIGITS)
    got, code, _ = _one(text, "bn")
    assert code == "percent" and got == Decimal(f"{whole}.{tenths}")


@pytest.mark.parametrize("text, locale, first, second", [
    ("その企業は3億ドル(日本円で約450億円)を投じると発表した。", "ja", "USD", "JPY"),
    ("その企業は3億ドル（円換算で約450億円）を投じる。", "ja", "USD", "JPY"),
    ("현대차는 미국에 5억 달러(한화 약 6800억원)를 투자한다.", "ko", "USD", "KRW"),
    ("현대차는 미국에 5억 달러(우리 돈 약 6800억원)를 투자한다.", "ko", "USD", "KRW"),
])
def test_the_equivalent_named_in_its_bracket_is_linked(text: str, locale: str, first: str,
                                                       second: str) -> None:
    """A bracket that names the equivalent's currency before it ('in Japanese yen', 'in
    Korean money') states the equivalent of the amount before it ([link ja], [link ko])."""
    for loc in (locale, "auto"):
        ex = extract(text, locale=loc)
        assert [m.unit for m in ex.mentions] == [first, second]
        assert [(e.original, e.stated, e.form) for e in ex.equivalences] == [(0, 1, "paren")]


@pytest.mark.parametrize("text, value", [
    ("El gobierno boliviano recibió un crédito de $us 1.500 millones.", "1500000000"),
    ("La tonelada se cotizó en $us 320 en La Paz.", "320"),
])
def test_the_bolivian_dollar_sign(text: str, value: str) -> None:
    """Bolivian copy writes the US dollar '$us' before the figure as after it."""
    ex = extract(text, locale="es")
    assert [(m.value, m.unit) for m in ex.mentions] == [(Decimal(value), "USD")]


def test_a_wage_carries_its_currency_to_the_figure_of_a_year_before() -> None:
    """'зарплата' (the wage) speaks of money ([money-word ru]): the bare figure of a year
    before takes the roubles of the sentence, and says so."""
    ex = extract("Средняя зарплата составила 75,5 тысячи рублей, годом ранее — 68,1 тысячи.",
                 locale="ru")
    assert [(m.value, m.unit) for m in ex.mentions] == [(Decimal("75500"), "RUB"),
                                                        (Decimal("68100"), "RUB")]
    assert ex.mentions[1].assumed is not None and "carried" in ex.mentions[1].assumed


@pytest.mark.parametrize("text, locale", [
    ("Exports reached 40.5 billion yuan (5.6 billion) last year.", "en"),
    ("درآمد ترکیه ۴۰۰ میلیارد لیر (۱۲ میلیارد) بود.", "fa"),
])
def test_a_bare_figure_alone_in_the_bracket_after_an_amount_is_not_carried(
        text: str, locale: str) -> None:
    """The bracket after an amount restates it in another currency, which it leaves unsaid:
    the paragraph's currency is not carried into it (it would be the wrong one)."""
    ex = extract(text, locale=locale)
    assert len(ex.mentions) == 1 and ex.mentions[0].end <= text.index("(")


@pytest.mark.parametrize("text, value", [
    ("Gelirler 110 milyar dolar altında kaldı.", "110000000000"),
    ("Ons fiyatı 2 bin dolar üzerinde seyrediyor.", "2000"),
])
def test_a_turkish_postposition_after_the_dollar_is_no_adjective(text: str, value: str) -> None:
    """Turkish puts a name's noun last ('Zimbabve altını'): the word after 'dolar' ('altında',
    below) is no adjective of another currency, and the dollar stays the caller's."""
    assert _one(text, "tr")[:2] == (Decimal(value), "USD")


@pytest.mark.parametrize("text, unit, value", [
    ("حکومت نے ترقیاتی منصوبوں کے لیے 700 ارب روپے مختص کیے۔", "PKR", "700000000000"),
    ("بھارت کی حکومت نے 700 ارب روپے مختص کیے۔", "INR", "700000000000"),
])
def test_urdu_rupees(text: str, unit: str, value: str) -> None:
    """Urdu's plural 'روپے': the places decide, else the Pakistani rupee, said in
    'assumed' ([currency ur])."""
    got, code, assumed = _one(text, "ur")
    assert (got, code) == (Decimal(value), unit) and assumed is not None


def test_thai_baht_glued_to_the_word_after_it() -> None:
    """Thai writes no spaces between words: 'บาทต่อลิตร' (baht per litre) starts with the
    baht, as Japanese 'ドルを' with the dollar."""
    assert _one("ราคาน้ำมันดีเซลอยู่ที่ 29.94 บาทต่อลิตร", "th")[:2] == (Decimal("29.94"), "THB")
