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


def _read(text: str, locale: str | None) -> list[tuple[str, str | None, str, str | None]]:
    return [(str(q.value), q.unit, q.kind, q.qualifier) for q in extract(text, locale=locale).mentions]


def test_the_traditional_short_name_of_the_taiwan_dollar() -> None:
    """'台幣' (CLDR's zh_Hant name is 新台幣) was no currency name: its bare '元' then read as
    yuan with locale 'zh' - a silent wrong currency."""
    for locale in ("zh", "zh_Hant", "zh_Hant_TW"):
        assert _read("該公司去年營收為台幣2.3兆元。", locale) == [
            ("2300000000000", "TWD", "money", None)], locale
    assert _read("這批設備以美圓3000萬元購入。", "zh_Hant")[0][:2] == ("30000000", "USD")


def test_qualifiers_of_cjk_and_vietnamese_news() -> None:
    assert _read("预计市值突破30兆元。", "zh_Hant_TW")[0][3] == "gt"
    assert _read("全年利润约为120亿元。", "zh") == [("12000000000", "CNY", "money", "approx")]
    assert _read("Doanh thu quý này xấp xỉ 5.400 tỷ đồng.", "vi") == [
        ("5400000000000", "VND", "money", "approx")]
    assert _read("Lợi nhuận cả năm ước đạt 1.200 tỷ đồng.", "vi")[0][3] == "approx"
    assert _read("発行部数は30万部ほどだった。", "ja") == [("300000", "部", "count", "approx")]


def test_months_after_a_classifier_are_a_span_of_time_not_a_count() -> None:
    for text, locale in (("股价创下八个月来新低。", "zh"), ("營收創六個月來新低。", "zh_Hant"),
                         ("出口连续5个月增长。", "zh")):
        assert [q for q in extract(text, locale=locale).mentions if q.kind == "count"] == [], text


def test_counts_of_wafers_and_prefectures() -> None:
    assert _read("新厂月产能将达到8万片。", "zh") == [("80000", "片", "count", None)]
    assert _read("人口が増えたのは12都府県で、減ったのは35道県だった。", "ja") == [
        ("12", "都府県", "count", None), ("35", "道県", "count", None)]
    assert _read("北陸の3県で雪が降った。", "ja") == [("3", "県", "count", None)]


def test_auto_reads_short_chinese_news_as_chinese() -> None:
    """py3langid splits short Chinese between 'zh' and 'wuu' (Wu), which CLDR lacks: neither
    was sure, so locale='auto' read with no locale and the measures after 万 were lost. A
    language CLDR lacks now counts for the CLDR language of the same likely script and
    territory (wuu_Hans_CN -> zh)."""
    from moneyfacts.locales import detect

    for text, expected in (("年末全市常住人口1378万人,比上年末增加12万人。", ("13780000", "人", "count")),
                           ("全年发电量5230亿千瓦时,比上年增长6.8%。", ("523000000000", "kilowatt_hour", "measure"))):
        assert detect(text) == "zh", text
        assert _read(text, "auto")[0][:3] == expected, text


def test_a_numeral_of_parts_after_a_currency_name() -> None:
    """'新台币90亿2千8百万元': the name before a numeral written in parts (digits and 千/百)
    was lost ('元' then refused as CNY or TWD); with no locale the grammar read the numeral's
    last digits alone, '8百万元人民币' as 8 million - a silent wrong value."""
    for locale in ("zh", None, "auto"):
        assert _read("公司本季营业额为新台币57亿3千6百万元,较上季增加。", locale) == [
            ("5736000000", "TWD", "money", None)], locale
        assert _read("该行去年净利润为港币4千2百万元,较前年增长。", locale) == [
            ("42000000", "HKD", "money", None)], locale
    assert _read("公司全年营收为31亿6千5百万元人民币。", None) == [
        ("3165000000", "CNY", "money", None)]


def test_more_than_written_after_the_myriad() -> None:
    """'2000万余元' (more than 20 million yuan) puts 余 after the myriad, as '2000余万元'
    puts it before: both read, with their qualifier (nothing was read before)."""
    assert _read("项目总投资3500万余元。", "zh") == [("35000000", "CNY", "money", "gt")]
    assert _read("外资当日买超2.4万余张,连续三日。", "zh") == [("24000", "张", "count", "gt")]
    assert _read("大会共有1200万余人观看。", "zh") == [("12000000", "人", "count", "gt")]
    assert _read("売上高は350億余円だった。", "ja") == [("35000000000", "JPY", "money", "gt")]


def test_a_name_before_a_trillion_keeps_its_qualifier() -> None:
    """'約新台幣1兆元': 兆 (10¹² in Taiwan's and Japan's copy) was no myriad of the name-before
    rewrite, so the span began at the digits and '約' (about) was lost."""
    q = extract("公司預估全年營收約新台幣2.4兆元。", locale="zh_Hant_TW").mentions
    assert [(str(x.value), x.unit, x.qualifier, x.text) for x in q] == [
        ("2400000000000", "TWD", "approx", "約新台幣2.4兆元")]


def test_the_megawatt_in_traditional_chinese() -> None:
    """'80兆瓦' with zh_Hant read as 80 trillion watts (a silent wrong value, 10¹² too big):
    兆 is zh_Hant's compact marker (CLDR), and zh_Hant's CLDR name for the megawatt is 百萬瓦.
    兆 now builds the megawatt as 千 builds the kilowatt ([cjk prefix]), and a CJK unit
    name longer than the marker is the unit."""
    for locale in ("zh_Hant", "zh_Hant_TW", "zh"):
        assert _read("離岸風場裝置容量達650兆瓦。", locale)[0][:2] == ("650", "megawatt"), locale
    assert _read("該公司營收達3兆元。", "zh_Hant_TW")[0][:2] == ("3000000000000", "TWD")


def test_mega_before_any_derived_si_unit() -> None:
    """'3兆焦耳' with zh_Hant read as 3×10¹² joules (silent wrong value): 兆 built only the
    megawatt, the one mega unit [cldr] lists. CLDR's zh writes 兆 for mega before derived units
    (兆瓦, 兆赫, 兆帕, 兆字节), so 兆 now prefixes any plain derived unit of [cldr] (joule,
    watt); before 米, 克, 吨 it stays the magnitude."""
    for locale in ("zh_Hant", "zh"):
        assert _read("這座儲能站一次可釋放120兆焦耳的電能。", locale)[0][:2] == ("120", "megajoule"), locale
        assert _read("每公斤燃料約含45兆焦耳的熱量。", locale)[0][:2] == ("45", "megajoule"), locale
    assert _read("每公斤燃料約含45兆焦的熱量。", "zh_Hant")[0][:2] == ("45", "megajoule")
    assert _read("一座2千焦耳的電容。", "zh_Hant")[0][:2] == ("2", "kilojoule")
