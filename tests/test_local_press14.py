"""Session 14, local English-language press outside the US and the UK: the shared '$'.

* Copy that writes the US dollar 'US$' prefixes it because its own bare '$' is the local
  dollar (a Canadian, Jamaican or Trinidadian paper); agency copy writes '$' for the US
  dollar and never 'US$' beside it. The bare '$' of such a text is read as the dollar of the
  one dollar territory its places name, refused when they name several or weigh more for
  another country, and left the caller's where they name none (South Asian and Gulf copy
  writes the US dollar both ways).
* One strong place (the territory's own name or its people's) reads a bare '$' as its dollar
  in copy that is no agency's; a city or a region alone stays refused, a dateline alone the
  caller's.
* Places: CLDR's 'Trinidad & Tobago' as prose writes it; a compass word before a place
  ('North Western Queensland') is part of it; 'US$' names no place of the United States.
* 'cents' in a text whose '$' is a local dollar are that dollar's; a dateline after the
  headline is a dateline.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.evidence import cldr_countries, dateline, gazetteer, places, tender
from moneyfacts.resolve import _marked_dollars, _local_dollars, _named_dollars


def _money(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.unit, m.assumed) for m in extract(text).mentions if m.kind == "money"]


def _skipped(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.reason) for s in extract(text).skipped]


# ------------------------------------------------------- 'US$' written: the bare '$' is local

PARISH = ("The ministry spent US$250,000 on a new clinic roof and $40 million on school "
          "buses for parishes across Jamaica, officials in Kingston said.")


def test_a_text_writing_us_dollars_us_reads_its_bare_sign_as_the_local_dollar() -> None:
    got = _money(PARISH)
    assert [(t, u) for t, u, _ in got] == [("US$250,000", "USD"), ("$40 million", "JMD")]
    note = got[1][2]
    assert note is not None and "'Jamaica'" in note and "'US$250,000'" in note


def test_us_glued_to_the_sign_names_no_place_of_the_united_states() -> None:
    # Without that, 'US' of 'US$' weighed for the United States and kept '$' the US dollar.
    got = _money("A US$3 million loan and a $5 million grant went to farmers in Canada.")
    assert [u for _, u, _ in got] == ["USD", "CAD"]


def test_several_dollar_territories_beside_us_dollars_are_refused_with_them() -> None:
    text = ("Exporters in Canada and Australia sold US$2 billion of wheat; freight cost "
            "them $300 million more.")
    [(written, reason)] = _skipped(text)
    assert written == "$300 million"
    assert "AUD" in reason and "CAD" in reason and "'US$2 billion'" in reason


def test_a_dollar_territory_named_in_passing_does_not_make_the_sign_local() -> None:
    # The story is Pakistani (its places weigh most for Pakistan): refused, never CAD.
    text = ("Pakistan will repay US$1 billion this month, the finance ministry in Islamabad "
            "said, after Pakistani officials met lenders from Canada; a further $500 million "
            "is due in Karachi in June.")
    [(written, reason)] = _skipped(text)
    assert written == "$500 million" and "CAD, USD" in reason


def test_places_of_the_united_states_do_not_argue_against_the_local_dollar() -> None:
    # The text prefixes the US dollar: a Canadian buyer of an American firm in Canadian copy.
    text = ("A Winnipeg insurer will buy a Texas rival for $3.1 billion, paying US$41.50 a "
            "share in cash to the U.S. company's owners in Dallas and Houston.")
    got = _money(text)
    assert [(t, u) for t, u, _ in got] == [("$3.1 billion", "CAD"), ("US$41.50 a share", "USD")]


def test_no_dollar_territory_keeps_the_callers_dollar_beside_us_dollars() -> None:
    text = "Exports rose to US$4 billion, and imports to $6 billion, the Dhaka office said."
    assert [u for _, u, _ in _money(text)] == ["USD", "USD"]


def test_a_text_prefixing_both_dollars_leaves_the_bare_sign_open() -> None:
    text = ("The Toronto lender raised C$900 million and US$600 million, and set aside $50 "
            "million, the bank said in Canada.")
    skipped = _skipped(text)
    assert [t for t, _ in skipped] == ["$50 million"]
    assert "CAD, USD" in skipped[0][1]


# ----------------------------------------------------------- one strong place of a territory

@pytest.mark.parametrize("text,unit", [
    ("Jamaica's farmers will get $20 million for new tractors this year.", "JMD"),
    ("Singaporeans who buy a resale flat may get a grant of up to $50,000.", "SGD"),
    ("The Petroleum Company of Trinidad and Tobago will receive $700 million.", "TTD"),
    ("New Zealand households will pay $12 more a month for power.", "NZD"),
])
def test_the_territorys_own_name_or_its_peoples_reads_the_local_dollar(text: str, unit: str) -> None:
    got = _money(text)
    assert [u for _, u, _ in got] == [unit]
    assert got[0][2] is not None and "names the territory itself" in got[0][2]


def test_a_city_alone_is_still_refused() -> None:
    text = "Brisbane commuters will pay $3 more a week, the Brisbane council said."
    [(written, reason)] = _skipped(text)
    assert written == "$3" and "AUD, USD" in reason


@pytest.mark.parametrize("text,unit", [
    ("The Auckland Council found $81 million of savings, the Auckland mayor said.", "NZD"),
    ("Growers in Far North Queensland near Cairns will share $6 million.", "AUD"),
    ("An Ontario hospital in Strathroy will get $1.2 million for beds.", "CAD"),
])
def test_a_state_named_with_another_place_reads_the_local_dollar(text: str, unit: str) -> None:
    got = _money(text)
    assert [u for _, u, _ in got] == [unit]
    assert got[0][2] is not None and "its state or capital" in got[0][2]


def test_a_state_named_once_alone_reads_its_countrys_dollar_assumed() -> None:
    # gnews19: a state or province of one country alone (ISO 3166-2), named once with no place
    # of the United States, settles the bare '$' as that country's dollar, `assumed` naming it
    # (it was the caller's dollar: a province's own press writes its budget so).
    ((_, unit, note),) = _money("Ontario will spend $90 million on roads.")
    assert unit == "CAD" and note is not None and "'Ontario'" in note


def test_agency_copy_and_a_dateline_keep_the_us_dollar() -> None:
    wire = "SINGAPORE, May 2 (Reuters) - Singapore's biggest lender earned $1.5 billion."
    assert [u for _, u, _ in _money(wire)] == ["USD"]
    assert [u for _, u, _ in _money("SINGAPORE - The fund raised $40 million.")] == ["USD"]


def test_a_place_of_the_united_states_keeps_the_us_dollar() -> None:
    text = "Canada's pension fund bought a $2 billion stake in a Texas pipeline."
    assert [u for _, u, _ in _money(text)] == ["USD"]


_SOLE_DOLLAR = sorted(
    (name, code) for name, territory in cldr_countries("en").items()
    if name.isascii() and " " not in name
    for code in [c for c in tender(territory) if c in _named_dollars("en")]
    if tender(territory) == (code,))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_SOLE_DOLLAR), st.integers(min_value=2, max_value=900))
def test_any_sole_dollar_territory_named_once_reads_its_dollar(pair: tuple[str, str], n: int) -> None:
    # Law over CLDR's data: a country whose only tender is a dollar its English locale writes
    # '$', named once in copy that is no agency's, reads a bare '$' as that dollar.
    name, code = pair
    got = _money(f"The government of {name} set aside ${n} million for new schools.")
    assert [(u, m) for _, u, m in got][0][0] == code


# -------------------------------------------------------------------------------- places

def test_cldr_ampersand_names_are_places_as_prose_writes_them() -> None:
    phrases = gazetteer("en").phrases
    names = Locale("en").territories
    for name, territory in cldr_countries("en").items():
        if " & " in name and names.get(territory) == name:
            assert phrases[name.replace(" & ", " and ")] == (territory, "country")


@pytest.mark.parametrize("qualifier", ["North Western", "Far North", "Central", "Greater",
                                       "South East"])
def test_a_compass_word_before_a_place_is_part_of_it(qualifier: str) -> None:
    found = places(f"Farmers across {qualifier} Queensland were hit by the drought.")
    assert [(c.phrase, c.territory) for c in found] == [("Queensland", "AU")]


def test_a_persons_name_before_a_place_still_hides_it() -> None:
    assert places("The striker Michael Jordan scored twice.") == []


# --------------------------------------------------------------- cents and the dateline

def test_cents_follow_the_local_dollar_of_the_text() -> None:
    text = ("Canadian grocers in Calgary, Alberta, earned $12.5-million, or 31 cents a share, "
            "in the quarter.")
    got = _money(text)
    assert [(t, u) for t, u, _ in got] == [("$12.5-million", "CAD"), ("31 cents a share", "CAD")]
    # after ', or' the cents are that amount's hundredths (wire copy's results pair), CAD too
    assert got[1][2] is not None and "CAD" in got[1][2] and "$12.5-million" in got[1][2]
    # apart from it, they follow the text's '$'
    later = _money("Canadian grocers in Calgary, Alberta, earned $12.5-million in the quarter, "
                   "and the shares rose 31 cents.")
    assert [(t, u) for t, u, _ in later] == [("$12.5-million", "CAD"), ("31 cents", "CAD")]
    assert later[1][2] is not None and later[1][2].startswith("'cents' as the text's '$'")


def test_cents_alone_stay_the_callers_dollar() -> None:
    assert [u for _, u, _ in _money("Bananas rose 20 cents a kilo in Calgary.")] == ["USD"]


def test_a_dateline_after_the_headline_is_the_dateline() -> None:
    text = "Regulator proposes a fuel cut\n\nKARACHI: Petrol may fall by Rs2.50 a litre from Monday."
    clue = dateline(text)
    assert clue is not None and (clue.phrase, clue.territory) == ("KARACHI", "PK")
    got = extract(text).mentions
    assert [(m.unit, m.value) for m in got] == [("PKR", Decimal("2.50"))]
    assert dateline("The price rose.\n\nKARACHI: It fell again.") is None  # a sentence: no headline


def test_the_local_dollars_are_cldrs() -> None:
    # The candidates are data (CLDR's English locales writing '$', and since local17 those
    # marking every dollar, 'HK$' and 'US$' in en_HK), not a list of ours.
    assert {"JMD", "TTD", "SGD", "NZD", "AUD", "CAD"} <= _named_dollars("en") <= (
        _local_dollars("en") | _marked_dollars("en"))


@pytest.mark.parametrize("text,unit,value", [
    ("The Kathmandu council approved NRs 12.5 billion for roads.", "NPR", Decimal("12.5e9")),
    ("The Kigali council set aside Frw2.4 billion for drainage.", "RWF", Decimal("2.4e9")),
])
def test_letter_signs_of_local_press_that_cldr_lacks(text: str, unit: str, value: Decimal) -> None:
    assert [(m.unit, m.value) for m in extract(text).mentions] == [(unit, value)]


@pytest.mark.parametrize("text,unit", [
    ("Filipinos abroad sent home P12 billion last month.", "PHP"),
    ("Kenyans paid Sh40 billion in fuel levies.", "KES"),
    ("Trinidadians will pay $3 more for a tank of gas.", "TTD"),
    ("Guyanese rice farmers received $500 million in support.", "GYD"),
    ("Motswana cattle farmers got P30 million in drought relief.", "BWP"),
])
def test_a_peoples_name_settles_the_sign(text: str, unit: str) -> None:
    # The screen before the places now reads a people's name as places() does ('Filipinos':
    # 'Filipino'); the peoples CLDR's currency names lack are places.txt's [adjective].
    assert [m.unit for m in extract(text).mentions] == [unit]
