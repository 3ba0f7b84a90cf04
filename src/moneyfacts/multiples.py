"""Currency words worth a multiple of the unit they are read in (lexicon [currency-multiple]).

Iranian prices are said in toman, ten rials each, and ISO 4217 has only the rial: the
[currency] line reads 'تومان' as IRR, and this step multiplies the amount by the word's
worth, saying so in ``assumed``.

>>> from moneyfacts import extract
>>> m = extract("قیمت نان به ۲۰ هزار تومان رسید.", locale="fa_IR").mentions[0]
>>> str(m), m.assumed
('200,000 IRR', "'تومان' read as 10 IRR")
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from moneyfacts.currencies import lexicon_sections
from moneyfacts.models import Quantity

__all__ = ["scale", "SCREEN"]

#: The endings a multiple's word may carry glued after it (Persian's adjectival '-ی':
#: '۷ هزار تومانی', a 7,000-toman one).
_ENDINGS = ("", "ی")


@cache
def _table() -> dict[str, Decimal]:
    return {k: Decimal(v) for k, v, _ in lexicon_sections().get("currency-multiple", [])}


#: For :func:`moneyfacts.mentions.extract`'s screen: None when the lexicon has no multiple,
#: else whether one is written in ASCII (then no text can be passed over as ASCII).
SCREEN: bool | None = (any(w.isascii() for w in _table()) if _table() else None)


def _word_of(text: str) -> str | None:
    for word in _table():
        for end in _ENDINGS:
            if text.endswith(word + end):
                return word
    return None


def scale(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """``mentions`` with each amount whose currency word is a multiple scaled by its worth."""
    table = _table()
    if not any(word in text for word in table):  # a screen: most texts name none
        return mentions
    out = []
    for m in mentions:
        word = _word_of(m.text) if m.kind == "money" else None
        if word is None:
            out.append(m)
            continue
        k = table[word]
        note = f"'{word}' read as {k} {m.unit}"
        out.append(m.model_copy(update={
            "value": None if m.value is None else m.value * k,
            "low": None if m.low is None else m.low * k,
            "high": None if m.high is None else m.high * k,
            "precision": m.precision * k,
            "assumed": note if m.assumed is None else f"{m.assumed}; {note}"}))
    return out
