"""Reading gaps of issue 21 §3 in English: plural magnitudes, pence and cents, counts with
an adjective or an uncommon noun, and a currency carried over from the sentence before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract, parse


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("Rs 245.5 crores", "INR", "2455000000"), ("245.5 crores rupees", "INR", "2455000000"),
     ("Rs 5 lakhs", "INR", "500000"), ("Rs 3 lakh crores", "INR", "3000000000000"),
     ("2.5 millions euros", "EUR", "2500000"), ("$75 millions", "USD", "75000000")],
)
def test_plural_magnitudes_after_a_figure(text: str, unit: str, value: str) -> None:
    """'Rs 245.5 crores' read 245.5 rupees: the plural magnitude was dropped silently."""
    q = parse(text)
    assert (q.unit, q.value, q.text) == (unit, Decimal(value), text)


def test_a_plural_magnitude_joins_a_range() -> None:
    q = parse("Rs 10-12 crores")
    assert (q.low, q.high) == (Decimal("1E+8"), Decimal("1.2E+8"))


def test_billions_stays_another_languages_magnitude() -> None:
    """'billions' is 10^12 in French (the long scale): not read as 10^9 in English."""
    ex = extract("It earned $3 billions.")
    assert ex.mentions == [] and "'fr'" in ex.skipped[0].reason


@pytest.mark.parametrize(
    ("text", "unit", "value", "precision"),
    [("12.5 pence a share", "GBP", "0.125", "0.001"), ("99 cents", "USD", "0.99", "0.01"),
     ("5 euro cents", "EUR", "0.05", "0.01"), ("75 US cents", "USD", "0.75", "0.01"),
     ("2 million pence", "GBP", "20000", "1E+4"), ("20 dollars and 43 cents", "USD", "20.43", "0.01"),
     ("3 Swiss francs 4 cents", "CHF", "3.04", "0.01"), ("1 USD et 23 cents", "USD", "1.23", "0.01")],
)
def test_pence_and_cents(text: str, unit: str, value: str, precision: str) -> None:
    """'12.5 pence a share' is 0.125 GBP; '5 euro cents' read 5 euros before."""
    q = parse(text)
    assert (q.unit, q.value, q.precision, q.text) == (unit, Decimal(value), Decimal(precision), text)


def test_cents_are_read_as_a_bare_dollar_is_and_say_so() -> None:
    q = parse("It costs 99 cents.")
    assert q.assumed == "'cents' read as USD (dollar='USD')"
    assert parse("It costs 99 cents.", dollar="CAD").unit == "CAD"
    assert parse("12.5 pence a share").per == "share" and parse("12.5 pence a share").assumed is None


def test_a_range_of_pence_scales_both_ends() -> None:
    q = parse("10-12 pence")
    assert (q.unit, q.low, q.high) == ("GBP", Decimal("0.10"), Decimal("0.12"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("my two cents", []), ("twenty dollar 43 cents", [("USD", "20.43")]), ("above a dollar and 42 cents", [("USD", "1.42")]), ("50 Cent sang", []), ("It rose 5 per cent.", [("percent", "5")]),
     ("It cost $5, 30 cents more.", [("USD", "5"), ("USD", "0.30")])],
)
def test_what_is_no_hundredth(text: str, expected: list[tuple[str, str]]) -> None:
    """A spelled number before 'cents' stays words (as 'two pounds' does), the cents of an
    amount not read are not read alone (never 0.43 for 'twenty dollar 43 cents'; 'a dollar' is
    one dollar now, so 'above a dollar and 42 cents' is 1.42, never 0.42), '50 Cent' is a
    name, 'per cent' a percentage, and a comma keeps an amount and the cents after it apart."""
    assert [(q.unit, q.value) for q in extract(text).mentions] == [
        (u, Decimal(v)) for u, v in expected]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("It built 52 priority road projects.", "project", "52"),
     ("It drilled 61 oil wells.", "well", "61"), ("About 52 projects were built.", "project", "52"),
     ("The 12 banks agreed.", "bank", "12"), ("It has 126 fighter jets.", "jet", "126"),
     ("建设320个项目", "项目", "320"), ("5家公司", "公司", "5"),
     ("It has 5,000 new electric buses", "bus", "5000")],
)
def test_counts_with_adjectives_or_uncommon_nouns(text: str, unit: str, value: str) -> None:
    """A plural in lower case after at most two modifiers counts, for any plain number."""
    (q,) = extract(text).mentions
    assert (q.kind, q.unit, q.value) == ("count", unit, Decimal(value))


@pytest.mark.parametrize(
    "text",
    ["In 2024 companies raised more money.", "On March 3 officials said so.",
     "The Boeing 737 jets were grounded.", "It sold 2,026\nshares of stock.",
     "Ha vendido 15 dolares.", "Han comprado 126 aviones.",
     "It rose 5% as rivals fell.", "He was 52 years old.", "5306亿台币"],
)
def test_what_counts_no_noun(text: str) -> None:
    """Years, days after a month, labels after a capitalised word, a noun across a line break,
    another language's nouns (py3langid), spelled numbers, percentages, ages and Han money
    are no counts."""
    assert [q for q in extract(text).mentions if q.kind == "count"] == []


def test_another_languages_nouns_count_with_its_own_locale_only() -> None:
    assert [q.kind for q in extract("It drilled 61 oil wells.").mentions] == ["count"]
    assert extract("Ha vendido 15 dolares.").mentions == []


def test_a_currency_carried_from_the_sentence_before() -> None:
    """Issue 21 §3: the second figure was not read at all."""
    ex = extract("Revenue was 52.3 billion yuan in 2024. Profit was 31.2 billion, up 5%.")
    q = ex.mentions[1]
    assert (q.unit, q.value, q.text) == ("CNY", Decimal("31.2E+9"), "31.2 billion")
    assert q.assumed == ("currency of '31.2 billion' carried from '52.3 billion yuan', the one "
                         "currency before it in its paragraph")


@pytest.mark.parametrize("text", [
    "The striker cost Leeds over a million pounds, and a million of any currency was a fortune"
    " for a transfer fee then.",
    "Spending on roads hit 8 billion euros. Budgets of 5 billion of every currency are now common.",
    "The bank held 40 billion euros of deposits and lent 2 billion of them to farmers.",
])
def test_a_figure_of_any_currency_or_of_things_takes_none_from_before(text: str) -> None:
    """'paying a million of any currency' took GBP from 'a million pounds' before it (a silent
    wrong currency): a phrase of [not-carried] right after a bare amount ('of any', 'of
    them') says it is in no currency of the text."""
    assert [q.text for q in extract(text).mentions if q.assumed and "carried" in q.assumed] == []


def test_a_figure_of_which_still_takes_the_currency() -> None:
    q = extract("The city raised 10 billion yuan, 3 billion of which went to schools.").mentions[1]
    assert (q.unit, q.value) == ("CNY", Decimal("3E+9"))


def test_a_carried_dollar_says_how_the_dollar_was_read() -> None:
    q = extract("Sales reached $4 billion. Net profit was 1.1 billion.").mentions[1]
    assert q.unit == "USD" and q.assumed is not None and "dollar='USD'" in q.assumed


@pytest.mark.parametrize(
    "text",
    ["Revenue was 52.3 billion yuan. Its population is 1.4 billion.",  # no money word
     "It paid $5 billion and 40 billion yuan. Profit was 31.2 billion.",  # two currencies
     "Revenue was 52.3 billion yuan.\nProfit was 31.2 billion.",  # another paragraph
     "Revenue was kr 5 billion. Profit was 3 billion.",  # a sign the text leaves open
     "Revenue was $7 billion. Profit was 31.2 billion ($4.3 billion)."],  # a pair's first figure
)
def test_no_currency_is_carried_when_the_text_does_not_settle_it(text: str) -> None:
    assert [q.text for q in extract(text).mentions if q.assumed and "carried" in q.assumed] == []


def test_exceeding_is_a_qualifier() -> None:
    q = parse("exceeding 2 hectoliters")
    assert (q.qualifier, q.unit, q.value) == ("gt", "hectoliter", Decimal(2))


def test_no_currency_is_carried_past_a_pair_whose_first_figure_names_none() -> None:
    """'1.6 billion ($2.54 billion)': the text's own currency is not the dollar."""
    ex = extract("It had a deficit of 1.6 billion ($2.54 billion), against 2.0 billion in August.")
    assert [q.text for q in ex.mentions] == ["$2.54 billion"]


def test_in_another_language_only_one_currencys_hundredths_are_read() -> None:
    from moneyfacts.grammar import scan

    # A euro cent, not a dollar's (was: not read at all; now the locale's own, recorded).
    (c,) = scan("Een kwartje is 25 cent.", locale="nl")
    assert (c.unit, c.value, c.assumed) == (
        "EUR", Decimal("0.25"), "'cent' read as EUR (the hundredth of locale 'nl''s currency)")
    (q,) = scan("une offre de 470 pence par action", locale="fr")
    assert (q.unit, q.value) == ("GBP", Decimal("4.70"))
