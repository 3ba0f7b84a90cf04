"""Signs in letters that differ only by a final point ('Bs' of the Bolivian boliviano, 'Bs.'
of the Venezuelan bolívar in CLDR) are written both ways by the press of both countries: each
names all their currencies (and a retired one's successor), the story's places and the
article's date settle which, and a sign CLDR gives one current currency keeps it as a
recorded default."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.numbers import get_currency_symbol

from moneyfacts import Conventions, extract
from moneyfacts.currencies import lexicon


def _money(text: str, day: dt.date | None = None) -> list[tuple[str, str | None]]:
    ex = extract(text, conventions=Conventions(date=day))
    return [(m.unit, m.assumed) for m in ex.mentions if m.kind == "money"]


def _m(ex: object) -> list[object]:
    return [m for m in ex.mentions if m.kind == "money"]  # type: ignore[attr-defined]


def test_the_two_spellings_come_from_cldr() -> None:
    assert get_currency_symbol("BOB", "es_BO") == "Bs" and get_currency_symbol("VEF", "es_VE") == "Bs."
    signs = lexicon().signs
    assert set(signs["Bs"].codes) == set(signs["Bs."].codes) >= {"BOB", "VEF", "VES"}


@pytest.mark.parametrize("written", ["Bs 100", "Bs. 100", "100 Bs."])
@pytest.mark.parametrize(("place", "day", "code"), [
    ("Venezuela", dt.date(2024, 5, 1), "VES"),
    ("Caracas", dt.date(2012, 5, 1), "VEF"),
    ("Bolivia", dt.date(2024, 5, 1), "BOB"),
    ("Bolivia", None, "BOB"),
])
def test_places_and_date_settle_either_spelling(written: str, place: str, day: dt.date | None,
                                                code: str) -> None:
    [(unit, assumed)] = _money(f"In {place}, a kilo of cheese now costs {written} at market.", day)
    assert unit == code and assumed is not None and f"'{place}' in the text" in assumed


@pytest.mark.parametrize("written", ["Bs 100", "Bs. 100", "100 Bs."])
def test_with_no_place_the_default_is_recorded(written: str) -> None:
    # the one current currency CLDR gives either spelling (VEF is tender nowhere now)
    [(unit, assumed)] = _money(f"A kilo of cheese now costs {written} at market.",
                               dt.date(2024, 5, 1))
    assert unit == "BOB" and assumed is not None and "also VEF, VES" in assumed


def test_undated_venezuelan_bolivars_name_both_codes() -> None:
    ex = extract("In Venezuela a kilo of cheese costs Bs 100.")
    assert _m(ex) == [] and "VEF" in ex.skipped[0].reason and "VES" in ex.skipped[0].reason


def test_kroner_with_a_point_follow_the_places_too() -> None:
    [(unit, _)] = _money("In Oslo, the budget was kr. 5 billion.")
    assert unit == "NOK"
    ex = extract("The budget was kr. 5 billion.")
    assert ex.mentions == [] and "SEK" in ex.skipped[0].reason


# A sign the lexicon gives one currency ('C$ = CAD', agency style) that CLDR gives others too
# (the Nicaraguan córdoba, es_NI): the lexicon's is the recorded default, CLDR's the text may
# choose.

def test_every_lexicon_sign_keeps_the_currencies_cldr_gives_it() -> None:
    from moneyfacts.currencies import _cldr_cached, lexicon_sections

    cldr = _cldr_cached()["symbols"]
    signs = lexicon().signs
    checked = 0
    for spelling, value, _ in lexicon_sections().get("currency", []):
        code = value.strip()
        owners = set(cldr.get(spelling, ()))  # type: ignore[attr-defined]
        if not code.isalpha() or spelling not in signs or not owners - {code}:
            continue
        sign = signs[spelling]
        assert sign.default == code and owners <= set(sign.codes), spelling
        checked += 1
    assert checked >= 1  # 'C$'


@pytest.mark.parametrize(("text", "code", "evidence"), [
    ("In Managua, a bus ride now costs C$20.", "NIO", "'Managua' in the text"),
    ("Nicaragua's budget is C$100 billion.", "NIO", "'Nicaragua' in the text"),
    ("The Calgary firm paid C$5 million.", "CAD", "'Calgary' in the text"),
    ("It is worth C$1.4 billion.", "CAD", "the newsroom default; also NIO"),
])
def test_c_dollars_follow_the_places(text: str, code: str, evidence: str) -> None:
    [(unit, assumed)] = _money(text)
    assert unit == code and assumed is not None and evidence in assumed


def test_a_text_prefixing_its_dollar_leaves_the_bare_sign_to_the_places() -> None:
    text = ("The Toronto lender raised C$900 million and US$600 million, and set aside $50 "
            "million, the bank said in Canada.")
    ex = extract(text)
    assert [m.unit for m in ex.mentions] == ["CAD", "USD"]
    assert [s.text for s in ex.skipped] == ["$50 million"]
