"""Session 20, local English-language press where signs are shared (round 6).

* A paragraph's lead-in in capitals ('FIJI Water says', 'TONGA Power will'), as many papers
  open a story, names its places as prose does: the words in capitals at a line's start,
  right before a word in small letters, are read title-cased where they are a place's, so
  a bare '$' there is read as the local dollar (``assumed``, the place named). A dateline's
  capitals ('SUVA, Fiji -') stay a dateline.
* The loti's own plural, 'maloti', names Lesotho's money, as 'lotis' (CLDR's) does.
* 'KR', the Bank of Zambia's mark for the rebased kwacha in the 2013 changeover, is ZMW.
* The publisher: a country code sold worldwide as a generic name ('.sc') still names the
  country at the registry's second level kept for its own institutions ('gov.sc').

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import Conventions, extract
from moneyfacts.evidence import _lede_cased, headline_cased, places
from moneyfacts.publisher import territory_of


def _money(text: str, date: str = "2021-03-01") -> list[tuple[str | None, Decimal | None, str | None]]:
    ex = extract(text, conventions=Conventions(date=date))
    return [(m.unit, m.value, m.assumed) for m in ex.mentions if m.kind == "money"]


# ---------------------------------------------------------------- a lead-in in capitals

def test_a_lead_in_in_capitals_names_its_territory() -> None:
    got = _money("FIJI Water says it paid $4 million in export levies last year.")
    assert [(u, v) for u, v, _ in got] == [("FJD", Decimal(4_000_000))]
    assert got[0][2] is not None and "Fiji" in got[0][2]


def test_a_lead_in_after_a_headline_line() -> None:
    text = ("Levy row deepens\n"
            "TOBAGO House of Assembly members want $12 million more for ferries.")
    assert [(u, v) for u, v, _ in _money(text)] == [("TTD", Decimal(12_000_000))]


def test_the_same_sentence_in_small_capitals_is_unchanged() -> None:
    # no lead-in: the plain sentence has no place, and the bare '$' stays the caller's
    got = _money("Water exports paid $4 million in levies last year.")
    assert [u for u, _, _ in got] == ["USD"]


def test_a_dateline_in_capitals_is_no_lead_in() -> None:
    text = "SUVA, Fiji - The ministry paid $4 million."
    assert _lede_cased(text) == text
    assert _lede_cased("LAUTOKA - Sugar cane payments rose.").startswith("LAUTOKA")


def test_a_notice_in_capitals_is_no_lead_in() -> None:
    # a release's notice line in capitals is a heading, not a paper's lead-in: its words keep
    # their capitals, and a bare '$' beside the firm's exchange is not moved by it
    text = "EMBARGOED UNTIL RELEASE IN THE UNITED STATES Monday Shares rose."
    assert _lede_cased(text) == text
    assert _lede_cased("THE Government of Fiji").startswith("The Government")
    got = _money("NOT FOR RELEASE IN THE UNITED STATES Kestrel Mining Ltd (ASX: KSM) said "
                 "revenue rose to $41.2 million.")
    assert [u for u, _, _ in got] == ["AUD"]


def test_an_acronym_in_a_lead_in_stays_as_written() -> None:
    assert _lede_cased("ZESCO will raise tariffs.") == "ZESCO will raise tariffs."
    assert _lede_cased("A MOTHER said").startswith("A mother said")


_CAPS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=9)
_REST = st.text(alphabet="abcdefghij klmnop,.-\n", max_size=40)


@given(st.lists(st.tuples(_CAPS, _REST), max_size=4))
def test_lead_in_casing_keeps_length_and_letters(parts: list[tuple[str, str]]) -> None:
    text = "\n".join(f"{caps} {rest}" for caps, rest in parts)
    cased = _lede_cased(text)
    assert len(cased) == len(text)
    assert cased.lower() == text.lower()
    assert _lede_cased(cased) == cased  # once is enough
    assert len(headline_cased(text)) == len(text)


@given(st.text(alphabet="abcdefghij klmnop,.$0123456789\n", max_size=60))
def test_text_without_capitals_is_untouched(text: str) -> None:
    assert _lede_cased(text) == text


def test_a_lead_in_in_the_possessive() -> None:
    for text, territory in (("FIJI'S Government will pay.", "FJ"), ("SAMOA\u2019S cabinet met.", "WS")):
        assert [c.territory for c in places(text)] == [territory]


def test_places_reads_the_lead_in() -> None:
    found = places("Rates rose.\nBAHAMAS Power and Light will cut the fuel charge.")
    assert [(c.phrase, c.territory) for c in found] == [("Bahamas", "BS")]


# ---------------------------------------------------------------- maloti, KR

@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["maloti", "Maloti", "lotis"]))
def test_the_lotis_plurals_name_lesotho_money(n: int, word: str) -> None:
    got = _money(f"The Maseru council will borrow {n:,} {word} for roads.")
    assert [(u, v) for u, v, _ in got] == [("LSL", Decimal(n))]


def test_a_hyphenated_magnitude_before_maloti() -> None:
    got = _money("A 4-billion maloti water scheme was signed in Maseru.")
    assert [(u, v) for u, v, _ in got] == [("LSL", Decimal(4 * 10**9))]


@given(st.integers(min_value=1, max_value=99_999))
def test_kr_is_the_rebased_kwacha(n: int) -> None:
    got = _money(f"A bag of mealie meal now costs KR {n} at the Kitwe market.", "2013-02-01")
    assert [(u, v) for u, v, _ in got] == [("ZMW", Decimal(n))]


def test_the_krones_lower_case_sign_is_another() -> None:
    got = _money("Tickets cost 70 kr in Oslo.")
    assert all(u != "ZMW" for u, _, _ in got)


# ---------------------------------------------------------------- the publisher

def test_a_government_address_on_a_generic_code_is_the_countrys() -> None:
    assert territory_of(url="https://www.statehouse.gov.sc/news/1/budget") == (
        "SC", "address ends .gov.sc")
    assert territory_of(url="https://ministry.gouv.cd/a")[0] == "CD"
    assert territory_of(url="https://uni.edu.ws/a")[0] == "WS"


@given(st.sampled_from(["sc", "co", "tv", "me", "io"]),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12))
def test_other_names_on_a_generic_code_stay_unknown(code: str, name: str) -> None:
    if name in {"gov", "gob", "gouv", "govt", "mil", "edu"}:
        return
    assert territory_of(url=f"https://{name}.{code}/story") is None or (
        territory_of(url=f"https://{name}.{code}/story")[1].startswith("the site's name"))


def test_a_seychelles_government_page_reads_its_r() -> None:
    text = "The Cabinet approved R12 million for the Praslin jetty."
    conv = Conventions(date="2022-05-01")
    t = territory_of(url="https://www.finance.gov.sc/news/jetty")
    assert t is not None
    ex = extract(text, conventions=conv.with_territory(t))
    assert [(m.unit, m.value) for m in ex.mentions if m.kind == "money"] == [
        ("SCR", Decimal(12_000_000))]


# ---------------------------------------------------------------- letter signs of local press

@given(st.integers(min_value=1, max_value=10**7),
       st.sampled_from([("Ks", "MMK"), ("Ks.", "MMK"), ("SLRs", "LKR"), ("SLRs.", "LKR")]))
def test_local_letter_signs(n: int, sign_code: tuple[str, str]) -> None:
    sign, code = sign_code
    got = _money(f"The co-operative paid {sign} {n:,} to its members.")
    assert [(u, v) for u, v, _ in got] == [(code, Decimal(n))]


def test_ks_glued_to_letters_is_no_money() -> None:
    assert _money("The token was Ks8iy0Gg2 in the log.") == []
    assert [u for u, _, _ in _money("Kshs 5 billion went to Kisumu.")] == ["KES"]


# ---------------------------------------------------------------- a leader's surname

def test_a_town_before_a_leaders_tenure_is_the_leaders_name() -> None:
    text = ("Nassau residents welcomed the Bahamas electricity rebate, which the Davis "
            "administration says will cost $9 million.")
    got = _money(text)
    assert [(u, v) for u, v, _ in got] == [("BSD", Decimal(9_000_000))]


@given(st.sampled_from(["administration", "presidency", "regime", "premiership"]),
       st.sampled_from(["Davis", "Lincoln", "Jackson"]))
def test_the_town_is_no_place_there(office: str, town: str) -> None:
    assert places(f"Critics of the {town} {office} spoke.") == []
    assert places(f"Critics of the {town} {office}. Others agreed.") == []


def test_the_town_named_as_a_place_stays_a_place() -> None:
    assert [c.territory for c in places("Students in Davis, California, protested.")][:1] == ["US"]
    assert [c.phrase for c in places("The Jakarta administration closed roads.")] == ["Jakarta"]
