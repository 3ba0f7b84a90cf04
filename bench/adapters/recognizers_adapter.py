"""Microsoft Recognizers-Text adapter: the number-with-unit *currency* model, English culture.

``NumberWithUnitRecognizer(Culture.English).get_currency_model().parse(text)``. The
resolution gives ``value`` (a decimal string) and ``unit`` (a name such as "Chinese yuan")
and, for most currencies, ``isoCurrency``. When ``isoCurrency`` is missing, the bare names
are mapped to the currency moneyfacts itself assumes for the bare sign ("Dollar" → USD,
"Pound" → GBP, "Yen" → JPY, "Yuan" → CNY, ...); otherwise the name is kept (a wrong unit).
Only money is read: this model has no percentages or counts.
"""

from __future__ import annotations

from importlib.metadata import version as _v

import _base

BARE = {"dollar": "USD", "pound": "GBP", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "rupee": "INR", "won": "KRW", "franc": "CHF", "real": "BRL",
        "ruble": "RUB", "rouble": "RUB", "lira": "TRY", "baht": "THB", "rand": "ZAR",
        "ringgit": "MYR", "rupiah": "IDR", "shekel": "ILS", "zloty": "PLN", "forint": "HUF",
        "united states dollar": "USD", "british pound": "GBP", "pound sterling": "GBP"}


def setup():
    from ms_recognizers_number_with_unit import NumberWithUnitRecognizer
    from ms_recognizers_text import Culture

    model = NumberWithUnitRecognizer(Culture.English).get_currency_model()
    model.parse("warm up with $5 billion")
    return model


def _one(res):
    if not isinstance(res, dict):
        return None
    unit = res.get("isoCurrency") or BARE.get(str(res.get("unit", "")).lower()) or res.get("unit")
    return _base.pred("money", unit, res.get("value"))


def extract(model, text):
    out = []
    for r in model.parse(text):
        res = r.resolution
        if isinstance(res, list):  # compound amounts ("2 dollars and 5 cents") resolve to a list
            items = [p for p in map(_one, res) if p]
            if items:
                out.append(items[0])
            continue
        p = _one(res)
        if p is not None:
            out.append(p)
    return out


if __name__ == "__main__":
    raise SystemExit(_base.main("recognizers-text", lambda: _v("ms-recognizers-text-number-with-unit")
                                + " (suite " + _v("ms-recognizers-text-suite") + ")", setup, extract, extract))
