"""The screen of rewrite_money that visits only the words beside a number word
(wordnumbers._number_beside_currency on ASCII text) gives the answers of the screen that
visited every pair of words (kept here as ``_pairs``), and text2num reads alone no word
that _NUMERIC_RUN misses."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import wordnumbers as wn
from moneyfacts.currencies import lexicon


def _pairs(text: str, currency_words: frozenset[str]) -> bool:
    """The screen as it was (f55d50e): every pair of words of the text visited."""
    minor, subunits, all_words = wn._minor_words(), wn.subunit_words(), lexicon().currency_words
    after_amount = False
    for m in wn._NEIGHBOURS.finditer(text):
        word, nxt = m.group(1), m.group(2)
        if after_amount and word == "and" and wn._numeric(nxt):
            return True
        after_amount = False
        if ((nxt.lower() in currency_words or nxt in minor or wn._code(nxt)) and wn._numeric(word)
                and not wn._after_digits(text, m.start())):
            return True
        low = word.lower()
        if low in currency_words or low in subunits:
            if wn._numeric(nxt):
                return True
        if nxt == "and" and (low in currency_words or low in subunits or low in all_words
                             or wn._code(word)):
            after_amount = True
    for m in wn._DIGITS_AND.finditer(text):
        if wn._numeric(m.group(1)):
            return True
    return False


def _spellable() -> frozenset[str]:
    return wn._spellable(lexicon().currency_words)[0]


_NUMBER = ["one", "Two", "ten", "TEN", "tens", "hundred", "hundreds", "million", "billion",
           "first", "second", "seconds", "Fifth", "o", "O", "zero", "nought", "forty", "fourty",
           "sixteeth", "oneth", "thirds", "twentieth", "often", "tenor", "anyone", "Os"]
_CURRENCY = ["dollars", "dollar", "Dollars", "euros", "pounds", "yen", "cents", "cent", "pence",
             "mao", "USD", "MUSD", "GBP", "usd", "rupees", "francs", "Euro"]
_ORDINARY = ["and", "And", "the", "people", "raised", "jobs", "US", "a", "of", "seconds", "x"]
_GAPS = [" ", "  ", "-", " - ", ", ", ". ", "$", "5 ", " 5 ", "3", "_", "'", "(", " and ", "\n",
         "\u00a0", "é"]

_WORD = st.sampled_from(_NUMBER + _CURRENCY + _ORDINARY) | st.text(
    alphabet=string.ascii_letters, min_size=1, max_size=6)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GAPS) | st.text(alphabet=" -,.5$_", max_size=3),
                          _WORD), min_size=1, max_size=9),
       st.sampled_from(["", " ", ".", "5", "-"]))
def test_same_answers_as_every_pair(parts: list[tuple[str, str]], tail: str) -> None:
    text = "".join(gap + word for gap, word in parts) + tail
    words = _spellable()
    assert wn._number_beside_currency(text, words) == _pairs(text, words), text


def test_sameness_examples() -> None:
    words = _spellable()
    for text, expected in [
        ("It cost ten dollars", True), ("5 billion dollars", False), ("dollars forty-five", True),
        ("dollars and forty-five", True), ("dollars and, and forty", True),
        ("US$3 and fourteen", True), ("3 GBP and one", True), ("raised $5 and fourteen jobs", True),
        ("ten people", False), ("often dollars", False), ("thirty seconds GBP", False),
        ("the, and two", False), ("3   and   two", True), ("3 and - two", False),
    ]:
        assert wn._number_beside_currency(text, words) == _pairs(text, words) == expected, text


def test_numeric_run_covers_text2num() -> None:
    """Every word text2num reads alone (its English words and one edit away from them, any
    case, trailing 's') is matched whole by _NUMERIC_RUN in the lowered text."""
    vocabulary = wn._NUMERIC_RUN.pattern
    seeds = ["and", "trillion", "dozen", "point", "seconds", "half", "score"]
    seeds += [w for w in "zero o nought one first oneth two second three third four fourth five "
              "fifth six sixth seven seventh eight eighth nine ninth ten tenth eleven twelve "
              "twelfth thirteen twenty twentieth thirty forty fourty fortieth fifty sixty "
              "sixteeth seventy eighty ninety hundred hundredth thousand thousandth million "
              "millionth billion billionth".split()]
    letters = string.ascii_lowercase
    for seed in seeds:
        variants = {seed, seed.upper(), seed.title(), seed + "s", seed + "ss"}
        for i in range(len(seed) + 1):
            for c in letters:
                variants.add(seed[:i] + c + seed[i:])
                variants.add(seed[:i] + c + seed[i + 1:])
            variants.add(seed[:i] + seed[i + 1:])
        for v in variants:
            if wn._numeric(v):
                assert wn._NUMERIC_RUN.fullmatch(v.lower()), (v, vocabulary)


# scan_20: a text whose word characters are all ASCII ('£', '€', '—', a no-break space
# beside ASCII words) is screened as an ASCII text is: by its words split from its bytes.
_SIGNS = ["£", "€", "—", "\u00a0", "’", "“", "”", "₹", "•", "é", "ł", "İ", "\u212a", "½", "٣"]
_TEXT_PARTS = st.lists(
    st.tuples(st.sampled_from(_GAPS + _SIGNS) | st.text(alphabet=" -,.5$_£€\u00a0—", max_size=3),
              _WORD | st.sampled_from(["a", "an", "A", "dollar", "euro", "yuan", "and"])),
    min_size=1, max_size=9)


def _split_words(text: str) -> list[bytes]:
    """The words rewrite_money splits from a text outside ASCII with no 'İ' or Kelvin sign."""
    return text.encode("utf-8", "surrogatepass").translate(wn._ASCII_LETTERS_LOWERED).split()


@settings(max_examples=3000, deadline=None)
@given(_TEXT_PARTS, st.sampled_from(["", " ", ".", "5", "-", "£", " and"]))
def test_ascii_words_screens_answer_as_the_searches(parts: list[tuple[str, str]],
                                                    tail: str) -> None:
    """_ones gives what its pattern finds, and the screen before _number_beside_currency
    skips only texts it would answer False for, whenever _words_in_ascii lets them screen a
    text outside ASCII by its split words."""
    text = "".join(gap + word for gap, word in parts) + tail
    if text.isascii() or "\u0130" in text or "\u212a" in text:
        return
    currency_words = lexicon().currency_words
    words = _split_words(text)
    found = [(m.start(1), m.end(1), "1")
             for m in wn._article_pattern(currency_words).finditer(text)]
    assert wn._ones(text, words, currency_words) == found, text
    spellable, beside, after_and = wn._spellable(currency_words)
    if wn._words_in_ascii(text) and beside.isdisjoint(words) and not (b"and" in words and (
            not after_and.isdisjoint(words) or wn._DIGIT.search(text) is not None)):
        assert not wn._number_beside_currency(text, spellable), text
        assert not _pairs(text, spellable), text


def test_words_in_ascii_examples() -> None:
    assert wn._words_in_ascii("It cost £5bn \u2014 ten\u00a0pounds")
    for text in ("ten złotych", "½ dollar", "\u0130", "\u212a", "٣ dollars", "ﬁve dollars"):
        assert not wn._words_in_ascii(text), text
