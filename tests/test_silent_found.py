"""Silent wrong readings found on real text, each fixed by its cause (issue 21 §2): the
sentences here are our own, of the same shapes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract


def _read(text: str, locale: str | None = None) -> list[tuple[str, Decimal | None, str]]:
    return [(q.text, q.value, q.unit) for q in extract(text, locale=locale).mentions]


# --- 1. Han unit names built by a prefix (千 kilo, 平方 square, 立方 cubic) ----------------


@pytest.mark.parametrize(("text", "want"), [
    ("水库蓄水约3立方千米。", [("约3立方千米", Decimal(3), "kilometer ** 3")]),
    ("保护区面积为12平方千米。", [("12平方千米", Decimal(12), "kilometer ** 2")]),
    ("这条公路长8千米。", [("8千米", Decimal(8), "kilometer")]),
    ("全国铁路营业里程达到十六万千米。", [("十六万千米", Decimal(160000), "kilometer")]),
    ("新建管道2万千米。", [("2万千米", Decimal(20000), "kilometer")]),
    # 千 after 十/百 with no digit of its own: the unit's kilo, not 1,010 or 1,300
    ("徒步二十千米。", [("二十千米", Decimal(20), "kilometer")]),
    ("货物重三百千克。", [("三百千克", Decimal(300), "kilogram")]),
    ("装机十千瓦。", [("十千瓦", Decimal(10), "kilowatt")]),
])
def test_han_prefixed_unit_is_read_whole(text: str, want: list[tuple[str, Decimal, str]]) -> None:
    assert _read(text, "zh") == want


def test_han_kilo_prefix_alone_is_no_thousand() -> None:
    # '每千克' is 'per kilogram': no figure of a thousand grams; the price is the figure
    assert _read("苹果每千克12元。", "zh") == [("12元", Decimal(12), "CNY")]


def test_han_thousand_before_currency_and_colloquial_units_unchanged() -> None:
    assert _read("他付了千元。", "zh") == [("千元", Decimal(1000), "CNY")]
    assert _read("她身高一米六。", "zh")[0][1:] == (Decimal("1.6"), "meter")


# --- 2. a ticker's territory code after a hyphen is no unit symbol -------------------------


@pytest.mark.parametrize("text", [
    "Hon Hai (2317-TW) and MediaTek (2454-TW) fell in Taipei trading.",
    "Shares of 3008-TW rose after the results.",
    "The fund holds 1301-TW, 0050-TW and 2882-TW.",
])
def test_ticker_with_territory_code_is_no_unit(text: str) -> None:
    assert [q for q in extract(text).mentions if q.kind == "measure"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("They built a 5-MW solar farm.", ("5-MW", Decimal(5), "megawatt")),
    ("It plans a 1200-MW coal plant.", ("1200-MW", Decimal(1200), "megawatt")),
    ("the 2400-MW dam opened", ("2400-MW", Decimal(2400), "megawatt")),
    ("a 1,500-MW project", ("1,500-MW", Decimal(1500), "megawatt")),
    ("Demand reached 2330 TW of thermal power.", ("2330 TW", Decimal(2330), "terawatt")),
])
def test_hyphenated_and_spaced_unit_symbols_still_read(
        text: str, want: tuple[str, Decimal, str]) -> None:
    assert _read(text)[0] == want


# --- 3. 'a 200 pound cable': the unhyphenated compound is the weight, noted ----------------


@pytest.mark.parametrize(("text", "noun"), [
    ("In Britain, crews dragged a 400 pound cable up the hill.", "cable"),
    ("LONDON - A 300 pound gorilla escaped from the zoo.", "gorilla"),
    ("Police in Manchester said an 80 pound dog bit him.", "dog"),
])
def test_unhyphenated_pound_before_a_noun_is_weight(text: str, noun: str) -> None:
    (q,) = extract(text, locale="en").mentions
    assert (q.kind, q.unit) == ("measure", "pound")
    assert q.assumed is not None and f"'{noun}'" in q.assumed  # not silent: the reason named


@pytest.mark.parametrize("text", [
    "In Britain, he was given a 200 pound fine for littering.",
    "In Britain, she handed over a 5 pound note.",
    "In Britain, tenants face a 50 pound rise in rent.",
    "In Britain, he paid 200 pound for the bike.",  # no article: no compound adjective
])
def test_unhyphenated_pound_before_money_noun_stays_money(text: str) -> None:
    (q,) = extract(text, locale="en").mentions
    assert (q.kind, q.unit) == ("money", "GBP")


def test_weight_words_still_decide_without_note() -> None:
    (q,) = extract("In Britain, he lost 20 pounds last year.", locale="en").mentions
    assert (q.unit, q.assumed) == ("pound", None)
