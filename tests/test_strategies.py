"""Our own parser and checker against the user-facing hypothesis strategies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings

import moneyfacts
from moneyfacts.models import Quantity
from moneyfacts.strategies import Article, amounts, articles, money_texts

FIELDS = ("kind", "unit", "value", "low", "high", "qualifier", "precision")


def _fields(q: Quantity) -> dict[str, object]:
    return {f: getattr(q, f) for f in FIELDS}


@settings(max_examples=60, deadline=None)
@given(amounts())
def test_amounts_are_news_amounts(d: Decimal) -> None:
    assert Decimal(1) <= d < Decimal(10) ** 15
    assert 1 <= len(d.normalize().as_tuple().digits) <= 4


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(money_texts())
@example(("$1.5-2 billion", Quantity(kind="money", unit="USD", low=Decimal("1.5E9"),
                                     high=Decimal("2E9"), precision=Decimal("1E8"))))
@example(("Rs 1,00,000", Quantity(kind="money", unit="INR", value=Decimal(100000))))
@example(("160亿元", Quantity(kind="money", unit="CNY", value=Decimal("1.6E10"),
                             precision=Decimal("1E8"))))
def test_parse_reads_every_written_style(ex: tuple[str, Quantity]) -> None:
    text, expected = ex
    got = moneyfacts.parse(text)
    assert _fields(got) == _fields(expected), text
    assert got.text == text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(money_texts(ranges=False))
def test_amounts_read_in_a_sentence(ex: tuple[str, Quantity]) -> None:
    text, expected = ex
    sentence = f"The company said on Monday it had set aside {text} for the plan."
    found = moneyfacts.extract(sentence).mentions
    assert [_fields(q) for q in found] == [_fields(expected)], sentence


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_check_agrees_with_generated_articles(article: Article) -> None:
    report = moneyfacts.check(article.text, date=article.date)
    got = [(f.original.text, f.stated.text.removeprefix("about "), f.verdict)
           for f in report.findings]
    want = [(e.original, e.stated, e.verdict) for e in article.equivalents]
    assert got == want, article.text


@settings(max_examples=30, deadline=None)
@given(articles("2025-01-22", max_equivalents=1))
def test_articles_on_a_fixed_date(article: Article) -> None:
    assert article.date == dt.date(2025, 1, 22)
    assert len(article.equivalents) == 1
    e = article.equivalents[0]
    assert e.verdict == ("consistent" if e.perturbation == "none" else "inconsistent")
    assert e.original in article.text and e.stated in article.text


def test_strategies_is_a_lazy_submodule() -> None:
    assert moneyfacts.strategies.money_texts is money_texts
