"""What a newcomer tried: python -m moneyfacts, an empty file, a German article with no --locale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from moneyfacts.cli import main

GERMAN = ("Der chinesische Technologiekonzern ByteDance will im kommenden Jahr rund 160 Mrd. Yuan "
          "(etwa 22,5 Mrd. US-Dollar) in künstliche Intelligenz investieren. Das berichtete die "
          "Financial Times am Dienstag unter Berufung auf Insider.")


def test_python_dash_m_runs_the_command() -> None:
    out = subprocess.run([sys.executable, "-m", "moneyfacts", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out.startswith("moneyfacts ")


def test_an_empty_file_is_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert f"moneyfacts: warning: {path} is empty" in capsys.readouterr().err


def test_a_german_article_with_no_locale_gets_a_hint(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    main(["check", str(path)])
    err = capsys.readouterr().err
    assert "looks German (de)" in err and "--locale de" in err  # the resolver's hint
    main(["check", str(path), "--locale", "de"])
    assert "looks German" not in capsys.readouterr().err


def test_an_english_article_gets_no_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "en.txt"
    path.write_text("ByteDance plans to spend 40 billion yuan ($5.5 billion) on chips this "
                    "year, people familiar with the matter said on Wednesday in Beijing.",
                    encoding="utf-8")
    main(["check", str(path)])
    assert "looks" not in capsys.readouterr().err
