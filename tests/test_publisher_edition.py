"""The publisher's territory from the national edition an address's path names ('/en-au/'),
as aggregators and sites on generic domains write them, and, weakest, from the one territory
the words of its path name ('/queensland-budget-surplus') (gnews18, issue 21).

Every sentence and address here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import Conventions, extract
from moneyfacts.publisher import _countries, _languages, territory_of, territory_of_url


@pytest.mark.parametrize("url, territory, step", [
    ("https://www.msn.com/en-au/news/politics/state-budget/ar-AB12cd", "AU", "/en-au/"),
    ("https://www.example.com/en-nz/money/a-story", "NZ", "/en-nz/"),
    ("https://example.org/fr_CA/nouvelles/x/", "CA", "/fr_CA/"),
    ("https://news.example.com/EN-GB/business/", "GB", "/EN-GB/"),
    ("example.com/en-in/markets/", "IN", "/en-in/"),
])
def test_an_edition_in_the_path_names_the_territory(url: str, territory: str, step: str) -> None:
    assert territory_of_url(url) == (territory, f"the address's edition {step}")


@pytest.mark.parametrize("url", [
    "https://www.example.com/au/news/x",           # a step of two letters: a section as often
    "https://www.example.com/en/au/news/x",        # a language, then a section
    "https://www.example.com/en-au",               # the last step: a page's name, not an edition
    "https://www.example.com/xx-au/news/",         # 'xx' is no language
    "https://www.example.com/en-eu/news/",         # 'eu' is no country
    "https://www.example.com/es-419/noticias/",    # an area of the world, no country
    "https://www.example.com/news?edition=/en-au/x",  # the query is no path
    "https://www.example.com/news/green-au-pair/",    # words, not codes
])
def test_other_steps_name_nothing(url: str) -> None:
    assert territory_of_url(url) is None


def test_the_country_code_domain_and_a_wrapped_paper_come_first() -> None:
    # the address's own domain says more than an edition named in its path
    assert territory_of_url("https://www.example.co.nz/en-au/x/") == ("NZ", "address ends .nz")
    wrapped = "https://web.example.org/save/https://www.smh.com.au/en-gb/x/"
    assert territory_of_url(wrapped) == ("AU", "the address it wraps ends .au")
    # and the edition comes before the page's declared language
    assert territory_of(url="https://example.com/en-ca/a/", lang="en-US")[0] == "CA"  # type: ignore[index]


@given(st.sampled_from(sorted(_languages())), st.sampled_from(sorted(_countries())),
       st.sampled_from(["-", "_"]), st.booleans())
def test_any_language_and_country_pair_reads_the_country(lang: str, country: str, join: str,
                                                         upper: bool) -> None:
    step = f"{lang}{join}{country.lower()}"
    step = step.upper() if upper else step
    found = territory_of_url(f"https://www.example.com/{step}/news/story-1")
    assert found is not None and found[0] == country and step in found[1]


def test_a_state_budget_on_an_australian_edition_reads_the_local_dollar() -> None:
    text = ("The state will borrow $4.2 billion next year, and $650 million goes to new "
            "trains for the western suburbs.")
    url = "https://www.example.com/en-au/analysis/state-budget-summary"
    conv = Conventions(date=None).with_territory(territory_of(url=url))
    got = extract(text, conventions=conv).mentions
    assert [m.unit for m in got] == ["AUD", "AUD"]
    assert all("the address's edition /en-au/" in (m.assumed or "") for m in got)
    # the text alone says nothing of Australia: the caller's dollar, as before
    assert [m.unit for m in extract(text).mentions] == ["USD", "USD"]


# ------------------------------------------------- the places an address's words name

@pytest.mark.parametrize("url, territory, words", [
    ("https://news.example.com/politics/queensland-budget-surplus-revealed/", "AU", "queensland"),
    ("https://example.com/2024/05/new-zealand-treasury-forecasts", "NZ", "new-zealand"),
    ("https://example.org/business/ontario-deficit-widens-1.234", "CA", "ontario"),
    ("https://example.net/world/singapore/household-grants-12345", "SG", "singapore"),
])
def test_the_places_an_addresss_words_name_are_the_last_resort(url: str, territory: str,
                                                                 words: str) -> None:
    assert territory_of_url(url) == (territory, f"the address's words {words!r}")


@pytest.mark.parametrize("url", [
    "https://example.com/markets/toronto-and-sydney-home-prices",   # two territories
    "https://example.com/food/turkey-prices-rise-before-the-holiday",  # an English word
    "https://example.com/a/9f86d081884c7d659a2feaa0c55ad015",      # no words at all
    "https://example.com/news/us-uk-trade-talks",                  # words under four letters
])
def test_words_naming_no_one_territory_name_nothing(url: str) -> None:
    assert territory_of_url(url) is None


def test_words_come_after_everything_the_page_says_of_itself() -> None:
    url = "https://example.com/world/queensland-floods-cost-estimate"
    assert territory_of_url("https://www.example.co.nz/world/queensland-floods/") == (
        "NZ", "address ends .nz")
    assert territory_of_url("https://example.com/en-ca/world/queensland-floods/")[0] == "CA"  # type: ignore[index]
    assert territory_of(url=url, lang="en-GB") == ("GB", "the page's language en-GB")
    assert territory_of(url=url) == ("AU", "the address's words 'queensland'")


def test_a_budget_page_whose_address_names_its_state_reads_the_local_dollar() -> None:
    text = "The surplus reached $2.1 billion, and $300 million goes to hospitals."
    url = "https://example.com/state-politics/queensland-budget-2025-explained"
    conv = Conventions().with_territory(territory_of_url(url))
    got = extract(text, conventions=conv).mentions
    assert [m.unit for m in got] == ["AUD", "AUD"]
    assert all("'queensland'" in (m.assumed or "") for m in got)
