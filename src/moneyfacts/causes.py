"""Causes: why a stated equivalent does not add up (a magnitude slip, an inverted rate,
another currency, swapped digits, a stale rate ...), and the numbers shown to a reader."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from moneyfacts.errors import MoneyfactsError
from moneyfacts.models import Cause, Quantity
from moneyfacts.reference import DateSpec, _data, _reference, regime
from moneyfacts.tolerance import Tolerance, _allowance, _fitting_rates, _meets, _pairs
from moneyfacts.units import format_amount

if False:  # pragma: no cover - typing only
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


def _pct(d: Decimal) -> str:
    return f"{d * 100:+.1f}%"


def _band_pct(a: Decimal) -> str:
    return f"{(a * 100).normalize():f}%"


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


def _diagnose(original: Quantity, stated: Quantity, fit: tuple[Decimal, Decimal],
              span: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance, store: RateStore,
              reg: str, direction: tuple[str, str], *, article: bool = False) -> Cause:
    """Why no rate of ``span`` (the band's lowest and highest) is in ``fit``, the interval
    of rates that would make the pair agree. Each hypothesis tests whether a rate it implies
    falls in there, within the stated figure's precision (a claim scales linearly with a
    magnitude factor). ``article``: the span is the article's own rate (no other currency
    or day is then tried)."""
    from moneyfacts.currencies import lexicon

    fit_lo, fit_hi = fit

    def fits(r_lo: Decimal, r_hi: Decimal, factor: Decimal = Decimal(1)) -> bool:
        return max(fit_lo * factor, r_lo) <= min(fit_hi * factor, r_hi)

    r_lo, r_hi = span
    a, b = original.unit, stated.unit
    for f in tol.slip_factors:
        for factor, word in ((Decimal(f), "small"), (Decimal(1) / Decimal(f), "large")):
            if fits(r_lo, r_hi, factor):
                return Cause(
                    kind="magnitude_slip",
                    factor=Decimal(f),
                    detail=f"the stated figure is {f:,} times too {word}: a slip of magnitude "
                    f"({_magnitude_words(f)})",
                )
    if fits(Decimal(1) / r_hi, Decimal(1) / r_lo):
        return Cause(kind="inverted_rate",
                     detail=f"the figure matches the rate turned upside down ({a} per {b} "
                     f"used as {b} per {a})")
    allowance = _allowance(tol, reg)
    for value in _transpositions(stated):
        if stated.value is None or abs(value - stated.value) <= 2 * allowance * stated.value:
            continue  # a swap this small is indistinguishable from another rate
        moved = stated.model_copy(update={"value": value})
        if _meets(_fitting_rates(_pairs(original, moved, tol)), span):
            shown = format_amount(value, b)
            return Cause(kind="digit_transposition",
                         detail=f"two digits swapped: {shown} fits the rate, the written "
                         f"{stated.text or stated} does not")
    if article:
        return Cause(kind="contradicts_stated_rate", detail="the figure contradicts the rate the "
                     "article itself prints")
    assert spec.start is not None and spec.end is not None
    lex = lexicon()
    extra = _data().confusable
    # Another currency's rate: the original read as a look-alike (or the dollar, or the
    # euro), or the stated figure converted into one.
    def others(code: str, exclude: str) -> list[str]:
        names = list(lex.confusable.get(code, ())) + list(extra.get(code, ())) + ["USD", "EUR"]
        return [c for c in dict.fromkeys(names) if c not in (code, exclude)]

    mixups = [(other, b, other, f"the figure matches the {other} rate, not the {a} rate")
              for other in others(a, b)]
    mixups += [(a, other, other, f"the figure is a conversion into {other}, not {b}")
               for other in others(b, a)]
    for base, quote, other, detail in mixups:
        # The market's own rates (not a peg's band): the evidence must be as narrow as the
        # figure's precision.
        alts: list[tuple[Decimal, Decimal, bool]] = []  # (low, high, from a peg's band)
        w_start = spec.start - dt.timedelta(days=tol.window)
        try:  # the market's rates over the window: a short look-up, no series built
            w = store.window(base, quote, w_start, spec.end)
            alts.append((w.min.value, w.max.value, False))
        except (MoneyfactsError, ValueError):
            pass
        if regime(base, quote, spec.end) == "pegged":
            try:
                ref_alt = _reference(base, quote, w_start, spec.end, store)
                alts.append((ref_alt.lo, ref_alt.hi, ref_alt.lo != ref_alt.hi))
            except (MoneyfactsError, ValueError):
                pass
        # A peg's band (HKD's 7.75-7.85) is wider than a figure's precision: not evidence.
        if any(fits(lo, hi) for lo, hi, band in alts if not band):
            return Cause(kind="wrong_currency", currency=other, detail=detail)
    if reg != "pegged" and a != b:
        stale = _stale(a, b, fit, spec, tol, store)
        if stale is not None:
            day, value = stale
            return Cause(kind="stale_rate", date=day,
                         detail=f"the figure matches the rate of {day} "
                         f"({_rate_text(value, a, b, direction)}), "
                         f"{(spec.start - day).days} days before the article")
    return Cause(kind="arithmetic_slip",
                 detail="no rate, magnitude, digit or currency mix-up explains it: an "
                 "arithmetic slip")


def _stale(a: str, b: str, fit: tuple[Decimal, Decimal], spec: DateSpec, tol: Tolerance,
           store: RateStore) -> tuple[dt.date, Decimal] | None:
    """The latest rate of the ``stale_days`` before the window that fits, if any."""
    assert spec.start is not None
    try:
        series = store.pair_series(a, b)
    except (MoneyfactsError, ValueError):
        return None
    end = spec.start.toordinal() - tol.window - 1
    i, j = series.span(end - tol.stale_days, end)
    lo, hi = float(fit[0]), float(fit[1])
    for k in range(j - 1, i - 1, -1):
        v = series.approx[k]
        if lo * (1 - 1e-9) <= v <= hi * (1 + 1e-9):
            exact = series.exact(k)
            if fit[0] <= exact <= fit[1]:
                return dt.date.fromordinal(series.days[k]), exact
    return None


def _magnitude_words(f: int) -> str:
    return {10: "a misplaced decimal point", 100: "lakh for crore or a misplaced decimal point",
            1000: "thousand/million/billion", 1000000: "million for trillion or thousand for billion",
            1000000000: "billion for units"}.get(f, f"×{f}")
