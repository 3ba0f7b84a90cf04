"""shape22: the words still spelled inside regexes in Python are read from lexicon.txt
sections ([article], [hyphen-per], [dimension-join], [unit-range-join], [tonne-after],
[metre-name], [abbreviation], [in-currency], [us-dollar-bracket], the stated rate's
[rate-*] and [list-join]'s 'glue'); every pattern is built from its section, so each word
there is read where the pattern is asked, and the readings stay what they were."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from moneyfacts import anchors, equivalents, measures, resolve, statedrates
from moneyfacts.currencies import lexicon_alternation, lexicon_section
from moneyfacts.grammar import scan

_SRC = Path(measures.__file__).parent


def _words(section: str, *values: str) -> list[str]:
    return [k for k, v in lexicon_section(section) if not values or v in values]


def test_alternation_is_every_word_longest_first() -> None:
    alt = lexicon_alternation("abbreviation")
    assert sorted(alt.split("|")) == sorted(map(re.escape, _words("abbreviation")))
    lengths = [len(w) for w in alt.split("|")]
    assert lengths == sorted(lengths, reverse=True)
    assert lexicon_alternation("us-dollar-bracket", "before", space="_").split("|")[:2] == [
        "approximately", re.escape("approx.")]


def test_measure_patterns_read_their_sections() -> None:
    for word in _words("article"):
        assert measures._ARTICLE_BEFORE.search(f"It was {word} "), word
    for word in _words("hyphen-per"):
        m = measures._HYPHEN_PER.match(f"-{word}-day refinery")
        assert m is not None and m.group(2) == "day", word
    for word in _words("dimension-join"):
        assert measures._LENGTH_GAP.match(f" {word} 20"), word
    for word in _words("dimension-join", "side"):
        assert measures._SIDES.match(f" {word} 2"), word
        assert measures._SIZE_BEFORE.search(f"a 1 m {word} "), word
    assert not measures._SIDES.match(" and 2")  # a part's word, no side
    for word in _words("unit-range-join"):
        assert measures._AND_NUMBER.match(f" {word} 7 in").group(1) == "in", word
    for word in _words("unit-range-join", "range"):
        assert anchors._RANGE_JOIN.search(f"two {word} ").group().strip() == word, word
    assert anchors._RANGE_JOIN.search("two or ").group() == " "  # 'or' joins no range there
    for word in _words("metre-name"):
        assert measures._METRE_DEFINED.search(f"90 {word} (m) AOD"), word
    for word in _words("tonne-after"):
        assert measures._T_AFTER.match(f" {word} coal"), word


def test_resolve_and_equivalents_patterns_read_their_sections() -> None:
    for word in _words("abbreviation"):
        assert equivalents._ABBREV.search(f"said {word}."), word
    assert not equivalents._ABBREV.search("said Sun.")
    for word in _words("us-dollar-bracket"):
        assert resolve._USD_BESIDE.match(f" ({word} US$36)"), word
    assert resolve._IN_BEFORE.search("figures are in the ")
    assert not resolve._IN_BEFORE.search("figures are on the ")
    for word in _words("list-join", "join", "glue"):
        assert resolve._LIST_GLUE.fullmatch(f" {word} "), word


def test_stated_rate_patterns_read_their_sections() -> None:
    one, closed, pair = statedrates._patterns()
    for word in _words("rate-approx"):
        assert one.search(f"($1 = {word} 7.2 yuan)").group("qual").strip() == word
        assert closed.search(f"The naira closed at {word} 197.50 a dollar")
    for prefix in _words("rate-dollar-prefix"):
        m = one.search(f"({prefix}$1 = 7.8 yuan)")
        assert m is not None and m.group("one").startswith(prefix), prefix
    _, spelled, _ = statedrates._equals_forms()
    for word in _words("rate-one"):
        assert spelled.search(f"{word} euro").group("name") == "euro", word


@pytest.mark.parametrize("name", ["measures.py", "anchors.py", "equivalents.py", "resolve.py",
                                  "statedrates.py"])
def test_no_moved_list_is_spelled_in_a_regex(name: str) -> None:
    """The lists moved to the lexicon are not spelled in the module again."""
    source = (_SRC / name).read_text("utf-8")
    for spelled in ("(?:a|an|the)", "per|an?", "and|x|by", "x|×|by", "and|or|to", "to|and",
                    "per|of", "met(?:re|er)", "Mr|Mrs", "about|approximately", r"\bin\s+",
                    "and|or|&", r"about\s+|around", "US|U\\.S\\.|A|C", "one|a|an",
                    r"The\s+|the"):
        assert spelled not in source, spelled


def test_readings_through_the_moved_words() -> None:
    """Sentences of mine through the moved words: a hyphenated per-unit, a size's sides, a
    stated rate after 'about', an abbreviation's full stop inside a sentence."""
    q = scan("They plan a 120,000-barrel-per-day refinery near the port.")[0]
    assert (q.value, q.unit, q.per) == (Decimal("120000"), "barrel", "day")
    rates = statedrates.find("The Kenyan shilling closed at about 129.40 a dollar on Monday.")
    assert [(r.base, r.quote, r.value, r.qualifier) for r in rates] == [
        ("USD", "KES", Decimal("129.40"), "approx")]
    assert len(equivalents._sentences("Mr. Odhiambo paid $5. Sales rose.")) == 2


def test_english_number_words_are_read_from_the_lexicon() -> None:
    """[english-number] is the one spelling of the English number words: read_spelled reads
    each below a hundred as its value, and the screens of counts, anchors and wordnumbers
    take theirs from it."""
    from moneyfacts import counts, numbers, wordnumbers

    rows = [(k, int(v)) for k, v in lexicon_section("english-number")]
    for word, value in rows:
        if value < 100:
            assert numbers.read_spelled(word).value == value, word
            assert anchors._VALUES[word] == value, word
        if 1 <= value <= 1000:
            assert counts._RUN_WORD.search(f"some {word} "), word
            assert word in wordnumbers._EN_NUMBER_WORDS, word
        assert word in counts._NUMBER_WORDS, word
    assert numbers.read_spelled("two hundred and forty-one").value == 241
    assert [w for w, v in rows if 1 <= v <= 10] == list(counts._SMALL)
    for word in counts._SMALL:
        assert counts._RATIO_BEFORE.search(f"about {word} in "), word
    for name in ("numbers.py", "counts.py", "anchors.py", "wordnumbers.py"):
        source = (_SRC / name).read_text("utf-8")
        # (wordnumbers' screen of what text2num reads, ordinals and misspellings included,
        # mirrors that library's words: tests/test_wordnumbers_screen.py checks it)
        assert "seventeen eighteen" not in source and "six|seven" not in source, name


def test_readings_through_the_english_number_words() -> None:
    """Sentences of mine: a spelled count, a ratio's first term, a half after its magnitude."""
    q = scan("The council hired forty-two wardens this year.")[0]
    assert (q.value, q.unit) == (Decimal("42"), "warden")
    q = scan("It cost them two million and a half dollars.")[0]
    assert (q.value, q.unit) == (Decimal("2500000"), "USD")


def test_part_join_words_are_read_from_the_lexicon() -> None:
    """[part-join]: each word joins a figure to the magnitude before it, and the fast path's
    set of links is its ASCII words."""
    from moneyfacts import after

    words = _words("part-join")
    for word in words:
        assert after._SPACED_REST.match(f" {word} 300 mil"), word
    assert after._REST_LINKS == {w for w in words if w.isascii()}
    assert not after._SPACED_REST.match(" of 300 mil")
    q = scan("El proyecto costó 2 millones y 400 mil pesos mexicanos.", locale="es")[0]
    assert (q.value, q.unit) == (Decimal("2400000"), "MXN")
