"""Session 17, local English-language press where signs are shared: Hong Kong's own '$' and
one-letter signs spaced from their amount.

* Hong Kong's government and press write a bare '$' for the Hong Kong dollar. CLDR's English
  locale for Hong Kong marks every dollar with letters, its own and the US one alike ('HK$',
  'US$'), so a bare '$' there is never the US dollar: Hong Kong joins the dollar territories
  whose places settle a bare '$' (read ``assumed``, naming them), as Australia's or Jamaica's
  do; a text that also writes 'HK$' keeps its bare '$' as before.
* A one-letter sign written one space before an amount of millions ('(P 7.7 billion)', 'paid
  K 300 million') is money, as 'R 6 billion' was: the letter of any one-letter sign, where no
  capitalised word comes right before it ('Model S 5 million' is a name's letter).

Every text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import get_territory_currencies
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Conventions, extract
from moneyfacts.currencies import lexicon
from moneyfacts.resolve import _marked_dollars, _named_dollars


def _money(text: str, date: str = "2021-06-01") -> list[tuple[str | None, Decimal | None, str | None]]:
    ex = extract(text, conventions=Conventions(date=date))
    return [(m.unit, m.value, m.assumed) for m in ex.mentions if m.kind == "money"]


# ---------------------------------------------------------------- Hong Kong's own '$'


def test_a_bare_dollar_in_hong_kong_copy_is_its_dollar_and_says_why() -> None:
    text = ("Hong Kong will give every adult resident $5,000 in vouchers, and the scheme is "
            "to cost about $36 billion, the Financial Secretary said.")
    got = _money(text)
    assert [(u, v) for u, v, _ in got] == [("HKD", Decimal("5000")), ("HKD", Decimal("36000000000"))]
    assert all(a is not None and "Hong Kong" in a for _, _, a in got)


def test_hong_kong_copy_that_prefixes_its_dollar_keeps_the_bare_sign_as_before() -> None:
    # the writer marks the local dollar ('HK$'), so the bare '$' is no Hong Kong dollar
    got = _money("Hong Kong's exchange saw HK$80 billion traded while $3 billion of bonds left.")
    assert got[0][:2] == ("HKD", Decimal("80000000000"))
    assert got[1][0] != "HKD"


def test_a_dollar_story_naming_no_place_is_untouched() -> None:
    assert [u for u, _, _ in _money("The fund raised $4 billion from investors.")] == ["USD"]


def test_marked_dollars_are_cldr_locales_marking_every_dollar() -> None:
    # Data, not a list: an English locale whose US dollar is not '$' and whose own dollar is
    # letters and '$'; of those, only currencies named 'dollar' settle a bare '$'.
    for code in _marked_dollars("en"):
        territories = [t for t in ("HK", "MO", "TO", "WS") if code in get_territory_currencies(
            t, tender=True)]
        assert territories
        symbols = Locale.parse(f"en_{territories[0]}").currency_symbols
        assert symbols["USD"] != "$" and symbols[code].endswith("$") and symbols[code] != "$"
    assert "HKD" in _named_dollars("en")
    assert not {"MOP", "TOP", "WST"} & _named_dollars("en")  # pataca, pa'anga, tala


# ---------------------------------------------------------------- a letter spaced from millions


def test_one_letter_signs_spaced_before_millions_are_money() -> None:
    got = _money("Gaborone's plan gives health (P 7.7 billion) and roads (P 2.1 billion) the most.")
    assert [(u, v) for u, v, _ in got] == [("BWP", Decimal("7700000000")), ("BWP", Decimal("2100000000"))]
    got = _money("Lilongwe paid K 300 million to clear the arrears, Malawi's treasury said.")
    assert [(u, v) for u, v, _ in got] == [("MWK", Decimal("300000000"))]


def test_a_letter_after_a_capitalised_word_or_before_a_small_number_is_no_sign() -> None:
    for text in ("The Model S 5 million milestone came in March.",
                 "The carmaker's Series E 2 billion round closed.",
                 "Gaborone pupils got P 200 each."):
        assert _money(text) == [], text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(k for k in lexicon().signs if len(k) == 1 and "A" <= k <= "Z")),
       st.integers(min_value=2, max_value=999), st.sampled_from(["million", "billion", "bn"]))
def test_law_a_spaced_capital_letter_reads_as_glued_before_millions(letter: str, n: int, mag: str) -> None:
    # Spaced or glued, a one-letter sign before an amount of millions reads the same: same
    # value, same currency or the same refusal.
    def reading(text: str) -> tuple[object, ...]:
        ex = extract(text, conventions=Conventions(date="2021-06-01"))
        money = [(m.unit, m.value) for m in ex.mentions if m.kind == "money"]
        return tuple(money) or tuple(s.reason.replace(f"{letter} {n}", f"{letter}{n}") for s in ex.skipped)

    spaced = reading(f"the council was paid {letter} {n} {mag} this year.")
    glued = reading(f"the council was paid {letter}{n} {mag} this year.")
    assert spaced == glued


# ---------------------------------------------------------------- places after amounts, firms' branches


def test_a_place_right_after_an_amount_is_a_place_not_a_surname() -> None:
    # A capitalised word holding digits (an amount with its sign, a model) is no given name:
    # the place after it counts ('P88.5-million Cebu City Hall' names Cebu).
    from moneyfacts.evidence import places

    assert [c.phrase for c in places("It listed a P88.5-million Cebu City Hall annex.")] == ["Cebu City"]
    assert places("Coach Michael Jordan spoke.") == []  # a name stays a name
    got = _money("The audit flagged a P88.5-million Cebu City Hall annex and a P12 million bridge.")
    assert [u for u, _, _ in got] == ["PHP", "PHP"]


def test_a_country_before_a_firms_legal_form_places_the_story() -> None:
    from moneyfacts.evidence import places

    clues = places("The tender went to Kalahari Works Botswana Pty (Ltd) last week.")
    assert [(c.phrase, c.kind) for c in clues] == [("Botswana", "inside")]
    got = _money("The tender went to Kalahari Works Botswana Pty (Ltd) for P45 million.")
    assert [(u, v) for u, v, _ in got] == [("BWP", Decimal("45000000"))]
    assert places("Kalahari Works Botswana said so.") == []  # no legal form: a name's word


# ---------------------------------------------------------------- the word 'dollars', 'US dollars'


def test_the_bare_word_dollars_reads_as_the_sign_does_in_a_territorys_story() -> None:
    text = "Barbados tabled a budget of 3.1 billion dollars, its finance minister said in Bridgetown."
    [(unit, value, assumed)] = _money(text)
    assert (unit, value) == ("BBD", Decimal("3100000000"))
    assert assumed is not None and "Barbados" in assumed
    assert [u for u, _, _ in _money("The carmaker earned 3 billion dollars last year.")] == ["USD"]


def test_us_dollars_written_out_stay_us_dollars_in_a_dollar_territorys_story() -> None:
    # 'US' is a word of the US dollar's name however short: with the article's date, the
    # namesakes of a bare 'dollars' were weighed for 'US dollars' too (read as the local one).
    for text in ("Barbados borrowed 40 million US dollars from the lender.",
                 "Barbados borrowed 40 million U.S. dollars from the lender."):
        assert [(u, a) for u, _, a in _money(text)] == [("USD", None)], text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Jamaica", "Barbados", "Fiji", "Canada", "Guyana", "Namibia"]),
       st.sampled_from(["US dollars", "U.S. dollars", "United States dollars"]),
       st.dates(min_value=__import__("datetime").date(2005, 1, 1),
                max_value=__import__("datetime").date(2025, 12, 31)))
def test_law_us_dollars_by_name_are_usd_whatever_the_places_and_date(place: str, name: str, day: object) -> None:
    ex = extract(f"{place} received 25 million {name} in aid.", conventions=Conventions(date=str(day)))
    assert [m.unit for m in ex.mentions if m.kind == "money"] == ["USD"]


# ---------------------------------------------------------------- the publisher breaks a tie


def test_the_publisher_breaks_a_tie_among_places_the_text_names() -> None:
    from moneyfacts.publisher import territory_of

    text = "Ugandan traders lost Shs40 billion when Kenya and Tanzania closed the border posts."
    assert [s.reason for s in extract(text, conventions=Conventions(date="2022-03-01")).skipped]
    conv = Conventions(date="2022-03-01").with_territory(territory_of(url="https://news.example.ug/a"))
    [m] = extract(text, conventions=conv).mentions
    assert m.unit == "UGX" and m.assumed is not None and "publisher" in m.assumed and "KES" in m.assumed
    # where another candidate's places weigh more, the refusal stands
    kenyan = "Kenyan exporters in Nairobi and Mombasa lost Shs40 billion, Uganda and Tanzania said."
    assert extract(kenyan, conventions=conv).mentions == []
    # named only in a list with the others, it breaks no tie either
    listed = "Traders in Kenya, Tanzania and Uganda lost Shs40 billion when the border closed."
    assert extract(listed, conventions=conv).mentions == []
    # the publisher's territory the text does not name breaks no tie
    neither = "Traders lost Shs40 billion when Kenya and Tanzania closed the border posts."
    assert extract(neither, conventions=conv).mentions == []


# ---------------------------------------------------------------- a sign's small letters


def test_a_sign_in_small_letters_glued_to_millions_beside_its_own_spelling() -> None:
    text = "Mombasa gets Sh7.8 billion; the pool rises from sh410 billion to sh432 billion."
    got = _money(text, "2023-05-10")
    assert [v for _, v, _ in got] == [Decimal("7.8e9"), Decimal("410e9"), Decimal("432e9")]
    assert len({u for u, _, _ in got}) == 1  # read as the 'Sh' beside them is
    # never alone, never before a small number, never inside a word
    for text in ("The pool rises from sh410 billion to sh432 billion.",
                 "Mombasa gets Sh7.8 billion and sh40 more.",
                 "Mombasa gets Sh7.8 billion; the fresh410 billion figure is a typo."):
        assert len(_money(text, "2023-05-10")) == (0 if "Sh7" not in text else 1), text


# ---------------------------------------------------------------- a letter and a rival noun


def test_a_letter_beside_another_moneys_noun_with_that_initial_is_refused() -> None:
    # 'R' is the rand in CLDR, and the rupee's letter in the press that writes 'rupees'.
    text = "The minister set aside R45 million for ports and 9 million rupees for fisheries."
    ex = extract(text, conventions=Conventions(date="2024-06-01"))
    assert [m.text for m in ex.mentions] == ["9 million rupees"]
    [k] = ex.skipped
    assert k.text == "R45 million" and "ZAR" in k.reason and "rupees" in k.reason
    # the rand's own territory keeps its reading; a noun of another initial changes nothing
    assert [m.unit for m in extract("Durban set aside R45 million for ports and 9 million rupees "
                                    "for a Mumbai deal.").mentions][:1] == ["ZAR"]
    assert [m.unit for m in extract("The minister set aside R45 million and 9 million dollars."
                                    ).mentions][:1] == ["ZAR"]


# ---------------------------------------------------------------- headings in capitals


def test_a_heading_in_capitals_names_its_country() -> None:
    text = ("BARBADOS REVENUE AUTHORITY\n"
            "The authority collected $2.1 billion last year, up from $1.9 billion.")
    assert [u for u, _, _ in _money(text)] == ["BBD", "BBD"]
    # as written in prose: the same reading
    prose = "The Barbados Revenue Authority collected $2.1 billion last year, up from $1.9 billion."
    assert [u for u, _, _ in _money(prose)] == ["BBD", "BBD"]


def test_capitals_keep_names_and_longer_places_as_written() -> None:
    from moneyfacts.capitals import restore

    for line in ("MICHAEL JORDAN SCORES 40", "NEW JERSEY NEWS", "CHAMPIONS"):
        assert restore(line + "\nx") == line + "\nx"
    assert restore("BANK OF GHANA HOLDS\nx") == "BANK OF Ghana HOLDS\nx"
    assert restore("GHANA: MPS PASS GH¢5BN BUDGET\nx").startswith("Ghana: MPS")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ :,-0123456789$\n", max_size=60))
def test_law_restore_keeps_length_and_letters(text: str) -> None:
    # every span read from the restored text is a span of the text as written
    from moneyfacts.capitals import restore

    out = restore(text)
    assert len(out) == len(text) and out.upper() == text.upper()


# ---------------------------------------------------------------- a stray space in a figure


def test_groups_after_a_comma_and_a_space_with_a_leading_zero_are_one_number() -> None:
    # 'K347' alone was a silent wrong value: a group starting with '0' is no number of a list
    got = _money("Ndola council adopted a K512, 318, 007 budget for Ndola in Zambia.")
    assert [(u, v) for u, v, _ in got] == [("ZMW", Decimal("512318007"))]
    got = _money("A bag of maize costs Rs 2, 000 in Multan, Pakistan.")
    assert [(u, v) for u, v, _ in got] == [("PKR", Decimal("2000"))]
    # a list keeps its numbers apart
    got = _money("Prizes of $5, 10 and 15 were given.")
    assert [v for _, v, _ in got][:1] == [Decimal("5")]
