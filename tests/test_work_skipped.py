"""Costly steps are asked only where their answer can change a reading (speed work, issue
21): counted, never timed. Each test counts the calls of one costly library function and
checks the reading is the same as where the step runs."""

from __future__ import annotations

from typing import Any

import pytest

import moneyfacts
from conftest import counting as _counting


def test_language_is_asked_only_for_a_small_number_before_an_unlisted_noun(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import py3langid

    from moneyfacts.counts import _language

    _language.cache_clear()
    calls = _counting(monkeypatch, py3langid, "classify")
    # a big number counts a plural by itself: the language does not matter
    q = moneyfacts.extract("The order covers 77,000 cars, according to a person briefed.")
    assert [(m.kind, m.unit, str(m.value)) for m in q.mentions] == [("count", "car", "77000")]
    assert calls[0] == 0
    # a small number before a noun the lexicon does not list: English or not decides
    q = moneyfacts.extract("The ministry approved 52 priority road projects on Monday.")
    assert [(m.kind, m.unit) for m in q.mentions] == [("count", "project")]
    assert calls[0] == 1


def test_text2num_is_asked_only_with_a_number_word_beside_a_currency_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from moneyfacts import wordnumbers

    calls = _counting(monkeypatch, wordnumbers, "_spelled")  # text2num over the whole text
    text = "Kestrel plans to spend $18 billion on data centres over the next three years."
    assert [str(m) for m in moneyfacts.extract(text).mentions] == ["18 billion USD"]
    assert calls[0] == 0  # 'three', but no currency word for it to be money
    text = "Kestrel plans to spend 133 billion yuan on data centres over the next three years."
    assert [str(m) for m in moneyfacts.extract(text).mentions] == ["133 billion CNY"]
    assert calls[0] == 0  # a currency word, but no number word beside it
    assert [str(m) for m in moneyfacts.extract("It cost ten dollars.").mentions] == ["10 USD"]
    assert calls[0] == 1


# The screen changes no reading: rewrite_money against the same steps without its screens for
# a currency word (text2num asked on every text with a number word). The words include those
# of the english readings the screens let through: the hundredths after 'and' ('US$3 and
# fourteen', '3 GBP and one', '$20 and forty-three cents'), a number before a subunit word
# ('fifty cents', 'my two cents'), or a code ('twenty MUSD'), or after tenths ('mao five'), at
# the end of a phrase, and ranges ('between five and ten dollars').
_WORDS = ["three", "ten", "one", "forty-five", "twenty", "hundred", "dollars", "dollar", "Euros",
          "pounds", "cents", "and", "And", "years", "people", "$5", "12", "the", "Dollars", "rupees",
          "a", "an", "first", "million", "tens", "point", "-", "yuan", "won", "Three", "o", "5",
          "billion", "_", "1.5", "fourteen", "US$3", "3", "GBP", "USD", "MUSD", "kEUR", "usd",
          "penny", "pennies", "pence", "cent", "mao", "fen", "my", "two", "not", "between", "to",
          "jobs", ".", "fourteen.", "cents.", "forty-three", "dollar.", "$20"]


def _unscreened_rewrite_money(text: str, currency_words: frozenset[str]) -> Any:
    from moneyfacts import wordnumbers as w

    ones = [(m.start(1), m.end(1), "1") for m in w._article_pattern(currency_words).finditer(text)]
    if w._EN_NUMBER_WORD.search(text.lower()) is None:  # the first screen, kept
        return w._apply(text, ones) if ones else None
    return w._money_spelled(text, currency_words - w._not_spelled_money(), ones)


def test_rewrite_money_screens_change_nothing() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from moneyfacts.currencies import lexicon
    from moneyfacts.wordnumbers import rewrite_money

    words = lexicon().currency_words

    @given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10),
           st.lists(st.sampled_from([" ", " ", "-", ", ", "\u00a0", " - ", "  "]), min_size=10,
                    max_size=10))
    def check(ws: list[str], seps: list[str]) -> None:
        text = "".join(w + s for w, s in zip(ws, seps)).strip()
        assert rewrite_money(text, words) == _unscreened_rewrite_money(text, words)

    check()


@pytest.mark.parametrize("text", [
    "It cost US$3 and fourteen.", "It cost 3 GBP and one", "He paid $20 and forty-three cents.",
    "It cost fifty cents.", "It cost twenty MUSD.", "It cost one yuan five mao five.",
    "between five and ten dollars", "ten to fifteen dollars", "dollars and forty-five",
    "It cost a dollar.", "It cost ten dollars", "thirteen dollars forty-five"])
def test_rewrite_money_screens_let_the_english_readings_through(text: str) -> None:
    """The readings of the english work (issue 21) pass every screen of rewrite_money."""
    from moneyfacts.currencies import lexicon
    from moneyfacts.wordnumbers import rewrite_money

    words = lexicon().currency_words
    got = rewrite_money(text, words)
    assert got is not None
    assert got == _unscreened_rewrite_money(text, words)


def test_the_number_word_screen_keeps_every_text_the_search_finds() -> None:
    """rewrite_money's bytes screen lets through every text in which the search for a number
    word finds one (any Unicode around it, lone surrogates too)."""
    from hypothesis import given
    from hypothesis import strategies as st

    from moneyfacts import wordnumbers as w

    pieces = st.one_of(st.sampled_from(["three", "Three ", "ten-", "hundred ", "one", " ", "-",
                                        "_", "5", "é", "İ", "\u212a", "\ud800", "often ", "\u00a0"]),
                       st.text(max_size=3))

    @given(st.lists(pieces, max_size=12))
    def check(parts: list[str]) -> None:
        low = "".join(parts).lower()
        words = low.encode("utf-8", "surrogatepass").translate(w._ONLY_ASCII_LETTERS).split()
        if w._EN_NUMBER_WORD.search(low) is not None:
            assert not w._EN_NUMBER_BYTES.isdisjoint(words)

    check()


def _every_size(gaz: Any) -> dict[str, tuple[int, ...]]:
    """A stand-in for moneyfacts.evidence._lengths: every phrase size for every word, as
    places() tried before its table of sizes (all its other rules unchanged)."""

    class EverySize(dict):  # type: ignore[type-arg]
        def get(self, key: Any, default: Any = None) -> tuple[int, ...]:
            return tuple(range(gaz.max_words, 0, -1))

    return EverySize()


def test_places_tries_only_the_phrase_sizes_a_word_starts() -> None:
    from unittest import mock

    from hypothesis import example, given
    from hypothesis import strategies as st

    from moneyfacts import evidence
    from moneyfacts.evidence import places

    words = ["The", "Gambia", "Sri", "Lanka", "Lankan", "Oman's", "Oman.", "Muscat", "Bosnia",
             "and", "Herzegovina", "Riyadh-based", "New", "York", "City", "Hong", "Kong", "Kong-",
             "Guinea-Bissau", "Washington", "D.C.", "St.", "Louis", "Michael", "Jordan", "in",
             "rupees", "Rs", "(Bar", "Foo", "São", "Paulo", "Papua", "Guinea", "Saint", "Kitts",
             "Nevis", "United", "States", "of", "America", "Kingdom", "Arab", "Emirates"]
    seps = [" ", " ", ", ", "-", "", "\n", ". ", "  ", "-(", "/"]

    @given(st.lists(st.tuples(st.sampled_from(words), st.sampled_from(seps)), max_size=10))
    @example([("Kong", " "), ("Kong", "")])  # a town's name then the same as a surname
    @example([("in", " "), ("New", " "), ("York", " "), ("City", ", "), ("Sri", " "), ("Lanka", "")])
    def check(pieces: list[tuple[str, str]]) -> None:
        text = "".join(w + s for w, s in pieces)
        with mock.patch.object(evidence, "_lengths", _every_size):
            every = places(text)
        assert places(text) == every

    check()


def test_the_link_phrase_screen_keeps_every_head_the_phrase_matches() -> None:
    """across() tries the [link-across] pattern (every position of the text before an amount)
    only on a text ending in a phrase's last word: never on fewer texts than it matches."""
    from hypothesis import given
    from hypothesis import strategies as st

    from moneyfacts.equivalents import _across, _ends_in_phrase_word

    data = _across()
    pieces = st.sampled_from(["That is", "that is equivalent to", "EQUIVALENT TO", "which is",
                              " ", ",", ":", "\n", "\u00a0", "some", "about", "iſ", "ıs", "Kelvin",
                              "roughly", "x", "(", "—", "to", "ist", "de", "à", "À"])

    @given(st.lists(pieces, max_size=8))
    def check(parts: list[str]) -> None:
        head = "".join(parts)
        if data.phrase.match(head, 0, len(head)) is not None:
            assert _ends_in_phrase_word(head, data)

    check()


def test_the_phrase_size_table_is_made_once_a_gazetteer() -> None:
    """A batch alternating languages does not rebuild the table for each text."""
    from moneyfacts.evidence import _lengths, gazetteer

    en = _lengths(gazetteer("en"))
    _lengths(gazetteer("fr"))
    assert _lengths(gazetteer("en")) is en


class _CountingRe:
    """The ``re`` module, its ``search`` counted (what resolve calls per code and name)."""

    def __init__(self) -> None:
        import re

        self.re, self.searches = re, 0

    def search(self, *args: Any, **kwargs: Any) -> Any:
        self.searches += 1
        return self.re.search(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.re, name)


def test_the_resolver_searches_the_text_for_a_code_once_a_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each bare '$' beside 'US$' weighs the other dollars against the whole text: how the
    text names each code is searched once a text, not once a '$' (mentions x length)."""
    from moneyfacts import resolve

    counting = _CountingRe()
    monkeypatch.setattr(resolve, "re", counting)
    one = ("Maple Corp paid $5bn (US$3.6bn) for the mine; figures in CAD unless noted. ")
    two = ("Maple Corp paid $5bn (US$3.6bn) for the mine, and a rival offered $2bn "
           "(US$1.4bn); figures in CAD unless noted.")
    assert [str(m) for m in moneyfacts.extract(one).mentions] == [
        "5 billion CAD", "3.6 billion USD"]
    once = counting.searches
    assert once >= 1  # 'CAD' written in the text: searched as a word
    counting.searches = 0
    assert [str(m) for m in moneyfacts.extract(two).mentions] == [
        "5 billion CAD", "3.6 billion USD", "2 billion CAD", "1.4 billion USD"]
    assert counting.searches == once  # not twice: the second '$' asks the same codes


class _CountingPattern:
    def __init__(self, pattern: Any) -> None:
        self.pattern, self.scans = pattern, 0

    def finditer(self, text: str, *args: Any) -> Any:
        if text:
            self.scans += 1
        return self.pattern.finditer(text, *args)


def test_a_family_s_names_are_searched_only_in_a_text_with_one_of_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The one pattern of a family's names (68 for the dollar's) tries every position of the
    text: asked only where a name's last word ('dollar', 'peso', 'yen') is written."""
    from moneyfacts import resolve

    patterns: dict[str, _CountingPattern] = {}
    real = resolve._family_names

    def counted(param: str) -> Any:
        pattern, by_name = real(param)
        return patterns.setdefault(param, _CountingPattern(pattern)), by_name

    monkeypatch.setattr(resolve, "_family_names", counted)
    resolve._family_words.cache_clear()
    try:
        text = "Harbour Bank paid $5bn (£3.6bn) in Toronto and ¥40bn (€250m) in Tokyo."
        assert [str(m) for m in moneyfacts.extract(text).mentions] == [
            "5 billion USD", "3.6 billion GBP", "40 billion JPY", "250 million EUR"]
        assert set(patterns) == {"dollar", "yen"}  # both families asked of the text
        assert sum(p.scans for p in patterns.values()) == 0  # no name of either in it
        text = ("Harbour Bank paid $5bn (£3.6bn) in Toronto and ¥40bn (€250m) in Tokyo; "
                "figures are in Canadian dollars.")
        assert [str(m) for m in moneyfacts.extract(text).mentions] == [
            "5 billion CAD", "3.6 billion GBP", "40 billion JPY", "250 million EUR"]
        assert patterns["yen"].scans == 0
        assert patterns["dollar"].scans == 1  # 'dollars': the dollar's names searched
    finally:
        resolve._family_words.cache_clear()



def test_the_subject_words_before_an_amount_are_searched_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """across() asks the subject of each amount twice (its class, then the/this/its before
    it): the words of its sentence before it are searched once for both."""
    from moneyfacts import equivalents

    real = equivalents._across()
    searches = [0]

    class Subject:
        def __getattr__(self, name: str) -> Any:
            return getattr(real.subject, name)

        def finditer(self, *args: Any) -> Any:
            searches[0] += 1
            return real.subject.finditer(*args)

    class Data:
        subject = Subject()

        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

    monkeypatch.setattr(equivalents, "_across", lambda: Data())
    text = ("Revenue rose to $5 billion in 2024. Profit reached 300 billion yen. "
            "Sales were €2 billion.")
    ex = moneyfacts.extract(text)
    assert [str(m) for m in ex.mentions] == ["5 billion USD", "300 billion JPY", "2 billion EUR"]
    assert ex.equivalences == []
    assert searches[0] == 3  # one search an amount of money (two before)


def test_the_article_screen_keeps_every_text_the_pattern_finds() -> None:
    """rewrite_money searches the pattern of 'a dollar' (an article read as one) only in a text
    whose words hold an article and one of its currency words: never in fewer texts than it
    finds one in (any case, punctuation, non-ASCII text)."""
    from hypothesis import given
    from hypothesis import strategies as st

    from moneyfacts import wordnumbers as w
    from moneyfacts.currencies import lexicon

    currency_words = lexicon().currency_words
    pattern = w._article_pattern(currency_words)
    pieces = st.sampled_from(["a", "A", "an", "An", "AN", "dollar", "Dollar", "DOLLAR", "yuan",
                              "euro", "pound", "dollars", "bolívar", "colón", "data", "5", "_",
                              " ", " ", "  ", "\u00a0", "-", "'", ".", ",", ")", "and", "é", "1"])

    @given(st.lists(pieces, max_size=12))
    def check(parts: list[str]) -> None:
        text = "".join(parts)
        words = text.lower().encode("utf-8", "surrogatepass").translate(
            w._ONLY_ASCII_LETTERS).split()
        found = [(m.start(1), m.end(1), "1") for m in pattern.finditer(text)]
        assert w._ones(text, words, currency_words) == found

    check()


def test_the_article_pattern_is_searched_only_in_a_text_with_an_article_and_its_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from moneyfacts import wordnumbers as w

    calls = _counting(monkeypatch, w, "_article_pattern")
    words = moneyfacts.currencies.lexicon().currency_words
    w.rewrite_money("It paid $5 billion for a stake in the data firm.", words)
    w.rewrite_money("The rupee fell 2% against the dollar.", words)
    assert calls[0] == 0
    assert w.rewrite_money("It cost a dollar.", words) == ("It cost 1 dollar.", list(range(18)))
    assert calls[0] == 1
