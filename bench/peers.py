"""The peers' own test suites, run against moneyfacts: per suite and language, how many pass.

    MONEYFACTS_SHARED=/work/shared python bench/peers.py [-v] [--suite duckling] [--lang fr]

The suites live outside the project, in ``$MONEYFACTS_SHARED/peers`` (``recognizers.jsonl``:
Microsoft Recognizers-Text's NumberWithUnit specs; ``duckling.jsonl``: Duckling's corpora), in
the one record form their README describes. Each record is judged the way its suite means it:

* ``parse`` records (the expected text is the whole input) go through
  :func:`moneyfacts.parse`; ``extract`` records (a sentence with amounts in it) through
  :func:`moneyfacts.extract` (English) or :func:`moneyfacts.grammar.scan` with the locale, and
  every amount the suite expects must be found where the suite found it, with no other amount
  of the suite's kind (money for a currency model, measures for a dimension model) beside it.
* Every non-English record is read with ``locale=`` its language; English without one.
* An amount is right when its value (or ``low``/``high``) is equal as a number, its currency is
  the one expected or a member of the expected class (``*DOLLAR`` accepts any dollar, the
  classes are CLDR's English currency names through babel), its unit (for a measure) converts
  to the expected one with the same number, and its qualifier agrees (``lt`` accepts lt/le,
  ``gt`` gt/ge; no qualifier expected accepts none or ``approx``).

Each record then has one outcome:

``pass``
    every expected amount read right, nothing else of the suite's kind read;
``refused``
    nothing read where an amount was expected (a ParseError, an ambiguous sign, a miss) and
    nothing wrong read elsewhere;
``wrong``
    a *silent wrong value*: an amount read with a definite different number or currency (no
    ``assumed`` note naming the guess), or an amount read where the suite expects none;
``fail``
    anything else short of a pass: a right number with the wrong qualifier, a currency guessed
    wrong but with the guess recorded in ``assumed``, part of the amounts read;
``excluded``
    the record is a row of the table of deliberate differences (``tests/peers_differences.txt``,
    documented in ``docs/peers.md``); its row is tested on its own.

The score of a suite × language is passed / (cases − excluded).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DIFFERENCES = ROOT / "tests" / "peers_differences.txt"
SUITES = ("recognizers", "duckling")
OUTCOMES = ("pass", "refused", "wrong", "fail")

#: The suite's currency classes, as words in CLDR's English currency names.
_CLASS_WORDS = {
    "*DOLLAR": ("dollar",), "*POUND": ("pound",), "*FRANC": ("franc",), "*RUPEE": ("rupee",),
    "*PESO": ("peso",), "*KRONE": ("krone", "krona", "króna"), "*DINAR": ("dinar",),
    "*RIYAL": ("riyal",), "*RIAL": ("rial",), "*LIRA": ("lira",), "*DIRHAM": ("dirham",),
}
#: Names the conversion left unmapped ("?Krone") that still name a class or a unit.
_UNMAPPED = {"?Krone": "*KRONE", "?Øre": "*CENT", "?Centilitre": "centiliter"}


# ---------------------------------------------------------------------------------- records
def shared_peers() -> Path:
    value = os.environ.get("MONEYFACTS_SHARED")
    if not value:
        raise SystemExit("set MONEYFACTS_SHARED (e.g. ../shared) to read the peers' suites")
    return Path(value) / "peers"


def load(folder: Path, suites: Iterable[str] = SUITES) -> list[dict[str, Any]]:
    """Every record of the named suites, in file order."""
    out: list[dict[str, Any]] = []
    for name in suites:
        path = folder / f"{name}.jsonl"
        with open(path, encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


@dataclass(frozen=True)
class Difference:
    """One row of the table of deliberate differences."""

    id: str
    expect: str  # "refused", "none", or "; "-separated readings "VALUE UNIT [qual]"
    reason: str


def differences(path: Path = DIFFERENCES) -> dict[str, Difference]:
    """The table of deliberate differences: ``id | expect | reason`` per line, ``#`` comments."""
    rows: dict[str, Difference] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"{path.name}:{n}: expected 'id | expect | reason', got {line!r}")
        if parts[0] in rows:
            raise ValueError(f"{path.name}:{n}: {parts[0]} is listed twice")
        rows[parts[0]] = Difference(*parts)
    return rows


# ---------------------------------------------------------------------------------- reading
@cache
def _class_members(cls: str) -> frozenset[str]:
    from babel.numbers import get_currency_name, list_currencies

    words = _CLASS_WORDS[cls]
    out = set()
    for code in list_currencies():
        name = get_currency_name(code, locale="en").lower()
        if any(w in name.split() or name.endswith(" " + w) for w in words):
            out.add(code)
    return frozenset(out)


@cache
def _ureg() -> Any:
    from moneyfacts.units import registry

    return registry()


def _scope(record: dict[str, Any]) -> str:
    sub = record["sub"]
    return "money" if ("Currency" in sub or "AmountOfMoney" in sub) else "measure"


@cache
def _extract_takes_locale() -> bool:
    from moneyfacts import extract

    return "locale" in inspect.signature(extract).parameters


def read(record: dict[str, Any]) -> tuple[list[Any], list[Any], str | None]:
    """(quantities of the suite's kind, skipped, error) as moneyfacts reads the record."""
    import moneyfacts
    from moneyfacts.errors import MoneyfactsError
    from moneyfacts.grammar import scan

    lang = record["lang"]
    locale = None if lang == "en" else lang
    text = record["input"]
    skipped: list[Any] = []
    try:
        if record["mode"] == "parse":
            found = [moneyfacts.parse(text, locale=locale)]
        elif locale is None or _extract_takes_locale():
            kw = {"locale": locale} if locale else {}
            ex = moneyfacts.extract(text, **kw)
            found, skipped = list(ex.mentions), list(ex.skipped)
        else:
            found = scan(text, locale=locale, skipped=skipped)
    except MoneyfactsError as exc:
        return [], skipped, f"{type(exc).__name__}: {exc}"
    scope = _scope(record)
    return [q for q in found if q.kind == scope], skipped, None


def _dec(x: Any) -> Decimal | None:
    try:
        return None if x is None else Decimal(str(x))
    except InvalidOperation:
        return None


def _unit_of(q: Any) -> str:
    """q's unit as a pint expression, its per-unit included ('10 km/h': kilometer/hour)."""
    per = getattr(q, "per", None)
    return f"({q.unit})/({per})" if per else q.unit


def _convert(q: Any, unit: str) -> tuple[Decimal | None, Decimal | None, Decimal | None] | None:
    """q's (value, low, high) in ``unit`` (a pint expression), or None if it does not convert."""
    ureg = _ureg()
    try:
        factor = ureg.Quantity(Decimal(1), _unit_of(q)).to(unit).magnitude
    except Exception:
        return None
    f = Decimal(str(factor))

    def conv(x: Decimal | None) -> Decimal | None:
        return None if x is None else x * f

    return conv(q.value), conv(q.low), conv(q.high)


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= abs(b) * Decimal("1e-9")


def _numbers_agree(expected: dict[str, Any], got: tuple[Decimal | None, ...]) -> bool:
    value, low, high = got
    if "low" in expected or "high" in expected:
        lo, hi = _dec(expected.get("low")), _dec(expected.get("high"))
        if value is not None:  # a one-sided "range" written as one figure
            return (lo is None or _same(value, lo)) and (hi is None or _same(value, hi)) and (
                lo is None or hi is None)
        return (lo is None or _same(low, lo)) and (hi is None or _same(high, hi))
    return value is not None and _same(value, _dec(expected.get("value")))


def _qual_agrees(expected: dict[str, Any], q: Any) -> bool:
    want = expected.get("qual")
    got = q.qualifier
    if want == "lt":
        return got in ("lt", "le") or (q.value is None and q.low is None)
    if want == "gt":
        return got in ("gt", "ge") or (q.value is None and q.high is None)
    return got in (None, "approx")


def judge_amount(expected: dict[str, Any], q: Any, qualifiers: bool = True) -> str:
    """``pass``, ``wrong`` (silent: a definite other number or currency) or ``fail``.
    ``qualifiers=False`` for a suite that never writes one (Recognizers' currency model
    reads "more than $247 million" as $247 million)."""
    key = expected.get("currency") or expected.get("unit") or "*NONE"
    key = _UNMAPPED.get(key, key)
    if expected["kind"] == "measure":
        if key == "*M":
            candidates = ["meter", "mile"]
        elif key == "*TON":
            candidates = ["metric_ton", "short_ton", "long_ton"]
        elif key == "*NONE":
            candidates = [q.unit]
        else:
            candidates = [key]
        converted = [c for c in (_convert(q, u) for u in candidates) if c is not None]
        if not converted:
            return "wrong" if not q.assumed else "fail"
        if not any(_numbers_agree(expected, c) for c in converted):
            return "wrong"
        return "pass" if not qualifiers or _qual_agrees(expected, q) else "fail"
    # money
    raw = (q.value, q.low, q.high)
    if key == "*CENT":  # the suite counts cents: moneyfacts reads a currency's hundredth
        scaled = tuple(None if x is None else x * 100 for x in raw)
        number_ok = _numbers_agree(expected, scaled)
        currency_ok = True
    else:
        number_ok = _numbers_agree(expected, raw)
        if key in ("*ANY", "*NONE") or key.startswith("?"):
            currency_ok = True
        elif key in _CLASS_WORDS:
            currency_ok = q.unit in _class_members(key)
        else:
            currency_ok = q.unit == key
    if not number_ok:
        return "wrong"
    if not currency_ok:
        return "fail" if q.assumed else "wrong"
    return "pass" if not qualifiers or _qual_agrees(expected, q) else "fail"


def has_number(expected: dict[str, Any]) -> bool:
    """Whether the suite's expected amount has a number (not a bare currency word)."""
    return any(expected.get(k) is not None for k in ("value", "low", "high"))


def _span(text: str, wanted: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the suite's (lower-cased) expected text sits in the input, first unused place."""
    low = text.lower()
    start = 0
    while True:
        i = low.find(wanted.lower(), start)
        if i < 0:
            return None
        span = (i, i + len(wanted))
        if span not in taken:
            return span
        start = i + 1


@dataclass
class Result:
    record: dict[str, Any]
    outcome: str
    found: list[str] = field(default_factory=list)
    note: str = ""


def _plain(x: Decimal | None) -> str:
    if x is None:
        return ""
    s = f"{x.normalize():f}"
    return s


def reading(q: Any) -> str:
    """A quantity as the table of differences writes it: ``VALUE UNIT`` or ``LOW..HIGH UNIT``,
    then the qualifier if any (``20 USD``, ``700000..900000 INR``, ``7 EUR lt``)."""
    v = _plain(q.value) if q.value is not None else f"{_plain(q.low)}..{_plain(q.high)}"
    qual = f" {q.qualifier}" if q.qualifier else ""
    per = f"/{q.per}" if getattr(q, "per", None) and q.kind == "measure" else ""
    return f"{v} {q.unit}{per}{qual}"


def _show(q: Any) -> str:
    return reading(q) + (" (assumed)" if q.assumed else "")


def holds(row: Difference, record: dict[str, Any]) -> tuple[bool, str]:
    """Whether moneyfacts reads ``record`` as the table's ``row`` says, and what it reads.

    ``refused``: nothing of the suite's kind is read; ``none``: likewise, where the suite
    itself expects an amount we deliberately do not see; otherwise the readings, in text order,
    ``; ``-separated, exactly."""
    found, _skipped, error = read(record)
    got = "; ".join(reading(q) for q in found)
    if row.expect in ("refused", "none"):
        return not found, got or (error or "nothing")
    want = [w.strip() for w in row.expect.split(";")]
    return [reading(q) for q in found] == want, got or (error or "nothing")


def judge(record: dict[str, Any]) -> Result:
    """The record's outcome (``pass``/``refused``/``wrong``/``fail``), not looking at the table."""
    found, skipped, error = read(record)
    shown = [_show(q) for q in found]
    # A currency word with no number ("dólares" alone) is no amount for moneyfacts: such an
    # expectation is left out, and reading anything there counts as a reading the suite
    # does not expect (docs/peers.md; tests/test_peers.py checks nothing is read there).
    expected = [e for e in record["expected"] if has_number(e)]
    quals = record["suite"] != "recognizers"  # its specs carry no qualifiers at all
    text = record["input"]
    if record["mode"] == "parse":
        if not found:
            return Result(record, "refused", shown, error or "")
        if not expected:
            return Result(record, "wrong", shown, "read where the suite expects no amount")
        return Result(record, judge_amount(expected[0], found[0], quals), shown)
    outcomes: list[str] = []
    used: set[int] = set()
    taken: list[tuple[int, int]] = []
    for e in expected:
        span = _span(text, e.get("text") or "", taken)
        match = None
        if span is not None:
            taken.append(span)
            for i, q in enumerate(found):
                if i not in used and q.start < span[1] and span[0] < q.end:
                    match = i
                    break
        if match is None:  # not where the suite found it: any unused reading agreeing with it
            for i, q in enumerate(found):
                if i not in used and judge_amount(e, q, quals) == "pass":
                    match = i
                    break
        if match is None:
            outcomes.append("refused")
            continue
        used.add(match)
        outcomes.append(judge_amount(e, found[match], quals))
    extra = [i for i in range(len(found)) if i not in used]
    if extra:
        outcomes.append("wrong")
    note = error or ("; ".join(f"skipped {s.text!r}: {s.reason}" for s in skipped) if skipped else "")
    if not outcomes or all(o == "pass" for o in outcomes):
        return Result(record, "pass", shown, note)
    if "wrong" in outcomes:
        return Result(record, "wrong", shown, note)
    if all(o == "refused" for o in outcomes):
        return Result(record, "refused", shown, note)
    return Result(record, "fail", shown, note)


# ---------------------------------------------------------------------------------- scoring
@dataclass
class Score:
    cases: int = 0
    excluded: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def scored(self) -> int:
        return self.cases - self.excluded

    @property
    def passed(self) -> int:
        return self.counts["pass"]

    @property
    def wrong(self) -> int:
        return self.counts["wrong"]

    @property
    def rate(self) -> float:
        return self.passed / self.scored if self.scored else 1.0


def run(records: Iterable[dict[str, Any]], table: dict[str, Difference] | None = None
        ) -> tuple[dict[tuple[str, str], Score], list[Result]]:
    """Scores per (suite, language), plus per (suite, "all"), and every non-excluded result."""
    table = differences() if table is None else table
    scores: dict[tuple[str, str], Score] = {}
    results: list[Result] = []
    for r in records:
        keys = [(r["suite"], r["lang"]), (r["suite"], "all")]
        for k in keys:
            scores.setdefault(k, Score()).cases += 1
        if r["id"] in table:
            for k in keys:
                scores[k].excluded += 1
            continue
        res = judge(r)
        results.append(res)
        for k in keys:
            scores[k].counts[res.outcome] += 1
    return scores, results


def table_lines(scores: dict[tuple[str, str], Score]) -> Iterator[str]:
    yield "| suite | lang | cases | excluded | passed | % | refused | silent wrong | fail |"
    yield "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    for (suite, lang), s in sorted(scores.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])):
        yield (f"| {suite} | {lang} | {s.cases} | {s.excluded} | {s.passed} | {100 * s.rate:.1f} | "
               f"{s.counts['refused']} | {s.wrong} | {s.counts['fail']} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every case short of a pass")
    ap.add_argument("--suite", choices=SUITES, action="append")
    ap.add_argument("--lang", action="append")
    ap.add_argument("--outcome", choices=OUTCOMES, action="append")
    ap.add_argument("--floors", action="store_true",
                    help="print the scores as tests/test_peers.py's FLOORS (to ratchet them up)")
    args = ap.parse_args(argv)
    records = load(shared_peers(), args.suite or SUITES)
    if args.lang:
        records = [r for r in records if r["lang"] in args.lang]
    scores, results = run(records)
    if args.floors:
        print("FLOORS = {  # (suite, lang): (passed at least, silent wrong at most)")
        for (suite, lang), sc in sorted(scores.items()):
            if lang != "all":
                print(f"    ({suite!r}, {lang!r}): ({sc.passed}, {sc.wrong}),")
        print("}")
        return 0
    for line in table_lines(scores):
        print(line)
    if args.verbose:
        for res in results:
            if res.outcome == "pass" or (args.outcome and res.outcome not in args.outcome):
                continue
            r = res.record
            want = "; ".join(
                f"{e.get('value', str(e.get('low')) + '..' + str(e.get('high')))} "
                f"{e.get('currency') or e.get('unit')}{' ' + e['qual'] if e.get('qual') else ''}"
                for e in r["expected"])
            print(f"{res.outcome:7} {r['id']} [{r['lang']}] {r['input']!r}\n"
                  f"        want: {want}\n        got:  {'; '.join(res.found)} {res.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
