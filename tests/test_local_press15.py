"""Session 15, local English-language press outside the US and the UK: signs and names.

* An abbreviated sign in letters is also written with a full stop ('Sh. 400 million',
  'Ksh. 1.2bn'), as the local press writes it; one in capitals only is not ('KD.' ends a
  sentence as often).
* An ISO code in title case ('Rwf') is read one space before an amount only money makes: a
  magnitude of a million or more, or digit groups ('Rwf 800 million', 'Rwf 5,000').
* A currency's name as its own country spells the plural ('colones', 'meticais') and every
  accented name without its accents ('bolivars') is that currency, not a count.
* 'K' is also Malawi's kwacha; the places say which kwacha or kina, else refused.
* A dateline may carry the day before its dash ('BOGOTA 5 May 2021 -').

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.currencies import lexicon, stop_form, unaccented
from moneyfacts.evidence import dateline, places, weights


def _read(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.text, m.unit, m.value) for m in extract(text).mentions if m.kind == "money"]


def _outcome(text: str) -> tuple[object, ...]:
    """What a text's one amount comes to: its unit and value, or the refusal's candidates."""
    ex = extract(text)
    money = [m for m in ex.mentions if m.kind == "money"]
    if money:
        return tuple((m.unit, m.value) for m in money)
    return tuple(s.reason.split(" is ambiguous ")[-1].split(":")[0] for s in ex.skipped)


# ------------------------------------------------------------- a sign with its full stop

def _stopped_signs() -> list[str]:
    lex = lexicon()
    return sorted(s for s, sign in lex.signs.items() if stop_form(s, sign) is not None
                  and s + "." in lex.signs and lex.signs[s + "."].codes == sign.codes)


def test_the_local_press_stops_its_shilling_signs() -> None:
    assert _read("Governors asked for Sh. 250 million in Kenya for clinics.") == [
        ("Sh. 250 million", "KES", Decimal("250000000"))]
    assert _read("Kenya's roads agency will get Ksh. 3.4bn next year.") == [
        ("Ksh. 3.4bn", "KES", Decimal("3400000000"))]
    assert _read("Uganda's councils owe Shs. 12 billion to suppliers.")[0][1] == "UGX"
    assert _read("A Tanzanian co-operative borrowed Tsh. 900 million.")[0][1] == "TZS"


def test_a_sign_in_capitals_takes_no_full_stop() -> None:
    lex = lexicon()
    assert "KD." not in lex.signs and "RO." not in lex.signs and "QR." not in lex.signs
    assert stop_form("Ft", lex.signs["Ft"]) is None  # also the foot: no currency of its own


@settings(max_examples=60, deadline=None)
@given(sign=st.sampled_from(_stopped_signs()), whole=st.integers(1, 999),
       magnitude=st.sampled_from(["million", "billion"]))
def test_a_full_stop_after_a_sign_changes_nothing(sign: str, whole: int, magnitude: str) -> None:
    plain = f"Officials said {sign} {whole} {magnitude} was set aside."
    stopped = f"Officials said {sign}. {whole} {magnitude} was set aside."
    assert _outcome(stopped) == _outcome(plain)


# --------------------------------------------------- a title-case code spaced before money

def test_rwandan_francs_written_with_the_code_in_title_case_and_a_space() -> None:
    got = _read("Kigali's new market will cost Rwf 640 million, and stalls rent for Rwf 45,000.")
    assert got == [("Rwf 640 million", "RWF", Decimal("640000000")),
                   ("Rwf 45,000", "RWF", Decimal("45000"))]
    assert _read("The district set aside Rwf 2.5bn and Rwf 300m for roads.") == [
        ("Rwf 2.5bn", "RWF", Decimal("2500000000")), ("Rwf 300m", "RWF", Decimal("300000000"))]


def test_a_title_case_code_before_a_plain_small_number_is_no_amount() -> None:
    assert _read("Rwf 5 coins are rare now.") == []
    assert _read("The Kes 2019 report was late.") == []


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(sorted(lexicon().title_codes)), whole=st.integers(2, 950),
       magnitude=st.sampled_from(["million", "billion", "bn", "m"]))
def test_every_title_case_code_reads_spaced_as_glued(code: str, whole: int, magnitude: str) -> None:
    sep = " " if len(magnitude) > 2 else ""
    spaced = f"The board approved {code} {whole}{sep}{magnitude} in new spending."
    glued = f"The board approved {code}{whole}{sep}{magnitude} in new spending."
    assert _outcome(spaced) == _outcome(glued)


# ----------------------------------------------- names as the currency's own country spells

@pytest.mark.parametrize(("text", "code"), [
    ("San José's council approved 800 million colones for sidewalks.", "CRC"),
    ("Caracas raised the minimum wage to 130 bolivares a month.", "VES"),
    ("Prices in Maracaibo rose to 40 bolivars a kilo.", "VES"),
    ("Asunción's buses cost 2,300 guaranies a ride.", "PYG"),
    ("Guatemala City will spend 45 million quetzales on drainage.", "GTQ"),
    ("Maputo's water board lost 300 million meticais last year.", "MZN"),
    ("Managua's budget grew by 90 million cordobas.", "NIO"),
])
def test_currency_names_as_their_own_country_writes_them(text: str, code: str) -> None:
    [(_, unit, _)] = _read(text)
    assert unit == code


def _written_unaccented(monkeypatch: pytest.MonkeyPatch) -> frozenset[str]:
    """The currency names a lexicon has before accents are taken away: its own and CLDR's,
    spelled as they are ('krona' is a name of its own, of the Swedish krona)."""
    from moneyfacts import currencies

    monkeypatch.setattr(currencies, "_add_unaccented_names", lambda names: None)
    lex = currencies.build_lexicon(currencies._lexicon_text())
    return frozenset(n for n in lex.names if n.isascii())


def test_every_accented_name_reads_the_same_without_its_accents(
        monkeypatch: pytest.MonkeyPatch) -> None:
    lex, own = lexicon(), _written_unaccented(monkeypatch)
    accented = [n for n in lex.names if not n.isascii() and unaccented(n).isascii()
                and unaccented(n) not in own and n.replace(" ", "").isalpha()]
    assert "costa rican colón" in accented and "bolívares" in accented
    for name in accented:
        assert lex.names[unaccented(name)] == lex.names[name], name


# ------------------------------------------------------------------------- kwacha and kina

def test_a_bare_k_is_the_kwacha_or_kina_of_the_places_named() -> None:
    assert _read("Lilongwe's council spent K3.1 billion on Malawi's markets.")[0][1] == "MWK"
    assert _read("Ndola's mine paid K40 million in Zambian taxes.")[0][1] == "ZMW"
    assert _read("Lae's port earned K12 million for Papua New Guinea.")[0][1] == "PGK"
    ex = extract("The board spent K3.1 billion on markets.")
    assert ex.mentions == [] and "MWK" in ex.skipped[0].reason


# ---------------------------------------------------------- other signs of the local press

@pytest.mark.parametrize(("text", "code"), [
    ("Kampala's traders paid UShs 40bn in tax.", "UGX"),
    ("Freetown's council spent NLe 12 million on drains.", "SLE"),
    ("Thimphu's hospital got Nu 80 million.", "BTN"),
    ("Amman's water authority borrowed JD15 million.", "JOD"),
    ("Beirut's port lost LL 900 billion.", "LBP"),
    ("Casablanca's tram cost DH 6 billion in Morocco.", "MAD"),
])
def test_letter_signs_of_the_local_press(text: str, code: str) -> None:
    [(_, unit, _)] = _read(text)
    assert unit == code


# ------------------------------------------------------------------- a dateline with a day

@pytest.mark.parametrize("opening", [
    "BOGOTA 5 May 2021 - ", "BOGOTA 05-May-2021 .- ", "BOGOTA May 5 - ", "BOGOTA May 5, 2021: "])
def test_a_dateline_may_carry_its_day(opening: str) -> None:
    text = opening + "The city will spend 4 billion pesos on buses."
    clue = dateline(text)
    assert clue is not None and clue.territory == "CO"
    assert _read(text)[0][1] == "COP"


def test_a_day_alone_makes_no_dateline() -> None:
    assert dateline("Officials 5 May 2021 - said nothing.") is None


# ------------------------------------------------ a country ending a name ('Airtel Uganda')

def test_a_country_ending_a_firms_name_is_weighed_as_a_town() -> None:
    clues = places("Lending by Stanbic Bank Uganda rose; Michael Jordan smiled.")
    assert [(c.phrase, c.kind) for c in clues] == [("Uganda", "inside")]  # no person's name
    clues = places("Transparency International Zambia and Standard Chartered Bank Kenya met.")
    assert [(c.phrase, c.kind) for c in clues] == [("Zambia", "inside"), ("Kenya", "inside")]
    assert weights()["inside"] == weights()["city"]
    # alone it settles a shared sign, and says so
    got = extract("A branch of Stanbic Bank Uganda lent Shs 40 billion to farmers.").mentions
    assert [(m.unit, m.assumed) for m in got] == [("UGX", "'Shs' read as UGX: 'Uganda' in the text")]
    # beside the country named in its own right it weighs little ('Kenya' outweighs it)
    got = extract("Kenya's regulator fined Stanbic Bank Uganda's parent Sh 40 million.").mentions
    assert [m.unit for m in got] == ["KES"]


def test_a_country_in_a_name_never_turns_a_bare_dollar_local() -> None:
    # a town's weight: far below what a bare '$' needs ('Virgin Australia' in a US story)
    got = extract("Virgin Australia ordered jets worth $3 billion.").mentions
    assert [m.unit for m in got] == ["USD"]


# --------------------------------------------------- a dateline on a later line of a page

def test_a_dateline_opening_a_later_line_of_the_pages_opening() -> None:
    page = ("Regulator proposes a fuel rise\nIf approved, prices change tonight.\n"
            "ISLAMABAD:\nThe regulator proposed Rs 5 per litre.")
    clue = dateline(page)
    assert clue is not None and clue.territory == "PK"
    assert [m.unit for m in extract(page).mentions] == ["PKR"]
    far = "Headline\n" + "A long standfirst. " * 30 + "\nISLAMABAD:\nRs 5 per litre."
    assert dateline(far) is None  # beyond the opening: a place in the story, no dateline


# --------------------------------------------------------- people named from a place in -y

def test_people_named_from_a_place_ending_in_y() -> None:
    assert [(c.phrase, c.territory) for c in places("Calgarians will pay more.")] == [
        ("Calgary", "CA")]
    # the peoples' names CLDR has come first, as before ('Hungarian', not 'Hungary')
    assert [c.kind for c in places("Hungarians will pay more.")] == ["adjective"]


# ------------------------------------------- short names of countries and 'The' in a name

@pytest.mark.parametrize(("name", "territory"), [
    ("Trinidad", "TT"), ("T&T", "TT"), ("Antigua", "AG"), ("St Kitts", "KN"),
    ("St Lucia", "LC"), ("St Vincent", "VC"), ("Cayman", "KY"), ("PNG", "PG"),
    ("The Bahamas", "BS"), ("The Gambia", "GM")])
def test_the_short_names_a_countrys_own_press_writes(name: str, territory: str) -> None:
    assert [c.territory for c in places(f"Ministers in {name} met on Monday.")] == [territory]


def test_at_and_t_names_no_country() -> None:
    assert places("Shares of AT&T fell.") == []


def test_a_bare_dollar_in_a_story_about_trinidad() -> None:
    got = extract("Trinidad's finance ministry will borrow $2.4 billion for the new port.").mentions
    assert [(m.unit, m.value) for m in got] == [("TTD", Decimal("2400000000"))]


# ------------------------------------------------------------------ arba and kharab

def test_the_magnitudes_above_the_crore() -> None:
    assert _read("Kathmandu will spend Rs 1.2 arba on roads in Nepal.") == [
        ("Rs 1.2 arba", "NPR", Decimal("1200000000"))]
    assert _read("Nepal's debt rose to Rs 24 kharab.")[0][2] == Decimal("2400000000000")
    # 'Arab', the arba's other spelling, is a people: no magnitude
    got = extract("The summit drew 20 Arab leaders.").mentions
    assert [(m.value, m.unit) for m in got] == [(Decimal("20"), "leader")]


# ----------------------------------------------------- the full-amount mark ('/-', '/=')

@pytest.mark.parametrize(("text", "code", "per"), [
    ("Kampala's nurses earn Shs 850,000/= a month.", "UGX", "month"),
    ("Colombo's clerks get an allowance of Rs. 3,500/= per month.", "LKR", "month"),
    ("Mombasa's hawkers pay Kshs. 200/- a day.", "KES", "day"),
])
def test_a_full_amount_mark_joins_the_amount_and_its_per_follows(text: str, code: str,
                                                                   per: str) -> None:
    [m] = extract(text).mentions
    assert (m.unit, m.per) == (code, per) and m.text.endswith(per)


@settings(max_examples=40, deadline=None)
@given(mark=st.sampled_from(["/-", "/="]), figure=st.integers(10, 999_999))
def test_the_mark_changes_neither_value_nor_currency(mark: str, figure: int) -> None:
    plain = extract(f"Dodoma's clerks in Tanzania earn Sh{figure:,} a month.").mentions
    marked = extract(f"Dodoma's clerks in Tanzania earn Sh{figure:,}{mark} a month.").mentions
    assert [(m.unit, m.value, m.per) for m in marked] == [(m.unit, m.value, m.per) for m in plain]


# --------------------------------------- a one-letter sign before a price per a measure

@pytest.mark.parametrize(("text", "code", "per"), [
    ("LAGOS - Petrol now sells for N617 per litre at most stations.", "NGN", "litre"),
    ("Lagos traders priced diesel at N650/litre in Nigeria.", "NGN", "litre"),
    ("LUSAKA - A bag of mealie meal costs K25 a kilo more.", "ZMW", "kilogram"),
    ("JOHANNESBURG - Petrol costs R21 per litre from Wednesday.", "ZAR", "litre"),
])
def test_a_letter_sign_before_a_price_per_measure_is_money(text: str, code: str, per: str) -> None:
    [m] = extract(text).mentions
    assert (m.unit, m.per) == (code, per)


@pytest.mark.parametrize("text", [
    "Take D3 per day with food.", "The Q4 per share figure was weak.", "A K2 per climber record."])
def test_a_label_before_a_per_of_time_or_a_count_stays_words(text: str) -> None:
    assert extract(text).mentions == [] and extract(text).skipped == []
