"""A currency's hundredth written after a number: '12.5 pence a share' is 0.125 GBP, and
'99 cents' is 0.99 of the dollar a bare '$' is read as (``assumed`` says so, as for '$');
'20 dollars 43 cents' is one amount (:mod:`moneyfacts.subunits` joins them).

The spellings are ``data/lexicon.txt``'s [minor] section, '<spelling> = <currency>': an ISO
code, or '{dollar}' for the caller's dollar. They are read in lower case after digits ('50
Cent' is a name), or after a spelled number ('fifty cents'), except in an idiom of the
lexicon's [not-spelled-money] ('my two cents') or after a negation ('not one cent').

>>> from moneyfacts import parse
>>> q = parse("12.5 pence a share")
>>> q.unit, q.value, q.precision, q.per
('GBP', Decimal('0.125'), Decimal('0.001'), 'share')
>>> q = parse("99 cents")
>>> q.unit, q.value, q.assumed
('USD', Decimal('0.99'), "'cents' read as USD (dollar='USD')")
>>> parse("5 euro cents").value
Decimal('0.05')

A language's own hundredths are read with its locale ([minor es], [minor ro]: 'centavos',
'50 de bani'). A word several currencies share is the locale's own ('øre' is NOK in Norwegian, DKK in
Danish), else refused unless the text settles it:

>>> str(parse("10 øre", locale="nb")), str(parse("10 øre", locale="da"))
('0.10 NOK', '0.10 DKK')
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.currencies import Lexicon, lexicon_section, lexicon_sections, name_sign
from moneyfacts.inflect import suffix_languages
from moneyfacts.locales import own_reading
from moneyfacts.parts import Part
from moneyfacts.signs import particles

__all__ = ["minor_spellings", "minor_unit"]


def _stored(value: str) -> str:
    """'INR | PKR NPR' as the lexicon's names store it ('INR|PKR NPR'): no space in a code."""
    return "|".join(v.strip() for v in value.split("|", 1))


@cache
def _spellings(language: str | None = None) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the [minor] spellings after a number (longest first: 'euro cents' before
    'cents'), and each spelling's currency; with a ``language``, its own [minor <language>]
    section read its way where sections differ ('centavos' in es and pt), in any case, and
    after its word that joins a number to its noun ('50 de bani': [locale-link])."""
    values: dict[str, str] = dict(_dollar_cents())
    values.update(_national_minor())  # 'Malaysian sen', 'Pakistani paise'
    for spelling, value, _ in lexicon_sections().get("minor", []):
        values[" ".join(spelling.split())] = _stored(value)
    base = _by_first(values)
    links = own = ""
    mine = _language_minor(language) if language is not None else {}
    if mine:
        values.update(mine)
        own = f"(?i:{_alternation(mine)})|"  # the language's own, in any case ('50 DE BANI')
        joins = [k for k, v, _ in lexicon_sections().get("locale-link", [])
                 if language in v.split() and k.isalpha()]
        if joins:
            links = rf"(?:(?i:{'|'.join(map(re.escape, joins))})[ \u00a0]+)?"
    from moneyfacts.signs import particles

    from moneyfacts.inflect import all_suffixes

    glued = "|".join(re.escape(p) for p in (*(p for lang in particles().values() for p in lang),
                                            *all_suffixes()))  # and [suffix tr]: '5 kuruşa'
    # A particle may be glued to the word ('12 센트로'): [particle] of the lexicon.
    # The word ends where no letter follows: a sign ('¢') ends there, and an Indic vowel sign
    # ends 'पेनी' (no \b after either).
    return re.compile(
        rf"[ \u00a0-]?{links}({own}{base})(?:(?![\w\u0900-\u0dff])|(?=(?:{glued})\b))"), values


@cache
def english_dollars() -> dict[str, str]:
    """The currencies CLDR's English names a dollar, with the name's nationality ('SGD':
    'Singapore', 'USD': 'US'); none marked in brackets ('US Dollar (Next day)').

    >>> english_dollars()["AUD"], "MXN" in english_dollars()
    ('Australian', False)
    """
    from babel import Locale

    return {code: name[:-7] for code, name in Locale("en").currencies.items()
            if name.endswith(" Dollar") and "(" not in name}


@cache
def _dollar_cents() -> tuple[tuple[str, str], ...]:
    """The cents of each dollar CLDR names in English, with its nationality ('Singapore
    cents', 'Australian cent'), and after the letters of each dollar's prefixed sign of one
    currency in the lexicon ('NZ cents' of 'NZ$', 'HK cents' of 'HK$'; two letters or more:
    a lone 'A' or 'S' is no nation's; not a magnitude's letters: '1 BN cents' is a billion
    cents, not Brunei's): (spelling, code).

    >>> dict(_dollar_cents())["NZ cents"], dict(_dollar_cents())["Singapore cents"]
    ('NZD', 'SGD')
    """
    from moneyfacts.currencies import prefixed_dollars

    out: list[tuple[str, str]] = []
    for code, nation in english_dollars().items():
        out += [(f"{nation} cent", code), (f"{nation} cents", code)]
    magnitudes = {k.lower() for k, _, _ in lexicon_sections().get("magnitude", [])}
    for letters, code in prefixed_dollars().items():
        if letters.lower() not in magnitudes:
            out += [(f"{letters} cent", code), (f"{letters} cents", code)]
    return tuple(out)


@cache
def _national_minor() -> tuple[tuple[str, str], ...]:
    """Each [minor] hundredth of a currency that is no dollar after the nationality of
    CLDR's English name of one of its currencies ('Malaysian sen' of 'Malaysian Ringgit',
    'Pakistani paise' of 'Pakistani Rupee'): (spelling, code); the nationality settles a
    word several currencies share."""
    from babel import Locale

    names = Locale("en").currencies
    out: list[tuple[str, str]] = []
    for spelling, value, _ in lexicon_sections().get("minor", []):
        for code in value.replace("!", " ").replace("|", " ").split():
            name = names.get(code, "")
            if " " in name and "(" not in name and not name.endswith(" Dollar"):
                out.append((f"{name.rsplit(' ', 1)[0]} {' '.join(spelling.split())}", code))
    return tuple(out)


def minor_spellings() -> frozenset[str]:
    """The hundredths of [minor] in lower case ('cents', 'sen', 'øre')."""
    return frozenset(k.lower() for k in _spellings(None)[1])


def _alternation(values: dict[str, str]) -> str:
    """The spellings as one alternation, the longest first ('euro cents' before 'cents')."""
    words = sorted(values, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", "[ -]") for w in words)


def _by_first(values: dict[str, str]) -> str:
    """:func:`_alternation`'s spellings grouped by their first character, each group in its
    order ('a(?:rest|rest)|b(?:...)'): one test of the character at the match skips a
    group, where the flat alternation tries each of its spellings in turn (about 200 of them,
    1.2 us after a word none starts). No two groups' spellings can match at one place, so the
    first that matches, and what is tried after it when what follows refuses it, are the flat
    alternation's (case-sensitive spellings only)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(values, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(_escaped(first) + "(?:" + "|".join(map(_escaped, rests)) + ")"
                    for first, rests in groups.items())


def _escaped(spelling: str) -> str:
    """A spelling in a pattern: a space in it may be written as a hyphen."""
    return re.escape(spelling).replace(r"\ ", "[ -]")


@cache
def _language_minor(language: str) -> dict[str, str]:
    """The spellings of [minor <language>] (lower case) and their values: ``_parse_lexicon``
    reads a language's section into the base one, so it is read here."""
    return {" ".join(key.lower().split()): _stored(value)
            for key, value in lexicon_section(f"minor {language}")}


@cache
def _links() -> frozenset[str]:
    """The words that join an amount to its hundredths, in every language ([subunit] with its
    language sections, 'link': 'and', 'og', 'et')."""
    section = lexicon_sections().get("subunit", [])
    return frozenset(k.lower() for k, v, _ in section if v == "link")


@cache
def _own_symbols(locale: str) -> frozenset[str]:
    """The currency symbols of ``locale``'s own currencies (CLDR: 'Rp' in id)."""
    from moneyfacts.locales import profile

    prof = profile(locale)
    own = _own_codes(locale)
    return frozenset(s for s, codes in prof.symbols.items() if set(codes) & own)


@cache
def _own(language: str) -> frozenset[str]:
    """The hundredths a language's own [subunit <language>] section lists ('cent' in Dutch;
    ``_parse_lexicon`` reads a language's section into the base one, so it is read here)."""
    return frozenset(key.lower() for key, value in lexicon_section(f"subunit {language}")
                     if value != "link")


@cache
def _own_codes(language: str) -> frozenset[str]:
    """The currencies tender where ``language`` is likely spoken (CLDR: 'nb' -> NOK)."""
    from babel import Locale, UnknownLocaleError

    from moneyfacts.locales import _own_currencies

    try:
        return frozenset(_own_currencies(Locale.parse(language)))
    except (UnknownLocaleError, ValueError):  # pragma: no cover - a language CLDR lacks
        return frozenset()


def _unread_amount(before: list[str], lex: Lexicon, language: str | None, linked: bool) -> bool:
    """Whether the hundredths end an amount whose currency word is not read ('2 sloty og 23
    groszy', 'to thai bhat 23 satang'): then they are not read alone (0.23 would be a wrong
    value), but 'een kwartje is 25 cent', a sentence about one thing, is read."""
    for k in (2, 3):
        if len(before) < k or not before[-k].isdigit():
            continue
        between = before[-k + 1 :]
        if any(not w.isalpha() or _currency_word(w, lex, language) or w.lower() in lex.words.stop
               or w.lower() in lex.words.range_words_alone or w.lower() in minor_spellings()
               for w in between):
            return False  # '5 to 20 pence', '10 US cents and 5 euro cents': another figure
        return linked or k == 2 or before[-k] != "1"
    return False


#: The currencies whose hundredths English writes after the figure and whose own names
#: ('dollars', 'pounds', 'euros') the lexicon reads in any English text: the caller's dollar
#: ('cents': '{dollar}', resolved as a bare '$' is), GBP ('pence'), EUR ('euro cents'), USD.
_NAMED_IN_ENGLISH = frozenset({"{dollar}", "GBP", "EUR", "USD"})


def _english_hundredth(written: str, values: dict[str, str], language: str | None,
                       before: list[str]) -> bool:
    """Whether ``written`` ('cents', 'pence') is an English hundredth after English words
    (``before``: the words before the figure, the last two in the Latin alphabet without
    accents) in a text read as English: its currency's word before it would have been read
    ('5 dollars and 60 cents'), so the words between a figure and it are prose, never an
    unread currency name, and the hundredths are an amount of their own ('Brent for December
    2024 delivery rose 50 cents', 'shares of 3 lenders rose 12 pence'; gnews18: they were
    dropped silently as the end of '2024 ...'). Not the hundredths of another script ('20
    долларов 43 центов' with no locale: the dollars' word there is not read, and 0.43 alone
    would be a wrong value).

    >>> pattern, values = _spellings(None)
    >>> _english_hundredth("cents", values, None, ["for", "2024", "rose"])
    True
    >>> _english_hundredth("groszy", values, "en", ["2", "sloty"])
    False
    >>> _english_hundredth("центов", values, None, ["20", "долларов"])
    False
    >>> _english_hundredth("cents", values, "nb", ["for", "2024", "steg"])
    False
    """
    if language not in (None, "en") or not written.isascii():
        return False
    return values.get(written.replace("-", " "), "") in _NAMED_IN_ENGLISH and all(
        w.isascii() for w in before[-2:])


def _currency_word(word: str, lex: Lexicon, language: str | None) -> bool:
    """Whether ``word`` is a currency word of the lexicon or of ``language``'s CLDR names."""
    from moneyfacts.locales import profile

    w = word.lower()
    return w in lex.currency_words or (language is not None and w in profile(language).currency_words)


def minor_unit(text: str, part: Part, lex: Lexicon, locale: str | None = None) -> bool:
    """Read a hundredth written after the digits of ``part`` into it ('12.5 pence': money,
    GBP, two powers of ten less), or give False when none follows, or when the hundredths end
    an amount written before them ('twenty dollars 43 cents', 'a dollar and 42 cents': those
    are read whole, by :mod:`moneyfacts.subunits`, or not at all; never as 0.43 alone). In
    another ``locale``'s language, a word its own [subunit] section lists is its own
    hundredth, no dollar's ('Een kwartje is 25 cent' in Dutch is a euro cent), and is left to
    it, unless its [minor <language>] section reads it; a word several currencies share is
    the locale's own where :func:`moneyfacts.locales.own_reading` settles it."""
    if not text[part.start : part.start + 1].isdigit():
        return False
    language = None if locale is None else locale.split("_", 1)[0]
    pattern, values = _spellings(language)
    m = pattern.match(text, part.end)
    if m is None:
        return False
    written = m.group(1)
    if _ends_amount(text, part, lex, language, written, values) or _not_this_hundredth(
            text, m.end(), written, language, locale):
        return False
    key = written.replace("-", " ")
    locale_own = language is not None and key.lower() in _language_minor(language)
    value = values[key.lower()] if locale_own else values[key]
    if language is not None and value.startswith("{") and written.lower() in _own(language) and (
            not locale_own):
        return _locale_hundredth(part, m.end(), written, language)
    _read_hundredth(part, m.end(), written, value, language, locale)
    return True


def _ends_amount(
    text: str, part: Part, lex: Lexicon, language: str | None, written: str,
    values: dict[str, str],
) -> bool:
    """Rule: do the hundredths ``written`` after ``part`` end an amount written before them,
    read whole or not at all: a currency word or code right before the figure, maybe before
    a link ('5 dollars and 60 cents'; not after a magnitude: '5.11 billion dollars and 60
    cents per share' holds two amounts), or an amount whose currency word is not read
    (:func:`_unread_amount`: 'twenty dollars 43 cents' in another script)?

    >>> from decimal import Decimal
    >>> from moneyfacts.currencies import lexicon
    >>> from moneyfacts.numbers import Figure
    >>> pattern, values = _spellings(None)
    >>> text = "It cost 5 dollars and 60 cents"
    >>> _ends_amount(text, Part(22, 24, Figure(Decimal(60), Decimal(1))), lexicon(), None, "cents", values)
    True
    """
    before = text[max(0, part.start - 40) : part.start].split()
    linked = bool(before) and before[-1].lower() in _links()
    if linked:
        before.pop()
    if before and (before[-1].lower() in lex.currency_words or lex.is_code(before[-1])) and not (
            linked and len(before) > 1 and before[-2].lower() in lex.magnitudes_ci):
        return True  # ('5 dollars and 60 cents' is read whole; '5.11 billion dollars and 60
        # cents per share' holds two amounts: no hundredths go with billions)
    return part.end - part.start <= 2 and not _english_hundredth(
        written, values, language, before) and _unread_amount(before, lex, language, linked)


def _not_this_hundredth(
    text: str, end: int, written: str, language: str | None, locale: str | None
) -> bool:
    """Rule: is the word ``written`` (ending at ``end``) no hundredth here: a suffix glued on
    outside its language ('centa' in hr is no 'cent'), or the locale's own sign after the
    figure ('20Rp' in id: the rupiah)?

    >>> _not_this_hundredth("5 centa", 6, "cent", None, None)
    True
    """
    if text[end : end + 1].isalpha() and (
            language not in suffix_languages() and language not in particles()):
        return True  # a suffix glued on is read in its language only ('centa' in hr is no 'cent')
    return language is not None and written in _own_symbols(locale or language)


def _locale_hundredth(part: Part, end: int, written: str, language: str) -> bool:
    """Reading: 'Ik vond een cent', '10 cent' in Dutch: the hundredth of the locale's own
    currency (EUR) where the language has one, recorded as assumed (a Dutch story on the dollar
    writes its cents so too); False where it has several or none.

    >>> from decimal import Decimal
    >>> from moneyfacts.numbers import Figure
    >>> part = Part(0, 2, Figure(Decimal(10), Decimal(1)))
    >>> _locale_hundredth(part, 7, "cent", "nl"), part.currency, part.magnitude
    (True, 'EUR', -2)
    """
    own = _own_codes(language)
    if len(own) != 1:
        return False
    code = next(iter(own))
    part.end, part.kind, part.currency = end, "money", code
    part.magnitude = (part.magnitude or 0) - 2
    part.assumed = f"{written!r} read as {code} (the hundredth of locale {language!r}'s currency)"
    return True


def _read_hundredth(
    part: Part, end: int, written: str, value: str, language: str | None, locale: str | None
) -> None:
    """Reading: the hundredths ``written`` (up to ``end``) of the currency ``value`` into
    ``part``: money, two powers of ten less; a word several currencies share is the locale's
    own where :func:`moneyfacts.locales.own_reading` settles it ('øre' in nb: NOK, and says
    so), else left for the text to settle ('{dollar}': resolved as a bare '$' is).

    >>> from decimal import Decimal
    >>> from moneyfacts.numbers import Figure
    >>> part = Part(0, 4, Figure(Decimal("12.5"), Decimal("0.1")))
    >>> _read_hundredth(part, 10, "pence", "GBP", None, None); (part.currency, part.magnitude)
    ('GBP', -2)
    """
    sign = name_sign(written, value)
    if sign is not None and sign.ambiguous and language is not None:
        mine = own_reading(locale or language, sign.codes)
        if mine is not None:  # 'øre' in nb: the locale's own hundredth (NOK), and says so
            sign = None
            value = mine
            part.assumed = f"{written!r} read as {value}: the currency of locale={locale or language!r}"
    part.end, part.kind = end, "money"
    part.magnitude = (part.magnitude or 0) - 2
    if sign is None:
        part.currency = value
    else:
        part.ambiguous = sign  # '{dollar}': resolved as a bare '$' is
