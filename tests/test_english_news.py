"""Money and percentages as English business news writes them: abbreviations glued to the
digits ('0.8pc', '452p', '18c') and names that look like an amount ('COP28'). Sentences
written for this project in the shapes real news uses."""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import extract


def _read(text: str) -> list[tuple[str, str, str, Decimal | None]]:
    return [(m.text, m.kind, m.unit, m.value) for m in extract(text).mentions]


def test_pc_glued_to_the_digits_is_percent() -> None:
    assert _read("The ISEQ slipped 0.6pc while Kerry rose 1.2pct.") == [
        ("0.6pc", "percent", "percent", Decimal("0.6")),
        ("1.2pct", "percent", "percent", Decimal("1.2"))]


def test_pc_apart_from_the_digits_is_no_percent() -> None:
    assert [m for m in _read("The shop sold 20 pc towers.") if m[1] == "percent"] == []


def test_pence_glued_to_the_digits() -> None:
    assert _read("Tesco gained 6p to 312p, and earnings reached 18.4p a share.") == [
        ("6p", "money", "GBP", Decimal("0.06")),
        ("312p", "money", "GBP", Decimal("3.12")),
        ("18.4p a share", "money", "GBP", Decimal("0.184"))]


def test_a_video_resolution_is_no_pence() -> None:
    assert _read("The handheld streams at 720p and 1080p.") == []


def test_cents_glued_to_the_digits_where_the_text_writes_dollars() -> None:
    ex = extract("Fonterra slipped 7c to $3.95.")
    cents = ex.mentions[0]
    assert (cents.text, cents.unit, cents.value) == ("7c", "USD", Decimal("0.07"))
    assert cents.assumed is not None  # the dollar is assumed, as for a bare '$'


def test_a_glued_c_without_dollars_is_no_amount() -> None:
    # 'highs of 27c': a temperature in a weather report, never cents
    assert _read("Forecasters expect highs of 27c on Sunday.") == []


def test_an_iso_code_that_is_a_word_glued_to_a_number_is_a_name() -> None:
    # 'COP28' is the climate summit, not 28 Colombian pesos; 'CNY3' is money
    assert _read("Delegates at COP29 pledged more.") == []
    assert _read("A ticket was CNY3.") == [("CNY3", "money", "CNY", Decimal("3"))]


def test_a_one_letter_magnitude_after_a_space_when_a_sign_stands_before() -> None:
    # 'Ksh 157 B' was a silent 157 shillings: the magnitude after the space was dropped
    assert _read("The ministry gets Ksh 212 B and the police Ksh 9.4 B.") == [
        ("Ksh 212 B", "money", "KES", Decimal("212000000000")),
        ("Ksh 9.4 B", "money", "KES", Decimal("9400000000"))]
    assert _read("The fund raised $40 M last year.") == [
        ("$40 M", "money", "USD", Decimal("40000000"))]


def test_a_letter_that_starts_a_word_is_no_magnitude() -> None:
    assert _read("She won a £5 M&S voucher.") == [("£5", "money", "GBP", Decimal("5"))]
    assert _read("He sold a $12 T-shirt.") == [("$12", "money", "USD", Decimal("12"))]


def test_sen_is_the_hundredth_the_text_settles() -> None:
    # 'sen' is the ringgit's hundredth and the Brunei dollar's: the text decides, and says so
    ex = extract("Top Glove fell 6 sen to RM2.41 in early trade.")
    sen = ex.mentions[0]
    assert (sen.text, sen.unit, sen.value) == ("6 sen", "MYR", Decimal("0.06"))
    assert sen.assumed is not None and "RM2.41" in sen.assumed
    ex = extract("BANDAR SERI BEGAWAN: Bread went up 30 sen a loaf across Brunei.")
    assert [(m.unit, m.value) for m in ex.mentions] == [("BND", Decimal("0.30"))]
    ex = extract("The fare rose 10 sen.")  # nothing in the text settles it: refused
    assert ex.mentions == [] and [s.text for s in ex.skipped] == ["10 sen"]


def test_a_dollar_s_cents_named_with_its_nationality() -> None:
    # CLDR's English dollar names give their cents: 'Singapore cents' is SGD, not a bare cent
    assert _read("It declared a dividend of 3.5 Singapore cents a share.") == [
        ("3.5 Singapore cents a share", "money", "SGD", Decimal("0.035"))]
    assert _read("Fuel excise rose 2 Australian cents a litre.")[0][2:] == ("AUD", Decimal("0.02"))


def test_hundredths_after_another_amount_of_hundredths_are_their_own_figure() -> None:
    # '5 euro cents' after '10 US cents and' was a silent 5 EUR
    assert _read("The coin is worth 20 US cents and 15 euro cents.") == [
        ("20 US cents", "money", "USD", Decimal("0.20")),
        ("15 euro cents", "money", "EUR", Decimal("0.15"))]


def test_newsroom_prefixes_of_south_asian_and_west_african_press() -> None:
    # 'Tk' (Bangladeshi taka) and 'GH¢' (the Ghanaian cedi's sign written with a cent sign)
    assert _read("The ministry sought Tk 4,350 crore and got Tk 1.2 trillion.") == [
        ("Tk 4,350 crore", "money", "BDT", Decimal("43500000000")),
        ("Tk 1.2 trillion", "money", "BDT", Decimal("1200000000000"))]
    assert _read("The assembly spent GH¢12 million on roads.") == [
        ("GH¢12 million", "money", "GHS", Decimal("12000000"))]


def test_a_change_in_ing_and_the_level_it_reached_are_two_amounts() -> None:
    # 'losing 40c to $45.90' was read as a range from 40 cents to 45.90 dollars
    ex = extract("Contact Energy ended the day losing 12c to $8.05.")
    assert [(m.text, m.value) for m in ex.mentions] == [
        ("12c", Decimal("0.12")), ("$8.05", Decimal("8.05"))]


def test_barrels_a_day_written_b_per_d() -> None:
    # 'b/d' was in units.txt but never read: its first letters were not a unit's first word
    read = _read("Exports rose 310,000 b/d to 2.1 mb/d, and Kuwait added 90 kb/d.")
    assert [(t, u, v) for t, _k, u, v in read] == [
        ("310,000 b/d", "barrel", Decimal("310000")),
        ("2.1 mb/d", "barrel", Decimal("2100000")),
        ("90 kb/d", "barrel", Decimal("90000"))]
    assert {m.per for m in extract("Exports rose 310,000 b/d.").mentions} == {"day"}


def test_a_price_per_square_foot_keeps_both_words() -> None:
    # 'per square foot' was read as per 'square'
    ex = extract("The penthouse fetched HK$52,300 per square foot, or S$9,100 per sq ft.")
    assert [(m.text, m.per) for m in ex.mentions] == [
        ("HK$52,300 per square foot", "square foot"), ("S$9,100 per sq ft", "sq ft")]


def test_british_qualifiers_of_an_estimate() -> None:
    read = extract("He earns in the region of £320,000 a week, after a £55million-odd move.")
    assert [(m.text, m.qualifier) for m in read.mentions] == [
        ("in the region of £320,000 a week", "approx"), ("£55million-odd", "approx")]
