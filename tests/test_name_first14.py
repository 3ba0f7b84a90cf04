"""A currency's name written capitalised before the number ('Rupees 542 billion', 'Naira 5
billion'), as South Asian and East African papers write amounts (namefirst, session 14).

The examples are written for these tests; the law runs over the lexicon's own names."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract
from moneyfacts.currencies import lexicon
from moneyfacts.signs import capital_names, name_before


def _money(text: str) -> list[tuple[str, str | None, Decimal, str | None]]:
    return [(m.text, m.unit, m.value, m.assumed) for m in extract(text).mentions if m.kind == "money"]


def test_a_capitalised_name_before_a_number_with_a_magnitude_is_read() -> None:
    [(text, unit, value, _)] = _money("Lagos spent Naira 7 billion on new roads.")
    assert (text, unit, value) == ("Naira 7 billion", "NGN", Decimal("7000000000"))
    [(text, unit, value, _)] = _money("The council borrowed DIRHAMS 40 million last year.")
    assert text == "DIRHAMS 40 million" and value == Decimal("40000000") and unit == "AED"


def test_a_shared_name_goes_through_the_resolver_and_says_so() -> None:
    [(_, unit, value, assumed)] = _money("The ministry set aside Rupees 318 billion for dams.")
    assert unit == "INR" and value == Decimal("318000000000")
    assert assumed is not None and "newsroom default" in assumed
    [(_, unit, _, assumed)] = _money("In Lahore the ministry set aside Rupees 318 billion.")
    assert unit == "PKR" and assumed is not None and "Lahore" in assumed
    [(_, unit, _, assumed)] = _money("Dodoma approved Shillings 41.3 trillion for the year.")
    assert unit == "TZS" and assumed is not None and "Dodoma" in assumed


def test_a_shared_name_the_text_does_not_settle_is_refused() -> None:
    result = extract("Farmers were lent Kwacha 2.5 billion this season.")
    assert not [m for m in result.mentions if m.kind == "money"]
    assert [s.text for s in result.skipped] == ["Kwacha 2.5 billion"]


def test_a_capitalised_name_before_a_number_ending_its_phrase() -> None:
    [(text, unit, value, _)] = _money("The fee was Naira 4,500.")
    assert (text, unit, value) == ("Naira 4,500", "NGN", Decimal("4500"))


def test_a_lower_case_name_first_also_weighs_the_places_of_the_text() -> None:
    # before: 'rupees 90' read as the newsroom default whatever the text's places said
    [(_, unit, _, assumed)] = _money("A Karachi vendor asks rupees 90.")
    assert unit == "PKR" and assumed is not None and "Karachi" in assumed


@pytest.mark.parametrize("text", [
    "there were dollars 5 of them",   # lower case, another word after the number
    "in rupees 5 times more",         # the name ends a phrase of its own
    "In Rupees 5 times more",         # capitalised, but no magnitude and the phrase goes on
    "Won 5 million in the lottery.",  # 'won' is a word as well as a name
    "Real 8 million in damages.",
    "Euro 2028 was awarded.",         # a year
    "The new engine meets Euro 6.",   # a small number without a magnitude: a standard
])
def test_no_amount_where_the_name_is_no_currency_of_the_number(text: str) -> None:
    assert _money(text) == []


def test_capital_names_are_long_names_not_english_words_unless_plural() -> None:
    names = capital_names(lexicon())
    assert {"naira", "kwacha", "rupees", "shillings", "dollars"} <= names
    assert not {"won", "real", "mark", "rand", "sterling", "sh", "kd"} & names


_NAMES = sorted(capital_names(lexicon()))


@given(st.sampled_from(_NAMES), st.sampled_from(["title", "upper"]), st.integers(1, 999),
       st.sampled_from(["million", "billion"]))
def test_a_capitalised_name_reads_one_of_its_currencies_or_is_refused(
        name: str, case: str, n: int, magnitude: str) -> None:
    """Law: 'The budget is N 5 billion.' reads 5 billion in a currency N names, or nothing."""
    lex = lexicon()
    written = name.title() if case == "title" else name.upper()
    text = f"The budget is {written} {n} {magnitude}."
    pos = text.index(f" {n} ") + 1
    found = name_before(text, pos, lex, capital=True)
    if found is None:  # a currency word that spells no name of the lexicon alone
        assert _money(text) == []
        return
    _, sign, code = found
    allowed = {code} if code is not None else set(sign.codes if sign is not None else ())
    if sign is not None and sign.param == "dollar":
        from moneyfacts.resolve import family

        allowed |= set(family("dollar"))
    for text_, unit, value, _ in _money(text):
        assert text_ == f"{written} {n} {magnitude}"
        assert unit in allowed
        assert value == n * Decimal(10) ** (6 if magnitude == "million" else 9)


@pytest.mark.parametrize(("text", "written", "unit", "value"), [
    ("The emir gave KD one million to the fund.", "KD one million", "KWD", Decimal("1000000")),
    ("The bank holds USD three billion in reserve.", "USD three billion", "USD", Decimal("3000000000")),
    ("Nairobi approved Ksh two billion for water.", "Ksh two billion", "KES", Decimal("2000000000")),
])
def test_a_sign_or_code_before_a_spelled_number_with_a_magnitude(
        text: str, written: str, unit: str, value: Decimal) -> None:
    [(text_, unit_, value_, _)] = _money(text)
    assert (text_, unit_, value_) == (written, unit, value)


def test_a_shared_sign_before_a_spelled_number_is_weighed() -> None:
    [(_, unit, _, assumed)] = _money("A Colombo trader paid Rs four million.")
    assert unit == "LKR" and assumed is not None and "Colombo" in assumed


@pytest.mark.parametrize("text", [
    "THE TOP ONE MILLION",             # a code that is an English word
    "He gave MAD one billion.",
    "They met at Grade R two million times.",  # a one-letter sign
    "She paid $ one.",                 # no magnitude
])
def test_no_sign_before_a_spelled_number_where_prose_writes_words(text: str) -> None:
    assert _money(text) == []


def test_a_colloquial_word_capitalised_is_no_name_first() -> None:
    """[not-name-first]: 'Bucks 110, Celtics 102' is a score (a team's name), not dollars."""
    assert extract("Final: Bucks 118, Heat 105.").mentions == []
    assert [str(m) for m in extract("The meal cost 42 bucks.").mentions] == ["42 USD"]
