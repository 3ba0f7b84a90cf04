"""Mainstream English news (gnews15, session 15): forms of money that general and business
desks write and agency copy does not. Every sentence here is written for this file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract, parse
from moneyfacts.currencies import lexicon_section


def _money(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.per) for m in extract(text).mentions if m.kind == "money"]


# --- a spaced em dash opens an aside, not a range -------------------------------------------

def test_a_spaced_em_dash_between_two_amounts_leaves_two_amounts() -> None:
    ex = extract("The tablet now starts at $899 — $50 less than the old model.")
    assert [(m.value, m.low) for m in ex.mentions] == [(Decimal("899"), None), (Decimal("50"), None)]
    assert ex.skipped == []


def test_a_closed_em_dash_still_joins_a_range() -> None:
    q = parse("a repair bill of $3—$4 million")
    assert (q.low, q.high) == (Decimal("3000000"), Decimal("4000000"))


@given(st.integers(2, 5000), st.integers(1, 5000))
def test_an_aside_after_an_em_dash_never_refuses_both_amounts(first: int, second: int) -> None:
    """Law: '$A — $B more' reads $A and $B whatever their order; the em dash with spaces
    joins no range, so a 'descending range' is never refused."""
    ex = extract(f"Tickets cost ${first} — ${second} more than last season.")
    assert [m.value for m in ex.mentions] == [Decimal(first), Decimal(second)]
    assert ex.skipped == []


# --- a one-letter sign the text writes with a magnitude -------------------------------------

def test_a_letter_sign_written_with_a_magnitude_makes_its_small_amounts_money() -> None:
    text = "After the R4bn rescue, the monthly levy climbs from R45 to R60."
    assert [(m.unit, m.value) for m in extract(text).mentions] == [
        ("ZAR", Decimal("4000000000")), ("ZAR", Decimal("45")), ("ZAR", Decimal("60"))]


def test_a_letter_before_a_small_number_alone_is_still_a_label() -> None:
    assert extract("Sales in Q4 beat Q3, and the K2 line sold out.").mentions == []


# --- a period written after the amount -------------------------------------------------------

@pytest.mark.parametrize("text, per", [
    ("The chief executive earns $3.2m annually.", "year"),
    ("The app's premium tier is $12.50 monthly.", "month"),
    ("Two-bed flats let for £950 pcm in the town.", "month"),
    ("The post pays £31,000 per annum.", "year"),
    ("The role pays £28,500 p.a. with a car.", "year"),
    ("Members pay a $40-a-quarter fee.", "quarter"),
    ("Members pay $40 a quarter.", "quarter"),
    ("Parking costs $6 daily at the station.", "day"),
])
def test_a_period_after_an_amount_is_its_per_unit(text: str, per: str) -> None:
    (_, _, got), = _money(text)
    assert got == per


def test_a_quarter_later_is_a_time_not_a_rate() -> None:
    (_, value, per), = _money("Revenue was $80 million a quarter later.")
    assert (value, per) == (Decimal("80000000"), None)


def test_every_per_adverb_names_a_per_noun_of_the_lexicon() -> None:
    nouns = {v for _, v in lexicon_section("per")}
    assert {v for _, v in lexicon_section("per-adverb")} <= nouns


# --- vague amounts are refused, never read as a figure --------------------------------------

@pytest.mark.parametrize("text, vague", [
    ("The upgrade will cost tens of millions of dollars.", "tens of millions of dollars"),
    ("Each family may lose several thousand euros a year.", "several thousand euros"),
    ("Donors gave a few hundred rupees each.", "a few hundred rupees"),
    ("Billions of yuan flowed out of the market.", "Billions of yuan"),
    ("The firm spent hundreds of thousands of pounds on lawyers.",
     "hundreds of thousands of pounds"),
    ("A couple hundred dollars buys a used bike.", "A couple hundred dollars"),
])
def test_a_vague_amount_is_refused_with_its_reason(text: str, vague: str) -> None:
    ex = extract(text)
    assert [m for m in ex.mentions if m.kind == "money"] == []
    (k,) = [k for k in ex.skipped if k.text == vague]
    assert k.reason.startswith("vague amount")


@pytest.mark.parametrize("text", [
    "She lost several pounds over the summer.",
    "They delivered hundreds of pounds of flour.",
    "There are several real obstacles.",
    "Millions of viewers tuned in.",
])
def test_words_that_only_look_vague_are_not_refused(text: str) -> None:
    assert extract(text).skipped == []


def test_an_exact_spelled_amount_beside_a_vague_one_is_still_read() -> None:
    ex = extract("It cost three thousand dollars, after several thousand dollars of repairs.")
    assert [m.value for m in ex.mentions] == [Decimal("3000")]
    assert [k.text for k in ex.skipped] == ["several thousand dollars"]


_LEADS = [k for k, _ in lexicon_section("vague-quantity")]


@given(st.sampled_from(_LEADS), st.integers(0, 3),
       st.sampled_from(["dollars", "euros", "rupees", "Swiss francs", "yen"]))
def test_no_vague_amount_ever_gives_a_figure(lead: str, k: int, name: str) -> None:
    """Law: a [vague-quantity] word, magnitude words as English joins them ('several
    hundred', 'tens of millions of'; a plural magnitude alone, 'billions of') and a currency
    name make no mention of money; the amount is in ``skipped`` instead."""
    # English puts a singular magnitude after 'several', 'a few', 'a couple' ('several
    # hundred'), a plural after the others ('many thousands of', 'multiple billions of')
    plural = lead.endswith("s") or lead in ("many", "multiple", "numerous", "countless")
    magnitude = lead in ("hundreds", "thousands", "millions", "billions", "trillions")
    power = ([" of", " of thousands of", " of millions of", " of billions of"] if plural
             else [" hundred", " thousand", " million", " billion"])[k]
    if plural and not lead.endswith("s"):
        power = [" thousands of", " millions of", " billions of", " hundreds of"][k]
    if plural and not magnitude and k == 0:
        power = " of millions of"  # 'tens of dollars' holds no magnitude: no vague amount
    ex = extract(f"Officials said {lead}{power} {name} were at stake.")
    assert [m for m in ex.mentions if m.kind == "money"] == []
    assert any(k.reason.startswith("vague amount") for k in ex.skipped)


# --- a half said after its magnitude ---------------------------------------------------------

@pytest.mark.parametrize("text, unit, value", [
    ("The bridge cost a billion and a half dollars.", "USD", "1500000000"),
    ("They raised a million and a half euros.", "EUR", "1500000"),
    ("It needs three billion and a half dollars.", "USD", "3500000000"),
])
def test_a_half_after_its_magnitude_is_added_to_it(text: str, unit: str, value: str) -> None:
    (got_unit, got, _), = _money(text)
    assert (got_unit, got) == (unit, Decimal(value))


def test_a_half_after_a_magnitude_of_people_is_no_money() -> None:
    assert _money("A million and a half visitors came.") == []


# --- period abbreviations after a slash, and idioms of a bound --------------------------------

@pytest.mark.parametrize("text, per", [
    ("Agency nurses earn €24.50/hr on weekends.", "hour"),
    ("Student rooms go for $310/wk near campus.", "week"),
    ("The flat is £1,150/mth with bills.", "month"),
    ("The plan is $15/mo after the trial.", "month"),
])
def test_a_period_abbreviated_after_a_slash(text: str, per: str) -> None:
    (_, _, got), = _money(text)
    assert got == per


@pytest.mark.parametrize("text, qualifier", [
    ("The sale could fetch north of $2 billion.", "gt"),
    ("Rents are now south of £700 in the town.", "lt"),
    ("The offer came in just shy of €3bn.", "lt"),
    ("The transfer fee was a shade under £40m.", "lt"),
])
def test_idioms_of_a_bound_qualify_the_amount(text: str, qualifier: str) -> None:
    (q,) = extract(text).mentions
    assert q.qualifier == qualifier


# --- a town that is a given name, before a surname, names a person -----------------------------

def test_a_given_name_town_before_a_surname_is_no_place() -> None:
    from moneyfacts.conventions import Conventions

    text = ("Housing Minister, Tyler Whareaitu, said the grant rises by $45 a week "
            "for 20,000 families.")
    conv = Conventions().with_territory(("NZ", "address ends .nz"))
    (q,) = [m for m in extract(text, conventions=conv).mentions if m.kind == "money"]
    assert q.unit == "NZD" and "publisher" in (q.assumed or "")


def test_the_same_town_written_as_a_place_still_counts() -> None:
    from moneyfacts.evidence import places

    assert [c.phrase for c in places("The factory opened in Tyler, near the highway.")] == ["Tyler"]
    assert places("Tyler Whareaitu opened the factory.") == []


# --- what general news prices by after 'a' --------------------------------------------------

@pytest.mark.parametrize("text, per", [
    ("The striker will take home £9m a season.", "season"),
    ("Referees receive $2,400 a game.", "game"),
    ("The prequel cost $15 million an episode.", "episode"),
    ("The gala charged $1,500 a plate.", "plate"),
    ("The new jab costs $90 a dose.", "dose"),
    ("Schools get £420 a pupil from the fund.", "pupil"),
    ("The levy adds $12 a passenger.", "passenger"),
])
def test_a_price_per_a_news_noun(text: str, per: str) -> None:
    (_, _, got), = _money(text)
    assert got == per


def test_a_season_ago_is_a_time_not_a_rate() -> None:
    (_, _, per), = _money("He joined for £30m a season ago.")
    assert per is None


@given(st.sampled_from(sorted({v for _, v in lexicon_section("per")} - {"share"})),
       st.integers(1, 99_999))
def test_every_per_noun_after_a_dollar_amount_is_its_per_unit(noun: str, n: int) -> None:
    """Law: '$N a <noun>' for any noun of [per] reads per that noun (an article 'an' before a
    vowel), the amount unchanged."""
    art = "an" if noun[0] in "aeiou" else "a"
    (m,) = [m for m in extract(f"It was priced at ${n:,} {art} {noun}.").mentions if m.kind == "money"]
    assert (m.value, m.per) == (Decimal(n), noun)
