"""The screens of the steps around the scanner (speed work, issue 21) change no reading: each
gives the answer of the step it screens wherever the step could give another, and the step is
not entered for text that cannot need it (counted, never timed)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import ranges, steps
from moneyfacts.currencies import lexicon
from moneyfacts.numbers import Figure
from moneyfacts.parts import Part
from conftest import counting as _counting

LEX = lexicon()


def _unscreened_approx_end(text: str, a: Part, b_start: int) -> int:
    """ranges._approx_end as it was: qualifier_before asked for every gap of 3 to 24."""
    if b_start - a.end < 3 or b_start - a.end > 24:
        return b_start
    qstart, qual = steps.qualifier_before(text, b_start, LEX)
    return qstart if qual == "approx" and qstart > a.end else b_start


# Words of [qualifier] (approx and others, several languages, brackets and marks glued), words
# that end none, and the gaps between them.
_GAP_WORDS = ["about", "(about", "About", "（約", "~", "some", "rund", "etwa", "c.", "ca.",
              "cerca", "de", "alrededor", "to", "up", "and", "in", "of", "the", "roughly",
              "nearly", "more", "than", "at", "least", "x(about", "-about", "kira-kira", "כ",
              "é", "5", "$", ""]
_GAP_SEPARATORS = [" ", " ", "  ", "\u00a0", "-", "\n", ""]


@given(st.lists(st.tuples(st.sampled_from(_GAP_SEPARATORS), st.sampled_from(_GAP_WORDS)),
                max_size=5),
       st.sampled_from(["", " ", "  ", "~", " ~"]),
       st.sampled_from(["", "word", "a-"]))
def test_the_approx_screen_keeps_the_range_ends(
    pieces: list[tuple[str, str]], last: str, before: str,
) -> None:
    gap = "".join(s + w for s, w in pieces) + last
    text = f"{before}5{gap}7 dollars"
    a = Part(len(before), len(before) + 1, Figure(Decimal(5), Decimal(1)))
    b_start = len(before) + 1 + len(gap)
    assert ranges._approx_end(text, a, b_start, LEX) == _unscreened_approx_end(text, a, b_start)


def test_the_approx_screen_admits_every_approx_qualifier_of_the_lexicon() -> None:
    # Each qualifier the lexicon reads as 'approx' (every language), written before the high
    # end of a range, moves the end of the gap before it, as qualifier_before finds it.
    approx = [" ".join(key) for found in LEX.qualifiers_by_last.values()
              for key, qual in found if qual == "approx"]
    assert len(approx) > 30
    moved = 0
    for phrase in approx:
        text = f"5 to {phrase} 7 dollars"
        a = Part(0, 1, Figure(Decimal(5), Decimal(1)))
        b_start = len(text) - len("7 dollars")
        end = ranges._approx_end(text, a, b_start, LEX)
        assert end == _unscreened_approx_end(text, a, b_start), phrase
        moved += end < b_start
    # every one but the letters written onto the number ('כ', a Hebrew proclitic: no word)
    assert moved == len([p for p in approx if not p.endswith(" ")])


def test_qualifier_before_is_not_asked_between_amounts_without_an_about(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import moneyfacts

    calls = _counting(monkeypatch, steps, "qualifier_before")
    ex = moneyfacts.extract("It sold 12,000 cars in 2024 for $5 billion, up from $4 billion.")
    assert [str(m) for m in ex.mentions][-2:] == ["5 billion USD", "4 billion USD"]
    assert calls[0] == 0  # the gaps ' in ', ' for ', ', up from ' end in no 'about'
    ex = moneyfacts.extract("It paid 5 billion yuan (about $700 million) in cash.")
    assert [m.qualifier for m in ex.mentions] == [None, "approx"]
    assert calls[0] >= 1


@pytest.mark.parametrize("param", ["dollar", "yen"])
def test_the_family_names_pattern_finds_what_one_flat_alternation_finds(param: str) -> None:
    import re

    from moneyfacts import resolve

    pattern, by_name = resolve._family_names(param)
    names = sorted(by_name, key=lambda n: (-len(n), n))
    flat = re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(n) for n in names)})")
    pieces = st.one_of(st.sampled_from(names), st.sampled_from([" ", "-", "s", "a", "x", ".", "in "]))

    @given(st.lists(pieces, max_size=8))
    def check(parts: list[str]) -> None:
        low = "".join(parts)
        assert [m.span() for m in pattern.finditer(low)] == [m.span() for m in flat.finditer(low)]

    check()
    text = " ".join(names)
    assert [m.group() for m in pattern.finditer(text)] == [m.group() for m in flat.finditer(text)]


_ACROSS_PIECES = ["$5 billion", "40 billion yuan", "€3 million", "£2bn", "¥300 billion",
                  "That is equivalent to", "which is equivalent to", "or about", "in dollar terms,",
                  "The budget", "the budget totals", "Its investment is", "the fund", ". ", ".\n",
                  "! ", "U.S. ", "Mr. ", " ", ", ", "(", ")", "roughly", "plans to spend",
                  "some", "\n\n"]


@given(st.lists(st.sampled_from(_ACROSS_PIECES), min_size=2, max_size=10))
def test_the_across_screen_keeps_every_link(pieces: list[str]) -> None:
    """across() finds its sentences only in a text with a sentence end or a phrase's last word
    before a second amount: the same links as without the screen."""
    import moneyfacts
    from moneyfacts import equivalents

    text = " ".join(pieces)
    screened = moneyfacts.extract(text).model_dump()
    real = equivalents._may_link
    equivalents._may_link = lambda *args: True  # type: ignore[assignment]
    try:
        assert moneyfacts.extract(text).model_dump() == screened
    finally:
        equivalents._may_link = real


def test_across_finds_no_sentences_in_one_sentence_without_a_link_phrase(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import moneyfacts
    from moneyfacts import equivalents

    calls = _counting(monkeypatch, equivalents, "_sentences")
    ex = moneyfacts.extract("It paid 40 billion yuan and $2 billion in cash")
    assert [str(m) for m in ex.mentions] == ["40 billion CNY", "2 billion USD"]
    assert calls[0] == 0
    ex = moneyfacts.extract("The fund holds 88.5 trillion yen. That is equivalent to some "
                            "640 billion US dollars.")
    assert [e.form for e in ex.equivalences] == ["phrase"]
    assert calls[0] == 1


class _CountedPattern:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(*args)

    def finditer(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.finditer(*args)


def test_the_vulgar_fraction_pattern_is_searched_only_beside_a_fraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from moneyfacts import anchors

    counted = _CountedPattern(anchors._VULGAR)
    monkeypatch.setattr(anchors, "_VULGAR", counted)
    text = "Der Umsatz stieg auf 1,2 Mrd. €, teilte der Konzern in München mit."
    assert [text[s:e] for s, e in anchors.anchors(text, LEX)[0]] == ["1,2"]
    assert counted.calls == 0  # not ASCII, but no vulgar fraction: the pattern is not searched
    spans, _, figures, _ = anchors.anchors("½ teaspoon and 1½ cups", LEX)
    assert [str(figures[s].value) for s, _ in spans] == ["0.5", "1.5"]
    assert counted.calls == 2


@given(st.lists(st.sampled_from(["that is", "equivalent to", "roughly", "about", "is", ",", ":",
                                 " ", "  ", "\n", ", ", "x", "Some", "terms", "à", "5"]),
                max_size=12),
       st.data())
def test_the_across_screen_reads_the_end_of_every_head(pieces: list[str], data: Any) -> None:
    """The end of the text before an amount (from its start) holds the end of every head that
    ends there: a head _ends_in_phrase_word admits is admitted by the screen."""
    from moneyfacts.equivalents import _across, _before, _ends_in, _ends_in_phrase_word

    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    if _ends_in_phrase_word(text[start:], _across()):
        assert _ends_in(_before(text, len(text)), _across())


@given(st.lists(st.sampled_from(["that is", "equivalent to", "roughly", "ABOUT", "is", "Soit",
                                 "à", "À", "a", "de", "x", " ", "ſome", "TERMs", "5", ","]),
                max_size=8),
       st.text(max_size=3))
def test_the_reversed_last_word_reads_as_the_search(pieces: list[str], tail: str) -> None:
    """_ends_in (the reversed words matched once at the start of the reversed head) says what
    searching the head for a [link-across] phrase's last word at its end says."""
    from moneyfacts.equivalents import _across, _ends_in

    head = ("".join(pieces) + tail).rstrip("\n")
    assert _ends_in(head, _across()) == (_across().last_word.search(head) is not None)


@given(st.lists(st.sampled_from(["a", "an", "A", "An", " ", "dollar", "yen", "króna", "córdoba",
                                 "é", "’", "-", "£", "€5", " and 42", ".", "İ", "Σ", "\u00a0",
                                 "bolívar", "caña", "\u05d9\u05d5\u05e8\u05d5"]),
                max_size=10))
def test_the_article_screen_keeps_every_one(pieces: list[str]) -> None:
    """_ones (the screen on the text's ASCII words, for any script, then the pattern) finds
    every 'a dollar' the article pattern finds in the text."""
    from moneyfacts import wordnumbers as W

    text = "".join(pieces)
    words = text.lower().encode("utf-8", "surrogatepass").translate(W._ONLY_ASCII_LETTERS).split()
    words_ = LEX.currency_words
    found = [(m.start(1), m.end(1), "1") for m in W._article_pattern(words_).finditer(text)]
    assert W._ones(text, words, words_) == found


@given(st.lists(st.sampled_from(["The", "Oman", "Oman's", "Riyadh-based", "U.S.", "New", "York",
                                 " ", "-", "'", "’s", ".", "San", "Jose", "A", "x", "é", "5", "&",
                                 "Hague", "Bahamas", "\n"]), max_size=10))
def test_the_place_screen_reads_the_capitalised_words_as_before(pieces: list[str]) -> None:
    """may_name_a_place (the capital first in its pattern, each form of a word looked up once)
    says what the look behind first and every form looked up said."""
    import re

    from moneyfacts import evidence as E

    text = "".join(pieces)
    old = re.compile(r"(?<![A-Za-z0-9'’.&-])[A-Z][A-Za-z0-9'’.&-]*")
    assert E._ASCII_CAPITALISED.findall(text) == old.findall(text)
    gaz = E.gazetteer("en")
    firsts, longer = gaz.firsts, E._longer_only(gaz)
    before = any(form in firsts and (form not in longer or any(p in text for p in longer[form]))
                 for word in old.findall(text)
                 for form in (word, word.rstrip(".'’-"),
                              word[:-2] if word.endswith(("'s", "’s")) else "",
                              word.split("-", 1)[0]))
    ascii_only = text.isascii() or not any(c.isalpha() for c in E._NOT_ASCII.findall(text))
    if ascii_only:
        assert E.may_name_a_place(text) == (before or E.dateline(text) is not None)
