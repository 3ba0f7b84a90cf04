"""Letters glued before '$' (or another symbol) that are a territory's ISO 3166 code name its
currency when exactly one currency tender there is written with that symbol in the
territory's own CLDR locales ('GUY$5 million' is GYD, 'COL$' COP); other letters stay
refused with the form named ('JA$': no code). Session 18: 'ZW$' is the Zimbabwean dollar,
which CLDR names only with its dates ('Zimbabwean Dollar (2009–2024)'), now read by that name
(tests/test_local_press18.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract
from moneyfacts.conventions import Conventions

_DAY = dt.date(2024, 5, 1)


def _read(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    r = extract(text, conventions=Conventions(date=_DAY))
    return [(m.text, m.unit) for m in r.mentions if m.kind == "money"], [s.reason for s in r.skipped]


@pytest.mark.parametrize("letters, code", [
    ("GUY", "GYD"), ("COL", "COP"), ("AR", "ARS"), ("UY", "UYU"), ("MEX", "MXN"),
    ("CAN", "CAD"), ("Aus", "AUD"),
])
def test_a_territory_code_glued_to_the_dollar_sign_reads_its_dollar_or_peso(letters: str,
                                                                           code: str) -> None:
    money, _ = _read(f"The agency set aside {letters}$45 million for roads.")
    assert money == [(f"{letters}$45 million", code)]


@pytest.mark.parametrize("sign", ["JA$", "BD$", "IR£"])
def test_letters_that_name_no_currency_written_so_stay_refused(sign: str) -> None:
    money, skipped = _read(f"The agency set aside {sign}45 million for roads.")
    assert money == [] and any(sign in reason for reason in skipped)


def _dollar_territories() -> list[tuple[str, str]]:
    """(alpha-3 code, currency) of every territory whose one tender currency on the day is
    written '$' in one of its own CLDR locales, and no other tender one is (CLDR, pycountry)."""
    import pycountry
    from babel.core import get_global
    from babel.numbers import get_currency_symbol, get_territory_currencies

    out = []
    for country in pycountry.countries:
        t = country.alpha_2
        langs = get_global("territory_languages").get(t, {})
        written = set()
        for code in get_territory_currencies(t, _DAY, _DAY, tender=True):
            for lang in langs:
                try:
                    if get_currency_symbol(code, f"{lang}_{t}") == "$":
                        written.add(code)
                except Exception:
                    continue
        if len(written) == 1:
            out.append((country.alpha_3, written.pop()))
    return out


_TERRITORIES = _dollar_territories()


def test_the_dollar_territories_are_many() -> None:
    assert len(_TERRITORIES) >= 20


@given(st.sampled_from(_TERRITORIES), st.integers(2, 999))
def test_every_dollar_territorys_code_reads_its_currency_or_the_lexicons(
        territory: tuple[str, str], n: int) -> None:
    """Law: glued to '$', every dollar territory's alpha-3 code reads that territory's
    currency, whole ('GUY$5 million'), never refused and never the bare '$' alone."""
    alpha3, code = territory
    money, skipped = _read(f"The agency set aside {alpha3}${n} million for roads.")
    assert len(money) == 1 and not skipped
    text, unit = money[0]
    assert text == f"{alpha3}${n} million"
    assert unit == code
