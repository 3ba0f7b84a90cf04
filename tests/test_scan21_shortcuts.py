"""Exact shortcuts of session 21's speed work: each answers as the step it stands for, on
generated text built to sit on its edges (hypothesis), and each is taken where it should be."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import after
from moneyfacts import anchors as anchors_module

# ASCII text dense in digits and the grouping characters that join them ('1,2.3', '5..6').
_DIGIT_TEXT = st.text(alphabet="0123456789,.'’ abAZ$\u00a0-", max_size=40).filter(str.isascii)


@given(_DIGIT_TEXT, st.text(alphabet="0123456789 AZaz,.$", max_size=12), st.booleans())
def test_the_digit_scan_after_screen_tokens_finds_what_the_pattern_finds(
    text: str, other: str, this_text_last: bool
) -> None:
    """The digit scan reads the bytes screen_tokens made of the same text (digits as b"0",
    capitals lowered, no other byte made b"0"), when it read that text last; after it read
    another text (or for an equal copy of this one), its own marks: the spans are the
    pattern's own finditer either way."""
    found = [m.span() for m in anchors_module._ASCII_DIGITS.finditer(text)]
    anchors_module.screen_tokens(text if this_text_last else other)
    assert anchors_module._ascii_digit_spans(text) == found
    copy = "".join(list(text))  # an equal text, another object: its own marks
    assert anchors_module._ascii_digit_spans(copy) == found


def test_screen_tokens_bytes_serve_the_digit_scan_of_that_text_only() -> None:
    """The bytes screen_tokens made are read by the digit scan of that very text (no second
    translation), and a text read later replaces them."""
    text = "Profit rose 5% to $9.4 BILLION in 2024."
    anchors_module.screen_tokens(text)
    assert anchors_module._TOKEN_READ[0][0] is text
    assert anchors_module._ascii_digit_spans(text) == [(12, 13), (19, 22), (34, 38)]
    anchors_module.screen_tokens("7 and 8")
    assert anchors_module._TOKEN_READ[0][0] == "7 and 8"
    assert anchors_module._ascii_digit_spans(text) == [(12, 13), (19, 22), (34, 38)]


# The heads' characters and others: spaces (a no-break one too), letters of both cases.
_ADVERB_CHARS = sorted({c for h in after._adverb_heads() for c in h} | set(" \u00a0xZq.é"))


@given(st.text(alphabet=_ADVERB_CHARS, max_size=8), st.integers(0, 9))
def test_the_adverb_heads_set_answers_as_the_prefix_tests(text: str, at: int) -> None:
    """One slice of three looked up in the heads' set: the same answer as the tuple's
    startswith at any place, the end of the text included."""
    assert after._adverb_ahead(text, at) == text.startswith(after._adverb_heads(), at)


def test_the_adverb_heads_are_read_from_their_set() -> None:
    """Every head of the lexicon's [per-adverb] has three characters, so the set serves."""
    after._adverb_ahead("$2m annually", 3)
    assert after._ADVERB_HEADS and after._ADVERB_HEADS[0] == frozenset(after._adverb_heads())
    assert after._adverb_ahead("$2 million monthly", 10)
    assert not after._adverb_ahead("$2 million in all", 10)


# ASCII text of digits, the grouping characters, spaces and commas, letters between.
_GROUPED_TEXT = st.text(alphabet="0123456789 ,.'aZ$-", max_size=30)


@given(_GROUPED_TEXT)
def test_two_numbers_apart_found_in_the_token_bytes_as_span_by_span(text: str) -> None:
    """anchors' test of screen_tokens' bytes (a digit, ' ' or ', ', a digit) says what the
    walk over the digit spans says (_grouped_apart), and anchors reads the same either way."""
    spans = anchors_module._ascii_digit_spans(text)
    anchors_module.screen_tokens(text)
    read = anchors_module._TOKEN_READ[0][1]
    assert (b"0 0" in read or b"0, 0" in read) == anchors_module._grouped_apart(text, spans)
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    copy = "".join(list(text))  # another object: the walk over the spans
    assert anchors_module.anchors(text, lex) == anchors_module.anchors(copy, lex)
