"""Issue 21 §5: the lexicon is built by one small reader a source, so that adding a language
or a gazetteer is a data change with a test (these are those tests)."""

from __future__ import annotations

import pytest

from moneyfacts import currencies
from moneyfacts.currencies import _active_codes, _cldr_cjk_names, _lexicon_text, build_lexicon


def test_the_cjk_names_are_read_from_the_locales_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    active = _active_codes()
    monkeypatch.setattr(currencies, "CJK_NAME_LOCALES", ("ja",))
    japanese = _cldr_cjk_names(active)
    assert japanese["米ドル"] == {"USD"} and "美元" not in japanese
    monkeypatch.setattr(currencies, "CJK_NAME_LOCALES", ("ja", "zh"))
    both = _cldr_cjk_names(active)
    assert both["美元"] == {"USD"} and both["米ドル"] == {"USD"}


def test_a_lexicon_line_is_a_reading() -> None:
    base = _lexicon_text()
    extra = base.replace("[dateline]\n", "[dateline]\nTITIPU = JP\n", 1).replace(
        "[currency]\n", "[currency]\nAu$ = AUD\nbucks = {dollar}\n", 1)
    lex = build_lexicon(extra)
    assert lex.datelines["TITIPU"] == "JP"
    assert lex.sign("Au$") is not None and lex.sign("Au$").codes == ("AUD",)  # type: ignore[union-attr]
    assert lex.name("bucks") == "{dollar}"
    assert lex.sign("Au$") is not None and "$" in lex.prefix_ends
    plain = build_lexicon(base)
    assert "TITIPU" not in plain.datelines and plain.sign("Au$") is None


def test_a_bad_code_names_its_line() -> None:
    with pytest.raises(ValueError, match=r"lexicon.txt:2: 'XYZ' is no ISO 4217 code"):
        build_lexicon("[currency]\nzorkmid = XYZ\n")
