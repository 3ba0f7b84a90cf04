"""Duckling adapter: pyduckling-native-phihos (the Haskell Duckling in a wheel).

Dimensions ``amount-of-money`` and ``quantity``, locale EN_US, latent readings off, reference
time 2025-01-22 UTC. The binding returns UTF-8 bytes decoded as Latin-1, so the JSON is
re-decoded (``s.encode('latin-1').decode('utf-8')``) and read with exact decimals.

Units: ISO codes pass through; "$" → USD (Duckling's own reading of a bare dollar sign, as
moneyfacts' default), "£" → GBP, "€" → EUR, "¥" → JPY, "unknown" → no unit. An interval with
both ends becomes low/high; with one end ("more than $300 billion") its value. Duckling often
returns several readings for the same span; the first is the prediction and the others are
passed as ``alts`` (the scorer accepts any of them: generous to Duckling, see README).
"""

from __future__ import annotations

import json
from decimal import Decimal
from importlib.metadata import version as _v

import _base

SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "cent": "USD",
         "unknown": None}
REF_TIMESTAMP = 1737504000  # 2025-01-22T00:00:00Z


class State:
    def __init__(self):
        import duckling

        self.d = duckling
        tz = duckling.load_time_zones("/usr/share/zoneinfo")
        ref = duckling.parse_ref_time(tz, "UTC", REF_TIMESTAMP)
        lang = duckling.parse_lang("EN")
        loc = duckling.parse_locale("EN_US", duckling.default_locale_lang(lang))
        self.ctx = duckling.Context(ref, loc)
        self.dims = duckling.parse_dimensions(["amount-of-money", "quantity"])

    def parse(self, text):
        raw = self.d.parse_text(text, self.ctx, self.dims, False)
        try:
            raw = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        return json.loads(raw, parse_float=Decimal)


def setup():
    st = State()
    st.parse("warm up with $5 billion")
    return st


def _unit(u):
    if u is None:
        return None
    return SIGNS.get(u, u)


def convert(r):
    dim = r.get("dim")
    v = r.get("value") or {}
    kind = "money" if dim == "amount-of-money" else "other"
    if v.get("type") == "interval":
        fr, to = v.get("from"), v.get("to")
        unit = _unit((fr or to or {}).get("unit"))
        if kind == "money" and unit is None and to is not None:
            unit = _unit(to.get("unit"))
        if fr and to:
            return _base.pred(kind, unit, low=fr.get("value"), high=to.get("value"))
        return _base.pred(kind, unit, (fr or to).get("value"))
    unit = _unit(v.get("unit"))
    if kind == "other":
        unit = (v.get("unit") or "") + (" " + v["product"] if v.get("product") else "")
    return _base.pred(kind, unit, v.get("value"))


def call(st, text):
    return st.parse(text)


def extract(st, results):
    groups = {}
    for r in results:
        p = convert(r)
        key = (r.get("start"), r.get("end"))
        if key in groups:
            groups[key].setdefault("alts", []).append(p)
        else:
            groups[key] = p
    return list(groups.values())


if __name__ == "__main__":
    raise SystemExit(_base.main("duckling", lambda: _v("pyduckling-native-phihos"), setup,
                                _base.Split(call, extract), _base.Split(call, extract)))
