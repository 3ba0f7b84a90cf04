"""lexicon.txt read as plain sections (:func:`lexicon_section`), and a regex's alternatives
built from one (:func:`lexicon_alternation`). This module imports nothing else of moneyfacts,
so the modules below :mod:`moneyfacts.currencies` (:mod:`moneyfacts.numbers`) read their words
from the lexicon too; :mod:`moneyfacts.currencies` builds the whole lexicon on it."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["LEXICON_FILE", "lexicon_text", "lexicon_section", "lexicon_alternation"]

LEXICON_FILE = "lexicon.txt"


def lexicon_text() -> str:
    """The shipped lexicon.txt."""
    return resources.files("moneyfacts").joinpath("data", LEXICON_FILE).read_text("utf-8")


@cache
def _sections_as_named() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every section's '<key> = <value>' lines by the section's exact name ('plural ar'), the
    lines of sections of one name joined in order: the file read once a process."""
    out: dict[str, list[tuple[str, str]]] = {}
    rows: list[tuple[str, str]] | None = None
    for raw in lexicon_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            rows = out.setdefault(" ".join(line[1:-1].split()), [])
        elif rows is not None and "=" in line:
            key, _, value = line.rpartition("=")
            rows.append((key.strip(), value.strip()))
    return {name: tuple(lines) for name, lines in out.items()}


def lexicon_section(name: str) -> tuple[tuple[str, str], ...]:
    """The '<key> = <value>' lines of the lexicon's sections named exactly ``name`` ('plural
    ar', 'minor es'), each side stripped, in order (``_parse_lexicon`` reads a language's
    section into its base one; this reads one alone).

    >>> lexicon_section("change fr") == (), ("by", "change") in lexicon_section("range-change")
    (True, True)
    """
    return _sections_as_named().get(" ".join(name.split()), ())


@cache
def lexicon_alternation(name: str, *values: str, space: str = " ") -> str:
    """The spellings of the lexicon's section ``name`` (read as :func:`lexicon_section` reads
    it) valued one of ``values`` (all of them when none is given), as the alternatives of a
    regex: each escaped, the longest first, a space inside a spelling matching ``space``. A
    module builds its pattern of words from this, so that the words are data.

    >>> lexicon_alternation("list-join", "join"), lexicon_alternation("metres-bracket", space="_")
    ('and|or', 'around|nearly|about|up_to|some|over|to')
    """
    keys = sorted((k for k, v in lexicon_section(name) if not values or v in values),
                  key=len, reverse=True)
    return "|".join(space.join(map(re.escape, k.split(" "))) for k in keys)
