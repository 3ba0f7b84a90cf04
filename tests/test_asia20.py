"""Asian and African languages' news, a held-out set of session 20 (issue 21), read with the
page's locale and with ``locale="auto"``: the shapes its misreadings took, each in a sentence
of ours, and the laws they break. Causes fixed for the whole class: a bare 元 in copy the
detector names Cantonese ('yue', written in Chinese characters) was read as the yuan without
a word; Taiwan's government institutions named no place; Arabic places and adjectives written
with vowel signs, with the article or in the feminine ('عُمان', 'العمانية', 'الأردني') gave no
evidence for a shared 'ريال' or 'دينار'; the vowel signs also cut a currency word from its
per-unit ('دولارًا للبرميل'); a territory locale whose decimal mark is the comma read the
decimal points of its copy as groups ('11.977 مليار' in ar_LB); and words other languages
write onto a number or a currency noun (Amharic 'የ274', Gujarati 'રૂપિયાથી'), Hausa's names
and magnitudes, Urdu's 'بلین'."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import Conventions, extract, yuan


def _read(text: str, locale: str) -> list[tuple[str | None, Decimal | None]]:
    got = extract(text, conventions=Conventions(locale=locale, date="2024-06-01")).mentions
    return [(m.unit, m.value) for m in got]


# -- a bare 元 in a language written in Chinese characters --------------------------------------

_NO_PLACE = "政府公布明年度預算，總收入約為1,050億元，開支約為980億元。"


@pytest.mark.parametrize("locale", ["zh", "yue", "zh_Hant"])
def test_a_bare_yuan_in_traditional_characters_naming_no_place_is_refused(locale: str) -> None:
    # Before: with 'yue' (which the detector often names for such copy) 元 was the yuan, silently.
    ex = extract(_NO_PLACE, conventions=Conventions(locale=locale))
    assert not [m for m in ex.mentions if m.kind == "money"]
    assert {"TWD", "HKD", "MOP"} <= set(ex.skipped[0].reason.replace(",", " ").split())


def test_japanese_copy_still_writes_the_yuan_for_yuan() -> None:
    assert yuan.decide("中国の企業は罰金として3500万元を支払った。", "ja")[0] == "CNY"


@pytest.mark.parametrize("institution", ["行政院", "立法院", "監察院", "考試院", "司法院", "主計總處"])
@pytest.mark.parametrize("locale", ["", "zh", "yue"])
def test_taiwans_institutions_place_a_bare_yuan_in_taiwan(institution: str, locale: str) -> None:
    code, note, _ = yuan.decide(f"{institution}今天表示，明年將編列320億元用於道路建設。", locale)
    assert code == "TWD"
    assert note is not None and institution in note


def test_taiwans_institution_read_through_extract_with_auto() -> None:
    text = "行政院會今天通過追加預算，歲出共編列512.6億元，其中補助各縣市政府的部分為300億元。"
    got = extract(text, conventions=Conventions(locale="auto")).mentions
    assert [(m.unit, m.value) for m in got] == [("TWD", Decimal("51260000000")), ("TWD", Decimal("30000000000"))]
    assert all(m.assumed and "行政院" in m.assumed for m in got)


# -- Arabic places and adjectives as written --------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("قالت وزارة المالية العمانية إن الإنفاق سيبلغ 9.2 مليار ريال هذا العام.", "OMR"),
    ("أعلنت الحكومة الأردنية أن العجز بلغ 640 مليون دينار في النصف الأول.", "JOD"),
    ("وقدر المسؤولون في سلطنة عُمان الإيرادات بنحو 8.1 مليار ريال.", "OMR"),
    ("وأعلن البرلمان الكويتي أن المصروفات بلغت 21 مليار دينار.", "KWD"),
    ("وقال الوزير للصحفيين السعوديين إن الفائض بلغ 48 مليار ريال.", "SAR"),
])
def test_an_arabic_adjective_or_vowelled_name_settles_a_shared_currency(text: str, code: str) -> None:
    # Before: 'العمانية' (the article, the feminine), 'الأردنية' (a hamza), 'عُمان' (a vowel
    # sign) named no place, and the rial or dinar was refused.
    for locale in ("ar", "auto"):
        got = _read(text, locale)
        assert len(got) == 1 and got[0][0] == code, (locale, got)


def test_amman_written_with_its_shadda_is_jordan_not_oman() -> None:
    # Unmarked, 'عمان' is both Oman and Amman; 'عمّان' is the Jordanian capital only.
    from moneyfacts.evidence import places

    assert [(c.territory, c.kind) for c in places("وصل الوفد إلى عمّان صباح الأحد", "ar")] == [("JO", "capital")]
    assert [c.territory for c in places("وصل الوفد إلى عُمان صباح الأحد", "ar")] == ["OM"]


def test_a_rial_in_a_story_naming_amman_with_its_shadda_is_not_omans() -> None:
    # The vowel signs left out of the scan stay on a place name as written: 'عمّان' is no 'عمان'.
    ex = extract("وصل الوفد إلى عمّان وأعلن دعما بقيمة 300 مليون ريال.", locale="ar")
    assert not ex.mentions and ex.skipped


_SIGNS = st.sampled_from(["\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"])


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=30), _SIGNS), max_size=6))
def test_arabic_vowel_signs_change_no_reading(marks: list[tuple[int, str]]) -> None:
    # Law: the short-vowel signs a writer adds on Arabic letters change neither the value, the
    # currency nor the per-unit of an amount, and its span is the text as written.
    plain = "وحدد السعر عند 64 دولارا للبرميل في الموازنة"
    text = plain
    for at, sign in sorted(marks, reverse=True):
        k = plain.index("دولارا") + at % 6  # after a letter of the currency word
        text = text[:k + 1] + sign + text[k + 1:] if text[k].isalpha() else text
    got = extract(text, conventions=Conventions(locale="ar")).mentions
    assert [(m.unit, m.value, m.per) for m in got] == [("USD", Decimal(64), "barrel")]
    assert got[0].text == text[got[0].start:got[0].end] and got[0].text.startswith("64 د") and got[0].text.endswith("للبرميل")


def test_an_amount_with_tanween_keeps_its_per_unit() -> None:
    assert [(m.value, m.per) for m in extract("ليصل الحد الأدنى إلى ٧ آلاف جنيه شهريًا.", locale="ar").mentions] == [
        (Decimal(7000), "month")]


# -- the decimal points of a territory whose locale marks decimals with a comma ----------------

def test_a_lebanese_page_writing_decimal_points_reads_three_decimals_as_decimals() -> None:
    # ar_LB's CLDR decimal mark is the comma; this copy writes '2.45' and '19.08', so its
    # '12.315' is 12.315 billion, not 12,315 billion.
    text = ("قدرت الحكومة العراقية العجز بنحو 2.45 مليار دولار، والنفقات بـ12.315 مليار دولار، "
            "والإيرادات بـ19.08 مليار دولار.")
    assert [v for _, v in _read(text, "ar_LB")] == [
        Decimal("2450000000"), Decimal("12315000000"), Decimal("19080000000")]


def test_a_lebanese_page_writing_point_groups_keeps_its_locales_reading() -> None:
    text = "بلغت الودائع 1.250.000 دولار، وارتفعت الأجور إلى 3.500 دولار شهريا."
    assert [v for _, v in _read(text, "ar_LB")] == [Decimal(1250000), Decimal(3500)]


# -- words written onto a number or a currency noun; other names and magnitudes ---------------

@pytest.mark.parametrize("text, value", [
    ("ምክር ቤቱ የ350 ቢሊዮን ብር በጀት አጸደቀ።", Decimal("350000000000")),
    ("ወጪው ከ2.4 ትሪሊዮን ብር በላይ ደርሷል።", Decimal("2400000000000")),
])
def test_amharic_prepositions_written_onto_the_number(text: str, value: Decimal) -> None:
    assert _read(text, "am") == [("ETB", value)]


@pytest.mark.parametrize("text, value", [
    ("સરકારે 3 લાખ કરોડ રૂપિયાથી વધુની યોજના જાહેર કરી.", Decimal("3000000000000")),
    ("વિભાગને 45 હજાર કરોડ રૂપિયાનું બજેટ મળ્યું.", Decimal("450000000000")),
])
def test_gujarati_postpositions_on_the_rupee(text: str, value: Decimal) -> None:
    assert _read(text, "gu") == [("INR", value)]


def test_hausa_names_and_magnitudes_before_the_number() -> None:
    got = extract("Gwamnati ta ce bashin ya kai Naira tiriliyan 12.5, kwatankwacin dala biliyan 9.8.",
                  conventions=Conventions(locale="ha")).mentions
    assert [(m.unit, m.value) for m in got] == [("NGN", Decimal("12500000000000")), ("USD", Decimal("9800000000"))]
    assert got[1].assumed is not None  # 'dala' is a dollar: the caller's, and it says so


def test_urdu_transliterated_billion_glued_to_its_number() -> None:
    assert _read("کویت کا خسارہ 4بلین دینار رہا", "ur") == [("KWD", Decimal("4000000000"))]


# -- Arabic numbers said in words, and Arabic-Indic digits with a Latin comma -----------------

@pytest.mark.parametrize("text, value", [
    # a bare magnitude is one of it, also before the 'and' that joins the next part
    ("قدرت النفقات بمبلغ تريليون و350 ملياراً و20 مليون جنيه.", Decimal("1350020000000")),
    ("وبلغت الإيرادات تريليونا وخمسة مليارات جنيه.", Decimal("1005000000000")),
    # a number word with the article: 'the forty billion'
    ("ألا يتجاوز العجز سقف الخمسين مليار جنيه.", Decimal("50000000000")),
    ("وبلغت الإيرادات تريليونًا وخمسة مليارات جنيه.", Decimal("1005000000000")),
])
def test_arabic_amounts_said_in_words(text: str, value: Decimal) -> None:
    # Before: 'تريليون و350...' lost its trillion, 'الخمسين مليار' was read as one billion.
    got = _read(text, "ar")
    assert [v for _, v in got] == [value]


def test_a_bare_magnitude_before_and_counts_people_too() -> None:
    got = extract("ويبلغ عدد سكان المدينة مليون و300 ألف نسمة.", locale="ar").mentions
    assert [(m.kind, m.value) for m in got] == [("count", Decimal(1300000))]


def test_a_bare_magnitude_before_another_word_with_waw_is_no_number() -> None:
    assert not extract("وقعت الحكومة اتفاق مليار وزارة مع البنك", locale="ar").mentions


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9))
def test_arabic_indic_digits_with_a_latin_decimal_comma(whole: int, tenth: int) -> None:
    # Law: '١٤٠,١' reads as '140,1' does: a comma before one digit groups nothing.
    arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    text = f"وخصصت الوزارة {str(whole).translate(arabic)},{str(tenth).translate(arabic)} مليار جنيه للبحث"
    got = _read(text, "ar_EG")
    assert got == [("EGP", Decimal(f"{whole}.{tenth}") * 10**9)]


# -- found on the held-out B set after it was scored (seen): spellings of magnitudes, a decimal
# -- point said in words

@pytest.mark.parametrize("text, locale, value", [
    # Amharic's decimal point in words: the second number alone was read (5 billion, silently)
    ("ወጪው 412 ነጥብ 5 ቢሊዮን ብር ደርሷል።", "am", Decimal("412500000000")),
    ("በጀቱ 96 ቢሊየን ብር ሆኖ ጸድቋል።", "am", Decimal("96000000000")),
    # the crore without its nukta: '12 हजार' alone was read (12,000 rupees)
    ("सरकार ने सड़कों के लिए 12 हजार करोड रुपये मंजूर किए।", "hi", Decimal("120000000000")),
    # the lakh as Indian Bengali spells it: the lakhs were lost
    ("প্রকল্পে মোট ২ লক্ষ ৫০ হাজার কোটি টাকা খরচ হবে।", "bn_IN", Decimal("2500000000000")),
])
def test_magnitude_spellings_and_a_spoken_decimal_point(text: str, locale: str, value: Decimal) -> None:
    got = _read(text, locale)
    assert [v for _, v in got] == [value]
