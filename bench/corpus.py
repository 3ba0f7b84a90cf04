"""Deterministic generator of a labelled, news-like long-text corpus for the benchmark.

Every sentence is built from templates written for this benchmark and amounts drawn from a
seeded ``random.Random``, so the same seed gives byte-identical output on any machine.
Each amount is rendered in one of the surface forms that the shared gold set also uses
("$5.5 billion", "40 billion yuan", "Rmb160 billion", "Rs 2,000 crore", "€1.2bn", ranges,
qualifiers, "per share", percentages, counts of things ...), and its label is computed
exactly (Decimal) at the same time, in the gold set's format.

Usage::

    python bench/corpus.py              # writes bench/.cache/corpus.txt and corpus.jsonl
    python bench/corpus.py --kb 50 --seed 7 --out /tmp/c

``corpus.txt`` holds the articles separated by a line ``=====``; ``corpus.jsonl`` holds one
article per line: ``{"text", "sentences": [{"text", "start", "end", "expected": [...]}]}``.
``build(...)`` returns the same articles for in-process use.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

SEED = 20250122
DEFAULT_KB = 220
HERE = Path(__file__).resolve().parent
ARTICLE_SEPARATOR = "\n=====\n"

Label = dict[str, Any]
Amount = tuple[str, Label]

SCALES = {
    "thousand": Decimal("1e3"),
    "million": Decimal("1e6"),
    "billion": Decimal("1e9"),
    "trillion": Decimal("1e12"),
}
SHORT = {"m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}

# Rough units of currency per US dollar, only used to make stated equivalents plausible.
PER_USD = {
    "CNY": Decimal("7.2"),
    "JPY": Decimal("150"),
    "EUR": Decimal("0.92"),
    "GBP": Decimal("0.79"),
    "KRW": Decimal("1400"),
    "INR": Decimal("83"),
    "HKD": Decimal("7.8"),
    "CHF": Decimal("0.88"),
    "AUD": Decimal("1.5"),
    "CAD": Decimal("1.36"),
}

COMPANIES = [
    "Northwind Semiconductors", "Bluecrest Energy", "Harbourline Logistics", "Qinghe Motors",
    "Aster Pharma", "Kestrel Telecom", "Lumenfield Solar", "Marlow & Finch", "Orrery Systems",
    "Pinegate Bank", "Redstone Mining", "Sakura Heavy Industries", "Tideway Airlines",
    "Vantor Robotics", "Westmere Foods", "Yellowpeak Cloud", "Zhenhai Battery", "Ilvara Group",
]
PLACES = [
    "Shenzhen", "Osaka", "Rotterdam", "Pune", "Busan", "Lyon", "Manchester", "Austin",
    "Jakarta", "Monterrey", "Gdansk", "Hsinchu", "Perth", "Calgary",
]
#: The places of PLACES in a territory whose own currency is written '$' (Perth: AUD,
#: Calgary: CAD). Copy that writes the US dollar 'US$' prefixes it because its bare '$' is the
#: local dollar (moneyfacts.resolve reads it so), and a bare '$' in a story about Calgary is
#: as likely the Canadian dollar as the US one. An article naming one of these places
#: therefore writes the US dollar 'US$' throughout, as local copy does (see
#: :func:`build_article`): it holds no bare '$', and every 'US$' is the US dollar its label
#: says.
LOCAL_DOLLAR_PLACES = ("Perth", "Calgary")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$(?=\d)")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
QUARTERS = ["first", "second", "third", "fourth"]
ANALYSTS = ["one analyst", "a person briefed on the talks", "a spokeswoman",
            "the chief executive", "a regulator", "two people familiar with the matter"]
# Count nouns by what a sentence can say about them.
COUNT_NOUNS = {
    "N": [("chips", "chip"), ("GPUs", "gpu"), ("cars", "car")],  # things shipped or ordered
    "U": [("users", "user"), ("people", "person")],  # people served
    "T": [("tokens", "token")],  # training data
}

FILLER = [
    "The announcement came after weeks of speculation in {place}.",
    "{company} declined to comment further.",
    "Shares in the group were little changed in early trading.",
    "Executives said the plan had been discussed with regulators since {month}.",
    "The decision was welcomed by unions, who had warned of job losses.",
    "Critics argued that the timing was poor given weak consumer demand.",
    "The company expects the project to be completed by {year}.",
    "A final decision is due at the board meeting on {month} {day}.",
    "According to {analyst}, the move reflects pressure from larger rivals.",
    "The {quarter} quarter is traditionally the busiest for the industry.",
    "Officials in {place} said they would review the proposal carefully.",
    "Investors had been waiting for clarity on the strategy since {year}.",
    "The plant in {place} will employ local engineers once it opens.",
    "Neither side disclosed the full terms of the agreement.",
]

HEADLINES = [
    "{company} bets {A} on expansion",
    "{company} to raise {A} in {place} listing",
    "Regulators weigh {company} plan worth {A}",
    "{company} profit jumps to {A}",
]

# Sentences with amounts. Slots: A, B, C are amounts; P is a percentage; N a count;
# X/Y are a stated conversion (X original, Y in US dollars).
TEMPLATES = [
    "{company} said it would invest {A} in a new factory in {place}.",
    "The deal values {company} at {A}, including debt.",
    "Revenue in the {quarter} quarter rose to {A}, while costs climbed to {B}.",
    "{company} plans to spend {X} ({Y}) on data centres over the next three years.",
    "The government approved a package of {X}, or {Y}, to support exporters.",
    "The group reported a net loss of {A} for {year}.",
    "Analysts expect capital spending of {A} next year, up from {B} in {year}.",
    "The order covers {N}, according to {analyst}.",
    "{company} now serves {U} across the region.",
    "The new model was trained on {T}, twice as many as its predecessor.",
    "Sales grew {P} from a year earlier, helped by strong demand in {place}.",
    "The bank set aside {A} to cover bad loans, about {P} more than analysts expected.",
    "{company} agreed to buy a stake worth {X} ({Y}) in a rival.",
    "The fund raised {A} and {B} from local investors.",
    "Shares were priced at {S}, valuing the company at {A}.",
    "The authorities fined {company} {A} on {month} {day}.",
    "Operating profit could reach {R} if demand holds up.",
    "The contract, worth {X} ({Y}), runs until {year}.",
    "{company} will pay a dividend of {S}, its first since {year}.",
    "The company said it had shipped {N} in {year}, generating {A} in sales.",
    "Roughly {P} of the {A} budget will go to research.",
]


def _fmt(d: Decimal) -> str:
    """Plain decimal string, no exponent, no trailing zeros."""
    s = format(d.normalize(), "f")
    return s


def _group(d: Decimal) -> str:
    """Integer part grouped with commas: 1234567.5 -> '1,234,567.5'."""
    s = _fmt(d)
    whole, _, frac = s.partition(".")
    out = f"{int(whole):,}"
    return out + ("." + frac if frac else "")


def _label(unit: str, value: Decimal | None = None, *, kind: str = "money",
           low: Decimal | None = None, high: Decimal | None = None,
           qualifier: str | None = None, per: str | None = None) -> Label:
    lab: Label = {"kind": kind, "unit": unit}
    if value is not None:
        lab["value"] = _fmt(value)
    else:
        assert low is not None and high is not None
        lab["low"] = _fmt(low)
        lab["high"] = _fmt(high)
    lab["qualifier"] = qualifier
    lab["per"] = per
    return lab


class Gen:
    """Amount generators, each returning (surface text, label)."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def mantissa(self) -> Decimal:
        r = self.r
        choice = r.random()
        if choice < 0.45:
            return Decimal(r.randint(2, 300))
        if choice < 0.85:
            return Decimal(r.randint(11, 99)) / 10
        return Decimal(r.randint(101, 999)) / 100

    # --- single money amounts -------------------------------------------------------
    def money(self) -> Amount:
        r = self.r
        m = self.mantissa()
        form = r.randrange(12)
        if form == 0:  # $5.5 billion
            scale = r.choice(["million", "billion", "trillion"])
            return f"${_fmt(m)} {scale}", _label("USD", m * SCALES[scale])
        if form == 1:  # $12bn / $450m / $1.3tn
            short = r.choice(["m", "bn", "tn"])
            return f"${_fmt(m)}{short}", _label("USD", m * SCALES[SHORT[short]])
        if form == 2:  # €1.2bn, £350m
            sym, unit = r.choice([("€", "EUR"), ("£", "GBP")])
            short = r.choice(["m", "bn"])
            return f"{sym}{_fmt(m)}{short}", _label(unit, m * SCALES[SHORT[short]])
        if form == 3:  # 40 billion yuan / 1.5 trillion yen / 500 billion won / 2 million euros
            name, unit = r.choice([("yuan", "CNY"), ("yen", "JPY"), ("won", "KRW"),
                                   ("euros", "EUR"), ("Swiss francs", "CHF"),
                                   ("Hong Kong dollars", "HKD"), ("rupees", "INR")])
            scale = r.choice(["million", "billion"]) if unit not in ("JPY", "KRW") else r.choice(
                ["billion", "trillion"])
            return f"{_fmt(m)} {scale} {name}", _label(unit, m * SCALES[scale])
        if form == 4:  # Rmb160 billion / RMB 3.5 trillion / CHF 800 million / USD 250mn
            pre, unit, sep = r.choice([("Rmb", "CNY", ""), ("RMB ", "CNY", ""), ("CHF ", "CHF", ""),
                                       ("USD ", "USD", ""), ("EUR ", "EUR", "")])
            scale = r.choice(["million", "billion"])
            return f"{pre}{_fmt(m)}{sep} {scale}", _label(unit, m * SCALES[scale])
        if form == 5:  # HK$2.5 billion / US$1.3 trillion / A$3.2 billion / C$450 million
            pre, unit = r.choice([("HK$", "HKD"), ("US$", "USD"), ("A$", "AUD"), ("C$", "CAD"),
                                  ("S$", "SGD")])
            scale = r.choice(["million", "billion"])
            return f"{pre}{_fmt(m)} {scale}", _label(unit, m * SCALES[scale])
        if form == 6:  # Rs 2,000 crore
            crore = Decimal(r.randint(2, 90) * 500)
            return f"Rs {_group(crore)} crore", _label("INR", crore * Decimal("1e7"))
        if form == 7:  # $750,000
            v = Decimal(r.randint(10, 990) * 1000)
            return f"${_group(v)}", _label("USD", v)
        if form == 8:  # ¥1.5 trillion
            scale = r.choice(["billion", "trillion"])
            return f"¥{_fmt(m)} {scale}", _label("JPY", m * SCALES[scale])
        if form == 9:  # 12.5 billion US dollars / 3 billion dollars
            name = r.choice(["dollars", "US dollars"])
            scale = r.choice(["million", "billion"])
            return f"{_fmt(m)} {scale} {name}", _label("USD", m * SCALES[scale])
        if form == 10:  # £2.3bn-style with a qualifier
            word, q = r.choice([("about", "approx"), ("roughly", "approx"), ("nearly", "approx"),
                                ("more than", "gt"), ("up to", "le"), ("at least", "ge"),
                                ("less than", "lt")])
            scale = r.choice(["million", "billion"])
            lab = _label("USD", m * SCALES[scale], qualifier=q)
            return f"{word} ${_fmt(m)} {scale}", lab
        # form 11: € with scale word
        scale = r.choice(["million", "billion"])
        return f"€{_fmt(m)} {scale}", _label("EUR", m * SCALES[scale])

    def range_(self) -> Amount:
        r = self.r
        lo = Decimal(r.randint(1, 9))
        hi = lo + Decimal(r.randint(1, 5))
        form = r.randrange(3)
        if form == 0:
            return (f"between ${_fmt(lo)}bn and ${_fmt(hi)}bn",
                    _label("USD", low=lo * SCALES["billion"], high=hi * SCALES["billion"]))
        if form == 1:
            return (f"${_fmt(lo)} billion to ${_fmt(hi)} billion",
                    _label("USD", low=lo * SCALES["billion"], high=hi * SCALES["billion"]))
        return (f"from {_fmt(lo * 10)} to {_fmt(hi * 10)} billion yuan",
                _label("CNY", low=lo * 10 * SCALES["billion"], high=hi * 10 * SCALES["billion"]))

    def per_share(self) -> Amount:
        r = self.r
        v = Decimal(r.randint(2, 80))
        if r.random() < 0.5:
            return f"${_fmt(v)} a share", _label("USD", v, per="share")
        return f"${_fmt(v)} per share", _label("USD", v, per="share")

    def percent(self) -> Amount:
        r = self.r
        v = Decimal(r.randint(2, 95))
        if r.random() < 0.6:
            return f"{_fmt(v)}%", _label("percent", v, kind="percent")
        return f"{_fmt(v)} percent", _label("percent", v, kind="percent")

    def count(self, slot: str = "N") -> Amount:
        r = self.r
        noun, unit = r.choice(COUNT_NOUNS[slot])
        if r.random() < 0.5:
            v = Decimal(r.randint(2, 90) * 1000)
            return f"{_group(v)} {noun}", _label(unit, v, kind="count")
        m = self.mantissa()
        scale = r.choice(["million", "billion"])
        return f"{_fmt(m)} {scale} {noun}", _label(unit, m * SCALES[scale], kind="count")

    def conversion(self) -> tuple[Amount, Amount]:
        """An amount in a foreign currency and its (rounded) US-dollar equivalent."""
        r = self.r
        name, unit = r.choice([("yuan", "CNY"), ("yen", "JPY"), ("won", "KRW"), ("euros", "EUR"),
                               ("Rmb", "CNY"), ("£", "GBP"), ("€", "EUR"), ("HK$", "HKD")])
        scale = "trillion" if unit in ("JPY", "KRW") else "billion"
        m = Decimal(r.randint(2, 200))
        amount = m * SCALES[scale]
        if name in ("Rmb", "£", "€", "HK$"):
            sfx = r.choice([f" {scale}", "bn"]) if scale == "billion" else f" {scale}"
            text = f"{name}{_fmt(m)}{sfx}"
        else:
            text = f"{_fmt(m)} {scale} {name}"
        usd = amount / PER_USD[unit]
        # Round to 2 significant figures, as news copy usually does.
        exp = usd.adjusted() - 1
        usd = usd.scaleb(-exp).quantize(Decimal(1)).scaleb(exp)
        uscale = "billion" if usd >= SCALES["billion"] else "million"
        um = usd / SCALES[uscale]
        prefix = r.choice(["$", "US$", "about $"])
        qual = "approx" if prefix.startswith("about") else None
        utext = f"{prefix}{_fmt(um)} {uscale}"
        return (text, _label(unit, amount)), (utext, _label("USD", usd, qualifier=qual))


def _fill(template: str, gen: Gen, ctx: dict[str, str]) -> tuple[str, list[Label]]:
    """Fill a template; return the sentence and its labels in text order."""
    rng = gen.r
    values: dict[str, Amount] = {}
    if "{X}" in template:
        x, y = gen.conversion()
        values["X"], values["Y"] = x, y
    makers: dict[str, Callable[[], Amount]] = {
        "A": gen.money, "B": gen.money, "P": gen.percent, "N": gen.count,
        "S": gen.per_share, "R": gen.range_,
        "U": lambda: gen.count("U"), "T": lambda: gen.count("T"),
    }
    for slot, make in makers.items():
        if "{" + slot + "}" in template:
            values[slot] = make()
    fields = dict(ctx)
    fields.update({k: v[0] for k, v in values.items()})
    fields.setdefault("year", str(rng.randint(2019, 2027)))
    text = template.format(**fields)
    # Labels in text order of the slots.
    order = sorted(values, key=lambda k: template.index("{" + k + "}"))
    return text, [values[k][1] for k in order]


def _context(rng: random.Random) -> dict[str, str]:
    return {
        "company": rng.choice(COMPANIES),
        "place": rng.choice(PLACES),
        "month": rng.choice(MONTHS),
        "day": str(rng.randint(1, 28)),
        "quarter": rng.choice(QUARTERS),
        "analyst": rng.choice(ANALYSTS),
        "year": str(rng.randint(2019, 2027)),
    }


def build_article(rng: random.Random, target_bytes: int = 5000) -> dict[str, Any]:
    """One article of about ``target_bytes`` UTF-8 bytes: headline, then paragraphs."""
    gen = Gen(rng)
    sentences: list[tuple[str, list[Label]]] = []
    ctx = _context(rng)
    sentences.append(_fill(rng.choice(HEADLINES) + ".", gen, ctx))
    size = len(sentences[0][0].encode())
    while size < target_bytes:
        ctx = _context(rng)
        tmpl = rng.choice(FILLER) if rng.random() < 0.35 else rng.choice(TEMPLATES)
        s = _fill(tmpl, gen, ctx)
        sentences.append(s)
        size += len(s[0].encode()) + 1
    if any(p in text for text, _ in sentences for p in LOCAL_DOLLAR_PLACES):
        # Local style beside a dollar territory's place: the US dollar is 'US$', never a bare
        # '$' (labels unchanged: every bare '$' of the generator is USD).
        sentences = [(_BARE_DOLLAR.sub("US$", text), labels) for text, labels in sentences]
    # Paragraphs of 3-5 sentences; the headline is its own paragraph.
    parts: list[str] = []
    out_sentences: list[dict[str, Any]] = []
    pos = 0
    paragraphs: list[list[tuple[str, list[Label]]]] = [[sentences[0]]]
    i = 1
    while i < len(sentences):
        k = rng.randint(3, 5)
        paragraphs.append(sentences[i:i + k])
        i += k
    for pi, para in enumerate(paragraphs):
        if pi:
            parts.append("\n\n")
            pos += 2
        for si, (text, labels) in enumerate(para):
            if si:
                parts.append(" ")
                pos += 1
            out_sentences.append({"text": text, "start": pos, "end": pos + len(text),
                                  "expected": labels})
            parts.append(text)
            pos += len(text)
    text = "".join(parts)
    for s in out_sentences:
        assert text[s["start"]:s["end"]] == s["text"]
    return {"text": text, "sentences": out_sentences}


def build(kb: float = DEFAULT_KB, seed: int = SEED, article_bytes: int = 5000) -> list[dict[str, Any]]:
    """Articles totalling at least ``kb`` KB (1 KB = 1000 bytes of UTF-8)."""
    rng = random.Random(seed)
    articles: list[dict[str, Any]] = []
    total = 0
    while total < kb * 1000:
        art = build_article(rng, article_bytes)
        articles.append(art)
        total += len(art["text"].encode())
    return articles


def write(articles: list[dict[str, Any]], out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    txt = out / "corpus.txt"
    jl = out / "corpus.jsonl"
    txt.write_text(ARTICLE_SEPARATOR.join(a["text"] for a in articles) + "\n", encoding="utf-8")
    with jl.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return txt, jl


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=float, default=DEFAULT_KB, help="minimum size in KB (default %(default)s)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=HERE / ".cache")
    args = ap.parse_args(argv)
    arts = build(args.kb, args.seed)
    txt, jl = write(arts, args.out)
    n_sent = sum(len(a["sentences"]) for a in arts)
    n_lab = sum(len(s["expected"]) for a in arts for s in a["sentences"])
    print(f"wrote {txt} ({txt.stat().st_size} bytes, {len(arts)} articles, {n_sent} sentences, "
          f"{n_lab} labelled mentions) and {jl}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
