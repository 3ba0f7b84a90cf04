"""Reading real news as it is written (issue 11) and the misreadings of issue 10 §3.

The parametrised test reads every English record of the real calibration set
(``$MONEYFACTS_SHARED/real/conversions.jsonl``); the others use sentences written for these
tests in the same forms.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import shared_dir
from moneyfacts import Conventions, extract, parse
from moneyfacts.currencies import build_lexicon, lexicon
from moneyfacts.errors import AmbiguousCurrencyError, ParseError

# --------------------------------------------------------------------------- the real set

#: Records whose printed text does not say what the label says, and what is read instead.
#: Each is checked: the reading below must hold, so a change in it is seen.
NOT_AS_LABELLED = {
    # Labelled 'en' but written in Portuguese and French: read with locale='pt'/'fr'.
    "c-013": "not English",
    "c-014": "not English",
    # '52.2 billion' with no currency sign printed (the record says so): no amount to read.
    "c-053/usd": "no currency",
    # 'NT$7.365 billion' where US$ was meant (the record's note): read as printed, TWD.
    "c-169/usd": "TWD as printed",
}


def _cases() -> list[Any]:
    path = shared_dir()
    if path is None:
        return [pytest.param(None, id="shared-set-unset")]
    file = path / "real" / "conversions.jsonl"
    if not file.is_file():
        return [pytest.param(None, id="shared-set-missing")]
    out = []
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("language") != "en":
            continue
        out.append(pytest.param((r["foreign_text"], r["foreign_currency"], r["foreign_amount"], r),
                                id=f"{r['id']}/foreign"))
        if r.get("non_usd"):
            out.append(pytest.param((r["stated_text"], r["stated_currency"], r["stated_amount"], r),
                                    id=f"{r['id']}/stated"))
        else:
            out.append(pytest.param((r["usd_text"], "USD", r["usd_amount"], r), id=f"{r['id']}/usd"))
    return out


@pytest.mark.gold
@pytest.mark.parametrize("case", _cases())
def test_real_record_reads_as_labelled(case: Any, request: pytest.FixtureRequest) -> None:
    if case is None:
        request.getfixturevalue("shared")  # skips when unset; fails when set but missing
        pytest.fail("the real set is missing under MONEYFACTS_SHARED")
    text, code, amount, record = case
    ident = request.node.callspec.id
    exception = NOT_AS_LABELLED.get(ident) or NOT_AS_LABELLED.get(record["id"])
    if exception == "not English":
        # The dollar side reads in its own language's CLDR locale. The pound side: 'libras'
        # names only pounds (CLDR pt), read as English reads 'pounds', GBP as the newsroom
        # default, and 'assumed' says so (issue 21, romance); 'livres' is also the Turkish
        # lira's name in fr, and is refused, not guessed.
        locale = "pt" if "bilhões" in text else "fr"
        if code == "USD":
            q = parse(text, locale=locale)
            assert (q.unit, q.value) == (code, Decimal(amount)), text
        elif locale == "pt":
            q = parse(text, locale=locale)
            assert (q.unit, q.value) == (code, Decimal(amount)), text
            assert q.assumed is not None and "newsroom default" in q.assumed
        else:
            with pytest.raises(ParseError):
                parse(text, locale=locale)
        return
    if exception == "no currency":
        with pytest.raises(ParseError):
            parse(text)
        return
    if exception == "TWD as printed":
        assert parse(text).unit == "TWD"
        return
    try:
        q = parse(text)
    except AmbiguousCurrencyError as exc:
        # A sign ambiguous alone ('692.1 billion pesos'): the article's context settles it;
        # here the record's currency stands for that context, through the conventions.
        assert code in exc.candidates, (text, exc.candidates)
        q = parse(text, conventions=Conventions(signs={exc.sign: code}))
        assert q.assumed == f"{exc.sign!r} read as {code} (signs[{exc.sign!r}])"
    assert (q.unit, q.value) == (code, Decimal(amount)), text


def _pairs() -> list[Any]:
    path = shared_dir()
    if path is None or not (path / "real" / "conversions.jsonl").is_file():
        return [pytest.param(None, id="shared-set-unset")]
    out = []
    for line in (path / "real" / "conversions.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line) if line.strip() else None
        if r is None or r.get("language") != "en" or r["id"] in NOT_AS_LABELLED or (
                f"{r['id']}/usd" in NOT_AS_LABELLED):
            continue
        out.append(pytest.param(r, id=r["id"]))
    return out


@pytest.mark.gold
@pytest.mark.parametrize("record", _pairs())
def test_real_pairs_link_in_the_common_forms(record: Any, request: pytest.FixtureRequest) -> None:
    if record is None:
        request.getfixturevalue("shared")
        pytest.fail("the real set is missing under MONEYFACTS_SHARED")
    foreign, stated = record["foreign_text"], record.get("usd_text") or record["stated_text"]
    code = record["foreign_currency"]
    conv = Conventions(signs={"pesos": code, "dinars": code})  # the article's context
    for text in (f"It will invest {foreign} ({stated}) in the plan.",
                 f"It will invest {foreign}, or {stated}, in the plan.",
                 f"It will invest {stated} ({foreign}) in the plan."):
        ex = extract(text, conventions=conv)
        assert [(e.original, e.stated) for e in ex.equivalences] == [(0, 1)], text


# --------------------------------------------------------------------- forms newsrooms use


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("about 80.87 billion U.S. dollars", "USD", "80870000000"),
        ("12 billion US dollars", "USD", "12000000000"),
        ("1 U.S. dollar", "USD", "1"),
        ("7 billion USD", "USD", "7000000000"),
        ("Dh2.5 billion", "AED", "2500000000"),
        ("SFr95 million", "CHF", "95000000"),
        ("Bt50 billion", "THB", "50000000000"),
        ("KD215 million", "KWD", "215000000"),
        ("KD22-million", "KWD", "22000000"),
        ("Php52 billion", "PHP", "52000000000"),
        ("Kshs. 35 billion", "KES", "35000000000"),
        ("KSh 4 billion", "KES", "4000000000"),
        ("1.500.000.000 TL", "TRY", "1500000000"),
        ("N500 billion", "NGN", "500000000000"),
        ("N93.18bn", "NGN", "93180000000"),
        ("A$10.2bil", "AUD", "10200000000"),
        ("RM32bil", "MYR", "32000000000"),
        ("RM12.83 mil", "MYR", "12830000"),
        ("550-point-two billion won", "KRW", "550200000000"),
        ("one-point-08 trillion won", "KRW", "1080000000000"),
        ("around one-point-eight billion U.S. dollars", "USD", "1800000000"),
        ("$US20 billion", "USD", "20000000000"),
        ("$A30 billion", "AUD", "30000000000"),
        ("3 billion reais", "BRL", "3000000000"),
        ("9 billion Norwegian kroner", "NOK", "9000000000"),
        ("7 billion Philippine pesos", "PHP", "7000000000"),
        ("22 billion Mexican pesos", "MXN", "22000000000"),
        ("65.4 billion Turkish Liras", "TRY", "65400000000"),
        ("US $1.410 billion", "USD", "1410000000"),
        ("approx. USD$3.45 trillion", "USD", "3450000000000"),
        ("1 million Polish zloties", "PLN", "1000000"),
    ],
)
def test_newsroom_forms(text: str, unit: str, value: str) -> None:
    q = parse(text)
    assert (q.unit, q.value) == (unit, Decimal(value))


# Each clash the issue names: the reading that used to be silently wrong.

def test_sr_is_the_saudi_riyal_not_the_seychelles_rupee() -> None:
    q = parse("SR64 billion")
    assert (q.unit, q.value) == ("SAR", Decimal("64e9"))
    assert q.assumed is not None and "SCR" in q.assumed  # the other reading is named


def test_p_is_refused_alone_and_php_in_a_philippine_story() -> None:
    with pytest.raises(AmbiguousCurrencyError) as err:
        parse("P90 billion")
    assert set(err.value.candidates) == {"PHP", "BWP"}
    ex = extract("MANILA - The insurer will raise P90 billion from bonds.")
    assert [(m.unit, m.value) for m in ex.mentions] == [("PHP", Decimal("9e10"))]
    assert ex.mentions[0].assumed == "'P' read as PHP: dateline MANILA"
    q = parse("P300-b", conventions=Conventions(signs={"P": "PHP"}))
    assert (q.unit, q.value) == ("PHP", Decimal("3e11"))


def test_e_pound_is_the_egyptian_pound() -> None:
    assert parse("E£5 billion").unit == "EGP"
    assert parse("£5 billion").unit == "GBP"


def test_mex_dollar_is_the_mexican_peso() -> None:
    q = parse("Mex$ 3 billion")
    assert (q.unit, q.value, q.assumed) == ("MXN", Decimal("3e9"), None)


def test_spaced_real_sign_is_brl() -> None:
    q = parse("R $ 88.2 billion")
    assert (q.unit, q.value) == ("BRL", Decimal("88.2e9"))


@pytest.mark.parametrize("text", ["2 trillion Turkish liras", "3 billion Brazilian reales",
                                  "3 billion Brazilian reais", "5 billion liras"])
def test_country_adjective_plurals_are_money_not_counts(text: str) -> None:
    q = parse(text)
    assert q.kind == "money" and q.unit in ("TRY", "BRL")


def test_a_code_after_the_amount_settles_a_shared_sign_before_it() -> None:
    q = parse("around $74.3 billion USD")
    assert (q.unit, q.value, q.assumed, q.text) == ("USD", Decimal("74.3e9"), None,
                                                    "around $74.3 billion USD")
    assert parse("kr 5 billion SEK").unit == "SEK"
    assert parse("$5 billion HKD").unit == "HKD"
    # An unambiguous sign is not overridden by a code of another currency after it.
    assert parse("€5 billion USD").text == "€5 billion"


def test_lk_cr_is_a_lakh_crore() -> None:
    q = parse("₹1.5 lk cr")
    assert (q.unit, q.value) == ("INR", Decimal("1.5e12"))


def test_bracketed_year_ago_figure_shares_the_magnitude() -> None:
    ex = extract("Net sales were SEK 1,234 (987) million in the quarter.")
    assert [(m.unit, m.value) for m in ex.mentions] == [
        ("SEK", Decimal("1234000000")), ("SEK", Decimal("987000000"))]
    assert ex.equivalences == []
    assert parse("SEK 1,234 (987) million").value == Decimal("1234000000")


def test_rs_in_a_pakistani_story_is_pkr() -> None:
    ex = extract("KARACHI, Pakistan (Reuters) - Flour sold at Rs 120 a kilogram.")
    assert ex.mentions[0].unit == "PKR"
    assert ex.mentions[0].assumed == "'Rs' read as PKR: dateline KARACHI"
    # Without a dateline the newsroom default stands, and says so.
    q = parse("Rs 120")
    assert q.unit == "INR" and q.assumed is not None and "PKR" in q.assumed


# ------------------------------------------------------------------ signs settled by context


def test_context_same_sign_spelled_out_elsewhere() -> None:
    ex = extract("Mexican pesos weakened. Sales were 69.7 billion pesos this year.")
    assert [m.unit for m in ex.mentions] == ["MXN"]
    # The evidence is quoted as written (issue 21 §1; it read 'mexican peso' before).
    assert ex.mentions[0].assumed == "'pesos' read as MXN: 'Mexican pesos' in the text"


def test_context_stated_rate_line() -> None:
    ex = extract("Revenue was 45.7 billion pesos ($3.5 billion). ($1 = 13.05 Mexican pesos)")
    units = [m.unit for m in ex.mentions]
    assert units[0] == "MXN" and "'13.05 Mexican pesos' in the text" in str(ex.mentions[0].assumed)
    assert ex.equivalences[0].original == 0 and ex.equivalences[0].stated == 1


def test_context_iso_code_elsewhere() -> None:
    ex = extract("The KWD strengthened. Profit rose to 400 million dinars.")
    assert [m.unit for m in ex.mentions] == ["KWD"]
    assert ex.mentions[0].assumed == "'dinars' read as KWD: ISO code KWD in the text"


def test_context_dateline_alone_does_not_settle_the_bare_dollar() -> None:
    # Issue 21 §1: agency copy writes '$' for the US dollar wherever it is datelined.
    ex = extract("SYDNEY (Reuters) - The miner will spend $5 billion on a smelter.")
    assert ex.mentions[0].unit == "USD"
    assert ex.mentions[0].assumed == "'$' read as USD (dollar='USD')"
    # 'US$' beside it says the '$' is another dollar, and the dateline says which.
    ex = extract("SYDNEY (Reuters) - The miner will spend $5 billion (US$3.3 billion).")
    assert [m.unit for m in ex.mentions] == ["AUD", "USD"]
    assert ex.mentions[0].assumed == "'$' read as AUD: dateline SYDNEY; 'US$' beside it"
    # A story that writes A$ uses the bare $ for another dollar: the caller's setting decides.
    ex = extract("SYDNEY (Reuters) - It paid A$5 billion ($3.4 billion).")
    assert [m.unit for m in ex.mentions] == ["AUD", "USD"]
    assert ex.mentions[1].assumed == "'$' read as USD (dollar='USD')"


@pytest.mark.parametrize(
    ("text", "unit", "assumed"),
    [
        ("DOHA, Qatar - The ministry spent 501 million riyals.", "QAR",
         "'riyals' read as QAR: dateline DOHA"),
        ("STOCKHOLM, March 3 (Reuters) - Volvo earned kr 5 billion.", "SEK",
         "'kr' read as SEK: dateline STOCKHOLM"),
        ("COLOMBO (Reuters) - Prices rose to Rs 300.", "LKR", "'Rs' read as LKR: dateline COLOMBO"),
        # No dateline (mixed case), but the capital it names is evidence (issue 21 §1).
        ("Oslo - The fund, in NORWAY, lost 5 billion kroner.", "NOK",
         "'kroner' read as NOK: 'Oslo' in the text"),
        ("The fund lost 5 billion kroner.", None, None),  # nothing settles it
    ],
)
def test_context_dateline_for_named_signs(text: str, unit: str | None, assumed: str | None) -> None:
    ex = extract(text)
    if unit is None:
        assert ex.mentions == [] and len(ex.skipped) == 1
    else:
        assert [(m.unit, m.assumed) for m in ex.mentions] == [(unit, assumed)]


def test_context_when_nothing_settles_the_sign() -> None:
    ex = extract("Sales were 69.7 billion pesos this year.")
    assert ex.mentions == []
    assert "ambiguous" in ex.skipped[0].reason and "MXN" in ex.skipped[0].reason
    with pytest.raises(AmbiguousCurrencyError):
        parse("69.7 billion pesos")
    # Two candidates named in the text settle nothing either.
    ex = extract("Mexican pesos and Philippine pesos fell. Sales were 69.7 billion pesos.")
    assert ex.mentions == [] and len(ex.skipped) == 1


def test_caller_setting_when_the_text_is_silent_and_context_off() -> None:
    q = parse("69.7 billion pesos", conventions=Conventions(signs={"pesos": "PHP"}))
    assert (q.unit, q.assumed) == ("PHP", "'pesos' read as PHP (signs['pesos'])")
    text = "SYDNEY (Reuters) - The miner will spend $5 billion."
    ex = extract(text, conventions=Conventions(context=False))
    assert ex.mentions[0].unit == "USD"
    # The text wins over the caller's setting when it settles the sign.
    ex = extract("Mexican pesos fell. It sold 5 billion pesos.",
                 conventions=Conventions(signs={"pesos": "PHP"}))
    assert ex.mentions[-1].unit == "MXN"


# ----------------------------------------------------------------------------------- links


@pytest.mark.parametrize(
    ("text", "pairs", "form"),
    [
        ("Exports reached 240 billion yuan (about 36.8 billion U.S. dollars).",
         [("CNY", "USD")], "paren"),
        ("The debt reached 1,200 trillion yen. In U.S. dollars, that is $8 trillion.",
         [("JPY", "USD")], "restated"),
        ("It bought $5 billion (4.6 billion euros) of bonds.", [("USD", "EUR")], "paren"),
        ("It raised 12.5 billion reais, or $3 billion, in May.", [("BRL", "USD")], "or"),
        ("It sold 101 billion riyals, equivalent to $26.9 billion.", [("SAR", "USD")],
         "equivalent"),
    ],
)
def test_links(text: str, pairs: list[tuple[str, str]], form: str) -> None:
    ex = extract(text)
    got = [(ex.mentions[e.original].unit, ex.mentions[e.stated].unit) for e in ex.equivalences]
    assert got == pairs
    assert {e.form for e in ex.equivalences} == {form}


def test_elided_currency_takes_the_parallel_amounts() -> None:
    ex = extract("It cut its plan from 900 billion yen ($6 billion) to 700 billion ($4.7 billion).")
    assert [(m.unit, m.value) for m in ex.mentions] == [
        ("JPY", Decimal("9e11")), ("USD", Decimal("6e9")), ("JPY", Decimal("7e11")),
        ("USD", Decimal("4.7e9"))]
    assert [(e.original, e.stated) for e in ex.equivalences] == [(0, 1), (2, 3)]
    assert ex.mentions[2].assumed == (
        "currency of '700 billion' taken from '900 billion yen', which it parallels")


def test_unrelated_amounts_stay_unlinked() -> None:
    for text in ["Sales were 5 billion yuan. Profit rose to $3 billion.",
                 "It has 700 billion in reserves and $4 billion in debt.",
                 "It paid 5 billion yuan and 2 billion yen.",
                 "Sales were 5 billion yuan. In total, that is $3 billion more."]:
        assert extract(text).equivalences == [], text


# ---------------------------------------------------------------- issue 10 §3: misreadings


@pytest.mark.parametrize(
    ("text", "locale", "unit", "value"),
    [
        ("2 500 000 euros", None, "EUR", "2500000"),
        ("$1 234 567", None, "USD", "1234567"),
        ("1 234,50 €", None, "EUR", "1234.50"),
        ("1 234,50 €", "fr", "EUR", "1234.50"),
        ("1\u202f234,50\u00a0€", "fr", "EUR", "1234.50"),
        ("€2\u2009500\u2009000", None, "EUR", "2500000"),
    ],
)
def test_space_grouped_numbers(text: str, locale: str | None, unit: str, value: str) -> None:
    q = parse(text, locale=locale)
    assert (q.unit, q.value) == (unit, Decimal(value))


def test_space_grouped_pair_is_consistent() -> None:
    ex = extract("It paid 2 500 000 euros ($2.7 million) for the site.")
    assert [(m.unit, m.value) for m in ex.mentions] == [
        ("EUR", Decimal("2500000")), ("USD", Decimal("2700000"))]
    assert len(ex.equivalences) == 1


def test_a_single_plain_space_group_is_not_joined() -> None:
    # '5 200' with nothing to say it is one number stays two numbers.
    ex = extract("On May 5 200 people signed up.")
    assert [m.value for m in ex.mentions] == [Decimal(200)]


def test_truly_ambiguous_space_grouping_is_skipped_with_a_reason() -> None:
    # '5 200 euros': 5,200 euros, or the 5 of something and 200 euros? The groups allow both.
    ex = extract("The fine was 5 200 euros.")
    assert ex.mentions == []
    assert [(s.text, s.reason) for s in ex.skipped] == [
        ("5 200 euros", "digits '5 200' may be one number grouped by a space or two numbers")]
    with pytest.raises(ParseError, match="grouped by a space"):
        parse("5 200 euros")
    # A sign before them settles it.
    assert parse("€5 200").value == Decimal(5200)


def test_a_matcher_slots_in_after_the_number_before_the_count_noun() -> None:
    from moneyfacts import grammar

    def laps(text: str, end: int, lex: object) -> tuple[int, str, str] | None:
        return (end + 5, "count", "lap") if text.startswith(" laps", end) else None

    grammar.register_matcher(laps)
    try:
        assert [(m.kind, m.unit) for m in grammar.scan("It ran 12,000 laps.")] == [("count", "lap")]
        assert grammar.AFTER_NUMBER.count(laps) == 1
    finally:
        grammar.AFTER_NUMBER.remove(laps)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("公司将投资1600亿元人民币。", "CNY", "160000000000"), ("约220亿美元", "USD", "22000000000")],
)
def test_amounts_right_after_chinese_characters(text: str, unit: str, value: str) -> None:
    ex = extract(text)
    assert [(m.unit, m.value) for m in ex.mentions] == [(unit, Decimal(value))]


@pytest.mark.parametrize(("text", "value"), [("-€2bn", "-2000000000"), ("−$5 million", "-5000000"),
                                             ("a loss of -£3.5m", "-3500000")])
def test_minus_signs_are_kept(text: str, value: str) -> None:
    assert parse(text).value == Decimal(value)


def test_a_dash_between_amounts_is_still_a_range() -> None:
    r = parse("$1.5-$2 billion")
    assert (r.low, r.high) == (Decimal("1.5e9"), Decimal("2e9"))


# ------------------------------------------------------------------------------ the lexicon


def test_lexicon_refuses_a_three_word_magnitude() -> None:
    with pytest.raises(ValueError, match="one or two words"):
        build_lexicon("[magnitude]\nbig round sum = 9\n")


def test_lexicon_refuses_an_unknown_code() -> None:
    with pytest.raises(ValueError, match="no ISO 4217 code"):
        build_lexicon("[currency]\nZz = XYZ\n")


def _cldr_names() -> list[tuple[str, str]]:
    """(singular, CLDR plural) of every current currency's English name."""
    from babel.numbers import get_currency_name

    out = set()
    for code in sorted(lexicon().codes):
        one = get_currency_name(code, count=1, locale="en")
        other = get_currency_name(code, count=2, locale="en")
        if "(" not in one + other and code not in (one, other):
            out.add((one, other))
    return sorted(out)


_NAMES = _cldr_names()


def _english_plural(name: str) -> str:
    if name.endswith(("s", "x", "z", "ch", "sh")):
        return name + "es"
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


@given(names=st.sampled_from(_NAMES), form=st.sampled_from(["singular", "cldr", "english"]),
       case=st.sampled_from(["as is", "lower"]), mantissa=st.integers(1, 999),
       magnitude=st.sampled_from(["million", "billion", "trillion"]))
def test_no_cldr_currency_name_is_read_as_a_count(
    names: tuple[str, str], form: str, case: str, mantissa: int, magnitude: str
) -> None:
    # CLDR's singular and plural names, and the English plural of the singular ('lekes').
    one, other = names
    written = {"singular": one, "cldr": other, "english": _english_plural(one)}[form]
    if case == "lower":
        written = written.lower()
    for q in extract(f"It spent {mantissa} {magnitude} {written} on it.").mentions:
        assert q.kind != "count", (written, q)
