"""Issue 21 §4: ``locale="auto"`` finds a text's language (py3langid) in parse, extract,
check, the CLI and frames; a text of another language read without a locale says so.

The texts are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from moneyfacts import Conventions, check, extract, parse
from moneyfacts.cli import main
from moneyfacts.locales import detect, resolve_locale

GERMAN = ("Der Umsatz des Konzerns stieg im vergangenen Jahr auf 1,2 Mrd. Euro (1,3 Mrd. "
          "Dollar), teilte das Unternehmen am Montag in Frankfurt mit.")
SPANISH = ("El Gobierno destinará 1.234,5 millones de euros a la reforma de las carreteras, "
           "informó el ministerio el lunes.")
ENGLISH = "The company said revenue rose to $5.5 billion in the quarter, up from a year ago."


def test_detect_names_the_language_or_none() -> None:
    assert detect(GERMAN) == "de"
    assert detect(SPANISH) == "es"
    assert detect(ENGLISH) is None  # English reads as moneyfacts reads by default
    assert detect("5 €") is None  # too few letters to tell
    assert resolve_locale("auto", GERMAN) == "de" and resolve_locale("fr", GERMAN) == "fr"


def test_a_german_text_reads_nothing_without_its_locale() -> None:
    # The reason for the hint below: the German figures are not read as English.
    assert [m.text for m in extract(GERMAN).mentions] == []


def test_parse_extract_and_check_take_auto() -> None:
    q = parse(SPANISH, locale="auto")
    assert (q.unit, q.value) == ("EUR", Decimal("1234500000"))
    assert [(m.unit, m.value) for m in extract(GERMAN, locale="auto").mentions] == [
        ("EUR", Decimal("1200000000")), ("USD", Decimal("1300000000"))]
    report = check(GERMAN, date="2024-03-01", locale="auto")
    assert [f.verdict for f in report.findings] == ["consistent"]
    via_conventions = check(GERMAN, date="2024-03-01", conventions=Conventions(locale="auto"))
    assert [f.verdict for f in via_conventions.findings] == ["consistent"]
    # English stays the default reading.
    assert parse(ENGLISH, locale="auto").value == Decimal("5500000000")


def test_cli_locale_auto_and_the_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "de.txt"
    article.write_text(GERMAN + "\n", encoding="utf-8")
    code = main(["check", str(article), "--date", "2024-03-01"])
    out, err = capsys.readouterr()
    assert code == 0 and "0 amounts read" in out
    assert "looks German (de)" in err and "--locale auto" in err
    code = main(["check", str(article), "--date", "2024-03-01", "--locale", "auto", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and '"consistent"' in out and err == ""
    main(["extract", str(article)])
    assert "--locale auto" in capsys.readouterr().err
    # An English article that reads nothing gets no hint.
    plain = tmp_path / "en.txt"
    plain.write_text("Nothing here is an amount of money, the spokesman said.\n", encoding="utf-8")
    main(["check", str(plain), "--date", "2024-03-01"])
    assert capsys.readouterr().err == ""


def test_frames_take_auto_from_a_locale_column() -> None:
    pd = pytest.importorskip("pandas")
    from moneyfacts import frames

    df = pd.DataFrame({"text": [GERMAN, SPANISH, GERMAN], "lang": ["auto", "auto", None]})
    m = frames.mentions(df, per_row={"locale": "lang"})
    units = m.groupby("row")["unit"].apply(lambda s: list(s.dropna())).to_dict()
    assert units[0] == ["EUR", "USD"] and units[1] == ["EUR"]
    assert units.get(2, []) == []  # no locale in the row: read as English, nothing
    whole = frames.mentions(df, conventions=Conventions(locale="auto"))
    assert set(whole["row"]) == {0, 1, 2}


# Session 10: a short text the detector is unsure of, and Danish or Norwegian unsure.
# (On real news, a press release's bullet lines and short Nordic sentences read nothing.)

@pytest.mark.parametrize(("text", "lang", "read"), [
    # py3langid: 22% Luxembourgish, 20% German; 'Mio.' and 'Prozent' are CLDR's German.
    ("- Nettoumsatz 4,8 Mio. Euro (plus 12 Prozent)", "de", ["4.8 million EUR", "12 percent"]),
    ("- Betriebsergebnis 1,6 Mio. Euro (minus 8 Prozent)", "de",
     ["1.6 million EUR", "-8 percent"]),
    ("Omzet 3,4 mln. euro (plus 9 procent)", "nl", ["3.4 million EUR", "9 percent"]),
])
def test_a_short_text_is_found_by_its_words_for_figures(text: str, lang: str,
                                                        read: list[str]) -> None:
    assert detect(text) == lang
    assert [str(m) for m in extract(text, locale="auto").mentions] == read


def test_danish_or_norwegian_unsure_decided_by_the_text() -> None:
    # 62% Norwegian, 31% Danish: 'mia.' is CLDR's Danish billion (Norwegian writes 'mrd.').
    danish = "Staten får i år et finansieringsbehov på ca. 150 mia. kr. – det vil falde, vurderer banken."
    assert detect(danish) == "da"
    assert [(m.value, m.unit) for m in extract(danish, locale="auto").mentions] == [
        (Decimal("150000000000"), "DKK")]
    # Norwegian about Danish crowns (62% / 29%): both languages read it alike, so the
    # likelier stands and the named crown is read.
    norwegian = ("Ifølge departementet blir underskuddet i år på 65 milliarder danske kroner, "
                 "og neste år vokser det.")
    assert detect(norwegian) == "no"
    assert [(m.value, m.unit) for m in extract(norwegian, locale="auto").mentions] == [
        (Decimal("65000000000"), "DKK")]


@pytest.mark.parametrize("text", ["12 kuwaiti dinars", "75 million dollars", "50 dollar dollar"])
def test_a_short_english_text_stays_english(text: str) -> None:
    assert detect(text) is None
