"""Session 15, round two of other languages (world15): the causes found on a held-out set of
news in Greek, Turkish, Indonesian, Thai, Korean, Arabic, Hindi, Punjabi, Nepali, Bengali,
Czech, Portuguese, Spanish and Swahili. Sentences here are written for the tests."""

from decimal import Decimal

import pytest
from babel import Locale, localedata
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.locales import compact_markers, markers_first, profile


def _read(text: str, locale: str) -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.value, m.unit) for m in moneyfacts.extract(text, locale=locale).mentions]


# --- CLDR's compact patterns with a negative half ('bilioni 0;bilioni -0') ----------------

def test_swahili_magnitudes_have_their_cldr_powers() -> None:
    markers = profile("sw_TZ").markers
    assert (markers["milioni"], markers["bilioni"], markers["trilioni"]) == (6, 9, 12)


def test_every_compact_marker_power_matches_its_pattern_key() -> None:
    """Law over CLDR: a marker's power is its key's power less the pattern's extra digits,
    whatever negative half the pattern carries (Swahili's was counted twice)."""
    for name in ("sw", "de", "fr", "hi", "ja", "el", "tr"):
        loc = Locale.parse(name)
        for width in ("long", "short"):
            for marker, power in compact_markers(loc.compact_decimal_formats, width).items():
                keys = [(k, p) for forms in loc.compact_decimal_formats[width].values()
                        for k, p in forms.items() if marker in (p.prefix[0] + p.suffix[0]).replace("'", "")]
                assert any(len(k) - p.pattern.split(";")[0].count("0") == power for k, p in keys)


def test_swahili_amount_with_its_magnitude_after_the_number() -> None:
    assert _read("Mapato yalifika Sh12.5 bilioni mwaka jana.", "sw_TZ") == [
        ("Sh12.5 bilioni", Decimal("12500000000"), "TZS")]


# --- the magnitude Swahili writes before the number -------------------------------------

def test_markers_first_come_from_cldr() -> None:
    assert markers_first("sw")["trilioni"] == 12
    assert markers_first("en") == {} and markers_first("pt_BR") == {}


@pytest.mark.parametrize("text, want", [
    ("Deni lilifikia shilingi bilioni 91.2 mwezi huo.", ("shilingi bilioni 91.2", "91200000000", "TZS")),
    ("Mkopo wa dola milioni 40 ulisainiwa.", ("dola milioni 40", "40000000", "USD")),
    ("Ada ni TSh elfu 25 kwa mwezi.", ("TSh elfu 25", "25000", "TZS")),
    ("Walilipa Sh bilioni 3 kwa mradi huo.", ("Sh bilioni 3", "3000000000", "TZS")),
])
def test_swahili_currency_then_magnitude_then_number(text: str, want: tuple[str, str, str]) -> None:
    assert _read(text, "sw_TZ") == [(want[0], Decimal(want[1]), want[2])]


def test_swahili_magnitude_before_a_number_named_after_it() -> None:
    """'bilioni 7 dola': the magnitude before was dropped, a value a billion times too small."""
    [(_, value, unit)] = _read("Walikopa bilioni 7 dola kutoka benki.", "sw_TZ")
    assert (value, unit) == (Decimal("7000000000"), "USD")


def test_a_bare_swahili_magnitude_and_number_is_no_money() -> None:
    assert _read("Bunge lilipitisha trilioni 34 jana.", "sw_TZ") == []


def test_shared_shilling_before_the_magnitude_is_weighed_by_the_text() -> None:
    """'shilingi' is Kenya's, Uganda's and Tanzania's: read with the country the text names."""
    ex = moneyfacts.extract("Serikali ya Uganda itatumia shilingi trilioni 5.1 mwaka ujao.", locale="auto")
    [m] = ex.mentions
    assert (m.value, m.unit) == (Decimal("5100000000000"), "UGX") and "Uganda" in (m.assumed or "")


@given(st.integers(1, 999), st.sampled_from(sorted(markers_first("sw").items())))
def test_law_marker_first_scales_the_figure(n: int, marker: tuple[str, int]) -> None:
    word, power = marker
    [(_, value, unit)] = _read(f"Gharama ni shilingi {word} {n} tu.", "sw_TZ")
    assert (value, unit) == (Decimal(n).scaleb(power), "TZS")


# --- Thai: CLDR's display name of the locale's own currency -----------------------------

@pytest.mark.parametrize("locale", ["th", "th_TH", "auto"])
def test_thai_baht_glued_to_its_million(locale: str) -> None:
    text = "บริษัทมีกำไรสุทธิจำนวน 12,345 ล้านบาท ในไตรมาสนี้ เพิ่มขึ้นจากปีก่อน"
    assert _read(text, locale) == [("12,345 ล้านบาท", Decimal("12345000000"), "THB")]


def test_own_display_name_only_for_the_locales_own_currency() -> None:
    """The display names of other currencies stay out: Czech 'zlato' (gold, XAU) is no money."""
    assert "บาท" in profile("th").names
    assert "zlato" not in profile("cs").names and "gold" not in profile("en").names


# --- South Asian numbering: a thousand before the crore; Nepali spellings --------------------

def test_bengali_thousands_then_crore_then_lakh() -> None:
    text = "ব্যাংকগুলোর মোট মুনাফা ৩ হাজার ৪১৫ কোটি ২০ লাখ টাকা।"
    assert _read(text, "bn") == [("৩ হাজার ৪১৫ কোটি ২০ লাখ টাকা", Decimal("34152000000"), "BDT")]


def test_spanish_thousand_then_million_is_one_number() -> None:
    assert _read("Se invirtieron 3 mil 250 millones de pesos.", "es_MX") == [
        ("3 mil 250 millones de pesos", Decimal("3250000000"), "MXN")]


def test_nepali_arba_spelled_with_its_conjunct() -> None:
    """'अर्ब' dropped silently read the amount a billion short ('84 करोड' of '2 अर्ब 84 करोड')."""
    text = "कम्पनीले ३ अर्ब १२ करोड ५० लाख रुपैयाँ नाफा कमाएको छ।"
    assert _read(text, "ne") == [("३ अर्ब १२ करोड ५० लाख रुपैयाँ", Decimal("3125000000"), "NPR")]


@pytest.mark.parametrize("text, locale, want", [
    ("आम्दानी ४ अर्ब रुपैयाँमा सीमित भयो।", "ne", ("४ अर्ब रुपैयाँ", "4000000000", "NPR")),
    ("মোট ২১০ কোটি টাকার ঋণ", "bn", ("২১০ কোটি টাকা", "2100000000", "BDT")),
])
def test_postposition_glued_to_the_currency_name(text: str, locale: str, want: tuple[str, str, str]) -> None:
    assert _read(text, locale) == [(want[0], Decimal(want[1]), want[2])]


# --- Greek: the press's 'εκατ.' -------------------------------------------------------------

@pytest.mark.parametrize("locale", ["el_GR", "auto"])
def test_greek_ekat_abbreviation(locale: str) -> None:
    text = "Ο όμιλος ανακοίνωσε κέρδη ύψους 215 εκατ. ευρώ για το εξάμηνο, έναντι 190 εκατ. ευρώ πέρυσι."
    assert _read(text, locale) == [("215 εκατ. ευρώ", Decimal("215000000"), "EUR"),
                                   ("190 εκατ. ευρώ", Decimal("190000000"), "EUR")]


def test_markers_first_empty_where_cldr_writes_the_word_after() -> None:
    """Law over CLDR's locales: a locale has a marker first only where one of its patterns
    puts a word before the digits."""
    for name in localedata.locale_identifiers()[:400]:
        if "_" in name:
            continue
        loc = Locale.parse(name)
        prefixed = any(p.prefix[0].strip(" \u00a0-'") for w in ("long", "short")
                       for forms in loc.compact_decimal_formats.get(w, {}).values() for p in forms.values())
        if not prefixed:
            assert markers_first(name) == {}


# --- locale="auto": a short text two readers' languages both fit ---------------------------

@pytest.mark.parametrize("text", [
    "कंपनी के शेयर का मूल्य लगभग $ 40 प्रति शेयर था।",
    "इस सौदे का मूल्य करीब $ 12 प्रति शेयर था।",
])
def test_short_hindi_stays_hindi_beside_nepali(text: str) -> None:
    """Nepali has lexicon sections now, so a short Hindi text is unsure between the two:
    where both read it alike, the likelier is taken, as Hindi alone was."""
    from moneyfacts.locales import detect

    assert detect(text) == "hi"
    [m] = moneyfacts.extract(text, locale="auto").mentions
    assert (m.unit, m.assumed) == ("USD", None)


# --- Greek genitive: 'ύψους 15 εκατομμυρίων ευρώ', 'αξίας 5 δισ. δολαρίων' -------------------

@pytest.mark.parametrize("text, want", [
    ("Η επένδυση ύψους 42 εκατομμυρίων ευρώ εγκρίθηκε.", ("42 εκατομμυρίων ευρώ", "42000000", "EUR")),
    ("Πρόστιμο 30 χιλιάδων ευρώ επιβλήθηκε στην εταιρεία.", ("30 χιλιάδων ευρώ", "30000", "EUR")),
    ("Ομόλογο αξίας 1,2 δισεκ. ευρώ διατέθηκε.", ("1,2 δισεκ. ευρώ", "1200000000", "EUR")),
    ("Συμβόλαιο αξίας 8 δισ. δολαρίων Αυστραλίας.", ("8 δισ. δολαρίων Αυστραλίας", "8000000000", "AUD")),
])
def test_greek_genitive_magnitudes_and_names(text: str, want: tuple[str, str, str]) -> None:
    assert _read(text, "el") == [(want[0], Decimal(want[1]), want[2])]


def test_greek_genitive_dollar_alone_is_the_callers_dollar() -> None:
    [m] = moneyfacts.extract("Η συμφωνία αξίας 3 δισ. δολαρίων υπεγράφη.", locale="el").mentions
    assert (m.value, m.unit) == (Decimal("3000000000"), "USD") and "dollar=" in (m.assumed or "")


def test_law_every_name_has_its_genitive_where_the_language_declines_it() -> None:
    """Each CLDR name of a Greek dollar has its genitive form, read as the same currency."""
    names = profile("el").names
    for name, codes in names.items():
        first, _, rest = name.partition(" ")
        if first == "δολάρια" and rest:
            assert names[f"δολαρίων {rest}"] == codes


# --- a letter the locale reads as a unit, with a currency right after it -------------------

@pytest.mark.parametrize("text, locale, want", [
    ("Şirketin net kârı 315m TL oldu.", "tr", ("315m TL", "315000000", "TRY")),
    ("Der Umsatz lag bei 75m Euro.", "de", ("75m Euro", "75000000", "EUR")),
])
def test_letter_m_before_a_currency_is_millions(text: str, locale: str, want: tuple[str, str, str]) -> None:
    assert _read(text, locale) == [(want[0], Decimal(want[1]), want[2])]


def test_letter_m_without_a_currency_stays_the_locales_metre() -> None:
    [(_, value, unit)] = _read("Der Damm ist 75m hoch.", "de")
    assert (value, unit) == (Decimal("75"), "meter")
