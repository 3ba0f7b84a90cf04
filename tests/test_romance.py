"""Romance languages read from data (our examples; the peers' suites in tests/test_peers.py
measure the breadth): a two-word CLDR name
written without its accents, range and qualifier words of [range ro], [qualifier ro/fr]."""

from __future__ import annotations

import pytest

from moneyfacts import parse
from moneyfacts.grammar import scan
from moneyfacts.errors import MoneyfactsError


def _read(text: str, locale: str) -> list[str]:
    out = []
    for q in scan(text, locale=locale):
        amount = f"{q.low}..{q.high}" if q.value is None else f"{q.value}"
        out.append(f"{amount} {q.unit}")
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("Au plătit 40 de lira egiptiana.", ["40 EGP"]),             # CLDR 'liră egipteană'
    ("Costă intre 8 si 12 RON.", ["8..12 RON"]),
    ("Costă de la 8 RON la 12 RON.", ["8..12 RON"]),
])
def test_romanian_currency_words_and_ranges(text: str, want: list[str]) -> None:
    assert _read(text, "ro") == want


def test_a_plural_shared_by_several_pounds_is_not_the_turkish_lira() -> None:
    # 'lire' is the Romanian plural of every 'liră' (sterlină, egipteană, turcească): the
    # English lexicon's Turkish reading of 'lire' must not be taken in Romanian text.
    try:
        units = [q.unit for q in scan("Costă nouă lire.", locale="ro")]
    except MoneyfactsError:
        return
    assert "TRY" not in units


@pytest.mark.parametrize(("text", "locale", "qualifier"), [
    ("Costă cel mult 7 euro.", "ro", "le"),
    ("Costă sub 7 euro.", "ro", "lt"),
    ("Costă mai putin de 7 euro.", "ro", "lt"),
    ("Cela coûte pas plus de 10 euros.", "fr", "le"),
    ("Cela coûte plus que 10 euros.", "fr", "gt"),
])
def test_qualifier_words(text: str, locale: str, qualifier: str) -> None:
    q = parse(text, locale=locale)
    assert q.qualifier == qualifier
