"""Properties of issue 21 §2 over generated and mutated text: the value of a mention comes from
digits, words and magnitudes all inside its span; a magnitude or a sign is never dropped; an
invisible format character (Unicode category Cf) is never a sign.

The texts are the shipped strategies' (:func:`moneyfacts.strategies.money_texts`), mutated:
format characters inserted anywhere, a minus before the amount, the gap before a magnitude
word changed. A mutation may make an amount unreadable (a refusal or a miss is allowed); it
may never make it read as another number.
"""

from __future__ import annotations

import sys
import unicodedata
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.currencies import lexicon
from moneyfacts.models import Quantity
from moneyfacts.strategies import money_texts, warm

warm()

#: Every format character Unicode has (category Cf), from the running Python's tables.
FORMAT_CHARS = sorted(c for c in map(chr, range(sys.maxunicode + 1))
                      if unicodedata.category(c) == "Cf")

_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _reading(q: Quantity) -> tuple[object, ...]:
    return q.kind, q.unit, q.value, q.low, q.high, q.qualifier


def _the_amount(text: str) -> list[Quantity]:
    return extract(text).mentions


@_SETTINGS
@given(example=money_texts(), data=st.data())
def test_format_characters_anywhere_change_nothing(example: tuple[str, Quantity],
                                                   data: st.DataObject) -> None:
    text, expected = example
    mutated = text
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(mutated)))
        mutated = mutated[:at] + data.draw(st.sampled_from(FORMAT_CHARS)) + mutated[at:]
    plain = _the_amount(text)
    got = _the_amount(mutated)
    assert [_reading(q) for q in got] == [_reading(q) for q in plain], (text, mutated)
    for q in got:  # spans are the mutated text's own
        assert mutated[q.start : q.end] == q.text


@_SETTINGS
@given(cf=st.sampled_from(FORMAT_CHARS), n=st.integers(1, 99999),
       after=st.sampled_from(["", " employees", ".", " in 2025", " (up 5%)"]))
def test_a_format_character_is_never_a_sign(cf: str, n: int, after: str) -> None:
    for text in (f"It has {n}{cf}{after}", f"It has {cf}{n}{after}", f"{n} {cf}{after}"):
        assert all(q.kind != "money" for q in _the_amount(text)), repr(text)
    assert not any(cf in sign for sign in lexicon().signs)


@_SETTINGS
@given(example=money_texts(ranges=False, qualifiers=False),
       minus=st.sampled_from(["-", "\u2212", "minus "]),
       lead=st.sampled_from(["", "It lost ", "(", "Profit: "]))
def test_a_minus_is_never_dropped(example: tuple[str, Quantity], minus: str, lead: str) -> None:
    text, expected = example
    got = _the_amount(lead + minus + text)
    assert len(got) <= 1
    for q in got:  # read with its minus, or not at all
        assert q.value == -expected.value, (lead + minus + text, q)
        assert q.text.startswith(minus)


_MAGNITUDE_WORDS = (" thousand", " million", " billion", " trillion", " mn", " bn",
                    " lakh", " crore")


@_SETTINGS
@given(example=money_texts(ranges=False, qualifiers=False),
       gap=st.sampled_from(["  ", "\n", "\u00a0", " \u200b", "\u200b ", "-", "\t"]))
def test_a_magnitude_is_never_dropped(example: tuple[str, Quantity], gap: str) -> None:
    text, expected = example
    for word in _MAGNITUDE_WORDS:
        if word in text:
            mutated = text.replace(word, gap + word.strip(), 1)
            for q in _the_amount(mutated):  # right, or not read at all
                assert q.value == expected.value, (mutated, q)
            break


@_SETTINGS
@given(example=money_texts(), lead=st.sampled_from(["", "It paid ", "Sales rose to "]),
       tail=st.sampled_from(["", " in 2025.", ", up 5%.", " ($3 billion) last year."]))
def test_a_mentions_value_comes_from_its_own_span(example: tuple[str, Quantity], lead: str,
                                                  tail: str) -> None:
    """Each mention read from its span alone reads the same: nothing outside the span (a
    magnitude, a sign, a minus, a second figure) went into its value."""
    text = lead + example[0] + tail
    for q in _the_amount(text):
        alone = _the_amount(q.text)
        assert alone and alone[0].value == q.value and (alone[0].low, alone[0].high) == (
            q.low, q.high), (text, q.text)
        if q.assumed is None:
            assert alone[0].unit == q.unit


def test_the_generated_values_are_exact() -> None:
    """The properties above compare Decimals: a sanity check that they are (no float)."""
    text, q = "$1.5 billion", _the_amount("$1.5 billion")[0]
    assert isinstance(q.value, Decimal) and q.value == Decimal("1.5e9") and q.text == text


@_SETTINGS
@given(high=st.integers(1, 9999), low=st.integers(0, 9999), units=st.integers(0, 9999),
       big=st.sampled_from([("億", 8, "万", 4), ("兆", 12, "億", 8), ("万", 4, "", 0)]),
       cur=st.sampled_from([("円", "JPY"), ("元", "CNY"), ("美元", "USD")]))
def test_cjk_compounds_add_up(high: int, low: int, units: int,
                              big: tuple[str, int, str, int], cur: tuple[str, str]) -> None:
    """'3億2000万円': every figure with its magnitude is in the value, none dropped."""
    first, p1, second, p2 = big
    if cur[0] == "元":  # the yuan in simplified characters: 億 is Taiwan's or Hong Kong's
        first, second = first.replace("億", "亿"), second.replace("億", "亿")  # (test_yuan.py)
    if p2 == 0:  # '5万3000円': the units after the magnitude
        text, value = f"{high}{first}{units}{cur[0]}", high * 10**p1 + units
    else:
        text, value = f"{high}{first}{low}{second}{cur[0]}", high * 10**p1 + low * 10**p2
    got = _the_amount(text)
    assert [(q.unit, q.value, q.text) for q in got] == [(cur[1], Decimal(value), text)]


@_SETTINGS
@given(whole=st.integers(0, 99), num=st.integers(1, 63), den=st.integers(2, 64),
       unit=st.sampled_from([" miles", " km", " euros", " tonnes"]))
def test_fractions_are_exact_or_refused(whole: int, num: int, den: int, unit: str) -> None:
    """'10 1/2 miles' is 10.5; '1/3 mile' is refused; never the numerator or the denominator
    alone."""
    if num >= den:
        return
    text = (f"{whole} " if whole else "") + f"{num}/{den}{unit}"
    ex = extract(text)
    exact = Decimal(whole) + Decimal(num) / Decimal(den)
    finite = exact * den == whole * den + num and len(str(exact)) < 20
    if ex.mentions:
        (q,) = ex.mentions
        assert q.value == exact and q.text == text, (text, q)
    else:
        assert not finite or ex.skipped, text
        assert [s.text for s in ex.skipped] == [text], (text, ex.skipped)
