"""No silent wrong number (issue 20 items 8-10, 12, 13; issue 21 §2): every case reads right
or is refused with a reason."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from moneyfacts import check, extract, parse
from moneyfacts.currencies import lexicon
from moneyfacts.errors import MoneyfactsError, ParseError


def _one(text: str) -> tuple[str, str, Decimal | None]:
    q = parse(text)
    return q.kind, q.unit, q.value


def _refused(text: str, word: str) -> None:
    """Nothing is read from ``text``, and one skipped entry says why, naming ``word``."""
    ex = extract(text)
    assert ex.mentions == [], ex.mentions
    assert len(ex.skipped) == 1 and word in ex.skipped[0].reason, ex.skipped


# --- item 8: a minus before a number is kept, with or without a sign -------------------------

@pytest.mark.parametrize("text, unit, value", [
    ("-40 billion yuan", "CNY", Decimal("-40000000000")),
    ("-5 million pounds", "GBP", Decimal("-5000000")),
    ("minus 40 billion yuan", "CNY", Decimal("-40000000000")),
    ("-5%", "percent", Decimal("-5")),
    ("-15€", "EUR", Decimal("-15")),
    ("a loss of −2.5 billion yuan", "CNY", Decimal("-2500000000")),
])
def test_a_minus_before_the_number_is_kept(text: str, unit: str, value: Decimal) -> None:
    q = parse(text)
    assert (q.unit, q.value) == (unit, value)
    assert q.text.lstrip().startswith(("-", "−", "minus"))


def test_a_range_dash_is_no_minus() -> None:
    q = parse("It rose 5 -10%")
    assert (q.low, q.high) == (Decimal(5), Decimal(10))


def test_negative_pair_is_checked_as_negative() -> None:
    r = check("The unit lost -40 billion yuan (-$5.5 billion) last year.", date="2025-01-22")
    (f,) = r.findings
    assert f.original.value == Decimal("-40000000000")
    assert f.stated.value == Decimal("-5500000000")
    assert f.verdict == "consistent"
    assert f.expected is not None and f.expected.low <= f.expected.high < 0
    # A sign slip is no agreement.
    r = check("The unit lost -40 billion yuan ($5.5 billion) last year.", date="2025-01-22")
    assert r.findings[0].verdict == "inconsistent"


# --- item 9: no format character (Cf) is a sign; inside numbers they are ignored ------------

def test_no_sign_of_the_lexicon_holds_a_format_character() -> None:
    lex = lexicon()
    bad = [s for s in lex.signs if any(unicodedata.category(c) == "Cf" for c in s)]
    assert bad == []
    assert "\u200b" not in lex.signs


def test_a_zero_width_space_is_no_escudo() -> None:
    ex = extract("It has 500\u200b employees.")
    assert [(m.kind, m.unit, m.value) for m in ex.mentions] == [
        ("count", "employee", Decimal(500))]


def test_a_zero_width_space_inside_an_amount_is_ignored() -> None:
    q = parse("It paid $5.5\u200b billion.")
    assert (q.unit, q.value) == ("USD", Decimal("5500000000"))
    assert q.text == "$5.5\u200b billion"  # the span is the text's own


def test_full_width_digits_read_as_digits() -> None:
    q = parse("１．０７５３美元")
    assert (q.unit, q.value) == ("USD", Decimal("1.0753"))
    assert q.text == "１．０７５３美元"
