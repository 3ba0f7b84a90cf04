"""news23 (session 23): causes found on sessions 21's and 22's English sets (mainstream,
business, wire and local copy), each from the writer's own conventions or from data.

* A bare '$' the places leave to the default, or refuse, in a text that states another of its
  bare '$' amounts in US dollars beside it ('$280 million (about US$124m)') where that pair is
  read as one local dollar: the writer writes the local dollar '$' and the US one 'US$', so
  every bare '$' of the text reads alike, ``assumed`` naming the pair.
* An agency's name right after another capitalised word ('BNN Bloomberg', a Canadian
  broadcaster; 'Michael Bloomberg') is no agency credit: its copy is no agency copy, and the
  places say which dollar. 'Thomson Reuters' is the agency's own (places.txt [agency]).
* A country inside a firm's name that a legal form ends a few words on ('Sagicor Jamaica Life
  Limited') is a place of the text, weighed as a branch's ('inside').

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.evidence import agency, places


def _money(text: str) -> list[tuple[str, Decimal | None, str | None, str | None]]:
    return [(m.text, m.value, m.unit, m.assumed) for m in extract(text).mentions
            if m.kind == "money"]


# ------------------------------------------------ a bare '$' as the text's '$X (US$Y)' pair

def test_a_bare_dollar_reads_as_the_texts_own_pair_beside_us_dollars() -> None:
    text = ("The Fijian government tabled an FJ$4.9 billion budget on Friday. Spending rises by "
            "$310 million (about US$137m), and the deficit widens to $902m (about US$400m). "
            "The roads authority gets $395m and the police $251m.")
    found = {t: (u, a) for t, _, u, a in _money(text)}
    assert found["$395m"][0] == "FJD"
    assert found["$251m"][0] == "FJD"
    assert "beside 'US$'" in (found["$395m"][1] or "")
    assert not extract(text).skipped


def test_without_a_local_pair_the_bare_dollar_is_not_read_as_local() -> None:
    # the same story with no '$X (US$Y)' pair: the prefixed FJ$ alone still says the writer
    # prefixes the local dollar, so a lone bare '$' is no Fijian dollar without more
    text = ("The Fijian government tabled an FJ$4.9 billion budget on Friday, worth US$2.2b. "
            "The roads authority gets $395m.")
    units = {t: u for t, _, u, _ in _money(text)}
    assert units.get("$395m") != "FJD"


def test_agency_copy_keeps_its_bare_dollar() -> None:
    text = ("SUVA (Reuters) - Fiji will spend F$310 million ($137 million) more, and a lender "
            "offered $50 million.")
    units = {t: u for t, _, u, _ in _money(text)}
    assert units["$50 million"] == "USD"


# ------------------------------------------------- an agency's name inside another name

@pytest.mark.parametrize("text, credited", [
    ("The deficit is $61.9bn for Canada, according to BNN Bloomberg.", None),
    ("Michael Bloomberg pledged $5 million to the campaign.", None),
    ("Shares fell 2%, Thomson Reuters data showed.", "Thomson Reuters"),
    ("The bank said so, Bloomberg reported.", "Bloomberg"),
    ("OTTAWA (Reuters) - The deficit rose.", "Reuters"),
])
def test_an_agency_after_another_capitalised_word_is_no_credit(text: str, credited: str | None) -> None:
    assert agency(text) == credited


def test_a_canadian_broadcasters_bloomberg_leaves_the_dollar_to_the_places() -> None:
    text = ("Finance officials projected a $58.2bn deficit for the year, according to BNN "
            "Bloomberg. The minister said it was the best path for Canada.")
    (_, value, unit, note), = _money(text)
    assert (value, unit) == (Decimal("58200000000"), "CAD")
    assert "'Canada'" in (note or "")


# ---------------------------------------------------------- a country inside a firm's name

def test_a_country_inside_a_firms_name_before_its_legal_form_is_a_place() -> None:
    clues = places("Cabinet approved the award to Sagicor Jamaica Life Limited on Tuesday.")
    assert [(c.phrase, c.territory, c.kind) for c in clues] == [("Jamaica", "JM", "inside")]


def test_a_persons_name_is_still_no_place() -> None:
    assert places("The coach, Michael Jordan Smith, said the club would spend more.") == []


# ------------------------------------------------------- 't' glued after a sign's figure

@pytest.mark.parametrize("text, value", [
    ("Cabinet presents a $1.382t budget for the year.", Decimal("1382000000000")),
    ("The debt stands at US$2t.", Decimal("2000000000000")),
])
def test_a_t_glued_after_a_signs_figure_is_the_trillion(text: str, value: Decimal) -> None:
    (_, got, _, _), = _money(text)
    assert got == value


def test_a_t_after_no_sign_stays_the_tonne() -> None:
    (m,) = extract("The mine shipped 1.5t of gold.").mentions
    assert (m.value, m.unit) == (Decimal("1.5"), "metric_ton")


# ------------------------------------- a noun of several countries' currencies, abroad

@pytest.mark.parametrize("text, where", [
    ("Lebanon raised the minimum wage to 9 million lira.", "'Lebanon'"),
    ("In Beirut the bank capped withdrawals at 3 million lira.", "'Beirut'"),
])
def test_a_lira_in_a_story_about_another_country_is_not_read_silently(text: str, where: str) -> None:
    (m,) = extract(text).mentions
    assert m.unit == "TRY"
    assert m.assumed is not None and "Türkiye" in m.assumed and where in m.assumed


@pytest.mark.parametrize("text", [
    "Turkey raised the minimum wage to 22,104 lira.",
    "Istanbul shops charge 500 lira for it.",
    "Hong Kong banks hold 900 billion yuan.",  # no other country's currency was a yuan
])
def test_the_noun_in_its_own_country_stays_unnoted(text: str) -> None:
    (m,) = extract(text).mentions
    assert m.assumed is None
