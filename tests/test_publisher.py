"""Publisher evidence (issue 21 §1): the territory of a page's address or declared language
reads a shared sign the text does not settle, and says so; anything the text says comes first.

Every sentence here is written for these tests, in the shapes of real budget and bank stories.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Conventions, check_many, extract, parse
from moneyfacts.errors import InputError, UnknownTerritoryError
from moneyfacts.pages import article_text, read_page
from moneyfacts.publisher import _sections, territory_of, territory_of_lang, territory_of_url

AU = Conventions(territory="AU", territory_from="address ends .au")
KE = Conventions(territory="KE", territory_from="address ends .ke")

BUDGET = ("The Treasurer will spend $3 billion on energy bill relief, including $300 for "
          "every household, and $1.2 billion over four years on cheaper medicines.")
BANK = "The lender's net profit rose to Sh9.8 billion from Sh8.1 billion a year earlier."


def readings(text: str, conv: Conventions | None = None) -> list[tuple[str, str | None, str | None]]:
    r = extract(text, conventions=conv)
    return [(m.text, m.unit, m.assumed) for m in r.mentions] + [
        (s.text, None, s.reason) for s in r.skipped]


# ---------------------------------------------------------------------------- the territory

@pytest.mark.parametrize("url, territory", [
    ("https://www.abc.net.au/news/2024-05-14/budget", "AU"),
    ("https://www.perthnow.com.au/politics/x", "AU"),
    ("https://nation.co.ke/business/x", "KE"),
    ("http://www.thehindu.co.in/x", "IN"),
    ("https://www.bbc.co.uk/news/business", "GB"),
    ("https://www.dawn.com.pk/x", "PK"),
    ("https://punchng.com.ng/x", "NG"),
    ("https://www.cbc.ca/news", "CA"),
    ("https://www.treasury.gov/x", "US"),
    ("WWW.NEWS.CO.ZA/path", "ZA"),
])
def test_a_country_code_domain_names_the_territory(url: str, territory: str) -> None:
    found = territory_of_url(url)
    assert found is not None and found[0] == territory
    assert found[1].startswith("address ends .")


@pytest.mark.parametrize("url", [
    "https://www.businessdailyafrica.com/x", "https://markets.example.io/a",
    "https://news.example.tv/a", "https://t.co/abc", "https://about.example.me/",
    "https://europa.eu/x", "https://old.example.su/", "https://127.0.0.1/x",
    "https://localhost/x", "", "not a url at all", "https://example.news/x",
])
def test_generic_and_marketed_domains_name_nothing(url: str) -> None:
    assert territory_of_url(url) is None


def test_the_generic_list_is_data_with_a_reason_each() -> None:
    data = _sections()
    assert {"io", "tv", "co", "me"} <= set(data["generic"])
    assert all(len(k) == 2 and v for k, v in data["generic"].items())
    assert data["domain"]["uk"] == "GB"


def test_declared_language_territory_and_the_address_first() -> None:
    assert territory_of_lang("en-AU") == ("AU", "the page's language en-AU")
    assert territory_of_lang("en_KE", "og:locale") == ("KE", "og:locale en_KE")
    assert territory_of_lang("zh-Hant-HK")[0] == "HK"  # type: ignore[index]
    assert territory_of_lang("es-419") is None and territory_of_lang("en") is None
    assert territory_of(url="https://example.com/", og_locale="en_NZ", lang="en-US")[0] == "NZ"  # type: ignore[index]
    # a template's lang="en-US" on a Kenyan address: the address says more
    assert territory_of(url="https://nation.co.ke/x", lang="en-US")[0] == "KE"  # type: ignore[index]


def test_conventions_territory_is_validated_with_a_typed_error() -> None:
    assert Conventions(territory="ke").territory == "KE"
    with pytest.raises(UnknownTerritoryError, match="'Kenya'"):
        Conventions(territory="Kenya")
    with pytest.raises(UnknownTerritoryError):
        Conventions(territory="EU")  # no country
    with pytest.raises(InputError):
        Conventions(territory="AU", territory_from=5)  # type: ignore[arg-type]
    assert issubclass(UnknownTerritoryError, InputError)


# ---------------------------------------------------------------------------- the resolver

def test_a_bare_dollar_with_no_place_is_the_publishers_and_says_so() -> None:
    got = readings(BUDGET, AU)
    assert [u for _, u, _ in got] == ["AUD", "AUD", "AUD"]
    assert got[0][2] == "'$' read as AUD: the publisher's territory AU (address ends .au)"
    assert [u for _, u, _ in readings(BUDGET)] == ["USD", "USD", "USD"]  # without it: as before


def test_a_story_that_names_the_territory_weakly_is_read_not_refused() -> None:
    # Named by its cities only (no country, people or state): refused from the text alone,
    # read with the publisher's territory.
    text = ("Families in Brisbane will receive $300 in power bill relief, the treasurer "
            "said in Brisbane.")
    assert readings(text)[0][1] is None  # refused: the local dollar or the US one
    (_, unit, note), = readings(text, AU)
    assert unit == "AUD" and "the publisher's territory AU" in note and "'Brisbane'" in note


def test_a_shared_sign_with_no_place_is_the_publishers() -> None:
    got = readings(BANK, KE)
    assert [u for _, u, _ in got] == ["KES", "KES"]
    assert "the publisher's territory KE (address ends .ke)" in got[0][2]
    assert "newsroom default" in readings(BANK)[0][2]  # without it: the default, as before
    rupees = readings("Sales rose to Rs 4,200 crore in the quarter.",
                      Conventions(territory="PK", territory_from="address ends .pk"))
    assert rupees[0][1] == "PKR" and "publisher's territory PK" in rupees[0][2]


def test_a_place_in_the_text_outweighs_the_publisher() -> None:
    text = "The Kampala lender's net profit rose to Sh98 billion in Uganda last year."
    (_, unit, note), = readings(text, KE)
    assert unit == "UGX" and "publisher" not in note


def test_several_territories_named_stay_refused() -> None:
    text = ("The group, which operates in Kenya, Tanzania and Uganda, reported "
            "a profit of Sh9.8 billion.")
    (_, unit, reason), = readings(text, KE)
    assert unit is None and "several of its currencies" in reason


def test_agency_copy_and_a_dateline_elsewhere_keep_the_us_dollar() -> None:
    for text in ("WASHINGTON (Reuters) - Congress approved $5 billion for ports on Tuesday.",
                 "Exports rose $2 billion, Reuters reported, as demand recovered."):
        (_, unit, note), = readings(text, AU)
        assert unit == "USD" and "publisher" not in (note or "")


def test_a_story_about_another_country_is_not_the_publishers_dollar() -> None:
    china = "Beijing said Chinese steel mills in Shanghai and Tianjin would invest $4 billion."
    assert readings(china, AU)[0][1] == "USD"
    canada = "Ottawa said Canada would spend $4 billion on the Ontario rail link."
    (_, unit, _), = readings(canada, AU)
    assert unit != "AUD"
    us = "The U.S. Treasury in Washington said $4 billion was set aside."
    assert readings(us, AU)[0][1] == "USD"


def test_the_local_dollar_prefixed_elsewhere_leaves_the_bare_one() -> None:
    text = "The miner raised A$500 million and spent $120 million on a new mill."
    assert [u for _, u, _ in readings(text, AU)] == ["AUD", "USD"]


def test_a_stated_equivalent_of_another_currency_stays_the_us_dollar() -> None:
    # agency copy on a Canadian site: '$' states the US-dollar equivalent of another currency
    ca = Conventions(territory="CA", territory_from="address ends .ca")
    for text in ("The steelworks were sold in a 60 million-pound ($77 million) deal.",
                 "Lawmakers approved a 48 billion rand ($3.1 billion) bailout.",
                 "The plant costs over VND5.1 trillion (nearly $201 million)."):
        assert readings(text, ca)[-1][1] == "USD", text
    assert readings("The province will spend $4 billion ($3 billion last year).", ca)[0][1] == "CAD"


def test_the_territorys_own_dollar_sign_only() -> None:
    # vi_VN writes VND '₫' and pt_BR writes BRL 'R$': a bare '$' there is no local currency
    for territory in ("VN", "BR", "TW"):
        assert readings("Exports rose to $4 billion in the year.",
                        Conventions(territory=territory))[0][1] == "USD"


def test_us_dollar_beside_and_the_publisher() -> None:
    (a, unit, note), (_, other, _) = readings("The miner raised $5bn (US$3.4bn) in the year.", AU)
    assert unit == "AUD" and other == "USD" and "'US$' beside it" in note


def test_the_callers_own_word_comes_first() -> None:
    conv = Conventions(territory="KE", signs={"Sh": "TZS"})
    assert readings(BANK, conv)[0][1] == "TZS"
    assert [u for _, u, _ in readings(BUDGET, Conventions(territory="AU", dollar="NZD"))] == [
        "NZD"] * 3
    assert parse("$5bn", conventions=AU).unit == "AUD"


# A law: a place named in the text always outweighs the publisher's territory. Places of the
# three shilling territories and of the dollar territories, as news writes them.
_SHILLING_PLACES = {"KE": ["Kenya", "Nairobi", "Kenyan"], "TZ": ["Tanzania", "Dar es Salaam",
                    "Tanzanian"], "UG": ["Uganda", "Kampala", "Ugandan"]}
_DOLLAR_PLACES = {"AU": ["Australia", "Sydney"], "NZ": ["New Zealand", "Auckland"],
                  "CA": ["Canada", "Toronto"], "US": ["the United States", "Chicago"]}
_CODES = {"KE": "KES", "TZ": "TZS", "UG": "UGX", "AU": "AUD", "NZ": "NZD", "CA": "CAD",
          "US": "USD"}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(_SHILLING_PLACES)), st.sampled_from(sorted(_SHILLING_PLACES)),
       st.data())
def test_law_a_named_place_outweighs_the_publisher_shilling(
        publisher: str, named: str, data: st.DataObject) -> None:
    place = data.draw(st.sampled_from(_SHILLING_PLACES[named]))
    text = f"A lender based in {place} said its profit rose to Sh4.5 billion."
    r = extract(text, conventions=Conventions(territory=publisher))
    units = [m.unit for m in r.mentions]
    assert units in ([_CODES[named]], [])  # the place's currency, or refused
    if publisher != named:
        assert _CODES[publisher] not in units


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["AU", "NZ", "CA"]), st.sampled_from(sorted(_DOLLAR_PLACES)), st.data())
def test_law_a_named_place_outweighs_the_publisher_dollar(
        publisher: str, named: str, data: st.DataObject) -> None:
    place = data.draw(st.sampled_from(_DOLLAR_PLACES[named]))
    text = f"Officials in {place} said the programme would cost $2.5 billion over four years."
    r = extract(text, conventions=Conventions(territory=publisher))
    if publisher != named:
        assert all(m.unit != _CODES[publisher] for m in r.mentions)


# ---------------------------------------------------------------------------- pages and rows

def _page(lang: str = "", og: str = "") -> bytes:
    meta = f'<meta property="og:locale" content="{og}">' if og else ""
    return (f'<html{f" lang={lang!r}" if lang else ""}><head><title>Budget</title>{meta}</head>'
            f"<body><article><p>{BUDGET}</p><p>Pensioners will also receive a one-off payment "
            "next month, the government said on Tuesday night.</p></article></body></html>"
            ).encode()


def test_a_page_records_its_territory_and_the_reading_follows() -> None:
    page = read_page(_page(lang="en-AU"))
    assert page.territory == ("AU", "the page's language en-AU")
    assert page.meta["territory"] == "AU"
    assert read_page(_page(og="en_NZ"), url="https://www.stuff.co.nz/a").territory == (
        "NZ", "address ends .nz")
    assert read_page(_page()).territory is None
    text, _, meta = article_text(_page(lang="en-AU").decode(), "2024-05-14")
    r = extract(text, conventions=Conventions(territory=meta["territory"],
                                              territory_from=meta["territory_from"]))
    assert {m.unit for m in r.mentions} == {"AUD"}


def test_batch_records_take_a_url_or_a_territory() -> None:
    out = list(check_many([
        {"id": 1, "text": BUDGET, "date": "2024-05-14", "url": "https://www.abc.net.au/n"},
        {"id": 2, "text": BANK, "date": "2024-05-14", "territory": "KE"},
        {"id": 3, "text": BANK, "date": "2024-05-14", "territory": "Kenya"},
        {"id": 4, "text": BUDGET, "date": "2024-05-14", "url": "https://example.io/n"},
        {"id": 5, "text": _page(lang="en-AU").decode(), "date": "2024-05-14"},
    ]))
    units = [r.report and {m.unit for m in r.report.mentions} for r in out]
    assert units[0] == {"AUD"} and units[1] == {"KES"} and units[3] == {"USD"}
    assert units[4] == {"AUD"} and out[4].report.meta["territory_from"] == "the page's language en-AU"
    assert out[2].status == "error" and out[2].error.type == "UnknownTerritoryError"


def test_frames_take_territory_and_url_columns() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from moneyfacts.frames import mentions

    df = pd.DataFrame({"id": [1, 2, 3, 4], "text": [BUDGET] * 4, "date": ["2024-05-14"] * 4,
                       "url": ["https://abc.net.au/x", None, "https://x.com/a", None],
                       "terr": [None, "NZ", None, "Narnia"]})
    m = mentions(df, id="id", per_row={"url": "url", "territory": "terr"})
    # (built by hand: pandas 3's groupby().agg turns a set a lambda returns into a list)
    by = {i: set(m[m["id"] == i]["unit"].dropna()) for i in (1, 2, 3, 4)}
    assert by[1] == {"AUD"} and by[2] == {"NZD"} and by[3] == {"USD"} and by[4] == set()
    assert m[m["id"] == 4]["error"].iloc[0].startswith("unknown territory 'Narnia'")


def test_cli_territory_flag_and_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from moneyfacts.cli import main

    art = tmp_path / "a.txt"
    art.write_text(f"---\ndate: 2024-05-14\n---\n{BUDGET}\n")
    assert main(["extract", "--json", "--territory", "au", str(art)]) == 0
    units = {m["unit"] for m in json.loads(capsys.readouterr().out)["mentions"]}
    assert units == {"AUD"}
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--territory", "Narnia", str(art)])
    assert exc.value.code == 2 and "ISO 3166-1" in capsys.readouterr().err
    fm = tmp_path / "b.txt"
    fm.write_text(f"---\ndate: 2024-05-14\nurl: https://nation.co.ke/b\n---\n{BANK}\n")
    assert main(["extract", "--json", str(fm)]) == 0
    assert {m["unit"] for m in json.loads(capsys.readouterr().out)["mentions"]} == {"KES"}
    page = tmp_path / "p.html.gz"
    page.write_bytes(gzip.compress(_page(lang="en-AU")))
    main(["check", "--json", str(page)])
    out = capsys.readouterr().out
    assert "the publisher's territory AU" in out


# ------------------------------------------- ISO 3166-2 subdivisions as places (issue 21 §1)

@pytest.mark.parametrize("text, unit, place", [
    ("Maharashtra will spend Rs 4,000 crore on new roads.", "INR", "Maharashtra"),
    ("The Mombasa port authority made Sh4 billion last year.", "KES", "Mombasa"),
    ("Sindh approved Rs 90 billion for irrigation canals.", "PKR", "Sindh"),
    ("The Lagos state budget sets aside N1.2 trillion for transport.", "NGN", None),
])
def test_a_subdivision_names_its_country(text: str, unit: str, place: str | None) -> None:
    (_, got, note), = readings(text)
    assert got == unit
    if place is not None:
        assert f"'{place}' in the text" in note


@pytest.mark.parametrize("text, unit", [
    # a region of Jamaica named like England's city
    ("Manchester United agreed the fee. In Manchester, fans said the club in Manchester "
     "had paid $100 million.", "USD"),
    # South Sudan's 'Lakes' state, Nigeria's 'Rivers': plurals of English words
    ("The Midlands plant will cost £40 million, and Lakes District rates rose.", "GBP"),
    ("Rivers burst their banks; the repair bill is put at Sh4 billion.", "KES"),
])
def test_a_subdivision_named_like_a_word_or_a_city_elsewhere_moves_nothing(
        text: str, unit: str) -> None:
    (_, got, note), = readings(text)
    assert got == unit and "in the text" not in (note or "")


def test_subdivision_codes_are_not_names() -> None:
    from moneyfacts.evidence import gazetteer

    phrases = gazetteer("en").phrases
    assert phrases["New South Wales"] == ("AU", "region")
    assert "NSW" not in phrases and "CNN" not in phrases and "IDF" not in phrases


# ------------------------------- several territories: a list of places is a footprint (§3)

def test_places_only_in_a_list_are_a_footprint_not_the_story() -> None:
    text = ("Kenya's largest lender, with operations in Tanzania, Uganda, Rwanda and Burundi, "
            "made a profit of Sh9.8 billion, the Nairobi-listed bank said.")
    (_, unit, note), = readings(text)
    assert unit == "KES"
    assert note == ("'Sh' read as KES: 'Kenya' and 'Nairobi' in the text; 'Tanzania', 'Uganda' "
                    "only in a list of places (a footprint)")
    uganda = ("Uganda will spend Sh4 trillion next year, the Kampala ministry said, as trade "
              "with Kenya, Tanzania and Rwanda grew.")
    assert readings(uganda)[0][1] == "UGX"


def test_a_list_alone_or_two_places_stay_refused() -> None:
    for text in ("Fuel prices in Kenya, Uganda and Tanzania rose by Sh5 a litre.",
                 "Traders in Kenya and Uganda said the levy was Sh5 billion."):
        got = [u for t, u, _ in readings(text) if t.startswith("Sh")]
        assert got == [None], text
    # and the publisher does not settle what the text leaves in conflict
    assert [u for t, u, _ in readings("Traders in Kenya and Uganda said the levy was "
                                      "Sh5 billion.", KE) if t.startswith("Sh")] == [None]


def test_a_warc_page_takes_its_target_address(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from warcs import response, write

    from moneyfacts.warc import rows

    path = write(tmp_path / "a.warc.gz", [
        response("https://www.abc.net.au/news/budget", _page()),
        response("https://www.example.com/news/budget", _page())])
    recs = list(rows(str(path)))
    units = [{m["unit"] for m in r["report"]["mentions"]} for r in recs]
    assert units == [{"AUD"}, {"USD"}]
    assert recs[0]["report"]["meta"]["territory_from"] == "address ends .au"


@pytest.mark.parametrize("text, territory, locale, unit", [
    ("The fine was 20 million pounds.", "EG", None, "EGP"),
    ("The deficit was 2 billion rials.", "OM", None, "OMR"),
    ("The port cost Rs 20 million.", "LK", None, "LKR"),
    ("The company raised ¥5 billion in the offering.", "CN", None, "CNY"),
    ("El gobierno gastará $5 millones en escuelas.", "MX", "es", "MXN"),
    ("Le gouvernement dépensera 5 millions de dollars.", "CA", "fr", "CAD"),
])
def test_the_territorys_currency_among_the_candidates(text: str, territory: str,
                                                       locale: str | None, unit: str) -> None:
    conv = Conventions(territory=territory, locale=locale)
    (_, got, note), = readings(text, conv)
    assert got == unit and f"the publisher's territory {territory} (territory='{territory}')" in note
    (_, before, _), = readings(text, Conventions(locale=locale))
    assert before != unit


def test_cli_check_prints_the_publisher_and_batch_takes_the_flag(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from moneyfacts.cli import main

    page = tmp_path / "p.html"
    page.write_bytes(_page(lang="en-AU").replace(
        b"</article>", b"<p>The miner also paid 40 billion yuan ($5.5 billion) for ore, its "
        b"chief executive told reporters.</p></article>"))
    main(["check", "--date", "2025-01-22", str(page)])
    assert "publisher: AU (the page's language en-AU)" in capsys.readouterr().out
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": 1, "date": "2024-05-14", "text": BUDGET}) + "\n")
    assert main(["check", "--jsonl", str(records), "--territory", "AU"]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    assert {m["unit"] for m in rec["report"]["mentions"]} == {"AUD"}


_RUPEE_TERRITORIES = ["IN", "PK", "LK", "NP", "MU", "SC"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_RUPEE_TERRITORIES), st.sampled_from(_RUPEE_TERRITORIES))
def test_law_a_named_country_outweighs_the_publisher_rupee(publisher: str, named: str) -> None:
    # the country as CLDR names it in English, and its currency on no date (today's)
    from babel import Locale

    from moneyfacts.evidence import tender

    country = Locale("en").territories[named]
    text = f"The government of {country} said the new port would cost Rs 40 billion."
    r = extract(text, conventions=Conventions(territory=publisher))
    units = [m.unit for m in r.mentions]
    assert units in ([tender(named)[0]], [])
    if publisher != named:
        assert tender(publisher)[0] not in units
