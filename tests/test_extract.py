"""extract(): mentions and stated equivalents, on the gold sentences and on each linked form."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from gold_fields import FIELDS
from gold_fields import label as _expected
from moneyfacts import extract

@pytest.mark.gold
def test_gold_sentences_are_exact(gold_sentences: list[dict[str, Any]]) -> None:
    assert len(gold_sentences) >= 20
    for item in gold_sentences:
        ex = extract(item["text"])
        got = [{k: getattr(m, k) for k in FIELDS} for m in ex.mentions]
        assert got == [_expected(e) for e in item["expected"]], item["text"]
        links = [[e.original, e.stated] for e in ex.equivalences]
        assert links == item["equivalences"], item["text"]
        for m in ex.mentions:
            assert item["text"][m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "pairs", "form"),
    [
        ("It spent 40 billion yuan ($5.5 billion) on chips.", [("CNY", "USD")], "paren"),
        ("It spent 40 billion yuan (about $5.5 billion).", [("CNY", "USD")], "paren"),
        ("It spent 40 billion yuan (equivalent to $5.5 billion).", [("CNY", "USD")], "paren"),
        ("A 4 billion euro ($4.4 billion) plan.", [("EUR", "USD")], "paren"),
        ("It raised 12.3 billion yuan, or about $1.7 billion, last year.", [("CNY", "USD")], "or"),
        ("It raised 150 billion yuan or $20 billion.", [("CNY", "USD")], "or"),
        ("It raised €5bn – or $5.4bn – last year.", [("EUR", "USD")], "or"),
        ("It spent 3.5 trillion yen, equivalent to $23 billion, on deals.", [("JPY", "USD")],
         "equivalent"),
        ("The stake, 1.1 trillion won, worth $830 million, was sold.", [("KRW", "USD")],
         "equivalent"),
        ("The sale (JPY 100 billion, or US$ 670 million) closed.", [("JPY", "USD")], "or"),
        ("Reliance will invest $10.4 billion (Rs 54,000 crore) in solar.", [("USD", "INR")],
         "paren"),
    ],
)
def test_linked_forms(text: str, pairs: list[tuple[str, str]], form: str) -> None:
    ex = extract(text)
    got = [(ex.mentions[e.original].unit, ex.mentions[e.stated].unit) for e in ex.equivalences]
    assert got == pairs
    assert ex.equivalences[0].form == form


def test_one_amount_with_two_stated_equivalents() -> None:
    ex = extract("It paid 100 billion yen ($670 million; €610 million) for the stake.")
    assert [(e.original, e.stated) for e in ex.equivalences] == [(0, 1), (0, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "The fund raised 5 billion yuan and 2 billion yen from investors.",
        "Shares were offered at $5 to $7 per share, valuing it at $3 billion.",
        "Sales rose to €30 billion from €26 billion.",
        "It earned $5bn (up 20%) and spent 3 billion yuan.",
        "It paid $2 a share ($1.80 after tax), against $3 billion in debt.",
        "It bought 2 billion yuan of bonds, and 5 billion yen of stock.",
    ],
)
def test_unrelated_amounts_are_not_linked(text: str) -> None:
    assert extract(text).equivalences == []


def test_the_equivalent_of_a_per_unit_price_is_per_unit() -> None:
    ex = extract("It paid $2 a share (about €1.80), against $3 billion in debt.")
    assert [(e.original, e.stated) for e in ex.equivalences] == [(0, 1)]
    assert ex.mentions[1].per == "share" and ex.mentions[1].qualifier == "approx"
    assert ex.mentions[2].per is None


@pytest.mark.parametrize(
    "text",
    ["In 2025 the firm grew.", "On 2025-12-23 it said so.", "The H200 chip is fast.",
     "Revenue grew 20%.", "It happened on January 19, 2025.", "A ban set for 19 January."],
)
def test_not_money(text: str) -> None:
    assert [m.kind for m in extract(text).mentions if m.kind == "money"] == []


def test_hyphenated_adjectives_are_mentions() -> None:
    ex = extract("The council backed a 700-million-euro plan and a $1.2-billion bond.")
    assert [(m.unit, m.value) for m in ex.mentions] == [
        ("EUR", Decimal("700000000")), ("USD", Decimal("1200000000"))]


def test_mentions_are_in_text_order_with_spans() -> None:
    text = "About Rmb160 billion ($23 billion) in 2026, after Rmb150bn this year."
    ex = extract(text)
    starts = [m.start for m in ex.mentions]
    assert starts == sorted(starts)
    assert [text[m.start : m.end] for m in ex.mentions] == [m.text for m in ex.mentions]
    assert ex.mentions[0].qualifier == "approx"


def test_ambiguous_amounts_are_reported_not_dropped() -> None:
    ex = extract("Profit was kr 5 billion ($480 million), up from 4 billion francs.")
    assert [m.unit for m in ex.mentions] == ["USD"]
    assert [(k.text, "ambiguous" in k.reason) for k in ex.skipped] == [
        ("kr 5 billion", True), ("4 billion francs", True)]
    assert ex.equivalences == []


def test_extraction_equals_a_validated_one() -> None:
    from moneyfacts.models import Extraction

    ex = extract("It paid 100 billion yen ($670 million; €610 million), not kr 5bn.")
    again = Extraction.model_validate(ex.model_dump())
    assert ex == again and ex.model_dump_json() == again.model_dump_json()
