"""Other languages' news, as real articles write it (issue 21): German, Dutch, Nordic,
Russian, Arabic, Hebrew, Turkish. Each case is a sentence of ours of the shape a class of
misreadings took on real news nobody here wrote; the cause is fixed from data (CLDR, the
lexicon's language sections), not per sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.currencies import lexicon


def _read(text: str, locale: str | None) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.text, m.unit, m.value) for m in extract(text, locale=locale).mentions]


@pytest.mark.parametrize(("text", "locale"), [
    ("In den drei Jahren stieg die Zahl deutlich.", "de"),
    ("Die Frist endet um den 1. Mai.", "de"),
    ("Vi ses den 3. oktober i Aarhus.", "da"),
    ("Det var den 5 største ordren i år.", "nb"),
    ("Il ne l'a pas vu depuis den 4 mars.", None),
])
def test_an_article_before_a_number_is_no_denar(text: str, locale: str | None) -> None:
    # CLDR's sq_MK writes the denar 'den' after the number only ('100 den'); before a
    # number the word is the German and Nordic article.
    assert all(unit != "MKD" for _, unit, _ in _read(text, locale))


def test_the_denar_after_its_number_still_reads() -> None:
    assert _read("Bileta kushton 100 den.", None) == [("100 den", "MKD", Decimal("100"))]
    assert "den" in lexicon().after_only and "kr" not in lexicon().after_only


def test_a_number_after_the_article_keeps_its_currency() -> None:
    assert _read("Es fehlen nur noch Millionen zu den 3,9 Milliarden US-Dollar.", "de") == [
        ("3,9 Milliarden US-Dollar", "USD", Decimal("3900000000"))]


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Şirket geçen yıl 3 milyar 215 milyon dolarlık ihracat yaptı.", "tr", "3215000000", "USD"),
    ("Bütçe 2 milyar 40 milyon liraya ulaştı.", "tr", "2040000000", "TRY"),
    ("Контракт оценивается в 4 млрд 300 млн рублей.", "ru", "4300000000", "RUB"),
    ("وبلغت الاستثمارات 7 مليارات و250 مليون دولار", "ar", "7250000000", "USD"),
    ("The fund holds 2 billion 75 million dollars.", None, "2075000000", "USD"),
])
def test_a_magnitude_followed_by_a_smaller_one_is_one_amount(
        text: str, locale: str | None, value: str, unit: str) -> None:
    # Turkish, Russian and Arabic news write '6 milyar 534 milyon': the first magnitude was
    # dropped and the amount read as its last part (534 million), silently.
    [(_, got_unit, got)] = _read(text, locale)
    assert (got, got_unit) == (Decimal(value), unit)


def test_a_year_after_a_magnitude_is_no_part_of_it() -> None:
    assert [v for _, _, v in _read("Es kostete 5 Millionen Euro 2019 und 3 Millionen Euro 2020.", "de")] == [
        Decimal("5000000"), Decimal("3000000")]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("המכירות הסתכמו בכ-4 מיליארד ₪ בשנה שעברה.", "4000000000", "ILS", "approx"),
    ("החברה גייסה כ-2.5 מיליון דולר.", "2500000", "USD", "approx"),
    ("החוב הגיע לכ-700 מיליון שקל.", "700000000", "ILS", "approx"),
    ("ההשקעה עומדת על כ־12 מיליון יורו.", "12000000", "EUR", "approx"),
    ("העסקה שווה יותר מ-5 מיליון דולר.", "5000000", "USD", "gt"),
    ("הבנק העניק הלוואה של 3 מליון ₪.", "3000000", "ILS", None),
    ("המדינה שילמה 2 מליארד שקל.", "2000000000", "ILS", None),
])
def test_hebrew_about_hyphenated_onto_the_number(
        text: str, value: str, unit: str, qualifier: str | None) -> None:
    # 'כ-9 מיליארד ₪' (about 9 billion): the number after 'כ-' or 'בכ-' was not read at all
    # (taken for a model name, as 'F-35'); 'מליון' is Israeli copy's spelling of a million.
    [m] = extract(text, locale="he").mentions
    assert (m.value, m.unit, m.qualifier) == (Decimal(value), unit, qualifier)


def test_a_hyphenated_name_stays_no_amount() -> None:
    assert _read("המטוס F-35 והנגיף COVID-19", "he") == []


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Der Konzern setzte 8 Milliarden Euro um. Der Jahresgewinn lag bei 1,4 Milliarden.", "de",
     "1400000000", "EUR"),
    ("De gemeente krijgt 3 miljard euro. Het grootste deel van het geld (2,2 miljard) gaat naar"
     " wegen.", "nl", "2200000000", "EUR"),
    ("Salget ga 12 milliarder kroner, og driftsresultatet 2,5 milliarder.", "nb",
     "2500000000", "NOK"),
    ("Компания получила 40 млрд рублей выручки, а чистая прибыль составила 6,5 млрд.", "ru",
     "6500000000", "RUB"),
    ("وبلغت الإيرادات 90 مليار ريال سعودي والعجز 12 مليار.", "ar", "12000000000", "SAR"),
])
def test_a_bare_amount_takes_the_currency_before_it_in_other_languages(
        text: str, locale: str, value: str, unit: str) -> None:
    # The sentence speaks of money in its own language ([money-word de] and the others'
    # stems); the bare figure was not read at all.
    last = extract(text, locale=locale).mentions[-1]
    assert (last.value, last.unit) == (Decimal(value), unit)
    assert last.assumed is not None and "carried from" in last.assumed


def test_a_bare_count_in_a_sentence_without_money_stays_unread() -> None:
    # no euros carried to the households: since [count-capital-noun], a count of them
    assert [(u, v) for _, u, v in _read(
        "Das Land gab 3 Millionen Euro aus. Die Stadt zählt 1,2 Millionen Haushalte.", "de")] == [
        ("EUR", Decimal("3000000")), ("haushalte", Decimal("1200000"))]


@pytest.mark.parametrize("space", ["\u2005", "\u2006", "\u2008", "\u2009", "\u202f", "\u00a0"])
@pytest.mark.parametrize("locale", ["de", None])
def test_a_typeset_space_between_digits_groups_them(space: str, locale: str | None) -> None:
    # Swiss and German copy groups by thin and four-per-em spaces ('30\u2005000 Pfund'): the
    # digits after the space were read alone, a silent 0; with locale="de" (grouping by a
    # point) a no-break space made the number unreadable.
    text = f"Ein Sack Reis kostet auf dem Markt 45{space}000 Euro."
    assert _read(text, locale) == [(f"45{space}000 Euro", "EUR", Decimal("45000"))]


@pytest.mark.parametrize(("text", "locale", "value"), [
    ("وبلغت النفقات 412,5 مليار دولار هذا العام", "ar", "412500000000"),
    ("وسجلت عجزا بـ17,25 مليار دولار", "ar", "17250000000"),
    ("وارتفعت الصادرات بـ12.5 مليار دولار", "ar", "12500000000"),
    ("החברה דיווחה על הכנסות של 2,75 מיליארד דולר", "he", "2750000000"),
])
def test_a_decimal_comma_in_a_locale_of_decimal_points(text: str, locale: str, value: str) -> None:
    # AFP's Arabic writes '229,3 مليار دولار': a comma before one or two digits groups nothing
    # (the figure was dropped); the tatweel after a proclitic ('بـ38.6') draws, it means nothing.
    [(_, unit, got)] = _read(text, locale)
    assert (got, unit) == (Decimal(value), "USD")


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Выручка составила 7 млрд. рублей.", "ru", "7000000000", "RUB"),
    ("Добыча достигла 412,3 млн. тонн.", "ru", "412300000", "metric_ton"),
    ("Экспорт составил 98,6 млн т за год.", "ru", "98600000", "metric_ton"),
    ("Урожай превысил 2,4 тыс. т зерна.", "ru", "2400", "metric_ton"),
    ("Дохід склав 3,5 млрд. гривень.", "uk", "3500000000", "UAH"),
])
def test_russian_magnitude_abbreviations_with_their_point(
        text: str, locale: str, value: str, unit: str) -> None:
    # CLDR's short markers are 'млн', 'млрд'; Russian copy writes 'млн.', 'млрд.': the amount
    # was not read at all (all four 'млн.' figures of the Russian oil news judged). 'т' after a
    # number is the tonne.
    [(_, got_unit, got)] = _read(text, locale)
    assert (got, got_unit) == (Decimal(value), unit)


def test_a_tonne_is_no_abbreviation_that_goes_on() -> None:
    assert _read("Цена выросла на 5 т.е. заметно.", "ru") == []


@pytest.mark.parametrize(("text", "locale", "qualifier"), [
    ("Выручка выросла на 8%, до 12 млрд рублей.", "ru", None),
    ("Добыча снизилась до 9,7 млн баррелей в сутки.", "ru", None),
    ("Штраф составит до 300 тысяч рублей.", "ru", "le"),
    ("Wydatki wyniosą prawie 500 mld zł.", "pl", "approx"),
    ("Firma utržila přes 90 miliard korun.", "cs", "gt"),
    ("Bütçe yaklaşık 4 milyar dolar.", "tr", "approx"),
    ("Витрати сягнули понад 2 млрд гривень.", "uk", "gt"),
])
def test_qualifiers_of_other_languages(text: str, locale: str, qualifier: str | None) -> None:
    # Russian 'до' is 'up to' alone and 'to' after a verb of change ([change-to]); Polish,
    # Czech, Turkish and Ukrainian qualifiers had no section.
    [m] = [m for m in extract(text, locale=locale).mentions if m.kind != "percent"]
    assert m.qualifier == qualifier


@pytest.mark.parametrize(("text", "locale", "per"), [
    ("Die Raffinerie verarbeitet 240.000 Barrel pro Tag.", "de", "day"),
    ("Экспорт составил 4,8 млн баррелей в сутки.", "ru", "day"),
    ("Feltet produserer 220.000 fat om dagen.", "nb", "day"),
    ("Das Werk produziert 3 Millionen Tonnen pro Jahr.", "de", "year"),
    ("Die Dividende beträgt 1,20 Euro je Aktie.", "de", "share"),
    ("Нефть стоила 540 долларов за тонну.", "ru", "tonne"),
    ("Utbyttet blir 5 kroner pr. aksje.", "nb", "share"),
])
def test_per_in_other_languages(text: str, locale: str, per: str) -> None:
    [m] = extract(text, locale=locale).mentions
    assert m.per == per


@pytest.mark.parametrize(("text", "locale"), [
    ("Die COP26 muss die Weichen stellen.", "de"),
    ("Die britische COP-Präsidentschaft hofft, die COP26 bringe Geld.", "de"),
    ("Das zweite Thema der COP26. Die Geber zahlen nicht.", "de"),
    ("Leaders met at COP28 in Dubai.", None),
    ("Op de COP27 in Egypte werd weinig besloten.", "nl"),
    ("De TOP10 van het jaar.", "nl"),
])
def test_a_code_glued_to_a_small_number_in_prose_is_a_name(text: str, locale: str | None) -> None:
    # 'COP26' (climate news in every language) was 26 Colombian pesos, silently.
    assert _read(text, locale) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("MYR42", "42", "MYR"),
    ("They handed out USD50 vouchers.", "50", "USD"),
    ("Colombia paid COP 50 million.", "50000000", "COP"),
])
def test_a_glued_code_that_is_money_still_reads(text: str, value: str, unit: str) -> None:
    [(_, got_unit, got)] = _read(text, None)
    assert (got, got_unit) == (Decimal(value), unit)


@pytest.mark.parametrize("text", [
    "Die Zahl stieg auf 28.784 und das Volumen wuchs.",
    "Das sind über 3 Milliarden mehr als vor der Pandemie.",
    "Sie befragte 15 Millionen Mietern aus dem ganzen Land.",
])
def test_a_german_function_word_is_no_counted_plural(text: str) -> None:
    # The English plural rule (a lower-case word in -s after a big number) read 'das', 'als',
    # 'aus' as counted nouns ('da', 'al', 'au'); German nouns are capitalised (and since
    # [count-capital-noun] '15 Millionen Mietern' counts tenants).
    assert all(m.kind != "count" or m.text[-1:] == "n" and m.unit == "mietern"
               for m in extract(text, locale="de").mentions)


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    ("Myndigheten begärde 315 Mkr men fick 120 Mkr.", "sv", "315000000", "SEK"),
    ("Vinsten steg till 2,4 mdkr.", "sv", "2400000000", "SEK"),
    ("Omsetningen endte på 870 MNOK.", "nb", "870000000", "NOK"),
    ("सरकार ने 2 लाख करोड़ रुपये का पैकेज दिया।", "hi", "2000000000000", "INR"),
    ("कंपनी 5 हजार करोड़ रुपये लगाएगी।", "hi", "50000000000", "INR"),
    ("समूह ने 3 बिलियन डालर के निवेश की घोषणा की।", "hi", "3000000000", "USD"),
])
def test_abbreviations_and_spellings_of_the_press(
        text: str, locale: str, value: str, unit: str) -> None:
    # Swedish 'Mkr' (miljoner kronor), Hindi 'लाख करोड़' and 'हजार करोड़' (two magnitudes, one
    # figure), 'डालर' (dollar without the candra): none was read.
    got = extract(text, locale=locale, dollar="USD").mentions[0]
    assert (got.value, got.unit) == (Decimal(value), unit)


def test_danish_or_norwegian_unsure_reads_no_crown_as_either() -> None:
    # py3langid gives this Danish sentence 58% Norwegian, 34% Danish: 'kr.' read by the
    # Norwegian locale was NOK, silently; unsure between two crowns, auto reads by default.
    text = "Staten får i år et finansieringsbehov på ca. 150 mia. kr. – det vil falde, vurderer banken."
    assert all(m.unit not in ("NOK", "SEK") for m in extract(text, locale="auto").mentions)


@pytest.mark.parametrize(("text", "locale", "value"), [
    ("Der Umsatz stieg um 17,4 Prozent.", "de", "17.4"),
    ("Выручка выросла на 8 процентов.", "ru", "8"),
    ("Prodej vzrostl o 3,2 procenta.", "cs", "3.2"),
    ("Penjualan naik 6 persen.", "id", "6"),
    ("وارتفعت الصادرات 4.5 في المئة", "ar", "4.5"),
    ("המכירות עלו ב-9 אחוזים", "he", "9"),
    ("बिक्री 7 प्रतिशत बढ़ी", "hi", "7"),
])
def test_percent_in_the_locale_s_words(text: str, locale: str, value: str) -> None:
    # CLDR's 'concentr-percent' names ('Prozent', 'процентов', 'persen'): a percentage written
    # in words was not read at all in these languages.
    [m] = extract(text, locale=locale).mentions
    assert (m.kind, m.value) == ("percent", Decimal(value))


def test_saudi_arabia_by_its_short_arabic_name_settles_the_riyal() -> None:
    [m] = extract("أعلنت السعودية ميزانية بإنفاق 1250 مليار ريال", locale="ar").mentions
    assert (m.unit, m.value) == ("SAR", Decimal("1250000000000"))
    assert "السعودية" in (m.assumed or "")


@pytest.mark.parametrize(("text", "locale"), [
    ("بلغت الميزانية 900 مليار ريال سعودي ويبلغ عدد السكان نحو 32 مليون نسمة", "ar"),
    ("Der Haushalt umfasst 5 Milliarden Euro. Die Stadt zählt 1,8 Millionen Einwohner.", "de"),
    ("Бюджет составил 40 млрд рублей, а население — 1,5 млн человек.", "ru"),
])
def test_a_bare_amount_before_a_noun_counts_it_and_takes_no_currency(
        text: str, locale: str) -> None:
    # The carried currency made '٢٠.٢ مليون مواطن' (citizens) 20.2 million riyals, silently.
    assert len([m for m in extract(text, locale=locale).mentions if m.kind == "money"]) == 1


@pytest.mark.parametrize(("text", "value"), [
    ("İhracat yüzde 12 arttı.", "12"),
    ("Yüzde 4,5 oranında büyüdü.", "4.5"),
    ("Enflasyon %61,4 oldu.", "61.4"),
])
def test_turkish_percent_before_the_number(text: str, value: str) -> None:
    # CLDR's Turkish percent is 'yüzde {0}' and '%{0}': written before the number, it was not
    # read at all.
    [m] = extract(text, locale="tr").mentions
    assert (m.kind, m.value, text[m.start : m.end]) == ("percent", Decimal(value), m.text)


@pytest.mark.parametrize(("text", "locale"), [
    ("Der Analyst schrieb: „Demand could reach $40 Billion in five years“.", "de"),
    ("Gjelden er 30 billion kroner, skriver avisen.", "nb"),
])
def test_an_english_billion_in_another_language_is_refused(text: str, locale: str) -> None:
    # An English tweet quoted in a German page: '$30 Billion' was read as the German Billion
    # (10^12), 30 trillion dollars, silently; after a figure other than one German writes
    # 'Billionen', so the singular is English's or a slip: refused, saying so.
    skipped: list = []
    from moneyfacts.grammar import scan
    assert scan(text, locale=locale, skipped=skipped) == []
    assert "English magnitude" in skipped[0].reason


def test_one_billion_and_the_plural_still_read_in_german() -> None:
    assert [v for _, _, v in _read("Es geht um 1 Billion Euro, nicht um 2,5 Billionen Euro.", "de")] == [
        Decimal("1000000000000"), Decimal("2500000000000")]


@pytest.mark.parametrize(("text", "locale", "value", "kind"), [
    ("Deficyt wyniesie 4,2 proc. PKB.", "pl", "4.2", "percent"),
    ("Firma skončila se ziskem 6,3 miliardami korun.", "cs", "6300000000", "money"),
])
def test_polish_and_czech_forms_of_the_press(text: str, locale: str, value: str, kind: str) -> None:
    [m] = extract(text, locale=locale).mentions
    assert (m.kind, m.value) == (kind, Decimal(value))


# Session 10, held-out real news (the sentences here are written for the tests).

@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    # Arabic, Hebrew, Polish and Czech write one billion as the magnitude alone, as num2words
    # spells it ('مليار', 'miliard'), and Arabic two as its dual ('ملياري', 'مليارا').
    ("أعلنت الحكومة تخصيص مليار دولار لمشاريع الطاقة", "ar", "1000000000", "USD"),
    ("وتجاوزت الاستثمارات ملياري دولار العام الماضي", "ar", "2000000000", "USD"),
    ("وتسعى المملكة إلى جذب تريليون دولار من الاستثمارات", "ar", "1000000000000", "USD"),
    ("החברה גייסה מיליארד דולר מהמשקיעים", "he", "1000000000", "USD"),
    ("Rząd przeznaczy miliard złotych na nowe drogi.", "pl", "1000000000", "PLN"),
])
def test_a_magnitude_alone_before_a_currency_is_one_of_it(
        text: str, locale: str, value: str, unit: str) -> None:
    got = extract(text, locale=locale, dollar="USD").mentions
    assert [(m.value, m.unit) for m in got] == [(Decimal(value), unit)]


@pytest.mark.parametrize(("text", "locale"), [
    ("وقال إن أكثر من مليار شخص يستخدمون التطبيق", "ar"),  # no currency: 'a billion people'
    ("Z aplikacji korzysta miliard osób.", "pl"),
])
def test_a_magnitude_alone_without_money_is_no_amount(text: str, locale: str) -> None:
    assert extract(text, locale=locale).mentions == []


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    # Nepali copy spells the rupee with the short u ('रुपैयाँ'; CLDR: 'रूपैयाँ'), and writes
    # crore and lakh in Devanagari digits: the lakh part was read alone (33 lakh, silently).
    ("कम्पनीको नाफा १५ करोड ४० लाख रुपैयाँ पुगेको छ।", "ne", "154000000", "NPR"),
    ("कंपनी को ३५ करोड़ २० लाख रुपये का लाभ हुआ।", "hi", "352000000", "INR"),
    ("कंपनी को 500 करोड़ रूपये का लाभ हुआ।", "hi", "5000000000", "INR"),
    # Norwegian copy's 'pst.', Punjabi news's 'ਫੀਸਦੀ'.
    ("Prisene steg med 3,7 pst. i fjor.", "nb", "3.7", "percent"),
    ("ਕੰਪਨੀ ਦੀ ਵਿਕਰੀ 12 ਫੀਸਦੀ ਵਧੀ।", "pa", "12", "percent"),
])
def test_spellings_of_other_languages_news(text: str, locale: str, value: str, unit: str) -> None:
    got = extract(text, locale=locale, dollar="USD").mentions
    assert [(m.value, m.unit) for m in got] == [(Decimal(value), unit)]


def test_pst_is_no_percent_in_english() -> None:
    assert extract("The call is at 8 PST on Monday.").mentions == []


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    # Half a magnitude ([number-word he/cs/pl/ar]): 'חצי מיליארד' was read as one billion
    # once a bare magnitude is one of it.
    ("המדינה תקבל חצי מיליארד שקלים בשנה", "he", "500000000", "ILS"),
    ("Rząd wyda pół miliarda złotych na szkoły.", "pl", "500000000", "PLN"),
    ("وتبلغ قيمة الصفقة نصف مليار دولار", "ar", "500000000", "USD"),
])
def test_half_a_magnitude(text: str, locale: str, value: str, unit: str) -> None:
    got = extract(text, locale=locale, dollar="USD").mentions
    assert [(m.value, m.unit) for m in got] == [(Decimal(value), unit)]


@pytest.mark.parametrize(("text", "locale", "unit"), [
    # [money-word hi/pl/cs]: a bare amount with a magnitude in a sentence about money takes
    # the one currency before it in its paragraph, as in English.
    ("पिछले साल कंपनी का मुनाफा 12 हजार करोड़ रुपये रहा। इस साल मुनाफा 15 हजार करोड़ हुआ।",
     "hi", "INR"),
    ("Wydatki gminy wyniosły 2,4 mld zł. Dochody sięgnęły 2,1 mld.", "pl", "PLN"),
    ("Tržby firmy loni dosáhly 3,2 miliardy korun. Zisk činil 410 milionů.", "cs", "CZK"),
])
def test_a_currency_carried_in_other_languages(text: str, locale: str, unit: str) -> None:
    got = extract(text, locale=locale).mentions
    assert len(got) == 2 and got[1].unit == unit and "carried from" in (got[1].assumed or "")


@pytest.mark.parametrize(("text", "locale", "value", "unit"), [
    # A decimal in the smaller part of a spaced compound: '619 млрд 670,5 млн' read as 619
    # billion, then a range from 670.5 million ('670,5 млн до 638 млрд'), silently.
    ("Расходы составят 412 млрд 350,5 млн рублей.", "ru", "412350500000", "RUB"),
    ("Ihracat 5 milyar 720,5 milyon dolar oldu.", "tr", "5720500000", "USD"),
])
def test_a_decimal_in_a_spaced_compound(text: str, locale: str, value: str, unit: str) -> None:
    got = extract(text, locale=locale, dollar="USD").mentions
    assert [(m.value, m.unit) for m in got] == [(Decimal(value), unit)]


@pytest.mark.parametrize(("text", "counts"), [
    # [count-capital-noun]: German capitalises every noun, so a capitalised plural after a
    # number is what it counts, not a label ('Boeing 737 jets' is English's rule)
    ("Der Konzern streicht 1.200 Arbeitsplätze.", [("1200", "arbeitsplätze")]),
    ("Die Bank hat 300 Mitarbeiter und 45 Filialen.", [("300", "mitarbeiter"), ("45", "filialen")]),
    # ... not a date, a magnitude, a unit, or a span of time
    ("Am 3. Oktober stieg der Umsatz auf 3,2 Mio. Euro.", []),
    ("Vor 30 Jahren lief er 5 Kilometer in 20 Minuten.", []),
])
def test_german_capitalised_count_nouns(text: str, counts: list[tuple[str, str]]) -> None:
    got = extract(text, locale="de").mentions
    assert [(m.value, m.unit) for m in got if m.kind == "count"] == [
        (Decimal(v), u) for v, u in counts]
