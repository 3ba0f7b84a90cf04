"""Mentions and stated equivalents in running text.

:func:`extract` reads every quantity in a text (see :mod:`moneyfacts.grammar`) and links
each amount to the equivalent the article states for it in another currency:

* ``X (Y)``, ``X (about Y)``, ``X (Y; Z)``, ``X (equivalent to Y)``
* ``X, or Y,`` · ``X or about Y`` · ``X – or Y –``
* ``X, equivalent to Y`` · ``X, worth Y`` · ``(JPY X, or US$ Y)``
* the dollar figure first: ``$10.4 billion (Rs 54,000 crore)``
* the next sentence restating it: ``X. In U.S. dollars, that is Y`` (form ``restated``)
* across sentences (:mod:`moneyfacts.equivalents`): a link phrase before the second amount
  (``X. That is equivalent to Y``, form ``phrase``), or one subject naming both (``invest
  about $23 billion`` ... ``The proposed budget totals roughly 160 billion yuan``, form
  ``implied``), each with its ``evidence``;
* two measures of one dimension, ``100 miles (160 km)``, and money restated in its own
  currency, ``three hundred billion naira (N300bn)`` (form ``same_currency``);
* an amount whose currency is elided, ``from 900 billion yen ($6 billion) to 700 billion
  ($4.7 billion)``: the bare ``700 billion`` takes the yen of the amount it parallels
  (see :mod:`moneyfacts.grammar`), and is linked like it.

The link's ``original`` is the amount written first and ``stated`` the equivalent given for
it, whichever currency comes first: in ``$10.4 billion (Rs 54,000 crore)`` the rupee figure
is the stated one.
Amounts in the same currency (but a restatement), or joined by anything else ("and",
"valuing it at"), are never linked.

>>> ex = extract("Toyota will invest ¥2 trillion ($13.3 billion) in batteries by 2030.")
>>> [str(m) for m in ex.mentions], [(e.original, e.stated, e.form) for e in ex.equivalences]
(['2 trillion JPY', '13.3 billion USD'], [(0, 1, 'paren')])
>>> extract("The fund raised 5 billion yuan and 2 billion yen.").equivalences
[]
"""

from __future__ import annotations

from typing import Any, TypeVar

from moneyfacts.conventions import Conventions
from moneyfacts.currencies import Lexicon, lexicon
from moneyfacts.equivalents import across
from moneyfacts.tablerows import may_hold_table, table_links
from moneyfacts.grammar import options_of, quantities
from moneyfacts.models import Equivalence, Extraction, Quantity, Skipped, StatedRate, trusted
from moneyfacts.statedrates import find as find_rates, with_per_amounts
from moneyfacts.capitals import restore as restore_capitals
from moneyfacts.wrapped import unwrap
from moneyfacts.vague import vague_amounts
from moneyfacts.bracketsign import bracketed_conversions
from moneyfacts.multiples import SCREEN as _MULTIPLE_SCREEN, scale as scale_multiples
from moneyfacts.carriedper import bracketed_per, carry as carry_per, compared as compared_per, range_per
from moneyfacts.spelledsums import join_spelled_groups

__all__ = ["extract", "link"]


#: The forms' words live in the lexicon's [link] section (see moneyfacts.phrases).
_MAX_GAP = 40


def _form(gap: str, lex: Lexicon) -> str | None:
    if len(gap) > _MAX_GAP:
        return None
    form = lex.words.link_form(gap)
    if form == "restated":
        # '. In U.S. dollars, that is': the words before the comma must name a currency
        # ('In total, that is' restates nothing).
        if not _names_a_currency(gap.split(",", 1)[0].split()[2:], lex):
            return None
    return form


def _names_a_currency(words: list[str], lex: Lexicon) -> bool:
    """Is one of ``words`` a currency word or code? (A function of its own: the generator
    reads ``lex``, which would make it a cell on every call of :func:`_form`.)"""
    return any(w.lower().replace(".", "") in lex.currency_words or w in lex.codes for w in words)


#: The kinds two linked amounts may both be (money, or measures): see :func:`_other_link`.
_LINKED_KINDS = frozenset({"money", "measure"})


def _linkable(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind == "money" and a.unit != b.unit and (a.per == b.per or not b.per)


def _other_link(text: str, a: Quantity, b: Quantity, gap: str, lex: Lexicon) -> str | None:
    """The form linking two amounts :func:`_linkable` refuses: two measures of one dimension
    ('100 miles (160 km)'), or money restated in its own currency inside a parenthesis that
    holds nothing else ('three hundred billion naira (N300bn)'); see moneyfacts.equivalents."""
    if a.kind == b.kind == "measure":
        form = _form(gap, lex)
        if form is None and b.qualifier == "approx" and gap.strip() == ",":
            form = "about"  # '100 gallons, about 380 litres'
        if form is None:
            return None
        from moneyfacts.equivalents import dimensions_match

        return form if dimensions_match(a, b) else None
    # A sign read by a default ('$' as USD) may be two currencies: '$5 billion ($3.6 billion)'
    # in a Canadian story is no restatement.
    if (a.kind == b.kind == "money" and a.unit == b.unit and a.per == b.per
            and a.assumed is None and b.assumed is None
            and text[b.end : b.end + 1] in (")", "）") and _form(gap, lex) == "paren"):
        return "same_currency"
    return None


#: What may follow an amount set beside another by a comma and 'about': the end of its
#: clause ('Rs 451 crore, around $100.2 million.'), not more words of its own ('€5bn,
#: around $2bn of it in Asia').
_CLAUSE_END = frozenset(".,;:)")


def _approx_apposition(text: str, a: Quantity, b: Quantity) -> bool:
    """'X, about Y' with Y in another currency ending its clause: Y restates X, as the
    measures' '100 gallons, about 380 litres' do (the qualifier is the link)."""
    if b.qualifier != "approx" or text[a.end : b.start].strip() != ",":
        return False
    after = text[b.end : b.end + 3].lstrip()
    return after == "" or after[0] in _CLAUSE_END


def _glued_link(text: str, a: Quantity, b: Quantity, lex: Lexicon) -> str | None:
    """'5亿美元，约合人民币36亿元': the link word glued before the stated amount is read as its
    qualifier too ('约合', about), so the gap is read with it; 'or' when it links."""
    gap = text[a.end : b.start]
    for k in (1, 2, 3):
        if _form(gap + text[b.start : b.start + k], lex) == "or":
            return "or"
    return None


def _equivalence(original: int, stated: int, form: str) -> Equivalence:
    # Two indices and a form name from _FORMS: valid as they are (see models.trusted).
    return trusted(Equivalence, {"original": original, "stated": stated, "form": form,
                                 "evidence": None}, True)


def _gap(text: str, a: Quantity, b: Quantity, lex: Lexicon) -> str:
    """The text between two amounts, without a name restating the first one's sign:
    'R4.1 billion rand ($220 million)', '£850 million sterling (€1 billion)'."""
    gap = text[a.end : b.start]
    if a.kind == "money" and gap[:1] == " " and gap[1:2].isalpha():
        words = gap.split(None, 3)
        for n in (2, 1):
            name = " ".join(words[:n]).lower()
            if len(words) > n and lex.names.get(name) == a.unit:
                return gap[gap.index(words[n - 1]) + len(words[n - 1]):]
    return gap


def link(text: str, mentions: list[Quantity]) -> list[Equivalence]:
    """The stated equivalents among ``mentions`` (in text order) of ``text``.

    A stated equivalent of a per-unit amount is per the same unit: in ``$2 a share (about
    €1.80)`` the euro mention gets ``per="share"`` (``mentions`` is updated in place).
    """
    links: list[Equivalence] = []
    used: set[int] = set()
    lex = lexicon()
    for i in range(len(mentions) - 1):
        if i in used:
            continue
        a, b = mentions[i], mentions[i + 1]
        if a.kind != b.kind or a.kind not in _LINKED_KINDS:
            continue  # '$5 billion, up 20%': no form links these (_linkable, _other_link)
        if not _linkable(a, b):
            form = _other_link(text, a, b, text[a.end : b.start], lex)
            if form is not None:
                links.append(_equivalence(i, i + 1, form))
                used.update((i, i + 1))
            continue
        form = _form(_gap(text, a, b, lex), lex)
        if form is None and b.qualifier is not None and text[b.start : b.start + 1] >= "\u3040":
            form = _glued_link(text, a, b, lex)
        if form is None and _approx_apposition(text, a, b):
            form = "about"  # 'Rs 451 crore, around $100.2 million.'
        if form is None:
            continue
        if a.per and not b.per:  # '$2 a share (about €1.80)': the equivalent is per share too
            mentions[i + 1] = b = b.model_copy(update={"per": a.per})
        links.append(_equivalence(i, i + 1, form))
        used.update((i, i + 1))
        if form == "paren":
            # 'X (Y; Z)': further equivalents inside the same parenthesis.
            k = i + 2
            prev = b
            while k < len(mentions):
                c = mentions[k]
                gap = text[prev.end : c.start]
                if not lex.words.next_in_paren.match(gap) or not _linkable(a, c):
                    break
                links.append(_equivalence(i, k, "paren"))
                used.add(k)
                prev = c
                k += 1
    return links


def _outside(mentions: list[Quantity], rates: list[StatedRate]) -> list[Quantity]:
    """The ``mentions`` that overlap no rate line: one pass over both, each in text order
    (rate lines never overlap), not a look at every rate line for each mention."""
    kept: list[Quantity] = []
    k = 0
    for m in mentions:
        while k < len(rates) and rates[k].end <= m.start:
            k += 1  # the rate lines that end before this mention are behind us
        if k < len(rates) and rates[k].start < m.end:
            continue
        kept.append(m)
    return kept


def _wholes(text: str, mentions: list[Quantity], skipped: list[Skipped], english: bool
            ) -> tuple[list[Quantity], list[Skipped]]:
    """The passes of :func:`extract` over whole amounts the scan read in parts: a spelled
    number in groups ('one billion and ... thousand rupees'), a currency word worth a
    multiple ('۶۰ هزار تومان'), and in English (``english``) a vague amount, refused ('tens
    of millions of dollars': no figure).

    >>> text = "It cost tens of millions of dollars and $5 billion."
    >>> [k.reason for k in _wholes(text, quantities(text, options_of(None, None, None, None, text),
    ...                                             False, []), [], True)[1]]
    ["vague amount: 'tens of millions of dollars' states no figure"]
    """
    if mentions and "illion" in text and text.count("illion") + text.count("thousand") > 1 and (
            english):
        # two magnitude words at least: 'one billion and ... thousand rupees'
        mentions = join_spelled_groups(text, mentions)
    if _MULTIPLE_SCREEN is not None and (_MULTIPLE_SCREEN or not text.isascii()):
        mentions = scale_multiples(text, mentions)  # '۶۰ هزار تومان' (a screen: ASCII text
        # has no [currency-multiple] word while every one is outside ASCII)
    if english:
        vague = vague_amounts(text, mentions)  # 'tens of millions of dollars': no figure
        if vague:
            skipped = sorted(skipped + vague, key=lambda k: k.start)
    return mentions, skipped


def _per_units(text: str, mentions: list[Quantity]) -> list[Quantity]:
    """The passes of :func:`extract` over per-units: one carried to the amounts it governs
    ('earnings per share ... 62 cents'), one after a bracket ('3,950 ringgit ($846) a
    tonne'), a range's ('HK$13,000 to 15,000 per square foot') and an amount per a unit
    beside another amount ('$1.02 per share, up from 87 cents').

    >>> text = "HK$13,000 to 15,000 per square foot"
    >>> [m.per for m in _per_units(text, quantities(text, options_of(None, None, None, None, text),
    ...                                            False, []))]
    ['square foot']
    """
    # 'earnings per share ... 62 cents' ('PS' first: one search for most texts, not two)
    if " per " in text or "PS" in text and ("EPS" in text or "DPS" in text):
        mentions = carry_per(text, mentions)
    if len(mentions) > 1:  # 'HK$13,000 to 15,000 per square foot', '$1.02 per share, up from
        if ")" in text or "）" in text:  # '3,950 ringgit ($846) a tonne'
            mentions = bracketed_per(text, mentions)
        for m in mentions:  # 87 cents': a range, or an amount per a unit, and another amount
            if m.value is None or m.per is not None:
                return compared_per(text, range_per(text, mentions))
    elif mentions and mentions[0].value is None:
        return range_per(text, mentions)
    return mentions


def _read_as(fragment: str, sign: str, code: str) -> list[Quantity]:
    """The amounts of ``fragment`` with the shared ``sign`` read as ``code`` (no context)."""
    opts = options_of(None, None, None, Conventions(signs=((sign, code),), context=False), fragment)
    return [q for q in quantities(fragment, opts, False, []) if q.kind == "money"]


_Spanned = TypeVar("_Spanned")


def _as_written(found: list[_Spanned], written: str) -> list[_Spanned]:
    """Each of ``found`` with its text as ``written`` spells it. (A function of its own: a
    comprehension in :func:`extract` reading ``written`` would make it a cell on every call,
    about 200 instructions a text under CPython 3.11.)"""
    items: list[Any] = found  # Quantity or Skipped records: each has its span
    return [f.model_copy(update={"text": written[f.start : f.end]}) for f in items]


def extract(
    text: str, *, dollar: str | None = None, yen: str | None = None,
    conventions: Conventions | None = None, locale: str | None = None,
) -> Extraction:
    """Every quantity in ``text`` and the stated equivalents between them.

    Years, dates, bare numbers and model names (H200) are not quantities; hyphenated
    adjectives are ("a 700-million-euro plan"). ``locale`` reads the text as a CLDR locale
    writes it; ``locale="auto"`` finds the text's language first (py3langid).

    >>> ex = extract("Revenue rose to 12.3 billion yuan, or about $1.7 billion, in the quarter.")
    >>> ex.equivalences[0].form, ex.mentions[1].qualifier
    ('or', 'approx')
    >>> [str(m) for m in extract("Der Umsatz stieg auf 1,2 Mrd. Euro, teilte der Konzern mit.",
    ...                          locale="auto").mentions]
    ['1.2 billion EUR']
    >>> extract("Profit was kr 5 billion.").skipped[0].reason
    "currency sign 'kr' is ambiguous (DKK, EEK, ISK, NOK, SEK)"
    """
    if not isinstance(text, str):
        from moneyfacts.errors import InputError

        raise InputError(f"extract() reads text (a str), not {type(text).__name__}")
    skipped: list[Skipped] = []
    written = text
    if "\n" in text or text.isupper():  # 'RS 500 CRORE' in a headline in capitals
        text = unwrap(restore_capitals(text))  # unwrap: hard-wrapped copy ('to 253,800\ntonnes')
    opts = options_of(dollar, yen, locale, conventions, text)
    mentions = quantities(text, opts, False, skipped)
    english = opts.locale is None or opts.locale.name.split("_")[0] == "en"
    mentions, skipped = _wholes(text, mentions, skipped, english)
    mentions = _per_units(text, mentions)
    rates = with_per_amounts(find_rates(text), text, mentions,  # 'N190 to a dollar'
                             opts.locale.name if opts.locale is not None else None)
    if rates:  # a printed rate line's figures are neither amounts nor equivalents
        mentions = _outside(mentions, rates)
    if text is not written:  # each mention as written, not as restore_capitals spelled it
        mentions, skipped = _as_written(mentions, written), _as_written(skipped, written)
        text = written
    if skipped and ("(" in text or "[" in text):  # 'A$8.75 ($6)': a conversion's own currency
        mentions, skipped = bracketed_conversions(text, mentions, skipped, _read_as)
    links = link(text, mentions) if len(mentions) > 1 else []
    if len(mentions) > 1:  # across sentences: a link phrase, one subject (moneyfacts.equivalents)
        links += across(text, mentions, links)
        if may_hold_table(text):  # a table's rows: a figure and its conversion per row
            links += table_links(text, mentions, links)
    # Built from valid models, in the model's field order (see models.trusted).
    ex: Extraction = trusted(Extraction, {"mentions": mentions, "equivalences": links,
                                          "skipped": skipped, "rates": rates}, True)
    # keep_text(ex, text), inlined (text is a str here): beside the fields, for the HTML view
    ex.__dict__["_source_text"] = text
    return ex
