"""news_20 (session 20): causes found on a held-out set of mainstream and business English news.

* A country named only as a party of the story ('the Australian Government', 'US aid', the
  lexicon's [actor] words after its name) is no evidence of a bare '$' against the places of
  another territory the text names plainly, nor against the publisher's own places: a donor
  or a foreign government acts in the story, which is where the others are.
* Cents glued to the figure ('599.7c') are money in a text that writes an amount with the
  sign of a currency whose hundredth English calls a cent ('R513 million', 'KSh2.5 billion'),
  as they are beside a '$'; the resolver reads them as that currency's.
* A money figure written '2.668' is a decimal in a text whose own figures are grouped by
  commas with a decimal point ('$1,153.20') and never by points with a decimal comma.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.conventions import Conventions
from moneyfacts.publisher import territory_of

from money_fields import money as _money


# ---------------------------------------------------------------- a country named as a party

@pytest.mark.parametrize("text,unit,party", [
    ("Fiji's new children's ward will cost $48 million, half of it paid by the Australian "
     "Government.", "FJD", "Australian Government"),
    ("Jamaica's Ministry of Health has $12 million for the clinics; US aid covers the rest.",
     "JMD", "US aid"),
    ("The Solomon Islands finance ministry set aside $30 million for the games venue, with the "
     "Australian High Commission promising more.", "SBD", "Australian High Commission"),
])
def test_a_party_does_not_outweigh_the_places_of_the_story(text: str, unit: str, party: str) -> None:
    (found,) = _money(text)
    assert found[1] == unit
    note = found[2]
    assert note is not None and f"'{party}' only names a party" in note


def test_the_party_word_is_needed() -> None:
    """The same places with the donor named plainly ('by Australia') stay two territories:
    no local dollar is read (the caller's, assumed, as before)."""
    (found,) = _money("Fiji's new children's ward will cost $48 million, half of it paid by "
                      "Australia.")
    assert found[1] != "FJD"


def test_a_country_s_own_government_stays_its_evidence() -> None:
    (found,) = _money("The Australian Government will give $7 billion to hospitals in Victoria "
                      "and Melbourne.")
    assert found[1] == "AUD"


def test_government_bonds_are_a_market_not_a_party() -> None:
    """'Australian government bonds' names no party ([actor-not]): the places stay two."""
    (found,) = _money("Fiji's central bank holds $50 million of Australian government bonds.")
    assert found[1] != "FJD"


def _tt() -> Conventions:
    return Conventions(date=dt.date(2025, 5, 2)).with_territory(
        territory_of(url="https://news.example.tt/business/results"))


def test_the_publisher_s_places_outweigh_a_foreign_government() -> None:
    text = ("The insurer, based in Port of Spain, made $770 million in the quarter, though "
            "tariffs announced by the US government cut its gains by $101 million.")
    found = _money(text, _tt())
    assert [u for _, u, _ in found] == ["TTD", "TTD"]
    assert all("'US government' only names a party" in (n or "") for _, _, n in found)


def test_a_foreign_government_alone_stays_the_caller_s_dollar() -> None:
    """Without a place of the publisher's territory, 'the US government' still says the
    story may be the United States': the '$' is not the publisher's dollar."""
    found = _money("Tariffs announced by the US government will cost exporters $101 million.",
                   _tt())
    assert [u for _, u, _ in found] == ["USD"]


# ---------------------------------------------------------------- glued cents beside a cent currency

@pytest.mark.parametrize("text,unit,value", [
    ("Group earnings rose to R513 million and earnings per share to 599.7c.", "ZAR", "5.997"),
    ("The lender made a profit of KSh2.5 billion and will pay 95c a share.", "KES", "0.95"),
])
def test_glued_cents_of_a_cent_currency(text: str, unit: str, value: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money" and m.value == Decimal(value)]
    assert m.unit == unit and m.assumed is not None and "hundredth is a cent" in m.assumed


def test_glued_c_with_no_money_stays_a_temperature() -> None:
    (m,) = extract("Temperatures in Rome reached 25c this afternoon.").mentions
    assert m.unit == "degree_Celsius"


# ---------------------------------------------------------------- the text's own separators

def test_the_text_s_grouped_figures_settle_a_point() -> None:
    found = extract("Gold settled at $1,153.20 an ounce and copper at $2.668 a pound.")
    assert [(m.unit, m.value) for m in found.mentions] == [
        ("USD", Decimal("1153.20")), ("USD", Decimal("2.668"))]


def test_a_point_alone_or_beside_european_figures_stays_in_doubt() -> None:
    assert not extract("Copper settled at $2.668 a pound.").mentions
    found = extract("It cost 1.107,90 $ and then $2.668 more.")
    assert any("2.668" in s.text for s in found.skipped)


@given(st.integers(1, 999), st.integers(0, 999), st.integers(1, 999), st.integers(0, 999),
       st.integers(0, 99))
def test_a_settled_point_is_the_decimal_written(a: int, b: int, g: int, h: int, c: int) -> None:
    """Law: with an English-grouped figure in the text, '$a.bbb' reads as the decimal a.bbb."""
    text = f"Gold was ${g},{h:03d}.{c:02d} an ounce; silver was ${a}.{b:03d} an ounce."
    values = [m.value for m in extract(text).mentions if m.kind == "money"]
    assert Decimal(f"{a}.{b:03d}") in values


# ---------------------------------------------------------------- known gaps of earlier sets

@pytest.mark.parametrize("text,unit,value", [
    ("Quarterly revenue came to S$412.5mm, the lender said.", "SGD", "412500000"),
    ("The fund raised $75MM from pension investors.", "USD", "75000000"),
])
def test_mm_after_a_sign_is_a_million(text: str, unit: str, value: str) -> None:
    (m,) = [m for m in extract(text).mentions if m.kind == "money"]
    assert (m.unit, m.value) == (unit, Decimal(value))


@pytest.mark.parametrize("text", ["The bolt is 12mm wide.", "Police found a 9mm handgun."])
def test_mm_with_no_sign_stays_millimetres(text: str) -> None:
    (m,) = extract(text).mentions
    assert (m.kind, m.unit) == ("measure", "millimeter")


def test_a_rand_figure_grouped_by_a_space_is_one_number() -> None:
    found = extract("Turnover reached R48 215 million against R45 906 million a year before.")
    assert [(m.unit, m.value) for m in found.mentions] == [
        ("ZAR", Decimal("48215000000")), ("ZAR", Decimal("45906000000"))]


@given(st.integers(1, 999), st.integers(0, 999))
def test_rand_space_groups_law(a: int, b: int) -> None:
    """Law: 'R<a> <bbb> million' is (a*1000 + b) million rand, never two numbers."""
    (m,) = [m for m in extract(f"Sales were R{a} {b:03d} million.").mentions if m.kind == "money"]
    assert (m.unit, m.value) == ("ZAR", Decimal(a * 1000 + b) * 10**6)


def test_a_code_word_in_capitals_before_another_code_is_refused() -> None:
    found = extract("The bank was among the TOP 10 USD earners this year.")
    assert not [m for m in found.mentions if m.unit == "TOP"]
    assert any("TOP 10" in s.text for s in found.skipped)


def test_the_pa_anga_code_before_an_amount_stays_read() -> None:
    (m,) = extract("Tonga will borrow TOP 10 million for the wharf.").mentions
    assert (m.unit, m.value) == ("TOP", Decimal("10000000"))


def test_a_blank_line_ends_a_name() -> None:
    """A heading's last capitalised word and the next paragraph's first make no name: the
    country opening the paragraph is a place of the story."""
    text = ("Refinery reform\n\nTrinidad Refining Holdings will sell its terminal for "
            "$1.4 billion, paying US$20 million in fees.")
    (m,) = [m for m in extract(text).mentions if m.value == Decimal("1.4E9")]
    assert m.unit == "TTD"


def test_the_publisher_s_own_government_is_no_foreign_party() -> None:
    """In a paper of its own territory, 'the Australian Government' is the home government:
    it stays evidence against a place named in passing, so no Singapore dollar is read."""
    conv = Conventions(date=dt.date(2024, 6, 1)).with_territory(
        territory_of(url="https://news.example.com.au/politics/defence"))
    found = _money("The Australian Government will spend $500 million on patrol boats, the "
                   "minister said in Singapore.", conv)
    assert [u for _, u, _ in found] != ["SGD"]


# ---------------------------------------------------------------- a shared place name, placed

def test_a_namesake_city_is_the_one_of_the_region_named() -> None:
    """'Kingston' beside 'Ontario' is Ontario's Kingston, not Jamaica's capital: the text's
    other places say which of the namesakes it means."""
    (found,) = _money("The Ontario ministry will add $37 million for two plants in Kingston.")
    assert found[1] == "CAD"


def test_a_namesake_beside_its_own_country_stays() -> None:
    (found,) = _money("The Jamaican government will spend $37 million on roads in Kingston.")
    assert found[1] == "JMD"
