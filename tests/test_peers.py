"""The peers' own test suites (``$MONEYFACTS_SHARED/peers``), run through ``bench/peers.py``.

Microsoft Recognizers-Text's NumberWithUnit specs (13 languages) and Duckling's corpora
(17 languages) in one record form. The target (issue 21 §3) is **≥ 95% on each suite and in
each language**, with **0 silent wrong values**, excluding only the rows of the documented table
of deliberate differences (``tests/peers_differences.txt``, explained in ``docs/peers.md``),
each of which is tested here to read as the table says.

``FLOORS`` is a ratchet: each suite × language must pass at least as many cases as this
branch reached, and read at most as many silent wrong values. Raise the floors when the
scores rise (``python bench/peers.py --floors`` prints them); never lower them.

Under CI the suites must be present: a missing ``MONEYFACTS_SHARED`` or file fails the run
instead of skipping it.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import in_ci, shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import peers  # noqa: E402  (bench/peers.py)

from moneyfacts.models import Quantity  # noqa: E402

FLOORS = {  # (suite, lang): (passed at least, silent wrong at most)
    ('duckling', 'ar'): (63, 0),
    ('duckling', 'bg'): (59, 0),
    ('duckling', 'de'): (62, 0),
    ('duckling', 'en'): (283, 0),
    ('duckling', 'es'): (38, 0),
    ('duckling', 'fr'): (55, 0),
    ('duckling', 'he'): (52, 0),
    ('duckling', 'hr'): (60, 0),
    ('duckling', 'id'): (46, 0),
    ('duckling', 'it'): (29, 0),
    ('duckling', 'ko'): (49, 0),
    ('duckling', 'nb'): (414, 0),
    ('duckling', 'nl'): (52, 0),
    ('duckling', 'pt'): (24, 0),
    ('duckling', 'ro'): (58, 0),
    ('duckling', 'ru'): (96, 0),
    ('duckling', 'sv'): (36, 0),
    ('duckling', 'tr'): (15, 0),
    ('duckling', 'vi'): (71, 0),
    ('duckling', 'zh'): (61, 0),
    ('recognizers', 'de'): (39, 0),
    ('recognizers', 'en'): (250, 0),  # count17: two passes, count19 one more, became table rows (a rate's per-unit)
    ('recognizers', 'es'): (115, 0),
    ('recognizers', 'fr'): (108, 0),
    ('recognizers', 'hi'): (106, 0),
    ('recognizers', 'it'): (99, 0),
    ('recognizers', 'ja'): (67, 0),
    ('recognizers', 'ko'): (98, 0),
    ('recognizers', 'nl'): (26, 0),
    ('recognizers', 'pt'): (111, 0),
    ('recognizers', 'sv'): (35, 0),
    ('recognizers', 'tr'): (104, 0),
    ('recognizers', 'zh'): (34, 0),
}
TARGET = 0.95


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    base = shared_dir()
    if base is None:
        if in_ci():
            pytest.fail("MONEYFACTS_SHARED is unset under CI: the peers' suites must be scored")
        pytest.skip("set MONEYFACTS_SHARED=../shared to run the peers' suites")
    folder = base / "peers"
    for name in peers.SUITES:
        if not (folder / f"{name}.jsonl").is_file():
            pytest.fail(f"{folder / name}.jsonl is missing (MONEYFACTS_SHARED is set)")
    return peers.load(folder)


@pytest.fixture(scope="module")
def table() -> dict[str, peers.Difference]:
    return peers.differences()


@pytest.fixture(scope="module")
def scored(records: list[dict[str, Any]], table: dict[str, peers.Difference]
           ) -> dict[tuple[str, str], peers.Score]:
    scores, _results = peers.run(records, table)
    return scores


def test_every_suite_and_language_has_a_floor(scored: dict[tuple[str, str], peers.Score]) -> None:
    present = {k for k in scored if k[1] != "all"}
    assert present == set(FLOORS), "a suite × language without a floor, or a floor without cases"


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_floor(scored: dict[tuple[str, str], peers.Score], key: tuple[str, str]) -> None:
    floor, most_wrong = FLOORS[key]
    s = scored[key]
    assert s.passed >= floor, f"{key}: {s.passed}/{s.scored} pass, the floor is {floor}"
    assert s.wrong <= most_wrong, f"{key}: {s.wrong} silent wrong values, at most {most_wrong}"


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_target(scored: dict[tuple[str, str], peers.Score], key: tuple[str, str]) -> None:
    """Issue 21's bar, held in CI: each suite x language passes at least 95% of its scored
    cases (the table's rows excluded) and reads no silent wrong value."""
    s = scored[key]
    assert s.scored and s.passed >= TARGET * s.scored, (
        f"{key}: {s.passed}/{s.scored} pass, under {TARGET:.0%}")
    assert s.wrong == 0, f"{key}: {s.wrong} silent wrong values"


def test_the_table_names_real_cases(records: list[dict[str, Any]],
                                    table: dict[str, peers.Difference]) -> None:
    ids = {r["id"] for r in records}
    assert set(table) <= ids, sorted(set(table) - ids)[:5]


def test_every_difference_reads_as_the_table_says(records: list[dict[str, Any]],
                                                   table: dict[str, peers.Difference]) -> None:
    by_id = {r["id"]: r for r in records}
    wrong = []
    for ident, row in table.items():
        assert len(row.reason) >= 12, f"{ident}: a reason, please"
        ok, got = peers.holds(row, by_id[ident])
        if not ok:
            wrong.append(f"{ident}: table says {row.expect!r}, moneyfacts reads {got!r}")
    assert not wrong, "\n".join(wrong)


# The scorer itself: what counts as a pass.
def _q(value: str, unit: str, kind: str = "money", **kw: Any) -> Quantity:
    return Quantity(kind=kind, unit=unit, value=Decimal(value), **kw)  # type: ignore[arg-type]


def test_a_class_accepts_any_member_and_only_members() -> None:
    want = {"value": "10", "kind": "money", "currency": "*DOLLAR"}
    assert peers.judge_amount(want, _q("10", "CAD")) == "pass"
    assert peers.judge_amount(want, _q("10", "EUR")) == "wrong"
    assert peers.judge_amount(want, _q("10", "EUR", assumed="guess")) == "fail"
    assert peers.judge_amount(want, _q("11", "USD")) == "wrong"


def test_cents_qualifiers_and_units() -> None:
    assert peers.judge_amount({"value": "43", "kind": "money", "currency": "*CENT"},
                              _q("0.43", "USD")) == "pass"
    lt = {"value": "7", "kind": "money", "currency": "EUR", "qual": "lt"}
    assert peers.judge_amount(lt, _q("7", "EUR", qualifier="le")) == "pass"
    assert peers.judge_amount(lt, _q("7", "EUR")) == "fail"
    grams = {"value": "500", "kind": "measure", "unit": "gram"}
    assert peers.judge_amount(grams, _q("0.5", "kilogram", kind="measure")) == "pass"
    assert peers.judge_amount(grams, _q("5", "kilogram", kind="measure")) == "wrong"
    assert peers.judge_amount({"value": "9", "kind": "measure", "unit": "*M"},
                              _q("9", "mile", kind="measure")) == "pass"


def test_an_amount_where_the_suite_expects_none_is_wrong() -> None:
    rec = {"suite": "recognizers", "sub": "English/CurrencyModel", "lang": "en", "id": "x",
           "input": "It cost $5.", "mode": "extract", "expected": []}
    assert peers.judge(rec).outcome == "wrong"
    rec["input"] = "All 70 of us."
    assert peers.judge(rec).outcome == "pass"



def test_a_bare_currency_word_is_no_amount(records: list[dict[str, Any]]) -> None:
    """Recognizers expects a currency word with no number ("dólares") as a unit alone; the
    scorer leaves those out, and moneyfacts reads nothing from the word itself."""
    bare = [(r, e) for r in records for e in r["expected"] if not peers.has_number(e)]
    assert bare, "the suites have such cases; if they are gone, drop this rule"
    for r, e in bare:
        found, _skipped, _error = peers.read(r)
        assert all(q.text.lower().strip() != e["text"].lower().strip() for q in found), r["id"]


def test_a_rate_is_judged_with_its_per_unit() -> None:
    """'10 km/h' passes for kilometer/hour and is wrong for kilometer alone (the scorer used to
    drop the per-unit, scoring a right rate as a wrong distance)."""
    q = Quantity(kind="measure", unit="kilometer", value=Decimal(10), per="hour")
    want = {"kind": "measure", "unit": "kilometer/hour", "value": "10"}
    assert peers.judge_amount(want, q) == "pass"
    assert peers.judge_amount({**want, "unit": "kilometer"}, q) == "wrong"
    assert peers.reading(q) == "10 kilometer/hour"
