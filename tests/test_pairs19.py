"""Stated equivalents as written in news copy (session 19, pairs held-out set): a CLDR
symbol with a no-break space inside it is read as the press types it ('F CFA'), a shared
sign opening the bracket after an amount is the currency its original is not, and a pair
whose stated figure is coarse contradicts no finer pair of the article. Examples are written
for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.locales import _space_spellings, profile


def _money(text: str, locale: str | None = None) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.unit) for m in moneyfacts.extract(text, locale=locale).mentions]


# --- a CLDR symbol with a no-break space, typed with an ordinary one -----------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("La banque prête 12 milliards de F CFA au Cameroun.", "XAF"),
    ("La banque prête 12 milliards F CFA au Sénégal.", "XOF"),
    ("La banque prête 12 milliards de F\u00a0CFA au Gabon.", "XAF"),
    ("La banque prête 12 milliards de FCFA au Mali.", "XOF"),
])
def test_the_cfa_franc_typed_with_a_space_is_no_french_franc(text: str, unit: str) -> None:
    assert _money(text, "fr") == [(Decimal("12000000000"), unit)]


def test_a_spaced_cfa_franc_is_linked_to_its_euro_equivalent() -> None:
    r = moneyfacts.check("Le prêt de 6,5 milliards de F CFA (9,91 millions d'euros) "
                         "finance une route au Cameroun.", date="2016-03-01", locale="fr")
    (f,) = [f for f in r.findings if f.subject == "equivalent"]
    assert (f.original.unit, f.stated.unit, f.verdict) == ("XAF", "EUR", "consistent")


@given(st.sampled_from(["fr", "fr_CA", "fr_SN", "en", "de", "nl", "ar", "fa"]))
def test_every_spelling_of_a_spaced_symbol_names_what_cldr_s_does(locale: str) -> None:
    """A law: a symbol CLDR writes with a no-break space names the same currencies typed with
    an ordinary space, a no-break or a narrow one."""
    prof = profile(locale)
    for sym, codes in prof.symbols.items():
        for spelling in _space_spellings(sym):
            assert set(prof.symbols[spelling]) == set(codes), (locale, sym, spelling)


# --- a shared sign opening the bracket after an amount --------------------------------------


def test_a_bare_dollar_in_the_bracket_after_a_local_dollar_is_the_us_dollar() -> None:
    text = ("Melbourne and Brisbane investors bid A$4.20 ($3.05) a share for the Sydney "
            "port operator, valuing it at A$9.6 billion ($7 billion), the Australian board said.")
    ex = moneyfacts.extract(text)
    read = [(m.text, m.unit) for m in ex.mentions]
    assert read == [("A$4.20", "AUD"), ("$3.05", "USD"), ("A$9.6 billion", "AUD"),
                    ("$7 billion", "USD")]
    assert all("bracket after" in m.assumed for m in ex.mentions if m.unit == "USD")
    assert len(ex.equivalences) == 2 and not ex.skipped


def test_a_bare_dollar_outside_a_bracket_stays_refused() -> None:
    text = ("Melbourne and Brisbane investors bid A$4.20 a share for the Sydney port operator; "
            "the Australian board said $7 billion was too little.")
    ex = moneyfacts.extract(text)
    assert [m.unit for m in ex.mentions] == ["AUD"]
    assert ex.skipped and "ambiguous" in ex.skipped[0].reason


# --- a coarse stated figure contradicts no finer pair -----------------------------------------


def test_a_loose_pair_is_no_contradiction_of_a_precise_one() -> None:
    text = "Bidders offered A$8.75 ($6) a share, A$23.6 billion ($17.4 billion) in all."
    fs = [f for f in moneyfacts.check(text, date="2021-09-13").findings]
    assert [f.verdict for f in fs] == ["loose", "consistent"]


def test_a_precise_slip_still_contradicts_the_other_pairs() -> None:
    text = "Bidders offered A$8.75 ($6.95) a share, A$23.6 billion ($17.4 billion) in all."
    fs = [f for f in moneyfacts.check(text, date="2021-09-13").findings]
    assert fs[0].verdict == "inconsistent" and fs[1].verdict == "consistent"


def test_a_loose_figure_far_below_its_rounding_still_contradicts_the_other_pairs() -> None:
    # (lead, session 19) A loose pair implies what its digits allow when rounded, not
    # truncated: 40 billion dollars at about 47 pounds a dollar is 1.9 trillion, which no one
    # writes as 1 trillion, while the article's precise pairs agree with the day's rate.
    text = ("The fund paid USD 2 billion (EGP 94 billion) in May and USD 3 billion (EGP 141 "
            "billion) in June, out of a plan worth USD 40 billion (EGP 1 trillion).")
    fs = moneyfacts.check(text, date="2024-05-15").findings
    assert [f.verdict for f in fs] == ["consistent", "consistent", "inconsistent"]
    assert fs[2].cause is not None and fs[2].cause.kind == "contradicts_other_pairs"


# --- 'X, about Y': an approximate amount in another currency set beside by a comma ----------


@pytest.mark.parametrize("text", [
    "The stake went for Rs 380 crore, around $52 million.",
    "The stake went for Rs 380 crore, about $52 million, the company said.",
    "The stake went for $52 million, roughly Rs 380 crore; the deal closes in May.",
])
def test_an_approximate_amount_after_a_comma_restates_the_one_before(text: str) -> None:
    ex = moneyfacts.extract(text)
    assert [(e.original, e.stated) for e in ex.equivalences] == [(0, 1)]


@pytest.mark.parametrize("text", [
    "Profit was €5 billion, around $2 billion of it earned in Asia.",
    "The stake went for Rs 380 crore, $52 million of it in cash.",
    "It raised €40 million, around €12 million more than planned.",
])
def test_a_comma_and_an_amount_that_goes_on_is_no_restatement(text: str) -> None:
    assert moneyfacts.extract(text).equivalences == []


# --- pairs of one article a little apart ------------------------------------------------------


def test_pairs_apart_by_less_than_their_band_contradict_nothing() -> None:
    """Items of different days on one page (a month as the date) imply rates 0.3% apart,
    inside the band each pair's references allow: none is flagged."""
    text = ("A fund bought a 4% stake for Rs 232 crore, around $51.6 million. "
            "A drug maker sold its unit for $11.2 million, around Rs.50.5 Cr.")
    r = moneyfacts.check(text, date="2010-12")
    assert [f.verdict for f in r.findings] == ["consistent", "consistent"]


def test_a_pair_far_from_the_article_s_others_still_contradicts_them() -> None:
    text = ("The city spent 12 billion won (US$12.9 million) on parks, 30 billion won "
            "(US$32.3 million) on roads, 45.5 billion won (US$48.9 million) on schools and "
            "57.3 trillion won (US$62.6 billion) in all.")
    fs = moneyfacts.check(text, date="2006-12-29").findings
    assert [f.verdict for f in fs][:3] == ["consistent"] * 3
    assert fs[3].verdict == "inconsistent"  # 1.6% off: a rate of weeks before, not the others


# --- the sign alone of a currency gone, in a text of today --------------------------------


def test_a_former_currency_s_locale_sign_is_refused_after_it_ended() -> None:
    """CLDR's fr writes 'F' for the French franc: in a text of 2015 that says no more than
    'a franc' (CFA, Swiss, Guinean...): refused, naming the franc and the date."""
    r = moneyfacts.check("La commune emprunte 8 millions F pour son école.", date="2015-07-06",
                         locale="fr")
    assert r.mentions == [] and "no longer tender on 2015-07-06" in r.skipped[0].reason


def test_a_former_currency_s_locale_sign_is_read_in_its_time() -> None:
    r = moneyfacts.check("La commune emprunte 8 millions F pour son école.", date="1996-03-01",
                         locale="fr")
    assert [(m.value, m.unit) for m in r.mentions] == [(Decimal("8000000"), "FRF")]


def test_a_former_currency_named_in_full_is_still_read() -> None:
    r = moneyfacts.check("En 1998 la commune empruntait 8 millions de francs français.",
                         date="2015-07-06", locale="fr")
    assert [m.unit for m in r.mentions] == ["FRF"]


# --- observations withdrawn as the source's own errors --------------------------------------


def test_no_lookup_returns_a_withdrawn_observation() -> None:
    """A law over the [withdrawn] spans: every lookup in or after a span returns a rate of a
    day outside it, or none."""
    from moneyfacts.errors import RateNotAvailableError
    from moneyfacts.rates import get_rate
    from moneyfacts.rates.store import withdrawn

    spans = withdrawn("NBP")
    assert spans, "the [withdrawn] section is read"
    for code, days in spans.items():
        for first, last in days:
            for day in range(first - 3, last + 10):
                try:
                    r = get_rate(code, "USD", dt.date.fromordinal(day))
                except RateNotAvailableError:
                    continue
                assert not first <= r.date.toordinal() <= last, (code, r)


def test_the_kuwaiti_dinar_of_may_2018_is_the_basket_s_again() -> None:
    from moneyfacts.rates import get_rate

    r = get_rate("KWD", "USD", dt.date(2018, 5, 4))
    assert Decimal("3.27") < r.value < Decimal("3.34") and r.date < dt.date(2018, 5, 2)


def test_a_figure_no_longer_named_a_stale_rate_of_the_withdrawn_weeks() -> None:
    text = "The ministry signed works worth KD 9.37 million ($29.95 million) on Thursday."
    f = moneyfacts.check(text, date="2018-07-12").findings[0]
    assert f.verdict == "inconsistent"
    assert f.cause.kind != "stale_rate" or not (
        dt.date(2018, 5, 2) <= f.cause.date <= dt.date(2018, 5, 23))
