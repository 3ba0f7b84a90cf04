"""shape21: the words that were spelled inside regexes in Python are read from lexicon.txt
sections ([level-to], [pair-between], [level-change-to], [partitive], [metres-bracket],
[list-join]); the patterns are built from those sections, so a word added there is read
where the pattern is asked, and the readings stay what they were."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from moneyfacts import measures, resolve, steps
from moneyfacts.currencies import lexicon_sections
from moneyfacts.grammar import scan

_SRC = Path(steps.__file__).parent


def _words(section: str, value: str) -> list[str]:
    return [k for k, v, _ in lexicon_sections()[section] if v == value]


def test_every_approximation_of_level_to_opens_a_level_reached() -> None:
    for word in _words("level-to", "about"):
        assert steps._BACK_BEFORE.search(f"Output rose to {word} ") is not None, word
    assert steps._BACK_BEFORE.search("Output rose to ") is not None
    assert steps._BACK_BEFORE.search("Output rose by about ") is None


def test_every_approximation_of_pair_between_keeps_a_range() -> None:
    for word in _words("pair-between", "about"):
        assert steps._BETWEEN.search(f"It is Between  {word} ") is not None, word
    assert steps._BETWEEN.search("It is among some ") is None


def test_level_change_reads_its_words_from_the_lexicon() -> None:
    pattern = steps._level_change()
    for head in _words("level-change-to", "to"):
        for word in _words("level-change-to", "about"):
            assert pattern.search(f"Sales rose {head} {word} ") is not None, (head, word)


def test_partitive_gap_reads_its_determiners_from_the_lexicon() -> None:
    for word in _words("partitive", "determiner"):
        assert steps._PARTITIVE_GAP.fullmatch(f" of {word} ") is not None, word
    assert steps._PARTITIVE_GAP.fullmatch(" of the region's ") is not None
    assert steps._PARTITIVE_GAP.fullmatch(" for the ") is None


def test_metres_bracket_reads_its_words_from_the_lexicon() -> None:
    for word in _words("metres-bracket", "about"):
        assert measures._BRACKET_BEFORE.search(f"330 feet ({word} 100m") is not None, word
    for word in _words("metres-bracket", "about") + _words("metres-bracket", "range"):
        assert measures._METRES_OPEN.search(f"330 feet ({word} 90m to 100m") is not None, word
    assert measures._BRACKET_BEFORE.search("330 feet (up to 100m") is None  # a range's only


def test_list_join_reads_its_words_from_the_lexicon() -> None:
    for word in _words("list-join", "join"):
        assert resolve._LIST_JOIN.match(f", {word} the ") is not None, word
        assert resolve._LIST_JOIN.match(f" {word} ") is not None, word
    assert resolve._LIST_JOIN.match(" of ") is None


@pytest.mark.parametrize("name", ["steps.py", "measures.py", "resolve.py"])
def test_no_approximation_list_is_spelled_in_a_regex(name: str) -> None:
    """The lists moved to the lexicon are not spelled in the module again."""
    source = (_SRC / name).read_text("utf-8")
    compiled = re.findall(r"re\.compile\((?:[^()]|\([^()]*\))*\)", source)
    assert not [c for c in compiled if "about |" in c or "and\\s+|or\\s+" in c]


def test_readings_through_the_moved_words() -> None:
    """Sentences of mine through each pattern: a level reached after 'to around', a part
    of a whole after 'of their', a length restated in metres after '(about'."""
    q = scan("Headcount fell to around 900 from 1,100 staff.")[0]
    assert (q.value, q.unit) == (Decimal("900"), "staff")
    assert q.assumed == "unit of '900' carried from '1,100 staff', the figure after it"
    q = scan("The firm laid off 250 of their 1,300 workers.")[0]
    assert (q.value, q.unit) == (Decimal("250"), "worker")
    assert [(q.value, q.unit) for q in scan("The turbines stand 330 feet (about 100m) tall.")] == [
        (Decimal("330"), "foot"), (Decimal("100"), "meter")]
