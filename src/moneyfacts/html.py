"""HTML reports: the article with every amount marked, each stated conversion beside its verdict.

One self-contained page (inline CSS, no script, nothing fetched from elsewhere) for the copy
desk, and the same markup as the notebook view of :class:`~moneyfacts.models.Report`,
:class:`~moneyfacts.models.Extraction` and :class:`~moneyfacts.models.Finding`
(``_repr_html_``). Everything goes through Jinja2 templates (``moneyfacts/templates``) with
autoescaping on: the article text is untrusted and always shows as text.

>>> import moneyfacts
>>> from moneyfacts.html import Article, render_page
>>> text = "It set aside 40 billion yuan ($5.5 million) <script>alert(1)</script>."
>>> page = render_page([Article("story.txt", text, moneyfacts.check(text, date="2025-01-22"),
...                             date_source="--date")])
>>> "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page
True
>>> 'class="mf-badge mf-v-inconsistent"' in page
True

The pictures are drawn from the bundled rates: per finding, the reference rate over the rate
window and the weeks before it, with the rate the article implies drawn across it; for an
undated article, a timeline of the date ranges its conversions fit. Their coordinates are
floats (pixels); every figure shown as text stays a Decimal formatted by
:mod:`moneyfacts.units`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import jinja2

    from moneyfacts.models import DateRange, Extraction, Finding, Quantity, Rate, Report, Skipped

__all__ = [
    "Article",
    "render_page",
    "report_html",
    "extraction_html",
    "finding_html",
    "source_text",
    "implied_rate",
    "environment",
    "DATE_SOURCES",
    "WEEKS_BEFORE",
]

#: Where an article's date came from, as the summary words it.
DATE_SOURCES = {
    "--date": "from --date",
    "front matter": "from the front matter",
    "argument": "given to check()",
}

#: How many weeks of rates before the window a finding's picture shows.
WEEKS_BEFORE = 8

_CAUSE_WORDS = {
    "magnitude_slip": "magnitude slip",
    "inverted_rate": "inverted rate",
    "wrong_currency": "wrong currency",
    "stale_rate": "stale rate",
    "arithmetic_slip": "arithmetic slip",
    "round_rate": "round rate",
    "unexplained": "unexplained",
}
_KIND = re.compile(r"[^a-z0-9-]")


@dataclass(frozen=True)
class Article:
    """One checked text for a page: a name (a file path), the text the report was read from
    (spans index into it), the report, and where its date came from (a key of
    :data:`DATE_SOURCES`, or None when the article is undated)."""

    name: str
    text: str | None
    report: Report
    date_source: str | None = None


# --- the environment --------------------------------------------------------------------


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment: the package's templates, autoescaping on (off only for the
    stylesheet, which is ours), undefined names an error."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("moneyfacts", "templates"),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "j2", "svg"), disabled_extensions=("css",),
            default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = _pct
    env.filters["cause_words"] = _cause_words
    return env


def _pct(d: Decimal | None) -> str:
    return "" if d is None else f"{d * 100:+.1f}%"


def _cause_words(kind: str) -> str:
    return _CAUSE_WORDS.get(kind, kind.replace("_", " "))


# --- public entry points ------------------------------------------------------------------


def render_page(articles: Sequence[Article], *, title: str | None = None) -> str:
    """A whole HTML document: a summary, a table of contents when there are several
    articles, and a section per article (marked text, numbered notes, pictures)."""
    sections = [_section(a, i) for i, a in enumerate(articles, 1)]
    totals = _counts(f for a in articles for f in a.report.findings)
    if title is None:
        title = ("moneyfacts check: " + articles[0].name if len(articles) == 1
                 else f"moneyfacts check: {len(articles)} files" if articles
                 else "moneyfacts check: no files")
    from moneyfacts import __version__

    return environment().get_template("page.html.j2").render(
        title=title, heading="moneyfacts check" if len(sections) == 1 else title,
        sections=sections, totals=totals, version=__version__,
        verdicts=_VERDICTS, kinds=_kinds_seen(articles))


def report_html(report: Report, text: str | None = None, *, name: str = "article",
                date_source: str | None = None) -> str:
    """The notebook view of a report: a fragment with its own scoped style. ``text``
    defaults to the text :func:`moneyfacts.check` read (kept on the report, out of its
    fields); without it the amounts are listed instead of marked in place.

    >>> import moneyfacts
    >>> r = moneyfacts.check("It set aside 40 billion yuan ($5.5 million).", date="2025-01-22")
    >>> fragment = report_html(r)
    >>> fragment.startswith('<div class="mf mf-fragment">'), 'data-role="stated"' in fragment
    (True, True)
    """
    if text is None:
        text = source_text(report)
    if date_source is None and report.date is not None:
        date_source = "argument"
    section = _section(Article(name, text, report, date_source), 1)
    return environment().get_template("fragment.html.j2").render(
        section=section, verdicts=_VERDICTS, kinds=_kinds_seen([section["article"]]))


def extraction_html(extraction: Extraction, text: str | None = None) -> str:
    """The notebook view of an extraction: the text with every amount marked by kind and each
    stated equivalent joined to its original (no verdicts: nothing is checked).

    >>> import moneyfacts
    >>> fragment = extraction_html(moneyfacts.extract("It cost 40 billion yuan ($5.5 billion)."))
    >>> fragment.count('class="mf-pair"'), "data-finding" in fragment   # joined, no verdict
    (1, False)
    """
    if text is None:
        text = source_text(extraction)
    mentions = list(extraction.mentions)
    pairs = [(e.original, e.stated, None) for e in extraction.equivalences
             if 0 <= e.original < len(mentions) and 0 <= e.stated < len(mentions)]
    nodes = _nodes(text, mentions, extraction.skipped, pairs, "x1") if text is not None else None
    return environment().get_template("extraction.html.j2").render(
        nodes=nodes, unmarked=_unmarked(text, mentions, extraction.skipped, "x1"), mentions=[_mention_view(q, i, "x1") for i, q in enumerate(mentions)],
        pairs=[(mentions[a], mentions[b]) for a, b, _ in pairs], skipped=extraction.skipped,
        kinds=_ordered_kinds({q.kind for q in mentions}))


def finding_html(finding: Finding) -> str:
    """The notebook view of one finding: its note (verdict, explanation, expected range,
    deviation, rates, cause) and its picture.

    >>> import moneyfacts
    >>> f = moneyfacts.check("40 billion yuan ($5.5 million)", date="2025-01-22").findings[0]
    >>> fragment = finding_html(f)
    >>> "magnitude slip" in fragment and "<svg" in fragment
    True
    """
    end = max((r.date for r in finding.rate), default=None)
    start = min((r.date for r in finding.rate), default=None)
    note = _note(finding, 1, "f1", window=(start, end) if start and end else None)
    return environment().get_template("finding.html.j2").render(note=note)


def source_text(model: Any) -> str | None:
    """The text :func:`moneyfacts.check` or :func:`moneyfacts.extract` read, if it was kept.

    It lives beside the model's fields (see :func:`moneyfacts.models.keep_text`): never in
    its JSON, its equality or its hash.

    >>> import moneyfacts
    >>> r = moneyfacts.check("It cost 40 billion yuan ($5.5 billion).", date="2025-01-22")
    >>> source_text(r)
    'It cost 40 billion yuan ($5.5 billion).'
    >>> source_text(moneyfacts.Report.model_validate_json(r.model_dump_json())) is None
    True
    """
    value = model.__dict__.get("_source_text")
    return value if isinstance(value, str) else None


# --- building the view ----------------------------------------------------------------------

_VERDICTS = ("inconsistent", "loose", "unverifiable", "consistent")


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(_VERDICTS, 0)
    for f in findings:
        counts[f.verdict] = counts.get(f.verdict, 0) + 1
    return counts


def _kinds_seen(articles: Iterable[Article]) -> list[str]:
    return _ordered_kinds({q.kind for a in articles for q in a.report.mentions})


def _ordered_kinds(seen: set[str]) -> list[str]:
    order = ["money", "count", "percent", "measure"]
    return [k for k in order if k in seen] + sorted(seen - set(order))


def _kind_class(kind: str) -> str:
    return _KIND.sub("-", kind.lower()) or "other"


def _section(a: Article, index: int) -> dict[str, Any]:
    report = a.report
    sid = f"s{index}"
    spec = _spec(report.date)
    window_days = int(report.meta.get("window_days", 7)) if report.meta else 7
    mentions = list(report.mentions)
    where = {(q.start, q.end): i for i, q in enumerate(mentions)}
    pairs: list[tuple[int, int, int | None]] = []
    for n, f in enumerate(report.findings):
        o = where.get((f.original.start, f.original.end))
        s = where.get((f.stated.start, f.stated.end))
        if o is not None and s is not None and f.original.end > f.original.start:
            pairs.append((o, s, n))
    window = None
    if spec is not None:
        window = (spec[0] - dt.timedelta(days=window_days), spec[1])
    notes = [_note(f, n, sid, window=window) for n, f in enumerate(report.findings, 1)]
    nodes = (_nodes(a.text, mentions, report.skipped, pairs, sid, report.findings)
             if a.text is not None else None)
    timeline = None
    if report.date is None and report.findings:
        timeline = _timeline(report)
    return {
        "id": sid,
        "name": a.name,
        "article": a,
        "date": report.date,
        "date_source": DATE_SOURCES.get(a.date_source or "", a.date_source)
        if report.date is not None else None,
        "window_days": window_days,
        "counts": _counts(report.findings),
        "amounts": len(mentions),
        "skipped": [{"text": k.text, "reason": k.reason, "id": f"{sid}-k{i}"}
                    for i, k in enumerate(report.skipped, 1)],
        "nodes": nodes,
        "unmarked": _unmarked(a.text, mentions, report.skipped, sid),
        "mentions": [_mention_view(q, i, sid) for i, q in enumerate(mentions)],
        "notes": notes,
        "timeline": timeline,
    }


def _spec(label: str | None) -> tuple[dt.date, dt.date] | None:
    if label is None:
        return None
    from moneyfacts.reference import date_spec

    s = date_spec(label)
    return (s.start, s.end) if s.start is not None and s.end is not None else None


def _mention_view(q: Quantity, i: int, sid: str) -> dict[str, Any]:
    return {"id": f"{sid}-m{i}", "text": q.text, "kind": q.kind, "kind_class": _kind_class(q.kind),
            "reading": str(q), "assumed": q.assumed}


def _marks(text: str, mentions: Sequence[Quantity],
           skipped: Sequence[Skipped]) -> list[tuple[int, int, str, int]]:
    """The spans to mark in place, in text order: (start, end, "m" or "k", index). A span
    that overlaps an earlier one, or lies outside the text, is not marked in place; the page
    lists such amounts below the text (:func:`_unmarked`)."""
    spans: list[tuple[int, int, str, int]] = []
    for i, q in enumerate(mentions):
        spans.append((q.start, q.end, "m", i))
    for i, k in enumerate(skipped):
        spans.append((k.start, k.end, "k", i))
    spans.sort(key=lambda s: (s[0], -s[1]))
    marks: list[tuple[int, int, str, int]] = []
    last = 0
    for span in spans:
        if span[0] >= last and span[1] > span[0] and span[1] <= len(text):
            marks.append(span)
            last = span[1]
    return marks


def _unmarked(text: str | None, mentions: Sequence[Quantity], skipped: Sequence[Skipped],
              sid: str) -> list[dict[str, Any]]:
    """The amounts read that cannot be marked in place (their span overlaps another's)."""
    if text is None:
        return []
    marked = {i for _, _, kind, i in _marks(text, mentions, skipped) if kind == "m"}
    return [_mention_view(q, i, sid) | {"start": q.start, "end": q.end}
            for i, q in enumerate(mentions) if i not in marked]


def _nodes(
    text: str,
    mentions: Sequence[Quantity],
    skipped: Sequence[Skipped],
    pairs: Sequence[tuple[int, int, int | None]],
    sid: str,
    findings: Sequence[Finding] = (),
) -> list[dict[str, Any]]:
    """The text cut into pieces: plain text, marks (mentions and skipped signs) and groups (a
    stated equivalent with its original and the text between, and its badges)."""
    marks = _marks(text, mentions, skipped)
    marked = {(kind, i) for _, _, kind, i in marks}
    # Groups: the span from the first to the last mention of linked pairs, merged when they
    # overlap ("X (Y; Z)" is one group with two badges).
    groups: list[list[Any]] = []  # [start, end, [(stated index, finding number)]]
    for o, s, n in sorted(pairs, key=lambda p: min(mentions[p[0]].start, mentions[p[1]].start)):
        if ("m", o) not in marked or ("m", s) not in marked:
            continue
        a = min(mentions[o].start, mentions[s].start)
        b = max(mentions[o].end, mentions[s].end)
        if groups and a < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], b)
            groups[-1][2].append((s, o, n))
        else:
            groups.append([a, b, [(s, o, n)]])
    role: dict[int, str] = {}
    verdict_of: dict[int, str] = {}
    badges: dict[int, list[dict[str, Any]]] = {}
    for _, _, members in groups:
        for s, o, n in members:
            role.setdefault(o, "original")
            role[s] = "stated"
            if n is not None:
                f = findings[n]
                verdict_of[s] = f.verdict
                badges.setdefault(s, []).append(_badge(f, n + 1, sid))
    out: list[dict[str, Any]] = []
    pos = 0
    gi = 0
    current: list[dict[str, Any]] | None = None
    group_end = -1

    def emit(node: dict[str, Any]) -> None:
        (current if current is not None else out).append(node)

    for start, end, kind, i in marks:
        # Open a group at its start.
        while gi < len(groups) and groups[gi][0] <= start and current is None:
            if groups[gi][0] > pos:
                out.append({"type": "text", "text": text[pos:groups[gi][0]]})
                pos = groups[gi][0]
            children: list[dict[str, Any]] = []
            verdicts = sorted({verdict_of.get(s, "") for s, _, _ in groups[gi][2]} - {""})
            out.append({"type": "group", "children": children, "verdicts": verdicts})
            current = children
            group_end = groups[gi][1]
            gi += 1
        if start > pos:
            emit({"type": "text", "text": text[pos:start]})
        if kind == "m":
            q = mentions[i]
            view = _mention_view(q, i, sid)
            view.update(type="mark", role=role.get(i), verdict=verdict_of.get(i))
            emit(view)
            for badge in badges.get(i, []):
                emit(badge)
        else:
            k = skipped[i]
            emit({"type": "skip", "text": text[start:end], "reason": k.reason,
                  "id": f"{sid}-k{i + 1}"})
        pos = end
        if current is not None and pos >= group_end:
            current = None
    if pos < len(text):
        out.append({"type": "text", "text": text[pos:]})
    return out


def _badge(f: Finding, n: int, sid: str) -> dict[str, Any]:
    return {"type": "badge", "n": n, "verdict": f.verdict, "note": f"{sid}-n{n}",
            "tip": _facts(f)}


def _facts(f: Finding) -> dict[str, Any]:
    """What a finding says, as short texts: for the tooltip and the note."""
    from moneyfacts.units import format_amount, format_rate

    expected = None
    if f.expected is not None:
        lo = format_amount(f.expected.low, f.expected.unit)
        hi = format_amount(f.expected.high, f.expected.unit)
        expected = lo if lo == hi else f"{lo} – {hi}"
    rates = []
    # Lowest and highest as the rates are shown (format_rate turns a rate below one over).
    flip = bool(f.rate) and f.rate[0].value < 1
    values = [Decimal(1) / r.value if flip else r.value for r in f.rate]
    for i, (r, value) in enumerate(zip(f.rate, values, strict=True)):
        role = ("rate of the date" if i == 0 else "lowest in the window" if value == min(values)
                else "highest in the window" if value == max(values) else "in the window")
        rates.append({"text": format_rate(r), "date": r.date.isoformat(), "source": r.source,
                      "via": r.via, "role": role})
    cause = None
    if f.cause is not None:
        cause = {"kind": f.cause.kind, "words": _cause_words(f.cause.kind),
                 "detail": f.cause.detail,
                 "currency": f.cause.currency,
                 "date": f.cause.date.isoformat() if f.cause.date else None,
                 "factor": f"{f.cause.factor:,f}" if f.cause.factor is not None else None}
    return {
        "original": f.original.text or str(f.original),
        "stated": f.stated.text or str(f.stated),
        "verdict": f.verdict,
        "explanation": f.explanation,
        "expected": expected,
        "deviation": _pct(f.deviation) if f.deviation is not None else None,
        "rates": rates,
        "cause": cause,
        "dates": [{"start": d.start.isoformat(), "end": d.end.isoformat()}
                  for d in f.consistent_dates],
        "kind": f.kind,
        "implied": f.form == "implied",
        "evidence": f.evidence.model_dump() if f.evidence is not None else None,
    }


def _note(f: Finding, n: int, sid: str, *, window: tuple[dt.date, dt.date] | None) -> dict[str, Any]:
    facts = _facts(f)
    facts.update(n=n, id=f"{sid}-n{n}", chart=_chart(f, window) if window else None)
    return facts


# --- pictures --------------------------------------------------------------------------------

_W, _H = 360, 120
#: An implied rate more than this factor from the rate of the date (a slip of magnitude, an
#: inverted rate) is drawn at the chart's edge with its value, so the series keeps its scale.
_OFF_SCALE = Decimal("1.5")
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 52, 10, 14, 22


def _orient(f: Finding) -> tuple[bool, str, str]:
    """Whether to show the rate turned over (as :func:`moneyfacts.units.format_rate` does:
    the direction in which it is at least one), and the units (numerator, per what)."""
    base, quote = f.original.unit, f.stated.unit
    flip = bool(f.rate) and f.rate[0].value < 1
    return (flip, base, quote) if flip else (flip, quote, base)


def _mid(q: Quantity) -> Decimal | None:
    ends = [q.value] if q.value is not None else [q.low, q.high]
    if any(e is None for e in ends):
        return None
    vals = [e for e in ends if e is not None]
    return sum(vals, Decimal(0)) / len(vals)


def implied_rate(f: Finding) -> Decimal | None:
    """The rate the article implies: the stated figure over the original (``stated.unit`` per
    ``original.unit``; the middle of a range), or None when the original is zero.

    >>> import moneyfacts
    >>> f = moneyfacts.check("40 billion yuan ($5.5 billion)", date="2025-01-22").findings[0]
    >>> implied_rate(f)
    Decimal('0.1375')
    """
    o, s = _mid(f.original), _mid(f.stated)
    if o is None or s is None or o == 0:
        return None
    return s / o


def _chart(f: Finding, window: tuple[dt.date, dt.date]) -> dict[str, Any] | None:
    """The reference rate from ``WEEKS_BEFORE`` weeks before the window to the date, the
    window shaded, and the rate the article implies drawn across."""
    if not f.rate:
        return None
    from moneyfacts import rates
    from moneyfacts.errors import MoneyfactsError

    w_start, end = window
    start = w_start - dt.timedelta(weeks=WEEKS_BEFORE)
    if f.cause is not None and f.cause.date is not None and f.cause.date < start:
        start = f.cause.date - dt.timedelta(days=7)
    try:
        series: list[Rate] = rates.window(f.original.unit, f.stated.unit, start, end).rates
    except (MoneyfactsError, ValueError):
        return None
    flip, num, per = _orient(f)

    def shown(v: Decimal) -> Decimal:
        return Decimal(1) / v if flip else v

    values = [shown(r.value) for r in series]
    implied = implied_rate(f)
    imp = shown(implied) if implied else None
    other = _other_currency_series(f, start, end, implied)
    other_values = [shown(r.value) for r in other[1]] if other else []
    lo, hi = min(values + other_values), max(values + other_values)
    span = hi - lo or (abs(hi) / 100 or Decimal(1))
    # The implied rate is on the scale when it is near the series; far off (a slip of
    # magnitude) it is drawn at the edge, with its value.
    off = None
    if imp is not None:
        at_value = shown(f.rate[0].value)
        if imp > at_value * _OFF_SCALE:
            off = "above"
        elif imp * _OFF_SCALE < at_value:
            off = "below"
        else:
            lo, hi = min(lo, imp), max(hi, imp)
    span = hi - lo or span
    lo, hi = lo - span / 10, hi + span / 10
    d0 = series[0].date if series[0].date < start else start
    days = max((end - d0).days, 1)
    iw, ih = _W - _PAD_L - _PAD_R, _H - _PAD_T - _PAD_B

    def x(d: dt.date) -> float:
        return round(_PAD_L + iw * (d - d0).days / days, 1)

    def y(v: Decimal) -> float:
        return round(_PAD_T + ih * float((hi - v) / (hi - lo)), 1)

    def steps(rs: Sequence[Rate], vs: Sequence[Decimal]) -> list[tuple[float, float]]:
        """A step line: a rate holds until the next one is published."""
        points: list[tuple[float, float]] = []
        for k, (r, v) in enumerate(zip(rs, vs, strict=True)):
            px = x(max(r.date, d0))
            if k:
                points.append((px, points[-1][1]))
            points.append((px, y(v)))
        points.append((x(end), points[-1][1]))
        return points

    points = steps(series, values)
    at = shown(f.rate[0].value)
    chart: dict[str, Any] = {
        "w": _W, "h": _H,
        "left": _PAD_L, "right": _W - _PAD_R, "top": _PAD_T, "bottom": _H - _PAD_B,
        "points": " ".join(f"{a},{b}" for a, b in points),
        "window": {"x": x(max(w_start, d0)), "w": round(x(end) - x(max(w_start, d0)), 1)},
        "units": f"{num} per {per}",
        "y_hi": _fmt(hi), "y_lo": _fmt(lo),
        "x_start": d0.isoformat(), "x_end": end.isoformat(),
        "at": {"x": x(f.rate[0].date), "y": y(at), "label": _fmt(at)},
        "implied": None,
        "band": _band(f, x, y, shown, d0, end),
        "stale": None,
        "other": None,
        "verdict": f.verdict,
        "title": (f"{num} per {per} from {d0} to {end}, the rate window shaded; the article "
                  f"implies {_fmt(imp) if imp is not None else 'no rate'}"),
    }
    if imp is not None:
        yy = (_PAD_T + 2 if off == "above" else _H - _PAD_B - 2) if off else y(imp)
        chart["implied"] = {"y": yy, "label": _fmt(imp), "off": off}
    if other:
        other_points = steps(other[1], other_values)
        chart["other"] = {"points": " ".join(f"{a},{b}" for a, b in other_points),
                          "label": f"{other[0]} rate", "y": other_points[-1][1]}
    if f.cause is not None and f.cause.date is not None:
        stale = [r for r in series if r.date == f.cause.date]
        if stale:
            chart["stale"] = {"x": x(f.cause.date), "y": y(shown(stale[0].value)),
                              "date": f.cause.date.isoformat()}
    return chart


def _band(f: Finding, x: Any, y: Any, shown: Any, d0: dt.date, end: dt.date
          ) -> dict[str, float] | None:
    """The band that judged the pair: its reference rates widened by ``Finding.band``, over
    the days of those rates."""
    refs = [r for r in f.rate if r.source not in ("article",)]
    if f.band is None or not refs:
        return None
    lo = min(shown(r.value) for r in refs) * (1 - f.band)
    hi = max(shown(r.value) for r in refs) * (1 + f.band)
    first = max(min(r.date for r in refs), d0)
    top, bottom = y(hi), y(lo)
    return {"x": x(first), "w": max(round(x(end) - x(first), 1), 3.0), "y": min(top, bottom),
            "h": round(abs(bottom - top), 1)}


def _other_currency_series(f: Finding, start: dt.date, end: dt.date,
                           implied: Decimal | None) -> tuple[str, list[Rate]] | None:
    """For a wrong-currency cause, the rates of the currency that fits, over the same days: the
    original read as that currency, or the stated figure converted into it (whichever comes
    nearer the implied rate), so the chart shows the implied rate meeting it."""
    if f.cause is None or f.cause.kind != "wrong_currency" or not f.cause.currency or not implied:
        return None
    from moneyfacts import rates
    from moneyfacts.errors import MoneyfactsError

    other, a, b = f.cause.currency, f.original.unit, f.stated.unit
    best: tuple[Decimal, list[Rate]] | None = None
    for base, quote in ((other, b), (a, other)):
        if base == quote:
            continue
        try:
            rs = rates.window(base, quote, start, end).rates
        except (MoneyfactsError, ValueError):
            continue
        gap = abs(rs[-1].value / implied - 1)
        if best is None or gap < best[0]:
            best = (gap, rs)
    return (other, best[1]) if best else None


def _fmt(v: Decimal) -> str:
    """A rate for a chart label: five significant digits."""
    if v == 0:
        return "0"
    q = Decimal(1).scaleb(v.adjusted() - 4)
    return f"{v.quantize(q).normalize():f}" if v.adjusted() < 5 else f"{v:,.0f}"


def _report_dates(report: Report) -> list[DateRange] | None:
    """The date ranges every conversion of an undated report fits: the report's own
    ``consistent_dates`` when it has them, else the intersection of the findings'."""
    own = getattr(report, "consistent_dates", None)
    if own is not None:
        return list(own)
    from moneyfacts.models import DateRange

    checked = [f for f in report.findings if f.consistent_dates or f.verdict == "inconsistent"]
    if not checked:
        return None
    common = [(d.start, d.end) for d in checked[0].consistent_dates]
    for f in checked[1:]:
        nxt = []
        for a0, a1 in common:
            for d in f.consistent_dates:
                s, e = max(a0, d.start), min(a1, d.end)
                if s <= e:
                    nxt.append((s, e))
        common = nxt
    return [DateRange(start=s, end=e) for s, e in common]


def _timeline(report: Report) -> dict[str, Any] | None:
    """An undated article: one row per finding with the date ranges it fits, and a row for
    the ranges they all fit."""
    rows: list[tuple[str, str, list[DateRange]]] = [
        (f"{n}. {f.original.text} → {f.stated.text}", f.verdict, list(f.consistent_dates))
        for n, f in enumerate(report.findings, 1)]
    together = _report_dates(report)
    if together is not None and len(rows) > 1:
        rows.append(("all together", "all", together))
    ranges = [d for _, _, ds in rows for d in ds]
    if not ranges:
        return {"rows": [], "empty": True}
    d0 = min(d.start for d in ranges)
    d1 = max(d.end for d in ranges)
    d0 = dt.date(d0.year, 1, 1)
    d1 = dt.date(d1.year + 1, 1, 1)
    days = (d1 - d0).days
    label_w, width, row_h = 230, 720, 22
    iw = width - label_w - 12

    def x(d: dt.date) -> float:
        return round(label_w + iw * (d - d0).days / days, 1)

    out_rows = []
    for k, (label, verdict, ds) in enumerate(rows):
        top = 8 + k * row_h
        bars = [{"x": x(d.start), "w": max(round(x(d.end) - x(d.start), 1), 1.5),
                 "title": f"{d.start} to {d.end}"} for d in ds]
        out_rows.append({"label": label if len(label) <= 34 else label[:33] + "…",
                         "full": label, "verdict": verdict, "y": top, "bars": bars,
                         "count": len(ds)})
    years = d1.year - d0.year
    step = max(1, -(-years // 8))
    ticks = [{"x": x(dt.date(yr, 1, 1)), "label": str(yr)}
             for yr in range(d0.year, d1.year + 1, step)]
    height = 8 + len(rows) * row_h + 20
    return {"rows": out_rows, "ticks": ticks, "w": width, "h": height, "axis": height - 18,
            "left": label_w, "right": width - 12, "empty": False,
            "title": f"date ranges the conversions fit, {d0.year} to {d1.year - 1}"}
