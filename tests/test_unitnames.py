"""Unit names in every locale from CLDR (moneyfacts.unitnames), read with a locale."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from moneyfacts.grammar import scan
from moneyfacts.unitnames import _sections, match_unit, rewrite_units, unit_names


def one(text: str, locale: str):
    found = [q for q in scan(text, locale=locale) if q.kind == "measure"]
    assert len(found) == 1, (text, found)
    return found[0]


def test_every_cldr_row_is_a_pint_unit():
    from moneyfacts.units import registry

    ureg = registry()
    for cldr_id, unit in _sections()["cldr"]:
        ureg.Quantity(Decimal(1), unit)  # raises on a unit pint does not know
        assert "-" in cldr_id


@pytest.mark.parametrize("locale", ["de", "nl", "nb", "sv", "fr", "es", "it", "pt", "ru", "zh", "ja", "ko", "pl"])
def test_names_come_from_cldr_in_every_locale(locale):
    from babel import Locale

    names = unit_names(locale)
    pattern = Locale.parse(locale)._data["unit_patterns"]["length-kilometer"]["long"]["other"]
    spelled = pattern.replace("{0}", "").strip(" \u00a0\u202f")
    if spelled[0] >= "\u3000":
        assert names.symbols[spelled] == "kilometer"
    else:
        from moneyfacts.unitnames import fold

        assert names.names[fold(spelled)] == "kilometer"


def test_plural_and_case_forms():
    de = unit_names("de")
    assert de.names["meile"] == de.names["meilen"] == "mile"  # CLDR's one and other
    assert de.names["kilometern"] == "kilometer"  # the dative plural ([inflect de])
    assert de.names["hektolitern"] == "hectoliter"
    assert unit_names("fr").names["kilometres"] == "kilometer"  # accents folded
    assert unit_names("es").names["kilometros"] == "kilometer"


@pytest.mark.parametrize("text,locale,value,unit", [
    ("acht meilen", "de", "8", "mile"),
    ("2 zentimeter", "de", "2", "centimeter"),
    ("fünf zoll", "de", "5", "inch"),
    ("3 hektoliter", "de", "3", "hectoliter"),
    ("9m", "de", "9", "meter"),
    ("2l", "de", "2", "liter"),
    ("5\"", "de", "5", "inch"),
    ("ein liter", "de", "1", "liter"),
    ("ein halber liter", "de", "0.5", "liter"),
    ("viertel liter", "de", "0.25", "liter"),
    ("3 kilómetros", "es", "3", "kilometer"),
    ("9 metros", "es", "9", "meter"),
    ("3 kilomètres", "fr", "3", "kilometer"),
    ("demi-litre", "fr", "0.5", "liter"),
    ("quart de litre", "fr", "0.25", "liter"),
    ("9m", "fr", "9", "meter"),
    ("12 tommer", "nb", "12", "inch"),
    ("3 kubikmeter", "sv", "3", "meter ** 3"),
])
def test_localized_units_read(text, locale, value, unit):
    q = one(text, locale)
    assert (q.value, q.unit, q.text) == (Decimal(value), unit, text)


def test_ranges_and_qualifiers_in_german():
    q = one("zwischen 3 und 5 kilometern", "de")
    assert (q.low, q.high, q.unit) == (3, 5, "kilometer")
    q = one("zwischen 2,0 l und ungefähr 7,0 l", "de")  # an 'about' before the high end
    assert (q.low, q.high, q.unit) == (2, 7, "liter")
    assert one("nicht mehr als 2 hektoliter", "de").qualifier == "le"  # not 'mehr als' (gt)
    assert one("wenigstens 4,0 ml", "de").qualifier == "ge"
    assert one("unter 3,5 meilen", "de").qualifier == "lt"


def test_english_text_keeps_its_reading():
    # Without a locale nothing changes: '9m' is no metre, '5m people' a count in millions.
    assert [q.kind for q in scan("9m")] == []
    assert scan("5m people")[0].value == 5_000_000
    assert scan("$9m")[0].unit == "USD"
    # With a locale a currency before the number still wins: '€9m' is money.
    assert scan("€9m", locale="de")[0].unit == "EUR"


def test_short_words_are_no_symbols():
    # CLDR's 'in' (inch, de), 'pi'/'po' (foot/inch, fr) are words: never read as units.
    assert match_unit("5 in Berlin", 1, "de") is None
    assert match_unit("5 pi", 1, "fr") is None
    assert [q for q in scan("Er lief 5 in Berlin", locale="de") if q.kind == "measure"] == []
    assert match_unit("5 Meterstäbe", 1, "de") is None  # a name must end its word


def test_quantity_words_only_before_a_unit():
    assert rewrite_units("Ein Auto kostet 5 Euro", "de") is None
    assert rewrite_units("ein halber liter", "de")[0] == "0,5 liter"
    assert [q.value for q in scan("Ein Auto kostet 5 Euro", locale="de")] == [Decimal(5)]


def test_cldr_us_ton_is_not_read():
    # CLDR's zh '吨' and nl 'ton' are the US short ton; news means the metric ton: no guess
    # in nl; in zh, '吨' is read as the metric ton ([name zh] in unitnames.txt: Chinese writes
    # the short ton 短吨), never as CLDR's short ton.
    assert "ton" not in unit_names("nl").names
    assert unit_names("zh").symbols.get("吨") == "metric_ton"


def test_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path))
    from moneyfacts import unitnames

    built = unitnames._cached("it")
    files = list(tmp_path.glob("cldr-units-it-*.json"))
    assert len(files) == 1
    assert json.loads(files[0].read_text("utf-8")) == built
    assert unitnames._cached("it") == built


@pytest.mark.parametrize("text,value,unit,qual", [
    ("9 m", "9", "meter", None),  # the SI symbol, though zh's CLDR metre is 米 ([si])
    ("1.9 m", "1.9", "meter", None),
    ("3.5英裏以下", "3.5", "mile", "le"),  # a CJK unit glued to the qualifier after it
    ("五英吋以上", "5", "inch", "ge"),
])
def test_chinese_units(text, value, unit, qual):
    q = one(text, "zh")
    assert (q.value, q.unit, q.qualifier) == (Decimal(value), unit, qual)


def test_chinese_range_of_glued_metres():
    q = one("1.6m-3.9m", "zh")
    assert (q.low, q.high, q.unit) == (Decimal("1.6"), Decimal("3.9"), "meter")


@pytest.mark.parametrize("text,locale", [
    ("niedriger als dreikommafünf meilen", "de"),  # glued, split at the lexicon's decimal word
    ("drei komma fünf meilen", "de"),  # spaced: text2num's '3,5', formerly dropped
    ("trekommafem miles", "nb"),
])
def test_spelled_decimals(text, locale):
    q = one(text, locale)
    assert (q.value, q.unit) == (Decimal("3.5"), "mile")


def test_a_word_holding_komma_is_no_decimal():
    assert [q.value for q in scan("Die Kommanditgesellschaft zahlte 5 Euro", locale="de")] == [5]


def money(text: str, locale: str):
    return [(str(q.value), q.unit) for q in scan(text, locale=locale) if q.kind == "money"]


def test_quantity_words_before_money():
    assert money("Hast du mal einen Euro für mich?", "de") == [("1", "EUR")]
    assert money("En krona är 100 öre", "sv") == [("1", "SEK"), ("1.00", "SEK")]
    assert money("3 GBP een penny", "nl") == [("3.01", "GBP")]  # was a silent 3 GBP
    # A hyphen makes the word part of another: 'eine Dollar-Anleihe' is no amount.
    assert money("eine Dollar-Anleihe", "de") == []
    assert money("eine europäische Lösung", "de") == []


def test_the_locales_own_cent_is_read_and_recorded():
    q = scan("Ik vond laatst een cent op de grond", locale="nl")[0]
    assert (q.value, q.unit) == (Decimal("0.01"), "EUR")
    assert q.assumed == "'cent' read as EUR (the hundredth of locale 'nl''s currency)"
    assert money("3 euro en 50 cent", "nl") == [("3.50", "EUR")]  # still joined
    assert money("3 dollar en 10 cent", "nl") == [("3.10", "USD")]  # the dollar's cents


def test_the_cent_sign_after_a_figure():
    q = scan("10¢", locale="nl")[0]
    assert (q.value, q.unit, q.assumed) == (Decimal("0.10"), "USD", "'¢' read as USD (dollar='USD')")


def test_transliterated_currency_names():
    assert money("to sloty 23 groszy", "nb") == [("2.23", "PLN")]
    assert money("2 bhat og 23 satang", "nb") == [("2.23", "THB")]


def test_german_adjective_case_forms_of_currency_names():
    text = "Der Preis liegt bei 16,4 Millionen kanadischen Dollar."
    assert [(q.value, q.unit) for q in scan(text, locale="de")] == [(Decimal("16400000"), "CAD")]
    assert [q.unit for q in scan("mit 5 australischen Dollar", locale="de")] == ["AUD"]


@pytest.mark.parametrize("locale", ["de", "fr", "nb"])
def test_space_grouped_digits_with_a_locale_that_groups_so(locale):
    q = scan("Der Haushalt beläuft sich auf 12 500 EUR.", locale=locale)[0]
    assert (q.value, q.unit, q.text) == (Decimal(12500), "EUR", "12 500 EUR")


@pytest.mark.parametrize("locale", [None, "nl", "it"])
def test_space_grouped_digits_stay_in_doubt_elsewhere(locale):
    skipped: list = []
    assert scan("Er kaufte 5 200 euros.", locale=locale, skipped=skipped) == []
    assert "grouped by a space" in skipped[0].reason


@pytest.mark.parametrize("locale", [None, "nl"])
def test_a_minus_between_the_sign_and_the_digits(locale):
    # CLDR's negative currency pattern in nl is '¤ -#,##0.00': '€ -12' is minus 12 euros.
    q = scan("Voor negatieve bedragen is het aan te bevelen € -12 te schrijven.", locale=locale)[0]
    assert (q.value, q.unit, q.text) == (Decimal(-12), "EUR", "€ -12")
    assert [q.value for q in scan("costs $-5", locale=locale)] == [Decimal(-5)]
    # Not a range's dash: '€ 5-12' is 5 to 12 euros.
    r = scan("€ 5-12", locale=locale)[0]
    assert (r.low, r.high) == (5, 12)


@pytest.mark.parametrize("text,locale,unit", [
    ("2 литра", "ru", "liter"),  # CLDR's 'few' form; 'л' (its symbol) is no prefix of it
    ("5 километров", "ru", "kilometer"),  # 'many'
    ("5 kilometrów", "pl", "kilometer"),
    ("5 किलोमीटर", "hi", "kilometer"),  # a word with its vowel signs
    ("5 กิโลเมตร", "th", "kilometer"),
    ("3 chilometri", "it", "kilometer"),
    ("10 quilômetros", "pt", "kilometer"),
    ("5 Tonnen", "de", "metric_ton"),
])
def test_names_in_other_scripts_and_plural_forms(text, locale, unit):
    assert one(text, locale).unit == unit


def test_the_locales_whole_name_beats_a_shorter_english_one():
    q = one("100 Kilometer pro Stunde", "de")  # English reads 'Kilometer' alone
    assert (q.unit, q.per, q.text) == ("kilometer", "hour", "100 Kilometer pro Stunde")


@pytest.mark.parametrize("text,locale", [
    ("Ein Zoll von 25 Prozent auf Stahl", "de"),  # a tariff, no inch
    ("mit einem Fuß in der Tür", "de"),
    ("un pied dans la porte", "fr"),
    ("een voet", "nl"),
    ("une tonne de problèmes", "fr"),  # an idiom, as 'a ton of work'
])
def test_an_article_before_an_everyday_unit_word_is_no_number(text, locale):
    assert [q for q in scan(text, locale=locale) if q.kind == "measure"] == []


def test_digits_before_those_words_are_read():
    assert one("5 Zoll", "de").unit == "inch"
    assert one("ein halber Liter", "de").value == Decimal("0.5")


@pytest.mark.parametrize("locale", ["en", "en_GB", "en_IN"])
def test_english_locales_keep_englishs_own_reading(locale):
    # moneyfacts.measures reads English; CLDR's English names add nothing, and its 'm' (metre)
    # would turn '5m people' into five metres.
    assert [(q.kind, q.value) for q in scan("5m people", locale=locale)] == [
        ("count", Decimal(5_000_000))]
    assert match_unit("9m", 1, locale) is None


# --- a law over CLDR's own patterns ----------------------------------------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

_LOCALES = ["de", "nl", "nb", "sv", "da", "fr", "es", "it", "pt", "ru", "pl", "cs", "zh", "ja",
            "ko", "tr", "fi", "hu", "el", "uk"]


def _patterns() -> list[tuple[str, str, str]]:
    """(locale, CLDR long pattern '{0} Kilometer', pint unit) for every read unit and plural
    form whose name is read in that locale (not dropped as two units' name)."""
    from babel import Locale

    from moneyfacts.unitnames import _spelling, fold

    from moneyfacts.locales import profile

    out = []
    for loc in _LOCALES:
        data = Locale.parse(loc)._data["unit_patterns"]
        names = unit_names(loc)
        # A name that starts with the locale's own magnitude word is read as that magnitude
        # ('2 mille carré' in fr: 'mille' is a thousand): left out of the law.
        markers = {m.lower() for m in profile(loc).markers}
        for cldr_id, unit in _sections()["cldr"]:
            if cldr_id not in data or "long" not in data[cldr_id]:
                continue
            for count, pattern in data[cldr_id]["long"].items():
                spelled = _spelling(pattern) if count != "per" else None
                if spelled and spelled.split()[0].lower() not in markers and (
                        names.names.get(fold(spelled)) == unit
                                or names.symbols.get(spelled) == unit):
                    out.append((loc, pattern, unit))
    return out


_PATTERNS = _patterns()


def test_most_cldr_names_are_read():
    assert len(_PATTERNS) > 1500


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_PATTERNS), st.integers(min_value=2, max_value=999))
def test_every_cldr_long_name_after_a_number_is_that_unit(row, n):
    locale, pattern, unit = row
    text = pattern.replace("{0}", str(n))
    found = [q for q in scan(text, locale=locale) if q.kind == "measure"]
    assert len(found) == 1, (locale, text, found)
    q = found[0]
    got = q.unit if q.per is None else f"{q.unit} / {q.per}"
    assert (q.value, got) == (Decimal(n), unit), (locale, text)


@pytest.mark.parametrize("text,locale", [
    ("2 britische Soldaten", "de"), ("2 Britse soldaten", "nl"), ("2 britiske soldater", "nb"),
    ("2 brittiska soldater", "sv"), ("2 britiske soldater", "da"),
])
def test_a_currency_names_adjective_alone_is_no_money(text, locale):
    # was 2 GBP: the first word of 'britisches Pfund' read as the whole name
    assert money(text, locale) == []


@pytest.mark.parametrize("text,locale,code", [
    ("5 britische Pfund", "de", "GBP"), ("10 indiske rupi", "nb", "INR"),
    ("10 svenske kr", "nb", "SEK"), ("10 kinesiske renminbi", "nb", "CNY"),
])
def test_the_adjective_with_a_noun_of_money_is_read(text, locale, code):
    assert [u for _, u in money(text, locale)] == [code]


@pytest.mark.parametrize("text,locale", [
    ("En 2020 l'entreprise a vendu", "fr"),  # an elided article, no litre
    ("nel 2020 l’azienda", "it"),
    ('Die Aktion "Top 10" läuft', "de"),  # a closing quotation mark, no inch
    ("Er sagte 'Jahr 2020' und ging", "de"),
])
def test_apostrophes_and_quotes_are_no_units(text, locale):
    assert [q for q in scan(text, locale=locale) if q.kind == "measure"] == []


def test_a_prime_after_a_quotation_closed_before_it_is_an_inch():
    assert one('Der "Bildschirm" misst 15" diagonal', "de").unit == "inch"


@pytest.mark.parametrize("text,locale", [
    ("в 2020 г. компания выросла", "ru"),  # 'г.' is the year, CLDR's 'г' the gram
    ("през 2020 г.", "bg"),
    ("عام 2020 م", "ar"),  # 'م' is AD, CLDR's 'م' the metre
    ("En 2023 ha crecido", "es"),  # 'ha' is 'has', CLDR's 'ha' the hectare
    ("nel 2020 ha registrato", "it"),
    ("2克拉钻石", "zh"),  # carats: '克' (gram) begins another word
    ("5升级", "zh"),
])
def test_short_symbols_that_are_words_are_no_units(text, locale):
    assert [q for q in scan(text, locale=locale) if q.kind == "measure"] == []


def test_cjk_units_before_a_particle():
    assert one("5米的高度", "zh").unit == "meter"
    assert one("3キロメートルの道", "ja").unit == "kilometer"


def test_a_digit_glued_after_a_cjk_unit_is_no_unit_of_the_figure_before():
    # '三米九' is 3.9 m in speech: never a silent 3 m (moneyfacts.colloquial reads it whole).
    assert [(q.value, q.unit) for q in scan("三米九", locale="zh") if q.kind == "measure"] == [
        (Decimal("3.9"), "meter")]
