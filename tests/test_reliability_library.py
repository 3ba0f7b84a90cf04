"""Issue 10, section 4 (typed errors from the library), the CLDR cache of the wrong shape, and
section 6's property: whatever text and arguments the public entry points get, only
``moneyfacts.errors`` types escape."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import rates
from moneyfacts.errors import InputError, MoneyfactsError

PAIR = "It set aside 40 billion yuan ($5.5 billion)."


@pytest.mark.parametrize("call", [
    lambda: moneyfacts.extract(None),  # type: ignore[arg-type]
    lambda: moneyfacts.extract(b"40 billion yuan ($5.5 billion)"),  # type: ignore[arg-type]
    lambda: moneyfacts.check(b"x", date=None),  # type: ignore[arg-type]
    lambda: moneyfacts.check(None, date="2025-01-22"),  # type: ignore[arg-type]
    lambda: moneyfacts.check(PAIR, date="2025-01-22", tolerance="strict"),  # type: ignore[arg-type]
    lambda: moneyfacts.convert(None, to="USD", on=dt.date(2025, 1, 22)),  # type: ignore[arg-type]
    lambda: moneyfacts.convert(42, to="USD", on=dt.date(2025, 1, 22)),  # type: ignore[arg-type]
    lambda: moneyfacts.convert("Rmb1bn", to="USD", on="22/01/2025"),
    lambda: moneyfacts.convert("Rmb1bn", to="USD", on=20250122),  # type: ignore[arg-type]
    lambda: moneyfacts.convert("Rmb1bn", to=None, on="2025-01-22"),  # type: ignore[arg-type]
    lambda: moneyfacts.convert("Rmb1bn", to="USD", on="2025-01-22", lookback=-1),
    lambda: rates.get_rate("USD", "CNY", dt.date(2025, 1, 22), lookback=-1),
    lambda: rates.get_rate("USD", "CNY", dt.date(2025, 1, 22), lookback="7"),  # type: ignore[arg-type]
    lambda: rates.get_rate("USD", "CNY", "January 22"),
    lambda: rates.window("USD", "CNY", "2025-01-01", None),  # type: ignore[arg-type]
])
def test_bad_arguments_raise_typed_errors(call: Any) -> None:
    with pytest.raises(MoneyfactsError) as exc:
        call()
    assert str(exc.value)


# December of year 1 is no longer among them: the stale-rate look-back is 30 days, not a year,
# so its window stays inside the calendar (it is "unverifiable": no rate data then).
@pytest.mark.parametrize("date", ["0001", "0001-01-03", dt.date(1, 1, 3)])
def test_dates_before_the_window_can_reach_are_typed_errors(date: Any) -> None:
    with pytest.raises(InputError, match="too early"):
        moneyfacts.check(PAIR, date=date)


def test_a_window_beyond_the_calendar_is_a_typed_error() -> None:
    with pytest.raises(InputError, match="window"):
        moneyfacts.check(PAIR, date="2025-01-22", window=1000000000)
    with pytest.raises(InputError, match="window"):
        moneyfacts.check(PAIR, date=None, window=1000000000)


def test_figures_beyond_decimal_precision_are_an_unverifiable_finding() -> None:
    # Issue 20 item 15: the pair alone is unverifiable with its reason (it was an InputError
    # for the whole article).
    (f,) = moneyfacts.check("807018733576333 billion yuan ($0.000)", date="2025-01-22").findings
    assert f.verdict == "unverifiable"
    assert "807018733576333 billion yuan" in f.explanation and "digits" in f.explanation


def test_iso_strings_are_accepted_as_days() -> None:
    day = dt.date(2025, 1, 22)
    assert rates.get_rate("USD", "CNY", "2025-01-22") == rates.get_rate("USD", "CNY", day)
    a = moneyfacts.convert("Rmb160 billion", to="USD", on="2025-12-23")
    b = moneyfacts.convert("Rmb160 billion", to="USD", on=dt.date(2025, 12, 23))
    assert a == b and a.rate is not None and a.rate.date == dt.date(2025, 12, 23)
    assert rates.window("EUR", "USD", "2025-01-20", "2025-01-24") == rates.window(
        "EUR", "USD", dt.date(2025, 1, 20), dt.date(2025, 1, 24))
    assert rates.get_rate("USD", "CNY", dt.datetime(2025, 1, 22, 23, 59)).date == day


def test_a_cache_of_the_wrong_shape_is_rebuilt(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import babel

    from moneyfacts import currencies

    monkeypatch.setenv("MONEYFACTS_CACHE", str(tmp_path))
    currencies.lexicon.cache_clear()
    try:
        currencies.lexicon()  # builds and writes the cache
        (path,) = tmp_path.glob("cldr-currencies-*.json")
        for wrong in ({"symbols": {}}, [], "text", {"codes": [], "names": {}}):
            path.write_text(json.dumps(wrong), encoding="utf-8")
            currencies.lexicon.cache_clear()
            lex = currencies.lexicon()  # was KeyError: 'codes'
            assert "USD" in lex.all_codes and lex.sign("HK$").codes == ("HKD",)
            assert {"codes", "symbols", "names"} <= json.loads(path.read_text()).keys()
        assert babel.__version__
    finally:
        currencies.lexicon.cache_clear()


# --- section 6: arbitrary text and arbitrary (even wrong-typed) arguments ----------------------

_NEWS = st.lists(
    st.sampled_from(["40 billion yuan", " ($5.5 billion)", "€8.5bn", " (", ")", "Rmb", "亿", "元",
                     "US$", "$", "¥", "kr", " or ", ", equivalent to ", "0", "9" * 30, ".000",
                     " billion", " lakh crore", "-", "\ufeff", "\x00", "\ud7ff", " to ", "%"]),
    max_size=14,
).map("".join)
_TEXT = st.one_of(st.text(max_size=80), _NEWS)
_ANY = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=8),
                 st.text(max_size=8), st.lists(st.integers(), max_size=2),
                 st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))
_CODE = st.one_of(st.sampled_from(["USD", "usd", "XYZ", "CNY", "", "US", None]), _ANY)
_DATE = st.one_of(st.none(), st.sampled_from(["2025-01-22", "2025-01", "2025", "0001", "9999-12-31",
                                              "1999-01-04", "22/01/2025", "", "2025-02-30"]),
                  st.dates(), _ANY)
# check(window="7") and other wrong-typed windows are the "verdict" helper's item (issue 10,
# section 4); here windows are whole numbers of any size, or None.
_WINDOW = st.one_of(st.none(), st.integers(min_value=-10, max_value=10**12))
_CONVENTIONS = st.one_of(st.none(), st.builds(lambda d: moneyfacts.Conventions(dollar=d),
                                              st.sampled_from(["USD", "AUD"])), _ANY)


def _only_typed_errors(call: Any) -> None:
    try:
        call()
    except MoneyfactsError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, _ANY), dollar=_CODE, yen=_CODE, conventions=_CONVENTIONS)
def test_extract_raises_only_typed_errors(text: Any, dollar: Any, yen: Any, conventions: Any) -> None:
    _only_typed_errors(lambda: moneyfacts.extract(text, dollar=dollar, yen=yen,
                                                  conventions=conventions))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, _ANY), date=_DATE, window=_WINDOW, dollar=_CODE,
       conventions=_CONVENTIONS)
def test_check_raises_only_typed_errors(text: Any, date: Any, window: Any, dollar: Any,
                                        conventions: Any) -> None:
    _only_typed_errors(lambda: moneyfacts.check(text, date=date, window=window, dollar=dollar,
                                                conventions=conventions))


_ITEM = st.one_of(_TEXT, _ANY, st.tuples(_TEXT, _DATE), st.tuples(_TEXT, _DATE, _ANY),
                  st.fixed_dictionaries({"text": st.one_of(_TEXT, _ANY)},
                                        optional={"date": _DATE, "id": _ANY, "dollar": _CODE,
                                                  "window": _ANY, "tolerance": _ANY,
                                                  "conventions": _ANY}))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.one_of(st.lists(_ITEM, max_size=4), _ANY), date=_DATE, window=st.one_of(_WINDOW, _ANY),
       tolerance=_ANY, conventions=_CONVENTIONS, dollar=_CODE)
def test_check_many_raises_only_typed_errors_and_drops_nothing(
        items: Any, date: Any, window: Any, tolerance: Any, conventions: Any, dollar: Any) -> None:
    try:
        results = list(moneyfacts.check_many(items, date=date, window=window, tolerance=tolerance,
                                             conventions=conventions, dollar=dollar))
    except MoneyfactsError:
        return
    assert [r.index for r in results] == list(range(len(items)))
    for r in results:
        assert (r.report is None) == (r.status == "error")
        if r.error is not None:
            assert r.error.message and "<class" not in r.error.message


def test_decimal_amounts_stay_decimal_through_the_fuzzed_paths() -> None:
    r = moneyfacts.check(PAIR, date="2025-01-22")
    assert isinstance(r.findings[0].deviation, Decimal)
