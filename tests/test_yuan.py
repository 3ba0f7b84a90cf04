"""A bare 元 in Taiwan, Hong Kong, Macau or Singapore copy is the local dollar, decided by the
script and the places of the text (moneyfacts.yuan), or refused: never the yuan silently.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from babel import Locale

import moneyfacts
from moneyfacts import yuan


def _read(text: str, locale: str | None = None) -> list[tuple[str, str | None, str | None]]:
    found = moneyfacts.extract(text, locale=locale)
    return [(q.text, q.unit, q.assumed) for q in found.mentions]


def test_taiwan_city_reads_twd_and_says_why() -> None:
    [(text, unit, assumed)] = _read("高雄市議會昨天通過明年總預算1,350億元，比今年多出42億元。")[:1]
    assert (text, unit) == ("1,350億元", "TWD")
    assert assumed is not None and "高雄" in assumed


def test_hong_kong_locale_reads_hkd() -> None:
    [(_t, unit, assumed)] = _read("政府決定向每名合資格市民派發消費券5,000元。", "zh_Hant_HK")
    assert unit == "HKD" and "zh_Hant_HK" in (assumed or "")


def test_taiwan_locale_reads_twd() -> None:
    [(_t, unit, assumed)] = _read("這家晶片廠去年淨利為8,000億元。", "zh_Hant_TW")
    assert unit == "TWD" and "zh_Hant_TW" in (assumed or "")


def test_traditional_text_without_place_is_refused_with_the_candidates() -> None:
    found = moneyfacts.extract("這家公司去年營收為1,200億元，創下新高。")
    assert found.mentions == []
    [skipped] = found.skipped
    assert skipped.text == "1,200億元"
    for code in ("TWD", "HKD", "MOP"):
        assert code in skipped.reason


def test_name_on_the_first_figure_carries_to_the_bare_one() -> None:
    read = _read("這家晶片廠第三季營收新台幣7,500億元，較上季增加620億元。")
    assert [(t, u) for t, u, _a in read] == [("新台幣7,500億元", "TWD"), ("620億元", "TWD")]
    assert "新台幣" in (read[1][2] or "")


def test_mainland_copy_is_the_yuan_without_a_note() -> None:
    assert _read("这家车企今年前三季度营收达2,450亿元，同比增长18%。")[:1] == [
        ("2,450亿元", "CNY", None)]


def test_one_mention_of_hong_kong_in_mainland_copy_is_no_hong_kong_dollar() -> None:
    [(_t, unit, assumed)] = _read("该公司计划明年在香港上市，今年营收约300亿元。")
    assert unit == "CNY" and assumed is not None and "simplified" in assumed


def test_japanese_copy_keeps_the_yuan() -> None:
    [(_t, unit, _a)] = _read("台湾の企業が中国で1000万元を投資した。")
    assert unit == "CNY"


def test_callers_setting_stands_without_evidence() -> None:
    found = moneyfacts.extract("這家公司去年營收為1,200億元。",
                               conventions=moneyfacts.Conventions(signs={"元": "TWD"}))
    assert [(q.unit, q.assumed) for q in found.mentions] == [("TWD", "'元' read as TWD (signs['元'])")]


def test_candidates_are_the_territories_with_a_chinese_locale_in_cldr() -> None:
    assert set(yuan.territories()) >= {"CN", "TW", "HK", "MO", "SG"}
    sign = moneyfacts.currencies.lexicon().cjk_names[yuan.SIGN]
    from moneyfacts.evidence import tender

    listed = set(sign.replace("|", " ").split())
    assert listed == {tender(t)[0] for t in yuan.territories()}


def test_script_marks_come_from_cldr() -> None:
    assert yuan.script("臺灣經濟部說，這項計畫的總經費為") == "Hant"
    assert yuan.script("国家发展改革委表示，这项计划的总投资为") == "Hans"


@pytest.mark.parametrize("territory", [t for t in yuan.territories() if t != "CN"])
@pytest.mark.parametrize("ident", ["zh", "zh_Hant"])
def test_a_story_about_a_territory_never_reads_the_yuan_silently(territory: str, ident: str) -> None:
    """For every Chinese-writing territory but the mainland, named as CLDR names it in either
    script, a bare 元 is its own currency with a note, or refused; never a silent CNY."""
    name = Locale.parse(ident).territories[territory]
    text = f"{name}政府週二宣布，{name}明年將撥款50億元興建公共住宅，{name}議會下月表決。"
    found = moneyfacts.extract(text)
    for q in found.mentions:
        if q.text.endswith("億元"):
            assert q.unit != "CNY" or q.assumed is not None
            assert q.unit in ("CNY", *(c for c in [yuan.decide(text)[0]] if c))
    assert found.mentions or found.skipped
