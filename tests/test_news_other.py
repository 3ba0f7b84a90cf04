"""Other languages' news, as real articles write it (issue 21): German, Dutch, Nordic,
Russian, Arabic, Hebrew, Turkish. Each case is a sentence of ours of the shape a class of
misreadings took on real news nobody here wrote; the cause is fixed from data (CLDR, the
lexicon's language sections), not per sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.currencies import lexicon


def _read(text: str, locale: str | None) -> list[tuple[str, str | None, Decimal | None]]:
    return [(m.text, m.unit, m.value) for m in extract(text, locale=locale).mentions]


@pytest.mark.parametrize(("text", "locale"), [
    ("In den drei Jahren stieg die Zahl deutlich.", "de"),
    ("Die Frist endet um den 1. Mai.", "de"),
    ("Vi ses den 3. oktober i Aarhus.", "da"),
    ("Det var den 5 største ordren i år.", "nb"),
    ("Il ne l'a pas vu depuis den 4 mars.", None),
])
def test_an_article_before_a_number_is_no_denar(text: str, locale: str | None) -> None:
    # CLDR's sq_MK writes the denar 'den' after the number only ('100 den'); before a
    # number the word is the German and Nordic article.
    assert all(unit != "MKD" for _, unit, _ in _read(text, locale))


def test_the_denar_after_its_number_still_reads() -> None:
    assert _read("Bileta kushton 100 den.", None) == [("100 den", "MKD", Decimal("100"))]
    assert "den" in lexicon().after_only and "kr" not in lexicon().after_only


def test_a_number_after_the_article_keeps_its_currency() -> None:
    assert _read("Es fehlen nur noch Millionen zu den 3,9 Milliarden US-Dollar.", "de") == [
        ("3,9 Milliarden US-Dollar", "USD", Decimal("3900000000"))]
