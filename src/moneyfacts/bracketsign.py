"""A shared sign inside the bracket of a stated equivalent: the currency its original is not.

'A$8.75 ($6) a share' in a text that also names Sydney: the bare '$' may be the Australian or
the US dollar, and the text alone does not say which, so the scanner refuses it. Yet the
bracket right after an amount holds its conversion, and a conversion is into another
currency: of the sign's candidates, the original's own currency is out. When one candidate
is left, the amount is read as it, ``assumed`` naming the original (a small matcher: it
returns the mention, or None).

>>> from moneyfacts import extract
>>> ex = extract("Perth and Brisbane bidders offered A$8.75 ($6.20) a share, the Australian "
...              "board said.")
>>> [(m.text, m.unit) for m in ex.mentions]
[('A$8.75', 'AUD'), ('$6.20', 'USD')]
>>> ex.mentions[1].assumed
"'$' read as USD: the bracket after 'A$8.75' (AUD) holds its conversion; also AUD"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from moneyfacts.models import Quantity, Skipped

__all__ = ["bracketed_conversions"]

#: What the scanner's refusal of a shared sign says: the sign and its candidates.
_REFUSED = re.compile(r"currency sign '([^']+)' is ambiguous \(([A-Z]{3}(?:, [A-Z]{3})+)\)")
#: Between an amount and the opening of its bracket: spaces, then '(' or '['.
_OPENING = re.compile(r"[ \u00a0]*[(\[][ \u00a0]*")


def _left(original: Quantity, refused: Skipped) -> tuple[str, str, str] | None:
    """(sign, the one candidate left, the others) when ``refused`` opens the bracket right
    after ``original`` and the original's currency is one of its sign's candidates."""
    m = _REFUSED.match(refused.reason)
    if m is None or original.kind != "money" or original.assumed is not None:
        return None  # only after an original whose currency the text writes itself
    codes = m.group(2).split(", ")
    if original.unit not in codes:
        return None
    rest = [c for c in codes if c != original.unit]
    if len(rest) != 1:
        return None
    return m.group(1), rest[0], original.unit


def _original_before(text: str, k: Skipped, by_end: dict[int, Quantity]) -> Quantity | None:
    """The amount whose bracket ``k`` opens: it ends at the '(' or '[' right before ``k``."""
    at = max(text.rfind("(", 0, k.start), text.rfind("[", 0, k.start))
    if at < 0:
        return None
    for end in range(at, max(at - 3, -1), -1):  # 'A$8.75 ($6)', 'A$8.75($6)'
        if end in by_end and _OPENING.fullmatch(text, end, k.start):
            return by_end[end]
    return None


def bracketed_conversions(text: str, mentions: list[Quantity], skipped: list[Skipped],
                          read: Callable[[str, str, str], list[Quantity]]
                          ) -> tuple[list[Quantity], list[Skipped]]:
    """The mentions with each refused amount that opens the bracket after an amount read as
    the one candidate of its sign left (see the module), and the refusals still standing.
    ``read(fragment, sign, code)`` reads the refused text with ``sign`` as ``code``."""
    if not skipped or not mentions:
        return mentions, skipped
    by_end = {m.end: m for m in mentions}
    added: list[Quantity] = []
    kept: list[Skipped] = []
    for k in skipped:
        original = _original_before(text, k, by_end)
        found = _left(original, k) if original is not None else None
        got = read(k.text, found[0], found[1]) if found is not None else []
        if original is None or found is None or len(got) != 1 or got[0].unit != found[1] or (
                got[0].end - got[0].start != len(k.text)):
            kept.append(k)
            continue
        sign, code, other = found
        note = (f"{sign!r} read as {code}: the bracket after {original.text!r} ({other}) holds "
                f"its conversion; also {other}")
        added.append(got[0].model_copy(update={"start": k.start, "end": k.end, "text": k.text,
                                               "assumed": note}))
    if not added:
        return mentions, skipped
    return sorted(mentions + added, key=lambda q: q.start), kept
