"""Other languages of Europe and the Americas, a held-out set of session 21 (issue 21): the
shapes its misreadings took, each in a sentence of ours, and the laws they break. Causes fixed
for the whole class: the case a language glues onto the currency noun and onto the magnitude
word before it ('800 milliárd forinttal', '400 miljoni euroni', '2,54 miljardus eiro', '50
milljörðum kr.'), by the lexicon's [case-ending xx] applied to CLDR's nouns and magnitude words;
a country's adjective taken for its money ('2 millió magyart': two million Hungarians); the
denar of Macedonian ('3 милијарди денари'); German's 'eine Milliarde'; the Moldovan press's
'mlrd'; numbers spelled in Slovak, Slovenian, Latvian, Lithuanian and Icelandic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.inflect import case_forms
from moneyfacts.locales import _marker_cases, profile


def _read(text: str, locale: str) -> list[tuple[str | None, Decimal | None]]:
    return [(m.unit, m.value) for m in extract(text, locale=locale).mentions]


# -- the case glued onto the currency noun and the magnitude word ------------------------------

@pytest.mark.parametrize(("text", "locale", "want"), [
    # Hungarian: accusative, instrumental (the consonant doubled), sublative, delative
    ("A kormány 800 milliárd forinttal emeli a keretet, és 2 milliárd euróval támogatja.", "hu",
     [("HUF", Decimal("8E11")), ("EUR", Decimal("2E9"))]),
    ("A bevétel 450 millió forintról 520 millió forintra emelkedett.", "hu",
     [("HUF", Decimal("4.5E8")), ("HUF", Decimal("5.2E8"))]),
    ("Az alap összesen 90 millió dollárt gyűjtött.", "hu", [("USD", Decimal("9E7"))]),
    ("A beruházás értéke elérte a 640 milliárd forintot.", "hu", [("HUF", Decimal("6.4E11"))]),
    ("Összesen 12 ezermilliárd forintnyi hitelt vettek fel.", "hu", [("HUF", Decimal("1.2E13"))]),
    # Estonian: the genitive of the magnitude, the terminative and comitative of the euro
    ("Valitsus eraldab 300 miljonit eurot ja lisaks 50 miljoni euroga toetust.", "et",
     [("EUR", Decimal("3E8")), ("EUR", Decimal("5E7"))]),
    ("Projekti maht ulatub 250 miljoni euroni.", "et", [("EUR", Decimal("2.5E8"))]),
    # Finnish: elative and illative
    ("Liikevaihto nousi 12 miljoonasta eurosta 15 miljoonaan euroon.", "fi",
     [("EUR", Decimal("1.2E7")), ("EUR", Decimal("1.5E7"))]),
    # Latvian: the accusative and dative plural of the magnitude ('eiro' does not decline)
    ("Budžetā paredzēti 3 miljardi eiro, no tiem 500 miljonus eiro aizsardzībai.", "lv",
     [("EUR", Decimal("3E9")), ("EUR", Decimal("5E8"))]),
    ("Uzņēmuma vērtība novērtēta ar 1,25 miljardiem eiro.", "lv", [("EUR", Decimal("1.25E9"))]),
    # Lithuanian: the accusative plural
    ("Įmonė uždirbo 12 milijonų eurų, o skola siekė 3 milijonus eurų.", "lt",
     [("EUR", Decimal("1.2E7")), ("EUR", Decimal("3E6"))]),
    # Icelandic: the dative plural with its u-umlaut, the genitive plural
    ("Hagnaðurinn nam 3,5 milljörðum króna en tapið 200 milljóna kr.", "is",
     [("ISK", Decimal("3.5E9")), ("ISK", Decimal("2E8"))]),
    # Slovenian: the accusative plural of the magnitude
    ("Vlada je namenila tri milijone evrov za obnovo.", "sl", [("EUR", Decimal("3E6"))]),
    # Serbian in Latin letters: 'eura', the euro as the press writes it beside CLDR's 'evro'
    ("Opština je dobila 5 miliona eura za vodovod.", "sr_Latn", [("EUR", Decimal("5E6"))]),
])
def test_case_forms_read(text: str, locale: str, want: list[tuple[str, Decimal]]) -> None:
    assert _read(text, locale) == want


def test_case_forms_read_with_auto() -> None:
    """The detector finds the language; its case forms are read as with the locale given."""
    text = "A kormány 800 milliárd forinttal emeli a keretet, és 2 milliárd euróval támogatja."
    assert _read(text, "auto") == [("HUF", Decimal("8E11")), ("EUR", Decimal("2E9"))]


def test_magnitude_words_take_the_case_endings() -> None:
    """CLDR writes the magnitude words in the nominative; the endings are the lexicon's."""
    markers = profile("lv").markers
    assert markers["miljardus"] == 9 and markers["miljoniem"] == 6
    assert profile("is").markers["milljörðum"] == 9
    assert profile("fi").markers["miljoonaan"] == 6
    assert _marker_cases("en", {"million": 6}) == {}  # a language without [case-ending]


@given(st.sampled_from(["hu", "et", "fi", "lv", "lt", "is", "sl", "sr"]),
       st.sampled_from(["milliárd", "miljon", "miljoona", "miljards", "milijonas", "milljón",
                        "milijon", "euró", "forint", "dollár", "kroon", "kruunu"]))
def test_case_forms_keep_the_stem(language: str, word: str) -> None:
    """Every case form of a word is the word's stem and an ending: never shorter than the
    stem, never the word itself, and nothing for an abbreviation."""
    forms = case_forms(word, language)
    assert word not in forms
    assert all(len(f) >= len(word) - 6 and f[:2] == word[:2] for f in forms)
    assert case_forms(word[:3] + ".", language) == ()


# -- a country's adjective is no money ----------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("Tavaly 1,2 millió magyart érintett a változás.", "hu"),   # 1.2 million Hungarians
    ("A felmérés szerint 2 millió magyar él külföldön.", "hu"),
    ("Uuringu järgi elab välismaal 2 miljonit ungari päritolu inimest.", "et"),
    ("Aptaujā piedalījās 2 miljoni ASV iedzīvotāju.", "lv"),
])
def test_country_adjective_is_no_money(text: str, locale: str) -> None:
    assert [m for m in extract(text, locale=locale).mentions if m.kind == "money"] == []


# -- the denar, 'eine Milliarde', 'mlrd', numbers in words ----------------------------------------

@pytest.mark.parametrize(("text", "locale", "want"), [
    ("Буџетот предвидува 3 милијарди денари за патишта.", "mk", [("MKD", Decimal("3E9"))]),
    ("Die Firma erzielte einen Umsatz von einer Milliarde Euro.", "de",
     [("EUR", Decimal("1E9"))]),
    ("Das Land stellt eine Milliarde Euro bereit.", "de", [("EUR", Decimal("1E9"))]),
    ("Deficitul va ajunge la 18,5 mlrd lei, iar pentru drumuri sunt 640 mln lei.", "ro_MD",
     [("MDL", Decimal("1.85E10")), ("MDL", Decimal("6.4E8"))]),
    ("Mesto dostalo tri milióny eur na opravy.", "sk", [("EUR", Decimal("3E6"))]),
    ("Fondam piešķirti divi miljoni eiro.", "lv", [("EUR", Decimal("2E6"))]),
    ("Savivaldybė gavo du milijonus eurų.", "lt", [("EUR", Decimal("2E6"))]),
])
def test_language_forms_read(text: str, locale: str, want: list[tuple[str, Decimal]]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(("text", "locale"), [
    ("Ein Mann und eine Frau kamen.", "de"),             # 'eine' is one only before a magnitude
    ("Na stretnutí bolo sto ľudí a dve deti.", "sk"),    # small spelled numbers count nothing
    ("Du vyrai ir trys moterys atėjo.", "lt"),
])
def test_no_amount_in_words_alone(text: str, locale: str) -> None:
    assert extract(text, locale=locale).mentions == []


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("A csarnok felújítása 4,5 mrd Ft-ba került.", "hu", [("HUF", Decimal("4.5E9"))]),
    ("Savivaldybė skyrė 7,5 mln. Eur tiltui.", "lt", [("EUR", Decimal("7.5E6"))]),
])
def test_press_abbreviations(text: str, locale: str, want: list[tuple[str, Decimal]]) -> None:
    """The press's spellings beside CLDR's: Hungarian 'mrd' for CLDR's 'Mrd', the euro's code
    in title case after a Lithuanian amount."""
    assert _read(text, locale) == want


def test_auto_short_text_goes_to_the_language_that_reads_it() -> None:
    """A text too short for the detector to be sure of (Estonian 0.34, Finnish 0.23) goes to
    the one candidate that reads its amount in a currency: 'euroa' is Finnish only."""
    assert _read("Hanke maksaa 12 milj. euroa.", "auto") == [("EUR", Decimal("1.2E7"))]
    assert _read("Revenue rose to 5 million euros.", "auto") == [("EUR", Decimal("5E6"))]
