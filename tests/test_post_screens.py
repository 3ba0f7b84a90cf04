"""The screens and fast paths of the steps after the scanner (speed work, issue 21, session 16)
change no reading: each is proved by a law against the general path it skips, on generated
text and on the benchmark corpus (work counted, never timed: speed lives in bench/)."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import evidence as E
from moneyfacts import resolve as R
from moneyfacts.currencies import lexicon

LEX = lexicon()
REPO = Path(__file__).resolve().parents[1]


def _corpus(kb: int = 60) -> list[str]:
    """The benchmark's generated news-like corpus (bench/corpus.py): its sentences, then its
    whole articles."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    articles = corpus.build(kb=kb)
    return [s["text"] for a in articles for s in a["sentences"]] + [a["text"] for a in articles]


def _clues(text: str) -> list[E.Clue]:
    """The places the resolver counts in an English text (its clues, without a locale)."""
    return R._Text(text, [], LEX, None, "en").clues


# ------------------------------------------- the place screen with the currency names left out

# Place words (alone, starting longer phrases, a people's name), currency words, signs (one
# whose letters CLDR folds: '₨'), and what glues words or parts them.
_PLACE_PIECES = ["US", "USA", "U.S.", "Swiss", "New", "York", "Oman", "Hong", "Kong", "Canadians",
                 "Canadian", "Mexican", "Marlow", "The", "Bahamas", "francs", "dollars", "dollar",
                 "pesos", "franc", "Fund", "$", "£", "€", "₨", "¥", " ", " ", "  ", "\u00a0", "\n",
                 ",", ".", "-", "'s", "(", ")", "é", "_", "5", "bn", "x", "&", ":", "MANILA", "'",
                 "’", "HK", "Singapore", "Aucklanders", "Republic", "Korea"]


@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=12))
def test_the_place_screen_without_names_misses_no_clue(pieces: list[str]) -> None:
    """may_name_a_place with the currency words says False where the screen without them
    says True only when the resolver counts no place (every place found is part of a
    currency's name: 'US$5', 'Swiss francs'), and never says True where that one says
    False."""
    text = "".join(pieces)
    named = E.may_name_a_place(text, "en", LEX.currency_words)
    if E.may_name_a_place(text) and not named:
        assert _clues(text) == []
    assert named <= E.may_name_a_place(text)


def test_the_place_screen_without_names_is_not_empty() -> None:
    """The law above is not empty: a place written only in a currency's name is screened
    out, a place named anywhere else is not."""
    out = ["It paid US$5 billion.", "costs 5 bn Swiss francs", "(US$ 3 million and US$4m)",
           "It paid US₨5 billion."]
    kept = ["It paid US$5 billion in the US.", "in Oman's fund", "US-$5", "the USA fund",
            "Swiss, francs", "MANILA - It paid $5.", "The US. dollars"]
    assert [E.may_name_a_place(t) for t in out] == [True] * len(out)
    assert [E.may_name_a_place(t, "en", LEX.currency_words) for t in out] == [False] * len(out)
    assert [E.may_name_a_place(t, "en", LEX.currency_words) for t in kept] == [True] * len(kept)


def test_the_place_screen_without_names_on_the_corpus() -> None:
    screened = 0
    for text in _corpus():
        if not E.may_name_a_place(text, "en", LEX.currency_words):
            screened += E.may_name_a_place(text)
            assert _clues(text) == [], text
    assert screened > 20  # texts the screen without names sent to places()


@given(st.text(alphabet="aZU5'’.&- _$é", max_size=12))
def test_the_hidden_word_look_back_finds_what_the_look_behind_found(text: str) -> None:
    import re

    old = re.compile(r"(?<![A-Za-z0-9'’.&-])[0-9'’.&-]+[A-Z]")
    assert E._hidden_word(text) == (old.search(text) is not None)
