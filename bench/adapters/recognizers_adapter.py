"""Microsoft Recognizers-Text adapter: the number-with-unit *currency* model, English culture.

``NumberWithUnitRecognizer(Culture.English).get_currency_model().parse(text)``. The
resolution gives ``value`` (a decimal string) and ``unit`` (a name such as "Chinese yuan")
and, for most currencies, ``isoCurrency``. When ``isoCurrency`` is missing, the bare names
are mapped to the currency moneyfacts itself assumes for the bare sign ("Dollar" → USD,
"Pound" → GBP, "Yen" → JPY, "Yuan" → CNY, ...); otherwise the name is kept (a wrong unit).
Only money is read: this model has no percentages or counts.

One change, for fairness: ``CurrencyModel.parse`` wraps its whole loop in ``try/except: pass``,
so when one mention raises (Recognizers 1.0.0.1 has a ``TypeError`` in
``__merge_compound_unit``, e.g. on "Rs 44,500 crore on August 5"), *every* result of that text is
dropped, and a 5 KB document comes back empty. The adapter runs the model's own loop (same
extractor, parser, overlap rule and resolution) with the ``try`` around each mention instead,
so only the mention that raised is lost.
"""

from __future__ import annotations

from importlib.metadata import version as _v

import _base

BARE = {"dollar": "USD", "pound": "GBP", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "rupee": "INR", "won": "KRW", "franc": "CHF", "real": "BRL",
        "ruble": "RUB", "rouble": "RUB", "lira": "TRY", "baht": "THB", "rand": "ZAR",
        "ringgit": "MYR", "rupiah": "IDR", "shekel": "ILS", "zloty": "PLN", "forint": "HUF",
        "united states dollar": "USD", "british pound": "GBP", "pound sterling": "GBP"}


class Model:
    """``CurrencyModel.parse`` with the exception handling moved to each mention."""

    def __init__(self):
        from ms_recognizers_number_with_unit import NumberWithUnitRecognizer
        from ms_recognizers_text import Culture
        from ms_recognizers_text.utilities import QueryProcessor

        self.model = NumberWithUnitRecognizer(Culture.English).get_currency_model()
        self.pre = QueryProcessor.preprocess

    def parse(self, text):
        m = self.model
        query = self.pre(text, True)
        kept = []  # (start, end, resolution)
        for item in m.extractor_parser:
            parse_results = []
            for ex in item.extractor.extract(query):
                try:
                    r = item.parser.parse(ex)
                except Exception:  # noqa: BLE001 - the library's bug on this mention only
                    continue
                if r.value is not None:
                    parse_results.extend(r.value if isinstance(r.value, list) else [r])
            for pr in parse_results:
                start, end = pr.start, pr.start + pr.length - 1
                if not [k for k in kept if start <= k[0] and end >= k[1]]:
                    try:
                        kept.append((start, end, m.get_resolution(pr.value)))
                    except Exception:  # noqa: BLE001
                        continue
        return kept


def setup():
    model = Model()
    model.parse("warm up with $5 billion")
    return model


def _one(res):
    if not isinstance(res, dict):
        return None
    unit = res.get("isoCurrency") or BARE.get(str(res.get("unit", "")).lower()) or res.get("unit")
    return _base.pred("money", unit, res.get("value"))


def call(model, text):
    return model.parse(text)


def extract(model, results):
    out = []
    for _start, _end, res in results:
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
                                + " (suite " + _v("ms-recognizers-text-suite") + ")", setup,
                                _base.Split(call, extract), _base.Split(call, extract)))
