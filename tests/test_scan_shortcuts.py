"""The scan's shortcuts change no reading: the anchor scan's screen (a text passes it or stops
before the spelled-number readers, and stopping must never lose a spelled number those readers
would find), and the kept figures of small integers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import anchors as anchors_module
from moneyfacts import grammar
from moneyfacts.anchors import anchors
from moneyfacts.currencies import lexicon
from moneyfacts.grammar import scan
from moneyfacts.measures import _stems
from moneyfacts.numbers import read_digits

LEX = lexicon()

# Number words, magnitude and unit words (whole, glued and inflected), names that hold a stem
# ('Boston', 'Milestone'), and digits, joined by spaces, hyphens and punctuation.
WORDS = ["two", "twenty", "five", "a", "an", "half", "one and a half", "hundred", "and", "to",
         "million", "billion", "Trillion", "thousand", "lakh", "crore", "lac", "lacs",
         "gigawatts", "watt", "tonnes", "ton", "barrels", "miles", "metres", "meter", "degrees",
         "cubic", "Boston", "Milestone", "Washington", "the", "plan", "5", "12", "3.5", "$",
         "millions", "bn", "megawatt-hours"]
SEPARATORS = [" ", " ", "-", ", ", ". ", "", "  ", " ("]


@st.composite
def texts(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 8))
    out = draw(st.sampled_from(WORDS))
    for _ in range(n - 1):
        out += draw(st.sampled_from(SEPARATORS)) + draw(st.sampled_from(WORDS))
    return out


def _unscreened(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """The spans and spelled starts the readers give with no screen in front of them."""
    low = text.lower()
    found = [m.span() for m in anchors_module._ASCII_DIGITS.finditer(text)]
    starts = anchors_module._magnitude_starts(
        low, LEX.words.magnitude_pieces, LEX.words.magnitude_words)
    return anchors_module._spelled_anchors(text, low, found, starts)


@given(texts())
def test_the_screen_never_drops_a_spelled_number(text: str) -> None:
    spans, spelled, figures, doubtful = anchors(text, LEX)
    if figures or doubtful:  # numbers over several tokens ('2 500'): read another way
        return
    assert (spans, spelled) == _unscreened(text)


@pytest.mark.parametrize(("text", "spelled"), [
    ("two million", [0]),
    ("some two-gigawatt plants", [5]),
    ("one and a half billion", [0]),
    ("$5 billion and 3 tonnes", []),  # magnitude and unit words after digits: screened out
    ("in Boston and Washington", []),  # the stem 'ton' in names: screened in, nothing read
])
def test_the_screen_on_examples(text: str, spelled: list[int]) -> None:
    assert sorted(anchors(text, LEX)[1]) == spelled


def test_a_stem_that_is_not_letters_is_refused_at_load() -> None:
    with pytest.raises(ValueError, match="'giga-watt' is not letters only"):
        _stems([("giga-watt", "")])
    assert _stems([("Watt", ""), ("ton", "")]) == ("watt", "ton")


@given(st.integers(0, 10**7), st.sampled_from(["", "$", "Rs ", "€"]),
       st.sampled_from([" cars", " billion yuan", "%", "", " in 2025"]))
def test_small_integers_read_as_read_digits_reads_them(n: int, before: str, after: str) -> None:
    token = str(n)
    text = f"{before}{token}{after}"
    first = [q.model_dump() for q in scan(text)]
    assert [q.model_dump() for q in scan(text)] == first  # the second read, from the memo
    held = grammar._SMALL_INTEGERS
    assert all(len(k) <= 4 and k.isascii() and held[k] == read_digits(k) for k in held)
    if len(token) <= 4:
        assert held[token] == read_digits(token)
    else:
        assert token not in held


def test_only_ascii_integers_are_kept() -> None:
    # Any of Unicode's decimal digits read ('٢٠٢٤' is 2024), but only ASCII ones are kept:
    # the kept figures stay at most 11,110.
    assert [q.value for q in scan("\u0662\u0660\u0662\u0664 cars")] == [2024]
    assert "\u0662\u0660\u0662\u0664" not in grammar._SMALL_INTEGERS


def _searched(low: str, words: tuple[str, ...]) -> bool:
    """The screen as one pattern searched (as it was): each word behind a letter, or a
    letter and a space or hyphen; the first hit whose word _word_after_letter starts."""
    import re

    letter = r"[^\W\d_]"
    pattern = re.compile("|".join(
        f"{w}(?:(?<={letter}[ -]{w})|(?<={letter}{w}))" for w in map(re.escape, words)))
    hit = pattern.search(low)
    while hit is not None:
        if anchors_module._word_after_letter(low, hit.start()) >= 0:
            return True
        hit = pattern.search(low, hit.end())
    return False


_LETTERS = st.text(st.sampled_from("ab \u00b2-5é"), max_size=40)


@given(st.one_of(texts(), _LETTERS, st.builds(lambda a, b: a + "x" * 31 + b, texts(), texts())))
def test_the_screen_finds_what_the_pattern_search_finds(text: str) -> None:
    words = anchors_module._screen(LEX.words)
    low = text.lower()
    needles = anchors_module._needles(words)
    assert anchors_module._screened(low, needles) == _searched(low, words)
    small = ("ab", "b", "bab", "a\u00b2")  # words inside words, and found after a '²'
    assert anchors_module._screened(low, anchors_module._needles(small)) == _searched(low, small)


_SPACED = st.lists(st.sampled_from(["a", "b", " ", "  ", "-", "5", "\n", "ab", "x" * 31, "Ton",
                                     "million", "watts"]), max_size=12).map("".join)


@given(st.one_of(texts(), _LETTERS, _SPACED))
def test_the_screen_word_by_word_answers_as_the_screen_of_the_text(text: str) -> None:
    # Each word's answer is kept: asked twice, the second answer comes from what was kept.
    words = anchors_module._screen(LEX.words)
    low = text.lower()
    needles = anchors_module._needles(words)
    expected = _searched(low, words)
    assert anchors_module._screened_words(low, needles) == expected
    assert anchors_module._screened_words(low, needles) == expected
    small = ("ab", "b", "bab", "a\u00b2")  # other needles: what was kept for the first goes
    assert anchors_module._screened_words(low, anchors_module._needles(small)) == _searched(
        low, small)


@pytest.mark.parametrize("words", [
    anchors_module._screen(LEX.words), ("ab", "b", "bab", "a\u00b2"), ("a", "ab", "abc", "b.c")])
def test_the_pattern_of_a_word_met_first_matches_its_words_and_nothing_else(
        words: tuple[str, ...]) -> None:
    import re

    pattern = re.compile(anchors_module._trie(words))
    assert all(pattern.fullmatch(w) for w in words)
    pieces = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    pieces |= {w + w[-1] for w in words} | {"b\u00b2c", "bxc"}
    assert {p for p in pieces if pattern.fullmatch(p)} == set(words)


def test_every_screen_word_is_under_one_needle_it_holds() -> None:
    words = anchors_module._screen(LEX.words)
    needles = anchors_module._needles(words)
    under = [w for _, ws in needles for w in ws]
    assert sorted(under) == sorted(words)  # each word once
    assert all(needle in w for needle, ws in needles for w in ws)
    assert len(needles) < len(words)  # fewer substring tests than words


def test_the_screen_on_words_inside_words() -> None:
    # 'ab' at 1 and 'b' at 2 inside it (the search skips it), after letters, spaces, digits,
    # a long run of letters (no word the readers use) and a numeric character that is no letter.
    words = ("ab", "b")
    for low in ("xab", "x ab", "2 ab", "a-b", "a b", "ab", "x" * 40 + "ab", "é ab", "\u00b2ab"):
        assert anchors_module._screened(low, anchors_module._needles(words)) == _searched(
            low, words), low


# ASCII text dense in digits and the grouping characters that join them ('1,2.3', '5..6').
_DIGIT_TEXT = st.text(alphabet="0123456789,.'’ ab$\u00a0-", max_size=40).filter(str.isascii)


@given(_DIGIT_TEXT)
def test_the_ascii_digit_scan_finds_what_the_pattern_finds(text: str) -> None:
    """anchors' digit scan of an ASCII text (bytes.find to each digit, the pattern matched
    there) gives the spans of the pattern's own finditer."""
    found = [m.span() for m in anchors_module._ASCII_DIGITS.finditer(text)]
    assert anchors_module._ascii_digit_spans(text) == found


@pytest.mark.parametrize("text", ["", "no digits", "9", "Q4 2,500.75 and 3 of 1.2.3,", "5,,6 7''8"])
def test_the_ascii_digit_scan_at_edges(text: str) -> None:
    found = [m.span() for m in anchors_module._ASCII_DIGITS.finditer(text)]
    assert anchors_module._ascii_digit_spans(text) == found
