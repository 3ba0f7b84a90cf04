"""Counts in English news: the noun a number counts, with adjectives, uncommon nouns, compound
nouns, people named after their country, and numbers that are labels. Sentences written for
this project in the shapes real news uses."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.counts import singular
from moneyfacts.currencies import lexicon


def _counts(text: str) -> list[tuple[str, str, Decimal | None]]:
    return [(m.text, m.unit, m.value) for m in extract(text).mentions if m.kind == "count"]


@pytest.mark.parametrize(("plural", "single"), [
    ("cases", "case"),            # '-s' after an 's': not 'cas'
    ("buses", "bus"),
    ("warehouses", "warehouse"),  # not 'warehous'
    ("analyses", "analysis"),
    ("bureaus", "bureau"),
    ("series", "series"),         # the same in the plural: not 'sery'
    ("batteries", "battery"),
    ("GPUs", "gpu"),              # an acronym's plural
])
def test_a_plural_has_its_singular(plural: str, single: str) -> None:
    assert singular(plural, lexicon()) == single


@pytest.mark.parametrize("word", ["bonus", "business", "crisis", "status", "gas"])
def test_a_singular_ending_in_s_is_no_plural(word: str) -> None:
    assert singular(word, lexicon()) is None


def test_a_count_of_cases_is_of_case() -> None:
    assert _counts("The ministry logged 3,417 new cases overnight.") == [
        ("3,417 new cases", "case", Decimal("3417"))]


def test_a_singular_noun_before_the_plural_is_its_modifier() -> None:
    # 'bonus' is no plural, 'customer' a noun in the singular: the last noun is counted
    assert _counts("Cardholders can earn 60,000 bonus miles this spring.") == [
        ("60,000 bonus miles", "mile", Decimal("60000"))]
    assert _counts("The lender froze 2.3 million customer accounts.") == [
        ("2.3 million customer accounts", "account", Decimal("2300000"))]


def test_a_plural_in_camel_case_is_counted() -> None:
    assert _counts("The company shipped 41 million iPads last year.") == [
        ("41 million iPads", "ipad", Decimal("41000000"))]


def test_people_named_by_their_country_are_counted() -> None:
    # 'Americans', 'Canadians': a plural of a country's adjective (CLDR through the gazetteer)
    assert _counts("About 48 million Americans travelled over the holiday.") == [
        ("About 48 million Americans", "American", Decimal("48000000"))]
    assert _counts("The flight brought home 312 Canadians from Lima.") == [
        ("312 Canadians", "Canadian", Decimal("312"))]


def test_capitalised_modifiers_before_a_plural_in_lower_case() -> None:
    assert _counts("The striker has scored in 14 Champions League matches this season.") == [
        ("14 Champions League matches", "match", Decimal("14"))]
    assert _counts("Rescuers reached 9 Red Cross shelters by noon.") == [
        ("9 Red Cross shelters", "shelter", Decimal("9"))]


def test_a_number_after_a_capitalised_word_is_a_label_even_when_big() -> None:
    # a model number, however big, counts nothing; 'Boeing 737 jets' neither
    assert _counts("Retailers still list GTX 1660 cards at launch prices.") == []
    assert _counts("The carrier grounded its Airbus 320 planes.") == []
    # a name in lower camel case is as capitalised ('iPhone 15 Pro costs' counted 15 'costs')
    assert _counts("The new iPhone 16 Pro costs more than last year's.") == []
    assert _counts("Shoppers returned their iPad 10 chargers.") == []


def test_a_possessive_or_a_month_before_the_number_is_no_label() -> None:
    assert _counts("Scotland's 1,400 schools reopened on Monday.") == [
        ("1,400 schools", "school", Decimal("1400"))]
    assert _counts("In April 3,000 nurses joined the strike.") == [
        ("3,000 nurses", "nurse", Decimal("3000"))]


def test_a_title_in_capitals_is_no_label() -> None:
    assert _counts("Carmaker Cuts 800 Jobs at Ohio Plant") == [("800 Jobs", "job", Decimal("800"))]


def test_a_clause_after_the_number_counts_nothing() -> None:
    # 'when it ships', 'Smith says': a pronoun, a conjunction or a verb ends the phrase
    assert _counts("Reviewers will test the GX 4070 when it ships in May.") == []
    assert _counts("Read the full story on page 12 where Jones says more.") == []
    assert _counts("The amendment passed 4,210 while analysts watched.") == []


def test_two_modifiers_joined_by_and_or_or() -> None:
    assert _counts("The fund backs 120 small and medium firms.") == [
        ("120 small and medium firms", "firm", Decimal("120"))]
    assert _counts("Crews cleared 45 rail or road crossings.") == [
        ("45 rail or road crossings", "crossing", Decimal("45"))]
    # a number right before 'and' counts nothing of what follows the verb
    assert _counts("He sold 300 and bought 200 flats.") == [("200 flats", "flat", Decimal("200"))]


def test_a_capitalised_word_with_a_comma_before_the_number_is_no_label() -> None:
    assert _counts("At the Royal Infirmary, 14 flu patients were admitted.") == [
        ("14 flu patients", "patient", Decimal("14"))]


def test_more_before_the_noun_is_a_modifier_but_not_before_than() -> None:
    assert _counts("Rescuers found 14 more survivors on Sunday.") == [
        ("14 more survivors", "survivor", Decimal("14"))]
    assert _counts("Turnout was 300 more than expected.") == []


def test_a_fraction_without_magnitude_counts_no_unlisted_noun() -> None:
    # '3.5 cts' (cents, in Australian copy) was a count of 3.5 'ct'
    assert _counts("Analysts expect a payout of 4.5 cts a share.") == []
    assert _counts("The firm has 2.5 million subscribers.") == [
        ("2.5 million subscribers", "subscriber", Decimal("2500000"))]


def test_a_qualifier_hyphenated_onto_the_number_is_kept_before_the_noun() -> None:
    # '-plus' was read as a modifier of the noun and dropped: a count with no qualifier
    found = [(m.text, m.unit, m.value, m.qualifier)
             for m in extract("The lab hired 40-plus chemists last year.").mentions]
    assert found == [("40-plus chemists", "chemist", Decimal("40"), "ge")]
    assert [m.qualifier for m in extract("The lab hired 40 chemists.").mentions] == [None]
