"""The shapes of text that made a scan, a stated-rate line or a conversion super-linear (issue
20, items 4-7), each measured by the work it costs for n and 8n copies: a count of calls (as
in test_properties' linear-scan test), never a clock. Quadratic work would be 64x."""

from __future__ import annotations

import pytest
from test_properties import _operations

from moneyfacts import convert, extract
from moneyfacts.errors import DimensionError
from moneyfacts.grammar import scan


def _ratio(fn_of_text: object, unit: str, n: int) -> float:
    """The calls for 8n copies of ``unit`` over those for n."""
    assert callable(fn_of_text)
    fn_of_text(unit * 8)  # warm the caches
    small, large = unit * n, unit * (8 * n)
    ops_small = _operations(lambda: fn_of_text(small))
    ops_large = _operations(lambda: fn_of_text(large))
    assert ops_small > 0
    return ops_large / ops_small


@pytest.mark.parametrize("unit", ["5 billion ($5.4 billion) ", "5 billion ($5.4 billion). "])
def test_bare_amounts_before_bracketed_ones_are_linear(unit: str) -> None:
    """Item 4: each bare amount looked back over every earlier pair and searched the text
    between for a sentence end (cubic)."""
    ratio = _ratio(scan, unit, 100)
    assert ratio < 12, f"{unit!r}: 8x the input made {ratio:.1f}x the calls"


@pytest.mark.parametrize("unit", ["Revenue was 5 billion yuan. Profit was 3 billion. ",
                                  "Profit was 3 billion, up 5%. ", "20 dollars 43 cents ",
                                  "It built 52 priority road projects. "])
def test_carried_currencies_cents_and_counts_are_linear(unit: str) -> None:
    """The readings of issue 21 §3 added to the scan: one pass each."""
    ratio = _ratio(scan, unit, 50)
    assert ratio < 12, f"{unit!r}: 8x the input made {ratio:.1f}x the calls"


@pytest.mark.parametrize("unit", ["billion", "xwatts", "xmillion", "billion ", "a million ",
                                  "gigawatt"])
def test_glued_words_are_linear(unit: str) -> None:
    """Item 5: each magnitude or unit word inside a run of letters walked back to the run's
    start ('billionbillion...')."""
    ratio = _ratio(scan, unit, 200)
    assert ratio < 12, f"{unit!r}: 8x the input made {ratio:.1f}x the calls"


@pytest.mark.parametrize("unit", ["($1 = 7.2 yuan) ", "$1 = 7.2 yuan; "])
def test_stated_rate_lines_are_linear(unit: str) -> None:
    """Item 6: every mention was compared with every rate line, and every rate line with
    every one taken before it."""
    ratio = _ratio(extract, unit, 50)
    assert ratio < 12, f"{unit!r}: 8x the input made {ratio:.1f}x the calls"


def test_the_elided_currency_still_reads_with_many_pairs() -> None:
    """The one-pass reading of item 4 gives what the look back gave: each bare amount takes
    the currency of the latest pair of its sentence, and none crosses a sentence end."""
    text = ("From 900 billion yen ($6 billion) to 700 billion ($4.7 billion), "
            "and 50 billion euros (¥8 trillion) to 40 billion (¥6 trillion). "
            "Later 30 billion ($0.2 billion).")
    got = [(q.text, q.unit) for q in scan(text)]
    assert ("700 billion", "JPY") in got and ("40 billion", "EUR") in got
    assert all(t != "30 billion" for t, _ in got)  # a sentence ended: not taken across it


@pytest.mark.parametrize("n", [1_000, 8_000])
def test_a_long_unit_word_is_refused_before_pint_reads_it(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 7: ``convert("2 GW", to="W" * 100000)`` took 74 s in pint's parser, whose work
    grows with the square of a word's length. The characters handed to it are counted: none,
    for n and for 8n."""
    import pint.util

    seen: list[int] = []
    real = pint.util.string_preprocessor

    def counting(text: str) -> str:
        seen.append(len(text))
        return real(text)

    convert("2 GW", to="MW")  # the registry is built
    monkeypatch.setattr(pint.util, "string_preprocessor", counting)
    for to in ("W" * n, "1" * n, "kW*" + "h" * n):
        with pytest.raises(DimensionError, match="not a unit moneyfacts knows"):
            convert("2 GW", to=to)
    assert sum(seen) == 0
    assert convert("2 GW", to="kilowatt").unit == "kilowatt"  # a real name still converts
