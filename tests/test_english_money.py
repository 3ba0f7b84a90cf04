"""English money in the forms of the peers' suites (issue 21 §2, §3): hundredths, cents,
qualifiers, ranges, fractions of a magnitude, codes with a magnitude letter. Each reading is
the amount the text states, or a refusal; never a silent wrong number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import check as moneyfacts_check
from moneyfacts import extract, parse
from moneyfacts.currencies import lexicon_sections


def readings(text: str) -> list[str]:
    return [str(q) for q in extract(text).mentions]


# ----------------------------------------------------------------- hundredths and cents
@pytest.mark.parametrize("text, value, unit", [
    ("US$3 and fourteen", "3.14", "USD"),
    ("3 GBP and one", "3.01", "GBP"),
    ("$20 and forty-three cents", "20.43", "USD"),
    ("twenty dollars and forty-three cents", "20.43", "USD"),
    ("$5 and 3 cents", "5.03", "USD"),
    ("$5 and 3¢", "5.03", "USD"),
])
def test_spelled_or_digit_hundredths_after_and(text: str, value: str, unit: str) -> None:
    q = parse(text)
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_hundredths_after_and_end_the_phrase() -> None:
    # a figure after 'and' that does not end the phrase is no hundredths (it counts the jobs:
    # a spelled count, counts14)
    assert readings("He raised $5 and fourteen jobs") == ["5 USD", "14 job"]
    assert readings("It costs you 10 us dollar and me c $ 100 and fifty.") == [
        "10 USD", "100.50 CAD"]


def test_cent_sign_after_digits() -> None:
    q = parse("10¢")
    assert (q.value, q.unit) == (Decimal("0.10"), "USD")
    assert q.assumed == "'¢' read as USD (dollar='USD')"
    assert parse("It costs 10¢ a share.").per == "share"


def test_cents_and_pence_are_one_list() -> None:
    """[minor] spells the hundredths once; the subunit reader joins them from there."""
    from moneyfacts.subunits import subunit_words

    words = subunit_words()
    assert {"cents", "pence", "penny", "¢"} <= words
    assert parse("2 dollars and 23 cents").value == Decimal("2.23")
    assert parse("£3 and 20 pence").value == Decimal("3.20")


@pytest.mark.parametrize("text, qual", [
    ("lower than 7€", "lt"), ("higher than $5 billion", "gt"), ("greater than 5 euros", "gt"),
])
def test_comparative_qualifiers(text: str, qual: str) -> None:
    assert parse(text).qualifier == qual


# ----------------------------------------------------------- fractions of a magnitude
@pytest.mark.parametrize("text, value", [
    ("It costs half million USD.", "500000"),
    ("It costs quarter million us dollars.", "250000"),
    ("It costs a quarter million us dollars.", "250000"),
    ("It costs three quarters billion us dollars.", "750000000"),
    ("a quarter of a million dollars", "250000"),  # was a silent 1 million
    ("three quarters of a billion euros", "750000000"),
    ("one and a half billion dollars", "1500000000"),
    ("half a billion dollars", "500000000"),
    ("a half billion dollars", "500000000"),
])
def test_fraction_of_a_magnitude(text: str, value: str) -> None:
    (q,) = extract(text).mentions
    assert q.value == Decimal(value)


@pytest.mark.parametrize("text", [
    "a third of a million dollars", "two thirds of a billion dollars",
    "a fraction of a million dollars",
])
def test_fraction_with_no_exact_value_is_not_a_million(text: str) -> None:
    assert extract(text).mentions == []


def test_a_million_after_of_is_still_a_million() -> None:
    assert readings("the cost of a million homes") == ["1 million home"]


# ---------------------------------------------------- a magnitude letter on the code
@pytest.mark.parametrize("text, value, unit", [
    ("five more losses in excess of 30 MUSD were reported", "30000000", "USD"),
    ("The client estimates an increase to 120 MEUR", "120000000", "EUR"),
    ("Refers to 48.5 MGBP purchase price already paid", "48500000", "GBP"),
    ("The company has annual revenues of about MAUD 60", "60000000", "AUD"),
    ("In 1993, 25 grants were provided, totalling twenty MUSD", "20000000", "USD"),
    ("a budget of 500 kEUR", "500000", "EUR"),
])
def test_code_with_magnitude_letter(text: str, value: str, unit: str) -> None:
    (q,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_code_with_magnitude_letter_not_a_word() -> None:
    assert [q for q in extract("MALL 5 stars").mentions if q.kind == "money"] == []
    skipped = extract("MAUD 5 million").skipped
    assert skipped and "two magnitudes" in skipped[0].reason


# ------------------------------------------------------------ signs and shared words
def test_a_sign_between_two_numbers_is_the_next_ones() -> None:
    assert readings("1 $10 dollars bill") == ["10 USD"]
    assert readings("$10 dollars") == ["10 USD"]
    assert readings("10€20") == ["10 EUR"]  # glued on both sides: no guess at a second amount


def test_rials_are_not_riyals() -> None:
    """CLDR's rial is Iran's, Oman's and Yemen's: 'rials' alone is refused, not a Saudi
    riyal by default; the text settles it."""
    found = extract("10 rials")
    assert found.mentions == [] and "IRR, OMR, YER" in found.skipped[0].reason
    (q,) = extract("Saudi Aramco paid 10 billion rials").mentions
    assert q.unit == "SAR" and q.assumed == "'rials' read as SAR: 'Saudi' in the text"
    assert parse("10 Omani rials").unit == "OMR"


def test_spelled_pounds_stay_words_but_a_magnitude_settles_them() -> None:
    assert extract("ten pounds").mentions == []
    assert parse("ten million pounds").value == Decimal("10000000")


# ------------------------------------------------------------ names before the number
@pytest.mark.parametrize("text, value, unit", [
    ("ringgit 42", "42", "MYR"),
    ("malaysian ringgits 42", "42", "MYR"),
    ("The price starts at dollar 22.5 million.", "22500000", "USD"),
    ("He sold yen 5 billion.", "5000000000", "JPY"),
])
def test_a_currency_name_in_lower_case_before_the_number(text: str, value: str, unit: str) -> None:
    (q,) = extract(text).mentions
    assert (q.value, q.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("text", ["Euro 2024", "euro 2024.", "the dollar 10 years ago"])
def test_a_name_before_a_year_or_a_counted_number_is_no_amount(text: str) -> None:
    assert [q for q in extract(text).mentions if q.kind == "money"] == []


@pytest.mark.parametrize("text, unit", [
    ("42 malaysia ringgit", "MYR"), ("malaysia ringgits 42", "MYR"), ("10 japan yen", "JPY"),
    ("5 egypt pounds", "EGP"),
])
def test_the_country_name_before_its_currency_word(text: str, unit: str) -> None:
    """CLDR: the territory where the currency is tender, before the name's last word."""
    assert parse(text).unit == unit


# ---------------------------------------------------------- ranges and bare hundredths
def test_a_bare_low_end_after_from_and_and() -> None:
    (q,) = extract("from 1 point 1 and one point three dollars").mentions
    assert (q.low, q.high, q.unit) == (Decimal("1.1"), Decimal("1.3"), "USD")
    assert readings("income from $5 million and $3 million of fees") == [
        "5 million USD", "3 million USD"]


def test_two_bare_digits_and_a_word_after_an_amount_are_in_doubt() -> None:
    """'15 USD 50 more': its hundredths, or another figure? Refused, not a silent 15 USD."""
    found = extract("And if they had just 15 USD 50 more, they would have paid.")
    assert found.mentions == []
    assert "may be its hundredths or another figure" in found.skipped[0].reason
    assert readings("It cost 20 euros 43.") == ["20.43 EUR"]  # ending the phrase: hundredths
    assert readings("The fund paid $20 12 months ago") == ["20 USD", "12 month"]
    assert readings("It paid 20 euros 43 times") == ["20 EUR"]  # a figure of a plural noun


# ---------------------------------------------------------------- 'a' as one
@pytest.mark.parametrize("text, value, qual", [
    ("a dollar", "1", None), ("It cost a euro.", "1", None),
    ("above a dollar and 42 cents", "1.42", "gt"),
])
def test_a_before_a_currency_word_is_one(text: str, value: str, qual: str | None) -> None:
    q = parse(text)
    assert (q.value, q.qualifier) == (Decimal(value), qual)


@pytest.mark.parametrize("text", ["a dollar bond", "a pound of flour", "a euro zone"])
def test_a_before_a_currency_word_and_a_noun_is_words(text: str) -> None:
    # no money ('a pound of flour' is a measure since the units work: 1 pound)
    assert [m for m in extract(text).mentions if m.kind == "money"] == []


@pytest.mark.parametrize("text, low, high", [
    ("$5 to about $7 billion", "5000000000", "7000000000"),  # was a silent $5 and about $7bn
    ("between 5 and around 7 dollars", "5", "7"),
    ("2 - ~7 grams", "2", "7"),
])
def test_a_range_whose_high_end_is_said_about(text: str, low: str, high: str) -> None:
    (q,) = extract(text).mentions
    assert (q.low, q.high) == (Decimal(low), Decimal(high))


# ------------------------------------------------------------- codes in lower case
def test_an_iso_code_in_lower_case_after_the_number() -> None:
    assert readings("10 rmb 20 usd") == ["10 CNY", "20 USD"]
    assert parse("It costs half million usd.").value == Decimal("500000")


@pytest.mark.parametrize("text", ["1 cup of flour", "5 all", "a 10 awg wire"])
def test_a_lower_case_code_that_is_a_word_is_no_currency(text: str) -> None:
    assert [q for q in extract(text).mentions if q.kind == "money"] == []


def test_a_currency_on_both_sides_of_a_number_is_in_doubt() -> None:
    found = extract("rmb 10 usd 20")  # 10 yuan, or 10 dollars (and 20 their cents)?
    assert found.mentions == []
    assert "a currency before the number and another after it" in found.skipped[0].reason
    assert readings("ten dollars 20 cents") == ["10.20 USD"]  # hundredths: no doubt


def test_a_sign_between_two_numbers_spaced() -> None:
    assert readings("1 $ 10 dollars bill") == ["10 USD"]
    assert readings("5 € 30 km") == ["5 EUR", "30 kilometer"]


# ------------------------------------------------------------- former currencies
@pytest.mark.parametrize("text, unit", [
    ("for 420 million finnish markka .", "FIM"),
    ("250 million dutch guilders of bonds", "NLG"),
    ("It paid 5 billion French francs in 1990.", "FRF"),
])
def test_a_former_currency_named_in_full(text: str, unit: str) -> None:
    (q,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert q.unit == unit and q.assumed is None


def test_a_former_currency_is_checked_as_unverifiable_not_as_another() -> None:
    import datetime

    report = moneyfacts_check("It paid 5 billion French francs ($800 million).",
                              date=datetime.date(1990, 3, 3))
    assert [f.verdict for f in report.findings] == ["unverifiable"]
    assert "FRF" in (report.findings[0].explanation or "")


# ------------------------------------------------- the yuan spoken, and former pesetas
def test_kuai_and_mao_with_the_fen_after_the_tenths() -> None:
    from moneyfacts.grammar import scan

    assert readings("It may need one kuai and five mao five.") == ["1.55 CNY"]
    assert readings("3 kuai 5 mao") == ["3.5 CNY"]
    assert [str(q) for q in scan("5元3毛5", locale="zh")] == ["5.35 CNY"]


def test_pesetas_alone_are_refused_not_counted() -> None:
    found = extract("6.65 billion pesetas")
    assert found.mentions == [] and "(ESP, ADP)" in found.skipped[0].reason
    assert parse("6.65 billion Spanish pesetas").unit == "ESP"


@pytest.mark.parametrize("text, unit", [
    ("42 egyptianpound", "EGP"), ("42 Saudiriyal", "SAR"), ("42 geneh", "EGP"),
    ("42 genihat masriya", "EGP"),
])
def test_names_written_as_one_word_and_egyptian_pounds(text: str, unit: str) -> None:
    assert parse(text).unit == unit


# ------------------------------------------------------- a change and the level reached
@pytest.mark.parametrize("text, want", [
    ("Shares rose $1.20 to $45.60.", ["1.20 USD", "45.60 USD"]),
    ("Profit fell by $1.2bn to $5.6bn.", ["1.2 billion USD", "5.6 billion USD"]),
    ("It fell 20 cents to $3.10.", ["0.20 USD", "3.10 USD"]),
    ("It rose nearly $1 to $5.", ["about 1 USD", "5 USD"]),
    # after 'from': the level it left and the level it reached (was the range '5–7 billion USD')
    ("Profit rose from $5bn to $7bn.", ["5 billion USD", "7 billion USD"]),
    ("Output increased from 5% to 7%.", ["5 percent", "7 percent"]),
    # ... also with the change written as a share before the levels
    ("Grants went up by 12.5% from Rs40 crore to Rs45 crore.",
     ["12.5 percent", "400 million INR", "450 million INR"]),
    ("Costs rose 4 per cent from £2.5bn to £2.6bn.",
     ["4 percent", "2.5 billion GBP", "2.6 billion GBP"]),
])
def test_a_change_to_a_level_is_two_amounts_not_a_range(text: str, want: list[str]) -> None:
    """These were silent ranges ('1.20–45.60 USD')."""
    assert readings(text) == want


@pytest.mark.parametrize("text, want", [
    ("It cost $5bn to $7bn.", ["5–7 billion USD"]),
    ("prices up 5 to 10 dollars", ["5–10 USD"]),  # a bare low end: a range of the change
    ("Sales ranged from $5bn to $7bn.", ["5–7 billion USD"]),  # no change before 'from'
    # (world22: 'Costs rose from $3 to 4 million' is a change, two figures, the level left
    # refused for want of its magnitude: see test_world22.py)
])
def test_ranges_stay_ranges(text: str, want: list[str]) -> None:
    assert readings(text) == want


# -------------------------------------------------------- spelled numbers before cents
@pytest.mark.parametrize("text, want", [
    ("It cost fifty cents.", ["0.50 USD"]), ("ten pennies", ["0.10 GBP"]),
    ("its shares slid in late dealings to close one penny", ["0.01 GBP"]),
])
def test_a_spelled_number_before_a_hundredth(text: str, want: list[str]) -> None:
    assert readings(text) == want


@pytest.mark.parametrize("text", [
    "my two cents", "He added his two cents worth.", "not one cent",
])
def test_the_idioms_stay_words(text: str) -> None:
    assert extract(text).mentions == []


def test_digits_and_a_half_before_a_magnitude() -> None:
    """'$2 and a half million' was a silent 2 USD."""
    q = parse("about $2 and a half million")
    assert (q.value, q.precision, q.qualifier) == (Decimal("2500000"), Decimal("1E+5"), "approx")


def test_quid_is_sterling() -> None:
    assert readings("The bill was 40 quid.") == ["40 GBP"]
    assert extract("quid pro quo").mentions == []


@pytest.mark.parametrize("text, low, high", [
    ("It cost between five and ten dollars.", "5", "10"),  # was a silent 10 USD
    ("from five to ten dollars", "5", "10"),
    ("It cost ten to fifteen dollars.", "10", "15"),
])
def test_a_spelled_range_before_a_currency_word(text: str, low: str, high: str) -> None:
    (q,) = extract(text).mentions
    assert (q.low, q.high) == (Decimal(low), Decimal(high))


def test_trillions_is_french_long_scale_not_a_silent_figure() -> None:
    """'$2 trillions' was a silent 2 USD; French counts 'trillions' as 10^18."""
    from moneyfacts.grammar import scan

    found = extract("$2 trillions")
    assert found.mentions == [] and "locale='fr'" in found.skipped[0].reason
    assert [q.value for q in scan("2 trillions d'euros", locale="fr")] == [Decimal(2 * 10**18)]
    assert parse("$2 trillion").value == Decimal(2 * 10**12)


def test_the_fen_after_the_tenths_before_a_verb() -> None:
    """Dutch puts the verb last: 'vijf mao vijf kosten' is 0.55 (it was a silent 1.5 CNY)."""
    from moneyfacts.grammar import scan

    assert [str(q) for q in scan("Het zal een kuai en vijf mao vijf kosten.", locale="nl")] == [
        "1.55 CNY"]
    assert readings("3 kuai 5 mao 5 people came") == ["3.5 CNY", "5 person"]


@pytest.mark.parametrize(("text", "want"), [
    # A decimal point after the digits is no end of the phrase: '3.4 billion' is a figure of
    # its own, not the hundredths of the amount before (was a silent 26,000.03 USD).
    ("The fund raised $26,000 and 3.4 billion Hong Kong dollars from local investors.",
     ["26000 USD", "3400000000 HKD"]),
    ("Costs 20 dollars 43.5 percent more", ["20 USD"]),
    # The end of the sentence still ends it: hundredths.
    ("He paid 3 GBP and 1.", ["3.01 GBP"]),
    ("It was 20 dollars 43.", ["20.43 USD"]),
])
def test_a_decimal_point_is_no_end_of_the_phrase(text: str, want: list[str]) -> None:
    got = [f"{m.value:f} {m.unit}" for m in extract(text).mentions if m.kind == "money"]
    assert got == want


@settings(max_examples=60)
@given(verb=st.sampled_from(sorted(
           k for k, v, _ in lexicon_sections()["range-change"] if k.isascii() and k.isalpha()
           and k not in ("by", "up", "down"))),
       low=st.integers(1, 400), step=st.integers(1, 400), sign=st.sampled_from(["$", "€", "£"]),
       share=st.sampled_from(["", " 5%", " by 12.5%", " 3 per cent", " 7 percent"]))
def test_a_change_from_a_level_to_another_is_two_amounts(
        verb: str, low: int, step: int, sign: str, share: str) -> None:
    """Law: 'Sales <verb> [by N%] from <sign>A million to <sign>B million' is the level left
    and the level reached, two amounts with their own values, never the range A–B
    ([range-change])."""
    text = f"Sales {verb}{share} from {sign}{low} million to {sign}{low + step} million last year."
    values = [m.value for m in extract(text).mentions if m.kind == "money"]
    assert values == [Decimal(low) * 10**6, Decimal(low + step) * 10**6]


@pytest.mark.parametrize("text, want", [
    # Dutch: a change verb before 'van X tot Y' is the level left and the level reached
    ("De omzet steeg van 5 miljard euro tot 7 miljard euro.", ["5 billion EUR", "7 billion EUR"]),
    ("De winst daalde met 12% van 40 miljoen euro tot 35 miljoen euro.",
     ["12 percent", "40 million EUR", "35 million EUR"]),
    # ... without one, 'van X tot Y' and 'tussen X en Y' stay ranges
    ("De prijs ligt tussen 5 en 7 euro.", ["5–7 EUR"]),
    ("Een kaartje kost van 5 tot 7 euro.", ["5–7 EUR"]),
])
def test_a_dutch_change_from_a_level_to_another(text: str, want: list[str]) -> None:
    assert [str(m) for m in extract(text, locale="nl").mentions] == want


@pytest.mark.parametrize(("text", "want"), [
    # A verb of a move before 'from X to Y' is the level left and the level reached ...
    ("The council's arrears have gone from £3.1 million to £5 million.", ["3.1 million GBP", "5 million GBP"]),
    ("The unit swung from $12m to $4m in a year.", ["12 million USD", "4 million USD"]),
    ("Sales dip from $9bn to $8.5bn.", ["9 billion USD", "8.5 billion USD"]),
    # ... but it makes no change of a bare 'X to Y' after it, and 'go', 'run' are ranges
    ("Fares went $5 to $10 higher.", ["5–10 USD"]),
    ("Seats go from $35 to $80.", ["35–80 USD"]),
    ("Seats run from $35 to $80.", ["35–80 USD"]),
    # a directional verb of the new block counts before a bare 'X to Y' too
    ("The stock plummeted $3 to $41.50.", ["3 USD", "41.50 USD"]),
])
def test_verbs_of_a_move_make_a_change_only_before_from(text: str, want: list[str]) -> None:
    """[range-change] words marked ``from`` count only before 'from X to Y'."""
    assert [str(m) for m in extract(text).mentions] == want


@pytest.mark.parametrize(("text", "want"), [
    # A word naming no unit between 'per'/'a' and a noun of [per] modifies the noun.
    ("Boarding costs $6,500 per academic year.", ["6,500 USD per year"]),
    ("Parking is £95 a calendar month.", ["95 GBP per month"]),
    ("Casual staff earn $210 per working day.", ["210 USD per day"]),
    ("Fees run $2,500 to $3,000 per school year.", ["2,500–3,000 USD per year"]),
    ("The plant refines 95,000 barrels per calendar day.", ["95,000 barrel per day"]),
    ("It shipped 1.5 million tonnes a calendar year.", ["1.5 million metric_ton per year"]),
    # ... a span of time before a word of [not-per] is still none, and a noun of [per] right
    # after 'per' is read as before
    ("Rent was $900 a calendar month later.", ["900 USD"]),
    ("Oil fetched $81 per barrel of Brent.", ["81 USD per barrel"]),
])
def test_a_modifier_between_per_and_its_noun(text: str, want: list[str]) -> None:
    assert [str(m) for m in extract(text).mentions] == want


def test_no_modified_per_unit_in_another_language() -> None:
    """Spanish 'a un año' (in a year) is no per-unit 'año' modified by 'un'."""
    (m,) = extract("La deuda sumó $ 420 millones a un año.", locale="es").mentions
    assert (m.value, m.per) == (Decimal(420) * 10**6, None)


@settings(max_examples=80)
@given(n=st.integers(1, 999).filter(lambda n: n % 10 != 0),
       magnitude=st.sampled_from(["thousand", "million", "billion"]),
       hyphen=st.booleans(), word=st.sampled_from(["dollar", "euro", "pound"]))
def test_a_spelled_compound_adjective_keeps_its_magnitude(
        n: int, magnitude: str, hyphen: bool, word: str) -> None:
    """Law: 'a <spelled n>-<magnitude>-<currency> fine' reads as '<n>-<magnitude>-...' does:
    the same value and the magnitude's precision (was a precision of one unit: 'two-million'
    rewritten as 2000000; '5-thousand-dollar' was the range 5-1,000). ``n`` ends in a units
    word: a spelled round ten ('ninety million') is read as round (precision 10**7), where
    '90 million' in digits is precise to the million."""
    from num2words import num2words

    spelled = num2words(n).replace(",", "")
    joined = spelled.replace(" ", "-") if hyphen else spelled
    words = extract(f"The court set a {joined}-{magnitude}-{word} fine.").mentions
    digits = extract(f"The court set a {n}-{magnitude}-{word} fine.").mentions
    assert [(m.value, m.precision, m.unit) for m in words] == [
        (m.value, m.precision, m.unit) for m in digits]
    assert words and words[0].precision == Decimal(10) ** {"thousand": 3, "million": 6,
                                                           "billion": 9}[magnitude]


@pytest.mark.parametrize(("text", "want"), [
    # a per-unit hyphenated onto an amount before its noun
    ("She took a $72,000-a-year post in Ohio.", ["72,000 USD per year"]),
    ("Unions want a £12-an-hour floor.", ["12 GBP per hour"]),
    ("The board backed a $1.10-a-share payout.", ["1.10 USD per share"]),
    ("Brokers eye a $95-per-barrel ceiling.", ["95 USD per barrel"]),
    ("It is a $2-billion-a-year business.", ["2 billion USD per year"]),
    # no noun of [per] after the hyphen: no per-unit
    ("Fares went up a $5-a-bit at a time.", ["5 USD"]),
])
def test_a_hyphenated_per_unit_on_money(text: str, want: list[str]) -> None:
    assert [str(m) for m in extract(text).mentions] == want


@pytest.mark.parametrize(("text", "want"), [
    # the agencies' abbreviations of the dollar and the Canadian dollar
    ("Net income was 41.7 mln dlrs in the quarter.", ["41.7 million USD"]),
    ("Crude rose 1.20 dlrs to 78.40 dlrs a barrel.", ["1.20 USD", "78.40 USD per barrel"]),
    ("The miner raised Can$85 million in a share sale.", ["85 million CAD"]),
    # 'Can' apart from '$' is the verb
    ("Can $40 buy a good bottle of wine?", ["40 USD"]),
])
def test_wire_abbreviations_of_dollars(text: str, want: list[str]) -> None:
    assert [str(m) for m in extract(text).mentions] == want


@pytest.mark.parametrize("words", ["seven eleven", "five six", "twenty thirty", "two three",
                                   "eleven twelve", "hundred hundred", "a two"])
def test_number_words_that_make_no_number_are_refused(words: str) -> None:
    """'Seven Eleven stores' counted 18 stores: the reader summed any number words. A unit
    follows only a ten or a hundred; a teen or a ten only a hundred (or nothing)."""
    from moneyfacts.numbers import read_spelled

    with pytest.raises(ValueError):
        read_spelled(words)


@settings(max_examples=60)
@given(n=st.integers(0, 999))
def test_every_english_number_below_a_thousand_reads(n: int) -> None:
    """Law: num2words' English for every number below a thousand reads back exactly."""
    from num2words import num2words

    from moneyfacts.numbers import read_spelled

    assert read_spelled(num2words(n)).value == n


def test_seven_eleven_is_no_count_of_eighteen() -> None:
    assert all(m.value != 18 for m in extract("Seven Eleven stores closed early.").mentions)


# (lead, session 19) An English verb or adjective before an amount that an ISO code spells too
# ([code-word]: 'top', 'try', 'all') is no currency before the number: the amount reads with
# the currency written after it instead of being refused for two currencies.
@settings(max_examples=40)
@given(word=st.sampled_from(sorted(w for w, _, _ in lexicon_sections()["code-word"])),
       n=st.integers(2, 999))
def test_an_english_word_spelled_like_a_code_is_no_currency_before_a_number(
        word: str, n: int) -> None:
    text = f"Revenue may {word} {n} million dollars this year."
    money = [m for m in extract(text).mentions if m.kind == "money"]
    assert [(m.unit, m.value) for m in money] == [("USD", Decimal(n) * 10**6)]


def test_a_currency_word_before_a_number_with_another_after_stays_in_doubt() -> None:
    skipped = extract("a price of rmb 10 usd").skipped
    assert [s.text for s in skipped] == ["rmb 10 usd"]


# (lead, session 19) A dollar's cents after the letters of its prefixed sign: 'NZ cents' of
# 'NZ$', 'HK cents' of 'HK$' (trade19's '3.13 NZ cents a share'), as 'US cents' of 'US$'.
def _prefixed_dollars() -> list[tuple[str, str]]:
    from moneyfacts.currencies import prefixed_dollars

    magnitudes = {k.lower() for k, _, _ in lexicon_sections()["magnitude"]}  # '1 BN cents'
    return sorted((k, v) for k, v in prefixed_dollars().items() if k.lower() not in magnitudes)


def test_the_prefixed_dollars_include_the_press_s_own() -> None:
    assert {("NZ", "NZD"), ("HK", "HKD"), ("US", "USD")} <= set(_prefixed_dollars())


@settings(max_examples=40)
@given(sign=st.sampled_from(_prefixed_dollars()), n=st.integers(1, 99))
def test_cents_after_the_letters_of_a_prefixed_dollar(sign: tuple[str, str], n: int) -> None:
    letters, code = sign
    money = [m for m in extract(f"The dividend was {n} {letters} cents a share.").mentions
             if m.kind == "money"]
    assert [(m.unit, m.value, m.per) for m in money] == [(code, Decimal(n) / 100, "share")]
