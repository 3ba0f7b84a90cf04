"""The scanner's fast path reads what the general path reads.

:func:`moneyfacts.after._spaced_magnitude` reads '$9 billion in', 'US$3 trillion)' at once,
standing for the steps after a magnitude word that read nothing there. The law: with the fast
path and without it, every text gives the same parts (each field) and the same quantities, on
generated text built to sit on each of its edges (stacked, foreign, compound and code
magnitudes, link words, currency names and codes after, qualifiers and per-units, letters
outside ASCII) and on the benchmark's corpus; and the fast path is taken on both.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import after, grammar
from moneyfacts.currencies import lexicon
from moneyfacts.parts import Part

LEX = lexicon()
OPTS = grammar.options_of(None, None, None, None)
REPO = Path(__file__).resolve().parents[1]

SIGNS = ["$", "US$", "(US$", "€", "Rs ", "CHF ", "HK$", "£", "R", "kr ", "A$", "a $", "-$",
         "mxn$", "hk $", "", "the ", "Rmb", "¥", "C$ ", "EUR "]
FIGURES = ["9", "2.5", "1,200", "10", "0.75", "300", "2024"]
MAGNITUDES = ["billion", "million", "bn", "Billion", "lakh", "crore", "thousand", "milliards",
              "mil", "MUSD", "lk", "trillion", "tn", "m", "k", "mn", "word", "dollars", "yuan"]
FOLLOWERS = ["in", "and", "e", "y", "si", "And", "dollars", "US", "USD", "Canadian", "euros",
             "yuan", "a", "per", "or", "plus", "million", "thousand", "milliards", "milhoes",
             "more", "an", "the", "Rs", "crore", "lakh", "café", "ab", "x", "to", "so", "pounds",
             "hk", "cents", "bilhões", "Hong", "year", "In", "billion", "mln", "people", "won",
             "barrels", "tonnes", "gigawatts", "euro", "gold", "real", "ounces", "shares", "US",
             "yen", "rupees", "cubic", "usd", "or", "plus", "more", "per", "a", "an"]
TAILS = ["", " year", " more", " 300 million", " share", " ounce", "5", " so", " Kong dollars",
         " a half", ".", " 2", "-plus", " per cent", " barrel", " of beef", " mines", " a day",
         " cents", " dollars", " $10", "/yr", " per share", " feet", "-denominated bonds"]
ENDS = ["", ")", ",", ".", ";", ":", "-", "/", "é", "5", " ", ")A", ".The", ". The", "  in",
        "-plus", "/oz"]


@contextmanager
def _general() -> Iterator[None]:
    """The scan with the fast path switched off: the general path alone."""
    fast = after._spaced_magnitude
    after._spaced_magnitude = lambda text, part, lex: False
    try:
        yield
    finally:
        after._spaced_magnitude = fast


def _fields(parts: list[Part]) -> list[tuple[object, ...]]:
    return [tuple(getattr(p, f) for f in Part.__slots__) for p in parts]


def _both(text: str) -> None:
    fast = _fields(grammar._parts(text, OPTS, LEX))
    fast_q = [q.model_dump() for q in grammar.scan(text)]
    with _general():
        slow = _fields(grammar._parts(text, OPTS, LEX))
        slow_q = [q.model_dump() for q in grammar.scan(text)]
    assert fast == slow, text
    assert fast_q == slow_q, text


@st.composite
def amounts(draw: st.DrawFn) -> str:
    """An amount on the fast path's edges, in a sentence."""
    head = draw(st.sampled_from(["It paid ", "", "Sales of ", "(", "costs "]))
    body = draw(st.sampled_from(SIGNS)) + draw(st.sampled_from(FIGURES))
    body += " " + draw(st.sampled_from(MAGNITUDES))
    if draw(st.booleans()):
        body += " " + draw(st.sampled_from(FOLLOWERS)) + draw(st.sampled_from(TAILS))
    else:
        body += draw(st.sampled_from(ENDS))
    return head + body + draw(st.sampled_from(["", " in 2025.", ", up 5%.", " (Rs 5 crore)"]))


@settings(max_examples=600)
@given(amounts())
def test_fast_path_reads_as_the_general_path(text: str) -> None:
    _both(text)


EDGES = ["It lent 9 billion yuan a year to the firm.", "About 5 million people or more came.",
         "It paid 9 billion yuan/yr in fees.", "Revenue was $9 billion a year.",
         "He raised $9 billion or more.", "It cost 4 billion pounds per tonne.",
         "Some 2 million barrels a day, 3 billion won-denominated bonds.",
         "It made 9 billion euros-plus (US$3 trillion) and Rs 300 crore, up 5%.",
         "A 9 billion Hong Kong dollars bond; $2 billion Canadian dollars.",
         "Output of 40 million tonnes; 9 billion cubic feet of gas"]


@pytest.mark.parametrize("text", EDGES)
def test_fast_path_edges(text: str) -> None:
    assert _taken([text]) >= 1
    _both(text)


def _taken(texts: list[str]) -> int:
    """How often the fast path reads an amount over ``texts``."""
    fast = after._spaced_magnitude
    count = 0

    def counting(text: str, part: Part, lex: object) -> bool:
        nonlocal count
        took = fast(text, part, LEX)
        count += took
        return took

    after._spaced_magnitude = counting
    try:
        for text in texts:
            grammar._parts(text, OPTS, LEX)
    finally:
        after._spaced_magnitude = fast
    return count


def test_fast_path_is_taken_and_refuses() -> None:
    """The law above is not empty: the fast path takes the common shapes and leaves the rest."""
    taken = ["US$9 billion in the deal", "($9 billion)", "€2.5 billion,", "Rs 300 crore to",
             "$9 billion.", "HK$1.2 trillion", "9 billion yuan", "5 million people", "9 billion."]
    left = ["$9 billion dollars", "$9 billion USD", "$9 thousand million", "$9 billion and 300",
            "$9 billion-plus", "$9 lakh crore", "$9bn in", "$9 billion café", "$9 billion The",
            "$9 word in", "9 thousand million", "9 billion milliards", "9 people"]
    assert [_taken([t]) for t in taken] == [1] * len(taken)
    assert [_taken([t]) for t in left] == [0] * len(left)


def _corpus() -> list[str]:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import corpus  # bench/corpus.py: the generated news-like corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    return [s["text"] for a in corpus.build(kb=60) for s in a["sentences"]]


def test_fast_path_on_the_corpus() -> None:
    texts = _corpus()
    assert _taken(texts) > 200
    for text in texts:
        _both(text)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.booleans(), st.sampled_from(["", "$", "Rs ", "€"]),
       st.sampled_from([" cars", " billion yuan", "%", "", " in 2025"]))
def test_kept_figures_are_read_digits(value: object, grouped: bool, before: str, after: str) -> None:
    """The figures kept by token ('2.5', '1,200') are what read_digits reads, to the written
    precision ('2.50' stays two places), and a second read gives the first's quantities."""
    token = f"{value:,}" if grouped else str(value)
    text = f"{before}{token}{after}"
    first = [q.model_dump() for q in grammar.scan(text)]
    assert [q.model_dump() for q in grammar.scan(text)] == first
    held = grammar._FIGURES
    assert all(repr(fig) == repr(grammar.read_digits(k)) for k, fig in held.items())


def test_unread_figures_are_not_kept() -> None:
    assert grammar.scan("$1,5,7 billion") == grammar.scan("$1,5,7 billion")
    assert "1,5,7" not in grammar._FIGURES


def test_kept_answers_stay_bounded() -> None:
    """A stream meets ever new figures and words: what is kept stays at most 4,096 of each."""
    for i in range(5000):
        grammar.scan(f"It paid ${i}.{i % 7}5 billion {''.join(chr(97 + int(d)) for d in str(i))}x")
    assert 0 < len(grammar._FIGURES) <= 4096
    assert 0 < len(after._QUIET) <= 4096
