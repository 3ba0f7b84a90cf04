"""The word after a number is looked up once per word (moneyfacts.magnitudes._word): what
it is belongs to the lexicon that read it, the memory of words stays bounded, and the
readings after a number are those of the tables themselves."""

from __future__ import annotations

import dataclasses

import pytest

import moneyfacts
from moneyfacts import magnitudes
from moneyfacts.currencies import lexicon
from moneyfacts.magnitudes import magnitude


def test_a_word_is_what_the_lexicon_reading_it_says() -> None:
    lex = lexicon()
    mine = dataclasses.replace(lex, magnitudes_ci={**lex.magnitudes_ci, "zillion": 15})
    assert magnitude("5 zillion", 1, mine) == (9, 15, True)
    assert magnitude("5 zillion", 1, lex) == (1, None, True)  # not the other lexicon's
    assert magnitude("5 zillion", 1, mine) == (9, 15, True)
    assert magnitude("5 billion zillion", 1, mine) == (17, 24, True)  # stacked: 10^9 x 10^15


def test_the_words_remembered_stay_few() -> None:
    lex = lexicon()
    for i in range(5000):
        magnitude(f"5 w{i:05d}x", 1, lex)
    assert len(magnitudes._WORDS) <= 4096
    assert magnitude("5 billion", 1, lex) == (9, 9, True)


@pytest.mark.parametrize("text", ["利润5亿", "收入达到3万", "売上高は5億", "5万"])
def test_a_cjk_magnitude_ending_the_text_reads_without_error(text: str) -> None:
    # the magnitude's end may lie past the text there (a known reading gap): the steps after
    # it must not index past it
    for locale in ("auto", "zh", "ja", None):
        moneyfacts.extract(text, locale=locale)


@pytest.mark.parametrize("text, value, unit", [
    ("It raised $5 billion in 2024.", "5000000000", "USD"),
    ("It sold 61,000 tokens in May.", "61000", "token"),
    ("Profit was 187 trillion won last year.", "187000000000000", "KRW"),
    ("It paid 30 MUSD in fees.", "30000000", "USD"),
    ("It cost 5 lakh crore rupees.", "5000000000000", "INR"),
])
def test_the_word_after_a_number_reads_as_before(text: str, value: str, unit: str) -> None:
    found = moneyfacts.extract(text).mentions[0]
    assert (str(found.value), found.unit) == (value, unit)
