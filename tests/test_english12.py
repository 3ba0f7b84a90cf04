"""Session 12's readings of English news shapes (issue 21): each sentence is written here, in
the shape of a held-out real-news figure the reading missed or got wrong."""

from __future__ import annotations

from decimal import Decimal

from moneyfacts import extract


def _read(text: str) -> list[tuple[str, str, str, Decimal | None, str | None]]:
    return [(m.text, m.kind, m.unit, m.value, m.per) for m in extract(text).mentions]


def test_capital_km_is_no_bosnian_mark_without_bosnia() -> None:
    # CLDR's 'KM' (BAM) is also 'km' in capitals: a distance, never a silent convertible mark.
    ex = extract("The pipeline will reach homes lying within 8 KM of the compressor station.")
    assert [m.unit for m in ex.mentions if m.kind == "money"] == []
    assert [s.text for s in ex.skipped] == ["8 KM"]
    ex = extract("In Sarajevo, Bosnia, a monthly tram pass costs 53 KM.")
    assert [(m.unit, m.value) for m in ex.mentions] == [("BAM", Decimal("53"))]
    ex = extract("A 7 Ft wall.")
    assert ex.mentions == [] and [s.text for s in ex.skipped] == ["7 Ft"]


def test_per_share_carried_from_the_subject() -> None:
    assert _read("Diluted earnings per share climbed to 73 cents from 52 cents a year before.") == [
        ("73 cents", "money", "USD", Decimal("0.73"), "share"),
        ("52 cents", "money", "USD", Decimal("0.52"), "share")]
    assert _read("Basic loss per share narrowed 6.5 percent to 4.3 pence from 4.6 pence.") == [
        ("6.5 percent", "percent", "percent", Decimal("6.5"), None),
        ("4.3 pence", "money", "GBP", Decimal("0.043"), "share"),
        ("4.6 pence", "money", "GBP", Decimal("0.046"), "share")]
    # the clause ends at ', while'; a total (a magnitude) is no figure per share
    assert _read("Earnings per share came to $2.15, while sales reached $8 billion.") == [
        ("$2.15", "money", "USD", Decimal("2.15"), "share"),
        ("$8 billion", "money", "USD", Decimal("8000000000"), None)]
    assert _read("EPS rose to 91 cents on revenue of $1.4 billion.") == [
        ("91 cents", "money", "USD", Decimal("0.91"), "share"),
        ("$1.4 billion", "money", "USD", Decimal("1400000000"), None)]


def test_per_given_to_the_amount_compared() -> None:
    assert _read("The miner earned $1.37 per share, up from 94 cents, on sales of $2 billion.") == [
        ("$1.37 per share", "money", "USD", Decimal("1.37"), "share"),
        ("94 cents", "money", "USD", Decimal("0.94"), "share"),
        ("$2 billion", "money", "USD", Decimal("2000000000"), None)]
    assert _read("It proposed a final dividend of 7.25p per share (last year: 6.9p).") == [
        ("7.25p per share", "money", "GBP", Decimal("0.0725"), "share"),
        ("6.9p", "money", "GBP", Decimal("0.069"), "share")]
    # not compared: another amount of the clause keeps no 'per'
    assert _read("Growers get $4 per bushel and $2 for hauling.")[1][4] is None


def test_a_per_noun_before_from_an_amount() -> None:
    assert _read("Brent climbed to $83 a barrel from $79.") == [
        ("$83 a barrel", "money", "USD", Decimal("83"), "barrel"),
        ("$79", "money", "USD", Decimal("79"), "barrel")]
    assert _read("She will be paid $40,000 a year from now.")[0][4] is None


def test_nationality_before_a_shared_hundredth() -> None:
    assert _read("The trust paid 3 Malaysian sen per unit.") == [
        ("3 Malaysian sen per unit", "money", "MYR", Decimal("0.03"), "unit")]
    assert _read("The levy is 40 Pakistani paise a litre.")[0][2] == "PKR"


def test_philippine_government_php() -> None:
    assert _read("The bypass will cost PhP27.5 billion.") == [
        ("PhP27.5 billion", "money", "PHP", Decimal("27500000000"), None)]


def test_one_space_group_of_zeros_after_a_letter_sign() -> None:
    # '000' is no number of its own: 'R850 000' is one amount, as is 'R48 000.00'
    assert _read("The municipality budgeted R850 000 for street lights and R48 000.00 for audits.") == [
        ("R850 000", "money", "ZAR", Decimal("850000"), None),
        ("R48 000.00", "money", "ZAR", Decimal("48000.00"), None)]
    assert [s.text for s in extract("He paid 7 250 euros.").skipped] == ["7 250 euros"]


def test_a_range_with_a_bare_high_end_takes_the_per_after_it() -> None:
    ex = extract("Plots nearby went for HK$21,000 to 23,500 per square foot.")
    assert [(m.text, m.low, m.high, m.per) for m in ex.mentions] == [
        ("HK$21,000 to 23,500 per square foot", Decimal("21000"), Decimal("23500"), "square foot")]
    assert [(m.low, m.high, m.per) for m in extract("Rooms rent for $650 to 800 a week.").mentions] == [
        (Decimal("650"), Decimal("800"), "week")]


def test_one_sign_and_one_magnitude_after_a_change_word_is_a_range() -> None:
    # was '$6' and '8 million': a silent wrong value for the low end
    ex = extract("The charity raised $6 to 8 million at the gala.")
    assert [(m.text, m.low, m.high) for m in ex.mentions] == [
        ("$6 to 8 million", Decimal("6000000"), Decimal("8000000"))]
    # a change and the level it reached, each with its sign, stay two amounts
    assert [m.value for m in extract("The stock rose $2.40 to $61.15.").mentions] == [
        Decimal("2.40"), Decimal("61.15")]


def test_oil_volumes_by_the_case_of_the_letter_before_b_per_day() -> None:
    # IEA's lower case 'mb/d' is millions; the US industry's 'Mb/d' thousands (assumed), 'MMb' millions
    ex = extract("Gasoline output slipped to 98.5Mb/d in June, and the plan is 640MMb a year.")
    assert [(m.text, m.value, m.per) for m in ex.mentions] == [
        ("98.5Mb/d", Decimal("98500"), "day"), ("640MMb a year", Decimal("640000000"), "year")]
    assert ex.mentions[0].assumed is not None and "thousand" in ex.mentions[0].assumed
    assert [m.value for m in extract("The group will trim 0.9 mb/d and 120 kb/d.").mentions] == [
        Decimal("900000"), Decimal("120000")]


def test_the_per_of_a_subject_ends_with_its_clause() -> None:
    assert _read("Revenue per employee reached $310,000 while payroll costs hit $95,000.") == [
        ("$310,000", "money", "USD", Decimal("310000"), "employee"),
        ("$95,000", "money", "USD", Decimal("95000"), None)]
