"""'1,145' read with a bare language whose territories are split (CLDR: half of the 'es'
locales with a region mark the decimal with a comma, half group with it) is 1.145 or 1145;
the text's other numbers settle it, a territory locale settles it, and otherwise it is
refused, never read silently as one of them."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from moneyfacts import extract
from moneyfacts.separators import split_languages


def test_split_languages_come_from_cldr() -> None:
    # 'es': 14 of 28 region locales group with the comma; 'fr': 1 of 46 (fr_RW) is not split
    assert "es" in split_languages()
    assert "fr" not in split_languages()


@pytest.mark.parametrize("locale", ["es", "auto"])
def test_no_other_number_refuses(locale: str) -> None:
    result = extract("La petrolera destinará 2,375 mdd a la nueva planta de Tula.", locale=locale)
    assert result.mentions == []
    [skipped] = result.skipped
    assert "in doubt" in skipped.reason and "2,375" in skipped.reason


def test_the_text_s_point_grouping_settles_the_decimal_comma() -> None:
    [a, b] = extract("El plan costará 2,375 millones de euros y creará 14.000 empleos.",
                     locale="es").mentions
    assert a.value == Decimal("2375000") and b.value == 14000


def test_the_text_s_comma_grouping_settles_the_group() -> None:
    [a, b] = extract("El plan costará 2,375 millones de dólares y creará 14,000 empleos.",
                     locale="es").mentions
    assert a.value == Decimal("2375000000") and b.value == 14000


def test_french_keeps_its_decimal_comma() -> None:
    [m] = extract("Le groupe a levé 2,375 milliards d'euros.", locale="fr").mentions
    assert m.value == Decimal("2375000000")


@given(st.integers(1, 999), st.integers(1, 999).filter(lambda f: f % 10))
def test_a_territory_settles_it_and_a_bare_language_refuses(whole: int, frac: int) -> None:
    text = f"La obra costará {whole},{frac:03d} millones de pesos."
    assert extract(text, locale="es").mentions == []
    [ar] = extract(text, locale="es_AR").mentions
    assert ar.value == Decimal(f"{whole}.{frac:03d}") * 10**6
    [mx] = extract(text, locale="es_MX").mentions
    assert mx.value == (whole * 1000 + frac) * 10**6
