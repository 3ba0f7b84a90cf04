"""Hard-wrapped copy: wire stories and archives broken into lines of a fixed width, where a
line break falls anywhere in a sentence ('to 253,800\\ntonnes, according to ...'). A number
and its unit or counted noun on either side of such a break are one amount, but the scanner
ends an amount at a line break (a heading, a table cell). :func:`unwrap` gives the text with
the breaks of its wrapped lines written as spaces: the same length, so every span read from
it is a span of the text as written (count20).

>>> text = ("Output at the mine rose 12 percent in the third quarter to 253,800\\n"
...         "tonnes, the commission said on Wednesday, citing better grades in\\n"
...         "the pit and a low base after the strike of the year before it.\\n"
...         "Sales 2,026\\nShares 41")
>>> flat = unwrap(text)
>>> "253,800 tonnes" in flat, "Sales 2,026\\nShares 41" in flat, len(flat) == len(text)
(True, True, True)
>>> unwrap("Heading\\n2,026\\nshares") == "Heading\\n2,026\\nshares"
True
"""

from __future__ import annotations

import re

__all__ = ["unwrap"]

#: The shortest and longest width of a wrapped text's lines (the longest line's length).
_WIDTHS = (50, 100)
#: How much shorter than the width a wrapped line may be (a long word goes to the next line).
_SLACK = 20
#: The wrapped lines a text needs, at the width, before its breaks are read as spaces.
_LINES = 3
#: A break inside a sentence: a line ending in a word, a number or a comma, and the next
#: line going on in lower case or with a number.
_BREAK = re.compile(r"(?<=[\w,%)])\n(?=[a-z0-9(])")


def unwrap(text: str) -> str:
    """``text`` with each line break of its hard-wrapped lines as a space: a text with three
    lines or more of one width (50 to 100 characters, the longest line's, down to 20 fewer),
    and a break after such a line inside a sentence (the line ends in a word, a number or a
    comma; the next goes on in lower case or with a number); ``text`` itself otherwise."""
    lines = text.split("\n")
    if len(lines) <= _LINES:
        return text
    width = max(map(len, lines))
    if not _WIDTHS[0] <= width <= _WIDTHS[1]:
        return text
    if sum(1 for line in lines if len(line) >= width - _SLACK) < _LINES:
        return text
    out = list(text)
    at = -1
    for line in lines[:-1]:
        at += len(line) + 1  # the break after the line
        if len(line) >= width - _SLACK and _BREAK.match(text, at) is not None:
            out[at] = " "
    joined = "".join(out)
    return text if joined == text else joined
