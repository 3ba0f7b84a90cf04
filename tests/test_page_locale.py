"""A page that declares its language (``<html lang>``, ``og:locale``) and whose main text is in
that language, other than English, is read in it when the caller gives no locale; the
meta records how it was known. The caller's locale comes first; two sources that disagree
settle nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moneyfacts import Conventions, check_many
from moneyfacts.cli import main
from moneyfacts.pages import page_locale, read_page
from moneyfacts.publisher import with_page

_GERMAN = ("Der Flughafenbetreiber steigerte seinen Umsatz im dritten Quartal auf 1,2 Milliarden "
           "Euro. Der Gewinn lag bei rund 236 Millionen Euro, teilte das Unternehmen am Montag in "
           "Frankfurt mit. Für das ganze Jahr erwartet der Vorstand nun einen Gewinn von 300 bis "
           "420 Millionen Euro, nachdem die Zahl der Fluggäste wieder gestiegen ist.")
_ENGLISH = ("The airport operator lifted its third-quarter revenue to 1.2 billion euros, and its "
            "profit came to about 236 million euros, the company said on Monday in Frankfurt. "
            "For the whole year the board now expects a profit of 300 to 420 million euros.")


def _page(lang: str, body: str, meta: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return (f"<!DOCTYPE html><html{attr}><head><title>Quartal</title>{meta}</head><body>"
            f"<article><p>{body}</p></article></body></html>")


@pytest.mark.parametrize("lang", ["de", "de-DE", "de_AT"])
def test_a_german_page_is_read_in_german(lang: str) -> None:
    page = read_page(_page(lang, _GERMAN))
    assert page.meta["locale"] == "de"
    assert f"lang='{lang}'" in page.meta["locale_from"]
    (res,) = list(check_many([_page(lang, _GERMAN)], date="2024-10-28"))
    assert res.status == "ok"
    values = sorted(str(m.value) for m in res.report.mentions if m.value is not None)
    assert values == ["1200000000", "236000000"]
    assert res.report.meta["locale"] == "de"


def test_og_locale_speaks_when_the_html_element_does_not() -> None:
    page = read_page(_page("", _GERMAN, '<meta property="og:locale" content="de_DE">'))
    assert page.meta["locale"] == "de" and "og:locale" in page.meta["locale_from"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", _GERMAN),    # marked English, written in German: neither settles it
    ("de", _ENGLISH),   # marked German, written in English
    ("", _GERMAN),      # no language declared
    ("en-GB", _ENGLISH),
])
def test_no_locale_unless_page_and_text_agree(lang: str, body: str) -> None:
    assert "locale" not in read_page(_page(lang, body)).meta


def test_the_callers_locale_comes_first() -> None:
    meta = read_page(_page("de", _GERMAN)).meta
    assert with_page(Conventions(locale="auto"), meta).locale == "auto"  # type: ignore[union-attr]
    assert with_page(Conventions(), meta).locale == "de"  # type: ignore[union-attr]
    assert with_page(None, {}) is None


def test_page_locale_takes_the_language_not_the_region() -> None:
    assert page_locale(("DE-ch", "<html lang='DE-ch'>"), _GERMAN) == (
        "de", "<html lang='DE-ch'> and the language of its text")
    assert page_locale(("x-klingon", "<html lang='x-klingon'>"), _GERMAN) is None


def test_the_cli_says_what_it_read_the_page_as(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "quartal.html"
    path.write_text(_page("de", _GERMAN), encoding="utf-8")
    assert main(["check", str(path), "--date", "2024-10-28"]) == 0
    out = capsys.readouterr().out
    assert "read as de" in out and "not read" not in out
    assert main(["extract", str(path), "--json"]) == 0
    ex = json.loads(capsys.readouterr().out)
    assert len(ex["mentions"]) >= 2
    assert main(["check", str(path), "--date", "2024-10-28", "--locale", "en"]) == 0
    assert "read as" not in capsys.readouterr().out
