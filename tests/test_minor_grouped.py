"""The hundredths' pattern grouped by first character matches as the flat alternation does.

:func:`moneyfacts.minor._spellings` writes the [minor] spellings grouped by their first
character (:func:`moneyfacts.minor._by_first`), so that the regex engine skips a group by one
test. The law: for English and for languages with their own sections, the grouped pattern
and the flat one (:func:`moneyfacts.minor._alternation`, as before) give the same match (span
and spelling) on every spelling of the lexicon, spaced, hyphened, in every case, before every
ending the pattern looks at (a letter, a particle glued on, a mark), and on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import minor

LANGUAGES = [None, "nl", "es", "pt", "tr", "ko", "hi", "ro", "de", "fr"]
BEFORE = ["", " ", "\u00a0", "-", "  ", " de ", " DE "]
AFTER = ["", " ", "s", "a", "ы", "로", ".", ",", "x", "-", "ı", "ya", "in", "\u093e", "5"]


@contextmanager
def _flat() -> Iterator[None]:
    grouped = minor._by_first
    minor._by_first = minor._alternation
    try:
        yield
    finally:
        minor._by_first = grouped


def _patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    grouped, values = minor._spellings.__wrapped__(language)
    with _flat():
        flat, _ = minor._spellings.__wrapped__(language)
    assert grouped.pattern != flat.pattern
    return grouped, flat, values


def _same(grouped: re.Pattern[str], flat: re.Pattern[str], text: str) -> None:
    a, b = grouped.match(text), flat.match(text)
    assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_spelling_matches_as_before(language: str | None) -> None:
    grouped, flat, values = _patterns(language)
    for spelling in values:
        for word in {spelling, spelling.replace(" ", "-"), spelling.upper(), spelling.lower(),
                     spelling.title(), spelling[:-1]}:
            for before in BEFORE:
                for after in AFTER:
                    _same(grouped, flat, before + word + after)


_GROUPED_EN, _FLAT_EN, _VALUES_EN = _patterns(None)
_LETTERS = "".join(sorted({c for k in _VALUES_EN for c in k} | set(" -\u00a0.5")))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_LETTERS, max_size=24))
def test_generated_text_matches_as_before(text: str) -> None:
    _same(_GROUPED_EN, _FLAT_EN, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_VALUES_EN)), st.text(alphabet=_LETTERS, max_size=6),
       st.sampled_from(BEFORE))
def test_a_spelling_and_anything_after_it(spelling: str, after: str, before: str) -> None:
    _same(_GROUPED_EN, _FLAT_EN, before + spelling + after)
