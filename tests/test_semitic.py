"""Hebrew, Arabic and Turkish money: CLDR's names inflected from data (moneyfacts.inflect),
numbers in words, Arabic-Indic marks, qualifiers written onto the number, case suffixes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import parse
from moneyfacts.errors import AmbiguousCurrencyError, ParseError
from moneyfacts.grammar import scan
from moneyfacts.inflect import bare_noun, plural_names, strip_suffix
from moneyfacts.locales import fold, profile


@pytest.mark.parametrize("text, locale, value, unit", [
    # Hebrew: masculine numbers (num2words' gender), CLDR-less spellings and abbreviations
    ("עשרה שקלים", "he", "10", "ILS"),
    ("עשר ש״ח", "he", "10", "ILS"),
    ('5 ש"ח', "he", "5", "ILS"),
    ("10 אש״ח", "he", "10000", "ILS"),
    ("10 משח", "he", "10000000", "ILS"),
    ("עשרה דולרים", "he", "10", "USD"),  # a plural CLDR does not give
    ("10 לירות שטרלינג", "he", "10", "GBP"),
    ("29.99 יורו", "he", "29.99", "EUR"),
    ("חמש אגורות", "he", "0.05", "ILS"),
    ("עשרים וחמישה שקלים", "he", "25", "ILS"),  # 'ו' inside a number is no proclitic (was 5)
    ("מאתיים וחמישים שקל", "he", "250", "ILS"),  # 'ו' written onto a number joins (was 50)
    ("אלף ומאתיים דולר", "he", "1200", "USD"),
    ("שלושה מיליון ומאתיים אלף דולר", "he", "3200000", "USD"),  # one number (was 200,000)
    ("ثلاثة ملايين ومئتا ألف دولار", "ar", "3200000", "USD"),
    ("iki bin beş yüz dolar", "tr", "2500", "USD"),  # 'beş yüz' apart (was 100)
    ("üç milyon iki yüz bin dolar", "tr", "3200000", "USD"),
    ("iki milyar beş yüz milyon dolar", "tr", "2500000000", "USD"),
    ("שני מיליון דולר", "he", "2000000", "USD"),  # the construct state
    ("המחיר עלה ב-5 שקלים", "he", "5", "ILS"),  # a preposition hyphenated onto the number
    ("ההכנסות הסתכמו ב-2.5 מיליארד ש\"ח", "he", "2500000000", "ILS"),
    ("שקל אחד", "he", "1", "ILS"),  # the count said after the name
    ("שקל וחצי", "he", "1.5", "ILS"),
    ("עשרה שקלים וחצי", "he", "10.5", "ILS"),  # a half after an amount (was a silent 10)
    ("خمسة دولارات ونصف", "ar", "5.5", "USD"),
    # Arabic: broken plurals and feminine adjectives, teh marbuta written as heh
    ("5 دنانير أردنية", "ar", "5", "JOD"),
    ("42 ريالات قطرية", "ar", "42", "QAR"),
    ("3 جنيهات استرلينية", "ar", "3", "GBP"),
    ("42 جنيهات مصريه", "ar", "42", "EGP"),
    ("42 ج.م", "ar", "42", "EGP"),  # CLDR's 'ج.م.' without its last dot
    ("20 أورو", "ar", "20", "EUR"),
    ("5 شواقل", "ar", "5", "ILS"),
    ("خمسة وعشرين دولار", "ar", "25", "USD"),  # 'و' written onto the number word
    ("مئتين وخمسين دولارا", "ar", "250", "USD"),  # hundreds and tens (was a silent 50)
    ("مائتي دولار", "ar", "200", "USD"),
    ("اثني عشر دولارا", "ar", "12", "USD"),
    ("٣٫٥ مليون دولار", "ar", "3500000", "USD"),  # the Arabic decimal mark
    ("١٬٠٠٠ دولار", "ar", "1000", "USD"),
    ("بلغت الإيرادات 5 مليارات دولار أمريكي", "ar", "5000000000", "USD"),  # [magnitude ar]
    # Turkish: case suffixes with vowel harmony, the compound marker dropped
    ("Fiyatı 50 dolardan başlıyor", "tr", "50", "USD"),
    ("Fiyatı 100 avroydu", "tr", "100", "EUR"),
    ("361 milyon sterline yükseldi", "tr", "361000000", "GBP"),
    ("100 milyar yuanı geçti", "tr", "100000000000", "CNY"),
    ("420 milyon fin markı'na satın aldı", "tr", "420000000", "FIM"),
    ("300 milyon c$'lık bir sermaye", "tr", "300000000", "CAD"),
    ("10,5 milyar hk $'a geriledi", "tr", "10500000000", "HKD"),
    ("bir lira", "tr", "1", "TRY"),
    ("on üç dolar kırk beş sente mal oldu", "tr", "13.45", "USD"),
    ("5 kuruşa", "tr", "0.05", "TRY"),
])
def test_semitic_and_turkish_amounts(text: str, locale: str, value: str, unit: str) -> None:
    q = parse(text, locale=locale)
    assert (q.value, q.unit) == (Decimal(value), unit), text


@pytest.mark.parametrize("text, qual", [
    ("פחות מ7 יורו", "lt"),       # the preposition written onto the number ends the qualifier
    ("מתחת ל7 יורו", "lt"),
    ("לא יותר מ7 יורו", "le"),    # negated
    ("לא מתחת ל5 דולר", "ge"),
    ("עד 7 יורו", "le"),
    ("מעל 5 דולר", "gt"),
])
def test_hebrew_qualifiers_written_onto_the_number(text: str, qual: str) -> None:
    assert parse(text, locale="he").qualifier == qual


@pytest.mark.parametrize("text, qual", [
    ("اقل من 7 يورو", "lt"), ("تحت سبعة اورو", "lt"), ("3.42$ على الاقل", "ge"),
])
def test_arabic_qualifiers(text: str, qual: str) -> None:
    assert parse(text, locale="ar").qualifier == qual


def test_ranges_with_a_conjunction_or_preposition_on_the_number_word() -> None:
    q = parse("ما بين عشرة وعشرون دولار", locale="ar")
    assert (q.low, q.high) == (Decimal(10), Decimal(20))
    q = parse("من عشرة لعشرين دولار", locale="ar")
    assert (q.low, q.high) == (Decimal(10), Decimal(20))
    q = parse("מעשר עד עשרים דולר", locale="he")  # was 20 USD, silently
    assert (q.low, q.high) == (Decimal(10), Decimal(20))


@pytest.mark.parametrize("text, locale", [
    ("10 دينار", "ar"), ("10 دنانير", "ar"), ("10 ريالات", "ar"), ("10 ليرات", "ar"),
    ("10 לירות", "he"), ("10 frank", "tr"),
    # ('10 جنيهات' in ar is the locale's recorded default, EGP, unless the text names another
    # country: tests/test_currency_identity.py)
])
def test_a_name_several_currencies_share_is_refused(text: str, locale: str) -> None:
    with pytest.raises(AmbiguousCurrencyError):
        parse(text, locale=locale)


@pytest.mark.parametrize("text, locale", [
    ("10 yeni ürün", "tr"),   # 'yeni' is 'new' (it starts 'Yeni Zelanda doları'), not yen + i
    ("bir yeni ürün", "tr"),
    ("שקל", "he"),            # a name alone is no amount ('שקל' is also 'weighed')
    ("הוא שקל את האפשרות", "he"),
    ("10 dolardan", "hr"),    # a suffix is glued on in its language only ('10 centa' is
                              # Croatian for ten cents, read: tests/test_eastern.py)
])
def test_no_amount_from_a_word_that_only_looks_inflected(text: str, locale: str) -> None:
    with pytest.raises(ParseError):
        parse(text, locale=locale)


def test_turkish_suffixes_follow_vowel_harmony() -> None:
    assert strip_suffix("dolardan", {"dolar"}, "tr") == "dolar"
    assert strip_suffix("sterline", {"sterlin"}, "tr") == "sterlin"
    assert strip_suffix("avroluk", {"avro"}, "tr") == "avro"
    assert strip_suffix("markı'na", {"markı"}, "tr") == "markı"
    assert strip_suffix("c$'lık", {"c$"}, "tr") == "c$"  # a sign: any harmony after "'"
    assert strip_suffix("dolarden", {"dolar"}, "tr") is None
    assert strip_suffix("avrodan", {"avro"}, "tr") == "avro"
    assert strip_suffix("avroden", {"avro"}, "tr") is None
    assert strip_suffix("sentte", {"sent"}, "tr") == "sent"  # D is t after a voiceless letter
    assert strip_suffix("sentde", {"sent"}, "tr") is None
    assert [bare_noun(w) for w in ("doları", "lirası", "frangı", "sterlini", "pesosu")] == [
        "dolar", "lira", "frank", "sterlin", "peso"]


def test_plurals_are_learned_and_applied_to_every_name() -> None:
    # CLDR spells 'جنيهات مصرية' for EGP only; the endings apply to every name with that noun
    forms = plural_names("ar", {fold("جنيه سوداني"): ("SDG",), fold("دولار كندي"): ("CAD",)})
    assert forms[fold("جنيهات سودانية")] == ("SDG",)
    assert forms[fold("دولارات كندية")] == ("CAD",)
    assert profile("he").heads["דולרים"] == profile("he").heads["דולר"]


@pytest.mark.parametrize("text, locale, unit", [
    ("5 sent", "tr", "USD"), ("50 paise", None, "INR"), ("10 سنت", "ar", "USD")])
def test_a_shared_hundredth_reads_as_its_default_code(text: str, locale: str | None,
                                                      unit: str) -> None:
    """A [minor] spelling shared by several currencies ('XXX | YYY') is read as XXX, with
    ``assumed`` saying so, and the unit is the ISO code itself (it was 'INR ', a space on)."""
    q = parse(text, locale=locale)
    assert q.unit == unit and q.assumed


@pytest.mark.parametrize("text, locale, unit, clue", [
    ("بلغ السعر في مصر 10 جنيهات", "ar", "EGP", "مصر"),
    ("قالت المملكة العربية السعودية إن السعر بلغ 10 ريالات", "ar", "SAR", "السعودية"),
    ("قال الوزير إن العجز بلغ 500 مليون ريال في عمان", "ar", "OMR", "عمان"),
    ("בלבנון המחיר הוא 10 לירות", "he", "LBP", "לבנון"),  # 'ב' (in) written onto the name
])
def test_places_in_a_script_without_case_settle_a_shared_name(text: str, locale: str, unit: str,
                                                              clue: str) -> None:
    """Places are found in Arabic and Hebrew text (no capitals to start them; a proclitic
    written onto them), and settle a noun the language shares among currencies."""
    [q] = scan(text, locale=locale)
    assert q.unit == unit and q.assumed is not None and clue in q.assumed


def test_places_in_conflict_refuse_a_shared_name() -> None:
    skipped: list = []
    assert scan("في لبنان وسوريا بلغ السعر 10 ليرات", locale="ar", skipped=skipped) == []
    assert skipped and "LBP" in skipped[0].reason and "SYP" in skipped[0].reason
