"""price-parser adapter: ``Price.fromstring(text)``.

price-parser reads one price from a short string; it is not an extractor: on a sentence or a
document it returns at most one price (the first it finds). It does not read scale words
("billion"), so "$5.5 billion" comes back as 5.5. Its currency (a symbol or a code as written)
is mapped to ISO 4217 with the table below; an unknown currency string is kept as is.
"""

from __future__ import annotations

from importlib.metadata import version as _v

import _base

SYMBOLS = {
    "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "JPY", "JPY": "JPY", "CN¥": "CNY", "RMB": "CNY", "Rmb": "CNY", "CNY": "CNY", "元": "CNY",
    "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "S$": "SGD",
    "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "฿": "THB", "₱": "PHP", "₪": "ILS", "RM": "MYR", "Rp": "IDR",
    "CHF": "CHF", "Fr.": "CHF", "kr": "SEK", "zł": "PLN", "R": "ZAR",
}


def setup():
    from price_parser import Price

    return Price


def to_iso(cur):
    if cur is None:
        return None
    cur = cur.strip()
    return SYMBOLS.get(cur) or SYMBOLS.get(cur.upper()) or (cur.upper() if len(cur) == 3 and cur.isalpha() else cur)


def call(Price, text):
    return Price.fromstring(text)


def extract(Price, p):
    if p.amount is None:
        return []
    return [_base.pred("money", to_iso(p.currency), p.amount)]


if __name__ == "__main__":
    raise SystemExit(_base.main("price-parser", lambda: _v("price-parser"), setup,
                                _base.Split(call, extract), _base.Split(call, extract)))
