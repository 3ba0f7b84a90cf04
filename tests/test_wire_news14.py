"""Shapes of wire and business copy that a held-out set of agency, commodity and results stories
(session 14) read short: a price per a round number of units ('per 1,000 cubic meters', 'per
million Btu'), a gas unit after a slash ('/MMBtu', '/Mcf', '/mn Btu') and a per-unit noun
after a word or two that qualify it ('per ordinary share', 'per Class A share'). The units
table reads the British thermal unit and the gas trade's 'MMBtu', 'Mcf' and 'Bcf'. Sentences
written for this project."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

from moneyfacts import extract


def _read(text: str) -> list[tuple[str, str, str, Decimal | None, str | None]]:
    return [(m.text, m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


def test_a_price_per_a_round_number_of_units() -> None:
    # was '$410' with no per-unit and a measure '1,000 cubic metres' of its own
    assert _read("Pipeline gas to the plant costs $410 per 1,000 cubic metres this winter.") == [
        ("$410 per 1,000 cubic metres", "money", "USD", Decimal("410"), "1000 cubic metre")]
    assert _read("Jewellers paid Rs 61,200 per 10 grams on Monday.") == [
        ("Rs 61,200 per 10 grams", "money", "INR", Decimal("61200"), "10 gram")]
    # a plural noun that is no unit of measure is counted the same way
    assert _read("Clinics charge $35 per 100 patients for the test.")[0][4] == "100 patient"


def test_a_magnitude_word_after_per_counts_the_unit() -> None:
    # was per 'million': the magnitude word taken for the noun
    assert _read("Henry Hub futures settled at $3.12 per million Btu.") == [
        ("$3.12 per million Btu", "money", "USD", Decimal("3.12"), "1000000 btu")]
    assert _read("Utilities paid $7.40 per thousand cubic feet in January.") == [
        ("$7.40 per thousand cubic feet", "money", "USD", Decimal("7.40"), "1000 cubic foot")]


def test_a_number_after_per_that_is_not_round_is_no_per_unit() -> None:
    # 'per' as 'according to' before a year, or an odd count: the amount stands alone
    assert _read("Fees rose to $12 per 2019 figures.") == [
        ("$12", "money", "USD", Decimal("12"), None)]
    assert _read("The pass costs $30 per 3 visits.")[0][4] is None


def test_a_gas_unit_after_a_slash() -> None:
    # a slash took only the nouns of [per] ('$45/oz'); a unit of the units table is one too
    assert _read("Asian spot LNG rose to $13.6/MMBtu last week.") == [
        ("$13.6/MMBtu", "money", "USD", Decimal("13.6"), "mmbtu")]
    assert _read("Wellhead gas fetched $2.05/Mcf in the basin.") == [
        ("$2.05/Mcf", "money", "USD", Decimal("2.05"), "mcf")]
    assert _read("Cargoes traded near $9/mn Btu before the holiday.") == [
        ("$9/mn Btu", "money", "USD", Decimal("9"), "1000000 btu")]
    # a slash before a word that is neither stays where it was
    assert _read("Prices of $40/bonus were odd.")[0][4] is None


def test_a_per_noun_after_words_that_qualify_it() -> None:
    # was per 'ordinary' / 'class' / 'versum': the first word after 'per'
    assert _read("The board declared 6.3p per ordinary share.") == [
        ("6.3p per ordinary share", "money", "GBP", Decimal("0.063"), "share")]
    assert _read("Holders receive $0.95 per Class B share in cash.") == [
        ("$0.95 per Class B share", "money", "USD", Decimal("0.95"), "share")]
    assert _read("Earnings were 82 cents per diluted share.")[0][4] == "share"
    assert _read("The buyer offers $61 per Halcyon share.")[0][4] == "share"
    # the first noun after 'per' is kept when no noun of [per] follows within two words
    # (named as [per] names it, as after 'a': 'kilo' is the kilogram since gnews15)
    assert _read("Sugar sold at $3 per kilo of refined cane.")[0][4] == "kilogram"
    assert _read("Tickets were $15 per adult.")[0][4] == "adult"


def test_a_range_takes_a_per_unit_with_a_number_and_no_measure_of_its_own() -> None:
    mentions = extract("Contract prices were $240-260 per 1,000 cubic metres, he said.").mentions
    assert [(m.text, m.low, m.high, m.per) for m in mentions] == [
        ("$240-260 per 1,000 cubic metres", Decimal("240"), Decimal("260"), "1000 cubic metre")]


def test_the_gas_units_as_measures() -> None:
    assert _read("Storage rose by 84 Bcf last week.") == [
        ("84 Bcf", "measure", "foot ** 3", Decimal("84000000000"), None)]
    assert _read("The boiler burns 3.5 million Btu an hour.") == [
        ("3.5 million Btu an hour", "measure", "british_thermal_unit", Decimal("3500000"), "hour")]
    assert _read("Sales reached 120 MMBtu.")[0][3] == Decimal("120000000")
    assert _read("Producers shipped 450 Mcf.")[0][3] == Decimal("450000")


_UNITS = st.sampled_from([("cubic metres", "cubic metre"), ("barrels", "barrel"),
                          ("tonnes", "tonne"), ("grams", "gram"), ("kilowatt hours", "kilowatt hour")])


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=1, max_value=6), _UNITS)
def test_a_per_unit_with_a_round_number_is_read_inside_the_span(
        price: int, power: int, unit: tuple[str, str]) -> None:
    # law: 'per 10^k <units>' is the per-unit '10^k <unit>', and the span covers all it reads
    written = f"{10 ** power:,}"
    text = f"The quote was ${price:,} per {written} {unit[0]}, traders said."
    mentions = extract(text).mentions
    assert len(mentions) == 1
    m = mentions[0]
    assert (m.value, m.per) == (Decimal(price), f"{10 ** power} {unit[1]}")
    assert text[m.start : m.end] == m.text == f"${price:,} per {written} {unit[0]}"


def test_a_bare_comparison_takes_the_currency_an_equivalent_in_brackets_restates() -> None:
    # was not read: the dollars in brackets counted as a second currency of the paragraph
    q = extract("Quarterly profit rose to 9.1 billion rand ($505 million) from 7.6 billion "
                "a year earlier.").mentions
    assert [(m.text, m.unit, m.value) for m in q] == [
        ("9.1 billion rand", "ZAR", Decimal("9100000000")),
        ("$505 million", "USD", Decimal("505000000")),
        ("7.6 billion", "ZAR", Decimal("7600000000"))]
    assert q[2].assumed is not None and "'$505 million', an equivalent in brackets" in q[2].assumed
    q = extract("Sales came to 41.2 trillion won ($31 billion), against 38.9 trillion in 2022.").mentions
    assert (q[-1].text, q[-1].unit) == ("38.9 trillion", "KRW")


def test_a_second_currency_outside_brackets_still_leaves_a_bare_comparison_unread() -> None:
    q = extract("Profit was 1.2 billion euros and $3 billion in fees, compared with 900 million.").mentions
    assert [m.text for m in q] == ["1.2 billion euros", "$3 billion"]
    # and a bracket whose first figure names no currency says nothing of the bare one after it
    q = extract("Profit was 31.2 billion ($4.3 billion), up from 29 billion.").mentions
    assert [m.text for m in q] == ["$4.3 billion"]


_CURRENCIES = st.sampled_from([("billion yuan", "CNY"), ("billion euros", "EUR"),
                               ("trillion yen", "JPY"), ("billion rupees", "INR")])


@given(st.integers(min_value=2, max_value=900), st.integers(min_value=1, max_value=900), _CURRENCIES)
def test_the_bare_comparison_after_a_pair_is_in_the_first_amounts_currency(
        first: int, before: int, currency: tuple[str, str]) -> None:
    text = (f"Net income reached {first} {currency[0]} (${first + 7} million), "
            f"compared with {before} billion a year ago.")
    mentions = extract(text).mentions
    assert [m.unit for m in mentions] == [currency[1], "USD", currency[1]]
    last = mentions[-1]
    assert last.text == f"{before} billion" and last.value == Decimal(before) * 10**9


def test_a_mixed_number_joined_by_a_hyphen() -> None:
    # was refused as a range that descends ('12' is not below '3/4 cents')
    assert _read("Corn futures gained 12-3/4 cents on the day.") == [
        ("12-3/4 cents", "money", "USD", Decimal("0.1275"), None)]
    assert _read("They laid a 2-1/2 mile pipe.")[0][3] == Decimal("2.5")
    # dates and scores stay unread, as before
    assert _read("The notice of 1-2/3/2024 came late.") == []


def test_a_fraction_after_decimals_is_a_fraction_of_the_last_digit() -> None:
    # grain prices in dollars and cents quote eighths and quarters of a cent: was $7.41 alone
    assert _read("March soybeans settled at $7.41-3/4 a bushel.") == [
        ("$7.41-3/4 a bushel", "money", "USD", Decimal("7.4175"), "bushel")]
    assert _read("Oats closed at $3.62 1/2 a bushel.")[0][3] == Decimal("3.625")
    # a fraction with no exact decimal is left out, the figure read as written
    assert _read("Wheat closed at $5.10 1/3 in thin trade.")[0][:4] == (
        "$5.10", "money", "USD", Decimal("5.10"))


@given(st.integers(min_value=100, max_value=2_000), st.sampled_from([(1, 4), (1, 2), (3, 4), (1, 8), (5, 8)]))
def test_a_tick_fraction_law(cents: int, fraction: tuple[int, int]) -> None:
    num, den = fraction
    price = Decimal(cents) / 100
    text = f"Futures settled at ${price:.2f}-{num}/{den} a bushel on Friday."
    m = extract(text).mentions[0]
    assert m.value == price + Decimal(num) / den / 100
    assert m.text == f"${price:.2f}-{num}/{den} a bushel" and m.per == "bushel"


def test_the_units_commodities_are_priced_by_after_a_or_an() -> None:
    assert _read("Robusta rose to $1.94 a pound.")[0][4] == "pound"
    # was '18 cents' and a measure of one pound read from 'a lb'
    assert _read("Raw sugar ended at 19.4 cents a lb.") == [
        ("19.4 cents a lb", "money", "USD", Decimal("0.194"), "pound")]
    assert _read("Eggs fetched $3.10 a dozen.")[0][4] == "dozen"
    assert _read("Feeder cattle traded at $251 a hundredweight.")[0][4] == "hundredweight"


def test_the_agencies_sterling_abbreviation() -> None:
    assert _read("The insurer made a profit of 48 mln stg.") == [
        ("48 mln stg", "money", "GBP", Decimal("48000000"), None)]


def test_an_amount_and_its_bracketed_equivalent_take_the_per_unit_after_the_bracket() -> None:
    # was no per-unit for either: the bracket stood between the amount and 'a tonne'
    assert _read("Palm oil ended at 4,120 ringgit ($875) a tonne.") == [
        ("4,120 ringgit", "money", "MYR", Decimal("4120"), "tonne"),
        ("$875", "money", "USD", Decimal("875"), "tonne")]
    assert [m[4] for m in _read("Gas sold for 23,500 roubles ($310) per 1,000 cubic metres.")] == [
        "1000 cubic metre", "1000 cubic metre"]
    # a span of time that dates the pair is no per-unit
    assert [m[4] for m in _read("Profit was 6 billion rand ($330 million) a year earlier.")] == [
        None, None]


def test_a_total_and_its_per_share_figure_compared_with_last_years_pair() -> None:
    # '$61 million, or 9 cents' restates last year's total per share as the first pair did:
    # the 9 cents had no per-unit (the total with a magnitude between stopped the carry)
    q = extract("The miner earned $140 million, or 21 cents a share, against "
                "$61 million, or 9 cents, a year before.").mentions
    assert [(m.text, m.per) for m in q] == [
        ("$140 million", None), ("21 cents a share", "share"),
        ("$61 million", None), ("9 cents", "share")]
    # with no ', or' pair before it the carry stops at a total, as before
    q = extract("Dividends rose to 21 cents a share from $61 million and 9 cents.").mentions
    assert q[-1].per is None


def test_cents_after_a_total_and_or_are_the_totals_hundredths() -> None:
    # were read as US cents whatever the total's currency ('assumed' said so)
    q = extract("The brewer earned 612 million euros, or 31 cents a share.").mentions
    assert [(m.unit, m.value, m.per) for m in q] == [
        ("EUR", Decimal("612000000"), None), ("EUR", Decimal("0.31"), "share")]
    assert q[1].assumed is not None and "'612 million euros'" in q[1].assumed
    q = extract("Wesfarmers posted A$2.4 billion, or 212 cents a share.").mentions
    assert q[1].unit == "AUD"
    # a currency whose hundredth is no cent, or cents written as US cents: as before
    q = extract("It earned 5 billion yuan, or 12 cents a share.").mentions
    assert q[1].unit == "USD" and q[1].assumed == "'cents' read as USD (dollar='USD')"
    assert extract("It earned 9 billion euros, or 45 US cents a share.").mentions[1].unit == "USD"


def test_a_headline_in_capitals_keeps_its_signs_and_hundredths() -> None:
    # were not read: 'Rs', 'Dh', 'KSh' are matched as the lexicon spells them, and 'cents',
    # 'pence' only in lower case; in a line of capitals they are read as those spellings
    text = "TATA STEEL Q2 PROFIT AT RS 3,210 CRORE; SHARES UP 40 CENTS\nThe body says Rs 5."
    q = extract(text).mentions
    assert [(m.text, m.unit, m.value) for m in q] == [
        ("RS 3,210 CRORE", "INR", Decimal("32100000000")),
        ("40 CENTS", "USD", Decimal("0.40")),
        ("Rs 5", "INR", Decimal("5"))]
    assert all(text[m.start : m.end] == m.text for m in q)
    assert [(m.text, m.unit) for m in extract("ADNOC UNIT RAISES DH4.5BN").mentions] == [
        ("DH4.5BN", "AED")]
    assert [(m.text, m.value, m.per) for m in extract("TESCO PAYS 3.2P A SHARE").mentions] == [
        ("3.2P A SHARE", Decimal("0.032"), "share")]


def test_capitals_in_a_line_of_mixed_case_stay_as_they_were() -> None:
    # 'RS 5' in ordinary copy is no sign; '50 CENTS' in a mixed line stays unread
    assert extract("The RS 5 model and 50 CENTS were named.").mentions == []


@given(st.sampled_from(["RS 45 CRORE", "KSH 12 BILLION", "DH3BN", "40 CENTS", "7P"]),
       st.text(alphabet="ABCDEFGHIJ ,:", min_size=0, max_size=20))
def test_restored_capitals_keep_every_span(amount: str, head: str) -> None:
    text = f"{head} {amount} UP\nlower case follows"
    for m in extract(text).mentions:
        assert text[m.start : m.end] == m.text
