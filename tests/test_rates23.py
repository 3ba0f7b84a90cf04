"""Laws of the screens in front of the stated-rate readers (rates23, issue 21's speed work):
the one pass over the amounts (statedrates._per_and_near) finds what the two separate loops
before it found, and the needle screens say "nothing here" only where the searches they skip
find nothing, over generated sentences, so the screens and the readers cannot drift."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import extract, statedrates as sr
from moneyfacts.models import Quantity, StatedRate

_PIECES = ["It traded at", " ", "N190", "1,500 shillings", "to a dollar", "to the dollar", "per",
           "US dollar", "/", "$1", "1 dollar", "=", "83 rupees", "the dollar at", "el dólar a",
           "18,50 pesos", "$5 billion", "20%", "300 jobs", " a ", " at ", "euro", "pour un euro",
           "655,957 francs CFA", "from K1200", " to K1650", "20 kobo", ", ", ".", "A", "AT",
           "of sales", "10 yen", "100 baht"]


def _per_reference(text: str, mentions: list[Quantity]) -> list[StatedRate]:
    """per_amounts as one loop of its own (session 22's), no screen."""
    tail = sr._per_tail()[0]
    out: list[StatedRate] = []
    prev_end = -1
    for m in mentions:
        after_prev, prev_end = prev_end, m.end
        cut = (m.text or "").lower().find(" per ") if m.per is not None else -1
        at = m.start + cut if cut >= 0 else prev_end
        t = tail.match(text, at, min(len(text), at + 48))
        if t is not None:
            r = sr._per_rate(text, m, t, after_prev)
            if r is not None:
                out.append(r)
    return out


def _near_reference(text: str, mentions: list[Quantity], locale: str | None) -> list[StatedRate]:
    """near_amounts as one loop of its own (session 22's), no screen: every amount beside
    another is asked for a glued rate, every amount after a space for a unit named first."""
    out: list[StatedRate] = []
    prev: Quantity | None = None
    for m in mentions:
        if m.kind != "money" or m.value is None or m.value <= 0:
            prev = None
            continue
        r = sr._glued_rate(text, prev, m) if prev is not None else None
        glued = r is not None
        if r is None and m.start >= 2 and text[m.start - 1] == " " and text[
                text.rfind(" ", 0, m.start - 1) + 1:m.start - 1].lower() in sr._unit_at():
            r = sr._unit_first_rate(text, m, locale)
        if r is not None:
            out.append(r)
        prev = None if glued else m
    return out


@given(st.lists(st.sampled_from(_PIECES), min_size=2, max_size=10),
       st.sampled_from([None, "es", "fr"]))
def test_one_pass_finds_what_the_two_loops_found(pieces: list[str], locale: str | None) -> None:
    text = "".join(pieces)
    mentions = list(extract(text, locale=locale).mentions)
    per, near = sr._per_and_near(text, mentions, locale)
    assert per == _per_reference(text, mentions)
    assert near == _near_reference(text, mentions, locale)
    assert sr.per_amounts(text, mentions) == per
    assert sr.near_amounts(text, mentions, locale) == near


def test_the_one_pass_reads_each_kind_of_rate() -> None:
    text = "The bank sold the dollar at 83 rupees, or 83 rupees to the dollar; 1 dollar = 84 rupees."
    ex = extract(text)
    assert [(r.base, r.quote, str(r.value)) for r in ex.rates] == [
        ("USD", "INR", "83"), ("USD", "INR", "83"), ("USD", "INR", "84")]


@given(st.lists(st.sampled_from(["one dollar ", "a euro ", "$1 ", "1 u.s. dollar ", "the deal ",
                                 "is worth ", "was equal to ", "buys ", "bought ", "fetched ",
                                 "equals ", "equal ", "worth ", "83 rupees", "to "]),
                min_size=1, max_size=6))
def test_the_equals_needles_pass_every_text_the_search_finds(pieces: list[str]) -> None:
    """_equals_word's needles (the longest word of each equals phrase) skip no text in which
    the unscreened search finds a phrase after one unit."""
    low = "".join(pieces)
    words, needles = sr._equals_words()
    unscreened = "equals" in low or any(
        sr._ONE_BEFORE.search(low, max(0, m.start() - 24), m.start()) is not None
        for w in words for m in re.finditer(re.escape(w), low))
    assert sr._equals_word(low) == unscreened
    assert all(any(n in w for n in needles) for w in words)


@given(st.sampled_from(sorted(sr._unit_at())), st.lists(st.booleans(), min_size=3, max_size=3))
def test_a_unit_at_word_in_any_case_passes_the_screen_of_its_last_letter(
        word: str, upper: list[bool]) -> None:
    written = "".join(c.upper() if u else c for c, u in zip(word, upper + [False] * len(word)))
    text = f"the dollar {written} 83 rupees"
    start = text.index(" 83") + 1
    assert sr._word_before(text, start) in sr._unit_at()
    assert text[start - 2:start] in sr._unit_at_ends()
