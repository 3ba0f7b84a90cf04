"""The sign before a number, read without the search, is what the search reads.

:func:`moneyfacts.signs._whole_word_sign` answers for a word of letters ending in 'd', 'r' or
's' one space before a number ('raised 5', 'was 5', 'Rs 5', 'Kes 800 million'), where a sign
with more than letters in it ends too ('u$d', 'U.S. dollar') and the search used to be asked.
The law: with it and without it (the search alone), :func:`~moneyfacts.signs.prefix_sign`
gives the same answer on generated text built on its edges (signs of the lexicon ending in
those letters, as whole words, as tails of longer words, after a short word that may join
them, before a date or a magnitude; the tail of a sign with a space; title-case codes), and
the scan gives the same parts on the benchmark's corpus; and it is taken there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import grammar, signs
from moneyfacts.currencies import lexicon
from moneyfacts.parts import Part

LEX = lexicon()
OPTS = grammar.options_of(None, None, None, None)
REPO = Path(__file__).resolve().parents[1]

#: The small letters the new answer covers: those ending a sign with more than letters in it.
ENDS = sorted(c for c in LEX.prefix_ends_mixed if c.islower())
#: Words ending in one of those letters: the lexicon's signs and title codes, the tails of its
#: signs with a space, stop words, and plain English words.
WORDS = sorted({w for w in LEX.signs if w[-1:] in ENDS}
               | {s.rsplit(" ", 1)[1] for s in LEX.signs if " " in s}
               | {w for w in LEX.title_codes if w[-1:] in ENDS}
               | {w for w in LEX.words.stop if w[-1:] in ENDS}
               | {"raised", "was", "for", "September", "paid", "ders", "xRs", "Rs", "rs", "RS",
                  "Le", "les", "des", "Kes", "dollar", "dollars", "Nrs", "us", "hrs", "d", "s"})
BEFORE = ["", " ", "n ", "hk ", "u ", "N ", "the ", "to ", "x", "(", "'", "U.S. ", "5 ",
          "a ", "nz ", "c ", "US ", "k ", "s ", "the U.S. "]
NUMBERS = ["5", "11 janvier", "800 million", "5,000", "6 billion", "3. März", "30 April",
           "1", "2024", "12.5bn", "7m"]


@contextmanager
def _search_only() -> Iterator[None]:
    fast = signs._whole_word_sign
    signs._whole_word_sign = lambda text, pos, lex: None
    try:
        yield
    finally:
        signs._whole_word_sign = fast


def _both(text: str, pos: int) -> tuple[object, object]:
    quick = signs.prefix_sign(text, pos, LEX)
    with _search_only():
        searched = signs.prefix_sign(text, pos, LEX)
    return quick, searched


def test_the_words_cover_the_edges() -> None:
    assert ENDS  # the lexicon has such letters ('u$d', 'U.S. dollar')
    assert "dollar" in WORDS and any(LEX.signs.get(w) for w in WORDS)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(BEFORE), st.sampled_from(WORDS), st.sampled_from(NUMBERS),
       st.sampled_from(["", "Paid ", "x"]))
def test_the_whole_word_answer_is_the_searchs(before: str, word: str, number: str,
                                              lead: str) -> None:
    text = f"{lead}{before}{word} {number} more"
    pos = len(lead) + len(before) + len(word) + 1
    quick, searched = _both(text, pos)
    assert quick == searched


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abdrsRSNuhkx $.'U", max_size=8), st.sampled_from(ENDS),
       st.sampled_from(NUMBERS))
def test_any_letters_before_the_space(head: str, end: str, number: str) -> None:
    text = f"{head}{end} {number}"
    quick, searched = _both(text, len(head) + 2)
    assert quick == searched


def test_every_sign_of_the_lexicon_ending_so() -> None:
    """Each sign ending in one of those letters, after each word before it, before each
    number: the same answer both ways."""
    for sign in (s for s in LEX.signs if s[-1:] in ENDS):
        for before in BEFORE:
            for number in NUMBERS:
                quick, searched = _both(f"{before}{sign} {number}", len(before) + len(sign) + 1)
                assert quick == searched, (before, sign, number)


def _fields(parts: list[Part]) -> list[tuple[object, ...]]:
    return [tuple(getattr(p, f) for f in Part.__slots__) for p in parts]


def test_the_corpus_reads_the_same_parts_and_takes_the_answer() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    texts = [s["text"] for a in corpus.build(kb=40) for s in a["sentences"]]
    taken = 0
    fast = signs._whole_word_sign

    def counting(text: str, pos: int, lex: object) -> object:
        nonlocal taken
        found = fast(text, pos, lex)  # type: ignore[arg-type]
        taken += found is not None
        return found

    signs._whole_word_sign = counting  # type: ignore[assignment]
    try:
        quick = [_fields(grammar._parts(t, OPTS, LEX)) for t in texts]
    finally:
        signs._whole_word_sign = fast
    with _search_only():
        searched = [_fields(grammar._parts(t, OPTS, LEX)) for t in texts]
    assert quick == searched
    assert taken > len(texts) / 10


@pytest.mark.parametrize("text, found", [
    ("It raised 5 billion", (10, None, None)),
    ("paid Rs 5,000", (5, "Rs", None)),
    ("paid n Rs 5,000", (5, "NRs", None)),
    ("worth Kes 800 million", (6, None, "KES")),
    ("Kes 5 each", (4, None, None)),
    ("the U.S. dollar 5", None),  # the search decides: the tail of 'U.S. dollar'
])
def test_whole_word_answers(text: str, found: tuple[int, str | None, str | None] | None) -> None:
    pos = next(i for i, c in enumerate(text) if c.isdigit())
    got = signs._whole_word_sign(text, pos, LEX)
    if found is None:
        assert got is None
    else:
        assert got is not None
        assert (got[0], None if got[1] is None else got[1].text, got[2]) == found
    quick, searched = _both(text, pos)
    assert quick == searched
