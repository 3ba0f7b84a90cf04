"""quantulum3 adapter: ``quantulum3.parser.parse`` with its scikit-learn classifier installed.

Normalisation (see bench/README.md): entity ``currency`` → money with the unit's ISO code
(``currency_code``); unit ``percentage``/``per cent``/``percent`` → percent; a bare
dimensionless number (a year, a count without a unit) is dropped; anything else is kept as
kind ``other`` with quantulum's unit name (it then counts as a wrong reading). A range is
quantulum's ``value ± uncertainty``, i.e. low = value - uncertainty, high = value + uncertainty.
"""

from __future__ import annotations

import warnings
from importlib.metadata import version as _v

import _base

PERCENT_NAMES = {"percentage", "per cent", "percent"}
# Only used when quantulum says "currency" but gives no ISO code.
CURRENCY_NAMES = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY",
                  "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY"}


def setup():
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    parser.parse("warm up the classifier with $5 billion")
    return parser


def convert(q):
    unit = q.unit
    name = (unit.name or "").lower()
    entity = unit.entity.name if unit.entity is not None else ""
    unc = q.uncertainty
    kw = {"value": q.value} if not unc else {"low": q.value - unc, "high": q.value + unc}
    if entity == "currency":
        code = getattr(unit, "currency_code", None) or CURRENCY_NAMES.get(name)
        return _base.pred("money", code or name, **kw)
    if name in PERCENT_NAMES:
        return _base.pred("percent", "percent", **kw)
    if name == "dimensionless" or entity == "dimensionless" and name in ("", "dimensionless"):
        return None
    return _base.pred("other", name, **kw)


def call(parser, text):
    return parser.parse(text)


def extract(parser, quantities):
    out = []
    for q in quantities:
        p = convert(q)
        if p is not None:
            out.append(p)
    return out


if __name__ == "__main__":
    raise SystemExit(_base.main("quantulum3", lambda: _v("quantulum3") + " (scikit-learn " + _v("scikit-learn") + ")",
                                setup, _base.Split(call, extract), _base.Split(call, extract)))
