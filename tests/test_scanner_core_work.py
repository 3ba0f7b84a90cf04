"""The scanner core's shortcuts give what the long way gives, and the long way is not taken
(work counted, not timed: speed lives in bench/)."""

from __future__ import annotations

import dataclasses

import pytest

from moneyfacts import grammar
from moneyfacts.currencies import lexicon


class _CountingDict(dict[str, str]):
    """A dict that counts how often its items are walked."""

    walks = 0

    def items(self):  # type: ignore[override]
        type(self).walks += 1
        return super().items()


@pytest.mark.parametrize("text, qualifier", [
    ("It paid $5 billion or more for the plant.", "ge"),
    ("Some 10 apples or so were left.", "approx"),
    ("It hired 20 engineers or more for the team.", "ge"),
    ("A $5 billion-plus deal.", "ge"),
    ("Shares rose to $3 a share, a 5 percent gain.", None),
    ("It sold 4 trillion won of bonds over two years.", None),
])
def test_qualifiers_after_a_number_are_looked_up_not_tried_in_turn(
    text: str, qualifier: str | None
) -> None:
    """The qualifiers after a number ('or more', '-plus', 'or so') are found by the text's
    first two characters after the number: the lexicon's list is walked once, to make that
    table, not again for every number followed by a word ('to', 'a', 'of')."""
    lex = lexicon()
    counting = _CountingDict(lex.qualifiers_after)
    mine = dataclasses.replace(lex, qualifiers_after=counting)
    opts = grammar.options_of(None, None, None, None)
    _CountingDict.walks = 0
    for _ in range(3):
        parts = grammar._parts(text, opts, mine)
    assert _CountingDict.walks <= 1
    assert parts[0].qualifier == qualifier
    # ... and the reading is the lexicon's own
    assert [(p.start, p.end, p.qualifier) for p in grammar._parts(text, opts, lex)] == [
        (p.start, p.end, p.qualifier) for p in parts]


@pytest.mark.parametrize("text, start, sign", [
    ("It paid $5 billion.", 8, "$"),
    ("worth HK$35 billion", 6, "HK$"),
    ("worth €52bn", 6, "€"),
])
def test_a_sign_touching_its_number_is_read_without_the_search(
    text: str, start: int, sign: str
) -> None:
    """'$5', 'HK$35', '€52bn': the sign that touches the number is read at once, not by the
    search over the one or two spaces before it (no range of places is made: no builtin
    ``max`` is called)."""
    import sys

    from moneyfacts.signs import prefix_sign

    lex = lexicon()
    pos = text.index(next(c for c in text if c.isdigit()))
    called: list[str] = []

    def hook(frame: object, event: str, arg: object) -> None:
        if event == "c_call":
            called.append(getattr(arg, "__name__", ""))

    sys.setprofile(hook)
    try:
        found = prefix_sign(text, pos, lex)
    finally:
        sys.setprofile(None)
    assert "max" not in called
    assert found[0] == start and found[1] is not None and found[1].text == sign
