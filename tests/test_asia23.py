"""asia23 (session 23): Khmer and Odia amounts, Indian number words from indic-numtowords,
Hebrew's 'and' on a number word and Arabic's proclitic on a bare magnitude; each read right
or refused, never a silent wrong number. The sentences are written for these tests."""

from decimal import Decimal

import pytest

import moneyfacts as mf
from moneyfacts.locales import noun_last
from money_fields import valued_money


_money = valued_money


@pytest.mark.parametrize("text, locale, value, unit", [
    # Khmer: its vowel signs cut the currency's name, nothing was read
    ("ក្រុមហ៊ុនវិនិយោគ ៤៥លានដុល្លារ នៅខេត្តកំពត។", "km", "45000000", "USD"),
    ("ក្រុមហ៊ុនវិនិយោគ ៤៥លានដុល្លារ នៅខេត្តកំពត។", "auto", "45000000", "USD"),
    # ... nor with a word glued before the figure or after the name (no spaces in Khmer)
    ("ក្រុមហ៊ុនវិនិយោគ៤៥លានដុល្លារនិងបង្កើតការងារ", "km", "45000000", "USD"),
    ("ធនាគារជាតិមាន ២ពាន់លានដុល្លារ ក្នុងឆ្នាំនេះ", "km", "2000000000", "USD"),
    # Odia: CLDR's 'ଭାରତୀୟ ଟଙ୍କା' puts the noun last; the crore and lakh from [magnitude or]
    ("ରାଜ୍ୟ ସରକାର 2,500 କୋଟି ଟଙ୍କା ମଞ୍ଜୁର କଲେ।", "or", "25000000000", "INR"),
    ("ଏଥିପାଇଁ ୪୫୦ କୋଟି ଟଙ୍କାର ବ୍ୟବସ୍ଥା ହୋଇଛି।", "or", "4500000000", "INR"),
    ("ଯୋଜନା ପାଇଁ ୧ ଲକ୍ଷ ୨୦ ହଜାର କୋଟି ଟଙ୍କା ରଖାଯାଇଛି।", "or", "1200000000000", "INR"),
    # Indian number words (indic-numtowords): read as nothing, or refused, before
    ("அரசு இரண்டு லட்சம் கோடி ரூபாய் ஒதுக்கியது.", "ta", "2000000000000", "INR"),
    ("સરકારે ચાર લાખ 15 હજાર કરોડ રૂપિયાનું બજેટ રજૂ કર્યું.", "gu", "4150000000000", "INR"),
    ("सरकारने पाच हजार कोटी रुपयांची तरतूद केली.", "mr", "50000000000", "INR"),
    # Hebrew: 'and' written onto the last number word; read as 1 million, silently, before
    ("העירייה תקצה שלוש מאות ושבעה מיליון שקלים לפרויקט.", "he", "307000000", "ILS"),
    # Arabic: a proclitic on a bare magnitude ('for a billion riyals')
    ("وتبرعت الشركة بمليار ريال سعودي.", "ar", "1000000000", "SAR"),
    ("وخصصت البلدية الملياري درهم للطرق في دبي.", "ar", "2000000000", "AED"),
    # a postposition glued onto the magnitude: the figure alone (3 rupees) was read, silently
    ("सडकका लागि रु.३ अर्बभन्दा बढी खर्च भयो।", "ne", "3000000000", "NPR"),
    # two spaces inside an Indian figure: its parts were read apart, silently
    ("एकूण खर्च ४ लाख २१ हजार  ३६५ कोटी रुपये आहे.", "mr", "4213650000000", "INR"),
    # Marathi's genitive on the rupee ('रुपयांचा'): nothing read before
    ("या योजनेसाठी ७२० कोटी रुपयांचा निधी मिळाला.", "mr", "7200000000", "INR"),
    # Lao and Thai: vowel signs cut the name ('ກີບ'); two magnitudes glued multiply
    ("ລັດຖະບານຈ່າຍ 3 ຕື້ກີບ ໃຫ້ແຂວງ", "lo", "3000000000", "LAK"),
    ("ໜີ້ສິນເພີ່ມຂຶ້ນ 2 ພັນຕື້ ໂດລາ", "lo", "2000000000000", "USD"),
    ("บริษัทลงทุน 4 พันล้านดอลลาร์สหรัฐ ในปีนี้", "th", "4000000000", "USD"),
    # Mongolian: the case ending on an abbreviated name ('ам.долларын', of US dollars)
    ("Төслийн 7 тэрбум ам.долларын хөрөнгө оруулалт", "mn", "7000000000", "USD"),
    # a magnitude with a case ending glued on, stacked or alone (was dropped, silently)
    ("மாநிலங்களுக்கு ரூ.3 லட்சம் கோடியை அரசு விடுவித்தது.", "ta", "3000000000000", "INR"),
    ("செலவு ரூ. 4,120 மில்லியனாகவும் பதிவாகியுள்ளது.", "ta", "4120000000", "INR"),
    # Georgian's magnitude without its final 'ი' and the lari's instrumental
    ("ბიუჯეტი 14 მილიარდ 250 მლნ ლარით განისაზღვრა", "ka", "14250000000", "GEL"),
    # Tamil's thousand alone before the digits, one thousand ('ஆயிரத்து 340', 1,340)
    ("இதற்கு ஆயிரத்து 340 கோடி ரூபாய் ஒதுக்கப்பட்டது.", "ta", "13400000000", "INR"),
])
def test_read(text: str, locale: str, value: str, unit: str) -> None:
    assert (Decimal(value), unit) in _money(text, locale)


def test_hebrew_number_words_are_never_dropped() -> None:
    """A magnitude after number words is never read as one of it alone."""
    got = _money("המדינה העבירה ארבע מאות ושניים מיליון שקלים.", "he")
    assert got == [(Decimal("402000000"), "ILS")]


def test_spelled_thousand_joined_to_digits_is_refused() -> None:
    """'ஐந்தாயிரத்து 500 கோடி' is 5,500 crore: the spelled part is not rewritten alone, so
    the digits are never read alone (500 crore); refused with the reason."""
    e = mf.extract("இதற்கு ஐந்தாயிரத்து 700 கோடி ரூபாய் ஒதுக்கப்பட்டது.", locale="ta")
    assert all(q.value != Decimal("7000000000") for q in e.mentions)
    assert any("ஐந்தாயிரத்து" in s.reason for s in e.skipped)


def test_urdu_rupee_is_not_india_without_places() -> None:
    """Urdu's plural 'روپے' names India's rupee only in CLDR's plural forms: not a head of
    INR (the locale's own currency is Pakistan's), so no silent Indian reading."""
    e = mf.extract("حکومت نے 500 ارب روپے مختص کیے۔", locale="ur")
    assert [(q.value, q.unit) for q in e.mentions] == [(Decimal("500000000000"), "PKR")]
    assert e.mentions[0].assumed


@pytest.mark.parametrize("language, last", [
    ("or", True), ("hi", True), ("ta", True), ("sw", False), ("ar", False), ("fr", False),
    ("de", False), ("en", False)])
def test_noun_last_from_cldr_names(language: str, last: bool) -> None:
    assert noun_last(language) is last


def test_magnitude_word_before_the_figure_is_never_dropped() -> None:
    """'one billion 480 million lari' with its 'one' in words: the figure alone (480 million)
    is not the amount; refused with the reason, not read."""
    e = mf.extract("სამინისტროს ერთი მილიარდ 480 მილიონი ლარი გამოეყო.", locale="ka")
    assert all(q.value != Decimal("480000000") for q in e.mentions)
    assert any("მილიარდ" in s.reason for s in e.skipped)
