"""Laws of the cheap screens around the scan (issue 21's speed work): a shortcut that skips a
general step says "nothing here" only where the general step finds nothing, over generated and
mutated sentences, so the two cannot drift."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.currencies import lexicon
from moneyfacts.mentions import _LINKED_KINDS, _linkable, _other_link

_PIECES = ["It paid", " ", "$5 billion", "5 billion yuan", "€2bn", "20%", "5 percent", "300 jobs",
           "100 miles", "160 km", "(", ")", " (", ", or ", " or about ", ", up ", " and ",
           "10 litres", "about", "¥2 trillion", "2 dollars", "EPS", "per share", " per ",
           "N300bn", "three hundred billion naira", ", equivalent to ", " – ", ";", "."]


@given(st.lists(st.sampled_from(_PIECES), min_size=2, max_size=12))
def test_no_form_links_two_kinds_or_counts_or_percents(pieces: list[str]) -> None:
    """mentions.link skips a pair of two kinds, or of two counts or percents, before asking
    _linkable and _other_link: those never link such a pair."""
    text = "".join(pieces)
    found = moneyfacts.extract(text).mentions
    lex = lexicon()
    for a in found:
        for b in found:
            if b.start < a.end or (a.kind == b.kind and a.kind in _LINKED_KINDS):
                continue
            assert not _linkable(a, b)
            assert _other_link(text, a, b, text[a.end : b.start], lex) is None


@given(st.text(alphabet="EPSDper ", max_size=12))
def test_the_per_screen_is_the_three_searches(text: str) -> None:
    """extract's screen before carry_per ('PS' first) says what its three searches say."""
    three = " per " in text or "EPS" in text or "DPS" in text
    assert (" per " in text or "PS" in text and ("EPS" in text or "DPS" in text)) == three


def test_only_two_characters_lower_to_ascii_letters() -> None:
    """rewrite_money lowers a non-ASCII text only when it holds 'İ' or the Kelvin sign: no
    other character beyond ASCII has an ASCII letter in its lower case."""
    found = [c for c in map(chr, range(0x80, 0x110000))
             if any("a" <= x <= "z" for x in c.lower())]
    assert found == ["\u0130", "\u212a"]


@given(st.text(alphabet=st.one_of(st.sampled_from("aAbZ zéÉİKß€5-\u00a0\ud800"), st.characters()),
               max_size=20))
def test_the_words_of_a_text_lowered_by_the_table_are_its_lowered_words(text: str) -> None:
    """The runs of ASCII letters of a text without those two, read through the lowering table
    from its UTF-8 bytes, are those of the text lowered first (as rewrite_money read them)."""
    from moneyfacts import wordnumbers as w

    if "\u0130" in text or "\u212a" in text:
        return
    lowered = text.lower().encode("utf-8", "surrogatepass").translate(w._ONLY_ASCII_LETTERS)
    table = text.encode("utf-8", "surrogatepass").translate(w._ASCII_LETTERS_LOWERED)
    assert table.split() == lowered.split()


# An English scan's two word screens read one list of tokens (anchors.screen_tokens: the ASCII
# text lowered, its digits as '0', split at spaces): each answers as it does on the text.
_WORDISH = ["two", "Two", "million", "Million", "5", "billion", "Billion", "gigawatts",
            "Gigawatts", "tonnes", "a", "A", "an", "dollar", "dollars", "yuan", "ten", "one",
            "cents", "and", "per", "cent", "$3", "US$9.4", "0.5", "kilo-watts", "lakh", "crore",
            "point", "(", ".", ","]
_ASCII_BITS = st.text(alphabet="aAbkmnotwlx 059-.,$()'\t", max_size=4)


def _ascii_texts() -> st.SearchStrategy[str]:
    """Pieces of English money copy and ASCII scraps, each followed by a space, nothing, a
    hyphen or a comma and a space."""
    piece = st.tuples(st.one_of(st.sampled_from(_WORDISH), st.sampled_from(_WORDISH),
                                st.sampled_from(_WORDISH), _ASCII_BITS),
                      st.sampled_from([" ", " ", " ", "", "-", ", "]))
    return st.lists(piece, max_size=8).map(lambda ps: "".join(a + b for a, b in ps))


@settings(max_examples=1000)
@given(_ascii_texts())
def test_anchors_read_the_shared_tokens_as_the_text(text: str) -> None:
    """anchors with the text's screen_tokens finds what it finds splitting the text itself:
    its word screen looks at letters, spaces and hyphens, never at which digit is written."""
    from moneyfacts.anchors import anchors, screen_tokens

    lex = lexicon()
    assert anchors(text, lex, screen_tokens(text)) == anchors(text, lex)


@settings(max_examples=1000)
@given(_ascii_texts())
def test_rewrite_money_reads_the_shared_tokens_as_the_text(text: str) -> None:
    """rewrite_money given the text's screen_tokens rewrites what it rewrites without them,
    and a text whose tokens are all quiet (wordnumbers._quiet) is one it leaves as it is."""
    from moneyfacts.anchors import screen_tokens
    from moneyfacts.wordnumbers import _quiet, rewrite_money

    words = lexicon().currency_words
    alone = rewrite_money(text, words)
    assert rewrite_money(text, words, screen_tokens(text)) == alone
    if _quiet(screen_tokens(text), words):
        assert alone is None
