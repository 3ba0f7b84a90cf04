"""The cheap screens that spare most texts the resolver, the implied-equivalent step and the
carried currency: each gives what the full step gives (a law over composed texts), and the
common text does none of the full step's work (work counted, not timed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts.resolve as resolve
from moneyfacts import extract

#: Fragments that touch every test of the resolver's screen: bare and prefixed signs, names of
#: the dollar's and yen's families, brackets after a figure, named shared signs, places, a
#: bare amount with a magnitude, sentence ends and a link phrase.
_FRAGMENTS = [
    "$5 billion", "$12-billion", "C$3 million", "US$2bn", "¥300 billion", "€40 million",
    "Canadian dollars", "Mexican pesos", "real", "really", "Japanese yen", "yuan",
    "(Canadian)", "(US$3.6bn)", "(about $2 billion)", "[", "(", ")",
    "Rs 40 crore", "12 billion rials", "in Mexico", "Ottawa", "Oman",
    "Profit was 31.2 billion", "The budget totals", "That is equivalent to", ".", "\n", ",",
    "in", "figures are in", "40 billion yuan",
]


#: What may follow a bare amount: a nationality or 'US$' in brackets speaks for it.
_AFTER = ["(Canadian)", "(US$3.6bn)", "[US$3.6bn]", "(about US$2 billion)", "(Mexico)", "",
          ".", "in Canadian dollars", "(C$2bn)"]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=6),
       st.sampled_from(["$5 billion", "$12-billion", "¥300 billion"]),
       st.sampled_from(_AFTER), st.lists(st.sampled_from(_FRAGMENTS), max_size=6))
def test_the_resolvers_screen_changes_no_reading(
    before: list[str], amount: str, after: str, rest: list[str]
) -> None:
    """Whenever the screen says the defaults stand, the full resolver reads the same."""
    text = " ".join([*before, amount, after, *rest])
    screened = extract(text).model_dump_json()
    full = resolve._defaults_stand
    resolve._defaults_stand = lambda text, parts: False
    try:
        assert extract(text).model_dump_json() == screened, text
    finally:
        resolve._defaults_stand = full


@pytest.mark.parametrize("text, code", [
    ("The company paid $5 billion for the plant, up 20%.", "USD"),
    ("Sony earned ¥300 billion in 2024.", "JPY"),
])
def test_a_bare_sign_with_nothing_to_weigh_skips_the_resolver(
    text: str, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_evidence(*args: object) -> None:
        raise AssertionError("the text's evidence was gathered")

    monkeypatch.setattr(resolve, "_Text", no_evidence)
    first = extract(text).mentions[0]
    assert first.unit == code and first.assumed is not None  # the default, said


@pytest.mark.parametrize("text, code", [
    ("The figures are in Canadian dollars: revenue was $5 billion.", "CAD"),
    ("It raised $12-billion (Canadian) for the line.", "CAD"),
])
def test_a_family_name_or_bracket_still_reaches_the_resolver(text: str, code: str) -> None:
    assert [m.unit for m in extract(text).mentions if m.kind == "money"] == [code]


def test_one_sentence_skips_the_implied_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Money in one sentence only: no subject is looked for (the implied form links two
    sentences)."""
    import moneyfacts.equivalents as equivalents

    def no_subjects(*args: object, **kwargs: object) -> None:
        raise AssertionError("subjects were looked for")

    monkeypatch.setattr(equivalents, "_subject_of", no_subjects)
    ex = extract("The budget of 160 billion yuan compares with a $23 billion plan.")
    assert ex.equivalences == []


def test_two_sentences_still_reach_the_implied_step() -> None:
    ex = extract("The company plans to invest about $23 billion in 2026.\n"
                 "The proposed budget totals roughly 160 billion yuan.")
    assert [(e.form, e.original, e.stated) for e in ex.equivalences] == [("implied", 0, 1)]
