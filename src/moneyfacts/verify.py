"""Check stated equivalents against the historical rates: findings with verdicts and causes.

The rooms: :mod:`moneyfacts.tolerance` (what a figure claims, the band),
:mod:`moneyfacts.reference` (dates, regimes, pegs, the rates of a day and of a window),
:mod:`moneyfacts.causes` (why a pair does not add up), :mod:`moneyfacts.undated` (the dates
an undated pair fits); this module judges (``check``, ``check_pair``, the article's pairs).

The tolerance model
-------------------
A stated equivalent is *consistent* when the rate of the article's day or of the business
day before, widened by the band, applied to the original lands inside what the stated
figure claims; *loose* when only its written digits reach it (a suggestion); else
*inconsistent*:

* **Precision as newsrooms round.** A figure is read at two significant digits at least
  ("$6 billion" is 5.95–6.05 billion; its written digit alone, 5.5–6.5, makes it loose),
  both the stated figure and the original ("27.3 billion riyals" is ±0.18%). Trailing zeros
  of a whole stated number are ambiguous ("$140 million" is 135–145 million).
* **Qualifiers**: "about"/"around" widen the claim to the rounding of the last written
  digit; "more than"/"at least" reach a whole unit upwards (a cut), "less than"/"up to"
  downwards. Truncation counts only under a qualifier.
* **The day's rates and stale rates.** The rates of the day and the business day before
  judge (for a weekend article, Friday's and Thursday's: :data:`JUDGING_FIXINGS`;
  ``window=0``: the day alone); a figure fitting only an older rate of the window or
  of the ``stale_days`` before gets ``stale_rate``, with the day and its gap.
* **The reference band.** Newsrooms use their own rate: the day's rates are widened by an
  allowance per currency regime (:data:`BAND`), or by three typical daily moves of the pair
  when that is more (:data:`~moneyfacts.tolerance.VOL_SCALE`). A currency pegged to the
  other side is judged by its peg (``Rate.source == "peg"``).
* **The article's own rate.** A figure in a currency pair the article prints a rate for is
  judged by that rate, and the printed rate against the day's market range; a figure the
  printed rate does not give but the day's market rates do is consistent (the printed rate
  is the outlier).

All arithmetic is Decimal. An inconsistent pair gets a ``cause`` only when it fits, fits
clearly better than the next and is plausible (see :mod:`moneyfacts.causes`), else
``unexplained``.

>>> import datetime as dt
>>> r = check("It will spend 40 billion yuan ($5.5 billion) on chips.", date=dt.date(2025, 1, 22))
>>> f = r.findings[0]
>>> f.verdict, str(f.expected.low), str(f.expected.high)
('consistent', '5491000000', '5504000000')
>>> bad = check("It will spend 40 billion yuan ($5.5 million) on chips.", date="2025-01-22")
>>> bad.findings[0].verdict, bad.findings[0].cause.kind, bad.findings[0].cause.factor
('inconsistent', 'magnitude_slip', Decimal('1000'))
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from decimal import Decimal

from moneyfacts.causes import (_band_pct, _diagnose, _gap, _gap_rate, _pct, _rate_text,
                              _round_rate, _sig, _source, _stale)
from moneyfacts.conventions import Conventions
from moneyfacts.equivalents import judge as judge_exact, with_link
from moneyfacts.errors import InputError, MoneyfactsError
from moneyfacts.mentions import extract
from moneyfacts.statedrates import assumed as assumed_rate
from moneyfacts.models import (
    ArticleDate,
    Cause,
    DateRange,
    Extraction,
    Finding,
    Interval,
    Quantity,
    Rate,
    Report,
    StatedRate,
    keep_text,
    trusted,
)
from moneyfacts.reference import (
    DateSpec,
    _reference,
    _Ref,
    _store,
    date_spec,
    previous_business_day,
    reference_span,
    regime,
)
from moneyfacts.tolerance import (
    BAND,
    LOOKBACK_STALE,
    Tolerance,
    _allowance,
    _ends,
    _fitting_rates,
    _meets,
    _pairs,
    _widen,
    fitting_rates,
)
from moneyfacts.undated import _finding, intersect, undated
from moneyfacts.units import format_amount
import moneyfacts.views  # noqa: F401  (binds str() and _repr_html_ to the models)

if False:  # pragma: no cover - typing only
    from moneyfacts.rates.store import RateStore

__all__ = ["check", "check_pair", "Tolerance", "DateSpec", "date_spec", "BAND", "regime",
           "reference_span", "fitting_rates", "LOOKBACK_STALE"]

_ZERO = Decimal(0)


def _expected(original: Quantity, span: tuple[Decimal, Decimal], stated: Quantity) -> Interval:
    r_lo, r_hi = span
    ends = _ends(original)
    q = stated.precision.scaleb(-2)
    lo, hi = (ends[0] * r_lo), (ends[-1] * r_hi)
    if lo > hi:  # negative amounts: the bounds in order
        lo, hi = ends[-1] * r_hi, ends[0] * r_lo
    out: Interval = trusted(Interval, {"low": _plain(lo.quantize(q)),
                                       "high": _plain(hi.quantize(q)), "unit": stated.unit})
    return out


def _plain(d: Decimal) -> Decimal:
    """Drop a positive exponent (5.456E+9 -> 5456000000) so the value reads plainly."""
    exp = d.as_tuple().exponent
    return d.quantize(Decimal(1)) if isinstance(exp, int) and exp > 0 else d


def _deviation(original: Quantity, stated: Quantity, value: Decimal) -> Decimal:
    o = sum(_ends(original), _ZERO) / len(_ends(original))
    s = sum(_ends(stated), _ZERO) / len(_ends(stated))
    exp = o * value
    return ((s - exp) / exp).quantize(Decimal("0.0001")) if exp else _ZERO


# --- checking a pair -----------------------------------------------------------------------


def _article_rate(rates: Sequence[StatedRate] | None, a: str, b: str) -> StatedRate | None:
    for r in rates or ():
        if {r.base, r.quote} == {a, b}:
            return r
    return None


def _article_span(r: StatedRate, a: str, tol: Tolerance) -> tuple[Decimal, Decimal]:
    """The article's rate as an interval of ``b`` per ``a`` (within its written precision)."""
    h = r.precision * (tol.approx_units if r.qualifier == "approx" else Decimal("0.5"))
    h = max(h, r.precision / 2)
    lo, hi = r.value - h, r.value + h
    if r.base == a:
        return lo, hi
    return Decimal(1) / hi, Decimal(1) / lo


def _as_rate(r: StatedRate, day: dt.date | None) -> Rate:
    """The article's rate as a Rate (``source="article"``; dated by the article, or
    ``date.min`` for an undated one)."""
    rate: Rate = trusted(Rate, {"base": r.base, "quote": r.quote, "value": r.value,
                                "date": day or dt.date.min, "source": "article", "via": None})
    return rate


def check_pair(original: Quantity, stated: Quantity, *, date: dt.date | str | DateSpec | None,
               tolerance: Tolerance | None = None,
               stated_rates: Sequence[StatedRate] | None = None,
               store: RateStore | None = None,
               plausible: Collection[str] = ()) -> Finding:
    """Check one stated equivalent.

    A dated pair is judged by the rates of the article's day and the business day before it
    (the last two fixings; within ``window``), widened by the band; a figure that fits only an older rate gets the
    cause ``stale_rate``. ``stated_rates``: the rates the article prints
    (:attr:`Extraction.rates`); a figure in a currency pair one of them covers is judged by
    it. ``store``: the rates to use (default: the process-wide store). ``plausible``: the
    currencies the article names or its dateline implies (another currency's rate is a
    cause only for those, or for one sharing the written sign).

    >>> from moneyfacts import parse
    >>> f = check_pair(parse("Rmb160 billion"), parse("$23 billion"), date="2025-12-23")
    >>> f.verdict, f.rate[0].date.isoformat(), f.deviation
    ('consistent', '2025-12-23', Decimal('0.0103'))
    >>> check_pair(parse("$0"), parse("0 yuan"), date="2025-12-23").verdict
    'consistent'
    """
    tol = tolerance or Tolerance()
    if not isinstance(tol, Tolerance):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance, not {type(tol).__name__}")
    for name, q in (("original", original), ("stated", stated)):
        if not isinstance(q, Quantity):
            raise InputError(f"check_pair's {name} must be a Quantity, not {type(q).__name__}")
    spec = date if isinstance(date, DateSpec) else date_spec(date)
    rs = _store(store)
    if original.per != stated.per:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation="the two amounts are per different units")
    if original.unit == stated.unit:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"both amounts are in {stated.unit}: not a conversion")
    if all(v == 0 for v in _ends(original) + _ends(stated)):
        return _finding(original=original, stated=stated, verdict="consistent",
                        explanation="both amounts are zero: zero is zero in any currency.")
    art = _article_rate(stated_rates, original.unit, stated.unit)
    if spec.start is None:
        if art is not None:  # no date, but the article's own rate judges the figure
            return _by_article(original, stated, spec, tol, rs, art, None, [])
        return undated(original, stated, tol, rs)
    assert spec.end is not None
    try:
        ref = _reference(original.unit, stated.unit, _judging_start(spec, tol), spec.end, rs)
    except (MoneyfactsError, ValueError, OverflowError) as exc:
        return _finding(original=original, stated=stated, verdict="unverifiable",
                        explanation=f"cannot check {original.unit} against {stated.unit}: {exc}")
    return _judge(original, stated, spec, tol, rs, ref, art, plausible=frozenset(plausible))


#: The rates that judge a dated pair: the latest fixing on or before the article's day and
#: the one before it. For a weekday article that is the day and the business day before; for
#: a weekend article (no fixing of its own) Friday's and Thursday's, where it was Friday's
#: alone. Measured on every labelled held-out pair (pairs15-20 with ../shared/real, 383): a
#: Saturday deal converted into pounds at Thursday's rate (-1.5% from Friday's) was the one
#: false alarm of its kind; two fixings clear it and hide no labelled slip, while reaching a
#: second business day back for every article would hide none either but widens a crash's
#: allowance (a rouble figure of a Monday in December 2014 would pass 11% off).
JUDGING_FIXINGS = 2


def _judging_start(spec: DateSpec, tol: Tolerance) -> dt.date:
    """The first day whose rate judges a pair: the fixing before the latest one on or before
    the article's day (:data:`JUDGING_FIXINGS`; within the window), or the window before a
    month or a year given as the date."""
    assert spec.start is not None
    first = spec.start - dt.timedelta(days=tol.window)
    if spec.start != spec.end:
        return first
    day = spec.start if spec.start.weekday() < 5 else previous_business_day(spec.start)
    for _ in range(JUDGING_FIXINGS - 1):
        day = previous_business_day(day)
    return max(first, day)


def _judging_rate(a: str, b: str, ref: _Ref, fit: tuple[Decimal, Decimal], band: Decimal,
                  rs: RateStore) -> Rate:
    """The reference rate that judged the pair: the date's when it fits (within the band),
    else the one of the span nearest the figure."""
    lo, hi = fit
    if ref.count <= 1 or lo <= ref.at.value * (1 + band) and ref.at.value * (1 - band) <= hi:
        return ref.at
    target = (lo + hi) / 2 if hi.is_finite() else lo
    try:
        series = rs.pair_series(a, b)
    except (MoneyfactsError, ValueError):
        return ref.at
    i, j = series.span(ref.first.toordinal(), ref.at.date.toordinal())
    if j <= i:
        return ref.at
    tf = float(target)
    k = min(range(i, j), key=lambda n: (abs(series.approx[n] - tf), -n))
    return rs.rate_at(a, b, k)


def _stale_note(a: str, b: str, fit: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance,
                rs: RateStore, ref: _Ref, direction: tuple[str, str] | None) -> Cause | None:
    """A consistent figure the day's rates reach only through the band, but an older rate of
    the window fits exactly: the note (``stale_rate``, the day and its gap; issue 22 §2)."""
    if ref.regime == "pegged" or spec.start is None or spec.start != spec.end:
        return None
    found = _stale(a, b, fit, spec, replace(tol, stale_days=0), rs, ref.first)
    if found is None:
        return None
    when, value = found
    gap = _gap(value, ref.at.value, a, b, direction)
    return Cause(kind="stale_rate", date=when, gap=gap.quantize(Decimal("0.0001")),
                 detail=f"it matches the rate of {when} ({_rate_text(value, a, b, direction)}"
                 f"{_source(rs, a, b, when)}), "
                 f"{_pct(gap)} from the day's {_rate_text(ref.at.value, a, b, direction)} "
                 f"({ref.at.source}, {ref.at.date}), within the band")


def _suggested(original: Quantity, rate: Decimal, stated: Quantity) -> str:
    """The figure the rate gives, to three significant digits (or the stated figure's)."""
    exact = sum(_ends(original), Decimal(0)) / len(_ends(original)) * rate
    digits = 3
    if stated.value:
        digits = max(3, stated.value.adjusted() - stated.precision.adjusted() + 1)
    return format_amount(exact, stated.unit, digits)


def _judge(original: Quantity, stated: Quantity, spec: DateSpec, tol: Tolerance, rs: RateStore,
           ref: _Ref, art: StatedRate | None, direction: tuple[str, str] | None = None, *,
           plausible: frozenset[str] = frozenset(), allowance: Decimal | None = None) -> Finding:
    """The verdict on a pair against ``ref``, the rates of the article's day (and the
    business day before), widened by the band: ``consistent`` within both figures'
    precision; ``loose`` when only the written precision reaches the band (the day's figure
    is suggested); else ``inconsistent`` with a cause when one explains it."""
    a, b = original.unit, stated.unit
    if art is not None:
        direction = (art.base, art.quote)
    fit = _fitting_rates(_pairs(original, stated, tol))
    if allowance is None:
        allowance = _allowance(tol, ref.regime, ref.vol)
    band = _widen(ref.lo, ref.hi, allowance)
    used = list(ref.rates)
    expected = _expected(original, (ref.lo, ref.hi), stated)
    if art is not None:
        return _by_article(original, stated, spec, tol, rs, art, expected, used)
    at = _judging_rate(a, b, ref, fit, allowance, rs) if _meets(fit, band) else ref.at
    if at != ref.at:
        used = [at, *(r for r in used if r != at)]
    rate_text = f"{_rate_text(at.value, a, b, direction)} ({at.source}, {at.date})"
    window_text = ("the peg" if ref.regime == "pegged" else
                   f"the {ref.count} rates from {ref.first} to {ref.at.date}")
    exp_text = (format_amount(expected.low, b) if expected.low == expected.high
                else f"{format_amount(expected.low, b)} to {format_amount(expected.high, b)}")
    who_o, who_s = original.text or str(original), stated.text or str(stated)
    deviation = _deviation(original, stated, at.value)
    band_text = f"±{_band_pct(allowance)}" + (" with the pair's volatility"
                                              if allowance > BAND[ref.regime] and tol.band is None
                                              else "")
    head = f"{who_o} at {rate_text} gives {exp_text} over {window_text} ({band_text})"
    if _meets(fit, band):
        how, note = "agrees within its precision", None
        if not _meets(fit, (ref.lo, ref.hi)):
            round_text = _round_rate(fit, band, a, b)
            note = None if round_text else _stale_note(a, b, fit, spec, tol, rs, ref, direction)
            how += (f" at a round {round_text}, inside the ±{_band_pct(allowance)} band of a "
                    f"{ref.regime} currency" if round_text else
                    f" and the ±{_band_pct(allowance)} band of a {ref.regime} currency"
                    + (f"; {note.detail}" if note else " (newsrooms use their own rate)"))
        return _finding(
            original=original, stated=stated, verdict="consistent", expected=expected,
            deviation=deviation, rate=used, band=allowance, cause=note,
            explanation=f"{head}; the stated {who_s} {how}.")
    if _meets(_fitting_rates(_pairs(original, stated, tol, strict=False)), band):
        return _finding(
            original=original, stated=stated, verdict="loose", expected=expected,
            deviation=deviation, rate=used, band=allowance,
            explanation=f"{head}; the stated {who_s} ({_pct(deviation)}) reaches it only "
            f"through its written precision: the day's rate gives "
            f"{_suggested(original, at.value, stated)}.")
    cause = _diagnose(original, stated, fit, band, spec, tol, rs, ref.regime,
                      direction, plausible=plausible, day_rate=at.value,
                      before=ref.first)
    verdict = "inconsistent"
    # A stale or round rate inside the band (the band's own bounds, in the pair's direction:
    # a gap shown the other way round is a slightly different share) is a newsroom's rate.
    if cause.kind in ("stale_rate", "round_rate") and cause.gap is not None \
            and band[0] <= _gap_rate(cause.gap, at.value, a, b, direction) <= band[1]:
        verdict = "consistent"
    return _finding(
        original=original, stated=stated, verdict=verdict, expected=expected,
        deviation=deviation, rate=used, cause=cause, band=allowance,
        explanation=(f"{head}, but the article states {who_s} ({_pct(deviation)}); "
                     f"likely {cause.detail}."))


def _by_article(original: Quantity, stated: Quantity, spec: DateSpec, tol: Tolerance,
                rs: RateStore, art: StatedRate, expected: Interval | None,
                used: list[Rate]) -> Finding:
    """A figure judged by the rate its article prints, within both figures' precision, as
    a pair judged by the references is (``loose`` when only the written digits reach it)."""
    a = original.unit
    direction = (art.base, art.quote)
    fit = _fitting_rates(_pairs(original, stated, tol))
    span = _article_span(art, a, tol)
    arate = _as_rate(art, spec.end)
    value = art.value if art.base == a else 1 / art.value
    deviation = _deviation(original, stated, value)
    art_text = f"the article's own rate of {art.value} {art.quote} per {art.base} ({art.text.strip('()')})"
    who_o, who_s = original.text or str(original), stated.text or str(stated)
    if _meets(fit, span):
        return _finding(
            original=original, stated=stated, verdict="consistent", expected=expected,
            deviation=deviation, rate=[arate, *used],
            explanation=f"{who_o} at {art_text} gives the stated {who_s} within its "
            f"precision.")
    if _meets(_fitting_rates(_pairs(original, stated, tol, strict=False)), span):
        return _finding(
            original=original, stated=stated, verdict="loose", expected=expected,
            deviation=deviation, rate=[arate, *used],
            explanation=f"{who_o} at {art_text} reaches the stated {who_s} "
            f"({_pct(deviation)}) only through the written precision: the article's rate "
            f"gives {_suggested(original, value, stated)}.")
    market = _by_market(original, stated, spec, tol, rs, art, deviation)
    if market is not None:
        return market
    reg = regime(original.unit, stated.unit, spec.end) if spec.end else "floating"
    cause = _diagnose(original, stated, fit, span, spec, tol, rs, reg, direction, article=True,
                      day_rate=value)
    return _finding(
        original=original, stated=stated, verdict="inconsistent", expected=expected,
        deviation=deviation, rate=[arate, *used], cause=cause,
        explanation=f"{who_o} at {art_text} does not give the stated {who_s} "
        f"({_pct(deviation)}); likely {cause.detail}.")


def _by_market(original: Quantity, stated: Quantity, spec: DateSpec, tol: Tolerance,
               rs: RateStore, art: StatedRate, deviation: Decimal) -> Finding | None:
    """A dated pair its article's printed rate does not give, judged by the day's market
    rates instead: when they give it, the pair is consistent and the printed rate is the
    outlier (it is judged itself, ``subject="stated_rate"``). A wire's rate line ('($1 =
    32.51 baht)') is often a rate of another hour or day than the one its figures were
    converted at: measured on every labelled held-out pair (pairs15-20 and ../shared/real),
    this clears two false alarms (figures 1.1% from their rate line, on the day's market)
    and hides no labelled slip. None when the market does not give it either."""
    if spec.start is None:
        return None
    f = check_pair(original, stated, date=spec, tolerance=tol, store=rs)
    if f.verdict != "consistent":
        return None
    note = (f" The article's own rate of {art.value} {art.quote} per {art.base} "
            f"({art.text.strip('()')}) does not give it ({_pct(deviation)} from it): the "
            "printed rate, not the figure, is the one apart from the market.")
    return f.model_copy(update={"explanation": f.explanation + note})


# --- the article's pairs together ----------------------------------------------------------

def _dated_apart() -> re.Pattern[str]:
    """What dates an amount apart from the article's date: a phrase of [dated-apart]
    (lexicon.txt: 'at the time', 'then-'; a space matches any run of white space) or a year.

    >>> [bool(_dated_apart().search(t)) for t in ("at  the time", "the then-record", "in 2019", "then")]
    [True, True, True, False]
    """
    from moneyfacts.currencies import lexicon_sections

    phrases = "|".join(r"\s+".join(map(re.escape, k.split()))
                       for k, _, _ in lexicon_sections()["dated-apart"])
    return re.compile(rf"{phrases}|\b(?:19|20)\d\d\b", re.I)


_DATED_APART = _dated_apart()


def _implied(f: Finding, tol: Tolerance) -> tuple[str, str, Decimal, Decimal] | None:
    """(currency, USD-side..., low, high): the rate a pair implies, as foreign per other,
    oriented so every pair of the same two currencies reads the same way. A ``loose`` pair
    implies what its written digits allow ('A$8.75 ($6)': 6 is 5.5 to 6.5), not the two
    digits a newsroom's rounding would: its coarse figure contradicts no finer pair. Its
    digits are rounded, not truncated, there: 'USD 35 billion (EGP 1 trillion)' at 47 EGP a
    dollar is 1.6 trillion, which no one rounds to 1, so it still contradicts the article's
    other pairs (pairs15)."""
    a, b = f.original.unit, f.stated.unit
    loose = f.verdict == "loose"
    lo, hi = _fitting_rates(_pairs(f.original, f.stated, replace(tol, truncation=False) if loose else tol,
                                   strict=not loose))
    if lo > hi or lo <= 0 or not hi.is_finite():
        return None
    if a < b:
        return a, b, lo, hi
    return b, a, Decimal(1) / hi, Decimal(1) / lo


_Item = tuple[int, Decimal, Decimal]  # (finding index, low and high of the rate it implies)
_UNEXPLAINED = ("unexplained", "arithmetic_slip")


def _comparable(text: str, findings: list[Finding], tol: Tolerance
                ) -> dict[tuple[str, str], list[_Item]]:
    """The pairs not yet explained, grouped by currency pair, with the rates they imply."""
    groups: dict[tuple[str, str], list[_Item]] = {}
    for i, f in enumerate(findings):
        if f.subject != "equivalent" or f.verdict == "unverifiable":
            continue
        if f.cause is not None and f.cause.kind not in _UNEXPLAINED:
            continue  # explained already (a slip of magnitude, another currency ...)
        lo_pos = min(f.original.start, f.stated.start)
        hi_pos = max(f.original.end, f.stated.end)
        if text and _DATED_APART.search(text[max(0, lo_pos - 40): hi_pos + 40]):
            continue
        imp = _implied(f, tol)
        if imp is not None:
            groups.setdefault((imp[0], imp[1]), []).append((i, imp[2], imp[3]))
    return groups


def _distance(f: Finding) -> Decimal:
    return abs(f.deviation) if f.deviation is not None else _ZERO


def _standing_group(items: list[_Item], findings: list[Finding]) -> list[int]:
    """The group that stands: the pairs covering one point (pairwise-meeting intervals share
    one, an interval's low end), chosen by the most pairs the references agree with, then the
    most pairs, then the nearest its references. Pairs that agree with each other but not
    with the market ('C$8mn (US$4.916m)' twice) do not outvote a right one, nor does a vague
    pair ('$2 million') that meets both a slip and a right one.

    One sweep over the sorted ends (n log n): the pairs covering a point p are those with
    low <= p, less those with high < p; prefix sums give their standing."""
    def prefix(order: list[_Item]) -> tuple[list[int], list[Decimal]]:
        agreed, dist = [0], [_ZERO]
        for j, _, _ in order:
            agreed.append(agreed[-1] + (findings[j].verdict == "consistent"))
            dist.append(dist[-1] + _distance(findings[j]))
        return agreed, dist

    by_low = sorted(items, key=lambda t: t[1])
    by_high = sorted(items, key=lambda t: t[2])
    lows, highs = [t[1] for t in by_low], [t[2] for t in by_high]
    agreed_l, dist_l = prefix(by_low)
    agreed_h, dist_h = prefix(by_high)
    best_key: tuple[int, int, Decimal] | None = None
    best_at = _ZERO
    for _, p, _ in items:  # in the pairs' order: the first of equals stands, as before
        n_l, n_h = bisect_right(lows, p), bisect_left(highs, p)
        key = (agreed_l[n_l] - agreed_h[n_h], n_l - n_h, -(dist_l[n_l] - dist_h[n_h]))
        if best_key is None or key > best_key:
            best_key, best_at = key, p
    return [j for j, lo, hi in items if lo <= best_at <= hi]


def _other_pairs(text: str, findings: list[Finding], tol: Tolerance) -> list[Finding]:
    """Pairs of one currency pair that imply rates clear of each other's: the ones outside
    the largest agreeing group (with two, the one farther from the reference) get
    ``contradicts_other_pairs``. Linear in the pairs but for one sort."""
    out = list(findings)
    for (c1, c2), items in _comparable(text, findings, tol).items():
        if len(items) < 2:
            continue
        best = _standing_group(items, findings)
        if len(best) == len(items):
            continue
        if len(best) == 1:  # one pair alone: the one nearest its reference stands, if it fits
            best = [min((j for j, _, _ in items), key=lambda j: _distance(findings[j]))]
            if findings[best[0]].verdict != "consistent":
                continue
        standing = set(best)
        good = [(lo, hi) for j, lo, hi in items if j in standing]
        g_lo, g_hi = max(x for x, _ in good), min(y for _, y in good)
        shown = ", ".join(f"{findings[j].original.text or findings[j].original} "
                          f"({findings[j].stated.text or findings[j].stated})" for j in best[:3])
        if len(best) > 3:
            shown += f" and {len(best) - 3} more"
        for j, lo, hi in items:
            f = findings[j]
            if j in standing or (f.verdict == "inconsistent" and f.cause is not None
                                 and f.cause.kind not in _UNEXPLAINED):
                continue
            if f.verdict in ("consistent", "loose") and _apart(
                    (lo + hi) / 2, (g_lo + g_hi) / 2) <= (f.band or _ZERO):
                continue  # the rate it implies is within its band of the others': no slip
            out[j] = _contradicts(f, (lo + hi) / 2, (g_lo + g_hi) / 2, c1, c2, shown)
    return out


def _apart(rate: Decimal, other: Decimal) -> Decimal:
    """How far apart two implied rates are, relative to the smaller.

    >>> str(_apart(Decimal("45.1359"), Decimal("45.0099")))
    '0.002799'
    """
    lo, hi = min(rate, other), max(rate, other)
    return (hi / lo - 1).quantize(Decimal("0.000001")) if lo > 0 else Decimal("Infinity")


def _contradicts(f: Finding, mid: Decimal, other_mid: Decimal, c1: str, c2: str,
                 shown: str) -> Finding:
    detail = (f"the pair implies {_sig(mid if mid >= 1 else 1 / mid)} "
              f"{c2 if mid >= 1 else c1} per {c1 if mid >= 1 else c2}, the article's "
              f"other pairs {shown} imply {_sig(other_mid if mid >= 1 else 1 / other_mid)}")
    cause = Cause(kind="contradicts_other_pairs", detail=detail)
    return _finding(**{**{k: getattr(f, k) for k in Finding.model_fields},
                       "verdict": "inconsistent", "cause": cause,
                       "explanation": f"{f.original.text or f.original} "
                       f"({f.stated.text or f.stated}) disagrees with the article's "
                       f"other conversions: {detail}."})


def _reachable(spec: DateSpec, tol: Tolerance) -> None:
    """The earliest day a check may look up (the window and the stale-rate search before the
    date) must be a calendar day: else an InputError naming the date and the window."""
    try:
        reach = dt.timedelta(days=tol.window + tol.stale_days + 1)
    except OverflowError:
        raise InputError(f"the rate window of {tol.window} days is too long") from None
    if spec.start is not None:
        try:
            spec.start - reach
        except OverflowError:
            raise InputError(f"date {spec.label!r} is too early: with the {tol.window}-day rate "
                             "window it reaches before year 1") from None


def _dated_conventions(conventions: Conventions | None, spec: DateSpec) -> Conventions | None:
    """The caller's conventions with the article's date (the middle of a month or year given)
    for the resolver, unless they carry a date of their own (moneyfacts.resolve)."""
    if spec.start is None or spec.end is None or (conventions is not None and (
            not isinstance(conventions, Conventions) or conventions.date is not None)):
        return conventions
    import dataclasses

    middle = spec.start + (spec.end - spec.start) / 2
    return dataclasses.replace(Conventions.of(conventions), date=middle)


def check(
    text: str | Extraction,
    *,
    date: dt.date | str | ArticleDate | None,
    window: int | None = None,
    tolerance: Tolerance | None = None,
    dollar: str | None = None,
    yen: str | None = None,
    conventions: Conventions | None = None,
    store: RateStore | None = None,
    locale: str | None = None,
) -> Report:
    """Find every stated equivalent in ``text`` and check it against the rates of ``date``.

    ``date`` is a day, a month (``"2025-12"``), a year, or None (then each finding lists the
    date ranges over which it is consistent, and ``Report.consistent_dates`` where they all
    are). ``locale`` is the CLDR locale the text is written in (``"auto"``: found by
    py3langid). ``window`` overrides the tolerance's rate window in days; ``store`` the rates
    (default: the process-wide store). The rates the article prints (``Report.rates``) judge
    the figures in their currencies and are judged themselves (``subject="stated_rate"``).

    >>> r = check("Revenue was €8.5bn ($8.9bn), or €8.5bn ($9.4bn) by another count.",
    ...           date="2025-03-03")
    >>> [(f.verdict, str(f.stated)) for f in r.findings]
    [('consistent', '8.9 billion USD'), ('inconsistent', '9.4 billion USD')]
    """
    if not isinstance(text, (str, Extraction)):
        raise InputError(f"check() reads text (a str) or an Extraction, not {type(text).__name__}")
    tol = _tolerance(tolerance, window)
    spec = date_spec(date)
    _reachable(spec, tol)
    rs = _store(store)
    if isinstance(text, Extraction):
        ex, raw = text, ""
    else:
        ex, raw = extract(text, dollar=dollar, yen=yen, locale=locale,
                          conventions=_dated_conventions(conventions, spec)), text
    findings = _judge_equivalences(ex, raw, spec, tol, rs)
    for r in ex.rates:
        findings.append(_rate_finding(r, spec, tol, rs, assumed=bool(raw) and assumed_rate(raw, r)))
    consistent_dates = _common_dates(findings) if spec.start is None else []
    report: Report = trusted(Report, {
        "date": spec.label, "findings": findings, "mentions": ex.mentions, "skipped": ex.skipped,
        "meta": {"window_days": tol.window}, "consistent_dates": consistent_dates,
        "rates": list(ex.rates), "dating": date if isinstance(date, ArticleDate) else None})
    return keep_text(report, text)  # beside the fields, for the HTML view


def _tolerance(tolerance: Tolerance | None, window: int | None) -> Tolerance:
    """The caller's tolerance (default :class:`Tolerance`), with ``window`` days if given;
    :class:`InputError` naming a wrong one."""
    if tolerance is not None and not isinstance(tolerance, Tolerance):
        raise InputError(f"tolerance must be a moneyfacts.verify.Tolerance, not {type(tolerance).__name__}")
    tol = tolerance or Tolerance()
    if window is None:
        return tol
    if isinstance(window, bool) or not isinstance(window, int):
        raise InputError(f"the rate window must be a whole number of days, not {window!r}")
    if window < 0:
        raise InputError(f"the rate window must be zero or more days, not {window}")
    return Tolerance(**{**tol.__dict__, "window": window})


def _judge_equivalences(ex: Extraction, raw: str, spec: DateSpec, tol: Tolerance,
                        rs: RateStore) -> list[Finding]:
    """A finding for each stated equivalent of ``ex``: exactly for units and restatements,
    at the rates of ``spec`` for two currencies; then the pairs the text states otherwise
    (:func:`_other_pairs`)."""
    findings: list[Finding] = []
    exact: list[Finding] = []
    plausible = _article_currencies(ex, raw)
    for e in ex.equivalences:
        a, b = ex.mentions[e.original], ex.mentions[e.stated]
        if (f := judge_exact(a, b, e, tol)) is not None:  # units, restatements: no rate
            exact.append(f)
            continue
        try:
            findings.append(with_link(check_pair(a, b, date=spec, tolerance=tol,
                                                 stated_rates=ex.rates, store=rs,
                                                 plausible=plausible), e))
        except ArithmeticError:  # decimal.InvalidOperation: beyond the context's precision
            findings.append(_finding(  # this pair alone: the article's others are still judged
                original=a, stated=b, verdict="unverifiable",
                explanation=f"cannot check {a.text or a!s} against {b.text or b!s}: the figures "
                "need more digits than exact arithmetic here holds."))
    return _other_pairs(raw, findings, tol) + exact


def _common_dates(findings: list[Finding]) -> list[DateRange]:
    """With no date: the ranges of dates on which every finding is consistent (a finding
    consistent on every date constrains nothing)."""
    if not findings:
        return []
    ranges: list[DateRange] | None = None
    for f in findings:
        if f.verdict == "consistent" and not f.consistent_dates:
            continue  # agrees on every date
        ranges = f.consistent_dates if ranges is None else intersect(ranges, f.consistent_dates)
    return ranges or []


#: A printed rate is a market quote at the time of writing: its plausible range is the
#: fixings around the day widened by the band and by the day's typical intraday range, taken
#: as this many typical daily moves (a day's high-low range is about twice its close-to-close
#: move).
INTRADAY = Decimal(2)


def _market_range(base: str, quote: str, spec: DateSpec, tol: Tolerance, store: RateStore) -> _Ref:
    """The fixings around the article's day: the business day before, the day, and the
    business day after when the data has it (a month or a year: its window, as for pairs)."""
    assert spec.start is not None and spec.end is not None
    start = _judging_start(spec, tol)
    if spec.start == spec.end:
        after = spec.end + dt.timedelta(days=1)
        while after.weekday() >= 5:
            after += dt.timedelta(days=1)
        try:
            return _reference(base, quote, start, after, store)
        except (MoneyfactsError, ValueError):
            pass
    return _reference(base, quote, start, spec.end, store)


def _article_currencies(ex: Extraction, text: str) -> frozenset[str]:
    """The currencies an article names (its amounts and printed rates) and its dateline's:
    the only ones another currency's rate may plausibly come from."""
    codes = {m.unit for m in ex.mentions if m.kind == "money"}
    codes.update(c for r in ex.rates for c in (r.base, r.quote))
    if text:
        from moneyfacts.context import _dateline
        from moneyfacts.currencies import lexicon

        lex = lexicon()
        place = _dateline(text, lex)
        if place is not None:
            codes.update(place[1])
        # Currencies named without an amount ("as if the yuan were Hong Kong dollars"): the
        # lexicon's names, looked up word run by word run (linear in the text).
        words = _WORDS.findall(text.lower())
        starts = _name_starts(lex.names)
        for i, word in enumerate(words):
            for n in starts.get(word, ()):
                code = lex.names.get(" ".join(words[i:i + n]))
                if code is not None and len(code) == 3 and code.isupper():
                    codes.add(code)
                elif code is not None and "|" in code:  # 'pounds': GBP, and EGP, LBP...
                    codes.update(code.replace("|", " ").split())
        codes.update(w for w in _CODES.findall(text) if w in lex.codes)
    return frozenset(codes)


_WORDS = re.compile(r"[^\W\d_]+")
_STARTS: dict[int, dict[str, tuple[int, ...]]] = {}


def _name_starts(names: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """The first words of the lexicon's currency names, each with the lengths (in words) of
    the names it starts: a word that starts none is looked up no further."""
    got = _STARTS.get(id(names))
    if got is None:
        lengths: dict[str, set[int]] = {}
        for name in names:
            parts = name.split()
            if parts:
                lengths.setdefault(parts[0], set()).add(len(parts))
        got = _STARTS[id(names)] = {w: tuple(sorted(n)) for w, n in lengths.items()}
    return got
_CODES = re.compile(r"\b[A-Z]{3}\b")


def _rate_finding(r: StatedRate, spec: DateSpec, tol: Tolerance, store: RateStore, *,
                  assumed: bool = False) -> Finding:
    """The article's printed rate judged against the reference rates: "1 base = value quote"
    checked as a pair. An ``assumed`` rate (a budget's or a forecast's: 'based on an exchange
    rate of N190 to a dollar') makes no claim about the market: it judges its pairs and is
    not judged itself (``unverifiable``)."""
    one = trusted(Quantity, {"kind": "money", "unit": r.base, "value": Decimal(1), "low": None,
                             "high": None, "qualifier": None, "per": None,
                             "precision": Decimal("1E-12"), "text": f"1 {r.base}",
                             "start": r.start, "end": r.start, "assumed": None, "rate": None})
    shown = f"{r.value} {r.quote}"
    value = trusted(Quantity, {"kind": "money", "unit": r.quote, "value": r.value, "low": None,
                               "high": None, "qualifier": r.qualifier, "per": None,
                               "precision": r.precision, "text": shown, "start": r.start,
                               "end": r.end, "assumed": None, "rate": None})
    if assumed:
        f = _finding(original=one, stated=value, verdict="unverifiable",
                     explanation="An assumption (a budget's or a forecast's), not a market "
                     "quote: it judges the article's figures in its currencies and is not "
                     "judged itself.")
    elif spec.start is None or spec.end is None:
        f = check_pair(one, value, date=spec, tolerance=tol, store=store)
    else:
        try:
            ref = _market_range(r.base, r.quote, spec, tol, store)
        except (MoneyfactsError, ValueError, OverflowError) as exc:
            f = _finding(original=one, stated=value, verdict="unverifiable",
                         explanation=f"cannot check {r.base} against {r.quote}: {exc}")
        else:
            allowance = None if tol.band is not None else (
                _allowance(tol, ref.regime, ref.vol) + INTRADAY * ref.vol)
            f = _judge(one, value, spec, tol, store, ref, None, (r.base, r.quote),
                       allowance=allowance)
    explanation = f"The article's own rate {r.text!r}: " + f.explanation[0].lower() + f.explanation[1:]
    return f.model_copy(update={"subject": "stated_rate", "explanation": explanation})
