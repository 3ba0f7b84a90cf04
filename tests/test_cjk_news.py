"""CJK and Vietnamese news shapes (issue 21, session 10): amounts, counts and measures written
the way Chinese, Japanese, Korean and Vietnamese business news writes them. The sentences are
our own, in the shapes real news uses."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.currencies import lexicon
from moneyfacts.magnitudes import magnitude

_SETTINGS = settings(max_examples=200, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

#: The CJK magnitudes the lexicon knows ('万', '亿', '萬億', '兆', ...), from its data.
_CJK_MAGNITUDES = sorted(k for k in lexicon().magnitudes
                         if k and all("\u3000" <= c <= "\u9fff" for c in k))
_TAILS = ["", "元", "円", "美元", "日圓", "원", "人", "吨", "。", "以上", " "]


@_SETTINGS
@given(n=st.integers(1, 99999), mag=st.sampled_from(_CJK_MAGNITUDES),
       tail=st.sampled_from(_TAILS), lead=st.sampled_from(["", "收入", "売上高は", "投资约"]),
       cut=st.integers(0, 3))
def test_spans_are_always_inside_the_text(n: int, mag: str, tail: str, lead: str,
                                          cut: int) -> None:
    """A CJK magnitude of one character at the very end of the text ended past it (its
    two-character look-ahead was clipped by the slice and still matched)."""
    text = f"{lead}{n}{mag}{tail}"
    text = text[: len(text) - cut] if cut < len(text) else text
    pos = len(lead) + len(str(n))
    if pos <= len(text):
        end, _, _ = magnitude(text, pos, lexicon())
        assert pos <= end <= len(text), (text, end)
    for locale in ("zh", "ja", "auto", None):
        for q in extract(text, locale=locale).mentions:
            assert 0 <= q.start < q.end <= len(text), (text, locale, q)
            assert text[q.start : q.end] == q.text


def test_a_one_character_magnitude_at_the_end() -> None:
    assert magnitude("5亿", 1, lexicon())[:2] == (2, 8)
    assert magnitude("5万", 1, lexicon())[:2] == (2, 4)
