"""Equivalents checked without a rate (units, same-currency restatements), the pair forms
linked, and the implied equivalents across sentences (issue 23)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.conventions import Conventions
from moneyfacts.mentions import extract

DAY = "2025-06-10"


def _one(text: str, date: str | None = DAY) -> moneyfacts.Finding:
    findings = moneyfacts.check(text, date=date).findings
    assert len(findings) == 1, [f.explanation for f in findings]
    return findings[0]


# ------------------------------------------------------------------------ unit equivalents


@pytest.mark.parametrize("text", [
    "The road is 100 miles (160 km) long.",
    "The road is 100 miles, or 160 km, long.",
    "The tank holds 100 gallons, about 380 litres.",
    "The site covers 92,900 square metres (1 million square feet).",
    "The park covers 100 square kilometres (38.6 square miles).",
])
def test_unit_equivalent_consistent(text: str) -> None:
    f = _one(text)
    assert (f.kind, f.verdict, f.rate, f.cause) == ("unit", "consistent", [], None)


@pytest.mark.parametrize(("text", "verdict"), [
    ("Temperatures reached 30C (86F) on Monday.", "consistent"),
    ("It hit -40C (-40F).", "consistent"),
    ("It hit 30 degrees Celsius (96 degrees Fahrenheit).", "inconsistent"),
])
def test_temperatures_convert_with_their_offset(text: str, verdict: str) -> None:
    f = _one(text, date=None)
    assert (f.kind, f.verdict) == ("unit", verdict)


def test_unit_equivalent_inconsistent() -> None:
    f = _one("The road is 100 miles (200 km) long.")
    assert (f.kind, f.verdict) == ("unit", "inconsistent")
    assert f.expected is not None and f.expected.low == f.expected.high == Decimal("160.9344")
    assert f.deviation is not None and f.deviation > Decimal("0.2")


def test_unit_equivalent_needs_no_date() -> None:
    assert _one("The road is 100 miles (160 km) long.", date=None).verdict == "consistent"


@pytest.mark.parametrize(("text", "cause"), [
    ("The tank holds 100 gallons (455 litres).", "wrong_gallon"),
    ("It ships 10 tonnes (11 short tons).", None),  # 11.02: consistent, no cause
    ("It ships 10 tons (9,072 kg).", "wrong_ton"),
    ("It flew 100 miles (185 km).", "wrong_mile"),
    ("The park covers 100 square kilometres (62 square miles).", "square_as_linear"),
    ("It is 100 km (62,000 miles) away.", "magnitude_slip"),
])
def test_unit_causes(text: str, cause: str | None) -> None:
    f = _one(text)
    if cause is None:
        assert f.verdict == "consistent"
        return
    assert f.verdict == "inconsistent"
    assert f.cause is not None and f.cause.kind == cause


def test_us_barrel_for_oil_barrel() -> None:
    # Whichever barrel 'barrels' reads as, the other one's litres are a wrong barrel.
    # News barrels are oil barrels (42 gallons): 1.5 million are 238.5 million litres.
    assert _one("It pumps 1.5 million barrels (238 million litres).").verdict == "consistent"
    f = _one("It pumps 1.5 million barrels (179 million litres).")  # 31.5-gallon barrels
    assert f.verdict == "inconsistent" and f.cause is not None
    assert f.cause.kind == "wrong_barrel"


def test_no_cause_when_nothing_explains_the_gap() -> None:
    f = _one("The road is 100 miles (200 km) long.")
    assert f.cause is None


def test_measures_of_other_dimensions_are_not_linked() -> None:
    assert moneyfacts.check("It weighs 100 kg (160 km) in all.", date=DAY).findings == []
    assert extract("It flew 100 miles (3 hours) away.").equivalences == []


@given(st.integers(min_value=11, max_value=99_999),
       st.sampled_from([("miles", "mile", "km", "kilometer"), ("tonnes", "metric_ton", "short tons", "short_ton"),
                        ("litres", "liter", "gallons", "gallon"), ("feet", "foot", "metres", "meter")]))
def test_the_exact_conversion_rounded_agrees_and_a_quarter_off_does_not(
        n: int, units: tuple[str, str, str, str]) -> None:
    from moneyfacts.units import registry

    written, src, shown, dest = units
    exact = registry().Quantity(Decimal(n), src).to(dest).magnitude
    good = f"{exact:.3g}" if exact < 1000 else f"{round(exact):,}"
    bad = f"{exact * Decimal('1.25'):.3g}" if exact < 800 else f"{round(exact * Decimal('1.25')):,}"
    if "e" in good or "e" in bad:
        return
    assert _one(f"It is {n:,} {written} ({good} {shown}) in all.").verdict == "consistent"
    assert _one(f"It is {n:,} {written} ({bad} {shown}) in all.").verdict == "inconsistent"


def test_unit_finding_in_json_cli_and_frames(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from moneyfacts.cli import main

    path = tmp_path / "a.txt"
    path.write_text("The road is 100 miles (200 km) long. It cost 5 billion yuan ($700 million).")
    assert main(["check", str(path), "--date", DAY, "--json"]) == 1
    out = json.loads(capsys.readouterr().out)[0]
    assert sorted(f["kind"] for f in out["findings"]) == ["money", "unit"]
    assert main(["check", str(path), "--date", DAY]) == 1
    assert "(unit)" in capsys.readouterr().out
    pd = pytest.importorskip("pandas")
    from moneyfacts import frames

    rows = frames.findings(pd.DataFrame({"text": [path.read_text()], "date": [DAY]}))
    assert sorted(rows["kind"]) == ["money", "unit"]


def test_unit_finding_in_html() -> None:
    r = moneyfacts.check("The road is 100 miles (200 km) long.", date=DAY)
    html = r._repr_html_()
    assert 'data-kind="unit"' in html and "mf-tag" in html


# --------------------------------------------------------------- same-currency restatements


def test_same_currency_restatement_is_checked_as_equal() -> None:
    f = _one("It set aside three hundred billion naira (N300bn) for roads.")
    assert (f.kind, f.form, f.verdict, f.rate) == ("money", "same_currency", "consistent", [])
    bad = _one("It set aside three hundred billion naira (N200bn) for roads.")
    assert bad.verdict == "inconsistent" and bad.cause is not None
    assert bad.cause.kind == "restated_unequal"


def test_an_assumed_sign_is_no_restatement() -> None:
    # '$' read as USD by default on both sides: perhaps two dollars, so no restatement.
    ex = extract("The province will spend $5 billion ($3.6 billion) on roads.")
    assert any(m.assumed for m in ex.mentions) and ex.equivalences == []


def test_same_currency_with_more_in_the_parenthesis_is_no_restatement() -> None:
    assert moneyfacts.check("Sales were $5 billion ($2 billion from ads) last year.",
                            date=DAY).findings == []


# -------------------------------------------------------------------------------- rate lines


def _rates(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.base, r.quote, str(r.value), str(r.precision)) for r in extract(text).rates]


def test_several_currencies_on_one_rate_line() -> None:
    text = "It costs 1 billion baht ($29.4 million). (100 baht = RM12.95/US$2.94)"
    assert _rates(text) == [("THB", "MYR", "0.1295", "0.0001"), ("THB", "USD", "0.0294", "0.0001")]
    ex = extract(text)
    assert [m.text for m in ex.mentions] == ["1 billion baht", "$29.4 million"]  # not the line's
    r = moneyfacts.check(text, date=DAY)
    assert [f.subject for f in r.findings].count("stated_rate") == 2
    assert r.findings[0].rate[0].source == "article"  # the pair judged by the line's USD rate


def test_one_us_dollar_equals_about() -> None:
    ex = extract("On Friday 1 U.S. dollar equals about 149 yen.")
    assert [(r.base, r.quote, r.value, r.qualifier, r.text) for r in ex.rates] == [
        ("USD", "JPY", Decimal(149), "approx", "1 U.S. dollar equals about 149 yen")]
    assert ex.mentions == []


@pytest.mark.parametrize("text", ["One U.S. dollar equals seven point two yuan.",
                                  "A dollar equals 7.2 yuan on Friday."])
def test_rate_line_in_words(text: str) -> None:
    assert _rates(text) == [("USD", "CNY", "7.2", "0.1")]
    assert extract(text).mentions == []


@pytest.mark.parametrize("text", [
    "The bill: 5 billion yuan equals $700 million.",   # no base of one (or 10, 100 ...)
    "Prices went from 100 yuan to 200 yuan.",
    "An amount equals 7.2 yuan.",
])
def test_not_rate_lines(text: str) -> None:
    assert extract(text).rates == []


# ------------------------------------------------------------ equivalents across sentences

SEED_002 = "seeds/002_e2ce53cc97768504.txt"


def _across(text: str, **kw: object) -> list[tuple[str, str, str, str | None]]:
    ex = extract(text, **kw)  # type: ignore[arg-type]
    return [(ex.mentions[e.original].text, ex.mentions[e.stated].text, e.form,
             e.evidence.subject or e.evidence.phrase if e.evidence else None)
            for e in ex.equivalences]


@pytest.mark.parametrize(("text", "link"), [
    ("The pension fund held assets of 88.5 trillion yen at the end of March. That is "
     "equivalent to some 640 billion US dollars.",
     ("88.5 trillion yen", "some 640 billion US dollars", "phrase", "That is equivalent to")),
    ("The plan is worth 10 billion euros. This corresponds to roughly $10.8 billion.",
     ("10 billion euros", "roughly $10.8 billion", "phrase", "corresponds to")),
    ("The plan is worth 10 billion euros, which translates to $10.8 billion.",
     ("10 billion euros", "$10.8 billion", "phrase", "which translates to")),
])
def test_link_phrase_across_sentences(text: str, link: tuple[str, str, str, str]) -> None:
    assert _across(text) == [link]


def test_swedish_motsvarande() -> None:
    text = "Bolaget investerar 5 miljarder kronor, motsvarande 480 miljoner dollar."
    links = _across(text, conventions=Conventions(locale="sv"))
    assert [(form, phrase) for _, _, form, phrase in links] == [("phrase", "motsvarande")]


@pytest.mark.parametrize(("text", "subject"), [
    ("The company plans to invest about $23 billion in 2026.\n"
     "The proposed budget totals roughly 160 billion yuan.", "budget"),
    ("The regulator imposed a fine of 500 million euros on the bank.\n"
     "The fine, about $540 million, will be paid this year.", "fine"),
    ("Toyota to invest $13 billion in battery plants\n\n"  # a headline and the body
     "Toyota Motor said on Tuesday it would invest 2 trillion yen in battery plants.", "invest"),
])
def test_implied_by_one_subject(text: str, subject: str) -> None:
    ex = extract(text)
    assert [(e.original, e.stated, e.form) for e in ex.equivalences] == [(0, 1, "implied")]
    ev = ex.equivalences[0].evidence
    assert ev is not None and ev.subject == subject and len(ev.sentences) == 2
    assert ev.sentences[0] in " ".join(text.split()) and ev.sentences[1] in " ".join(text.split())


@pytest.mark.parametrize("text", [
    # two figures about different things (issue 23's example, and its kin)
    "US Big Tech spent more than $300 billion this year. ByteDance's Rmb160 billion budget is "
    "smaller.",
    "US Big Tech spent more than $300 billion this year. ByteDance invested roughly Rmb150 "
    "billion this year.",
    # no determiner: the second amount is not 'the' budget named before
    "The company plans to invest about $23 billion in 2026. Its rival set a budget of 100 "
    "billion yuan.",
    # other years
    "The company plans to invest about $23 billion in 2026.\nThe budget totals 160 billion yuan "
    "in 2025.",
    # a point of comparison
    "The company plans to invest about $23 billion.\nThe budget is up from 160 billion yuan.",
    # two amounts of the class in one currency: which one is open
    "The firm will invest $23 billion in 2026.\nThe budget totals 160 billion yuan. The budget "
    "was 150 billion yuan.",
    # another amount in the sentence
    "Toyota to invest $13 billion in battery plants\n\nToyota Motor said it would invest 2 "
    "trillion yen in Japan and 300 billion yen in the US.",
    # paragraphs apart
    "The company plans to invest about $23 billion.\nA.\nB.\nThe budget totals 160 billion yuan.",
    # 'That is' not right before the amount
    "Revenue was $5 billion. That is more than twice the 30 billion yuan it made in China.",
])
def test_not_linked_across_sentences(text: str) -> None:
    assert extract(text).equivalences == []


def test_seed_002_reports_an_implied_equivalent(shared, capsys) -> None:  # type: ignore[no-untyped-def]
    from moneyfacts.cli import main

    path = shared / SEED_002
    r = moneyfacts.check(path.read_text(encoding="utf-8"), date="2025-12-23")
    assert [(f.original.text, f.stated.text, f.form, f.verdict) for f in r.findings] == [
        ("about $23 billion", "roughly 160 billion yuan", "implied", "consistent")]
    assert r.findings[0].evidence is not None and r.findings[0].evidence.subject == "budget"
    assert main(["check", str(path), "--date", "2025-12-23"]) == 0
    out = capsys.readouterr().out
    assert "(implied:" in out and "implied by the subject 'budget'" in out
    assert main(["check", str(path), "--date", "2025-12-23", "--json"]) == 0
    f = json.loads(capsys.readouterr().out)[0]["findings"][0]
    assert f["form"] == "implied" and f["evidence"]["subject"] == "budget"
    assert len(f["evidence"]["sentences"]) == 2
    assert 'data-implied="true"' in r._repr_html_()


def _shared_sentences(shared) -> list[str]:  # type: ignore[no-untyped-def]
    """Sentences with amounts, from seeds 003 and 004 (each with many amounts) and the gold
    sentences, but those that refer back to an amount before them ('The proposed budget
    totals ...', 'That is equivalent to ...'): placed after a matching amount, they rightly
    link to it. Any other order of such sentences states no equivalent across sentences."""
    import re

    from moneyfacts.equivalents import _across as words, _sentences

    back = re.compile(rf"\b(?:the|this|that|its|their)\s+(?:\w+\s+){{0,2}}(?:{words().subject.pattern})"
                      rf"|^\W*(?:{words().phrases})",
                      re.I)

    out = []
    texts = [(shared / f"seeds/{n}").read_text(encoding="utf-8") for n in
             ("003_3115e8978b1511ae.txt", "004_3d0abd305cf3f02e.txt")]
    texts += [json.loads(line)["text"] for line in
              (shared / "gold/sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    for t in texts:
        for s in _sentences(t):
            piece = t[s.start:s.end].strip()
            if any(m.kind == "money" for m in extract(piece).mentions) and not back.search(piece):
                out.append(piece)
    return out


def test_real_texts_have_no_link_across_sentences(shared) -> None:  # type: ignore[no-untyped-def]
    for name in ("003_3115e8978b1511ae.txt", "004_3d0abd305cf3f02e.txt"):
        ex = extract((shared / f"seeds/{name}").read_text(encoding="utf-8"))
        assert len(ex.mentions) >= 10  # many unrelated amounts
        assert [e.form for e in ex.equivalences if e.evidence is not None] == []


@pytest.fixture(scope="module")
def sentences(shared) -> list[str]:  # type: ignore[no-untyped-def]
    return _shared_sentences(shared)


@given(st.data())
def test_shuffled_real_sentences_link_nothing_across(sentences: list[str], data: st.DataObject) -> None:
    picked = data.draw(st.lists(st.sampled_from(sentences), min_size=2, max_size=8))
    seps = data.draw(st.lists(st.sampled_from([" ", "\n", "\n\n"]), min_size=len(picked),
                              max_size=len(picked)))
    text = "".join(s + sep for s, sep in zip(picked, seps, strict=True))
    ex = extract(text)
    assert [e for e in ex.equivalences if e.evidence is not None] == [], text


def test_unit_and_implied_findings_in_jsonl(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from moneyfacts.cli import main

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "The road is 100 miles (200 km) long.",
                               "date": DAY}) + "\n" + json.dumps({
        "id": 2, "date": "2025-12-23", "text": "The company plans to invest about $23 billion "
        "in 2026.\nThe proposed budget totals roughly 160 billion yuan."}) + "\n")
    assert main(["check", "--jsonl", str(src), "--out", str(out)]) == 1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    unit, implied = (line["report"]["findings"][0] for line in lines)
    assert (unit["kind"], unit["verdict"]) == ("unit", "inconsistent")
    assert (implied["form"], implied["evidence"]["subject"]) == ("implied", "budget")


@pytest.mark.parametrize(("written", "cause"), [("roughly 250 billion yuan", "unexplained"),
                                                ("roughly 160 million yuan", "magnitude_slip")])
def test_seed_002_mutated_is_inconsistent(shared, written: str, cause: str) -> None:  # type: ignore[no-untyped-def]
    text = (shared / SEED_002).read_text(encoding="utf-8")
    changed = text.replace("roughly 160 billion yuan", written)
    assert changed != text
    (f,) = moneyfacts.check(changed, date="2025-12-23").findings
    assert (f.form, f.stated.text, f.verdict) == ("implied", written, "inconsistent")
    assert f.cause is not None and f.cause.kind == cause
