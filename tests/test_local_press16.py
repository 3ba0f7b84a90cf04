"""Session 16, local English-language press outside the US and the UK: letters and mastheads.

* A one-letter sign that names one currency ('R': the rand in CLDR; 'N': the naira; 'E': the
  lilangeni) is also the letter other local presses write for their own money (the
  Seychelles rupee is 'R' in Seychellois budget copy). It reads as its currency where the
  text places the story where that currency is tender; it is refused, naming the candidates,
  where the text places the story only where the tender money's noun starts with the letter;
  with no place at all it is read, and ``assumed`` says so.
* A one-letter sign before a bare figure of three digits or more is money in a text that names
  the money of one of the sign's currencies ('kwacha' for 'K'): 'from K1180 to K1700'.
* A site under a generic domain whose name is a place and masthead words only names its
  territory ('lusakatimes.com': Zambia), as a country-code domain does.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Conventions, extract
from moneyfacts.evidence import cldr_countries, tender
from moneyfacts.publisher import territory_of, territory_of_name


def _money(text: str, conventions: Conventions | None = None) -> list[tuple[str | None, Decimal | None, str | None]]:
    ex = extract(text, conventions=conventions)
    return [(m.unit, m.value, m.assumed) for m in ex.mentions if m.kind == "money"]


def _refused(text: str) -> list[str]:
    return [s.reason for s in extract(text).skipped]


# ---------------------------------------------------------------- one letter, one currency

def test_the_rand_reads_where_the_story_is_south_african() -> None:
    assert _money("Durban's council approved R45 million for storm-water drains.") == [
        ("ZAR", Decimal("45000000"), None)]
    assert _money("JOHANNESBURG - The miner wrote off R2.3 billion.")[0][:2] == (
        "ZAR", Decimal("2300000000"))


def test_a_rupee_country_and_no_rand_country_is_refused() -> None:
    text = "Fishermen in the Seychelles will share R12 million in fuel subsidies."
    assert _money(text) == []
    (reason,) = _refused(text)
    assert "ZAR" in reason and "SCR" in reason and "Seychelles" in reason


def test_no_place_reads_the_letter_and_says_so() -> None:
    (unit, value, assumed), = _money("The scheme was given R7.5 million this year.")
    assert (unit, value) == ("ZAR", Decimal("7500000"))
    assert assumed is not None and "'R'" in assumed and "no place" in assumed


def test_the_publisher_reads_the_letter_where_the_text_names_no_place() -> None:
    seychelles = Conventions(territory="SC", territory_from="a Victoria paper")
    (unit, value, assumed), = _money("The scheme was given R7.5 million this year.", seychelles)
    assert (unit, value) == ("SCR", Decimal("7500000"))
    assert assumed is not None and "publisher" in assumed
    # capitalised words that name no place leave the publisher to read it too
    (unit, _, _), = _money("Minister Hassan told the Assembly that R7.5 million is set aside.",
                           seychelles)
    assert unit == "SCR"
    south_africa = Conventions(territory="ZA")
    assert _money("The scheme was given R7.5 million this year.", south_africa)[0][0] == "ZAR"


def test_the_money_named_in_the_text_settles_its_letter() -> None:
    # no place, but the naira is named: 'N' is read as before, with nothing assumed
    assert _money("They set aside 40 billion naira (N40bn) for rural roads.") == [
        ("NGN", Decimal("40000000000"), None), ("NGN", Decimal("40000000000"), None)]


def test_a_lilangeni_letter_is_no_euro_in_a_french_story() -> None:
    reason, = _refused("In France the hospital bill came to E5 million.")
    assert "SZL" in reason and "EUR" in reason


def _letter_rivals() -> list[tuple[str, str, str]]:
    """(letter, its one currency, a country) where the country's tender money (today) has a
    noun starting with the letter and is not the sign's: CLDR's English names."""
    names = Locale("en").currencies
    out = []
    for letter, code in (("R", "ZAR"), ("N", "NGN")):
        for country, territory in sorted(cldr_countries().items()):
            if not country.isascii() or " " in country:
                continue
            money = tender(territory)
            if code in money:
                continue
            nouns = [str(names.get(c, "")).split()[-1:] for c in money]
            if any(n and n[0][:1] == letter for n in nouns):
                out.append((letter, code, country))
    return out


@settings(max_examples=40)
@given(st.sampled_from(_letter_rivals()), st.integers(min_value=2, max_value=999))
def test_a_letter_is_never_read_silently_in_another_moneys_country(
        case: tuple[str, str, str], amount: int) -> None:
    """Law: in a story placed only in a country whose money's noun starts with the letter,
    the letter's own currency is never read without a word of why (refused, or assumed)."""
    letter, code, country = case
    for unit, _value, assumed in _money(f"Officials in {country} set aside {letter}{amount} million."):
        assert unit != code or assumed is not None


# ---------------------------------------------------------------- a letter before a bare figure

def test_a_named_kwacha_makes_its_letter_money_before_a_bare_figure() -> None:
    # a change from one level to another: two amounts, each in kwacha
    assert [(u, v) for u, v, _ in _money(
        "The Zambian kwacha slid from K1200 to K1650 against the dollar.")] == [
        ("ZMW", Decimal("1200")), ("ZMW", Decimal("1650"))]
    assert [(u, v) for u, v, _ in _money("In Malawi the kwacha now sells at K1750.")] == [
        ("MWK", Decimal("1750"))]


def test_a_label_stays_a_label() -> None:
    assert _money("Traders sold N95 masks for naira in Kano.") == []
    assert _money("The K2 expedition was delayed in Malawi.") == []
    assert _money("Sales of the K1200 model rose.") == []  # no kwacha, kina or kyat named


# ---------------------------------------------------------------- a masthead's place

def test_a_masthead_names_its_city_or_country() -> None:
    assert territory_of(url="https://www.lusakatimes.com/2023/09/11/x") == (
        "ZM", "the site's name 'lusakatimes' (Lusaka)")
    assert territory_of_name("dailynewsegypt.com")[0] == "EG"
    assert territory_of_name("newsofbahrain.com")[0] == "BH"
    assert territory_of_name("jamaica-gleaner.com")[0] == "JM"


def test_a_name_that_is_not_all_masthead_names_nothing() -> None:
    assert territory_of_name("malibutimes.com") is None      # 'mali' + 'butimes'
    assert territory_of_name("indianagazette.com") is None   # 'indian' + 'agazette'
    assert territory_of_name("example.com") is None
    assert territory_of_name("thestar.com") is None          # masthead words, no place
    assert territory_of_name("newjerseyglobe.com") is None   # New Jersey (a state), not Jersey
    assert territory_of_name("ontariotimes.com") is None     # a province only vetoes
    assert territory_of(url="https://nation.sc/articles/1") is None  # '.sc' is sold as generic


@settings(max_examples=60)
@given(st.sampled_from(sorted(n for n in cldr_countries() if n.isascii() and len(n) > 4)),
       st.sampled_from(["times", "dailynews", "the", "post", "today"]))
def test_a_country_and_masthead_words_name_the_country(country: str, word: str) -> None:
    """Law: a country's CLDR name with masthead words around it names that country, or
    nothing where another territory's place spells the same (never a third territory)."""
    key = "".join(c for c in country.lower() if c.isalpha())
    found = territory_of_name(f"{key}{word}.com") if word != "the" else territory_of_name(
        f"the{key}.com")
    assert found is None or found[0] == cldr_countries()[country]
