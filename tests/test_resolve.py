"""Issue 21 §1: a shared sign's currency is decided by the evidence of the text, and the
evidence is recorded (moneyfacts.evidence gathers it, moneyfacts.resolve weighs it).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Conventions, check, extract, parse
from moneyfacts.currencies import lexicon
from moneyfacts.errors import AmbiguousCurrencyError, InputError
from moneyfacts.evidence import _places_text, build_gazetteer, dateline, places, tender


def _read(text: str, **kw: object) -> list[tuple[str, Decimal | None, str | None]]:
    return [(m.unit, m.value, m.assumed) for m in extract(text, **kw).mentions]  # type: ignore[arg-type]


# ------------------------------------------------------------------ the cases

def test_rials_in_a_story_about_oman_are_omani() -> None:
    text = ("Oman expects a budget deficit of 1.3 billion rials next year, the finance "
            "ministry in Muscat said on Monday, as the sultanate spends more on housing.")
    [(unit, value, assumed)] = _read(text)
    assert (unit, value) == ("OMR", Decimal("1300000000"))
    assert assumed == "'rials' read as OMR: 'Oman' and 'Muscat' in the text"


def test_rials_without_evidence_are_refused_with_the_candidates() -> None:
    # CLDR's 'rial' is Iran's, Oman's and Yemen's, the riyal Saudi Arabia's and Qatar's: with
    # nothing in the text to settle it, no newsroom default is guessed (issue 21 §1).
    found = extract("The fund raised 94.5 billion rials.")
    assert found.mentions == []
    (skipped,) = found.skipped
    assert "'rials' is ambiguous (IRR, OMR, YER, SAR, QAR)" in skipped.reason
    # riyals keep theirs, and say so
    [(unit, _, assumed)] = _read("The fund raised 94.5 billion riyals.")
    assert unit == "SAR" and assumed is not None and "newsroom default" in assumed


@pytest.mark.parametrize(("text", "unit", "said"), [
    ("Nepal's central bank said remittances reached Rs 1.2 trillion, up from a year "
     "earlier, as Nepali workers in the Gulf sent more home.", "NPR", "'Nepal' and 'Nepali'"),
    ("Sri Lanka will borrow Rs 500 billion from local banks, officials in Colombo said.",
     "LKR", "'Sri Lanka' and 'Colombo'"),
])
def test_rs_in_nepali_and_sri_lankan_stories(text: str, unit: str, said: str) -> None:
    [(got, _, assumed)] = _read(text)
    assert got == unit
    assert assumed == f"'Rs' read as {unit}: {said} in the text"


def test_pounds_in_a_story_datelined_cairo_are_egyptian() -> None:
    text = "CAIRO, May 5 (Reuters) - The government sold 20 billion pounds of treasury bills."
    [(unit, _, assumed)] = _read(text)
    assert unit == "EGP" and assumed == "'pounds' read as EGP: dateline CAIRO"
    # A London story's pounds are sterling, and say why; a story that says nothing says so.
    [(unit, _, assumed)] = _read("LONDON (Reuters) - The bank lost 2 billion pounds.")
    assert (unit, assumed) == ("GBP", "'pounds' read as GBP: dateline LONDON")
    [(unit, _, assumed)] = _read("The bank lost 2 billion pounds.")
    assert unit == "GBP" and "newsroom default" in str(assumed)


def test_an_egyptian_pound_figure_is_not_checked_against_sterling() -> None:
    # 20 billion pounds stated as $650 million: right for EGP in 2024, a slip if sterling.
    text = ("CAIRO, March 20 (Reuters) - Egypt sold 20 billion pounds ($650 million) of "
            "treasury bills on Wednesday.")
    report = check(text, date="2024-03-20")
    [finding] = report.findings
    assert finding.original.unit == "EGP"


def test_bare_dollar_in_copy_datelined_mexico_city_stays_us_dollar() -> None:
    text = ("MEXICO CITY, Oct 3 (Reuters) - Pemex sold $2 billion of bonds, and the peso "
            "firmed against the dollar.")
    [(unit, _, assumed)] = _read(text)
    assert (unit, assumed) == ("USD", "'$' read as USD (dollar='USD')")


def test_pesos_in_copy_datelined_mexico_city_are_mexican() -> None:
    [(unit, _, assumed)] = _read("MEXICO CITY (Reuters) - Sales rose to 69.7 billion pesos.")
    assert (unit, assumed) == ("MXN", "'pesos' read as MXN: dateline MEXICO CITY")


@pytest.mark.parametrize("text", [
    "TORONTO - The pension fund paid Cdn$500 million for the stake.",
    "The province will spend $12-billion (Canadian) on transit over a decade.",
])
def test_canadian_dollars_written_cdn_or_bracketed(text: str) -> None:
    [(unit, _, assumed)] = _read(text)
    assert unit == "CAD"
    if "(Canadian)" in text:
        assert assumed == "'$' read as CAD: '(Canadian)' after it"


def test_dollar_beside_us_dollar_is_another_dollar() -> None:
    ex = extract("WELLINGTON - The dairy group earned $5 billion (US$3 billion).")
    assert [(m.unit, m.value) for m in ex.mentions] == [
        ("NZD", Decimal("5000000000")), ("USD", Decimal("3000000000"))]
    assert ex.mentions[0].assumed == "'$' read as NZD: dateline WELLINGTON; 'US$' beside it"
    # Nothing says which dollar: refused, not read as the US dollar it is not.
    ex = extract("The group earned $5 billion (US$3 billion).")
    assert [m.unit for m in ex.mentions] == ["USD"]
    [skip] = ex.skipped
    assert "'$'" in skip.reason and "AUD" in skip.reason and "USD," not in skip.reason


def test_dollar_named_in_the_text_settles_the_bare_sign() -> None:
    text = "All figures are in Canadian dollars. Revenue rose to $4.1 billion."
    [(unit, _, assumed)] = _read(text)
    assert (unit, assumed) == ("CAD", "'$' read as CAD: 'Canadian dollars' in the text")
    # An amount in another dollar says the bare '$' is not that one (a stated equivalent).
    ex = extract("It will invest 600 million Canadian dollars ($450 million) in the mine.")
    assert [m.unit for m in ex.mentions] == ["CAD", "USD"]


def test_conflicting_evidence_is_refused_with_the_candidates() -> None:
    text = ("Banks in Mexico and the Philippines lent 40 billion pesos, regulators in "
            "Mexico City and Quezon City said.")
    ex = extract(text)
    assert ex.mentions == []
    [skip] = ex.skipped
    assert skip.reason.startswith("currency sign 'pesos' is ambiguous (MXN, PHP)")
    assert "'Mexico'" in skip.reason and "'Philippines'" in skip.reason
    with pytest.raises(AmbiguousCurrencyError) as err:
        parse(text)
    assert err.value.candidates == ["MXN", "PHP"]


def test_the_stronger_evidence_wins_by_a_clear_margin() -> None:
    text = ("India's tax take rose to Rs 25 lakh crore, the finance ministry in New Delhi "
            "said; Indian officials said exports to Nepal also grew.")
    [(unit, _, assumed)] = _read(text)
    assert unit == "INR" and "'India'" in str(assumed)


def test_person_names_and_common_words_are_no_places() -> None:
    # 'Michael Jordan' is no Jordan; 'Reading' and 'Split' are words before they are towns.
    assert [c.phrase for c in places("Michael Jordan met Mr Jackson. Reading the split.")] == []
    ex = extract("Michael Jordan said the club paid 40 million dinars.")
    assert ex.mentions == [] and "dinars" in ex.skipped[0].reason
    [(unit, _, _)] = _read("King Abdullah of Jordan said the state paid 40 million dinars.")
    assert unit == "JOD"


def test_the_callers_setting_stands_when_the_text_is_silent() -> None:
    q = parse("40 billion pesos", conventions=Conventions(signs={"pesos": "PHP"}))
    assert (q.unit, q.assumed) == ("PHP", "'pesos' read as PHP (signs['pesos'])")
    q = parse("The group earned $5 billion (US$3 billion).",
              conventions=Conventions(dollar="AUD"))
    assert q.unit == "AUD"


# -------------------------------------------------------------------------------- dates

def test_bolivares_in_2024_are_the_sovereign_bolivar() -> None:
    text = "In Caracas a kilo of cheese costs 100 Bs. at the market."
    kilo, *money = _read(text, conventions=Conventions(date=dt.date(2024, 3, 1)))
    assert kilo[:2] == ("kilogram", Decimal(1))  # 'a kilo' is 1 kg (issue 21 §3, units)
    [(unit, _, assumed)] = money
    assert unit == "VES"  # Caracas' currency on that date (CLDR's tender)
    assert assumed is not None and "'Caracas' in the text" in assumed
    [_, (unit, _, _)] = _read(text, conventions=Conventions(date=dt.date(2015, 3, 1)))
    assert unit == "VEF"


def test_check_passes_the_article_date_to_the_resolver() -> None:
    text = "In Caracas a kilo of cheese costs 100 Bs. (about $2.70)."
    report = check(text, date="2024-03-01")
    assert report.findings[0].original.unit == "VES"


def test_places_stand_for_the_currency_tender_on_the_date() -> None:
    assert tender("HR", dt.date(2022, 6, 1)) == ("HRK",)
    assert tender("HR", dt.date(2023, 6, 1)) == ("EUR",)
    assert tender("VE", dt.date(2024, 1, 1)) == ("VES",)
    # 'kr' in a Tallinn story of 2005 is the kroon; of 2015 no kroon is left to choose.
    [(unit, _, _)] = _read("Estonia's budget in Tallinn was kr 5 billion.",
                           conventions=Conventions(date=dt.date(2005, 6, 1)))
    assert unit == "EEK"
    ex = extract("Estonia's budget in Tallinn was kr 5 billion.",
                 conventions=Conventions(date=dt.date(2015, 6, 1)))
    assert ex.mentions == [] and "DKK" in ex.skipped[0].reason


def test_conventions_date_is_validated() -> None:
    assert Conventions(date="2024-03-01").date == dt.date(2024, 3, 1)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        Conventions(date="March 2024")  # type: ignore[arg-type]


# --------------------------------------------------------------------- evidence as data

def test_a_place_is_a_data_change() -> None:
    base = _places_text()
    gaz = build_gazetteer(base + "\n[place]\nTitipu = JP\n")
    assert gaz.phrases["Titipu"] == ("JP", "country")
    assert "Titipu" not in build_gazetteer(base).phrases


def test_the_weights_are_data() -> None:
    gaz = build_gazetteer(_places_text().replace("city = 1", "city = 0"))
    assert gaz.weights["city"] == 0 and gaz.weights["country"] == 3


def test_dateline_reads_cldr_names_and_cities() -> None:
    clue = dateline("MUSCAT, Oman (Reuters) - ")
    assert clue is not None and (clue.phrase, clue.territory) == ("MUSCAT", "OM")
    assert dateline("The bank said") is None


def _shared_signs() -> list[tuple[str, str, str]]:
    """(sign as written, candidate, its country's CLDR name) for every shared named sign's
    candidate whose country CLDR names (ISO 4217: the code's first two letters)."""
    lex = lexicon()
    territories = Locale("en").territories
    out = []
    for name in ("rials", "pesos", "dinars", "shillings", "kroner", "francs", "pounds",
                 "rupees"):
        codes = lex.names[name].lstrip("!").replace("|", " ").split()
        for code in codes:
            country = territories.get(code[:2])
            # Cuba had two pesos at once (CUC, CUP): its name settles neither.
            if country and tender(code[:2]) == (code,) and "(" not in country:
                out.append((name, code, country))
    return out


@settings(max_examples=60)
@given(st.sampled_from(_shared_signs()), st.sampled_from(["In {c}, ", "{c} said "]))
def test_any_candidates_country_settles_its_sign(case: tuple[str, str, str], opening: str) -> None:
    name, code, country = case
    text = opening.format(c=country) + f"the state spent 5 billion {name} on roads."
    ex = extract(text)
    assert [m.unit for m in ex.mentions] == [code], (text, ex.skipped)
    assert repr(country) in str(ex.mentions[0].assumed)


def test_a_word_that_only_starts_currency_names_is_not_settled_by_places() -> None:
    # es: 'nuevos' starts 'nuevo dólar taiwanés' and 'nuevo séquel'; 'Taiwán' in the text
    # does not make '72 nuevos casos' New Taiwan dollars. 'pesos' is one kind of currency.
    ex = extract("En Taiwán hubo 72 nuevos casos el lunes.", locale="es")
    assert all(m.unit != "TWD" for m in ex.mentions)
    [m] = extract("El banco central de México vendió 5.000 millones de pesos.", locale="es").mentions
    assert (m.unit, m.assumed) == ("MXN", "'pesos' read as MXN: 'México' in the text")


def test_every_rial_is_a_candidate() -> None:
    # 'Iranian rial' (CLDR) shares the word: an Iranian story's rials are no Saudi riyals.
    [(unit, _, assumed)] = _read("Iran's parliament approved spending of 5,000 trillion rials.")
    assert (unit, assumed) == ("IRR", "'rials' read as IRR: 'Iran' in the text")


# --------------------------------------------------------- a stated pair, corroboration only

def test_a_stated_pair_corroborates_and_never_explains_a_slip_away() -> None:
    day = Conventions(date=dt.date(2024, 1, 22))
    right = "CAIRO, Jan 22 (Reuters) - Egypt sold 20 billion pounds ($650 million) of bills."
    [pounds, _] = _read(right, conventions=day)
    assert pounds[0] == "EGP"
    assert str(pounds[2]).endswith("; the stated '$650 million' fits EGP's rate of the day")
    # The dollar figure of sterling: the reading stays EGP, the note says what it would fit,
    # and check reports the slip with its likely cause.
    slip = "CAIRO, Jan 22 (Reuters) - Egypt sold 20 billion pounds ($25.4 billion) of bills."
    [pounds, _] = _read(slip, conventions=day)
    assert pounds[0] == "EGP"
    assert "would fit GBP's rate of the day, not EGP's" in str(pounds[2])
    [finding] = check(slip, date="2024-01-22").findings
    assert finding.verdict == "inconsistent" and finding.cause is not None
    assert finding.cause.kind == "wrong_currency"
    # Without a date there are no rates to corroborate with.
    [pounds, _] = _read(right)
    assert "rate" not in str(pounds[2])


def test_cfa_francs_are_settled_by_the_places() -> None:
    # Read at all now ('CFA franc' is shared by XOF and XAF), and settled by the text.
    [(unit, _, _)] = _read("ABIDJAN, Ivory Coast - Cocoa farmers will get 1,800 CFA francs per kg.")
    assert unit == "XOF"
    [(unit, _, assumed)] = _read("Cameroon will spend 300 billion CFA francs on roads in Yaounde.")
    assert (unit, assumed) == ("XAF", "'cfa francs' read as XAF: 'Cameroon' and 'Yaounde' in the text")
    ex = extract("Farmers will get 1,800 CFA francs.")
    assert ex.mentions == [] and "XOF, XAF" in ex.skipped[0].reason


def test_a_place_joined_by_a_hyphen_is_a_place() -> None:
    [(unit, _, assumed)] = _read("The Riyadh-based company will pay 70 billion riyals.")
    assert (unit, assumed) == ("SAR", "'riyals' read as SAR: 'Riyadh' in the text")


def test_the_callers_locale_territory_is_evidence() -> None:
    text = "El gobierno gastará 40 millones de pesos."
    [(unit, _, assumed)] = _read(text, conventions=Conventions(locale="es_MX"))
    assert (unit, assumed) == ("MXN", "'pesos' read as MXN: locale='es_MX'")
    assert extract(text, conventions=Conventions(locale="es")).mentions == []  # no territory
    # Against the text's own evidence it settles nothing.
    ex = extract("El gobierno de Chile gastará 40 millones de pesos.",
                 conventions=Conventions(locale="es_MX"))
    assert ex.mentions == [] and "CLP" in ex.skipped[0].reason
