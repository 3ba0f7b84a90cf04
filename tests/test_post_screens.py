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


# ------------------------------------------ scan_20: a word that starts only longer phrases

def _no_other_place_in_full(text: str, named: set[str]) -> bool:
    """_no_other_place as it was before scan_20: _phrase_at asked at every word that may
    start a phrase."""
    gaz = E.gazetteer("en")
    if not E._words_as_written(text):
        return False
    starts = E._starts_of(gaz)
    for m in E._ASCII_CAPITALISED.finditer(text):
        word = m.group(0)
        if not (word[-1].isalnum() or word[-1] == "." and word[-2:-1].isalnum()):
            return False
        if word in named or E._starts_nothing(word, gaz, starts):
            continue
        if E._phrase_at(text, E._words_from(text, m.start(), gaz.max_words), 0, gaz,
                        E._lengths(gaz)):
            return False
    return True


# The first words of phrases they start only ('The', 'New', 'San', 'Port', 'Saint'), the next
# words of such phrases and their forms (a possessive, a full stop, a people's name: 'Yorkers',
# 'Hagueians'), words that start none, and what parts or glues them.
_LONGER_PIECES = ["The", "New", "San", "Port", "Saint", "Hague", "Hague's", "Hague.", "Bronx",
                  "York", "Yorkers", "Yorkians", "Zealand", "Zealanders", "Jose", "Moresby",
                  "Bahamas", "Gambia", "Valley", "Woodlands", "Palm", "Jumeirah", "Peak", "Gap",
                  "Fund", "Deal", "US", "yorkers", "ians", "y", "s", "ns", " ", " ", " ", "  ",
                  "\n", "\u00a0", "\t", ",", ".", "-", "(", "’", "'s", "£", "5", "&", "é"]


@given(st.lists(st.sampled_from(_LONGER_PIECES), max_size=14))
def test_a_word_of_longer_phrases_skipped_only_where_none_is(pieces: list[str]) -> None:
    """_no_other_place skips _phrase_at at a word that starts longer phrases only when the
    letter after its spaces starts none of them (_second_firsts): the same answers as when
    it asked _phrase_at at every such word."""
    text = "".join(pieces)
    for named in (set(), {"US"}):
        assert E._no_other_place(text, E.gazetteer("en"), named) == (
            _no_other_place_in_full(text, named)), text


def test_a_word_of_longer_phrases_examples() -> None:
    gaz = E.gazetteer("en")
    assert E._second_firsts("The", gaz) is not None and "H" in E._second_firsts("The", gaz)
    assert E._second_firsts("Fund", gaz) is None  # starts no phrase
    for text, expected in [("The contract (US$5bn) runs.", True), ("The Hague's court", False),
                           ("The  Bronx, US$5", False), ("The\nWoodlands", False),
                           ("The Gambians", False), ("New Zealanders paid US$5", False),
                           ("The fund paid US$5", True)]:
        assert E._no_other_place(text, gaz, {"US"}) == expected, text
        assert _no_other_place_in_full(text, {"US"}) == expected, text
