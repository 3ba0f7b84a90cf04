"""Session 18, local English-language press where signs are shared (round 4): Africa, the
Gulf, the Caribbean and the Pacific, South Asia and the Indian Ocean.

* Cents that are no dollar's. The English word 'cents' is the hundredth of every dollar and
  of other currencies too (the rand, the East African shillings, the Sri Lankan, Mauritian and
  Seychellois rupees: the lexicon's [cent-of]). In a text that writes no '$', the cents are
  the currency the text writes, when it writes one alone and its hundredth is a cent ('R1.72
  a litre ... nine cents a litre'), or that of the one territory its places weigh to as a
  bare '$' must to be read as a local dollar; ``assumed`` names the evidence. Otherwise the
  caller's dollar stands, as before.

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import get_territory_currencies
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Conventions, extract
from moneyfacts.resolve import _cents_not_dollars


def _money(text: str, date: str | None = "2021-06-01") -> list[tuple[str | None, Decimal | None, str | None]]:
    ex = extract(text, conventions=Conventions(date=date) if date else None)
    return [(m.unit, m.value, m.assumed) for m in ex.mentions if m.kind == "money"]


# ---------------------------------------------------------------- cents that are no dollar's


def test_cents_beside_the_one_currency_written_are_its_hundredths() -> None:
    text = "Diesel goes up by 35 cents, so a litre costs R21,40 at the coast from Wednesday."
    got = _money(text)
    assert got[0][:2] == ("ZAR", Decimal("0.35"))
    assert got[0][2] is not None and "R21,40" in got[0][2]


def test_cents_in_a_story_placed_in_one_cent_territory_are_its_money() -> None:
    text = ("PRETORIA - Bread will cost about 40 cents more from next month, South African "
            "bakers warned on Monday, as South Africa's wheat import bill grows.")
    for date in ("2022-03-01", None):
        got = _money(text, date)
        assert got[0][:2] == ("ZAR", Decimal("0.40"))
        assert got[0][2] is not None and "South Africa" in got[0][2]


def test_cents_with_a_dollar_sign_in_the_text_stay_with_that_dollar() -> None:
    # the '$' is weighed as before; its cents go with it, not with the places' rand
    got = _money("South Africa's miners sold gold at $1,800 an ounce, up 40 cents.")
    assert [u for u, _, _ in got] == ["USD", "USD"]


def test_cents_in_a_story_naming_the_united_states_too_are_not_read_locally() -> None:
    got = _money("Kenyan and American traders saw tea fall 12 cents in Nairobi and Chicago.")
    assert got[0][0] == "USD"


def test_cents_with_no_place_are_the_callers_dollar_as_before() -> None:
    assert _money("The stock rose 12 cents.")[0][0] == "USD"


def test_cent_currencies_are_data_no_dollar_among_them() -> None:
    cents = _cents_not_dollars()
    assert "ZAR" in cents and "EUR" in cents
    names = Locale("en").currencies
    assert not any(names.get(c, "").endswith(" Dollar") for c in cents)


def _sole_territories() -> list[tuple[str, str]]:
    """(country name, code) for each [cent-of] currency tender alone in a territory with an
    English name (CLDR), for the law below."""
    names = Locale("en").territories
    out = []
    for code in sorted(_cents_not_dollars() - {"EUR"}):
        for terr, name in names.items():
            if len(terr) == 2 and terr.isalpha() and " " not in name and get_territory_currencies(
                    terr, tender=True) == [code]:
                out.append((name, code))
                break
    return out


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_sole_territories()), st.integers(min_value=1, max_value=99))
def test_cents_of_a_text_about_one_cent_territory_are_its_money(pair: tuple[str, str], n: int) -> None:
    name, code = pair
    text = f"In {name}, bus fares rise by {n} cents this week, {name}'s transport board said."
    got = _money(text, "2021-06-01")
    assert got and got[0][0] == code and got[0][1] == Decimal(n) / 100
    assert got[0][2] is not None and name in got[0][2]


# ---------------------------------------------------------------- a dollar's initial


def test_an_initial_before_dollars_is_the_letter_sign_spelled_out() -> None:
    # a national news agency's style: the nationality's initial, a full stop, 'dollars'
    text = "WINDHOEK: Health receives N.dollars 9.2 billion and Defence N. dollars 5 100 000 000."
    got = _money(text)
    assert [(u, v) for u, v, _ in got] == [("NAD", Decimal("9.2E9")), ("NAD", Decimal("5100000000"))]
    assert all(a is not None and "WINDHOEK" in a for _, _, a in got)


def test_a_letter_dollar_with_no_place_is_the_dollar_cldr_leaves_unmarked() -> None:
    # CLDR writes the New Zealand dollar 'NZ$' wherever it marks it: 'N$' alone is the other
    got = _money("Council approved N$12 million for water pipes.")
    assert got[0][0] == "NAD" and got[0][2] is not None and "NZD" in got[0][2]
    got = _money("Council in Auckland, New Zealand, approved N$12 million for pipes.")
    assert got[0][0] == "NZD"


def test_unmarked_owner_is_data_driven() -> None:
    from moneyfacts.currencies import _cldr_cached, letter_dollars, unmarked_owner

    c = _cldr_cached()
    for form, owners in letter_dollars(c["names"], frozenset(c["codes"]), c["territories"]).items():
        got = unmarked_owner(form, owners, c["symbols"])
        assert got is None or (got in owners and len(owners) > 1)


# ---------------------------------------------------------------- Zimbabwe's dollars


def test_zimbabwe_dollars_by_name_are_zimbabwes_own_never_the_us_dollar() -> None:
    # CLDR names the Zimbabwean dollars only with their dates; the US dollar, tender there
    # too, is no 'Zimbabwe dollar'
    for text in ("Spending rises to 900 billion Zimbabwean dollars.",
                 "The fee is 5 billion Zimbabwe dollars."):
        assert _money(text, "2022-03-01")[0][0] == "ZWL"
        assert _money(text, None)[0][0] == "ZWL"
        assert _money(text, "2005-03-01")[0][0] == "ZWD"  # the dollar of that date


def test_a_bare_dollar_where_two_dollars_were_tender_is_refused_naming_both() -> None:
    text = "Harare City Council tabled a $213 billion budget for next year."
    ex = extract(text, conventions=Conventions(date="2022-11-09"))
    assert not [m for m in ex.mentions if m.kind == "money"]
    assert ex.skipped and "ZWL" in ex.skipped[0].reason and "USD" in ex.skipped[0].reason


def test_a_bare_dollar_in_zimbabwe_with_no_date_is_as_before() -> None:
    assert _money("Harare City Council tabled a $213 billion budget.", None)[0][0] == "USD"


def test_only_territories_with_their_own_dollar_beside_the_us_one_refuse() -> None:
    # CLDR's data, any date: a territory where a dollar of its own and USD are both tender
    from moneyfacts.evidence import tender
    from moneyfacts.resolve import _named_dollars
    import datetime as dt

    for year in (2012, 2022):
        both = [t for t in Locale("en").territories if len(t) == 2 and t.isalpha()
                and "USD" in tender(t, dt.date(year, 6, 1))
                and any(c.startswith(t) and c not in _named_dollars("en") and c != "USD"
                        and Locale("en").currencies.get(c, "").endswith(")")
                        and Locale("en").currencies.get(c, "").split(" (")[0].endswith("Dollar")
                        and Locale("en").currencies.get(c, "")[-2].isdigit()
                        for c in tender(t, dt.date(year, 6, 1)))]
        assert "US" not in both and "LR" not in both
        # (local19) places.txt's [not-tender]: ZWL was in no use from April 2009 to February
        # 2019, when Zimbabwe paid in US dollars; CLDR's one range for the code spans it
        assert ("ZW" in both) == (year == 2022)


# ---------------------------------------------------------------- Seychelles' 'R'


def test_the_seychelles_r_with_strong_places_or_publisher_is_the_rupee() -> None:
    text = ("The Seychelles National Assembly approved R74 million for the Office of the "
            "President; Seychelles MPs voted 21 to 8.")
    got = _money(text, "2023-11-14")
    assert got[0][:2] == ("SCR", Decimal("74000000")) and "Seychelles" in (got[0][2] or "")
    ex = extract("The Seychelles budget gives R30 million to farmers.",
                 conventions=Conventions(date="2023-11-14", territory="SC"))
    assert [m.unit for m in ex.mentions] == ["SCR"]


def test_the_seychelles_r_named_once_stays_refused() -> None:
    ex = extract("The Seychelles budget gives R30 million to farmers.",
                 conventions=Conventions(date="2023-11-14"))
    assert not ex.mentions and "SCR" in ex.skipped[0].reason


# ---------------------------------------------------------------- signs in capitals


def test_a_mixed_case_dollar_sign_in_capitals_is_the_same_sign() -> None:
    got = _money("Revenue of BDS$3.5 billion against spending of BDS$4.2 billion.")
    assert [(u, v) for u, v, _ in got] == [("BBD", Decimal("3.5E9")), ("BBD", Decimal("4.2E9"))]


@given(st.sampled_from(["Bds$", "Can$", "Mex$"]), st.integers(min_value=1, max_value=999))
def test_capitals_form_reads_as_the_sign_it_comes_from(sign: str, n: int) -> None:
    a = extract(f"It paid {sign}{n} million.").mentions
    b = extract(f"It paid {sign.upper()}{n} million.").mentions
    assert [(m.unit, m.value) for m in a] == [(m.unit, m.value) for m in b]


# ---------------------------------------------------------------- per-period adverbs, places


@given(st.sampled_from([("daily", "day"), ("weekly", "week"), ("monthly", "month"),
                        ("quarterly", "quarter"), ("annually", "year"), ("yearly", "year")]),
       st.sampled_from(["$", "Sh", "R", "€"]), st.sampled_from(["million", "billion", "m", "bn"]))
def test_an_adverb_of_a_period_after_any_amount_of_money_makes_it_per(
        adverb: tuple[str, str], sign: str, magnitude: str) -> None:
    word, per = adverb
    sep = " " if len(magnitude) > 2 else ""
    ex = extract(f"The agency must collect {sign}12.26{sep}{magnitude} {word} until June.")
    money = [m for m in ex.mentions if m.kind == "money"]
    assert money and money[0].per == per and money[0].text.endswith(word)


def test_a_countrys_statistics_office_places_the_story_there() -> None:
    got = _money("Household spending rose to Rs 12.5 billion, according to Statistics Mauritius.")
    assert got[0][0] == "MUR" and "Mauritius" in (got[0][2] or "")


# ---------------------------------------------------------------- shilling signs


@given(st.sampled_from([("KSh", "KES"), ("TSh", "TZS"), ("USh", "UGX")]),
       st.sampled_from(["s", ""]), st.booleans(), st.integers(min_value=2, max_value=900))
def test_a_shilling_sign_in_capitals_or_plural_is_the_same_shilling(
        sign: tuple[str, str], plural: str, capitals: bool, n: int) -> None:
    written = sign[0] + plural
    written = written.upper() if capitals else written
    ex = extract(f"The county was given {written} {n} million for roads.")
    assert [(m.unit, m.value) for m in ex.mentions if m.kind == "money"] == [
        (sign[1], Decimal(n) * 1000000)]


def test_the_letters_of_a_school_year_are_no_shilling() -> None:
    assert not [m for m in extract("Pupils in SHS 3 sat the exam.").mentions if m.kind == "money"]


# ---------------------------------------------------------------- the cedi's cent sign


def test_a_cent_sign_before_a_figure_is_the_cedi_where_the_text_says_ghana() -> None:
    got = _money("Accra will pay ¢2.4 billion more to Ghana's cocoa farmers.", "2024-08-01")
    assert got[0][:2] == ("GHS", Decimal("2.4E9"))


def test_a_cent_sign_after_a_figure_stays_a_cent_and_before_one_with_no_place_is_refused() -> None:
    ex = extract("The fee rose to 75¢, then to ¢90.", conventions=Conventions(date="2024-08-01"))
    assert [(m.unit, m.value) for m in ex.mentions if m.kind == "money"] == [("USD", Decimal("0.75"))]
    assert ex.skipped and "GHS" in ex.skipped[0].reason
    assert [(m.unit, m.value) for m in extract("It cost 20 dollars 43¢.").mentions] == [
        ("USD", Decimal("20.43"))]


def test_zw_dollar_is_the_zimbabwean_dollar_of_its_date() -> None:
    assert _money("The bank printed ZW$20 billion in notes.", "2022-06-01")[0][:2] == (
        "ZWL", Decimal("2E10"))
