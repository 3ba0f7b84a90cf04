"""Causes: why a stated equivalent does not add up (a magnitude slip, an inverted rate,
another currency, swapped digits, a stale rate ...), and the numbers shown to a reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from moneyfacts.errors import MoneyfactsError
from moneyfacts.models import Cause, Quantity, Rate
from moneyfacts.reference import DateSpec, _reference, at_par, peg_legs, regime
from moneyfacts.tolerance import Tolerance, _allowance, _ends, _fitting_rates, _meets, _pairs
from moneyfacts.units import format_amount

if False:  # pragma: no cover - typing only
    from moneyfacts.rates.series import PairSeries
    from moneyfacts.rates.store import RateStore


# --- people's numbers ----------------------------------------------------------------------


def _sig(d: Decimal, digits: int = 6) -> str:
    """``d`` at ``digits`` significant figures, plainly written.

    >>> _sig(Decimal("0.2727483332904321861566578290")), _sig(Decimal("30")), _sig(Decimal("7.2686"))
    ('0.272748', '30', '7.2686')
    """
    if d == 0:
        return "0"
    q = d.quantize(Decimal(1).scaleb(d.adjusted() - digits + 1))
    text = f"{q.normalize():f}"
    return text


def _rate_text(value: Decimal, base: str, quote: str, direction: tuple[str, str] | None = None) -> str:
    """A rate in the direction the article uses (``direction``: (base, quote)), else the one
    in which it is at least one; six significant figures."""
    if direction is not None and direction == (quote, base) or direction is None and value < 1:
        value, base, quote = Decimal(1) / value, quote, base
    return f"{_sig(value)} {quote} per {base}"


def _gap(value: Decimal, day: Decimal, base: str, quote: str,
         direction: tuple[str, str] | None = None) -> Decimal:
    """How far ``value`` lies from ``day``, relative, in the direction :func:`_rate_text`
    shows the two rates."""
    flip = direction is not None and direction == (quote, base) or direction is None and day < 1
    return (day / value - 1) if flip else (value / day - 1)


def _gap_rate(gap: Decimal, day: Decimal, base: str, quote: str,
              direction: tuple[str, str] | None = None) -> Decimal:
    """The rate (``quote`` per ``base``) that lies ``gap`` from ``day`` as :func:`_gap`
    measures it (in the direction the rates are shown): its inverse.

    >>> d = Decimal("7.90055")
    >>> v = _gap_rate(_gap(Decimal("7.65989"), d, "USD", "SEK"), d, "USD", "SEK")
    >>> abs(v - Decimal("7.65989")) < Decimal("0.0000001")
    True
    """
    flip = direction is not None and direction == (quote, base) or direction is None and day < 1
    return day / (1 + gap) if flip else day * (1 + gap)


def _pct(d: Decimal) -> str:
    return f"{d * 100:+.1f}%"


def _band_pct(a: Decimal) -> str:
    """A band in percent, to two significant figures (0.75%, 1.5%, 2.6%)."""
    pct = a * 100
    if pct:
        pct = pct.quantize(Decimal(1).scaleb(min(0, pct.adjusted() - 1)))
    return f"{pct.normalize():f}%"


def _round_rate(fit: tuple[Decimal, Decimal], band: tuple[Decimal, Decimal],
                base: str, quote: str) -> str | None:
    """A round rate (one or two significant figures, in the direction in which it is at
    least one) inside both the band and the rates the figures allow, as text."""
    lo, hi = max(fit[0], band[0]), min(fit[1], band[1])
    if lo > hi or lo <= 0:
        return None
    if hi < 1:
        lo, hi, base, quote = Decimal(1) / hi, Decimal(1) / lo, quote, base
    for digits in (1, 2):
        step = Decimal(1).scaleb(hi.adjusted() - digits + 1)
        candidate = (lo / step).to_integral_value(rounding="ROUND_CEILING") * step
        if candidate <= hi:
            return f"{_sig(candidate)} {quote} per {base}"
    return None


# --- diagnosis -----------------------------------------------------------------------------


def _transpositions(stated: Quantity) -> list[Decimal]:
    """The stated figure with its two leading written digits swapped (52.2 -> 25.2). A swap
    further right moves a figure by a few percent, as often a coincidence as a typo (5.94
    for 5.49 is also 8% off), so it is not taken as evidence."""
    if stated.value is None or stated.value <= 0:
        return []
    units = str(int((stated.value / stated.precision).to_integral_value()))
    out = []
    for i in range(min(1, len(units) - 1)):
        if units[i] != units[i + 1] and not (i == 0 and units[1] == "0"):
            swapped = units[:i] + units[i + 1] + units[i] + units[i + 2:]
            out.append(Decimal(swapped) * stated.precision)
    return out


#: A round rate is a plausible cause only this close to the day's rate (a newsroom's round
#: rate approximates the market: "4 zlotys to the euro" when the fixing is 4.16).
ROUND_GAP = Decimal("0.05")
#: A cause is named when it fits clearly better than the next: its distance from the figure
#: at most this share of the next one's.
CLEARLY_BETTER = Decimal("0.5")


def _mid(lo: Decimal, hi: Decimal) -> Decimal:
    return (lo + hi) / 2


def _centre(q: Quantity) -> Decimal:
    ends = _ends(q)
    return sum(ends, Decimal(0)) / len(ends)


def _shared_sign(q: Quantity) -> set[str]:
    """The currencies that share the sign written in ``q.text`` ('kr', 'Rs'): a sign the
    lexicon lists with several codes. A bare '$' or '¥' is settled by the article's
    evidence (dateline, names), not by the sign, so it makes no other dollar plausible."""
    from moneyfacts.currencies import lexicon

    text = q.text or ""
    out: set[str] = set()
    for sign, entry in lexicon().signs.items():
        if len(entry.codes) > 1 and sign in text:
            out.update(entry.codes)
    return out


def _diagnose(original: Quantity, stated: Quantity, fit: tuple[Decimal, Decimal],
              span: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance, store: RateStore,
              reg: str, direction: tuple[str, str] | None, *, article: bool = False,
              plausible: frozenset[str] = frozenset(), day_rate: Decimal | None = None,
              before: dt.date | None = None) -> Cause:
    """Why no rate of ``span`` (the band's lowest and highest) is in ``fit``, the interval
    of rates that would make the pair agree. A cause is named only when (1) under it the
    figure falls within its precision and the band, (2) it fits clearly better than the
    next explanation and (3) it is plausible: another currency only when it shares the
    written sign or the article names it (``plausible``: the article's currencies and its
    dateline's), a round rate only near the day's rate (:data:`ROUND_GAP`). Else the cause
    is ``unexplained`` and the deviation is shown. ``article``: the span is the article's own
    rate (no other currency or day is then tried). ``day_rate``: the rate of the date;
    ``before``: the first day of the rates already tried (a stale rate is older).

    Each explanation is one matcher of the :class:`_Case` (a list of (distance, cause)),
    tried in a fixed order; :func:`_conclude` names the best or none."""
    case = _Case(original, stated, fit, span, spec, tol, store, reg, direction, article,
                 plausible, day_rate if day_rate is not None else _mid(*span), before)
    found: list[tuple[Decimal, Cause]] = []
    for matcher in _MATCHERS:
        found += matcher(case)
    return _conclude(case, found)


@dataclass(frozen=True)
class _Case:
    """A pair that does not add up, as every explanation of :func:`_diagnose` reads it."""

    original: Quantity
    stated: Quantity
    fit: tuple[Decimal, Decimal]
    span: tuple[Decimal, Decimal]
    spec: DateSpec
    tol: Tolerance
    store: RateStore
    reg: str
    direction: tuple[str, str] | None
    article: bool
    plausible: frozenset[str]
    #: The rate of the date (the span's middle unless given).
    day: Decimal
    before: dt.date | None

    @property
    def o(self) -> Decimal:
        return _centre(self.original)

    @property
    def s(self) -> Decimal:
        return _centre(self.stated)

    def fits(self, lo: Decimal, hi: Decimal, factor: Decimal = Decimal(1)) -> bool:
        return max(self.fit[0] * factor, lo) <= min(self.fit[1] * factor, hi)

    def distance(self, rate: Decimal, figure: Decimal | None = None) -> Decimal:
        o, s = self.o, self.s if figure is None else figure
        return abs(s / (o * rate) - 1) if o and rate else Decimal("Infinity")


def _slips(c: _Case) -> list[tuple[Decimal, Cause]]:
    """A factor of ten, a hundred, a thousand ... too small or too large."""
    out: list[tuple[Decimal, Cause]] = []
    r_lo, r_hi = c.span
    for f in c.tol.slip_factors:
        for factor, word in ((Decimal(f), "small"), (Decimal(1) / Decimal(f), "large")):
            if c.fits(r_lo, r_hi, factor):
                out.append((c.distance(_mid(r_lo, r_hi), c.s * factor), Cause(
                    kind="magnitude_slip", factor=Decimal(f),
                    detail=f"the stated figure is {f:,} times too {word}: a slip of magnitude "
                    f"({_magnitude_words(f)})")))
    return out


def _inverted(c: _Case) -> list[tuple[Decimal, Cause]]:
    """The rate turned upside down."""
    r_lo, r_hi = c.span
    if not c.fits(Decimal(1) / r_hi, Decimal(1) / r_lo):
        return []
    a, b = c.original.unit, c.stated.unit
    return [(c.distance(1 / _mid(r_lo, r_hi)), Cause(
        kind="inverted_rate", detail=f"the figure matches the rate turned upside down "
        f"({a} per {b} used as {b} per {a})"))]


def _transposed(c: _Case) -> list[tuple[Decimal, Cause]]:
    """The stated figure's two leading digits swapped."""
    out: list[tuple[Decimal, Cause]] = []
    stated, b = c.stated, c.stated.unit
    allowance = _allowance(c.tol, c.reg)
    for value in _transpositions(stated):
        if stated.value is None or abs(value - stated.value) <= 2 * allowance * stated.value:
            continue  # a swap this small is indistinguishable from another rate
        moved = stated.model_copy(update={"value": value})
        if _meets(_fitting_rates(_pairs(c.original, moved, c.tol)), c.span):
            out.append((c.distance(_mid(*c.span), value), Cause(
                kind="digit_transposition", detail=f"two digits swapped: "
                f"{format_amount(value, b)} fits the rate, the written {stated.text or stated} "
                "does not")))
    return out


def _elsewhere(c: _Case) -> list[tuple[Decimal, Cause]]:
    """Another currency's rate, or the pair's rate of an earlier day (not for the article's
    own rate, and only with a dated window)."""
    spec = c.spec
    if c.article or spec.start is None or spec.end is None:
        return []
    a, b = c.original.unit, c.stated.unit
    out = _other_currencies(c.original, c.stated, c.fit, spec, c.tol, c.store, c.plausible,
                            c.distance)
    if c.reg != "pegged" and a != b:
        stale = _stale(a, b, c.fit, spec, c.tol, c.store, c.before)
        if stale is not None:
            when, value = stale
            source = _source(c.store, a, b, when)
            gap = _gap(value, c.day, a, b, c.direction)
            out.append((c.distance(value), Cause(
                kind="stale_rate", date=when, gap=gap.quantize(Decimal("0.0001")),
                detail=f"the figure matches the rate of {when} "
                f"({_rate_text(value, a, b, c.direction)}{source}), "
                f"{(spec.start - when).days} days "
                f"before the article and {_pct(gap)} from the day's "
                f"{_rate_text(c.day, a, b, c.direction)}")))
    return out


def _round(c: _Case) -> list[tuple[Decimal, Cause]]:
    """A round rate near the day's."""
    a, b, direction = c.original.unit, c.stated.unit, c.direction
    rnd = _round_rate_near(c.fit, c.day, a, b, direction)
    if rnd is None:
        return []
    value, text = rnd
    gap = _gap(value, c.day, a, b, direction)
    return [(c.distance(value), Cause(
        kind="round_rate", gap=gap.quantize(Decimal("0.0001")),
        detail=f"the figure is converted at a round {text}, {_pct(gap)} from the day's "
        f"{_rate_text(c.day, a, b, direction)}"))]


#: The explanations :func:`_diagnose` tries, in order (ties keep it).
_MATCHERS: tuple[Callable[[_Case], list[tuple[Decimal, Cause]]], ...] = (
    _slips, _inverted, _transposed, _elsewhere, _round)


def _conclude(c: _Case, found: list[tuple[Decimal, Cause]]) -> Cause:
    """The explanation that fits clearly best (or several of one kind), else
    ``contradicts_stated_rate`` for the article's own rate or ``unexplained``."""
    found = sorted(found, key=lambda x: x[0])
    if found and (len(found) == 1 or found[0][0] <= CLEARLY_BETTER * found[1][0]
                  or found[0][1].kind == found[1][1].kind):
        return found[0][1]
    o, s, day = c.o, c.s, c.day
    deviation = (s / (o * day) - 1).quantize(Decimal("0.0001")) if o and day else Decimal(0)
    if c.article and not found:
        return Cause(kind="contradicts_stated_rate", detail="the figure contradicts the rate "
                     f"the article itself prints ({_pct(deviation)} from it)")
    if not found:
        return Cause(kind="unexplained",
                     detail=f"no slip of magnitude, digits, rate or currency explains it "
                     f"({_pct(deviation)} from the day's rate)")
    rivals = list(dict.fromkeys(_rival(k) for _, k in found))
    named = rivals[0] if len(rivals) == 1 else ", ".join(rivals[:-1]) + " and " + rivals[-1]
    return Cause(kind="unexplained",
                 detail=f"no one slip explains it clearly ({_pct(deviation)} from the day's "
                 f"rate): {named} fit about as well")


def _rival(cause: Cause) -> str:
    """A cause as one of several that fit about as well, named by what tells it apart: the
    factor, the currency, the day.

    >>> _rival(Cause(kind="magnitude_slip", factor=Decimal(10), detail=""))
    'a slip of magnitude (10 times)'
    >>> _rival(Cause(kind="stale_rate", date=dt.date(2020, 8, 7), detail=""))
    'the rate of 2020-08-07'
    """
    if cause.kind == "magnitude_slip" and cause.factor is not None:
        return f"a slip of magnitude ({cause.factor:,} times)"
    if cause.kind == "wrong_currency" and cause.currency:
        return f"the {cause.currency} rate"
    if cause.kind == "stale_rate" and cause.date is not None:
        return f"the rate of {cause.date}"
    return {"round_rate": "a round rate", "digit_transposition": "two swapped digits",
            "inverted_rate": "the rate turned upside down"}.get(cause.kind,
                                                                cause.kind.replace("_", " "))


def _other_currencies(original: Quantity, stated: Quantity, fit: tuple[Decimal, Decimal],
                      spec: DateSpec, tol: Tolerance, store: RateStore, plausible: frozenset[str],
                      distance: Callable[[Decimal], Decimal]) -> list[tuple[Decimal, Cause]]:
    """Another currency's rate: the original read as a plausible look-alike, or the stated
    figure converted into one; the market's own rates of the window (not a peg's band: the
    evidence must be as narrow as the figure's precision)."""
    assert spec.start is not None and spec.end is not None
    a, b = original.unit, stated.unit

    def others(code: str, q: Quantity, exclude: str) -> list[str]:
        # not a currency at par with the one written ('£': the Gibraltar pound is sterling's
        # one for one; a market quote of it that differs from sterling's is no evidence)
        near = _shared_sign(q) | set(plausible)
        return sorted(c for c in near if c not in (code, exclude)
                      and not at_par(c, code, spec.end))  # type: ignore[arg-type]

    mixups = [(other, b, other, f"the figure matches the {other} rate{{}}, not the {a} rate")
              for other in others(a, original, b)]
    mixups += [(a, other, other, f"the figure is a conversion into {other}{{}}, not {b}")
               for other in others(b, stated, a)]
    out: list[tuple[Decimal, Cause]] = []
    w_start = spec.start - dt.timedelta(days=tol.window)
    for base, quote, other, detail in mixups:
        alts: list[tuple[Decimal, Decimal, list[Rate]]] = []
        try:  # the market's rates over the window: a short look-up, no series built
            w = store.window(base, quote, w_start, spec.end)
            alts.append((w.min.value, w.max.value, list(w.rates)))
        except (MoneyfactsError, ValueError):
            pass
        if regime(base, quote, spec.end) == "pegged":
            try:  # a peg of one value (not a band like HKD's 7.75-7.85: too wide for evidence)
                ref_alt = _reference(base, quote, w_start, spec.end, store)
                if ref_alt.lo == ref_alt.hi:
                    alts.append((ref_alt.lo, ref_alt.hi, list(ref_alt.rates[:1])))
            except (MoneyfactsError, ValueError):
                pass
        for lo, hi, rates in alts:
            if max(fit[0], lo) > min(fit[1], hi):
                continue
            rate = min(max((fit[0] + fit[1]) / 2, lo), hi)
            out.append((distance(rate), Cause(kind="wrong_currency", currency=other,
                                              detail=detail.format(_named(rates, rate)))))
            break
    return out


def _named(rates: list[Rate], near: Decimal) -> str:
    """The published rate nearest ``near``, with its source and day, as a cause names it:
    " (7.12 CNY per USD, ECB, 2025-01-22)"; empty when there is none."""
    if not rates:
        return ""
    r = min(rates, key=lambda x: abs(x.value - near))
    return f" ({_rate_text(r.value, r.base, r.quote)}, {r.source}, {r.date})"


def _round_rate_near(fit: tuple[Decimal, Decimal], day: Decimal, a: str, b: str,
                     direction: tuple[str, str] | None) -> tuple[Decimal, str] | None:
    """The round rate (one or two significant figures, in the direction in which it is at
    least one) inside ``fit`` and nearest the day's rate, if within :data:`ROUND_GAP` of it."""
    lo, hi = fit
    if lo > hi or lo <= 0 or not hi.is_finite() or day <= 0:
        return None
    flip = hi < 1
    if flip:
        lo, hi, day_v = Decimal(1) / hi, Decimal(1) / lo, Decimal(1) / day
    else:
        day_v = day
    best: Decimal | None = None
    for digits in (1, 2):
        step = Decimal(1).scaleb(hi.adjusted() - digits + 1)
        k = (lo / step).to_integral_value(rounding="ROUND_CEILING")
        for _ in range(100):
            cand = k * step
            if cand > hi:
                break
            if best is None or abs(cand - day_v) < abs(best - day_v):
                best = cand
            k += 1
    if best is None or abs(best / day_v - 1) > ROUND_GAP:
        return None
    value = Decimal(1) / best if flip else best
    return value, _rate_text(value, a, b, direction)


def _stale(a: str, b: str, fit: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance,
           store: RateStore, before: dt.date | None = None) -> tuple[dt.date, Decimal] | None:
    """The latest rate that fits, of the ``stale_days`` before the first rate already tried
    (``before``; else the window's first day); failing that (with ``stale_days`` at all),
    of the :data:`LONG_STALE_DAYS` before the window, when :func:`_singled_out` says the fit is
    evidence (a conversion reused months later: 'Sh143 billion' at the rate of November)."""
    assert spec.start is not None
    legs = peg_legs(a, b, spec.end or spec.start)
    if legs is not None:  # the peg times its anchors' past rates, not a table's (XOF per USD)
        return _stale_anchors(legs, fit, spec, tol, store, before)
    try:
        series = store.pair_series(a, b)
    except (MoneyfactsError, ValueError):
        return None
    end = (before.toordinal() if before is not None
           else spec.start.toordinal() - tol.window) - 1
    first = spec.start.toordinal() - tol.window
    i, j = series.span(first - tol.stale_days, end)
    lo, hi = float(fit[0]), float(fit[1])
    k = _latest_fitting(series, i, j, lo, hi, fit)
    if k is None and tol.stale_days:
        i2, j2 = series.span(first - max(tol.stale_days, LONG_STALE_DAYS), end)
        k = _latest_fitting(series, i2, i, lo, hi, fit)
        if k is not None and not _singled_out(series, i2, j2, lo, hi):
            k = None
    if k is None:
        return None
    return dt.date.fromordinal(series.days[k]), series.exact(k)


def _stale_anchors(legs: tuple[str, str, Decimal], fit: tuple[Decimal, Decimal],
                   spec: DateSpec, tol: Tolerance, store: RateStore,
                   before: dt.date | None) -> tuple[dt.date, Decimal] | None:
    """:func:`_stale` of a pair pegged through a third currency: its anchors' past rates
    times the peg (``legs`` from :func:`moneyfacts.reference.peg_legs`); none when both
    sides are fixed to one anchor (no earlier rate differs)."""
    a, b, k = legs
    if a == b:
        return None
    got = _stale(a, b, (fit[0] / k, fit[1] / k), spec, tol, store, before)
    return None if got is None else (got[0], got[1] * k)


def _source(store: RateStore, a: str, b: str, day: dt.date) -> str:
    """The source of the published rate of ``day`` ("ECB", "NBP tables A+B"), to name with
    a stale rate; empty when the store cannot say."""
    legs = peg_legs(a, b, day)
    try:
        if legs is not None:  # 'ECB and the XOF peg'
            pegged = " and ".join(c for c, x in ((a, legs[0]), (b, legs[1])) if c != x)
            return (", " + store.get_rate(legs[0], legs[1], day).source + f" and the {pegged} peg"
                    + ("s" if " and " in pegged else ""))
        return ", " + store.get_rate(a, b, day).source
    except (MoneyfactsError, ValueError):
        return ""


#: How far back, beyond ``stale_days``, a reused conversion is looked for: a season of news
#: (a deal's or a budget's conversion carried from story to story). Further back, a moving
#: rate passes most figures some day: an 8% slip in won fits a rate of nine months before.
LONG_STALE_DAYS = 120
#: A stale rate older than ``stale_days`` is named only if at most this share of the rates
#: published over :data:`LONG_STALE_DAYS` fits the figure: a figure that fits a fifth of
#: those days or more fits a moving rate by chance, not a particular past day's.
LONG_STALE_SHARE = 0.2


def _latest_fitting(series: PairSeries, i: int, j: int, lo: float, hi: float,
                    fit: tuple[Decimal, Decimal]) -> int | None:
    """The index of the latest rate of ``series`` [i, j) inside ``fit``, or None."""
    for k in range(j - 1, i - 1, -1):
        v = series.approx[k]
        if lo * (1 - 1e-9) <= v <= hi * (1 + 1e-9):
            if fit[0] <= series.exact(k) <= fit[1]:
                return k
    return None


def _singled_out(series: PairSeries, i: int, j: int, lo: float, hi: float) -> bool:
    """Whether few of the rates [i, j) of ``series`` fit [lo, hi] (at most
    :data:`LONG_STALE_SHARE` of them): the fit then points to a period, not to chance.

    >>> from types import SimpleNamespace
    >>> s = SimpleNamespace(approx=[100.0 + d for d in range(10)])
    >>> _singled_out(s, 0, 10, 101.5, 102.5), _singled_out(s, 0, 10, 100.5, 105.5)
    (True, False)
    """
    approx = series.approx
    n = j - i
    if n <= 0:
        return False
    inside = sum(1 for k in range(i, j) if lo <= approx[k] <= hi)
    return inside <= LONG_STALE_SHARE * n


def _magnitude_words(f: int) -> str:
    return {10: "a misplaced decimal point", 100: "lakh for crore or a misplaced decimal point",
            1000: "thousand/million/billion", 1000000: "million for trillion or thousand for billion",
            1000000000: "billion for units"}.get(f, f"×{f}")
