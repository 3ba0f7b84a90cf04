"""news22 (session 22): causes found on session 21's English sets (mainstream, business and
local copy), each from data or from the writer's own conventions.

* An em dash written closed before a lower amount opens an aside ('Rs 1.5 trillion—Rs 221
  billion less than planned'): two amounts, not a descending range refused in doubt.
* A dateline may open the paragraph after a heading, a kicker or a line of highlights (lines
  ending in no sentence's punctuation), not only the text's first or second line.
* A country's name of several words inside a longer name ('the Clean Sri Lanka drive',
  'National Sri Lankan Day', 'Air New Zealand') places the story, weighed as a branch's; one
  word after a capitalised one ('Michael Jordan') still does not.
* A local dollar written prefixed once in a quotation ('J$150 billion', a quoted release) in a
  story whose own amounts are bare '$' ones, none of them a conversion beside it, no longer
  makes the bare '$' the US dollar: the places say which dollar, as CLDR's English locale
  writes it. A prefix in the writer's own prose still does (tests/test_territory_dollar.py).
* Liberia runs the US dollar beside its own (places.txt [also-tender]): a Monrovia '$' is
  either, refused with both unless the text says which.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.evidence import places, tender


def _money(text: str) -> list[tuple[str, Decimal | None, str | None, str | None]]:
    return [(m.text, m.value, m.unit, m.assumed) for m in extract(text).mentions
            if m.kind == "money"]


# ---------------------------------------------------------------- an em dash before less

def test_a_closed_em_dash_before_a_lower_amount_is_an_aside() -> None:
    text = ("KATHMANDU - The ministry spent Rs 2.4 trillion—Rs 310 billion less than it had "
            "planned for the year.")
    found = _money(text)
    assert [(t, v, u) for t, v, u, _ in found] == [
        ("Rs 2.4 trillion", Decimal("2400000000000"), "NPR"),
        ("Rs 310 billion", Decimal("310000000000"), "NPR")]
    assert not extract(text).skipped


def test_a_closed_em_dash_still_joins_a_rising_range() -> None:
    (m,) = [m for m in extract("The plant will cost $5—$7 million.").mentions]
    assert (m.low, m.high, m.unit) == (Decimal("5000000"), Decimal("7000000"), "USD")


def test_a_hyphen_between_falling_amounts_stays_in_doubt() -> None:
    ex = extract("The deficit was $9bn-$8bn.")
    assert not ex.mentions and "descends" in ex.skipped[0].reason


# ---------------------------------------------------------------- a dateline after headings

def test_a_dateline_after_a_line_of_highlights() -> None:
    text = ("Province unveils road-heavy budget\n"
            "- Wages raised for teachers - Loans for 20,000 families\n"
            "KARACHI: The provincial cabinet on Friday approved Rs 900 billion for roads and "
            "Rs 75 billion for schools.")
    found = _money(text)
    assert [u for _, _, u, _ in found] == ["PKR", "PKR"]
    assert all(n is not None and "dateline KARACHI" in n for _, _, _, n in found)


def test_a_dateline_after_a_sentence_is_no_dateline() -> None:
    text = ("Shares closed higher on the day.\n"
            "KARACHI: traders said Rs 900 billion changed hands.")
    assert all(n is None or "dateline" not in n for _, _, _, n in _money(text))


# ---------------------------------------------------------------- a country inside a name

@pytest.mark.parametrize("text,unit,name", [
    ("Rs 400 million will go to the Clean Sri Lanka drive this year.", "LKR", "Sri Lanka"),
    ("Rs 90 million is set aside for National Sri Lankan Day.", "LKR", "Sri Lankan"),
])
def test_a_country_of_several_words_inside_a_name(text: str, unit: str, name: str) -> None:
    (_, _, read, note), = _money(text)
    assert read == unit
    assert note is not None and repr(name) in note


def test_one_word_after_a_capitalised_word_is_still_a_name() -> None:
    assert places("Michael Jordan said the league would grow.") == []
    (clue,) = places("Tickets for Air New Zealand rose.")
    assert (clue.phrase, clue.territory, clue.kind) == ("New Zealand", "NZ", "inside")


# ---------------------------------------------------------------- a prefix in passing

def test_a_local_dollar_prefixed_once_leaves_the_bare_dollar_local() -> None:
    text = ("The Government of Jamaica will spend $1.3 trillion next year, the finance "
            "minister said. \"Debt payments fall by J$150 billion,\" the ministry said. "
            "Revenue is put at $1.1 trillion and borrowing at $160 billion.")
    found = _money(text)
    bare = [(t, u, n) for t, _, u, n in found if not t.startswith("J$")]
    assert [u for _, u, _ in bare] == ["JMD", "JMD", "JMD"]
    assert all(n is not None and "'J$150 billion', its one prefixed amount, is a quotation's" in n
               for _, _, n in bare)
    # the same prefix in the writer's own prose: the bare '$' is no longer read as JMD
    prose = text.replace('"Debt payments fall by J$150 billion," the ministry said.',
                         "Debt payments fall by J$150 billion.")
    assert prose != text
    assert all(u != "JMD" for t, _, u, _ in _money(prose) if not t.startswith("J$"))


def test_a_bare_dollar_converting_a_prefixed_one_stays_the_us_dollar() -> None:
    text = ("Jamaica will spend J$1.3 trillion ($8.3 billion) next year, and J$160 billion "
            "($1 billion) will be borrowed, the finance minister said in Kingston.")
    units = {t: u for t, _, u, _ in _money(text)}
    assert units["$8.3 billion"] == "USD" and units["$1 billion"] == "USD"


# ---------------------------------------------------------------- Liberia's two dollars

def test_the_us_dollar_is_tender_in_liberia_beside_its_own() -> None:
    assert tender("LR", dt.date(2025, 1, 1)) == ("LRD", "USD")
    assert tender("LR", dt.date(1990, 1, 1)) == ("LRD",)


@pytest.mark.parametrize("text", [
    "The Senate in Monrovia approved the $880 million budget for Liberia.",
    "The Senate in Monrovia approved US$880 million; revenue of $833 million is expected.",
])
def test_a_monrovia_dollar_is_refused_with_both(text: str) -> None:
    ex = extract(text)
    assert all(m.unit == "USD" and m.text.startswith("US$") for m in ex.mentions)
    (skip,) = ex.skipped
    assert "LRD, USD" in skip.reason and "also-tender" in skip.reason


def test_a_liberian_dollar_written_as_such_is_read() -> None:
    (_, value, unit, _), = _money("Monrovia collected L$5 billion in fees last year.")
    assert (value, unit) == (Decimal("5000000000"), "LRD")


# ---------------------------------------------------------------- oil is priced in US dollars

@pytest.mark.parametrize("text,price", [
    ("Port of Spain's budget for Trinidad and Tobago assumes oil at $85 per barrel and "
     "spending of $59 billion.", "$85 per barrel"),
    ("Guyana's finance minister said oil at $60 a barrel would still fund the $1.4 trillion "
     "budget.", "$60 a barrel"),
    ("Trinidad and Tobago's budget assumes gas at $4.50 per MMBtu and spending of "
     "$59 billion.", "$4.50 per MMBtu"),
])
def test_a_price_per_barrel_is_the_us_dollar_in_a_local_story(text: str, price: str) -> None:
    units = {t: (u, n) for t, _, u, n in _money(text)}
    unit, note = units[price]
    assert unit == "USD" and note is not None and "quoted in US dollars" in note
    assert all(u in ("TTD", "GYD") for t, (u, _) in units.items() if t != price)


def test_a_price_per_tonne_keeps_the_local_dollar() -> None:
    units = {t: u for t, _, u, _ in _money(
        "Australia's wheat growers sold at $350 a tonne, Canberra said, earning $9 billion.")}
    assert units["$350 a tonne"] == "AUD"
