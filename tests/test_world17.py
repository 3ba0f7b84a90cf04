"""Session 17, other languages held out (world17): readings fixed from the causes of its misses.

Sentences are written for these tests, not taken from the articles."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract


def _one(text: str, locale: str = "auto"):
    ms = extract(text, locale=locale).mentions
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize("locale", ["auto", "fa_IR"])
@pytest.mark.parametrize("text, value", [
    ("قیمت یک کیلو پنیر به ۹۵ هزار تومان رسید.", "950000"),
    ("دولت ۱۲ هزار میلیارد تومان برای مسکن کنار گذاشت.", "120000000000000"),
    ("بلیت اتوبوس ۵۰۰ تومان گران شد.", "5000"),
    ("یک بسته ۲۵ هزار تومانی خریدم.", "250000"),
])
def test_toman_is_ten_rials_and_says_so(text: str, value: str, locale: str) -> None:
    m = _one(text, locale)
    assert (m.unit, m.value) == ("IRR", Decimal(value))
    assert m.assumed is not None and "تومان" in m.assumed


def test_rial_is_not_scaled() -> None:
    m = _one("قیمت هر کیلو ۴۵۰ هزار ریال است.", "fa_IR")
    assert (m.unit, m.value) == ("IRR", Decimal(450000))


@given(st.integers(min_value=1, max_value=999))
def test_toman_law_ten_times_the_rial(n: int) -> None:
    """Law: 'N هزار تومان' reads as ten times 'N هزار ریال'."""
    t = extract(f"قیمت آن {n} هزار تومان است.", locale="fa_IR").mentions
    r = extract(f"قیمت آن {n} هزار ریال است.", locale="fa_IR").mentions
    assert len(t) == len(r) == 1
    assert t[0].value == 10 * r[0].value and t[0].precision == 10 * r[0].precision


@pytest.mark.parametrize("text", [
    "Harga sepiring nasi goreng Rp 25 ribuan saja.",
    "Gaji pegawai baru Rp 4 jutaan sebulan.",
    "Proyek itu butuh Rp 3 miliaran.",
])
def test_indonesian_vague_magnitude_is_refused_not_read_small(text: str) -> None:
    ex = extract(text, locale="auto")
    assert ex.mentions == []
    assert len(ex.skipped) == 1 and "vague" in ex.skipped[0].reason


def test_indonesian_plain_magnitude_still_read() -> None:
    m = _one("Harga sepiring nasi goreng Rp 25 ribu saja.", "id_ID")
    assert (m.unit, m.value) == ("IDR", Decimal(25000))


@pytest.mark.parametrize("text, value", [
    ("Şirketin cirosu 12 milyon YTL oldu.", "12000000"),
    ("İhracat geliri 1,5 milyar Yeni Türk Lirası.", "1500000000"),
])
def test_new_turkish_lira_ytl_is_try(text: str, value: str) -> None:
    m = _one(text)
    assert (m.unit, m.value) == ("TRY", Decimal(value))


@pytest.mark.parametrize("text, value", [
    ("Le groupe vise 4,2 MdsE de ventes.", "4200000000"),
    ("Le groupe vise 4,2 Mds€ de ventes.", "4200000000"),
])
def test_french_plural_billion_abbreviation(text: str, value: str) -> None:
    m = _one(text, "fr_FR")
    assert (m.unit, m.value) == ("EUR", Decimal(value))


@pytest.mark.parametrize("text, per", [
    ("Giá dầu diesel là 21.500 đồng/lít từ chiều nay.", "liter"),
    ("Giá thép lên 14 triệu đồng/tấn.", "tonne"),
])
def test_vietnamese_per_after_slash(text: str, per: str) -> None:
    m = _one(text, "vi_VN")
    assert m.unit == "VND" and m.per == per


@pytest.mark.parametrize("text, value, unit", [
    ("وصلت الديون إلى الـ2.3 تريليون جنيه هذا العام.", "2300000000000", "EGP"),
    ("وصلت الديون إلى ال2.3 تريليون جنيه هذا العام.", "2300000000000", "EGP"),
    ("وخصصت الحكومة والـ40 مليون دولار للمدارس.", "40000000", "USD"),
    ("جمعت الشركة 7 ملايين الدولارات من المستثمرين.", "7000000", "USD"),
    ("بلغت الصادرات 12 مليار الجنيه المصري.", "12000000000", "EGP"),
])
def test_arabic_article_on_figure_or_currency(text: str, value: str, unit: str) -> None:
    m = _one(text, "ar_EG")
    assert (m.unit, m.value) == (unit, Decimal(value))


@pytest.mark.parametrize("text", ["رقم الموديل مال5 جديد", "طراز H200 جديد"])
def test_letters_glued_to_digits_still_no_amount(text: str) -> None:
    assert extract(text, locale="ar").mentions == []


@pytest.mark.parametrize("text, value, unit", [
    ("یک کیسه ۱۰ کیلوگرمی برنج خریدیم.", "10", "kilogram"),
    ("یک قوطی ۴۵۰ گرمی پنیر", "450", "gram"),
])
def test_persian_adjectival_unit(text: str, value: str, unit: str) -> None:
    m = _one(text, "fa_IR")
    assert m.kind == "measure" and m.unit == unit and m.value == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("মোট ৩০০ কোটির টাকার মধ্যে সরকার দেবে বাকিটা।", "3000000000"),
    ("প্রায় ৫ লাখের টাকার ঋণ নিয়েছেন তিনি।", "500000"),
])
def test_bengali_genitive_magnitude(text: str, value: str) -> None:
    m = _one(text, "bn_BD")
    assert (m.unit, m.value) == ("BDT", Decimal(value))
