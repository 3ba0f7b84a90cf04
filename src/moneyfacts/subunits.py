"""An amount and its hundredths written together: '2 dollars and 23 cents' is 2.23.

The subunit words (cents, centimes, øre, копеек, 센트, 分, 角 …) and the words that join them
are data, in ``lexicon.txt`` [subunit] and its language sections; the hundredths of [minor]
(cents, pence, ¢, fen, øre …, spelled once there) are among them, each worth 0.01. :func:`join` runs after a
scan: a whole amount of money with no magnitude, followed by a joining word or none, a
number of at most two digits and a subunit word, becomes one amount, its text running to the
subunit word; whatever the scan read inside that tail (the cents alone) is dropped. Two
digits alone that end the phrase are hundredths too ("20 dollars 43", "15 dólares y 50"), as
both peers' suites read them.

>>> from moneyfacts.grammar import scan
>>> [str(q) for q in scan("It cost 2 dollars and 23 cents.", dollar="USD")]
['2.23 USD']
>>> [str(q) for q in scan("It cost 20 euros 43.")], [str(q) for q in scan("20 euros 43 times")]
(['20.43 EUR'], ['20 EUR'])
>>> [q.text for q in scan("五元三毛", locale="zh")]
['五元三毛']
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from moneyfacts.models import Quantity, Skipped

__all__ = ["join", "subunit_words"]


@cache
def _section() -> tuple[tuple[str, str], ...]:
    """The subunit words with their worth, and the joining words ('link'): [subunit] with
    its language sections, then the hundredths [minor] spells ('cents', 'pence', '¢')."""
    from moneyfacts.currencies import lexicon_sections

    table = lexicon_sections()
    rows = [(k, v) for k, v, _ in table.get("subunit", [])]
    known = {k.lower() for k, _ in rows}
    rows += [(k, "0.01") for k, _, _ in table.get("minor", []) if k.lower() not in known]
    return tuple(rows)


@cache
def _tail() -> re.Pattern[str]:
    from moneyfacts.currencies import lexicon_sections

    section = _section()
    links = sorted((k for k, v in section if v == "link"), key=len, reverse=True)
    words = sorted((k for k, v in section if v != "link"), key=len, reverse=True)
    link = "|".join(map(re.escape, links))
    word = "|".join(map(re.escape, words))
    # the word some languages put between a number and its noun ('23 de cenți'): [locale-link]
    of = "|".join(map(re.escape, (k for k, _, _ in
                                  lexicon_sections().get("locale-link", []))))
    from moneyfacts.inflect import all_suffixes

    letters = r"a-zA-Z\u00c0-\u024f\u0400-\u04ff"
    # A case suffix on the word ('kırk beş sente'): [suffix tr] of the lexicon.
    suffix = "|".join(map(re.escape, all_suffixes()))
    end = rf"(?:(?![{letters}])|(?=['’]?(?:{suffix})(?![{letters}])))" if suffix else rf"(?![{letters}])"
    return re.compile(  # the rest of a name first ('to amerikanske| dollars 23 cents')
        rf"(?:(?<=[^\W\d_])[^\W\d_]*(?P<rest> (?!(?:{link})[ \u00a0])[^\W\d_]+)?)?"
        # No comma: '$5, 30 cents more' is two amounts, not 5.30.
        rf"[ \u00a0]*(?:(?:{link})[ \u00a0]*)?(?P<n>\d{{1,2}})[ \u00a0]*(?:(?:{of})[ \u00a0]+)?(?P<w>{word}){end}",
        re.IGNORECASE,
    )


@cache
def _bare() -> re.Pattern[str]:
    """Two digits alone after the amount, ending the phrase or the clause: '20 dollars 43',
    '15 dólares y 50', '15 USD 50, ...' (both peers' suites read these as the hundredths);
    after a joining word one digit too ('3 GBP and 1', as '3 GBP and one' is written in
    words)."""
    from moneyfacts.currencies import lexicon_sections

    section = _section()
    link = "|".join(map(re.escape, sorted((k for k, v in section if v == "link"),
                                          key=len, reverse=True)))
    # [phrase-end]: the postpositions after which the phrase has ended ('13 डॉलर 45 की')
    ends = "".join(rf"|{re.escape(k)}(?![^\W\d_]|[\u0900-\u0dff])" for k, _, _ in
                   lexicon_sections().get("phrase-end", []))
    return re.compile(
        rf"(?:(?<=[^\W\d_])[^\W\d_]*(?: [^\W\d_]+)?)?[ \u00a0]+(?:(?:{link})[ \u00a0]+(\d\d?)|(\d\d))(?=[ \u00a0]*(?:[!?;)]|[.,](?!\d)|${ends}))",
        re.IGNORECASE,
    )


@cache
def _worth() -> dict[str, Decimal]:
    return {k.lower(): Decimal(v) for k, v in _section() if v != "link"}


@cache
def _stop_words() -> frozenset[str]:
    """The lexicon's [stop] words ('for', 'to', 'of'): never the rest of a currency's name."""
    from moneyfacts.currencies import lexicon

    return lexicon().words.stop


@cache
def subunit_words() -> frozenset[str]:
    """Every subunit word of the lexicon, lower case ('cents', 'øre', '分'); built once."""
    return frozenset(_worth())


#: Two digits alone after a whole amount, then a word: '15 USD 50 more' may be 15.50 USD
#: or 15 USD and another figure ('20 euros 43 times').
_IN_DOUBT = re.compile(r"[ \u00a0]+(\d\d)[ \u00a0]+([a-z]+)")


_TENTH = Decimal("0.1")
_LAST_DIGIT = re.compile(r"[ \u00a0]*(\d)(?!\d|[.,]\d)")


def _counted(word: str) -> bool:
    """Whether ``word`` after two bare digits makes them a figure of their own: a plural
    noun ('times', 'months') or a noun the lexicon counts or never counts ('people')."""
    from moneyfacts.currencies import lexicon

    lex = lexicon()
    return word.endswith("s") or word in lex.not_count or word in lex.count_nouns


def join(text: str, found: list[Quantity], skipped: list[Skipped] | None = None) -> list[Quantity]:
    """``found`` with each amount followed by its hundredths read as one (see the module).
    A whole amount followed by two bare digits and a word other than a noun ('15 USD 50
    more') is refused, into ``skipped`` when given: the digits may be its hundredths or
    another figure."""
    out: list[Quantity] = []
    drop_before = -1
    starts: set[int] | None = None  # the amounts' starts, made when a tail is looked at
    for i, q in enumerate(found):
        if q.start < drop_before:
            continue  # the cents of the amount just joined
        v = q.value
        if q.kind != "money" or v is None or q.precision != 1 or v != v.to_integral_value():
            out.append(q)
            continue
        if starts is None:
            starts = {q.start for q in found} if len(found) > 1 else set()
        end, total, last = q.end, Decimal(0), Decimal(1)
        while (m := _tail().match(text, end)) is not None:  # '七毛八分': tenths, then hundredths
            rest = m.group("rest")
            if rest is not None and rest.strip().lower() in _stop_words():
                break  # 'He paid 5 dollars for 20 pence': a stop word is no part of a name
            worth = _worth()[m.group("w").lower()]
            n = Decimal(m.group("n"))
            if worth >= last or n * worth >= last:
                break
            total, last, end = total + n * worth, worth, m.end()
        if last == _TENTH and (m := _LAST_DIGIT.match(text, end)) is not None and (
                m.start(1) not in starts):
            total, last, end = total + Decimal(m.group(1)) / 100, Decimal("0.01"), m.end()
            # '五毛五', 'five mao five': one digit after the tenths ('vijf mao vijf kosten')
        if end == q.end and (m := _bare().match(text, q.end)) is not None:
            total, last, end = Decimal(m.group(1) or m.group(2)) / 100, Decimal("0.01"), m.end()
        if end == q.end:
            doubt = _IN_DOUBT.match(text, q.end)
            if doubt is None or doubt.start(1) in starts or _counted(doubt.group(2)):
                out.append(q)  # nothing after it, or a figure the scan read ('$5 20%'), or
                # one of a plural noun ('20 euros 43 times')
            elif skipped is not None:
                skipped.append(Skipped(text=text[q.start : doubt.end(1)], start=q.start,
                                       end=doubt.end(1), reason=(
                    f"{doubt.group(1)!r} after {q.text!r} may be its hundredths or another "
                    "figure")))
            continue
        sign = -1 if v < 0 else 1
        out.append(q.model_copy(update={
            "value": v + sign * total, "precision": last, "end": end, "text": text[q.start : end],
        }))
        drop_before = end
    return out
