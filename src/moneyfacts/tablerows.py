"""Stated equivalents in the rows of a table: each row gives one figure in two currencies.

A budget or results table often prints an amount beside its conversion, one column a
currency, with nothing but the cell's border between them (``|``, a tab, or a run of
spaces)::

    | Item      | CFA francs          | Euros          |
    | Roads     | 50 billion CFA francs | €76.2 million |
    | Dams      | 20 billion CFA francs | €30.5 million |

No link word joins the two figures, so the sentence linkers (:mod:`moneyfacts.grammar`,
:mod:`moneyfacts.equivalents`) leave them apart. A row is read as a stated equivalent
(form ``"table"``) only when the table settles it: at least :data:`MIN_ROWS` rows of one
block (lines with no blank line between them) each hold exactly two money amounts, in the
same two currencies in the same order, parted by a cell border alone. The first column is
the original, the second its conversion, as in "X (Y)".

>>> from moneyfacts import extract
>>> rows = ("Spending, 2025\\n"
...         "Health\\tSR 12.1 billion\\t$3.2 billion\\n"
...         "Roads\\tSR 30 billion\\t$8 billion\\n")
>>> [(e.original, e.stated, e.form) for e in extract(rows).equivalences]
[(0, 1, 'table'), (2, 3, 'table')]
>>> extract("Health\\tSR 12.1 billion\\t$3.2 billion").equivalences  # one row: no table
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moneyfacts.models import Equivalence, Quantity

#: Rows a block needs before its pairs are read as conversions: one row alone may be two
#: figures that merely stand side by side.
MIN_ROWS = 2

#: What may part the two cells of a row: spaces and one cell border ('|', a tab, or a run
#: of two spaces or more). Anything else (a word, a comma) is not a table's border.
_BORDER = re.compile(r"[ \u00a0]*(?:\|[ \u00a0\t]*|\t[ \u00a0\t]*| {2,})")


def may_hold_table(text: str) -> bool:
    """Whether ``text`` can hold a table at all (two lines and a cell border): most texts
    stop here.

    >>> may_hold_table("one line | two cells"), may_hold_table("a\\tb\\nc\\td")
    (False, True)
    """
    return "\n" in text and ("|" in text or "\t" in text or "  " in text)


def table_links(text: str, mentions: list[Quantity],
                links: list[Equivalence]) -> list[Equivalence]:
    """The rows of ``text``'s tables as stated equivalents (form ``"table"``), for the money
    amounts no other link has taken."""
    from moneyfacts.models import Equivalence

    used = {i for e in links for i in (e.original, e.stated)}
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    rows: dict[int, tuple[int, int, tuple[str, str]]] = {}
    for ln, idx in _money_by_line(mentions, line_starts).items():
        row = _row(text, mentions, idx, used)
        if row is not None:
            rows[ln] = row
    out: list[Equivalence] = []
    for block in _blocks(text, line_starts, sorted(rows)):
        by_units: dict[tuple[str, str], list[int]] = {}
        for ln in block:
            by_units.setdefault(rows[ln][2], []).append(ln)
        for lines in by_units.values():
            if len(lines) >= MIN_ROWS:
                out += [Equivalence(original=rows[ln][0], stated=rows[ln][1], form="table")
                        for ln in lines]
    return sorted(out, key=lambda e: e.original)


def _money_by_line(mentions: list[Quantity], line_starts: list[int]) -> dict[int, list[int]]:
    """The money mentions of each line (by the line's number), in text order."""
    by_line: dict[int, list[int]] = {}
    line = 0
    for i, q in enumerate(mentions):
        if q.kind != "money" or q.start is None:
            continue
        while line + 1 < len(line_starts) and line_starts[line + 1] <= q.start:
            line += 1
        by_line.setdefault(line, []).append(i)
    return by_line


def _row(text: str, mentions: list[Quantity], idx: list[int],
         used: set[int]) -> tuple[int, int, tuple[str, str]] | None:
    """A line's two amounts as a table row: exactly two, untaken, in two currencies, with
    a figure each, parted by a cell border alone."""
    if len(idx) != 2 or idx[0] in used or idx[1] in used:
        return None
    a, b = mentions[idx[0]], mentions[idx[1]]
    if a.unit == b.unit or not _figured(a) or not _figured(b) or a.end is None or b.start is None:
        return None
    if _BORDER.fullmatch(text, a.end, b.start) is None:
        return None
    return idx[0], idx[1], (a.unit, b.unit)


def _figured(q: Quantity) -> bool:
    return q.value is not None or q.low is not None


def _blocks(text: str, line_starts: list[int], lines: list[int]) -> list[list[int]]:
    """``lines`` grouped by block: two of them are in one block unless a blank line lies
    between them."""
    out: list[list[int]] = []
    for ln in lines:
        if out:
            prev = out[-1][-1]
            between = text[line_starts[prev + 1]: line_starts[ln]] if prev + 1 <= ln else ""
            if not any(not part.strip() for part in between.split("\n")[:-1]):
                out[-1].append(ln)
                continue
        out.append([ln])
    return out
