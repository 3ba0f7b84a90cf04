"""Issue 21 §1: silent wrong currencies the session-9 sweep still knew, and a sweep over dates.

A sign is read as the currency the text's places had ON THE ARTICLE'S DATE (CLDR's dated
tender data), including currencies CLDR gives no symbol of the sign: '£' in a Dublin story of
1995 is the Irish pound. Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from moneyfacts import Conventions, extract
from moneyfacts.yuan import decide as yuan


def _read(text: str, **kw: object) -> tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str]]]:
    found = extract(text, **kw)  # type: ignore[arg-type]
    return ([(m.text, m.unit, m.assumed) for m in found.mentions if m.kind == "money"],
            [(s.text, s.reason) for s in found.skipped])


IRISH = ("Dublin Corporation will spend £40 million on new housing, the Irish government said, "
         "and a pint of stout will rise by 5p in Cork pubs.")
IN_1995 = Conventions(date=dt.date(1995, 6, 1))


def test_pounds_and_pence_in_an_irish_story_of_1995_are_irish() -> None:
    read, skipped = _read(IRISH, conventions=IN_1995)
    assert not skipped
    assert [(t, u) for t, u, _ in read] == [("£40 million", "IEP"), ("5p", "IEP")]
    assert read[0][2] == "'£' read as IEP: 'Irish' and 'Dublin' in the text"
    assert read[1][2] is not None and read[1][2].startswith("'p' read as IEP")


def test_spelled_pounds_in_an_irish_story_of_1995_are_irish() -> None:
    read, _ = _read("The Irish government in Dublin will spend 40 million pounds.",
                    conventions=IN_1995)
    assert [u for _, u, _ in read] == ["IEP"]


def test_british_and_irish_evidence_together_is_refused() -> None:
    read, skipped = _read("In London and Dublin, the British and Irish governments will "
                          "spend £40 million.", conventions=IN_1995)
    assert read == []
    assert skipped[0][0] == "£40 million" and "GBP" in skipped[0][1] and "IEP" in skipped[0][1]


def test_after_the_euro_an_irish_story_has_no_pound_of_its_own() -> None:
    # In 2005 Ireland's currency is the euro: '£' stays sterling, with the note saying so.
    read, _ = _read(IRISH, conventions=Conventions(date=dt.date(2005, 6, 1)))
    assert [u for _, u, _ in read] == ["GBP", "GBP"]
    assert read[0][2] is not None and "newsroom default" in read[0][2]


def test_london_pence_stay_sterling_in_1995() -> None:
    read, _ = _read("Shares in London rose 5p to 120p.", conventions=IN_1995)
    assert {u for _, u, _ in read} == {"GBP"}


def test_a_hong_kong_government_text_in_simplified_characters() -> None:
    # CLDR writes simplified Chinese in Hong Kong and Macau too (zh_Hans_HK, zh_Hans_MO):
    # naming Hong Kong, the script no longer outweighs it; '特别行政区', the end CLDR's
    # names of both share, names one of them.
    assert yuan("香港特别行政区政府拨款50亿元，用于香港的房屋建设，香港市民受惠。")[0] == "HKD"
    code, note, among = yuan("特别行政区政府今年拨款50亿元用于房屋建设。")
    assert code is None and set(among) == {"CNY", "HKD", "MOP"}
    assert yuan("公司今年营收1200亿元。") == ("CNY", None, ())
    assert yuan("北京市政府今年拨款50亿元，香港也有。")[0] == "CNY"


def test_a_spanish_dollar_in_a_text_that_names_pesos_only_in_prose() -> None:
    # es_MX, es_CO, es_AR... write their pesos '$': with 'pesos' named and no place, the '$'
    # is as likely theirs as the US dollar: refused, not read as USD.
    for locale in ("es", "auto"):
        read, skipped = _read("La petrolera invertirá $770 millones en la refinería; el peso "
                              "se depreció frente a otras monedas.", locale=locale)
        assert read == []
        assert "MXN" in skipped[0][1] and "USD" in skipped[0][1]
    read, _ = _read("El gobierno de México invertirá $770 millones en la refinería.", locale="es")
    assert [u for _, u, _ in read] == ["MXN"]


@pytest.mark.parametrize("text,unit", [
    ("Die Regierung in Damaskus zahlte 500 Milliarden syrische Pfund an Beamte.", "SYP"),
    ("Ein Kilo Brot kostet in Beirut jetzt 50.000 libanesische Pfund.", "LBP"),
])
def test_syrian_and_lebanese_pounds_in_german(text: str, unit: str) -> None:
    read, _ = _read(text, locale="de")
    assert [u for _, u, _ in read] == [unit]


# ------------------------------------------------------------- the CLDR-wide sweep over dates

DATES = (dt.date(1985, 6, 1), dt.date(1995, 6, 1), dt.date(2005, 6, 1))


def _dated_cases() -> list[tuple[dt.date, str, str, str, tuple[str, ...]]]:
    """(date, territory, place, text, the territory's tender then) for every territory whose
    currency on one of DATES is no longer tender (francs in France in 1995, lire in Italy,
    pesetas, Irish pounds, Soviet roubles...), in the story of test_currency_identity_cldr,
    with the currency's plural noun from CLDR ('500 million francs')."""
    import re

    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    from test_currency_identity_cldr import _english_places

    en = Locale("en")
    out = []
    for date in DATES:
        for territory in sorted(en.territories):
            if len(territory) != 2 or not territory.isalpha():
                continue
            try:
                then = tuple(get_territory_currencies(territory, date, date, tender=True))
                now = tuple(get_territory_currencies(territory, dt.date(2024, 6, 1),
                                                     dt.date(2024, 6, 1), tender=True))
            except Exception:  # a territory babel cannot date
                continue
            for code in then:
                words = re.sub(r"\s*\(.*?\)", "", get_currency_name(code, count=2, locale=en)).split()
                if code in now or not words:
                    continue
                for place in _english_places(territory, now[0] if now else code)[:2]:
                    text = (f"Officials in {place} said spending on roads would reach "
                            f"500 million {words[-1]} next year.")
                    out.append((date, territory, place, text, then))
    out += [(dt.date(1995, 6, 1), "IE", place, f"Officials in {place} said spending on roads "
             "would reach £500 million next year.", ("IEP",)) for place in ("Ireland", "Dublin")]
    return out


def test_a_story_of_a_past_date_reads_that_dates_currency_or_refuses() -> None:
    cases = _dated_cases()
    assert len(cases) > 100
    assert {("FR", dt.date(1995, 6, 1)), ("DE", dt.date(1995, 6, 1)), ("IT", dt.date(1995, 6, 1)),
            ("ES", dt.date(1995, 6, 1))} <= {(t, d) for d, t, _, _, _ in cases}
    bad = []
    for date, territory, place, text, then in cases:
        for m in extract(text, conventions=Conventions(date=date)).mentions:
            if m.kind != "money" or m.unit in then:
                continue
            if m.assumed is not None and "(dollar=" in m.assumed:
                continue  # 'dollars' are the caller's dollar by design (issue 21 §1)
            bad.append(f"{date} {territory} {text!r}: {m.unit} ({m.assumed})")
    assert bad == []
